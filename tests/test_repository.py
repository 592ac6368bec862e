"""The checks CI makes of the repository itself run as tests, so that the README's test command is the
whole of CI: lint, and frictionless with the cross-table checks over the published package."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_ruff_finds_nothing_to_fix():
    out = subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_the_code_is_formatted_as_ruff_formats_it():
    out = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_validation_script_finds_the_published_package_valid():
    script = ROOT / "validation" / "frictionless_report.py"
    out = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "frictionless: valid; problems in all: 0" in out.stdout
