"""`tongzhou-data extract` and `tongzhou-data review`: any reports of the genre, read by the parser."""

from __future__ import annotations

import csv
import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from tongzhou_data.checks.folder import validate_folder
from tongzhou_data.cli import main

CORPUS = Path(__file__).parent / "fixtures/corpus"


def copy(tmp_path: Path, *names: str) -> list[Path]:
    out = []
    for name in names:
        shutil.copyfile(CORPUS / f"{name}.md", tmp_path / f"{name}.md")
        out.append(tmp_path / f"{name}.md")
    return out


def test_two_reports_make_one_valid_package(tmp_path, capsys):
    files = copy(tmp_path, "tianjin-2026", "hebei-2025")
    assert main(["extract", *map(str, files), "--to", str(tmp_path / "out"), "--jobs", "2"]) == 0
    counts, problems = validate_folder(tmp_path / "out")
    assert problems.messages() == []
    assert counts["documents"] == 2 and counts["targets"] > 200 and counts["projects"] > 50
    descriptor = json.loads((tmp_path / "out/datapackage.json").read_text(encoding="utf-8"))
    texts = sorted(r["path"] for r in descriptor["resources"] if r["format"] == "txt")
    assert texts == ["text-hebei-2025.txt", "text-tianjin-2026.txt"]
    assert (tmp_path / "out/text-tianjin-2026.txt").read_text(encoding="utf-8") == files[0].read_text(encoding="utf-8")
    assert "2 of 2 reports written, valid" in capsys.readouterr().out


def test_the_checks_made_as_rows_are_written_are_validates(tmp_path):
    """A package's rows checked as `extract` writes them (`checks.written`) show the problems `validate`
    finds reading the files back: a range upside down, a key twice, a reference to nothing, a quote that
    is not the text at its offsets, and a cell out of its field's range."""
    from tongzhou_data.checks.written import is_clean
    from tongzhou_data.publish import reports_package as rp

    (a, b) = copy(tmp_path, "tianjin-2026", "hebei-2025")
    outcomes = [rp.read_report(source) for source in rp.sources([a, b])]
    batch = outcomes[1].batch
    assert batch is not None
    targets = batch.encoded["targets"].arrow.to_pylist()
    first = next(r for r in targets if r["value"] is not None)
    first["value_max"] = first["value"]  # value < value_max broken
    targets[1]["target_id"] = targets[2]["target_id"]  # a primary key twice
    targets[3]["section_id"] = "nowhere"  # a foreign key to nothing
    targets[4]["quote"] = "不是原文"  # a quote that is not the text at its offsets
    targets[5]["char_start"] = -1  # below the field's minimum
    chunk = rp._encoded("targets", targets)
    assert "targets" in batch.clean and not is_clean("targets", chunk, {"hebei-2025": outcomes[1].text})
    encoded = {**batch.encoded, "targets": chunk}
    outcomes[1].batch = dataclasses.replace(
        batch, encoded=encoded, clean=batch.clean - {"targets"}
    )  # as a worker would
    written = rp.write_reports(_made(tmp_path / "out"), outcomes)
    _, problems = validate_folder(tmp_path / "out")
    assert len(problems) >= 5
    assert sorted(written.problems.messages()) == sorted(problems.messages())
    assert {p.code for p in written.problems} >= {"order", "primary-key", "foreign-key", "span-text", "minimum"}


def test_keys_are_checked_across_reports_as_rows_are_written(tmp_path):
    """Rows that break no rule alone (their keys checked in the writer only) still break the keys across
    reports: one report written twice under one id repeats every primary key, as `validate` says."""
    from tongzhou_data.publish import reports_package as rp

    (a,) = copy(tmp_path, "tianjin-2026")
    outcomes = [rp.read_report(rp.Source(a, "same")) for _ in range(2)]
    assert all(o.batch and o.batch.clean >= {"sections", "targets", "projects"} for o in outcomes)
    written = rp.write_reports(_made(tmp_path / "out"), outcomes)
    _, problems = validate_folder(tmp_path / "out")
    keys = [m for m in written.problems.messages() if "duplicate primary key" in m]
    assert len(keys) > 100 and set(written.problems.messages()) <= set(problems.messages())
    assert keys == [m for m in problems.messages() if "duplicate primary key" in m]


def _made(folder: Path) -> Path:
    folder.mkdir()
    return folder


