"""The fixtures of fixtures/unseen-edu (built by make_unseen_edu.py, round 13): whole résumés whose
education sections are written as people write them: several dated rows under one school line, an
exchange semester abroad, "Expected May 2027", "Class of 2023", "2021 – present" with "(ongoing)", a
year alone, the dates before the school, minor, GPA, thesis, supervisor and coursework lines, "First
Class" after a comma, "(Distinction)", "mention Bien", "110/110 cum laude", A-levels, GCSEs, the IB,
the Abitur and the baccalauréat, Indian 10th/12th rows, education as a drawn table in a PDF, a school
that is only an acronym, a degree in Italian or Spanish over a school line in English. The expected
values are the truth by construction: each entry as the page prints it.

What the parser still misreads is marked xfail (strict, with the module that decides it): a fix
shows up as a pass to turn into a plain case."""
import pytest

from .conftest import FIXTURES, PINNED
from .helpers import UnseenSet, row_params, school_detail_tests, standard_tests, xfail

UNSEEN = FIXTURES / "unseen-edu"

# name as printed, e-mail, phone as printed, city
CONTACT = {
    "en-poly-exchange.pdf": ("Anselm Okoro-Vasquez", "anselm.ov@example.com", "+44 7700 900 418", "Bristol"),
    "en-us-class.docx": ("Marisol Tennant-Achebe", "marisol.ta@example.com", "(555) 010-7732", "Ann Arbor"),
    "en-dates-left.docx": ("Tamsin Okereke-Lindqvist", "tamsin.ol@example.com", "+44 161 496 0852", "Manchester"),
    "en-in-table.pdf": ("KARTHIKEYAN SUBRAMANIAM IYER", "karthik.si@example.com", "+91 94000 00261", "Coimbatore"),
    "de-studium.docx": ("Friederike Wendelstein", "f.wendelstein@example.com", "0151 00000 317", "Karlsruhe"),
    "fr-formation.pdf": ("Clémence Aubertin-Diallo", "clemence.ad@example.com", "06 00 00 00 47", "Lyon"),
    "it-laurea.docx": ("Ludovica Marchetti-Osei", "ludovica.mo@example.com", "+39 333 000 0582", "Turin"),
    "en-exec-table.pdf": ("Rosalind Achterberg-Nyambura", "rosalind.an@example.com", "+44 20 7946 0735", "London"),
    "en-law.txt": ("ELSPETH MBEKI-HARGREAVE", "elspeth.mh@example.com", "+44 20 7946 0912", "London"),
}

# the sections' kinds in reading order ("header": the name block above the first heading)
SECTIONS = {
    "en-poly-exchange.pdf": ["header", "education", "experience", "skills", "languages"],
    "en-us-class.docx": ["header", "education", "experience", "other", "skills"],  # "LEADERSHIP"
    "en-dates-left.docx": ["header", "education", "experience", "skills", "languages"],
    # "Additional courses:" under the table: a sub-heading the author wrote inside Education
    "en-in-table.pdf": ["header", "summary", "education", "certifications", "experience", "skills", "languages",
                        "other"],
    "de-studium.docx": ["header", "experience", "education", "skills"],
    "fr-formation.pdf": ["header", "experience", "education", "skills", "languages", "interests"],
    "it-laurea.docx": ["header", "experience", "education", "skills", "languages"],
    "en-exec-table.pdf": ["header", "summary", "experience", "education", "other", "skills"],
    "en-law.txt": ["header", "summary", "experience", "education", "awards", "skills", "languages"],
}

