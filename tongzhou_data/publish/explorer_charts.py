"""The explorer's charts as Vega-Lite specs, drawn with altair: each target for the report's year beside the
result of the year before, per indicator (the years are each report's own), and the projects by status and
category in each period. Every chart holds the rows of every
document and shows one at a time through its `doc` parameter, which the page sets; one spec per language.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from functools import cache
from typing import Any

from .explorer_labels import CHART, VALUES, period, title
from .explorer_read import Package, Rows

LANGS = ("zh", "en")


def first_statements(targets: Rows, kind: str, years: dict[str, int]) -> dict[tuple[str, str], dict[str, Any]]:
    """The first row of each (document, indicator) of `kind` for the one-year period `years[document]`, as
    indicator_summary takes it."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for row in sorted(targets, key=lambda r: (r["document_id"], r["number_start"])):
        if row["kind"] == kind and row["period_start"] == row["period_end"] == years.get(row["document_id"]):
            found.setdefault((row["document_id"], row["indicator_id"]), row)
    return found


def plan_years(package: Package) -> dict[str, int]:
    """Each report's own year, the year its one-year targets are for: the year it was delivered, else the
    year most of its one-year targets name."""
    counted: dict[str, Counter[int]] = defaultdict(Counter)  # one pass over the targets of every report
    for row in package.tables["targets"]:
        if row["kind"] == "target" and row["period_start"] == row["period_end"]:
            counted[row["document_id"]][row["period_start"]] += 1
    years: dict[str, int] = {}
    for document in package.tables["documents"]:
        delivered, stated = document.get("delivered_on"), counted.get(document["document_id"])
        year = delivered.year if delivered is not None else (stated.most_common(1)[0][0] if stated else None)
        if year is not None:
            years[document["document_id"]] = year
    return years


def target_rows(package: Package, lang: int) -> Rows:
    """Per document and indicator with a target for the report's year: the target and the result of the
    year before, each sized against the larger of the two (the units differ from one indicator to the
    next); indicators with both first."""
    targets = package.tables["targets"]
    indicators = {r["indicator_id"]: r for r in package.tables["indicators"]}
    years = plan_years(package)
    before = {document: year - 1 for document, year in years.items()}
    planned, achieved = first_statements(targets, "target", years), first_statements(targets, "achieved", before)
    rows: Rows = []

    def order(item: tuple[tuple[str, str], dict[str, Any]]) -> tuple[str, bool, int]:  # pairs first
        return (item[0][0], item[0] not in achieved, item[1]["number_start"])

    for key, target in sorted(planned.items(), key=order):
        pair = [(CHART["result"][lang], achieved.get(key)), (CHART["target"][lang], target)]
        present = [(name, row) for name, row in pair if row is not None]
        top = max(abs(row["value"]) for _, row in present) or 1.0
        info = indicators.get(key[1], {})
        label = (info.get("name_zh") or target["indicator"]) if lang == 0 else (info.get("name_en") or key[1])
        for name, row in present:
            rows.append({"document_id": key[0], "indicator": label, "series": name, "share": row["value"] / top,
                         "as_written": row["number_text"], "target_id": row["target_id"],
                         "year": row["period_start"]})  # fmt: skip
    return rows


def project_rows(package: Package, lang: int) -> Rows:
    """Mentions counted per document, period, category and status, with labels in the language."""
    counts: dict[tuple[str, str, str, str], int] = {}
    for row in package.tables["projects"]:
        key = (row["document_id"], period(row["period_start"], row["period_end"]), row["category"], row["status"])
        counts[key] = counts.get(key, 0) + 1
    return [
        {"document_id": d, "period": p, "category": VALUES["category"][c][lang], "status": VALUES["status"][s][lang],
         "order": list(VALUES["status"]).index(s), "count": n}
        for (d, p, c, s), n in sorted(counts.items())
    ]  # fmt: skip


