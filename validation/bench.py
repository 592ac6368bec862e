"""Benchmarks: each figure beside its baseline, measured in the same run, as a ratio.

    python validation/bench.py [--quick] [--corpus [COPIES]] [--corpus-from DIR] [--only SECTION ...]

Whole-process figures are medians of repeated, interleaved runs (ours, baseline, ours, ...), so that
the machine's drift hits both alike; in-process figures are medians of many warm calls. Bounds come
from the hardening issue; the last column says whether each holds. Exit status 0 when all hold.

`--corpus` adds the corpus-scale figures of issue 22 (off by default: minutes): the reports of
../shared/corpus copied COPIES times (default 34: about 3,000 reports, 150 MB) into a temporary folder;
`extract --jobs 2` of it beside a plain two-process pool that only parses the same files, one run of
each; the peak memory of the whole process tree (VmRSS of the process and its descendants, sampled
every 50 ms) of `extract`, `validate` and `explore` of the package, and the largest file `explore`
writes; and the parser's time on one report's text repeated 2 to 16 times beside once. `--only corpus`
runs that section alone.
"""

from __future__ import annotations

import argparse
import contextlib
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"  # the development corpus of 88 reports (issue 22)
MEMORY = (int(1.5 * 2**30), "1.5 GiB")  # the bound on the peak memory of a process tree (issue 22)


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


def durations(*seconds: float) -> list[str]:
    """Milliseconds to three places, or all in seconds when one is 10 s or more (the corpus-scale runs)."""
    return [f"{s:.2f} s" if max(seconds) >= 10 else f"{s * 1000:.3f} ms" for s in seconds]


def mebibytes(size: int) -> str:
    """A size in bytes, shown in MiB."""
    return f"{size / 2**20:.1f} MiB"


Row = tuple[str, str, str, str, str, "bool | None"]


class Table:
    """The figures measured so far, each beside its baseline, ratio and bound."""

    def __init__(self) -> None:
        self.rows: list[Row] = []

    def plain(self, figure: str, value: str) -> None:
        self.rows.append((figure, value, "", "", "", None))

    def added(self, figure: str, ours: float, base: float, bound: float) -> None:
        """A whole-process time against a baseline: the milliseconds ours adds, under `bound`."""
        added = (ours - base) * 1000
        self.rows.append(
            (
                figure,
                f"{ours * 1000:.1f} ms",
                f"{base * 1000:.1f} ms",
                f"{added:+.1f} ms",
                f"< {bound} ms",
                added < bound,
            )
        )

    def ratio(self, figure: str, ours: float, base: float, bound: float | None) -> None:
        """A time against a baseline as a ratio, at most `bound` (no bound: reported only)."""
        ratio = ours / base
        ok = None if bound is None else ratio <= bound
        shown = durations(ours, base)
        self.rows.append(
            (
                figure,
                shown[0],
                shown[1],
                f"{ratio:.2f}x",
                f"<= {bound}x" if bound else "",
                ok,
            )
        )

    def rate(self, figure: str, ours: float, base: float, at_least: float) -> None:
        """A throughput in MB/s against a baseline's, at least `at_least`."""
        self.rows.append(
            (figure, f"{ours:.2f} MB/s", f"{base:.2f} MB/s", f"{ours / base:.2f}x", f">= {at_least} MB/s",
             ours >= at_least)
        )  # fmt: skip

    def under(self, figure: str, ours: float, base: float, bound: float) -> None:
        """A time with a bound of its own, in seconds, beside the baseline it is compared with."""
        self.rows.append(
            (
                figure,
                f"{ours * 1000:.0f} ms",
                f"{base * 1000:.0f} ms",
                f"{ours / base:.2f}x",
                f"< {bound * 1000:.0f} ms",
                ours < bound,
            )
        )

    def size(self, figure: str, ours: int, base: int | None, bound: int, bound_text: str) -> None:
        """A size in bytes (memory, a file) at most `bound`, beside a baseline's if there is one."""
        self.rows.append(
            (figure, mebibytes(ours), mebibytes(base) if base else "", f"{ours / base:.2f}x" if base else "",
             f"<= {bound_text}", ours <= bound)
        )  # fmt: skip

    def render(self) -> str:
        header = ("figure", "ours", "baseline", "ratio", "bound")
        widths = [max(len(h), *(len(str(r[i])) for r in self.rows)) for i, h in enumerate(header)]
        lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + "  holds"]
        for row in self.rows:
            verdict = "" if row[5] is None else ("yes" if row[5] else "NO")
            lines.append("  ".join(str(c).ljust(w) for c, w in zip(row[:5], widths, strict=True)) + "  " + verdict)
        return "\n".join(lines)


