"""The whole-report parser, `tongzhou_data.extract.report`, on reports nobody tuned it to and on cases
typed by hand from the genre's phrasing."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from tongzhou_data.extract import report
from tongzhou_data.extract.periods import heading_period, paragraph_period, plan_years

CORPUS = sorted((Path(__file__).parent / "fixtures/corpus").glob("*-20*.md"))


def read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_every_corpus_report_parses_and_every_offset_slices_the_text_as_passed(path):
    text = read(path)
    parsed = report(text)
    assert parsed.targets and parsed.projects and parsed.sections and parsed.periods
    for t in parsed.targets:
        assert text[t.char_start : t.char_end] == t.quote
        assert text[t.number_start : t.number_end] == t.number_text
        assert (t.kind is None) == (t.period_start is None)
        assert t.indicator.strip()  # every quantity names what it measures (indicators.name_zh is required)
    for p in parsed.projects:
        assert text[p.name_start : p.name_end] == p.name and text[p.char_start : p.char_end] == p.quote
    for s in parsed.sections:
        assert s.char_start < s.char_end <= len(text)
    for a, b in zip(parsed.periods, parsed.periods[1:], strict=False):
        assert a.end == b.start  # each period runs to the next


@pytest.mark.parametrize(
    ("name", "year"),
    [("tianjin-2026", 2026), ("beijing-2021", 2021), ("beijing-2023", 2023), ("hangzhou-2025", 2025)],
)
def test_the_year_is_read_from_the_delivery_line(name, year):
    """——二〇二一年一月二十三日在… (beijing-2021) is written in Chinese numerals; hangzhou's report was given in May."""
    assert report(read(Path(__file__).parent / f"fixtures/corpus/{name}.md")).year == year


@pytest.mark.parametrize("heading", ["名词解释", "**名词解释**", "名词解释和说明", "注释", "附件"])
def test_the_body_ends_at_the_back_matter(heading):
    """Glossaries, notes and appendices explain the report; their numbers are no statements of it."""
    text = f"各位代表：\n一、2025年工作回顾\n全年地区生产总值增长5%。\n{heading}\n[1]预计地区生产总值增长0.2%。\n"
    parsed = report(text, year=2026)
    assert [t.number_text for t in parsed.targets] == ["5%"] and text[parsed.body[1] :].startswith(heading)


def test_a_year_given_overrides_the_one_read():
    text = read(Path(__file__).parent / "fixtures/corpus/tianjin-2026.md")
    assert report(text, year=2027).year == 2027


@pytest.mark.parametrize(
    ("title", "year", "period"),
    [
        ("2025年工作回顾", 2026, ("achieved", 2025, 2025)),
        ("2024年以来政府工作回顾", 2025, ("achieved", 2024, 2024)),
        ("“十三五”时期经济社会发展回顾", 2021, ("achieved", 2016, 2020)),
        ("过去五年工作回顾", 2023, ("achieved", 2018, 2022)),
        ("2025年和“十四五”时期工作回顾", 2026, ("achieved", 2025, 2025)),
        ("“十四五”时期发展成就和“十五五”时期主要目标任务", 2026, ("achieved", 2021, 2025)),
        ("“十五五”时期主要目标与重点任务", 2026, ("target", 2026, 2030)),
        ("“十四五”时期的主要目标与任务", 2021, ("target", 2021, 2025)),
        ("2026年重点工作", 2026, ("target", 2026, 2026)),
        ("二、2025年发展主要目标和政府工作安排", 2025, ("target", 2025, 2025)),
        ("今后五年工作思路和2023年重点任务", 2023, ("target", 2023, 2027)),  # the first it names
        ("2022年和过去五年工作回顾", 2023, ("achieved", 2022, 2022)),
        ("过去五年和2022年工作回顾", 2023, ("achieved", 2018, 2022)),
        ("今后五年的目标任务", 2023, ("target", 2023, 2027)),
        ("未来五年总体考虑和今年政府工作安排", 2023, ("target", 2023, 2027)),
        ("在大战大考中勇毅前行，2022年工作殊为不易", 2023, ("achieved", 2022, 2022)),  # a past year: done
        ("2023年省十件民生实事", 2023, ("target", 2023, 2023)),  # its year alone: the report's, planned
        ("2020年：极不平凡", 2021, ("achieved", 2020, 2020)),  # the year before: done
        ("切实加强政府自身建设", 2024, None),  # says nothing: the chapter before it goes on
    ],
)
def test_a_heading_opens_the_period_its_words_say(title, year, period):
    assert heading_period(title, year) == period


