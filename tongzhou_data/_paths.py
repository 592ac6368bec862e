"""Where the shipped data lives: inside the installed wheel, or in the checkout's `datasets/`.

A wheel carries the files as `tongzhou_data/datasets/`; an editable install or a checkout reads the
repository's `datasets/` folder. Only the table names below are ever turned into paths.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

TABLES = ("documents", "sections", "terms", "targets", "projects", "project_summary")


class UnknownTableError(KeyError):
    """Raised for a name that is not one of the shipped tables; the message lists the valid ones."""

    def __str__(self) -> str:
        return str(self.args[0])


@cache
def data_dir() -> Path:
    """The folder holding the published files (found once: the lookup costs more than a small read)."""
    packaged = resources.files("tongzhou_data") / "datasets"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "datasets"


def data_file(filename: str) -> Path:
    return data_dir() / filename


def table_file(name: str, suffix: str) -> Path:
    """The path of table `name`'s file in format `suffix`, for known table names only."""
    if not isinstance(name, str) or name not in TABLES:
        raise UnknownTableError(f"unknown table {name!r}; valid tables: {', '.join(TABLES)}")
    return data_file(f"{name}.{suffix}")
