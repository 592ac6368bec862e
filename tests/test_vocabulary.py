"""The genre's words as data (`tongzhou_data/extract/vocabulary/*.csv`): every entry has an example sentence,
and the parser reads each example as its entry says, so that adding a phrasing is one line and its example."""

from __future__ import annotations

import re

import pytest

from tongzhou_data.extract import report
from tongzhou_data.extract.governments import government
from tongzhou_data.extract.periods import heading_period, paragraph_period
from tongzhou_data.extract.projects import mentions
from tongzhou_data.extract.reports import category
from tongzhou_data.extract.sections import headings
from tongzhou_data.extract.targets import scan
from tongzhou_data.extract.vocabulary import alternation, rows
from tongzhou_data.models import Measure, vocabulary

MEASURES = Measure.__args__  # type: ignore[attr-defined]

VERBS = rows("change_verbs")
QUALIFIERS = rows("qualifiers")
UNITS = rows("units")
PER_UNITS = rows("per_units")
STATUSES = rows("status_phrases")
HEADINGS = rows("heading_forms")
LABELS = rows("label_words")
CATEGORIES = rows("category_words")
OPENERS = rows("period_openers")
ENDINGS = rows("name_endings")
LIST_WORDS = rows("list_words")
PLACES = rows("place_words")
KIND_WORDS = rows("kind_words")
REACHING = rows("reaching_words")
RANKS = rows("rank_words")
SHARES = rows("share_words")
IMPLIED = rows("implied_units")
CATALOGUE = rows("indicators")
MEASURE_WORDS = rows("measure_words")
PART_OF_YEAR = rows("part_of_year_words")
REGION_SCOPE = rows("region_scope_words")
PREDICATES = rows("predicate_words")
STREAK_WORDS = rows("streak_words")
SPAN_WORDS = rows("span_words")


def test_every_entry_has_an_example_and_every_word_is_given_once():
    names = (("change_verbs", "word"), ("status_phrases", "phrase"), ("heading_forms", "form"),
             ("qualifiers", "word"), ("units", "unit"), ("label_words", ("sort", "side", "word")),
             ("category_words", "word"), ("period_openers", ("phrase", "where")),
             ("name_endings", "ending"), ("list_words", ("word", "role")), ("place_words", "suffix"),
             ("kind_words", ("word", "role")), ("reaching_words", ("word", "role")),
             ("rank_words", ("word", "role")), ("share_words", "word"), ("implied_units", "word"), ("per_units", "word"),
             ("indicators", "indicator_id"), ("provinces", "name"), ("estimate_words", "word"),
             ("measure_words", "word"), ("part_of_year_words", "word"),
             ("region_scope_words", "word"), ("predicate_words", "word"), ("streak_words", "word"),
             ("span_words", "word"))  # fmt: skip
    for name, key in names:
        entries = rows(name)
        assert entries and all(row["example"].strip() for row in entries), name
        keys = {tuple(row[k] for k in key) if isinstance(key, tuple) else row[key] for row in entries}
        assert len(keys) == len(entries), name


def test_alternations_try_the_longest_word_first():
    found = alternation(["降", "下降", "降低"])
    assert [re.match(found, text).group() for text in ("下降了", "降低了", "降了")] == ["下降", "降低", "降"]
    assert alternation(["降", "下降", "降低"]) == "下降|降(?:低|)"  # gathered by first character


@pytest.mark.parametrize("row", VERBS, ids=[row["word"] for row in VERBS])
def test_each_verb_of_change_reads_as_its_entry_says(row):
    records = [r for r in scan(row["example"])[0] if r.unit == "%"]
    assert records, row["example"]
    first = records[0]
    if row["growth"] == "yes" or row["direction"]:
        assert first.measure == "growth", (row["example"], first.measure)
    if row["direction"]:
        assert first.direction == row["direction"], (row["example"], first.direction)
    if row["rate"] == "yes":
        assert first.indicator.endswith(row["word"] + "率"), (row["example"], first.indicator)


@pytest.mark.parametrize("row", QUALIFIERS, ids=[row["word"] for row in QUALIFIERS])
def test_each_qualifier_qualifies_the_number_it_touches(row):
    first = scan(row["example"])[0][0]
    before = row["example"][max(0, first.number_start - len(row["word"])) : first.number_start]
    assert first.qualifier == row["qualifier"], (row["example"], first.qualifier)
    assert row["word"] in first.number_text or row["word"] == before, (row["example"], first.number_text)


