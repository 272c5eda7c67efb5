"""Real documents through producers nobody tuned to: the dev corpus's tuning documents converted by
LibreOffice into other formats, with their gold labels, as sets ``evaluate.py`` can score.

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
  PDF-to-Word converters write them).

Set-aside documents (``eval/set-aside.txt``) are never converted, opened or scored here, and the
output stays outside the repository: it is other people's text.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROUTES = {  # route: (source suffix, target suffix, soffice steps: (import filter or None, --convert-to))
    "docx-pdf": (".docx", ".pdf", [(None, "pdf")]),
    "docx-rewrite": (".docx", ".docx", [(None, "odt"), (None, "docx:MS Word 2007 XML")]),
    "docx-txt": (".docx", ".txt", [(None, "txt:Text (encoded):UTF8")]),
    "pdf-docx": (".pdf", ".docx", [("writer_pdf_import", "docx:MS Word 2007 XML")]),
}


def tuning_documents(shared: Path) -> list[tuple[Path, Path]]:
    """(document, label) of every dev document not set aside and labelled a résumé."""
    aside_file = shared / "eval" / "set-aside.txt"
    aside = {w for w in aside_file.read_text().split() if not w.startswith("#")} if aside_file.exists() else set()
    labels, docs = shared / "corpus" / "dev" / "labels", shared / "corpus" / "dev" / "docs"
    out = []
    for label in sorted(labels.glob("*.json")):
        if label.stem in aside:
            continue
        for ext in (".pdf", ".docx"):
            if (docs / f"{label.stem}{ext}").exists():
                out.append((docs / f"{label.stem}{ext}", label))
    return out


def soffice(sources: list[Path], infilter: str | None, target: str, outdir: Path, profile: Path,
            timeout: float) -> None:
    """One headless LibreOffice run over ``sources`` (a profile of its own, so it runs beside others)."""
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(outdir), *map(str, sources)]
    subprocess.run(cmd, check=False, capture_output=True, timeout=timeout)


def convert(route: str, sources: list[Path], outdir: Path, work: Path, timeout: float) -> list[Path]:
    """``sources`` through ``route``'s steps; the converted documents, named as their sources."""
    _, target_ext, steps = ROUTES[route]
    current = sources
    for i, (infilter, target) in enumerate(steps):
        step_dir = work / f"{route}-{i}"
        step_dir.mkdir(parents=True, exist_ok=True)
        for source in current:  # one run per document: a document LibreOffice hangs on costs only itself
            soffice([source], infilter, target, step_dir, work / "profile", timeout)
        ext = "." + target.split(":")[0]
        current = [step_dir / f"{s.stem}{ext}" for s in current if (step_dir / f"{s.stem}{ext}").exists()]
    made = []
    for path in current:
        dest = outdir / f"{path.stem}{target_ext}"
        shutil.copyfile(path, dest)
        made.append(dest)
    return made


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared folder (default ../shared)")
    ap.add_argument("--out", type=Path, required=True, help="a folder outside the repository")
    ap.add_argument("--routes", nargs="*", default=[*ROUTES], choices=[*ROUTES])
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds LibreOffice may take per document")
    a = ap.parse_args(argv)
    if shutil.which("soffice") is None:
        print("reprint needs LibreOffice (soffice)", file=sys.stderr)
        return 2
    repo = Path(__file__).resolve().parent.parent
    if a.out.resolve().is_relative_to(repo):
        print("--out must lie outside the repository: the converted documents hold real people's text",
              file=sys.stderr)
        return 2
    docs = tuning_documents(a.shared)
    if not docs:
        print(f"no dev documents under {a.shared}", file=sys.stderr)
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
