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
4. **Justified lines.** :data:`JUSTIFIED_WORDS` or more single words in a row between shorter runs,
   each of two letters or more, half of those after the first in small letters ("Responsible  for
   component  accounting  functions,"), are one line of justified text whose spaces were widened,
   not a line each: they are joined by single spaces, and so is the next part when it goes on in
   small letters. A column of capitalised words ("Java  Python
   SQL") and a list with letter bullets ("o  mySQL  o  CSS") stay broken.
"""
from __future__ import annotations

import regex

__all__ = ["decode_escapes", "unflatten", "MIN_CHARS", "CHARS_PER_BREAK", "MIN_RUNS", "CHARS_PER_RUN",
           "SENTENCE_SHARE", "PARAGRAPH_RUN", "JUSTIFIED_WORDS"]

MIN_CHARS = 600
CHARS_PER_BREAK = 400
MIN_RUNS = 8
CHARS_PER_RUN = 250
SENTENCE_SHARE = 0.5
PARAGRAPH_RUN = 4
JUSTIFIED_WORDS = 3

_ESCAPES = regex.compile(r"(?:\\x[0-9a-fA-F]{2})+")
_RUN = regex.compile(r" {2,}")
_WORD = regex.compile(r"^\p{L}[\p{L}'’-]+[,.;:]?$")  # one word of two letters or more, perhaps before a comma


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
    parts = _RUN.split(body)
    gaps = [m.group() for m in _RUN.finditer(body)]
    out = [parts[0]]
    for n, gap in enumerate(gaps):
        out.append(" " if n in _justified(parts, gaps) else "\n\n" if len(gap) >= PARAGRAPH_RUN else "\n")
        out.append(parts[n + 1])
    return "".join(out)


def _justified(parts: list[str], gaps: list[str]) -> set[int]:
    """The gaps inside runs of single words that are one justified line (signal 4)."""
    joined: set[int] = set()
    start = 0
    while start < len(parts):
        end = start
        while (end < len(parts) and _WORD.match(parts[end])
               and (end == start or len(gaps[end - 1]) < PARAGRAPH_RUN)):
            end += 1
        words = parts[start:end]
        if len(words) >= JUSTIFIED_WORDS and 2 * sum(w[:1].islower() for w in words[1:]) >= len(words) - 1:
            joined.update(range(start, end - 1))
            if end < len(parts) and parts[end][:1].islower() and len(gaps[end - 1]) < PARAGRAPH_RUN:
                joined.add(end - 1)  # the line's last words, its sentence going on ("and  supervision. Conducted")
        start = max(end, start + 1)
    return joined


def _after_full_stop(text: str, end: int) -> bool:
    """Whether text[:end] ends a sentence: ".", "!" or "?", perhaps before a closing quote or bracket."""
    if end and text[end - 1] in "\"')]":
        end -= 1
    return end > 0 and text[end - 1] in ".!?"
