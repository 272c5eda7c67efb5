"""The line a CV is signed with at its end (fields.signing)."""
import pytest

import resumekit
from resumekit.fields.signing import signing_line

from .conftest import PINNED


@pytest.mark.parametrize(("text", "signed"), [
    ("Leipzig, 01.03.2026", True),
    ("Halberstadt, den 01.03.2026", True),
    ("Paris, le 1er mars 2026", True),
    ("Frankfurt am Main, 3. März 2026", True),
    ("Oakridge, TN, March 3, 2026", True),
    ("Kesselbach, im März 2026", True),             # the month it was written in
    ("Madrid, en marzo de 2026", True),
    ("Berlin, 2019", False),                        # no day: a year of something
    ("Berlin, März 2019", False),                   # a month without "im": the date of something
    ("Zertifikat IFRS, 12.05.2019 Kesselbach", False),  # words after the date
    ("Office manager, 12.05.2019", False),           # words in lower case: no town
    ("Leipzig 01.03.2026", False),                   # no comma between
    ("01.03.2026 – 30.04.2026", False),              # a range
    # an Indian declaration's labelled lines, maybe the name in brackets for the signature
    ("Place: Kochi", True),
    ("Place: Navi Mumbai        (R. K. MENON)", True),
    ("Date: 04-02-2026", True),
    ("Date: 2019", False),                           # no day
    ("Place: to be decided", False),                 # no town
    ("Phone: 0484 000 0417", False),                 # another label
])
def test_signing_line(text, signed):
    assert signing_line(text) is signed


SIGNED = """Johanna Beispiel
johanna@example.com

Kenntnisse
EDV: DATEV, SAP FI

Zertifikate
IFRS-Accountant
IHK Halberstadt, 12.05.2019

Halberstadt, 01.03.2026
Johanna Beispiel
"""


def test_the_signing_lines_are_no_content_of_the_last_section():
    c = resumekit.parse(SIGNED.encode(), format="text", options=PINNED)
    assert [s.name for s in c.skills] == ["DATEV", "SAP FI"]
    certified = " ".join(f"{x.name} {x.issuer} {x.date}" for x in c.certifications)
    assert "IHK Halberstadt" in certified and "2026" not in certified  # (the dated line in its block stays)
    assert any("Halberstadt, 01.03.2026" in (o.text or "") for o in c.other_sections)


DECLARED = """R. K. MENON
rk.menon@example.com
14, 3rd Main Road, Kakkanad, Kochi, KL 682030

EXPERIENCE
Site Engineer, Periyar Builders Pvt. Ltd.\t2019 - 2024

PERSONAL DETAILS
Marital Status : Single

I hereby declare that the above details are true.

Date: 04-02-2026
Place: Ernakulam                                  (R. K. MENON)
"""


def test_the_declarations_place_is_no_address():
    """"Place:" under the declaration names where the CV was signed: the address stays the header's."""
    c = resumekit.parse(DECLARED.encode(), format="text", options=PINNED)
    assert (c.contact.location.raw, c.contact.location.city, c.contact.location.region) == (
        "14, 3rd Main Road, Kakkanad, Kochi, KL 682030", "Kochi", "KL")
