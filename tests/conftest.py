"""Shared fixtures: the repository root, the source and working text, the built tables as dict rows."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATASETS = ROOT / "datasets"
SHARED_SOURCE = ROOT.parent / "shared" / "seeds" / "000_045d13b3e487b0b7.txt"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def text() -> str:
    return (DATASETS / "text.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def source_text() -> str:
    return (ROOT / "seeds/000_045d13b3e487b0b7.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def schemas() -> dict:
    from tongzhou_data.build import load_schemas

    return load_schemas(ROOT)


def read_csv(name: str) -> list[dict[str, str]]:
    with open(DATASETS / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="session")
def descriptor() -> dict:
    return json.loads((DATASETS / "datapackage.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def rows() -> dict[str, list[dict]]:
    """Each table as typed dict rows, read from the published Parquet files."""
    import tongzhou_data as td

    return {name: td.load(name).to_pylist() for name in td.datasets()}


def repo_copy(tmp_path: Path) -> Path:
    """A copy of the repository's seeds and schemas, for builds that a test may break."""
    root = tmp_path / "repo"
    for part in ("seeds", "schema"):
        shutil.copytree(ROOT / part, root / part)
    return root


def append_curated(root: Path, file: str, line: str) -> int:
    """Append `line` to `seeds/curated/FILE` under `root`; return its line number."""
    path = root / "seeds/curated" / file
    number = len(path.read_text(encoding="utf-8").splitlines()) + 1
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")
    return number