def import_cost(table: Table, runs: int) -> None:
    """`import tongzhou_data` against a bare interpreter, over compiled bytecode (as a wheel installs it)."""
    # PYTHONDONTWRITEBYTECODE may be set: compile first, so the figure measures the import, not the compiler.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "tongzhou_data")], check=True)
    ours, base = paired(lambda: process_time("import tongzhou_data"), lambda: process_time("pass"), runs)
    table.added("import tongzhou_data (whole process) vs bare interpreter", ours, base, 5)


def loads(table: Table, runs: int, repeat: int) -> None:
    """td.load warm and cold against pyarrow, and the pandas and polars backends against their readers."""
    import pandas as pd
    import polars as pl
    import pyarrow.parquet as pq

    import tongzhou_data as td
    from tongzhou_data._paths import data_dir

    for name in td.datasets():
        path = data_dir() / f"{name}.parquet"
        ours, base = warm_pair(lambda name=name: td.load(name), lambda path=path: pq.read_table(path), repeat)
        table.ratio(f"td.load('{name}') warm vs pq.read_table", ours, base, 1.2)
    target = data_dir() / "targets.parquet"
    ours, base = paired(
        lambda: process_time("import tongzhou_data as td; td.load('targets')"),
        lambda: process_time(f"import pyarrow.parquet as pq; pq.read_table({str(target)!r})"),
        runs,
    )
    table.ratio("td.load('targets') cold process vs pq.read_table", ours, base, 1.15)
    for name in ("targets", "projects"):
        path = data_dir() / f"{name}.parquet"
        for backend, reader in (("pandas", pd.read_parquet), ("polars", pl.read_parquet)):
            ours, base = warm_pair(
                lambda n=name, b=backend: td.load(n, backend=b), lambda p=path, r=reader: r(p), repeat
            )
            table.ratio(f"td.load('{name}', backend='{backend}') vs {backend}.read_parquet", ours, base, None)


