"""The report's outline: parts, chapters (一、…) and sections (（一）…), each with the span it governs.

Rules, for reports of this genre:
- a part heading is a block of lines after the opening salutation that follows a blank line and has no
  sentence punctuation; a heading broken over lines is joined; a parenthesised note under it is not title
- a chapter heading is a line `一、title` inside a part; a section is a line `（一）title。text…` inside a
  chapter, whose title is its heading sentence only
- a heading governs the text up to the next heading of the same or a higher level (or its parent's end),
  trailing white space excluded; curated `ends_before` markers can end it earlier (see `curate`)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol, TypeVar

from .text import body_start, lines, rstrip_end

NUMERAL = "一二三四五六七八九十"
CHAPTER = re.compile(rf"^([{NUMERAL}]+)、(.+)$")
SECTION = re.compile(rf"^（([{NUMERAL}]+)）([^。]+)。")
SENTENCE_PUNCTUATION = set("。，；：！？,;:!?")


@dataclass(frozen=True)
class Heading:
    """A heading as found: level 1 (part), 2 (chapter) or 3 (section)."""

    level: int
    label: str | None
    title: str
    start: int


@dataclass(frozen=True)
class OutlineEntry:
    """A heading with its place in the outline and the span it governs (a `sections` row before ids of the
    document are attached)."""

    section_id: str
    parent_id: str | None
    level: int
    label: str | None
    title: str
    char_start: int
    char_end: int


def _is_heading_line(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and len(stripped) <= 40 and not (set(stripped) & SENTENCE_PUNCTUATION)


def headings(text: str) -> list[Heading]:
    """Every heading of the report body in text order."""
    begin = body_start(text)
    found: list[Heading] = []
    all_lines = lines(text)
    previous_blank = False
    i = 0
    while i < len(all_lines):
        line = all_lines[i]
        content = line.text(text)
        if line.start >= begin:
            if match := CHAPTER.match(content):
                found.append(Heading(2, match.group(1), match.group(2).strip(), line.start))
            elif match := SECTION.match(content):
                found.append(Heading(3, f"（{match.group(1)}）", match.group(2).strip(), line.start))
            elif previous_blank and _is_heading_line(content) and not content.strip().startswith("（"):
                parts = [content.strip()]
                j = i + 1
                while j < len(all_lines):
                    nxt = all_lines[j].text(text).strip()
                    if not _is_heading_line(nxt) or nxt.startswith("（"):
                        break
                    parts.append(nxt)
                    j += 1
                found.append(Heading(1, None, "".join(parts), line.start + _indent(content)))
        previous_blank = not content.strip()
        i += 1
    return found


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def outline(text: str, ends_before: dict[str, int] | None = None) -> list[OutlineEntry]:
    """Number the headings into an outline (`s1`, `s1.2`, `s1.2.3`) and give each its governed span.

    `ends_before` maps a section_id to an offset where that section (and so its children) stops early.
    """
    ends_before = ends_before or {}
    found = headings(text)
    if not found:
        raise ValueError("no part headings found in the report body")
    if found[0].level != 1:
        raise ValueError(f"the first heading {found[0].title!r} is not a part heading")
    sections: list[OutlineEntry] = []
    counters = [0, 0, 0]
    ids: list[str] = []
    for heading in found:
        depth = heading.level - 1
        counters[depth] += 1
        for deeper in range(depth + 1, 3):
            counters[deeper] = 0
        if depth > 0 and counters[depth - 1] == 0:
            raise ValueError(f"heading {heading.title!r} at {heading.start} has no parent heading")
        ids.append("s" + ".".join(str(n) for n in counters[: depth + 1]))
    for index, heading in enumerate(found):
        section_id = ids[index]
        parent_id = section_id.rsplit(".", 1)[0] if heading.level > 1 else None
        end = len(text)
        for later in found[index + 1 :]:
            if later.level <= heading.level:
                end = later.start
                break
        if parent_id is not None:
            parent = next(s for s in sections if s.section_id == parent_id)
            end = min(end, parent.char_end)
        if section_id in ends_before:
            end = min(end, ends_before[section_id])
        end = rstrip_end(text, heading.start, end)
        sections.append(
            OutlineEntry(section_id, parent_id, heading.level, heading.label, heading.title, heading.start, end)
        )
    return sections


class Span(Protocol):
    """Anything with a level and a governed span: an extracted Section or a `models.Section`."""

    @property
    def level(self) -> int: ...
    @property
    def char_start(self) -> int: ...
    @property
    def char_end(self) -> int: ...


S = TypeVar("S", bound=Span)


def innermost(sections: list[S], start: int, end: int) -> S | None:
    """The deepest section whose span holds [start, end), or None outside every section."""
    best: S | None = None
    for section in sections:
        if section.char_start <= start and end <= section.char_end and (best is None or section.level > best.level):
            best = section
    return best
