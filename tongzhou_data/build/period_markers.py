"""The report's parts as periods: from each curated marker to the next, rows have one kind and period."""

from __future__ import annotations

from collections.abc import Sequence

from ..extract.periods import PeriodSpan
from .curated import Curated, Period, locate


def period_spans(
    text: str, body: tuple[int, int], periods: Sequence[Curated[Period]], problems: list[str]
) -> list[PeriodSpan]:
    """Each marker's span runs to the next marker (or the body's end); a marker not found, or found where
    another is, adds a problem."""
    marks: dict[int, Curated[Period]] = {}
    for c in periods:
        at = locate(text, c.row.starts_at, body[0], body[1], c.where(), "starts_at", problems)
        if at is not None and at in marks:
            problems.append(f"{c.where()}: the same marker as {marks[at].where()}")
        elif at is not None:
            marks[at] = c
    starts = sorted(marks)
    ends = [*starts[1:], body[1]]
    rows = [marks[s].row for s in starts]
    return [PeriodSpan(s, e, r.kind, r.period_start, r.period_end) for s, e, r in zip(starts, ends, rows, strict=True)]
