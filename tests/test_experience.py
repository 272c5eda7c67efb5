import pytest

from resumekit import assemble
from resumekit.document import Document, Line, Section, Style
from resumekit.fields.experience import holds_roles, read_experience, technologies_of
from resumekit.fields.header_roles import described as _described
from resumekit.fields.phrases import introduced_company, unlabelled

from .helpers import lines, section


def _entries(sec):
    entries, _ = read_experience(sec)
    return entries


@pytest.mark.parametrize("rows, expected", [
    # company and dates on one line, title and place on the next (LaTeX templates)
    (["Acme Corp\tJan 2020 – Present", "Senior Software Engineer\tBerlin, Germany", "• Built things"],
     ("Acme Corp", "Senior Software Engineer", "Berlin, Germany", "2020-01", None, True)),
    # "Company, City — Title" over a dates line (Google Docs)
    (["University Recreation, Harrisonburg, VA — Lifeguard", "JANUARY 2023 - PRESENT", "• Watched pools"],
     ("University Recreation", "Lifeguard", "Harrisonburg, VA", "2023-01", None, True)),
    # "Title at Company" with dates
    (["Data Analyst at Northwind Traders, 2018 – 2020"], ("Northwind Traders", "Data Analyst", None, "2018", "2020", False)),
    # "Company: Title" (pandoc)
    (["Globex Group: Senior Backend Developer", "Oct 2021 – Present"],
     ("Globex Group", "Senior Backend Developer", None, "2021-10", None, True)),
    # title first, then "Company | City"
    (["Software Engineer Intern\tJune - August 2017", "Initech | New York, NY", "Wrote a survey service."],
     ("Initech", "Software Engineer Intern", "New York, NY", "2017-06", "2017-08", False)),
    # "Title | Company | Dates" in three cells (Typst)
    (["Backend Developer\tHooli\t01/2019 - 03/2020"], ("Hooli", "Backend Developer", None, "2019-01", "2020-03", False)),
])
def test_one_entry(rows, expected):
    (exp,) = _entries(section("experience", *rows))
    assert (exp.company, exp.title, exp.location, exp.start, exp.end, exp.current) == expected


def test_several_entries_follow_the_first_ones_shape():
    sec = section("experience",
                  "Acme Corp\t2020 – Present", "Engineer\tBerlin, Germany", "• A", "• B",
                  "Globex\t2018 – 2020", "Analyst\tParis, France", "• C")
    got = [(e.company, e.title, e.start, e.end) for e in _entries(sec)]
    assert got == [("Acme Corp", "Engineer", "2020", None), ("Globex", "Analyst", "2018", "2020")]


def test_roles_under_one_employer_share_it():
    sec = section("experience", "Initech", "Senior Engineer\t2021 – Present", "• Led", "Engineer\t2019 – 2021", "• Built")
    got = [(e.company, e.title) for e in _entries(sec)]
    assert got == [("Initech", "Senior Engineer"), ("Initech", "Engineer")]



@pytest.mark.parametrize("rows, expected", [
    # an employer's row with its whole span over a row per role (Word tables): no entry of its own
    (["Stonebridge Foods\tLeeds\t2015 – 2024", "Plant Manager\tJan 2021 – Mar 2024", "• Ran the plant",
      "Shift Supervisor\tApr 2015 – Dec 2020", "Self-employed\tLeeds, UK\t2024 – Present",
      "Food Safety Consultant\tApr 2024 – Present"],
     [("Stonebridge Foods", "Plant Manager", "Leeds", "2021-01"), ("Stonebridge Foods", "Shift Supervisor", "Leeds", "2015-04"),
      ("Self-employed", "Food Safety Consultant", "Leeds, UK", "2024-04")]),
    # the same without a place
    (["Stonebridge Foods\t2015 – 2024", "Plant Manager\tJan 2021 – Mar 2024", "Shift Supervisor\tApr 2015 – Dec 2020"],
     [("Stonebridge Foods", "Plant Manager", None, "2021-01"), ("Stonebridge Foods", "Shift Supervisor", None, "2015-04")]),
    # an undated "Employer — Town" line over roles: each role is in that town
    (["Stonebridge Foods — Leeds", "Plant Manager\tJan 2021 – Mar 2024", "Shift Supervisor\tApr 2015 – Dec 2020"],
     [("Stonebridge Foods", "Plant Manager", "Leeds", "2021-01"), ("Stonebridge Foods", "Shift Supervisor", "Leeds", "2015-04")]),
    # roles without a title word, in rows of another look than the employer's (fewer cells)
    (["Stonebridge Foods\tLeeds, UK\t2015 – 2024", "Yard Hand\tJan 2021 – Mar 2024", "Picker\tApr 2015 – Dec 2020",
      "Orchard Mills\tHull, UK\t2012 – 2015", "Packer\tMar 2012 – Mar 2015"],
     [("Stonebridge Foods", "Yard Hand", "Leeds, UK", "2021-01"), ("Stonebridge Foods", "Picker", "Leeds, UK", "2015-04"),
      ("Orchard Mills", "Packer", "Hull, UK", "2012-03")]),
    # rows of the same look, each a name and its dates: employers one after another, no roles
    (["Stonebridge Foods\t2015 – 2024", "Orchard Mills\t2016 – 2018"],
     [("Stonebridge Foods", None, None, "2015"), ("Orchard Mills", None, None, "2016")]),
    # a role dated outside the span above it is a job of its own, not a role under that line
    (["Stonebridge Foods\tLeeds\t2015 – 2018", "Plant Manager\tJan 2021 – Mar 2024"],
     [("Stonebridge Foods", None, "Leeds", "2015"), (None, "Plant Manager", None, "2021-01")]),
    # a place printed by the first role's own line is not the next role's
    (["Stonebridge Foods\tJan 2021 – Present", "Plant Manager\tLeeds, UK", "Shift Supervisor\tApr 2015 – Dec 2020"],
     [("Stonebridge Foods", "Plant Manager", "Leeds, UK", "2021-01"), ("Stonebridge Foods", "Shift Supervisor", None, "2015-04")]),
])
def test_roles_under_an_employers_line(rows, expected):
    got = [(e.company, e.title, e.location, e.start) for e in _entries(section("experience", *rows))]
    assert got == expected


@pytest.mark.parametrize("rows, expected", [
    # "Title en Employer (Town)": the town in brackets is the place, however small
    (["Ingeniera de Datos en Brezal Digital S.L. (Sagunto)\tsept. 2020 – actualidad"],
     ("Brezal Digital S.L.", "Ingeniera de Datos", "Sagunto")),
    (["Data Analyst at Fennick Labs Ltd (Germany)\t2019 – 2021"], ("Fennick Labs Ltd", "Data Analyst", "Germany")),
    # brackets that name no place stay with the employer
    (["Data Analyst at Fennick Labs (Europe) Ltd\t2019 – 2021"], ("Fennick Labs (Europe) Ltd", "Data Analyst", None)),
    (["Data Analyst at Fennick Labs (formerly Tarn Data)\t2019 – 2021"],
     ("Fennick Labs (formerly Tarn Data)", "Data Analyst", None)),
    # a place of the entry's own keeps the brackets where they are
    (["Data Analyst at Fennick Labs (Leeds)\tLondon, UK\t2019 – 2021"], ("Fennick Labs (Leeds)", "Data Analyst", "London, UK")),
])
def test_a_place_in_brackets_after_the_employer(rows, expected):
    (e,) = _entries(section("experience", *rows))
    assert (e.company, e.title, e.location) == expected


@pytest.mark.parametrize("rows, expected", [
    # a profile export: employer, role, dates, then the place on a line of its own; the place
    # under a role's dates is that role's, not the first line of the next role
    (["Fernlow Analytics", "Senior Data Analyst", "March 2022 - Present", "Leeds, England, United Kingdom",
      "Built the weekly dashboards that the sales team reads every Monday.",
      "Data Analyst", "January 2020 - February 2022", "Leeds, England, United Kingdom",
      "Junior Data Analyst", "March 2018 - December 2019"],
     [("Senior Data Analyst", "Leeds, England, United Kingdom"), ("Data Analyst", "Leeds, England, United Kingdom"),
      ("Junior Data Analyst", None)]),
    # entries that open with their place keep it
    (["Leeds, England", "Senior Data Analyst", "March 2022 - Present", "Hull, England", "Data Analyst",
      "January 2020 - February 2022"],
     [("Senior Data Analyst", "Leeds, England"), ("Data Analyst", "Hull, England")]),
])
def test_a_place_under_the_dates_stays_with_its_role(rows, expected):
    got = [(e.title, e.location) for e in _entries(section("experience", *rows))]
    assert got == expected


@pytest.mark.parametrize("row", [
    "Sergeant, Royal Logistic Corps, British Army\t2008 – 2014",
    "Signals Technician, 32 Signal Regiment, Army Reserve\t2012 – 2016",
    "Petty Officer, Royal Navy\t2005 – 2011",
])
def test_a_military_service_is_an_employer_not_a_place(row):
    (e,) = _entries(section("experience", row))
    assert e.location is None and e.company and e.title in ("Sergeant", "Signals Technician", "Petty Officer")


