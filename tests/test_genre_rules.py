"""The error classes found on reports nobody here tuned to, each as examples of the genre's rules: the
sentence, then what the parser must read from it (each class fixed as a rule or vocabulary, never a file)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tongzhou_data.extract.targets import scan

# sentence, number_text, value, value_max, unit, qualifier, measure, direction
READ = [
    ("地区生产总值增长4.5%—5%。", "4.5%—5%", "4.5", "5", "%", "exact", "growth", "up"),
    ("地区生产总值增长5%-6%。", "5%-6%", "5", "6", "%", "exact", "growth", "up"),
    ("居民收入增长7%～7.5%。", "7%～7.5%", "7", "7.5", "%", "exact", "growth", "up"),
    ("地区生产总值增长4.5-5%。", "4.5-5%", "4.5", "5", "%", "exact", "growth", "up"),
    ("地区生产总值1,234.5亿元。", "1,234.5亿", "123450000000", None, "元", "exact", "level", None),
    ("人口自然增长率控制在5‰以内。", "5‰以内", "5", None, "‰", "at_most", "share", None),
    ("新增装机容量122万千瓦。", "122万", "1220000", None, "千瓦", "exact", "level", None),
    ("累计服务企业10万+家。", "10万+", "100000", None, "家", "over", "level", None),
    # 破 before a number (首破, 均破) is over it, as 突破 is; 打破 (records broken) is a count, exact
    ("进出口总值首破3000亿元。", "首破3000亿", "300000000000", None, "元", "over", "level", None),
    ("苏里格气田日产破亿立方米。", "破亿", "100000000", None, "立方米", "over", "level", None),
    ("打破1项世界纪录。", "1", "1", None, "项", "exact", "level", None),
    ("居民消费价格上涨.5%。", ".5%", "0.5", None, "%", "exact", "growth", "up"),  # no digit before the point
    ("单位地区生产总值能耗下降-3%。", "-3%", "3", None, "%", "exact", "growth", "down"),  # the minus repeats 下降
    ("工业增加值增长-2.1%。", "-2.1%", "-2.1", None, "%", "exact", "growth", "up"),  # a fall written as growth
    ("覆盖三分之一的乡镇。", "三分之一", "33.33", None, "%", "exact", "share", None),
    ("服务贸易占全国1/5左右。", "1/5左右", "20", None, "%", "approx", "share", None),
    ("人均地区生产总值相当于全国平均水平的1.5倍。", "1.5倍", "1.5", None, "倍", "exact", "level", None),
    ("服务业增加值为2015年的2.1倍。", "2.1倍", "2.1", None, "倍", "exact", "growth", "up"),  # of an earlier year
    ("接待游客、旅游总收入分别是上年的2.5倍、3.4倍。", "3.4倍", "3.4", None, "倍", "exact", "growth", "up"),
    ("新能源汽车销售增长2.8倍。", "2.8倍", "2.8", None, "倍", "exact", "growth", "up"),
    ("新增光伏装机2000兆瓦。", "2000", "2000", None, "兆瓦", "exact", "level", None),  # a year's shape, no name
    ("提供7/24小时服务。", "7", "7", None, "", "exact", "level", None),  # no fraction before 小时
    ("工业投资连续36个月保持两位数增长。", "36", "36", None, "月", "exact", "duration", None),  # 个月: months
    ("仅用1个月时间完成签约。", "1", "1", None, "月", "exact", "duration", None),  # a span of time
    ("停工4年的华鸿金色纽约项目全部交付。", "4", "4", None, "年", "exact", "duration", None),
    ("烂尾近30年的历史遗留问题得以解决。", "近30", "30", None, "年", "nearly", "duration", None),
    ("路网密度提前2年达到省定目标。", "2", "2", None, "年", "exact", "duration", None),
    ("空气质量优良天数达到316天。", "316", "316", None, "天", "exact", "level", None),  # a count of days
    ("开工项目数连续两年居全省前三位。", "前三", "3", None, "位", "at_most", "rank", None),  # a top group
    ("3家市属国企跻身世界500强前200位。", "前200", "200", None, "位", "at_most", "rank", None),
    ("县域经济综合排名跻身全省前十名。", "前十", "10", None, "位", "at_most", "rank", None),
    ("全球科技集群百强榜、列东北地区之首。", "之首", "1", None, "位", "exact", "rank", None),  # first as a word
    ("先进制造业、高技术制造业增加值占比分别超66%、39.5%。", "39.5%", "39.5", None, "%", "over", "share", None),
    ("存贷款余额分别突破11万亿元和9万亿元。", "9万亿", "9000000000000", None, "元", "over", "level", None),
    ("两项指标分别达到90%以上、85%。", "85%", "85", None, "%", "exact", "share", None),  # 以上 is the first's
    ("我市连续7年位列冰雪旅游十佳城市榜首。", "榜首", "1", None, "位", "exact", "rank", None),
    ("连续3届被命名为双拥模范城。", "3", "3", None, "届", "exact", "duration", None),
    ("并连续5个年度稳居全省第2位。", "5", "5", None, "年", "exact", "duration", None),
    ("一体化政务服务能力连续三年居全国先进行列。", "三", "3", None, "年", "exact", "duration", None),  # bare digits
    ("建筑业产值连续两年增速全省第一。", "两", "2", None, "年", "exact", "duration", None),
    ("连续六届荣获全国文明城市称号。", "六", "6", None, "届", "exact", "duration", None),  # no meeting's 六届
    ("企业退休人员养老金实现“十八连涨”。", "十八", "18", None, "年", "exact", "duration", None),  # a streak word
    ("企业职工养老金18连调。", "18", "18", None, "年", "exact", "duration", None),
    ("工业投资连续两个月保持增长。", "两", "2", None, "月", "exact", "duration", None),
    ("建设惠民球场151片，开放学校体育场地超千片。", "超千", "1000", None, "片", "over", "level", None),
    ("开展文化惠民活动4000余场次。", "4000余", "4000", None, "场次", "over", "level", None),
    ("运动员分别获得8金、10金优异成绩。", "10", "10", None, "金", "exact", "level", None),
    ("城市建成区路网密度达8.26公里/平方公里。", "8.26", "8.26", None, "公里/平方公里", "exact", "level", None),
]


@pytest.mark.parametrize(("sentence", "text", "value", "value_max", "unit", "qualifier", "measure", "direction"), READ)
def test_the_quantity_is_read_as_the_genre_writes_it(
    sentence, text, value, value_max, unit, qualifier, measure, direction
):
    (record,) = [r for r in scan(sentence)[0] if r.number_text == text]
    assert record.value == Decimal(value) and record.value_max == (Decimal(value_max) if value_max else None)
    assert (record.unit, record.qualifier, record.measure, record.direction) == (unit, qualifier, measure, direction)


# sentence, token, reason: numbers that are labels, not quantities
LABELS = [
    ("引进波音747-400客机。", "747", "name"),
    ("引进波音747-400客机。", "400", "name"),
    ("陵水25-1气田投产。", "25", "name"),
    ("东方1-1气田扩建。", "1", "name"),
    ("于2015-02-09召开会议。", "09", "date"),
    ("2023届离校未就业高校毕业生就业率达90%以上。", "2023", "name"),  # a cohort, not 2,023 terms
    ("推进漳州核电1—4号机组建设。", "1", "name"),
    ("打造千亿级产业集群。", "千亿", "label"),
    ("实施百亿级项目20个。", "百亿", "label"),
    ("亿元以上项目开工100个。", "亿", "label"),
    ("建设15分钟便民生活圈。", "15", "label"),
    ("加快郑万高铁建设。", "万", "label"),
    ("建设第四跑道。", "第四", "name"),
    ("正文。\n\n1．强化创新驱动发展，增强产业竞争力。", "1", "ordinal"),
    ("苏州城市总体规划（2030）编制完成。", "2030", "date"),
    ("正文。\n\n**十、提高惠企利民服务便捷度**", "十", "ordinal"),
    ("加快地铁5、6、9号线建设。", "5", "name"),
    ("办好2019西安国际马拉松赛。", "2019", "name"),
    ("发展红十字事业。", "十", "label"),
    ("地面公交站点500米半径覆盖率达95%。", "500", "label"),
    # a bare 万 or 百 ending a word (a rail line's short name, a slogan), a Chinese numeral before 号
    ("开工建设渝万、渝西高铁。", "万", "name"),
    ("实施生物经济“双百”工程。", "百", "name"),
    # a bare 亿 in a firm's name, with no unit or count word after it (亿 before one counts: 破亿立方米, 近亿元)
    ("支持亿纬锂能等企业设立研究机构。", "亿", "label"),
    ("亿航智能无人驾驶载人航空器取得适航证。", "亿", "label"),
    ("欧科亿、华锐精密获批国家级专精特新企业。", "亿", "name"),
    ("种子搭乘神舟十五号飞天。", "十五", "name"),
    # the count of the set a rank or a share is taken over
    ("空气质量综合指数在全国168个重点城市排名第六。", "168", "denominator"),
    ("42个国考断面水质优良比例达到97.6%。", "42", "denominator"),
    ("空气质量排名退出169个城市后20位。", "169", "denominator"),
    # the size of each of a count of steps, not a total; and a primacy ratio (首位度), not a rank
    ("一般公共预算收入连跨5个百亿台阶。", "百亿", "label"),
    ("地区生产总值跨越五千亿、六千亿、七千亿三个千亿关口。", "千亿", "label"),
    ("提升中心城区首位度。", "首位", "label"),
    # a public service hotline's number (123xx) with no unit after it
    ("12345政务服务便民热线按期办结率达到100%。", "12345", "name"),
    ("建设200家12355青少年服务站点。", "12355", "name"),
    # a number in a title between book-title marks
    ("电影《哪吒2》票房突破150亿元。", "2", "name"),
    ("原创歌剧《青春铸剑221》获奖。", "221", "name"),
    # an item's or a heading's number in brackets where a line, a sentence or a colon's clause opens
    ("今年办好20件民生实事：（8）改造老旧楼房570栋。", "8", "ordinal"),
    ("正文。\n\n（十）坚持绝对忠诚，增强政府执行力。", "十", "ordinal"),
]


def test_a_bare_yi_before_a_unit_is_a_quantity():
    assert [(r.value, r.unit) for r in scan("苏里格气田日产破亿立方米。")[0]] == [(Decimal(10**8), "立方米")]
    assert [(r.value, r.unit) for r in scan("带动就业上亿人次。")[0]] == [(Decimal(10**8), "人次")]


def test_a_hotlines_number_with_a_unit_is_a_quantity():
    assert [r.value for r in scan("全年新增城镇就业12345人。")[0]] == [12345]


def test_an_items_number_in_brackets_is_no_part_of_the_indicator():
    assert [(r.value, r.indicator) for r in scan("（8）改造老旧楼房570栋。")[0]] == [(570, "改造老旧楼房数")]


def test_a_bare_magnitude_after_a_qualifier_or_a_place_in_a_ranking_counts():
    for sentence, value in (("营商环境进入全国前十。", 10), ("接待游客近万人次。", 10000)):
        assert [r.value for r in scan(sentence)[0]] == [value], sentence


def test_a_step_reached_with_no_count_before_it_is_the_total_reached():
    assert [r.value for r in scan("服务业增加值跨上万亿元台阶。")[0]] == [10**12]
    assert [r.value for r in scan("研发投入强度稳居全省首位。")[0]] == [1]


def test_a_count_of_what_is_ranked_or_batched_is_a_quantity():
    """Not a denominator: what is counted is ranked (入围…前1%), or a batch is ordinal (入选第二批)."""
    for sentence, value in (("220个学科入围ESI全球排名前1%。", 220), ("6家企业入选国家第二批专精特新企业。", 6)):
        assert [r.value for r in scan(sentence)[0]][:1] == [value], sentence


@pytest.mark.parametrize(("sentence", "token", "reason"), LABELS)
def test_a_number_in_a_name_or_a_class_is_set_aside(sentence, token, reason):
    records, skipped = scan(sentence)
    assert any(s.token.text == token and s.reason == reason for s in skipped), (records, skipped)
    assert not any(r.value_max is not None and r.value_max <= r.value for r in records)


def test_bare_numbers_of_a_list_share_the_last_ones_bound_unit():
    records = scan("城乡居民人均可支配收入分别增长3.6、6.1%。")[0]
    assert [(r.value, r.unit, r.measure) for r in records] == [
        (Decimal("3.6"), "%", "growth"),
        (Decimal("6.1"), "%", "growth"),
    ]
    records = scan("增速分别比预期目标高5、2.9、1.5个百分点。")[0]
    assert [(r.value, r.unit) for r in records] == [
        (5, "百分点"),
        (Decimal("2.9"), "百分点"),
        (Decimal("1.5"), "百分点"),
    ]
    records = scan("岳阳、衡阳经济增速分别高于全省0.9个、0.7个百分点。")[0]  # each 个 one of the last 个百分点
    assert [(r.value, r.unit) for r in records] == [(Decimal("0.9"), "百分点"), (Decimal("0.7"), "百分点")]


def test_a_respectively_list_gives_every_number_the_measure_of_its_verb():
    records = scan("城乡居民人均可支配收入分别增长4.8%、6.2%。")[0]
    assert [(r.value, r.measure, r.direction) for r in records] == [
        (Decimal("4.8"), "growth", "up"), (Decimal("6.2"), "growth", "up")
    ]  # fmt: skip
    mixed = scan("城乡居民人均可支配收入分别达到26367元和8241元、增长8.5%和10%。")[0]
    assert [r.measure for r in mixed] == ["level", "level", "growth", "growth"]


# a report's opening (title block and headings), the year it plans for
YEARS = [
    ("---\ntitle: 2023年政府工作报告\n---\n\n各位代表：\n\n一、过去五年工作回顾\n", 2023),
    ("各位代表：\n\n**一、2022年和过去五年工作回顾**\n\n正文。\n", 2023),
    ("各位代表：\n\n**一、过去五年工作回顾**\n\n正文。\n\n**二、2023年工作总体要求和主要目标**\n", 2023),
    ("---\ntitle: 张掖市政府工作报告（2024年12月29日 某某）\n---\n\n各位代表：\n\n2024年工作回顾\n", 2025),
    ("——2022年12月28日在株洲市第十六届人民代表大会第二次会议上\n\n各位代表：\n\n一、工作回顾\n", 2023),
    ("——2026年1月6日在区七届人大七次会议上\n\n各位代表：\n\n一、2025年工作回顾\n", 2026),
    (
        "---\ntitle: 2023年政府工作报告\n---\n\n2022年10月16日，党的二十大胜利召开。\n",
        2023,
    ),  # a body date is no title date
]


@pytest.mark.parametrize(("text", "year"), YEARS)
def test_the_year_comes_from_wherever_the_report_states_it(text, year):
    from tongzhou_data.extract import report

    assert report(text).year == year


# a 分别 list: each number its own subject, and the list's verb
RESPECTIVELY = [
    ("城乡居民人均可支配收入分别增长4.8%、6.2%。", ["城镇居民人均可支配收入增长率", "农村居民人均可支配收入增长率"]),
    (
        "高技术制造业和战略性新兴产业增加值分别增长12.6%、9.7%。",
        ["高技术制造业增加值增长率", "战略性新兴产业增加值增长率"],
    ),
    (
        "城镇、农村常住居民人均可支配收入分别增长5%和8%。",
        ["城镇常住居民人均可支配收入增长率", "农村常住居民人均可支配收入增长率"],
    ),
    ("生产安全事故起数、死亡人数分别下降14%和6.4%。", ["生产安全事故起数下降率", "生产安全事故死亡人数下降率"]),
    ("生产安全事故宗数、死亡人数分别下降13.4%、11.9%。", ["生产安全事故宗数下降率", "生产安全事故死亡人数下降率"]),
    ("刑事、“两抢”接报警数分别下降14.2%、53.6%。", ["刑事接报警数下降率", "“两抢”接报警数下降率"]),  # a quoted word
    (
        "生物医药与健康、集成电路、新材料等战略性新兴产业产值分别增长17.9%、16.3%和17.9%。",
        ["生物医药与健康产业产值增长率", "集成电路产业产值增长率", "新材料产业产值增长率"],
    ),
    ("城乡居民收入分别下降2%、增长3%。", ["城镇居民收入下降率", "农村居民收入增长率"]),
    (
        "电动汽车、锂电池、太阳能电池出口分别增长29%、15.9%和22.6%。",
        ["电动汽车出口增长率", "锂电池出口增长率", "太阳能电池出口增长率"],
    ),
    (
        "旅游及相关产业增加值、游客人均花费分别增长10%、8%以上。",  # 及 inside an item of a 、 list
        ["旅游及相关产业增加值增长率", "游客人均花费增长率"],
    ),
    (  # the share the last item ends in is every item's, with its head
        "工业战略性新兴产业、高新技术产业产值占规上工业比重分别达40.8%、48.5%。",
        ["工业战略性新兴产业产值占规上工业比重", "高新技术产业产值占规上工业比重"],
    ),
    (
        "规模以上先进制造业、高技术制造业增加值占规模以上工业增加值比重分别超66%、39.5%。",
        ["规模以上先进制造业增加值占规模以上工业增加值比重", "高技术制造业增加值占规模以上工业增加值比重"],
    ),
    (  # a year the changes are since is part of each name, as in a clause of one subject
        "城乡居民人均可支配收入较2015年分别增长46%、56.3%。",
        ["城镇居民人均可支配收入较2015年增长率", "农村居民人均可支配收入较2015年增长率"],
    ),
    (
        "生产安全事故起数、死亡人数比2017年分别下降86.66%和85.67%。",
        ["生产安全事故起数比2017年下降率", "生产安全事故死亡人数比2017年下降率"],
    ),
    # words ending in 的 before the first item modify every item
    (
        "在我市投资或设立分支机构的世界500强、中国500强企业分别达215家和293家。",
        ["在我市投资或设立分支机构的世界500强企业数", "在我市投资或设立分支机构的中国500强企业数"],
    ),
    (
        "纳入集采的药品和耗材价格平均降幅分别为50%、80%以上。",
        ["纳入集采的药品价格平均降幅", "纳入集采的耗材价格平均降幅"],
    ),
    (  # a 的 after the list is the last item's words, which every item takes as its tail
        "城镇、农村居民的人均可支配收入分别增长5%、7%。",
        ["城镇居民的人均可支配收入增长率", "农村居民的人均可支配收入增长率"],
    ),
    # 分别 unsaid: as many subjects joined by 、 as numbers joined by 、 or 和
    ("轧钢、水泥、船舶产能累计减少200万吨、572万吨、44万载重吨。", ["轧钢产能", "水泥产能", "船舶产能"]),
    (
        "抽水蓄能规划建设总规模、风电光伏装机总量居全国第1、第2位。",
        ["抽水蓄能规划建设总规模全国排名", "风电光伏装机总量全国排名"],
    ),
    ("发明专利申请量、授权量年均增长 17.1%和 38.3%。", ["发明专利申请量年均增长率", "授权量年均增长率"]),
    # … or two subjects joined by 和, before two numbers
    (
        "固定资产投资和社会消费品零售总额年均增长8.5%和5.7%。",
        ["固定资产投资年均增长率", "社会消费品零售总额年均增长率"],
    ),
    (
        "职工和居民政策范围内住院报销比例稳定在85％、77％。",
        ["职工政策范围内住院报销比例", "居民政策范围内住院报销比例"],
    ),
    ("煤炭、原油、天然气产量5875万吨、1090万吨、5.2亿立方米。", ["煤炭产量", "原油产量", "天然气产量"]),
    (
        "学前三年、高中阶段、高等教育毛入学率分别达到93.3%、95.3%、48.3%。",  # 高等教育: no examples' 等
        ["学前三年毛入学率", "高中阶段毛入学率", "高等教育毛入学率"],
    ),
]


def test_a_list_with_no_subject_takes_the_subjects_of_the_clause_before():
    """A list with only a basis and a verb before it (年均增长10.8%和12.3%) measures, in order, what the
    list of the clause before does."""
    records = scan("城镇和农村居民人均可支配收入分别超过3.6万元和1.6万元，年均增长10.8%和12.3%。")[0]
    assert [r.indicator for r in records][2:] == [
        "城镇居民人均可支配收入年均增长率",
        "农村居民人均可支配收入年均增长率",
    ]


def test_a_respective_list_takes_the_names_of_the_pieces_of_the_clause_before():
    """新增A超过2万人、B 3.24万人，累计分别达到…: each number of the list is the total of its piece's noun (no 新增)."""
    records = scan("新增高层次人才超过2万人、高技能人才3.24万人，累计分别达到19.8万人和52.43万人。")[0]
    assert [r.indicator for r in records][2:] == ["高层次人才累计数", "高技能人才累计数"]


