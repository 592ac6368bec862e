"""The glossary (名词解释): its numbered entries, and where each term first appears in the report body.

A term such as “百千工程”建设 is looked up by its core words: the span from its first “ to its last ”
when it has quotation marks (“百千工程”), else the whole term. Its mentions are counted in the body
only, from the opening salutation up to the glossary heading. The first mention's span is the whole
term where the whole term stands there (两个“关键小事”), else its core words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ENTRY = re.compile(r"^(\d+)[.．、]\s*(.+?)[：:](.*)$", re.MULTILINE)  # 1.term：… or 1．term：…


@dataclass(frozen=True)
class GlossaryEntry:
    """One glossary entry, with its verbatim term and definition and where the term is mentioned."""

    glossary_order: int
    term: str
    definition: str
    definition_start: int
    definition_end: int
    core: str
    mentions: tuple[tuple[int, int], ...]  # every mention in the body: the whole term where it stands, else its core

    @property
    def first_mention(self) -> tuple[int, int] | None:
        return self.mentions[0] if self.mentions else None


def core_words(term: str) -> str:
    """The words a mention must contain: from the first “ to the last ” if quoted, else the term."""
    first, last = term.find("“"), term.rfind("”")
    if 0 <= first < last:
        return term[first : last + 1]
    return term


def glossary_entries(text: str, glossary_start: int) -> list[tuple[int, str, int, int]]:
    """(order, term, definition_start, definition_end) for each `N.term：definition` line after `glossary_start`."""
    out = []
    for match in ENTRY.finditer(text, glossary_start):
        start = match.start(3)
        end = match.end(3)
        while end > start and text[end - 1].isspace():
            end -= 1
        out.append((int(match.group(1)), match.group(2), start, end))
    return out


def terms(text: str, body: tuple[int, int], glossary_start: int) -> list[GlossaryEntry]:
    """Read the glossary starting at `glossary_start`, and find each term's mentions in the `body` span."""
    out = []
    for order, term, def_start, def_end in glossary_entries(text, glossary_start):
        core = core_words(term)
        out.append(
            GlossaryEntry(
                glossary_order=order,
                term=term,
                definition=text[def_start:def_end],
                definition_start=def_start,
                definition_end=def_end,
                core=core,
                mentions=tuple(mentions(text, body, term, core)),
            )
        )
    return out


def mentions(text: str, body: tuple[int, int], term: str, core: str) -> list[tuple[int, int]]:
    """Each mention of `core` in text[body], not overlapping, widened to the whole term where it stands
    around the core (“百千工程”建设 where the term is written whole, “百千工程” elsewhere)."""
    found = []
    prefix = term.find(core)
    at = text.find(core, body[0], body[1])
    while at >= 0:
        whole = at - prefix
        if prefix >= 0 and whole >= body[0] and text.startswith(term, whole) and whole + len(term) <= body[1]:
            found.append((whole, whole + len(term)))
        else:
            found.append((at, at + len(core)))
        at = text.find(core, at + len(core), body[1])
    return found