@pytest.mark.parametrize("rows, expected", [
    # one entry, no section pattern to lean on: a town the tables know, too small to be a place
    # on its own, left over beside the employer and the role, is the place
    (["Sep 2014 – Dec 2017\tTransports Orchard & Fils — Vienne", "Chef d'équipe quai"],
     ("Transports Orchard & Fils", "Chef d'équipe quai", "Vienne")),
    # so is a short name no table knows that names nothing ("Employer — Town" in a volunteer section)
    (["Sep 2014 – Dec 2017\tTransports Orchard & Fils — Ilkwick", "Chef d'équipe quai"],
     ("Transports Orchard & Fils", "Chef d'équipe quai", "Ilkwick")),
    (["Marsh End Food Bank — Hebden Ford", "Volunteer Coordinator\tJan 2016 – Present"],
     ("Marsh End Food Bank", "Volunteer Coordinator", "Hebden Ford")),
    # a term of the job, or a name with an organisation word, is no place
    (["Sep 2014 – Dec 2017\tTransports Orchard & Fils — Contract", "Chef d'équipe quai"],
     ("Transports Orchard & Fils", "Chef d'équipe quai", None)),
    # "dates ⇥ Title, Employer ⇥ Town": the right cell beside the dates is the town, not the employer
    (["01/2021–now\tSenior Data Scientist, Wrenfield Power\tGreyhollow"],
     ("Wrenfield Power", "Senior Data Scientist", "Greyhollow")),
    (["09/2016–05/2017\tResearch Intern, Tallow Analytics Lab\tOldport"],
     ("Tallow Analytics Lab", "Research Intern", "Oldport")),
])
def test_a_small_town_beside_employer_and_role(rows, expected):
    (e,) = _entries(section("experience", *rows))
    assert (e.company, e.title, e.location) == expected


@pytest.mark.parametrize("rows, expected", [
    # a town the tables leave out for its common word, alone on its line under employer and role
    (["Feb 2016 – Oct 2020\tLantern Row Hosting\tSystems Engineer", "Bath", "• Ran the fleet"],
     ("Lantern Row Hosting", "Systems Engineer", "Bath")),
    (["Jan 2021 – Aug 2022\tStaff Nurse\tMarlow Vale Clinic", "Reading", "• Ran the ward"],
     ("Marlow Vale Clinic", "Staff Nurse", "Reading")),
    # a name that names no town stays out; so does a label whose value the dates took
    (["Feb 2016 – Oct 2020\tLantern Row Hosting\tSystems Engineer", "Kettlebridge", "• Ran the fleet"],
     ("Lantern Row Hosting", "Systems Engineer", None)),
])
def test_a_town_named_by_a_common_word_alone_under_the_header(rows, expected):
    (e,) = _entries(section("experience", *rows))
    assert (e.company, e.title, e.location) == expected

@pytest.mark.parametrize("rows, entries, loose", [
    # bullets without a role, nothing above them: loose text, not an entry
    (["• Did something useful", "• And more"], [], ["Did something useful", "And more"]),
    # an entry above: its text goes on (a block that lost its header to the layout)
    (["Acme Ltd | Analyst\t2019 – 2020", "• Built reports", "", "• Did something useful"],
     [("Acme Ltd", "Analyst", ["Built reports", "Did something useful"])], []),
    # a dated block is an entry, even without a name
    (["2019 – 2020", "• Did something useful"], [(None, None, ["Did something useful"])], []),
])
def test_text_without_a_role_is_no_entry(rows, entries, loose):
    found, rest = read_experience(section("experience", *rows))
    assert [(e.company, e.title, e.highlights) for e in found] == entries and rest == loose


@pytest.mark.parametrize("rows, entries, loose", [
    # sentences set apart from the bullets (their own lines, no full stop) continue the role above
    (["Kiln Operator\tFenwick Pottery\t2019 – 2021", "• Fired the kilns",
      "", "Worked with crews of ten on tight schedules", "Loaded and unloaded the glaze racks every night"],
     [("Fenwick Pottery", "Kiln Operator", ["Fired the kilns"])], []),
    # a list of abilities under an experience heading: nothing dated, no role or employer word
    (["Stage Rigging", "Rigged trusses for touring shows, precisely and at height.", "Knots\tLoads\tTeamwork"], [],
     ["Stage Rigging", "Rigged trusses for touring shows, precisely and at height.", "Knots Loads Teamwork"]),
    # a short description with a role word is an undated role of its own
    (["Kiln Operator\tFenwick Pottery\t2019 – 2021", "• Fired the kilns", "", "Teaching assistant for pottery classes",
      "• Ran the evening class"],
     [("Fenwick Pottery", "Kiln Operator", ["Fired the kilns"]), (None, "Teaching assistant for pottery classes",
                                                                  ["Ran the evening class"])], []),
    # an undated role with a role word stays
    (["Stage Rigger", "Fenwick Events Ltd", "• Rigged trusses"], [("Fenwick Events Ltd", "Stage Rigger", ["Rigged trusses"])], []),
])
def test_text_that_names_no_role(rows, entries, loose):
    found, rest = read_experience(section("experience", *rows))
    assert [(e.company, e.title, e.highlights) for e in found] == entries and rest == loose


@pytest.mark.parametrize("second, highlights, other", [
    # the heading repeated on the next page: its first bullets end the role above
    ("Work History", ["Ran the kiln", "Kept the logs"], []),
    ("WORK  HISTORY:", ["Ran the kiln", "Kept the logs"], []),
    # another heading: no entry, the text kept with the section
    ("Teaching", ["Ran the kiln"], ["Kept the logs"]),
])
def test_a_repeated_heading_continues_the_role_above(second, highlights, other):
    from resumekit import segment
    rows = lines("Work History", "Kiln Operator\tFenwick Pottery\t2019 – 2021", "• Ran the kiln", "",
                 second, "• Kept the logs")
    rows = tuple(rows[:3]) + tuple(l.with_(page=2) for l in rows[3:])  # the second heading opens page two
    document = Document(lines=rows, format="text")
    c = assemble(document, segment(document))  # (segment continues the section: one reading of its jobs)
    assert [(e.company, e.highlights) for e in c.experience] == [("Fenwick Pottery", highlights)]
    assert [o.text for o in c.other_sections if o.kind == "experience"] == other


def test_technologies_and_highlights():
    sec = section("experience", "Acme\tDeveloper\t2019 – 2020", "Stack: Go, Postgres, Kafka", "• Shipped it")
    (exp,) = _entries(sec)
    assert exp.technologies == ["Go", "Postgres", "Kafka"]
    assert exp.highlights == ["Shipped it"]


@pytest.mark.parametrize("rows, expected", [
    # the dates on a line of their own above "Title | Employer | Town" (a designed Word template):
    # the piped line is the job's head, not a list of technologies
    (["OCT 2020 – PRESENT", "Kennel Manager | Brindle Row Boarding | Ashvale, NC", "• Ran the night rota"],
     ("Kennel Manager", "Brindle Row Boarding", "Ashvale, NC", [])),
    (["Mar 2017 – Jun 2019", "Pastry Cook | Quayside Bakehouse | Tollmere", "• Laminated the doughs"],
     ("Pastry Cook", "Quayside Bakehouse", "Tollmere", [])),
    # under a line that names the role, a piped line is still the stack
    (["Backend Developer, Corvel Systems", "2019 – 2021", "Kotlin | Postgres | Kafka"],
     ("Backend Developer", "Corvel Systems", None, ["Kotlin", "Postgres", "Kafka"])),
])
def test_a_piped_head_under_a_line_of_dates_is_the_head(rows, expected):
    (exp,) = _entries(section("experience", *rows))
    assert (exp.title, exp.company, exp.location, exp.technologies) == expected


@pytest.mark.parametrize("text, expected", [
    ("Stack: Go, Postgres", ["Go", "Postgres"]),
    ("Tech: React | Node", ["React", "Node"]),
    ("Kotlin | Postgres | ElasticSearch | Kubernetes", ["Kotlin", "Postgres", "ElasticSearch", "Kubernetes"]),
    ("Led a team of five engineers.", None),
    # short parts between bars with a range of dates: the employer's line under the title (Deedy's small capitals)
    ("HARBOUR MILLS | LEEDS, UK | JUNE 2019 – PRESENT", None),
    ("Quillon Labs | Remote | 2020 – 2022", None),
])
def test_technologies_of(text, expected):
    (line,) = lines(text)
    assert technologies_of(line) == expected


def test_an_undated_line_between_dated_entries_is_description():
    sec = section("experience", "Acme\tEngineer\t2019 – 2021", "• Built the thing",
                  "One of the projects I did on my own was a compiler for a toy language",
                  "Globex\tAnalyst\t2017 – 2019", "• Counted beans")
    got = _entries(sec)
    assert [(e.company, e.title) for e in got] == [("Acme", "Engineer"), ("Globex", "Analyst")]
    assert got[0].summary.startswith("One of the projects")


def test_undated_entries_split_where_the_first_style_returns():
    sec = section("experience", "Nimbus Inc.", "Lead Backend Developer", "• Wrote services",
                  "McGill University", "Computer Science, Economics & Mathematics Tutor", "• Tutored",
                  bold=(0, 3))
    got = _entries(sec)
    assert [(e.company, e.title) for e in got] == [
        ("Nimbus Inc.", "Lead Backend Developer"), ("McGill University", "Computer Science, Economics & Mathematics Tutor")]


