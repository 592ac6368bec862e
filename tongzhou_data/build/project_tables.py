"""The `projects` table (one row per mention) and `project_summary` (one row per project).

The parser's mentions (`extract.report`) with one curation overlay (`overlay.Overlay`), as for targets:
`project_exclusions.csv` sets aside what reads like a project but is not one, `project_corrections.csv`
sets a name, status words or status the parser gets wrong, `project_additions.csv` adds the mentions it
misses, and `project_keys.csv` links every mention to its entry of the catalogue `projects.csv` (each
project's full name, English name, category and location). Every mention the parser proposes must be
linked or set aside, so nothing it finds is silently dropped. A row's `origin` is `parsed`, `corrected`
(naming the fields) or `curated` (added by hand).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import get_args

from ..extract.periods import PeriodSpan, period_at
from ..extract.reports import ProjectRecord, Report
from ..extract.sections import innermost
from ..extract.text import clause_span
from ..models import Project, ProjectSummary, Section, Status
from ..table_rows import PERIOD_COLUMNS, summary_rows
from .curated import (
    Curated,
    CuratedFiles,
    CurationError,
    ProjectAddition,
    ProjectCorrection,
    ProjectExclusion,
    ProjectInfo,
    ProjectKey,
    anchor,
)
from .overlay import Overlay


def _status_offset(text: str, status_text: str, name_start: int, name_end: int, floor: int, ceiling: int) -> int:
    """Where `status_text` stands for this name: in the name's clause, else the nearest in its sentence."""
    left, right = clause_span(text, name_start, name_end, floor, ceiling)
    candidates = []
    sentence_left = max(text.rfind("。", floor, name_start) + 1, floor)
    sentence_right = text.find("。", name_end, ceiling)
    sentence_right = ceiling if sentence_right < 0 else sentence_right
    position = text.find(status_text, sentence_left, sentence_right)
    while position >= 0:
        in_clause = left <= position and position + len(status_text) <= right
        candidates.append((not in_clause, abs(position - name_end), position))
        position = text.find(status_text, position + 1, sentence_right)
    if not candidates:
        return -1
    return min(candidates)[2]


def project_tables(
    text: str, parsed: Report, outline: Sequence[Section], curated: CuratedFiles, document_id: str
) -> tuple[list[Project], list[ProjectSummary]]:
    """Both tables, or CurationError naming every curated row that hits nothing or contradicts the text."""
    problems: list[str] = []
    projects = _projects(curated, parsed.periods, problems)
    overlay = overlay_projects(text, parsed, curated)
    if overlay.problems:
        raise CurationError(overlay.problems + problems)
    place = Place(text, parsed.body, outline, parsed.periods, document_id)
    rows = []
    for key, record in overlay.final():
        row = _mention_row(record, overlay.links[key], overlay.origin(key), place, projects, problems)
        if row is not None:
            rows.append(row)
    used = {r.project_key for r in rows}
    problems += [f"seeds/curated/projects.csv: project_key {k!r} has no mention" for k in projects if k not in used]
    if problems:
        raise CurationError(problems)
    rows.sort(key=lambda r: r.name_start)
    return rows, summary_rows(rows, projects)


CATALOGUE = "seeds/curated/projects.csv"


def overlay_projects(text: str, parsed: Report, curated: CuratedFiles) -> Overlay[ProjectRecord]:
    """The parser's mentions by where their names start, with the curated files applied to them."""
    found = parsed.projects

    def mention_at(start: int, end: int) -> int | None:
        return next((m.name_start for m in found if m.name_start < end and start < m.name_end), None)

    overlay = Overlay(text, parsed.body, {m.name_start: m for m in found}, mention_at)
    overlay.remove(curated[ProjectExclusion], lambda row: row.reason)
    overlay.correct(curated[ProjectCorrection], lambda row: row.field, partial(_correct, text, parsed.body))
    overlay.link(curated[ProjectKey], "project_key", "project_keys", _described)
    known = {c.row.project_key for c in curated[ProjectInfo]}
    keyed: list[Curated[ProjectKey] | Curated[ProjectAddition]] = [*curated[ProjectKey], *curated[ProjectAddition]]
    for c in keyed:
        if c.row.project_key not in known:
            overlay.problems.append(f"{c.where()}: project_key {c.row.project_key!r} is not in {CATALOGUE}")
    for c in curated[ProjectAddition]:
        start = anchor(text, parsed.body, c.row.context, c.row.name, c.where(), "name", overlay.problems)
        if start is None:
            continue
        if mention_at(start, start + len(c.row.name)) is not None:
            overlay.problems.append(f"{c.where()}: the parser finds {c.row.name!r}: link or correct it instead")
            continue
        record = _addition(text, parsed, start, c.row, c.where(), overlay.problems)
        if record is not None:
            overlay.add(start, record, c.row.project_key, c.where(), repr(c.row.name))
    return overlay


def _described(m: ProjectRecord) -> str:
    where = f"project candidate {m.name!r} ({m.status_text}) in {m.quote!r}"
    return f"{where}: link it, or set it aside in project_exclusions.csv"


