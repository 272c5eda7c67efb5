"""The public output contract: :class:`Candidate` and its parts (pydantic v2).

Conventions (see docs/schema.md)
- Dates are partial ISO strings: "YYYY", "YYYY-MM" or "YYYY-MM-DD", never more precise than the
  document. An ongoing entry has ``end=None, current=True``.
- Strings are as written in the document, cleaned of layout artefacts; nothing is invented.
  A value the document does not give is ``None`` or ``[]``.

Every field carries its description, so :func:`json_schema` (``resumekit schema``) documents
itself and the field tables of docs/schema.md are generated from it (``scripts/schema_docs.py``;
a test keeps them in step). The conversions live in their own modules and are reached from here:
:meth:`Candidate.to_json_resume` / :meth:`Candidate.from_json_resume` (:mod:`resumekit.jsonresume`)
and :meth:`Candidate.redacted` (:mod:`resumekit.redact`).
"""
from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from ._version import __version__

__all__ = [
    "SCHEMA_VERSION", "WARNING_CODES", "PartialDate", "LinkKind", "Phone", "Location", "ProfileLink", "Contact",
    "Experience", "Grade", "Education", "Project", "Skill", "Language", "Certification",
    "Publication", "Award", "OtherSection", "SectionInfo", "Warning", "Redaction", "Provenance", "Meta", "Candidate",
    "json_schema",
]

SCHEMA_VERSION = "1.0"

PartialDate = Annotated[str, StringConstraints(pattern=r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]
LinkKind = Literal["github", "linkedin", "twitter", "gitlab", "stackoverflow", "scholar", "orcid",
                   "behance", "dribbble", "website", "other"]

# The stable codes of ``meta.warnings``, each with what it means. A code is never renamed or
# reused for something else; tests/test_schema.py checks that the code uses no other.
WARNING_CODES: dict[str, str] = {
    "hidden-text": "text nobody can see (covered, invisible, white on white, tiny, clipped, off the page; "
                   "Word's hidden font) was left out; the message quotes it",
    "image-only-page": "a PDF page has images but no text layer: it needs OCR, and nothing was read from it",
    "unmapped-font": "glyphs of a PDF font without a usable Unicode map were left out (the text needs OCR)",
    "pages-truncated": "only the first `max_pages` pages of the PDF were read",
    "page-truncated": "a PDF page showed more than `max_page_glyphs` of text; the rest of the page was not read",
    "long-line-split": "a line longer than 5,000 characters was cut into pieces",
    "columns-detected": "a page was read as two or more columns: its reading order was estimated from the "
                        "geometry (`resumekit lines` shows it)",
    "section-not-understood": "a section whose heading is not in the vocabulary: kept verbatim in "
                              "`other_sections`",
    "date-unreadable": "text in an experience, education, project or volunteer section looks like a date but "
                       "could not be read (\"13/2019\", \"Jan 19 – Mar 21\"); the message quotes it",
    "not-a-resume": "`meta.is_resume` is below 0.5: a cover letter, a bio or another kind of document",
    "line-breaks-restored": "a plain text with almost no line breaks (exported into one line, each break "
                            "turned into spaces) was split into lines at its runs of two or more spaces",
}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True,
                              json_schema_serialization_defaults_required=True)


class Phone(_Model):
    raw: str = Field(description="the number as written")
    e164: str | None = Field(None, description='"+14155550123", when the number is valid for its region')


class Location(_Model):
    raw: str = Field(description='as written ("Berlin, Germany"; a full postal address when the header gives one)')
    city: str | None = None
    region: str | None = Field(None, description="a state, province or region")
    country: str | None = Field(None, description='as written ("UK", "Deutschland")')


class ProfileLink(_Model):
    url: str = Field(description="the URL, with https:// when it was written without a scheme")
    kind: LinkKind = Field("other", description="what the host is: 'website' for any other web site, 'other' "
                                                "for a link without a host")
    label: str | None = Field(None, description='the text the link sat on when it differs from the URL ("LinkedIn")')


class Contact(_Model):
    emails: list[str] = Field(default_factory=list, description="addresses, lower-cased, from the text and from "
                                                                "`mailto:` link targets")
    phones: list[Phone] = Field(default_factory=list, description="every number of the candidate's, as written")
    location: Location | None = Field(None, description="the candidate's own location from the header")
    links: list[ProfileLink] = Field(default_factory=list, description="every visible URL and link target "
                                                                       "(not `mailto:`/`tel:`)")


class _Dated(_Model):
    start: PartialDate | None = Field(None, description="partial ISO date; a single date on a job is its start")
    end: PartialDate | None = Field(None, description="partial ISO date; a single date on a degree is its end; "
                                                      "null when ongoing")
    current: bool = Field(False, description="ongoing (\"– present\", \"since 2020\")")


class Experience(_Dated):
    company: str | None = Field(None, description="the employer or organisation")
    title: str | None = Field(None, description="the role")
    location: str | None = Field(None, description="where the job was, as written")
    summary: str | None = Field(None, description="sentences that are not bullets")
    highlights: list[str] = Field(default_factory=list, description="the bullets")
    technologies: list[str] = Field(default_factory=list, description='from "Stack:" / "Tech:" lines or a line of '
                                                                      "pipe-separated tools")


