"""Each entry knows the document lines it was read from (the key of a later provenance)."""
from resumekit.fields.education import education_entries
from resumekit.fields.entries import split_entries
from resumekit.fields.experience import experience_entries, read_experience

from .helpers import lines, section


def test_joined_lines_keep_every_index():
    rows = ("Planner, Corlan – Leeds\tMarch 2018 – June", "2020",
            "• Planned the routes of all", "the northern depots", "Driver, Halden\t2019 - 2021")
    first, second = split_entries(lines(*rows))
    assert first.indices() == (0, 1, 2, 3) and second.indices() == (4,)
    assert first.roles["dates"] == (0, 1)  # the date cell and its wrapped year


def test_experience_roles_name_their_lines():
    sec = section("experience", "Torvell Freight Ltd\t2020 – 2023", "Dispatcher\tHull, UK", "• Routed",
                  "Corlan Logistics GmbH\t2018 – 2020", "Transport Planner", "• Planned")
    (a, exp_a), (b, exp_b) = experience_entries(sec)[0]
    assert (exp_a.company, exp_a.title) == ("Torvell Freight Ltd", "Dispatcher")
    assert a.roles == {"dates": (0,), "company": (0,), "title": (1,), "location": (1,)}
    assert b.roles == {"dates": (3,), "company": (3,), "title": (4,)}
    assert [e for e, in zip(read_experience(sec)[0])] == [exp_a, exp_b]


def test_education_roles_name_their_lines():
    (entry, edu), = education_entries(lines("Velmont University\t2015 - 2019", "BSc Forestry", "Grade: 1.7"))
    assert edu.institution == "Velmont University"
    assert entry.roles == {"dates": (0,), "institution": (0,), "degree": (1,)}
    assert entry.indices() == (0, 1, 2)
