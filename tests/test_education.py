import pytest

from resumekit.fields.education import field_of, find_grade, read_education

from .helpers import lines, section


@pytest.mark.parametrize("text, raw, value, scale", [
    ("B.S. Information Science (GPA 3.6/4.0)", "GPA 3.6/4.0", 3.6, 4.0),
    ("GPA: 3.8 / 4.0", "GPA: 3.8 / 4.0", 3.8, 4.0),
    ("Grade: 1.3", "Grade: 1.3", 1.3, None),
    ("CGPA 8.9/10", "CGPA 8.9/10", 8.9, 10.0),
    ("3.7/4.0 GPA", "3.7/4.0 GPA", 3.7, 4.0),
    ("Percentage: 87%", "Percentage: 87%", 87.0, 100.0),
    ("CGPA 3.8", "CGPA 3.8", 3.8, None),
    ("CGPA: 8.1 … / 10.0", "CGPA: 8.1 … / 10.0", 8.1, 10.0),            # a dotted leader before the scale
    ("CGPA: 7.9 (on a scale of 10)", "CGPA: 7.9 (on a scale of 10)", 7.9, 10.0),
    ("GPA 3.5 on a 4.0 scale", "GPA 3.5 on a 4.0 scale", 3.5, 4.0),
    ("BSc Geology; 3.4 GPA", "3.4 GPA", 3.4, None),                      # the value before its label
    ("Votazione\t104/110", "Votazione 104/110", 104.0, 110.0),          # a label in a cell of its own
    ("Voto di laurea: 110/110 e lode, tesi sui forni", "Voto di laurea: 110/110 e lode", 110.0, 110.0),  # honours after it
    ("GPA 3.9/4.0 summa cum laude", "GPA 3.9/4.0 summa cum laude", 3.9, 4.0),
    ("GPA 3.2/4.0 with Python", "GPA 3.2/4.0", 3.2, 4.0),                   # words that are no honours stay out
    # a number and a grade unit of the vocabulary, with no label
    ("Leaving Certificate | Harbour Community School | 2015 | 510 points", "510 points", 510.0, None),
    ("Licenciatura em Cerâmica, média 14 valores", "14 valores", 14.0, None),
    ("Média final: 16 valores", "Média final: 16 valores", 16.0, None),     # the unit stays with a labelled grade
])
def test_find_grade(text, raw, value, scale):
    grade, _ = find_grade(text)
    assert (grade.raw, grade.value, grade.scale) == (raw, value, scale)


@pytest.mark.parametrize("text", ["Graduated 2019", "Bachelor of Science", "Team of 4.0 people", "Won 2 grades",
                                  "Leaving Certificate 2019 points"])
def test_no_grade(text):
    assert find_grade(text) is None


@pytest.mark.parametrize("degree, field", [
    ("Master of Science in Computer Science", "Computer Science"),
    ("Bachelor of Science", None),
    ("B.Sc., Physics", "Physics"),
    ("Bachelor in Business Administration", "Business Administration"),
    ("PhD", None),
    # an online builder's "Degree: Field": everything after the colon, lists of subjects included
    ("A Levels: Geology, Ceramics, History", "Geology, Ceramics, History"),
    ("Bachelor of Arts: Ceramics and Glass", "Ceramics and Glass"),
    ("Certificate: Medical Coding", "Medical Coding"),
    ("Degree: Bachelor of Arts", None),                  # a label, not a degree: no field
    # a theme's "studyType - area": the field after a spaced dash
    ("Bachelor of Science - Marine Ecology", "Marine Ecology"),
    ("MSc – Glass Technology", "Glass Technology"),
    ("Kelby-Orrin Diploma", None),                       # a hyphen inside a word is no dash
    ("BA - MA", None),                                   # two degrees
    # the capitalised words after a degree's abbreviation, not one short word cut short that names it
    ("B.Eng. Mechatronics", "Mechatronics"),
    ("MSc Eng.", None),
    ("BSc Econ.", None),
])
def test_field_of(degree, field):
    assert field_of(degree) == field


@pytest.mark.parametrize("rows, expected", [
    (["University of Southern California\tAugust 2025 - Present",
      "Master of Science in Computer Science\tLos Angeles, CA"],
     ("University of Southern California", "Master of Science in Computer Science", "Los Angeles, CA", "2025-08", None, True)),
    (["B.S. Information Science (GPA 3.6/4.0)", "University of Washington\tJune 2018"],
     ("University of Washington", "B.S. Information Science", None, None, "2018-06", False)),
    (["MEng Computer Science, University of Bristol, 2009 – 2014"],
     ("University of Bristol", "MEng Computer Science", None, "2009", "2014", False)),
    # a German chamber's further-training qualification ("Geprüfte …") over the chamber
    (["Geprüfte Bilanzbuchhalterin (IHK)\t2015 – 2017", "IHK für Oberlinden"],
     ("IHK für Oberlinden", "Geprüfte Bilanzbuchhalterin (IHK)", None, "2015", "2017", False)),
    (["Geprüfter Wirtschaftsfachwirt\t2012 – 2014", "Handelskammer Unterweser"],
     ("Handelskammer Unterweser", "Geprüfter Wirtschaftsfachwirt", None, "2012", "2014", False)),
])
def test_read_education(rows, expected):
    (e,) = read_education(section("education", *rows))
    assert (e.institution, e.degree, e.location, e.start, e.end, e.current) == expected


def test_grade_in_body():
    (e,) = read_education(section("education", "James Madison University\t2021 – 2025", "B.S. Computer Science",
                                  "• Major GPA: 3.47"))
    assert e.grade.value == 3.47


def test_degrees_under_one_institution():
    sec = section("education", "Northgate University\t2012 – 2018",
                  "Doctor of Philosophy, Department of History, May 2018",
                  "Master of Arts, Department of History, May 2015")
    got = [(e.institution, e.degree, e.start, e.end) for e in read_education(sec)]
    assert got == [("Northgate University", "Doctor of Philosophy, Department of History", "2012", "2018-05"),
                   ("Northgate University", "Master of Arts, Department of History", "2012", "2015-05")]


