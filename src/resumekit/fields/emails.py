"""E-mail addresses in free text, and what the contact finders share: :class:`Found`, the spans
taken (:class:`Spans`), the text of a line before a position.

Pure functions over strings; nothing here knows about sections or documents. Each finder
returns :class:`Found` values in text order, one per occurrence (callers deduplicate), with
``text[span[0]:span[1]]`` the value as written.

Emails, signals in order of precedence
1. A standard address (``mailto:`` stripped), unless it lies inside a printed URL.
2. An obfuscated address with a bracketed AT ("jane [at] example [dot] com", "jane(at)x.com").
3. An upper-case " AT " ("jane AT example DOT com"), when no other word precedes it on the line
   (an "Email:" label may).
4. A lower-case " at " only together with a written dot ("jane at example dot com"), alone
   between separators: no other word before or after it on the line.
Obfuscated forms need a known top-level domain. Errs towards missing an address: prose such as
"worked at Google dot com" inside a sentence is not read, nor is "[email protected]".
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import regex

from ..text import find_urls, key, rx

__all__ = ["Found", "Spans", "find_emails", "line_before", "EMAIL_LABELS"]

# Words that put " at " in prose ("worked at google dot com"): never a local part.
_PROSE_BEFORE_AT = frozenset({"work", "worked", "works", "working", "intern", "interned", "interning",
                              "employed", "engineer", "developer", "student", "studied", "studying",
                              "based", "live", "lives", "living", "located", "team", "role", "job",
                              "me", "us", "here", "now", "currently", "previously", "formerly"})
EMAIL_LABELS = ("email", "mail", "courriel", "correo", "contact", "kontakt", "почта")
# Top-level domains accepted in obfuscated addresses (besides any two-letter country code).
_OBFUSCATED_TLDS = frozenset({"com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "dev",
                              "app", "tech", "xyz", "site", "online", "email", "name", "pro", "me",
                              "io", "ai", "co"})


@dataclass(frozen=True, slots=True)
class Found:
    value: str               # normalised value (email lower-cased; phone raw as written; URL as written)
    span: tuple[int, int]    # text[span[0]:span[1]] is the text as written
    e164: str | None = None  # phones only


_LOCAL = r"[\p{L}\p{N}._%+\-]{1,64}+"
_EMAIL = regex.compile(
    r"(?<![\p{L}\p{N}._%+\-@])(?P<local>" + _LOCAL + r")@"
    r"(?P<domain>(?:[\p{L}\p{N}\-]{1,63}+\.){1,8}\p{L}{2,24}+)"
    r"(?![\p{L}\p{N}\-@]|\.[\p{L}\p{N}])"
)
_H = r"[ \t]"
_OB_AT = (r"(?P<at>" + _H + r"{0,3}[\[({<]" + _H + r"{0,2}(?i:at|@)" + _H + r"{0,2}[\])}>]" + _H + r"{0,3}"
          r"|" + _H + r"{1,3}(?:AT|at)" + _H + r"{1,3})")
_OB_DOT = (r"(?:" + _H + r"{0,3}[\[({<]" + _H + r"{0,2}(?i:dot|\.)" + _H + r"{0,2}[\])}>]" + _H + r"{0,3}"
           r"|" + _H + r"{1,3}(?:DOT|dot)" + _H + r"{1,3}|\.)")
_OB_EMAIL = regex.compile(
    r"(?<![\p{L}\p{N}._%+\-@])(?P<local>" + _LOCAL + r")" + _OB_AT +
    r"(?P<domain>[\p{L}\p{N}\-]{1,63}+(?:" + _OB_DOT + r"[\p{L}\p{N}\-]{1,63}+){0,6}"
    + _OB_DOT + r"\p{L}{2,24}+)"
    r"(?![\p{L}\p{N}\-@]|\.[\p{L}\p{N}])"
)
_OB_DOT_SPLIT = regex.compile(_OB_DOT)
_WORD_END = regex.compile(r"[\p{L}\p{N}]$")


def _local_ok(local: str) -> bool:
    return bool(local) and not local.startswith(".") and not local.endswith(".") and ".." not in local


def _domain_ok(labels: list[str]) -> bool:
    return len(labels) >= 2 and all(l and not l.startswith("-") and not l.endswith("-") for l in labels)


def line_before(text: str, i: int, width: int = 80) -> str:
    before = text[max(0, i - width):i]
    return before.rsplit("\n", 1)[-1]


def _line_after(text: str, i: int, width: int = 80) -> str:
    return text[i:i + width].split("\n", 1)[0]


def _alone_before(text: str, i: int) -> bool:
    """Nothing but a separator or an e-mail label before position ``i`` on its line."""
    before = line_before(text, i).rstrip(" \t")
    if not before or not _WORD_END.search(before):
        return True
    words = key(before).split()
    return bool(words) and words[-1] in EMAIL_LABELS


def _alone_after(text: str, i: int) -> bool:
    after = _line_after(text, i).lstrip(" \t")
    return not after or not rx(r"[\p{L}\p{N}]").match(after)


class Spans:
    """Spans taken by something else, for logarithmic overlap and containment tests
    (spans that overlap are merged; touching ones are not)."""

    __slots__ = ("starts", "ends")

    def __init__(self, spans) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def overlaps(self, span: tuple[int, int]) -> bool:
        i = bisect_left(self.starts, span[1]) - 1
        return i >= 0 and self.ends[i] > span[0]

    def contains(self, span: tuple[int, int]) -> bool:
        i = bisect_right(self.starts, span[0]) - 1
        return i >= 0 and self.ends[i] >= span[1]


def find_emails(text: str) -> list[Found]:
    """E-mail addresses in ``text``, lower-cased; obfuscated forms read conservatively."""
    if not text or ("@" not in text and not ("at" in text.lower() and rx(r"(?i)\bat\b").search(text))):
        return []
    urls = Spans((s, e) for s, e, _ in find_urls(text))
    out: list[Found] = []
    if "@" in text:
        for m in _EMAIL.finditer(text):
            local, domain = m.group("local"), m.group("domain")
            start = m.start()
            stripped = local.lstrip(".-+%")
            start += len(local) - len(stripped)
            local = stripped
            if not _local_ok(local) or not _domain_ok(domain.split(".")):
                continue
            span = (start, m.end())
            if urls.contains(span):
                continue
            out.append(Found(f"{local}@{domain}".lower(), span))
    plain = Spans(f.span for f in out)
    for m in _OB_EMAIL.finditer(text):
        at = m.group("at")
        local = m.group("local")
        labels = [l for l in _OB_DOT_SPLIT.split(m.group("domain"))]
        if not _local_ok(local) or not _domain_ok(labels):
            continue
        tld = labels[-1].lower()
        if not (len(tld) == 2 or tld in _OBFUSCATED_TLDS):
            continue
        bracketed = any(c in at for c in "[({<")
        written_dot = any(d.group(0) != "." for d in _OB_DOT_SPLIT.finditer(m.group("domain")))
        if not bracketed:
            if at.strip() == "at":
                if (local.lower() in _PROSE_BEFORE_AT or not written_dot
                        or not _alone_before(text, m.start()) or not _alone_after(text, m.end())):
                    continue
            elif not _alone_before(text, m.start()):
                continue
        span = (m.start(), m.end())
        if plain.overlaps(span) or urls.contains(span):
            continue
        out.append(Found(f"{local}@{'.'.join(labels)}".lower(), span))
    out.sort(key=lambda f: f.span)
    return out
