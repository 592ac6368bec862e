"""A table's files read a row at a time: typed rows from its CSV (each cell checked against its field) and
from its Parquet (its columns checked against the schema), and, with both, the Parquet rows compared with
the CSV's as they pass; so that a table of a corpus package is never held whole."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import IO, Any

from ..package_format import arrow_schema, csv_cell
from .cells import FieldCheck
from .paths import UnsafePath, open_resource
from .problems import Problems, excerpt

csv.field_size_limit(2**31 - 1)
Row = dict[str, Any]
BATCH = 65_536  # Parquet rows decoded at a time


def table_rows(
    folder: Path, formats: dict[str, dict[str, Any]], schema: dict[str, Any], problems: Problems
) -> Iterator[Row]:
    """A table's typed rows, from its CSV and/or Parquet file, each checked against the schema; with both,
    the rows come from the CSV and the Parquet rows must be the same (a broken CSV is no reference)."""
    csv_resource, parquet_resource = formats.get("csv"), formats.get("parquet")
    if csv_resource is None:
        name = parquet_resource["path"] if parquet_resource else ""
        rows = _parquet_rows(folder, parquet_resource, schema, problems) if parquet_resource else iter(())
        checks = [FieldCheck(f) for f in schema["fields"]]
        for index, row in enumerate(rows):
            _check_values(name, index, row, checks, problems)
            yield row
        return
    before, broken = len(problems), list[bool]()
    twin = _parquet_rows(folder, parquet_resource, schema, problems, broken) if parquet_resource else None
    differs = False
    for row in _csv_rows(folder, csv_resource["path"], schema, problems):
        if twin is not None and not differs:
            differs = not same_row(next(twin, None), row)
        yield row
    if twin is not None:
        differs = differs or next(twin, None) is not None
        twin.close()
        if differs and not broken and len(problems) == before:
            problems.add("parquet-rows", f"{parquet_resource['path']}: its rows differ from {csv_resource['path']}")  # type: ignore[index]


def _csv_rows(folder: Path, relative: str, schema: dict[str, Any], problems: Problems) -> Iterator[Row]:
    try:
        handle = open_resource(folder, relative)
    except (OSError, UnsafePath):
        return  # `check_files` says why
    with handle:
        yield from csv_rows(io.BufferedReader(handle), relative, schema, problems)  # type: ignore[arg-type]


def read_csv(data: bytes, name: str, schema: dict[str, Any], problems: Problems) -> list[Row]:
    """The typed rows of one CSV file's bytes (`name` its file name)."""
    return list(csv_rows(io.BufferedReader(io.BytesIO(data)), name, schema, problems))


def csv_rows(data: io.BufferedReader, name: str, schema: dict[str, Any], problems: Problems) -> Iterator[Row]:
    """The typed rows of one CSV file (`name` its file name), adding a problem for every cell that breaks
    its schema; a file that is not UTF-8, starts with a BOM or is not CSV ends where that is found."""
    if data.peek(3)[:3] == b"\xef\xbb\xbf":
        problems.add("bom", f"{name}: starts with a byte-order mark (BOM); the canonical CSV is UTF-8 without one")
        return
    reader = csv.reader(io.TextIOWrapper(data, encoding="utf-8", newline=""))
    try:
        yield from _typed_rows(reader, name, schema, problems)
    except UnicodeDecodeError as error:
        problems.add("encoding", f"{name}: not UTF-8 ({error.reason})")
    except csv.Error as error:
        problems.add("csv", f"{name}:{reader.line_num}: not readable CSV ({error})")


