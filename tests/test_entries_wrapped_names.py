"""A viewer's copy of a page whose entries set a name and its dates on one row ("Quayside Freight
⇥ 11/2012 – 05/2018" / "Freight Planner"): where a name cell wraps over two or three lines, its
dates cell comes out on a line of its own under them. The wrapped lines open that entry (and are
its name, one line), not the end of the entry above. Invented strings."""
import pytest

from resumekit.fields.entries import split_entries

from .helpers import lines


def _headers(rows, jobs=True):
    return [[l.plain for l in e.header] for e in split_entries(lines(*rows), jobs=jobs)]


CASES = {
    # an employer over two lines, then its dates alone, then the role; the others on one row
    "employer wrapped over two lines": (
        ["Harbour Cartage Limited 10/2020 - 10/2025", "Senior Dispatcher",
         "Office of the Deputy Transport Minister and", "Regional Harbour Development",
         "05/2018 - 10/2020", "Policy Adviser",
         "Quayside Freight 11/2012 - 05/2018", "Freight Planner"],
        [["Harbour Cartage Limited 10/2020 - 10/2025", "Senior Dispatcher"],
         ["Office of the Deputy Transport Minister and Regional Harbour Development", "05/2018 - 10/2020",
          "Policy Adviser"],
         ["Quayside Freight 11/2012 - 05/2018", "Freight Planner"]]),
    # three lines, and the last entry of the section is the wrapped one
    "employer wrapped over three lines, last entry": (
        ["Quayside Freight 11/2012 - 05/2018", "Freight Planner",
         "Northern Regional Council, Office of the", "Port Authority, Harbour Works", "and Moorings",
         "12/2008 - 10/2012", "Works Assistant"],
        [["Quayside Freight 11/2012 - 05/2018", "Freight Planner"],
         ["Northern Regional Council, Office of the Port Authority, Harbour Works and Moorings",
          "12/2008 - 10/2012", "Works Assistant"]]),
    # each entry keeps a place after its role: the line past it opens the wrapped entry, not the place
    "a place after each role stays": (
        ["Quayside Freight 11/2012 - 05/2018", "Freight Planner", "Leeds",
         "Office of the Deputy Minister for", "Regional Harbour Development",
         "05/2008 - 10/2012", "Policy Adviser", "York"],
        [["Quayside Freight 11/2012 - 05/2018", "Freight Planner", "Leeds"],
         ["Office of the Deputy Minister for Regional Harbour Development", "05/2008 - 10/2012",
          "Policy Adviser", "York"]]),
}


@pytest.mark.parametrize("rows, expected", CASES.values(), ids=CASES.keys())
def test_wrapped_name_opens_its_entry(rows, expected):
    assert _headers(rows) == expected


