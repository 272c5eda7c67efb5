"""Real documents through producers nobody tuned to: the dev corpus's tuning documents converted by
LibreOffice, pandoc, Chromium and PDFium into other formats, with their gold labels, as sets
``evaluate.py`` can score.

    python scripts/reprint.py --shared ../shared --out /tmp/reprint      # convert (a few minutes)
    python scripts/evaluate.py fixtures --fixtures /tmp/reprint --jobs 1  # a row per route

A converted résumé holds the same person, jobs and schools as its original, so the original's gold
label scores it. What it changes is the layout the parser reads, produced by code nobody here tuned
to, on real people's text (the fixture sets hold fictional people's, which may be cleaner than real
ones). The routes, each a set of its own:

- ``orig-docx``, ``orig-pdf``: the originals themselves, the like-for-like references;
- ``docx-pdf``: a Word document printed to PDF (LibreOffice's PDF export);
- ``docx-rewrite``: a Word document opened and saved again as DOCX by another word processor
  (through ODT: other styles, numbering, tables and run splits for the same page);
- ``docx-txt``: a Word document saved as plain text (what a candidate pastes into a form);
- ``pdf-docx``: a PDF converted to Word (LibreOffice's PDF import: a text frame per line, as many
  PDF-to-Word converters write them);
- ``docx-md``: a Word document converted to Markdown by pandoc (GitHub's flavour: what a developer
  keeps in a repository, or a site generator is fed);
- ``docx-pandoc``: a Word document rewritten by pandoc's DOCX writer (its own styles, its tables,
  no text boxes or frames: what document pipelines produce);
- ``docx-html-pdf``: a Word document saved as HTML by LibreOffice and printed by Chromium (a web
  page printed to PDF, another PDF producer on the same content);
- ``pdf-txt``: a PDF's text as PDFium gives it (pypdfium2's ``get_text_range``: what is copied out
  of a PDF viewer and pasted into a form);
- ``pdf-layout-txt``: a PDF's text laid out as on the page, columns kept side by side by spaces
  (pdfplumber's ``extract_text(layout=True)``, the shape of ``pdftotext -layout``: what many
  applicant-tracking pipelines store);
- ``docx-latex-pdf``: a Word document typeset by pandoc through LaTeX (``pandoc cv.docx -o cv.pdf``
  with XeLaTeX: Computer Modern, LaTeX's own lists, headings and tables);
- ``docx-md-pdf``: a Word document converted to Markdown, that Markdown rendered as a web page by
  pandoc and printed by Chromium (a Markdown résumé printed from a browser).

``--corpus zoo`` converts the zoo's documents instead (fictional people, labels exact by
construction): the same routes on clean layouts, a second check that a fix holds.

Set-aside documents (``eval/set-aside.txt``) are never converted, opened or scored here, and the
output stays outside the repository: it is other people's text.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from importlib.util import find_spec
from pathlib import Path

ROUTES = {  # route: (source suffix, target suffix, steps); a step: (tool, *its arguments)
    "docx-pdf": (".docx", ".pdf", [("soffice", None, "pdf")]),
    "docx-rewrite": (".docx", ".docx", [("soffice", None, "odt"), ("soffice", None, "docx:MS Word 2007 XML")]),
    "docx-txt": (".docx", ".txt", [("soffice", None, "txt:Text (encoded):UTF8")]),
    "pdf-docx": (".pdf", ".docx", [("soffice", "writer_pdf_import", "docx:MS Word 2007 XML")]),
    "docx-md": (".docx", ".md", [("pandoc", "gfm", "md")]),
    "docx-pandoc": (".docx", ".docx", [("pandoc", "docx", "docx")]),
    "docx-html-pdf": (".docx", ".pdf", [("soffice", None, "html"), ("chromium",)]),
    "pdf-txt": (".pdf", ".txt", [("pdfium-text",)]),
    "pdf-layout-txt": (".pdf", ".txt", [("layout-text",)]),
    "docx-latex-pdf": (".docx", ".pdf", [("pandoc", "pdf", "pdf", "--pdf-engine=xelatex")]),
    "docx-md-pdf": (".docx", ".pdf", [("pandoc", "gfm", "md"), ("pandoc", "html5", "html", "--standalone",
                                                                  "--metadata=pagetitle:CV"), ("chromium",)]),
}
TOOLS = {"soffice": "soffice", "pandoc": "pandoc", "chromium": "chromium", "pdfium-text": "pypdfium2",
         "layout-text": "pdfplumber"}
PYTHON_TOOLS = {"pypdfium2", "pdfplumber"}  # tools that are Python packages, not programs
PANDOC_READS = {".docx": "docx", ".md": "gfm"}  # pandoc's reader for a step's source


CORPORA = {"dev": ("corpus", "dev"), "zoo": ("zoo",)}


def tuning_documents(shared: Path, corpus: str = "dev") -> list[tuple[Path, Path]]:
    """(document, label) of every document of ``corpus`` (dev, or the zoo's fictional people) not set
    aside and labelled a résumé."""
    aside_file = shared / "eval" / "set-aside.txt"
    aside = {w for w in aside_file.read_text().split() if not w.startswith("#")} if aside_file.exists() else set()
    root = shared.joinpath(*CORPORA[corpus])
    labels, docs = root / "labels", root / "docs"
    out = []
    for label in sorted(labels.glob("*.json")):
        if label.stem in aside:
            continue
        for ext in (".pdf", ".docx"):
            if (docs / f"{label.stem}{ext}").exists():
                out.append((docs / f"{label.stem}{ext}", label))
    return out


def soffice(source: Path, infilter: str | None, target: str, outdir: Path, profile: Path, timeout: float) -> None:
    """One headless LibreOffice run (a profile of its own, so it runs beside other instances)."""
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(outdir), str(source)]
    subprocess.run(cmd, check=False, capture_output=True, timeout=timeout)


def pandoc(source: Path, to: str, ext: str, extra: tuple[str, ...], outdir: Path, timeout: float) -> None:
    """pandoc from Word or Markdown to ``to`` (lines left as long as their paragraphs); ``to`` "pdf"
    typesets through LaTeX (the engine among ``extra``)."""
    cmd = ["pandoc", "--wrap=none", "-f", PANDOC_READS[source.suffix], *(["-t", to] if to != "pdf" else []),
           *extra, "-o", str((outdir / f"{source.stem}.{ext}").resolve()), str(source.resolve())]
    subprocess.run(cmd, check=False, capture_output=True, timeout=timeout, cwd=outdir)


def chromium(source: Path, outdir: Path, profile: Path, timeout: float) -> None:
    """A page printed to PDF by headless Chromium, without its header and footer."""
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
           f"--user-data-dir={profile}", f"--print-to-pdf={outdir / (source.stem + '.pdf')}", source.as_uri()]
    subprocess.run(cmd, check=False, capture_output=True, timeout=timeout)


def pdfium_text(source: Path, outdir: Path) -> None:
    """A PDF's text as PDFium's text page gives it, page after page (a viewer's "copy all")."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(source))
    try:
        pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()
    (outdir / f"{source.stem}.txt").write_text("\n".join(p.replace("\r\n", "\n") for p in pages), encoding="utf-8")


def layout_text(source: Path, outdir: Path) -> None:
    """A PDF's text laid out as on the page (pdfplumber's layout mode), page after page."""
    import pdfplumber

    with pdfplumber.open(str(source)) as pdf:
        pages = [page.extract_text(layout=True) or "" for page in pdf.pages]
    text = "\n".join("\n".join(line.rstrip() for line in page.splitlines()) for page in pages)
    (outdir / f"{source.stem}.txt").write_text(text, encoding="utf-8")


def step_suffix(step: tuple) -> str:
    """The suffix a step writes."""
    tool = step[0]
    if tool == "soffice":
        return "." + step[2].split(":")[0]
    if tool == "pandoc":
        return "." + step[2]
    return ".pdf" if tool == "chromium" else ".txt"


def run_step(step: tuple, source: Path, outdir: Path, work: Path, timeout: float) -> None:
    """One step of a route on one document; a document a tool fails or hangs on costs only itself."""
    tool = step[0]
    try:
        if tool == "soffice":
            soffice(source, step[1], step[2], outdir, work / "profile", timeout)
        elif tool == "pandoc":
            pandoc(source, step[1], step[2], tuple(step[3:]), outdir, timeout)
        elif tool == "chromium":
            chromium(source, outdir, work / "chromium-profile", timeout)
        elif tool == "layout-text":
            layout_text(source, outdir)
        else:
            pdfium_text(source, outdir)
    except (subprocess.TimeoutExpired, OSError, ValueError) as exc:
        print(f"{tool} on {source.name}: {exc}", file=sys.stderr)
    except Exception as exc:  # noqa: BLE001 - pypdfium2's PdfiumError, pdfminer's parse errors: the
        print(f"{tool} on {source.name}: {exc}", file=sys.stderr)  # document is left out of the route


def convert(route: str, sources: list[Path], outdir: Path, work: Path, timeout: float) -> list[Path]:
    """``sources`` through ``route``'s steps; the converted documents, named as their sources."""
    _, target_ext, steps = ROUTES[route]
    current = sources
    for i, step in enumerate(steps):
        step_dir = work / f"{route}-{i}"
        step_dir.mkdir(parents=True, exist_ok=True)
        for source in current:
            run_step(step, source, step_dir, work, timeout)
        ext = step_suffix(step)
        current = [step_dir / f"{s.stem}{ext}" for s in current if (step_dir / f"{s.stem}{ext}").exists()]
    made = []
    for path in current:
        dest = outdir / f"{path.stem}{target_ext}"
        shutil.copyfile(path, dest)
        made.append(dest)
    return made


def missing_tools(routes: list[str]) -> list[str]:
    """The programs ``routes`` need that this machine lacks."""
    need = {TOOLS[step[0]] for route in routes for step in ROUTES[route][2]}
    need |= {engine.split("=", 1)[1] for route in routes for step in ROUTES[route][2] for engine in step[3:]
             if engine.startswith("--pdf-engine=")}
    return sorted(tool for tool in need if (find_spec(tool) if tool in PYTHON_TOOLS else shutil.which(tool)) is None)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared folder (default ../shared)")
    ap.add_argument("--out", type=Path, required=True, help="a folder outside the repository")
    ap.add_argument("--corpus", choices=[*CORPORA], default="dev",
                    help="whose documents: dev's real ones (default) or the zoo's fictional ones")
    ap.add_argument("--routes", nargs="*", choices=[*ROUTES],
                    help="the routes to convert (default: every route whose tools this machine has)")
    ap.add_argument("--keep", action="store_true", help="leave the routes already converted under --out as they are")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds LibreOffice may take per document")
    a = ap.parse_args(argv)
    if a.routes is None:  # every route this machine can run; the others named, not failed
        a.routes = [r for r in ROUTES if not missing_tools([r])]
        for route in (r for r in ROUTES if r not in a.routes):
            print(f"{route}: left out (this machine lacks {', '.join(missing_tools([route]))})", file=sys.stderr)
    if missing := missing_tools(a.routes):
        print(f"reprint needs {', '.join(missing)} for the routes asked (or leave them out with --routes)",
              file=sys.stderr)
        return 2
    repo = Path(__file__).resolve().parent.parent
    if a.out.resolve().is_relative_to(repo):
        print("--out must lie outside the repository: the converted documents hold real people's text",
              file=sys.stderr)
        return 2
    docs = tuning_documents(a.shared, a.corpus)
    if not docs:
        print(f"no {a.corpus} documents under {a.shared}", file=sys.stderr)
        return 2
    label_of = {doc.stem: label for doc, label in docs}

    def set_folder(name: str) -> Path:
        folder = a.out / name
        shutil.rmtree(folder, ignore_errors=True)
        (folder / "labels").mkdir(parents=True)
        return folder

    for ext in (".docx", ".pdf"):
        orig = set_folder(f"orig-{ext[1:]}")
        for doc, label in docs:
            if doc.suffix == ext:
                shutil.copyfile(doc, orig / doc.name)
                shutil.copyfile(label, orig / "labels" / label.name)
    with tempfile.TemporaryDirectory() as tmp:
        for route in a.routes:
            if a.keep and any((a.out / route / "labels").glob("*.json")):
                continue
            source_ext = ROUTES[route][0]
            sources = [doc for doc, _ in docs if doc.suffix == source_ext]
            folder = set_folder(route)
            made = convert(route, sources, folder, Path(tmp), a.timeout)
            for path in made:
                shutil.copyfile(label_of[path.stem], folder / "labels" / f"{path.stem}.json")
            print(f"{route}: {len(made)} of {len(sources)} converted")
    return 0


if __name__ == "__main__":
    sys.exit(main())
