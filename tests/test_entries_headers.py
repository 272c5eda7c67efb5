"""One header line, its employer and its title: the shapes that put both in one part."""
import pytest

from resumekit.document import Box, Line, Run, Style
from resumekit.fields.entries import join_wrapped
from resumekit.fields.experience import read_experience
from resumekit.fields.pattern import header_parts
from resumekit.fields.phrases import name_list, segments, title_like

from .helpers import section


@pytest.mark.parametrize("text, parts", [
    # a full stop before a name ending in a legal form or holding an organisation word cuts the part
    ("Stock clerk. Varga Foods AB", ["Stock clerk", "Varga Foods AB"]),
    ("• 2019-2020 - Aux. de cozinha. Pastelaria Orvalho Lda", ["Aux. de cozinha", "Pastelaria Orvalho Lda"]),
    ("Lab technician. Kelham University", ["Lab technician", "Kelham University"]),
    # no cut after an abbreviation, before a place or a title, or inside a sentence
    ("Tornavía S.A. de C.V.", ["Tornavía S.A. de C.V."]),
    ("Acme Corp. Leeds", ["Acme Corp. Leeds"]),
    ("Brindle. Co., Ltd.", ["Brindle. Co., Ltd."]),  # a legal form after the stop ends the name
    ("Led the night shift. Grew sales", ["Led the night shift. Grew sales"]),
    ("Volunteer work. Senior Engineer", ["Volunteer work. Senior Engineer"]),
])
def test_a_full_stop_before_an_employer_separates(text, parts):
    assert segments(text) == parts


@pytest.mark.parametrize("header, expected", [
    # a full stop before an employer's name separates the role from it
    ("Stock clerk. Varga Foods Ltd\t2020 – 2021", ("Varga Foods Ltd", "Stock clerk")),
    ("Aux. de cozinha. Pastelaria Orvalho LTDA\t2020 – 2021", ("Pastelaria Orvalho LTDA", "Aux. de cozinha")),
    # a role, its qualifier, and the employer's initials in capitals
    ("Teaching Assistant, Compilers Course, HCU\tFeb 2017 – Jun 2017", ("HCU", "Teaching Assistant, Compilers Course")),
    # an organisation word names the employer
    ("Teaching Assistant, Harwick University, HCU\tFeb 2017 – Jun 2017", ("Harwick University", "Teaching Assistant")),
])
def test_header_shapes(header, expected):
    (exp,) = read_experience(section("experience", header))[0]
    assert (exp.company, exp.title) == expected


@pytest.mark.parametrize("text, expected", [
    ("Harvey Stores, Bolt Books, Lune Media, Orrin Group", True),
    ("The Tin Hall, Brightwater & Co, AV Sound, Kestrel Arena, Northgate Stage Crew", True),
    ("Harvey Stores, Bolt Books, Lune Media", False),  # three names: a name and its place, maybe
    ("Python, Go, Kafka, Redis, Docker Compose", False),  # single words: rather a list of tools
    ("Leeds, West Yorkshire, England, United Kingdom, Europe and beyond", False),  # a lower-case word
    ("Harvey Stores, Bolt Books, Senior Engineer, Orrin Group", False),  # a role among them
])
def test_name_list(text, expected):
    assert name_list(text) is expected


@pytest.mark.parametrize("rows, expected", [
    # the role over the list of the employers it was held at
    (["Rigger / Stagehand", "The Tin Hall, Brightwater Events, AV Sound, Kestrel Arena", "4 years"],
     ("The Tin Hall, Brightwater Events, AV Sound, Kestrel Arena", "Rigger / Stagehand")),
    # "Title at A, B, C, D (years)", a long line
    (["Lead Developer / Senior Developer at Harvey Stores, Bolt Books, Lune Media, Orrin Group, Kestrel Mutual"
      " Insurance, Northgate Data Services (2005–2013)"],
     ("Harvey Stores, Bolt Books, Lune Media, Orrin Group, Kestrel Mutual Insurance, Northgate Data Services",
      "Lead Developer / Senior Developer")),
])
def test_a_list_of_employers_is_the_company(rows, expected):
    (exp,) = read_experience(section("experience", *rows))[0]
    assert (exp.company, exp.title) == expected


