"""Small builders for tests: lines and sections from plain strings, the one date range of a text; a script of scripts/ as a module."""
import importlib.util
import json
from pathlib import Path

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


def one_range(text):
    """(start, end) of the one date range in ``text``, ISO, the end "present" when ongoing."""
    from resumekit.fields.dates import find_dates
    [r] = find_dates(text)
    return r.start.iso(), r.end.iso() if r.end else ("present" if r.current else None)


def xfail(reason: str):
    """A strict xfail mark: a fix shows up as a pass to turn into a plain case."""
    import pytest
    return pytest.mark.xfail(strict=True, reason=reason)


def row_params(table: dict, field: str, known: dict):
    """pytest params (document, row number, expected row) of a table of expected rows by document;
    ``known`` marks some, by (document, field, row number)."""
    import pytest
    return [pytest.param(doc, n, row, id=f"{doc}-{n}", marks=known.get((doc, field, n), ()))
            for doc, rows in table.items() for n, row in enumerate(rows)]


def cached_parser(folder: Path, options):
    """A parse of each document of ``folder`` by name, done once per test session."""
    from functools import lru_cache

    import resumekit
    return lru_cache(maxsize=None)(lambda doc: resumekit.parse(folder / doc, options=options))


def fixture_generator(name):
    """The module of ``fixtures/<name>.py`` (a generator: its tables are the truth its tests check);
    the fixtures folder goes on the import path for the modules the generators share."""
    import sys
    folder = Path(__file__).resolve().parent.parent / "fixtures"
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    spec = importlib.util.spec_from_file_location(name, folder / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def script(name):
    """The module of ``scripts/<name>.py`` (the scripts are not a package)."""
    path = Path(__file__).resolve().parent.parent / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class UnseenSet:
    """The checks the unseen-document test files share, over their tables of expected values by
    document: CONTACT (name, e-mail, phone, city), SECTIONS (the kinds in reading order),
    EXPERIENCE (title, employer, start, end or "present", number of highlights[, place]) and
    EDUCATION (degree, institution, start, end) rows, SKILLS and LANGUAGES names."""

    def __init__(self, folder: Path, options, contact, sections, experience, education, skills=None, languages=None):
        self.folder, self.options = folder, options
        self.contact, self.sections, self.experience, self.education = contact, sections, experience, education
        self.skills, self.languages = skills or {}, languages or {}
        self.parse = cached_parser(folder, options)

    def every_fixture_is_checked(self):
        assert ({p.name for p in self.folder.iterdir() if p.is_file()} == set(self.contact) == set(self.sections)
                == set(self.experience) == set(self.education))

    def name_and_contact(self, doc):
        name, email, phone, _ = self.contact[doc]
        got = self.parse(doc)
        assert (got.name, got.contact.emails, [p.raw for p in got.contact.phones]) == (name, [email], [phone])

    def city(self, doc):
        location = self.parse(doc).contact.location
        assert location is not None and location.city == self.contact[doc][3]

    def sections_in_reading_order(self, doc):
        from resumekit.api import extract, segment
        document = extract(self.folder / doc, options=self.options)
        assert [s.kind for s in segment(document)] == self.sections[doc]

    def job(self, doc, n, row):
        """A job's (title, employer, start, end or "present", number of highlights, place), as many
        of them as the expected row has."""
        got = self.parse(doc).experience
        assert len(got) == len(self.experience[doc])
        e = got[n]
        assert (e.title, e.company, e.start, "present" if e.current else e.end, len(e.highlights), e.location)[:len(row)] == row

    def school(self, doc, n, row):
        got = self.parse(doc).education
        assert len(got) == len(self.education[doc])
        e = got[n]
        assert (e.degree, e.institution, e.start, e.end) == row

    def school_entry(self, doc, n, table):
        """The n-th school of a document whose ``table`` (grades, details…) has a row per school."""
        got = self.parse(doc).education
        assert len(got) == len(table[doc])
        return got[n]

    def skill_names(self, doc):
        assert [s.name for s in self.parse(doc).skills] == self.skills[doc]

    def language_names(self, doc):
        assert [language.name for language in self.parse(doc).languages] == self.languages[doc]


class LabelledSet(UnseenSet):
    """A set whose gold labels in the scorer's format lie beside its documents (``labels/<id>.json``)."""

    def every_fixture_is_checked(self):
        """Every document is checked, and every one has its gold label beside it."""
        docs = {p.name for p in self.folder.iterdir() if p.is_file()}
        labels = {p.stem for p in (self.folder / "labels").iterdir()}
        assert docs == set(self.contact) == set(self.sections) == set(self.experience) == set(self.education)
        assert labels == {d.rsplit(".", 1)[0] for d in docs}


def generator_labels_test(folder: Path, docs, generator):
    """The test that a set's committed gold labels are what its generator's table says (no hand edits)."""
    def test_labels_are_the_generators():
        for d in docs:
            key = d.rsplit(".", 1)[0]
            assert json.loads((folder / "labels" / f"{key}.json").read_text(encoding="utf-8")) == generator.label(key)
    return test_labels_are_the_generators


def standard_tests(checks: UnseenSet, known: dict) -> dict:
    """The tests every unseen-document file runs, as module-level test functions under their usual
    names (a file takes them with ``globals().update(standard_tests(CHECKS, KNOWN))``): every
    fixture checked, name and contact, city, and :func:`content_tests`; ``known`` marks rows by
    (document, field, row number)."""
    import pytest

    def test_every_fixture_is_checked():
        checks.every_fixture_is_checked()

    @pytest.mark.parametrize("doc", _marked(checks.contact, "name", known))
    def test_name_and_contact(doc):
        checks.name_and_contact(doc)

    @pytest.mark.parametrize("doc", _marked(checks.contact, "city", known))
    def test_city(doc):
        checks.city(doc)

    return {f.__name__: f for f in (test_every_fixture_is_checked, test_name_and_contact, test_city)} | \
        content_tests(checks, known)


def printed_set_tests(checks: UnseenSet, known: dict, labels: dict | None = None, ext: str = ".pdf") -> dict:
    """The tests of a set printed from labelled people (JSON Resume themes, HTML templates, their
    conversions): with ``labels`` (document name -> gold label), that every ``ext`` document is
    checked and has its label beside it; name and contact, the city where the label has one, and
    :func:`content_tests` without the sections' order (the labels list the kinds a page holds, not
    the order the page is read in)."""
    import pytest

    def test_every_fixture_is_checked():
        assert {p.name for p in checks.folder.glob(f"*{ext}")} == set(checks.contact) == set(labels)
        assert {p.stem for p in (checks.folder / "labels").glob("*.json")} == {f[:-len(ext)] for f in labels}

    @pytest.mark.parametrize("doc", _marked(checks.contact, "name", known))
    def test_name_and_contact(doc):
        checks.name_and_contact(doc)

    @pytest.mark.parametrize("doc", _marked({d: c for d, c in checks.contact.items() if c[3]}, "city", known))
    def test_city(doc):
        checks.city(doc)

    content = {k: v for k, v in content_tests(checks, known).items() if k != "test_sections_in_reading_order"}
    own = (test_every_fixture_is_checked,) if labels is not None else ()
    return {f.__name__: f for f in (*own, test_name_and_contact, test_city)} | content


def _marked(table: dict, field: str, known: dict) -> list:
    import pytest
    return [pytest.param(d, marks=known.get((d, field, 0), ())) for d in sorted(table)]


def level_tests(checks: UnseenSet, known: dict, levels: dict) -> dict:
    """Each document's spoken languages' levels as printed, in order (``levels``)."""
    import pytest

    @pytest.mark.parametrize("doc", _marked(levels, "levels", known))
    def test_language_levels(doc):
        assert [language.proficiency for language in checks.parse(doc).languages] == levels[doc]

    return {"test_language_levels": test_language_levels}


def school_detail_tests(checks: UnseenSet, known: dict, grades: dict, details: dict) -> dict:
    """Each school's grade as printed (``grades``) and its details (``details``: highlights)."""
    import pytest

    @pytest.mark.parametrize("doc, n, raw", row_params(grades, "grade", known))
    def test_grades(doc, n, raw):
        grade = checks.school_entry(doc, n, grades).grade
        assert (grade.raw if grade else None) == raw

    @pytest.mark.parametrize("doc, n, found", row_params(details, "details", known))
    def test_education_details(doc, n, found):
        assert checks.school_entry(doc, n, details).highlights == found

    return {f.__name__: f for f in (test_grades, test_education_details)}


def content_tests(checks: UnseenSet, known: dict) -> dict:
    """The tests of a document's sections: their kinds in reading order, each job, each school,
    skills and languages (the header's own tests vary from file to file)."""
    import pytest

    @pytest.mark.parametrize("doc", _marked(checks.sections, "sections", known))
    def test_sections_in_reading_order(doc):
        checks.sections_in_reading_order(doc)

    @pytest.mark.parametrize("doc, n, row", row_params(checks.experience, "experience", known))
    def test_experience(doc, n, row):
        checks.job(doc, n, row)

    @pytest.mark.parametrize("doc, n, row", row_params(checks.education, "education", known))
    def test_education(doc, n, row):
        checks.school(doc, n, row)

    @pytest.mark.parametrize("doc", _marked(checks.skills, "skills", known))
    def test_skills(doc):
        checks.skill_names(doc)

    @pytest.mark.parametrize("doc", _marked(checks.languages, "languages", known))
    def test_languages(doc):
        checks.language_names(doc)

    return {f.__name__: f for f in (test_sections_in_reading_order, test_experience, test_education,
                                    test_skills, test_languages)}