# (title, company, start, end, bullets); "present" for an ongoing role
EXPERIENCE = {
    "en-poly-exchange.pdf": [("Stress Engineer", "Aldwick Aerostructures Ltd", "2020-09", "present", 3),
                             ("Summer Engineering Intern", "Severnside Pumps plc", "2018-06", "2018-08", 1)],
    "en-us-class.docx": [("Undergraduate Research Assistant", "Huronvale Policy Lab", "2025-01", "present", 2),
                         ("Summer Teller", "Cherry Capital Credit Union", "2024-06", "2024-08", 1)],
    # the line under each job is a sentence, no bullet
    "en-dates-left.docx": [("Machine Learning Engineer", "Quillfeather Ltd", "2020", "2021", 0),
                           ("Graduate Teaching Assistant", "University of Pendlebury", "2021", "present", 0)],
    "en-in-table.pdf": [("Embedded Software Engineer", "Kovai Mobility Systems Pvt. Ltd.", "2022-08", "present", 3),
                        ("Project Trainee", "Nilgiri Electronics", "2022-01", "2022-06", 1)],
    "de-studium.docx": [("Entwicklungsingenieurin", "Brückner Antriebstechnik GmbH", "2023-04", "present", 2),
                        ("Werkstudentin Konstruktion", "Oberrhein Fördertechnik AG", "2020-10", "2023-03", 1)],
    "fr-formation.pdf": [("Analyste financière", "Groupe Varennes", "2023-09", "present", 2),
                         ("Stagiaire en fusions-acquisitions", "Banque Delorme & Associés", "2022-01", "2022-06", 1)],
    "it-laurea.docx": [("Operations Engineer", "Valsesia Components S.p.A.", "2022-03", "present", 2),
                       ("Junior Supply Chain Analyst", "Dora Baltea Logistica S.r.l.", "2021-09", "2022-02", 1)],
    "en-exec-table.pdf": [("Chief Operating Officer", "Thamesmead Logistics Group plc", "2019", "present", 3),
                          ("Director of Operations, UK & Ireland", "Corvane Supply Chain Ltd", "2012", "2019", 2),
                          ("Warehouse Manager", "Corvane Supply Chain Ltd", "2005", "2012", 1)],
    "en-law.txt": [("Barrister (Tenant)", "Quillon Court Chambers", "2019-10", "present", 2),
                   ("Pupil Barrister", "Quillon Court Chambers", "2018-10", "2019-09", 1)],
}

# (degree, institution, start, end); a school printed with one date has only its end; an ongoing one none
EDUCATION = {
    # "Kestrel Polytechnic, Harrowgate, United Kingdom" over two dated rows: the degree and an exchange
    "en-poly-exchange.pdf": [("MEng Mechanical Engineering", "Kestrel Polytechnic", "2016-09", "2020-06"),
                             ("Exchange semester", "Universidad de Valdemora", "2019-01", "2019-06"),
                             ("A-Levels: Mathematics (A*), Further Mathematics (A), Physics (A)",
                              "Harrowgate Sixth Form College", "2014", "2016")],
    "en-us-class.docx": [("Bachelor of Science in Economics", "HURONVALE UNIVERSITY", None, "2027-05"),
                         ("High School Diploma", "LAKESHORE ACADEMY", None, "2023")],
    "en-dates-left.docx": [("PhD Computational Linguistics", "University of Pendlebury", "2021", None),
                           ("MSc Speech and Language Processing", "Edinvale University", "2019", "2020"),
                           ("B.Sc. (Hons) Computer Science", "Thornbury College London", "2016", "2019"),
                           ("GCSEs: ten subjects at grades 9–7", "St Aldhelm's School", None, "2014")],
    "en-in-table.pdf": [("B.E. (ECE)", "Sri Venkatesa College of Engineering", "2018", "2022"),
                        ("12th (HSC)", "Sri Ramana Matric. Hr. Sec. School", None, "2018"),
                        ("10th (SSLC)", "Sri Ramana Matric. Hr. Sec. School", None, "2016")],
    "de-studium.docx": [("Dipl.-Ing. Maschinenbau", "Technische Universität Kaltenbrunn", "2017-10", "2023-03"),
                        ("Erasmus-Auslandssemester", "Politecnico di Valdora", "2020-09", "2021-02"),
                        ("Abitur", "Theodor-Fontane-Gymnasium", None, "2017-06")],
    "fr-formation.pdf": [("Master in Management (Programme Grande École)", "ESCV", "2021", "2023"),
                         ("Licence Économie-Gestion", "Université de Brévaine", "2018", "2021"),
                         ("Baccalauréat général (spécialités Mathématiques, SES)", "Lycée Jules-Ferrand", None,
                          "2018")],
    "it-laurea.docx": [("Máster en Dirección de Operaciones (online, part-time)", "Escuela de Negocios Albarracín",
                        "2023", None),
                       ("Laurea magistrale in Ingegneria Gestionale", "Politecnico di Valdora", "2019", "2021"),
                       ("Laurea triennale in Ingegneria Industriale", "University of Castelmonte", "2016", "2019"),
                       ("Diploma di maturità scientifica", "Liceo Scientifico G. Bertani", None, "2016")],
    "en-exec-table.pdf": [("Executive MBA", "IMARA", None, "2016"),
                          ("Certificate in Corporate Governance", "Lorne Institute of Directors", None, "2009"),
                          ("BA (Hons) History", "University of Clevedon", None, "2004")],
    "en-law.txt": [("Bar Course (BPTC)", "Gray's Row Law School", None, "2017"),
                   ("LLB (Hons) Law", "University of Tamesbury", "2013", "2016"),
                   ("International Baccalaureate Diploma", "Kestrel International School", None, "2013")],
}

