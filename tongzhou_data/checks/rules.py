"""The rules over whole tables that no single cell can break: keys, foreign keys, offsets into the text,
and columns that must be ordered. Pure functions over rows as dicts, adding to one `Problems`; the build,
`td.verify()`, `tongzhou-data validate` and `validation/frictionless_report.py` all run `check_tables`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from hashlib import blake2b
from typing import Any

from ..tables import REGISTRY, Order, Span
from .problems import Problems, excerpt, excerpt_of

Rows = Sequence[Mapping[str, Any]]


def check_tables(
    tables: Mapping[str, Rows], schemas: Mapping[str, Mapping[str, Any]], texts: Mapping[str, str] | None
) -> Problems:
    """Every table rule over every table; spans only where the working texts (by document_id) are given."""
    problems = Problems()
    check_rows(tables, schemas, problems, texts.get if texts is not None else None)
    return problems


def check_rows(
    tables: Mapping[str, Iterable[Mapping[str, Any]]], schemas: Mapping[str, Mapping[str, Any]], problems: Problems,
    text: Callable[[str], str | None] | None, counts: dict[str, int] | None = None,
) -> None:  # fmt: skip
    """Every table rule over tables whose rows are read as they pass (a generator each, started only when
    its table's turn comes, tables referred to first); spans where `text(document_id)` is given. `counts`
    gets each table's rows as it is done."""
    references = References(schemas, problems)
    counts = counts if counts is not None else {}
    for name in references.order(list(tables)):
        rules = TableRules(name, schemas[name], problems, text, references)
        for row in tables[name]:
            rules.add(row)
        rules.finish()
        counts[name] = rules.rows
    references.finish()


SETTLE_AT = 4096  # rows waiting before `References.settle` first looks at them


class TableRules:
    """The rules over one table, checked a row at a time, so that a table read from a file need not be held
    whole: its primary key and `unique` fields, its ordered columns, its spans into the working texts
    (`text(document_id)`, None for no span checks) and its foreign keys (`References`)."""

    def __init__(
        self, name: str, schema: Mapping[str, Any], problems: Problems, text: Callable[[str], str | None] | None,
        references: References,
    ) -> None:  # fmt: skip
        self.name, self.problems, self.text, self.references = name, problems, text, references
        self.key = schema.get("primaryKey", [])
        self.unique = unique_fields(schema)
        self.counts: dict[str, Counter[str]] = {field: Counter() for field in self.unique}
        self.seen: dict[bytes, int] = {}
        self.rows = 0

    def add(self, row: Mapping[str, Any]) -> None:
        """Check one row, the next of the table."""
        self.rows += 1
        self._keys(row)
        check_row(self.name, self.rows, row, self.problems, self.text)
        self.references.add(self.name, self.rows, row)

    def add_keys(self, row: Mapping[str, Any]) -> None:
        """Check one row, the next of the table, by the rules over many rows only: its keys, `unique`
        fields and references (`key_fields` are all it reads); `check_row` is the rest."""
        self.rows += 1
        self._keys(row)
        self.references.add(self.name, self.rows, row)

    def add_key_columns(self, columns: Mapping[str, Sequence[Any]], rows: int) -> None:
        """`add_keys` for the next `rows` rows at once, given as columns (`key_fields`): the same
        problems, found by a pass over sets where no key is broken."""
        first = self.rows + 1
        self.rows += rows
        if self.key:
            values = list(zip(*(columns[k] for k in self.key), strict=True))
            fresh = dict(zip(map(_hashed, values), range(first, first + rows), strict=True))
            if len(fresh) == rows and self.seen.keys().isdisjoint(fresh):
                self.seen.update(fresh)
            else:
                for number, value in enumerate(values, start=first):
                    self._check_value(number, value)
        for field in self.unique:
            self.counts[field].update(repr(v) for v in columns[field] if v is not None)
        self.references.add_columns(self.name, first, columns, rows)

    def _keys(self, row: Mapping[str, Any]) -> None:
        if self.key:
            self._check_key(self.rows, row)
        for field in self.unique:
            if row[field] is not None:
                self.counts[field][repr(row[field])] += 1

    def key_fields(self) -> list[str]:
        """The fields `add_keys` reads: the primary key, the unique fields, and the fields of references."""
        fields = [*self.key, *self.unique, *self.references.fields(self.name)]
        return list(dict.fromkeys(fields))

    def _check_key(self, number: int, row: Mapping[str, Any]) -> None:
        self._check_value(number, tuple(row[k] for k in self.key))

    def _check_value(self, number: int, value: tuple[Any, ...]) -> None:
        hashed = _hashed(value)
        if hashed in self.seen:
            message = (
                f"{self.name} row {number}: duplicate primary key {_shown(value)} (first at row {self.seen[hashed]})"
            )
            self.problems.add("primary-key", message, self.name, number)
        else:
            self.seen[hashed] = number

    def finish(self) -> None:
        """The rules over the whole table: each `unique` field holds no value twice."""
        for field, counts in self.counts.items():
            dupes = sorted(v.strip("'") for v, n in counts.items() if n > 1)
            if dupes:
                shown = ", ".join(excerpt(d) for d in dupes[:5])
                self.problems.add("unique", f"{self.name}.{field}: values not unique: {shown}", self.name, None, field)
        self.references.finished(self.name)


class References:
    """Every foreign key's values (when all are filled) stand together in the referenced table's fields:
    the referenced tables' keys are gathered as their rows pass, and a row that refers to a table not yet
    passed (its own, or one later in `order`) waits until `finish`; where the tables' rows come mixed
    (`interleaved`), only a row whose keys are not yet known waits."""

    def __init__(self, schemas: Mapping[str, Mapping[str, Any]], problems: Problems, interleaved: bool = False) -> None:
        self.problems, self.interleaved = problems, interleaved  # interleaved: tables' rows come mixed (`written`)
        self.keys = {name: [(_listed(fk["fields"]), fk["reference"]["resource"] or name,
                             _listed(fk["reference"]["fields"])) for fk in schema.get("foreignKeys", [])]
                     for name, schema in schemas.items()}  # fmt: skip
        self.known: dict[tuple[str, tuple[str, ...]], set[bytes]] = {
            (target, tuple(fields)): set() for keys in self.keys.values() for _, target, fields in keys
        }
        self.done: set[str] = set()
        self.waiting: list[tuple[str, int, list[tuple[Any, ...]]]] = []
        self._settled = 0  # rows waiting after the last `settle`

    def order(self, tables: Collection[str]) -> list[str]:
        """`tables` with each after the tables it refers to (where no cycle forbids it), else as given."""
        ordered: list[str] = []
        while len(ordered) < len(tables):
            left = [n for n in tables if n not in ordered]
            ready = [n for n in left if all(t in ordered or t == n or t not in tables for _, t, _ in self.keys[n])]
            ordered.append((ready or left)[0])
        for name in tables:
            for fields, target, _ in self.keys[name]:
                if target not in tables:
                    message = f"{name}.{', '.join(fields)}: references missing table {target!r}"
                    self.problems.add("foreign-key", message, name, None, fields[0])
        self.present = set(tables)
        return ordered

    def add(self, name: str, number: int, row: Mapping[str, Any]) -> None:
        """Gather a row's referenced keys, and check its references (or keep them until their targets pass:
        the values only, not the row)."""
        for (target, fields), known in self.known.items():
            if target == name:
                known.add(_hashed(tuple(row[f] for f in fields)))
        values = [tuple(row[f] for f in fields) for fields, _, _ in self.keys[name]]
        if self.interleaved:  # a row whose keys are all known breaks no reference: nothing more to check
            if not self._all_known(name, values):
                self.waiting.append((name, number, values))  # its target's row may come later
        elif any(t in self.present and t not in self.done for _, t, _ in self.keys[name]):
            self.waiting.append((name, number, values))
        else:
            self._check(name, number, values)

    def add_columns(self, name: str, first: int, columns: Mapping[str, Sequence[Any]], rows: int) -> None:
        """`add` for `rows` rows at once, numbered from `first`, given as columns (`fields`): where the
        tables' rows come mixed, a pass over sets, and only rows whose keys are not all known wait."""
        if not self.interleaved:
            for index in range(rows):
                self.add(name, first + index, {f: column[index] for f, column in columns.items()})
            return
        for (target, fields), known in self.known.items():
            if target == name:
                known.update(map(_hashed, zip(*(columns[f] for f in fields), strict=True)))
        keys = self.keys[name]
        values = [list(zip(*(columns[f] for f in fields), strict=True)) for fields, _, _ in keys]
        if all(
            target not in self.present
            or self.known[(target, tuple(fields))].issuperset(_hashed(v) for v in _distinct(column) if None not in v)
            for (_, target, fields), column in zip(keys, values, strict=True)
        ):
            return
        for index, row_values in enumerate(zip(*values, strict=True)):
            if not self._all_known(name, list(row_values)):
                self.waiting.append((name, first + index, list(row_values)))

    def settle(self) -> None:
        """Forget the waiting rows whose keys have all come since (they break no reference), once what waits
        has doubled since the last time, so that it stays small and the passes over it add up to linear."""
        if len(self.waiting) < 2 * self._settled + SETTLE_AT:
            return
        self.waiting = [(name, number, values) for name, number, values in self.waiting
                        if not self._all_known(name, values)]  # fmt: skip
        self._settled = len(self.waiting)

    def _all_known(self, name: str, values: list[tuple[Any, ...]]) -> bool:
        """Whether every reference of a row names a key already gathered (or is empty, or to no table)."""
        return all(
            target not in self.present or None in value or _hashed(value) in self.known[(target, tuple(fields))]
            for (_, target, fields), value in zip(self.keys[name], values, strict=True)
        )

    def fields(self, name: str) -> list[str]:
        """The fields of table `name` that its foreign keys read, or that other tables' keys refer to."""
        own = [f for fields, _, _ in self.keys[name] for f in fields]
        return own + [f for (target, fields) in self.known if target == name for f in fields]

    def finished(self, name: str) -> None:
        self.done.add(name)

    def finish(self) -> None:
        """Check the rows that waited for their targets."""
        for name, number, values in self.waiting:
            self._check(name, number, values)
        self.waiting = []

    def _check(self, name: str, number: int, values: list[tuple[Any, ...]]) -> None:
        for (fields, target, target_fields), value in zip(self.keys[name], values, strict=True):
            known = self.known[(target, tuple(target_fields))]
            if target in self.present and None not in value and _hashed(value) not in known:
                where = f"{target}.{', '.join(target_fields)}"
                message = f"{name} row {number}: {', '.join(fields)}={_shown(value)} not found in {where}"
                self.problems.add("foreign-key", message, name, number, fields[-1])


def _hashed(value: tuple[Any, ...]) -> bytes:
    """A key as a 16-byte digest of its values' reprs, for sets and dicts: bytes hashes are salted per
    process, while integers that differ by a multiple of 2**61 - 1 share one hash, so a crafted key column
    would make the checks quadratic; and a digest holds a corpus's keys in a fraction of their strings'
    memory (two keys share a digest once in about 2**64 pairs)."""
    return blake2b(repr(value).encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _distinct(values: list[tuple[Any, ...]]) -> Collection[tuple[Any, ...]]:
    """`values` each once (a report's rows refer to few documents and sections), where equal values have
    one repr and so one digest: not where a float is among them (0.0 == -0.0)."""
    distinct = set(values)
    return values if any(isinstance(x, float) for value in distinct for x in value) else distinct


def unique_fields(schema: Mapping[str, Any]) -> list[str]:
    """The fields a Table Schema marks `unique`."""
    return [f["name"] for f in schema["fields"] if (f.get("constraints") or {}).get("unique")]


def _listed(fields: str | Sequence[str]) -> list[str]:
    return [fields] if isinstance(fields, str) else list(fields)


def _shown(value: tuple[Any, ...]) -> str:
    """A key's values as a problem line shows them: each cell an excerpt."""
    cells = [excerpt(v) if isinstance(v, str) else repr(v) for v in value]
    return cells[0] if len(cells) == 1 else f"({', '.join(cells)})"


def check_row(
    name: str, number: int, row: Mapping[str, Any], problems: Problems, text: Callable[[str], str | None] | None
) -> None:
    """The rules of table `name` that one row can break alone: its ordered columns, and its spans into the
    working text of its document (`text(document_id)`, None for no span checks)."""
    table = REGISTRY.get(name)
    if table is None:
        return
    for order in table.orders:
        _check_order(name, number, row, order, problems)
    found = text(str(row.get("document_id"))) if text and table.spans else None
    for span in table.spans if found is not None else ():
        _check_span(name, number, row, span, found or "", problems)


def _check_span(name: str, number: int, row: Mapping[str, Any], span: Span, text: str, problems: Problems) -> None:
    start, end = row[span.start], row[span.end]
    if (start is None and end is None) or not all(isinstance(v, int) or v is None for v in (start, end)):
        return  # an empty or mistyped offset is reported where the cell is read
    where = f"{name} row {number} ({span.start}={start}, {span.end}={end})"
    if start is None or end is None or not 0 <= start < end <= len(text):
        problems.add("span", f"{where}: not a span inside the text of {len(text)} characters", name, number, span.start)
    elif span.text is not None and not same_text(text, start, end, row[span.text]):
        message = (
            f"{where}: text there is {excerpt_of(text, start, end)}, not {span.text} {excerpt(str(row[span.text]))}"
        )
        problems.add("span-text", message, name, number, span.text)
    elif span.inside and all(isinstance(row[c], int) for c in span.inside):
        low, high = row[span.inside[0]], row[span.inside[1]]
        if not low <= start < end <= high:
            message = f"{name} row {number}: {span.start}..{span.end} not inside {span.inside[0]}..{span.inside[1]}"
            problems.add("span-inside", message, name, number, span.start)


def same_text(text: str, start: int, end: int, verbatim: Any) -> bool:
    """text[start:end] == verbatim, without copying a long slice unless the verbatim cell is as long."""
    return isinstance(verbatim, str) and end - start == len(verbatim) and text.startswith(verbatim, start)


def check_order(name: str, rows: Rows, problems: Problems) -> None:
    """Columns the registry orders are, in every row of table `name`."""
    table = REGISTRY.get(name)
    for index, row in enumerate(rows):
        for order in table.orders if table else ():
            _check_order(name, index + 1, row, order, problems)


def _check_order(name: str, number: int, row: Mapping[str, Any], order: Order, problems: Problems) -> None:
    """Columns the registry orders (value < value_max, period_start <= period_end) are, where both are filled."""
    low, high = row.get(order.low), row.get(order.high)
    if isinstance(low, (int, float)) and isinstance(high, (int, float)) and not _ordered(low, high, order):
        sign = "<" if order.strict else "<="
        message = f"{name} row {number}: {order.low} {low} is not {sign} {order.high} {high}"
        problems.add("order", message, name, number, order.high)


def _ordered(low: float, high: float, order: Order) -> bool:
    return low < high if order.strict else low <= high
