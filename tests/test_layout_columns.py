"""Reading order from geometry (extract/pdf/columns.py) on synthetic glyphs: columns, sidebars, label
columns, date columns and tables."""
import pytest

from resumekit.extract.pdf.columns import reading_order, region_kind
from resumekit.extract.pdf.sides import Band, Region, _left_alone
from resumekit.extract.pdf.layout import Glyph, rows_of

CHAR = 5.0  # advance of one character at 10 pt


def text(s: str, x: float, baseline: float, size: float = 10.0, bold: bool = False) -> list[Glyph]:
    """Glyphs of `s` starting at x on a baseline (points from the top), spaces as gaps."""
    out, scale = [], size / 10.0
    for ch in s:
        if ch != " ":
            out.append(Glyph(ch, x, x + CHAR * scale, baseline - 0.8 * size, baseline + 0.2 * size, size,
                             "Helvetica-Bold" if bold else "Helvetica", bold, False))
        x += CHAR * scale
    return out


def page(*items) -> list[Glyph]:
    return [g for item in items for g in text(*item)]


def order(glyphs) -> list[str]:
    return [r.text() for r in reading_order(glyphs)]


def columns(glyphs) -> list[int | None]:
    return [r.column for r in reading_order(glyphs)]


def test_sidebar_is_read_before_the_main_column():
    glyphs = page(
        ("Tamsin Okereke-Hale", 40, 40, 20),
        ("CONTACT", 40, 100), ("SUMMARY", 200, 100),
        ("tamsin@example.com", 40, 114), ("Backend engineer with ten years of work", 200, 112),
        ("+44 7700 900123", 40, 128), ("on payments and logistics systems for", 200, 124),
        ("London, UK", 40, 142), ("retailers and health companies.", 200, 136),
        ("SKILLS", 40, 170), ("EXPERIENCE", 200, 160),
        ("Python, Go", 40, 184), ("Senior Engineer, Pellinore Freight", 200, 174),
        ("Kafka, SQL", 40, 198), ("Led the rewrite of the tracking API.", 200, 186),
    )
    assert order(glyphs) == [
        "Tamsin Okereke-Hale",
        "CONTACT", "tamsin@example.com", "+44 7700 900123", "London, UK", "SKILLS", "Python, Go", "Kafka, SQL",
        "SUMMARY", "Backend engineer with ten years of work", "on payments and logistics systems for",
        "retailers and health companies.", "EXPERIENCE", "Senior Engineer, Pellinore Freight",
        "Led the rewrite of the tracking API."]
    assert columns(glyphs) == [None] + [0] * 7 + [1] * 7


def test_right_aligned_dates_stay_on_their_row():
    glyphs = page(
        ("Senior Engineer", 40, 100, 10, True), ("2021 - Present", 420, 100),
        ("Pellinore Freight", 40, 112), ("London, UK", 445, 112),
        ("Backend Engineer", 40, 130, 10, True), ("2018 - 2021", 435, 130),
        ("Fernhollow Health", 40, 142), ("Bristol, UK", 445, 142),
    )
    assert order(glyphs) == ["Senior Engineer\t2021 - Present", "Pellinore Freight\tLondon, UK",
                             "Backend Engineer\t2018 - 2021", "Fernhollow Health\tBristol, UK"]
    assert set(columns(glyphs)) == {None}


def test_two_column_block_inside_a_one_column_page():
    glyphs = page(
        ("A one-column paragraph that runs right across the whole page width.", 40, 60),
        ("Achievements", 40, 90, 10, True), ("Key skills", 300, 90, 10, True),
        ("Cut costs by a third in", 40, 102), ("Risk models in Python", 300, 104),
        ("two years of running the", 40, 114), ("Credit risk and IFRS 9", 300, 118),
        ("team and its systems.", 40, 126), ("Stress testing", 300, 132),
        ("Another paragraph across the full width of the page, after the block.", 40, 160),
    )
    assert order(glyphs) == [
        "A one-column paragraph that runs right across the whole page width.",
        "Achievements", "Cut costs by a third in", "two years of running the", "team and its systems.",
        "Key skills", "Risk models in Python", "Credit risk and IFRS 9", "Stress testing",
        "Another paragraph across the full width of the page, after the block."]


def test_a_heading_over_a_full_width_block_is_not_taken_into_the_columns():
    glyphs = page(
        ("Soft skills", 40, 100), ("Technical skills", 300, 100),
        ("Interviewing", 40, 112), ("SQL and Python", 300, 114),
        ("Team work", 40, 124), ("Dashboards in Tableau", 300, 128),
        ("Mentoring", 40, 136),
        ("EXPERIENCE", 40, 160, 10, True),
        ("International Organisation for Migration, Nairobi - Senior Medical Assistant", 40, 172),
    )
    out = order(glyphs)
    assert out[-2:] == ["EXPERIENCE", "International Organisation for Migration, Nairobi - Senior Medical Assistant"]


def test_left_labels_join_the_first_row_of_their_content():
    glyphs = page(
        ("RESEARCH", 40, 100, 10, True), ("Post-doctoral Researcher", 180, 100), ("2018 - 2022", 470, 100),
        ("EXPERIENCE", 40, 112, 10, True), ("Pedagogical University of Cracow", 180, 112),
        ("Post-doctoral Researcher", 180, 136), ("2017 - 2018", 470, 136),
        ("Astronomical Center, Warsaw", 180, 148),
        ("EDUCATION", 40, 180, 10, True), ("Doctor of Philosophy in Astronomy", 180, 180), ("2011 - 2017", 470, 180),
        ("University of Wroclaw", 180, 192),
    )
    assert order(glyphs) == [
        "RESEARCH EXPERIENCE\tPost-doctoral Researcher\t2018 - 2022", "Pedagogical University of Cracow",
        "Post-doctoral Researcher\t2017 - 2018", "Astronomical Center, Warsaw",
        "EDUCATION\tDoctor of Philosophy in Astronomy\t2011 - 2017", "University of Wroclaw"]


def test_a_vertically_centred_label_goes_to_the_start_of_its_content():
    glyphs = page(
        ("Experience", 40, 136, 10, True),
        ("Senior Engineer, Pellinore Freight", 180, 100), ("Led the rewrite of the tracking API.", 180, 112),
        ("Designed the event schema.", 180, 124), ("Engineer, Fernhollow Health", 180, 148),
        ("Built the booking backend.", 180, 160), ("Ran the on-call rota.", 180, 172),
        ("Education", 40, 232, 10, True),
        ("MSc Computer Science, Kestrel Vale", 180, 220), ("Distinction.", 180, 232), ("BSc, Pennard", 180, 244),
    )
    out = order(glyphs)
    assert out[0] == "Experience\tSenior Engineer, Pellinore Freight"
    assert "Education\tMSc Computer Science, Kestrel Vale" in out
    assert len(out) == 9


def _right(s: str, right: float, baseline: float, size: float = 9.0) -> tuple:
    """A label set flush right at ``right``."""
    return (s, right - CHAR * size / 10.0 * len(s), baseline, size)


@pytest.mark.parametrize("dates", [["02.2019 - heute", "04.2015 - 09.2016"], ["April 2016 - Present", "2009 - 2016"]])
def test_a_label_on_a_rows_baseline_takes_it_from_a_section_name_above(dates):
    # Europass: the section's name in the label column a little above the first entry, whose title
    # (larger) has its dates on its baseline in the label column; the name stays a row of its own
    glyphs = page(
        _right("WORK HISTORY", 170, 108),
        _right(dates[0], 170, 128), ("Data Analyst", 180, 128, 12),
        ("Karwendel Survey Ltd, Leeds", 180, 143, 9), ("Built the map layers for six councils.", 180, 157, 9),
        _right(dates[1], 170, 184), ("Survey Intern", 180, 184, 12),
        ("Loisach Imaging, York", 180, 199, 9), ("Classified crop images by season.", 180, 213, 9),
        _right("EDUCATION", 170, 240),
        _right("2011 - 2014", 170, 260), ("BSc Geography", 180, 260, 12),
        ("University of Ammerdale", 180, 275, 9),
    )
    assert order(glyphs) == [
        "WORK HISTORY", f"{dates[0]}\tData Analyst", "Karwendel Survey Ltd, Leeds",
        "Built the map layers for six councils.", f"{dates[1]}\tSurvey Intern", "Loisach Imaging, York",
        "Classified crop images by season.", "EDUCATION", "2011 - 2014\tBSc Geography", "University of Ammerdale"]


def test_newspaper_columns_on_one_baseline_grid_are_columns():
    left = ["Kernel engineer working on the network", "stack and the memory management code", "for nine years, with a focus on the",
            "correctness of lockless data paths."]
    right = ["Maintainer of the TCP-AO patch series", "and of the tracing tool used across", "the whole team in production for",
             "debugging latency outliers."]
    items = [(t, 40, 100 + 12 * k) for k, t in enumerate(left)] + [(t, 250, 100 + 12 * k) for k, t in enumerate(right)]
    assert order(page(*items)) == left + right


