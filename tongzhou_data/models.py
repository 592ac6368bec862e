"""Pydantic models, one per table: every column's name, type, constraints, title and description.

They are the one definition of each table's columns: `tables.table_schema` turns a model into its
Frictionless Table Schema (`schema/*.schema.json`, written by the build), and `td.records(name)` returns
rows as these models. A title is Chinese; a description Chinese, then English.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

Kind = Literal["achieved", "target"]
Qualifier = Literal["approx", "over", "at_least", "at_most", "nearly", "exact"]
Measure = Literal["level", "growth", "share", "change_pp", "rank", "duration"]
ProjectStatus = Literal["planned", "in_progress", "started", "topped_out", "completed", "opened"]
Category = Literal[
    "transport", "water", "culture_tourism", "education", "health", "housing", "park_green", "commercial",
    "industrial", "government", "municipal_utility", "other",
]  # fmt: skip
Origin = Literal["parsed", "corrected", "curated"]
Direction = Literal["up", "down"]
UNIQUE = {"unique": True}  # a Table Schema constraint with no pydantic equivalent
# Patterns that more than one column shares.
DOCUMENT_ID = r"^[a-z0-9-]+$"
PROJECT_KEY = r"^[a-z0-9]+(-[a-z0-9]+)*$"
PROJECT_ID = r"^p[0-9]{5,}$"
SHA256 = r"^[0-9a-f]{64}$"
INDICATOR_ID = r"^[a-z0-9]+(-[a-z0-9]+)*$"
TARGET_ID = r"^q[0-9]{5,}$"
Topic = Literal[
    "economy", "fiscal", "investment", "innovation", "industry", "consumption", "finance", "trade", "environment",
    "transport", "housing", "urban_renewal", "education", "health", "elderly_care", "employment", "social_security",
    "culture_tourism", "rural", "governance", "sub_centre_functions",
]  # fmt: skip


class Record(BaseModel):
    """Base of every table's model: immutable, and no unknown columns accepted."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)  # NaN only from a damaged file


class Document(Record):
    """The report itself."""

    document_id: str = Field(
        pattern=DOCUMENT_ID,
        title="文件编号",
        json_schema_extra=UNIQUE,
        description="报告的稳定编号。 Stable id of the report.",
    )
    title: str = Field(
        title="标题",
        description="报告标题，照录原文。 Title as written in the report.",
    )
    title_en: str | None = Field(
        default=None,
        title="英文标题",
        description="报告标题的英文译名。 The title in English.",
    )
    issuer: str | None = Field(
        default=None,
        title="发文机关",
        description="印发通知的机关，照录原文。 The body that issued the notice publishing the report.",
    )
    speaker: str | None = Field(
        default=None,
        title="报告人",
        description="作报告的人，去掉排版空格。 Who delivered the report (layout spaces removed).",
    )
    speaker_role: str | None = Field(
        default=None,
        title="报告人职务",
        description="报告人的职务，照录原文。 The speaker's office as written.",
    )
    meeting: str | None = Field(
        default=None,
        title="会议",
        description="作报告的会议，去掉换行。 The meeting at which it was delivered (line break removed).",
    )
    delivered_on: dt.date | None = Field(
        default=None,
        title="报告日期",
        description="作报告的日期（ISO 8601）。 Date the report was delivered (ISO 8601).",
    )
    published_on: dt.date | None = Field(
        default=None,
        title="印发日期",
        description="通知印发的日期（ISO 8601）。 Date of the notice that published the report (ISO 8601).",
    )
    source_file: str = Field(
        title="源文件",
        description="仓库中源文件的路径。 Path of the source file in the repository.",
    )
    source_sha256: str = Field(
        pattern=SHA256,
        title="源文件哈希",
        description="源文件的 SHA-256。 SHA-256 of the source file's bytes.",
    )
    text_sha256: str = Field(
        pattern=SHA256,
        title="工作文本哈希",
        description="工作文本（删去书签标记）的 UTF-8 SHA-256。 SHA-256 of the working text (bookmarks removed), UTF-8.",
    )
    char_count: int = Field(
        ge=1,
        title="字符数",
        description="工作文本的码位数。 Length of the working text in code points; every offset is below it.",
    )


