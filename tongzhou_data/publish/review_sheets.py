"""Review sheets: the parser's reading of a new report as CSV files, ready for a person to check and
correct, and then to turn into curated rows (see the README's "Adding a report").

Every row is anchored the way curated files anchor theirs: `context`, the shortest text around the
number (or name) that occurs once in the report's body, and `token` (or `name`) inside it, so that a
verdict copies into `seeds/curated/` unchanged. The `verdict` column is left empty for the reviewer:
`ok`, `exclude REASON`, or `FIELD=VALUE` for each field to correct.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from decimal import Decimal
from typing import Any

from ..extract.reports import Report

TARGET_COLUMNS = (
    "context", "token", "number_text", "value", "value_max", "unit", "qualifier", "measure", "direction", "kind",
    "period_start", "period_end", "indicator", "quote", "verdict", "indicator_id",
)  # fmt: skip
PROJECT_COLUMNS = (
    "context", "name", "status_text", "status", "kind", "period_start", "period_end", "category", "location",
    "quote", "verdict", "project_key",
)  # fmt: skip
SKIPPED_COLUMNS = ("context", "token", "reason", "verdict")
PERIOD_COLUMNS = ("start", "kind", "period_start", "period_end", "opening")


def unique_context(text: str, start: int, end: int, body: tuple[int, int]) -> str:
    """The shortest text around text[start:end] (at least two characters each side where there are) that
    occurs once in the body; widened at most MAX_WIDENING characters each side, so that a passage the
    report repeats costs no more than a short one (its context is then not unique: check it by hand)."""
    left, right = max(body[0], start - 2), min(body[1], end + 2)
    for _ in range(MAX_WIDENING):  # a passage the report repeats word for word stays ambiguous: stop
        if not _twice(text, text[left:right], body) or (left == body[0] and right == body[1]):
            break
        left, right = max(body[0], left - 1), min(body[1], right + 1)
    return text[left:right]


MAX_WIDENING = 30


def _twice(text: str, words: str, body: tuple[int, int]) -> bool:
    """Whether `words` occurs more than once in the body (stopping at the second)."""
    first = text.find(words, *body)
    return first >= 0 and text.find(words, first + 1, body[1]) >= 0


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def sheet(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> bytes:
    """One CSV sheet: UTF-8, a header, LF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([[_cell(row.get(c)) for c in columns] for row in rows])
    return buffer.getvalue().encode("utf-8")


def review_sheets(text: str, parsed: Report) -> dict[str, bytes]:
    """The four sheets of one report, by file suffix: its periods, targets, projects and skipped tokens."""
    body = parsed.body
    tokens = {t.start: t for t in parsed.tokens}
    targets = [
        {**asdict(t), "context": unique_context(text, t.token_start, tokens[t.token_start].end, body),
         "token": tokens[t.token_start].text}
        for t in parsed.targets
    ]  # fmt: skip
    projects = [{**asdict(p), "context": unique_context(text, p.name_start, p.name_end, body)} for p in parsed.projects]
    skipped = [
        {"context": unique_context(text, s.token.start, s.token.end, body), "token": s.token.text, "reason": s.reason}
        for s in parsed.skipped
    ]
    periods = [{**asdict(p), "opening": text[p.start : p.start + 30].replace("\n", " ")} for p in parsed.periods]
    return {
        "periods.csv": sheet(PERIOD_COLUMNS, periods),
        "targets.csv": sheet(TARGET_COLUMNS, targets),
        "projects.csv": sheet(PROJECT_COLUMNS, projects),
        "skipped.csv": sheet(SKIPPED_COLUMNS, skipped),
    }
