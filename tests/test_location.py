import pytest

from resumekit.fields.location import parse_location, split_location, split_place



@pytest.mark.parametrize("text, city, region, country", [
    ("Berlin, Germany", "Berlin", None, "Germany"),
    ("Seattle, WA", "Seattle", "WA", None),
    ("Chicago IL, 60615", "Chicago", "IL", None),                          # state code without a comma, ZIP apart
    ("81 Wall Street, New Haven, Connecticut, 06511, USA", "New Haven", "Connecticut", "USA"),
    ("Slough, SL1 1QP, England", "Slough", None, "England"),              # UK postcode part
    ("18781-00100, Nairobi, Kenya.", "Nairobi", None, "Kenya"),           # a P.O. box code first, full stop after
    ("Location: Lyon, France", "Lyon", None, "France"),                   # label
    ("Residence : Lahore - Pakistan", "Lahore", None, "Pakistan"),        # label, dash between the parts
    ("📍Enugu, Nigeria", "Enugu", None, "Nigeria"),                       # pin icon
    ("* Sunnyvale, CA", "Sunnyvale", "CA", None),                         # icon glyph left as a star
    ("Werarring 21, 38446 Wolfsburg", "Wolfsburg", None, None),           # street and postal code
    ("Ireland", None, None, "Ireland"),
    ("Remote", None, None, None),
])
def test_parse_location(text, city, region, country):
    loc = parse_location(text)
    assert loc is not None and (loc.city, loc.region, loc.country) == (city, region, country)


@pytest.mark.parametrize("text", [
    "CHRIS OH",                     # a name, whatever Ohio's code is
    "Senior Software Engineer",
    "Python, Go, SQL",
    "University of Kestrel Vale",
    "Acme Corp, Team Lead",
    "Springfield",                  # one word the place tables do not know
    "1234 5678",
])
def test_not_a_location(text):
    assert parse_location(text) is None


@pytest.mark.parametrize("text, rest, loc", [
    ("University Recreation, Harrisonburg, VA", "University Recreation", "Harrisonburg, VA"),
    ("Pellinore Freight Ltd, London, UK", "Pellinore Freight Ltd", "London, UK"),
    ("Acme Corp", "Acme Corp", None),
])
def test_split_location(text, rest, loc):
    assert split_location(text) == (rest, loc)


def test_split_place_keeps_organisations():
    assert split_place("University of Kestrel Vale, York, UK") == ("University of Kestrel Vale", "York, UK")
    assert split_place("Berlin, Germany") == ("", "Berlin, Germany")


@pytest.mark.parametrize("text, city, country", [
    ("福建–厦门", "厦门", None),                                   # province and city, joined by a dash
    ("Addresse: Yirimadio,Bamako, Mali", "Bamako", "Mali"),        # a label the vocabulary does not know
])
def test_more_shapes(text, city, country):
    loc = parse_location(text)
    assert loc is not None and (loc.city, loc.country) == (city, country)


def test_contact_block_line():
    import resumekit
    c = resumekit.parse("Asmaa Example\n\nContact\nasmaa@example.com\nEl-Nours city, Ismailia\n".encode())
    assert c.contact.location.raw == "El-Nours city, Ismailia"