@pytest.mark.parametrize("header, expected", [
    ("ASOS | Technical Lead / Solution Architect", ("ASOS", "Technical Lead / Solution Architect")),  # " / " joins titles
    ("Research assistants in telecommunications | CentraleSupélec",                                   # plural title word
     ("CentraleSupélec", "Research assistants in telecommunications")),
    ("International Organization for Migration; Nairobi, Kenya — Senior Medical Assistant",          # ";" separates
     ("International Organization for Migration", "Senior Medical Assistant")),
    ("Data Engineer, Northwind Traders, Leeds", ("Northwind Traders", "Data Engineer")),              # a capitalised plural is a name
    # no title word: the piece with an organisation word is the employer, the other the role
    ("Legale aziendale, Studio Moretti & Figli, Parma", ("Studio Moretti & Figli", "Legale aziendale")),
    ("Kellner Holding AG, Einkaufsleitung", ("Kellner Holding AG", "Einkaufsleitung")),
    # compounds: a role ending in a title word, an employer ending in an organisation word
    ("Lagerleitung, Brunnthal Logistikzentrum, Kassel", ("Brunnthal Logistikzentrum", "Lagerleitung")),
    ("Frühstückshelferin | Seehotel Wendler", ("Seehotel Wendler", "Frühstückshelferin")),
])
def test_header_shapes(header, expected):
    (exp,) = _entries(section("experience", header + "\t2020 – 2021"))
    assert (exp.company, exp.title) == expected


def test_dates_in_a_bullet_row_belong_to_the_header():
    sec = section("experience", "Acme, Software Engineer\tCupertino, CA",
                  "• Reduced time to render lists by 75% with a prediction step\tJune 2005 – Aug 2007",
                  "• Integrated chat with search")
    (e,) = _entries(sec)
    assert (e.company, e.title, e.location, e.start, e.end) == ("Acme", "Software Engineer", "Cupertino, CA",
                                                                "2005-06", "2007-08")
    assert e.highlights[0].startswith("Reduced time")


def test_second_role_under_a_dated_company_line():
    sec = section("experience", "Initech\tJan 2022 – Present", "Application Developer", "• Built",
                  "Intern in Application Development\tJun 2021 – Dec 2021", "• Learned")
    got = [(e.company, e.title) for e in _entries(sec)]
    assert got == [("Initech", "Application Developer"), ("Initech", "Intern in Application Development")]


def test_lists_of_names_order_from_the_section_and_loose_text():
    sec = section("experience", "For exact dates see my website.",
                  "ESL Teacher", "2018 – 2023",
                  "Northgate College of Languages, Westfield Institute, Ready Tutors, Kids & Teens Academy, etc.",
                  "Customer Service and Reception (Retail)", "2004 – 2013", "Harvey Stores, QBD Books, Coles, etc.",
                  bold=(1, 4))
    entries, loose = read_experience(sec)
    assert [(e.title, e.company) for e in entries] == [
        ("ESL Teacher", "Northgate College of Languages, Westfield Institute, Ready Tutors, Kids & Teens Academy, etc."),
        ("Customer Service and Reception (Retail)", "Harvey Stores, QBD Books, Coles, etc.")]  # the first entry's order
    assert loose == ["For exact dates see my website."]


@pytest.mark.parametrize("rows, expected", [
    # a role line over "Intern at Company": the role line is the title, "at" gives the company
    (["Backend Developer", "Intern at Hooli\t07/2019 - 10/2019"], ("Hooli", "Backend Developer")),
    (["Desarrolladora web", "Becaria en Hooli\t07/2019 - 10/2019"], ("Hooli", "Desarrolladora web")),
    # without a role line of its own, the words before "at" are the title
    (["Intern at Hooli\t2019 – 2020"], ("Hooli", "Intern")),
    # "Software Engineer" ends in a title word: a title, though "Software" names companies too
    (["2020 — 2023\tPied Piper Sp. z o.o.", "Software Engineer", "Working Student"],
     ("Pied Piper Sp. z o.o.", "Software Engineer")),
    # a description under the title is not the company, whatever its last word
    (["2018 — 2020\tZentek Dentallabor", "IT Specialist", "Monitoring and upkeep of office systems"],
     ("Zentek Dentallabor", "IT Specialist")),
    # an organisation word at the end still names a company
    (["Hooli Software\t2018 – 2020", "Release Engineer"], ("Hooli Software", "Release Engineer")),
])
def test_title_and_company_over_several_lines(rows, expected):
    (exp,) = _entries(section("experience", *rows))
    assert (exp.company, exp.title) == expected


@pytest.mark.parametrize("text, expected", [
    ("Monitoring and upkeep of office systems", True),
    ("Maintenance of the regional air quality network", True),
    ("Ministry of Agriculture, Livestock and Fisheries", False),
    ("Zentek Dentallabor", False),
    ("Northwind Traders", False),
    ("Bank of Lisbon branches", False),  # one long lower-case word is not enough
])
def test_described(text, expected):
    assert _described(text) is expected


def test_a_wrapped_bullet_keeps_the_dates_of_its_row():
    sec = section("experience", "Acme, Software Engineer\tCupertino, CA",
                  "• Reduced time to render lists by 75% with a prediction al-\tJune 2005 – Aug 2007",
                  "gorithm", "• Integrated chat with search")
    (e,) = _entries(sec)
    assert (e.company, e.title, e.start, e.end) == ("Acme", "Software Engineer", "2005-06", "2007-08")
    assert e.highlights == ["Reduced time to render lists by 75% with a prediction algorithm",
                            "Integrated chat with search"]


def _sized(*rows):
    """A section from (text, size, bold) rows."""
    return Section(kind="experience", heading=None, lines=tuple(
        Line(text=t, index=i, style=Style(size=size, bold=bold), origin="test") for i, (t, size, bold) in enumerate(rows)))


def test_labels_and_lists_in_body_size_stay_in_their_entry():
    sec = _sized(("January 2023 - Present", 11, False), ("Hooli", 11, False), ("Product Designer", 13, True),
                 ("I designed the onboarding of the company's first product, from research to launch.", 8, False),
                 ("Tools used", 11, False), ("Figma, Sketch, Miro", 8, False),
                 ("Skills used", 11, False), ("Interaction design, Prototyping", 8, False),
                 ("March 2019 - December 2022", 11, False), ("Initech", 11, False), ("Photographer", 13, True),
                 ("Tools used", 11, False), ("Darktable", 8, False))
    got = [(e.company, e.title, e.start, e.end) for e in _entries(sec)]
    assert got == [("Hooli", "Product Designer", "2023-01", None), ("Initech", "Photographer", "2019-03", "2022-12")]


def test_same_size_headers_are_not_typeset():
    # headers in the text's size: an undated block of its own is still an entry
    sec = _sized(("Hooli\t2019 – 2021", 10, True), ("Engineer", 10, False), ("Built the search service for the shop.", 10, False),
                 ("Freelance work", 10, True), ("Websites for local shops and a bakery.", 10, False))
    got = [(e.company, e.title) for e in _entries(sec)]
    assert got[0] == ("Hooli", "Engineer") and len(got) == 2


@pytest.mark.parametrize("text, expected", [
    ("Stage d’été à l’entreprise Quintel-groupe", ("Stage d’été", "Quintel-groupe")),
    ("Atelier en gestion de projet organisé par NOVALYS", ("Atelier en gestion de projet", "NOVALYS")),
    ("Organised by Northwind Traders", ("", "Northwind Traders")),
    ("Praktikum bei der Firma Zentek Dentallabor", ("Praktikum", "Zentek Dentallabor")),
    # the name must look like one: capitalised, short
    ("Refonte du site pour l'entreprise familiale", None),
    ("Built dashboards for the company intranet", None),
    ("Backend Developer", None),
])
def test_introduced_company(text, expected):
    assert introduced_company(text) == expected


def test_a_company_named_inside_the_role_line():
    sec = section("experience", "Atelier en gestion de projet", "MARS 2023 - MAI 2023",
                  "Atelier en gestion de projet en ligne organisé par NOVALYS",
                  "Stage de développement à l’entreprise Quintel-groupe", "JANVIER 2024 – PRÉSENT",
                  "Participation à la maintenance des applications internes", bold=(0, 3))
    got = [(e.company, e.title) for e in _entries(sec)]
    assert got == [("NOVALYS", "Atelier en gestion de projet"), ("Quintel-groupe", "Stage de développement")]


@pytest.mark.parametrize("rows, expected", [
    # the section puts the employer first; "Freelancer" (a title word) sits where employers do
    (["Jan 2022 – Present", "Umbra Labs Inc.", "Product Designer",
      "Jan 2020 – Dec 2021", "Freelancer", "Illustration / Visual content",
      "Jan 2018 – Dec 2019", "Harbour Studio", "Brand visuals"],
     [("Umbra Labs Inc.", "Product Designer"), ("Freelancer", "Illustration / Visual content"),
      ("Harbour Studio", "Brand visuals")]),
    # a sure entry in the same order keeps the half-decided one as it is
    (["Jan 2022 – Present", "Product Designer", "Umbra Labs Inc.",
      "Jan 2020 – Dec 2021", "Freelancer", "Illustration / Visual content"],
     [("Umbra Labs Inc.", "Product Designer"), ("Illustration / Visual content", "Freelancer")]),
    # one sure entry alone is no majority
    (["Jan 2022 – Present", "Umbra Labs Inc.", "Product Designer",
      "Jan 2020 – Dec 2021", "Freelancer", "Illustration / Visual content"],
     [("Umbra Labs Inc.", "Product Designer"), ("Illustration / Visual content", "Freelancer")]),
])
def test_a_half_decided_entry_follows_the_sections_order(rows, expected):
    got = [(e.company, e.title) for e in _entries(section("experience", *rows))]
    assert got == expected


