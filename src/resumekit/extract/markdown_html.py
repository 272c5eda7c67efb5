"""HTML inside Markdown, read as the Markdown it stands for.

Markdown may hold HTML: GitHub renders it, and converters write it where Markdown has no syntax
of its own (pandoc writes a Word table whose cells hold several paragraphs as an HTML ``<table>``;
profile READMEs centre a name in ``<div>``/``<h1>``). Read line by line with the tags dropped, a
table comes apart into one line per tag, its cells' bold lost and its rows no longer rows. Here:

- a ``<table>`` (with the tables nested in it) becomes Markdown lines, a row read by the first of:
  a row of one cell is that cell's paragraphs, and so is each cell of a row laid out as a page (a
  cell holding a heading or many paragraphs: a main column beside a sidebar), read one after the
  other; cells holding as many paragraphs as each other (two or more cells, two or more
  paragraphs), each cell in one style and no list, the other cells of one paragraph, are a grid
  (dates beside schools beside degrees) read across, one pipe row per paragraph, where the grid's
  first cell stands (:func:`_grid`); cells that are stacks of "Label: value" paragraphs (a details
  table) are read cell after cell, a pair a line; else a row of two or more cells with text is one
  pipe row of each cell's first paragraph, followed by the cells' other paragraphs in order. A
  header cell of one paragraph is bold; every row, and every cell of a page's row, is a block of
  its own (a blank line after it);
- inside it and on any line, ``<strong>``/``<b>`` and ``<em>``/``<i>`` become ``**`` and ``*``,
  ``<a href>`` a Markdown link, ``<li>`` a list item, ``<p>``, ``<div>``, ``<br>`` and the headings
  paragraph breaks; images and other tags are dropped; character references are decoded;
- a line that is one ``<h1>``…``<h6>`` element is a heading of that level.
"""
from __future__ import annotations

from html import unescape
from html.parser import HTMLParser

import regex

__all__ = ["html_tables", "inline_html", "html_heading", "decode_entities"]

