import pytest

import resumekit
from resumekit.document import Box, Document, Line, ParseWarning, Run, Style
from resumekit.segment import RESTORED, heading_kind, segment

from .conftest import PINNED


@pytest.mark.parametrize("text, kind, exact", [
    ("Experience", "experience", True),
    ("WORK EXPERIENCE", "experience", True),
    ("Selected Work Experience", "experience", False),   # extra words
    ("Опыт работы — 8 лет", "experience", True),          # the phrase and the time worked: the whole heading
    ("Work Experience 10+ years", "experience", True),
    ("Technical Skills", "skills", True),
    ("Selected Research Projects", "projects", False),
    ("E D U C A T I O N", "education", True),             # letter-spaced
    ("/// Education", "education", True),                 # decoration
    ("2. Publications", "publications", True),            # numbering
    ("Skills:", "skills", True),
    ("Volunteer Experience", "volunteer", True),           # the longest phrase wins
    ("Honors & Awards", "awards", True),
    ("Languages", "languages", True),
    ("edu cation", "education", True),                    # split by a colour change
    ("Skills & Interests", "skills", False),               # a list of headings: the first
    ("Appointments, Honours and Grants", "awards", False),  # ... unless most of the list is of another kind
    ("Positions and Education", "experience", False),      # (a tie: the first)
    ("Experience & Awards", "experience", False),
    ("Education, Training and Certificates", "education", False),  # (only a list that opens with jobs)
    ("Funding", "awards", True),
    ("Professional Activities", "other", True),
    ("/// Software (Python packages)", "projects", False),  # packages the candidate wrote
    ("R Packages", "projects", True),
    ("Software Packages", "skills", True),                 # tools used, not written
    ("Driving Licence", "certifications", True),           # a driving licence is a certificate
    ("Registration", "certifications", True),              # a professional body's register (UK)
    ("Professional Registrations", "certifications", True),
    ("Code Samples (see my site for more, linked above)", "projects", True),  # a note in brackets
    ("Publications (Welsh)", "publications", True),
    ("Specialties", "skills", True),                       # a profile site's export
    ("Libraries", "skills", True),
    ("EDUCATIONAL QUALIFICATION", "education", True),     # (Indian CVs: the singular)
    ("Academic Details", "education", True),
    ("Profiles", "contact", True),                         # a builder's user names by network, not "Profile"
    ("Social Profiles", "contact", True),
    ("Profile", "summary", True),
    ("PERSONAL QUALITIES", "skills", True),                # soft skills under a heading of their own
    ("Personal Attributes", "skills", True),
    ("Qualifications & Certificates", "certifications", True),  # beside certificates, not the degrees
    ("Education & Qualifications", "education", True),
    ("Technical Summary", "skills", True),                 # a table of tools by category (Indeed's exports),
    ("TECHNICAL PROFILE:", "skills", True),                #   not the candidate's summary
    ("Technical Proficiency", "skills", True),
    ("PROJECT DETAILS", "projects", True),                 # (Indian CVs; "Details" alone is personal data)
    ("Project Details:", "projects", True),
    ("TECHNICAL SKILL", "skills", True),
    ("Professional Summary", "summary", True),
    ("P ROFESSIONAL E XPERIENCE", "experience", True),   # small capitals split off each word's first letter:
    ("E DUCATION", "education", True),                   #   the split "E" is no joining word ("e" = "and")
    ("O mně", "summary", True),                            # a phrase written with a joining word ("o": Czech "about")
])
def test_heading_kind(text, kind, exact):
    m = heading_kind(text)
    assert m is not None and (m.kind, m.exact) == (kind, exact)


@pytest.mark.parametrize("text", ["Jane Doe", "Senior Software Engineer", "Python, Go, SQL", "Software Engineering Intern",
                                  "Experience Designer", "",
                                  # an item of a numbered list under a job, not a section: "Project 1"
                                  "Project 1", "PROJECT #2", "Project - 3", "Projekt Nr. 4", "Projet n° 5 :",
                                  "Key Project 12:", "Assignment 2",
                                  # the tail of a heading wrapped before its joining word
                                  "& Awards", "and Certifications", "AND ACTIVITIES", "Y FORMACIÓN", "e Competenze"])
def test_not_a_heading(text):
    assert heading_kind(text) is None


def _doc(rows, fmt="pdf"):
    lines = []
    for i, (text, size, bold, block) in enumerate(rows):
        lines.append(Line(text=text, index=i, block=block, style=Style(size=size, bold=bold)))
    return Document(lines=tuple(lines), format=fmt)


def test_segment_by_typography_and_words():
    doc = _doc([
        ("Jane Doe", 20, True, 0),
        ("jane@example.com", 10, False, 0),
        ("EXPERIENCE", 12, True, 1),
        ("Engineer, Acme\t2019 – 2021", 10, True, 2),
        ("Leadership", 10, False, 2),            # a word of the vocabulary inside an entry: no typography
        ("EDUCATION", 12, True, 3),
        ("B.Sc. Physics, Uni X", 10, False, 4),
        ("PATENTS AND MEDIA", 12, True, 5),      # unknown words, heading look: "other"
        ("Something patented", 10, False, 6),
    ])
    kinds = [(s.kind, s.title) for s in segment(doc)]
    assert kinds == [("header", None), ("experience", "EXPERIENCE"), ("education", "EDUCATION"),
                     ("other", "PATENTS AND MEDIA")]


def test_left_column_label_is_split():
    doc = _doc([("Jane Doe", 20, True, 0), ("EDUCATION\tUniversity of X\t2018", 11, False, 1),
                ("SKILLS\tPython, Go", 11, False, 2)])
    secs = segment(doc)
    assert [s.kind for s in secs] == ["header", "education", "skills"]
    assert secs[1].lines[0].text == "University of X\t2018"


def test_a_label_column_needs_no_typography():
    """Two or more first cells naming sections make a label column: its labels are headings in
    plain type too, and a short capitalised label the vocabulary does not know is ``other``."""
    doc = _doc([("Jane Doe", 20, True, 0),
                ("Experience\tData Analyst, Northwind Traders\t2019 – 2021", 10, False, 1),
                ("Grants and Awards\tTravel Grant, Fictional Society\t2020", 10, False, 2),
                ("Teaching\tIntroduction to Statistics (TA)\tFall 2021", 10, False, 3),
                ("MEDIA APPEARANCES\tRadio interview, City FM\t2018", 10, False, 4),
                ("HTML, CSS, JS\tA web course", 10, False, 5),
                ("Skills\tR, Python, SQL", 10, False, 6)])
    secs = segment(doc)
    assert [(s.kind, s.title) for s in secs] == [
        ("header", None), ("experience", "Experience"), ("awards", "Grants and Awards"),
        ("experience", "Teaching"), ("other", "MEDIA APPEARANCES"), ("skills", "Skills")]
    assert secs[4].lines[1].text == "HTML, CSS, JS\tA web course"  # commas: content, not a label


@pytest.mark.parametrize("row, first", [
    ("Driving licence\tB", "Driving licence B"),          # a code alone beside a certificates label: the licence's class
    ("Driving licence\tB, C1", "Driving licence B, C1"),
    ("Certifications\tKiln Safety Card\t2021", "Kiln Safety Card\t2021"),   # a name: the label is a heading only
])
def test_a_code_beside_a_certificates_label(row, first):
    doc = _doc([("Jane Doe", 20, True, 0), ("Experience\tPotter, Harbour Clay\t2019 – 2021", 10, False, 1),
                ("Skills\tGlazing, throwing", 10, False, 2), (row, 10, False, 3)])
    secs = segment(doc)
    assert (secs[-1].kind, secs[-1].lines[0].text) == ("certifications", first)


def test_one_plain_label_cell_is_not_a_label_column():
    doc = _doc([("Jane Doe", 20, True, 0), ("EXPERIENCE", 12, True, 1),
                ("Teaching\tSt Mary's School\t2019", 10, False, 2), ("PUBLIC SPEAKING\tTownhall talks", 10, False, 3)])
    secs = segment(doc)
    assert [s.kind for s in secs] == ["header", "experience"]
    assert [l.text for l in secs[1].lines] == ["Teaching\tSt Mary's School\t2019", "PUBLIC SPEAKING\tTownhall talks"]


def test_plain_text_needs_a_line_of_its_own():
    doc = _doc([("Jane Doe", None, False, 0), ("Skills", None, False, 1), ("Python", None, False, 1),
                ("Experience", None, False, 2), ("Acme", None, False, 3)], fmt="text")
    assert [s.kind for s in segment(doc)] == ["header", "skills", "experience"]


# A text exported without its blank lines: every line in one block (or a block per fifteen lines)
BLOCKLESS = ["Marisol Quenby-Adair", "Columbus, OH", "marisol.qa@example.com", "Objective",
             "To plan events people remember.", "Work Experience", "Larkspur Venues Group",
             "Event Operations Coordinator", "2021 - present", "Planned 40 corporate events a year.",
             "Brightwell Hotel & Suites", "Guest Services Associate", "2018 - 2021",
             "Resolved guest requests at a 210-room property.", "Education", "Northfield State University",
             "Bachelor of Arts in Hospitality Management", "2018", "Skills",
             "Event planning, vendor management, Excel", "Languages", "English, Spanish"]


@pytest.mark.parametrize("rows, kinds", [
    # one block: a line that is a whole heading phrase with a capital is a heading
    ([(t, 0) for t in BLOCKLESS], ["header", "summary", "experience", "education", "skills", "languages"]),
    # the same in lower case: no heading
    ([(t.lower() if t in ("Education", "Skills", "Languages") else t, 0) for t in BLOCKLESS],
     ["header", "summary", "experience"]),
    # a text with its blank lines: a phrase inside a block stays content ("Languages" among the skills)
    ([("Marisol Quenby-Adair", 0), ("Skills", 1), ("Event planning", 1), ("Languages", 1), ("Excel", 1),
      ("Experience", 2), ("Larkspur Venues Group", 2)] + [(f"Planned event {n}.", 2) for n in range(14)],
     ["header", "skills", "experience"]),
])
def test_plain_text_without_blank_lines(rows, kinds):
    doc = _doc([(t, None, False, b) for t, b in rows], fmt="text")
    assert [s.kind for s in segment(doc)] == kinds


# A word processor's text export: a paragraph a line, blank lines only where the author typed an
# empty paragraph; a heading whose style gave it space stands right under the paragraph above
PROSE = "I plan corporate events and keep suppliers on schedule under pressure."