def test_a_respectively_list_opening_its_clause_takes_the_subjects_of_as_many_clauses_before():
    records = scan("科技企业孵化器达到42家，孵化面积106万平方米，分别增长9.5倍和13.6倍。")[0]
    assert [r.indicator for r in records][2:] == ["科技企业孵化器增长率", "孵化面积增长率"]


def test_a_respectively_list_ends_where_its_numbers_stop_joining():
    records = scan("装备制造业、高技术制造业增加值分别增长45.3%和62.2%、占规模以上工业增加值比重均超过30%。")[0]
    assert [r.indicator for r in records][:2] == ["装备制造业增加值增长率", "高技术制造业增加值增长率"]


def test_a_name_holding_a_he_is_one_subject_when_its_numbers_are_not_joined():
    """和 inside one name (软件和信息技术服务业) lists no subjects when the numbers after it stand in pieces of their own."""
    records = scan("软件和信息技术服务业收入增长16%以上、规模突破1000亿元。")[0]
    assert [r.indicator for r in records] == ["软件和信息技术服务业收入增长率", "软件和信息技术服务业收入规模"]


def test_a_list_that_is_the_object_of_its_verb_takes_no_subject_from_before():
    records = scan("普通高中要多样化、特色化发展，改善126所幼儿园、578所中小学办学条件。")[0]
    assert all("特色化" not in r.indicator and "多样化" not in r.indicator for r in records), records


