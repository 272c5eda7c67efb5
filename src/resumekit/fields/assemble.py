"""assemble(): sections into a Candidate — one reader per section kind, nothing dropped.

Every section whose kind has a reader is read into its field; every other section (``other``,
``references``, and header or contact lines that no reader used) is kept verbatim in
``other_sections``. Before the readers, the re-kind stage (:mod:`.rekind`) gives sections, or
lines of them, the kind of what they hold: a "Research" section of dated roles is experience, a
certificate among the skills or under "Miscellaneous" is a certificate.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import regex
from pydantic import BaseModel

from .._version import __version__
from ..clock import reference_date
from ..document import Document, Section
from ..options import ParseOptions
from ..schema import Candidate, Language, Meta, OtherSection, SectionInfo, Warning
from ..text import find_urls, key, rx, strip_markup, word_set
from ..vocab import codes, load, merged
from .contact import find_emails
from .credentials import read_awards, read_certifications, read_publications
from .dates import day_order, document_order, find_dates
from .derived import experience_months, resume_probability
from .diagnostics import parse_warnings
from .entries import is_prose
from .phrases import SEPARATORS
from .education import education_entries
from .experience import experience_entries, split_degrees
from .contact_details import read_contact
from .name import read_name
from .languages import read_languages
from .lists import dedupe, languages_in, spoken_language, read_interests, read_skills
from .projects import read_projects
from .provenance import Trace, provenance
from .confidence import attach
from .rekind import LABELLED, rekind
from .rirekisho import read_rirekisho
from .signing import signed_apart

__all__ = ["assemble", "assemble_traced", "detect_language"]


# CJK ideographs, kana, Hangul syllables (code point ranges: the standard library's engine counts them)
_SCRIPTS = tuple(re.compile(f"[{a}-{b}]") for a, b in (("\u4e00", "\u9fff"), ("\u3040", "\u30ff"), ("\uac00", "\ud7a3")))
_ANY_SCRIPT = re.compile("|".join(r.pattern for r in _SCRIPTS))


def detect_language(document: Document) -> str | None:
    """The body's language: Korean when Hangul is a large share of the letters, Chinese or Japanese
    when their characters are (kana decides between them), else the language whose frequent words the text uses
    most (five hits, or three and twice the runner-up's), else None."""
    text = document.text[:60000]
    head = text[:20000]
    if _ANY_SCRIPT.search(head):  # (most texts hold none: their letters need no counting)
        letters = sum(map(str.isalpha, head)) or 1
        cjk, kana, hangul = (len(r.findall(head)) for r in _SCRIPTS)
        if hangul > 0.3 * letters and "ko" in codes():
            return "ko"
        if (cjk + kana) > 0.3 * letters:
            if kana > 0.05 * (cjk + kana) and "ja" in codes():
                return "ja"
            if "zh" in codes():
                return "zh"
    counts: Counter[str] = Counter()
    # the words of the whole text are the words of its lines, each line's key already kept (segmentation
    # asked for it): counted from those when the text is within the window (the key of a 3,000-character
    # text costs about 0.15 ms, as much as the rest of this function)
    tokens = Counter((key(text) if len(text) > 60000 else " ".join([key(line.plain) for line in document.lines])).split())
    for code in codes():
        stop = word_set(load(code).stop_words)
        counts[code] = sum(tokens[w] for w in tokens.keys() & stop)  # (the smaller side iterated)
    if not counts:
        return None
    ranked = counts.most_common(2)
    code, hits = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    return code if hits >= 5 or (hits >= 3 and hits >= 2 * second) else None


def assemble(document: Document, sections: list[Section], options: ParseOptions | None = None) -> Candidate:
    return assemble_traced(document, sections, options)[0]


def assemble_traced(document: Document, sections: list[Section], options: ParseOptions | None = None
                    ) -> tuple[Candidate, Trace]:
    """As :func:`assemble`, with the :class:`~resumekit.fields.provenance.Trace` the readers left
    (what scripts/fit_confidence.py reads the signals of confidence from)."""
    options = options or ParseOptions()
    document, sections = _bare_lines(document, sections)
    sections = signed_apart(sections)
    language = options.language or detect_language(document)
    # an "a/b/YYYY" date its range leaves ambiguous reads in the document's order, for re-kind too
    with day_order(document_order((l.text for l in document.lines), language)):
        return _read_fields(document, rekind(sections), options, language)


def _read_fields(document: Document, sections: list[Section], options: ParseOptions, language: str | None
                 ) -> tuple[Candidate, Trace]:
    trace = Trace(document)
    name, headline, used = read_name(document, sections)
    contact, contact_used = read_contact(document, sections, language)
    trace.scope("/name", used)
    trace.scope("/contact", contact_used)
    trace.scope("/contact/location", [l for s in sections if s.kind in ("header", "contact") for l in s.lines]
                or document.lines[:10])
    used |= contact_used
    if headline and contact.location and key(headline) == key(contact.location.raw):
        headline = None  # "Nottingham · jane@example.org" under the name: the first part is the place
    c = Candidate(name=name, headline=headline, contact=contact, meta=_meta(document, sections, language))
    summary: list[str] = []
    for sec in sections:
        before = trace.items_of(c)
        kind = sec.kind
        history = read_rirekisho(sec.lines) if kind in ("experience", "education") else None
        if history is not None:  # a 履歴書 table: education and work rows, whatever the heading said
            c.education += history.education
            c.experience += history.experience
            if history.rest:
                c.other_sections.append(OtherSection(heading=None, kind="other",
                                                     text="\n".join(l.plain for l in history.rest)))
        elif kind in ("experience", "volunteer"):
            sec, degrees, entries = split_degrees(sec)  # "Positions and Education": the degrees among the jobs
            if degrees is not None:
                schools = education_entries(degrees)
                trace.entry(schools)
                c.education.extend(edu for _, edu in schools)
            found, loose = experience_entries(sec, entries)
            trace.entry(found)
            (c.experience if kind == "experience" else c.volunteer).extend(exp for _, exp in found)
            if loose:
                c.other_sections.append(OtherSection(heading=sec.title, kind=kind, text="\n".join(loose)))
        elif kind == "education":
            found = education_entries(sec)
            trace.entry(found)
            c.education += [edu for _, edu in found]
        elif kind == "projects":
            c.projects += read_projects(sec)
        elif kind == "skills":
            c.skills += read_skills(sec.lines)
        elif kind == "languages":
            langs, skills = read_languages(sec.lines)
            c.languages += langs
            c.skills += skills
        elif kind == "certifications":
            c.certifications += read_certifications(sec.lines)
        elif kind == "awards":
            c.awards += read_awards(sec.lines)
        elif kind == "publications":
            c.publications += read_publications(sec.lines)
        elif kind == "interests":
            c.interests += read_interests(sec.lines)
        elif kind == "summary":
            summary.append(_paragraphs(sec))
            trace.scope("/summary", sec.lines)
        elif kind in ("header", "contact"):
            rest = [l for l in sec.lines if l.index not in used and not _running_title(l.plain, name)]
            if kind == "header":
                about, rest = _header_summary(rest)
                summary.append(about)
                trace.scope("/summary", [l for l in sec.lines if about and l.index not in used and l not in rest])
            if rest:
                c.other_sections.append(OtherSection(heading=sec.title, kind=kind,
                                                     text="\n".join(l.plain for l in rest)))
        else:
            c.other_sections.append(OtherSection(heading=sec.title, kind=kind, text=_paragraphs(sec)))
        trace.read(c, before, ((sec.heading,) if sec.heading else ()) + sec.lines)
    c.summary = "\n\n".join(s for s in summary if s) or None
    c.certifications = dedupe(c.certifications, lambda x: key(x.name))
    c.skills = dedupe(c.skills, lambda x: key(x.name))  # "Figma" under "Skills" and again under "Tools"
    _languages_from_skills(c)
    _languages_elsewhere(c, sections)
    c.meta.reference_date, c.meta.reference_date_source = reference_date(
        options.reference_date, document.date,
        (d for e in (*c.experience, *c.education, *c.projects, *c.volunteer) for d in (e.start, e.end)))
    c.experience_months = experience_months(c.experience, c.meta.reference_date)
    c.meta.is_resume = resume_probability(document, sections, c)
    _without_markup(c)
    c.meta.warnings += parse_warnings(document, sections, c)
    records = provenance(trace, c)
    attach(trace, c, records)
    c.meta.provenance = records
    return c, trace


def _bare_lines(document: Document, sections: list[Section]) -> tuple[Document, list[Section]]:
    """The document and its sections with markup taken out of every line's text (``raw`` keeps
    it): the readers see "3×" and "R&D", not "$3\\times$" and "R\\&D"."""
    def bare(line):
        text = strip_markup(line.text)
        return line.with_(text=text) if text and text != line.text else line

    return (document.with_(lines=tuple(bare(l) for l in document.lines)),
            [replace(s, heading=bare(s.heading) if s.heading else None, lines=tuple(bare(l) for l in s.lines))
             for s in sections])


_VERBATIM = frozenset({"url", "emails", "e164", "meta", "schema_version", "start", "end"})  # not prose


def _without_markup(model: BaseModel) -> None:
    """Every prose value of the Candidate without Markdown or LaTeX markup (see
    :func:`resumekit.text.strip_markup`); addresses and dates are left as they are."""
    for name in type(model).model_fields:
        if name in _VERBATIM:
            continue
        value = getattr(model, name)
        if isinstance(value, str):
            bare = strip_markup(value)
            if bare and bare != value:
                setattr(model, name, bare)
        elif isinstance(value, BaseModel):
            _without_markup(value)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, str):
                    value[i] = strip_markup(item) or item
                elif isinstance(item, BaseModel):
                    _without_markup(item)


