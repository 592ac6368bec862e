"""The genre's words as data, keyed by concept (`vocabulary/*.csv`, one word a line with an example
sentence that a test reads), and the expressions built from them, longest first, as dateparser and
quantulum3 keep a language's words: adding a phrasing is one line and its example.

- `change_verbs.csv`: verbs of change. `direction` up or down; `growth`, a percentage after it is a
  growth rate; `alone`, a name that is only this verb takes its sentence's subject; `rate`, a growth
  named by it ends in 率 (…增长率); `bare`, a clause that is only this change quotes the clause before;
  `noun`, what a growth named by it is called instead (上涨 → 涨幅: 居民消费价格涨幅).
- `qualifiers.csv`: words that qualify a number (约 approx, 以上 at_least …), by where they stand.
- `units.csv`: units in the order they are tried; `bound`, kept in the number's text (%, 倍);
  `counts`, a level in it is a count (个, 所 …); `noun`, what a level in it measures (人数, 面积, 长度);
  `as`, the unit as rows name it where that is not the word written (个百分点 → 百分点, 个月 → 月); `streak`,
  a streak's length may be counted in it (连续6年, 连续36个月, 连续3届: a duration); `time`, a length of time
  may be (停工4年, 仅用22天: a duration after a `duration` word of `measure_words.csv`); `scaled`, a unit only
  after 万 or 亿 (38.5亿方: cubic metres, unit 方; 15方成员: parties, no unit).
- `streak_words.csv`: words of a streak written after its length (十八连涨, 十五连丰), with the unit it is counted in
  and what it `reads` as after 连续 in a name (连提 → 连续提高):
  the number before one is a streak's length, a duration, even in bare Chinese digits.
- `status_phrases.csv`: where a project stands (`status`), and whether the phrase `closes` a clause after
  the names (…建成投用) or `opens` one before them (加快建设…); one that opens or closes `works` does so only
  with the name of a physical work (天水、夏河机场复航, not …客运航线复航), an ending marked `works` in
  `name_endings.csv` (改造…路, not 改造…服务中心), and one
  that opens `counted` only before a 等 tail that counts the names and names their kind (打造…等20大…园区), and
  one that opens `tailed` only before names that their building work closes (做好…航道建设, not 做好保交楼…工作),
  and one that opens `ungraded` only before a name no national or provincial grade opens (申建甲乙综保区, not
  申建国家级…示范项目: a title), and one that closes `striven` only a clause a verb of striving of `list_words.csv`
  opens (争取甲乙产业园落地实施, not 抓好甲乙项目落地实施), and one that closes `named` a clause no verb of striving
  opens only after names that end as names do by themselves, count no group and that no `title_end` of
  `list_words.csv` ends (甲乙口岸获批, not 甲乙示范区获批: a title won; after 力争, any names).
- `label_words.csv`: words that make a number touching them a label, by the number's sort and side
  (第一批, 80周年, 二十大, 每万人), with the reason it is set aside; tried in file order. An `after_count`
  word labels the number before it only after a count of what it names (连跨4个千亿台阶, not 迈上万亿台阶).
- `period_openers.csv`: the words by which a paragraph opening (过去五年, 今年) or a chapter heading
  (回顾, 目标) says its period: kind, and for openings (and headings that say them: 本届政府) the years
  counted from the report's; `year_lead` words may stand before the year a paragraph opens with
  (刚刚过去的2022年), `opener_lead` words before its opening phrase or plan (回顾过去五年); a paragraph phrase with a
  gap (这是…的五年) is a frame of the paragraph's whole first sentence.
- `list_words.csv`: the words around lists, by role: a `kind_tail` after 等 names every piece a project
  (京津塘、津沧等高速公路), perhaps followed by a `kind_work` done on them (…等重点河流综合治理), a
  `leading_verb` or an `adverb` opens a clause without being part of a name (推动…, 高标准规划建设…), a
  `status_adverb` belongs to the status (相继建成投用), a `shared_verb` governs
  the pieces of a list of quantities (扩充学前学位1500个、中小学学位7000余个) unless a piece ends in an
  `own_predicate` (…、老旧小区5个改造); a `work_tail` after names says the work they are under and is
  no part of them (加快甲乙医院建设进度, 推进市规划展览馆迁建); a `chain_verb` after the opening verb names that
  work too (启动实施…, 加快创建…); a `grade` word leaves a kind of thing a kind (重点片区, 重大项目), and a
  `sector` written alone is a field of work, no name, and makes its list one of kinds (航空、铁路口岸), a `firm_tail`
  after 等 makes the list one of enterprises, no projects (…、万达购物中心等大型商贸企业), a `work_verb` opening a
  piece is no part of its name (推进新建聊城机场、迁建威海机场等前期工作); the 和 of an
  `and_word` joins no two names (碳中和), a `serving` word joins a work and what serves it into one name
  (…气化站及配套管道); `topic_end` ends a topic before the verb (…方面), `stage` a stage of
  the work before the status (…前期), a `first_step` a step joined by 并 to the status, no part of the names
  (…获批并尽快开工建设), a `hastening` verb opening the clause makes a planning-and-building status
  closing it one of works under way (加快…规划建设: in_progress), an `object_marker` and a `making_verb` frame
  names made into something (把…打造成), a `group_word` in a piece makes it a group, no name (一批, 各类), a
  `stretch` ending a piece makes it a stretch of land along a work, no name (…沿线), and a `policy_verb` makes a
  count of articles ending a topic in its clause a package's name (出台稳增长30条); a `clause_verb` after a
  subject makes a 、-piece a clause of its own, no part of the next piece's name (广交会全面恢复线下举办、出口成交额
  增长10% → 广交会出口成交额增长率); a verb `done_in_review` makes or remakes a work (改造提升, 新建提升): under way
  in a plan, completed in a review of the past; a `title_end` ends a title won or a plan, whose approval (获批) is no
  work's (…自主创新示范区获批, …总体规划); a verb of `striving` (争取, 力争) opening a clause lets a `striven`
  phrase of `status_phrases.csv` close it (力争甲乙产业园、丙丁三期落地实施: planned) and a `named` one close it after
  any names (力争甲乙示范区获批); a `topic_verb` ending a clause before
  a list of bare predicates and their counts names the work they count (参与老旧小区改造，开工127个、完工59个); a
  `coverb` right before a count (对, 与, 以, 为) makes the count one of the things after it, named by what its clause
  does with them, from its `coverb_verb` (对284个企业投资项目实行“不见面审批” → 实行“不见面审批”的企业投资项目数),
  or by the things alone in 以…为…; a `firm_tail` or a `field_tail` right after 等 (…等重点领域) makes the list one
  of enterprises or fields of work, and an `all_kinds` word after 等 (等各类设施) one of kinds, no names; a
  `programme` word before 工程 makes it a programme of policy, no work (文化惠民工程), a `graded_group` ending a
  piece makes it a group (“十四五”重大工程), a `city_role`, perhaps after `role_scope` words, is a city's role or a
  title it holds (国际消费中心), and a `linked` word ending a piece in 互通 says things are linked (互联互通): none a
  name; an `access` word before 开放 says how a place already open serves the public (免费开放, 延时开放): no opening;
  a `bore` ends a tunnel's name, whose 贯通 is a topping out; a `coded_work` after each count of a quoted code of
  two counts or more makes it a bundle of works named as one, a name (“两馆六中心”, “一城三园”); and a `pair`
  word is two members sharing a tail that name a 分别 list's two numbers in turn (存贷款: 存款, 贷款).
- `name_endings.csv`: how project names end (…总部, …校区, …隧道, …线一期), each with an example; an ending
  written alone is a kind of thing (学校, 园区), no name, unless it is marked `alone` (启动区: one place);
  `works`, it names a physical work (a road, line, bridge, tunnel, airport, port, plant, hospital, school,
  park), which a `works` opener of `status_phrases.csv` may govern.
- `category_words.csv`: words that give a project name its category (医院 → health), tried in file
  order: the first word a name holds decides.
- `place_words.csv`: the suffixes of place words that open a name and are its location, not part of it
  (张家湾镇…, 运河商务区…), each with how many characters may stand before it and the characters that may
  not stand before or after it (集镇, 乡村 and 高新区 are no places).
- `kind_words.csv`: what follows a place word when it only says what kind of thing stands there, so that
  the place stays in the name (潞城镇城中村改造项目): `modifier` words, then one `head`.
- `reaching_words.csv`: verbs of reaching that end an indicator's words and are no part of them
  (森林覆盖率提升至 → 森林覆盖率): a `verb`, perhaps after a `lead` word, or a word that reaches `alone`; and an
  `adverb` of time or manner before a bound (首次突破, 均超过 → no 首次, 均), not one of a total (累计, 共).
- `rank_words.csv`: the words of a rank (…稳居全市第一 → …全市排名): an `adverb`, a `verb`, and the
  `scope` that the indicator keeps; and a word that is itself the rank of `first` (首位, 之首, 榜首).
- `share_words.csv`: words before a percentage that make it a share, not a growth (城镇化率达到70%).
- `measure_words.csv`: what is measured of a subject named earlier in the sentence: a `bare` word that
  alone names no quantity (、产量820亿斤), and the `subject_end` words that end that subject in the words
  before (粮食播种面积1亿亩、产量820亿斤 → 粮食产量); an `attribute` before an amount, 的 and a noun, which is
  what the amount measures of the noun (总投资657.5亿元的229个水利项目 → 水利项目总投资), or alone after a count of
  things, of those (签约项目28个、总投资71亿元 → 签约项目总投资); a `duration` word, after
  which a number in a unit of time is a length of time (停工4年, 提前2年, 仅用22天); a measure that `needs_owner`
  opening a name with no subject (增加值年均增长5.1%, 总量保持全省第2位), whose is the subject of the nearest piece
  before it in its sentence (规上工业企业达到340户以上，增加值… → 规上工业企业增加值年均增长率); a `unit_owner`
  anywhere in a name (or a `unit_owner_end` ending it) is counted in 户 by itself (新登记市场主体4.3万户 → …数), where
  elsewhere 户 counts households (新改造老旧小区38.9万户 → …户数); a `count_verb` and what it counts (接待游客) is
  an item of a list measured by itself, taking no head of the last item (接待游客、旅游收入分别增长…); a measure
  a bound amount is `threshold_of` before a kind of things counted after it (生产总值超过百亿的县达到30个 → 县生产总值),
  as are the measures of money among the others (营业收入超千亿元开发区达7家 → 开发区营业收入); an `object_verb` is
  a verb of work done to things which, alone before the count of a piece, counts the things the piece before counts,
  and in that piece stands before them (修改政府规章11件、废止4件 → 废止政府规章数).
- `part_of_year_words.csv`: words by which a sentence speaks of part of a year (一季度, 上半年): its
  figures are not the year's quantity of the catalogue.
- `region_scope_words.csv`: the words that say whose figure a sentence gives: a `part` of the region as
  the subject of a clause (生产建设兵团…, 雄安新区…: not the region's quantity of the catalogue), the `whole`
  of it (全省, 我市: the region's again, and no part of an indicator's name), and a `verb` that makes a part
  word after it its object (推进经开区改革).
- `leading_words.csv`: words that may open an indicator's words and are no part of its name: a `time`
  (全年, 今年), the whole region's `scope` (全市), a `link` to the sentence before (同时, 其中), and an
  `intent` with its time (力争, 确保, 年底前): 力争年底前农村生活污水治理率超75% → 农村生活污水治理率, and a verb
  that `achieve`s an amount (实现营收500亿元 → 营收), and a verb of `effort` that says only that work is done on
  what is counted (突出抓好, 紧盯, 做强做大, 加快): 做强做大14个重点平台 → 重点平台数.
- `span_words.csv`: words by which a clause says a span of its own (`years`: 年均, 累计, 连续; `year`: 全年,
  去年), so that the year or five years an earlier clause of its sentence opens with (2020年，…; 五年来，…) do
  not date it.
- `estimate_words.csv`: words that mark a figure as an estimate (预计, 初步统计), no part of what it measures
  and no date of its own (预计2022年… is a figure of 2022).
- `per_units.csv`: what a unit is counted per, after a slash (118元/月, 5600吨/日, 41万元/亩): part of the
  unit (元/月), no part of the name.
- `implied_units.csv`: nouns after a bare count that say what it counts (8.4万群众 → 人), the noun left to
  the indicator's name.
- `predicate_words.csv`: the words that open the predicate after a counted noun opening its clause
  (456个重大项目全面实施): a `verb`, which the indicator puts before the noun (实施重大项目数), perhaps after an
  `adverb` of manner, which it drops; and after a verb and a count, the `head` a counted noun ends in and the
  `work` done on it, which the indicator puts before the noun (推进6个集租房项目建设 → 推进建设集租房项目数).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "vocabulary"


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The entries of `vocabulary/NAME.csv`, in file order."""
    with (FOLDER / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


def words(name: str, column: str, **where: str) -> list[str]:
    """Column `column` of the entries of `name` whose columns hold the values `where` gives (`yes` for a
    flag), in file order."""
    return [row[column] for row in rows(name) if all(row[key] == value for key, value in where.items())]


def alternation(found: Iterable[str]) -> str:
    """A regular-expression alternation of `found`, each escaped, longest first (so that 下降 is tried
    before 降, and 全线通车 before 通车), gathered by first character (`by_first_character`)."""
    return by_first_character((word, re.escape(word)) for word in sorted(dict.fromkeys(found), key=len, reverse=True))


def in_order(found: Iterable[str]) -> re.Pattern[str]:
    """`found` as one alternation in the order given: `.match` at a position gives the first of them that
    starts there, as a loop over them with `str.startswith` would, in one call."""
    return re.compile(by_first_character((word, re.escape(word)) for word in found))


def by_first_character(branches: Iterable[tuple[str, str]]) -> str:
    """(word, its regular expression) pairs as one alternation in the order given, the branches gathered under
    the word's first character (建(?:成投用|设)|加快): at a position the engine tries only the branches that open
    with its character, in the same order, so that every match is the flat alternation's, in fewer steps.
    Each expression must open with its word's first character, escaped, and be one branch (no | outside a
    group); a word may not be empty."""
    groups: dict[str, list[str]] = {}
    for word, pattern in branches:
        first = re.escape(word[:1])
        if not word or not pattern.startswith(first):
            raise ValueError(f"{pattern!r} does not open with the first character of {word!r}")
        groups.setdefault(first, []).append(pattern[len(first) :])
    return "|".join(
        first + rest[0] if len(rest) == 1 else f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items()
    )


def estimate_words() -> str:
    """The words that mark a figure as an estimate (预计, 初步统计 …), as an alternation."""
    return alternation(words("estimate_words", "word"))


def region_words(scope: str) -> str:
    """The words of `region_scope_words.csv` of one scope (part, whole, verb), as an alternation."""
    return alternation(words("region_scope_words", "word", scope=scope))


def change_verbs(**where: str) -> list[str]:
    """The verbs of change whose columns hold `where` (change_verbs(growth="yes"), direction="down" …)."""
    return words("change_verbs", "word", **where)


def qualifiers(position: str) -> list[tuple[str, str]]:
    """(word, qualifier) of every qualifier word standing `before` a number, `after` it, or right
    `after_magnitude` (1700余亿), in file order."""
    return [(row["word"], row["qualifier"]) for row in rows("qualifiers") if row["position"] == position]


def status_phrases(role: str, value: str = "yes") -> list[tuple[str, str]]:
    """(phrase, status) of every phrase that `closes` or `opens` a clause, in file order; `value` "works" for
    the phrases that open one only before the name of a physical work (改造…路), "counted" for those that open
    one only before a counted 等 tail naming a kind (打造…等20大…园区), "tailed" for those that open one only
    before names closed by their building work (支持…产业园建设), "quality" for those that open one only before
    names closed by the quality improved (提升…度假区的保护和开发水平), "striven" for those that close one only after a
    verb of striving opens it (力争…落地实施), "named" for those that close one a verb of striving does not
    open only after names that end as names do by themselves (陕皖电力通道获批)."""
    return [(row["phrase"], row["status"]) for row in rows("status_phrases") if row[role] == value]