@pytest.mark.parametrize("row", PER_UNITS, ids=[row["word"] for row in PER_UNITS])
def test_what_a_unit_is_counted_per_is_part_of_it(row):
    """118元/月: the unit is 元/月, and the name keeps no /月; without the slash the unit is the word before."""
    (first,) = scan(row["example"])[0]
    assert first.unit.endswith(f"/{row['word']}") and "/" not in first.indicator, (first.unit, first.indicator)
    (plain,) = scan(row["example"].replace(f"/{row['word']}", "", 1))[0]
    assert plain.unit == first.unit.split("/")[0], plain.unit


@pytest.mark.parametrize("row", UNITS, ids=[row["unit"] for row in UNITS])
def test_each_unit_is_read_with_its_number(row):
    first = scan(row["example"])[0][0]
    if row["bound"] == "yes":
        assert row["unit"] in first.number_text, (row["example"], first.number_text)
    else:
        assert first.unit == (row["as"] or row["unit"]), (row["example"], first.unit)
    if row["streak"] == "yes":  # its example is a streak: 连续 and the number
        assert first.measure == "duration" and first.indicator.endswith(f"连续{first.unit}数"), (row["example"], first)
    if row["scaled"] == "yes":  # only after 万 or 亿: after a bare count the word is no unit (15方成员)
        assert scan(f"与15{row['unit']}成员签署协议。")[0][0].unit != first.unit, row["unit"]
    if row["time"] == "yes":  # a length of time after a duration word of measure_words.csv
        assert scan(f"停工3{row['unit']}")[0][0].measure == "duration", row["unit"]
    if first.measure == "level" and (row["counts"] == "yes" or row["noun"]):
        assert first.indicator.endswith(row["noun"] or "数"), (row["example"], first.indicator)


@pytest.mark.parametrize("row", STATUSES, ids=[row["phrase"] for row in STATUSES])
def test_each_status_phrase_gives_its_status(row):
    found, gapped = mentions(row["example"]), re.compile("[^、，。；]*".join(map(re.escape, row["phrase"].split("…"))))
    assert any(m.status == row["status"] and gapped.search(m.quote) for m in found), (
        row["example"], [(m.name, m.status_text, m.status) for m in found]
    )  # fmt: skip


@pytest.mark.parametrize("row", HEADINGS, ids=[row["form"] for row in HEADINGS])
def test_each_heading_form_is_read_as_a_heading_of_its_level(row):
    for line in (row["example"], f"## {row['example']}", f"**{row['example']}**"):  # plain, Markdown, bold
        text = f"各位代表：\n\n{line}\n\n全区地区生产总值增长5.2%。\n"
        (heading,) = headings(text)
        assert heading.level == int(row["level"]) and row["example"].endswith(heading.title), (line, heading)


MARKDOWN = """---
title: 2026年某区政府工作报告
---

——2026年1月6日在某区第七届人民代表大会第七次会议上

各位代表：

## 第一章 2025年工作回顾

全区地区生产总值增长5.2%，工业品出厂价格回落2.1%。

## 第二章 2026年工作安排

地区生产总值增长5%左右。

## 名词解释

1.两个会客厅：指城市副中心的两个对外交往平台，共有3个组团。
"""


def test_a_report_in_portal_markdown_with_chapters_by_ordinal_and_a_glossary():
    """The probes of the genre's-words issue: `## 第一章 …` opens a period and is no rank of 1, the coming
    year's targets are targets, a fall (回落) is a growth with a direction, and `## 名词解释` is the
    glossary (its numbers are no targets)."""
    r = report(MARKDOWN)
    assert [(s.label, s.title) for s in r.sections if s.level == 2] == [
        ("第一章", "2025年工作回顾"),
        ("第二章", "2026年工作安排"),
    ]
    read = [(t.number_text, t.kind, t.period_start, t.measure, t.direction) for t in r.targets]
    assert read == [
        ("5.2%", "achieved", 2025, "growth", "up"),
        ("2.1%", "achieved", 2025, "growth", "down"),
        ("5%左右", "target", 2026, "growth", "up"),
    ]
    assert [e.term for e in r.terms] == ["两个会客厅"]
    assert ("第一", "label") in [(s.token.text, s.reason) for s in r.skipped]


