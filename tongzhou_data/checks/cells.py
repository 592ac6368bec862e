"""One cell against its Table Schema field: its lexical form, its type, and each constraint, one rule each.

A `pattern` runs only when it is one of the package's own (`trusted_patterns`): a descriptor is a
stranger's input, and a pattern such as `(a+)+$` takes time exponential in a cell's length under Python's
backtracking `re`. Every pattern this package's Table Schemas declare is a plain linear one, so trusting
those needs no other regular-expression engine; any other is reported once per field, and not run.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..schemas import FIELD_TYPES, trusted_patterns
from .problems import Code, Problems, excerpt

# (constraint, broken when, message): each rule sees the cell as written and as parsed.
Rule = tuple[Code, Callable[[str, Any, Any], bool], str]
RULES: tuple[Rule, ...] = (
    ("enum", lambda text, value, allowed: value not in allowed, "{text} is not one of {limit}"),
    ("pattern", lambda text, value, pattern: pattern.fullmatch(text) is None, "{text} does not match {limit}"),
    (
        "minimum",
        lambda text, value, low: isinstance(value, (int, float)) and value < low,
        "{text} breaks the minimum {limit}",
    ),
    (
        "maximum",
        lambda text, value, high: isinstance(value, (int, float)) and value > high,
        "{text} breaks the maximum {limit}",
    ),
    ("minLength", lambda text, value, low: len(text) < low, "shorter than {limit} characters"),
    ("maxLength", lambda text, value, high: len(text) > high, "longer than {limit} characters"),
)


Where = tuple[str, int | str]  # (file, CSV line or "row N"): a message opens "targets.csv:2: char_start"


class FieldCheck:
    """One field's rules, looked up once for all its cells: its type's form and parser, and only the
    constraints it declares, so that a cell of a field without constraints costs a type check."""

    __slots__ = ("form", "kind", "name", "parse", "required", "rules")

    def __init__(self, field: dict[str, Any]) -> None:
        constraints = field.get("constraints") or {}
        self.name: str = field["name"]
        self.kind: str = field.get("type", "string")
        self.required = bool(constraints.get("required"))
        field_type = FIELD_TYPES[self.kind]
        self.form, self.parse = field_type.form, field_type.parse
        declared = (
            (c, broken, message, _runnable(c, constraints[c])) for c, broken, message in RULES if c in constraints
        )
        self.rules = tuple(rule for rule in declared if rule[3] is not None)

    def read(self, text: str, where: Where, problems: Problems, at: tuple[str, int, int | None]) -> Any:
        """The typed value of one cell (None when empty or unreadable), adding a problem for each broken
        rule; `at` is (table, data row, CSV line or None) for the Problem."""
        if text == "":
            if self.required:
                problems.add("required", f"{self._where(where)}: required but empty", at[0], at[1], self.name, at[2])
            return None
        value = self._value(text)
        if value is None:
            shown = f"{self._where(where)}: {excerpt(text)} is not {_a(self.kind)}"
            problems.add("type", shown, at[0], at[1], self.name, at[2])
            return None
        for constraint, broken, message, limit in self.rules:
            if broken(text, value, limit):
                limit = excerpt(str(limit), 80) if constraint == "enum" else getattr(limit, "pattern", limit)
                shown = f"{self._where(where)}: " + message.format(text=excerpt(text), limit=limit)
                problems.add(constraint, shown, at[0], at[1], self.name, at[2])
        return value

    def _where(self, where: Where) -> str:
        return (
            f"{where[0]}:{where[1]}: {self.name}"
            if isinstance(where[1], int)
            else f"{where[0]} {where[1]}: {self.name}"
        )

    def _value(self, text: str) -> Any:
        if self.form is not None and not self.form.fullmatch(text):
            return None
        try:
            return self.parse(text)
        except ValueError:
            return None


def _runnable(constraint: str, limit: Any) -> Any:
    """What a rule is run with: a `pattern` compiled when it is the package's own, else None (not run, see
    above); any other limit as it is."""
    if constraint != "pattern":
        return limit
    return re.compile(limit) if isinstance(limit, str) and limit in trusted_patterns() else None


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"
