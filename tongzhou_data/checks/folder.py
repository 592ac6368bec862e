"""Validate a folder of published files (the installed data, a portal's copy, an export) without
frictionless: the descriptor's shape, every file's size and hash (`integrity`), every cell against its
field (`cells`), Parquet against its schema and its CSV twin, and the table rules (`rules`). Each problem
names its file; a package may hold its tables as CSV, Parquet or both.
"""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path
from typing import Any

from .. import publish
from .._tables import NAMES
from ..schemas import FIELD_TYPES
from .cells import read_cell
from .integrity import check_files, check_record, installed_record, read_texts
from .problems import Problems
from .rules import check_tables

csv.field_size_limit(2**31 - 1)

TABLE_FORMATS = ("csv", "parquet")
Rows = list[dict[str, Any]]


class DescriptorError(ValueError):
    """The descriptor is missing or not a data package: nothing else can be checked."""


def validate_folder(folder: Path) -> tuple[dict[str, int], Problems]:
    """Row counts per table and every problem found in `folder`; no problems means valid. Where a wheel
    installed `folder`, its files are also checked against pip's record. DescriptorError when the
    descriptor cannot be read at all."""
    problems = Problems()
    check_record(folder, installed_record(folder), problems)
    descriptor = read_descriptor(folder, problems)
    resources = descriptor["resources"]
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


def read_descriptor(folder: Path, problems: Problems) -> dict[str, Any]:
    """The folder's descriptor; DescriptorError (with any problems found before) when it is unusable."""
    path = folder / "datapackage.json"
    if not path.is_file():
        _unusable(problems, f"{path}: missing; a data folder holds datapackage.json beside its CSV and Parquet files")
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        _unusable(problems, f"{path}: not valid JSON ({error})")
    resources = descriptor.get("resources") if isinstance(descriptor, dict) else None
    if not isinstance(resources, list) or not all(isinstance(r, dict) for r in resources):
        _unusable(problems, f"{path}: not a data package descriptor (no list of resources)")
    for index, resource in enumerate(resources):
        if reason := _resource_fault(index, resource):
            _unusable(problems, f"{path}: {reason}")
    return descriptor


def _unusable(problems: Problems, message: str) -> None:
    raise DescriptorError("; ".join([*problems.messages(), message]))


def _resource_fault(index: int, resource: dict[str, Any]) -> str | None:
    """What makes one resource unusable, or None."""
    for key in ("name", "path", "format"):
        if not isinstance(resource.get(key), str):
            return f"resource {index + 1} has no valid {key!r}"
    if resource["format"] not in TABLE_FORMATS:
        return None
    fields = resource.get("schema", {}).get("fields") if isinstance(resource.get("schema"), dict) else None
    if fields is None:
        return f"resource {resource['name']!r} has no valid 'schema'"
    if not isinstance(fields, list) or not all(isinstance(f, dict) and isinstance(f.get("name"), str) for f in fields):
        return f"resource {resource['name']!r} has no valid schema fields"
    known = all(f.get("type", "string") in FIELD_TYPES for f in fields)
    if not known or any(not isinstance(f.get("constraints") or {}, dict) for f in fields):
        return f"resource {resource['name']!r} has a field of an unknown type"
    return None


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
    """Each document's working text is listed in the descriptor (`text.txt`, or `text-ID.txt` each)."""
    paths = {r["path"] for r in resources}
    for document in documents:
        name = publish.files.text_file(str(document.get("document_id")), len(documents))
        if name not in paths:
            problems.add(
                "descriptor", f"datapackage.json: no resource for {name} (the working text every offset points into)"
            )


def table_schema(formats: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A table's schema, its foreign keys naming tables (a Parquet resource's name tables' Parquet twins)."""
    resource = formats.get("csv") or formats["parquet"]
    return {**resource["schema"], "foreignKeys": [_to_table(fk) for fk in resource["schema"].get("foreignKeys", [])]}


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
    if csv_resource and (folder / csv_resource["path"]).is_file():
        before = len(problems)
        rows = read_csv(folder / csv_resource["path"], schema, problems)
        reference = rows if len(problems) == before else None  # a broken CSV is no reference for its twin
    if parquet_resource and (folder / parquet_resource["path"]).is_file():
        path = folder / parquet_resource["path"]
        parquet_rows = read_parquet(path, schema, problems)
        if parquet_rows is not None and csv_resource is None:
            check_values(path, parquet_rows, schema, problems)
            rows = parquet_rows
        elif parquet_rows is not None and reference is not None and not same_rows(parquet_rows, reference):
            problems.add("parquet-rows", f"{path.name}: its rows differ from {csv_resource['path']}")
    return rows or []


def read_csv(path: Path, schema: dict[str, Any], problems: Problems) -> Rows:
    """The typed rows of one CSV, adding a problem for every cell that breaks its schema."""
    try:
        content = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        problems.add("encoding", f"{path.name}: not UTF-8 ({error.reason})")
        return []
    if content.startswith("\ufeff"):
        problems.add("bom", f"{path.name}: starts with a byte-order mark (BOM); the canonical CSV is UTF-8 without one")
        return []
    reader = csv.reader(io.StringIO(content, newline=""))
    try:
        return _typed_rows(reader, path.name, schema, problems)
    except csv.Error as error:
        problems.add("csv", f"{path.name}:{reader.line_num}: not readable CSV ({error})")
        return []


def _typed_rows(reader: Any, file: str, schema: dict[str, Any], problems: Problems) -> Rows:
    fields = schema["fields"]
    names = [f["name"] for f in fields]
    header = next(reader, [])
    if header != names:
        problems.add("header", f"{file}: header {header} is not the schema's fields {names}")
        return []
    rows = []
    table = file.rsplit(".", 1)[0]
    for cells in reader:
        line = reader.line_num
        if len(cells) != len(names):
            problems.add("row-length", f"{file}:{line}: {len(cells)} cells, the header has {len(names)}", table, line)
            continue
        at = (table, line)
        rows.append(
            {
                f["name"]: read_cell(v, f, f"{file}:{line}: {f['name']}", problems, at)
                for f, v in zip(fields, cells, strict=True)
            }
        )
    return rows


def read_parquet(path: Path, schema: dict[str, Any], problems: Problems) -> Rows | None:
    """The rows of one Parquet file, or None (with a problem) when it is unreadable or not of the schema."""
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
        if not table.schema.remove_metadata().equals(publish.arrow_schema(schema)):
            got = ", ".join(f"{f.name}:{f.type}" for f in table.schema)
            problems.add("parquet-columns", f"{path.name}: its columns ({got}) are not the schema's")
            return None
        return table.to_pylist()  # decodes every string: a damaged page fails here, not on reading
    except Exception as error:  # pyarrow raises several types for a damaged file, UnicodeDecodeError among them
        problems.add("parquet", f"{path.name}: cannot be read as Parquet ({type(error).__name__}: {error})")
        return None


def check_values(path: Path, rows: Rows, schema: dict[str, Any], problems: Problems) -> None:
    """Each value of typed rows (read from Parquet) meets its field's constraints, as a CSV cell would."""
    table = path.name.rsplit(".", 1)[0]
    for index, row in enumerate(rows):
        for field in schema["fields"]:
            where = f"{path.name} row {index + 1}: {field['name']}"
            read_cell(publish.csv_cell(row[field["name"]]), field, where, problems, (table, index + 1))


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
