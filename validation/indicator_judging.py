"""How often the parser's indicator names what a number measures, as an independent reader judges it.

    python validation/indicator_judging.py sample dev|held-out N SEED OUT.csv
    python validation/indicator_judging.py score OUT.csv JUDGED.csv

`parser_scores.py` calls an indicator right when the parser's name and the annotator's share a long run of
characters or one holds the other: a quick, repeatable test, but a lenient one (产量 for 设施农业产量, or a
name with a clause of the sentence in it, count as right). This measures it against a reader instead.
`sample` draws N matched rows of the development part or the held-out quarter at random and writes them
blind: each row's sentence (its number marked 【】) and the two names, the annotator's and the parser's in
random order as `name_a` and `name_b` (which is which, and the quick test's verdict, go to OUT.csv.key.csv).
A reader who sees neither the parser nor the key marks each name `ok` or `wrong` (JUDGED.csv: `id,a,b`);
`score` then gives the share of the parser's names judged ok, the annotators' for comparison, and how
often the quick test agrees with the reader.
"""

from __future__ import annotations

import csv
import random
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import parser_scores as ps

BLIND = ["id", "report", "number", "sentence", "name_a", "name_b"]
KEY = ["id", "swapped", "lenient"]


def matched(name: str) -> Iterator[dict[str, object]]:
    """Each annotated row of report `name` with the parsed row it matches (as `parser_scores.score` pairs
    them): the sentence with the number marked, both names and the quick test's verdict."""
    text, targets, _ = ps.parsed_report(name)
    gold_rows = ps._rows(ps.ANNOTATIONS / f"{name}.targets.csv")
    for gold, hit in ps.pairs(gold_rows, targets, ps.number_span, ps.NUMBER_SPAN):
        if hit is None:
            continue
        lo, hi = int(gold["number_start"]), int(gold["number_end"])
        start = max(text.rfind(c, 0, lo) for c in "。；\n") + 1
        end = min((x for x in (text.find(c, hi) for c in "。；\n") if x >= 0), default=len(text))
        sentence = f"{text[start:lo]}【{text[lo:hi]}】{text[hi:end]}"
        yield {"report": name, "number": gold["number_text"], "sentence": sentence, "gold": gold["indicator"],
               "parsed": hit.indicator, "lenient": ps.same_indicator(gold["indicator"], hit.indicator)}  # fmt: skip


def sample(part: str, size: int, seed: int, out: Path) -> int:
    """Write a blind sample of `size` matched rows of `part` to `out` and its key beside it; how many rows
    the part holds."""
    development, held_out = ps.annotated()
    rows = [row for name in (held_out if part == "held-out" else development) for row in matched(name)]
    rng = random.Random(seed)
    chosen = rng.sample(rows, min(size, len(rows)))
    for number, row in enumerate(chosen, start=1):
        row["id"], row["swapped"] = number, rng.random() < 0.5
        names = (row["parsed"], row["gold"]) if row["swapped"] else (row["gold"], row["parsed"])
        row["name_a"], row["name_b"] = names
    _write(out, BLIND, chosen)
    _write(out.with_name(out.name + ".key.csv"), KEY, chosen)
    return len(rows)


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _write(path: Path, fields: Sequence[str], rows: Sequence[dict[str, object]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def score(key_rows: Sequence[dict[str, str]], judged: Sequence[dict[str, str]]) -> dict[str, float]:
    """The share of the parser's names judged ok, of the annotators', and of rows where the quick test
    (`lenient`) and the reader agree about the parser's name."""
    key = {row["id"]: row for row in key_rows}
    parser_ok = annotator_ok = agree = 0
    for row in judged:
        swapped = key[row["id"]]["swapped"] == "True"
        parsed, gold = (row["a"], row["b"]) if swapped else (row["b"], row["a"])
        parser_ok += parsed == "ok"
        annotator_ok += gold == "ok"
        agree += (parsed == "ok") == (key[row["id"]]["lenient"] == "True")
    n = len(judged) or 1
    return {"parser ok": parser_ok / n, "annotator ok": annotator_ok / n, "quick test agrees": agree / n}


def main(argv: Sequence[str]) -> int:
    if len(argv) == 5 and argv[0] == "sample" and argv[1] in ("dev", "held-out"):
        total = sample(argv[1], int(argv[2]), int(argv[3]), Path(argv[4]))
        print(f"{min(int(argv[2]), total)} of {total} matched rows written to {argv[4]}")
        return 0
    if len(argv) == 3 and argv[0] == "score":
        key, judged = _read(Path(argv[1] + ".key.csv")), _read(Path(argv[2]))
        for label, share in score(key, judged).items():
            print(f"{label}: {share:.1%} of {len(judged)}")
        return 0
    print(__doc__.split("\n\n")[1], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
