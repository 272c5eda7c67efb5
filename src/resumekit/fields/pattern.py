"""The pattern of an entry section: which place in an entry's header holds the employer, the
title and the place, decided once for the whole section.

A template repeats one shape for every entry: [bold employer ⇥ dates] [italic title ⇥ place],
or [title, employer] over [dates], or a table row per job with [dates] [italic place] [bold
title] [employer]. A *slot* names where a part of a header sits, independently of its words:
the typographic signature of its line (bold, italic, size, capitals, whether the line carries
the dates) and the part's position on that line (the n-th cell, the n-th part between
separators in it, the n-th comma piece of that part). Every entry of the section puts its employer in
the same slot, so the section's entries vote together on each slot's role, and one entry whose
words say nothing ("Baker, Lintel & Rye") is read like its neighbours ("Shift Supervisor,
Corrow Bakeries").

Signals, in precedence order (the scoring table ``SIGNALS``: each feature of a part adds its
weights to the (slot, role) pairs; a slot's score for a role is the mean over the entries that
fill it):
1. place: the part is a location on its own ("Lyon, France", "Remote", a known city), or a short
   part with a place word of the vocabulary and no title or organisation word ("Greater Leeds
   Area"); a slot where places recur holds the place, never the employer or the title. A town
   the tables know but too small to read as a place alone ("Vienne", "Annecy"), without title or
   organisation words, after another part of its cell ("Employer — Vienne"; first in its cell it
   may be a name: "HARWICK, Hull") is a weaker sign of the place (``town``): it outweighs the
   entry's own guess, not a word.
2. title words ("Engineer", "Pflegefachfrau") and organisation words ("GmbH", "University",
   "Hospital"), as :func:`~resumekit.fields.entries.title_like` / ``org_like`` read them.
3. the entry's own reading (``read_company`` / ``read_title``: what the entry's words and
   patterns gave on their own), a weak vote that breaks ties between slots.

A slot filled by ``MIN_ENTRIES`` entries or more takes the role with the best mean score when that
score is at least ``MIN_SCORE``, beats the slot's next role by ``MIN_MARGIN``, and the entries
agree: ``MIN_AGREEMENT`` parts whose own best role it is for each part whose best role is
another; title and employer go to one slot each: the one most entries fill, then the best
scored. The roles are decided twice: for the
fine slots (typography and position), and for coarse ones (position only: dated line or not,
part, piece), which read an entry whose line lost the typography of its neighbours' (a role in
bold in one entry only).
A comma piece beside a piece decided as the employer (or the title), on whose role only that
role's votes were cast, takes the other role when no slot has it ("Role, Employer" read on one
entry's words is read so on a neighbour whose words name neither).
A slot that agrees on its role but gives way to another slot of that role is not contested: its
entries are read by position. A name followed by its place ("University of X, Town") fills the
slot of a name alone, and a part in its role's fine slot wins over one in the coarse slot only.
A section whose entries disagree (a template that puts the role first in one entry and the
employer first in the next) decides nothing, and each entry keeps its own reading.

Errs towards the entry's own reading: the pattern only fills or corrects an entry when the
section decided a slot, and an entry whose words decided both employer and title against the
pattern keeps them (it earned its exception).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ..document import Line
from ..places import place_kind
from ..text import has_phrase, is_caps
from ..vocab import merged
from .phrases import (AT_NAME, comma_pieces, employment_sentence, ends_in_legal_form, head_word, is_url, name_list, org_like, segments,
                      title_like, unlabelled)
from .location import location_of

__all__ = ["Part", "Pattern", "SIGNALS", "coarse", "header_parts", "line_signature", "part_features",
           "section_pattern"]

ROLES = ("company", "title", "place")

# (feature, {role: weight}), in precedence order: data, not code
SIGNALS: tuple[tuple[str, dict[str, float]], ...] = (
    ("place", {"place": 3.0, "company": -3.0, "title": -3.0}),
    ("town", {"place": 1.5, "company": -1.0, "title": -1.0}),
    ("title_word", {"title": 2.0, "company": -1.0, "place": -1.0}),
    ("org_word", {"company": 2.0, "title": -1.0, "place": -1.0}),
    ("read_company", {"company": 1.0}),
    ("read_title", {"title": 1.0}),
)
MIN_SCORE = 1.0
MIN_MARGIN = 1.0
MIN_ENTRIES = 2  # a pattern needs a section of two entries or more
MIN_AGREEMENT = 3  # a slot's role needs three votes for it per vote for another


@dataclass(frozen=True)
class Part:
    """One part of an entry's header: its text, its slot, and the index of the line it is on."""

    text: str
    slot: tuple
    line: int


def line_signature(line: Line, dated: bool) -> tuple:
    """How a line looks, whatever it says: (bold, italic, size to the point, capitals, dated)."""
    st = line.style
    return (st.bold, st.italic, round(st.size or 0), st.caps or is_caps(line.plain), dated)


_SHORT_PIECE = 6  # words


