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


@pytest.mark.parametrize("text, city, country", [
    ("C/Mar 12, pta. 3 Valencia", "Valencia", None),                 # a door, then the town
    ("12 Harbour Road, Apt 4B, Cork, Ireland", "Cork", "Ireland"),   # a flat between street and town
    ("Flat 3, 14 Mill Lane, Leeds", "Leeds", None),
])
def test_flats_and_doors(text, city, country):
    loc = parse_location(text)
    assert loc is not None and loc.raw == text and (loc.city, loc.country) == (city, country)


def test_a_flat_alone_is_not_a_place():
    assert parse_location("Unit 5") is None


def test_a_two_line_address_in_a_contact_block_read_into_another_section():
    import resumekit
    text = ("Lena Example\n\nBerufserfahrung\nVerkäuferin, Northwind Markt\n2019 – 2021\n\n"
            "Musterweg 12\n38440 Wolfsburg\nlena@example.com\n")
    c = resumekit.parse(text.encode())
    assert c.contact.location.raw == "Musterweg 12, 38440 Wolfsburg" and c.contact.location.city == "Wolfsburg"


def test_phones_try_the_language_regions_after_the_location_region():
    import resumekit
    # the street's name hints Peru, where the number is not valid; a Spanish mobile without +34 must still parse
    text = ("Lucía Ejemplo\nCalle Perú 8, Valencia\n600 000 000\nlucia@example.com\n\n"
            "Perfil\nDesarrolladora de software con experiencia en aplicaciones web y en la gestión de "
            "equipos pequeños. Me interesa el desarrollo de productos para la comunidad.\n\n"
            "Experiencia laboral\nDesarrolladora, Empresa Ficticia\n2020 – 2023\n")
    c = resumekit.parse(text.encode())
    assert [p.e164 for p in c.contact.phones] == ["+34600000000"]
