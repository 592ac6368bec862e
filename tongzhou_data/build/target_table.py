"""The `targets` table: the parser's records (`extract.report`) overlaid with the curated data, and their
accounting.

Curated data holds only what the parser gets wrong: `target_exclusions.csv` sets aside tokens the parser
reads as quantities that are labels, `target_corrections.csv` corrects fields (the `indicator` among them,
where the parser's reading does not name what is measured), `target_additions.csv` adds what the parser
cannot find, and `target_indicators.csv` links to its entry of the indicator catalogue each row that the
parser's linker, or this report's catalogue by the parser's name, unit and measure, links to none or to a
wrong one (`indicator_link` then says `curated`, else `parsed`). A row's `indicator` is the parser's
reading; an added row's is its catalogue entry's name. Every curated row must hit exactly what it names,
and must change something, or the build fails with its file and line.
A row's `origin` is `parsed` (every field read from the text as the parser read it), `corrected` (the
fields listed in `corrected_fields` set by hand) or `curated` (added by hand).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import partial

from ..extract.numbers import Token
from ..extract.periods import PeriodSpan, period_at
from ..extract.reports import Report
from ..extract.targets import TargetRecord, infer_direction
from ..models import Section, Target
from ..table_rows import Made, target_row
from .curated import (
    CuratedFiles,
    CurationError,
    IndicatorInfo,
    TargetAddition,
    TargetCorrection,
    TargetExclusion,
    TargetIndicator,
    locate,
)
from .overlay import Overlay


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


@dataclass(frozen=True)
class Overlaid:
    """A record of the table before ids and sections: how it was made, and its catalogue link."""

    record: TargetRecord
    origin: str  # parsed | corrected | curated
    corrected_fields: str | None
    indicator_id: str
    indicator_link: str  # parsed (the parser's linker) | curated (target_indicators.csv)


def overlay_targets(text: str, parsed: Report, curated: CuratedFiles) -> tuple[list[Overlaid], list[tuple[Token, str]]]:
    """The parser's records overlaid with the curated files, and every token set aside with its reason
    (the parser's or a curated one); CurationError naming every curated row that does not fit."""
    tokens = {t.start: t for t in parsed.tokens}

    def token_at(start: int, end: int) -> int | None:
        token = tokens.get(start)
        return start if token is not None and token.end == end else None

    records = {r.token_start: r for r in parsed.targets}
    overlay = Overlay(text, parsed.body, records, token_at, {s.token.start: s.reason for s in parsed.skipped})
    overlay.remove(curated[TargetExclusion], lambda row: row.reason)
    overlay.correct(curated[TargetCorrection], lambda row: row.field, partial(_correct, text))
    overlay.link(curated[TargetIndicator], "indicator_id", "target_indicators", _described, _linker(curated))
    for c in curated[TargetAddition]:
        record = _addition(text, parsed.body, parsed.periods, c.row, c.where(), overlay.problems)
        if record is not None:
            overlay.add(record.token_start, record, c.row.indicator_id, c.where(), repr(c.row.number_text))
    if overlay.problems:
        raise CurationError(overlay.problems)
    out = [
        Overlaid(r, *overlay.origin(key), overlay.links[key], "curated" if key in overlay.linked_by_hand else "parsed")
        for key, r in overlay.final()
    ]
    excluded = [(s.token, s.reason) for s in parsed.skipped if s.token.start not in overlay.removed]
    excluded += [(tokens[key], reason) for key, (reason, _) in overlay.removed.items()]
    return out, excluded


def _linker(curated: CuratedFiles) -> Callable[[TargetRecord], str | None]:
    """What links a record without a hand: the genre catalogue's entry the parser links it to
    (`extract.catalogue`), else the entry of this report's catalogue whose name, unit and measure are the
    record's (its indicator as the parser read it, or as a hand corrected it)."""
    named = {(c.row.name_zh, c.row.unit or "", c.row.measure): c.row.indicator_id for c in curated[IndicatorInfo]}
    return lambda record: record.indicator_id or named.get((record.indicator, record.unit or "", record.measure))


def _described(record: TargetRecord) -> str:
    return f"{record.number_text!r} in {record.quote!r}"


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
        problems.append(f"{where}: the quote lies outside every period the parser reads in the report")
        return None
    value_max = Decimal(repr(row.value_max)) if row.value_max is not None else None
    return TargetRecord(
        kind=period.kind, period_start=period.period_start, period_end=period.period_end,
        indicator="", value=Decimal(repr(row.value)), value_max=value_max, unit=row.unit or "",
        qualifier=row.qualifier, measure=row.measure, number_text=row.number_text, number_start=number_start,
        number_end=number_start + len(row.number_text), token_start=number_start, quote=row.quote,
        char_start=start, char_end=start + len(row.quote),
        direction=infer_direction(text[max(start, number_start - 12) : number_start], row.measure),
    )  # fmt: skip


def targets_table(
    text: str, parsed: Report, outline: Sequence[Section], curated: CuratedFiles, document_id: str
) -> tuple[list[Target], Accounting]:
    """The `targets` table and the accounting of every number token in the body."""
    records, excluded = overlay_targets(text, parsed, curated)
    names = {c.row.indicator_id: c.row.name_zh for c in curated[IndicatorInfo]}
    unknown = sorted({r.indicator_id for r in records} - set(names))
    if unknown:
        raise CurationError([f"seeds/curated/target_indicators.csv: {i!r} is not in indicators.csv" for i in unknown])
    rows = [_row(r, document_id, outline, r.record.indicator or names[r.indicator_id]) for r in records]
    return rows, account(text, parsed, rows, excluded)


def _row(overlaid: Overlaid, document_id: str, outline: Sequence[Section], name: str) -> Target:
    """One row of the table; every row of this report lies in a period and under a heading."""
    made = Made(overlaid.origin, overlaid.corrected_fields, overlaid.indicator_id, name, overlaid.indicator_link)
    row = target_row(overlaid.record, document_id, outline, made)
    if row is None:
        where = f"{overlaid.record.number_text!r} at {overlaid.record.number_start}"
        raise CurationError([f"target {where} lies outside every period or heading"])
    return row


def account(text: str, parsed: Report, rows: Sequence[Target], excluded: Sequence[tuple[Token, str]]) -> Accounting:
    """Every token in the body: covered by a row's number span, or excluded with a reason, or unaccounted."""
    spans = [(r.number_start, r.number_end) for r in rows]
    excluded_at = {token.start: reason for token, reason in excluded}
    covered = 0
    by_reason: dict[str, int] = {}
    unaccounted = []
    body, tokens = parsed.body, parsed.tokens
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
