"""Words and cells from glyph geometry (extract/pdf/layout.py): letter-spacing, lost spaces, fonts
changing inside a word, size jumps, superscripts."""
import pytest

from resumekit.extract.pdf.layout import Glyph, Row, rows_of


def glyphs(spec: str, size: float = 10.0, font: str = "Helvetica", x: float = 50.0, baseline: float = 100.0,
           tracking: float = 0.0, advance: float = 5.0):
    """Glyphs from a spec: "_" is a space glyph, "|" a gap of one em with no glyph, "^" a gap of
    0.15 em with no glyph (a lost space); each letter `advance` wide, `tracking` points apart."""
    out = []
    for ch in spec:
        if ch == "|":
            x += size
            continue
        if ch == "^":
            x += 0.15 * size
            continue
        text = " " if ch == "_" else ch
        out.append(Glyph(text, x, x + advance, baseline - 0.8 * size, baseline + 0.2 * size, size, font, False, False))
        x += advance + tracking
    return out


def text_of(gs) -> str:
    rows = rows_of(gs)
    assert len(rows) == 1
    return rows[0].text()


@pytest.mark.parametrize("spec,tracking,expected", [
    ("AMANDA_MARTEL", 2.0, "AMANDA MARTEL"),          # letter-spaced, space glyph between the words
    ("WORK|EXPERIENCE", 4.0, "WORK EXPERIENCE"),      # 0.4 em tracking: the word gap is no cell
    ("WORK|EXPERIENCE", 2.5, "WORK EXPERIENCE"),      # letter-spaced, words apart by a wider gap only
    ("Python_and_Go", 0.0, "Python and Go"),
    ("Implemented^Worker^services", 0.0, "Implemented Worker services"),  # lost spaces, 0.15 em gaps
    ("EDUCATION", 1.0, "EDUCATION"),                  # tracking of 0.1 em: one word
])
def test_words(spec, tracking, expected):
    assert text_of(glyphs(spec, tracking=tracking)) == expected


def test_kerning_does_not_split_words():
    gs = glyphs("Toward")
    for k, g in enumerate(gs):  # kerning pairs pull letters together or push them a little apart
        shift = (-0.3, 0.2, -0.1, 0.3, 0.0, -0.2)[k]
        g.x0 += shift
        g.x1 += shift
    assert text_of(gs) == "Toward"


def test_a_font_change_from_lower_to_capital_at_a_small_gap_starts_a_word():
    first = glyphs("Jakub", size=40, font="Roboto-Thin", advance=20)
    last = glyphs("Kadlcik", size=40, font="Roboto-Regular", x=first[-1].x1 + 2.4, advance=20)
    assert text_of(first + last) == "Jakub Kadlcik"
    same = glyphs("Kadlcik", size=40, font="Roboto-Thin", x=first[-1].x1 + 2.4, advance=20)
    assert text_of(first + same) == "JakubKadlcik"  # same font: a gap of 0.06 em is not a space


def test_closing_punctuation_stays_with_its_word():
    gs = glyphs("6791")
    comma = glyphs(",", x=gs[-1].x1 + 1.3)  # 0.13 em: italic correction before the comma
    assert text_of(gs + comma) == "6791,"


def test_size_jump_on_one_baseline_is_a_cell_but_a_superscript_is_not():
    name = glyphs("Dmitry", size=17, advance=9)
    title = glyphs("Kernel", size=10, x=name[-1].x1 + 8)
    assert text_of(name + title) == "Dmitry\tKernel"
    num = glyphs("20", size=11)
    sup = glyphs("th", size=7, x=num[-1].x1 + 0.3, baseline=96)
    assert text_of(num + sup) == "20th"


def test_wide_gap_is_a_cell():
    assert text_of(glyphs("Engineer||2019")) == "Engineer\t2019"


def rows_text(gs) -> list[str]:
    return [r.text() for r in rows_of(gs)]