class Grade(_Model):
    raw: str = Field(description='as written ("GPA: 3.8/4.0")')
    value: float | None = Field(None, description="the number (3.8)")
    scale: float | None = Field(None, description="null when the document gives none")


class Education(_Dated):
    institution: str | None = Field(None, description="the school, college or university")
    degree: str | None = Field(None, description='as written, with its field ("M.Sc. Computer Science")')
    field_of_study: str | None = Field(None, description="the field alone, when the degree names one")
    location: str | None = Field(None, description="as written")
    grade: Grade | None = None
    highlights: list[str] = Field(default_factory=list, description="the bullets (courses, thesis, honours)")


class Project(_Dated):
    name: str = Field(description="the main title, without a descriptive subtitle")
    url: str | None = Field(None, description="the project's link")
    role: str | None = Field(None, description="the candidate's role in it")
    technologies: list[str] = Field(default_factory=list, description="tools named with the project")
    summary: str | None = Field(None, description="sentences that are not bullets")
    highlights: list[str] = Field(default_factory=list, description="the bullets")


class Skill(_Model):
    name: str = Field(description="one item, split out of its list, as written")
    category: str | None = Field(None, description='from a label such as "Frameworks & Tools:"')
    canonical: str | None = Field(None, description="the skill's standard name from a curated table "
                                                    "(src/resumekit/data/skills.toml) when the name as written "
                                                    "is one of its spellings, versions or small typos "
                                                    '("ReactJS", "Postgres", "Python 3", "Kubernets" -> "React", '
                                                    '"PostgreSQL", "Python", "Kubernetes"), else null')


class Language(_Model):
    name: str = Field(description="a spoken language, as written")
    proficiency: str | None = Field(None, description='as written ("fluent, C1")')


class Certification(_Model):
    name: str = Field(description="as written")
    issuer: str | None = None
    date: PartialDate | None = None
    url: str | None = Field(None, description="a verification link")


class Publication(_Model):
    title: str = Field(description="the whole citation as written")
    venue: str | None = Field(None, description="the journal, conference or publisher")
    date: PartialDate | None = None
    url: str | None = Field(None, description="a DOI or other link")


class Award(_Model):
    title: str = Field(description="as written")
    awarder: str | None = Field(None, description="who gave it")
    date: PartialDate | None = None
    summary: str | None = None


class OtherSection(_Model):
    heading: str | None = Field(None, description="as written; null for the header block")
    kind: str = Field(description="the section kind (`header`, `contact`, `references`, `other`...)")
    text: str = Field(description="verbatim")


class SectionInfo(_Model):
    kind: str = Field(description="header, summary, experience, education, skills, projects, languages, "
                                  "certifications, publications, awards, volunteer, interests, references, "
                                  "contact or other")
    heading: str | None = Field(None, description="as written")
    page: int | None = Field(None, description="where it starts (from 1)")


class Warning(_Model):
    code: str = Field(description="a stable code: " + ", ".join(WARNING_CODES))
    message: str = Field(description="for a person; may quote the document")
    page: int | None = Field(None, description="the page it concerns, when it concerns one")


class Redaction(_Model):
    pointer: str = Field(description="RFC 6901 JSON Pointer to the value in the unredacted output "
                                     '("/contact/emails/0", "/summary")')
    kind: str = Field(description="what was hidden: name, email, phone, address, link, username, birth_date, "
                                  "birth_place, age, gender, nationality, marital_status, family, referee, employer")
    action: Literal["removed", "masked"] = Field(description="removed: the value is gone; masked: the string "
                                                             "stays with the personal part replaced by a "
                                                             'placeholder ("[name]")')


class Provenance(_Model):
    page: int | None = Field(None, description="the page of its first line (from 1); null when it was read from no line")
    lines: list[int] = Field(default_factory=list, description="the indices of the document lines it was read from "
                                                                "(the `idx` column of `resumekit lines`)")
    box: list[float] | None = Field(None, min_length=4, max_length=4,
                                    description="[x0, top, x1, bottom] in PDF points from the page's top-left corner: "
                                                "the union of the boxes of the words it was read from, on its first "
                                                "page (a link on no line, behind an icon: the link's area); null for "
                                                "DOCX, text and Markdown")
    origin: Literal["text", "link", "metadata", "section"] = Field(
        "text", description="text: found in the lines' text; link: a link target on those lines (the box is the "
                            "text the link sits on) or on none (an icon's link: no lines); metadata: the file's metadata or front matter (no lines); "
                            "section: read from these lines but not found in them word for word")
    confidence: float | None = Field(None, ge=0, le=1,
                                     description="0–1, calibrated: of values given 0.9, about 90 % are right (see "
                                                 "docs/accuracy.md); for the name, each contact value and each "
                                                 "entry, else null")