def test_region_kind_table_of_short_rows():
    lrows = rows_of(page(("Email", 40, 100), ("Phone", 40, 112), ("Web", 40, 124)))
    rrows = rows_of(page(("x@example.com", 300, 100), ("+44 20 7946 0123", 300, 112), ("example.org", 300, 124)))
    assert region_kind(lrows, rrows) == "cells"


def test_one_column_page_is_unchanged():
    lines = ["Summary", "A paragraph of text that fills the line.", "and continues here on a second line.",
             "Experience", "Engineer at a company"]
    glyphs = page(*[(t, 40, 100 + 14 * k) for k, t in enumerate(lines)])
    assert order(glyphs) == lines
    assert [r.text() for r in rows_of(glyphs)] == lines


def test_a_date_column_close_to_its_entries_and_a_heading_above_them():
    glyphs = page(
        ("Experience", 40, 100, 14, True),
        ("2023 - 2026", 40, 120, 10, True), ("Nokia Networks", 110, 120, 10, True),
        ("Software Engineer", 110, 132), ("Working Student", 110, 144),
        ("2021 - 2023", 40, 164, 10, True), ("Dex Dental Lab", 110, 164, 10, True),
        ("IT Specialist", 110, 176), ("Monitoring of IT systems", 110, 188),
        ("Education", 40, 214, 14, True),
        ("2025 - 2026", 40, 234, 10, True), ("Wroclaw University", 110, 234, 10, True),
        ("Master's Degree", 110, 246),
    )
    assert order(glyphs) == [
        "Experience", "2023 - 2026\tNokia Networks", "Software Engineer", "Working Student",
        "2021 - 2023\tDex Dental Lab", "IT Specialist", "Monitoring of IT systems",
        "Education", "2025 - 2026\tWroclaw University", "Master's Degree"]


def test_hanging_bullets_are_not_a_column():
    items = []
    for k in range(6):
        items += [("-", 46, 100 + 24 * k), (f"Bullet point number {k} that wraps onto", 61, 100 + 24 * k),
                  ("a second line of text.", 61, 112 + 24 * k)]
    out = order(page(*items))
    assert out[:3] == ["- Bullet point number 0 that wraps onto", "a second line of text.",
                       "- Bullet point number 1 that wraps onto"]


def test_dates_on_the_baselines_of_one_row_entries_stay_on_them():
    """Most entries one row long: the gap before an entry is the commonest gap, yet each date
    sits on its entry's first baseline (not on the heading above it)."""
    entries = [("Oct 2011 - Oct 2013", "Harrowgate University, MBA"), ("Sep 2007 - Jun 2010", "Fenmoor University, BA"),
               ("Feb 2023 - Present", "Design Lead, Quillon Ltd"), ("Jun 2019 - Feb 2023", "Product Designer, Veltra"),
               ("Jul 2015 - Apr 2019", "Graphic Designer, Ostrava Print"), ("Mar 2014 - Jun 2015", "Junior Designer, Ostrava"),
               ("Oct 2013 - Mar 2014", "Design Intern, Ostrava Print")]
    bullets = ["- Ran usability tests every quarter", "- Redesigned the checkout flow", "- Kept the design system"]
    items, expected, y = [("Education", 130, 100, 14)], ["Education"], 120
    for k, (dates, head) in enumerate(entries):
        if k == 2:
            items.append(("Employment History", 130, y + 4, 14))
            expected.append("Employment History")
            y += 24
        items += [(dates, 20, y), (head, 130, y)]
        expected.append(f"{dates}\t{head}")
        if k in (4, 5):
            for b in bullets:
                y += 12
                items.append((b, 130, y))
                expected.append(b)
        y += 18
    assert order(page(*items)) == expected


def right_aligned(s: str, right: float, baseline: float) -> tuple:
    return (s, right - CHAR * len(s), baseline)


def test_a_narrow_date_column_with_dates_wrapped_over_three_lines():
    """moderncv: dates right-aligned 0.9 em from the entries, wrapped over up to three lines; a
    bullet of the entry on a date piece's baseline; languages as label and level."""
    glyphs = page(
        ("Employment History", 130, 100, 14),
        right_aligned("November", 121, 120), ("Head of Sales, Orrin Ltd, Leeds", 130, 120),
        right_aligned("2023 - April", 121, 132),
        right_aligned("2026", 121, 144),
        right_aligned("June 2019 -", 121, 162), ("Account Manager, Tessary Co", 130, 162),
        right_aligned("May 2023", 121, 174), ("- Grew revenue by a fifth", 130, 174),
        ("- Opened two new regions", 130, 186),
        ("Languages", 130, 212, 14),
        right_aligned("Polish", 121, 232), ("Native", 130, 232),
        right_aligned("English", 121, 246), ("Fluent", 130, 246),
    )
    assert order(glyphs) == [
        "Employment History", "November 2023 - April 2026\tHead of Sales, Orrin Ltd, Leeds",
        "June 2019 - May 2023\tAccount Manager, Tessary Co", "- Grew revenue by a fifth", "- Opened two new regions",
        "Languages", "Polish\tNative", "English\tFluent"]


def test_a_table_of_keys_and_values_keeps_a_row_per_key():
    """Keys of one column, each beside its value: a table, not a label wrapped over four rows."""
    keys = ["Arabic", "German", "English", "French"]
    values = ["Mother tongue", "Business fluent", "Advanced", "Advanced"]
    items = [("Languages", 20, 100, 14)]
    for k, (key, value) in enumerate(zip(keys, values)):
        items += [(key, 20, 120 + 12 * k), (value, 100, 120 + 12 * k)]
    assert order(page(*items)) == ["Languages"] + [f"{k}\t{v}" for k, v in zip(keys, values)]


@pytest.mark.parametrize("markers", [
    ["1.", "2.", "3.", "4."],        # a numbered list, the text 0.8 em after its number
    ["[1]", "[2]", "[3]", "[4]"],    # numbered publications
    ["a)", "b)", "c)", "d)"],
])
def test_a_numbered_list_is_not_a_label_column(markers):
    items = ["Certified Scrum Master, Scrum Alliance", "Azure Fundamentals, Microsoft",
             "First Aid at Work, Red Cross", "Food Hygiene Level 2, Highfield"]
    glyphs = page(*[g for k, (m, t) in enumerate(zip(markers, items))
                    for g in (right_aligned(m, 52, 100 + 14 * k), (t, 60, 100 + 14 * k))])
    assert order(glyphs) == [f"{m} {t}" for m, t in zip(markers, items)]


def test_two_columns_on_baselines_of_their_own_are_read_one_after_the_other():
    """A Word section in two columns: the right column's rows fall between the left one's."""
    left = ["Experience", "Backend Developer, Bellcroft", "April 2023 - April 2026", "- Cut deploy time by a third",
            "- Moved the queue to Kafka", "Junior Engineer, Bellcroft", "January 2020 - March 2023", "Education"]
    right = ["Languages", "English (native)", "Volunteering", "Tutor, Riverside Club", "October 2021 - July 2025"]
    # the headings share the first baseline; below it the right column's rows fall between the left one's
    items = [(t, 50, 100 + 14 * k) for k, t in enumerate(left)] + [(t, 320, 100 + 14 * k + 7 * bool(k))
                                                                     for k, t in enumerate(right)]
    assert order(page(*items)) == left + right


def test_a_large_name_beside_a_block_of_contact_lines_is_two_blocks():
    """moderncv classic: the name and title at the left, the address and contact lines set small
    at the right, some of them above the name's baseline; read as two blocks, not row by row."""
    glyphs = page(
        ("Marit Olsen", 40, 80, 34), ("Kvernhusvegen 4", 420, 62, 9), ("5003 Bergen", 434, 73, 9),
        ("Norway", 449, 84, 9), ("+47 912 34 567", 425, 95, 9),
        ("Site Engineer", 40, 104, 20), ("marit.olsen@example.no", 395, 106, 9),
        ("Profile", 130, 150, 14), ("Site engineer with eight years on bridges, tunnels and harbour works.", 130, 170))
    assert order(glyphs) == [
        "Marit Olsen", "Site Engineer", "Kvernhusvegen 4", "5003 Bergen", "Norway", "+47 912 34 567",
        "marit.olsen@example.no", "Profile", "Site engineer with eight years on bridges, tunnels and harbour works."]