@pytest.mark.parametrize("row, institution, degree, field", [
    # degree, field and institution apart by commas, then a sentence about the thesis
    ("2005 – 2008: PhD, Biostatistics, University of Lindmark (France). Thesis on genetic markers.",
     "University of Lindmark (France)", "PhD, Biostatistics", "Biostatistics"),
    # sentences in one line
    ("MSc in Population Biology. University of Tourelle (France), 2003 – 2004",
     "University of Tourelle (France)", "MSc in Population Biology", "Population Biology"),
    # the field after the institution, the degree alone in the last cell
    ("University of Westbrook, Computer Science\tBS\t2000 – 2005", "University of Westbrook", "BS", "Computer Science"),
    # a qualification whose words also name a school ("Universitario"), beside a school only
    ("2019 - 2021\tMáster Universitario en Hidráulica, Universidad de Valdecinca",
     "Universidad de Valdecinca", "Máster Universitario en Hidráulica", "Hidráulica"),
    ("2015\tDiploma di liceo linguistico, Liceo Statale Arno Vecchio",
     "Liceo Statale Arno Vecchio", "Diploma di liceo linguistico", None),
    # "Degree en Field en School": the second "en" (past the field) opens the school's name
    ("Grado en Náutica en Universidad de Valdecinca\t2012 – 2016",
     "Universidad de Valdecinca", "Grado en Náutica", "Náutica"),
    ("Licenciatura em Cerâmica na Universidade do Vale Alto\t2010 – 2014",
     "Universidade do Vale Alto", "Licenciatura em Cerâmica", "Cerâmica"),
    ("Laurea in Restauro in Università di Borgo Arno\t2011 – 2014", "Università di Borgo Arno", "Laurea in Restauro",
     "Restauro"),
    # a degree opening in lower case goes on from the field before it in the same part; a cell is a part of its own
    ("Ceramika, studia magisterskie\tUniwersytet Velkov\t2016 – 2018", "Uniwersytet Velkov", "Ceramika, studia magisterskie", None),
    ("Harbour Glaze\tdiploma in glazing\t2019", "Harbour Glaze", "diploma in glazing", None),
    # the school's name after "presso", not after the "in" of the field before it
    ("Laurea Magistrale in Restauro presso Politecnico di Borgo Arno\t2016 – 2018", "Politecnico di Borgo Arno",
     "Laurea Magistrale in Restauro", "Restauro"),
    # "in" right after the degree words opens its field, even a school-worded one
    ("MSc in University Administration, Harbour Business School\t2018",
     "Harbour Business School", "MSc in University Administration", "University Administration"),
    # a degree and its field after a spaced dash keep the dash as printed; a comma stays a comma
    ("Harwick University\t2010 – 2014\nBachelor of Science - Marine Ecology",
     "Harwick University", "Bachelor of Science - Marine Ecology", "Marine Ecology"),
    ("Harwick University\t2010 – 2014\nBachelor of Science, Marine Ecology",
     "Harwick University", "Bachelor of Science, Marine Ecology", "Marine Ecology"),
])
def test_pieces(row, institution, degree, field):
    (e,) = read_education(section("education", *row.split("\n")))
    assert (e.institution, e.degree, e.field_of_study) == (institution, degree, field)


@pytest.mark.parametrize("row, degree", [
    ("B.Eng. Mechatronics, Hochschule Altmark, 2014 – 2018", "B.Eng. Mechatronics"),   # an abbreviation's full stop
    ("M.Sc. in Physics. University of Elm (UK), 2010 – 2012", "M.Sc. in Physics"),
])
def test_abbreviations_are_not_sentence_ends(row, degree):
    (e,) = read_education(section("education", row))
    assert e.degree == degree


@pytest.mark.parametrize("degree, field", [
    ("B.Eng. Mechatronics", "Mechatronics"),
    ("BSc (Hons) Computer Science", "Computer Science"),
    ("MSc Data Science", "Data Science"),
    ("MBA", None),
])
def test_field_after_an_abbreviation(degree, field):
    assert field_of(degree) == field


def test_repeated_degree_institution_pairs_are_separate_entries():
    sec = section("education", "HSC", "", "Westfield State Board", "", "March 2012", "", "SSC", "", "Westfield State Board",
                  "", "March 2010", "", "B.E in Electronics", "", "Northgate University")
    got = [(e.institution, e.degree, e.end) for e in read_education(sec)]
    assert got == [("Westfield State Board", "HSC", "2012-03"), ("Westfield State Board", "SSC", "2010-03"),
                   ("Northgate University", "B.E in Electronics", None)]


@pytest.mark.parametrize("rows, expected", [
    # a last line naming a school alone, after the entry's degree and school: a detail of the entry
    (("Orrin College\t2014 – 2018", "BA History; 3.6 GPA", "Moved from Brackley Community College in year 2"),
     [("Orrin College", "BA History", 3.6)]),
    (("Orrin College\t2014 – 2018", "BA History", "University Medal: awarded for the best thesis"),
     [("Orrin College", "BA History", None)]),
])
def test_a_last_line_naming_one_school_is_a_detail(rows, expected):
    got = [(e.institution, e.degree, e.grade.value if e.grade else None) for e in read_education(section("education", *rows))]
    assert got == expected


@pytest.mark.parametrize("rows, expected", [
    # a label that names the role of the part, not a degree ("Degree:", "Institution:")
    (("Brackley Grammar, 9 Mill Rd, Leeds — Degree: Finished with Academic Honours", "JUNE 2014 - MAY 2018"),
     [("Brackley Grammar", "Finished with Academic Honours")]),
    (("Institution: Orrin Coding Academy", "Degree: Completed the Web Development Course", "2021 – 2022"),
     [("Orrin Coding Academy", "Completed the Web Development Course")]),
    # a degree's own name before the colon stays in it
    (("Certificate: Bookkeeping\t2020 – 2021", "Orrin Coding Academy"), [("Orrin Coding Academy", "Certificate: Bookkeeping")]),
])
def test_labelled_parts(rows, expected):
    assert [(e.institution, e.degree) for e in read_education(section("education", *rows))] == expected


def test_an_address_of_eight_capitalised_words_is_no_sentence():
    rows = ("Orrin College, 12 Elm Rd, Peoria, AZ 85382", "MAY 2012 - JUNE 2016", "• Ran the chess club",
            "Brackley Academy, 4 W Ohio St #15, Indianapolis, IN, 46204", "Degree: Completed the Data Course",
            "MARCH 2019 - MAY 2019", "• Built three projects")
    got = [(e.institution, e.degree, e.start) for e in read_education(section("education", *rows))]
    assert got[1] == ("Brackley Academy", "Completed the Data Course", "2019-03")


def test_capital_acronyms_in_plain_text_are_not_headings():
    import resumekit
    text = "Jane Example\n\nEDUCATION\n\nMCA\n\nNorthgate University\n\n2017\n\nBCA\n\nWestfield University\n\n2014\n"
    c = resumekit.parse(text.encode())
    assert [s.kind for s in c.meta.sections] == ["header", "education"]
    assert [(e.degree, e.institution) for e in c.education] == [("MCA", "Northgate University"),
                                                                ("BCA", "Westfield University")]


def test_bullets_that_are_whole_entries():
    sec = section("education", "• Masters in political science, faculty of commerce, Eastbrook University, 2020.",
                  "• Bachelor of Political Science, faculty of commerce, Eastbrook University, 2012.")
    got = [(e.institution, e.degree, e.end) for e in read_education(sec)]
    assert got == [("Eastbrook University", "Masters in political science", "2020"),
                   ("Eastbrook University", "Bachelor of Political Science", "2012")]


@pytest.mark.parametrize("row, institution, degree", [
    ("Certificate IV in Information Technology (web design), TAFE NSW, 2010", "TAFE NSW",
     "Certificate IV in Information Technology (web design)"),
    ("MASTER OF BUSINESS ADMINISTRATION (Final year), IGR-IAE\t2019 – 2020", "IGR-IAE",
     "MASTER OF BUSINESS ADMINISTRATION (Final year)"),
    ("PhD, Biostatistics, 2005 – 2008", None, "PhD, Biostatistics"),          # a field is not a school
    # a completed study's status, in a cell of its own or ending the school's part, is no degree or name
    ("2019年3月 北辰芸術大学 卒業", "北辰芸術大学", None),
    # with no degree, a CJK school's faculty and department after it are the degree
    ("2019年3月 北辰芸術大学 美術学部 陶芸学科 卒業", "北辰芸術大学", "美術学部 陶芸学科"),
    ("2012.09 - 2016.06 南江艺术学院 陶瓷系", "南江艺术学院", "陶瓷系"),
])
def test_school_without_a_school_word(row, institution, degree):
    (e,) = read_education(section("education", row))
    assert (e.institution, e.degree) == (institution, degree)


