"""Markup left in text (Markdown, LaTeX) never reaches the Candidate; content that looks like
markup ("C++", "*nix", "$1.2M", "__init__") stays as written."""
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import resumekit
from resumekit.text import strip_markup

from .conftest import FIXTURES, PINNED
from .test_golden import DOCS


@pytest.mark.parametrize("raw, expected", [
    ("**Senior** Engineer", "Senior Engineer"),
    ("*batch* to __Streaming Jobs__", "batch to Streaming Jobs"),
    ("***both***", "both"),
    ("an _italic phrase_ here", "an italic phrase here"),
    ("`pandas` and `numpy`", "pandas and numpy"),
    ("[my site](https://kiln.example.org) and more", "my site and more"),
    ("~~old~~ new", "old new"),
    (r"Cut latency $3\times$ over", "Cut latency 3× over"),               # LaTeX math with a command
    (r"$10^{6}$ units, CO$_2$ sensors", "10⁶ units, CO₂ sensors"),       # scripts
    (r"ETL \rightarrow warehouse", "ETL → warehouse"),
    (r"R\&D and 50\% less", "R&D and 50% less"),
    (r"\textbf{Python} and \emph{Go}", "Python and Go"),
    (r"\href{https://kiln.example.org}{my site}", "my site"),
    ("2019--2021, pages 3--5 --- done", "2019–2021, pages 3–5 — done"),
    ("Dr.~Lee and ISO~26262", "Dr. Lee and ISO 26262"),                 # ties
    ("``quoted''", "“quoted”"),
    # content, not markup
    ("C++, C#, F#, Node.js, *nix, A*, R&D", "C++, C#, F#, Node.js, *nix, A*, R&D"),
    ("$1.2M and $3M in sales", "$1.2M and $3M in sales"),
    ("a 5* hotel, 5 * 3 * 2, a*b*c", "a 5* hotel, 5 * 3 * 2, a*b*c"),
    ("snake_case, __init__, the _id_ field", "snake_case, __init__, the _id_ field"),
    ("--verbose and ~5 years", "--verbose and ~5 years"),
    ("example.org/~jane", "example.org/~jane"),
])
def test_strip_markup(raw, expected):
    assert strip_markup(raw) == expected


_MARKS = st.sampled_from(["*", "**", "_", "__", "`", "$", "\\", "~", "--", "[", "](", ")", "{", "}", "^"])
_WORDS = st.sampled_from(["C++", "Go", "a b", "x", "3", "\\times", "nix", " ", "init", "A", "$1.2M", ","])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_MARKS, _WORDS), max_size=30))
def test_strip_markup_never_raises_and_reaches_a_fixed_point(parts):
    text = "".join(parts)
    once = strip_markup(text)
    assert isinstance(once, str) and len(once) <= len(text) + 2
    assert strip_markup(strip_markup(strip_markup(once))) == strip_markup(strip_markup(once))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="*_`$\\~[]-^{}'\n\t", blacklist_categories=("Cs",)),
               max_size=80))
def test_text_without_marks_is_unchanged(text):
    text = " ".join(text.split())
    assert strip_markup(text) == text


_NOT_PROSE = {"url", "emails", "e164", "meta", "schema_version", "start", "end"}


def _prose(value, key=None):
    if key in _NOT_PROSE:
        return
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _prose(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _prose(v, key)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_no_value_of_any_fixture_carries_markup(path):
    data = json.loads(resumekit.parse(path, name=path.name, options=PINNED).model_dump_json())
    dirty = [(k, v) for k, v in _prose(data) if strip_markup(v) != v]
    assert dirty == []


def test_the_markup_fixtures_keep_their_content():
    md = resumekit.parse(FIXTURES / "markup" / "markdown-markup.md", options=PINNED)
    assert [s.name for s in md.skills][-4:] == ["*nix", "Docker", "Mesos", "Kubernetes"]
    assert "5* hotel" in md.summary and "$1.2M" in md.summary
    assert any("__init__" in h for h in md.experience[0].highlights)
    pdf = resumekit.parse(FIXTURES / "markup" / "latex-residue.pdf", options=PINNED)
    assert pdf.headline == "Control Engineer & Embedded Developer"
    assert (pdf.experience[0].start, pdf.experience[0].end) == ("2020", "2025")
    assert "MATLAB → C++" in pdf.experience[0].highlights[0]
    doc = resumekit.extract(FIXTURES / "markup" / "latex-residue.pdf")
    assert any(r"\rightarrow" in (l.raw or l.text) for l in doc.lines)   # the lines keep what was printed


@pytest.mark.parametrize("raw, text, urls", [
    # a row of badges is a list: each image's alt text in a cell of its own
    ("![Go](https://img.example.org/badge/Go-blue) ![Rust](https://img.example.org/badge/Rust-red)", "Go\tRust", []),
    ('<img alt="Kafka" src="k.svg"> <img alt="Redis" src="r.svg">', "Kafka\tRedis", []),
    # a lone image (a photo, a logo) says nothing
    ("![portrait](me.jpg) Ines Marlowe", "Ines Marlowe", []),
    # an HTML anchor around an image: its target is the line
    ('<a href="mailto:ines.marlowe@example.com"><img src="mail.svg"></a>', "ines.marlowe@example.com",
     ["mailto:ines.marlowe@example.com"]),
    ('<a href="https://kiln.example.org/ines">Portfolio</a>', "Portfolio", ["https://kiln.example.org/ines"]),
])
def test_markdown_images_and_html_anchors(raw, text, urls):
    doc = resumekit.extract(f"# Ines Marlowe\n\n{raw}\n".encode(), format="markdown")
    line = doc.lines[-1]
    assert (line.text, [l.url for l in line.links]) == (text, urls)


@pytest.mark.parametrize("text, cells", [
    # a table drawn with bars: three or more lines with the same bars, read as cells
    ("Course | Institution | Year\nB.Sc. | Orrin College | 2021\nHSC | Velmonte School | 2017\n",
     [["Course", "Institution", "Year"], ["B.Sc.", "Orrin College", "2021"], ["HSC", "Velmonte School", "2017"]]),
    # two lines with bars are not a table; nor are lines with different numbers of bars
    ("Engineer | Acme | 2019\nAnalyst | Orrin | 2017\n", [["Engineer | Acme | 2019"], ["Analyst | Orrin | 2017"]]),
    ("a | b | c\nd | e\nf | g | h\n", [["a | b | c"], ["d | e"], ["f | g | h"]]),
])
def test_a_plain_text_table_drawn_with_bars(text, cells):
    doc = resumekit.extract(text.encode(), format="text")
    assert [list(l.cells) for l in doc.lines] == cells
