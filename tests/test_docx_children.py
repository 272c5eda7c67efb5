"""styles.Children answers find(tag) as lxml does for a plain tag: the first direct child of that tag."""
import pytest

from resumekit.extract.docx.package import parse_xml
from resumekit.extract.docx.styles import Children, numbering_of, para_props, w

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

PPRS = [
    "<w:pPr/>",
    '<w:pPr><w:spacing w:before="240" w:after="60"/><w:ind w:left="720"/></w:pPr>',
    '<w:pPr><w:ind w:left="360"/><w:ind w:left="1440"/></w:pPr>',  # a repeated child: the first counts
    '<w:pPr><!-- Fenwick Lane --><w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/></w:numPr></w:pPr>',
    '<w:pPr><w:rPr><w:spacing w:before="999"/></w:rPr><w:shd w:val="clear" w:fill="D9E2F3"/></w:pPr>',
]
TAGS = ["spacing", "ind", "numPr", "shd", "rPr", "outlineLvl", "jc"]


@pytest.mark.parametrize("ppr", PPRS)
def test_children_find_as_lxml(ppr):
    el = parse_xml(f'<w:p xmlns:w="{W}">{ppr}</w:p>'.encode())[0]
    kids = Children(el)
    for tag in TAGS:
        assert kids.find(w(tag)) is el.find(w(tag)), tag
    assert para_props(kids) == para_props(el)
    assert numbering_of(kids) == numbering_of(el)
