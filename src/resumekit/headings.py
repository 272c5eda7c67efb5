"""Heading phrases: the section kind a heading's words name, by the vocabulary.

A heading's words are its text with letter-spacing rejoined ("E D U C A T I O N"), numbering
("2. ", "IV) ") and decoration ("/// ", "—— … ——") removed. They name a kind when, in order:
1. folded (case, accents, joining words: "Honors & Awards" is "honors and awards"), they are a
   phrase of the vocabulary, or that phrase glued ("E XPERIENCE": split by a colour change);
2. a phrase starts a run of them and ends the heading or a joining word, with no job-title word
   around it ("Relevant Work Experience"; not "Senior Software Engineer"); a heading that lists
   phrases takes the first one's kind unless it opens with jobs and more of them name another
   ("Appointments, Awards and Grants" is awards);
3. a Chinese or Japanese compound holds a phrase (not the document's own title, 職務経歴書);
4. the words before a bracketed note name one ("Publications (English)"), and so does a phrase
   before a duration ("Опыт работы — 8 лет", "Work Experience 10+ years": the whole heading).
A line opening with a joining word of its own ("& Awards", "Y FORMACIÓN", "e Competenze") names
none: it is the tail of a heading wrapped before that word (segment joins it to its head); not a
phrase so written ("O mně", Czech "about me": "o" is a joining word elsewhere).
``misspelt_kind`` reads a heading with one word misspelt ("Work Experiance", "Acheivements"); segment
asks it only of lines set like headings.
A word and the item's number ("Project 1", "Projet n° 2") names none: an item of a list.
Errs towards None: where the layout decides (segment), an unnamed heading is ``other``.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import regex

from .text import CharClass, despace, key
from .vocab import heading_phrases, merged
from .words import slips

__all__ = ["HeadingMatch", "heading_kind", "heading_text", "misspelt_kind", "repeats", "times_written", "written", "MAX_CHARS", "MAX_WORDS", "NOTE", "YEAR"]

MAX_WORDS = 6  # a heading's most words (joining words not counted; segment allows two more on a line)
MAX_CHARS = 60  # a heading's most characters (80 in capitals, see segment)
YEAR = regex.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")  # a year: no heading holds one
TYPO_LETTERS = 6  # a word needs this many letters before one slip is read: shorter words lie one edit
# from other words too often ("Award" / "Aware", "Skill" / "Spill")
TYPO_WORDS = 3  # a misspelt heading is read in headings of up to this many words
_NUMBERING = regex.compile(r"^(?:\d{1,2}|[IVX]{1,4}|[a-z])[.)]\s+", regex.IGNORECASE)
# a word or two and the item's number: "Project 1", "Project #2", "Projekt Nr. 3", "Projet n° 4 :"
_ENUMERATED = regex.compile(r"^\p{L}+(?:[ -]\p{L}+)?\s*(?:[-–]\s*)?(?:#|(?:no|nr|n°|nº)\.?)?\s*\d{1,2}\s*[:.)–-]?$",
                            regex.IGNORECASE)
_DECOR = regex.compile(r"^[\W_]+|(?<![\W_])[\W_]+$")  # the look-behind keeps it linear on "a! ! ! … a"
_DECOR_CHAR = CharClass(r"[\W_]")  # (what _DECOR takes off either end)


@dataclass(frozen=True, slots=True)
class HeadingMatch:
    kind: str
    exact: bool  # the whole line is the phrase (not "Relevant Work Experience")
    phrase: str


def _fold(text: str) -> str:
    """A heading's key without joining words ("Honors & Awards" == "honors and awards")."""
    return _without_joining(key(text))


def _without_joining(folded: str) -> str:
    """A text's key (:func:`resumekit.text.key`) without its joining words."""
    conj = _joining()
    return " ".join([w for w in folded.split() if w not in conj])


