"""A first cell wrapped before a cell at its right (resumekit.extract.pdf.wraps)."""
import pytest

from resumekit.document import Box, Line, Run, Style
from resumekit.extract.pdf.wraps import join_cell_wraps, join_centred_cells

SIZE = 10.0
CHAR = 7.0  # every character 7 pt wide, a space 3 pt: invented metrics, enough to place words


def line(text, top, bold=True, block=0, x0=50.0, runs=()):
    """A PDF line from text: cells after TABs start at 450 (a right-hand date cell), words laid out
    left to right with their boxes."""
    words, x = [], x0
    for n, cell in enumerate(text.split("\t")):
        if n:
            x = 450.0
        for w in cell.split():
            words.append((w, Box(x, top, x + CHAR * len(w), top + SIZE)))
            x += CHAR * len(w) + 3
    return Line(text=text, page=1, block=block, box=Box(x0, top, words[-1][1].x1, top + SIZE), origin="pdf",
                column=0, style=Style(size=SIZE, bold=bold, font="Serif-Bold" if bold else "Serif"), words=tuple(words),
                runs=runs)


def joined(*rows, **kw):
    return [l.text for l in join_cell_wraps([line(t, 100 + 12 * k, **kw) for k, t in enumerate(rows)])]


@pytest.mark.parametrize("rows, expected", [
    # the first cell runs up to the dates: the next line's first word could not fit before them
    (["Data Engineer via Orla Staffing for Tollgate Fire and Rescue\tFeb 2016 – Dec 2016", "Service"],
     ["Data Engineer via Orla Staffing for Tollgate Fire and Rescue Service\tFeb 2016 – Dec 2016"]),
    (["Jefa de Ventas — Automatismos Norte S.L., Bilbao and San\t2010 – 2013", "Sebastián Oeste"],
     ["Jefa de Ventas — Automatismos Norte S.L., Bilbao and San Sebastián Oeste\t2010 – 2013"]),
    # a short title over its employer in the same type: the employer's first word fits the gap
    (["Senior Engineer\t2019 – 2021", "Harwick Systems"], ["Senior Engineer\t2019 – 2021", "Harwick Systems"]),
    # a first cell ending a sentence
    (["Led the move of the mortgage warehouse to the new platform.\t2019", "Wrote tests"],
     ["Led the move of the mortgage warehouse to the new platform.\t2019", "Wrote tests"]),
    # the lower line has cells of its own
    (["Data Engineer via Orla Staffing for Tollgate Fire and Rescue\tFeb 2016 – Dec 2016", "Analyst\t2014"],
     ["Data Engineer via Orla Staffing for Tollgate Fire and Rescue\tFeb 2016 – Dec 2016", "Analyst\t2014"]),
])
def test_a_first_cell_wrapped_before_the_dates_is_joined(rows, expected):
    assert joined(*rows) == expected


def test_a_line_in_another_weight_or_block_stays():
    first = "Data Engineer via Orla Staffing for Tollgate Fire and Rescue\tFeb 2016 – Dec 2016"
    lines = [line(first, 100), line("Service", 112, bold=False)]
    assert [l.text for l in join_cell_wraps(lines)] == [first, "Service"]
    lines = [line(first, 100), line("Service", 112, block=1)]
    assert [l.text for l in join_cell_wraps(lines)] == [first, "Service"]


def test_the_first_run_takes_the_wrapped_words():
    """A bold first cell and plain dates: the bold run grows, the words keep their boxes."""
    first = "Data Engineer via Orla Staffing for Tollgate Fire and Rescue"
    runs = (Run(first, bold=True), Run("\tFeb 2016 – Dec 2016", bold=False))
    [got] = join_cell_wraps([line(f"{first}\tFeb 2016 – Dec 2016", 100, runs=runs), line("Service", 112)])
    assert got.runs[0] == Run(f"{first} Service", bold=True) and got.runs[1] == runs[1]
    assert [w for w, _ in got.words][-6:] == ["Service", "Feb", "2016", "–", "Dec", "2016"]


def test_a_gap_of_justified_text_is_no_cell_to_wrap_before():
    """A narrow justified column spreads a line's words ("Operating ⇥ systems ⇥ :"): its right
    part holds no digit, so the next line is not moved up."""
    rows = ["Operating systems and servers for the whole branch network\t:", "Windows Server"]
    assert joined(*rows) == rows


RIGHT, VALUE = 300.0, 320.0  # a column of labels set flush right at 300 pt, the values from 320 pt


def label_row(text, top):
    """A line of a label column: the label (before the TAB) set flush right at RIGHT, the value
    from VALUE; a line without a TAB is a label's rest, flush right too."""
    label, _, value = text.partition("\t")
    words, x = [], RIGHT - (CHAR * len(label.replace(" ", "")) + 3 * label.count(" "))
    x0 = x
    for w in label.split():
        words.append((w, Box(x, top, x + CHAR * len(w), top + SIZE)))
        x += CHAR * len(w) + 3
    x = VALUE
    for w in value.split():
        words.append((w, Box(x, top, x + CHAR * len(w), top + SIZE)))
        x += CHAR * len(w) + 3
    return Line(text=text, page=1, block=0, box=Box(x0, top, words[-1][1].x1, top + SIZE), origin="pdf",
                column=0, style=Style(size=SIZE, bold=False, font="Serif"), words=tuple(words))


def labels_joined(*rows):
    """Each row (text, top); the texts after the join."""
    return [l.text for l in join_cell_wraps([label_row(t, top) for t, top in rows])]


COLUMN = [("Dates\t2016 – 2019", 100), ("Principal subjects and occupational\tSoil mechanics, surveying", 112)]