def _pdf_lines(*rows):
    """PDF-like lines of one block: (text, bold) pairs, each under the one before."""
    return [Line(text=t, index=n, block=0, box=Box(50.0, 12.0 * n, 300.0, 12.0 * n + 10), style=Style(bold=b, size=10.0),
                 origin="pdf") for n, (t, b) in enumerate(rows)]


@pytest.mark.parametrize("rows, joined", [
    # a role in regular type under a bold employer: a part of its own, even in lower case
    ([("Orrin Parish Council", True), ("stage", False)], ["Orrin Parish Council", "stage"]),
    ([("Kestrel Arena, Events Office", True), ("adviseur events & ticketing", False)],
     ["Kestrel Arena, Events Office", "adviseur events & ticketing"]),
    # a wrapped bullet or sentence goes on in lower case whatever the weight
    ([("Led the night shift of twelve at the arena, trained the new staff in the safety rules, and wrote the weekly rota for", True),
      ("the box office", False)],
     ["Led the night shift of twelve at the arena, trained the new staff in the safety rules, and wrote the weekly rota for"
      " the box office"]),
    # the same weight: a lower-case start goes on
    ([("Orrin Parish Council", True), ("and Kestrel Arena", True)], ["Orrin Parish Council and Kestrel Arena"]),
])
def test_a_change_of_weight_under_a_header_starts_a_part(rows, joined):
    assert [l.text for l in join_wrapped(_pdf_lines(*rows))] == joined


@pytest.mark.parametrize("text, slots", [
    # a cell parts more than a separator inside it: the employer's slot is the second cell's first part
    ("Adjunct Instructor | Finance & Banking\tKestrel College, remote | Mar 2026 – Present",
     [(0, 0), (0, 1), (1, 0), (1, 0)]),
    ("Risk Analyst\tOrrin Bank, Leeds | Jul 2021 – Mar 2026", [(0, 0), (1, 0), (1, 0)]),
    # a cell of dates only holds no part and takes no place
    ("Jul 2021 – Mar 2026\tRisk Analyst | Orrin Bank", [(0, 0), (0, 1)]),
])
def test_a_parts_slot_counts_cells_first(text, slots):
    line = Line(text=text, style=Style(size=10.0))
    assert [p.slot[1] for p in header_parts([line], [True])] == slots


def test_a_qualifier_beside_the_title_leaves_the_employer_in_its_cell():
    rows = ["Adjunct Instructor | Finance & Banking\tHARWICK, Hull | Mar 2026 – Present",
            "Risk Analyst\tOrrin Bank, Leeds | Jul 2021 – Mar 2026", "Audit Intern\tVarga Foods, Leeds | 2019 – 2021"]
    got = [(e.company, e.title) for e in read_experience(section("experience", *rows))[0]]
    assert got == [("HARWICK", "Adjunct Instructor"), ("Orrin Bank", "Risk Analyst"),
                   ("Varga Foods", "Audit Intern")]




def test_a_company_line_over_several_roles_is_not_turned_round():
    # the section puts the role first, in bold ("Staff Engineer" over "Orrin Data Ltd"); one
    # employer's line, in bold, heads two roles of its own: the roles below take it, and it stays
    # the employer
    rows = ["Staff Engineer", "Orrin Data Ltd", "Sep 2023 – May 2025",
            "Kestrelwick", "Senior Backend Engineer", "Mar 2022 – Aug 2023",
            "Backend Engineer", "Mar 2021 – Feb 2022",
            "Platform Engineer", "Harwick Systems Ltd", "Oct 2017 – Sep 2018"]
    got = [(e.company, e.title) for e in read_experience(section("experience", *rows, bold=(0, 3, 8)))[0]]
    assert got == [("Orrin Data Ltd", "Staff Engineer"), ("Kestrelwick", "Senior Backend Engineer"),
                   ("Kestrelwick", "Backend Engineer"), ("Harwick Systems Ltd", "Platform Engineer")]


