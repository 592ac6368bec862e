"""The data dictionary (docs/data-dictionary.md), generated from the Table Schemas and the data.

Every table and column: type, required, meaning in Chinese and in English, allowed values, an example.
`python -m tongzhou_data.build` writes it; a test fails when the committed file differs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..checks.problems import counted
from ..package_format import csv_cell

SPLIT = re.compile(r"^(.*?[。）)])\s+([A-Za-z0-9].*)$", re.DOTALL)


def split_description(text: str) -> tuple[str, str]:
    """A bilingual description '中文。 English.' as (Chinese, English); one language goes to its side."""
    if match := SPLIT.match(text):
        return match.group(1).strip(), match.group(2).strip()
    if re.search(r"[\u4e00-\u9fff]", text):
        return text, ""
    return "", text


def _example(rows: Sequence[Mapping[str, Any]], column: str) -> str:
    value = next((r[column] for r in rows if r.get(column) not in (None, "")), None)
    if value is None:
        return ""
    shown = csv_cell(value) if not hasattr(value, "isoformat") else value.isoformat()
    return shown if len(shown) <= 30 else shown[:29] + "…"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(
    schemas: Mapping[str, Mapping[str, Any]], tables: Mapping[str, Sequence[Mapping[str, Any]]], version: str
) -> str:
    """The whole dictionary as Markdown."""
    out = [
        "# Data dictionary",
        "",
        f"tongzhou-data {version}. Generated from `schema/*.schema.json` and the data by",
        "`python -m tongzhou_data.build`; do not edit by hand. Offsets are 0-based, end-exclusive code-point",
        "indexes into the working text (`td.text()`, `datasets/text.txt`). Empty cells are missing values.",
        "",
    ]
    for name, schema in schemas.items():
        out += _table_section(name, schema, tables.get(name, []))
    return "\n".join(out)


def _table_section(name: str, schema: Mapping[str, Any], rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """One table: its description, row count, keys, and a line per column."""
    zh, en = split_description(schema.get("description", ""))
    out = [f"## `{name}` — {schema.get('title', '')}", "", en or zh, ""]
    out.append(f"{counted(len(rows), 'row')}. Primary key: `{', '.join(schema.get('primaryKey', []))}`.")
    for fk in schema.get("foreignKeys", []):
        ref = fk["reference"]
        fields, refs = ", ".join(fk["fields"]), ", ".join(ref["fields"])
        out.append(f"Foreign key: `{fields}` → `{ref['resource'] or name}.{refs}`.")
    out += [
        "",
        "| column | type | required | 含义 | meaning | allowed values | example |",
        "|---|---|---|---|---|---|---|",
    ]
    out += [_column_line(field, rows) for field in schema["fields"]]
    out.append("")
    return out


def _column_line(field: Mapping[str, Any], rows: Sequence[Mapping[str, Any]]) -> str:
    constraints = field.get("constraints", {})
    f_zh, f_en = split_description(field.get("description", ""))
    cells = (
        f"`{field['name']}`",
        field["type"],
        "yes" if constraints.get("required") else "no",
        f"{field.get('title', '')}：{f_zh}" if f_zh else field.get("title", ""),
        f_en,
        "; ".join(_allowed(constraints)),
        _example(rows, field["name"]),
    )
    return "| " + " | ".join(_cell(x) for x in cells) + " |"


def _allowed(constraints: Mapping[str, Any]) -> list[str]:
    allowed = []
    if "enum" in constraints:
        allowed.append(", ".join(f"`{v}`" for v in constraints["enum"]))
    if "pattern" in constraints:
        allowed.append(f"pattern `{constraints['pattern']}`")
    if "minimum" in constraints:
        allowed.append(f"≥ {constraints['minimum']}")
    if constraints.get("unique"):
        allowed.append("unique")
    return allowed
