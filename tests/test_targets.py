"""The targets table: invariants, hand-checked rows, accounting, stable ids, and the extractor's properties."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from conftest import ROOT, append_curated, repo_copy
from hypothesis import given, settings
from hypothesis import strategies as st

from tongzhou_data.build import assemble, build
from tongzhou_data.build.curated import CurationError
from tongzhou_data.extract import report
from tongzhou_data.extract.targets import scan, targets


@pytest.fixture(scope="module")
def rows(rows):
    return rows["targets"]


def find(rows, quote, **where):
    """The rows whose quote is `quote` (and whose other columns match `where`)."""
    found = [r for r in rows if r["quote"] == quote and all(r[k] == v for k, v in where.items())]
    assert found, f"no row with quote {quote!r} and {where}"
    return found


# Typed from the report: (quote, number_text, value, value_max, unit, qualifier, measure, kind, period)
HAND_CHECKED = [
    ("全年地区生产总值增长10.8%", "10.8%", 10.8, None, "%", "exact", "growth", "achieved", (2025, 2025)),
    ("固定资产投资连续6年保持千亿规模", "6", 6, None, "年", "exact", "duration", "achieved", (2025, 2025)),
    ("固定资产投资连续6年保持千亿规模", "千亿", 1e11, None, "元", "exact", "level", "achieved", (2025, 2025)),
    ("建安投资总量连续7年保持全市第一", "第一", 1, None, "位", "exact", "rank", "achieved", (2025, 2025)),
    ("456个重大项目全面实施", "456", 456, None, "个", "exact", "level", "achieved", (2025, 2025)),
    ("新增完工面积18万平方米", "18万", 180000, None, "平方米", "exact", "level", "achieved", (2025, 2025)),
    ("新增完工面积25万平方米", "25万", 250000, None, "平方米", "exact", "level", "target", (2026, 2026)),
    ("高峰时段平均道路交通指数降至3.88", "3.88", 3.88, None, None, "exact", "level", "achieved", (2025, 2025)),
    (
        "接诉即办原始解决率提升20个百分点",
        "20个百分点",
        20,
        None,
        "百分点",
        "exact",
        "change_pp",
        "achieved",
        (2025, 2025),
    ),
    ("筹集各类保障性住房1.4万余套", "1.4万余", 14000, None, "套", "over", "level", "achieved", (2025, 2025)),
    ("地区生产总值突破1600亿元", "突破1600亿", 1.6e11, None, "元", "over", "level", "achieved", (2021, 2025)),
    ("地区生产总值突破1600亿元，年均增速超过6%", "超过6%", 6, None, "%", "over", "growth", "achieved", (2021, 2025)),
    ("财政支出八成以上投向民生领域", "八成以上", 80, None, "%", "at_least", "share", "achieved", (2021, 2025)),
    ("建设筹集保障性住房近5.4万套", "近5.4万", 54000, None, "套", "nearly", "level", "achieved", (2021, 2025)),
    ("年均投资规模保持千亿级", "千亿", 1e11, None, "元", "exact", "level", "target", (2026, 2030)),
    ("地区生产总值增长6%左右", "6%左右", 6, None, "%", "approx", "growth", "target", (2026, 2026)),
    ("保持千亿级投资接续有力", "千亿", 1e11, None, "元", "exact", "level", "target", (2026, 2026)),
    ("形成2-3项绿色价值认证案例", "2-3", 2, 3, "项", "exact", "level", "target", (2026, 2026)),
    ("打造900公顷以上特色花海", "900公顷以上", 900, None, "公顷", "at_least", "level", "target", (2026, 2026)),
    ("促进城乡劳动力就业不少于1.5万人", "不少于1.5万", 15000, None, "人", "at_least", "level", "target", (2026, 2026)),
    ("新设外资企业214家，同比增长10.9%", "10.9%", 10.9, None, "%", "exact", "growth", "achieved", (2025, 2025)),
    ("新设外资企业214家", "214", 214, None, "家", "exact", "level", "achieved", (2025, 2025)),
]


@pytest.mark.parametrize(
    ("quote", "number_text", "value", "value_max", "unit", "qualifier", "measure", "kind", "period"), HAND_CHECKED
)
def test_hand_checked_rows(rows, quote, number_text, value, value_max, unit, qualifier, measure, kind, period):
    (row,) = find(rows, quote, number_text=number_text)
    assert (row["value"], row["value_max"], row["unit"], row["qualifier"], row["measure"]) == (
        pytest.approx(value), value_max, unit, qualifier, measure)  # fmt: skip
    assert (row["kind"], (row["period_start"], row["period_end"])) == (kind, period)


def test_the_same_clause_in_two_parts_gives_two_rows(rows):
    found = find(rows, "城镇调查失业率控制在5%以内")
    assert sorted((r["kind"], r["period_start"]) for r in found) == [("achieved", 2025), ("target", 2026)]
    assert all((r["value"], r["qualifier"], r["unit"]) == (5, "at_most", "%") for r in found)


def test_curated_addition(rows):
    (row,) = find(rows, "G20青年企业家联盟和北京国际商会两个会客厅挂牌成立")
    assert (row["number_text"], row["value"], row["unit"], row["origin"]) == ("两个", 2, "个", "curated")


def test_invariants(rows, text):
    for r in rows:
        assert text[r["char_start"] : r["char_end"]] == r["quote"]
        assert text[r["number_start"] : r["number_end"]] == r["number_text"]
        assert r["char_start"] <= r["number_start"] < r["number_end"] <= r["char_end"]
        numeral = re.search("[0-9零〇一二两三四五六七八九十百千万亿第首]", r["number_text"]).start()
        assert r["target_id"] == f"q{r['number_start'] + numeral:05d}"
        assert r["value_max"] is None or r["value_max"] > r["value"]
        assert r["period_start"] <= r["period_end"]
        assert r["quote"].strip() == r["quote"] and r["quote"][-1] not in "，。；：、"
    assert len({r["number_start"] for r in rows}) == len(rows), "two rows for one number"


def test_kind_and_period_follow_the_part(rows, text):
    fifteenth = text.index("“十五五”时期是打造中国式现代化")
    expected = {"s1": ("achieved", 2025, 2025), "s3": ("target", 2026, 2026)}
    for r in rows:
        part = r["section_id"].split(".")[0]
        if part == "s2":
            want = ("achieved", 2021, 2025) if r["number_start"] < fifteenth else ("target", 2026, 2030)
        else:
            want = expected[part]
        assert (r["kind"], r["period_start"], r["period_end"]) == want, r["quote"]


def test_sections_hold_their_rows(rows, text):
    import tongzhou_data as td

    sections = {s["section_id"]: s for s in td.load("sections").to_pylist()}
    for r in rows:
        s = sections[r["section_id"]]
        assert s["char_start"] <= r["number_start"] < s["char_end"]
        deeper = [x for x in sections.values() if x.get("parent_id") == s["section_id"]]
        assert not any(x["char_start"] <= r["number_start"] < x["char_end"] for x in deeper), "not the innermost"


def test_counts_by_kind_and_period(rows):
    """The counts a reader checked by hand against the report's four parts."""
    counts = Counter((r["kind"], r["period_start"], r["period_end"]) for r in rows)
    assert counts == {("achieved", 2025, 2025): 111, ("achieved", 2021, 2025): 24, ("target", 2026, 2030): 1,
                      ("target", 2026, 2026): 30}  # fmt: skip


