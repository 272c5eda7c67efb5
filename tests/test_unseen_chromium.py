"""The fixtures of fixtures/unseen-chromium (built by make_unseen_chromium.py, round 14): HTML/CSS
résumés printed by Chromium (Skia's PDF backend): CSS grid and flex sidebars left and right, a
timeline with the dates in a left rail, cards with a date pill, a header band in white text, tag
chips and bars, a three-column grid list, a CSS multi-column list, section titles in a left rail,
icons from inline SVG and a symbol font, a personal site's nav bar and footer; English, German,
French, Spanish and Italian. The expected values are the truth by construction: what the page
prints, in reading order (a CSS multi-column list reads down each column).

What the parser still misreads is marked xfail (strict, with the module that decides it): a fix
shows up as a pass to turn into a plain case."""
import pytest

from resumekit.api import extract

from .conftest import FIXTURES, PINNED
from .helpers import UnseenSet, standard_tests, xfail

UNSEEN = FIXTURES / "unseen-chromium"

# name, e-mail, phone as printed, city
CONTACT = {
    "en-grid-sidebar.pdf": ("Maren Holt", "maren.holt@example.com", "(503) 555-0163", "Portland"),
    "en-timeline.pdf": ("Desmond Achterberg", "desmond.a@example.com", "(757) 555-0182", "Norfolk"),
    "de-raster-rechts.pdf": ("Friederike Ostendorp", "f.ostendorp@example.com", "+49 421 0000 3381", "Bremen"),
    "fr-cartes.pdf": ("Baptiste Lafourcade", "baptiste.lafourcade@example.com", "+33 6 00 00 41 27", "Toulouse"),
    "es-columnas.pdf": ("NURIA CASADEVALL ROIG", "nuria.casadevall@example.com", "+34 600 000 317", "Girona"),
    "en-portfolio.pdf": ("Sana Obi", "sana.obi@example.com", "+44 117 496 0514", "Bristol"),
    "en-rail-headings.pdf": ("Imogen Stavely-Price", "imogen.sp@example.com", "07700 900 631", "Sheffield"),
    "en-icon-font.pdf": ("Rafael Quintero", "rafael.quintero@example.com", "(602) 555-0127", "Tempe"),
    "it-curriculum.pdf": ("Giulia Ferraresi", "giulia.ferraresi@example.com", "+39 051 000 0462", "Bologna"),
    "en-dense-flex.pdf": ("Tobias Wenninger", "tobias.w@example.com", "(412) 555-0156", "Pittsburgh"),
}

# the sections' kinds in reading order ("header": the name block above the first heading; a left
# sidebar reads before the main column, a right one after it)
SECTIONS = {
    "en-grid-sidebar.pdf": ["header", "contact", "skills", "languages", "summary", "experience", "education",
                            "certifications"],
    "en-timeline.pdf": ["header", "summary", "experience", "education", "skills", "languages"],
    "de-raster-rechts.pdf": ["header", "summary", "experience", "education", "contact", "skills", "languages"],
    "fr-cartes.pdf": ["header", "summary", "experience", "education", "skills", "languages", "interests"],
    "es-columnas.pdf": ["header", "summary", "experience", "education", "skills", "languages"],
    "en-portfolio.pdf": ["header", "projects", "experience", "education", "skills"],
    "en-rail-headings.pdf": ["header", "summary", "experience", "education", "skills", "certifications"],
    "en-icon-font.pdf": ["header", "contact", "skills", "certifications", "languages", "summary", "experience",
                         "education"],
    "it-curriculum.pdf": ["header", "contact", "skills", "languages", "summary", "experience", "education"],
    "en-dense-flex.pdf": ["header", "experience", "education", "skills", "projects", "certifications"],
}

