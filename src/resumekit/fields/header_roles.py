"""Title, employer and place from the parts of one entry's header lines, read by their words alone:
what the experience reader falls back on where the section's pattern (:mod:`.pattern`) leaves a
role open, and how it tells apart "Title (Employer)".

Signals, in order of precedence:
1. A place at a part's end (:func:`.location.split_place`), unless the part ends in a legal form;
   a town the tables know, glued by a space to a role before its region ("Print Apprentice Dayton,
   Ohio"), is part of the place.
2. "Title at Employer" (at, @, chez, bei, beim, en, na, presso, bij, в; an article after some:
   "at the", "bei der", "bij de", "presso la", "presso l'") where the words before name a role: the
   employer, and a title that only qualifies a role line of its own.
3. "A: B" at a colon; an introducing phrase ("Contract via X", the vocabulary's) names the employer.
4. Comma pieces, when the parts as they stand do not give both roles, or give one by its words
   and the other by order alone while the pieces' words name both: the pieces whose words name
   a role (when every piece has a job word, not one an organisation word heads: "Harlow & Sales
   Advogados, Senior Associate"), else an employer (six words each at most, eight for a named one); a short capitalised
   last piece after the employer is the place ("Title, Company, City").
5. Words: a part with title words and no organisation words is the title, and the other way round
   (a university over its department; a phrase whose head word is a title word is a title); a
   unit after the role's comma ("Physician, Department of …") leaves the title when the employer
   is named apart;
   a description (lower-case words outnumber capitalised ones) is no employer.
6. Order: what is left fills the open roles in turn; a part left over beside both, last on the
   employer's line, is a town when the tables know it or it names nothing; alone on its line, a
   town the tables leave out for its common word ("Bath", :func:`..places.word_town`) that is no
   field's label.
The fourth value of :func:`assign` says how the roles were told apart: "title_first" /
"company_first" when words decided both, "half_…" when they decided one and the order the other,
"guessed" when only the order did. Errs towards a guess over an empty role.
"""
from __future__ import annotations

import regex

from ..places import place_kind, word_town
from ..schema import Experience
from ..text import key, rx
from ..vocab import merged
from .location import bare_town, split_place
from .phrases import (acronym_last, comma_pieces, degree_like, ends_in_legal_form, head_word, introduced_company,
                      name_list, org_like, title_like, unit_like)

__all__ = ["assign", "described", "employer_in_brackets"]

_AT = regex.compile(r"^(?P<title>.{2,80}?)\s+(?:(?:at(?:\s+the)?|@|chez|bei(?:\s+de[mnr])?|beim|en|na|bij(?:\s+(?:de|het))?"
                   r"|presso(?:\s+(?:la|il|lo|gli|le))?|в)\s+|presso\s+l['’])(?P<company>\p{Lu}.{1,160})$")
_PLACE = regex.compile(r"^\p{Lu}[\p{L}.'’\-]*(?: \p{Lu}[\p{L}.'’\-]*){0,2}$")
_BRACKETED = regex.compile(r"^(?P<a>[^()]{2,80}?)\s+\((?P<b>[^()]{2,60})\)$")
_NAMED = regex.compile(r"^\p{Lu}[\p{L}\p{N}'’.\-]*(?:\s+(?:&|and|of|the|\p{Lu}[\p{L}\p{N}'’.\-]*)){1,3}$")
_COLON = regex.compile(r"^(?P<a>[^:]{2,60}):\s+(?P<b>.{2,80})$")


def assign(parts: list[tuple[str, int]]) -> tuple[str | None, str | None, str | None, str | None]:
    """Company, title and location from the parts of an entry's header lines. Commas inside a
    part are split only when the parts as they stand do not give both a company and a title.
    The fourth value says how the two were told apart: "title_first" / "company_first" when
    words decided both, "half_title_first" / "half_company_first" when they decided one and the
    order the other, "guessed" when only the order did."""
    whole = _assign_parts(parts, split_commas=False)
    if whole[0] and whole[1] and not whole[2] and bare_town(whole[0]):
        # "Title, Employer ⇥ Town": a short name that names nothing, taken for the employer while
        # the employer sits after the role's comma, is the place when the pieces say so
        split = _assign_parts(parts, split_commas=True)
        if split[0] and split[1] and split[2] == whole[0]:
            return split
    if whole[0] and whole[1]:
        if (whole[3] or "").startswith("half_"):
            # one role by its words, the other by order alone ("Meridian Payments Migration" over
            # "Programme Lead, Calloway Bank"): the comma pieces whose words name both read finer
            split = _assign_parts(parts, split_commas=True)
            if split[0] and split[1] and split[3] in ("title_first", "company_first"):
                return _without_unit(*split)
        return _without_unit(*whole)
    return _assign_parts(parts, split_commas=True)


