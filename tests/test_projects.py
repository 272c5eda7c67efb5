from resumekit.fields.projects import read_projects

from .helpers import section


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


def test_role_line_over_the_project_name():
    sec = section("projects", "Software Engineer\tMay 2019 - Present", "Collective Feature Request Platform",
                  "Implemented 37 serverless APIs.")
    (p,) = read_projects(sec)
    assert (p.name, p.role, p.start) == ("Collective Feature Request Platform", "Software Engineer", "2019-05")