def test_a_gutter_narrows_to_a_sidebar_line_reaching_close_to_the_main_column():
    """moderncv oldstyle: an e-mail address broken over two lines in the sidebar comes within
    0.3 em of the main column's left edge (a heading beside it, set larger); the gutter narrows
    there, at the column edge, and goes on down the page."""
    from resumekit.extract.pdf.columns import gutters
    side = [("Kvernhusvegen 4", 40, 100), ("5003 Bergen", 40, 114), ("+47 912 34 567", 40, 128),
            right_aligned("marit.ol-", 165, 142), ("sen@example.no", 40, 156)]
    main = [("Experience", 168, 100), ("Site Engineer, Fjordbru AS, Bergen", 168, 114),
            ("Ran the concrete works of a 400 m bridge.", 168, 128), ("Education", 168, 143, 16),
            ("MSc Civil Engineering, NTNU", 168, 156), ("BSc, Bergen", 168, 170), ("Skills", 168, 188, 16),
            ("Concrete, steel, tunnels", 168, 202)]
    rows = rows_of(page(*side, *main))
    a, b, first, last, _ = gutters(rows, 10.0)[0]
    assert (a, b, first, last) == (165, 168, 0, len(rows) - 1)


def test_a_sidebar_off_the_main_columns_baselines_with_an_address_close_to_a_larger_heading():
    """moderncv oldstyle: the sidebar's lines mostly sit on baselines of their own, so few rows show
    a gap before the main column; the e-mail line comes within 0.3 em of it beside a heading set
    larger. The jump in type size starts a cell there, which marks the main column's edge: the
    sidebar is read whole, then the main column with its headings."""
    side = [("12 Alder Row", 40, 100), ("Tromso", 40, 114), ("Norway", 40, 128), ("+47 912 34 567", 40, 142),
            right_aligned("marit.ol-", 165, 156), ("sen@example.no", 40, 170), ("marit-olsen", 60, 184)]
    main = [("Education", 168, 100, 15), ("MSc Civil Engineering, Tromso University", 168, 128),
            ("Experience", 168, 156, 15), ("Site Engineer, Fjordbru AS, Bergen", 168, 177),
            ("Ran the concrete works of a 400 m bridge.", 168, 191), ("Led a crew of twelve.", 168, 205)]
    glyphs = page(("Marit Olsen", 40, 60, 30), *side, *main)
    assert order(glyphs) == [
        "Marit Olsen", "12 Alder Row", "Tromso", "Norway", "+47 912 34 567", "marit.ol-", "sen@example.no", "marit-olsen",
        "Education", "MSc Civil Engineering, Tromso University", "Experience",
        "Site Engineer, Fjordbru AS, Bergen", "Ran the concrete works of a 400 m bridge.", "Led a crew of twelve."]


def test_the_stretched_word_gaps_of_justified_lines_are_no_gutter():
    # a justified paragraph in a narrow column, each word placed on its own: the stretched gaps of
    # three lines happen to line up, but they are word gaps, not a table's gutter
    lines = ["aaaa bbbbbbb cccccccccc dddddddd eeeeeee",
             "ffffffffffffff     gggggggggg     hhhhhh",
             "iiiiiiiiiiiii     jjjjjjjjjjj     kkkkkk",
             "llllllllllllll     mmmmmmmmm     nnnnnnn",
             "oooooo pppp"]
    got = order(page(*((line, 50.0, 100.0 + 13 * k) for k, line in enumerate(lines))))
    assert got == [" ".join(line.split()) for line in lines]


@pytest.mark.parametrize("right_heads, running, expected", [
    # each side under section headings of its own, the right one running text, on one baseline grid
    (("ARTICLES", "TALKS"), True, "columns"),
    # headings on one side only: a table, its rows paired, as before
    (("Articles and notes", "Talks given"), True, "cells"),
    # headings on both sides but short items under them: a grid of skills under categories
    (("ARTICLES", "TALKS"), False, "cells"),
])
def test_two_columns_with_headings_of_their_own_on_one_baseline_grid(right_heads, running, expected):
    left = [("POSITIONS", 40, 100, 10, True), ("Reader in Tides", 40, 112), ("Quillmore College", 40, 124),
            ("Lecturer in Tides", 40, 136), ("Tarn Institute", 40, 148),
            ("TEACHING", 40, 160, 10, True), ("Ocean Models II", 40, 172), ("Wave Physics I", 40, 184)]
    texts = (["Tides of the Firth, a survey of", "surges in shallow harbours over", "forty winters. Journal of Salt,",
              "Kelp and swell in the lee of", "capes and headlands, a study.", "Moon and mud: field notes from"]
             if running else ["Firth", "Surges", "Salt", "Kelp", "Swell", "Mud"])
    right = [(right_heads[0], 250, 100, 10, True), (texts[0], 250, 112), (texts[1], 250, 124), (texts[2], 250, 136),
             (right_heads[1], 250, 148, 10, True), (texts[3], 250, 160), (texts[4], 250, 172), (texts[5], 250, 184)]
    assert region_kind(rows_of(page(*left)), rows_of(page(*right))) == expected
    if expected == "columns":
        assert order(page(*left, *right)) == [t[0] for t in left + right]


def _dated_entries(dates: list[str], heading_size: float) -> list[Glyph]:
    """Section headings at the margin over a narrow column of dates, each date on the baseline of
    the title it dates, the entry's other lines under the title in the body column."""
    items = [("Werdegang", 40, 100, heading_size, True)]
    y = 118.0
    for n, date in enumerate(dates):
        items += [(date, 40, y), (f"Title number {n}", 150, y, 10, True), (f"Employer number {n}, Town", 150, y + 12),
                  (f"Did the work of entry number {n}.", 150, y + 24)]
        y += 44
        if n == 1:
            items.append(("Ausbildung", 40, y, heading_size, True))
            y += 18
    return page(*items)


@pytest.mark.parametrize("dates, heading_size, expected", [
    # dates of one size under headings set larger: the headings stand over both sides, each date
    # joins the title on its baseline
    (["seit 03/2021", "04/2017 - 02/2021", "2011 - 2015"], 12.0,
     ["Werdegang", "seit 03/2021\tTitle number 0", "Employer number 0, Town", "Did the work of entry number 0.",
      "04/2017 - 02/2021\tTitle number 1", "Employer number 1, Town", "Did the work of entry number 1.",
      "Ausbildung", "2011 - 2015\tTitle number 2", "Employer number 2, Town", "Did the work of entry number 2."]),
    (["2019 – 2021", "2017 – 2019", "2013 – 2017"], 13.0,
     ["Werdegang", "2019 – 2021\tTitle number 0", "Employer number 0, Town", "Did the work of entry number 0.",
      "2017 – 2019\tTitle number 1", "Employer number 1, Town", "Did the work of entry number 1.",
      "Ausbildung", "2013 – 2017\tTitle number 2", "Employer number 2, Town", "Did the work of entry number 2."]),
])
def test_a_column_of_dates_under_headings_pairs_with_the_entries_beside_it(dates, heading_size, expected):
    assert order(_dated_entries(dates, heading_size)) == expected


def test_a_sidebar_whose_headings_have_the_main_column_beside_them_stays_a_column():
    # the sidebar's items sit on the main column's baselines, its headings between two of them:
    # main text runs beside the headings, so they are the sidebar's own, not headings over both
    # sides, and the sidebar is a column, not the cells of a table
    side = [("CONTACT", 40, 96, 12, True), ("Rue 4, Lyon", 40, 112), ("06 00 00 00 00", 40, 124),
            ("SKILLS", 40, 138, 12, True), ("Welding", 40, 158), ("Forklift", 40, 170)]
    main = [("Foreman at a shipyard for eleven years, lately on", 170, 100),
            ("hull repairs and dry-dock planning for the", 170, 112), ("regional ferry fleet.", 170, 124),
            ("Yard planner, Quai Sud Chantiers, 2019 - 2024", 170, 146),
            ("Planned the dry-dock slots of forty ships.", 170, 158), ("Trained six apprentices.", 170, 170)]
    assert region_kind(rows_of(page(*side)), rows_of(page(*main))) == "columns"


_GRID = [130 + 62 * k for k in range(5)]


@pytest.mark.parametrize("keys, values, expected", [
    # a grid: each language on the baseline of its row of levels, the levels in columns under
    # headings wider than a level: a key each, not one label "Kiswahili Norsk" over the headings
    (["Kiswahili", "Norsk"], ["C1 C2 B2 B2 C1", "A2 B1 A1 A1 A2"],
     ["Self-assessment", "Hearing\tReading\tTalking to\tSpeaking",
      "Kiswahili\tC1\tC2\tB2\tB2\tC1", "Norsk\tA2\tB1\tA1\tA1\tA2"]),
    (["Tagalog", "Gaeilge", "Eesti"], ["B2 B2 B1 B1 B1", "C2 C2 C2 C2 C2", "A1 A1 A2 A1 A1"],
     ["Self-assessment", "Hearing\tReading\tTalking to\tSpeaking",
      "Tagalog\tB2\tB2\tB1\tB1\tB1", "Gaeilge\tC2\tC2\tC2\tC2\tC2", "Eesti\tA1\tA1\tA2\tA1\tA1"]),
])
def test_the_keys_of_a_grid_each_stay_with_their_row_of_values(keys, values, expected):
    items = [("Self-assessment", _GRID[0], 88, 8)] + [(word, x, 100, 7.5) for word, x in zip(("Hearing", "Reading", "Talking to", "Speaking"),
                                                   _GRID)]
    for n, (key, row) in enumerate(zip(keys, values)):
        y = 114 + 14 * n
        items += [(key, 40, y)] + [(level, x + 12, y) for level, x in zip(row.split(), _GRID)]
    assert order(page(*items)) == expected


