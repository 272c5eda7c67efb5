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
