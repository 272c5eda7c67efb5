import pytest

from resumekit.document import Box, Line, Link, Run, Style
from resumekit.fields.credentials import read_certifications, read_publications
from resumekit.fields.languages import read_languages
from resumekit.fields.lists import (is_level, languages_in, read_interests, read_skills, skills_sentence, split_items,
                                    spoken_language)

from .helpers import lines


@pytest.mark.parametrize("text, items", [
    ("Python, Go, SQL", ["Python", "Go", "SQL"]),
    ("AWS (EC2, S3, SageMaker); Docker", ["AWS (EC2, S3, SageMaker)", "Docker"]),
    ("Java • Kotlin • Scala", ["Java", "Kotlin", "Scala"]),
    ("CI/CD, TCP/IP", ["CI/CD", "TCP/IP"]),                        # slashes inside words stay
    ("Design / Research", ["Design", "Research"]),                 # a spaced slash separates
    ("Java, Python, and JavaScript.", ["Java", "Python", "JavaScript"]),
    ("C++ | C# | F#", ["C++", "C#", "F#"]),
    (".NET, ASP.NET Core, Vue.js.", [".NET", "ASP.NET Core", "Vue.js"]),     # a leading dot is part of the name
    ("Kiln firing ●●●●○ Glazing ●●●○○", ["Kiln firing", "Glazing"]),     # a row of rating glyphs ends an item
    ("Throwing ★★★★☆, Raku ★★☆☆☆", ["Throwing", "Raku"]),
    ("Wheel ● Kiln ● Glaze", ["Wheel", "Kiln", "Glaze"]),                # one "●" separates
    # a number's thousands are no separator; a comma and a space before three digits is
    ("Kept a kiln budget of $120,000 within two per cent.", ["Kept a kiln budget of $120,000 within two per cent"]),
    ("Fired 1,250 pots, 300 tiles", ["Fired 1,250 pots", "300 tiles"]),
    # a spaced tilde separates; one glued to a number is an approximation
    ("Kiln Scheduling ~ Glaze Chemistry ~ Just-in-Time Firing (JIT)", ["Kiln Scheduling", "Glaze Chemistry",
                                                                    "Just-in-Time Firing (JIT)"]),
    ("Raku (~5 years), Glazing", ["Raku (~5 years)", "Glazing"]),
    # a spaced slash between two numbers joins a product's versions; between names it separates
    ("Kilnware 6.5 / 6.7 / 7.0, Glazix", ["Kilnware 6.5 / 6.7 / 7.0", "Glazix"]),
    ("Chartly Server 2005 / 2008 / Ropey", ["Chartly Server 2005 / 2008", "Ropey"]),
])
def test_split_items(text, items):
    assert split_items(text) == items


def test_skills_with_categories():
    got = read_skills(lines("Languages: Python, Go (Advanced), SQL", "Frameworks & Tools: Django, React",
                            "Cloud", "AWS, GCP", bold=(2,)))
    assert [(s.name, s.category) for s in got] == [
        ("Python", "Languages"), ("Go", "Languages"), ("SQL", "Languages"),
        ("Django", "Frameworks & Tools"), ("React", "Frameworks & Tools"), ("AWS", "Cloud"), ("GCP", "Cloud")]


def test_skill_sentences_are_not_skills():
    assert read_skills(lines("I am passionate about building reliable and scalable systems at scale")) == []


@pytest.mark.parametrize("row, expected", [
    ("German (fluent, C1)", [("German", "fluent, C1")]),
    ("Spanish – native", [("Spanish", "native")]),
    ("English: C2, French: B1", [("English", "C2"), ("French", "B1")]),
    ("English (native), German (B2)", [("English", "native"), ("German", "B2")]),
    ("Native: English, Spanish", [("English", "Native"), ("Spanish", "Native")]),
    # a row of rating glyphs is the level, as written
    ("Welsh ★★★★☆", [("Welsh", "★★★★☆")]),
    ("Breton ●●○○○", [("Breton", "●●○○○")]),
])
def test_languages(row, expected):
    langs, skills = read_languages(lines(row))
    assert [(l.name, l.proficiency) for l in langs] == expected and skills == []


def test_programming_languages_section_is_skills():
    langs, skills = read_languages(lines("Python, JavaScript, Rust"))
    assert langs == [] and [s.name for s in skills] == ["Python", "JavaScript", "Rust"]


@pytest.mark.parametrize("name, ok", [("English", True), ("Englsh", True), ("Python", False), ("Go", False)])
def test_spoken_language(name, ok):
    assert spoken_language(name) is ok


def test_certifications_and_interests():
    certs = read_certifications(lines("• AWS Certified Solutions Architect – Associate (2023)",
                                      "• Certified Kubernetes Administrator\tCNCF\t2022"))
    assert [(c.name, c.issuer, c.date) for c in certs] == [
        ("AWS Certified Solutions Architect – Associate", None, "2023"), ("Certified Kubernetes Administrator", "CNCF", "2022")]
    assert read_interests(lines("Hobbies: chess, bouldering, baking")) == ["chess", "bouldering", "baking"]


@pytest.mark.parametrize("item, expected", [
    ("English (C2 Proficient)", [("English", "C2 Proficient")]),
    ("Bilingual (English & Spanish)", [("English", "Bilingual"), ("Spanish", "Bilingual")]),
    ("Languages (English, Kiswahili)", [("English", None), ("Kiswahili", None)]),
    ("Greek (beginner) and Latin", [("Greek", "beginner"), ("Latin", None)]),
    ("Spanish", [("Spanish", None)]),
    ("Python (Django, Flask)", []),
    ("Java", []),
    ("Communication (English, written)", []),
])
def test_languages_in(item, expected):
    assert [(l.name, l.proficiency) for l in languages_in(item)] == expected


def test_skill_groups_after_dashes_and_status_notes():
    got = read_skills(lines("Programming Languages - Commercial: C#, Kotlin, SQL - Other: Scala, Haskell",
                            "Cloud & Data - SQL Server, Oracle - AWS (Lambda, DynamoDB)",
                            "React (in progress), Python - advanced, HTML and CSS, Research and Development"))
    assert [(s.name, s.category) for s in got] == [
        ("C#", "Commercial"), ("Kotlin", "Commercial"), ("SQL", "Commercial"), ("Scala", "Other"), ("Haskell", "Other"),
        ("SQL Server", "Cloud & Data"), ("Oracle", "Cloud & Data"), ("AWS (Lambda, DynamoDB)", "Cloud & Data"),
        ("React", None), ("Python", None), ("HTML", None), ("CSS", None), ("Research and Development", None)]


@pytest.mark.parametrize("row, expected", [
    ("Go: basic", [("Go", None)]),                                    # a skill and its level, not a category
    ("Python: ★★★★☆", [("Python", None)]),                             # a rating
    ("Английский - Upper-Intermediate (B2)", [("Английский", None)]),  # a hyphenated level after a spaced dash
    ("Front-end, Scikit-learn", [("Front-end", None), ("Scikit-learn", None)]),
    (".NET (Advanced), Go.", [(".NET", None), ("Go", None)]),         # a leading dot is the name's; a full stop is not
])
def test_skill_levels(row, expected):
    assert [(s.name, s.category) for s in read_skills(lines(row))] == expected


def test_bold_skills_with_descriptions():
    got = read_skills(lines("Quick learner", "Ability to learn new things quickly", "Good communication",
                            "Ability to communicate in an efficient way", "Tools", "Git, Docker", bold=(0, 2, 4)))
    assert [(s.name, s.category) for s in got] == [("Quick learner", None), ("Good communication", None),
                                                  ("Git", "Tools"), ("Docker", "Tools")]


def _styled(*rows):
    """Lines from (text, size, bold) rows."""
    return tuple(Line(text=t, index=i, style=Style(size=size, bold=bold), origin="test") for i, (t, size, bold) in enumerate(rows))


@pytest.mark.parametrize("text, level", [
    ("Beginner", True), ("Native speaker", True), ("(Intermediate)", True), ("Upper-Intermediate", True),
    ("★★★☆☆", True), ("4/5", True), ("3+ yrs", True),
    ("SOLID", False),            # a proficiency word, but a skill the table knows
    ("Kiln firing", False), ("Master of Puppets", False),
])
def test_is_level(text, level):
    assert is_level(text) is level


def test_grid_of_names_over_levels():
    got = read_skills(_styled(("Kiln firing\tGlaze chemistry\tThrowing", 11, True), ("Beginner\tBeginner\tMaster", 10, False),
                              ("Raku\tSlip casting", 11, True), ("Intermediate\tAdvanced", 10, False)))
    assert [s.name for s in got] == ["Kiln firing", "Glaze chemistry", "Throwing", "Raku", "Slip casting"]


@pytest.mark.parametrize("rows, expected", [
    # group names over their levels over the groups' items, in a smaller type: the names are categories
    ((("Glazing\tFiring", 10, False), ("Advanced\tAdvanced", 10, False), ("Celadon\tShino\tRaku\tAnagama", 9, False)),
     [("Celadon", None), ("Shino", None), ("Raku", None), ("Anagama", None)]),
    ((("Studio", 10, False), ("Expert", 10, False), ("Wedging\tKiln loading", 9, False)),
     [("Wedging", "Studio"), ("Kiln loading", "Studio")]),
    # a level row is never the start of an item cut at the line's end ("Advanced" / "SQL")
    ((("Kilns", 10, False), ("Advanced", 10, False), ("SQL\tGlazeBase", 9, False)), [("SQL", "Kilns"), ("GlazeBase", "Kilns")]),
    # names over levels in the type of the line under them: skills with their levels, the line under them too
    ((("Glazing", 10, False), ("Advanced", 10, False), ("Raku", 10, False)), [("Glazing", None), ("Raku", None)]),
    # a row of short cells in a larger type over a row of as many cells: the columns' categories
    ((("Lab\tComputing", 10, False), ("Titration\tFortran", 7.5, False)), [("Titration", "Lab"), ("Fortran", "Computing")]),
    ((("Lab\tComputing", 10, False), ("Titration\tFortran", 9.5, False)),
     [("Lab", None), ("Computing", None), ("Titration", None), ("Fortran", None)]),
])
def test_group_names_over_levels_and_larger_heads(rows, expected):
    assert [(s.name, s.category) for s in read_skills(_styled(*rows))] == expected