def header_parts(lines: list[Line], dated: list[bool]) -> list[Part]:
    """The parts of an entry's header lines, each with its slot. A part is split in two at "at"
    ("Audit Senior at Harlow & Co.") or where a sentence of employment names both ("Worked as Analyst
    with Harwick Ltd", :func:`.phrases.employment_sentence`), else at its commas when it has two to four short pieces
    ("Sales Lead, Corvin Foods, Leeds"), a town and its region's code one piece ("Denver, CO"); the
    slot says whether the line holds several pieces that are no place."""
    out: list[Part] = []
    for line, d in zip(lines, dated):
        sig = line_signature(line, d)
        for s, seg in zip(_positions(line.text), segments(line.text)):
            seg = unlabelled(seg)
            at = AT_NAME.split(seg, maxsplit=1)
            pieces = comma_pieces(seg)
            told = employment_sentence(seg)
            if told is not None:  # "Worked as Analyst with Harwick Ltd": the role and the employer, in their order
                pieces = sorted(filter(None, told[:2]), key=seg.find)
            elif len(at) == 2 and all(len(p.split()) <= _SHORT_PIECE for p in at):
                pieces = [p.strip() for p in at]  # "Audit Senior at Harlow & Co."
            elif not 2 <= len(pieces) <= 4 or any(len(p.split()) > _SHORT_PIECE for p in pieces):
                pieces = [seg]
            else:
                pieces = _region_joined(pieces)
            # a name followed by its place is one name ("University of Halden, Tromsø"): the
            # slot says whether a piece after the first is no place
            several = any("place" not in part_features(p) and not place_kind(p) for p in pieces[1:])
            for k, piece in enumerate(pieces):
                if not is_url(piece):
                    out.append(Part(piece, (sig, s, k, several), line.index))
    return out


def _region_joined(pieces: list[str]) -> list[str]:
    """The comma pieces with a closing town the tables know and its region's code that reads as a
    legal form too ("Denver, CO": Colorado, or "Co.") joined into one piece: one place, not a town
    and an employer (alone, the code would vote for the employer's slot in every entry of one
    state). Other places keep their pieces ("Tampa, Florida", "Palatine, IL")."""
    if len(pieces) >= 2 and place_kind(pieces[-2]) == "city" and place_kind(pieces[-1]) == "region" \
            and "org_word" in part_features(pieces[-1]):
        return [*pieces[:-2], f"{pieces[-2]}, {pieces[-1]}"]
    return pieces


def _positions(text: str) -> list[tuple[int, int]]:
    """Where each part of the line sits: (its cell among the cells that hold parts, its place in
    that cell). A cell (TAB) parts more than a separator inside it: "Instructor | Finance ⇥
    Kestrel, remote" puts the employer in the second cell, as "Analyst ⇥ Kestrel, Leeds" does."""
    out: list[tuple[int, int]] = []
    cell = -1
    for chunk in text.split("\t"):
        parts = segments(chunk)
        if parts:
            cell += 1
            out += [(cell, k) for k in range(len(parts))]
    return out if len(out) == len(segments(text)) else [(0, k) for k in range(len(segments(text)))]


@lru_cache(maxsize=4096)
def part_features(text: str) -> frozenset[str]:
    """The content features of a part that the scoring table reads."""
    legal = ends_in_legal_form(text)  # a company's name, whatever place its last word names ("Varga Foods AB")
    t, o = title_like(text), org_like(text) or legal or name_list(text)
    if not legal and (location_of(text) is not None or (not (t or o) and len(text.split()) <= 5
                                                        and has_phrase(text, merged().place_words))):
        return frozenset({"place"})
    if t and o:
        # the head word decides: "Software Engineer" and "Candidate in Government" are titles,
        # "Sales Partners Ltd" a company; a title word before an organisation's own word keeps
        # both ("Sales Lead, Acme Ltd")
        last = head_word(text)
        o = not title_like(last)
        t = not o or org_like(last)
    return frozenset({f for f, on in (("title_word", t), ("org_word", o)) if on})


@dataclass
class Pattern:
    """Each decided slot's role: ``roles`` by the fine slot (signature and position), ``coarse``
    by the position alone (dated line or not, part, piece), for entries whose line looks unlike
    its neighbours' (a weight the extraction lost)."""

    roles: dict[tuple, str]
    coarse: dict[tuple, str] = field(default_factory=dict)
    contested: frozenset = frozenset()  # fine slots whose entries disagree: no coarse role either

    def __bool__(self) -> bool:
        return bool(self.roles or self.coarse)

    def read(self, parts: list[Part]) -> dict[str, Part]:
        """The entry's parts in the decided slots, by role: the first part in the role's fine
        slot, else the first in its coarse one (a stray line above the entry, in the employer's
        position but not its look, gives way to the part that has both)."""
        out: dict[str, Part] = {}
        for p in parts:
            role = self.roles.get(p.slot)
            if role and role not in out:
                out[role] = p
        for p in parts:
            role = self.coarse.get(coarse(p.slot)) if p.slot not in self.roles and p.slot not in self.contested else None
            if role and role not in out:
                out[role] = p
        return out


def coarse(slot: tuple) -> tuple:
    """A slot without the line's typography: (dated, part, piece, several pieces)."""
    return (slot[0][-1], *slot[1:])


