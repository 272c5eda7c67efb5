import pytest

import resumekit

from resumekit import assemble, segment
from resumekit.document import Document, Link, Section
from resumekit.fields.projects import _is_address, _name_and_tech, project_blocks, read_projects

from .helpers import lines, section


def test_numbered_projects():
    sec = section("projects",
                  "1. Tidewatch: a tide-table app for kayakers.",
                  "Built with Kotlin and a small Go backend.",
                  "2. Distribution of library loans across the city",
                  "Dashboard Link",
                  "3. Parcelbot – a Telegram bot that tracks parcels")
    got = [(p.name, p.summary) for p in read_projects(sec)]
    assert [n for n, _ in got] == ["Tidewatch", "Distribution of library loans across the city", "Parcelbot"]
    assert got[0][1] == "a tide-table app for kayakers. Built with Kotlin and a small Go backend."


def test_project_headers_with_sporadic_dates():
    sec = section("projects",
                  "Multi-User Drawing Tool\tgithub.com/example/draw", "• Built a shared chalkboard", "• Tools Used: C++",
                  "Synchronized Calendar\tgithub.com/example/cal", "• Built a calendar", "• Tools Used: C#",
                  "Toy Operating System\t2002", "• Wrote a scheduler", "• Tools Used: C")
    got = [(p.name, p.technologies) for p in read_projects(sec)]
    assert got == [("Multi-User Drawing Tool", ["C++"]), ("Synchronized Calendar", ["C#"]), ("Toy Operating System", ["C"])]


def test_bullets_that_are_sentences_name_no_project():
    assert read_projects(section("projects", "• Contributed fixes to several open-source libraries.")) == []


def test_name_before_its_technologies():
    sec = section("projects", "• CRUDS project with JavaScript", "• Quiz App with JavaScript",
                  "• Gym website using HTML, CSS and JS.", "• linkedin.com/in/someone")
    got = [(p.name, p.technologies) for p in read_projects(sec)]
    assert got == [("CRUDS", ["JavaScript"]), ("Quiz App", ["JavaScript"]), ("Gym website", ["HTML", "CSS", "JS"])]


@pytest.mark.parametrize("role_line, name, role, start", [
    ("Software Engineer\tMay 2019 - Present", "Collective Feature Request Platform", "Software Engineer", "2019-05"),
    # a JSON Resume theme prints a project's role ("entity"/"roles") as a job's title over its name
    ("Author\tFeb 2019 - Present", "Quillmark", "Author", "2019-02"),
    ("Co-author\tMar 2021 - Jun 2022", "Tern Survey Kit", "Co-author", "2021-03"),
])
def test_role_line_over_the_project_name(role_line, name, role, start):
    sec = section("projects", role_line, name, "Implemented 37 serverless APIs.")
    (p,) = read_projects(sec)
    assert (p.name, p.role, p.start) == (name, role, start)


# --- names: a bracket of technologies, a bare domain --------------------------------------------

@pytest.mark.parametrize("written, name, tech", [
    ("Inkwell(Rust)", "Inkwell", ["Rust"]),                           # glued bracket of a known skill
    ("Tide Table Sync (Kotlin, Raspberry Pi 4)", "Tide Table Sync", ["Kotlin", "Raspberry Pi 4"]),
    ("Parcel Bot (Go, Telegram Bot)", "Parcel Bot", ["Go", "Telegram Bot"]),  # one known item is enough
    ("Atlas (bachelor thesis)", "Atlas (bachelor thesis)", []),       # not technologies: part of the name
    ("Kettle Monitor", "Kettle Monitor", []),
    ("(Twitter- YouTube) Clone", "(Twitter- YouTube) Clone", []),    # a bracket that does not end the name
])
def test_name_and_technologies_in_brackets(written, name, tech):
    assert _name_and_tech(written) == (name, tech)


@pytest.mark.parametrize("name, address", [
    ("tidewatch.example.org", False),  # a site named by its domain
    ("pkg.example.org", False),
    ("Tidewatch", False),
    ("github.com/example/tidewatch", True),  # a path: the project's address, not its name
    ("https://tidewatch.example.org", True),
    ("www.tidewatch.example.org", True),
])
def test_a_bare_domain_is_a_name_a_url_is_not(name, address):
    assert _is_address(name) is address


def test_project_named_by_its_domain():
    sec = section("projects", "tidewatch.example.org\tMarch 2024 - Present", "Frontend Developer",
                  "• Built a tide-table site with offline charts for kayakers.")
    (p,) = read_projects(sec)
    assert (p.name, p.role, p.start, p.current) == ("tidewatch.example.org", "Frontend Developer", "2024-03", True)


