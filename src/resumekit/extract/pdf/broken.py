"""An address broken where its column ends, put back together.

A narrow column (a sidebar, a contact card) can be narrower than an e-mail address or a link; a
browser then breaks the address where the column ends (CSS ``word-break: break-all`` and
``overflow-wrap: anywhere`` break between any two characters) and the rest goes to the next line
("jane.doe@example.co" / "m", "www.linkedin.com/in/jane" / "-doe-example"). Left alone, the
address reads cut short and the rest as a word of its own. The rest moves up when, in order:
1. the two lines share a block, page and column, neither is a bullet, each is one token (no
   space, no cell), set in one font and size, from the same left edge;
2. the upper token reads as the start of an address: an e-mail address, or a host name with a dot
   (a scheme and a path or not); the lower one is made of the characters of such an address only
   (after an e-mail address's start: letters, digits, ".", "-", "_"; never "@"), starts with no
   capital unless the upper one is in capitals (CSS text-transform), and reads as no host of its
   own ("github.com/…") unless the upper one ends in a separator ("@", ".", "/", "-", "_") or is
   an e-mail address whose domain has no dot yet;
3. the lower token's first piece (up to and with its first hyphen, else the whole token: a
   browser breaks after a hyphen, and before any character only where told to) would not have
   fitted on the upper line: the upper line's right edge plus that piece's width passes the
   column's right edge (the furthest right edge of the page's lines in that column), less
   ``_EDGE`` points.
Errs towards the lines as printed: an address that ends short of its column's edge stays as it is,
and so does one broken at a space (an address holds none).
"""
from __future__ import annotations

import regex

from ...document import Line, join_line

__all__ = ["join_broken_addresses"]

_EMAIL_HEAD = regex.compile(r"[\w.+%-]+@[\w.-]*", regex.V1)
_HOST_HEAD = regex.compile(r"(?:[a-z][a-z0-9+.-]*://)?(?:[\w-]+\.)+[\w-]*(?:[/?#]\S*)?", regex.V1 | regex.I)
_REST = regex.compile(r"[\w.~%+#?=&/-]+", regex.V1)
_EMAIL_REST = regex.compile(r"[\w.-]+", regex.V1)
_HOST = regex.compile(r"(?:[\w-]+\.)+[a-z]{2,}(?:/|$)", regex.V1 | regex.I)
_SEPARATORS = ("@", ".", "/", "-", "_")
_EDGE = 1.0  # points


def join_broken_addresses(lines: list[Line]) -> list[Line]:
    rights: dict[tuple[int, int | None], float] = {}
    for line in lines:
        if line.box is not None:
            where = (line.page, line.column)
            rights[where] = max(rights.get(where, line.box.x1), line.box.x1)
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and _broken(prev, line, rights.get((prev.page, prev.column))):
            out[-1] = join_line(prev, line, raw=None if prev.raw is None else prev.raw + line.text)
            continue
        out.append(line)
    return out


def _broken(a: Line, b: Line, right: float | None) -> bool:
    # 1. one block, page and column, one token each in one type from one left edge
    if (a.block != b.block or a.page != b.page or a.column != b.column or a.bullet or b.bullet or right is None
            or a.box is None or b.box is None or (a.style.font, a.style.size) != (b.style.font, b.style.size)
            or abs(a.box.x0 - b.box.x0) > _EDGE):
        return False
    head, rest = a.text, b.text
    if not head or not rest or any(c.isspace() for c in head + rest):
        return False
    # 2. the start of an address over the rest of one
    email = _EMAIL_HEAD.fullmatch(head)
    if not (email or _HOST_HEAD.fullmatch(head) and "." in head.split("/", 1)[0]):
        return False
    if not (_EMAIL_REST if email else _REST).fullmatch(rest) or rest[0].isupper() and not head.isupper():
        return False
    unfinished = email and "." not in head.split("@", 1)[1]  # a domain has a dot
    if _HOST.match(rest) and not (unfinished or head.endswith(_SEPARATORS)):
        return False
    # 3. the rest's first piece would not have fitted before the column's edge
    cut = rest.find("-")
    piece = rest if cut < 0 else rest[:cut + 1]
    return a.box.x1 + b.box.width * len(piece) / len(rest) > right - _EDGE