@pytest.mark.parametrize("rows, expected", [
    (["Harbour Speech Lab | Research Intern", "Mar 2019 – Jun 2020 | Leeds", "Labelled dialect recordings"], True),
    (["Harbour Speech Lab | Research Assistant\tSep 2020 – May 2021", "Tidewater Lab | Research Intern\t2018 – 2019"], True),
    # papers and interests are not roles, dated or not
    (["[1] A. Example and B. Sample. Dialect maps from call-centre audio. Working paper, 2020."], False),
    (["Dialect variation, prosody", "Speech corpora"], False),
    # a range without a role is a project or a grant
    (["Harbour Speech Lab\t2019 – 2020", "Dialect maps of the north"], False),
])
def test_holds_roles(rows, expected):
    assert holds_roles(lines(*rows)) is expected


@pytest.mark.parametrize("heading, rows, kinds", [
    ("RESEARCH", ["Harbour Speech Lab | Research Intern", "Mar 2019 – Jun 2020 | Leeds"], ("experience", 1)),
    ("Research", ["[1] A. Example. Dialect maps from call-centre audio. Working paper, 2020."], ("other", 0)),
    ("Leadership", ["Chess Club | President", "Mar 2019 – Jun 2020"], ("other", 0)),  # not a role heading
])
def test_a_role_heading_holding_dated_roles_is_experience(heading, rows, kinds):
    rows = lines(heading, *rows)
    c = assemble(Document(lines=rows, format="text"), [Section(kind="other", heading=rows[0], lines=rows[1:])])
    assert (c.meta.sections[0].kind, len(c.experience)) == kinds


@pytest.mark.parametrize("rows, expected", [
    # several course rows under one organisation line: each a role there, the row its title
    (["Westfield College, Department of History", "HIST 12, Early Modern Europe (Lead TA)\tFall 2023",
      "HIST 40, Archives and Evidence, (TA)\tSpring 2023", "HIST 12, Early Modern Europe, (TA)\tFall 2022"],
     [("Westfield College, Department of History", "2023", "2023"),
      ("Westfield College, Department of History", "HIST 40, Archives and Evidence, (TA)", "2023", "2023"),
      ("Westfield College, Department of History", "HIST 12, Early Modern Europe, (TA)", "2022", "2022")]),
    # a row of another shape (two parts) is an entry of its own
    (["Westfield College", "Tutor\tFall 2023", "Globex Ltd | Analyst\t2021 – 2022"],
     [("Westfield College", "2023", "2023"), ("Globex Ltd", "Analyst", "2021", "2022")]),
])
def test_rows_under_an_organisation_line(rows, expected):
    got = [(e.company, e.start, e.end) if n == 0 else (e.company, e.title, e.start, e.end)
           for n, e in enumerate(_entries(section("experience", *rows)))]
    assert got == expected


def test_a_year_inside_a_name_does_not_cut_an_entry():
    """Dates set in a cell of their own: "Summer School 2019" is a name, and the entry's date is
    the cell's month and year."""
    sec = section("experience",
                  "Teaching Assistant", "Coastal Summer School 2019", "Northfield University\tAug. 2019",
                  "Lecturer", "Numerical Methods", "Northfield University\tOct. 2017 – Jan. 2018",
                  "Teaching Assistant", "Linear Algebra", "Northfield University\tOct. 2016 – June 2017", bold=(0, 3, 6))
    got = [(e.title, e.start, e.end) for e in _entries(sec)]
    assert got == [("Teaching Assistant", "2019-08", "2019-08"), ("Lecturer", "2017-10", "2018-01"),
                   ("Teaching Assistant", "2016-10", "2017-06")]


def test_a_year_in_words_still_dates_a_section_without_date_cells():
    sec = section("experience", "Engineer, Acme 2019", "• Built", "Analyst, Globex 2017", "• Reported")
    assert [(e.start, e.end) for e in _entries(sec)] == [("2019", "2019"), ("2017", "2017")]


def test_entries_that_agree_with_the_pattern_keep_their_vote_on_the_order():
    # the section mixes orders; the entries the pattern confirms still count for the order, so
    # a half-decided entry in the order they show is not turned round
    rows = ("Sales Lead – Corvin Foods S.r.l., Leeds\t2020 – 2022",
            "Corvin Foods S.r.l. – Buyer, Leeds\t2018 – 2020",
            "Account Planner – Brisk Traders Ltd, Leeds\t2016 – 2018",
            "Key account manager, ZQRT, York\t2014 – 2016",
            "Pellow – Shop assistant\t2012 – 2014",
            "Stock Planner – Orrin Goods Ltd, Hull\t2010 – 2012")
    got = [(e.company, e.title) for e in _entries(section("experience", *rows))]
    assert got[3] == ("ZQRT", "Key account manager")


def test_an_employer_with_an_organisation_word_is_not_turned_round():
    # the section puts the role first; an entry whose only word is its employer's keeps it
    rows = ("Stock Clerk\t2021 – 2022", "Pellow Books", "Floor Supervisor\t2019 – 2021", "Harwick Trading Ltd",
            "Kelso Hospital\t2017 – 2019", "Porter")
    got = [(e.company, e.title) for e in _entries(section("experience", *rows))]
    assert got[2] == ("Kelso Hospital", "Porter")


@pytest.mark.parametrize("text, head", [
    ("Candidate in Government", "Candidate"),   # the word before the preposition heads the phrase
    ("University of Leeds", "University"),
    ("Jefa de Ventas", "Jefa"),
    ("Software Engineer", "Engineer"),          # no preposition: the last word
])
def test_head_word(text, head):
    from resumekit.fields.phrases import head_word
    assert head_word(text) == head


@pytest.mark.parametrize("rows, expected", [
    # a legal form wrapped onto the next line of a narrow column goes back to its name
    (["Backend Developer, Tarrow Systems", "LLP, Leeds\tApril 2021 – May 2023", "• Built the billing service",
      "Data Analyst, Orrin Foods", "Ltd, York\tJan 2019 – Mar 2021", "• Wrote the weekly sales report"],
     [("Tarrow Systems LLP", "Backend Developer"), ("Orrin Foods Ltd", "Data Analyst")]),
    # a name that ends in its legal form already keeps its own line
    (["Data Analyst, Orrin Foods Ltd", "Leeds\tJan 2019 – Mar 2021"], [("Orrin Foods Ltd", "Data Analyst")]),
])
def test_a_legal_form_wrapped_onto_the_next_line(rows, expected):
    got = [(e.company, e.title) for e in read_experience(section("experience", *rows))[0]]
    assert got == expected


def test_a_company_line_over_roles_is_not_turned_round_by_the_sections_order():
    # the other entries put the role first; the line over two roles is their employer
    sec = section("experience", "Staff Engineer", "Harbour Systems", "Sep 2023 – May 2025", "• Ran on-call",
                  "Quillmore", "Senior Backend Engineer", "Mar 2022 – Aug 2023", "• Built sync",
                  "DevOps Engineer", "Oct 2018 – Jan 2021", "• Cut latency",
                  "Mobile Developer", "Tidewater Analytics", "May 2016 – Sep 2017", "• Shipped apps")
    got = [(e.company, e.title) for e in _entries(sec)]
    assert got == [("Harbour Systems", "Staff Engineer"), ("Quillmore", "Senior Backend Engineer"),
                   ("Quillmore", "DevOps Engineer"), ("Tidewater Analytics", "Mobile Developer")]


@pytest.mark.parametrize("rows, jobs, loose", [
    # a gap named on a line of its own, dated like the jobs around it
    (["Orchard Lane Bakery\tJan 2016 – Apr 2019", "Baker", "Maternity leave\t2020 – 2021",
      "Harrow Mills Ltd\tJun 2021 – Present", "Planner"],
     [("Orchard Lane Bakery", "Baker"), ("Harrow Mills Ltd", "Planner")], ["Maternity leave 2020 – 2021"]),
    # a sentence that opens with the gap, its dates in brackets
    (["Data Analyst\tQuill Analytics\tJan 2021 – Present",
      "Career break (Apr 2019 – May 2020): travelled and took a course in statistics.",
      "Junior Analyst\tBrook Retail\t2016 – 2019"],
     [("Quill Analytics", "Data Analyst"), ("Brook Retail", "Junior Analyst")],
     ["Career break (Apr 2019 – May 2020): travelled and took a course in statistics."]),
    # German, the kind in brackets
    (["Elternzeit (Vollzeit)\t03/2018 – 02/2019", "Sachbearbeiterin\tWendel Logistik GmbH\t2014 – 2018"],
     [("Wendel Logistik GmbH", "Sachbearbeiterin")], ["Elternzeit (Vollzeit) 03/2018 – 02/2019"]),
    # a role that covers a leave is a role, and so is a gap word beside an employer
    (["Maternity Cover Coordinator\tLark Housing Trust\t2019 – 2020"],
     [("Lark Housing Trust", "Maternity Cover Coordinator")], []),
    (["Sabbatical\tFernbrook University\t2019 – 2020"], [("Fernbrook University", "Sabbatical")], []),
    # a person's contact lines read into the section after its last job (a page's header cell read
    # beside a column): no role
    (["Harrow Mills Ltd\tJun 2021 – Present", "Planner", "• Planned the night shifts",
      "14 Quarry Lane", "Truro, TR1 2AB", "01632 960 418", "wenna.t@example.com"],
     [("Harrow Mills Ltd", "Planner")], ["14 Quarry Lane", "Truro, TR1 2AB", "01632 960 418", "wenna.t@example.com"]),
    # an e-mail address with the employer's name and a phone line under a dated role: a role
    (["Harrow Mills Ltd\tJun 2021 – Present", "Planner", "01632 960 418", "planning@example.com"],
     [("Harrow Mills Ltd", "Planner")], []),
])
def test_a_dated_gap_is_no_role(rows, jobs, loose):
    got, text = read_experience(section("experience", *rows))
    assert [(e.company, e.title) for e in got] == jobs and text == loose