# each education entry's grade as printed (None: the entry prints none)
GRADES = {
    "en-poly-exchange.pdf": ["First Class Honours", None, None],  # A-level grades stay in the subjects
    "en-us-class.docx": ["GPA: 3.72/4.00", None],
    "en-dates-left.docx": [None, "Distinction", "First Class", None],  # "grades 9–7" belongs to "ten subjects"
    "en-in-table.pdf": ["CGPA 8.42/10", "91.2%", "94.6%"],
    "de-studium.docx": ["Note: 1,7", None, "Note 1,9"],
    "fr-formation.pdf": [None, "mention Bien", "mention Très bien"],
    "it-laurea.docx": [None, "110/110 cum laude", None, "100/100"],
    "en-exec-table.pdf": [None, None, "2:1"],
    "en-law.txt": ["Very Competent", "2:1", "38 points"],
}

# each education entry's place as printed after its school (None: none printed)
PLACES = {
    "en-poly-exchange.pdf": ["Harrowgate, United Kingdom", "Spain", None],
    "en-us-class.docx": ["Ann Arbor, MI", "Traverse City, MI"],
    "de-studium.docx": [None, "Italien", "Kaltenbrunn"],
    "fr-formation.pdf": ["Rouen", None, "Brévaine"],
    "it-laurea.docx": ["Madrid, Spain", "Italy", "Italy", "Biella"],
    "en-exec-table.pdf": ["Lausanne", None, None],
    "en-law.txt": ["London", None, "Geneva"],
}

# each education entry's details (the lines under its degree and school)
EDUCATION_DETAILS = {
    "en-poly-exchange.pdf": [["Thesis: \u201cFatigue of additively manufactured titanium lattices\u201d "
                              "(supervisor: Dr. Mirela Castagna)"],
                             ["Courses taught in Spanish: Composite Structures, Vibration Analysis."], []],
    "en-us-class.docx": [["Minor: Data Science | Concentration: Behavioral Economics",
                          "GPA: 3.72/4.00 (Major GPA: 3.88)",
                          "Relevant Coursework: Econometrics, Game Theory, Machine Learning for Social Science"],
                         ["National Merit Commended Scholar; Captain, Varsity Debate"]],
    "en-dates-left.docx": [["Supervisor: Prof. Hannelore Ashdown",
                            "Thesis: \u201cCode-switching in bilingual speech recognition\u201d"], [],
                           ["Relevant coursework: Compilers, Formal Languages, Statistical NLP"], []],
    "de-studium.docx": [["Note: 1,7", "Diplomarbeit: \u201eSchwingungsdämpfung in Leichtbaurahmen\u201c"], [], []],
    "fr-formation.pdf": [["Spécialisation : Finance d'entreprise",
                          "Semestre d'échange : Kestrel Polytechnic, Royaume-Uni (2022)"], [], []],
    "it-laurea.docx": [[], ["Thesis: Lot sizing under uncertain demand in job shops"], [], []],
    "en-law.txt": [[], ['Dissertation: "Implied terms of mutual trust in zero-hours contracts"'], []],
}

# each education entry's field of study (None: the degree names none)
FIELDS = {
    "en-poly-exchange.pdf": ["Mechanical Engineering", None, "Mathematics (A*), Further Mathematics (A), Physics (A)"],
    "en-us-class.docx": ["Economics", None],
    "en-dates-left.docx": ["Computational Linguistics", "Speech and Language Processing", "Computer Science", None],
    "fr-formation.pdf": ["Management", "Économie-Gestion", None],  # the bac's "spécialités" are its subjects
    "it-laurea.docx": ["Dirección de Operaciones", "Ingegneria Gestionale", "Ingegneria Industriale", None],
    "en-law.txt": [None, "Law", None],
}

