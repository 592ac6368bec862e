"""What portals and analysts' tools read: every CSV and Parquet file through pandas, polars and DuckDB,
with the column types they infer or read matching the schema (integers stay integers, numbers are floats).
With each reader's default settings, every column infers its schema's type except those listed in
DEFAULT_EXCEPTIONS, which the README lists for readers too."""

from __future__ import annotations

import pytest
from conftest import DATASETS

import tongzhou_data as td

INTEGER = {"int64", "Int64", "Int32", "int32", "Int64[pyarrow]", "BIGINT", "INTEGER", "i64"}
FLOAT = {"float64", "Float64", "DOUBLE", "f64"}
BOOL = {"bool", "boolean", "BOOLEAN", "Boolean"}


def expected_kind(field):
    return {"integer": "int", "number": "number", "string": "str", "date": "date", "boolean": "bool"}[field["type"]]


def check(kind, dtype, column, allow_string_dates=False):
    dtype = str(dtype)
    if kind == "int":
        assert dtype in INTEGER, f"{column}: {dtype}"
    elif kind == "number":  # written as 2.0, not 2, so every reader infers a float
        assert dtype in FLOAT, f"{column}: {dtype}"
    elif kind == "bool":  # written true or false, which every reader takes for a boolean
        assert dtype in BOOL, f"{column}: {dtype}"
    elif kind == "str":
        assert dtype not in INTEGER | FLOAT | BOOL, f"{column}: {dtype}"
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


# What each reader infers with its default settings where that is not the schema's type, and why: the
# README's "For data portals and analysts" lists these. The test below fails when one no longer holds.
DEFAULT_EXCEPTIONS = {
    # pandas parses no dates unless asked (parse_dates=[...]); a column with no value is float64 (NaN)
    ("pandas", "documents", "delivered_on"): "str",
    ("pandas", "documents", "published_on"): "str",
    ("pandas", "project_summary", "status_2026_2030"): "number",
    # polars parses no dates unless asked (try_parse_dates=True); it infers from the first 100 rows,
    # where targets.value_max is still empty (infer_schema_length=None reads them all)
    ("polars", "documents", "delivered_on"): "str",
    ("polars", "documents", "published_on"): "str",
    ("polars", "targets", "value_max"): "str",
    ("polars", "indicator_summary", "target_2026_value_max"): "str",  # one value, in row 120
}


def kind_of(dtype) -> str:
    """What a reader's column type is, in the schema's words."""
    dtype = str(dtype)
    if dtype in INTEGER:
        return "int"
    if dtype in FLOAT:
        return "number"
    if dtype in BOOL:
        return "bool"
    if "date" in dtype.lower():
        return "date"
    return "str"


def inferred_with_defaults(reader, path):
    """Each column's inferred type when `reader` reads the CSV at `path` with its default settings."""
    if reader == "pandas":
        frame = pytest.importorskip("pandas").read_csv(path)
        return {c: kind_of(frame[c].dtype) for c in frame.columns}
    if reader == "polars":
        frame = pytest.importorskip("polars").read_csv(path)
        return {c: kind_of(frame[c].dtype) for c in frame.columns}
    described = pytest.importorskip("duckdb").sql(f"DESCRIBE SELECT * FROM read_csv_auto('{path}')").fetchall()
    return {row[0]: kind_of(row[1]) for row in described}


@pytest.mark.parametrize("reader", ["pandas", "polars", "duckdb"])
def test_default_settings_infer_the_schema_types_but_for_the_listed_exceptions(reader, fields):
    for name in td.datasets():
        inferred = inferred_with_defaults(reader, DATASETS / f"{name}.csv")
        for column, kind in fields[name].items():
            listed = DEFAULT_EXCEPTIONS.get((reader, name, column))
            if listed is not None:
                assert inferred[column] == listed != kind, f"{reader} {name}.{column}: exception no longer holds"
            elif column in empty_columns(name):  # nothing to infer from: text, or pandas' float64 of NaN
                assert inferred[column] in ("str", "number"), f"{reader} {name}.{column}: {inferred[column]}"
            else:
                assert inferred[column] == kind, f"{reader} {name}.{column}: {inferred[column]}, schema {kind}"


def test_duckdb_reads_value_max_as_double_with_defaults():
    """The issue's case: read_csv_auto read targets.value_max as BIGINT when whole values were written `3`."""
    duckdb = pytest.importorskip("duckdb")
    path = DATASETS / "targets.csv"
    sql = f"SELECT DISTINCT typeof(value_max) FROM read_csv_auto('{path}') WHERE value_max IS NOT NULL"
    assert duckdb.sql(sql).fetchall() == [("DOUBLE",)]