@pytest.mark.parametrize(("sentence", "names"), RESPECTIVELY)
def test_each_number_of_a_respectively_list_names_its_own_subject(sentence, names):
    records = scan(sentence)[0]
    assert [r.indicator for r in records] == names
    assert len({r.measure for r in records}) == 1


# a total or a rank takes its subject from before it; a rank names its scope
NAMED = [
    ("新增国家高新技术企业102家，总数达446家。", "446", "国家高新技术企业总数"),
    ("地区生产总值增速居副省级城市第一。", "第一", "地区生产总值增速副省级城市排名"),
    ("保费收入1200亿元，居全省地级市第1位。", "第1", "保费收入全省地级市排名"),
    # a rank that moves: its start and its end, the subject its own or the clause before's
    ("进出口规模由全国第12位上升到第8位。", "第12", "进出口规模全国排名（期初）"),
    ("进出口规模由全国第12位上升到第8位。", "第8", "进出口规模全国排名"),
    ("高速公路里程全省排位从第11位上升至第3位。", "第3", "高速公路里程全省排名"),
    ("高铁里程超过2000公里，从全国第14位跃升至第8位。", "第8", "高铁里程全国排名"),
    ("全国制造业城市排名居第36位。", "第36", "全国制造业城市排名"),
    # a rank's streak and the ordinal's word 位 are no part of its name; regions of the country are scopes
    ("地区生产总值总量连续35年居全国首位。", "首位", "地区生产总值总量全国排名"),
    ("工业增加值总量跃升至全国第6位。", "第6", "工业增加值总量全国排名"),
    ("外商直接投资规模居中西部第1位。", "第1", "外商直接投资规模中西部排名"),
    ("市场主体增速连续34个月居全国第一。", "第一", "市场主体增速全国排名"),
    ("高铁里程全国第1，市市通高铁。", "第1", "高铁里程全国排名"),  # a scope and no verb
    ("入围全国制造业城市40强，居第36位。", "第36", "入围全国制造业城市排名"),  # a verb alone: the clause before
    # a scope with no subject of its own or of its sentence's opening: the clause before's
    (
        "深入开展海外招商，新引进3000万美元以上项目85个，实际利用外资65.4亿美元，保持全省第1。",
        "第1",
        "实际利用外资全省排名",
    ),
    ("年旅客吞吐量由154万人次增加到415.9万人次、稳居全省第2位。", "第2", "年旅客吞吐量全省排名"),
    # after two or more quantities of its sentence, the last one's, unless it is a change, a gap or 均 ranks them all
    ("实现签约项目189个，实际利用内资178.2亿元，居全省第三位。", "第三", "实际利用内资全省排名"),
    ("工业投资1396.5亿元，增长42.1%，居全省第二。", "第二", "工业投资全省排名"),
    ("新增境内上市公司58家，首发融资规模587.4亿元，均居全国第一。", "第一", "境内上市公司全国排名"),
    # a ratio to a base: relative to a time, else with the base
    ("服务业增加值为2015年的2.1倍，年均增长8.7%。", "2.1倍", "服务业增加值相对2015年倍数"),
    ("年外送电量超过1500亿千瓦时，是三峡电站年发电量的1.3倍。", "1.3倍", "年外送电量与三峡电站年发电量之比"),
    # a gap to the whole's figure takes the subject of its clause or sentence
    ("工业投资增长30%、高于全国20个百分点左右。", "20个百分点左右", "工业投资增速高于全国"),
    ("全省地区生产总值增长4.5%，高于全国1.5个百分点。", "1.5个百分点", "地区生产总值增速高于全国"),
    ("两化融合发展水平连续9年全国第一。", "第一", "两化融合发展水平全国排名"),
    ("新建省市研发平台78个、达到516家，全省第二。", "第二", "省市研发平台全省排名"),
    # a bare magnitude before a noun is a threshold of its size: the noun's 规模, the magnitude as written kept before
    # a noun of a word or two (千亿产业: 产业 alone says no more than any industry's size)
    ("新增1个千亿产业、1家百亿企业。", "千亿", "千亿产业规模"),
    ("打造更多百亿元级、千亿元级园区。", "千亿", "千亿元园区规模"),
    ("建成10个千亿级绿色食品产业和5个百亿级产业园区。", "千亿", "绿色食品产业规模"),
    ("固定资产投资连续6年保持千亿规模。", "千亿", "固定资产投资规模"),
    ("百亿规模绿色能源和低碳产业投资基金正式落地。", "百亿", "绿色能源和低碳产业投资基金规模"),
    # two counted nouns joined by 和: each number names the noun after it
    ("新增4家国家级和21家省级企业技术中心。", "4", "新增国家级企业技术中心数"),  # the levels share the noun
    ("累计创建18个国家级、288个省级现代农业产业园。", "18", "累计创建国家级现代农业产业园数"),  # across 、 too
    ("建成16家国家重点实验室和4家天府实验室。", "16", "建成国家重点实验室数"),
    ("建成16家国家重点实验室和4家天府实验室。", "4", "建成天府实验室数"),
    ("新建提升13座城市公园和 275个口袋公园。", "13", "新建提升城市公园数"),  # a space before the number
    ("提升改造210公里农村公路和120万平方米村内道路。", "120万", "提升改造村内道路面积"),  # any unit
    # a bare change takes the subject of its own clause, not the prose that opens the sentence
    ("在减税降费3.9亿元的基础上，一般公共预算收入达到24.7亿元、增长2.6%。", "2.6%", "一般公共预算收入增长率"),
    ("实施大项目行动，全年批准建设用地40.4万亩、增长38%。", "38%", "批准建设用地增长率"),
    ("全市地区生产总值5.2万亿元，增长5.4%。", "5.4%", "地区生产总值增长率"),  # else the sentence's
    ("承办现场会，完成综合交通投资412亿元、增长64.6%。", "64.6%", "完成综合交通投资增长率"),  # a shared verb once
    # a list's verb of two or more verbs governs each piece whole
    ("新建改造供水管网78.7公里、雨水管网64公里。", "64", "新建改造雨水管网长度"),
    # a name that ends in 里程 already says it is a length: no 长度 after it
    ("城市轨道交通加快建设，新增运营里程15.6公里。", "15.6", "新增运营里程"),
    ("新开工改造老旧小区5200个、棚户区6.7万套。", "6.7万", "新开工改造棚户区数"),
    # a total is nothing new, and counts the noun its clause's first count counts when no subject opens it
    ("新增上市公司10家、总数达310家。", "310", "上市公司总数"),
    ("新增7条国际客运航线、总数达64条。", "64", "国际客运航线总数"),
    ("新增交大西迁博物馆等8座博物馆、总数达134座。", "134", "博物馆总数"),
    # a rank of a bare total or number names what the piece before counts
    ("新增瞪羚企业9家，总数达10家、居全省第2位。", "第2", "瞪羚企业总数全省排名"),
    ("进出口总额增长7.8%，总量升至全国第10位。", "第10", "进出口总额总量全国排名"),
    ("14个地理标志品牌入选中国品牌百强、数量居全国第二。", "第二", "入选中国品牌百强的地理标志品牌数量全国排名"),
    # a piece that is only a list's verb does its work on the object of the verb opening its clause
    ("新建高标准农田2.4万亩、改造提升4.6万亩。", "4.6万", "改造提升高标准农田面积"),
    ("新开工棚户区改造2.06万户、建成14.7万户。", "14.7万", "建成棚户区改造户数"),
    # a counted noun, then a quoted predicate: the predicate first, unless the noun has a verb of its own
    ("京津冀1053个事项“跨省通办”。", "1053", "京津冀“跨省通办”事项数"),
    ("推动1万家企业“小升规”。", "1万", "“小升规”企业数"),
    ("495项高频事项实现“一件事一次办”。", "495", "高频事项实现“一件事一次办”数"),
    # a counted noun opening its clause, then its predicate: the predicate first, its adverbs of manner dropped
    ("456个重大项目全面实施。", "456", "实施重大项目数"),
    ("全区13宗土地顺利入市。", "13", "入市土地数"),
    ("101家供热单位完成更新改造。", "101", "完成更新改造供热单位数"),
    ("8个国家区域医疗中心平稳运营。", "8", "国家区域医疗中心平稳运营数"),  # no predicate word: as written
    ("4家企业入选国家创新技术示范企业。", "4", "入选国家创新技术示范企业数"),  # the noun said once
    ("13个区入围全国百强区。", "13", "入围全国百强区数"),
    ("17条高速开工建设。", "17", "开工建设高速数"),
    ("28个新开工项目全部落地。", "28", "落地新开工项目数"),  # 新开工项目: a noun, no predicate
    # a predicate with an object of its own joins the noun by 的, as a relative clause; verbs alone do not
    ("15件重点民生实事完成年度任务。", "15", "完成年度任务的重点民生实事数"),
    ("4个县级市跻身全国百强县。", "4", "跻身全国百强县的县级市数"),
    ("3项预期性指标接近目标值。", "3", "接近目标值的预期性指标数"),
    ("38个公厕建成投用。", "38", "建成投用公厕数"),
    ("4条街道完成提升改造。", "4", "完成提升改造街道数"),
    # after the words of a place or owner before the count too; not after a verb, a list, words with 的 or a number
    ("市区17条道路建成通车。", "17", "市区建成通车道路数"),
    ("前海75项制度创新成果在全国复制推广。", "75", "前海在全国复制推广的制度创新成果数"),
    ("自贸试验区160项试点任务基本完成。", "160", "自贸试验区基本完成试点任务数"),
    ("年初确定的41项民生实事全部完成。", "41", "年初确定的民生实事全部完成数"),
    ("首批9个核证自愿减排量完成登记。", "9", "首批核证自愿减排量完成登记数"),  # a measure's end: its 数 kept
    # the examples named before what a count counts (X、Y等N个Z) are no part of its name; the verb stays
    ("建成毗河供水一期、武引二期灌区等48个大中型工程。", "48", "建成大中型工程数"),
    ("维通利电气、蒙牛高科等6个项目竣工验收。", "6", "竣工验收项目数"),
    ("新增江油、宣汉、金堂3个全国百强县。", "3", "新增全国百强县数"),  # three or more names listed in full
    ("开工改造棚户区、老旧小区、农村危房36.8万（套）。", "36.8万", "开工改造棚户区、老旧小区、农村危房（套）"),
    # after a verb and a count, the work done on the noun comes before it
    ("推进6个集租房项目建设。", "6", "推进建设集租房项目数"),
    ("改善8所重点职业学校教学条件。", "8", "改善教学条件重点职业学校数"),
    ("实施14家公共机构太阳能利用改造。", "14", "实施太阳能利用改造公共机构数"),
    ("推进6个国际消费中心城市建设。", "6", "推进国际消费中心城市建设数"),  # 中心城市: a longer noun, as written
    (
        "25个重大项目加快建设。",
        "25",
        "重大项目数",
    ),  # a counted noun opening its clause: the pace of its work is no part
    # an amount after a measure word, then 的 and a noun: the noun's measure
    ("全力抓好总投资657.5亿元的229个水利项目。", "657.5亿", "水利项目总投资"),
    ("总投资354亿元的珠三角水资源配置工程即将通水。", "354亿", "珠三角水资源配置工程总投资"),
    ("总投资29亿元的高铁东站等项目。", "29亿", "高铁东站项目总投资"),  # the last example's: no 等
    # a streak of years: what held, then 连续年数
    ("固定资产投资连续6年保持千亿规模。", "6", "固定资产投资保持千亿规模连续年数"),
    ("连续7年入选“中国最具幸福感城市”。", "7", "入选“中国最具幸福感城市”连续年数"),
    ("全市粮食产量连续5年稳定在100亿斤以上。", "5", "粮食产量稳定在100亿斤以上连续年数"),
    # the other quantity of a streak's clause keeps no streak in its name
    ("全市粮食产量连续5年稳定在100亿斤以上。", "100亿斤以上", "粮食产量"),
    ("“津农精品”销售额连续3年突破百亿元。", "突破百亿", "“津农精品”销售额"),
    # a streak in other periods (月, 届, 周, 季度, 年度): its period after 连续 and 数
    ("工业投资连续36个月保持两位数增长。", "36", "工业投资保持两位数增长连续月数"),
    ("连续3届被命名为“全国双拥模范城”。", "3", "被命名为“全国双拥模范城”连续届数"),
    ("连续100周开展城市管理“新颜值”行动。", "100", "开展城市管理“新颜值”行动连续周数"),
    ("累计到位资金2359.1亿元，并连续5个年度稳居全省第2位。", "5", "到位资金稳居全省第2位连续年数"),
    # a change since a year (较去年, 比2015年末) has no subject of its own, nor a word of the name (a base year is said
    # after it in brackets); nor has prose that opens a sentence
    ("加快新型城镇化进程，城镇化率达到36.75%、较去年提高1.5个百分点。", "1.5个百分点", "城镇化率提高"),
    ("城镇职工养老保险参保152.14万人，较2015年末增长37.9%。", "37.9%", "城镇职工养老保险参保增长率（较2015年末）"),
    ("聚焦“3815”战略发展目标，地区生产总值突破400亿元大关，完成409.3亿元，增长3.6%。", "3.6%", "地区生产总值增长率"),
    # a basis of a growth (同比, 可比, 同口径) is no part of its name
    ("地方一般公共预算收入同口径增长9.9%。", "9.9%", "地方一般公共预算收入增长率"),
    ("一般公共预算收入850亿元，可比增长7.3%。", "7.3%", "一般公共预算收入增长率"),
    # a share of a whole named before 的: 比重; the number before in a pair (6.3%和) is no part of a name
    ("民生支出占一般公共预算支出的84.4%。", "84.4%", "民生支出占一般公共预算支出比重"),
    ("城镇登记失业率、城镇调查失业率控制在3.5%以内和5.5%左右。", "5.5%左右", "城镇调查失业率"),
    # a part's 占比 (其中…占比) is its share of the whole the clause before names
    ("一般公共预算收入2640.3亿元、连续3年居全国城市第4，其中税收占比86.5%。", "86.5%", "税收占一般公共预算收入比重"),
    ("到2027年电力总装机1.68亿千瓦，其中可再生能源装机占比超过43%。", "超过43%", "可再生能源装机占电力总装机比重"),
    # a part's growth (其中…增长) of an industry alone is that of the measure the whole's subject ends in; not 企业
    (
        "规上营利性服务业营业收入增长5.9%，其中：软件和信息技术服务业增长14.4%。",
        "14.4%",
        "软件和信息技术服务业营业收入增长率",
    ),
    ("规上工业增加值增长5%，其中装备制造业增长12.5%、高技术制造业增长10%。", "10%", "高技术制造业增加值增长率"),
    ("市场主体总量增长81.5%，其中企业增长78%。", "78%", "企业增长率"),
    # 由 inside a word (理由, 自由) opens no change from a start
    ("新增放心消费承诺单位超12000家、线下无理由退货承诺店超4000家。", "超4000", "新增线下无理由退货承诺店数"),
    # a share that names its whole says 比重, and a bare total's share is its subject's
    ("跨境电商进出口总额突破8000亿元、占全国超1/3。", "超1/3", "跨境电商进出口总额占全国比重"),
    ("实际使用外资增长12.2%，总量占全省50.5%。", "50.5%", "实际使用外资占全省比重"),
    # a share of the things named after it: those things, their predicate, 比例
    ("全市95%的镇实现集中供热。", "95%", "镇实现集中供热比例"),
    ("66%的中小学纳入教联体。", "66%", "纳入教联体的中小学比例"),
    # a verb of intent (力争, 确保, 争取) and a time within the year opening the words are no part of a name
    ("力争年底前农村生活污水治理率超75%。", "超75%", "农村生活污水治理率"),
    ("确保粮食播种面积1008万亩以上。", "1008万亩以上", "粮食播种面积"),
    ("确保2所幼儿园开园。", "2", "开园幼儿园数"),
    # a verb of achieving (实现) opening the words of an amount is no part of what it measures
    ("新增规上文化企业130家，实现营收500亿元、增长23%以上。", "500亿", "规上文化企业营收"),
    ("全年实现社会消费品零售总额2384亿元，增长8.6%。", "8.6%", "社会消费品零售总额增长率"),
    ("实现了农村贫困人口80.3万人全部脱贫。", "80.3万", "农村贫困人口全部脱贫人数"),
    ("实现干线绿波118条。", "118", "实现干线绿波数"),  # before a count it is what the count counts
    ("所有村集体经营性收入平均达40万元。", "40万", "所有村集体经营性收入平均"),  # 平均 is no adverb 均
    # an adverb of time or manner before a bound is no part of a name; 人均 keeps its 均
    ("地方一般公共预算收入首次突破2000亿元。", "突破2000亿", "地方一般公共预算收入"),
    ("人民群众安全感、满意度均超过99%。", "超过99%", "人民群众安全感、满意度"),
    ("人均GDP突破1万美元。", "突破1万", "人均GDP"),
    # a verb of effort (抓好, 紧盯, 做强做大) says only that work is done on what is counted: no part of its name
    ("推进数字自贸试验区建设，做强做大14个重点平台。", "14", "重点平台数"),
    ("突出抓好50个乡村振兴重点帮扶县。", "50", "乡村振兴重点帮扶县数"),
    ("抓好456个项目落地。", "456", "落地项目数"),
    # a five-year period, a milestone crossed (跨越, 首破) and 升至 are no part of a name
    ("全市生产总值达到3001.6亿元，“十二五”期间年均增长9.8%。", "9.8%", "生产总值年均增长率"),
    ("生产总值跨越8000亿元大关、达到8349.86亿元，增长8.2%，占全省比重升至34.2%。", "34.2%", "生产总值占全省比重"),
    ("绵阳高新区在国家高新区综合排名第50位。", "第50", "绵阳高新区国家高新区综合排名"),
    # lists of the three sectors: by ordinals, and as a ratio of their shares
    ("其中一、二、三产业增加值分别增长6.5%、4.6%和6.2%。", "4.6%", "第二产业增加值增长率"),
    ("第一、第二、第三产业增加值分别增长6%、5%和4%。", "4%", "第三产业增加值增长率"),
    ("三次产业比重由7.9：55.9：36.2调整为7.2：47.4：45.4。", "47.4", "第二产业增加值比重"),
    ("三次产业结构比例为12.3:39:48.7。", "12.3", "第一产业增加值比重"),
    # the 台 of 台阶 is no unit (machines): a step of the economy is money, named by its subject
    ("经济总量迈上万亿台阶。", "迈上万亿", "经济总量"),
    # an enumerator opening the clause (一是…, 十是…) is an item of a list, no word of the name
    ("重点抓好十项工作：一是实施主城区19条道路建设改造工程。", "19", "实施主城区道路建设改造工程数"),
    ("十是新建自然村（组）硬化路4000个。", "4000", "新建自然村（组）硬化路数"),
]