@pytest.mark.parametrize("beside,expected", [
    # two lines right-aligned within the name's height: each a row of its own, not interleaved
    ([("Kvernhusvegen 4", 420, 62), ("Bergen", 465, 76)], ["Marit Olsen", "Kvernhusvegen 4", "Bergen"]),
    # one line beside the name: nothing stacked, one row with a cell at the size jump
    ([("Kvernhusvegen 4", 420, 76)], ["Marit Olsen\tKvernhusvegen 4"]),
])
def test_small_lines_stacked_beside_a_large_name_are_rows_of_their_own(beside, expected):
    gs = glyphs("Marit_Olsen", size=34, advance=17, baseline=80)
    for text, x, base in beside:
        gs += glyphs(text.replace(" ", "_"), x=x, baseline=base)
    assert rows_text(gs) == expected


@pytest.mark.parametrize("marks,expected", [
    ([("\u00b4", 52.0, 96.5)], "Ecole"),    # an accent painted apart, a little higher: stays in the row
    ([], "Ecole"),
])
def test_an_accent_painted_apart_is_no_stacked_line(marks, expected):
    gs = glyphs("Ecole")
    for text, x, base in marks:
        gs.append(Glyph(text, x, x + 3, base - 8, base + 2, 10, "Helvetica", False, False))
    assert len(rows_of(gs)) == 1


@pytest.mark.parametrize("spec,expected", [
    # chips drawn apart with padding: spaces inside a chip are glyphs, the gap between chips is not
    ("Pipeline_management|Negotiation|Account_management", "Pipeline management\tNegotiation\tAccount management"),
    # the same gap on a row whose producer writes no space glyphs (TeX): a word gap, as before
    ("Pipeline^management|Negotiation", "Pipeline management Negotiation"),
    # a hanging bullet before its text stays in the text's cell
    ("•|Reduced_churn_by_a_third", "• Reduced churn by a third"),
])
def test_a_gap_without_a_space_glyph_on_a_row_with_spaces_is_a_cell(spec, expected):
    assert text_of(glyphs(spec)) == expected


@pytest.mark.parametrize("middle,expected", [
    (("\uf017", True), "Mar, 2017 - Dec, 2017\t\uf017 9 months"),   # a clock icon set apart: a cell
    (("\ufffc", False), "Mar, 2017 - Dec, 2017\t\ufffc 9 months"),  # a glyph without Unicode, set apart
])
def test_an_icon_set_apart_between_two_words_starts_a_cell(middle, expected):
    text, icon = middle
    left = glyphs("Mar,_2017_-_Dec,_2017")
    x = left[-1].x1 + 7
    pic = Glyph(text, x, x + 7, 92, 102, 10, "LiberationSerif", False, False, icon=icon)
    right = glyphs("9_months", x=pic.x1 + 4)
    assert text_of(left + [pic] + right) == expected


def test_a_lost_ligature_inside_a_word_is_no_separator():
    gs = glyphs("Classi")
    lig = Glyph("\ufffc", gs[-1].x1, gs[-1].x1 + 5, 92, 102, 10, "Helvetica", False, False)
    rest = glyphs("cation", x=lig.x1)
    assert text_of(gs + [lig] + rest) == "Classi\ufffccation"


def test_a_chip_gap_with_a_space_glyph_at_its_end_is_still_a_cell():
    """cairo (Europass) writes the space at the start of the next chip, after the padding."""
    java = glyphs("Java")
    space = Glyph(" ", java[-1].x1 + 12, java[-1].x1 + 14.5, 92, 102, 10, "Helvetica", False, False)
    sql = glyphs("SQL", x=space.x1)
    assert text_of(java + [space] + sql) == "Java\tSQL"


@pytest.mark.parametrize("line, above, expected", [
    # a justified line (equal stretched gaps) under a full line ending where it ends: one cell
    ("abcd||efgh||ijkl", "abcdefgh_ijklmnopqrs", "abcd efgh ijkl"),
    # the same words with no line aligned at both edges beside them: cells, as before
    ("abcd||efgh||ijkl", "abcdefgh_ijklmno", "abcd\tefgh\tijkl"),
    # gaps of different widths: cells (a table row), even under an aligned line
    ("abcd||efgh|||ij", "abcdefgh_ijklmnopqrs", "abcd\tefgh\tij"),
    # two words only: a cell gap (a title and its date)
    ("abcdefgh||||ijkl", "abcdefgh_ijklmnopqrs", "abcdefgh\tijkl"),
])
def test_a_justified_line_whose_word_gaps_are_stretched_is_one_cell(line, above, expected):
    gs = glyphs(above, baseline=100.0) + glyphs(line, baseline=113.0)
    assert rows_text(gs) == [above.replace("_", " "), expected]


