"""The consistency step (resumekit.shapes): a line's shape, the families that learn one, and the one
table of guards every family reads."""
import pytest

from resumekit import shapes
from resumekit.document import Document, Line, Style
from resumekit.segment import segment


def _plain(rows):
    """Plain text: (text, block) rows."""
    return tuple(Line(text=t, index=i, block=b) for i, (t, b) in enumerate(rows))


@pytest.mark.parametrize("rows, at, place, colon, caps", [
    ([("Jonah Pell", 0), ("HOBBIES:", 1), ("Kites", 2)], 1, "own", True, True),
    ([("Jonah Pell", 0), ("WHERE I WORKED", 1), ("Kite maker, Tolverne", 1)], 1, "opens", False, True),
    ([("Jonah Pell", 0), ("WHERE I WORKED", 1), ("Kite maker, Tolverne", 1)], 2, "inside", False, False),
    ([("Things I like:", 0)], 0, "own", True, False),
])
def test_a_line_s_shape_reads_its_place_in_the_block(rows, at, place, colon, caps):
    s = shapes.shape(_plain(rows), at)
    assert (s.place, s.colon, s.caps) == (place, colon, caps)


def test_the_guard_table_in_the_docstring_is_the_guard_table_of_the_code():
    doc = shapes.__doc__.split("3. Guard.")[1].splitlines()
    rules = [n for n, ln in enumerate(doc) if ln.strip().startswith("====")]
    rows = [ln.split()[0] for ln in doc[rules[0] + 1:rules[-1]] if ln[3] != " "]
    assert rows == [g.name for g in shapes.GUARDS]


def test_every_family_a_guard_names_exists():
    names = {f.name for f in shapes.FAMILIES}
    assert all(g.families is None or g.families <= names for g in shapes.GUARDS)
    assert all((g.line is None) != (g.among is None) for g in shapes.GUARDS)


def _declared(rows):
    return Document(lines=tuple(Line(text=t, index=i, block=i, style=Style(size=size, heading_level=level))
                                for i, (t, size, level) in enumerate(rows)), format="docx")


_HEAD = [("Ines Varga", 26, 0), ("ines@example.net", 11, None)]


@pytest.mark.parametrize("rows, kinds", [
    # a declared level with no phrase of the vocabulary: the sections' level ...
    (_HEAD + [("Track Record", 14, 1), ("Planner, Dunmore Freight", 11, None), ("Toolkit", 14, 1), ("Excel", 11, None)],
     ["header", "other", "other"]),
    # more than four words: a title, not a heading found by its shape
    (_HEAD + [("Track Record", 14, 1), ("Planner, Dunmore Freight", 11, None),
              ("What I Did Between Jobs", 14, 1), ("Sailing", 11, None)],
     ["header", "other"]),
    # a declared heading that opens in lower case: a wrapped line's tail
    (_HEAD + [("Track Record", 14, 1), ("Planner, Dunmore Freight", 11, None), ("and more besides", 14, 1),
              ("Excel", 11, None)],
     ["header", "other"]),
])
def test_the_declared_level_family_reads_the_one_guard_table(rows, kinds):
    assert [s.kind for s in segment(_declared(rows))] == kinds


@pytest.mark.parametrize("rows, kinds", [
    # one word people write, in capitals on a block of its own, is such a heading too
    ([("Jonah Pell", 0), ("jonah@example.com", 0), ("TRACK RECORD", 1), ("Kite maker, Tolverne", 2),
      ("TOOLKIT", 3), ("Sail repair, rigging", 4), ("BACKSTORY", 5), ("Grew up by the sea", 6)],
     ["header", "other", "other", "other"]),
    # an acronym is not: capitals alone are no style in plain text ("CBSE" stays in the section above)
    ([("Jonah Pell", 0), ("jonah@example.com", 0), ("TRACK RECORD", 1), ("Kite maker, Tolverne", 2),
      ("TOOLKIT", 3), ("Sail repair, rigging", 4), ("BACKSTORY", 5), ("Grew up by the sea", 6),
      ("CBSE", 7), ("Class XII", 8)],
     ["header", "other", "other", "other"]),
    # an acronym does not count towards the three: two such blocks teach nothing
    ([("Jonah Pell", 0), ("jonah@example.com", 0), ("TOOLKIT", 1), ("Sail repair", 2), ("BACKSTORY", 3),
      ("Grew up by the sea", 4), ("CBSE", 5), ("Class XII", 6)],
     ["header"]),
])
def test_one_word_people_write_on_its_own_block(rows, kinds):
    doc = Document(lines=_plain(rows), format="text")
    assert [s.kind for s in segment(doc)] == kinds


@pytest.mark.parametrize("rows, kinds", [
    # plain text, capitals on blocks of their own, no phrase of the vocabulary: three such blocks
    ([("Jonah Pell", 0), ("jonah@example.com", 0), ("WHERE I WORKED", 1), ("Kite maker, Tolverne", 2),
      ("WHAT I KNOW", 3), ("Sail repair", 4), ("WHAT I LIKE", 5), ("Kites", 6)],
     ["header", "other", "other", "other"]),
    # the same lines over a year: an employer in capitals on a job board's block of its own
    ([("Jonah Pell", 0), ("jonah@example.com", 0), ("WHERE I WORKED", 1), ("Kite maker, Tolverne", 2),
      ("TOLVERNE KITES LTD", 3), ("2019 to Present", 4), ("WHAT I KNOW", 5), ("Sail repair", 6),
      ("WHAT I LIKE", 7), ("Kites", 8)],
     ["header", "other", "other", "other"]),
])
def test_plain_capitals_on_their_own_block(rows, kinds):
    doc = Document(lines=_plain(rows), format="text")
    assert [s.kind for s in segment(doc)] == kinds