@pytest.mark.parametrize(
    ("opening", "year", "period"),
    [
        ("这五年，我们牢记嘱托", 2026, ("achieved", 2021, 2025)),
        ("各位代表！“十四五”以来，面对", 2026, ("achieved", 2021, 2025)),
        ("“十五五”时期是打造中国式现代化", 2026, ("target", 2026, 2030)),
        ("**今年经济社会发展主要预期目标是：**", 2026, ("target", 2026, 2026)),
        ("2025年是“十四五”规划收官之年", 2026, ("achieved", 2025, 2025)),
        ("过去一年，我们", 2025, ("achieved", 2024, 2024)),
        ("特别是刚刚过去的2022年，习近平总书记春节前夕再次视察山西", 2023, ("achieved", 2022, 2022)),  # leads in a row
        ("各位代表，做好今年工作，我们要", 2024, ("target", 2024, 2024)),
        ("各位代表！回顾过去五年，成绩殊为不易", 2023, ("achieved", 2018, 2022)),
        ("回首过去一年，成绩来之不易", 2024, ("achieved", 2023, 2023)),
        ("回顾一年、回望五年，每一份成绩", 2023, None),  # two periods looked back on: neither
        ("今年以来，市政府", 2025, None),  # the months of the report's own year before it was given: not a plan
        ("“十四五”时期是", 2023, None),  # a plan under way when the report was given: its years alone do not say
    ],
)
def test_a_paragraph_opening_changes_the_period(opening, year, period):
    assert paragraph_period(opening, year) == period


def test_plan_years():
    assert plan_years("三") == (2016, 2020) and plan_years("四") == (2021, 2025) and plan_years("五") == (2026, 2030)


def rows(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(t.number_text, t.measure, t.direction, t.indicator) for t in report(text).targets]


def test_a_bare_verb_of_change_takes_its_subject_from_the_sentence():
    assert rows("各位代表：\n全市地区生产总值5.2万亿元、增长5.4%。") == [
        ("5.2万亿", "level", None, "地区生产总值"),
        ("5.4%", "growth", "up", "地区生产总值增长率"),
    ]


@pytest.mark.parametrize(
    ("text", "measure", "direction"),
    [
        ("各位代表：\n细颗粒物平均浓度下降11.5%。", "growth", "down"),
        ("各位代表：\n单位地区生产总值能耗降低3.5%左右。", "growth", "down"),
        ("各位代表：\n居民消费价格涨幅2%左右。", "growth", "up"),
        ("各位代表：\n城镇调查失业率下降0.3个百分点。", "change_pp", "down"),
        ("各位代表：\n高峰运力提升四成。", "growth", "up"),
        ("各位代表：\n森林覆盖率达到45%。", "share", None),
    ],
)
def test_direction_of_growth_and_change_rows(text, measure, direction):
    ((_, got_measure, got_direction, _),) = rows(text)
    assert (got_measure, got_direction) == (measure, direction)


