"""The candidate's place read from the header by fields/contact_details.py."""
import pytest

import resumekit

from .conftest import PINNED


@pytest.mark.parametrize("affiliation, place", [
    # the place that ends an affiliation line, after the school or organisation
    ("Department of Tidal Studies, Harbourtown University, Harbourtown, MA", "Harbourtown, MA"),
    ("School of Glaze Chemistry, Northgate Polytechnic Institute, Leeds, UK", "Leeds, UK"),
    ("Kiln Research Group, Ashcombe Ceramics Ltd, Bristol", "Bristol"),
    # no school or organisation before the comma parts: no place read from the line
    ("Glazes, kilns and slow firing, Harbourtown", None),
])
def test_the_place_at_the_end_of_an_affiliation_line(affiliation, place):
    text = f"Morwenna Example\n{affiliation}\nmorwenna@example.edu\n\nSKILLS\nRaku, stoneware\n"
    c = resumekit.parse(text.encode(), options=PINNED)
    assert (c.contact.location.raw if c.contact.location else None) == place


@pytest.mark.parametrize("label_line, place", [
    # a place behind a label of its language (vocab [contact] location_labels), full-width colon too
    ("现居：苏州", "苏州"),
    ("現住所：札幌", "札幌"),
    ("Город: Тверь", "Тверь"),
    ("Місто: Ужгород", "Ужгород"),
])
def test_the_place_behind_a_label_of_its_language(label_line, place):
    text = f"Morwenna Example\nmorwenna@example.com\n{label_line}\n\nSKILLS\nRaku, stoneware\n"
    c = resumekit.parse(text.encode(), options=PINNED)
    assert (c.contact.location.raw if c.contact.location else None) == place


@pytest.mark.parametrize("text", [
    # a 'Contact' section whose lines all went into the contact: nothing of it is left over
    "Morwenna Example\n\nCONTACT\nmorwenna@example.com\n+44 7700 900123\nBristol, UK\n\nSKILLS\nRaku, stoneware\n",
    # its place behind a label in a cell of its own (a two-column table of labels and values)
    "Morwenna Example\n\nCONTACT\nEmail\tmorwenna@example.com\nPhone\t+44 7700 900123\nCity\tBristol, UK\n\n"
    "SKILLS\nRaku, stoneware\n",
    # the address read as the location, with other separators than the location's commas
    "Morwenna Example\nmorwenna@example.com\nKilnweg 12 · 34117 Kassel\n\nSKILLS\nRaku, stoneware\n",
    # a street line over its "postal code and town" line
    "Morwenna Example\nmorwenna@example.com\nKilnweg 12\n38446 Wolfsburg\n\nSKILLS\nRaku, stoneware\n",
    # a street line over a line that holds the headline and, flush right, the town
    "Morwenna Example\t+44 7700 900123\nmorwenna@example.com\n12 Kiln Lane\nGlaze Chemist\tLeeds LS1 4AB, UK\n\n"
    "SKILLS\nRaku, stoneware\n",
])
def test_the_line_read_as_the_location_is_not_left_over(text):
    c = resumekit.parse(text.encode(), options=PINNED)
    assert c.contact.location is not None and c.other_sections == []


@pytest.mark.parametrize("line, place", [
    # one word that names nothing, first on the line with the e-mail and the phone: the town
    ("Wexcombe · morwenna@example.com · 01632 960775", "Wexcombe"),
    # a name of two words is no town; nor is a word without the phone beside it
    ("Morwenna Quell · morwenna@example.com · 01632 960775", None),
    ("Wexcombe · morwenna@example.com", None),
])
def test_a_town_no_table_knows_beside_email_and_phone(line, place):
    text = f"Morwenna Quell\n{line}\n\nSKILLS\nRaku, stoneware\n"
    c = resumekit.parse(text.encode(), options=PINNED)
    assert (c.contact.location.raw if c.contact.location else None) == place


@pytest.mark.parametrize("name_line, place", [
    # a name with letters after it is the name, never the start of the place under it ("RN" is a region code)
    ("MORWENNA QUELL, RN", "Salem, OR"),
    ("Morwenna Quell RN BSN", "Salem, OR"),
    ("Morwenna Quell", "Salem, OR"),
])
def test_a_name_with_letters_after_it_is_no_place(name_line, place):
    assert _place(f"{name_line}\nSalem, OR | morwenna@example.com | (503) 555-0142")[0] == place


