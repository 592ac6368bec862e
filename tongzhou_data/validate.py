"""Validate a folder of published files (the installed data, or a portal's copy) without frictionless.

Checks, for the descriptor `datapackage.json` in the folder:
- it names every table of the package as a CSV resource (with `bytes` and a sha256 `hash`) and a
  Parquet twin; each file exists, and each CSV's size and sha256 match the descriptor
- each CSV's header is the schema's fields; each cell has the field's type, written strictly, and meets
  its constraints (required, enum, pattern, minimum, maximum, minLength, maxLength, unique); the
  primary key is unique
- each Parquet file has the schema's columns, in order, with their types, and the same rows as its CSV
- foreign keys; `text.txt` has the sha256 and length the `documents` table gives; every offset slices
  out its verbatim text
Each problem is one readable line that names the file. Standard library plus pyarrow (for Parquet).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import checks
from ._paths import TABLES

csv.field_size_limit(2**31 - 1)

# Table Schema's lexical forms, strictly: no spaces, no underscores, no other digits, no nan or inf.
FORMS = {
    "integer": re.compile(r"-?[0-9]+"),
    "number": re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?"),
    "date": re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"),
    "boolean": re.compile(r"true|false"),
}
PARSERS: dict[str, Callable[[str], Any]] = {
    "string": str,
    "integer": int,
    "number": float,
    "date": dt.date.fromisoformat,
    "boolean": lambda v: v == "true",
}


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
        for key, kind in (("name", str), ("path", str), ("format", str), ("schema", dict)):
            if not isinstance(resource.get(key), kind):
                raise ValueError(f"{path}: resource {index + 1} has no valid {key!r}")
        fields = resource["schema"].get("fields")
        if not isinstance(fields, list) or not all(
            isinstance(f, dict) and isinstance(f.get("name"), str) for f in fields
        ):
            raise ValueError(f"{path}: resource {resource['name']!r} has no valid schema fields")
        if any(
            f.get("type", "string") not in PARSERS or not isinstance(f.get("constraints") or {}, dict) for f in fields
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
    if kind in FORMS and not FORMS[kind].fullmatch(value):
        problems.append(f"{where}: {value!r} is not a {kind}")
        return None
    try:
        parsed = PARSERS[kind](value)
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


def check_parquet(path: Path, schema: dict[str, Any], csv_rows: list[dict[str, Any]], twin: str) -> list[str]:
    """A Parquet file against its schema and the rows of its CSV twin."""
    import pyarrow.parquet as pq

    from .publish import arrow_schema

    try:
        table = pq.read_table(path)
    except Exception as error:  # pyarrow raises several types for a damaged file
        return [f"{path.name}: cannot be read as Parquet ({type(error).__name__}: {error})"]
    expected = arrow_schema(schema)
    if not table.schema.remove_metadata().equals(expected):
        got = ", ".join(f"{f.name}:{f.type}" for f in table.schema)
        return [f"{path.name}: its columns ({got}) are not the schema's"]
    rows = table.to_pylist()
    if len(rows) != len(csv_rows) or not all(
        _equal(a.get(k), b[k]) for a, b in zip(rows, csv_rows, strict=True) for k in b
    ):
        return [f"{path.name}: its rows differ from {twin}.csv"]
    return []


def _check_text(folder: Path, tables: dict[str, list[dict[str, Any]]], problems: list[str]) -> str | None:
    path = folder / "text.txt"
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


def validate_folder(folder: Path) -> tuple[dict[str, int], list[str]]:
    """Row counts per table and every problem found in `folder`; no problems means valid."""
    descriptor = read_descriptor(folder)
    resources = {r["name"]: r for r in descriptor["resources"]}
    problems: list[str] = []
    tables: dict[str, list[dict[str, Any]]] = {}
    schemas: dict[str, dict[str, Any]] = {}
    for name in TABLES:
        for resource_name, fmt in ((name, "csv"), (f"{name}-parquet", "parquet")):
            resource = resources.get(resource_name)
            if resource is None or resource["format"] != fmt:
                problems.append(f"datapackage.json: no {fmt} resource {resource_name!r} for table {name!r}")
    for resource in descriptor["resources"]:
        if "/" in resource["path"] or "\\" in resource["path"] or resource["path"].startswith("."):
            problems.append(f"{resource['path']}: a resource path must name a file in the folder")
            continue
        path = folder / resource["path"]
        if not path.is_file():
            problems.append(f"{path.name}: missing (resource {resource['name']})")
            continue
        if resource["format"] == "csv":
            data = path.read_bytes()
            if not isinstance(resource.get("bytes"), int) or not str(resource.get("hash", "")).startswith("sha256:"):
                problems.append(f"datapackage.json: resource {resource['name']!r} gives no bytes and sha256 hash")
            elif len(data) != resource["bytes"]:
                problems.append(
                    f"{path.name}: {len(data)} bytes, the descriptor says {resource['bytes']} (modified or truncated)"
                )
            elif hashlib.sha256(data).hexdigest() != resource["hash"].removeprefix("sha256:"):
                problems.append(f"{path.name}: sha256 does not match the descriptor (the file was modified)")
            schemas[resource["name"]] = resource["schema"]
            tables[resource["name"]] = read_table(path, resource["schema"], problems)
    for resource in descriptor["resources"]:
        twin = resource["name"].removesuffix("-parquet")
        path = folder / resource["path"]
        if resource["format"] == "parquet" and twin in tables and path.is_file() and "/" not in resource["path"]:
            problems += check_parquet(path, schemas[twin], tables[twin], twin)
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