@pytest.mark.parametrize("line, above, below, expected", [
    # two words stretched to the paragraph's width (the line above ends where they end), the
    # paragraph going on below: one cell
    ("Carrick||||widens", "Harbour_works_of_tide", "of_the_estuary.", "Carrick widens"),
    # the same two words where the paragraph ends: a title and its date under a full line stay cells
    ("Carrick||||widens", "Harbour_works_of_tide", "", "Carrick\twidens"),
    # a grid of short cells, none of its neighbours a line of words: cells
    ("Carrick||||widens", "Spinning||||Kilns", "Moorland||||Reeds", "Carrick\twidens"),
    # the gap far wider than a stretched word gap: cells
    ("Carr||||||||||||||||||||s", "Harbour_works_and_tides_of_the_long_bay_shore", "of_the_estuary.", "Carr\ts"),
])
def test_a_justified_line_of_two_words_is_one_cell_inside_its_paragraph(line, above, below, expected):
    gs = glyphs(above, baseline=100.0) + glyphs(line, baseline=113.0) + (glyphs(below, baseline=126.0) if below else [])
    assert rows_text(gs)[1] == expected


@pytest.mark.parametrize("spec, expected", [
    # capitals typed apart with a space after each, three spaces between the words
    ("W_O_R_K___E_X_P_E_R_I_E_N_C_E", "WORK EXPERIENCE"),
    ("S_K_I_L_L_S", "SKILLS"),
    ("A_N_N_E_-_M_A_R_I_E___Q_U_A_Y", "ANNE-MARIE QUAY"),  # a hyphen inside the run
    # fewer than four one-letter words, or not capitals: words as typed
    ("Q_A___lead", "Q A lead"),
    ("a_b_c_d_e", "a b c d e"),
    ("Grades_A_and_B", "Grades A and B"),
])
def test_capitals_typed_apart_with_spaces_are_words(spec, expected):
    assert text_of(glyphs(spec)) == expected


@pytest.mark.parametrize("dx, color, bold", [
    (0.3, (0, 0, 0), True),      # painted again 0.3 pt to the right in its own colour: fake bold
    (0.0, (0, 0, 0), False),     # painted twice on the very spot: the same text, no emphasis
    (0.6, (0.6, 0.6, 0.6), False),  # a grey copy just off: a shadow
])
def test_text_painted_twice_a_fraction_of_a_point_apart_is_fake_bold(dx, color, bold):
    ink = glyphs("FERNDALE")
    for g in ink:
        g.color = (0, 0, 0)
    again = glyphs("FERNDALE", x=50.0 + dx)
    for g in again:
        g.color = color
    rows = rows_of(ink + again)
    assert len(rows) == 1 and rows[0].text() == "FERNDALE"
    assert {g.bold for g in rows[0].glyphs} == {bold}


@pytest.mark.parametrize("gap,font,spaced,expected", [
    # a letter-spaced bold heading in a left rail half an em from the text beside it: two cells,
    # and the heading's own tracking keeps it one word
    (5.0, "Sans-Bold", True, "AWARDS\tFirst prize"),
    # the same gap in one font: a word gap, as before
    (5.0, "Sans", True, "AWARDS First prize"),
    # a font change at a plain word gap (under FONT_CELL_EM): one cell
    (3.0, "Sans-Bold", True, "AWARDS First prize"),
    # a producer that writes no space glyphs (TeX): one cell
    (5.0, "Sans-Bold", False, "AWARDS First^prize"),
])
def test_a_font_change_at_a_gap_without_a_space_glyph_is_a_cell(gap, font, spaced, expected):
    head = glyphs("AWARDS", font=font, tracking=1.2)
    body = glyphs("First_prize" if spaced else "First^prize", font="Sans", x=head[-1].x1 + gap)
    assert text_of(head + body) == expected.replace("^", " ")


