"""The `projects` table (one row per mention) and `project_summary` (one row per project).

The parser (`extract.report`) proposes mentions with their status and period; curated data links and
corrects: `project_mentions.csv` links every mention to its project_key (and gives the name, status or
status words where the parser got them wrong, or found nothing), `project_exclusions.csv` sets aside what
reads like a project but is not one, and `projects.csv` is the catalogue: each project's full name,
English name, category and location. Every mention the parser proposes must be claimed by one of the two
files, so nothing it finds is silently dropped. A row's `origin` says whether its name and status are the
parser's (`parsed`), set by hand over a parser's mention (`corrected`, naming the fields), or added by
hand (`curated`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..extract.periods import PeriodSpan, period_at
from ..extract.reports import ProjectRecord, Report
from ..extract.sections import innermost
from ..extract.text import clause_span
from ..models import Project, ProjectSummary, Section
from ..table_rows import PERIOD_COLUMNS, summary_rows
from .curated import Curated, CuratedFiles, CurationError, ProjectExclusion, ProjectInfo, ProjectMention, anchor


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


@dataclass
class Claims:
    """The curated projects by key, the mentions the extractor found, and which of them curation claimed."""

    projects: dict[str, ProjectInfo]
    found: list[ProjectRecord]
    claimed: set[int] = field(default_factory=set)

    def claim(self, start: int, end: int) -> ProjectRecord | None:
        """The found mention whose name overlaps [start, end), now claimed; None when there is none."""
        hit = next((m for m in self.found if m.name_start < end and start < m.name_end), None)
        if hit is not None:
            self.claimed.add(id(hit))
        return hit

    def unclaimed(self) -> list[str]:
        return [
            f"project candidate {m.name!r} ({m.status_text}) in {m.quote!r} is in neither "
            "seeds/curated/project_mentions.csv nor project_exclusions.csv"
            for m in self.found
            if id(m) not in self.claimed
        ]


def project_tables(
    text: str, parsed: Report, outline: list[Section], curated: CuratedFiles, document_id: str
) -> tuple[list[Project], list[ProjectSummary]]:
    """Both tables, or CurationError naming every curated row that hits nothing or contradicts the text."""
    problems: list[str] = []
    body, spans = parsed.body, parsed.periods
    claims = Claims(_projects(curated, spans, problems), list(parsed.projects))
    for c in curated[ProjectExclusion]:
        start = anchor(text, body, c.row.context, c.row.name, c.where(), "name", problems)
        if start is not None:
            claims.claim(start, start + len(c.row.name))
    place = Place(text, body, outline, spans, document_id)
    rows = _mention_rows(curated[ProjectMention], place, claims, problems)
    problems += claims.unclaimed()
    used = {r.project_key for r in rows}
    problems += [
        f"seeds/curated/projects.csv: project_key {k!r} has no mention" for k in claims.projects if k not in used
    ]
    if problems:
        raise CurationError(problems)
    rows.sort(key=lambda r: r.name_start)
    return rows, summary_rows(rows, claims.projects)


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
    outline: list[Section]
    spans: list[PeriodSpan]
    document_id: str


def _mention_rows(
    mentions_: Sequence[Curated[ProjectMention]], place: Place, claims: Claims, problems: list[str]
) -> list[Project]:
    """A row for each curated mention that fits the text; a problem for each that does not."""
    rows = []
    seen: dict[int, str] = {}
    for c in mentions_:
        start = anchor(place.text, place.body, c.row.context, c.row.name, c.where(), "name", problems)
        if start is None:
            continue
        if start in seen:
            problems.append(f"{c.where()}: the same mention as {seen[start]}")
        seen[start] = c.where()
        row = _mention_row(c, start, place, claims, problems)
        if row is not None:
            rows.append(row)
    return rows


def _mention_row(
    c: Curated[ProjectMention], start: int, place: Place, claims: Claims, problems: list[str]
) -> Project | None:
    """One mention's row: its status from the curated line or the extractor, its period and its quote."""
    row, end, text = c.row, start + len(c.row.name), place.text
    hit = claims.claim(start, end)
    status_text = row.status_text or (hit.status_text if hit else None)
    status = row.status or (hit.status if hit else None)
    if not status_text or not status:
        problems.append(f"{c.where()}: the extractor did not find {row.name!r}: give status_text and status")
        return None
    if hit is not None and not row.status_text and status_text == hit.status_text:
        status_start = hit.status_start
    else:
        status_start = _status_offset(text, status_text, start, end, *place.body)
    period = period_at(place.spans, start)
    fault = _fault(c, status_start, status_text, period, claims)
    if fault or period is None:
        problems += [fault] if fault else []
        return None
    low, high = min(start, status_start), max(end, status_start + len(status_text))
    quote_start, quote_end = _piece(text, *clause_span(text, low, high, *place.body), low, high)
    holder = innermost(place.outline, start, end)
    info = claims.projects[row.project_key]
    corrected = _corrected(hit, start, end, status_text, status)
    return Project(
        project_id=f"p{start:05d}", project_key=row.project_key, document_id=place.document_id,
        section_id=holder.section_id if holder else "", name=row.name,
        full_name=info.name, status_text=status_text,
        status=status, kind=period.kind, period_start=period.period_start,  # type: ignore[arg-type]
        period_end=period.period_end, category=info.category,  # type: ignore[arg-type]
        location=info.location, quote=text[quote_start:quote_end], char_start=quote_start, char_end=quote_end,
        name_start=start, name_end=end, origin="curated" if hit is None else ("corrected" if corrected else "parsed"),
        corrected_fields=corrected or None,
    )  # fmt: skip


def _corrected(hit: ProjectRecord | None, start: int, end: int, status_text: str, status: str) -> str:
    """The fields of a mention set by hand over the parser's (name, status_text, status), comma-separated."""
    if hit is None:
        return ""
    fields = [
        ("name", (hit.name_start, hit.name_end) != (start, end)),
        ("status", hit.status != status),
        ("status_text", hit.status_text != status_text),
    ]
    return ",".join(name for name, changed in fields if changed)


def _fault(
    c: Curated[ProjectMention], status_start: int, status_text: str, period: PeriodSpan | None, claims: Claims
) -> str | None:
    """Why a curated mention cannot become a row, or None (a period without a status column: reported once,
    at its line of periods.csv, so no fault here)."""
    if status_start < 0:
        return f"{c.where()}: status_text {status_text!r} is not in the sentence of {c.row.name!r}"
    if c.row.project_key not in claims.projects:
        return f"{c.where()}: project_key {c.row.project_key!r} is not in seeds/curated/projects.csv"
    if period is None:
        return f"{c.where()}: {c.row.name!r} lies outside every period the parser reads"
    if (period.period_start, period.period_end) not in PERIOD_COLUMNS:
        return ""
    return None


def _piece(text: str, left: int, right: int, low: int, high: int) -> tuple[int, int]:
    """The 、-separated piece of a clause that holds both the name and its status, when one does."""
    start = text.rfind("、", left, low) + 1 or left
    end = text.find("、", high, right)
    end = right if end < 0 else end
    return max(start, left), end
