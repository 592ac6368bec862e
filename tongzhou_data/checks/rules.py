"""Cross-row and cross-table checks that no single-row model can make: keys, foreign keys, and offsets.

Pure functions over rows as dicts; each returns a list of readable problems (empty when all is well),
so the build, the tests and a validating user share one definition of "valid".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

Rows = Sequence[Mapping[str, Any]]

# For each table, its (start column, end column, column that must equal the text between them or None).
SPANS: dict[str, list[tuple[str, str, str | None]]] = {
    "sections": [("char_start", "char_end", None)],
    "terms": [("definition_start", "definition_end", "definition"), ("first_mention_start", "first_mention_end", None)],
    "targets": [("char_start", "char_end", "quote"), ("number_start", "number_end", "number_text")],
    "projects": [("char_start", "char_end", "quote"), ("name_start", "name_end", "name")],
}
# Spans that must lie inside another span of the same row: (inner start, inner end, outer start, outer end).
NESTED: dict[str, list[tuple[str, str, str, str]]] = {
    "targets": [("number_start", "number_end", "char_start", "char_end")],
    "projects": [("name_start", "name_end", "char_start", "char_end")],
}


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
    """Each span lies inside the text, starts before it ends, and slices out its verbatim column."""
    problems = []
    for start_col, end_col, verbatim in SPANS.get(name, []):
        for index, row in enumerate(rows):
            start, end = row[start_col], row[end_col]
            if start is None and end is None:
                continue
            if not all(isinstance(v, int) or v is None for v in (start, end)):
                continue  # a mistyped offset is reported where the cell is read
            where = f"{name} row {index + 1} ({start_col}={start}, {end_col}={end})"
            if start is None or end is None or not 0 <= start < end <= len(text):
                problems.append(f"{where}: not a span inside the text of {len(text)} characters")
            elif verbatim is not None and text[start:end] != row[verbatim]:
                problems.append(f"{where}: text there is {text[start:end]!r}, not {verbatim} {row[verbatim]!r}")
    for inner_start, inner_end, outer_start, outer_end in NESTED.get(name, []):
        for index, row in enumerate(rows):
            values = [row[inner_start], row[inner_end], row[outer_start], row[outer_end]]
            if not all(isinstance(v, int) for v in values):
                continue  # an empty or mistyped offset is reported where the cell is read
            if not row[outer_start] <= row[inner_start] < row[inner_end] <= row[outer_end]:
                problems.append(
                    f"{name} row {index + 1}: {inner_start}..{inner_end} not inside {outer_start}..{outer_end}"
                )
    return problems


def check_all(tables: Mapping[str, Rows], schemas: Mapping[str, Mapping[str, Any]], text: str) -> list[str]:
    """Every check over every table."""
    problems = []
    for name, rows in tables.items():
        problems += check_keys(name, rows, schemas[name])
        problems += check_spans(name, rows, text)
    problems += check_foreign_keys(tables, schemas)
    return problems