@pytest.mark.parametrize(
    ("text", "token", "reason"),
    [
        ("各位代表：\n见https://www.beijing.gov.cn/gongkai/202102/t20210201_2249908.html。", "202102", "url"),
        ("各位代表：\n隆重纪念中国人民抗日战争胜利80周年。", "80", "anniversary"),
        ("各位代表：\n每万人口拥有执业医师4.1人。", "万", "denominator"),
        ("各位代表：\n万元地区生产总值能耗下降3%。", "万", "denominator"),
        ("各位代表：\n第32届中国北京国际文化创意产业博览会。", "第32", "label"),
        ("各位代表：\n深入实施扩大有效投资“千项万亿”工程。", "万亿", "label"),
        ("各位代表：\n全面落实“三个15%”财政科技投入政策。", "15", "label"),
        ("各位代表：\n落实“三环十八射”高速公路网规划。", "十八", "label"),
        ("各位代表：\n实施亿元以上技改项目1200项。", "亿", "label"),
        ("各位代表：\n基本消除年收入10万元以下的集体经济薄弱村。", "10", "label"),
        ("各位代表：\n新引进3000万美元以上项目85个。", "3000", "label"),
        ("各位代表：\n30年以上燃气管道动态清零。", "30", "label"),
        ("各位代表：\n20户以上自然村全部通上硬化路。", "20", "label"),
        ("各位代表：\n全球最大18兆瓦直驱海上风电机组顺利下线。", "18", "label"),
        ("各位代表：\n国内首台F级50兆瓦重型燃气轮机成功商用。", "50", "label"),
        ("各位代表：\n今年是本届政府依法履职的第一年。", "第一", "time_phrase"),
        ("各位代表：\n推进“四个一批”[15]，更好发挥有效投资作用。", "15", "note"),
        ("各位代表：\n全面落实国发〔2022〕2号文件。", "2022", "note"),
        ("各位代表：\n聚焦三大科创高地和15大战略领域。", "15", "label"),
        ("各位代表：\n成功应对2015、2016年特大汛情。", "2015", "date"),
        ("各位代表：\n始终把政治建设摆在首位。", "首位", "rhetoric"),
        ("各位代表：\n十是切实保障和改善民生；十一是推进高水平改革开放。", "十一", "ordinal"),
        ("各位代表：\n以“中国制造2025”试点示范城市建设为抓手。", "2025", "name"),
        ("各位代表：\n对接“中国制造 2025”规划。", "2025", "name"),
        ("各位代表：\n实现7×24小时响应接办。", "24", "label"),
        ("各位代表：\n世界百年变局加速演进。", "百", "time_phrase"),
        ("各位代表：\n持续抓好长江十年禁渔。", "十", "time_phrase"),
        ("各位代表：\n前11个月，固定资产投资同比增长33.2%。", "11", "time_phrase"),
        ("各位代表：\n银川河东国际机场晋升千万级机场。", "千万", "label"),
        ("各位代表：\n千人床位数由6.5张提高到8.3张。", "千", "label"),
        ("各位代表：\n为20-40岁人群免费接种乙肝疫苗。", "40", "label"),
        ("各位代表：\n为80周岁及以上老年人发放高龄津贴。", "80", "label"),
        ("各位代表：\n开工建设六盘山2×100万千瓦热电。", "2", "label"),
        ("各位代表：\n打出稳增长30条、投资7条等政策“组合拳”。", "7", "document"),
        ("各位代表：\n全面落实国家二十条和新十条。", "十", "document"),
        ("各位代表：\n梅园新村、颐和路入选全国首批30条历史文化街区。", "30", "label"),
        ("各位代表：\n全国推广的三批次共56条全创改革经验，绵阳贡献9条。", "56", "label"),
        ("各位代表：\n深入推进数字政府2.0建设。", "2.0", "name"),
        ("各位代表：\n编制国土空间总体规划（2021—2035）。", "2035", "date"),
        ("各位代表：\n城乡居民收入比缩小至2.36∶1。", "1", "label"),
        ("各位代表：\n寄托安徽人民千百年梦想的引江济淮工程通水通航。", "千百", "rhetoric"),
        ("各位代表：\n实施肉羊肉牛良种提升和十百千万养殖工程。", "十百千万", "rhetoric"),
        ("各位代表：\n落实国家新一轮千亿斤粮食产能提升行动。", "千亿", "name"),
        ("各位代表：\n开展万名干部进万企行动。", "万", "name"),
        ("各位代表：\n团结6100万荆楚儿女同心干。", "6100", "rhetoric"),
        ("各位代表：\n大力弘扬新时代“漳州110”精神。", "110", "name"),
        ("各位代表：\n新签约超亿元项目100个以上。", "亿", "label"),
        ("各位代表：\n开工建设百亿元级项目12个。", "百亿", "label"),
        ("各位代表：\n全区2400多万各族人民一定会焕发出强大的自信心。", "2400", "rhetoric"),
        ("各位代表：\n完成1:10000地质灾害风险调查。", "10000", "label"),
        ("各位代表：\n办好2021（中国）亚欧商品贸易博览会。", "2021", "name"),
        ("各位代表：\n霸陵殉葬坑入选2023“世界十大考古发现”。", "2023", "name"),
        ("各位代表：\n扎实推进重大事故隐患专项排查整治2023行动。", "2023", "name"),
        ("各位代表：\n打造符合产业生态的2.0、3.0升级版园区。", "2.0", "name"),
        ("各位代表：\n第一，着力建设现代化产业体系，在推动高质量发展上展现更大担当。", "第一", "ordinal"),
        ("各位代表：\n**第五，构建“五区共兴”新格局。**", "第五", "ordinal"),
        ("各位代表：\n坚持安全第一、预防为主，推动公共安全治理模式转型。", "第一", "rhetoric"),
        ("各位代表：\n把质量第一、效益优先贯穿始终。", "第一", "rhetoric"),
        ("各位代表：\n全面贯彻“保护第一、加强管理、挖掘价值”的工作要求。", "第一", "rhetoric"),
    ],
)
def test_labels_are_set_aside_with_their_reason(text, token, reason):
    parsed = report(text)
    assert (token, reason) in [(s.token.text, s.reason) for s in parsed.skipped]
    assert token not in [t.number_text for t in parsed.targets]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("各位代表：\n受污染耕地安全利用率实现“双90%”目标。", "90%"),  # goals reached, not a slogan
        ("各位代表：\n全面巩固“创卫群众满意率全国第一”成果。", "第一"),  # a rank
        ("各位代表：\n工业总产值、工业增加值实现全国城市“双第一”。", "第一"),  # two ranks, no motto
        ("各位代表：\n柳州保持第一、桂林升至第二。", "第一"),  # a rank kept, no motto
        ("各位代表：\n新增银行贷款2200亿元以上用于项目建设。", "2200亿元以上"),  # an amount put to use
        ("各位代表：\n连续第16年调整企业退休人员养老金。", "第16"),  # a streak
        ("各位代表：\n陆港年周转集装箱达到1.3万大箱。", "1.3万"),  # 大箱 is a unit, not 十大's 大
        ("各位代表：\n人均预期寿命由76.9岁提升至77.95岁。", "77.95"),  # an age that is a quantity
        ("各位代表：\n继续为1.2万户以上困难老年人家庭进行适老化改造。", "1.2万户以上"),  # households, counted
        ("各位代表：\n实施背街小巷改造，打通断头路30条。", "30"),  # lines, under no verb of policy
        ("各位代表：\n出台900多条政策措施。", "900多"),  # measures counted: a noun follows
        ("各位代表：\n首批6个义务教育优质均衡发展县通过评估。", "6"),  # the region's own batch
        ("各位代表：\n空气质量综合指数降至4.0以下。", "4.0以下"),  # an index, not a version
        ("各位代表：\n人均住房面积达到30.0平方米。", "30.0"),  # a unit follows
        ("各位代表：\n三次产业结构调整为4.1:41.1:54.7。", "54.7"),  # a structure of three shares
        ("各位代表：\n落实千万吨粮食增产计划，新增千万千瓦装机。", "千万"),  # a numeral: 千 multiplies 万
        ("各位代表：\n突出抓好十项重大工程。", "十"),  # a count of items
        ("各位代表：\n53所县级人民医院达到三级综合医院标准。", "53"),  # hospitals, counted
        ("各位代表：\n加快与华能等总投资1540亿元的能源项目务实合作。", "1540亿"),  # a total, no class
    ],
)
def test_a_number_near_a_slogan_or_threshold_shape_is_still_read(text, number):
    assert number in [t.number_text for t in report(text).targets]


