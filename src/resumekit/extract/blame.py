"""Who raised an exception: a dependency reading a damaged file, or resumekit itself.

An exception whose innermost frame (among resumekit's frames and the dependency's) lies in the
dependency means the library choked on the document: a corrupt-document error. One whose
innermost frame lies in resumekit is a defect of ours and stays an internal error. Frames of the
standard library are skipped: ``int()`` failing inside pdfminer is pdfminer's.
"""
from __future__ import annotations

__all__ = ["raised_in"]

_OURS = "resumekit"


def raised_in(exc: BaseException, packages: tuple[str, ...]) -> bool:
    """True when ``exc`` was raised inside one of ``packages`` (top-level module names)."""
    tb = exc.__traceback__
    owner = None
    while tb is not None:
        module = tb.tb_frame.f_globals.get("__name__", "") or ""
        top = module.split(".", 1)[0]
        if top == _OURS or top in packages:
            owner = top
        tb = tb.tb_next
    return owner is not None and owner != _OURS