def _linked(rows, urls, bold=()):
    """Lines from strings, the i-th carrying the link ``urls[i]`` when there is one."""
    return tuple(l.with_(links=(Link(url=urls[l.index]),)) if l.index in urls else l for l in lines(*rows, bold=bold))


def test_linked_header_lines_of_one_shape_are_projects_of_their_own():
    rows = ["Inkwell(Rust) – maintainer\t120+ commits", "• Added a lint for unused imports.",
            "Quillpen(Go) – former maintainer\t80+ commits",
            "Harbour UI(TypeScript) – contributor\t1.2k stars"]
    urls = {0: "https://example.org/inkwell", 2: "https://example.org/quillpen", 3: "https://example.org/harbour"}
    sec = Section(kind="projects", heading=None, lines=_linked(rows, urls, bold={0, 2, 3}))
    got = [(p.name, p.role, p.technologies, p.url) for p in read_projects(sec)]
    assert got == [("Inkwell", "maintainer", ["Rust"], urls[0]), ("Quillpen", "former maintainer", ["Go"], urls[2]),
                   ("Harbour UI", "contributor", ["TypeScript"], urls[3])]


def test_header_lines_without_links_of_their_own_stay_one_project():
    sec = section("projects", "Inkwell – static site generator", "Quillpen Labs", "• Wrote the template engine.",
                  bold={0, 1})
    assert [p.name for p in read_projects(sec)] == ["Inkwell"]


# --- projects listed inside a skills section ---------------------------------------------------

_SKILLS_WITH_PROJECTS = [
    "Java (Advanced)",
    "Chess Clock",
    "• Built the timer with Swing and no GUI designer at all.",
    "• Used the observer pattern for every clock event.",
    "C (Proficient)",
    "Kettle Monitor",
    "• Reads a temperature sensor over I2C once a second.",
    "Python (Intermediate)",
]


def projects_in_skills(lines):
    """The skills lines left and the projects read from the blocks taken out (as the re-kind stage does)."""
    rest, blocks = project_blocks(lines)
    return rest, [p for b in blocks for p in read_projects(Section(kind="projects", heading=None, lines=tuple(b)))]


def test_projects_inside_a_skills_section_leave_the_skills():
    urls = {1: "https://example.org/chess-clock", 5: "https://example.org/kettle"}
    rest, found = projects_in_skills(_linked(_SKILLS_WITH_PROJECTS, urls, bold={1, 5}))
    assert [l.plain for l in rest] == ["Java (Advanced)", "C (Proficient)", "Python (Intermediate)"]
    assert [(p.name, p.url, len(p.highlights)) for p in found] == [("Chess Clock", urls[1], 2), ("Kettle Monitor", urls[5], 1)]


@pytest.mark.parametrize("rows, urls", [
    (_SKILLS_WITH_PROJECTS, {}),                                             # no link: a skill described
    (["Frameworks", "• Django, Flask, FastAPI"], {0: "https://example.org/fw"}),  # a list, not sentences
    (["Cloud:", "• Deployed services on AWS with Terraform and CI."], {0: "https://example.org/c"}),  # a label
])
def test_skills_without_linked_project_blocks_stay_skills(rows, urls):
    rest, found = projects_in_skills(_linked(rows, urls))
    assert found == [] and [l.plain for l in rest] == [r.removeprefix("• ") for r in rows]


def test_a_labelled_link_line_is_a_detail_not_another_project():
    rows = ["Tidewatch", "Live demo: tidewatch.example.org", "• Built a tide-table site for kayakers."]
    sec = Section(kind="projects", heading=None, lines=_linked(rows, {0: "https://example.org/tidewatch"}, bold={0, 1}))
    assert [(p.name, p.url) for p in read_projects(sec)] == [("Tidewatch", "https://example.org/tidewatch")]


def test_a_skills_section_with_projects_fills_both_fields():
    rows = ["Skills"] + _SKILLS_WITH_PROJECTS
    urls = {2: "https://example.org/chess-clock", 6: "https://example.org/kettle"}
    doc = Document(lines=_linked(rows, urls, bold={0, 2, 6}), format="docx")
    c = assemble(doc, segment(doc))
    assert [s.name for s in c.skills] == ["Java", "C", "Python"]
    assert [p.name for p in c.projects] == ["Chess Clock", "Kettle Monitor"]


