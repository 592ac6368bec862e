"""Numbers as Chinese reports write them: Arabic and Chinese numerals, magnitudes, ranges, qualifiers.

Two jobs, both pure:
- `number_tokens(text)` finds every number token: each run of Arabic digits (with a decimal point), and
  each Chinese numeral that carries a magnitude (十百千万亿), a fraction word (八成) or a rank (第一,
  首位, 榜首, 前三位), or counts a streak (连续三年). This is what the completeness accounting counts.
- `read_quantity(text, token)` reads the quantity around a token: qualifier words before and after,
  a range (2-3), the magnitude (1.4万, 1700亿, 1700余亿), 余/多, a minus sign (增长-2%), 百分之X, the unit
  (个, 平方米, 千瓦, %, 个百分点, 倍…), and returns its value with the magnitude applied (1.4万 -> 14000;
  八成 and 8成 -> 80 with unit %; 一万五 -> 15000).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from operator import attrgetter

from .vocabulary import alternation, in_order, qualifiers, rows, words

DIGITS = "0123456789０１２３４５６７８９"
# Digits with a decimal point, or grouped by thousands (1,234.5: a comma before exactly three digits), or
# a decimal point with no digit before it (.5%: 0.5, not 5).
ARABIC = re.compile(
    r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:[.．][0-9]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?|\.(?<![0-9０-９A-Za-z.．]\.)[0-9]+"
)
CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10**4, "亿": 10**8}
COUNTERS = "个项条家座所名批大"  # words that count what follows a numeral (三个, 两项)
CHINESE = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+")
HAS_MAGNITUDE = re.compile("[十百千万亿]")  # .search: a run that is more than bare digits
FRACTION = re.compile(r"([一二三四五六七八九十]+)分之([一二三四五六七八九十]+)")  # 三分之一; 百分之 is a percent
SLASH_FRACTION = re.compile(r"[/／]([1-9][0-9]?)(?![0-9.]|[/／]|小时)")  # the /3 of 1/3, 1／4 (not 2023/1/3, 7/24小时)
MAX_CODE = 32  # characters a code or a date of digits and dashes may span
RANK_WORD = in_order(words("rank_words", "word", role="first"))  # a rank written as a word: first (首位, 榜首)
# A top group a rank falls in (前3位, 前三位, 前200名): a rank of at most the number; the sorts of a rank's token.
TOP_END = "位名"
RANK_SORTS = ("ordinal", "rank_word", "top")
MAGNITUDE = re.compile(r"(?:万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千|百)")

# Qualifier words (vocabulary/qualifiers.csv), tried in file order, longest first within each position. A
# word belongs to the number only when it touches it: before it, after its magnitude (1700余亿), after it.
PREFIX_QUALIFIERS = qualifiers("before")
APPROX_AFTER_MAGNITUDE = qualifiers("after_magnitude")
SUFFIX_QUALIFIERS = qualifiers("after")


def _by_last(pairs: list[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """(word, meaning) pairs by the last character of the word, in the same order: a number tries only the
    words that can touch it."""
    out: dict[str, list[tuple[str, str]]] = {}
    for word, meaning in pairs:
        out.setdefault(word[-1:], []).append((word, meaning))
    return out


PREFIX_BY_LAST = _by_last(PREFIX_QUALIFIERS)

# Units (vocabulary/units.csv), tried in file order, longest first. Percent signs and multiples are bound
# to the number and kept in number_text.
BOUND_UNITS = words("units", "unit", bound="yes")
UNITS = words("units", "unit", bound="", scaled="")
ALL_UNITS = (*BOUND_UNITS, *UNITS)
BOUND_UNIT, UNIT = in_order(BOUND_UNITS), in_order(UNITS)
# A unit as its rows name it, where that differs from the word written (％ → %, 个百分点 → 百分点, 个月 → 月).
UNIT_NAMES = {row["unit"]: row["as"] for row in rows("units") if row["as"]}
# Units read only after a magnitude (38.5亿方, 500万方: cubic metres), not after a bare count (15方成员: parties).
SCALED_UNITS = tuple(words("units", "unit", scaled="yes"))
SCALED_UNIT = in_order(SCALED_UNITS)
# What a unit is counted per, written after a slash (元/月, 吨/日, 平方米/人), from `per_units.csv`: part of the unit.
PER_UNIT = re.compile(rf"[/／]({alternation(words('per_units', 'word'))})")
# Units a streak's length is counted in (连续6年, 连续36个月, 连续3届), as rows name them.
STREAK_UNITS = frozenset(UNIT_NAMES.get(u, u) for u in words("units", "unit", streak="yes"))
# Units a length of time is counted in (停工4年, 仅用22天, 长达17天), as rows name them.
TIME_UNITS = frozenset(UNIT_NAMES.get(u, u) for u in words("units", "unit", time="yes"))
# The word that opens a streak (连续6年), and the units written after its length.
STREAK_WORD, STREAK_UNIT_WORDS = "连续", tuple(words("units", "unit", streak="yes"))
# A streak written as the number and a word of winning or rising in a row (六连冠, 十八连涨: `streak_words.csv`),
# with the unit it counts in.
STREAK_RUN_UNITS = {row["word"]: row["unit"] for row in rows("streak_words")}
STREAK_RUN = in_order(STREAK_RUN_UNITS)
# Bare numbers listed before the last one's bound unit share it (分别增长3.6、6.1%; 分别低11.5、31.2个百分点).
SHARED_BOUND = re.compile(rf"(?:、[0-9]+(?:\.[0-9]+)?)+ ?({'|'.join(re.escape(u) for u in BOUND_UNITS)})")
# Numbers listed with 个 before the last one's 个百分点 (分别高于全国2个、1.3个、6.1个百分点): percentage points each.
SHARED_POINTS = re.compile(r"个(?:、[0-9]+(?:\.[0-9]+)?个)+百分点")
POINTS = "百分点"
# Nouns opening with a unit's character (百亿项目: the 项 of 项目; 万亿台阶: the 台 of 台阶), which give a magnitude
# before them no unit of their own.
NOUNS_OPENING_WITH_A_UNIT = ("项目", "台阶")
# Nouns that say what a bare count counts (8.4万群众: 人), from `implied_units.csv`.
IMPLIED_UNITS = [(row["word"], row["unit"]) for row in rows("implied_units")]
IMPLIED_UNIT, UNIT_IMPLIED = in_order(w for w, _ in IMPLIED_UNITS), dict(reversed(IMPLIED_UNITS))
RANGE_DASH = "-－~～至到—–"
# Digits joined by dashes that are no ascending range: codes in names (747-400, 25-1, 1-1) and dates
# (2015-02-09); each of their numbers is a label.
DASHED = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:[-－][0-9]+(?:\.[0-9]+)?)+")
MINUS = "-－−"
MAGNITUDE_UNITS = tuple(u for u in UNITS if u[0] in "十百千万亿")  # 10千瓦 is ten kilowatts, not 10000


@dataclass(frozen=True)
class Token:
    """A number token: where it is, how it is written, and what sort it is."""

    start: int
    end: int
    text: str
    sort: str  # arabic | chinese | fraction | ordinal | rank_word


@dataclass(frozen=True)
class Quantity:
    """A number read with everything that belongs to it."""

    token: Token
    start: int  # number_text span: qualifier words, numeral, magnitude, 余, bound unit, trailing qualifier
    end: int
    number_text: str
    value: Decimal
    value_max: Decimal | None
    unit: str
    qualifier: str
    unit_end: int  # where the unit (if any) ends, for finding what is measured after it


def _is_digit(char: str) -> bool:
    return char != "" and char in DIGITS


def number_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Every number token in text[start:end], in text order."""
    end = len(text) if end is None else end
    found: list[Token] = []
    for match in ARABIC.finditer(text, start, end):
        (s, e), digits = match.span(), match.group()
        ordinal = s > start and text[s - 1] == "第" and "." not in digits
        top = s > start and _tops(text, s, e) and "." not in digits
        sort = "ordinal" if ordinal else "top" if top else ""
        found.append(Token(s - 1, e, text[s - 1 : e], sort) if sort else Token(s, e, digits, "arabic"))
    fractions = []  # 三分之一: looked for only in a text that writes 分之 (its numerals are common characters)
    if text.find("分之", start, end) >= 0:
        fractions = [(m.start(), m.end()) for m in FRACTION.finditer(text, start, end)]
    found += [Token(s, e, text[s:e], "fraction") for s, e in fractions]
    for match in CHINESE.finditer(text, start, end):
        s, e, run = match.start(), match.end(), match.group()
        streak, top = counts_a_streak(text, s, e), s > start and _tops(text, s, e)
        if text[s - 1 : s] != "第" and text[e : e + 1] != "成" and not HAS_MAGNITUDE.search(run) and not streak | top:
            continue  # bare digits (一是, 进一步), most runs: no token of any sort, whatever the rules below say
        if fractions and any(a <= s < b for a, b in fractions):
            continue  # a numeral of 三分之一
        if len(run) > 1 and run.endswith("千") and text.startswith("瓦", e):
            e, run = e - 1, run[:-1]  # 千亿千瓦时: the last 千 is the unit's
        if len(run) > 2 and run[-1] in CN_DIGIT and run[-2] in "万亿" and text[e : e + 1] in COUNTERS:
            e, run = e - 1, run[:-1]  # 七千亿三个千亿关口: the 三 counts what follows
        if s > 0 and _is_digit(text[s - 1]):
            continue  # a magnitude of the Arabic number before it (1.4万, 1700亿)
        if run.startswith("百") and text[e : e + 1] == "分" and (s == 0 or text[s - 1] in "个的"):
            continue  # the unit word 百分点 / 百分之
        if run.startswith("百分") or (run == "百" and text[e : e + 2] in ("分点", "分之")):
            continue
        if s > 0 and text[s - 1] == "第":
            found.append(Token(s - 1, e, text[s - 1 : e], "ordinal"))
        elif top:
            found.append(Token(s - 1, e, text[s - 1 : e], "top"))
        elif text[e : e + 1] == "成" and all(c in CN_DIGIT or c == "十" for c in run) and run.strip("零〇"):
            # not 零成 (清零成果, “零成本”): no report writes a share of nought tenths
            found.append(Token(s, e, run, "fraction"))
        elif streak or any(c in "十百千万亿" for c in run):
            found.append(Token(s, e, run, "chinese"))
    for match in RANK_WORD.finditer(text, start, end):
        found.append(Token(match.start(), match.end(), match.group(), "rank_word"))
    return sorted(found, key=attrgetter("start", "end"))  # (start, end) read in C


