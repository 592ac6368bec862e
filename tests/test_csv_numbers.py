"""How a `number` is written in the canonical CSVs: always with a decimal point (`2.0`, not `2`), so that
readers infer a float column, and never with a changed value (each cell reads back to its Parquet value)."""

from __future__ import annotations

import math
import re

import pytest
from conftest import read_csv
from hypothesis import given, settings
from hypothesis import strategies as st

import tongzhou_data as td
from tongzhou_data.publish import csv_cell
from tongzhou_data.schemas import FIELD_TYPES

FLOAT_TEXT = re.compile(r"-?[0-9]+\.[0-9]+")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (2.0, "2.0"),
        (0.5, "0.5"),
        (10.8, "10.8"),
        (3.88, "3.88"),
        (14000.0, "14000.0"),
        (1e11, "100000000000.0"),
        (1e-7, "0.0000001"),
        (-3.5, "-3.5"),
        (0.0, "0.0"),
    ],
)
def test_a_float_is_written_with_a_decimal_point(value, text):
    assert csv_cell(value) == text


def test_integers_and_other_types_are_written_as_before():
    assert [csv_cell(v) for v in (2, True, None, "2.0")] == ["2", "true", "", "2.0"]


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_every_finite_float_reads_back_exactly_and_validates(value):
    text = csv_cell(value)
    assert FLOAT_TEXT.fullmatch(text), text
    assert FIELD_TYPES["number"].form.fullmatch(text), text  # `tongzhou-data validate` accepts it
    assert float(text) == value and math.copysign(1, float(text)) == math.copysign(1, value)


def number_columns(descriptor):
    """(table, column) of every field typed `number` in the published descriptor."""
    return [
        (r["name"], f["name"])
        for r in descriptor["resources"]
        if r["format"] == "csv"
        for f in r["schema"]["fields"]
        if f["type"] == "number"
    ]


def test_every_published_number_cell_has_a_point_and_its_parquet_value(descriptor):
    columns = number_columns(descriptor)
    assert ("targets", "value") in columns and ("targets", "value_max") in columns
    checked = 0
    for name, column in columns:
        cells = [row[column] for row in read_csv(name)]
        values = td.load(name).column(column).to_pylist()
        assert len(cells) == len(values)
        written = [(c, v) for c, v in zip(cells, values, strict=True) if v is not None]
        assert written or all(c == "" for c in cells), f"{name}.{column}"  # a column with no value writes none
        for cell, value in written:
            assert FLOAT_TEXT.fullmatch(cell), f"{name}.{column}: {cell!r}"
            assert float(cell) == value, f"{name}.{column}: {cell!r} != {value!r}"
        assert all(c == "" for c, v in zip(cells, values, strict=True) if v is None)
        whole = [c for c, v in written if v == int(v)]
        assert all(c.endswith(".0") for c in whole), f"{name}.{column}: whole values end in .0"
        checked += len(whole)
    assert checked > 300  # whole values were written: targets.value alone has some 150


def test_show_where_matches_a_number_written_either_way(capsys):
    from tongzhou_data.cli import main

    expected = [r["target_id"] for r in td.load("targets").to_pylist() if r["value"] == 2.0]
    assert expected, "some target has the value 2"
    for typed in ("2", "2.0"):
        assert main(["show", "targets", "--where", f"value={typed}", "--columns", "target_id", "--format", "csv"]) == 0
        assert capsys.readouterr().out.split()[1:] == expected, typed
    assert main(["show", "targets", "--where", "value=two", "--format", "csv"]) == 0
    assert capsys.readouterr().out.split() == [",".join(td.load("targets").column_names)]


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_a_float_is_written_as_its_full_decimal_expansion(value):
    """The short way (a repr with no exponent is kept as it is) writes what the long way writes: the repr's
    decimal written out in full, trailing zeros dropped but one (1e-7 → 0.0000001, 1e16 → 10000000000000000.0)."""
    from decimal import Decimal

    whole, _, fraction = format(Decimal(repr(value)), "f").partition(".")
    assert csv_cell(value) == f"{whole}.{fraction.rstrip('0') or '0'}"


CELL = st.text(alphabet=st.sampled_from(list('a,"\n\r 中x')), max_size=6) | st.none()


@given(st.integers(1, 4).flatmap(lambda width: st.lists(st.lists(CELL, min_size=width, max_size=width), max_size=6)))
def test_csv_lines_made_a_column_at_a_time_are_those_csv_writer_writes(rows):
    """`files.csv_text` quotes and joins a column at a time (the streaming writer's lines and the published
    files'): its lines are those the `csv` module's writer of the canonical dialect writes, cell for cell,
    with commas, quotes, line ends, carriage returns, empty cells and missing values."""
    import io

    from tongzhou_data.publish.files import csv_text, csv_writer

    fields = [f"f{i}" for i in range(len(rows[0]) if rows else 2)]
    columns = {f: [row[i] for row in rows] for i, f in enumerate(fields)}
    buffer = io.StringIO()
    csv_writer(buffer).writerows([["" if cell is None else cell for cell in row] for row in rows])
    assert csv_text(columns, fields) == buffer.getvalue()


ANY_CELL = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(list(',"\n\r\0 ')), max_size=5),
    st.sampled_from(["", " ", "  ", '""', '"', ",", "\0"]),
    st.none(),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.dates(),
)
COLUMN_KIND = st.sampled_from([ANY_CELL, st.text(max_size=4) | st.none(), st.integers() | st.none(), st.floats()])


@settings(max_examples=300, deadline=None)
@given(
    st.tuples(st.integers(0, 4), st.integers(0, 4)).flatmap(
        lambda size: st.lists(
            COLUMN_KIND.flatmap(lambda cells: st.lists(cells, min_size=size[1], max_size=size[1])),
            min_size=size[0],
            max_size=size[0],
        )
    )
)
def test_csv_text_of_any_cells_is_what_csv_writer_writes_of_their_canonical_text(columns):
    """`files.csv_text` and `csv_bytes` (a column at a time, by the shortcuts of `_csv_column`) against
    `csv_writer` given each cell's `csv_cell`: tables of no to four fields and no to four rows, columns of
    one type or mixed, with empty strings, spaces, quotes alone, the NUL char and missing values."""
    import io

    from tongzhou_data.publish.files import csv_bytes, csv_text, csv_writer

    fields = [f"f{i}" for i in range(len(columns))]
    lines = [[csv_cell(v) for v in row] for row in zip(*columns, strict=True)]
    buffer = io.StringIO()
    csv_writer(buffer).writerows(lines)
    assert csv_text(dict(zip(fields, columns, strict=True)), fields) == buffer.getvalue()
    if fields:
        rows = [dict(zip(fields, row, strict=True)) for row in zip(*columns, strict=True)]
        header = io.StringIO()
        csv_writer(header).writerow(fields)
        assert csv_bytes(rows, fields) == (header.getvalue() + buffer.getvalue()).encode("utf-8")