class Section(Record):
    """A heading of the outline and the span of text it governs."""

    section_id: str = Field(
        pattern=r"^s[0-9]+(\.[0-9]+){0,2}$",
        title="章节编号",
        description="提纲中的位置：s部分.章.节，例如 s1.2.3。 Position in the outline: s<part>.<chapter>.<section>, e.g. s1.2.3.",
    )
    document_id: str = Field(
        pattern=DOCUMENT_ID,
        title="文件编号",
        description="报告的稳定编号，外键指向 documents。 Stable id of the report; foreign key to documents.",
    )
    parent_id: str | None = Field(
        default=None,
        pattern=r"^s[0-9]+(\.[0-9]+){0,1}$",
        title="上级章节编号",
        description="上一级标题的编号；部分为空。 The enclosing heading's section_id; empty for a part.",
    )
    level: Literal[1, 2, 3] = Field(
        title="层级",
        description="1 部分，2 章（一、），3 节（（一））。 1 part, 2 chapter (一、), 3 section (（一）).",
    )
    label: str | None = Field(
        default=None,
        title="序号",
        description="章节序号，照录原文：一、（三）；部分为空。 The heading's numeral as written: 一, （三）; empty for a part.",
    )
    title: str = Field(
        title="标题",
        description="标题；节只取标题句，分两行的标题连成一行。 Heading title; for a section its heading sentence only; a title broken over two lines is joined.",
    )
    title_en: str | None = Field(
        default=None,
        title="英文标题",
        description="标题的英文译名。 The heading title in English.",
    )
    char_start: int = Field(
        ge=0,
        title="起始位置",
        description="标题在工作文本中的起始位置。 Offset where the heading starts in the working text.",
    )
    char_end: int = Field(
        ge=1,
        title="结束位置",
        description="该标题所统辖文本的结束位置（不含）。 End (exclusive) of the text the heading governs.",
    )


class Term(Record):
    """A glossary entry and where its term first appears in the body."""

    term_id: str = Field(
        pattern=r"^t[0-9]{2}$",
        title="名词编号",
        description="按名词解释的序号编号：t01…t28。 Numbered by glossary entry: t01…t28.",
    )
    document_id: str = Field(
        pattern=DOCUMENT_ID,
        title="文件编号",
        description="报告的稳定编号，外键指向 documents。 Stable id of the report; foreign key to documents.",
    )
    glossary_order: int = Field(
        ge=1,
        title="名词解释序号",
        description="名词解释中的序号。 The entry's number in the glossary.",
    )
    term: str = Field(
        title="名词",
        description="名词，照录原文。 The term, verbatim.",
    )
    term_en: str | None = Field(
        default=None,
        title="英文名词",
        description="名词的英文译名。 The term in English.",
    )
    definition: str = Field(
        title="解释",
        description="解释，照录原文（去掉行尾空白）。 The definition, verbatim (trailing white space dropped).",
    )
    definition_en: str | None = Field(
        default=None,
        title="英文解释",
        description="解释的英文全译。 The definition translated into English in full.",
    )
    definition_start: int = Field(
        ge=0,
        title="解释起始位置",
        description="解释在工作文本中的起始位置。 Offset where the definition starts.",
    )
    definition_end: int = Field(
        ge=1,
        title="解释结束位置",
        description="解释的结束位置（不含）。 End (exclusive) of the definition.",
    )
    first_mention_start: int | None = Field(
        default=None,
        ge=0,
        title="首次出现起始位置",
        description="名词在报告正文（不含名词解释）中首次出现的起始位置，按核心词查找。 Where the term first appears in the report body (glossary excluded), found by its core words.",
    )
    first_mention_end: int | None = Field(
        default=None,
        ge=1,
        title="首次出现结束位置",
        description="首次出现的结束位置（不含）。 End (exclusive) of the first mention.",
    )
    mention_count: int = Field(
        ge=0,
        title="出现次数",
        description="核心词在正文中出现的次数。 How many times its core words occur in the body.",
    )
    first_mention_section_id: str | None = Field(
        default=None,
        title="首次出现章节",
        description="首次出现所在的最内层章节，外键指向 sections。 The innermost section holding the first mention; foreign key to sections.",
    )