def test_one_report_has_text_txt_and_its_id_from_the_option(tmp_path):
    (file,) = copy(tmp_path, "baoding-2024")
    assert main(["extract", str(file), "--to", str(tmp_path / "out"), "--id", "bd-2024"]) == 0
    with (tmp_path / "out/documents.csv").open(encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["document_id"], row["delivered_on"], row["speaker"]) == ("bd-2024", "2024-01-29", "闫继红")
    assert (tmp_path / "out/text.txt").exists()


def test_a_key_a_report_repeats_costs_its_repeats_not_the_package(tmp_path, capsys):
    """A report whose glossary is printed twice (each copy numbered from t01) keeps its first copy's rows: the
    repeats are set aside and named, and the package of it and another report is written, valid (it was
    refused whole, for one report's duplicate keys)."""
    seed = Path(__file__).resolve().parent.parent / "seeds/000_045d13b3e487b0b7.txt"
    text = seed.read_text(encoding="utf-8")
    twice = tmp_path / "tongzhou-2026.txt"
    twice.write_text(text + "\n" + text[text.index("名词解释") :], encoding="utf-8")
    assert main(["extract", str(twice), str(CORPUS / "tianjin-2026.md"), "--to", str(tmp_path / "out")]) == 0
    captured = capsys.readouterr()
    assert "2 of 2 reports written, valid" in captured.out
    assert "a row set aside, terms 't01': its key repeats an earlier row's" in captured.err
    with (tmp_path / "out/terms.csv").open(encoding="utf-8") as handle:
        ids = [(r["document_id"], r["term_id"]) for r in csv.DictReader(handle)]
    assert len(ids) == len(set(ids)) and ("tongzhou-2026", "t28") in ids
    assert not validate_folder(tmp_path / "out")[1]