@pytest.mark.parametrize("row", LABELS, ids=[f"{row['sort']}-{row['side']}-{row['word']}" for row in LABELS])
def test_each_label_word_sets_the_number_it_touches_aside_with_its_reason(row):
    text, word = row["example"], row["word"]
    report_ = scan(text)
    touching = [
        s for s in report_[1]
        if (word in (text[s.token.end :][: len(word)], text[s.token.end :].lstrip("十百千万亿")[: len(word)])
            if row["side"].startswith("after")
            else text.endswith(word, 0, s.token.start))
    ]  # fmt: skip
    assert any(s.reason == row["reason"] for s in touching), (text, [(s.token.text, s.reason) for s in report_[1]])


@pytest.mark.parametrize("row", CATEGORIES, ids=[row["word"] for row in CATEGORIES])
def test_each_category_word_gives_a_name_holding_it_its_category(row):
    assert row["word"] in row["example"] and category(row["example"]) == row["category"], row


@pytest.mark.parametrize("row", OPENERS, ids=[f"{row['where']}-{row['phrase']}" for row in OPENERS])
def test_each_period_opener_opens_its_period(row):
    assert re.search("[^。]*".join(map(re.escape, row["phrase"].split("…"))), row["example"]), row  # 这是…的五年: a gap
    if row["where"] == "year_lead":  # before the year a paragraph reviews: 刚刚过去的2022年
        year = int(row["example"].split(row["phrase"], 1)[1][:4])
        assert paragraph_period(row["example"], year + 1) == ("achieved", year, year), row
    elif row["where"] == "opener_lead":  # before the period a paragraph looks back on: 回顾过去五年
        period = paragraph_period(row["example"], 2026)
        assert period is not None and paragraph_period(row["example"].removeprefix(row["phrase"]), 2026) == period, row
    elif row["where"] == "heading":
        period = heading_period(row["example"], 2026)
        assert period is not None and period[0] == row["kind"], (row, period)
        if row["first"]:  # a heading that says its years: 本届政府, 过去五年
            assert period[1:] == (2026 + int(row["first"]), 2026 + int(row["last"])), (row, period)
    elif row["kind"]:
        expected = (row["kind"], 2026 + int(row["first"]), 2026 + int(row["last"]))
        assert paragraph_period(row["example"], 2026) == expected, row
    else:
        assert paragraph_period(row["example"], 2026) is None, row


@pytest.mark.parametrize("row", SPAN_WORDS, ids=[row["word"] for row in SPAN_WORDS])
def test_each_span_word_keeps_its_figure_from_the_span_its_sentence_opens(row):
    """In a five-year review a sentence opening with a year dates its clauses to it, but not a clause saying years
    (年均, 累计); in a one-year review a sentence opening with 五年来 dates its clauses to the five years, but not a
    clause saying a year (全年)."""
    chapter = (
        "一、过去五年工作回顾\n\n过去五年，成就显著。"
        if row["span"] == "years"
        else "一、2022年工作回顾\n\n一年来，成就显著。"
    )
    found = report(f"——2023年1月10日在某市人民代表大会上\n\n各位代表：\n\n{chapter}{row['example']}\n").targets
    opened, own = ((2022, 2022), (2018, 2022)) if row["span"] == "years" else ((2018, 2022), (2022, 2022))
    assert row["word"] in row["example"] and len(found) >= 2, row
    assert (found[0].period_start, found[0].period_end) == opened, (row, found[0])
    assert (found[-1].period_start, found[-1].period_end) == own, (row, found[-1])


@pytest.mark.parametrize("row", ENDINGS, ids=[row["ending"] for row in ENDINGS])
def test_each_name_ending_ends_a_project_name(row):
    assert any(m.name.endswith(row["ending"]) for m in mentions(row["example"])), row


WORKS_OPENER = next(row["phrase"] for row in STATUSES if row["opens"] == "works")