@pytest.mark.parametrize("lines, place", [
    # a town no table knows alone on its line under the phone or the e-mail: the place, not left over
    ("morwenna@example.com\n01632 960775\nWexcombe", "Wexcombe"),
    ("01632 960775\nmorwenna@example.com\nHebden Vale", "Hebden Vale"),
    # above the contact lines it is a headline; a title or an organisation is no town
    ("Ceramicist\nmorwenna@example.com\n01632 960775", None),
    ("morwenna@example.com\nGlaze Chemist", None),
    ("morwenna@example.com\nAshcombe Ceramics Ltd", None),
])
def test_a_town_alone_among_the_contact_lines(lines, place):
    assert _place(f"Morwenna Quell\n{lines}") == (place, [])


@pytest.mark.parametrize("lines, place", [
    # a town the tables know alone between the name and the contact line: the place, not the headline
    ("Valladolid\nMóvil: 612 345 678 · morwenna@example.com", "Valladolid"),
    ("Zaragoza\nmorwenna@example.com", "Zaragoza"),
    # a title there is none
    ("Glaze Chemist\nmorwenna@example.com", None),
    # a street and its number over the postcode and town: one address
    ("morwenna@example.com\n5, allée des Cerisiers\n33000 Bordeaux", "5, allée des Cerisiers, 33000 Bordeaux"),
    ("morwenna@example.com\n9 chemin du Moulin\n69005 Lyon", "9 chemin du Moulin, 69005 Lyon"),
    # a national number grouped in threes beside the town is no part of the address
    ("morwenna@example.com · 512 345 678 · Kraków", "Kraków"),
])
def test_a_town_or_street_line_of_the_header(lines, place):
    c = resumekit.parse(f"Morwenna Quell\n{lines}\n\nSKILLS\nRaku, stoneware\n".encode(), options=PINNED)
    assert (c.contact.location.raw if c.contact.location else None) == place
    assert c.headline != place or place is None


def _place(header: str) -> tuple[str | None, list]:
    """(the place read, the other sections) of a header over a skills section."""
    c = resumekit.parse(f"{header}\n\nSKILLS\nRaku, stoneware\n".encode(), options=PINNED)
    return c.contact.location.raw if c.contact.location else None, c.other_sections


@pytest.mark.parametrize("target, kept", [
    # a theme links the printed town to a map search for it: the place, no link of the candidate's
    ("https://www.google.com/maps?q=%20Wexcombe%20UK", False),
    ("https://maps.google.co.uk/?q=Wexcombe", False),
    ("https://maps.apple.com/?q=Wexcombe", False),
    ("https://www.openstreetmap.org/search?query=Wexcombe", False),
    # the candidate's own pages, a map project of theirs on a code host
    ("https://wexcombe-pottery.example.com/", True),
    ("https://github.com/morwenna-example/maps", True),
])
def test_a_map_search_behind_the_town_is_no_link(target, kept):
    text = f"# Morwenna Example\n\n[Wexcombe, UK]({target}) · morwenna@example.com\n\n## Skills\n\nRaku, stoneware\n"
    c = resumekit.parse(text.encode(), options=PINNED, format="markdown")
    assert [l.url for l in c.contact.links] == ([target] if kept else [])


@pytest.mark.parametrize("printed, target, emails", [
    # cut short at a narrow column's edge over its own mailto: target: the target alone
    ("morwenna.quell@example.co", "mailto:morwenna.quell@example.com", ["morwenna.quell@example.com"]),
    ("morwenna.quell@examp", "mailto:morwenna.quell@example.org", ["morwenna.quell@example.org"]),
    # the whole address, or another address than the target: both as found
    ("morwenna.quell@example.com", "mailto:morwenna.quell@example.com", ["morwenna.quell@example.com"]),
    ("mq@example.com", "mailto:studio@example.com", ["mq@example.com", "studio@example.com"]),
])
def test_an_address_cut_over_its_mailto_target_is_the_target(printed, target, emails):
    text = f"# Morwenna Quell\n\n[{printed}]({target}) · 01632 960775\n\n## Skills\n\nRaku, stoneware\n"
    c = resumekit.parse(text.encode(), options=PINNED, format="markdown")
    assert c.contact.emails == emails


@pytest.mark.parametrize("lines, place", [
    # the country's name wrapped onto the next line of a narrow header column
    ("Leeds, West Yorkshire, United\nKingdom", "Leeds, West Yorkshire, United Kingdom"),
    ("Austin, Texas, United\nStates", "Austin, Texas, United States"),
    # the next line completes no country: the place alone, the next line apart
    ("Leeds, United Kingdom\nKiln Technician", "Leeds, United Kingdom"),
])
def test_a_country_wrapped_onto_the_next_line(lines, place):
    text = f"Morwenna Example\n{lines}\nmorwenna@example.com\n\nSKILLS\nRaku, stoneware\n"
    c = resumekit.parse(text.encode(), options=PINNED)
    assert (c.contact.location.raw if c.contact.location else None) == place


