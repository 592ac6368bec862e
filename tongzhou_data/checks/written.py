"""The rules `validate` applies to a package's tables, applied as `extract` writes them: each report's rows
of each table are checked when they are appended, from the very CSV lines (UTF-8) and Arrow table the files get
(`publish.table_stream.Encoded`), so that the written package need not be read back. Cells against their
fields (`cells`), the Parquet rows against the CSV's, and the table rules (`rules`: keys, foreign keys,
ordered columns, spans into the report's text); line and row numbers are those of the files. The keys of
clean chunks wait for the end, to be checked all at once over Arrow key columns (`key_columns`). What only
the files can show (sizes, hashes, the descriptor) is `folder.check_package_files`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from typing import Any, Protocol

from .cells import FieldCheck
from .columns import columns_clean
from .key_columns import keys_hold
from .problems import Problems
from .rules import References, TableRules, check_row
from .table_files import same_row


class Chunk(Protocol):
    """Rows of one table encoded for its files (`publish.table_stream.Encoded`)."""

    @property
    def csv(self) -> bytes: ...
    @property
    def arrow(self) -> Any: ...
    @property
    def rows(self) -> int: ...


def is_clean(name: str, chunk: Chunk, texts: Mapping[str, str]) -> bool:
    """Whether rows of table `name` (of the reports whose working texts `texts` holds, by document_id)
    break no rule a row can break alone: each cell against its field, the Parquet rows against the CSV's,
    ordered columns and spans (a worker's share of the checks, so that the writer need only check keys:
    `WrittenChecks.add`). Checked a column at a time (`columns`); a chunk it does not find clean is
    checked row by row where it is written, which names each problem."""
    return columns_clean(name, chunk.csv, chunk.arrow, chunk.rows, texts.get)


def _typed(
    name: str, chunk: Chunk, checks: list[FieldCheck], problems: Problems, lines: int, rows: int,
    texts: Mapping[str, str],
) -> Iterator[dict[str, Any]]:  # fmt: skip
    """The typed rows of `chunk`, each cell checked (`lines` and `rows` the file's before it), the Parquet
    rows compared with them, and the rules of one row (`rules.check_row`) checked."""
    twins = iter(chunk.arrow.to_pylist())
    reader = csv.reader(io.StringIO(chunk.csv.decode("utf-8"), newline=""))

    for number, cells in enumerate(reader, start=rows + 1):
        line = lines + reader.line_num
        at, where = (name, number, line), (f"{name}.csv", line)
        row = {c.name: c.read(v, where, problems, at) for c, v in zip(checks, cells, strict=True)}
        if not same_row(next(twins, None), row):
            problems.add("parquet-rows", f"{name}.parquet: its rows differ from {name}.csv")
        check_row(name, number, row, problems, texts.get)
        yield row
    if next(twins, None) is not None:
        problems.add("parquet-rows", f"{name}.parquet: its rows differ from {name}.csv")


class WrittenChecks:
    """The checks of a package's tables, fed one report's rows at a time (`add`), ended by `finish`."""

    def __init__(self, schemas: Mapping[str, Mapping[str, Any]]) -> None:
        self.problems = Problems()
        self.references = References(schemas, self.problems, interleaved=True)
        self.order = self.references.order(list(schemas))  # each table after those it refers to
        self.rules = {n: TableRules(n, s, self.problems, None, self.references) for n, s in schemas.items()}
        self.fields = {name: [FieldCheck(f) for f in schema["fields"]] for name, schema in schemas.items()}
        self.lines = dict.fromkeys(schemas, 1)  # CSV lines written so far: the header
        self.twins_differ: set[str] = set()
        self.schemas = schemas
        self.key_fields = {name: rules.key_fields() for name, rules in self.rules.items()}
        # While every chunk is clean, its key columns wait here for `finish` to check them all at once
        # (`key_columns.keys_hold`); None once a chunk was not, or they failed: then each chunk's keys are
        # checked as it comes, in order, which names each problem and its row.
        self.deferred: list[tuple[str, Any]] | None = []

    def add(self, name: str, chunk: Chunk, texts: Mapping[str, str], clean: bool = False) -> None:
        """Check the rows of table `name` in `chunk`, the next in its files, of the reports whose working
        texts `texts` holds (by document_id); of a `clean` chunk (`is_clean`), only the rules over many rows,
        its key columns kept for `finish` while every chunk so far was clean."""
        rules, lines = self.rules[name], self.lines[name]  # the file's CSV lines before this chunk
        self.lines[name] += chunk.csv.count(b"\n")
        if clean and self.deferred is not None:
            self.deferred.append((name, chunk.arrow.select(self.key_fields[name])))
            return
        self._undefer()
        if clean:
            self._add_key_columns(name, chunk.arrow)
            return
        found = Problems()
        for row in _typed(name, chunk, self.fields[name], found, lines, rules.rows, texts):
            rules.add_keys(row)
        for problem in found:  # the Parquet twin differing is said once per table, as `validate` says it
            if problem.code == "parquet-rows":
                if name in self.twins_differ:
                    continue
                self.twins_differ.add(name)
            self.problems.append(problem)

    def _add_key_columns(self, name: str, keys: Any) -> None:
        rules = self.rules[name]
        rules.add_key_columns({f: keys.column(f).to_pylist() for f in self.key_fields[name]}, keys.num_rows)
        self.references.settle()

    def _undefer(self) -> None:
        """Check the keys of the chunks that wait, a chunk at a time in the order they came, and stop deferring."""
        deferred, self.deferred = self.deferred or [], None
        for name, keys in deferred:
            self._add_key_columns(name, keys)

    def _finish_deferred(self) -> bool:
        """Check the key columns of the chunks that wait at once (`keys_hold`): if they hold every key rule,
        count their rows, stop deferring and say True; False where any fails, or Arrow cannot decide."""
        import pyarrow as pa

        if self.deferred is None:
            return False
        parts: dict[str, list[Any]] = {name: [] for name in self.rules}
        for name, keys in self.deferred:
            parts[name].append(keys)
        try:
            tables = {name: pa.concat_tables(found) if found else _empty(self.schemas[name], self.key_fields[name])
                      for name, found in parts.items()}  # fmt: skip
            if not keys_hold(tables, self.schemas):
                return False
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):  # chunks typed apart, say
            return False
        for name, table in tables.items():
            self.rules[name].rows += table.num_rows
        self.deferred = None
        return True

    def finish(self) -> dict[str, int]:
        """End every table's rules (unique fields, the references that waited); the rows of each table."""
        if not self._finish_deferred():
            self._undefer()
        for name in self.order:
            self.rules[name].finish()
        self.references.finish()
        return {name: rules.rows for name, rules in self.rules.items()}


def _empty(schema: Mapping[str, Any], fields: list[str]) -> Any:
    """An Arrow table of no rows with a table's key `fields`, typed as its files are."""
    from ..package_format import arrow_schema

    return arrow_schema(schema).empty_table().select(fields)
