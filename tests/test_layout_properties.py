"""Properties of this stop's text readers under arbitrary input: the monospaced layout reader
(extract/text_columns.py) neither loses nor invents a character of the words, leaves text with no
gutter, no letter-spaced row and no margin as it was, and adds no rows but the ones it documents;
the Markdown reader's escapes (escaped rules, escaped link brackets, trailing backslashes) never
raise and never give a line whose text its source line did not hold. Every string is invented."""
from collections import Counter

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resumekit.extract.markdown import extract_markdown
from resumekit.extract.text_columns import _CID, _SPACED, _cut, _dedent, _gutter, _unspace, read_layout
from resumekit.options import ParseOptions
from resumekit.sources import Source
from resumekit.text import key, strip_markup
from resumekit.vocab import heading_phrases

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Cells of a laid-out page: words, years, headings of the vocabulary, bullets, icons' placeholders.
CELLS = ["Quill", "Harbour Works", "2019 - 2021", "Skills", "EXPERIENCE", "Education", "•", "-", "|",
         "(cid:7)", "(cid:12) ", "Ode", "a", "Z", "12", "é", "x y", "\t", "Work History", "Lumen Tern"]
GAPS = [0, 1, 2, 2, 3, 4, 6, 10, 14, 20, 28]


@st.composite
def layout_rows(draw, x=None):
    """Rows of cells at runs of spaces; half the time a page's two columns at one column ``x``."""
    x = draw(st.sampled_from([10, 16, 24, 32]))
    columns = draw(st.booleans())
    rows = []
    for _ in range(draw(st.integers(0, 30))):
        if columns and draw(st.booleans()):
            left = draw(st.sampled_from(CELLS + [""]))[:x - 2]
            right = draw(st.sampled_from(CELLS + [""]))
            rows.append(" " * draw(st.sampled_from([0, 0, 2, 4])) + left.ljust(x - 2) + "  " * bool(right) + right)
            continue
        row = ""
        for _ in range(draw(st.integers(0, 5))):
            row += " " * draw(st.sampled_from(GAPS)) + draw(st.sampled_from(CELLS))
        rows.append(row + " " * draw(st.sampled_from([0, 0, 3])))
    margin = " " * draw(st.sampled_from([0, 0, 4, 8]))  # the page's margin
    return [margin + r if r.strip() else r for r in rows]


def letters(rows):
    """The multiset of the characters that are no white space."""
    return Counter(c for row in rows for c in row if not c.isspace())


def headings(rows):
    return sum(1 for r in rows if r.strip() and key(r.strip()) in heading_phrases())


@SETTINGS
@given(layout_rows())
def test_no_character_lost_or_invented(rows):
    # the only characters dropped are pdfminer's "(cid:N)" placeholders (signal 0)
    assert letters(read_layout(rows)) == letters(_CID.sub("", r) for r in rows)


@SETTINGS
@given(layout_rows())
def test_text_with_no_gutter_no_spaced_row_and_no_margin_comes_back_unchanged(rows):
    plain = [r.rstrip() for r in rows]
    if (any("(cid:" in r for r in rows) or any(_SPACED.match(r) for r in plain)
            or not any(r.strip() and not r.startswith(" ") for r in rows) or _gutter(plain) is not None):
        return
    assert read_layout(rows) == rows


@SETTINGS
@given(layout_rows())
def test_rows_added_are_the_documented_ones(rows):
    out = read_layout(rows)
    read = _dedent([_unspace(_CID.sub("", r).rstrip()) for r in rows])  # as read_layout reads them
    region = _gutter(read)
    x, start, end = region if region is not None else (0, 0, 0)
    parted = sum(1 for r in read[start:end] if r[:_cut(r, x)].strip() and r[_cut(r, x):].strip())
    # a row of the gutter's region parts into its two columns' rows; no other row with text is added
    assert sum(1 for r in out if r.strip()) <= sum(1 for r in read if r.strip()) + parted
    # a blank row of the region kept in each column and one after each (signal 3), and one above
    # each heading set apart (signal 7)
    apart = sum(1 for i, r in enumerate(out) if i and not out[i - 1].strip() and headings([r]))
    kept = sum(1 for r in read[start:end] if not r.strip()) + 2 * bool(region)
    assert sum(1 for r in out if not r.strip()) <= sum(1 for r in read if not r.strip()) + kept + apart


# Markdown lines made of the escapes' pieces: backslashes, brackets, rule characters, emphasis.
MD_PIECES = ["\\", "\\\\", "\\_", "\\[", "\\]", "[", "]", "(", ")", "_", "*", "-", "#", "|", "!", " ",
             "Quill", "Ode 9", "https://example.com/a", "**", "\\*", "<b>", "</b>", "\t", "x"]


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(MD_PIECES), max_size=12).map("".join), max_size=12))
def test_markdown_escapes_give_no_line_without_its_text(lines):
    doc = extract_markdown(Source(data="\n".join(lines).encode(), name="cv.md", format="markdown"), ParseOptions())
    for line in doc.lines:
        # the raw line's characters, or what strip_markup makes of them ("--" an en dash)
        raw = Counter(c for c in line.raw + strip_markup(line.raw) if not c.isspace())
        text = Counter(c for c in line.text if not c.isspace())
        assert not text - raw, (line.raw, line.text)
        assert regex.search(r"[\p{L}\p{N}\\\[\]()#|!*_-]", line.raw)


@pytest.mark.parametrize("line, text, bold", [
    ("<b></b>", None, None),                        # a pair around nothing
    ("Quill Ode <strong> </strong>", "Quill Ode", False),
    ("<b>", None, None),                            # a lone tag
    ("Lumen Tern <i>", "Lumen Tern", False),
    ("</b><b>Harbour Works", "Harbour Works", False),  # closed before it opens
    ("<b>Harbour Works</b>", "Harbour Works", True),   # a pair: bold, as before
    ("<b>Harbour <i>Works</i></b> 2021", "Harbour Works 2021", True),
])
def test_emphasis_tags_that_pair_with_nothing_give_no_markers(line, text, bold):
    doc = extract_markdown(Source(data=line.encode(), name="cv.md", format="markdown"), ParseOptions())
    assert [(l.text, l.style.bold) for l in doc.lines] == ([] if text is None else [(text, bold)])
