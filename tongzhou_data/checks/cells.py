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
    ("pattern", lambda text, value, pattern: _mismatch(pattern, text), "{text} does not match {limit}"),
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


def read_cell(text: str, field: dict[str, Any], where: str, problems: Problems, at: tuple[str, int, int | None]) -> Any:
    """The typed value of one CSV cell (None when empty or unreadable), adding a problem for each broken rule.

    `where` opens each message ("targets.csv:2: char_start"); `at` is (table, data row, CSV line or None)
    for the Problem.
    """
    constraints = field.get("constraints") or {}
    kind, name = field.get("type", "string"), field["name"]
    if text == "":
        if constraints.get("required"):
            problems.add("required", f"{where}: required but empty", at[0], at[1], name, at[2])
        return None
    value = _parse(text, kind)
    if value is None:
        problems.add("type", f"{where}: {excerpt(text)} is not {_a(kind)}", at[0], at[1], name, at[2])
        return None
    for constraint, broken, message in RULES:
        if constraint in constraints and broken(text, value, constraints[constraint]):
            limit = excerpt(str(constraints[constraint]), 80) if constraint == "enum" else constraints[constraint]
            shown = f"{where}: " + message.format(text=excerpt(text), limit=limit)
            problems.add(constraint, shown, at[0], at[1], name, at[2])
    return value


def _mismatch(pattern: Any, text: str) -> bool:
    """Whether `text` breaks `pattern`; a pattern that is not the package's own is not run (see above)."""
    return isinstance(pattern, str) and pattern in trusted_patterns() and re.fullmatch(pattern, text) is None


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _parse(text: str, kind: str) -> Any:
    """`text` read as a value of Table Schema type `kind`, strictly; None when it is not one."""
    field_type = FIELD_TYPES[kind]
    if field_type.form is not None and not field_type.form.fullmatch(text):
        return None
    try:
        return field_type.parse(text)
    except ValueError:
        return None