def test_a_date_wrapped_beside_bulleted_lines_stays_one_label():
    # each line of the date on the baseline of a bulleted line: the bullet is no cell of a grid
    items = [("Night nurse, Ward 7", 150, 100, 10, True),
             ("Mar 2019 –", 40, 114), ("•", 150, 114), ("Ran the night shift of a surgical ward", 160, 114),
             ("Jun 2021", 40, 128), ("•", 150, 128), ("Kept the rota of twelve nurses", 160, 128),
             ("Ward clerk, Ward 2", 150, 150, 10, True),
             ("May 2017 –", 40, 164), ("•", 150, 164), ("Kept the admissions book of the ward", 160, 164),
             ("Mar 2019", 40, 178), ("•", 150, 178), ("Ordered the ward's linen and stock", 160, 178)]
    got = order(page(*items))
    assert got == ["Mar 2019 – Jun 2021\tNight nurse, Ward 7", "• Ran the night shift of a surgical ward",
                   "• Kept the rota of twelve nurses", "May 2017 – Mar 2019\tWard clerk, Ward 2",
                   "• Kept the admissions book of the ward", "• Ordered the ward's linen and stock"]


@pytest.mark.parametrize("right, expected", [
    # two text boxes side by side, each under its only heading (a slide's boxes): columns
    ([("Skills", 300, 100, 14, True), ("Surveying", 300, 114), ("Drafting", 300, 128), ("Costing", 300, 142),
      ("Site safety", 300, 156)], "columns"),
    # a grid of skills under category headings that goes on to more headings: cells of one table
    ([("Software", 300, 100, 14, True), ("Surveying", 300, 114), ("Drafting", 300, 128), ("Costing", 300, 142),
      ("Tools", 300, 156, 14, True)], "cells"),
    # a box whose entries' titles are bold and a little larger than its body, under a larger title
    ([("Experience", 300, 100, 14, True), ("Site Estimator", 300, 114, 12, True), ("Kernow Build Ltd", 300, 128),
      ("2019 - 2023", 300, 142), ("Quantity Surveyor", 300, 156, 12, True), ("Penwith Homes", 300, 170),
      ("2016 - 2019", 300, 184)], "columns"),
    # ... and under a title no larger than those titles: no box's title, a table's rows
    ([("Experience", 300, 100, 12, True), ("Site Estimator", 300, 114, 12, True), ("Kernow Build Ltd", 300, 128),
      ("2019 - 2023", 300, 142), ("Quantity Surveyor", 300, 156, 12, True), ("Penwith Homes", 300, 170),
      ("2016 - 2019", 300, 184)], "cells"),
])
def test_text_boxes_side_by_side_each_under_a_heading(right, expected):
    left = [("Education", 40, 100, 14, True), ("BSc Quantity Surveying", 40, 114, 10, True),
            ("Tamar College, 2015 - 2018", 40, 128), ("HNC Construction", 40, 142, 10, True),
            ("Tamar College, 2013 - 2015", 40, 156)]
    assert region_kind(rows_of(page(*left)), rows_of(page(*right))) == expected


def _serif(address_tops: list[float]) -> list[Glyph]:
    """A name and headline at the left, an address block set small at the top right, then a
    main column and a narrow right column of its own sections."""
    return page(
        ("Rowena Quist", 40, 70, 26), ("Cartographer", 40, 92, 12),
        *[(t, 470, top, 9) for t, top in zip(("9 Ferry Lane", "Portree", "rowena@example.com"), address_tops)],
        ("EXPERIENCE", 40, 140, 11), ("TOOLS", 420, 140, 11),
        ("Surveyor, Skye Mapping Co.", 40, 156), ("QGIS", 420, 161),
        ("Drew the island's footpath maps.", 40, 170), ("ArcGIS", 420, 177),
        ("Checked field notes.", 40, 184), ("LiDAR", 420, 193),
        ("EDUCATION", 40, 212, 11), ("AWARDS", 420, 220, 11),
        ("BSc Geography, Uig College", 40, 228), ("Map Prize", 420, 238))


@pytest.mark.parametrize("address_tops, expected_head", [
    # the address block wholly beside the name and headline: read with them, before the left column
    ([60, 72, 84], ["Rowena Quist", "Cartographer", "9 Ferry Lane", "Portree", "rowena@example.com", "EXPERIENCE"]),
    # a block that runs on below the name's block is the right column's own: read after the left one
    ([84, 96, 108], ["Rowena Quist", "Cartographer", "EXPERIENCE"]),
])
def test_an_address_block_beside_the_name_above_a_right_column(address_tops, expected_head):
    got = order(_serif(address_tops))
    assert got[:len(expected_head)] == expected_head
    assert got.index("TOOLS") > got.index("BSc Geography, Uig College")


TIMELINE = (
    ("Experience", 40, 100, 13, True),
    ("2020 - now", 40, 118, 9), ("Lead Baker", 150, 118, 10.5, True),
    ("Fennick Bakery, Truro", 150, 131),
    ("• Ran the night shift of six.", 150, 144),
    ("2016 - 2020", 40, 162, 9), ("Baker", 150, 162, 10.5, True),
    ("Polwhele Mill, Bodmin", 150, 175),
    ("Education", 40, 200, 13, True),
    ("2012 - 2014", 40, 218, 9), ("NVQ Baking", 150, 218, 10.5, True),
    ("Kenwyn College", 150, 231),
    ("Skills", 40, 256, 13, True),
    ("Sourdough", 40, 272), ("Lamination", 40, 286), ("Costing", 40, 300),
    ("Languages", 40, 324, 13, True),
    ("Cornish", 40, 340), ("English", 40, 354),
)


@pytest.mark.parametrize("right_heading, expected", [
    (None, [None] * 16),                                   # a timeline: the page's headings and dates on the left
    (("Profile", 150, 84, 13, True), [0] * 12 + [1] * 8),  # the right side under a heading of its own
])
def test_a_timeline_of_dates_under_the_pages_headings_stays_on_its_rows(right_heading, expected):
    """The page's headings and a timeline's dates at the left margin, each entry beside its dates,
    the skills below with their levels drawn (no text on the right): the gutter runs on down beside
    them, yet the dates label the entries; a right side with a heading of its own is a column."""
    glyphs = page(*TIMELINE, *([right_heading] if right_heading else []))
    got = reading_order(glyphs)
    assert [r.column for r in got] == expected
    if right_heading is None:
        assert [r.text() for r in got][:3] == ["Experience", "2020 - now\tLead Baker", "Fennick Bakery, Truro"]


def _capital_heads(rows) -> list[tuple]:
    return [(t[0].upper(), *t[1:]) if len(t) > 3 and t[3] == 13 else t for t in rows]


@pytest.mark.parametrize("beside, expected", [
    # the languages beside the skills under the timeline: the gutter runs on between them
    ([("LANGUAGES", 260, 256, 13, True), ("Cornish", 260, 272), ("English", 260, 286)],
     ["EXPERIENCE", "2020 - now\tLead Baker", "Fennick Bakery, Truro", "• Ran the night shift of six.",
      "2016 - 2020\tBaker", "Polwhele Mill, Bodmin", "EDUCATION", "2012 - 2014\tNVQ Baking", "Kenwyn College",
      "SKILLS\tLANGUAGES", "Sourdough\tCornish", "Lamination\tEnglish", "Costing"]),
    # the same with the last word of a date range wrapped in the rail, off the entries' baselines
    ([("LANGUAGES", 260, 256, 13, True), ("Cornish", 260, 272), ("English", 260, 286), ("now", 40, 124, 9)],
     ["EXPERIENCE", "2020 -\tLead Baker", "now", "Fennick Bakery, Truro", "• Ran the night shift of six.",
      "2016 - 2020\tBaker", "Polwhele Mill, Bodmin", "EDUCATION", "2012 - 2014\tNVQ Baking", "Kenwyn College",
      "SKILLS\tLANGUAGES", "Sourdough\tCornish", "Lamination\tEnglish", "Costing"]),
])
def test_a_timeline_above_a_list_with_a_block_beside_it_keeps_its_dates_on_their_rows(beside, expected):
    """A design tool's timeline: section names in capitals and each entry's dates at the left
    margin, the entries right of a gap; under it the skills at the left margin with another block
    beside them. The gutter runs on from the dates down between the skills and the block beside
    them; the dates above the lowest section name still label their entries (not a column)."""
    rail = [("2020 -", *t[1:]) if t[0] == "2020 - now" and ("now", 40, 124, 9) in beside else t
            for t in _capital_heads(t for t in TIMELINE if t[2] < 320)]
    glyphs = page(*rail, *beside)
    assert order(glyphs) == expected


