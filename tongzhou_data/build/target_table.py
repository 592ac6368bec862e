"""The `targets` table: the extractor's records overlaid with the curated data, and their accounting.

Curated data (seeds/curated/target_*.csv) sets the periods of the report's parts, excludes tokens that
are labels, names what each row measures, corrects fields, and adds what the extractor cannot find.
Every curated row must hit exactly what it names, or the build fails with its file and line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TypeVar

from ..extract.numbers import Token, number_tokens
from ..extract.periods import PeriodSpan, period_at
from ..extract.sections import innermost
from ..extract.targets import TargetRecord, scan
from ..models import Section, Target
from .curated import (
    Anchored,
    Curated,
    CuratedFiles,
    CurationError,
    TargetAddition,
    TargetCorrection,
    TargetExclusion,
    TargetIndicator,
    anchor,
    locate,
)
from .period_markers import period_spans

A = TypeVar("A", bound=Anchored)


@dataclass(frozen=True)
class Accounting:
    """What became of every number token in the body."""

    tokens: int
    covered: int
    excluded: dict[str, int]
    unaccounted: list[str]

    def describe(self) -> str:
        """One line: how many tokens, and what became of them."""
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(self.excluded.items()))
        return (
            f"number tokens {self.tokens}: covered by targets {self.covered}, "
            f"excluded {sum(self.excluded.values())} ({reasons}), unaccounted {len(self.unaccounted)}"
        )


def _correct(text: str, record: TargetRecord, fix: TargetCorrection, where: str, problems: list[str]) -> TargetRecord:
    """`record` with one field corrected; unchanged, with a problem, when the correction does not fit."""
    if fix.field in ("quote", "number_text"):
        changes = _span_change(text, record, fix, where, problems)
    elif fix.field in ("value", "value_max", "period_start", "period_end"):
        changes = _number_change(fix, where, problems)
    else:
        changes = {fix.field: fix.value or ""}
    return _replace(record, **changes)


def _span_change(text: str, record: TargetRecord, fix: TargetCorrection, where: str, problems: list[str]) -> dict:
    """A new quote or number_text, which must stand around the number in the text."""
    value = fix.value
    if not value:
        problems.append(f"{where}: a {fix.field} cannot be empty")
        return {}
    lo, hi = (record.number_start, record.number_end) if fix.field == "quote" else (record.token_start,) * 2
    start = text.find(value, max(0, hi - len(value)), lo + len(value))  # starts at or before lo, ends at or after hi
    if start < 0:
        problems.append(f"{where}: {fix.field} {value!r} does not stand around this number in the text")
        return {}
    if fix.field == "quote":
        return {"quote": value, "char_start": start, "char_end": start + len(value)}
    return {"number_text": value, "number_start": start, "number_end": start + len(value)}


def _number_change(fix: TargetCorrection, where: str, problems: list[str]) -> dict:
    value = fix.value
    try:
        number = None if value is None else (int(value) if fix.field.startswith("period") else float(value))
    except ValueError:
        problems.append(f"{where}: {fix.field} {value!r} is not a number")
        return {}
    return {fix.field: number}


def _replace(record: TargetRecord, **changes: object) -> TargetRecord:
    return replace(record, **changes)  # type: ignore[arg-type]


def _anchored(
    rows: Iterable[Curated[A]], text: str, body: tuple[int, int], problems: list[str]
) -> Iterator[tuple[Curated[A], int]]:
    """Each curated row with the offset of the token it names; a row that names nothing adds a problem."""
    for c in rows:
        at = anchor(text, body, c.row.context, c.row.token, c.where(), "token", problems)
        if at is not None:
            yield c, at


@dataclass
class Overlay:
    """The extractor's records by token while the curated files are applied to them, and what they found."""

    text: str
    body: tuple[int, int]
    by_token: dict[int, TargetRecord]
    problems: list[str] = field(default_factory=list)
    excluded: dict[int, tuple[Token, str, str]] = field(default_factory=dict)  # token, reason, where
    indicator_ids: dict[int, str] = field(default_factory=dict)  # by token, from the curated files

    def exclude(self, exclusions: Sequence[Curated[TargetExclusion]]) -> None:
        """Set aside each token a curated exclusion names."""
        tokens = {t.start: t for t in number_tokens(self.text, *self.body)}
        for c, at in _anchored(exclusions, self.text, self.body, self.problems):
            token = tokens.get(at)
            if token is None or token.text != c.row.token:
                self.problems.append(f"{c.where()}: {c.row.token!r} in {c.row.context!r} is not a number token")
            elif at in self.excluded:
                self.problems.append(f"{c.where()}: the same token is already excluded at {self.excluded[at][2]}")
            else:
                self.excluded[at] = (token, c.row.reason, c.where())
                self.by_token.pop(at, None)

    def correct(self, corrections: Sequence[Curated[TargetCorrection]]) -> None:
        """Apply each curated correction to the row it names, once per field."""
        corrected: dict[tuple[int, str], str] = {}
        for c, at in _anchored(corrections, self.text, self.body, self.problems):
            if at not in self.by_token:
                self.problems.append(f"{c.where()}: no target row starts at {c.row.token!r} in {c.row.context!r}")
            elif (at, c.row.field) in corrected:
                earlier = corrected[(at, c.row.field)]
                self.problems.append(f"{c.where()}: {c.row.field} of this row is already corrected at {earlier}")
            else:
                corrected[(at, c.row.field)] = c.where()
                self.by_token[at] = _correct(self.text, self.by_token[at], c.row, c.where(), self.problems)

    def name(self, indicators: Sequence[Curated[TargetIndicator]]) -> None:
        """Give each row the indicator its curated line names; every row must have one."""
        named: set[int] = set()
        for c, at in _anchored(indicators, self.text, self.body, self.problems):
            if at not in self.by_token:
                self.problems.append(f"{c.where()}: no target row starts at {c.row.token!r} in {c.row.context!r}")
                continue
            if at in named:
                self.problems.append(f"{c.where()}: a second indicator for the same row")
            named.add(at)
            self.by_token[at] = _replace(self.by_token[at], indicator=c.row.indicator)
            self.indicator_ids[at] = c.row.indicator_id
        for at in sorted(set(self.by_token) - named):
            r = self.by_token[at]
            self.problems.append(
                f"seeds/curated/target_indicators.csv: no indicator for {r.number_text!r} in {r.quote!r}"
            )

    def add(self, additions: Sequence[Curated[TargetAddition]], spans: list[PeriodSpan]) -> list[TargetRecord]:
        """The rows the extractor cannot find, each at a token no other row or exclusion holds."""
        taken = set(self.by_token) | set(self.excluded)
        added = []
        for c in additions:
            record = _addition(self.text, self.body, spans, c.row, c.where(), self.problems)
            if record is not None and record.token_start in taken:
                self.problems.append(f"{c.where()}: {c.row.number_text!r} is already a target row or an exclusion")
            elif record is not None:
                taken.add(record.token_start)
                added.append(record)
                self.indicator_ids[record.token_start] = c.row.indicator_id
        return added