@pytest.mark.parametrize(("sentence", "number", "indicator"), NAMED)
def test_a_total_or_a_rank_names_what_it_counts(sentence, number, indicator):
    (record,) = [r for r in scan(sentence)[0] if r.number_text == number]
    assert record.indicator == indicator


def test_the_examples_of_an_amount_are_what_it_is_of():
    """发放岗位补贴和社保补贴等72.7亿元: the amount is of the things named, not a count of other things."""
    (record,) = scan("发放岗位补贴和社保补贴等72.7亿元。")[0]
    assert "社保补贴" in record.indicator, record.indicator


def test_a_milestone_of_the_subject_is_no_size():
    """跨上万亿元台阶: the step is the subject's own amount, not the size of a 台阶; after a count (连跨2个…) the step
    is no quantity at all (LABELS)."""
    (record,) = [r for r in scan("全省生产总值跨上万亿元台阶。")[0] if "万亿" in r.number_text]
    assert not record.indicator.endswith("规模"), record.indicator
    assert not [r for r in scan("全省生产总值连跨2个万亿元台阶。")[0] if r.number_text == "万亿"]


def test_a_predicate_holding_a_quantity_of_its_own_stays_after_the_noun():
    """120个补短板项目完成投资1490亿元: 完成投资 is said of the 1490亿, not what the 120 counts."""
    (record,) = [r for r in scan("120个补短板项目完成投资1490亿元。")[0] if r.number_text == "120"]
    assert record.indicator.startswith("补短板项目"), record.indicator


