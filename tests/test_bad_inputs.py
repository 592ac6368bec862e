"""Runs every row of docs/bad-inputs.md, so that the table stays true."""

from __future__ import annotations

import ast
import csv
import hashlib
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys

import pytest
from conftest import DATASETS, ROOT, append_curated

import tongzhou_data as td
from tongzhou_data import _paths
from tongzhou_data.build import build
from tongzhou_data.build.curated import CurationError
from tongzhou_data.extract.projects import mentions
from tongzhou_data.extract.targets import scan

ROW = re.compile(r"^\| (\w+) \| (.+?) \| `(.*)` \|$")


def table_rows():
    rows = []
    for line in (ROOT / "docs/bad-inputs.md").read_text(encoding="utf-8").splitlines():
        if match := ROW.match(line):
            rows.append(match.groups())
    return rows


ROWS = table_rows()


def test_the_table_has_every_kind_of_input():
    assert {where for where, _, _ in ROWS} == {
        "load", "backend", "cli", "curated", "file", "extractor", "loaded", "python", "shell", "memory"
    }  # fmt: skip
    assert len(ROWS) >= 35


def _code(cell: str) -> str:
    (inner,) = re.findall(r"`([^`]*)`", cell)
    return inner


REPORT = (DATASETS / "text.txt").read_text(encoding="utf-8")
TEXTS = {
    "empty text": "",
    "1 MB of report text": (REPORT * 56)[:1_000_000],
    "1 MB of one digit run": "9" * 1_000_000,
    "200 kB of numbers between spaces": "12 " * 66_000,
    "a number of 400 digits with a magnitude": "新增" + "7" * 400 + "万亿元，增长" + "3" * 400 + "%。",
    "malformed numbers": "增长1..2.3--4%%，超超近5-6-7万万亿个，..5，8.，第第一，首位位，-1",
    "mixed full-width and ASCII punctuation": "完成5项,新增6个;提升7%：达到8处！建成9座?开通10条。（11）(12)",
    "Chinese numerals without end": "一二三四五六七八九十百千万亿" * 5000 + "个",
}


def _rehash(folder, name, edit):
    """Edit one CSV and write its new size and hash into the descriptor, as a careless tool would."""
    path = folder / f"{name}.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[1] = edit(lines[1])
    path.write_text("\n".join(lines), encoding="utf-8")
    _edit_descriptor(
        folder,
        lambda d: [
            r.update(bytes=path.stat().st_size, hash="sha256:" + hashlib.sha256(path.read_bytes()).hexdigest())
            for r in d["resources"]
            if r["name"] == name
        ],
    )


def _edit_descriptor(folder, edit):
    path = folder / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    edit(descriptor)
    path.write_text(json.dumps(descriptor), encoding="utf-8")


def _nan_values(folder):
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(folder / "targets.parquet")
    index = table.schema.get_field_index("value")
    nan = pa.array([float("nan")] * table.num_rows, type=pa.float64())
    pq.write_table(table.set_column(index, table.schema.field(index), nan), folder / "targets.parquet")


def _flip(path, at):
    data = bytearray(path.read_bytes())
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


def _with_bom(folder):
    path = folder / "targets.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    _rehash(folder, "targets", lambda line: line)


def _replace_field(line, index, value):
    cells = next(csv.reader([line]))
    cells[index] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(cells)
    return out.getvalue()


def _resource(folder, name, **changes):
    _edit_descriptor(folder, lambda d: [r.update(changes) for r in d["resources"] if r["name"] == name])


def _link_out(folder):
    (folder / "terms.csv").unlink()
    (folder / "terms.csv").symlink_to("/etc/passwd")


def _link_loop(folder):
    (folder / "terms.csv").unlink()
    (folder / "terms.csv").symlink_to("terms.csv")


def _fifo(folder):
    (folder / "terms.csv").unlink()
    os.mkfifo(folder / "terms.csv")


def _hidden_table(folder):
    _edit_descriptor(folder, lambda d: d.update(resources=[r for r in d["resources"] if r["name"] != "targets"]))
    with open(folder / "targets.csv", "a", encoding="utf-8") as handle:
        handle.write("NOT A NUMBER\n")


def _renamed(folder):
    _edit_descriptor(folder, lambda d: d["resources"].append({**d["resources"][0], "name": "secrets"}))


def _listed_twice(folder):
    _edit_descriptor(folder, lambda d: d["resources"].append(d["resources"][0]))


