"""A heading centred on the page, short enough to end before a gutter, parts the region read as
columns (extract/pdf/sides.py, limit ``_centred_heads``): a word processor's centred section names
over a list in two columns. Table-driven on synthetic glyphs, invented strings."""
import pytest

from .test_layout_columns import CHAR, order, page

_SUMMARY = [("Tamsin Rowe", 60, 40, 14, True),
            # the page's text runs from x 60 to 530: its middle at 295
            ("Hydrologist with ten years of field and modelling work on upland rivers, flood warning systems", 60, 60),
            ("catchment planning for water boards and river trusts across the county.", 60, 72)]
_LEFT = ["Flood modelling", "GIS mapping and", "terrain analysis", "Python scripting", "Data cleaning"]
_RIGHT = ["River gauging", "Survey planning", "Report writing"]


def _centred(s: str, y: float, centre: float, size: float = 11.0) -> tuple:
    return (s, centre - CHAR * size / 10 * len(s) / 2, y, size)


def _page(centre: float) -> list:
    """A summary, a heading centred on x ``centre``, a list in two columns off each other's
    baselines, a second heading centred there, an entry with a note beside it."""
    items = list(_SUMMARY) + [_centred("Skills", 96, centre)]
    items += [(a, 80, 112 + 12 * n) for n, a in enumerate(_LEFT)]
    items += [(b, 330, 116 + 12 * n) for n, b in enumerate(_RIGHT)]
    items += [_centred("Experience", 182, centre), ("Senior Hydrologist", 60, 200), ("Portfolio", 470, 204),
              ("Brennock Water Board 2021 - 2024", 60, 212)]
    return page(*items)


_HEAD = ["Tamsin Rowe", _SUMMARY[1][0], _SUMMARY[2][0]]


@pytest.mark.parametrize("centre, expected", [
    # centred on the page's text: each heading over its own part, the lists read column by column
    (295, _HEAD + ["Skills", *_LEFT, *_RIGHT, "Experience", "Senior Hydrologist\tPortfolio",
                   "Brennock Water Board 2021 - 2024"]),
    # headings set well right of the page's middle (not centred on it) stay in the right column,
    # the region running on beside them as before
    (380, _HEAD + [*_LEFT, "Senior Hydrologist", "Brennock Water Board 2021 - 2024", "Skills", *_RIGHT,
                   "Experience", "Portfolio"]),
])
def test_a_heading_centred_on_the_page_parts_the_columns(centre, expected):
    assert order(_page(centre)) == expected


def test_the_centred_heading_is_the_limit_that_speaks(monkeypatch):
    """sides.reading on the page's first gutter: ``_centred_heads`` speaks first and the region is
    the two lists alone."""
    from resumekit.extract.pdf import sides
    from resumekit.extract.pdf.columns import gutters
    from resumekit.extract.pdf.layout import rows_of
    heard: list[str] = []

    def told(limit):
        def limit_heard(region, title):
            out = limit(region, title)
            if out is not None:
                heard.append(limit.__name__)
            return out
        return limit_heard

    monkeypatch.setattr(sides, "_LIMITS", tuple(told(limit) for limit in sides._LIMITS))
    glyphs = _page(295)
    rows = rows_of(glyphs)
    kind, region = sides.reading(rows, sides.Band(*gutters(rows, sides.body_size(rows))[0]), 14.0)
    assert (kind, heard[:1], rows[region.band.i].text(), rows[region.band.j].text()) == \
        ("columns", ["_centred_heads"], "Flood modelling\tRiver gauging", "Data cleaning")
