"""Slots of an entry's header: a name and its place, a legal form after a comma, the employer's
slot against an entry's own reading, a second period under an entry."""
import pytest

from resumekit.document import Line, Style
from resumekit.fields.experience import read_experience
from resumekit.fields.pattern import header_parts
from resumekit.fields.phrases import comma_pieces, ends_in_legal_form, legal_form

from .test_entries_pattern import styled


@pytest.mark.parametrize("text, pieces", [
    ("Costa & Filhos, Lda., Porto", ["Costa & Filhos, Lda.", "Porto"]),
    ("Data Analyst, Wrenfield Partners, Inc.", ["Data Analyst", "Wrenfield Partners, Inc."]),
    ("Gestor, Talhas Norte, S.A.", ["Gestor", "Talhas Norte, S.A."]),
    ("Consultant, IBM, Leeds", ["Consultant", "IBM", "Leeds"]),  # a company's name, not its legal form
    ("Baker, Lintel & Rye", ["Baker", "Lintel & Rye"]),
    ("Ops Lead, Harwell (Group, Ltd)", ["Ops Lead", "Harwell (Group, Ltd)"]),  # commas in brackets stay
])
def test_comma_pieces_keep_a_legal_form_with_its_name(text, pieces):
    assert comma_pieces(text) == pieces


@pytest.mark.parametrize("text, pieces", [
    ("Charge Nurse, RN", ["Charge Nurse, RN"]),
    ("Site Engineer, PE, Hallam & Pryce, Denver", ["Site Engineer, PE", "Hallam & Pryce", "Denver"]),
    ("Senior Accountant, CPA", ["Senior Accountant, CPA"]),
    ("Staff Nurse, RN, BSN", ["Staff Nurse, RN, BSN"]),  # letters after letters
    ("Structural Engineer, P.Eng.", ["Structural Engineer, P.Eng."]),
    ("Kestrel Ltd, PE", ["Kestrel Ltd", "PE"]),  # after no title: a place's code (Pernambuco) or a note
    ("Site Engineer, pe", ["Site Engineer", "pe"]),  # lower case: no licence
    ("Analyst, Denver, CO", ["Analyst", "Denver", "CO"]),
])
def test_comma_pieces_keep_licence_letters_with_their_title(text, pieces):
    assert comma_pieces(text) == pieces


@pytest.mark.parametrize("rows, expected", [
    (("Site Engineer, PE | Hallam & Pryce | Denver, CO | 2020 – Present", "• Poured things."),
     ("Site Engineer, PE", "Hallam & Pryce", "Denver, CO")),
    (("Wexford Mutual, Columbus, OH\t2012 – Present", "Senior Accountant, CPA\t2018 – Present", "• Closed books.",
      "Staff Accountant\t2012 – 2018", "• Reconciled."),
     ("Senior Accountant, CPA", "Wexford Mutual", "Columbus, OH")),
])
def test_a_title_keeps_its_licence_letters(rows, expected):
    from .helpers import section
    exp = read_experience(section("experience", *rows, bold=(0,)))[0][0]
    assert (exp.title, exp.company, exp.location) == expected


@pytest.mark.parametrize("text, expected", [
    ("Inc.", True), ("LDA", True), ("S.A.", True), ("GmbH", True), ("S.r.l.", True),
    ("IBM", False), ("Group", False), ("Leeds", False), ("", False),
])
def test_legal_form(text, expected):
    assert legal_form(text) is expected


def test_a_name_and_its_place_fill_the_slot_of_a_name_alone():
    sig = Style(size=10.0, italic=True)
    with_place = Line(text="Halden University, Tromsø, Norway\tAug 2019", style=sig)
    alone = Line(text="Halden University\tAug 2018", style=sig)
    a, b = header_parts([with_place], [True]), header_parts([alone], [True])
    assert a[0].text == b[0].text == "Halden University"
    assert a[0].slot == b[0].slot