@pytest.mark.parametrize("row", ENDINGS, ids=[row["ending"] for row in ENDINGS])
def test_a_works_opener_governs_only_a_name_ending_as_physical_works_do(row):
    # 甲乙机场 before the ending keeps a work tail (扩建) from being the whole name
    found = mentions(f"{WORKS_OPENER}甲乙机场{row['ending']}。")
    assert bool(found) == (row["works"] == "yes"), (row, found)


def _list_word_reads_as_its_role(row: dict[str, str]) -> bool:
    """What each role of a list word does to its example (see vocabulary.py)."""
    word, example, role = row["word"], row["example"], row["role"]
    found = [m.name for m in mentions(example)]
    if role == "kind_tail":  # the head noun after 等 makes every piece of the list a name
        return found == ["京津塘", "津沧"]
    if role == "kind_work":  # a work on the kind named after 等 keeps the kind the list's head noun
        return found == ["京津塘", "津沧"] and not mentions(example.replace(word, "大会"))
    if role in ("leading_verb", "adverb", "project_leading_verb", "project_adverb"):  # before the status verb, no name
        return len(found) == 1 and word not in found[0]
    if role == "quality_tail":  # the quality a verb of improvement improves: names before it, none without it
        return bool(found) and all(word not in name for name in found) and not mentions(example.replace(word, ""))
    if role == "status_adverb":  # an adverb of the status is not part of the last name
        return bool(found) and all(word not in name for name in found)
    if role == "stage":  # a stage of the work before the status: the status is of the planning
        (mention,) = mentions(example)
        return mention.status == "planned" and mention.status_text.startswith(word)
    if role == "hastening":  # haste before a planning-and-building phrase: the works are under way
        return {m.status for m in mentions(example)} == {"in_progress"} and {
            m.status for m in mentions(example.replace(word, "推动", 1))
        } == {"planned"}
    if role in ("object_marker", "making_verb"):  # 把X打造成…: the names between, neither word in them
        return bool(found) and all(word not in name for name in found)
    if role in ("and_word", "serving"):  # a 和 joining nothing, or a work and what serves it: one name holds it
        return len(found) == 1 and word in found[0]
    if role in (
        "programme",
        "city_role",
        "role_scope",
        "group_word",
        "stretch",
        "graded_group",
        "linked",
    ):  # a programme, role, group, things linked: no work
        return not found
    if role == "all_kinds":  # a 等 tail of all kinds of a thing: the pieces are kinds, names without it
        return not found and bool(mentions(example.replace(word, "")))
    if role == "access":  # how places already open serve the public: 开放 after it opens nothing, alone it does
        return not found and bool(mentions(example.replace(word, "")))
    if role == "firm_tail":  # a 等 tail naming enterprises: the list names no project
        return not found and bool(mentions(example.replace(word, "项目")))
    if role == "bore":  # a tunnel's 贯通 is a topping out; a road's opens it
        statuses = {m.status for m in mentions(example)}
        return statuses == {"topped_out"} and {m.status for m in mentions(example.replace(word, "公路"))} == {"opened"}
    if role == "field_tail":  # a 等 tail naming fields of work: the list names no project, as it does without it
        return not found and bool(mentions(example.replace(word, "")))
    if role == "clause_verb":  # a clause of its own before the number's piece: no part of the number's name
        return all(word not in r.indicator and "、" not in r.indicator for r in scan(example)[0])
    if role == "work_verb":  # a verb of building opening a piece is no part of its name
        return found == ["甲乙机场", "丙丁机场"]
    if role == "done_in_review":  # a verb opening names of works under way, done when a review says it
        return bool(found) and {m.status for m in mentions(example)} == {"in_progress"}
    if role == "striving":  # a verb of striving lets 落地实施 close its clause: planned; without it, no mention
        return (
            bool(found)
            and {m.status for m in mentions(example)} == {"planned"}
            and not mentions(example.replace(word, "", 1))
        )
    if role == "coded_work":  # a quoted code of counts of works names one bundle; of other words, none
        return len(found) == 1 and "“" in found[0] and not mentions(example.replace(word, "大"))
    if role == "title_end":  # a title won or a plan, approved (…示范区获批): no work; a park approved is one
        return not found and bool(mentions(example.replace(word, "产业园")))
    if role == "grade":  # a kind of thing, graded, is still no name
        return not found
    if role == "sector":  # a field of work written alone makes its list one of kinds: 甲乙 is a name only without it
        alone = example.replace(f"{word}、", "").replace(f"、{word}", "")
        return not found and [m.name for m in mentions(alone)] == ["甲乙"]
    if role in ("work_tail", "topic_end", "chain_verb", "first_step"):  # a work, topic or first step: no part of it
        return len(found) == 1 and word not in found[0]
    records = scan(example)[0]
    if role == "policy_verb":  # a package of policy named under it is no quantity
        return not records
    if role == "pair":  # two words written as one name the two numbers of a 分别 list in turn
        first, second = word[0] + word[2:], word[1] + word[2:]
        return [first in r.indicator and second in records[1].indicator for r in records[:1]] == [True]
    if role == "topic_verb":  # the work the clause takes up is what the bare predicates after it count
        return bool(records) and all(word not in r.indicator and len(r.indicator) > 5 for r in records)
    if role == "coverb":  # a count the coverb governs counts the things after it, no coverb in its name
        return records[0].indicator.endswith("数") and not records[0].indicator.startswith(word)
    if role == "coverb_verb":  # what is done with the things governed comes first, then 的 and the things
        first = records[0].indicator
        done = first.split("的", 1)[0] if "的" in first else ""
        return word in done if word != "进行" else bool(done) and word not in first  # 进行: no word of the name
    if role == "shared_verb":  # the list's verb governs the pieces that have none
        return len(records) == 2 and records[1].indicator.startswith(word)
    own = records[1].indicator if len(records) == 2 else ""  # own_predicate: its own verb, not 新建 (新建惠及…)
    return bool(own) and (not own.startswith("新建") or own.startswith(f"新建道路{word}"))  # 惠及: of the work before


