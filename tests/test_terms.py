"""The glossary: 28 terms verbatim, their definitions at their offsets, and first mentions in the body."""

from __future__ import annotations

import itertools

import pytest

# Typed from the report's 名词解释, in glossary order.
TERMS = [
    "“百千工程”建设",
    "“伏羲农场”",
    "“1+1+N”产业政策体系",
    "“运河上的通州”文旅品牌",
    "“秒接速办”服务品牌",
    "“玉见骑士”治理品牌",
    "两个“关键小事”",
    "数智北京创新中心",
    "四大慢性病一体化管理体系",
    "“通通有解”多元解纷品牌",
    "“物业城市”模式",
    "不动产信托财产登记",
    "股权信托财产登记",
    "“优化文化服务供给模式和协同治理体系”案例",
    "处理好“三个关系”",
    "“一带一轴多组团”空间格局",
    "“小巨人”企业",
    "“3+4+1”顶层设计体系",
    "“两重”“两新”",
    "“三城一区”",
    "紫光VID网络视听产业园",
    "惠企政策“免申即享”",
    "大运河“运上行”水景演艺",
    "“运河有戏”演艺品牌",
    "“绿牌”工地",
    "P+R新型智慧停车场",
    "“双智”城市",
    "“运河思政”品牌",
]


@pytest.fixture(scope="module")
def terms(rows):
    return rows["terms"]


def test_28_terms_verbatim_in_order(terms):
    assert [t["term"] for t in terms] == TERMS
    assert [t["glossary_order"] for t in terms] == list(range(1, 29))
    assert [t["term_id"] for t in terms] == [f"t{i:02d}" for i in range(1, 29)]


def test_definitions_verbatim(terms, text):
    by_order = {t["glossary_order"]: t for t in terms}
    assert by_order[7]["definition"] == "垃圾分类和物业管理。"
    assert (
        by_order[27]["definition"] == "指智慧城市基础设施与智能网联汽车协同发展的试点城市。"
    )  # trailing U+2005 dropped
    assert by_order[20]["definition"].startswith("由中关村科学城、怀柔科学城、未来科学城和北京经济技术开发区构成")
    for t in terms:
        assert text[t["definition_start"] : t["definition_end"]] == t["definition"]
        assert text[: t["definition_start"]].endswith(f"{t['glossary_order']}.{t['term']}：")


def test_first_mentions_are_in_the_body_and_nothing_earlier(terms, text, rows):
    glossary = next(s for s in rows["sections"] if s["title"] == "名词解释")
    body_start = text.index("各位代表：")
    for t in terms:
        mention = text[t["first_mention_start"] : t["first_mention_end"]]
        assert body_start <= t["first_mention_start"] < t["first_mention_end"] <= glossary["char_start"]
        core = mention if "“" not in t["term"] else t["term"][t["term"].index("“") : t["term"].rindex("”") + 1]
        assert core in mention and core in t["term"]
        assert core not in text[body_start : t["first_mention_start"]]


def test_hand_checked_mentions(terms, text):
    by_order = {t["glossary_order"]: t for t in terms}
    # first 推进“百千工程”建设 (2025 review, the whole term), then 压茬实施“百千工程” (2026 plan)
    assert text[by_order[1]["first_mention_start"] : by_order[1]["first_mention_end"]] == "“百千工程”建设"
    assert (by_order[1]["mention_count"], by_order[1]["first_mention_section_id"]) == (2, "s1.1.3")
    # the whole term stands at its first mention: 抓好两个“关键小事”
    assert text[by_order[7]["first_mention_start"] : by_order[7]["first_mention_end"]] == "两个“关键小事”"
    assert by_order[7]["mention_count"] == 2
    assert by_order[15]["first_mention_section_id"] == "s2"  # 全面处理好“三个关系”, in the 十四五 achievements
    assert (
        by_order[18]["first_mention_section_id"] == "s3"
    )  # “3+4+1” first in the 2026 general requirements, before any chapter
    assert by_order[24]["first_mention_section_id"] == "s1.2.3"  # “运河有戏”演出季, already in the 2025 review
    assert by_order[8]["mention_count"] == 2  # 数智北京创新中心 投入运行 / 扩大…资源优势


def test_glossary_order_is_not_the_order_of_first_mention(terms):
    """The glossary says it follows the order of first appearance; the text shows otherwise."""
    starts = [t["first_mention_start"] for t in terms]
    inversions = [
        (a["glossary_order"], b["glossary_order"])
        for a, b in itertools.pairwise(terms)
        if b["first_mention_start"] < a["first_mention_start"]
    ]
    assert starts != sorted(starts)
    assert inversions == [(1, 2), (6, 7), (7, 8), (23, 24)]


def test_term_mentions_hold_every_mention(terms, text, rows):
    """Each term's mention rows: as many as mention_count, the first at the first mention, each slicing
    out its matched form, which is the whole term or its quoted core; counted again here by plain search."""
    mentions = rows["term_mentions"]
    glossary = next(s for s in rows["sections"] if s["title"] == "名词解释")
    body = text[text.index("各位代表：") : glossary["char_start"]]
    for t in terms:
        mine = [m for m in mentions if m["term_id"] == t["term_id"]]
        core = t["term"][t["term"].index("“") : t["term"].rindex("”") + 1] if "“" in t["term"] else t["term"]
        assert len(mine) == t["mention_count"] == body.count(core), t["term"]
        if mine:
            assert (mine[0]["char_start"], mine[0]["char_end"]) == (t["first_mention_start"], t["first_mention_end"])
            assert mine[0]["section_id"] == t["first_mention_section_id"]
        for m in mine:
            assert text[m["char_start"] : m["char_end"]] == m["matched"] and m["matched"] in (t["term"], core)


def test_hand_checked_term_mentions(rows):
    by_id = {m["term_mention_id"]: m for m in rows["term_mentions"]}
    # “百千工程”: whole term in the 2025 review, core alone in the 2026 plan (压茬实施“百千工程”)
    t01 = sorted((m["char_start"], m["matched"]) for m in rows["term_mentions"] if m["term_id"] == "t01")
    assert [matched for _, matched in t01] == ["“百千工程”建设", "“百千工程”"]
    assert by_id["t01-01514"]["section_id"] == "s1.1.3"
    assert len(rows["term_mentions"]) == 34
