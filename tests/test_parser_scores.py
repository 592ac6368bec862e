"""The development set's scores (`validation/parser_scores.py`) as a test: the parser's goals hold on the
pooled annotated reports, so that a change that makes the parser worse there fails CI. The thresholds
are the script's own goals, not the figures it reaches today."""

from __future__ import annotations

import importlib.util
import sys

from conftest import ROOT

spec = importlib.util.spec_from_file_location("parser_scores", ROOT / "validation/parser_scores.py")
assert spec is not None and spec.loader is not None
parser_scores = importlib.util.module_from_spec(spec)
sys.modules["parser_scores"] = parser_scores  # its dataclasses look their module up there
spec.loader.exec_module(parser_scores)


def _pooled() -> tuple[object, object]:
    names = sorted(p.name.split(".")[0] for p in parser_scores.ANNOTATIONS.glob("*.regions.csv"))
    assert len(names) >= 4
    targets, projects = parser_scores.Score(), parser_scores.Score()
    for name in names:
        t, p = parser_scores.score_report(name)
        targets.add(t)
        projects.add(p)
    return targets, projects


def test_the_parser_meets_its_goals_on_the_development_set():
    targets, projects = _pooled()
    ratios = targets.ratios()
    below = {k: v for k, v in ratios.items() if v < parser_scores.GOALS.get(k, parser_scores.FIELD_GOAL)}
    assert below == {}, below
    assert projects.ratios()["recall"] >= parser_scores.GOALS["projects recall"]
    assert targets.gold >= 290 and projects.gold >= 122  # the annotations are all read


def test_the_script_says_so():
    assert parser_scores.main([]) == 0
