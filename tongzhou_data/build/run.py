"""Rebuild `datasets/` from `seeds/` and `schema/`: source text -> records -> checks -> files.

Run `python -m tongzhou_data.build` from the repository. Everything is written to a staging folder first
and moved into place only when every check passed (`publish.atomic`), so a failed or interrupted build
leaves `datasets/` as it was.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from pathlib import Path
from typing import Any

from .. import publish
from .._version import __version__
from ..checks.problems import counted
from ..checks.rules import check_tables
from ..digests import sha256_hex
from ..models import Record
from ..publish import atomic, dictionary
from ..tables import EXTRACTED, TABLES, table_schema
from . import outline
from .assemble import BUILDERS, SOURCE, Source
from .curated import CurationError
from .models_source import models_module
from .target_table import Accounting

TEXT_FILE = "text.txt"
DICTIONARY = "docs/data-dictionary.md"
NAMES_MODULE = "tongzhou_data/_tables.py"
MODELS_MODULE = "tongzhou_data/_models.py"


class BuildError(RuntimeError):
    """The build found problems; nothing was written."""


def repo_root() -> Path:
    """The repository this module sits in (the build needs `seeds/` and `schema/`, not an installed copy)."""
    return Path(__file__).resolve().parents[2]


def read_source(root: Path) -> bytes:
    """The source report's bytes, refused unless their sha256 matches `seeds/SHA256SUMS`."""
    lines = (root / "seeds/SHA256SUMS").read_text(encoding="utf-8").splitlines()
    sums = {parts[1].lstrip("*"): parts[0] for parts in (line.split(maxsplit=1) for line in lines) if len(parts) == 2}
    data = (root / SOURCE).read_bytes()
    expected = sums.get(SOURCE)
    actual = sha256_hex(data)
    if expected != actual:
        raise BuildError(f"{SOURCE}: sha256 {actual} does not match seeds/SHA256SUMS ({expected})")
    return data


def read_json(root: Path, relative: str) -> Any:
    """A JSON file of the repository, or BuildError naming it and what is wrong."""
    try:
        return json.loads((root / relative).read_bytes())
    except (OSError, ValueError) as error:
        raise BuildError(f"{relative}: cannot be read as JSON ({error})") from None


def load_schemas(root: Path | None = None) -> dict[str, dict[str, Any]]:
    """Every table's Table Schema, as the package reads it (in a checkout: `schema/`, the source the models
    are made from)."""
    return {table.name: table_schema(table) for table in TABLES}


def assemble(root: Path) -> tuple[str, dict[str, list[Record]], Accounting]:
    """The working text, every table's validated records, and the accounting of number tokens."""
    source = Source(root, read_source(root))
    records = {table.name: BUILDERS[table.name](source) for table in TABLES}
    return source.text, records, source.targets()[1]


def as_rows(records: list[Record]) -> list[dict[str, Any]]:
    return [record.model_dump() for record in records]


def build(root: Path, out: Path | None = None) -> tuple[dict[str, int], Accounting]:
    """Build every file into `out` (default `root/datasets`), atomically; return row counts and accounting.

    A build into the default folder also writes the data dictionary, `docs/data-dictionary.md`.
    """
    default = out is None
    out = out or root / "datasets"
    base = read_json(root, "schema/datapackage.base.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic.exclusive(out), atomic.staging(out) as staging:
        refuse_unless_owned(out, base["name"])
        text, records, accounting = assemble(root)
        schemas = load_schemas()
        rows = {name: as_rows(records[name]) for name in schemas}
        problems = check_tables(rows, schemas, {outline.DOCUMENT_ID: text}).messages()
        problems += [f"unaccounted number token: {u}" for u in accounting.unaccounted]
        if problems:
            raise BuildError("checks failed:\n" + "\n".join(f"  {p}" for p in problems))
        publish.write_package(staging, {outline.DOCUMENT_ID: text}, rows, schemas, base, __version__)
        atomic.commit(staging, out)
    if default:
        write_derived(root, schemas, rows)
    return {name: len(table_rows) for name, table_rows in rows.items()}, accounting


def write_derived(root: Path, schemas: dict[str, dict[str, Any]], rows: dict[str, list[dict[str, Any]]]) -> None:
    """What the registry and the schemas generate in the checkout: the loader's table names, the models,
    the data dictionary."""
    if (root / NAMES_MODULE).parent.is_dir():  # a copy of seeds/ and schema/ alone has no package to write into
        (root / NAMES_MODULE).write_text(names_module(), encoding="utf-8")
        (root / MODELS_MODULE).write_text(models_module(), encoding="utf-8")
    (root / DICTIONARY).parent.mkdir(exist_ok=True)
    (root / DICTIONARY).write_text(dictionary.render(schemas, rows, __version__), encoding="utf-8")


def names_module() -> str:
    """`_tables.py`: the table names for the loader, which must not import the registry (pydantic); each
    list on one line, so that the names stand once for the reader and the type checker alike."""
    names = ", ".join(f'"{t.name}"' for t in TABLES)
    extracted = ", ".join(f'"{t.name}"' for t in EXTRACTED)
    return (
        '"""The table names, generated by the build from `tongzhou_data.tables`: do not edit."""\n\n'
        "from __future__ import annotations\n\n"
        "TYPE_CHECKING = False\n"
        "if TYPE_CHECKING:\n"
        "    from typing import Literal\n\n"
        f"    TableName = Literal[{names}]  # noqa: E501  # fmt: skip\n\n"
        f"NAMES: tuple[TableName, ...] = ({names})  # noqa: E501  # fmt: skip\n"
        "# every table a package may hold: these, and those only a package of many reports holds\n"
        f"PACKAGE_NAMES: tuple[str, ...] = ({extracted})  # noqa: E501  # fmt: skip\n"
    )


def built_files() -> set[str]:
    """The names of every file a build writes."""
    return {f"{t.name}.{fmt}" for t in TABLES for fmt in publish.FORMATS} | {"datapackage.json", TEXT_FILE}


def refuse_unless_owned(out: Path, package: str) -> None:
    """A build replaces `out` whole, so `out` must be missing, empty, or a previous build: only files a
    build writes, with a descriptor of this package. Anything else is refused, and nothing is deleted."""
    if not out.exists():
        return
    if not out.is_dir():
        raise BuildError(f"{out}: exists and is not a folder; refusing to replace it")
    names = {p.name for p in out.iterdir()}
    foreign = sorted(names - built_files())
    if foreign:
        raise BuildError(
            f"{out}: holds files a build does not write ({', '.join(foreign[:5])}); refusing to replace it"
        )
    if names:
        try:
            name = json.loads((out / "datapackage.json").read_bytes()).get("name")
        except (OSError, ValueError, AttributeError):
            name = None
        if name != package:
            raise BuildError(
                f"{out}: does not hold a previous build of {package} (its datapackage.json names {name!r})"
            )


def _terminate(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tongzhou_data.build", description="Rebuild datasets/ from seeds/ and schema/."
    )
    parser.add_argument("--root", type=Path, default=repo_root(), help="the repository (default: this checkout)")
    parser.add_argument("--out", type=Path, default=None, help="where to write (default: ROOT/datasets)")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _terminate)  # so that `finally` removes the staging folder
    try:
        counts, accounting = build(args.root, args.out)
    except (BuildError, CurationError, ValueError, OSError) as error:  # OutputError is a ValueError
        print(f"build failed: {error}", file=sys.stderr)
        return 1
    for name, count in counts.items():
        print(f"{name}: {counted(count, 'row')}")
    print(accounting.describe())
    return 0
