"""The genre's catalogue of headline indicators (`vocabulary/indicators.csv`) and the linker that says which
of them a parsed quantity is, so that the same quantity has one id in every report.

A quantity is an entry's when its name, once the clauses before its last one and the words of scope and
estimate are set aside (主要指标高于全国，全省…, 预计 …), opens with one of the entry's forms and adds at
most a few characters (率, 总额, 人数 …), and its measure and unit are the entry's. The longest form that
fits decides (城镇居民人均可支配收入增长 before 人均可支配收入增长). An average over years (年均增长) is the
entry's quantity only for a period of several years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .vocabulary import estimate_words, region_words, rows

# Words of time, scope, estimate and verb that open a name without saying what it measures, and words of
# basis and aim inside it (同口径, 可比, 力争).
OPENING = re.compile(
    rf"^(?:[0-9]{{4}}年|{region_words('whole')}|全国|全社会|设区城市|中心城市|地级以上城市|地级城市|地级市|设区市|城市(?=环境)"
    rf"|[0-9一二三四五六七八九十]+个(?:地市|城市|市)|国考[0-9]+市|全年|去年|今年|其中|{estimate_words()}"
    r"|实现|完成|达到|力争|确保|带动|[一二三四五六七八九十]是)+"
)
# 实际增长 (real growth) is how many reports state income growth: the entry is the growth as stated.
INSIDE = re.compile(rf"（?同口径）?|可比|力争|实际(?=增长)|{estimate_words()}")
# An average over years (年均增长): the entry's quantity only for a period of several years. 均 alone (两市均增长,
# 货物贸易、服务贸易均增长) says "each of them", so its name links to no entry.
AVERAGE = "年均"
EACH = re.compile(r"(?<!年)均(?=增长|增速|达到|提高|超过|在)")  # 各盟市规上工业增加值均增长20%: each of them
START = "（期初）"  # the start of a change (从3.06万亿元增长到4.2万亿元): not the entry's quantity of the period
LAST_CLAUSE = re.compile(r"^.*[，：；]")  # 从主要经济指标看，地区生产总值 → 地区生产总值
REST = 4  # the most characters a name may add after a form (…平均浓度)


@dataclass(frozen=True)
class Entry:
    """One indicator of the catalogue: its id, names, the units and measure of its quantities, its forms."""

    indicator_id: str
    name_zh: str
    name_en: str
    units: tuple[str, ...]
    measure: str
    topic: str
    better: str  # higher | lower: which way a result beats a target (lower for prices, unemployment, PM2.5)
    forms: tuple[str, ...]


@cache
def entries() -> tuple[Entry, ...]:
    """The catalogue, in file order."""
    return tuple(_entry(row) for row in rows("indicators"))


def _entry(row: dict[str, str]) -> Entry:
    units, forms = tuple(row["unit"].split("|")), tuple(row["forms"].split("|"))
    return Entry(
        row["indicator_id"], row["name_zh"], row["name_en"], units, row["measure"], row["topic"], row["better"], forms
    )


@cache
def by_id() -> dict[str, Entry]:
    return {entry.indicator_id: entry for entry in entries()}


def link(name: str, unit: str, measure: str, years: int = 1) -> str | None:
    """The id of the catalogue entry a quantity named `name`, in `unit`, of `measure`, over a period of
    `years`, is; None if none (at once when no entry is of that measure and unit: most quantities)."""
    forms = _forms(measure, unit)
    if not forms or name.endswith(START):
        return None
    words = INSIDE.sub("", OPENING.sub("", LAST_CLAUSE.sub("", name)))
    if EACH.search(words):
        return None
    if years > 1:
        words = words.replace(AVERAGE, "", 1)
    best: tuple[int, str] | None = None
    for form, indicator_id in forms.get(words[:1], ()):  # only the forms that can open the words
        if words.startswith(form) and len(words) - len(form) <= REST and (best is None or len(form) > best[0]):
            best = (len(form), indicator_id)
    return best[1] if best else None


@cache
def _forms(measure: str, unit: str) -> dict[str, list[tuple[str, str]]]:
    """(form, id) of the entries of `measure` in `unit`, in file order, by the form's first character: what
    a quantity of them may be."""
    by_first: dict[str, list[tuple[str, str]]] = {}
    for entry in entries():
        if entry.measure == measure and unit in entry.units:
            for form in entry.forms:
                by_first.setdefault(form[:1], []).append((form, entry.indicator_id))
    return by_first
