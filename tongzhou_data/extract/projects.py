"""Named projects and their status: status words, and the names they govern.

`mentions(text)` reads each clause of the genre's three shapes:
- names, then a status:             首旅集团总部、保障房中心总部、北规院建成投用
- a verb, names, then 建设:           加快温潮减河、轨道交通M101线一期等重大工程建设
- a status verb, then a name:       建成通运东路（中段）；开工建设南大沟及萧太后河退水渠综合治理工程
A list separated by 、 gives one mention per name; a tail such as 等重大工程 or 等6个项目 is cut off.
A piece is taken for a name only when it ends as project names do (…总部, …校区, …工程, …公园, …线一期,
…路, …中心…); what the code cannot delimit is left to curated data.
"""

from __future__ import annotations

import itertools
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .text import MAX_QUOTE, bounded, checked_range, clause_span

# Status phrases, longest first within a status; each maps to the status vocabulary.
SUFFIX_STATUS: list[tuple[str, str]] = [
    (p, "opened")
    for p in (
        "建成投用", "正式投用", "投入运营", "投入运行", "投入使用", "正式投运", "开业迎客", "盛大开业", "建成开放",
        "对外开放", "建成通车", "正式通车", "完工通车", "开通运行", "正式运行", "开诊运行", "建成开诊", "试运行",
        "首批学生入驻", "上线应用", "精彩亮相", "正式亮相", "投用", "投运", "开业", "开放", "通车", "开通", "开园",
        "通航", "运行",
    )
] + [
    (p, "completed")
    for p in (
        "基本具备开通条件", "装修改造完成", "主体项目完工", "主体工程完工", "竣工验收", "竣工交付", "基本完工",
        "全面完工", "全面建成", "基本建成", "建设完成", "完成改造", "竣工", "完工", "建成",
    )
] + [("主体结构封顶", "topped_out"), ("封顶", "topped_out")] + [
    (p, "started") for p in ("正式开工", "开工建设", "开工")
] + [
    (p, "in_progress") for p in ("加快推进", "顺利推进", "扎实推进", "加快实施", "全面实施")
] + [("规划建设", "planned"), ("选址落地", "planned")]  # fmt: skip

# Verbs that open a clause and govern a name ending in 建设 (加快X建设) or standing alone (建成X).
PREFIX_BUILD = [
    ("启动运行", "opened"),
    ("基本建成", "completed"),
    ("积极推进", "in_progress"),
    ("加快推进", "in_progress"),
    ("高水平建设", "in_progress"),
    ("加速建设", "in_progress"),
    ("加快建设", "in_progress"),
    ("推进建设", "in_progress"),
    ("开工建设", "started"),
    ("加快", "in_progress"),
    ("加速", "in_progress"),
    ("推进", "in_progress"),
    ("推动", "in_progress"),
    ("支持", "in_progress"),
    ("启动", "started"),
    ("完成", "completed"),
    ("建成", "completed"),
    ("实施", "in_progress"),
    ("开展", "in_progress"),
]
# Work nouns that close a clause opened by a PREFIX_BUILD verb: 加快X建设, 完成X优化改造, 启动X建设.
WORK_TAILS = ("项目建设", "工程建设", "优化改造", "优化提升", "主体结构施工", "建设", "创建", "改造")
# Verbs that open a clause but say nothing of the status themselves (推动X投用: the status is 投用).
LEADING_VERBS = ("全力保障", "推动", "力促", "确保", "力争", "实现", "保障", "持续")
NAME_ENDINGS = re.compile(
    r"(总部|校区|院区|枢纽|工程|项目|公园|线|一期|二期|南延|东延|西延|）|站|医院|学校|小学|中学|幼儿园|馆|体育场|"
    r"园区|产业园|街区|综合体|路|街|桥|河|片区|停车场|中心|基地|实验室|楼|示范区|试验区|集聚区|体验区|安置房|段|系统)$"
)
GROUP_TAIL = re.compile(r"等.*$")
COUNTED = re.compile(
    r"[0-9零〇一二两三四五六七八九十百千万]+[余多]?[个座所家处条项批期]|第[一二三四五六七八九十]+批"
)  # .match


@dataclass(frozen=True, slots=True)
class Mention:
    """A project mention: the name and status words as written, with offsets into the text."""

    name: str
    name_start: int
    name_end: int
    status_text: str
    status_start: int
    status_end: int
    status: str
    quote: str
    char_start: int
    char_end: int


