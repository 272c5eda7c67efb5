"""Canonical skill names: the data file is well-formed, and real spellings map to the right entry
(or to none: the table never guesses)."""
import tomllib
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resumekit.fields.canonical import CATEGORIES, canonical_skill, fold, skill_category, validate
from resumekit.fields.lists import read_skills

from .helpers import lines


def _data() -> dict:
    return tomllib.loads(resources.files("resumekit").joinpath("data/skills.toml").read_text(encoding="utf-8"))


def test_data_file_is_valid():
    assert validate(_data()) == []


def test_data_file_is_large_and_uses_every_category():
    data = _data()
    assert set(data) - {"matching"} == set(CATEGORIES)
    assert sum(len(t) for c, t in data.items() if c != "matching") >= 500


@pytest.mark.parametrize("table, problem", [
    ({"language": {"Java": ["JS"], "JavaScript": ["JS"]}},                   # one alias, two owners
     "'JS' (folded 'js') is claimed by 'Java' and 'JavaScript'"),
    ({"database": {"MySQL": [], "PostgreSQL": ["MySQL"]}},                   # an alias that is another name
     "'MySQL' (folded 'mysql') is claimed by 'MySQL' and 'PostgreSQL'"),
    ({"framework": {"Node.js": ["node js"]}},                                # folds like its own name
     "[framework] 'Node.js': 'node js' folds like another of its spellings; drop it"),
    ({"language": {"C#": []}, "tool": {"c #": []}},                          # the same key in two tables
     "'c #' (folded 'c#') is claimed by 'C#' and 'c #'"),
    ({"languages": {"Python": []}},                                          # a misspelt category
     "unknown category [languages]"),
    ({"tool": {"Git": "GitHub"}},                                            # aliases not a list
     "[tool] 'Git': aliases must be a list of strings"),
    ({"tool": {"Git": ["--"]}},                                              # a spelling with nothing to match
     "[tool] 'Git': '--' has no letters or digits"),
    ({"matching": {"trailing_words": ["soft skills"]}},                      # a phrase, not a word
     "[matching] trailing_words must be a list of single words"),
    ({"matching": {"trailing": ["skills"]}},                                 # a misspelt key
     "[matching] unknown keys ['trailing']"),
    ({"matching": ["skills"]},                                               # not a table
     "[matching] is not a table"),
])
def test_validator_catches_mistakes(table, problem):
    assert problem in validate(table)


def test_every_spelling_in_the_file_maps_to_its_entry():
    for cat, table in _data().items():
        if cat == "matching":
            continue
        for name, aliases in table.items():
            for spelling in (name, *aliases):
                assert canonical_skill(spelling) == name, spelling
            assert skill_category(name) == cat


