"""Cell-level differences between two copies of the tables: what a change to the data changed, row by row.

Rows are matched by each table's primary key; a column only one copy has is reported once per table,
not once per row, so that a new column reads as one line, and a table only one copy has once, as a whole.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..tables import TABLES


@dataclass(frozen=True, order=True)
class Difference:
    """One changed cell, an added or removed row, or an added or removed column."""

    table: str
    key: str  # the row's primary key, joined with '/'; '*' for a whole column
    column: str  # '*' for a whole row
    old: str
    new: str


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    if not path.exists():
        return [], []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def table_differences(name: str, key: tuple[str, ...], old_path: Path, new_path: Path) -> Iterator[Difference]:
    """The differences of one table between two CSV files; a table only one of them has is one difference."""
    if old_path.exists() != new_path.exists():
        yield Difference(name, "*", "*", *(("absent", "added") if new_path.exists() else ("present", "removed")))
        return
    old_columns, old_rows = _read(old_path)
    new_columns, new_rows = _read(new_path)
    for column in [c for c in old_columns if c not in new_columns]:
        yield Difference(name, "*", column, "present", "removed")
    for column in [c for c in new_columns if c not in old_columns]:
        yield Difference(name, "*", column, "absent", "added")
    old = {"/".join(r[k] for k in key): r for r in old_rows}
    new = {"/".join(r[k] for k in key): r for r in new_rows}
    shared = [c for c in new_columns if c in old_columns]
    for row_key in sorted(old.keys() | new.keys()):
        if row_key not in new or row_key not in old:
            yield Difference(name, row_key, "*", "present" if row_key in old else "absent",
                             "present" if row_key in new else "removed")  # fmt: skip
            continue
        for column in shared:
            if old[row_key][column] != new[row_key][column]:
                yield Difference(name, row_key, column, old[row_key][column], new[row_key][column])


def differences(old_dir: Path, new_dir: Path) -> list[Difference]:
    """Every difference between the CSVs of every table in two folders."""
    out: list[Difference] = []
    for table in TABLES:
        out += table_differences(
            table.name, table.primary_key, old_dir / f"{table.name}.csv", new_dir / f"{table.name}.csv"
        )
    return sorted(out)
