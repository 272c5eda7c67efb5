"""Contact values in free text: phone numbers, links, and a region guess; e-mail addresses are
found by :mod:`.emails` (and passed on from here).

Pure functions over strings; nothing here knows about sections or documents. Each finder
returns :class:`Found` values in text order, one per occurrence (callers deduplicate), with
``text[span[0]:span[1]]`` the value as written.

Phones, signals in order of precedence
1. Negative filters, always: year ranges and dates ("2019 – 2021", "01/2019 - 03/2020",
   "12.05.2021"), ORCID / card-like 4-4-4-4 groups, ISBNs, amounts (a currency sign or "%" next
   to it), a preceding identifier word ("ID", "ISBN", "DOI", "Credential", "Fax", ...), digits
   glued to letters, numbers inside a URL or an e-mail address.
2. ``phonenumbers.is_valid_number`` for the region (the one given; a "+" / "00" prefix; with no
   region, "US" for a 10-digit NANP-looking number): value with ``e164``. Two numbers in one
   run ("0171 1234567 / 030 1234567") are split at "/", spaced dashes or "(".
3. Shape, without ``e164``: 7-15 digits that start with "+", or follow a phone word or glyph
   (:data:`PHONE_WORDS`, "☎"), or are grouped with separators and start with "(", a trunk "0",
   or read as NANP 3-3-4 ("555-123-4567"); grouped in threes like an amount ("619 942 921"), only
   after a phone word.
4. An extension written after a number (:data:`EXTENSION_WORDS`: "ext. 12", "x204") is part of it.
A bare digit run (no separator) needs a "+", a phone word, an explicit ``region`` it is valid
for, or to be the whole input. Errs towards missing a number rather than taking a date or an ID.
Candidates come from a linear, bounded scan (at most 31 digits, separators of up to 3 characters
between digits); only those go to ``phonenumbers``, and at most :data:`MAX_PHONE_CANDIDATES` of
them per call.

Links, signals in order of precedence
1. Every URL :func:`resumekit.text.find_urls` finds, minus dotted tech names and degree
   abbreviations it takes for hosts ("ASP.NET/C#", "B.Com/M.Com").
2. A bare personal domain ``name.tld`` for a short list of TLDs ("jane.dev", "1chooo.com"),
   written in lower case (or all capitals), never a known dotted tech name ("Socket.io",
   "ASP.NET") nor a one-letter name ("B.Tech").
Never anything inside an e-mail address. Errs towards missing a bare domain.

Regions: a country name (English or native) or a region's full name ("Karnataka"), then a
trailing US state / Canadian province code (a state beats the same ISO code: "CA" -> "US", unless
a known city of that country is named: "Berlin, DE", or the code is a state or province of the
named city's country: "Chennai, TN", "Bergamo (BG)"), then an ISO code, then a few large cities.
None when unsure.
"""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import unquote

import regex

from ..places import region_hint
from ..profiles import SCHEME, host_like, hostname
from ..text import find_urls, key, rx
from .emails import Found, Spans, find_emails, line_before

__all__ = [
    "Found", "find_emails", "find_phones", "find_links", "classify_link", "normalize_url",
    "link_from_target", "region_hint", "PHONE_WORDS", "PHONE_KEYS", "MAX_PHONE_CANDIDATES",
]

# ----------------------------------------------------------------------------- data