def test_every_number_token_is_accounted_for():
    _, _, accounting = assemble(ROOT)
    assert accounting.unaccounted == []
    assert accounting.tokens == accounting.covered + sum(accounting.excluded.values())
    assert accounting.covered > 150 and accounting.excluded["date"] >= 5


def test_ids_survive_an_added_record(tmp_path):
    root = repo_copy(tmp_path)
    before = {r.target_id: r for r in assemble(root)[1]["targets"]}
    additions = root / "seeds/curated/target_additions.csv"
    with additions.open("a", encoding="utf-8") as handle:
        handle.write(
            "《北京城市副中心条例》完成市人大常委会三次审议,三次,3,,次,exact,level,bill-readings,a test addition\n"
        )
    append_curated(
        root, "indicators.csv", "bill-readings,条例审议次数,Readings of the bill,次,level,governance,A test."
    )
    after = {r.target_id: r for r in assemble(root)[1]["targets"]}
    assert set(after) - set(before) == {next(i for i in after if after[i].number_text == "三次")}
    assert all(after[i] == before[i] for i in before)


@pytest.mark.parametrize(
    ("file", "line", "message"),
    [
        ("target_exclusions.csv", "这段话不在报告里,这,date,", "context '这段话不在报告里' is not in the text"),
        (
            "target_exclusions.csv",
            "财政支出八成以上,八成以,label,",
            "the parser reads nothing at '八成以' in '财政支出八成以上'",
        ),
        ("target_exclusions.csv", "全年地区生产总值增长10.8%,10.8,because,", "column reason"),
        (
            "target_indicators.csv",
            "456个重大项目全面实施,456,fixed-asset-investment",
            "a second indicator_id for the same row",
        ),
        ("target_indicators.csv", "10.8%，一般,10.8,gdp-growth", "the parser already links this row so"),
        ("target_corrections.csv", "新设外资企业214家,214,qualifier,approx,ok", None),
        ("target_corrections.csv", "新设外资企业214家,214,colour,red,why", "column field"),
        ("target_corrections.csv", "新设外资企业214家,214,quote,外资企业,why", "does not stand around this number"),
        ("target_additions.csv", "两个会客厅,两个,2,,个,exact,sizes,lounges,why", "column measure"),
    ],
)
def test_bad_curated_rows_fail_with_file_and_line(tmp_path, file, line, message):
    root = repo_copy(tmp_path)
    number = append_curated(root, file, line)
    if message is None:  # a correction that fits: the build takes it, and the row shows it
        _, records, _ = assemble(root)
        (row,) = [r for r in records["targets"] if r.number_text == "214"]
        assert row.qualifier == "approx"  # it was exact
        return
    with pytest.raises(CurationError) as caught:
        build(root)
    assert any(p.startswith(f"seeds/curated/{file}:{number}: ") and message in p for p in caught.value.problems), (
        caught.value.problems
    )
    assert not (root / "datasets").exists()