@pytest.mark.parametrize("row, expected", [
    # a name of capitalised words in brackets after the role, no employer elsewhere
    ("Operations Lead (Marlow Freight)\t2019 – 2022", ("Operations Lead", "Marlow Freight")),
    ("Software Engineer (Gullwing Games)\tRemote\t2016 – 2018", ("Software Engineer", "Gullwing Games")),
    ("Sound Technician (Tern & Lantern)\t2015 – 2017", ("Sound Technician", "Tern & Lantern")),
    # organisation words, as before
    ("Data Analyst (Orrin Foods Ltd)\t2018 – 2020", ("Data Analyst", "Orrin Foods Ltd")),
    # a note of one word, a place or a lower-case note stays in the title
    ("Werkstudentin Einkauf (Teilzeit)\t2019 – 2022", ("Werkstudentin Einkauf (Teilzeit)", None)),
    ("Data Analyst (New York)\t2019 – 2022", ("Data Analyst (New York)", None)),
    ("Shift Supervisor (part-time)\t2014 – 2017", ("Shift Supervisor (part-time)", None)),
    # the terms of the job in capitals (the vocabulary's employment_terms)
    ("Shift Supervisor (Part Time)\t2014 – 2017", ("Shift Supervisor (Part Time)", None)),
    ("Assistante comptable (Temps Partiel)\t2014 – 2017", ("Assistante comptable (Temps Partiel)", None)),
])
def test_an_employer_in_brackets_after_the_role(row, expected):
    (exp,) = _entries(section("experience", row))
    assert (exp.title, exp.company) == expected


@pytest.mark.parametrize("row, expected", [
    # a role, a unit of the organisation, the organisation, in one comma list: the organisation employs
    ("Teaching Assistant, Department of History, Ravensmoor University\t2015 – 2018",
     ("Teaching Assistant", "Ravensmoor University")),
    ("Research Assistant, Faculty of Law, Kelmscott College\t2015 – 2018", ("Research Assistant", "Kelmscott College")),
    ("Lab Technician, Ravensmoor University, Department of Chemistry\t2015 – 2018",
     ("Lab Technician", "Ravensmoor University")),
    # a school whose name only holds a unit word is the organisation
    ("Research Fellow, London School of Tropical Farming, Department of Soils\t2015 – 2018",
     ("Research Fellow", "London School of Tropical Farming")),
    # a unit with its organisation in a cell of their own stays whole
    ("Lecturer\tSchool of Ocean Sciences, University of Westmarch\t2019 – 2022",
     ("Lecturer", "School of Ocean Sciences, University of Westmarch")),
])
def test_the_organisation_not_its_department_employs(row, expected):
    (exp,) = _entries(section("experience", row))
    assert (exp.title, exp.company) == expected


@pytest.mark.parametrize("rows, expected", [
    # a role without employer over a short line that describes the work: the summary, no employer
    (["Freelance\t2018 – 2020", "Logo and packaging design for small breweries",
      "Graphic Designer\tPinecone Studio Ltd\t2020 – Present"],
     [("Freelance", None, "Logo and packaging design for small breweries"), ("Graphic Designer", "Pinecone Studio Ltd", None)]),
    (["Freelance Photographer\t2018 – 2020", "Weddings and events across the county"],
     [("Freelance Photographer", None, "Weddings and events across the county")]),
    # a name under the role is its employer, as before
    (["Freelance Photographer\t2018 – 2020", "Brightwater Events"], [("Freelance Photographer", "Brightwater Events", None)]),
])
def test_a_description_under_a_role_is_no_employer(rows, expected):
    got = [(e.title, e.company, e.summary) for e in _entries(section("experience", *rows))]
    assert got == expected


@pytest.mark.parametrize("rows, expected", [
    # the label before the title, after a colon of either width, is no part of the title
    (["Ferncliff Pottery\t2019 – Present", "Position: Glaze Technician", "Bramble Kilns\t2016 – 2019",
      "Position： Kiln Assistant"], [("Glaze Technician", "Ferncliff Pottery"), ("Kiln Assistant", "Bramble Kilns")]),
    (["株式会社カモメ製作所\t2020年4月〜現在", "役職：品質管理リーダー"], [("品質管理リーダー", "株式会社カモメ製作所")]),
    (["Kwekerij Verhoeven\t2018 – 2021", "Functie: Teeltmedewerker"], [("Teeltmedewerker", "Kwekerij Verhoeven")]),
])
def test_a_title_behind_its_label(rows, expected):
    got = [(e.title, e.company) for e in _entries(section("experience", *rows))]
    assert got == expected


@pytest.mark.parametrize("rows, expected", [
    # "Title, Employer" over its dates where no vocabulary knows the title: the section's other
    # entry says the first piece is the title, and the employer loses it
    (["Fabricator, Tanhouse Ironworks", "May 2018 – Present", "• Cut steel.",
      "Apprentice Welder, Cressbrook Metals", "Sep 2014 – Apr 2018", "• Welded frames."],
     [("Fabricator", "Tanhouse Ironworks"), ("Apprentice Welder", "Cressbrook Metals")]),
    (["Barista, Moonrake Coffee House", "2019 – 2021", "• Pulled shots.", "Shift Supervisor, Lantern Bakery",
      "2016 – 2019"],
     [("Barista", "Moonrake Coffee House"), ("Shift Supervisor", "Lantern Bakery")]),
])
def test_a_title_no_vocabulary_knows_before_the_employers_comma(rows, expected):
    got = [(e.title, e.company) for e in _entries(section("experience", *rows, bold=(0, 3)))]
    assert got == expected


@pytest.mark.parametrize("rows, expected", [
    # a contract role's agency in brackets after the client is no part of the employer
    (["Senior Tester, Quayfield Mutual (via Brackwell Recruitment)", "Feb 2023 - Present"],
     [("Senior Tester", "Quayfield Mutual")]),
    (["Ingenieur, Moorbach Werke GmbH (über Talentwerk Personal)", "03/2021 - 12/2022"],
     [("Ingenieur", "Moorbach Werke GmbH")]),
    # brackets that name no agency stay
    (["Analyst, Quayfield Mutual (Leeds Office)", "2019 - 2021"], [("Analyst", "Quayfield Mutual (Leeds Office)")]),
    # "Role via Agency for Client": the client employs, the agency is dropped
    (["Data Engineer (Contract) via Harwick Recruitment for Tollgate Water\tJan 2023 – Present"],
     [("Data Engineer (Contract)", "Tollgate Water")]),
    (["Agency Staff Nurse via Orla Care Staffing, placed at Kelby Vale Hospital\t2021 – 2022"],
     [("Agency Staff Nurse", "Kelby Vale Hospital")]),
    (["Test Analyst through Brackwell IT Recruitment at Quayfield Mutual\t2018 – 2019"],
     [("Test Analyst", "Quayfield Mutual")]),
])
def test_the_agency_of_a_contract_role(rows, expected):
    got = [(e.title, e.company) for e in _entries(section("experience", *rows))]
    assert got == expected


def test_a_tables_header_row_names_no_place():
    # the last cell of a header row over the first entry ("Period ⇥ Role ⇥ Employer") is no town
    (e,) = _entries(section("experience", "Period\tRole\tEmployer", "2020 – present\tHydrologist\tWrenfield Water Ltd"))
    assert e.company == "Wrenfield Water Ltd" and e.location is None


@pytest.mark.parametrize("rows, expected", [
    # every employer of the section ends in a short name that names nothing: the section's shape
    # is "Employer, Town", whatever the tables know
    (["Quillon Outdoor Gear, Marlcombe\t2019 – present", "Senior Buyer",
      "Harrowgate Textiles, Westleigh\t2016 – 2019", "Buyer"],
     [("Senior Buyer", "Quillon Outdoor Gear", "Marlcombe"), ("Buyer", "Harrowgate Textiles", "Westleigh")]),
    (["Senior Buyer at Quillon Outdoor Gear, Marlcombe (2019 – present)",
      "Buyer at Harrowgate Textiles, Westleigh (2016 – 2019)"],
     [("Senior Buyer", "Quillon Outdoor Gear", "Marlcombe"), ("Buyer", "Harrowgate Textiles", "Westleigh")]),
    # one employer without such a piece: no shape, the name stays whole
    (["Quillon Outdoor Gear, Marlcombe\t2019 – present", "Senior Buyer", "Harrowgate Textiles\t2016 – 2019", "Buyer"],
     [("Senior Buyer", "Quillon Outdoor Gear, Marlcombe", None), ("Buyer", "Harrowgate Textiles", None)]),
    # the employer and its town in capitals ("EMPLOYER — TOWN"); a term of the job is still none
    (["QUILLON OUTDOOR GEAR — MARLCOMBE", "Senior Buyer\t2019 – present"],
     [("Senior Buyer", "QUILLON OUTDOOR GEAR", "MARLCOMBE")]),
    (["QUILLON OUTDOOR GEAR — CONTRACT", "Senior Buyer\t2019 – present"], [("Senior Buyer", "QUILLON OUTDOOR GEAR", None)]),
    # a town in a cell of its own beside the employer, under "Title ⇥ dates"
    (["Senior Buyer\t2019 – present", "Quillon Outdoor Gear\tMarlcombe"],
     [("Senior Buyer", "Quillon Outdoor Gear", "Marlcombe")]),
])
def test_a_town_no_table_knows_read_from_the_sections_shape(rows, expected):
    got = [(e.title, e.company, e.location) for e in _entries(section("experience", *rows))]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("Position: Glaze Technician", "Glaze Technician"),
    # a label of two words or more needs no colon: no title opens with it
    ("Tätigkeit als Projektleiterin bei Hafenkran AG", "Projektleiterin bei Hafenkran AG"),
    ("Anstellung als Bauzeichner", "Bauzeichner"),
    # one word needs its colon ("Position Manager" may be a title); a label alone is left as it is
    ("Position Manager", "Position Manager"),
    ("Tätigkeit als", "Tätigkeit als"),
])
def test_unlabelled(text, expected):
    assert unlabelled(text) == expected


