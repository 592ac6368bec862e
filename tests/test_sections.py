"""The outline: counts, titles typed by hand from the report, nesting and spans."""

from __future__ import annotations

import itertools
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tongzhou_data.extract import report
from tongzhou_data.extract.sections import Sections, headings, innermost, outline

# Typed from the report's headings.
PARTS = ["2025年工作回顾", "“十四五”时期发展成就和“十五五”时期主要目标任务", "2026年重点工作", "名词解释"]
CHAPTERS_2025 = [
    "深入实施副中心控规，城市发展样板加快打造",
    "全面夯实产业基础，综合竞争力接续跃升",
    "靶向发力城市治理，宜居品质显著提升",
    "大力推动绿色发展，生态底色持续擦亮",
    "稳步增进人民福祉，民生保障更加坚实",
    "聚力深化改革创新，发展活力不断迸发",
]
CHAPTERS_2026 = [
    "坚持以副辅主，高水平推进城市建设",
    "坚持以新赋能，高质量推进经济发展",
    "坚持以文塑旅，高品质推进文商旅体展融合",
    "坚持以绿为底，高标准建设国家绿色发展示范区",
    "坚持以优提质，高效能推进城市治理",
    "坚持以民为本，高品质增进民生福祉",
    "坚持以改增效，高标准推进全面深化改革",
    "坚持以实笃行，全面加强政府自身建设",
]
# Sections per chapter, counted by hand: 2025 chapters 一…六, then 2026 chapters 一…八.
SECTIONS_PER_CHAPTER = [4, 3, 3, 3, 3, 2, 5, 3, 3, 4, 3, 3, 2, 0]


@pytest.fixture(scope="module")
def sections(rows):
    return rows["sections"]


def test_counts(sections):
    assert [s["level"] for s in sections].count(1) == 4
    assert [s["level"] for s in sections].count(2) == 14
    assert [s["level"] for s in sections].count(3) == sum(SECTIONS_PER_CHAPTER) == 41


def test_titles(sections):
    assert [s["title"] for s in sections if s["level"] == 1] == PARTS
    assert [s["title"] for s in sections if s["level"] == 2] == CHAPTERS_2025 + CHAPTERS_2026
    chapters = [s["section_id"] for s in sections if s["level"] == 2]
    assert [sum(1 for s in sections if s["parent_id"] == c) for c in chapters] == SECTIONS_PER_CHAPTER


def test_section_title_is_the_heading_sentence_only(sections):
    by_id = {s["section_id"]: s for s in sections}
    assert by_id["s1.1.1"]["title"] == "全力推动重大项目建设，城市功能持续优化"
    assert by_id["s1.1.1"]["label"] == "（一）"
    assert by_id["s1.4.1"]["title"] == "绿色示范引领作用进一步增强"
    assert by_id["s3.1.2"]["title"] == "保持千亿级投资接续有力"
    assert by_id["s3.7.2"]["title"] == "扎实推进高水平开放"
    assert by_id["s1.1"]["label"] == "一"
    assert by_id["s3.8"]["label"] == "八"
    assert by_id["s2"]["label"] is None and by_id["s2"]["parent_id"] is None


def test_each_heading_starts_its_span(sections, text):
    for s in sections:
        head = text[s["char_start"] : s["char_end"]]
        if s["level"] == 2:
            assert head.startswith(f"{s['label']}、{s['title']}")
        elif s["level"] == 3:
            assert head.startswith(f"{s['label']}{s['title']}。")
        else:
            assert head.replace("\n", "").startswith(s["title"])


def test_children_nest_inside_parents_and_siblings_do_not_overlap(sections):
    by_id = {s["section_id"]: s for s in sections}
    for s in sections:
        if s["parent_id"]:
            parent = by_id[s["parent_id"]]
            assert parent["char_start"] <= s["char_start"] < s["char_end"] <= parent["char_end"]
            assert parent["level"] == s["level"] - 1
    for level in (1, 2, 3):
        spans = sorted((s["char_start"], s["char_end"]) for s in sections if s["level"] == level)
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))


def test_curated_ends_keep_closing_paragraphs_at_part_level(sections, text):
    by_id = {s["section_id"]: s for s in sections}
    assert text[: by_id["s1.6"]["char_end"]].endswith("国际交流向深层次发展。")
    assert by_id["s1.6.2"]["char_end"] == by_id["s1.6"]["char_end"]
    assert text[: by_id["s3.8"]["char_end"]].endswith("全力营造风清气正的政治生态。")
    assert text[: by_id["s1"]["char_end"]].endswith("切实加以解决。")
    assert text[: by_id["s3"]["char_end"]].endswith("而努力奋斗！")


def test_spans_end_on_visible_text(sections, text):
    for s in sections:
        assert not text[s["char_end"] - 1].isspace()


def test_broken_heading_is_joined_and_note_is_not_title():
    sample = "前言\n各位代表：\n开场。\n\n第一部分标题\n续行\n\n"
    sample += "一、章标题\n（一）节标题。正文。\n\n附录\n（说明）\n1.词：解释。\n"
    found = headings(sample)
    assert [(h.level, h.title) for h in found] == [(1, "第一部分标题续行"), (2, "章标题"), (3, "节标题"), (1, "附录")]
    assert [s.section_id for s in outline(sample)] == ["s1", "s1.1", "s1.1.1", "s2"]


def test_outline_refuses_text_without_parts():
    with pytest.raises(ValueError):
        outline("各位代表：\n没有标题。\n")


CORPUS_TEXTS = sorted(p for p in (Path(__file__).parent / "fixtures/corpus").glob("*.md") if p.stem != "README")


@cache
def _outline(path: Path) -> tuple[str, list]:
    text = path.read_text(encoding="utf-8")
    return text, list(report(text).sections)


@pytest.mark.parametrize("path", CORPUS_TEXTS[:12], ids=lambda p: p.stem)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_the_indexed_outline_finds_the_section_one_pass_finds(path, data):
    """`Sections` (a binary search and a walk up the parents) agrees with a pass over every section."""
    text, sections = _outline(path)
    indexed = Sections(sections)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, min(len(text), start + 400)))
    assert indexed.innermost(start, end) == innermost(sections, start, end)
    assert list(indexed) == sections and len(indexed) == len(sections) and indexed[0] == sections[0]
