"""The fixtures of fixtures/unseen-work (built by make_unseen_work.py): résumés whose weight is the
work history, each laid out a way no other fixture and no zoo template lays out a job (employer
rows over role rows, promotions under one employer line, "Title | Employer | Town | dates" lines,
dates in a left column over a page break, Europass, an academic CV, a Canva-like sidebar, a
networking site's profile export; round 7: plain text with dates padded to the right margin, a
GitHub README in Markdown, the LaTeX "Jake's resume" and Awesome-CV shapes, a Google Docs
template, a two-page Word CV with a header on its later pages, a Polish CV in Word, a Brazilian
one; round 9: a Word CV exported to PDF with page headers and "Page 2 of 2", relevant and other
experience, a consultant's client engagements, contract roles through agencies, a nurse's CV,
"Depuis 2021", a Dutch date column, "seit 03/2021", a teacher's and an electrician's CV; round 10: a
functional résumé, "actualmente (3 años)", a military-to-civilian résumé, an academic CV in Markdown; round 11: the
Deedy, AltaCV and friggeri LaTeX shapes, a US student résumé with "Leadership & Activities", roles
each with its dates under "Employer — Town", a README's one-line "years  Title, Employer, Town"
list, a freelance designer's clients, "Tätigkeit als … bei der …", "Responsabile …, Employer"), in English, German, French, Italian, Spanish,
Polish, Portuguese and Dutch. The expected values are the truth by construction:
each entry as the page prints it.

What the parser still misreads is marked xfail (strict, with the module that decides it): a fix
shows up as a pass to turn into a plain case."""
import pytest

from .conftest import FIXTURES, PINNED
from .helpers import cached_parser, row_params, xfail

UNSEEN = FIXTURES / "unseen-work"

