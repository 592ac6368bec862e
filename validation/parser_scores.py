"""How well `tongzhou_data.extract.report` reads reports nobody here tuned it to.

    python validation/parser_scores.py [--details NAME] [--held-out]

For each hand-annotated report under tests/fixtures/annotations/ (made by people who did not write the
parser, from the record rules, each re-read by a second annotator), inside its annotated regions (where
every number and every project mention is annotated): value recall and precision, and the share of
matched rows whose unit, qualifier, measure, direction, kind, period and indicator agree; for projects,
recall, precision, and the share with the right status, kind, period, category and location. A parsed
row matches an annotated one when their number (or name) spans overlap.

The reports listed in `held_out.txt` are a held-out quarter: scored only with `--held-out`, which prints
their table after the development part's and lists no error of theirs. Goals, from the parser issue
(#20, on the held-out quarter): recall >= 97%, precision >= 95%, unit, qualifier, measure, direction >=
97%, kind and period >= 95%, indicator >= 90%; projects recall >= 85%, status >= 95%. Exit status 0 when
every goal holds on the pooled part scored.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tongzhou_data.extract import report
from tongzhou_data.extract.text import working_text

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "tests/fixtures/annotations"
CORPUS = ROOT / "tests/fixtures/corpus"
TEXTS = {"tongzhou-2026": ROOT / "seeds/000_045d13b3e487b0b7.txt"}  # this package's own report: its seed
HELD_OUT = ANNOTATIONS / "held_out.txt"
# What an indicator name may differ by and still name the same quantity: the place, estimate words, verbs
# of adding or reaching, count words, markup and punctuation, and 率 (增长 / 增长率).
NOT_NAMING = re.compile(
    r"全省|全市|全区|全州|全县|全国|预计|初步统计|其中|累计|新增|完成|达到|连续年数|年数|总数|数量|人数|排名|"
    r"\*\*|[，、：:（）()“”《》\s]|[数率]$"
)


def _naming(name: str) -> str:
    return NOT_NAMING.sub("", NOT_NAMING.sub("", name))


def _common(a: str, b: str) -> int:
    """The length of the longest run of characters `a` and `b` share."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] not in b:
                break
            best = j - i
    return best


def same_indicator(gold: str, parsed: str) -> bool:
    """Whether the parser's indicator names what the annotator's does: once place names, estimate and
    adding words, count words and punctuation are set aside, the two share a run of at least 60% of the
    annotator's name (the subject and what of it is measured), or one holds the other."""
    g, p = _naming(gold), _naming(parsed)
    return bool(g) and bool(p) and (g in p or p in g or _common(g, p) >= 0.6 * len(g))


TARGET_FIELDS: dict[str, Callable[[dict[str, str], Any], bool]] = {
    "value": lambda g, p: _same_number(g["value"], p.value) and _same_number(g["value_max"], p.value_max),
    "unit": lambda g, p: g["unit"] == (p.unit or ""),
    "qualifier": lambda g, p: g["qualifier"] == p.qualifier,
    "measure": lambda g, p: g["measure"] == p.measure,
    "direction": lambda g, p: g["direction"] == (p.direction or ""),
    "kind": lambda g, p: g["kind"] == p.kind,
    "period": lambda g, p: (int(g["period_start"]), int(g["period_end"])) == (p.period_start, p.period_end),
    "indicator": lambda g, p: same_indicator(g["indicator"], p.indicator),
}
PROJECT_FIELDS: dict[str, Callable[[dict[str, str], Any], bool]] = {
    "status": lambda g, p: g["status"] == p.status,
    "kind": lambda g, p: g["kind"] == p.kind,
    "period": lambda g, p: (int(g["period_start"]), int(g["period_end"])) == (p.period_start, p.period_end),
    "category": lambda g, p: g["category"] == p.category,
    "location": lambda g, p: g["location"] == (p.location or ""),
}
GOALS = {"recall": 0.97, "precision": 0.95, "kind": 0.95, "period": 0.95, "indicator": 0.90,
         "projects recall": 0.85, "projects status": 0.95}  # fmt: skip
FIELD_GOAL = 0.97
# The development part's pooled figures must not fall under these (tests/test_parser_scores.py): set just
# under what the parser reaches on it, and raised as it improves; the goals above are what it aims at. (Six held-out
# reports joined it in the tenth session: unit 98.96%, projects recall 84.4% there, so those two floors went down.)
FLOORS = {"recall": 0.98, "precision": 0.98, "value": 0.99, "unit": 0.98, "qualifier": 0.99, "measure": 0.99,
          "direction": 0.99, "kind": 0.99, "period": 0.99, "indicator": 0.91, "projects recall": 0.84,
          "projects status": 0.98}  # fmt: skip


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
    for g, hit in pairs(gold, free, span, gold_span):
        if hit is None:
            result.misses.append(f"missed {g.get('number_text') or g.get('name')!r} at {g[gold_span[0]]}")
            continue
        result.matched += 1
        for name, same in fields.items():
            if same(g, hit):
                result.agree[name] += 1
            else:
                what = g.get("number_text") or g.get("name")
                result.misses.append(f"{name} of {what!r} at {g[gold_span[0]]}: {_show(g, hit, name)}")
    result.misses += [f"extra {getattr(p, 'number_text', None) or p.name!r} at {span(p)[0]}" for p in free]
    return result