@pytest.mark.parametrize("row", LIST_WORDS, ids=[f"{row['role']}-{row['word']}" for row in LIST_WORDS])
def test_each_list_word_plays_its_role(row):
    assert _list_word_reads_as_its_role(row), row


@pytest.mark.parametrize("row", PLACES, ids=[row["suffix"] for row in PLACES])
def test_each_place_word_opening_a_name_is_its_location(row):
    (mention, *_) = mentions(row["example"])
    assert mention.location and mention.location.endswith(row["suffix"]), mention
    assert not mention.name.startswith(mention.location), mention


@pytest.mark.parametrize("row", KIND_WORDS, ids=[f"{row['role']}-{row['word']}" for row in KIND_WORDS])
def test_each_kind_word_keeps_the_place_before_it_in_the_name(row):
    """What follows the place only says what kind of thing stands there: the place stays in the name."""
    (mention, *_) = mentions(row["example"])
    assert row["word"] in mention.name and mention.location and mention.name.startswith(mention.location), mention


@pytest.mark.parametrize("row", REACHING, ids=[f"{row['role']}-{row['word']}" for row in REACHING])
def test_each_verb_of_reaching_is_no_part_of_the_indicator(row):
    """Not of the quantity it reaches, nor of a bare change after it that takes the sentence's subject
    (常住人口约190万人，增长2% → 常住人口增长率)."""
    example, word = row["example"], row["word"]
    records, subject = scan(example)[0], example[: example.index(word)]
    rests = [r.indicator.removeprefix(subject) for r in records]
    assert records and not any(character in rest for rest in rests for character in word), rests


@pytest.mark.parametrize("row", RANKS, ids=[f"{row['role']}-{row['word']}" for row in RANKS])
def test_each_rank_word_names_the_scope_of_the_rank(row):
    example, word = row["example"], row["word"]
    (record,) = [r for r in scan(example)[0] if r.measure == "rank"]
    scope = record.indicator.removesuffix("排名").removeprefix(example[: example.index(word)])
    assert record.indicator.endswith("排名") and scope.endswith(("全市", "全区", "全国", "全省", "全球", "城市"))
    if row["role"] == "scope":
        assert word in scope, record.indicator
    else:  # an adverb or verb of ranking: no part of the name
        assert not any(character in scope for character in word), record.indicator


