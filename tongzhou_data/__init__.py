"""tongzhou-data: the 2026 Government Work Report of Beijing's Tongzhou District as tables.

    import tongzhou_data as td
    td.datasets()                      # the table names
    td.load("sections")                # a pyarrow.Table
    td.load("terms", backend="pandas") # or backend="polars"
    td.records("terms")                # pydantic models
    td.text()                          # the working text every offset points into

Importing this package loads only the standard library; pyarrow, pandas, polars and pydantic are
imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from ._paths import TABLES, data_file, table_file
from ._version import __version__

if TYPE_CHECKING:
    import pandas
    import polars
    import pyarrow

    from .models import Record

__all__ = ["__version__", "datasets", "load", "records", "text"]

Backend = Literal["pyarrow", "pandas", "polars"]
BACKENDS = ("pyarrow", "pandas", "polars")


def datasets() -> list[str]:
    """The names of the tables this package ships, in the order of the Data Package descriptor."""
    return list(TABLES)


@overload
def load(name: str, backend: Literal["pyarrow"] = "pyarrow") -> pyarrow.Table: ...
@overload
def load(name: str, backend: Literal["pandas"]) -> pandas.DataFrame: ...
@overload
def load(name: str, backend: Literal["polars"]) -> polars.DataFrame: ...
def load(name: str, backend: Backend = "pyarrow") -> Any:
    """Load table `name` from the shipped Parquet file as a pyarrow Table, or a pandas or polars DataFrame.

    pandas frames use nullable dtypes, so integer columns stay integers where values are missing.
    """
    path = table_file(name, "parquet")
    if backend == "pyarrow":
        import pyarrow.parquet as pq

        return pq.read_table(path)
    if backend == "pandas":
        pd = _optional("pandas", "pandas")
        return pd.read_parquet(path, dtype_backend="numpy_nullable")
    if backend == "polars":
        pl = _optional("polars", "polars")
        return pl.read_parquet(path)
    raise ValueError(f"unknown backend {backend!r}; choose one of: {', '.join(BACKENDS)}")


def records(name: str) -> list[Record]:
    """Every row of table `name` as an immutable, typed pydantic model."""
    import pyarrow.parquet as pq

    from .models import MODELS

    path = table_file(name, "parquet")
    model = MODELS[name]
    return [model.model_validate(row) for row in pq.read_table(path).to_pylist()]


def text() -> str:
    """The working text: the source report without its bookmark markers; every offset points into it."""
    return data_file("text.txt").read_text(encoding="utf-8")


def _optional(module: str, extra: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise ImportError(
            f"backend={module!r} needs {module}, which is not installed: pip install 'tongzhou-data[{extra}]'"
        ) from None
