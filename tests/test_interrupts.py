"""Outputs are whole and processes end with their parent: `extract` and `export` interrupted at many
moments (SIGTERM, SIGINT to the process group as Ctrl-C sends it, SIGKILL), `--force` over a previous
package, and the move into place holding signals until it is done. Each test runs real processes."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

from tongzhou_data.checks.folder import validate_folder
from tongzhou_data.publish import atomic

pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals and process groups as POSIX has them")

CORPUS = ROOT / "tests/fixtures/corpus"
REPORTS = sorted(p for p in CORPUS.glob("*.md") if p.name != "README.md")


def _inputs(folder: Path, copies: int) -> list[str]:
    """`copies` of every corpus fixture under distinct names: a run of several seconds."""
    folder.mkdir()
    paths = []
    for index in range(copies):
        for report in REPORTS:
            path = folder / f"r{index}-{report.name}"
            shutil.copyfile(report, path)
            paths.append(str(path))
    return paths


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "tongzhou_data", *args]


def _children(pid: int) -> list[int]:
    """The pids of a process's children (Linux /proc), found while it runs."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split() if (task / "children").exists() else []
        found += [int(c) for c in children]
    return found


def _running(pid: int) -> bool:
    """Whether `pid` is a live process (a zombie, dead but not yet reaped, is not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def _digest(folder: Path) -> str:
    return hashlib.sha256((folder / "datapackage.json").read_bytes()).hexdigest()


def _wait_for_workers(process: subprocess.Popen, count: int) -> list[int]:
    deadline = time.monotonic() + 60
    while len(workers := _children(process.pid)) < count:
        assert process.poll() is None and time.monotonic() < deadline, "extract ended before its workers started"
        time.sleep(0.05)
    return workers


needs_proc = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads children from Linux /proc")


@needs_proc
@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_an_interrupted_extract_says_one_line_and_leaves_no_process_and_no_output(tmp_path, signum, status):
    paths = _inputs(tmp_path / "in", 3)
    process = subprocess.Popen(
        _command("extract", *paths, "--to", str(tmp_path / "out"), "--jobs", "2"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip
    workers = _wait_for_workers(process, 2)
    time.sleep(0.5)
    if signum == signal.SIGINT:
        os.killpg(process.pid, signal.SIGINT)  # as Ctrl-C: the whole process group, workers included
    else:
        process.send_signal(signum)
    _, err = process.communicate(timeout=60)
    assert process.returncode == status
    name = "SIGINT" if signum == signal.SIGINT else "SIGTERM"
    assert err == f"tongzhou-data: interrupted ({name}); every output is as it was before, or whole\n"
    deadline = time.monotonic() + 10
    while any(_running(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_running(w) for w in workers)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]  # no output, no staging folder, no lock


@needs_proc
def test_workers_end_when_their_parent_is_killed(tmp_path):
    paths = _inputs(tmp_path / "in", 3)
    process = subprocess.Popen(
        _command("extract", *paths, "--to", str(tmp_path / "out"), "--jobs", "2"),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    workers = _wait_for_workers(process, 2)
    process.kill()  # SIGKILL: no handler runs in the parent
    process.wait(timeout=30)
    deadline = time.monotonic() + 5
    while any(_running(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_running(w) for w in workers)


def test_force_removes_what_the_previous_package_listed_and_the_new_one_does_not(tmp_path):
    from tongzhou_data.cli import main

    two = [str(CORPUS / "tianjin-2026.md"), str(CORPUS / "chengdu-2026.md")]
    assert main(["extract", *two, "--to", str(tmp_path / "out")]) == 0
    assert {"text-tianjin-2026.txt", "text-chengdu-2026.txt"} <= {p.name for p in (tmp_path / "out").iterdir()}
    (tmp_path / "out" / "notes.md").write_text("mine", encoding="utf-8")
    assert main(["extract", two[0], "--to", str(tmp_path / "out"), "--force"]) == 0
    names = {p.name for p in (tmp_path / "out").iterdir()}
    assert "text.txt" in names and not any(n.startswith("text-") for n in names)
    assert "notes.md" in names  # no package listed it: kept, and said as a notice
    counts, problems = validate_folder(tmp_path / "out")
    assert problems == [] and counts["documents"] == 1
    assert [n.message for n in problems.notices] == ["notes.md: in the folder but not part of the package"]


def test_force_refuses_a_table_file_no_package_listed(tmp_path, capsys):
    from tongzhou_data.cli import main

    out = tmp_path / "out"
    out.mkdir()
    (out / "text-old.txt").write_text("a text no descriptor lists", encoding="utf-8")
    assert main(["extract", str(CORPUS / "tianjin-2026.md"), "--to", str(out), "--force"]) == 2
    assert capsys.readouterr().err == (
        f"tongzhou-data: error: {out}: holds text-old.txt, which no package there lists; move them away or choose "
        "another --to\n"
    )
    assert [p.name for p in out.iterdir()] == ["text-old.txt"]


def test_the_move_into_place_holds_signals_until_it_is_done(tmp_path, monkeypatch):
    """A SIGINT raised while the files are being moved is delivered after the last one is in place."""
    made, out = tmp_path / "made", tmp_path / "out"
    made.mkdir()
    out.mkdir()
    for name in ("a.csv", "b.csv", "datapackage.json"):
        (made / name).write_text("new", encoding="utf-8")
        (out / name).write_text("old", encoding="utf-8")
    moved = []
    replace = os.replace

    def replace_then_interrupt(source, target):
        replace(source, target)
        moved.append(Path(target).name)
        if len(moved) == 1:
            signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(os, "replace", replace_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic.commit(made, out)
    assert moved == ["a.csv", "b.csv", "datapackage.json"]  # the descriptor last
    assert {p.read_text(encoding="utf-8") for p in out.iterdir()} == {"new"}


@needs_proc
def test_an_interrupted_force_leaves_the_old_package_or_the_new_one_whole(tmp_path):
    """`extract --force` over a valid package, stopped at moments spread over a whole run and while the new
    package is being written beside it: each time the folder holds a valid package, the old one or the
    new, and nothing beside it."""
    paths = _inputs(tmp_path / "in", 2)
    out = tmp_path / "out"
    subprocess.run(_command("extract", *paths[:2], "--to", str(out)), check=True, capture_output=True)
    old = _digest(out)
    started = time.monotonic()
    done = subprocess.run(_command("extract", *paths, "--to", str(tmp_path / "timed"), "--jobs", "2"),
                          capture_output=True, check=True)  # fmt: skip
    assert done.returncode == 0
    whole = time.monotonic() - started
    new = _digest(tmp_path / "timed")
    shutil.rmtree(tmp_path / "timed")
    seen = []
    moments = [("start", whole * f) for f in (0.2, 0.5, 0.8, 1.0)] + [("staging", d) for d in (0.0, 0.05, 0.2, 0.5)]
    for counted_from, delay in moments:
        process = subprocess.Popen(_command("extract", *paths, "--to", str(out), "--jobs", "2", "--force"),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
        if counted_from == "staging":  # the package is being written beside `out`
            deadline = time.monotonic() + 120
            while not any(p.name.startswith(".out-") for p in tmp_path.iterdir()) and process.poll() is None:
                assert time.monotonic() < deadline
                time.sleep(0.002)
        time.sleep(delay)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=120)
        # 0: done before the signal; 143: stopped; -15: stopped before Python reached the command's handler
        assert process.returncode in (0, 143, -15), process.stderr.read() if process.stderr else ""
        assert validate_folder(out)[1] == []
        seen.append("old" if _digest(out) == old else "new" if _digest(out) == new else "other")
        assert seen[-1] != "other"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]  # no staging folder or lock left
        if seen[-1] == "new":  # from here on every run would find the new package: put the old one back
            subprocess.run(
                _command("extract", *paths[:2], "--to", str(out), "--force"), check=True, capture_output=True
            )
    print("outcomes by moment:", seen)
    assert "old" in seen
    subprocess.run(
        _command("extract", *paths, "--to", str(out), "--jobs", "2", "--force"), check=True, capture_output=True
    )
    assert _digest(out) == new and validate_folder(out)[1] == []  # and, let run, the new package whole


@needs_proc
def test_an_interrupted_export_leaves_the_previous_export_whole(tmp_path):
    out = tmp_path / "out"
    subprocess.run(_command("export", "--to", str(out), "--format", "csv"), check=True, capture_output=True)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    for delay in (0.3, 0.6, 0.9, 1.2, 1.5):
        process = subprocess.Popen(_command("export", "--to", str(out), "--format", "parquet", "--force"),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
        time.sleep(delay)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
        assert process.returncode in (0, 143, -15), process.stderr.read() if process.stderr else ""
        assert validate_folder(out)[1] == []
        names = {p.name for p in out.iterdir()}
        assert names == set(before) or all(n.endswith((".parquet", ".txt", ".json")) for n in names)
        if names != set(before):  # the parquet export went in whole, the csv tables removed: start again
            shutil.rmtree(out)
            subprocess.run(_command("export", "--to", str(out), "--format", "csv"), check=True, capture_output=True)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@needs_proc
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_and_a_second_one_never_hang_or_print_a_traceback(tmp_path, signum):
    """Three busy workers, the signal, and the same again 20 ms later, five times: each run ends at once
    with the one line (a stopped pool once left the interpreter's exit hook hanging or printing)."""
    paths = _inputs(tmp_path / "in", 5)
    for attempt in range(5):
        process = subprocess.Popen(
            _command("extract", *paths, "--to", str(tmp_path / "out"), "--jobs", "3"),
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True,
        )  # fmt: skip
        _wait_for_workers(process, 3)
        time.sleep(0.3 + 0.2 * attempt)
        for _ in range(2):
            os.killpg(process.pid, signum) if signum == signal.SIGINT else process.send_signal(signum)
            time.sleep(0.02)
        try:
            _, err = process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            pytest.fail(f"attempt {attempt}: extract hung after the signal")
        name = "SIGINT" if signum == signal.SIGINT else "SIGTERM"
        assert (process.returncode, err) == (
            128 + signum,
            f"tongzhou-data: interrupted ({name}); every output is as it was before, or whole\n",
        )
        assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_a_signal_a_library_wraps_in_its_own_error_still_stops_the_command(monkeypatch, capsys):
    """SIGTERM arriving while pydantic builds a model's serializer came out as its SchemaError, and the
    command said `error:` with status 2; the signal stands, whatever wraps it."""
    from tongzhou_data import cli

    def run(args: object) -> tuple[str, bool]:
        try:
            cli._stop(signal.SIGTERM, None)
        except cli.Terminated as stop:
            raise RuntimeError("Error building `model` serializer: Terminated") from stop
        return "", True

    monkeypatch.setattr(cli, "run", run)
    assert cli.main(["list"]) == 143
    err = capsys.readouterr().err
    assert err == "tongzhou-data: interrupted (SIGTERM); every output is as it was before, or whole\n"
    monkeypatch.setattr(cli, "run", lambda args: (_ for _ in ()).throw(ValueError("plain failure")))
    assert cli.main(["list"]) == 2  # a later failure in the same process is a failure again


def _lost_stop(cli: object) -> None:
    """SIGTERM's handler run where Python ignores what it raises (a finalizer; a weakref callback as an import
    releases its module lock): the signal is recorded and every later one ignored, but nothing is raised."""

    class Dropped:
        def __del__(self) -> None:
            cli._stop(signal.SIGTERM, None)  # type: ignore[attr-defined]

    Dropped()  # gone at once: its Terminated goes to sys.unraisablehook, not up the stack


def test_a_stop_whose_raise_was_lost_still_stops_extract_before_anything_is_moved_in(monkeypatch, tmp_path, capsys):
    """A signal whose raise Python swallowed once let `extract` run on, deaf to further signals, and write its
    package (status 0): the next report read raises it, and nothing is moved into place."""
    from tongzhou_data import cli
    from tongzhou_data.publish import reports_package

    real = reports_package.read_each

    def read_each(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        for index, outcome in enumerate(real(*args, **kwargs)):  # type: ignore[arg-type]
            if index == 1:
                _lost_stop(cli)
            yield outcome

    monkeypatch.setattr(reports_package, "read_each", read_each)
    inputs = [str(CORPUS / "tianjin-2026.md"), str(CORPUS / "chengdu-2026.md"), str(CORPUS / "hebei-2025.md")]
    out = tmp_path / "out"
    assert cli.main(["extract", *inputs, "--to", str(out), "--jobs", "1"]) == 143
    assert (
        capsys.readouterr().err == "tongzhou-data: interrupted (SIGTERM); every output is as it was before, or whole\n"
    )
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_stop_whose_raise_was_lost_after_the_work_still_says_the_command_stopped(monkeypatch, capsys):
    """Where the lost stop came after the last check, the outputs are whole and the status is still the signal's."""
    from tongzhou_data import cli

    def run(args: object) -> tuple[str, bool]:
        _lost_stop(cli)
        return "done", True

    monkeypatch.setattr(cli, "run", run)
    assert cli.main(["list"]) == 143
    captured = capsys.readouterr()
    assert captured.err == "tongzhou-data: interrupted (SIGTERM); every output is as it was before, or whole\n"
    assert captured.out == ""
