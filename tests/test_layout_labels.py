"""Label columns (extract/pdf/labels.py) on synthetic glyphs: which row of content each block of a
narrow left column labels. Table-driven, invented strings."""
import pytest

from resumekit.extract.pdf.labels import attach_labels, label_blocks
from resumekit.extract.pdf.layout import rows_of
from .test_layout_columns import page

_JOBS = [("Kiln Warden, Malbury Crocks, Truro,", 120, 98), ("Cornwall", 120, 111),
         ("Fired the three kilns and logged", 120, 124), ("each firing's curve.", 120, 137),
         ("Potter's Mate, Tolvan Clay, Penryn", 120, 160), ("Washed and wedged the clay.", 120, 173),
         ("BA Ceramics, Kenwyn College", 120, 224)]
_JOBS_READ = ["Kiln Warden, Malbury Crocks, Truro,", "Cornwall", "Fired the three kilns and logged",
              "each firing's curve.", "2013 - 2017\tPotter's Mate, Tolvan Clay, Penryn", "Washed and wedged the clay."]
_HEADER = [("Wenna Tremayne", 120, 70, 20), ("wenna@example.com   01632 960123", 120, 100),
           ("linkedin.com/in/wenna-t", 120, 114)]
_STAMP = [("Updated 11.2026", 300, 34, 8)]


@pytest.mark.parametrize("left, content, expected", [
    # the first entry's dates wider than the label column, on a row of their own above the region: the
    # next dates sit on their entry's first baseline, and the section names between the entries (beside
    # no row of content) do not outvote them (simplecv's topic labels)
    ([("2013 - 2017", 40, 160), ("Education", 40, 200, 10, True), ("2009 - 2013", 40, 224),
      ("Skills", 40, 254, 10, True)], _JOBS,
     _JOBS_READ + ["Education", "2009 - 2013\tBA Ceramics, Kenwyn College", "Skills"]),
    # the same without the section names: the dates alone
    ([("2013 - 2017", 40, 160), ("2009 - 2013", 40, 224)], _JOBS,
     _JOBS_READ + ["2009 - 2013\tBA Ceramics, Kenwyn College"]),
    # a town on the contact line's baseline under a large name, the first heading below the header
    # beside no row: the town labels the contact line, the heading no row above it
    ([("Truro", 40, 100), ("About Me", 40, 140, 12, True)], _HEADER,
     ["Wenna Tremayne", "Truro\twenna@example.com 01632 960123", "linkedin.com/in/wenna-t", "About Me"]),
    # the same under a stamp at the top of the page (the widest gap above the town is above the name)
    ([("Truro", 40, 100), ("About Me", 40, 140, 12, True)], _STAMP + _HEADER,
     ["Updated 11.2026", "Wenna Tremayne", "Truro\twenna@example.com 01632 960123", "linkedin.com/in/wenna-t",
      "About Me"]),
])
def test_a_label_in_a_gap_of_the_content_labels_no_row(left, content, expected):
    lrows, crows = rows_of(page(*left)), rows_of(page(*content))
    blocks = label_blocks(lrows, crows)
    assert blocks is not None
    assert [r.text() for r in attach_labels(blocks, crows)] == expected