def test_degree_in_the_dated_bullet_under_the_school():
    sec = section("education", "Gurukul Public School\tHamirpur, Himachal Pradesh",
                  "• Intermediate; Percentage: 76%\tApril 2020 - March 2021")
    (e,) = read_education(sec)
    assert (e.institution, e.degree, e.location, e.grade.value, e.start) == (
        "Gurukul Public School", "Intermediate", "Hamirpur, Himachal Pradesh", 76.0, "2020-04")


@pytest.mark.parametrize("rows, expected", [
    # course first, then a school named by an acronym: the acronyms tell the section's order, and an
    # entry with nothing to go on ("Coderly") follows it
    (["Game and Sound Design", "NVA / FDX", "2020 - Present", "Motion Graphics", "NVA", "2022",
      "Product Design", "Coderly", "2023"],
     [("NVA / FDX", "Game and Sound Design"), ("NVA", "Motion Graphics"), ("Coderly", "Product Design")]),
    # a degree word, and the school on the line under it, not glued onto the degree
    (["Interaction Design", "UDL", "2021", "Scrum Master", "Learnly", "2024"],
     [("UDL", "Interaction Design"), ("Learnly", "Scrum Master")]),
    # two school-worded lines: in a degree-first section the first one is the course
    (["MASTER OF BUSINESS ADMINISTRATION (Final year)", "TWU-BRM 2019 – 2020, Lorvel, France",
      "2 years degree ELECTRICAL ENGINEERING", "IUT de Lorvel 2015 – 2017, Lorvel, France",
      "University of medicine", "Université de Lorvel 2014 – 2015, Lorvel, France"],
     [("TWU-BRM", "MASTER OF BUSINESS ADMINISTRATION (Final year)"), ("IUT de Lorvel", "2 years degree ELECTRICAL ENGINEERING"),
      ("Université de Lorvel", "University of medicine")]),
    # "High school" names a school and a qualification: the section's order decides
    (["2012–2016 Bachelor of Arts\tNorthgate University, Velkov", "2008–2012 High school\tGMŠ Velkov"],
     [("Northgate University", "Bachelor of Arts"), ("GMŠ Velkov", "High school")]),
    # a degree-first section: the course's comma-separated levels stay one degree
    (["10/2020 - 03/2022", "Master Systems-Engineering", "Hochschule Velkov", "01/2013 - 01/2016",
      "B-1, B-2, C-1 und Sprachprüfung", "Sprachhaus"],
     [("Hochschule Velkov", "Master Systems-Engineering"), ("Sprachhaus", "B-1, B-2, C-1 und Sprachprüfung")]),
    # training words of the vocabulary (a German course and the place that gives it)
    (["10/2019 – 09/2021\tFachweiterbildung Töpferei (DKT)", "Weiterbildungsstätte Kunsthof Velkov",
      "10/2012 – 09/2015\tAusbildung zur Keramikerin", "Berufsschule Velkov"],
     [("Weiterbildungsstätte Kunsthof Velkov", "Fachweiterbildung Töpferei (DKT)"),
      ("Berufsschule Velkov", "Ausbildung zur Keramikerin")]),
    # training words of the vocabulary: a course and the centre that gives it
    (["2019\tCorso di formazione: Smalti, Centro Formazione Borgo Arno", "2016\tLaurea in Restauro, Università di Velkov"],
     [("Centro Formazione Borgo Arno", "Corso di formazione: Smalti"), ("Università di Velkov", "Laurea in Restauro")]),
    (["Kiln Glazing Course, Harbour Glaze Training Centre - 2019"], [("Harbour Glaze Training Centre", "Kiln Glazing Course")]),
    # school first: the order of the words' entries stands for the entry without them
    (["Northgate University", "Bachelor of Arts", "2012", "Coderly", "Product Design", "2023"],
     [("Northgate University", "Bachelor of Arts"), ("Coderly", "Product Design")]),
])
def test_section_order_decides_open_roles(rows, expected):
    got = [(e.institution, e.degree) for e in read_education(section("education", *rows))]
    assert got == expected


@pytest.mark.parametrize("rows, order", [
    (["Game Design", "NVA", "2020"], "degree"),                             # the acronym is the school
    (["Bachelor of Arts\tNorthgate University\t2012"], "degree"),           # words on both sides
    (["Northgate University\tBachelor of Arts\t2012"], "institution"),
    (["Northgate University", "History", "2012"], "institution"),           # the school word and the one other part
    (["Game Design", "Coderly", "2023"], None),                             # nothing to tell by
    (["MASTER OF FINE ARTS", "ROYAL ACADEMY OF LORVEL", "2019"], "degree"),  # capitals are not acronyms
])
def test_section_order(rows, order):
    from resumekit.fields.edu_entry import entry_parts, section_order
    from resumekit.fields.entries import split_entries
    assert section_order([entry_parts(e) for e in split_entries(section("education", *rows).lines)]) == order


@pytest.mark.parametrize("row, institution", [
    ("Nom de l'université - Institut Lorvel de Gestion\t2021 - 2024", "Institut Lorvel de Gestion"),
    ("Name of the school | Northgate Grammar School\t2010 - 2014", "Northgate Grammar School"),
    ("Name University of Lorvel\t2010 - 2014", "Name University of Lorvel"),   # a school's own name is kept
])
def test_form_labels_are_not_schools(row, institution):
    (e,) = read_education(section("education", "Licence en Gestion", row))
    assert e.institution == institution


def test_field_line_under_a_degree_of_the_school_above():
    # "History and Politics" has three capitalised words but names the field, not a school: the
    # school is the one above
    sec = section("education", "Northgate University\t2004 – 2009", "Master of Arts\tJune 2009",
                  "Political Science", "Honours Bachelor of Arts\tJune 2008", "History and Political Science (magna cum laude)")
    got = [(e.institution, e.degree, e.end) for e in read_education(sec)]
    assert got == [("Northgate University", "Master of Arts, Political Science", "2009-06"),
                   ("Northgate University", "Honours Bachelor of Arts, History and Political Science", "2008-06")]
    assert read_education(sec)[1].grade.raw == "magna cum laude"  # honours in brackets after the degree: its grade


@pytest.mark.parametrize("rows, expected", [
    # an undated bullet with a degree and a school, apart by a colon, is an entry of its own
    (["• BSc (Hons) Computing: Northgate University", "• Certified Cloud Practitioner"],
     [("Northgate University", "BSc (Hons) Computing")]),
    # a degree word labelling a dated line heads an entry, and a sentence with a degree word in it
    # does not open another
    (["Certificate: Medical Coding\t07/2023 - 10/2023", "Northgate Health Association - Lorvel",
      "Bachelor of Science: Nursing\t09/2017 - 04/2022", "Universidad de Lorvel - Velkov",
      "Moved abroad for family reasons, coursework completed until year 4",
      "Associate: Nursing (RN)\t01/2024 - current", "Westfield Training Center - Lorvel"],
     [("Northgate Health Association", "Certificate: Medical Coding"), ("Universidad de Lorvel", "Bachelor of Science: Nursing"),
      ("Westfield Training Center", "Associate: Nursing (RN)")]),
    # the school as a bullet under the degree
    (["软件工程本科\t2015/09 – 2019/06", "• 北辰理工大学"], [("北辰理工大学", "软件工程本科")]),
    (["BSc Physics\t2015 – 2019", "• Northgate University"], [("Northgate University", "BSc Physics")]),
    # a bullet that is a sentence is a highlight, not the school
    (["BSc Physics, Northgate University\t2015 – 2019", "• Led the university chess club"],
     [("Northgate University", "BSc Physics")]),
])
def test_entries_in_other_shapes(rows, expected):
    got = [(e.institution, e.degree) for e in read_education(section("education", *rows))]
    assert got == expected


