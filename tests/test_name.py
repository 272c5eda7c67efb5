"""The name and headline reader (fields/name.py) and the summary under the name."""
import pytest

import resumekit
from resumekit.document import Document, Line, Style
from resumekit.fields.name import is_name, read_name
from resumekit.segment import segment


def _doc(*rows):
    """A PDF-like document from (text, size) rows, one block each."""
    return Document(lines=tuple(Line(text=t, index=i, block=i, style=Style(size=size)) for i, (t, size) in enumerate(rows)),
                    format="pdf")


@pytest.mark.parametrize("text, ok", [
    ("Nia Fairweather", True),
    ("Oluwaseun van der Berg", True),          # particles
    ("Q. Okonkwo-Hale", True),                 # an initial, a hyphen
    ("Curriculum Vitae", False),               # the document's title
    ("Senior Software Engineer", False),       # a job title
    ("Work Experience", False),                # a heading
    ("jane@example.org", False),
    ("PhD Glaciology", False),                 # a degree line
    ("B.Sc. Marine Biology", False),
    ("Wen Ma", True),                          # "Ma", "Major": degree words, and surnames too
    ("Tobias Major", True),
    ("Mei Tavares", True),                     # "MEI" names a company form only in capitals
    ("WEN MA", True),
    ("P E", False),                            # initials alone: a heading whose small capitals were lost
    ("J. R. Okafor", True),
    ("박서연", True),                           # a Hangul name
    ("Aspiring Welder", False),                # a headline
    ("Marisol Quintana de la Vega", True),     # five words and two particles: four names
    ("Inés María Quintana de la Vega Osorio", True),
    ("Head of the Department of Ceramics", False),
    ("K. S. Venkataraman", True),              # initials first are no legal form ("k.s.", "a.s.", "v.o.s.")
    ("A. S. RAMALINGAM", True),
    ("V. O. S. Okafor", True),
    ("Father's Name", False),                  # a label of a name, the value after it
    ("Full Name", False),
])
def test_is_name(text, ok):
    assert is_name(text) is ok