# (title, company, location, start, end) as printed; "present" for an ongoing role
EXPERIENCE = {
    "en-promotions.docx": [
        ("Senior Claims Analyst", "Harbourline Insurance Group", "Leeds", "2021-06", "present"),
        ("Claims Analyst", "Harbourline Insurance Group", "Leeds", "2019-03", "2021-05"),
        ("Claims Handler", "Harbourline Insurance Group", "Leeds", "2017-09", "2019-02"),
        ("Shift Supervisor (part-time)", "Pennine Bakery Co.", "Halifax", "2014-09", "2017-08"),
    ],
    "en-pipes.pdf": [
        ("Staff Data Engineer", "Quillfeather Analytics", "Remote", "2022-01", "present"),
        ("Freelance Data Consultant", "Self-employed", "Bristol", "2020-06", "2021-12"),
        ("Analytics Engineer", "Brightmoor Retail", "Bristol", "2017-09", "2019-03"),
        ("Data Engineering Intern", "Tidewater Energy", "Swindon", "2016-06", "2016-08"),
    ],
    "de-tabelle.docx": [
        ("Teamleiterin Einkauf", "Brenntal Armaturen GmbH", "Kassel", "2019-03", "present"),
        ("Einkäuferin", "Brenntal Armaturen GmbH", "Kassel", "2015-10", "2019-02"),
        ("Werkstudentin Einkauf (Teilzeit)", "Lindenhof Logistik AG", "Göttingen", "2013-04", "2015-09"),
        ("Freiwilliger Wehrdienst", "Bundeswehr, Fernmeldebataillon", "Fritzlar", "2011-07", "2012-06"),
    ],
    "fr-deux-pages.pdf": [
        ("Responsable logistique", "Entrepôts Saône-Rivage", "Villeurbanne", "2018-01", "present"),
        ("Chef d'équipe quai", "Transports Verchère & Fils", "Vienne", "2014-09", "2017-12"),
        ("Assistante approvisionnement", "Coopérative Laitière des Monts", "Annecy", "2012-02", "2014-08"),
        ("Stagiaire au service des achats", "Mairie de Bourgoin-Jallieu", None, "2011-06", "2011-08"),
    ],
    "en-academic.pdf": [
        ("Lecturer in Marine Ecology", "School of Ocean Sciences, University of Westmarch", None, "2021", "present"),
        ("Postdoctoral Research Fellow", "Kelpie Coastal Laboratory, Brightwater University", None, "2018", "2021"),
        ("Visiting Researcher", "Institute for Tidal Studies", "Harlowe", "2017-09", "2017-12"),
        ("Graduate Teaching Assistant", "Brightwater University", None, "2014", "2017"),
    ],
    "en-sidebar.pdf": [
        ("Operations Manager", "Copperleaf Hotels", "Edinburgh", "2020-03", "present"),
        ("Front Office Manager", "Copperleaf Hotels", "Glasgow", "2017-07", "2020-02"),
        ("Signals Technician (Corporal)", "Lothian Signals Squadron, Army Reserve", "Edinburgh", "2012-10", "2017-06"),
        ("Night Porter (part-time)", "Braid Hills Guest House", "Edinburgh", "2011-09", "2012-09"),
    ],
    "it-europass.docx": [
        ("RESPONSABILE AMMINISTRATIVA", "Ortensia Tessuti S.r.l.", "Milano, Italia", "2019-03-01", "present"),
        ("IMPIEGATA CONTABILE", "Studio Ferraguti & Bassi", "Monza, Italia", "2015-09-01", "2019-02-28"),
        ("STAGISTA", "Cooperativa Naviglio Verde", "Milano, Italia", "2015-02-01", "2015-07-31"),
    ],
    "en-employer-table.docx": [
        ("Director of Operations", "Northwind Freight Systems", "Chicago, IL", "2022-01", "2024-03"),
        ("Operations Manager", "Northwind Freight Systems", "Chicago, IL", "2018-06", "2021-12"),
        ("Dispatch Supervisor", "Northwind Freight Systems", "Chicago, IL", "2015-04", "2018-05"),
        ("Courier", "Lakeshore Couriers", "Evanston, IL", "2012-02", "2015-03"),
        ("Logistics Consultant", "Self-employed", "Chicago, IL", "2024-04", "present"),
    ],
    "es-en.pdf": [
        ("Ingeniera de Datos", "Almendro Digital S.L.", "Valencia", "2020-09", "present"),
        ("Consultora independiente (autónoma)", None, None, "2019-01", "2020-08"),
        ("Analista de Datos", "Naranjos del Turia S.A.", "Sagunto", "2016-03", "2018-12"),
        ("Becaria de Sistemas", "Ayuntamiento de Alzira", "Alzira", "2015-07", "2015-12"),
    ],
    "en-profile-export.pdf": [
        ("Senior Product Manager", "Fernhollow Software", "Manchester, England, United Kingdom", "2022-03", "present"),
        ("Product Manager", "Fernhollow Software", "Manchester, England, United Kingdom", "2020-01", "2022-02"),
        ("Associate Product Manager", "Fernhollow Software", None, "2018-03", "2019-12"),
        ("Business Analyst", "Kestrel Mutual", "Stockport, England, United Kingdom", "2015-09", "2018-02"),
        ("Seasonal Instructor", "Ridgeway Outdoor Centre", None, "2014-06", "2014-08"),
    ],
    "en-padded.txt": [
        ("Finance Manager", "Kestrel & Hume LLP", "Norwich", "2021-03", "present"),
        ("Management Accountant", "Broadland Grain Cooperative", "Dereham", "2016-09", "2020-05"),
        ("Freelance", None, None, "2015-01", "2016-08"),
        ("Audit Trainee", "Fenwright Sayer Chartered Accountants", "Ipswich", "2012-09", "2014-12"),
    ],
    "en-readme.md": [
        ("Staff Engineer", "Driftwood Payments", "Rotterdam", "2021", "present"),
        ("Senior Backend Engineer", "Kettleby Logistics", "Utrecht", "2018", "2021"),
        ("Software Engineer", "Gullwing Games", "Remote", "2016", "2018"),
    ],
    "en-jakes.pdf": [
        ("Software Engineer", "Pinecrest Health Systems", "Des Moines, IA", "2022-06", "present"),
        ("Software Engineer I", "Blackhawk Agritech", "Ames, IA", "2020-07", "2022-05"),
        ("Undergraduate Research Assistant", "Harlan Ridge University", "Cedar Falls, IA", "2019-01", "2020-05"),
    ],
    "en-gdocs.pdf": [
        ("Production Editor", "Halloway Press", "Brantwick", "2020-03", "present"),
        ("Editorial Assistant", "Tern & Lantern Books", "Oxford", "2017-09", "2020-02"),
        ("Reporter", "Saltmarsh Gazette", "Wells", "2015-06", "2017-08"),
    ],
    "pl-cv.docx": [
        ("Starsza specjalistka ds. rozliczeń", "Zakłady Mleczarskie Rogatka Sp. z o.o.", "Kraków", "2019-03", "present"),
        ("Księgowa", "Biuro Rachunkowe Lipa i Wspólnicy", "Wieliczka", "2015-09", "2019-02"),
        ("Praktykantka", "Urząd Gminy Zabierzów", "Zabierzów", "2014-07", "2014-08"),
    ],
    "en-awesome.pdf": [
        ("PROCUREMENT MANAGER", "Ironbridge Rail Components Ltd", "Sheffield, UK", "2021-04", "present"),
        ("SENIOR BUYER", "Ironbridge Rail Components Ltd", "Sheffield, UK", "2018-01", "2021-03"),
        ("BUYER", "Dearne Valley Packaging", "Barnsley, UK", "2014-09", "2017-12"),
    ],
    "pt-br.pdf": [
        ("Analista de Dados Pleno", "Mercadão Ipê Ltda.", "Campinas, SP", "2020-01", "present"),
        ("Analista de Dados Júnior", "Transportadora Rio Jaguari S.A.", "Jaguariúna, SP", "2017-03", "2019-12"),
        ("Estagiária de Logística", "Cooperativa Agrícola Serra Azul", "Amparo, SP", "2016-07", "2017-02"),
    ],
    "en-two-page-header.docx": [
        ("Senior Site Reliability Engineer", "Lismore Cloud Services", "Cork", "2021-02", "present"),
        ("Site Reliability Engineer", "Blackwater Telecom", "Limerick", "2017-06", "2021-01"),
        ("Systems Administrator", "Ardfinnan Credit Union", "Clonmel", "2013-09", "2017-05"),
    ],
    "en-word-pages.pdf": [
        ("Senior Quality Engineer", "Wrexley Precision Castings", "Derby", "2019-04", "present"),
        ("Quality Engineer", "Brindle Rail Components", "Burton upon Trent", "2015-09", "2019-03"),
        ("Quality Technician", "Halse Moulding Ltd", "Loughborough", "2012-07", "2015-08"),
    ],
    "en-relevant-other.docx": [
        ("Animal Care Technician", "Cascadia Wildlife Rescue", "Beaverton", "2021-05", "present"),
        ("Veterinary Assistant", "Larchmont Veterinary Clinic", "Portland", "2019-06", "2021-04"),
        ("Shop Assistant", "Riverside Bike Co-op", "Portland", "2017-09", "2019-05"),
        ("Cashier", "Glenhaven Grocery", "Gresham", "2015-06", "2017-08"),
    ],
    "en-consultant.docx": [
        ("Managing Consultant", "Marrowgate Consulting", "London", "2018-01", "present"),
        ("Business Analyst", "Fennick Insurance Services", "Reading", "2014-09", "2017-12"),
    ],
    "en-contract.txt": [
        ("Senior .NET Developer", "Tollgate Bank", None, "2023-02", "present"),
        (".NET Developer", "Northern Rail Ticketing", None, "2021-03", "2023-01"),
        ("Software Developer", "Pellbury County Council", None, "2017-09", "2021-02"),
    ],
    "en-nurse.pdf": [
        ("Ward Sister (Band 6)", "Trentside University Hospital", "Nottingham", "2020-08", "present"),
        ("Staff Nurse (Band 5)", "Sherwood Vale Hospital", "Mansfield", "2016-09", "2020-07"),
        ("Healthcare Assistant", "Larkfield Care Home", "Newark", "2013-06", "2016-08"),
    ],
    "fr-depuis.docx": [
        ("Cheffe de chantier", "Bâtiments Kervella", "Rennes", "2021", "present"),
        ("Conductrice de travaux adjointe", "Maçonnerie Le Goff", "Vannes", "2018-01", "2020-03"),
        ("Assistante de chantier", "Groupe Armor Construction", "Lorient", "2015-09", "2017-12"),
    ],
    "nl-cv.pdf": [
        ("Logistiek planner", "Transportbedrijf Vechtdal", "Zwolle", "2021-03", "present"),
        ("Medewerker expeditie", "Koelhuis IJsselkade B.V.", "Deventer", "2017-04", "2021-02"),
        ("Magazijnmedewerker", "Tuincentrum De Groene Hoeve", "Kampen", "2015-07", "2017-03"),
    ],
    "de-seit.docx": [
        ("Elektroniker für Betriebstechnik", "Donauwerke Kelheim GmbH", "Kelheim", "2021-03", "present"),
        ("Servicetechniker", "Altmühl Anlagenbau AG", "Ingolstadt", "2017-09", "2021-02"),
        ("Elektriker (Aushilfe)", "Stadtwerke Neutraubling", "Neutraubling", "2014-06", "present"),
    ],
    "en-teacher.docx": [
        ("Head of Mathematics", "Ashgrove Academy", "Wexbury", "2021-09", "present"),
        ("Teacher of Mathematics", "St Aldhelm's School", "Marlcombe", "2016-09", "2021-08"),
        ("Teaching Assistant", "Kingsmead Primary School", "Marlcombe", "2014-01", "2015-07"),
    ],
    "en-trades.txt": [
        ("Approved Electrician", "Fenwright Electrical Services", "Sheffield", "2020-01", "present"),
        ("Electrician", "Pennine Building Contractors", "Rotherham", "2016-09", "2019-12"),
        ("Apprentice Electrician", "Don Valley Electrics", "Sheffield", "2012-09", "2016-08"),
    ],
    # round 10
    "en-functional.txt": [
        ("Events Coordinator", "Willamette Growers Association", "Salem", "2013", "2017"),
        ("Office Assistant", "Fernhill Dental Group", "Portland", "2010", "2013"),
    ],
    "es-actualmente.docx": [
        ("Técnica de prevención", "Conservas del Arga S.A.", "Tudela", "2021-03", "present"),
        ("Auxiliar de seguridad", "Talleres Irati S.L.", "Pamplona", "2018-09", "2021-02"),
    ],
    "en-military.docx": [
        ("Logistics Operations Manager", "Cape Fear Freight Partners", "Fayetteville, NC", "2023-06", "present"),
        ("Staff Sergeant (E-6), Logistics", "U.S. Army, 82nd Sustainment Unit", "Fort Liberty, NC", "2015-06", "2023-05"),
        ("Sergeant (E-5), Motor Transport Operator", "U.S. Army", "Fort Carson, CO", "2011-08", "2015-05"),
    ],
    "en-academic.md": [
        # a unit between the role and its organisation in one comma list: the organisation employs
        ("Lecturer in Soil Ecology", "University of Wrenfield", None, "2020", "present"),
        ("Postdoctoral Research Associate", "University of Ashby", None, "2017", "2020"),
    ],
    # round 11
    "en-deedy.pdf": [
        ("Software Engineer", "LANTERNFISH ROBOTICS", "PITTSBURGH, PA", "2021-06", "present"),
        ("Software Engineering Intern", "QUARRYBROOK SYSTEMS", "BOSTON, MA", "2020-05", "2020-08"),
        ("Research Assistant", "Carrow Vision Lab", "PITTSBURGH, PA", "2018-09", "2020-05"),  # under "Research"
    ],
    "en-altacv.pdf": [
        ("Senior Data Analyst", "Brackenfield Water", "Leicester, UK", "2020-03", "present"),
        ("Data Analyst", "Orchard Lane Insurance", "Nottingham, UK", "2017-07", "2020-02"),
        ("Graduate Analyst", "Kelsall County Council", "Loughborough, UK", "2015-09", "2017-06"),
    ],
    "en-friggeri.pdf": [
        ("Platform Engineer", "Gorsehill Telecom", "Cardiff", "2021", "present"),
        ("DevOps Engineer", "Pembrey Analytics", "Swansea", "2018", "2021"),
        ("Junior Sysadmin", "Tenby Web Hosting", "Tenby", "2016", "2018"),
        ("Intern", "Caldey Software", "Cardiff", "2015-07", "2015-09"),
    ],
    "en-student.docx": [  # the "Leadership & Activities" roles are no jobs
        ("Mechanical Engineering Intern", "HALVERSON AEROSTRUCTURES", "Wichita, KS", "2024-06", "2024-08"),
        ("Student Supervisor (part-time)", "CARROWMORE UNIVERSITY DINING SERVICES", "Ithaca, NY", "2022-09", "present"),
        ("Camp Counselor", "PINE HOLLOW DAY CAMP", "Elmira, NY", "2022-06", "2022-08"),
    ],
    "en-company-roles.docx": [
        ("Regional Operations Manager", "Marlowe & Finch Retail", "Bristol", "2022-04", "present"),
        ("Store Manager", "Marlowe & Finch Retail", "Bristol", "2019-01", "2022-03"),
        ("Assistant Store Manager", "Marlowe & Finch Retail", "Bristol", "2016-06", "2018-12"),
        ("Department Supervisor", "Kingswood Garden Centres", "Bath", "2013-03", "2016-05"),
        ("Sales Assistant", "Kingswood Garden Centres", "Bath", "2011-09", "2013-02"),
    ],
    "en-oneline.md": [
        ("Senior Backend Developer", "Cobalt Tern Labs", "Lisbon", "2021", "present"),
        ("Backend Developer", "Harbour Mint Payments", "Porto", "2018", "2021"),
        ("Junior Developer", "Atlantic Pixel Studio", "Remote", "2016", "2018"),
        ("IT Support Technician", "Câmara Municipal de Tondela", "Tondela", "2014", "2016"),
    ],
    "en-freelance.pdf": [
        ("Freelance Designer", "Self-employed", "Bristol, UK", "2019", "present"),
        ("Senior Designer", "Studio Kettlewell", "Bath, UK", "2015", "2019"),
        ("Junior Designer", "Pemberly Print Co.", "Bristol, UK", "2013", "2015"),
    ],
    "de-werdegang.docx": [
        ("Projektingenieurin", "Falkenried Anlagenbau GmbH", "Hamburg", "2019-04", "present"),
        ("Konstrukteurin", "Wedel Maschinenbau AG", "Pinneberg", "2015-09", "2019-03"),
        ("Technische Zeichnerin", "Holm & Söhne KG", "Uetersen", "2014-10", "2015-08"),
    ],
    "it-responsabile.pdf": [
        ("Responsabile di produzione", "Caseificio Val d'Enza S.p.A.", "Reggio Emilia", "2019-03", "present"),
        ("Responsabile qualità", "Pastificio Morandi S.r.l.", "Parma", "2014-09", "2019-02"),
        ("Addetta al controllo qualità", "Conserve Bassa Padana S.r.l.", "Guastalla", "2012-06", "2014-08"),
    ],
}