_TRAILING_LIST = regex.compile(r"\p{L}+(?:\s*,\s*\p{L}+)+\s*$")


def _header_languages(text: str) -> list[Language]:
    """"… jane@example.org English, Spanish, Japanese": a list of two or more language names,
    each exactly as the vocabulary spells it, ending a header line."""
    m = _TRAILING_LIST.search(text)
    if not m:
        return []
    names = [n.strip() for n in m.group(0).split(",")]
    run: list[str] = []
    for name in reversed(names):
        if key(name) not in merged().language_names:
            break
        run.insert(0, name)
    return [Language(name=n) for n in run] if len(run) >= 2 else []


def _languages_elsewhere(c: Candidate, sections: list[Section]) -> None:
    """Spoken languages outside a languages section: a labelled line ("Languages: English
    (fluent), French (native)") anywhere, a row of a level and a language ("Madrelingua ⇥
    Italiano", its level kept), a list of language names ending a header line, or a sentence
    naming languages with a proficiency word ("Fluent in English and Spanish")."""
    v = merged()
    known = {key(l.name) for l in c.languages}
    found: list[Language] = []
    proficiency = word_set(v.proficiency)
    for sec in sections:
        if sec.kind in ("languages", "experience", "projects", "publications", "references", "volunteer", "education"):
            continue
        for line in sec.lines:
            m = LABELLED.match(line.plain)
            if m and key(m.group("label")) in v.headings.get("languages", ()):
                found += read_languages([line.with_(text=m.group("rest"))])[0]
                continue
            # a row of a level and a language under a skills heading ("Madrelingua ⇥ Italiano")
            if len(line.cells) == 2 and key(line.cells[0]) in v.proficiency and spoken_language(line.cells[1]):
                found.append(Language(name=line.cells[1].strip(), proficiency=line.cells[0].strip()))
                continue
            if sec.kind in ("header", "contact") and line.cells and _header_languages(line.cells[-1]):
                found += _header_languages(line.cells[-1])
                continue
            words = key(line.plain).split()
            if len(words) > 4 and any(w in proficiency for w in words):
                # (a name of the table is a spoken language: the fuzzy match is asked of those only)
                found += [Language(name=w) for w in dict.fromkeys(_as_written(line.plain, words))
                          if key(w) in v.language_names and spoken_language(w)]
    for lang in found:
        if key(lang.name) not in known:
            known.add(key(lang.name))
            c.languages.append(lang)
        elif lang.proficiency:  # the level a skill item left out ("Italiano" among the skills)
            for had in c.languages:
                if key(had.name) == key(lang.name) and not had.proficiency:
                    had.proficiency = lang.proficiency