# Words that say "a phone number follows" (matched after key() folding).
PHONE_WORDS = (
    "phone", "phones", "telephone", "tel", "mobile", "mob", "cell", "cellphone", "handy",
    "telefon", "téléphone", "tél", "portable", "teléfono", "móvil", "telefone", "celular",
    "telefono", "cellulare", "telefoon", "mobiel", "mobil", "телефон", "тел", "моб", "gsm",
    "whatsapp", "tlf",
)
# Words that say "the number that follows is not a phone" (nearest word wins).
NOT_PHONE_WORDS = (
    "id", "isbn", "issn", "doi", "orcid", "arxiv", "pmid", "credential", "certificate",
    "certification", "license", "licence", "licencia", "patent", "ssn", "passport", "zip",
    "postcode", "plz", "gpa", "cgpa", "salary", "invoice", "registration", "matriculation",
    "matrikelnummer", "roll", "fax", "telefax",
)
PHONE_GLYPHS = "☎☏✆📞📱"
# Words before a phone's extension ("ext. 12", "x204", "poste 31", "Durchwahl 17"): part of the number as written.
EXTENSION_WORDS = ("ext", "extn", "extension", "x", "poste", "durchwahl", "dw", "interno", "anexo")
# Dotted names that are technologies or companies, not personal sites (lower case).
TECH_DOTTED = frozenset({
    "node.js", "vue.js", "react.js", "angular.js", "socket.io", "asp.net", "ado.net", "vb.net",
    "chart.js", "d3.js", "three.js", "next.js", "nuxt.js", "express.js", "ember.js", "backbone.js",
    "paper.js", "moment.js", "alpine.js", "solid.js", "vite.js", "ruby.rb", "p5.js", "tensorflow.js",
    "feathers.js", "meteor.js", "knockout.js", "handlebars.js", "phaser.io", "chart.io", "ionic.io",
    "mapbox.js", "leaflet.js", "web3.js", "ethers.js", "brain.js", "ml5.js", "pixi.js", "babylon.js",
    "booking.com", "amazon.com", "hotels.com", "salesforce.com", "monster.com", "match.com",
})
TECH_NAMES = frozenset({
    "node", "vue", "react", "angular", "socket", "asp", "ado", "vb", "chart", "d3", "three", "next",
    "nuxt", "express", "ember", "backbone", "paper", "moment", "alpine", "solid", "vite", "ruby",
    "entity", "svelte", "deno", "bun", "p5",
})
BARE_TLDS = ("com", "dev", "io", "me", "org", "net", "codes", "tech", "site", "page", "xyz", "ai",
             "app", "blog")
MAX_PHONE_CANDIDATES = 500


# ----------------------------------------------------------------------------- phones

_H = r"[ \t]"
_PSEP = r"[ \-./()\u2012\u2013\u2014]"  # no middle dot: it separates contact items
_PHONE_RUN = regex.compile(
    r"(?<![\p{L}\p{N}_@#$%&=\\/+\-\u2012\u2013\u2014*~^])"   # not glued to a word, path, amount
    r"(?<!\d[.,])"                                          # not the decimals of a number
    r"(?:\+" + _H + r"{0,2}\(?|\(" + _H + r"?\+?)?"               # "+44", "(+44)", "+(49)"
    r"(?<!\d" + _PSEP + r"{0,3})"                          # not the tail of a longer run
    r"\d(?:" + _PSEP + r"{0,3}\d){0,30}+"
    r"(?!" + _PSEP + r"{0,3}\d)"                            # a longer run is not read at all
)
_DIGIT_GROUP = regex.compile(r"\d+")
_STRONG_SPLIT = regex.compile(r"\s*/\s*|\s+[\-\u2013\u2014]\s+|\s+(?=\()")
_CURRENCY = "$€£¥₹₽₩¢"
_AFTER_AMOUNT = regex.compile(r"^\s?(?:%|‰|[" + _CURRENCY + r"]|(?:eur|usd|gbp|inr|chf|mio|million|"
                              r"billion|lakh|crore)\b)", regex.IGNORECASE)
PHONE_KEYS = frozenset(key(w) for w in PHONE_WORDS)  # (the phone words as keys fold them)
_NOT_PHONE_KEYS = frozenset(key(w) for w in NOT_PHONE_WORDS)
_NANP = regex.compile(r"^(?:\+?1[ \-.]?)?\(?[2-9]\d\d\)?[ \-.]{0,3}\d{3}[ \-.]{0,3}\d{4}$")


def _context(text: str, start: int) -> int:
    """+1 when the nearest word before ``start`` on its line says "phone", -1 when it names
    an identifier, else 0."""
    before = line_before(text, start, 40)
    for ch in PHONE_GLYPHS:
        before = before.replace(ch, " tel ")
    for w in reversed(key(before).split()):
        if w in PHONE_KEYS:
            return 1
        if w in _NOT_PHONE_KEYS:
            return -1
    return 0


