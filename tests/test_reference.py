"""Every difference between the published tables and the reference copy (the tables as they stood before
the parser issue, `tests/fixtures/reference/`) is listed, with its reason, in
`tests/fixtures/reference/differences.csv`; nothing changes unlisted, and nothing listed is stale."""

from __future__ import annotations

import csv
from pathlib import Path

from tongzhou_data.checks.differences import Difference, differences

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "tests/fixtures/reference"


def listed() -> dict[Difference, str]:
    with (REFERENCE / "differences.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {Difference(r["table"], r["key"], r["column"], r["old"], r["new"]): r["reason"] for r in rows}


def test_every_difference_from_the_reference_is_listed_with_a_reason():
    found = set(differences(REFERENCE, ROOT / "datasets"))
    expected = listed()
    assert sorted(found - set(expected)) == [], "changed but not listed"
    assert sorted(set(expected) - found) == [], "listed but no longer changed"
    assert all(reason.strip() for reason in expected.values())


def test_the_comparison_sees_a_changed_cell(tmp_path):
    """The comparison itself: one cell changed in a copy is one difference, at its key and column."""
    for path in REFERENCE.glob("*.csv"):
        if path.name != "differences.csv":
            (tmp_path / path.name).write_bytes(path.read_bytes())
    targets = (tmp_path / "targets.csv").read_text(encoding="utf-8")
    (tmp_path / "targets.csv").write_text(targets.replace(",10.8,", ",10.9,", 1), encoding="utf-8")
    assert differences(REFERENCE, tmp_path) == [
        Difference("targets", "tongzhou-gwr-2026/q00602", "value", "10.8", "10.9")
    ]