def test_an_arabic_ordinal_is_a_rank():
    ((number, measure, _, _),) = rows("各位代表：\n地区生产总值稳居全国城市第8位。")
    assert (number, measure) == ("第8", "rank")


def test_markdown_headings_give_the_outline_and_the_offsets_stay_in_the_markdown():
    text = "---\ntitle: 某市政府工作报告\n---\n\n各位代表：\n\n**一、2025年工作回顾**\n\n全市生产总值增长5%。\n\n**二、2026年主要任务**\n\n地区生产总值增长5%左右。\n"
    parsed = report(text, year=2026)
    assert [(s.level, s.label, s.title) for s in parsed.sections] == [
        (2, "一", "2025年工作回顾"),
        (2, "二", "2026年主要任务"),
    ]
    first, second = parsed.targets
    assert (first.kind, first.period_start, second.kind, second.period_start) == ("achieved", 2025, "target", 2026)
    assert text[second.number_start : second.number_end] == "5%左右"


def test_a_year_between_a_planned_project_and_its_status_dates_it():
    """A year written as a deadline before the status (`DEADLINE_YEAR`) is the plan's year for that work; a
    project with none keeps the period of its chapter."""
    text = "各位代表：\n\n**二、2026年主要任务**\n\n包银高铁2028年建成通车，京雄高速建成通车。\n"
    dated, plain = report(text, year=2026).projects
    assert (dated.name, dated.kind, dated.period_start, dated.period_end) == ("包银高铁", "target", 2028, 2028)
    assert (plain.name, plain.kind, plain.period_start) == ("京雄高速", "target", 2026)


