"""`validation/indicator_judging.py`: a blind sample of matched rows for a reader to judge, and the score of a
judged sample (the development sample judged once is kept in tests/fixtures/annotations/judged/)."""

from __future__ import annotations

import csv
import importlib.util
import sys

from conftest import ROOT

for module in ("parser_scores", "indicator_judging"):
    spec = importlib.util.spec_from_file_location(module, ROOT / f"validation/{module}.py")
    assert spec is not None and spec.loader is not None
    loaded = importlib.util.module_from_spec(spec)
    sys.modules[module] = loaded
    spec.loader.exec_module(loaded)
judging = sys.modules["indicator_judging"]
JUDGED = ROOT / "tests/fixtures/annotations/judged"


def test_the_score_reads_which_name_is_the_parsers_from_the_key():
    key = [{"id": "1", "swapped": "False", "lenient": "True"}, {"id": "2", "swapped": "True", "lenient": "True"},
           {"id": "3", "swapped": "False", "lenient": "False"}, {"id": "4", "swapped": "True", "lenient": "False"}]  # fmt: skip
    judged = [{"id": "1", "a": "ok", "b": "wrong"}, {"id": "2", "a": "ok", "b": "ok"},
              {"id": "3", "a": "ok", "b": "wrong"}, {"id": "4", "a": "wrong", "b": "ok"}]  # fmt: skip
    # the parser's names: 1 b wrong, 2 a ok, 3 b wrong, 4 a wrong (the quick test agrees on 2, 3, 4); the
    # annotators': all ok
    assert judging.score(key, judged) == {"parser ok": 0.25, "annotator ok": 1.0, "quick test agrees": 0.75}


def test_a_sample_is_blind_and_its_key_says_which_name_is_whose(tmp_path):
    out = tmp_path / "sample.csv"
    total = judging.sample("dev", 30, 7, out)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    key = {r["id"]: r for r in csv.DictReader((tmp_path / "sample.csv.key.csv").open(encoding="utf-8"))}
    assert total > 3000 and len(rows) == 30 and list(rows[0]) == judging.BLIND
    assert {r["swapped"] for r in key.values()} == {"True", "False"}  # both orders occur in 30 draws
    assert all(r["sentence"].count("【") == 1 and r["number"] in r["sentence"] for r in rows)


def test_the_kept_development_sample_is_judged_whole():
    blind = list(csv.DictReader((JUDGED / "dev-sample-1.csv").open(encoding="utf-8")))
    judged = list(csv.DictReader((JUDGED / "dev-sample-1.judged.csv").open(encoding="utf-8")))
    assert [r["id"] for r in blind] == [r["id"] for r in judged]
    assert {r["a"] for r in judged} | {r["b"] for r in judged} == {"ok", "wrong"}
