"""Validate a folder of published files (the installed data, a portal's copy, an export) without
frictionless: the descriptor's shape, every file's size and hash (`integrity`), every cell against its
field (`cells`), Parquet against its schema and its CSV twin, and the table rules (`rules`). Each problem
names its file; a package may hold its tables as CSV, Parquet or both.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path
from typing import Any

from .._tables import PACKAGE_NAMES as NAMES
from ..package_format import TEXT_RESOURCE, arrow_schema, csv_cell, text_file
from .cells import read_cell
from .descriptor import TABLE_FORMATS, DescriptorError, check_resources, read_descriptor
from .integrity import check_files, check_record, check_unlisted, installed_record, read_texts
from .paths import UnsafePath, read_resource
from .problems import Problems, excerpt
from .rules import check_tables

csv.field_size_limit(2**31 - 1)

Rows = list[dict[str, Any]]
__all__ = ["DescriptorError", "read_descriptor", "validate_folder"]


def validate_folder(folder: Path) -> tuple[dict[str, int], Problems]:
    """Row counts per table and every problem found in `folder`; no problems means valid (`notices` say
    what is beside the package). Where a wheel installed `folder`, its files are also checked against
    pip's record. DescriptorError when the descriptor cannot be read at all."""
    problems = Problems()
    check_record(folder, installed_record(folder), problems)
    descriptor = read_descriptor(folder, problems)
    resources = descriptor["resources"]
    check_resources(resources, problems)
    check_unlisted(folder, resources, problems)
    found = table_resources(resources, problems)
    check_files(folder, resources, problems)
    tables = {name: read_rows(folder, formats, problems) for name, formats in found.items()}
    check_text_resources(resources, tables.get("documents", []), problems)
    texts = read_texts(folder, tables.get("documents", []), problems) if tables else None
    schemas = {name: table_schema(formats) for name, formats in found.items()}
    try:
        problems.extend(check_tables(tables, schemas, texts))
    except (KeyError, TypeError, AttributeError) as error:
        problems.add("descriptor", f"datapackage.json: a primary or foreign key names what is not there ({error!r})")
    return {name: len(rows) for name, rows in tables.items()}, problems


def table_resources(resources: list[dict[str, Any]], problems: Problems) -> dict[str, dict[str, dict[str, Any]]]:
    """Each table's resources by format: `NAME` as CSV, `NAME-parquet` as Parquet. A package holds
    `documents`, and every table a table it holds refers to; the others (such as `indicator_summary`,
    which packages of other reports leave out) are optional."""
    by_name = {r["name"]: r for r in resources}
    listed = dict.fromkeys(r["name"].removesuffix("-parquet") for r in resources if r["format"] in TABLE_FORMATS)
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for name in [*NAMES, *(t for t in listed if t not in NAMES)]:
        pair = {"csv": by_name.get(name), "parquet": by_name.get(f"{name}-parquet")}
        formats = {fmt: r for fmt, r in pair.items() if r is not None and r["format"] == fmt}
        if formats:
            found[name] = formats
    for name in sorted(_required(found) - set(found), key=NAMES.index):
        message = f"datapackage.json: no csv resource {name!r} or parquet resource '{name}-parquet'"
        problems.add("descriptor", message, name)
    return found


def _required(found: dict[str, dict[str, dict[str, Any]]]) -> set[str]:
    """`documents` and every known table a found table's foreign keys refer to."""
    required = {"documents"}
    for formats in found.values():
        schema = next(iter(formats.values())).get("schema") or {}
        for fk in schema.get("foreignKeys") or []:
            resource = (fk.get("reference") or {}).get("resource") if isinstance(fk, dict) else None
            if isinstance(resource, str) and resource.removesuffix("-parquet") in NAMES:
                required.add(resource.removesuffix("-parquet"))
    return required


