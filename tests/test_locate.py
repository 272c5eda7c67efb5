from dataclasses import replace

import pytest

from resumekit.fields.locate import find_in

from .helpers import lines


@pytest.mark.parametrize("value, expected", [
    ("Orrin Kiln Works", (1,)),
    ("kiln works", (1,)),                 # folded
    ("Leeds", (2,)),
    ("Harrow", None),
])
def test_find_in_a_tuple_and_a_list_alike(value, expected):
    rows = lines("Jane Quarry", "Orrin Kiln Works", "Leeds, UK")
    for scope in (tuple(rows), list(rows)):
        found = find_in(value, scope)
        assert (found.lines if found else None) == expected


def test_a_list_changed_between_two_look_ups_is_read_anew():
    # a tuple's texts are kept by its identity; a list can change, so its texts are not
    rows = lines("Jane Quarry", "Orrin Kiln Works")
    scope = list(rows)
    assert find_in("Leeds", scope) is None
    scope.append(replace(rows[1], index=2, text="Leeds"))
    assert find_in("Leeds", scope).lines == (2,)


@pytest.mark.parametrize("value, expected", [
    ("Quarry Orrin", ((0, 4, 10), (2, 0, 5))),       # (folded ranges) across a line with nothing to fold ("•")
    ("Jane Quarry Orrin Kiln", ((0, 0, 10), (2, 0, 9))),
    ("Works Leeds", ((2, 9, 14), (3, 0, 5))),         # from the last lines
    ("Leeds", ((3, 0, 5),)),
])
def test_a_match_gives_the_range_of_each_line_it_touches(value, expected):
    rows = lines("Jane Quarry", "•", "Orrin Kiln Works", "Leeds, UK")
    assert find_in(value, tuple(rows)).ranges == expected


@pytest.mark.parametrize("value, expected", [
    ("Jane QUARRY-HOLT", (1,)),           # printed surname first: "QUARRY-HOLT, Jane"
    ("Ana María DEL RÍO", (2,)),          # "DEL RÍO, Ana María": several words turned
    ("Jane Kiln", None),                  # words of two lines are no turned value
    ("jane.quarry@example.com", None),    # one word: nothing to turn
])
def test_a_value_printed_with_its_words_turned_round(value, expected):
    rows = lines("Leeds, UK", "QUARRY-HOLT, Jane", "DEL RÍO, Ana María", "Orrin Kiln Works")
    found = find_in(value, tuple(rows))
    assert (found.lines if found else None) == expected