def _periods(body: str, year: int = 2023) -> dict[str, tuple[str | None, int | None, int | None]]:
    """Each number of a report with `body` as its text: its kind and years, as the whole parser reads them."""
    text = f"——{year}年1月10日在某市人民代表大会上\n\n各位代表：\n\n{body}"
    from tongzhou_data.extract import report

    return {r.number_text: (r.kind, r.period_start, r.period_end) for r in report(text).targets}


# report year, report body, number, (kind, first year, last year): periods in combined chapters and dated clauses
PERIODS = [
    (2023, "一、本届政府工作回顾\n\n地区生产总值年均增长7.1%。\n", "7.1%", ("achieved", 2018, 2022)),
    (2023, "一、2022年工作回顾\n\n各位代表！本届政府任期届满。过去五年，城镇新增就业330万人。\n", "330万",
     ("achieved", 2018, 2022)),
    (2023, "一、过去五年和2022年工作回顾\n\n过去五年，地区生产总值年均增长6%。\n\n刚刚过去的2022年，地区生产总值增长2.9%。\n",
     "2.9%", ("achieved", 2022, 2022)),
    (2023, "一、过去五年工作回顾\n\n民生实事全面完成，2022年30件民生实事全部办结。\n", "30", ("achieved", 2022, 2022)),
    (2023, "一、过去五年工作回顾\n\n改造老旧小区1.6万个，去年加装电梯5800部。\n", "5800", ("achieved", 2022, 2022)),
    (2023, "一、过去五年工作回顾\n\n五年累计减税降费5300亿元，其中2022年超2000亿元。\n", "超2000亿", ("achieved", 2022, 2022)),
    # the last years a figure sums or spans (两年累计, 近三年); not a record among them (近5年最好), its own year's
    (2024, "一、2023年工作回顾\n\n两年累计投入16亿元供热奖补资金。\n", "16亿", ("achieved", 2022, 2023)),
    (2023, "一、过去五年工作回顾\n\n近三年农村劳动力转移就业稳定在1500万人以上。\n", "1500万人以上", ("achieved", 2020, 2022)),
    (2024, "一、2023年工作回顾\n\n高校毕业生留省就业9.2万人，为近5年最好水平。\n", "9.2万", ("achieved", 2023, 2023)),
    (2016, "一、“十二五”时期工作回顾\n\n新建现代果园20万亩，特种毛皮产量去年达到1320万张。\n", "1320万", ("achieved", 2015, 2015)),
    (2023, "一、过去五年工作回顾\n\n五年来成就显著，预计2022年全省地区生产总值12.8万亿元。\n", "12.8万亿",
     ("achieved", 2022, 2022)),  # an estimate of the year
    (2021, "一、2020年工作回顾\n\n全年粮食产量增长2%，“十三五”期间年均增长3.1%。\n", "3.1%", ("achieved", 2016, 2020)),
    (2021, "一、“十三五”时期工作回顾\n\n——2020年全市生产总值3001.6亿元，年均增长9.8%。\n\n——常住人口城镇化率达到62.3%。\n",
     "62.3%", ("achieved", 2016, 2020)),
    (2024, "一、2023年工作回顾\n\n税收占比由2022年的74.5%提高到76.5%。\n", "74.5%", ("achieved", 2022, 2022)),
    (2024, "一、2023年工作回顾\n\n税收占比由2022年的74.5%提高到76.5%。\n", "76.5%", ("achieved", 2023, 2023)),
    (2021, "一、过去五年工作回顾\n\n全省排名从2015年的第7位上升至2016年的第2位。\n", "第2", ("achieved", 2016, 2016)),
    (2021, "一、过去五年工作回顾\n\n全员劳动生产率从2015年的人均21.2万元提高到28万元以上。\n", "21.2万",
     ("achieved", 2015, 2015)),  # the measure's words between the year and its figure
    (2021, "一、过去五年工作回顾\n\n降尘量从2018年的每月7.5吨/平方公里降至5.1吨/平方公里。\n", "7.5", ("achieved", 2018, 2018)),
    (2023, "一、过去五年工作回顾\n\n高新技术企业由2017年929家增长到3605家。\n", "929", ("achieved", 2017, 2017)),  # no 的
    (2023, "一、过去五年工作回顾\n\n五年来营商环境持续优化，2022年末市场主体总数达1411.9万户、比2017年增长74.3%。\n", "74.3%",
     ("achieved", 2018, 2022)),  # a change since the year before the span, after the year's figure
    (2023, "一、过去五年工作回顾\n\n五年来营商环境持续优化，2022年末市场主体总数达1411.9万户、比2017年增长74.3%。\n", "1411.9万",
     ("achieved", 2022, 2022)),
    (2023, "一、过去五年工作回顾\n\n高新技术企业由2017年929家增长到3605家。\n", "3605", ("achieved", 2018, 2022)),
    (2021, "一、过去五年工作回顾\n\n服务业增加值为2015年的2.1倍。\n", "2.1倍", ("achieved", 2016, 2020)),  # a ratio
    (2024, "一、2023年工作回顾\n\n旅游人次恢复到2019年的113%。\n", "113%", ("achieved", 2023, 2023)),
    (2024, "二、2024年工作安排\n\n用3—5年时间，集聚专业人才500人以上、累计产值10亿元以上。\n", "500人以上",
     ("target", 2024, 2028)),  # a horizon: to its upper end
    (2023, "二、2023年工作安排\n\n力争用3年左右时间推动2个产业迈进产值千亿门槛。\n", "2", ("target", 2023, 2025)),
    (2023, "二、2023年工作安排\n\n用三年时间创建示范区。全年新增就业10万人。\n", "10万", ("target", 2023, 2023)),
    (2023, "二、2023年工作安排\n\n五年内集聚50名战略科学家、500名科技领军人才。\n", "500", ("target", 2023, 2027)),
    (2024, "二、2024年工作安排\n\n力争两年内打造10个百亿级产业大县。\n", "10", ("target", 2024, 2025)),
    (2024, "二、2024年工作安排\n\n为离校2年内未就业高校毕业生提供见习岗位3.3万个。\n", "3.3万", ("target", 2024, 2024)),
    # a year the sentence sets its targets by, past the span: from the span's first to it; figures before it keep the span
    (2023, "二、2023年工作安排\n\n确保播种面积稳定在1.61亿亩以上，力争到2025年粮食产能达到1400亿斤。\n", "1400亿",
     ("target", 2023, 2025)),
    (2023, "二、2023年工作安排\n\n确保播种面积稳定在1.61亿亩以上，力争到2025年粮食产能达到1400亿斤。\n", "1.61亿亩以上",
     ("target", 2023, 2023)),
    (2022, "二、今后五年工作思路\n\n今后五年，地区生产总值年均增长7%左右，到2026年突破1200亿元。\n", "突破1200亿",
     ("target", 2022, 2026)),  # a year inside the span: the span's
    # the starting figure of a change in a work plan is the standard already reached, the year before's
    (2024, "二、2024年工作安排\n\n学前教育生均拨款最低标准从每生每年500元提高到600元。\n", "500", ("achieved", 2023, 2023)),
    (2024, "二、2024年工作安排\n\n学前教育生均拨款最低标准从每生每年500元提高到600元。\n", "600", ("target", 2024, 2024)),
    (2024, "一、2023年工作回顾\n\n取暖补助标准由每户200元提高到1110元。\n", "200", ("achieved", 2023, 2023)),
    # a year or the five years opening a sentence date its later clauses, past a ；, unless a clause says its own
    (2022, "一、过去五年工作回顾\n\n五年来成就显著。2020年，我市经济总量排名第259位；粮食加工转化率为56.8%。\n", "56.8%",
     ("achieved", 2020, 2020)),
    (2022, "一、过去五年工作回顾\n\n五年来成就显著。预计2021年地区生产总值870亿元，年均增长4.5%，一般公共预算收入58.1亿元。\n",
     "58.1亿", ("achieved", 2021, 2021)),
    (2022, "一、过去五年工作回顾\n\n五年来成就显著。预计2021年地区生产总值870亿元，年均增长4.5%，一般公共预算收入58.1亿元。\n",
     "4.5%", ("achieved", 2017, 2021)),
    (2016, "一、“十二五”时期工作回顾\n\n过去五年成就显著。2015年全市生产总值3001.6亿元，人均超过1.6万美元；三次产业比重由"
     "7.9：55.9：36.2调整为7.2：47.4：45.4。\n", "47.4", ("achieved", 2011, 2015)),  # a change from one figure to another
    (2023, "一、过去五年工作回顾\n\n五年来成就显著。2020年疫情发生以来，我们打赢了一系列战役，处置了90多起突发疫情。\n", "90多",
     ("achieved", 2018, 2022)),  # since that year
    (2016, "一、“十二五”时期工作回顾\n\n过去五年成就显著。青荣城际铁路正式通车，去年完成客运量456万人次，地方铁路完成244.2万人次。\n",
     "244.2万", ("achieved", 2015, 2015)),
    (2023, "一、2022年工作回顾\n\n一年来成就显著。五年来，全省地区生产总值连续跨越两个大台阶，居全国第7位。\n", "第7",
     ("achieved", 2018, 2022)),
    (2023, "一、2022年工作回顾\n\n一年来成就显著。五年来，城镇新增就业330万人，全年新增就业66万人。\n", "66万",
     ("achieved", 2022, 2022)),
    # a paragraph whose first sentence frames the five years (这是…的五年。) opens them, though the chapter reviews the year
    (2023, "一、2022年工作回顾\n\n一年来成就显著。\n\n这是民生福祉获得实质性改善的五年。城乡居民收入年均分别增长6%和7.4%。\n", "6%",
     ("achieved", 2018, 2022)),
    (2023, "一、2022年工作回顾\n\n一年来成就显著。\n\n这是极不平凡的五年，也是收获满满的一年。全年新增就业66万人。\n", "66万",
     ("achieved", 2022, 2022)),  # no whole sentence of the five years
    # a paragraph whose first sentence only says what the year was opens the period its second sentence opens
    (2023, "一、2022年工作回顾\n\n一年来成就显著。\n\n2022年是本届政府任期的最后一年。五年来，全省923万贫困人口全部脱贫。\n",
     "923万", ("achieved", 2018, 2022)),
    (2023, "一、过去五年工作回顾\n\n五年来成就显著。\n\n2022年是本届政府的收官之年。全省地区生产总值增长3%。\n", "3%",
     ("achieved", 2022, 2022)),
    # a chapter that names the year and the five years (2022年及本届政府工作回顾): a paragraph of the year's part whose
    # first sentence names the five years, and no year, turns to them; in a chapter of one year it does not
    (2023, "一、2022年及本届政府工作回顾\n\n2022年，全省地区生产总值增长4.7%。\n\n经过不懈努力，本届政府目标胜利实现。\n\n"
     "一是经济发展量质双升。GDP突破3万亿元。\n", "突破3万亿", ("achieved", 2018, 2022)),
    (2023, "一、2022年及本届政府工作回顾\n\n2022年，全省地区生产总值增长4.7%。\n\n经过不懈努力，本届政府目标胜利实现。\n\n"
     "一是经济发展量质双升。GDP突破3万亿元。\n", "4.7%", ("achieved", 2022, 2022)),
    (2024, "一、2023年工作回顾\n\n一年来成就显著。\n\n我们完成了本届政府确定的各项任务，新增就业66万人。\n", "66万",
     ("achieved", 2023, 2023)),
    (2023, "一、2022年和过去五年工作回顾\n\n刚刚过去的2022年成就显著。\n\n过去这一年是本届政府任期的最后一年，新增就业66万人。\n",
     "66万", ("achieved", 2022, 2022)),  # its first sentence names the year
    # the next five years' chapter opens its targets, though its first paragraph says no period
    (2023, "一、过去五年工作回顾\n\n过去五年成就显著。\n\n二、未来五年总体考虑和今年政府工作安排\n\n当前形势复杂。"
     "未来五年的主要目标任务是：力争总量突破7万亿元。\n\n今年主要预期目标是：地区生产总值增长6.5%左右。\n", "突破7万亿",
     ("target", 2023, 2027)),
    (2023, "一、过去五年工作回顾\n\n过去五年成就显著。\n\n二、未来五年总体考虑和今年政府工作安排\n\n当前形势复杂。"
     "未来五年的主要目标任务是：力争总量突破7万亿元。\n\n今年主要预期目标是：地区生产总值增长6.5%左右。\n", "6.5%左右",
     ("target", 2023, 2023)),
    (2022, "二、今后五年工作思路和2022年主要工作建议\n\n按照党代会精神，今后五年要更加富裕，到2025年地区生产总值突破万亿元。\n",
     "突破万亿", ("target", 2022, 2025)),  # a year before the span's last: to it
    # a plan's figures in the review of its last year: the plan's years; of a plan under way, the year's
    (2016, "一、2015年工作回顾\n\n一年来成就显著。“十二五”规划28项主要指标中，12项约束性指标全部完成。\n", "12",
     ("achieved", 2011, 2015)),
    (2024, "一、2023年工作回顾\n\n一年来成就显著。“十四五”规划实施过半，23项主要指标达到预期。\n", "23",
     ("achieved", 2023, 2023)),
    # a clause ending with the years since something began dates the clauses after it: those last years
    (2023, "一、过去五年工作回顾\n\n坚定实施创新驱动发展战略，秦创原创新驱动平台建设两年来，科创基金超百亿元，"
     "成功孵化科技型企业1577家。\n", "1577", ("achieved", 2021, 2022)),
    (2021, "一、2020年工作回顾\n\n生产安全连续25个月实现较大及以上事故零发生，为近18年来首次，城镇新增就业10.2万人。\n",
     "10.2万", ("achieved", 2020, 2020)),  # a record among them (近18年来首次) is no span
    # a target year opening a clause of a work plan (力争2025年…), as 到2025年: from the span's first to it
    (2023, "二、2023年重点工作\n\n加快项目建设，力争2025年材料产业规模突破2万亿元。\n", "突破2万亿", ("target", 2023, 2025)),
    (2023, "二、2023年重点工作\n\n创建国家级制造业创新中心，2025年装备制造业规模突破1.5万亿元。\n", "突破1.5万亿",
     ("target", 2023, 2025)),
    (2023, "二、2023年重点工作\n\n推动《四川省电源电网发展规划（2022—2025年）》落地，新增电力装机1300万千瓦。\n", "1300万",
     ("target", 2023, 2023)),  # a plan's title is no horizon
    # 去年 opening a clause of a work plan: the result of the year before
    (2024, "二、2024年工作安排\n\n文旅产业是富民产业，去年我区旅游人次达到2.3亿，今年力争突破2.5亿。\n", "2.3亿",
     ("achieved", 2023, 2023)),
    (2024, "二、2024年工作安排\n\n文旅产业是富民产业，去年我区旅游人次达到2.3亿，今年力争突破2.5亿。\n", "突破2.5亿",
     ("target", 2024, 2024)),
    # a plan under way named in a work plan's sentence: its years (期间), or from its first to the span's last (以来)
    (2023, "二、2023年重点工作\n\n推进生态价值转化，力争“十四五”期间新增营造林720万亩。\n", "720万", ("target", 2021, 2025)),
    (2024, "二、2024年工作安排\n\n单位生产总值能耗降低2.5%以上，力争“十四五”以来累计降低10%左右。\n", "10%左右",
     ("target", 2021, 2024)),
    (2018, "二、2018年工作安排\n\n落实好《“十三五”时期基层基本公共服务功能配置标准（试行）》，提升11个领域107项服务。\n",
     "107", ("target", 2018, 2018)),  # a plan in a document's title
    # a year before a one-year review that a figure's own clause opens with: that year's; the next clause, the review's
    (2023, "一、2022年工作回顾\n\n预计完成地区生产总值5400亿元，继2021年迈过4000亿元台阶后，突破5000亿元。\n", "4000亿",
     ("achieved", 2021, 2021)),
    (2023, "一、2022年工作回顾\n\n预计完成地区生产总值5400亿元，继2021年迈过4000亿元台阶后，突破5000亿元。\n",
     "突破5000亿", ("achieved", 2022, 2022)),
    (2023, "一、2022年工作回顾\n\n2021年以来，累计新增就业20万人。\n", "20万", ("achieved", 2022, 2022)),
    # a paragraph of a review whose first clause names the next five years: the review is over
    (2023, "一、过去五年工作回顾\n\n城镇新增就业330万人。\n\n二、全面贯彻落实党的二十大精神\n\n"
     "做好今后五年政府工作，要坚持稳中求进，培育5个万亿级产业集群。\n", "5", ("target", 2023, 2027)),
    (2023, "一、2022年工作回顾\n\n一年来成就显著。\n\n过去一年的成绩为今后五年发展奠定了基础，城镇新增就业66万人。\n",
     "66万", ("achieved", 2022, 2022)),  # naming them later in the clause, as what the review prepared
    # a paragraph opening the coming year's work (做好今年工作…, 新的一年…): the report's year, after a heading that names
    # no period (the review would run on) or a plan's five years (今后五年…和2023年…: its year's part)
    (2021, "一、2020年工作回顾\n\n一年来，地区生产总值增长3.5%。\n\n二、奋力开创高质量发展新局面\n\n"
     "做好今年政府工作，要坚持稳中求进，城镇新增就业6万人以上。\n", "6万人以上", ("target", 2021, 2021)),
    (2021, "一、2020年工作回顾\n\n一年来，地区生产总值增长3.5%。\n\n二、奋力开创高质量发展新局面\n\n"
     "新的一年，重点抓好以下工作：新建保障性租赁住房3000套。\n", "3000", ("target", 2021, 2021)),
    (2023, "一、2022年工作回顾\n\n一年来，地区生产总值增长3.5%。\n\n二、今后五年工作思路和2023年重点任务\n\n"
     "今后五年，地区生产总值年均增长6%左右。\n\n做好今年工作，要稳字当头，城镇新增就业8万人。\n", "8万", ("target", 2023, 2023)),
    # a plan's heading that names no period (总体要求和主要目标) ends a review: the report's year; after a plan, the plan's
    (2021, "一、2020年工作回顾\n\n一年来，地区生产总值增长3.5%。\n\n二、总体要求和主要目标\n\n"
     "综合考虑各方面因素，全市地区生产总值增长6%以上。\n", "6%以上", ("target", 2021, 2021)),
    (2021, "一、“十四五”时期的奋斗目标\n\n地区生产总值年均增长6%左右。\n\n二、主要任务\n\n培育3个千亿级产业集群。\n",
     "3", ("target", 2021, 2025)),
    # a heading naming only the year before the report's or its own: that year, done or planned
    (2021, "一、2020年：极不平凡\n\n面对疫情冲击，全市地区生产总值增长3%。\n", "3%", ("achieved", 2020, 2020)),
    # a paragraph looking back on a period (回顾过去五年…, 回首过去一年…): that period
    (2023, "一、2022年工作回顾\n\n一年来，地区生产总值增长3.5%。\n\n回顾过去五年，全市地区生产总值年均增长6.2%。\n",
     "6.2%", ("achieved", 2018, 2022)),
    # 这一年 opening the year's part of a review that named the five years first: the year
    (2023, "一、过去五年和2022年工作回顾\n\n过去五年，地区生产总值年均增长6%。\n\n这一年，我们迎难而上，城镇新增就业9.1万人。\n",
     "9.1万", ("achieved", 2022, 2022)),
    # a review's sub-heading that names no period (成绩斐然, 成就显著) goes on with its review; opening one, the year before
    (2021, "一、“十三五”和2020年工作回顾\n\n“十三五”时期，是我市发展最快的五年。\n\n（一）生态建设成绩斐然\n\n"
     "新增绿地20公顷。\n\n一年来，城镇新增就业3万人。\n", "20", ("achieved", 2016, 2020)),
    (2021, "一、“十三五”和2020年工作回顾\n\n“十三五”时期，是我市发展最快的五年。\n\n（一）生态建设成绩斐然\n\n"
     "新增绿地20公顷。\n\n一年来，城镇新增就业3万人。\n", "3万", ("achieved", 2020, 2020)),
    (2021, "一、政府工作回顾\n\n城镇新增就业3万人。\n", "3万", ("achieved", 2020, 2020)),
    # a year a paragraph reviews, after the five years it is one of (在过去五年中，2022年是…): that year
    (2023, "一、过去五年工作回顾\n\n五年来，地区生产总值年均增长6%。\n\n在过去五年中，2022年是极为特殊的一年。"
     "城镇新增就业8万人。\n", "8万", ("achieved", 2022, 2022)),
]  # fmt: skip


