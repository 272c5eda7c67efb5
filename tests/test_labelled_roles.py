"""Entries printed as forms ("Company: …" / "Designation: …" / "Duration: …"), fields.labelled_roles."""
import pytest

import resumekit
from resumekit.document import Line
from resumekit.fields.labelled_roles import form_entries

from .conftest import PINNED


def _lines(text: str) -> list[Line]:
    return [Line(text=t, index=i, bullet=t.startswith("• ")) if not t.startswith("• ")
            else Line(text=t[2:], index=i, bullet=True) for i, t in enumerate(text.strip().splitlines())]


def _read(text: str):
    found = form_entries(_lines(text))
    if found is None:
        return None
    return [(f.get("company"), f.get("title"), f.get("location"), e.dates.text if e.dates else None,
             [l.plain for l in e.body]) for e, f in found[0]], found[1]


@pytest.mark.parametrize(("text", "entries", "loose"), [
    (  # an Indian CV's form: each entry opens with its employer
        """Company: Velmora Textiles Ltd
Designation: Production Supervisor
Duration: June 2018 – Till Date
Location: Tiruppur
Company: Sree Kanthi Mills
Designation: Shift Incharge
Duration: May 2015 – May 2018
Roles & Responsibilities:
• Planned the production of three shifts.""",
        [("Velmora Textiles Ltd", "Production Supervisor", "Tiruppur", "June 2018 – Till Date", []),
         ("Sree Kanthi Mills", "Shift Incharge", None, "May 2015 – May 2018",
          ["Roles & Responsibilities:", "Planned the production of three shifts."])], []),
    (  # two roles under one employer: the second works for it too; a sentence above belongs to none
        """Permanent positions only.
Employer: Harrow Lane Foods
Position: Line Lead
Period: 2019 – 2021
Position: Shift Manager
Period: 2021 – present""",
        [("Harrow Lane Foods", "Line Lead", None, "2019 – 2021", []),
         ("Harrow Lane Foods", "Shift Manager", None, "2021 – present", [])], ["Permanent positions only."]),
    (  # German labels, dates first
        """Zeitraum: 03/2019 – heute
Arbeitgeber: Kesselbach Maschinenbau GmbH
Position: Konstrukteurin""",
        [("Kesselbach Maschinenbau GmbH", "Konstrukteurin", None, "03/2019 – heute", [])], []),
    (  # the employer's value ends in its town, no place label: the town is the entry's place
        """Период работы: 09.2012 — 02.2019
Организация: АО «Северная Гончарня», Вологда
Должность: Технолог""",
        [("АО «Северная Гончарня»", "Технолог", "Вологда", "09.2012 — 02.2019", [])], []),
    (  # a place label says where: the employer stays whole
        """Employer: Harbour Kilns Ltd, Leeds
Position: Kiln Technician
Period: 2019 – 2021
Location: Bradford""",
        [("Harbour Kilns Ltd, Leeds", "Kiln Technician", "Bradford", "2019 – 2021", [])], []),
    (  # the Italian "formato europeo": labels in a column of their own, a bullet typed into each
        """• Date (da – a)	02/2013 – 04/2018
• Nome e indirizzo del datore di lavoro	Orrin Componenti S.r.l., Modena
• Tipo di impiego	Buyer
• Date (da – a)	09/2010 – 01/2013
• Nome e indirizzo del datore di lavoro	Lune Trasporti S.n.c., Parma
• Tipo di impiego	Impiegata""",
        [("Orrin Componenti S.r.l.", "Buyer", "Modena", "02/2013 – 04/2018", []),
         ("Lune Trasporti S.n.c.", "Impiegata", "Parma", "09/2010 – 01/2013", [])], []),
])
def test_form_entries(text, entries, loose):
    assert _read(text) == (entries, loose)


@pytest.mark.parametrize("text", [
    # a consultant's projects under a job: client and duration labels, but no employer label
    """Senior Test Engineer, Larkspur Infotech
Client: Tidewater Telecom
Duration: Mar 2021 to Present
Role: Automation Lead""",
    # an employer label alone, no title nor period label: no form
    "Company: Orrin Glassworks\nBuilt the kiln controls.",
    # a bulleted label is a detail, not a role line; so is a cell that is no label
    "• Company: Orrin Glassworks\n• Duration: 2019 – 2020",
    "• Orrin Glassworks\tLeeds\n• Kiln Technician\t2019 – 2020",
])
def test_not_a_form(text):
    assert form_entries(_lines(text)) is None


FORM_CV = """Anand Venkatesh
anand.v@example.com

PROFESSIONAL EXPERIENCE

Company: Velmora Textiles Ltd
Designation: Production Supervisor
Duration: June 2018 – Till Date

Company: Sree Kanthi Mills
Designation: Shift Incharge
Duration: May 2015 – May 2018

EDUCATIONAL QUALIFICATION
B.Tech in Textile Technology, Marlow Institute of Technology, 2015
"""


def test_a_form_cv_reads_each_job_and_keeps_education_apart():
    c = resumekit.parse(FORM_CV.encode(), format="text", options=PINNED)
    assert [(e.company, e.title, e.start, e.end, e.current) for e in c.experience] == [
        ("Velmora Textiles Ltd", "Production Supervisor", "2018-06", None, True),
        ("Sree Kanthi Mills", "Shift Incharge", "2015-05", "2018-05", False)]
    assert [e.institution for e in c.education] == ["Marlow Institute of Technology"]
