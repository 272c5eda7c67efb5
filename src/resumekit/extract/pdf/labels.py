"""Label columns of a PDF page (see :mod:`resumekit.extract.pdf.columns`, which finds them): the
rows of a narrow left side grouped into labels ("2019 – 2021" wrapped over two lines, "Work /
Experience"), each put in front of the row of content it belongs to.

Signals for a label's row of content, in order: the baseline of a row that starts a stretch of
content (after a gap wider than ``STRETCH_GAP`` times the content's leading), and where most labels
beside a row of content sit so (a section's name set in a gap between entries, beside no row, counts
neither way: simplecv's topics), any content row on a label's baseline (a Word table's section starting right under the
last line of the one above, gaps parting only its entries); where the content is
evenly spaced (no gap starts a stretch: a Writer hanging indent, "EXPERIENCE ⇥ first job") and
every label is one row on the baseline of a content row of its own, that row; for a label after
the first, the row on its baseline when no gap of the content since the previous label stands out
(entries set one under the other with no space between them, a longtable's rows: curve's keys);
else the first row after the widest gap in the content between the previous label and this one
(labels centred beside their content; :func:`centred` tells labels each centred beside a stretch
of content of their own, a Word table's label cells). Before all of these, a left cell's labels centred as a
group beside a run of content that is one cell label its first rows (:mod:`resumekit.extract.pdf.cell_tops`).
A row another label sits on the baseline of is that label's,
whatever the signals above chose for a label off its baseline (Europass: the section's name over
the entry's title, the dates on the title's baseline); a label beside no row of content and below
the last one labels no row above it (the first heading under a header). Errs towards keeping a label on a row of its
own: a block that fits no row of content is put in place by its height.
"""
from __future__ import annotations

from statistics import median

import regex

from ...text import EMAIL_RE, URL_RE
from .cell_tops import LABEL_CELLS, Box, box, centred_rows, set_as
from .layout import Row, baseline, list_marker

LABEL_SHORT = 12
LABEL_BLOCK_ROWS = 3
LABEL_ROW_WORDS = 5
TOP_ALIGNED = 0.6
STRETCH_GAP, MIN_LEADING, LEADING_GAPS = 1.5, 1.0, 2
HEADING_SIZE = 1.15
LABEL_WORDS = 3
CENTRED_BLOCKS = 2
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WORD = regex.compile(r"\p{L}+")


def contact_details(row: Row) -> bool:
    """A row holding an e-mail address or a web address: a sidebar's contact details, which no
    label column holds (its labels name sections and date entries)."""
    text = row.text()
    return bool(EMAIL_RE.search(text) or URL_RE.search(text))


def names_or_dates(row: Row) -> bool:
    """A row of a theme's left column of section names and dates: a date range (a year and at most
    ``LABEL_WORDS`` words: "2019-03-01 TO PRESENT") or a section's name in capitals of at most
    ``LABEL_WORDS`` words ("PROFESSIONAL SKILLS")."""
    text = row.text().replace("\t", " ")
    words = _WORD.findall(text)
    return len(words) <= LABEL_WORDS and (bool(_YEAR.search(text)) or (bool(words) and text.upper() == text))


def _row_baseline(row: Row) -> float:
    return median(baseline(g) for g in row.glyphs)


def _aligned(a: Row, b: Row) -> bool:
    tol = 0.3 * max(min(a.size, b.size), 1.0)
    return abs(_row_baseline(a) - _row_baseline(b)) <= tol


def _heads_aligned(blocks: list[list[Row]], content: list[Row]) -> float:
    """The share of label blocks whose first row sits on the baseline of a content row that starts
    a stretch of content (see ``attach_labels``)."""
    by_top = sorted(range(len(content)), key=lambda k: content[k].top)
    stretch = _stretch(content, by_top)
    return sum(_on_baseline(b, content, by_top, stretch) is not None for b in blocks) / len(blocks)


