"""Skill category lines in plain text (a Word file saved as text, a viewer's copy of a PDF): no bold
tells the category, the shape does: short lines without separators, each over a line of
comma-separated items or over bullets, repeating (fields/lists.py, ``_plain_heads``)."""
import pytest

from resumekit.fields.lists import read_skills

from .helpers import lines


def _read(rows, bold=()):
    return [(s.name, s.category) for s in read_skills(lines(*rows, bold=bold))]


@pytest.mark.parametrize("rows, want", [
    # category lines over comma lists, repeating: the categories are no skills
    (["Studio", "Kilnlog, Glazewise, Chartly", "Soft", "Teamwork, Mentoring"],
     [("Kilnlog", "Studio"), ("Glazewise", "Studio"), ("Chartly", "Studio"), ("Teamwork", "Soft"), ("Mentoring", "Soft")]),
    # category lines over bulleted names
    (["Ceramics", "• Wheel throwing", "• Raku firing", "Selling", "• Market stalls", "• Pricing"],
     [("Wheel throwing", "Ceramics"), ("Raku firing", "Ceramics"), ("Market stalls", "Selling"), ("Pricing", "Selling")]),
    # a trailing list of one a line after the groups stays items
    (["Studio", "Kilnlog, Glazewise", "Soft", "Teamwork, Mentoring", "Hiking", "Chess"],
     [("Kilnlog", "Studio"), ("Glazewise", "Studio"), ("Teamwork", "Soft"), ("Mentoring", "Soft"),
      ("Hiking", "Soft"), ("Chess", "Soft")]),
])
def test_plain_category_lines(rows, want):
    assert _read(rows) == want


@pytest.mark.parametrize("rows", [
    # one such line only: no shape to trust ("Studio" may be an item)
    ["Studio", "Kilnlog, Glazewise, Chartly"],
    # a list of one a line with comma lines in it: the line above each comma line is an item too
    ["Leadership", "Teamwork", "Kilnlog, Glazewise", "Pottery", "Public speaking", "Chartly, Ropey"],
    # a tool over its parts is a skill ("Python" over "Django, Flask")
    ["Python", "Django, Flask", "Kotlin", "Ktor, Exposed"],
    # skills described by bulleted sentences: the lines are skills, not groups
    ["Quick learner", "• Picks up new kiln schedules in a day", "Good listener", "• Hears what the customer wants."],
])
def test_no_plain_categories(rows):
    names = [name for name, _ in _read(rows)]
    assert all(category is None for _, category in _read(rows))
    assert rows[0] in names


def test_styled_lists_keep_their_own_signals():
    """A bold line in the list: the styled signals decide (a bold line over plain ones is the category)."""
    got = _read(["Studio", "Kilnlog, Glazewise", "Soft", "Teamwork, Mentoring"], bold=(0, 2))
    assert got == [("Kilnlog", "Studio"), ("Glazewise", "Studio"), ("Teamwork", "Soft"), ("Mentoring", "Soft")]


@pytest.mark.parametrize("rows", [
    # a label glued to its one item by a space names a tool: no category line
    ["Cloud Azure", "Kilnlog, Glazewise", "Scripting PowerShell", "Chartly, Ropey"],
    # a head over a sentence cut at its commas (a paragraph of skills described)
    ["People skills", "Built a warm rapport with every visitor to the studio, often",
     "Planning skills", "Planned the firing calendar for twelve potters in a row, weekly"],
    # the list opens with items, not a head: no shape from its start
    ["Kilnlog, Glazewise", "Studio", "Chartly, Ropey", "Soft", "Teamwork, Mentoring"],
])
def test_no_plain_categories_in_other_shapes(rows):
    assert all(category is None for _, category in _read(rows))


@pytest.mark.parametrize("rows, want", [
    # one group: a plain name over bulleted names, the table's other groups in sections of their own
    (["Soft skills", "• Teamwork", "• Mentoring"], [("Teamwork", "Soft skills"), ("Mentoring", "Soft skills")]),
    # the section opens with items (its heading was their group) and a plain name heads the next ones
    (["• Kilnlog", "• Glazewise", "Methods", "• Raku firing", "• Costing"],
     [("Kilnlog", None), ("Glazewise", None), ("Raku firing", "Methods"), ("Costing", "Methods")]),
])
def test_plain_names_over_bulleted_names(rows, want):
    assert _read(rows) == want


@pytest.mark.parametrize("rows", [
    # a plain line closing the list heads nothing: an item
    ["• Kilnlog", "• Glazewise", "Hiking"],
    # a bulleted sentence under it: the line is a skill described
    ["Quick learner", "• Picks up new kiln schedules in a day and teaches them on."],
    # a tool the skills table knows is no group
    ["• Kilnlog", "Python", "• Django", "• Flask"],
])
def test_no_groups_of_bulleted_names_in_other_shapes(rows):
    assert all(category is None for _, category in _read(rows))
