"""The explorer's data as the page's script reads it: per document its text as highlighted HTML, its
outline and its rows by type and id; the indicator catalogue and project names shared by all documents.
Rows are keyed by (document, id) because ids are unique only within a document."""

from __future__ import annotations

import html
from collections import defaultdict
from typing import Any

from .explorer_labels import period
from .explorer_markup import Span, markup
from .explorer_read import Package, Rows

TARGET_FIELDS = ("quote", "value", "value_max", "unit", "qualifier", "measure", "kind", "indicator", "indicator_id",
                 "section_id", "number_text")  # fmt: skip
PROJECT_FIELDS = ("name", "full_name", "project_key", "status", "status_text", "category", "location", "kind",
                  "quote", "section_id")  # fmt: skip
TERM_FIELDS = ("term", "term_en", "definition", "definition_en")
SECTION_FIELDS = ("section_id", "parent_id", "level", "label", "title", "title_en")


def by_document(rows: Rows) -> dict[str, Rows]:
    """Rows grouped by document_id, each group in table order."""
    groups: dict[str, Rows] = defaultdict(list)
    for row in rows:
        groups[row["document_id"]].append(row)
    return groups


def pick(row: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """The fields the page shows, with the period written as the page names it."""
    out = {f: row[f] for f in fields}
    if "period_start" in row:
        out["period"] = period(row["period_start"], row["period_end"])
    return out


def spans(targets: Rows, projects: Rows, mentions: Rows) -> list[Span]:
    """One highlight per row: a target's number, a project's name, a term mention's span."""
    return [
        *(Span(r["number_start"], r["number_end"], "target", r["target_id"], r["document_id"]) for r in targets),
        *(Span(r["name_start"], r["name_end"], "project", r["project_id"], r["document_id"]) for r in projects),
        *(Span(r["char_start"], r["char_end"], "term", r["term_mention_id"], r["document_id"]) for r in mentions),
    ]


def document_data(package: Package, document: dict[str, Any], groups: dict[str, dict[str, Rows]]) -> dict[str, Any]:
    """One document: its title, outline, text as highlighted HTML, and its rows by type and id."""
    doc = document["document_id"]
    targets, projects = groups["targets"].get(doc, []), groups["projects"].get(doc, [])
    mentions, sections = groups["term_mentions"].get(doc, []), groups["sections"].get(doc, [])
    anchors = [(s["char_start"], f'<span class="anchor" id="sec-{html.escape(str(s["section_id"]))}"></span>')
               for s in sections]  # fmt: skip
    return {
        "id": doc,
        "title": document["title"],
        "title_en": document["title_en"],
        "meeting": document["meeting"],
        "delivered_on": str(document["delivered_on"]),
        "sections": [pick(s, SECTION_FIELDS) for s in sections],
        "html": markup(package.texts[doc], spans(targets, projects, mentions), anchors),
        "rows": {
            "target": {r["target_id"]: pick(r, TARGET_FIELDS) for r in targets},
            "project": {r["project_id"]: pick(r, PROJECT_FIELDS) for r in projects},
            "term": {
                r["term_mention_id"]: {"term_id": r["term_id"], "matched": r["matched"], "section_id": r["section_id"]}
                for r in mentions
            },
        },
        "terms": {r["term_id"]: pick(r, TERM_FIELDS) for r in groups["terms"].get(doc, [])},
    }


def page_data(package: Package) -> dict[str, Any]:
    """Everything the page shows, in the order of the package's tables (so the output is deterministic)."""
    tables = package.tables
    groups = {name: by_document(tables[name]) for name in ("sections", "terms", "term_mentions", "targets", "projects")}
    return {
        "documents": [document_data(package, d, groups) for d in tables["documents"]],
        "indicators": {
            r["indicator_id"]: {k: r[k] for k in ("name_zh", "name_en", "unit")} for r in tables["indicators"]
        },
        "projects": {r["project_key"]: {k: r[k] for k in ("name", "name_en")} for r in tables["project_summary"]},
    }
