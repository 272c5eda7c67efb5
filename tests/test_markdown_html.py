"""HTML inside Markdown is read as the Markdown it stands for (resumekit.extract.markdown_html)."""
import pytest

import resumekit
from resumekit.extract.markdown_html import decode_entities, html_heading, html_tables, inline_html

DATED_ROWS = """<table>
<thead><tr class="header"><th colspan="2"><u>Berufserfahrung</u></th></tr></thead>
<tbody>
<tr class="odd"><td>03.2019 – 06.2021</td>
<td><p><strong>Lagerist</strong></p>
<p><strong>Nordholz Logistik GmbH</strong></p>
<p>Wareneingang und Kommissionierung</p></td></tr>
<tr class="even"><td>07.2021 – heute</td>
<td><p><strong>Teamleiter Versand</strong></p></td></tr>
</tbody></table>"""

PAGE_TABLE = """<table>
<tr><th>Orla Quennell</th><th><p>12 Birchfield Lane</p><p>orla.q@example.com</p></th></tr>
<tr><th><h1 id="experience">EXPERIENCE</h1>
<p><strong>Tarnwell Books,</strong> Greystone — <em>Shop Assistant</em></p>
<ul>
<li><blockquote>
<p>Ran the till on Saturdays</p>
</blockquote></li>
</ul></th>
<th><h1 id="skills">SKILLS</h1><p>Stock control</p></th></tr>
</table>"""


@pytest.mark.parametrize("html, lines", [
    (DATED_ROWS, ["**Berufserfahrung**", "",
                  "| 03.2019 – 06.2021 | **Lagerist** |", "**Nordholz Logistik GmbH**",
                  "Wareneingang und Kommissionierung", "",
                  "| 07.2021 – heute | **Teamleiter Versand** |", ""]),
    (PAGE_TABLE, ["| **Orla Quennell** | 12 Birchfield Lane |", "orla.q@example.com", "",
                  "# EXPERIENCE", "**Tarnwell Books,** Greystone — *Shop Assistant*", "- Ran the till on Saturdays", "",
                  "# SKILLS", "Stock control", ""]),
    ("<table><tr><td>A <strong> bold </strong>word</td><td>&amp; more</td></tr></table>",
     ["| A **bold** word | & more |", ""]),
    ("<table><tr><td><table><tr><td>inner</td><td>cells</td></tr></table></td><td>x</td></tr></table>",
     ["| inner cells | x |", ""]),
])
def test_a_table_becomes_rows_and_paragraphs(html, lines):
    assert html_tables(html).strip("\n").split("\n") == lines[:-1]


def test_text_around_a_table_is_kept_and_an_unclosed_table_left_as_written():
    assert html_tables("Intro\n<table><tr><td>a</td></tr></table>\nOutro") == "Intro\n\n\na\n\n\n\nOutro"
    assert html_tables("<table><tr><td>never closed") == "<table><tr><td>never closed"
    assert html_tables("no tables here") == "no tables here"


@pytest.mark.parametrize("line, out", [
    ("<strong>Acme</strong> — <em>Analyst</em>", "**Acme** — *Analyst*"),
    ("<b>Bold</b> and <i>italic</i>", "**Bold** and *italic*"),
    ("<span class=\"smallcaps\">Skills</span>", "<span class=\"smallcaps\">Skills</span>"),
    ("plain", "plain"),
])
def test_emphasis_tags_become_markers(line, out):
    assert inline_html(line) == out


@pytest.mark.parametrize("line, heading", [
    ('<h1 align="center">Mira Ostrand</h1>', (1, "Mira Ostrand")),
    ("<h3>Projects</h3>", (3, "Projects")),
    ("<h2>Open</h3>", None),
    ("<p>Not a heading</p>", None),
])
def test_a_line_of_one_heading_element(line, heading):
    assert html_heading(line) == heading


@pytest.mark.parametrize("text, out", [("R&amp;D", "R&D"), ("it&#39;s", "it's"), ("no refs", "no refs")])
def test_character_references(text, out):
    assert decode_entities(text) == out


def test_a_markdown_cv_with_an_html_table_reads_its_jobs():
    md = "# Orla Quennell\n\norla.q@example.com\n\n## Experience\n\n" + """<table>
<tr><td>2019 – 2021</td><td><p><strong>Shop Assistant</strong></p><p>Tarnwell Books, Greystone</p></td></tr>
<tr><td>2021 – 2023</td><td><p><strong>Floor Manager</strong></p><p>Kellbrook Stores, Greystone</p></td></tr>
</table>
"""
    c = resumekit.parse(md.encode(), format="markdown", name="cv.md")
    assert [(e.title, e.company) for e in c.experience] == [("Shop Assistant", "Tarnwell Books"),
                                                          ("Floor Manager", "Kellbrook Stores")]
    assert [str(e.start) for e in c.experience] == ["2019", "2021"]