def _slow_pattern(folder):
    def edit(descriptor):
        terms = next(r for r in descriptor["resources"] if r["name"] == "terms")
        next(f for f in terms["schema"]["fields"] if f["name"] == "term")["constraints"]["pattern"] = "(a+)+$"

    _edit_descriptor(folder, edit)
    _rehash(folder, "terms", lambda line: _replace_field(line, TERM_COLUMNS.index("term"), "a" * 40 + "!"))


def _huge_cell(folder):
    _rehash(folder, "terms", lambda line: _replace_field(line, TERM_COLUMNS.index("term_id"), "x" * 20_000_000))


def _deep_descriptor(folder):
    (folder / "datapackage.json").write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")


def _long_bytes(folder):
    text = (folder / "datapackage.json").read_text(encoding="utf-8")
    (folder / "datapackage.json").write_text(
        re.sub(r'"bytes": \d+', '"bytes": ' + "9" * 5001, text, count=1), encoding="utf-8"
    )


def _formats_swapped(folder):
    def edit(descriptor):
        for resource in descriptor["resources"]:
            if resource["name"] == "terms-parquet":
                resource["format"] = "csv"
            elif resource["name"] == "targets":
                resource["format"] = "parquet"

    _edit_descriptor(folder, edit)


def _disguised(folder):
    def edit(descriptor):
        descriptor["resources"] = [r for r in descriptor["resources"] if r["name"] != "targets"]
        descriptor["resources"].append({"name": "text-attachment", "path": "targets.csv", "format": "blob"})

    _edit_descriptor(folder, edit)


def _long_enum(folder):
    def edit(descriptor):
        terms = next(r for r in descriptor["resources"] if r["name"] == "terms")
        next(f for f in terms["schema"]["fields"] if f["name"] == "term")["constraints"]["enum"] = [
            str(i) for i in range(50_001)
        ]

    _edit_descriptor(folder, edit)


def _parquet_bomb(folder):
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(folder / "terms.parquet")
    rows = table.take(pa.array([0] * 300_000))  # built in Arrow: a list of Python rows would swell this process
    pq.write_table(rows, folder / "terms.parquet", compression="zstd")


def _escapes_in_a_name(folder):
    (folder / "text-\x1b[2K\x1b[1Aevil.txt").write_text("a text no descriptor lists", encoding="utf-8")


TERM_COLUMNS = [
    f["name"] for f in json.loads((ROOT / "schema/terms.schema.json").read_text(encoding="utf-8"))["fields"]
]
TARGET_COLUMNS = [
    f["name"] for f in json.loads((ROOT / "schema/targets.schema.json").read_text(encoding="utf-8"))["fields"]
]

