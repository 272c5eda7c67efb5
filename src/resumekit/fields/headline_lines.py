"""What a headline line is, for :mod:`.name` (moved from it): the tests :func:`.name._headline`
asks of the lines under the name (see that module's docstring, "Headline").

Signals, in the order :func:`headline_like` asks them: not contact data, a page number or the
document's title; not an address (a leading number); not a short heading; not a place (unless
after a job title); not an academic's affiliation line; not personal data (a label of the
vocabulary's [personal] table, an age); not the wrapped end of an address; three letters, no
closing full stop.
"""
from __future__ import annotations

import regex

from ..document import Line
from ..segment import heading_kind
from ..text import has_phrase, is_page_number, key, rx
from ..vocab import merged
from .contact import PHONE_KEYS, find_emails, find_links, find_phones
from .location import is_street, parse_location
from .phrases import institution_like, title_like

__all__ = ["BESIDE", "address_only", "before_contact_cells", "before_place", "contact_only", "headline_like",
           "is_contact", "personal_labels", "wished_title", "wraps_into"]

BESIDE = regex.compile(r"\s+[|–—·•■▪◆♦●]\s*|\s+-\s+")


_LABELLED = regex.compile(r"^(?P<label>[^:：]{2,40}?)\s*[:：]\s*(?P<value>\S.{0,60})$")


def wished_title(text: str) -> str | None:
    """The job title behind a label that heads a summary ("求职意向：数据分析师", "Желаемая
    должность: Аналитик"): the title sought, a headline; None for anything else behind it (a
    sentence of an objective names no title)."""
    m = _LABELLED.match(text.strip())
    if not m or len(m.group("value").split()) > 4:
        return None
    kind = heading_kind(m.group("label"))
    value = m.group("value").strip()
    return value if kind and kind.exact and kind.kind == "summary" and title_like(value) and headline_like(value) \
        else None


def before_contact_cells(line: Line) -> str:
    """The line's text, or its first cell when the cells after it are contact data or a place (a
    headline beside the address flush right: "Product Designer ⇥ Leeds LS1 4AB, UK"); not a label
    of what follows ("Telefon ⇥ 030 …", "Address ⇥ …": the vocabulary's contact and location labels, a
    phone word)."""
    cells = line.cells
    if len(cells) >= 2 and all(contact_only(c) or address_only(c) for c in cells[1:]) and not _label(cells[0]):
        return cells[0].strip(" |·•–—-")
    return line.plain


def _label(cell: str) -> bool:
    k = key(cell.rstrip(" :："))
    v = merged()
    return k in v.contact_labels or k in v.location_labels or k in PHONE_KEYS


def address_only(text: str) -> bool:
    """A street or a place alone ("12 Rose Lane", "Leeds LS1 4AB, UK"): the address, no headline."""
    if is_street(text):
        return True
    loc = parse_location(text, context="contact")  # (the whole of it: "Glaze Chemist · Leeds" is a title's line)
    return loc is not None and key(loc.raw) == key(text)


def before_place(text: str) -> str:
    """The headline without the place after it ("Data Engineer | Kraków, Poland" -> "Data
    Engineer"): the parts before the first that is a place."""
    seps = list(BESIDE.finditer(text))
    for n, sep in enumerate(seps):
        part = text[sep.end():seps[n + 1].start() if n + 1 < len(seps) else len(text)]
        if parse_location(part) is not None:
            return text[:sep.start()]
    return text


def wraps_into(line: Line, nxt: Line) -> bool:
    """Does ``line``, six words or more, run on into ``nxt``: the very next line, in the same type,
    opening with a word in lower case that is no contact data ("… plans HACCP" / "et amélioration
    continue ; …"; not "jane@example.org | …")?"""
    return (len(line.plain.split()) >= 6 and nxt.index == line.index + 1 and nxt.plain[:1].islower()
            and not is_contact(nxt.cells[0] if nxt.cells else nxt.plain) and nxt.style.size == line.style.size
            and nxt.style.bold == line.style.bold and nxt.style.italic == line.style.italic)


def headline_like(text: str) -> bool:
    if not text or len(text) > 100 or len(text.split()) > 14 or is_contact(text) or is_page_number(text):
        return False
    if key(text) in merged().document_titles:
        return False
    if rx(r"^\d").match(text):  # "14 Rowan Terrace": an address
        return False
    if heading_kind(text) is not None and len(text.split()) <= 3:
        return False
    first = BESIDE.split(text, maxsplit=1)
    if parse_location(first[0]) is not None:
        return False  # "Porto, Portugal | Open to relocation": a place, not a headline
    if parse_location(text) is not None and not (len(first) == 2 and title_like(first[0])):
        return False  # a place read in the line, unless after a job title ("Engineer · Kraków, Poland")
    if _affiliation(text):
        return False  # "Department of Marine Biology, Eastbrook University": an address
    if has_phrase(text, personal_labels()) or _states_age(text):
        return False  # "Female, 31, born 4 May 1994" (a job board's personal line), "Brasileira, solteira,
        # 29 anos": personal data
    if " " not in text.strip() and rx(r"[/\\]|\.\p{L}{2,4}$").search(text):
        return False  # "Portfolio-Site/index.html": the wrapped end of an address
    return bool(rx(r"\p{L}{3}").search(text)) and not text.endswith(".")


_AGE = regex.compile(r"^(?P<n>\d{2})\s+(?P<unit>\p{L}+)\.?$")


def _states_age(text: str) -> bool:
    """A line of parts one of which is an age ("29 anos", "32 ans", "41 years": a number from 16 to
    75 and a unit of time of the vocabulary) and none a job title."""
    parts = [p.strip() for p in rx(r"\s*[,;|·•]\s*|\s+[–—-]\s+").split(text) if p.strip()]
    ages = [m for p in parts if (m := _AGE.match(p))]
    return (len(parts) >= 2 and any(16 <= int(m.group("n")) <= 75 and key(m.group("unit")) in merged().duration_units
                                    for m in ages) and not any(title_like(p) for p in parts))


_PERSONAL: list = []


def personal_labels() -> tuple[str, ...]:
    """The labels of personal data (birth date and place, age, gender, nationality, marital status)
    of every language, as one tuple, the same object while the vocabulary is (one index for
    :func:`has_phrase`)."""
    personal = merged().personal
    if not _PERSONAL or _PERSONAL[0] is not personal:
        _PERSONAL[:] = [personal, tuple(dict.fromkeys(w for words in personal.values() for w in words))]
    return _PERSONAL[1]


def _affiliation(text: str) -> bool:
    """A unit of a school, then the school ("Department of Marine Biology, Eastbrook University",
    an academic's address line): the first part opens with a unit word of the vocabulary and
    names no role, and a later part names a school."""
    first, *rest = [p.strip() for p in text.split(",")]
    units = merged().institution_units
    return (bool(rest) and any(key(first).startswith(u + " ") for u in units) and not title_like(first)
            and any(institution_like(p) for p in rest))


def contact_only(text: str) -> bool:
    """A line of contact data and nothing else ("jane@example.org", "linkedin.com/in/jane")."""
    found = [f.span for f in (*find_emails(text), *find_phones(text), *find_links(text))]
    rest = "".join(ch for n, ch in enumerate(text) if not any(a <= n < b for a, b in found))
    return bool(found) and not rx(r"\p{L}{3}").search(rest)


def is_contact(text: str) -> bool:
    return bool(find_emails(text) or find_phones(text) or find_links(text))
