"""Plain-text and Markdown extraction.

Plain text: one Line per non-blank line; blank lines start a new block; bullet glyphs set
``bullet``; a run of three or more spaces or a TAB is a visible gap (TAB in ``text``); a line
underlined with ``===`` / ``---`` is a declared heading.

Markdown adds: YAML front matter set aside as metadata; ``#`` and setext headings
(``heading_level``); list items (bullet, nesting level); ``**bold**`` / ``*italic*`` runs;
``[text](url)`` and ``<url>`` links (the text kept, the target attached); images, HTML tags,
horizontal rules and table separator rows dropped; table rows become TAB-separated cells. HTML in
the Markdown is read as the Markdown it stands for (:mod:`.markdown_html`: tables, emphasis,
headings, character references).

Plain text first decodes literal byte escapes ("\\xe2\\x80\\xa2") and restores the line breaks of
a text an export flattened into one line (:mod:`.flat`; warning ``line-breaks-restored``). A stack of
headings written apart from their content (:func:`_restack`: a word processor's text export of a
layout whose headings stand in a frame or column of their own) is put back over its blocks.

Both: markup left in the text (inline code, strike-through, LaTeX such as ``$3\\times$``,
``\\&``, ``--``) is removed from ``text`` by :func:`resumekit.text.strip_markup`; ``raw`` keeps it.
"""
from __future__ import annotations

import regex

from ..document import Document, Line, Link, ParseWarning, Run, Style
from ..options import ParseOptions
from ..safety import check_line_count
from ..sources import Source, decode_text
from ..text import clean, find_urls, key, strip_bullet, strip_markup
from ..vocab import heading_phrases
from .flat import decode_escapes, unflatten
from .text_columns import read_layout
from .markdown_html import decode_entities, html_heading, html_tables, inline_html

__all__ = ["extract_text", "extract_markdown"]

_GAP = regex.compile(r" {3,}|\t+")
_RULE = regex.compile(r"^\s*([=\-_*~#])(?:\s*\1){2,}\s*$")


def extract_text(source: Source, options: ParseOptions) -> Document:
    text = decode_escapes(_limit(decode_text(source.data), options))
    warnings: tuple[ParseWarning, ...] = ()
    restored = unflatten(text)
    if restored is not None:
        text = restored
        warnings = (ParseWarning("line-breaks-restored", "the text had almost no line breaks: "
                                 "they were restored at its runs of two or more spaces"),)
    lines: list[Line] = []
    block = 0
    pending_break = False
    for raw in _restack(read_layout(text.split("\n"))):
        if not raw.strip() or raw.strip() == "\f":
            pending_break = True
            continue
        if _RULE.match(raw):
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


def _limit(text: str, options: ParseOptions) -> str:
    if len(text) > options.max_chars:
        from ..errors import ResourceLimitError
        raise ResourceLimitError(
            f"the text has {len(text):,} characters, more than the limit of {options.max_chars:,}",
            hint="raise ParseOptions.max_chars (CLI: --max-chars) to parse it", limit="max_chars", value=len(text))
    if text.count("\n") >= options.max_lines:  # refuse before building a Line for each of them
        check_line_count(sum(1 for row in text.split("\n") if row.strip()), options)
    return text


# ----------------------------------------------------------------------------- Markdown

_FRONT_MATTER = regex.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", flags=regex.DOTALL)
_ATX = regex.compile(r"^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+\s*)?$")
_LIST = regex.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?")
# Linear patterns: a link's text, target and an emphasis's content stop at the next bracket or marker,
# so no stretch of a line is scanned from more than one start (hostile lines of "[a](" or "**a").
_IMAGE = regex.compile(r"!\[[^\[\]\n]{0,500}\]\([^()\n]{0,2000}\)")
_LINK = regex.compile(r"\[([^\[\]\n]{0,500})\]\(\s*<?([^()\[\]\s<>]{1,2000})>?(?:\s+\"[^\"\n]{0,300}\")?\s*\)")
_AUTOLINK = regex.compile(r"<((?:https?://|mailto:)[^<>\s]{1,2000})>")
_HTML_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s[^<>]{0,500})?/?>")
_EMPHASIS = regex.compile(r"(\*\*\*|___|\*\*|__|\*|_)(?=\S)((?:(?!\1)[^\n]){0,2000}?\S)\1(?![\w*])")
_TABLE_SEP = regex.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_ESCAPE = regex.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_CODE_FENCE = regex.compile(r"^\s*(```|~~~)")


