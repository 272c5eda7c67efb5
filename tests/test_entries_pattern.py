"""The section's pattern: roles decided once per slot, for every entry alike."""
import pytest

from resumekit.document import Line, Section, Style
from resumekit.fields.entries import is_prose, is_sub_heading, split_entries
from resumekit.fields.experience import read_experience
from resumekit.fields.pattern import Part, header_parts, section_pattern

from .helpers import lines, section


def styled(*rows):
    """Lines from (text, style letters) pairs: "B" bold, "I" italic, "•" bullet."""
    out = []
    for n, (text, sty) in enumerate(rows):
        out.append(Line(text=text, index=n, block=n, bullet="•" in sty,
                        style=Style(size=10.0, bold="B" in sty, italic="I" in sty), origin="test"))
    return Section(kind="experience", heading=None, lines=tuple(out))


def _read(sec):
    return [(e.company, e.title, e.location) for e in read_experience(sec)[0]]


@pytest.mark.parametrize("sec, expected", [
    # "Title, Company" over the dates: the second entry's words say nothing ("Baker" is no title
    # word, "Lintel & Rye" no organisation word); it is read like the first
    (section("experience",
             "Shift Supervisor, Corrow Bakeries", "Feb 2021 - Mar 2023", "• Ran the early shift",
             "Senior Barista, Quillon Coffee Ltd", "Feb 2020 - Jan 2021", "• Poured",
             "Baker, Lintel & Rye", "Jan 2019 - Jan 2020", "• Baked"),
     [("Corrow Bakeries", "Shift Supervisor", None), ("Quillon Coffee Ltd", "Senior Barista", None),
      ("Lintel & Rye", "Baker", None)]),
    # a row per job: dates, an italic place, a bold title, the employer; the place slot is never the employer
    (styled(("2021 – 2024", ""), ("Lyon, France", "I"), ("Senior Nurse", "B"), ("Harrow & Vale", ""),
            ("Led the ward", "•"),
            ("2018 – 2021", ""), ("Remote", "I"), ("Staff Nurse", "B"), ("Pellbrook Clinic", ""),
            ("2016 – 2018", ""), ("Lille, France", "I"), ("Ward Clerk", "B"), ("Ostrava Care", "")),
     [("Harrow & Vale", "Senior Nurse", "Lyon, France"), ("Pellbrook Clinic", "Staff Nurse", "Remote"),
      ("Ostrava Care", "Ward Clerk", "Lille, France")]),
    # bold employer over an italic role: a role without a title word takes the role's slot
    (styled(("Tamsett Freight Ltd\t2020 – 2023", "B"), ("Dispatcher", "I"),
            ("Corlan Logistics GmbH\t2018 – 2020", "B"), ("Transport Planner", "I"),
            ("Upfield Haulage\t2016 – 2018", "B"), ("Yard Hand", "I")),
     [("Tamsett Freight Ltd", "Dispatcher", None), ("Corlan Logistics GmbH", "Transport Planner", None),
      ("Upfield Haulage", "Yard Hand", None)]),
    # dates left, "Employer — Town" in bold over an italic role: a small town the tables know, too
    # small to be a place on its own, takes the slot where the first entry's city sits
    (styled(("Jan 2018 – Present\tEntrepôts Copperfield — Villeurbanne", "B"), ("Responsable logistique", "I"),
            ("Sep 2014 – Dec 2017\tTransports Orchard & Fils — Vienne", "B"), ("Chef d'équipe quai", "I"),
            ("Feb 2012 – Aug 2014\tCoopérative Brackenfold — Annecy", "B"), ("Assistante approvisionnement", "I"),
            ("Jun 2011 – Aug 2011\tMairie de Saint-Ombre", "B"), ("Stagiaire", "I")),
     [("Entrepôts Copperfield", "Responsable logistique", "Villeurbanne"),
      ("Transports Orchard & Fils", "Chef d'équipe quai", "Vienne"),
      ("Coopérative Brackenfold", "Assistante approvisionnement", "Annecy"), ("Mairie de Saint-Ombre", "Stagiaire", None)]),
    # "Employer — Town, ST" under "Role ⇥ dates", every job in one state: the state's code ("CO", a legal
    # form too) is part of the place, not the employer each entry's slot agrees on
    (styled(("Senior Site Planner\tMar 2020 – Present", "B"), ("Quarrow Builders — Denver, CO", ""),
            ("Ran three builds", "•"),
            ("Site Coordinator\tJun 2016 – Feb 2020", "B"), ("Tamblin Construction — Aurora, CO", ""),
            ("Site Clerk\tJan 2014 – May 2016", "B"), ("Oxlade Civil — Boulder, CO", "")),
     [("Quarrow Builders", "Senior Site Planner", "Denver, CO"), ("Tamblin Construction", "Site Coordinator", "Aurora, CO"),
      ("Oxlade Civil", "Site Clerk", "Boulder, CO")]),
    (section("experience", "Senior Site Planner\tMar 2020 – Present", "Quarrow Builders, Denver, CO", "• Ran builds",
             "Site Coordinator\tJun 2016 – Feb 2020", "Tamblin Construction, Aurora, CO"),
     [("Quarrow Builders", "Senior Site Planner", "Denver, CO"), ("Tamblin Construction", "Site Coordinator", "Aurora, CO")]),
    # "Role, Employer ⇥ dates" in two entries: the first's employer is named by its words and its role
    # by the order; the second's words name neither side, and its role is kept before the comma
    (styled(("Senior Kiln Warden, Wyecombe Pottery Group\tMay 2020 – Present", "B"), ("Fired the kilns", "•"),
            ("Kiln Warden, Malbury Hill Crocks\tJul 2015 – Apr 2020", "B"), ("Stacked the kilns", "•")),
     [("Wyecombe Pottery Group", "Senior Kiln Warden", None), ("Malbury Hill Crocks", "Kiln Warden", None)]),
    # ... but a part cut in three pieces ("Role, Course, SCHOOL") pairs no pieces: the initials stay the employer
    (section("experience", "Teaching Assistant, Glaze Chemistry Course, HCU\tSep 2020 – Jun 2021", "• Marked labs",
             "Teaching Assistant, Kiln Safety Course\tJan 2019 – Aug 2020", "• Fired"),
     [("HCU", "Teaching Assistant", None), ("Kiln Safety Course", "Teaching Assistant", None)]),
])
def test_entries_follow_the_sections_pattern(sec, expected):
    assert _read(sec) == expected