@pytest.mark.parametrize("rows, bold, expected", [
    # names in bold over drawn bars, nothing else under them: skills, not categories of nothing
    (("Glazing", "Throwing", "• mira.kiln@example.com"), (0, 1), [("Glazing", None), ("Throwing", None)]),
    (("Glazing",), (0,), [("Glazing", None)]),
    # a category with items keeps its place; only those after the last item are bare names
    (("Studio", "Wedging, Raku", "Firing", "• mira.kiln@example.com"), (0, 2),
     [("Wedging", "Studio"), ("Raku", "Studio"), ("Firing", None)]),
    (("Personal", "Soft", "Patience, Care"), (0, 1), [("Patience", "Soft"), ("Care", "Soft")]),
    # a label ending in a colon over nothing names no skill, unless it holds a level: a group with no keywords
    (("Wedging, Raku", "Kilns:"), (), [("Wedging", None), ("Raku", None)]),
    (("Kilns (Advanced): Raku, Anagama", "Glaze safety (Intermediate):"), (),
     [("Raku", "Kilns (Advanced)"), ("Anagama", "Kilns (Advanced)"), ("Glaze safety", None)]),
    (("Kilns (Advanced):", "Raku, Anagama"), (), [("Raku", "Kilns (Advanced)"), ("Anagama", "Kilns (Advanced)")]),
])
def test_categories_over_nothing_are_skills(rows, bold, expected):
    assert [(s.name, s.category) for s in read_skills(lines(*rows, bold=bold))] == expected


def test_grid_of_languages_over_levels():
    langs, _ = read_languages(_styled(("Welsh\tBreton\tBasque", 11, True), ("Native\tConversational\tBeginner", 10, False)))
    assert [(l.name, l.proficiency) for l in langs] == [("Welsh", "Native"), ("Breton", "Conversational"),
                                                        ("Basque", "Beginner")]


def test_name_over_its_level():
    langs, _ = read_languages(_styled(("Welsh", 10, True), ("Native", 10, False), ("Breton", 10, True), ("B2", 10, False)))
    assert [(l.name, l.proficiency) for l in langs] == [("Welsh", "Native"), ("Breton", "B2")]


def test_linkedin_levels_under_their_names():
    """LinkedIn's five levels, each on the line under its language, all plain."""
    rows = ("Breton", "Native or bilingual proficiency", "Welsh", "Full professional proficiency", "Basque",
            "Professional working proficiency", "Italian", "Limited working proficiency", "Spanish", "Elementary proficiency")
    langs, _ = read_languages(lines(*rows))
    assert [(l.name, l.proficiency) for l in langs] == list(zip(rows[::2], rows[1::2]))


@pytest.mark.parametrize("row, expected", [
    ("Italian Native", [("Italian", "Native")]),
    ("English Full professional proficiency", [("English", "Full professional proficiency")]),   # four words
    ("Polish mother tongue", [("Polish", "mother tongue")]),
    ("Russian A2", [("Russian", "A2")]),
    ("Deutsch (Muttersprache)", [("Deutsch", "Muttersprache")]),
    ("Español (Nativo), Inglés (Intermedio (B2))", [("Español", "Nativo"), ("Inglés", "Intermedio (B2)")]),  # nested
    ("Welsh (fluent) & Breton (basic)", [("Welsh", "fluent"), ("Breton", "basic")]),
    ("Italiano e Rumeno Madrelingua", [("Italiano", None), ("Rumeno", "Madrelingua")]),   # joined by "e"
    ("Fluent in English and Spanish", [("English", "Fluent"), ("Spanish", None)]),         # the level first
    ("Czech as native language", [("Czech", "as native language")]),
    ("■ Polish (native)", [("Polish", "native")]),                                          # a bullet glyph left in
    ("English Literature and Creative Writing", []),                                        # no level: not a language
    ("Galego Inglés Portugués\tNativo", [("Galego", None), ("Inglés", None), ("Portugués", None)]),  # names side by side
    ("Mandarin Chinese (native)", [("Mandarin Chinese", "native")]),                        # one language
    ("粤语：流利", [("粤语", "流利")]),                                                      # a full-width colon
    ("日本語：ネイティブ", [("日本語", "ネイティブ")]),
    ("Українська – рідна", [("Українська", "рідна")]),                                      # uk.toml's names
])
def test_languages_with_levels(row, expected):
    langs, skills = read_languages(lines(row))
    assert [(l.name, l.proficiency) for l in langs] == expected and (skills == []) is bool(expected)


def test_category_lines_over_items():
    got = read_skills(_styled(
        ("Pottery", 10.5, True), ("Kiln firing\tGlazing", 9.4, True),     # bold over bold, in larger type
        ("STUDIO & SHOP", 9, False), ("Bookkeeping, Stock taking", 9, False),  # capitals over mixed case
        ("SQL", 9, False), ("Python", 9, False)))                         # an acronym is no category
    assert [(s.name, s.category) for s in got] == [
        ("Kiln firing", "Pottery"), ("Glazing", "Pottery"), ("Bookkeeping", "STUDIO & SHOP"),
        ("Stock taking", "STUDIO & SHOP"), ("SQL", "STUDIO & SHOP"), ("Python", "STUDIO & SHOP")]


def test_grid_of_categories_over_columns():
    got = read_skills(_styled(("Operations\tSystems", 11, True), ("Route planning\tLedgerly WMS", 10, False),
                              ("Stock control\tCrateOS", 10, False)))
    assert [(s.name, s.category) for s in got] == [
        ("Route planning", "Operations"), ("Stock control", "Operations"), ("Ledgerly WMS", "Systems"),
        ("CrateOS", "Systems")]  # (column by column: a category's items together)
    got = read_skills(_styled(("Languages:\tTools:", 11, False), ("Python, Go\tGit, Make", 10, False)))
    assert [(s.name, s.category) for s in got] == [
        ("Python", "Languages"), ("Go", "Languages"), ("Git", "Tools"), ("Make", "Tools")]


def test_levels_addresses_and_spoken_languages_are_not_skills():
    got = read_skills(lines("Kiln firing, Upper-Intermediate, (Intermediate), 3+ yrs", "hello@glaze.example.org",
                            "Welsh: C1 (exam 2019)"))
    assert [s.name for s in got] == ["Kiln firing", "Welsh"]


def test_interests_with_a_label_in_each_cell():
    assert read_interests(lines("Skills: Chess · Go\tSkills: Baking")) == ["Chess", "Go", "Baking"]


def test_languages_listed_at_the_end_of_a_header_line():
    import resumekit
    text = ("Nia Fairweather\nnia@kiln.example.org  +44 20 7946 0991  English, Welsh, Breton\n\nSKILLS\nKiln firing\n\n"
            "EDUCATION\nMA Ceramics, University of Wales, 2018\n")
    c = resumekit.parse(text.encode(), format="text")
    assert [l.name for l in c.languages] == ["English", "Welsh", "Breton"]


def test_lines_that_add_to_a_certificate_are_read_into_it():
    rows = _styled(("First Aid at Work", 12, True), ("Issued by Harbour Red Cross", 10, False), ("Mar 2024", 10, False),
                   ("Forklift Licence", 12, True), ("Certification # K7Q2M9", 10, False))
    got = read_certifications(rows)
    assert [(c.name, c.issuer, c.date) for c in got] == [("First Aid at Work", "Harbour Red Cross", "2024-03"),
                                                        ("Forklift Licence", None, None)]


def test_a_linked_word_under_a_certificate_is_its_url():
    rows = (Line(text="Open Data Basics; May 2021", index=0),
            Line(text="Certificate", index=1, links=(Link(url="https://certs.example.org/42"),)))
    assert [(c.name, c.url) for c in read_certifications(rows)] == [("Open Data Basics", "https://certs.example.org/42")]


def test_bullets_under_a_certificate_describe_it():
    got = read_certifications(lines("Advanced Glazing Techniques (2022)", "• Studied ash glazes and reduction firing",
                                    "• Fired 40 test tiles", "Kiln Safety Card (2021)"))
    assert [c.name for c in got] == ["Advanced Glazing Techniques", "Kiln Safety Card"]
    got = read_certifications(lines("Ceramics:", "• Advanced Glazing Techniques", "• Kiln Safety Card"))
    assert [c.name for c in got] == ["Advanced Glazing Techniques", "Kiln Safety Card"]   # a label over bullets


def test_a_wrapped_bullet_is_one_certificate():
    """Bullets each in a block of their own, wrapped onto a plain line: the plain line is the rest
    of the name, and the bullets after it are certificates, not its description."""
    rows = (Line(text="Tanker Endorsement (Hazmat,", index=0, block=1, bullet=True),
            Line(text="Doubles)", index=1, block=1),
            Line(text="Fictional Welding Institute", index=2, block=2, bullet=True),
            Line(text="Graduate", index=3, block=2),
            Line(text="Rope Access Level 1", index=4, block=3, bullet=True),
            Line(text="Issued by Harbour Rope Guild", index=5, block=3),
            Line(text="Confined Space Entry", index=6, block=4, bullet=True))
    got = read_certifications(rows)
    assert [(c.name, c.issuer) for c in got] == [("Tanker Endorsement (Hazmat, Doubles)", None),
                                                ("Fictional Welding Institute Graduate", None),
                                                ("Rope Access Level 1", "Harbour Rope Guild"),
                                                ("Confined Space Entry", None)]


def test_a_sentence_is_not_a_certificate():
    got = read_certifications(lines("Built a small kiln monitor that logged the firing curve every minute.",
                                    "Kiln Safety Card, Clayworks Guild, 2021."))
    assert [c.name for c in got] == ["Kiln Safety Card, Clayworks Guild"]


