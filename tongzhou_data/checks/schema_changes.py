"""Compare the current Table Schemas with the last released ones, by the Data Package Version rules.

MAJOR: a table removed; a field removed, renamed, added or reordered; a type or format changed; a
constraint tightened (required or unique added, enum narrowed, pattern added or changed, minimum
raised, maximum lowered); the primary key changed; a foreign key added.
MINOR: a new table; a constraint loosened (required or unique dropped, enum widened, minimum lowered,
maximum raised, pattern dropped); a foreign key dropped.
PATCH: titles and descriptions, and anything else that changes no data contract.
The version must grow by at least the largest MINOR or MAJOR change found (PATCH-level changes may ride
along with the next release), and the CHANGELOG must have an entry for the current version.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LEVELS = {"none": 0, "patch": 1, "minor": 2, "major": 3}
KNOWN_CONSTRAINTS = {
    "required", "unique", "enum", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "minLength", "maxLength",
}  # fmt: skip
DESCRIPTIVE = {"title", "description", "$schema", "example", "examples"}
FIELD_HANDLED = {"name", "type", "format", "constraints"} | DESCRIPTIVE
SCHEMA_HANDLED = {"fields", "primaryKey", "foreignKeys"} | DESCRIPTIVE


@dataclass(frozen=True)
class Change:
    """One difference between the released and the current schemas."""

    level: str
    table: str
    what: str

    def __str__(self) -> str:
        return f"{self.level.upper()}: {self.table}: {self.what}"


def load_schemas(folder: Path) -> dict[str, dict[str, Any]]:
    """Every `NAME.schema.json` in `folder`, by table name; ValueError naming a file that is not JSON."""
    return {p.name.removesuffix(".schema.json"): _read(p) for p in sorted(folder.glob("*.schema.json"))}


def _read(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_bytes())
    except ValueError as error:
        raise ValueError(f"{path}: cannot be read as JSON ({error})") from None


def _constraint_changes(table: str, name: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    out = []

    def tighter(what: str) -> None:
        out.append(Change("major", table, f"field {name!r}: {what} (tightened)"))

    def looser(what: str) -> None:
        out.append(Change("minor", table, f"field {name!r}: {what} (loosened)"))

    for flag in ("required", "unique"):
        if not old.get(flag) and new.get(flag):
            tighter(f"{flag} added")
        elif old.get(flag) and not new.get(flag):
            looser(f"{flag} dropped")
    before, after = set(map(str, old.get("enum") or [])), set(map(str, new.get("enum") or []))
    if ("enum" in old) != ("enum" in new) or before != after:  # order and repeats change nothing
        if "enum" not in new:
            looser("enum dropped")
        elif "enum" not in old or not after >= before:
            tighter(f"enum narrowed or added: {sorted(before - after)} removed")
        else:
            looser(f"enum widened: {sorted(after - before)} added")
    if old.get("pattern") != new.get("pattern"):
        if "pattern" not in new:
            looser("pattern dropped")
        else:
            tighter(f"pattern {old.get('pattern')!r} -> {new.get('pattern')!r}")
    raises = ("minimum", "exclusiveMinimum", "minLength")  # a larger value is stricter
    for bound in (*raises, "maximum", "exclusiveMaximum", "maxLength"):
        a, b = old.get(bound), new.get(bound)
        if a == b:
            continue
        if b is None:
            looser(f"{bound} dropped")
        elif a is None or not isinstance(a, (int, float)) or not isinstance(b, (int, float)):
            tighter(f"{bound} {a!r} -> {b!r}")
        elif (b > a) == (bound in raises):
            tighter(f"{bound} {a} -> {b}")
        else:
            looser(f"{bound} {a} -> {b}")
    for key in sorted((old.keys() | new.keys()) - KNOWN_CONSTRAINTS):
        if old.get(key) != new.get(key):
            tighter(f"constraint {key!r} {old.get(key)!r} -> {new.get(key)!r}, read as a tightening")
    return out


def compare(released: dict[str, dict[str, Any]], current: dict[str, dict[str, Any]]) -> list[Change]:
    """Every change from `released` to `current`, classified."""
    changes = [Change("major", table, "table removed") for table in released.keys() - current.keys()]
    changes += [Change("minor", table, "table added") for table in current.keys() - released.keys()]
    for table in sorted(released.keys() & current.keys()):
        changes += _table_changes(table, released[table], current[table])
    return sorted(changes, key=lambda c: (-LEVELS[c.level], c.table, c.what))


def _differences(
    table: str, a: dict[str, Any], b: dict[str, Any], keys: Any, level: str, prefix: str = ""
) -> list[Change]:
    """A change of `level` for each of `keys` whose value differs between `a` and `b`."""
    if level == "patch":
        return [Change(level, table, f"{prefix}{key} changed") for key in keys if a.get(key) != b.get(key)]
    return [
        Change(level, table, f"{prefix}{key} {a.get(key)!r} -> {b.get(key)!r}")
        for key in keys
        if a.get(key) != b.get(key)
    ]


def _table_changes(table: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """The changes to one table's schema: its fields, keys, other properties and descriptions."""
    changes = _field_changes(table, old["fields"], new["fields"])
    if old.get("primaryKey") != new.get("primaryKey"):
        changes.append(Change("major", table, f"primaryKey {old.get('primaryKey')} -> {new.get('primaryKey')}"))
    old_fks = {json.dumps(fk, sort_keys=True) for fk in old.get("foreignKeys", [])}
    new_fks = {json.dumps(fk, sort_keys=True) for fk in new.get("foreignKeys", [])}
    if new_fks - old_fks:
        changes.append(Change("major", table, "foreign key added or changed"))
    elif old_fks - new_fks:
        changes.append(Change("minor", table, "foreign key dropped"))
    changes += _differences(table, old, new, sorted((old.keys() | new.keys()) - SCHEMA_HANDLED), "major")
    return changes + _differences(table, old, new, ("title", "description"), "patch")