DAMAGE = {
    "one byte of targets.csv changed": lambda d: (d / "targets.csv").write_bytes((d / "targets.csv").read_bytes().replace(b"456", b"457", 1)),
    "terms.csv truncated": lambda d: (d / "terms.csv").write_bytes((d / "terms.csv").read_bytes()[:1000]),
    "projects.csv deleted": lambda d: (d / "projects.csv").unlink(),
    "terms.parquet replaced by garbage": lambda d: (d / "terms.parquet").write_bytes(b"garbage"),
    "documents.parquet replaced by another table": lambda d: shutil.copyfile(d / "sections.parquet", d / "documents.parquet"),
    "targets.parquet values set to NaN": _nan_values,
    "a char_start of targets.csv set to x, descriptor re-hashed": lambda d: _rehash(d, "targets", lambda line: _replace_field(line, TARGET_COLUMNS.index("char_start"), "x")),
    'a period_start of targets.csv set to " 2025", descriptor re-hashed': lambda d: _rehash(d, "targets", lambda line: _replace_field(line, TARGET_COLUMNS.index("period_start"), " 2025")),
    "text.txt given CRLF line ends": lambda d: (d / "text.txt").write_bytes((d / "text.txt").read_bytes().replace(b"\n", b"\r\n")),
    "the descriptor emptied to {}": lambda d: (d / "datapackage.json").write_text("{}", encoding="utf-8"),
    "the targets resources removed from the descriptor": lambda d: _edit_descriptor(d, lambda x: x.update(resources=[r for r in x["resources"] if not r["name"].startswith("targets")])),
    "one byte flipped in the column statistics of documents.parquet": lambda d: _flip(d / "documents.parquet", 2325),
    "text.txt removed from the descriptor": lambda d: _edit_descriptor(d, lambda x: x.update(resources=[r for r in x["resources"] if r["path"] != "text.txt"])),
    "targets.csv re-saved with a BOM, descriptor re-hashed": _with_bom,
    "projects.parquet replaced by documents.parquet": lambda d: shutil.copyfile(d / "documents.parquet", d / "projects.parquet"),
    "sections.parquet deleted": lambda d: (d / "sections.parquet").unlink(),
    "the descriptor cut to {": lambda d: (d / "datapackage.json").write_text("{", encoding="utf-8"),
    "text.txt replaced by other text": lambda d: (d / "text.txt").write_text("changed", encoding="utf-8"),
    "hash and bytes removed from the descriptor": lambda d: _edit_descriptor(d, lambda x: [(r.pop("hash", None), r.pop("bytes", None)) for r in x["resources"]]),
    "the terms resource's path set to /proc/self/environ": lambda d: _resource(d, "terms", path="/proc/self/environ"),
    "the terms resource's path set to ../../../etc/passwd": lambda d: _resource(d, "terms", path="../../../etc/passwd"),
    "terms.csv replaced by a link to /etc/passwd": _link_out,
    "terms.csv replaced by a FIFO": _fifo,
    "terms.csv replaced by a link to itself": _link_loop,
    "the targets.csv entry removed from the descriptor, NOT A NUMBER appended to targets.csv": _hidden_table,
    "a resource listed twice": _listed_twice,
    "a resource named secrets": _renamed,
    "the pattern (a+)+$ on terms.term, a cell of 40 a and !, descriptor re-hashed": _slow_pattern,
    "a cell of 20 million characters, descriptor re-hashed": _huge_cell,
    "the descriptor nested 200,000 deep": _deep_descriptor,
    "a resource's bytes a number of 5,001 digits": _long_bytes,
    "the formats of terms-parquet and targets swapped": _formats_swapped,
    "targets.csv listed as a resource text-attachment instead of targets": _disguised,
    "an enum of 50,001 values on terms.term": _long_enum,
    "foreignKeys given as 5": lambda d: _edit_descriptor(d, lambda x: next(r for r in x["resources"] if r["name"] == "terms")["schema"].update(foreignKeys=5)),
    "terms.parquet replaced by 300,000 identical rows (a few tens of kB)": _parquet_bomb,
    "a text file named with terminal escape sequences beside the package": _escapes_in_a_name,
}  # fmt: skip


@pytest.fixture(scope="module")
def built_repo(tmp_path_factory):
    root = tmp_path_factory.mktemp("repo")
    for part in ("seeds", "schema"):
        shutil.copytree(ROOT / part, root / part)
    build(root)
    return root


@pytest.mark.parametrize(("where", "given", "expected"), ROWS, ids=[f"{w}:{g[:40]}" for w, g, _ in ROWS])
def test_row(where, given, expected, built_repo, tmp_path, monkeypatch):
    if where == "load":
        with pytest.raises(KeyError) as caught:
            td.load(ast.literal_eval(_code(given)))
        assert expected in str(caught.value)
    elif where == "backend":
        with pytest.raises(ValueError, match=re.escape(expected)):
            td.load("terms", backend=ast.literal_eval(_code(given)))
    elif where == "cli":
        out = subprocess.run(
            [sys.executable, "-m", "tongzhou_data", *shlex.split(_code(given))],
            capture_output=True,
            text=True,
            cwd=tmp_path,
        )
        assert out.returncode == 2 and out.stdout == ""
        assert out.stderr.startswith(expected) and len(out.stderr.strip().splitlines()) == 1, out.stderr
    elif where == "curated":
        file_cell, line = given.split("←")
        name, line = _code(file_cell), _code(line)
        root = tmp_path / "repo"
        shutil.copytree(built_repo, root)
        before = {p.name: p.read_bytes() for p in (root / "datasets").iterdir()}
        number = append_curated(root, name, line)
        with pytest.raises(CurationError) as caught:
            build(root)
        assert any(p.startswith(f"seeds/curated/{name}:{number}: ") and expected in p for p in caught.value.problems), (
            caught.value.problems
        )
        assert {p.name: p.read_bytes() for p in (root / "datasets").iterdir()} == before
    elif where in ("shell", "python", "memory", "loaded"):
        RUNNERS[where](_code(given), expected, tmp_path, monkeypatch)
    elif where == "file":
        folder = tmp_path / "datasets"
        shutil.copytree(DATASETS, folder)
        DAMAGE[_code(given)](folder)
        monkeypatch.setattr(_paths, "data_dir", lambda: folder)
        with pytest.raises(td.IntegrityError) as caught:
            td.verify()
        assert any(expected in p.message for p in caught.value.problems), caught.value.problems
        # the same folder, as a portal's copy, through the command line
        env = {**os.environ, "TONGZHOU_TEST_SECRET": "do-not-print-me"}
        out = subprocess.run(
            [sys.executable, "-m", "tongzhou_data", "validate", str(folder)], capture_output=True, text=True, env=env
        )
        assert out.returncode in (1, 2) and "Traceback" not in out.stderr
        assert expected in out.stdout + out.stderr, out.stdout + out.stderr
        assert "do-not-print-me" not in out.stdout + out.stderr and "root:" not in out.stdout + out.stderr
        assert max(len(line) for line in (out.stdout + out.stderr).splitlines()) <= 1100  # excerpts, not cells
    else:
        text = TEXTS[_code(given)]
        records, skipped = scan(text)
        for r in records:
            assert text[r.char_start : r.char_end] == r.quote and text[r.number_start : r.number_end] == r.number_text
        for s in skipped:
            assert text[s.token.start : s.token.end] == s.token.text
        for m in mentions(text):
            assert text[m.name_start : m.name_end] == m.name and text[m.char_start : m.char_end] == m.quote
        if expected == "no records":
            assert records == [] and skipped == []
        else:
            assert expected == "no crash; offsets slice"