@pytest.mark.parametrize("below,expected", [
    # one-word chips drawn apart with padding, under a row with a space glyph: the producer writes
    # spaces, so the unspaced gap between the chips is a cell even on a row without a space
    ("Spring_Boot", "PostgreSQL\tDocker"),
    # no space glyph anywhere (TeX): a word gap, as before
    ("Spring^Boot", "PostgreSQL Docker"),
])
def test_chips_on_a_row_without_spaces_are_cells_when_the_page_has_spaces(below, expected):
    chips = glyphs("PostgreSQL", baseline=100) + glyphs("Docker", x=50 + 10 * 5 + 11, baseline=100)
    rows = rows_of(chips + glyphs(below, baseline=130))
    assert rows[0].text() == expected


@pytest.mark.parametrize("word_gap,expected", [
    (12.5, "WORK EXPERIENCE"),      # tracking, a space's width, tracking: a word gap
    (20.0, "WORK\tEXPERIENCE"),     # far wider: two cells
])
def test_a_letter_spaced_row_without_spaces_keeps_its_word_gaps_on_a_page_with_spaces(word_gap, expected):
    work = glyphs("WORK", tracking=3.0, baseline=100)
    exp = glyphs("EXPERIENCE", tracking=3.0, x=work[-1].x1 + word_gap, baseline=100)
    rows = rows_of(work + exp + glyphs("Body_text", baseline=130))
    assert rows[0].text() == expected


def test_a_name_in_two_weights_apart_by_a_wide_gap_stays_one_cell():
    """Only a letter-spaced run before the font change makes the unspaced gap a cell boundary."""
    first = glyphs("Jo", font="Sans-Light")
    last = glyphs("Lang", font="Sans-Bold", x=first[-1].x1 + 7)
    rows = rows_of(first + last + glyphs("Body_text", baseline=130))
    assert rows[0].text() == "Jo Lang"


def _small_caps(spec: str, size: float, x: float, font: str = "Serif-Bold", tracking: float = 0.75):
    """A browser's synthesized small capitals (CSS font-variant: small-caps, 1px letter-spacing):
    a capital typed as such at the full size, the lower-case letters as capitals at 0.7 of it."""
    out = []
    for ch in spec:
        if ch == " ":
            out.append(Glyph(" ", x, x + 0.25 * size, 100 - 0.8 * size, 100 + 0.2 * size, size, font, True, False))
            x += 0.25 * size + tracking
            continue
        s = size if ch.isupper() or ch.isdigit() or ch == "-" else 0.69 * size
        w = 0.5 * s
        out.append(Glyph(ch.upper(), x, x + w, 100 - 0.8 * s, 100 + 0.2 * s, s, font, True, False))
        x += w + tracking
    return out


@pytest.mark.parametrize("spec, expected", [
    ("2022-01-01 to Present", "2022-01-01 TO PRESENT"),  # a date range in small capitals: one cell
    ("Work Experience", "WORK EXPERIENCE"),
])
def test_synthesized_small_capitals_are_no_size_jump(spec, expected):
    assert text_of(_small_caps(spec, 7.6, 60)) == expected


def test_small_capitals_in_another_font_beside_a_larger_run_still_jump():
    # a 17 pt name beside a line in capitals at 0.7 of its size, in another font: two cells, as before
    name = glyphs("Dmitry", size=11, advance=6, font="Serif-Bold")
    title = glyphs("KERNEL", size=7.6, x=name[-1].x1 + 3, advance=4, font="Sans")
    assert text_of(name + title) == "Dmitry\tKERNEL"



