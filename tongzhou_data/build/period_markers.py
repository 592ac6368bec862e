"""The report's parts as periods: from each curated marker to the next, rows have one kind and period."""

from __future__ import annotations

from collections.abc import Sequence

from ..extract.targets import PeriodSpan
from .curated import Curated, CurationError, Period, locate


def period_spans(text: str, body: tuple[int, int], periods: Sequence[Curated[Period]]) -> list[PeriodSpan]:
    """Each marker's span runs to the next marker (or the body's end)."""
    located = [(locate(text, c.row.starts_at, body[0], body[1], c.where(), "starts_at"), c) for c in periods]
    seen: dict[int, str] = {}
    problems = []
    for at, c in located:
        if at in seen:
            problems.append(f"{c.where()}: the same marker as {seen[at]}")
        seen.setdefault(at, c.where())
    if problems:
        raise CurationError(problems)
    marks = sorted(((at, c.row) for at, c in located), key=lambda mark: mark[0])
    ends = [m[0] for m in marks[1:]] + [body[1]]
    return [PeriodSpan(s, e, r.kind, r.period_start, r.period_end) for (s, r), e in zip(marks, ends, strict=True)]


def period_at(spans: Sequence[PeriodSpan], offset: int) -> PeriodSpan | None:
    """The period holding `offset`, if any."""
    return next((p for p in spans if p.start <= offset < p.end), None)
