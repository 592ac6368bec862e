"""The number reader: hand-checked cases from the report, and properties over generated text."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tongzhou_data.extract.numbers import chinese_value, number_tokens, read_quantity

# (text as in the report, the token that starts the number, number_text, value, value_max, unit, qualifier)
CASES = [
    ("筹集各类保障性住房1.4万余套", "1.4", "1.4万余", Decimal(14000), None, "套", "over"),
    ("规上工业总产值突破1700亿元", "1700", "突破1700亿", Decimal(170000000000), None, "元", "over"),
    ("千余件艺术品扮靓城市公共空间", "千", "千余", Decimal(1000), None, "件", "over"),
    ("财政支出八成以上投向民生领域", "八", "八成以上", Decimal(80), None, "%", "at_least"),
    # an Arabic digit of tenths is a share as a numeral's is (3成 as 三成); not before a word 成 opens (成员)
    ("制造业利用外资占比首次超过3成", "3", "超过3成", Decimal(30), None, "%", "over"),
    ("全省空气质量优良天数率稳定在9成左右", "9", "9成左右", Decimal(90), None, "%", "approx"),
    ("与15方成员签署合作协议", "15", "15", Decimal(15), None, "", "exact"),
    ("全市3成员单位参加", "3", "3", Decimal(3), None, "", "exact"),
    ("形成2-3项绿色价值认证案例", "2", "2-3", Decimal(2), Decimal(3), "项", "exact"),
    ("地区生产总值增长6%左右", "6", "6%左右", Decimal(6), None, "%", "approx"),
    ("规上工业总产值增长近2倍", "2", "近2倍", Decimal(2), None, "倍", "nearly"),
    ("原始解决率提升20个百分点", "20", "20个百分点", Decimal(20), None, "百分点", "exact"),
    ("促进城乡劳动力就业不少于1.5万人", "1.5", "不少于1.5万", Decimal(15000), None, "人", "at_least"),
    ("累计成交超1.1亿吨", "1.1", "超1.1亿", Decimal(110000000), None, "吨", "over"),
    ("森林覆盖率提升至34.62%", "34.62", "34.62%", Decimal("34.62"), None, "%", "exact"),
    ("重点人群保障率均居全市首位", "首位", "首位", Decimal(1), None, "位", "exact"),
    ("增速居全市第一", "第一", "第一", Decimal(1), None, "位", "exact"),
    ("11万余亩耕地实现集中流转", "11", "11万余", Decimal(110000), None, "亩", "over"),
    ("规范城市家具1.18万处", "1.18", "1.18万", Decimal(11800), None, "处", "exact"),
    ("新增装配式建筑245.5万平方米", "245.5", "245.5万", Decimal(2455000), None, "平方米", "exact"),
    ("城镇调查失业率控制在5%以内", "5", "5%以内", Decimal(5), None, "%", "at_most"),
    ("更新老旧电梯100部以上", "100", "100部以上", Decimal(100), None, "部", "at_least"),
    ("华夏理财、北银理财资管规模突破万亿", "万亿", "突破万亿", Decimal(10**12), None, "", "over"),
    ("增加超低能耗建筑47.6万平方米", "47.6", "47.6万", Decimal(476000), None, "平方米", "exact"),
    ("28个百亿项目完成投资1142亿元", "百亿", "百亿", Decimal(10**10), None, "", "exact"),  # the 项 of 项目: no unit
]


@pytest.mark.parametrize(("text", "first", "number_text", "value", "value_max", "unit", "qualifier"), CASES)
def test_hand_checked_quantities(text, first, number_text, value, value_max, unit, qualifier):
    token = next(t for t in number_tokens(text) if t.text == first)
    q = read_quantity(text, token)
    assert (q.number_text, q.value, q.value_max, q.unit, q.qualifier) == (
        number_text,
        value,
        value_max,
        unit,
        qualifier,
    )
    assert text[q.start : q.end] == q.number_text


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("十一", 11), ("二十", 20), ("两", 2), ("千", 1000), ("千亿", 10**11), ("万亿", 10**12), ("百亿", 10**10),
     ("三万五千", 35000), ("一百二十三", 123), ("两亿三千万", 230000000), ("十万", 100000)],
)  # fmt: skip
def test_chinese_numerals(numeral, value):
    assert chinese_value(numeral) == value


def test_tokens_skip_units_and_magnitudes():
    text = "提升20个百分点，1.4万余套，红十字"
    assert [t.text for t in number_tokens(text)] == ["20", "1.4", "十"]
    with pytest.raises(ValueError):
        chinese_value("百分点")


def test_a_fraction_with_a_full_width_slash_is_a_share():
    q = read_quantity("煤炭产量约占全国的1／4", number_tokens("煤炭产量约占全国的1／4")[0])
    assert (q.value, q.unit, q.number_text) == (Decimal(25), "%", "1／4")


def test_nought_before_cheng_is_no_share():
    """零成 is 清零成果 or “零成本”, never nought tenths; 八成 is a share."""
    assert [t.text for t in number_tokens("动态清零成果持续巩固，推动水电气接入“零成本”")] == []
    assert [t.text for t in number_tokens("财政支出八成以上投向民生领域")] == ["八"]


def test_bare_digits_count_only_a_streak():
    """连续三年, 连续六届: a streak's length even in bare digits; 三年行动, 连续推出三项 are no token."""
    assert [t.text for t in number_tokens("连续三年居全国前列，连续六届荣获全国文明城市")] == ["三", "六"]
    assert [t.text for t in number_tokens("实施制造业高质量发展三年行动，连续推出三项改革")] == []
    assert [t.text for t in number_tokens("粮食生产实现“十五连丰”，推进农业“接二连三”")] == ["十五"]


