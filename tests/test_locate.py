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