def test_an_employer_and_role_in_one_slot_keep_the_entrys_finer_reading():
    rows = ["Orrin Foods Ltd: Senior Data Analyst", "Oct 2021 – Present", "Kestrelwick: Technical Lead",
            "May 2019 – Oct 2021", "Harwick: Senior Consultant", "Nov 2015 – May 2019"]
    got = [(e.company, e.title) for e in read_experience(section("experience", *rows))[0]]
    assert got == [("Orrin Foods Ltd", "Senior Data Analyst"), ("Kestrelwick", "Technical Lead"),
                   ("Harwick", "Senior Consultant")]


@pytest.mark.parametrize("rows, expected", [
    # a "present" word of two words wrapped after its first
    (["Direttrice commerciale – Orvalho S.p.A., Firenze\tnovembre 2022 – in", "corso", "• Gestione clienti"],
     ("2022-11", None, True)),
    (["Sales Lead, Harwick Ltd, Leeds\tMarch 2021 – to", "date"], ("2021-03", None, True)),
    # a word that makes no range stays a line of its own
    (["Sales Lead, Harwick Ltd, Leeds\tMarch 2021", "Orrin"], ("2021-03", "2021-03", False)),
])
def test_a_present_word_wrapped_onto_the_next_line_ends_the_range(rows, expected):
    exp = read_experience(section("experience", *rows))[0][0]
    assert (exp.start, exp.end, exp.current) == expected


@pytest.mark.parametrize("rows, expected", [
    # the two ends of a range stacked on two lines without their dash (a flattened text cut
    # again where its dash was lost, a date column of two lines)
    (["Tarrow Print Works - Dunmore", "PRESS ENGINEER", "May 2016", "Present", "• Ran the night shift"],
     [("Tarrow Print Works", "PRESS ENGINEER", "2016-05", None, True)]),
    (["Kelham Lane, OH", "2004", "2009: Senior Engineer", "Priced the council's road works for five years."],
     [(None, "Senior Engineer", "2004", "2009", False)]),
    (["Orrin Bakeries August 2011", "March 2014", "Shift Supervisor Dunmore, Ohio"],
     [("Orrin Bakeries", "Shift Supervisor Dunmore", "2011-08", "2014-03", False)]),
    # an end before its start is no range: a date of its own, then a range below
    (["Employee of the Month Award", "June 2019", "Feb 2015", "Mar 2015", "Stock Assistant", "Varga Foods Ltd"],
     [(None, "Employee of the Month Award", "2019-06", "2019-06", False),
      ("Varga Foods Ltd", "Stock Assistant", "2015-02", "2015-03", False)]),
    # a bare year after words is a name's, not a range's start ("Summer School 2019" / "2020")
    (["Harwick Summer School 2019", "2020: Lab Assistant, Kelham Institute"],
     [("Harwick Summer School", None, "2019", "2019", False),
      ("Kelham Institute", "Lab Assistant", "2020", "2020", False)]),
])
def test_a_range_stacked_on_two_lines_without_its_dash(rows, expected):
    got = [(e.company, e.title, e.start, e.end, e.current) for e in read_experience(section("experience", *rows))[0]]
    assert got == expected


def test_a_year_in_the_next_bullets_date_cell_ends_the_range_above():
    rows = ["Orrin Foods Ltd, Process Engineer\tLeeds",
            "• Cut scrap on the bottling line by a third\tJanuary 2022 – September",
            "• Ran trials on two filling machines\t2025",
            "Harwick Systems, Junior Engineer\tYork",
            "• Wrote the test plans for the new press line\tJuly 2020 – January 2022"]
    got = [(e.company, e.start, e.end, e.highlights) for e in read_experience(section("experience", *rows))[0]]
    assert got == [("Orrin Foods Ltd", "2022-01", "2025-09", ["Cut scrap on the bottling line by a third",
                                                              "Ran trials on two filling machines"]),
                   ("Harwick Systems", "2020-07", "2022-01", ["Wrote the test plans for the new press line"])]


