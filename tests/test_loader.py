"""The loader: lazy imports, every backend, typed records, and clear errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

import tongzhou_data as td

HEAVY = ("pyarrow", "pandas", "polars", "frictionless", "pydantic")


def test_import_loads_none_of_the_heavy_modules():
    code = f"import sys, tongzhou_data; print([m for m in {HEAVY!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_datasets_lists_the_tables():
    assert td.datasets() == [
        "documents", "sections", "terms", "term_mentions", "indicators", "targets", "indicator_summary",
        "projects", "project_summary", "project_statuses",
    ]  # fmt: skip


@pytest.mark.parametrize("name", td.datasets())
def test_backends_agree(name):
    table = td.load(name)
    frame = td.load(name, backend="pandas")
    polars_frame = td.load(name, backend="polars")
    assert table.num_rows == len(frame) == polars_frame.height > 0
    assert table.column_names == list(frame.columns) == polars_frame.columns


def test_integers_stay_integers_in_every_backend():
    assert str(td.load("terms").schema.field("first_mention_start").type) == "int64"
    assert str(td.load("terms", backend="pandas")["first_mention_start"].dtype) == "Int64"
    assert str(td.load("sections", backend="polars")["char_start"].dtype) == "Int64"


def test_records_are_typed_models():
    from tongzhou_data.models import Term

    terms = td.records("terms")
    assert len(terms) == 28 and all(isinstance(t, Term) for t in terms)
    assert terms[6].term == "两个“关键小事”"


def test_text_is_what_offsets_point_into():
    text = td.text()
    s = td.records("sections")[0]
    assert text[s.char_start : s.char_end].startswith("2025年工作回顾")


@pytest.mark.parametrize("bad", ["targetz", "", "../datasets/terms", "/etc/passwd", "terms.csv", None, 3])
def test_unknown_names_are_refused_with_the_valid_ones(bad):
    with pytest.raises(
        KeyError,
        match="valid tables: documents, sections, terms, term_mentions, indicators, targets, indicator_summary, projects, project_summary",
    ):
        td.load(bad)
    with pytest.raises(KeyError, match="valid tables"):
        td.records(bad)


def test_unknown_backend():
    with pytest.raises(ValueError, match="choose one of: pyarrow, pandas, polars"):
        td.load("terms", backend="duckdb")  # type: ignore[call-overload]


@pytest.mark.parametrize("backend", ["pandas", "polars"])
def test_missing_backend_says_how_to_install_it(backend, monkeypatch):
    monkeypatch.setitem(sys.modules, backend, None)
    with pytest.raises(ImportError, match=rf"pip install 'tongzhou-data\[{backend}\]'"):
        td.load("terms", backend=backend)


def test_main_job_prints_every_table():
    out = subprocess.run([sys.executable, "-m", "tongzhou_data"], capture_output=True, text=True, check=True)
    for name in td.datasets():
        assert f"{name}: " in out.stdout
    assert "terms: 28 rows" in out.stdout and "sections: 59 rows" in out.stdout


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """A package `extract` wrote from two corpus reports."""
    from pathlib import Path

    from tongzhou_data.cli import main

    out = tmp_path_factory.mktemp("scan") / "pkg"
    corpus = Path(__file__).parent / "fixtures/corpus"
    assert main(["extract", str(corpus / "tianjin-2026.md"), str(corpus / "hebei-2025.md"), "--to", str(out)]) == 0
    return out


def test_scan_is_the_table_read_lazily_of_the_installed_data_or_a_package(extracted):
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    assert td.scan("targets").to_table().equals(td.load("targets"))
    lazy = td.scan("targets", extracted)
    assert lazy.to_table().equals(pq.read_table(extracted / "targets.parquet"))
    hebei = lazy.to_table(columns=["document_id", "value"], filter=ds.field("document_id") == "hebei-2025")
    assert 0 < hebei.num_rows < lazy.count_rows() and set(hebei.column("document_id").to_pylist()) == {"hebei-2025"}
    assert td.scan("attainment", extracted).count_rows() == 0  # a table of extracted packages only


def test_scan_refuses_what_is_no_table_of_the_package(extracted, tmp_path):
    import json
    import shutil

    with pytest.raises(td.DataFileError, match="has no table 'nope'; tables: attainment, documents"):
        td.scan("nope", extracted)
    with pytest.raises(td.DataFileError, match="no readable Data Package here"):
        td.scan("targets", tmp_path)
    with pytest.raises(td.UnknownTableError):
        td.scan("nope")
    bad = tmp_path / "bad"
    shutil.copytree(extracted, bad)
    descriptor = json.loads((bad / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        if resource["name"] == "targets-parquet":
            resource["path"] = "../secret.parquet"
        if resource["name"] in ("projects", "projects-parquet"):
            resource["schema"]["fields"].reverse()
    (bad / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    with pytest.raises(td.DataFileError, match="climbs out of the package's folder"):
        td.scan("targets", bad)
    with pytest.raises(td.DataFileError, match="are not the projects table's"):
        td.scan("projects", bad)
