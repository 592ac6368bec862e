"""How far a blind second reading of project mentions agrees with the annotation, beside the parser.

    python validation/blind_listing.py [--held-out]

`tests/fixtures/annotations/blind/NAME.projects.csv` lists every project mention of a report's annotated regions
as a reader made it from the record rules and the regions' text alone, never seeing the annotation or the parser.
Each list is matched to the annotation region by region (the same name first, then one name holding the other),
and the parser's mentions in those regions are matched the same way, so that the parser's recall can be set beside
how far two careful readings of the rules differ. Pooled rows add up each part (development, held out); the parser
is set beside a held-out report's lists only with `--held-out` (figures, never rows, like `parser_scores.py`).
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Sequence
from pathlib import Path

from tongzhou_data.extract import report
from tongzhou_data.extract.text import working_text

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "tests/fixtures/annotations"
BLIND = ANNOTATIONS / "blind"
CORPUS = ROOT / "tests/fixtures/corpus"

Mention = tuple[str, str, str]  # region, name, status


def _read(path: Path, region: str) -> list[Mention]:
    """The (region, name, status) of each row of a projects CSV whose region column is `region`."""
    with path.open(encoding="utf-8") as f:
        return [(row[region], row["name"], row["status"]) for row in csv.DictReader(f)]


def parsed(name: str) -> list[Mention]:
    """The parser's mentions of report `name` that start inside one of its annotated regions."""
    with (ANNOTATIONS / f"{name}.regions.csv").open(encoding="utf-8") as f:
        regions = [(r["region_id"], int(r["char_start"]), int(r["char_end"])) for r in csv.DictReader(f)]
    text = working_text((CORPUS / f"{name}.md").read_text(encoding="utf-8"))
    found = ((next((r for r, a, b in regions if a <= p.char_start < b), ""), p) for p in report(text).projects)
    return [(region, p.name, p.status) for region, p in found if region]


def matched(gold: Sequence[Mention], other: Sequence[Mention]) -> tuple[int, int]:
    """(how many of `gold` a mention of `other` in the same region matches, how many of those agree on status): the
    same name first, then a name of two characters or more holding the other; each mention matched once."""
    used: set[int] = set()
    pairs: dict[int, int] = {}
    for loose in (False, True):
        for i, (region, name, _) in enumerate(gold):
            if i in pairs:
                continue
            for j, (r, n, _) in enumerate(other):
                same = n == name if not loose else min(len(n), len(name)) > 1 and (n in name or name in n)
                if j not in used and r == region and same:
                    used.add(j)
                    pairs[i] = j
                    break
    return len(pairs), sum(gold[i][2] == other[j][2] for i, j in pairs.items())


Counts = tuple[int, int, int, int]  # first listing's mentions, second's, matched, matched with the same status


def compared(gold: Sequence[Mention], other: Sequence[Mention]) -> Counts:
    """How far `other` agrees with `gold`, as counts that add up over reports."""
    hits, same = matched(gold, other)
    return len(gold), len(other), hits, same


def row(report: str, pair: str, counts: Counts) -> str:
    """One line of the table: recall and precision of the second listing against the first, and statuses."""
    first, second, hits, same = counts
    return (
        f"| {report} | {pair} | {first} | {second} | {hits} | {hits / max(first, 1):.1%} "
        f"| {hits / max(second, 1):.1%} | {same}/{hits} |"
    )


def pairs_of(name: str, with_parser: bool) -> dict[str, Counts]:
    """The comparisons of one report's blind list: with the annotation, and the parser's with each listing."""
    annotated = _read(ANNOTATIONS / f"{name}.projects.csv", "region_id")
    blind = _read(BLIND / f"{name}.projects.csv", "region")
    found = {"blind vs annotation": compared(annotated, blind)}
    if with_parser:
        mentions = parsed(name)
        found["parser vs annotation"] = compared(annotated, mentions)
        found["parser vs blind"] = compared(blind, mentions)
    return found


def main(argv: Sequence[str] | None = None) -> None:
    """Print the table, report by report and pooled per part; the parser is run on held-out reports only when asked."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held-out", action="store_true", help="set the parser beside held-out reports' lists too")
    args = parser.parse_args(argv)
    held = set((ANNOTATIONS / "held_out.txt").read_text(encoding="utf-8").split())
    listed = sorted(path.name.removesuffix(".projects.csv") for path in BLIND.glob("*.projects.csv"))
    print("| report | pair | first | second | matched | recall | precision | status |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for part, names in (
        ("development", [n for n in listed if n not in held]),
        ("held out", [n for n in listed if n in held]),
    ):
        pooled: dict[str, list[int]] = {}
        for name in names:
            for pair, counts in pairs_of(name, args.held_out or name not in held).items():
                print(row(name, pair, counts))
                total = pooled.setdefault(pair, [0, 0, 0, 0])
                total[:] = [a + b for a, b in zip(total, counts, strict=True)]
        for pair, total in pooled.items():
            print(row(f"all {part} ({len(names)})", pair, (total[0], total[1], total[2], total[3])))


if __name__ == "__main__":
    main()
