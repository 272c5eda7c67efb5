"""Profile links: the network a link kind names, the user name inside a profile URL, and URLs
that a strict URI check accepts. Pure functions over strings, shared by the JSON Resume mapping
(:mod:`resumekit.jsonresume`) and redaction (:mod:`resumekit.redact`).

User names, by the host's own URL shape (``kind`` as :data:`resumekit.schema.LinkKind` gives it):
``github.com/<user>``, ``gitlab.com/<user>``, ``twitter.com|x.com/<user>``,
``behance.net/<user>``, ``dribbble.com/<user>``, ``linkedin.com/in|pub/<user>``,
``stackoverflow.com/users/<id>/<user>``, ``orcid.org/<id>``, ``scholar.google.*/...?user=<id>``.
A first path segment the host uses for its own pages ("orgs", "in", "search") is no user name.
Anything else gives None: a user name is never guessed from a web site's host.

``hostname`` is the one reading of a link's host (with or without a scheme, checked as a DNS name or
an IPv4 address) that link kinds (:mod:`resumekit.fields.contact`) and personal web sites
(:mod:`resumekit.identity`) share.
"""
from __future__ import annotations

from urllib.parse import parse_qs, quote, urlsplit

import regex

__all__ = ["NETWORKS", "SCHEME", "host_like", "hostname", "kind_of_network", "username", "uri", "profile_url"]

# The JSON Resume "network" of each link kind.
NETWORKS = {"github": "GitHub", "linkedin": "LinkedIn", "twitter": "Twitter", "gitlab": "GitLab",
            "stackoverflow": "Stack Overflow", "scholar": "Google Scholar", "orcid": "ORCID", "behance": "Behance",
            "dribbble": "Dribbble", "website": "Website", "other": "Other"}
_KIND_OF = {k.lower().replace(" ", ""): v for v, k in NETWORKS.items()} | {"x": "twitter", "scholar": "scholar",
                                                                        "stackexchange": "stackoverflow"}
_PROFILE_URLS = {"github": "https://github.com/{}", "gitlab": "https://gitlab.com/{}",
                 "twitter": "https://twitter.com/{}", "linkedin": "https://www.linkedin.com/in/{}",
                 "behance": "https://www.behance.net/{}", "dribbble": "https://dribbble.com/{}",
                 "orcid": "https://orcid.org/{}"}
_RESERVED = frozenset({"orgs", "organizations", "sponsors", "topics", "search", "explore", "settings", "login",
                       "signup", "about", "home", "i", "intent", "share", "hashtag", "in", "pub", "company",
                       "school", "jobs", "feed", "groups", "users", "questions", "shots", "gallery", "projects"})
_ORCID = regex.compile(r"^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$")
SCHEME = regex.compile(r"^([a-z][a-z0-9+\-]*):", regex.IGNORECASE)
_HOST = regex.compile(r"^(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}+)\.){1,10}\p{L}{2,24}$"
                      r"|^\d{1,3}(?:\.\d{1,3}){3}$")
_PATH_START = regex.compile(r"[/?#]")
_PORT = regex.compile(r":\d{1,5}$")
# The URI check of the JSON Resume project's own validator (node jsonschema's "uri" format).
_URI = regex.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$")


def kind_of_network(network: str | None, url: str | None = None) -> str:
    """The link kind a JSON Resume "network" names ("GitHub" -> "github"); a network not known
    here is a "website" when it has a URL, else "other"."""
    k = (network or "").strip().lower().replace(" ", "").replace("-", "")
    if k in _KIND_OF:
        return _KIND_OF[k]
    return "website" if url else "other"


def _parts(url: str) -> tuple[str, list[str], str]:
    s = url.strip()
    if "://" not in s[:12]:
        s = "https://" + s.lstrip("/")
    try:
        split = urlsplit(s)
    except ValueError:
        return "", [], ""
    host = (split.hostname or "").lower()
    host = regex.sub(r"^(?:www\d?|m|mobile)\.", "", host)
    return host, [p for p in split.path.split("/") if p], split.query


_HOSTS = {"github": ("github.com",), "gitlab": ("gitlab.com",), "twitter": ("twitter.com", "x.com"),
          "linkedin": ("linkedin.com",), "behance": ("behance.net",), "dribbble": ("dribbble.com",),
          "orcid": ("orcid.org",), "stackoverflow": ("stackoverflow.com", "stackexchange.com")}


def username(url: str, kind: str) -> str | None:
    """The user name (or id) in a profile URL of ``kind``, as written in the URL; else None."""
    host, path, query = _parts(url)
    if not host or not (host.startswith("scholar.google.") if kind == "scholar" else
                        any(host == h or host.endswith("." + h) for h in _HOSTS.get(kind, ()))):
        return None
    if kind == "scholar":
        users = parse_qs(query).get("user")
        return users[0] if users else None
    if kind == "linkedin":
        return path[1] if len(path) >= 2 and path[0].lower() in ("in", "pub") else None
    if kind == "stackoverflow":
        if len(path) >= 2 and path[0].lower() == "users":
            return path[2] if len(path) >= 3 else path[1]
        return None
    if kind == "orcid":
        return path[0] if path and _ORCID.match(path[0]) else None
    if kind in ("github", "gitlab", "twitter", "behance", "dribbble"):
        if path and path[0].lower() not in _RESERVED:
            return path[0].lstrip("@") or None
    return None


def profile_url(kind: str, user: str) -> str | None:
    """The profile URL of a user name on a network whose URL shape is known, else None."""
    template = _PROFILE_URLS.get(kind)
    return template.format(quote(user, safe="-._~@")) if template and user.strip() else None


def uri(url: str | None) -> str | None:
    """``url`` as an absolute URI the JSON Resume validator accepts: trimmed, "https://" added
    before a bare host, spaces percent-encoded; None when it cannot be one."""
    s = (url or "").strip()
    if not s:
        return None
    if s.startswith("//"):
        s = "https:" + s
    elif not regex.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", s) and regex.match(r"^[\w-]+(\.[\w-]+)+(/|$|[?#:])", s):
        s = "https://" + s
    s = regex.sub(r"\s", lambda m: quote(m.group()), s)
    return s if _URI.match(s) else None


def host_like(s: str) -> bool:
    """Whether a string without a scheme starts with a host name ("example.org/cv", "10.0.0.1:80")."""
    first = _PATH_START.split(s, maxsplit=1)[0]
    if len(first) > 260 or "@" in first:
        return False
    first = _PORT.sub("", first)
    return 0 < len(first) <= 253 and bool(_HOST.match(first))


def hostname(url: str) -> str | None:
    """The lower-cased host of a URL written with or without a scheme, or None when it has no valid
    host ("mailto:a@b.org", "localhost", an empty string)."""
    s = url.strip()
    if not s:
        return None
    if "://" not in s[:20]:
        if s.startswith("//"):
            s = "https:" + s
        elif SCHEME.match(s) and not host_like(s):
            return None
        elif host_like(s):
            s = "https://" + s
        else:
            return None
    try:
        host = urlsplit(s[:2100]).hostname
    except ValueError:
        return None
    if not host or len(host) > 253 or not _HOST.match(host):
        return None
    return host.lower()
