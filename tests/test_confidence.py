"""Confidence: signals from the parse, a fitted model as data, a calibrated number in [0, 1]."""
import pytest

import resumekit
from resumekit.document import Document, Line, Section, Style
from resumekit.fields.assemble import assemble_traced
from resumekit.fields.confidence import KINDS, MAX_CONFIDENCE, calibrated, load_model, value_signals

from .conftest import FIXTURES, PINNED, ROOT
from .helpers import script

TOY = {"entry": {"bias": -1.0, "weights": {"dated": 2.0, "conflict": -3.0},
                 "calibration": {"x": [0.1, 0.5, 0.9], "y": [0.2, 0.6, 0.8]}}}


def _fit():
    return script("fit_confidence")


@pytest.mark.parametrize("signals, expected", [
    ({}, 0.2 + (0.2689 - 0.1) / 0.4 * 0.4),        # sigmoid(-1) = 0.2689, between the first two points
    ({"dated": 1}, 0.6 + (0.7311 - 0.5) / 0.4 * 0.2),
    ({"dated": 1, "conflict": 1}, 0.2 + (0.1192 - 0.1)),   # sigmoid(-2) = 0.119: just past the first point
    ({"conflict": 1}, 0.2),                         # below the first point: its value
    ({"dated": 5}, 0.8),                            # above the last: its value
    ({"unknown": 1, "dated": 1}, 0.6 + (0.7311 - 0.5) / 0.4 * 0.2),   # a signal without a weight counts for nothing
])
def test_calibrated_interpolates_the_fitted_map(signals, expected):
    assert calibrated("entry", signals, TOY) == pytest.approx(expected, abs=0.006)


def test_calibrated_never_claims_certainty_and_knows_its_kinds():
    sure = {"entry": {**TOY["entry"], "calibration": {"x": [0.5], "y": [1.0]}}}
    assert calibrated("entry", {"dated": 9}, sure) == MAX_CONFIDENCE
    assert calibrated("name", {}, TOY) is None                       # no model for the kind


def test_the_shipped_model_covers_every_kind_with_signals_the_code_gives():
    model = load_model()
    assert set(model) == set(KINDS)
    c, trace = _traced(FIXTURES / "sample.pdf")
    given: dict[str, set] = {}
    for kind, signals in value_signals(trace, c, c.meta.provenance).values():
        given.setdefault(kind, set()).update(signals)
    for kind, m in model.items():
        assert set(m["weights"]) <= given[kind], kind                 # a renamed signal must be refitted
        xs, ys = m["calibration"]["x"], m["calibration"]["y"]
        assert xs == sorted(xs) and ys == sorted(ys) and len(xs) == len(ys)


def _traced(path):
    document = resumekit.extract(path)
    return assemble_traced(document, resumekit.segment(document), PINNED)


def _doc(*rows, sizes=None, bold=()):
    """A PDF-like document of one block; "• " starts a bullet."""
    lines = tuple(Line(text=t.removeprefix("• "), index=i, bullet=t.startswith("• "),
                       style=Style(size=(sizes or {}).get(i, 10.0), bold=i in bold)) for i, t in enumerate(rows))
    return Document(lines=lines, format="pdf")


def _signals(document, sections):
    c, trace = assemble_traced(document, sections, PINNED)
    return c, value_signals(trace, c, c.meta.provenance)


def test_name_signals():
    doc = _doc("Tova Lindqvist", "Logistics Planner", "tova.lindqvist@example.org | Lund, Sweden",
               sizes={0: 20.0}, bold=(0,))
    c, out = _signals(doc, [Section("header", None, doc.lines)])
    kind, s = out["/name"]
    assert kind == "name" and c.name == "Tova Lindqvist"
    assert s["alone"] == s["first_line"] == s["largest"] == s["bold"] == s["in_address"] == 1.0
    assert s["caps"] == s["three_words"] == 0.0


@pytest.mark.parametrize("email, mailbox, personal", [
    ("tova.lindqvist@example.org", 0.0, 1.0),
    ("jobs@example.org", 1.0, 0.0),
    ("t.l.1987@example.org", 0.0, 0.0),
])
def test_email_signals(email, mailbox, personal):
    doc = _doc("Tova Lindqvist", email)
    _, out = _signals(doc, [Section("header", None, doc.lines)])
    kind, s = out["/contact/emails/0"]
    assert (kind, s["mailbox"], s["personal"], s["header"], s["link_only"]) == ("email", mailbox, personal, 1.0, 0.0)