@pytest.mark.parametrize("rows, name, headline", [
    # the name shares its line with the title (a Word header, a LaTeX banner)
    ([("Nia Fairweather – Ceramics Teacher", 11), ("Leeds | 0113 496 0000 | nia@example.org", 10)],
     "Nia Fairweather", "Ceramics Teacher"),
    ([("Nia Fairweather | Kiln Technician", 24), ("12 Wharf Street – Leeds", 10)], "Nia Fairweather", "Kiln Technician"),
    # a theme's "name, label": the job title after a comma (a title word ending an organisation word too)
    ([("Nia Fairweather, Kiln Technician", 15), ("nia@example.org | 0113 496 0000", 9)], "Nia Fairweather", "Kiln Technician"),
    ([("Nia Fairweather, Software Engineer", 15), ("nia@example.org", 9)], "Nia Fairweather", "Software Engineer"),
    # ... not an employer after the comma, nor letters after the name, nor the surname first
    ([("Nia Fairweather, Harwick Kilns Ltd", 15), ("nia@example.org", 9)], None, None),
    ([("Nia Fairweather, RN", 15), ("nia@example.org", 9)], "Nia Fairweather", None),
    # the name in a cell of its own, beside the place
    ([("Leeds\tNia Fairweather", 30), ("nia@example.org", 10)], "Nia Fairweather", None),
    # the name before the address, apart by a square bullet
    ([("Nia Fairweather ■ 12 Wharf Street ■ nia@example.org", 8), ("Lebenslauf", 20)], "Nia Fairweather", None),
    # a place with a note is no headline; the title after it is not read either
    ([("Nia Fairweather", 24), ("Porto, Portugal | Open to relocation", 10)], "Nia Fairweather", None),
    # the first part of the contact line under the name
    ([("Nia Fairweather", 24), ("Glaze Chemist · Leeds, UK · nia@example.org", 10)], "Nia Fairweather", "Glaze Chemist"),
    # "Candidate" labels a name only with a colon or a cell of its own, or before a name
    ([("Candidate for PhD in Glaciology", 10), ("Nia Fairweather", 24)], "Nia Fairweather", None),
    ([("Candidate: Nia Fairweather", 12), ("Leeds", 10)], "Nia Fairweather", None),
    # the wrapped end of an address under the name is no headline
    ([("Nia Fairweather\tPortfolio: https://nia.example.org/ceramics-", 14), ("Welder-Resume/index.html", 10)],
     "Nia Fairweather", None),
    # the first line of an unheaded summary that runs on into the next is no headline
    ([("Nia Fairweather", 24), ("Glaze chemist who likes long firings and short feedback loops, with", 10),
      ("eight years of reduction kilns behind her.", 10)], "Nia Fairweather", None),
    # a long headline over a contact line that opens in lower case stays
    ([("Nia Fairweather", 24), ("Glaze Chemist and Kiln Technician for Small Studios", 10),
      ("nia@example.org | 0113 496 0000", 10)], "Nia Fairweather", "Glaze Chemist and Kiln Technician for Small Studios"),
    # a place after the headline is no part of it
    ([("Nia Fairweather", 24), ("Glaze Chemist | Leeds, UK", 10), ("nia@example.org", 10)],
     "Nia Fairweather", "Glaze Chemist"),
    ([("Nia Fairweather", 24), ("Glaze Chemist · Kiln Technician · Leeds, UK", 10)],
     "Nia Fairweather", "Glaze Chemist · Kiln Technician"),
    # an academic's address line is no headline; a role in a department is
    ([("Nia Fairweather", 24), ("Department of Ceramics, Harbour Vale University, Leeds", 10)], "Nia Fairweather", None),
    ([("Nia Fairweather", 24), ("Lecturer, Department of Ceramics, Harbour Vale University", 10)], "Nia Fairweather",
     "Lecturer, Department of Ceramics, Harbour Vale University"),
    # a headline over a summary that opens in capitals stays
    ([("Nia Fairweather", 24), ("Glaze Chemist", 10), ("Eight years of reduction kilns.", 10)],
     "Nia Fairweather", "Glaze Chemist"),
    # degrees after a comma are letters after the name, not part of it
    ([("NIA FAIRWEATHER, RN, BSN", 24), ("Glaze Chemist", 10)], "NIA FAIRWEATHER", "Glaze Chemist"),
    ([("Nia Fairweather, MSc", 24), ("Glaze Chemist", 10)], "Nia Fairweather", "Glaze Chemist"),
    # and without a comma, in capitals after a name in mixed case; a name all in capitals keeps its words
    ([("Nia Fairweather RN", 24), ("Glaze Chemist", 10)], "Nia Fairweather", "Glaze Chemist"),
    ([("Nia Okafor-Hale RN BSN", 24), ("Glaze Chemist", 10)], "Nia Okafor-Hale", "Glaze Chemist"),
    ([("WEN MA", 24), ("Glaze Chemist", 10)], "WEN MA", "Glaze Chemist"),
    ([("Wen Ma", 24), ("Glaze Chemist", 10)], "Wen Ma", "Glaze Chemist"),
    # a title before the town and country it works in: the title (the country alone is no place line)
    ([("Nia Fairweather", 24), ("Glaze Chemist · Stoke, England", 10)], "Nia Fairweather", "Glaze Chemist"),
    # lines of links alone between the name and the title are passed over
    ([("Nia Fairweather", 24), ("https://github.com/nia-glazes", 10), ("nia@example.org", 10),
      ("Glaze Chemist · Leeds, UK", 10)], "Nia Fairweather", "Glaze Chemist"),
    # a line repeating the name (a running page header) is no headline, nor is what follows it
    ([("Nia Fairweather", 24), ("nia@example.org", 10), ("Nia Fairweather – CV, continued", 10),
      ("Glaze Chemist", 10)], "Nia Fairweather", None),
    # a name introduced in a sentence has its headline under it too
    ([("Hello, I'm Nia Fairweather", 24), ("nia@example.org", 10), ("Glaze Chemist · Leeds, UK", 10)],
     "Nia Fairweather", "Glaze Chemist"),
    # pronouns in brackets after the name are no part of it
    ([("Tomasz Ferreira-Oduya (he/him)", 24), ("Glaze Chemist", 10)], "Tomasz Ferreira-Oduya", "Glaze Chemist"),
    ([("Nia Fairweather (she/her/hers)", 24), ("Glaze Chemist", 10)], "Nia Fairweather", "Glaze Chemist"),
    # letters after the name, a credential the vocabulary does not know among them
    ([("Nia Fairweather, MS, CDCES", 24), ("Glaze Chemist", 10)], "Nia Fairweather", "Glaze Chemist"),
    ([("Nia", 24), ("Fairweather-Oduya, MS, RDN", 24), ("Glaze Chemist", 10)], "Nia Fairweather-Oduya", "Glaze Chemist"),
    # the page number beside the name in a running header is no headline; the line under it is
    ([("Nia Fairweather · Résumé\tPage 1 of 2", 8), ("Glaze Chemist", 16), ("nia@example.org", 9)],
     "Nia Fairweather", "Glaze Chemist"),
    # an address stacked beside the name block is passed over, and the town flush right of the title left out
    ([("NIA FAIRWEATHER\t+44 7700 900123", 20), ("nia@example.org", 9), ("12 Wharf Street", 9),
      ("Glaze Chemist\tLeeds LS1 4AB, UK", 11)], "NIA FAIRWEATHER", "Glaze Chemist"),
    # a label in a cell of its own before contact data is no headline
    ([("Nia Fairweather", 16), ("Musterweg 5, 10115 Berlin", 11), ("Telefon\t030 23125 417", 11)],
     "Nia Fairweather", None),
    # a contact line that says more than contact data still counts as a line looked at
    ([("Nia Fairweather", 24), ("Studio open weekdays, nia@example.org", 10), ("Ring the studio on 0113 496 0000", 10),
      ("Glaze Chemist", 10)], "Nia Fairweather", None),
])
def test_name_and_headline(rows, name, headline):
    doc = _doc(*rows)
    got = read_name(doc, segment(doc))
    assert got[:2] == (name, headline)