def extract_markdown(source: Source, options: ParseOptions) -> Document:
    text = _limit(decode_text(source.data), options)
    metadata: list[tuple[str, str]] = []
    m = _FRONT_MATTER.match(text)
    if m:
        metadata = _front_matter(m.group(1))
        text = text[m.end():]
    text = html_tables(text)
    lines: list[Line] = []
    block = 0
    pending_break = False
    in_code = False
    raw_lines = text.split("\n")
    for i, raw in enumerate(raw_lines):
        if _CODE_FENCE.match(raw):
            in_code = not in_code
            pending_break = True
            continue
        stripped = raw.strip()
        if not stripped:
            pending_break = True
            continue
        if not in_code and _RULE.match(raw) and stripped[0] in "=-" and lines and not pending_break:
            # setext underline: the previous line is a heading
            lines[-1] = lines[-1].with_(style=Style(bold=True, heading_level=1 if stripped[0] == "=" else 2))
            pending_break = True
            continue
        if not in_code and _TABLE_SEP.match(raw) and "|" in raw:
            if lines and "\t" in lines[-1].text:  # the row above is the table's header row
                lines[-1] = lines[-1].with_(style=Style(bold=True, heading_level=lines[-1].style.heading_level))
            continue
        if not in_code and _RULE.match(raw):
            pending_break = True
            continue
        if pending_break and lines:
            block += 1
        pending_break = False
        line = _markdown_line(raw, in_code)
        if line is None:
            continue
        lines.append(line.with_(index=len(lines), block=block))
    return Document(lines=tuple(lines), format="markdown", source=source.name, metadata=tuple(metadata))


def _markdown_line(raw: str, in_code: bool) -> Line | None:
    level = None
    bullet = False
    indent = 0
    body = raw
    if in_code:
        cleaned = clean(raw)
        return Line(text=cleaned, raw=raw, origin="md:code") if cleaned else None
    h = _ATX.match(body) or html_heading(body)
    if h:
        level, body = (len(h.group(1)), h.group(2)) if isinstance(h, regex.Match) else h
    else:
        lm = _LIST.match(body)
        if lm:
            bullet = True
            indent = len(lm.group(1).expandtabs(4)) // 2
            body = body[lm.end():]
        else:
            body = body.lstrip()
            if body.startswith(">"):
                body = body.lstrip("> ")
            bullet, body = strip_bullet(body)
    if body.lstrip().startswith("|") or (body.count("|") >= 2 and body.rstrip().endswith("|")):
        body = "\t".join(c.strip() for c in body.strip().strip("|").split("|"))
    links: list[Link] = []
    body = _images(body)
    for m in _HREF.finditer(body):  # an HTML anchor's target ("<a href="mailto:…"><img …></a>")
        links.append(Link(url=m.group(1), text=None))

    def link_sub(m: regex.Match) -> str:
        label, url = m.group(1), m.group(2)
        links.append(Link(url=url, text=_plain_inline(label) or None))
        return label

    body = _LINK.sub(link_sub, body)
    body = _AUTOLINK.sub(lambda m: (links.append(Link(url=m.group(1), text=m.group(1))), m.group(1))[1], body)
    body = regex.sub(r"<br\s*/?>", "\t", body, flags=regex.IGNORECASE)
    body = decode_entities(_HTML_TAG.sub("", inline_html(body)))
    runs = _runs(body)
    text = strip_markup(clean("".join(r.text for r in runs)))
    if not text and links:  # an anchor around an image only: what it points to is the line's text
        runs = [Run("\t".join(l.url.removeprefix("mailto:") for l in links))]
        text = clean(runs[0].text)
    if not text:
        return None
    known = {l.url for l in links}
    links += [Link(url=u, text=u) for _, _, u in find_urls(text) if u not in known]
    bold = level is not None or (sum(len(r.text) for r in runs if r.bold) > 0.6 * len(text))
    italic = sum(len(r.text) for r in runs if r.italic) > 0.6 * len(text)
    keep_runs = tuple(r for r in runs if r.text) if any(r.bold or r.italic for r in runs) else ()
    return Line(text=text, raw=raw, style=Style(bold=bold, italic=italic, heading_level=level), bullet=bullet,
                level=min(indent, 6), links=tuple(links), runs=keep_runs, origin="md")


