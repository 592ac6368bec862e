"""A Data Package of any reports of the genre, read whole by the parser: what `tongzhou-data extract` writes.

Each input file becomes one `documents` row and its rows in every table `table_rows.report_tables` makes
(all but `indicator_summary`, whose columns are the years of this package's own report), with the same
Table Schemas as the published package. Files are read in parallel, one process per core, a batch of a
few at a time (`read_batch`: their rows encoded and checked together, a column at a time); a file that
cannot be read or parsed is named and left out while the others are written. What is written is
validated as a portal would, as it is written (`checks.written`).
"""

from __future__ import annotations

import codecs
import re
from collections import deque
from collections.abc import Generator, Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .._version import __version__
from ..attainment import attainment_rows, pairing_rows
from ..checks.problems import Problems
from ..checks.written import WrittenChecks, is_clean
from ..extract.text import working_text
from ..models import DOCUMENT_ID
from ..package_format import arrow_schema, text_file
from ..table_rows import report_tables, row_dict
from ..tables import REGISTRY, table_schema
from . import workers
from .files import descriptor, integrity_entry, json_bytes
from .table_stream import Encoded, TableStream, encoded

REPORT_TABLES = (
    "documents", "sections", "terms", "term_mentions", "indicators", "targets", "projects", "project_summary",
    "project_statuses",
)  # fmt: skip
BATCH = 32  # reports a worker reads at a time (their rows are encoded and checked together)
FEW = 4  # reports a batch holds at least, near the end of many (each batch has a cost of its own)
AHEAD = 2  # batches read ahead per worker while the parent writes
LOOKED_AT = ("documents", "indicators")  # tables the writer reads rows of (titles, pairs, the catalogue once)
APPENDED = tuple(n for n in REPORT_TABLES if n not in LOOKED_AT)  # tables the writer only appends
TABLES = (*REPORT_TABLES, "attainment")  # attainment pairs reports: made once all are read
META = {
    "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
    "name": "government-work-reports",
    "title": "政府工作报告（解析）/ Government work reports, as parsed",
    "description": "Reports of the genre read whole by tongzhou-data's parser, with no curation: outline, "
    "glossary, every stated quantity and project mention, each with its verbatim quote and offsets.",
    "licenses": [{"name": "CC0-1.0", "path": "https://creativecommons.org/publicdomain/zero/1.0/"}],
}


@dataclass(frozen=True)
class Source:
    """One report to read: its file and the id its rows get."""

    path: Path
    document_id: str


@dataclass(frozen=True)
class BatchRows:
    """The rows of the tables the writer only appends (`APPENDED`), of a few reports read together
    (`documents`, their ids in order), encoded for the files; `clean` names the tables whose rows of
    these reports break no rule a row can break alone (`is_clean`; of the tables the writer looks at,
    every row, so also the rows it keeps)."""

    encoded: dict[str, Encoded]
    clean: frozenset[str]
    documents: tuple[str, ...]


@dataclass
class Outcome:
    """What came of one report: its text, the rows the writer looks at (by table, as dicts), what
    `attainment` reads of its targets (`pairing_rows`), the rows set aside and a warning (each a line
    naming the file), or why it failed. The last report read of a batch carries the batch's other rows
    (`batch`); until `read_batch` moves them there, `rows` holds every table's."""

    source: Source
    text: str | None = None
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    pairable: list[dict[str, Any]] = field(default_factory=list)
    left_out: int = 0
    error: str | None = None
    warnings: tuple[str, ...] = ()
    no_report: bool = False
    set_aside: int = 0
    batch: BatchRows | None = None


def document_id_for(path: Path) -> str:
    """A document id from a file name: lower case, each run of other characters a hyphen (Tianjin-2026.md
    -> tianjin-2026); ValueError when nothing is left (a Chinese file name: pass --id)."""
    slug = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    if not slug:
        raise ValueError(f"{path}: its name gives no document id (letters a-z, digits, hyphens); pass --id")
    return slug


REPORT_SUFFIXES = (".md", ".txt")  # the files a folder given to `extract` holds reports in


