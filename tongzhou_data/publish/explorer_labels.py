"""The explorer's words in Chinese and English: its interface, field names and coded values, in one place
so that switching language changes every label the page shows."""

from __future__ import annotations

UI = {
    "title": ("报告浏览", "Report explorer"),
    "document": ("报告", "Report"),
    "outline": ("目录", "Outline"),
    "search": ("搜索", "Search"),
    "search_hint": ("搜索原文、指标、项目、名词…", "Search quotes, indicators, projects, terms…"),
    "filters": ("筛选", "Filters"),
    "all": ("全部", "All"),
    "show": ("显示", "Show"),
    "target": ("数量", "Quantities"),
    "project": ("项目", "Projects"),
    "term": ("名词", "Terms"),
    "details": ("详情", "Details"),
    "details_hint": ("点击原文中的高亮查看该行数据。", "Click a highlight in the text to see its row."),
    "neighbours_target": ("同一指标的其他数量", "Other quantities of the same indicator"),
    "neighbours_project": ("同一项目的其他提及", "Other mentions of the same project"),
    "neighbours_term": ("同一名词的其他提及", "Other mentions of the same term"),
    "none": ("无", "none"),
    "matches": ("条匹配", "matching rows"),
    "charts": ("图表", "Charts"),
    "chart_targets": ("2026年目标与2025年实绩（按指标）", "2026 targets beside 2025 results, by indicator"),
    "chart_projects": ("各时期项目：按状态与类别", "Projects by status and category, per period"),
    "text": ("报告原文", "The report's text"),
    "language": ("English", "中文"),
}

FIELDS = {
    "quote": ("原文", "Quote"),
    "value": ("数值", "Value"),
    "unit": ("单位", "Unit"),
    "qualifier": ("限定", "Qualifier"),
    "measure": ("类型", "Measure"),
    "kind": ("性质", "Kind"),
    "period": ("时期", "Period"),
    "indicator": ("指标", "Indicator"),
    "section": ("章节", "Section"),
    "name": ("名称", "Name"),
    "full_name": ("全称", "Full name"),
    "status": ("状态", "Status"),
    "status_text": ("原文状态", "Status as written"),
    "category": ("类别", "Category"),
    "location": ("地点", "Location"),
    "term": ("名词", "Term"),
    "definition": ("释义", "Definition"),
    "matched": ("匹配原文", "Matched"),
    "id": ("编号", "Id"),
}

VALUES = {
    "kind": {"achieved": ("已完成", "achieved"), "target": ("目标", "target")},
    "qualifier": {
        "approx": ("左右/约", "approx."), "over": ("超过", "over"), "at_least": ("以上", "at least"),
        "at_most": ("以内", "at most"), "nearly": ("近", "nearly"), "exact": ("确数", "exact"),
    },
    "measure": {
        "level": ("水平", "level"), "growth": ("增速", "growth"), "share": ("占比", "share"),
        "change_pp": ("百分点变化", "change (pp)"), "rank": ("名次", "rank"), "duration": ("持续年数", "duration"),
    },
    "status": {
        "planned": ("谋划", "planned"), "in_progress": ("推进建设", "in progress"), "started": ("开工", "started"),
        "topped_out": ("封顶", "topped out"), "completed": ("完工", "completed"), "opened": ("投用", "opened"),
    },
    "category": {
        "transport": ("交通", "transport"), "water": ("水务", "water"),
        "culture_tourism": ("文旅", "culture & tourism"),
        "education": ("教育", "education"), "health": ("医疗卫生", "health"), "housing": ("住房", "housing"),
        "park_green": ("公园绿地", "parks & green"), "commercial": ("商务", "commercial"),
        "industrial": ("产业", "industrial"), "government": ("政务", "government"),
        "municipal_utility": ("市政", "utilities"), "other": ("其他", "other"),
    },
}  # fmt: skip

CHART = {
    "result_2025": ("2025年实绩", "2025 result"),
    "target_2026": ("2026年目标", "2026 target"),
    "relative": ("相对大小（两值中较大者为100%）", "Relative size (the larger of the two = 100%)"),
    "count": ("提及次数", "Mentions"),
    "indicator": ("指标", "Indicator"),
    "period": ("时期", "Period"),
}


def period(start: int, end: int) -> str:
    """A period as the page names it: `2025`, or `2021–2025`."""
    return str(start) if start == end else f"{start}–{end}"


def catalogue() -> dict[str, dict[str, object]]:
    """Every label by language, as the page's script reads them: {'zh': {...}, 'en': {...}}."""
    out: dict[str, dict[str, object]] = {}
    for index, lang in enumerate(("zh", "en")):
        out[lang] = {
            "ui": {key: pair[index] for key, pair in UI.items()},
            "fields": {key: pair[index] for key, pair in FIELDS.items()},
            "values": {f: {k: pair[index] for k, pair in v.items()} for f, v in VALUES.items()},
        }
    return out
