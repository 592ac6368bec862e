"""Pydantic models, one per table, made from its Table Schema (`schema/NAME.schema.json`, the one
declaration of every column).

A schema field becomes a model field: its type (an `enum` a Literal of its values), `T | None = None`
unless it is required, its pattern and minimum, its Chinese title (the part before " / ") and its
description; the schema's description is the model's docstring. `td.records(name)` returns rows as these
models. The closed vocabularies and shared id patterns that other modules name are read from the same
schemas, so nothing here restates a column.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from .schemas import FIELD_TYPES, column, load, schema_names

MADE = {"required", "pattern", "minimum", "enum", "unique"}  # the constraints a model field is made with


class Record(BaseModel):
    """Base of every table's model: immutable, and no unknown columns accepted."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)  # NaN only from a damaged file


def vocabulary(table: str, name: str) -> Any:
    """The Literal of the values column `name` of `table` may take (its schema's `enum`)."""
    return Literal[tuple(column(table, name)["constraints"]["enum"])]


def pattern(table: str, name: str) -> str:
    """The pattern column `name` of `table` must match."""
    return str(column(table, name)["constraints"]["pattern"])


def annotation(field: dict[str, Any]) -> Any:
    """A schema field's Python type: a Literal of its `enum`, else its type's; with `| None` unless required."""
    constraints = field.get("constraints", {})
    unknown = set(constraints) - MADE
    if unknown:
        raise ValueError(f"column {field['name']}: constraint(s) {sorted(unknown)} cannot be made into a model")
    base = Literal[tuple(constraints["enum"])] if "enum" in constraints else FIELD_TYPES[field["type"]].python
    return base if constraints.get("required") else base | None


def field_info(field: dict[str, Any]) -> Any:
    """A schema field's pydantic Field: its default, constraints, Chinese title and description."""
    constraints = field.get("constraints", {})
    limits = {"pattern": constraints.get("pattern"), "ge": constraints.get("minimum")}
    return Field(
        ... if constraints.get("required") else None,
        title=field["title"].split(" / ")[0],
        description=field["description"],
        json_schema_extra={"unique": True} if constraints.get("unique") else None,
        **{key: value for key, value in limits.items() if value is not None},
    )


@cache
def model(table: str) -> type[Record]:
    """The model of `table`'s rows, made from its schema: TermMention for term_mentions."""
    schema = load(table)
    fields = {field["name"]: (annotation(field), field_info(field)) for field in schema["fields"]}
    return create_model(
        model_name(table), __base__=Record, __doc__=schema["description"], __module__=__name__, **fields
    )


def model_name(table: str) -> str:
    """A table's model name: its name in CamelCase, singular (term_mentions → TermMention)."""
    return "".join(word.capitalize() for word in table.removesuffix("s").split("_"))


def __getattr__(name: str) -> type[Record]:
    """`models.Target`, `models.TermMention` …: the model of the table whose name it is, made on first use
    (PEP 562), so that a new table's model needs no line here."""
    table = next((t for t in schema_names() if model_name(t) == name), None)
    if table is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return model(table)


# The closed vocabularies other modules name, each read from a column that has it.
Kind, Qualifier, Measure, Direction, Origin = (
    vocabulary("targets", name) for name in ("kind", "qualifier", "measure", "direction", "origin")
)
ProjectStatus, Category = (vocabulary("projects", name) for name in ("status", "category"))
Topic = vocabulary("indicators", "topic")
# Patterns that more than one column shares.
DOCUMENT_ID = pattern("documents", "document_id")
PROJECT_KEY = pattern("project_summary", "project_key")
INDICATOR_ID = pattern("indicators", "indicator_id")
# The periods of `indicator_summary`, each with a value, value_max, qualifier and target_id column.
PERIOD_SLOTS = tuple(
    field["name"].removesuffix("_target_id")
    for field in load("indicator_summary")["fields"]
    if field["name"].endswith("_target_id")
)
TARGET_ID = pattern("indicator_summary", f"{PERIOD_SLOTS[0]}_target_id")
