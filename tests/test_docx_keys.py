"""Cache keys cut from a part's own text (resumekit.extract.docx.keys): given only where the text
cannot mislead, and then never equal for two elements whose shapes differ."""
import itertools

import pytest

from resumekit.extract.docx.keys import text_keys
from resumekit.extract.docx.package import parse_xml
from resumekit.extract.docx.walk import PPR, RPR, _shape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _part(body: str, decl: str = DECL, extra_ns: str = "") -> bytes:
    return f'{decl}<w:document xmlns:w="{W}"{extra_ns}><w:body>{body}</w:body></w:document>'.encode()


def _para(ppr: str, rpr: str, text: str = "Tamsin Oakridge") -> str:
    return f"<w:p>{ppr}<w:r>{rpr}<w:t>{text}</w:t></w:r></w:p>"


PLAIN = _para('<w:pPr><w:spacing w:after="120"/><w:rPr><w:b/></w:rPr></w:pPr>', '<w:rPr><w:i/></w:rPr>')
EMPTY = _para("<w:pPr/>", "<w:rPr></w:rPr>")

# (what the part holds, keyed?)
CASES = [
    (_part(PLAIN + EMPTY), True),
    (_part(PLAIN, decl=""), True),  # no XML declaration
    (_part(PLAIN + "<!-- <w:rPr><w:b/></w:rPr> -->"), False),  # markup in a comment
    (_part(_para("", "<w:rPr><w:b/><!-- </w:rPr> --><w:i/></w:rPr>")), False),  # a close tag in a comment
    (_part(_para("", "<w:rPr><w:b/><?note </w:rPr>?><w:i/></w:rPr>")), False),
    (_part(PLAIN + "<w:p><w:r><w:t><![CDATA[<w:rPr>]]></w:t></w:r></w:p>"), False),
    (_part(PLAIN + '<?note <w:rPr/>?>'), False),
    (_part(_para("", '<w:rPr><w:b/><w:rPrChange w:id="1"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr>')), False),
    (_part(_para('<w:pPr><w:jc w:val="left"/><w:pPrChange w:id="2"><w:pPr/></w:pPrChange></w:pPr>', "")), False),
    (_part(_para("", '<w:rPr ><w:b/></w:rPr>')), False),  # a space in the tag
    # a prefix bound to two URIs: the same text would name different elements
    (_part(_para("", '<v:rPr xmlns:v="urn:one"><v:b/></v:rPr>') + _para("", '<v:x xmlns:v="urn:two"/>')), False),
    # the WordprocessingML namespace under another prefix: lxml finds elements the text does not
    (_part(_para("", "<x:rPr><x:b/></x:rPr>"), extra_ns=f' xmlns:x="{W}"'), False),
]


@pytest.mark.parametrize("blob, keyed", CASES)
def test_keys_only_where_the_text_is_the_element(blob, keyed):
    root = parse_xml(blob)
    keys = text_keys(root, blob, (PPR, RPR))
    elements = list(root.iter(PPR, RPR))
    assert (keys != {}) == keyed
    if keyed:
        assert set(keys) == set(elements)


def test_equal_keys_mean_equal_shapes():
    variants = ["", "<w:b/>", '<w:b w:val="0"/>', '<w:b w:val="false"/>', '<w:sz w:val="24"/>', "<w:b/><w:i/>",
                "<w:i/><w:b/>", '<w:color w:val="1F3864"/>']
    body = "".join(_para(f"<w:pPr><w:rPr>{a}</w:rPr></w:pPr>", f"<w:rPr>{b}</w:rPr>", f"Line {k}")
                   for k, (a, b) in enumerate(itertools.product(variants, repeat=2)))
    blob = _part(body)
    root = parse_xml(blob)
    keys = text_keys(root, blob, (PPR, RPR))
    assert len(keys) == 3 * len(variants) ** 2  # each paragraph's pPr, its mark's rPr, its run's rPr
    for tag, depth in ((PPR, 2), (RPR, 1)):
        elements = list(root.iter(tag))
        for a, b in itertools.combinations(elements, 2):
            assert (keys[a] == keys[b]) == (_shape(a, depth) == _shape(b, depth))


def test_a_subtree_or_a_part_without_bytes_gets_no_keys():
    blob = _part(PLAIN + EMPTY)
    root = parse_xml(blob)
    assert text_keys(root[0][1], blob, (PPR, RPR)) == {}  # one paragraph: not the whole part
    assert text_keys(root, None, (PPR, RPR)) == {}
