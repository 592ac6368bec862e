"""A package's descriptor (`datapackage.json`) as a stranger wrote it: read safely (a link leading out, a
document nested 200,000 deep or a 5,001-digit number is a one-line error, not a crash), each resource's
shape, its names (each once, each a table, a table's Parquet twin or a working text) and the patterns it
asks to run (only the package's own).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path
from typing import Any, NoReturn

from .._tables import PACKAGE_NAMES as NAMES
from ..package_format import TEXT_RESOURCE, package_file
from ..schemas import FIELD_TYPES, trusted_patterns
from .paths import UnsafePath, read_resource
from .problems import Problems, excerpt, one_line

DESCRIPTOR = "datapackage.json"
TABLE_FORMATS = ("csv", "parquet")
MAX_ENUM = 1000  # the package's longest enum lists a dozen values
# The type each constraint's value must have (bool is refused where a number is meant).
CONSTRAINT_TYPES: dict[str, tuple[type, ...]] = {
    "required": (bool,), "unique": (bool,), "enum": (list,), "pattern": (str,),
    "minimum": (int, float), "maximum": (int, float), "minLength": (int,), "maxLength": (int,),
}  # fmt: skip


class DescriptorError(ValueError):
    """The descriptor is missing or not a data package: nothing else can be checked."""


def read_descriptor(folder: Path, problems: Problems) -> dict[str, Any]:
    """The folder's descriptor; DescriptorError (with any problems found before) when it is unusable."""
    try:
        data = read_resource(folder, DESCRIPTOR)
    except FileNotFoundError:
        _unusable(problems, f"{folder / DESCRIPTOR}: missing; a data folder holds {DESCRIPTOR} beside its files")
    except UnsafePath as error:
        _unusable(problems, f"{folder / DESCRIPTOR}: {error}")
    try:
        descriptor = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        _unusable(problems, f"{folder / DESCRIPTOR}: not valid JSON (not UTF-8: {error.reason})")
    except RecursionError:
        _unusable(problems, f"{folder / DESCRIPTOR}: not valid JSON for this reader (nested too deeply)")
    except json.JSONDecodeError as error:
        _unusable(problems, f"{folder / DESCRIPTOR}: not valid JSON ({error})")
    except ValueError:  # an integer longer than Python converts
        _unusable(problems, f"{folder / DESCRIPTOR}: not valid JSON for this reader (a number of over 4,300 digits)")
    resources = descriptor.get("resources") if isinstance(descriptor, dict) else None
    if not isinstance(resources, list) or not all(isinstance(r, dict) for r in resources):
        _unusable(problems, f"{folder / DESCRIPTOR}: not a data package descriptor (no list of resources)")
    for index, resource in enumerate(resources):
        if reason := resource_fault(index, resource):
            _unusable(problems, f"{folder / DESCRIPTOR}: {reason}")
    return descriptor


def _unusable(problems: Problems, message: str) -> NoReturn:
    raise DescriptorError(one_line("; ".join([*problems.messages(), message]), 1000))


def resource_fault(index: int, resource: dict[str, Any]) -> str | None:
    """What makes one resource unusable, or None."""
    for key in ("name", "path", "format"):
        if not isinstance(resource.get(key), str):
            return f"resource {index + 1} has no valid {key!r}"
    if resource["format"] not in TABLE_FORMATS:
        return None
    name = excerpt(resource["name"])
    fields = resource.get("schema", {}).get("fields") if isinstance(resource.get("schema"), dict) else None
    if fields is None:
        return f"resource {name} has no valid 'schema'"
    if not isinstance(fields, list) or not all(isinstance(f, dict) and isinstance(f.get("name"), str) for f in fields):
        return f"resource {name} has no valid schema fields"
    if reason := _keys_fault(resource["schema"]):
        return f"resource {name}: {reason}"
    for field in fields:
        if not isinstance(field.get("type", "string"), str) or field.get("type", "string") not in FIELD_TYPES:
            return f"resource {name} field {excerpt(field['name'])} has a type this package does not use"
        if reason := _constraints_fault(field.get("constraints") or {}):
            return f"resource {name} field {excerpt(field['name'])}: {reason}"
    return None