VOLUNTEER = {
    "en-promotions.docx": [("Volunteer Coordinator", "Calder Valley Food Bank", "Hebden Bridge", "2016-01", "present")],
    "en-sidebar.pdf": [("Youth Football Coach", "Leith Athletic Juniors", "Edinburgh", "2015", "present")],
    "it-europass.docx": [("TESORIERA", "Associazione Amici del Parco Lambro", "Milano, Italia", "2018-03", "present")],
}

# (degree, institution, start, end)
EDUCATION = {
    "en-promotions.docx": [("BSc (Hons) Economics", "University of Bradford", "2014", "2017")],
    "en-pipes.pdf": [("BSc Mathematics", "University of Exeter", "2014-09", "2017-06")],
    "de-tabelle.docx": [("Bachelor of Arts Betriebswirtschaftslehre", "Universität Kassel", "2012-10", "2015-09")],
    "fr-deux-pages.pdf": [("Licence professionnelle Logistique", "Université Lumière Lyon 2", "2009", "2012")],
    "en-academic.pdf": [("PhD in Marine Biology", "Brightwater University", "2014", "2018"),
                        ("MSc Oceanography", "University of Westmarch", "2013", "2014")],
    "en-sidebar.pdf": [("HND Hospitality Management", "Edinburgh College of Hospitality", "2010", "2012")],
    "it-europass.docx": [("LAUREA IN ECONOMIA AZIENDALE", "Università degli Studi di Milano", "2012", "2015")],
    "en-employer-table.docx": [("BS Supply Chain Management", "DePaul University", "2008", "2012")],
    "es-en.pdf": [("Grado en Ingeniería Informática", "Universitat Politècnica de València", "2011", "2015")],
    "en-profile-export.pdf": [("Bachelor of Science - BS, Business Information Systems", "University of Salford",
                               "2011", "2015")],
    "en-padded.txt": [("BA Accounting and Finance", "University of Saxmundham", "2009", "2012")],
    "en-readme.md": [("MSc Computer Science", "University of Westerveld", "2014", "2016")],
    "en-jakes.pdf": [("Bachelor of Science in Computer Science", "Harlan Ridge University", "2016-08", "2020-05")],
    "en-gdocs.pdf": [("BA English Literature", "University of Thornbury", "2012-09", "2015-06")],
    "pl-cv.docx": [("Licencjat, Finanse i rachunkowość", "Uniwersytet Ekonomiczny w Tarnowie", "2011-10", "2015-06")],
    "en-awesome.pdf": [("BA BUSINESS MANAGEMENT", "University of Hallamshire", "2011-09", "2014-06")],
    "pt-br.pdf": [("Bacharelado em Administração", "Universidade Estadual do Vale do Atibaia", "2013", "2016")],
    "en-two-page-header.docx": [("BSc Computer Systems", "University of Mallow", "2009", "2013")],
    "en-word-pages.pdf": [("BEng Mechanical Engineering", "University of Eastmoor", "2008", "2012")],
    "en-relevant-other.docx": [("AAS Veterinary Technology", "Mount Tabor Community College", "2017", "2019")],
    "en-consultant.docx": [("MSc Information Systems", "University of Wenlock", "2013", "2014")],
    "en-contract.txt": [("BSc Software Engineering", "University of Salterton", "2014", "2017")],
    "en-nurse.pdf": [("BSc (Hons) Adult Nursing", "University of Sherwood", "2013", "2016")],
    "fr-depuis.docx": [("BTS Bâtiment", "Lycée Technique de Brocéliande", "2013", "2015")],
    "nl-cv.pdf": [("MBO Logistiek Teamleider", "Deltion College", "2011", "2015")],
    "de-seit.docx": [("Ausbildung zum Elektroniker", "Berufsschule Straubing-Land", "2013-09", "2017-07")],
    "en-teacher.docx": [("PGCE Secondary Mathematics", "University of Tallowmere", "2015", "2016"),
                        ("BSc Mathematics", "University of Tallowmere", "2011", "2014")],
    "en-trades.txt": [("NVQ Level 3 Electrotechnical Services", "Loxley Valley College", "2012", "2016")],
    "en-functional.txt": [("BA Communication Studies", "Cascade Bluff University", "2006", "2010")],
    "es-actualmente.docx": [("Máster en Prevención de Riesgos Laborales", "Universidad de Estella", "2017", "2018")],
    "en-military.docx": [("BS Supply Chain Management", "Sandhills State University", "2016", "2020")],
    "en-academic.md": [("PhD Ecology", "University of Ashby", "2013", "2017"),
                       ("MSc Environmental Science", "University of Kellmoor", "2012", "2013")],
    # round 11
    "en-deedy.pdf": [("BS in Computer Science", "Carrow Institute of Technology", "2015-08", "2019-05")],
    "en-altacv.pdf": [("MSc Applied Statistics", "University of Wymondham", "2014-09", "2015-09")],
    "en-friggeri.pdf": [("MEng Computer Systems", "Brynmor University", "2012", "2016")],
    "en-student.docx": [("Bachelor of Science in Mechanical Engineering", "CARROWMORE UNIVERSITY", None, "2026-05")],
    "en-company-roles.docx": [("BA (Hons) Business Studies", "University of the Mendips", "2008-09", "2011-06")],
    "en-oneline.md": [("BSc Computer Engineering", "University of Alvarenga", "2010", "2014")],
    "en-freelance.pdf": [("BA (Hons) Graphic Communication", "Severnside School of Art", "2010", "2013")],
    "de-werdegang.docx": [("Bachelor of Science", "Technischen Universität Harburg", "2009-10", "2014-09")],
    "it-responsabile.pdf": [("Laurea magistrale in Scienze e Tecnologie Alimentari", "Università degli Studi di Parma",
                             "2010", "2012")],
}