@pytest.mark.parametrize("rows, expect", [
    # a dated role whose words agree: an organisation word in the company, a title word in the title
    (("Corlan Logistics GmbH\t2018 – 2020", "Transport Planner", "• Planned the northern routes"),
     {"range": 1.0, "both": 1.0, "words_agree": 1.0, "conflict": 0.0, "body": 1.0, "tall": 0.0}),
    # undated, one part, no body
    (("Volunteer reading mentor",), {"range": 0.0, "single": 0.0, "both": 0.0, "body": 0.0, "one_line": 1.0}),
    # a degree word in a job (an employer first: a degree or a school with a degree goes to education)
    (("Velmont Forestry Ltd | MSc Placement\t2015 – 2017",), {"other_kind": 1.0, "range": 1.0}),
])
def test_experience_signals(rows, expect):
    doc = _doc(*rows)
    _, out = _signals(doc, [Section("experience", None, doc.lines)])
    kind, s = out["/experience/0"]
    assert kind == "experience"
    assert {k: s[k] for k in expect} == expect


def test_confidence_is_set_for_the_name_contacts_and_entries_only():
    c = resumekit.parse(FIXTURES / "sample.pdf", options=PINNED)
    for pointer, rec in c.meta.provenance.items():
        judged = pointer == "/name" or pointer.startswith("/contact/") or pointer.count("/") == 2 and \
            pointer.split("/")[1] in ("experience", "volunteer", "education")
        assert (rec.confidence is not None) == judged, pointer
        assert rec.confidence is None or 1 - MAX_CONFIDENCE <= rec.confidence <= MAX_CONFIDENCE


@pytest.mark.parametrize("raw, right, blocks", [
    ([0.1, 0.2, 0.3, 0.4], [False, False, True, True], 2),     # already in order: two blocks
    ([0.1, 0.2, 0.3, 0.4], [True, False, True, False], 1),     # every pair violates: pooled into one
])
def test_isotonic_pools_violators(raw, right, blocks):
    xs, ys = _fit().fit_isotonic(raw, right, base=0.5)
    assert len(xs) == blocks and ys == sorted(ys) and all(0 < y < 1 for y in ys)


def test_logistic_fit_finds_the_signal_that_separates():
    rows = [{"signals": {"good": 1.0, "noise": float(i % 2)}, "right": True} for i in range(20)]
    rows += [{"signals": {"good": 0.0, "noise": float(i % 2)}, "right": False} for i in range(20)]
    bias, weights = _fit().fit_logistic(rows, ["good", "noise"])
    assert weights["good"] > 1 and abs(weights["noise"]) < 0.1 and bias < 0


@pytest.mark.parametrize("pairs, expected", [
    ([(0.95, True)] * 19 + [(0.95, False)], 0.0),            # 95 % said, 95 % right
    ([(0.9, True)] * 10, 0.1),                               # under-confident by 0.1
    ([(0.05, False), (0.95, True)], 0.05),
])
def test_ece(pairs, expected):
    assert _fit().ece(pairs) == pytest.approx(expected)


def test_entry_outcomes_follow_the_exact_entry_rule():
    fit = _fit()
    score = fit.load_scorer(ROOT.parent / "shared") if (ROOT.parent / "shared" / "eval" / "score.py").exists() else None
    if score is None:
        pytest.skip("the shared scorer is not here")
    gold = [{"company": "Corlan Logistics", "title": "Transport Planner", "start": "2018", "end": "2020"},
            {"company": "Halden Freight", "title": "Driver", "start": "2016"}]
    pred = [{"company": "Corlan Logistics", "title": "Transport Planner", "start": "2018", "end": "2020"},
            {"company": "Halden Freight", "title": "Driver", "start": "2015"},      # a part wrong
            {"company": "Velmont Library", "title": "Volunteer", "start": None}]   # matched to nothing
    assert fit._entry_outcomes(score, "experience", gold, pred) == [True, False, False]