@pytest.mark.parametrize("place_x, expected_row", [
    (262, "04/2019 - now\tTruro, UK"),  # flush right to the main column's edge, the sidebar a gutter away
    (None, "04/2019 - now"),             # no places: the sidebar alone
])
def test_places_flush_right_in_the_main_column_stay_beside_a_sidebar(place_x, expected_row):
    """The places of the main column's entries set flush right to its edge, on the baselines of
    their date rows, a gutter short of a sidebar: they stay on their rows, not in the sidebar."""
    items = [
        ("EXPERIENCE", 40, 100, 11, True), ("SKILLS", 330, 100, 11, True),
        ("Head Baker", 40, 118, 11, True), ("Proving", 330, 120),
        ("Fennick Bakery", 40, 132), ("Lamination", 330, 140),
        ("04/2019 - now", 40, 145), ("Costing", 330, 160),
        ("• Ran the night shift of six.", 44, 158),
        ("Baker", 40, 178, 11, True), ("LANGUAGES", 330, 184, 11, True),
        ("Polwhele Mill", 40, 192), ("Cornish", 330, 200),
        ("09/2015 - 03/2019", 40, 205), ("English", 330, 216),
    ]
    if place_x is not None:
        items += [("Truro, UK", place_x, 145), ("Bodmin, UK", place_x - 5, 205)]
    got = reading_order(page(*items))
    assert expected_row in [r.text() for r in got if r.column == 0]
    assert [r.text() for r in got if r.column == 1] == ["SKILLS", "Proving", "Lamination", "Costing", "LANGUAGES",
                                                        "Cornish", "English"]


def test_text_boxes_side_by_side_under_a_name_over_the_left_one():
    """A slide's boxes side by side under its title bar: the name and headline over the left box are
    above both boxes; each box is read whole, the left one first."""
    left = [("Tegen Polglase", 40, 40, 26, True), ("Quantity Surveyor", 40, 64, 13), ("Experience", 40, 100, 14, True),
            ("Site Estimator", 40, 114, 12, True), ("Kernow Build Ltd", 40, 128), ("2019 - 2023", 40, 142),
            ("Quantity Surveyor", 40, 156, 12, True), ("Penwith Homes", 40, 170), ("2016 - 2019", 40, 184)]
    right = [("Education", 300, 100, 14, True), ("BSc Quantity Surveying", 300, 114, 10, True),
             ("Tamar College", 300, 128), ("2015 - 2018", 300, 142)]
    assert region_kind(rows_of(page(*left)), rows_of(page(*right))) == "columns"
    assert order(page(*left, *right)) == [t[0] for t in left + right]


def test_categories_of_a_skills_grid_under_their_section_heading_are_no_boxes():
    """Two category headings side by side under the section's own heading of their size: a grid of
    one section's skills, not two text boxes."""
    left = [("Skills", 40, 40, 16, True), ("Teaching", 40, 70, 16, True), ("Lesson planning", 40, 84),
            ("Phonics", 40, 98), ("Marking", 40, 112), ("Parent evenings", 40, 126)]
    right = [("Technology", 300, 70, 16, True), ("Seesaw", 300, 84), ("Google Classroom", 300, 98),
             ("SMART Board", 300, 112), ("Kahoot!", 300, 126)]
    assert region_kind(rows_of(page(*left)), rows_of(page(*right))) == "cells"
    # the same grid under the last lines of the section before it
    left[0] = ("Issued by the county council", 40, 40)
    assert region_kind(rows_of(page(*left)), rows_of(page(*right))) == "cells"


@pytest.mark.parametrize("contact_top, long_line, expected", [
    # a slide's title frame beside its contact frame, the body below: the name block, then the contact
    (42, False, ["Ysolde Trevithick", "Harbour Pilot", "ysolde.t@example.com", "01632 960 417", "Falmouth, UK"]),
    # the other side starting under the name's row: not beside the title, rows as they are
    (64, False, ["Ysolde Trevithick", "Harbour Pilot\tysolde.t@example.com", "01632 960 417", "Falmouth, UK"]),
    # a long line on the other side (a sentence, no contact line): rows as they are
    (42, True, ["Ysolde Trevithick\tysolde.t@example.com", "01632 960 417", "Harbour Pilot\tFind my pilotage notes "
                "and tide tables online", "Falmouth, UK"]),
])
def test_a_title_frame_beside_a_contact_frame_of_one_body_size(contact_top, long_line, expected):
    contact = ["ysolde.t@example.com", "01632 960 417"]
    contact += ["Find my pilotage notes and tide tables online", "Falmouth, UK"] if long_line else ["Falmouth, UK"]
    items = [("Ysolde Trevithick", 40, 42, 22, True), ("Harbour Pilot", 40, 66, 12)]
    items += [(t, 330, contact_top + 11 * k, 9.5) for k, t in enumerate(contact)]
    body = [("Experience", 40, 110, 13, True), ("Pilot, Carrick Roads Harbour Authority, 2019 - present", 40, 126),
            ("Boarded 600 vessels a year in all weathers and kept the pilotage log.", 40, 140),
            ("Mate, Fal River Ferries, 2014 - 2019", 40, 154), ("Ran the winter timetable and crew rota.", 40, 168)]
    assert order(page(*items, *body))[:len(expected)] == expected


def _three_frames(title_is_item: bool) -> list:
    """An entry as three frames side by side: dates, employer over town, title over bullets."""
    title = [("•", 260, 100), ("Herd Manager", 272, 100, 10, True)] if title_is_item else [
        ("Herd Manager", 260, 100, 10, True)]
    return [("Mar 2019 – Present", 40, 100), ("Kestle Mill Dairy", 150, 100), ("Truro", 150, 114), *title,
            ("•", 260, 114), ("Ran milking for 240 cows", 272, 114), ("•", 260, 128),
            ("Cut antibiotic use by a third", 272, 128)]


@pytest.mark.parametrize("items, expected", [
    # the town (the middle frame's last line) on the first bullet's baseline reads as the town, then the bullet
    (_three_frames(False), ["Mar 2019 – Present\tKestle Mill Dairy\tHerd Manager", "Truro",
                            "• Ran milking for 240 cows", "• Cut antibiotic use by a third"]),
    # the title frame opens with a list item: a grid of items, the rows stay whole
    (_three_frames(True), ["Mar 2019 – Present\tKestle Mill Dairy\t• Herd Manager",
                           "Truro\t• Ran milking for 240 cows", "• Cut antibiotic use by a third"]),
    # a heading beside a list, no line of its own frame above it: the row stays whole
    ([("Grew up on a dairy farm and never left the trade.", 40, 86), ("Education", 40, 100, 10, True),
      ("•", 260, 100), ("BTEC Agriculture", 272, 100), ("•", 260, 114), ("Duchy Rural College", 272, 114)],
     ["Grew up on a dairy farm and never left the trade.", "Education\t• BTEC Agriculture", "• Duchy Rural College"]),
])
def test_an_entry_in_three_frames_side_by_side(items, expected):
    assert order(page(*items)) == expected


def test_keys_of_entries_set_without_space_between_them_stay_on_their_rows():
    """A longtable of entries under centred headings (curve): each key on its entry's first
    baseline, the entries one under the other at the leading of their lines; no gap says where an
    entry starts."""
    items = [("Experience", 259, 178, 14.3, True),
             ("Jan 2020 - Present", 57, 202), ("• Senior Engineer, Pellinore Freight, Leeds.", 188, 202),
             ("Led the design of the new depots for the regional rail framework.", 200, 216),
             ("Checked the sums of four graduate engineers.", 200, 230),
             ("Sep 2015 - Dec 2019", 57, 244), ("• Engineer, Fernhollow Steel, Hull.", 188, 244),
             ("Designed portal frames for thirty warehouses.", 200, 258),
             ("Education", 262, 292, 14.3, True),
             ("2011-2015", 57, 318), ("• MEng Civil Engineering, University of Kestrel Vale", 126, 318)]
    assert order(page(*items)) == [
        "Experience", "Jan 2020 - Present\t• Senior Engineer, Pellinore Freight, Leeds.",
        "Led the design of the new depots for the regional rail framework.", "Checked the sums of four graduate engineers.",
        "Sep 2015 - Dec 2019\t• Engineer, Fernhollow Steel, Hull.", "Designed portal frames for thirty warehouses.",
        "Education", "2011-2015\t• MEng Civil Engineering, University of Kestrel Vale"]