@pytest.mark.parametrize("rows, expected", [
    # a right-aligned date cell wrapped in its table cell (a Word table printed to PDF): the year
    # ending the range sits in the last cell of the employer's row under it
    (["Research Associate\tOct 2022 – Oct", "Harwick Policy Institute\t2023",
      "Casual Tutor\tMarch 2019 – May", "Kelham University\t2021"],
     [("Harwick Policy Institute", "Research Associate", "2022-10", "2023-10"),
      ("Kelham University", "Casual Tutor", "2019-03", "2021-05")]),
])
def test_a_year_in_the_next_rows_date_cell_ends_the_range_above(rows, expected):
    got = [(e.company, e.title, e.start, e.end) for e in read_experience(section("experience", *rows))[0]]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("Audit Senior", True), ("Tax Senior", True),  # accounting roles named by their grade
    ("Senior Living Homes", False),
])
def test_grade_titles(text, expected):
    assert title_like(text) is expected


@pytest.mark.parametrize("body, header, notes", [
    # plain text: an undated line indented under a one-line degree that names nothing is its note
    ("EDUCATION\nMarlow Fen University — BSc Geology, June 2015\n  Award for fieldwork, second year\n",
     ("BSc Geology", "Marlow Fen University"), ["Award for fieldwork, second year"]),
    # an indented role or place under a dated line stays in the header
    ("EXPERIENCE\nKettleby Works Ltd — Dunmore, 2016 – 2019\n  Senior Engineer\n",
     ("Senior Engineer", "Kettleby Works Ltd"), []),
])
def test_an_indented_note_under_a_one_line_header(body, header, notes):
    import resumekit

    from .conftest import PINNED
    c = resumekit.parse(f"Orla Example\norla@example.com\n\n{body}\nSKILLS\nMapping\n".encode(), options=PINNED)
    if c.education:
        (e,) = c.education
        assert ((e.degree, e.institution), e.highlights) == (header, notes)
    else:
        (e,) = c.experience
        assert ((e.title, e.company), e.highlights) == (header, notes)


@pytest.mark.parametrize("below, company", [
    ("Cleaned store data.", "Orbis Retail"),            # a short sentence under the header line is its text
    ("Ran the night shift.", "Orbis Retail"),
    ("Orbis Retail Group Ltd.", "Orbis Retail Group Ltd."),   # a name ending in an abbreviation's full stop is no sentence
])
def test_a_short_sentence_under_a_job_is_no_employer(below, company):
    header = "Junior Analyst, Orbis Retail, York" if company == "Orbis Retail" else "Junior Analyst"
    [job], _ = read_experience(section("experience", header, "2018 – 2021", below))
    assert (job.title, job.company) == ("Junior Analyst", company)


def test_an_honours_line_is_no_short_sentence():
    from resumekit.fields.entries import _short_sentence
    assert _short_sentence("Cleaned store data.") and not _short_sentence("First class honours.")


@pytest.mark.parametrize("below, joined", [
    ("iulie 2016 – februarie 2019 | Contabil", False),   # a range opening the line starts an entry, in lower case too
    ("janvier 2019 – mars 2021 : Comptable", False),
    ("in 2019 and kept it running", True),               # a wrapped sentence that holds a year
])
def test_a_line_opening_with_a_range_is_no_wrap(below, joined):
    out = join_wrapped([Line(text="Kept the ledgers of nine branch offices and", index=0, block=0, bullet=True),
                        Line(text=below, index=1, block=0)])
    assert (len(out) == 1) == joined


