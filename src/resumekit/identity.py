"""What identifies the candidate, gathered from a Candidate for redaction (:mod:`resumekit.redact`).

The name reader can miss the name or take a wrong line for it, so the name is also looked for in
the text through the candidate's handles. Signals, in order of precedence:

1. Handles: the local parts of the e-mail addresses (not mailbox names such as "info"), the user
   names of profile URLs (a URL that ends in its user name: ``github.com/jdoe``, not a repository
   ``github.com/some-org/tool``), and the subdomain of a personal page on a hosting platform
   (``jdoe.github.io``, ``jdoe.netlify.app``).
2. Personal web sites: a "website" link on a hosting platform's subdomain, or whose host holds a
   handle or a part of the name (``jane-doe.dev``). An employer's or a school's site is none.
3. Name parts: the words of ``Candidate.name`` that start with a capital, unless one of them is a
   title, degree or heading word of the vocabulary (the name reader took a wrong line: "PhD
   Astronomy"); and every word written with a capital, three letters or more, that a handle
   holds: whole, inside it (four letters or more), after an initial (``jdoe``), or one letter
   off (five letters or more: "Soraste" for ``sorastte``).
4. Names around a name part: in the header and contact lines left over, the headline, the
   summary, the interests and the warnings, the run of capitalised words a name part stands in
   ("Hi, I am Ana Lupu, ..." gives "Ana Lupu"), at most four words, none a title, heading or
   organisation word of the vocabulary.
5. Name-shaped lines: a header or contact line left over (and the headline, when no name was
   read) that is two to four capitalised words and nothing else, none a title, degree, heading or
   organisation word, or two to four letters of an unspaced script (Han, Kana, Hangul) alone.

It errs towards finding too much: a capitalised word that a handle happens to hold is taken for
a part of the name.
"""
from __future__ import annotations

from collections.abc import Iterator

import regex
from rapidfuzz import fuzz

from .profiles import hostname, username
from .schema import Candidate
from .text import digits, key
from .vocab import merged

__all__ = ["Identity", "MAILBOXES", "UNSPACED", "host_of", "strings"]

# Mailbox names that are no person's name ("info@", "jobs@").
MAILBOXES = frozenset({"info", "mail", "email", "contact", "hello", "jobs", "career", "careers", "admin", "office",
                       "resume", "post", "kontakt", "contato", "contacto", "cv"})
UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*(?![\p{L}\p{N}])")
_NAME_LINE = regex.compile(r"^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*$")
_UNSPACED_NAME = regex.compile(r"^\s*[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]{2,4}\s*$")
_HEADER_KINDS = ("header", "contact")
# Hosts that give each user a subdomain of their own ("jdoe.github.io"): the subdomain is a handle.
_PLATFORMS = ("github.io", "gitlab.io", "netlify.app", "netlify.com", "vercel.app", "herokuapp.com", "pages.dev",
              "wordpress.com", "blogspot.com", "wixsite.com", "carrd.co", "substack.com", "webflow.io")


_WWW = regex.compile(r"^www\d?\.")


def host_of(url: str) -> str | None:
    """The host of a URL without "www.", when it has a dot."""
    host = _WWW.sub("", hostname(url) or "")
    return host if "." in host else None


def _fold(s: str) -> str:
    return key(s).replace(" ", "")