def pairs(
    gold: Sequence[dict[str, str]], free: list[Any], span: Callable[[Any], tuple[int, int]], gold_span: tuple[str, str]
) -> Iterator[tuple[dict[str, str], Any]]:  # fmt: skip
    """Each annotated row with the first parsed row of `free` whose span overlaps it (taken out of `free`), or None."""
    for g in gold:
        lo, hi = int(g[gold_span[0]]), int(g[gold_span[1]])
        hit = next((p for p in free if span(p)[0] < hi and lo < span(p)[1]), None)
        if hit is not None:
            free.remove(hit)
        yield g, hit


def _show(g: dict[str, str], p: Any, name: str) -> str:
    if name == "period":
        return f"annotated {g['period_start']}-{g['period_end']}, parsed {p.period_start}-{p.period_end}"
    if name == "value":
        return f"annotated {g['value']} {g['value_max']}, parsed {p.value} {p.value_max}"
    return f"annotated {g.get(name)!r}, parsed {getattr(p, name)!r}"


def _inside(regions: Sequence[dict[str, str]], start: int) -> bool:
    return any(int(r["char_start"]) <= start < int(r["char_end"]) for r in regions)


def annotated() -> tuple[list[str], list[str]]:
    """The annotated reports: (the development part, the held-out quarter)."""
    names = sorted(p.name.split(".")[0] for p in ANNOTATIONS.glob("*.regions.csv"))
    held = set(HELD_OUT.read_text(encoding="utf-8").split())
    return [n for n in names if n not in held], [n for n in names if n in held]


def parsed_report(name: str) -> tuple[str, list[Any], list[Any]]:
    """The working text of an annotated report, and the parser's targets and projects inside its regions."""
    path = TEXTS.get(name, CORPUS / f"{name}.md")
    text = working_text(path.open(encoding="utf-8", newline="").read())
    regions = _rows(ANNOTATIONS / f"{name}.regions.csv")
    parsed = report(text)
    targets = [t for t in parsed.targets if _inside(regions, t.number_start)]
    return text, targets, [p for p in parsed.projects if _inside(regions, p.name_start)]


NUMBER_SPAN = ("number_start", "number_end")  # an annotated target's number, as `number_span` a parsed one's


def number_span(record: Any) -> tuple[int, int]:
    return record.number_start, record.number_end


def score_report(name: str) -> tuple[Score, Score]:
    """The target and project scores of one annotated report (offsets into its working text)."""
    _, targets, projects = parsed_report(name)
    t = score(_rows(ANNOTATIONS / f"{name}.targets.csv"), targets, number_span, NUMBER_SPAN, TARGET_FIELDS)
    p = score(_rows(ANNOTATIONS / f"{name}.projects.csv"), projects, lambda r: (r.name_start, r.name_end),
              ("name_start", "name_end"), PROJECT_FIELDS)  # fmt: skip
    return t, p


def _line(label: str, s: Score, names: Sequence[str]) -> str:
    r = s.ratios()
    cells = " | ".join(f"{r[n]:.0%}" for n in names)
    return f"| {label} | {s.gold} | {s.parsed} | {cells} |"


def table(names: Sequence[str], details: str | None = None) -> tuple[Score, Score, list[str]]:
    """The pooled scores of `names` and their tables' lines (Markdown), with the misses of `details`."""
    total_t, total_p = Score(), Score()
    t_names = ["recall", "precision", *TARGET_FIELDS]
    p_names = ["recall", "precision", *PROJECT_FIELDS]
    t_lines, p_lines, shown = [], [], []
    for name in names:
        t, p = score_report(name)
        total_t.add(t)
        total_p.add(p)
        t_lines.append(_line(name, t, t_names))
        p_lines.append(_line(name, p, p_names))
        if details == name:
            shown = [*t.misses, *p.misses, ""]
    out = [f"| targets | annotated | parsed | {' | '.join(t_names)} |", "|" + " --- |" * (len(t_names) + 3)]
    out += [*t_lines, _line("all", total_t, t_names), ""]
    out += [f"| projects | annotated | parsed | {' | '.join(p_names)} |", "|" + " --- |" * (len(p_names) + 3)]
    out += [*p_lines, _line("all", total_p, p_names)]
    return total_t, total_p, shown + out


def below_goals(targets: Score, projects: Score, goals: dict[str, float] = GOALS) -> dict[str, float]:
    """Every pooled figure under its goal (or under its floor, given FLOORS)."""
    ratios = dict(targets.ratios())
    ratios |= {f"projects {k}": v for k, v in projects.ratios().items() if k in ("recall", "status")}
    return {k: v for k, v in ratios.items() if v < goals.get(k, FIELD_GOAL)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", metavar="NAME", help="list every miss and disagreement for this report")
    parser.add_argument("--held-out", action="store_true", help="score the held-out quarter too (no details)")
    args = parser.parse_args(argv)
    development, held_out = annotated()
    if args.details in held_out:
        parser.error(f"{args.details} is held out: its errors are not shown")
    t, p, lines = table(development, args.details)
    print("## Development part\n\n" + "\n".join(lines))
    if args.held_out:
        t, p, lines = table(held_out)
        print("\n## Held-out quarter\n\n" + "\n".join(lines))
    below = below_goals(t, p)
    print(
        f"\ngoals {'hold' if not below else 'do not all hold: ' + ', '.join(f'{k} {v:.0%}' for k, v in below.items())}"
    )
    return 0 if not below else 1


if __name__ == "__main__":
    sys.exit(main())
