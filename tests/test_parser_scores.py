"""The development set's scores (`validation/parser_scores.py`) as a test: the pooled development part
stays above the script's floors, so that a change that makes the parser worse there fails CI; the
held-out quarter is scored apart (its figures are printed, its errors never)."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from conftest import ROOT

spec = importlib.util.spec_from_file_location("parser_scores", ROOT / "validation/parser_scores.py")
assert spec is not None and spec.loader is not None
parser_scores = importlib.util.module_from_spec(spec)
sys.modules["parser_scores"] = parser_scores  # its dataclasses look their module up there
spec.loader.exec_module(parser_scores)


def test_the_parser_keeps_its_floors_on_the_development_part():
    development, held_out = parser_scores.annotated()
    assert len(development) + len(held_out) >= 16 and len(held_out) * 4 >= len(development) + len(held_out)
    targets, projects, _ = parser_scores.table(development)
    assert parser_scores.below_goals(targets, projects, parser_scores.FLOORS) == {}
    assert targets.gold >= 900 and projects.gold >= 400  # the annotations are all read


def test_the_held_out_quarter_is_scored_apart_and_its_errors_are_not_shown(capsys):
    _, held_out = parser_scores.annotated()
    assert parser_scores.main(["--held-out"]) in (0, 1)
    out = capsys.readouterr().out
    assert "## Held-out quarter" in out and all(name in out for name in held_out)
    with pytest.raises(SystemExit):
        parser_scores.main(["--details", held_out[0]])
