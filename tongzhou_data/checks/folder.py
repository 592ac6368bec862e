"""Validate a folder of published files (the installed data, or a portal's copy) without frictionless.

Checks, for the descriptor `datapackage.json` in the folder:
- it names every table as a CSV resource, a Parquet resource or both, and the working text `text.txt`;
  every file it names exists, with the size and sha256 the descriptor gives
- each CSV's header is the schema's fields; each cell has the field's type, written strictly, and meets
  its constraints (required, enum, pattern, minimum, maximum, minLength, maxLength, unique); the
  primary key is unique
- each Parquet file has the schema's columns, in order, with their types, and the same rows as its CSV
  twin (without one, each of its values meets the constraints as a CSV cell would)
- foreign keys; `text.txt` has the sha256 and length the `documents` table gives; every offset slices
  out its verbatim text
Each problem is one readable line that names the file. Standard library plus pyarrow (for Parquet).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import re
from pathlib import Path
from typing import Any

from .. import publish
from .._paths import TABLES
from ..tables import FIELD_TYPES
from . import rules as checks

csv.field_size_limit(2**31 - 1)


TABLE_FORMATS = ("csv", "parquet")
TEXT = "text.txt"


def read_descriptor(folder: Path) -> dict[str, Any]:
    """The folder's descriptor, or ValueError naming what is wrong with it."""
    path = folder / "datapackage.json"
    if not path.is_file():
        raise ValueError(f"{path}: missing; a data folder holds datapackage.json beside its CSV and Parquet files")
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"{path}: not valid JSON ({error})") from None
    resources = descriptor.get("resources") if isinstance(descriptor, dict) else None
    if not isinstance(resources, list) or not all(isinstance(r, dict) for r in resources):
        raise ValueError(f"{path}: not a data package descriptor (no list of resources)")
    for index, resource in enumerate(resources):
        for key, kind in (("name", str), ("path", str), ("format", str)):
            if not isinstance(resource.get(key), kind):
                raise ValueError(f"{path}: resource {index + 1} has no valid {key!r}")
        if resource["format"] not in TABLE_FORMATS:
            continue
        if not isinstance(resource.get("schema"), dict):
            raise ValueError(f"{path}: resource {resource['name']!r} has no valid 'schema'")
        fields = resource["schema"].get("fields")
        if not isinstance(fields, list) or not all(
            isinstance(f, dict) and isinstance(f.get("name"), str) for f in fields
        ):
            raise ValueError(f"{path}: resource {resource['name']!r} has no valid schema fields")
        if any(
            f.get("type", "string") not in FIELD_TYPES or not isinstance(f.get("constraints") or {}, dict)
            for f in fields
        ):
            raise ValueError(f"{path}: resource {resource['name']!r} has a field of an unknown type")
    return descriptor


def _cell(value: str, field: dict[str, Any], where: str, problems: list[str]) -> Any:
    constraints = field.get("constraints") or {}
    kind = field.get("type", "string")
    if value == "":
        if constraints.get("required"):
            problems.append(f"{where}: required but empty")
        return None
    form = FIELD_TYPES[kind].form
    if form is not None and not form.fullmatch(value):
        problems.append(f"{where}: {value!r} is not a {kind}")
        return None
    try:
        parsed = FIELD_TYPES[kind].parse(value)
    except ValueError:
        problems.append(f"{where}: {value!r} is not a {kind}")
        return None
    if "enum" in constraints and parsed not in constraints["enum"]:
        problems.append(f"{where}: {value!r} is not one of {constraints['enum']}")
    if "pattern" in constraints and not re.fullmatch(constraints["pattern"], value):
        problems.append(f"{where}: {value!r} does not match {constraints['pattern']}")
    for bound, broken in (("minimum", lambda b: parsed < b), ("maximum", lambda b: parsed > b)):
        if bound in constraints and kind in ("integer", "number") and broken(constraints[bound]):
            problems.append(f"{where}: {value!r} breaks the {bound} {constraints[bound]}")
    if "minLength" in constraints and len(value) < constraints["minLength"]:
        problems.append(f"{where}: shorter than {constraints['minLength']} characters")
    if "maxLength" in constraints and len(value) > constraints["maxLength"]:
        problems.append(f"{where}: longer than {constraints['maxLength']} characters")
    return parsed