@pytest.mark.parametrize("row", PREDICATES, ids=[f"{row['role']}-{row['word']}" for row in PREDICATES])
def test_each_predicate_word_puts_the_predicate_before_the_counted_noun(row):
    """456个重大项目全面实施: the count is of the things the predicate holds of (实施重大项目数); a verb opens
    the name, an adverb of manner is no part of it and the word after it opens the name instead; after a verb
    and a count, the work done on a noun comes before the noun, which ends in its head (推进建设集租房项目数)."""
    example, word = row["example"], row["word"]
    (record,) = scan(example)[0]
    after = example[example.index(word) + len(word)]
    if row["role"] == "verb":
        assert record.indicator.startswith(word), record.indicator
    elif row["role"] == "adverb":
        assert word not in record.indicator and record.indicator.startswith(after), record.indicator
    elif row["role"] == "progress":  # how the work goes: no part of what is counted
        assert word not in record.indicator and record.indicator.endswith("数"), record.indicator
    elif row["role"] == "head":  # the noun, ending in its head, comes last
        assert record.indicator.endswith(word + "数"), record.indicator
    else:  # the work done on the noun comes before it
        assert word in record.indicator and not record.indicator.endswith(word + "数"), record.indicator


@pytest.mark.parametrize("row", SHARES, ids=[row["word"] for row in SHARES])
def test_each_share_word_makes_a_percentage_a_share(row):
    """The word decides: without it the same sentence reads as a growth rate (its verb of change)."""
    (record,) = scan(row["example"])[0]
    (without,) = scan(row["example"].replace(row["word"], "", 1))[0]
    assert (record.measure, without.measure) == ("share", "growth")


@pytest.mark.parametrize("row", IMPLIED, ids=[row["word"] for row in IMPLIED])
def test_each_noun_of_people_gives_a_bare_count_its_unit(row):
    """8.4万群众: the count has no unit word, the noun says it counts people; the noun stays in the name."""
    example, word = row["example"], row["word"]
    (record,) = [r for r in scan(example)[0] if example.startswith(word, r.number_end)]
    assert record.unit == row["unit"] and word in record.indicator, record


@pytest.mark.parametrize("row", CATALOGUE, ids=[row["indicator_id"] for row in CATALOGUE])
def test_each_indicator_of_the_catalogue_is_linked_in_its_example(row):
    """The genre's catalogue: its example's quantity is linked to it, and its topic and measure are the
    package's own vocabulary."""
    assert any(r.indicator_id == row["indicator_id"] for r in scan(row["example"])[0]), row
    assert row["topic"] in vocabulary("indicators", "topic").__args__ and row["measure"] in MEASURES, row


PROVINCES = rows("provinces")


@pytest.mark.parametrize("row", PROVINCES, ids=[row["iso"] for row in PROVINCES])
def test_each_province_level_government_is_read_from_its_congress_with_its_iso_code(row):
    text = f"---\ntitle: 政府工作报告\n---\n\n{row['example']}\n\n各位代表：\n\n正文。\n"
    found = government(text)
    assert found is not None and (found.name, found.level, found.government_id) == (row["name"], "province", row["iso"])
    for domain in row["domains"].split("|"):  # a copy that names only the portal it was taken from
        portal = government(f"---\nsource: https://www.{domain}/gzbg.html\ntitle: 政府工作报告\n---\n\n各位代表：\n")
        assert portal is not None and portal.government_id == row["iso"], domain


ESTIMATES = rows("estimate_words")
LEADING_WORDS = rows("leading_words")


@pytest.mark.parametrize("row", LEADING_WORDS, ids=[f"{row['role']}-{row['word']}" for row in LEADING_WORDS])
def test_each_leading_word_is_no_part_of_what_a_figure_measures(row):
    """力争地区生产总值增长5%: the growth of GDP, linked to the catalogue as such."""
    (record,) = scan(row["example"])[0]
    assert record.indicator_id == "gdp-growth", record.indicator


@pytest.mark.parametrize("row", ESTIMATES, ids=[row["word"] for row in ESTIMATES])
def test_each_estimate_word_is_no_part_of_what_a_figure_measures(row):
    """预计全年地区生产总值增长5%: the growth of GDP, linked to the catalogue as such."""
    (record,) = scan(row["example"])[0]
    assert record.indicator_id == "gdp-growth", record.indicator