@lru_cache(maxsize=1)
def _joining() -> frozenset[str]:
    """The joining words (of :func:`merged`) as a set: asked of every word of every line."""
    return frozenset(merged().conjunctions)


def _phrases() -> tuple[dict[str, str], list[tuple[str, str]]]:
    heads = merged().headings
    exact: dict[str, str] = {}
    for kind, phrases in heads.items():
        for p in phrases:
            exact.setdefault(_fold(p), kind)
    contained = sorted(exact.items(), key=lambda kv: -len(kv[0]))
    return exact, contained


@dataclass(frozen=True, slots=True)
class _Headings:
    """The heading phrases as lookup tables, built on first use: ``exact`` (folded phrase -> kind),
    ``glued`` (the phrase without spaces -> the longest such (phrase, kind)), ``by_words`` (the
    phrase's words -> (phrase, kind)), the longest phrase in words, the CJK phrases longest first,
    the joining words, the title words and the document titles ("Curriculum Vitae")."""
    exact: dict[str, str]
    glued: dict[str, tuple[str, str]]
    by_words: dict[tuple[str, ...], tuple[str, str]]
    most_words: int
    cjk: tuple[tuple[str, str], ...]
    conj: frozenset[str]
    titles: frozenset[str]
    titles_of_document: frozenset[str]
    written: frozenset[str]  # the phrases as written, joining words kept ("o mne": Czech "about me")


@lru_cache(maxsize=1)
def _headings() -> _Headings:
    exact, contained = _phrases()
    glued: dict[str, tuple[str, str]] = {}
    for phrase, kind in contained:
        if len(phrase) >= 5:
            glued.setdefault(phrase.replace(" ", ""), (phrase, kind))
    by_words = {tuple(phrase.split()): (phrase, kind) for phrase, kind in contained}
    cjk = tuple((p, k) for p, k in contained if len(p) >= 2 and _CJK.match(p))
    v = merged()
    return _Headings(exact, glued, by_words, max(map(len, by_words), default=0), cjk,
                     frozenset(v.conjunctions), frozenset(v.title_words), frozenset(v.document_titles),
                     heading_phrases())


@lru_cache(maxsize=1 << 13)
def heading_text(text: str) -> str:
    """The words of a heading candidate: letter-spacing rejoined, numbering and decoration removed.
    (Asked of every line by segmentation, again of headings and labels by the readers: kept. Each
    pattern is run only where the characters it needs stand: numbering's "." or ")" among the first
    five, decoration's mark at either end.)"""
    t = despace(text.strip())
    if "." in t[:5] or ")" in t[:5]:
        t = _NUMBERING.sub("", t)
    if t and (_DECOR_CHAR[t[0]] or _DECOR_CHAR[t[-1]]):
        t = _DECOR.sub("", t)
    return t


@lru_cache(maxsize=1 << 13)
def heading_kind(text: str) -> HeadingMatch | None:
    """The section kind a heading names, by the vocabulary; None when it names none.

    The whole heading may be a phrase ("Work Experience"), or end with one ("Relevant Work
    Experience"), or start a list of them ("Skills & Interests"); a job title never names a
    section ("Senior Software Engineer"). (Segmentation, the label cells and the readers ask
    about the same lines, about 1,070 asks of 650 texts a DOCX: kept; the answer is immutable.)"""
    words_of = heading_text(text).replace("&", " and ").replace("/", " and ").replace("+", " and ")
    if _ENUMERATED.match(words_of):
        return None  # "Project 1", "Projet n° 2": an item of a list, which no section heading is
    raw = key(words_of)
    k = _without_joining(raw)  # (_fold of words_of)
    if not k:
        return None
    h = _headings()
    glued = h.glued.get(k.replace(" ", "")) or h.glued.get(raw.replace(" ", ""))  # "E XPERIENCE", "edu
    # cation": split by colour changes (unfolded too: a split-off "E" is a joining word to the fold)
    if _tail(text, h) and not (glued and k not in h.exact):
        return None  # "& Awards", "Y FORMACIÓN", "e Competenze": the tail of a heading wrapped before its joining word
    if k in h.exact:
        return HeadingMatch(h.exact[k], True, k)
    if glued:
        return HeadingMatch(glued[1], True, glued[0])
    words = raw.split()
    if k.count(" ") >= MAX_WORDS:  # (k: the words but the joining ones, one space apart)
        return _before_note(text)  # (joining words not counted: "Academic Qualification, Trainings and Certifications")
    # the phrase that starts first, the longest of those: a lookup of every run of words (from a
    # word that starts a phrase)
    firsts = _first_words()
    for start in range(len(words)):
        best = _phrase_at(words, start, h) if words[start] in firsts else None
        if best:
            after = words[start + len(best[0].split()):]
            if not start and after and after[0][:1].isdigit() and len(after) <= 3:
                return HeadingMatch(best[1], True, best[0])  # "Опыт работы — 8 лет": the phrase and a duration
            return HeadingMatch(_listed_kind(words, start, best, h), False, best[0])
    return _cjk_heading(k) or _before_note(text)