class TermMention(Record):
    """One mention of a glossary term in the report body."""

    term_mention_id: str = Field(
        pattern=r"^t[0-9]{2}-[0-9]{5}$",
        title="提及编号",
        description="术语编号与提及起始位置（5位）。 Stable id: the term_id and the offset where the mention starts, 5 digits.",
    )
    term_id: str = Field(
        pattern=r"^t[0-9]{2}$",
        title="术语编号",
        description="所提及的术语，外键指向 terms。 The term mentioned; foreign key to terms.",
    )
    document_id: str = Field(
        pattern=DOCUMENT_ID,
        title="文件编号",
        description="报告的稳定编号，外键指向 documents。 Stable id of the report; foreign key to documents.",
    )
    section_id: str = Field(
        title="章节编号",
        description="提及所在的最内层章节，外键指向 sections。 The innermost section holding the mention; foreign key to sections.",
    )
    matched: str = Field(
        title="原文",
        description="提及的原文：整个术语，或术语的核心词（引号内的词）。 The mention as written: the whole term where it stands whole, else its core words (those in quotation marks).",
    )
    char_start: int = Field(
        ge=0,
        title="起始位置",
        description="提及在工作文本中的起始位置。 Offset where the mention starts in the working text.",
    )
    char_end: int = Field(
        ge=1, title="结束位置", description="提及的结束位置（不含）。 Offset where the mention ends (exclusive)."
    )


