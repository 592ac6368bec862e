"""Table rows from a report as the parser reads it (`extract.report`): the one place a parsed record
becomes a row of a table, shared by this report's build (which adds curation) and `tongzhou-data
extract` (which writes any report as parsed).

For a report without curation: English is empty; an indicator is each distinct (name, unit, measure)
the parser reads, its id a short hash of them, so that the same wording links across reports; a project
is each distinct name in one report, its key a hash of the report's id and the name; every row's
`origin` is `parsed`. Quantities and
project mentions outside every period or heading (a preamble) have no row and are counted as left out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, partial
from operator import attrgetter
from types import SimpleNamespace
from typing import Any, NamedTuple, Protocol, TypeVar, cast

from pydantic import ValidationError

from .checks.problems import Problems, excerpt
from .checks.rules import check_order
from .digests import sha256_hex
from .extract import catalogue, report
from .extract.documents import read_meta
from .extract.governments import government
from .extract.reports import ProjectRecord, Report
from .extract.sections import OutlineEntry, Sections, innermost
from .extract.targets import TargetRecord
from .extract.terms import GlossaryEntry
from .models import (
    Document,
    Indicator,
    Project,
    ProjectStatus,
    ProjectSummary,
    Record,
    Section,
    Target,
    Term,
    TermMention,
)
from .tables import REGISTRY

# The status columns of project_summary, by period.
PERIOD_COLUMNS = {
    (2021, 2025): "status_2021_2025",
    (2025, 2025): "status_2025",
    (2026, 2026): "status_2026",
    (2026, 2030): "status_2026_2030",
}


def row_dict(record: Record) -> dict[str, Any]:
    """A row's fields as a dict, as `model_dump` gives them, without its serializer: these models have no
    alias, computed field or custom serializer (a test holds the two equal), and a corpus has millions of rows."""
    return dict(vars(record))


R = TypeVar("R", bound=Record)


def made_by(model: type[R], checked: bool) -> Callable[..., R]:
    """How rows of `model` are made: validated (the model itself), or, unless `checked`, as unvalidated
    stand-ins (`stand_in`). `extract` makes a batch's rows unchecked, checks them encoded against every
    rule of their tables (`is_clean`: the same constraints, from the same schemas) and makes them again,
    checked, where any fails, so that a row no table can hold is still set aside; the row builders give each
    field its model's type, so both ways give equal rows (a test holds them equal on every test report)."""
    if checked:
        return model
    make = _STAND_INS.get(model)
    if make is None:
        make = _STAND_INS[model] = stand_in(model)
    return cast(Callable[..., R], make)


_STAND_INS: dict[type[Record], Callable[..., SimpleNamespace]] = {}  # one maker per model, made once per process


def stand_in(model: type[Record]) -> Callable[..., SimpleNamespace]:
    """A maker of rows of `model` without its validation: a namespace of its fields in order (defaults where
    not given), which reads as the model does (attributes, `row_dict`) at a tenth of the cost (pydantic's own
    `model_construct` costs more than validating)."""
    template = {name: None if field.is_required() else field.default for name, field in model.model_fields.items()}

    def unchecked(**values: Any) -> SimpleNamespace:
        return SimpleNamespace(**{**template, **values})

    return unchecked


def short_id(prefix: str, *parts: str) -> str:
    """A stable ASCII id from Chinese words: the prefix and the first 10 hex digits of their sha256."""
    return f"{prefix}-{hashlib.sha256('|'.join(parts).encode('utf-8')).hexdigest()[:10]}"


def document_row(
    document_id: str, text: str, source: bytes, source_file: str, title_en: str | None = None, year: int | None = None
) -> Document:
    """The `documents` row of one report: what its notice and title block say, the government that delivered
    it, its year, and hashes of both texts."""
    meta = read_meta(text)
    by = government(text, meta)
    return Document(
        document_id=document_id, title=meta.title or "政府工作报告", title_en=title_en, issuer=meta.issuer,
        speaker=meta.speaker, speaker_role=meta.speaker_role, meeting=meta.meeting,
        delivered_on=meta.delivered_on, published_on=meta.published_on, source_file=source_file,
        source_sha256=sha256_hex(source), text_sha256=sha256_hex(text.encode("utf-8")), char_count=len(text),
        government=by.name if by else None, government_level=by.level if by else None,  # type: ignore[arg-type]
        government_id=by.government_id if by else None, year=year,
    )  # fmt: skip


def section_rows(
    document_id: str, entries: Sequence[OutlineEntry], titles_en: Mapping[str, str] | None = None
) -> list[Section]:
    """The outline as `sections` rows, each with its English title where one is given."""
    titles_en = titles_en or {}
    return [Section(document_id=document_id, **vars(e), title_en=titles_en.get(e.section_id)) for e in entries]


