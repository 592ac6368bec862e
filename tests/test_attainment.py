"""Targets beside their outcomes (`attainment`): the rule that says whether a target was met, and the
pairing of a report's targets with the next year's report of the same government."""

from __future__ import annotations

import subprocess
import sys

import duckdb
import pytest

from tongzhou_data.attainment import attainment_rows, met


def _row(value, qualifier="exact", value_max=None, unit="%"):
    return {"value": value, "value_max": value_max, "qualifier": qualifier, "unit": unit}


# target (value, qualifier, value_max), outcome value, which way is better, expected
RULES = [
    ((5.0, "approx", None), 4.8, "higher", "met"),  # 5%左右: 5% of 5 either way
    ((5.0, "approx", None), 4.7, "higher", "missed"),
    ((5.0, "at_least", None), 4.9, "higher", "missed"),  # 5%以上 must be reached
    ((5.0, "exact", None), 5.0, "higher", "met"),
    ((5.0, "exact", 5.5), 5.1, "higher", "met"),  # 5%-5.5%: its lower end for a higher-is-better one
    ((5.5, "at_most", None), 5.2, "lower", "met"),  # 城镇调查失业率5.5%以内
    ((5.5, "at_most", None), 5.6, "lower", "missed"),
    ((3.0, "approx", None), 3.1, "lower", "met"),  # 居民消费价格涨幅3%左右: a ceiling with 5% room
    ((3.0, "at_least", None), 2.0, "lower", "unclear"),  # a floor for a lower-is-better one: unclear
    ((5.0, "at_most", None), 4.0, "higher", "unclear"),
]


@pytest.mark.parametrize(("target", "outcome", "better", "expected"), RULES)
def test_a_target_is_met_by_its_qualifier_and_the_indicators_direction(target, outcome, better, expected):
    value, qualifier, value_max = target
    assert met(_row(value, qualifier, value_max), _row(outcome), better) == expected


def test_units_that_differ_make_a_pair_unclear():
    assert met(_row(100.0, unit="美元"), _row(900.0, unit="元"), "higher") == "unclear"


def _target(document, target_id, indicator, kind, year, value, start=0):
    return {"document_id": document, "target_id": target_id, "indicator_id": indicator, "kind": kind,
            "period_start": year, "period_end": year, "value": value, "value_max": None, "qualifier": "approx",
            "unit": "%", "number_start": start}  # fmt: skip


def test_targets_pair_with_the_next_years_outcome_of_the_same_government_only():
    documents = [
        {"document_id": "a-2023", "government_id": "CN-AH", "year": 2023},
        {"document_id": "a-2024", "government_id": "CN-AH", "year": 2024},
        {"document_id": "b-2024", "government_id": "CN-FJ", "year": 2024},
        {"document_id": "a-2023-copy", "government_id": "CN-AH", "year": 2023},  # a second report of a year
    ]
    targets = [
        _target("a-2023", "q1", "gdp-growth", "target", 2023, 6.5),
        _target("a-2023", "q2", "i-0123456789", "target", 2023, 9.0),  # not the catalogue's: no pair
        _target("a-2024", "q3", "gdp-growth", "achieved", 2023, 5.8, start=10),
        _target("a-2024", "q4", "gdp-growth", "achieved", 2023, 9.9, start=90),  # a later mention: not taken
        _target("b-2024", "q5", "gdp-growth", "achieved", 2023, 4.5),  # another government
        _target("a-2023-copy", "q6", "gdp-growth", "target", 2023, 7.0),  # pairs with nothing: one row a key
    ]
    (row,) = attainment_rows(documents, targets)
    assert (row["government_id"], row["indicator_id"], row["year"]) == ("CN-AH", "gdp-growth", 2023)
    assert (row["target_id"], row["outcome_target_id"], row["outcome_value"], row["met"]) == ("q1", "q3", 5.8, "missed")


REPORT = """——{year}年1月12日在安徽省第十四届人民代表大会第一次会议上

各位代表：

一、{last}年工作回顾

全省地区生产总值增长{outcome}%。

二、{year}年主要目标

地区生产总值增长{target}%左右。
"""


def test_extract_writes_attainment_for_consecutive_reports_and_duckdb_answers_the_question(tmp_path):
    """Which provinces met their 2023 GDP growth target: one query over the package `extract` writes."""
    for year, outcome, target in ((2023, 3.5, 6.5), (2024, 5.8, 5.5)):
        text = REPORT.format(year=year, last=year - 1, outcome=outcome, target=target)
        (tmp_path / f"anhui-{year}.md").write_text(text, encoding="utf-8")
    out = tmp_path / "package"
    files = [str(tmp_path / f"anhui-{year}.md") for year in (2023, 2024)]
    done = subprocess.run([sys.executable, "-m", "tongzhou_data", "extract", *files, "--to", str(out)],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    query = f"""select d.government, a.target_value, a.outcome_value, a.met
        from '{out}/attainment.parquet' a join '{out}/documents.parquet' d on d.document_id = a.target_document_id
        where a.indicator_id = 'gdp-growth' and a.year = 2023"""
    assert duckdb.sql(query).fetchall() == [("安徽省", 6.5, 5.8, "missed")]
