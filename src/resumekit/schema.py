"""The public output contract: :class:`Candidate` and its parts (pydantic v2).

Conventions (see docs/schema.md)
- Dates are partial ISO strings: "YYYY", "YYYY-MM" or "YYYY-MM-DD", never more precise than the
  document. An ongoing entry has ``end=None, current=True``.
- Strings are as written in the document, cleaned of layout artefacts; nothing is invented.
  A value the document does not give is ``None`` or ``[]``.
"""
from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from ._version import __version__

__all__ = [
    "SCHEMA_VERSION", "PartialDate", "LinkKind", "Phone", "Location", "ProfileLink", "Contact",
    "Experience", "Grade", "Education", "Project", "Skill", "Language", "Certification",
    "Publication", "Award", "OtherSection", "SectionInfo", "Warning", "Meta", "Candidate",
]

SCHEMA_VERSION = "1.0"

PartialDate = Annotated[str, StringConstraints(pattern=r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]
LinkKind = Literal["github", "linkedin", "twitter", "gitlab", "stackoverflow", "scholar", "orcid",
                   "behance", "dribbble", "website", "other"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Phone(_Model):
    raw: str
    e164: str | None = None


class Location(_Model):
    raw: str
    city: str | None = None
    region: str | None = None
    country: str | None = None


class ProfileLink(_Model):
    url: str
    kind: LinkKind = "other"
    label: str | None = None


class Contact(_Model):
    emails: list[str] = Field(default_factory=list)
    phones: list[Phone] = Field(default_factory=list)
    location: Location | None = None
    links: list[ProfileLink] = Field(default_factory=list)


class _Dated(_Model):
    start: PartialDate | None = None
    end: PartialDate | None = None
    current: bool = False


class Experience(_Dated):
    company: str | None = None
    title: str | None = None
    location: str | None = None
    summary: str | None = None
    highlights: list[str] = Field(default_factory=list)
    technologies: list[str] = Field(default_factory=list)


class Grade(_Model):
    raw: str
    value: float | None = None
    scale: float | None = None


class Education(_Dated):
    institution: str | None = None
    degree: str | None = None
    field_of_study: str | None = None
    location: str | None = None
    grade: Grade | None = None
    highlights: list[str] = Field(default_factory=list)


class Project(_Dated):
    name: str
    url: str | None = None
    role: str | None = None
    technologies: list[str] = Field(default_factory=list)
    summary: str | None = None
    highlights: list[str] = Field(default_factory=list)


class Skill(_Model):
    name: str
    category: str | None = None
    canonical: str | None = None


class Language(_Model):
    name: str
    proficiency: str | None = None


class Certification(_Model):
    name: str
    issuer: str | None = None
    date: PartialDate | None = None
    url: str | None = None


class Publication(_Model):
    title: str
    venue: str | None = None
    date: PartialDate | None = None
    url: str | None = None


class Award(_Model):
    title: str
    awarder: str | None = None
    date: PartialDate | None = None
    summary: str | None = None


class OtherSection(_Model):
    heading: str | None = None
    kind: str
    text: str


class SectionInfo(_Model):
    kind: str
    heading: str | None = None
    page: int | None = None


class Warning(_Model):
    code: str
    message: str
    page: int | None = None


class Meta(_Model):
    format: Literal["pdf", "docx", "text", "markdown"]
    pages: int | None = None
    producer: str | None = None
    language: str | None = None
    parser_version: str = __version__
    is_resume: float | None = Field(default=None, ge=0, le=1)
    reference_date: date | None = None
    reference_date_source: Literal["option", "document", "today"] | None = None
    sections: list[SectionInfo] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)


class Candidate(_Model):
    schema_version: str = SCHEMA_VERSION
    name: str | None = None
    headline: str | None = None
    summary: str | None = None
    contact: Contact = Field(default_factory=Contact)
    experience: list[Experience] = Field(default_factory=list)
    volunteer: list[Experience] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    skills: list[Skill] = Field(default_factory=list)
    languages: list[Language] = Field(default_factory=list)
    certifications: list[Certification] = Field(default_factory=list)
    publications: list[Publication] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    interests: list[str] = Field(default_factory=list)
    other_sections: list[OtherSection] = Field(default_factory=list)
    experience_months: int | None = None
    meta: Meta

    def to_json(self, indent: int | None = None) -> str:
        """JSON text, UTF-8 characters kept as they are."""
        return self.model_dump_json(indent=indent)