# (title, company, start, end or "present", bullets, place)
EXPERIENCE = {
    "en-grid-sidebar.pdf": [
        ("Senior Product Designer", "Harbourlight Software", "2021-03", "present", 3, "Portland, OR"),
        ("Product Designer", "Cascade Ledger Co.", "2017-06", "2021-02", 5, "Seattle, WA"),
        ("UX Designer", "Willamette Digital Agency", "2014-08", "2017-05", 2, "Portland, OR"),
        ("Junior Web Designer", "Rosebud Print & Web", "2012", "2014", 1, "Eugene, OR"),
    ],
    "en-timeline.pdf": [
        ("Data Engineering Lead", "Tidewater Analytics", "2022", "present", 2, "Norfolk"),
        ("Senior Data Engineer", "Bayside Mutual Insurance", "2019", "2022", 3, "Richmond"),
        ("Data Analyst", "Chesapeake Health Partners", "2016", "2019", 1, "Norfolk"),
    ],
    "de-raster-rechts.pdf": [
        ("Teamleiterin Finanzbuchhaltung", "Nordwerk Maschinenbau AG", "2020-04", "present", 3, "Bremen"),
        ("Bilanzbuchhalterin", "Hansekontor Logistik GmbH", "2015-09", "2020-03", 2, "Hamburg"),
        ("Finanzbuchhalterin", "Weserland Handels-GmbH", "2012-08", "2015-08", 1, "Bremen"),
    ],
    "fr-cartes.pdf": [
        ("Responsable logistique", "Transports Garonne Express", "2021-01", "present", 2, "Toulouse"),
        ("Chef d'équipe entrepôt", "Entrepôts du Lauragais", "2017-03", "2020-12", 2, "Castelnaudary"),
        ("Préparateur de commandes", "Coopérative Agricole Occitane", "2014", "2017", 0, "Montauban"),
    ],
    "es-columnas.pdf": [
        ("Enfermera de Cuidados Intensivos", "Hospital Universitario Costa Brava", "2019-01", "present", 2, "Girona"),
        ("Enfermera de Urgencias", "Clínica Mediterránea del Ter", "2015-06", "2018-12", 1, "Girona"),
        ("Enfermera (sustituciones)", "Consorci Sanitari de l'Empordà", "2013", "2015", 0, "Figueres"),
    ],
    "en-portfolio.pdf": [
        ("Senior Frontend Engineer", "Northwind Harbour Labs", "2021-09", "present", 2, None),
        ("Frontend Engineer", "Saltmarsh Media", "2018-01", "2021-08", 2, None),
    ],
    "en-rail-headings.pdf": [
        ("Head of Fundraising", "Ashgrove Community Trust", "2020-04", "present", 2, None),
        ("Trusts and Foundations Manager", "Fenwick Hospice", "2016-01", "2020-03", 1, None),
        ("Development Officer", "Riverside Arts Centre", "2013-09", "2015-12", 0, None),
    ],
    "en-icon-font.pdf": [
        ("Project Engineer", "Saguaro Civil Partners", "2019-05", "present", 2, "Tempe, AZ"),
        ("Engineer in Training", "Mesa Verde Engineering", "2015-06", "2019-04", 2, "Mesa, AZ"),
    ],
    "it-curriculum.pdf": [
        ("Sviluppatrice backend senior", "Emilia Pagamenti S.p.A.", "2019", "present", 2, "Bologna"),
        ("Sviluppatrice Java", "Reno Software S.r.l.", "2015", "2019", 1, "Casalecchio di Reno"),
    ],
    "en-dense-flex.pdf": [
        ("Senior Embedded Software Engineer", "Copperline Robotics", "2022-02", "present", 3, "Pittsburgh, PA"),
        ("Embedded Software Engineer", "Allegheny Sensor Systems", "2018-07", "2022-01", 2, "Pittsburgh, PA"),
        ("Firmware Consultant", None, "2017-01", "2018-06", 1, None),  # "Freelance": no employer named
    ],
}