def _shell(command, expected, tmp_path, monkeypatch):
    """Run in an empty folder; `tongzhou-data` and `python` are this interpreter's."""
    functions = 'tongzhou-data() { "$PY" -m tongzhou_data "$@"; }; python() { "$PY" "$@"; }; '
    env = {**os.environ, "ROOT": str(ROOT), "PY": sys.executable}
    env.pop("PYTHONIOENCODING", None)
    out = subprocess.run(["bash", "-c", functions + command], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert out.returncode != 0 and out.stderr.strip(), (out.returncode, out.stderr)
    assert out.stderr.strip().splitlines()[-1].startswith(expected), out.stderr
    if "tongzhou-data " in command or "tongzhou_data.build" in command:
        assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr, out.stderr


def _python(expression, expected, tmp_path, monkeypatch):
    from tongzhou_data.extract.targets import targets

    names = {"REPORT": REPORT, "targets": targets, "mentions": mentions, "scan": scan, "td": td}
    try:
        answer = repr(eval(expression, names))
    except Exception as error:
        answer = f"{type(error).__name__}: {error}"
    assert answer.startswith(expected), answer


MEMORY = """
import resource, sys
from tongzhou_data.extract.projects import mentions
from tongzhou_data.extract.targets import scan
text = eval(sys.argv[1])
found = mentions(text)
scan(text)
try:  # this process's own peak: ru_maxrss also keeps the peak of the process it was forked from (pytest)
    status = open("/proc/self/status").read()
    peak = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))) // 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(len(found), peak)
"""


def _memory(expression, expected, tmp_path, monkeypatch):
    """Both extractors over the text in a fresh process: `expected` is 'N mentions in under M MB'."""
    resource = pytest.importorskip("resource", reason="peak memory is read with the Unix resource module")
    assert resource  # imported to skip where there is none; the child process measures
    count, limit = re.fullmatch(r"(\d+) mentions in under (\d+) MB", expected).groups()
    out = subprocess.run([sys.executable, "-c", MEMORY, expression], capture_output=True, text=True, check=True)
    found, peak = map(int, out.stdout.split())
    assert found == int(count) and peak < int(limit), f"{found} mentions, peak {peak} MB"


def _loaded(damage, expected, tmp_path, monkeypatch):
    """A damaged copy, every table loaded as records: one of them names what is wrong."""
    folder = tmp_path / "datasets"
    shutil.copytree(DATASETS, folder)
    DAMAGE[damage](folder)
    monkeypatch.setattr(_paths, "data_dir", lambda: folder)
    errors = []
    for name in td.datasets():
        try:
            td.records(name)
        except td.DataFileError as error:
            errors.append(str(error))
    assert any(expected in e for e in errors), errors


RUNNERS = {"shell": _shell, "python": _python, "memory": _memory, "loaded": _loaded}


def test_every_test_the_table_names_exists():
    """The second table of docs/bad-inputs.md names a test for each case: each is defined."""
    text = (ROOT / "docs/bad-inputs.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`(test_\w+\.py)::(test_\w+)`", text))
    assert len(named) >= 10
    for module, test in named:
        assert f"def {test}(" in (ROOT / "tests" / module).read_text(encoding="utf-8"), f"{module}::{test}"
