"""Targets beside their outcomes: the `attainment` rows of a package that holds consecutive reports of one
government, made from its `documents` and `targets` rows.

A target is a `targets` row of a report of year N, of kind `target` and period N, linked to the genre's
catalogue; its outcome, the first row of the same indicator of kind `achieved` and period N in the same
government's report of year N+1. Whether it was met reads the catalogue's direction and the target's
qualifier (see `met`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .extract.catalogue import by_id

APPROX = 0.05  # 左右 allows this share of the target value either way
Row = Mapping[str, Any]


def met(target: Row, outcome: Row, better: str) -> str:
    """met | missed | unclear: whether `outcome` reaches `target`, for an indicator where `better` (higher |
    lower) values are better. 左右 (approx) allows 5% of the value; 以上 and an exact or 近 target must be
    reached, 以内 must not be exceeded; a range is bounded by its nearer end. Unclear where the units
    differ, or the qualifier runs against the direction (以内 for a higher-is-better indicator)."""
    if target["unit"] != outcome["unit"]:
        return "unclear"
    low = target["value"]
    high = target["value_max"] if target["value_max"] is not None else low
    value, qualifier = outcome["value"], target["qualifier"]
    if better == "higher":
        if qualifier == "at_most":
            return "unclear"
        bar = low * (1 - APPROX) if qualifier == "approx" else low
        return "met" if value >= bar else "missed"
    if qualifier in ("at_least", "over"):
        return "unclear"
    bar = high * (1 + APPROX) if qualifier == "approx" else high
    return "met" if value <= bar else "missed"


def pairable(target: Row) -> bool:
    """Whether a `targets` row can be a target or an outcome: linked to the catalogue, of one year."""
    return target["indicator_id"] in by_id() and target["period_start"] == target["period_end"]


# What `attainment_rows` reads of a targets row.
PAIRED_FIELDS = ("document_id", "number_start", "target_id", "indicator_id", "kind", "period_start", "period_end",
                 "value", "value_max", "qualifier", "unit")  # fmt: skip


def pairing_rows(targets: Sequence[Row]) -> list[dict[str, Any]]:
    """Of one report's targets rows, what `attainment_rows` needs: the first pairable row of each indicator,
    kind and year, with only the fields it reads (so that a corpus's writer holds little per report)."""
    first: dict[tuple[str, str, str, int], dict[str, Any]] = {}
    for t in sorted((t for t in targets if pairable(t)), key=lambda r: (r["document_id"], r["number_start"])):
        first.setdefault(
            (t["document_id"], t["indicator_id"], t["kind"], t["period_start"]), {f: t[f] for f in PAIRED_FIELDS}
        )
    return list(first.values())


def attainment_rows(documents: Sequence[Row], targets: Sequence[Row]) -> list[dict[str, Any]]:
    """One row per (government, indicator, year) with a target and an outcome a year later; of two reports
    of one government and year (a copy), the first."""
    year_of = {d["document_id"]: (d["government_id"], d["year"]) for d in documents if d["government_id"]}
    catalogue = by_id()
    first: dict[tuple[str, str, str, int], Row] = {}  # (document, indicator, kind, year): its first row
    for t in sorted(targets, key=lambda r: (r["document_id"], r["number_start"])):
        if pairable(t) and t["document_id"] in year_of:
            first.setdefault((t["document_id"], t["indicator_id"], t["kind"], t["period_start"]), t)
    report: dict[tuple[str, int], str] = {}  # (government, year): its report, the first the package holds
    for document, key in year_of.items():
        report.setdefault(key, document)
    return [row for row in _pairs(first, year_of, report, catalogue) if row]


def _pairs(
    first: Mapping[tuple[str, str, str, int], Row], year_of: Mapping[str, tuple[str, int]],
    report: Mapping[tuple[str, int], str], catalogue: Mapping[str, Any],
) -> Iterable[dict[str, Any]]:  # fmt: skip
    for (document, indicator, kind, year), target in first.items():
        government, report_year = year_of[document]
        later = report.get((government, year + 1))
        outcome = first.get((later, indicator, "achieved", year)) if later else None
        if kind != "target" or year != report_year or report[(government, year)] != document or outcome is None:
            continue  # a second report of one government and year pairs with nothing
        yield {
            "government_id": government, "indicator_id": indicator, "year": year,
            "target_document_id": document, "target_id": target["target_id"], "target_value": target["value"],
            "target_value_max": target["value_max"], "target_qualifier": target["qualifier"],
            "outcome_document_id": later, "outcome_target_id": outcome["target_id"],
            "outcome_value": outcome["value"], "outcome_qualifier": outcome["qualifier"],
            "met": met(target, outcome, catalogue[indicator].better),
        }  # fmt: skip
