"""Speed cuts of issue 12 that leave every answer as it was: a pattern run only where the
characters it needs stand, a per-character table in place of a one-character pattern, the
document's words counted from its lines' kept keys. Each is compared with the code it replaced
(kept here as the reference) on invented strings of the shapes it decides."""
from collections import Counter

import pytest

from resumekit.document import Document, Line
from resumekit.fields.assemble import detect_language
from resumekit.text import key

# ------------------------------------------------------------------ the document's language


def _language_before(document: Document) -> str | None:
    """detect_language as it was, for the texts without CJK script it reads: the stop words of each
    language counted in the key of the whole text."""
    from resumekit.text import word_set
    from resumekit.vocab import codes, load

    tokens = Counter(key(document.text[:60000]).split())
    counts = Counter({code: sum(tokens[w] for w in tokens.keys() & word_set(load(code).stop_words)) for code in codes()})
    (code, hits), *rest = counts.most_common(2)
    second = rest[0][1] if rest else 0
    return code if hits >= 5 or (hits >= 3 and hits >= 2 * second) else None


def _doc(*texts: str) -> Document:
    return Document(lines=tuple(Line(text=t, index=i) for i, t in enumerate(texts)), format="text")


DOCUMENTS = [
    _doc("Jane Quill", "Work Experience", "Analyst at Brindle Foods and the team of the year", "I was in charge of the plan"),
    _doc("Berufserfahrung", "Ich war für die Planung und die Umsetzung der Projekte zuständig", "und mit dem Team"),
    _doc("Expérience", "J'ai été chargée de la planification et du suivi des projets", "avec l'équipe de la région"),
    _doc("Fluent\tEnglish", "Straße-Ecke — Übung\u00adsplatz", "e\u0301te\u0301 2019"),
    _doc("경력", "한빛대학교 졸업", "프로젝트 관리"),
]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_the_lines_keys_hold_the_words_of_the_whole_text(document):
    assert Counter(" ".join(key(line.plain) for line in document.lines).split()) == Counter(key(document.text).split())


@pytest.mark.parametrize("document", DOCUMENTS[:4])
def test_the_language_is_the_one_read_before(document):
    assert detect_language(document) == _language_before(document)
