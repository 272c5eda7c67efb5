"""The reference date: what "present" means for one parse, and the one place that asks the clock.

An ongoing role ("2016 – present") attests employment up to the day the document was written,
not up to the day it is parsed. Every figure derived relative to "now" (``experience_months``,
an ongoing entry's length) is measured to the reference date, chosen in this order:

1. ``ParseOptions.reference_date`` (CLI ``--as-of``): source ``"option"``;
2. the document's own date (PDF ``ModDate`` else ``CreationDate``; DOCX ``dcterms:modified``
   else ``created``), when it is trustworthy: not before 1990, not after today, and not before
   the latest date the candidate's entries mention (a template's stale date): source ``"document"``;
3. today: source ``"today"``.

:func:`today` is the only call to the system clock in resumekit that gives output meaning (the
worker's timeouts measure elapsed time, which is not a date). Tests move it with monkeypatch.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Literal

__all__ = ["today", "reference_date", "ReferenceSource", "EARLIEST_DOCUMENT_DATE"]

ReferenceSource = Literal["option", "document", "today"]

EARLIEST_DOCUMENT_DATE = dt.date(1990, 1, 1)


def today() -> dt.date:
    """The system's date. Nothing else in resumekit reads the clock for a date."""
    return dt.date.today()


def _first_day(partial: str) -> dt.date | None:
    """The first day a partial ISO date ("2019", "2019-03", "2019-03-07") can mean."""
    try:
        return dt.date(int(partial[:4]), int(partial[5:7]) if len(partial) >= 7 else 1,
                       int(partial[8:10]) if len(partial) >= 10 else 1)
    except ValueError:
        return None


def reference_date(option: dt.date | None, document_date: dt.date | None,
                   mentioned: Iterable[str | None] = ()) -> tuple[dt.date, ReferenceSource]:
    """The date "present" means, and where it came from (see the module docstring).

    ``mentioned``: the partial ISO dates the candidate's entries give; a document date earlier
    than the first day of any of them is not the date the document was written."""
    if option is not None:
        return option, "option"
    now = today()
    if document_date is not None and EARLIEST_DOCUMENT_DATE <= document_date <= now:
        latest = max((d for d in map(_first_day, filter(None, mentioned)) if d is not None), default=None)
        if latest is None or latest <= document_date:
            return document_date, "document"
    return now, "today"
