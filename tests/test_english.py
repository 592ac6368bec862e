"""English beside Chinese: every English field a person reads is filled, holds no Chinese, and renders
every glossary name its Chinese field contains the way `seeds/curated/glossary_en.csv` does.

A glossary name that occurs in a Chinese field only by accident (区域协同 across the word boundary of
深化与周边区域协同发展) is listed, with its reason, in `seeds/curated/glossary_exceptions.csv`; an exception
that is no longer needed fails, so the list cannot grow stale.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import tongzhou_data as td
from tongzhou_data.build.curated import GlossaryException, GlossaryName, read_curated

ROOT = Path(__file__).resolve().parent.parent
CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019]")
QUOTES = re.compile("[\u201c\u201d\u2018\u2019\u300a\u300b]")  # “”‘’《》: “十四五”时期 is governed by 十四五时期

# table: (key column, [(Chinese column, English column)], English columns with no Chinese twin)
TRANSLATED = {
    "documents": ("document_id", [("title", "title_en")], []),
    "sections": ("section_id", [("title", "title_en")], []),
    "terms": ("term_id", [("term", "term_en"), ("definition", "definition_en")], []),
    "indicators": ("indicator_id", [("name_zh", "name_en")], ["description_en"]),
    "project_summary": ("project_key", [("name", "name_en")], []),
    "indicator_summary": ("indicator_id", [], ["name_en"]),  # a copy of indicators.name_en
}


def glossary() -> list[GlossaryName]:
    return [c.row for c in read_curated(ROOT / "seeds/curated/glossary_en.csv", GlossaryName)]


def exceptions() -> list[GlossaryException]:
    return [c.row for c in read_curated(ROOT / "seeds/curated/glossary_exceptions.csv", GlossaryException)]


def governing(zh: str, names: list[GlossaryName]) -> list[GlossaryName]:
    """The glossary names occurring in `zh`, each occurrence governed by the longest name covering it
    (要素 inside 数据要素, 张家湾 inside 张家湾设计小镇: only the longer name counts there)."""
    zh = QUOTES.sub("", zh)
    hits = [(m.start(), m.end(), g) for g in names for m in re.finditer(re.escape(g.zh), zh)]
    kept: dict[str, GlossaryName] = {}
    for start, end, g in hits:
        if not any(s <= start and end <= e and e - s > end - start for s, e, _ in hits):
            kept.setdefault(g.zh, g)
    return list(kept.values())


def fields() -> list[tuple[str, str, str, str, str]]:
    """(table, key, English column, Chinese text, English text) for every translated field; the glossary
    against itself too (a glossary English uses the English of every shorter name inside its Chinese)."""
    out = []
    for table, (key, pairs, _) in TRANSLATED.items():
        for row in td.load(table).to_pylist():
            out += [(table, row[key], en, row[zh], row[en]) for zh, en in pairs]
    out += [("glossary", g.zh, "en", g.zh, g.en) for g in glossary()]
    return out


def mismatches() -> set[tuple[str, str, str, str]]:
    """(table, key, English column, glossary zh) wherever the English lacks the glossary's rendering."""
    names = glossary()
    found = set()
    for table, key, column, zh, en in fields():
        for g in governing(zh, names):
            if table == "glossary" and g.zh == key:
                continue
            if g.en.lower() not in en.lower():
                found.add((table, key, column, g.zh))
    return found


@pytest.mark.parametrize("table", TRANSLATED)
def test_every_english_field_is_filled_and_holds_no_chinese(table):
    key, pairs, others = TRANSLATED[table]
    columns = [en for _, en in pairs] + others
    rows = td.load(table).to_pylist()
    assert rows
    bad = [(r[key], c, r[c]) for r in rows for c in columns if not (r[c] and r[c].strip()) or CJK.search(r[c])]
    assert not bad, bad


def test_every_english_column_is_checked():
    for name in td.datasets():
        english = {c for c in td.load(name).column_names if c.endswith("_en")}
        _, pairs, others = TRANSLATED.get(name, ("", [], []))
        assert english == {en for _, en in pairs} | set(others), name


def test_every_english_field_uses_the_glossary():
    excepted = {(e.table, e.key, e.field, e.zh) for e in exceptions()}
    missing = sorted(mismatches() - excepted)
    assert not missing, "English without the glossary's rendering (table, key, field, zh):\n" + "\n".join(
        f"  {m}" for m in missing
    )


def test_every_glossary_exception_is_still_needed():
    needed = mismatches()
    stale = [e for e in exceptions() if (e.table, e.key, e.field, e.zh) not in needed]
    assert not stale, f"exceptions no longer needed (the zh no longer occurs, or the English has it): {stale}"


def test_the_glossary_is_one_rendering_per_name():
    names = [g.zh for g in glossary()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("zh", "names", "governed"),
    [
        ("推进数据要素市场建设", ["要素", "数据要素"], ["数据要素"]),  # the longer name governs its stretch
        ("“十四五”时期", ["十四五", "十四五时期"], ["十四五时期"]),  # quotation marks do not split a name
        ("要素与数据要素", ["要素", "数据要素"], ["要素", "数据要素"]),  # each occurrence on its own
    ],
)
def test_the_longest_name_governs(zh, names, governed):
    rows = [GlossaryName(zh=n, en=n.encode("unicode_escape").decode(), source="translation") for n in names]
    assert sorted(g.zh for g in governing(zh, rows)) == sorted(governed)


def test_dropping_a_glossary_name_from_an_english_field_is_caught(monkeypatch):
    """The check bites: a name_en without its glossary rendering is reported."""
    original = td.load

    def edited(name, *args, **kwargs):
        table = original(name, *args, **kwargs)
        if name != "indicators":
            return table
        rows = table.to_pylist()
        for row in rows:
            if row["indicator_id"] == "line-22-stations-topped-out":
                row["name_en"] = "Line 22 stations in Tongzhou topped out"
        import pyarrow as pa

        return pa.Table.from_pylist(rows, schema=table.schema)

    monkeypatch.setattr(td, "load", edited)
    assert ("indicators", "line-22-stations-topped-out", "name_en", "轨道交通") in mismatches()