def label_blocks(rows: list[Row], content: list[Row] = ()) -> list[list[Row]] | None:
    """The rows of a label column grouped into labels (rows close together in one size: apart by
    at most 0.6 of a line, and by at most ``STRETCH_GAP`` times the column's leading, when it can
    be told: dates wrapped over three lines, close to the next entry's; never two keys of a grid,
    each on the baseline of its row of values: see ``_keys_of_one_grid``), or None when
    they do not look like labels. A block has at most ``LABEL_BLOCK_ROWS`` rows, or one more when
    its rows are all short and some row after its first has no row of ``content`` on its
    baseline (a date range wrapped word by word beside a one-line entry, not a table's column of
    keys, each beside its value)."""
    blocks: list[list[Row]] = []
    leading = _leading(rows)
    close = STRETCH_GAP * leading if leading is not None else float("inf")
    for r in rows:
        words = sum(len(c) for c in r.cells)
        if words > LABEL_ROW_WORDS:
            return None
        last = blocks[-1][-1] if blocks else None
        if (last is not None and r.top - last.bottom <= min(0.6 * max(min(r.height, last.height), 1.0), close)
                and max(r.size, last.size) <= HEADING_SIZE * min(r.size, last.size)
                and not _keys_of_one_grid(last, r, content)):
            blocks[-1].append(r)
        else:
            blocks.append([r])
    for b in blocks:
        if len(b) > LABEL_BLOCK_ROWS + (all(len(r.text()) <= LABEL_SHORT for r in b) and _wrapped(b, content)
                                        or (len(b) == LABEL_BLOCK_ROWS + 1 and centred(blocks, content))):
            return None
    return blocks


def centred(blocks: list[list[Row]], content: list[Row]) -> bool:
    """Every label block (``CENTRED_BLOCKS`` or more) sits centred beside its stretch of content
    (:func:`resumekit.extract.pdf.cell_tops.set_as`, setting ``LABEL_CELLS``: within a line of its
    height): the content rows from the first after the widest gap of the content
    between the previous label's centre and this one's, to the last before the same gap after it,
    two rows or more, most labels' first rows off the baseline of their stretch's first (a Word
    table's label cells, each label centred vertically against a cell of several lines; not keys
    set on their values' first lines)."""
    if len(blocks) < CENTRED_BLOCKS or not content:
        return False
    by_top = sorted(range(len(content)), key=lambda k: content[k].top)
    centres = [(b[0].top + b[-1].bottom) / 2 for b in blocks]
    cuts = [0]
    for lo, hi in zip(centres, centres[1:]):
        best, _ = _widest_gap(content, by_top, lo, hi)
        if best is None:
            return False
        cuts.append(by_top.index(best))
    cuts.append(len(by_top))
    topped = 0
    for n, block in enumerate(blocks):
        rows = [content[k] for k in by_top[cuts[n]:cuts[n + 1]]]
        if len(rows) < 2 or not set_as(LABEL_CELLS, box(block), Box(rows[0].top, rows[-1].top, max(r.bottom for r in rows)),
                                       LABEL_CELLS.tolerance(block[0].height)):
            return False
        topped += _aligned(block[0], rows[0])
    return 2 * topped < len(blocks)


def _keys_of_one_grid(a: Row, b: Row, content: list[Row]) -> bool:
    """Rows ``a`` and ``b`` each sit on the baseline of a row of ``content`` of several cells, the
    two rows' cells (a list marker is none) starting at the same places: the keys of a grid, each in front of its row of
    values (a language beside its five levels), not one label wrapped over two lines."""
    def starts(row: Row) -> list[float]:
        beside = [o for o in content if o.top < row.bottom and o.bottom > row.top and _aligned(row, o)]
        cells = [c for c in beside[0].cells if not (len(c) == 1 and list_marker(c[0]))] if len(beside) == 1 else []
        return [c[0][0].x0 for c in cells]
    sa, sb = starts(a), starts(b)
    tol = 0.5 * max(min(a.size, b.size), 1.0)
    return len(sa) >= 2 and len(sa) == len(sb) and all(abs(x - y) <= tol for x, y in zip(sa, sb))


def _wrapped(block: list[Row], content: list[Row]) -> bool:
    """A label wrapped over its rows: some row after its first has no content row on its
    baseline (not a column of a table, each of its rows beside a row of the next column)."""
    return len(block) > 1 and not all(_beside_row(r, content) for r in block[1:])


