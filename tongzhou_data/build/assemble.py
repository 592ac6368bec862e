"""Each table's builder: this report's source text and curated data in, the table's records out.

The builders map has one entry per table of the registry (`tongzhou_data.tables`); a test holds them
in step. Work that two tables share (the outline, the targets' accounting, the project mentions) is done
once per build through `Source.once`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..extract.reports import Report, report
from ..extract.sections import Sections
from ..extract.text import working_text
from ..models import Indicator, Project, ProjectSummary, Record, Section, Target
from ..table_rows import status_rows
from . import indicator_tables, outline
from .curated import (
    CuratedFiles,
    DocumentEnglish,
    IndicatorInfo,
    SectionEnd,
    SectionEnglish,
    TermEnglish,
    read_curated,
)
from .project_tables import project_tables
from .target_table import Accounting, targets_table

SOURCE = "seeds/000_045d13b3e487b0b7.txt"


@dataclass
class Source:
    """The report being built: its repository, source bytes and working text, and shared results."""

    root: Path
    data: bytes
    _done: dict[str, Any] = field(default_factory=dict)

    def once(self, key: str, make: Callable[[], Any]) -> Any:
        """`make()`'s result, computed on the first call for `key` only."""
        if key not in self._done:
            self._done[key] = make()
        return self._done[key]

    def curated(self, name: str, model: type[Any]) -> list[Any]:
        """`seeds/curated/NAME.csv`, named in errors by its path in the repository."""
        return read_curated(self.root / f"seeds/curated/{name}.csv", model, f"seeds/curated/{name}.csv")

    @property
    def text(self) -> str:
        return self.once("text", lambda: working_text(self.data.decode("utf-8")))

    @property
    def outline(self) -> Sections[Section]:
        ends = self.curated("section_ends", SectionEnd)
        titles = self.curated_files[SectionEnglish]
        return self.once(
            "outline", lambda: Sections(outline.section_rows(self.text, self.parsed.sections, ends, titles))
        )

    @property
    def parsed(self) -> Report:
        """The whole report as the parser reads it: periods, quantities, skipped tokens, project mentions."""
        return self.once("parsed", self._parse)

    def _parse(self) -> Report:
        """The one reading of the text that every table is made from; this report must have a glossary."""
        parsed = report(self.text)
        if not parsed.terms:
            raise ValueError("the parser finds no glossary (名词解释) at the end of the report")
        return parsed

    def indicators(self) -> list[Indicator]:
        return self.once(
            "indicators", lambda: indicator_tables.indicator_rows(self.curated_files[IndicatorInfo], self.targets()[0])
        )

    def targets(self) -> tuple[list[Target], Accounting]:
        return self.once("targets", self._targets)

    def projects(self) -> tuple[list[Project], list[ProjectSummary]]:
        return self.once("projects", self._projects)

    def _targets(self) -> tuple[list[Target], Accounting]:
        return targets_table(self.text, self.parsed, self.outline, self.curated_files, outline.DOCUMENT_ID)

    def _projects(self) -> tuple[list[Project], list[ProjectSummary]]:
        return project_tables(self.text, self.parsed, self.outline, self.curated_files, outline.DOCUMENT_ID)

    @property
    def curated_files(self) -> CuratedFiles:
        return self.once("curated", lambda: CuratedFiles.read(self.root))


BUILDERS: dict[str, Callable[[Source], list[Record]]] = {
    "documents": lambda s: list(
        outline.document_rows(s.text, s.data, SOURCE, s.curated_files[DocumentEnglish], s.parsed.year)
    ),
    "sections": lambda s: list(s.outline),
    "terms": lambda s: list(outline.term_rows(s.parsed.terms, s.outline, s.curated_files[TermEnglish])),
    "term_mentions": lambda s: list(outline.term_mention_rows(s.text, s.parsed.terms, s.outline)),
    "indicators": lambda s: list(s.indicators()),
    "targets": lambda s: list(s.targets()[0]),
    "indicator_summary": lambda s: list(indicator_tables.summary_rows(s.indicators(), s.targets()[0])),
    "projects": lambda s: list(s.projects()[0]),
    "project_summary": lambda s: list(s.projects()[1]),
    "project_statuses": lambda s: list(status_rows(s.projects()[0])),
}
