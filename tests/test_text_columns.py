"""Monospaced layout text (extract/text_columns.py): a page's text as ``pdftotext -layout`` writes it,
columns read apart at their gutter, letter-spaced and widely tracked rows joined, the margin
removed; ordinary text left as written. Every string is invented."""
import pytest

import resumekit
from resumekit.extract.text_columns import MAX_GUTTER, _gutter, read_layout

# A sidebar page: the name letter-spaced across the top, then a narrow left column (contact,
# skills, education) beside the main column, whose rows interleave; one sidebar word runs over the
# gutter with a single space before the main column's text; the main column's headings start one
# column early, its bullets two columns in; dates set flush right in the main column.
SIDEBAR = """

                 T  O  B  I  A  S    V  R  E  E  L  A  N  D

        CONTACT                    PROFILE
                                   Field technician with eight years of turbine
          (555) 010-4477           maintenance across three onshore wind farms
                                   and a record of zero lost-time incidents.
          tobias.vr@example.com
                                  EXPERIENCE
        SKILLS
        Gearbox diagnostics        Senior Wind Technician
        Hydraulic systems          Northwind Array Services      2020 - Present
        Vibration analysis and balancing - Led a crew of six on 48 nacelle overhauls
        Rope access level 2          - Cut unplanned downtime by a fifth
                                   Wind Technician
        EDUCATION                  Coastal Grid Partners         2016 - 2020
        Associate of Applied         - Replaced pitch bearings on 30 turbines
        Science, Wind Energy         - Trained four apprentices
        Lakeshore Technical
        College, 2016
"""


def test_sidebar_columns_read_apart():
    rows = read_layout(SIDEBAR.split("\n"))
    text = [r.strip() for r in rows if r.strip()]
    assert text[0] == "TOBIAS VREELAND"
    left = text.index("CONTACT")
    right = text.index("PROFILE")
    assert left < right
    assert text[left:left + 4] == ["CONTACT", "(555) 010-4477", "tobias.vr@example.com", "SKILLS"]
    assert text[right:right + 4] == ["PROFILE", "Field technician with eight years of turbine",
                                     "maintenance across three onshore wind farms",
                                     "and a record of zero lost-time incidents."]
    assert "College, 2016" in text[:right]
    assert "Vibration analysis and balancing" in text[:right]
    assert "- Led a crew of six on 48 nacelle overhauls" in text[right:]
    assert "Northwind Array Services      2020 - Present" in text[right:]
    assert text.index("EXPERIENCE") > right


def test_sidebar_parses_as_its_columns():
    cv = resumekit.parse(SIDEBAR.encode(), name="cv.txt")
    assert cv.name == "TOBIAS VREELAND"
    assert [(e.company, e.title) for e in cv.experience] == [
        ("Northwind Array Services", "Senior Wind Technician"), ("Coastal Grid Partners", "Wind Technician")]
    assert [s.name for s in cv.skills][:4] == [
        "Gearbox diagnostics", "Hydraulic systems", "Vibration analysis and balancing", "Rope access level 2"]


# Rows that no gutter reads apart: each stays as written (or only its margin goes).
@pytest.mark.parametrize("text", [
    # a one-column résumé: titles with dates flush right (same-length dates start at one column)
    "Quarry Lane Bakery, Head Baker                 03/2019 - 05/2023\n"
    "  - Baked 400 loaves a day\n  - Ran the night shift\n"
    "Miller & Sons, Baker                           01/2016 - 02/2019\n"
    "  - Laminated dough for pastries\n"
    "Greystone Cafe, Commis                         06/2014 - 12/2015\n"
    "Orchard Inn, Kitchen Porter                    01/2013 - 05/2014\n"
    "                                               06/2012 - 12/2012\n"
    "                                               01/2012 - 05/2012\n",
    # a timeline: each row's date in a column of its own, its entry at a hanging indent
    "AUSBILDUNG\n"
    "2019 – heute            M.Sc. Geoinformatik, Universität Talheim\n"
    "                        Schwerpunkt: Fernerkundung\n"
    "2015 – 2019             B.Sc. Geographie, Hochschule Auental\n"
    "                        Bachelorarbeit: Hangrutschungen im Mittelgebirge\n"
    "2006 – 2015             Abitur, Gymnasium Seeburg\n"
    "Sommer 2018             Praktikum, Landesamt für Vermessung\n"
    "KENNTNISSE\n"
    "QGIS, PostGIS, Python\n",
    # dates at a tab stop on each title's row (left-aligned, of many lengths: not flush right), a
    # grant's further years alone under them: a column of dates, no page column
    "Research grant holder                  Mar. 2014 - Sep. 2016\n"
    "Young scientists' fund of Elmbridge\n"
    "Research grant holder                  2015 - 2016\n"
    "Travel grant holder                    May 2013\n"
    "Awarded by the University of Tarnow\n"
    "Scholarship for doctoral students      October 2015 - June 2016\n"
    "                                       Oct. 2014 - June 2015\n"
    "                                       Oct. 2013 - July 2014\n"
    "Doctoral stipend increase              Sep. 2012 - present\n",
    # a label-and-value table: values at one column, no label alone
    "Name:        Petra Lindqvist\nPhone:       555-0199\nEmail:       petra@example.com\n"
    "Languages:   Swedish, English\nDriving:     Category B\n",
    # bullets with text two spaces after the glyph
    "Duties\n  •  Trained staff\n  •  Ran audits\n  •  Cut waste\n  •  Kept stock\n  •  Wrote rotas\n",
    "",
])
def test_ordinary_text_left_alone(text):
    rows = text.split("\n")
    assert read_layout(rows) == rows


