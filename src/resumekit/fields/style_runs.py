"""Where a line's words change style: a header line whose styled runs hold two or three parts with no
separator between them (Europass: a bold role, then the employer in regular) gets a gap (TAB) at each
change, the parts the entry readers split at."""
from __future__ import annotations

from ..document import Line
from ..text import rx
from .phrases import AT_NAME
from .prose import is_prose

__all__ = ["runs_apart"]

_JOINING_END = rx(r"\s(?:at|@|chez|bei|presso|bij|в)$")  # (the words of phrases.AT_NAME)


def _run_spans(line: Line) -> list[tuple[tuple[bool, bool], int, int]] | None:
    """Where each styled run of the line sits in its text, runs of one style and runs without
    letters or digits ("," between two bold runs) merged into the run before; None when the runs
    cannot be found in the text in order."""
    out: list[list] = []
    pos = 0
    for run in line.runs:
        t = run.text.strip()
        if not t:
            continue
        at = line.text.find(t, pos)
        if at < 0:
            return None
        style = (run.bold, run.italic)
        if out and (style == out[-1][0] or not rx(r"[\p{L}\p{N}]").search(t)):
            out[-1][2] = at + len(t)
        else:
            out.append([style, at, at + len(t)])
        pos = at + len(t)
    return [tuple(r) for r in out]


def runs_apart(line: Line) -> Line:
    """A header line whose words change style once or twice, with no separator between them:
    the change is a gap between two parts, as a TAB is ("**Data Engineer** Corvin Foods", a bold
    role and a regular employer; "Lintel & Rye, 4 Mill Lane, Leeds—*Baker*"). Not inside a word
    or brackets, not before a bracket or punctuation that continues the text ("**BSc Physics**
    (Hons)"), not after a comma or a colon (the text is in pieces already), not before a joining
    word and a name ("**Electrician** at Taff Electrical": the words say which part is which), not
    in a bullet or a sentence."""
    if len(line.runs) < 2 or line.bullet or is_prose(line):
        return line
    spans = _run_spans(line)
    if spans is None or not 2 <= len(spans) <= 3:
        return line
    text = line.text
    cuts = []
    for _, a, _ in spans[1:]:
        before = text[:a].rstrip(" ")
        after = text[a:]
        gap = len(before) < a or before[-1:] in "|—–-"
        # after a comma or a colon the text is already in pieces ("**Acme**, *Baker*, Leeds")
        if not gap or after[:1] in "([,;:.)]" or before[-1:] in ",;:\t" or before.count("(") > before.count(")") \
                or AT_NAME.match(" " + after) or _JOINING_END.search(before) and after[:1].isupper():
            # "**Electrician** at Taff Electrical", "**Data Scientist at** Kelby": the joining word reads the parts
            continue
        cuts.append((len(before), a))
    for b, a in reversed(cuts):
        text = text[:b] + "\t" + text[a:]
    return line.with_(text=text) if cuts else line