@pytest.mark.parametrize("row", MEASURE_WORDS, ids=[f"{row['role']}-{row['word']}" for row in MEASURE_WORDS])
def test_each_measure_word_gives_a_bare_measure_the_subject_before_it(row):
    """粮食播种面积1亿亩、产量820亿斤: 产量 alone names nothing; it takes 粮食, cut at 播种面积. An attribute before
    an amount, 的 and a noun (总投资657.5亿元的229个水利项目) measures the noun: 水利项目总投资. A duration word makes a
    number in a unit of time after it a length of time (停工4年). A route's kilometres are its 里程; gold medals
    won (勇夺3金) are the games' 金牌数; a bare 完成投资 is that of the projects counted before it, as is a bare 完成率 after it, a bare 办结率 that of
    the things the clause before names, and those 惠及 counts benefit from the work the piece before names."""
    if row["role"] == "duration":  # 停工4年: a length of time
        assert any(r.measure == "duration" for r in scan(row["example"])[0]), row["example"]
        return
    if row["role"] == "win":  # 在举重世锦赛中勇夺3金: the games' 金牌数, no verb of winning
        (medals,) = scan(row["example"])[0]
        assert medals.indicator.endswith("金牌数") and row["word"] not in medals.indicator, medals.indicator
        return
    if row["role"] == "route":  # 新建铁路120公里: the length of a route is its 里程; of anything else its 长度
        (length,) = scan(row["example"])[0]
        assert length.indicator.endswith("里程"), length.indicator
        return
    if row["role"] in ("done", "done_to"):  # 实施重点建设项目549个，完成投资1068亿元: the projects' 完成投资
        done = scan(row["example"])[0][-1]
        assert done.indicator.endswith("投资") and ("项目" in done.indicator or "工程" in done.indicator), (
            done.indicator
        )
        assert not done.indicator.startswith("完成"), done.indicator
        return
    if row["role"] == "rate_of":  # 12345热线受理诉求222万件次，满意率99.2%: the rate of what the clause before names
        rate = scan(row["example"])[0][-1]
        assert rate.indicator.endswith(row["word"]) and len(rate.indicator) > len(row["word"]) + 1, rate.indicator
        return
    if row["role"] == "done_rate":  # 省市重点工程完成投资266.9亿元，完成率117.5%: the projects' 投资完成率
        rate = scan(row["example"])[0][-1]
        assert rate.indicator.endswith(row["word"] if "投资" in row["word"] else "投资" + row["word"]), rate.indicator
        assert "项目" in rate.indicator or "工程" in rate.indicator, rate.indicator
        assert "完成投资" not in rate.indicator, rate.indicator
        return
    if row["role"] == "of_things":  # 入园企业超2100家、营业收入超3000亿元: the measure of the things counted before
        measure = scan(row["example"])[0][-1]
        assert measure.indicator.endswith(row["word"]) and len(measure.indicator) > len(row["word"]) + 2, (
            measure.indicator
        )
        return
    if row["role"] == "threshold_of":  # 生产总值超过百亿的县达到30个: the bound amount is the kind's 生产总值
        (bound,) = [r for r in scan(row["example"])[0] if r.unit == "元"]
        assert bound.indicator.endswith(row["word"]) and not bound.indicator.startswith(row["word"]), bound.indicator
        return
    if row["role"] == "delegate_item":  # 办理市人大代表议案3件、建议283件: the deputies' suggestions
        last = scan(row["example"])[0][-1]
        assert last.indicator.endswith("代表" + row["word"] + "数"), last.indicator
        return
    if row["role"] == "driven":  # 发放消费券4.5亿元，拉动消费89.9亿元: drawn by the money before
        last = scan(row["example"])[0][-1]
        assert row["word"] in last.indicator and not last.indicator.startswith(row["word"]), last.indicator
        return
    if row["role"] == "benefit":  # 增值税留抵退税1059亿元，惠及企业8万多户: the beneficiaries of the work before
        benefit = scan(row["example"])[0][-1]
        assert row["word"] in benefit.indicator and not benefit.indicator.startswith(row["word"]), benefit.indicator
        return
    if row["role"] == "facility":  # 花湖机场全面运行，…货运量达到28万吨: the port's or airport's traffic
        last = scan(row["example"])[0][-1]
        assert row["word"] in last.indicator and ("机场" in last.indicator or "港" in last.indicator), last.indicator
        return
    if row["role"] == "needs_owner":  # 规上工业企业达到340户以上，增加值年均增长5.1%: whose 增加值, from before
        last = scan(row["example"])[0][-1]
        assert row["word"] in last.indicator and not last.indicator.startswith(row["word"]), last.indicator
        return
    if (
        row["role"] == "object_verb"
    ):  # 修改政府规章11件、废止4件: 废止 alone counts the 政府规章 the piece before counts
        last = scan(row["example"])[0][-1]
        piece = re.split("[、，]", row["example"])[-1]
        bare = piece[: piece.index(last.number_text)]  # the verb alone, perhaps after 已 or 累计
        assert last.indicator.startswith(bare) and len(last.indicator) >= len(bare) + 3, last.indicator
        return
    if row["role"] == "per_head":  # 地区生产总值超2300亿元、增长9%左右，人均突破6万元: per head of that subject
        last = scan(row["example"])[0][-1]
        assert last.indicator.startswith(row["word"]) and len(last.indicator) > len(row["word"]) + 2, last.indicator
        return
    if row["role"] == "count_verb":  # 接待游客、旅游收入分别增长: the visitors', not their income's, growth
        first = scan(row["example"])[0][0]
        assert first.indicator.startswith(row["word"]) and "收入" not in first.indicator, first.indicator
        return
    if row["role"] in ("unit_owner", "unit_owner_end"):  # 新登记市场主体4.3万户: the firms' number, not households'
        last = scan(row["example"])[0][-1]
        assert row["word"] in last.indicator and last.indicator.endswith("数"), last.indicator
        assert last.indicator[:-1].endswith("户") or not last.indicator.endswith("户数"), last.indicator
        return
    if row["role"] == "attribute":
        (amount, *_) = scan(row["example"])[0]
        assert amount.indicator.endswith(row["word"]) and "的" not in amount.indicator, amount.indicator
        return
    last = scan(row["example"])[0][-1]
    assert "粮食" in last.indicator and last.indicator.endswith(("产量", "总产")), last.indicator
    if row["role"] == "subject_end":
        assert row["word"] not in last.indicator, last.indicator