_TABLE_TAG = regex.compile(r"<(/?)table\b[^<>]{0,500}>", regex.IGNORECASE)
_BREAKS = frozenset(("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "ul", "ol"))
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_MARKS = {"strong": "**", "b": "**", "em": "*", "i": "*"}
_HEADING = regex.compile(r"^\s*<h([1-6])(?:\s[^<>]{0,500})?>(.{0,2000}?)</h\1\s*>\s*$", regex.IGNORECASE)
_INLINE = regex.compile(r"<(/?)(strong|b|em|i)(?:\s[^<>]{0,500})?>", regex.IGNORECASE)
_EMPTY = regex.compile(r"<(strong|b|em|i)(?:\s[^<>]{0,500})?>(\s*)</\1\s*>", regex.IGNORECASE)


def html_tables(text: str) -> str:
    """``text`` with every outermost ``<table>…</table>`` replaced by the Markdown lines it stands for."""
    if "<table" not in text.lower():
        return text
    out: list[str] = []
    pos = depth = 0
    start = None
    for m in _TABLE_TAG.finditer(text):
        if not m.group(1):
            if depth == 0:
                start = m.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0 and start is not None:
                out += [text[pos:start], "\n\n", _table_lines(text[start:m.end()]), "\n\n"]
                pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def inline_html(body: str) -> str:
    """One line's emphasis tags as Markdown markers (the other tags are left to the caller). A pair
    around nothing but white space, and a tag the line does not open and close in turn
    (a lone "<b>", a "</b>" before its "<b>"), are dropped: their markers would pair with nothing and stay as text ("**")."""
    if "<" not in body:
        return body
    body = _EMPTY.sub(r"\2", body)
    paired: set[int] = set()  # where a tag closed later on the line opens, and where it closes
    open_at: dict[str, list[int]] = {}
    for m in _INLINE.finditer(body):
        name = m.group(2).lower()
        if not m.group(1):
            open_at.setdefault(name, []).append(m.start())
        elif open_at.get(name):
            paired.update((open_at[name].pop(), m.start()))
    return _INLINE.sub(lambda m: _MARKS[m.group(2).lower()] if m.start() in paired else "", body)


def html_heading(raw: str) -> tuple[int, str] | None:
    """(level, content) of a line that is one HTML heading element, else None."""
    m = _HEADING.match(raw) if "<h" in raw.lower() else None
    return (int(m.group(1)), m.group(2)) if m else None


def _table_lines(fragment: str) -> str:
    reader = _Cells()
    reader.feed(fragment)
    reader.close()
    lines: list[str] = []
    for row in reader.rows:
        cells = [[p for p in (_tidy(p) for p in paragraphs) if p.strip("- #")] for _, paragraphs in row]
        heads = [header and len(c) == 1 for (header, _), c in zip(row, cells)]
        cells = [[_bold(c[0])] if head else c for head, c in zip(heads, cells) if c]
        if not cells:
            continue
        if len(cells) == 1 or any(_layout(c) for c in cells):
            for c in cells:  # a page laid out in a table: each cell a part of the page, read in turn
                lines += [*c, ""]
            continue
        grid = _grid(cells)
        if grid:
            lines += _across(cells, grid) + [""]
            continue
        if any(len(c) > 1 for c in cells) and all(_pairs(c) for c in cells):
            lines += [p for c in cells for p in c] + [""]  # label: value pairs, cell after cell
            continue
        lines.append("| " + " | ".join(c[0] for c in cells) + " |")
        lines += [p for c in cells for p in c[1:]]
        lines.append("")
    return "\n".join(lines)


def _grid(cells: list[list[str]]) -> list[int]:
    """The indexes of a row's cells that read across (a grid: dates beside schools beside degrees,
    line n of each belonging together), else []: two or more cells holding as many paragraphs as
    each other, two or more, each cell in one style (all bold, all italic or all plain) and none a
    list item; every other cell holds one paragraph (a label, an aside)."""
    n = max(len(c) for c in cells)
    grid = [k for k, c in enumerate(cells) if len(c) == n]
    if n < 2 or len(grid) < 2 or any(len(c) not in (1, n) for c in cells):
        return []
    for k in grid:
        looks = {_look(p) for p in cells[k]}
        if len(looks) != 1 or None in looks or any(p.startswith(("- ", "#")) for p in cells[k]):
            return []
    return grid


def _across(cells: list[list[str]], grid: list[int]) -> list[str]:
    """A row with a grid (:func:`_grid`): the other cells' paragraphs in cell order, the grid's
    lines, one pipe row each, where its first cell stands."""
    out: list[str] = []
    for k, c in enumerate(cells):
        if k == grid[0]:
            out += ["| " + " | ".join(cells[g][n] for g in grid) + " |" for n in range(len(c))]
        elif k not in grid:
            out += c
    return out


_WHOLE = regex.compile(r"^(\*\*?)(?!\*)([^*]+)(?<!\*)\1$")
_PAIR = regex.compile(r"^\**[^\W\d][^:*|]{0,30}?\**\s*:\s*\**\s*\S")


def _look(paragraph: str) -> str | None:
    """"b" for a paragraph bold as a whole, "i" italic as a whole, "" plain, None for mixed."""
    if "*" not in paragraph:
        return ""
    m = _WHOLE.match(paragraph)
    return ("b" if len(m.group(1)) == 2 else "i") if m else None


def _pairs(cell: list[str]) -> bool:
    """Every paragraph a label and its value ("**Languages:** English", "Notice : 1 month")."""
    return all(_PAIR.match(p) for p in cell)


def _layout(cell: list[str]) -> bool:
    """A cell that holds a heading or more than LAYOUT_PARAGRAPHS paragraphs is a part of the page
    (a main column, a sidebar), not a value in a row."""
    return len(cell) > LAYOUT_PARAGRAPHS or any(p.startswith("#") for p in cell)


LAYOUT_PARAGRAPHS = 8


def _bold(text: str) -> str:
    return text if text.startswith("**") and text.endswith("**") else f"**{text}**"


def _tidy(paragraph: str) -> str:
    """Whitespace collapsed; each emphasis marker pair hugging the words it holds (the spaces inside
    it moved out, an empty pair dropped); a marker without its pair dropped (an odd number of one
    marker: all of them, the words kept; so markers pair by their count, not one match at a time)."""
    text = " ".join(paragraph.split())
    if "*" in text:  # the pairs of "**" first (held as NULs), then the pairs of "*" between them
        text = "**".join(_hug(part, "*") for part in _hug(text, "**").split("\x00"))
    return " ".join(text.split())


def _hug(text: str, marker: str) -> str:
    parts = text.split(marker)
    if len(parts) % 2 == 0:  # a marker without its pair: the emphasis is dropped, the words kept
        return "".join(parts)
    out = [parts[0]]
    for k in range(1, len(parts), 2):
        inner = parts[k]
        if inner.strip():
            lead, trail = inner[:len(inner) - len(inner.lstrip())], inner[len(inner.rstrip()):]
            glue = "\x00" if marker == "**" else marker
            out.append(f"{lead}{glue}{inner.strip()}{glue}{trail}")
        else:
            out.append(inner)
        out.append(parts[k + 1])
    return "".join(out)


class _Cells(HTMLParser):
    """Rows of cells, each (a header cell?, its paragraphs in Markdown inline text), from a table's HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[tuple[bool, list[str]]]] = []
        self._depth = 0  # of tables
        self._links: list[str] = []

    def _paragraphs(self) -> list[str] | None:
        return self.rows[-1][-1][1] if self.rows and self.rows[-1] else None

    def _write(self, text: str) -> None:
        paragraphs = self._paragraphs()
        if paragraphs is None:
            return
        if not paragraphs:
            paragraphs.append("")
        paragraphs[-1] += text

    def _break(self, prefix: str = "") -> None:
        paragraphs = self._paragraphs()
        if paragraphs is None:
            return
        if paragraphs and not paragraphs[-1].strip().strip("- #"):  # nothing written since the last break
            paragraphs[-1] = prefix or paragraphs[-1]
        else:
            paragraphs.append(prefix)

    def handle_starttag(self, tag: str, attrs) -> None:
        tag = tag.lower()
        if tag == "table":
            self._depth += 1
        elif tag == "tr" and self._depth == 1:
            self.rows.append([])
        elif tag in ("td", "th") and self._depth == 1:
            if not self.rows:
                self.rows.append([])
            self.rows[-1].append((tag == "th", []))
        elif tag in ("td", "th"):
            self._write(" ")
        elif tag == "li":
            self._break("- ")
        elif tag in _HEADINGS:
            self._break("#" * int(tag[1]) + " ")
        elif tag in _BREAKS:
            self._break()
        elif tag in _MARKS:
            self._write(_MARKS[tag])
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self._links.append(href)
            if href:
                self._write("[")

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag == "table":
            self._depth = max(0, self._depth - 1)
        elif tag in _MARKS:
            self._write(_MARKS[tag])
        elif tag == "a" and self._links:
            href = self._links.pop()
            if href:
                self._write(f"]({href})")
        elif tag in _BREAKS - {"br"}:
            self._break()

    def handle_data(self, data: str) -> None:
        self._write(data)


def decode_entities(body: str) -> str:
    """Character references ("&amp;", "&#39;") as the characters they stand for."""
    return unescape(body) if "&" in body else body