@pytest.mark.parametrize("row, runs, expected", [
    # a bold name run, then the issuer in plain type
    ("Kiln Safety Training Clayworks Guild\tNov 2021", (Run("Kiln Safety Training", bold=True), Run(" Clayworks Guild\tNov 2021")),
     ("Kiln Safety Training", "Clayworks Guild")),
    # a school before the dash is the issuer
    ("Open University – Data Ethics (Verified)", (), ("Data Ethics (Verified)", "Open University")),
    ("Harbour Academy – Online — Data Ethics", (), ("Data Ethics", "Harbour Academy – Online")),
    # not clear which side is which: one name
    ("Cloud Architect – Associate", (), ("Cloud Architect – Associate", None)),
    # an organisation on either side of the dash; a job title is a certificate's name
    ("Northwind Relief Organization – Data Protection Basics", (), ("Data Protection Basics", "Northwind Relief Organization")),
    ("Data Protection Basics – Northwind Open University", (), ("Data Protection Basics", "Northwind Open University")),
    ("KMP – Kiln Management Project", (), ("KMP – Kiln Management Project", None)),   # an acronym and its words
    # a bracket that only says when it was certified
    ("Rope Rescue Training (certified in 2016)", (), ("Rope Rescue Training", None)),
    # a note in brackets after a bold name is part of the name, not its issuer
    ("Glaze Chemistry (Workshop)", (Run("Glaze Chemistry", bold=True), Run(" (Workshop)")), ("Glaze Chemistry (Workshop)", None)),
    ("Harbour Certified Solutions Architect – Associate", (), ("Harbour Certified Solutions Architect – Associate", None)),
    # a bold issuer ending in a comma, its place, then the name after a dash
    ("Harbour Guild, Online- Kiln Safety Basics", (Run("Harbour Guild,", bold=True), Run(" Online-"), Run(" Kiln Safety Basics", italic=True)),
     ("Kiln Safety Basics", "Harbour Guild, Online")),
    # the side whose head word names an organisation is the issuer; a brand before a course's words names none
    ("Kilnforge Data Analytics – Claywise, 2021", (), ("Kilnforge Data Analytics", "Claywise")),
    ("Harbour Academy – Data Ethics, 2021", (), ("Data Ethics", "Harbour Academy")),
    ("Google Glaze Analytics – Claywise, 2021", (), ("Google Glaze Analytics", "Claywise")),
    ("Google Cloud – Professional Kiln Engineer, 2021", (), ("Professional Kiln Engineer", "Google Cloud")),
    # the side that opens with a certificate word is the name; the other, when it may issue, the issuer
    ("Certyfikat Google Glazewise – Kiln Polska, 2021", (), ("Certyfikat Google Glazewise", "Kiln Polska")),
    ("Kiln Polska – Certified Glaze Technician", (), ("Certified Glaze Technician", "Kiln Polska")),
    ("Certified Kiln Welder – pipe", (), ("Certified Kiln Welder – pipe", None)),   # (no capital: no issuer)
])
def test_certificate_name_and_issuer(row, runs, expected):
    got = read_certifications((Line(text=row, runs=runs),))
    assert [(c.name, c.issuer) for c in got] == [expected]


def test_one_item_per_line_is_not_a_wrapped_sentence():
    rows = ["Glazewise", "iKiln", "Clayworks Studio", "Analytics: Tableau, Power BI;", "Statistics: SPSS and Stata",
            "Développement", "d’applications web"]
    pdf = tuple(Line(text=t, index=i, box=Box(50, 12 * i, 150, 12 * i + 9), origin="pdf") for i, t in enumerate(rows))
    got = read_skills(pdf)
    assert [(s.name, s.category) for s in got] == [
        ("Glazewise", None), ("iKiln", None), ("Clayworks Studio", None), ("Tableau", "Analytics"),
        ("Power BI", "Analytics"), ("SPSS", "Statistics"), ("Stata", "Statistics"), ("Développement d’applications web", None)]


@pytest.mark.parametrize("item, name", [
    ("Python (frequently used)", "Python"),                                   # a note on a known skill
    ("SQL (extensively used in the past; used occasionally when needed)", "SQL"),
    ("Python (pandas, numpy)", "Python (pandas, numpy)"),                     # a group of skills stays whole
    ("Glazewise (used daily)", "Glazewise (used daily)"),                     # not a skill the table knows: kept
])
def test_notes_in_brackets(item, name):
    assert [s.name for s in read_skills(lines(item))] == [name]


def test_labelled_lines_of_another_kind_inside_a_section():
    import resumekit
    text = ("Nia Fairweather\nnia@example.org\n\nPROFILE\nCeramicist and glaze chemist with nine years of studio practice.\n"
            "• Programming Languages: Python, R\n\nSKILLS\nThrowing, glazing\nCertifications: Kiln Safety Card, Raku Firing\n")
    c = resumekit.parse(text.encode(), format="text")
    assert [s.name for s in c.skills] == ["Python", "R", "Throwing", "glazing"]
    assert [x.name for x in c.certifications] == ["Kiln Safety Card", "Raku Firing"]
    assert "Programming" not in c.summary


@pytest.mark.parametrize("row, names", [
    ("Experienced with Python and SQL, and comfortable in Tableau", ["Python", "SQL", "Tableau"]),   # prose
    ("熟悉 Linux，有 Git、Docker", ["Linux", "Git", "Docker"]),                                       # prose in CJK
    ("Microsoft Power BI, Google Cloud Platform", ["Microsoft Power BI", "Google Cloud Platform"]),  # names of their own
    ("PHP 5 y 7, Prototyping and Wireframing", ["PHP 5 y 7", "Prototyping and Wireframing"]),
    ("multi-threaded kernel version of C", ["multi-threaded kernel version of C"]),                 # a short name inside
    ("R (tidyverse, survival)", ["R (tidyverse, survival)"]),                                       # a group stays whole
])
def test_tools_named_inside_words(row, names):
    assert [s.name for s in read_skills(lines(row))] == names


def test_a_category_over_a_category_and_fillers():
    got = read_skills(lines("Personal", "Soft", "Patience, kiln watching, etc.", "Travel (abroad – Peru, Chile)",
                            bold=(0, 1)))
    assert [(s.name, s.category) for s in got] == [("Patience", "Soft"), ("kiln watching", "Soft"),
                                                  ("Travel (abroad – Peru, Chile)", "Soft")]


def test_a_languages_section_naming_tools_beside_languages():
    langs, skills = read_languages(lines("Welsh (native), English (fluent)", "Programming: Python, Go"))
    assert [l.name for l in langs] == ["Welsh", "English"] and [(s.name, s.category) for s in skills] == [
        ("Python", "Programming"), ("Go", "Programming")]


@pytest.mark.parametrize("row, names", [
    ("Tracking: Jira and Confluence", ["Jira", "Confluence"]),        # two tools the table knows
    ("Office: Excel and Word", ["Excel", "Word"]),
    ("Teamwork and Leadership", ["Teamwork and Leadership"]),               # soft skills: one item as written
    ("Kiln and Wheel", ["Kiln and Wheel"]),                                  # words the table does not know
])
def test_two_tools_joined_by_and(row, names):
    assert [s.name for s in read_skills(lines(row))] == names


@pytest.mark.parametrize("text, expected", [
    ("The programming languages include Zig, Nim and Crystal.", (0, "Programming languages", "Zig, Nim and Crystal")),
    ("Surveyor at sea. My skills include: chart reading, knots.", (17, "Skills", "chart reading, knots")),
    ("Areas of expertise include:", (0, "Areas of expertise", "")),
    ("Die Kenntnisse umfassen Zig und Nim.", (0, "Kenntnisse", "Zig und Nim")),
    ("Os frameworks incluem .NET e Nuxt.", (0, "Frameworks", ".NET e Nuxt")),
    ("Basic skills in", (0, "Skills", "")),
    ("Proven expertise in mentoring crews.", None),                # a preposition with running text after it
    ("The crew includes five sailors.", None),                     # no skills heading before the verb
    ("I have skills in knots.", None),
    ("Skills: Zig, Nim", None),                                    # a label, not a sentence
    ("Our ship has many skilled sailors and includes a galley.", None),
])
def test_skills_sentence(text, expected):
    assert skills_sentence(text) == expected



@pytest.mark.parametrize("rows, expected", [
    # a category row with a level cell: the category is the name, the items below split on spaced dashes
    ([("Kiln Work\tExpert", 10, True), ("Glazing - Throwing - Raku", 9, False),
      ("Testing / QA\tAdv.", 10, True), ("Zigtest - Nimcheck", 9, False)],
     [("Glazing", "Kiln Work"), ("Throwing", "Kiln Work"), ("Raku", "Kiln Work"),
      ("Zigtest", "Testing / QA"), ("Nimcheck", "Testing / QA")]),
    # a bold category over a row of cells: the cells are items, not a sentence describing it
    ([("KILN WORK, NIVEL INTERMEDIO", 10, True), ("Raku\tPit firing\tSaggar Kiln Loading\tSalt Glaze", 10, False)],
     [("Raku", "KILN WORK"), ("Pit firing", "KILN WORK"), ("Saggar Kiln Loading", "KILN WORK"), ("Salt Glaze", "KILN WORK")]),
    # a level after a dash, a language and its level, a description after a dash: no separators
    ([("Python - advanced", 9, False), ("Kiln firing - raku glazes", 9, False), ("English - Native", 9, False)],
     [("Python", None), ("Kiln firing - raku glazes", None), ("English", None)]),
])
def test_level_cells_and_dashed_items(rows, expected):
    assert [(s.name, s.category) for s in read_skills(_styled(*rows))] == expected


@pytest.mark.parametrize("text", ["Adv.", "Expert", "(Interm.)", "(Professional)"])
def test_abbreviated_levels(text):
    assert is_level(text)