def check_text_resources(resources: list[dict[str, Any]], documents: Rows, problems: Problems) -> None:
    """Each document's working text is listed in the descriptor (`text.txt`, or `text-ID.txt` each), and
    each text the descriptor lists is a document's."""
    paths = {r["path"] for r in resources}
    expected = {text_file(str(d.get("document_id")), len(documents)) for d in documents}
    for name in sorted(expected - paths):
        problems.add(
            "descriptor", f"datapackage.json: no resource for {name} (the working text every offset points into)"
        )
    for resource in resources:
        if resource["format"] == TEXT_RESOURCE["format"] and documents and resource["path"] not in expected:
            message = f"datapackage.json: {excerpt(resource['path'])} is the working text of no row of documents"
            problems.add("descriptor", message)


def table_schema(formats: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A table's schema, its foreign keys naming tables (a Parquet resource's name tables' Parquet twins),
    each `enum` a `Choices` (a cell is looked up in it at once, however long the list)."""
    resource = formats.get("csv") or formats["parquet"]
    fields = [_with_choices(f) for f in resource["schema"]["fields"]]
    foreign_keys = [_to_table(fk) for fk in resource["schema"].get("foreignKeys", [])]
    return {**resource["schema"], "fields": fields, "foreignKeys": foreign_keys}


class Choices(list[Any]):
    """An `enum` list whose membership test is a set lookup when its values are strings (their hashes are
    salted, so no crafted list makes it slow); other lists, at most MAX_ENUM long, are scanned."""

    def __init__(self, values: list[Any]) -> None:
        super().__init__(values)
        self._set = frozenset(values) if all(isinstance(v, str) for v in values) else None

    def __contains__(self, value: object) -> bool:
        if self._set is None:
            return super().__contains__(value)
        return isinstance(value, str) and value in self._set


def _with_choices(field: dict[str, Any]) -> dict[str, Any]:
    constraints = field.get("constraints") or {}
    if not isinstance(constraints.get("enum"), list):
        return field
    return {**field, "constraints": {**constraints, "enum": Choices(constraints["enum"])}}


def _to_table(fk: Any) -> Any:
    reference = fk.get("reference") if isinstance(fk, dict) else None
    if not isinstance(reference, dict) or not isinstance(reference.get("resource"), str):
        return fk  # malformed: reported where the keys are checked
    return {**fk, "reference": {**reference, "resource": reference["resource"].removesuffix("-parquet")}}


def read_rows(folder: Path, formats: dict[str, dict[str, Any]], problems: Problems) -> Rows:
    """A table's typed rows, from its CSV and/or Parquet file, each checked against the schema; with
    both, the Parquet rows must be the CSV's."""
    csv_resource, parquet_resource = formats.get("csv"), formats.get("parquet")
    schema = table_schema(formats)
    rows = reference = None
    if csv_resource and (data := _safe_bytes(folder, csv_resource["path"])) is not None:
        before = len(problems)
        rows = read_csv(data, csv_resource["path"], schema, problems)
        reference = rows if len(problems) == before else None  # a broken CSV is no reference for its twin
    if parquet_resource and (data := _safe_bytes(folder, parquet_resource["path"])) is not None:
        name = parquet_resource["path"]
        parquet_rows = read_parquet(data, name, schema, problems)
        if parquet_rows is not None and csv_resource is None:
            check_values(name, parquet_rows, schema, problems)
            rows = parquet_rows
        elif parquet_rows is not None and reference is not None and not same_rows(parquet_rows, reference):
            problems.add("parquet-rows", f"{name}: its rows differ from {formats['csv']['path']}")
    return rows or []


def _safe_bytes(folder: Path, relative: str) -> bytes | None:
    """A table file's bytes, or None where it is missing or unsafe (`check_files` says which)."""
    try:
        return read_resource(folder, relative)
    except (OSError, UnsafePath):
        return None


def read_csv(data: bytes, name: str, schema: dict[str, Any], problems: Problems) -> Rows:
    """The typed rows of one CSV file's bytes (`name` its file name), adding a problem for every cell that
    breaks its schema."""
    try:
        content = data.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.add("encoding", f"{name}: not UTF-8 ({error.reason})")
        return []
    if content.startswith("\ufeff"):
        problems.add("bom", f"{name}: starts with a byte-order mark (BOM); the canonical CSV is UTF-8 without one")
        return []
    reader = csv.reader(io.StringIO(content, newline=""))
    try:
        return _typed_rows(reader, name, schema, problems)
    except csv.Error as error:
        problems.add("csv", f"{name}:{reader.line_num}: not readable CSV ({error})")
        return []


def _typed_rows(reader: Any, file: str, schema: dict[str, Any], problems: Problems) -> Rows:
    fields = schema["fields"]
    names = [f["name"] for f in fields]
    header: list[str] = next(reader, [])
    if header != names:
        shown = excerpt(",".join(header), 120)
        problems.add("header", f"{file}: header {shown} is not the schema's fields {','.join(names)}")
        return []
    rows = []
    table = file.rsplit(".", 1)[0]
    for number, cells in enumerate(reader, start=1):
        line = reader.line_num
        if len(cells) != len(names):
            message = f"{file}:{line}: {len(cells)} cells, the header has {len(names)}"
            problems.add("row-length", message, table, number, None, line)
            continue
        at = (table, number, line)
        rows.append(
            {
                f["name"]: read_cell(v, f, f"{file}:{line}: {f['name']}", problems, at)
                for f, v in zip(fields, cells, strict=True)
            }
        )
    return rows


def read_parquet(data: bytes, name: str, schema: dict[str, Any], problems: Problems) -> Rows | None:
    """The rows of one Parquet file's bytes (`name` its file name), or None (with a problem) when it is
    unreadable or not of the schema."""
    try:
        table = parquet_table(data)
        if not table.schema.remove_metadata().equals(arrow_schema(schema)):
            got = ", ".join(f"{f.name}:{f.type}" for f in table.schema)
            problems.add("parquet-columns", f"{name}: its columns ({got}) are not the schema's")
            return None
        return table.to_pylist()  # decodes every string: a damaged page fails here, not on reading
    except Exception as error:  # pyarrow raises several types for a damaged file, UnicodeDecodeError among them
        problems.add("parquet", f"{name}: cannot be read as Parquet ({type(error).__name__}: {error})")
        return None


def parquet_table(data: bytes) -> Any:
    """A Parquet file's table; ValueError, before anything is unpacked, for a file that would unpack to
    far more rows or bytes than it holds (a few hundred kilobytes can hold millions of identical rows,
    gigabytes once read as Python objects)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(pa.BufferReader(data))
    meta = parquet.metadata
    unpacked = sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
    if meta.num_rows > max(len(data), 10_000) or unpacked > max(100 * len(data), 64 * 2**20):
        raise ValueError(
            f"{meta.num_rows:,} rows and {unpacked:,} bytes unpacked from {len(data):,}: it unpacks to far more "
            "than a table file of this package holds, so it is not read"
        )
    return parquet.read()


def check_values(name: str, rows: Rows, schema: dict[str, Any], problems: Problems) -> None:
    """Each value of typed rows (read from Parquet) meets its field's constraints, as a CSV cell would."""
    table = name.rsplit(".", 1)[0]
    for index, row in enumerate(rows):
        for field in schema["fields"]:
            where = f"{name} row {index + 1}: {field['name']}"
            read_cell(csv_cell(row[field["name"]]), field, where, problems, (table, index + 1, None))


def same_rows(parquet_rows: Rows, csv_rows: Rows) -> bool:
    return len(parquet_rows) == len(csv_rows) and all(
        _equal(a.get(k), b[k]) for a, b in zip(parquet_rows, csv_rows, strict=True) for k in b
    )


def _equal(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return abs(a - b) <= 1e-9 * max(1.0, abs(a))
    return type(a) is type(b) and a == b if a is not None and b is not None else a is b