@pytest.mark.parametrize("rows, kinds", [
    # under a sentence of more than six words closed by a full stop: a heading
    ([("Marisol Quenby-Adair", 0, False), (PROSE, 1, False), ("Education", 1, False),
      ("Northfield State University", 1, False)], ["header", "education"]),
    # under a list item: a heading, two words and a joining word too
    ([("Marisol Quenby-Adair", 0, False), ("Experience", 1, False), ("Larkspur Venues Group", 2, False),
      ("• Planned forty events a year", 2, True), ("Education and Training", 2, False),
      ("Northfield State University", 2, False)], ["header", "experience", "education"]),
    # under a short item without a full stop: content ("Languages" among the skills)
    ([("Marisol Quenby-Adair", 0, False), ("Skills", 1, False), ("Event planning", 1, False),
      ("Languages", 1, False), ("Excel", 1, False)], ["header", "skills"]),
    # under a short sentence (six words or fewer): content
    ([("Marisol Quenby-Adair", 0, False), ("Experience", 1, False), ("Ran the front desk.", 1, False),
      ("Languages", 1, False), ("Excel", 1, False)], ["header", "experience"]),
    # in lower case, or a label whose value follows after a colon: content
    ([("Marisol Quenby-Adair", 0, False), (PROSE, 1, False), ("education", 1, False),
      ("Northfield State University", 1, False)], ["header"]),
    ([("Marisol Quenby-Adair", 0, False), (PROSE, 1, False), ("Skills", 1, False),
      (": Excel, vendor management", 1, False)], ["header"]),
    # a heading with a note in brackets, read by the words before it
    ([("Marisol Quenby-Adair", 0, False), ("Experience", 1, False), ("Larkspur Venues Group", 2, False),
      ("• Planned forty events a year", 2, True),
      ("Projects (a fuller list is on my website, with photographs of each)", 2, False),
      ("Harvest Fair ⇥ 2022", 2, False)], ["header", "experience", "projects"]),
    # a note that lists names is an item's, not a heading's ("Computer skills (Excel, Word, PrintShop)")
    ([("Marisol Quenby-Adair", 0, False), ("Skills", 1, False), ("• Vendor management", 1, True),
      ("Computer skills (spread sheets, Kilnlog, Word)", 1, False), ("Public speaking", 1, False)],
     ["header", "skills"]),
    # the same under a short line of its entry (no paragraph's end above): content
    ([("Marisol Quenby-Adair", 0, False), ("Experience", 1, False), ("Larkspur Venues Group", 2, False),
      ("Projects (a fuller list is on my website, with photographs)", 2, False),
      ("Harvest Fair ⇥ 2022", 2, False)], ["header", "experience"]),
    # a heading listing phrases joined by "and", in capitals and long too
    ([("Marisol Quenby-Adair", 0, False), ("Experience", 1, False), ("• Planned forty events a year", 2, True),
      ("Courses and Certificates", 2, False), ("• Food Safety Level 2", 2, True)],
     ["header", "experience", "certifications"]),
    ([("Marisol Quenby-Adair", 0, False), ("Experience", 1, False), ("• Planned forty events a year", 2, True),
      ("ACADEMIC QUALIFICATION, TRAININGS AND PROFESSIONAL CERTIFICATIONS", 2, False),
      ("• BA Hospitality, Northfield State University", 2, True)], ["header", "experience", "certifications"]),
    ([("Marisol Quenby-Adair", 0, False), ("Experience", 1, False), ("• Planned forty events a year", 2, True),
      ("Other Skills", 2, False), ("• Vendor management, Excel", 2, True)], ["header", "experience", "skills"]),
    # words joined by "and" that name no kinds: content
    ([("Marisol Quenby-Adair", 0, False), ("Experience", 1, False), ("• Planned forty events a year", 2, True),
      ("Weddings and Galas", 2, False), ("• Harvest Fair", 2, True)], ["header", "experience"]),
    # under the header's contact line (a link, an e-mail address): a heading
    ([("Marisol Quenby-Adair", 0, False), ("Web: https://marisol.example.com ⇥ Phone: (614) 555-0142", 0, False),
      ("Skills", 0, False), ("• Vendor management", 0, True)], ["header", "skills"]),
    ([("Marisol Quenby-Adair", 0, False), ("Columbus, OH | marisol.qa@example.com", 0, False),
      ("Summary", 0, False), ("Event coordinator with six years in venues.", 1, False)], ["header", "summary"]),
    # under a header line without contact: content
    ([("Marisol Quenby-Adair", 0, False), ("Columbus, OH", 0, False), ("Skills", 0, False),
      ("• Vendor management", 0, True)], ["header"]),
    # a whole heading phrase longer than a short line, under a paragraph's end, over its entries'
    # dates in the same block: a heading (its length does not make it content)
    ([("Marisol Quenby-Adair", 0, False), ("marisol.qa@example.com", 0, False), ("À propos", 0, False),
      ("À la recherche d'un nouveau défi dans l'événementiel à Lyon.", 0, False),
      ("Expérience professionnelle", 0, False), ("juillet 2021 — octobre 2024", 0, False),
      ("Coordinatrice événementielle", 0, False)], ["header", "summary", "experience"]),
])
def test_plain_text_heading_under_a_paragraph(rows, kinds):
    doc = Document(lines=tuple(Line(text=t, index=i, block=b, bullet=bullet, origin="text")
                               for i, (t, b, bullet) in enumerate(rows)), format="text")
    assert [s.kind for s in segment(doc)] == kinds


@pytest.mark.parametrize("rows, kinds", [
    # a block of nothing but "Heading: content" lines of different kinds closing a plain-text CV
    ([("Nia Okafor", 0), ("Education", 1), ("BSc Geology, Harbour University (2012)", 1),
      ("Skills: GIS, core logging | drone survey", 2), ("Certifications: Site Safety (2019) • First Aid (2020)", 2),
      ("Languages: English (native) | Igbo (fluent)", 2)],
     ["header", "education", "skills", "certifications", "languages"]),
    # a job's labelled lines share its block with its header line: details of the job
    ([("Nia Okafor", 0), ("Experience", 1), ("Geologist, Harbour Minerals (2019 - 2023)", 2),
      ("Achievements: mapped 40 km of core", 2), ("Technologies: GIS, Leapfrog", 2)],
     ["header", "experience"]),
    # two labels of one kind are a list's categories, not sections
    ([("Nia Okafor", 0), ("Skills", 1), ("Tools: GIS, Leapfrog", 2), ("Technical skills: core logging", 2)],
     ["header", "skills"]),
])
def test_a_block_of_labelled_lines_in_plain_text(rows, kinds):
    doc = Document(lines=tuple(Line(text=t, index=i, block=b, origin="text") for i, (t, b) in enumerate(rows)),
                   format="text")
    assert [s.kind for s in segment(doc)] == kinds


def test_dated_or_long_lines_are_never_headings():
    doc = _doc([("Jane", 20, True, 0), ("EXPERIENCE 2019", 12, True, 1),
                ("Experience in building large distributed systems for many years", 12, True, 2)])
    assert [s.kind for s in segment(doc)] == ["header"]


def test_a_long_heading_in_capitals_listing_kinds():
    """Seven words with a joining word, 66 characters: in capitals still a heading."""
    doc = _doc([("Jane Doe", 20, True, 0), ("EXPERIENCE", 12, True, 1), ("Surveyor, Fictional Maps Ltd", 10, False, 2),
                ("ACADEMIC QUALIFICATIONS, TRAININGS AND PROFESSIONAL CERTIFICATIONS", 12, True, 3),
                ("Kiln Safety Card", 10, False, 4)])
    assert [s.kind for s in segment(doc)] == ["header", "experience", "certifications"]


@pytest.mark.parametrize("tail", [
    "field work.",             # a heading phrase ("work") in the last words of a wrapped sentence
    "team leadership.",
    "skills.",
])
def test_the_tail_of_a_wrapped_sentence_is_no_heading(tail):
    """(The summary is set larger than the body text, which gives its lines a point of typography.)"""
    doc = _doc([("Jane Doe", 20, True, 0), ("SUMMARY", 12, True, 1),
                ("Geologist with ten years of surveying and", 11, False, 2), (tail, 11, False, 2),
                ("EXPERIENCE", 12, True, 3), ("Surveyor, Fictional Maps Ltd", 9, False, 4),
                ("Mapped the coastline of a fictional island for the regional survey office", 9, False, 4)])
    assert [s.kind for s in segment(doc)] == ["header", "summary", "experience"]


@pytest.mark.parametrize("text, kind", [
    ("Опыт работы 3 месяца", "experience"),      # a duration after the heading
    ("主要技能", "skills"),                        # a CJK compound holding a heading phrase
    ("Berufserfahrung", "experience"),
    ("Expérience professionnelle", "experience"),
    ("Drittmittel", "awards"),                     # research funding
    ("Financements", "awards"),
    ("Gremien", "other"),                          # committees: service, not jobs
    ("Informatique", "skills"),                    # French: computer skills
    ("Languages spoken", "languages"),
    ("Academic Details", "education"),             # not "details" (contact): an Indian fresher CV's heading
    ("Languages Known", "languages"),
])
def test_heading_kind_other_languages(text, kind):
    m = heading_kind(text)
    assert m is not None and m.kind == kind


@pytest.mark.parametrize("text", [
    "職務経歴書",   # the career sheet's title holds 職務経歴 (experience)
    "个人简历",
])
def test_a_cjk_document_title_names_no_section(text):
    assert heading_kind(text) is None


def test_a_cjk_document_title_over_marked_headings():
    """The title set large does not become an experience heading that swallows the smaller
    "■"-marked headings under it."""
    doc = _doc([("職務経歴書", 18, False, 0), ("氏名 山田 花子", 10.5, False, 1), ("■職務要約", 12, False, 2),
                ("物流システムの開発に従事してきました。", 10.5, False, 3), ("■職務経歴", 12, False, 4),
                ("株式会社サンプル\t2019年4月～現在", 10.5, False, 5), ("■資格", 12, False, 6),
                ("2018年4月 普通自動車第一種運転免許", 10.5, False, 7)])
    assert [s.kind for s in segment(doc)] == ["header", "summary", "experience", "certifications"]


def test_a_label_inside_an_entry_is_not_a_section():
    doc = _doc([("Jane", 20, True, 0), ("EXPERIENCE", 12, True, 1), ("Engineer, Acme\t2019 – 2021", 10, True, 2),
                ("Achievements:", 10, False, 3), ("Shipped the thing", 10, False, 3)])
    assert [s.kind for s in segment(doc)] == ["header", "experience"]


@pytest.mark.parametrize("label, size, kinds", [
    ("Key achievements:", 10, ["header", "experience"]),       # bold, smaller than the heading: the job's label
    ("Selected achievements:", 10.5, ["header", "experience"]),
    ("Key achievements:", 12, ["header", "experience", "awards"]),  # in the headings' size: a section
    ("KEY ACHIEVEMENTS:", 10, ["header", "experience", "awards"]),  # in capitals like the heading: a section
    ("Key achievements", 10, ["header", "experience", "awards"]),   # no colon: no label
])
def test_a_bold_sub_heading_inside_an_entry_is_not_a_section(label, size, kinds):
    doc = _doc([("Jane", 20, True, 0), ("EXPERIENCE", 12, True, 1), ("Wrenfield Foods, Hull\t2019 – 2021", 10, True, 2),
                ("Plant Manager", 10, False, 2), (label, size, True, 3), ("Cut scrap by 12%.", 10, False, 3)])
    assert [s.kind for s in segment(doc)] == kinds


def _paged(rows):
    """A PDF-like document from (text, size, bold, page, column) rows, one block per row."""
    return Document(lines=tuple(Line(text=t, index=i, block=i, page=p, column=c, style=Style(size=size, bold=bold))
                                for i, (t, size, bold, p, c) in enumerate(rows)), format="pdf")


def test_a_column_continues_its_section_on_the_next_page():
    # sidebar (column 0) read before the main column (1) on each page
    doc = _paged([
        ("Jane Doe", 24, True, 1, None),
        ("SKILLS", 14, True, 1, 0), ("Figma", 9, False, 1, 0),
        ("EXPERIENCE", 14, True, 1, 1), ("Hooli\t2020 – 2022", 10, True, 1, 1), ("Designed things.", 9, False, 1, 1),
        ("LANGUAGES", 14, True, 2, 0), ("Portuguese", 9, False, 2, 0),
        ("Initech\t2018 – 2020", 10, True, 2, 1), ("Drew things.", 9, False, 2, 1),
    ])
    got = [(s.kind, [l.plain for l in s.lines]) for s in segment(doc)]
    # the main column's part on page two joins its section (one reading of the jobs)
    assert got == [("header", ["Jane Doe"]), ("skills", ["Figma"]),
                   ("experience", ["Hooli 2020 – 2022", "Designed things.", "Initech 2018 – 2020", "Drew things."]),
                   ("languages", ["Portuguese"])]


def test_a_column_under_its_own_heading_stays():
    doc = _paged([
        ("Jane Doe", 24, True, 1, None),
        ("EXPERIENCE", 14, True, 1, 1), ("Hooli\t2020 – 2022", 10, True, 1, 1),
        ("SKILLS", 14, True, 2, 0), ("Figma", 9, False, 2, 0),
        ("EDUCATION", 14, True, 2, 1), ("Uni X\t2016 – 2020", 10, True, 2, 1),
    ])
    assert [s.kind for s in segment(doc)] == ["header", "experience", "skills", "education"]


def test_a_small_plain_label_in_an_entry_is_not_a_section():
    doc = _paged([
        ("Jane Doe", 24, True, 1, None), ("EXPERIENCE", 16, True, 1, 1), ("Hooli\t2020 – 2022", 11, True, 1, 1),
        ("Lit the studio for portraits, product shots and the yearly catalogue.", 8, False, 1, 1),
        ("Applied knowledge", 11, False, 1, 1), ("Colour theory, Lighting", 8, False, 1, 1),
        ("Skills", 16, True, 1, 1), ("Figma", 8, False, 1, 1),
    ])
    assert [(s.kind, s.title) for s in segment(doc)] == [("header", None), ("experience", "EXPERIENCE"),
                                                         ("skills", "Skills")]


def test_smaller_headings_under_skills_are_its_categories():
    """"Tools", "Languages", "Other" in smaller type under "Skills" name categories of skills; the
    next heading in the section's own type starts a new section."""
    doc = _doc([("Jane Doe", 24, True, 0), ("SKILLS", 16, True, 1), ("Tools", 12, True, 2), ("Kiln, Wheel", 10, False, 2),
                ("Languages", 12, True, 3), ("Python, Go", 10, False, 3), ("Other", 12, True, 4), ("Glazing", 10, False, 4),
                ("LANGUAGES", 16, True, 5), ("Welsh", 10, False, 5)])
    assert [(s.kind, s.title, len(s.lines)) for s in segment(doc)] == [
        ("header", None, 1), ("skills", "SKILLS", 6), ("languages", "LANGUAGES", 1)]


def test_a_smaller_but_bolder_line_under_plain_skills_is_a_heading():
    doc = _doc([("Jane Doe", 24, True, 0), ("Skills", 12, False, 1), ("Kiln, Wheel", 10, False, 1),
                ("Projects", 11, True, 2), ("Tea bowls", 10, False, 2)])
    assert [s.kind for s in segment(doc)] == ["header", "skills", "projects"]