PROJECTS = {"en-pipes.pdf": ["Tidepool", "Parkrun Splits"], "en-jakes.pdf": ["Fieldnote"]}


KNOWN = {
    # round 11
    **{("en-friggeri.pdf", "experience", n): xfail(
        "extract/pdf (layout): friggeri's aside of contact lines, right-aligned in the left margin, and the "
        "entries' dates in grey in a column of their own a gap to its right are read as one column, "
        "before the 'Title at Employer' lines: no entry has dates, so none is read") for n in range(4)},
    ("en-friggeri.pdf", "count", 0): xfail("extract/pdf (layout): see the friggeri rows above"),
}


def _params(table: dict, field: str):
    return row_params(table, field, KNOWN)


_parse = cached_parser(UNSEEN, PINNED)


def _entry(e) -> tuple:
    return (e.title, e.company, e.location, e.start, "present" if e.current else e.end)


def test_every_fixture_is_checked():
    assert {p.name for p in UNSEEN.iterdir()} == set(EXPERIENCE) == set(EDUCATION)


@pytest.mark.parametrize("doc, n, row", _params(EXPERIENCE, "experience"))
def test_experience(doc, n, row):
    got = _parse(doc).experience
    assert n < len(got) and _entry(got[n]) == row


@pytest.mark.parametrize("doc", [pytest.param(d, marks=KNOWN.get((d, "count", 0), ())) for d in EXPERIENCE])
def test_no_other_experience(doc):
    assert len(_parse(doc).experience) == len(EXPERIENCE[doc])