@pytest.mark.parametrize("rows, expected", [
    # a contact line in a list: a cell holding a phone number
    (("Glazing\tRaku", "(555) 123-4567\tSeaport, ME\tBoat Licence"), ["Glazing", "Raku"]),
    # an entry that strayed into a list, and the plain lines under it
    (("Glazing, Raku", "Kiln Operator Fenwick Pottery, Seaport, June 2019 – May 2021",
      "• Fired 300 kilns a year, cutting fuel use by 10%.", "Tools", "Kilnlog, Chartly"),
     ["Glazing", "Raku", "Kilnlog", "Chartly"]),
    # a skill with its years stays
    (("Raku (2019 – 2021), Glazing",), ["Raku (2019 – 2021)", "Glazing"]),
])
def test_strayed_lines_are_no_skills(rows, expected):
    assert [s.name for s in read_skills(lines(*rows, bold=(len(rows) - 2,) if len(rows) > 3 else ()))] == expected


@pytest.mark.parametrize("rows, expected", [
    # a product's versions joined by slashes that go on, or that run backwards, are no date range
    (("Platforms : Kilnware NT 2001/2004/XP, Tidebox and Glazix", "Tools : Chartly, Ropey and Kilnlog"),
     ["Kilnware NT 2001/2004/XP", "Tidebox and Glazix", "Chartly", "Ropey and Kilnlog"]),
    (("Kilnlog Suite Server 2002 / 2006 / 2009, Chartly, Ropey, Tidebox", "Glazix"),
     ["Kilnlog Suite Server 2002 / 2006 / 2009", "Chartly", "Ropey", "Tidebox", "Glazix"]),
    (("Kiln Centre Orchestrator 2018 /2014 R2/2014, Chartly, Ropey", "Glazix"),
     ["Kiln Centre Orchestrator 2018 /2014 R2/2014", "Chartly", "Ropey", "Glazix"]),
    # a period written with a slash is a range: the entry and the lines under it stay out
    (("Glazing, Raku", "Kiln Operator at Fenwick Pottery in Seaport, 2019/2021", "Fired 300 kilns a year"),
     ["Glazing", "Raku"]),
])
def test_version_years_are_no_entry_dates(rows, expected):
    assert [s.name for s in read_skills(lines(*rows))] == expected


@pytest.mark.parametrize("rows, expected", [
    # a job board's entry (title / employer - town / period) that strayed into a list, and its lines
    (("Glazing, Raku", "Kiln Operator", "Fenwick Pottery - Seaport, Maine -", "June 2019 to May 2021",
      "Fired 300 kilns a year", "Tools: Kilnlog, Chartly"), ["Glazing", "Raku", "Kilnlog", "Chartly"]),
    (("Senior Glazer", "Harbour Clay Studio -", "March 2016 to Present"), []),
    # a month alone is no skill, but no period: the line above stays
    (("Glazing", "Nov 2011"), ["Glazing"]),
    # a list (wrapped onto the next line) is no entry's title
    (("Glazing, Raku,", "Kilnlog", "Jan 2020 – Mar 2021"), ["Glazing", "Raku", "Kilnlog"]),
    (("Glazing, Raku", "Jan 2020 – Mar 2021"), ["Glazing", "Raku"]),
    # one item a line running into the period: a list whose entry lost its head, the items stay
    (("Patience", "Kiln safety", "Glaze mixing", "Wheel throwing", "June 2019 - Present", "Fired kilns daily."),
     ["Patience", "Kiln safety", "Glaze mixing", "Wheel throwing"]),
])
def test_a_period_alone_ends_an_entry_in_a_list(rows, expected):
    assert [s.name for s in read_skills(lines(*rows))] == expected


def test_row_of_skills_headings_is_a_grid_header():
    got = read_skills(lines("Tools\tSoftware", "Kilnlog\tChartly", "Tidebook\tRopeCAD"))
    assert [(s.name, s.category) for s in got] == [
        ("Kilnlog", "Tools"), ("Tidebook", "Tools"), ("Chartly", "Software"), ("RopeCAD", "Software")]


def test_a_letter_glyph_is_no_skill():
    assert [s.name for s in read_skills(lines("o\tKilnlog", "o\tR"))] == ["Kilnlog", "R"]


@pytest.mark.parametrize("row, names", [
    ("Lenses (Wide Angle, Macro, Telephoto, Prime, Zoom)", ["Lenses (Wide Angle, Macro, Telephoto, Prime, Zoom)"]),
    ("Sailing (spent five years crossing the northern seas in small boats)", []),   # a sentence in brackets
])
def test_bracketed_list_of_names_is_no_sentence(row, names):
    assert [s.name for s in read_skills(lines(row))] == names


@pytest.mark.parametrize("text, expected", [
    ("Kiln Safety Officer (Potters' Guild of Wessex, 2021)", ("Kiln Safety Officer", "Potters' Guild of Wessex", "2021")),
    ("Glaze Chemistry II (Fictional Ceramics Society, 03/2020)", ("Glaze Chemistry II", "Fictional Ceramics Society",
                                                                  "2020-03")),
    ("Raku Firing · Harbour Clay Studio · 2022", ("Raku Firing", "Harbour Clay Studio", "2022")),
    ("First Aid at Work (Level 2)", ("First Aid at Work (Level 2)", None, None)),   # no date: a note, no issuer
    ("Forklift Licence (2019)", ("Forklift Licence", None, "2019")),
    # a comma before an organisation, after a certificate word: the issuer
    ("Raku Firing Certificate, Harbour Clay Studio (2020)", ("Raku Firing Certificate", "Harbour Clay Studio", "2020")),
    ("Certificate in Glazing, Level 3", ("Certificate in Glazing, Level 3", None, None)),   # no organisation
    # an expiry word goes with its date, which is not the date the certificate was issued
    ("Certified Welder (Fictional Code 4.2) — expires 2026", ("Certified Welder (Fictional Code 4.2)", None, None)),
    # an expiry after the certificate's date, in any language of the vocabulary, is no part of the issuer
    ("Kiln Safety – Harbour Guild, 2023 (valide jusqu'en 2025)", ("Kiln Safety", "Harbour Guild", "2023")),
    ("Kiln Safety – Harbour Guild, 2023, gültig bis 2025", ("Kiln Safety", "Harbour Guild", "2023")),
    # a licence number between the issuer and an expiry
    ("Registered Potter (RP) - Harbour Board of Potters, License #RP-004412, expires 06/2027",
     ("Registered Potter (RP)", "Harbour Board of Potters", None)),   # the expiry's date is not the certificate's
    # a date closing the line after a comma: the side after the dash, or the middle comma part, is the issuer
    ("Kiln Safety+ — KilnTIA, marzo 2022", ("Kiln Safety+", "KilnTIA", "2022-03")),
    ("Blue Belt Glazing — Harbour Certification, 2021", ("Blue Belt Glazing", "Harbour Certification", "2021")),
    ("Oven-instructeur, Noordelijke Bakkers Raad, 2021", ("Oven-instructeur", "Noordelijke Bakkers Raad", "2021")),
    ("Advanced Kiln Support, 2019", ("Advanced Kiln Support", None, "2019")),
    # ... unless that side is a level, a certificate word or one word after a comma
    ("Kiln Certified Solutions Architect – Associate, 2022", ("Kiln Certified Solutions Architect – Associate", None, "2022")),
    ("Certificate in Glazing, Level 3, 2020", ("Certificate in Glazing, Level 3", None, "2020")),
    ("Kiln Safety – Certificate, 2020", ("Kiln Safety – Certificate", None, "2020")),
    ("First Aid, CPR, 2019", ("First Aid, CPR", None, "2019")),
    # one word after a comma: an acronym after a name holding a certificate word, not the name's initials
    ("Raku Firing Certificate, HKB, 2017", ("Raku Firing Certificate", "HKB", "2017")),
    ("Kurs szkliwienia ceramiki, PTC, 2017", ("Kurs szkliwienia ceramiki", "PTC", "2017")),
    ("Raku Firing Safety Certificate, RFSC, 2017", ("Raku Firing Safety Certificate, RFSC", None, "2017")),
    ("Kiln Certificate, Online, 2017", ("Kiln Certificate, Online", None, "2017")),
    # one word that surely names an organisation: a known one, a web domain, the brand the name opens with
    ("Associate Kiln Developer, Google, 2020", ("Associate Kiln Developer", "Google", "2020")),
    ("Kiln Master I, Kiln.org, 2020", ("Kiln Master I", "Kiln.org", "2020")),
    ("Kilnware Certified Professional: Glaze, Kilnware, 2021", ("Kilnware Certified Professional: Glaze", "Kilnware",
                                                                "2021")),
    ("Kiln Master, Glazeroo, 2022", ("Kiln Master, Glazeroo", None, "2022")),   # an unknown word: not sure
    ("03/2020\tKiln Master I, Kiln.org", ("Kiln Master I", "Kiln.org", "2020-03")),   # the date in a left column
    ("Kiln Master I, Kiln.org", ("Kiln Master I, Kiln.org", None, None)),   # no date closes it: one name
    # a driving licence is one name, its class no issuer ("Ehliyet ⇥ : B": cells of a label column)
    ("Ehliyet\t: B", ("Ehliyet: B", None, None)),
    ("Rijbewijs B, C1", ("Rijbewijs B, C1", None, None)),
    # a name ending in its level: the side after the dash is the issuer; a level after a code names no organisation
    ("KILN2 Foundation — HARBOURX", ("KILN2 Foundation", "HARBOURX", None)),
    ("GLAZE 4 Foundation – Harbour Kiln Board", ("GLAZE 4 Foundation", "Harbour Kiln Board", None)),
    ("The Kiln Foundation – Raku Basics", ("Raku Basics", "The Kiln Foundation", None)),
    # a last word saying it was passed or obtained is no part of the name
    ("2019年6月 陶芸検定二級 合格", ("陶芸検定二級", None, "2019-06")),
    ("2020.05 도예기능사 취득", ("도예기능사", None, "2020-05")),
    ("合格", ("合格", None, None)),                                   # nothing left: kept
])
def test_a_certificate_issuer_in_brackets_or_between_dots(text, expected):
    """"Name (Issuer, 2021)": a bracket that ends in a date holds the issuer; " · " parts split like
    " | " parts."""
    got = read_certifications(lines(text))
    assert [(c.name, c.issuer, c.date) for c in got] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a credential ID or a licence number is no part of the name or the issuer, wherever it stands
    ("Kiln Certified Operator – Associate, Harbour Kiln Board, 2023 (ID HKB-004417)",
     ("Kiln Certified Operator – Associate", "Harbour Kiln Board", "2023")),
    ("Glaze Chemistry Certificate — Harbour Guild — 2022 (Credential ID GC-000417)",
     ("Glaze Chemistry Certificate", "Harbour Guild", "2022")),
    ("Raku Firing Practitioner – ID RFP-00417 – 2018", ("Raku Firing Practitioner", None, "2018")),
    ("Kiln Safety — Harbour Potters Guild — KSG #000417 — 2020", ("Kiln Safety", "Harbour Potters Guild", "2020")),
    ("P.Pot., Potters Guild Ontario (PGO), Licence No. 100000417, 2019",
     ("P.Pot.", "Potters Guild Ontario (PGO)", "2019")),   # an issuer spelled out before its acronym
    # an expiry closes the line as a date does; its date is not the certificate's
    ("Basic Kiln Support (BKS), Harbour Heart Association, exp. 2026",
     ("Basic Kiln Support (BKS)", "Harbour Heart Association", None)),
    ("KMP® — KMI — exp. 2027", ("KMP®", "KMI", None)),
    ("Kiln Management Professional (KMP), Kiln Management Institute, 2021 - exp. 2027",
     ("Kiln Management Professional (KMP)", "Kiln Management Institute", "2021")),
    # a date after a dash closes the line too; a name spelled out before its acronym is a certificate's
    ("Paediatric Kiln Support (PKS) – HKA – 2025", ("Paediatric Kiln Support (PKS)", "HKA", "2025")),
    ("Trauma Glazing Core Course (TGCC), GNA, 2023", ("Trauma Glazing Core Course (TGCC)", "GNA", "2023")),
    # a level in the bracket before the date is no issuer
    ("Certificat de Poterie (niveau Expert, 2020)", ("Certificat de Poterie (niveau Expert)", None, "2020")),
])
def test_a_certificates_id_expiry_and_acronym_are_no_part_of_its_name(text, expected):
    got = read_certifications(lines("• " + text))
    assert [(c.name, c.issuer, c.date) for c in got] == [expected]