def test_section_names_on_the_baselines_of_evenly_spaced_rows_join_their_rows():
    """Section names in a left column, each on the baseline of its section's first row, the rows
    evenly spaced (a Writer hanging indent, "EXPERIENCE ⇥ first job": no gap starts a section):
    each name joins the row on its baseline."""
    expected = ["EXPERIENCE\tShift Lead, Corbel Freight", "Ran a crew of twelve.", "Kept the dock safe.",
                "Loader, Ashgrove Depot", "Loaded trailers.", "EDUCATION\tLogistics Diploma, Summit College",
                "Forklift Licence, Summit College", "SKILLS\tWMS, radio, forklifts", "LANGUAGES\tEnglish, Welsh"]
    rows = ["Shift Lead, Corbel Freight", "Ran a crew of twelve.", "Kept the dock safe.", "Loader, Ashgrove Depot",
            "Loaded trailers.", "Logistics Diploma, Summit College", "Forklift Licence, Summit College",
            "WMS, radio, forklifts", "English, Welsh"]
    names = {0: "EXPERIENCE", 5: "EDUCATION", 7: "SKILLS", 8: "LANGUAGES"}
    items = [(r, 160, 100 + 17 * n) for n, r in enumerate(rows)]
    items += [(names[n], 40, 100 + 17 * n, 10, True) for n in names]
    assert order(page(*items)) == expected


@pytest.mark.parametrize("right_heads, expected", [
    # a JSON Resume theme's two columns, every heading plain and set larger: the narrow right one has
    # more sections than the left, three of them beside no heading of the left side
    (["Skills", "Education", "Languages", "Awards"], "columns"),
    # as many headings on each side, every one beside its twin: a grid of skill categories, rows paired
    (["Skills", "Awards"], "cells"),
])
def test_two_columns_with_sections_marked_by_size_alone(right_heads, expected):
    left = [("Experience", 40, 100, 16), ("Head Gardener", 40, 120), ("Brackenholt Estate", 40, 132),
            ("Pruned the orchard of four hundred trees.", 40, 144),
            ("Gardener", 40, 160), ("Quaymoor Nursery", 40, 172), ("Raised the alpine beds.", 40, 184),
            ("Projects", 40, 210, 16), ("Seed Ledger", 40, 230), ("A register of heirloom seed.", 40, 242)]
    items = {"Skills": ["Pruning", "Grafting"], "Education": ["Diploma in Horticulture", "Fenwick College"],
             "Languages": ["Welsh", "English"], "Awards": ["Gold Medal", "Brackenholt Show"]}
    right, base = [], 100
    for k, head in enumerate(right_heads):
        base = 210 if (len(right_heads) == 2 and k == 1) else base
        right.append((head, 430, base, 16))
        right += [(item, 430, base + 20 + 12 * n) for n, item in enumerate(items[head])]
        base += 55
    assert region_kind(rows_of(page(*left)), rows_of(page(*right))) == expected
    if expected == "columns":
        assert order(page(*left, *right)) == [t[0] for t in left + right]


@pytest.mark.parametrize("contact_gaps", [
    (14, 22),  # spaced unevenly (the location set apart), one size, up to the column's first heading
    (14, 14),  # evenly spaced: one block by its gaps already
])
def test_contact_lines_beside_a_name_up_to_the_first_heading_of_their_column(contact_gaps):
    """A JSON Resume theme's two columns: the name, headline and summary at the top of the left one,
    contact lines set a little larger than the lists at the top of the right one; the contact block
    comes right after the name's block, not after the left column's last section."""
    contact = ["+1 555 0100", "rowan@example.com", "Tacoma, WA"]
    tops = [70, 70 + contact_gaps[0], 70 + contact_gaps[0] + contact_gaps[1]]
    left = [("Rowan Achterberg", 40, 80, 40), ("Ceramicist", 40, 120, 20), ("Makes tableware for restaurants.", 40, 150, 8),
            ("Experience", 40, 190, 16), ("Studio Potter", 40, 210, 9), ("Kilnworks Collective", 40, 222, 8),
            ("Fired the wood kiln weekly.", 40, 234, 8), ("Projects", 40, 260, 16), ("Glaze Atlas", 40, 280, 8)]
    right = [(c, 430, top, 10) for c, top in zip(contact, tops)] + [
        ("Skills", 430, 190, 16), ("Throwing", 430, 210, 8), ("Glazing", 430, 222, 8), ("Education", 430, 250, 16),
        ("BFA Ceramics", 430, 270, 8), ("Languages", 430, 300, 16), ("Dutch", 430, 320, 8)]
    got = order(page(*left, *right))
    assert got == [t[0] for t in left[:3]] + contact + [t[0] for t in left[3:] + right[3:]]


@pytest.mark.parametrize("gutter_names", [False, True])
def test_a_grid_of_categories_with_one_left_alone_in_its_row_is_no_pair_of_sectioned_columns(gutter_names):
    """A theme's skills and languages as grids of two cells a row, each category a heading set larger:
    "Strategy" and "Gaeilge" sit alone in their rows, nothing of the right side beside them; with
    ``gutter_names`` the section's name is set larger still in a gutter on the row of its first
    category, the right side's categories beside that row."""
    from resumekit.extract.pdf.sides import _sized_sections
    names = [("Skills", 100, 100, 20), ("Languages", 60, 220, 20)] if gutter_names else []
    left = names + [
        ("Tools", 200, 100, 16), ("Kilnlog", 200, 120), ("Glazebook", 200, 132), ("Strategy", 200, 160, 16),
        ("Pricing", 200, 180), ("English", 200, 220, 16), ("Native", 200, 240), ("Gaeilge", 200, 270, 16),
        ("Basic", 200, 290)]
    right = [("Channels", 400, 100, 16), ("Markets", 400, 120), ("Fairs", 400, 132), ("Welsh", 400, 220, 16),
             ("Fluent", 400, 240)]
    assert not _sized_sections(rows_of(page(*left)), rows_of(page(*right)))


@pytest.mark.parametrize("left_texts, expected", [
    # a theme's left column: section names in capitals and the date ranges of the entries beside them
    (["CONTACT", "WORK EXPERIENCE", "2021-04-01 TO PRESENT", "2018-02-01 TO 2021-03-01", "EDUCATION",
      "2014-09-01 TO 2018-06-01"], "labels"),
    # date ranges beside keys in small letters: a table of keys and values with dates, as before
    (["Contact", "Bakery", "2021-04-01 TO PRESENT", "2018-02-01 TO 2021-03-01", "Schooling",
      "2014-09-01 TO 2018-06-01"], "cells"),
    # the same rows holding sentences: no labels (a table of rows on shared baselines, as before)
    (["Contact me anytime", "Work experience so far", "Fresh bread every morning", "Pastry on the weekends",
      "Education and training", "Learning to bake rye"], "cells"),
])
def test_a_left_column_of_section_names_and_date_ranges_is_a_label_column(left_texts, expected):
    tops = [100, 160, 176, 212, 260, 276]
    left = [(t, 40, top, 9) for t, top in zip(left_texts, tops)]
    right = [("Email ana@example.com", 200, 100), ("Phone +1 555 0100", 200, 112),
             ("Head Baker at Crumb and Co", 200, 160), ("Ran the night shift of six bakers.", 200, 176),
             ("Opened a second oven line.", 200, 188), ("Baker at Millstone Bakery", 200, 212),
             ("Shaped four hundred loaves a night.", 200, 224), ("Certificate in Baking", 200, 260),
             ("Crestfield College", 200, 276), ("Made the course's sourdough.", 200, 288)]
    assert region_kind(rows_of(page(*left)), rows_of(page(*right))) == expected


def _two_cards(left: list[tuple], right: list[tuple], below: list[tuple] = ()) -> list[Glyph]:
    """Two cards side by side (x 40 and 240), a line each per (text, size, bold), 14 pt apart."""
    items = [("EDUCATION", 40, 80, 12, True)]
    for n, (text_, size, bold) in enumerate(left):
        items.append((text_, 40, 100 + 14 * n, size, bold))
    for n, (text_, size, bold) in enumerate(right):
        items.append((text_, 240, 100 + 14 * n, size, bold))
    return page(*items, *below)


_SCHOOL_A = [("Kelham University", 11, True), ("Feb 2015 - Nov 2016", 9, False), ("MA Teaching", 9, False)]
_SCHOOL_B = [("Tarrow College", 11, True), ("Feb 2012 - Nov 2014", 9, False), ("BSc Chemistry", 9, False)]


