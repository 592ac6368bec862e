"""The `projects` table (one row per mention) and `project_summary` (one row per project).

The extractor (`extract.projects`) proposes mentions; curated data decides: `project_mentions.csv`
lists every mention with its project_key and location (and the name, status or status words where the
code could not delimit them), `project_exclusions.csv` sets aside what reads like a project but is not
one, and `projects.csv` gives each project its category. Every mention the extractor proposes must be
claimed by one of the two files, so nothing it finds is silently dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..extract.projects import Mention, mentions
from ..extract.sections import innermost
from ..extract.text import clause_span
from ..models import Project, ProjectSummary, Section
from .curated import Curated, CurationError, Period, ProjectExclusion, ProjectInfo, ProjectMention, anchor
from .period_markers import period_at, period_spans

PERIOD_COLUMNS = {
    (2021, 2025): "status_2021_2025",
    (2025, 2025): "status_2025",
    (2026, 2026): "status_2026",
    (2026, 2030): "status_2026_2030",
}


@dataclass(frozen=True)
class CuratedProjects:
    """All curated data about projects."""

    periods: Sequence[Curated[Period]]
    mentions: Sequence[Curated[ProjectMention]]
    exclusions: Sequence[Curated[ProjectExclusion]]
    projects: Sequence[Curated[ProjectInfo]]


def _overlapping(found: Sequence[Mention], start: int, end: int) -> Mention | None:
    return next((m for m in found if m.name_start < end and start < m.name_end), None)


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


def project_rows(
    text: str, body: tuple[int, int], outline: list[Section], curated: CuratedProjects, document_id: str
) -> tuple[list[Project], list[ProjectSummary]]:
    """Both tables, or CurationError naming every curated row that hits nothing or contradicts the text."""
    spans = period_spans(text, body, curated.periods)
    found = mentions(text, body[0], body[1])
    categories: dict[str, str] = {}
    full_names: dict[str, str] = {}
    problems: list[str] = []
    for c in curated.projects:
        if c.row.project_key in categories:
            problems.append(f"{c.where()}: project_key {c.row.project_key!r} given twice")
        categories[c.row.project_key] = c.row.category
        full_names[c.row.project_key] = c.row.name
    for c in curated.periods:
        if (c.row.period_start, c.row.period_end) not in PERIOD_COLUMNS:
            years = f"{c.row.period_start}-{c.row.period_end}"
            problems.append(f"{c.where()}: the period {years} has no status column in project_summary")
    claimed: set[int] = set()
    rows: list[Project] = []
    for c in curated.exclusions:
        try:
            start = anchor(text, body, c.row.context, c.row.name, c.where(), "name")
        except CurationError as error:
            problems += error.problems
            continue
        if hit := _overlapping(found, start, start + len(c.row.name)):
            claimed.add(id(hit))
    seen: dict[int, str] = {}
    for c in curated.mentions:
        row = c.row
        try:
            name_start = anchor(text, body, row.context, row.name, c.where(), "name")
        except CurationError as error:
            problems += error.problems
            continue
        name_end = name_start + len(row.name)
        if name_start in seen:
            problems.append(f"{c.where()}: the same mention as {seen[name_start]}")
        seen[name_start] = c.where()
        hit = _overlapping(found, name_start, name_end)
        if hit is not None:
            claimed.add(id(hit))
        status_text = row.status_text or (hit.status_text if hit else None)
        status = row.status or (hit.status if hit else None)
        if not status_text or not status:
            problems.append(f"{c.where()}: the extractor did not find {row.name!r}: give status_text and status")
            continue
        if hit is not None and not row.status_text and status_text == hit.status_text:
            status_start = hit.status_start
        else:
            status_start = _status_offset(text, status_text, name_start, name_end, body[0], body[1])
        if status_start < 0:
            problems.append(f"{c.where()}: status_text {status_text!r} is not in the sentence of {row.name!r}")
            continue
        if row.project_key not in categories:
            problems.append(f"{c.where()}: project_key {row.project_key!r} is not in seeds/curated/projects.csv")
            continue
        period = period_at(spans, name_start)
        if period is None:
            problems.append(f"{c.where()}: {row.name!r} lies outside every period in periods.csv")
            continue
        if (period.period_start, period.period_end) not in PERIOD_COLUMNS:
            continue  # reported once, at its line of periods.csv
        low = min(name_start, status_start)
        high = max(name_end, status_start + len(status_text))
        quote_start, quote_end = _piece(text, *clause_span(text, low, high, body[0], body[1]), low, high)
        holder = innermost(outline, name_start, name_end)
        rows.append(
            Project(
                project_id=f"p{name_start:05d}",
                project_key=row.project_key,
                document_id=document_id,
                section_id=holder.section_id if holder else "",
                name=row.name,
                status_text=status_text,
                status=status,  # type: ignore[arg-type]
                kind=period.kind,  # type: ignore[arg-type]
                period_start=period.period_start,
                period_end=period.period_end,
                category=categories[row.project_key],  # type: ignore[arg-type]
                location=row.location,
                quote=text[quote_start:quote_end],
                char_start=quote_start,
                char_end=quote_end,
                name_start=name_start,
                name_end=name_end,
                origin="parsed" if hit is not None else "curated",
            )
        )
    for m in found:
        if id(m) not in claimed:
            problems.append(
                f"project candidate {m.name!r} ({m.status_text}) in {m.quote!r} is in neither "
                "seeds/curated/project_mentions.csv nor project_exclusions.csv"
            )
    used = {r.project_key for r in rows}
    problems += [f"seeds/curated/projects.csv: project_key {k!r} has no mention" for k in categories if k not in used]
    if problems:
        raise CurationError(problems)
    rows.sort(key=lambda r: r.name_start)
    return rows, summarise(rows, full_names)


def _piece(text: str, left: int, right: int, low: int, high: int) -> tuple[int, int]:
    """The 、-separated piece of a clause that holds both the name and its status, when one does."""
    start = text.rfind("、", left, low) + 1 or left
    end = text.find("、", high, right)
    end = right if end < 0 else end
    return max(start, left), end


def summarise(rows: Sequence[Project], full_names: dict[str, str]) -> list[ProjectSummary]:
    """One row per project_key, in order of first mention, with the last status given in each period."""
    out: list[ProjectSummary] = []
    for key in dict.fromkeys(r.project_key for r in rows):
        mine = [r for r in rows if r.project_key == key]
        statuses: dict[str, str] = {}
        for r in mine:
            statuses[PERIOD_COLUMNS[(r.period_start, r.period_end)]] = r.status
        out.append(
            ProjectSummary(
                project_key=key,
                name=full_names[key],
                category=mine[0].category,
                location=next((r.location for r in mine if r.location), None),
                mention_count=len(mine),
                first_project_id=mine[0].project_id,
                **statuses,  # type: ignore[arg-type]
            )
        )
    return out
