"""Tables built once from data files and kept on disk (``marshal``), so that a new process reads
them instead of building them again.

A table is kept under a name and a version string; the version must change whenever what the
table is built from changes (the data files, the code that builds it, the libraries it reads),
so that a stale file is never read: it is simply another file name. The file goes beside the
package when that is writable, else in the user's cache folder, else in the temporary folder,
and is written whole or not at all (a temporary file renamed into place). A file that cannot be
read is built again; a file that cannot be written leaves the table in memory only. Writing a
version removes the files of the table's other versions in that folder.
"""
from __future__ import annotations

import marshal
import os
import tempfile
from pathlib import Path
from typing import Any, Callable

__all__ = ["kept"]


def _paths(name: str, version: str) -> list[Path]:
    filename = f"{name}-{version}.marshal"
    here = Path(__file__).resolve().parent / "data" / ".cache"
    user = Path(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")) / "resumekit"
    scratch = Path(tempfile.gettempdir()) / "resumekit-cache"
    return [here / filename, user / filename, scratch / filename]


def kept(name: str, version: str, build: Callable[[], Any]) -> Any:
    """The table ``name`` at ``version``: read from its file, else ``build()`` and written (the
    value must be made of what ``marshal`` stores: None, numbers, strings, bytes, tuples, lists,
    dicts, sets)."""
    paths = _paths(name, version)
    for p in paths:
        try:
            return marshal.loads(p.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            continue
    table = build()
    blob = marshal.dumps(table)
    for p in paths:
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=p.parent, delete=False) as f:
                f.write(blob)
            os.chmod(f.name, 0o644)
            os.replace(f.name, p)
        except OSError:
            continue
        _forget_others(p, name)
        break
    return table


def _forget_others(kept_file: Path, name: str) -> None:
    """Removes the table's files of other versions beside ``kept_file``: a stale file is never read
    again (see the module docstring), and a places table is 6 MB."""
    for old in kept_file.parent.glob(f"{name}-*.marshal"):
        if old != kept_file:
            try:
                old.unlink()
            except OSError:
                pass