@pytest.mark.parametrize("row, expected", [
    ("      J  O  H  N    D  O  E", "JOHN DOE"),
    ("   R   E   S   U   M   E", "RESUME"),
    ("   A  N  N  A", "ANNA"),
    ("   a b c d", "a b c d"),                      # single spaces: ordinary text
    ("   A  B  C", "A  B  C"),                      # three letters: too few to be a spaced word
    ("   Q1  Q2  Q3  Q4", "Q1  Q2  Q3  Q4"),        # not single letters
])
def test_letter_spaced_row(row, expected):
    assert read_layout(["Contact", row]) == ["Contact", row[:len(row) - len(row.lstrip())] + expected]


@pytest.mark.parametrize("rows, expected", [
    (["   Ingrid     Halvorsen", "   Oslo"], ["Ingrid Halvorsen", "Oslo"]),          # the head: the name set large
    (["Ingrid     Halvorsen", "Oslo"], ["Ingrid     Halvorsen", "Oslo"]),                # no margin: ordinary text
    ([" Ingrid Halvorsen", " WORK   EXPERIENCE"], ["Ingrid Halvorsen", "", "WORK EXPERIENCE"]),  # a heading of the vocabulary
    ([" Lebenslauf", " Ingrid     Halvorsen   | Geologin", " Skills", " Python    Java"],    # in the head; under a heading
     ["Lebenslauf", "Ingrid Halvorsen | Geologin", "", "Skills", "Python    Java"]),
    ([" Ingrid Halvorsen", " Contact     Education"], ["Ingrid Halvorsen", "Contact     Education"]),  # two headings side by side
    ([" Ingrid Halvorsen", " Oslo  Norway  0150"], ["Ingrid Halvorsen", "Oslo  Norway  0150"]),  # a cell without a letter
    (["Acme Corp    2019 - 2021", "x"], ["Acme Corp    2019 - 2021", "x"]),           # one single space: a gap, not tracking
])
def test_tracked_rows(rows, expected):
    assert read_layout(rows) == expected


def test_margin_removed():
    assert read_layout(["      Summary", "        - one", "      Tarn Row"]) == ["Summary", "  - one", "Tarn Row"]


# A laid-out text (a margin) sets a heading apart by its style: a blank row goes above a heading of
# the vocabulary right under a row of text. Without a margin (ordinary text) the rows stay.
@pytest.mark.parametrize("rows, expected", [
    (["  Skills", "    Welding     Forklift", "  Work   History", "    Yard Hand    2021 - 2023"],
     ["Skills", "  Welding     Forklift", "", "Work History", "  Yard Hand    2021 - 2023"]),
    (["  Skills", "    Welding", "", "  Education", "    Harlow College"],
     ["Skills", "  Welding", "", "Education", "  Harlow College"]),            # a blank row there already
    (["  Skills", "    Welding", "  Harbour Works"], ["Skills", "  Welding", "Harbour Works"]),  # no heading
    (["Skills", "  Welding", "Work History", "  Yard Hand"], ["Skills", "  Welding", "Work History", "  Yard Hand"]),
])
def test_headings_apart_in_laid_out_text(rows, expected):
    assert read_layout(rows) == expected


