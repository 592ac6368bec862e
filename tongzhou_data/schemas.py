"""The Table Schemas (`schema/NAME.schema.json`): the one declaration of every table's columns (name,
type, constraints, bilingual title and description) and of its title, description and keys.

They are edited by hand and published as they are; the models (`models.py`) are made from them and the
registry (`tables.py`) reads them. Also here: the one map of Table Schema types. Nothing heavy is
imported (the checks and the loader's paths use this module).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from ._paths import schema_file, shipped_dir


@dataclass(frozen=True)
class FieldType:
    """A Table Schema type: its Python type, Arrow type, strict CSV form and parser (the one map of them)."""

    python: type
    arrow: str
    form: re.Pattern[str] | None
    parse: Callable[[str], Any]


FIELD_TYPES = {
    "string": FieldType(str, "string", None, str),
    "integer": FieldType(int, "int64", re.compile(r"-?[0-9]+"), int),
    "number": FieldType(float, "float64", re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?"), float),
    "date": FieldType(dt.date, "date32", re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"), dt.date.fromisoformat),
    "boolean": FieldType(bool, "bool_", re.compile(r"true|false"), lambda v: v == "true"),
}


@cache
def _text(name: str) -> str:
    return schema_file(name).read_text(encoding="utf-8")


@cache
def schema_names() -> tuple[str, ...]:
    """The tables that have a schema file, by name."""
    return tuple(sorted(p.name.removesuffix(".schema.json") for p in shipped_dir("schema").glob("*.schema.json")))


def load(name: str) -> dict[str, Any]:
    """Table `name`'s Table Schema as its file holds it (a fresh copy, which the caller may change)."""
    return json.loads(_text(name))


def column(table: str, name: str) -> dict[str, Any]:
    """The field of column `name` in table `table`'s schema."""
    found = [field for field in load(table)["fields"] if field["name"] == name]
    if not found:
        raise KeyError(f"{schema_file(table)}: no column {name!r}")
    return found[0]


@cache
def trusted_patterns() -> frozenset[str]:
    """Every `pattern` the package's own Table Schemas declare: the only ones a check runs."""
    return frozenset(
        field["constraints"]["pattern"]
        for name in schema_names()
        for field in load(name)["fields"]
        if "pattern" in (field.get("constraints") or {})
    )


def model_name(table: str) -> str:
    """A table's model name: its name in CamelCase, singular (term_mentions -> TermMention, project_statuses
    -> ProjectStatus)."""
    singular = table[:-2] if table.endswith("uses") else table.removesuffix("s")
    return "".join(word.capitalize() for word in singular.split("_"))