def test_the_employers_slot_wins_over_a_course_with_a_school_word():
    # academic CV: the role, the course taught, the university that employed (italic, dated);
    # the first entries' courses are named after a school, yet the italic line is the employer
    sec = styled(("Teaching Assistant", "B"), ("Quarry Summer School 2019", ""),
                 ("Halden University, Tromsø, Norway\tAug 2019", "I"),
                 ("Teaching Assistant", "B"), ("Quarry Summer School 2018", ""),
                 ("Halden University, Tromsø, Norway\tAug 2018", "I"),
                 ("Lecturer", "B"), ("Stellar winds for beginners", ""), ("Ostrava University\tJul 2017", "I"),
                 ("Teaching Assistant", "B"), ("Calculus 2", ""), ("Ostrava University\tOct 2016 – Jun 2017", "I"))
    got = [(e.company, e.title) for e in read_experience(sec)[0]]
    assert got == [("Halden University", "Teaching Assistant"), ("Halden University", "Teaching Assistant"),
                   ("Ostrava University", "Lecturer"), ("Ostrava University", "Teaching Assistant")]


def test_an_entry_whose_words_decide_a_longer_title_keeps_it():
    sec = styled(("Backend Developer, Pellow Systems Ltd, Leeds\tApr 2023 – Apr 2025", ""),
                 ("Junior Developer – Pellow Systems Ltd, Leeds\tJan 2020 – Jan 2023", ""),
                 ("Working Student, Software Development – Tarrow Labs Ltd, York\tAug 2019 – Dec 2019", ""))
    assert read_experience(sec)[0][2].title == "Working Student, Software Development"


@pytest.mark.parametrize("rows, dates", [
    # a line of dates alone under an entry: the same role in an earlier period
    ([("Teaching Assistant", "B"), ("Calculus 2", ""), ("Ostrava University\tOct 2016 – Jun 2017", "I"),
      ("Oct 2015 – Jun 2016", ""),
      ("Lecturer", "B"), ("Optics", ""), ("Ostrava University\tOct 2014 – Jan 2015", "I")],
     [("2015-10", "2017-06"), ("2014-10", "2015-01")]),
    # a dated line with words is an entry of its own
    ([("Teaching Assistant", "B"), ("Ostrava University\tOct 2016 – Jun 2017", "I"),
      ("Lecturer\tOct 2014 – Jan 2015", "B")],
     [("2016-10", "2017-06"), ("2014-10", "2015-01")]),
])
def test_a_second_period_widens_the_entry_above(rows, dates):
    got = read_experience(styled(*rows))[0]
    assert [(e.start, e.end) for e in got] == dates


def test_an_organisation_word_in_the_titles_slot_still_names_the_role():
    # "Akademie" is an organisation stem, but the employer's slot holds the employer
    sec = styled(("Okt 2020 – Apr 2024\tGruppenleiter, Universität Lindau", ""),
                 ("Feb 2018 – Aug 2020\tAkademischer Rat, Technische Hochschule Wessel", ""),
                 ("Nov 2014 – Feb 2018\tDoktorand, Universität Kelsau", ""),
                 ("Apr 2012 – Okt 2014\tWissenschaftliche Hilfskraft, Hochschule Rennach", ""),
                 ("Apr 2010 – Mär 2012\tStudentische Hilfskraft, Hochschule Rennach", ""))
    assert [(e.company, e.title) for e in read_experience(sec)[0]][1] == \
        ("Technische Hochschule Wessel", "Akademischer Rat")


def test_an_employer_after_a_two_piece_title_is_no_place():
    sec = styled(("Junior Analyst, Ferrowby Analytics LLP – York\tFeb 2024 – Present", ""),
                 ("Research Assistant, Survey Methods, Ansell Insights Ltd\tJul 2023 – Feb 2024", ""))
    got = read_experience(sec)[0][1]
    assert (got.company, got.location) == ("Ansell Insights Ltd", None)