def _keys_fault(schema: dict[str, Any]) -> str | None:
    """What is wrong with the shape of a schema's primary and foreign keys, or None."""
    if not _names(schema.get("primaryKey", [])):
        return "its primaryKey is not a field name or a list of them"
    foreign = schema.get("foreignKeys", [])
    if not isinstance(foreign, list) or not all(_foreign_key_shape(fk) for fk in foreign):
        return "its foreignKeys are not a list of {fields, reference: {resource, fields}}"
    return None


def _foreign_key_shape(fk: Any) -> bool:
    reference = fk.get("reference") if isinstance(fk, dict) else None
    return (isinstance(reference, dict) and _names(fk.get("fields")) and _names(reference.get("fields"))
            and isinstance(reference.get("resource", ""), str))  # fmt: skip


def _names(value: Any) -> bool:
    """A field name, or a list of them."""
    return isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))


def _constraints_fault(constraints: Any) -> str | None:
    if not isinstance(constraints, dict):
        return "its constraints are not an object"
    for key, value in constraints.items():
        kinds = CONSTRAINT_TYPES.get(key)
        if kinds and (not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds)):
            return f"constraint {key!r} is not a {' or '.join(k.__name__ for k in kinds)}"
        if isinstance(value, float) and not math.isfinite(value):
            return f"constraint {key!r} is not a finite number"
    enum = constraints.get("enum")
    if isinstance(enum, list) and len(enum) > MAX_ENUM:
        return f"constraint 'enum' lists {len(enum):,} values; a field of this package has at most {MAX_ENUM:,}"
    return None


def check_resources(resources: list[dict[str, Any]], problems: Problems) -> None:
    """Each resource name and path is given once, and each name is a table of this package, its Parquet
    twin, or a working text; a pattern that is not the package's own is named (it is not run)."""
    for key in ("name", "path"):
        for value, count in Counter(r[key] for r in resources).items():
            if count > 1:
                problems.add("descriptor", f"{DESCRIPTOR}: resource {key} {excerpt(value)} is given {count} times")
    for resource in resources:
        if (owner := file_owner(resource["path"])) is not None and owner != (resource["name"], resource["format"]):
            message = (f"{DESCRIPTOR}: {excerpt(resource['path'])} is listed as resource {excerpt(resource['name'])} "
                       f"({excerpt(resource['format'])}); a table or text file is listed only as its own resource, "
                       f"{owner[0]!r} ({owner[1]})")  # fmt: skip
            problems.add("descriptor", message)
        if not known_resource(resource["name"]):
            message = (f"{DESCRIPTOR}: resource {excerpt(resource['name'])} is not one of this package's "
                       f"(a table, NAME-parquet, text or text-DOCUMENT_ID; tables: {', '.join(NAMES)})")  # fmt: skip
            problems.add("descriptor", message)
        for field, pattern in _untrusted_patterns(resource):
            message = (f"{DESCRIPTOR}: resource {excerpt(resource['name'])} field {excerpt(field)}: pattern "
                       f"{excerpt(pattern)} is not one of this package's own, so it is not run")  # fmt: skip
            problems.add("pattern-untrusted", message, resource["name"], None, field)


def _untrusted_patterns(resource: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, pattern) for each pattern of a table resource that the package's own schemas do not declare."""
    if resource["format"] not in TABLE_FORMATS:
        return []
    fields = resource["schema"]["fields"]
    found = [(f["name"], (f.get("constraints") or {}).get("pattern")) for f in fields]
    return [(name, pattern) for name, pattern in found if pattern is not None and pattern not in trusted_patterns()]


def file_owner(path: str) -> tuple[str, str] | None:
    """The one resource (name, format) a file named like a table or text may be listed as: targets.csv as
    `targets` (csv), targets.parquet as `targets-parquet` (parquet), text-ID.txt as `text-ID` (txt); None
    for other names. So no table file can be listed under another name or format and escape its checks."""
    if not package_file(path):
        return None
    stem, _, suffix = path.rpartition(".")
    return (f"{stem}-parquet" if suffix == "parquet" else stem), suffix


def known_resource(name: str) -> bool:
    """A resource name this package uses: a table, its Parquet twin, `text`, or `text-DOCUMENT_ID`."""
    text = str(TEXT_RESOURCE["name"])
    return name.removesuffix("-parquet") in NAMES or name == text or name.startswith(f"{text}-")
