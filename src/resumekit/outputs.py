"""Where a batch writes its records, so that a rerun can pick up where the last run stopped.

Formats (``FORMATS``): ``jsonl`` (one :class:`~resumekit.records.Record` per line), ``csv`` (a
header, then one row of :data:`~resumekit.records.COLUMNS` per record) and ``parquet`` (the same
columns plus ``candidate``, the Candidate as JSON text; needs pyarrow: ``resumekit[parquet]``).

Resuming: :func:`open_output` reads what an output already holds and gives the set of (path,
sha256) keys done. Every record is appended as one complete line with one ``write`` call, so a
file that was stopped cleanly ends with a whole record; one cut by a hard kill or a full disk ends
in a line without its newline, which is dropped (and reported) before anything is appended. A
file that is not a batch output of this format (a first line that is no record, another CSV
header) is refused, never appended to. A CSV row is one line: line breaks inside values are
written as spaces.

Parquet cannot be appended to: records go to a journal beside it (``OUT.partial.jsonl``, lines as
above) and :meth:`Output.close` rewrites ``OUT`` from its old rows and the journal (into a
temporary file, then renamed), then removes the journal. After a hard kill the journal stays; the
next run reads it as done and merges it.
"""
from __future__ import annotations

import csv
import io
import os
from typing import Callable, Iterator

from .errors import OptionsError
from .records import COLUMN_NAMES, COLUMNS, Record

__all__ = ["Output", "open_output", "owned_files", "FORMATS", "format_for"]

FORMATS = ("jsonl", "csv", "parquet")
_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet",
             ".pq": "parquet"}
Key = tuple[str, "str | None"]