def package_reads(table: Table, repeat: int) -> None:
    """td.scan of a package of 3,000 reports (this report's rows 3,000 times, `many_reports.py`) against
    pyarrow.parquet.read_table of the same file (issue 22: read at the speed of the format)."""
    import tempfile

    import pyarrow.parquet as pq
    from many_reports import many_reports

    import tongzhou_data as td

    with tempfile.TemporaryDirectory() as folder:
        many_reports(Path(folder), 3000)
        path = Path(folder) / "targets.parquet"
        rows = pq.read_metadata(path).num_rows
        ours, base = warm_pair(
            lambda: td.scan("targets", folder).to_table(), lambda: pq.read_table(path), max(5, repeat // 20)
        )
        table.ratio(f"td.scan('targets', package).to_table() ({rows} rows) vs pq.read_table", ours, base, 1.2)


def records_build_validate(table: Table, runs: int, repeat: int) -> None:
    """td.records per row, a whole build, and `tongzhou-data validate` against frictionless."""
    import tongzhou_data as td
    from tongzhou_data._paths import data_dir

    for name in ("targets", "projects"):
        n = td.load(name).num_rows
        per_row = warm(lambda name=name: td.records(name), max(5, repeat // 10)) / n
        table.plain(f"td.records('{name}') per row ({n} rows)", f"{per_row * 1e6:.1f} us")
    out = str(ROOT / "build" / "bench")
    build = statistics.median(
        command_time([sys.executable, "-m", "tongzhou_data.build", "--out", out]) for _ in range(max(3, runs // 5))
    )
    table.plain("full build (seeds -> all files), whole process", f"{build * 1000:.0f} ms")
    descriptor = str(data_dir() / "datapackage.json")
    ours, base = paired(
        lambda: command_time([sys.executable, "-m", "tongzhou_data", "validate"]),
        lambda: command_time([sys.executable, "-m", "frictionless", "validate", descriptor]),
        max(3, runs // 3),
    )
    table.ratio("tongzhou-data validate vs frictionless validate", ours, base, None)


def parser_throughput(table: Table, repeat: int) -> None:
    """`extract.report` over every corpus report, in one process (one core), against finding the number
    tokens alone: megabytes of UTF-8 text per second."""
    from tongzhou_data.extract import report
    from tongzhou_data.extract.numbers import number_tokens

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/fixtures/corpus").glob("*-20*.md"))]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    ours, base = warm_pair(
        lambda: [report(t) for t in texts], lambda: [number_tokens(t) for t in texts], max(3, repeat // 20)
    )
    table.rate(f"extract.report over the corpus ({len(texts)} reports, {megabytes:.2f} MB) vs number_tokens",
               megabytes / ours, megabytes / base, 2.0)  # fmt: skip


CHROMIUM = Path("/usr/bin/chromium")
READY = {  # a page is interactive when this holds; the expression gives the time, in the page's own clock
    "ours": "() => document.body && document.body.dataset.ready === '1' && performance.now()",
    "altair": "() => document.querySelector('.vega-embed canvas, .vega-embed svg') && performance.now()",
}


def page_ready(browser: object, path: Path, ready: str) -> float:
    """Seconds from navigation until the page is interactive, in a fresh context (no cache of a previous run)."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.goto(path.as_uri())
    at = page.wait_for_function(ready, polling="raf", timeout=60_000).json_value()
    context.close()
    return at / 1000


def explorer_pages(out: Path) -> dict[str, Path]:
    """The explorer page of this report and of a package of 50 reports written by `extract`, and altair's
    own inline page of the explorer's largest chart (Vega drawing it, with nothing of ours around it)."""
    import altair as alt
    from many_reports import extracted_reports

    from tongzhou_data.publish.explorer import page
    from tongzhou_data.publish.explorer_charts import specs
    from tongzhou_data.publish.explorer_read import read_package

    out.mkdir(parents=True, exist_ok=True)
    extracted_reports(out / "many", 50)
    pages = {"one": out / "one.html", "many": out / "many.html", "altair": out / "altair.html"}
    pages["one"].write_text(page(), encoding="utf-8")
    pages["many"].write_text(page(out / "many"), encoding="utf-8")
    spec = specs(alt, read_package(ROOT / "datasets"))["targets"]["zh"]
    alt.Chart.from_dict(spec).save(str(pages["altair"]), inline=True)
    return pages


def explorer_missing() -> str | None:
    """Why the explorer cannot be measured here, or None."""
    import importlib.util

    for module in ("altair", "vl_convert", "playwright"):
        if importlib.util.find_spec(module) is None:
            return f"{module} is not installed (pip install -e '.[test]')"
    return None if CHROMIUM.is_file() else f"no Chromium at {CHROMIUM} (apt-get install chromium)"


def explorer(table: Table, runs: int) -> None:
    """`tongzhou-data explore` pages in headless Chromium: this report under 1 s, 50 reports under 3 s."""
    figures = ("explore page interactive, this report vs altair's inline chart",
               "explore page interactive, 50 reports vs this report")  # fmt: skip
    if reason := explorer_missing():
        for figure in figures:
            table.plain(figure, f"skipped: {reason}")
        return
    from playwright.sync_api import sync_playwright

    pages = explorer_pages(ROOT / "build" / "bench-explore")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
        one, base = paired(lambda: page_ready(browser, pages["one"], READY["ours"]),
                           lambda: page_ready(browser, pages["altair"], READY["altair"]), runs)  # fmt: skip
        table.under(figures[0], one, base, 1.0)
        many, one = paired(lambda: page_ready(browser, pages["many"], READY["ours"]),
                           lambda: page_ready(browser, pages["one"], READY["ours"]), runs)  # fmt: skip
        table.under(figures[1], many, one, 3.0)
        browser.close()


def descendants(pid: int) -> list[int]:
    """`pid` and every process descended from it, by the children lists of /proc (of each thread)."""
    found, todo = [], [pid]
    while todo:
        found.append(todo.pop())
        for children in Path(f"/proc/{found[-1]}/task").glob("*/children"):
            with contextlib.suppress(OSError):  # the process or thread ended meanwhile
                todo += [int(child) for child in children.read_text().split()]
    return found


def resident(pid: int) -> int:
    """The resident bytes of one process (VmRSS); 0 once it has ended (a zombie has no VmRSS)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            return next((int(line.split()[1]) * 1024 for line in status if line.startswith("VmRSS:")), 0)
    except OSError:
        return 0


def tree_resident(pid: int) -> int:
    """The resident bytes of `pid` and all its descendants (shared pages counted in each, as top does)."""
    return sum(resident(p) for p in descendants(pid))


class TreePeak(threading.Thread):
    """The peak of `tree_resident(pid)`, sampled every `every` seconds from a thread until `stop`."""

    def __init__(self, pid: int, every: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid, self.every, self.peak = pid, every, 0
        self.done = threading.Event()

    def run(self) -> None:
        while True:
            self.peak = max(self.peak, tree_resident(self.pid))
            if self.done.wait(self.every):
                return

    def stop(self) -> int:
        self.done.set()
        self.join()
        return self.peak


def measured(args: list[str]) -> tuple[float, int, int, str]:
    """Run `args` from the project's root: wall seconds, the peak resident bytes of its process tree, its
    exit status and the last line it wrote on stderr."""
    start = time.perf_counter()
    process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    sampler = TreePeak(process.pid)
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - start
    return seconds, sampler.stop(), process.returncode, (stderr.strip().splitlines() or [""])[-1][:100]


def parse_file(path: str) -> None:
    """One report read and parsed as `extract` parses it; nothing kept (the parse-only pool's work)."""
    from tongzhou_data.extract import report
    from tongzhou_data.extract.text import working_text

    report(working_text(Path(path).read_text(encoding="utf-8")))


def parse_only(folder: str) -> None:
    """Every report in `folder` parsed by a plain two-process pool that writes nothing (extract's baseline)."""
    paths = sorted(str(p) for p in Path(folder).glob("*.md"))
    with ProcessPoolExecutor(2) as pool:
        for _ in pool.map(parse_file, paths, chunksize=4):
            pass


PARSE_ONLY = [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT / 'validation')!r}); "
              "import bench; bench.parse_only(sys.argv[1])"]  # fmt: skip
TONGZHOU = [sys.executable, "-m", "tongzhou_data"]


def copy_corpus(source: Path, out: Path, copies: int) -> tuple[int, float]:
    """The reports of `source` (its README left out) copied `copies` times into `out` under ASCII names
    (NAME-01.md ...): how many, and their megabytes."""
    reports = sorted(p for p in source.glob("*.md") if p.name != "README.md")
    for n in range(1, copies + 1):
        for path in reports:
            shutil.copyfile(path, out / f"{path.stem}-{n:02d}.md")
    return len(reports) * copies, copies * sum(p.stat().st_size for p in reports) / 1e6


def extract_beside_pool(table: Table, corpus: Path, out: Path) -> bool:
    """`extract --jobs 2` of `corpus` beside the parse-only pool: wall time and peak memory; whether it
    wrote a package."""
    base_time, base_peak, status, _ = measured([*PARSE_ONLY, str(corpus)])
    if status:
        raise RuntimeError(f"the parse-only pool exited {status}")
    ours_time, ours_peak, status, last = measured([*TONGZHOU, "extract", str(corpus), "--to", str(out), "--jobs", "2"])
    table.ratio("extract CORPUS --jobs 2 vs parse-only 2-process pool (wall)", ours_time, base_time, 1.5)
    table.size("extract: peak memory of the process tree vs the pool's", ours_peak, base_peak, *MEMORY)
    if status:
        table.plain("extract exit status", f"{status}: {last}")
    return out.is_dir()


def validate_explore(table: Table, package: Path, pages: Path) -> None:
    """`validate` and `explore` (a folder of pages) of `package`: peak memory, and the largest page."""
    for name, args in (("validate", [package]), ("explore", [package, "--to", pages])):
        seconds, peak, status, last = measured([*TONGZHOU, name, *map(str, args)])
        table.size(f"{name}: peak memory of the process tree ({seconds:.1f} s)", peak, None, *MEMORY)
        if status:
            table.plain(f"{name} exit status", f"{status}: {last}")
    largest = max((p.stat().st_size for p in pages.rglob("*") if p.is_file()), default=0)
    table.size("explore: largest file written", largest, None, 50 * 10**6, "50 MB")


def growth(table: Table, repeat: int, name: str = "tianjin-2026") -> None:
    """`extract.report` of one long report's text repeated 2 to 16 times, each beside the text once,
    interleaved: 16 times the text within 16 x 1.15 the time (linear, within noise)."""
    from tongzhou_data.extract import report
    from tongzhou_data.extract.text import working_text

    text = working_text((ROOT / "tests/fixtures/corpus" / f"{name}.md").read_text(encoding="utf-8"))
    for times in (2, 4, 8, 16):
        longer = "\n".join([text] * times)
        ours, base = warm_pair(lambda longer=longer: report(longer), lambda: report(text), repeat)
        table.ratio(f"extract.report of {name} x{times} vs x1", ours, base, 16 * 1.15 if times == 16 else None)


def corpus(table: Table, copies: int, source: Path, repeat: int) -> None:
    """The corpus-scale figures of issue 22 on `source` copied `copies` times (skipped without it)."""
    if not source.is_dir():
        table.plain("corpus-scale figures", f"skipped: no folder {source} (pass --corpus-from DIR)")
    else:
        with tempfile.TemporaryDirectory(prefix="tongzhou-bench-") as folder:
            made = Path(folder) / "corpus"
            made.mkdir()
            count, megabytes = copy_corpus(source, made, copies)
            table.plain(f"corpus: {source} x{copies}", f"{count} reports, {megabytes:.1f} MB")
            if extract_beside_pool(table, made, Path(folder) / "package"):
                validate_explore(table, Path(folder) / "package", Path(folder) / "pages")
    growth(table, max(11, repeat // 10))


SECTIONS = ("import", "loads", "package", "records", "parser", "explorer", "corpus")  # the order they run in


def sections(args: argparse.Namespace, runs: int, repeat: int) -> dict[str, Callable[[Table], None]]:
    """Each section of the benchmark by name, in the order they run."""
    return {
        "import": lambda table: import_cost(table, runs),
        "loads": lambda table: loads(table, runs, repeat),
        "package": lambda table: package_reads(table, repeat),
        "records": lambda table: records_build_validate(table, runs, repeat),
        "parser": lambda table: parser_throughput(table, repeat),
        "explorer": lambda table: explorer(table, max(3, runs // 3)),
        "corpus": lambda table: corpus(table, args.corpus or 34, args.corpus_from, repeat),
    }


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (for a smoke run)")
    parser.add_argument(
        "--corpus",
        type=int,
        nargs="?",
        const=34,
        metavar="COPIES",
        help="add the corpus-scale figures: the corpus copied COPIES times (default 34); minutes",
    )
    parser.add_argument(
        "--corpus-from", type=Path, default=CORPUS, metavar="DIR", help=f"the reports to copy (default {CORPUS})"
    )
    parser.add_argument(
        "--only", nargs="+", choices=SECTIONS, metavar="SECTION", help=f"run these alone: {', '.join(SECTIONS)}"
    )
    return parser.parse_args()


def main() -> int:
    args = arguments()
    runs, repeat = (5, 20) if args.quick else (21, 200)
    import tongzhou_data as td

    table = Table()
    chosen = args.only or [name for name in SECTIONS if name != "corpus" or args.corpus is not None]
    for name, section in sections(args, runs, repeat).items():
        if name in chosen:
            section(table)
    print(f"tongzhou-data {td.__version__}; Python {platform.python_version()}; {platform.machine()}; "
          f"{platform.processor() or platform.platform()}; runs {runs}, warm repeats {repeat}\n")  # fmt: skip
    print(table.render())
    return 0 if all(r[5] is not False for r in table.rows) else 1


if __name__ == "__main__":
    sys.exit(main())
