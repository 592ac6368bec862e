"""A problem found by a check, and the collector that every check adds to (frictionless-style: one check
per rule, typed results, nothing raised and caught). Notices (a stray file beside a package) are kept
apart: they are said, and do not make a package invalid."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

LONGEST = 400  # characters of one problem line: a stranger's file must not fill a terminal or a log


@dataclass(frozen=True)
class Problem:
    """What is wrong (`code`, stable for programs; `message`, one line for people) and where."""

    code: str
    message: str
    table: str | None = None
    row: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        return self.message


class Problems(list[Problem]):
    """The problems found so far, in the order found; `notices` beside them."""

    def __init__(self, found: Iterable[Problem] = ()) -> None:
        super().__init__(found)
        self.notices: list[Problem] = []

    def add(
        self, code: str, message: str, table: str | None = None, row: int | None = None, field: str | None = None
    ) -> None:
        self.append(Problem(code, one_line(message), table, row, field))

    def notice(self, code: str, message: str) -> None:
        """Something worth saying that does not make the package invalid."""
        self.notices.append(Problem(code, one_line(message)))

    def messages(self) -> list[str]:
        """Each distinct message once, in order."""
        return list(dict.fromkeys(p.message for p in self))


def one_line(message: str, limit: int = LONGEST) -> str:
    """`message` on one line, cut to `limit` characters."""
    flat = " ".join(message.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def excerpt(text: str, limit: int = 40) -> str:
    """A cell as a problem line shows it: quoted, and cut to `limit` characters with its length said."""
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit]!r}… ({len(text):,} characters)"


def counted(count: int, noun: str) -> str:
    """'1 row', '2 rows', '1 problem'."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