KEPT = {
    # dates first on every entry (no name beside any dates): the lines under the dates are the
    # entry's, as before
    "dates first everywhere": (
        ["10/2020 - 10/2025", "Senior Dispatcher", "Harbour Cartage Limited",
         "05/2018 - 10/2020", "Policy Adviser", "Quayside Freight"],
        [["10/2020 - 10/2025", "Senior Dispatcher", "Harbour Cartage Limited"],
         ["05/2018 - 10/2020", "Policy Adviser", "Quayside Freight"]]),
    # a place alone after the role, where the entries set nothing after their role: it ends the
    # entry above, and the dates alone open theirs
    "a place alone is no wrapped name": (
        ["Harbour Cartage Limited 10/2020 - 10/2025", "Senior Dispatcher", "Leeds, England",
         "05/2018 - 10/2020", "Policy Adviser",
         "Quayside Freight 11/2012 - 05/2018", "Freight Planner"],
        [["Harbour Cartage Limited 10/2020 - 10/2025", "Senior Dispatcher", "Leeds, England"],
         ["05/2018 - 10/2020", "Policy Adviser"],
         ["Quayside Freight 11/2012 - 05/2018", "Freight Planner"]]),
    # the entries set no count of lines after their dates that most share (one none, one a role):
    # nothing tells where the previous entry ends, the dates alone open their entry
    "no count of lines after the dates shared": (
        ["Harbour Cartage Limited 10/2020 - 10/2025", "Senior Dispatcher",
         "Office of the Deputy Minister", "Regional Harbour Development", "05/2018 - 10/2020",
         "Quayside Freight 11/2012 - 05/2018", "Freight Planner"],
        [["Harbour Cartage Limited 10/2020 - 10/2025", "Senior Dispatcher",
          "Office of the Deputy Minister", "Regional Harbour Development"], ["05/2018 - 10/2020"],
         ["Quayside Freight 11/2012 - 05/2018", "Freight Planner"]]),
    # lines that go on from the line above in lower case: no name opens there
    "a line in lower case opens no name": (
        ["Harbour Cartage Limited 10/2020 - 10/2025", "Senior Dispatcher",
         "of the night shift, the yard", "Regional Harbour Development",
         "05/2018 - 10/2020", "Policy Adviser", "Quayside Freight 11/2012 - 05/2018", "Freight Planner"],
        [["Harbour Cartage Limited 10/2020 - 10/2025", "Senior Dispatcher",
          "of the night shift, the yard", "Regional Harbour Development"],
         ["05/2018 - 10/2020", "Policy Adviser"], ["Quayside Freight 11/2012 - 05/2018", "Freight Planner"]]),
    # more lines than a wrapped name takes, and years listed rather than a range: a list of
    # courses and the years they were taken, not a name over its dates
    "a list over listed years": (
        ["Harbour Cartage Limited 10/2020 - 10/2025", "Senior Dispatcher",
         "Forklift Licence", "Crane Ticket", "First Aid", "Night Driving", "2016, 2018",
         "Quayside Freight 11/2012 - 05/2018", "Freight Planner", "Tarrow Depot 05/2008 - 10/2012", "Porter"],
        [["Harbour Cartage Limited 10/2020 - 10/2025", "Senior Dispatcher",
          "Forklift Licence", "Crane Ticket", "First Aid", "Night Driving"], ["2016, 2018"],
         ["Quayside Freight 11/2012 - 05/2018", "Freight Planner"], ["Tarrow Depot 05/2008 - 10/2012", "Porter"]]),
    # a note in brackets wrapped onto the next line, its dates closing it: the note's end, not a
    # wrapped name's dates
    "a bracketed note's dates": (
        ["Harbour Cartage Limited 10/2020 - 10/2025", "Senior Dispatcher",
         "(part-time beside my studies at the harbour college,", "09/2019 - 03/2020)",
         "Quayside Freight 11/2012 - 05/2018", "Freight Planner", "Tarrow Depot 05/2008 - 10/2012", "Porter"],
        [["Harbour Cartage Limited 10/2020 - 10/2025", "Senior Dispatcher",
          "(part-time beside my studies at the harbour college,"],
         ["09/2019 - 03/2020)"],
         ["Quayside Freight 11/2012 - 05/2018", "Freight Planner"], ["Tarrow Depot 05/2008 - 10/2012", "Porter"]]),
    # the lines above the dates are a sentence of the entry above, wrapped (eight words or more,
    # most not capitalised): no name of the next entry
    "a wrapped sentence is no name": (
        ["Harbour Cartage Limited 10/2020 - 10/2025", "Senior Dispatcher",
         "Selected to plan the routes of the night shift for", "the whole depot",
         "05/2018 - 10/2020", "Policy Adviser", "Quayside Freight 11/2012 - 05/2018", "Freight Planner"],
        [["Harbour Cartage Limited 10/2020 - 10/2025", "Senior Dispatcher",
          "Selected to plan the routes of the night shift for", "the whole depot"],
         ["05/2018 - 10/2020", "Policy Adviser"], ["Quayside Freight 11/2012 - 05/2018", "Freight Planner"]]),
}


@pytest.mark.parametrize("rows, expected", KEPT.values(), ids=KEPT.keys())
def test_other_shapes_kept(rows, expected):
    assert _headers(rows) == expected
