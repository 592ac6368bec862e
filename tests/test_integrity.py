"""Integrity: verify() and validate name a modified, truncated or missing file; loading a damaged or
missing file gives a clear error that names it and says how to repair, never a raw pyarrow traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from conftest import DATASETS, ROOT
from hypothesis import example, given, settings
from hypothesis import strategies as st

import tongzhou_data as td
from tongzhou_data import _paths


@pytest.fixture
def copy(tmp_path, monkeypatch):
    """The package reading a private copy of its data, which the test may damage."""
    folder = tmp_path / "datasets"
    shutil.copytree(DATASETS, folder)
    monkeypatch.setattr(_paths, "data_dir", lambda: folder)
    return folder


def test_verify_passes_on_the_shipped_files():
    assert td.verify() == {name: td.load(name).num_rows for name in td.datasets()}


@pytest.mark.parametrize("backend", ["pyarrow", "pandas", "polars"])
def test_loading_a_damaged_file_names_it(copy, backend):
    (copy / "targets.parquet").write_bytes(b"PAR1 this is not parquet")
    with pytest.raises(td.DataFileError, match=r"targets\.parquet: cannot be read .*to repair, "):
        td.load("targets", backend=backend)


def test_loading_a_missing_file_names_it(copy):
    (copy / "terms.parquet").unlink()
    with pytest.raises(td.DataFileError, match=r"terms\.parquet: missing; to repair, "):
        td.load("terms")
    with pytest.raises(td.DataFileError, match=r"terms\.parquet"):
        td.records("terms")
    (copy / "text.txt").unlink()
    with pytest.raises(td.DataFileError, match=r"text\.txt"):
        td.text()


def test_the_command_line_reports_a_damaged_install_in_one_line(tmp_path):
    folder = tmp_path / "datasets"
    shutil.copytree(DATASETS, folder)
    (folder / "targets.parquet").write_bytes(b"broken")
    code = (
        "import sys, tongzhou_data._paths as p, pathlib; p.data_dir = lambda: pathlib.Path(sys.argv[1]);"
        "from tongzhou_data.cli import main; sys.exit(main(['show', 'targets']))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True, text=True)
    assert out.returncode == 2
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert "targets.parquet: cannot be read" in out.stderr


class _Installed:
    """A stand-in for importlib.metadata's distribution, with the direct_url.json that pip would write."""

    def __init__(self, direct_url):
        self.direct_url = direct_url

    def read_text(self, name):
        assert name == "direct_url.json"
        return self.direct_url


@pytest.mark.parametrize(
    ("direct_url", "hint"),
    [
        (None, "pip install --force-reinstall tongzhou-data;"),
        ('{"url": "file:///tmp/w/tongzhou_data-0.1.0-py3-none-any.whl", "archive_info": {}}',
         "pip install --force-reinstall 'file:///tmp/w/tongzhou_data-0.1.0-py3-none-any.whl'"),
        ('{"url": "file:///src/tongzhou-data", "dir_info": {"editable": true}}', "git checkout -- datasets"),
    ],
)  # fmt: skip
def test_the_repair_hint_fits_how_the_package_was_installed(monkeypatch, direct_url, hint):
    from importlib import metadata

    monkeypatch.setattr(metadata, "distribution", lambda name: _Installed(direct_url))
    assert hint in _paths.repair_hint()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """A copy of the shipped files, and a record of them as pip writes one: (name, urlsafe b64 sha256, size)."""
    import base64
    import hashlib

    folder = tmp_path_factory.mktemp("flips") / "datasets"
    shutil.copytree(DATASETS, folder)
    record = [
        (
            p.name,
            base64.urlsafe_b64encode(hashlib.sha256(p.read_bytes()).digest()).rstrip(b"=").decode(),  # as pip writes it
            p.stat().st_size,
        )
        for p in sorted(folder.iterdir())
    ]
    return folder, record


def _problems(folder):
    from tongzhou_data.checks.folder import DescriptorError, validate_folder

    try:
        return validate_folder(folder)[1]
    except DescriptorError as error:
        return [str(error)]


SHIPPED = sorted(p.name for p in DATASETS.iterdir())


@settings(max_examples=80, deadline=None)
@example(file="documents.parquet", position=2325 / 4651, mask=0x01)  # the flip, in the column statistics
@given(file=st.sampled_from(SHIPPED), position=st.floats(0, 1, exclude_max=True), mask=st.integers(1, 255))
def test_every_single_byte_flip_in_every_shipped_file_is_caught(pristine, file, position, mask):
    """A bare folder's descriptor is its root of trust: a flip in any other file is caught by the folder
    alone; a flip in the descriptor itself is caught with pip's record, as td.verify() does when installed."""
    from tongzhou_data.checks.integrity import check_record
    from tongzhou_data.checks.problems import Problems

    folder, record = pristine
    path = folder / file
    data = path.read_bytes()
    at = int(position * len(data))
    path.write_bytes(data[:at] + bytes([data[at] ^ mask]) + data[at + 1 :])
    try:
        if file != "datapackage.json":
            assert _problems(folder), f"{file}: a flip at byte {at} passed validate"
        problems = Problems()
        check_record(folder, record, problems)
        assert [(p.code, p.message.split(":")[0]) for p in problems] == [("installed-record", file)]
    finally:
        path.write_bytes(data)
    assert not _problems(folder)


def test_every_problem_code_the_checks_use_is_in_the_catalogue():
    """Problem codes are a closed catalogue, each with its meaning: every literal code added is in it."""
    import re

    from tongzhou_data.checks.problems import CODES

    used = set()
    for path in (ROOT / "tongzhou_data").rglob("*.py"):
        used |= set(re.findall(r'(?:\.add|\.notice|Problem)\(\s*"([\w-]+)"', path.read_text(encoding="utf-8")))
    assert used and used <= set(CODES), used - set(CODES)
    from tongzhou_data.checks.cells import RULES

    assert {rule[0] for rule in RULES} <= set(CODES)


def test_a_load_that_succeeds_asks_no_repair_hint(monkeypatch):
    """The hint reads pip's metadata (a third of a millisecond): `td.load` asks for it only on an error."""

    def refused() -> str:
        raise AssertionError("repair_hint asked on a load that succeeded")

    monkeypatch.setattr(td, "repair_hint", refused)
    for name in ("targets", "projects"):
        assert td.load(name).num_rows > 100
