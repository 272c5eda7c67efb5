"""A paragraph the typesetter broke (fields.prose._typeset_wrap): a PDF line whose first word would
not have fitted on the line above, before the paragraph's right edge on the page (Line.edge, from
extract.pdf.wraps.paragraph_edges), continues that line. Word keeps such a paragraph as one;
printed to PDF it is two lines the readers took for two items."""
import pytest

from resumekit.document import Box, Line, Section, Style
from resumekit.extract.pdf.wraps import paragraph_edges
from resumekit.fields.prose import join_wrapped
from resumekit.fields.rekind import rekind

EDGE = "Kept the stock ledgers of the shops, the depot and the two vans."  # 40 + 5 * 64: ends at 360
# (a paragraph of its own: a block apart from the rows under it)


def _rows(*rows, step=12.0, size=10.0, x0=40.0):
    """PDF lines of one block of a page, 5 pt a character at 10 pt (an em is 10 pt): each row a
    text, or (text, left edge, bullet); each ``step`` points under the one before; with the
    paragraph edges the page's lines tell."""
    out = []
    for n, row in enumerate(rows):
        text, left, bullet = (row, x0, False) if isinstance(row, str) else row
        top, words, x = 100.0 + step * n, [], left
        for w in text.split(" "):
            words.append((w, Box(x, top, x + 5.0 * len(w), top + size)))
            x += 5.0 * (len(w) + 1)
        out.append(Line(text=text, index=n, block=int(text == EDGE), bullet=bullet, origin="pdf", words=tuple(words),
                        box=Box(left, top, words[-1][1].x1, top + size), style=Style(size=size, font="Serif")))
    return paragraph_edges(out)


def _texts(lines):
    return [l.text for l in join_wrapped(lines)]


@pytest.mark.parametrize("rows, joined", [
    # the upper line ends 1.5 em short of the edge another line reaches; "Practice" would not have fitted
    ([EDGE, "Certificates: Kiln Safety Level Two, Glaze Chemistry Advanced", "Practice"],
     [EDGE, "Certificates: Kiln Safety Level Two, Glaze Chemistry Advanced Practice"]),
    # ... "AI" would have fitted: the writer broke the line, two items
    ([EDGE, "Certificates: Kiln Safety Level Two, Glaze Chemistry Advanced", "AI Practice"],
     [EDGE, "Certificates: Kiln Safety Level Two, Glaze Chemistry Advanced", "AI Practice"]),
    # a sentence's end is no paragraph's when the next word did not fit
    ([EDGE, "Drafted the glaze recipes and the firing logs for each batch.", "Trained four apprentices"],
     [EDGE, "Drafted the glaze recipes and the firing logs for each batch. Trained four apprentices"]),
    # a label opens a part of its own ("Tools: …", French "Outils : …")
    ([EDGE, "Certificates: Kiln Safety Level Two, Glaze Chemistry Advanced", "Tools: Kilnlog, Glazebook"],
     [EDGE, "Certificates: Kiln Safety Level Two, Glaze Chemistry Advanced", "Tools: Kilnlog, Glazebook"]),
    ([EDGE, "Certificates: Kiln Safety Level Two, Glaze Chemistry Advanced", "Outils : Kilnlog"],
     [EDGE, "Certificates: Kiln Safety Level Two, Glaze Chemistry Advanced", "Outils : Kilnlog"]),
    # an item ending in its year is whole
    ([EDGE, "Kiln Safety Level Two, Northern Ceramics Guild of Leeds, 2021", "Glaze Chemistry"],
     [EDGE, "Kiln Safety Level Two, Northern Ceramics Guild of Leeds, 2021", "Glaze Chemistry"]),
    # a date further on only inside a bracket opened above
    ([EDGE, "(Evenings as a part-time clerk at the Harbour Books in Leeds", "Centre 2019-2020)"],
     [EDGE, "(Evenings as a part-time clerk at the Harbour Books in Leeds Centre 2019-2020)"]),
    ([EDGE, "Evenings as a part-time clerk at the Harbour Books in Leeds", "Centre 2019-2020"],
     [EDGE, "Evenings as a part-time clerk at the Harbour Books in Leeds", "Centre 2019-2020"]),
    # the hanging indent of a wrapped bullet
    ([EDGE, ("Certificates: Kiln Safety Level Two, Glaze Chemistry Advanced", 30.0, True), ("Practice", 40.0, False)],
     [EDGE, "Certificates: Kiln Safety Level Two, Glaze Chemistry Advanced Practice"]),
    # a bullet is an item of its own
    ([EDGE, "Certificates: Kiln Safety Level Two, Glaze Chemistry Advanced", ("Practice", 40.0, True)],
     [EDGE, "Certificates: Kiln Safety Level Two, Glaze Chemistry Advanced", "Practice"]),
])
def test_a_line_is_wrapped_where_its_first_word_would_not_have_fitted_above(rows, joined):
    assert _texts(_rows(*rows)) == joined


def test_the_edge_is_the_pages_and_two_lines_reach_it():
    """The longest of a few lines is no paragraph's edge: the column may go on further right. The
    page's lines tell the edge, not a section's: a section of two lines, read apart, still has it."""
    rows = ["Certificates: Kiln Safety Level Two, Glaze Chemistry Advanced", "Practice"]
    assert [l.edge for l in _rows(*rows)] == [None, None]
    assert _texts(_rows(*rows)) == rows
    page = _rows(EDGE, *rows)
    assert [l.edge for l in page] == [360.0, 360.0, 360.0]
    assert _texts(page[1:]) == ["Certificates: Kiln Safety Level Two, Glaze Chemistry Advanced Practice"]
    # lines starting elsewhere on the page (a sidebar) are another paragraph's
    assert paragraph_edges(page[:2] + [page[2].with_(box=Box(200.0, 124.0, 240.0, 134.0))])[2].edge is None


def test_not_in_a_narrow_column_nor_between_lines_set_apart():
    """In a column under 18 ems a list item's last line ends near the edge as often as a wrapped
    line; lines further apart than 1.6 ems are items spaced out."""
    narrow = ["Kept the ledgers of all shops.", "Glaze Chemistry Advanced Level", "Practice"]  # 15 ems
    assert _texts(_rows(*narrow)) == narrow
    spaced = [EDGE, "Certificates: Kiln Safety Level Two, Glaze Chemistry Advanced", "Practice"]
    assert _texts(_rows(*spaced, step=18.0)) == spaced


def test_a_labelled_certificate_wrapped_in_a_skills_block_is_whole():
    """The re-kind stage takes "Certifications: …" out of a skills block with its wrapped words."""
    lines = _rows("Languages: Python, Go, Rust, Kotlin, Swift, Elixir and Haskell.",
                  "Certifications: Kiln Safety Card and Harbour Rope Access Level", "Two Supervisor")
    sections = rekind([Section(kind="skills", heading=None, lines=tuple(lines))])
    assert [(s.kind, [l.text for l in s.lines]) for s in sections] == [
        ("skills", ["Languages: Python, Go, Rust, Kotlin, Swift, Elixir and Haskell."]),
        ("certifications", ["Kiln Safety Card and Harbour Rope Access Level Two Supervisor"])]
