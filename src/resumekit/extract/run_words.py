"""Words run together: a text whose words lost the spaces between them ("SeniorWaveguideDesigner",
"UniversityofHelsinki", "Sep2020").

TeX sets no space glyphs: a converter that writes a PDF's text from its glyphs' positions without
measuring the gaps (pdfplumber's layout mode, the shape of ``pdftotext -layout``) runs a TeX
document's words together, every line of it. The loss is the converter's, but the words can be
told apart again where a word-frequency table agrees (wordfreq, a dependency already: its large
English list ships in the package, read only for such a text). Signals, in order:

1. **Run-together text.** A document is read so only when at least :data:`MIN_RUNS` of its tokens
   (text between spaces, with a Latin letter) and :data:`RUN_SHARE` of them or more are runs: a
   word in small letters followed by a capital and small letters ("ScienceInstructor"), or
   :data:`LONG_RUN` letters or more in a row; a name of the skill table ("JavaScript") is no run.
   Ordinary text holds a few such tokens (a name, "floodDashboard"), never a quarter of its words
   (the real laid-out texts: at most 0.14 where words are spaced, at least 0.32 where they run);
   no text under the signal is changed.
2. **Words of a run.** A run of letters with a capital after a small letter, or of
   :data:`LONG_WORD` small letters or more that is no word, is cut into the pieces that cost least
   (a dynamic programme): a word of wordfreq's large English list costs :data:`TOP_ZIPF` less its
   Zipf frequency, and each piece :data:`PIECE` more (fewer, commoner words first); a word of one
   letter is only "a" or "I", a word of two only a function word, one of three a common one (Zipf
   :data:`SHORT_ZIPF`); a name of the skill table ("TypeScript", "DevOps") is never cut and counts
   as a common word. A piece that is no word costs :data:`UNKNOWN` and :data:`UNKNOWN_LETTER` a
   letter (more past :data:`NAME_LENGTH` letters: names are short), and is allowed only where a
   capital sets it apart: a name from a capital to the next capital or the run's end ("Dispelix"),
   an acronym after a small letter or at the run's start ("CTF", "GISmapping"), or the rest of a
   word hyphenated on the row above at the run's start. A capital starts its word: no piece ends
   between a capital and the small letter after it, unless the piece is an acronym or a word with
   a capital inside ("PhDin"). A run no pieces read, or longer than :data:`MAX_RUN`, keeps its letters.
3. **Around the words.** A year or other number of four digits or more beside two letters is set
   apart ("Sep2020", "02180Espoo"); a word after a possessive "'s"; a comma, semicolon or colon
   before a letter gets a space after it; a full stop after a word in small letters before a
   capitalised word ("purposes.Development"); an opening bracket after a word. Tokens holding a
   URL, an e-mail address or a host's name (a full stop before small letters: "mywebsite.com")
   are left as written.
"""
from __future__ import annotations

import math
import tomllib
from functools import lru_cache
from importlib import resources

import regex

from ..text import EMAIL_RE, find_urls

__all__ = ["words_apart", "is_run_together", "split_run", "MIN_RUNS", "RUN_SHARE"]

MIN_RUNS = 8
RUN_SHARE = 0.25
LONG_RUN = 18
LONG_WORD = 10  # a run of small letters this long or longer that is no word is read; shorter ones are left
TOP_ZIPF = 8.0
PIECE = 1.5
UNKNOWN = 3.0
UNKNOWN_LETTER = 0.8
NAME_LENGTH = 10  # a name is seldom longer: each letter past it costs LONG_LETTER more
LONG_LETTER = 2.0
SHORT_ZIPF = 3.0  # a word of three letters or fewer this common at least ("ant", "mou" are not)
PRODUCT_ZIPF = 5.0  # a name of the skill table counts as a word this common
LONGEST = 24  # no dictionary word is longer: a piece tried is at most this long
MAX_RUN = 200  # no run of words on a page's row is longer (a hostile run is left as written)

_LATIN = regex.compile(r"[A-Za-z\u00c0-\u024f]")
_RUN_TOKEN = regex.compile(r"\p{Ll}{2,}\p{Lu}\p{Ll}|\p{L}{%d,}" % LONG_RUN)
_LETTERS = regex.compile(r"\p{L}+")
_HOST = regex.compile(r"[\p{L}\d-]\.\p{Ll}{2,24}(?![\p{L}])")  # a host's name: "name.tumblr.com"
_CAMEL = regex.compile(r"\p{Ll}\p{Lu}")
_POSSESSIVE = regex.compile(r"(?<=\p{L}['\u2019]s)(?=\p{Ll}{3})")
_NUMBER_LETTER = regex.compile(r"(?<=\d{4})(?=\p{L}{2})|(?<=\p{L}{2})(?=\d{4})")
_PUNCT = regex.compile(r"(?<=[\p{L}\d)])([,;:])(?=\p{L})|(?<=\p{Ll}{2})(\.)(?=\p{Lu}\p{Ll})|(?<=\p{L}{2})(?=\((?!s\)))")
_ONE_LETTER = frozenset({"a", "I"})
_TWO_LETTERS = frozenset("am an as at be by do go he if in is it me my no of on or so to up us we".split())


