"""`tongzhou-data export --format huggingface`: the Parquet files and a README.md dataset card whose YAML
header the Hugging Face libraries read; `datasets.load_dataset` loads every table from it, offline, and
gets the rows `td.load` gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import DATASETS, ROOT

import tongzhou_data as td
from tongzhou_data.cli import main

FEATURES = {"string": "string", "integer": "int64", "number": "float64", "date": "date32", "boolean": "bool"}
# Task categories the Hub lists (a few of them), to check the card names real ones.
HUB_TASKS = {"table-question-answering", "token-classification", "text-classification", "question-answering"}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hf")
    assert main(["export", "--to", str(folder), "--format", "huggingface"]) == 0
    return folder


@pytest.fixture(scope="module")
def header(exported):
    yaml = pytest.importorskip("yaml")
    text = (exported / "README.md").read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n")[1])


def test_the_folder_holds_the_parquet_files_the_text_and_the_card(exported):
    names = sorted(p.name for p in exported.iterdir())
    assert names == sorted([f"{n}.parquet" for n in td.datasets()] + ["text.txt", "README.md"])
    for name in names:
        if name != "README.md":
            assert (exported / name).read_bytes() == (DATASETS / name).read_bytes(), name


def test_the_header_has_what_the_hub_reads(header):
    assert header["license"] == "cc0-1.0"
    assert header["language"] == ["zh", "en"]
    assert header["task_categories"] and set(header["task_categories"]) <= HUB_TASKS
    assert header["size_categories"] == ["n<1K"]  # the largest table, targets, has 166 rows
    assert "北京市通州区" in header["pretty_name"]


def test_one_config_per_table_with_typed_features(header, descriptor):
    assert [c["config_name"] for c in header["configs"]] == td.datasets()
    for config in header["configs"]:
        assert config["data_files"] == [{"split": "train", "path": f"{config['config_name']}.parquet"}]
    schemas = {r["name"]: r["schema"] for r in descriptor["resources"] if r["format"] == "csv"}
    infos = {i["config_name"]: i for i in header["dataset_info"]}
    assert list(infos) == td.datasets()
    for name, info in infos.items():
        expected = [{"name": f["name"], "dtype": FEATURES[f["type"]]} for f in schemas[name]["fields"]]
        assert info["features"] == expected, name
        (split,) = info["splits"]
        assert split["name"] == "train" and split["num_examples"] == td.load(name).num_rows
    features = {f["name"]: f["dtype"] for f in infos["targets"]["features"]}
    assert (features["value"], features["period_start"], features["quote"]) == ("float64", "int64", "string")
    assert {f["name"]: f["dtype"] for f in infos["documents"]["features"]}["delivered_on"] == "date32"


def test_the_prose_is_the_dataset_card(exported):
    readme = (exported / "README.md").read_text(encoding="utf-8")
    prose = (ROOT / "docs/dataset-card.md").read_text(encoding="utf-8")
    assert prose.strip() in readme
    assert 'load_dataset("path/to/this/folder", "targets", split="train")' in readme


def test_huggingface_hub_reads_the_card(exported):
    hub = pytest.importorskip("huggingface_hub")
    data = hub.DatasetCard.load(exported / "README.md").data.to_dict()
    assert data["license"] == "cc0-1.0" and [c["config_name"] for c in data["configs"]] == td.datasets()


LOAD = r"""
import json, socket, sys
def refuse(*args, **kwargs):
    raise AssertionError("datasets tried to open a network connection")
socket.socket.connect = refuse
socket.create_connection = refuse
import datasets
import tongzhou_data as td
out = {}
for name in td.datasets():
    ds = datasets.load_dataset(sys.argv[1], name, split="train")
    out[name] = {
        "rows_equal": ds.to_list() == td.load(name).to_pylist(),
        "num_rows": ds.num_rows,
        "features": {k: v.dtype for k, v in ds.features.items()},
    }
print(json.dumps(out))
"""


def test_datasets_loads_every_config_offline(exported, tmp_path, descriptor):
    pytest.importorskip("datasets")
    env = {**os.environ, "HF_DATASETS_OFFLINE": "1", "HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf")}
    run = subprocess.run([sys.executable, "-c", LOAD, str(exported)], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert "Ignoring part of dataset_info" not in run.stderr
    loaded = json.loads(run.stdout)
    schemas = {r["name"]: r["schema"] for r in descriptor["resources"] if r["format"] == "csv"}
    assert list(loaded) == td.datasets()
    for name, result in loaded.items():
        assert result["rows_equal"], name
        assert result["num_rows"] == td.load(name).num_rows > 0
        assert result["features"] == {f["name"]: FEATURES[f["type"]] for f in schemas[name]["fields"]}


def test_export_refuses_to_overwrite_the_card(exported, capsys):
    assert main(["export", "--to", str(exported), "--format", "huggingface"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "README.md; pass --force" in err
