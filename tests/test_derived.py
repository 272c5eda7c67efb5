import datetime as dt

import pytest

import resumekit
from resumekit.fields.derived import experience_months
from resumekit.schema import Experience

from .conftest import FIXTURES

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("spans, months", [
    ([("2017-06", "2017-08", False)], 3),                                   # both end months count
    ([("2019", "2021", False)], 25),                                        # bare years count as July
    ([("2020-01", None, True)], 83),                                        # ongoing: up to the reference date
    ([("2018-01", "2020-12", False), ("2020-01", "2021-06", False)], 42),   # overlaps merged
    ([("2018-01", "2018-12", False), ("2020-01", "2020-12", False)], 24),   # a gap is not experience
    ([(None, "2020", False)], None),                                        # no start: not counted
    ([("2020-03", None, False)], None),                                     # a single date: span unknown
    ([], None),
])
def test_experience_months(spans, months):
    entries = [Experience(start=s, end=e, current=c) for s, e, c in spans]
    assert experience_months(entries, TODAY) == months


def test_reference_date_is_an_option():
    text = b"Jane Example\n\nEXPERIENCE\nEngineer, Acme Corp    Jan 2020 - Present\n"
    early = resumekit.parse(text, options=resumekit.ParseOptions(reference_date=dt.date(2021, 1, 15)))
    late = resumekit.parse(text, options=resumekit.ParseOptions(reference_date=dt.date(2022, 1, 15)))
    assert (early.experience_months, late.experience_months) == (13, 25)


@pytest.mark.parametrize("name, low", [
    ("cover-letter.pdf", True), ("one-column.pdf", False), ("minimal.txt", False), ("plain.txt", False),
    ("heading-styles.docx", False), ("markdown-front-matter.md", False),
])
def test_is_resume(name, low):
    p = resumekit.parse(FIXTURES / name).meta.is_resume
    assert (p < 0.5) is low


def test_an_about_page_is_not_a_resume():
    text = ("# About me\n\nI am a photographer based in Leeds. I have loved taking pictures since I was a child, "
            "and over the years I have worked with many wonderful people on weddings and portraits.\n\n"
            "When I am not behind a camera I enjoy hiking in the Dales with my dog, reading crime novels "
            "and baking bread for my neighbours, who are very patient with my experiments.\n").encode()
    assert resumekit.parse(text).meta.is_resume < 0.5