class Identity:
    """The candidate's identifying values: ``emails``, ``usernames``, ``profile_urls``,
    ``hosts`` (personal web sites), ``name`` and ``names`` (whole names found), ``name_parts``,
    ``name_lines`` (texts of name-shaped header lines), ``phone_tails``, ``places``, ``city``."""

    def __init__(self, c: Candidate) -> None:
        v = merged()
        # Words that are no part of a name: titles, degrees, and the words of four letters or more
        # of headings, organisations and personal-data labels (not the particles "de", "le", "van").
        self._stop = set(v.title_words) | set(v.degree_words) | {
            w for w in (*v.organization_words, *(w for ps in (*v.headings.values(), *v.personal.values())
                                                 for p in ps for w in p.split())) if len(w) > 3}
        self.emails = sorted({e.lower() for e in c.contact.emails}, key=len, reverse=True)
        locals_ = {e.split("@")[0] for e in self.emails}
        users = {l.url: u for l in c.contact.links if (u := username(l.url, l.kind))}
        self.profile_urls = sorted({url for url, u in users.items() if url.rstrip("/").lower().endswith(u.lower())},
                                   key=len, reverse=True)
        profile_users = {u for url, u in users.items() if url in self.profile_urls}
        self.usernames = sorted({h for h in profile_users | locals_ if len(h) >= 3 and h.lower() not in MAILBOXES},
                                key=len, reverse=True)
        self.name = c.name.strip() if c.name and c.name.strip() else None
        # A name the name reader took from a wrong line ("PhD Astronomy") holds words of the
        # vocabulary: they are no name parts, and the line is no name to mask elsewhere.
        parts = set(_name_parts(self.name)) if self.name else set()
        named = bool(parts) and not any(key(p) in self._stop for p in parts)
        parts = parts if named else set()
        handles = {key(h) for h in self.usernames}
        hosts = set()
        for link in c.contact.links:
            host = host_of(link.url) if link.kind == "website" else None
            platform = next((p for p in _PLATFORMS if host and host.endswith("." + p)), None)
            if platform:
                hosts.add(host)
                handles.add(key(host[:-len(platform) - 1]))
        mine = {h.replace(" ", "") for h in handles} | {_fold(p) for p in parts if len(p) >= 3}
        for link in c.contact.links:
            host = host_of(link.url) if link.kind == "website" else None
            labels = [_fold(l) for l in (host or "").split(".")[:-1] if len(l) >= 3]
            if any(len(h) >= 3 and (h in l or l in h) for l in labels for h in mine):
                hosts.add(host)
        self.hosts = sorted(hosts, key=len, reverse=True)
        texts = list(strings(c.model_dump(mode="json", exclude={"skills", "languages"})))
        prepared = [(h.replace(" ", ""), regex.findall(r"\p{L}+", h)) for h in handles]
        found = {w for w in {w for t in texts for w in _CAPITALISED.findall(t)} if _from_handle(w, prepared)}
        self.names: set[str] = {self.name} if named else set()
        self.name_lines: set[str] = set()
        # The headline is a name only when no name was read (a real headline, "Tax Senior", may
        # hold no title word of the vocabulary).
        for text in [c.headline or "" if not named else "", *(s.text for s in c.other_sections
                                                              if s.kind in _HEADER_KINDS)]:
            self.name_lines |= {l.strip() for l in text.splitlines() if self._name_line(l)}
        around = [c.headline or "", c.summary or "", *(s.text for s in c.other_sections if s.kind in _HEADER_KINDS),
                  *(w.message for w in c.meta.warnings), *c.interests]
        runs = [run for text in around for run in self._runs(text, parts | found)]
        parts |= found
        for run in runs:
            self.names.add(run)
            parts |= set(_name_parts(run))
        self.name_parts = sorted((p for p in parts if len(p) >= 2), key=len, reverse=True)
        self.names = set(sorted(self.names, key=len, reverse=True))
        self.phone_tails = {d[-9:] for p in c.contact.phones if len(d := digits(p.raw)) >= 7}
        loc = c.contact.location
        self.places = sorted({p.strip() for p in ([loc.raw] + [x for x in regex.split(r"[,;\n]", loc.raw)
                                                               if regex.search(r"\d", x)]) if p.strip()}
                             if loc else set(), key=len, reverse=True)
        self.streets = [p for p in self.places if regex.search(r"\d", p)]
        self.city = loc.city if loc and loc.city and len(loc.city) >= 3 else None

    def _name_line(self, line: str) -> bool:
        if _UNSPACED_NAME.match(line):
            return True
        return bool(_NAME_LINE.match(line)) and not any(w in self._stop for w in key(line).split())

    def _runs(self, text: str, parts: set[str]) -> list[str]:
        """Runs of capitalised words in ``text`` that hold a name part (signal 4)."""
        folded = {p.casefold() for p in parts}
        out: list[str] = []
        for line in text.splitlines():
            run: list[str] = []
            for token in line.split():
                word = token.strip(",.;:!?()[]\"'")
                opens = token[:1] in "([\"'"
                if opens or not (_CAPITALISED.fullmatch(word) and key(word) not in self._stop and len(run) < 4):
                    out += _holding(run, folded)
                    run = []
                if word and _CAPITALISED.fullmatch(word) and key(word) not in self._stop:
                    run.append(word)
                if token[-1:] in ",.;:!?)]\"'" and run:
                    out += _holding(run, folded)
                    run = []
            out += _holding(run, folded)
        return out


def _holding(run: list[str], folded: set[str]) -> list[str]:
    """The run as a name when it has two words or more and one is a name part."""
    if len(run) >= 2 and any(w.casefold() in folded or any(x.casefold() in folded for x in w.split("-")) for w in run):
        return [" ".join(run)]
    return []


def _from_handle(word: str, handles: list[tuple[str, list[str]]]) -> bool:
    """A capitalised word a handle holds (signal 3): whole, inside it (four letters or more), after
    an initial ("jdoe"), or nearly (five letters or more, one letter off: "Soraste" for
    "sorastte"). ``handles``: each folded with :func:`key`, without spaces, and its words."""
    w = _fold(word)
    if len(w) < 3 or w in MAILBOXES:
        return False
    for joined, tokens in handles:
        if (len(w) >= 4 and w in joined) or w in tokens:
            return True
        if len(w) >= 5 and any(len(t) >= 5 and fuzz.ratio(w, t) >= 80 or len(t) >= 6 and t[1:] in w for t in tokens):
            return True
    return False


def strings(value) -> Iterator[str]:
    """Every string inside a JSON-like value (dicts, lists), in order."""
    if isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)
    elif isinstance(value, str):
        yield value


def _name_parts(name: str) -> list[str]:
    """The words of a name ("Anna-Lena van Dijk" -> Anna-Lena, Anna, Lena, Dijk) of two letters or
    more that start with a capital (any, when the name is all lower case); a name in an unspaced
    script is one part."""
    out = []
    lower = name == name.lower()
    for word in name.split():
        word = word.strip(".,()\"'")
        if len(word) >= 2 and not UNSPACED.search(word) and (lower or word[:1].isupper()):
            out.append(word)
            out += [w for w in regex.split(r"[-‐'’]", word) if len(w) >= 2 and w != word]
    return out