def test_heading_under_text_starts_a_section():
    text = ("    Skills\n      Welding     Forklift licence\n      Rigging     First aid\n"
            "    Work   History\n      Yard Hand                       03/2021 to 06/2023\n"
            "    Harbour Works Ltd - Dundee\n      Loaded and secured cargo for coastal freighters.\n")
    cv = resumekit.parse(text.encode(), name="cv.txt")
    assert "Work History" not in [s.name for s in cv.skills]
    assert [(e.company, e.title) for e in cv.experience] == [("Harbour Works Ltd", "Yard Hand")]


@pytest.mark.parametrize("rows, expected", [
    (["Skills", "  (cid:0) Lathe work", "  (cid:127) Welding"], ["Skills", "  Lathe work", "  Welding"]),
    (["(cid:132) 555-0143 • (cid:240) jt-larsen"], ["555-0143 • jt-larsen"]),     # icons before contacts
    (["Plan(cid:3)", "x"], ["Plan", "x"]),
    (["(cid:x) stays", "cid: 12"], ["(cid:x) stays", "cid: 12"]),
])
def test_lost_glyphs(rows, expected):
    assert read_layout(rows) == expected


# A label column (moderncv, a LaTeX CV's section column): each entry's dates, right-aligned and
# wrapped over two or three rows, in a narrow column beside the entry at a hanging indent, a
# bullet glyph alone on a row before each item; a range's dash ends a label's row.
DATE_COLUMN = """
                              Wendeline   Okafor
                                 Harbour Pilot
                Experience
      September Senior Harbour Pilot, Estuary Port Authority, Tilbridge
   2021 — March
           2025
    August 2017 Harbour Pilot, Kestrel Marine Services, Port Elvan
      — October Guided tankers of up to 90,000 tonnes through the outer channel
              ○
           2021 Trained three junior pilots on the night roster and wrote their manual.
              ○
      2014-02 - Deck Officer, Greywater Shipping, Marrowby
        2017-06 Kept the bridge watch on coastal container runs
              ○
                Logged pilotage hours for the harbour master
                Education
     Sept. 2010 BSc Nautical Science, Coastline University
    — June 2014
"""


def test_date_column_read_after_each_entry():
    rows = [r.strip() for r in read_layout(DATE_COLUMN.split("\n")) if r.strip()]
    assert "Senior Harbour Pilot, Estuary Port Authority, Tilbridge   September 2021 — March 2025" in rows
    assert "Harbour Pilot, Kestrel Marine Services, Port Elvan   August 2017 — October 2021" in rows
    assert "Deck Officer, Greywater Shipping, Marrowby   2014-02 - 2017-06" in rows
    assert "BSc Nautical Science, Coastline University   Sept. 2010 — June 2014" in rows
    assert "Trained three junior pilots on the night roster and wrote their manual." in rows


def test_date_column_parses_as_entries():
    cv = resumekit.parse(DATE_COLUMN.encode(), name="cv.txt")
    assert [(e.title, e.company, e.start, e.end) for e in cv.experience] == [
        ("Senior Harbour Pilot", "Estuary Port Authority", "2021-09", "2025-03"),
        ("Harbour Pilot", "Kestrel Marine Services", "2017-08", "2021-10"),
        ("Deck Officer", "Greywater Shipping", "2014-02", "2017-06")]


# Section headings in capitals in a column of their own, a long one wrapped over two rows, beside
# the section's text at a hanging indent; the entries' dates flush right on the title's row.
HEADING_COLUMN = """
                         Dr. Ilse Marchetti
                     ilse.marchetti@example.com

        RESEARCH     ice sheet dynamics, glacial isostasy, sea level
        INTERESTS

        EDUCATION    Doctor of Philosophy in Glaciology         2012 - 2017
                     University of Northmoor, Kelvedge
                     Master of Science in Geophysics            2010 - 2012
                     Aldmere Institute, Aldmere

        RESEARCH     Postdoctoral Fellow                        2019 - 2023
        EXPERIENCE   Polar Studies Centre, Brenwick
                     Research Assistant                         2017 - 2019
                     Institute of Ice Studies, Halvard
"""


def test_heading_column_read_above_its_text():
    rows = [r.strip() for r in read_layout(HEADING_COLUMN.split("\n")) if r.strip()]
    at = rows.index("RESEARCH EXPERIENCE")
    assert rows[at + 1:at + 3] == ["Postdoctoral Fellow                        2019 - 2023",
                                   "Polar Studies Centre, Brenwick"]
    assert "RESEARCH INTERESTS" in rows and "EDUCATION" in rows