def is_run_together(rows: list[str]) -> bool:
    """Whether the text's words run together (signal 1)."""
    tokens = [t for r in rows for t in r.split() if _LATIN.search(t)]
    runs = sum(1 for t in tokens if _RUN_TOKEN.search(t)
               and any(_RUN_TOKEN.search(w) and w.lower() not in _product_names() for w in _LETTERS.findall(t)))
    return runs >= MIN_RUNS and runs >= RUN_SHARE * len(tokens)


def words_apart(rows: list[str]) -> list[str]:
    """The rows with run-together words set apart when the text's words run together (signals 2
    and 3); the rows as given otherwise."""
    if not is_run_together(rows):
        return rows
    return [_row_apart(r) for r in rows]


def _row_apart(row: str) -> str:
    if not row.strip():
        return row
    parts = regex.split(r"(\s+)", row)
    return "".join(p if p.isspace() or not p else _token_apart(p) for p in parts)


def _token_apart(token: str) -> str:
    if "@" in token and EMAIL_RE.search(token) or find_urls(token) or _HOST.search(token):
        return token
    token = _POSSESSIVE.sub(" ", _NUMBER_LETTER.sub(" ", token))
    token = _PUNCT.sub(lambda m: (m.group(1) or m.group(2) or "") + " ", token)
    return _LETTERS.sub(lambda m: " ".join(split_run(m.group())), token)


def split_run(run: str) -> list[str]:
    """The words of a run of letters, the pieces that cost least (signal 2); ``[run]`` when no
    pieces read it."""
    return list(_split(run))


@lru_cache(maxsize=1 << 12)
def _split(run: str) -> tuple[str, ...]:
    read = _CAMEL.search(run) or (len(run) >= LONG_WORD and not _zipf(run.lower()))
    if len(run) < 4 or len(run) > MAX_RUN or not read or run.lower() in _product_names():
        return (run,)
    n = len(run)
    best: list[tuple[float, int]] = [(0.0, 0)] + [(math.inf, 0)] * n  # (cost, start of last piece)
    for j in range(1, n + 1):
        for i in range(max(0, j - LONGEST), j):
            if best[i][0] == math.inf or not _may_end(run, i, j):
                continue
            cost = _cost(run, i, j)
            if cost is not None and best[i][0] + cost < best[j][0]:
                best[j] = (best[i][0] + cost, i)
    if best[n][0] == math.inf:
        return (run,)
    pieces: list[str] = []
    j = n
    while j > 0:
        i = best[j][1]
        pieces.append(run[i:j])
        j = i
    return tuple(pieces[::-1])


def _may_end(run: str, i: int, j: int) -> bool:
    """Whether the piece ``run[i:j]`` may end at ``j``: not between a capital and the small letter
    after it (a capital starts its word), unless the piece is an acronym ("VSopen") or a word with
    a capital inside ("PhDin")."""
    if j == len(run) or not (run[j - 1].isupper() and run[j].islower()):
        return True
    piece = run[i:j]
    return len(piece) >= 2 and (piece.isupper() or (not piece[1:].islower() and _zipf(piece.lower()) > 0))


def _cost(run: str, i: int, j: int) -> float | None:
    piece = run[i:j]
    zipf = _zipf(piece.lower())
    if piece.lower() in _product_names():
        zipf = max(zipf, PRODUCT_ZIPF)
    elif len(piece) <= 3 and zipf < SHORT_ZIPF:
        zipf = 0.0
    if len(piece) == 1:
        return TOP_ZIPF - zipf + PIECE if piece in _ONE_LETTER and zipf else None
    if zipf and (len(piece) > 2 or piece.lower() in _TWO_LETTERS):
        return TOP_ZIPF - zipf + PIECE
    unknown = UNKNOWN + UNKNOWN_LETTER * len(piece) + LONG_LETTER * max(0, len(piece) - NAME_LENGTH)
    starts = i == 0 or run[i - 1].islower()
    if piece.isupper():  # an acronym: where the run or a word in small letters ends
        return unknown if starts else None
    ends = j == len(run) or run[j].isupper()
    if piece[0].isupper() and piece[1:].islower():  # a name: from a capital up to the next
        return unknown if ends else None
    if i == 0 and piece.islower():  # the rest of a word hyphenated on the row above
        return unknown + PIECE
    return None


@lru_cache(maxsize=1)
def _product_names() -> frozenset[str]:
    """The skill table's names and aliases of one word in small letters ("typescript", "devops"):
    names their owners write with a capital inside, never cut."""
    data = tomllib.loads(resources.files("resumekit").joinpath("data/skills.toml").read_text(encoding="utf-8"))
    names = (n for table in data.values() if isinstance(table, dict) for k, v in table.items()
             if isinstance(v, list) for n in [k, *v])
    return frozenset(n.lower() for n in names if isinstance(n, str) and n.isalpha())


@lru_cache(maxsize=1 << 14)
def _zipf(word: str) -> float:
    """The word's Zipf frequency in wordfreq's English large list, 0 for a word it lacks."""
    freq = _english().get(word)
    return 0.0 if not freq else math.log10(freq) + 9


@lru_cache(maxsize=1)
def _english() -> dict[str, float]:
    """wordfreq's large English list (word -> frequency; about 320,000 words, a quarter of a second
    to read): read only for a text whose words run together."""
    import wordfreq
    return wordfreq.get_frequency_dict("en", wordlist="large")
