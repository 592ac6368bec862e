"""The rules over whole tables that no single cell can break: keys, foreign keys, offsets into the text,
and columns that must be ordered. Pure functions over rows as dicts, adding to one `Problems`; the build,
`td.verify()`, `tongzhou-data validate` and `validation/frictionless_report.py` all run `check_tables`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from ..tables import REGISTRY, Order, Span
from .problems import Problems, excerpt, excerpt_of

Rows = Sequence[Mapping[str, Any]]


def check_tables(
    tables: Mapping[str, Rows], schemas: Mapping[str, Mapping[str, Any]], texts: Mapping[str, str] | None
) -> Problems:
    """Every table rule over every table; spans only where the working texts (by document_id) are given."""
    problems = Problems()
    for name, rows in tables.items():
        check_keys(name, rows, schemas[name], problems)
        check_order(name, rows, problems)
        if texts is not None:
            check_spans(name, rows, texts, problems)
    check_foreign_keys(tables, schemas, problems)
    return problems


def check_keys(name: str, rows: Rows, schema: Mapping[str, Any], problems: Problems) -> None:
    """The primary key and each `unique` field hold no value twice."""
    key = schema.get("primaryKey", [])
    seen: dict[tuple[str, ...], int] = {}
    for index, row in enumerate(rows):
        value = tuple(row[k] for k in key)
        if key and _hashed(value) in seen:
            first = seen[_hashed(value)] + 1
            message = f"{name} row {index + 1}: duplicate primary key {_shown(value)} (first at row {first})"
            problems.add("primary-key", message, name, index + 1)
        seen.setdefault(_hashed(value), index)
    for field in schema["fields"]:
        if (field.get("constraints") or {}).get("unique"):
            counts = Counter(repr(row[field["name"]]) for row in rows if row[field["name"]] is not None)
            dupes = sorted(v.strip("'") for v, n in counts.items() if n > 1)
            if dupes:
                shown = ", ".join(excerpt(d) for d in dupes[:5])
                problems.add("unique", f"{name}.{field['name']}: values not unique: {shown}", name, None, field["name"])


def check_foreign_keys(
    tables: Mapping[str, Rows], schemas: Mapping[str, Mapping[str, Any]], problems: Problems
) -> None:
    """Every foreign key's values (when all are filled) stand together in the referenced table's fields."""
    for name, schema in schemas.items():
        for fk in schema.get("foreignKeys", []):
            fields, target = _listed(fk["fields"]), fk["reference"]["resource"] or name
            target_fields = _listed(fk["reference"]["fields"])
            shown = ", ".join(fields)
            if target not in tables:
                problems.add(
                    "foreign-key", f"{name}.{shown}: references missing table {target!r}", name, None, fields[0]
                )
                continue
            known = {_hashed(tuple(row[f] for f in target_fields)) for row in tables[target]}
            for index, row in enumerate(tables[name]):
                value = tuple(row[f] for f in fields)
                if None not in value and _hashed(value) not in known:
                    where = f"{target}.{', '.join(target_fields)}"
                    message = f"{name} row {index + 1}: {shown}={_shown(value)} not found in {where}"
                    problems.add("foreign-key", message, name, index + 1, fields[-1])


def _hashed(value: tuple[Any, ...]) -> tuple[str, ...]:
    """A key as strings, for sets and dicts: string hashes are salted per process, while integers that
    differ by a multiple of 2**61 - 1 share one hash, so a crafted key column would make the checks
    quadratic."""
    return tuple(repr(v) for v in value)


def _listed(fields: str | list[str]) -> list[str]:
    return [fields] if isinstance(fields, str) else list(fields)


def _shown(value: tuple[Any, ...]) -> str:
    """A key's values as a problem line shows them: each cell an excerpt."""
    cells = [excerpt(v) if isinstance(v, str) else repr(v) for v in value]
    return cells[0] if len(cells) == 1 else f"({', '.join(cells)})"


def check_spans(name: str, rows: Rows, texts: Mapping[str, str], problems: Problems) -> None:
    """Each span the registry declares lies inside its document's text, starts before it ends, slices out
    its verbatim column, and lies inside its enclosing span (rows whose text is unreadable are skipped:
    that is reported where the text is read)."""
    table = REGISTRY.get(name)
    for span in table.spans if table else ():
        for index, row in enumerate(rows):
            text = texts.get(str(row.get("document_id")))
            if text is not None:
                _check_span(name, index + 1, row, span, text, problems)


def _check_span(name: str, number: int, row: Mapping[str, Any], span: Span, text: str, problems: Problems) -> None:
    start, end = row[span.start], row[span.end]
    if (start is None and end is None) or not all(isinstance(v, int) or v is None for v in (start, end)):
        return  # an empty or mistyped offset is reported where the cell is read
    where = f"{name} row {number} ({span.start}={start}, {span.end}={end})"
    if start is None or end is None or not 0 <= start < end <= len(text):
        problems.add("span", f"{where}: not a span inside the text of {len(text)} characters", name, number, span.start)
    elif span.text is not None and not _same_text(text, start, end, row[span.text]):
        message = (
            f"{where}: text there is {excerpt_of(text, start, end)}, not {span.text} {excerpt(str(row[span.text]))}"
        )
        problems.add("span-text", message, name, number, span.text)
    elif span.inside and all(isinstance(row[c], int) for c in span.inside):
        low, high = row[span.inside[0]], row[span.inside[1]]
        if not low <= start < end <= high:
            message = f"{name} row {number}: {span.start}..{span.end} not inside {span.inside[0]}..{span.inside[1]}"
            problems.add("span-inside", message, name, number, span.start)


def _same_text(text: str, start: int, end: int, verbatim: Any) -> bool:
    """text[start:end] == verbatim, without copying a long slice unless the verbatim cell is as long."""
    return isinstance(verbatim, str) and end - start == len(verbatim) and text.startswith(verbatim, start)


def check_order(name: str, rows: Rows, problems: Problems) -> None:
    """Columns the registry orders (value < value_max, period_start <= period_end) are, where both are filled."""
    table = REGISTRY.get(name)
    for order in table.orders if table else ():
        for index, row in enumerate(rows):
            low, high = row.get(order.low), row.get(order.high)
            if isinstance(low, (int, float)) and isinstance(high, (int, float)) and not _ordered(low, high, order):
                sign = "<" if order.strict else "<="
                message = f"{name} row {index + 1}: {order.low} {low} is not {sign} {order.high} {high}"
                problems.add("order", message, name, index + 1, order.high)


def _ordered(low: float, high: float, order: Order) -> bool:
    return low < high if order.strict else low <= high
