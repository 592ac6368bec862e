"""The report's text as HTML with one highlighted element per row: a target's number, a project's name,
a term mention's span. Highlights that nest stay nested; where two cross, the inner one is closed at the
outer's end and reopened after it as a continuation (`data-part-of`, no `data-id`), so every row still
has exactly one element carrying its `data-id`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Where two spans start together, the longer opens first; at equal length, this order decides.
TYPE_ORDER = {"project": 0, "target": 1, "term": 2}


@dataclass(frozen=True)
class Span:
    """One row's highlight: [start, end) in code points of its document's text."""

    start: int
    end: int
    type: str  # target | project | term
    id: str
    document: str

    def sort_key(self) -> tuple[int, int, int, str]:
        return (self.start, -self.end, TYPE_ORDER[self.type], self.id)

    def open_tag(self, continued: bool = False) -> str:
        """The opening tag: the row's element, or a continuation piece after a crossing."""
        a = html.escape
        if continued:
            return f'<mark class="hl hl-{self.type} part" data-part-of="{a(self.id)}" data-part-type="{self.type}">'
        return (f'<mark class="hl hl-{self.type}" data-type="{self.type}" data-id="{a(self.id)}" '
                f'data-document="{a(self.document)}" tabindex="0">')  # fmt: skip


def markup(text: str, spans: Iterable[Span], anchors: Sequence[tuple[int, str]] = ()) -> str:
    """`text` escaped as HTML, each span wrapped in a <mark>, each (offset, html) anchor inserted there."""
    ordered = sorted(spans, key=Span.sort_key)
    points = sorted(anchors)
    cuts = sorted({0, len(text), *(s.start for s in ordered), *(s.end for s in ordered), *(p for p, _ in points)})
    out: list[str] = []
    stack: list[Span] = []
    next_span = next_point = 0
    for here, after in zip(cuts, [*cuts[1:], len(text)], strict=True):
        _close(stack, here, out)
        while next_point < len(points) and points[next_point][0] == here:
            out.append(points[next_point][1])
            next_point += 1
        while next_span < len(ordered) and ordered[next_span].start == here:
            stack.append(ordered[next_span])
            out.append(ordered[next_span].open_tag())
            next_span += 1
        _close(stack, here, out)  # empty spans close where they open
        out.append(html.escape(text[here:after], quote=False))
    _close(stack, len(text) + 1, out)
    return "".join(out)


def _close(stack: list[Span], here: int, out: list[str]) -> None:
    """Close every open span that ends at or before `here`; spans opened inside one and still running are
    closed with it and reopened as continuations, so the tags stay properly nested."""
    ended = [i for i, s in enumerate(stack) if s.end <= here]
    if not ended:
        return
    popped = stack[ended[0] :]
    del stack[ended[0] :]
    out.extend("</mark>" for _ in popped)
    for span in popped:
        if span.end > here:
            stack.append(span)
            out.append(span.open_tag(continued=True))
