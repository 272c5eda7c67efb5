"""The re-kind stage (fields/rekind.py): sections, or lines of them, given the kind of what they hold."""
import pytest

import resumekit
from resumekit.document import Line, Section, Style
from resumekit.fields.credentials import driving_licence
from resumekit.fields.rekind import certified, rekind

from .helpers import lines


def _section(kind, *rows, heading="Heading", bold=()):
    return Section(kind=kind, heading=Line(text=heading, index=-1, style=Style(bold=True)) if heading else None,
                   lines=lines(*rows, bold=bold))


def _kinds(sections):
    return [(s.kind, [l.text for l in s.lines]) for s in sections]


@pytest.mark.parametrize("section, expected", [
    # certificates under "Miscellaneous": the lines that say they are certified
    (_section("other", "• Rope access course (certified in 2019)", "• Keen birdwatcher and amateur potter",
              "• Certificada Harbour Cloud Associate.", heading="Miscellaneous"),
     [("other", ["Keen birdwatcher and amateur potter"]),
      ("certifications", ["Rope access course (certified in 2019)", "Certificada Harbour Cloud Associate."])]),
    # a certificate among the skills; a list naming a certified tool stays skills
    (_section("skills", "Glaze chemistry, kiln building", "• Certified Kiln Operator", "Tools: CertifyPro, KilnLog"),
     [("skills", ["Glaze chemistry, kiln building", "Tools: CertifyPro, KilnLog"]),
      ("certifications", ["Certified Kiln Operator"])]),
    # a labelled line of certificates in a skills block: an item a line
    (_section("skills", "Languages: Python, Go", "Certifications: Kiln Safety Card, Rope Access Level 1"),
     [("skills", ["Languages: Python, Go"]), ("certifications", ["Kiln Safety Card", "Rope Access Level 1"])]),
    # certificates labelled under a course of study
    (_section("education", "Harbour Coding School - Data Science\t2021 – 2022", "Certificates: Tide Data Prep | Tide Data Core"),
     [("education", ["Harbour Coding School - Data Science\t2021 – 2022"]),
      ("certifications", ["Tide Data Prep", "Tide Data Core"])]),
    # "Courses:" under a degree lists courses, not certificates
    (_section("education", "BSc Marine Biology, Fictional University\t2015 – 2018", "• Courses: Tidal Modelling, Ethics"),
     [("education", ["BSc Marine Biology, Fictional University\t2015 – 2018", "Courses: Tidal Modelling, Ethics"])]),
    # a list of qualifications one a bullet: the bullets naming no degree, school or date
    (_section("education", "• BSc (Hons) Marine Biology: Fictional University of Leeds",
              "• Harbour Certified Boat Handler", "• Introduction to Tidal Modelling (Seaport Learning)"),
     [("education", ["BSc (Hons) Marine Biology: Fictional University of Leeds"]),
      ("certifications", ["Harbour Certified Boat Handler", "Introduction to Tidal Modelling (Seaport Learning)"])]),
    # a mixed heading: the bullet naming a degree and a school is a course of study, a certified
    # one stays
    (_section("certifications", "• BSCS Fictional University of Harbourtown (ongoing)",
              "• Certified Kiln Operator from Harbour College", "• Rope Access (Training)",
              heading="Academic qualifications and certifications"),
     [("certifications", ["Certified Kiln Operator from Harbour College", "Rope Access (Training)"]),
      ("education", ["BSCS Fictional University of Harbourtown (ongoing)"])]),
    (_section("certifications", "• Harbour Cloud Associate, Seaport Academy", "• Diploma in Knots"),
     [("certifications", ["Harbour Cloud Associate, Seaport Academy", "Diploma in Knots"])]),
    # details under a degree (not a list of bullets) stay
    (_section("education", "BSc Marine Biology, Fictional University\t2015 – 2018", "• Dean's List Every Year",
              "• Tidal Modelling Project"),
     [("education", ["BSc Marine Biology, Fictional University\t2015 – 2018", "Dean's List Every Year",
                     "Tidal Modelling Project"])]),
    # a skills line labelled inside a summary
    (_section("summary", "Surveyor with ten years at sea.", "• Programming Languages: Python, R"),
     [("summary", ["Surveyor with ten years at sea."]), ("skills", ["Python, R"])]),
    (_section("summary", "Surveyor with ten years at sea.", "Specialties: tide tables, chart reading, boat handling"),
     [("summary", ["Surveyor with ten years at sea."]), ("skills", ["tide tables, chart reading, boat handling"])]),
    # skills told in a sentence: its subject a skills heading, its verb one that lists
    (_section("other", "• Volunteer tide counter at the harbour.", "• The programming languages include Zig, Nim and Crystal.",
              heading="Additional"),
     [("other", ["Volunteer tide counter at the harbour."]), ("skills", ["Programming languages: Zig, Nim and Crystal"])]),
    (_section("summary", "Surveyor with ten years at sea. My areas of expertise include:", "• Chart reading;",
              "• Tide modelling.", "Happy to travel."),
     [("summary", ["Surveyor with ten years at sea. My areas of expertise include:", "Happy to travel."]),
      ("skills", ["Areas of expertise:", "Chart reading;", "Tide modelling."])]),
    (_section("summary", "Os frameworks incluem Svelte e Nuxt."), [("summary", []), ("skills", ["Frameworks: Svelte e Nuxt"])]),
    (_section("interests", "• Sailing", "Erste Kenntnisse in", "-Tidebook", "-Chartly", heading="Interessen"),
     [("interests", ["Sailing"]), ("skills", ["Kenntnisse:", "-Tidebook", "-Chartly"])]),
    # a sentence whose subject is no skills heading, or a heading with no list after it, stays
    (_section("summary", "The crew includes five sailors.", "Skills include:", "Happy to travel."),
     [("summary", ["The crew includes five sailors.", "Skills include:", "Happy to travel."])]),
    # "Research" holding dated roles is experience; holding interests it stays
    (_section("other", "Research Assistant, Fictional Tidal Lab\t2019 – 2021", "• Modelled tides", heading="Research"),
     [("experience", ["Research Assistant, Fictional Tidal Lab\t2019 – 2021", "Modelled tides"])]),
    (_section("other", "Tidal energy, coastal erosion", heading="Research"),
     [("other", ["Tidal energy, coastal erosion"])]),
    # a CV whose headings were lost: the header's dated roles, from the first range on
    (_section("header", "Mara Quill", "mara@example.org", "Born\t02.03.1990", "2019 – 2021\tKiln Operator",
              "Fenwick Pottery", "2017 – 2019\tGlaze Technician", "Harbour Ceramics", "2015 – 2017\tStudio Assistant",
              "Tide Studio", heading=None),
     [("header", ["Mara Quill", "mara@example.org", "Born\t02.03.1990"]),
      ("experience", ["2019 – 2021\tKiln Operator", "Fenwick Pottery", "2017 – 2019\tGlaze Technician",
                      "Harbour Ceramics", "2015 – 2017\tStudio Assistant", "Tide Studio"])]),
    # two ranges, or ranges that are not roles, stay in the header
    (_section("header", "Mara Quill", "2019 – 2021\tKiln Operator", "Fenwick Pottery", "2017 – 2019\tGlaze Technician",
              heading=None),
     [("header", ["Mara Quill", "2019 – 2021\tKiln Operator", "Fenwick Pottery", "2017 – 2019\tGlaze Technician"])]),
    (_section("header", "Mara Quill", "2019 – 2021\tFenwick Pottery", "2017 – 2019\tHarbour Ceramics",
              "2015 – 2017\tTide Studio", heading=None),
     [("header", ["Mara Quill", "2019 – 2021\tFenwick Pottery", "2017 – 2019\tHarbour Ceramics",
                  "2015 – 2017\tTide Studio"])]),
    # sections under lost small-capital headings ("P E", "S", "C"): their kind from what they hold
    (_section("other", "Kiln Operator\t2021", "Fenwick Pottery, Leeds", "• Fired the kilns", "Glaze Technician\t2019",
              "Harbour Ceramics, York", heading="P E"),
     [("experience", ["Kiln Operator\t2021", "Fenwick Pottery, Leeds", "Fired the kilns", "Glaze Technician\t2019",
                      "Harbour Ceramics, York"])]),
    (_section("other", "• Python, Go, Rust, SQL", "• Kiln control, glaze chemistry, throwing", heading="S"),
     [("skills", ["Python, Go, Rust, SQL", "Kiln control, glaze chemistry, throwing"])]),
    (_section("other", "Kiln Safety Certificate", "A course in safe firing", "Certified Glaze Analyst", heading="C"),
     [("certifications", ["Kiln Safety Certificate", "A course in safe firing", "Certified Glaze Analyst"])]),
    # degrees (a role's title or a certificate would not do) under initials: education
    (_section("other", "Harwick University\t2017 – 2022", "Harbour Research Centre, Leeds", "• Candidate for PhD in Marine Engineering",
              "Harwick University\t2010 – 2016", "Leeds, UK", "• Bachelor of Science in Marine Engineering", heading="E",
              bold=(0, 3)),
     [("education", ["Harwick University\t2017 – 2022", "Harbour Research Centre, Leeds", "Candidate for PhD in Marine Engineering",
                     "Harwick University\t2010 – 2016", "Leeds, UK", "Bachelor of Science in Marine Engineering"])]),
    (_section("other", "Harwick University\t2017 – 2022", "Harbour Research Centre, Leeds", "• Coursework in kiln design",
              "Fenwick Pottery\t2010 – 2016", "Leeds, UK", "• Ran the studio", heading="E", bold=(0, 3)),
     [("other", ["Harwick University\t2017 – 2022", "Harbour Research Centre, Leeds", "Coursework in kiln design",
                 "Fenwick Pottery\t2010 – 2016", "Leeds, UK", "Ran the studio"])]),
    # a line labelled with an interests heading among personal details: interests
    (_section("contact", "Date of Birth\t: 02/05/1999", "Hobbies\t: Kite flying, Chess", "Nationality: Fictional",
              heading="Personal Details"),
     [("contact", ["Date of Birth\t: 02/05/1999", "Nationality: Fictional"]), ("interests", ["Kite flying, Chess"])]),
    (_section("other", "Interests: Pottery, long walks", "Driving licence: B", heading="Additional Information"),
     [("other", []), ("interests", ["Pottery, long walks"]), ("certifications", ["Driving licence: B"])]),
    # "Interests: …" under "Skills & Interests" (a US student résumé): interests, the skills stay
    (_section("skills", "Technical: Kiln control, Python", "Interests: Rowing, Origami", heading="Skills & Interests"),
     [("skills", ["Technical: Kiln control, Python"]), ("interests", ["Rowing, Origami"])]),
    (_section("contact", "Hobby horse restorer since 2015", heading="Personal Details"),   # no label
     [("contact", ["Hobby horse restorer since 2015"])]),
    # a driving licence among other things: the line; a part of a header line (the line stays); a class
    # under a heading naming the licence gets the name; no class, or another permit: nothing moves
    (_section("other", "Carné de conducir: B", "Disponibilidad para viajar", heading="Otros datos de interés"),
     [("other", ["Disponibilidad para viajar"]), ("certifications", ["Carné de conducir: B"])]),
    (_section("header", "Harbourville · 06 00 00 00 00 · Permis B", heading=None),
     [("header", ["Harbourville · 06 00 00 00 00 · Permis B"]), ("certifications", ["Permis B"])]),
    (_section("certifications", "Klasse B", heading="Führerschein"), [("certifications", []), ("certifications",
                                                                                                ["Führerschein Klasse B"])]),
    (_section("other", "Permis de travail : oui", "Prawo jazdy", heading="Divers"),
     [("other", ["Permis de travail : oui", "Prawo jazdy"])]),
    # a line labelled with a skills heading among other things: skills, the label kept as their category
    (_section("other", "Conocimientos informáticos: Presto, AutoCAD", "Disponibilidad: inmediata",
              heading="Otros datos de interés"),
     [("other", ["Disponibilidad: inmediata"]), ("skills", ["Conocimientos informáticos: Presto, AutoCAD"])]),
    (_section("other", "Informática: Presto, AutoCAD", heading="Otros datos de interés"),   # no skills heading
     [("other", ["Informática: Presto, AutoCAD"])]),
    # under a heading that is a word, or under initials over prose, nothing moves
    (_section("other", "• Python, Go, Rust, SQL", heading="Miscellany"), [("other", ["Python, Go, Rust, SQL"])]),
    (_section("other", "I walk, I read and I cook for friends.", heading="H"),
     [("other", ["I walk, I read and I cook for friends."])]),
])
def test_rekind(section, expected):
    assert _kinds(rekind([section])) == expected