@pytest.mark.parametrize("row, expected", [
    # "Tätigkeit als Title bei der Employer, Town": the label, the article after "bei"
    ("04/2019 – heute\tTätigkeit als Bauleiterin bei der Nordmarsch Bau GmbH, Husum",
     ("Nordmarsch Bau GmbH", "Bauleiterin", "Husum", "2019-04")),
    ("10/2016 – 03/2019\tAnstellung als Technischer Zeichner beim Landratsamt Friesenau",
     ("Landratsamt Friesenau", "Technischer Zeichner", None, "2016-10")),
    ("2014 – 2016\tTätigkeit als Konstrukteur bei dem Ingenieurbüro Wattkamp, Emden",
     ("Ingenieurbüro Wattkamp", "Konstrukteur", "Emden", "2014")),
])
def test_a_role_introduced_and_its_employer_after_bei_der(row, expected):
    (exp,) = _entries(section("experience", row))
    assert (exp.company, exp.title, exp.location, exp.start) == expected


@pytest.mark.parametrize("rows, summary", [
    # a label over the bullets (the vocabulary's sub-headings) is no summary of the role
    (["Hafenkran AG\tLagerist\t2019 – 2021", "Aufgaben:", "• Stapler fahren"], None),
    (["Quillon Labs\tAnalyst\t2019 – 2021", "Key achievements", "• Cut the close from ten days to six"], None),
    (["Quillon Labs\tAnalyst\t2019 – 2021", "Ran the monthly close for two entities.", "• Cut it to six days"],
     "Ran the monthly close for two entities."),
])
def test_a_label_over_the_bullets_is_no_summary(rows, summary):
    (exp,) = _entries(section("experience", *rows))
    assert (exp.summary, len(exp.highlights)) == (summary, 1)


@pytest.mark.parametrize("row, expected", [
    # "Title at the Employer": an article between the word that introduces the employer and its name
    ("Research Fellow at the University of Wexbury\t2019 – 2021", ("University of Wexbury", "Research Fellow", None)),
    ("2019 – 2021\tMedewerker logistiek bij de Gemeente Zwolle", ("Gemeente Zwolle", "Medewerker logistiek", None)),
    ("2019 – 2021\tResponsabile acquisti presso la Ferretti S.p.A., Modena",
     ("Ferretti S.p.A.", "Responsabile acquisti", "Modena")),
    ("2019 – 2021\tInfermiera presso l'Ospedale di Vallombrosa", ("Ospedale di Vallombrosa", "Infermiera", None)),
    # no article: as before
    ("Data Analyst at Northwind Traders\t2018 – 2020", ("Northwind Traders", "Data Analyst", None)),
])
def test_an_article_after_at(row, expected):
    (exp,) = _entries(section("experience", row))
    assert (exp.company, exp.title, exp.location) == expected


@pytest.mark.parametrize("row, expected", [
    # everyday occupations are roles: the other part is the employer, whatever the order
    ("Kellnerin — Gasthaus Zur Linde\t2018 – 2020", ("Gasthaus Zur Linde", "Kellnerin")),
    ("Peluquera, Salón Marisol\t2015 – 2018", ("Salón Marisol", "Peluquera")),
    ("Coiffeuse — Salon Belle Époque\t2016 – 2019", ("Salon Belle Époque", "Coiffeuse")),
])
def test_everyday_occupations_are_roles(row, expected):
    (exp,) = _entries(section("experience", row))
    assert (exp.company, exp.title) == expected


@pytest.mark.parametrize("rows, expected", [
    # "Employer, Town" over several roles: the town after a comma does not hide the company line
    (["Kestrel Logistics, Derby", "Warehouse Manager\t2019 – 2022", "Shift Supervisor\t2015 – 2019"],
     [("Warehouse Manager", "Kestrel Logistics", "Derby"), ("Shift Supervisor", "Kestrel Logistics", "Derby")]),
    (["Hafenkran AG, Kiel", "Lagerleiterin\t03/2019 – heute", "• Leitung von zwei Lagerhallen",
      "• Einführung der Scannerkommissionierung", "Lageristin\t06/2015 – 02/2019"],
     [("Lagerleiterin", "Hafenkran AG", "Kiel"), ("Lageristin", "Hafenkran AG", "Kiel")]),
    (["Kestrel Logistics Ltd, Derby, UK", "Warehouse Manager, 2019 – 2022", "Shift Supervisor, 2015 – 2019"],
     [("Warehouse Manager", "Kestrel Logistics Ltd", "Derby, UK"), ("Shift Supervisor", "Kestrel Logistics Ltd", "Derby, UK")]),
])
def test_roles_under_an_employer_and_town_line(rows, expected):
    got = [(e.title, e.company, e.location) for e in _entries(section("experience", *rows))]
    assert got == expected


@pytest.mark.parametrize("row, expected", [
    # "Working as (a) Title at Employer": the words before the title are a label, not part of it
    ("Working as Senior Developer at Orrin Infotech Pvt. Ltd. since June 2019",
     ("Orrin Infotech Pvt. Ltd.", "Senior Developer")),
    ("Worked as Software Engineer at Kestrel Systems from July 2015 to May 2019", ("Kestrel Systems", "Software Engineer")),
    ("Worked as a Barista at Ground Floor Coffee, Leeds (2019 – 2021)", ("Ground Floor Coffee", "Barista")),
])
def test_working_as_a_title(row, expected):
    (exp,) = _entries(section("experience", row))
    assert (exp.company, exp.title) == expected


@pytest.mark.parametrize("rows, expected", [
    # years first, then "Title, Unit, Organisation": the section's slot of the unit votes employer
    # (its unit word is an organisation word), the entry's words chose the organisation over it
    (("2021 – present\tAssistant Professor, Department of Botany, University of Wexcombe",
      "2018 – 2021\tResearch Associate, School of Biology, Harlan College",
      "2016 – 2018\tVisiting Researcher, Orrin Seed Bank"),
     [("Assistant Professor", "University of Wexcombe"), ("Research Associate", "Harlan College"),
      ("Visiting Researcher", "Orrin Seed Bank")]),
    # no unit: the slot's employer stands
    (("2019 – present\tSenior Chemist, Pellham Coatings Ltd",
      "2015 – 2019\tChemist, Abergele Paints plc"),
     [("Senior Chemist", "Pellham Coatings Ltd"), ("Chemist", "Abergele Paints plc")]),
])
def test_a_unit_in_the_employers_slot_gives_way_to_the_organisation(rows, expected):
    got, _ = read_experience(section("experience", *rows))
    assert [(e.title, e.company) for e in got] == expected


@pytest.mark.parametrize("header, expected", [
    (["2022 – present\tQuantum Mechanics I (PHYS 3310), lecture of 90 students"], True),
    (["Marine Ecology (third year, 40 students), module convenor, 2020 – present"], True),
    (["WS 2019/20 – SoSe 2022\tSeminar zur Hydrologie (Bachelor)"], True),
    (["2019 – 2021\tTeaching Assistant, Brennock University"], False),   # a role and its employer
    (["2018 – 2020\tLecturer in Geography"], False),                     # a role headed by a title word
    (["2016 – 2018\tQuillfeather Tutoring Ltd"], False),                 # an employer
])
def test_a_course_taught_names_no_role_nor_employer(header, expected):
    from resumekit.fields.phrases import names_no_role
    assert names_no_role(header) is expected


@pytest.mark.parametrize("heading, count", [
    ("Teaching", 1),    # under a teaching heading the dated courses are no jobs; the post stays
    ("Experience", 3),  # the same lines under another experience heading are read as entries
])
def test_courses_under_a_teaching_heading_are_no_jobs(heading, count):
    rows = ("Teaching Fellow, Orrinwick University\t2019 – 2022",
            "Hydrology of Rivers (second year, 60 students)\t2020 – 2022",
            "Field Methods in Geography (first year)\t2019 – 2021")
    sec = Section(kind="experience", heading=Line(text=heading, index=0, block=0, style=Style(bold=True),
                                                  origin="test"), lines=lines(*rows))
    got, _ = read_experience(sec)
    assert (got[0].title, got[0].company, len(got)) == ("Teaching Fellow", "Orrinwick University", count)