def _beside_row(row: Row, others: list[Row]) -> bool:
    return any(o.top < row.bottom and o.bottom > row.top and _aligned(row, o) for o in others)


def attach_labels(blocks: list[list[Row]], content: list[Row]) -> list[Row]:
    """Content rows in their order, each label block joined into one cell in front of the row it
    belongs to. A label with no content beside or below it stays a row of its own, in place."""
    if not content:
        return [r for b in blocks for r in b]
    by_top = sorted(range(len(content)), key=lambda k: content[k].top)
    anchors: dict[int, list[Row]] = {}
    loose: list[list[Row]] = []
    centres = [(b[0].top + b[-1].bottom) / 2 for b in blocks]
    stretch = _stretch(content, by_top)
    on_baseline = [_on_baseline(b, content, by_top, stretch) for b in blocks]
    beside = [n for n, b in enumerate(blocks) if _beside(b, content)]  # (a section's name in a gap of the
    # content, beside no row, is no label of a row: it neither counts for nor against labels on baselines)
    top_aligned = bool(beside) and sum(on_baseline[n] is not None for n in beside) >= TOP_ALIGNED * len(beside)
    if not top_aligned and all(len(b) == 1 for b in blocks):  # evenly spaced content (no gap starts a
        # stretch): every label a row on a content row's baseline, each its own (not a date wrapped over two rows)
        level = [_on_baseline(b, content, by_top, float("-inf")) for b in blocks]
        if None not in level and len(set(level)) == len(level):
            on_baseline, top_aligned = level, True
    sizes = [max(g.size for r in b for g in r.glyphs) for b in blocks]
    usual_size = median(sizes)
    level = [_on_baseline(b, content, by_top, float("-inf")) for b in blocks]  # the row on each label's baseline
    centred = centred_rows(blocks, content, by_top)  # a left cell centred beside its row's right cell
    for n, block in enumerate(blocks):
        if sizes[n] > HEADING_SIZE * usual_size and not _beside(block, content):
            loose.append(block)  # a heading over the content, not a label beside it
            continue
        if n in centred:
            k = centred[n]
        elif top_aligned and on_baseline[n] is None and level[n] is not None and level[n] not in on_baseline:
            k = level[n]  # labels set on their rows' baselines: this one too, though no gap starts its row
        else:
            k = on_baseline[n] if top_aligned and on_baseline[n] is not None else _anchor(block, n, centres, content, by_top)
        if (k is None or k in anchors or (level[n] != k and k in level and n not in centred)
                or (n not in beside and content[k].top < block[0].top and content[by_top[-1]].top < block[-1].bottom)):
            loose.append(block)  # (a row with another label on its baseline is that label's: a section's
            # name over an entry whose dates sit beside its title, as Europass sets them; a label beside no
            # row, with no content below it, belongs to none above it: a heading after the last row; a
            # centred cell's lines go to its rows in order, whatever baselines they fall on)
        else:
            anchors[k] = block
    out: list[Row] = []
    pending = sorted(loose, key=lambda b: b[0].top)
    for k, row in enumerate(content):
        while pending and pending[0][-1].bottom <= row.top:
            out.extend(pending.pop(0))
        out.append(_with_label(anchors[k], row) if k in anchors else row)
    for block in pending:
        out.extend(block)
    return out


def _beside(block: list[Row], content: list[Row]) -> bool:
    top, bottom = block[0].top, block[-1].bottom
    return any(r.top < bottom and r.bottom > top for r in content)


def _on_baseline(block: list[Row], content: list[Row], by_top: list[int], stretch: float) -> int | None:
    """The content row on the label's first baseline, if it starts a stretch of content."""
    first = block[0]
    for pos, k in enumerate(by_top):
        row = content[k]
        if row.top < first.bottom and row.bottom > first.top and _aligned(first, row):
            if not pos or row.top - content[by_top[pos - 1]].bottom > stretch:
                return k
    return None


