"""A Data Package of any reports of the genre, read whole by the parser: what `tongzhou-data extract` writes.

Each input file becomes one `documents` row and its rows in every table `table_rows.report_tables` makes
(all but `indicator_summary`, whose columns are the years of this package's own report), with the same
Table Schemas as the published package. Files are read in parallel, one process per core; a file that
cannot be read or parsed is named and left out while the others are written. What is written is
validated as a portal would.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._version import __version__
from ..extract.documents import read_meta
from ..extract.text import working_text
from ..models import DOCUMENT_ID
from ..table_rows import report_tables
from ..tables import REGISTRY, table_schema
from .files import text_file, write_package

TABLES = ("documents", "sections", "terms", "term_mentions", "indicators", "targets", "projects", "project_summary")
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


@dataclass
class Outcome:
    """What came of one report: its text and rows (by table, as dicts), or why it failed."""

    source: Source
    text: str | None = None
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    left_out: int = 0
    error: str | None = None


def document_id_for(path: Path) -> str:
    """A document id from a file name: lower case, each run of other characters a hyphen (Tianjin-2026.md
    -> tianjin-2026); ValueError when nothing is left (a Chinese file name: pass --id)."""
    slug = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    if not slug:
        raise ValueError(f"{path}: its name gives no document id (letters a-z, digits, hyphens); pass --id")
    return slug


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


def source_text(data: bytes) -> str:
    """The text a report's file holds, as the package keeps it: UTF-8 (a byte-order mark dropped), line
    ends as LF, and `[bookmark: …]` markers of word-processor exports removed (the working text)."""
    return working_text(data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n"))


def year_for(text: str, year: int | None) -> int | None:
    """`year` for a report whose delivery line gives none; None (the report's own) otherwise."""
    return year if read_meta(text).delivered_on is None else None


def read_report(source: Source, year: int | None = None) -> Outcome:
    """Read and parse one report; any failure is kept, with its file, rather than raised (a worker's job).
    `year` is used only where the report's delivery line does not give one."""
    try:
        data = source.path.read_bytes()
        text = source_text(data)
        if not text.strip():
            return Outcome(source, error=f"{source.path}: the file is empty")
        made = report_tables(source.document_id, text, data, source.path.name, year_for(text, year))
    except (OSError, UnicodeDecodeError) as error:
        return Outcome(source, error=f"{source.path}: cannot be read as UTF-8 text ({error})")
    except Exception as error:  # a parser bug on one report must not lose the others
        first = str(error).strip().splitlines()[0] if str(error).strip() else ""
        return Outcome(source, error=f"{source.path}: the parser failed ({type(error).__name__}: {first})")
    rows = {name: [r.model_dump() for r in made.tables[name]] for name in TABLES}
    return Outcome(source, text, rows, made.left_out)


def read_all(
    found: Sequence[Source], year: int | None, jobs: int, progress: Callable[[int, Outcome], None]
) -> list[Outcome]:
    """Every report read, `jobs` at a time in worker processes, in the order given; `progress(done, outcome)`
    after each."""
    if jobs <= 1 or len(found) <= 1:
        outcomes = []
        for source in found:
            outcomes.append(read_report(source, year))
            progress(len(outcomes), outcomes[-1])
        return outcomes
    with ProcessPoolExecutor(max_workers=min(jobs, len(found))) as pool:
        futures = [pool.submit(read_report, s, year) for s in found]
        outcomes = []
        for future in futures:
            outcomes.append(future.result())
            progress(len(outcomes), outcomes[-1])
    return outcomes


def merged_rows(outcomes: Sequence[Outcome]) -> dict[str, list[dict[str, Any]]]:
    """The tables of every report that was read, one after another; the indicator catalogue holds each
    entry once, however many reports name it (a project's key is its report's own, so projects never
    meet)."""
    read = [o for o in outcomes if o.error is None]
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for outcome in read:
        for name, table in outcome.rows.items():
            rows[name] += table
    rows["indicators"] = list({r["indicator_id"]: r for r in reversed(rows["indicators"])}.values())[::-1]
    return rows


def planned_files(found: Sequence[Source]) -> list[str]:
    """The names of every file a package of `found` holds."""
    texts = [text_file(s.document_id, len(found)) for s in found] + ["text.txt"]  # text.txt if only one is read
    return [f"{n}.{fmt}" for n in TABLES for fmt in ("csv", "parquet")] + sorted(set(texts)) + ["datapackage.json"]


def write_reports(out: Path, outcomes: Sequence[Outcome]) -> None:
    """Write the package of every report that was read into `out` (which must exist)."""
    read = [o for o in outcomes if o.error is None and o.text is not None]
    texts = {o.source.document_id: o.text for o in read if o.text is not None}
    schemas = {name: table_schema(REGISTRY[name]) for name in TABLES}
    sources_meta = [{"title": o.source.path.name} for o in read]
    write_package(out, texts, merged_rows(read), schemas, {**META, "sources": sources_meta}, __version__)
