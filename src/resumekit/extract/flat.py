"""Repairs of plain text that an export has flattened, before it is split into lines.

Résumé text kept in a spreadsheet or a CSV column (scraped, converted by a script) often arrives
as one line: each line break of the page became a run of spaces ("Kevin Marketer    EDUCATION
Harbourside University, May 2017  Bachelor of Science…"), and characters outside ASCII written as
the bytes' escapes ("\\xe2\\x80\\xa2" for "•"). Read as it stands, such a text is one paragraph:
no heading, no entry, no list.

Signals, in order:

1. **Byte escapes.** A run of literal ``\\xHH`` escapes that decodes as UTF-8 to characters
   beyond ASCII (a lead byte and its continuation bytes) is replaced by those characters. A run
   that does not decode, or that would give ASCII, stays as written.
2. **Flattened.** A text is flattened when it has at least :data:`MIN_CHARS` characters, at most
   one line break per :data:`CHARS_PER_BREAK` characters, at least :data:`MIN_RUNS` runs of two or
   more spaces, one run per :data:`CHARS_PER_RUN` characters or more, and fewer than
   :data:`SENTENCE_SHARE` of those runs after a sentence's full stop (two spaces after a full
   stop is a typing habit, not a lost break).
3. **Restored breaks.** In a flattened text, a run of :data:`PARAGRAPH_RUN` or more spaces is a
   blank line (a paragraph's end), a shorter run a line break. Single spaces are words' spaces.
"""
from __future__ import annotations

import regex

__all__ = ["decode_escapes", "unflatten", "MIN_CHARS", "CHARS_PER_BREAK", "MIN_RUNS", "CHARS_PER_RUN",
           "SENTENCE_SHARE", "PARAGRAPH_RUN"]

MIN_CHARS = 600
CHARS_PER_BREAK = 400
MIN_RUNS = 8
CHARS_PER_RUN = 250
SENTENCE_SHARE = 0.5
PARAGRAPH_RUN = 4

_ESCAPES = regex.compile(r"(?:\\x[0-9a-fA-F]{2})+")
_RUN = regex.compile(r" {2,}")


def decode_escapes(text: str) -> str:
    """``\\xe2\\x80\\xa2`` → ``•``: runs of byte escapes that are UTF-8 for non-ASCII characters."""
    if "\\x" not in text:
        return text
    return _ESCAPES.sub(_decoded, text)


def _decoded(m: regex.Match) -> str:
    raw = bytes.fromhex(m.group().replace("\\x", ""))
    if raw[0] < 0xC2:  # ASCII or a continuation byte: not the start of a character
        return m.group()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return m.group()


def unflatten(text: str) -> str | None:
    """The text with its line breaks restored when it is flattened (signal 2), else None."""
    body = text.strip()
    if len(body) < MIN_CHARS or body.count("\n") * CHARS_PER_BREAK > len(body):
        return None
    runs = list(_RUN.finditer(body))
    if len(runs) < MIN_RUNS or len(runs) * CHARS_PER_RUN < len(body):
        return None
    after_stop = sum(1 for m in runs if _after_full_stop(body, m.start()))
    if after_stop >= SENTENCE_SHARE * len(runs):
        return None
    return _RUN.sub(lambda m: "\n\n" if len(m.group()) >= PARAGRAPH_RUN else "\n", body)


def _after_full_stop(text: str, end: int) -> bool:
    """Whether text[:end] ends a sentence: ".", "!" or "?", perhaps before a closing quote or bracket."""
    if end and text[end - 1] in "\"')]":
        end -= 1
    return end > 0 and text[end - 1] in ".!?"