@pytest.mark.parametrize("head, headers", [
    (None, [["Northgate University\t2015 – 2019"]]),                           # a labelled line is a detail
    (lambda line: line.plain.startswith("Certificate:"),
     [["Northgate University\t2015 – 2019"], ["Certificate: Medical Coding\t2020 – 2021"]]),
])
def test_split_entries_takes_the_readers_header_test(head, headers):
    from resumekit.fields.entries import split_entries
    rows = section("education", "Northgate University\t2015 – 2019", "Certificate: Medical Coding\t2020 – 2021").lines
    assert [[l.text for l in e.header] for e in split_entries(rows, head=head)] == headers


def test_details_under_a_dated_degree_are_no_entry():
    from resumekit.document import Line, Section, Style
    rows = [("Harrowgate University", 12, True), ("BS in Geology", 11, True), ("May 2014 | Tarn, NY", 10, True),
            ("School of Earth Sciences", 10, False), ("Summa Cum Laude", 10, False),
            ("Cum. GPA: 3.71 / 4.0", 10, True), ("Major GPA: 3.8 / 4.0", 10, True),
            ("Wexley Grammar School", 12, True), ("Grad. May 2010 | Tarn, NY", 10, True)]
    sec = Section(kind="education", heading=None, lines=tuple(
        Line(text=t, index=n, block=n, style=Style(size=float(size), bold=b), origin="test")
        for n, (t, size, b) in enumerate(rows)))
    got = read_education(sec)
    assert [(e.institution, e.degree) for e in got] == [("Harrowgate University", "BS in Geology"),
                                                         ("Wexley Grammar School", None)]
    assert got[0].grade.value == 3.71 and "School of Earth Sciences" in got[0].highlights


def test_more_degrees_in_the_row_shape_of_the_first_under_a_school():
    # the second degree's abbreviation is no degree word of the vocabulary; its row is shaped like
    # the first degree's, under the school's own line
    sec = section("education", "Harwick University", "Ph.D., Geography\tExpected 2027", "A.M., Geography\t2023",
                  "Tarrow College", "B.A., History (Honors)\t2020", bold=(0, 3))
    got = [(e.institution, e.degree) for e in read_education(sec)]
    assert got == [("Harwick University", "Ph.D., Geography"), ("Harwick University", "A.M., Geography"),
                   ("Tarrow College", "B.A., History")]  # "(Honors)": the grade


def test_a_school_with_its_degree_below_is_not_the_school_of_the_next_entry():
    sec = section("education", "Tarrow Technical University\t09/2002 07/2005", "Bachelor of Science in Hydraulics",
                  "Aldous College Gent\t09/1996 07/2002", "ASO Sciences-Mathematics", bold=(0, 2))
    got = [(e.institution, e.degree) for e in read_education(sec)]
    assert got == [("Tarrow Technical University", "Bachelor of Science in Hydraulics"),
                   ("Aldous College Gent", "ASO Sciences-Mathematics")]


@pytest.mark.parametrize("rows, expected", [
    # a study status in brackets and no dates: ongoing; the status is no part of the degree or school
    (["BSCS HARWICK UNIVERSITY (continue)"], ("HARWICK UNIVERSITY", "BSCS", None, None, True)),
    (["MSc Physics (in progress)", "Northgate University"], ("Northgate University", "MSc Physics", None, None, True)),
    (["Licenciatura en Biología (cursando)", "Universidad de Lorvel"],
     ("Universidad de Lorvel", "Licenciatura en Biología", None, None, True)),
    (["Bachelor of Arts (ongoing)\tWestfield College"], ("Westfield College", "Bachelor of Arts", None, None, True)),
    # a single date with the status: the start of a study still going
    (["Diplom Informatik (laufend)\tHochschule Velkov\t2021"], ("Hochschule Velkov", "Diplom Informatik", "2021", None, True)),
    # a date range says more than the status; brackets that are no status stay
    (["MSc Physics (in progress)\tNorthgate University\t2019 – 2021"],
     ("Northgate University", "MSc Physics", "2019", "2021", False)),
    (["BSc (Hons) Geology\tNorthgate University\t2019 – 2021"],
     ("Northgate University", "BSc (Hons) Geology", "2019", "2021", False)),
    # a status before the degree ("Currently pursuing …"): ongoing, no part of the degree
    (["Currently pursuing B.Tech in Kiln Engineering", "Harbour Institute of Technology"],
     ("Harbour Institute of Technology", "B.Tech in Kiln Engineering", None, None, True)),
    (["Pursuing MSc Glaze Chemistry, Northgate University"], ("Northgate University", "MSc Glaze Chemistry", None, None, True)),
    (["Currently pursuing B.Tech (CSE)\tHarbour Institute of Technology\t2022 – present"],
     ("Harbour Institute of Technology", "B.Tech (CSE)", "2022", None, True)),
    (["Current Affairs Club, Northgate University"], ("Northgate University", "Current Affairs Club", None, None, False)),  # no degree after it
])
def test_study_status_in_brackets(rows, expected):
    (e,) = read_education(section("education", *rows))
    assert (e.institution, e.degree, e.start, e.end, e.current) == expected


@pytest.mark.parametrize("row, institution, degree", [
    ("BSCS Harwick University", "Harwick University", "BSCS"),       # no separator between them
    ("BSc Harwick University\t2019 – 2022", "Harwick University", "BSc"),
    ("MBA Northgate Business School, 2020", "Northgate Business School", "MBA"),
    ("Bachelor of Arts, Harwick University", "Harwick University", "Bachelor of Arts"),  # a separator already
])
def test_degree_abbreviation_before_a_school(row, institution, degree):
    (e,) = read_education(section("education", row))
    assert (e.institution, e.degree) == (institution, degree)


@pytest.mark.parametrize("rows, expected", [
    # bold school and dates / a unit or place line / the degree as a bullet: the degree is the bullet
    (["Harwick University\t2017 – 2022", "Harbour Research Centre, Leeds, UK", "• Candidate for PhD in Marine Engineering",
      "• Thesis: steering small boats in rough water"],
     ("Harwick University", "Candidate for PhD in Marine Engineering", "Leeds, UK", ["Thesis: steering small boats in rough water"])),
    (["Harwick University\t2010 – 2016", "Leeds, UK", "• Bachelor of Science in Marine Engineering"],
     ("Harwick University", "Bachelor of Science in Marine Engineering", "Leeds, UK", [])),
    # a bullet with no degree word, or a labelled one, is a detail; the line above stays the degree
    (["Harwick University\t2010 – 2016", "Marine Engineering", "• Capstone: a small autonomous boat"],
     ("Harwick University", "Marine Engineering", None, ["Capstone: a small autonomous boat"])),
])
def test_degree_bullet_under_a_unit_or_place_line(rows, expected):
    (e,) = read_education(section("education", *rows, bold=(0,)))
    assert (e.institution, e.degree, e.location, e.highlights) == expected