def test_an_entry_whose_words_decide_both_sides_keeps_them():
    # the third entry writes the company first; its words say so on both sides
    sec = section("experience",
                  "Data Analyst, Brookfell Foods", "2021 - 2023",
                  "Junior Analyst, Ormsby Retail", "2019 - 2021",
                  "Kestrel Systems Inc, Software Engineer", "2017 - 2019")
    assert _read(sec)[2][:2] == ("Kestrel Systems Inc", "Software Engineer")


def _parts(*texts, sig=(False, False, 10, False, False)):
    return [Part(t, (sig, k, 0, False), 0) for k, t in enumerate(texts)]


@pytest.mark.parametrize("entries, readings, roles", [
    # entries that agree: slot 0 titles, slot 1 employers
    ([_parts("Site Engineer", "Halden Build Ltd"), _parts("Project Manager", "Ferrow Homes Ltd")],
     [{}, {}], {0: "title", 1: "company"}),
    # entries that disagree decide nothing
    ([_parts("Site Engineer", "Halden Build Ltd"), _parts("Ferrow Homes Ltd", "Project Manager")],
     [{}, {}], {}),
    # one entry is no pattern
    ([_parts("Site Engineer", "Halden Build Ltd")], [{}], {}),
])
def test_section_pattern(entries, readings, roles):
    got = section_pattern(entries, readings)
    assert {slot[1]: role for slot, role in got.roles.items()} == roles