def test_a_split_label_keeps_the_weight_of_its_content():
    line = Line(text="Skills\tOperations\tSystems", index=1, block=1, style=Style(size=16, bold=True),
                runs=(Run("Skills"), Run("\tOperations\tSystems", bold=True)))
    rows = (Line(text="Jane Doe", style=Style(size=24, bold=True)), line,
            Line(text="Route planning\tLedgerly", index=2, block=1, style=Style(size=10)))
    secs = segment(Document(lines=rows, format="pdf"))
    assert [(s.kind, [(l.text, l.style.bold) for l in s.lines]) for s in secs][1] == (
        "skills", [("Operations\tSystems", True), ("Route planning\tLedgerly", False)])


def test_a_row_of_category_labels_is_not_split():
    doc = _doc([("Jane Doe", 24, True, 0), ("Skills", 16, True, 1), ("Languages:\tTools:", 12, True, 2),
                ("Python, Go\tGit, Make", 10, False, 2)])
    secs = segment(doc)
    assert [s.kind for s in secs] == ["header", "skills"] and secs[1].lines[0].text == "Languages:\tTools:"


@pytest.mark.parametrize("row, split", [
    ("Career\tnew graduate\tPhone\t+44 7700 900123", False),   # a grid of personal data
    ("Career\tjunior\tE-mail\tmara@example.org", False),
    ("Career\tKiln Operator, Fenwick Pottery\t2019 – 2021\tHarbourtown", True),  # two years: no phone
    ("Career\tnew graduate\tPhone", True),  # three cells, no value: a label beside its content
])
def test_a_grid_of_personal_data_is_not_a_label_row(row, split):
    doc = _doc([("Mara Quill", 20, True, 0), (row, 10, True, 1), ("EDUCATION", 12, True, 2),
                ("Fictional University\t2017 – 2021", 10, False, 3)])
    kinds = [s.kind for s in segment(doc)]
    assert kinds == (["header", "experience", "education"] if split else ["header", "education"])


def test_subordinate_headings_stay_in_their_section():
    """"Courses" in smaller type (or a deeper declared level) under "Education" lists the degree's
    courses; "Flagger Certification" in body type under "Certifications" is one of them."""
    doc = _doc([("Jane Doe", 24, True, 0), ("Education", 19, True, 1), ("University of Wales\t2016 – 2019", 10, True, 1),
                ("Courses", 13, True, 2), ("Glaze Chemistry", 10, False, 2),
                ("Certifications", 19, True, 3), ("Kiln Safety", 10, False, 4), ("Flagger Certification", 11, False, 5),
                ("Skills", 19, True, 6), ("Throwing", 10, False, 6)])
    assert [(s.kind, len(s.lines)) for s in segment(doc)] == [("header", 1), ("education", 3), ("certifications", 2),
                                                              ("skills", 1)]
    declared = Document(lines=(Line(text="Jane Doe", style=Style(size=20)),
                               Line(text="Education", index=1, block=1, style=Style(bold=True, heading_level=3)),
                               Line(text="BA Ceramics", index=2, block=2),
                               Line(text="Courses", index=3, block=3, style=Style(bold=True, heading_level=5)),
                               Line(text="Glaze Chemistry", index=4, block=4)), format="docx")
    assert [s.kind for s in segment(declared)] == ["header", "education"]


def test_the_rest_of_a_label_row_is_content():
    doc = _doc([("Jane Doe", 24, True, 0), ("Certificates\tKiln Operator Certification", 16, True, 1),
                ("Issued by Clayworks Guild", 10, False, 1)])
    secs = segment(doc)
    assert [(s.kind, s.lines[0].text if s.lines else None) for s in secs] == [
        ("header", "Jane Doe"), ("certifications", "Kiln Operator Certification")]


def test_an_entry_title_in_the_headings_type_right_of_them_is_no_heading():
    """Headings in a left gutter and entry titles in the same type further right: the titles stay
    in their section."""
    def row(i, text, size, bold, x0):
        return Line(text=text, index=i, block=i, style=Style(size=size, bold=bold), box=Box(x0, 20 * i, x0 + 100, 20 * i + 10))
    doc = Document(lines=(row(0, "Jane Doe", 30, True, 70), row(1, "Projects", 16, True, 80), row(2, "Tide Pump", 16, True, 195),
                          row(3, "A solar pump for community gardens, built from spare parts.", 10, False, 195),
                          row(4, "Kiln Monitor", 16, True, 195),
                          row(5, "Logs the firing curve of a small electric kiln every minute.", 10, False, 195),
                          row(6, "Skills", 16, True, 120), row(7, "Glazing, throwing, kiln building", 10, False, 195)),
                   format="pdf")
    assert [(s.kind, len(s.lines)) for s in segment(doc)] == [("header", 1), ("projects", 4), ("skills", 1)]


@pytest.mark.parametrize("parent, sub, items, kinds", [
    # a smaller "Languages" under Skills over programming languages: a part of the skills block
    ("Skills", "Languages", ["Python, Go, Kotlin", "Bash"], ["header", "skills"]),
    # ... over spoken languages: the languages section itself
    ("Skills", "Languages", ["English – native; Welsh – fluent"], ["header", "skills", "languages"]),
    # a smaller "Courses" under Education: part of it
    ("Education", "Courses", ["Soil Mechanics, Hydraulics"], ["header", "education"]),
    # a smaller "LANGUAGES" under Education is no part of a degree
    ("Education", "LANGUAGES", ["Portuguese – native", "French – B2"], ["header", "education", "languages"]),
])
def test_sub_headings_that_nest(parent, sub, items, kinds):
    rows = [("Idris Okonkwo-Lamb", 20, True, 0), (parent, 13, True, 1), ("Line one of the section", 11, False, 2),
            (sub, 11, True, 3)] + [(t, 11, False, 4 + n) for n, t in enumerate(items)]
    assert [s.kind for s in segment(_doc(rows))] == kinds


def test_a_column_above_the_heading_it_was_read_after_stays_in_its_section():
    """A two-column skills grid over a full-width heading: reading order may put the heading in the
    left column, before the right column's lines; those lines sit above it and are still skills."""
    def row(i, text, size, bold, column, top):
        x = 222 if column == 1 else 42
        return Line(text=text, index=i, block=i, column=column, style=Style(size=size, bold=bold),
                    box=Box(x, top, x + 120, top + 10))
    lines = (row(0, "Jane Doe", 22, True, None, 40), row(1, "SKILLS", 9, True, 0, 230),
             row(2, "Glazes · Kilns", 10, False, 0, 250), row(3, "WORK EXPERIENCE", 9, True, 0, 330),
             row(4, "Wheel throwing · Firing", 10, False, 1, 250), row(5, "Raku", 10, False, 1, 265),
             row(6, "Potter at Clayworks\tJan 2020 - May 2024", 10, False, None, 350))
    got = [(s.kind, [l.plain for l in s.lines]) for s in segment(Document(lines=lines, format="pdf"))]
    assert got == [("header", ["Jane Doe"]), ("skills", ["Glazes · Kilns", "Wheel throwing · Firing", "Raku"]),
                   ("experience", ["Potter at Clayworks Jan 2020 - May 2024"])]


@pytest.mark.parametrize("header, below, split", [
    ("Other\tPottery", "Raku ·\tGlazing", False),            # category names over a grid of items
    ("Other\tCeramics", "Raku\tGlazing", False),
    ("HARBOUR TALKS\tTalks given:", "1. Clay today\tCardiff, 2019", True),  # a label beside its content
    ("Other\tPottery", "Raku", True),                           # nothing in cells below: a label row
])
def test_a_bold_header_row_over_a_grid_is_not_split(header, below, split):
    doc = _doc([("Jane Doe", 24, True, 0), ("SKILLS", 9, True, 1), (header, 11, True, 2), (below, 10, False, 2)])
    assert (len(segment(doc)) > 2) == split


@pytest.mark.parametrize("sub", [("PROGRAMMING", 12, True), ("Other", 11, True), ("People skills", 10, True)])
def test_a_part_of_skills_unlike_the_documents_headings_is_no_section(sub):
    """Three headings or more set alike ("SKILLS" in 16-point plain capitals): a skills phrase in
    another type under "SKILLS" names a group of skills, even in larger or bolder type."""
    text, size, bold = sub
    doc = _doc([("Jane Doe", 24, True, 0), ("EXPERIENCE", 16, False, 1), ("Potter, Clayworks\t2019 – 2021", 10, True, 2),
                ("SKILLS", 16, False, 3), (text, size, bold, 4), ("Glazing, Raku", 10, False, 4),
                ("EDUCATION", 16, False, 5), ("Uni X\t2016 – 2019", 10, True, 6)])
    assert [(s.kind, len(s.lines)) for s in segment(doc)] == [("header", 1), ("experience", 1), ("skills", 2),
                                                              ("education", 1)]


def test_a_heading_with_a_long_note_in_brackets():
    doc = _doc([("Jane Doe", 24, True, 0), ("EXPERIENCE", 12, True, 1), ("Potter, Clayworks\t2019 – 2021", 10, True, 2),
                ("Code Samples (a longer list is on my website, GitHub and YouTube, linked above)", 10, True, 3),
                ("Kilnlog 2024", 10, True, 4)])
    assert [(s.kind, len(s.lines)) for s in segment(doc)] == [("header", 1), ("experience", 1), ("projects", 1)]


def test_full_width_lines_under_columns_go_on_with_the_column_reaching_down_to_them():
    """Under a two-column block, full-width text continues the column whose last line is just above
    it (the main column's projects), not the column read last (a shorter sidebar)."""
    def row(i, text, bold, column, top):
        x = {None: 20, 0: 20, 1: 320}[column]
        return Line(text=text, index=i, block=i, column=column, style=Style(size=9, bold=bold),
                    box=Box(x, top, x + 250, top + 9))
    lines = (row(0, "Jane Doe", True, None, 30), row(1, "Personal Projects", True, 0, 400),
             row(2, "Kilnlog (Python)", True, 0, 420), row(3, "Awards", True, 1, 100),
             row(4, "Potter of the year", False, 1, 120), row(5, "A firing log for small studios.", False, None, 440),
             row(6, "Glazebook (Figma)", True, None, 460))
    got = [(s.kind, [l.plain for l in s.lines]) for s in segment(Document(lines=lines, format="pdf"))]
    assert got == [("header", ["Jane Doe"]),  # (the full-width part joins its section: the project's description)
                   ("projects", ["Kilnlog (Python)", "A firing log for small studios.", "Glazebook (Figma)"]),
                   ("awards", ["Potter of the year"])]


def _placed(rows):
    """A PDF-like document from (text, size, bold, x) rows, one block per row."""
    return Document(lines=tuple(Line(text=t, index=i, block=i, style=Style(size=size, bold=bold),
                                     box=Box(x, 40 + 20 * i, x + 200, 50 + 20 * i))
                                for i, (t, size, bold, x) in enumerate(rows)), format="pdf")


def test_titles_right_of_a_label_column_are_no_headings():
    """Labels in a left column ("Work", "Skills" beside their content): an entry's title further
    right that holds a heading word ("Harbour Media") is no heading, nor is a category of skills
    in the headings' type ("Strategy"), and a row of items there is content, not a label."""
    doc = _placed([("Jane Doe", 16, True, 196), ("Work\tGlaze Technician", 16, True, 120),
                   ("Kiln loading, firing logs", 10, False, 202), ("Harbour Media", 16, True, 196),
                   ("Shot product photos", 10, False, 202), ("Education\tUniversity of Wales", 16, True, 80),
                   ("BA Ceramics", 10, False, 202), ("Skills\tGlazes\tKilns", 16, True, 130), ("Celadon\tRaku", 10, False, 202),
                   ("Strategy", 16, True, 196), ("Glaze mixing\tRaku firing", 10, False, 202)])
    rows = list(doc.lines)
    rows[7] = rows[7].with_(runs=(Run("Skills"), Run("\tGlazes\tKilns", bold=True)))  # the label plain, its row bold
    assert [(s.kind, len(s.lines)) for s in segment(doc.with_(lines=tuple(rows)))] == [
        ("header", 1), ("experience", 4), ("education", 2), ("skills", 4)]


@pytest.mark.parametrize("employer, split", [
    ("Harbourline Media", False),     # holds "Media", a heading phrase, in bold body type: an employer
    ("Press Relations Ltd", False),
    ("Projects", True),               # a heading phrase alone is still a heading, whatever its size
])
def test_an_employer_holding_a_heading_word_in_a_job_is_no_heading(employer, split):
    doc = _doc([("Jane Doe", 24, True, 0), ("Work", 14, True, 1), ("Designer", 12, True, 2), ("Quill Studio", 12, True, 2),
                ("Jan 2023 – Dec 2023", 12, False, 2), ("Designer", 12, True, 3), (employer, 12, True, 3),
                ("Jan 2021 – Dec 2022", 12, False, 3), ("Education", 14, True, 4), ("BSc Design", 12, False, 4)])
    titles = [s.title for s in segment(doc)]
    assert titles == ([None, "Work", "Projects", "Education"] if split else [None, "Work", "Education"])