def _as_written(text: str, folded: list[str]) -> list[str]:
    """The words of the text as written (case and accents kept), for the folded words given."""
    wanted = set(folded)  # (a set: a line's words were looked up in a list of them, each)
    return [w for w in rx(r"[\p{L}]+").findall(text) if key(w) in wanted]


def _languages_from_skills(c: Candidate) -> None:
    """Spoken languages listed among the skills belong to ``languages`` only."""
    known = {key(l.name) for l in c.languages}
    kept = []
    for skill in c.skills:
        langs = languages_in(skill.name)
        if not langs:
            kept.append(skill)
            continue
        for lang in langs:
            if key(lang.name) not in known:
                known.add(key(lang.name))
                c.languages.append(lang)
    c.skills = kept


def _header_summary(lines: list) -> tuple[str, list]:
    """A paragraph of running text among the header's lines that no other reader used, before
    anything dated: the summary under the name that has no heading. ("", lines) when there is none.
    Running text: ten words or more, or one sentence of six or more ending in a full stop, that
    reads as prose (:func:`resumekit.fields.entries.is_prose`), no e-mail address nor URL in it."""
    blocks: list[list] = []
    for line in lines:
        if find_dates(line.plain):
            break
        if blocks and blocks[-1][-1].block == line.block and not line.bullet:
            blocks[-1].append(line)
        else:
            blocks.append([line])
    for block in blocks:
        text = " ".join(l.plain for l in block)
        # ten words, or a sentence of six ending in a full stop ("Results-driven buyer with 9 years in retail.")
        size = len(text.split())
        if (not any(l.bullet for l in block) and (size >= 10 or size >= 6 and text.endswith("."))
                and is_prose(block[0].with_(text=text))
                and not find_emails(text) and not find_urls(text)):
            return text, [l for l in lines if l not in block]
    return "", lines


