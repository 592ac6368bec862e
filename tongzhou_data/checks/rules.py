"""Cross-row and cross-table checks that no single-row model can make: keys, foreign keys, and offsets.

Pure functions over rows as dicts; each returns a list of readable problems (empty when all is well),
so the build, the tests and a validating user share one definition of "valid".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..tables import REGISTRY, Span

Rows = Sequence[Mapping[str, Any]]


def check_keys(name: str, rows: Rows, schema: Mapping[str, Any]) -> list[str]:
    """Primary key and `unique` fields hold no duplicates; required fields are filled."""
    problems = []
    key = schema.get("primaryKey", [])
    seen: dict[tuple[Any, ...], int] = {}
    for index, row in enumerate(rows):
        value = tuple(row[k] for k in key)
        if key and value in seen:
            problems.append(f"{name} row {index + 1}: duplicate primary key {value} (first at row {seen[value] + 1})")
        seen.setdefault(value, index)
    for field in schema["fields"]:
        constraints = field.get("constraints", {})
        column = [row[field["name"]] for row in rows]
        if constraints.get("unique"):
            dupes = sorted({str(v) for v in column if v is not None and column.count(v) > 1})
            if dupes:
                problems.append(f"{name}.{field['name']}: values not unique: {dupes[:5]}")
        if constraints.get("required"):
            empty = [i + 1 for i, v in enumerate(column) if v is None or v == ""]
            if empty:
                problems.append(f"{name}.{field['name']}: required but empty in rows {empty[:5]}")
    return problems


def check_foreign_keys(tables: Mapping[str, Rows], schemas: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Every foreign key value (when filled) is present in the referenced table's field."""
    problems = []
    for name, schema in schemas.items():
        for fk in schema.get("foreignKeys", []):
            field = fk["fields"] if isinstance(fk["fields"], str) else fk["fields"][0]
            target_name = fk["reference"]["resource"] or name
            target_field = fk["reference"]["fields"]
            target_field = target_field if isinstance(target_field, str) else target_field[0]
            if target_name not in tables:
                problems.append(f"{name}.{field}: references missing table {target_name!r}")
                continue
            known = {row[target_field] for row in tables[target_name]}
            for index, row in enumerate(tables[name]):
                value = row[field]
                if value is not None and value not in known:
                    problems.append(
                        f"{name} row {index + 1}: {field}={value!r} not found in {target_name}.{target_field}"
                    )
    return problems


def check_spans(name: str, rows: Rows, text: str) -> list[str]:
    """Each span the registry declares lies inside the text, starts before it ends, slices out its
    verbatim column, and lies inside its enclosing span."""
    table = REGISTRY.get(name)
    problems = []
    for span in table.spans if table else ():
        for index, row in enumerate(rows):
            problems += _span_problems(name, index, row, span, text)
    return problems


def _span_problems(name: str, index: int, row: Mapping[str, Any], span: Span, text: str) -> list[str]:
    start, end = row[span.start], row[span.end]
    if (start is None and end is None) or not all(isinstance(v, int) or v is None for v in (start, end)):
        return []  # an empty or mistyped offset is reported where the cell is read
    where = f"{name} row {index + 1} ({span.start}={start}, {span.end}={end})"
    if start is None or end is None or not 0 <= start < end <= len(text):
        return [f"{where}: not a span inside the text of {len(text)} characters"]
    if span.text is not None and text[start:end] != row[span.text]:
        return [f"{where}: text there is {text[start:end]!r}, not {span.text} {row[span.text]!r}"]
    outer = (row[span.inside[0]], row[span.inside[1]]) if span.inside else None
    if outer and all(isinstance(v, int) for v in outer) and not outer[0] <= start < end <= outer[1]:
        return [f"{name} row {index + 1}: {span.start}..{span.end} not inside {span.inside[0]}..{span.inside[1]}"]
    return []


def check_all(tables: Mapping[str, Rows], schemas: Mapping[str, Mapping[str, Any]], text: str) -> list[str]:
    """Every check over every table."""
    problems = []
    for name, rows in tables.items():
        problems += check_keys(name, rows, schemas[name])
        problems += check_spans(name, rows, text)
    problems += check_foreign_keys(tables, schemas)
    return problems
