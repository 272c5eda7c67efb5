"""Language-dependent words, kept as data: one TOML file per language in this folder.

Each file gives, for one language: section headings per kind, month names, "present" words,
range connectors, season words, the words written around a date's numbers ("de" in "junho de
2019", 年 and 月 in "2019年4月", eras such as 令和), degree and institution words, spoken-language
names and proficiency words, frequent words for telling the body language, and (Japanese) the
words of the 履歴書 history table, and the labels of personal data that redaction hides
("Date of birth", "Familienstand"). :func:`validate` states the shape of one file and
:func:`conflicts` what files must not disagree on (a month name, an era or a heading meaning two
things); ``tests/test_vocab.py`` runs both on every file, so adding a language is adding a file.

Readers mostly use :func:`merged`, the union of all languages: a German CV with English
headings is common, and one word list per concept keeps the readers language-agnostic.

Reading, checking and folding every file takes about 50 ms; what :func:`load` and
:func:`merged` give is kept on disk (:mod:`resumekit.cache`) under a hash of the files, this
module and :mod:`resumekit.text` (whose folding the entries went through), so a new process reads
it in a few milliseconds and an edited file is read anew.
"""
from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Sequence
from dataclasses import astuple, dataclass, fields
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..cache import kept
from ..text import key

__all__ = ["SECTION_KINDS", "Table", "Vocab", "codes", "conflicts", "heading_phrases", "language_names_near", "load",
           "merged", "validate"]

SECTION_KINDS = (
    "summary", "experience", "education", "skills", "projects", "languages", "certifications",
    "publications", "awards", "volunteer", "interests", "references", "contact", "other",
)
_LIST_KEYS = {
    "dates": ("present", "range_words", "from_words", "since_words", "since_after", "seasons", "expected", "month_year_words",
              "year_suffixes", "month_suffixes", "day_suffixes", "first_year_words", "duration_units"),
    "degrees": ("words", "institution_words", "institution_stems", "institution_units", "honours", "labels",
                "school_labels", "board_labels", "certificate_stems", "certificate_levels", "certificate_results", "certificate_expiry",
                "completed", "driving_licences"),
    "languages": ("names", "proficiency", "grid_words"),
    "words": ("stop", "conjunctions", "document_titles", "list_verbs", "list_prepositions"),
    "contact": ("location_labels", "contact_labels", "phone_regions", "name_labels", "name_introductions", "availability"),
    "letters": ("salutations", "closings"),
    "entries": ("title_words", "organization_words", "tech_labels", "grade_labels", "grade_units", "attribute_labels", "tech_introducers",
                "company_introducers", "role_headings", "teaching_headings", "sub_headings", "place_words", "title_labels", "employer_labels", "period_labels", "project_labels", "agency_introducers", "title_endings", "career_gaps", "employment_terms",
                "post_nominals", "organization_endings", "phrase_prepositions", "legal_forms"),
    "rirekisho": ("education_heading", "work_heading", "join_school", "leave_school", "join_work", "leave_work",
                  "ongoing", "closing", "reason_endings", "ditto"),
    "personal": ("birth_date", "birth_place", "age", "gender", "nationality", "marital_status", "family"),
}
# [dates] eras maps an era's name to the Western year of its first year (令和 = 2019: 令和元年 is
# 2019), a year within these bounds.
_ERA_YEARS = (1868, 2100)


