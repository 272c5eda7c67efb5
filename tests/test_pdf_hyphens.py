"""Words hyphenated across line ends (resumekit.extract.pdf.hyphens)."""
import pytest

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


@pytest.mark.parametrize("rows, read", [
    # a word in capitals broken in a narrow column: joined when it is a dictionary word...
    (["KESTREL TECHNICAL UNIVER-", "SITY"], ["KESTREL TECHNICAL UNIVERSITY"]),
    (["BS IN MECHANICAL ENGI-", "NEERING, 2019"], ["BS IN MECHANICAL ENGINEERING,", "2019"]),
    # ...or one the document spells whole elsewhere
    (["FENWICK", "HOLLOWMERE INSTITUTE, FEN-", "WICK"], ["FENWICK", "HOLLOWMERE INSTITUTE, FENWICK"]),
    # a name or a compound in capitals, no word: as printed
    (["ODALYS OKONKWO-", "BREIT"], ["ODALYS OKONKWO-", "BREIT"]),
    (["QUILLAN-", "MARSDEN"], ["QUILLAN-", "MARSDEN"]),
    # capitals then small letters: not a word in capitals
    (["UNIVER-", "Sity of the North"], ["UNIVER-", "Sity of the North"]),
])
def test_a_word_in_capitals_is_joined_when_it_is_a_word(rows, read):
    assert texts(*rows) == read


def test_a_line_emptied_by_the_join_is_dropped():
    assert texts("worked on a recom-", "mendation") == ["worked on a recommendation"]


def test_a_soft_hyphen_at_the_line_end_joins_even_after_a_tab():
    """Typst and LaTeX break a word with a soft hyphen, which cleaning takes out of the text."""
    rows = [line("Licence Sciences\tseptembre 2015 – oc", 100).with_(raw="Licence Sciences\tseptembre 2015 – oc\u00ad"),
            line("tobre 2019", 112)]
    assert [l.text for l in join_hyphenated(rows)] == ["Licence Sciences\tseptembre 2015 – octobre 2019"]
    rows = [line("Akademie für Gesund", 100).with_(raw="Akademie für Gesund\u00ad"), line("heitsberufe Kiel", 112)]
    assert [l.text for l in join_hyphenated(rows)] == ["Akademie für Gesundheitsberufe", "Kiel"]


@pytest.mark.parametrize("rows,expected", [
    (["Software Engineering\tOctober 2017 –", "October 2019"], ["Software Engineering\tOctober 2017 – October 2019"]),
    (["Head of Design –", "Quillon Studio"], ["Head of Design – Quillon Studio"]),
    # the next line is more than the rest of the phrase: left alone
    (["Led the platform team –", "we shipped the billing rewrite in six weeks"],
     ["Led the platform team –", "we shipped the billing rewrite in six weeks"]),
    (["2019 –", "2021\tBristol"], ["2019 –", "2021\tBristol"]),
])
def test_a_short_line_after_a_line_ending_in_a_dash_moves_up(rows, expected):
    assert texts(*rows) == expected


@pytest.mark.parametrize("rows,expected", [
    # a value beside a label column: the label wraps too, and the broken word goes on in the value's cell
    (["Main duties and ⇥ Planned the rota for the night shift and the qualifica-", "responsibilities ⇥ tion audits"],
     ["Main duties and ⇥ Planned the rota for the night shift and the qualification", "responsibilities ⇥ audits"]),
    (["Tâches principales ⇥ Suivi des fournisseurs et des réclama-", "et responsabilités ⇥ tions"],
     ["Tâches principales ⇥ Suivi des fournisseurs et des réclamations", "et responsabilités"]),
    # cells the line above has not: which cell goes on is not known, left alone
    (["Dates ⇥ Ran the stores of the east wing and the inven-", "ongoing ⇥ weekly ⇥ tory counts"],
     ["Dates ⇥ Ran the stores of the east wing and the inven-", "ongoing ⇥ weekly ⇥ tory counts"]),
])
def test_a_word_broken_in_a_right_cell_goes_on_in_the_same_cell(rows, expected):
    got = texts(*(r.replace(" ⇥ ", "\t") for r in rows))
    assert got == [e.replace(" ⇥ ", "\t") for e in expected]


# a date range wrapped in a table's narrow cell after its end's month ("Oct 2022 – Oct" / "2023")
@pytest.mark.parametrize("rows, expected", [
    (["Oct 2022 – Oct", "2023"], ["Oct 2022 – Oct 2023"]),
    (["March 2019 - May", "2021"], ["March 2019 - May 2021"]),
    (["Janv. 2017 – mars", "2018"], ["Janv. 2017 – mars 2018"]),
    # the year before the range's start: the next entry's, not the rest of this range
    (["Jan 2019 – Present", "2018"], ["Jan 2019 – Present", "2018"]),
    # no year before the dash, or more than a year on the next line
    (["Founder – Owner", "2018"], ["Founder – Owner", "2018"]),
    (["Oct 2022 – Oct", "2023 Kestle"], ["Oct 2022 – Oct", "2023 Kestle"]),
])
def test_a_range_wrapped_after_its_end_s_month(rows, expected):
    assert [l.text for l in join_hyphenated([line(t, 100 + 14 * k) for k, t in enumerate(rows)])] == expected
