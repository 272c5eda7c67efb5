"""Grades of a qualification: a grade label of the vocabulary and a number, with its scale when
written ("GPA: 3.8/4.0", "CGPA 8.1 … / 10", "3.7 GPA", "Média final: 16", "on a 4.0 scale",
"85%", "with 72%"; a percentage alone in a cell: "⇥ 89%", or closing the line after a dash or comma: "School, 2017 –
91.4%", and so a whole number before its label: "School, 2015 – 10 CGPA", and marks out of 100 or 110:
"Liceo X — 95/100"), or a number and a grade unit of the vocabulary ("545 points", "média 15 valores"), with an
honours phrase of the vocabulary right after it ("110/110 e lode"). A word of a label may end in a full stop
("Cum. GPA": the vocabulary's "cum gpa"). Labels are matched letter by letter with accents folded as keys fold them, so the span
found is the span in the text as written. Errs towards no grade: a number without a label or a unit is none;
so is a label before a range of grades ("GCSEs: nine subjects at grades 9–6").
"""
from __future__ import annotations

import unicodedata

import regex

from ..schema import Grade
from ..text import KEY_LETTERS, key
from ..vocab import merged

__all__ = ["find_grade", "cell_grade", "honoured_grade", "honours_in", "marks_out_of", "bracketed_grade"]

_NUM = r"\d{1,3}(?:[.,]\d{1,3})?"


def _grade_pattern() -> regex.Pattern:
    labels = sorted(merged().grade_labels, key=len, reverse=True)
    # a word of a label may be abbreviated with a full stop before the next one ("Cum. GPA")
    alt = "|".join(regex.escape(l).replace(r"\ ", r"\.?\s+") for l in labels)
    # the scale: "/ 4.0" (maybe after a dotted leader: "8.1 … / 10"), "out of 10", "(on a scale of
    # 10)", "on a 4.0 scale"
    scale = (rf"\s*(?:…|\.{{2,}})?\s*(?:/|out\s+of|of)\s*(?P<s1>{_NUM})"
             rf"|\s*\(?\s*on\s+a\s+scale\s+of\s+(?P<s1>{_NUM})\s*\)?"
             rf"|\s+on\s+a\s+(?P<s1>{_NUM})(?:[\s-]*point)?\s+scale")
    units = "|".join(regex.escape(u).replace(r"\ ", r"\s+") for u in sorted(merged().grade_units, key=len, reverse=True))
    unit = rf"\s+(?:{units})\b" if units else r"(?!)"
    return regex.compile(
        rf"(?:\b(?:{alt})\b\.?\s*(?:of\s*)?[:：\-–=]?\s*(?P<v1>{_NUM})(?!\d|\s*[–-]\s*\d{{1,2}}(?!\d|[.,]\d))(?:{scale})?(?:%|{unit})?"  # (not "grades 9–7": a range)
        rf"|(?P<v2>{_NUM})\s*/\s*(?P<s2>{_NUM})\s*\b(?:{alt})\b"
        rf"|(?<![\d.,])(?P<v2>\d{{1,2}}[.,]\d{{1,2}})\s*\b(?:{alt})\b"  # "3.7 GPA": a decimal before the label
        rf"|(?<![\d.,/])(?P<v2>{_NUM}){unit}"  # "545 points", "15 valores": a number and its unit
        rf"|(?<=[–—,|]\s*|\s-\s*)(?P<v2>{_NUM})\s*(?:%|\b(?:{alt})\b)(?=\s*[.;]?\s*$)"  # "…, 2017 – 91.4%", "– 10 CGPA"
        rf"|(?<=\bwith\s+)(?P<v2>{_NUM})\s*%"  # "B.E. from Kelham College with 72%": the marks it was passed with
        rf"|(?<=[–—,|]\s*|\s-\s*)(?P<v3>\d{{2,3}})\s*/\s*(?P<s3>100|110)(?=\s*[.;]?\s*$))",  # "…, Liceo X — 95/100"
        regex.IGNORECASE)


_GRADE = _grade_pattern()
_ANY_DIGIT = regex.compile(r"\d")


def _bare_letters(text: str) -> str:
    """The text with accents taken off letter by letter, so positions still match ("Média" ->
    "Media", "ortalaması" -> "ortalamasi", as keys fold them)."""
    if text.isascii():
        return text
    return "".join(KEY_LETTERS.get(ch) or unicodedata.normalize("NFD", ch)[0] if ord(ch) > 127 else ch for ch in text)


def _honours_after(rest: str) -> int:
    """The length of an honours phrase of the vocabulary right after a grade ("110/110 e lode",
    "1,0 mit Auszeichnung"), with the space before it; 0 when none follows."""
    lead = len(rest) - len(rest.lstrip())
    if not lead:
        return 0
    words = rest[lead:].split()
    if not words or not regex.match(r"\w", words[0]):
        return 0  # "GPA: 3.7 | Honors: Dean's List": a separator starts another part, a label no honour
    n = _honours_at(words, 0)
    return rest.index(words[n - 1], lead) + len(words[n - 1].rstrip(".,;)")) if n else 0