@dataclass(frozen=True)
class Vocab:
    """One language's words, every entry already folded with :func:`resumekit.text.key`."""

    code: str
    name: str
    headings: dict[str, tuple[str, ...]]
    months: tuple[tuple[str, ...], ...]
    present: tuple[str, ...]
    range_words: tuple[str, ...]
    from_words: tuple[str, ...]
    since_words: tuple[str, ...]
    # words after a year that say "since" ("2020 óta", "2019 alkaen"): an ongoing range
    since_after: tuple[str, ...]
    seasons: tuple[str, ...]
    expected: tuple[str, ...]
    month_year_words: tuple[str, ...]
    year_suffixes: tuple[str, ...]
    month_suffixes: tuple[str, ...]
    day_suffixes: tuple[str, ...]
    first_year_words: tuple[str, ...]
    duration_units: tuple[str, ...]
    eras: tuple[tuple[str, int], ...]
    degree_words: tuple[str, ...]
    institution_words: tuple[str, ...]
    institution_stems: tuple[str, ...]
    institution_units: tuple[str, ...]
    honours: tuple[str, ...]
    # labels before a degree that are no degree themselves ("Degree: Full Stack Course"), and
    # before a school ("Institution: Orrin College")
    degree_labels: tuple[str, ...]
    school_labels: tuple[str, ...]
    # a table column of the board or university that awards a school's degree, beside the school's
    # own column ("Institute | Board/University"): no school of the candidate's
    board_labels: tuple[str, ...]
    # starts of the words that say a thing is certified ("certif": certified, certificada, certifié)
    certificate_stems: tuple[str, ...]
    # the level a certificate's name ends in ("PRINCE2 Foundation", "Cloud Architect – Associate"):
    # after a code it names no organisation, and after the dash it is no issuer
    certificate_levels: tuple[str, ...]
    # a word after a certificate's name that says it was passed or obtained ("基本情報技術者試験 合格"):
    # no part of the name
    certificate_results: tuple[str, ...]
    # the names of a driving licence ("Führerschein", "Carné de conducir"): a line opening with one
    # and naming a class ("B") is a certificate, wherever it stands
    driving_licences: tuple[str, ...]
    # the words before a certificate's expiry date ("valid until 2027", "valide jusqu'en 2027"): the date
    # and they are no part of the name or the issuer
    certificate_expiry: tuple[str, ...]
    # a study's status that says it was completed, in a part of its own or ending the school's part
    # ("⇥ 졸업", "… 卒業"): no part of a name
    completed: tuple[str, ...]
    language_names: tuple[str, ...]
    proficiency: tuple[str, ...]
    # the Europass self-assessment grid's column heads and its CEFR footer ("Listening", "Spoken
    # interaction", "Common European Framework of Reference"): no skills (see :mod:`resumekit.fields.spoken`)
    grid_words: tuple[str, ...]
    stop_words: tuple[str, ...]
    conjunctions: tuple[str, ...]
    title_words: tuple[str, ...]
    # endings of compound words that name a role or an organisation ("Stations|leitung",
    # "Herz|zentrum"): a longer word ending so is one
    title_endings: tuple[str, ...]
    organization_endings: tuple[str, ...]
    # words after the head of a role or a name ("Head of Sales", "Candidate in Government")
    phrase_prepositions: tuple[str, ...]
    organization_words: tuple[str, ...]
    # a company's legal form, written after its name and maybe a comma ("Acme, Inc.", "Rio, Lda.")
    legal_forms: tuple[str, ...]
    # the organisation words a file writes in capitals ("MEI", "AG"): they match only where the
    # text writes them in capitals too (see :func:`resumekit.text.has_phrase`), not the name "Mei"
    acronyms: tuple[str, ...]
    tech_labels: tuple[str, ...]
    grade_labels: tuple[str, ...]
    # units written after a grade's number that make it a grade without a label ("545 points",
    # "15 valores")
    grade_units: tuple[str, ...]
    attribute_labels: tuple[str, ...]
    tech_introducers: tuple[str, ...]
    # words before an employer's name inside a role's header ("organisé par", "for the company")
    company_introducers: tuple[str, ...]
    # headings of kind "other" that name an experience section when its entries are dated roles
    role_headings: tuple[str, ...]
    # experience headings over teaching: their dated lines that name a course and no role are no jobs
    teaching_headings: tuple[str, ...]
    # the names of a time out of work ("career break", "Elternzeit"): a dated gap, not a role
    career_gaps: tuple[str, ...]
    # the terms of a job written in brackets after its title ("(Part Time)", "(CDD)"): no employer
    employment_terms: tuple[str, ...]
    # letters of a licence or a profession after a title and its comma ("Charge Nurse, RN"): part of the title
    post_nominals: tuple[str, ...]
    # labels alone on a line over an entry's details ("Highlights", "Aufgaben")
    sub_headings: tuple[str, ...]
    # words of a place named by its region ("Greater Leeds Area")
    place_words: tuple[str, ...]
    # labels before a role's title on its line ("Position: Glaze Technician", "役職：…"): not part of the title
    title_labels: tuple[str, ...]
    # labels before an entry's employer and its dates on their own lines ("Company: …", "Duration: …")
    employer_labels: tuple[str, ...]
    period_labels: tuple[str, ...]
    # words ending a label that says what kind of project a line names ("Final Year Project: …")
    project_labels: tuple[str, ...]
    # words before a recruitment agency after a contract role's client ("(via Harwick Recruitment)")
    agency_introducers: tuple[str, ...]
    location_labels: tuple[str, ...]
    # labels of a contact item alone on their line ("Email", "Website", "LinkedIn"): never a town
    contact_labels: tuple[str, ...]
    # phrases after a place saying where the candidate would work ("open to relocation", "remote")
    availability: tuple[str, ...]
    phone_regions: tuple[str, ...]
    name_labels: tuple[str, ...]
    # phrases that introduce the name in a sentence ("i m", "mi chiamo")
    name_introductions: tuple[str, ...]
    document_titles: tuple[str, ...]
    list_verbs: tuple[str, ...]
    list_prepositions: tuple[str, ...]
    salutations: tuple[str, ...]
    closings: tuple[str, ...]
    # The [rirekisho] table (words of the Japanese 履歴書 history table), every key of
    # _LIST_KEYS["rirekisho"] present, empty when the language has none.
    rirekisho: dict[str, tuple[str, ...]]
    # The [personal] table: labels of personal data by kind (every key of _LIST_KEYS["personal"]).
    personal: dict[str, tuple[str, ...]]

    def month_number(self, word: str) -> int | None:
        k = key(word)
        for i, names in enumerate(self.months, start=1):
            if k in names:
                return i
        return None


