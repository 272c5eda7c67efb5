"""Page furniture of a PDF: running headers and footers, page numbers.

A row is a candidate when it lies in the top or bottom band of its page (``BAND`` of the page
height from the edge). Signals, in order:
1. A bare page number ("3", "Page 3", "3 / 7", "Seite 2 von 3", "- 2 -") in a band is dropped; so
   is a row with a cell that is a browser's print stamp (the date and time of printing, "3/14/24,
   10:02 AM", or a local file's address, "file:///C:/…": Chrome's headers and footers left on),
   whole, with the page title or page count beside it, on one page as on many.
2. A row whose cells (in any order, page numbers left out, case, punctuation and digits aside)
   recur in the same band at about the same height (within ``SAME_PLACE`` of the page height)
   on another page is running furniture:
   it is kept once, a header on the first page it appears on, a footer on the last, so that it
   reads once, at the start or at the end of the document, and never between two pages of an
   entry (the way DOCX page headers and footers are read); a footer that counts the pages beside
   nothing but words ("CV – J. Doe – 2/3") is dropped on every page (a header that does stays
   once: the name may be printed only there).

3. A website's furniture printed with the page: a row of the top band of the first page whose
   cells (at least ``NAV_CELLS``, each of at most three words) are, but for one (the site's name),
   navigation links ("Home ⇥ About ⇥ Work ⇥ Contact", in the languages of ``_NAV``) is dropped;
   so is the last row of a page when it opens with a copyright mark and a year ("© 2026 Jane
   Doe · Built with …"): a personal site printed by a browser; and the lowest row of the last
   page when it is a theme's credit that names who made it ("Designed with ♥ by … for
   developers", "Theme by …", "Powered by …": ``_CREDIT``), its link with it.
4. On the last page, the rows of the bottom band that stand apart from the rows above them (a
   gap of at least ``FOOTER_GAP`` of the page height) and are no page number are its footer
   (moderncv prints the address, phone and e-mail there): marked "footer", kept in place.

Errs towards keeping: a row has to repeat, or be nothing but a page number, to go; a footer that
does not repeat is only marked.
"""
from __future__ import annotations

from collections import defaultdict

import regex

from ...text import counted_label as _counted_label, is_page_number, key
from .layout import Row

__all__ = ["furniture", "BAND", "SAME_PLACE", "FOOTER_GAP", "NAV_CELLS"]

BAND = 0.12
SAME_PLACE = 0.02
FOOTER_GAP = 0.08
NAV_CELLS = 4
# a site's navigation links, folded by text.key
_NAV = frozenset({
    "home", "about", "about me", "work", "projects", "portfolio", "blog", "contact", "resume", "cv", "experience",
    "skills", "talks", "writing", "publications", "uses", "now",
    "start", "uber mich", "projekte", "kontakt", "lebenslauf", "accueil", "a propos", "projets", "inicio",
    "sobre mi", "proyectos", "contacto", "sobre", "projetos", "chi sono", "progetti", "contatti"})
# a template's credit line: who designed the theme, what built the page
# (one that names who: "Built with React" ending a project's lines is no credit)
_CREDIT = regex.compile(
    r"^(?:(?:designed|made|built|created|crafted|coded)\s+(?:with\b.{0,40}?\s)?by\s|(?:theme|template|design)\s+by\s|"
    r"powered\s+by\s)", regex.IGNORECASE)
_COPYRIGHT = regex.compile(r"^(?:©|\(c\)|copyright\b\s*©?)\s*(?:19|20)\d\d\b", regex.IGNORECASE)
_DIGITS = regex.compile(r"\d+")
# what a browser prints around a page: the date and time of printing, a local file's address
_PRINT_STAMP = regex.compile(
    r"^(?:\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?|file:/\S*)$",
    regex.IGNORECASE)


