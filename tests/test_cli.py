"""The command line: every command, its formats, and its one-line errors."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys

import pytest
from conftest import DATASETS, ROOT

import tongzhou_data as td
from tongzhou_data.cli import _width, main


def run(*args: str, cwd=ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tongzhou_data", *args], capture_output=True, text=True, cwd=cwd)


def test_list_names_every_table_with_its_rows():
    out = run("list")
    assert out.returncode == 0
    for name in td.datasets():
        line = next(line for line in out.stdout.splitlines() if line.startswith(name + " "))
        assert line.split()[1] == str(td.load(name).num_rows)


def test_show_filters_and_chooses_columns():
    out = run(
        "show",
        "targets",
        "--where",
        "kind=target",
        "--where",
        "unit=元",
        "--columns",
        "target_id,value",
        "--format",
        "csv",
    )
    rows = list(csv.reader(out.stdout.splitlines()))
    assert rows[0] == ["target_id", "value"]
    expected = [r for r in td.load("targets").to_pylist() if r["kind"] == "target" and r["unit"] == "元"]
    assert [r[0] for r in rows[1:]] == [r["target_id"] for r in expected] and expected


def test_show_json_is_typed():
    out = run("show", "terms", "--where", "term_id=t07", "--format", "json")
    (row,) = json.loads(out.stdout)
    assert row["term"] == "两个“关键小事”" and row["mention_count"] == 2


def test_show_table_aligns_chinese_columns():
    out = run("show", "terms", "--columns", "term,glossary_order", "--limit", "6")
    lines = out.stdout.splitlines()[2:-1]
    assert len(lines) == 6
    starts = {_width(line[: line.rindex(" ") + 1]) for line in lines}
    assert len(starts) == 1, "the second column starts at one display column on every line"


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl", "excel-csv"])
def test_export(tmp_path, fmt):
    assert main(["export", "--to", str(tmp_path), "--format", fmt]) == 0
    files = sorted(p.name for p in tmp_path.iterdir())
    package = fmt in ("csv", "parquet")
    assert len(files) == len(td.datasets()) + (2 if package else 0)
    if package:  # a Data Package of one format, which validates as a portal's copy would
        assert {"datapackage.json", "text.txt"} <= set(files)
        assert run("validate", str(tmp_path)).stdout.strip().endswith(": valid")
        descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
        assert {r["format"] for r in descriptor["resources"]} == {fmt, "txt"}
        assert (tmp_path / f"terms.{fmt}").read_bytes() == (DATASETS / f"terms.{fmt}").read_bytes()
    if fmt == "excel-csv":
        data = (tmp_path / "terms.excel.csv").read_bytes()
        assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
        assert data[3:].decode("utf-8").replace("\r\n", "\n") == (DATASETS / "terms.csv").read_text(encoding="utf-8")
    if fmt == "jsonl":
        lines = (tmp_path / "targets.jsonl").read_text(encoding="utf-8").splitlines()
        assert [json.loads(line) for line in lines] == json.loads(
            json.dumps(td.load("targets").to_pylist(), default=str)
        )


def test_an_exported_package_that_is_damaged_fails_validate(tmp_path):
    assert main(["export", "--to", str(tmp_path), "--format", "parquet"]) == 0
    path = tmp_path / "targets.parquet"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x20
    path.write_bytes(bytes(data))
    out = run("validate", str(tmp_path))
    assert out.returncode == 1 and "problem: targets.parquet: sha256 does not match the descriptor" in out.stdout


def test_export_refuses_to_overwrite_unless_forced(tmp_path):
    (tmp_path / "terms.csv").write_text("mine", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("mine too", encoding="utf-8")
    out = run("export", "--to", str(tmp_path))
    assert out.returncode == 2 and "already holds terms.csv; pass --force" in out.stderr
    assert (tmp_path / "terms.csv").read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "terms.csv"]  # nothing written
    assert run("export", "--to", str(tmp_path), "--force").returncode == 0
    assert (tmp_path / "terms.csv").read_bytes() == (DATASETS / "terms.csv").read_bytes()
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine too"


def test_validate_installed_and_copied(tmp_path):
    assert run("validate").returncode == 0
    copy = tmp_path / "portal"
    shutil.copytree(DATASETS, copy)
    out = run("validate", str(copy))
    assert out.returncode == 0 and out.stdout.strip().endswith(": valid")


def test_schema_check_passes_on_the_repository():
    out = run("schema-check")
    assert out.returncode == 0, out.stdout
    assert out.stdout.strip().endswith("schema-check: ok")


@pytest.mark.parametrize(
    "args",
    [["show", "nope"], ["show", "terms", "--where", "nope=1"], ["show", "terms", "--where", "term_id"],
     ["show", "terms", "--columns", "a,b"], ["validate", "/no/such/folder"], ["frobnicate"], ["show"]],
)  # fmt: skip
def test_errors_are_one_line_and_non_zero(args, tmp_path):
    out = run(*args, cwd=tmp_path)
    assert out.returncode == 2
    assert out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1
    assert out.stderr.startswith("tongzhou-data") and ": error: " in out.stderr


def test_schema_check_outside_a_checkout_says_so(tmp_path):
    out = run("schema-check", cwd=tmp_path)
    assert out.returncode == 2 and "run schema-check from a checkout" in out.stderr


def test_counts_are_said_in_english(tmp_path, capsys):
    """One row, one problem, an integer: counts and articles agree with their nouns."""
    import hashlib
    import io

    folder = tmp_path / "copy"
    shutil.copytree(DATASETS, folder)
    assert main(["validate", str(folder)]) == 0
    assert "documents: 1 row\n" in capsys.readouterr().out
    lines = (folder / "terms.csv").read_text(encoding="utf-8").split("\n")
    cells = next(csv.reader([lines[1]]))
    index = lines[0].split(",").index("glossary_order")
    cells[index] = "x"
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(cells)
    lines[1] = out.getvalue()
    data = "\n".join(lines).encode("utf-8")
    (folder / "terms.csv").write_bytes(data)
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        if resource["path"] == "terms.csv":
            resource.update(bytes=len(data), hash="sha256:" + hashlib.sha256(data).hexdigest())
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    assert main(["validate", str(folder)]) == 1
    out_text = capsys.readouterr().out
    assert "glossary_order: 'x' is not an integer" in out_text
    assert out_text.endswith(f"{folder}: INVALID (1 problem)\n")
