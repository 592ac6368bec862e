"""The checks of a chunk of rows a column at a time (`checks.columns`, a worker's fast path) are never more
lenient than the row-at-a-time checks that name each problem (`checks.written`): a chunk they find clean
gives the row-at-a-time checks nothing to say."""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tongzhou_data.checks import rules
from tongzhou_data.checks.columns import columns_clean
from tongzhou_data.checks.written import WrittenChecks
from tongzhou_data.publish import reports_package as rp
from tongzhou_data.tables import REGISTRY, table_schema

CORPUS = Path(__file__).parent / "fixtures/corpus"
TABLES = (
    "documents",
    "sections",
    "terms",
    "term_mentions",
    "indicators",
    "targets",
    "projects",
    "project_summary",
    "project_statuses",
)
KEYS = {"primary-key", "unique", "foreign-key"}  # rules over many rows: the writer's, not the chunk's


@cache
def _report() -> tuple[str, dict[str, list[dict[str, Any]]]]:
    """hebei-2025's text and rows of every table, as a worker reads them."""
    outcome = rp._read_rows(rp.Source(CORPUS / "hebei-2025.md", "hebei-2025"), rp.Years(), "utf-8")
    assert outcome.text is not None
    return outcome.text, outcome.rows


def _row_at_a_time_clean(name: str, chunk: Any, text: str) -> bool:
    checks = WrittenChecks({n: table_schema(REGISTRY[n]) for n in TABLES})
    checks.add(name, chunk, {"hebei-2025": text})
    return not [p for p in checks.problems if p.code not in KEYS]


def _fields(name: str) -> list[dict[str, Any]]:
    return table_schema(REGISTRY[name])["fields"]


def _value(kind: str) -> st.SearchStrategy[Any]:
    """Values of a field's type, and some of other types, that a row of a buggy parser might hold."""
    tricky = st.sampled_from(["", " ", "0", "-1", "2.5", "1e400", "nan", "true", "0000-01-01", "q00001", "s1.2.3"])
    by_kind: dict[str, st.SearchStrategy[Any]] = {
        "integer": st.integers(-(2**40), 2**40),
        "number": st.floats(allow_nan=True, allow_infinity=True),
        "boolean": st.booleans(),
        "date": st.dates(min_value=dt.date(1, 1, 1)),
        "string": st.text(max_size=12) | tricky,
    }
    return st.none() | by_kind[kind] | tricky


@st.composite
def _mutated(draw: st.DrawFn) -> tuple[str, list[dict[str, Any]]]:
    """A table's rows with one cell given another value."""
    name = draw(st.sampled_from([n for n in TABLES if _report()[1][n]]))
    rows = [dict(r) for r in _report()[1][name]]
    field = draw(st.sampled_from(_fields(name)))
    index = draw(st.integers(0, len(rows) - 1))
    rows[index][field["name"]] = draw(_value(field.get("type", "string")))
    return name, rows


def _encoded(name: str, rows: list[dict[str, Any]]) -> Any:
    try:
        return rp._encoded(name, rows)
    except Exception:  # a value the Arrow type cannot hold: no file is written from it at all
        return None