# (degree, institution, start, end)
EDUCATION = {
    "en-grid-sidebar.pdf": [("BFA Graphic Design", "Oregon Coast College of Art", "2008", "2012")],
    "en-timeline.pdf": [("BS Statistics", "Old Harbor State University", "2012", "2016")],
    "de-raster-rechts.pdf": [("Geprüfte Bilanzbuchhalterin (IHK)", "IHK Bremen", "2016", "2018"),
                             ("Bachelor of Arts Betriebswirtschaftslehre", "Hochschule Lesum", "2009", "2012")],
    "fr-cartes.pdf": [("BTS Gestion des transports et logistique associée", "Lycée Pierre-Paul Riquet", "2012",
                       "2014")],
    "es-columnas.pdf": [("Máster en Cuidados Críticos", "Universitat de l'Onyar", "2016", "2017"),
                        ("Grado en Enfermería", "Universitat de l'Onyar", "2009", "2013")],
    "en-portfolio.pdf": [("BSc Computer Science", "University of Avonmouth", "2014", "2017")],
    "en-rail-headings.pdf": [("BA (Hons) English Literature", "University of Hallamshire", "2010", "2013")],
    "en-icon-font.pdf": [("BS Civil Engineering", "Sonoran State University", "2011", "2015")],
    "it-curriculum.pdf": [("Laurea magistrale in Informatica", "Università di Felsina", "2012", "2015"),
                          ("Laurea triennale in Informatica", "Università di Felsina", "2009", "2012")],
    "en-dense-flex.pdf": [("MS Electrical and Computer Engineering", "Monongahela Institute of Technology", "2015",
                           "2016"),
                          ("BS Computer Engineering", "Keystone State University", "2011", "2015")],
}

SKILLS = {
    # (two known skills joined by "&" are two skills, as the reader takes them everywhere)
    "en-grid-sidebar.pdf": ["Figma", "Prototyping", "User research", "Design systems", "HTML", "CSS", "Accessibility"],
    "en-timeline.pdf": ["Python", "SQL", "Apache Spark", "Kafka", "Airflow", "dbt", "Snowflake", "Terraform",
                        "Tableau"],
    "de-raster-rechts.pdf": ["SAP S/4HANA", "DATEV", "HGB", "IFRS", "Excel (Power Query)", "Konzernabschluss"],
    # a CSS grid fills its rows: the page reads across
    "fr-cartes.pdf": ["Gestion des stocks", "WMS Reflex", "Lean management", "CACES 1, 3 et 5", "Excel avancé",
                      "Management d'équipe"],
    "en-rail-headings.pdf": ["Bid writing", "Donor stewardship", "Raiser's Edge", "Gift Aid", "Event management"],
    "en-icon-font.pdf": ["AutoCAD Civil 3D", "HEC-RAS", "Stormwater design", "GIS"],
    "it-curriculum.pdf": ["Java", "Spring Boot", "PostgreSQL", "Docker", "Kubernetes", "Kotlin"],
    "en-dense-flex.pdf": ["C", "C++", "Rust", "Python", "STM32", "nRF52", "ESP32", "FreeRTOS", "Zephyr", "Git",
                          "JTAG"],
}

# lists laid out by CSS columns (column-count), which fill down each column: the geometry of the
# page is that of a grid filled across (fr-cartes.pdf), so only the items are checked, not their order
SKILLS_IN_COLUMNS = {
    "es-columnas.pdf": ["Ventilación mecánica", "Hemofiltración", "Soporte vital avanzado", "Triaje",
                        "Gestión del dolor", "Docencia clínica"],
    "en-portfolio.pdf": ["TypeScript", "React", "Svelte", "Node.js", "CSS architecture", "Accessibility",
                         "Web performance", "Playwright", "GraphQL"],
}

LANGUAGES = {
    "en-grid-sidebar.pdf": ["English", "Spanish", "Japanese"],
    "en-timeline.pdf": ["English", "Dutch"],
    "de-raster-rechts.pdf": ["Deutsch", "Englisch", "Niederländisch"],
    "fr-cartes.pdf": ["Français", "Anglais", "Espagnol"],
    "es-columnas.pdf": ["Catalán", "Español", "Inglés", "Francés"],
    "en-icon-font.pdf": ["English", "Spanish"],
    "it-curriculum.pdf": ["Italiano", "Inglese", "Tedesco"],
}