def targets_chart(alt: Any, rows: Rows, lang: int, first: str) -> dict[str, Any]:
    """Bars of the result of the year before and the target for the report's year per indicator, labelled
    with the numbers as written."""
    doc = alt.param(name="doc", value=first)
    y = alt.Y("indicator:N", sort=None, title=None, axis=alt.Axis(labelLimit=260))
    base = (
        alt.Chart(alt.Data(values=rows))
        .transform_filter("datum.document_id == doc")
        .encode(y=y, yOffset=alt.YOffset("series:N", sort=[CHART["result"][lang], CHART["target"][lang]]))
    )
    bars = base.mark_bar().encode(
        x=alt.X("share:Q", title=CHART["relative"][lang], axis=alt.Axis(format="%"), scale=alt.Scale(domain=[0, 1.3])),
        color=alt.Color("series:N", title=None, legend=alt.Legend(orient="top")),
        tooltip=[alt.Tooltip("indicator:N", title=title("targets", "indicator")[lang]),
                 alt.Tooltip("series:N", title=" "), alt.Tooltip("year:O", title=" "),
                 alt.Tooltip("as_written:N", title=" ")],
    )  # fmt: skip
    text = base.mark_text(align="left", dx=3, fontSize=10).encode(x="share:Q", text="as_written:N")
    chart = (bars + text).add_params(doc).properties(width=360, height=alt.Step(11))
    return chart.configure_view(stroke=None).to_dict()


def projects_chart(alt: Any, rows: Rows, lang: int, first: str) -> dict[str, Any]:
    """Stacked bars of project mentions by category, coloured by status, one panel per period."""
    doc = alt.param(name="doc", value=first)
    statuses = [pair[lang] for pair in VALUES["status"].values()]
    chart = (
        alt.Chart(alt.Data(values=rows))
        .transform_filter("datum.document_id == doc")
        .mark_bar()
        .encode(
            x=alt.X("sum(count):Q", title=CHART["count"][lang]),
            y=alt.Y("category:N", title=None, sort="-x"),
            color=alt.Color("status:N", scale=alt.Scale(domain=statuses), title=None, legend=alt.Legend(orient="top")),
            order=alt.Order("order:Q"),
            row=alt.Row("period:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left")),
            tooltip=["period:N", "category:N", "status:N", alt.Tooltip("count:Q", title=CHART["count"][lang])],
        )
        .add_params(doc)
        .properties(width=300)
        .resolve_scale(y="independent")
    )
    return chart.configure_view(stroke=None).to_dict()


def chart_documents(package: Package) -> dict[str, list[str]]:
    """The reports each chart has rows for: the page shows a chart only for these (a chart of no rows
    would draw at an infinite size)."""
    return {
        "targets": sorted({r["document_id"] for r in target_rows(package, 0)}),
        "projects": sorted({r["document_id"] for r in project_rows(package, 0)}),
    }


def specs(alt: Any, package: Package) -> dict[str, dict[str, Any]]:
    """Both charts in both languages: {'targets': {'zh': spec, 'en': spec}, 'projects': {...}}: each chart's
    spec built and validated once per process, without rows, then given this package's rows and first
    report (the pages of a corpus each take their own at the cost of a copy)."""
    first = package.tables["documents"][0]["document_id"]
    rows = {"targets": target_rows, "projects": project_rows}
    return {kind: {lang: _filled(_template(alt, kind, i), made(package, i), first) for i, lang in enumerate(LANGS)}
            for kind, made in rows.items()}  # fmt: skip


@cache
def _template(alt: Any, kind: str, lang: int) -> str:
    """A chart's spec with no rows, as JSON."""
    return json.dumps((targets_chart if kind == "targets" else projects_chart)(alt, [], lang, ""), ensure_ascii=False)


def _filled(template: str, rows: Rows, first: str) -> dict[str, Any]:
    """The spec of `template` with `rows` as its data and `first` as the report its `doc` parameter picks."""
    spec = json.loads(template)
    spec["data"] = {"values": rows}
    (doc,) = [p for p in spec["params"] if p["name"] == "doc"]
    doc["value"] = first
    return spec
