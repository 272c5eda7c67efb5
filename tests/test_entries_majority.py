"""A section's template is the shape most of its entries share, not its first entry's: one odd entry
(a missing employer line, a wrapped one, a note above its dates, a role nested under an employer)
sets nothing for the entries below it. Invented strings."""
import pytest

from resumekit.fields.entries import split_entries

from .helpers import lines


def _headers(rows, bold=(), jobs=True):
    return [[l.plain for l in e.header] for e in split_entries(lines(*rows, bold=bold), jobs=jobs)]


CASES = {
    # the first job names no employer (dates on its first line); every other one has an employer line
    # above its dated role: the two jobs without bullets between them are cut above "Pell & Sons"
    "first entry without an employer line": (
        ["Freelance Illustrator, 2019 – 2021", "• Drew covers for twelve novels.",
         "Orrin Systems", "Designer, 2016 – 2019", "• Drew the product's icons.",
         "Tarrow Labs", "Junior Designer, 2015 – 2016",
         "Pell & Sons", "Design Intern, 2014 – 2015", "• Kept the print room."],
        (),
        [["Freelance Illustrator, 2019 – 2021"], ["Orrin Systems", "Designer, 2016 – 2019"],
         ["Tarrow Labs", "Junior Designer, 2015 – 2016"], ["Pell & Sons", "Design Intern, 2014 – 2015"]]),
    # the first job's employer wraps onto a second line; the others keep a line of their own after
    # their dates ("Part-time"): that line stays with its job, it does not open the next one
    "first entry's employer wrapped": (
        ["Harbour & Vale Engineering", "Consultants Ltd", "Senior Engineer, 2019 – 2021", "• Led the bridge survey.",
         "Orrin Systems", "Engineer, 2016 – 2019", "• Drew the plans.",
         "Tarrow Labs", "Analyst, 2014 – 2016", "Part-time",
         "Pell & Sons", "Intern, 2013 – 2014", "• Kept the archive."],
        (),
        [["Harbour & Vale Engineering", "Consultants Ltd", "Senior Engineer, 2019 – 2021"],
         ["Orrin Systems", "Engineer, 2016 – 2019"], ["Tarrow Labs", "Analyst, 2014 – 2016", "Part-time"],
         ["Pell & Sons", "Intern, 2013 – 2014"]]),
    # roles nested under their employer, dated on their first line; the first role has the employer
    # above it, the others do not: the roles are the entries, and an employer's line in the look of
    # the first one, after a role without text, opens the next role's entry
    "first entry nested under an employer": (
        ["Brackwater Foods — Hull", "Operations Lead · Apr 2021 – Present", "Ran the night shift for the bakery.",
         "Shift Supervisor · Jan 2019 – Mar 2021", "Trained the new staff of the packing line.",
         "Packer · Jun 2017 – Dec 2018", "Lintel Bakeries — York", "Baker · Mar 2015 – May 2017",
         "Baked the bread for forty shops.", "Porter · Sep 2013 – Feb 2015"],
        (0, 1, 5, 6, 7),
        [["Brackwater Foods — Hull", "Operations Lead · Apr 2021 – Present"], ["Shift Supervisor · Jan 2019 – Mar 2021"],
         ["Packer · Jun 2017 – Dec 2018"], ["Lintel Bakeries — York", "Baker · Mar 2015 – May 2017"],
         ["Porter · Sep 2013 – Feb 2015"]]),
    # the same, where the jobs put their place after their dates: a line between two jobs' dates
    # ends the job above
    "a place after the dates stays": (
        ["Brackwater Foods", "Operations Lead, 2021 – 2023", "• Ran the night shift.",
         "Shift Supervisor, 2019 – 2021", "Leeds", "• Trained the new staff.",
         "Packer, 2017 – 2018", "Leeds", "Baker, 2015 – 2017", "• Baked the bread."],
        (),
        [["Brackwater Foods", "Operations Lead, 2021 – 2023"], ["Shift Supervisor, 2019 – 2021", "Leeds"],
         ["Packer, 2017 – 2018", "Leeds"], ["Baker, 2015 – 2017"]]),
    # dates first on every entry; the text of each, without bullets, opens the next run above its
    # dates: those sentences count no line of the template, which stays 0 (a place and a role under
    # the dates stay with them)
    "sentences above the dates": (
        ["2019 – 2021", "Orrin Systems", "Analyst", "Built the monthly sales report for the regional team",
         "2016 – 2019", "Tarrow Labs", "Junior Analyst", "Cleaned the survey data of three hundred stores",
         "Kept the archive of the pricing studies in good order", "2014 – 2016", "Pell & Sons", "Clerk"],
        (),
        [["2019 – 2021", "Orrin Systems", "Analyst", "Built the monthly sales report for the regional team"],
         ["2016 – 2019", "Tarrow Labs", "Junior Analyst", "Cleaned the survey data of three hundred stores",
          "Kept the archive of the pricing studies in good order"], ["2014 – 2016", "Pell & Sons", "Clerk"]]),
}


@pytest.mark.parametrize("rows, bold, expected", CASES.values(), ids=CASES.keys())
def test_the_template_is_the_sections_majority(rows, bold, expected):
    assert _headers(rows, bold) == expected