@pytest.mark.parametrize("rows, expected", [
    # a theme's "studyType: area" as the first bullet under the school's dated line: the degree
    (["2013 – 2016\tOrrin College", "• Licence: Applied Geology"], ("Orrin College", "Licence: Applied Geology", [])),
    (["Harwick University\t2019 – 2020", "• PgCert: Coastal Management", "• Ran the field school"],
     ("Harwick University", "PgCert: Coastal Management", ["Ran the field school"])),
    (["Harwick University\t2012 – 2015", "• BSc (Hons): Marine Engineering"],
     ("Harwick University", "BSc (Hons): Marine Engineering", [])),
    # a detail's label with a degree word ("Minor", "Coursework"), a label of the degree itself, a
    # sentence or a school after the colon: no degree
    (["Harwick University\t2012 – 2015", "• Minor: Economics"], ("Harwick University", None, ["Minor: Economics"])),
    (["Harwick University\t2012 – 2015", "• Coursework: Hydraulics"], ("Harwick University", None, ["Coursework: Hydraulics"])),
    (["Harwick University\t2012 – 2015", "• Master: thesis on tides and currents."],
     ("Harwick University", None, ["Master: thesis on tides and currents."])),
    (["Harwick University\t2012 – 2015", "• Exchange: Orrin University"],
     ("Harwick University", None, ["Exchange: Orrin University"])),
])
def test_degree_and_field_bullet_under_the_school(rows, expected):
    (e,) = read_education(section("education", *rows, bold=(0,)))
    assert (e.institution, e.degree, e.highlights) == expected


@pytest.mark.parametrize("rows, expected", [
    # a degree-first section: "Degree · Field" over a school without a school word
    (["2009 – 2013\tGrado · Turismo", "Universitat de Kelby", "2015 – 2016\tDiploma · Hotel Management", "Les Vignes Tarrow"],
     [("Universitat de Kelby", "Grado · Turismo", "Turismo"),
      ("Les Vignes Tarrow", "Diploma · Hotel Management", "Hotel Management")]),
    # a school that is partly an acronym beside the degree stays the school; the line under it is a detail
    (["2008 – 2012\tBachelor of Arts\tKelby College", "2004 – 2008\tHigh school\tSPT Tarrow",
      "Specialization in marine technologies"],
     [("Kelby College", "Bachelor of Arts", None), ("SPT Tarrow", "High school", "Specialization in marine technologies")]),
])
def test_degree_dot_field_over_the_school(rows, expected):
    got = read_education(section("education", *rows))
    assert [(e.institution, e.degree, e.field_of_study) for e in got] == expected


@pytest.mark.parametrize("rows, highlights", [
    # a label ending the entry, its value on the next line: details, not an entry
    (["Harwick University\tLeeds, UK | May 2020", "Bachelor of Science in Marine Engineering; 3.7 GPA",
      "Relevant Coursework:", "Fluid Dynamics & Waves, Boat Design, Signals & Systems, Control"],
     ["Relevant Coursework:", "Fluid Dynamics & Waves, Boat Design, Signals & Systems, Control"]),
    (["Harwick University\t2016 – 2020", "Bachelor of Arts in History", "Cours suivis :", "Histoire moderne, Latin"],
     ["Cours suivis :", "Histoire moderne, Latin"]),
])
def test_the_value_of_a_label_is_a_detail(rows, highlights):
    (e,) = read_education(section("education", *rows, bold=(0, 2)))
    assert e.highlights == highlights


@pytest.mark.parametrize("rows, expected", [
    # a heading word alone in the header ("Courses") ends the degree's lines: what follows are details
    (["Velkov Art School\t2005 — 2008", "Graphic Design", "BFA", "Courses", "Kiln Ethics", "Statistics I"],
     ("Velkov Art School", "Graphic Design, BFA", "Graphic Design", ["Courses", "Kiln Ethics", "Statistics I"])),
    (["Harwick University\t2010 – 2014", "BSc Geology", "Highlights:", "Field camp lead"],
     ("Harwick University", "BSc Geology", "Geology", ["Highlights:", "Field camp lead"])),
])
def test_a_heading_word_in_the_header_starts_the_details(rows, expected):
    (e,) = read_education(section("education", *rows, bold=(0, 1, 3)))
    assert (e.institution, e.degree, e.field_of_study, e.highlights) == expected


@pytest.mark.parametrize("rows, expected", [
    # a line naming a school and a degree in parts of their own, then another school: two entries;
    # a status as a part of its own ("…, Ongoing") makes the undated one ongoing
    (["Harwick University, Leeds - MSc in Marine Biology (Reefs and Coastal", "Waters)\tOngoing",
      "Orrin School, Leeds - Data Science April", "2021 - January 2022"],
     [("Harwick University", None, None, True), ("Orrin School", "2021-04", "2022-01", False)]),
    # "MD" after a town is a state, not a degree: the line names a school only, the entry stays one
    (["Harwick University\tBaltimore, MD | May 2020", "Bachelor of Science in Geology",
      "Transferred from Orrin State University with 4.0 GPA"],
     [("Harwick University", None, "2020-05", False)]),
])
def test_a_line_with_degree_and_school_then_a_school_opens_an_entry(rows, expected):
    got = [(e.institution, e.start, e.end, e.current) for e in read_education(section("education", *rows))]
    assert got == expected


@pytest.mark.parametrize("rows, institution, degree", [
    # the school after an introducing phrase of the vocabulary: its name alone
    (["Attestation de participation au Marathon de code", "Organisé par VELKO", "OCTOBRE 2022"], "VELKO",
     "Attestation de participation au Marathon de code"),
    (["Certificate of attendance, Kiln Safety Day", "Organised by Harwick Academy", "2022"], "Harwick Academy",
     "Certificate of attendance, Kiln Safety Day"),
])
def test_a_school_after_an_introducing_phrase(rows, institution, degree):
    (e,) = read_education(section("education", *rows))
    assert (e.institution, e.degree) == (institution, degree)


@pytest.mark.parametrize("rows, degree, grade", [
    # honours after the degree are its grade, not the rest of its name
    (["Harbour Vale College — BA Ceramics, 2.1 Honours, 2015 – 2018"], "BA Ceramics", "2.1 Honours"),
    (["BSc Glaze Chemistry, First-class honours | Northfield University | 2016"], "BSc Glaze Chemistry",
     "First-class honours"),
    # a class of degree in a cell of its own (no letter in it)
    (["2015 – 2018\tBA Ceramics\tHarbour Vale College\t2:1"], "BA Ceramics", "2:1"),
    # the stop left where a date was taken out is no part of the degree
    (["Harbour Vale College — BA Ceramics, May 2018. GPA 3.6/4.0"], "BA Ceramics", "GPA 3.6/4.0"),
    # the same degree named twice, by its short and its long name, is one degree as written
    (["MBO-K, Diploma in Ceramics\t2015 – 2018", "Harbour Vale College"], "MBO-K, Diploma in Ceramics", None),
    # an unknown part after the degree still belongs to it
    (["Harbour Vale College — BA, Ceramics and Glass, 2018"], "BA, Ceramics and Glass", None),
])
def test_the_degree_ends_before_honours_and_stray_stops(rows, degree, grade):
    (e,) = read_education(section("education", *rows))
    assert (e.degree, e.grade.raw if e.grade else None) == (degree, grade)


