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

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar, overload

from .text import CLOSE, OPEN, Line, body_start, lines, rstrip_end
from .vocabulary import rows

NUMERAL = "一二三四五六七八九十"
# Chapter headings, one regular expression per form of the vocabulary (一、…, 第一章 …).
CHAPTERS = [re.compile(rf"^{OPEN}{row['pattern']}{CLOSE}\s*$") for row in rows("heading_forms") if row["level"] == "2"]
SECTION = re.compile(rf"^{OPEN}（([{NUMERAL}]+)）([^。*]+)(?:。|\*\*)")
SECTION_LINE = re.compile(rf"^{OPEN}（([{NUMERAL}]+)）([^。；*\n]{{1,60}}?){CLOSE}\s*$")  # a heading alone
SENTENCE_PUNCTUATION = set("。，；：！？,;:!?")
NOT_TITLES = ("（", "——", "<!--", "原标题")


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


def _plain(line: str) -> str:
    """A line without white space at its ends and without Markdown heading or bold marks."""
    return line.strip().strip("*").lstrip("#").strip()


def _is_heading_line(line: str) -> bool:
    stripped = _plain(line)
    return (
        bool(stripped)
        and len(stripped) <= 40
        and not (set(stripped) & SENTENCE_PUNCTUATION)
        and not stripped.startswith(NOT_TITLES)
    )


def headings(text: str, begin: int | None = None) -> list[Heading]:
    """Every heading of the report body (from `begin`, by default the opening salutation) in text order."""
    begin = body_start(text) if begin is None else begin
    found: list[Heading] = []
    all_lines = lines(text)
    previous_blank = False
    for i, line in enumerate(all_lines):
        content = line.text(text)
        if line.start >= begin and (heading := _heading(text, all_lines, i, previous_blank)):
            found.append(heading)
        previous_blank = not content.strip()
    return found


def _heading(text: str, all_lines: list[Line], i: int, previous_blank: bool) -> Heading | None:
    """The heading that line `i` opens, if any: a chapter, a section, or a part's block of short lines."""
    line = all_lines[i]
    content = line.text(text)
    if match := next((m for form in CHAPTERS if (m := form.match(content))), None):
        return Heading(2, match.group("label"), match.group("title").strip(), line.start)
    if match := SECTION.match(content) or SECTION_LINE.match(content):
        return Heading(3, f"（{match.group(1)}）", match.group(2).strip(), line.start)
    if not (previous_blank and _is_heading_line(content)):
        return None
    parts = [_plain(content)]
    j = i + 1
    while j < len(all_lines) and _is_heading_line(all_lines[j].text(text)):
        parts.append(_plain(all_lines[j].text(text)))
        j += 1
    return Heading(1, None, "".join(parts), line.start + _indent(content))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def outline(text: str, ends_before: dict[str, int] | None = None, begin: int | None = None) -> list[OutlineEntry]:
    """Number the headings into an outline (`s1`, `s1.2`, `s1.2.3`: each heading's place among the
    children of the nearest heading above it of a higher level) and give each its governed span.

    `ends_before` maps a section_id to an offset where that section (and so its children) stops early.
    """
    found = headings(text, begin)
    if not found:
        raise ValueError("no headings found in the report body")
    nexts = _next_starts(found, len(text))
    entries = [
        OutlineEntry(section_id, parent_id, heading.level, heading.label, heading.title, heading.start, end)
        for heading, (section_id, parent_id), end in zip(found, _numbered(found), nexts, strict=True)
    ]
    return ended(text, entries, ends_before or {})


def ended(text: str, entries: list[OutlineEntry], ends_before: dict[str, int]) -> list[OutlineEntry]:
    """The outline with each span inside its parent's, stopped early where `ends_before` says, and
    without trailing white space (applied again to a finished outline, it only moves the ends it names)."""
    by_id: dict[str, OutlineEntry] = {}
    for entry in entries:
        end = entry.char_end
        if entry.parent_id is not None:
            end = min(end, by_id[entry.parent_id].char_end)
        if entry.section_id in ends_before:
            end = min(end, ends_before[entry.section_id])
        by_id[entry.section_id] = replace(entry, char_end=rstrip_end(text, entry.char_start, end))
    return list(by_id.values())


def _next_starts(found: list[Heading], text_end: int) -> list[int]:
    """Where each heading's span stops: the next heading of the same or a higher level, else the text's end
    (one pass, keeping the headings still open)."""
    ends = [text_end] * len(found)
    still_open: list[int] = []
    for index, heading in enumerate(found):
        while still_open and found[still_open[-1]].level >= heading.level:
            ends[still_open.pop()] = heading.start
        still_open.append(index)
    return ends


def _numbered(found: list[Heading]) -> list[tuple[str, str | None]]:
    """(section_id, parent_id) of each heading: its parent is the nearest heading above of a higher level."""
    open_headings: list[tuple[int, str]] = []  # (level, section_id), from the outermost
    children: dict[str | None, int] = {}
    out: list[tuple[str, str | None]] = []
    for heading in found:
        while open_headings and open_headings[-1][0] >= heading.level:
            open_headings.pop()
        parent = open_headings[-1][1] if open_headings else None
        children[parent] = children.get(parent, 0) + 1
        section_id = f"{parent}.{children[parent]}" if parent else f"s{children[parent]}"
        out.append((section_id, parent))
        open_headings.append((heading.level, section_id))
    return out


class Span(Protocol):
    """Anything with a level and a governed span: an extracted Section or a `models.Section`."""

    @property
    def level(self) -> int: ...
    @property
    def char_start(self) -> int: ...
    @property
    def char_end(self) -> int: ...


S = TypeVar("S", bound=Span)


def innermost(sections: Sequence[S], start: int, end: int) -> S | None:
    """The deepest section whose span holds [start, end), or None outside every section: from the index
    of `Sections`, else by one pass over the list."""
    if isinstance(sections, Sections):
        return sections.innermost(start, end)
    best: S | None = None
    for section in sections:
        if section.char_start <= start and end <= section.char_end and (best is None or section.level > best.level):
            best = section
    return best


class Sections(Sequence[S]):
    """An outline indexed once, so that the section of each of a report's rows costs a binary search and a
    short walk up its parents, not a pass over every section (issue 22: a report's rows times its
    sections). Sections nest: a section that holds a span holds every later-starting one that holds it."""

    def __init__(self, sections: Iterable[S]) -> None:
        self._items = list(sections)
        order = sorted(range(len(self._items)), key=lambda i: (self._items[i].char_start, self._items[i].level))
        self._sorted = [self._items[i] for i in order]
        self._starts = [s.char_start for s in self._sorted]
        self._parent: list[int | None] = []
        open_: list[int] = []
        for i, section in enumerate(self._sorted):
            while open_ and not _holds(self._sorted[open_[-1]], section.char_start, section.char_end):
                open_.pop()
            self._parent.append(open_[-1] if open_ else None)
            open_.append(i)

    def innermost(self, start: int, end: int) -> S | None:
        """The deepest section whose span holds [start, end): the last one starting at or before `start`,
        or the nearest of its parents that holds the span."""
        at: int | None = bisect.bisect_right(self._starts, start) - 1
        while at is not None and at >= 0:
            if _holds(self._sorted[at], start, end):
                return self._sorted[at]
            at = self._parent[at]
        return None

    @overload
    def __getitem__(self, index: int) -> S: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[S]: ...
    def __getitem__(self, index: int | slice) -> S | Sequence[S]:
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)


def _holds(section: Span, start: int, end: int) -> bool:
    return section.char_start <= start and end <= section.char_end
