"""tongzhou-data: the 2026 Government Work Report of Beijing's Tongzhou District as tables.

    import tongzhou_data as td
    td.datasets()                      # the table names
    td.load("sections")                # a pyarrow.Table
    td.load("terms", backend="pandas") # or backend="polars"
    td.records("terms")                # pydantic models
    td.text()                          # the working text every offset points into
    td.verify()                        # check the installed files against the descriptor

Importing this package imports nothing beyond it (not even `typing`): pyarrow, pandas, polars and
pydantic, and the standard library modules the loader needs, are imported on first use.
"""

from __future__ import annotations

from ._paths import TABLES, UnknownTableError, data_file, repair_hint, table_file
from ._version import __version__

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from typing import Any, Literal, overload

    import pandas
    import polars
    import pyarrow
    import pyarrow.dataset

    from ._tables import TableName
    from .checks.problems import Problem
    from .models import Record

    Backend = Literal["pyarrow", "pandas", "polars"]

__all__ = [
    "DataFileError",
    "IntegrityError",
    "MissingDependencyError",
    "UnknownTableError",
    "__version__",
    "datasets",
    "load",
    "records",
    "scan",
    "text",
    "verify",
]

BACKENDS = ("pyarrow", "pandas", "polars")
# The module each backend reads with, and the pip requirement that brings it.
READERS = {"pyarrow": ("pyarrow.parquet", "tongzhou-data"), "pandas": ("pandas", "tongzhou-data[pandas]"),
           "polars": ("polars", "tongzhou-data[polars]")}  # fmt: skip


class DataFileError(OSError):
    """A shipped data file is missing or cannot be read; the message names it and says how to repair."""


class MissingDependencyError(ImportError):
    """A library the loader needs is not installed; the message says what to install."""


class IntegrityError(ValueError):
    """`verify()` found files that differ from the descriptor; `problems` holds each as a typed Problem
    (`code`, `message`, `table`, `row`, `field`)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = dict.fromkeys(f"  {p.message}" for p in problems)
        super().__init__("the installed data failed verification:\n" + "\n".join(lines))


def datasets() -> list[TableName]:
    """The names of the tables this package ships, in the order of the Data Package descriptor."""
    return list(TABLES)


if TYPE_CHECKING:

    @overload
    def load(name: TableName, backend: Literal["pyarrow"] = "pyarrow") -> pyarrow.Table: ...
    @overload
    def load(name: TableName, backend: Literal["pandas"]) -> pandas.DataFrame: ...
    @overload
    def load(name: TableName, backend: Literal["polars"]) -> polars.DataFrame: ...


def load(name: TableName, backend: Backend = "pyarrow") -> Any:
    """Load table `name` from the shipped Parquet file as a pyarrow Table, or a pandas or polars DataFrame.

    pandas frames use nullable dtypes, so integer columns stay integers where values are missing. The
    columns are checked against the table's schema, so a misplaced file is refused, not returned.
    """
    path = table_file(name, "parquet")
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; choose one of: {', '.join(BACKENDS)}")
    module, requirement = READERS[backend]
    _present(path)
    reader = _import(module, requirement)
    if backend == "pandas":
        frame = _read(path, lambda: reader.read_parquet(path, dtype_backend="numpy_nullable"))
        return _checked(name, path, frame, list(frame.columns))
    frame = _read(path, lambda: reader.read_table(path) if backend == "pyarrow" else reader.read_parquet(path))
    return _checked(name, path, frame, frame.column_names if backend == "pyarrow" else frame.columns)


def _import(module: str, requirement: str) -> Any:
    """`module`, or MissingDependencyError saying which requirement brings it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise MissingDependencyError(
            f"reading the data needs {(error.name or module).split('.')[0]}, which is not installed: "
            f"pip install '{requirement}'"
        ) from None


def _read(path: Path, reader: Callable[[], Any]) -> Any:
    """Run `reader()`, turning a damaged file into a DataFileError that names it."""
    try:
        return reader()
    except ImportError as error:  # a backend that needs a library of its own (pandas needs pyarrow)
        raise MissingDependencyError(f"reading {path.name} needs {error.name}, which is not installed") from None
    except Exception as error:  # pyarrow, pandas and polars each raise their own types for a bad file
        raise DataFileError(f"{path}: cannot be read ({type(error).__name__}: {error}); {repair_hint()}") from None


_columns: dict[str, list[str]] = {}


def columns(name: TableName) -> list[str]:
    """Table `name`'s column names, as the shipped descriptor's schema gives them (read once)."""
    if not _columns:
        import json

        path = data_file("datapackage.json")
        try:
            descriptor = json.loads(path.read_bytes())
            _columns.update(
                {
                    r["name"]: [f["name"] for f in r["schema"]["fields"]]
                    for r in descriptor["resources"]
                    if "schema" in r
                }
            )
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise DataFileError(f"{path}: cannot be read ({type(error).__name__}: {error}); {repair_hint()}") from None
    if name not in _columns:
        raise DataFileError(f"{data_file('datapackage.json')}: describes no table {name!r}; {repair_hint()}")
    return _columns[name]


def _present(path: Path) -> None:
    """DataFileError, saying how to repair, for a shipped file that is missing."""
    if not path.is_file():
        raise DataFileError(f"{path}: missing; {repair_hint()}")