def test_a_certificate_row_that_ends_in_its_credential_id_is_a_certificate():
    """"Name ⇥ Issuer ⇥ Issued Mar 2022 · Credential ID X" (a LinkedIn-style list) is a certificate
    of its own; an ID with at most a label before it adds to the certificate above."""
    rows = lines("Kiln Safety Officer\tPotters' Guild\tIssued Mar 2022 · Credential ID PG-00KS12",
                 "Raku Firing: Associate\tHarbour Clay Studio\tIssued Nov 2021 · Credential ID HC-00RF77",
                 "Glaze Chemistry II (2020)", "License No. GC-004512")
    assert [(c.name, c.issuer, c.date) for c in read_certifications(rows)] == [
        ("Kiln Safety Officer", "Potters' Guild", "2022-03"), ("Raku Firing: Associate", "Harbour Clay Studio", "2021-11"),
        ("Glaze Chemistry II", None, "2020")]


@pytest.mark.parametrize("rows, expected", [
    # LinkedIn's three lines: the short line between a name and its "Issued" line is the issuer
    (["Kiln Safety Officer", "Potters' Guild", "Issued Mar 2022 · Credential ID PG-00KS12", "Raku Firing",
      "Harbour Clay Studio", "Issued Nov 2021"],
     [("Kiln Safety Officer", "Potters' Guild", "2022-03"), ("Raku Firing", "Harbour Clay Studio", "2021-11")]),
    (["Kiln Safety Officer", "Potters' Guild", "Issued Mar 2022 · Expires Mar 2025", "Credential ID PG-00KS12"],
     [("Kiln Safety Officer", "Potters' Guild", "2022-03")]),
    # not every "Issued" line after two plain lines: nothing is joined
    (["Kiln Safety Officer", "Raku Firing", "Issued Nov 2021", "Glaze Basics", "Issued Nov 2020"],
     [("Kiln Safety Officer", None, None), ("Raku Firing", None, "2021-11"), ("Glaze Basics", None, "2020-11")]),
    # "Issued by" names the issuer itself
    (["Kiln Safety Officer", "Raku Firing", "Issued by Harbour Clay Studio"],
     [("Kiln Safety Officer", None, None), ("Raku Firing", "Harbour Clay Studio", None)]),
])
def test_an_issuer_line_between_a_certificate_and_its_issued_line(rows, expected):
    assert [(c.name, c.issuer, c.date) for c in read_certifications(lines(*rows))] == expected


@pytest.mark.parametrize("rows, expected", [
    # Credly's second line "Issuer · Issued Mar 2023 · Expires …" gives the name above its issuer and date
    (["Certified Kiln Operator", "Potters' Guild · Issued Mar 2023 · Expires Mar 2026", "Credential ID PG-0000-KO"],
     [("Certified Kiln Operator", "Potters' Guild", "2023-03")]),
    (["Certified Kiln Operator", "Harbour Clay Studio (HCS) · Issued Nov 2022"],
     [("Certified Kiln Operator", "Harbour Clay Studio (HCS)", "2022-11")]),
    # without "Issued" the second line is a certificate of its own
    (["Certified Kiln Operator", "Raku Firing · Potters' Guild · 2022"],
     [("Certified Kiln Operator", None, None), ("Raku Firing", "Potters' Guild", "2022")]),
    # "Name – Issuer (Mon YYYY)": a bracket holding only a date closes the line as "…, 2020" would
    (["Glazing, Firing and Kiln Safety – NPTEL (Oct 2020)", "Raku Basics – Coursera (Jun 2019)"],
     [("Glazing, Firing and Kiln Safety", "NPTEL", "2020-10"), ("Raku Basics", "Coursera", "2019-06")]),
    # "Title: Subtitle" names a course, no organisation, whatever word ends it ("… with Software")
    (["Kiln Programming: Solving Problems with Software – Coursera (Jun 2019)"],
     [("Kiln Programming: Solving Problems with Software", "Coursera", "2019-06")]),
])
def test_certificate_lines_round11(rows, expected):
    assert [(c.name, c.issuer, c.date) for c in read_certifications(lines(*rows))] == expected


@pytest.mark.parametrize("rows, expected", [
    # two lines of one table row, the dated one over an undated one: one certificate (a job board's course)
    ([("Harbour School of Ceramics\t2021", 0), ("Glaze chemistry for studio potters", 0)],
     [("Glaze chemistry for studio potters", "Harbour School of Ceramics", "2021")]),
    ([("Raku Firing Course\t2020", 0), ("Harbour Clay Studio", 0)],
     [("Raku Firing Course", "Harbour Clay Studio", "2020")]),
    # rows of their own stay certificates of their own
    ([("Raku Firing Course\t2020", 0), ("Glaze Basics\t2019", 1)],
     [("Raku Firing Course", None, "2020"), ("Glaze Basics", None, "2019")]),
])
def test_two_lines_of_one_table_row_are_one_certificate(rows, expected):
    got = read_certifications([Line(t, index=n, block=b, origin="docx:table") for n, (t, b) in enumerate(rows)])
    assert [(c.name, c.issuer, c.date) for c in got] == expected


def test_the_header_row_of_a_certificate_table_is_no_certificate():
    rows = lines("Certificate\tAwarded by\tDate", "Kiln Safety Officer\tPotters' Guild\t06/2020",
                 "Raku Firing\tHarbour Clay Studio\t2022")
    assert [(c.name, c.issuer) for c in read_certifications(rows)] == [
        ("Kiln Safety Officer", "Potters' Guild"), ("Raku Firing", "Harbour Clay Studio")]
    rows = lines("Kiln Safety Officer\tPotters' Guild\t06/2020", "Raku Firing\tHarbour Clay Studio\t2022")
    assert len(read_certifications(rows)) == 2  # no header: the first row stays



@pytest.mark.parametrize("rows, expected", [
    # the Europass language rows: a level, or the section's name, labels the languages
    (("Mother tongue(s)\tWelsh", "Other language(s)\tBreton (B1), Irish (A2)"),
     [("Welsh", "Mother tongue(s)"), ("Breton", "B1"), ("Irish", "A2")]),
    (("Muttersprache\tDeutsch", "Fremdsprachen: Englisch (C1)"), [("Deutsch", "Muttersprache"), ("Englisch", "C1")]),
    (("Madrelingua: Italiano", "Altre lingue: Inglese (B2)"), [("Italiano", "Madrelingua"), ("Inglese", "B2")]),
])
def test_languages_under_a_level_or_section_label(rows, expected):
    langs, skills = read_languages(lines(*rows))
    assert [(l.name, l.proficiency) for l in langs] == expected and skills == []


@pytest.mark.parametrize("rows, expected", [
    # the Europass self-assessment grid: a language and its five levels, the most common (a tie: the higher)
    (("Listening\tReading\tSpoken interaction\tSpoken production\tWriting", "Breton\tC1\tC1\tB2\tB2\tC1",
      "Welsh\tA2\tA2\tA1\tA1\tA1"), [("Breton", "C1"), ("Welsh", "A1")]),
    (("Basque\tB1\tB2\tB2\tB1",), [("Basque", "B2")]),
    # a row whose other cells are not all levels is read as before
    (("Breton\tKernow College\t2019",), [("Breton", None)]),
])
def test_a_language_over_a_row_of_levels(rows, expected):
    langs, _ = read_languages(lines(*rows))
    assert [(l.name, l.proficiency) for l in langs] == expected