class Target(Record):
    """One stated quantity: an achieved result or a planned target, with the clause it came from."""

    target_id: str = Field(
        pattern=r"^q[0-9]{5}$",
        title="编号",
        description="稳定编号：q加数字本身在工作文本中的起始位置（5位）。 Stable id: q and the offset where the numeral itself starts, 5 digits.",
    )
    document_id: str = Field(
        pattern=DOCUMENT_ID,
        title="文件编号",
        description="外键指向 documents。 Foreign key to documents.",
    )
    section_id: str = Field(
        title="章节编号",
        description="数字所在的最内层章节，外键指向 sections。 The innermost section holding the number; foreign key to sections.",
    )
    kind: Kind = Field(
        title="类型",
        description="achieved 已完成（2025年工作回顾、十四五时期），target 目标（十五五时期、2026年）。 achieved (the 2025 review, the 十四五 years) or target (the 十五五 goals, the 2026 plan).",
    )
    period_start: int = Field(
        ge=1900,
        title="起始年份",
        description="所属时期的第一年。 First year of the period the quantity belongs to.",
    )
    period_end: int = Field(
        ge=1900,
        title="结束年份",
        description="所属时期的最后一年。 Last year of the period.",
    )
    indicator: str = Field(
        title="指标",
        description="所衡量内容的简短中文名称：指标目录中 indicator_id 的 name_zh，同一指标各时期同名。 A short Chinese name of what is measured: the catalogue's name_zh of indicator_id, the same in every period.",
    )
    indicator_id: str = Field(
        pattern=INDICATOR_ID,
        title="指标编号",
        description="所衡量的指标，外键指向 indicators：同一数量在不同时期共用一个编号。 The indicator measured; foreign key to indicators: the same quantity shares one id across periods.",
    )
    value: float = Field(
        title="数值",
        description="数值，已乘以中文数量级：1.4万→14000，千亿→1e11，八成→80；百分数照录：10.8%→10.8。 The number with its Chinese magnitude applied; percentages as written.",
    )
    value_max: float | None = Field(
        default=None,
        title="数值上限",
        description="区间的上限（2-3 项：3），否则为空。 Upper end of a range (2-3: 3), else empty.",
    )
    unit: str | None = Field(
        default=None,
        title="单位",
        description="所计量的单位，去掉数量级：万平方米→平方米，亿元→元，个百分点→百分点；未写单位的亿元级金额→元；原文无单位则为空。 What is counted, magnitude removed; unitless amounts of 亿 and more are 元; empty when the text gives none.",
    )
    qualifier: Qualifier = Field(
        title="限定词",
        description="approx 左右/约，over 超/超过/余/多/突破/逾，at_least 以上/不少于/至少/不低于，at_most 以内/不超过/低于，nearly 近/接近，exact 无。 The qualifier word's meaning.",
    )
    measure: Measure = Field(
        title="度量",
        description="level 存量或流量，growth 增长（%或倍），share 比例，change_pp 百分点变化，rank 名次，duration 持续年数。 What kind of quantity it is.",
    )
    direction: Direction | None = Field(
        default=None,
        title="方向",
        description="增长或变化的方向：up 增加，down 减少（下降11.5%）；其他度量为空。数值本身照录为正数。 For growth and change_pp rows, up or down (下降11.5% is down 11.5); empty for other measures. The value stays as written.",
    )
    number_text: str = Field(
        title="数字原文",
        description="数字的原文写法，含数量级和限定词：1.4万余，6%左右，近2倍。 The number as written, with magnitude and qualifier words.",
    )
    number_start: int = Field(
        ge=0,
        title="数字起始位置",
        description="number_text 在工作文本中的起始位置。 Offset where number_text starts in the working text.",
    )
    number_end: int = Field(
        ge=1,
        title="数字结束位置",
        description="number_text 的结束位置（不含）。 End (exclusive) of number_text.",
    )
    quote: str = Field(
        title="原文",
        description="包含该数字及其所衡量内容的最短分句，照录原文。 The shortest clause holding the number and what it measures, verbatim.",
    )
    char_start: int = Field(
        ge=0,
        title="起始位置",
        description="quote 在工作文本中的起始位置。 Offset where the quote starts.",
    )
    char_end: int = Field(
        ge=1,
        title="结束位置",
        description="quote 的结束位置（不含）。 End (exclusive) of the quote.",
    )
    origin: Origin = Field(
        title="来源",
        description="parsed 各字段均由解析程序从文本读取，corrected 部分字段经人工校正（见 corrected_fields），curated 人工补充。 parsed: every field as the parser read it from the text; corrected: the fields in corrected_fields set by hand; curated: added by hand.",
    )
    corrected_fields: str | None = Field(
        default=None,
        title="校正字段",
        description="人工校正的字段名，以逗号分隔；未校正为空。 The fields set by hand, comma-separated; empty unless origin is corrected.",
    )