def test_a_paragraph_under_the_name_is_the_summary():
    text = ("Nia Fairweather\nnia@example.org\n\nCeramicist with nine years of studio practice, teaching and kiln "
            "building, now moving into glaze research.\n\nEXPERIENCE\nTechnician, Wharf Pottery\t2019 – 2024\n")
    c = resumekit.parse(text.encode(), format="text")
    assert c.summary.startswith("Ceramicist with nine years") and not c.other_sections


@pytest.mark.parametrize("text, headline, place", [
    # a town no gazetteer knows, first on the contact line under the name: the place, not the headline
    ("Nia Fairweather RN\nBramwick · nia@example.org · 0113 496 0000\n", None, "Bramwick"),
    ("Nia Fairweather\nGlaze Chemist · Bramwick, UK · nia@example.org\n", "Glaze Chemist", "Bramwick, UK"),
])
def test_the_place_read_into_the_contact_is_no_headline(text, headline, place):
    c = resumekit.parse((text + "\nEXPERIENCE\nTechnician, Wharf Pottery\t2019 – 2024\n").encode(), format="text")
    assert (c.name, c.headline, c.contact.location.raw if c.contact.location else None) == (
        "Nia Fairweather", headline, place)


@pytest.mark.parametrize("rows, name", [
    # a conversational header: the name inside a sentence, no line of a name's shape
    ([("Hey, I'm Talia Brennock, nice to meet you!", 24), ("I design type and books.", 24)], "Talia Brennock"),
    ([("Ciao, sono Livio Marcenaro, piacere!", 22), ("Progetto libri e manifesti.", 22)], "Livio Marcenaro"),
    ([("Bonjour ! Je m'appelle Odile Ferrand-Lucas.", 20)], "Odile Ferrand-Lucas"),
    ([("Hallo, ich bin Jonte Wiegmann und baue Maschinen.", 20)], "Jonte Wiegmann"),
    ([("My name is Priya van der Waal", 18)], "Priya van der Waal"),
    # an introduction of a title, a team or a trait is no name
    ([("Hi, I'm Senior Product Designer at a studio.", 20)], None),
    ([("I am a reliable team player.", 20)], None),
    ([("Ich bin Teamplayer, Ideengeber und Macher.", 20)], None),
    # a phrase inside a clause does not introduce ("what I am Proud Of")
    ([("Work is what I am Proud Of", 20)], None),
])
def test_a_name_introduced_in_a_sentence(rows, name):
    got, _, _ = read_name(_doc(*rows), [])
    assert got == name


