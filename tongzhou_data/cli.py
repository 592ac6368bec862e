"""The `tongzhou-data` command (also `python -m tongzhou_data`).

    tongzhou-data                       a summary of every table (the default)
    tongzhou-data list                  the tables, their row counts and what each holds
    tongzhou-data show NAME [--where COLUMN=VALUE ...] [--columns A,B] [--format table|csv|json] [--limit N]
    tongzhou-data export --to DIR [--format csv|parquet|jsonl|excel-csv|sqlite|huggingface]
    tongzhou-data validate [DIR]        the installed data, or a folder holding a copy of the files
    tongzhou-data explore [DIR] --to FILE.html|FOLDER [--force]
                                        one self-contained HTML page to read the report with its rows, or
                                        for many reports a FOLDER: an index and a page per report
                                        (needs: pip install 'tongzhou-data[explore]')
    tongzhou-data schema-check          current schemas against the last released ones (in a checkout)
    tongzhou-data extract FILE... --to DIR [--id ID ...] [--year YEAR|FILE=YEAR|CSV ...] [--jobs N]
                                        [--encoding E] [--force]
                                        any reports of the genre, read by the parser, as one Data Package
    tongzhou-data review FILE --to DIR [--id ID] [--year YEAR] [--encoding E]
                                        the parser's reading of one report as CSV sheets to check

Errors are one line on stderr and exit status 2, never a traceback; `validate` prints its problem list on
stdout and exits 1 when there is a problem. SIGINT (Ctrl-C) and SIGTERM print one line and exit 130 and
143; outputs are written beside their target and moved in whole, so none is left half-written.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import dataclasses
import io
import json
import os
import shutil
import signal
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from .publish.reports_package import Years

from . import __version__, datasets, load
from ._paths import data_dir
from .checks.problems import counted


class CommandError(Exception):
    """A problem to report in one line with exit status 2."""


def _width(text: str) -> int:
    """Display width in a terminal: East Asian wide and full-width characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _clip(text: str, width: int) -> str:
    if _width(text) <= width:
        return text
    out = ""
    for char in text:
        if _width(out + char) > width - 1:
            break
        out += char
    return out + "…"


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        from .package_format import csv_cell

        return csv_cell(value)
    return str(value)


def _matches(cell: Any, value: str) -> bool:
    """A --where condition: a float column compares as a number (value=2 and value=2.0 both match 2.0)."""
    if isinstance(cell, float):
        try:
            return float(value) == cell
        except ValueError:
            return False
    return _plain(cell) == value


def descriptions() -> dict[str, str]:
    """Each table's one-line description, from the shipped descriptor."""
    descriptor = json.loads((data_dir() / "datapackage.json").read_text(encoding="utf-8"))
    return {r["name"]: r.get("description", "") for r in descriptor["resources"]}


def summary() -> str:
    """One block per table: its rows, its columns, and the first row's values."""
    blocks = []
    for name in datasets():
        table = load(name)
        first = table.slice(0, 1).to_pylist()[0] if table.num_rows else {}
        lines = [f"{name}: {table.num_rows} rows x {table.num_columns} columns"]
        for field in table.schema:
            lines.append(f"  {field.name:<22} {field.type!s:<12} {_clip(_plain(first.get(field.name)), 40)}")
        blocks.append("\n".join(lines))
    return f"tongzhou-data {__version__}\n\n" + "\n\n".join(blocks)