def report_files(paths: Sequence[Path], lists: Sequence[Path] = ()) -> list[Path]:
    """The report files `paths` name: a file as it is, a folder as every `.md` and `.txt` file under it
    (recursively, in name order), then the files each list in `lists` names, one per line (blank lines
    and lines opening with # skipped; a relative path is relative to the list's folder). ValueError for a
    list that cannot be read, or a folder that holds no report."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in REPORT_SUFFIXES and p.is_file())
            if not found:
                raise ValueError(f"{path}: a folder with no .md or .txt file in it")
            out += found
        else:
            out.append(path)
    for listed in lists:
        try:
            lines = listed.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise ValueError(f"--from-list {listed}: cannot be read ({type(error).__name__})") from None
        out += [listed.parent / line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return out


def sources(paths: Sequence[Path], ids: Sequence[str] = ()) -> list[Source]:
    """The reports to read, each with its id (`ids` in order, else from the file name); ValueError for a
    count of ids that does not match, an id that is not one, or two reports with one id."""
    if ids and len(ids) != len(paths):
        raise ValueError(f"{len(ids)} --id for {len(paths)} files: give one per file, in order, or none")
    out = [Source(p, i) for p, i in zip(paths, ids or [document_id_for(p) for p in paths], strict=True)]
    for s in out:
        if not re.fullmatch(DOCUMENT_ID, s.document_id):
            raise ValueError(f"--id {s.document_id!r}: a document id is letters a-z, digits and hyphens")
    seen: dict[str, Path] = {}
    for s in out:
        if s.document_id in seen:
            raise ValueError(f"{seen[s.document_id]} and {s.path} both have the id {s.document_id!r}; pass --id")
        seen[s.document_id] = s.path
    return out


def source_text(data: bytes, encoding: str = "utf-8") -> str:
    """The text a report's file holds, as the package keeps it: decoded (a UTF-8 byte-order mark dropped),
    line ends as LF, and `[bookmark: …]` markers of word-processor exports removed (the working text)."""
    decoded = data.decode("utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding)
    return working_text(decoded.replace("\r\n", "\n").replace("\r", "\n"))


def read_source(path: Path, encoding: str = "utf-8") -> tuple[bytes, str]:
    """A report file's bytes and text; ValueError naming the file and what to do when it is missing, a
    folder, or not text in `encoding` (with a hint where it reads as GB18030 or UTF-16)."""
    if path.is_dir():
        raise ValueError(f"{path}: a folder, not a report file; name the files in it (such as {path}/*.md)")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ValueError(f"{path}: no such file") from None
    except OSError as error:
        raise ValueError(f"{path}: cannot be read ({error.strerror})") from None
    try:
        return data, source_text(data, encoding)
    except UnicodeDecodeError as error:
        message = f"{path}: cannot be read as {encoding.upper()} text (byte {error.start}){_hint(data)}"
        raise ValueError(message) from None


def _hint(data: bytes) -> str:
    """What a file that is not UTF-8 may be, and how to read it."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "; it starts with a UTF-16 byte-order mark: pass --encoding utf-16"
    try:
        data.decode("gb18030")
    except UnicodeDecodeError:
        return "; if it is in another encoding, pass --encoding NAME"
    return "; it reads as GB18030 (GBK): pass --encoding gb18030, or convert it: iconv -f GB18030 -t UTF-8"


@dataclass(frozen=True)
class Years:
    """The years `extract` is told: one per file (it overrides what the report states), and one for every
    report that states none."""

    default: int | None = None
    by_file: dict[str, int] = field(default_factory=dict)

    def of(self, path: Path) -> tuple[int | None, int | None]:
        """(the year that overrides the report's own, the year that stands where it states none)."""
        given = self.by_file.get(str(path), self.by_file.get(path.name))
        return given, self.default


def read_report(source: Source, years: Years = Years(), encoding: str = "utf-8") -> Outcome:
    """Read and parse one report, in the year `years` give it (`read_batch` of one)."""
    return read_batch([source], years, encoding)[0]


def read_batch(found: Sequence[Source], years: Years = Years(), encoding: str = "utf-8") -> list[Outcome]:
    """Read and parse a few reports (a worker's job), each failure kept with its file rather than raised;
    the rows of the tables the writer only appends are encoded once for all of them (`BatchRows`), so that
    the cost of making Arrow tables and of the checks is shared. The rows are made unvalidated and checked
    encoded (`table_rows.made_by`); a report whose unchecked rows failed or set a row aside is read again
    with each row validated, and so is the whole batch where a table's rows are not clean: the validated
    rows set aside what no table can hold, with the model's reason."""
    outcomes = [_read_rows(source, years, encoding, checked=False) for source in found]
    outcomes = [o if o.error is None and not o.set_aside else _read_rows(o.source, years, encoding) for o in outcomes]
    try:
        if _encode_batch(outcomes, every_table_clean=True):
            return outcomes
    except Exception:  # a value its column's type cannot hold (a str for a number, an int past 64 bits)
        pass
    outcomes = [_read_rows(source, years, encoding) for source in found]
    _encode_batch(outcomes)
    return outcomes