def _honours_at(words: list[str], i: int, least: int = 1) -> int:
    """How many words (``least`` to four) the longest honours phrase of the vocabulary starting at
    ``words[i]`` has; 0 when none does. A phrase ending in a colon is a label ("Honors:"), no honour."""
    for n in range(min(4, len(words) - i), least - 1, -1):
        phrase = " ".join(words[i:i + n])
        if not phrase.endswith((":", "：")) and key(phrase.strip(".,;()")) in merged().honours:
            return n
    return 0


def find_grade(text: str) -> tuple[Grade, tuple[int, int]] | None:
    """A grade with its label ("GPA: 3.8/4.0", "Média final: 16"), and where it stands in the text."""
    if not _ANY_DIGIT.search(text):
        return None  # (every grade holds a number; no letter loses its accents to a digit)
    m = _GRADE.search(_bare_letters(text))
    if not m:
        return None
    value = m.group("v1") or m.group("v2") or m.group("v3")
    scale = m.group("s1") or m.group("s2") or m.group("s3")
    end = m.end() + _honours_after(text[m.end():])
    raw = " ".join(text[m.start():end].split())  # (a label in a cell of its own: "Voto ⇥ 28/30")
    try:
        v = float(value.replace(",", "."))
        sc = float(scale.replace(",", ".")) if scale else (100.0 if raw.endswith("%") else None)
    except ValueError:
        return None
    if m.group("v3") and v > sc:
        return None  # marks out of a hundred closing the line: no more than the scale
    return Grade(raw=raw, value=v, scale=sc), (m.start(), end)


_FRACTION = regex.compile(rf"^\s*(?P<v>{_NUM})\s*/\s*(?P<s>{_NUM})")


def honoured_grade(text: str) -> Grade | None:
    """A grade written without a label but with honours: the whole text an honours phrase of the
    vocabulary ("Distinction"), or a fraction followed by one ("110/110 e lode"); None for
    anything else."""
    fraction = _FRACTION.match(text)
    if fraction is None:
        return Grade(raw=text.strip()) if key(text.strip(" .,;")) in merged().honours else None
    honours = _honours_after(text[fraction.end():])
    if not honours or fraction.end() + honours != len(text.rstrip()):
        return None  # (a bare fraction in brackets may be anything: "(3/4)")
    value, scale = (float(fraction.group(g).replace(",", ".")) for g in ("v", "s"))
    return Grade(raw=" ".join(text.split()), value=value, scale=scale) if value <= scale else Grade(raw=" ".join(text.split()))


_MARKS = regex.compile(r"^(?P<v>\d{1,3}(?:[.,]\d{1,2})?)\s*/\s*(?P<s>\d{2,3})$")


def marks_out_of(text: str) -> Grade | None:
    """Marks out of ten or more written alone, as in brackets closing a name ("Diploma di maturità
    (96/100)", "(28/30)"): a grade; a fraction out of less ("3/4": a year of a course) is none."""
    m = _MARKS.match(text.strip())
    if m is None:
        return None
    value, scale = (float(m.group(g).replace(",", ".")) for g in ("v", "s"))
    return Grade(raw=text.strip(), value=value, scale=scale) if value <= scale and scale >= 10 else None


_PERCENT_CELL = regex.compile(rf"^\s*(?P<v>{_NUM})\s*%\s*$")


# A-level grades run together, one starred at least ("A*A*A", "A*AB"): "AAB" alone may be an acronym
_LETTER_GRADES = regex.compile(r"^\s*(?=[A-E*]*\*)(?:A\*|[A-E]){2,5}\s*$")


def cell_grade(cell: str) -> Grade | None:
    """A percentage alone in a cell of an education row ("Class X ⇥ Board ⇥ 2014 ⇥ 89%"): the
    grade, out of 100; A-level grades run together ("⇥ A*A*A"), as written; None for any other cell."""
    if _LETTER_GRADES.match(cell):
        return Grade(raw=cell.strip())
    m = _PERCENT_CELL.match(cell)
    if not m:
        return None
    v = float(m.group("v").replace(",", "."))
    return Grade(raw=cell.strip(), value=v, scale=100.0) if v <= 100 else None


def honours_in(sentence: str) -> Grade | None:
    """Honours named inside a sentence ("Graduated with First Class Honours." -> "First Class
    Honours"): the longest honours phrase of the vocabulary of two words or more, as written;
    None when there is none. One word alone ("Honors: …", "merit") is no grade in running text."""
    words = sentence.split()
    # the longest phrase; of phrases as long, the first
    n, i = max(((_honours_at(words, i, least=2), -i) for i in range(len(words))), default=(0, 0))
    return Grade(raw=" ".join(words[-i:-i + n]).strip(".,;()")) if n else None


_BRACKET_END = regex.compile(r"^(?P<school>.+?)\s*\((?P<inner>[^()]{1,40})\)$")


def bracketed_grade(institution: str) -> tuple[str, Grade] | None:
    """(the name, its grade) of a school or a degree written with its grade or honours in brackets after
    it ("Università di Parma (110/110 e lode)", "University of Leeds (Distinction)", "… (GPA 3.8/4.0)",
    "MSc Geology (Merit)", "Diploma (96/100)"):
    a labelled grade, honours (:func:`honoured_grade`) or marks out of ten or more; else None."""
    m = _BRACKET_END.match(institution)
    if m is None:
        return None
    inner = m.group("inner").strip()
    found = find_grade(inner)
    grade = found[0] if found is not None else honoured_grade(inner) or marks_out_of(inner)
    return (m.group("school"), grade) if grade is not None else None