def test_the_slot_most_entries_fill_takes_the_role():
    # three entries put the title in slot 0; two others in slot 2, with stronger words (their own
    # reading agrees): the role goes to the slot most entries fill
    entries = [_parts("Site Engineer", "Halden Build Ltd"), _parts("Project Manager", "Ferrow Homes Ltd"),
               _parts("Surveyor", "Orrin Estates"),
               [Part("Site Engineer", ((False, False, 10, False, False), 2, 0, True), 0)],
               [Part("Project Engineer", ((False, False, 10, False, False), 2, 0, True), 0)]]
    readings = [{}, {}, {}, {"title": "Site Engineer"}, {"title": "Project Engineer"}]
    got = section_pattern(entries, readings)
    assert [slot[1] for slot, role in got.roles.items() if role == "title"] == [0]


def test_header_parts_split_short_comma_pieces_only():
    line = Line(text="Sales Lead, Corvin Foods, Leeds\tMay 2020 – Present", style=Style(size=10.0))
    assert [p.text for p in header_parts([line], [True])] == ["Sales Lead", "Corvin Foods", "Leeds"]
    long = Line(text="Responsible for the planning of all regional deliveries, Corvin Foods")
    assert len(header_parts([long], [False])) == 1


@pytest.mark.parametrize("text, expected", [
    ("Highlights", True),
    ("Key achievements:", True),
    ("Aufgaben", True),
    ("Obowiązki:", True),      # Polish, Turkish, Russian, Korean, Chinese, Japanese labels
    ("Görevler", True),
    ("Основные обязанности", True),
    ("주요 업무", True),
    ("工作内容", True),
    ("業務内容", True),
    ("Tutor", False),          # a role, not a label
    ("Masterarbeit", False),   # a thesis heads an entry of its own
])
def test_is_sub_heading(text, expected):
    assert is_sub_heading(Line(text=text)) is expected


def test_a_sub_heading_stays_in_its_entry():
    rows = ("Fenwick Tools\t2020 – 2022", "Maintenance Fitter", "Highlights", "Cut downtime by a fifth.",
            "Aldous Pumps\t2018 – 2020", "Apprentice Fitter", "Highlights", "Rebuilt two presses.")
    entries = split_entries(lines(*rows))
    assert [len(e.header) for e in entries] == [2, 2]
    assert [l.plain for l in entries[0].body] == ["Highlights", "Cut downtime by a fifth."]


def test_an_entry_whose_line_lost_its_weight_reads_like_the_others():
    # the second row is bold (an extraction quirk); no entry's words name both sides but one
    sec = styled(("2021 – 2024 Acheteuse, Brenval", ""), ("Négocié", "•"),
                 ("2018 – 2021 Responsable logistique, Ormeau SA", "B"), ("Piloté", "•"),
                 ("2016 – 2018 Acheteuse, Quintal et Fils", ""), ("Géré", "•"))
    assert [(c, t) for c, t, _ in _read(sec)] == [
        ("Brenval", "Acheteuse"), ("Ormeau SA", "Responsable logistique"), ("Quintal et Fils", "Acheteuse")]


@pytest.mark.parametrize("rows, dates", [
    # the date cell wrapped: the year of the end on a line of its own
    (("Planner, Corlan – Leeds\tMarch 2018 – June", "2020", "• Planned"), ("2018-03", "2020-06", False)),
    (("Planner, Corlan\tMarch 2019 –", "2020"), ("2019-03", "2020", False)),
    # the start's month at the end of a line, its year opening the next
    (("Pellham College, Leeds - Forestry April", "2016 - May 2018"), ("2016-04", "2018-05", False)),
    # a year under a complete date is not its end
    (("Planner, Corlan\tMay 2019", "2020 Prize for Planning"), ("2019-05", None, False)),
])
def test_a_wrapped_date_cell_is_joined(rows, dates):
    entry = split_entries(lines(*rows))[0]
    d = entry.dates
    assert (d.start.iso(), d.end.iso() if d.end else None, d.current) == dates