def test_a_name_line_wins_over_an_introduction():
    doc = _doc(("Talia Brennock", 26), ("Hi, I'm Odile Ferrand, her agent.", 12))
    assert read_name(doc, [])[0] == "Talia Brennock"


@pytest.mark.parametrize("rows, name", [
    ([("Personal information", 12), ("Name\tFAIRWEATHER, Nia", 10)], "Nia FAIRWEATHER"),        # Europass order
    ([("Name: VAN DER BERG, Oluwaseun", 10)], "Oluwaseun VAN DER BERG"),                       # a particle in capitals
    ([("Name: Fairweather, Nia", 10)], "Fairweather, Nia"),                                   # no capitals: as printed
    ([("Name: Nia Fairweather", 10)], "Nia Fairweather"),
])
def test_a_labelled_name_with_the_surname_first_in_capitals(rows, name):
    assert read_name(_doc(*rows), [])[0] == name


@pytest.mark.parametrize("rows, name, headline", [
    # the Europass order with no label, the name's line of its own
    ([("FAIRWEATHER-OKE, Nia", 20), ("Glaze Chemist | Wharf Pottery", 11)], "Nia FAIRWEATHER-OKE",
     "Glaze Chemist | Wharf Pottery"),
    ([("VAN DER BERG, Oluwaseun", 20)], "Oluwaseun VAN DER BERG", None),
    # a town and a state with no comma is no name turned round
    ([("Nia Fairweather", 20), ("MADRID, España", 10)], "Nia Fairweather", None),
])
def test_the_surname_first_in_capitals_without_a_label(rows, name, headline):
    doc = _doc(*rows)
    assert read_name(doc, segment(doc))[:2] == (name, headline)


@pytest.mark.parametrize("line", [
    "Brasileira, solteira, 29 anos",
    "Née le 4 juin 1993 – 32 ans – Permis B",
    "British, married, 41 years",
])
def test_a_line_stating_an_age_is_no_headline(line):
    doc = _doc(("Nia Fairweather", 20), (line, 10), ("nia@example.org", 10))
    assert read_name(doc, segment(doc))[:2] == ("Nia Fairweather", None)


def test_a_title_with_its_years_stays_a_headline():
    doc = _doc(("Nia Fairweather", 20), ("Glaze Chemist, 20 years", 10), ("nia@example.org", 10))
    assert read_name(doc, segment(doc))[1] == "Glaze Chemist, 20 years"


@pytest.mark.parametrize("rows", [
    [("Nia Fairweather – Curriculum Vitae", 10), ("Nia Fairweather", 24), ("nia@example.org", 10)],
    [("Nia Fairweather", 24), ("nia@example.org", 10), ("Nia Fairweather", 10)],
])
def test_the_name_printed_again_is_the_names_and_no_headline(rows):
    """A running title repeating the name over the name, or the name printed twice: no headline,
    and every line that is the name alone is the name's (not left over)."""
    doc = _doc(*rows)
    name, headline, used = read_name(doc, segment(doc))
    alone = {i for i, (t, _) in enumerate(rows) if t == "Nia Fairweather"}
    assert (name, headline) == ("Nia Fairweather", None) and alone <= used