def overlay_targets(
    text: str, body: tuple[int, int], curated: CuratedFiles
) -> tuple[list[tuple[TargetRecord, str, str]], list[tuple[Token, str]]]:
    """The extractor's records overlaid with the curated files, each with its origin, and the excluded
    tokens with their reasons; CurationError naming every curated row that does not fit."""
    problems: list[str] = []
    spans = period_spans(text, body, curated.periods, problems)
    records, _ = scan(text, body[0], body[1], spans)
    overlay = Overlay(text, body, {r.token_start: r for r in records}, problems)
    overlay.exclude(curated.target_exclusions)
    overlay.correct(curated.target_corrections)
    overlay.name(curated.target_indicators)
    added = overlay.add(curated.target_additions, spans)
    if problems:
        raise CurationError(problems)
    ids = overlay.indicator_ids
    out = [(r, "parsed", ids[r.token_start]) for r in overlay.by_token.values()]
    out += [(r, "curated", ids[r.token_start]) for r in added]
    excluded = [(token, reason) for token, reason, _ in overlay.excluded.values()]
    return sorted(out, key=lambda row: row[0].token_start), excluded


def _addition(
    text: str, body: tuple[int, int], spans: list[PeriodSpan], row: TargetAddition, where: str, problems: list[str]
) -> TargetRecord | None:
    """A curated row as a record, located by its quote; None, with a problem, when it does not fit."""
    start = locate(text, row.quote, body[0], body[1], where, "quote", problems)
    if start is None:
        return None
    inner = row.quote.find(row.number_text)
    if inner < 0 or row.quote.find(row.number_text, inner + 1) >= 0:
        problems.append(f"{where}: number_text {row.number_text!r} must occur exactly once in the quote")
        return None
    number_start = start + inner
    period = period_at(spans, number_start)
    if period is None:
        problems.append(f"{where}: the quote lies outside every period in periods.csv")
        return None
    value_max = Decimal(repr(row.value_max)) if row.value_max is not None else None
    return TargetRecord(
        kind=period.kind, period_start=period.period_start, period_end=period.period_end,
        indicator=row.indicator, value=Decimal(repr(row.value)), value_max=value_max, unit=row.unit or "",
        qualifier=row.qualifier, measure=row.measure, number_text=row.number_text, number_start=number_start,
        number_end=number_start + len(row.number_text), token_start=number_start, quote=row.quote,
        char_start=start, char_end=start + len(row.quote),
    )  # fmt: skip


