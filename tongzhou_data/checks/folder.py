"""Validate a folder of published files (the installed data, a portal's copy, an export) without
frictionless: the descriptor's shape, every file's size and hash (`integrity`), every cell against its
field (`cells`), Parquet against its schema and its CSV twin, and the table rules (`rules`). Each problem
names its file; a package may hold its tables as CSV, Parquet or both.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from .._tables import PACKAGE_NAMES as NAMES
from ..package_format import TEXT_RESOURCE, text_file
from .descriptor import TABLE_FORMATS, DescriptorError, check_resources, read_descriptor
from .integrity import Texts, check_files, check_record, check_unlisted, installed_record
from .problems import Problems, excerpt
from .rules import check_rows
from .table_files import table_rows

csv.field_size_limit(2**31 - 1)

Rows = list[dict[str, Any]]
__all__ = ["DescriptorError", "check_package_files", "read_descriptor", "validate_folder"]


def validate_folder(folder: Path) -> tuple[dict[str, int], Problems]:
    """Row counts per table and every problem found in `folder`; no problems means valid (`notices` say
    what is beside the package). Where a wheel installed `folder`, its files are also checked against
    pip's record. DescriptorError when the descriptor cannot be read at all. Tables are read a row at a
    time, each checked as it passes (`rules.TableRules`), so that memory holds keys, not tables."""
    problems = Problems()
    check_record(folder, installed_record(folder), problems)
    resources, found = _package_files(folder, problems)
    schemas = {name: table_schema(formats) for name, formats in found.items()}
    documents = (
        list(table_rows(folder, found["documents"], schemas["documents"], problems)) if "documents" in found else []
    )
    check_text_resources(resources, documents, problems)
    texts = Texts(folder, documents, problems) if found else None
    counts: dict[str, int] = {}
    rows = {name: documents if name == "documents" else table_rows(folder, found[name], schemas[name], problems)
            for name in found}  # fmt: skip
    try:
        check_rows(rows, schemas, problems, texts.get if texts else None, counts)
    except (KeyError, TypeError, AttributeError) as error:
        problems.add("descriptor", f"datapackage.json: a primary or foreign key names what is not there ({error!r})")
    return {name: counts.get(name, 0) for name in found}, problems


def check_package_files(folder: Path) -> Problems:
    """What only a package's files can show, its tables' rows aside: the descriptor's shape, files it
    does not list, and each listed file's size and hash (for a package whose rows were checked as they
    were written, `written.WrittenChecks`). DescriptorError when the descriptor cannot be read at all."""
    problems = Problems()
    _package_files(folder, problems)
    return problems


def _package_files(
    folder: Path, problems: Problems
) -> tuple[list[dict[str, Any]], dict[str, dict[str, dict[str, Any]]]]:
    """The descriptor's resources and its tables' resources by format, their shape, listing and files checked."""
    descriptor = read_descriptor(folder, problems)
    resources = descriptor["resources"]
    check_resources(resources, problems)
    check_unlisted(folder, resources, problems)
    found = table_resources(resources, problems)
    check_files(folder, resources, problems)
    return resources, found


def table_resources(resources: list[dict[str, Any]], problems: Problems) -> dict[str, dict[str, dict[str, Any]]]:
    """Each table's resources by format: `NAME` as CSV, `NAME-parquet` as Parquet. A package holds
    `documents`, and every table a table it holds refers to; the others (such as `indicator_summary`,
    which packages of other reports leave out) are optional."""
    by_name = {r["name"]: r for r in resources}
    listed = dict.fromkeys(r["name"].removesuffix("-parquet") for r in resources if r["format"] in TABLE_FORMATS)
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for name in [*NAMES, *(t for t in listed if t not in NAMES)]:
        pair = {"csv": by_name.get(name), "parquet": by_name.get(f"{name}-parquet")}
        formats = {fmt: r for fmt, r in pair.items() if r is not None and r["format"] == fmt}
        if formats:
            found[name] = formats
    for name in sorted(_required(found) - set(found), key=NAMES.index):
        message = f"datapackage.json: no csv resource {name!r} or parquet resource '{name}-parquet'"
        problems.add("descriptor", message, name)
    return found


def _required(found: dict[str, dict[str, dict[str, Any]]]) -> set[str]:
    """`documents` and every known table a found table's foreign keys refer to."""
    required = {"documents"}
    for formats in found.values():
        schema = next(iter(formats.values())).get("schema") or {}
        for fk in schema.get("foreignKeys") or []:
            resource = (fk.get("reference") or {}).get("resource") if isinstance(fk, dict) else None
            if isinstance(resource, str) and resource.removesuffix("-parquet") in NAMES:
                required.add(resource.removesuffix("-parquet"))
    return required


def check_text_resources(resources: list[dict[str, Any]], documents: Rows, problems: Problems) -> None:
    """Each document's working text is listed in the descriptor (`text.txt`, or `text-ID.txt` each), and
    each text the descriptor lists is a document's."""
    paths = {r["path"] for r in resources}
    expected = {text_file(str(d.get("document_id")), len(documents)) for d in documents}
    for name in sorted(expected - paths):
        problems.add(
            "descriptor", f"datapackage.json: no resource for {name} (the working text every offset points into)"
        )
    for resource in resources:
        if resource["format"] == TEXT_RESOURCE["format"] and documents and resource["path"] not in expected:
            message = f"datapackage.json: {excerpt(resource['path'])} is the working text of no row of documents"
            problems.add("descriptor", message)


def table_schema(formats: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A table's schema, its foreign keys naming tables (a Parquet resource's name tables' Parquet twins),
    each `enum` a `Choices` (a cell is looked up in it at once, however long the list)."""
    resource = formats.get("csv") or formats["parquet"]
    fields = [_with_choices(f) for f in resource["schema"]["fields"]]
    foreign_keys = [_to_table(fk) for fk in resource["schema"].get("foreignKeys", [])]
    return {**resource["schema"], "fields": fields, "foreignKeys": foreign_keys}


class Choices(list[Any]):
    """An `enum` list whose membership test is a set lookup when its values are strings (their hashes are
    salted, so no crafted list makes it slow); other lists, at most MAX_ENUM long, are scanned."""

    def __init__(self, values: list[Any]) -> None:
        super().__init__(values)
        self._set = frozenset(values) if all(isinstance(v, str) for v in values) else None

    def __contains__(self, value: object) -> bool:
        if self._set is None:
            return super().__contains__(value)
        return isinstance(value, str) and value in self._set


def _with_choices(field: dict[str, Any]) -> dict[str, Any]:
    constraints = field.get("constraints") or {}
    if not isinstance(constraints.get("enum"), list):
        return field
    return {**field, "constraints": {**constraints, "enum": Choices(constraints["enum"])}}


def _to_table(fk: Any) -> Any:
    reference = fk.get("reference") if isinstance(fk, dict) else None
    if not isinstance(reference, dict) or not isinstance(reference.get("resource"), str):
        return fk  # malformed: reported where the keys are checked
    return {**fk, "reference": {**reference, "resource": reference["resource"].removesuffix("-parquet")}}