def validate(data: dict, code: str | None = None) -> list[str]:
    """Problems with one vocabulary file's parsed TOML (empty when well-formed)."""
    problems: list[str] = []
    if not isinstance(data.get("code"), str) or not data["code"].isalpha() or len(data["code"]) != 2:
        problems.append("'code' must be a two-letter ISO 639-1 code")
    elif code is not None and data["code"] != code:
        problems.append(f"'code' is {data['code']!r} but the file is named {code}.toml")
    if not isinstance(data.get("name"), str) or not data["name"]:
        problems.append("'name' must be a non-empty string")
    headings = data.get("headings")
    if not isinstance(headings, dict):
        problems.append("[headings] table missing")
    else:
        for kind, phrases in headings.items():
            if kind not in SECTION_KINDS:
                problems.append(f"[headings] unknown section kind {kind!r}")
            if not _is_str_list(phrases):
                problems.append(f"[headings] {kind} must be a non-empty list of strings")
        for kind in ("experience", "education", "skills"):
            if kind not in headings:
                problems.append(f"[headings] needs at least {kind!r}")
    dates = data.get("dates", {})
    months = dates.get("months")
    if not (isinstance(months, list) and len(months) == 12 and all(_is_str_list(m) for m in months)):
        problems.append("[dates] months must be twelve non-empty lists of strings")
    for table, names in _LIST_KEYS.items():
        section = data.get(table, {})
        if not isinstance(section, dict):
            problems.append(f"[{table}] must be a table")
            continue
        for name in names:
            if name in section and not (isinstance(section[name], list) and all(isinstance(x, str) for x in section[name])):
                problems.append(f"[{table}] {name} must be a list of strings")
        allowed = set(names) | ({"months", "eras"} if table == "dates" else set())
        problems += [f"[{table}] unknown key {k!r}" for k in section if k not in allowed]
    eras = dates.get("eras", {})
    if not (isinstance(eras, dict) and all(isinstance(k, str) and k.strip() and isinstance(v, int)
                                           and _ERA_YEARS[0] <= v <= _ERA_YEARS[1] for k, v in eras.items())):
        problems.append(f"[dates] eras must map era names to the Western year of their first year "
                        f"({_ERA_YEARS[0]}..{_ERA_YEARS[1]})")
    if "present" not in dates or not dates.get("present"):
        problems.append("[dates] present must list the words for an ongoing end date")
    known = {"code", "name", "headings"} | set(_LIST_KEYS)
    problems += [f"unknown top-level key {k!r}" for k in data if k not in known]
    if months and _is_str_list(sum((m for m in months if isinstance(m, list)), [])):
        seen: dict[str, int] = {}
        for i, names in enumerate(months, start=1):
            for n in names:
                if seen.get(key(n), i) != i:
                    problems.append(f"[dates] month name {n!r} names two months")
                seen[key(n)] = i
    return problems


