"""Indicator classes found on four corpus reports nobody annotated (ordos-2023, zhangye-2025, jiaxing-2024,
beijing-2023; issue 20), each as examples of the genre: the sentence, the number, its name."""

from __future__ import annotations

import pytest

from tongzhou_data.extract.targets import scan

NAMED = [
    # an amount of the sentence left at the end of a name, or before its 数 or streak, is another row's; a bar stays
    ("开展水权交易2248宗5803.06万立方米。", "2248", "开展水权交易数"),
    ("开展水权交易2248宗5803.06万立方米。", "5803.06万", "开展水权交易"),
    ("平原区地下水位连续7年累计回升10.1米。", "7", "平原区地下水位累计回升连续年数"),
    ("193宗重点项目完成年度投资1112.3亿元。", "1112.3亿", "重点项目完成年度投资"),
    ("煤制油产量连续3年超过400万吨。", "3", "煤制油产量超过400万吨连续年数"),
    # an adverb before a bound (首次, 先后) is no part of the subject a bare level or change after it carries
    ("外贸进出口总额首次突破百亿元、达到150亿元。", "150亿", "外贸进出口总额"),
    ("人均GDP首次超过7万元，达到7.3万元。", "7.3万", "人均GDP"),
    ("机场旅客吞吐量首次突破千万人次、增长143.8%。", "143.8%", "机场旅客吞吐量增长率"),
    ("全市经济总量先后跨越3万亿元、4万亿元两个大台阶。", "3万亿", "经济总量"),
    # a 分别 list's shared head: not after an item with a measure of its own (人次); 价格 a head, 装机 a kind before one
    ("全市接待游客人次、实现旅游收入分别增长26.8%和26.9%。", "26.8%", "接待游客人次增长率"),
    ("企业用电、用气、用热价格分别下降3.4%、11.8%和8.9%。", "11.8%", "用气价格下降率"),
    ("新能源、新型储能装机规模分别达550万千瓦、95.3万千瓦。", "550万", "新能源装机规模"),
    # a bare amount of work done (完成投资) is that of the projects or works a count before it counts; not of 项目 alone
    ("开复工工业项目115项，完成投资182.2亿元。", "182.2亿", "开复工工业项目完成投资"),
    ("实施200个左右重大交通项目，完成投资2万亿元。", "2万亿", "重大交通项目完成投资"),
    ("实施黑河西总干渠上段改建、小堵麻水库等水利项目79项，完成投资16.3亿元。", "16.3亿", "水利项目完成投资"),
    ("开展建设领域三大攻坚行动，实施项目483个、完成投资423.64亿元。", "423.64亿", "完成投资"),
    # a bare rate of handling (办结率, 满意率) is that of what the clause or pieces before it name; not another rate
    ("办理人大代表建议673件、政协提案699件，办结率均为100%。", "100%", "办理人大代表建议、政协提案办结率"),
    ("市民服务热线受理诉求222万件次，满意率99.2%。", "99.2%", "市民服务热线受理诉求满意率"),
    ("全区累计清偿欠款50亿元，无分歧欠款清偿率25%，化解率100%。", "100%", "化解率"),
    # two levels or two qualities joined by 、 before the noun they share are one name, not two pieces
    ("35个项目纳入国家、省重大项目用地保障。", "35", "纳入国家、省重大项目用地保障项目数"),
    ("累计形成近200项全国首创性、突破性开放创新举措。", "近200", "累计形成全国首创性、突破性开放创新举措数"),
    ("新建学校5所、改扩建学校12所。", "5", "新建学校数"),
    # a bare rate ranked (增速, 增幅) is the rate of the nearest clause or piece before it that names a subject; alone
    # when it ranks several (均居) or a 分别 list, and never a gap's (高于预期目标…)
    ("全市实现地区生产总值5401.2亿元，增长4.2%，增速居全省第一。", "第一", "地区生产总值增速全省排名"),
    ("创新指数排名全省第二、增幅全省第一。", "第一", "创新指数增幅全省排名"),
    ("全省地区生产总值11863.8亿元、增长6.4%，高于预期目标0.4个百分点，增速居全国第6位。", "第6", "增速全国排名"),
    ("高新技术企业增至2850家，科技型中小企业增至2729家，增速均居珠三角第一。", "第一", "增速珠三角排名"),
    # a bare 总里程 is a total like 总数: its subject's, without the verb of adding or the 里程 it says again
    ("新增铁路营运里程2428公里、总里程达到9092公里。", "9092", "铁路营运总里程"),
    ("新增高速公路796公里，总里程突破9000公里。", "突破9000", "高速公路总里程"),
    # a growth named by its verb's noun (上涨 → 涨幅), as the annotations name a price's rise
    ("居民消费价格上涨1.8%。", "1.8%", "居民消费价格涨幅"),
    ("居民消费价格总水平上涨2.6%。", "2.6%", "居民消费价格总水平涨幅"),
    # a verb of doing before a catalogue indicator's name (完成, 实现) is no part of it; 完成投资 (a work done) stays
    ("预计完成地区生产总值5400亿元、增长6.2%。", "5400亿", "地区生产总值"),
    ("预计完成地区生产总值5400亿元、增长6.2%。", "6.2%", "地区生产总值增长率"),
    ("开展建设领域三大攻坚行动，完成投资423.64亿元、增长12%。", "12%", "完成投资增长率"),
    # 在建 after a piece that 建成 opens does its work on the same object (a shared verb of `list_words.csv`)
    ("建成并网风光电120万千瓦、在建209.9万千瓦。", "209.9万", "在建并网风光电"),
    # a 分别 list's later short count of people or events takes the first's modifier (事故起数、死亡人数)
    ("生产安全事故起数、死亡人数分别下降15.6%和21.5%。", "21.5%", "生产安全事故死亡人数下降率"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "number", "indicator"), NAMED)
def test_an_indicator_names_what_its_words_measure(sentence, number, indicator):
    (record,) = [r for r in scan(sentence)[0] if r.number_text == number]
    assert record.indicator == indicator


def test_a_list_whose_first_item_took_the_shared_head_lends_no_modifier():
    """基本养老、医疗…保险参保人数: 基本养老 is an item, not a modifier of 医疗."""
    records = scan("基本养老、医疗、失业、工伤保险参保人数分别达到508万、655万、117万、146万。")[0]
    assert not any(r.indicator.startswith("基本养老医疗") for r in records), [r.indicator for r in records]
