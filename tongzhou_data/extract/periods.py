"""Periods of a report: stretches of its text whose quantities and projects share a kind (achieved or
target) and years. The one place that says which period an offset falls in, and that reads the periods
from a report's own headings and phrasing.

The genre's rules (see the record rules): the review of the past year (…年工作回顾, 过去一年, 一年来, and
its 预计 estimates) is `achieved`, the year before the report's; a five-year review (“十四五”时期, 过去五年,
这五年) is `achieved`, the plan's years; the coming year's targets and work plan (…年重点工作, 主要任务,
工作安排, 今年…) are `target`, the report's year; the next five-year plan's goals are `target`, its years.
A chapter heading sets the period of what follows it; a paragraph that opens with one of these phrases
changes it until the next such heading or paragraph. Inside a review, a clause, or the sentence it ends,
that opens with another of its spans (2020年，… in a five-year review; 五年来，… in a one-year review) dates
its figures, unless a clause says its own (年均, 累计; 全年: `span_words.csv`); so does a clause that ends with the
years since something began (…建设两年来，…: those last years). Inside a work plan, a clause opening with 去年 is the
year before's result, a target year opening a clause (力争2025年…) is a horizon as 到2025年 is, and a plan under way
that the sentence names (“十四五”期间, “十四五”以来) gives its years.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from .indicators import COMPARED, FROM_WORD
from .numbers import chinese_value
from .text import after_last
from .vocabulary import alternation, estimate_words, in_order, rows, words

PLAN = re.compile(r"十([一二三四五六七八九])五")
PLAN_SINCE = re.compile(r"“?十([一二三四五六七八九])五”?(?:期间|时期|以来|规划)")  # “十四五”期间…, …规划…: its years
PLAN_OPENING = re.compile(r"十([一二三四五六七八九])五”?(?:时期|期间|以来|是|规划)")  # a paragraph on a plan
YEAR = re.compile(r"(20[0-9]{2})年")
# A figure dated by the year before it in a change from one year's figure to another's (税收占比由2022年的74.5%
# 提高到76.5%, 全省排名从2015年的第7位上升至2016年的第2位): that year's, not the review's; not a ratio to a year (为
# 2015年的2.1倍, 旅游人次恢复到2019年的113%), which is the review's.
# 2015年的7.9%, or with a measure's words between (从2015年的人均21.2万元, 从2018年的每月7.5吨) or no 的
# (由2017年929家).
FROM_YEAR = re.compile(r"(?:由|从|(?<!恢复)(?:至|到))(20[0-9]{2})年(?:底|末)?(?:的[^0-9，。；、：:]{0,4})?\Z")
# A horizon the sentence sets its targets (用3—5年时间，集聚人才500人以上; 力争用3年左右时间推动2个产业…): the years
# from the span's first to the horizon's last (the upper end of a range).
HORIZON = re.compile(
    r"用([0-9一二两三四五六七八九十]+)(?:[—～到至-]([0-9一二两三四五六七八九十]+))?年(?:左右)?的?时间"
    r"|(?<![校业])([0-9一二两三四五六七八九十]+)年内"  # 力争两年内…; not 离校2年内, 毕业两年内 (of people)
)
# A year the sentence sets its targets by (力争到2025年汽车产业产值突破万亿元; or opening a clause: 力争2025年材料
# 产业规模突破2万亿元, …，2025年装备制造业规模突破1.5万亿元): from the span's first to that year.
HORIZON_YEAR = re.compile(r"(?:到|至|(?<=[，。；：！？\n])(?:力争|争取|确保)?)(20[0-9]{2})年")
SENTENCE_BREAKS = "。；！？\n"
REVIEW_WORDS = re.compile(alternation(words("period_openers", "phrase", where="heading", kind="achieved")))
PLAN_WORDS = re.compile(alternation(words("period_openers", "phrase", where="heading", kind="target")))
# A heading ending with a plan's words (二、总体要求和主要目标), which may not say the plan's period.
PLAN_ENDING = re.compile(f"(?:{PLAN_WORDS.pattern})$")
# Paragraph openings with the period they open, as years from the report's (过去五年: achieved, -5 to -1),
# longest first; an opening with no kind opens none (今年以来 is not 今年).
OPENERS = sorted(
    ((row["phrase"], row["kind"], row["first"], row["last"]) for row in rows("period_openers")
     if row["where"] == "paragraph" and "…" not in row["phrase"]),
    key=lambda opener: -len(opener[0]),
)  # fmt: skip
# Paragraphs whose whole first sentence frames a period (这是…的五年。): its two ends, with the period's years.
FRAMES = [
    (re.compile("[^。！？]*".join(map(re.escape, row["phrase"].split("…"))) + "[。！？]"), row["kind"],
     int(row["first"]), int(row["last"]))
    for row in rows("period_openers") if row["where"] == "paragraph" and "…" in row["phrase"]
]  # fmt: skip
OPENER = in_order(opener[0] for opener in OPENERS)  # .match: the first opener a paragraph opens with
OPENER_OF = {opener[0]: opener for opener in reversed(OPENERS)}  # the first listed wins
# Headings whose words give their years (过去五年, 本届政府: the five years before the report's; 今后五年: the five
# years from it), longest first, by kind.
HEADING_YEARS = {
    kind: sorted(
        ((row["phrase"], int(row["first"]), int(row["last"])) for row in rows("period_openers")
         if row["where"] == "heading" and row["kind"] == kind and row["first"]),
        key=lambda opener: -len(opener[0]),
    )
    for kind in ("achieved", "target")
}  # fmt: skip
# Words that may open a paragraph before the year it reviews (刚刚过去的2022年).
YEAR_LEAD = re.compile(f"(?:{alternation(words('period_openers', 'phrase', where='year_lead'))})*")
# Words that may open a paragraph before the opening phrase or plan it looks back on (回顾过去五年, 回望“十四五”时期).
OPENER_LEAD = re.compile(f"(?:{alternation(words('period_openers', 'phrase', where='opener_lead'))})?")
OPENING = 40  # how much of a paragraph says the period it opens: its first words, or a short first sentence
LIST_ITEM = re.compile(r"[\s*#]*——")
MARKUP = re.compile(r"^(?:\s|\*|#|——|各位代表[！!，,：:]?)*")
MARKUP_FIRST = "*#—各"  # the characters but whitespace that can open `MARKUP`


def _unmarked(words: str) -> str:
    """`words` without the markup opening them (`MARKUP`), one test in C for the many that open with none."""
    return MARKUP.sub("", words) if words[:1] in MARKUP_FIRST or words[:1].isspace() else words


@dataclass(frozen=True)
class PeriodSpan:
    """A stretch of the text whose rows share a kind and a period."""

    start: int
    end: int
    kind: str  # achieved | target
    period_start: int
    period_end: int


Period = tuple[str, int, int]  # kind, first year, last year


def period_at(spans: Sequence[PeriodSpan], offset: int) -> PeriodSpan | None:
    """The period holding `offset`, if any."""
    for span in spans:  # a loop, not a generator: called for every quantity and mention
        if span.start <= offset < span.end:
            return span
    return None


CLAUSE_BREAKS = "，。；：！？\n"
CLAUSE_BREAK = re.compile(f"[{CLAUSE_BREAKS}]")
SENTENCE_ENDS = "。！？\n"  # a year or five years opening a sentence dates its clauses past a ；
# The last years a figure of a review sums or spans (两年累计投入16亿元, 近三年…稳定在1500万人以上); not a record it
# sets among them (为近5年最好水平, 创近六年新高), which is its own year's.
RECENT = re.compile(r"近([0-9两三四五六七八九十]+)年(?!来?(?:最|新高|首次|历史))|([0-9两三四五六七八九十]+)年累计")
LAST_YEAR = re.compile("去年")
SINCE = re.compile("以来")  # 2021年以来…, 2020年疫情发生以来…: since that year, no year of its own
# A clause that ends with the years since something began (秦创原创新驱动平台建设两年来，科创基金超百亿元): its later
# clauses are of those last years; not a record among them (近18年来首次, 七年来最好) nor a span of 近 (RECENT).
YEARS_SINCE = re.compile(r"(?<![0-9近一两二三四五六七八九十])([0-9两三四五六七八九十]+)年多?来\Z")
RATIO_COLON = re.compile(r"[0-9.]\s*[：:]\s*\Z")
OVER_YEARS = re.compile(alternation(words("span_words", "word", span="years")))
ONE_YEAR = re.compile(alternation(words("span_words", "word", span="year")))
COMPARED_TO = re.compile(COMPARED)  # 比2013年下降46.8%: a change since, over the years
ESTIMATE = re.compile(f"(?:{estimate_words()})?")  # 预计2022年全省地区生产总值…: an estimate of that year
# Five-year words that open a clause of a one-year review: the clause's figure is of the five years.
FIVE_YEARS = re.compile(
    alternation(row["phrase"] for row in rows("period_openers") if (row["first"], row["last"]) == ("-5", "-1"))
)


def dated(spans: Sequence[PeriodSpan], text: str, offset: int) -> Period | None:
    """The period of a figure at `offset`: its span's, unless its own clause, or failing that an earlier clause
    of its sentence, dates it inside a review (2022年30件民生实事全面完成 or 去年… in a five-year review: that
    year; 过去五年… or “十二五”期间… in a one-year review: those years; 由2022年的74.5%: 2022), or a horizon its
    sentence sets a target (用3—5年时间 …: five years from the span's first; 到2025年…: to 2025)."""
    span = period_at(spans, offset)
    horizon = _horizon(text, max(span.start, offset - 120), offset, span) if span and span.kind == "target" else None
    if span is not None and horizon:
        return "target", span.period_start, horizon
    if span is None:
        return None
    floor = max(span.start, offset - 80)
    clause = _clause_start(text, floor, offset)
    words = _unmarked(text[clause:offset])
    if span.kind != "achieved":  # 去年我区旅游人次达到2.3亿 in a work plan: the year before's result
        last = span.period_start - 1
        if LAST_YEAR.match(words):
            return "achieved", last, last
        under_way = _plan_under_way(text, max(span.start, offset - 120), offset, span)
        return under_way or (span.kind, span.period_start, span.period_end)
    first, last = span.period_start, span.period_end
    if (own := FROM_YEAR.search(words)) and int(own.group(1)) <= last:
        return "achieved", int(own.group(1)), int(own.group(1))
    if first < last and LAST_YEAR.search(words):  # 特种毛皮产量去年达到1320万张: anywhere in its own clause
        return "achieved", last, last
    if recent := RECENT.search(words):  # 两年累计投入16亿元, 近三年农村劳动力转移就业…: those years to the last
        count = recent.group(1) or recent.group(2)
        return "achieved", last + 1 - (int(count) if count.isdigit() else int(chinese_value(count))), last
    if first < last and _spans_years(words.rsplit("、", 1)[-1], first) and "、" in words:
        return span.kind, first, last  # 2022年末市场主体达1411.9万户、比2017年增长74.3%: the change is over the years
    if said := _said(words, first, last) or _earlier(words, first, last):
        return said
    sentence_floor = max(span.start, offset - 200)
    if not _own_span(words, first, last) and (said := _carried(text, sentence_floor, clause, first, last)):
        return said
    return span.kind, first, last


def _clause_start(text: str, floor: int, offset: int) -> int:
    """Where the clause of the figure at `offset` begins: after the last clause break before it, the colon of a
    ratio (由7.9：55.9：36.2调整为…) none."""
    start = after_last(text, floor, offset, CLAUSE_BREAKS)
    while start > floor and RATIO_COLON.search(text, max(floor, start - 4), start):
        start = after_last(text, floor, start - 1, CLAUSE_BREAKS)
    return start


@lru_cache(maxsize=1024)  # a clause's opening is read again for each number after it
def _said(words: str, first: int, last: int) -> Period | None:
    """The period the words of a clause open with inside a review of `first`-`last`, if it is another: a year of
    a five-year review (预计2022年…, 去年…), the five years or the plan ended with a one-year review (五年来…,
    “十二五”期间…)."""
    estimate = ESTIMATE.match(words)
    year = _opening_year(words, estimate.end() if estimate else 0)
    if first < last and year and first <= int(year.group(1)) <= last and not SINCE.search(words, year.end()):
        return "achieved", int(year.group(1)), int(year.group(1))
    if first < last and LAST_YEAR.match(words):
        return "achieved", last, last
    if first == last and FIVE_YEARS.match(words):
        return "achieved", last - 4, last
    if first == last and (plan := PLAN_SINCE.match(words)) and (years := plan_years(plan.group(1)))[1] == last:
        return "achieved", *years
    since = YEARS_SINCE.search(words) if words.endswith("来") else None
    if since and not YEAR.search(words):  # …建设两年来，…; not 2020年以来
        count = since.group(1)
        return "achieved", last + 1 - (int(count) if count.isdigit() else int(chinese_value(count))), last
    return None


def _earlier(words: str, first: int, last: int) -> Period | None:
    """The year before a one-year review that a figure's own clause opens with (继2021年迈过4000亿元台阶后: 2021;
    在2021年保供16个省区市的基础上: 2021), if any; not a year it counts from (2021年以来)."""
    year = _opening_year(words)
    if first < last or not year or int(year.group(1)) >= first or SINCE.search(words, year.end()):
        return None
    return "achieved", int(year.group(1)), int(year.group(1))


def _opening_year(words: str, start: int = 0) -> re.Match[str] | None:
    """The year the words open with at `start`, after any leads (其中2022年…, 特别是刚刚过去的2022年…), if any; none
    in words without 年 (most clauses: one test in C before the two regexes)."""
    if "年" not in words:
        return None
    lead = YEAR_LEAD.match(words, start)
    return YEAR.match(words, lead.end() if lead else start)


SINCE_YEAR = re.compile(r"(?:较|比)(20[0-9]{2})年")


def _spans_years(words: str, first: int) -> bool:
    """Whether the words of a part of a clause say the years of a review from `first` on: a span word (年均, 累计) or a
    change since a year before it (比2017年增长…)."""
    since = SINCE_YEAR.search(words)
    return bool(OVER_YEARS.search(words) or (since and int(since.group(1)) < first))


def _own_span(words: str, first: int, last: int) -> bool:
    """Whether a clause's words say a span of their own, which an earlier clause's does not change: in a
    five-year review, years (年均, 累计, 比2013年, 由…提高到…); in a one-year review, a year (全年, 2022年)."""
    if first < last:
        return bool(OVER_YEARS.search(words) or COMPARED_TO.search(words) or FROM_WORD.search(words))
    return bool(ONE_YEAR.search(words) or YEAR.search(words))


def _carried(text: str, floor: int, clause: int, first: int, last: int) -> Period | None:
    """The period the nearest earlier clause of the sentence before `clause` opens with (2020年，…；粮食加工转化率为
    56.8%: 2020; 五年来，…，居全国第7位: the five years), if any."""
    start = after_last(text, floor, clause, SENTENCE_ENDS)
    if start >= clause:
        return None  # the clause opens its sentence (or the reach): no clause before it to date it
    openings = CLAUSE_BREAK.split(text[start:clause])  # empty ones (after the last break) say nothing
    return next(
        (said for words in reversed(openings) if words and (said := _said(_unmarked(words), first, last))), None
    )


def baseline(period: Period) -> Period:
    """The period of the starting figure of a change in `period` (从每生每年500元提高到600元 in a year's work plan:
    500 is the standard already reached, achieved the year before the plan's first); a review's, its own."""
    kind, first, _ = period
    return ("achieved", first - 1, first - 1) if kind == "target" else period


def _horizon(text: str, floor: int, offset: int, span: PeriodSpan) -> int | None:
    """The last year of a horizon set earlier in the sentence before `offset`, if any: 用3—5年时间 → the fifth year
    from the span's first; 到2025年 → 2025, when it lies past the span's last, or before the last of a span of years
    (到2025年… in the goals of 2022-2026: 2022-2025)."""
    start = after_last(text, floor, offset, SENTENCE_BREAKS)
    if text.find("年", start, offset) < 0:
        return None  # every horizon counts years (…年内, 到2025年): none before most targets, one test in C
    if found := HORIZON.search(text, start, offset):
        last = found.group(2) or found.group(1) or found.group(3)
        return span.period_start - 1 + (int(last) if last.isdigit() else int(chinese_value(last)))
    years = [int(y) for y in HORIZON_YEAR.findall(text, start, offset)]
    inside = span.period_start < years[-1] < span.period_end if years else False
    return years[-1] if years and (years[-1] > span.period_end or inside) else None


PLAN_DURING = re.compile(r"十([一二三四五六七八九])五”?(期间|时期|以来)")


def _plan_under_way(text: str, floor: int, offset: int, span: PeriodSpan) -> Period | None:
    """The years of a plan under way that the sentence of a target names before `offset` (力争“十四五”期间新增营造林
    720万亩 in a 2023 work plan: 2021-2025; “十四五”以来累计降低10%左右 in a 2024 one: 2021-2024), if any."""
    start = after_last(text, floor, offset, SENTENCE_BREAKS)
    named = [m for m in PLAN_DURING.finditer(text, start, offset)  # not in a document's title (《“十三五”时期…标准》)
             if text.rfind("《", start, m.start()) <= text.rfind("》", start, m.start())]  # fmt: skip
    if not named:
        return None
    first, last = plan_years(named[-1].group(1))
    if not first < span.period_start <= last:
        return None
    return "target", first, span.period_end if named[-1].group(2) == "以来" else last


def plan_years(numeral: str) -> tuple[int, int]:
    """The years of the five-year plan 十`numeral`五 (十四五 → 2021-2025), counted from the eleventh, 2006."""
    number = 10 + "一二三四五六七八九".index(numeral) + 1
    start = 2006 + 5 * (number - 11)
    return start, start + 4


def _plan_period(numeral: str, year: int) -> Period | None:
    """A plan's years as achieved (ended before the report's year) or target (starting in it or later)."""
    first, last = plan_years(numeral)
    if last < year:
        return "achieved", first, last
    if first >= year:
        return "target", first, last
    return None  # a plan under way: its years alone do not say


def heading_period(title: str, year: int) -> Period | None:
    """The period a chapter heading opens, or None when its words do not say (it inherits): of a heading that names
    two (2022年和过去五年工作回顾, 今后五年工作思路和2023年重点任务), the first it names."""
    named = heading_periods(title, year)
    return named[0] if named else None


def heading_periods(title: str, year: int, alone: bool = True) -> list[Period]:
    """The periods a chapter heading names, in the order it names them: a review's year, plan or years its words
    give (2022年和过去五年工作回顾: 2022, then the five years); a plan's years (今后五年…和2023年重点任务), its year or
    its plan; none when its words do not say, but for a review read `alone`: the year before the report's."""
    years = [(found.start(), int(found.group(1))) for found in YEAR.finditer(title)]
    plan = PLAN.search(title)
    if REVIEW_WORDS.search(title):
        named = [(at, ("achieved", y, y)) for at, y in years[:1]]
        if plan:
            named.append((plan.start(), ("achieved", *plan_years(plan.group(1)))))
        if said := next((h for h in HEADING_YEARS["achieved"] if h[0] in title), None):
            named.append((title.find(said[0]), ("achieved", year + said[1], year + said[2])))
        return [period for _, period in sorted(named)] or ([("achieved", year - 1, year - 1)] if alone else [])
    if not PLAN_WORDS.search(title):
        if title.startswith("今年"):
            return [("target", year, year)]
        # the year before the report's or its own, alone (2020年：砥砺奋进, 2023年省十件民生实事): done or planned
        return [("achieved" if y < year else "target", y, y) for _, y in years if y in (year - 1, year)][:1]
    named = [(at, ("achieved" if y < year else "target", y, y)) for at, y in years[-1:]]  # 2022年工作殊为不易: done
    if plan and (period := _plan_period(plan.group(1), year)):
        named.append((plan.start(), period))
    if ahead := next((h for h in HEADING_YEARS["target"] if h[0] in title), None):
        named.append((title.find(ahead[0]), ("target", year + ahead[1], year + ahead[2])))
    if not years and title.find("今年") >= 0:
        named.append((title.find("今年"), ("target", year, year)))  # 未来五年总体考虑和今年政府工作安排
    return [period for _, period in sorted(named)]


def paragraph_period(opening: str, year: int) -> Period | None:
    """The period a paragraph opens by its first words (“十四五”时期…, 这五年…, 今年…, 做好今年工作…, 2025年…), also
    after a word looking back on them (回顾过去五年…), or its first sentence (这是…的五年。), or None."""
    sentence = MARKUP.sub("", opening)
    lead = OPENER_LEAD.match(sentence)  # 回顾过去五年…: the five years
    words = sentence[lead.end() if lead else 0 :][:12].lstrip("“")
    if frame := next((f for f in FRAMES if f[0].match(sentence)), None):
        return frame[1], year + frame[2], year + frame[3]
    found = _opening_year(sentence)  # 特别是刚刚过去的2022年: leads may follow one another
    if plan := PLAN_OPENING.match(words):
        return _plan_period(plan.group(1), year)
    if (opener := OPENER.match(words)) and not (found and found.start()):  # not 过去五年中，2022年是…: the year
        return _opened(opener.group(), year)
    item = LIST_ITEM.match(opening) is not None  # ——2015年…: an item of a list dates its own clause only
    if found and not item and int(found.group(1)) in (year - 1, year):
        first = int(found.group(1))
        return _framed(sentence, found.end(), year) or (("achieved" if first < year else "target"), first, first)
    return None


def _opened(opener: str, year: int) -> Period | None:
    """The period an opening phrase of the vocabulary opens, counted from the report's `year` (None: it opens none)."""
    _, kind, since, until = OPENER_OF[opener]
    return (kind, year + int(since), year + int(until)) if kind else None


def _framed(sentence: str, after_year: int, year: int) -> Period | None:
    """The period the second sentence opens after a first that only says what the year was (2022年是本届政府任期的
    最后一年。五年来，…: the five years), if it opens one."""
    stop = sentence.find("。", after_year)
    if not sentence.startswith("是", after_year) or stop < 0:
        return None
    opener = OPENER.match(MARKUP.sub("", sentence[stop + 1 :])[:12])
    return _opened(opener.group(), year) if opener else None


def infer_periods(text: str, body: tuple[int, int], headings: Iterable[tuple[int, str]], year: int) -> list[PeriodSpan]:
    """The periods of text[body]: from each chapter heading (offset, title) and each paragraph opening
    that says a period, to the next one; rows before the first say nothing and have none. A plan's heading that
    names no period (二、总体要求和主要目标) ends a review before it: the report's year; a review's heading that
    names none (一、政府工作回顾) opens the year before, unless inside a review (生态建设成绩斐然: it goes on). Inside a
    review chapter whose heading names five years (2022年及本届政府工作回顾), a paragraph of its year's part whose
    first sentence names them (经过全省上下不懈努力，…本届政府目标胜利实现，…) turns to them."""
    marks: dict[int, Period | None] = {}
    named: dict[int, list[Period]] = {}
    plans: list[int] = []  # headings of a plan that name no period (二、总体要求和主要目标)
    reviews: list[int] = []  # headings of a review that name none (一、政府工作回顾, 生态建设成绩斐然)
    for start, title in headings:
        if body[0] <= start < body[1]:
            named[start] = heading_periods(title, year, alone=False)
            marks[start] = named[start][0] if named[start] else None
            if not named[start] and PLAN_ENDING.search(title):
                plans.append(start)
            elif not named[start] and REVIEW_WORDS.search(title):
                reviews.append(start)
    chapters = sorted((start, periods) for start, periods in named.items() if periods)
    position = body[0]
    chapter: list[Period] = []
    current: Period | None = None
    while position < body[1]:
        line_end = text.find("\n", position, body[1])
        line_end = body[1] if line_end < 0 else line_end
        while chapters and chapters[0][0] <= line_end:
            chapter = chapters.pop(0)[1]
            current = chapter[0]
        plan = next((start for start in plans if position <= start <= line_end), None)
        if plan is not None and current and current[0] == "achieved":
            chapter, current = [], ("target", year, year)  # a plan after a review: the coming year's, unless it says
            marks[plan] = current
        review = next((start for start in reviews if position <= start <= line_end), None)
        if review is not None and not (current and current[0] == "achieved"):
            chapter, current = [], ("achieved", year - 1, year - 1)  # a review opening: the year before
            marks[review] = current
        opening = text[position : min(line_end, position + OPENING)]
        if position not in marks and opening.strip():
            paragraph = text[position:line_end]
            period = paragraph_period(opening, year) or _turned(paragraph, chapter, current)
            period = period or _ahead(paragraph, current, year)
            if period:
                marks[position] = current = period
        position = line_end + 1
    return _spans(marks, body)


ONE_YEAR_WORDS = re.compile(r"一年|今年|去年|全年|当年|20[0-9]{2}年")


def _turned(paragraph: str, chapter: Sequence[Period], current: Period | None) -> Period | None:
    """The five years of a review `chapter` that names them, if a paragraph of its one year's part (`current`)
    names them in its first sentence and no year (…确定的本届政府目标胜利实现; not …是本届政府履职的第一年)."""
    years = next((p for p in chapter if p[0] == "achieved" and p[1] < p[2]), None)
    if years is None or current is None or current[0] != "achieved" or current[1] != current[2]:
        return None
    sentence = re.split("[。！？]", MARKUP.sub("", paragraph), maxsplit=1)[0]
    return years if FIVE_YEARS.search(sentence) and not ONE_YEAR_WORDS.search(sentence) else None


def _ahead(paragraph: str, current: Period | None, year: int) -> Period | None:
    """The next five years, if a paragraph inside a review names them near the start of its first clause
    (做好今后五年政府工作，要… after a chapter heading that names no period): the review is over."""
    if current is None or current[0] != "achieved":
        return None
    clause = re.split(f"[{CLAUSE_BREAKS}]", MARKUP.sub("", paragraph), maxsplit=1)[0]
    ahead = next((h for h in HEADING_YEARS["target"] if 0 <= clause.find(h[0]) <= 4), None)  # not …为今后五年…奠定基础
    return ("target", year + ahead[1], year + ahead[2]) if ahead else None


def _spans(marks: dict[int, Period | None], body: tuple[int, int]) -> list[PeriodSpan]:
    """Each mark's period up to the next mark that sets one; a heading that says nothing inherits."""
    spans: list[PeriodSpan] = []
    current: Period | None = None
    for start in sorted(marks):
        period = marks[start]
        if period is None or period == current:
            continue
        if spans:
            spans[-1] = replace(spans[-1], end=start)
        spans.append(PeriodSpan(start, body[1], *period))
        current = period
    return spans