def _running_title(text: str, name: str | None) -> bool:
    """A page header that repeats the candidate's name beside the document's title ("Jane Roe –
    Curriculum Vitae", "CV | Jane Roe"; the vocabulary's document_titles): read, not left over."""
    parts = [key(p) for p in SEPARATORS.split(text) if key(p)]
    titles = merged().document_titles
    return bool(name) and len(parts) >= 2 and key(name) in parts and all(p == key(name) or p in titles for p in parts)


def _paragraphs(sec: Section) -> str:
    """The section's text: lines of one block joined by spaces, blocks by newlines."""
    out: list[str] = []
    block = None
    for line in sec.lines:
        if out and line.block == block and not line.bullet:
            out[-1] = f"{out[-1]} {line.plain}"
        else:
            out.append(("• " if line.bullet else "") + line.plain)
        block = line.block
    return "\n".join(out)


def _meta(document: Document, sections: list[Section], language: str | None) -> Meta:
    return Meta(
        format=document.format, pages=document.pages, producer=document.producer,
        language=language, parser_version=__version__,
        sections=[SectionInfo(kind=s.kind, heading=s.title, page=(s.heading or (s.lines[0] if s.lines else None)).page
                              if (s.heading or s.lines) else None) for s in sections],
        warnings=[Warning(code=w.code, message=w.message, page=w.page) for w in document.warnings],
    )