@pytest.mark.parametrize("employer, split", [
    ("Harbourline Media", False),            # bold like the headings, but they are in capitals: an employer
    ("MEDIA", True),                         # the heading phrase alone in the headings' type
])
def test_an_employer_unlike_the_capital_headings_is_no_heading(employer, split):
    doc = _doc([("Jane Doe", 18, True, 0), ("EXPERIENCE", 11, True, 1), ("Quill Studio, Leeds", 11, True, 2),
                ("Designer | 2023 – 2024", 11, False, 2), (employer, 11, True, 3), ("Editor | 2021 – 2022", 11, False, 3),
                ("EDUCATION", 11, True, 4), ("BSc Design", 11, False, 4)])
    titles = [s.title for s in segment(doc)]
    assert titles == ([None, "EXPERIENCE", "MEDIA", "EDUCATION"] if split else [None, "EXPERIENCE", "EDUCATION"])



def test_an_employer_holding_a_heading_word_beside_its_dates_is_no_label():
    doc = _doc([("Jane Doe", 24, True, 0), ("Experience", 19, True, 1), ("Harbour Tide Lab\t2021 – 2023", 13, True, 2),
                ("Data Analyst", 10, True, 2), ("Institute for Coastal Research\t2019 – 2021", 13, True, 3),
                ("Teaching Assistant", 10, True, 3), ("Education", 19, True, 4), ("BSc Oceanography", 10, False, 4)])
    assert [s.title for s in segment(doc)] == [None, "Experience", "Education"]


def test_in_a_label_column_a_dated_row_is_still_split():
    doc = _doc([("Jane Doe", 24, True, 0), ("EXPERIENCE\tHarbour Tide Lab, Analyst", 11, True, 1),
                ("EDUCATION\tBSc Oceanography, Fictional University", 11, True, 2),
                ("Coastal Research Grants\t2019 Tide Seed Grant", 11, True, 3)])
    assert [s.title for s in segment(doc)][1:] == ["EXPERIENCE", "EDUCATION", "Coastal Research Grants"]


@pytest.mark.parametrize("employer, kinds", [
    # an employer holding a heading word, smaller than the section's heading: a line of the job
    ("Harbour Media", ["header", "experience", "education"]),
    ("Tidewater Research Projects", ["header", "experience", "education"]),
    # a heading phrase itself, or one in capitals, still opens a section
    ("Projects", ["header", "experience", "projects", "education"]),
    ("SELECTED RESEARCH PROJECTS", ["header", "experience", "projects", "education"]),
])
def test_an_employer_holding_a_heading_word(employer, kinds):
    doc = _doc([("Jane Doe", 20, True, 0), ("Work", 14, True, 1), ("Product Designer", 12, True, 2),
                ("Studio Quill", 12, True, 2), ("Jan 2024 – May 2025", 12, False, 2), ("Product Designer", 12, True, 3),
                (employer, 12, True, 3), ("Jan 2023 – Dec 2023", 12, False, 3), ("Education", 14, True, 4),
                ("BA Design, Fictional University", 12, False, 5)], fmt="docx")
    assert [s.kind for s in segment(doc)] == kinds


def test_an_employer_in_the_headings_type_without_their_capitals():
    doc = _doc([("Jane Doe", 18, True, 0), ("EXPÉRIENCE PROFESSIONNELLE", 11, True, 1), ("Studio Quill, Rennes", 11, True, 2),
                ("Graphiste | 2019 – 2021", 11, False, 2), ("Harbour Media", 11, True, 3), ("Graphiste | 2017 – 2019", 11, False, 3),
                ("FORMATION", 11, True, 4), ("Master Design, Université Fictive", 11, False, 5)], fmt="docx")
    assert [s.kind for s in segment(doc)] == ["header", "experience", "education"]


@pytest.mark.parametrize("size, level, employer, kinds", [
    # a job's title declared a level deeper than the section's heading ("####" under "###"), its employer bold
    # and declaring none (Markdown has no sizes; a converter's Word sets all in one size): a line of the job
    (None, None, "Harbour Media", ["header", "experience", "education"]),
    (12.0, None, "Tidewater Research Projects", ["header", "experience", "education"]),
    # a heading phrase itself still opens a section; so does a line declaring the section's level
    (None, None, "Projects", ["header", "experience", "projects", "education"]),
    (None, 3, "Harbour Media", ["header", "experience", "other", "education"]),
])
def test_an_employer_declaring_no_level_under_a_declared_heading(size, level, employer, kinds):
    rows = [("Jane Doe", 1), ("Work", 3), ("Product Designer", 4), ("Studio Quill", None),
            ("Jan 2024 – May 2025", None), ("Product Designer", 4), (employer, level), ("Jan 2023 – Dec 2023", None),
            ("Education", 3), ("BA Design, Fictional University", None)]
    lines = tuple(Line(text=t, index=i, block=i, style=Style(size=size, bold=not t[:1].isdigit() and "," not in t,
                                                             heading_level=lv)) for i, (t, lv) in enumerate(rows))
    assert [s.kind for s in segment(Document(lines=lines, format="markdown" if size is None else "docx"))] == kinds


@pytest.mark.parametrize("row, kinds", [
    # a first cell that only contains a heading phrase, beside dates: an entry's first row
    ("Institute for Tidal Research\t2021 – 2023", ["header", "experience", "education"]),
    ("Tidewater Media\tJan 2020 – Present", ["header", "experience", "education"]),
    # beside content, or an exact phrase, it is still a label
    ("PROJECTS\tTide tables for the harbour\t2021", ["header", "experience", "projects", "education"]),
])
def test_a_row_of_dates_beside_a_heading_word(row, kinds):
    doc = _doc([("Jane Doe", 20, True, 0), ("Experience", 16, True, 1), ("Surveyor, Fictional Maps Ltd\t2023 – 2024", 11, True, 2),
                (row, 11, True, 3), ("Mapped the coast", 10, False, 3), ("Education", 16, True, 4),
                ("BSc Geography, Fictional University", 10, False, 5)])
    assert [s.kind for s in segment(doc)] == kinds


@pytest.mark.parametrize("marks, kinds", [
    # headings whose small capitals were lost: only their initials are left, bold, alone
    (("E", "P E"), ["header", "other", "other"]),
    # one such line is not enough evidence (a monogram, a stray letter)
    (("E", "Harbour Ceramics"), ["header"]),
])
def test_lost_small_capital_headings_are_headings(marks, kinds):
    doc = _doc([("Mara Quill", 14, False, 0), (marks[0], 10, True, 1), ("Fictional University\t2014 – 2018", 10, True, 1),
                ("• BSc Ceramics", 10, False, 1), (marks[1], 10, True, 2), ("Kiln Operator\t2019", 10, True, 2),
                ("Fenwick Pottery, Leeds", 10, False, 2)])
    assert [s.kind for s in segment(doc)] == kinds



@pytest.mark.parametrize("number, title, kind", [
    ("1", "Education", "education"),
    ("2.", "Teaching", "experience"),
    ("IV", "Grants and Awards", "awards"),
    ("3)", "Languages", "languages"),
])
def test_a_section_number_in_a_cell_of_its_own(number, title, kind):
    """LaTeX's numbered sections set the number a gap apart ("1 ⇥ Education"): the number cell does
    not make the line a row of cells; a number before words that name nothing stays content."""
    doc = _doc([("Ada Quillfeather", 20, True, 0), ("ada@example.org", 10, False, 0),
                (f"{number}\t{title}", 13, True, 1), ("Something under it", 10, False, 2),
                (f"{number}\tHarbour Street Bakery", 13, True, 3)])
    secs = segment(doc)
    assert [s.kind for s in secs] == ["header", kind]
    assert secs[1].title == f"{number} {title}"


def test_two_cells_after_a_number_stay_a_row():
    doc = _doc([("Ada Quillfeather", 20, True, 0), ("1\tEducation\t2019", 13, True, 1)])
    assert [s.kind for s in segment(doc)] == ["header"]


@pytest.mark.parametrize("name, opens_header", [
    ("Oriel Vantongeren", True),                  # the name under a sidebar read first
    ("Bramble Cottage Pottery 2019 – 2021", False),  # dated: never a header line
    ("Interests", False),                          # a heading phrase
])
def test_a_name_under_a_sidebar_opens_a_second_header(name, opens_header):
    """A table's left cell read first (contact, skills under their own headings) puts the name, in
    the page's largest type by far, below those headings: it opens a header block of its own, with
    the lines under it, instead of ending the sidebar's last section."""
    doc = _doc([("Contact", 11, True, 0), ("oriel@example.net", 9.5, False, 0),
                ("Skills", 11, True, 1), ("Kiln firing", 9.5, False, 1), ("Glaze chemistry", 9.5, False, 1),
                (name, 24, True, 2), ("Studio Potter", 13, False, 2),
                ("Experience", 12.5, True, 3), ("Potter, Fictional Clayworks\t2020 – Present", 11, True, 4)])
    secs = segment(doc)
    if opens_header:
        assert [s.kind for s in secs] == ["contact", "skills", "header", "experience"]
        assert [l.text for l in secs[2].lines] == [name, "Studio Potter"]
    else:
        assert "header" not in [s.kind for s in secs]


@pytest.mark.parametrize("below, header", [
    ("Kiln Safety Officer\tPotters' Guild\t06/2020", True),   # as many cells, a date: a grid's header still
    ("Kiln Safety Officer\t06/2020", False),                   # two cells with a date: an entry's row
])
def test_a_bold_header_row_over_dated_rows(below, header):
    doc = Document(lines=(Line(text="Ada Quillfeather", index=0, style=Style(size=20, bold=True)),
                          Line(text="Experience", index=1, block=1, style=Style(size=12, bold=True)),
                          Line(text="Certification\tIssuer\tDate" if header else "Certification\tDate", index=2, block=2,
                               style=Style(size=11, bold=True)),
                          Line(text=below, index=3, block=3, style=Style(size=11))), format="docx")
    secs = segment(doc)
    assert [s.kind for s in secs] == ["header", "experience"] + ([] if header else ["certifications"])


def _worded(text: str, i: int, heights: list[float]) -> Line:
    """A PDF line whose words have the given heights (a word's box is as tall as its type)."""
    words, x = [], 50.0
    for w, h in zip(text.replace("\t", " ").split(), heights):
        words.append((w, Box(x, 20 * i + 10 - h, x + 8 * len(w), 20 * i + 10)))
        x += 8 * len(w) + 4
    return Line(text=text, index=i, block=i, style=Style(size=max(heights), bold=True), words=tuple(words),
                box=Box(50, 20 * i, 500, 20 * i + 10))


@pytest.mark.parametrize("row, heights, kinds", [
    ("Languages\tKotlin, Rust", [7.5, 10, 10], ["header", "skills"]),     # small type, as the date column: no label
    ("Interests\tKite surfing", [7.5, 10, 10], ["header", "skills"]),
    ("Languages\tWelsh, Basque", [10, 10, 10], ["header", "skills", "languages"]),  # the label's own size: split
])
def test_a_label_in_smaller_type_than_its_line_is_no_heading(row, heights, kinds):
    lines = (Line(text="Ottoline Varga-Brisk", index=0, block=0, style=Style(size=22, bold=True)),
             Line(text="Skills", index=1, block=1, style=Style(size=12, bold=True)),
             _worded(row, 2, heights))
    assert [s.kind for s in segment(Document(lines=lines, format="pdf"))] == kinds


NUMBERED_PROJECTS = """Ravi Kumar Menon
ravi.menon@example.com

EXPERIENCE

Senior Test Engineer
Larkspur Infotech Pvt. Ltd, Pune
January 2019 to Present

Project 1
Project Title: Harbour Billing Suite
Client: Tidewater Telecom
Duration: Mar 2021 to Present
Team Size: 12

Project 2
Project Title: Orchard CRM
Duration: Jan 2019 to Feb 2021

Test Engineer
Quillon Systems, Bengaluru
June 2016 to December 2018

EDUCATION
B.E. in Computer Science, Marlow Institute of Technology, 2016
"""


def test_numbered_projects_inside_a_job_do_not_end_the_experience_section():
    c = resumekit.parse(NUMBERED_PROJECTS.encode(), format="text", options=PINNED)
    assert [(e.title, e.company) for e in c.experience] == [
        ("Senior Test Engineer", "Larkspur Infotech Pvt. Ltd"), ("Test Engineer", "Quillon Systems")]
    assert c.projects == []


@pytest.mark.parametrize("header, below, found", [
    # a row whose cells hold several lines reads as fewer cells than the header names
    ("Qualification\tBoard/University\tYear of Passing\tScore", "B.Sc. (Pottery)\t2021\t8.2 CGPA", True),
    ("Period\tDegree\tInstitution", "2019 – 2021\tMSc Glaze Chemistry\tHarwick University", True),
    ("Period\tDegree\tInstitution", "MSc Glaze Chemistry 2021", False),            # one cell is no row of a table
    ("Period\tDegree\tInstitution", "2019\tMSc\tHarwick\tLeeds\tFirst", False),  # more cells than it names
    ("Python\tGo\tRust", "Kiln\tGlaze\tWheel", False),                          # no year below: a grid
])
def test_column_header(header, below, found):
    from resumekit.segment import column_header
    assert column_header(Line(header, index=0), Line(below, index=1)) is found