def targets_table(
    text: str, body: tuple[int, int], outline: list[Section], curated: CuratedFiles, document_id: str
) -> tuple[list[Target], Accounting]:
    """The `targets` table and the accounting of every number token in the body."""
    records, excluded = overlay_targets(text, body, curated)
    rows = [_target_row(record, origin, indicator_id, outline, document_id) for record, origin, indicator_id in records]
    return rows, account(text, body, rows, excluded)


def _target_row(
    record: TargetRecord, origin: str, indicator_id: str, outline: list[Section], document_id: str
) -> Target:
    """One row of the table: the record with its id, section and origin."""
    if record.kind is None or record.period_start is None or record.period_end is None:
        raise CurationError([f"target {record.number_text!r} at {record.number_start} lies outside every period"])
    holder = innermost(outline, record.number_start, record.number_end)
    value_max = float(record.value_max) if record.value_max is not None else None
    return Target(
        target_id=f"q{record.token_start:05d}", document_id=document_id,
        section_id=holder.section_id if holder else "", kind=record.kind,  # type: ignore[arg-type]
        period_start=record.period_start, period_end=record.period_end, indicator=record.indicator,
        value=float(record.value), value_max=value_max, unit=record.unit or None,
        qualifier=record.qualifier, measure=record.measure,  # type: ignore[arg-type]
        number_text=record.number_text, number_start=record.number_start, number_end=record.number_end,
        quote=record.quote, char_start=record.char_start, char_end=record.char_end,
        origin=origin, indicator_id=indicator_id,  # type: ignore[arg-type]
    )  # fmt: skip


def account(
    text: str, body: tuple[int, int], rows: Sequence[Target], excluded: Sequence[tuple[Token, str]]
) -> Accounting:
    """Every token in the body: covered by a row's number span, or excluded with a reason, or unaccounted."""
    spans = [(r.number_start, r.number_end) for r in rows]
    excluded_at = {token.start: reason for token, reason in excluded}
    covered = 0
    by_reason: dict[str, int] = {}
    unaccounted = []
    tokens = number_tokens(text, body[0], body[1])
    for token in tokens:
        inside = any(s <= token.start and token.end <= e for s, e in spans)
        if token.start in excluded_at and inside:
            unaccounted.append(f"{token.text!r} at {token.start} is both excluded and covered by a target")
        elif inside:
            covered += 1
        elif token.start in excluded_at:
            reason = excluded_at[token.start]
            by_reason[reason] = by_reason.get(reason, 0) + 1
        else:
            context = text[max(body[0], token.start - 8) : token.end + 8].replace("\n", " ")
            unaccounted.append(f"{token.text!r} at {token.start} in {context!r}")
    return Accounting(len(tokens), covered, by_reason, unaccounted)