@pytest.mark.parametrize("rows, degree, institution, grade", [
    # the Europass label column: each label in a cell of its own beside its value
    (["Dates\t2014 – 2018", "Title of qualification awarded\tBSc Glaze Chemistry",
      "Name and type of organisation providing education and training\tNorthfield University", "Grade\t3.6/4.0"],
     "BSc Glaze Chemistry", "Northfield University", "Grade 3.6/4.0"),
    (["Date\t2009 – 2014", "Titolo della qualifica rilasciata\tLaurea in Chimica dei Materiali",
      "Nome dell'organizzazione\tUniversità di Borgo Fittizio", "Votazione\t108/110"],
     "Laurea in Chimica dei Materiali", "Università di Borgo Fittizio", "Votazione 108/110"),
])
def test_degree_and_school_labels_in_cells_of_their_own(rows, degree, institution, grade):
    (e,) = read_education(section("education", *rows))
    assert (e.degree, e.institution, e.grade.raw if e.grade else None) == (degree, institution, grade)


def test_the_header_row_of_an_education_table_is_no_entry():
    """"Period ⇥ Degree ⇥ Institution" over dated rows of as many cells: the table's header, not
    the first school (its names would take the first row's degree and school)."""
    rows = ["Period\tDegree\tInstitution", "2015 – 2019\tBSc Glaze Chemistry\tNorthfield University",
            "2019 – 2020\tMSc Kiln Engineering\tWestmoor University"]
    got = [(e.degree, e.institution, e.start, e.end) for e in read_education(section("education", *rows))]
    assert got == [("BSc Glaze Chemistry", "Northfield University", "2015", "2019"),
                   ("MSc Kiln Engineering", "Westmoor University", "2019", "2020")]


@pytest.mark.parametrize("row, location", [
    ("Class XII, Lakeview Public School, Hillford, 2021", "Hillford"),   # a town after the school
    ("Class XII, Lakeview Public School, 92%, 2021", None),              # a number is no town
])
def test_a_word_after_the_school_is_its_town(row, location):
    (e,) = read_education(section("education", row))
    assert (e.institution, e.location) == ("Lakeview Public School", location)


@pytest.mark.parametrize("rows, degree", [
    (["Northfield University", "BSc Glaze Chemistry", "Graduated: June 2019"], "BSc Glaze Chemistry"),
    (["Hochschule Nordhafen", "Bachelor of Science Keramik", "Abschluss: 06/2019"], "Bachelor of Science Keramik"),
])
def test_the_label_of_a_date_is_no_part_of_the_degree(rows, degree):
    (e,) = read_education(section("education", *rows))
    assert (e.degree, e.end) == (degree, "2019-06")


@pytest.mark.parametrize("rows, grade", [
    # a percentage alone in a cell of an education row is its grade, out of 100
    (["Class X\tHarbour Public School Board\t2014\t89%"], ("89%", 89.0, 100.0)),
    (["Higher Secondary\tNorthgate Junior College\t2016\t91.4 %"], ("91.4 %", 91.4, 100.0)),
    # a labelled grade goes first; a number alone is no grade
    (["B.Tech (Kiln Engineering)\tHarbour Institute of Technology\t2020\tCGPA 8.1/10"], ("CGPA 8.1/10", 8.1, 10.0)),
    (["Class X\tHarbour Public School Board\t2014\t89"], None),
])
def test_a_percentage_in_a_cell_of_its_own_is_the_grade(rows, grade):
    (e,) = read_education(section("education", *rows))
    assert ((e.grade.raw, e.grade.value, e.grade.scale) if e.grade else None) == grade


@pytest.mark.parametrize("rows, degree, institution", [
    # LinkedIn's "Degree - Abbr, Field": the abbreviation after the dash is part of the degree
    (["Harbour Haven University", "Master of Science - MSc, Kiln Engineering", "2016 - 2018"],
     "Master of Science - MSc, Kiln Engineering", "Harbour Haven University"),
    (["Harbour Haven University", "Master of Business Administration - MBA"],
     "Master of Business Administration - MBA", "Harbour Haven University"),
    # a school before the dash, or a school after it: the dash still separates them
    (["Harbour Haven University - BSc, Ceramics\t2016 - 2018"], "BSc, Ceramics", "Harbour Haven University"),
    (["BSc Ceramics - Harbour Haven University"], "BSc Ceramics", "Harbour Haven University"),
])
def test_a_degree_abbreviation_after_a_dash_stays_with_the_degree(rows, degree, institution):
    (e,) = read_education(section("education", *rows))
    assert (e.degree, e.institution) == (degree, institution)


@pytest.mark.parametrize("row, institution", [
    ("2015.03 ~ 2019.02\t한빛예술대학교\t도예과\t졸업", "한빛예술대학교"),
    ("2012.09 - 2016.06\t南江艺术学院\t陶艺\t毕业", "南江艺术学院"),
])
def test_a_completed_status_cell_is_no_degree(row, institution):
    """"⇥ 졸업" (graduated) in the status column of a school table names no degree."""
    (e,) = read_education(section("education", row))
    assert e.institution == institution and e.degree not in ("졸업", "毕业")


@pytest.mark.parametrize("row, institution, degree", [
    ("2015.03 ~ 2019.02\t한빛예술대학교\t도자공예학과", "한빛예술대학교", "도자공예학과"),  # 학과: a department
    ("2010.03 ~ 2014.02\t한빛예술대학교\t조소학부", "한빛예술대학교", "조소학부"),
])
def test_a_department_after_the_school_is_no_town(row, institution, degree):
    """A one-word part after the school is its town ("University of X, Newport"), but not a CJK
    word ending in a unit of a school (학과, 학부)."""
    (e,) = read_education(section("education", row))
    assert (e.institution, e.degree, e.location) == (institution, degree, None)


def test_a_chinese_major_between_the_school_and_the_degree_is_the_field():
    """"School ⇥ major ⇥ degree", a Chinese CV's school row: the major (no capitals) is the field, not a town."""
    (e,) = read_education(section("education", "2013.09 - 2017.06\t南江艺术学院\t陶瓷设计\t本科"))
    assert (e.institution, e.degree, e.field_of_study, e.location) == ("南江艺术学院", "本科", "陶瓷设计", None)


def _table_rows(*rows):
    """Lines of a DOCX table: each row a list of lines (its cells' lines as the reader gives them)."""
    from resumekit.document import Line
    out = []
    for block, row in enumerate(rows):
        out += [Line(text, index=len(out), block=block, origin="docx:table") for text in row]
    return out


@pytest.mark.parametrize("rows, expected", [
    # a row whose first cell holds the degree over the college: the college, the board and a percentage cell
    # read as lines of their own, in the row of the degree; the header row names four columns over three cells
    ([["Qualification\tBoard/University\tYear\tPercentage/CGPA"],
      ["B.Sc. (Ceramics)\t2021\t8.2 CGPA", "Harbour College of Arts, Kochi", "Malabar University"],
      ["Class XII\t2017", "Harbour Vidyalaya, Kochi", "State Board", "91.6%"]],
     [("B.Sc. (Ceramics)", "Harbour College of Arts", "2021", "8.2 CGPA"),
      ("Class XII", "Harbour Vidyalaya", "2017", "91.6%")]),
])
def test_the_cells_of_an_education_row_are_one_entry(rows, expected):
    got = read_education(_table_rows(*rows))
    assert [(e.degree, e.institution, e.end, e.grade.raw if e.grade else None) for e in got] == expected


