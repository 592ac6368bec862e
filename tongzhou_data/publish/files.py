"""Write tables as the published files: canonical CSV, Parquet, and the Data Package descriptor.

CSV: UTF-8 without BOM, a header row, RFC 4180 quoting, LF line ends, ISO dates, empty cells for
missing values, numbers without exponents, a `number` always with a decimal point (`2.0`, so that
readers infer a float). Parquet: types from the Table Schema. Both are written deterministically, so
two builds give byte-identical files.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from operator import itemgetter
from pathlib import Path
from typing import Any

from ..digests import sha256_file
from ..package_format import FORMATS, TEXT_RESOURCE, arrow_schema, csv_cell, number_text, text_file


def csv_writer(handle: Any) -> Any:
    """A writer of the canonical CSV dialect: RFC 4180 quoting, LF line ends."""
    return csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)


def columns_of(rows: Sequence[Mapping[str, Any]], fields: Sequence[str]) -> dict[str, list[Any]]:
    """`rows` as one list of values per field, in `fields` order (read once for both files)."""
    return {f: list(map(itemgetter(f), rows)) for f in fields}


def csv_text(columns: Mapping[str, Sequence[Any]], fields: Sequence[str]) -> str:
    """The canonical CSV lines (no header) of the rows of `columns`, in `fields` order, as `csv_writer` writes
    them, made a column at a time: a cell quoted where it holds a comma, a quote or a line end (quotes
    doubled), each row's cells joined by commas. A column holding a carriage return or a NUL, whose quoting
    differs between Python versions, and a table of one field are left to `csv_writer` itself."""
    cells = [_csv_column(columns[f]) for f in fields]
    quoted = [_csv_quoted(column) for column in cells]
    if len(cells) < 2 or None in quoted:
        buffer = io.StringIO()
        csv_writer(buffer).writerows(zip(*cells, strict=True))
        return buffer.getvalue()
    lines = "\n".join(map(",".join, zip(*quoted, strict=True)))
    return lines + "\n" if lines else ""


def _csv_quoted(cells: list[str]) -> list[str] | None:
    """One column's cells as RFC 4180 writes them (QUOTE_MINIMAL): quoted where special, the rest as they
    are; None where one holds a carriage return or a NUL (which Python 3.10's csv writer refuses, 3.11's writes)."""
    joined = "".join(cells)
    if "\r" in joined or "\0" in joined:
        return None
    if "," not in joined and '"' not in joined and "\n" not in joined:
        return cells
    return [f'"{c.replace(chr(34), chr(34) * 2)}"' if "," in c or '"' in c or "\n" in c else c for c in cells]


def _csv_column(values: Sequence[Any]) -> list[str]:
    """One column's canonical CSV cells (`csv_cell`), by a shortcut where every value is a str, every value
    an int (a bool is neither) or every value a float, or None (and none tested where every value is a str)."""
    kinds = set(map(type, values))
    if kinds == {str}:
        return list(values)
    kinds.discard(type(None))
    if kinds <= {str}:
        return ["" if v is None else v for v in values]
    if kinds == {int}:
        return ["" if v is None else str(v) for v in values]
    if kinds == {float}:
        return ["" if v is None else number_text(v) for v in values]
    return [csv_cell(v) for v in values]


def csv_bytes(rows: Sequence[Mapping[str, Any]], fields: Sequence[str]) -> bytes:
    """The canonical CSV of `rows`, columns in `fields` order."""
    buffer = io.StringIO()
    csv_writer(buffer).writerow(fields)
    buffer.write(csv_text(columns_of(rows, fields), fields))
    return buffer.getvalue().encode("utf-8")


def arrow_table(rows: Sequence[Mapping[str, Any]], schema: Any) -> Any:
    """`rows` as a pyarrow Table of the Arrow `schema` (made by `package_format.arrow_schema`)."""
    return arrow_columns(columns_of(rows, schema.names), schema)


def arrow_columns(columns: Mapping[str, Sequence[Any]], schema: Any) -> Any:
    """One list of values per field as a pyarrow Table of the Arrow `schema`."""
    import pyarrow as pa

    return pa.Table.from_pydict(dict(columns), schema=schema)


def write_parquet(path: Path, rows: Sequence[Mapping[str, Any]], schema: Mapping[str, Any]) -> None:
    """Write `rows` as Parquet with each column typed as its Table Schema field says."""
    import pyarrow.parquet as pq

    pq.write_table(arrow_table(rows, arrow_schema(schema)), path, compression="zstd")


def integrity(path: Path, known: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, Any]:
    """A resource's `bytes` and sha256 `hash`, which every validator (ours and frictionless) checks: as
    `known` gives them by file name (hashed from the bytes as they were written), else read from the file."""
    if known is not None and path.name in known:
        return dict(known[path.name])
    return integrity_entry(path.stat().st_size, sha256_file(path))


def integrity_entry(size: int, sha256: str) -> dict[str, Any]:
    """A resource's `bytes` and `hash` as the descriptor gives them, from its size and hex sha256."""
    return {"bytes": size, "hash": f"sha256:{sha256}"}


