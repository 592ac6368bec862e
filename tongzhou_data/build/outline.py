"""Assemble each table's records from the working text and the curated data: pure, no file I/O."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import table_rows
from ..extract import documents, sections, terms
from ..models import Document, Section, Term, TermMention
from .curated import Curated, CurationError, DocumentEnglish, SectionEnd, SectionEnglish, TermEnglish, locate

DOCUMENT_ID = "tongzhou-gwr-2026"


def document_rows(
    text: str, source: bytes, source_file: str, titles: Sequence[Curated[DocumentEnglish]], year: int | None
) -> list[Document]:
    """The one `documents` row: metadata read from the text (all of it required) plus hashes of the source
    and working text."""
    documents.document_meta(text)  # this report gives every field: a ValueError names one it lost
    title_en = english(titles, "document_id", [DOCUMENT_ID], "documents_en.csv")[DOCUMENT_ID].title_en
    return [table_rows.document_row(DOCUMENT_ID, text, source, source_file, title_en, year)]


def english(rows: Sequence[Curated[Any]], key: str, ids: Sequence[str], file: str) -> dict[str, Any]:
    """The curated English rows by `key`: one for each of `ids`, and none for another id."""
    found = {getattr(c.row, key): c.row for c in rows}
    problems = [
        f"{c.where()}: {key} {getattr(c.row, key)!r} is not in the table"
        for c in rows
        if getattr(c.row, key) not in ids
    ]
    problems += [f"seeds/curated/{file}: no English for {key} {i!r}" for i in ids if i not in found]
    if len(found) < len(rows):
        problems.append(f"seeds/curated/{file}: a {key} is given twice")
    if problems:
        raise CurationError(problems)
    return found


def section_rows(
    text: str,
    parsed: list[sections.OutlineEntry],
    ends: list[Curated[SectionEnd]],
    titles: Sequence[Curated[SectionEnglish]],
) -> list[Section]:
    """The parser's outline, with curated early ends applied (each must name a heading and text inside its
    span) and each heading's English title."""
    plain = {s.section_id: s for s in parsed}
    offsets: dict[str, int] = {}
    problems: list[str] = []
    for curated in ends:
        found = plain.get(curated.row.section_id)
        if found is None:
            problems.append(f"{curated.where()}: no heading has section_id {curated.row.section_id!r}")
            continue
        where, needle = curated.where(), curated.row.ends_before
        at = locate(text, needle, found.char_start + 1, found.char_end, where, "ends_before", problems)
        if at is not None:
            offsets[found.section_id] = at
    if problems:
        raise CurationError(problems)
    entries = sections.ended(text, parsed, offsets)
    en = english(titles, "section_id", [s.section_id for s in entries], "sections_en.csv")
    return table_rows.section_rows(DOCUMENT_ID, entries, {key: row.title_en for key, row in en.items()})


def term_rows(
    entries: list[terms.GlossaryEntry], outline: Sequence[Section], translations: Sequence[Curated[TermEnglish]]
) -> list[Term]:
    """The glossary's entries as the parser read them, each with its curated English (every entry must have
    one)."""
    en = english(translations, "term_id", [table_rows.term_id(e) for e in entries], "terms_en.csv")
    pairs = {key: (row.term_en, row.definition_en) for key, row in en.items()}
    return table_rows.term_rows(DOCUMENT_ID, entries, outline, pairs)


def term_mention_rows(text: str, entries: list[terms.GlossaryEntry], outline: Sequence[Section]) -> list[TermMention]:
    """Every mention of every glossary term in the body, in glossary order, then text order."""
    return table_rows.term_mention_rows(DOCUMENT_ID, text, entries, outline)