class Project(Record):
    """One mention of a named project, with its status as the text states it."""

    project_id: str = Field(
        pattern=PROJECT_ID,
        title="编号",
        description="稳定编号：p加项目名称在工作文本中的起始位置（5位）。 Stable id: p and the offset where the name starts, 5 digits.",
    )
    project_key: str = Field(
        pattern=PROJECT_KEY,
        title="项目键",
        description="同一项目在各处提及共用的键，外键指向 project_summary。 The same project across mentions; foreign key to project_summary.",
    )
    document_id: str = Field(
        pattern=DOCUMENT_ID,
        title="文件编号",
        description="外键指向 documents。 Foreign key to documents.",
    )
    section_id: str = Field(
        title="章节编号",
        description="名称所在的最内层章节，外键指向 sections。 The innermost section holding the name; foreign key to sections.",
    )
    name: str = Field(
        title="名称",
        description="项目名称，照录原文。 The project's name as written.",
    )
    full_name: str = Field(
        title="全称",
        description="项目全称：列举中共用的中心词已补全（宋庄 → 宋庄城中村改造项目），同 project_summary.name。 The project's full name: a head noun a list shares is completed (宋庄 → 宋庄城中村改造项目); the same as project_summary.name.",
    )
    status_text: str = Field(
        title="进度原文",
        description="说明进度的原文词语：主体结构封顶、建成投用、加快推进。 The words that say where it stands, as written.",
    )
    status: ProjectStatus = Field(
        title="进度",
        description="planned 谋划/待启动，in_progress 在建/推进，started 开工，topped_out 封顶，completed 完工/竣工/建成，opened 投用/开放/开业/通车/运行。 Where the project stands (for a target: where it is to stand).",
    )
    kind: Kind = Field(
        title="类型",
        description="achieved 已完成的回顾，target 目标与计划。 achieved (review) or target (plan).",
    )
    period_start: int = Field(
        ge=1900,
        title="起始年份",
        description="所属时期的第一年。 First year of the period.",
    )
    period_end: int = Field(
        ge=1900,
        title="结束年份",
        description="所属时期的最后一年。 Last year of the period.",
    )
    category: Category = Field(
        title="类别",
        description="项目类别。 The project's category.",
    )
    location: str | None = Field(
        default=None,
        title="地点",
        description="原文将其关联的镇、街道或功能区；原文未写则为空。 The town, street or functional area the text ties it to; empty when it names none.",
    )
    quote: str = Field(
        title="原文",
        description="包含名称与进度的最短分句，照录原文。 The shortest clause holding the name and its status, verbatim.",
    )
    char_start: int = Field(
        ge=0,
        title="起始位置",
        description="quote 在工作文本中的起始位置。 Offset where the quote starts.",
    )
    char_end: int = Field(
        ge=1,
        title="结束位置",
        description="quote 的结束位置（不含）。 End (exclusive) of the quote.",
    )
    name_start: int = Field(
        ge=0,
        title="名称起始位置",
        description="name 在工作文本中的起始位置。 Offset where the name starts.",
    )
    name_end: int = Field(
        ge=1,
        title="名称结束位置",
        description="name 的结束位置（不含）。 End (exclusive) of the name.",
    )
    origin: Origin = Field(
        title="来源",
        description="parsed 名称、状态和时期均由解析程序读取，corrected 部分字段经人工校正（见 corrected_fields），curated 人工补充。项目键、全称、类别和地点来自项目目录。 parsed: name, status and period as the parser read them; corrected: the fields in corrected_fields set by hand; curated: added by hand. The key, full name, category and location come from the project catalogue.",
    )
    corrected_fields: str | None = Field(
        default=None,
        title="校正字段",
        description="人工校正的字段名，以逗号分隔；未校正为空。 The fields set by hand, comma-separated; empty unless origin is corrected.",
    )


class ProjectSummary(Record):
    """One project across its mentions: its status in each period of the report."""

    project_key: str = Field(
        pattern=PROJECT_KEY,
        title="项目键",
        json_schema_extra=UNIQUE,
        description="项目键。 The project's key.",
    )
    name: str = Field(
        title="名称",
        description="项目全称：列表中共用的中心词已补全（北咨、北建院总部 → 北咨总部）。 The full name: a head noun the text shares across a list is completed (北咨 → 北咨总部).",
    )
    name_en: str | None = Field(
        default=None,
        title="英文名称",
        description="项目全称的英文译名。 The full name in English.",
    )
    category: Category = Field(
        title="类别",
        description="项目类别。 The project's category.",
    )
    location: str | None = Field(
        default=None,
        title="地点",
        description="首个写明的地点。 The first location its mentions give, else empty.",
    )
    mention_count: int = Field(
        ge=1,
        title="提及次数",
        description="在 projects 中的行数。 Its rows in projects.",
    )
    first_project_id: str = Field(
        pattern=PROJECT_ID,
        title="首次提及编号",
        description="首次提及的 project_id，外键指向 projects。 The project_id of its first mention; foreign key to projects.",
    )
    status_2021_2025: ProjectStatus | None = Field(
        default=None,
        title="十四五时期进度",
        description="“十四五”时期成就中的进度。 Status in the 十四五 achievements (2021-2025).",
    )
    status_2025: ProjectStatus | None = Field(
        default=None,
        title="2025年进度",
        description="2025年工作回顾中的进度（多次提及取最后一次）。 Status in the 2025 review (the last mention if several).",
    )
    status_2026: ProjectStatus | None = Field(
        default=None,
        title="2026年目标进度",
        description="2026年重点工作中的目标进度。 Status planned for 2026.",
    )
    status_2026_2030: ProjectStatus | None = Field(
        default=None,
        title="十五五时期目标进度",
        description="“十五五”时期目标中的进度。 Status planned for 2026-2030.",
    )


