"""How the two sides of a gutter read (extract/pdf/sides.py, extract/pdf/labels.py) on synthetic
glyphs. Table-driven, invented strings."""
import pytest

from resumekit.extract.pdf.columns import region_kind
from resumekit.extract.pdf.layout import rows_of
from .test_layout_columns import page

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