@pytest.mark.parametrize("doc, n, row", _params(VOLUNTEER, "volunteer"))
def test_volunteer(doc, n, row):
    got = _parse(doc).volunteer
    assert len(got) == len(VOLUNTEER[doc]) and _entry(got[n]) == row


@pytest.mark.parametrize("doc, n, row", _params(EDUCATION, "education"))
def test_education(doc, n, row):
    got = _parse(doc).education
    assert len(got) == len(EDUCATION[doc])
    e = got[n]
    assert (e.degree, e.institution, e.start, e.end) == row


@pytest.mark.parametrize("doc", sorted(PROJECTS))
def test_projects(doc):
    assert [p.name for p in _parse(doc).projects] == PROJECTS[doc]


def test_bullets_over_the_page_break_stay_with_their_role():
    # the first job's thirteen bullets, the third's twelve: the page break and its footer cut none off
    got = [len(e.highlights) for e in _parse("fr-deux-pages.pdf").experience]
    assert got == [13, 12, 12, 0]


def test_an_entry_under_the_employers_line_keeps_its_bullets():
    got = [e.highlights for e in _parse("en-employer-table.docx").experience]
    assert got == [["Ran three cross-dock terminals."], ["Cut dwell time by a fifth."], [], [],
                   ["Network reviews for regional carriers."]]


