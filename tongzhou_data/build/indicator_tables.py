"""The `indicators` catalogue (from `seeds/curated/indicators.csv`) and `indicator_summary`: each
indicator's values side by side, so that a 2026 target stands beside the 2025 result it follows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..models import PERIOD_SLOTS, Indicator, IndicatorSummary, Target
from .curated import Curated, CurationError, IndicatorInfo


def indicator_rows(catalogue: Sequence[Curated[IndicatorInfo]], targets: Sequence[Target]) -> list[Indicator]:
    """The catalogue as rows; CurationError for an id given twice, an indicator no target row has, or a
    target whose measure or unit differs from its indicator's."""
    problems: list[str] = []
    rows: dict[str, Indicator] = {}
    for c in catalogue:
        if c.row.indicator_id in rows:
            problems.append(f"{c.where()}: indicator_id {c.row.indicator_id!r} given twice")
        rows[c.row.indicator_id] = Indicator(**c.row.model_dump())
    used = {t.indicator_id for t in targets}
    problems += [f"seeds/curated/indicators.csv: {i!r} has no target row" for i in rows if i not in used]
    for t in targets:
        known = rows.get(t.indicator_id)
        if known is None:
            problems.append(
                f"targets {t.target_id}: indicator_id {t.indicator_id!r} is not in seeds/curated/indicators.csv"
            )
        elif (known.measure, known.unit) != (t.measure, t.unit):
            problems.append(
                f"targets {t.target_id}: {t.measure} in {t.unit!r}, but indicator {known.indicator_id!r} is "
                f"{known.measure} in {known.unit!r}"
            )
    if problems:
        raise CurationError(problems)
    return list(rows.values())


def slot(target: Target) -> str:
    """The summary's period slot of a target row: achieved_2025, target_2026_2030, …"""
    years = (
        str(target.period_start)
        if target.period_start == target.period_end
        else f"{target.period_start}_{target.period_end}"
    )
    return f"{target.kind}_{years}"


def summary_rows(indicators: Sequence[Indicator], targets: Sequence[Target]) -> list[IndicatorSummary]:
    """One row per indicator; in each period, the first row the report states (in text order)."""
    first: dict[tuple[str, str], Target] = {}
    for t in sorted(targets, key=lambda t: t.number_start):
        first.setdefault((t.indicator_id, slot(t)), t)
    rows = []
    for indicator in indicators:
        values: dict[str, Any] = {}
        for period in PERIOD_SLOTS:
            stated = first.get((indicator.indicator_id, period))
            if stated is not None:
                values |= {
                    f"{period}_value": stated.value,
                    f"{period}_value_max": stated.value_max,
                    f"{period}_qualifier": stated.qualifier,
                    f"{period}_target_id": stated.target_id,
                }
        names: dict[str, Any] = {"name_zh": indicator.name_zh, "name_en": indicator.name_en, "unit": indicator.unit}
        rows.append(IndicatorSummary(indicator_id=indicator.indicator_id, **names, **values))
    return rows
