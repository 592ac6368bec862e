"""The working text: the source report with its `[bookmark: ...]` markers removed, nothing else changed."""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass

BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")
CLAUSE_BREAKS = "，。；：！？,;:!?\n"
BREAK = re.compile(f"[{re.escape(CLAUSE_BREAKS)}]")
# A 、 that separates pieces of a list, not one inside “…” or （…） (县（市、区）, “一张床、一间房”)
LIST_COMMA = re.compile("、(?![^“”（）。；，\n]{0,30}[”）])")
OPEN = r"(?:#+\s*|\*\*)?"  # what opens a heading line in portal Markdown: heading marks or bold
CLOSE = r"(?:\*\*)?"  # what closes it: bold
# An enumerator opening a clause (一是…, 六是基本建成第三水厂, an item's bracketed number（19）建成市反诈中心): an item
# of a list, no word of what follows.
ENUMERATOR_WORDS = r"(?:[一二三四五六七八九十]+是|[（(][0-9]{1,2}[）)])(?=[\u4e00-\u9fff])"
LEADING_LABEL = re.compile(r"(?:（[一二三四五六七八九十0-9]+）|\([0-9]+\)|——|\*\*|\s)+")  # a label, a dash, bold marks
SALUTATION = re.compile(rf"^{OPEN}各位代表[：:]{CLOSE}$", re.MULTILINE)


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


MAX_QUOTE = 300  # a "clause" longer than this is not prose: quote a window around the words instead
WINDOW = 60


class Clauses:
    """The clause breaks of text[floor:ceiling], indexed once, so that finding the clause of any span
    costs a binary search and long texts stay linear."""

    def __init__(self, text: str, floor: int = 0, ceiling: int | None = None) -> None:
        self.text = text
        self.floor = floor
        self.ceiling = len(text) if ceiling is None else ceiling
        # one pass in C each, kept as machine integers (a list of 1.4 million offsets is 50 MB, this 11 MB)
        self.breaks = array("q", (m.start() for m in BREAK.finditer(text, floor, self.ceiling)))
        self.commas = array("q", (m.start() for m in LIST_COMMA.finditer(text, floor, self.ceiling)))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The same as `clause_span(text, start, end, floor, ceiling)`."""
        i = bisect.bisect_left(self.breaks, start)
        left = self.breaks[i - 1] + 1 if i > 0 else self.floor
        j = bisect.bisect_left(self.breaks, end)
        right = self.breaks[j] if j < len(self.breaks) else self.ceiling
        if label := LEADING_LABEL.match(self.text, left, start):
            left = label.end()
        return left, right

    def around(self, position: int) -> tuple[int, int]:
        """The clause holding `position`, between the breaks around it, a leading label kept."""
        i = bisect.bisect_right(self.breaks, position)
        left = self.breaks[i - 1] + 1 if i > 0 else self.floor
        right = self.breaks[i] if i < len(self.breaks) else self.ceiling
        return left, right

    def piece(self, left: int, right: int, start: int, end: int) -> tuple[int, int]:
        """The 、-separated piece of clause [left, right) that holds [start, end), or the clause itself."""
        i = bisect.bisect_left(self.commas, start)
        piece_left = self.commas[i - 1] + 1 if i > 0 and self.commas[i - 1] >= left else left
        j = bisect.bisect_left(self.commas, end)
        piece_right = self.commas[j] if j < len(self.commas) and self.commas[j] < right else right
        return piece_left, piece_right


def after_last(text: str, floor: int, end: int, breaks: str) -> int:
    """Where the stretch of text[floor:end] after the last of `breaks` in it begins; `floor` when none
    stands there (the caller bounds how far back it looks)."""
    last = floor - 1
    for char in breaks:  # each looks only after the last break found so far
        found = text.rfind(char, last + 1, end)
        if found >= 0:
            last = found
    return last + 1


def bounded(left: int, right: int, start: int, end: int) -> tuple[int, int]:
    """[left, right), cut to a window around [start, end) when it is longer than MAX_QUOTE."""
    if right - left <= MAX_QUOTE:
        return left, right
    return max(left, start - WINDOW), min(right, end + WINDOW)


def checked_range(text: str, start: int, end: int | None) -> tuple[int, int]:
    """(start, end) of a slice of `text` that an extractor reads; ValueError for one that is not a slice
    of it (negative, reversed or past the end), rather than quotes from the wrong place."""
    end = len(text) if end is None else end
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        raise ValueError(f"start and end must be integers, not {start!r} and {end!r}")
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"start={start}, end={end} is not a range of the text (0 <= start <= end <= {len(text)})")
    return start, end