def _without_unit(company: str, title: str, location: str | None, how: str | None
                  ) -> tuple[str | None, str | None, str | None, str | None]:
    """A unit after the role, the organisation named apart ("Attending Physician, Department of
    Emergency Medicine" over the hospital): the unit is part of the employer, not of the title."""
    pieces = comma_pieces(title)
    cut = next((n for n, p in enumerate(pieces) if n and unit_like(p)), None)
    if cut is not None and not unit_like(company) and title_like(", ".join(pieces[:cut])):
        title = ", ".join(pieces[:cut])
    return company, title, location, how


def employer_in_brackets(exp: Experience) -> None:
    """A role without an employer of its own, nor one from a line above, that names it in
    brackets: "Data Analyst (Acme Ltd)" -> the title and the company; a name of two to four
    capitalised words without organisation words too ("Engineer (Gullwing Games)"), unless it is
    a place, a term of the job ("(Part Time)", the vocabulary's employment_terms) or names a role or
    a degree (a note of one word, "(Teilzeit)", "(Corporal)", stays)."""
    m = _BRACKETED.match(exp.title or "")
    b = m.group("b").strip() if m else ""
    if m and title_like(m.group("a")) and not title_like(b) and (org_like(b) or _NAMED.match(b) and not (
            degree_like(b) or split_place(b)[1] or key(b) in merged().employment_terms)):
        exp.title, exp.company = m.group("a").strip(), b


def _short_piece(piece: str) -> bool:
    """A comma piece short enough to be a name or a role: six words, eight when its words name an
    employer or a role ("London School of Hygiene and Tropical Medicine"); a note in brackets
    ("(80% FTE)") does not count."""
    words = rx(r"\([^()]*\)").sub(" ", piece).split()
    return len(words) <= 6 or len(words) <= 8 and (org_like(piece) or title_like(piece))


def _employer_named(piece: str) -> bool:
    """A piece whose words name an organisation and whose head word is none of a role's, though a job
    word sits inside it ("Harlow & Sales Advogados", "Pleiße Ingenieure GmbH", "Acme Sales Ltd"), and that
    is no description."""
    return org_like(piece) and not _ends_in_title(piece) and not described(piece)


def _ends_in_title(seg: str) -> bool:
    """The phrase's head word is a title word ("Software Engineer", "Candidate in Government")."""
    head = head_word(seg)
    return bool(head) and title_like(head)


def described(seg: str) -> bool:
    """A description rather than a name: after its first word, lower-case words of four letters
    or more outnumber capitalised ones ("Monitoring and administration of IT systems"; a name
    capitalises its words: "Ministry of Agriculture, Livestock and Fisheries")."""
    words = rx(r"\p{L}[\p{L}'’-]*").findall(seg)[1:]
    lower = sum(1 for w in words if w[0].islower() and len(w) >= 4)
    upper = sum(1 for w in words if w[0].isupper())
    return lower >= 2 and lower > upper


def _a_label(seg: str) -> bool:
    """A label of an entry's field (its period, role, employer or place: "Date", "Employer")."""
    m = merged()
    return key(seg) in {*m.period_labels, *m.title_labels, *m.employer_labels, *m.location_labels}


def _order(rest: list[str], company: str | None, title: str | None) -> str | None:
    if company in rest and title in rest:
        return "title_first" if rest.index(title) < rest.index(company) else "company_first"
    return None


def _glued_town(seg: str, loc: str | None) -> tuple[str, str | None]:
    """("Print Apprentice", "Dayton, Ohio") from a role and its town apart by a space only before
    the region ("Print Apprentice Dayton", "Ohio": a flattened text's lost gap): the last one or two
    words join the place when the tables know them as a city, the place is a region or a country
    alone, and the words before name a role and no organisation; else the two as they were."""
    if not seg or not loc or "," in loc or place_kind(loc) not in ("region", "country"):
        return seg, loc
    words = seg.split()
    for n in (1, 2):
        town, role = " ".join(words[-n:]), " ".join(words[:-n])
        if len(words) > n and place_kind(town) == "city" and title_like(role) and not org_like(role):
            return role, f"{town}, {loc}"
    return seg, loc