def _encode_batch(outcomes: list[Outcome], every_table_clean: bool = False) -> bool:
    """Encode the rows of the reports read among `outcomes` and check them (`BatchRows`, on the last one
    read); with `every_table_clean`, only if every table's rows are clean (False otherwise, none encoded)."""
    read = [o for o in outcomes if o.error is None]
    if not read:
        return True
    texts = {o.source.document_id: o.text or "" for o in read}
    chunks = {name: _encoded(name, [r for o in read for r in o.rows[name]]) for name in REPORT_TABLES}
    clean = frozenset(n for n, chunk in chunks.items() if is_clean(n, chunk, texts))
    if every_table_clean and len(clean) < len(chunks):
        return False
    for outcome in read:
        for name in APPENDED:
            del outcome.rows[name]
    read[-1].batch = BatchRows({name: chunks[name] for name in APPENDED}, clean, tuple(texts))
    return True


def _read_rows(source: Source, years: Years, encoding: str, checked: bool = True) -> Outcome:
    """One report's text and rows of every table, as dicts (unless `checked`, made unvalidated:
    `table_rows.made_by`); any failure kept, with its file."""
    try:
        data, text = read_source(source.path, encoding)
    except ValueError as error:
        return Outcome(source, error=str(error))
    if not text.strip():
        return Outcome(source, error=f"{source.path}: the file is empty")
    try:
        made = report_tables(source.document_id, text, data, source.path.name, *years.of(source.path), checked=checked)
        as_dict = row_dict if checked else vars  # unchecked, each row's own fields: none is used again, no copy
        rows = {name: [as_dict(r) for r in made.tables[name]] for name in REPORT_TABLES}
        pairable = pairing_rows(rows["targets"])
    except Exception as error:  # a parser bug on one report must not lose the others
        first = str(error).strip().splitlines()[0] if str(error).strip() else ""
        return Outcome(source, error=f"{source.path}: the parser failed ({type(error).__name__}: {first[:200]})")
    warnings = [f"{source.path}: {made.warning}"] if made.warning else []
    warnings += [f"{source.path}: a row set aside, {reason}" for reason in made.set_aside]
    return Outcome(
        source,
        text,
        rows,
        pairable,
        made.left_out,
        warnings=tuple(warnings),
        no_report=made.warning is not None,
        set_aside=len(made.set_aside),
    )


@cache
def _table_format(name: str) -> tuple[list[str], Any]:
    """The fields and Arrow schema of table `name`, made once per process."""
    schema = table_schema(REGISTRY[name])
    return [f["name"] for f in schema["fields"]], arrow_schema(schema)


def _encoded(name: str, rows: list[dict[str, Any]]) -> Encoded:
    return encoded(rows, *_table_format(name))


