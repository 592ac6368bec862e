"""The `targets` table: the extractor's records overlaid with the curated data, and their accounting.

Curated data (seeds/curated/target_*.csv) sets the periods of the report's parts, excludes tokens that
are labels, names what each row measures, corrects fields, and adds what the extractor cannot find.
Every curated row must hit exactly what it names, or the build fails with its file and line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TypeVar

from ..extract.numbers import Token, number_tokens
from ..extract.sections import innermost
from ..extract.targets import PeriodSpan, TargetRecord, scan
from ..models import Section, Target
from .curated import (
    Anchored,
    Curated,
    CurationError,
    Period,
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
class CuratedTargets:
    """All curated data about targets."""

    periods: Sequence[Curated[Period]]
    exclusions: Sequence[Curated[TargetExclusion]]
    indicators: Sequence[Curated[TargetIndicator]]
    corrections: Sequence[Curated[TargetCorrection]]
    additions: Sequence[Curated[TargetAddition]]


@dataclass(frozen=True)
class Accounting:
    """What became of every number token in the body."""

    tokens: int
    covered: int
    excluded: dict[str, int]
    unaccounted: list[str]

    def summary(self) -> str:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(self.excluded.items()))
        return (
            f"number tokens {self.tokens}: covered by targets {self.covered}, "
            f"excluded {sum(self.excluded.values())} ({reasons}), unaccounted {len(self.unaccounted)}"
        )


def _correct(text: str, record: TargetRecord, fix: TargetCorrection, where: str) -> TargetRecord:
    value = fix.value
    changes: dict[str, object] = {}
    if fix.field in ("quote", "number_text"):
        if not value:
            raise CurationError([f"{where}: a {fix.field} cannot be empty"])
        lo, hi = (record.number_start, record.number_end) if fix.field == "quote" else (record.token_start,) * 2
        start = text.find(
            value, max(0, hi - len(value)), lo + len(value)
        )  # starts at or before lo, ends at or after hi
        if start < 0:
            raise CurationError([f"{where}: {fix.field} {value!r} does not stand around this number in the text"])
        if fix.field == "quote":
            changes = {"quote": value, "char_start": start, "char_end": start + len(value)}
        else:
            changes = {"number_text": value, "number_start": start, "number_end": start + len(value)}
    elif fix.field in ("value", "value_max", "period_start", "period_end"):
        try:
            number = None if value is None else (int(value) if fix.field.startswith("period") else float(value))
        except ValueError:
            raise CurationError([f"{where}: {fix.field} {value!r} is not a number"]) from None
        changes = {fix.field: number}
    else:
        changes = {fix.field: value or ""}
    return _replace(record, **changes)


def _replace(record: TargetRecord, **changes: object) -> TargetRecord:
    return replace(record, **changes)  # type: ignore[arg-type]


def _anchored(
    rows: Iterable[Curated[A]], text: str, body: tuple[int, int], problems: list[str]
) -> Iterator[tuple[Curated[A], int]]:
    """Each curated row with the offset of the token it names; a row that names nothing adds a problem."""
    for c in rows:
        try:
            yield c, anchor(text, body, c.row.context, c.row.token, c.where(), "token")
        except CurationError as error:
            problems += error.problems


def target_records(
    text: str, body: tuple[int, int], curated: CuratedTargets
) -> tuple[list[tuple[TargetRecord, str]], list[tuple[Token, str]]]:
    """The overlaid records with their origin, and the excluded tokens with their reasons."""
    spans = period_spans(text, body, curated.periods)
    records, _ = scan(text, body[0], body[1], spans)
    by_token = {r.token_start: r for r in records}
    tokens = {t.start: t for t in number_tokens(text, body[0], body[1])}
    problems: list[str] = []
    excluded: list[tuple[Token, str]] = []
    excluded_where: dict[int, str] = {}
    for c, at in _anchored(curated.exclusions, text, body, problems):
        token = tokens.get(at)
        if token is None or token.text != c.row.token:
            problems.append(f"{c.where()}: {c.row.token!r} in {c.row.context!r} is not a number token")
            continue
        if at in excluded_where:
            problems.append(f"{c.where()}: the same token is already excluded at {excluded_where[at]}")
            continue
        excluded_where[at] = c.where()
        excluded.append((token, c.row.reason))
        by_token.pop(at, None)
    corrected: dict[tuple[int, str], str] = {}
    for c, at in _anchored(curated.corrections, text, body, problems):
        try:
            if at not in by_token:
                raise CurationError([f"{c.where()}: no target row starts at {c.row.token!r} in {c.row.context!r}"])
            if (at, c.row.field) in corrected:
                raise CurationError(
                    [f"{c.where()}: {c.row.field} of this row is already corrected at {corrected[(at, c.row.field)]}"]
                )
            corrected[(at, c.row.field)] = c.where()
            by_token[at] = _correct(text, by_token[at], c.row, c.where())
        except CurationError as error:
            problems += error.problems
    named: set[int] = set()
    for c, at in _anchored(curated.indicators, text, body, problems):
        if at not in by_token:
            problems.append(f"{c.where()}: no target row starts at {c.row.token!r} in {c.row.context!r}")
            continue
        if at in named:
            problems.append(f"{c.where()}: a second indicator for the same row")
        named.add(at)
        by_token[at] = _replace(by_token[at], indicator=c.row.indicator)
    for at in sorted(set(by_token) - named):
        r = by_token[at]
        problems.append(f"seeds/curated/target_indicators.csv: no indicator for {r.number_text!r} in {r.quote!r}")
    out = [(r, "parsed") for r in by_token.values()]
    taken = set(by_token) | set(excluded_where)
    for c in curated.additions:
        try:
            added = _addition(text, body, spans, c.row, c.where())
        except CurationError as error:
            problems += error.problems
            continue
        if added.token_start in taken:
            problems.append(f"{c.where()}: {c.row.number_text!r} is already a target row or an exclusion")
            continue
        taken.add(added.token_start)
        out.append((added, "curated"))
    if problems:
        raise CurationError(problems)
    return sorted(out, key=lambda pair: pair[0].token_start), excluded


def _addition(
    text: str, body: tuple[int, int], spans: list[PeriodSpan], row: TargetAddition, where: str
) -> TargetRecord:
    start = locate(text, row.quote, body[0], body[1], where, "quote")
    inner = row.quote.find(row.number_text)
    if inner < 0 or row.quote.find(row.number_text, inner + 1) >= 0:
        raise CurationError([f"{where}: number_text {row.number_text!r} must occur exactly once in the quote"])
    number_start = start + inner
    period = next((p for p in spans if p.start <= number_start < p.end), None)
    if period is None:
        raise CurationError([f"{where}: the quote lies outside every period in periods.csv"])
    return TargetRecord(
        kind=period.kind,
        period_start=period.period_start,
        period_end=period.period_end,
        indicator=row.indicator,
        value=Decimal(repr(row.value)),
        value_max=Decimal(repr(row.value_max)) if row.value_max is not None else None,
        unit=row.unit or "",
        qualifier=row.qualifier,
        measure=row.measure,
        number_text=row.number_text,
        number_start=number_start,
        number_end=number_start + len(row.number_text),
        token_start=number_start,
        quote=row.quote,
        char_start=start,
        char_end=start + len(row.quote),
    )


def target_rows(
    text: str, body: tuple[int, int], outline: list[Section], curated: CuratedTargets, document_id: str
) -> tuple[list[Target], Accounting]:
    """The `targets` table and the accounting of every number token in the body."""
    records, excluded = target_records(text, body, curated)
    rows = []
    for record, origin in records:
        holder = innermost(outline, record.number_start, record.number_end)
        if record.kind is None or record.period_start is None or record.period_end is None:
            raise CurationError([f"target {record.number_text!r} at {record.number_start} lies outside every period"])
        rows.append(
            Target(
                target_id=f"q{record.token_start:05d}",
                document_id=document_id,
                section_id=holder.section_id if holder else "",
                kind=record.kind,  # type: ignore[arg-type]
                period_start=record.period_start,
                period_end=record.period_end,
                indicator=record.indicator,
                value=float(record.value),
                value_max=float(record.value_max) if record.value_max is not None else None,
                unit=record.unit or None,
                qualifier=record.qualifier,  # type: ignore[arg-type]
                measure=record.measure,  # type: ignore[arg-type]
                number_text=record.number_text,
                number_start=record.number_start,
                number_end=record.number_end,
                quote=record.quote,
                char_start=record.char_start,
                char_end=record.char_end,
                origin=origin,  # type: ignore[arg-type]
            )
        )
    return rows, account(text, body, rows, excluded)


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