@pytest.mark.parametrize("row", PART_OF_YEAR, ids=[row["word"] for row in PART_OF_YEAR])
def test_a_figure_of_part_of_a_year_is_not_the_years_quantity(row):
    """一季度…增长6.6%: no catalogue entry; the same sentence without the word is the year's GDP growth."""
    (record,) = scan(row["example"])[0]
    (without,) = scan(row["example"].replace(row["word"], "", 1))[0]
    assert (record.indicator_id, without.indicator_id) == (None, "gdp-growth"), record.indicator


@pytest.mark.parametrize("row", REGION_SCOPE, ids=[f"{row['scope']}-{row['word']}" for row in REGION_SCOPE])
def test_a_figure_of_part_of_the_region_is_not_the_regions_quantity(row):
    """生产建设兵团…，生产总值增长6.9%: no catalogue entry, but the region's once the part word is gone; a word of
    the whole after a part (兵团…，全区地区生产总值…) and a verb before one (推进开发区改革，…) give the figure back
    to the region, and without them it is the part's."""
    last = scan(row["example"])[0][-1]
    without = scan(row["example"].replace(row["word"], "", 1))[0][-1]
    ids = (last.indicator_id, without.indicator_id)
    if row["scope"] == "part":
        assert ids[0] is None and ids[1] is not None, (row["example"], ids)
    else:
        assert ids[0] is not None and ids[1] is None, (row["example"], ids)


@pytest.mark.parametrize("row", STREAK_WORDS, ids=[row["word"] for row in STREAK_WORDS])
def test_each_streak_word_makes_the_number_before_it_a_streak(row):
    """十八连涨: the 十八 is a streak's length in the word's unit, a duration, even as bare Chinese digits."""
    (record,) = [r for r in scan(row["example"])[0] if row["example"].startswith(row["word"], r.number_end)]
    assert (record.unit, record.measure) == (row["unit"], "duration"), (row["example"], record)
    assert record.indicator.endswith(f"连续{row['reads']}{row['unit']}数"), (row["example"], record)  # 连续提高年数
