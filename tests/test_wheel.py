"""The distribution: the sdist and wheel built from the checkout carry every dataset and the working
text, and the wheel installed in a fresh virtual environment outside the repository loads every table
in every backend, offline."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile

import pytest
from conftest import DATASETS, ROOT

import tongzhou_data as td

SHIPPED = sorted(p.name for p in DATASETS.iterdir())


@pytest.fixture(scope="module")
def dist(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], check=True, capture_output=True)
    return out


def test_wheel_carries_every_file(dist):
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert sorted(n.removeprefix("tongzhou_data/datasets/") for n in names if "/datasets/" in n) == SHIPPED
    assert "tongzhou_data/py.typed" in names
    assert wheel.name.startswith(f"tongzhou_data-{td.__version__}-")


def test_sdist_carries_data_seeds_and_schemas(dist):
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    assert {f"datasets/{f}" for f in SHIPPED} <= names
    assert {"seeds/000_045d13b3e487b0b7.txt", "schema/targets.schema.json", "pyproject.toml"} <= names


SCRIPT = r"""
import importlib.metadata, json, pathlib, socket, sys
def refuse(*args, **kwargs):
    raise AssertionError("the package tried to open a network connection")
socket.socket.connect = refuse
socket.create_connection = refuse
import tongzhou_data as td
assert pathlib.Path(td.__file__).resolve().is_relative_to(pathlib.Path(sys.prefix).resolve()), td.__file__
descriptor = json.loads((pathlib.Path(td.__file__).parent / "datasets" / "datapackage.json").read_text("utf-8"))
assert td.__version__ == importlib.metadata.version("tongzhou-data") == descriptor["version"]
counts = {}
for name in td.datasets():
    table = td.load(name)
    assert len(td.load(name, backend="pandas")) == table.num_rows == td.load(name, backend="polars").height > 0
    assert len(td.records(name)) == table.num_rows
    counts[name] = table.num_rows
assert len(td.text()) == td.records("documents")[0].char_count
print(json.dumps(counts))
"""


def test_installed_wheel_loads_every_table_offline(dist, tmp_path):
    (wheel,) = dist.glob("*.whl")
    venv = tmp_path / "venv"
    # system site packages give the venv pyarrow, pandas and polars without a download; its own
    # site-packages (where the wheel goes) come first, so the checkout is not what gets imported.
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)], check=True)
    out = subprocess.run([str(python), "-c", SCRIPT], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    import json

    assert json.loads(out.stdout) == {name: td.load(name).num_rows for name in td.datasets()}
