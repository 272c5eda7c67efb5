"""Entries printed as forms: each of their header lines carries a label naming its role
("Company: Velmora Textiles Ltd" / "Designation: Shift Supervisor" / "Duration: June 2018 – Till
Date" / "Location: Tiruppur"), as application forms, many Indian CVs and European CVs print them.

Signals, in order of precedence:
1. Whether the section is a form: at least one line labelled with an employer label and at least
   one with a title or a period label (the vocabulary's employer_labels, title_labels,
   period_labels; location_labels for the place), the label before a colon of either width, or
   in a cell of its own beside its value (a label column: "• Date (da – a) ⇥ 05/2018 – oggi").
   Otherwise the section is left to the general reader, whole.
2. Where an entry begins: at a labelled role line whose role the open entry has filled already
   (a second "Company:", or a second "Designation:" under one employer).
3. What each line is: a labelled role line gives that role its value; the dates are those of the
   period line, else of the first dated role line; every other line is the entry's body. Lines
   above the first role line belong to no entry (the section's loose text). An employer value
   that ends in a town ("Organisation: Harbour Kilns Ltd, Leeds") gives the entry its place
   when no place label does (location.town_after_employer).
4. An entry without an employer label of its own under one that had it ("Designation: …" twice
   under one "Company: …") works for that employer.

Errs towards the general reader: one kind of label alone ("Client:" lines in jobs) is no form.
"""
from __future__ import annotations

from ..document import Line
from ..text import key
from ..vocab import merged
from .dates import find_dates
from .entries import Entry, label_of
from .location import town_after_employer

__all__ = ["form_entries"]

_ROLES = ("company", "title", "dates", "location")


def _role_of(label: str) -> str | None:
    v = merged()
    if label in v.employer_labels:
        return "company"
    if label in v.title_labels:
        return "title"
    if label in v.period_labels:
        return "dates"
    if label in v.location_labels:
        return "location"
    return None


def _labelled(line: Line) -> tuple[str, str] | None:
    """(the role a line's label names, the value after it), or None: a label before a colon, or
    a label cell beside its value (the label column of the Italian "formato europeo": "• Date
    (da – a) ⇥ 05/2018 – oggi", a bullet typed into the label)."""
    found = label_of(line)
    if found is None or line.bullet:
        cells = line.cells
        if len(cells) != 2 or len(cells[0].split()) > 8:
            return None
        found = (cells[0], cells[1].strip())
    role = _role_of(key(found[0]))
    return (role, found[1]) if role and found[1] else None


def form_entries(lines: list[Line] | tuple[Line, ...]) -> tuple[list[tuple[Entry, dict[str, str]]], list[str]] | None:
    """The entries of a section printed as a form, each with its roles' values (company, title,
    location; its dates are the entry's ``dates``), and the section's loose text; None when the
    section is no form."""
    labelled = [_labelled(line) for line in lines]
    kinds = {found[0] for found in labelled if found}
    if "company" not in kinds or not kinds & {"title", "dates"}:
        return None
    entries: list[tuple[Entry, dict[str, str], list[Line]]] = []  # (entry, values by role, its period line first)
    loose: list[str] = []
    for line, found in zip(lines, labelled):
        if found is None:
            if entries:
                entries[-1][0].body.append(line)
            else:
                loose.append(line.plain)
            continue
        role, value = found
        if not entries or role in entries[-1][1]:
            entries.append((Entry(), {}, []))
        entry, values, dating = entries[-1]
        entry.header.append(line)
        values[role] = value
        if role == "dates":
            dating.insert(0, line)  # (one period line an entry: a second opens the next entry)
        else:
            dating.append(line)
    out = []
    employer = None
    for entry, values, dating in entries:
        for line in dating:
            ranges = find_dates(line.plain)
            if ranges:
                entry.dates = ranges[0]
                entry.roles["dates"] = entry.indices([line])
                break
        if "company" in values:
            employer = values["company"]
        elif employer and "title" in values:
            values["company"] = employer
        fields = {role: values[role] for role in ("company", "title", "location") if role in values}
        if "company" in fields and "location" not in fields and (town := town_after_employer(fields["company"], False)):
            fields["company"], fields["location"] = town  # "Организация: ООО «X», Город"
        entry.mark(**fields)
        out.append((entry, fields))
    return out, loose