@pytest.mark.parametrize("written, name", [
    ("Dr.-Ing. Wiebke Harrow-Lind", "Wiebke Harrow-Lind"),   # titles joined by a hyphen
    ("Prof. Dr. Jonas Kettering", "Jonas Kettering"),        # stacked titles
    ("Dipl.-Kffr. Lotte Brammer", "Lotte Brammer"),
    ("Dr. Nia Fairweather", "Nia Fairweather"),
    ("Inga Fairweather", "Inga Fairweather"),                 # a name that opens like a title stays whole
])
def test_titles_before_the_name_are_left_out(written, name):
    doc = _doc((written, 24), ("nia@example.org", 10))
    assert read_name(doc, segment(doc))[0] == name


@pytest.mark.parametrize("written, name", [
    ("Nia Fairweather, PMP, MBA", "Nia Fairweather"),          # a credential the table does not know beside a degree
    ("Nia Fairweather, MS (CS), MS (TPP), CSM, PMP", "Nia Fairweather"),   # a degree's field in brackets
    ("Nia Fairweather, M.Ed.", "Nia Fairweather"),              # dotted degrees
    ("Nia Fairweather, Ed.D.", "Nia Fairweather"),
    ("Nia Fairweather, P.H.R.", "Nia Fairweather"),
    ("Nia Fairweather, CSM", "Nia Fairweather"),                # three capitals that name no place
    ("Brook Hollow, NJ", None),                                 # a state's code: the place line stays no name
    ("Brook Hollow, USA", None),                                # a country's
])
def test_letters_after_the_name_are_left_out(written, name):
    doc = _doc((written, 24), ("nia@example.org", 10))
    assert read_name(doc, segment(doc))[0] == name


@pytest.mark.parametrize("rows, name", [
    ([("SAMPLE RESUME", 24), ("Nia Fairweather", 18)], "Nia Fairweather"),            # the document's title
    ([("Marketing Coordinator Resume Template", 24), ("Nia Fairweather", 18)], "Nia Fairweather"),
    ([("CV Examples", 24), ("Nia Fairweather", 18)], "Nia Fairweather"),
    ([("Resume of Nia Fairweather", 24)], "Nia Fairweather"),                            # the title, then the name
    ([("Curriculum Vitae de Nia Fairweather", 24)], "Nia Fairweather"),
    ([("HOME ADDRESS", 24), ("Nia Fairweather", 18)], "Nia Fairweather"),             # a label of contact data
    ([("Date of Birth", 24), ("Nia Fairweather", 18)], "Nia Fairweather"),            # a label of personal data
    ([("Fathers Name", 24), ("Nia Fairweather", 18)], "Nia Fairweather"),
    ([("Personal information", 12), ("Surname(s) / First name(s)\tFAIRWEATHER, Nia", 10)], "Nia FAIRWEATHER"),
    ([("Nachname(n) / Vorname(n)\tFAIRWEATHER, Nia", 10)], "Nia FAIRWEATHER"),         # Europass's labels
])
def test_titles_and_labels_are_no_name(rows, name):
    doc = _doc(*rows, ("nia@example.org", 10))
    assert read_name(doc, segment(doc))[0] == name