def test_every_table_of_a_report_as_parsed_is_clean_by_both():
    text, rows = _report()
    for name in TABLES:
        chunk = rp._encoded(name, rows[name])
        assert columns_clean(name, chunk.csv, chunk.arrow, chunk.rows, {"hebei-2025": text}.get), name
        assert _row_at_a_time_clean(name, chunk, text), name


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutated())
def test_a_row_changed_is_clean_by_columns_only_where_it_is_row_by_row(change):
    name, rows = change
    text = _report()[0]
    chunk = _encoded(name, rows)
    if chunk is not None and columns_clean(name, chunk.csv, chunk.arrow, chunk.rows, {"hebei-2025": text}.get):
        assert _row_at_a_time_clean(name, chunk, text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_csv_cell_changed_is_clean_by_columns_only_where_it_is_row_by_row(data):
    """The CSV lines and the Arrow table disagree in one cell, or a cell is not of its type's form."""
    text, rows = _report()
    name = data.draw(st.sampled_from([n for n in TABLES if rows[n]]))
    chunk = rp._encoded(name, rows[name])
    lines = list(csv.reader(io.StringIO(chunk.csv.decode("utf-8"), newline="")))
    index, column = data.draw(st.integers(0, len(lines) - 1)), data.draw(st.integers(0, len(lines[0]) - 1))
    field = _fields(name)[column]
    lines[index][column] = data.draw(st.text(max_size=8) | _value(field.get("type", "string")).map(_cell))
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(lines)
    changed = rp.Encoded(buffer.getvalue().encode("utf-8"), chunk.arrow, chunk.rows)
    if columns_clean(name, changed.csv, changed.arrow, changed.rows, {"hebei-2025": text}.get):
        assert _row_at_a_time_clean(name, changed, text)


def _cell(value: Any) -> str:
    return "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)


def test_cells_a_reader_would_reject_are_not_clean():
    """A date before year 1 (Arrow reads it, Python's date does not), a float that is not a number, an
    id off its pattern, and a quote that is not the text at its offsets."""
    text, rows = _report()
    changes = [
        ("documents", "delivered_on", "0000-01-01"),
        ("targets", "value", "nan"),
        ("targets", "target_id", "x1"),
        ("targets", "quote", "不是原文"),
    ]
    for name, field, cell in changes:
        chunk = rp._encoded(name, rows[name])
        lines = list(csv.reader(io.StringIO(chunk.csv.decode("utf-8"), newline="")))
        column = [f["name"] for f in _fields(name)].index(field)
        row = next(i for i, line in enumerate(lines) if line[column])
        lines[row][column] = cell
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(lines)
        assert not columns_clean(
            name, buffer.getvalue().encode("utf-8"), chunk.arrow, chunk.rows, {"hebei-2025": text}.get
        ), field


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_keys_checked_a_chunk_at_a_time_say_what_row_by_row_says(data):
    """A primary key twice, a reference to nothing and a unique value twice, in chunks of any size:
    the keys of a clean chunk, checked over sets (`TableRules.add_key_columns`), and what waits for its
    targets settled early or not (`References.settle`), give the problems the rows checked one at a time
    give, with the same row numbers."""
    text, rows = _report()
    broken = {name: [dict(r) for r in rows[name]] for name in ("documents", "sections", "targets")}
    targets, sections = broken["targets"], broken["sections"]
    for _ in range(data.draw(st.integers(0, 3))):
        a, b = data.draw(st.integers(0, len(targets) - 1)), data.draw(st.integers(0, len(targets) - 1))
        targets[a]["target_id"] = targets[b]["target_id"]
    for _ in range(data.draw(st.integers(0, 2))):
        targets[data.draw(st.integers(0, len(targets) - 1))]["section_id"] = "s99"
    if data.draw(st.booleans()):
        sections[-1]["section_id"] = sections[0]["section_id"]
    cut = data.draw(st.integers(1, len(targets)))
    chunks = [("documents", broken["documents"]), ("sections", sections), ("targets", targets[:cut])]
    chunks.append(("targets", targets[cut:]))
    said = []
    settle_at, rules.SETTLE_AT = rules.SETTLE_AT, data.draw(st.sampled_from([0, rules.SETTLE_AT]))  # settle each chunk
    try:
        for clean in (True, False):
            checks = WrittenChecks({n: table_schema(REGISTRY[n]) for n in TABLES})
            for name, part in chunks:
                checks.add(name, rp._encoded(name, part), {"hebei-2025": text}, clean=clean)
            checks.finish()
            said.append([p.message for p in checks.problems if p.code in KEYS])
    finally:
        rules.SETTLE_AT = settle_at
    assert said[0] == said[1]


def test_an_arrow_column_of_another_type_is_not_clean():
    """A number column written as integers holds the CSV's values but not its field's type."""
    import pyarrow as pa

    text, rows = _report()
    chunk = rp._encoded("targets", rows["targets"])
    index = chunk.arrow.column_names.index("period_start")
    retyped = chunk.arrow.set_column(index, "period_start", chunk.arrow.column(index).cast(pa.float64()))
    assert columns_clean("targets", chunk.csv, chunk.arrow, chunk.rows, {"hebei-2025": text}.get)
    assert not columns_clean("targets", chunk.csv, retyped, chunk.rows, {"hebei-2025": text}.get)


def test_references_are_looked_up_once_per_distinct_value_but_floats_each():
    """0.0 == -0.0 and both may stand in one column, yet their digests differ: they are not merged."""
    from tongzhou_data.checks.rules import _distinct

    assert sorted(_distinct([("a", 1), ("a", 1), ("b", 1)])) == [("a", 1), ("b", 1)]
    assert len(_distinct([(0.0,), (-0.0,)])) == 2


def _key_tables(rows: dict[str, list[dict[str, Any]]]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The key columns of every table of `rows` as `WrittenChecks` keeps them, and the schemas."""
    schemas = {n: table_schema(REGISTRY[n]) for n in TABLES}
    fields = WrittenChecks(schemas).key_fields
    return {n: rp._encoded(n, rows.get(n, [])).arrow.select(fields[n]) for n in TABLES}, schemas


def test_whole_tables_keys_hold_for_a_report_as_read():
    from tongzhou_data.checks.key_columns import keys_hold

    assert keys_hold(*_key_tables(_report()[1]))


def test_whole_tables_keys_fail_on_each_broken_rule():
    """A primary key twice, a unique value twice (here with its primary key: every unique field of these
    tables is one), a reference of one field and of two to nothing, a reference to a table with no rows:
    each makes the fast check say no."""
    from tongzhou_data.checks.key_columns import keys_hold

    def broken(change: Any) -> dict[str, list[dict[str, Any]]]:
        rows = {n: [dict(r) for r in found] for n, found in _report()[1].items()}
        change(rows)
        return rows

    def twice(rows: dict[str, Any]) -> None:
        rows["targets"][1]["target_id"] = rows["targets"][0]["target_id"]

    def unique(rows: dict[str, Any]) -> None:
        rows["documents"].append({**rows["documents"][0], "document_id": "another"})
        rows["documents"][1]["document_id"] = rows["documents"][0]["document_id"]

    def one_field(rows: dict[str, Any]) -> None:
        rows["sections"][-1]["parent_id"] = "s99"

    def two_fields(rows: dict[str, Any]) -> None:
        rows["targets"][3]["section_id"] = "s99"

    def empty_target(rows: dict[str, Any]) -> None:
        rows["sections"] = []

    for change in (twice, unique, one_field, two_fields, empty_target):
        assert not keys_hold(*_key_tables(broken(change))), change.__name__


def test_a_key_column_that_is_not_of_strings_or_integers_is_left_to_the_rows():
    """Floats have equal values of different reprs (0.0, -0.0): the fast check does not decide them."""
    import pyarrow as pa

    from tongzhou_data.checks.key_columns import keys_hold

    tables, schemas = _key_tables(_report()[1])
    statuses = tables["project_statuses"]
    index = statuses.column_names.index("period_start")
    tables["project_statuses"] = statuses.set_column(index, "period_start", statuses.column(index).cast(pa.float64()))
    assert not keys_hold(tables, schemas)


def test_a_unique_field_that_is_no_key_is_checked_apart():
    """A `unique` field's filled values stand once each; empty cells may repeat (a table of the tests' own,
    since every unique field of the package's tables is also its primary key)."""
    import pyarrow as pa

    from tongzhou_data.checks.key_columns import keys_hold

    schema = {"fields": [{"name": "k"}, {"name": "code", "constraints": {"unique": True}}], "primaryKey": ["k"]}
    table = pa.table({"k": ["a", "b", "c", "d"], "code": ["x", None, None, "y"]})
    assert keys_hold({"t": table}, {"t": schema})
    twice = table.set_column(1, "code", pa.array(["x", None, "x", "y"]))
    assert not keys_hold({"t": twice}, {"t": schema})


class _Mixed(str, enum.Enum):  # str() is "_Mixed.LEVEL", the value "level"
    LEVEL = "level"


class _Plain(str, enum.Enum):  # str() is the value, as a StrEnum's (Python 3.11)
    LEVEL = "level"

    def __str__(self) -> str:
        return str.__str__(self)


UNCHECKED = ("targets", "indicators", "projects", "project_summary", "project_statuses")  # `made_by` rows


@pytest.mark.parametrize(("name", "field"), [(n, f["name"]) for n in UNCHECKED for f in _fields(n)])
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_row_made_unchecked_is_clean_only_where_its_model_takes_it_as_it_is(name, field, data):
    """`extract` makes the rows of these tables unvalidated (`table_rows.made_by`) and trusts the encoded
    checks (`is_clean`): a row with one field given another value (of another type, outside its enum or
    pattern, empty, an enum member) that they find clean is one its model accepts, and the validated row
    is written byte for byte as the unvalidated one."""
    from tongzhou_data.table_rows import made_by, row_dict

    text, rows = _report()
    model = REGISTRY[name].model
    values = dict(data.draw(st.sampled_from(rows[name])))
    kind = next(f.get("type", "string") for f in _fields(name) if f["name"] == field)
    other = {"number": st.integers(-3, 3), "integer": st.sampled_from([2.0, True]), "string": st.integers(0, 3)}
    odd = st.sampled_from([_Mixed.LEVEL, _Plain.LEVEL, b"x", "level\n", "", " "])
    values[field] = data.draw(st.one_of(other.get(kind, odd), odd, _value(kind)))
    chunk = _encoded(name, [vars(made_by(model, False)(**values))])
    if chunk is None or not columns_clean(name, chunk.csv, chunk.arrow, 1, {"hebei-2025": text}.get):
        return  # the batch is read again validated
    validated = _encoded(name, [row_dict(model(**values))])  # no ValidationError
    assert (validated.csv, validated.arrow.to_pylist()) == (chunk.csv, chunk.arrow.to_pylist())
