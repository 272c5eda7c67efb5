"""The command line: a thin shell over the public API.

    resumekit parse FILE... [--json]     parse résumés ("-" reads standard input)
    resumekit lines FILE                 every extracted line: page, style, section kind
    resumekit --version

Exit status: 0 when every file parsed, 1 when any failed (one line on stderr per failed file,
the others still parsed), 2 for usage errors.
"""
from __future__ import annotations

import argparse
import sys
from typing import Sequence, TextIO

from ._version import __version__
from .api import extract, parse, segment
from .errors import ResumekitError
from .options import FORMATS, ParseOptions
from .schema import Candidate

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="resumekit", description="Parse résumés and CVs into structured data.")
    ap.add_argument("--version", action="version", version=f"resumekit {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--format", choices=FORMATS, help="force the input format instead of sniffing it")
        p.add_argument("--language", help="force the body language (ISO 639-1), e.g. 'de'")
        p.add_argument("--max-bytes", type=int, help="largest input accepted (bytes)")
        p.add_argument("--max-pages", type=int, help="most PDF pages read")
        p.add_argument("--max-chars", type=int, help="most characters of text kept")

    p = sub.add_parser("parse", help="parse résumés into JSON or a short summary")
    p.add_argument("files", nargs="+", metavar="FILE", help="a document; '-' reads standard input")
    p.add_argument("--json", action="store_true", help="print the Candidate as JSON (one object per line for several files)")
    common(p)
    p = sub.add_parser("lines", help="show every extracted line with its page, style and section kind")
    p.add_argument("file", metavar="FILE", help="a document; '-' reads standard input")
    common(p)
    return ap


def _options(args: argparse.Namespace) -> ParseOptions:
    changes = {k: getattr(args, k) for k in ("format", "language", "max_bytes", "max_pages", "max_chars")
               if getattr(args, k, None) is not None}
    return ParseOptions(**changes)


def _source(path: str):
    return (sys.stdin.buffer, "<stdin>") if path == "-" else (path, None)


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = _parser().parse_args(argv)
    try:
        options = _options(args)
    except ResumekitError as e:
        print(f"resumekit: {e}", file=err)
        return 2
    if args.command == "lines":
        return _lines(args.file, options, out, err)
    return _parse(args.files, args.json, options, out, err)


def _parse(files: list[str], as_json: bool, options: ParseOptions, out: TextIO, err: TextIO) -> int:
    status = 0
    for path in files:
        source, name = _source(path)
        try:
            candidate = parse(source, options=options, name=name)
        except ResumekitError as e:
            print(f"resumekit: {e}", file=err)
            status = 1
            continue
        if as_json:
            out.write(candidate.model_dump_json(indent=2 if len(files) == 1 else None) + "\n")
        else:
            out.write(summary(candidate, name or path) + "\n")
        out.flush()
    return status


def _lines(path: str, options: ParseOptions, out: TextIO, err: TextIO) -> int:
    source, name = _source(path)
    try:
        document = extract(source, options=options, name=name)
        sections = segment(document)
    except ResumekitError as e:
        print(f"resumekit: {e}", file=err)
        return 1
    out.write(lines_view(document, sections))
    return 0


def lines_view(document, sections) -> str:
    """One row per line: index, page, column, size, bold/italic, bullet, section kind, text, links."""
    rows = [f"# {document.source}: {document.format}, {document.pages or '?'} page(s), "
            f"producer {document.producer or '?'}, {len(document.lines)} lines"]
    for w in document.warnings:
        rows.append(f"# warning {w.code} (page {w.page}): {w.message}")
    rows.append(f"{'idx':>4} {'pg':>3} {'col':>3} {'size':>5} {'sty':3} {'section':15} text")
    for sec in sections:
        for line in ((sec.heading,) if sec.heading else ()) + sec.lines:
            is_head = line is sec.heading
            style = ("B" if line.style.bold else "-") + ("I" if line.style.italic else "-") + \
                    (str(line.style.heading_level) if line.style.heading_level is not None else "-")
            kind = ("▸ " if is_head else "  ") + sec.kind
            text = ("• " if line.bullet else "") + line.text.replace("\t", " ⇥ ")
            links = "".join(f"  → {l.url}" for l in line.links)
            col = "" if line.column is None else str(line.column)
            size = f"{line.style.size:5.1f}" if line.style.size else "    -"
            rows.append(f"{line.index:>4} {line.page:>3} {col:>3} {size} {style:3} {kind:15} {text}{links}")
    return "\n".join(rows) + "\n"


def summary(c: Candidate, name: str) -> str:
    """A short human-readable account of a Candidate."""
    rows = [f"{name}: {c.name or '(no name found)'}"]
    if c.headline:
        rows.append(f"  {c.headline}")
    contact = [*c.contact.emails, *(p.raw for p in c.contact.phones)]
    if c.contact.location:
        contact.append(c.contact.location.raw)
    if contact:
        rows.append("  " + " · ".join(contact))
    if c.contact.links:
        rows.append("  links: " + ", ".join(l.url for l in c.contact.links))

    def when(e) -> str:
        start, end = e.start or "?", "present" if e.current else (e.end or "")
        return f" ({start} – {end})" if (e.start or e.end or e.current) else ""

    if c.experience:
        rows.append(f"  experience ({len(c.experience)}):")
        rows += [f"    {e.title or '?'} · {e.company or '?'}{when(e)}" for e in c.experience]
    if c.education:
        rows.append(f"  education ({len(c.education)}):")
        rows += [f"    {e.degree or '?'} · {e.institution or '?'}{when(e)}" for e in c.education]
    if c.projects:
        rows.append(f"  projects: {', '.join(p.name for p in c.projects)}")
    if c.skills:
        rows.append(f"  skills ({len(c.skills)}): {', '.join(s.name for s in c.skills[:25])}"
                    + (" …" if len(c.skills) > 25 else ""))
    if c.languages:
        rows.append("  languages: " + ", ".join(l.name + (f" ({l.proficiency})" if l.proficiency else "")
                                                 for l in c.languages))
    if c.certifications:
        rows.append(f"  certifications: {', '.join(x.name for x in c.certifications)}")
    rows.append(f"  sections: {', '.join(s.kind for s in c.meta.sections)}")
    rows += [f"  warning: {w.message}" + (f" (page {w.page})" if w.page else "") for w in c.meta.warnings]
    return "\n".join(rows)


if __name__ == "__main__":
    sys.exit(main())
