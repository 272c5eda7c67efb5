"""Line.with_ copies a line as dataclasses.replace does (it is the cheaper path the extractors use)."""
from dataclasses import replace

import pytest

from resumekit.document import Line, Link, Run, Style

BASE = Line(text="Harbour Pilot\t2019 – 2022", index=4, page=2, raw="Harbour Pilot   2019 – 2022", block=3,
            style=Style(size=11.0, bold=True), bullet=True, level=1, links=(Link("https://example.org/pilot"),),
            runs=(Run("Harbour Pilot", True, False),), origin="docx:table", column=2)


@pytest.mark.parametrize("changes", [
    {},
    {"index": 9, "block": 0},
    {"page": 1},
    {"column": None},
    {"text": "Tug Master", "raw": "Tug Master", "style": Style(size=14.0, heading_level=1)},
    {"bullet": False, "level": 0, "links": (), "runs": ()},
])
def test_with_is_replace(changes):
    copy = BASE.with_(**changes)
    expected = replace(BASE, **changes)
    assert copy == expected
    assert hash(copy) == hash(expected)
    assert [getattr(copy, n) for n in expected.__slots__] == [getattr(expected, n) for n in expected.__slots__]


def test_with_refuses_unknown_field():
    with pytest.raises(TypeError):
        BASE.with_(colour="red")


@pytest.mark.parametrize("text, plain, cells", [
    ("Harbour Pilot\t2019 – 2022", "Harbour Pilot 2019 – 2022", ["Harbour Pilot", "2019 – 2022"]),
    ("  Tug Master \t\t Leith ", "Tug Master Leith", ["Tug Master", "Leith"]),
    ("\t", "", []),
    ("", "", []),
    ("one cell", "one cell", ["one cell"]),
])
def test_plain_and_cells_follow_the_text_however_the_line_is_made(text, plain, cells):
    import pickle

    made = [Line(text=text), BASE.with_(text=text), replace(BASE, text=text),
            pickle.loads(pickle.dumps(Line(text=text))), Line(text=text).with_(index=7)]
    for line in made:
        assert (line.plain, line.cells) == (plain, cells)
    got = made[0].cells
    got.append("changed")  # each caller gets its own list
    assert made[0].cells == cells


def test_plain_is_no_argument_and_not_compared():
    with pytest.raises(TypeError):
        Line(text="x", plain="y")
    with pytest.raises(TypeError):
        BASE.with_(plain="y")
    assert Line(text="a\tb") == Line(text="a\tb") and "plain" not in repr(Line(text="a"))
