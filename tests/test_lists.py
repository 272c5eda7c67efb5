import pytest

from resumekit.fields.lists import (languages_in, read_certifications, read_interests, read_languages, read_skills,
                                    split_items,
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
])
def test_skill_levels(row, expected):
    assert [(s.name, s.category) for s in read_skills(lines(row))] == expected


def test_bold_skills_with_descriptions():
    got = read_skills(lines("Quick learner", "Ability to learn new things quickly", "Good communication",
                            "Ability to communicate in an efficient way", "Tools", "Git, Docker", bold=(0, 2, 4)))
    assert [(s.name, s.category) for s in got] == [("Quick learner", None), ("Good communication", None),
                                                  ("Git", "Tools"), ("Docker", "Tools")]
