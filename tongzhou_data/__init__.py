"""tongzhou-data: the 2026 Government Work Report of Beijing's Tongzhou District as tables.

    import tongzhou_data as td
    td.datasets()                      # the table names
    td.load("sections")                # a pyarrow.Table
    td.load("terms", backend="pandas") # or backend="polars"
    td.records("terms")                # pydantic models
    td.text()                          # the working text every offset points into
    td.verify()                        # check the installed files against the descriptor

Importing this package loads only the standard library; pyarrow, pandas, polars and pydantic are
imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from . import _paths
from ._paths import TABLES, UnknownTableError, data_file, table_file
from ._version import __version__

if TYPE_CHECKING:
    import pandas
    import polars
    import pyarrow

    from .models import Record

__all__ = [
    "DataFileError",
    "IntegrityError",
    "UnknownTableError",
    "__version__",
    "datasets",
    "load",
    "records",
    "text",
    "verify",
]

REPAIR = "reinstall the package (pip install --force-reinstall tongzhou-data) or run: tongzhou-data validate"


class DataFileError(OSError):
    """A shipped data file is missing or cannot be read; the message names it and says how to repair."""


class IntegrityError(ValueError):
    """`verify()` found files that differ from the descriptor; `problems` has one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("the installed data failed verification:\n" + "\n".join(f"  {p}" for p in problems))


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
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; choose one of: {', '.join(BACKENDS)}")
    if backend == "pyarrow":
        return _read(path, "pyarrow.parquet", lambda pq: pq.read_table(path))
    if backend == "pandas":
        _optional("pandas", "pandas")
        return _read(path, "pandas", lambda pd: pd.read_parquet(path, dtype_backend="numpy_nullable"))
    _optional("polars", "polars")
    return _read(path, "polars", lambda pl: pl.read_parquet(path))


def _read(path: Any, module: str, reader: Any) -> Any:
    """Run `reader(module)`, turning a missing or damaged file into a DataFileError that names it."""
    import importlib

    if not path.is_file():
        raise DataFileError(f"{path}: missing; {REPAIR}")
    try:
        return reader(importlib.import_module(module))
    except Exception as error:  # pyarrow, pandas and polars each raise their own types for a bad file
        raise DataFileError(f"{path}: cannot be read ({type(error).__name__}: {error}); {REPAIR}") from None


def records(name: str) -> list[Record]:
    """Every row of table `name` as an immutable, typed pydantic model."""
    from .models import MODELS

    rows = load(name).to_pylist()  # refuses an unknown name before anything else
    model = MODELS[name]
    return [model.model_validate(row) for row in rows]


def text() -> str:
    """The working text: the source report without its bookmark markers; every offset points into it."""
    path = data_file("text.txt")
    try:
        return path.read_bytes().decode("utf-8")  # bytes as they are: no newline translation
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(f"{path}: cannot be read ({error}); {REPAIR}") from None


def verify() -> dict[str, int]:
    """Check every installed file against the descriptor (size, sha256, schema, Parquet against its CSV
    twin, keys, offsets); return the row counts, or raise IntegrityError naming each bad file."""
    from .validate import validate_folder

    try:
        counts, problems = validate_folder(_paths.data_dir())
    except ValueError as error:
        raise IntegrityError([str(error)]) from None
    if problems:
        raise IntegrityError(problems)
    return counts


def _optional(module: str, extra: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise ImportError(
            f"backend={module!r} needs {module}, which is not installed: pip install 'tongzhou-data[{extra}]'"
        ) from None
