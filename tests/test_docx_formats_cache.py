"""The DOCX walk keeps what a paragraph's and a run's properties resolve to per their content
(resumekit.extract.docx.walk): paragraphs and runs that differ in one attribute, or one level
down, must never share an answer. All cases sit in one document, so the answers are shared
wherever they may be."""
import pytest

import resumekit
from tests.hostile import docx_bytes

# (paragraph properties, run properties, expected (bold, size, heading level, italic))
CASES = [
    ("", "", (False, 10.0, None, False)),
    ("", "<w:b/>", (True, 10.0, None, False)),
    ("", '<w:b w:val="0"/>', (False, 10.0, None, False)),
    ("", '<w:sz w:val="40"/>', (False, 20.0, None, False)),
    ("", '<w:sz w:val="28"/>', (False, 14.0, None, False)),
    ("", '<w:b/><w:i/>', (True, 10.0, None, True)),
    ('<w:outlineLvl w:val="0"/>', "", (False, 10.0, 1, False)),
    ('<w:outlineLvl w:val="1"/>', "", (False, 10.0, 2, False)),
    ('<w:outlineLvl w:val="9"/>', "", (False, 10.0, None, False)),
    # the paragraph mark's properties (one level down): a size the runs leave unset is the mark's
    ('<w:rPr><w:b/></w:rPr>', "", (False, 10.0, None, False)),
    ('<w:rPr><w:sz w:val="40"/></w:rPr>', '<w:sz w:val="24"/>', (False, 12.0, None, False)),
    ('<w:rPr><w:sz w:val="40"/></w:rPr>', "", (False, 20.0, None, False)),
    ('<w:rPr><w:sz w:val="36"/></w:rPr>', "", (False, 18.0, None, False)),
    # the mark and the rest of the paragraph's properties are also kept apart: each shared, never mixed
    ('<w:outlineLvl w:val="0"/><w:rPr><w:sz w:val="40"/></w:rPr>', "", (False, 20.0, 1, False)),
    ('<w:outlineLvl w:val="1"/><w:rPr><w:sz w:val="40"/></w:rPr>', "", (False, 20.0, 2, False)),
    ('<w:outlineLvl w:val="0"/><w:rPr><w:sz w:val="36"/></w:rPr>', "", (False, 18.0, 1, False)),
    ('<w:outlineLvl w:val="0"/><w:rPr><w:sz w:val="36"/></w:rPr>', '<w:b/>', (True, 18.0, 1, False)),
    # a mark written as an empty element, and the same rest after a mark of another size
    ('<w:outlineLvl w:val="0"/><w:rPr/>', "", (False, 10.0, 1, False)),
    ('<w:outlineLvl w:val="1"/><w:rPr><w:sz w:val="28"/><w:i/></w:rPr>', "", (False, 14.0, 2, False)),
]


def _paragraph(ppr: str, rpr: str, text: str) -> str:
    return (f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}"
            f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p>')


@pytest.fixture(scope="module")
def lines():
    body = "".join(_paragraph(ppr, rpr, f"Marlow Quay case {i}") for i, (ppr, rpr, _) in enumerate(CASES))
    body += "".join(_paragraph(ppr, rpr, f"Marlow Quay again {i}") for i, (ppr, rpr, _) in enumerate(CASES))
    doc = resumekit.extract(docx_bytes(body), format="docx")
    return {line.text: line for line in doc.lines}


@pytest.mark.parametrize("i", range(len(CASES)))
def test_alike_formatting_resolves_alike_and_only_alike(lines, i):
    expected = CASES[i][2]
    for text in (f"Marlow Quay case {i}", f"Marlow Quay again {i}"):
        style = lines[text].style
        assert (style.bold, style.size, style.heading_level, style.italic) == expected, text