def _is_year(g: str) -> bool:
    return len(g) == 4 and 1900 <= int(g) <= 2100


def _date_like(groups: list[str]) -> bool:
    """Years, or years with day/month numbers: "2019-2021", "01/2019 - 03/2020", "2021-03-07"."""
    if not any(_is_year(g) for g in groups):
        return False
    return all(_is_year(g) or (len(g) <= 2 and int(g) <= 31) for g in groups)


def _rejected(raw: str, groups: list[str]) -> bool:
    """Shapes that are never a phone number, whatever the context."""
    digits = "".join(groups)
    if "/" in raw and _date_like(groups):                                  # "+ 09/2011 08/2012": an icon, then dates
        return True
    if raw.startswith("+"):
        return False
    if _date_like(groups):
        return True
    if len(groups) >= 4 and all(len(g) == 4 for g in groups[:4]):      # ORCID, card numbers
        return True
    if len(digits) == 13 and digits[:3] in ("978", "979"):               # ISBN-13
        return True
    if rx(r"^10\.\d{4,9}/").match(raw):                               # DOI
        return True
    if rx(r"^\d{1,3}(?:\.\d{1,3}){3}$").match(raw):                    # IPv4 address
        return True
    return False


def _dates_only(raw: str) -> bool:
    """A run of dates ("01.08.2016 – 31.07.2018", "2019. 11. 18 – 2019. 12. 13"): years and day or
    month numbers, with no stretch of seven digits between its years (the groups beside a year hold
    two digits at most, so four of them in a row), where no part can be a phone number; not after a "+"."""
    groups = _DIGIT_GROUP.findall(raw)
    if raw.lstrip("( ").startswith("+") or not _date_like(groups):
        return False
    between = 0
    for g in groups:
        between = 0 if _is_year(g) else between + 1
        if between >= 4:
            return False
    return True


def _quantity(raw: str, groups: list[str]) -> bool:
    """ "1 200 000", "3.500.000": thousands groups."""
    return (len(groups) >= 2 and len(groups[0]) <= 3 and groups[0][0] != "0"
            and all(len(g) == 3 for g in groups[1:]) and not raw.startswith(("(", "+")))


def _e164(raw: str, region: str | None, groups: list[str], trusted: bool) -> str | None:
    digits = "".join(groups)
    s = raw.lstrip("( ")
    tries: list[str | None] = []
    if s.startswith("+"):
        tries = [None]
    elif region:
        tries = [region]
        if s.startswith("00"):
            tries.append("DE")        # any region dialling out with 00
    elif s.startswith("00"):
        tries = ["DE"]
    elif (len(groups) >= 2 or trusted) and (len(digits) == 10 or (len(digits) == 11 and digits[0] == "1")) \
            and _NANP.match(raw):
        tries = ["US"]
    for r in tries:
        try:
            n = phonenumbers().parse(raw, r)
        except phonenumbers().NumberParseException:
            continue
        if phonenumbers().is_valid_number(n):
            return phonenumbers().format_number(n, phonenumbers().PhoneNumberFormat.E164)
    return None


class _Budget:
    __slots__ = ("left",)

    def __init__(self, n: int) -> None:
        self.left = n

    def take(self) -> bool:
        self.left -= 1
        return self.left >= 0


