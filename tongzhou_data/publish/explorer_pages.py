"""`tongzhou-data explore DIR --to FOLDER`: a package of many reports as pages that scale: an index page
(every report with its government, year and counts; searchable, sortable) and one page per report, the
page `explore` writes for a package of one report, all sharing one copy of the Vega bundle (`vega.js`).

The package is read a report at a time: each table's rows stand together by report (as `extract` writes
them), so memory holds one report's rows and the names of indicators and projects, not the corpus.
"""

from __future__ import annotations

import html
import itertools
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from . import atomic
from .explorer import ASSETS, inline, json_script, libraries, render, vega_bundle
from .explorer_read import ExploreError, Package, Rows, check_spans, read_resources, read_table, read_text, row_batches

BY_DOCUMENT = ("sections", "terms", "term_mentions", "targets", "projects")  # tables with a document_id
COUNTED = ("targets", "projects", "terms")  # the counts the index gives of each report


class Documents:
    """The rows of one table a report at a time, in file order; ExploreError when a report's rows do not
    stand together in the order of `documents`."""

    def __init__(self, rows: Iterator[dict[str, Any]], name: str) -> None:
        self.name = name
        self.groups = itertools.groupby(rows, key=lambda row: row["document_id"])
        self.ahead: tuple[str, Rows] | None = None
        self.passed: set[str] = set()

    def take(self, document_id: str) -> Rows:
        """The rows of `document_id`, the next report of `documents` (none if it has none)."""
        self.passed.add(document_id)
        if self.ahead is None:
            found = next(self.groups, None)
            self.ahead = (found[0], list(found[1])) if found else None
        if self.ahead is not None and self.ahead[0] in self.passed and self.ahead[0] != document_id:
            raise ExploreError(f"{self.name}: the rows of report {self.ahead[0]!r} do not stand together in the "
                               "order of documents; explore the package as one page (--to FILE.html)")  # fmt: skip
        if self.ahead is None or self.ahead[0] != document_id:
            return []
        rows, self.ahead = self.ahead[1], None
        return rows


def write_pages(target: Path, folder: Path, force: bool, progress: Callable[[int, int], None]) -> int:
    """Write the index and a page per report of the package in `folder` into the folder `target` (made
    beside it, then moved in whole; an existing one is replaced only with `force`); how many reports."""
    if target.exists() and not (force and target.is_dir() and (target / "index.html").is_file()):
        raise ExploreError(f"{target}: already exists; pass --force to replace the pages explore wrote there"
                           if target.is_dir() and (target / "index.html").is_file()
                           else f"{target}: already exists and is no folder of explore's pages")  # fmt: skip
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic.staging(target) as staging:
        count = _write_all(staging, folder, progress)
        staging.chmod(0o755)  # mkdtemp makes it private; the pages are for reading
        old = target.with_name(f".{target.name}-old") if target.exists() else None
        with atomic.deferred_signals():
            if old is not None:
                target.rename(old)
            staging.rename(target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return count


def _write_all(out: Path, folder: Path, progress: Callable[[int, int], None]) -> int:
    alt, vlc = libraries()
    resources = read_resources(folder)
    documents = read_table(folder, resources, "documents")
    if not documents:
        raise ExploreError(f"{folder}: the documents table is empty: there is no report to show")
    indicators = {r["indicator_id"]: r for r in read_table(folder, resources, "indicators")}
    names = {r["project_key"]: {"project_key": r["project_key"], "name": r["name"], "name_en": r["name_en"]}
             for r in read_table(folder, resources, "project_summary")}  # fmt: skip
    (out / "vega.js").write_text(inline(vega_bundle(alt, vlc), "the Vega bundle"), encoding="utf-8")
    (out / "reports").mkdir()
    walkers = {name: Documents(row_batches(folder, resources, name), name) for name in BY_DOCUMENT}
    index = []
    for done, document in enumerate(documents, start=1):
        doc = document["document_id"]
        tables: dict[str, Rows] = {name: walker.take(doc) for name, walker in walkers.items()}
        tables["documents"] = [document]
        tables["indicators"] = [indicators[i] for i in dict.fromkeys(t["indicator_id"] for t in tables["targets"])
                                if i in indicators]  # fmt: skip
        keys = dict.fromkeys(p["project_key"] for p in tables["projects"])
        tables["project_summary"] = [names[k] for k in keys if k in names]
        texts = {doc: read_text(folder, resources, doc, len(documents))}
        check_spans(tables, texts)
        page = render(Package(tables, texts), folder, alt, "", "../vega.js")
        (out / "reports" / f"{doc}.html").write_text(page, encoding="utf-8")
        index.append(_entry(document, tables))
        progress(done, len(documents))
    for walker in walkers.values():
        if walker.take("") or next(walker.groups, None) is not None:
            raise ExploreError(f"{walker.name}: rows of a report that is not in documents")
    (out / "index.html").write_text(index_page(index, folder.name), encoding="utf-8")
    return len(documents)


def _entry(document: dict[str, Any], tables: dict[str, Rows]) -> dict[str, Any]:
    """One report's line of the index."""
    return {
        "id": document["document_id"], "title": document["title"], "government": document.get("government"),
        "year": document.get("year"), **{name: len(tables[name]) for name in COUNTED},
    }  # fmt: skip


def index_page(entries: list[dict[str, Any]], name: str) -> str:
    """The index: a table of every report, a search box that keeps the rows holding its words, and headers
    that sort by their column (scripts and data inline, as on every page)."""
    template = (ASSETS / "index.html").read_text(encoding="utf-8")
    parts = {"TITLE": html.escape(name), "DATA": json_script(entries),
             "APP": inline((ASSETS / "index.js").read_text(encoding="utf-8"), "index.js")}  # fmt: skip
    for key, value in parts.items():
        template = template.replace(f"{{{{{key}}}}}", value, 1)
    return template


def progress_on_terminal(done: int, total: int) -> None:
    """explore: 120/3004 reports, on stderr when it is a terminal."""
    if sys.stderr.isatty():
        print(f"\rexplore: {done}/{total} reports", end="\n" if done == total else "", file=sys.stderr)
