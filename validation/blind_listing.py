"""How far a blind second reading of project mentions agrees with the annotation, beside the parser.

    python validation/blind_listing.py

`tests/fixtures/annotations/blind/NAME.projects.csv` lists every project mention of a report's annotated regions
as a reader made it from the record rules and the regions' text alone, never seeing the annotation or the parser.
Each list is matched to the annotation region by region (the same name first, then one name holding the other),
and the parser's mentions in those regions are matched the same way, so that the parser's recall can be set beside
how far two careful readings of the rules differ.
"""

from __future__ import annotations

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


def main() -> None:
    print("| report | pair | first | second | matched | recall | precision | status |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for path in sorted(BLIND.glob("*.projects.csv")):
        name = path.name.removesuffix(".projects.csv")
        annotated = _read(ANNOTATIONS / f"{name}.projects.csv", "region_id")
        blind, parser = _read(path, "region"), parsed(name)
        pairs = (("blind vs annotation", annotated, blind), ("parser vs annotation", annotated, parser))
        for label, gold, other in pairs:
            hits, same = matched(gold, other)
            print(
                f"| {name} | {label} | {len(gold)} | {len(other)} | {hits} | {hits / len(gold):.1%} "
                f"| {hits / len(other):.1%} | {same}/{hits} |"
            )


if __name__ == "__main__":
    main()
