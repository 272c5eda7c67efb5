import dataclasses

import pytest

from resumekit.vocab import Table, Vocab, codes, load, merged


@pytest.mark.parametrize("entries, asked, expected", [
    (("native", "fluent", "basic"), "fluent", True),
    (("native", "fluent", "basic"), "Fluent", False),      # the entries are keys: no folding here
    (("native", "fluent", "basic"), "", False),
    ((("reiwa", 2019), ("heisei", 1989)), ("heisei", 1989), True),
    (("native",), ["native"], False),                      # an unhashable value is compared as a tuple compares
    ((["unhashable"], "x"), ["unhashable"], True),          # unhashable entries: looked up one by one
    ((), "x", False),
])
def test_table_answers_in_as_its_tuple_does(entries, asked, expected):
    table = Table(entries)
    assert (asked in table) is expected is (asked in tuple(entries))
    assert table == tuple(entries)
    if all(not isinstance(e, list) for e in entries):
        assert hash(table) == hash(tuple(entries))           # a kept function finds it under either
    else:
        with pytest.raises(TypeError):
            hash(table)
    assert list(table) == list(entries)                     # the files' order kept


def test_every_table_of_the_vocabularies_is_one():
    for v in [merged()] + [load(c) for c in codes()]:
        for f in dataclasses.fields(Vocab):
            value = getattr(v, f.name)
            tables = value.values() if isinstance(value, dict) else [value]
            assert all(isinstance(t, Table) for t in tables if isinstance(t, tuple))



def test_a_table_hashed_before_it_is_asked_anything():
    # the set and the hash are worked out at the first question, whichever comes first
    table = Table(("native", "fluent"))
    assert hash(table) == hash(("native", "fluent"))
    assert "fluent" in table and "basic" not in table