_HREF = regex.compile(r"""<a\s[^<>]{0,500}?href\s*=\s*["']([^"'<>\s]{1,2000})["']""", regex.IGNORECASE)
_HTML_IMAGE = regex.compile(r"""<img\s[^<>]{0,1000}?>""", regex.IGNORECASE)
_ALT = regex.compile(r"""\balt\s*=\s*["']([^"'<>]{0,200})["']""", regex.IGNORECASE)


def _images(body: str) -> str:
    """Images out of a line: a lone image (a photo, a logo) says nothing; a row of two or more
    (badges: "![Go](…) ![Kafka](…)") is a list, each image its alt text in a cell of its own."""
    found = [*_IMAGE.finditer(body), *_HTML_IMAGE.finditer(body)]
    if len(found) < 2:
        return _HTML_IMAGE.sub("", _IMAGE.sub("", body))

    def alt(m: regex.Match) -> str:
        if m.group(0).startswith("!["):
            text = m.group(0)[2:m.group(0).index("](")]
        else:
            a = _ALT.search(m.group(0))
            text = a.group(1) if a else ""
        return f"\t{text.strip()}\t" if text.strip() else ""

    return _HTML_IMAGE.sub(alt, _IMAGE.sub(alt, body))


_CODE_SPAN = regex.compile(r"(?<!`)`[^`\n]{1,300}`(?!`)")


def _runs(body: str) -> list[Run]:
    """Split on **bold** / *italic* markers into runs, markers removed, escapes resolved. Inline
    code (`like_this`) is literal: no emphasis inside it."""
    if "`" not in body:
        return _emphasis_runs(body)
    runs: list[Run] = []
    pos = 0
    for m in _CODE_SPAN.finditer(body):
        runs += _emphasis_runs(body[pos:m.start()]) if m.start() > pos else []
        runs.append(Run(m.group(0)))
        pos = m.end()
    return runs + (_emphasis_runs(body[pos:]) if pos < len(body) else [])


def _emphasis_runs(body: str) -> list[Run]:
    runs: list[Run] = []
    pos = 0
    for m in _EMPHASIS.finditer(body):
        if m.start() > pos:
            runs.append(Run(_ESCAPE.sub(r"\1", body[pos:m.start()])))
        marker = m.group(1)
        inner = _ESCAPE.sub(r"\1", _EMPHASIS.sub(r"\2", m.group(2)))
        runs.append(Run(inner, bold=len(marker) >= 2, italic=len(marker) in (1, 3)))
        pos = m.end()
    if pos < len(body):
        runs.append(Run(_ESCAPE.sub(r"\1", body[pos:])))
    return runs


def _plain_inline(s: str) -> str:
    return clean("".join(r.text for r in _runs(s)))


def _front_matter(block: str) -> list[tuple[str, str]]:
    """Top-level ``key: value`` pairs of YAML front matter (nested values kept as their raw text)."""
    out: list[tuple[str, str]] = []
    current = None
    for raw in block.split("\n"):
        m = regex.match(r"^([A-Za-z_][\w -]{0,40}):\s*(.*)$", raw)
        if m and not raw.startswith((" ", "\t")):
            current = m.group(1).strip().lower()
            value = m.group(2).strip().strip("'\"")
            out.append((current, value))
        elif current and raw.strip():
            item = raw.strip().lstrip("- ").strip().strip("'\"")
            k, v = out[-1]
            out[-1] = (k, f"{v}\n{item}".strip())
    return out