def section_pattern(entries: list[list[Part]], readings: list[dict[str, str | None]]) -> Pattern:
    """The roles of the section's slots, from every entry's parts and its own reading
    (``{"company": ..., "title": ...}``)."""
    if len(entries) < MIN_ENTRIES:
        return Pattern({})
    scored = []
    for parts, reading in zip(entries, readings):
        for p in parts:
            scored.append((p.slot, _own_scores(p, reading)))
    # the slots of a part cut in three comma pieces or more ("Role, Course, SCHOOL"): no pair
    crowded = {p.slot for parts in entries for p in parts
               if sum(q.line == p.line and q.slot[1] == p.slot[1] for q in parts) >= 3}
    fine, contested = _decide(scored, crowded)
    rough, _ = _decide([(coarse(slot), own) for slot, own in scored], {coarse(slot) for slot in crowded})
    return Pattern(fine, rough, contested)


def _after_a_name(slot: tuple) -> bool:
    """The part follows another in its cell (its place in the cell, or its comma piece, is not the first)."""
    position = slot[1]
    return bool((position[1] if isinstance(position, tuple) else 0) or slot[2])


def _own_scores(p: Part, reading: dict[str, str | None]) -> dict[str, float]:
    feats = set(part_features(p.text))
    if not feats and _after_a_name(p.slot) and place_kind(p.text) == "city":
        feats.add("town")  # after a name in its cell ("Employer — Vienne"), not a name itself ("HARWICK, Hull")
    if reading.get("company") == p.text:
        feats.add("read_company")
    if reading.get("title") == p.text:
        feats.add("read_title")
    weights = dict(SIGNALS)
    own = dict.fromkeys(ROLES, 0.0)
    for f in feats:
        for role, w in weights[f].items():
            own[role] += w
    return own


def _decide(scored: list[tuple[tuple, dict[str, float]]], crowded: set = frozenset()
            ) -> tuple[dict[tuple, str], frozenset]:
    """(the decided slots' roles, the slots whose entries voted but did not agree)."""
    totals: dict[tuple, dict[str, float]] = defaultdict(lambda: dict.fromkeys(ROLES, 0.0))
    seen: dict[tuple, int] = defaultdict(int)
    votes: dict[tuple, dict[str, int]] = defaultdict(lambda: dict.fromkeys(ROLES, 0))
    for slot, own in scored:
        seen[slot] += 1
        for role, v in own.items():
            totals[slot][role] += v
        ranked = sorted(own.items(), key=lambda kv: -kv[1])
        if ranked[0][1] > 0 and ranked[0][1] > ranked[1][1]:
            votes[slot][ranked[0][0]] += 1
    scores = {slot: {r: v / seen[slot] for r, v in roles.items()} for slot, roles in totals.items()
              if seen[slot] >= MIN_ENTRIES}
    decided: dict[tuple, str] = {}
    for slot, sc in scores.items():
        ranked = sorted(sc.items(), key=lambda kv: -kv[1])
        (best, top), (_, second) = ranked[0], ranked[1]
        against = sum(v for r, v in votes[slot].items() if r != best)
        # a slot's role is the section's when its entries agree: none against, or MIN_AGREEMENT for each against
        if top >= MIN_SCORE and top - second >= MIN_MARGIN and votes[slot][best] >= 1 \
                and against * MIN_AGREEMENT <= votes[slot][best]:
            decided[slot] = best
    _other_piece(decided, scores, votes, crowded)
    # one slot each for employer and title: the one most entries fill (the section's pattern),
    # then the best scored
    agreed = set(decided)  # (a slot that agrees on its role but gives way to another is no contested one)
    for role in ("company", "title"):
        slots = [s for s, r in decided.items() if r == role]
        if len(slots) > 1:
            keep = max(slots, key=lambda s: (seen[s], scores[s][role]))
            for s in slots:
                if s != keep:
                    del decided[s]
    contested = frozenset(s for s in scores if s not in agreed and any(votes[s].values()))
    return decided, contested


_PAIR = {"company": "title", "title": "company"}


def _other_piece(decided: dict[tuple, str], scores: dict, votes: dict, crowded: set) -> None:
    """A comma piece beside a piece decided as the employer (or the title) is the title (or the
    employer) when the entries that voted on it all voted so, no slot has that role yet and no entry
    cuts that part in three pieces or more ("Role, Course, SCHOOL"): "Senior
    Vet, Wyeside Veterinary Group" puts the role before the comma, so "Vet Surgeon, Malvern Hills
    Vets", whose words name neither, does too."""
    for slot in scores:
        if slot in decided or slot in crowded:
            continue
        for_ = [r for r, v in votes[slot].items() if v]
        if len(for_) != 1 or for_[0] not in _PAIR or for_[0] in decided.values():
            continue
        beside = [s for s, r in decided.items() if r == _PAIR[for_[0]] and s[:2] == slot[:2] and s[3:] == slot[3:]
                  and {s[2], slot[2]} == {0, 1}]
        if beside:
            decided[slot] = for_[0]
