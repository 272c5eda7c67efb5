"""Contact finders: e-mails, phones, links, link targets, region hints."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resumekit.fields.contact import (
    Found, classify_link, find_emails, find_links, find_phones, link_from_target, normalize_url,
    region_hint,
)

# ----------------------------------------------------------------------------- emails

EMAILS = [
    ("jane.doe@example.com", ["jane.doe@example.com"]),
    ("Email: Jane.Doe@Example.COM.", ["jane.doe@example.com"]),            # lower-cased, no trailing dot
    ("mailto:jane@x.com", ["jane@x.com"]),                                  # mailto: stripped
    ("john_doe+cv@mail.co.uk", ["john_doe+cv@mail.co.uk"]),
    ("<jane@x.org>", ["jane@x.org"]),
    ("(jane@x.org)", ["jane@x.org"]),
    ("jane@x.org;bob@y.org", ["jane@x.org", "bob@y.org"]),
    ("jane@x.org | +1 206 403 7494 | github.com/jane", ["jane@x.org"]),
    ("user@sub.domain.example.org,", ["user@sub.domain.example.org"]),
    ("josé@exämple.de", ["josé@exämple.de"]),                              # Unicode address
    ("name@domain.travel", ["name@domain.travel"]),
    # obfuscated
    ("jane AT example.com", ["jane@example.com"]),
    ("jane [at] example [dot] com", ["jane@example.com"]),
    ("jane(at)example(dot)com", ["jane@example.com"]),
    ("jane{at}gmail{dot}com", ["jane@gmail.com"]),
    ("jane [@] example.com", ["jane@example.com"]),
    ("jane at example dot com", ["jane@example.com"]),
    ("JANE AT EXAMPLE DOT COM", ["jane@example.com"]),
    ("Contact: jane AT example DOT org", ["jane@example.org"]),
    ("jane.doe [at] uni-berlin [dot] de", ["jane.doe@uni-berlin.de"]),
    ("e-mail: jane at gmail dot com | phone", ["jane@gmail.com"]),
    # negatives
    ("I worked at Google dot com", []),                                      # prose
    ("worked at google dot com", []),                                        # prose word as local part
    ("jane at gmail dot com and more", []),                                  # words after it
    ("jane at example.com", []),                                             # lower-case "at" needs "dot"
    ("Senior Engineer AT Google.com", []),                                   # a word before upper-case AT
    ("[email protected]", []),                                               # Cloudflare artefact
    ("https://x.com/@jane", []),                                             # a handle in a URL path
    ("https://medium.com/@jane.doe/post", []),
    ("https://user:pw@host.com/x", []),                                      # credentials in a URL
    ("a@b", []),
    ("jane@localhost", []),
    ("jane..doe@x.com", []),
    ("x@y.c", []),                                                           # one-letter TLD
    ("jane@example.com2", []),
    ("jane@@x.com", []),
    ("foo@bar@baz.com", []),
    ("jane at example dot zzzz", []),                                        # unknown TLD in obfuscated form
]


@pytest.mark.parametrize("text,expected", EMAILS)
def test_find_emails(text, expected):
    assert [f.value for f in find_emails(text)] == expected


def test_email_span_is_text_as_written():
    text = "Mail: Jane.Doe@Example.com; alt: jane [at] example [dot] org"
    found = find_emails(text)
    assert text[slice(*found[0].span)] == "Jane.Doe@Example.com"
    assert text[slice(*found[1].span)] == "jane [at] example [dot] org"
    assert found[1].value == "jane@example.org"


# ----------------------------------------------------------------------------- phones

PHONES = [
    # (text, region, [(value, e164)])
    ("(703) 297 - 6535", None, [("(703) 297 - 6535", "+17032976535")]),      # US, spaced dash
    ("206.403.7494", None, [("206.403.7494", "+12064037494")]),
    ("1-800-555-0199", None, [("1-800-555-0199", "+18005550199")]),
    # an extension is part of the number as written; e164 is the number's
    ("+1 (206) 403-7494 ext. 12", None, [("+1 (206) 403-7494 ext. 12", "+12064037494")]),
    ("Tel. +44 20 7946 0958, ext 31 | kit@example.org", None, [("+44 20 7946 0958, ext 31", "+442079460958")]),
    ("(555) 010-7781 x204", None, [("(555) 010-7781 x204", None)]),
    ("(555) 010-7781 x 2 lines", None, [("(555) 010-7781", None)]),         # a lone "x" glued to digits only
    ("+1-555-123-4567", None, [("+1-555-123-4567", None)]),                  # fictional 555: raw only
    ("(555) 123-4567", None, [("(555) 123-4567", None)]),
    ("Phone: 555-123-4567 | jane@x.com | Berlin 10115", None, [("555-123-4567", None)]),
    ("☎ 555 123 4567", None, [("555 123 4567", None)]),
    ("98101 (206) 555-1234", None, [("(206) 555-1234", "+12065551234")]),    # ZIP then phone
    ("Seattle, WA 98101 · (206) 403-7494", None, [("(206) 403-7494", "+12064037494")]),
    ("2019-2021 (206) 403-7494", None, [("(206) 403-7494", "+12064037494")]),
    ("206 403 7494 2019 – 2021", None, [("206 403 7494", "+12064037494")]),
    ("+44 7787 867543", None, [("+44 7787 867543", "+447787867543")]),       # UK
    ("07911 123456", "GB", [("07911 123456", "+447911123456")]),
    ("07700 900123", None, [("07700 900123", None)]),                        # national, no region
    ("+44 (0)20 7946 0958", None, [("+44 (0)20 7946 0958", "+442079460958")]),
    ("Tel: 020 7946 0958", "GB", [("020 7946 0958", "+442079460958")]),
    ("+49 (0) 151 2345 6789", None, [("+49 (0) 151 2345 6789", "+4915123456789")]),  # DE
    ("030/12345678", "DE", [("030/12345678", "+493012345678")]),
    ("030/12345678", None, [("030/12345678", None)]),
    ("Handy: 0151 23456789", None, [("0151 23456789", None)]),
    ("0049 151 23456789", None, [("0049 151 23456789", "+4915123456789")]),
    ("(+49) 151 23456789", None, [("(+49) 151 23456789", "+4915123456789")]),
    ("0171 1234567 / 030 1234567", "DE", [("0171 1234567", "+491711234567"),
                                          ("030 1234567", "+49301234567")]),
    ("+33 6 12 34 56 78", None, [("+33 6 12 34 56 78", "+33612345678")]),    # FR
    ("06 12 34 56 78", "FR", [("06 12 34 56 78", "+33612345678")]),
    ("Tél : 06 12 34 56 78", None, [("06 12 34 56 78", None)]),
    ("+91 98765 43210", None, [("+91 98765 43210", "+919876543210")]),       # IN
    ("Mobile: 9876543210", "IN", [("9876543210", "+919876543210")]),
    ("Mobile: 9876543210", None, [("9876543210", None)]),
    ("+55 11 91234-5678", None, [("+55 11 91234-5678", "+5511912345678")]),  # BR
    ("(11) 91234-5678", "BR", [("(11) 91234-5678", "+5511912345678")]),
    ("Teléfono: +34 612 345 678", None, [("+34 612 345 678", "+34612345678")]),  # ES
    ("0541 999 99 99", "TR", [("0541 999 99 99", "+905419999999")]),         # TR
    ("0541 999 99 99", None, [("0541 999 99 99", None)]),
    ("тел. 8 912 345-67-89", "RU", [("8 912 345-67-89", "+79123456789")]),  # RU
    ("+7 912 345-67-89", None, [("+7 912 345-67-89", "+79123456789")]),
    ("+4915123456789", None, [("+4915123456789", "+4915123456789")]),       # bare with "+"
    ("555-123-4567/555-765-4321", None, [("555-123-4567", None), ("555-765-4321", None)]),
    ("Tel.: +49 30 12345678, Fax: +49 30 12345679", None, [("+49 30 12345678", "+493012345678")]),
    # negatives
    ("2019-2021", None, []),                                                 # year ranges
    ("2019 – 2021", "DE", []),
    ("1998-2002", "US", []),
    ("(2019-2021)", None, []),
    ("01/2019 - 03/2020", None, []),                                         # dates
    ("12.05.2021", "DE", []),
    ("2021-03-07", None, []),
    ("Sep 2019 – Present", None, []),
    ("GPA 3.85/4.0", None, []),                                              # grades
    ("CGPA: 9.12/10", "IN", []),
    ("$1,234,567", None, []),                                                # money, percentages
    ("Managed 1 200 000 EUR budget", None, []),
    ("Managed 1 200 000 users", None, []),
    ("95.5%", None, []),
    ("20152", None, []),                                                     # postal code
    ("Credential ID 123456789012", None, []),                                # IDs
    ("Credential ID 2345678901", "US", []),
    ("Call 9876543210 now", None, []),                                       # bare run, no context
    ("0000-0002-1825-0097", None, []),                                       # ORCID
    ("https://orcid.org/0000-0002-1825-0097", None, []),
    ("ISBN 978-3-16-148410-0", None, []),
    ("978-3-16-148410-0", None, []),
    ("10.1000/182", None, []),                                               # DOI
    ("arXiv:2103.00020", None, []),
    ("192.168.1.1", None, []),
    ("1450/1600", None, []),                                                 # a score
    ("612 345 678", None, []),                                               # 3-3-3 without region
    ("Sold 612 345 678 units", None, []),                                    # an amount, no phone word
    # grouped in threes like an amount, behind a phone word (a Spanish, Polish, Czech mobile)
    ("Móvil: 612 345 678", None, [("612 345 678", None)]),
    ("Tel. 512 345 678 · ana@example.com", None, [("512 345 678", None)]),
    ("Fax: +49 30 1234567", None, []),
    ("jane5551234567@x.com", None, []),
    ("https://wa.me/15551234567", None, []),
]


@pytest.mark.parametrize("text,region,expected", PHONES)
def test_find_phones(text, region, expected):
    assert [(f.value, f.e164) for f in find_phones(text, region)] == expected


def test_phone_span():
    text = "Jane Doe · +49 (0) 151 2345 6789 · Berlin"
    [f] = find_phones(text)
    assert text[slice(*f.span)] == f.value == "+49 (0) 151 2345 6789"


# ----------------------------------------------------------------------------- links

LINKS = [
    ("github.com/jane", ["github.com/jane"]),
    ("https://github.com/jane-doe.", ["https://github.com/jane-doe"]),        # trailing dot
    ("(github.com/jane)", ["github.com/jane"]),
    ("linkedin.com/in/jane", ["linkedin.com/in/jane"]),
    ("www.janedoe.com", ["www.janedoe.com"]),
    ("Visit jane.dev!", ["jane.dev"]),                                        # bare personal domain
    ("1chooo.com", ["1chooo.com"]),
    ("janedoe.com", ["janedoe.com"]),
    ("JANEDOE.COM", ["JANEDOE.COM"]),
    ("Wren Halloway · wren-halloway.blog · kiln.works", ["wren-halloway.blog"]),  # the TLD list decides
    ("e.g. jane.github.io", ["jane.github.io"]),
    ("portfolio: blog.jane.dev/posts", ["blog.jane.dev/posts"]),
    ("x.com/jane", ["x.com/jane"]),
    ("jane@x.org | github.com/jane | +1 206 403 7494", ["github.com/jane"]),
    ("https://scholar.google.de/citations?user=X", ["https://scholar.google.de/citations?user=X"]),
    # negatives
    ("Node.js, Vue.js, Socket.io, ASP.NET, Chart.js", []),                   # tech names
    ("Ember.js and Express.js, D3.js, Three.js, Next.js", []),
    ("ASP.NET/C#", []),
    ("B.Tech in CS", []),                                                    # degrees
    ("B.Com/M.Com", []),
    ("Sr.Dev", []),
    ("jane@janedoe.com", []),                                                # inside an e-mail
    ("Booking.com", []),                                                     # a company
    ("janedoe.com.au", []),                                                  # TLD outside the short list
]


@pytest.mark.parametrize("text,expected", LINKS)
def test_find_links(text, expected):
    found = find_links(text)
    assert [f.value for f in found] == expected
    assert all(text[slice(*f.span)] == f.value for f in found)


CLASSIFY = [
    ("https://github.com/jane", "github"),
    ("gist.github.com/jane/1", "github"),
    ("de.linkedin.com/in/jane", "linkedin"),                                  # country subdomain
    ("https://www.linkedin.com/in/jane", "linkedin"),
    ("x.com/jane", "twitter"),
    ("https://mobile.twitter.com/j", "twitter"),
    ("gitlab.com/jane", "gitlab"),
    ("https://stackoverflow.com/users/1", "stackoverflow"),
    ("https://math.stackexchange.com/users/2", "stackoverflow"),
    ("https://scholar.google.co.uk/citations?user=x", "scholar"),
    ("https://orcid.org/0000-0002-1825-0097", "orcid"),
    ("behance.net/jane", "behance"),
    ("https://dribbble.com/jane", "dribbble"),
    ("https://jane.github.io", "website"),                                    # a personal site
    ("janedoe.com", "website"),
    ("http://192.168.0.1/x", "website"),
    ("httsp://github.com/jane", "github"),                                    # broken scheme, known host
    ("#", "other"),
    ("", "other"),
    ("javascript:void(0)", "other"),
    ("mailto:a@b.com", "other"),
    ("not a url", "other"),
]


@pytest.mark.parametrize("url,kind", CLASSIFY)
def test_classify_link(url, kind):
    assert classify_link(url) == kind


@pytest.mark.parametrize("url,expected", [
    ("github.com/jane", "https://github.com/jane"),
    ("  www.x.com ", "https://www.x.com"),
    ("//x.com/a", "https://x.com/a"),
    ("http://x", "http://x"),
    ("httsp://x ", "httsp://x"),                                              # broken, only trimmed
    ("HTTPS://X.COM", "HTTPS://X.COM"),
    ("mailto:a@b.c", "mailto:a@b.c"),
    ("", ""),
    ("in/jane", "in/jane"),
    ("github.com:443/x", "https://github.com:443/x"),
])
def test_normalize_url(url, expected):
    assert normalize_url(url) == expected


@pytest.mark.parametrize("target,expected", [
    ("mailto:Jane@X.com", ("email", "jane@x.com")),
    ("mailto:jane@x.com?subject=Hi", ("email", "jane@x.com")),
    ("mailto:%20jane@x.com", ("email", "jane@x.com")),
    ("mailto:janedoe", None),                                                 # no "@"
    ("mailto:github.com/jane", ("url", "https://github.com/jane")),           # author's mistake
    ("mailto:", None),
    ("tel:+1-555-123-4567", ("phone", "+1-555-123-4567")),
    ("tel:%2B15551234567", ("phone", "+15551234567")),
    ("callto:+4930123", ("phone", "+4930123")),
    ("tel:", None),
    ("httsp://x", ("url", "httsp://x")),                                      # broken, kept
    ("https//github.com/jane", ("url", "https//github.com/jane")),
    ("https://github.com/jane", ("url", "https://github.com/jane")),
    ("github.com/jane", ("url", "https://github.com/jane")),
    ("jane@x.com", ("email", "jane@x.com")),
    ("#anchor", None),
    ("_Toc123", None),                                                        # Word bookmark
    ("javascript:void(0)", None),
    ("file:///C:/cv.pdf", None),
    ("about:blank", None),
    ("/relative/path", None),
    ("  ", None),
    ("https://portal.example.eu/redirect-external?url=https://www.linkedin.com/in/jane-doe",   # a redirect
     ("url", "https://www.linkedin.com/in/jane-doe")),
    ("https://www.example.com/url?q=https%3A%2F%2Fjane.dev%2Fcv&sa=D", ("url", "https://jane.dev/cv")),
    ("https://shop.example.com/cart?item=42", ("url", "https://shop.example.com/cart?item=42")),
])
def test_link_from_target(target, expected):
    assert link_from_target(target) == expected


# ----------------------------------------------------------------------------- regions

@pytest.mark.parametrize("text,expected", [
    ("Berlin, Germany", "DE"),
    ("Seattle, WA", "US"),
    ("Seattle, WA 98101", "US"),
    ("London, UK", "GB"),
    ("Lyon, France", "FR"),
    ("München, Deutschland", "DE"),                                           # native name
    ("Toronto, ON M5V 2T6", "CA"),
    ("Bengaluru, Karnataka", "IN"),
    ("Berlin, DE", "DE"),                                                     # ISO code, known city
    ("Wilmington, DE", "US"),                                                 # Delaware
    ("São Paulo, Brasil", "BR"),
    ("Sydney, New South Wales", "AU"),                                        # not Wales
    ("Москва, Россия", "RU"),
    ("WA", "US"),
    ("Paris, FR", "FR"),
    ("Remote", None),
    ("Jane Doe", None),
    ("Latin America", None),
    ("", None),
])
def test_region_hint(text, expected):
    assert region_hint(text) == expected


# ----------------------------------------------------------------------------- properties

@settings(max_examples=200, deadline=None)
@given(st.text())
def test_finders_never_raise_and_spans_hold(text):
    for f in find_emails(text):
        assert isinstance(f, Found) and "@" in f.value
        written = text[slice(*f.span)]
        assert written.lower() == f.value or f.value in [g.value for g in find_emails(written)]
    for f in find_phones(text):
        assert text[f.span[0]:f.span[1]].strip() == f.value
    for f in find_links(text):
        assert text[f.span[0]:f.span[1]] == f.value
    region_hint(text)
    classify_link(text)
    normalize_url(text)
    link_from_target(text)


_CONTACTY = st.text(alphabet="0123456789 +-()./@:atdoATDOcmexlphn[]", max_size=60)


@settings(max_examples=200, deadline=None)
@given(_CONTACTY, st.sampled_from([None, "US", "DE", "GB", "FR", "IN", "BR"]))
def test_phone_spans_on_contact_like_text(text, region):
    for f in find_phones(text, region):
        assert text[f.span[0]:f.span[1]].strip() == f.value
        assert f.e164 is None or f.e164.startswith("+")
    for f in find_emails(text):
        assert "@" in f.value


@settings(max_examples=200, deadline=None)
@given(st.integers(1950, 2099), st.integers(1, 150),
       st.sampled_from(["{a}-{b}", "{a} – {b}", "{a}—{b}", "({a}-{b})"]),
       st.sampled_from([None, "US", "DE", "GB", "FR", "IN", "BR"]))
def test_year_ranges_are_not_phones(a, delta, form, region):
    b = min(a + delta, 2100)
    assert find_phones(form.format(a=a, b=b), region) == []
    assert find_phones("Acme Corp " + form.format(a=a, b=b) + " Berlin", region) == []


# Runs of dates are refused before phonenumbers reads them (a parse of a German or Korean
# résumé met several a page), but only where no stretch of seven digits lies between their years.
DATE_RUNS = [
    ("01.08.2016 – 31.07.2018", True),
    ("2019. 11. 18 – 2019. 12. 13", True),
    ("15/03/2019 – 30/06/2021 2022", True),
    ("2016 2017 2018 2019 2020", True),
    ("2019 – 01 12 23 30 11", False),          # a year, then a French number: four groups between years
    ("01 02 03 04 05 2019", False),
    ("+49 2016 2017 2018 2019", False),        # a "+": a phone's country code
    ("(+49) 2016 2017 2018", False),
    ("206 403 7494 2019 – 2021", False),       # a three-digit group is no day nor month
    ("12 30", False),                           # no year
]


@pytest.mark.parametrize("text,dates", DATE_RUNS)
def test_runs_of_dates_are_refused_whole(text, dates):
    from resumekit.fields.contact import _dates_only

    assert _dates_only(text) is dates


@pytest.mark.parametrize("text,region,expected", [
    ("04.01.2016 - 08.01.2016", "DE", []),
    ("2020. 12. 17 – 2022. 01. 18", "KR", []),
    ("2019 – 01 12 23 30 11", "FR", [("01 12 23 30 11", "+33112233011")]),
    ("01 02 03 04 05 2019", "FR", [("01 02 03 04 05", "+33102030405")]),
])
def test_a_phone_beside_years_is_still_read(text, region, expected):
    assert [(f.value, f.e164) for f in find_phones(text, region)] == expected


HOSTILE = [
    "a." * 100_000,
    "a@" * 100_000,
    "1-" * 100_000,
    "1 " * 100_000,
    "(1) " * 50_000,
    "a.a.a@" * 33_000,
    "jane at example dot " * 10_000,
    "a [at] b [dot] " * 14_000,
    "x" * 200_000 + "@",
    "+" * 200_000,
    "0" * 200_000,
    "www." * 50_000,
    "https://" + "a/" * 100_000,
    "555-123-4567 " * 15_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input(text):
    assert isinstance(find_emails(text), list)
    assert isinstance(find_phones(text), list)
    assert isinstance(find_phones(text, "DE"), list)
    assert isinstance(find_links(text), list)
    region_hint(text)
    link_from_target(text)
    classify_link(text)


def _contact_links(rows):
    from resumekit import assemble, segment
    from resumekit.document import Document, Line, Link
    lines = tuple(Line(text=t, index=i, block=0, links=tuple(Link(url=u) for u in urls)) for i, (t, urls) in enumerate(rows))
    doc = Document(lines=lines, format="pdf")
    return [l.url for l in assemble(doc, segment(doc)).contact.links]


@pytest.mark.parametrize("rows, urls", [
    # an address printed over two lines, each carrying the link to the whole of it
    ([("Jane Doe", ()), ("https://github.com/", ("https://github.com/janedoe",)), ("janedoe", ("https://github.com/janedoe",))],
     ["https://github.com/janedoe"]),
    # an address broken after a hyphen, its path going on in capitals
    ([("Jane Doe", ()), ("See my site: https://janedoe.example.org/Kiln-", ()), ("Logbook/index.html", ())],
     ["https://janedoe.example.org/Kiln-Logbook/index.html"]),
    # a printed address and another link on its line stay two
    ([("Jane Doe", ()), ("https://janedoe.example.org", ("https://github.com/janedoe",))],
     ["https://janedoe.example.org", "https://github.com/janedoe"]),
])
def test_links_printed_over_two_lines(rows, urls):
    assert _contact_links(rows) == urls


@pytest.mark.parametrize("url, host, site", [
    ("https://www.Example.org/cv", "www.example.org", "example.org"),
    ("jdoe.github.io", "jdoe.github.io", "jdoe.github.io"),
    ("//cdn.example.net/x", "cdn.example.net", "cdn.example.net"),
    ("example.org:8080/path", "example.org", "example.org"),
    ("10.0.0.7/status", "10.0.0.7", "10.0.0.7"),
    ("mailto:jane@example.org", None, None),
    ("https://localhost:8000", None, None),
    ("", None, None),
])
def test_one_host_reading_for_link_kinds_and_personal_sites(url, host, site):
    from resumekit.identity import host_of
    from resumekit.profiles import hostname
    assert hostname(url) == host
    assert host_of(url) == site
