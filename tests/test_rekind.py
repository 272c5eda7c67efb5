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
    # under a heading of words no heading phrase holds ("Stints", "Tongues": set like the document's
    # headings), what most of it holds: dated roles, degrees, spoken languages; not a list of skills
    (_section("other", "Kiln Operator, Fenwick Pottery\t2021 – 2023", "• Fired the kilns",
              "Glaze Technician, Harbour Ceramics\t2019 – 2021", heading="STINTS"),
     [("experience", ["Kiln Operator, Fenwick Pottery\t2021 – 2023", "Fired the kilns",
                      "Glaze Technician, Harbour Ceramics\t2019 – 2021"])]),
    (_section("other", "English (native), Yoruba (fluent)", "French – basic", heading="Tongues"),
     [("languages", ["English (native), Yoruba (fluent)", "French – basic"])]),
    (_section("other", "BSc Marine Engineering\t2016 – 2019", "Harwick University", heading="Where I studied"),
     [("education", ["BSc Marine Engineering\t2016 – 2019", "Harwick University"])]),
    (_section("other", "English, Python, kiln control", "Rowing and origami", heading="Tongues"),
     [("other", ["English, Python, kiln control", "Rowing and origami"])]),
    (_section("other", "SQL, Python, Tableau, kiln control", heading="Toolkit"),
     [("skills", ["SQL, Python, Tableau, kiln control"])]),
    (_section("other", "Rowing, origami, long walks, baking", heading="Passions"),
     [("other", ["Rowing, origami, long walks, baking"])]),
    # a heading the vocabulary names "other" keeps its section, whatever it holds
    (_section("other", "Kiln Operator, Fenwick Pottery\t2021 – 2023", "Glaze Technician, Harbour Ceramics\t2019 – 2021",
              heading="Additional Information"),
     [("other", ["Kiln Operator, Fenwick Pottery\t2021 – 2023", "Glaze Technician, Harbour Ceramics\t2019 – 2021"])]),
    # a labelled skills line among the header's lines (a CV without headings): skills
    (_section("header", "Ines Varga", "ines@example.net", "Skills: Excel, SAP, route planning", heading=None),
     [("header", ["Ines Varga", "ines@example.net"]), ("skills", ["Excel, SAP, route planning"])]),
    # under a heading that is a word, a list of known skills is skills; a list of other things, or
    # prose under initials, does not move
    (_section("other", "• Python, Go, Rust, SQL", heading="Miscellany"), [("skills", ["Python, Go, Rust, SQL"])]),
    (_section("other", "• Kite flying, chess, pottery", heading="Miscellany"), [("other", ["Kite flying, chess, pottery"])]),
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
    # rows of skills by category under a heading that names none: the rows, labels kept (a row whose
    # tab was lost gets its colon); two rows that are not half the section, a label of another kind
    # ("Database Tool"), or spoken languages alone: nothing moves
    (_section("other", "Operating Systems: Solaris, FreeBSD", "Tools: Jira, Jenkins", "Notice period: one month",
              heading="Additional Information"),
     [("other", ["Notice period: one month"]), ("skills", ["Operating Systems: Solaris, FreeBSD", "Tools: Jira, Jenkins"])]),
    (_section("other", "Frameworks Spring, Django", "Database PostgreSQL, Redis", "Languages: Go, Kotlin",
              "Willing to relocate", heading="Additional Information"),
     [("other", ["Willing to relocate"]),
      ("skills", ["Frameworks: Spring, Django", "Database: PostgreSQL, Redis", "Languages: Go, Kotlin"])]),
    (_section("other", "Tools: Jira, Jenkins", "Databases: Redis", "Won the regional chess cup twice",
              "Ran a marathon in under four hours", "Sang in the city choir", heading="Additional Information"),
     [("other", ["Databases: Redis", "Won the regional chess cup twice", "Ran a marathon in under four hours",
                 "Sang in the city choir"]), ("skills", ["Tools: Jira, Jenkins"])]),  # (a skills heading's own line)
    (_section("other", "Database Tool: Toad", "Release Desk: weekly", "Shift: nights", heading="Additional Information"),
     [("other", ["Database Tool: Toad", "Release Desk: weekly", "Shift: nights"])]),
    (_section("other", "Languages: Welsh, Basque", "Nationality: Ruritanian", heading="Personal Dossier"),
     [("other", ["Languages: Welsh, Basque", "Nationality: Ruritanian"])]),
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


def test_an_unnamed_section_of_dated_roles_beside_a_work_history_stays():
    """An academic CV's "Expeditions" or "Field seasons" hold dated roles too; a document
    has one work history, so only where none is named does an unnamed section become it."""
    jobs = _section("experience", "Lecturer, Harwick University\t2019 – 2023", heading="Positions")
    students = _section("other", "Research Assistant, Fenwick Lab\t2021 – 2022", "• Thesis on kiln draughts",
                        "Research Intern, Fenwick Lab\t2020", heading="Expeditions")
    assert [s.kind for s in rekind([jobs, students])] == ["experience", "other"]
    assert [s.kind for s in rekind([students])] == ["experience"]