def _field_changes(table: str, old_list: list[dict[str, Any]], new_list: list[dict[str, Any]]) -> list[Change]:
    """Fields removed, added, reordered, retyped, constrained otherwise, or described otherwise."""
    old_fields, new_fields = {f["name"]: f for f in old_list}, {f["name"]: f for f in new_list}
    changes = [Change("major", table, f"field {n!r} removed or renamed") for n in old_fields.keys() - new_fields.keys()]
    changes += [Change("major", table, f"field {n!r} added or renamed") for n in new_fields.keys() - old_fields.keys()]
    if [n for n in old_fields if n in new_fields] != [n for n in new_fields if n in old_fields]:
        changes.append(Change("major", table, "fields reordered"))
    for name in old_fields.keys() & new_fields.keys():
        a, b, prefix = old_fields[name], new_fields[name], f"field {name!r}: "
        changes += _differences(table, a, b, ("type", "format"), "major", prefix)
        changes += _constraint_changes(table, name, a.get("constraints") or {}, b.get("constraints") or {})
        changes += _differences(table, a, b, sorted((a.keys() | b.keys()) - FIELD_HANDLED), "major", prefix)
        changes += _differences(table, a, b, ("title", "description"), "patch", prefix)
    return changes


def parse_version(version: str) -> tuple[int, int, int]:
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", version.strip())
    if not match:
        raise ValueError(f"version {version!r} is not MAJOR.MINOR.PATCH")
    return int(match.group(1)), int(match.group(2)), int(match.group(3))


def bump(released: str, current: str) -> str:
    """none | patch | minor | major: how far `current` is from `released` (or 'backwards').

    Before 1.0.0 the version is one place to the right, as SemVer allows for initial development: a
    minor step (0.1 -> 0.2) counts as major, a patch step (0.1.0 -> 0.1.1) as minor.
    """
    a, b = parse_version(released), parse_version(current)
    if b < a:
        return "backwards"
    if b[0] > a[0]:
        return "major"
    if b[1] > a[1]:
        return "major" if a[0] == 0 else "minor"
    if b[2] > a[2]:
        return "minor" if a[0] == 0 else "patch"
    return "none"


def check(
    released: dict[str, dict[str, Any]],
    current: dict[str, dict[str, Any]],
    released_version: str,
    version: str,
    changelog: str,
) -> tuple[list[Change], list[str]]:
    """The changes, and the problems that must fail CI (empty when the version and CHANGELOG fit them)."""
    changes = compare(released, current)
    needed = max((LEVELS[c.level] for c in changes if c.level != "patch"), default=0)
    made = bump(released_version, version)
    problems = []
    if made == "backwards":
        problems.append(f"version {version} is lower than the released {released_version}")
    elif LEVELS[made] < needed:
        level = next(k for k, v in LEVELS.items() if v == needed)
        went = f"{released_version} -> {version} ({made})"
        problems.append(f"the schemas changed at {level.upper()} level but the version went {went}")
    if not re.search(rf"^## {re.escape(version)}\b", changelog, re.MULTILINE):
        problems.append(f"CHANGELOG.md has no entry '## {version}'")
    return changes, problems