def furniture(pages: list[tuple[list[Row], float]]) -> dict[tuple[int, int], str]:
    """For (page index, row index) of the rows that are furniture: "drop" for a page number or a
    repeat, "header" or "footer" for the one occurrence of a running header or footer to keep."""
    out: dict[tuple[int, int], str] = {}
    seen: dict[tuple[str, str], list[tuple[int, int, float]]] = defaultdict(list)
    for p, (rows, height) in enumerate(pages):
        for r in _site_furniture(rows, height, first=not p):
            out[(p, r)] = "drop"
        for r, row in enumerate(rows):
            if (p, r) in out:
                continue
            band = "header" if row.top < BAND * height else "footer" if row.bottom > (1 - BAND) * height else None
            if band is None:
                continue
            text = row.text()
            if is_page_number(text.replace("\t", " ")) or any(map(_print_stamp, text.split("\t"))):
                out[(p, r)] = "drop"
                continue
            k = _key(text)
            if k:
                where = row.top / height if band == "header" else (height - row.bottom) / height
                seen[(band, k)].append((p, r, where))
    for (band, _), places in seen.items():
        pages_with = {p for p, _, _ in places}
        if len(pages_with) < 2:
            continue
        groups = _same_place(places)
        for group in groups:
            if len({p for p, _, _ in group}) < 2:
                continue
            keep = min(group) if band == "header" else max(group)
            counted = band == "footer" and _counted_label(pages[keep[0]][0][keep[1]].text())
            # (a running header that counts the pages stays once, at the start: the name may be
            # printed nowhere else, "Jane Doe · Résumé ⇥ Page 1 of 2")
            for p, r, _ in group:
                out[(p, r)] = band if (p, r) == keep[:2] and not counted else "drop"
    if pages:
        last = len(pages) - 1
        for r in credits(pages[last][0]):
            out[(last, r)] = "drop"
        for r in _set_apart_footer(*pages[last]):
            out.setdefault((last, r), "footer")
    return out


def _site_furniture(rows: list[Row], height: float, first: bool) -> list[int]:
    """A site's nav bar at the top of the first page and a copyright line ending a page (signal 3)."""
    found = []
    for r, row in enumerate(rows):
        if not first or row.top >= BAND * height:
            continue
        cells = [c.strip() for c in row.text().split("\t") if c.strip()]
        if len(cells) >= NAV_CELLS and all(len(c.split()) <= 3 for c in cells) \
                and sum(key(c) in _NAV for c in cells) >= len(cells) - 1:
            found.append(r)
    if rows:
        last = max(range(len(rows)), key=lambda r: rows[r].top)
        if _COPYRIGHT.match(rows[last].text().strip()):
            found.append(last)
    return found


def credits(rows: list[Row]) -> list[int]:
    """The lowest row of the last page when it is a theme's credit, one cell (signal 3)."""
    if not rows:
        return []
    last = max(range(len(rows)), key=lambda r: rows[r].top)
    return [last] if len(rows[last].cells) == 1 and _CREDIT.match(" ".join(rows[last].text().split())) else []


def _print_stamp(cell: str) -> bool:
    return bool(_PRINT_STAMP.match(" ".join(cell.split())))


def _set_apart_footer(rows: list[Row], height: float) -> list[int]:
    """The rows of the page's bottom band below a gap of ``FOOTER_GAP`` of the page height."""
    order = sorted(range(len(rows)), key=lambda r: rows[r].top)
    lowest = rows[order[0]].bottom if order else 0.0  # the lowest bottom of the rows above
    for pos in range(1, len(order)):
        row = rows[order[pos]]
        if row.top > (1 - BAND) * height and row.top - lowest >= FOOTER_GAP * height:
            return order[pos:]
        lowest = max(lowest, row.bottom)
    return []


def _key(text: str) -> str:
    """What must match between pages: the row's cells, page numbers left out, in any order, with
    case, punctuation and digits folded."""
    cells = [c for c in text.split("\t") if c.strip() and not is_page_number(c)]
    return "\t".join(sorted(_DIGITS.sub("#", key(c)) for c in cells)).strip()


def _same_place(places: list[tuple[int, int, float]]) -> list[list[tuple[int, int, float]]]:
    """Occurrences grouped by height on the page."""
    groups: list[list[tuple[int, int, float]]] = []
    for place in sorted(places, key=lambda t: t[2]):
        if groups and place[2] - groups[-1][-1][2] <= SAME_PLACE:
            groups[-1].append(place)
        else:
            groups.append([place])
    return groups
