"""A problem found by a check, and the collector that every check adds to (frictionless-style: one check
per rule, typed results, nothing raised and caught)."""

from __future__ import annotations

from dataclasses import dataclass


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
    """The problems found so far, in the order found."""

    def add(
        self, code: str, message: str, table: str | None = None, row: int | None = None, field: str | None = None
    ) -> None:
        self.append(Problem(code, message, table, row, field))

    def messages(self) -> list[str]:
        """Each distinct message once, in order."""
        return list(dict.fromkeys(p.message for p in self))
