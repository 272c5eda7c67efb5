"""fields.credentials.driving_licence looks up the licence names by the text's first word:
a name of several words sharing its first word with a shorter one, a class after either, and
names that begin alike but differ are told apart as a scan of every name told them."""
from __future__ import annotations

import pytest

from resumekit.fields.credentials import _licences_by_first_word, driving_licence


@pytest.mark.parametrize("text, expected", [
    ("Patente B", True), ("Patente di guida B", True), ("Patente di guida: C1E", True), ("PATENTE DI GUIDA AM", True),
    ("Patente di lavoro", False), ("Patente", False), ("Permis B", True), ("Permis de travail", False),
    ("Führerschein Klasse B", True), ("Fahrerlaubnis BE", True), ("Carta de condução B", True),
    ("Водительское удостоверение категория В", True), ("B Patente", False), ("", False),
    ("Patente " + "x " * 10 + "B", False),  # more than ten words
])
def test_driving_licence(text, expected):
    assert driving_licence(text) is expected


def test_names_by_first_word():
    index = _licences_by_first_word(("patente", "patente di guida", "permis", "", "carta de conducao"))
    assert index["patente"] == (["patente"], ["patente", "di", "guida"])
    assert index[None] == ([],) and index["carta"] == (["carta", "de", "conducao"],)