@pytest.mark.parametrize("rows, expected", [
    # "Title – Company, City": a greedy place reading left the company out
    (["Staff Accountant – Pellow, Bristol\tMarch 2019 — May 2023"], ("Pellow", "Staff Accountant", "Bristol")),
    # "Company, Title, City, ST": the role left out
    (["Harlock Legal LLC, Paralegal, Durham, NC\t2021 to 2023"], ("Harlock Legal LLC", "Paralegal", "Durham, NC")),
])
def test_a_name_read_as_the_first_piece_of_a_place(rows, expected):
    (exp,) = read_experience(section("experience", *rows))[0]
    assert (exp.company, exp.title, exp.location) == expected


def test_title_at_company_without_title_words():
    sec = section("experience", "Audit Senior at Harlow & Co.\tOct 2020 - May 2024", "• Audited",
                  "Tax Assistant at Brennan Ltd\tJan 2018 - Sep 2020", "• Filed")
    assert [(c, t) for c, t, _ in _read(sec)] == [("Harlow & Co.", "Audit Senior"), ("Brennan Ltd", "Tax Assistant")]


@pytest.mark.parametrize("text, prose", [
    ("Answered to the Site Director.", True),          # a short sentence with some capitals
    ("Worked with the team on five projects.", True),
    ("Tornavía Ingeniería S.A. de C.V.", False),         # a name ending in abbreviations
    ("Quorra Payments Pte. Ltd.", False),
    ("Harvey Stores, Bolt Books, Grant Foods, etc.", False),  # a list of names
    ("Since 2024 Sparse Solvers for Large Routing Problems.", False),  # a title in capitals
])
def test_is_prose(text, prose):
    assert is_prose(Line(text=text)) is prose


def test_roles_under_an_employer_with_a_region_as_their_place():
    # an employer line over roles (in italics), each with its dates and a place named by its region
    sec = styled(("Corlan Rail", "B"), ("Signalling Manager", "I"), ("March 2019 - Present (5 years)", ""),
                 ("Greater Leeds Area", ""), ("Ran the signalling team for the north.", ""),
                 ("Signalling Engineer", "I"), ("May 2014 - March 2019 (4 years 10 months)", ""),
                 ("Greater Leeds Area", ""), ("Designed interlockings for two new lines.", ""),
                 ("Technician", "I"), ("June 2011 - May 2014 (3 years)", ""))
    assert _read(sec) == [("Corlan Rail", "Signalling Manager", "Greater Leeds Area"),
                          ("Corlan Rail", "Signalling Engineer", "Greater Leeds Area"),
                          ("Corlan Rail", "Technician", None)]


def _boxed(rows):
    """Lines from (text, x0, width, bullet) rows, one block."""
    from resumekit.document import Box
    return [Line(text=t, index=n, box=Box(x0, 10.0 * n, x0 + w, 10.0 * n + 9), bullet=b, style=Style(size=10.0),
                 origin="pdf") for n, (t, x0, w, b) in enumerate(rows)]


def test_dates_under_a_row_whose_right_cell_is_the_place():
    # "Company, Title ⇥ Place" / dates right-aligned below; rows without a place carry their dates
    rows = _boxed([("Harrowgate Media, Marketing Lead\t05/2021 – Present", 60, 470, False),
                   ("Ran the brand refresh", 75, 270, True),
                   ("Quent Media, Content Writer and Social Media Editor\tGuadalajara", 60, 470, False),
                   ("03/2015 – 04/2019", 455, 75, False),
                   ("Brisa Comunicación S.A., Marketing Technician\tGuadalajara", 60, 470, False),
                   ("09/2012 – 02/2015", 455, 75, False),
                   ("Brisa Comunicación S.A., Marketing Intern\t01/2012 – 08/2012", 60, 470, False)])
    got = [([l.index for l in e.header], e.dates.text) for e in split_entries(rows)]
    assert got == [([0], "05/2021 – Present"), ([2, 3], "03/2015 – 04/2019"), ([4, 5], "09/2012 – 02/2015"),
                   ([6], "01/2012 – 08/2012")]