@pytest.mark.parametrize("written, canonical", [
    # case, spacing and punctuation
    ("Python", "Python"),
    ("python", "Python"),
    ("JAVASCRIPT", "JavaScript"),
    ("node js", "Node.js"),
    ("NodeJS", "Node.js"),
    ("Node", "Node.js"),
    ("ReactJS", "React"),                        # a "js" ending
    ("React.js", "React"),
    ("Vue", "Vue.js"),
    ("Express.js", "Express"),
    ("scikit learn", "scikit-learn"),
    ("SciKit-Learn", "scikit-learn"),
    ("sklearn", "scikit-learn"),
    ("Github Actions", "GitHub Actions"),
    ("Travis-CI", "Travis CI"),
    ("GO-CD", "GoCD"),
    ("LATEX", "LaTeX"),
    ("Problem-solving", "Problem Solving"),
    ("Research & Development", None),            # not in the table: nothing invented
    ("Data Structures & Algorithms", "Data Structures and Algorithms"),  # "&" is "and"
    # aliases
    ("k8s", "Kubernetes"),
    ("K8S", "Kubernetes"),
    ("C Sharp", "C#"),
    ("csharp", "C#"),
    ("Golang", "Go"),
    ("Postgres", "PostgreSQL"),
    ("MSSQL", "Microsoft SQL Server"),
    ("Amazon Web Services", "AWS"),
    ("S3", "Amazon S3"),
    ("GCP", "Google Cloud"),
    ("Azure AD", "Microsoft Entra ID"),          # renamed products keep one name
    ("Excel", "Microsoft Excel"),
    ("MS Excel", "Microsoft Excel"),
    ("MS-Excel", "Microsoft Excel"),
    ("MS-office", "Microsoft Office"),
    ("Office 365", "Microsoft 365"),             # an alias wins over the version rule
    ("Photoshop", "Adobe Photoshop"),
    ("Amazon Web Services (AWS)", "AWS"),
    ("OOP", "Object-Oriented Programming"),
    ("TDD", "Test-Driven Development"),
    ("NET", ".NET"),                             # ".NET" after a list split took its dot
    ("D3", "D3.js"),
    # the C family and other short names stay apart
    ("C", "C"),
    ("C#", "C#"),
    ("C++", "C++"),
    ("c ++", "C++"),
    ("F#", "F#"),
    ("R", "R"),
    ("R Markdown", "R Markdown"),
    ("Go", "Go"),
    ("Java", "Java"),                            # never JavaScript
    ("SQL", "SQL"),                              # never MySQL
    ("React", "React"),                          # never React Native
    ("React Native", "React Native"),
    ("Angular", "Angular"),
    ("AngularJS", "AngularJS"),                  # a different framework from Angular
    ("Swing", "Swing"),                          # not a typo of Swift
    ("Preact", "Preact"),                        # not a typo of React
    # versions
    ("Python 3", "Python"),
    ("Python 3.10", "Python"),
    ("Python3", "Python"),
    ("Angular 12", "Angular"),
    ("Angular 2+", "Angular"),
    ("Laravel 8", "Laravel"),
    ("Laravel 8.x", "Laravel"),
    ("C++17", "C++"),
    ("C++ 11", "C++"),
    ("HTML5", "HTML"),
    ("CSS3", "CSS"),
    ("Windows Server 2019", "Windows Server"),
    ("SPSS 29", "SPSS"),
    ("Java SE 17", "Java"),
    # bracketed groups: the head
    ("Python (Django, Flask)", "Python"),
    ("AWS (EC2, S3, SageMaker)", "AWS"),
    ("Excel (Pivot, VLOOKUP)", "Microsoft Excel"),
    ("JavaScript(ES6+)", "JavaScript"),
    ("Object-Oriented Programming (OO)", "Object-Oriented Programming"),
    ("(Tableau, Python, Excel)", None),         # no head
    # decorations
    ("Leadership skills", "Leadership"),
    ("Communication Skills", "Communication"),
    ("Python-Kenntnisse", "Python"),
    ("Advanced Excel", "Microsoft Excel"),       # a level word before the name
    ("Strong SQL", "SQL"),
    ("Fluent UI", None),                         # a product, not fluent in UI design
    ("Conversational AI", None),
    ("Python ⋆ ⋆ ⋆", "Python"),                  # rating glyphs
    ("CDNs", "CDN"),                             # an acronym's plural
    ("LLMs", "Large Language Models"),
    ("Nets", None),                              # not an acronym: not .NET
    # typos of long names
    ("Pyhton", "Python"),                        # two letters swapped
    ("Javascipt", "JavaScript"),
    ("Kubernets", "Kubernetes"),
    ("Typescirpt", "TypeScript"),
    ("Dokcer", "Docker"),
    ("Postgressql", "PostgreSQL"),
    ("Microsoft Exel", "Microsoft Excel"),
    ("Account Receivable", "Accounts Receivable"),
    ("Pyhton 3", "Python"),
    # negatives: unknown, too short to guess, or two skills in one
    ("Pyton", None),                             # a letter dropped from a short name: too risky
    ("Flash", None),                             # one letter from Flask, but another product
    ("Networks", None),                          # one letter from NetworkX: changes need ten letters
    ("Javascrupt", "JavaScript"),                # ... which JavaScript has
    ("XServiceBus", None),                       # a letter in front: another product, not a typo
    ("Markdowns", "Markdown"),
    ("C++ (Professional) CMake", None),          # a bracket inside the name: two skills run together
    ("Jav", None),
    ("SQ", None),
    ("Javascrip", "JavaScript"),
    ("Jave", None),
    ("MySQL/PSQL", None),
    ("C/C++", None),
    ("HTML/CSS", None),
    ("psql", None),
    ("Data Analyst", None),                      # a job title, not Data Analysis
    ("Business Analyst", None),
    ("Web developer", None),
    ("Programmer of C++", None),
    ("Python 2 and 3", "Python"),                # both versions of one language
    ("D", None),
    ("Photoshop CS6", None),                     # a version word the rules do not know
    ("Ministry of Agriculture", None),
    ("編程語言", None),
    ("", None),
    ("   ", None),
    ("skills", None),
    ("etc", None),
])
def test_canonical_skill(written, canonical):
    assert canonical_skill(written) == canonical


