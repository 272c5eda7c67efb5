"""The command line: a thin shell over the public API.

    resumekit parse FILE... [--json | --format json|jsonresume|summary | --explain] [--redact] [--jobs N]
                            [--timeout S] [--as-of YYYY-MM-DD] [--input-format pdf|docx|text|markdown]
                                         parse résumés ("-" reads standard input); --explain prints
                                         each value beside the lines it came from
    resumekit lines FILE                 every extracted line: page, style, section kind
    resumekit schema                     the JSON Schema of the Candidate (`parse --json`)
    resumekit batch INPUT... -o OUT      folders into one JSONL/CSV/Parquet file, resumable
                                         (see :mod:`resumekit.batch_cli`)
    resumekit --version

``--format`` names the OUTPUT: ``json`` (the Candidate, as ``--json``), ``jsonresume`` (a JSON
Resume document) or ``summary`` (the default). The input format is sniffed from the bytes, or
forced with ``--input-format``; ``--format pdf|docx|text|markdown`` is still read as the input
format, as it was before output formats existed (the two sets of names do not overlap).

Every document is parsed in a worker process (:mod:`resumekit.worker`), so a file that hangs or
exhausts memory costs its own time limit and nothing else. Exit status: 0 when every file parsed,
1 when any failed (one line on stderr per failed file, ending with the error's code in brackets,
the others still parsed), 2 for usage errors, 130 when interrupted. No traceback reaches the
terminal.

Starting is cheap: ``--version``, ``--help`` and usage errors load no parser, pydantic or format
library; the parsing machinery is loaded once, before the workers start (:mod:`resumekit.worker`).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import fields
from typing import TYPE_CHECKING, Sequence, TextIO

from . import batch_cli
from ._version import __version__
from .batch import job_for, parse_many
from .errors import ResumekitError
from .options import FORMATS, PDF_BACKENDS, ParseOptions
from .worker import PARSER, WorkerPool

if TYPE_CHECKING:
    from .schema import Candidate

__all__ = ["main"]

_LIMIT_HELP = {
    "max_bytes": "largest input accepted (bytes)",
    "max_pages": "most PDF pages read",
    "max_page_glyphs": "most glyphs read from one PDF page",
    "max_pdf_stream_bytes": "most bytes a PDF's streams may decode to",
    "max_docx_bytes": "most bytes a DOCX may inflate to",
    "max_docx_xml_bytes": "most bytes one XML part of a DOCX may inflate to",
    "max_docx_parts": "most members a DOCX zip may hold",
    "max_chars": "most characters of text kept",
    "max_lines": "most lines a document may have",
    "max_memory": "bytes of memory a worker process may use (0: no limit)",
}
_LIMITS = tuple(f.name for f in fields(ParseOptions) if f.name.startswith("max_"))
OUTPUTS = ("json", "jsonresume", "summary")


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="resumekit", description="Parse résumés and CVs into structured data.")
    ap.add_argument("--version", action="version", version=f"resumekit {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser, outputs: tuple[str, ...] | None = ()) -> None:
        """The options every command shares. ``outputs``: the output formats ``--format`` may name
        besides the input formats; None when the command has a ``--format`` of its own (batch)."""
        p.add_argument("--input-format", choices=FORMATS, help="force the input format instead of sniffing it")
        if outputs is not None:
            p.add_argument("--format", choices=outputs + FORMATS, metavar="|".join(outputs + FORMATS),
                           help=(f"the output: {', '.join(outputs)} (default summary); " if outputs else "")
                           + "pdf, docx, text or markdown force the input format (same as --input-format)")
        p.add_argument("--language", help="force the body language (ISO 639-1), e.g. 'de'")
        p.add_argument("--pdf-backend", choices=PDF_BACKENDS, dest="pdf_backend",
                       help="how PDF pages are read (default pdfplumber; pdfium is about twice as fast, needs resumekit[fast])")
        p.add_argument("--as-of", type=_day, metavar="YYYY-MM-DD", dest="reference_date",
                       help="the date 'present' means (default: the document's own date, else today)")
        p.add_argument("--timeout", type=float, metavar="SECONDS",
                       help=f"stop a document after this long (default {ParseOptions().timeout:g}; 0: no limit)")
        for name in _LIMITS:
            p.add_argument("--" + name.replace("_", "-"), type=int, metavar="N", help=_LIMIT_HELP.get(name))

    p = sub.add_parser("parse", help="parse résumés into JSON or a short summary")
    p.add_argument("files", nargs="+", metavar="FILE", help="a document; '-' reads standard input")
    p.add_argument("--json", action="store_true", help="print the Candidate as JSON (one object per line for several files)")
    p.add_argument("--redact", action="store_true", help="blind screening: remove or mask personal data "
                                                         "(listed by pointer in meta.redactions)")
    p.add_argument("--redact-employers", action="store_true", help="with --redact, mask employers too")
    p.add_argument("--explain", action="store_true", help="print each value beside the document lines it came "
                                                          "from (meta.provenance), with its page, box and confidence")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="documents parsed at once (default 1)")
    common(p, OUTPUTS)
    p = sub.add_parser("lines", help="show every extracted line with its page, style and section kind")
    p.add_argument("file", metavar="FILE", help="a document; '-' reads standard input")
    common(p)
    sub.add_parser("schema", help="print the JSON Schema of the Candidate that `parse --json` prints")
    p = sub.add_parser("batch", help="parse folders of documents into one JSONL, CSV or Parquet file, resumably")
    batch_cli.add_arguments(p)
    common(p, outputs=None)
    return ap


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def _output(args: argparse.Namespace) -> str:
    """The output format: --format when it names one, else json for --json, else summary."""
    if args.format in OUTPUTS:
        if args.json and args.format == "summary":
            raise ResumekitError("--json and --format summary contradict each other")
        return args.format
    return "json" if args.json else "summary"


def _input_format(args: argparse.Namespace) -> str | None:
    given = {f for f in (args.input_format, getattr(args, "format", None)) if f in FORMATS}
    if len(given) > 1:
        raise ResumekitError(f"--input-format {args.input_format} and --format {args.format} contradict each other")
    return given.pop() if given else None


def _options(args: argparse.Namespace) -> ParseOptions:
    changes = {k: getattr(args, k) for k in ("language", "reference_date", "pdf_backend", *_LIMITS)
               if getattr(args, k, None) is not None}
    input_format = _input_format(args)
    if input_format:
        changes["format"] = input_format
    if changes.get("max_memory") == 0:
        changes["max_memory"] = None
    if args.timeout is not None:
        changes["timeout"] = args.timeout or None
    return ParseOptions(**changes)


def _source(path: str):
    return sys.stdin.buffer if path == "-" else path


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    args = _parser().parse_args(argv)
    if args.command == "schema":
        from .schema import json_schema

        out.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
        return 0
    try:
        options = _options(args)
        if getattr(args, "jobs", 1) < 1:
            raise ResumekitError("--jobs must be at least 1")
        output = _output(args) if args.command == "parse" else None
        if getattr(args, "redact_employers", False) and not args.redact:
            raise ResumekitError("--redact-employers needs --redact")
        if getattr(args, "explain", False) and (args.redact or args.json or args.format in OUTPUTS):
            raise ResumekitError("--explain prints the document's own lines: it takes no --redact, --json or --format")
    except ResumekitError as e:
        print(f"resumekit: {e}", file=err)
        return 2
    try:
        if args.command == "lines":
            return _lines(args.file, options, out, err)
        if args.command == "batch":
            return batch_cli.run(args, options, out, err)
        if args.explain:
            return _explain(args.files, args.jobs, options, out, err)
        view = _View(output, args.redact, args.redact_employers, one=len(args.files) == 1)
        return _parse(args.files, view, args.jobs, options, out, err)
    except KeyboardInterrupt:
        print("resumekit: interrupted", file=err)
        return 130
    except BrokenPipeError:  # the reader went away (`resumekit parse ... | head`)
        return 1
    except Exception as e:  # a defect of resumekit itself: say so, without a traceback
        print(f"resumekit: internal error ({type(e).__name__}: {e}); please report it", file=err)
        return 1


class _View:
    """How ``parse`` prints a Candidate: the output format, and whether it is redacted first."""

    def __init__(self, output: str, redact: bool, employers: bool, one: bool) -> None:
        self.output, self.redact, self.employers, self.indent = output, redact, employers, 2 if one else None

    def __call__(self, c: Candidate, name: str) -> str:
        if self.redact:
            c = c.redacted(employers=self.employers)
        if self.output == "json":
            return c.model_dump_json(indent=self.indent)
        if self.output == "jsonresume":
            return json.dumps(c.to_json_resume(), indent=self.indent, ensure_ascii=False)
        return summary(c, name)


def _parse(files: list[str], view: _View, jobs: int, options: ParseOptions, out: TextIO, err: TextIO) -> int:
    status = 0
    for item, outcome in parse_many([_source(f) for f in files], options, workers=min(jobs, len(files))):
        if isinstance(outcome, ResumekitError):
            print(f"resumekit: {outcome} [{outcome.code}]", file=err)
            status = 1
            continue
        out.write(view(outcome, "<stdin>" if item is sys.stdin.buffer else str(item)) + "\n")
        out.flush()
    return status


def lines_job(source, name: str | None, options: ParseOptions) -> str:
    """What a worker runs for ``resumekit lines``."""
    from .api import extract, segment

    if isinstance(source, ResumekitError):
        raise source
    document = extract(source, options=options, name=name)
    return lines_view(document, segment(document))


def _lines(path: str, options: ParseOptions, out: TextIO, err: TextIO) -> int:
    with WorkerPool(lines_job, options, preload=PARSER) as pool:
        for _, outcome in pool.run([job_for(_source(path), options)]):
            if isinstance(outcome, ResumekitError):
                print(f"resumekit: {outcome} [{outcome.code}]", file=err)
                return 1
            out.write(outcome)
    return 0


def explain_job(source, name: str | None, options: ParseOptions) -> str:
    """What a worker runs for ``resumekit parse --explain``."""
    from .api import candidate_of, extract
    from .explain import explain_view

    if isinstance(source, ResumekitError):
        raise source
    document = extract(source, options=options, name=name)
    return explain_view(document, candidate_of(document, options))


def _explain(files: list[str], jobs: int, options: ParseOptions, out: TextIO, err: TextIO) -> int:
    status = 0
    with WorkerPool(explain_job, options, workers=min(jobs, len(files)), preload=PARSER) as pool:
        for _, outcome in pool.run(job_for(_source(f), options) for f in files):
            if isinstance(outcome, ResumekitError):
                print(f"resumekit: {outcome} [{outcome.code}]", file=err)
                status = 1
                continue
            out.write(outcome)
            out.flush()
    return status


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
    if c.meta.is_resume is not None and c.meta.is_resume < 0.5:
        rows[0] += f"  (probably not a résumé: is_resume {c.meta.is_resume:.2f})"
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
