"""Markdown extraction.

Markdown: YAML front matter set aside as metadata; ``#`` and setext headings (``heading_level``);
list items (bullet, nesting level); ``**bold**`` / ``*italic*`` runs; ``[text](url)`` and ``<url>``
links (the text kept, the target attached); images, HTML tags, horizontal rules (and a rule typed
as text that a converter escaped, ``\\_\\_\\_``: pandoc writing a Word line of underscores) and
table separator rows dropped; table rows become TAB-separated cells. HTML in the Markdown is read
as the Markdown it stands for (:mod:`.markdown_html`: tables, emphasis, headings, character
references). A text that declares no heading level but writes every heading of the vocabulary in
capitals as a ``**bold**`` paragraph of its own (pandoc from Word), two or more, has those set at
level 2: its entries' bold employers ("**Okeford Media**", holding a heading's word) then stay in
their entries.

Markup left in the text (inline code, strike-through, LaTeX such as ``$3\\times$``, ``\\&``,
``--``) is removed from ``text`` by :func:`resumekit.text.strip_markup`; ``raw`` keeps it.
"""
from __future__ import annotations

import regex

from ..document import Document, Line, Link, Run, Style
from ..options import ParseOptions
from ..sources import Source
from ..text import clean, find_urls, is_caps, key, strip_bullet, strip_markup
from ..vocab import heading_phrases
from .markdown_html import decode_entities, html_heading, html_tables, inline_html
from .plain import RULE, source_text

__all__ = ["extract_markdown"]

_FRONT_MATTER = regex.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", flags=regex.DOTALL)
_ATX = regex.compile(r"^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+\s*)?$")
_LIST = regex.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?")
# Linear patterns: a link's text (escaped brackets aside: pandoc's "[\[link\]](url)"), target and an emphasis's
# content stop at the next bracket or marker, so no stretch of a line is scanned from more than one start
# (hostile lines of "[a](" or "**a").
_IMAGE = regex.compile(r"!\[[^\[\]\n]{0,500}\]\([^()\n]{0,2000}\)")
_LINK = regex.compile(r"\[((?:\\[\[\]]|[^\[\]\n]){0,500})\]\(\s*<?([^()\[\]\s<>]{1,2000})>?(?:\s+\"[^\"\n]{0,300}\")?\s*\)")
_AUTOLINK = regex.compile(r"<((?:https?://|mailto:)[^<>\s]{1,2000})>")
_HTML_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s[^<>]{0,500})?/?>")
_EMPHASIS = regex.compile(r"(\*\*\*|___|\*\*|__|\*|_)(?=\S)((?:(?!\1)[^\n]){0,2000}?\S)\1(?![\w*])")
_TABLE_SEP = regex.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_ESCAPE = regex.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_CODE_FENCE = regex.compile(r"^\s*(```|~~~)")


def extract_markdown(source: Source, options: ParseOptions) -> Document:
    text = source_text(source, options)
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
        if not in_code and RULE.match(raw) and stripped[0] in "=-" and lines and not pending_break:
            # setext underline: the previous line is a heading
            lines[-1] = lines[-1].with_(style=Style(bold=True, heading_level=1 if stripped[0] == "=" else 2))
            pending_break = True
            continue
        if not in_code and _TABLE_SEP.match(raw) and "|" in raw:
            if lines and "\t" in lines[-1].text:  # the row above is the table's header row
                lines[-1] = lines[-1].with_(style=Style(bold=True, heading_level=lines[-1].style.heading_level))
            continue
        if not in_code and (RULE.match(raw) or "\\" in raw and RULE.match(_ESCAPE.sub(r"\1", raw))):
            pending_break = True  # a rule, or one typed as text and escaped by a converter ("\_\_\_")
            continue
        if pending_break and lines:
            block += 1
        pending_break = False
        line = _markdown_line(raw, in_code)
        if line is None:
            continue
        lines.append(line.with_(index=len(lines), block=block))
    return Document(lines=_caps_headings(tuple(lines)), format="markdown", source=source.name,
                    metadata=tuple(metadata))


MIN_CAPS_HEADINGS = 2  # headings of the vocabulary among a text's bold paragraphs in capitals, at least


def _caps_headings(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """The lines with a heading level on each heading of the vocabulary in capitals, when the text
    declares no heading level and all such headings, :data:`MIN_CAPS_HEADINGS` or more, are
    paragraphs of their own wholly in bold: a converter (pandoc from Word) wrote the document's headings as ``**bold**``
    paragraphs, like its entries' employers and schools ("**ÉTUDES**", "**Harbour Lines**"); the
    capitals tell the headings from the entries' bold lines, which then stay in their entries (one
    holding a heading's word, "**Okeford Media**", had been read as a heading)."""
    if any(line.style.heading_level is not None for line in lines):
        return lines
    named = [i for i, line in enumerate(lines) if is_caps(line.plain) and key(line.plain) in heading_phrases()]
    heads = [i for i in named if _bold_paragraph(lines, i)]
    if len(heads) < MIN_CAPS_HEADINGS or len(heads) < len(named):  # every heading written so, or none read
        return lines
    out = list(lines)
    for i in heads:
        out[i] = out[i].with_(style=Style(bold=True, italic=out[i].style.italic, heading_level=2))
    return tuple(out)


def _bold_paragraph(lines: tuple[Line, ...], i: int) -> bool:
    """A paragraph of one line, no list item, its text all in bold runs."""
    line = lines[i]
    return (line.style.bold and not line.bullet and bool(line.runs) and all(r.bold for r in line.runs if r.text.strip())
            and (i == 0 or lines[i - 1].block != line.block)
            and (i == len(lines) - 1 or lines[i + 1].block != line.block))


def _markdown_line(raw: str, in_code: bool) -> Line | None:
    level = None
    bullet = False
    indent = 0
    body = raw
    if in_code:
        cleaned = clean(raw)
        return Line(text=cleaned, raw=raw, origin="md:code") if cleaned else None
    body = _without_hard_break(body)
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


def _without_hard_break(body: str) -> str:
    """The line without a backslash closing it that is itself not escaped (an odd run of them):
    CommonMark's hard line break, pandoc's for a Word line break ("Degree\\"), is no text."""
    stripped = body.rstrip()
    run = len(stripped) - len(stripped.rstrip("\\"))
    return stripped[:-1] if run % 2 else body


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