def batched(found: Sequence[Source], jobs: int) -> list[Sequence[Source]]:
    """`found` cut into batches for `jobs` workers, in order: BATCH reports each while many are left, then
    smaller ones, each at most half of what is left per worker (never more than BATCH, and where there are
    many never fewer than FEW but the last, which holds what is left), so that every worker has work until
    near the end and none waits long for the last."""
    out: list[Sequence[Source]] = []
    start, share = 0, 2 * max(jobs, 1)
    least = max(1, min(FEW, len(found) // share))
    while start < len(found):
        size = max(least, min(BATCH, -(-(len(found) - start) // share)))
        out.append(found[start : start + size])
        start += size
    return out


def read_each(
    found: Sequence[Source], years: Years, jobs: int, encoding: str = "utf-8"
) -> Generator[Outcome, None, None]:
    """Every report read, a batch of a few at a time (`read_batch`), `jobs` batches at a time in worker
    processes, yielded in the order given; at most a few batches per worker are read ahead, so memory
    holds them and not the corpus. However this process ends, its workers end with it (`workers`)."""
    batches = batched(found, jobs)
    if jobs <= 1 or len(batches) <= 1:
        for batch in batches:
            yield from read_batch(batch, years, encoding)
        return
    with workers.pool(min(jobs, len(batches))) as pool:
        ahead: deque[Future[list[Outcome]]] = deque()
        for batch in batches:
            ahead.append(pool.submit(read_batch, batch, years, encoding))
            if len(ahead) >= AHEAD * jobs:
                yield from ahead.popleft().result()
        while ahead:
            yield from ahead.popleft().result()


def planned_files(found: Sequence[Source]) -> list[str]:
    """The names of every file a package of `found` holds."""
    texts = [text_file(s.document_id, len(found)) for s in found] + ["text.txt"]  # text.txt if only one is read
    return [f"{n}.{fmt}" for n in TABLES for fmt in ("csv", "parquet")] + sorted(set(texts)) + ["datapackage.json"]


@dataclass
class Written:
    """What `write_reports` wrote: how many reports, each table's rows, and the problems its rows showed as
    they were written (`checks.written`); the files themselves are checked by `check_package_files`."""

    documents: int
    counts: dict[str, int]
    problems: Problems


def write_reports(out: Path, outcomes: Iterable[Outcome]) -> Written:
    """Write the package of every report of `outcomes` that was read into `out` (which must exist), each
    as it comes (`PackageStream`), its rows checked as they are written. With none, `out` holds no
    descriptor."""
    stream = PackageStream(out)
    try:
        for outcome in outcomes:
            stream.add(outcome)
    except BaseException:
        stream.close(complete=False)
        raise
    stream.close(complete=bool(stream.documents))
    return Written(len(stream.documents), stream.counts, stream.checks.problems)


class PackageStream:
    """A package of many reports written one report at a time: each table appended to (`TableStream`) and
    its rows checked as they pass (`WrittenChecks`), each text written as it comes; kept until the end only
    what spans reports: the indicator ids seen (the catalogue holds each entry once, its first row), the
    rows `attainment` pairs and the keys the checks need."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.schemas = {name: table_schema(REGISTRY[name]) for name in TABLES}
        self.tables = {name: TableStream(folder, name, schema) for name, schema in self.schemas.items()}
        self.checks = WrittenChecks(self.schemas)
        self.counts: dict[str, int] = {}
        self.documents: list[str] = []
        self._titles: list[dict[str, str]] = []
        self._indicators: set[str] = set()
        self._texts: dict[str, str] = {}  # the texts of the reports whose batch is not yet written
        self._pending: dict[str, list[dict[str, Any]]] = {name: [] for name in LOOKED_AT}  # their rows
        self._paired: dict[str, list[dict[str, Any]]] = {"documents": [], "targets": []}
        self._known: dict[str, dict[str, Any]] = {}  # each text's size and hash, of the bytes written

    def add(self, outcome: Outcome) -> None:
        """One report's text, and the rows the writer looks at, unless it failed; at the end of its batch,
        the batch's rows of every table (those they refer to first, for the checks)."""
        if outcome.error is not None or outcome.text is None:
            return
        document_id = outcome.source.document_id
        data = outcome.text.encode("utf-8")
        (self.folder / text_file(document_id, 2)).write_bytes(data)
        (document,) = outcome.rows["documents"]  # its text_sha256 is of these very bytes: not hashed again
        self._known[document_id] = integrity_entry(len(data), document["text_sha256"])
        self._texts[document_id] = outcome.text
        self.documents.append(document_id)
        self._titles.append({"title": outcome.source.path.name})
        documents, indicators = outcome.rows.get("documents", []), outcome.rows.get("indicators", [])
        new = [r for r in indicators if r["indicator_id"] not in self._indicators]  # the catalogue's first row
        self._indicators.update(r["indicator_id"] for r in new)
        self._pending["documents"] += documents
        self._pending["indicators"] += new
        self._paired["documents"] += documents
        self._paired["targets"] += outcome.pairable
        if outcome.batch is not None:
            self._add_batch(outcome.batch)

    def _add_batch(self, batch: BatchRows) -> None:
        texts = {d: self._texts.pop(d) for d in batch.documents}
        chunks = {**batch.encoded, **{name: _encoded(name, rows) for name, rows in self._pending.items()}}
        self._pending = {name: [] for name in LOOKED_AT}
        for name in (n for n in self.checks.order if n in chunks):
            self._append(name, chunks[name], texts, name in batch.clean)

    def _append(self, name: str, rows: Encoded, texts: dict[str, str], clean: bool = False) -> None:
        self.tables[name].add_encoded(rows)
        self.checks.add(name, rows, texts, clean)

    def close(self, complete: bool = True) -> None:
        """Pair targets with outcomes, end every file and write the descriptor; with `complete` False,
        only end the files (the folder is then no package)."""
        if any(self._pending.values()):  # reports that came without their batch's rows (none from `read_each`)
            self._add_batch(BatchRows({}, frozenset(), tuple(self._texts)))
        if complete:
            paired = _encoded("attainment", attainment_rows(self._paired["documents"], self._paired["targets"]))
            self._append("attainment", paired, {}, is_clean("attainment", paired, {}))
            self.counts = self.checks.finish()
        for table in self.tables.values():
            table.close()
        if not complete:
            return
        if len(self.documents) == 1:  # a package of one document holds text.txt
            (self.folder / text_file(self.documents[0], 2)).rename(self.folder / text_file(self.documents[0], 1))
        meta = {**META, "sources": self._titles}
        known = {text_file(d, len(self.documents)): self._known[d] for d in self.documents}
        known.update({f"{name}.csv": table.csv_integrity() for name, table in self.tables.items()})
        package = descriptor(self.schemas, self.folder, __version__, meta, documents=self.documents, known=known)
        (self.folder / "datapackage.json").write_bytes(json_bytes(package))
