"""What portals and analysts' tools read: every CSV and Parquet file through pandas, polars and DuckDB,
with the column types they infer or read matching the schema (integers stay integers)."""

from __future__ import annotations

import pytest
from conftest import DATASETS

import tongzhou_data as td

INTEGER = {"int64", "Int64", "Int32", "int32", "Int64[pyarrow]", "BIGINT", "INTEGER", "i64"}
FLOAT = {"float64", "Float64", "DOUBLE", "f64"}


def expected_kind(field):
    return {"integer": "int", "number": "number", "string": "str", "date": "date"}[field["type"]]


def check(kind, dtype, column, allow_string_dates=False):
    dtype = str(dtype)
    if kind == "int":
        assert dtype in INTEGER, f"{column}: {dtype}"
    elif kind == "number":
        assert dtype in FLOAT | INTEGER, f"{column}: {dtype}"
    elif kind == "str":
        assert dtype not in INTEGER | FLOAT, f"{column}: {dtype}"
    elif not allow_string_dates:
        assert "date" in dtype.lower() or dtype in {"object", "DATE"}, f"{column}: {dtype}"


def empty_columns(name):
    """Columns with no value at all: a CSV reader has nothing to infer their type from."""
    table = td.load(name)
    return {c for c in table.column_names if table.column(c).null_count == table.num_rows}


@pytest.fixture(scope="module")
def fields(schemas):
    return {name: {f["name"]: expected_kind(f) for f in schemas[name]["fields"]} for name in td.datasets()}


@pytest.mark.parametrize("name", td.datasets())
def test_pandas(name, fields):
    pd = pytest.importorskip("pandas")
    for frame, source in (
        (pd.read_csv(DATASETS / f"{name}.csv"), "csv"),
        (pd.read_parquet(DATASETS / f"{name}.parquet"), ""),
    ):
        assert list(frame.columns) == list(fields[name])
        for column, kind in fields[name].items():
            if source == "csv" and column in empty_columns(name):
                continue
            check(kind, frame[column].dtype, column, allow_string_dates=True)


@pytest.mark.parametrize("name", td.datasets())
def test_polars(name, fields):
    pl = pytest.importorskip("polars")
    # polars infers from the first 100 rows unless told to read them all; value_max is empty there
    csv_frame = pl.read_csv(DATASETS / f"{name}.csv", try_parse_dates=True, infer_schema_length=None)
    for frame, source in ((csv_frame, "csv"), (pl.read_parquet(DATASETS / f"{name}.parquet"), "")):
        assert frame.columns == list(fields[name])
        for column, kind in fields[name].items():
            if source == "csv" and column in empty_columns(name):
                continue
            check(kind, frame[column].dtype, column)


@pytest.mark.parametrize("name", td.datasets())
def test_duckdb(name, fields):
    duckdb = pytest.importorskip("duckdb")
    for source in (f"read_csv_auto('{DATASETS / name}.csv')", f"read_parquet('{DATASETS / name}.parquet')"):
        described = duckdb.sql(f"DESCRIBE SELECT * FROM {source}").fetchall()
        assert [row[0] for row in described] == list(fields[name])
        for column, dtype, *_ in described:
            if source.startswith("read_csv") and column in empty_columns(name):
                continue
            check(fields[name][column], dtype, column)
