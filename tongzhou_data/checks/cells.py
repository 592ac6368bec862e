"""One cell against its Table Schema field: its lexical form, its type, and each constraint, one rule each."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..schemas import FIELD_TYPES
from .problems import Problems

# (constraint, broken when, message): each rule sees the cell as written and as parsed.
Rule = tuple[str, Callable[[str, Any, Any], bool], str]
RULES: tuple[Rule, ...] = (
    ("enum", lambda text, value, allowed: value not in allowed, "{text!r} is not one of {limit}"),
    ("pattern", lambda text, value, pattern: not re.fullmatch(pattern, text), "{text!r} does not match {limit}"),
    (
        "minimum",
        lambda text, value, low: isinstance(value, (int, float)) and value < low,
        "{text!r} breaks the minimum {limit}",
    ),
    (
        "maximum",
        lambda text, value, high: isinstance(value, (int, float)) and value > high,
        "{text!r} breaks the maximum {limit}",
    ),
    ("minLength", lambda text, value, low: len(text) < low, "shorter than {limit} characters"),
    ("maxLength", lambda text, value, high: len(text) > high, "longer than {limit} characters"),
)


def read_cell(text: str, field: dict[str, Any], where: str, problems: Problems, at: tuple[str, int]) -> Any:
    """The typed value of one CSV cell (None when empty or unreadable), adding a problem for each broken rule.

    `where` opens each message ("targets.csv:2: char_start"); `at` is (table, row) for the Problem.
    """
    constraints = field.get("constraints") or {}
    kind, name = field.get("type", "string"), field["name"]
    if text == "":
        if constraints.get("required"):
            problems.add("required", f"{where}: required but empty", *at, name)
        return None
    value = _parse(text, kind)
    if value is None:
        problems.add("type", f"{where}: {text!r} is not a {kind}", *at, name)
        return None
    for constraint, broken, message in RULES:
        if constraint in constraints and broken(text, value, constraints[constraint]):
            problems.add(constraint, f"{where}: " + message.format(text=text, limit=constraints[constraint]), *at, name)
    return value


def _parse(text: str, kind: str) -> Any:
    """`text` read as a value of Table Schema type `kind`, strictly; None when it is not one."""
    field_type = FIELD_TYPES[kind]
    if field_type.form is not None and not field_type.form.fullmatch(text):
        return None
    try:
        return field_type.parse(text)
    except ValueError:
        return None
