"""A whole report of the genre read at once: outline, periods, quantities, projects, glossary.

`report(text)` takes a report as published, plain text like this package's seed or the Markdown that
portals and archives carry (a YAML header, headings such as `**一、2025年工作回顾**`), and returns its
records with every offset pointing into `text` exactly as passed. It knows the genre, not any one report:
the body runs from the opening salutation (各位代表：) to the glossary (名词解释), notes (注释) or an appendix (附件);
the report's year comes from its delivery line (——2026年1月6日在…) unless given; kind and period come
from the report's own headings and phrasing (`periods`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Any

from .documents import read_meta, written_date
from .numbers import Token, number_tokens
from .periods import PeriodSpan, infer_periods, period_at
from .projects import DEADLINE_YEAR, Mention, mentions
from .sections import OutlineEntry, outline
from .targets import Skipped, TargetRecord, scan
from .terms import GlossaryEntry, terms
from .text import CLOSE, OPEN, SALUTATION, Clauses
from .vocabulary import alternation, by_first_character, rows, words

FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
BACK_MATTER = re.compile(rf"^{OPEN}(?:名词解释(?:和说明)?|附件|注释)[：:]?{CLOSE}\s*$", re.MULTILINE)
GLOSSARY = re.compile(rf"^{OPEN}名词解释[：:]?{CLOSE}\s*$", re.MULTILINE)
REVIEW_YEAR = re.compile(r"(20[0-9]{2})年[^，。；0-9]{0,12}?(?:工作)?(?:回顾|总结)")
PLAN_YEAR = re.compile(
    r"(20[0-9]{2})年[^，。；0-9]{0,8}?(?:主要目标|目标任务|重点工作|重点任务|工作安排|总体要求|主要任务)"
)
TITLE_YEAR = re.compile(r"(20[0-9]{2})年[^，。；0-9]{0,20}?政府工作报告")
HEAD_DATE = re.compile(r"(20[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日")


@dataclass(frozen=True)
class ProjectRecord(Mention):
    """A project mention with the period of the text around it and a category read from its name."""

    kind: str | None = None
    period_start: int | None = None
    period_end: int | None = None
    category: str = "other"


@dataclass(frozen=True)
class Report:
    """Everything read from one report; offsets index the text as passed to `report`."""

    year: int | None
    body: tuple[int, int]
    sections: list[OutlineEntry]
    periods: list[PeriodSpan]
    targets: list[TargetRecord]
    projects: list[ProjectRecord]
    terms: list[GlossaryEntry]
    skipped: list[Skipped]
    tokens: list[Token]  # the body's number tokens: each read, set aside, or inside another's number


def body_span(text: str) -> tuple[int, int]:
    """From the opening salutation (or, without one, the end of a YAML header) to the glossary or appendix."""
    opening = SALUTATION.search(text)
    front = FRONT_MATTER.match(text)
    start = opening.start() if opening else (front.end() if front else 0)
    back = BACK_MATTER.search(text, start)
    return start, back.start() if back else len(text)


def guess_year(text: str, sections: list[OutlineEntry]) -> int | None:
    """The year a report plans for, from the first of: its delivery line or a date in its title block (a
    report delivered in December plans the next year), a year in its title (2023年政府工作报告), a chapter
    heading reviewing a year (2022年和过去五年工作回顾: the year after) or planning one (2023年重点工作)."""
    meta = read_meta(text)
    opening, front = SALUTATION.search(text), FRONT_MATTER.match(text)
    head = text[: opening.start()] if opening else (front.group() if front else "")  # never the body
    if (delivered := meta.delivered_on or _head_date(head)) is not None:
        return delivered.year + (delivered.month == 12)
    if meta.title and (titled := TITLE_YEAR.search(meta.title)):
        return int(titled.group(1))
    for section in sections:
        if reviewed := REVIEW_YEAR.search(section.title):
            return int(reviewed.group(1)) + 1
        if planned := PLAN_YEAR.search(section.title):
            return int(planned.group(1))
    return None


def _head_date(head: str) -> dt.date | None:
    """The first whole date written before the salutation (under the title, or in it), if any."""
    return next((day for found in HEAD_DATE.finditer(head) if (day := written_date(*found.groups()))), None)


def report(text: str, year: int | None = None, fallback: int | None = None) -> Report:
    """Read a whole report; `year` overrides the year the report states, `fallback` stands where it states
    none."""
    body = body_span(text)
    try:
        sections = outline(text, begin=body[0])
    except ValueError:
        sections = []  # a report with no headings at all: its text is still read
    year = year if year is not None else (guess_year(text, sections) or fallback)
    chapters = [(s.char_start, s.title) for s in sections if s.level <= 2]
    periods = infer_periods(text, body, chapters, year) if year is not None else []
    tokens, clauses = number_tokens(text, *body), Clauses(text, *body)
    targets, skipped = scan(text, body[0], body[1], periods, tokens, clauses)
    projects = [_project(m, periods) for m in mentions(text, body[0], body[1], clauses)]
    glossary = GLOSSARY.search(text, body[0])
    entries = terms(text, body, glossary.end()) if glossary else []
    return Report(year, body, sections, periods, targets, projects, entries, skipped, tokens)


# (word, category) in the order tried: the first word a name holds gives its category (vocabulary).
CATEGORY_WORDS = [(row["word"], row["category"]) for row in rows("category_words")]
# Each word's place in that order and its category, the first listed of a word winning; and at every
# position of a name, the first listed word that starts there (a lookahead, so that words may overlap).
CATEGORY_RANK = {word: (i, c) for i, (word, c) in reversed(list(enumerate(CATEGORY_WORDS)))}
CATEGORY_AT = re.compile(f"(?=({by_first_character((word, re.escape(word)) for word, _ in CATEGORY_WORDS)}))")


# The provinces' short names (湖北, 河南), whose 湖 or 河 says no kind of work (京港澳高速湖北段: transport).
PROVINCE_NAMES = re.compile(alternation(re.sub("[省市]$", "", row["name"]) for row in rows("provinces")))


@lru_cache(maxsize=4096)  # a list's head and 等 tail are read again for each of its names: a name's alone says it
def category(name: str) -> str:
    """The category of a project, from the first category word its name holds (医院 → health), else other:
    the word of least rank among those the name holds outside a province's name, each position giving its own
    first, in one regex call."""
    found = CATEGORY_AT.findall(PROVINCE_NAMES.sub("、", name))
    return min(map(CATEGORY_RANK.__getitem__, found))[1] if found else "other"


def mention_category(mention: Mention) -> str:
    """The category of a mention: the kind its list names after 等 (京津塘、津沧等高速公路 → transport), by the
    tail's own words only where a second list follows (甲乙等8个铁路项目、丙丁等39个高速项目: 甲乙 by 铁路), and
    not for a name of that second list (丙丁: its own, 高速), else its name's, else that of the last name of its
    list (易县、阜平抽水蓄能项目: 易县 → municipal_utility)."""
    listed = mention.head.startswith("等") and mention.name not in mention.head  # not a name after the 等 itself
    tail = mention.head.split("、", 1)[0] if "等" in mention.head[1:] else mention.head  # before a second list
    if listed and (kind := category(tail)) != "other":
        return kind
    if (own := category(mention.name)) != "other":
        return own
    return "other" if listed else category(mention.head)  # a 等 tail's category was found above


# A mention's field values in the order of its fields, read in one call in C (the field names read once).
MENTION_VALUES = attrgetter(*(f.name for f in dataclasses.fields(Mention)))


# Verbs that make or remake a work (改造提升, 新建, 更新改造): under way in a plan, done in a review of the past
# (改造提升自贡江姐故居、宜宾赵一曼纪念馆: completed), from the vocabulary.
DONE_IN_REVIEW = frozenset(words("list_words", "word", role="done_in_review"))


def _project(mention: Mention, periods: list[PeriodSpan]) -> ProjectRecord:
    """A mention with its period and category: ProjectRecord's fields are the mention's, then kind,
    period_start, period_end and category, passed in that order (no dict of keywords for every record); a
    work made or remade in a review of the past is completed (`DONE_IN_REVIEW`)."""
    period = period_at(periods, mention.name_start)
    if (
        period
        and period.kind == "achieved"
        and mention.status == "in_progress"
        and mention.status_text in DONE_IN_REVIEW
    ):
        mention = dataclasses.replace(mention, status="completed")
    where = (period.kind, period.period_start, period.period_end) if period else (None, None, None)
    if period and period.kind == "target" and (year := _deadline_year(mention)):
        where = ("target", year, year)  # 包银高铁2025年建成通车: the year the plan sets for it
    values: tuple[Any, ...] = (*MENTION_VALUES(mention), *where, mention_category(mention))
    return ProjectRecord(*values)


def _deadline_year(mention: Mention) -> int | None:
    """The year written between `mention`'s name and its status, when the status follows the name, or None: the
    year a plan sets for the work (包银高铁2025年建成通车), written as the parser's deadlines write it."""
    low, high = mention.name_end - mention.char_start, mention.status_start - mention.char_start
    found = DEADLINE_YEAR.search(mention.quote, low, high) if 0 <= low < high else None
    return int(found.group(1)) if found else None


__all__ = ["ProjectRecord", "Report", "body_span", "category", "mention_category", "report"]