def _assign_parts(parts: list[tuple[str, int]], split_commas: bool
                  ) -> tuple[str | None, str | None, str | None, str | None]:
    company = title = location = at_title = introduced = None
    rest: list[str] = []
    for seg, _ in parts:
        seg, loc = split_place(seg) if not ends_in_legal_form(seg) else (seg, None)
        seg, loc = _glued_town(seg, loc)
        if loc and location is None:
            location = loc
        if not seg:
            continue
        m = _AT.match(seg)
        if m and title_like(m.group("title")) and at_title is None:
            # "Intern at Initech" under a role line of its own ("Backend Developer"): the role
            # line is the title, the words before "at" only qualify it
            at_title, company = m.group("title").strip(), company or m.group("company").strip()
            continue
        m = _COLON.match(seg)
        if m:
            rest += [m.group("a").strip(), m.group("b").strip()]
            continue
        found = introduced_company(seg) if introduced is None else None
        if found:
            before, introduced = found
            rest += [before] if before else []
            continue
        pieces = comma_pieces(seg) if split_commas else [seg]
        # the pieces whose words name a role, else those whose words name an employer; a piece with
        # a job word whose head names an employer ("Harlow & Sales Advogados", "X Ingenieure GmbH")
        # counts as the employer when another piece names the role
        known = [k for k, p in enumerate(pieces) if title_like(p)]
        if len(known) == len(pieces) >= 2:
            known = [k for k in known if not _employer_named(pieces[k])]
        known = known or [k for k, p in enumerate(pieces) if org_like(p)]
        if len(pieces) >= 2 and known and len(known) < len(pieces) and all(_short_piece(p) for p in pieces):
            if acronym_last(pieces, known):
                pieces = [f"{pieces[0]}, {pieces[1]}", pieces[2]]
            # "Title, Company, City": a last short capitalised part after the company is the place
            if len(pieces) >= 3 and location is None and known[0] < len(pieces) - 2 and _PLACE.match(pieces[-1]) \
                    and not org_like(pieces[-1]):
                location = pieces.pop()
            rest += pieces
            continue
        rest.append(seg)
    unknown: list[tuple[str, bool, bool]] = []
    for seg in rest:
        t, o = title_like(seg), (org_like(seg) or name_list(seg)) and not described(seg)
        if t and o and _ends_in_title(seg):
            o = False  # "Software Engineer": the head of the phrase is a title word
        if t and not o and title is None:
            title = seg
        elif o and not t and (company is None or unit_like(company) and not unit_like(seg)):  # a university over its department
            company = seg
        else:
            unknown.append((seg, t, o))
    left = []
    for seg, t, o in unknown:
        if t and title is None:
            title = seg
        elif o and company is None:
            company = seg
        else:
            left.append(seg)
    if title is None and at_title:
        title = at_title
    if company is None and introduced:
        company = introduced
    decided = (company is not None) + (title is not None)
    # the parts last on a line after another part (their line numbers)
    tails = {seg: n for k, (seg, n) in enumerate(parts) if k and parts[k - 1][1] == n
             and (k + 1 == len(parts) or parts[k + 1][1] != n)}

    lone = {seg for seg, n in parts if sum(m == n for _, m in parts) == 1}  # the parts alone on their line

    def beside_a_name(seg: str) -> bool:
        """A tail on the line that holds the employer (not a table's header row, "Period ⇥ Role ⇥
        Employer")."""
        return seg in tails and any(m == tails[seg] and s != seg and company and company in s for s, m in parts)
    for seg in left:
        if company is None and title is not None and described(seg) and len(seg.split()) >= 4:
            continue  # a line that describes the work is no employer beside a role ("Freelance" / "Logo design for pubs")
        if company is None:
            company = seg
        elif title is None:
            title = seg
        elif location is None and (place_kind(seg) or word_town(seg) and seg in lone and not _a_label(seg) or beside_a_name(seg) and bare_town(
                seg.title() if seg.isupper() and (company or "").isupper() else seg)):  # "ACME — HARLOWE"
            # a part left over beside employer and role, a town the tables know ("— Vienne") or
            # leave out for its common word, alone on its line ("Bath", "Reading":
            # :func:`.places.word_town`; a label cell beside its value, "Date ⇥ …", is none) or,
            # last on its line after another part, a short name that names nothing ("— Hebden
            # Bridge"; a label cell before its value, "Dates ⇥ …", is none)
            location = seg
    if not decided:
        return company, title, location, "guessed" if company and title else None
    order = _order(rest, company, title)
    return company, title, location, (f"half_{order}" if order and decided == 1 else order)
