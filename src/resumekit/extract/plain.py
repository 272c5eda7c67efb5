"""Plain-text extraction (Markdown: :mod:`.markdown`, which shares :func:`source_text` and :data:`RULE`).

Plain text: one Line per non-blank line; blank lines start a new block; bullet glyphs set
``bullet``; a run of three or more spaces or a TAB is a visible gap (TAB in ``text``); a line
underlined with ``===`` / ``---`` is a declared heading.

Plain text first decodes literal byte escapes ("\\xe2\\x80\\xa2") and restores the line breaks of
a text an export flattened into one line (:mod:`.flat`; warning ``line-breaks-restored``). A stack of
headings written apart from their content (:func:`_restack`: a word processor's text export of a
layout whose headings stand in a frame or column of their own) is put back over its blocks. A
text laid out as on the page is read by :mod:`.text_columns`; one whose words run together (a TeX
document's text without space glyphs) has them set apart by :mod:`.run_words`.

Markup left in the text (inline code, strike-through, LaTeX such as ``$3\\times$``, ``\\&``,
``--``) is removed from ``text`` by :func:`resumekit.text.strip_markup`; ``raw`` keeps it.
"""
from __future__ import annotations

import regex

from ..document import Document, Line, Link, ParseWarning, Style
from ..options import ParseOptions
from ..safety import check_line_count
from ..sources import Source, decode_text
from ..text import clean, find_urls, key, strip_bullet, strip_markup
from ..vocab import heading_phrases
from .flat import decode_escapes, unflatten
from .run_words import words_apart
from .text_columns import read_layout

__all__ = ["extract_text"]

_GAP = regex.compile(r" {3,}|\t+")
RULE = regex.compile(r"^\s*([=\-_*~#])(?:\s*\1){2,}\s*$")