def misspelt_kind(text: str) -> HeadingMatch | None:
    """The kind a heading names with one word misspelt ("Work Experiance", "Educaton", "Acheivements").

    Signals, all needed: the heading has one to ``TYPO_WORDS`` words; a phrase of the vocabulary has
    as many and the same words but one; that word has ``TYPO_LETTERS`` letters or more, begins with the
    same letter and lies one edit from the heading's (optimal string alignment: a letter added,
    dropped or changed, or two neighbours swapped); the heading's word is no word of any dictionary
    language (wordfreq's short lists: "Contract" is a word, not a misspelt "Contact"); every phrase
    so near names one kind. Errs towards None: a heading misspelt twice stays unread."""
    words = _fold(heading_text(text)).split()
    if not 1 <= len(words) <= TYPO_WORDS:
        return None
    near = _near_phrases()
    found: dict[str, str] = {}
    for at, word in enumerate(words):
        if len(word) < TYPO_LETTERS or not word.isalpha():
            continue
        candidates = near.get((len(words), at, word[0], *words[:at], *words[at + 1:]), ())
        hit = set(slips(word, [right for right, _p, _k in candidates]))
        found.update((phrase, kind) for right, phrase, kind in candidates if right in hit)
    if not found or len(set(found.values())) > 1:
        return None
    phrase, kind = min(found.items())
    return HeadingMatch(kind, True, phrase)