@pytest.mark.parametrize("rows, expected", [
    # a label column whose values open with the colon ("İngilizce ⇥ : Okuma İleri"): the level without it
    (("İngilizce\t: Okuma İleri, Yazma Orta", "Breton\t：fluent"), [("İngilizce", "Okuma İleri, Yazma Orta"),
                                                                  ("Breton", "fluent")]),
    (("Welsh\tnative",), [("Welsh", "native")]),
])
def test_a_language_cell_beside_its_level(rows, expected):
    langs, _ = read_languages(lines(*rows))
    assert [(l.name, l.proficiency) for l in langs] == expected


@pytest.mark.parametrize("row, names", [
    ("Other languages\tBreton (B2), Welsh (A2)", ["Breton (B2)", "Welsh (A2)"]),  # Europass row: levels kept
    ("Tools: Kiln firing (advanced), Welsh (fluent)", ["Kiln firing", "Welsh (fluent)"]),  # a tool's level goes
    ("Breton, Welsh", ["Breton", "Welsh"]),                                         # no level: as before
])
def test_a_spoken_language_among_the_skills_keeps_its_level(row, names):
    got = read_skills(lines(row))
    assert [s.name for s in got] == names
    assert [(lang.name, lang.proficiency) for s in got for lang in languages_in(s.name)][-1][0] == "Welsh"


@pytest.mark.parametrize("row, expected", [
    # a colon glued inside a name is no "label: items" colon: between capitals, or after a list
    ("Kiln logging, glaze testing, KL:ORA, wheel throwing",
     [(None, "Kiln logging"), (None, "glaze testing"), (None, "KL:ORA"), (None, "wheel throwing")]),
    ("KL:ORA, Glazewise", [(None, "KL:ORA"), (None, "Glazewise")]),
    ("Standards: KL:ORA, Glazewise", [("Standards", "KL:ORA"), ("Standards", "Glazewise")]),
    # a label glued to its first item is still a label
    ("Tools:Glazewise, Kilnboard", [("Tools", "Glazewise"), ("Tools", "Kilnboard")]),
    ("Studio, kiln: Glazewise", [("Studio, kiln", "Glazewise")]),
])
def test_a_colon_inside_a_skill(row, expected):
    assert [(s.category, s.name) for s in read_skills(lines(row))] == expected


@pytest.mark.parametrize("rows, expected", [
    # the section's other lines show which side of the dash the issuer is on
    (["Harbour Academy – Data Ethics, 2021", "Tidewater – Rope Access Basics", "Kiln Guild – Glaze Chemistry"],
     [("Data Ethics", "Harbour Academy"), ("Rope Access Basics", "Tidewater"), ("Glaze Chemistry", "Kiln Guild")]),
    (["Data Ethics – Harbour Academy", "Rope Access Basics – Tidewater", "Glaze Chemistry – Kiln Guild"],
     [("Data Ethics", "Harbour Academy"), ("Rope Access Basics", "Tidewater"), ("Glaze Chemistry", "Kiln Guild")]),
    # a line alone is not its own pattern
    (["KMP – Kiln Management Project"], [("KMP – Kiln Management Project", None)]),
])
def test_certificate_issuer_side_from_the_section(rows, expected):
    got = read_certifications(tuple(Line(text=r) for r in rows))
    assert [(c.name, c.issuer) for c in got] == expected


@pytest.mark.parametrize("row, expected", [
    # labelled groups joined by semicolons: each label starts its group
    ("Advanced: Glazewise, kiln logging; Basic: Kilnboard", [("Advanced", "Glazewise"), ("Advanced", "kiln logging"),
                                                            ("Basic", "Kilnboard")]),
    ("Studio: Glazewise; Firing: Kilnboard, Raku", [("Studio", "Glazewise"), ("Firing", "Kilnboard"), ("Firing", "Raku")]),
    # one label: the semicolon separates items
    ("Studio: Glazewise; Kilnboard", [("Studio", "Glazewise"), ("Studio", "Kilnboard")]),
])
def test_labelled_groups_in_one_line(row, expected):
    assert [(s.category, s.name) for s in read_skills(lines(row))] == expected


@pytest.mark.parametrize("row, expected", [
    ("Native: Welsh; Conversational: Basque", [("Basque", "Conversational"), ("Welsh", "Native")]),
    ("Mother tongue: Welsh; Fluent: Basque, Breton", [("Basque", "Fluent"), ("Breton", "Fluent"), ("Welsh", "Mother tongue")]),
])
def test_level_labels_in_one_line(row, expected):
    langs, _ = read_languages(lines(row))
    assert sorted((l.name, l.proficiency) for l in langs) == expected


@pytest.mark.parametrize("rows, expected", [
    # a header row over rated skills names columns, not categories; a row of cells is never wrapped onto the next
    (["Skill\tYears\tLevel", "Glazewise\t7\tAdvanced", "Kiln Manager Pro\t3\tIntermedio", "Matlab\t2\tBase"],
     [(None, "Glazewise"), (None, "Kiln Manager Pro"), (None, "Matlab")]),
    # a header row over two columns of skills names their categories
    (["Glazing\tFiring", "Glazewise, Raku\tKilnboard"], [("Glazing", "Glazewise"), ("Glazing", "Raku"), ("Firing", "Kilnboard")]),
])
def test_a_table_of_skills_with_a_header_row(rows, expected):
    assert [(s.category, s.name) for s in read_skills(lines(*rows, bold=(0,)))] == expected


@pytest.mark.parametrize("origin, named", [
    # a header row its producer marked (a DOCX w:tblHeader), in the body's plain type: it names the columns, no skill
    ("docx:table:thead", False),
    # the same row unmarked and plain is a row of items like the others
    ("docx:table", True),
])
def test_a_marked_header_row_over_a_table_of_skills(origin, named):
    rows = list(lines("Area\tSkills", "Research\tInterviews, Card sorting", "Tools\tGlazewise"))
    rows[0] = rows[0].with_(origin=origin)
    names = [s.name for s in read_skills(rows)]
    assert ("Area" in names) is named and {"Interviews", "Card sorting", "Glazewise"} <= set(names)


@pytest.mark.parametrize("rows, titles", [
    # a numbered list: a wrapped line that starts with a volume or a capital continues the item above
    (("[J2] N. Quell and T. Harrow. Glazes without lead: a kiln", "study. Journal of Imaginary Ceramics,",
      "14(2):101–130, 2022.", "[J1] N. Quell. Firing with few logs. Fictional", "Pottery Review, 9:55–80, 2017."),
     ["[J2] N. Quell and T. Harrow. Glazes without lead: a kiln study. Journal of Imaginary Ceramics, 14(2):101–130, 2022.",
      "[J1] N. Quell. Firing with few logs. Fictional Pottery Review, 9:55–80, 2017."]),
    (("1. N. Quell. Slow firing in small kilns. Journal of Imaginary", "Ceramics, 3(1):1–9, 2019.",
      "2. N. Quell. Ash glazes. Kiln Letters, 2018."),
     ["1. N. Quell. Slow firing in small kilns. Journal of Imaginary Ceramics, 3(1):1–9, 2019.",
      "2. N. Quell. Ash glazes. Kiln Letters, 2018."]),
    # unnumbered items stay one a line
    (("N. Quell. Slow firing in small kilns. Kiln Letters, 2019.", "N. Quell. Ash glazes. Kiln Letters, 2018."),
     ["N. Quell. Slow firing in small kilns. Kiln Letters, 2019.", "N. Quell. Ash glazes. Kiln Letters, 2018."]),
])
def test_numbered_publications_keep_their_wrapped_lines(rows, titles):
    assert [p.title for p in read_publications(lines(*rows))] == titles


@pytest.mark.parametrize("row, expected", [
    # several languages with their levels, a spaced dash apart
    ("Anglais : courant (C1) — Espagnol : intermédiaire (B1)", [("Anglais", "courant (C1)"), ("Espagnol", "intermédiaire (B1)")]),
    ("Deutsch (Muttersprache) – Englisch (C1) – Polnisch (A2)",
     [("Deutsch", "Muttersprache"), ("Englisch", "C1"), ("Polnisch", "A2")]),
    # a dash before a level is no list of languages
    ("English – native speaker", [("English", "native speaker")]),
])
def test_languages_a_dash_apart(row, expected):
    langs, _ = read_languages(lines(row))
    assert [(l.name, l.proficiency) for l in langs] == expected


def test_a_certificate_s_dates_or_present_alone_under_it_are_its_date():
    certs = read_certifications(lines("Forklift Certification", "June 2021 to June 2024", "CPR Certification", "Present"))
    assert [c.name for c in certs] == ["Forklift Certification", "CPR Certification"]


def _pdf_lines(*rows):
    """Lines as a PDF gives them: one block, a box each, one under the other."""
    from resumekit.document import Box, Line
    return tuple(Line(text=t, index=n, block=0, box=Box(50, 100 + 14 * n, 50 + 6 * len(t), 110 + 14 * n), origin="pdf")
                 for n, t in enumerate(rows))


@pytest.mark.parametrize("rows, expected", [
    # a language entry in lower case (Polish) is no wrap of the line above
    (("angielski – B2", "niemiecki – podstawowy"), [("angielski", "B2"), ("niemiecki", "podstawowy")]),
    (("hiszpański: A2", "włoski (B1)"), [("hiszpański", "A2"), ("włoski", "B1")]),
    # a language's own name in lower case first ("isiZulu": the vocabulary's southern African names)
    (("English — native", "isiZulu — native", "French — B2"), [("English", "native"), ("isiZulu", "native"),
                                                              ("French", "B2")]),
])
def test_language_lines_in_lower_case_are_no_wraps(rows, expected):
    assert [(l.name, l.proficiency) for l in read_languages(_pdf_lines(*rows))[0]] == expected