@pytest.mark.parametrize("words, jitter, spaces, below, expected", [
    # a justified line ended by a manual line break: words stretched to the width of the full line
    # above (it ends where they end), far wider apart than a stretched word gap, one space glyph
    # in each equal gap, the paragraph going on below: one cell
    (["Tarn", "Ledger", "[link]"], [0.0, 0.0], 1, "2031", "Tarn Ledger [link]"),
    (["Quay", "-", "Final", "Draft", "Wharf"], [0.0, 1.0, -0.5, -0.5], 1, "2030", "Quay - Final Draft Wharf"),
    # the gaps unequal by more than 0.15 em: table cells (a centred middle cell)
    (["Tarn", "Ledger", "[link]"], [-2.5, 2.5], 1, "2031", "Tarn\tLedger\t[link]"),
    # no space glyph in the gaps (a table's cells), or several (padding): cells
    (["Tarn", "Ledger", "[link]"], [0.0, 0.0], 0, "2031", "Tarn\tLedger\t[link]"),
    (["Tarn", "Ledger", "[link]"], [0.0, 0.0], 3, "2031", "Tarn\tLedger\t[link]"),
    # nothing of the paragraph below it: cells
    (["Tarn", "Ledger", "[link]"], [0.0, 0.0], 1, "", "Tarn\tLedger\t[link]"),
    # two words, one gap: a title and its date stay cells
    (["Tarnledgerwork", "[link]"], [0.0], 1, "2031", "Tarnledgerwork\t[link]"),
])
def test_a_justified_line_ended_by_a_manual_break_is_one_cell(words, jitter, spaces, below, expected):
    above = glyphs("Harbour_works_of_the_tide_along_the_long_bay_shore", baseline=100.0)  # 50 to 300
    even = (250.0 - 5.0 * sum(len(w) for w in words)) / (len(words) - 1)
    row: list[Glyph] = []
    x = 50.0
    for k, word in enumerate(words):
        if k:
            gap = even + jitter[k - 1]
            for j in range(spaces):
                mid = x + gap / 2 + 3 * j
                row.append(Glyph(" ", mid, mid + 2.5, 105, 115, 10.0, "Helvetica", False, False))
            x += gap
        row += glyphs(word, x=x, baseline=113.0)
        x = row[-1].x1
    gs = above + row + (glyphs(below, baseline=126.0) if below else [])
    assert rows_text(gs)[1] == expected


@pytest.mark.parametrize("at, width, expected", [
    (-0.4, 3.2, "quaynote.example.org/harbour"),    # painted over the "r", which touches the "u"
    (0.0, 3.2, "quaynote.example.org/harbou r"),    # between the letters, which stand apart by its width
    (-0.4, 10.0, "quaynote.example.org/harbou r"),  # a whole em's box (a producer's broken widths): a space
])
def test_a_space_glyph_painted_over_the_next_letter_is_no_space(at, width, expected):
    gs = glyphs("quaynote.example.org/harbou")
    gap = 0.06 if at < 0 else width
    r = glyphs("r", x=gs[-1].x1 + gap)
    space = Glyph(" ", gs[-1].x1 + (at if at < 0 else 0.0), gs[-1].x1 + (at if at < 0 else 0.0) + width, 92, 102,
                  10, "Helvetica", False, False)
    assert text_of(gs + [space] + r) == expected


def _item(text: str, size: float, joined: int = 0) -> Glyph:
    """One glyph, or a word item of ``joined`` letters after its first (the pdfium backend's)."""
    return Glyph(text, 0.0, size, 90.0, 90.0 + size, size, "Helvetica", False, False, joined=joined)


@pytest.mark.parametrize("items, expected", [
    ([("Ab", 10.0, 1), ("Cd", 10.0, 1), (" ", 12.0, 0)], 10.0),  # one size (a space's does not count)
    ([("Abcdef", 10.0, 5), ("X", 20.0, 0), ("Y", 20.0, 0)], 10.0),  # a word item counts each letter
    ([("A", 10.0, 0), ("B", 20.0, 0)], 15.0),  # two letters: the median of an even count averages
    ([(" ", 10.0, 0)], 0.0),  # no letter
])
def test_a_rows_size_is_the_median_size_of_its_letters(items, expected):
    row = Row(glyphs=[_item(*spec) for spec in items], top=90.0, bottom=110.0, x0=0.0, x1=20.0, cells=[])
    assert row.size == expected
