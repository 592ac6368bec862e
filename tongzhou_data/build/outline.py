"""Assemble each table's records from the working text and the curated data: pure, no file I/O."""

from __future__ import annotations

from dataclasses import asdict

from ..digests import sha256_hex
from ..extract import documents, sections, terms
from ..extract.text import body_start
from ..models import Document, Section, Term
from .curated import Curated, CurationError, SectionEnd, locate

DOCUMENT_ID = "tongzhou-gwr-2026"


def document_rows(text: str, source: bytes, source_file: str) -> list[Document]:
    """The one `documents` row: metadata read from the text plus hashes of the source and working text."""
    meta = asdict(documents.document_meta(text))
    hashes = {"source_sha256": sha256_hex(source), "text_sha256": sha256_hex(text.encode("utf-8"))}
    return [Document(document_id=DOCUMENT_ID, **meta, source_file=source_file, **hashes, char_count=len(text))]


def section_rows(text: str, ends: list[Curated[SectionEnd]]) -> list[Section]:
    """The outline, with curated early ends applied (each must name a heading and text inside its span)."""
    plain = {s.section_id: s for s in sections.outline(text)}
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
    return [Section(document_id=DOCUMENT_ID, **vars(s)) for s in sections.outline(text, ends_before=offsets)]


def glossary_section(outline: list[Section]) -> Section:
    """The last part of the report: its glossary (名词解释)."""
    parts = [s for s in outline if s.level == 1]
    glossary = parts[-1]
    if glossary.title != "名词解释":
        raise ValueError(f"the last part is {glossary.title!r}, not the glossary 名词解释")
    return glossary


def term_rows(text: str, outline: list[Section]) -> list[Term]:
    """The glossary's entries, each with its first mention in the body and that mention's section."""
    glossary = glossary_section(outline)
    rows = []
    for term in terms.terms(text, (body_start(text), glossary.char_start), glossary.char_start):
        holder = None
        if term.first_mention_start is not None and term.first_mention_end is not None:
            holder = sections.innermost(outline, term.first_mention_start, term.first_mention_end)
        entry = {k: v for k, v in asdict(term).items() if k != "core"}
        section_id = holder.section_id if holder else None
        rows.append(
            Term(term_id=f"t{term.glossary_order:02d}", document_id=DOCUMENT_ID, **entry, section_id=section_id)
        )
    return rows