def test_heading_column_parses_as_entries():
    cv = resumekit.parse(HEADING_COLUMN.encode(), name="cv.txt")
    assert [(e.title, e.company) for e in cv.experience] == [
        ("Postdoctoral Fellow", "Polar Studies Centre"), ("Research Assistant", "Institute of Ice Studies")]


# Label columns read no further: a date on one row beside its entry is read as written already; a
# label that is neither dates nor a heading in capitals (a skill group) stays; a label running past
# the column (its month cut off it: the entry's row would start in lower case) is no cut.
@pytest.mark.parametrize("text", [
    "                  Experience\n"
    "  Feb 2023 – 2025 Design Lead, Fernhill Studio – Leeds\n"
    "                  •Ran usability tests\n"
    "  Jun 2019 – 2023 Product Designer, Calloway – York\n"
    "                  •Built the design system\n"
    "  Jul 2015 – 2019 Graphic Designer, Marsh Lane – Hull\n"
    "                  •Drew the icons\n                  •Set the type\n",
    "                Skills\n"
    "     Languages  Python, Rust, Go\n     Platforms  Linux, Kubernetes\n   Soft skills  Mentoring,\n"
    "                planning\n                Writing\n                Cooking\n                Chess\n",
    "                Experiencia\n"
    "   marzo 2020 – enero Jefa de obra, Ribera Obras – Murcia\n"
    "           2024 •Dirigió la obra\n"
    "   junio 2016 – marzo Ingeniera, Ribera Obras – Murcia\n"
    "           2020 •Calculó estructuras\n"
    "    enero 2014 – junio Delineante, Ribera Obras – Murcia\n"
    "           2016 •Dibujó planos\n"
    "                •Midió la obra\n                •Firmó actas\n                •Coordinó equipos\n",
])
def test_label_columns_left_alone(text):
    rows = text.split("\n")
    assert read_layout(rows) == read_layout_without_labels(rows)


def read_layout_without_labels(rows):
    from resumekit.extract import text_columns
    keep = text_columns._label_column
    text_columns._label_column = lambda r: r
    try:
        return read_layout(rows)
    finally:
        text_columns._label_column = keep


# A right column's heading above its text, one space after a long left text (the address ran up to
# it) or set two columns left of its text (set larger): the column starts at the heading.
HEADING_IN_GUTTER = """
        Personal details
                                       Marit   Solberg
        Tromsby, Norway
        marit.solberg@example.com Work experience
                                   Senior Hydrologist              2019 -
        Education
                                   Fjordvann Consulting, Bergvik
        MSc Hydrology              Modelled flood risk for four river basins.
        University of Nordhavn     Led the field team on two glacier surveys.
                                   Hydrologist                     2014 - 2019
        Skills
                                   Statens Vannverk, Tromsby
        Python, R, HEC-RAS         Kept the gauge network of the county.
        Data analysis              Wrote the basin's drought plan.
        GIS and remote sensing   Honors and Awards
                                   Young hydrologist prize          2018
        Languages
        Norwegian, English
"""


def test_right_heading_at_the_gutter_starts_its_column():
    rows = [r.strip() for r in read_layout(HEADING_IN_GUTTER.split("\n")) if r.strip()]
    assert "marit.solberg@example.com" in rows and "Python, R, HEC-RAS" in rows
    assert rows.index("Work experience") > rows.index("Norwegian, English")
    assert rows.index("Honors and Awards") > rows.index("Work experience")
    cv = resumekit.parse(HEADING_IN_GUTTER.encode(), name="cv.txt")
    assert [e.company for e in cv.experience] == ["Fjordvann Consulting", "Statens Vannverk"]
    assert cv.experience[0].title == "Senior Hydrologist"


def test_no_gutter_beyond_a_page_width():
    """A column beyond MAX_GUTTER is no page's gutter (rows far wider than a page are hostile or
    pasted text, and every two-space run of such rows would be a candidate column): the sidebar page
    pushed that far right has none; at its own place its gutter is found."""
    rows = SIDEBAR.split("\n")
    assert _gutter(rows)[0] == 35
    assert _gutter([" " * MAX_GUTTER + r if r else r for r in rows]) is None