def render_table(columns: Sequence[str], rows: Sequence[Sequence[str]], max_width: int = 40) -> str:
    """Rows as aligned text columns, Chinese characters counted as two columns wide."""
    cells = [[_clip(c, max_width) for c in row] for row in rows]
    widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(_pad(c, w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


def show(name: str, where: Sequence[str], columns: str | None, fmt: str, limit: int | None) -> str:
    """Table `name`, filtered by COLUMN=VALUE conditions (all must hold), in the chosen format."""
    table = load(cast(Any, name))  # any string: load names the valid tables when it is none
    names = table.column_names
    rows = table.to_pylist()
    for condition in where:
        column, sep, value = condition.partition("=")
        if not sep:
            raise CommandError(f"--where takes COLUMN=VALUE, not {condition!r}")
        if column not in names:
            raise CommandError(f"{name} has no column {column!r}; columns: {', '.join(names)}")
        rows = [r for r in rows if _matches(r[column], value)]
    chosen = names
    if limit is not None and limit < 0:
        raise CommandError(f"--limit takes a count of rows, not {limit}")
    if columns is not None:
        chosen = [c.strip() for c in columns.split(",") if c.strip()]
        if not chosen:
            raise CommandError(f"--columns names no column; columns: {', '.join(names)}")
        unknown = [c for c in chosen if c not in names]
        if unknown:
            raise CommandError(f"{name} has no column(s) {', '.join(unknown)}; columns: {', '.join(names)}")
    if limit is not None:
        rows = rows[:limit]
    if fmt == "json":
        return json.dumps([{c: r[c] for c in chosen} for r in rows], ensure_ascii=False, indent=2, default=str)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(chosen)
        writer.writerows([[_plain(r[c]) for c in chosen] for r in rows])
        return buffer.getvalue().rstrip("\n")
    body = render_table(chosen, [[_plain(r[c]) for c in chosen] for r in rows])
    return f"{body}\n({len(rows)} rows)"


def package_descriptor(fmt: str) -> bytes:
    """The shipped descriptor, less the resources of the other table format: the files are copied as they
    are, so every size and hash still holds."""
    descriptor = json.loads((data_dir() / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"] = [r for r in descriptor["resources"] if r["format"] in (fmt, "txt")]
    return (json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_files(fmt: str) -> dict[str, Any]:
    """The files an export in `fmt` writes, by name: a Path to copy, or bytes (made only when written)."""
    if fmt in ("csv", "parquet"):  # a Data Package: the tables, the working text and a descriptor
        files: dict[str, Any] = {f"{name}.{fmt}": data_dir() / f"{name}.{fmt}" for name in datasets()}
        return {**files, "text.txt": data_dir() / "text.txt", "datapackage.json": lambda: package_descriptor(fmt)}
    if fmt in ("sqlite", "huggingface"):  # one database; Parquet files with a Hugging Face dataset card
        from importlib import import_module

        return import_module(f".publish.{fmt}_export", __package__).export_files()
    if fmt == "excel-csv":  # a BOM and CRLF line ends, so that Excel on Chinese Windows reads UTF-8
        return {f"{name}.excel.csv": lambda name=name: _excel_csv(name) for name in datasets()}
    return {f"{name}.jsonl": lambda name=name: _jsonl(name) for name in datasets()}


def _excel_csv(name: str) -> bytes:
    data = (data_dir() / f"{name}.csv").read_bytes().decode("utf-8").replace("\n", "\r\n")
    return b"\xef\xbb\xbf" + data.encode("utf-8")


def _jsonl(name: str) -> bytes:
    lines = [json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in load(cast(Any, name)).to_pylist()]
    return "".join(lines).encode("utf-8")


def export(target: Path, fmt: str, force: bool = False) -> list[Path]:
    """Write every table into `target` in one format; return the files written. Files already there that
    the export would write are refused, by name, unless `force`. The files are written beside `target`
    first (a package format also validated) and moved in whole (`publish.atomic`); a package written over
    a previous one removes the files only the previous one listed."""
    from .publish import atomic

    files = export_files(fmt)
    atomic.stale_files(target, files, force)  # refuse before any work, naming the folder as given
    target = _absolute(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic.exclusive(target, "export"), atomic.staging(target) as made:
        for name, source in files.items():
            if isinstance(source, Path):
                shutil.copyfile(source, made / name)
            else:
                (made / name).write_bytes(source())
        if "datapackage.json" in files:
            _refuse_invalid(made, target)
        atomic.commit(made, target, atomic.stale_files(target, files, force))
    return [target / name for name in files]


def _absolute(path: Path) -> Path:
    """`path` made absolute without resolving links, so that `.` has a name to stage beside."""
    absolute = Path(os.path.abspath(path))
    if not absolute.name:
        raise CommandError(f"{path}: the root of a file system cannot be written as a package; name a folder")
    return absolute


def _refuse_invalid(made: Path, target: Path, written: Any = None) -> dict[str, int]:
    """The row counts of the package in `made`; CommandError (nothing written) when it is not valid. A
    package whose rows were checked as they were written (`written`, a `reports_package.Written`) has
    only its files checked (descriptor, sizes, hashes); any other is validated whole."""
    from .checks.folder import check_package_files, validate_folder
    from .checks.problems import Problems

    if written is None:
        counts, problems = validate_folder(made)
    else:
        counts, problems = written.counts, Problems([*written.problems, *check_package_files(made)])
    if problems:
        more = f" (and {counted(len(problems) - 1, 'more problem')})" if len(problems) > 1 else ""
        raise CommandError(f"{target}: not written, the package would not be valid: {problems[0]}{more}")
    return counts


SHOWN = 10  # problems of one kind in one table printed in full; the rest are counted


def shown_problems(problems: Any) -> list[str]:
    """Each distinct problem message, at most SHOWN of one code in one table, then how many more there are."""
    seen: dict[tuple[str, str | None], int] = {}
    lines = []
    for problem in dict.fromkeys(problems):
        kind = (problem.code, problem.table)
        seen[kind] = seen.get(kind, 0) + 1
        if seen[kind] <= SHOWN:
            lines.append(problem.message)
    for (code, table), count in seen.items():
        if count > SHOWN:
            lines.append(f"{table or 'the package'}: {counted(count - SHOWN, 'more problem')} of the kind '{code}'")
    return lines


def validate(folder: Path | None) -> tuple[str, bool]:
    from .checks.folder import DescriptorError, validate_folder

    where = folder or data_dir()
    if not where.is_dir():
        raise CommandError(f"{where}: not a folder")
    try:
        counts, problems = validate_folder(where)
    except DescriptorError as error:
        raise CommandError(str(error)) from None
    return "\n".join(report_lines(counts, problems, where)), not problems


def report_lines(counts: dict[str, int], problems: Any, where: Path) -> list[str]:
    """What `validate` prints: rows per table, each problem, each notice, and the verdict."""
    lines = [f"{name}: {counted(count, 'row')}" for name, count in counts.items()]
    lines += [f"problem: {p}" for p in shown_problems(problems)]
    lines += [f"notice: {n}" for n in dict.fromkeys(n.message for n in problems.notices)]
    verdict = "valid" if not problems else f"INVALID ({counted(len(problems), 'problem')})"
    return [*lines, f"{where}: {verdict}"]


def explore(folder: Path | None, target: Path, force: bool) -> str:
    """Write the explorer page for the installed package or the package in `folder`; where `target` is no
    .html file, a folder of pages: an index and a page per report."""
    from .publish.explorer import write

    if folder is not None and not folder.is_dir():
        raise CommandError(f"{folder}: not a folder")
    if target.suffix.lower() in (".html", ".htm"):
        return f"wrote {write(target, folder, force)}"
    from ._paths import data_dir
    from .publish.explorer_pages import progress_on_terminal, write_pages

    count = write_pages(target, folder or data_dir(), force, progress_on_terminal)
    return f"wrote {target / 'index.html'} and {counted(count, 'report page')} in {target / 'reports'}"


def schema_check(schemas: Path, released: Path, changelog: Path) -> tuple[str, bool]:
    from .checks import schema_changes as sc

    for path in (schemas, released, changelog):
        if not path.exists():
            raise CommandError(f"{path}: not found; run schema-check from a checkout of the repository")
    released_version = (released / "VERSION").read_text(encoding="utf-8").strip()
    try:
        changes, problems = sc.check(
            sc.load_schemas(released), sc.load_schemas(schemas), released_version, __version__,
            changelog.read_text(encoding="utf-8"),
        )  # fmt: skip
    except ValueError as error:
        raise CommandError(str(error)) from None
    lines = [f"released {released_version}, current {__version__}: {len(changes)} change(s)"]
    lines += [f"  {c}" for c in changes]
    lines += [f"problem: {p}" for p in problems]
    lines.append("schema-check: " + ("ok" if not problems else "FAILED"))
    return "\n".join(lines), not problems


def progress_line(done: int, total: int, elapsed: float, name: str) -> str:
    """extract: 120/3004 (3%), 0:12 so far, about 4:48 left  anhui-2023.md"""
    left = elapsed / done * (total - done) if done else 0.0
    return (
        f"extract: {done}/{total} ({done * 100 // max(total, 1)}%), {_clock(elapsed)} so far, "
        f"about {_clock(left)} left  {name[:40]:<40}"
    )


def _clock(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}" if minutes >= 60 else f"{minutes}:{secs:02d}"


def _progress(total: int) -> Any:
    """A progress line on a terminal (stderr), nothing otherwise: `(done, outcome)` after each report."""
    from .publish.reports_package import Outcome

    started = time.monotonic()

    def show(done: int, outcome: Outcome) -> None:
        if sys.stderr.isatty():
            end = "\n" if done == total else ""
            line = progress_line(done, total, time.monotonic() - started, outcome.source.path.name)
            print(f"\r{line}", end=end, file=sys.stderr)

    return show


def extract(
    paths: list[Path], out: Path, ids: list[str], years: Years, jobs: int, force: bool, encoding: str = "utf-8"
) -> tuple[str, bool]:
    """Read every report and write the package of those that could be read as each is read, beside `out`
    first, then moved in only when valid (`publish.atomic`); name each failure, warning and row set aside
    on stderr as it comes."""
    from .publish import atomic
    from .publish import reports_package as rp

    found = rp.sources(paths, ids)
    named = {str(s.path) for s in found} | {s.path.name for s in found}
    if unknown := sorted(set(years.by_file) - named):
        raise CommandError(f"--year names {unknown[0]!r}, which is not one of the files given")
    atomic.stale_files(out, rp.planned_files(found), force)  # refuse before reading anything
    given, out = out, _absolute(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tally = Tally()
    with atomic.exclusive(out, "extract"), atomic.staging(out) as made:
        reading = rp.read_each(found, years, jobs, encoding)
        with contextlib.closing(reading):  # however writing ends, the pool stops here, not at exit
            written = rp.write_reports(made, tally.each(reading, len(found)))
        if not written.documents:
            more = f" (and {len(tally.failed) - 1} more)" if len(tally.failed) > 1 else ""
            raise CommandError(f"no report could be read, nothing written: {tally.failed[0]}{more}")
        counts = _refuse_invalid(made, out, written)
        _stop_if_asked()  # a stop whose raise was lost while the package was checked: nothing moved into place
        atomic.commit(made, out, atomic.stale_files(out, [p.name for p in made.iterdir()], force))
    lines = [f"{name}: {counted(count, 'row')}" for name, count in counts.items()]
    lines.append(f"left out (outside every period or heading): {tally.left_out}")
    lines.append(f"set aside (no row can hold them; named on stderr): {tally.set_aside}")
    lines.append(f"{given}: {written.documents} of {counted(len(found), 'report')} written, valid")
    return "\n".join(lines), not tally.failed and not tally.no_report


@dataclass
class Tally:
    """What `extract` counts of the reports as they pass to the writer: failures, rows left out and set
    aside, reports with no report in them."""

    failed: list[str] = dataclasses.field(default_factory=list)
    left_out: int = 0
    set_aside: int = 0
    no_report: bool = False
    read: bool = False
    held: list[str] = dataclasses.field(default_factory=list)

    def each(self, outcomes: Iterable[Any], total: int) -> Iterator[Any]:
        """`outcomes` passed on, each counted, its failure or warnings named on stderr, the progress shown.
        Failures before the first report read wait for it: if none is read, one line says so instead."""
        show = _progress(total)
        for done, outcome in enumerate(outcomes, start=1):
            _stop_if_asked()
            show(done, outcome)
            lines = [f"error: {outcome.error}"] if outcome.error else [f"warning: {w}" for w in outcome.warnings]
            if outcome.error:
                self.failed.append(outcome.error)
            self.read = self.read or not outcome.error
            self.held += lines
            if self.read and self.held:
                clear = "\r\x1b[K" if sys.stderr.isatty() else ""  # the progress line gives way
                print("".join(f"{clear}tongzhou-data: {line}\n" for line in self.held), end="", file=sys.stderr)
                self.held = []
            self.left_out += outcome.left_out
            self.set_aside += outcome.set_aside
            self.no_report = self.no_report or outcome.no_report
            yield outcome


def review(path: Path, out: Path, ids: list[str], year: int | None, force: bool, encoding: str = "utf-8") -> str:
    """Write the review sheets of one report into `out`, as ID.periods.csv, ID.targets.csv …"""
    from .extract import report
    from .publish import atomic
    from .publish.reports_package import read_source, sources
    from .publish.review_sheets import review_sheets

    (found,) = sources([path], ids)
    _, text = read_source(path, encoding)
    parsed = report(text, fallback=year)
    sheets = {f"{found.document_id}.{name}": data for name, data in review_sheets(text, parsed).items()}
    atomic.stale_files(out, sheets, force)
    out = _absolute(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic.exclusive(out, "review"), atomic.staging(out) as made:
        for name, data in sheets.items():
            (made / name).write_bytes(data)
        atomic.commit(made, out)
    return "\n".join(f"wrote {out / name}" for name in sheets)


class _Parser(argparse.ArgumentParser):
    """argparse, with its usage errors in one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        print(f"{self.prog}: error: {message} (see {self.prog} --help)", file=sys.stderr)
        raise SystemExit(2)


def _folder(value: str) -> Path:
    """A folder argument: an empty one would silently mean the current folder, so it is refused."""
    if not value.strip():
        raise argparse.ArgumentTypeError("an empty path names no folder")
    return Path(value)


def _year_spec(value: str) -> list[tuple[str, int]]:
    """An extract --year: YEAR (file ""), FILE=YEAR, or a CSV file of `file,year` lines (a header optional)."""
    if "=" in value:
        name, _, year = value.rpartition("=")
        return [(name, _year(year))]
    if value.lower().endswith(".csv"):
        try:
            with open(value, encoding="utf-8-sig", newline="") as handle:
                lines = [row for row in csv.reader(handle) if row and row != ["file", "year"]]
        except OSError as error:
            raise argparse.ArgumentTypeError(f"{value}: cannot be read ({error.strerror})") from None
        bad = next((n for n, row in enumerate(lines, 1) if len(row) != 2 or not row[0].strip()), None)
        if bad is not None:
            raise argparse.ArgumentTypeError(f"{value}: row {bad} is not `file,year`")
        return [(name.strip(), _year(year.strip())) for name, year in lines]
    return [("", _year(value))]


def _years(specs: list[list[tuple[str, int]]]) -> Years:
    """The years an extract is told, from its --year arguments (a later one for the same file wins)."""
    from .publish.reports_package import Years

    pairs = [pair for spec in specs for pair in spec]
    defaults = [year for name, year in pairs if not name]
    if len(set(defaults)) > 1:
        raise CommandError(f"--year gives {len(set(defaults))} years for every report; give one, or FILE=YEAR")
    return Years(defaults[-1] if defaults else None, {str(Path(name)): year for name, year in pairs if name})


def _year(value: str) -> int:
    """A --year argument: a year of this era, not any integer."""
    if not value.isdigit() or not 1900 <= int(value) <= 2200:
        raise argparse.ArgumentTypeError(f"{value!r} is not a year (1900-2200)")
    return int(value)


def _encoding(value: str) -> str:
    """An --encoding argument: a codec Python knows (utf-8, gb18030, utf-16 ...)."""
    import codecs

    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"{value!r} is not an encoding Python knows (such as gb18030)") from None


def _extract_arguments(x: argparse.ArgumentParser) -> None:
    """The arguments of `extract`: the reports (files, folders, lists) and how to read and write them."""
    x.add_argument("files", nargs="*", type=Path, metavar="FILE|DIR", help="report files, or folders of them")
    x.add_argument(
        "--from-list", action="append", default=[], type=Path, metavar="LIST",
        help="a file naming one report per line (relative to its folder); repeatable",
    )  # fmt: skip
    x.add_argument("--to", required=True, type=_folder, metavar="DIR")
    x.add_argument("--id", action="append", default=[], metavar="ID", help="a document id per file, in order")
    x.add_argument(
        "--year", type=_year_spec, action="append", default=[], metavar="YEAR|FILE=YEAR|YEARS.csv",
        help="YEAR for every report that states none; FILE=YEAR (or a CSV of file,year) for one file, "
        "over what it states; repeatable",
    )  # fmt: skip
    x.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="reports read at once (default: cores)")
    x.add_argument("--force", action="store_true", help="replace the package in DIR (files of the same names)")
    x.add_argument("--encoding", type=_encoding, default="utf-8", help="the files' encoding (default: utf-8)")


def parser() -> argparse.ArgumentParser:
    p = _Parser(prog="tongzhou-data", description="The 2026 Tongzhou government work report as tables.")
    p.add_argument("--version", action="version", version=f"tongzhou-data {__version__}")
    sub = p.add_subparsers(dest="command")
    sub.add_parser("summary", help="rows, columns and a sample of every table (the default)")
    sub.add_parser("list", help="the tables, their row counts and descriptions")
    s = sub.add_parser("show", help="print one table")
    s.add_argument("name")
    s.add_argument("--where", action="append", default=[], metavar="COLUMN=VALUE")
    s.add_argument("--columns", metavar="A,B,...")
    s.add_argument("--format", choices=("table", "csv", "json"), default="table")
    s.add_argument("--limit", type=int)
    e = sub.add_parser("export", help="write every table to a folder")
    e.add_argument("--to", required=True, type=_folder, metavar="DIR")
    e.add_argument("--format", choices=("csv", "parquet", "jsonl", "excel-csv", "sqlite", "huggingface"), default="csv")
    e.add_argument("--force", action="store_true", help="overwrite files of the same names in DIR")
    v = sub.add_parser("validate", help="validate the installed data or a folder with a copy of the files")
    v.add_argument("dir", nargs="?", type=_folder)
    _extract_arguments(sub.add_parser("extract", help="read any reports of the genre into one Data Package"))
    r = sub.add_parser("review", help="the parser's reading of one report as CSV sheets to check")
    r.add_argument("file", type=Path, metavar="FILE")
    r.add_argument("--to", required=True, type=_folder, metavar="DIR")
    r.add_argument(
        "--id", action="append", default=[], metavar="ID", help="the document id (default: from the file name)"
    )
    r.add_argument("--year", type=_year, help="the report's year, where it states none")
    r.add_argument("--force", action="store_true", help="overwrite files of the same names in DIR")
    r.add_argument("--encoding", type=_encoding, default="utf-8", help="the file's encoding (default: utf-8)")
    w = sub.add_parser("explore", help="write an HTML page to read the report with its rows (a folder for many)")
    w.add_argument("dir", nargs="?", type=_folder, help="a package folder (default: the installed package)")
    w.add_argument(
        "--to",
        required=True,
        type=_folder,
        metavar="FILE.html|FOLDER",
        help="one page (FILE.html), or a folder with index.html and reports/ID.html for each report",
    )
    w.add_argument("--force", action="store_true", help="overwrite FILE.html, or replace the pages in FOLDER")
    c = sub.add_parser("schema-check", help="classify schema changes against the released schemas")
    c.add_argument("--schemas", type=Path, default=Path("schema"))
    c.add_argument("--released", type=Path, default=Path("schema/released"))
    c.add_argument("--changelog", type=Path, default=Path("CHANGELOG.md"))
    return p


class Terminated(BaseException):
    """SIGTERM arrived: the command stops as Ctrl-C stops it, leaving no output half-written (a
    BaseException, like KeyboardInterrupt, so that no `except Exception` takes it for a failure)."""


STOPPED_BY: list[int] = []  # the signal that stopped the command, once one has


def _stop(signum: int, frame: object) -> None:
    """The first SIGINT or SIGTERM stops the command; any that follow are ignored, so that the clean-up it
    starts (staging folders removed, workers stopped) runs to its end."""
    for other in (signal.SIGINT, signal.SIGTERM):
        signal.signal(other, signal.SIG_IGN)
    STOPPED_BY.append(signum)
    raise _stopping(signum)


def _stopping(signum: int) -> BaseException:
    return KeyboardInterrupt() if signum == signal.SIGINT else Terminated()


def _stop_if_asked() -> None:
    """Raise the stop a signal asked for whose raise was lost: Python ignores what a weakref callback raises (a
    signal arriving as an import releases its module lock), and `_stop` has by then ignored every later signal,
    so the command would run on to its end."""
    if STOPPED_BY:
        raise _stopping(STOPPED_BY[0])


def run(args: argparse.Namespace) -> tuple[str, bool]:
    """The output of the command `args` name, and whether it found everything in order."""
    if args.command in (None, "summary"):
        return summary(), True
    if args.command == "list":
        info = descriptions()
        rows = [[n, str(load(n).num_rows), info.get(n, "")] for n in datasets()]
        return render_table(["table", "rows", "description"], rows, max_width=100), True
    if args.command == "show":
        return show(args.name, args.where, args.columns, args.format, args.limit), True
    if args.command == "export":
        return "\n".join(f"wrote {p}" for p in export(args.to, args.format, args.force)), True
    if args.command == "validate":
        return validate(args.dir)
    if args.command == "extract":
        from .publish.reports_package import report_files

        files = report_files(args.files, args.from_list)
        if not files:
            raise CommandError("no report given: name files or folders, or --from-list LIST")
        return extract(files, args.to, args.id, _years(args.year), args.jobs, args.force, args.encoding)
    if args.command == "review":
        return review(args.file, args.to, args.id, args.year, args.force, args.encoding), True
    if args.command == "explore":
        return explore(args.dir, args.to, args.force), True
    return schema_check(args.schemas, args.released, args.changelog)


def main(argv: list[str] | None = None) -> int:
    p = parser()
    try:
        args = p.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    from .publish.atomic import handling

    STOPPED_BY.clear()
    hook = sys.unraisablehook
    sys.unraisablehook = _quiet_stops(hook)
    with handling(_stop):  # SIGINT raises KeyboardInterrupt, SIGTERM Terminated; a second one is ignored
        try:
            return _answer(args)
        except (KeyboardInterrupt, Terminated) as stop:
            return _interrupted(stop)
        finally:
            sys.unraisablehook = hook


def _quiet_stops(hook: Callable[[Any], None]) -> Callable[[Any], None]:
    """`hook`, Python's report of what it could not raise, less a stop of `_stop` (`_stop_if_asked` raises it
    again, so nothing is lost and the command still says its one line)."""

    def report(unraisable: Any) -> None:
        if not (STOPPED_BY and isinstance(unraisable.exc_value, (KeyboardInterrupt, Terminated))):
            hook(unraisable)

    return report


def _interrupted(stop: BaseException) -> int:
    """Say in one line that a signal stopped the command (a second one is ignored meanwhile); its status."""
    from .publish import workers

    name, status = ("SIGINT", 130) if isinstance(stop, KeyboardInterrupt) else ("SIGTERM", 143)
    end = "\n" if sys.stderr.isatty() else ""  # after a progress line
    print(f"{end}tongzhou-data: interrupted ({name}); every output is as it was before, or whole", file=sys.stderr)
    if workers.stopped():
        workers.leave(status)  # a stopped pool breaks the interpreter's exit hooks: leave without them
    return status


def _failed(args: argparse.Namespace, error: Exception) -> int:
    """Say in one line why the command failed; exit status 2."""
    if isinstance(error, (CommandError, KeyError, OSError, ImportError, ValueError)):
        message = error.args[0] if isinstance(error, KeyError) and error.args else error
        print(f"tongzhou-data: error: {_one_line(str(message))}", file=sys.stderr)
        return 2
    hint = "" if args.command == "validate" else " (try: tongzhou-data validate)"  # a damaged install: one line
    print(f"tongzhou-data: error: {type(error).__name__}: {_one_line(str(error))}{hint}", file=sys.stderr)
    return 2


def _answer(args: argparse.Namespace) -> int:
    """Run the command and print its output, or its error in one line; the exit status."""
    try:
        out, ok = run(args)
    except Exception as error:
        if STOPPED_BY:  # the signal arrived inside a library that wrapped it (pydantic: SchemaError)
            raise _stopping(STOPPED_BY[0]) from error
        return _failed(args, error)
    _stop_if_asked()  # a stop whose raise was lost: the outputs are whole, the command still says it stopped
    try:
        print(out)
    except UnicodeEncodeError:
        print(
            f"tongzhou-data: error: this output's encoding ({sys.stdout.encoding}) cannot write the report's Chinese "
            "text; set PYTHONIOENCODING=utf-8, or use: tongzhou-data export --to DIR",
            file=sys.stderr,
        )
        return 2
    return 0 if ok else 1


def _one_line(message: str) -> str:
    from .checks.problems import one_line

    return one_line(message, 1000)


if __name__ == "__main__":
    sys.exit(main())