@pytest.mark.parametrize("rows, name", [
    # a sidebar read first: two one-word items of its skills list are no name split over two lines
    ([("Skills", 11, False), ("Figma", 10.5, True), ("Accessibility", 10.5, True), ("Nia Fairweather", 10.5, False)],
     "Nia Fairweather"),
    ([("Tools", 11, False), ("Kilns", 10.5, True), ("Glazes", 10.5, True)], None),
    # a name split over two lines in one large type is still joined
    ([("NIA", 28, False), ("FAIRWEATHER", 28, False), ("Glaze Chemist", 12, False)], "NIA FAIRWEATHER"),
    # ... and over three, broken at the hyphen of its surname in a narrow column
    ([("Nia", 26, False), ("Fairweather-", 26, False), ("Okoro", 26, False), ("Glaze Chemist", 12, False)],
     "Nia Fairweather-Okoro"),
    ([("Nia", 26, False), ("Fairweather-", 26, False), ("Okoro", 12, False)], None),  # (the third in another type)
    # a name of three words set large, its last word (or two) on the next lines in the same type
    ([("Nia Fairweather", 40, False), ("Okoro", 40, False), ("Glaze Chemist", 20, False)], "Nia Fairweather Okoro"),
    ([("Nia", 16, False), ("Fairweather", 16, False), ("Okoro", 16, False), ("Glaze Chemist", 8, False)],
     "Nia Fairweather Okoro"),
    # the next line in the same large type is a title, or in a smaller type: the name stays whole as it was
    ([("Nia Fairweather", 40, False), ("Chemist", 40, False)], "Nia Fairweather"),
    ([("Nia Fairweather", 40, False), ("Okoro", 20, False)], "Nia Fairweather"),
])
def test_a_name_split_over_lines_but_no_list_items(rows, name):
    doc = Document(lines=tuple(Line(text=t, index=i, block=i, bullet=b, style=Style(size=size))
                               for i, (t, size, b) in enumerate(rows)) + (Line(text="nia@example.org", index=len(rows),
                                                                            block=len(rows), style=Style(size=10)),),
                   format="docx")
    assert read_name(doc, segment(doc))[0] == name


@pytest.mark.parametrize("top, headline", [
    ({0, 1, 2, 3}, "Glaze Chemist"),   # the line after the address is in the header block
    ({0, 1, 2}, None),                 # it opens the next section: no headline
])
def test_past_the_address_the_headline_stays_in_the_header_block(top, headline):
    from resumekit.fields.name import _headline
    doc = _doc(("Nia Fairweather", 24), ("12 Wharf Street", 10), ("Leeds LS1 4AB, UK", 10), ("Glaze Chemist", 10))
    got = _headline(list(doc.lines), doc.lines[0], None, "Nia Fairweather", top)
    assert (got[0] if got else None) == headline


@pytest.mark.parametrize("rows, name", [
    # a name in small letters, wholly or in part, that the document's own handle confirms
    (["maren okafor", "Leeds - Email me: jobs.example.com/r/maren-okafor/3f9a20c1"], "maren okafor"),
    (["Dario velasquez", "dario.velasquez84@example.com"], "Dario velasquez"),
    (["Arun kumar Rao", "Pune, Maharashtra", "linkedin.com/in/arunkumarrao"], "Arun kumar Rao"),
    (["jo-ann rivera", "jo-ann.rivera@example.com"], "jo-ann rivera"),
    # a link broken after a hyphen at the end of a line is joined again
    (["tomas herrick", "Reach me: jobs.example.com/r/tomas-", "herrick/77ab01"], "tomas herrick"),
    # no handle, or another person's: no name
    (["maren okafor", "hr@example.com"], None),
    (["maren okafor", "dario.velasquez84@example.com"], None),
    # letters that match but are no name's shape: a heading, a job title
    (["work experience", "workexperience@example.com"], None),
    (["software engineer", "linkedin.com/in/software-engineer"], None),
])
def test_a_name_in_small_letters_confirmed_by_the_handle(rows, name):
    doc = _doc(*[(r, 10) for r in rows])
    assert read_name(doc, segment(doc))[0] == name


@pytest.mark.parametrize("first_line, name", [
    # a header whose line breaks were lost: the house number and street follow the name, no separator
    ("Dana Whitlock 87 Quarry Lane", "Dana Whitlock"),
    ("Dana Whitlock 122 South Harbour Avenue  Brantwick, IL 60603", "Dana Whitlock"),
    ("Dana Whitlock 87 Quarry Lane, Brantwick", "Dana Whitlock"),
    # a number after a title or before no street is no address after a name
    ("Senior Engineer 12 High Street", None),
    ("Dana Whitlock 2019 Annual Report", None),
])
def test_a_name_before_its_street_on_one_line(first_line, name):
    text = f"{first_line}\nBrantwick, NJ 07175\n(555) 010-7890\ndana@example.com\n\nOBJECTIVE\nTo run a quiet reading room.\n"
    assert resumekit.parse(text.encode(), format="text").name == name