def test_a_report_that_fails_is_named_and_the_others_are_written(tmp_path, capsys):
    good = copy(tmp_path, "tianjin-2026")[0]
    bad = tmp_path / "broken.md"
    bad.write_bytes("各位代表：\n".encode() + b"\xff\xfe not utf-8")
    assert main(["extract", str(good), str(bad), "--to", str(tmp_path / "out")]) == 1
    captured = capsys.readouterr()
    assert "broken.md: cannot be read as UTF-8 text" in captured.err
    assert "1 of 2 reports written, valid" in captured.out
    assert validate_folder(tmp_path / "out")[1].messages() == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["报告.md"], "its name gives no document id"),
        (["a.md", "b.md", "--id", "one"], "1 --id for 2 files"),
        (["a.md", "--id", "Not An Id"], "a document id is letters a-z"),
        (["x/a.md", "y/a.md"], "both have the id 'a'"),
    ],
)
def test_bad_ids_are_refused_in_one_line(tmp_path, capsys, args, message):
    assert main(["extract", *args, "--to", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_files_already_there_are_kept_unless_forced(tmp_path, capsys):
    (file,) = copy(tmp_path, "hebei-2025")
    out = tmp_path / "out"
    out.mkdir()
    (out / "targets.csv").write_text("mine\n", encoding="utf-8")
    assert main(["extract", str(file), "--to", str(out)]) == 2
    assert "already holds targets.csv" in capsys.readouterr().err
    assert (out / "targets.csv").read_text(encoding="utf-8") == "mine\n"
    assert main(["extract", str(file), "--to", str(out), "--force"]) == 0


def test_review_sheets_anchor_every_row_once_in_the_text(tmp_path):
    (file,) = copy(tmp_path, "tianjin-2026")
    assert main(["review", str(file), "--to", str(tmp_path / "sheets")]) == 0
    text = file.read_text(encoding="utf-8")
    body = text[text.index("各位代表：") :]
    for sheet, inner in (("targets", "token"), ("projects", "name"), ("skipped", "token")):
        with (tmp_path / f"sheets/tianjin-2026.{sheet}.csv").open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert rows, sheet
        for row in rows:
            assert body.count(row["context"]) == 1 and row[inner] in row["context"], (sheet, row)
    with (tmp_path / "sheets/tianjin-2026.periods.csv").open(encoding="utf-8") as handle:
        periods = [(r["kind"], r["period_start"], r["period_end"]) for r in csv.DictReader(handle)]
    assert periods == [
        ("achieved", "2025", "2025"),
        ("achieved", "2021", "2025"),
        ("target", "2026", "2030"),
        ("target", "2026", "2026"),
    ]


def test_the_explorer_shows_a_package_that_extract_wrote(tmp_path):
    pytest.importorskip("altair", reason="explore needs the [explore] extra")
    from tongzhou_data.publish.explorer import write

    files = copy(tmp_path, "tianjin-2026", "hangzhou-2025")
    assert main(["extract", *map(str, files), "--to", str(tmp_path / "out")]) == 0
    page = write(tmp_path / "reports.html", tmp_path / "out").read_text(encoding="utf-8")
    with (tmp_path / "out/targets.csv").open(encoding="utf-8") as handle:
        targets = list(csv.DictReader(handle))
    page = page.replace('\\"', '"')  # the texts of a package of several reports are JSON in the page
    assert page.count('data-type="target" data-id=') == len(targets)
    assert 'data-document="hangzhou-2025"' in page and 'data-document="tianjin-2026"' in page


def test_a_year_given_fills_in_only_where_the_report_gives_none(tmp_path):
    (file,) = copy(tmp_path, "beijing-2023")  # delivered 2023-01-15: its own year stands
    assert main(["extract", str(file), "--to", str(tmp_path / "out"), "--year", "2026"]) == 0
    with (tmp_path / "out/targets.csv").open(encoding="utf-8") as handle:
        years = {int(r["period_end"]) for r in csv.DictReader(handle)}
    assert max(years) <= 2027 and 2023 in years  # 今后五年 (2023-2027) at most; nothing of 2026


def test_crlf_a_byte_order_mark_and_bookmarks_read_as_the_plain_text(tmp_path):
    plain = (CORPUS / "hebei-2025.md").read_bytes()
    (tmp_path / "plain.md").write_bytes(plain)
    (tmp_path / "windows.md").write_bytes(b"\xef\xbb\xbf" + plain.replace(b"\n", b"\r\n"))
    for name in ("plain", "windows"):
        assert main(["extract", str(tmp_path / f"{name}.md"), "--id", "r", "--to", str(tmp_path / name)]) == 0
    for table in ("sections", "targets", "projects"):
        assert (tmp_path / f"plain/{table}.csv").read_bytes() == (tmp_path / f"windows/{table}.csv").read_bytes()


def test_a_section_heading_on_a_line_of_its_own_is_a_section(tmp_path):
    (file,) = copy(tmp_path, "beijing-2023")  # （一）…, （二）… stand alone on their lines there
    assert main(["extract", str(file), "--to", str(tmp_path / "out")]) == 0
    with (tmp_path / "out/sections.csv").open(encoding="utf-8") as handle:
        levels = [r["level"] for r in csv.DictReader(handle)]
    assert levels.count("3") >= 10


def test_a_term_mentioned_before_the_first_heading_still_gives_a_valid_package(tmp_path):
    text = "各位代表：\n“百千工程”开局良好。\n\n一、2025年工作回顾\n\n推进“百千工程”，新增就业2万人。\n\n名词解释\n\n1.“百千工程”：百村示范、千村振兴。\n"
    (tmp_path / "r.md").write_text(text, encoding="utf-8")
    assert main(["extract", str(tmp_path / "r.md"), "--year", "2026", "--to", str(tmp_path / "out")]) == 0
    assert validate_folder(tmp_path / "out")[1].messages() == []


def test_an_impossible_date_is_no_date():
    from tongzhou_data.extract.documents import read_meta

    assert read_meta("——2026年2月30日在某区人民代表大会上\n各位代表：\n").delivered_on is None


def test_a_row_no_table_can_hold_is_set_aside_and_its_report_kept(tmp_path, capsys):
    """A number of 400 digits (no finite float) loses only its own row, named on stderr, and the package is
    valid; a code (747-400) is no backward range but a name the parser sets aside."""
    good, other = copy(tmp_path, "tianjin-2026", "hebei-2025")
    text = good.read_text(encoding="utf-8")
    at = text.index("增长", text.index("2025年"))
    odd = tmp_path / "odd.md"
    odd.write_text(text[:at] + "增长" + "7" * 400 + "%，新增波音747-400飞机5架，" + text[at:], encoding="utf-8")
    assert main(["extract", str(odd), str(other), "--to", str(tmp_path / "out")]) == 0
    captured = capsys.readouterr()
    warnings = captured.err.splitlines()
    assert (
        f"tongzhou-data: warning: {odd}: a row set aside, '{'7' * 40}'… (401 characters): value: Input should be a finite number"
        in warnings
    )
    assert not any("747" in w for w in warnings), warnings
    assert "set aside (no row can hold them; named on stderr): 1" in captured.out
    counts, problems = validate_folder(tmp_path / "out")
    assert problems == [] and counts["documents"] == 2
    with (tmp_path / "out/targets.csv").open(encoding="utf-8") as handle:
        numbers = [r["number_text"] for r in csv.DictReader(handle) if r["document_id"] == "odd"]
    assert "747" not in numbers and not any(len(n) > 100 for n in numbers) and len(numbers) > 100


def test_an_invalid_package_is_not_written(tmp_path, capsys, monkeypatch):
    from tongzhou_data.publish import reports_package

    (good,) = copy(tmp_path, "tianjin-2026")
    real = reports_package.write_reports

    def damaged(out, outcomes):
        written = real(out, outcomes)
        (out / "targets.csv").write_bytes(b"damaged")
        return written

    monkeypatch.setattr(reports_package, "write_reports", damaged)
    assert main(["extract", str(good), "--to", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"tongzhou-data: error: {tmp_path / 'out'}: not written, the package would not be valid: ")
    assert err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tianjin-2026.md"]


def test_the_readme_example_of_many_reports_is_what_extract_prints(tmp_path):
    """The console block under "Many reports as one package" in the README, run as written."""
    import re
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Many reports as one package") :]
    block = re.search(r"```console\n\$ (.+?)\n(.*?)```", section, re.S)
    command, expected = block.group(1), block.group(2)
    (tmp_path / "tests").symlink_to(root / "tests")
    args = command.split()[1:]
    done = subprocess.run([sys.executable, "-m", "tongzhou_data", *args], cwd=tmp_path, capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (0, expected)


NO_YEAR = (
    "各位代表：\n\n一、过去一年工作回顾\n\n全市地区生产总值增长5.2%。\n\n二、今年工作安排\n\n地区生产总值增长5%左右。\n"
)


def _period_ends(folder: Path) -> set[int]:
    with (folder / "targets.csv").open(encoding="utf-8") as handle:
        return {int(r["period_end"]) for r in csv.DictReader(handle)}


def test_a_year_for_one_file_overrides_what_it_states(tmp_path):
    (file,) = copy(tmp_path, "beijing-2023")  # delivered 2023-01-15
    assert main(["extract", str(file), "--to", str(tmp_path / "out"), "--year", "beijing-2023.md=2026"]) == 0
    assert 2026 in _period_ends(tmp_path / "out") and 2023 not in _period_ends(tmp_path / "out")


def test_years_per_file_from_a_csv(tmp_path):
    (tmp_path / "a.md").write_text(NO_YEAR, encoding="utf-8")
    (tmp_path / "b.md").write_text(NO_YEAR, encoding="utf-8")
    (tmp_path / "years.csv").write_text("file,year\na.md,2024\nb.md,2025\n", encoding="utf-8")
    files = [str(tmp_path / "a.md"), str(tmp_path / "b.md")]
    assert main(["extract", *files, "--year", str(tmp_path / "years.csv"), "--to", str(tmp_path / "out")]) == 0
    with (tmp_path / "out/targets.csv").open(encoding="utf-8") as handle:
        kinds = {(r["document_id"], r["kind"], r["period_end"]) for r in csv.DictReader(handle)}
    assert kinds == {
        ("a", "achieved", "2023"),
        ("a", "target", "2024"),
        ("b", "achieved", "2024"),
        ("b", "target", "2025"),
    }


def test_a_report_that_states_no_year_is_named_and_fails_unless_given_one(tmp_path, capsys):
    (tmp_path / "r.md").write_text(NO_YEAR, encoding="utf-8")
    assert main(["extract", str(tmp_path / "r.md"), "--to", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "r.md" in err and "no year" in err and "--year FILE=YEAR" in err
    assert main(["extract", str(tmp_path / "r.md"), "--to", str(tmp_path / "two"), "--year", "r.md=2026"]) == 0


def test_a_year_for_a_file_not_given_is_refused(tmp_path, capsys):
    (file,) = copy(tmp_path, "hebei-2025")
    assert main(["extract", str(file), "--to", str(tmp_path / "out"), "--year", "other.md=2026"]) == 2
    assert "other.md" in capsys.readouterr().err and not (tmp_path / "out").exists()


def test_a_year_for_a_file_named_by_a_relative_path(tmp_path, monkeypatch):
    (tmp_path / "x").mkdir()
    (tmp_path / "x/a.md").write_text(NO_YEAR, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "./x/a.md", "--to", "out", "--year", "./x/a.md=2024"]) == 0
    assert 2024 in _period_ends(tmp_path / "out")


def test_a_folder_is_read_with_its_subfolders_and_a_list_names_files_beside_it(tmp_path, capsys):
    (tmp_path / "in/sub").mkdir(parents=True)
    shutil.copyfile(CORPUS / "tianjin-2026.md", tmp_path / "in/tianjin-2026.md")
    shutil.copyfile(CORPUS / "hebei-2025.md", tmp_path / "in/sub/hebei-2025.md")
    (tmp_path / "in/sub/notes.csv").write_text("not a report\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "in"), "--to", str(tmp_path / "a")]) == 0
    (tmp_path / "list.txt").write_text("# two reports\nin/sub/hebei-2025.md\n\nin/tianjin-2026.md\n", encoding="utf-8")
    assert main(["extract", "--from-list", str(tmp_path / "list.txt"), "--to", str(tmp_path / "b")]) == 0
    for out in ("a", "b"):
        assert validate_folder(tmp_path / out)[0]["documents"] == 2
    assert capsys.readouterr().out.count("2 of 2 reports written, valid") == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["empty"], "a folder with no .md or .txt file in it"),
        ([], "no report given"),
        (["--from-list", "missing.txt"], "cannot be read"),
    ],
)
def test_no_report_to_read_is_one_line(tmp_path, capsys, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    assert main(["extract", *args, "--to", "out"]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1 and not (tmp_path / "out").exists()


def test_the_progress_line_counts_and_estimates_the_time_left():
    from tongzhou_data.cli import progress_line

    assert progress_line(120, 3004, 12.0, "anhui-2023.md").startswith(
        "extract: 120/3004 (3%), 0:12 so far, about 4:48 left  anhui-2023.md"
    )
    assert "about 0:00 left" in progress_line(5, 5, 3725.0, "x.md") and "1:02:05 so far" in progress_line(
        5, 5, 3725.0, "x.md"
    )


def test_batches_keep_the_order_are_bounded_and_shrink_towards_the_end():
    """Every report once, in order; no batch over BATCH; a few files give every worker one; many give
    full batches first and small ones last, so that no worker waits long for the last batch."""
    from tongzhou_data.publish.reports_package import BATCH, FEW, batched

    for count, jobs in ((1, 1), (3, 2), (10, 4), (100, 1), (704, 2), (3004, 2)):
        batches = batched(list(range(count)), jobs)
        assert [x for b in batches for x in b] == list(range(count))
        assert max(map(len, batches)) <= BATCH
        assert len(batches) >= min(count, jobs)
    sizes = [len(b) for b in batched(list(range(3004)), 2)]
    assert sizes[0] == BATCH and min(sizes[:-1]) == FEW >= sizes[-1] and sizes == sorted(sizes, reverse=True)


def test_a_row_the_models_refuse_costs_its_row_not_its_report(monkeypatch):
    """Rows are made unvalidated first (`table_rows.made_by`): a parser bug that gives a row a value its model
    refuses (a measure outside the vocabulary, where the row's own catalogue entry is made from it) still sets
    aside that row alone, with the model's reason, as the validated rows do, and the report is kept."""
    import dataclasses

    import tongzhou_data.table_rows as table_rows
    from tongzhou_data.publish import reports_package as rp

    parse = table_rows.report

    def buggy(text: str, **kwargs: object):  # type: ignore[no-untyped-def]
        parsed = parse(text, **kwargs)
        targets = list(parsed.targets)
        at = next(i for i, t in enumerate(targets) if t.kind is not None and t.period_start is not None)
        targets[at] = dataclasses.replace(targets[at], indicator_id=None, measure="bogus")
        return dataclasses.replace(parsed, targets=targets)

    monkeypatch.setattr(table_rows, "report", buggy)
    source = rp.Source(CORPUS / "hebei-2025.md", "hebei-2025")
    checked = rp._read_rows(source, rp.Years(), "utf-8")
    (outcome,) = rp.read_batch([source])
    assert checked.error is None and checked.set_aside == 1
    assert outcome.error is None and outcome.warnings == checked.warnings
    assert outcome.batch is not None and outcome.batch.encoded["targets"].rows == len(checked.rows["targets"])
