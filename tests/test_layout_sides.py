"""How the two sides of a gutter read (extract/pdf/sides.py, extract/pdf/labels.py) on synthetic
glyphs. Table-driven, invented strings."""
import pytest

from resumekit.extract.pdf.columns import region_kind
from resumekit.extract.pdf.layout import rows_of
from .test_layout_columns import CHAR, order, page

# a main column of 24 lines at a 12 pt leading; the left sides' rows sit half a line off its baselines
_MAIN = [(f"Kept the ledger of the {n}th quay and its moorings", 220, 100 + 12 * n) for n in range(24)]


@pytest.mark.parametrize("left, expected", [
    # a sidebar of personal and contact details, one line apart from the next (a converter's frames
    # spread it): no label column, whatever its few rows, since no label holds an address to write to
    ([("Born 02/03/1990", 40, 106), ("CONTACT", 40, 130, 10, True), ("12 Quay Street,", 40, 154),
      ("Truro TR1 2AB", 40, 178), ("ana@example.com", 40, 202), ("+44 7700 900123", 40, 226),
      ("https://example.com/", 40, 250), ("ana-quist", 40, 274)], "columns"),
    # ... a web address alone
    ([("Born 02/03/1990", 40, 106), ("CONTACT", 40, 130, 10, True), ("12 Quay Street,", 40, 154),
      ("Truro TR1 2AB", 40, 178), ("+44 7700 900123", 40, 226), ("www.example.com", 40, 250)], "columns"),
    # the same rows of dates and section names: a label column
    ([("2019 - 2023", 40, 106), ("EXPERIENCE", 40, 130, 10, True), ("2016 - 2019", 40, 154),
      ("2014 - 2016", 40, 178), ("EDUCATION", 40, 202, 10, True), ("2011 - 2014", 40, 226),
      ("2009 - 2011", 40, 250), ("SKILLS", 40, 274, 10, True)], "labels"),
])
def test_a_sidebar_of_contact_details_is_no_label_column(left, expected):
    assert region_kind(rows_of(page(*left)), rows_of(page(*_MAIN))) == expected


def _boxes(left: list[tuple], right: list[tuple], how: str) -> list:
    """Two text boxes side by side, each line (text, size, bold) set flush right at x 250 and 560
    (``how`` "end") or centred on x 150 and 450 ("centre"), 14 pt apart."""
    items = [("EDUCATION", 40, 80, 12, True)]
    for edge, lines in ((250 if how == "end" else 150, left), (560 if how == "end" else 450, right)):
        for n, (s, size, bold) in enumerate(lines):
            width = CHAR * size / 10.0 * len(s)
            items.append((s, edge - (width if how == "end" else width / 2), 100 + 14 * n, size, bold))
    return page(*items)


_MA = [("MA Teaching of", 11, True), ("Modern Languages", 11, True), ("Kelham University", 9, False),
       ("2015 - 2016", 9, False), ("Hull, England", 9, False)]
# the school's name wrapped: the rows below are out of step with the left box's
_BA = [("BA Teaching of", 11, True), ("Modern Languages", 11, True), ("Tarrow College of Arts and", 9, False),
       ("Sciences", 9, False), ("2011 - 2014", 9, False), ("Tarrow, Wales", 9, False)]


@pytest.mark.parametrize("how", ["end", "centre"])
@pytest.mark.parametrize("left, right, apart", [
    # two schools in text boxes set flush right (or centred), one box a line longer: box after box
    (_MA, _BA, True),
    # ... and with the rows in step
    (_MA, _MA, True),
    # a grid of skill boxes (no year in one of them): rows stay whole
    ([("Planning", 11, True), ("Advanced", 9, False)], [("Systems", 11, True), ("Expert", 9, False)], False),
    # the first lines of the two boxes in different looks (a title beside its dates): rows stay whole
    ([("Kelham University", 11, True), ("2015 - 2016", 9, False)],
     [("2011 - 2014", 9, False), ("Tarrow", 9, False)], False),
])
def test_text_boxes_set_flush_right_or_centred_side_by_side_are_read_box_after_box(left, right, apart, how):
    got = order(_boxes(left, right, how))
    if apart:
        assert got == ["EDUCATION"] + [s for s, _, _ in left] + [s for s, _, _ in right]
    else:
        assert got == ["EDUCATION"] + [f"{a}\t{b}" for (a, _, _), (b, _, _) in zip(left, right)]
