"""How well `tongzhou_data.extract.report` reads reports nobody here tuned it to.

    python validation/parser_scores.py [--details NAME]

For each hand-annotated report under tests/fixtures/annotations/ (made by people who did not write the
parser, from the record rules), inside its annotated regions (where every number and every project
mention is annotated): value recall and precision, and the share of matched rows whose unit, qualifier,
measure, direction, kind and period agree; for projects, recall, precision, and the share with the right
status, kind, period, category and location. A parsed row matches an annotated one when their number (or
name) spans overlap.
Goals, from the parser issue: recall >= 95%, precision >= 90%, each field >= 95%, kind and period >= 90%;
projects recall >= 80%. Exit status 0 when every goal holds on the pooled set.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tongzhou_data.extract import report

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "tests/fixtures/annotations"
CORPUS = ROOT / "tests/fixtures/corpus"
TARGET_FIELDS: dict[str, Callable[[dict[str, str], Any], bool]] = {
    "value": lambda g, p: _same_number(g["value"], p.value) and _same_number(g["value_max"], p.value_max),
    "unit": lambda g, p: g["unit"] == (p.unit or ""),
    "qualifier": lambda g, p: g["qualifier"] == p.qualifier,
    "measure": lambda g, p: g["measure"] == p.measure,
    "direction": lambda g, p: g["direction"] == (p.direction or ""),
    "kind": lambda g, p: g["kind"] == p.kind,
    "period": lambda g, p: (int(g["period_start"]), int(g["period_end"])) == (p.period_start, p.period_end),
}
PROJECT_FIELDS: dict[str, Callable[[dict[str, str], Any], bool]] = {
    "status": lambda g, p: g["status"] == p.status,
    "kind": lambda g, p: g["kind"] == p.kind,
    "period": lambda g, p: (int(g["period_start"]), int(g["period_end"])) == (p.period_start, p.period_end),
    "category": lambda g, p: g["category"] == p.category,
    "location": lambda g, p: g["location"] == (p.location or ""),
}
GOALS = {"recall": 0.95, "precision": 0.90, "kind": 0.90, "period": 0.90, "projects recall": 0.80}
FIELD_GOAL = 0.95


def _same_number(gold: str, parsed: Any) -> bool:
    if gold == "" or parsed is None:
        return gold == "" and parsed is None
    return abs(float(gold) - float(parsed)) <= 1e-9 * max(1.0, abs(float(gold)))


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@dataclass
class Score:
    """Matches between annotated and parsed rows of one kind, and the fields that agree in each."""

    gold: int = 0
    parsed: int = 0
    matched: int = 0
    agree: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.parsed += other.parsed
        self.matched += other.matched
        for name, n in other.agree.items():
            self.agree[name] = self.agree.get(name, 0) + n
        self.misses += other.misses

    def ratios(self) -> dict[str, float]:
        out = {"recall": self.matched / self.gold if self.gold else 1.0}
        out["precision"] = self.matched / self.parsed if self.parsed else 1.0
        for name, n in self.agree.items():
            out[name] = n / self.matched if self.matched else 1.0
        return out


def score(
    gold: Sequence[dict[str, str]], parsed: Sequence[Any], span: Callable[[Any], tuple[int, int]],
    gold_span: tuple[str, str], fields: dict[str, Callable[[dict[str, str], Any], bool]],
) -> Score:  # fmt: skip
    """Match each annotated row to the first unmatched parsed row whose span overlaps it, and compare."""
    result = Score(gold=len(gold), parsed=len(parsed), agree=dict.fromkeys(fields, 0))
    free = list(parsed)
    for g in gold:
        lo, hi = int(g[gold_span[0]]), int(g[gold_span[1]])
        hit = next((p for p in free if span(p)[0] < hi and lo < span(p)[1]), None)
        if hit is None:
            result.misses.append(f"missed {g.get('number_text') or g.get('name')!r} at {lo}")
            continue
        free.remove(hit)
        result.matched += 1
        for name, same in fields.items():
            if same(g, hit):
                result.agree[name] += 1
            else:
                what = g.get("number_text") or g.get("name")
                result.misses.append(f"{name} of {what!r} at {lo}: {_show(g, hit, name)}")
    result.misses += [f"extra {getattr(p, 'number_text', None) or p.name!r} at {span(p)[0]}" for p in free]
    return result


def _show(g: dict[str, str], p: Any, name: str) -> str:
    if name == "period":
        return f"annotated {g['period_start']}-{g['period_end']}, parsed {p.period_start}-{p.period_end}"
    if name == "value":
        return f"annotated {g['value']} {g['value_max']}, parsed {p.value} {p.value_max}"
    return f"annotated {g.get(name)!r}, parsed {getattr(p, name)!r}"


def _inside(regions: Sequence[dict[str, str]], start: int) -> bool:
    return any(int(r["char_start"]) <= start < int(r["char_end"]) for r in regions)


def score_report(name: str) -> tuple[Score, Score]:
    """The target and project scores of one annotated report."""
    text = (CORPUS / f"{name}.md").open(encoding="utf-8", newline="").read()
    regions = _rows(ANNOTATIONS / f"{name}.regions.csv")
    parsed = report(text)
    targets = [t for t in parsed.targets if _inside(regions, t.number_start)]
    projects = [p for p in parsed.projects if _inside(regions, p.name_start)]
    t = score(_rows(ANNOTATIONS / f"{name}.targets.csv"), targets, lambda r: (r.number_start, r.number_end),
              ("number_start", "number_end"), TARGET_FIELDS)  # fmt: skip
    p = score(_rows(ANNOTATIONS / f"{name}.projects.csv"), projects, lambda r: (r.name_start, r.name_end),
              ("name_start", "name_end"), PROJECT_FIELDS)  # fmt: skip
    return t, p


def _line(label: str, s: Score, names: Sequence[str]) -> str:
    r = s.ratios()
    cells = " | ".join(f"{r[n]:.0%}" for n in names)
    return f"| {label} | {s.gold} | {s.parsed} | {cells} |"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", metavar="NAME", help="list every miss and disagreement for this report")
    args = parser.parse_args(argv)
    names = sorted(p.name.split(".")[0] for p in ANNOTATIONS.glob("*.regions.csv"))
    total_t, total_p = Score(), Score()
    t_names = ["recall", "precision", *TARGET_FIELDS]
    p_names = ["recall", "precision", *PROJECT_FIELDS]
    t_lines, p_lines = [], []
    for name in names:
        t, p = score_report(name)
        total_t.add(t)
        total_p.add(p)
        t_lines.append(_line(name, t, t_names))
        p_lines.append(_line(name, p, p_names))
        if args.details == name:
            print("\n".join([*t.misses, *p.misses]), end="\n\n")
    print(f"| targets | annotated | parsed | {' | '.join(t_names)} |\n|" + " --- |" * (len(t_names) + 3))
    print("\n".join([*t_lines, _line("all", total_t, t_names)]))
    print(f"\n| projects | annotated | parsed | {' | '.join(p_names)} |\n|" + " --- |" * (len(p_names) + 3))
    print("\n".join([*p_lines, _line("all", total_p, p_names)]))
    ratios = total_t.ratios()
    held = all(ratios[k] >= GOALS.get(k, FIELD_GOAL) for k in ratios) and total_p.ratios()["recall"] >= 0.80
    print(f"\ngoals {'hold' if held else 'do not all hold'}")
    return 0 if held else 1


if __name__ == "__main__":
    sys.exit(main())