@pytest.mark.parametrize("rows, expected", [
    # the widest label wraps: its rest, flush right under it, moves up into the label's cell
    (COLUMN + [("skills covered", 124), ("Awarding body\tKestrel Vale College", 136)],
     ["Dates\t2016 – 2019", "Principal subjects and occupational skills covered\tSoil mechanics, surveying",
      "Awarding body\tKestrel Vale College"]),
    # a label of its own under a short one: its first word fitted on the line above, no wrap
    (COLUMN + [("Awarding body\tKestrel Vale College", 124), ("Level", 136)],
     ["Dates\t2016 – 2019", "Principal subjects and occupational\tSoil mechanics, surveying",
      "Awarding body\tKestrel Vale College", "Level"]),
    # a row set closer than a paragraph's leading: a label of its own with an empty value
    (COLUMN + [("Mother tongue of the applicants\tEnglish", 124), ("Other languages", 133)],
     ["Dates\t2016 – 2019", "Principal subjects and occupational\tSoil mechanics, surveying",
      "Mother tongue of the applicants\tEnglish", "Other languages"]),
    # two labels at that edge are no column of labels
    (COLUMN[1:] + [("skills covered", 124)], ["Principal subjects and occupational\tSoil mechanics, surveying",
                                                "skills covered"]),
])
def test_a_label_wrapped_in_a_column_of_right_aligned_labels_is_joined(rows, expected):
    assert labels_joined(*rows) == expected


def placed(text, top, x0=50.0, bold=False, block=0, bullet=False):
    """A one-cell line set at ``x0``, ``top`` (for the centred cells' tests)."""
    words, x = [], x0
    for w in text.split():
        words.append((w, Box(x, top, x + CHAR * len(w), top + SIZE)))
        x += CHAR * len(w) + 3
    return Line(text=text, page=1, block=block, box=Box(x0, top, words[-1][1].x1, top + SIZE), origin="pdf",
                column=0, style=Style(size=SIZE, bold=bold, font="Serif"), words=tuple(words), bullet=bullet)


def centred(*rows):
    """Each row (text, top, x0[, block]); the texts after the join."""
    return [l.text for l in join_centred_cells([placed(t, top, x0, block=b[0] if b else 0)
                                                for t, top, x0, *b in rows])]


@pytest.mark.parametrize("rows, expected", [
    # a Chromium print of a Word table: the dates centred between title and employer join the title
    ([("Field Surveyor", 100, 60), ("Mar 2019 – Jun 2021", 113, 400), ("Larkspur Mapping Co", 126, 60)],
     ["Field Surveyor\tMar 2019 – Jun 2021", "Larkspur Mapping Co"]),
    # under a heading, two entries each with its centred dates
    ([("EXPERIENCE", 80, 40), ("Field Surveyor", 100, 60), ("2019 – 2021", 113, 400), ("Larkspur Mapping Co", 126, 60),
      ("Survey Assistant", 160, 60), ("2016 – 2019", 173, 400), ("Ormsby County Roads", 186, 60)],
     ["EXPERIENCE", "Field Surveyor\t2019 – 2021", "Larkspur Mapping Co", "Survey Assistant\t2016 – 2019",
      "Ormsby County Roads"]),
    # the cell sits on the upper line's half, not midway: a row of its own
    ([("Field Surveyor", 100, 60), ("Mar 2019 – Jun 2021", 104, 400), ("Larkspur Mapping Co", 126, 60)],
     ["Field Surveyor", "Mar 2019 – Jun 2021", "Larkspur Mapping Co"]),
    # no digit: a right-hand word between two lines is no dates cell
    ([("Field Surveyor", 100, 60), ("Remote", 113, 400), ("Larkspur Mapping Co", 126, 60)],
     ["Field Surveyor", "Remote", "Larkspur Mapping Co"]),
    # the outer lines start at different edges: not one cell's lines
    ([("Field Surveyor", 100, 60), ("2019 – 2021", 113, 400), ("Larkspur Mapping Co", 126, 90)],
     ["Field Surveyor", "2019 – 2021", "Larkspur Mapping Co"]),
    # the middle line starts inside the outer lines' reach: a paragraph, no cell beside them
    ([("Field Surveyor for the county", 100, 60), ("in 2019 and 2021", 113, 200), ("Larkspur Mapping Co", 126, 60)],
     ["Field Surveyor for the county", "in 2019 and 2021", "Larkspur Mapping Co"]),
    # the outer lines a paragraph apart (more than three sizes): two blocks' lines, no row
    ([("Field Surveyor", 100, 60), ("2019 – 2021", 120, 400), ("Larkspur Mapping Co", 140, 60)],
     ["Field Surveyor", "2019 – 2021", "Larkspur Mapping Co"]),
    # the lower line in another block
    ([("Field Surveyor", 100, 60), ("2019 – 2021", 113, 400), ("Larkspur Mapping Co", 126, 60, 1)],
     ["Field Surveyor", "2019 – 2021", "Larkspur Mapping Co"]),
])
def test_a_cell_centred_on_a_row_of_two_lines_joins_the_upper_one(rows, expected):
    assert centred(*rows) == expected


def test_a_centred_cell_keeps_its_words_and_style_as_a_run():
    title = placed("Field Surveyor", 100, 60, bold=True)
    dates = placed("2019 – 2021", 113, 400)
    [got, _] = join_centred_cells([title, dates, placed("Larkspur Mapping Co", 126, 60)])
    assert [w for w, _ in got.words] == ["Field", "Surveyor", "2019", "–", "2021"]
    assert got.runs == (Run("Field Surveyor", True, False), Run("\t2019 – 2021", False, False))
    assert got.box.x1 == dates.box.x1 and got.cells == ["Field Surveyor", "2019 – 2021"]
