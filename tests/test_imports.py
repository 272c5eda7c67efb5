"""What each way of starting loads: ``import resumekit`` and the CLI's --version/--help load no
parser, pydantic or format library; a document loads the reader of its own format only.

Each case runs in a fresh interpreter and lists the modules loaded (no timing: what is loaded
is what costs)."""
import json
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import FIXTURES

HEAVY = ("pydantic", "regex", "rapidfuzz", "phonenumbers", "lxml", "docx", "pdfplumber", "pdfminer",
         "resumekit.api", "resumekit.schema", "resumekit.segment", "resumekit.fields", "resumekit.extract")


def _loaded(code: str) -> set[str]:
    script = textwrap.dedent(code) + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.splitlines()[-1]))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


CLI = """
import contextlib, io, sys
from resumekit.cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    main({argv!r})
"""


@pytest.mark.parametrize("code", [
    "import resumekit",
    "import resumekit; resumekit.__version__",
    "import resumekit; resumekit.ResumekitError, resumekit.ParseOptions()",
    CLI.format(argv=["--version"]),
    CLI.format(argv=["--help"]),
    CLI.format(argv=["parse", "--help"]),
    CLI.format(argv=["batch", "--help"]),
], ids=["import", "version", "errors-options", "cli-version", "cli-help", "cli-parse-help", "cli-batch-help"])
def test_starting_loads_nothing_heavy(code):
    assert _heavy(_loaded(code)) == []


@pytest.mark.parametrize("document, loaded, not_loaded", [
    ("plain.txt", ("resumekit.extract.plain",), ("lxml", "pdfplumber", "pdfminer", "resumekit.extract.docx",
                                                  "resumekit.extract.pdf")),
    ("markdown-front-matter.md", ("resumekit.extract.markdown",), ("lxml", "pdfplumber", "resumekit.extract.docx")),
    ("heading-styles.docx", ("lxml", "resumekit.extract.docx"), ("docx", "pdfplumber", "pdfminer",
                                                                 "resumekit.extract.pdf.plumber")),
    ("sample.pdf", ("pdfplumber", "resumekit.extract.pdf.plumber"), ("docx", "resumekit.extract.docx")),
])
def test_a_document_loads_the_reader_of_its_format_only(document, loaded, not_loaded):
    modules = _loaded(f"import resumekit\nresumekit.parse({str(FIXTURES / document)!r})")
    assert all(m in modules for m in loaded), [m for m in loaded if m not in modules]
    assert not [m for m in modules for n in not_loaded if m == n or m.startswith(n + ".")]


def test_the_names_are_the_same_lazily():
    """Every public name resolves, ``extract`` and ``segment`` stay the functions though
    submodules of those names get loaded, and dir() lists them."""
    out = _loaded("""
        import resumekit, resumekit.segment, resumekit.extract.docx
        assert callable(resumekit.extract) and callable(resumekit.segment)
        assert not isinstance(resumekit.extract, type(resumekit))
        assert [n for n in resumekit.__all__ if getattr(resumekit, n, None) is None] == []
        assert set(resumekit.__all__) <= set(dir(resumekit))
    """)
    assert "resumekit.api" in out


@pytest.mark.parametrize("text, loads", [
    ("Wren Halloway · wren@halloway.example · Marlow", False),  # no digits: the library is not needed
    ("Tel. +44 20 7946 0958", True),
])
def test_phone_finding_loads_phonenumbers_only_for_digits(text, loads):
    modules = _loaded(f"from resumekit.fields.contact import find_phones\nfind_phones({text!r})")
    assert ("phonenumbers" in modules) is loads


def test_every_pdf_backend_the_options_accept_has_an_extractor():
    from resumekit.extract import PDF_EXTRACTORS
    from resumekit.options import PDF_BACKENDS
    assert set(PDF_EXTRACTORS) == set(PDF_BACKENDS)
