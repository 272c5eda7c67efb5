"""A section split twice (a reader that tries a block, then reads it) is split once: each caller
gets entries of its own, and a split read in one day order is not handed to another when the
order can change it."""
import pytest

from resumekit.document import Line
from resumekit.fields.dates import day_order
from resumekit.fields.entries import split_entries


def _lines(*texts: str) -> tuple[Line, ...]:
    return tuple(Line(t, index=i) for i, t in enumerate(texts))


SECTIONS = [
    ("Quillby Tiles, Tiler\t2019 – 2021", "Laid floors in twelve shops across the county.",
     "Marrow & Finch, Apprentice\t2017 – 2019"),
    ("Pelican Cartography", "Map maker", "Drew coastal charts for the harbour board."),
    ("Orrin Works, Welder\t03/04/2018 – 05/06/2020",),
]


@pytest.mark.parametrize("texts", SECTIONS)
def test_a_second_split_is_the_first_and_its_own(texts):
    lines = _lines(*texts)
    first = split_entries(lines)
    for e in first:
        e.roles["title"] = (99,)  # a reader fills its entries
        e.body.append(Line("Scribbled by a reader", index=50))
    second = split_entries(lines)
    split_entries.cache_clear()
    fresh = split_entries(lines)
    assert second == fresh
    assert all("title" not in e.roles and all(l.index != 50 for l in e.body) for e in second)


@pytest.mark.parametrize("texts, differs", [
    (("Orrin Works, Welder\t03/04/2018 – 05/06/2018",), True),   # "a/b/YYYY": the order reads it
    (("Orrin Works, Welder\t2018 – 2020",), False),
])
def test_a_split_is_read_again_in_another_day_order(texts, differs):
    lines = _lines(*texts)
    with day_order("dm"):
        dm = split_entries(lines)
    with day_order("md"):
        md = split_entries(lines)
    split_entries.cache_clear()
    with day_order("md"):
        fresh = split_entries(lines)
    assert md == fresh
    assert (dm[0].dates != md[0].dates) is differs


@pytest.mark.parametrize("text, dm, md", [
    ("Orrin Works\t03/04/2018 – 05/06/2018", 4, 3),   # each order its own answer, kept apart
    ("Orrin Works\t2018 – 2020", None, None),
])
def test_a_lines_dates_are_kept_per_day_order(text, dm, md):
    from resumekit.fields.prose import line_dates as _dates
    line = Line(text)
    for order, month in (("dm", dm), ("md", md), ("dm", dm)):
        with day_order(order):
            assert _dates(line)[0].start.month == month


def test_a_dash_separated_date_is_not_reused_across_day_orders():
    # "01-03-2019" has the a-b-YYYY shape: a split made outside the document's order (re-kind
    # runs before it is set) must not answer inside it
    from resumekit.document import Line
    from resumekit.fields.dates import day_order
    from resumekit.fields.entries import split_entries

    lines = [Line(text="Analyst, Wrenfield Mills\t01-03-2019 – present", index=0)]
    assert split_entries(lines)[0].dates.start.iso() == "2019"
    with day_order("dm"):
        assert split_entries(lines)[0].dates.start.iso() == "2019-03-01"