def test_memory_grows_linearly_with_the_report():
    """Eight copies of a report need well under eight times the memory of two (a quadratic step would
    need sixteen)."""
    text = read(CORPUS[0])
    peaks = []
    for copies in (2, 8):
        tracemalloc.start()
        report(text * copies)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    assert peaks[1] < 6 * peaks[0], peaks


@pytest.mark.parametrize(
    ("text", "number", "quote"),
    [
        # a verb opening the clause governs a later piece that has none of its own
        ("扩充学前学位1500个、中小学学位7000余个。", "7000余", "扩充学前学位1500个、中小学学位7000余个"),
        ("扩充学前学位1500个、中小学学位7000余个。", "1500", "扩充学前学位1500个"),
        # a piece with its own predicate keeps its own quote
        ("完成10个重点路口拥堵治理、5处轨道站点接驳优化。", "5", "5处轨道站点接驳优化"),
        # a change with no subject takes the clause before it
        ("新设外资企业214家，同比增长10.9%。", "10.9%", "新设外资企业214家，同比增长10.9%"),
        (
            "居民人均可支配收入增长27.1%，高于全市4.1个百分点。",
            "4.1个百分点",
            "居民人均可支配收入增长27.1%，高于全市4.1个百分点",
        ),
    ],
)
def test_the_quote_holds_what_the_number_measures(text, number, quote):
    (row,) = [t for t in report("各位代表：\n" + text).targets if t.number_text == number]
    assert row.quote == quote


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_every_row_the_parser_reads_is_one_the_package_accepts(path):
    """No row of a corpus report is set aside by its table's model (a backward range such as a code
    747-400, a number no float holds): the package `extract` writes keeps every row the parser reads."""
    from tongzhou_data.table_rows import report_tables

    text = read(path)
    made = report_tables("r", text, text.encode("utf-8"), path.name)
    assert made.set_aside == () and made.warning is None
    assert all(t.value_max is None or t.value < t.value_max for t in made.tables["targets"])  # type: ignore[attr-defined]