def conflicts(vocabs: Sequence[Vocab]) -> list[str]:
    """Where vocabularies disagree, which :func:`merged` would otherwise hide: a folded month name
    naming two months, an era starting in two years, or a folded heading (joining words ignored,
    as headings are compared) naming two section kinds. Empty when they agree."""
    problems: list[str] = []
    era_of: dict[str, tuple[int, str]] = {}
    for v in vocabs:
        for name, year in v.eras:
            first, code = era_of.setdefault(name, (year, v.code))
            if first != year:
                problems.append(f"era {name!r} starts in {first} in {code}.toml and in {year} in {v.code}.toml")
    month_of: dict[str, tuple[int, str]] = {}
    for v in vocabs:
        for i, names in enumerate(v.months, start=1):
            for n in names:
                j, first = month_of.setdefault(n, (i, v.code))
                if j != i:
                    problems.append(f"month name {n!r} is month {j} in {first}.toml and month {i} in {v.code}.toml")
    joining = {w for v in vocabs for w in v.conjunctions}
    kind_of: dict[str, tuple[str, str]] = {}
    for v in vocabs:
        for kind, phrases in v.headings.items():
            for p in phrases:
                folded = " ".join(w for w in p.split() if w not in joining)
                other, first = kind_of.setdefault(folded, (kind, v.code))
                if other != kind:
                    problems.append(f"heading {p!r} is {other} in {first}.toml and {kind} in {v.code}.toml")
    return problems