def counts_a_streak(text: str, start: int, end: int) -> bool:
    """Whether the numeral at text[start:end] counts a streak (连续三年, 连续两个月, 连续六届, 六连冠, 十八连涨): a
    quantity even as bare digits."""
    after_streak_word = text.endswith(STREAK_WORD, 0, start) and text.startswith(STREAK_UNIT_WORDS, end)
    return after_streak_word or STREAK_RUN.match(text, end) is not None


def _tops(text: str, start: int, end: int) -> bool:
    """Whether the numeral at text[start:end] bounds a top group: 前 before it, 位 or 名 after (前3位, 前三位)."""
    return text[start - 1 : start] == "前" and text[end : end + 1] in TOP_END and end < len(text)


MAX_YI = 8  # 亿 scales all before it: more than a few 亿 in one numeral is no number a report writes


def chinese_value(numeral: str) -> Decimal:
    """The value of a Chinese numeral: 十一 -> 11, 两 -> 2, 千 -> 1000, 三万五千 -> 35000, 万亿 -> 1e12.

    A bare magnitude counts as one of it (千亿 -> 1e11). Raises ValueError for a string that is not one.
    """
    if not numeral or any(c not in CN_DIGIT and c not in CN_UNIT and c not in CN_BIG for c in numeral):
        raise ValueError(f"not a Chinese numeral: {numeral!r}")
    if numeral.count("亿") > MAX_YI:
        raise ValueError(f"a Chinese numeral with {numeral.count('亿')} 亿 is no quantity: {numeral[:20]!r}…")
    if len(numeral) >= 3 and numeral[-1] in CN_DIGIT and numeral[-2] in "百千万" and numeral[-3] in CN_DIGIT:
        # 一万五 = 15000, 两千五 = 2500, 三百六 = 360: a last digit after 百/千/万 counts the next unit down
        step = {"百": 10, "千": 100, "万": 1000}[numeral[-2]]
        return chinese_value(numeral[:-1]) + CN_DIGIT[numeral[-1]] * step
    total = Decimal(0)  # everything already scaled by 万 or 亿
    section = Decimal(0)  # the current group below 万
    digit = Decimal(0)
    for char in numeral:
        if char in CN_DIGIT:
            digit = Decimal(CN_DIGIT[char])
        elif char in CN_UNIT:
            section += (digit or 1) * CN_UNIT[char]
            digit = Decimal(0)
        elif char == "万":
            total += (section + digit or Decimal(1)) * CN_BIG["万"]
            section, digit = Decimal(0), Decimal(0)
        else:  # 亿 scales everything before it: 万亿 -> 1e12, 三亿 -> 3e8
            total = (total + section + digit or Decimal(1)) * CN_BIG["亿"]
            section, digit = Decimal(0), Decimal(0)
    return total + section + digit