# A wide main column beside a narrow right sidebar: the two columns' rows interleave (few rows hold
# both), and the main column's long rows run over the sidebar's gutter (no gap there, or two spaces
# of rounding inside a sentence). The sidebar is read after the main column; a crossing row is
# kept whole in the main column, never cut at the gutter.
WIDE_MAIN = """\
   Odile Fenwarrow
                                                       CONTACT
   Ferry Engineer
                                                       555-0163
                                                       odile.f@example.com
   EXPERIENCE                                          SKILLS
                                                       Hull inspection
   Chief Engineer                          2019 - 2024
                                                       Marine diesel
   Saltmarsh Ferries                          Harwick
                                                       Welding
     - Kept two passenger ferries in class through four dry-dock surveys and
       a full repowering of the older vessel, on time and under budget
                                                       Bilge systems
     - Trained the six junior engineers of the fleet  in watchkeeping and safety drills
                                                       Team leadership
   Second Engineer                         2015 - 2019
                                                       LANGUAGES
   Tidewater Lines                            Harwick
                                                       English, French
     - Ran the night watch on the coastal route across three winter seasons
"""


def test_wide_main_column_beside_right_sidebar():
    rows = [r for r in read_layout(WIDE_MAIN.split("\n")) if r.strip()]
    main = rows.index("EXPERIENCE")
    side = rows.index("CONTACT")
    assert main < side
    assert rows[main + 1].startswith("Chief Engineer") and rows[main + 1].rstrip().endswith("2019 - 2024")
    # crossing rows whole, a two-space rounding gap inside a sentence no gutter
    assert "  - Kept two passenger ferries in class through four dry-dock surveys and" in rows[main:side]
    assert any(r.endswith("Trained the six junior engineers of the fleet  in watchkeeping and safety drills")
               for r in rows[main:side])
    assert rows[side:] == ["CONTACT", "555-0163", "odile.f@example.com", "SKILLS", "Hull inspection",
                           "Marine diesel", "Welding", "Bilge systems", "Team leadership", "LANGUAGES",
                           "English, French"]


def test_wide_main_column_parses():
    cv = resumekit.parse(WIDE_MAIN.encode(), name="cv.txt")
    assert [(e.company, e.title) for e in cv.experience] == [
        ("Saltmarsh Ferries", "Chief Engineer"), ("Tidewater Lines", "Second Engineer")]
    assert {s.name for s in cv.skills} >= {"Hull inspection", "Marine diesel", "Welding", "Bilge systems"}


@pytest.mark.parametrize("text", [
    # places set flush right on rows of their own under each title: a column of short cells
    "   Chief Engineer, Saltmarsh Ferries, a long line of text running across\n"
    + "".join(f"   Kept the ferries in class through surveys, row {k} of a long paragraph\n"
              f"                                                     Harwick, UK\n" for k in range(7)),
    # a wide right column beside short labels: a label table, no sidebar
    "".join(f"   Role {k}\n                                 Kept the ferries in class through four dry-dock surveys {k}\n"
            for k in range(7)),
])
def test_no_right_sidebar(text):
    rows = text.split("\n")
    out = read_layout(rows)
    assert [r.strip() for r in out if r.strip()] == [r.strip() for r in rows if r.strip()]


@pytest.mark.parametrize("rows, expected", [
    # a laid-out text (a margin): TeX's hyphen glyph read as a soft hyphen is a hyphen
    (["   Deck Officer, Saint\u00adAubin Ferries", "   Sep.2021\u00adMar.2024"],
     ["Deck Officer, Saint-Aubin Ferries", "Sep.2021-Mar.2024"]),
    (["   Planned low\u00adcost cargo stow\u00ad", "   age for coastal runs"],   # one closing a row: left
     ["Planned low-cost cargo stow\u00ad", "age for coastal runs"]),
    (["Deck Officer, Saint\u00adAubin Ferries", "Sep.2021"],                    # ordinary text: left
     ["Deck Officer, Saint\u00adAubin Ferries", "Sep.2021"]),
])
def test_soft_hyphens_of_laid_out_text(rows, expected):
    assert read_layout(rows) == expected


def test_soft_hyphen_range_parses():
    text = ("    Experience\n      Deck Officer                         Sep.2021\u00adMar.2024\n"
            "      Harbour Lines, Leeds\n      Planned cargo stowage for coastal runs.\n")
    cv = resumekit.parse(text.encode(), name="cv.txt")
    assert [(e.start, e.end) for e in cv.experience] == [("2021-09", "2024-03")]