@pytest.mark.parametrize("rows, expected", [
    # "Minor in …" on a line of its own under the degree is a detail of it, not a degree
    (("Harwick University\tHarwick, ME", "Bachelor of Arts in Ceramics\tExpected May 2027", "Minor in Chemistry",
      "GPA: 3.74/4.00 | Honors: Dean's List (Fall 2024)"),
     [("Bachelor of Arts in Ceramics", "Harwick University", "GPA: 3.74/4.00")]),
    (("Harwick University\tHarwick, ME", "Bachelor of Arts in Ceramics\tMay 2021", "Concentration: Glaze Chemistry"),
     [("Bachelor of Arts in Ceramics", "Harwick University", None)]),
    # the honours after a ";" may name a school-like programme: the minor's own part names none
    (("Harwick University — B.A. in Ceramics, magna cum laude\t2017 – 2021",
      "Minor in Chemistry; Honors College; GPA 3.81/4.00"),
     [("B.A. in Ceramics", "Harwick University", "magna cum laude")]),
    (("Harwick University — B.A. in Ceramics\t2017 – 2021", "Minor in Chemistry | Kiln Scholars College"),
     [("B.A. in Ceramics", "Harwick University", None)]),
    # a school word that names a level, then the qualification: "High School Diploma" is the degree
    (("June 2011", "High School Diploma, Fenwick Heights High School"),
     [("High School Diploma", "Fenwick Heights High School", None)]),
    (("Fenwick Heights High School, High School Diploma, 2011",),
     [("High School Diploma", "Fenwick Heights High School", None)]),
])
def test_minor_lines_and_high_school_diplomas(rows, expected):
    got = read_education(section("education", *rows))
    assert [(e.degree, e.institution, e.grade.raw if e.grade else None) for e in got] == expected


@pytest.mark.parametrize("rows, expected", [
    # no degree word: the first unknown piece is the degree, with the rest of its line, as a degree's tail would be
    (("Universidad del Barro\tSeville, Spain", "Study Abroad Program, Ceramics and Spanish\tJan 2025 – May 2025"),
     [("Study Abroad Program, Ceramics and Spanish", "Universidad del Barro")]),
    (("Harbour Kiln Institute, Glaze Workshop, Raku Firing\t2019",),
     [("Glaze Workshop, Raku Firing", "Harbour Kiln Institute")]),
])
def test_a_degree_without_a_degree_word_keeps_the_rest_of_its_line(rows, expected):
    got = read_education(section("education", *rows))
    assert [(e.degree, e.institution) for e in got] == expected


def test_a_table_s_board_column_beside_the_school_s_names_no_school():
    rows = ("Course\tInstitute\tBoard/University\tYear\tPercentage",
            "B.Tech (EEE)\tOrrin Institute of Technology\tVelmonte University\t2022\t8.1 CGPA",
            "HSC\tLakeside Higher Secondary School\tState Board\t2018\t88%")
    assert [(e.institution, e.degree) for e in read_education(lines(*rows))] == [
        ("Orrin Institute of Technology", "B.Tech (EEE)"), ("Lakeside Higher Secondary School", "HSC")]
    # without a column of the school's own, the university is the school
    rows = ("Course\tBoard/University\tYear", "B.Tech (EEE)\tVelmonte University\t2022")
    assert [e.institution for e in read_education(lines(*rows))] == ["Velmonte University"]


@pytest.mark.parametrize("row, institution, grade", [
    # a grade or honours in brackets after the school: the grade, not part of the school
    ("Laurea Magistrale in Fisica, Università di Orvieto (110/110 e lode), 2016", "Università di Orvieto", "110/110 e lode"),
    ("MSc Geology, Harwick University (Distinction), 2019", "Harwick University", "Distinction"),
    # a bracket of anything else stays
    ("BA History, Orrin College (Oxford), 2015", "Orrin College (Oxford)", None),
    ("MBA, Harlow Business School (Executive), 2020", "Harlow Business School (Executive)", None),
])
def test_a_grade_in_brackets_after_the_school(row, institution, grade):
    [e] = read_education(lines(row))
    assert (e.institution, e.grade.raw if e.grade else None) == (institution, grade)


@pytest.mark.parametrize("row, degree, institution", [
    # "an der" is German "at" before a school; the degree its label names beats one named by its words
    ("10/2011 – 09/2016 Studium der Geologie an der Universität Orrinstadt, Abschluss: Master of Science",
     "Master of Science", "Universität Orrinstadt"),
    ("2012 – 2015 Ausbildung zur Kauffrau an der Berufsschule Harwick", "Ausbildung zur Kauffrau", "Berufsschule Harwick"),
    ("2014 – 2018 Studium der Chemie an der Technischen Hochschule Velmonte", "Studium der Chemie",
     "Technischen Hochschule Velmonte"),
    # "an" in English is no cut ("BSc at an Orrin college" has no school name after it)
    ("BSc Geology, Harwick University, 2019", "BSc Geology", "Harwick University"),
])
def test_a_german_study_line_is_cut_at_an_der(row, degree, institution):
    [e] = read_education(lines(row))
    assert (e.degree, e.institution) == (degree, institution)


@pytest.mark.parametrize("rows, degree, grade, highlights", [
    # a sentence under "Degree, School" is a detail, not parts of the header; honours in it are the grade
    (["June 2018", "BSc (Hons) Ceramics, Harwick University",
      "Graduated with First Class Honours. Relevant coursework: Glazes, Kilns, Studio practice."],
     "BSc (Hons) Ceramics", "First Class Honours",
     ["Graduated with First Class Honours. Relevant coursework: Glazes, Kilns, Studio practice."]),
    (["2014 – 2017", "MA Museum Studies, Orrin College", "Wrote a dissertation on the conservation of lacquer."],
     "MA Museum Studies", None, ["Wrote a dissertation on the conservation of lacquer."]),
    # a degree line under the school keeps being the degree, full stop or not (the stop is no part of it)
    (["Harwick University\t2014 – 2017", "Bachelor of Science in Marine Biology with Honours."],
     "Bachelor of Science in Marine Biology with Honours", None, []),
])
def test_a_sentence_under_the_names_is_a_detail(rows, degree, grade, highlights):
    [e] = read_education(section("education", *rows))
    assert (e.degree, e.grade.raw if e.grade else None, e.highlights) == (degree, grade, highlights)


def test_a_detail_label_in_a_cell_of_its_own_is_no_part_of_the_degree():
    # the Europass label column: the label of a detail beside its value is a detail; a grade's label beside
    # its grade stays the grade
    rows = ["Dates\t09/2012 – 06/2016", "Title of qualification awarded\tBachelor of Arts in Ceramics",
            "Principal subjects/occupational skills covered\tGlazes, kilns, studio practice",
            "Name and type of organisation providing education and training\tHarwick University",
            "Level in national or international classification\tEQF level 6"]
    [e] = read_education(section("education", *rows))
    assert (e.degree, e.institution, e.start, e.end) == ("Bachelor of Arts in Ceramics", "Harwick University",
                                                         "2012-09", "2016-06")
    [e] = read_education(section("education", "Laurea in Fisica\t2016", "Università di Orvieto",
                                 "Votazione\t108/110"))
    assert e.grade.raw == "Votazione 108/110"


