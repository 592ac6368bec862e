"""Pydantic models, one per table: typed records for `td.records(name)` and the build's row checks.

The Table Schemas in `schema/` are the contract; `tests/test_models.py` fails when a model and its
schema disagree on a field's name, order, type, requiredness or allowed values.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["achieved", "target"]
Qualifier = Literal["approx", "over", "at_least", "at_most", "nearly", "exact"]
Measure = Literal["level", "growth", "share", "change_pp", "rank", "duration"]
ProjectStatus = Literal["planned", "in_progress", "started", "topped_out", "completed", "opened"]
Category = Literal[
    "transport", "water", "culture_tourism", "education", "health", "housing", "park_green", "commercial",
    "industrial", "government", "municipal_utility", "other",
]  # fmt: skip
Origin = Literal["parsed", "curated"]


class Record(BaseModel):
    """Base of every table's model: immutable, and no unknown columns accepted."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)  # NaN only from a damaged file


class Document(Record):
    """The report itself."""

    document_id: str = Field(pattern=r"^[a-z0-9-]+$")
    title: str
    issuer: str
    speaker: str
    speaker_role: str
    meeting: str
    delivered_on: dt.date
    published_on: dt.date
    source_file: str
    source_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    text_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    char_count: int = Field(ge=1)


class Section(Record):
    """A heading of the outline and the span of text it governs."""

    section_id: str = Field(pattern=r"^s[0-9]+(\.[0-9]+){0,2}$")
    document_id: str = Field(pattern=r"^[a-z0-9-]+$")
    parent_id: str | None = Field(default=None, pattern=r"^s[0-9]+(\.[0-9]+){0,1}$")
    level: Literal[1, 2, 3]
    label: str | None = None
    title: str
    char_start: int = Field(ge=0)
    char_end: int = Field(ge=1)


class Term(Record):
    """A glossary entry and where its term first appears in the body."""

    term_id: str = Field(pattern=r"^t[0-9]{2}$")
    document_id: str = Field(pattern=r"^[a-z0-9-]+$")
    glossary_order: int = Field(ge=1)
    term: str
    definition: str
    definition_start: int = Field(ge=0)
    definition_end: int = Field(ge=1)
    first_mention_start: int | None = Field(default=None, ge=0)
    first_mention_end: int | None = Field(default=None, ge=1)
    mention_count: int = Field(ge=0)
    section_id: str | None = None


class Target(Record):
    """One stated quantity: an achieved result or a planned target, with the clause it came from."""

    target_id: str = Field(pattern=r"^q[0-9]{5}$")
    document_id: str = Field(pattern=r"^[a-z0-9-]+$")
    section_id: str
    kind: Kind
    period_start: int = Field(ge=1900)
    period_end: int = Field(ge=1900)
    indicator: str
    value: float
    value_max: float | None = None
    unit: str | None = None
    qualifier: Qualifier
    measure: Measure
    number_text: str
    number_start: int = Field(ge=0)
    number_end: int = Field(ge=1)
    quote: str
    char_start: int = Field(ge=0)
    char_end: int = Field(ge=1)
    origin: Origin


class Project(Record):
    """One mention of a named project, with its status as the text states it."""

    project_id: str = Field(pattern=r"^p[0-9]{5}$")
    project_key: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    document_id: str = Field(pattern=r"^[a-z0-9-]+$")
    section_id: str
    name: str
    status_text: str
    status: ProjectStatus
    kind: Kind
    period_start: int = Field(ge=1900)
    period_end: int = Field(ge=1900)
    category: Category
    location: str | None = None
    quote: str
    char_start: int = Field(ge=0)
    char_end: int = Field(ge=1)
    name_start: int = Field(ge=0)
    name_end: int = Field(ge=1)
    origin: Origin


class ProjectSummary(Record):
    """One project across its mentions: its status in each period of the report."""

    project_key: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    name: str
    category: Category
    location: str | None = None
    mention_count: int = Field(ge=1)
    first_project_id: str = Field(pattern=r"^p[0-9]{5}$")
    status_2021_2025: ProjectStatus | None = None
    status_2025: ProjectStatus | None = None
    status_2026: ProjectStatus | None = None
    status_2026_2030: ProjectStatus | None = None


MODELS: dict[str, type[Record]] = {
    "documents": Document,
    "sections": Section,
    "terms": Term,
    "targets": Target,
    "projects": Project,
    "project_summary": ProjectSummary,
}