def _judge(raw: str, region: str | None, ctx: int, whole: bool, budget: _Budget,
           fallback: bool = True) -> tuple[str, str | None] | None:
    """(raw, e164) when ``raw`` (one candidate, trimmed) is read as a phone number."""
    groups = _DIGIT_GROUP.findall(raw)
    digits = "".join(groups)
    if not 7 <= len(digits) <= 17 or _rejected(raw, groups):
        return None
    plus = raw.lstrip("( ").startswith("+")
    bare = len(groups) == 1
    if bare and not (plus or ctx > 0 or whole or region):
        return None
    if bare and region and not (plus or ctx > 0 or whole) and len(digits) < 10:
        return None
    if not budget.take():
        return None
    e164 = _e164(raw, region, groups, ctx > 0 or whole)
    if e164:
        return raw, e164
    if not fallback or len(digits) > 15 or (_quantity(raw, groups) and ctx <= 0):
        return None  # (behind a phone word, "Móvil: 619 942 921" is a number, not an amount)
    if bare:
        return (raw, None) if plus or ctx > 0 or whole else None
    if plus or ctx > 0:
        return raw, None
    if raw.startswith("(") or (raw.startswith("0") and len(groups[0]) >= 2 and len(digits) >= 8):
        return raw, None
    if _NANP.match(raw):
        return raw, None
    return None


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _read_run(text: str, s: int, e: int, region: str | None, ctx: int, whole: bool,
              budget: _Budget) -> list[Found]:
    raw = text[s:e]
    got = _judge(raw, region, ctx, whole, budget)
    if got:
        return [Found(got[0], (s, e), got[1])]
    n_digits = sum(c.isdigit() for c in raw)
    if n_digits < 14 or _dates_only(raw):
        return []
    out: list[Found] = []
    # two numbers in one run: "0171 1234567 / 030 1234567", "206 403 7494 2019 – 2021"
    pos = s
    parts = []
    for m in _STRONG_SPLIT.finditer(raw):
        parts.append((pos, s + m.start()))
        pos = s + m.end()
    parts.append((pos, e))
    if len(parts) > 1:
        for ps, pe in parts:
            ps, pe = _trimmed(text, ps, pe)
            got = _judge(text[ps:pe], region, ctx, False, budget) if ps < pe else None
            if got:
                out.append(Found(got[0], (ps, pe), got[1]))
            elif ps < pe:
                out += _valid_prefix(text, ps, pe, region, ctx, budget)
        if out:
            return out
    if budget.take():
        try:
            pn = phonenumbers()
            matches = list(pn.PhoneNumberMatcher(raw, region or "US", pn.Leniency.VALID))
        except Exception:  # pragma: no cover - the library is defensive already
            matches = []
        for m in matches:
            ms, me = _trimmed(text, s + m.start, s + m.end)
            sub = text[ms:me]
            groups = _DIGIT_GROUP.findall(sub)
            if _rejected(sub, groups) or (len(groups) == 1 and not sub.startswith("+") and ctx <= 0):
                continue
            out.append(Found(sub, (ms, me),
                             pn.format_number(m.number, pn.PhoneNumberFormat.E164)))
        if out:
            return out
    return _valid_prefix(text, s, e, region, ctx, budget)


def _valid_prefix(text: str, s: int, e: int, region: str | None, ctx: int,
                  budget: _Budget) -> list[Found]:
    """The longest leading run of digit groups that is a valid number ("206 403 7494 2019")."""
    ends = [s + m.end() for m in _DIGIT_GROUP.finditer(text, s, e)]
    for end in reversed(ends[:-1]):
        got = _judge(text[s:end], region, ctx, False, budget, fallback=False)
        if got:
            return [Found(got[0], (s, end), got[1])]
        if budget.left <= 0:
            break
    return []


def phonenumbers():
    """The phonenumbers library, imported on first need (its metadata is large): a text without a
    run of digits that may be a phone never loads it."""
    import phonenumbers as library

    return library


_ANY_DIGIT = regex.compile(r"\d")


def find_phones(text: str, region: str | None = None) -> list[Found]:
    """Phone numbers in ``text``: ``value`` as written, ``e164`` when valid for the region."""
    if not text or not _ANY_DIGIT.search(text):
        return []
    return list(_phones_in(text, region))


