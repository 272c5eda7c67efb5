"""The answers the readers keep per text (issue 12) are the answers worked out afresh, and a list
handed out is the caller's own: changing it changes no later answer."""
import pytest

from resumekit import headings
from resumekit.fields import phrases
from resumekit.fields.name import is_name

TEXTS = [
    "Senior Data Analyst | Brindle Foods Ltd. | Leeds",
    "Orchard Valley University — BSc Geography, 2014 – 2017",
    "Stock clerk. Varga Foods AB",
    "Marta Quillon",
    "Harvey Stores, Bolt Books, Lune Media, Orrin Group",
    "Herzzentrum Nordhafen\tMar 2020 – present",
    "",
]

KEPT = [phrases.title_like, phrases.org_like, phrases.degree_like, phrases.institution_like, is_name]
HEADINGS = ["Work Experience", "Relevant Work Experience", "Skills & Interests", "& Awards", "Project 2",
            "Publications (English)", "Senior Software Engineer", "E XPERIENCE", "主要技能", "Ausbildung", ""]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("fn", KEPT, ids=lambda f: f.__name__)
def test_a_kept_answer_is_the_fresh_one(fn, text):
    fn.cache_clear()
    first = fn(text)
    assert first == fn.__wrapped__(text)
    assert fn(text) == first  # asked again: the kept answer


@pytest.mark.parametrize("text", TEXTS)
def test_segments_are_the_callers_own(text):
    phrases._segments.cache_clear()
    first = phrases.segments(text)
    assert first == list(phrases._segments.__wrapped__(text))
    first.append("changed")
    assert phrases.segments(text) == first[:-1]


def test_organisation_and_school_words_are_joined_once():
    from resumekit.vocab import merged

    v = merged()
    joined = phrases._org_words(v.organization_words, v.institution_words)
    assert joined == v.organization_words + v.institution_words
    assert phrases._org_words(merged().organization_words, merged().institution_words) is joined


@pytest.mark.parametrize("name", ["ReactJS", "Postgres 14", "node js", "Kubernetes skills", "Fluent Python", "Quillwork"])
def test_a_skill_name_kept_is_the_fresh_reading(name):
    from resumekit.fields import canonical

    canonical._exact.cache_clear()
    first = canonical._exact(name)
    assert first == canonical._exact.__wrapped__(name)
    assert canonical._exact(name) == first


@pytest.mark.parametrize("text", HEADINGS)
def test_a_heading_kind_kept_is_the_fresh_reading(text):
    headings.heading_kind.cache_clear()
    first = headings.heading_kind(text)
    assert first == headings.heading_kind.__wrapped__(text)
    assert headings.heading_kind(text) is first  # asked again: the kept answer


def test_some_heading_kinds_are_read():
    headings.heading_kind.cache_clear()
    assert headings.heading_kind("Work Experience").kind == "experience"
    assert headings.heading_kind("Senior Software Engineer") is None


@pytest.mark.parametrize("text, kind, exact", [
    ("主要技能", "skills", False),          # a CJK compound holding a phrase
    ("职务经历书", "experience", False),     # (a phrase inside the compound)
    ("主要技能主要技能主要技能", None, None),  # longer than a CJK heading may be
    ("Skills & Interests", "skills", False),  # a phrase starting a list
    ("Relevant Work Experience", "experience", True),  # (a phrase of the vocabulary itself)
    ("Quarry Bay Notes", None, None),       # no word that starts a phrase
])
def test_heading_kinds_by_their_guards(text, kind, exact):
    """The guards before the phrase search and the CJK pattern answer as the search would."""
    headings.heading_kind.cache_clear()
    m = headings.heading_kind(text)
    assert (m.kind, m.exact) == (kind, exact) if kind else m is None
