"""Whether whole tables keep the rules over many rows (primary keys, `unique` fields, foreign keys), decided
at once over their key columns with Arrow's hash grouping and joins: the fast path of `written.WrittenChecks`
for a package whose every chunk was clean.

Each check is at least as strict as its row-at-a-time twin (`rules.TableRules`, `rules.References`), so a
package found to hold here has nothing for them to say; where this says no, or cannot decide (a key column
that is not of strings or integers), the caller checks the keys again a chunk at a time, which names each
problem and its row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .rules import _listed, unique_fields

EXACT = ("string", "large_string", "int8", "int16", "int32", "int64")  # types whose equality is repr's


def keys_hold(tables: Mapping[str, Any], schemas: Mapping[str, Mapping[str, Any]]) -> bool:
    """Whether the Arrow tables of key columns in `tables` (by table name: every field a key, `unique`
    field or reference reads) hold their schemas' primary keys, unique fields and foreign keys."""
    if not all(str(column.type) in EXACT for table in tables.values() for column in table.columns):
        return False
    return all(
        _primary_key_holds(table, schemas[name].get("primaryKey", []))
        and all(_unique_holds(table, field) for field in unique_fields(schemas[name]))
        and all(_reference_holds(table, tables, name, key) for key in schemas[name].get("foreignKeys", []))
        for name, table in tables.items()
    )


def _primary_key_holds(table: Any, key: str | Sequence[str]) -> bool:
    """No two rows share their primary key's values (nulls equal to each other, as in `rules`)."""
    fields = _listed(key)
    return not fields or table.select(fields).group_by(fields).aggregate([]).num_rows == table.num_rows


def _unique_holds(table: Any, field: str) -> bool:
    """No filled value of `field` stands twice."""
    import pyarrow.compute as pc

    column = table.column(field)
    return pc.count_distinct(column, mode="only_valid").as_py() == len(column) - column.null_count


def _reference_holds(table: Any, tables: Mapping[str, Any], name: str, key: Mapping[str, Any]) -> bool:
    """Every row whose foreign key fields are all filled names a row of the table it refers to (a table
    not in `tables` is another check's problem: `References.order` names it)."""
    import pyarrow.compute as pc

    fields, target_fields = _listed(key["fields"]), _listed(key["reference"]["fields"])
    target = tables.get(key["reference"]["resource"] or name)
    if target is None:
        return True
    filled = table.select(fields)
    for field in fields:
        filled = filled.filter(pc.is_valid(filled.column(field)))
    if not filled.num_rows:
        return True
    known = target.select(target_fields).group_by(target_fields).aggregate([])
    if any(filled.column(f).type != known.column(t).type for f, t in zip(fields, target_fields, strict=True)):
        return False
    renamed = known.rename_columns([f"_{t}" for t in target_fields])
    missing = filled.join(renamed, keys=fields, right_keys=[f"_{t}" for t in target_fields], join_type="left anti")
    return missing.num_rows == 0