def _checked(name: str, path: Path, frame: Any, names: list[str], expected: list[str] | None = None) -> Any:
    """`frame`, once its columns are the table's (`expected`, else the shipped descriptor's, with how to
    repair the installed copy); else DataFileError (a file put in another's place)."""
    shipped = expected is None
    expected = columns(name) if expected is None else expected  # type: ignore[arg-type]
    if list(names) != expected:
        hint = f"; {repair_hint()}" if shipped else ""  # asked only on an error: it reads pip's metadata
        raise DataFileError(
            f"{path}: its columns ({', '.join(names)}) are not the {name} table's ({', '.join(expected)}){hint}"
        )
    return frame


def scan(name: str, folder: str | Path | None = None) -> pyarrow.dataset.Dataset:
    """Table `name` as a lazy pyarrow dataset, of the installed data or of a package that `extract` wrote
    into `folder`: nothing is read until asked (`.to_table(columns=..., filter=...)`, `.to_batches()`, or
    DuckDB over it), so that a package larger than memory can still be queried. Its columns are checked
    against the package's descriptor."""
    from pathlib import Path

    pads = _import("pyarrow.dataset", "tongzhou-data")
    expected: list[str] | None = None  # the shipped descriptor's columns
    if folder is None:
        path = table_file(name, "parquet")
        _present(path)
    else:
        path, expected = _package_table(Path(folder), name)
    found = _read(path, lambda: pads.dataset(path, format="parquet"))
    return _checked(name, path, found, found.schema.names, expected)


_descriptors: dict[tuple[str, int, int], dict[str, Any]] = {}


def _resources(path: str, mtime_ns: int, size: int) -> dict[str, Any]:
    """The resources of the descriptor at `path` by name, parsed once while it is unchanged (a package of
    3,000 reports has a descriptor of 1.7 MB: 14 ms to parse); the last one read is kept."""
    import json

    key = (path, mtime_ns, size)
    if key not in _descriptors:
        with open(path, "rb") as handle:
            descriptor = json.loads(handle.read())
        _descriptors.clear()
        _descriptors[key] = {r["name"]: r for r in descriptor["resources"] if isinstance(r, dict) and "name" in r}
    return _descriptors[key]


def _package_table(folder: Path, name: str) -> tuple[Path, list[str]]:
    """The Parquet file of table `name` in the package in `folder`, and its columns, as the package's own
    descriptor gives them; DataFileError for a folder with no such package or table, or a path that
    leads out of the folder."""
    from .checks.paths import UnsafePath, resource_path

    try:
        stat = (folder / "datapackage.json").stat()
        tables = _resources(str(folder / "datapackage.json"), stat.st_mtime_ns, stat.st_size)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise DataFileError(f"{folder}: no readable Data Package here ({type(error).__name__})") from None
    resource = tables.get(f"{name}-parquet")
    schema = (resource or {}).get("schema") or (tables.get(name) or {}).get("schema")  # its own, or its CSV twin's
    if resource is None or not isinstance(schema, dict):
        known = sorted(n.removesuffix("-parquet") for n in tables if n.endswith("-parquet"))
        raise DataFileError(f"{folder}: the package has no table {name!r}; tables: {', '.join(known)}")
    try:
        path = resource_path(folder, resource.get("path"))
        return path, [f["name"] for f in schema["fields"]]
    except (UnsafePath, OSError) as error:
        raise DataFileError(f"{folder}: table {name!r} cannot be read ({error})") from None
    except (KeyError, TypeError):
        raise DataFileError(f"{folder}: table {name!r} has no readable schema in the descriptor") from None


def records(name: TableName) -> list[Record]:
    """Every row of table `name` as an immutable, typed pydantic model."""
    table = load(name)  # refuses an unknown name before anything else
    rows = _read(table_file(name, "parquet"), table.to_pylist)  # decodes every string: damage shows here
    _import("pydantic", "tongzhou-data")
    from pydantic import ValidationError

    from .tables import REGISTRY

    model = REGISTRY[name].model
    try:
        return [model.model_validate(row) for row in rows]
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise DataFileError(
            f"{table_file(name, 'parquet')}: a row does not fit the {name} model ({where}: {first['msg']}); "
            f"{repair_hint()}"
        ) from None


def text() -> str:
    """The working text: the source report without its bookmark markers; every offset points into it."""
    path = data_file("text.txt")
    try:
        return path.read_bytes().decode("utf-8")  # bytes as they are: no newline translation
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(f"{path}: cannot be read ({error}); {repair_hint()}") from None


def verify() -> dict[str, int]:
    """Check every installed file against the descriptor (size, sha256, schema, Parquet against its CSV
    twin, keys, offsets) and, for a wheel install, against pip's record of what it wrote (the descriptor
    included); return the row counts, or raise IntegrityError naming each bad file."""
    from ._paths import data_dir
    from .checks.folder import DescriptorError, validate_folder
    from .checks.problems import Problem

    try:
        counts, problems = validate_folder(data_dir())
    except DescriptorError as error:
        raise IntegrityError([Problem("descriptor", str(error))]) from None
    if problems:
        raise IntegrityError(problems)
    return counts