def extract_text(source: Source, options: ParseOptions) -> Document:
    text = decode_escapes(source_text(source, options))
    warnings: tuple[ParseWarning, ...] = ()
    restored = unflatten(text)
    if restored is not None:
        text = restored
        warnings = (ParseWarning("line-breaks-restored", "the text had almost no line breaks: "
                                 "they were restored at its runs of two or more spaces"),)
    lines: list[Line] = []
    block = 0
    pending_break = False
    for raw in _restack(words_apart(read_layout(text.split("\n")))):
        if not raw.strip() or raw.strip() == "\f":
            pending_break = True
            continue
        if RULE.match(raw):
            if lines and not pending_break and _is_title(lines[-1]):
                lines[-1] = lines[-1].with_(style=Style(heading_level=1 if raw.strip()[0] == "=" else 2))
            pending_break = True
            continue
        if pending_break and lines:
            block += 1
        pending_break = False
        indent = len(raw) - len(raw.lstrip(" \t"))
        bullet, body = strip_bullet(raw)
        body = _GAP.sub("\t", body.strip())
        cleaned = strip_markup(clean(body))
        if not cleaned:
            continue
        links = tuple(Link(url=u, text=u) for _, _, u in find_urls(cleaned))
        lines.append(Line(text=cleaned, raw=raw, index=len(lines), block=block, bullet=bullet,
                          level=min(indent // 2, 6), links=links, origin="text"))
    return Document(lines=_pipe_tables(lines), format="text", source=source.name, pages=None,
                    warnings=warnings)


STACK_GAP = 2  # blank rows under each heading of a stack but its last, and between the blocks it heads
STACK_HEADS = 3  # headings of the vocabulary a stack holds at least


def _restack(rows: list[str]) -> list[str]:
    """The rows with a stack of headings put back over their blocks: a text export that writes a
    layout's headings together ("Education", blank rows, "Work History", blank rows, "Skills"),
    then their content, each section's block apart from the next by :data:`STACK_GAP` blank rows
    or more. A stack is, all of them: rows of their own (a blank row or the text's start above the
    first), each but the last with :data:`STACK_GAP` or more blank rows under it; each of at most
    four words, no digit, opening with a capital and no bullet; :data:`STACK_HEADS` or more, and all
    but one at most, a heading phrase of the vocabulary as written. Its blocks are the text's rest
    apart at runs of :data:`STACK_GAP` blank rows: exactly as many as the stack's rows (else the
    rows stay as written). The first stack only."""
    gaps = _blank_runs(rows)
    for start, row in enumerate(rows):
        if not _stack_row(row) or start and rows[start - 1].strip():
            continue
        stack, at = [start], start
        while (at + 1 < len(rows) and gaps[at + 1] >= STACK_GAP and at + 1 + gaps[at + 1] < len(rows)
               and _stack_row(rows[at + 1 + gaps[at + 1]])):
            at += 1 + gaps[at + 1]
            stack.append(at)
        if at + 1 >= len(rows) or not gaps[at + 1]:
            continue
        named = sum(key(rows[k]) in heading_phrases() for k in stack)
        if named < STACK_HEADS or named < len(stack) - 1:
            continue
        blocks = _blocks(rows[at + 1:])
        if len(blocks) != len(stack):
            continue
        out = rows[:start]
        for k, content in zip(stack, blocks):
            out += [rows[k], "", *content, ""]
        return out
    return rows


def _blank_runs(rows: list[str]) -> list[int]:
    """For each row, how many blank rows start there (0 under a row with text)."""
    runs = [0] * (len(rows) + 1)
    for i in range(len(rows) - 1, -1, -1):
        runs[i] = runs[i + 1] + 1 if not rows[i].strip() else 0
    return runs[:-1]


def _stack_row(row: str) -> bool:
    text = row.strip()
    return (0 < len(text.split()) <= 4 and text[:1].isupper() and not any(c.isdigit() for c in text)
            and strip_bullet(row)[0] is False)


def _blocks(rows: list[str]) -> list[list[str]]:
    """The rows apart at runs of :data:`STACK_GAP` or more blank rows (runs at either end dropped)."""
    blocks: list[list[str]] = [[]]
    blank = 0
    for row in rows:
        if not row.strip():
            blank += 1
            continue
        if blank >= STACK_GAP and blocks[-1]:
            blocks.append([])
        elif blank and blocks[-1]:
            blocks[-1].append("")
        blank = 0
        blocks[-1].append(row)
    return [b for b in blocks if b]


def _pipe_tables(lines: list[Line]) -> tuple[Line, ...]:
    """A table drawn with bars: three or more consecutive lines of one block, each with the same
    number of bars (two or more) and none a bullet ("Course | Institution | Year" over its rows),
    have their bars read as cell gaps, as a Markdown table's are; a line of bars alone between
    entries ("Engineer | Acme | 2019") is left as written."""
    out = list(lines)
    i = 0
    while i < len(out):
        bars = out[i].text.count("|")
        j = i
        while (j < len(out) and bars >= 2 and not out[j].bullet and out[j].block == out[i].block
               and out[j].text.count("|") == bars and "\t" not in out[j].text):
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                out[k] = out[k].with_(text="\t".join(c.strip() for c in out[k].text.strip().strip("|").split("|")))
        i = max(j, i + 1)
    return tuple(out)


def _is_title(line: Line) -> bool:
    return len(line.text) <= 80 and not line.bullet


def source_text(source: Source, options: ParseOptions) -> str:
    """A text source decoded, refused when it is longer than the options allow (characters, or
    lines with text: refused before a Line is built for each of them)."""
    text = decode_text(source.data)
    if len(text) > options.max_chars:
        from ..errors import ResourceLimitError
        raise ResourceLimitError(
            f"the text has {len(text):,} characters, more than the limit of {options.max_chars:,}",
            hint="raise ParseOptions.max_chars (CLI: --max-chars) to parse it", limit="max_chars", value=len(text))
    if text.count("\n") >= options.max_lines:  # refuse before building a Line for each of them
        check_line_count(sum(1 for row in text.split("\n") if row.strip()), options)
    return text