def _anchor(block: list[Row], n: int, centres: list[float], content: list[Row], by_top: list[int]) -> int | None:
    """The content row a label block belongs to: the first row after the widest gap in the content
    between the previous label's centre and this one's (the first label's only if that gap is
    about as wide as the one that ends its stretch; else the first content row). A label with no
    content beside it or just above it belongs to the row right below it, if any."""
    first = block[0]
    top, bottom = first.top, block[-1].bottom
    reach = 2 * max(first.height, 1.0)
    beside = any(content[k].top < bottom and content[k].bottom > top for k in by_top)
    near_above = any(top - reach <= content[k].bottom <= top for k in by_top)
    below = [k for k in by_top if content[k].top >= top]
    if not beside and not near_above:  # a label above its content
        if below and content[below[0]].top - bottom <= reach:
            return below[0]
        return None
    if n:
        best, widest = _widest_gap(content, by_top, centres[n - 1], centres[n])
        even = _even_row(block, widest, content, by_top)
        return even if even is not None else best if best is not None else (below or by_top)[0]
    best, widest = _widest_gap(content, by_top, float("-inf"), centres[0])
    if len(centres) > 1:
        _, boundary = _widest_gap(content, by_top, centres[0], centres[1])
        enough = 0.7 * boundary
    else:
        enough = 2 * _usual_gap(content, by_top)
    return best if best is not None and widest >= enough else by_top[0]


def _even_row(block: list[Row], widest: float, content: list[Row], by_top: list[int]) -> int | None:
    """The content row on the label's first baseline when no gap of the content since the previous
    label stands out (``widest`` is no wider than ``STRETCH_GAP`` times the leading: entries set
    one under the other, as a longtable's rows): the label sits on its row. None otherwise, and for
    a label of no letter or digit (a timeline's dot)."""
    leading = _leading(content, by_top)
    first = block[0]
    if leading is None or widest > STRETCH_GAP * leading or not any(g.text.isalnum() for g in first.glyphs):
        return None  # (a timeline's dot is no label of its own row)
    return next((k for k in by_top if content[k].top < first.bottom and content[k].bottom > first.top
                 and _aligned(first, content[k])), None)


def _widest_gap(content: list[Row], by_top: list[int], lo: float, hi: float) -> tuple[int | None, float]:
    """The row after the widest vertical gap between content rows whose middle lies in (lo, hi]."""
    best, widest = None, -1.0
    for a, b in zip(by_top, by_top[1:]):
        gap = content[b].top - content[a].bottom
        if lo < (content[b].top + content[a].bottom) / 2 <= hi and gap > widest:
            best, widest = b, gap
    return best, widest


def _leading(rows: list[Row], order: list[int] | None = None) -> float | None:
    """The gap between the lines of a paragraph: the smallest gap of at least ``MIN_LEADING``
    points between the rows (the median is the gap between entries where most entries are one
    row long); None for fewer than ``LEADING_GAPS`` gaps."""
    order = list(range(len(rows))) if order is None else order
    gaps = [g for g in (rows[b].top - rows[a].bottom for a, b in zip(order, order[1:])) if g >= MIN_LEADING]
    return min(gaps) if len(gaps) >= LEADING_GAPS else None


def _stretch(content: list[Row], by_top: list[int]) -> float:
    """The gap before a row that starts a stretch of content is wider than this."""
    leading = _leading(content, by_top)
    return STRETCH_GAP * leading if leading is not None else _usual_gap(content, by_top)


def _usual_gap(content: list[Row], by_top: list[int]) -> float:
    gaps = [content[b].top - content[a].bottom for a, b in zip(by_top, by_top[1:])]
    gaps = [g for g in gaps if g > 0]
    return 1.5 * median(gaps) if gaps else 0.0


def _with_label(label: list[Row], row: Row) -> Row:
    words = [w for r in label for cell in r.cells for w in cell]
    glyphs = [g for r in label for g in r.glyphs]
    members = [g for r in label for g in r.members]
    return Row(glyphs=glyphs + row.glyphs, top=min(label[0].top, row.top), bottom=max(label[-1].bottom, row.bottom),
               x0=min(label[0].x0, row.x0), x1=max(row.x1, max(r.x1 for r in label)), cells=[words] + row.cells,
               members=members + row.members, column=row.column)