class Meta(_Model):
    format: Literal["pdf", "docx", "text", "markdown", "jsonresume"] = Field(
        description='the input format ("jsonresume" for a Candidate read by `Candidate.from_json_resume`)')
    pages: int | None = Field(None, description="PDF page count; for DOCX the count Word saved, when it did")
    producer: str | None = Field(None, description="the PDF producer or the application that wrote the DOCX")
    language: str | None = Field(None, description="ISO 639-1 of the body text, when it can be told")
    parser_version: str = Field(__version__, description="the resumekit version that made it")
    is_resume: float | None = Field(default=None, ge=0, le=1,
                                    description="0–1: how likely the document is a résumé at all (a cover "
                                                "letter, a bio or an \"About me\" page scores low)")
    reference_date: date | None = Field(None, description='ISO date: what "present" was taken to mean (see '
                                                          '*What "present" means*)')
    reference_date_source: Literal["option", "document", "today"] | None = Field(
        None, description="where the reference date came from")
    sections: list[SectionInfo] = Field(default_factory=list, description="in document order; the block above "
                                                                          "the first heading is kind `header`")
    warnings: list[Warning] = Field(default_factory=list, description="things a reader of the output should know")
    redactions: list[Redaction] | None = Field(None, description="null unless the Candidate was redacted: then "
                                                                 "every value hidden, by pointer")
    provenance: dict[str, Provenance] = Field(default_factory=dict,
                                              description="where each value came from, by RFC 6901 JSON Pointer "
                                                          '("/name", "/contact/emails/0", "/experience/2", '
                                                          '"/experience/2/company"); see `Candidate.source_of`')


class Candidate(_Model):
    schema_version: str = Field(SCHEMA_VERSION, description=f'"{SCHEMA_VERSION}": a field is only added within a major '
                                                            "version, never renamed or removed")
    name: str | None = Field(None, description='the candidate\'s name, without titles such as "Dr."')
    headline: str | None = Field(None, description='the one-line title under the name ("Machine Learning Engineer")')
    summary: str | None = Field(None, description="the summary / profile / objective section; paragraphs separated "
                                                  "by blank lines")
    contact: Contact = Field(default_factory=Contact, description="the candidate's own contact details")
    experience: list[Experience] = Field(default_factory=list, description="jobs, internships, research and teaching "
                                                                           "positions, in document order")
    volunteer: list[Experience] = Field(default_factory=list, description="volunteer positions, same shape")
    education: list[Education] = Field(default_factory=list, description="degrees, diplomas and schools")
    projects: list[Project] = Field(default_factory=list, description="named projects")
    skills: list[Skill] = Field(default_factory=list, description="one item per skill")
    languages: list[Language] = Field(default_factory=list, description="spoken languages only")
    certifications: list[Certification] = Field(default_factory=list, description="certifications, licences, "
                                                                                "credentials")
    publications: list[Publication] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list, description="awards, honours, prizes")
    interests: list[str] = Field(default_factory=list, description="one item per interest")
    other_sections: list[OtherSection] = Field(default_factory=list, description="every section not mapped to a "
                                                                                 "field, verbatim")
    experience_months: int | None = Field(None, description="total months of experience: the experience entries' "
                                                            "spans (both end months included; a bare year counts "
                                                            "as its July), overlaps merged, ongoing ones up to "
                                                            "`meta.reference_date`; entries without a start or with "
                                                            "a single date are not counted; null when no entry has "
                                                            "a span")
    meta: Meta = Field(description="about the document and the parse")

    def source_of(self, pointer: str) -> Provenance | None:
        """Where the value at ``pointer`` (RFC 6901: "/experience/0/company") came from: its own
        record in ``meta.provenance``, else that of the nearest value holding it (an entry's part
        read from the entry's lines has no record of its own); None when there is none."""
        while True:
            found = self.meta.provenance.get(pointer)
            if found is not None or not pointer:
                return found
            pointer = pointer.rsplit("/", 1)[0]

    def to_json(self, indent: int | None = None) -> str:
        """JSON text, UTF-8 characters kept as they are."""
        return self.model_dump_json(indent=indent)

    def to_json_resume(self) -> dict[str, Any]:
        """This Candidate as a JSON Resume document (schema 1.x); see :mod:`resumekit.jsonresume`."""
        from .jsonresume import to_json_resume
        return to_json_resume(self)

    @classmethod
    def from_json_resume(cls, data: dict[str, Any]) -> "Candidate":
        """A Candidate from a JSON Resume document; see :mod:`resumekit.jsonresume`."""
        from .jsonresume import from_json_resume
        return from_json_resume(data)

    def redacted(self, *, employers: bool = False) -> "Candidate":
        """A copy for blind screening, personal data removed or masked and listed in
        ``meta.redactions``; ``employers=True`` masks employers too. See :mod:`resumekit.redact`."""
        from .redact import redact
        return redact(self, employers=employers)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of what ``resumekit parse --json`` prints, with its
    ``schema_version``: the shape of the output, every key present."""
    body = Candidate.model_json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Candidate",
            "schema_version": SCHEMA_VERSION, **{k: v for k, v in body.items() if k != "title"}}
