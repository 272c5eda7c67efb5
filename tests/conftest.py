import datetime as dt
from pathlib import Path

import pytest

import resumekit

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"

# What "present" means in every test that looks at a derived figure: an option, never the clock,
# so the suite gives the same answers on any day.
AS_OF = dt.date(2026, 11, 21)
PINNED = resumekit.ParseOptions(reference_date=AS_OF)


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite the golden snapshots in fixtures/golden from the current output")


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")
