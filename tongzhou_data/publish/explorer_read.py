"""Read a package folder for the explorer: its tables (Parquet where listed, else CSV) and the working
text of each document, from a one-document package (`text` → `text.txt`) or a package of several
(`text-<document_id>` → `texts/<document_id>.txt`). Nothing is validated beyond what the page needs:
`tongzhou-data validate` is the check.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..checks.problems import excerpt

Rows = list[dict[str, Any]]

# The tables the page shows, and the offsets of each that must fall inside its document's text.
TABLES = ("documents", "sections", "terms", "term_mentions", "indicators", "targets", "projects", "project_summary")
SPANS = {
    "sections": ("char_start", "char_end"),
    "term_mentions": ("char_start", "char_end"),
    "targets": ("number_start", "number_end"),
    "projects": ("name_start", "name_end"),
}


class ExploreError(ValueError):
    """The folder cannot be shown: the message says why, in one line."""


@dataclass(frozen=True)
class Package:
    """A package's rows by table name, and the working text of each document by document_id."""

    tables: dict[str, Rows]
    texts: dict[str, str]


def read_package(folder: Path) -> Package:
    """The tables and texts of the package in `folder`; ExploreError when it is not a readable package."""
    resources = read_resources(folder)
    tables = {name: read_table(folder, resources, name) for name in TABLES}
    if not tables["documents"]:
        raise ExploreError(f"{folder}: the documents table is empty: there is no report to show")
    texts = {d["document_id"]: read_text(folder, resources, d["document_id"], len(tables["documents"]))
             for d in tables["documents"]}  # fmt: skip
    check_spans(tables, texts)
    return Package(tables, texts)


def read_resources(folder: Path) -> dict[str, dict[str, Any]]:
    """The resources of the package in `folder` by name; ExploreError when it is not a readable package."""
    if not folder.is_dir():
        raise ExploreError(f"{folder}: not a folder")
    if not (folder / "datapackage.json").is_file():
        raise ExploreError(f"{folder}: not a data package (no datapackage.json)")
    from ..checks.folder import DescriptorError, read_descriptor
    from ..checks.problems import Problems

    try:
        return {r["name"]: r for r in read_descriptor(folder, Problems())["resources"]}
    except DescriptorError as error:
        raise ExploreError(str(error)) from None


def row_batches(folder: Path, resources: dict[str, dict[str, Any]], name: str) -> Iterator[dict[str, Any]]:
    """Table `name`'s typed rows one after another, read a batch at a time from its Parquet resource when
    the descriptor lists one (else read whole, as `read_table` reads them)."""
    parquet = resources.get(f"{name}-parquet")
    if not parquet:
        yield from read_table(folder, resources, name)
        return
    from ..checks.paths import UnsafePath, open_resource
    from ..checks.table_files import BATCH, opened

    try:
        with open_resource(folder, parquet["path"]) as handle:
            for batch in opened(handle).iter_batches(batch_size=BATCH):
                yield from batch.to_pylist()
    except (UnsafePath, OSError) as error:
        raise ExploreError(f"{folder}: {error} (run: tongzhou-data validate {folder})") from None
    except Exception as error:  # pyarrow raises several types for a damaged file
        raise ExploreError(f"{parquet['path']}: cannot be read as Parquet ({type(error).__name__})") from None


def read_table(folder: Path, resources: dict[str, dict[str, Any]], name: str) -> Rows:
    """Table `name`'s typed rows: from its Parquet resource when the descriptor lists one, else its CSV."""
    parquet, csv_resource = resources.get(f"{name}-parquet"), resources.get(name)
    if parquet and (data := _file(folder, parquet["path"])) is not None:
        from ..checks.table_files import parquet_table

        try:
            return parquet_table(data).to_pylist()
        except Exception as error:  # pyarrow raises several types for a damaged file
            raise ExploreError(f"{parquet['path']}: cannot be read as Parquet ({type(error).__name__})") from None
    if csv_resource and (data := _file(folder, csv_resource["path"])) is not None:
        from ..checks.folder import table_schema
        from ..checks.problems import Problems
        from ..checks.table_files import read_csv

        problems = Problems()
        rows = read_csv(data, csv_resource["path"], table_schema({"csv": csv_resource}), problems)
        if problems:
            raise ExploreError(f"{problems[0].message} (run: tongzhou-data validate {folder})")
        return rows
    raise ExploreError(f"{folder}: the descriptor lists no readable file of table {name!r}")


def _file(folder: Path, relative: str) -> bytes | None:
    """A file the descriptor names, read only when it is a regular file inside the folder; None if missing."""
    from ..checks.paths import UnsafePath, read_resource

    try:
        return read_resource(folder, relative)
    except FileNotFoundError:
        return None
    except (UnsafePath, OSError) as error:
        raise ExploreError(f"{folder}: {error} (run: tongzhou-data validate {folder})") from None


def read_text(folder: Path, resources: dict[str, dict[str, Any]], document_id: str, documents: int) -> str:
    """The working text of one document: resource `text-<id>`, or `text` in a one-document package."""
    resource = resources.get(f"text-{document_id}") or (resources.get("text") if documents == 1 else None)
    if resource is None:
        raise ExploreError(f"{folder}: the descriptor lists no text for document {document_id!r} "
                           f"(a resource named text-{document_id})")  # fmt: skip
    data = _file(folder, resource["path"])
    if data is None:
        raise ExploreError(f"{folder / resource['path']}: missing (the text of document {document_id!r})")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ExploreError(f"{folder / resource['path']}: cannot be read as UTF-8 ({error.reason})") from None


def check_spans(tables: dict[str, Rows], texts: dict[str, str]) -> None:
    """Every row the page highlights belongs to a document and its offsets fall inside that text."""
    for name, (start, end) in SPANS.items():
        for row in tables[name]:
            text = texts.get(row["document_id"])
            if text is None:
                shown = excerpt(str(row["document_id"]))
                raise ExploreError(f"{name}: a row names document {shown}, which is not in documents")
            if not 0 <= row[start] <= row[end] <= len(text):
                raise ExploreError(f"{name}: {start}..{end} {row[start]}..{row[end]} falls outside the text "
                                   f"of {excerpt(str(row['document_id']))} ({len(text)} characters)")  # fmt: skip
