"""The benchmark's own tools (`validation/bench.py`): the peak memory of a process tree counts the
children of the process measured, and the corpus-scale section says so when it has no corpus."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from conftest import ROOT

spec = importlib.util.spec_from_file_location("bench", ROOT / "validation/bench.py")
assert spec is not None and spec.loader is not None
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)

HOLD = "import sys, time; held = bytearray({size}); held[::4096] = b'x' * len(held[::4096]); {then}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_peak_of_a_process_tree_counts_its_children():
    child = HOLD.format(size=200 * 2**20, then="time.sleep(1)")
    parent = HOLD.format(size=100 * 2**20, then=f"import subprocess; subprocess.run([sys.executable, '-c', {child!r}])")
    seconds, peak, status, _ = bench.measured([sys.executable, "-c", parent])
    assert status == 0 and seconds >= 1
    assert 300 * 2**20 <= peak < 400 * 2**20


def test_the_corpus_section_is_skipped_without_a_corpus(tmp_path, monkeypatch):
    table = bench.Table()
    monkeypatch.setattr(bench, "growth", lambda table, repeat: None)
    bench.corpus(table, 1, tmp_path / "missing", 5)
    assert table.rows == [("corpus-scale figures", f"skipped: no folder {tmp_path / 'missing'} (pass --corpus-from DIR)",
                           "", "", "", None)]  # fmt: skip
