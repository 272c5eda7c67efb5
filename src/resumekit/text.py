"""Text helpers shared by every stage: ``clean`` for display, ``key`` for matching.

``clean`` turns extracted text into what a reader sees: ligatures decoded, soft hyphens and
zero-width characters removed, icon glyphs (private-use code points, U+FFFD, LaTeX icon macro
names) dropped, exotic spaces made plain, runs of spaces collapsed. It keeps TABs: they mark
visible gaps (see :mod:`resumekit.document`). ``key`` folds case, accents and punctuation so that
"Expérience  professionnelle :" and "experience professionnelle" compare equal. ``strip_markup``
takes Markdown and LaTeX markup out of a text by pairing marks (see its docstring); ``clean``
leaves markup alone.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import chain

import regex

__all__ = [
    "clean", "key", "words", "has_phrase", "is_caps", "despace", "strip_bullet", "BULLET_CHARS", "DASHES",
    "letter_ratio", "is_private_use", "EMAIL_RE", "URL_RE", "find_urls", "split_outside_brackets", "strip_markup", "word_set", "shorten", "digits",
    "is_page_number",
]

LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st", "\u0132": "IJ", "\u0133": "ij", "\ua733": "aa",
}
# Characters that become a plain space, or a plain hyphen.
_SPACES = ("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
           "\u2028\u2029")  # line and paragraph separators inside a line read as spaces
_HYPHENS = "\u2010\u2011\u2212"
# Removed outright: soft hyphen (inside words), zero-width characters, BOM, replacement character.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffd\u034f"
DASHES = "-\u2012\u2013\u2014\u2015\u2e3a\u2e3b\ufe58\ufe63\uff0d"


class _Kept(dict):
    """A ``str.translate`` table that leaves a character it does not list as it is, and keeps that
    answer (a plain dict's miss costs ``str.translate`` an exception per character)."""

    def __missing__(self, code: int) -> int:
        self[code] = code
        return code


_TRANSLATE = {ord(k): v for k, v in LIGATURES.items()}
_TRANSLATE.update({ord(c): " " for c in _SPACES})
_TRANSLATE.update({ord(c): "-" for c in _HYPHENS})
_TRANSLATE.update({ord(c): None for c in _INVISIBLE if c != "\u00ad"})
# Letters a key folds beyond their accents: Turkish dotless "ı" has none to strip, and folds to "i"
# as "HAKKIMDA".lower() gives (keys only: the text keeps its letters)
KEY_LETTERS = {"ı": "i"}
_KEY_TRANSLATE = _Kept(_TRANSLATE | {ord(k): v for k, v in KEY_LETTERS.items()})
_TRANSLATE = _Kept(_TRANSLATE)

# A soft hyphen standing alone between spaces is a printed dash (LaTeX maps "-" there).
_LONE_SOFT_HYPHEN = regex.compile(r"(?<=\s)\u00ad(?=\s)")
# Icon macro names that some LaTeX templates leave in the text layer ("\faTrophy", "\faEnvelope").
_ICON_MACRO = regex.compile(r"\\(?:fa|ai|mdi|fa[A-Z])[A-Za-z]*")
_CONTROL = regex.compile(r"[\p{Cc}--[\t\n]]", flags=regex.V1)
_PRIVATE = regex.compile(r"[\p{Co}\p{Cs}\p{Cn}]")
_SPACE_RUN = regex.compile(r" {2,}")
_TAB_SPACES = regex.compile(r" *\t[ \t]*")

BULLET_CHARS = "•●○◦▪▫■□►▶▸▹➢➣➤➔→✓✔✗❖◆◇◈♦⬥⬦‣⁃∙·∗*-–—~>»"
# a glyph that is nothing but a bullet may be glued to a word of an alphabet ("➢Pilotage", "•Led"): a
# tight hanging indent ("■職務要約" is a Japanese heading's mark, not a bullet)
_GLUED_BULLETS = "•●▪►▶▸➢➣➤❖◆♦"
_BULLET = regex.compile(r"^\s*(?:(?:[" + regex.escape(BULLET_CHARS) + r"]|[o§](?=\s+\p{Lu}))\s+"
                        r"|[" + _GLUED_BULLETS + r"](?=[\p{Latin}\p{Greek}\p{Cyrillic}]))")


_BULLET_FIRST = frozenset(BULLET_CHARS + "o§" + _GLUED_BULLETS)  # what _BULLET's glyph can be


def is_private_use(ch: str) -> bool:
    return unicodedata.category(ch) in ("Co", "Cs", "Cn")


def clean(s: str) -> str:
    """What a reader sees, from extracted text. Keeps TABs (visible gaps) and newlines."""
    if not s:
        return ""
    if not s.isascii():  # (every character of the table is outside ASCII)
        if "\u00ad" in s:
            s = _LONE_SOFT_HYPHEN.sub("-", s).replace("\u00ad", "")
        s = s.translate(_TRANSLATE)
    if "\\" in s:
        s = _ICON_MACRO.sub(" ", s)
    if not (s.isascii() and s.isprintable()):  # (printable ASCII has no control or private-use character)
        s = _CONTROL.sub(" ", s)
        s = _PRIVATE.sub(" ", s)
    if "  " in s:
        s = _SPACE_RUN.sub(" ", s)
    if "\t" in s:
        s = _TAB_SPACES.sub("\t", s).strip("\t ")
    return s.strip()


@lru_cache(maxsize=None)
def rx(pattern: str, flags: int = 0) -> regex.Pattern:
    """``pattern`` compiled once: ``rx(p).search(s)`` for ``regex.search(p, s)``, whose own
    cache lookup costs several microseconds a call (flags worked out in Python each time)."""
    return regex.compile(pattern, flags)


_NON_WORD = regex.compile(r"[^\p{L}\p{N}+#]+")


_JAMO = regex.compile(r"[\u1100-\u11ff]")


# What _NON_WORD matches in lower-case ASCII text: ASCII's letters and digits are its only \p{L} and \p{N}.
# For ASCII text one table does it (a TAB, a space or a mark becomes a space, a capital its small
# letter; ``str.translate`` reads ASCII text through it without a lookup per character), and the
# split and join that follow make each run of spaces one, as the pattern's "+" did.
_ASCII_KEY = {c: (chr(c).lower() if chr(c).isalnum() or chr(c) in "+#" else " ") for c in range(128)}


def _ascii_key(s: str) -> str:
    """:func:`key` of an ASCII text."""
    return " ".join(s.translate(_ASCII_KEY).split())



class _Combining(dict):
    """A ``str.translate`` table that deletes the combining characters (``unicodedata.combining``),
    filled as characters are met."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_COMBINING = _Combining()

# From this length on, :func:`key` replaces the few characters of its tables that a text holds
# instead of translating it: ``str.translate`` looks every character of a text holding a non-ASCII
# one up in its table (about 90 ns each: a document's whole text, 5,000 characters, cost 0.5 ms a
# table, and as much again for the combining marks), ``set`` and ``str.replace`` run at C speed.
# Same output: each replacement is of one character, by text none of whose characters the table
# maps elsewhere (tests/test_text.py checks the table), so their order does not matter.
_LONG = 200
_KEY_REPLACE = {chr(k): v or "" for k, v in _KEY_TRANSLATE.items()}


def _replaced(s: str, table: dict[str, str]) -> str:
    """``s.translate`` of the same table, for a table whose values hold no key it maps elsewhere."""
    for c in table.keys() & set(s):
        s = s.replace(c, table[c])
    return s


class _NonWord(dict):
    """Whether a character is one :data:`_NON_WORD` matches (asked of the pattern itself, so that
    the answer follows the pattern's Unicode tables), filled as characters are met."""

    def __missing__(self, ch: str) -> bool:
        value = self[ch] = _NON_WORD.match(ch) is not None
        return value


_NON_WORD_CHAR = _NonWord()


def _spaced(s: str) -> str:
    """Every character :data:`_NON_WORD` matches replaced by a space, for a long text: the few
    distinct characters a text holds are replaced at C speed (the pattern's scan costs about
    150 ns a character: a document's whole text, 2,500 characters, about 0.4 ms). The runs of
    spaces this leaves where the pattern leaves one are the same after :func:`key`'s split."""
    for c in [c for c in set(s) if _NON_WORD_CHAR[c]]:
        s = s.replace(c, " ")
    return s


@lru_cache(maxsize=1 << 14)
def key(s: str) -> str:
    """A matching key: case, accents, punctuation and spacing folded ("Expérience:" -> "experience").
    (Asked about the same strings thousands of times a document: kept; ASCII needs no decomposing,
    nor any of the replacements below, which are all of other characters.)"""
    if s.isascii():
        return _ascii_key(s)
    s = s.replace("\u00ad", "")
    if len(s) < _LONG:
        s = s.translate(_KEY_TRANSLATE)
        if not s.isascii():
            s = unicodedata.normalize("NFKD", s).translate(_COMBINING)
        if s.isascii():  # ("Expérience" once its accents are gone: the ASCII road, the same answer)
            return _ascii_key(s)
    else:
        s = _replaced(s, _KEY_REPLACE)
        if not s.isascii():
            s = unicodedata.normalize("NFKD", s)
            for c in [c for c in set(s) if not c.isascii() and _COMBINING[ord(c)] is None]:
                s = s.replace(c, "")
    s = s.casefold()
    s = _NON_WORD.sub(" ", s) if len(s) < _LONG else _spaced(s)
    if _JAMO.search(s):
        s = unicodedata.normalize("NFC", s)  # Hangul syllables stay whole ("경력", not its letters)
    return " ".join(s.split())


def words(s: str) -> list[str]:
    return key(s).split()


# Scripts written without spaces between words (Chinese, Japanese), or with compounds written as
# one word (Korean: "한빛대학교" holds "대학교").
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def has_phrase(text: str, phrases, stems=(), capitals=()) -> bool:
    """Does ``text`` contain one of the (already folded) phrases as whole words, or a word that
    starts with one of the stems. Chinese and Japanese put no spaces between words (Korean writes compounds as one word), so a phrase
    that starts and ends in those scripts is found inside a longer run ("大学" in "清华大学计算机系").
    A phrase also in ``capitals`` (an acronym such as "MEI") counts only where the text writes it
    in capitals ("Silva MEI", not the name "Mei")."""
    k = f" {key(text)} "
    if isinstance(phrases, tuple):  # the vocabulary's tables: looked up, not scanned
        spaced, most, inside = _phrase_index(phrases)
        words = k.split()
        # the phrases of one word among the words (a set's intersection), then those of several
        # words from each word that starts one (the order does not matter: any one decides)
        whole = chain(spaced.intersection(words),
                      (p for i, w in enumerate(words) if w in most for j in range(i + 2, min(len(words), i + most[w]) + 1)
                       if (p := " ".join(words[i:j])) in spaced))
    else:
        phrases = [p for p in phrases if p]
        whole = (p for p in phrases if f" {p} " in k)
        inside = [p for p in phrases if _UNSPACED.match(p) and _UNSPACED.match(p[-1])]
    if _any_written(whole, text, capitals):
        return True
    # (a key in ASCII holds no character of those scripts)
    if inside and not k.isascii() and _UNSPACED.search(k) and any(p in k and f" {p} " not in k for p in inside):
        return True
    if isinstance(stems, tuple):  # the vocabulary's stems: one search, not one scan per stem
        return bool(stems) and _stems_pattern(stems).search(k) is not None
    return any(f" {s}" in k for s in stems)


@lru_cache(maxsize=16)
def _stems_pattern(stems: tuple[str, ...]) -> re.Pattern:
    """For :func:`has_phrase`: a space and then one of the stems."""
    return re.compile(" (?:" + "|".join(map(re.escape, stems)) + ")")


def _any_written(found, text: str, capitals) -> bool:
    """Whether a phrase found in ``text`` as whole words counts: one not in ``capitals``, or one
    the text writes in capitals."""
    shouted = None
    for p in found:
        if p not in capitals:
            return True
        if shouted is None:
            shouted = f" {key(' '.join(t for t in text.split() if not any(ch.islower() for ch in t)))} "
        if f" {p} " in shouted:
            return True
    return False


@lru_cache(maxsize=64)
def word_set(*tables: tuple[str, ...]) -> frozenset[str]:
    """The union of (vocabulary) tables as one set, built once for the same tables."""
    return frozenset().union(*tables)


class ByIdentity:
    """``build(obj)`` kept per object, by the object's identity, for objects that live long and are
    asked about often but cost more to hash by value than the answer does (a vocabulary table of a
    thousand phrases; a section's tuple of lines). The object is kept with its answer so that its
    id is not reused; past ``size`` objects everything is forgotten at once."""

    def __init__(self, build, size: int = 256) -> None:
        self._build, self._size, self._kept = build, size, {}

    def __call__(self, obj):
        found = self._kept.get(id(obj))
        if found is not None and found[0] is obj:
            return found[1]
        if len(self._kept) >= self._size:
            self._kept.clear()
        answer = self._build(obj)
        self._kept[id(obj)] = (obj, answer)
        return answer

    def cache_clear(self) -> None:
        self._kept.clear()


@lru_cache(maxsize=64)  # (a tuple built per call is found here by its value)
def _build_index(phrases: tuple[str, ...]) -> tuple[frozenset[str], dict[str, int], tuple[str, ...]]:
    spaced = frozenset(p for p in phrases if p)
    most: dict[str, int] = {}  # (the first words of phrases of several words)
    for p in spaced:
        parts = p.split(" ")
        if len(parts) > 1:
            most[parts[0]] = max(most.get(parts[0], 0), len(parts))
    return spaced, most, tuple(p for p in spaced if _UNSPACED.match(p) and _UNSPACED.match(p[-1]))


# For :func:`has_phrase`: the phrases, the most words a phrase starting with each first word has,
# those that start and end in an unspaced script; kept per table object (the vocabulary's tables
# live as long as the process; hashing a tuple of a thousand phrases per call cost more than
# the lookup).
_phrase_index = ByIdentity(_build_index)

_LETTER = regex.compile(r"\p{L}")


def digits(s: str) -> str:
    """The digits of ``s``, in order (a phone number's, to compare two writings of it)."""
    return "".join(ch for ch in s if ch.isdigit())


def shorten(text: str, limit: int = 60) -> str:
    """The text, cut to ``limit`` characters with "…" when longer (a warning's snippet)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def letter_ratio(s: str) -> float:
    if not s:
        return 0.0
    return len(_LETTER.findall(s)) / len(s)


@lru_cache(maxsize=1 << 12)
def is_caps(s: str) -> bool:
    """All cased letters upper case, and at least two of them. (ASCII: ``str.isupper`` says the first,
    and of ASCII characters the cased ones are the letters; a text with a lower-case letter, most
    of them, is answered without a walk in Python.)"""
    if s.isascii():
        return s.isupper() and sum(map(str.isupper, s)) >= 2
    if any(map(str.islower, filter(str.isalpha, s))):
        return False  # (a small letter, as most texts hold: found without a Python loop over the characters)
    return sum(map(str.isupper, filter(str.isalpha, s))) >= 2  # (the cased letters left are capitals)


class CharClass(dict):
    r"""Whether a pattern of one character (a class: ``\s``, ``[\W_]``) matches a character,
    ``table[ch]``: the pattern asked once per character met, then looked up (a call into ``regex``
    costs about a microsecond, mostly its own setup, where a text's first or last character decides)."""

    def __init__(self, pattern: str) -> None:
        super().__init__()
        self._pattern = regex.compile(pattern)

    def __missing__(self, ch: str) -> bool:
        found = self[ch] = self._pattern.fullmatch(ch) is not None
        return found


_SPACED = regex.compile(r"^(?:\S ){2,}\S$")
_SPACE_CHAR = CharClass(r"\s")  # (regex's \s: not quite str.isspace, which also takes \x1c-\x1f)


def despace(s: str) -> str:
    """Rejoin letter-spaced text: "E D U C A T I O N" -> "EDUCATION"; "W O R K  H I S T O R Y"
    (words apart by two or more spaces) -> "WORK HISTORY". Other text is returned unchanged."""
    t = s.strip()
    if len(t) >= 2 and not _SPACE_CHAR[t[0]] and not _SPACE_CHAR[t[1]]:
        return s  # (two characters and no space between them at the start: the first part is no spaced word)
    parts = rx(r"\s{2,}").split(s.strip())
    if not parts or not all(_SPACED.match(p) or len(p) == 1 for p in parts):
        return s
    if not any(_SPACED.match(p) for p in parts):
        return s
    return " ".join(p.replace(" ", "") for p in parts)


def strip_bullet(s: str) -> tuple[bool, str]:
    """(True, rest) when ``s`` starts with a bullet glyph followed by a space, or with a glyph that
    is nothing but a bullet glued to a letter ("➢Pilotage")."""
    first = s.lstrip()[:1]  # (str's spaces hold regex's: the pattern's glyph is the first character after them)
    m = _BULLET.match(s) if first and first in _BULLET_FIRST else None
    if m and m.end() < len(s):
        return True, s[m.end():]
    return False, s


# An e-mail address somewhere in a text, by its shape only (the contact reader, fields/emails.py, reads
# them properly): for the layout and entry readers that ask whether a cell or line holds one.
EMAIL_RE = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


# A URL as printed in a résumé: with a scheme, with "www.", or a bare host of a known profile site
# followed by a path. Linear: no nested quantifiers.
_SITE_TLDS = "com|io|org|me|to|co|app|site|dev|in|net"
URL_RE = regex.compile(
    r"(?<![\w@./-])(?:"
    r"(?:https?|ftp)://[^\s<>\"'(){}\[\]|]{2,2000}"
    r"|www\.[^\s<>\"'(){}\[\]|@]{2,2000}"
    r"|(?:[a-z0-9-]{1,63}\.){0,3}(?:github|gitlab|linkedin|twitter|x|stackoverflow|behance|dribbble|medium|"
    r"kaggle|orcid|researchgate|scholar\.google|bitbucket|codepen|leetcode|hackerrank|youtube|instagram|"
    r"facebook|t|huggingface|substack|dev|vercel|netlify|notion|about|wordpress|blogspot)\."
    rf"(?:{_SITE_TLDS})(?:/[^\s<>\"'(){{}}\[\]|]{{0,2000}})?"
    r"|(?:[a-z0-9](?:[a-z0-9-]{0,62})\.){1,4}(?:com|io|org|net|dev|me|ai|app|co|info|codes|tech|xyz|site|page|"
    r"blog|cv|de|fr|es|it|nl|pt|br|uk|ca|au|ch|at|be|pl|cz|ru|cn|jp|in|eu|us)/[^\s<>\"'(){}\[\]|]{1,2000}"
    r")",
    flags=regex.IGNORECASE,
)
_URL_TRAIL = ".,;:!?)]}>'\"’”…"
# What every URL_RE form holds: a slash (a scheme, a path), "www." or a profile site's domain ending
# (one search, for the lines with a dot that hold none of them: most of a document's sentences)
_URL_HINT = regex.compile(rf"/|www\.|\.(?:{_SITE_TLDS})", flags=regex.IGNORECASE)


def find_urls(s: str) -> list[tuple[int, int, str]]:
    """(start, end, url) of every URL printed in ``s``; trailing punctuation is not part of it."""
    return list(_urls_in(s))


@lru_cache(maxsize=1 << 12)
def _urls_in(s: str) -> tuple[tuple[int, int, str], ...]:
    """(The readers look for links in the same lines several times: the answers are kept.)"""
    if "." not in s and "://" not in s:
        return ()  # every URL_RE form holds a dot, but a scheme's
    if not _URL_HINT.search(s):
        return ()
    out = []
    for m in URL_RE.finditer(s):
        url = m.group(0).rstrip(_URL_TRAIL)
        if "@" in url.split("/")[0]:
            continue
        out.append((m.start(), m.start() + len(url), url))
    return tuple(out)


_OPEN, _CLOSE = "([{（［【", ")]}）］】"


_ANY_OPEN = re.compile(f"[{re.escape(_OPEN)}]")


@lru_cache(maxsize=64)
def _separators(seps: str, spaced_slash: bool) -> re.Pattern:
    """For :func:`split_outside_brackets` on a text with no opening bracket: its separators."""
    return re.compile("|".join([f"[{re.escape(seps)}]"] * bool(seps) + ["(?<= )/(?= )"] * spaced_slash) or "(?!)")


def split_outside_brackets(text: str, seps: str, spaced_slash: bool = False) -> list[str]:
    """Split at any character of ``seps`` that is not inside brackets (and, with ``spaced_slash``,
    at " / "); pieces are returned unstripped. Linear in the length of the text. (A text with no
    opening bracket, most of them, is split by a pattern, without a walk in Python.)"""
    if not _ANY_OPEN.search(text):
        return _separators(seps, spaced_slash).split(text)
    out, start, depth, n = [], 0, 0, len(text)
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
        elif depth == 0 and (ch in seps or (spaced_slash and ch == "/" and 0 < i < n - 1
                                            and text[i - 1] == " " and text[i + 1] == " ")):
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    return out


# ----------------------------------------------------------------------------- markup
# Markdown and LaTeX left in extracted text: a PDF made from a Markdown or LaTeX source, a Markdown
# file. Markup is recognised by pairing (an opening and a closing mark around text), never by
# stripping characters: "C++", "C#", "*nix", "A*", "5*", "R&D", "$1.2M", "snake_case" and
# "__init__" are content. Every pattern is linear: bounded, negated classes, no nested repeats.

# LaTeX commands that stand for a character, in math or in text.
_LATEX_SYMBOLS = {
    "times": "×", "rightarrow": "→", "to": "→", "leftarrow": "←", "Rightarrow": "⇒", "leftrightarrow": "↔",
    "uparrow": "↑", "downarrow": "↓", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "neq": "≠", "ne": "≠",
    "approx": "≈", "sim": "~", "pm": "±", "cdot": "·", "cdots": "…", "ldots": "…", "dots": "…", "infty": "∞",
    "mu": "µ", "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "Delta": "Δ", "lambda": "λ", "sigma": "σ",
    "pi": "π", "theta": "θ", "degree": "°", "circ": "°", "textdegree": "°", "%": "%", "&": "&", "$": "$", "#": "#",
    "_": "_", "{": "{", "}": "}", "textasciitilde": "~", "textbar": "|", "textbullet": "•", "textendash": "–",
    "textemdash": "—", "LaTeX": "LaTeX", "TeX": "TeX", ",": " ", ";": " ", ":": " ", "!": "", " ": " ",
    "quad": " ", "qquad": " ", "newline": " ", "\\": " ", "textbackslash": "\\",
}
_SYMBOL_NAMES = sorted((n for n in _LATEX_SYMBOLS if n.isalpha()), key=len, reverse=True)
_LATEX_SYMBOL = regex.compile(r"\\(?:(?P<word>" + "|".join(_SYMBOL_NAMES) + r")(?![A-Za-z])|(?P<char>[%&$#_{}, ;:!\\]))")
# \textbf{x}, \emph{x}, \href{url}{text}, \url{x}: the text kept, one level of braces inside.
_LATEX_WRAP = regex.compile(r"\\(?:textbf|textit|textsl|textsc|texttt|textrm|textsf|emph|underline|mbox|text|mathrm|"
                            r"mathbf|mathit|url|uline)\{(?P<inner>[^{}\n]{0,500})\}")
_LATEX_HREF = regex.compile(r"\\href\{[^{}\n]{0,2000}\}\{(?P<inner>[^{}\n]{0,500})\}")
# $...$ is math only when it holds a command, a brace, ^ or _ ("$3\times$", "$10^6$"): "$1.2M and $3M" is money.
_MATH = regex.compile(r"(?<![\\$\d])\$(?P<inner>[^$\n]{0,200}?[\\^_{][^$\n]{0,200}?)\$(?!\d)")
_SCRIPT = regex.compile(r"(?P<mark>[\^_])(?:\{(?P<inner>[^{}\n]{0,50})\}|(?P<one>\w))")
_SUPER = str.maketrans("0123456789+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻")
_SUB = str.maketrans("0123456789+-", "₀₁₂₃₄₅₆₇₈₉₊₋")
_DASHES3 = regex.compile(r"(?<!-)---(?!-)")
_DASHES2 = regex.compile(r"(?<![-\w])--(?![-\p{L}])|(?<=\d)--(?=\d)")
_TIE = regex.compile(r"(?<=[\w.,])~(?=\w)")
_TEX_QUOTES = regex.compile(r"``(?P<inner>[^`'\n]{1,300})''")

_MD_LINK = regex.compile(r"\[(?P<inner>[^\[\]\n]{1,500})\]\([^()\s]{1,2000}\)")
_MD_CODE = regex.compile(r"(?<!`)`(?P<inner>[^`\n]{1,300})`(?!`)")
_MD_STRIKE = regex.compile(r"(?<!~)~~(?=\S)(?P<inner>[^~\n]{0,500}?\S)~~(?!~)")
# Emphasis: the opening mark after a space, start or punctuation and before a non-space; the closing
# mark after a non-space and before a space, end or punctuation ("**bold**", "*it*", "_it_").
_MD_STARS = regex.compile(r"(?<![\w*\\])(?P<m>\*{1,3})(?=[^\s*])(?P<inner>[^*\n]{1,500}?)(?<=[^\s*])(?P=m)(?![\w*])")
_MD_UNDERS = regex.compile(r"(?<![\w\\])(?P<m>_{1,3})(?=[^\s_])(?P<inner>[^_\n]{1,500}?)(?<=[^\s_])(?P=m)(?![\w])")
_IDENTIFIER = regex.compile(r"^[a-z0-9]+$")  # "__init__", "_id_": a name in code, not emphasis
_LIST_SEPARATOR = regex.compile(r"[,;|•·]\s")  # "*nix, A*": two items of a list, not one emphasised phrase


def _latex_symbol(m: regex.Match) -> str:
    return _LATEX_SYMBOLS[m.group("word") or m.group("char")]


def _script(m: regex.Match) -> str:
    """"^{6}" -> "⁶", "_2" -> "₂"; letters stay as they are."""
    text = m.group("inner") if m.group("inner") is not None else m.group("one")
    return text.translate(_SUPER if m.group("mark") == "^" else _SUB)


def _math(m: regex.Match) -> str:
    inner = _SCRIPT.sub(_script, m.group("inner"))
    inner = _LATEX_SYMBOL.sub(_latex_symbol, inner)
    return rx(r"[{}]").sub("", inner).strip()


def _emphasis(m: regex.Match) -> str:
    inner = m.group("inner")
    if m.group("m")[0] == "_" and _IDENTIFIER.match(inner):
        return m.group(0)
    if len(m.group("m")) == 1 and _LIST_SEPARATOR.search(inner):
        return m.group(0)
    return inner


def strip_markup(s: str) -> str:
    """The text without Markdown or LaTeX markup: emphasis, inline code, strike-through and links
    ("[text](url)" keeps the text), LaTeX math ("$3\\times$" -> "3×"), text commands ("\\&",
    "\\textbf{x}", "\\href{url}{text}"), dashes ("--" -> "–") and ties ("Dr.~Lee"). Text without
    paired marks is returned unchanged."""
    if not s:
        return s
    if "\\" in s or "$" in s or "--" in s or "~" in s or "``" in s:
        s = _MATH.sub(_math, s)
        s = _LATEX_HREF.sub(r"\g<inner>", s)
        for _ in range(3):  # nested wrappers: \textbf{\emph{x}}
            s, n = _LATEX_WRAP.subn(r"\g<inner>", s)
            if not n:
                break
        s = _LATEX_SYMBOL.sub(_latex_symbol, s)
        s = _DASHES3.sub("—", s)
        s = _DASHES2.sub("–", s)
        s = _TIE.sub(" ", s)
        s = _TEX_QUOTES.sub(r"“\g<inner>”", s)
    if "[" in s:
        s = _MD_LINK.sub(r"\g<inner>", s)
    if "`" in s:
        s = _MD_CODE.sub(r"\g<inner>", s)
    if "~~" in s:
        s = _MD_STRIKE.sub(r"\g<inner>", s)
    if "*" in s:
        for _ in range(2):  # "***x***", "**a *b* c**"
            s, n = _MD_STARS.subn(_emphasis, s)
            if not n:
                break
    if "_" in s:
        s = _MD_UNDERS.sub(_emphasis, s)
    return _SPACE_RUN.sub(" ", s).strip() if s != s.strip() or "  " in s else s


_PHONE_SHAPE = regex.compile(r"\+?\(?\d[\d\s().\-/]{5,}\d")
_A_YEAR = regex.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")


def phone_alone(cell: str) -> bool:
    """A table cell that holds a phone number and nothing else: digits and phone punctuation only,
    7 to 15 digits, not two years ("2019 - 2021"). (Segmentation and the list readers ask it of
    cells that strayed from a contact block; the contact reader finds phones its own way.)"""
    cell = cell.strip()
    if not _PHONE_SHAPE.fullmatch(cell):  # (most cells are words: their digits are not counted)
        return False
    return 7 <= sum(ch.isdigit() for ch in cell) <= 15 and len(_A_YEAR.findall(cell)) < 2



_PAGE_NUMBER = regex.compile(
    r"^(?:(?:page|p\.|pg\.?|seite|s\.|página|pagina|pag\.|strona|str\.|стр\.?|страница|ページ)\s*)?"
    r"[-–—(\[]?\s*\d{1,3}\s*(?:(?:/|of|von|de|di|sur|из|z|van|av)\s*\d{1,3})?\s*[-–—)\]]?$",
    regex.IGNORECASE)


# a page count inside a running line's text ("CV – J. Doe – 2/3", "Jane Doe · Page 2 of 3")
_COUNTER = regex.compile(r"(?:\b(?:page|p\.|seite|página|pagina|strona)\s*)?\b\d{1,3}\s*(?:/|of|von|de|di|sur|z|van|av)"
                         r"\s*\d{1,3}\b", regex.IGNORECASE)
_WORDS_ONLY = regex.compile(r"^[\p{L}\s.,'’&()|·•–—-]*$")


def counted_label(text: str) -> bool:
    """A running line that counts the pages beside nothing but words ("CV – J. Doe – 2/3"): a
    label of the pages, read on none of them (a line that also carries an address, a phone or a
    web address is kept once)."""
    found = _COUNTER.search(text)
    return bool(found) and bool(_WORDS_ONLY.match(_COUNTER.sub(" ", text)))


def is_page_number(text: str) -> bool:
    """A page's number alone ("3", "Page 3", "3 / 7", "Seite 2 von 3", "- 2 -"): page furniture (the
    PDF reader drops it from a page's edge; the header readers pass it over where it stayed)."""
    return bool(_PAGE_NUMBER.match(" ".join(text.split())))