def _typed_rows(reader: Any, file: str, schema: dict[str, Any], problems: Problems) -> Iterator[Row]:
    fields = schema["fields"]
    names = [f["name"] for f in fields]
    header: list[str] = next(reader, [])
    if header != names:
        shown = excerpt(",".join(header), 120)
        problems.add("header", f"{file}: header {shown} is not the schema's fields {','.join(names)}")
        return
    table = file.rsplit(".", 1)[0]
    checks = [FieldCheck(f) for f in fields]
    for number, cells in enumerate(reader, start=1):
        line = reader.line_num
        if len(cells) != len(names):
            message = f"{file}:{line}: {len(cells)} cells, the header has {len(names)}"
            problems.add("row-length", message, table, number, None, line)
            continue
        at, where = (table, number, line), (file, line)
        yield {c.name: c.read(v, where, problems, at) for c, v in zip(checks, cells, strict=True)}


def _parquet_rows(
    folder: Path, resource: dict[str, Any], schema: dict[str, Any], problems: Problems, broken: list[bool] | None = None
) -> Generator[Row, None, None]:
    """The rows of one Parquet file, a batch at a time; a file that cannot be read, unpacks to far more than
    it holds or is not of the schema adds a problem (and `True` to `broken`) and ends the rows."""
    name, broken = resource["path"], broken if broken is not None else []
    try:
        handle = open_resource(folder, name)
    except (OSError, UnsafePath):
        broken.append(True)
        return  # `check_files` says why
    with handle:
        try:
            parquet = opened(handle)
            if not parquet.schema_arrow.remove_metadata().equals(arrow_schema(schema)):
                got = ", ".join(f"{f.name}:{f.type}" for f in parquet.schema_arrow)
                problems.add("parquet-columns", f"{name}: its columns ({got}) are not the schema's")
                broken.append(True)
                return
            for batch in parquet.iter_batches(batch_size=BATCH):
                yield from batch.to_pylist()  # decodes every string: a damaged page fails here
        except Exception as error:  # pyarrow raises several types for a damaged file, UnicodeDecodeError among them
            problems.add("parquet", f"{name}: cannot be read as Parquet ({type(error).__name__}: {error})")
            broken.append(True)


def opened(handle: IO[bytes]) -> Any:
    """The Parquet file open on `handle`, checked as `check_unpacked` says."""
    import pyarrow.parquet as pq

    size = handle.seek(0, io.SEEK_END)
    handle.seek(0)
    parquet = pq.ParquetFile(handle)
    check_unpacked(parquet.metadata, size)
    return parquet


def check_unpacked(meta: Any, size: int) -> None:
    """ValueError, before anything is unpacked, for a Parquet file that would unpack to far more rows or
    bytes than it holds (a few hundred kilobytes can hold millions of identical rows, gigabytes once read
    as Python objects)."""
    unpacked = sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
    if meta.num_rows > max(size, 10_000) or unpacked > max(100 * size, 64 * 2**20):
        raise ValueError(
            f"{meta.num_rows:,} rows and {unpacked:,} bytes unpacked from {size:,}: it unpacks to far more "
            "than a table file of this package holds, so it is not read"
        )


def parquet_table(data: bytes) -> Any:
    """A Parquet file's table from its bytes, checked as `check_unpacked` says."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(pa.BufferReader(data))
    check_unpacked(parquet.metadata, len(data))
    return parquet.read()


def _check_values(name: str, index: int, row: Row, checks: list[FieldCheck], problems: Problems) -> None:
    """Each value of a typed row (read from Parquet) meets its field's constraints, as a CSV cell would."""
    at, where = (name.rsplit(".", 1)[0], index + 1, None), (name, f"row {index + 1}")
    for check in checks:
        check.read(csv_cell(row[check.name]), where, problems, at)


def same_row(parquet_row: Row | None, csv_row: Row) -> bool:
    """Whether a Parquet row holds the values of its CSV twin (floats within rounding)."""
    if parquet_row is None:
        return False
    for key, b in csv_row.items():
        a = parquet_row.get(key)
        if a is b or (type(a) is type(b) and a == b):  # nearly every cell: no float tolerance needed
            continue
        if not _equal(a, b):
            return False
    return True


def _equal(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return abs(a - b) <= 1e-9 * max(1.0, abs(a))
    return type(a) is type(b) and a == b if a is not None and b is not None else a is b