@pytest.mark.parametrize("lines, place", [
    # a template's link placeholder after a "Home:" phone label is no place; the town line above is
    (["Brantwick, NJ 07175", "Home: (555) 010-7890 | dana@example.com | LinkedIn URL"], "Brantwick, NJ 07175"),
    (["Home: (555) 010-7890 | dana@example.com | Portfolio URL"], None),
    # a state's code in small letters under a street, after a town the tables know
    (["12 Quarry Lane,", "Miami, Fl", "(555) 010-5890", "dana@example.com"], "12 Quarry Lane, Miami, Fl"),
])
def test_link_placeholders_and_small_state_codes_in_the_header(lines, place):
    text = "Dana Whitlock\n" + "\n".join(lines) + "\n\nOBJECTIVE\nTo run a quiet reading room.\n"
    c = resumekit.parse(text.encode(), options=PINNED)
    assert (c.contact.location.raw if c.contact.location else None) == place


@pytest.mark.parametrize("lines, place", [
    # separators of a contact line: a bar glued to the item before it, a spaced tilde
    ("morwenna@example.com| P.O. Box 4821| Wexcombe, FL 32099| 555-555-0123", "P.O. Box 4821, Wexcombe, FL 32099"),
    ("12 Kiln Street, Springfield, IL 62701 ~ (555) 555-0123 ~ morwenna@example.com",
     "12 Kiln Street, Springfield, IL 62701"),
    # a contact item's label right after the place ("Home: …"), a spaced colon an icon became
    ("Wexcombe, TX 77001 Home: (555) 555-0123\nmorwenna@example.com", "Wexcombe, TX 77001"),
    ("Contact\n: morwenna@example.com\n15 Kiln St : www.example.com\nSpringfield, IL 62701 : orcid.org/0000-0002-1825-0097",
     "15 Kiln St, Springfield, IL 62701"),
    # (a label word that names no contact item stays: the part is no place)
    ("Wexcombe, TX 77001 Kiln: (555) 555-0123\nmorwenna@example.com", None),
])
def test_a_place_among_the_separators_and_labels_of_a_contact_line(lines, place):
    assert _place(f"Morwenna Quell\n{lines}")[0] == place


@pytest.mark.parametrize("lines, place", [
    # a town no table knows first on the line, set apart from a contact item given with its label
    # (a job board's "Town, Region - Email me on …: link")
    ("Wexcombe - Email: morwenna@example.com", "Wexcombe"),
    ("Wexcombe - Email me on Jobboard: jobboard.example.com/r/Morwenna-Quell/0a1b2c3d", "Wexcombe"),
    ("Wexcombe, Midshire - Email me on Jobboard: jobboard.example.com/r/Morwenna-Quell/0a1b2c3d", "Wexcombe, Midshire"),
    ("Wexcombe – Home: (555) 555-0123", "Wexcombe"),
    # a title, a name of two words, a word in small letters, a contact item without its label: no town
    ("Designer - Email: morwenna@example.com", None),
    ("Morwenna Quell - Email: morwenna@example.com", None),
    ("wexcombe - Email: morwenna@example.com", None),
    ("Wexcombe - morwenna@example.com", None),
])
def test_a_town_before_a_labelled_contact_item(lines, place):
    assert _place(f"Morwenna Quell\n{lines}")[0] == place


@pytest.mark.parametrize("lines, place", [
    # a duration is no street that opens an address over the place under it
    ("Glaze Chemist with\n4 years experience\nLeeds, West Yorkshire - Email: morwenna@example.com", "Leeds, West Yorkshire"),
    # a place ending a longer line (a headline) is no address's first line
    ("Glaze Chemist at Ashcombe Ceramics, Leeds\nBristol, Avon - Email: morwenna@example.com", "Leeds"),
    # a town alone over a line naming a town of its own: two places, not one address
    ("Leeds\nBristol, Avon - Email: morwenna@example.com", "Leeds"),
    # (a town over its country is still one place)
    ("Dublin\nIreland\nmorwenna@example.com", "Dublin, Ireland"),
])
def test_a_place_is_not_continued_into_the_contact_line(lines, place):
    assert _place(f"Morwenna Quell\n{lines}")[0] == place