def read_table(path: Path, schema: dict[str, Any], problems: list[str]) -> list[dict[str, Any]]:
    """The typed rows of one CSV, adding a problem for every cell that breaks its schema."""
    fields = schema["fields"]
    names = [f["name"] for f in fields]
    try:
        content = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        problems.append(f"{path.name}: not UTF-8 ({error.reason})")
        return []
    if content.startswith("\ufeff"):
        problems.append(f"{path.name}: starts with a byte-order mark (BOM); the canonical CSV is UTF-8 without one")
        return []
    reader = csv.reader(io.StringIO(content, newline=""))
    rows = []
    try:
        header = next(reader, [])
        if header != names:
            problems.append(f"{path.name}: header {header} is not the schema's fields {names}")
            return []
        for cells in reader:
            line = reader.line_num
            if len(cells) != len(names):
                problems.append(f"{path.name}:{line}: {len(cells)} cells, the header has {len(names)}")
                continue
            rows.append(
                {
                    f["name"]: _cell(v, f, f"{path.name}:{line}: {f['name']}", problems)
                    for f, v in zip(fields, cells, strict=True)
                }
            )
    except csv.Error as error:
        problems.append(f"{path.name}:{reader.line_num}: not readable CSV ({error})")
    return rows


def _equal(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return abs(a - b) <= 1e-9 * max(1.0, abs(a))
    return type(a) is type(b) and a == b if a is not None and b is not None else a is b


def read_parquet(path: Path, schema: dict[str, Any], problems: list[str]) -> list[dict[str, Any]] | None:
    """The rows of one Parquet file, or None (with a problem) when it is unreadable or not of the schema."""
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except Exception as error:  # pyarrow raises several types for a damaged file
        problems.append(f"{path.name}: cannot be read as Parquet ({type(error).__name__}: {error})")
        return None
    if not table.schema.remove_metadata().equals(publish.arrow_schema(schema)):
        got = ", ".join(f"{f.name}:{f.type}" for f in table.schema)
        problems.append(f"{path.name}: its columns ({got}) are not the schema's")
        return None
    return table.to_pylist()


def check_cells(path: Path, rows: list[dict[str, Any]], schema: dict[str, Any], problems: list[str]) -> None:
    """Each value of typed rows (read from Parquet) meets its field's constraints, as a CSV cell would."""

    for index, row in enumerate(rows):
        for field in schema["fields"]:
            _cell(
                publish.csv_cell(row[field["name"]]), field, f"{path.name} row {index + 1}: {field['name']}", problems
            )


def same_rows(parquet_rows: list[dict[str, Any]], csv_rows: list[dict[str, Any]]) -> bool:
    return len(parquet_rows) == len(csv_rows) and all(
        _equal(a.get(k), b[k]) for a, b in zip(parquet_rows, csv_rows, strict=True) for k in b
    )


def _check_text(folder: Path, tables: dict[str, list[dict[str, Any]]], problems: list[str]) -> str | None:
    path = folder / TEXT
    if not path.is_file():
        problems.append("text.txt: missing (the working text every offset points into)")
        return None
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.append(f"text.txt: not UTF-8 ({error.reason})")
        return None
    for document in tables.get("documents", []):
        if document.get("text_sha256") and hashlib.sha256(data).hexdigest() != document["text_sha256"]:
            problems.append("text.txt: sha256 differs from documents.text_sha256 (the text was modified)")
        if document.get("char_count") is not None and len(text) != document["char_count"]:
            problems.append(f"text.txt: {len(text)} characters, documents.char_count says {document['char_count']}")
    return text


def check_files(folder: Path, resources: list[dict[str, Any]], problems: list[str]) -> None:
    """Every resource's file exists below `folder` with the size and sha256 the descriptor gives."""
    for resource in resources:
        name, relative = resource["name"], resource["path"]
        if "/" in relative or "\\" in relative or relative.startswith("."):
            problems.append(f"{relative}: a resource path must name a file in the folder")
            continue
        path = folder / relative
        if not path.is_file():
            problems.append(f"{relative}: missing (resource {name})")
            continue
        data = path.read_bytes()
        if not isinstance(resource.get("bytes"), int) or not str(resource.get("hash", "")).startswith("sha256:"):
            problems.append(f"datapackage.json: resource {name!r} gives no bytes and sha256 hash")
        elif len(data) != resource["bytes"]:
            problems.append(
                f"{relative}: {len(data)} bytes, the descriptor says {resource['bytes']} (modified or truncated)"
            )
        elif hashlib.sha256(data).hexdigest() != resource["hash"].removeprefix("sha256:"):
            problems.append(f"{relative}: sha256 does not match the descriptor (the file was modified)")


def read_rows(folder: Path, name: str, found: dict[str, dict[str, Any]], problems: list[str]) -> list[dict[str, Any]]:
    """Table `name`'s typed rows, from its CSV and/or Parquet resource, each checked against the schema;
    with both, the Parquet rows must be the CSV's."""
    csv_resource, parquet_resource = found.get("csv"), found.get("parquet")
    schema = (csv_resource or parquet_resource or {}).get("schema", {})
    rows = reference = None
    if csv_resource and (folder / csv_resource["path"]).is_file():
        before = len(problems)
        rows = read_table(folder / csv_resource["path"], schema, problems)
        reference = rows if len(problems) == before else None  # a broken CSV is no reference for its twin
    if parquet_resource and (folder / parquet_resource["path"]).is_file():
        path = folder / parquet_resource["path"]
        parquet_rows = read_parquet(path, schema, problems)
        if parquet_rows is not None and csv_resource is None:
            check_cells(path, parquet_rows, schema, problems)
            rows = parquet_rows
        elif parquet_rows is not None and reference is not None and not same_rows(parquet_rows, reference):
            problems.append(f"{path.name}: its rows differ from {csv_resource['path']}")
    return rows or []


def table_resources(resources: list[dict[str, Any]], problems: list[str]) -> dict[str, dict[str, dict[str, Any]]]:
    """For each table, its resources by format (a package may hold CSV, Parquet or both)."""
    by_name = {r["name"]: r for r in resources}
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for name in TABLES:
        pair = {"csv": by_name.get(name), "parquet": by_name.get(f"{name}-parquet")}
        found[name] = {fmt: r for fmt, r in pair.items() if r is not None and r["format"] == fmt}
        if not found[name]:
            problems.append(f"datapackage.json: no csv resource {name!r} or parquet resource '{name}-parquet'")
    if not any(r["path"] == TEXT for r in resources):
        problems.append(f"datapackage.json: no resource for {TEXT} (the working text every offset points into)")
    return found


def table_schema(formats: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A table's schema, its foreign keys naming tables (a Parquet resource's name tables' Parquet twins)."""
    resource = formats.get("csv") or formats["parquet"]
    return {**resource["schema"], "foreignKeys": [_to_table(fk) for fk in resource["schema"].get("foreignKeys", [])]}


def _to_table(fk: Any) -> Any:
    reference = fk.get("reference") if isinstance(fk, dict) else None
    if not isinstance(reference, dict) or not isinstance(reference.get("resource"), str):
        return fk  # malformed: reported where the keys are checked
    return {**fk, "reference": {**reference, "resource": reference["resource"].removesuffix("-parquet")}}


def validate_folder(folder: Path) -> tuple[dict[str, int], list[str]]:
    """Row counts per table and every problem found in `folder`; no problems means valid. Where a wheel
    installed `folder`, its files are also checked against pip's record."""
    problems = check_record(folder, installed_record(folder))
    try:
        descriptor = read_descriptor(folder)
    except ValueError as error:
        raise ValueError("; ".join([*problems, str(error)])) from None
    found = table_resources(descriptor["resources"], problems)
    check_files(folder, descriptor["resources"], problems)
    tables = {name: read_rows(folder, name, formats, problems) for name, formats in found.items() if formats}
    schemas = {name: table_schema(formats) for name, formats in found.items() if formats}
    try:
        for name, rows in tables.items():
            problems += checks.check_keys(name, rows, schemas[name])
        if tables:
            problems += checks.check_foreign_keys(tables, schemas)
    except (KeyError, TypeError, AttributeError) as error:
        problems.append(f"datapackage.json: a primary or foreign key names what is not there ({error!r})")
    text = _check_text(folder, tables, problems) if tables else None
    if text is not None:
        for name, rows in tables.items():
            problems += checks.check_spans(name, rows, text)
    return {name: len(rows) for name, rows in tables.items()}, list(dict.fromkeys(problems))


def check_record(folder: Path, record: list[tuple[str, str, int]]) -> list[str]:
    """The files of `folder` against an installer's record: (file name, urlsafe base64 sha256, size).

    The descriptor is the root of trust of a bare folder; for an installed wheel, pip's RECORD also
    covers the descriptor itself, so a change anywhere in it is caught.
    """
    import base64

    problems = []
    for name, digest, size in record:
        path = folder / name
        data = path.read_bytes() if path.is_file() else None
        actual = None if data is None else base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
        if data is None or len(data) != size or actual.decode() != digest:
            problems.append(f"{name}: differs from the file the installer wrote (pip's RECORD); it was modified")
    return problems


def installed_record(folder: Path) -> list[tuple[str, str, int]]:
    """pip's record of the data files in `folder`, when `folder` is where a wheel installed them; else []."""
    from importlib import metadata

    try:
        files = metadata.distribution("tongzhou-data").files or []
    except metadata.PackageNotFoundError:
        return []
    data = [f for f in files if f.parts[:2] == ("tongzhou_data", "datasets") and f.hash and f.hash.mode == "sha256"]
    here = folder.resolve()
    return [(f.name, f.hash.value, f.size or 0) for f in data if Path(str(f.locate())).resolve().parent == here]