@pytest.mark.parametrize("header, origin, below, found", [
    # two names in a row its producer marked as the table's header: a header, dated rows under it or not
    ("Zeitraum\tStation", "docx:table:thead", "04/2019 – heute\tKiln Hand", True),
    ("Area\tSkills", "docx:table:thead", "Glazing\tRaku, Salt firing", True),
    # the same two names unmarked: an entry's first line as likely
    ("Zeitraum\tStation", "docx:table", "04/2019 – heute\tKiln Hand", False),
    # marked, but nothing in cells under it
    ("Area\tSkills", "docx:table:thead", "Raku, Salt firing", False),
])
def test_a_marked_header_row_is_a_column_header(header, origin, below, found):
    from resumekit.segment import column_header
    assert column_header(Line(header, index=0, origin=origin), Line(below, index=1, origin="docx:table")) is found


def test_rows_under_a_marked_header_row_are_no_labels():
    rows = [("Skills", "docx"), ("Area\tSkills", "docx:table:thead"), ("Research\tInterviews, Surveys", "docx:table"),
            ("Tools\tKilnboard, Glazewise", "docx:table")]
    doc = Document(format="docx", lines=[Line(t, index=i, block=i, origin=o, style=Style(bold=i == 0, heading_level=2 if i == 0 else None))
                          for i, (t, o) in enumerate(rows)])
    assert [s.kind for s in segment(doc)] == ["skills"]
    # unmarked, the first cells are labels of a label column ("Research" names no section of its own kind)
    doc = Document(format="docx", lines=[l.with_(origin="docx:table") if "thead" in l.origin else l for l in doc.lines])
    assert [s.kind for s in segment(doc)] != ["skills"]


def test_a_line_in_heading_type_right_under_a_heading_is_its_content():
    big = Style(size=13, bold=True)
    rows = [("Ingrid Vasquez-Moll", Style(size=20, bold=True)), ("Objective", big), ("Kiln Technician", big),
            ("Experience", big), ("Kiln Technician, Harbour Pottery, 2019 – 2024", Style(size=11)),
            ("Education", big), ("BA Ceramics, Harwick University, 2015 – 2019", Style(size=11)),
            ("Skills", big), ("Kiln Types", big), ("Gas and electric kilns", Style(size=11)),
            ("Miscellany", big), ("Driving licence B", Style(size=11))]
    doc = Document(lines=tuple(Line(t, index=n, block=n, style=st) for n, (t, st) in enumerate(rows)), format="docx")
    got = [(s.kind, s.heading.plain if s.heading else None, [l.plain for l in s.lines]) for s in segment(doc)]
    assert ("summary", "Objective", ["Kiln Technician"]) in got      # not a heading of its own
    assert ("other", "Miscellany", ["Driving licence B"]) in got             # a heading in that type after content still is
    assert ("other", "Kiln Types", ["Gas and electric kilns"]) in got             # under skills: a group, a heading of its own


def test_plain_text_certificates_named_like_their_heading_are_its_items():
    text = ("Dana Orrin\ndana@example.com\n\nCertifications and Licenses\n\nForklift Certification\n"
            "June 2021 to June 2024\n\nCPR Certification\nPresent\n\nAssessments\n\nWarehouse safety — Proficient\n")
    doc = resumekit.extract(text.encode(), format="text")
    assert [(s.kind, s.title) for s in segment(doc)] == [
        ("header", None), ("certifications", "Certifications and Licenses"), ("other", "Assessments")]


# headings the vocabulary does not know, set like the ones it does: above the first known heading
# (once the header's contact lines are past), and in plain text, capitals on a block of their own
@pytest.mark.parametrize("rows, kinds", [
    # a styled heading of unknown words before the first known one, below the contact line
    ([("Tomas Verbeek", 20, True, 0), ("tomas@example.org", 10, False, 0),
      ("WHERE I'VE WORKED", 13, True, 1), ("Planner, Dunmore Freight\t2019 – 2023", 10, False, 2),
      ("EDUCATION", 13, True, 3), ("BSc Geography, Fenwick University", 10, False, 4),
      ("SKILLS", 13, True, 5), ("Excel, SAP", 10, False, 6)],
     ["header", "other", "education", "skills"]),
    # the same with no contact line in the header: the name and headline may be in the headings' type
    ([("TOMAS VERBEEK", 13, True, 0), ("LOGISTICS PLANNER", 13, True, 1),
      ("EDUCATION", 13, True, 3), ("BSc Geography, Fenwick University", 10, False, 4),
      ("SKILLS", 13, True, 5), ("Excel, SAP", 10, False, 6)],
     ["header", "education", "skills"]),
    # a headline in the headings' type above the contact line stays in the header
    ([("Tomas Verbeek", 20, True, 0), ("LOGISTICS PLANNER", 13, True, 0), ("tomas@example.org", 10, False, 0),
      ("EDUCATION", 13, True, 3), ("BSc Geography, Fenwick University", 10, False, 4),
      ("SKILLS", 13, True, 5), ("Excel, SAP", 10, False, 6)],
     ["header", "education", "skills"]),
])
def test_unknown_headings_above_the_first_known_one(rows, kinds):
    assert [s.kind for s in segment(_doc(rows))] == kinds


@pytest.mark.parametrize("rows, kinds", [
    # capitals on a block of their own, beside known headings in capitals that open their blocks
    ([("Tomas Verbeek", None, False, 0), ("tomas@example.org", None, False, 0),
      ("WHERE I'VE WORKED", None, False, 1), ("Planner, Dunmore Freight", None, False, 2),
      ("EDUCATION", None, False, 3), ("BSc Geography, Fenwick University", None, False, 3),
      ("SKILLS", None, False, 4), ("Excel, SAP", None, False, 4)],
     ["header", "other", "education", "skills"]),
    # an employer in capitals over its job (the same block) is no heading
    ([("Tomas Verbeek", None, False, 0), ("tomas@example.org", None, False, 0),
      ("EXPERIENCE", None, False, 1), ("DUNMORE FREIGHT LTD", None, False, 2), ("Planner, 2019 – 2023", None, False, 2),
      ("EDUCATION", None, False, 3), ("BSc Geography, Fenwick University", None, False, 3)],
     ["header", "experience", "education"]),
    # a line in capitals alone where only one known heading is in capitals: no style to be consistent with
    ([("Tomas Verbeek", None, False, 0), ("tomas@example.org", None, False, 0),
      ("WHERE I'VE WORKED", None, False, 1), ("Planner, Dunmore Freight", None, False, 2),
      ("EDUCATION", None, False, 3), ("BSc Geography, Fenwick University", None, False, 3),
      ("Skills", None, False, 4), ("Excel, SAP", None, False, 4)],
     ["header", "education", "skills"]),
])
def test_plain_text_capitals_on_a_block_of_their_own(rows, kinds):
    assert [s.kind for s in segment(_doc(rows, fmt="text"))] == kinds


# a job board's text export prints every line as a block of its own: an employer in capitals over
# its dates, a school in capitals without a year, one skill in capitals are no headings
@pytest.mark.parametrize("rows, kinds", [
    ([("Tomas Verbeek", None, False, 0), ("tomas@example.org", None, False, 0),
      ("WORK EXPERIENCE", None, False, 1), ("Planner", None, False, 2), ("DUNMORE FREIGHT -", None, False, 3),
      ("2015 to Present", None, False, 4), ("EDUCATION", None, False, 5), ("B.COM", None, False, 6),
      ("FENWICK CITY COLLEGE", None, False, 7), ("SKILLS", None, False, 8), ("Excel", None, False, 9),
      ("JASMINE", None, False, 10), ("GitHub", None, False, 11)],
     ["header", "experience", "education", "skills"]),
    # the same shape above the first known heading: an employer over its dates stays where it is
    ([("Tomas Verbeek", None, False, 0), ("tomas@example.org", None, False, 0),
      ("DUNMORE FREIGHT LTD", None, False, 1), ("2015 to Present", None, False, 2),
      ("EDUCATION", None, False, 3), ("BSc Geography", None, False, 4), ("SKILLS", None, False, 5), ("Excel", None, False, 6)],
     ["header", "education", "skills"]),
])
def test_a_job_boards_blocks_in_capitals_are_no_headings(rows, kinds):
    assert [s.kind for s in segment(_doc(rows, fmt="text"))] == kinds


@pytest.mark.parametrize("rows, kinds", [
    # no heading the vocabulary knows: three or more capitals blocks of their own below the contact line
    ([("TOMAS VERBEEK", None, False, 0), ("tomas@example.org", None, False, 0),
      ("WHERE I'VE WORKED", None, False, 1), ("Planner, Dunmore Freight", None, False, 2),
      ("WHAT I STUDIED", None, False, 3), ("BSc Geography, Fenwick University", None, False, 4),
      ("THINGS I DO WELL", None, False, 5), ("Excel, SAP", None, False, 6)],
     ["header", "other", "other", "other"]),
    # two are no pattern
    ([("TOMAS VERBEEK", None, False, 0), ("tomas@example.org", None, False, 0),
      ("WHERE I'VE WORKED", None, False, 1), ("Planner, Dunmore Freight", None, False, 2),
      ("WHAT I STUDIED", None, False, 3), ("BSc Geography, Fenwick University", None, False, 4)],
     ["header"]),
    # no contact line: the first such block may be the name, and stays in the header
    ([("TOMAS VERBEEK", None, False, 0), ("WHERE I'VE WORKED", None, False, 1), ("Planner, Dunmore Freight", None, False, 2),
      ("WHAT I STUDIED", None, False, 3), ("BSc Geography, Fenwick University", None, False, 4),
      ("THINGS I DO WELL", None, False, 5), ("Excel, SAP", None, False, 6)],
     ["header", "other", "other", "other"]),
])
def test_plain_text_headings_all_in_their_own_words(rows, kinds):
    assert [s.kind for s in segment(_doc(rows, fmt="text"))] == kinds


def _declared_doc(rows):
    return Document(lines=tuple(Line(text=t, index=i, block=i, style=Style(size=size, heading_level=level))
                                for i, (t, size, level) in enumerate(rows)), format="docx")


@pytest.mark.parametrize("rows, kinds", [
    # Word heading styles, no phrase of the vocabulary: the declared level is the sections' level
    ([("Ines Varga", 26, 0), ("ines@example.net", 11, None), ("Track Record", 14, 1),
      ("Planner, Dunmore Freight", 11, None), ("Toolkit", 14, 1), ("Excel, SAP, Python", 11, None)],
     ["header", "other", "other"]),
    # one recognised heading and one unknown: both
    ([("Ines Varga", 26, 0), ("ines@example.net", 11, None), ("Track Record", 14, 1),
      ("Planner, Dunmore Freight", 11, None), ("Education", 14, 1), ("BSc Geography", 11, None)],
     ["header", "other", "education"]),
    # a level declared once is no sections' level; a name declared a heading stays in the header
    ([("Ines Varga", 14, 1), ("ines@example.net", 11, None), ("Track Record", 14, 2),
      ("Planner, Dunmore Freight", 11, None)],
     ["header"]),
])
def test_declared_headings_without_a_vocabulary_phrase(rows, kinds):
    assert [s.kind for s in segment(_declared_doc(rows))] == kinds


def _columns_doc(rows):
    return Document(lines=tuple(Line(text=t, index=i, block=i, column=col, style=Style(size=size, bold=True, heading_level=level)
                                     if level else Style(size=11))
                                for i, (t, size, level, col) in enumerate(rows)), format="docx")


@pytest.mark.parametrize("rows, kinds", [
    # a sidebar column whose sections are Heading 2, a body whose sections are Heading 1 and whose
    # employers are Heading 2: an employer under "Experience" is a part of it, not a section
    ([("Odile Brack", 18, None, 1), ("Contact", 13, 2, 1), ("odile@example.net", 9, None, 1),
      ("Skills", 13, 2, 1), ("Welding", 9, None, 1), ("Interests", 13, 2, 1), ("Chess", 9, None, 1),
      ("Experience", 14, 1, 2), ("Tarn Valley Boats, Albi", 13, 2, 2), ("Welder\tJan 2020 – Present", 11, None, 2),
      ("Gaillac Steelworks, Rodez", 13, 2, 2), ("Fitter\tMar 2016 – Dec 2019", 11, None, 2),
      ("Education", 14, 1, 2), ("Causse Technical School", 13, 2, 2), ("Welding diploma\t2016", 11, None, 2)],
     ["header", "contact", "skills", "interests", "experience", "education"]),
    # the same Heading 2 lines where no shallower heading is above them in their column: sections
    ([("Odile Brack", 18, None, 1), ("Contact", 13, 2, 1), ("odile@example.net", 9, None, 1),
      ("Skills", 13, 2, 1), ("Welding", 9, None, 1), ("Interests", 13, 2, 1), ("Chess", 9, None, 1),
      ("Tarn Valley Boats, Albi", 13, 2, 2), ("Welder\tJan 2020 – Present", 11, None, 2)],
     ["header", "contact", "skills", "interests", "other"]),
])
def test_a_deeper_declared_level_under_a_section_is_no_section_by_consistency(rows, kinds):
    assert [s.kind for s in segment(_columns_doc(rows))] == kinds