@pytest.mark.parametrize("glyphs, expected", [
    # two schools as cards of one shape: the left card's lines, then the right card's
    (_two_cards(_SCHOOL_A, _SCHOOL_B),
     ["EDUCATION", "Kelham University", "Feb 2015 - Nov 2016", "MA Teaching", "Tarrow College",
      "Feb 2012 - Nov 2014", "BSc Chemistry"]),
    # one card runs a line longer: that line is its card's
    (_two_cards(_SCHOOL_A + [("Thesis on fieldwork", 9, False)], _SCHOOL_B),
     ["EDUCATION", "Kelham University", "Feb 2015 - Nov 2016", "MA Teaching", "Thesis on fieldwork",
      "Tarrow College", "Feb 2012 - Nov 2014", "BSc Chemistry"]),
    # no year in both cells of a row (skill cards: a category over its level): rows stay whole
    (_two_cards([("Planning", 11, True), ("Advanced", 9, False)], [("Systems", 11, True), ("Expert", 9, False)]),
     ["EDUCATION", "Planning\tSystems", "Advanced\tExpert"]),
    # every row of one look: a table's rows
    (_two_cards([("Kelham University", 9, False), ("Feb 2015 - Nov 2016", 9, False)],
                [("Tarrow College", 9, False), ("Feb 2012 - Nov 2014", 9, False)]),
     ["EDUCATION", "Kelham University\tTarrow College", "Feb 2015 - Nov 2016\tFeb 2012 - Nov 2014"]),
    # the two cells of a row in different looks (a title beside its dates): rows stay whole
    (_two_cards([("Kelham University", 11, True), ("MA Teaching", 9, False)],
                [("Feb 2015 - Nov 2016", 9, False), ("Tarrow", 9, False)]),
     ["EDUCATION", "Kelham University\tFeb 2015 - Nov 2016", "MA Teaching\tTarrow"]),
])
def test_cards_of_one_shape_side_by_side_are_read_one_after_the_other(glyphs, expected):
    assert order(glyphs) == expected
def test_section_names_on_their_rows_baselines_where_gaps_part_entries_not_sections():
    """A Word table of section names beside their content (a row per section, printed to PDF):
    each name on the baseline of its section's first row. Gaps part the entries inside a section,
    while a section may start right under the last line of the one above: each name joins the row
    on its baseline, not the row after the widest gap before it."""
    content = [("Sample Name", 44), ("+1 555 0134", 58), ("sample@example.com", 72),
               ("Kestrel Vale University", 100), ("BSc Geography", 114), ("Tools: Excel, QGIS", 142),
               ("Survey: GPS, levels", 156), ("Field Surveyor", 170), ("Corbel Mapping | Leeds", 198),
               ("Surveyed building sites.", 212), ("Assistant Analyst", 226), ("Ashgrove Maps | York", 254),
               ("Drew the county maps.", 268), ("Flood Atlas", 282), ("Mapped river levels.", 296)]
    names = {100: "EDUCATION", 142: "SKILLS", 170: "EXPERIENCE", 282: "PROJECTS"}
    items = [(t, 160, y) for t, y in content] + [(names[y], 40, y) for y in names]
    items += [("IMOGEN", 80, 44), ("HALE", 90, 58)]  # the name over two rows: a label of two rows
    out = order(page(*items))
    assert "EXPERIENCE\tField Surveyor" in out
    assert "PROJECTS\tFlood Atlas" in out
    assert "Corbel Mapping | Leeds" in out and "Ashgrove Maps | York" in out
    assert len(out) == len(content)


def test_a_tables_date_column_between_a_sidebar_and_its_entries_labels_the_entries():
    """A Word table of dates and entries beside a sidebar, printed to PDF: the gutter between the
    dates and the entries is tried first (it runs the page's height, the sidebar on its left side);
    the dates, a column of that left side, still label the rows of the entries beside them."""
    side = [("Kestrel Lane 4", 100), ("Dunmore", 118), ("LANGUAGES", 142), ("Welsh", 154), ("Basque", 172),
            ("HOBBIES", 196), ("Chess", 208), ("Rowing", 232), ("TOOLS", 262), ("Excel", 274), ("Forklift", 292)]
    dates = [("01.2016 -", 100), ("06.2016", 112), ("07.2016 -", 160), ("03.2018", 172),
             ("04.2018 -", 220), ("09.2019", 232), ("10.2019 -", 280), ("05.2021", 292)]
    entries = [("Stock Clerk, Corbel Freight", 100), ("Counted the stock.", 112), ("Kept the books.", 124),
               ("Shift Lead, Ashgrove Depot", 160), ("Ran the night crew.", 172), ("Kept the rota.", 184),
               ("Driver, Summit Haulage", 220), ("Drove the vans.", 232), ("Loaded them.", 244),
               ("Clerk, Orrin Foods", 280), ("Filed the orders.", 292), ("Paid the bills.", 304)]
    items = [(t, 40, y) for t, y in side] + [(t, 200, y) for t, y in dates] + [(t, 290, y) for t, y in entries]
    out = order(page(*items))
    assert "01.2016 - 06.2016\tStock Clerk, Corbel Freight" in out
    assert "10.2019 - 05.2021\tClerk, Orrin Foods" in out
    assert out.index("Kestrel Lane 4") < out.index("HOBBIES") < out.index("01.2016 - 06.2016\tStock Clerk, Corbel Freight")


@pytest.mark.parametrize("items, alone", [
    # a timeline: dates beside their entries, a range's last word wrapped under its row, a section's name
    ([("2020 -", 40, 118, 9), ("Lead Baker", 300, 118), ("now", 40, 130, 9), ("EDUCATION", 40, 160, 13, True),
      ("2012 - 2014", 40, 178, 9), ("NVQ Baking", 300, 178)], False),
    # a Word table's date column beside a contact column: an address and an e-mail with nothing beside them
    ([("2016 - 2020", 40, 118, 9), ("Baker", 300, 118), ("Geboren: 1990", 40, 130), ("14 Harbour Row", 40, 142),
      ("kit.tremayne@example.com", 40, 154), ("2012 - 2014", 40, 178, 9), ("NVQ Baking", 300, 178)], True),
    # a long line alone on the left, under a row with nothing on the left
    ([("Lead Baker", 300, 118), ("Ran the night shift of six people", 40, 130)], True),
])
def test_a_left_side_alone_among_dates_is_no_timeline(items, alone):
    """A timeline's left side holds dates beside their entries, section names and a range's wrapped
    last words; a contact column's address or e-mail standing with nothing beside it is no timeline's
    (a Word table's dates column beside a sidebar)."""
    rows = rows_of(page(*items))
    assert _left_alone(Region(rows, Band(250.0, 250.0, 0, len(rows) - 1, 0)), 0, len(rows)) is alone


def _flush_places() -> list[Glyph]:
    items = [("EXPERIENCE", 40, 100, 11, True), ("SKILLS", 330, 100, 11, True), ("Head Baker", 40, 118, 11, True),
             ("Proving", 330, 120), ("Fennick Bakery", 40, 132), ("Lamination", 330, 140), ("04/2019 - now", 40, 145),
             ("Truro, UK", 262, 145), ("Costing", 330, 160), ("• Ran the night shift of six.", 44, 158),
             ("Baker", 40, 178, 11, True), ("LANGUAGES", 330, 184, 11, True), ("Polwhele Mill", 40, 192),
             ("Cornish", 330, 200), ("09/2015 - 03/2019", 40, 205), ("Bodmin, UK", 257, 205), ("English", 330, 216)]
    return page(*items)


def _title_frame() -> list[Glyph]:
    contact = ["ysolde.t@example.com", "01632 960 417", "Falmouth, UK"]
    return page(("Ysolde Trevithick", 40, 42, 22, True), ("Harbour Pilot", 40, 66, 12),
                *[(t, 330, 42 + 11 * k, 9.5) for k, t in enumerate(contact)],
                ("Experience", 40, 110, 13, True), ("Mate, Fal River Ferries, 2014 - 2019", 40, 126),
                ("Ran the winter timetable and crew rota.", 40, 140))


def _own_baselines() -> list[Glyph]:
    left = ["Experience", "Backend Developer, Bellcroft", "April 2023 - April 2026", "- Cut deploy time by a third",
            "- Moved the queue to Kafka", "Junior Engineer, Bellcroft", "January 2020 - March 2023", "Education"]
    right = ["Languages", "English (native)", "Volunteering", "Tutor, Riverside Club", "October 2021 - July 2025"]
    return page(*[(t, 50, 100 + 14 * k) for k, t in enumerate(left)],
                *[(t, 320, 100 + 14 * k + 7 * bool(k)) for k, t in enumerate(right)])


