"""Declared DOCX headings the document itself contradicts."""
import pytest

from resumekit.document import Line, Style
from resumekit.extract.docx.headings import contradicts, trust_headings


def heading(text: str, level: int = 1, index: int = 0, bullet: bool = False) -> Line:
    return Line(text=text, index=index, bullet=bullet, style=Style(size=12.0, heading_level=level), origin="docx")


@pytest.mark.parametrize("text, bullet, wrong", [
    ("Experience", False, False),
    ("Senior Engineer, Harlow Instruments\t2019 – 2021", False, False),  # a sub-heading with its dates
    ("Port Audit – open port scanner", True, True),                     # a list item
    ("Wrote a scanner that flags outdated services for audits.", False, True),  # a sentence
    ("Certified Information Systems Security Professional awarded by the body in 2023 after a course",
     False, True),                                                       # too many words
    ("Ends with a full stop.", False, False),                            # short: a heading that ends in "."
])
def test_contradicts(text, bullet, wrong):
    assert contradicts(heading(text, bullet=bullet)) is wrong


def test_trust_headings_per_line_and_per_style():
    lines = [
        heading("Projects", 1, 0),
        heading("Offensive Security Certified Professional, 2022", 1, 1, bullet=True),  # a list item
        heading("Certificates", 1, 2),
        heading("Vault Drop", 4, 3),  # short, but its style is mostly used for descriptions
        heading("Built a file transfer tool with AES encryption and signed manifests.", 4, 4),
        heading("Wrote a scanner that fingerprints devices and flags outdated services.", 4, 5),
        heading("Summary", 2, 6),     # the only line of its style: judged alone
    ]
    style_of = {0: "Heading1", 1: "Heading1", 2: "Heading1", 3: "Heading4", 4: "Heading4", 5: "Heading4",
                6: "Heading2"}
    kept = [l.style.heading_level for l in trust_headings(lines, style_of)]
    assert kept == [1, None, 1, None, None, None, 2]