@pytest.mark.parametrize("rows, expected", [
    # a task dated inside its job's period, after an undated task, is a bullet of that job
    (["Head of Accounts\t2019 – today", "Orrin Freight Ltd, Leeds", "• Led a team of five",
      "• Moved the ledger to a new ERP system (2021–2022)"], [("Head of Accounts", 2)]),
    (["Planner\t2015 – 2020", "Kestrel Mills", "• Weekly forecasts", "• Warehouse move project, 2017 – 2018"],
     [("Planner", 2)]),
    # a dated bullet outside the period above is an entry of its own
    (["Planner\t2015 – 2020", "Kestrel Mills", "• Weekly forecasts", "• Buyer, Lune Foods (2012 – 2014)"],
     [("Planner", 1), ("Buyer", 0)]),
    # the roles of a promotion: the first bullet, and one after another dated bullet, stay entries
    (["Kestrel Mills\t2015 – 2023", "• Senior Engineer (2019 – 2023)", "• Led the plant team",
      "• Engineer (2015 – 2019)", "• Ran the test rig"], [("Senior Engineer", 1), ("Engineer", 1)]),
])
def test_a_bullet_dated_inside_its_job_is_a_task(rows, expected):
    jobs = read_experience(section("experience", *rows))[0]
    assert [(e.title, len(e.highlights)) for e in jobs] == expected


@pytest.mark.parametrize("origin, read", [
    # the header row its producer marked over a table of jobs names the columns: no line of the first job
    ("docx:table:thead", True),
    # the same row unmarked is read as an employer line over the first job
    ("docx:table", False),
])
def test_a_marked_header_row_is_no_line_of_an_entry(origin, read):
    rows = [("Period\tPosition", origin, 0), ("Studio Manager\t2019 – 2021", "docx:table", 1),
            ("Harwick Clayworks Ltd", "docx:table", 1), ("Glaze Technician\t2016 – 2019", "docx:table", 2),
            ("Tonwerk Ost GmbH", "docx:table", 2)]
    sec = section("experience", *(t for t, _, _ in rows))
    sec = sec.__class__(kind=sec.kind, heading=None,
                        lines=[l.with_(origin=o, block=b) for l, (_, o, b) in zip(sec.lines, rows)])
    jobs, _ = read_experience(sec)
    expected = [("Studio Manager", "Harwick Clayworks Ltd"), ("Glaze Technician", "Tonwerk Ost GmbH")]
    assert ([(e.title, e.company) for e in jobs] == expected) is read


def _boxed(*rows, top=100.0):
    """PDF lines of one block with word boxes (5 pt a character at 10 pt): (text, x0, bullet, runs,
    italic) rows, each under the one before."""
    out = []
    for n, (text, x0, bullet, runs, italic) in enumerate(rows):
        words, x = [], x0
        for w in text.split(" "):
            words.append((w, Box(x, top + 14 * n, x + 5.0 * len(w), top + 14 * n + 10)))
            x += 5.0 * (len(w) + 1)
        out.append(Line(text=text, index=n, block=0, bullet=bullet, runs=runs, origin="pdf", words=tuple(words),
                        box=Box(x0, top + 14 * n, words[-1][1].x1, top + 14 * n + 10), style=Style(size=10.0, italic=italic)))
    return out


_EDGE = ("Kept the stock ledgers of both shops and the depot.", 40.0, False, (), False)  # the edge: 295


@pytest.mark.parametrize("rows, joined", [
    # a header's last run (a title in italics) wrapped at the edge onto a line of its own goes on
    ([_EDGE, ("Corbel Freight Ltd, Leeds — Senior Warehouse Stock", 40.0, False,
              (Run("Corbel Freight Ltd,", bold=True), Run(" Leeds —"), Run(" Senior Warehouse Stock", italic=True)), False),
      ("Planner", 40.0, False, (), True)],
     [_EDGE[0], "Corbel Freight Ltd, Leeds — Senior Warehouse Stock Planner"]),
    # ... not when the word would have fitted above: a line of its own
    ([_EDGE, ("Corbel Freight — Stock", 40.0, False,
              (Run("Corbel Freight", bold=True), Run(" — "), Run("Stock", italic=True)), False),
      ("Planner", 40.0, False, (), True)],
     [_EDGE[0], "Corbel Freight — Stock", "Planner"]),
])
def test_a_wrap_is_where_the_next_word_would_not_have_fitted(rows, joined):
    assert [l.text for l in join_wrapped(_boxed(*rows))] == joined
