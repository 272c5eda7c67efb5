"""Table cells centred vertically (extract/pdf/cell_tops.py, labels.py, sides.py) and a list's drawn
discs before centred lines (drawn.py signal 6), end to end on fixtures/pdf/pandoc-centred-cells.pdf
(make_pandoc_cells.py: a Word table per entry as pandoc writes it, header cells, its HTML5 page
printed by Chromium). Invented person and text; the expected lines are the truth by construction:
each left cell's lines beside its right cell's first lines, as the Word table sets them."""
import pytest

from resumekit.api import extract

from .conftest import FIXTURES

PDF = FIXTURES / "pdf" / "pandoc-centred-cells.pdf"


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return [("• " if line.bullet else "") + line.text for line in extract(PDF).lines]


@pytest.mark.parametrize("expected", [
    "2019 – 2024\tKiln Warden", "Truro\tMalbury Crocks",
    "2015 – 2019\tPotter's Mate", "Penzance\tTolvan Clay Works",
    "2012 – 2015\tStudio Assistant", "Hayle\tKenwyn Ceramics",
])
def test_a_centred_left_cell_stands_beside_its_right_cells_first_lines(lines, expected):
    assert expected in lines


@pytest.mark.parametrize("duty", [
    "Fired the three kilns and logged each firing's curve", "Trained two apprentices in glaze mixing",
    "Cut gas use by a fifth with a new firing schedule", "Wedged and weighed the clay for the throwers",
    "Packed orders for galleries across the county",
])
def test_a_centred_lists_items_keep_their_bullets(lines, duty):
    assert "• " + duty in lines


@pytest.mark.xfail(strict=True, reason="fields/experience.py: a small town the gazetteer does not know, in the "
                   "left cell of the employer's line ('Truro \\t Malbury Crocks'), is read as the employer")
def test_the_entries_read_from_the_cells():
    from resumekit import parse
    jobs = [(e.title, e.company) for e in parse(PDF).experience]
    assert jobs == [("Kiln Warden", "Malbury Crocks"), ("Potter's Mate", "Tolvan Clay Works"),
                    ("Studio Assistant", "Kenwyn Ceramics")]