@lru_cache(maxsize=1 << 11)
def _phones_in(text: str, region: str | None) -> tuple[Found, ...]:
    """(The readers look for phones in the same lines several times: the answers are kept.)"""
    if sum(map(str.isdigit, text)) < 7:
        return ()  # no run can hold the seven digits a phone number needs
    region = region.upper() if region else None
    if region is not None and region not in phonenumbers().SUPPORTED_REGIONS:
        region = None
    avoid: Spans | None = None
    budget = _Budget(MAX_PHONE_CANDIDATES)
    stripped = text.strip()
    out: list[Found] = []
    for m in _PHONE_RUN.finditer(text):
        s, e = m.span()
        if sum(c.isdigit() for c in text[s:e]) < 7:
            continue
        if budget.left <= 0:
            break
        nxt = text[e:e + 1]
        if nxt and (nxt.isalpha() or nxt in "@%‰_"):
            continue
        prev = text[max(0, s - 2):s].strip()
        if prev and prev[-1] in _CURRENCY:
            continue
        if _AFTER_AMOUNT.match(text[e:e + 12]):
            continue
        ctx = _context(text, s)
        if ctx < 0:
            continue
        if avoid is None:
            taken = [(a, b) for a, b, _ in find_urls(text)]
            taken += [f.span for f in find_emails(text)] if "@" in text else []
            avoid = Spans(taken)
        if avoid.overlaps((s, e)):
            continue
        whole = text[s:e] == stripped
        out += [_with_extension(text, f) for f in _read_run(text, s, e, region, ctx, whole, budget)]
    return tuple(out)


# (a lone "x" only glued to the digits: "x204", not "x 2 years")
_EXTENSION = regex.compile(r",?\s*(?:(?:" + "|".join(w for w in EXTENSION_WORDS if w != "x") + r")\.?\s?|x)"
                           r"\d{1,5}(?![\d\p{L}])", regex.IGNORECASE)


def _with_extension(text: str, found: Found) -> Found:
    """The number with the extension written after it ("(555) 010-1234 ext. 12"), as written; its
    ``e164`` is the number's."""
    m = _EXTENSION.match(text, found.span[1])
    if not m:
        return found
    return Found(text[found.span[0]:m.end()], (found.span[0], m.end()), found.e164)


# ----------------------------------------------------------------------------- links

_BARE_DOMAIN = regex.compile(
    r"(?<![\p{L}\p{N}_@./:#\-])"
    r"(?P<host>(?:[a-z0-9\-]{1,63}+\.){1,3}(?P<tld>" + "|".join(BARE_TLDS) + r"))"
    r"(?![\p{L}\p{N}_@\-]|\.[\p{L}\p{N}])",
    regex.IGNORECASE,
)
# What every bare domain holds (its last dot and top-level domain): a text without it is not scanned.
_BARE_TLD = regex.compile(r"\.(?:" + "|".join(BARE_TLDS) + r")", regex.IGNORECASE)
_KNOWN_SHORT = frozenset({"x.com", "t.co", "t.me"})


def _tech_host(host: str) -> bool:
    """A dotted tech name or degree abbreviation printed like a host: "ASP.NET", "B.Tech"."""
    labels = host.split(".")
    if len(labels) < 2:
        return True
    low = host.lower()
    if low in TECH_DOTTED:
        return True
    tld, name = labels[-1], labels[-2]
    if name.lower() in TECH_NAMES:
        return True
    if len(name) == 1 and len(labels) == 2 and low not in _KNOWN_SHORT:
        return True
    if tld != tld.lower():
        if tld != tld.upper() or host != host.upper() or tld in ("NET", "IO", "JS"):
            return True
    if not rx(r"\p{L}").search(name):
        return True
    return False


def find_links(text: str) -> list[Found]:
    """URLs and bare personal domains printed in ``text`` (not e-mail addresses), as written."""
    if not text or "." not in text:
        return []
    email_spans = [f.span for f in find_emails(text)] if "@" in text else []
    emails = Spans(email_spans)
    out: list[Found] = []
    for s, e, url in find_urls(text):
        if emails.overlaps((s, e)):
            continue
        if not rx(r"(?i)(?:[a-z][a-z0-9+.\-]*://|www\.)").match(url):
            host = rx(r"[/?#]").split(url, maxsplit=1)[0]
            if classify_link(url) == "website" and _tech_host(host):
                continue
        out.append(Found(url, (s, e)))
    taken = Spans([f.span for f in out] + email_spans)
    for m in _BARE_DOMAIN.finditer(text) if _BARE_TLD.search(text) else ():
        span = m.span()
        host = m.group("host")
        if taken.overlaps(span) or _tech_host(host):
            continue
        if any(not l or l.startswith("-") or l.endswith("-") for l in host.split(".")):
            continue
        out.append(Found(host, span))
    out.sort(key=lambda f: f.span)
    return out


