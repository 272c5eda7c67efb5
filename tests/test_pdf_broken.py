"""An address broken where its column ends (resumekit.extract.pdf.broken)."""
import pytest

from resumekit.document import Box, Line, Style
from resumekit.extract.pdf.broken import join_broken_addresses

SIZE = 8.5
CHAR = 5.0  # every character 5 pt wide: invented metrics, enough to place the lines


def line(text, top, x0=430.0, column=1, size=SIZE, block=0, bullet=False):
    words, x = [], x0
    for w in text.split():
        words.append((w, Box(x, top, x + CHAR * len(w), top + size)))
        x += CHAR * len(w) + 2
    return Line(text=text, page=1, block=block, box=Box(x0, top, words[-1][1].x1, top + size), origin="pdf",
                column=column, style=Style(size=size, font="Sans"), words=tuple(words), bullet=bullet)


def joined(*rows, edge=None, **kw):
    """The rows as lines of a sidebar; ``edge``: a line in it reaching that right edge (its widest)."""
    lines = [line(t, 100 + 11 * k, **kw) for k, t in enumerate(rows)]
    if edge is not None:
        lines.insert(0, line("x" * round((edge - 430.0) / CHAR), 80))
    return [l.text for l in join_broken_addresses(lines)][1 if edge is not None else 0:]


@pytest.mark.parametrize("rows, edge, expected", [
    # broken at a character (word-break: break-all): the upper line reaches the sidebar's edge
    (["nadia.ferrow@example.co", "m"], 545.0, ["nadia.ferrow@example.com"]),
    (["behance.net/oskar-lindqv", "ist-example"], 550.0, ["behance.net/oskar-lindqvist-example"]),
    (["www.linkedin.com/in/ferrow", "-nadia-example"], 560.0, ["www.linkedin.com/in/ferrow-nadia-example"]),
    (["gitlab.com/pim_", "vandersloot"], 505.0, ["gitlab.com/pim_vandersloot"]),
    # in capitals (CSS text-transform); the domain not finished yet, the rest reads as a host
    (["NADIA.FERROW@EXAMP", "LE.COM"], 520.0, ["NADIA.FERROW@EXAMPLE.COM"]),
    (["nadia.ferrow@examp", "le.com"], 520.0, ["nadia.ferrow@example.com"]),
    (["nadia.ferrow@examp", "LE.COM"], 520.0, ["nadia.ferrow@examp", "LE.COM"]),
    # the upper line ends well short of the edge: the lower line was a line of its own
    (["nadia.ferrow@example.com", "m"], 700.0, ["nadia.ferrow@example.com", "m"]),
    (["www.linkedin.com/in/ferrow", "-nadia-example"], 700.0, ["www.linkedin.com/in/ferrow", "-nadia-example"]),
    # the lower line is a word, a place, a second address, a host of its own
    (["nadia.ferrow@example.com", "Rotterdam"], 550.0, ["nadia.ferrow@example.com", "Rotterdam"]),
    (["nadia.ferrow@example.com", "nf@example.org"], 550.0, ["nadia.ferrow@example.com", "nf@example.org"]),
    (["github.com/nferrow", "gitlab.com/nf"], 520.0, ["github.com/nferrow", "gitlab.com/nf"]),
    (["github.com/nferrow", "nadia-f.example.org"], 520.0, ["github.com/nferrow", "nadia-f.example.org"]),
    (["nferrow@example.com", "/nferrow"], 525.0, ["nferrow@example.com", "/nferrow"]),
    # the upper line is no address; the lower one has a space
    (["Rotterdam", "zuid"], 475.0, ["Rotterdam", "zuid"]),
    (["nadia.ferrow@example.co", "m (work)"], 545.0, ["nadia.ferrow@example.co", "m (work)"]),
])
def test_an_address_broken_at_the_column_edge_is_joined(rows, edge, expected):
    assert joined(*rows, edge=edge) == expected


def test_lines_in_another_column_block_type_or_edge_stay():
    rows = ("nadia.ferrow@example.co", "m")
    for other in ({"column": 0}, {"block": 1}, {"size": 9.5}, {"x0": 440.0}, {"bullet": True}):
        lines = [line(rows[0], 100), line(rows[1], 111, **other)]
        assert [l.text for l in join_broken_addresses(lines)] == list(rows), other


def test_the_joined_line_keeps_both_boxes():
    a, b = line("nadia.ferrow@example.co", 100), line("m", 111)
    (out,) = join_broken_addresses([a, b])
    assert out.box == Box(a.box.x0, a.box.top, a.box.x1, b.box.bottom)
    assert [w for w, _ in out.words] == ["nadia.ferrow@example.co", "m"]
