"""The table registry: each table declared once, and what is derived from it.

A table is its model (the columns: `models.py`) plus what a model cannot say: its title and description,
keys, and which columns are offsets into the working text. From these come the Table Schemas
(`schema/*.schema.json`, written by the build), the span and key rules of the checks, the data
dictionary and the loader's table names (`_tables.py`, generated). Adding a table means a model, an
entry here and a builder (`build/tables.py`).
"""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import models
from .models import Record

SCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json"


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
    "boolean": FieldType(bool, "bool", re.compile(r"true|false"), lambda v: v == "true"),
}


@dataclass(frozen=True)
class ForeignKey:
    """Columns whose values, where all are filled, stand together in the referenced table's columns."""

    fields: tuple[str, ...]
    table: str  # "" for the table itself
    references: tuple[str, ...]


@dataclass(frozen=True)
class Span:
    """Two offset columns into the working text; `text` must equal the text between them; `inside`
    names the start and end columns of a span that must hold this one."""

    start: str
    end: str
    text: str | None = None
    inside: tuple[str, str] | None = None


@dataclass(frozen=True)
class Order:
    """Two columns that, where both are filled, must be ordered: low <= high (low < high when strict)."""

    low: str
    high: str
    strict: bool = False


PERIOD = Order("period_start", "period_end")


@dataclass(frozen=True)
class Table:
    name: str
    model: type[Record]
    title: str
    description: str
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    spans: tuple[Span, ...] = ()
    orders: tuple[Order, ...] = ()


def _to(table: str, *fields: str) -> tuple[ForeignKey, ...]:
    """Foreign keys from each of `fields` to the same-named column of `table`."""
    return tuple(ForeignKey((f,), table, (f,)) for f in fields)


def _within(table: str, field: str) -> ForeignKey:
    """A foreign key from (document_id, field) to the same columns of `table`: ids are unique per document."""
    return ForeignKey(("document_id", field), table, ("document_id", field))


def _one(field: str, table: str, reference: str) -> ForeignKey:
    """A foreign key from one column that may be empty (Table Schema checks a composite key with one empty
    part as missing, so an optional reference names its column only)."""
    return ForeignKey((field,), table, (reference,))


TABLES: tuple[Table, ...] = (
    Table("documents", models.Document, "文件 / Document", "The report itself: one row.", ("document_id",)),
    Table(
        "sections",
        models.Section,
        "章节提纲 / Outline",
        "The report's outline: parts, chapters and sections, with the span each governs.",
        ("document_id", "section_id"),
        (*_to("documents", "document_id"), _one("parent_id", "", "section_id")),
        (Span("char_start", "char_end"),),
    ),
    Table(
        "terms",
        models.Term,
        "名词解释 / Glossary",
        "The 28 glossary entries, with each term's first mention in the body.",
        ("document_id", "term_id"),
        (*_to("documents", "document_id"), _one("first_mention_section_id", "sections", "section_id")),
        (Span("definition_start", "definition_end", "definition"), Span("first_mention_start", "first_mention_end")),
    ),
    Table(
        "term_mentions",
        models.TermMention,
        "术语提及 / Term mentions",
        "Every mention of every glossary term in the report body, with its section and offsets.",
        ("document_id", "term_mention_id"),
        (_within("terms", "term_id"), *_to("documents", "document_id"), _within("sections", "section_id")),
        (Span("char_start", "char_end", "matched"),),
    ),
    Table(
        "indicators",
        models.Indicator,
        "指标目录 / Indicator catalogue",
        "The indicator catalogue: one row per quantity the report states, however it is worded and in whatever periods, with its English name and topic.",
        ("indicator_id",),
    ),
    Table(
        "targets",
        models.Target,
        "指标与目标 / Targets and results",
        "Every quantity the report states about the district: an achieved result or a planned target, one row per number, with the clause it came from.",
        ("document_id", "target_id"),
        (*_to("documents", "document_id"), _within("sections", "section_id"), *_to("indicators", "indicator_id")),
        (
            Span("char_start", "char_end", "quote"),
            Span("number_start", "number_end", "number_text", ("char_start", "char_end")),
        ),
        (Order("value", "value_max", strict=True), PERIOD),
    ),
    Table(
        "indicator_summary",
        models.IndicatorSummary,
        "指标汇总 / Indicator summary",
        "One row per indicator with its values side by side: achieved 2021-2025, achieved 2025, target 2026 and target 2026-2030, each with the targets row it comes from.",
        ("indicator_id",),
        (
            *_to("indicators", "indicator_id"),
            *(_one(f"{p}_target_id", "targets", "target_id") for p in models.PERIOD_SLOTS),
        ),
    ),
    Table(
        "projects",
        models.Project,
        "项目 / Project mentions",
        "Every mention of a named project (a building, line, road, park, hub, school, hospital, plant, demonstration area…) with its status as the text states it: one row per mention.",
        ("document_id", "project_id"),
        (*_to("project_summary", "project_key"), *_to("documents", "document_id"), _within("sections", "section_id")),
        (Span("char_start", "char_end", "quote"), Span("name_start", "name_end", "name", ("char_start", "char_end"))),
        (PERIOD,),
    ),
    Table(
        "project_summary",
        models.ProjectSummary,
        "项目汇总 / Projects",
        "One row per project: its name, category and the status its mentions give in each period of the report.",
        ("project_key",),
        (_one("first_project_id", "projects", "project_id"),),
    ),
)
REGISTRY = {table.name: table for table in TABLES}


