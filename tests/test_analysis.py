"""Analysis-ready: the indicator catalogue links the years, English stands beside Chinese on every row a
person reads, and the summary answers "each 2026 target beside its 2025 result" in one call."""

from __future__ import annotations

import re

import pytest

import tongzhou_data as td

CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")

# Pairs read in the report by hand: the 2025 result and the 2026 target of one quantity, worded apart.
SAME_QUANTITY = [
    ("q00602", "q08801"),  # 全年地区生产总值增长10.8% / 地区生产总值增长6%左右
    ("q00618", "q08830"),  # 一般公共预算收入增长3.1% / 增长3%
    ("q00681", "q13815"),  # 城镇调查失业率控制在5%以内, both years
    ("q04416", "q13456"),  # 扩充中小学学位7000余个 / 新增中小学学位6500个
    ("q02887", "q13308"),  # 完成6个行政村撤村建居 / 推进9个行政村撤村建居
    ("q03270", "q12993"),  # 完成10个重点路口拥堵治理 / 治理重点路口25个
    ("q04847", "q13799"),  # 促进城乡劳动力就业2.5万人 / 1.5万人以上
]
# Alike in words, different quantities.
DIFFERENT = [
    ("q04405", "q04416"),  # preschool places vs primary and secondary school places
    ("q00602", "q07036"),  # GDP growth vs GDP (a level)
]


@pytest.fixture(scope="module")
def targets():
    return {t.target_id: t for t in td.records("targets")}


@pytest.mark.parametrize(("result", "target"), SAME_QUANTITY)
def test_a_quantity_shares_one_indicator_across_periods(targets, result, target):
    assert targets[result].indicator_id == targets[target].indicator_id


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_quantities_that_look_alike_keep_their_own_indicator(targets, a, b):
    assert targets[a].indicator_id != targets[b].indicator_id


@pytest.mark.parametrize(("result", "target"), SAME_QUANTITY)
def test_the_summary_puts_the_2026_target_beside_the_2025_result(targets, result, target):
    summary = {r["indicator_id"]: r for r in td.load("indicator_summary").to_pylist()}
    row = summary[targets[target].indicator_id]
    assert (row["achieved_2025_target_id"], row["target_2026_target_id"]) == (result, target)
    assert (row["achieved_2025_value"], row["target_2026_value"]) == (targets[result].value, targets[target].value)


def test_every_english_field_is_filled_and_holds_no_chinese():
    checked = 0
    for name in td.datasets():
        table = td.load(name)
        for column in [c for c in table.column_names if c.endswith("_en")]:
            values = table.column(column).to_pylist()
            assert all(v and not CJK.search(v) for v in values), (name, column)
            checked += len(values)
    assert checked > 59 + 28 * 2 + 109  # sections, terms, projects, and the catalogue beside them


def test_the_descriptor_and_schemas_have_english_titles():
    import json

    from tongzhou_data._paths import data_file

    descriptor = json.loads(data_file("datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        if resource["format"] == "csv":
            assert re.search(r" / [A-Z][a-z]", resource["title"]), resource["title"]
            assert all(" / " in f["title"] for f in resource["schema"]["fields"]), resource["name"]


def test_the_2026_counts_the_docs_state_are_the_data():
    """30 targets for 2026, for 29 indicators, 9 of them with a 2025 result (none with only 2021-2025)."""
    from pathlib import Path

    rows = [t for t in td.records("targets") if t.kind == "target" and (t.period_start, t.period_end) == (2026, 2026)]
    summary = [r for r in td.load("indicator_summary").to_pylist() if r["target_2026_value"] is not None]
    earlier = [r for r in summary if r["achieved_2025_value"] is not None or r["achieved_2021_2025_value"] is not None]
    assert (len(rows), len({t.indicator_id for t in rows}), len(summary)) == (30, 29, 29)
    assert len(earlier) == 9 and all(r["achieved_2025_value"] is not None for r in earlier)
    root = Path(__file__).resolve().parent.parent
    for doc in ("README.md", "docs/dataset-card.md"):
        prose = " ".join((root / doc).read_text(encoding="utf-8").split())
        assert "30 targets for 2026" in prose and "9 of the 29" in prose, doc
