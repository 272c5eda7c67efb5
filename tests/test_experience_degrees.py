"""Degrees among the jobs of a "Positions and Education" section go to education."""
import pytest

from resumekit.fields.education import read_education
from resumekit.fields.experience import read_experience, split_degrees

from .helpers import section


@pytest.mark.parametrize("rows, jobs, degrees", [
    (["2024 - now\tPostdoctoral Researcher, Orrin Institute, Norway.", "Worked on sparse solvers for imaging problems.",
      "2020 - 2024\tPhD in Applied Optics, Halden and Wessel Institutes, Norway.", "Thesis on the design of thin lenses.",
      "2018 - 2020\tMSc in Physics, Tarrow University, Norway."],
     [("Orrin Institute", "Postdoctoral Researcher")],
     [("Halden and Wessel Institutes", "PhD in Applied Optics"), ("Tarrow University", "MSc in Physics")]),
    # a doctoral candidate is a role; a project named after a degree is no degree of its own
    (["2020 - 2024\tPhD Candidate, Tarrow University", "2018\tQuill - BSc Final Project"],
     [("Tarrow University", "PhD Candidate"), ("BSc Final Project", "Quill")], []),
])
def test_split_degrees(rows, jobs, degrees):
    sec, moved, _ = split_degrees(section("experience", *rows))
    assert [(e.company, e.title) for e in read_experience(sec)[0]] == jobs
    got = read_education(moved) if moved is not None else []
    assert [(e.institution, e.degree) for e in got] == degrees


@pytest.mark.parametrize("rows, jobs, moved", [
    # a school and its track, with no role and no employer: schooling listed among the jobs
    (["Kiln Operator\t2021 – 2023", "Fenwick Pottery", "Sixth Form College for Business\t2019 – 2021",
      "Harrow Vale School"], [("Fenwick Pottery", "Kiln Operator")], 1),
    # studies towards a title (the phrase's head is the degree word), a note in brackets under them
    (["Studium zum Maschinenbauingenieur\t10/2018 – 03/2021", "(abgebrochen)", "Verkäufer\t2021 – 2023", "Gasthaus Lindenhof"],
     [("Gasthaus Lindenhof", "Verkäufer")], 1),
    # an apprenticeship at an employer is a job; a doctoral candidate is a role
    (["Ausbildung zum Verkäufer\t2015 – 2018", "Gasthaus Lindenhof"], [("Gasthaus Lindenhof", "Ausbildung zum Verkäufer")], 0),
    (["PhD Candidate\t2020 – 2024", "Tarrow University"], [("Tarrow University", "PhD Candidate")], 0),
    # a role whose words look like a school's ("Akademisch-") or end in a degree's ("MA") stays
    (["Akademischer Rat\t2018 – 2020", "Technische Hochschule Halden"], 1, 0),
    (["Paralegal, Brook Solicitors, Salem, MA\t2025 – 2026"], [("Brook Solicitors", "Paralegal")], 0),
    # an employer's line ending in a US state whose code is a degree's (MA, MS, MD), the role on the
    # line below the dates: a job, not a degree
    (["HALLORAN INSTRUMENTS, Worcester, MA", "2014 to Present", "Regional Sales Manager", "Opened two dealer networks."],
     [("HALLORAN INSTRUMENTS", "Regional Sales Manager")], 0),
    (["Pellworth Freight Co., Tupelo, MS", "2009 to 2014", "Dispatcher"], [("Pellworth Freight Co.", "Dispatcher")], 0),
    (["Corvane Systems, Columbia, MD", "June 2011 - May 2013", "Network Technician"],
     [("Corvane Systems", "Network Technician")], 0),
    # a degree with the school's town stays a degree
    (["Master of Arts, Worcester, MA", "2008 - 2010"], 0, 1),
    # an institute, its town and the dates, then the role on a line of its own: a job at the institute
    (["Orrin Institute for Marine Biology", "Leeds", "March 2021 – Present", "Postdoctoral Researcher",
      "• Ran a tank study of kelp growth"], [("Orrin Institute for Marine Biology", "Postdoctoral Researcher")], 0),
    (["Tarrow Research Institute", "Leeds", "2016 – 2020", "Doctoral Researcher"],
     [("Tarrow Research Institute", "Doctoral Researcher")], 0),
    # the same header with a field's line or a bullet in the role's place stays schooling
    (["Tarrow Research Institute", "Leeds", "2016 – 2020", "Marine Biology"], 0, 1),
    (["Tarrow Research Institute", "Leeds", "2016 – 2020", "• Studied the growth of kelp"], 0, 1),
])
def test_schooling_among_the_jobs(rows, jobs, moved):
    sec, degrees, _ = split_degrees(section("experience", *rows))
    got = [(e.company, e.title) for e in read_experience(sec)[0]]
    assert (len(got) if isinstance(jobs, int) else got) == jobs  # (a number: which reading is not judged here)
    assert (len(read_education(degrees)) if degrees is not None else 0) == moved
