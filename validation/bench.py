"""Benchmarks: each figure beside its baseline, measured in the same run, as a ratio.

    python validation/bench.py [--quick]

Whole-process figures are medians of repeated, interleaved runs (ours, baseline, ours, ...), so that
the machine's drift hits both alike; in-process figures are medians of many warm calls. Bounds come
from the hardening issue; the last column says whether each holds. Exit status 0 when all hold.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def process_time(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - start


def command_time(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def paired(ours: Callable[[], float], base: Callable[[], float], runs: int) -> tuple[float, float]:
    """Medians of `runs` interleaved measurements of each."""
    a, b = [], []
    for _ in range(runs):
        a.append(ours())
        b.append(base())
    return statistics.median(a), statistics.median(b)


def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def warm_pair(ours: Callable[[], object], base: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Medians of warm calls of each, interleaved call by call."""
    ours()
    base()
    return paired(lambda: timed(ours), lambda: timed(base), repeat)


def warm(call: Callable[[], object], repeat: int) -> float:
    """Median seconds of one warm call."""
    call()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (for a smoke run)")
    args = parser.parse_args()
    runs, repeat = (5, 20) if args.quick else (21, 200)

    import pyarrow.parquet as pq

    import tongzhou_data as td
    from tongzhou_data._paths import data_dir

    rows: list[tuple[str, str, str, str, str, bool | None]] = []

    def add(figure: str, ours: float, base: float | None, unit: str, bound: float | None, kind: str = "ratio") -> None:
        scale = 1000 if unit == "ms" else 1
        if base is None:
            rows.append((figure, f"{ours * scale:.3f} {unit}", "", "", "", None))
            return
        if kind == "added":
            added = (ours - base) * 1000
            ok = None if bound is None else added < bound
            rows.append(
                (figure, f"{ours * 1000:.1f} ms", f"{base * 1000:.1f} ms", f"{added:+.1f} ms", f"< {bound} ms", ok)
            )
            return
        ratio = ours / base
        ok = None if bound is None else ratio <= bound
        rows.append(
            (
                figure,
                f"{ours * scale:.3f} {unit}",
                f"{base * scale:.3f} {unit}",
                f"{ratio:.2f}x",
                f"<= {bound}x" if bound else "",
                ok,
            )
        )

    # An installed wheel imports from bytecode that pip compiled; compile the checkout alike, so that the
    # figure measures the import and not the compiler (PYTHONDONTWRITEBYTECODE may be set).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "tongzhou_data")], check=True)
    ours, base = paired(lambda: process_time("import tongzhou_data"), lambda: process_time("pass"), runs)
    add("import tongzhou_data (whole process) vs bare interpreter", ours, base, "ms", 5, kind="added")

    for name in td.datasets():
        path = data_dir() / f"{name}.parquet"
        ours_t, base_t = warm_pair(lambda name=name: td.load(name), lambda path=path: pq.read_table(path), repeat)
        add(f"td.load('{name}') warm vs pq.read_table", ours_t, base_t, "ms", 1.2)

    target = data_dir() / "targets.parquet"
    ours, base = paired(
        lambda: process_time("import tongzhou_data as td; td.load('targets')"),
        lambda: process_time(f"import pyarrow.parquet as pq; pq.read_table({str(target)!r})"),
        runs,
    )
    add("td.load('targets') cold process vs pq.read_table", ours, base, "ms", 1.15)

    import pandas as pd
    import polars as pl

    for name in ("targets", "projects"):
        path = data_dir() / f"{name}.parquet"
        ours_t, base_t = warm_pair(
            lambda name=name: td.load(name, backend="pandas"), lambda path=path: pd.read_parquet(path), repeat
        )
        add(f"td.load('{name}', backend='pandas') vs pandas.read_parquet", ours_t, base_t, "ms", None)
        ours_t, base_t = warm_pair(
            lambda name=name: td.load(name, backend="polars"), lambda path=path: pl.read_parquet(path), repeat
        )
        add(f"td.load('{name}', backend='polars') vs polars.read_parquet", ours_t, base_t, "ms", None)
    for name in ("targets", "projects"):
        n = td.load(name).num_rows
        per_row = warm(lambda name=name: td.records(name), max(5, repeat // 10)) / n
        rows.append((f"td.records('{name}') per row ({n} rows)", f"{per_row * 1e6:.1f} us", "", "", "", None))

    build_time = statistics.median(
        command_time([sys.executable, "-m", "tongzhou_data.build", "--out", str(ROOT / "build" / "bench")])
        for _ in range(max(3, runs // 5))
    )
    rows.append(("full build (seeds -> all files), whole process", f"{build_time * 1000:.0f} ms", "", "", "", None))
    descriptor = str(data_dir() / "datapackage.json")
    ours, base = paired(
        lambda: command_time([sys.executable, "-m", "tongzhou_data", "validate"]),
        lambda: command_time([sys.executable, "-m", "frictionless", "validate", descriptor]),
        max(3, runs // 3),
    )
    add("tongzhou-data validate vs frictionless validate", ours, base, "ms", None)

    print(f"tongzhou-data {td.__version__}; Python {platform.python_version()}; {platform.machine()}; "
          f"{platform.processor() or platform.platform()}; runs {runs}, warm repeats {repeat}\n")  # fmt: skip
    widths = [max(len(str(r[i])) for r in rows) for i in range(5)]
    header = ("figure", "ours", "baseline", "ratio", "bound")
    widths = [max(w, len(h)) for w, h in zip(widths, header, strict=True)]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + "  holds")
    for row in rows:
        verdict = "" if row[5] is None else ("yes" if row[5] else "NO")
        print("  ".join(str(c).ljust(w) for c, w in zip(row[:5], widths, strict=True)) + "  " + verdict)
    return 0 if all(r[5] is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