def test_running_text_under_an_unnamed_first_heading_is_the_summary():
    header = Section(kind="header", heading=None, lines=lines("Ines Varga", "ines@example.net"))
    about = _section("other", "I plan freight routes that keep forty trucks full and on time.", heading="What I do")
    later = _section("other", "I spend weekends restoring a narrowboat on the canal.", heading="Beyond work")
    assert [s.kind for s in rekind([header, about, later])] == ["header", "summary", "other"]
    listed = _section("other", "• Planned freight routes", "• Kept trucks full", heading="What I do")
    assert [s.kind for s in rekind([header, listed])] == ["header", "other"]


def test_a_work_history_named_by_its_kind_but_holding_no_roles_does_not_count():
    """"Side Work" names jobs but holds projects: the unnamed section of dated roles is the work history."""
    side = _section("experience", "• Tidewatch: a tool that tracks shared expenses", "• Granary: an open dataset",
                    heading="Side Work")
    career = _section("other", "Lecturer, Harwick University\t2019 – 2023", "Tutor, Fenwick College\t2016 – 2019",
                      heading="Career so far")
    assert [s.kind for s in rekind([career, side])] == ["experience", "experience"]


@pytest.mark.parametrize("rows, kind", [
    (("• Redis", "• Python", "• Linux", "• Kafka"), "skills"),        # one known skill a bullet
    (("• Hiking", "• Chess", "• Baking"), "other"),                  # no skills the table knows
    (("• Redis", "• Python"), "other"),                              # two are too few to tell
])
def test_an_unnamed_list_of_one_skill_a_bullet(rows, kind):
    toolkit = _section("other", *rows, heading="Toolkit")
    assert [s.kind for s in rekind([toolkit])] == [kind]

@pytest.mark.parametrize("rows, kind", [
    # every line a short name and its years or rating: skills, whatever the heading says
    (("Wheel throwing · 8 yrs", "Glaze chemistry · 5 yrs", "Kiln repair · 3 yrs"), "skills"),
    (("Raku firing · 4 years", "Slip casting · 18 months"), "skills"),
    # a line that is no such pair keeps the section as it is; a language with its level is no skill
    (("Wheel throwing · 8 yrs", "Taught evening classes at the Harbour Studio."), "other"),
    (("Welsh · 8 yrs", "Breton · 3 yrs"), "other"),
    (("Wheel throwing · 8 yrs",), "other"),
])
def test_a_section_of_names_with_their_years_is_skills(rows, kind):
    got = rekind([_section("other", *rows, heading="Experience in years")])
    assert [s.kind for s in got] == [kind]


@pytest.mark.parametrize("heading, rows, expected", [
    # skill groups with no skills heading, the first under the section's heading: name / level / items
    ("GLAZING", ("ADVANCED", "CELADON", "TENMOKU", "SHINO", "FIRING", "INTERMEDIATE", "RAKU", "ANAGAMA"),
     [("skills", ["GLAZING: CELADON, TENMOKU, SHINO", "FIRING: RAKU, ANAGAMA"])]),
    ("Throwing", ("Expert", "Porcelain\tStoneware\tTerracotta"), [("skills", ["Throwing: Porcelain, Stoneware, Terracotta"])]),
    # ending a sidebar's "About" after its contact lines: the groups move, the contact lines stay
    ("About", ("Harbourtown GB", "mira.kiln@example.com", "Studio", "Advanced", "Wedging", "Kiln loading"),
     [("summary", ["Harbourtown GB", "mira.kiln@example.com"]), ("skills", ["Studio: Wedging, Kiln loading"])]),
    # spoken languages with their levels are no groups; nor a level with nothing under it
    ("Tongues", ("Native", "Welsh", "Fluent", "Breton"), [("other", ["Native", "Welsh", "Fluent", "Breton"])]),
    ("Glazing", ("Advanced", "Celadon", "Firing", "Beginner"), [("other", ["Advanced", "Celadon", "Firing", "Beginner"])]),
    # a sentence under the level is no item; a heading that names a kind keeps its section
    ("Glazing", ("Advanced", "Mixed every glaze of the studio by hand for ten years"),
     [("other", ["Advanced", "Mixed every glaze of the studio by hand for ten years"])]),
    ("About", ("Wrote the glaze book", "Advanced", "Harbour Pottery", "2019 – 2021"),
     [("summary", ["Wrote the glaze book", "Advanced", "Harbour Pottery", "2019 – 2021"])]),
])
def test_skill_groups_without_a_skills_heading(heading, rows, expected):
    kind = "summary" if heading == "About" else "other"
    assert _kinds(rekind([_section(kind, *rows, heading=heading)])) == expected