_BROKEN_SCHEME = regex.compile(r"^([a-z]{2,6}):?/{1,3}(?=\S)", regex.IGNORECASE)


def classify_link(url: str) -> str:
    """The :data:`resumekit.schema.LinkKind` of a URL, by its host."""
    host = hostname(url)
    if not host:
        return "other"
    host = rx(r"^(?:www\d?|m|mobile)\.").sub("", host)

    def on(*domains: str) -> bool:
        return any(host == d or host.endswith("." + d) for d in domains)

    if on("github.com"):
        return "github"
    if on("gitlab.com"):
        return "gitlab"
    if on("linkedin.com", "lnkd.in"):
        return "linkedin"
    if on("twitter.com", "x.com"):
        return "twitter"
    if on("stackoverflow.com", "stackexchange.com", "superuser.com", "serverfault.com", "askubuntu.com"):
        return "stackoverflow"
    if host.startswith("scholar.google."):
        return "scholar"
    if on("orcid.org"):
        return "orcid"
    if on("behance.net"):
        return "behance"
    if on("dribbble.com"):
        return "dribbble"
    return "website"


def normalize_url(url: str) -> str:
    """``url`` trimmed, with "https://" when it has no scheme and starts with a host."""
    s = (url or "").strip()
    if not s:
        return ""
    if s.startswith("//"):
        return "https:" + s
    if "://" in s[:20]:
        return s
    if SCHEME.match(s) and not host_like(s):
        return s
    if host_like(s):
        return "https://" + s
    return s


_REDIRECT = regex.compile(r"[?&](?:url|u|q|target|dest)=(?P<inner>https?(?::|%3A)[^&]+)", regex.IGNORECASE)


def _unwrapped(url: str) -> str:
    """The address a redirect passes on ("…/redirect-external?url=https://www.linkedin.com/in/x"
    -> "https://www.linkedin.com/in/x"), else the URL as given."""
    m = _REDIRECT.search(url)
    return unquote(m.group("inner")) if m else url


_JUNK_SCHEMES = frozenset({"javascript", "data", "file", "about", "blob", "chrome", "vbscript", "cid"})


def link_from_target(target: str) -> tuple[str, str] | None:
    """("email", address), ("phone", number) or ("url", url) for a hyperlink target; None when
    it is empty, an internal anchor, or a script."""
    t = (target or "").strip()
    if not t or t.startswith("#"):
        return None
    m = SCHEME.match(t)
    scheme = m.group(1).lower() if m else None
    if scheme == "mailto":
        rest = unquote(t[m.end():]).split("?", 1)[0].strip().lstrip("/").strip()
        if "@" in rest:
            found = find_emails(rest)
            return ("email", found[0].value) if found else ("email", rest.lower())
        if rest and host_like(rest):
            return "url", normalize_url(rest)
        return None
    if scheme in ("tel", "callto", "sms"):
        rest = unquote(t[m.end():]).split("?", 1)[0].strip().lstrip("/").strip()
        return ("phone", rest) if sum(c.isdigit() for c in rest) >= 3 else None
    if scheme in _JUNK_SCHEMES:
        return None
    if "://" in t[:20] or t.startswith("//"):
        return "url", _unwrapped(normalize_url(t))
    if scheme and not host_like(t):
        return None                    # an unknown scheme ("x-apple-data-detectors:")
    if "@" in t and "/" not in t:
        found = find_emails(t)
        if found and found[0].span == (0, len(t)):
            return "email", found[0].value
    if host_like(t):
        return "url", normalize_url(t)
    b = _BROKEN_SCHEME.match(t)
    if b and "t" in b.group(1).lower() and "p" in b.group(1).lower():
        return "url", t                 # "https//github.com/jane": kept as written
    return None