@pytest.mark.parametrize("text, bullet, kind", [
    ("E X P E R I E N C E", False, "experience"),      # letter-spaced: one word, not ten
    ("W O R K  H I S T O R Y", False, "experience"),
    ("EXPERIENCE", True, "experience"),                # "■ EXPERIENCE": a square taken for a bullet
    ("WORK HISTORY", True, "experience"),
    ("Experience", True, None),                         # a bullet item that is a heading phrase: no capitals
    ("PYTHON", True, None),                             # an item in capitals
])
def test_letter_spaced_and_marked_headings(text, bullet, kind):
    rows = [Line(text="Ana Ruiz", index=0, block=0), Line(text="ana@example.com", index=1, block=0),
            Line(text=text, index=2, block=1, bullet=bullet), Line(text="Analyst, Kestrel Ltd", index=3, block=2)]
    kinds = [s.kind for s in segment(Document(lines=tuple(rows), format="text"))]
    assert kinds == (["header", kind] if kind else ["header"])


@pytest.mark.parametrize("rows, kinds", [
    # no heading the vocabulary knows: three lines alone in one type larger than the body's
    ([("Ines Varga", 22, True, 0), ("ines@example.net", 10, False, 0),
      ("Track Record", 14, False, 1), ("Planner, Dunmore Freight", 10, True, 2),
      ("Where I Learnt", 14, False, 3), ("BSc Geography", 10, True, 4),
      ("Toolkit", 14, False, 5), ("Excel, SAP, Python", 10, False, 6)],
     ["header", "other", "other", "other"]),
    # two are no type of their own; employers in the body's size are never such headings
    ([("Ines Varga", 22, True, 0), ("ines@example.net", 10, False, 0),
      ("Track Record", 14, False, 1), ("Planner, Dunmore Freight", 10, True, 2),
      ("Where I Learnt", 14, False, 3), ("BSc Geography", 10, True, 4)],
     ["header"]),
    ([("Ines Varga", 22, True, 0), ("ines@example.net", 10, False, 0),
      ("DUNMORE FREIGHT", 10, True, 1), ("Planner", 10, False, 2),
      ("HARBOUR MILLS", 10, True, 3), ("Clerk", 10, False, 4),
      ("FENWICK FOODS", 10, True, 5), ("Driver", 10, False, 6)],
     ["header"]),
])
def test_larger_lines_alike_without_a_known_heading(rows, kinds):
    assert [s.kind for s in segment(_doc(rows))] == kinds

@pytest.mark.parametrize("side_heading_column, kinds", [
    (1, ["header", "experience", "education", "contact", "skills"]),  # a right column opening with its heading
    (0, ["header", "experience", "education"]),                          # in the job's column: a label of the entry
])
def test_a_plain_heading_opening_the_next_column_is_no_label_of_the_last_entry(side_heading_column, kinds):
    """A right column read after the main one opens with headings in the body's weight (one web font
    for every weight: nothing says bold), smaller than the main column's: they start sections, not
    labels inside the main column's last entry; in the entry's own column such a line stays a label."""
    def row(i, text, size, column, top):
        x = 410 if column == 1 else 44
        return Line(text=text, index=i, block=i, column=column, style=Style(size=size),
                    box=Box(x, top, x + 100, top + size))
    col = side_heading_column
    lines = (row(0, "Idris Okonkwo-Lamb", 20, 0, 60), row(1, "Employment History", 13, 0, 120),
             row(2, "Potter at Clayworks, Cardiff", 11.5, 0, 140), row(3, "JANUARY 2020 — PRESENT", 8, 0, 153),
             row(4, "Education", 13, 0, 200), row(5, "BA Ceramics, Cardiff School of Art", 11.5, 0, 220),
             row(6, "SEPTEMBER 2016 — MAY 2019", 8, 0, 233),
             row(7, "Details", 12, col, 130), row(8, "Cardiff, UK", 9.5, col, 144),
             row(9, "Skills", 12, col, 180), row(10, "Raku firing", 9.5, col, 194), row(11, "Glaze chemistry", 9.5, col, 208))
    assert [s.kind for s in segment(Document(lines=lines, format="pdf"))] == kinds


@pytest.mark.parametrize("text, kind", [
    ("Work Experiance", "experience"),     # a letter changed
    ("EDUCATON", "education"),             # a letter dropped
    ("Acheivements", "awards"),            # two neighbours swapped
    ("Certfications", "certifications"),
    ("Personal Detials", "contact"),       # the right word beside the misspelt one
    ("💼 Volunteer Experiance", "volunteer"),
    ("Contract", None),                    # a word people write: no misspelt "Contact"
    ("Educator", None),                    # two edits from "Education"
    ("Skils", None),                       # five letters: too near other words to read a slip
    ("Acadamic Qualificaton", None),       # two words misspelt
    ("Harbour Medai", None),               # no phrase with the other words
])
def test_misspelt_heading(text, kind):
    from resumekit.headings import misspelt_kind
    match = misspelt_kind(text)
    assert (match.kind if match else None) == kind


@pytest.mark.parametrize("heading, fmt, style", [
    ("Work Experiance", "text", (None, False)),   # plain text: a line of its own
    ("WORK EXPERIANCE", "pdf", (12, True)),       # bold capitals
])
def test_a_misspelt_heading_set_as_a_heading_starts_its_section(heading, fmt, style):
    size, bold = style
    doc = _doc([("Jane Doe", size and 20, bold, 0), ("jane@example.com", size and 10, False, 0),
                (heading, size, bold, 1), ("Surveyor, Fictional Maps Ltd", size and 10, False, 2),
                ("EDUCATION" if bold else "Education", size, bold, 3), ("BSc Geology, Kestrel University", size and 10, False, 4)],
               fmt=fmt)
    assert [s.kind for s in segment(doc)] == ["header", "experience", "education"]


def test_a_misspelt_phrase_in_body_text_is_no_heading():
    """Only a line set as a heading is asked for a misspelt phrase: a body line between others is not."""
    doc = _doc([("Jane Doe", 20, True, 0), ("EXPERIENCE", 12, True, 1), ("Surveyor, Fictional Maps Ltd", 10, False, 2),
                ("Acheivements", 10, False, 2), ("Mapped the coast of a fictional island", 10, False, 2)])
    assert [s.kind for s in segment(doc)] == ["header", "experience"]


@pytest.mark.parametrize("heading", ["experience ..........", "EXPERIENCE . . . . . .", "Experience…………"])
def test_dot_leaders_after_a_heading_are_no_full_stop(heading):
    doc = _doc([("Jane Doe", None, False, 0), (heading, None, False, 1), ("Surveyor, Fictional Maps Ltd", None, False, 2)],
               fmt="text")
    assert [s.kind for s in segment(doc)] == ["header", "experience"]


def _faced(rows):
    """Lines (text, font, block) in one size and weight: only the font sets the headings apart."""
    return Document(lines=tuple(Line(text=t, index=i, block=b, style=Style(size=10.5, font=f))
                                for i, (t, f, b) in enumerate(rows)), format="pdf")


_SANS, _SERIF = "ABCDEF+Quillsans-Regular", "GHIJKL+Bookface-Regular"


@pytest.mark.parametrize("titles_in_heading_font, kinds", [
    (False, ["header", "experience", "other", "skills"]),
    # entry titles in the headings' font: as many as the entries, none read as a heading
    (True, ["header", "experience", "skills"]),
])
def test_headings_set_apart_by_their_font_alone(titles_in_heading_font, kinds):
    title_font = _SANS if titles_in_heading_font else _SERIF
    doc = _faced([("Jane Doe", _SANS, 0), ("jane@example.com · Porto", _SERIF, 0),
                  ("Experience", _SANS, 1), ("Senior Surveyor", title_font, 2), ("Fictional Maps Ltd, 2019 – 2021", _SERIF, 2),
                  ("Junior Surveyor", title_font, 3), ("Kestrel Survey Co, 2016 – 2019", _SERIF, 3),
                  ("Where I studied", _SANS, 4), ("BSc Geology, Kestrel University, 2016", _SERIF, 4),
                  ("Skills", _SANS, 5), ("Mapping, GIS", _SERIF, 5)])
    assert [s.kind for s in segment(doc)] == kinds


@pytest.mark.parametrize("label_block, kinds", [
    (4, ["header", "education", "languages"]),   # blank lines above and below: a heading with a colon
    (3, ["header", "education"]),                # in the degree's block: a label of the entry
])
def test_a_label_word_with_a_colon_on_a_block_of_its_own_is_a_heading(label_block, kinds):
    doc = _doc([("Jane Doe", None, False, 0), ("Education:", None, False, 1),
                ("BSc Geology | Kestrel University | 2016", None, False, 3), ("Languages:", None, False, label_block),
                ("English (native), Welsh (B2)", None, False, 5)], fmt="text")
    assert [s.kind for s in segment(doc)] == kinds


@pytest.mark.parametrize("own, kinds", [
    ("Where I've Worked:", ["header", "skills", "other", "languages"]),   # the recognised headings' shape
    ("Where I've Worked", ["header", "skills", "languages"]),             # no colon: not their shape
])
def test_plain_text_headings_in_the_shape_of_the_recognised_ones(own, kinds):
    """Blocks: the header, then each heading between blank lines, then its content."""
    doc = _doc([("Jane Doe", None, False, 0), ("jane@example.com", None, False, 0),
                ("Skills:", None, False, 1), ("Mapping, GIS, surveying", None, False, 2),
                (own, None, False, 3), ("Surveyor, Fictional Maps Ltd", None, False, 4),
                ("Mapped the coast of a fictional island", None, False, 4),
                ("Languages:", None, False, 5), ("English, Welsh", None, False, 6)], fmt="text")
    assert [s.kind for s in segment(doc)] == kinds


@pytest.mark.parametrize("earlier, title, repeats", [
    ("Experience", "Experience", True),                            # the heading repeated on the next page
    ("Professional Experience", "PROFESSIONAL EXPERIENCE (continued)", True),
    ("WORK HISTORY", "Work History (cont.)", True),
    ("Berufserfahrung", "Berufserfahrung (Fortsetzung)", True),      # the note's words are not read
    ("Experience", "Experience [cont'd]:", True),
    ("Experience", "Volunteer Experience", False),
    ("Experience", "Experience Highlights", False),
    ("Professional Experience", "Experience (continued)", False),  # other words: another section
    (None, "Experience (continued)", False),
    ("Experience", None, False),
])
def test_a_heading_repeated_with_a_note(earlier, title, repeats):
    from resumekit.headings import repeats as repeated
    assert repeated(earlier, title) is repeats


def _paged_doc(rows):
    """(text, page, bold) rows of a PDF, each line a block of its own."""
    return Document(lines=tuple(Line(text=t, index=i, block=i, page=page, style=Style(size=14 if bold else 10, bold=bold))
                                for i, (t, page, bold) in enumerate(rows)), format="pdf")


_PAGE_ONE = [("Edda Morrow", 1, True), ("edda@example.org", 1, False), ("Experience", 1, True),
             ("Kiln Technician, Fernhill Pottery\tMar 2019 – Present", 1, False), ("• Fired 40 kilns a month", 1, False)]


@pytest.mark.parametrize("rows, sections", [
    # the heading printed again on the next page: one section, the page's bullets go on with the job
    (_PAGE_ONE + [("Experience (continued)", 2, True), ("• Mixed glazes", 2, False), ("Education", 2, True),
                  ("BA Ceramics, Tolworth College\t2018", 2, False)],
     [("header", 2), ("experience", 3), ("education", 1)]),
    (_PAGE_ONE + [("EXPERIENCE (cont.)", 2, True), ("• Mixed glazes", 2, False)],
     [("header", 2), ("experience", 3)]),
    # other words before the note: another section
    (_PAGE_ONE + [("Volunteer Experience (continued)", 2, True), ("• Taught a class", 2, False)],
     [("header", 2), ("experience", 2), ("volunteer", 1)]),
    # the same heading again on the same page is no page's repeat
    (_PAGE_ONE + [("Experience", 1, True), ("• Mixed glazes", 1, False)],
     [("header", 2), ("experience", 2), ("experience", 1)]),
])
def test_a_heading_repeated_on_the_next_page_continues_its_section(rows, sections):
    assert [(s.kind, len(s.lines)) for s in segment(_paged_doc(rows))] == sections


_TEXT_ONE = [("Edda Morrow", 0), ("edda@example.org", 0), ("Experience", 1), ("Kiln Technician, Fernhill Pottery", 1),
             ("• Fired forty kilns a month for the studio's three shops.", 1)]


@pytest.mark.parametrize("rows, sections", [
    # plain text has no pages: the heading again with a note goes on with its section
    (_TEXT_ONE + [("Edda Morrow, page 2 of 2", 2), ("Experience (continued)", 3), ("• Mixed glazes", 3)],
     [("header", 2), ("experience", 4)]),
    # the same words again without a note: a second résumé's section
    (_TEXT_ONE + [("Experience", 3), ("• Mixed glazes", 3)], [("header", 2), ("experience", 2), ("experience", 1)]),
])
def test_a_heading_repeated_with_a_note_in_plain_text(rows, sections):
    doc = Document(lines=tuple(Line(text=t, index=i, block=b, origin="text", bullet=t.startswith("•"))
                               for i, (t, b) in enumerate(rows)), format="text")
    assert [(s.kind, len(s.lines)) for s in segment(doc)] == sections


