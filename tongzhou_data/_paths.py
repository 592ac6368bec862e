"""Where the shipped data lives: inside the installed wheel, or in the checkout's `datasets/`.

A wheel carries the files as `tongzhou_data/datasets/`; an editable install or a checkout reads the
repository's `datasets/` folder. Only the table names (`_tables.py`) are ever turned into paths. Nothing
else is imported at module load (importing the package must cost almost nothing); the lookups import lazily.
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


_found: list[Path] = []


def data_dir() -> Path:
    """The folder holding the published files (found once: the lookup costs more than a small read)."""
    if not _found:
        from importlib import resources
        from pathlib import Path

        packaged = resources.files("tongzhou_data") / "datasets"
        found = Path(str(packaged)) if packaged.is_dir() else Path(__file__).resolve().parent.parent / "datasets"
        _found.append(found)
    return _found[0]


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
