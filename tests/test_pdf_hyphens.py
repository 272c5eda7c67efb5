"""Words hyphenated across line ends (resumekit.extract.pdf.hyphens)."""
from resumekit.document import Box, Line
from resumekit.extract.pdf.hyphens import join_hyphenated


def line(text, top, block=0):
    return Line(text=text, page=1, block=block, box=Box(50, top, 500, top + 10), origin="pdf", column=0)


def texts(*rows):
    return [l.text for l in join_hyphenated([line(t, 100 + 12 * k) for k, t in enumerate(rows)])]


def test_a_syllable_break_is_joined_without_its_hyphen():
    assert texts("evaluating Istio, Cilium, Kuma, Con-", "sul, and AWS VPC Lattice") == \
        ["evaluating Istio, Cilium, Kuma, Consul,", "and AWS VPC Lattice"]


def test_a_compound_keeps_its_hyphen_when_both_halves_are_words_of_the_document():
    assert texts("cluster management across the cross-", "cluster mesh, cross traffic") == \
        ["cluster management across the cross-cluster", "mesh, cross traffic"]


def test_the_document_s_own_spelling_decides():
    assert texts("an open-source tool and open", "source work; open-", "source") == \
        ["an open-source tool and open", "source work; open-source"]
    assert texts("a variable star; a search for varia-", "ble stars") == \
        ["a variable star; a search for variable", "stars"]


def test_no_join_across_blocks_bullets_or_capitals():
    rows = [line("ends with a dash -", 100), line("next block", 112, block=1)]
    assert [l.text for l in join_hyphenated(rows)] == ["ends with a dash -", "next block"]
    assert texts("Ostrow-", "Kiel") == ["Ostrow-", "Kiel"]
    bullet = [line("built a pipe-", 100), line("line", 112).with_(bullet="•")]
    assert [l.text for l in join_hyphenated(bullet)] == ["built a pipe-", "line"]


def test_a_line_emptied_by_the_join_is_dropped():
    assert texts("worked on a recom-", "mendation") == ["worked on a recommendation"]