def test_a_role_whose_line_lost_its_weight_among_regular_ones():
    # most rows are bold, some regular: the regular rows' slots agree with the bold ones and give
    # way to them, so a regular row without role words is read by position like the others
    rows = []
    for title, company, bold in [("Depot Supervisor", "Harlow Freight Centre", "B"),
                                 ("Route Analyst", "Tansy Logistics Co.", "B"),
                                 ("Fleet Coordinator", "Marrow Haulage Ltd", "B"),
                                 ("Logistics Coordinator", "QVTL Cargo", ""),
                                 ("Logistics Coordinator", "QVTL Cargo", ""),
                                 ("Loading Operative", "Crimson Lane Carriers", "")]:
        rows += [(f"{title}, {company}", bold), ("Mar, 2020 - Jan, 2021\t10 months", ""), ("Moved pallets.", "")]
    got = [(e.company, e.title) for e in read_experience(styled(*rows))[0]]
    assert got[-1] == ("Crimson Lane Carriers", "Loading Operative")


@pytest.mark.parametrize("rows, entries", [
    # an open date late in a long sentence tells of the entry's past, it starts no entry
    ([("Harbour Lights Inn, Manager\t2019 – Present", "B"),
      ("Kept the rooms booked and the kitchen running on solar power since 2012.", ""),
      ("Saltmarsh Bank, Teller\t2014 – 2017", "B")], 2),
    # an open range after a name and a place is the entry's own, even with a trailing ellipsis
    ([("STAFF ENGINEER", "B"), ("Tarnwick — Izmir — 2025 - ...", ""), ("SENIOR ENGINEER", "B"),
      ("Tarnwick — Izmir — 2022 - 2025", "")], 2),
])
def test_open_dates_in_sentences(rows, entries):
    got = read_experience(styled(*rows))[0]
    assert len(got) == entries
    assert all(e.start for e in got)


@pytest.mark.parametrize("text, title", [
    ("Independent Content Creator | Remote | 2026-Present", "Independent Content Creator"),
])
def test_a_role_alone_with_its_place(text, title):
    (e,) = read_experience(styled((text, "")))[0]
    assert (e.company, e.title) == (None, title)


@pytest.mark.parametrize("text, company, title", [
    ("• May 2021 – present: adviser in flood modelling (Ostrel Council, Varda Bank)",
     "Ostrel Council, Varda Bank", "adviser in flood modelling"),
    ("Data Analyst (Acme Ltd)\t2019 – 2021", "Acme Ltd", "Data Analyst"),
    # a long employer's name after the role, with a note in brackets
    ("• 2018 – 2022: Associate Professor in Soil Physics, Northmoor School of Mining and Coastal Studies (80% FTE)",
     "Northmoor School of Mining and Coastal Studies (80% FTE)", "Associate Professor in Soil Physics"),
])
def test_employer_in_brackets_or_long(text, company, title):
    (e,) = read_experience(styled((text, "")))[0]
    assert (e.company, e.title) == (company, title)


def test_a_department_in_brackets_under_an_employer_line_keeps_the_employer():
    sec = styled(("Corvane Telecom", "B"),
                 ("Manager Field Services (Business Services)\t2015 – 2020", ""), ("Ran the crews.", "•"),
                 ("Support Technician\t2010 – 2015", ""), ("Fixed the lines.", "•"))
    got = [(e.company, e.title) for e in read_experience(sec)[0]]
    assert got[0][0] == "Corvane Telecom"


@pytest.mark.parametrize("text, expected", [
    ("Nordvik Foods AB", True), ("Tarrow Systems Ltd.", True), ("Pellow Pty Ltd", True),
    ("Boulder, CO", False),  # a region's code after a comma
    ("Leeds", False), ("AB", False),
])
def test_ends_in_legal_form(text, expected):
    assert ends_in_legal_form(text) is expected


def test_a_company_whose_legal_form_is_also_a_regions_code():
    sec = styled(("Sales Representative", "B"), ("Nordvik Foods AB", "B"), ("May 2024 – May 2025", ""),
                 ("Malmö, Sweden", ""), ("Opened new accounts.", "•"))
    (e,) = read_experience(sec)[0]
    assert (e.company, e.title) == ("Nordvik Foods AB", "Sales Representative")


@pytest.mark.parametrize("text, expected", [
    ("Brightwater Credit Union", True), ("Kingsmoor Building Society", True), ("Head Teller", False),
])
def test_credit_unions_and_building_societies_are_organisations(text, expected):
    from resumekit.fields.phrases import org_like
    assert org_like(text) is expected
