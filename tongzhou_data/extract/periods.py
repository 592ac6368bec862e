"""Periods of a report: stretches of its text whose quantities and projects share a kind (achieved or
target) and years. The one place that says which period an offset falls in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PeriodSpan:
    """A stretch of the text whose rows share a kind and a period."""

    start: int
    end: int
    kind: str  # achieved | target
    period_start: int
    period_end: int


def period_at(spans: Sequence[PeriodSpan], offset: int) -> PeriodSpan | None:
    """The period holding `offset`, if any."""
    return next((p for p in spans if p.start <= offset < p.end), None)
