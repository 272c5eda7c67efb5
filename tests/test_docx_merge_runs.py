"""text.merge_runs: a DOCX line's styled runs, neighbours alike joined, cleaned, only when the line mixes styles."""
import pytest

from resumekit.document import Run
from resumekit.extract.docx.styles import RunProps
from resumekit.extract.docx.text import Piece, merge_runs

B, I, PLAIN, HEAVY = RunProps(bold=True), RunProps(italic=True), RunProps(), RunProps(font="Quillon Black")


def _group(*pieces):
    return [Piece(text, props, None, 1, 0) for text, props in pieces]


@pytest.mark.parametrize("pieces, expected", [
    ([("Hollis Marsh", B)], ()),  # one piece
    ([("Hollis ", B), ("Marsh", B)], ()),  # one style
    ([("Hollis Marsh", B), ("  ", PLAIN)], ()),  # blank pieces do not make a mix
    ([("Keeper", B), (", ", PLAIN), ("Tarn Lighthouse", PLAIN)],
     (Run("Keeper", True, False), Run(", Tarn Lighthouse", False, False))),
    ([("Keeper", B), (" ", I), ("Tarn", I), ("  2019", B)],
     (Run("Keeper", True, False), Run("Tarn", False, True), Run("2019", True, False))),
    ([("Keeper", HEAVY), (" at Tarn", PLAIN)], (Run("Keeper", True, False), Run("at Tarn", False, False))),
])
def test_merge_runs(pieces, expected):
    assert merge_runs(_group(*pieces)) == expected