@pytest.mark.parametrize("parts, expected", [
    # a unit after the role's comma, the organisation on a line of its own: the unit leaves the title
    ([("Consultant Radiologist, Department of Imaging", 0), ("Pendlebury General Hospital", 1)],
     ("Pendlebury General Hospital", "Consultant Radiologist")),
    ([("Senior Lecturer, School of Music", 0), ("University of Harrowfield", 1)],
     ("University of Harrowfield", "Senior Lecturer")),
    # no unit word: the title stays whole ("Head of Department" is a role)
    ([("Head of Department, Geography", 0), ("Orrin Park Academy", 1)],
     ("Orrin Park Academy", "Head of Department, Geography")),
])
def test_a_unit_after_the_role_belongs_to_the_employer_named_apart(parts, expected):
    from resumekit.fields.header_roles import assign
    assert assign(parts)[:2] == expected


@pytest.mark.parametrize("parts, expected", [
    # a programme's name where the title would be, "Role, Employer, Town" under it
    ([("Harbourside Ticketing Rollout", 0), ("Delivery Manager, Pelham Transit Ltd, Bristol", 1)],
     ("Pelham Transit Ltd", "Delivery Manager", "Bristol")),
    # "Role, Employer" over a label line that names nothing ("Key clients:")
    ([("Senior Consultant, Orrin & Vale LLP", 0), ("Key clients:", 1)],
     ("Orrin & Vale LLP", "Senior Consultant", None)),
    # an employer and a role both decided by their words: the parts stand as they are
    ([("Kettleby Foods Ltd", 0), ("Buyer, Frozen Desserts", 1)], ("Kettleby Foods Ltd", "Buyer, Frozen Desserts", None)),
])
def test_comma_pieces_that_name_both_roles_beat_a_part_read_by_order(parts, expected):
    from resumekit.fields.header_roles import assign
    assert assign(parts)[:3] == expected


@pytest.mark.parametrize("parts, expected", [
    # every comma piece has a job word, one of them headed by an organisation word: that one is the employer
    ([("Orrin & Sales Advogados, Senior Associate", 0)], ("Orrin & Sales Advogados", "Senior Associate", None)),
    ([("Projektleiterin Statik, Tarrow Ingenieure GmbH, Leipzig", 0)],
     ("Tarrow Ingenieure GmbH", "Projektleiterin Statik", "Leipzig")),
    ([("Sales Manager, Kelby Sales Ltd", 0)], ("Kelby Sales Ltd", "Sales Manager", None)),
    # two roles and no employer word: the line stays one title
    ([("Head of Sales, Marketing Director", 0)], (None, "Head of Sales, Marketing Director", None)),
])
def test_an_employer_with_a_job_word_beside_the_role(parts, expected):
    from resumekit.fields.header_roles import assign
    assert assign(parts)[:3] == expected


@pytest.mark.parametrize("label, expected", [
    # under a label line of the role, dated lines inside its period naming no role nor employer
    # are its client engagements: the role's text
    ("Key clients:", [("Managing Consultant", "Brennock Partners LLP"), ("Consultant", "Pellow Advisory")]),
    # without the label they stay entries as they are read
    (None, [("Managing Consultant", "Brennock Partners LLP"), ("Coastal ferry operator", "Fleet renewal study"),
            ("Regional bus operator", "Timetable review"), ("Consultant", "Pellow Advisory")]),
])
def test_client_engagements_under_a_label_are_the_roles_text(label, expected):
    rows = ["Managing Consultant, Brennock Partners LLP\tMar 2015 – Present", label,
            "Coastal ferry operator — Fleet renewal study (2019 – 2021)", "• Modelled the fuel costs of six hull designs.",
            "Regional bus operator — Timetable review (2016 – 2018)",
            "Consultant, Pellow Advisory\tJan 2011 – Feb 2015"]
    got, _ = read_experience(section("experience", *[r for r in rows if r]))
    assert [(e.title, e.company) for e in got] == expected
    if label:
        assert got[0].highlights == ["Modelled the fuel costs of six hull designs."]


@pytest.mark.parametrize("rows, expected", [
    # older roles folded into one sentence after a label, wrapped onto a second line
    (["Earlier roles: Stores Analyst, Tarrow Docks (2004 – 2006); Night Clerk,", "Dunmore Mills (2002 – 2004)."],
     [("Stores Analyst", "Tarrow Docks", "2004", "2006"), ("Night Clerk", "Dunmore Mills", "2002", "2004")]),
    (["Previous positions: Buyer, Orla Retail (2010 – 2012); Sales Assistant, Kelby Stores (2008 – 2010); "
      "Cashier, Brimley Market (2006 – 2008)"],
     [("Buyer", "Orla Retail", "2010", "2012"), ("Sales Assistant", "Kelby Stores", "2008", "2010"),
      ("Cashier", "Brimley Market", "2006", "2008")]),
])
def test_roles_folded_into_one_line_are_entries(rows, expected):
    got, loose = read_experience(section("experience", *rows))
    assert [(e.title, e.company, e.start, e.end) for e in got] == expected and loose == []


@pytest.mark.parametrize("rows", [
    ["Key results: cut costs 12% (2019); doubled sales (2021)."],  # no role: stays a sentence
    ["Note: one contract in 2019 only."],                         # one part
])
def test_a_labelled_sentence_with_dates_is_not_split_into_roles(rows):
    from resumekit.fields.date_cells import folded_roles
    assert [l.text for l in folded_roles(lines(*rows))] == rows


def test_a_one_line_role_keeps_its_order_under_employer_over_title_entries():
    """Jobs printed "Employer, Town ⇥ dates" over a title line vote for employer first; a line of
    "Title, Employer (years)" below them is of another shape and keeps its own order."""
    got, _ = read_experience(section(
        "experience",
        "Wrenfield Foods, Hull\t2015 – 2020", "Plant Manager", "• Ran the plant.",
        "Brindle Haulage, Goole\t2010 – 2015", "Transport Planner", "• Planned routes.",
        "Earlier roles: Stock Controller, Ousebank Mills (2008 – 2010); Weighbridge Clerk, Tollgarth Quarry (2006 – 2008).",
        bold=(0, 3)))
    assert [(e.title, e.company) for e in got] == [
        ("Plant Manager", "Wrenfield Foods"), ("Transport Planner", "Brindle Haulage"),
        ("Stock Controller", "Ousebank Mills"), ("Weighbridge Clerk", "Tollgarth Quarry")]


@pytest.mark.parametrize("title", ["SVP, Global Operations", "EVP, Sales and Marketing", "AVP, Credit Risk"])
def test_a_senior_abbreviated_title_with_its_function_is_whole(title):
    got, _ = read_experience(section("experience", "Lakemoor Freight Inc., Leeds\t2019 – 2023", title,
                                     "• Ran the network.", bold=(0,)))
    assert [(e.title, e.company) for e in got] == [(title, "Lakemoor Freight Inc.")]


def test_a_long_header_with_a_word_in_brackets_over_its_dates_is_no_sentence():
    """"Title (Contract) via Agency for Client" over a line of dates, in a section of one-line
    headers: capitalised words, "(Contract)" among them, make a header, not a sentence of the job above."""
    got, _ = read_experience(section(
        "experience",
        "Data Engineer (Contract), Tollgate Water\tJan 2022 – Present", "• Built the lake.",
        "Test Analyst (Contract) via Brackwell Recruitment for Quayfield County Council", "Sep 2019 – Dec 2021",
        "• Tested the payroll.", bold=(0, 2)))
    assert [(e.title, e.company, e.start) for e in got] == [
        ("Data Engineer (Contract)", "Tollgate Water", "2022-01"),
        ("Test Analyst (Contract)", "Quayfield County Council", "2019-09")]


@pytest.mark.parametrize("bullet", [
    "Led the move of the reporting estate from SQL Server 2005 to 2012 without a missed month-end.",
    "Kept the branch network running from 2016 to 2019 with two engineers.",
    # a range that ends the bullet's sentence dates an event too
    "Monthly close in five working days since 2021.",
    "Chiusure mensili in 5 giorni lavorativi dal 2021.",
    "Ran the weekend desk for the regional paper from 2013 to 2014.",
])
def test_a_range_inside_a_bullet_s_sentence_opens_no_entry(bullet):
    got, _ = read_experience(section("experience", "Senior BI Developer, Kingsway Insurance\tApr 2012 – Dec 2014",
                                     "• Owned the claims data mart.", f"• {bullet}", "• Wrote the runbooks.",
                                     bold=(0,)))
    assert [(e.title, e.company, len(e.highlights)) for e in got] == [("Senior BI Developer", "Kingsway Insurance", 3)]


def test_the_town_after_an_employer_the_section_s_slot_narrows_stays_the_place():
    """"Title ⇥ dates" over "Employer, Town" lines: where the section's pattern reads the employer
    slot as the name alone, a town no table knows after it ("Reading") is the place, not lost."""
    got, _ = read_experience(section(
        "experience", "Hospice Staff Nurse\tSep 2022 – Present", "St Ives Hospice, Reading", "• Cared.",
        "Bank Staff Nurse\tMar 2019 – Dec 2020", "Royal Vale NHS Foundation Trust, Reading", "• Shifts.",
        "Staff Nurse\t2007 – 2009", "Loddon Bridge Hospital, Basingstoke", "• Surgery.", bold=(0, 3, 6)))
    assert [(e.company, e.location) for e in got] == [
        ("St Ives Hospice", "Reading"), ("Royal Vale NHS Foundation Trust", "Reading"),
        ("Loddon Bridge Hospital", "Basingstoke")]


