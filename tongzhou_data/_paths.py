"""Where the shipped files live: inside the installed wheel, or in the checkout.

A wheel carries the data as `tongzhou_data/datasets/` and the Table Schemas as `tongzhou_data/schema/`;
an editable install or a checkout reads the repository's `datasets/` and `schema/` folders. Only the table
names (`_tables.py`) are ever turned into paths. Nothing else is imported at module load (importing the
package must cost almost nothing); the lookups import lazily.
"""

from __future__ import annotations

from ._tables import NAMES as TABLES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path


class UnknownTableError(KeyError):
    """Raised for a name that is not one of the shipped tables; the message lists the valid ones."""

    def __str__(self) -> str:
        return str(self.args[0])


_found: dict[str, Path] = {}


def shipped_dir(name: str) -> Path:
    """The folder `name` (datasets, schema): in the installed package, else the checkout's (found once: the
    lookup costs more than a small read)."""
    if name not in _found:
        from importlib import resources
        from pathlib import Path

        packaged = resources.files("tongzhou_data") / name
        _found[name] = Path(str(packaged)) if packaged.is_dir() else Path(__file__).resolve().parent.parent / name
    return _found[name]


def data_dir() -> Path:
    """The folder holding the published files."""
    return shipped_dir("datasets")


def schema_file(name: str) -> Path:
    """The Table Schema of table `name`, the declaration of its columns."""
    return shipped_dir("schema") / f"{name}.schema.json"


def data_file(filename: str) -> Path:
    return data_dir() / filename


def table_file(name: str, suffix: str) -> Path:
    """The path of table `name`'s file in format `suffix`, for known table names only."""
    if not isinstance(name, str) or name not in TABLES:
        raise UnknownTableError(f"unknown table {name!r}; valid tables: {', '.join(TABLES)}")
    return data_file(f"{name}.{suffix}")


def repair_hint() -> str:
    """How to get intact data files back, for the way this copy was installed (asked only on an error).

    pip records a local or URL source in `direct_url.json` (PEP 610); an index install records none.
    """
    import json
    from importlib import metadata

    try:
        origin = json.loads(metadata.distribution("tongzhou-data").read_text("direct_url.json") or "null")
    except (metadata.PackageNotFoundError, ValueError):
        origin = {"dir_info": {"editable": True}}  # not installed: imported from a checkout
    if origin is None:
        how = "pip install --force-reinstall tongzhou-data"
    elif (origin.get("dir_info") or {}).get("editable"):
        how = "in the checkout, git checkout -- datasets, or rebuild: python -m tongzhou_data.build"
    else:
        how = f"pip install --force-reinstall '{origin.get('url', 'tongzhou-data')}'"
    return f"to repair, {how}; to check every file: tongzhou-data validate"