SKILLS = {
    "en-poly-exchange.pdf": ["Abaqus", "Nastran/Patran", "Python", "CATIA V5", "MATLAB"],
    "en-us-class.docx": ["R", "Stata", "Python", "Excel", "SQL"],
    "en-dates-left.docx": ["Python", "PyTorch", "Kaldi", "LaTeX", "Git"],
    "de-studium.docx": ["CATIA V5", "ANSYS", "MATLAB", "SAP PLM"],
    "fr-formation.pdf": ["Excel (VBA)", "Power BI", "SAP FI", "Python (pandas)"],
    "it-laurea.docx": ["SAP PP", "Lean Six Sigma Green Belt", "Python", "Power BI", "AutoCAD"],
    "en-law.txt": ["Advocacy", "Legal drafting", "Mediation", "Westlaw", "LexisNexis"],
}

LANGUAGES = {
    "en-poly-exchange.pdf": ["English", "Spanish"],
    "en-us-class.docx": ["English", "Spanish"],
    "en-dates-left.docx": ["English", "Swedish", "Yoruba"],
    "en-in-table.pdf": ["English", "Tamil", "Hindi"],
    "de-studium.docx": ["Deutsch", "Englisch", "Italienisch"],
    "fr-formation.pdf": ["Français", "Anglais", "Espagnol"],
    "it-laurea.docx": ["Italian", "English", "Spanish"],
    "en-law.txt": ["English", "French"],
}

_TABLE_COLUMNS = xfail(
    "extract/pdf (layout columns): the ruled five-column education table is read as two layout columns "
    "(Qualification | Board beside Institution | Year | Score), so no row holds a degree with its school")
KNOWN: dict = {
    # (document, field, row): xfail("module: what it misreads")
    ("en-law.txt", "sections", 0): xfail(
        "segment.py: 'PRACTICE' is a heading by its place (capitals opening a block like the recognised ones) but "
        "of kind other; the re-kind stage names it experience, after this check"),
    **{("en-in-table.pdf", what, n): _TABLE_COLUMNS for what in ("education", "grade") for n in range(3)},
    ("fr-formation.pdf", "field", 0): xfail(
        "fields/degree_line.py (field_of): the programme's name in brackets stays in the field: 'Management "
        "(Programme Grande École)'"),
    **{("en-us-class.docx", what, 1): xfail(
        "fields/edu_entry.py (read_parts): the honours line under 'High School Diploma ⇥ Class of 2023' is in the "
        "entry's header, its parts are taken as the degree's tail ('High School Diploma, Class of, National Merit "
        "…'); keeping a later line of several parts out of the tail lowered a set-aside document; 'Class of' "
        "is no date word of the vocabulary (fields/date_grammar.py, en.toml expected: adding it reads \"Class of "
        "'17\", which tests/test_dates.py keeps out)")
       for what in ("education", "details", "field")},
    ("en-dates-left.docx", "field", 3): xfail(
        "fields/degree_line.py (field_of): 'GCSEs: ten subjects at grades 9–7' gives everything after the colon "
        "as the field, as for 'A Levels: Mathematics, …'"),
    ("it-laurea.docx", "field", 0): xfail(
        "fields/degree_line.py (field_of): the mode of study in brackets, '(online, part-time)', stays in the field"),
}


CHECKS = UnseenSet(UNSEEN, PINNED, CONTACT, SECTIONS, EXPERIENCE, EDUCATION, SKILLS, LANGUAGES)
_parse = CHECKS.parse


globals().update(standard_tests(CHECKS, KNOWN))  # every fixture checked, contact, city, sections, jobs, schools, skills, languages


globals().update(school_detail_tests(CHECKS, KNOWN, GRADES, EDUCATION_DETAILS))  # grades, details
_entry = CHECKS.school_entry


@pytest.mark.parametrize("doc, n, place", row_params(PLACES, "place", KNOWN))
def test_places(doc, n, place):
    assert _entry(doc, n, PLACES).location == place


@pytest.mark.parametrize("doc, n, field", row_params(FIELDS, "field", KNOWN))
def test_field_of_study(doc, n, field):
    assert _entry(doc, n, FIELDS).field_of_study == field