@lru_cache(maxsize=1)
def _near_phrases() -> dict[tuple, tuple[tuple[str, str, str], ...]]:
    """Heading phrases of up to ``TYPO_WORDS`` words by their other words: (number of words, the
    position of a long word, its first letter, the other words) -> (that word, phrase, kind)."""
    out: dict[tuple, list[tuple[str, str, str]]] = {}
    for phrase, kind in _headings().exact.items():
        words = phrase.split()
        if len(words) > TYPO_WORDS:
            continue
        for at, word in enumerate(words):
            if len(word) >= TYPO_LETTERS:
                out.setdefault((len(words), at, word[0], *words[:at], *words[at + 1:]), []).append((word, phrase, kind))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first words of the heading phrases (:func:`_phrase_at` finds none from another word)."""
    return frozenset(words[0] for words in _headings().by_words)


def _phrase_at(words: list[str], start: int, h: _Headings) -> tuple[str, str] | None:
    """The longest heading phrase that starts at ``words[start]`` and ends the heading or a
    joining word, with no job-title word around it; None when there is none."""
    best = None
    for end in range(start + 1, min(len(words), start + h.most_words) + 1):
        found = h.by_words.get(tuple(words[start:end]))
        if found is None:
            continue
        if end != len(words) and words[end] not in h.conj and not words[end][:1].isdigit():
            continue  # "Опыт работы 3 месяца": a duration may follow the phrase
        if any(w in h.titles for w in words[:start] + words[end:]):
            continue
        if best is None or len(found[0]) > len(best[0]):
            best = found
    return best


def _listed_kind(words: list[str], start: int, first: tuple[str, str], h: _Headings) -> str:
    """The kind of a heading that lists phrases ("Skills & Interests"): the first phrase's,
    unless more of the listed phrases name another kind and the first names jobs
    ("Appointments, Awards and Grants": a list of honours that opens with appointments)."""
    if first[1] != "experience":
        return first[1]
    kinds = [first[1]]
    at = start + len(first[0].split())
    while at < len(words):
        found = _phrase_at(words, at, h) if words[at - 1] in h.conj else None
        if found:
            kinds.append(found[1])
            at += len(found[0].split())
        else:
            at += 1
    top, n = Counter(kinds).most_common(1)[0]
    return top if n > kinds.count(first[1]) else first[1]


def _tail(text: str, h: _Headings) -> bool:
    """Whether a heading opens with a joining word of its own, more words after it ("and
    Certifications", "& Awards", "Y FORMACIÓN"): the second line of a heading wrapped before the
    joining word, not a heading (a small capital split off its word is none: "E XPERIENCE" reads
    glued; nor a phrase so written: "O mně")."""
    parts = despace(text.strip()).split()
    if len(parts) < 2:
        return False
    return parts[0] in ("&", "+") or key(parts[0]) in h.conj and key(" ".join(parts)) not in h.written


NOTE = regex.compile(r"^(?P<head>[^()\[\]]*?\S)\s*[(\[][^()\[\]]*[)\]]\s*:?$")


def written(lines) -> Counter:
    """How many lines of ``lines`` hold each line's words (:func:`heading_text`, folded): a heading
    is written once; a label is written in every entry ("Achievements", "Responsibilities:")."""
    return Counter(key(heading_text(line.plain)) for line in lines)


def times_written(counts: Counter, line) -> int:
    """How many lines hold ``line``'s words, of the counts :func:`written` made."""
    return counts[key(heading_text(line.plain))]


def repeats(earlier: str | None, title: str | None) -> bool:
    """Does the heading ``title`` repeat the heading ``earlier``, alone or with a note in brackets
    ("Experience (continued)", "Work History (cont.)", in any language: the words before the note
    decide)? Compared by their words (:func:`heading_text`, folded by case and accents)."""
    if not (earlier and title):
        return False
    words = key(heading_text(earlier))
    note = NOTE.match(title.strip()) if "(" in title or "[" in title else None
    return bool(words) and words in (key(heading_text(title)), key(heading_text(note.group("head"))) if note else None)


def _before_note(text: str) -> HeadingMatch | None:
    """The kind a heading names before a bracketed note ("Code Samples (see my
    site for more)", "Publications (English)")."""
    m = NOTE.match(text.strip()) if "(" in text or "[" in text else None  # (a note needs its bracket)
    return heading_kind(m.group("head")) if m else None


_CJK = regex.compile(r"^[\p{Han}\p{Hiragana}\p{Katakana}ー・ ]{2,10}$")


def _cjk_heading(k: str) -> HeadingMatch | None:
    """Chinese and Japanese headings are compounds without spaces ("主要技能", "专业技能与证书"):
    the longest CJK phrase inside a short all-CJK heading names its kind. The document's own title
    names none, though it holds a phrase (職務経歴書, the career sheet, holds 職務経歴)."""
    # (a key in ASCII, or longer than the pattern allows, cannot match it: a key has a letter
    # or a digit, which the pattern's class only has in those scripts)
    if k.isascii() or len(k) > 10 or not _CJK.match(k) or k in _headings().titles_of_document:
        return None
    for phrase, kind in _headings().cjk:
        if phrase in k:
            return HeadingMatch(kind, False, phrase)
    return None