def _restored(rows, restored=True):
    """A plain text as extract.flat gives back a flattened one: its paragraph breaks are guesses."""
    warnings = (ParseWarning(RESTORED, "line breaks restored"),) if restored else ()
    return Document(lines=tuple(Line(text=t, index=i, block=b, origin="text") for i, (t, b) in enumerate(rows)),
                    format="text", warnings=warnings)


# A flattened text re-broken at its runs of spaces: a heading shares a block with the paragraph
# above it (two spaces, not four, stood between them)
RESTORED_TOP = [("Tobiah Wrenfield", 0), ("Akron, OH", 0), ("tobiah.w@example.com", 0), ("Objective", 0),
                ("To run a warehouse floor that ships on time.", 0), ("Shift lead with six years in logistics.", 0),
                ("Work Experience", 1), ("Shift Lead, Corbel Freight", 1), ("2019 - present", 1),
                ("Ran a crew of twelve loaders.", 1), ("Education", 1), ("Summit Ridge Community College", 1),
                ("Associate of Applied Science, Logistics", 1)]


@pytest.mark.parametrize("rows, restored, kinds", [
    # a whole heading phrase on a line of its own, inside a block: a heading
    (RESTORED_TOP, True, ["header", "summary", "experience", "education"]),
    # the same blocks in a text that kept its blank lines: a phrase inside a block stays content
    # ("Education" under a short sentence), but not under the header's contact line ("Objective")
    (RESTORED_TOP, False, ["header", "summary", "experience"]),
    # the tail of a heading wrapped after "&" is no heading of its own (its head is the heading)
    (RESTORED_TOP + [("Honors &", 2), ("Activities", 2), ("Dean's list, two terms", 2)], True,
     ["header", "summary", "experience", "education", "awards"]),
    (RESTORED_TOP + [("Skills", 2), ("Pallet jacks, forklifts", 2), ("Inventory &", 2), ("Tools", 2),
                     ("Barcode scanners", 2)], True, ["header", "summary", "experience", "education", "skills"]),
    # a label whose value follows on the next line, after a colon
    (RESTORED_TOP + [("Skills", 2), ("Forklift operation", 2), ("Tools", 2), (": WMS, barcode scanners", 2)], True,
     ["header", "summary", "experience", "education", "skills"]),
    # the first line under a heading is its content, though it names a kind too
    (RESTORED_TOP + [("Projects", 2), ("Project", 2), ("Dock scheduling board", 2)], True,
     ["header", "summary", "experience", "education", "projects"]),
    # a sentence's tail that happens to be a phrase ("... Certification.")
    (RESTORED_TOP[:4] + [("Holds a forklift operator", 0), ("Certification.", 0)] + RESTORED_TOP[4:], True,
     ["header", "summary", "experience", "education"]),
])
def test_a_restored_flat_text_reads_headings_inside_blocks(rows, restored, kinds):
    assert [s.kind for s in segment(_restored(rows, restored))] == kinds


def test_a_phrase_recurring_in_a_restored_text_is_a_label_of_its_entries():
    jobs = [("Experience", 1)]
    for n, (title, firm) in enumerate([("Picker", "Corbel Freight"), ("Loader", "Ashgrove Depot"),
                                       ("Driver", "Tamsett Haulage")]):
        jobs += [(f"{title}, {firm}", 1), (f"{2015 + 2 * n} - {2017 + 2 * n}", 1), ("Achievements", 1),
                 ("Cut loading time by a fifth.", 1)]
    secs = segment(_restored(RESTORED_TOP[:6] + jobs))
    assert [s.kind for s in secs] == ["header", "summary", "experience"]
    assert len(secs[-1].lines) == 12


# A heading glued to its section's first words by an export that dropped the line break (Indeed's
# "SKILLS • …" under "Additional Information", a flattened "EDUCATION: …"): the heading in capitals is
# split from its first line; a title in capitals, a sentence's first word or a mixed-case label is not
GLUED_TOP = [("Orla Fenwick", 0), ("orla.f@example.com", 0), ("Work Experience", 1), ("Dispatcher, Corbel Freight", 1),
             ("Planned routes for forty drivers.", 1)]


@pytest.mark.parametrize("line, kinds, first", [
    ("SKILLS • Route planning, radio procedure", ["header", "experience", "skills"], "Route planning, radio procedure"),
    ("EDUCATION: Summit Ridge Community College", ["header", "experience", "education"], "Summit Ridge Community College"),
    ("SKILLS Languages: Go, Lua", ["header", "experience", "skills"], "Languages: Go, Lua"),
    ("TECHNICAL SKILLS: WMS, SAP EWM", ["header", "experience", "skills"], "WMS, SAP EWM"),
    ("SKILL SET • Forklifts, scanners", ["header", "experience", "skills"], "Forklifts, scanners"),
    ("EDUCATION CONSULTANT", ["header", "experience"], None),          # a title in capitals
    ("PROJECT MANAGER (2019) Corbel Freight", ["header", "experience"], None),
    ("PROJECT (Support): 4", ["header", "experience"], None),          # no words after the phrase
    ("Education: a degree is not needed for the post.", ["header", "experience"], None),   # not in capitals
])
def test_a_heading_glued_to_its_first_line_is_split(line, kinds, first):
    rows = GLUED_TOP + [(line, 1), ("Dock scheduling board", 1)]
    sections = segment(_restored(rows, restored=False))
    assert [s.kind for s in sections] == kinds
    if first is not None:
        assert sections[-1].lines[0].plain == first


@pytest.mark.parametrize("rows, kinds", [
    # a heading that lists phrases with a slash or "&", one at least whole: a heading in a restored text
    (RESTORED_TOP[:6] + [("Career Experience/Job History", 0), ("Shift Lead, Corbel Freight", 0), ("2019 - present", 0)],
     ["header", "summary", "experience"]),
    (RESTORED_TOP[:6] + [("Education & Credentials", 0), ("Summit Ridge Community College", 0)],
     ["header", "summary", "education"]),
    (RESTORED_TOP[:6] + [("Work/Life", 0), ("Four days a week on site", 0)], ["header", "summary"]),  # "Life" names none
    # a heading after a sentence's tail wrapped at a comma is one; after a heading's head ("Honors &") it is none
    (RESTORED_TOP[:6] + [("Loaded and checked the outgoing", 0), ("pallets, trailers and containers,", 0),
                         ("Education", 0), ("Summit Ridge Community College", 0)], ["header", "summary", "education"]),
    (RESTORED_TOP[:6] + [("Awards, Honors,", 0), ("Education", 0), ("Summit Ridge Community College", 0)],
     ["header", "summary"]),
])
def test_a_restored_text_reads_listed_headings_and_headings_after_a_wrapped_sentence(rows, kinds):
    assert [s.kind for s in segment(_restored(rows))] == kinds


# A heading wrapped over two lines: one heading, of the whole's kind, its second line no content
_WRAP_TOP = [("Juno Ferrant", 20, True, 0), ("juno.f@example.com", 10, False, 0), ("EXPERIENCE", 12, True, 1),
             ("Dispatcher, Corbel Freight\t2019 – 2022", 10, False, 2)]


@pytest.mark.parametrize("rows, title, kind, first", [
    ([("HONORS,", 12, True, 3), ("AWARDS", 12, True, 3)], "HONORS, AWARDS", "awards", "Dean's list"),
    ([("VOLUNTEER", 12, True, 3), ("WORK", 12, True, 3)], "VOLUNTEER WORK", "volunteer", "Dean's list"),
    ([("PROFESSIONAL", 12, True, 3), ("SKILLS", 12, True, 3)], "PROFESSIONAL SKILLS", "skills", "Dean's list"),
    ([("EXPERIENCIA LABORAL", 12, True, 3), ("Y FORMACIÓN", 12, True, 3)], "EXPERIENCIA LABORAL Y FORMACIÓN",
     "experience", "Dean's list"),
    ([("Honors &", 12, True, 3), ("Activities", 12, True, 3)], "Honors & Activities", "awards", "Dean's list"),
    # two headings, one over the other: each its own ("education skills" is no phrase)
    ([("EDUCATION", 12, True, 3), ("SKILLS", 12, True, 3)], "SKILLS", "skills", "Dean's list"),
    # a heading over a line in another type: its content
    ([("AWARDS", 12, True, 3), ("Volunteer", 10, False, 3)], "AWARDS", "awards", "Volunteer"),
    # a heading closed by its colon is whole: an employer opening with a word that is a joining word in
    # some language (Hungarian "és", folded "es") is the section's first line, not the heading's tail
    ([("Esperienze professionali:", 12, True, 3), ("ES Studio, Padova", 12, True, 3)],
     "Esperienze professionali:", "experience", "ES Studio, Padova"),
    ([("Work history:", 12, True, 3), ("& Partners Loft, Leeds", 12, True, 3)],
     "Work history:", "experience", "& Partners Loft, Leeds"),
])
def test_a_heading_wrapped_over_two_lines_is_one(rows, title, kind, first):
    secs = segment(_doc(_WRAP_TOP + rows + [("Dean's list", 10, False, 4)]))
    assert (secs[-1].title, secs[-1].kind, secs[-1].lines[0].plain) == (title, kind, first)


@pytest.mark.parametrize("rows, kinds", [
    # restored flat text: a head ending in "&" or "," over its tail is one heading
    (RESTORED_TOP + [("Honors &", 1), ("Activities", 1), ("Dean's list, two terms", 1)],
     [("education", "Education"), ("awards", "Honors & Activities")]),
    (RESTORED_TOP + [("Volunteer", 1), ("Work", 1), ("Food bank driver", 1)],
     [("education", "Education"), ("volunteer", "Volunteer Work")]),
    # a sentence's tail ending in "and" over a heading phrase: no heading's head, the phrase a heading of its own
    (RESTORED_TOP + [("Kept the dock tidy and", 1), ("Awards", 1), ("Safety prize", 1)],
     [("education", "Education"), ("awards", "Awards")]),
])
def test_a_restored_text_joins_a_wrapped_heading(rows, kinds):
    assert [(s.kind, s.title) for s in segment(_restored(rows))][-2:] == kinds


@pytest.mark.parametrize("heading, kinds", [
    # plain text: a job's "Tools:" label read as a heading does not make Indeed's "SKILLS" in capitals a part of it
    ("SKILLS", ["header", "experience", "summary", "skills", "skills", "other", "skills", "skills"]),
    # ... a part set like the label, with its colon, stays a part of it
    ("SKILLS:", ["header", "experience", "summary", "skills", "other", "skills", "skills"]),
])
def test_capitals_on_their_own_block_are_no_part_of_a_colon_label(heading, kinds):
    rows = [("Omar Castell", 0), ("omar.c@example.com", 0), ("WORK EXPERIENCE", 1), ("Test Analyst", 2),
            ("Pune, Maharashtra -", 3), ("June 2016 to Present", 4), ("Experience Summary:", 5),
            ("Wrote test scripts for the billing team.", 6), ("Tools:", 6), ("Perl, shell scripts, SQL", 6),
            (heading, 7), ("PERL (5 years), SQL (5 years)", 8), ("ADDITIONAL INFORMATION", 9), ("Key Skills:", 10),
            ("Teamwork and patience.", 11), ("Strengths:", 12), ("Quick learner.", 13)]
    doc = Document(lines=tuple(Line(text=t, index=i, block=b, origin="text") for i, (t, b) in enumerate(rows)),
                   format="text")
    assert [s.kind for s in segment(doc)] == kinds


def _run_in_doc(rows, fmt):
    """(runs, block) rows of a styled document, each run (text, bold)."""
    return Document(lines=tuple(Line(text="".join(t for t, _ in runs), index=i, block=b, origin=fmt,
                                     runs=tuple(Run(t, bold) for t, bold in runs),
                                     style=Style(size=22 if i == 0 else 10, bold=runs[0][1] and len(runs) == 1))
                                for i, (runs, b) in enumerate(rows)), format=fmt)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("first, kind, rest", [
    # a run-in heading: the first words of a paragraph in bold capitals, the section's first item after them
    ([("SKILLS", True), (" Kiln firing, glaze chemistry", False)], "skills", "Kiln firing, glaze chemistry"),
    ([("EDUCATION", True), (" BA Ceramics, Fernhill College, 2012 – 2015", False)], "education",
     "BA Ceramics, Fernhill College, 2012 – 2015"),
    # the bold goes on over the first item: the heading's words end where the capitals do
    ([("EXPERIENCE Kiln Technician, Harbour Clay", True), (", 2019 – 2022", False)], "experience",
     "Kiln Technician, Harbour Clay, 2019 – 2022"),
    # a title in bold capitals, no phrase's kind, or no bold: no heading
    ([("EDUCATION CONSULTANT", True), (", Harbour Clay", False)], None, None),
    ([("SKILLS", False), (" Kiln firing, glaze chemistry", False)], None, None),
])
def test_a_run_in_heading_in_bold_is_split_from_its_first_item(fmt, first, kind, rest):
    rows = [([("Edda Morrow", True)], 0), ([("edda@example.org", False)], 0), (first, 1),
            ([("Trained two apprentices.", False)], 1)]
    secs = segment(_run_in_doc(rows, fmt))
    if kind is None:
        assert [s.kind for s in secs] == ["header"]
    else:
        assert (secs[-1].kind, secs[-1].lines[0].plain) == (kind, rest)


