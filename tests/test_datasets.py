"""The published files: fresh builds match what is committed, byte for byte, and the package validates.

Two tiers, as in vega-datasets: standard-library checks of every file against the descriptor, then
frictionless over the whole package.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys

import pyarrow.parquet as pq
import pytest
from conftest import DATASETS, ROOT, read_csv, repo_copy

from tongzhou_data.build import BuildError, build
from tongzhou_data.checks.rules import check_tables

FILES = sorted(p.name for p in DATASETS.iterdir())


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    first = tmp_path_factory.mktemp("build") / "datasets"
    second = tmp_path_factory.mktemp("build") / "datasets"
    build(ROOT, first)
    build(ROOT, second)
    return first, second


def test_two_builds_are_byte_identical(fresh):
    first, second = fresh
    assert sorted(p.name for p in first.iterdir()) == sorted(p.name for p in second.iterdir())
    for path in first.iterdir():
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name


def _without_parquet_integrity(path):
    """The descriptor, less the Parquet files' sizes and hashes (their bytes name the pyarrow that wrote them)."""
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        if resource["format"] == "parquet":
            del resource["bytes"], resource["hash"]
    return descriptor


def test_committed_datasets_match_a_fresh_build(fresh):
    """Text and CSV byte for byte; Parquet by content, and the descriptor but for the Parquet files' sizes and
    hashes, as a Parquet file's bytes name the pyarrow version that wrote it."""
    first, _ = fresh
    assert sorted(p.name for p in first.iterdir()) == FILES, "run: python -m tongzhou_data.build"
    for name in FILES:
        if name.endswith(".parquet"):
            assert pq.read_table(DATASETS / name).equals(pq.read_table(first / name)), name
        elif name == "datapackage.json":
            assert _without_parquet_integrity(DATASETS / name) == _without_parquet_integrity(first / name)
        else:
            assert (DATASETS / name).read_bytes() == (first / name).read_bytes(), f"{name}: rebuild datasets/"


def test_every_shipped_file_is_a_resource_with_its_size_and_hash(descriptor):
    assert sorted(r["path"] for r in descriptor["resources"]) == sorted(set(FILES) - {"datapackage.json"})
    for resource in descriptor["resources"]:
        data = (DATASETS / resource["path"]).read_bytes()
        assert resource["bytes"] == len(data), resource["path"]
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest(), resource["path"]


def test_descriptor_metadata(descriptor):
    import tongzhou_data as td

    assert descriptor["version"] == td.__version__
    assert descriptor["name"] and descriptor["title"] and descriptor["licenses"] and descriptor["sources"]
    names = [r["name"] for r in descriptor["resources"]]
    assert names == td.datasets() + [f"{n}-parquet" for n in td.datasets()] + ["text"]


def test_parquet_matches_its_csv_twin(rows, schemas):
    import datetime as dt

    parse = {"string": str, "integer": int, "number": float, "date": dt.date.fromisoformat, "boolean": "true".__eq__}
    for name, table_rows in rows.items():
        types = {f["name"]: parse[f["type"]] for f in schemas[name]["fields"]}
        csv_rows = [{k: None if v == "" else types[k](v) for k, v in row.items()} for row in read_csv(name)]
        assert csv_rows == table_rows, name


def test_csv_conventions():
    for path in DATASETS.glob("*.csv"):
        data = path.read_bytes()
        assert not data.startswith(b"\xef\xbb\xbf") and b"\r" not in data and data.endswith(b"\n")
        header = data.split(b"\n", 1)[0].decode("ascii")
        assert all(c.isidentifier() and c == c.lower() for c in header.split(","))


def test_all_checks_pass(rows, schemas, text):
    assert check_tables(rows, schemas, {"tongzhou-gwr-2026": text}) == []


def test_checks_catch_broken_rows(rows, schemas, text):
    """Each kind of damage gives its own typed problem, at the row and field it hit."""
    broken = {name: [dict(r) for r in table] for name, table in rows.items()}
    broken["sections"][3]["parent_id"] = "s9.9"
    broken["terms"][0]["definition_start"] += 1
    broken["terms"][1]["term_id"] = broken["terms"][0]["term_id"]
    broken["targets"][0]["value_max"] = broken["targets"][0]["value"]
    broken["projects"][0]["period_start"] = broken["projects"][0]["period_end"] + 1
    broken["targets"][1]["number_start"] = broken["targets"][1]["char_start"] - 1
    found = {(p.code, p.table, p.row, p.field) for p in check_tables(broken, schemas, {"tongzhou-gwr-2026": text})}
    assert found == {
        ("foreign-key", "sections", 4, "parent_id"),
        ("span-text", "terms", 1, "definition"),
        ("primary-key", "terms", 2, None),  # (document_id, term_id) twice
        ("foreign-key", "term_mentions", 3, "term_id"),  # t02's mention, once t02 is gone
        ("order", "targets", 1, "value_max"),
        ("order", "projects", 1, "period_end"),
        ("span-text", "targets", 2, "number_text"),
    }


