"""The import layers hold (lowest first): errors/options/schema/clock -> document/text/vocab/places/words ->
sources/extract -> segment/headings/label_cells/shapes -> fields -> api -> cli; modules stay small."""
import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "resumekit"
MODULES = sorted(p for p in SRC.rglob("*.py"))
MAX_LINES = 700

# layer -> the layers (and third-party packages) it must never import
FORBIDDEN = {
    "extract": ("resumekit.fields", "resumekit.segment", "resumekit.api", "resumekit.cli"),
    "segment": ("resumekit.fields", "resumekit.extract", "resumekit.api", "resumekit.cli", "pdfplumber", "docx"),
    "fields": ("resumekit.extract", "resumekit.api", "resumekit.cli", "pdfplumber", "pdfminer", "docx"),
    "base": ("resumekit.extract", "resumekit.fields", "resumekit.segment", "resumekit.api", "resumekit.cli",
             "pdfplumber", "docx"),
}
BASE = {"errors", "options", "schema", "document", "text", "places", "vocab", "clock", "words"}


def _layer(path: Path) -> str | None:
    rel = path.relative_to(SRC)
    if rel.parts[0] in ("extract", "fields"):
        return rel.parts[0]
    if rel.parts[0] == "vocab" or rel.stem in BASE:
        return "base"
    if rel.stem in ("segment", "section_joins", "empty_headings", "headings", "label_cells", "shapes"):
        return "segment"
    return None


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = "resumekit." + ".".join(path.relative_to(SRC).with_suffix("").parts[:-1])
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rstrip(".").split(".")
                base = base[: len(base) - node.level + 1]
                out.add(".".join(base + ([node.module] if node.module else [])))
            else:
                out.add(node.module or "")
    return out


@pytest.mark.parametrize("path", [p for p in MODULES if _layer(p)], ids=lambda p: str(p.relative_to(SRC)))
def test_layers(path):
    bad = [m for m in _imports(path) for f in FORBIDDEN[_layer(path)] if m == f or m.startswith(f + ".")]
    assert not bad, f"{path.name} imports {bad}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_module_size(path):
    assert sum(1 for _ in path.open(encoding="utf-8")) <= MAX_LINES, "split the module by what it owns"