KNOWN: dict = {
    # (document, field, row): xfail("module: what it misreads")
    ("en-portfolio.pdf", "projects", 0): xfail(
        "extract/pdf/columns.py: a two-column CSS grid of project cards is read across the rows, each card's lines "
        "interleaved with its neighbour's"),
    ("en-dense-flex.pdf", "sections", 0): xfail(
        "headings.py: the bold skill category 'Languages:' inside Skills is read as a languages heading, and the "
        "bold employer line 'Freelance' as a heading"),
    ("en-icon-font.pdf", "skills", 0): xfail(
        "fields/lists.py: 'HEC-RAS ⇥ 80%' (a skill bar with its percent) is dropped from the skills"),
    ("fr-cartes.pdf", "skills", 0): xfail(
        "fields/lists.py: 'CACES 1, 3 et 5' (one certificate with three categories) is split at the comma"),
}

CHECKS = UnseenSet(UNSEEN, PINNED, CONTACT, SECTIONS, EXPERIENCE, EDUCATION, SKILLS, LANGUAGES)
_parse = CHECKS.parse


def _known(doc: str, what: str, n: int = 0):
    return KNOWN.get((doc, what, n), ())


globals().update(standard_tests(CHECKS, KNOWN))  # every fixture checked, contact, city, sections, jobs, schools, skills, languages


@pytest.mark.parametrize("doc", [pytest.param(d, marks=_known(d, "columns")) for d in sorted(SKILLS_IN_COLUMNS)])
def test_skills_in_css_columns(doc):
    assert sorted(s.name for s in _parse(doc).skills) == sorted(SKILLS_IN_COLUMNS[doc])


# what no field holds, kept: the year of birth in the German sidebar's contact block
LEFTOVER = {"de-raster-rechts.pdf": ["Geboren 1988"]}


@pytest.mark.parametrize("doc", [pytest.param(d, marks=_known(d, "leftover")) for d in sorted(CONTACT)])
def test_nothing_else_is_left_over(doc):
    """No other section of these documents is unread (a site's nav bar and footer are furniture)."""
    assert [o.text for o in _parse(doc).other_sections] == LEFTOVER.get(doc, [])


@pytest.mark.parametrize("doc, expected", [
    pytest.param("en-grid-sidebar.pdf", ["Certified Usability Analyst", "Nielsen Norman UX Certificate"],
                 marks=_known("en-grid-sidebar.pdf", "certifications")),
    pytest.param("en-rail-headings.pdf", ["Certificate in Fundraising"],
                 marks=_known("en-rail-headings.pdf", "certifications")),
    pytest.param("en-icon-font.pdf", ["PE, Arizona", "CFM"], marks=_known("en-icon-font.pdf", "certifications")),
    pytest.param("en-dense-flex.pdf", ["Certified LabVIEW Associate Developer"],
                 marks=_known("en-dense-flex.pdf", "certifications")),
])
def test_certificates(doc, expected):
    assert [c.name for c in _parse(doc).certifications] == expected


@pytest.mark.parametrize("doc, expected", [
    pytest.param("en-portfolio.pdf", ["Tidepool", "Quillmark", "Ferrydash", "Lintel"],
                 marks=_known("en-portfolio.pdf", "projects")),
    pytest.param("en-dense-flex.pdf", ["openbms"], marks=_known("en-dense-flex.pdf", "projects")),
])
def test_projects(doc, expected):
    assert [p.name for p in _parse(doc).projects] == expected


@pytest.mark.parametrize("doc", [pytest.param(d, marks=_known(d, "spaced")) for d in sorted(CONTACT)])
def test_letter_spaced_words_stay_whole(doc):
    """CSS letter-spacing widens every gap between glyphs: no word comes apart into letters."""
    document = extract(UNSEEN / doc, options=PINNED)
    assert not [line.text for line in document.lines if any(
        len(run) > 2 for run in _runs(line.text.split()))]


def _runs(words: list[str]):
    """The runs of consecutive pieces of one or two letters ("C E RT IFIC" has "C E RT")."""
    run = []
    for w in words + [""]:
        if len(w) <= 2 and w.isalpha():
            run.append(w)
            continue
        yield run
        run = []