def test_a_sentence_ending_in_a_year_stays_in_its_role():
    analyst = _parse("en-promotions.docx").experience[1]
    assert analyst.summary == "Promoted from claims handler after the liability team grew in 2019."


def test_a_one_line_summary_without_heading_in_plain_text():
    got = _parse("en-padded.txt").summary
    assert got == "Results-driven finance manager with twelve years in audit and management accounting."


def test_a_gap_between_jobs_is_no_job_and_a_freelance_line_keeps_its_description():
    jobs = _parse("en-padded.txt").experience
    assert all("leave" not in (e.title or "") for e in jobs)
    assert jobs[2].summary == "Bookkeeping and payroll for small shops and a touring theatre company."


def test_polish_languages_keep_their_levels():
    got = [(lang.name, lang.proficiency) for lang in _parse("pl-cv.docx").languages]
    assert got == [("angielski", "B2"), ("niemiecki", "A2")]


@pytest.mark.parametrize("doc, name, place", [
    ("en-two-page-header.docx", "Cormac Delahunty-Price", "Cork, Ireland"),  # the later pages' header names no one else
    ("en-awesome.pdf", "Rosalind Achebe-Farrow", "Sheffield, UK"),
    ("pt-br.pdf", "Luana Figueiredo Tavares", "Campinas, SP"),
    ("en-word-pages.pdf", "Annika Strand-Whitlow", "Derby, UK"),
    ("en-contract.txt", "DECLAN FAIRWEATHER-OSEI", "Manchester"),
    ("fr-depuis.docx", "Solène Marchetti-Roux", "Rennes"),
    ("de-seit.docx", "Jannik Oberhäuser", "Regensburg"),
    ("en-nurse.pdf", "Bernadette Okafor-Lyle", "Nottingham"),  # letters after the name in capitals
    ("en-gdocs.pdf", "Philippa Marchetti-Dunn", "12 Quarry Lane, Brantwick"),
    ("en-trades.txt", "Callum Braithwaite-Nuñez", "Sheffield"),
    ("en-teacher.docx", "Rhiannon Featherstone", "Wexbury"),
    ("en-functional.txt", "Marisol Quennell-Adair", "Portland, OR"),
    ("es-actualmente.docx", "Itziar Goikoetxea Brandán", "Pamplona"),
    ("en-military.docx", "Dashiell Okonkwo-Varga", "Fayetteville, NC"),
    ("en-academic.md", "Oriane Castellanos-Whitby", "Wrenfield, UK"),  # "Dr" left out
    # round 11
    ("en-deedy.pdf", "Imogen Vasquez-Thorne", None),  # a light first name beside a bold surname
    ("en-altacv.pdf", "THANDIWE CARROW-ELLIS", "Leicester, UK"),  # the place after a map-pin glyph
    ("en-student.docx", "Marisela Okonjo-Brandt", "Ithaca, NY"),
    ("en-company-roles.docx", "Peregrine Achterberg-Lowe", "Bristol"),
    ("en-oneline.md", "Ansel Moreau-Quigley", "Lisbon, Portugal"),
    ("en-freelance.pdf", "Saffron Delacroix-Mbeki", "Bristol, UK"),
    ("de-werdegang.docx", "Henrike Falkenhagen", "Elbchaussee 12, 22763 Hamburg"),  # under "Lebenslauf"
    ("it-responsabile.pdf", "Benedetta Ruggieri Alvisi", "Via Emilia Ovest 88, 42124 Reggio Emilia"),
])
def test_name_and_place(doc, name, place):
    got = _parse(doc)
    assert (got.name, got.contact.location.raw if got.contact.location else None) == (name, place)