def _suffix_status(clause: str) -> tuple[str, str] | None:
    for phrase, status in SUFFIX_STATUS:
        if clause.endswith(phrase):
            return phrase, status
    return None


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of text[start:end] split at 、 outside brackets (城南水网（台马片区、于永片区） stays whole),
    made one at a time, so that a list of any length costs no memory."""
    depth, begin = 0, start
    for index in range(start, end):
        char = text[index]
        depth += (char in "（(" and 1) or 0
        depth -= (char in "）)" and 1) or 0
        if char == "、" and depth == 0:
            yield begin, index
            begin = index + 1
    yield begin, end


def _names(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the 、-separated names in text[start:end], a 等… tail removed.

    Each piece must end as names do; earlier pieces of a list whose last piece does may share its head
    noun (北咨、北建院总部). A piece that opens with a count is an unnamed group (7个棚改项目), not a name.
    """
    if tail := GROUP_TAIL.search(text, start, end):
        end = tail.start()
    last_start, last_end = deque(_pieces(text, start, end), maxlen=1)[0]
    shared_head = bool(NAME_ENDINGS.search(text, last_start, last_end))
    listed = last_start > start
    for low, high in _pieces(text, start, end):
        named = NAME_ENDINGS.search(text, low, high) or (shared_head and listed)
        if high > low and named and not COUNTED.match(text, low, high):
            yield low, high


def _quote_span(left: int, right: int, name_start: int, name_end: int, status: tuple[int, int]) -> tuple[int, int]:
    """The quote: the clause, cut to the name and its status words when it is overlong; in a list too long
    for prose (no report has one), the name alone, so that memory stays linear in the length of the list."""
    low, high = min(name_start, status[0]), max(name_end, status[1])
    if high - low > MAX_QUOTE:
        return name_start, name_end
    return bounded(left, right, low, high)


def _nonempty(spans: Iterator[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """`spans` again, or () when it yields nothing, so that the caller can test it without a list."""
    first = next(spans, None)
    return () if first is None else itertools.chain((first,), spans)


def mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Every project mention the shapes above find in text[start:end], in text order."""
    start, end = checked_range(text, start, end)
    found: list[Mention] = []
    position = start
    while position < end:
        left, right = clause_span(text, position, position, start, end)
        position = right + 1
        if right > left:
            found += _clause_mentions(text, left, right)
    return found


def _clause_mentions(text: str, left: int, right: int) -> list[Mention]:
    """The mentions of one clause: names before a status phrase that ends it, or after a verb that opens it."""
    names, status_span, status = _suffix_shape(text, left, right)
    if not names:
        names, status_span, status = _prefix_shape(text, left, right)
    status_text = text[status_span[0] : status_span[1]]  # one string shared by the clause's mentions
    found = []
    for name_start, name_end in names:
        q_left, q_right = _quote_span(left, right, name_start, name_end, status_span)
        name = text[name_start:name_end]
        quote = name if (q_left, q_right) == (name_start, name_end) else text[q_left:q_right]
        mention = Mention(
            name=name, name_start=name_start, name_end=name_end, status_text=status_text,
            status_start=status_span[0], status_end=status_span[1], status=status,
            quote=quote, char_start=q_left, char_end=q_right,
        )  # fmt: skip
        found.append(mention)
    return found


Shape = tuple[Iterable[tuple[int, int]], tuple[int, int], str]  # name spans, status span, status


def _suffix_shape(text: str, left: int, right: int) -> Shape:
    """华夏银行总部、北投总部建成投用: names (after a leading verb) before the status phrase ending the clause."""
    clause = text[left:right]
    suffix = _suffix_status(clause)
    if not suffix:
        return (), (0, 0), ""
    phrase, status = suffix
    status_span = (right - len(phrase), right)
    verb = next((v for v in LEADING_VERBS if clause.startswith(v)), "")
    return _nonempty(_names(text, left + len(verb), status_span[0])), status_span, status


def _prefix_shape(text: str, left: int, right: int) -> Shape:
    """建成华夏银行总部: names after a building verb that opens the clause, a trailing 建设/工程 word dropped."""
    clause = text[left:right]
    for verb, status in PREFIX_BUILD:
        if clause.startswith(verb):
            tail = next((w for w in WORK_TAILS if clause.endswith(w) and len(clause) > len(verb) + len(w)), "")
            return _nonempty(_names(text, left + len(verb), right - len(tail))), (left, left + len(verb)), status
    return (), (0, 0), ""