@pytest.mark.parametrize("glyphs, kind, spoke, first, last", [
    # 1. a timeline over a list with a block beside it: the region ends above the list's section name
    (page(*_capital_heads(t for t in TIMELINE if t[2] < 320), ("LANGUAGES", 260, 256, 13, True),
          ("Cornish", 260, 272), ("English", 260, 286)),
     "cells", ["_labels_then_more"], "EXPERIENCE", "Kenwyn College"),
    # 2. a timeline under the page's headings, skill bars below: the stretch beside the entries, a label column
    (page(*TIMELINE), "labels", ["_headed_stretch"], "2020 - now\tLead Baker", "Kenwyn College"),
    # 3. places flush right to the main column's edge: the band moves to the sidebar's edge
    (_flush_places(), "columns", ["_flush_cells_beyond"], "EXPERIENCE\tSKILLS", "English"),
    # 4. a title frame beside a contact frame: the region ends with the shorter block, then judged again
    # over those rows the two blocks are columns, though two rows read across
    (_title_frame(), "columns", ["_two_blocks", "_two_blocks"], "Ysolde Trevithick\tysolde.t@example.com",
     "Harbour Pilot\tFalmouth, UK"),
    # 5. two columns on baselines of their own: the right one's rows between the left one's count across
    (_own_baselines(), "columns", ["_interleaved_across"], "Experience\tLanguages", "Education"),
    # no limit: a right-aligned date column stays cells of one table
    (page(("Head Baker", 40, 100), ("2019 - now", 300, 100), ("Baker", 40, 114), ("2016 - 2019", 300, 114),
          ("Pastry Cook", 40, 128), ("2014 - 2016", 300, 128)), "cells", [], "Head Baker\t2019 - now",
     "Pastry Cook\t2014 - 2016"),
])
def test_one_reading_gives_a_regions_extent_by_the_first_limit_that_speaks(glyphs, kind, spoke, first, last,
                                                                            monkeypatch):
    """sides.reading on the first gutter of each layout: the kind of its region, the limits that
    spoke (in precedence order, the first that speaks moves the band), the region's first and last row."""
    from resumekit.extract.pdf import sides
    from resumekit.extract.pdf.columns import gutters
    heard: list[str] = []

    def told(limit):
        def limit_heard(region, title):
            out = limit(region, title)
            if out is not None:
                heard.append(limit.__name__)
            return out
        return limit_heard

    monkeypatch.setattr(sides, "_LIMITS", tuple(told(limit) for limit in sides._LIMITS))
    rows = rows_of(glyphs)
    got, region = sides.reading(rows, sides.Band(*gutters(rows, sides.body_size(rows))[0]), max(g.size for g in glyphs))
    assert (got, heard, rows[region.band.i].text(), rows[region.band.j].text()) == (kind, spoke, first, last)


def _newspaper_list(right_wrap: bool, left_wrap: bool, lead: bool) -> list:
    """A bulleted list in two newspaper columns (Word's columns of a list): items at one x, each
    wrapped line under its item's text (a hanging indent), a heading below both columns."""
    left = [("Modelling Languages and", "Semantics") if left_wrap else ("Modelling Languages",),
            ("Numerical Methods for", "Engineers") if left_wrap else ("Numerical Methods",)]
    right = [("Data Structures and", "Algorithms") if right_wrap else ("Data Structures",), ("Compilers",)]
    items = [("Taught tutorials in courses including:", 40, 88)] if lead else []
    for x, column in ((40, left), (300, right)):
        y = 100
        for item in column:
            items.append(("\u2022", x, y))
            items.append((item[0], x + 18, y))
            for wrapped in item[1:]:
                y += 12
                items.append((wrapped, x + 18, y))
            y += 12
    items.append(("Core Competencies", 40, 160, 12, True))
    return items


@pytest.mark.parametrize("right_wrap, left_wrap, lead, expected", [
    (False, True, True, ["Taught tutorials in courses including:", "\u2022 Modelling Languages and", "Semantics",
                         "\u2022 Numerical Methods for", "Engineers", "\u2022 Data Structures", "\u2022 Compilers",
                         "Core Competencies"]),
    (True, False, False, ["\u2022 Modelling Languages", "\u2022 Numerical Methods", "\u2022 Data Structures and",
                          "Algorithms", "\u2022 Compilers", "Core Competencies"]),
    # one-line items read the same across: the grid keeps its rows
    (False, False, True, ["Taught tutorials in courses including:", "\u2022 Modelling Languages\t\u2022 Data Structures",
                          "\u2022 Numerical Methods\t\u2022 Compilers", "Core Competencies"]),
])
def test_a_bulleted_list_in_newspaper_columns_is_read_column_by_column(right_wrap, left_wrap, lead, expected):
    assert order(page(*_newspaper_list(right_wrap, left_wrap, lead))) == expected


def _centred_rows(first_at: tuple[float, float], last_at: tuple[float, float]) -> list[tuple]:
    """Three table rows whose left cells (dates over a town) stand beside their right cells (title,
    employer, duties): the second's cells of one height, side by side; ``first_at``, ``last_at``:
    the baselines of the first and last left cells' lines (centred vertically, as Chromium prints
    pandoc's header cells, or top-aligned)."""
    return [("Senior Engineer", 180, 100), ("Pellinore Freight", 180, 118), ("Led the rewrite of the API.", 180, 136),
            ("Designed the event schema.", 180, 154), ("Ran the on-call rota.", 180, 172),
            ("2019 - 2023", 40, first_at[0]), ("St Ives, Cornwall", 40, first_at[1]),
            ("Engineer", 180, 214), ("Fernhollow Health", 180, 232),
            ("2015 - 2019", 40, 214), ("Hayle, Cornwall", 40, 232),
            ("Potter", 180, 274), ("Tolvan Clay", 180, 292), ("Washed the clay.", 180, 310),
            ("2011 - 2015", 40, last_at[0]), ("Truro, Cornwall", 40, last_at[1])]


_CENTRED_READ = ["2019 - 2023\tSenior Engineer", "St Ives, Cornwall\tPellinore Freight", "Led the rewrite of the API.",
                 "Designed the event schema.", "Ran the on-call rota.", "2015 - 2019\tEngineer",
                 "Hayle, Cornwall\tFernhollow Health", "2011 - 2015\tPotter", "Truro, Cornwall\tTolvan Clay",
                 "Washed the clay."]


_COLUMNS_READ = ["2019 - 2023", "St Ives, Cornwall", "2015 - 2019", "Hayle, Cornwall", "2011 - 2015", "Truro, Cornwall",
                 "Senior Engineer", "Pellinore Freight", "Led the rewrite of the API.", "Designed the event schema.",
                 "Ran the on-call rota.", "Engineer", "Fernhollow Health", "Potter", "Tolvan Clay", "Washed the clay."]


@pytest.mark.parametrize("first_at, last_at, expected", [
    # the first and last left cells centred: a label column, each cell's lines beside its right cell's first
    ((127, 145), (283, 301), _CENTRED_READ),
    ((100, 118), (274, 292), _CENTRED_READ),   # none centred: a word processor's table, read so before
    # one centred cell makes no column of them (a key centred in a grid of keys and values): as before
    ((100, 118), (283, 301), _COLUMNS_READ),
    ((127, 145), (274, 292), _COLUMNS_READ),
    # a town neither centred nor on a line of the right cells: no table of centred cells (as before)
    ((100, 124), (283, 301), _COLUMNS_READ),
])
def test_left_cells_centred_beside_their_right_cells_label_them(first_at, last_at, expected):
    assert order(page(*_centred_rows(first_at, last_at))) == expected


@pytest.mark.parametrize("left_at, expected", [
    # each entry's dates wrapped over two lines, centred beside its degree over its school (lines of 12 pt,
    # paragraphs 30 pt apart, a wrap 18): as many rows on the left as on the right, a label column all the same
    ((5.5, 23.5), ["Sep 2011 - Jun 2012\tPGCE Mathematics", "Kenwyn College", "Oct 2009 - Aug 2011\tMEd Literature",
                   "Carrick University", "Sep 2006 - Jun 2009\tBA Education", "Penwith University"]),
    # the dates' two lines on the baselines of the degree and the school: a table's rows, read across
    ((0, 30), ["Sep 2011 -\tPGCE Mathematics", "Jun 2012\tKenwyn College", "Oct 2009 -\tMEd Literature",
               "Aug 2011\tCarrick University", "Sep 2006 -\tBA Education", "Jun 2009\tPenwith University"]),
])
def test_dates_wrapped_and_centred_beside_two_line_entries_label_them(left_at, expected):
    items = []
    for y, (start, end, degree, school) in zip((100, 190, 280), (
            ("Sep 2011 -", "Jun 2012", "PGCE Mathematics", "Kenwyn College"),
            ("Oct 2009 -", "Aug 2011", "MEd Literature", "Carrick University"),
            ("Sep 2006 -", "Jun 2009", "BA Education", "Penwith University"))):
        items += [(degree, 200, y, 12), (school, 200, y + 30, 12), (start, 40, y + left_at[0], 12),
                  (end, 40, y + left_at[1], 12)]
    assert order(page(*items)) == expected
