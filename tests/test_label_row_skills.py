"""Skills under a Word table's label cells printed to PDF (fields/lists.py): the label is read in
front of its content cell's first line (extract/pdf/labels.py, cell_tops.py), so the reader meets
a label row whose sentence wraps onto the next line, and a bold label row over sentences that
describe it (invented strings)."""
import pytest

from resumekit.document import Box, Line, Run, Style
from resumekit.fields.lists import read_skills


def _row(text, *starts, bold=False):
    """A line whose cells' words start at ``starts``; a label cell in bold before plain text, unless
    the whole line is ``bold``."""
    words = []
    for cell, x in zip(text.split("\t"), starts):
        words += [(w, Box(x + 30 * k, 0, x + 30 * k + 25, 10)) for k, w in enumerate(cell.split())]
    cells = text.split("\t")
    runs = (Run(text=cells[0], bold=True), Run(text="\t" + "\t".join(cells[1:]), bold=False)) \
        if len(cells) > 1 and not bold else ()
    return Line(text=text, words=tuple(words), style=Style(size=10, bold=bold), runs=runs)


@pytest.mark.parametrize("rows, got", [
    # a label row's sentence wrapped onto a line from its cell's edge: one sentence ("desktops" no item)
    ([_row("SYSTEMS\tSet up the office laptops on all Linux", 40, 200), _row("desktops, Debian 12, Fedora 40", 200)],
     [("Linux", "SYSTEMS"), ("Debian 12", "SYSTEMS"), ("Fedora 40", "SYSTEMS")]),
    # a list of names wrapped in its cell stays a list ("Miro" an item of its own)
    ([_row("DESIGN\tFigma, Sketch, Adobe Illustrator", 40, 200), _row("Miro, InVision", 200)],
     [("Figma", "DESIGN"), ("Sketch", "DESIGN"), ("Adobe Illustrator", "DESIGN"), ("Miro", None), ("InVision", None)]),
    # a line that starts off the cell's edge is no wrap of it
    ([_row("DESIGN\tWorked with the design team on", 40, 200), _row("Miro boards, Figma", 120)],
     [("Worked with the design team on", "DESIGN"), ("Miro boards", None), ("Figma", None)]),
    # a bold row of a label and a title over sentences describing it: no list
    ([_row("Kiln warden & glaze chemist\tDuties and Tasks", 40, 200, bold=True),
      _row("Fired the kilns every week.", 200), _row("Mixed the glazes for the studio.", 200)], []),
    # a bold row over a list is read as before
    ([_row("Kiln warden\tGlazes", 40, 200, bold=True), _row("Celadon, Shino, Tenmoku", 200)],
     [("Kiln warden", None), ("Glazes", None), ("Celadon", None), ("Shino", None), ("Tenmoku", None)]),
])
def test_label_rows_of_a_word_table(rows, got):
    lines = tuple(r.with_(index=i) for i, r in enumerate(rows))
    assert [(s.name, s.category) for s in read_skills(lines)] == got