def format_for(path: str, fmt: str | None = None) -> str:
    """The format asked for, else the one the output's suffix names, else ``jsonl``."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise OptionsError(f"the output format must be one of {', '.join(FORMATS)}, not {fmt!r}")
        return fmt
    return _SUFFIXES.get(os.path.splitext(path)[1].lower(), "jsonl")


def owned_files(path: str) -> tuple[str, str, str]:
    """The files an output of any format may write: itself, a Parquet journal and its rewrite."""
    return path, path + ".partial.jsonl", path + ".partial.tmp"


class Output:
    """An output open for appending: ``done`` (the keys it holds), ``found`` (records it held when
    opened), ``notes`` (what was repaired), ``files`` (the paths it owns); ``write(record)``, ``close()``."""

    format = ""

    def __init__(self, path: str):
        self.path = path
        self.done: set[Key] = set()
        self.found = 0
        self.notes: list[str] = []
        self.files: tuple[str, ...] = (path,)

    def write(self, record: Record) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> "Output":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_output(path: str, fmt: str | None = None, *, restart: bool = False) -> Output:
    """Open ``path`` to append records in ``fmt`` (default: from the suffix); ``restart`` discards
    what it holds. Raises :class:`OptionsError` (a usage error) when it cannot be written or is not
    a batch output of that format."""
    fmt = format_for(path, fmt)
    if os.path.isdir(path):
        raise OptionsError(f"cannot write the output {path}: it is a folder", hint="name a file with -o")
    if fmt == "parquet":
        return ParquetOutput(path, restart)
    if fmt == "csv":
        return LineOutput(path, restart, "csv", header=",".join(COLUMN_NAMES), key=_csv_key, line=_csv_line)
    return LineOutput(path, restart, "jsonl", header=None, key=_json_key, line=Record.to_json)


class LineOutput(Output):
    """A text file of one record per line, optionally under a header line."""

    def __init__(self, path: str, restart: bool, fmt: str, *, header: str | None,
                 key: Callable[[bytes], Key], line: Callable[[Record], str]):
        super().__init__(path)
        self.format = fmt
        self.header = header
        self._line = line
        self.unreadable = 0
        self.fd: int | None = None
        try:
            self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
            _lock(self.fd, path)
            if restart:
                os.truncate(path, 0)
            size = self._scan(key)
        except OSError as e:
            self.close()
            raise OptionsError(f"cannot write the output {path}: {e.strerror or e}",
                               hint="choose another file with -o") from None
        except OptionsError:
            self.close()
            raise
        if size == 0 and header is not None:
            _write_all(self.fd, (header + "\n").encode("utf-8"))

    def _scan(self, key: Callable[[bytes], Key]) -> int:
        """Read the keys done; cut a half-written last line. Returns the size kept."""
        offset = 0
        expect_header = self.header is not None
        first_record = True
        with open(self.path, "rb") as fh:
            for line in fh:
                if not line.endswith(b"\n"):
                    os.truncate(self.path, offset)
                    self.notes.append(f"dropped a half-written last record ({len(line):,} bytes) from {self.path}")
                    break
                if expect_header:
                    if line.rstrip(b"\r\n").decode("utf-8", "replace") != self.header:
                        raise self._foreign("its first line is not resumekit's CSV header")
                    expect_header = False
                elif line.strip():
                    try:
                        self.done.add(key(line))
                        self.found += 1
                    except (ValueError, UnicodeDecodeError, IndexError):
                        if first_record:
                            raise self._foreign("its first line is not a batch record") from None
                        self.unreadable += 1
                    first_record = False
                offset += len(line)
        if self.unreadable:
            self.notes.append(f"{self.unreadable} line(s) of {self.path} are not records; left as they are")
        return offset

    def _foreign(self, why: str) -> OptionsError:
        return OptionsError(f"the output {self.path} exists and is not a resumekit batch {self.format} file: {why}",
                            hint="choose another file with -o, or pass --restart to overwrite it")

    def write(self, record: Record) -> None:
        _write_all(self.fd, (self._line(record) + "\n").encode("utf-8"))

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def _lock(fd: int, path: str) -> None:
    """Hold the output for this batch alone: a second batch on the same file would repeat work and
    interleave records (POSIX advisory lock; released when the file is closed or the process dies)."""
    try:
        import fcntl
    except ImportError:  # Windows
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise OptionsError(f"another batch is writing to {path}",
                           hint="wait for it to finish, or choose another file with -o") from None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _json_key(line: bytes) -> Key:
    return Record.from_json(line).key


def _csv_key(line: bytes) -> Key:
    values = next(csv.reader([line.decode("utf-8").rstrip("\r\n")]))
    if len(values) != len(COLUMN_NAMES):
        raise ValueError("not a row of this header")
    return values[0], values[1] or None


def _csv_line(record: Record) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(_csv_cell(v) for v in record.row().values())
    return buf.getvalue()


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).replace("\r\n", " ").replace("\r", " ").replace("\n", " ")


class ParquetOutput(Output):
    """Records in a journal while the batch runs; one Parquet file, rewritten on close."""

    format = "parquet"
    BATCH = 1_000

    def __init__(self, path: str, restart: bool):
        super().__init__(path)
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise OptionsError("Parquet output needs pyarrow", hint="pip install 'resumekit[parquet]'") from None
        self.pa, self.pq = pa, pq
        types = {"string": pa.string(), "bool": pa.bool_(), "int": pa.int64()}
        self.schema = pa.schema([(name, types[t]) for name, t in COLUMNS] + [("candidate", pa.string())])
        self.files = owned_files(path)
        _, self.journal_path, self.tmp_path = self.files
        if restart:
            for p in self.files:
                if os.path.exists(p):
                    os.remove(p)
        if os.path.exists(self.tmp_path):
            os.remove(self.tmp_path)  # a rewrite cut short: the journal still holds its records
        if os.path.exists(path):
            self._scan()
        self.journal = LineOutput(self.journal_path, False, "jsonl", header=None, key=_json_key, line=Record.to_json)
        self.done |= self.journal.done
        self.found += self.journal.found
        self.notes += self.journal.notes

    def _scan(self) -> None:
        try:
            names = self.pq.read_schema(self.path).names
            table = self.pq.read_table(self.path, columns=["path", "sha256"]) if names == self.schema.names else None
        except Exception as e:
            raise OptionsError(f"the output {self.path} exists and is not a Parquet file ({type(e).__name__})",
                               hint="choose another file with -o, or pass --restart to overwrite it") from None
        if names != self.schema.names:
            raise OptionsError(f"the output {self.path} exists and is not a resumekit batch Parquet file "
                               "(its columns differ)",
                               hint="choose another file with -o, or pass --restart to overwrite it")
        self.done |= set(zip(table.column("path").to_pylist(), table.column("sha256").to_pylist()))
        self.found += table.num_rows

    def write(self, record: Record) -> None:
        self.journal.write(record)

    def close(self) -> None:
        if self.journal.fd is None:
            return
        self.journal.close()
        if os.path.exists(self.path) and os.path.getsize(self.journal_path) == 0:
            os.remove(self.journal_path)  # nothing new: the file stays as it was
            return
        writer = self.pq.ParquetWriter(self.tmp_path, self.schema)
        try:
            if os.path.exists(self.path):
                for batch in self.pq.ParquetFile(self.path).iter_batches(batch_size=self.BATCH):
                    writer.write_batch(batch)
            rows: list[dict] = []
            for record in self._journal_records():
                rows.append({**record.row(), "candidate": record.candidate_json})
                if len(rows) == self.BATCH:
                    writer.write_table(self.pa.Table.from_pylist(rows, self.schema))
                    rows = []
            if rows:
                writer.write_table(self.pa.Table.from_pylist(rows, self.schema))
        finally:
            writer.close()
        os.replace(self.tmp_path, self.path)
        os.remove(self.journal_path)

    def _journal_records(self) -> Iterator[Record]:
        with open(self.journal_path, "rb") as fh:
            for line in fh:
                try:
                    yield Record.from_json(line)
                except ValueError:
                    continue