def csv_resource(
    name: str, schema: Mapping[str, Any], folder: Path, known: Mapping[str, Mapping[str, Any]] | None = None
) -> dict[str, Any]:
    """Table `name` as a CSV resource: frictionless checks its cells against the schema."""
    return {
        "name": name,
        "type": "table",
        "title": schema.get("title", name),
        "description": schema.get("description", ""),
        "path": f"{name}.csv",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        **integrity(folder / f"{name}.csv", known),
        "schema": _resource_schema(schema, suffix=""),
    }


def parquet_resource(
    name: str, schema: Mapping[str, Any], folder: Path, known: Mapping[str, Mapping[str, Any]] | None = None
) -> dict[str, Any]:
    """Table `name` as a Parquet resource, typed `file` so that frictionless checks its bytes and hash.

    frictionless 5 reads a Parquet *table* through pandas: it then checks no hash and misreports every
    size, so a flipped byte would pass it. Its cells are checked against the schema and the CSV twin by
    `tongzhou-data validate`; the schema stays on the resource for readers.
    """
    return {
        "name": f"{name}-parquet",
        "type": "file",
        "title": f"{schema.get('title', name)}（Parquet）",
        "description": f"The {name} table as Parquet; the same rows and columns as {name}.csv.",
        "path": f"{name}.parquet",
        "format": "parquet",
        "mediatype": "application/vnd.apache.parquet",
        **integrity(folder / f"{name}.parquet", known),
        "schema": _resource_schema(schema, suffix="-parquet"),
    }


def descriptor(
    schemas: Mapping[str, Mapping[str, Any]],
    folder: Path,
    version: str,
    meta: Mapping[str, Any],
    formats: Sequence[str] = FORMATS,
    documents: Sequence[str] = ("",),
    known: Mapping[str, Mapping[str, Any]] | None = None,
) -> dict[str, Any]:
    """The Data Package descriptor of `folder`: every table in each of `formats`, then the working text of
    each of `documents` (one `text.txt`, or `text-ID.txt` each), each resource with its size and sha256
    (`known` by file name where the writer hashed the bytes it wrote, else read from the files)."""
    makers = {"csv": csv_resource, "parquet": parquet_resource}
    resources = [makers[fmt](name, schema, folder, known) for fmt in formats for name, schema in schemas.items()]
    resources += [text_resource(folder, d, len(documents), known) for d in documents]
    return {**meta, "version": version, "resources": resources}


def text_resource(
    folder: Path, document_id: str, documents: int, known: Mapping[str, Mapping[str, Any]] | None = None
) -> dict[str, Any]:
    """The resource of one document's working text, with its size and sha256."""
    path = text_file(document_id, documents)
    if documents == 1:
        return {**TEXT_RESOURCE, **integrity(folder / path, known)}
    named = {"name": path.removesuffix(".txt"), "path": path, "title": f"{TEXT_RESOURCE['title']}：{document_id}"}
    return {**TEXT_RESOURCE, **named, **integrity(folder / path, known)}


def _resource_schema(schema: Mapping[str, Any], suffix: str) -> dict[str, Any]:
    """A table schema for one resource: foreign keys point at the resource of the same format, their
    fields as lists (Table Schema v2, whose profile refuses the v1 single-string form)."""
    inline = {k: v for k, v in schema.items() if k not in ("$schema", "title", "description")}
    inline["foreignKeys"] = [
        {
            **fk,
            "fields": _as_list(fk["fields"]),
            "reference": {
                **fk["reference"],
                "resource": fk["reference"]["resource"] + suffix if fk["reference"]["resource"] else "",
                "fields": _as_list(fk["reference"]["fields"]),
            },
        }
        for fk in schema.get("foreignKeys", [])
    ]
    if not inline["foreignKeys"]:
        del inline["foreignKeys"]
    return inline


def _as_list(fields: str | list[str]) -> list[str]:
    return [fields] if isinstance(fields, str) else list(fields)


def json_bytes(data: Any) -> bytes:
    """Stable, readable JSON: UTF-8, two-space indent, a final newline."""
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_package(
    folder: Path,
    texts: Mapping[str, str],
    rows: Mapping[str, Sequence[Mapping[str, Any]]],
    schemas: Mapping[str, Mapping[str, Any]],
    meta: Mapping[str, Any],
    version: str,
) -> None:
    """Write a whole package into `folder`: each table as CSV and Parquet, each document's working text
    (by document_id), and the descriptor listing them with their sizes and hashes."""
    for document_id, text in texts.items():
        (folder / text_file(document_id, len(texts))).write_bytes(text.encode("utf-8"))
    for name, schema in schemas.items():
        fields = [f["name"] for f in schema["fields"]]
        (folder / f"{name}.csv").write_bytes(csv_bytes(rows[name], fields))
        write_parquet(folder / f"{name}.parquet", rows[name], schema)
    package = descriptor(schemas, folder, version, meta, documents=list(texts))
    (folder / "datapackage.json").write_bytes(json_bytes(package))