@pytest.mark.parametrize("row, names", [
    # a sentence cut at its commas: a clause opening with a stop word is no skill, the tools it names are
    ("Fired a kiln of forty pots every week for the guild, from clay to glaze.", []),
    ("Rebuilt the studio's kiln controller over one winter, with Rust and Go.", ["Rust", "Go"]),
    # a list ending in a full stop, or a short first piece: items as before
    ("Glazing, raku firing, throwing.", ["Glazing", "raku firing", "throwing"]),
    ("Kiln repair, from small electric kilns to gas.", ["Kiln repair", "from small electric kilns to gas"]),
])
def test_the_clauses_of_a_sentence_are_no_skills(row, names):
    assert [s.name for s in read_skills(lines(row))] == names


@pytest.mark.parametrize("rows, expected", [
    # a language table of a test and its score: the level is the row's other cells, as printed
    (("Language\tTest\tScore", "English\tIELTS\t7.5", "Japanese\tJLPT\tN2"), [("English", "IELTS 7.5"),
                                                                             ("Japanese", "JLPT N2")]),
    (("English\tC1\tB2\tC1",), [("English", "C1 / B2 / C1")]),   # a grid of levels, as before
])
def test_a_language_row_of_a_test_and_its_score(rows, expected):
    assert [(l.name, l.proficiency) for l in read_languages(lines(*rows))[0]] == expected


def _at(rows):
    """PDF lines from (x, text) rows, 12 pt apart on one page, in one block."""
    return tuple(Line(text=text, index=n, origin="pdf", box=Box(x, 100 + 12 * n, x + 200, 109 + 12 * n))
                 for n, (x, text) in enumerate(rows))


@pytest.mark.parametrize("rows, skills", [
    # a label column's value wrapped under itself: a break without a comma is inside an item
    ([(50, "Software\tKilnware (very good), Glazebase Pro, Harbour"), (170, "Ledger Suite, Potbook (basic)")],
     ["Kilnware", "Glazebase Pro", "Harbour Ledger Suite", "Potbook"]),
    # a value ending in a comma goes on
    ([(50, "Tools\tKilnware, Glazebase Pro,"), (170, "Potbook")], ["Kilnware", "Glazebase Pro", "Potbook"]),
    # a line of one item under the value: no list of commas goes on, no wrap
    ([(50, "Software\tKilnware, Glazebase"), (170, "Potbook")], ["Kilnware", "Glazebase", "Potbook"]),
    # a line back at the label's start is a row of its own
    ([(50, "Tools\tKilnware, Glazebase"), (50, "Potbook, Wheelwright")], ["Kilnware", "Glazebase", "Potbook", "Wheelwright"]),
])
def test_a_label_columns_value_wrapped_under_itself_is_joined_back(rows, skills):
    assert [s.name for s in read_skills(_at(rows))] == skills


def test_a_languages_level_wrapped_onto_the_next_line_stays_with_it():
    rows = [(170, "Deutsch (Muttersprache), Englisch (fließend, C1), Französisch"), (170, "(Grundkenntnisse, A2)")]
    langs, _ = read_languages(_at(rows))
    assert [(l.name, l.proficiency) for l in langs] == [("Deutsch", "Muttersprache"), ("Englisch", "fließend, C1"),
                                                         ("Französisch", "Grundkenntnisse, A2")]


def test_a_certificate_wrapped_in_a_label_column_keeps_its_issuer():
    rows = [(50, "2021\tKiln Certified Associate – Glaze Chemistry with Kilnware 4,"), (170, "Harbour Kiln AG")]
    got = read_certifications(_at(rows))
    assert [(c.name, c.issuer, c.date) for c in got] == [
        ("Kiln Certified Associate – Glaze Chemistry with Kilnware 4", "Harbour Kiln AG", "2021")]


@pytest.mark.parametrize("rows, skills", [
    # known skills joined by a slash, in capitals, are a skill, not a category over the next lines
    (["HTML/CSS", "Typography", "Wheel throwing"], [(None, "HTML/CSS"), (None, "Typography"), (None, "Wheel throwing")]),
    (["GLAZE & KILN", "Typography", "Wheel throwing"], [("GLAZE & KILN", "Typography"), ("GLAZE & KILN", "Wheel throwing")]),
    # or joined by an ampersand (a skill bar's label): two skills, no category
    (["HTML & CSS", "Typography"], [(None, "HTML"), (None, "CSS"), (None, "Typography")]),
])
def test_known_skills_in_capitals_are_no_category(rows, skills):
    assert [(s.category, s.name) for s in read_skills(lines(*rows))] == skills


def test_a_bulleted_publications_plain_second_line_continues_it():
    got = read_publications(lines("• Kilnsworth, A. (2022). Glaze crawling in reduction firing.",
                                  "Journal of Studio Ceramics, 7(1), 12–29.",
                                  "• Kilnsworth, A. (2020). Wood ash glazes revisited. Pottery Quarterly, 3, 4–9."))
    assert [p.title for p in got] == [
        "Kilnsworth, A. (2022). Glaze crawling in reduction firing. Journal of Studio Ceramics, 7(1), 12–29.",
        "Kilnsworth, A. (2020). Wood ash glazes revisited. Pottery Quarterly, 3, 4–9."]


def test_a_line_of_a_date_and_a_number_is_no_certificate():
    got = read_certifications(lines("Kiln Safety\tHarbour Guild", "30 January 2023\t1"))
    assert [c.name for c in got] == ["Kiln Safety"]


@pytest.mark.parametrize("rows, skills", [
    # a note about references closing a list is no skill, in any case, after a comma too
    (["Glaze chemistry", "Wheel throwing", "References available on request."], ["Glaze chemistry", "Wheel throwing"]),
    (["Kiln repair", "Referees: happy to provide on request"], ["Kiln repair"]),
    (["Kiln repair", "REFERENCES, PORTFOLIO AND TRANSCRIPTS AVAILABLE UPON REQUEST."], ["Kiln repair"]),
    # a skill that opens with the word stays: two words, or a tool named after it
    (["Reference checks", "Kiln repair"], ["Reference checks", "Kiln repair"]),
    (["Reference management with Excel"], ["Excel"]),
])
def test_a_references_note_is_no_skill(rows, skills):
    assert [s.name for s in read_skills(lines(*rows))] == skills


@pytest.mark.parametrize("text, expected", [
    # "Issuer: Name (Year)": an organisation before the colon (its head word, a web domain, capitals)
    ("Harbour Academy: Glaze Chemistry Certificate (2022)", ("Glaze Chemistry Certificate", "Harbour Academy", "2022")),
    ("Kiln Foundation: Kiln Safety Officer (KSO), 2021", ("Kiln Safety Officer (KSO)", "Kiln Foundation", "2021")),
    ("Kilnware.org: Professional Glazer I (2020)", ("Professional Glazer I", "Kilnware.org", "2020")),
    ("KÜV Nordhafen: Brennmeister (2019)", ("Brennmeister", "KÜV Nordhafen", "2019")),
    # a certificate word, a heading phrase, a label or a course's title before the colon: one name
    ("Kilnware Certified: Glaze Associate (003), 2024", ("Kilnware Certified: Glaze Associate (003)", None, "2024")),
    ("Seminar: Glasuren im Holzbrand (3 Tage)", ("Seminar: Glasuren im Holzbrand (3 Tage)", None, None)),
    ("Training: Kiln Safety (2020)", ("Training: Kiln Safety", None, "2020")),
    ("Glaze Programming: Solving Crawling with Ash (2019)", ("Glaze Programming: Solving Crawling with Ash", None, "2019")),
    ("KILN: 7.5 (2020)", ("KILN: 7.5", None, "2020")),   # no letter after the colon: no name
    ("KILNX Online Course: Glaze Basics (Elite)", ("KILNX Online Course: Glaze Basics (Elite)", None, None)),
    ("Glazing Foundation: harbour learning", ("Glazing Foundation: harbour learning", None, None)),  # small letter
])
def test_an_issuer_before_a_colon(text, expected):
    [c] = read_certifications(lines(text))
    assert (c.name, c.issuer, c.date) == expected


@pytest.mark.parametrize("header, rows, expected", [
    # the header row names the issuer's column: first, between, or (as usual) after the name
    ("Issuer\tCertificate\tYear", ["Harbour Guild\tKiln Safety – Level 2\t2020", "Glaze Board\tRaku Firing\t2018"],
     [("Kiln Safety – Level 2", "Harbour Guild", "2020"), ("Raku Firing", "Glaze Board", "2018")]),
    ("Year\tAwarding body\tQualification", ["2021\tHarbour Guild\tWood Firing"],
     [("Wood Firing", "Harbour Guild", "2021")]),
    ("Certificate\tIssuer\tDate", ["Wood Firing\tHarbour Guild\t2021"], [("Wood Firing", "Harbour Guild", "2021")]),
])
def test_a_certificate_tables_issuer_column_named_by_its_header(header, rows, expected):
    got = read_certifications(lines(header, *rows))
    assert [(c.name, c.issuer, c.date) for c in got] == expected


@pytest.mark.parametrize("rows, langs, skills", [
    # a label that names no language over a list of languages: each item is read, the first too
    (("Spoken: Welsh (native), Breton (C1), Basque (A2)", "Programming: Go, Rust"),
     [("Welsh", "native"), ("Breton", "C1"), ("Basque", "A2")], ["Go", "Rust"]),
    (("Human: Welsh, Breton",), [("Welsh", None), ("Breton", None)], []),
    # a language as the label keeps its level; a list before a later colon is no label
    (("Welsh: native", "Breton: B2"), [("Welsh", "native"), ("Breton", "B2")], []),
    (("Welsh (native) · Breton (native) · Basque: C1 (Cambridge Advanced) · Irish: A2",),
     [("Welsh", "native"), ("Breton", "native"), ("Basque", "C1 (Cambridge Advanced)"), ("Irish", "A2")], []),
])
def test_a_label_over_a_row_of_languages(rows, langs, skills):
    got, tools = read_languages(lines(*rows))
    assert ([(x.name, x.proficiency) for x in got], [t.name for t in tools]) == (langs, skills)