def test_name_with_its_link_word_and_dates_below():
    sec = section("projects", "Tidewatch | GitHub", "Mar 2023 – Jun 2023", "• Built a tide-table app for kayakers.",
                  "Parcelbot | GitHub", "Jan 2022 – Feb 2022", "• A Telegram bot that tracks parcels.", bold=(0, 3))
    got = [(p.name, p.technologies, p.summary, p.start, p.highlights) for p in read_projects(sec)]
    assert got == [("Tidewatch", [], None, "2023-03", ["Built a tide-table app for kayakers."]),
                   ("Parcelbot", [], None, "2022-01", ["A Telegram bot that tracks parcels."])]


def test_a_description_under_a_title_word_name_is_not_the_name():
    sec = section("projects", "2026 Lumen Planner", "Low-cost shading planner for allotments", bold=(0,))
    assert [p.name for p in read_projects(sec)] == ["Lumen Planner"]


def test_bullets_that_name_no_project_make_none():
    sec = section("projects", "• Built a tide-table app for kayakers with offline charts",
                  "• Wrote the sync service in Go", "• Kafka: event pipeline for three teams")
    assert read_projects(sec) == []
    sec = section("projects", "• Tidewatch: a tide-table app for kayakers", "• Built offline charts",
                  "• Parcelbot: a Telegram bot that tracks parcels")
    got = [(p.name, p.highlights) for p in read_projects(sec)]
    assert got == [("Tidewatch", ["Built offline charts"]), ("Parcelbot", [])]


@pytest.mark.parametrize("header, link_text, name", [
    ("Kilnlog [link]\t2024", "[link]", "Kilnlog"),       # the words the link sits on end the name
    ("Kilnlog (demo)\t2024", "(demo)", "Kilnlog"),
    ("Kilnlog (thesis)\t2024", "Kilnlog", "Kilnlog (thesis)"),  # a note of the name, not a link's words
])
def test_the_words_of_a_link_are_not_part_of_the_name(header, link_text, name):
    line = lines(header, bold=(0,))[0].with_(links=(Link(url="https://example.org/kilnlog", text=link_text),))
    sec = Section(kind="projects", heading=None, lines=(line,) + lines("", "• A firing log for small studios."))
    assert [(p.name, p.url) for p in read_projects(sec)] == [(name, "https://example.org/kilnlog")]


@pytest.mark.parametrize("rows, expected", [
    # a bare address on its own line under a project's "Tech stack:" line: that project's link, no summary
    (("Tidewatch — tide tables for kayakers", "Tech stack: Kotlin, Go", "github.com/example/tidewatch",
      "Kiln Logger", "Tech stack: Rust, SQLite", "kiln.example.org"),
     [("Tidewatch", "github.com/example/tidewatch", None), ("Kiln Logger", "kiln.example.org", None)]),
    # a domain that names a project of its own, with its body, stays a project
    (("Kiln Logger", "Tech stack: Rust, SQLite", "", "tidewatch.example.org", "• Tide tables for kayakers."),
     [("Kiln Logger", None, None), ("tidewatch.example.org", "tidewatch.example.org", None)]),
])
def test_a_link_on_its_own_line_under_a_project(rows, expected):
    sec = section("projects", *rows, bold=(0, 3))
    assert [(p.name, p.url, p.summary) for p in read_projects(sec)] == expected


@pytest.mark.parametrize(("rows", "names"), [
    # a label saying what kind of project the line names: each such line a project, named as written
    (["Final Year Project: Smart Irrigation Controller", "Mini Project: Line Following Robot"],
     ["Final Year Project: Smart Irrigation Controller", "Mini Project: Line Following Robot"]),
    (["Project 1: Harbour Billing Suite", "• Built the regression suite.", "Project 2: Orchard CRM – a shop's loyalty app"],
     ["Project 1: Harbour Billing Suite", "Project 2: Orchard CRM"]),
    (["Abschlussprojekt: Ampelsteuerung mit Arduino", "Projektarbeit: Wetterstation"],
     ["Abschlussprojekt: Ampelsteuerung mit Arduino", "Projektarbeit: Wetterstation"]),
    # a detail label that names no kind of project stays a detail of the project above
    (["Parcelbot", "Project Type: Telegram bot", "• Tracks parcels."], ["Parcelbot"]),
])
def test_a_label_naming_the_kind_of_project(rows, names):
    assert [p.name for p in read_projects(section("projects", *rows))] == names