@pytest.fixture(scope="module")
def readings():
    """The parser's own record of each number of the report, by its offset."""
    text = (ROOT / "datasets/text.txt").read_text(encoding="utf-8")
    return {r.number_start: r for r in report(text).targets}


def test_indicator_is_the_parsers_reading_unless_corrected_by_hand(rows, readings):
    """Issue 21: `indicator` says what the parser read; where a hand corrected it, origin says so."""
    for row in [r for r in rows if r["origin"] != "curated"]:
        corrected = "indicator" in (row["corrected_fields"] or "").split(",")
        assert (row["indicator"] == readings[int(row["number_start"])].indicator) != corrected, row
    assert sum(r["origin"] == "parsed" for r in rows) > 140


def test_a_row_is_linked_by_hand_only_where_the_linker_gives_none_or_another(rows, readings):
    """The linker: the genre catalogue's entry the parser links, else the entry of this report's catalogue
    whose name, unit and measure are the row's (its indicator as read, or as corrected by hand); a hand
    links only where neither is the row's."""
    import tongzhou_data as td

    named = {
        (i["name_zh"], i["unit"] or "", i["measure"]): i["indicator_id"] for i in td.load("indicators").to_pylist()
    }
    for row in [r for r in rows if r["origin"] != "curated"]:
        reading = readings[int(row["number_start"])]
        linked = reading.indicator_id or named.get((row["indicator"], row["unit"] or "", row["measure"]))
        assert (row["indicator_id"] == linked) == (row["indicator_link"] == "parsed"), row
    assert {r["indicator_link"] for r in rows} == {"parsed", "curated"}


def test_a_missing_exclusion_leaves_a_token_unaccounted(tmp_path):
    root = repo_copy(tmp_path)
    path = root / "seeds/curated/target_exclusions.csv"
    kept = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("容共7篇")]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"no indicator_id for '7'|unaccounted number token"):
        build(root)


TEXTISH = st.text(
    alphabet=st.sampled_from(
        list(
            "0123456789.-%一二两三四五六七八九十百千万亿成第首位余超近约以上内个项元年月日增长率居全市，。、；：（）+·A\n"
        )
    )
)


@settings(max_examples=300)
@given(TEXTISH)
def test_extractor_never_crashes_and_offsets_slice(text):
    records, skipped = scan(text)
    for r in records:
        assert text[r.char_start : r.char_end] == r.quote
        assert text[r.number_start : r.number_end] == r.number_text
        assert r.char_start <= r.number_start <= r.number_end <= r.char_end
        assert r.measure in {"level", "growth", "share", "change_pp", "rank", "duration"}
    for s in skipped:
        assert text[s.token.start : s.token.end] == s.token.text


@given(st.text())
def test_extractor_takes_any_unicode(text):
    """Whatever the text, every record slices out what it quotes, and every token is read or set aside once."""
    records, skipped = scan(text)
    for r in records:
        assert text[r.char_start : r.char_end] == r.quote and text[r.number_start : r.number_end] == r.number_text
    starts = [r.token_start for r in records] + [s.token.start for s in skipped]
    assert len(starts) == len(set(starts))


def test_extractor_reads_other_text_of_the_genre():
    text = "全年完成投资1.2万亿元，同比增长5.5%；新建学校3所、医院2家。2027年力争形成4-5项成果。"
    got = [(r.number_text, float(r.value), r.value_max, r.unit, r.measure, r.quote) for r in targets(text)]
    assert got == [
        ("1.2万亿", 1.2e12, None, "元", "level", "全年完成投资1.2万亿元"),
        (
            "5.5%",
            5.5,
            None,
            "%",
            "growth",
            "全年完成投资1.2万亿元，同比增长5.5%",
        ),  # a change with no subject quotes the clause before it
        ("3", 3.0, None, "所", "level", "新建学校3所"),
        ("2", 2.0, None, "家", "level", "新建学校3所、医院2家"),  # 新建 governs both pieces
        ("4-5", 4.0, 5, "项", "level", "2027年力争形成4-5项成果"),  # a year in the clause is not a number read
    ]


def test_year_spans_and_unquoted_plan_names_are_labels():
    records, skipped = scan("2021-2025年累计完成5项，十四五规划实施。")
    assert [(s.token.text, s.reason) for s in skipped] == [("2021", "date"), ("2025", "date"), ("十四五", "plan_name")]
    assert [r.number_text for r in records] == ["5"]
