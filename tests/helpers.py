"""Small builders for tests: lines and sections from plain strings."""
from resumekit.document import Line, Section, Style


def lines(*rows, bold=()):
    """Lines from strings; "• " starts a bullet, "" starts a new block; indices in ``bold`` are bold."""
    out, block = [], 0
    for row in rows:
        if row == "":
            block += 1
            continue
        bullet = row.startswith("• ")
        text = row[2:] if bullet else row
        n = len(out)
        out.append(Line(text=text, index=n, block=block, bullet=bullet, style=Style(bold=n in bold), origin="test"))
    return tuple(out)


def section(kind, *rows, bold=()):
    return Section(kind=kind, heading=None, lines=lines(*rows, bold=bold))