def test_a_declared_heading_of_the_first_projects_level_starts_a_project_without_link_or_date():
    md = ("# Ada Kilnsworth\n\nPotter · ada@example.com\n\n## Experience\n\n"
          "**Potter**, Harbour Studio — Leeds *(Apr 2021 – present)*\n\n- Threw 400 pots.\n\n## Projects\n\n"
          "### [Tidewatch](https://example.com/tidewatch) — tide tables for kayakers (2023)\n\n*Stack:* Kotlin, Go\n\n"
          "- Tide tables for 40 harbours.\n\n### Parcelbot — Harbour Hack, second place (top 3%)\n\n*Stack:* Python\n\n"
          "## Interests\n\nChess, baking\n")
    got = resumekit.parse(md.encode(), name="cv.md").projects
    assert [p.name for p in got] == ["Tidewatch", "Parcelbot"]
    assert got[0].technologies == ["Kotlin", "Go"] and "Python" in got[1].technologies


@pytest.mark.parametrize("rows, names", [
    # each line "Name — what it does", no bullets: a list of projects
    (("Kiteline — A tracker for shared allotment tools.", "Granary — An open dataset of village bakeries."),
     ["Kiteline", "Granary"]),
    # a list of technologies is the project's above, not a project of its own
    (("Tidewatch — A tide table for small harbours.", "Kiteline — A tracker for shared allotment tools.",
      "Stack: Python, Flask, SQLite"), ["Tidewatch", "Kiteline"]),
    # one such line and its technologies: no list (the entry reader decides)
    (("Tidewatch — A tide table for small harbours.", "Stack: Python, Flask, SQLite"), None),
    # dated lines are entries, not such a list
    (("Kiteline — A tracker for shared tools, 2021", "Granary — An open dataset of bakeries, 2020"), None),
])
def test_a_list_of_named_lines_without_bullets(rows, names):
    from resumekit.document import Line
    from resumekit.fields.projects import _named_lines, read_projects
    lines = tuple(Line(text=t, index=i, block=1) for i, t in enumerate(rows))
    if names is None:
        assert not _named_lines(lines)
    else:
        assert [p.name for p in read_projects(Section(kind="projects", heading=None, lines=lines))] == names


@pytest.mark.parametrize("rows, expected", [
    # a prize after the name, between dashes or pipes, with or without its event's year: no technology
    (("Kilnline — 1st place, Glaze Jam 2022\tOct 2022", "Stack: Go, SQLite"), ("Kilnline", ["Go", "SQLite"])),
    (("Kilnline — Glaze Jam 2019, 2nd place (Best Use of Ash)\tNov 2019",), ("Kilnline", [])),
    (("Mapa Horno — 2.º premio, Hackathon Cerámica 2021\t2021", "Tecnologías: Python, Leaflet"),
     ("Mapa Horno", ["Python", "Leaflet"])),
    (("Kilnline | 3rd prize | React, Node.js",), ("Kilnline", ["React", "Node.js"])),
    # a version is no ordinal: technologies still
    (("Kilnline | Python 3.11, Django",), ("Kilnline", ["Python 3.11", "Django"])),
])
def test_a_prize_after_the_name_is_no_technology(rows, expected):
    [p] = read_projects(section("projects", *rows))
    assert (p.name, p.technologies) == expected


@pytest.mark.parametrize("rows, role", [
    # a labelled role line gives the role without its label, or an address joined to it
    (("Kilnline\t2021 – Present", "Role: author and maintainer", "Stack: Rust"), "author and maintainer"),
    (("Kilnline\tOct 2022", "Role: team lead (4 people) github.com/potter/kilnline", "Stack: Go"), "team lead (4 people)"),
    (("Kilnline\t2021", "Team lead", "Stack: Go"), "Team lead"),
    # another label's value is no role
    (("Kilnline\t2021", "Client: Harbour Pottery Ltd", "Stack: Go"), None),
])
def test_a_labelled_role_line(rows, role):
    [p] = read_projects(section("projects", *rows))
    assert p.role == role


@pytest.mark.parametrize("rows, expected", [
    # bullets of " · " or " | " parts: the first the name, then dates, link words, a labelled role, technologies
    (("• Kilnline · 2023 · github.com/potter/kilnline · Role: maintainer · Python, Click",
      "• Glazebook | 2021 | Role: lead developer | Go, SQLite"),
     [("Kilnline", ["Python", "Click"], "maintainer", "2023"), ("Glazebook", ["Go", "SQLite"], "lead developer", "2021")]),
    # another label is a detail, no technology
    (("• Kilnline · 2023 · Client: Harbour Pottery · Rust", "• Glazebook · 2021 · Go"),
     [("Kilnline", ["Rust"], None, "2023"), ("Glazebook", ["Go"], None, "2021")]),
])
def test_bullets_of_parts_are_one_project_each(rows, expected):
    got = read_projects(section("projects", *rows))
    assert [(p.name, p.technologies, p.role, p.start) for p in got] == expected