def table_schema(table: Table) -> dict[str, Any]:
    """The Frictionless Table Schema of `table`, generated from its model and entry."""
    schema: dict[str, Any] = {
        "$schema": SCHEMA_PROFILE,
        "title": table.title,
        "description": table.description,
        "fields": [field_schema(name, info) for name, info in table.model.model_fields.items()],
        "primaryKey": list(table.primary_key),
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": list(fk.fields), "reference": {"resource": fk.table, "fields": list(fk.references)}}
            for fk in table.foreign_keys
        ]
    schema["missingValues"] = [""]
    return schema


def field_schema(name: str, info: Any) -> dict[str, Any]:
    """One column's Table Schema field: type, title, description and constraints, from its model field."""
    base, optional, enum = unwrap(info.annotation)
    kind = next(k for k, t in FIELD_TYPES.items() if t.python is base)
    title = f"{info.title} / {english_title(name)}"
    field: dict[str, Any] = {"name": name, "type": kind, "title": title, "description": info.description}
    if kind == "date":
        field["format"] = "default"
    constraints: dict[str, Any] = {}
    if not optional:
        constraints["required"] = True
    constraints.update(info.json_schema_extra or {})
    for meta in info.metadata:
        if getattr(meta, "pattern", None):
            constraints["pattern"] = meta.pattern
        if getattr(meta, "ge", None) is not None:
            constraints["minimum"] = meta.ge
    if enum is not None:
        constraints["enum"] = enum
    if constraints:
        field["constraints"] = constraints
    return field


def english_title(name: str) -> str:
    """A column's English title from its name: char_start -> Char start, section_id -> Section ID."""
    words = ["ID" if w == "id" else "EN" if w == "en" else "ZH" if w == "zh" else w for w in name.split("_")]
    return " ".join(words)[:1].upper() + " ".join(words)[1:]


def unwrap(annotation: Any) -> tuple[type, bool, list[Any] | None]:
    """(base type, whether None is allowed, the Literal's values or None) of a model field's annotation."""
    optional = False
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = typing.get_args(annotation)
        optional = type(None) in args
        (annotation,) = [a for a in args if a is not type(None)]
    if typing.get_origin(annotation) is typing.Literal:
        values = list(typing.get_args(annotation))
        return type(values[0]), optional, values
    return annotation, optional, None