# A row whose cells hold parallel paragraphs (dates beside schools beside degrees, each cell one
# column of a grid) reads across: paragraph n of each cell in one pipe row. A cell of one
# paragraph (the row's label) keeps its place; a cell in mixed styles or holding a list is an entry.
GRID_ROW = """<table><tr><td></td><td>Schooling</td>
<td><p>2019 – 2021</p><p>2015 – 2019</p></td>
<td><p>Farrowdale College</p><p>Kestrel High School</p></td>
<td><p>Diploma of Carpentry</p><p>Leaving Certificate</p></td></tr></table>"""
BOLD_GRID = """<table><tr><td><p><strong>Welsh</strong></p><p><strong>Breton</strong></p></td>
<td><p>native</p><p>basic</p></td></tr></table>"""
MIXED_CELL = """<table><tr><td><p><strong>Joiner</strong></p><p><em>Farrowdale Works</em></p></td>
<td><p>2019 – 2021</p><p>Greystone</p></td></tr></table>"""
LIST_CELL = """<table><tr><td><ul><li><p>Ran the till</p></li><li><p>Took stock</p></li></ul></td>
<td><p>2019</p><p>2021</p></td></tr></table>"""
UNEVEN = """<table><tr><td><p>2019</p><p>2020</p><p>2021</p></td>
<td><p>Farrowdale College</p><p>Kestrel High School</p></td></tr></table>"""
# A details table: each cell a stack of "Label: value" paragraphs reads cell after cell, each pair
# a line of its own (not the first pair of each cell joined into one row).
PAIRS = """<table><tr><td><p><strong>Languages :</strong> Welsh &amp; Breton</p>
<p><strong>Nationality :</strong> Ruritanian</p></td>
<td><p><strong>Notice period:</strong> 1 month</p><p><strong>Driving</strong> : Licence B</p></td></tr></table>"""
PAIR_AND_PROSE = """<table><tr><td><p><strong>Languages :</strong> Welsh</p><p>Ran the till on Saturdays</p></td>
<td><p><strong>Notice:</strong> 1 month</p></td></tr></table>"""


@pytest.mark.parametrize("html, lines", [
    (GRID_ROW, ["Schooling", "| 2019 – 2021 | Farrowdale College | Diploma of Carpentry |",
                "| 2015 – 2019 | Kestrel High School | Leaving Certificate |"]),
    (BOLD_GRID, ["| **Welsh** | native |", "| **Breton** | basic |"]),
    (MIXED_CELL, ["| **Joiner** | 2019 – 2021 |", "*Farrowdale Works*", "Greystone"]),
    (LIST_CELL, ["| - Ran the till | 2019 |", "- Took stock", "2021"]),
    (UNEVEN, ["| 2019 | Farrowdale College |", "2020", "2021", "Kestrel High School"]),
    (PAIRS, ["**Languages :** Welsh & Breton", "**Nationality :** Ruritanian", "**Notice period:** 1 month",
             "**Driving** : Licence B"]),
    (PAIR_AND_PROSE, ["| **Languages :** Welsh | **Notice:** 1 month |", "Ran the till on Saturdays"]),
])
def test_a_grid_row_reads_across_and_a_details_row_cell_by_cell(html, lines):
    assert [l for l in html_tables(html).split("\n") if l] == lines


@pytest.mark.parametrize("label", ["Education", "Studies"])
def test_a_markdown_cv_whose_table_row_is_labelled_and_a_grid_reads_each_school_with_its_degree(label):
    md = ("# Orla Quennell\n\norla.q@example.com\n\n## Profile\n\nJoiner of twenty years.\n\n"
          + GRID_ROW.replace("<td>Schooling</td>", f"<td>{label}</td>"))
    c = resumekit.parse(md.encode(), format="markdown", name="cv.md")
    assert [(e.institution, e.degree, str(e.end)) for e in c.education] == [
        ("Farrowdale College", "Diploma of Carpentry", "2021"), ("Kestrel High School", "Leaving Certificate", "2019")]


def test_a_rule_typed_as_text_and_escaped_by_a_converter_is_a_rule():
    md = "## Schooling\n\n\\_\\_\\_\\_\\_\\_\n\n- 2012 - Leaving Certificate\n\nKestrel High School\n"
    doc = resumekit.extract(md.encode(), format="markdown", name="cv.md")
    assert [l.text for l in doc.lines] == ["Schooling", "2012 - Leaving Certificate", "Kestrel High School"]
    assert extract_text_lines("A \\_ B") == ["A _ B"]


def extract_text_lines(md: str) -> list[str]:
    return [l.text for l in resumekit.extract(md.encode(), format="markdown", name="cv.md").lines]


@pytest.mark.parametrize("md, text, bold, url", [
    # a link shown with its brackets in Word ("[link]"), escaped by pandoc inside the link's text
    ("**Tutor, Farrowdale Academy** [\\[link\\]](https://example.com/course) **(Jan 2021 - Mar 2021)**",
     "Tutor, Farrowdale Academy [link] (Jan 2021 - Mar 2021)", True, "https://example.com/course"),
    ("see [the \\[draft\\] notes](https://example.com/n)", "see the [draft] notes", False, "https://example.com/n"),
    ("[plain](https://example.com/p)", "plain", False, "https://example.com/p"),
])
def test_a_link_whose_text_holds_escaped_brackets(md, text, bold, url):
    line = resumekit.extract(md.encode(), format="markdown", name="cv.md").lines[0]
    assert (line.text, line.style.bold, [l.url for l in line.links]) == (text, bold, [url])


@pytest.mark.parametrize("md, texts", [
    # a hard line break (pandoc writes a Word line break so): the backslash is no text
    ("**BSc Forestry**\\\nKestrel University, 2019\n", ["BSc Forestry", "Kestrel University, 2019"]),
    ("Leaving Certificate \\  \nKestrel High School\n", ["Leaving Certificate", "Kestrel High School"]),
    ("a path C:\\\\\nnext\n", ["a path C:\\", "next"]),  # an escaped backslash closing the line stays
    ("two spaces  \nnext\n", ["two spaces", "next"]),
])
def test_a_hard_line_break_closing_a_line_is_no_text(md, texts):
    assert extract_text_lines(md) == texts