def _correct(
    text: str, body: tuple[int, int], record: ProjectRecord, fix: ProjectCorrection, where: str, problems: list[str]
) -> ProjectRecord:
    """`record` with its name, status words or status set by hand; unchanged, with a problem, if it does
    not fit the text."""
    if fix.field == "status":
        if fix.value not in get_args(Status):
            problems.append(f"{where}: status {fix.value!r} is none of {', '.join(get_args(Status))}")
            return record
        return replace(record, status=fix.value)
    if fix.field == "name":
        start = text.find(fix.value, max(0, record.name_start - len(fix.value)), record.name_end + len(fix.value))
        if start < 0 or not (start < record.name_end and record.name_start < start + len(fix.value)):
            problems.append(f"{where}: name {fix.value!r} does not overlap the parser's {record.name!r}")
            return record
        return replace(record, name=fix.value, name_start=start, name_end=start + len(fix.value))
    at = _status_offset(text, fix.value, record.name_start, record.name_end, *body)
    if at < 0:
        problems.append(f"{where}: status_text {fix.value!r} is not in the sentence of {record.name!r}")
        return record
    return replace(record, status_text=fix.value, status_start=at, status_end=at + len(fix.value))


def _projects(curated: CuratedFiles, spans: Sequence[PeriodSpan], problems: list[str]) -> dict[str, ProjectInfo]:
    """The curated projects by key; every period the parser reads must have its status column in
    project_summary."""
    projects: dict[str, ProjectInfo] = {}
    for c in curated[ProjectInfo]:
        if c.row.project_key in projects:
            problems.append(f"{c.where()}: project_key {c.row.project_key!r} given twice")
        projects[c.row.project_key] = c.row
    for span in spans:
        if (span.period_start, span.period_end) not in PERIOD_COLUMNS:
            years = f"{span.period_start}-{span.period_end}"
            problems.append(f"the period {years} the parser reads at offset {span.start} has no status column")
    return projects


@dataclass(frozen=True)
class Place:
    """What a mention row needs from the report: its text, body, outline, periods and document id."""

    text: str
    body: tuple[int, int]
    outline: Sequence[Section]
    spans: list[PeriodSpan]
    document_id: str


def _addition(
    text: str, parsed: Report, start: int, row: ProjectAddition, where: str, problems: list[str]
) -> ProjectRecord | None:
    """A mention added by hand as a record; None, with a problem, when its status words are not in its
    sentence."""
    end = start + len(row.name)
    at = _status_offset(text, row.status_text, start, end, *parsed.body)
    if at < 0:
        problems.append(f"{where}: status_text {row.status_text!r} is not in the sentence of {row.name!r}")
        return None
    low, high = min(start, at), max(end, at + len(row.status_text))
    left, right = clause_span(text, low, high, *parsed.body)
    return ProjectRecord(
        name=row.name, name_start=start, name_end=end, status_text=row.status_text, status_start=at,
        status_end=at + len(row.status_text), status=row.status, quote=text[left:right], char_start=left,
        char_end=right,
    )  # fmt: skip


def _mention_row(
    record: ProjectRecord, key: str, made: tuple[str, str | None], place: Place, projects: dict[str, ProjectInfo],
    problems: list[str],
) -> Project | None:  # fmt: skip
    """One mention's row: its project's catalogue entry, its period, and the piece of its clause that holds
    its name and status words as its quote."""
    text, start, end = place.text, record.name_start, record.name_end
    period = period_at(place.spans, start)
    info = projects.get(key)
    if info is None:
        problems.append(
            f"seeds/curated/project_keys.csv: project_key {key!r} of {record.name!r} is not in projects.csv"
        )
        return None
    if period is None:
        problems.append(f"project mention {record.name!r} at {start} lies outside every period the parser reads")
        return None
    low, high = min(start, record.status_start), max(end, record.status_end)
    quote_start, quote_end = _piece(text, *clause_span(text, low, high, *place.body), low, high)
    holder = innermost(place.outline, start, end)
    return Project(
        project_id=f"p{start:05d}", project_key=key, document_id=place.document_id,
        section_id=holder.section_id if holder else "", name=record.name,
        full_name=info.name, status_text=record.status_text,
        status=record.status, kind=period.kind, period_start=period.period_start,  # type: ignore[arg-type]
        period_end=period.period_end, category=info.category,  # type: ignore[arg-type]
        location=info.location, quote=text[quote_start:quote_end], char_start=quote_start, char_end=quote_end,
        name_start=start, name_end=end, origin=made[0], corrected_fields=made[1],  # type: ignore[arg-type]
    )  # fmt: skip


def _piece(text: str, left: int, right: int, low: int, high: int) -> tuple[int, int]:
    """The 、-separated piece of a clause that holds both the name and its status, when one does."""
    start = text.rfind("、", left, low) + 1 or left
    end = text.find("、", high, right)
    end = right if end < 0 else end
    return max(start, left), end