@pytest.mark.parametrize("written, category", [
    ("Python 3", "language"),
    ("ReactJS", "framework"),
    ("Postgres", "database"),
    ("S3", "cloud"),
    ("k8s", "tool"),
    ("sklearn", "ml"),
    ("Figma", "design"),
    ("Excel", "office"),
    ("Scrum", "methodology"),
    ("Customer Services", "business"),
    ("Teamwork", "soft"),
    ("Linear Algebra", "field"),
    ("Basket weaving", None),
])
def test_skill_category(written, category):
    assert skill_category(written) == category


def test_fold():
    assert fold("Node.js") == fold("node js") == fold("NodeJS") == "nodejs"
    assert len({fold("C"), fold("C#"), fold("C++")}) == 3
    assert fold("Research and Development") == fold("Research & Development")


def test_read_skills_fills_canonical_beside_the_name_as_written():
    got = read_skills(lines("Languages: python3, Golang, Elm-ish", "Tools: k8s, Postgres"))
    assert [(s.name, s.canonical) for s in got] == [
        ("python3", "Python"), ("Golang", "Go"), ("Elm-ish", None), ("k8s", "Kubernetes"), ("Postgres", "PostgreSQL")]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=150))
def test_never_raises_and_answers_from_the_table(text):
    found = canonical_skill(text)
    assert found is None or canonical_skill(found) == found
    assert (skill_category(text) is None) == (found is None)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["Python", "JavaScript", "Kubernetes", "PostgreSQL", "Microsoft Excel"]),
       st.sampled_from(["", " ", "  ", "-", "."]), st.booleans())
def test_spacing_and_case_do_not_matter(name, sep, upper):
    written = name.replace(" ", sep or " ")
    written = written.upper() if upper else written.lower()
    assert canonical_skill(written) == name


@pytest.mark.parametrize("text, found", [
    ("Experienced with Python and SQL, and comfortable in Tableau", ["Python", "SQL", "Tableau"]),
    ("熟悉 Go/Rust/TypeScript", ["Go", "Rust", "TypeScript"]),            # after another script
    ("I used pandas with node.js and C++ daily.", ["pandas", "node.js", "C++"]),
    ("Built in R and C, then Go.", ["R", "C", "Go"]),
    ("Go to market with the R&D team", []),                             # a verb opening the sentence; R of R&D
    ("ready to go, strong communication and leadership", []),           # lower-case words; soft skills are not tools
    ("Kafka and Flink pipelines", ["Kafka", "Flink"]),
    ("I work mostly in Python and Rust", ["Python", "Rust"]),           # the pronoun "I" and a word: no iWork
    ("Kept the glaze book in iWork and Excel", ["iWork", "Excel"]),
])
def test_find_skills(text, found):
    from resumekit.fields.canonical import find_skills
    assert find_skills(text) == found


@pytest.mark.parametrize("text, found", [
    ("Ansible Jenkins AWS Docker", ["Ansible", "Jenkins", "AWS", "Docker"]),   # chips joined by spaces
    ("C++ C# JavaScript", ["C++", "C#", "JavaScript"]),
    ("Spring Boot Docker Kafka", ["Spring Boot", "Docker", "Kafka"]),         # the longest name first
    ("PHP - Go - Rust", ["PHP", "Go", "Rust"]),                               # spaced dashes between names
    ("Python Programming", []),                                               # fewer than three names: one name
    ("Docker - expert", []),                                                  # a name and its level
    ("Kiln Docker Kafka", []),                                                # a word no name covers
    ("Python (pandas, numpy)", []),                                           # a group
    ("Data analysis with Python", []),
    ("Docker Kafka", []),                                                     # two words: three names cannot fit
    ("Docker-Kafka-Go", []),                                                  # one word
])
def test_known_run(text, found):
    from resumekit.fields.canonical import known_run
    assert known_run(text) == found


def test_read_skills_splits_a_run_of_chips():
    got = read_skills(lines("Cloud & DevOps", "Ansible Jenkins AWS Kubernetes", bold=(0,)))
    assert [(s.name, s.category) for s in got] == [("Ansible", "Cloud & DevOps"), ("Jenkins", "Cloud & DevOps"),
                                                   ("AWS", "Cloud & DevOps"), ("Kubernetes", "Cloud & DevOps")]