def test_a_bullet_that_names_a_role_and_ends_in_its_dates_still_opens_an_entry():
    """A bulleted one-line job ("• Shift Lead, Harbour Foods Ltd, 2016 – 2018") is a header: names,
    not a sentence, before its dates."""
    got, _ = read_experience(section("experience", "Senior BI Developer, Kingsway Insurance\tApr 2012 – Dec 2014",
                                     "• Owned the claims data mart.", "", "• Shift Lead, Harbour Foods Ltd, 2016 – 2018",
                                     bold=(0,)))
    assert [(e.title, e.company, e.start) for e in got] == [
        ("Senior BI Developer", "Kingsway Insurance", "2012-04"), ("Shift Lead", "Harbour Foods Ltd", "2016")]


@pytest.mark.parametrize("rows, bold, expected", [
    # "Title | Employer | Town | dates" rows; a one-line job without bullets over one without dates
    (("Project Engineer | Garrison Vale Construction | 2016 – 2020", "• Ran RFIs.",
      "Field Intern | Madison Row Builders | Aurora, CO | Jun 2015 – Aug 2015",
      "Surveyor's Assistant | Cherry Knoll Surveys | Englewood, CO", "• Staked out lots.",
      "Carpentry Apprentice | 2009 – 2011 | Pueblo Joinery Works", "• Formwork."), (0, 2, 3, 5),
     [("Project Engineer", "2016", 1), ("Field Intern", "2015-06", 0), ("Surveyor's Assistant", None, 1),
      ("Carpentry Apprentice", "2009", 1)]),
    # "Title, Employer ⇥ dates" rows, the last job undated after bullets
    (("Design Engineer, Kestrel Pumps\t2010 – 2015", "• Designed pumps.", "CAD Technician, Ashby Mills\t2007 – 2010",
      "• Drew.", "Volunteer Mentor, Dayton Robot League", "• Coach a team."), (0, 2, 4),
     [("Design Engineer", "2010", 1), ("CAD Technician", "2007", 1), ("Volunteer Mentor", None, 1)]),
    # not in the look of the dated header (plain under bold): a sub-heading of the job above
    (("Design Engineer, Kestrel Pumps\t2010 – 2015", "• Designed pumps.",
      "Project Lead, Pump Redesign", "• Led it.", "CAD Technician, Ashby Mills\t2007 – 2010", "• Drew."), (0, 4),
     [("Design Engineer", "2010", 2), ("CAD Technician", "2007", 1)]),
])
def test_an_undated_job_in_the_look_of_its_dated_siblings_is_an_entry(rows, bold, expected):
    got, _ = read_experience(section("experience", *rows, bold=bold))
    assert [(e.title, e.start, len(e.highlights)) for e in got] == expected


@pytest.mark.parametrize("rows, expected", [
    # an employer label before a colon names the employer, not a "Company: Title" pair
    (["Company: Harwick Services\t2019 – 2021", "Support Analyst", "• Reset accounts for the floor"],
     [("Harwick Services", "Support Analyst", "2019", "2021")]),
    (["Orrin Foods, Analyst\t2019 – 2020", "Organisation: Kelham Trust\t2020 – 2022", "Night Supervisor"],
     [("Orrin Foods", "Analyst", "2019", "2020"), ("Kelham Trust", "Night Supervisor", "2020", "2022")]),
    # the label alone over an attribute line: the employer, no role
    (["Dispatch Lead", "Orrin Freight -", "June 2016 to Present", "• Ran the night desk for the depot",
      "Company: Harwick Services", "Client: Kelham Energy"],
     [("Orrin Freight", "Dispatch Lead", "2016-06", None), ("Harwick Services", None, None, None)]),
    # the labelled employer over its details, then the role: one entry, the details its summary's start
    (["Company: Harwick Services", "Client: Kelham Energy", "", "Desktop Support Analyst", "• Rebuilt laptops",
      "Company: Orrin Infotech", "Client: Dunmore Mills", "", "Service Desk Associate"],
     [("Harwick Services", "Desktop Support Analyst", None, None), ("Orrin Infotech", "Service Desk Associate", None, None)]),
    # a role that names its own employer keeps it
    (["Company: Harwick Services", "Client: Kelham Energy", "", "Analyst, Orrin Foods Ltd"],
     [("Harwick Services", None, None, None), ("Orrin Foods Ltd", "Analyst", None, None)]),
    # "A: B" without an employer label stays a company and its role
    (["Harwick Services: Support Analyst\t2019 – 2021"], [("Harwick Services", "Support Analyst", "2019", "2021")]),
])
def test_an_employer_label_names_the_employer(rows, expected):
    got = [(e.company, e.title, e.start, e.end) for e in _entries(section("experience", *rows))]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("Company: Harwick Services", "Harwick Services"), ("Organisation : Kelham Trust", "Kelham Trust"),
    ("Arbeitgeber: Orrin GmbH", "Orrin GmbH"), ("Position: Support Analyst", None), ("Harwick: Analyst", None),
])
def test_employer_labelled(text, expected):
    from resumekit.fields.phrases import employer_labelled
    assert employer_labelled(text) == expected


@pytest.mark.parametrize("rows, expected", [
    # an Indian job-board project block's labels are details of the job, no entries of their own
    (["Support Engineer", "Varga Systems - Pune, Maharashtra -", "June 2019 to Present",
      "Scope: Billing platform support for telecom clients", "Phase: Support", "Roles and Responsibilities:",
      "• Handled escalated tickets", "Role and Responsibilities:", "• Wrote the runbooks"],
     [("Varga Systems", "Support Engineer", "2019-06", None)]),
    (["Test Engineer", "Orrin Infotech -", "May 2016 to May 2019", "Project Description",
      "A ledger for the mills' offices, kept in one database.", "Roles & Responsibilities:", "• Wrote the test plans"],
     [("Orrin Infotech", "Test Engineer", "2016-05", "2019-05")]),
])
def test_project_block_labels_are_details(rows, expected):
    got = [(e.company, e.title, e.start, e.end) for e in _entries(section("experience", *rows))]
    assert got == expected


@pytest.mark.parametrize("rows, expected", [
    # the employer's line over a labelled role made of words no title list holds
    (["Corbel & Stone\t2015 – 2019", "Role: Senior Estimator", "• Priced tenders"],
     [("Corbel & Stone", "Senior Estimator", None)]),
    (["Mirelle Fabrics\t2012 – 2015", "Position held: Lead Cutter", "Cut the season's patterns by hand."],
     [("Mirelle Fabrics", "Lead Cutter", "Cut the season's patterns by hand.")]),
    (["Quillon Yard\t2010 – 2012", "Job role: Rigger", "Team size: 6"],
     [("Quillon Yard", "Rigger", "Team size: 6")]),
    # a header that named its role keeps it: the labelled line stays a detail of the body
    (["Harwick Services\t2019 – 2021", "Support Analyst", "Role: first line for the mills' offices"],
     [("Harwick Services", "Support Analyst", "Role: first line for the mills' offices")]),
    # a sentence after the label is no role
    (["Tollgate Bank\t2016 – 2019", "Role: I looked after the branch's tills and opened the doors each day."],
     [("Tollgate Bank", None, "Role: I looked after the branch's tills and opened the doors each day.")]),
    # no label, no role: nothing invented
    (["Orrin Kilns\t2008 – 2010", "Fired the kilns."], [("Orrin Kilns", None, "Fired the kilns.")]),
])
def test_a_labelled_role_under_the_employer(rows, expected):
    got = [(e.company, e.title, e.summary) for e in _entries(section("experience", *rows))]
    assert got == expected


@pytest.mark.parametrize("rows, expected", [
    # a role and its town apart by a space only, before the region (a flattened text's lost gap)
    (["Orrin Packaging\tAugust 2007 – March 2009", "Print Apprentice Dayton, Ohio"],
     [("Orrin Packaging", "Print Apprentice", "Dayton, Ohio")]),
    (["Kelso Freight\t2014 – 2016", "Warehouse Supervisor Leeds, England"],
     [("Kelso Freight", "Warehouse Supervisor", "Leeds, England")]),
    # the town with its comma stays as it was
    (["Orrin Packaging\t2007 – 2009", "Print Apprentice, Dayton, Ohio"],
     [("Orrin Packaging", "Print Apprentice", "Dayton, Ohio")]),
    # words before the town that name an organisation, not a role: no town is moved
    (["Press Operator\t2009 – 2014", "Harwick Label Company Dayton, Ohio"],
     [("Harwick Label Company Dayton", "Press Operator", "Ohio")]),
    # a last word no table knows as a town: nothing invented
    (["Orrin Packaging\t2007 – 2009", "Print Apprentice Quellmar, Ohio"],
     [("Orrin Packaging", "Print Apprentice Quellmar", "Ohio")]),
])
def test_a_town_glued_to_the_role(rows, expected):
    got = [(e.company, e.title, e.location) for e in _entries(section("experience", *rows))]
    assert got == expected


@pytest.mark.parametrize("rows, expected", [
    # the European CV's rows of labels, as its French form words them (vocab/fr.toml title_labels)
    (["Dates\tmars 2016 – juin 2019", "Fonction ou poste occupé\tCheffe de rayon",
      "Nom et adresse de l’employeur\tÉpiceries Ormelle SARL"],
     [("Épiceries Ormelle SARL", "Cheffe de rayon", "2016-03", "2019-06")]),
])
def test_the_european_cv_s_labelled_rows_in_french(rows, expected):
    got = [(e.company, e.title, e.start, e.end) for e in _entries(section("experience", *rows))]
    assert got == expected