def test_frictionless_validates_the_package():
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(DATASETS / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_frictionless_cli_catches_a_modified_csv(tmp_path):
    pytest.importorskip("frictionless")
    copy = tmp_path / "datasets"
    shutil.copytree(DATASETS, copy)
    path = copy / "terms.csv"
    path.write_bytes(path.read_bytes().replace("垃圾分类".encode(), "垃圾分頪".encode()))
    ok = subprocess.run(
        [sys.executable, "-m", "frictionless", "validate", str(DATASETS / "datapackage.json")], capture_output=True
    )
    bad = subprocess.run(
        [sys.executable, "-m", "frictionless", "validate", str(copy / "datapackage.json")],
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0
    assert bad.returncode != 0 and "hash" in bad.stdout.lower()


def test_failed_build_leaves_datasets_untouched(tmp_path):
    root = repo_copy(tmp_path)
    build(root)
    before = {p.name: p.read_bytes() for p in (root / "datasets").iterdir()}
    curated = root / "seeds/curated/section_ends.csv"
    curated.write_text(
        curated.read_text(encoding="utf-8").replace("过去一年，我们深入贯彻", "这句话不在报告里"), encoding="utf-8"
    )
    with pytest.raises(Exception, match=r"section_ends.csv:2: ends_before '这句话不在报告里' is not in the text"):
        build(root)
    assert {p.name: p.read_bytes() for p in (root / "datasets").iterdir()} == before
    assert sorted(p.name for p in root.iterdir()) == ["datasets", "docs", "schema", "seeds"]  # no staging left


def test_build_refuses_a_changed_source(tmp_path):
    root = repo_copy(tmp_path)
    source = root / "seeds/000_045d13b3e487b0b7.txt"
    source.write_bytes(source.read_bytes() + b"\n")
    with pytest.raises(BuildError, match="does not match seeds/SHA256SUMS"):
        build(root)


def test_descriptor_is_stable_json(descriptor):
    raw = (DATASETS / "datapackage.json").read_text(encoding="utf-8")
    assert raw == json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n"


def test_data_dictionary_matches_the_schemas(schemas, rows):
    import tongzhou_data as td
    from tongzhou_data.publish.dictionary import render

    committed = (ROOT / "docs/data-dictionary.md").read_text(encoding="utf-8")
    assert committed == render(schemas, rows, td.__version__), "run: python -m tongzhou_data.build"
    for name, schema in schemas.items():
        assert f"## `{name}`" in committed
        for field in schema["fields"]:
            assert f"| `{field['name']}` |" in committed


@pytest.mark.parametrize(
    ("files", "refusal"),
    [
        ({"notes.txt": "precious"}, r"holds files a build does not write \(notes.txt\)"),
        ({"datapackage.json": "{}", "notes.txt": "precious"}, r"holds files a build does not write \(notes.txt\)"),
        ({"datapackage.json": "{}"}, r"does not hold a previous build of tongzhou-gwr-2026 \(its datapackage.json names None\)"),
        ({"datapackage.json": '{"name": "other"}', "terms.csv": "mine"}, r"names 'other'"),
    ],
)  # fmt: skip
def test_build_refuses_to_replace_a_folder_it_did_not_make(tmp_path, files, refusal):
    root = repo_copy(tmp_path)
    mine = tmp_path / "mine"
    mine.mkdir()
    for name, content in files.items():
        (mine / name).write_text(content, encoding="utf-8")
    with pytest.raises(BuildError, match=refusal):
        build(root, mine)
    assert {p.name: p.read_text(encoding="utf-8") for p in mine.iterdir()} == files
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine", "repo"]  # no staging folder or lock left


def test_a_previous_build_is_replaced(tmp_path):
    root = repo_copy(tmp_path)
    out = tmp_path / "out"
    build(root, out)
    (out / "terms.csv").write_text("stale", encoding="utf-8")
    build(root, out)
    assert (out / "terms.csv").read_bytes() == (DATASETS / "terms.csv").read_bytes()


def test_a_build_killed_with_sigterm_leaves_no_staging_folder(tmp_path):
    import signal
    import time

    root = repo_copy(tmp_path)
    out = tmp_path / "out"
    build_process = subprocess.Popen(
        [sys.executable, "-m", "tongzhou_data.build", "--root", str(root), "--out", str(out)]
    )
    deadline = time.monotonic() + 30
    while not any(p.name.startswith(".out-") for p in tmp_path.iterdir()):  # the staging folder exists
        assert build_process.poll() is None and time.monotonic() < deadline, "the build ended before it was stopped"
        time.sleep(0.005)
    build_process.send_signal(signal.SIGTERM)
    assert build_process.wait(timeout=30) == 128 + signal.SIGTERM
    assert sorted(p.name for p in tmp_path.iterdir()) == ["repo"]


def test_two_builds_at_once_give_one_clear_line(tmp_path):
    from tongzhou_data.publish.atomic import exclusive

    root = repo_copy(tmp_path)
    out = tmp_path / "out"
    with exclusive(out):  # as a build in another process holds it
        done = subprocess.run(
            [sys.executable, "-m", "tongzhou_data.build", "--root", str(root), "--out", str(out)],
            capture_output=True, text=True,
        )  # fmt: skip
    assert done.returncode == 1
    assert (
        done.stderr == f"build failed: {out}: another build is writing it now; try again when that one has finished\n"
    )
    assert not out.exists()