@pytest.mark.parametrize(("year", "body", "number", "period"), PERIODS)
def test_a_figure_takes_the_period_its_chapter_paragraph_or_clause_gives_it(year, body, number, period):
    assert _periods(body, year)[number] == period


# sentence, number, the catalogue entry it is (None: none is)
LINKED = [
    ("全省生产总值增长5%左右。", "5%左右", "gdp-growth"),
    ("预计全年地区生产总值达到5.2万亿元。", "5.2万亿", "gdp"),
    ("城乡居民人均可支配收入分别增长4.8%、6.2%。", "6.2%", "rural-disposable-income-growth"),
    ("数字经济增长15%。", "15%", None),  # 经济增长 opens no name here
    ("数字经济增加值占地区生产总值比重达到45%。", "45%", None),
    ("地区生产总值连续35年居全国首位。", "35", None),  # a streak, not the GDP
    ("一般公共预算收入850亿元，同口径增长5.5%。", "5.5%", "general-budget-revenue-growth"),  # 同口径: no subject
    ("全省粮食总产量820亿斤、再创历史新高。", "820亿", "grain-output"),  # the comment after 、 is no name
    ("城镇常住居民人均可支配收入增长5%左右。", "5%左右", "urban-disposable-income-growth"),
    ("设区城市空气质量优良天数比率达到96%。", "96%", "good-air-days-share"),
    # the clauses before the name's last one say nothing of what is measured
    ("从主要经济指标看，全年实现地区生产总值5315亿元，增长6.6%。", "6.6%", "gdp-growth"),
    ("研发经费支出约4200亿元、占地区生产总值比重达3.26%。", "3.26%", "rd-intensity"),  # whose share: its subject
    ("全年粮食播种面积1亿亩以上、产量820亿斤以上。", "820亿", "grain-output"),  # 产量: the subject's
    ("粮食产能达到1400亿斤。", "1400亿", None),  # a capacity, not the output
    ("规上工业增加值年均增长6.5%。", "6.5%", None),  # an average over years, in a year's review
    ("两市地区生产总值均增长10%以上。", "10%以上", None),  # 均: each of them, not the report's own
    ("生产总值从2017年的3.06万亿元增长到2022年的4.2万亿元。", "3.06万亿", None),  # the start of a change
    ("生产总值从2017年的3.06万亿元增长到2022年的4.2万亿元。", "4.2万亿", "gdp"),
    ("城乡居民人均可支配收入分别达6.32万元和3.05万元、增长5%和7%。", "7%", "rural-disposable-income-growth"),
    ("城乡居民收入分别达47301元、19546元，分别增长5.4%、6.8%。", "5.4%", "urban-disposable-income-growth"),
    ("居民消费价格涨幅、城镇调查失业率分别控制在3%和5%以内。", "3%", "cpi-growth"),
    ("居民消费价格涨幅、城镇调查失业率分别控制在3%和5%以内。", "5%以内", "surveyed-unemployment-rate"),
    ("居民消费价格指数控制在2%以内。", "2%以内", "cpi-growth"),
    ("地级城市空气质量优良天数比率97.4%。", "97.4%", "good-air-days-share"),
    ("规上工业增加值均增长20%以上。", "20%", None),  # 均: each of them (the cities), not the report's own
    ("城乡居民收入年均分别增长6%和7%。", "6%", None),  # an average over years, in a year's review
    ("城镇居民人均可支配收入实际增长4.3%。", "4.3%", "urban-disposable-income-growth"),  # real growth, as stated
    ("全年实现地区生产总值5315亿元，人均GDP首次超过7万元，达到7.3万元。", "7.3万", "gdp-per-capita"),  # restated
    ("前11个月，固定资产投资同比增长33.2%。", "33.2%", None),  # the months so far, not the year
    ("2022年1—11月，全省地区生产总值增长5.8%。", "5.8%", None),  # the months so far, not the year
    ("1—12月，全省地区生产总值增长5.8%。", "5.8%", "gdp-growth"),  # every month: the year
]