@pytest.mark.parametrize("line, kinds", [
    # a whole heading phrase closed by a full stop is a heading, not a sentence
    ("PROFESSIONAL EXPERIENCE.", ["header", "summary", "experience"]),
    ("Honors and Awards.", ["header", "summary", "awards"]),
    # a sentence of capitalised words, or a phrase inside a sentence, is none
    ("Managed Team Projects.", ["header", "summary"]),
    ("Gained wide work experience.", ["header", "summary"]),
])
def test_a_heading_closed_by_a_full_stop(line, kinds):
    doc = _doc([("Juno Ferrant", 20, True, 0), ("juno.f@example.com", 10, False, 0), ("Profile", 12, True, 1),
                ("Dispatcher who plans routes for forty drivers.", 10, False, 2), (line, 12, True, 3),
                ("Dispatcher, Corbel Freight\t2019 – 2022", 10, False, 4)])
    assert [s.kind for s in segment(doc)] == kinds


def _plain(rows):
    return Document(lines=tuple(Line(text=t, index=i, block=b, origin="text") for i, (t, b) in enumerate(rows)),
                    format="text")


_PROJECT_JOBS = [("Tomasz Quill", 0), ("tomasz.q@example.com", 0), ("WORK EXPERIENCE", 1)]
for _n, (_firm, _tool) in enumerate([("Corbel Freight", "Python"), ("Ashgrove Depot", "Go"), ("Tamsett Haulage", "Rust")]):
    _PROJECT_JOBS += [(f"Developer, {_firm}", 2 + 3 * _n), (f"201{_n} - 201{_n + 1}", 2 + 3 * _n),
                      ("Key Skills", 3 + 3 * _n), (f"{_tool}, SQL", 3 + 3 * _n),
                      ("Built the route planner.", 4 + 3 * _n)]


@pytest.mark.parametrize("rows, kinds", [
    # plain text: a label in every job, written more often than the heading over the jobs, is no heading
    (_PROJECT_JOBS + [("EDUCATION", 20), ("BSc Computing, Summit College", 21)], ["header", "experience", "education"]),
    # a file of three résumés writes its headings as often as each other: each is a heading
    ([("Tomasz Quill", 0), ("Experience:", 1), ("Developer, Corbel Freight", 2), ("Skills:", 3), ("Python, SQL", 4)] * 3,
     ["header"] + ["experience", "skills"] * 3),
])
def test_a_label_in_every_entry_of_plain_text_is_no_heading(rows, kinds):
    assert [s.kind for s in segment(_plain(rows))] == kinds


@pytest.mark.parametrize("heading, row, kinds", [
    ("SKILLS", "Skills\tKiln firing, Glaze chemistry", ["header", "skills"]),          # its own section again: a row of it
    ("Kenntnisse", "Software\tLedgerly, Quillbase", ["header", "skills"]),             # a part of the section's kind
    ("SKILLS", "Languages & frameworks\tKotlin, Rust", ["header", "skills"]),          # programming languages: a part
    ("SKILLS", "Languages\tWelsh (native), Basque", ["header", "skills", "languages"]),  # spoken ones: their own section
    ("EXPERIENCE", "Skills\tKiln firing, Glaze chemistry", ["header", "experience", "skills"]),  # another kind: a label
    ("Harbour Pottery", "Skills\tKiln firing, Glaze chemistry", ["header", "skills"]),  # no heading above: a label
])
def test_a_label_cell_under_a_heading_of_its_section_is_a_row_of_it(heading, row, kinds):
    doc = Document(lines=(Line(text="Ottoline Varga-Brisk", index=0, style=Style(size=20, bold=True)),
                          Line(text=heading, index=1, block=1, style=Style(size=12, bold=True)),
                          Line(text=row, index=2, block=2, origin="docx:table", style=Style(size=10.5, bold=True))),
                   format="docx")
    secs = segment(doc)
    assert [s.kind for s in secs] == kinds
    assert any(row.split("\t")[1] in l.text for s in secs for l in s.lines)


# A layout cell whose headings lost their style (html-to-docx inside a table; its PDF): one block holds the
# name and every section; a whole heading phrase in the body's type, set apart from its neighbours (a
# bold entry under it), is a heading where a second one like it stands in the block
_SIDE = [("Contact", 11, True), ("quill@example.com", 10.5, False), ("Skills", 11, True), ("Kiln firing", 10.5, False)]
_CELL = [("Tamsin Quill", 10.5, False), ("Potter", 14, False)]
_JOB = [("Studio Potter", 10.5, True), ("Harbour Kilns · 2019 – 2023", 10.5, False)]
_DEGREE = [("BA Ceramics", 10.5, True), ("Fenwick College · 2015 – 2018", 10.5, False)]


@pytest.mark.parametrize("rows, kinds", [
    (_SIDE + _CELL + [("Experience", 10.5, False)] + _JOB + [("Education", 10.5, False)] + _DEGREE,
     ["contact", "skills", "experience", "education"]),
    # after a bullet too
    (_SIDE + _CELL + [("Experience", 10.5, False)] + _JOB + [("• Threw 400 pots.", 10.5, False), ("Education", 10.5, False)]
     + _DEGREE, ["contact", "skills", "experience", "education"]),
    # one alone in its block is none: a table row may be one entry ("Research" over a bold title)
    (_SIDE + [("Research", 10.5, False)] + _JOB, ["contact", "skills"]),
    # over a line in its own type: a plain list's item, or a label's value
    (_SIDE + _CELL + [("Experience", 10.5, False), ("Harbour Kilns, 2019 – 2023", 10.5, False),
                      ("Education", 10.5, False), ("Fenwick College, 2015 – 2018", 10.5, False)], ["contact", "skills"]),
    # under a line in its own type: an item of a plain list ("Kiln firing" / "Projects" / bold "Glazes")
    (_SIDE + [("Projects", 10.5, False), ("Glazes", 10.5, True), ("Throwing", 10.5, False), ("Research", 10.5, False),
              ("Kilns", 10.5, True)], ["contact", "skills"]),
])
def test_headings_of_a_layout_cell_in_the_body_type(rows, kinds):
    lines = tuple(Line(text=t, index=i, block=0, origin="docx:table", bullet=t.startswith("•"),
                       style=Style(size=size, bold=bold)) for i, (t, size, bold) in enumerate(rows))
    assert [s.kind for s in segment(Document(lines=lines, format="docx"))] == kinds


@pytest.mark.parametrize("row, split", [
    # an employer holding a heading word beside its town: an entry's first row, as beside its dates
    ("Harbour Media\tLeeds, UK", False),
    ("Quayside Publications\tMarkham, ON", False),
    ("Harbour Research\tLyon", False),
    # beside other content it is still a label
    ("Harbour Media\tPrint, Digital, Broadcast", True),
    ("Selected Publications\tKiln Notes (2021)", True),
])
def test_an_employer_beside_its_town_is_no_label(row, split):
    from resumekit.label_cells import split_labels
    lines = (Line(text="EXPERIENCE", index=0, style=Style(size=14, bold=True)),
             Line(text=row, index=1, block=1, style=Style(size=10.5, bold=True)),
             Line(text="Junior Designer\tSep 2014 – Jun 2016", index=2, block=2, style=Style(size=10.5)))
    assert bool(split_labels(lines)[1]) is split


_SCHOOLING = [("Tamsin Quill", 0), ("SUMMARY", 1), ("Potter retrained as a web developer.", 1), ("EDUCATION", 2),
              ("BA Ceramics | Fenwick College | 2015 - 2018", 2)]
_AFTER = [("EXPERIENCE", 3), ("Developer | Harbour Kilns | 2019 - 2023", 3), ("SKILLS", 4), ("Python, SQL", 4)]


@pytest.mark.parametrize("part, kinds", [
    # a certificates label inside Education over items that each hold a year: credentials of their own
    ([("Online courses:", 2), ("- Glaze Chemistry (Kilnschool), 2021", 2), ("- Web Accessibility (edX), 2022", 2)],
     ["header", "summary", "education", "certifications", "experience", "skills"]),
    # over a degree's modules (no years): the degree's coursework, a part of Education
    ([("Courses:", 2), ("- Glaze Chemistry", 2), ("- Kiln Design", 2)],
     ["header", "summary", "education", "experience", "skills"]),
    # one dated item is no list to tell by
    ([("Courses:", 2), ("- Glaze Chemistry, 2021", 2)], ["header", "summary", "education", "experience", "skills"]),
])
def test_dated_credentials_inside_education_are_their_own_section(part, kinds):
    assert [s.kind for s in segment(_plain(_SCHOOLING + part + _AFTER))] == kinds
def _boxed(rows):
    """A PDF page from (text, x0, x1, size, bold, bullet) rows, all in one block (no gap parts them)."""
    return Document(lines=tuple(
        Line(text=t, index=i, block=0, style=Style(size=size, bold=bold), bullet=bullet,
             box=Box(x0, 80 + 15 * i, x1, 92 + 15 * i)) for i, (t, x0, x1, size, bold, bullet) in enumerate(rows)),
        format="pdf")


@pytest.mark.parametrize("centred, kinds", [
    # headings in the body's type, centred between lines set flush left (a Word document printed to
    # PDF, no space above its headings to part the blocks): each is a heading
    (True, ["header", "experience", "education"]),
    # the same words flush left with the lines around them: words of the text, no headings
    (False, ["header"]),
])
def test_a_heading_phrase_centred_between_flush_left_lines(centred, kinds):
    def at(width):
        return (300 - width / 2, 300 + width / 2) if centred else (40, 40 + width)
    rows = [("Imogen Hale", 220, 380, 20, True, False),
            ("Planner who keeps a warehouse floor moving and safe.", 40, 520, 12, False, False),
            ("Experience", *at(70), 12, False, False),
            ("Stock Planner", 40, 120, 12, False, False),
            ("Corbel Freight [2019 – 2022]", 40, 210, 12, False, False),
            ("Planned the weekly stock counts.", 60, 300, 12, False, True),
            ("Education and Training", *at(140), 12, False, False),
            ("Logistics Diploma\tExpected in 05/2024", 40, 560, 13, True, False),
            ("Summit College", 40, 150, 12, False, False)]
    assert [s.kind for s in segment(_boxed(rows))] == kinds


def test_a_heading_over_the_main_column_beside_a_sidebar_heads_only_that_column():
    """A page-wide row of the name and a heading set over the main column only (a Word table beside
    a sidebar, printed to PDF); the sidebar, read first, opens with contact lines and no heading: they
    are the header's, and the main column's rows, read after the sidebar's sections, are the
    heading's."""
    def row(i, text, size, bold, column, x, top):
        return Line(text=text, index=i, block=i, column=column, style=Style(size=size, bold=bold),
                    box=Box(x, top, x + 140, top + 10))
    lines = (row(0, "Ada Varga", 12, False, None, 36, 30), row(1, "Work History", 16, True, None, 228, 45),
             row(2, "ada@example.com", 10, False, 0, 36, 97), row(3, "+44 20 7946 0134", 10, False, 0, 36, 110),
             row(4, "LANGUAGES", 16, False, 0, 36, 246), row(5, "Welsh", 10, False, 0, 36, 287),
             row(6, "01.2016 – 06.2016\tStock Clerk, Corbel Freight", 10, True, 1, 228, 73),
             row(7, "Counted the stock.", 10, False, 1, 327, 85))
    got = [(s.kind, [l.plain for l in s.lines]) for s in segment(Document(lines=lines, format="pdf"))]
    assert got == [("header", ["Ada Varga", "ada@example.com", "+44 20 7946 0134"]),
                   ("experience", ["01.2016 – 06.2016 Stock Clerk, Corbel Freight", "Counted the stock."]),
                   ("languages", ["Welsh"])]


@pytest.mark.parametrize("heading", ["Career Progression", "CURRENT POSITION", "Current Positions"])
def test_career_progression_and_current_position_head_jobs(heading):
    """English headings over a list of jobs ("Career Progression" in a sales résumé, "CURRENT POSITION"
    over an academic's post): the section is read as experience."""
    text = (f"Dana Whitlock\ndana@example.com\n\n{heading}\n\nHarbour Lane Supplies -- Brantwick, NJ\n"
            "Sales Representative, 11/2015 to Present\n\nManage the northern territory.\n")
    c = resumekit.parse(text.encode(), format="text")
    assert [(e.title, e.company) for e in c.experience] == [("Sales Representative", "Harbour Lane Supplies")]
