"""The blind second listing of project mentions (tests/fixtures/annotations/blind/) and its matching."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest

from tongzhou_data.extract.text import working_text

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "tests/fixtures/annotations/blind"
sys.path.insert(0, str(ROOT / "validation"))
from blind_listing import matched  # noqa: E402

LISTS = sorted(BLIND.glob("*.projects.csv"))
STATUSES = next(
    f for f in json.loads((ROOT / "schema/projects.schema.json").read_text())["fields"] if f["name"] == "status"
)


def _regions(name: str) -> dict[str, str]:
    text = working_text((ROOT / f"tests/fixtures/corpus/{name}.md").read_text(encoding="utf-8"))
    with (ROOT / f"tests/fixtures/annotations/{name}.regions.csv").open(encoding="utf-8") as f:
        return {r["region_id"]: text[int(r["char_start"]) : int(r["char_end"])] for r in csv.DictReader(f)}


@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.name)
def test_every_listed_name_and_status_is_in_its_region_as_written(path):
    """Each name and status wording (its pieces, where the reader joined words apart with ……) is in its region."""
    regions = _regions(path.name.removesuffix(".projects.csv"))
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows
    for row in rows:
        pieces = [*row["name"].split("……"), *row["status_text"].split("……")]
        assert all(piece in regions[row["region"]] for piece in pieces if piece), row
        assert row["status"] in STATUSES["constraints"]["enum"], row


def test_matching_pairs_each_mention_once_by_region_then_by_a_name_holding_the_other():
    gold = [("r1", "甲乙大桥", "started"), ("r1", "丙丁公园", "opened"), ("r2", "甲乙大桥", "completed")]
    other = [("r1", "甲乙大桥", "in_progress"), ("r1", "丙丁公园二期", "opened"), ("r3", "甲乙大桥", "completed")]
    assert matched(gold, other) == (2, 1)  # r2's bridge has no pair in r2; the park matches by holding
    assert matched(gold, []) == (0, 0)


def test_a_list_is_compared_with_its_annotation_without_running_the_parser_when_asked(monkeypatch):
    """`pairs_of(…, with_parser=False)` (what `main` asks for a held-out report without --held-out) compares the
    list with its annotation alone: the parser never runs."""
    import blind_listing

    def refuse(name):
        raise AssertionError(f"the parser ran on {name}")

    monkeypatch.setattr(blind_listing, "parsed", refuse)
    name = LISTS[0].name.removesuffix(".projects.csv")
    assert list(blind_listing.pairs_of(name, with_parser=False)) == ["blind vs annotation"]
    first, second, hits, same = blind_listing.pairs_of(name, with_parser=False)["blind vs annotation"]
    assert 0 < hits <= min(first, second) and same <= hits


def test_a_row_gives_recall_precision_and_statuses_of_the_second_listing():
    import blind_listing

    assert blind_listing.row("甲", "blind vs annotation", (4, 5, 3, 2)) == (
        "| 甲 | blind vs annotation | 4 | 5 | 3 | 75.0% | 60.0% | 2/3 |"
    )


@pytest.mark.parametrize("held_out", [False, True])
def test_main_runs_the_parser_on_a_held_out_report_only_with_held_out(monkeypatch, capsys, held_out):
    """Every development list is set beside the parser; a held-out report's list only with --held-out."""
    import blind_listing

    asked = {}

    def record(name, with_parser):
        asked[name] = with_parser
        return {"blind vs annotation": (1, 1, 1, 1)}

    monkeypatch.setattr(blind_listing, "pairs_of", record)
    blind_listing.main(["--held-out"] if held_out else [])
    capsys.readouterr()
    held = set((ROOT / "tests/fixtures/annotations/held_out.txt").read_text(encoding="utf-8").split())
    listed = {path.name.removesuffix(".projects.csv") for path in LISTS}
    assert set(asked) == listed and listed & held and listed - held
    assert {name: asked[name] for name in listed} == {name: held_out or name not in held for name in listed}