def term_id(entry: GlossaryEntry) -> str:
    return f"t{entry.glossary_order:02d}"


def term_rows(
    document_id: str,
    entries: Sequence[GlossaryEntry],
    outline: Sequence[Section],
    english: Mapping[str, tuple[str, str]] | None = None,
) -> list[Term]:
    """The glossary's entries, each with its English (term, definition) where given, its first mention in
    the body, that mention's section, and the count of its mentions (the rows of `term_mentions`)."""
    english = english or {}
    rows = []
    for entry in entries:
        first = entry.first_mention
        holder = innermost(outline, *first) if first else None
        term_en, definition_en = english.get(term_id(entry), (None, None))
        rows.append(
            Term(
                term_id=term_id(entry),
                document_id=document_id,
                glossary_order=entry.glossary_order,
                term=entry.term,
                term_en=term_en,
                definition=entry.definition,
                definition_en=definition_en,
                definition_start=entry.definition_start,
                definition_end=entry.definition_end,
                first_mention_start=first[0] if first else None,
                first_mention_end=first[1] if first else None,
                mention_count=len(placed(entry.mentions, outline)),
                first_mention_section_id=holder.section_id if holder else None,
            )
        )
    return rows


def placed(spans: Sequence[tuple[int, int]], outline: Sequence[Section]) -> list[tuple[tuple[int, int], Section]]:
    """Each span that lies under a heading, with its innermost section: a mention before the first heading
    has no section, so no row."""
    found = ((span, innermost(outline, *span)) for span in spans)
    return [(span, holder) for span, holder in found if holder is not None]


def term_mention_rows(
    document_id: str, text: str, entries: Sequence[GlossaryEntry], outline: Sequence[Section]
) -> list[TermMention]:
    """Every mention of every glossary term in the body, in glossary order, then text order."""
    rows = []
    for entry in entries:
        for (start, end), holder in placed(entry.mentions, outline):
            rows.append(
                TermMention(
                    term_mention_id=f"{term_id(entry)}-{start:05d}",
                    term_id=term_id(entry),
                    document_id=document_id,
                    section_id=holder.section_id,
                    matched=text[start:end],
                    char_start=start,
                    char_end=end,
                )
            )
    return rows


class Made(NamedTuple):
    """How a target row was made: its origin, the fields set by hand, its catalogue entry and name (a
    tuple: one is made per row, and a frozen dataclass costs three times as much to make)."""

    origin: str  # parsed | corrected | curated
    corrected_fields: str | None
    indicator_id: str
    indicator: str
    indicator_link: str  # parsed | curated | wording: how indicator_id was found


def target_row(
    record: TargetRecord, document_id: str, outline: Sequence[Section], made: Made, checked: bool = True
) -> Target | None:
    """One `targets` row: the record with its id, section, origin and indicator; None outside every period
    or heading. Unless `checked`, the model is not validated (`made_by`)."""
    holder = innermost(outline, record.number_start, record.number_end)
    if record.kind is None or record.period_start is None or record.period_end is None or holder is None:
        return None
    value_max = float(record.value_max) if record.value_max is not None else None
    return made_by(Target, checked)(
        target_id=f"q{record.token_start:05d}", document_id=document_id, section_id=holder.section_id,
        kind=record.kind, period_start=record.period_start, period_end=record.period_end,  # type: ignore[arg-type]
        indicator=made.indicator, indicator_id=made.indicator_id, indicator_link=made.indicator_link,  # type: ignore[arg-type]
        value=float(record.value), value_max=value_max,
        unit=record.unit or None, qualifier=record.qualifier, measure=record.measure,  # type: ignore[arg-type]
        direction=record.direction, number_text=record.number_text, number_start=record.number_start,  # type: ignore[arg-type]
        number_end=record.number_end, quote=record.quote, char_start=record.char_start, char_end=record.char_end,
        origin=made.origin, corrected_fields=made.corrected_fields, estimate=record.estimate,  # type: ignore[arg-type]
    )  # fmt: skip


def parsed_indicator(record: TargetRecord) -> Made:
    """A parsed row's catalogue entry where there is no curated catalogue: the genre's catalogue entry the
    linker finds, else an id of its own name, unit and measure."""
    if record.indicator_id:
        return Made("parsed", None, record.indicator_id, record.indicator, "parsed")
    own = short_id("i", record.indicator, record.unit, record.measure)
    return Made("parsed", None, own, record.indicator, "wording")


