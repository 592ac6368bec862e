"""Indicator classes found on four more corpus reports nobody annotated (sichuan-2024, fujian-2024, guangxi-2024,
zhejiang-2023; issue 20), each as examples of the genre: the sentence, the number, its name."""

from __future__ import annotations

import pytest

from tongzhou_data.extract.targets import scan

NAMED = [
    # a 分别 list's pair word split by 、 (存、贷款) is joined again: each member keeps the shared modifier and tail
    ("本外币存、贷款余额分别增长9.6%、11.4%。", "9.6%", "本外币存款余额增长率"),
    ("本外币存、贷款余额分别增长9.6%、11.4%。", "11.4%", "本外币贷款余额增长率"),
    ("预计实际利用内、外资分别增长37.6%和17%。", "17%", "实际利用外资增长率"),
    # earlier items as long as the last one's opening and ending in the same word take its tail (…居民、…居民人均…)
    ("城镇居民、农村居民人均可支配收入分别增长4.3%、6.9%。", "4.3%", "城镇居民人均可支配收入增长率"),
    ("数字经济、绿色经济占比分别提高13.4、6.3个百分点。", "13.4", "数字经济占比"),
    # a bare 新增 or 净增 after a piece that counts things adds to those things, not to another piece's work
    ("入围世界500强企业9家、新增1家。", "1", "新增入围世界500强企业数"),
    ("市场主体总量达到825.8万户，净增300万户以上。", "300万户以上", "净增市场主体数"),
    ("全省经营主体突破1800万户、全年净增172.8万户。", "172.8万", "净增经营主体数"),
    ("新增规模以上工业企业超1300家、连续三年新增超千家。", "超千", "新增规模以上工业企业数"),
    ("撤销本专科专业点461个、新增270个。", "270", "新增数"),
    # how a counted noun's work goes (加快推进, 加快建设) is no part of what is counted; nor 等 ending examples before it
    ("3个国家先进制造业集群加快壮大。", "3", "国家先进制造业集群数"),
    ("700个省重点项目加快建设。", "700", "省重点项目数"),
    ("13个水电站、21个光伏项目、18个风电项目等加快建设。", "18", "风电项目数"),
    ("18个项目加快投产。", "18", "投产项目数"),
    # a rank in a group (在…中) with no subject of its own: that of the growth before it, or the group's alone
    ("全省地区生产总值突破6万亿元，增长6%、在前十经济大省中并列第一。", "第一", "地区生产总值增速前十经济大省排名"),
    ("规上工业增加值增长7%，在10个工业大省中增速第1。", "第1", "规上工业增加值增速工业大省排名"),
    ("科技城建设明显提速，在全国城市科技创新百强榜中上升至第十七位。", "第十七", "全国城市科技创新百强榜排名"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "number", "indicator"), NAMED)
def test_an_indicator_names_what_its_words_measure(sentence, number, indicator):
    (record,) = [r for r in scan(sentence)[0] if r.number_text == number]
    assert record.indicator == indicator


def test_a_piece_opening_with_its_own_verb_takes_no_shared_verb():
    """新增贷款…、惠及经营主体…、降低融资成本…: 惠及 and 降低 are the pieces' own verbs, not more of what was 新增."""
    records = scan("新增贷款2816亿元、惠及经营主体13.4万户、降低融资成本53.5亿元。")[0]
    assert [r.indicator for r in records] == ["新增贷款", "惠及经营主体数", "降低融资成本"]