def test_bullets_run_onto_the_second_page_under_its_header():
    assert [len(e.highlights) for e in _parse("en-two-page-header.docx").experience] == [4, 3, 25]


@pytest.mark.parametrize("doc", ["en-word-pages.pdf", "en-contract.txt", "en-relevant-other.docx", "en-consultant.docx",
                                 "fr-depuis.docx", "de-seit.docx", "en-teacher.docx", "en-trades.txt"])
def test_nothing_is_left_over(doc):
    # the running header "Name – Curriculum Vitae", a "CONTRACTS" section: all read
    assert _parse(doc).other_sections == []


def test_client_engagements_stay_inside_their_job():
    consultant = _parse("en-consultant.docx").experience[0]
    assert consultant.summary.startswith("Client: Halden Water, Role: Data migration lead (2022 – 2024)")
    assert len(consultant.highlights) == 2


def test_bullets_run_over_the_page_break_past_the_page_furniture():
    assert [len(e.highlights) for e in _parse("en-word-pages.pdf").experience] == [22, 18, 2]


@pytest.mark.parametrize("doc, skills", [
    ("en-functional.txt", ["Event Planning", "Budgeting"]),
])
def test_abilities_over_sentences_are_the_skills(doc, skills):
    assert [s.name for s in _parse(doc).skills] == skills


