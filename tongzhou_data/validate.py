"""Validate a folder of published files (the installed data, or a portal's copy) without frictionless.

Checks, for every resource of the descriptor `datapackage.json` in the folder:
- the file exists; a CSV's size and sha256 match the descriptor
- the CSV's header is the schema's fields; each cell has the field's type and meets its constraints
  (required, enum, pattern, minimum, unique); the primary key is unique
- the Parquet twin holds the same rows as its CSV
- foreign keys, and that every offset slices out its verbatim text from `text.txt`
Each problem is one readable line that names the file. Standard library plus pyarrow (for Parquet).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import checks

PARSERS: dict[str, Callable[[str], Any]] = {
    "string": str,
    "integer": int,
    "number": float,
    "date": dt.date.fromisoformat,
    "boolean": lambda v: {"true": True, "false": False}[v],
}


def read_descriptor(folder: Path) -> dict[str, Any]:
    """The folder's descriptor, or ValueError naming what is wrong with it."""
    path = folder / "datapackage.json"
    if not path.is_file():
        raise ValueError(f"{path}: missing; a data folder holds datapackage.json beside its CSV and Parquet files")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"{path}: not valid JSON ({error})") from None


def _cell(value: str, field: dict[str, Any], where: str, problems: list[str]) -> Any:
    constraints = field.get("constraints", {})
    if value == "":
        if constraints.get("required"):
            problems.append(f"{where}: required but empty")
        return None
    try:
        parsed = PARSERS[field["type"]](value)
    except (ValueError, KeyError):
        problems.append(f"{where}: {value!r} is not a {field['type']}")
        return None
    if "enum" in constraints and parsed not in constraints["enum"]:
        problems.append(f"{where}: {value!r} is not one of {constraints['enum']}")
    if "pattern" in constraints and not re.fullmatch(constraints["pattern"], value):
        problems.append(f"{where}: {value!r} does not match {constraints['pattern']}")
    if "minimum" in constraints and parsed < constraints["minimum"]:
        problems.append(f"{where}: {value!r} is below the minimum {constraints['minimum']}")
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
    header = next(reader, [])
    if header != names:
        problems.append(f"{path.name}: header {header} is not the schema's fields {names}")
        return []
    rows = []
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
    return rows


def _same(parquet_rows: list[dict[str, Any]], csv_rows: list[dict[str, Any]]) -> bool:
    if len(parquet_rows) != len(csv_rows):
        return False
    for a, b in zip(parquet_rows, csv_rows, strict=True):
        for key, value in b.items():
            other = a.get(key)
            if isinstance(value, float) and isinstance(other, float):
                if abs(value - other) > 1e-9 * max(1.0, abs(value)):
                    return False
            elif other != value:
                return False
    return True


def validate_folder(folder: Path) -> tuple[dict[str, int], list[str]]:
    """Row counts per table and every problem found in `folder`; no problems means valid."""
    descriptor = read_descriptor(folder)
    problems: list[str] = []
    tables: dict[str, list[dict[str, Any]]] = {}
    schemas: dict[str, dict[str, Any]] = {}
    for resource in descriptor.get("resources", []):
        path = folder / resource["path"]
        if "/" in resource["path"] or resource["path"].startswith("."):
            problems.append(f"{resource['path']}: a resource path must name a file in the folder")
            continue
        if not path.is_file():
            problems.append(f"{path.name}: missing (resource {resource['name']})")
            continue
        if resource.get("format") == "csv":
            data = path.read_bytes()
            if "bytes" in resource and len(data) != resource["bytes"]:
                problems.append(
                    f"{path.name}: {len(data)} bytes, the descriptor says {resource['bytes']} (modified or truncated)"
                )
            expected = str(resource.get("hash", "")).removeprefix("sha256:")
            if expected and hashlib.sha256(data).hexdigest() != expected:
                problems.append(f"{path.name}: sha256 does not match the descriptor (the file was modified)")
            schemas[resource["name"]] = resource["schema"]
            tables[resource["name"]] = read_table(path, resource["schema"], problems)
    for resource in descriptor.get("resources", []):
        if resource.get("format") != "parquet":
            continue
        twin = resource["name"].removesuffix("-parquet")
        path = folder / resource["path"]
        if twin not in tables or not path.is_file():
            continue
        try:
            import pyarrow.parquet as pq

            parquet_rows = pq.read_table(path).to_pylist()
        except Exception as error:  # pyarrow raises several types for a damaged file
            problems.append(f"{path.name}: cannot be read as Parquet ({type(error).__name__}: {error})")
            continue
        if not _same(parquet_rows, tables[twin]):
            problems.append(f"{path.name}: its rows differ from {twin}.csv")
    for name, rows in tables.items():
        problems += checks.check_keys(name, rows, schemas[name])
    if tables:
        problems += checks.check_foreign_keys(tables, schemas)
        text_path = folder / "text.txt"
        if text_path.is_file():
            text = text_path.read_text(encoding="utf-8")
            for name, rows in tables.items():
                problems += checks.check_spans(name, rows, text)
        else:
            problems.append("text.txt: missing (the working text every offset points into)")
    return {name: len(rows) for name, rows in tables.items()}, problems
