"""Stated quantities: every number token read as a target record, or set aside as a label with a reason.

`targets(text)` is the public entry point: it takes any text of the genre and returns records whose
offsets point into that text. It knows the genre's rules, not this report's wording:
- tokens that are labels by their form are set aside (`skipped`): years and dates (2025年, 1月6日),
  plan names (“十四五”), meeting ordinals (二十大, 七届, 十次), numbers glued to Latin letters or
  inside names (M101, G20, PM2.5, 4A, 6号线, 第32届, 5·18), and formulas (3+4+1)
- every other token is read with `numbers.read_quantity`; its quote is the clause around it (between
  ，。；：！？ or line ends, a leading section label dropped), narrowed to its 、-separated piece when
  other numbers stand in other pieces of the same clause
- `measure` is inferred from the unit and the words before the number; amounts of 亿 and more with no
  unit are money (元)
- `kind` and the period come from `periods` (`extract.periods.PeriodSpan`): spans of the text, each
  with its kind and years; a record outside every span has none
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from .catalogue import START, link
from .indicators import (
    CHANGE_AT_END,
    FROM_WORD,
    MONTHS_SO_FAR,
    RATE_OF,
    RATIO_OF,
    RESPECTIVELY_WORD,
    TIME_BASE,
    TO_WORD,
    clause_subject,
    indicator_name,
    is_size,
    is_total,
    respective_indicator,
    respective_names,
    respective_rate_owner,
    sector_share,
)
from .numbers import (
    ALL_UNITS,
    MAGNITUDE,
    PREFIX_QUALIFIERS,
    RANK_SORTS,
    STREAK_RUN,
    STREAK_UNITS,
    STREAK_WORD,
    TIME_UNITS,
    Quantity,
    Token,
    code_run,
    counts_a_streak,
    number_tokens,
    range_end,
    read_quantity,
    unit_at,
)
from .periods import Period, PeriodSpan, baseline, dated
from .text import MAX_QUOTE, Clauses, after_last, bounded, checked_range
from .vocabulary import alternation, change_verbs, estimate_words, region_words, rows, words

GROWTH_VERBS = re.compile(rf"(?:{alternation(change_verbs(growth='yes'))})(?:同比)?$")
GROWTH_ANYWHERE = re.compile(
    f"(?:{alternation(change_verbs(growth='yes'))})(?![值到至]|改造)"
)  # 分别下降14%和6.4%; not 增加值, 提高到, 提标改造
SINCE_YEAR = re.compile(r"(?:较|比)[0-9]{4}年末?(?=分别)")  # the year a 分别 list's changes are since: its names say so
URL_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./:_%?=&#~+-")
BARE_MAGNITUDES = ("十", "万", "千", "百")  # a magnitude written alone, with no digit before it
# A magnitude alone that may be a piece of a word, when no unit or count word follows it: 郑万高铁, 老百姓, and the
# 亿 of firms' names (亿纬锂能, 欧科亿).
WORD_MAGNITUDES = (*BARE_MAGNITUDES, "亿")
COUNT_AFTER = set("余多亿万元以左近上")  # what follows a bare magnitude that counts (万余, 上万, 万元)
BARE_AFTER = set("超近逾上数几约达破过成前后")  # what stands before a bare magnitude that counts (近万, 上万, 前十)
NOT_A_NAME = COUNT_AFTER | set("十百千")  # what follows a year-shaped number that counts (2000余, 2000万)
RANK_AFTER = set("位名大高多强")  # what follows an ordinal that ranks (第二位, 第一大)
ORDINAL_LIST = re.compile("(?:、第[一二三四五六七八九十])+")
NAMED_RUN = re.compile(r"[\u4e00-\u9fff]{4}")
NUMBERED_LIST = re.compile(r"(?:、[0-9]+)+号")
ENUMERATOR = re.compile(r"[.．、](?![0-9])")
YEAR_START = re.compile(r"(19|20)[0-9]{2}")  # .match: the second year of 2021-2025年
YEAR_LISTED = re.compile(r"(?:(?:19|20)[0-9]{2}[、和])*(?:19|20)[0-9]{2}年")  # .match: 2016年 of 2015、2016年
DASHED_DATE = re.compile(r"(19|20)[0-9]{2}[-－][0-9]{1,2}(?:[-－][0-9]{1,2})?")  # .fullmatch: 2015-02-09
PLAN_NAME = re.compile("十[一二三四五六七八九]五")  # .fullmatch: 十四五
NOTE_OPEN, NOTE_CLOSE = ("[", "［", "〔"), ("]", "］", "〕")  # (a slice of the text, empty at its ends: a tuple)
ITEM_BEFORE = re.compile(r"(?:\A|[。；：\n])[\s*#]*\Z")  # only markup between a sentence's start and the token
# A principle put first (坚持安全第一、预防为主, 把质量第一、效益优先贯穿始终, 贯彻“保护第一、加强管理…”): a motto's
# 第一 after the verb that upholds it or its opening quote, before a break; not a rank (柳州保持第一, 增速全省第一).
MOTTO_BEFORE = re.compile(r"(?:坚持|把|“)[^，。；：、“”\n0-9０-９]{2,6}\Z")
MOTTO_AFTER = re.compile(r"[、，。；”]")
AGES = re.compile("周?岁")  # .match after a range of numbers: a group of ages
RANGE_BEFORE = re.compile(r"[0-9][-－~～至到—–]\Z")  # the first number of a range and its dash, before its end
LINE_START = re.compile(r"(?:\A|\n)[\s*#]*\Z")  # only markup between a line's start and the token
# An item's number in brackets where a line, a sentence or a clause after a colon opens: （8）改造老旧楼房570栋.
ITEM_OPEN = re.compile(r"(?:\A|\n|[。；：])[\s*#]*[（(]\Z")
# China's public service hotlines are numbered 123xx (12345 政务服务便民热线, 12315, 12355): such a number with no
# unit after it names a hotline or its platform.
HOTLINE = re.compile(r"123[0-9]{2}")
# A title in book-title marks holds no quantity of the report's: 《哪吒2》, 《促进消费20条》, 《…规划（2021—2025年）》.
IN_TITLE = re.compile(r"《[^《》。；\n]{0,60}\Z")
TITLE_END = re.compile(r"[^《》。；\n]{0,60}》")
MINUTE_CIRCLE = re.compile(r"分钟[^，。；、：0-9]{0,8}圈")
RATIO = re.compile(r"(?:相当于|是|为)[^，。；]*的$")  # 相当于全国平均水平的1.5倍: a ratio, not a growth
DONE_OPENING = re.compile("^(?:完成|实现了?|达到)(?!投资)")  # 完成地区生产总值, not 完成投资: a work done
ESTIMATE = re.compile(estimate_words())  # 预计全年…, 初步统计，…: the figures after it are estimates
# 一季度, 前11个月, 1—11月 (not 1—12月, the whole year): a figure of part of a year, not the year's
MONTHS_RANGE = r"(?<![0-9０-９])[1１](?:[—－–\-~～至])(?:1[01]|[2-9])月"
PART_OF_YEAR = re.compile(rf"{alternation(words('part_of_year_words', 'word'))}|{MONTHS_SO_FAR.pattern}|{MONTHS_RANGE}")
# 兵团…, 全区…: whose figure it is; a part only as the subject that opens a clause, perhaps after its name
# (雄安新区建设…), not as the object of a verb (推进经开区改革, 高效运行综合保税区)
REGION_SCOPE = re.compile(
    rf"(?:^|(?<=[，。；：\n]))(?:(?!{region_words('verb')})[\u4e00-\u9fff]){{0,4}}?(?:{region_words('part')})"
    rf"|{region_words('whole')}"
)
PARAGRAPH_REACH = 2000  # how far back a paragraph's word of scope is looked for
REGION_PART = tuple(words("region_scope_words", "word", scope="part"))
PART_WORD = re.compile(region_words("part"))
SHARE_WORDS = re.compile(alternation(words("share_words", "word")))  # 城镇化率达到70%: a share
# A count of the set that a rank or a share is taken over, not a quantity of its own (在全国168个重点城市排名第六;
# 42个国考断面水质优良比例达到97.6%; 退出169个城市后20位): the rank verbs and share words of the vocabulary.
_OVER = "[^，。；、：0-9]"
_PLACE = "[前后][0-9一二三四五六七八九十]+[位名]"  # 后20位, not 前1% (a share of a ranking)
BASE_OF = re.compile(
    f"[个家座条项所]{_OVER}{{0,12}}?(?:(?:{alternation(words('rank_words', 'word', role='verb'))})第|{_PLACE}"
    f"|(?:{SHARE_WORDS.pattern}){_OVER}{{0,6}}?[0-9])"
)  # .match after the number
DOWN_VERBS = re.compile(alternation(change_verbs(direction="down")))
UP_VERBS = re.compile(alternation(change_verbs(direction="up")))
LABEL_WORDS = [(row["sort"], row["side"], row["word"], row["reason"]) for row in rows("label_words")]


def _touching(side: str) -> dict[str, list[int]]:
    """The indexes of the `side` label words by the character that touches the token (an `after` word's
    first, a `before` word's last), in vocabulary order: a token tries only the words that can touch it."""
    out: dict[str, list[int]] = {}
    for i, (_, word_side, word, _) in enumerate(LABEL_WORDS):
        if word_side == side:
            out.setdefault(word[0] if side.startswith("after") else word[-1], []).append(i)
    return out


LABELS_AFTER, LABELS_BEFORE = _touching("after"), _touching("before")
# `after_count` words label a number only after a count of what they name: 连跨4个千亿台阶 (steps of 千亿 each),
# not 迈上万亿台阶 (the total reached).
LABELS_AFTER_COUNT = _touching("after_count")


def _fitting(index: dict[str, list[int]], sort: str) -> dict[str, tuple[tuple[int, str], ...]]:
    """`index` cut to the words a token of `sort` can take (its own sort's and any sort's), each as (index, word),
    in the same order: a token tries only those, with no test of its sort per word."""
    fits = (sort, "any")
    return {c: tuple((i, LABEL_WORDS[i][2]) for i in ids if LABEL_WORDS[i][0] in fits) for c, ids in index.items()}


# For each sort of token: the label words after it, after a count before it, and before it (`_word_reason`).
LABELS_BY_SORT = {
    sort: (_fitting(LABELS_AFTER, sort), _fitting(LABELS_AFTER_COUNT, sort), _fitting(LABELS_BEFORE, sort))
    for sort in ("arabic", "chinese", "fraction", "ordinal", "rank_word", "top")
}
COUNT_BEFORE = re.compile(r"[0-9一二两三四五六七八九十]+个$")
LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
# Verbs that open a list and govern its pieces (扩充学前学位1500个、中小学学位7000余个), and the predicates that
# give a piece its own verb (…、老旧小区5个改造): the vocabulary's list words.
_SHARED_WORDS = words("list_words", "word", role="shared_verb")
_OWN_WORDS = words("list_words", "word", role="own_predicate")
_SHARED_VERBS, _WORK_VERBS = alternation(_SHARED_WORDS), alternation(_SHARED_WORDS + _OWN_WORDS)
_OPENING = alternation([*words("leading_words", "word", role="time"), *words("leading_words", "word", role="scope"),
                        *words("leading_words", "word", role="intent"), "城区", "市区"])  # fmt: skip
# Adverbs of manner a shared verb may follow (认真办理, 高质量办理, 扎实推进): no part of the verb
_MANNER = alternation([*words("list_words", "word", role="adverb"), "认真"])
SHARED_VERB = re.compile(  # 新建和改造: one verb of two; 城区新建改造…: a scope or time before it; 25.改造…, 四是改造…:
    # an item's number; 认真办理…: an adverb of manner
    f"(?:[0-9]{{1,2}}[.．]|[一二三四五六七八九十]是)?(?:{_OPENING})*(?:{_MANNER})?"
    f"(?P<verb>(?:累计)?(?:{_SHARED_VERBS})(?:[和及](?:{_WORK_VERBS}))?)"
)
OWN_PREDICATE = re.compile(f"(?:{alternation(_OWN_WORDS)})$")
_COUNT_WORDS = alternation(sorted(words("units", "unit", counts="yes"), key=len, reverse=True))
_COUNT = rf"(?:[0-9０-９][0-9.]*|[一二两三四五六七八九十百千]+)万?(?:多|余)?(?:{_COUNT_WORDS})"
COUNT_FIRST = re.compile(_COUNT)  # .match: a 、-piece opening with its count (、500名科技领军人才)
# The words opening a clause of counts before its first count (集聚50名战略科学家、500名…): its verb, when it is
# short, no adverb of effort, and no owner, place or time (我省8项…, 全省3万家…, 其中8项…, 五年内…).
_EFFORT = alternation([*words("list_words", "word", role="adverb"), "加快", "妥善", "成功", "切实"])
OPENING_WORK = re.compile(
    rf"(?:{_OPENING}|[一二三四五两]年内|今后五年|未来五年)*(?:{_EFFORT})*"
    rf"(?P<verb>[\u4e00-\u9fff]{{2,4}}?)(?={_COUNT})"
)
NO_VERB = re.compile("[省市区县州国乡镇村年月内中有共计了]$|^(?:其中|累计|共有|已有|我|全|各|每|近|超|约|这)")
# Verbs that push what each piece says it does (推动28个新建项目早日开工、95个续建项目加快建设): no piece's verb.
PUSHING_VERB = re.compile(
    alternation([w for w in words("list_words", "word", role="leading_verb") if w not in ("完成", "开展")])
)
OWN_START = re.compile(alternation(_OWN_WORDS))  # .match: 整治农贸市场23座
# A piece opening with a verb of reaching a total (新增上市企业21家、达到177家; 、总数达30家), or with 累计 and a word
# (集聚人才500人以上、累计产值10亿元以上: a total of its own; but 、累计近2000公里 is the total of what was 新建): its
# own verb, not the clause's verb of adding
REACHED_START = re.compile("(?:累计|总数|总量)?(?:达到|达|增至|增加到)|累计(?![0-9０-９近超约逾突])")  # .match
WHOLE = "(?:全国|全省|全市|全区)"  # a whole a figure is set beside (高于全省, 较全省、全国分别低…)
BARE_CHANGE = re.compile(
    rf"(?:同比|年均|可比)?(?:{alternation(change_verbs(bare='yes'))})(?:居全市|居全区|居全国|居全省|超过|达到|达)?$"
    rf"|(?:高于|低于){WHOLE}$"
)


@dataclass(frozen=True)
class TargetRecord:
    """One stated quantity, before ids, sections and curation are attached."""

    kind: str | None
    period_start: int | None
    period_end: int | None
    indicator: str
    value: Decimal
    value_max: Decimal | None
    unit: str
    qualifier: str
    measure: str
    number_text: str
    number_start: int
    number_end: int
    token_start: int  # where the numeral itself starts: the record's stable anchor
    quote: str
    char_start: int
    char_end: int
    direction: str | None = None  # up | down for growth and change_pp rows
    indicator_id: str | None = None  # the genre's catalogue entry it is (catalogue.link), if any
    estimate: bool = False  # an estimate word (预计, 初步统计) stands before it in its sentence


@dataclass(frozen=True)
class Skipped:
    """A number token set aside as a label, with the reason category."""

    token: Token
    reason: str


def skip_reason(text: str, token: Token) -> str | None:
    """Why `token` is a label and not a quantity, judged by its form and the words touching it (the
    vocabulary's `label_words`); None when it may be a quantity. A streak's length is none (连续六届, not the 六届
    of a meeting)."""
    if token.sort == "chinese" and counts_a_streak(text, token.start, token.end):
        return None
    return (
        _form_reason(text, token)
        or _word_reason(text, token)
        or _in_name(text, token)
        or _year_of_a_term(text, token)
        or _bare_years(text, token)
        or _months_so_far(text, token)
        or _bare_label(text, token)
        or _base_reason(text, token)
        or _title_reason(text, token)
        or _slogan_reason(text, token)
        or _threshold_reason(text, token)
        or _package_reason(text, token)
        or _batch_reason(text, token)
        or _version_reason(text, token)
        or _ratio_reason(text, token)
        or _magnitude_run_reason(text, token)
        or _programme_reason(text, token)
        or _appeal_reason(text, token)
        or _quoted_name_end(text, token)
        or _size_class_reason(text, token)
    )


# An amount of money, then 以上 or 以下 and a noun (亿元以上技改项目, 1万元以下脱贫人口): the size of what the noun
# names, a threshold; not before a verb of use (2200亿元以上用于项目建设, 60亿元以上撬动…) or 投资 (强度). So is an
# age, a capacity or a length before a noun, a count of households or people before a village or county, and a
# machine's rating in 兆瓦 before it (18兆瓦海上风电机组下线, F级50兆瓦重型燃气轮机商用: one machine, no quantity).
THRESHOLD = re.compile(
    r"[十百千万亿]*(?:美元|元)(?:及)?(?:以上|以下)(?![用支撬投])[\u4e00-\u9fff]"
    r"|[万亿]?(?:年|千瓦|米)(?:及)?(?:以上|以下)的?[\u4e00-\u9fff]"  # 30年以上燃气管道, 3.5米以上硬化路
    r"|[万亿]?(?:户|人)(?:及)?(?:以上|以下)的?(?:自然村|行政村|村|县|乡镇|乡|镇)"  # 20户以上自然村
    r"|兆瓦级?[\u4e00-\u9fff]{0,6}?(?:机组|燃气轮机|风机)"  # 18兆瓦直驱海上风电机组
)


def _threshold_reason(text: str, token: Token) -> str | None:
    """ "label" for an amount that is a threshold of the noun after it (实施亿元以上技改项目1200项)."""
    return "label" if THRESHOLD.match(text, token.end) else None


# A package of policy named by its topic and a count of articles (稳增长30条, 民营经济40条, 人才十条) in a clause
# with a verb of policy: the package's name, as 八项规定 is; not a count of lines (打通断头路30条) or of measures
# (900多条政策措施), which a noun follows.
POLICY_VERB = re.compile(alternation(words("list_words", "word", role="policy_verb")))
PACKAGE_END = re.compile(r"条(?:[，。；、和与及等）]|\Z)")
CLAUSE_BREAK = "，。；：！？\n"


def _package_reason(text: str, token: Token) -> str | None:
    """ "document" for a count of articles ending a package's name in a clause of policy (出台稳增长30条、投资7条)."""
    before = text[token.start - 1 : token.start] if token.start else ""
    if not PACKAGE_END.match(text, token.end) or not "\u4e00" <= before <= "\u9fff":
        return None
    start = max(text.rfind(c, 0, token.start) for c in CLAUSE_BREAK) + 1
    return "document" if POLICY_VERB.search(text, start, token.start) else None


# A batch of a national list entered (入选全国首批30条历史文化街区, 跻身首批5个国家公园行列, 全国推广的第三批20条…经验):
# its size is the list's, no quantity of the report's region.
NATIONAL_BATCH = re.compile(
    r"(?:全国|入选|跻身|全国推广的)(?:首批|第[一二三四五六七八九十]+批|[二三四五六七八九十]+批次)(?:共)?\Z"
)
BATCH_LAST = ("批", "次", "共")  # the characters that can end `NATIONAL_BATCH`


def _batch_reason(text: str, token: Token) -> str | None:
    """ "label" for the size of a national list's batch (入选全国首批30条历史文化街区)."""
    if text[token.start - 1 : token.start] not in BATCH_LAST:
        return None  # the batch ends right before the number: one character says it cannot (most numbers)
    return "label" if NATIONAL_BATCH.search(text, max(0, token.start - 10), token.start) else None


# A version (数字政府2.0建设, 互联网3.0等新赛道, 营商环境6.0改革, 打造2.0、3.0升级版园区): X.0 before a word that is
# no unit, magnitude or qualifier, or before another version.
VERSION = re.compile(r"[0-9]+\.0")
VERSION_NEXT = re.compile(r"(?![以左多余近约])[\u4e00-\u9fff]|、[0-9]+\.0(?![0-9])")


def _version_reason(text: str, token: Token) -> str | None:
    """ "name" for a version number (数字政府2.0建设), which measures nothing."""
    if token.sort != "arabic" or not VERSION.fullmatch(token.text) or MAGNITUDE.match(text, token.end):
        return None
    return "name" if VERSION_NEXT.match(text, token.end) and not unit_at(text, token.end) else None


RATIO_OF_TWO = re.compile(r"(?<![0-9.:：∶])[0-9.]+[:：∶]\Z")  # the first term before the token, itself after no term
RATIO_MARK = ":：∶"


def _ratio_reason(text: str, token: Token) -> str | None:
    """ "label" for the later term of a ratio or a scale of two terms (城乡居民收入比缩小至2.36∶1, 养捕比4：6,
    1:10000): the ratio is its first term's row; not a structure of three shares (4.1:41.1:54.7)."""
    if token.sort != "arabic" or text[token.end : token.end + 1] in RATIO_MARK:
        return None
    if not token.start or text[token.start - 1] not in RATIO_MARK:
        return None  # no mark right before the number: no first term (most numbers), one test
    return "label" if RATIO_OF_TWO.search(text, max(0, token.start - 12), token.start) else None


# Magnitudes in a row that no numeral writes (十百千万养殖工程, 实施百千市场主体…行动, 千百年梦想, 千千万万市民): a
# programme's name or rhetoric; not 千万, 百亿, 万亿, where the smaller multiplies the larger.
MAGNITUDE_RUN = re.compile(r"[十百千万亿]*(?:[十百千][十百千]|万万|亿亿)[十百千万亿]*")


def _magnitude_run_reason(text: str, token: Token) -> str | None:
    """ "rhetoric" for magnitudes in a row that no numeral writes (千百年, 十百千万)."""
    return "rhetoric" if token.sort == "chinese" and MAGNITUDE_RUN.fullmatch(token.text) else None


# A bare magnitude opening a programme's name (新一轮千亿斤粮食产能提升行动, 百万工匠培育行动, 万名干部进万企行动,
# 十万企业上云工程, 千万吨粮食增产计划): the name's; not a count of items (十项重点工程), a size class (千亿级产业工程)
# or a magnitude after a qualifier (超百亿).
PROGRAMME_NAME = re.compile(r"(?![项级宗个])[^，。；、：！？“”\n0-9]{1,14}?(?:计划|工程|行动|运动)")
BARE_MAGNITUDE_RUN = re.compile("[十百千万亿]+")


def _programme_reason(text: str, token: Token) -> str | None:
    """ "name" for a bare magnitude opening a programme's name (百万工匠培育行动)."""
    before = text[token.start - 1 : token.start] if token.start else ""
    bare = token.sort == "chinese" and BARE_MAGNITUDE_RUN.fullmatch(token.text) and before not in "超近约逾"
    return "name" if bare and PROGRAMME_NAME.match(text, token.end) else None


# A region's people counted in an appeal (3100万龙江人民对振兴发展的强烈愿望, 团结6100万荆楚儿女同心干, 全区2400多万
# 各族人民): rhetoric, the population no figure stated; not 人民医院, 人民币, 人民群众 (惠及…人民群众, a count).
PEOPLE_OF = re.compile(r"[余多]?[万亿]*[余多]?(?:各族|[\u4e00-\u9fff]{2})?(?:人民|儿女)(?![医币政银群代法检])")


def _appeal_reason(text: str, token: Token) -> str | None:
    """ "rhetoric" for a region's people counted in an appeal (6100万荆楚儿女)."""
    return "rhetoric" if token.sort in ("arabic", "chinese") and PEOPLE_OF.match(text, token.end) else None


def _quoted_name_end(text: str, token: Token) -> str | None:
    """ "name" for an Arabic number ending a short quoted name after its words (“漳州110”精神, “太行110”重型燃气
    轮机, “云岭农科110”平台), as a year there was (“中国制造2025”)."""
    if token.sort != "arabic" or text[token.end : token.end + 1] != "”" or not token.start:
        return None
    words = "\u4e00" <= text[token.start - 1] <= "\u9fff"
    return "name" if words and QUOTE_OPEN.search(text, max(0, token.start - 13), token.start) else None


# An amount that sets the size of projects or firms counted in its clause (新签约超亿元项目100个以上, 新增产值超10亿元
# 龙头企业5家, 开工建设百亿元级项目12个, 6个百亿元级工业项目): a threshold, as 亿元以上项目 is; not a total (总投资
# 1540亿元的能源项目, 总投资657.5亿元的229个水利项目).
SIZED_NOUN = re.compile(r"[十百千万亿]*(?:美元|元)级?的?[\u4e00-\u9fff]{0,4}?(?:项目|企业)")
SIZED_COUNT_AFTER = re.compile(r"[^，。；：]{0,8}?[0-9一二两三四五六七八九十]+(?:个|家|项)")
COUNT_BEFORE_SIZE = re.compile(r"[0-9一二两三四五六七八九十]+(?:个|家|项)(?:以上)?[^，。；：0-9]{0,2}\Z")


def _size_class_reason(text: str, token: Token) -> str | None:
    """ "label" for an amount that sets the size of projects or firms counted in its clause (超亿元项目100个)."""
    sized = SIZED_NOUN.match(text, token.end)
    if not sized or text.endswith(("总投资", "总投资约", "总投资超"), 0, token.start):
        return None
    after = SIZED_COUNT_AFTER.match(text, sized.end())
    return "label" if after or COUNT_BEFORE_SIZE.search(text, max(0, token.start - 10), token.start) else None


# A short quotation that holds the token and no clause break (“双千亿”, “五年全开工、十年全开通”, “3个70%”).
QUOTE_OPEN = re.compile(r"“[^“”，。；：！？\n]{0,12}\Z")
QUOTE_CLOSE = re.compile(r"[^“”，。；：！？\n]{0,12}”")
OTHER_NUMERAL = re.compile("[0-9０-９一二两三四五六七八九十百千万亿双]")
# A count of goals reached before the token (实现“双90%”目标, 完成…“两个200万亩”任务): the goals, not a slogan.
GOALS_MET = re.compile(r"(?:实现|完成)[^，。；：！？\n]*“(?:[0-9一二两三四五六七八九十]+个|双)\Z")


def _slogan_reason(text: str, token: Token) -> str | None:
    """ "label" for a number in a short quoted slogan that holds another numeral (“万亩千亿”, “三个15%”,
    “三环十八射”): the slogan's parts, not quantities; not a streak (“六连冠”), a rank (“全国第一”) or goals
    reached (实现“双90%”目标)."""
    if token.sort in RANK_SORTS or text.startswith("连", token.end):
        return None
    opening = QUOTE_OPEN.search(text, max(0, token.start - 13), token.start)
    closing = QUOTE_CLOSE.match(text, token.end) if opening else None
    if not (opening and closing) or GOALS_MET.search(text, max(0, token.start - 40), token.start):
        return None
    rest = text[opening.start() : token.start] + text[token.end : closing.end()]
    return "label" if OTHER_NUMERAL.search(rest) else None


def _title_reason(text: str, token: Token) -> str | None:
    """ "name" for a number inside a title between book-title marks (电影《哪吒2》), when no word says more."""
    opening = text.rfind("《", max(0, token.start - 60), token.start)  # one call in C for a token in no title
    inside = opening >= 0 and IN_TITLE.search(text, opening, token.start) and TITLE_END.match(text, token.end)
    return "name" if inside else None


def _base_reason(text: str, token: Token) -> str | None:
    """ "denominator" for a count of the set that a rank or share right after it is taken over."""
    return "denominator" if BASE_OF.match(text, token.end) else None


def _form_reason(text: str, token: Token) -> str | None:
    """A label by its shape: years and spans of years, numbers glued to Latin letters or a ·, web
    addresses, formulas, plan names (十四五), the 万 of 万元地区生产总值."""
    before = text[max(0, token.start - 1) : token.start]
    after = text[token.end : token.end + 2]
    if token.sort == "arabic":
        year = len(token.text) == 4 and token.text[:2] in ("19", "20")
        code = code_run(text, token)
        if year and (reason := _year_reason(text, token, before, after, code is None)):
            return reason
        if code is not None:
            return "date" if DASHED_DATE.fullmatch(code) else "name"
        if NUMBERED_LIST.match(text, token.end):
            return "name"  # 地铁5、6、9号线
        if LATIN.match(after[:1]) and after[1:2] == "级":
            return "label"  # grades: 4A级, 5A级
        if LATIN.match(before) or LATIN.match(after[:1]):
            return "name"
        if "·" in (before, after[:1]):
            return "name"  # dates used as names: 5·18国际博物馆日
        if text[token.start - 1 : token.start] in URL_CHARS and _in_url(text, token):
            return "url"  # (a web address runs up to the token: most tokens follow no URL character)
        if HOTLINE.fullmatch(token.text) and not unit_at(text, token.end):
            return "name"  # 12345政务服务便民热线, 12355青少年服务站点
        if after[:1] == "大" and after[1:2] != "箱":
            return "label"  # 聚焦15大战略领域, as 十大: so many kinds named, a label (not 1.3万大箱)
        if _ages(text, token):
            return "label"  # ages that bound a group: 80周岁以上老人, 20-40岁人群, 2至3岁幼儿 (not 寿命达到80岁)
        if "+" in (before, after[:1]) or "×" in (before, after[:1]):
            return "label"  # formulas: 3+4+1, 1+1+N (not 10万+, where the + follows the magnitude), 7×24, 2×100万千瓦
    if MINUTE_CIRCLE.match(text, token.end):
        return "label"  # 15分钟便民生活圈: a service radius that names the circle
    if ENUMERATOR.match(text, token.end) and LINE_START.search(text, max(0, token.start - 12), token.start):
        return "ordinal"  # 1．强化创新驱动发展, **十、…: a paragraph's or a heading's number
    point = token.sort == "ordinal" and text.startswith("，", token.end)
    if point and ITEM_BEFORE.search(text, max(0, token.start - 12), token.start):
        return "ordinal"  # 第一，着力建设现代化产业体系: the first of the points a sentence opens with
    motto = token.text == "第一" and MOTTO_AFTER.match(text, token.end)
    if motto and MOTTO_BEFORE.search(text, max(0, token.start - 9), token.start):
        return "rhetoric"  # 坚持安全第一、预防为主: a principle put first, no rank
    if text[token.end : token.end + 1] in "）)" and ITEM_OPEN.search(text, max(0, token.start - 12), token.start):
        return "ordinal"  # （8）改造老旧楼房570栋, （十）坚持绝对忠诚: an item's or a heading's number in brackets
    if text[token.start - 1 : token.start] in NOTE_OPEN and text[token.end : token.end + 1] in NOTE_CLOSE:
        return "note"  # 推进“四个一批”[15]: the number of a note, 国函〔2023〕122号: a document's year
    if token.sort == "chinese" and after[:1] == "是" and ITEM_BEFORE.search(text, max(0, token.start - 3), token.start):
        return "ordinal"  # ；十一是推进高水平改革开放: the eleventh item of a list
    if token.sort == "chinese" and PLAN_NAME.fullmatch(token.text):
        return "plan_name"  # 十四五, quoted or not: no number is written this way
    return None


def _year_reason(text: str, token: Token, before: str, after: str, uncoded: bool) -> str | None:
    """Why a year-shaped Arabic number (`before` and `after` it the characters touching it; `uncoded` when
    it is in no code such as 2015-02-09) is a date or a name: a year, a span or a list of years, or a year
    that names an event, a plan, a quoted name or a plan's horizon."""
    if after[:1] == "年":
        return "date"
    if after[:1] == "届":
        return "name"  # 2023届高校毕业生: a cohort named by its year (连续4届 counts terms)
    if after[:1] in "-－—–~～至到" and YEAR_START.match(text, token.end + 1, token.end + 5):
        return "date"  # a span of years: 2021-2025年
    if after[:1] in "、和" and YEAR_LISTED.match(text, token.end + 1):
        return "date"  # a list of years: 成功应对2015、2016年特大汛情
    if before in "-－—–~～至到" and token.start > 4 and YEAR_START.match(text, token.start - 5, token.start - 1):
        return "date"  # the end of a span of years: 国土空间总体规划（2021—2035）
    if not uncoded:
        return None
    if _names_something(text, token):
        return "name"  # 2018西安国际马拉松赛, 大西安2050空间战略规划: a year that names an event or a plan
    if after[:1] in "“（(" or text.startswith("行动", token.end):
        return "name"  # 办好2023“一带一路”…, 2021（中国）亚欧商品贸易博览会, 专项排查整治2023行动
    if after[:1] == "”" and "\u4e00" <= text[: token.start].rstrip(" ")[-1:] <= "\u9fff":
        return "name"  # “中国制造2025”, “中国制造 2025”, “创建韧性城市2030”: a year that ends a quoted name
    if before in ("（", "(") and text[token.end : token.end + 1] in ("）", ")"):
        return "date"  # 城市总体规划（2030）: a plan's horizon
    return None


def _ages(text: str, token: Token) -> bool:
    """Whether an Arabic number is an age that bounds a group: before 周岁, or either end of a range before 岁."""
    upper = range_end(text, token.end)
    return (
        text.startswith("周岁", token.end)
        or bool(upper and AGES.match(text, upper[1]))
        or bool(AGES.match(text, token.end) and RANGE_BEFORE.search(text, max(0, token.start - 12), token.start))
    )


def _in_name(text: str, token: Token) -> str | None:
    """Why a numeral is a piece of a word: a bare 十, 万, 千, 百 or 亿 that no unit or count word follows is a
    label (郑万高铁, 老百姓, 千方百计, 红十字); an ordinal before a noun that no rank takes, or before the next
    ordinal of a list, is a name (第四跑道, 第二枢纽机场, 第一、第二产业; not 第二位, 第一大)."""
    after = text[token.end : token.end + 1]
    listed = ORDINAL_LIST.match(text, token.end) if token.sort == "ordinal" else None
    if listed and text[listed.end() : listed.end() + 1] not in RANK_AFTER:  # 第一、第二、第三产业, not 第一、第二位
        return "name"
    if _ends_a_word(text, token) and not ("\u4e00" <= after <= "\u9fff"):
        return "name"  # 开工建设成达万、成渝中线: a bare 万 ending a word, with no qualifier or unit
    if not after or not ("\u4e00" <= after <= "\u9fff") or unit_at(text, token.end):
        return None
    if token.sort == "chinese" and token.text in WORD_MAGNITUDES and after not in COUNT_AFTER:
        return "label"
    if token.sort == "ordinal" and after not in RANK_AFTER:
        return "name"
    return None


def _year_of_a_term(text: str, token: Token) -> str | None:
    """ "time_phrase" for the year of a term an ordinal counts (本届政府履职的第一年), not a streak (连续第3年)."""
    ordinal_year = token.sort == "ordinal" and text.startswith("年", token.end)
    return "time_phrase" if ordinal_year and not text.endswith(STREAK_WORD, 0, token.start) else None


def _bare_years(text: str, token: Token) -> str | None:
    """ "time_phrase" for a bare 百年, 千年 or 十年 with nothing before it that counts (百年变局, 第一个百年奋斗目标,
    千年梦想), as 一年 and 五年 are; not 近百年, 上千年."""
    before = text[token.start - 1 : token.start] if token.start else ""
    bare = token.sort == "chinese" and token.text in BARE_MAGNITUDES and text.startswith("年", token.end)
    return "time_phrase" if bare and before not in BARE_AFTER else None


def _months_so_far(text: str, token: Token) -> str | None:
    """ "time_phrase" for the count of months of a part of the year (前11个月，固定资产投资同比增长33.2%)."""
    return "time_phrase" if token.start and MONTHS_SO_FAR.match(text, token.start - 1) else None


def _bare_label(text: str, token: Token) -> str | None:
    """ "label" for a bare magnitude with nothing before it that counts, before 级 with no 亿 (千万级机场, a
    threshold as 千亿级园区 is) or before 人 and a noun (千人床位数, 万人5G基站数: a base; 百人专班: a name)."""
    before = text[token.start - 1 : token.start] if token.start else ""
    if token.sort != "chinese" or before in BARE_AFTER or not set(token.text) <= set(BARE_MAGNITUDES):
        return None
    after = text[token.end : token.end + 2]
    graded = after[:1] == "级"
    noun = after[1:2] != "次" and ("\u4e00" <= after[1:2] <= "\u9fff" or after[1:2].isdigit())
    based = after[:1] == "人" and noun
    return "label" if graded or based else None


def _ends_a_word(text: str, token: Token) -> bool:
    """Whether a bare 十, 百, 千, 万 or 亿 ends the word before it (成达万, 欧科亿), not after a qualifier (近万)."""
    before = text[token.start - 1 : token.start] if token.start else ""
    bare = token.sort == "chinese" and token.text in WORD_MAGNITUDES
    return bare and "\u4e00" <= before <= "\u9fff" and before not in BARE_AFTER


def _word_reason(text: str, token: Token) -> str | None:
    """The reason of the first label word touching the token (by its sort, in the vocabulary's order)."""
    after, after_count, before = LABELS_BY_SORT[token.sort]
    ends = [token.end]
    if token.sort == "arabic" and (magnitude := MAGNITUDE.match(text, token.end)):
        ends.append(magnitude.end())  # 100亿元以上企业: after its 亿 too
    if token.sort == "arabic" and (upper := range_end(text, token.end)):
        ends.append(upper[1])  # 1—4号机组: after the range it opens
    first = len(LABEL_WORDS)  # the least index of a word found (each list is in index order: its first found)
    for end in ends:  # (most characters open no label word: no list to walk)
        if touching := after.get(text[end : end + 1]):
            first = min(first, next((i for i, word in touching if text.startswith(word, end)), first))
    counted = after_count.get(text[token.end : token.end + 1], ())
    if counted and COUNT_BEFORE.search(text, max(0, token.start - 6), token.start):
        first = min(first, next((i for i, word in counted if text.startswith(word, token.end)), first))
    if token.start and (preceding := before.get(text[token.start - 1 : token.start])):
        first = min(first, next((i for i, word in preceding if text.endswith(word, 0, token.start)), first))
    return LABEL_WORDS[first][3] if first < len(LABEL_WORDS) else None


def _names_something(text: str, token: Token) -> bool:
    """Whether a year-shaped number stands right before a name (four characters or more before any
    punctuation) that opens with no unit, magnitude or count word (not 2000兆瓦, 2000盏)."""
    after = text[token.end : token.end + 1]
    return (
        token.text.isdigit()
        and NAMED_RUN.match(text, token.end) is not None
        and after not in NOT_A_NAME
        and not unit_at(text, token.end)
    )


def _in_url(text: str, token: Token) -> bool:
    """Whether the token stands inside a web address (https://…/202501/t2025….html, www.…)."""
    left = token.start
    while left > 0 and token.start - left < 200 and text[left - 1] in URL_CHARS:
        left -= 1
    run = text[left : token.start]
    return "://" in run or run.startswith("www.")


# Words after which a number in a unit of time is a length of time (`measure_words.csv`, role duration).
SPAN_WORD = re.compile(f"(?:{alternation(words('measure_words', 'word', role='duration'))})$")


def infer_measure(prefix: str, quantity: Quantity, in_a_row: bool = False) -> str:
    """level | growth | share | change_pp | rank | duration, from the unit and the words before the number (and
    whether a word of a streak follows it: 十八连涨)."""
    if quantity.token.sort in RANK_SORTS:
        return "rank"
    if quantity.unit == "百分点":
        return "change_pp"
    if quantity.unit in STREAK_UNITS and (in_a_row or prefix.endswith(STREAK_WORD)):  # 连续6年, 连续3届, 十五连丰
        return "duration"
    if quantity.unit in TIME_UNITS and SPAN_WORD.search(prefix):  # 停工4年, 仅用22天, 提前2年
        return "duration"
    if quantity.unit == "倍":
        return "level" if RATIO.search(prefix) and not _to_earlier(prefix) else "growth"
    if quantity.unit in ("%", "‰"):
        if GROWTH_VERBS.search(prefix):
            return "growth"
        if quantity.token.sort == "fraction":
            return "share"
        if SHARE_WORDS.search(prefix):
            return "share"
        return "growth" if GROWTH_ANYWHERE.search(prefix) else "share"
    return "level"


def _to_earlier(prefix: str) -> bool:
    """Whether a ratio's base is the same figure at an earlier time (是上年的2.5倍, 为2015年的2.1倍): a growth in
    multiples, not a ratio to another thing (是三峡电站年发电量的1.3倍)."""
    ratio = RATIO_OF.search(prefix)
    return ratio is not None and TIME_BASE.fullmatch(ratio.group("base")) is not None


def infer_direction(prefix: str, measure: str) -> str | None:
    """up | down for a growth or change row, from the last verb of change before the number; None otherwise."""
    if measure not in ("growth", "change_pp"):
        return None
    down = [m.end() for m in DOWN_VERBS.finditer(prefix)]
    up = [m.end() for m in UP_VERBS.finditer(prefix)]
    return "down" if down and (not up or max(down) > max(up)) else "up"


def scan(
    text: str,
    start: int = 0,
    end: int | None = None,
    periods: list[PeriodSpan] | tuple[PeriodSpan, ...] = (),
    tokens: Sequence[Token] | None = None,
    clauses: Clauses | None = None,
) -> tuple[list[TargetRecord], list[Skipped]]:
    """Every token in text[start:end] (`tokens` and the text's `clauses`, when the caller has them already),
    either read as a record or skipped with a reason."""
    start, end = checked_range(text, start, end)
    tokens = number_tokens(text, start, end) if tokens is None else tokens
    quantities, skipped = read_tokens(text, start, tokens)
    clauses = Clauses(text, start, end) if clauses is None else clauses
    spans = [clauses.span(q.start, q.end) for q in quantities]
    members: dict[tuple[int, int], list[int]] = {}
    for quantity, span in zip(quantities, spans, strict=True):
        members.setdefault(span, []).append(quantity.start)  # in text order, so sorted
    listed = {clause: _after_respectively(text, clause, starts) for clause, starts in members.items()}
    respective = {clause: _respective(text, clauses, clause, starts) for clause, starts in listed.items()}
    records = []
    for quantity, clause in zip(quantities, spans, strict=True):
        quote, named, lead = _spans(text, clauses, quantity, clause, members[clause])
        quote, named = bounded(*quote, quantity.start, quantity.end), bounded(*named, quantity.start, quantity.end)
        own = respective[clause] if quantity.start >= listed[clause][0] else None  # a number of the subject: its own
        records.append(_record(text, quantity, quote, named, lead, periods, own, listed[clause]))
    return records, skipped


def _after_respectively(text: str, clause: tuple[int, int], starts: list[int]) -> list[int]:
    """The numbers of a clause's 分别 list: those after its 分别 when numbers of the subject stand before it
    (全市110报警数、刑事立案数、电信网络诈骗立案数分别下降7%、14.4%、18.8%: not 110; 15%所得税…享惠面分别增长…), not
    the start of changes (由统一的1000元分别降到…); all of them for any other clause."""
    if len(starts) < 3 or RESPECTIVELY_WORD in text[clause[0] : starts[0]]:
        return starts
    at = text.find(RESPECTIVELY_WORD, starts[0], starts[-1])
    if at < 0 or FROM_WORD.search(text, clause[0], at):  # 由统一的1000元分别降到…: the start of the changes, listed
        return starts
    after = [start for start in starts if start > at]
    return after if len(after) > 1 else starts


def _spans(
    text: str, clauses: Clauses, quantity: Quantity, clause: tuple[int, int], starts: list[int]
) -> tuple[tuple[int, int], tuple[int, int], str]:
    """The quote of a quantity, the words that name it, and a verb its list shares: its clause, narrowed to
    its 、-piece when other numbers stand in other pieces, unless a verb opening the clause governs the
    piece (扩充学前学位1500个、中小学学位7000余个); widened to the clause before when it is only a change with
    no subject (新设外资企业214家，同比增长10.9%)."""
    quote = named = clause
    lead = ""
    if len(starts) > 1:
        piece = clauses.piece(*clause, quantity.start, quantity.end)
        inside = bisect.bisect_left(starts, piece[1]) - bisect.bisect_left(starts, piece[0])
        if inside < len(starts):
            named = quote = piece
            verb = SHARED_VERB.match(text, clause[0])
            own = SHARED_VERB.match(text, piece[0]) or OWN_PREDICATE.search(text, piece[0], piece[1])
            own = own or OWN_START.match(text, piece[0]) or GROWTH_VERBS.search(text[piece[0] : quantity.start])
            own = own or REACHED_START.match(text, piece[0])
            if verb and piece[0] > clause[0] and not own:
                quote, lead = clause, verb.group("verb")
            elif not verb and piece[0] > clause[0] and not own and COUNT_FIRST.match(text, piece[0]):
                work = OPENING_WORK.match(text, clause[0])  # 集聚50名战略科学家、500名科技领军人才: 集聚 both
                doing = work.group("verb") if work else ""
                if doing and not NO_VERB.search(doing) and not PUSHING_VERB.fullmatch(doing):
                    quote, lead = clause, doing
    bare = BARE_CHANGE.match(text, named[0], quantity.start)
    if bare and quote[0] - 2 >= clauses.floor and text[quote[0] - 1] == "，":
        quote = (clauses.span(quote[0] - 2, quote[0] - 2)[0], quote[1])
    return quote, named, lead


def read_tokens(text: str, start: int, tokens: Sequence[Token]) -> tuple[list[Quantity], list[Skipped]]:
    """Each token (of the text from `start` on) read as a quantity, or skipped with its reason."""
    skipped: list[Skipped] = []
    quantities: list[Quantity] = []
    covered_until = -1
    for token in tokens:
        if token.start < covered_until:
            continue  # inside the previous quantity (the 3 of 2-3)
        reason = skip_reason(text, token)
        if reason is not None:
            skipped.append(Skipped(token, reason))
            continue
        try:
            quantity = read_quantity(text, token, floor=start)
        except ValueError:  # a numeral no report writes (万亿万亿…, too large for any quantity)
            skipped.append(Skipped(token, "malformed"))
            continue
        quantities.append(quantity)
        covered_until = quantity.end
    return quantities, skipped


# The words before a list of numbers that name no subject, only a basis and a verb (年均增长10.8%和12.3%;
# 累计分别达到19.8万人和52.43万人): the subjects are those of the clause before.
SUBJECTLESS = re.compile(
    rf"\s*(?P<basis>(?:年均|累计|同比|分别)*)(?P<verb>(?:{alternation(change_verbs(rate='yes'))}|达到|达)?)\s*"
)  # .fullmatch


BARE_LIST = re.compile(rf"[0-9.]+\s*[万亿]?(?:{alternation(ALL_UNITS)})?\s*[、和]\s*")  # .fullmatch: 10.8%和


# The verb a list of subjects shares before its numbers (轧钢、水泥、船舶产能累计减少200万吨、572万吨、44万载重吨;
# …总规模、风电光伏装机总量居全国第1、第2位), or none (改造老旧供热、燃气、排水管网800公里、600公里、300公里).
_REACHED = words("reaching_words", "word", role="verb") + words("reaching_words", "word", role="alone")
_REACHING = f"(?:{alternation(words('reaching_words', 'word', role='lead'))})?(?:{alternation(_REACHED)})"
_SCOPE = alternation(words("rank_words", "word", role="scope"))
_RANK_VERBS = alternation(words("rank_words", "word", role="verb"))
# a rank's verb, its scope, and the ranking list it is of (蝉联全国省级开发区百强榜)
_RANKING = f"(?:{_RANK_VERBS})(?:{_SCOPE})?(?:[^0-9，。；、第]{{1,10}}?榜)?"
# A list of ranks after a rank's verb alone (…分别增长7.6%、5.9%、10.4%，增速居全国第4位、第7位、第6位): the ranks of
# the clause before's subjects, read in the same order
RANKS_ONLY = re.compile(
    rf"\s*(?P<basis>(?:增速|增幅)?)(?P<verb>(?:{_RANK_VERBS})(?:{_SCOPE}))\s*"
)  # .fullmatch: 增速居全国
GROWN = re.compile("分别(?:增长|增速)")  # .search: a list of growths in the clause before ranks
GROWTH_RATE_WORD = "增速"  # what the ranks of those growths rank
BARE_RANKS = re.compile(r"第?[0-9.一二三四五六七八九十]+\s*位?\s*[、和]\s*")  # .fullmatch: 第4位、
# A list of ratios to a time's figures after the copula alone (…分别达37010元、15539元，是2015年的1.4倍、1.6倍): the
# ratios of the clause before's subjects, read in the same order
RATIOS_ONLY = re.compile(
    r"\s*(?P<basis>)(?P<verb>(?:是|为|相当于)(?:[0-9]{4}年末?|上年|去年|“?十[一二三四五]五”?末?)的)\s*"
)  # .fullmatch
# A list of changes of shares of one whole, named after the whole alone (…产值、…增加值年均增长22.9%和16.8%，占规上
# 工业比重分别提高22.9和12.5个百分点): the shares of the clause before's subjects
SHARES_ONLY = re.compile(r"\s*占[^，、占分]{2,12}?(?:比重|比例)分别")  # .match
UNSAID_TAIL = re.compile(
    rf"(?:累计|年均|同比|均)*(?:(?:{alternation(change_verbs(alone='yes'))})(?:到|至)?|{_REACHING}|{_RANKING})?$"
)
JOINED = re.compile(
    rf"(?:第?[0-9.]+|第[一二三四五六七八九十]+)\s*[万亿]?(?:{alternation(ALL_UNITS)}|位)?(?:以上|以下|左右|以内)?\s*[、和]\s*"
)  # .fullmatch: 200万吨、, 8%以上和, 第一、 (a rank in Chinese digits as in Arabic)


def _unsaid_respectively(text: str, before: str, starts: list[int]) -> str:
    """The words before a list of numbers, with 分别 put where it goes unsaid: before the verb they share,
    when they list as many subjects, joined by 、 (or, with no 、, by 和), as the numbers joined by nothing but 、
    or 和; else the words as they are."""
    words = before.rstrip()  # 授权量年均增长 17.1%和 38.3%
    tail = UNSAID_TAIL.search(words)
    subjects = words[: tail.start()] if tail else words
    joins = subjects.count("、") or subjects.count("和")  # 药品和耗材价格平均降幅50%、80%以上: two, each its own
    if joins != len(starts) - 1 or not all(JOINED.fullmatch(text, a, b) for a, b in itertools.pairwise(starts)):
        return before
    return subjects + "分别" + words[len(subjects) :]


def _listed(text: str, starts: Sequence[int]) -> Sequence[int]:
    """The numbers of a clause (at `starts`) that a list of numbers joined by 、 or 和 runs through from its
    first: the members a 分别 list can have (装备制造业、高技术制造业增加值分别增长45.3%和62.2%、占…比重均超30%)."""
    end = 1
    while end < len(starts) and JOINED.fullmatch(text, starts[end - 1], starts[end]):
        end += 1
    return starts[:end] if end > 1 else starts


# A list of gaps to wholes' figures (较全省、全国分别低11.5、31.2个百分点): gaps of the clause before's subject.
GAPS_TO_WHOLES = re.compile(
    rf"\s*(?:较|比)(?P<wholes>{WHOLE}(?:[、和]{WHOLE})+)(?:平均水平|平均)?分别(?P<verb>[高低快慢])于?\s*"
)  # .fullmatch


def _gaps_to_wholes(text: str, clauses: Clauses, clause: tuple[int, int], before: str) -> str | None:
    """The words of a 分别 list of gaps to wholes' figures, each named by the clause before's subject, the verb
    and the whole (粮食加工转化率为56.8%，较全省、全国分别低… → 粮食加工转化率低于全省、粮食加工转化率低于全国分别低);
    None for other words, or no subject before."""
    gaps = GAPS_TO_WHOLES.fullmatch(before)
    if gaps is None or clause[0] <= clauses.floor or text[clause[0] - 1] not in "，,":
        return None
    previous = clauses.span(clause[0] - 1, clause[0] - 1)
    subject, verb = clause_subject(text[previous[0] : previous[1]]), gaps.group("verb")
    wholes = re.split("[、和]", gaps.group("wholes"))
    return "、".join(f"{subject}{verb}于{whole}" for whole in wholes) + "分别" + verb if subject else None


def _respective(text: str, clauses: Clauses, clause: tuple[int, int], starts: list[int]) -> str | None:
    """The words before the first number of a 分别 list (城乡居民人均可支配收入分别增长4.8%、6.2%), which
    say what every number of the list measures, with the subject of the clause before when the list opens
    its clause (城乡居民收入分别达47301元、19546元，分别增长5.4%、6.8%); None when the clause is no such list."""
    before = text[clause[0] : starts[0]]
    if len(starts) < 2:
        return None
    if gaps := _gaps_to_wholes(text, clauses, clause, before):
        return gaps
    # a basis and a verb only (no words at all: no such list), before numbers joined by nothing but their
    # units (not 改善126所幼儿园、578所中小学办学条件)
    joined = before.strip() and BARE_LIST.fullmatch(text, starts[0], starts[1])
    bare = SUBJECTLESS.fullmatch(before) if joined else None
    if bare is None and BARE_RANKS.fullmatch(text, starts[0], starts[1]):
        bare = RANKS_ONLY.fullmatch(before)  # 增速居全国第4位、第7位: each the rank of a subject before
    if bare is None and joined:
        bare = RATIOS_ONLY.fullmatch(before)  # 是2015年的1.4倍、1.6倍: each the ratio of a subject before
    if "分别" not in before and not bare:
        before = _unsaid_respectively(text, before, starts)
    if "分别" not in before and not bare:
        return None
    shares = SHARES_ONLY.match(before)  # 占规上工业比重分别提高…: whose shares?
    if (before.startswith("分别") or bare or shares) and clause[0] > clauses.floor and text[clause[0] - 1] in "，,":
        previous = clauses.span(clause[0] - 1, clause[0] - 1)
        if "分别" not in before:  # 年均增长10.8%和12.3%: the list of the clause before, read in the same order
            basis = bare.group("basis")  # type: ignore[union-attr]  # bare here
            ranks = bare is not None and bare.re is RANKS_ONLY
            if ranks and not basis and GROWN.search(text, previous[0], previous[1]):
                basis = GROWTH_RATE_WORD  # …分别增长5.5%和8.2%，居全国第八位和第五位: the ranks of the growths
            before = f"{basis}分别{bare.group('verb')}"  # type: ignore[union-attr]
        subject = clause_subject(text[previous[0] : previous[1]])
        subject = CHANGE_AT_END.sub("", subject) if shares else subject  # …增加值年均增长22.9%和16.8%，占…: no 年均增长
        if "、" not in subject and (count := len(_listed(text, starts))) > 1:
            subject = _clauses_subjects(text, clauses, clause[0], count) or subject
        return subject + before
    return before if "分别" in before else None


ONE_NUMBER = re.compile(r"[^0-9]*[0-9][0-9.]*[^0-9]*")  # .fullmatch: a clause of one Arabic number


def _clauses_subjects(text: str, clauses: Clauses, start: int, count: int) -> str:
    """The subjects, joined by 、, of the `count` clauses before `start` in its sentence when each names one
    number (科技企业孵化器达到42家，孵化面积106万平方米，分别增长9.5倍和13.6倍 → 科技企业孵化器、孵化面积);
    empty when they are fewer or name more or none."""
    subjects: list[str] = []
    while len(subjects) < count and start > clauses.floor and text[start - 1] in "，,":
        left, right = clauses.span(start - 1, start - 1)
        if not ONE_NUMBER.fullmatch(text, left, right):
            return ""
        subjects.insert(0, clause_subject(text[left:right]))
        start = left
    return "、".join(subjects) if len(subjects) == count and all(subjects) else ""


def _with_basis(respective: str, verb: str) -> str:
    """The verb of one number of a 分别 list (each its own: 分别下降2%、增长3%) with the basis written before 分别
    that each name keeps: 年均 (年均分别增长6%: an average over years), 累计 (a running total), a year the changes
    are since (较2015年…)."""
    verb = "年均" + verb if "年均分别" in respective else verb
    verb = "累计" + verb if "累计分别" in respective else verb  # 新增…，累计分别达到…: running totals
    return since.group() + verb if (since := SINCE_YEAR.search(respective)) else verb


def _record(
    text: str, quantity: Quantity, quote: tuple[int, int], named: tuple[int, int], lead: str,
    periods: Sequence[PeriodSpan], respective: str | None = None, members: Sequence[int] = (),
) -> TargetRecord:  # fmt: skip
    """The record of one quantity quoted by text[quote] and named by text[named] (after a shared verb
    `lead`, or in a 分别 list of numbers starting at `members` after the words `respective`): its unit,
    measure, indicator and period."""
    left, right = named
    period = dated(periods, text, quantity.start)
    years = period[2] - period[1] + 1 if period else 1
    sentence = _sentence_before(text, quantity.start)  # an estimate word, or part of a year, before it
    sector = sector_share(text, quantity.start)  # 三次产业比重4.1∶40.1∶55.8: shares, in percent
    unit = "%" if sector else quantity.unit
    if not unit and "亿" in text[quantity.token.start : quantity.end]:
        unit = "元"  # amounts of 亿 and more with no unit are money
    quantity = quantity if unit == quantity.unit else replace(quantity, unit=unit)
    prefix = (respective or "") + text[left : quantity.start]
    measure = "share" if sector else infer_measure(prefix, quantity, STREAK_RUN.match(text, quantity.end) is not None)
    indicator = sector or _unestimated(indicator_name(text, left, right, quantity, measure))
    said = indicator.startswith((lead, lead.removeprefix("累计"))) or (lead and lead in indicator)  # 累计新开工…
    shared = measure != "share" or not lead  # 新建公办幼儿园37所、公办园在园幼儿占比52.5%: a share builds nothing
    if shared and not said and not is_total(indicator) and not is_size(indicator, quantity.number_text):
        indicator = lead + indicator
    if respective is not None and not respective_names(respective, len(members)):
        members = _listed(text, members)  # 45.3%和62.2%、占…比重均超30%: the list ends before the share
    if respective is not None and quantity.start in members and (names := respective_names(respective, len(members))):
        i = members.index(quantity.start)
        own = [m.group() for m in GROWTH_ANYWHERE.finditer(text, members[0], quantity.start)]  # after the first
        verb = _with_basis(respective, own[-1] if own else respective.rsplit("分别", 1)[1])  # 分别下降2%、增长3%
        name = _rate_owned(text, members[0], names, names[i % len(names)])  # 分别达6.32万元和3.05万元、增长5%和7%
        measure = measure if sector else infer_measure(name + verb, quantity)  # 居民消费价格涨幅、失业率分别…
        indicator = respective_indicator(name, verb, measure, quantity.unit)
        if FROM_WORD.match(respective.rsplit("分别", 1)[1]) and not TO_WORD.search(text, members[0], quantity.start):
            indicator += START  # 分别从每人每月195元、261元提高到202元、270元: 195 and 261 the starts of the changes
    entry = link(indicator, unit, measure, years)
    indicator = _unopened(indicator) if entry else indicator
    kind, period_start, period_end = _record_period(period, indicator)
    direction = infer_direction(prefix[-12:], measure)
    if direction == "down" and quantity.value < 0:  # 下降-3%: the minus repeats the fall (3, down)
        quantity = replace(quantity, value=-quantity.value)
    return TargetRecord(
        kind=kind, period_start=period_start, period_end=period_end, indicator=indicator,
        value=quantity.value, value_max=quantity.value_max, unit=unit,
        qualifier=quantity.qualifier if respective is None else _shared_qualifier(text, quantity, members),
        measure=measure, number_text=quantity.number_text, number_start=quantity.start, number_end=quantity.end,
        token_start=quantity.token.start, quote=text[quote[0] : quote[1]], char_start=quote[0], char_end=quote[1],
        direction=direction,
        indicator_id=_linked(text, quantity.start, sentence, entry),
        estimate=bool(ESTIMATE.search(sentence)),
    )  # fmt: skip


def _rate_owned(text: str, first: int, names: list[str], name: str) -> str:
    """One name of a 分别 list (of two of each kind, 分别达6.32万元和3.05万元、增长5%和7%), a bare rate of handling
    with whose it is (解决率、满意率分别提升至94%和95%: `respective_rate_owner`)."""
    return respective_rate_owner(text, first, names) + name if RATE_OF.fullmatch(name) else name


def _record_period(period: Period | None, indicator: str) -> tuple[str | None, int | None, int | None]:
    """A record's kind and years: its figure's period; a change's starting figure's baseline (从500元提高到600元)."""
    if period is None:
        return None, None, None
    return baseline(period) if indicator.endswith(START) else period


def _shared_qualifier(text: str, quantity: Quantity, members: Sequence[int]) -> str:
    """The qualifier of a number of a 分别 list: the word right after 分别 qualifies every number that has none of
    its own (分别超66%、39.5%: both over)."""
    first = members[0] if members else quantity.start
    if quantity.qualifier != "exact" or first == quantity.start or not text.endswith("分别", 0, first):
        return quantity.qualifier
    return next((meaning for word, meaning in PREFIX_QUALIFIERS if text.startswith(word, first)), quantity.qualifier)


def _linked(text: str, start: int, sentence: str, entry: str | None) -> str | None:
    """The catalogue entry of the quantity at `start`, unless its sentence speaks of part of a year or of
    part of the region; those two are read only for a quantity that links to an entry (a few)."""
    return None if entry is None or _part_of_year(sentence) or _of_part(text, start) else entry


def _unopened(name: str) -> str:
    """A catalogue indicator's name without the verb of doing that opens it (完成地区生产总值5400亿元 → 地区生产总值),
    which the catalogue sets aside to link it; the name as it is when nothing else is left."""
    return DONE_OPENING.sub("", name) or name


def _unestimated(name: str) -> str:
    """The name without estimate words, which the record's `estimate` flag says instead (预计地区生产总值 →
    地区生产总值); the name as it is when nothing else is left."""
    return ESTIMATE.sub("", name) or name


def _sentence_before(text: str, start: int) -> str:
    """The words of the sentence before the number at `start` (at most a quote's length)."""
    return text[after_last(text, max(0, start - MAX_QUOTE), start, "。；！？\n") : start]


def _part_of_year(sentence: str) -> bool:
    """Whether the words of a sentence before a number speak of part of a year (一季度，…增长6.6%), so that
    the figure is not the year's quantity of the catalogue, unless 全年 follows."""
    found = [m.end() for m in PART_OF_YEAR.finditer(sentence)]
    return bool(found) and "全年" not in sentence[found[-1] :]


def _of_part(text: str, start: int) -> bool:
    """Whether the nearest word of scope before the number in its sentence, or else in its paragraph's lead
    sentence, names a part of the region as its subject (生产建设兵团…，生产总值增长6.9%; a paragraph that
    opens 雄安新区建设取得新进展。), so that the figure is not the region's quantity of the catalogue; a word
    of the whole (全区地区生产总值…) after it gives the figure back to the region."""
    paragraph = after_last(text, max(0, start - PARAGRAPH_REACH), start, "\n")
    if not PART_WORD.search(text, paragraph, start):  # the common case: no part named at all, one quick search
        return False
    sentence = after_last(text, paragraph, start, "。；！？")
    before = text[paragraph:sentence]  # the paragraph's sentences before this one
    lead = before[: before.find("。") + 1] if "。" in before else ""
    found = REGION_SCOPE.findall(lead + text[sentence:start])
    return bool(found) and found[-1].endswith(REGION_PART)


def targets(
    text: str, start: int = 0, end: int | None = None, periods: list[PeriodSpan] | tuple[PeriodSpan, ...] = ()
) -> list[TargetRecord]:
    """The target records of text[start:end]; see the module docstring for the rules."""
    return scan(text, start, end, periods)[0]
