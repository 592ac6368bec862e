"""The working text: the source report with its `[bookmark: ...]` markers removed, nothing else changed."""

from __future__ import annotations

import re
from dataclasses import dataclass

BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")
CLAUSE_BREAKS = "，。；：！？,;:!?\n"
LEADING_LABEL = re.compile(r"(?:（[一二三四五六七八九十]+）|——|\s)+")
SALUTATION = re.compile(r"^各位代表[：:]$", re.MULTILINE)


def working_text(source: str) -> str:
    """Return `source` without bookmark markers; every table's offsets point into this string."""
    return BOOKMARK.sub("", source)


@dataclass(frozen=True)
class Line:
    """One line of the text: its 0-based number and its span, newline excluded."""

    number: int
    start: int
    end: int

    def text(self, text: str) -> str:
        return text[self.start : self.end]


def lines(text: str) -> list[Line]:
    """Split `text` into lines that keep their offsets."""
    out: list[Line] = []
    start = 0
    for number, chunk in enumerate(text.split("\n")):
        out.append(Line(number, start, start + len(chunk)))
        start += len(chunk) + 1
    return out


def body_start(text: str) -> int:
    """Where the speech itself begins: the opening salutation (各位代表：), after the notice and title.

    Raises ValueError when the text has no such line, since nothing else marks the body reliably.
    """
    match = SALUTATION.search(text)
    if match is None:
        raise ValueError("no opening salutation line '各位代表：' found: cannot tell where the report body starts")
    return match.start()


def rstrip_end(text: str, start: int, end: int) -> int:
    """Move `end` back over trailing white space, so that a span ends on its last visible character."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def clause_span(text: str, start: int, end: int, floor: int = 0, ceiling: int | None = None) -> tuple[int, int]:
    """The clause holding text[start:end]: between clause breaks, with a leading section label dropped."""
    ceiling = len(text) if ceiling is None else ceiling
    left = start
    while left > floor and text[left - 1] not in CLAUSE_BREAKS:
        left -= 1
    right = end
    while right < ceiling and text[right] not in CLAUSE_BREAKS:
        right += 1
    if label := LEADING_LABEL.match(text, left, start):
        left = label.end()
    return left, right