def test_a_digit_after_a_magnitude_that_counts_what_follows_is_no_part_of_the_numeral():
    tokens = number_tokens("跨越五千亿、六千亿、七千亿三个千亿关口，一万三千人")
    assert [t.text for t in tokens] == ["五千亿", "六千亿", "七千亿", "千亿", "一万三千"]


CN_DIGITS = "一二三四五六七八九"
MAGNITUDES = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "十万": 10**5, "百万": 10**6, "千万": 10**7, "亿": 10**8,
              "十亿": 10**9, "百亿": 10**10, "千亿": 10**11, "万亿": 10**12}  # fmt: skip


@given(st.integers(1, 9), st.sampled_from(sorted(MAGNITUDES)))
def test_a_chinese_digit_with_a_magnitude_reads_back(digit, magnitude):
    assert chinese_value(CN_DIGITS[digit - 1] + magnitude) == digit * MAGNITUDES[magnitude]


@given(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal(99999), places=2),
    st.sampled_from(["万", "亿", "万亿", "千亿"]),
    st.sampled_from(["个", "平方米", "元", "吨", ""]),
)
def test_an_arabic_number_with_a_magnitude_reads_back(number, magnitude, unit):
    written = format(number.normalize(), "f")
    text = f"新增{written}{magnitude}{unit}。"
    token = number_tokens(text)[0]
    q = read_quantity(text, token)
    assert q.value == Decimal(written) * MAGNITUDES[magnitude]
    assert q.number_text == f"{written}{magnitude}"
    assert q.unit == unit


@given(
    st.integers(0, 10**9),
    st.sampled_from(["超", "近", "约", "不少于", ""]),
    st.sampled_from(["余", "左右", "以上", ""]),
)
def test_qualifiers_touching_the_number(number, before, after):
    text = f"完成{before}{number}{after}项。"
    q = read_quantity(text, number_tokens(text)[0])
    assert q.value == number
    suffix = {"余": "over", "左右": "approx", "以上": "at_least"}.get(after)
    prefix = {"超": "over", "近": "nearly", "约": "approx", "不少于": "at_least"}.get(before, "exact")
    assert q.qualifier == (suffix or prefix)  # a word after the number outranks one before it
    assert q.number_text == f"{before}{number}{after}"


@settings(max_examples=300)
@given(
    st.text(
        alphabet=st.sampled_from(
            list(
                "0123456789.-—%％一二两三四五六七八九十百千万亿成第首位余多超近约"
                "以上内左右个项元年月日，。、；：（）()+·A "
            )
        ),
        max_size=80,
    )
)
def test_reader_never_crashes_and_spans_slice(text):
    for token in number_tokens(text):
        assert text[token.start : token.end] == token.text
        q = read_quantity(text, token)
        assert text[q.start : q.end] == q.number_text
        assert q.start <= token.start < token.end <= max(q.end, q.unit_end)


# Forms that do not occur in this report but do in the genre: (text, number_text, value, unit, qualifier)
OTHER_FORMS = [
    ("营收突破1700余亿元", "突破1700余亿", Decimal(170000000000), "元", "over"),
    ("占比达到百分之八十", "百分之八十", Decimal(80), "%", "exact"),
    ("增长-2%", "-2%", Decimal(-2), "%", "exact"),
    ("下降到-1.2%", "-1.2%", Decimal("-1.2"), "%", "exact"),
    ("装机10千瓦", "10", Decimal(10), "千瓦", "exact"),
    ("完成一万五户", "一万五", Decimal(15000), "户", "exact"),
]


@pytest.mark.parametrize(("text", "number_text", "value", "unit", "qualifier"), OTHER_FORMS)
def test_other_forms_of_the_genre(text, number_text, value, unit, qualifier):
    q = read_quantity(text, number_tokens(text)[0])
    assert (q.number_text, q.value, q.unit, q.qualifier) == (number_text, value, unit, qualifier)


@pytest.mark.parametrize(
    ("numeral", "value"), [("一万五", 15000), ("两千五", 2500), ("三百六", 360), ("一百零五", 105)]
)
def test_colloquial_numerals(numeral, value):
    assert chinese_value(numeral) == value


def test_a_top_group_is_a_rank_token_and_a_part_of_year_is_none():
    """前3位, 前三位: the rank of a top group; 前三季度, 前11个月 are parts of a year, no rank."""
    assert [(t.text, t.sort) for t in number_tokens("居全省前3位、全国前三名")] == [("前3", "top"), ("前三", "top")]
    assert [t.sort for t in number_tokens("前三季度增长5%，前11个月投资增长")] == ["arabic", "arabic"]
