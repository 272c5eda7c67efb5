"""Line.with_ copies a line as dataclasses.replace does (it is the cheaper path the extractors use)."""
from dataclasses import replace

import pytest

from resumekit.document import Box, Line, Link, Run, Style, join_line

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


def _boxed(text, x0, top, runs=(), bold=False, links=()):
    words, x = [], x0
    for w in text.replace("\t", " ").split():
        words.append((w, Box(x, top, x + 5.0 * len(w), top + 9.0)))
        x += 5.0 * len(w) + 2
    return Line(text=text, raw=text, box=Box(x0, top, words[-1][1].x1, top + 9.0), words=tuple(words), runs=runs,
                style=Style(size=9.0, bold=bold), links=links)


UPPER = _boxed("Senior Harbour\t2019 – 2022", 40.0, 100.0,
               runs=(Run("Senior Harbour", True, False), Run("\t2019 – 2022", False, False)))
LOWER = _boxed("Pilot", 40.0, 111.0, bold=True, links=(Link("https://example.org/pilot"),))
PLAIN = _boxed("ate", 40.0, 111.0)
BROKEN = _boxed("Ship consul-", 40.0, 100.0, runs=(Run("Ship ", True, False), Run("consul-", False, False)))


@pytest.mark.parametrize("a, b, moved, kw, text, runs, whole", [
    # a cell's wrap into the first cell: the run of that cell grows, the words go in after its words
    (UPPER, LOWER, None, {"sep": " ", "first_cell": True}, "Senior Harbour Pilot\t2019 – 2022",
     (Run("Senior Harbour Pilot", True, False), Run("\t2019 – 2022", False, False)), True),
    # a word broken at its printed hyphen: cut, the rest in the last run's look; the hyphen put back
    (BROKEN, LOWER, "ate", {"cut": 1}, "Ship consulate", (Run("Ship ", True, False), Run("consulate", False, False)),
     False),
    (BROKEN, LOWER, "ate", {"cut": 1, "hyphen": True}, "Ship consul-ate",
     (Run("Ship ", True, False), Run("consul-ate", False, False)), False),
    # a cell of its own in its own look: runs made from the styles, merged by look
    (UPPER, LOWER, None, {"sep": "\t", "own_look": True}, "Senior Harbour\t2019 – 2022\tPilot",
     (Run("Senior Harbour", True, False), Run("\t2019 – 2022", False, False), Run("\tPilot", True, False)),
     True),
    (BROKEN, PLAIN, None, {"sep": "\t", "own_look": True}, "Ship consul-\tate",
     (Run("Ship ", True, False), Run("consul-\tate", False, False)), True),
    (LOWER, LOWER, None, {"sep": "\t", "own_look": True}, "Pilot\tPilot", (), True),
    # no runs: none made (the line is in one look)
    (LOWER, LOWER, None, {}, "PilotPilot", (), True),
])
def test_join_line_glues_text_runs_and_words(a, b, moved, kw, text, runs, whole):
    joined = join_line(a, b, moved, whole=whole, **kw)
    assert (joined.text, joined.runs) == (text, runs)
    k = len(a.text.split("\t")[0].split()) if kw.get("first_cell") else len(a.words)
    assert joined.words == a.words[:k] + b.words + a.words[k:]
    assert joined.box == (a.box.union(b.box) if whole else a.box)
    assert joined.links == (a.links + b.links if whole else a.links)
    assert joined.raw == a.raw and joined.index == a.index


def test_join_line_takes_other_fields():
    assert join_line(LOWER, LOWER, raw=None).raw is None