HALF_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


def arabic_value(digits: str) -> Decimal:
    """The value of an Arabic numeral, full-width digits and points included."""
    normal = digits.translate(HALF_WIDTH).replace(",", "")
    try:
        return Decimal(normal)
    except InvalidOperation:
        raise ValueError(f"not an Arabic numeral: {digits!r}") from None


@cache  # a handful of words (万, 亿, 万亿 …), read for every number that has one
def magnitude_value(word: str) -> Decimal:
    """The multiplier of a magnitude word after an Arabic number: 万 -> 1e4, 亿 -> 1e8, 万亿 -> 1e12."""
    return chinese_value(word) if word else Decimal(1)


class _Words:
    """(word, meaning) pairs tried in order at a position, in one regex call."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.pattern = in_order(word for word, _ in pairs)
        self.meaning = dict(reversed(pairs))  # the first meaning listed for a word wins, as in the loop

    def at(self, text: str, at: int) -> tuple[str, str] | None:
        """The first pair whose word starts at `at`, or None."""
        found = self.pattern.match(text, at)
        return (found.group(), self.meaning[found.group()]) if found else None


AFTER_MAGNITUDE, AFTER = _Words(APPROX_AFTER_MAGNITUDE), _Words(SUFFIX_QUALIFIERS)


def _prefix_qualifier(text: str, at: int, floor: int) -> tuple[int, str]:
    """A qualifier word ending exactly at `at` (and not before `floor`): its start and meaning."""
    for word, meaning in PREFIX_BY_LAST.get(text[at - 1 : at] if at else "", ()):
        start = at - len(word)
        if start >= floor and text[start:at] == word:
            return start, meaning
    return at, "exact"


def read_quantity(text: str, token: Token, floor: int = 0) -> Quantity:
    """Read the quantity written around `token` (qualifiers, range, magnitude, 余, unit)."""
    value, value_max, pos, unit, qualifier = _numeral(text, token)
    if found := AFTER_MAGNITUDE.at(text, pos):
        qualifier = found[1]
        pos += len(found[0])
    unit, number_end, unit_end = _unit(text, pos, unit)
    if found := AFTER.at(text, unit_end):
        qualifier = found[1]
        number_end = unit_end + len(found[0])
    value, first = _signed(text, token, value, floor)
    if text[max(floor, first - 3) : first] == "百分之" and first - 3 >= floor:
        unit, first = "%", first - 3  # 百分之八十 = 80%
        if number_end == token.end and qualifier == "exact":
            number_end = unit_end = token.end
    start, before = _prefix_qualifier(text, first, floor)
    if before != "exact" and qualifier == "exact":
        qualifier = before
    elif before == "exact":
        start = first
    return Quantity(
        token=token, start=start, end=number_end, number_text=text[start:number_end], value=value,
        value_max=value_max, unit=unit, qualifier=qualifier, unit_end=unit_end,
    )  # fmt: skip


def _numeral(text: str, token: Token) -> tuple[Decimal, Decimal | None, int, str, str]:
    """The numeral's value (and a range's upper end), where it ends, and a unit or qualifier it implies."""
    if token.sort == "arabic":
        return _arabic(text, token)
    if token.sort == "fraction" and (parts := FRACTION.fullmatch(token.text)):
        share = percent_of(chinese_value(parts.group(2)), chinese_value(parts.group(1)))
        return share, None, token.end, "%", "exact"  # 三分之一 -> 33.33 (%)
    if token.sort == "fraction":
        return chinese_value(token.text) * 10, None, token.end + 1, "%", "exact"  # 八成 -> 80 (%)
    if token.sort in RANK_SORTS:
        numeral = token.text[1:]
        read = arabic_value if _is_digit(numeral[:1]) else chinese_value
        value = Decimal(1) if token.sort == "rank_word" else read(numeral)
        return value, None, token.end, "位", "at_most" if token.sort == "top" else "exact"
    return chinese_value(token.text), None, token.end, "", "exact"


TENTHS = re.compile("[1-9１-９]")  # .fullmatch: a digit of tenths before 成 (3成), as a numeral's (三成)
TENTHS_AFTER = re.compile(r"$|[，。；、,;）)]|以上|以下|左右|多|的")  # .match after 成: no word (成员, 成果) it opens


def _arabic(text: str, token: Token) -> tuple[Decimal, Decimal | None, int, str, str]:
    """An Arabic numeral with its range (2-3), 余 before a magnitude (1700余亿) and magnitude (万, 亿)."""
    pos, value_max, qualifier = token.end, None, "exact"
    value = arabic_value(token.text)
    if (upper := range_end(text, pos)) is not None and upper[0] > value:
        value_max, pos = upper
    elif (
        (slash := SLASH_FRACTION.match(text, pos))
        and value < int(slash.group(1))
        and text[token.start - 1 : token.start] not in ("/", "／")
    ):
        return percent_of(value, Decimal(slash.group(1))), None, slash.end(), "%", qualifier  # 1/3 -> 33.33 (%)
    if text[pos : pos + 1] in ("余", "多") and MAGNITUDE.match(text, pos + 1):
        qualifier = "over"  # 1700余亿元
        pos += 1
    if (
        text[pos : pos + 1] == "成"
        and value_max is None
        and TENTHS.fullmatch(token.text)
        and TENTHS_AFTER.match(text, pos + 1)
    ):
        return value * 10, None, pos + 1, "%", qualifier  # 占比超过3成 -> 30 (%), as 三成
    magnitude = None if text.startswith(MAGNITUDE_UNITS, pos) else MAGNITUDE.match(text, pos)
    if magnitude:
        factor = magnitude_value(magnitude.group())
        value, value_max = value * factor, (value_max * factor if value_max is not None else None)
        pos = magnitude.end()
    return value, value_max, pos, "", qualifier


def percent_of(part: Decimal, whole: Decimal) -> Decimal:
    """A fraction as a percentage to two places, trailing zeros dropped (1/3 -> 33.33, 1/4 -> 25)."""
    share = (part * 100 / whole).quantize(Decimal("0.01"))
    return share.quantize(Decimal(1)) if share == share.to_integral_value() else share.normalize()


def code_run(text: str, token: Token) -> str | None:
    """The digits-and-dashes run holding an Arabic token when it is a code or a date, not a number or an
    ascending range (747-400, 25-1, 2015-02-09); None otherwise."""
    left, floor = token.start, max(0, token.start - MAX_CODE)  # a code is short: never walk a long run
    near = text[floor : token.end + MAX_CODE]
    if "-" not in near and "－" not in near:
        return None  # no dash within a code's reach: the common case, decided without walking
    while left > floor and (text[left - 1] in "-－." or _is_digit(text[left - 1])):
        left -= 1
    stop = min(len(text), token.end + MAX_CODE)
    run = DASHED.match(text, left, stop)
    while run is not None and run.end() <= token.start:
        run = DASHED.match(text, run.end() + 1, stop)
    if run is None or run.start() > token.start:
        return None
    parts = re.split("[-－]", run.group())
    return None if len(parts) == 2 and arabic_value(parts[1]) > arabic_value(parts[0]) else run.group()


def range_end(text: str, pos: int) -> tuple[Decimal, int] | None:
    """The upper end of a range whose first number ends at `pos` (2-3, 4.5%—5%, 7%～7.5%: a percent sign
    on the first number only when the second has one too), and where it ends; None when none follows."""
    percent = text[pos : pos + 1] in ("%", "％")
    dash = pos + percent
    if text[dash : dash + 1] == "" or text[dash] not in RANGE_DASH:
        return None
    second = ARABIC.match(text, dash + 1)
    if second is None or (percent and text[second.end() : second.end() + 1] not in ("%", "％")):
        return None
    return arabic_value(second.group()), second.end()


def unit_at(text: str, pos: int) -> bool:
    """Whether a unit of the vocabulary starts at `pos` (个, 平方米, %, 兆瓦 …; 方 only after 万 or 亿)."""
    return text.startswith(ALL_UNITS, pos) or (_scaled(text, pos) and text.startswith(SCALED_UNITS, pos))


def _scaled(text: str, pos: int) -> bool:
    """Whether a magnitude (万, 亿) ends at `pos`, after which a `scaled` unit is one (500万方)."""
    return pos > 0 and text[pos - 1] in "万亿"


def _unit(text: str, pos: int, unit: str) -> tuple[str, int, int]:
    """The unit at `pos` (unless the numeral gave one), where number_text ends, and where the unit ends.

    A bound unit (%, 个百分点, 倍 …) belongs to number_text; a plain one (个, 亿元 …) does not.
    """
    if unit:
        return unit, pos, pos
    bound = BOUND_UNIT.match(text, pos)
    if bound is None and text.startswith(" ", pos):
        bound = BOUND_UNIT.match(text, pos + 1)  # 13 %左右: a space before the percent sign
    if bound is not None:
        return UNIT_NAMES.get(bound.group(), bound.group()), bound.end(), bound.end()
    if run := STREAK_RUN.match(text, pos):  # 十八连涨: years; 六连冠: times (the word is the name's)
        return STREAK_RUN_UNITS[run.group()], pos, pos
    if implied := IMPLIED_UNIT.match(text, pos):  # 8.4万群众, 30万人才: a count of people with no unit word
        return UNIT_IMPLIED[implied.group()], pos, pos  # the noun is the name's
    if shared := SHARED_BOUND.match(text, pos):  # 分别增长3.6、6.1%: the list's last number's bound unit
        return UNIT_NAMES.get(shared.group(1), shared.group(1)), pos, pos
    if SHARED_POINTS.match(text, pos):  # 分别高于全国2个、1.3个、6.1个百分点: each 个 is one of 个百分点
        return POINTS, pos, pos + 1
    plain = None if text.startswith(NOUNS_OPENING_WITH_A_UNIT, pos) else UNIT.match(text, pos)
    if plain is None and _scaled(text, pos):
        plain = SCALED_UNIT.match(text, pos)
    if plain is None:
        return "", pos, pos
    name = UNIT_NAMES.get(plain.group(), plain.group())
    if per := PER_UNIT.match(text, plain.end()):
        return f"{name}/{per.group(1)}", pos, per.end()  # 2360元/月: money a month
    return name, pos, plain.end()


def _signed(text: str, token: Token, value: Decimal, floor: int) -> tuple[Decimal, int]:
    """The value negated when a minus sign stands right before an Arabic numeral (增长-2%), and where it starts."""
    first = token.start
    minus = (
        token.sort == "arabic"
        and first > floor
        and text[first - 1] in MINUS
        and (first - 1 == floor or not (text[first - 2].isdigit() or text[first - 2] in MINUS))
    )
    return (-value, first - 1) if minus else (value, first)
