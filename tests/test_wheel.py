"""The distribution: the sdist and wheel built from the checkout carry every dataset and the working
text, and the wheel installed in a fresh virtual environment outside the repository loads every table
in every backend, offline."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

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
    assert "tongzhou_data/dataset-card.md" in names  # the prose of export --format huggingface
    schemas = sorted(n.removeprefix("tongzhou_data/schema/") for n in names if n.startswith("tongzhou_data/schema/"))
    assert schemas == sorted(p.name for p in (ROOT / "schema").glob("*.schema.json"))  # the models are made from them
    assert not [n for n in names if n.startswith("tongzhou_data/build/")]  # the builder needs a checkout
    assert "tongzhou_data/extract/targets.py" in names and "tongzhou_data/checks/folder.py" in names
    assert "tongzhou_data/publish/explorer_assets/explorer.js" in names  # the page `explore` writes
    assert wheel.name.startswith(f"tongzhou_data-{td.__version__}-")


def test_sdist_carries_data_seeds_and_schemas(dist):
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    assert {f"datasets/{f}" for f in SHIPPED} <= names
    assert {"seeds/000_045d13b3e487b0b7.txt", "schema/targets.schema.json", "pyproject.toml"} <= names
    assert "docs/dataset-card.md" in names  # the wheel built from the sdist carries it


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
assert td.verify() == counts
from tongzhou_data.publish import huggingface_export  # the dataset card's prose ships in the wheel
assert "## How records are made" in huggingface_export.card_prose()
# The descriptor is covered by pip's RECORD: a change to one letter of its description is caught.
descriptor_path = pathlib.Path(td.__file__).parent / "datasets" / "datapackage.json"
descriptor_path.write_bytes(descriptor_path.read_bytes().replace(b"Government Work Report", b"Government Work ReporT", 1))
try:
    td.verify()
    raise SystemExit("verify() passed a modified descriptor")
except td.IntegrityError as error:
    assert [p.code for p in error.problems] == ["installed-record"], error.problems
    assert error.problems[0].message.startswith("datapackage.json: differs from the file the installer wrote")
print(json.dumps(counts))
"""


# What the installed wheel needs at run time, and what the test script itself uses to compare backends.
NEEDED = ("pyarrow", "pydantic", "pandas", "polars")


def dependency_paths() -> list[str]:
    """The folders the running environment imports each needed package from (found, not assumed)."""
    import importlib.util
    from pathlib import Path

    folders = []
    for module in NEEDED:
        spec = importlib.util.find_spec(module)
        assert spec is not None and spec.origin, f"{module} is needed by this test: pip install -e '.[test]'"
        folders.append(str(Path(spec.origin).resolve().parent.parent))
    return sorted(set(folders))


def fresh_venv(where):
    """A new virtual environment without system site packages. A .pth file puts the folders that hold the
    wheel's dependencies in the environment running the tests after the venv's own site-packages, so
    nothing is downloaded and the wheel, not the checkout, is what gets imported."""
    import sysconfig

    subprocess.run([sys.executable, "-m", "venv", str(where)], check=True)
    python = where / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    assert purelib != sysconfig.get_paths()["purelib"]
    (Path(purelib) / "_test_dependencies.pth").write_text("\n".join(dependency_paths()) + "\n", encoding="utf-8")
    return python


def test_installed_wheel_loads_every_table_offline(dist, tmp_path):
    (wheel,) = dist.glob("*.whl")
    python = fresh_venv(tmp_path / "venv")
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)], check=True)
    out = subprocess.run([str(python), "-I", "-c", SCRIPT], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    import json

    assert json.loads(out.stdout) == {name: td.load(name).num_rows for name in td.datasets()}