@pytest.mark.parametrize("rows, kinds", [
    # plain text whose headings end in a colon on blocks of their own: a short word in that shape is one
    ([("Jonah Pell", 0), ("jonah@example.com", 0), ("Hello:", 1), ("I build kites.", 2), ("And sails.", 2),
      ("Skills:", 3), ("Sail repair", 4), ("Rigging", 4), ("Education:", 5), ("BA Design, 2015", 6),
      ("Tolverne College", 6)],
     ["header", "other", "skills", "education"]),
    # a line opening with a lower-case letter is a wrapped sentence's tail, whatever its shape
    ([("Jonah Pell", 0), ("jonah@example.com", 0), ("and more:", 1), ("I build kites.", 2), ("And sails.", 2),
      ("Skills:", 3), ("Sail repair", 4), ("Rigging", 4), ("Education:", 5), ("BA Design, 2015", 6),
      ("Tolverne College", 6)],
     ["header", "skills", "education"]),
    # under an entry section (projects): a colon on a block of its own is no employer's look
    ([("Jonah Pell", 0), ("jonah@example.com", 0), ("Skills:", 1), ("Sail repair", 2), ("Rigging", 2),
      ("Projects:", 3), ("- Tidewrack: a kite tracker", 4), ("- Gullwing: a sail cutter", 4), ("What I Use:", 5),
      ("Redis, Python", 6), ("Linux", 6)],
     ["header", "skills", "projects", "other"]),
])
def test_plain_colon_headings_on_their_own_block(rows, kinds):
    doc = Document(lines=_plain(rows), format="text")
    assert [s.kind for s in segment(doc)] == kinds


_TOP = [("Jonah Pell", 0), ("jonah@example.com", 0), ("EDUCATION", 1), ("BA Design, Tolverne College", 2),
        ("SKILLS", 3), ("Sail repair", 4)]


@pytest.mark.parametrize("rows, kinds", [
    # a line in the headings' shape written once is a heading
    (_TOP + [("SEA TIME", 5), ("Four Atlantic crossings", 6)], ["header", "education", "skills", "other"]),
    # a label written in every job (jobs under a heading that was missed): no section of its own
    (_TOP + [("Kite maker, Tolverne Kites", 5), ("KEY DUTIES:", 6), ("Cut and sewed sails", 7),
             ("Sail rigger, Gullwing Ltd", 8), ("KEY DUTIES:", 9), ("Rigged racing dinghies", 10)],
     ["header", "education", "skills"]),
    # the headline written again as a job's title: a title, not a heading
    ([("Jonah Pell", 0), ("KITE MAKER", 0)] + _TOP[1:] + [("KITE MAKER", 5), ("Tolverne Kites", 6)],
     ["header", "education", "skills"]),
])
def test_words_standing_on_two_lines_are_no_heading_found_by_shape(rows, kinds):
    doc = Document(lines=_plain(rows), format="text")
    assert [s.kind for s in segment(doc)] == kinds


_OWN = [("Jonah Pell", 0), ("jonah@example.com", 0), ("Track Record:", 1), ("Kite maker, Tolverne Kites", 2),
        ("2019 - present", 2), ("Learning:", 3), ("BA Design, Tolverne College", 4), ("What I Use:", 5),
        ("Sail repair, rigging", 6), ("Languages:", 7), ("English, Cornish", 8)]


@pytest.mark.parametrize("rows, kinds", [
    # one recognised heading ending in a colon on its own block: three more such lines teach the shape
    (_OWN, ["header", "other", "other", "other", "languages"]),
    # two such lines teach nothing
    (_OWN[:5] + _OWN[7:], ["header", "languages"]),
    # labels of contact or personal data are no headings, nor do they count towards the three
    ([("Jonah Pell", 0), ("jonah@example.com", 0), ("Address:", 1), ("4 Quay Street, Tolverne", 2),
      ("Cornwall", 2), ("Nationality:", 3), ("British", 4), ("Track Record:", 5), ("Kite maker, Tolverne Kites", 6),
      ("2019 - present", 6), ("Languages:", 7), ("English, Cornish", 8)],
     ["header", "languages"]),
    # nor is a label over a link
    ([("Jonah Pell", 0), ("jonah@example.com", 0), ("Languages:", 1), ("English, Cornish", 2),
      ("Track Record:", 3), ("Kite maker, Tolverne Kites", 4), ("2019 - present", 4), ("Learning:", 5),
      ("BA Design, Tolverne College", 6), ("2015 - 2018", 6), ("Sail plans:", 7), ("https://example.com/sails", 8),
      ("What I Use:", 9), ("Sail repair, rigging", 10), ("Knots", 10)],
     ["header", "languages", "other", "other", "other"]),
    # a colon line that ends the document has no line below to be a value of (it was an IndexError)
    (_OWN + [("Other Bits:", 9)], ["header", "other", "other", "other", "languages"]),
])
def test_colon_lines_on_their_own_blocks_teach_the_shape(rows, kinds):
    doc = Document(lines=_plain(rows), format="text")
    assert [s.kind for s in segment(doc)] == kinds