@pytest.mark.parametrize(("sentence", "number", "indicator_id"), LINKED)
def test_a_quantity_is_linked_to_the_catalogue_entry_it_is_and_to_no_other(sentence, number, indicator_id):
    (record,) = [r for r in scan(sentence)[0] if r.number_text.startswith(number)]
    assert record.indicator_id == indicator_id, record.indicator


# 从A增加到B: the start of the change is named for its subject and marked as the start; the end is the subject
CHANGES = [
    ("生产总值从2017年的3.06万亿元增长到2022年的4.2万亿元。", "3.06万亿", "生产总值（期初）"),
    ("生产总值从2017年的3.06万亿元增长到2022年的4.2万亿元。", "4.2万亿", "生产总值"),
    ("最低生活保障标准由每人每月500元提高到810元。", "500", "最低生活保障标准（期初）"),
    ("市场主体从2015年的24.6万家增加到37.4万家。", "37.4万", "市场主体数"),
    ("市国资委出资企业由14户变为9户。", "9", "市国资委出资企业数"),  # 变为 ends a change too
    # a 分别 list of changes (分别从A1、A2提高到B1、B2): the numbers before the verb of the end are the starts
    ("残疾人生活补贴、护理补贴标准分别从每人每月195元、261元提高到202元、270元。", "261", "护理补贴标准（期初）"),
    ("残疾人生活补贴、护理补贴标准分别从每人每月195元、261元提高到202元、270元。", "202", "残疾人生活补贴标准"),
    ("城乡低保标准分别由每月500元、400元提高到600元、450元。", "400", "农村低保标准（期初）"),
    # 从业 (practitioners) and 从一开始 (from the outset) open no change
    ("组织培训家政服务从业人员1万名。", "1万", "组织培训家政服务从业人员数"),
    ("必须从一开始就咬定6%左右的增长目标。", "6%左右", "必须从一开始就咬定的增长目标"),
    # a ratio of the three sectors' shares changed (由…调整为…): the first ratio's shares are the start's
    ("三次产业比重由 7.9：55.9：36.2调整为 7.2：47.4：45.4。", "36.2", "第三产业增加值比重（期初）"),
    ("三次产业比重由 7.9：55.9：36.2调整为 7.2：47.4：45.4。", "45.4", "第三产业增加值比重"),
    ("三次产业结构由8.9∶39.8∶51.3调整为9.5∶39.4∶51.1。", "8.9", "第一产业增加值比重（期初）"),
    # …and after a verb of reaching (延长至, 压缩至, 升至, 拓展到: `reaching_words.csv`) too; 从业 is no 从
    ("城市建成区面积由619平方公里拓展到773平方公里。", "773", "城市建成区面积"),
    ("部分品种保鲜时间从6天延长至1个月。", "1", "部分品种保鲜时间"),
    ("市场主体登记时间由28.5天压缩至0.5天。", "0.5", "市场主体登记时间"),
    ("工业投资占固定资产投资比重由2020年的21.3%升至38.7%。", "38.7%", "工业投资占固定资产投资比重"),
    ("技能人才占从业人员的比例达到33.5%。", "33.5%", "技能人才占从业人员的比例"),
    # a bare level after its subject's change names the subject, not the change (增长6.3%、达到2.36万亿元)
    ("全市地区生产总值增长6.3%、达到2.36万亿元。", "2.36万亿", "地区生产总值"),
    ("文化及相关产业增加值年均增长12%，达到2500亿元。", "2500亿", "文化及相关产业增加值"),
    # 实现 and 完成 before a number reach it (reaching_words.csv), and a restated bound keeps its subject
    ("农村常住居民人均可支配收入实现18450元，增长7%。", "18450", "农村常住居民人均可支配收入"),
    ("地区生产总值突破400亿元大关，完成409.3亿元，增长3.6%。", "409.3亿", "地区生产总值"),
]


@pytest.mark.parametrize(("sentence", "number", "indicator"), CHANGES)
def test_a_change_from_a_to_b_names_both_ends_for_their_subject(sentence, number, indicator):
    (record,) = [r for r in scan(sentence)[0] if r.number_text == number]
    assert record.indicator == indicator


# An estimate word before a number in its sentence is a flag of the row, no part of its name
ESTIMATES = [
    ("预计全年地区生产总值增长5%左右。", "5%左右", True, "地区生产总值增长率"),
    ("初步统计，2023年全省地区生产总值54355亿元、增长4.5%。", "4.5%", True, "地区生产总值增长率"),
    ("全年地区生产总值增长5%，预计城镇新增就业10万人。", "5%", False, "地区生产总值增长率"),
    ("全年地区生产总值增长5%，预计城镇新增就业10万人。", "10万", True, "城镇新增就业人数"),
]


@pytest.mark.parametrize(("sentence", "number", "estimate", "indicator"), ESTIMATES)
def test_an_estimate_is_a_flag_not_a_word_of_the_name(sentence, number, estimate, indicator):
    (record,) = [r for r in scan(sentence)[0] if r.number_text == number]
    assert (record.estimate, record.indicator) == (estimate, indicator)
