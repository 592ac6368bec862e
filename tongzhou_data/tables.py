"""The table registry: what a Table Schema cannot say about a table, beside the schema that says the rest.

Each table's columns, title, description and keys are declared once, in its Table Schema
(`schema/NAME.schema.json`, edited by hand and published as it is; `schemas.py` reads it), and its model
(`models.py`) is made from that schema. An entry here adds which columns are offsets into the working text
and which must be ordered, for the checks; the build generates the loader's table names (`_tables.py`)
and the data dictionary from the registry and the schemas. Adding a table means its schema, an entry here
and a builder (`build/assemble.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import models, schemas
from .models import Record


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
    """A table by name, with the spans and ordered columns of its rows; its schema and model follow."""

    name: str
    spans: tuple[Span, ...] = ()
    orders: tuple[Order, ...] = ()

    @property
    def model(self) -> type[Record]:
        """The model of the table's rows, made from its schema."""
        return models.model(self.name)

    @property
    def primary_key(self) -> tuple[str, ...]:
        """The columns whose values, together, name one row."""
        return tuple(schemas.load(self.name)["primaryKey"])


TABLES: tuple[Table, ...] = (
    Table("documents"),
    Table("sections", (Span("char_start", "char_end"),)),
    Table(
        "terms",
        (Span("definition_start", "definition_end", "definition"), Span("first_mention_start", "first_mention_end")),
    ),
    Table("term_mentions", (Span("char_start", "char_end", "matched"),)),
    Table("indicators"),
    Table(
        "targets",
        (
            Span("char_start", "char_end", "quote"),
            Span("number_start", "number_end", "number_text", ("char_start", "char_end")),
        ),
        (Order("value", "value_max", strict=True), PERIOD),
    ),
    Table("indicator_summary"),
    Table(
        "projects",
        (Span("char_start", "char_end", "quote"), Span("name_start", "name_end", "name", ("char_start", "char_end"))),
        (PERIOD,),
    ),
    Table("project_summary"),
    Table("project_statuses", (), (PERIOD,)),
)
# Tables only a package of many reports holds (`tongzhou-data extract`): targets beside their outcomes.
EXTRACTED: tuple[Table, ...] = (*TABLES, Table("attainment"))
REGISTRY = {table.name: table for table in EXTRACTED}


def table_schema(table: Table) -> dict[str, Any]:
    """The Frictionless Table Schema of `table`, as its file holds it."""
    return schemas.load(table.name)