@pytest.mark.parametrize("rows, grades", [
    # a table whose header row names a grade column: a bare number in it is the row's grade
    (["Degree\tInstitution\tYear\tCGPA", "MCA\tOrrin Institute of Management\t2020\t8.2",
      "BCA\tHarwick College\t2017\t7.9"], ["CGPA 8.2", "CGPA 7.9"]),
    (["Course\tCollege\tYear\tGPA / Percentage", "B.Sc. Ceramics\tHarwick College\t2019\t3.6/4"], ["GPA 3.6/4"]),
    (["Course\tCollege\tYear\tPercentage", "Class XII\tOrrin Vidyalaya\t2015\t88%"], ["88%"]),  # a percentage stays
    (["Degree\tInstitution\tYear", "B.Sc. Ceramics\tHarwick College\t2019"], [None]),         # no grade column
    # a class of degree after a dash, a part of its own
    (["Orrin University\tSep 2015 – Jun 2019", "BEng (Hons) Kiln Engineering – 2:1"], ["2:1"]),
])
def test_grades_in_a_column_or_a_part_of_their_own(rows, grades):
    assert [e.grade.raw if e.grade else None for e in read_education(lines(*rows))] == grades


@pytest.mark.parametrize("rows, expected", [
    # the study status where the dates stand, as the line's label or in brackets: an ongoing entry of its own
    (("En cours : Diplôme de céramiste (DCA) – École des arts du feu, Limoges",
      "2020 : Licence Arts plastiques, mention Bien – Université de Vierzon"),
     [("Diplôme de céramiste (DCA)", "École des arts du feu", None, True),
      ("Licence Arts plastiques", "Université de Vierzon", "2020", False)]),
    (("• Máster en Cerámica Técnica (en curso). Escuela de Artes de Manises, Valencia.",
      "Grado en Bellas Artes. Universidad de Alcora (2015-2019). Nota media: 7,9."),
     [("Máster en Cerámica Técnica", "Escuela de Artes de Manises", None, True),
      ("Grado en Bellas Artes", "Universidad de Alcora", "2019", False)]),
    (("Currently: MA Ceramics – Harbour School of Art", "2019: BA Fine Art – Northgate University"),
     [("MA Ceramics", "Harbour School of Art", None, True), ("BA Fine Art", "Northgate University", "2019", False)]),
    # no status: an undated line over a dated one stays one entry's header, as before
    (("MA Ceramics – Harbour School of Art", "2019 – 2021"),
     [("MA Ceramics", "Harbour School of Art", "2021", False)]),
])
def test_an_ongoing_status_where_the_dates_stand_opens_an_entry(rows, expected):
    got = read_education(section("education", *rows))
    assert [(e.degree, e.institution, e.end, e.current) for e in got] == expected


@pytest.mark.parametrize("text, pieces, place", [
    # the full stop a removed "(2015-2019)" leaves is no part of the school; a sentence's stop is no part of a town
    ("Grado en Bellas Artes. Universidad de Alcora (2015-2019).", ("Grado en Bellas Artes", "Universidad de Alcora"), None),
    ("Grado en Bellas Artes. Universidad de Alcora (2015-2019). Premio extraordinario.",
     ("Grado en Bellas Artes", "Universidad de Alcora", "Premio extraordinario"), None),  # (the last stop too)
    ("Máster en Cerámica. Escuela de Artes de Manises, Valencia.", ("Máster en Cerámica", "Escuela de Artes de Manises"),
     "Valencia"),
])
def test_header_pieces_leave_stray_stops(text, pieces, place):
    from resumekit.fields.degree_line import header_pieces
    found, location = header_pieces(text)
    assert (tuple(p for p, _ in found), location) == (pieces, place)


@pytest.mark.parametrize("rows, expected", [
    # the school's cell merged down over a second degree: the row below holds one cell fewer and no school
    ([["Institution\tQualification\tDates\tResult"],
      ["Harbour College of Art\tMA Ceramics\t2019 – 2020\tDistinction"],
      ["BA (Hons) Ceramics\t2016 – 2019\tFirst Class Honours"],
      ["Kilnworth Sixth Form College\tA-Levels: Art, Chemistry, History\t2014 – 2016\tA*AB"]],
     [("MA Ceramics", "Harbour College of Art", "Distinction"),
      ("BA (Hons) Ceramics", "Harbour College of Art", "First Class Honours"),
      ("A-Levels: Art, Chemistry, History", "Kilnworth Sixth Form College", "A*AB")]),
    # a row one cell short that names its own school, or a header naming no school column: as it is
    ([["Institution\tQualification\tDates\tResult"],
      ["Harbour College of Art\tMA Ceramics\t2019 – 2020\tDistinction"],
      ["Kilnworth College\tBA Ceramics\t2016 – 2019"]],
     [("MA Ceramics", "Harbour College of Art", "Distinction"), ("BA Ceramics", "Kilnworth College", None)]),
    ([["Qualification\tDates\tResult\tNotes"],
      ["MA Ceramics, Harbour College of Art\t2019 – 2020\tDistinction\tfunded"],
      ["BA (Hons) Ceramics\t2016 – 2019\tMerit"]],
     [("MA Ceramics", "Harbour College of Art", "Distinction"), ("BA (Hons) Ceramics", None, "Merit")]),
    # a row one cell short whose dates stand in the dates' column of the row above: its last cell (the
    # grade) was left empty, no school was merged down; the school it names is its own
    ([["Degree\tInstitution\tYears\tGrade"],
      ["LLB Law\tUniversity of Eastholme\t2013 – 2016\t2:1"],
      ["A-levels\tNorthgate Sixth Form\t2011 – 2013"]],
     [("LLB Law", "University of Eastholme", "2:1"), ("A-levels", "Northgate Sixth Form", None)]),
    ([["Qualification\tSchool\tFrom\tTo\tResult"],
      ["BTEC Diploma in Pottery\tMarlcombe Academy\t2012\t2014\tMerit"],
      ["GCSEs\tWestbrook Secondary\t2007\t2012"]],
     [("BTEC Diploma in Pottery", "Marlcombe Academy", "Merit"), ("GCSEs", "Westbrook Secondary", None)]),
])
def test_a_school_cell_merged_down_names_the_row_below(rows, expected):
    got = read_education(_table_rows(*rows))
    assert [(e.degree, e.institution, e.grade.raw if e.grade else None) for e in got] == expected


@pytest.mark.parametrize("row, expected", [
    # a remark in small letters in brackets closing the line, after the dates: no part, never the school
    # (in a degree-first section, where the school would otherwise be the first part of a later segment)
    ("MFA (Studio), Kilnworth School of Design, 2023 - present (weekend batch)", ("MFA (Studio)", "Kilnworth School of Design")),
    ("MA Ceramics, Kilnworth School of Design, 2021 - 2023 (evening classes)", ("MA Ceramics", "Kilnworth School of Design")),
    # a bracket that names something stays
    ("MA Ceramics\tHarbour School of Art (Kilnworth Campus)\t2021 - 2023", ("MA Ceramics", "Harbour School of Art (Kilnworth Campus)")),
])
def test_a_small_letter_remark_in_brackets_closing_the_line_is_no_part(row, expected):
    rows = ("M.Des. Ceramics\tHarbour Institute of Design\t2019 - 2021\t8.1 CGPA",
            "BDes Ceramics\tKilnworth College of Art\t2015 - 2019\t78%", row)
    got = read_education(section("education", *rows))
    assert (got[-1].degree, got[-1].institution) == expected