def _in_capitals(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _is_str_list(x) -> bool:
    return isinstance(x, list) and bool(x) and all(isinstance(s, str) and s.strip() for s in x)


def _folded(xs) -> tuple[str, ...]:
    return tuple(dict.fromkeys(k for k in (key(x) for x in xs or ()) if k))


@lru_cache(maxsize=None)
def codes() -> tuple[str, ...]:
    """The languages with a vocabulary file, English first."""
    found = sorted(p.name[:-5] for p in resources.files(__package__).iterdir() if p.name.endswith(".toml"))
    return tuple(sorted(found, key=lambda c: (c != "en", c)))


@lru_cache(maxsize=None)
def load(code: str) -> Vocab:
    """The vocabulary of one language; ``KeyError`` when there is no file for it."""
    if code not in codes():
        raise KeyError(code)
    return _tabled(Vocab(*_tables()["languages"][code]))


class Table(tuple):
    """A table of the vocabulary as the readers get it: a tuple, in the files' order, whose ``in``
    is a set's and whose hash is worked out once, both at the first time they are asked. (The
    readers ask whether a word is in tables of hundreds of entries, thousands of times a document;
    a tuple compares the word with each entry: about 1 ms a DOCX. And a table passed to a kept
    function, ``text.word_set(v.stop_words)``, was hashed entry by entry at each call: 5 µs for 500
    entries.)"""

    _set: frozenset | None
    _hash: int | None

    def _index(self) -> None:
        try:
            self._set = frozenset(self)
            self._hash = tuple.__hash__(self)
        except TypeError:  # (unhashable entries: looked up entry by entry, as in a tuple)
            self._set = self._hash = None

    def __contains__(self, value) -> bool:
        try:
            found = self._set
        except AttributeError:
            self._index()
            found = self._set
        if found is not None:
            try:
                return value in found
            except TypeError:  # an unhashable value: compared with each entry, as a tuple does
                pass
        return tuple.__contains__(self, value)

    def __hash__(self) -> int:
        try:
            found = self._hash
        except AttributeError:
            self._index()
            found = self._hash
        return tuple.__hash__(self) if found is None else found  # (None: raises, as the tuple's hash does)


def _tabled(v: Vocab) -> Vocab:
    """``v`` with each tuple of words (the fields', the dicts' values) a :class:`Table`."""
    def table(x):
        if isinstance(x, tuple):
            return Table(x)
        return {k: table(y) for k, y in x.items()} if isinstance(x, dict) else x
    return Vocab(*(table(getattr(v, f.name)) for f in fields(Vocab)))


def _read(code: str) -> Vocab:
    data = tomllib.loads(resources.files(__package__).joinpath(f"{code}.toml").read_text(encoding="utf-8"))
    problems = validate(data, code)
    if problems:
        raise ValueError(f"vocabulary {code}.toml is malformed: {'; '.join(problems)}")
    return _build(data)


def _version() -> str:
    """A hash of what the vocabularies are built from: the files, this module, the folding."""
    digest = hashlib.sha1(",".join(f.name for f in fields(Vocab)).encode())
    folder = resources.files(__package__)
    for name in sorted(p.name for p in folder.iterdir() if p.name.endswith(".toml")):
        digest.update(name.encode() + folder.joinpath(name).read_bytes())
    here = Path(__file__).resolve()
    for source in (here, here.parent.parent / "text.py"):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def _tables() -> dict:
    """Every language's vocabulary and the merged one, as tuples of their fields (see the module's
    docstring)."""
    def build() -> dict:
        vocabs = [_read(c) for c in codes()]
        return {"languages": {v.code: astuple(v) for v in vocabs}, "merged": astuple(_merge(vocabs))}

    return kept("vocab", _version(), build)


def _build(data: dict) -> Vocab:
    dates, degrees, langs, wordsec, entries, contact, rirekisho = (
        data.get(t, {}) for t in ("dates", "degrees", "languages", "words", "entries", "contact", "rirekisho"))
    return Vocab(
        code=data["code"],
        name=data["name"],
        headings={kind: _folded(v) for kind, v in data["headings"].items()},
        months=tuple(_folded(m) for m in dates["months"]),
        present=_folded(dates.get("present")),
        range_words=_folded(dates.get("range_words")),
        from_words=_folded(dates.get("from_words")),
        since_words=_folded(dates.get("since_words")),
        since_after=_folded(dates.get("since_after")),
        seasons=_folded(dates.get("seasons")),
        expected=_folded(dates.get("expected")),
        month_year_words=_folded(dates.get("month_year_words")),
        year_suffixes=_folded(dates.get("year_suffixes")),
        month_suffixes=_folded(dates.get("month_suffixes")),
        day_suffixes=_folded(dates.get("day_suffixes")),
        first_year_words=_folded(dates.get("first_year_words")),
        duration_units=_folded(dates.get("duration_units")),
        eras=tuple((key(name), year) for name, year in dates.get("eras", {}).items() if key(name)),
        degree_words=_folded(degrees.get("words")),
        institution_words=_folded(degrees.get("institution_words")),
        institution_stems=_folded(degrees.get("institution_stems")),
        institution_units=_folded(degrees.get("institution_units")),
        honours=_folded(degrees.get("honours")),
        degree_labels=_folded(degrees.get("labels")),
        school_labels=_folded(degrees.get("school_labels")),
        board_labels=_folded(degrees.get("board_labels")),
        certificate_stems=_folded(degrees.get("certificate_stems")),
        certificate_levels=_folded(degrees.get("certificate_levels")),
        certificate_results=_folded(degrees.get("certificate_results")),
        driving_licences=_folded(degrees.get("driving_licences")),
        certificate_expiry=_folded(degrees.get("certificate_expiry")),
        completed=_folded(degrees.get("completed")),
        language_names=_folded(langs.get("names")),
        proficiency=_folded(langs.get("proficiency")),
        grid_words=_folded(langs.get("grid_words")),
        stop_words=_folded(wordsec.get("stop")),
        conjunctions=_folded(wordsec.get("conjunctions")),
        title_words=_folded(entries.get("title_words")),
        title_endings=_folded(entries.get("title_endings")),
        organization_endings=_folded(entries.get("organization_endings")),
        phrase_prepositions=_folded(entries.get("phrase_prepositions")),
        organization_words=_folded(entries.get("organization_words")),
        legal_forms=_folded(entries.get("legal_forms")),
        acronyms=_folded(w for w in entries.get("organization_words", ()) if _in_capitals(w)),
        tech_labels=_folded(entries.get("tech_labels")),
        grade_labels=_folded(entries.get("grade_labels")),
        grade_units=_folded(entries.get("grade_units")),
        attribute_labels=_folded(entries.get("attribute_labels", []) + entries.get("tech_labels", [])
                                 + entries.get("grade_labels", [])),
        tech_introducers=_folded(entries.get("tech_introducers")),
        company_introducers=_folded(entries.get("company_introducers")),
        role_headings=_folded(entries.get("role_headings")),
        teaching_headings=_folded(entries.get("teaching_headings")),
        career_gaps=_folded(entries.get("career_gaps")),
        employment_terms=_folded(entries.get("employment_terms")),
        post_nominals=_folded(entries.get("post_nominals")),
        sub_headings=_folded(entries.get("sub_headings")),
        place_words=_folded(entries.get("place_words")),
        title_labels=_folded(entries.get("title_labels")),
        employer_labels=_folded(entries.get("employer_labels")),
        period_labels=_folded(entries.get("period_labels")),
        project_labels=_folded(entries.get("project_labels")),
        agency_introducers=_folded(entries.get("agency_introducers")),
        location_labels=_folded(contact.get("location_labels")),
        contact_labels=_folded(contact.get("contact_labels")),
        availability=_folded(contact.get("availability")),
        phone_regions=tuple(contact.get("phone_regions", ())),
        name_labels=_folded(contact.get("name_labels")),
        name_introductions=_folded(contact.get("name_introductions")),
        document_titles=_folded(wordsec.get("document_titles")),
        list_verbs=_folded(wordsec.get("list_verbs")),
        list_prepositions=_folded(wordsec.get("list_prepositions")),
        salutations=_folded(data.get("letters", {}).get("salutations")),
        closings=_folded(data.get("letters", {}).get("closings")),
        rirekisho={k: _folded(rirekisho.get(k)) for k in _LIST_KEYS["rirekisho"]},
        personal={k: _folded(data.get("personal", {}).get(k)) for k in _LIST_KEYS["personal"]},
    )


@lru_cache(maxsize=1)
def merged() -> Vocab:
    """All languages in one vocabulary (headings, months, words), English first; ``ValueError``
    when the files disagree (see :func:`conflicts`)."""
    return _tabled(Vocab(*_tables()["merged"]))


@lru_cache(maxsize=1)
def heading_phrases() -> frozenset[str]:
    """Every heading phrase of every section kind and language (of :func:`merged`), folded as
    :func:`resumekit.text.key` folds a line, joining words kept ("o mne": Czech "about me")."""
    return frozenset(p for phrases in merged().headings.values() for p in phrases)


@lru_cache(maxsize=64)
def language_names_near(length: int) -> tuple[str, ...]:
    """The language names (of :func:`merged`) that a name of ``length`` characters can match with
    a fuzz.ratio of 88: their lengths are within 12 % of the two lengths' sum (the ratio is at most
    1 - |a - b| / (a + b)); the others need not be compared."""
    return tuple(n for n in merged().language_names if abs(len(n) - length) <= 0.13 * (len(n) + length))


def _merge(vs: list[Vocab]) -> Vocab:
    problems = conflicts(vs)
    if problems:
        raise ValueError(f"vocabularies disagree: {'; '.join(problems)}")
    heads: dict[str, tuple[str, ...]] = {}
    for v in vs:
        for kind, phrases in v.headings.items():
            heads[kind] = tuple(dict.fromkeys(heads.get(kind, ()) + phrases))

    def union(attr: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(x for v in vs for x in getattr(v, attr)))

    months = tuple(tuple(dict.fromkeys(x for v in vs for x in v.months[i])) for i in range(12))
    rirekisho = {k: tuple(dict.fromkeys(x for v in vs for x in v.rirekisho[k])) for k in _LIST_KEYS["rirekisho"]}
    personal = {k: tuple(dict.fromkeys(x for v in vs for x in v.personal[k])) for k in _LIST_KEYS["personal"]}
    return Vocab(
        code="*", name="all", headings=heads, months=months, rirekisho=rirekisho, personal=personal,
        **{a: union(a) for a in ("present", "range_words", "from_words", "since_words", "since_after", "seasons", "expected",
                                 "month_year_words", "year_suffixes", "month_suffixes", "day_suffixes",
                                 "first_year_words", "duration_units", "eras", "degree_words",
                                 "institution_words", "institution_stems", "institution_units", "honours", "degree_labels", "school_labels", "board_labels",
                                 "certificate_stems", "certificate_levels", "certificate_results", "certificate_expiry", "completed", "driving_licences", "language_names", "proficiency", "grid_words", "stop_words", "conjunctions", "title_words",
                                 "organization_words", "legal_forms", "acronyms", "title_endings", "organization_endings", "phrase_prepositions",
                                 "tech_labels", "grade_labels", "grade_units", "attribute_labels", "tech_introducers",
                                 "company_introducers", "role_headings", "teaching_headings", "career_gaps", "employment_terms", "post_nominals", "sub_headings", "place_words", "title_labels", "employer_labels", "period_labels", "project_labels", "agency_introducers", "location_labels", "contact_labels",
                                 "availability", "phone_regions", "name_labels", "name_introductions", "document_titles", "list_verbs", "list_prepositions",
                                 "salutations", "closings")},
    )
