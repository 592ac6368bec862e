"""How well the parser reads the headline indicators of the province-level reports of 2023 and 2024, and
pairs each 2023 target with its outcome a year later (issue 21).

    python validation/panel_scores.py [--corpus DIR] [--details]

The panel (`tests/fixtures/panel/NAME.csv`) was read by hand from the texts of `../shared/corpus/` (the
default `--corpus`), for the indicators of the genre's catalogue only: the past year's results and the
coming year's targets of each report. For every hand-read quantity: is it found (a parsed row overlaps its
number), linked (the row's `indicator_id` is the panel's), of the right kind and year, and, for a range,
read as one (the same `value_max`)? Pairs: every (government, indicator) with a target in the 2023 report
and an outcome for 2023 in the 2024 report, by hand and by the parser. Also: ids the parser gives two
different quantities of one report, kind and period. Goals (issue 21): found >= 99%, linked >= 97% with no
id shared by two quantities, kind and year >= 97%, pairs >= 95%.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from tongzhou_data.extract import report
from tongzhou_data.extract.governments import government
from tongzhou_data.extract.targets import TargetRecord

ROOT = Path(__file__).resolve().parent.parent
PANEL = ROOT / "tests/fixtures/panel"
GOALS = {"found": 0.99, "linked": 0.97, "kind and year": 0.97, "pairs": 0.95}
Pair = tuple[str, str, int]  # government id, indicator id, year


def read_panel(name: str) -> list[dict[str, str]]:
    with (PANEL / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def match(row: dict[str, str], parsed: Sequence[TargetRecord]) -> TargetRecord | None:
    """The parsed row whose number overlaps the hand-read one's."""
    start, end = int(row["number_start"]), int(row["number_end"])
    return next((r for r in parsed if r.number_start < end and start < r.number_end), None)


def _checks(row: dict[str, str], hit: TargetRecord | None, year: int) -> dict[str, bool]:
    """Whether a hand-read quantity is found, linked, dated and read as a range as the panel reads it."""
    if hit is None:
        return {"found": False, "linked": False, "kind and year": False, "ranges": False}
    value_max = Decimal(row["value_max"]) if row["value_max"] else None
    return {
        "found": True,
        "linked": hit.indicator_id == row["indicator_id"],
        "kind and year": (hit.kind, hit.period_start, hit.period_end) == (row["kind"], year, year),
        "ranges": hit.value_max == value_max,
    }


def quantities(group: Sequence[TargetRecord]) -> set[tuple[object, ...]]:
    """The distinct quantities among rows of one id, kind and year: the same quantity stated twice (GDP in
    the review and in a table) is one, and so is a bound an exact figure beside it meets (城镇化率突破60%、
    达60.3%)."""
    exact = {r.value for r in group if r.qualifier == "exact" and r.value_max is None}

    def met(r: TargetRecord) -> bool:
        v = r.value
        if r.qualifier in ("over", "at_least"):
            return any(e >= v for e in exact)
        if r.qualifier == "at_most":
            return any(e <= v for e in exact)
        return r.qualifier in ("approx", "nearly") and any(abs(e - v) <= abs(v) / 20 for e in exact)

    return {(r.value, r.value_max) for r in group if not met(r)}


def pairs_of(rows: dict[str, list[tuple[str, str, int]]], governments: dict[str, str]) -> set[Pair]:
    """(government, indicator, year) with a target of that year in one report and an outcome for that year
    in the next report of the same government; `rows` is each report's (indicator_id, kind, year)."""
    found: set[Pair] = set()
    for name, mine in rows.items():
        targets = {(i, y) for i, kind, y in mine if kind == "target"}
        for other, theirs in rows.items():
            if other != name and governments.get(other) == governments.get(name) and governments.get(name):
                outcomes = {(i, y) for i, kind, y in theirs if kind == "achieved"}
                found |= {(governments[name], i, y) for i, y in targets & outcomes}
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus")
    parser.add_argument("--details", action="store_true", help="list every quantity not found, linked or dated")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}: give --corpus", file=sys.stderr)
        return 2
    counts: Counter[str] = Counter()
    hand: dict[str, list[tuple[str, str, int]]] = {}
    parsed_rows: dict[str, list[tuple[str, str, int]]] = {}
    governments: dict[str, str] = {}
    shared = 0
    for path in sorted(PANEL.glob("*.csv")):
        name = path.stem
        text = (args.corpus / f"{name}.md").read_text(encoding="utf-8")
        found_government = government(text)
        governments[name] = found_government.government_id if found_government else ""
        parsed = report(text).targets
        linked = [r for r in parsed if r.indicator_id and r.period_start == r.period_end]
        values: dict[tuple[object, ...], list[TargetRecord]] = {}
        for r in linked:
            values.setdefault((r.indicator_id, r.kind, r.period_start), []).append(r)
        for key, group in values.items():
            seen = quantities(group)
            shared += len(seen) - 1
            if args.details and len(seen) > 1:
                print(f"{name} {key}: one id for {sorted(map(str, seen))}")
        parsed_rows[name] = [(str(r.indicator_id), str(r.kind), int(r.period_start or 0)) for r in linked]
        hand[name] = []
        for row in read_panel(name):
            year = int(row["period_start"])
            hand[name].append((row["indicator_id"], row["kind"], year))
            counts["quantities"] += 1
            hit = match(row, parsed)
            checks = _checks(row, match(row, parsed), year)
            counts.update(key for key, ok in checks.items() if ok)
            if args.details and not all(checks.values()):
                hit = match(row, parsed)
                got = (hit.indicator, hit.indicator_id, hit.kind, hit.period_start) if hit else None
                print(f"{name} {row['indicator_id']} {row['kind']} {row['number_text']!r}: parsed {got}")
    total = counts["quantities"]
    gold, ours = pairs_of(hand, governments), pairs_of(parsed_rows, governments)
    shares = {key: counts[key] / total for key in ("found", "linked", "kind and year", "ranges")}
    shares["pairs"] = len(gold & ours) / len(gold) if gold else 0.0
    print(f"panel: {len(hand)} reports, {total} quantities read by hand, {len(gold)} target-outcome pairs")
    for key, share in shares.items():
        print(f"{key}: {share:.1%}" + (f" (goal {GOALS[key]:.0%})" if key in GOALS else ""))
    print(f"pairs the parser makes that the panel has not: {len(ours - gold)}")
    print(f"ids the parser gives two quantities (two values) of one report, kind and year: {shared}")
    missed = [key for key, goal in GOALS.items() if shares[key] < goal] + (["one id per quantity"] if shared else [])
    print("goals hold" if not missed else f"goals do not all hold: {', '.join(missed)}")
    return 0 if not missed else 1


if __name__ == "__main__":
    sys.exit(main())