@pytest.mark.parametrize("text, ok", [
    ("Certified Kiln Operator", True),
    ("Zertifizierter Bootsführer", True),
    ("Certifications:", False),                # a label over a list
    ("Certified in kiln safety by the guild after a long course of study in three cities and more", False),  # a sentence
    ("Kiln Safety Card", False),
])
def test_certified(text, ok):
    assert certified(Line(text=text)) is ok


@pytest.mark.parametrize("text, ok", [
    ("Carné de conducir: B", True), ("Prawo jazdy kat. B", True), ("Führerschein Klasse C1E", True),
    ("Водительское удостоверение: категория В", True),   # a Cyrillic class letter
    ("Permis de travail", False), ("Prawo jazdy", False),   # another permit; no class
    ("Patente europea del computer ECDL", False),   # no class alone
])
def test_driving_licence(text, ok):
    assert driving_licence(text) is ok


def test_certificates_under_miscellaneous_in_a_parse():
    text = ("Nia Fairweather\nnia@example.org\n\nEXPERIENCE\nTechnician, Wharf Pottery\t2019 – 2024\n\n"
            "MISCELLANEOUS\n• Kiln Safety Training (certified in 2020)\n• Enjoys sea swimming\n")
    c = resumekit.parse(text.encode(), format="text")
    assert [(x.name, x.date) for x in c.certifications] == [("Kiln Safety Training", "2020")]
    assert [o.text for o in c.other_sections if o.kind == "other"] == ["• Enjoys sea swimming"]
