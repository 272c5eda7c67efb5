"""A table row read as its cells' lines from the top (extract/pdf/cell_tops.py): pandoc's LaTeX sets each
cell of a table as a bottom-aligned minipage, so an entry's dates stand beside its last line; read,
they go back beside its first, and a date range wrapped in the narrow cell is one line again."""
import pytest

from resumekit.extract.pdf.cell_tops import cells_from_top
from resumekit.extract.pdf.layout import Glyph, rows_of

PITCH = 12.0


def line(text: str, x: float, top: float, size: float = 10.0):
    """Glyphs of one line of text at ``x``, 5 pt a letter, a space 3.3 pt (no space glyph)."""
    out = []
    for ch in text:
        if ch == " ":
            x += 3.3
            continue
        out.append(Glyph(ch, x, x + 5.0, top, top + size, size, "LMRoman10-Regular", False, False))
        x += 5.0
    return out


def table_row(top: float, right: list[str], left: list[str], at_foot: bool = True,
              l_x: float = 130.0, r_x: float = 216.0):
    """One table row: the right cell's lines at ``r_x`` (an item's wrap indented), the left cell's
    lines at ``l_x``, set at the row's foot (or its top)."""
    gs = []
    for k, text in enumerate(right):
        gs += line(text, r_x + (12.0 if text.startswith("•") else 0.0), top + k * PITCH)
    first = len(right) - len(left) if at_foot else 0
    for k, text in enumerate(left):
        gs += line(text, l_x, top + (first + k) * PITCH)
    return gs


def read(*rows_glyphs) -> list[str]:
    rows = rows_of([g for gs in rows_glyphs for g in gs])
    cells_from_top([rows])
    return [row.text() for row in rows]


JOB_A = ["Kiln Operator", "Tallow Glassworks", "• Fired the big kiln", "• Kept the logs"]
JOB_B = ["Glaze Mixer", "Quillfield Pottery", "• Mixed the glazes"]


@pytest.mark.parametrize("at_foot,expected", [
    (True, ["2019 - 2022\tKiln Operator", "Harlow\tTallow Glassworks", "• Fired the big kiln", "• Kept the logs",
            "2016 - 2019\tGlaze Mixer", "Quillfield Pottery", "• Mixed the glazes"]),
    # set at the top already: as read
    (False, ["2019 - 2022\tKiln Operator", "Harlow\tTallow Glassworks", "• Fired the big kiln", "• Kept the logs",
             "2016 - 2019\tGlaze Mixer", "Quillfield Pottery", "• Mixed the glazes"]),
])
def test_a_left_cell_at_the_foot_of_its_row_goes_to_its_top(at_foot, expected):
    assert read(table_row(100.0, JOB_A, ["2019 - 2022", "Harlow"], at_foot),
                table_row(200.0, JOB_B, ["2016 - 2019"], at_foot)) == expected


def test_one_row_alone_is_no_table():
    # a heading over a row of two cells, once: no rule of a table repeated in its rows
    assert read(table_row(100.0, JOB_A, ["2019 - 2022"])) == [
        "Kiln Operator", "Tallow Glassworks", "• Fired the big kiln", "2019 - 2022\t• Kept the logs"]


def test_rows_whose_left_edges_differ_are_not_one_table():
    assert read(table_row(100.0, JOB_A, ["2019 - 2022"]),
                table_row(200.0, JOB_B, ["2016 - 2019"], l_x=100.0, r_x=260.0)) == [
        "Kiln Operator", "Tallow Glassworks", "• Fired the big kiln", "2019 - 2022\t• Kept the logs",
        "Glaze Mixer", "Quillfield Pottery", "2016 - 2019\t• Mixed the glazes"]


def test_a_date_far_right_of_the_text_is_no_left_cell():
    # a line of text with its date right-aligned under two lines starting right of it: the cell
    # after the left one must start where the run's first row starts
    def entry(top):
        return [line("Kiln Operator", 216.0, top), line("Tallow Glassworks", 216.0, top + PITCH),
                line("Harlow", 130.0, top + 2 * PITCH) + line("2019", 420.0, top + 2 * PITCH)]
    assert read(*entry(100.0), *entry(200.0)) == ["Kiln Operator", "Tallow Glassworks", "Harlow\t2019"] * 2


@pytest.mark.parametrize("left,expected", [
    (["10.2019 -", "10.2022", "Harlow"], ["10.2019 - 10.2022\tKiln Operator", "Harlow\tTallow Glassworks"]),
    (["Mar 2019 - Oct", "2022", "Harlow"], ["Mar 2019 - Oct 2022\tKiln Operator", "Harlow\tTallow Glassworks"]),
    (["March 2019", "- October 2022", "Harlow"], ["March 2019 - October 2022\tKiln Operator", "Harlow\tTallow Glassworks"]),
    (["2019 -", "present", "Harlow"], ["2019 - present\tKiln Operator", "Harlow\tTallow Glassworks"]),
    # a whole range over its town: no wrap
    (["2019 - 2022", "Harlow", "Essex"], ["2019 - 2022\tKiln Operator", "Harlow\tTallow Glassworks", "Essex\t• Fired the big kiln"]),
])
def test_a_date_range_wrapped_in_its_cell_is_one_line(left, expected):
    # set at the top of the row (as a word processor prints it) or at its foot: read alike
    for at_foot in (False, True):
        rows = read(table_row(100.0, JOB_A, left, at_foot), table_row(200.0, JOB_B, ["2016 - 2019"], at_foot))
        assert rows[:len(expected)] == expected