@pytest.mark.parametrize("text, features", [
    ("Lyon, France", {"place"}),
    ("Greater Leeds Area", {"place"}),            # a place named by its region
    ("Praca zdalna", {"place"}),                  # remote work, in Polish, Turkish, Korean
    ("Uzaktan", {"place"}),
    ("재택근무", {"place"}),
    ("Software Engineer", {"title_word"}),        # the last word heads the phrase
    ("Velmont Foods Ltd", {"org_word"}),
    ("Harrow & Vale", set()),                     # no words either way: the pattern decides
])
def test_part_features(text, features):
    from resumekit.fields.pattern import part_features
    assert part_features(text) == features


def test_a_date_column_wrapped_inside_the_rows():
    # the left date column wrapped: the end's year opens the next row, before a bullet or alone
    rows = ("luglio 2023 – novembre Assistente vendite, Velmonte S.r.l.", "2024 • Aperti 4 nuovi clienti",
            "• Gestito il CRM", "maggio 2021 – febbraio Assistente, Orrin S.p.A. – Trento", "2023")
    entries = split_entries(lines(*rows))
    assert [(e.dates.text, [l.plain for l in e.body]) for e in entries] == [
        ("luglio 2023 – novembre 2024", ["Aperti 4 nuovi clienti", "Gestito il CRM"]),
        ("maggio 2021 – febbraio 2023", [])]
    assert entries[1].sources == {3: (3, 4)}
    # a row that merely starts with a year under a closed range is left alone
    plain = split_entries(lines("Line Cook 2019 – 2021 Pellham Bistro", "2021 Award for service"))
    assert [e.dates.text for e in plain] == ["2019 – 2021", "2021"]
    # ... and so is one whose abbreviated end month has its year ("févr. 2022"): nothing waits for one
    kept = split_entries(lines("Sept. 2019 – févr. 2022 : Assistante, Théâtre Orrin (Lyon)", "",
                               "2018 (6 mois) : Stage — Agence Velmonte, Villeurbanne"))
    assert [e.dates.text for e in kept] == ["Sept. 2019 – févr. 2022", "2018"]


@pytest.mark.parametrize("rows, dates", [
    # the whole end below the row: a "present" word, a numeric date before a bullet's text, alone
    (("05/2021 — Brand Lead, Quillon Corp., Dayton", "Now", "• Ran the brand"), [("2021-05", None, True)]),
    (("11/2019 — Content Writer, Quillon Corp.", "03/2021\tWrote the newsletter"), [("2019-11", "2021-03", False)]),
    (("2024-02 to Data Intern, Orrin Labs Inc., Tulsa", "2024-08"), [("2024-02", "2024-08", False)]),
    # a row that holds its whole range keeps the line below ("Now hiring" is no end)
    (("2019 - Present\tShift Lead, Pellham Bistro", "Now hiring"), [("2019", None, True)]),
])
def test_a_wrapped_end_below_a_start_and_a_dash(rows, dates):
    got = [(e.dates.start.iso(), e.dates.end.iso() if e.dates.end else None, e.dates.current)
           for e in split_entries(lines(*rows)) if e.dates]
    assert got == dates


def test_the_text_beside_a_wrapped_end_is_the_first_body_item():
    rows = ("2016-03 - Sales Intern, Tarrow Trading, Boise, ID", "2016-10\tOpened 7 new accounts in the region")
    (entry,) = split_entries(lines(*rows))
    assert [l.plain for l in entry.header] == ["2016-03 - 2016-10 Sales Intern, Tarrow Trading, Boise, ID"]
    assert [(l.plain, l.bullet) for l in entry.body][0] == ("Opened 7 new accounts in the region", True)