def test_a_length_of_time_after_the_dates_and_military_training():
    assert [(c.name, c.date) for c in _parse("en-military.docx").certifications] == [
        ("Advanced Leader Course", "2016"), ("Unit Movement Officer Course", "2014")]
    assert [(lang.name, lang.proficiency) for lang in _parse("es-actualmente.docx").languages] == [
        ("Español", "nativo"), ("euskera", "C1"), ("inglés", "B2")]


def test_a_small_capitals_line_of_employer_town_and_dates_is_no_technologies_line():
    # "LANTERNFISH ROBOTICS | PITTSBURGH, PA | JUNE 2021 – PRESENT": short parts between bars, one a range of dates
    assert [e.technologies for e in _parse("en-deedy.pdf").experience] == [[], [], []]
    assert _parse("en-deedy.pdf").experience[0].highlights[0] == "Profiled the path planner and cut its run time by a third."


def test_clients_as_bullets_stay_inside_the_freelance_job():
    freelance = _parse("en-freelance.pdf").experience[0]
    assert freelance.highlights == ["Harrow & Pike Coffee — brand identity and packaging",
                                    "Little Fernside Nursery — website and signage",
                                    "Ostrander Cycles — spring catalogue, 2022"]


def test_leadership_and_activities_are_kept_as_their_section():
    got = _parse("en-student.docx")
    assert [s.heading for s in got.other_sections] == ["LEADERSHIP & ACTIVITIES"]
    assert "President, Carrowmore Robotics Club" in got.other_sections[0].text


@pytest.mark.parametrize("doc, langs", [
    ("en-altacv.pdf", [("English", "native"), ("isiZulu", "native"), ("French", "B2")]),
    ("en-oneline.md", [("English", "C2"), ("Portuguese", "native"), ("French", "B1")]),
    ("it-responsabile.pdf", [("Italiano", "madrelingua"), ("Inglese", "C1"), ("Tedesco", "B1")]),
])
def test_languages_round_11(doc, langs):
    assert [(lang.name, lang.proficiency) for lang in _parse(doc).languages] == langs