def indicator_rows(targets: Sequence[Target], checked: bool = True) -> list[Indicator]:
    """The catalogue of a report with none curated: one entry per indicator id its rows carry, with the
    genre catalogue's names, unit and topic for the ids that are its (unless `checked`, not validated)."""
    rows: dict[str, Indicator] = {}
    known = catalogue.by_id()
    model = made_by(Indicator, checked)
    for t in targets:
        if t.indicator_id in rows:  # the first row of each id is its entry
            continue
        if (entry := known.get(t.indicator_id)) is not None:
            unit = entry.units[0] if len(entry.units) == 1 else None  # grain in 吨 or 斤: no one unit
            row = model(indicator_id=entry.indicator_id, name_zh=entry.name_zh, name_en=entry.name_en, unit=unit,
                        measure=entry.measure, topic=entry.topic)  # fmt: skip
        else:
            row = model(indicator_id=t.indicator_id, name_zh=t.indicator, unit=t.unit, measure=t.measure)
        rows[t.indicator_id] = row
    return list(rows.values())


class AboutProject(Protocol):
    """What holds for every mention of one project (a parsed one, or an entry of a curated catalogue)."""

    @property
    def name(self) -> str: ...
    @property
    def name_en(self) -> str | None: ...
    @property
    def category(self) -> str: ...
    @property
    def location(self) -> str | None: ...


@dataclass(frozen=True)
class ProjectInfo:
    """A project as the parser reads it: its name as written, category and location."""

    name: str
    name_en: str | None
    category: str
    location: str | None


def project_row(
    mention: ProjectRecord, document_id: str, outline: Sequence[Section], key: str, info: AboutProject,
    checked: bool = True,
) -> Project | None:  # fmt: skip
    """One `projects` row of a parsed mention; None outside every period or heading (unless `checked`, not
    validated: `made_by`)."""
    holder = innermost(outline, mention.name_start, mention.name_end)
    if mention.kind is None or mention.period_start is None or mention.period_end is None or holder is None:
        return None
    return made_by(Project, checked)(
        project_id=f"p{mention.name_start:05d}", project_key=key, document_id=document_id,
        section_id=holder.section_id, name=mention.name, full_name=info.name, status_text=mention.status_text,
        status=mention.status, kind=mention.kind, period_start=mention.period_start,  # type: ignore[arg-type]
        period_end=mention.period_end, category=info.category, location=info.location,  # type: ignore[arg-type]
        quote=mention.quote, char_start=mention.char_start, char_end=mention.char_end,
        name_start=mention.name_start, name_end=mention.name_end, origin="parsed",
    )  # fmt: skip


def status_rows(rows: Sequence[Project], checked: bool = True) -> list[ProjectStatus]:
    """One row per project and period it is mentioned in, in order of first mention: the status its last
    mention in the period gives, and that mention. Any report's periods, whatever their years."""
    last: dict[tuple[str, int, int], Project] = {}
    for r in rows:
        last[(r.project_key, r.period_start, r.period_end)] = r  # a key keeps the place of its first mention
    model = made_by(ProjectStatus, checked)
    return [
        model(
            project_key=r.project_key, document_id=r.document_id, kind=r.kind, period_start=r.period_start,
            period_end=r.period_end, status=r.status, project_id=r.project_id,
        )
        for r in last.values()
    ]  # fmt: skip


def summary_rows(
    rows: Sequence[Project], projects: Mapping[str, AboutProject], checked: bool = True
) -> list[ProjectSummary]:
    """One row per project_key, in order of first mention, with the last status given in each period."""
    model = made_by(ProjectSummary, checked)
    out: list[ProjectSummary] = []
    by_key: dict[str, list[Project]] = {}
    for r in rows:
        by_key.setdefault(r.project_key, []).append(r)  # in order of first mention
    for key, mine in by_key.items():
        statuses = {PERIOD_COLUMNS[(r.period_start, r.period_end)]: r.status for r in mine
                    if (r.period_start, r.period_end) in PERIOD_COLUMNS}  # fmt: skip
        info = projects[key]
        out.append(
            model(
                project_key=key,
                name=info.name,
                name_en=info.name_en,
                category=info.category,  # type: ignore[arg-type]
                location=info.location,
                mention_count=len(mine),
                first_project_id=mine[0].project_id,
                **statuses,  # type: ignore[arg-type]
            )
        )
    return out


@dataclass(frozen=True)
class ReportTables:
    """The tables of one report as parsed; how many of its quantities and mentions were left out (outside
    every period or heading); the rows set aside because no row of their table can hold them, each with
    its reason; and a warning when the text reads as no report of the genre."""

    tables: dict[str, list[Record]]
    left_out: int
    set_aside: tuple[str, ...] = ()
    warning: str | None = None