class Indicator(Record):
    """One quantity the report states, however it is worded, in whatever periods: the catalogue."""

    indicator_id: str = Field(
        pattern=INDICATOR_ID,
        title="指标编号",
        json_schema_extra=UNIQUE,
        description="指标的稳定英文编号。 Stable ASCII id of the indicator.",
    )
    name_zh: str = Field(title="中文名称", description="指标的中文名称。 The indicator's Chinese name.")
    name_en: str | None = Field(
        default=None,
        title="英文名称",
        description="指标的英文名称；无译名时为空。 The indicator's English name; empty where none is given.",
    )
    unit: str | None = Field(
        default=None,
        title="单位",
        description="计量单位（去掉数量级）；无则为空。 Unit, magnitude removed; empty when none.",
    )
    measure: Measure = Field(
        title="度量类型",
        description="level 水平，growth 增速，share 占比，change_pp 百分点变化，rank 名次，duration 持续年数。 What kind of quantity it is.",
    )
    topic: Topic | None = Field(
        default=None,
        title="主题",
        description="主题，封闭词表（见数据字典）；未归类时为空。 Topic, from a closed vocabulary; empty where not assigned.",
    )
    description_en: str | None = Field(
        default=None,
        title="英文说明",
        description="一句话英文说明。 One English sentence saying what it counts or measures.",
    )


PERIOD_SLOTS = ("achieved_2021_2025", "achieved_2025", "target_2026", "target_2026_2030")


# Each period's columns in `indicator_summary`: (suffix, type, Chinese title word, description, constraints).
SLOT_COLUMNS: tuple[tuple[str, Any, str, str, dict[str, Any]], ...] = (
    ("value", float | None, "数值", "数值。 The value", {}),
    ("value_max", float | None, "上限", "区间上限。 Upper end of a range", {}),
    ("qualifier", Qualifier | None, "限定词", "限定词。 Qualifier", {}),
    (
        "target_id",
        str | None,
        "目标编号",
        "所据的 targets 行，外键。 The targets row it comes from",
        {"pattern": TARGET_ID},
    ),
)


def _slot(period: str) -> dict[str, Any]:
    """The four columns of one period in `indicator_summary`."""
    kind, years = period.split("_", 1)
    words = ("实现" if kind == "achieved" else "目标") + years.replace("_", "—")
    where = f"{kind} {years.replace('_', '-')}"
    return {
        f"{period}_{suffix}": (
            kind_,
            Field(default=None, title=f"{words}{title}", description=f"{text}, {where}.", **extra),
        )
        for suffix, kind_, title, text, extra in SLOT_COLUMNS
    }


IndicatorSummary = create_model(
    "IndicatorSummary",
    __base__=Record,
    __doc__="One indicator with its values side by side: achieved 2021-2025 and 2025, target 2026 and 2026-2030.",
    indicator_id=(
        str,
        Field(
            pattern=INDICATOR_ID,
            title="指标编号",
            json_schema_extra=UNIQUE,
            description="指标，外键指向 indicators。 The indicator; foreign key to indicators.",
        ),
    ),
    name_zh=(str, Field(title="中文名称", description="指标的中文名称。 The indicator's Chinese name.")),
    name_en=(
        str | None,
        Field(
            default=None,
            title="英文名称",
            description="指标的英文名称；无译名时为空。 The indicator's English name; empty where none is given.",
        ),
    ),
    unit=(str | None, Field(default=None, title="单位", description="计量单位；无则为空。 Unit; empty when none.")),
    **{k: v for period in PERIOD_SLOTS for k, v in _slot(period).items()},
)