def test_a_taller_left_cell_puts_the_right_one_at_the_foot():
    # the dates wrap to three lines beside a title and employer of two: those stand at the foot
    assert read(table_row(100.0, ["Kiln Operator", "Tallow Glassworks"], ["March 2019", "- October 2022", "Harlow"]),
                table_row(200.0, ["Glaze Mixer", "Quillfield Pottery"], ["June 2016", "- March 2019", "Harlow"])) == [
        "March 2019 - October 2022\tKiln Operator", "Harlow\tTallow Glassworks",
        "June 2016 - March 2019\tGlaze Mixer", "Harlow\tQuillfield Pottery"]


def test_a_heading_in_larger_type_under_a_row_is_not_its_cell():
    heading = [g for g in line("Workshops", 130.0, 100.0 + 4 * PITCH, size=14.0)]
    rows = read(table_row(100.0, ["Kiln Operator", "Tallow Glassworks", "Harlow", "2019"], ["Ada Quill"]), heading,
                table_row(200.0, ["Glaze Mixer", "Quillfield Pottery", "Essex", "2016"], ["Bo Quill"]))
    assert rows[:5] == ["Ada Quill\tKiln Operator", "Tallow Glassworks", "Harlow", "2019", "Workshops"]


def test_a_right_aligned_date_under_an_employer_line_is_no_cell_at_the_foot():
    # "Harbour Kilns — Harlow" over "Kiln Operator ⇥ 2019 – 2022" (a web page's flex row): one line
    # of the "right cell" only, the date; read as printed
    def entry(top):
        return [line("Harbour Kilns - Harlow", 130.0, top),
                line("Kiln Operator", 130.0, top + PITCH) + line("2019 - 2022", 420.0, top + PITCH)]
    assert read(*entry(100.0), *entry(200.0)) == ["Harbour Kilns - Harlow", "Kiln Operator\t2019 - 2022"] * 2


def mirror_row(top: float, left: list[str], right: list[str], r_x: float):
    """The mirror: the entry in the left cell at 130, its dates in a narrow right cell at ``r_x``,
    set from the row's top (each job its own table, its columns as wide as its text)."""
    gs = []
    for k, text in enumerate(left):
        gs += line(text, 130.0, top + k * PITCH)
    for k, text in enumerate(right):
        gs += line(text, r_x, top + k * PITCH)
    return gs


@pytest.mark.parametrize("rights, expected", [
    # a range wrapped in the right cell ("Oct 2022 – Oct" over "2023") is one line on the title's row
    ([["Oct 2022 - Oct", "2023"], ["May 2019 - Jan", "2022"]],
     ["Tide Surveyor\tOct 2022 - Oct 2023", "Harbour Trust", "Chart Keeper\tMay 2019 - Jan 2022", "Quay Office"]),
    ([["Oct 2022 -", "Oct 2023"], ["May 2019 -", "2022"]],
     ["Tide Surveyor\tOct 2022 - Oct 2023", "Harbour Trust", "Chart Keeper\tMay 2019 - 2022", "Quay Office"]),
    # whole ranges stay where they are printed (one on the employer's line: nothing wrapped, nothing moved)
    ([["Oct 2022 - Oct 2023"], ["May 2019 - Jan 2022"]],
     ["Tide Surveyor\tOct 2022 - Oct 2023", "Harbour Trust", "Chart Keeper\tMay 2019 - Jan 2022", "Quay Office"]),
    ([[None, "Oct 2022 - Oct 2023"], ["May 2019 - Jan 2022"]],
     ["Tide Surveyor", "Harbour Trust\tOct 2022 - Oct 2023", "Chart Keeper\tMay 2019 - Jan 2022", "Quay Office"]),
    # a right cell of words, not dates, is no wrapped range
    ([["Leith and", "Granton"], ["Berwick", "Eyemouth"]],
     ["Tide Surveyor\tLeith and", "Harbour Trust\tGranton", "Chart Keeper\tBerwick", "Quay Office\tEyemouth"]),
])
def test_a_range_wrapped_in_a_narrow_right_cell_is_whole_on_its_first_row(rights, expected):
    def row(top, left, right, x):
        gs = mirror_row(top, left, [t for t in right if t is not None], x)
        if right and right[0] is None:  # (set on the second line)
            gs = mirror_row(top, left, [], x) + line(right[1], x, top + PITCH)
        return gs
    assert read(row(100.0, ["Tide Surveyor", "Harbour Trust"], rights[0], 300.0),
                row(160.0, ["Chart Keeper", "Quay Office"], rights[1], 290.0)) == expected