def report_tables(
    document_id: str, text: str, source: bytes, source_file: str, year: int | None = None,
    fallback: int | None = None, checked: bool = True,
) -> ReportTables:  # fmt: skip
    """Every table `extract` writes for one report: documents, sections, terms, term_mentions,
    indicators, targets, projects and project_summary (`year` and `fallback` as `extract.report` takes them).
    Unless `checked`, the rows of the long tables and of the catalogue are not validated (`made_by`): the caller
    checks them."""
    parsed = report(text, year=year, fallback=fallback)
    outline = Sections(section_rows(document_id, parsed.sections))  # indexed once for every row's section
    set_aside: list[str] = []
    targets = [
        fitting(partial(target_row, r, document_id, outline, parsed_indicator(r), checked), r.number_text, set_aside)
        for r in parsed.targets
    ]
    keys = [short_id("p", document_id, m.name) for m in parsed.projects]  # a project of this report
    infos = {
        key: ProjectInfo(m.name, None, m.category, m.location) for key, m in zip(keys, parsed.projects, strict=True)
    }
    projects = [
        fitting(partial(project_row, m, document_id, outline, key, infos[key], checked), m.name, set_aside)
        for key, m in zip(keys, parsed.projects, strict=True)
    ]
    kept_targets = ordered("targets", [t for t in targets if t is not None and not isinstance(t, Unfit)], set_aside)
    kept_projects = [p for p in projects if p is not None and not isinstance(p, Unfit)]
    made: dict[str, list[Record]] = {
        "documents": [document_row(document_id, text, source, source_file, year=parsed.year)],
        "sections": list(outline),
        "terms": list(term_rows(document_id, parsed.terms, outline)),
        "term_mentions": list(term_mention_rows(document_id, text, parsed.terms, outline)),
        "indicators": list(indicator_rows(kept_targets, checked)),
        "targets": list(kept_targets),
        "projects": list(kept_projects),
        "project_summary": list(summary_rows(kept_projects, infos, checked)),
        "project_statuses": list(status_rows(kept_projects, checked)),
    }
    tables = {name: distinct(name, rows, set_aside) for name, rows in made.items()}
    left_out = targets.count(None) + projects.count(None)
    return ReportTables(tables, left_out, tuple(set_aside), no_report_warning(parsed))


class Unfit:
    """What `fitting` gives for a row its model refuses (its reason is in `set_aside`)."""


def fitting(make: Callable[[], R | None], what: str, set_aside: list[str]) -> R | Unfit | None:
    """The row `make` builds, or Unfit (its reason added to `set_aside`) when its model refuses a value
    (a number of 400 digits is no finite float): one such row must not lose its report."""
    try:
        return make()
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        set_aside.append(f"{excerpt(what)}: {where}: {first['msg']}")
        return Unfit()


def ordered(name: str, rows: list[Target], set_aside: list[str]) -> list[Target]:
    """`rows` less those whose ordered columns are out of order (value not below value_max: a code such
    as 747-400 read as a range), each named in `set_aside`."""
    problems = Problems()
    check_order(name, [vars(r) for r in rows], problems)  # each row's fields, not copied
    bad = {p.row for p in problems}
    for p in problems:
        set_aside.append(f"{excerpt(rows[(p.row or 1) - 1].quote)}: {p.message.split(': ', 1)[-1]}")
    return [r for index, r in enumerate(rows) if index + 1 not in bad]


def distinct(name: str, rows: list[R], set_aside: list[str]) -> list[R]:
    """`rows` less those whose primary key repeats an earlier row's (a glossary printed twice, each copy
    numbered from its first term), each named in `set_aside`: references to the key still find its first row,
    and one report's repeated key must not make the whole package invalid."""
    key = attrgetter(*_primary_key(name))
    keys = list(map(key, rows))
    if len(set(keys)) == len(keys):
        return rows
    seen: set[Any] = set()
    kept = []
    for row, value in zip(rows, keys, strict=True):
        if value in seen:
            shown = " ".join(map(str, value)) if isinstance(value, tuple) else str(value)
            set_aside.append(f"{name} {excerpt(shown)}: its key repeats an earlier row's")
        else:
            seen.add(value)
            kept.append(row)
    return kept


@cache
def _primary_key(name: str) -> tuple[str, ...]:
    """Table `name`'s primary key within one report: its fields but document_id, which every row shares."""
    fields = REGISTRY[name].primary_key
    return tuple(f for f in fields if f != "document_id") or fields


def no_report_warning(parsed: Report) -> str | None:
    """Why the text reads as no report of the genre (nothing in it can have a row), or None."""
    if parsed.periods:
        return None
    missing = [what for what, found in (("headings", parsed.sections), ("year", parsed.year)) if not found]
    said = f" (no {' and no '.join(missing)})" if missing else ""
    hint = "; give its year with --year FILE=YEAR" if parsed.year is None else ""
    return f"reads as no report of the genre{said}: no period is stated, so no quantity or project has a row{hint}"