@pytest.mark.parametrize("rows, expected", [
    # a line in capitals among the single items of a list with no category: an item
    ([("Demand planning", 10, False), ("SQL", 10, False), ("SAP MM", 10, False), ("Excel", 10, False)],
     [("Demand planning", None), ("SQL", None), ("SAP MM", None), ("Excel", None)]),
    # the same line at the top of the list, or after a category, names a category
    ([("CLOUD TOOLS", 10, False), ("Terraform", 10, False), ("Ansible", 10, False)],
     [("Terraform", "CLOUD TOOLS"), ("Ansible", "CLOUD TOOLS")]),
    ([("OFFICE TOOLS", 10, False), ("Excel", 10, False), ("CLOUD TOOLS", 10, False), ("Terraform", 10, False)],
     [("Excel", "OFFICE TOOLS"), ("Terraform", "CLOUD TOOLS")]),
])
def test_a_line_in_capitals_among_items_is_an_item(rows, expected):
    assert [(s.name, s.category) for s in read_skills(_styled(*rows))] == expected


@pytest.mark.parametrize("text, expected", [
    # several certificates on one line, each with its year in brackets: one each
    ("Site Safety Card (2019) • First Aid at Work (2020) • Kiln Operator (2021)",
     [("Site Safety Card", "2019"), ("First Aid at Work", "2020"), ("Kiln Operator", "2021")]),
    ("Site Safety Card (2019) | First Aid at Work (2020)", [("Site Safety Card", "2019"), ("First Aid at Work", "2020")]),
    ("Site Safety Card (2019); First Aid at Work (2020)", [("Site Safety Card", "2019"), ("First Aid at Work", "2020")]),
    # one part without its year: no list, one certificate and its issuer as before
    ("Site Safety Card (2019) • First Aid at Work", [("Site Safety Card", "2019")]),
])
def test_a_line_listing_certificates(text, expected):
    got = read_certifications(lines(text))
    assert [(c.name, c.date) for c in got] == expected



@pytest.mark.parametrize("rows, expected", [
    # a label before a colon set apart (French typography), five words and the colon: a category
    (("• Maîtrise des logiciels de cuisson :", "Kilnlog, Chartly"),
     [("Kilnlog", "Maîtrise des logiciels de cuisson"), ("Chartly", "Maîtrise des logiciels de cuisson")]),
    # the same label wrapped over two lines of its bullet
    (("• Maîtrise des logiciels", "de cuisson :", "Kilnlog, Chartly,", "Glazr"),
     [("Kilnlog", "Maîtrise des logiciels de cuisson"), ("Chartly", "Maîtrise des logiciels de cuisson"),
      ("Glazr", "Maîtrise des logiciels de cuisson")]),
    # a label of six words is a sentence's start, no category
    (("Outils que je maîtrise au quotidien aussi :", "Kilnlog"), [("Kilnlog", None)]),
])
def test_a_label_before_a_spaced_colon(rows, expected):
    assert [(s.name, s.category) for s in read_skills(lines(*rows))] == expected


@pytest.mark.parametrize("row, expected", [
    # a category before a bullet glyph, over a list of commas: the category of the items, no skill
    ("Programming • Zig, Nim, Crystal", [("Zig", "Programming"), ("Nim", "Programming"), ("Crystal", "Programming")]),
    ("Glaze Chemistry · Kilnlog, Chartly", [("Kilnlog", "Glaze Chemistry"), ("Chartly", "Glaze Chemistry")]),
    # spaced dashes in the list still part its items
    ("Kiln Software • Kilnlog, Firing - Chartly", [("Kilnlog", "Kiln Software"), ("Firing", "Kiln Software"),
                                                   ("Chartly", "Kiln Software")]),
    # a skills heading phrase before items parted by bullets: their category
    ("Software • Kilnlog • Chartly • Glazr", [("Kilnlog", "Software"), ("Chartly", "Software"), ("Glazr", "Software")]),
    # bullets only between the items, or a tool before the bullet: items
    ("Zig • Nim • Crystal", [("Zig", None), ("Nim", None), ("Crystal", None)]),
    ("Glaze Chemistry • Kilnlog • Chartly", [("Glaze Chemistry", None), ("Kilnlog", None), ("Chartly", None)]),
    ("Python • Django, Flask", [("Python", None), ("Django", None), ("Flask", None)]),
])
def test_a_category_before_a_bullet(row, expected):
    assert [(s.name, s.category) for s in read_skills(lines(row))] == expected


@pytest.mark.parametrize("row, names", [
    # the first piece of a sentence cut at its commas is too long to be a name: the tools it names
    ("Professional Experience in building kiln dashboards with Tableau, Excel, Figma.", ["Tableau", "Excel", "Figma"]),
    ("Very Good Knowledge Of Glaze Recipes Kept In Excel", ["Excel"]),
    # none named: nothing
    ("Professional Experience in building kiln dashboards for the studio, Kilnlog.", ["Kilnlog"]),
    # a name of six words or fewer stays an item as written
    ("Glaze Recipes Kept In Excel", ["Glaze Recipes Kept In Excel"]),
])
def test_the_tools_of_an_item_too_long_to_be_a_name(row, names):
    assert [s.name for s in read_skills(lines(row))] == names


def _marked(*rows):
    """Lines from (text, size, bold, bullet) rows."""
    return tuple(Line(text=t, index=i, bullet=b, style=Style(size=size, bold=bold), origin="test")
                 for i, (t, size, bold, b) in enumerate(rows))


@pytest.mark.parametrize("rows, got", [
    # a bold bulleted group name over its plain keywords without bullets: a category (crisp)
    ([("Glazing", 10, True, True), ("Celadon", 10, False, False), ("Raku firing", 10, False, False)],
     [("Celadon", "Glazing"), ("Raku firing", "Glazing")]),
    # bulleted items over bulleted items, or in one weight: items
    ([("Kilnlog", 10, True, True), ("Chartly", 10, True, True)], [("Kilnlog", None), ("Chartly", None)]),
    ([("Kilnlog", 10, False, True), ("Chartly", 10, False, False)], [("Kilnlog", None), ("Chartly", None)]),
    # "Group — Level" over a row of its items in its type: the group and its level (eloquent)
    ([("Wheelwork — Advanced", 11, True, False), ("Throwing\tTrimming\tPulling handles", 11, True, False),
      ("Firing — Intermediate", 11, True, False), ("Raku\tPit firing", 11, True, False)],
     [("Throwing", "Wheelwork"), ("Trimming", "Wheelwork"), ("Pulling handles", "Wheelwork"), ("Raku", "Firing"),
      ("Pit firing", "Firing")]),
    # a known tool with its level over more items, or a rated skill over a rated skill: skills with levels
    ([("Python — Advanced", 11, True, False), ("Go — Basic", 11, True, False)], [("Python", None), ("Go", None)]),
    ([("Python — Advanced", 11, True, False), ("Django\tFlask", 11, True, False)],
     [("Python", None), ("Django", None), ("Flask", None)]),
])
def test_a_group_name_set_over_its_keywords_is_their_category(rows, got):
    assert [(s.name, s.category) for s in read_skills(_marked(*rows))] == got


def _placed(text, *starts):
    """A line whose words start at ``starts`` (one word per cell's first word, as a PDF gives them)."""
    words = []
    for cell, x in zip(text.split("\t"), starts):
        words += [(w, Box(x + 30 * k, 0, x + 30 * k + 25, 10)) for k, w in enumerate(cell.split())]
    return Line(text=text, words=tuple(words), style=Style(size=10))


@pytest.mark.parametrize("rows, got", [
    # a grid of single names under its categories, read across: column by column; a short last row goes
    # under the column its cell starts in
    ([("Glazes:\tKilns:", 40, 200), ("Celadon\tKilnlog", 40, 200), ("Tenmoku\tFireDash", 40, 200), ("Shino", 40)],
     [("Celadon", "Glazes"), ("Tenmoku", "Glazes"), ("Shino", "Glazes"), ("Kilnlog", "Kilns"), ("FireDash", "Kilns")]),
    ([("Glazes:\tKilns:", 40, 200), ("Celadon\tKilnlog", 40, 200), ("FireDash", 200)],
     [("Celadon", "Glazes"), ("Kilnlog", "Kilns"), ("FireDash", "Kilns")]),
    # a table's rows of lists keep their order
    ([("Glazes:\tKilns:", 40, 200), ("Celadon, Shino\tKilnlog", 40, 200), ("Tenmoku, Raku\tFireDash", 40, 200)],
     [("Celadon", "Glazes"), ("Shino", "Glazes"), ("Kilnlog", "Kilns"), ("Tenmoku", "Glazes"), ("Raku", "Glazes"),
      ("FireDash", "Kilns")]),
])
def test_a_grid_of_names_is_read_by_column(rows, got):
    lines = tuple(_placed(r[0], *r[1:]).with_(index=i) for i, r in enumerate(rows))
    assert [(s.name, s.category) for s in read_skills(lines)] == got


@pytest.mark.parametrize("runs, got", [
    # a bold category run in before its items, no gap wide enough for a cell (Awesome-CV's \cvskill)
    ([("Glazes", True), (" Celadon, Shino, Tenmoku", False)], [("Celadon", "Glazes"), ("Shino", "Glazes"), ("Tenmoku", "Glazes")]),
    ([("Kiln software", True), (" Kilnlog, FireDash", False)], [("Kilnlog", "Kiln software"), ("FireDash", "Kiln software")]),
    # a bold tool before more of them is an item, and one item after it is no list: no category
    ([("Python", True), (" Django, Flask", False)], None),
    ([("Glazes", True), (" Celadon", False)], None),
    # groups after spaced dashes are read as groups
    ([("Clay", True), (" - Stoneware, Porcelain - Kilns: FireDash", False)],
     [("Stoneware", "Clay"), ("Porcelain", "Clay"), ("FireDash", "Kilns")]),
])
def test_a_bold_category_run_in_before_its_items(runs, got):
    line = Line(text="".join(t for t, _ in runs), runs=tuple(Run(text=t, bold=b) for t, b in runs), style=Style(size=10))
    skills = read_skills([line])
    assert [(s.name, s.category) for s in skills] == got if got else not any(s.category for s in skills)
