"""TeX's built accents (extract/pdf/accents.py): a spacing accent painted over or under a letter, in
one font, becomes the accented letter; an accent beside a letter stays as printed."""
import pytest

from resumekit.extract.pdf.accents import join_accents
from resumekit.extract.pdf.layout import Glyph

SIZE = 10.0


def _typeset(spec: str, font: str = "CMR10") -> list[Glyph]:
    """Glyphs in drawing order from a spec where "{a}x" paints the accent ``a`` centred over the
    letter x that follows it, at the letter's place ("{a^}" raised, as over a capital), as pdfTeX's
    \\accent does; any other character is a letter 5 units wide, one after the other."""
    out, x, i = [], 0.0, 0
    while i < len(spec):
        if spec[i] == "{":
            end = spec.index("}", i)
            top = -3.0 if spec[end - 1] == "^" else 0.0
            out.append(Glyph(spec[i + 1], x + 0.5, x + 4.5, top, top + SIZE, SIZE, font, False, False))
            i = end + 1
            continue
        out.append(Glyph(spec[i], x, x + 5, 0.0, SIZE, SIZE, font, False, False))
        x += 5
        i += 1
    return out


def _text(glyphs: list[Glyph]) -> str:
    return "".join(g.text for g in glyphs)


@pytest.mark.parametrize("spec, read", [
    ("Sol{`}ene", "Solène"),                       # OT1: every accented letter is built
    ("T{´}el{´}ephone", "Téléphone"),
    ("Fran{¸}cais", "Français"),                   # the cedilla too
    ("Obradovi{´}c", "Obradović"),                 # T1 has no ć either
    ("EXP{´^}ERIENCE", "EXPÉRIENCE"),              # raised over a capital
    ("M{¨}uller", "Müller"),
    ("Ant{ˆ}onio", "Antônio"),
    ("Jos{´}ı", "Josí"),                           # the dotless ı under an accent is an i
    ("{ˇ}Capek", "Čapek"),
    ("Gar{˜}nica", "Garñica"),
])
def test_an_accent_over_its_letter_joins_it(spec, read):
    assert _text(join_accents(_typeset(spec))) == read


@pytest.mark.parametrize("glyphs, read", [
    # a backtick and an acute typed as quotes stand beside their letters, not over them
    ([Glyph("`", 0, 3, 0, 10, 10, "CMTT10", False, False), Glyph("r", 3, 8, 0, 10, 10, "CMTT10", False, False)], "`r"),
    ([Glyph("n", 0, 5, 0, 10, 10, "CMR10", False, False), Glyph("´", 5, 8, 0, 10, 10, "CMR10", False, False),
      Glyph("t", 8, 12, 0, 10, 10, "CMR10", False, False)], "n´t"),
    # over a letter of another font or size: not the same \accent
    ([Glyph("´", 0.5, 4.5, 0, 10, 10, "CMR10", False, False), Glyph("e", 0, 5, 0, 10, 10, "CMBX10", True, False)], "´e"),
    ([Glyph("´", 0.5, 4.5, 0, 12, 12, "CMR12", False, False), Glyph("e", 0, 5, 0, 10, 10, "CMR12", False, False)], "´e"),
    # over a digit or a mark: nothing to put it on
    ([Glyph("~", 0.5, 4.5, 0, 10, 10, "CMR10", False, False), Glyph("5", 0, 5, 0, 10, 10, "CMR10", False, False)], "~5"),
    # a line above the letter (a separate row): not placed on it
    ([Glyph("ˆ", 0.5, 4.5, -9, 1, 10, "CMR10", False, False), Glyph("a", 0, 5, 0, 10, 10, "CMR10", False, False)], "ˆa"),
])
def test_an_accent_not_placed_on_a_letter_stays(glyphs, read):
    assert _text(join_accents(glyphs)) == read


def test_an_accent_painted_after_its_letter_joins_it():
    glyphs = [Glyph("S", 0, 5, 0, 10, 10, "CMR10", False, False), Glyph("¸", 0.5, 4.5, 0, 10, 10, "CMR10", False, False),
              Glyph("a", 5, 10, 0, 10, 10, "CMR10", False, False)]
    assert _text(join_accents(glyphs)) == "Şa"


def test_no_accent_returns_the_same_list():
    glyphs = _typeset("Plain text")
    assert join_accents(glyphs) is glyphs


def test_the_accented_letter_keeps_its_place_and_style():
    glyphs = _typeset("d{´}ej{`}a")
    joined = join_accents(glyphs)
    assert _text(joined) == "déjà"
    assert [(g.x0, g.x1, g.font) for g in joined] == [(g.x0, g.x1, g.font) for g in glyphs if g.text not in "´`"]
