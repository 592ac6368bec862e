"""Curated data is refused with the file, the line and the problem."""

from __future__ import annotations

import pytest

from tongzhou_data.build.curated import CurationError, SectionEnd, locate, read_curated

HEADER = "section_id,ends_before,reason\n"


def problems(tmp_path, content: str | bytes) -> list[str]:
    path = tmp_path / "ends.csv"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    with pytest.raises(CurationError) as caught:
        read_curated(path, SectionEnd, "seeds/curated/ends.csv")
    return caught.value.problems


def test_valid_rows_keep_their_line_numbers(tmp_path):
    path = tmp_path / "ends.csv"
    path.write_text(HEADER + "s1.6,过去一年,why\n\ns3.8,各位代表！,why\n", encoding="utf-8")
    rows = read_curated(path, SectionEnd, "x.csv")
    assert [(r.line, r.row.section_id) for r in rows] == [(2, "s1.6"), (4, "s3.8")]
    assert rows[1].where() == "x.csv:4"


def test_bad_value_names_file_line_and_column(tmp_path):
    (problem,) = problems(tmp_path, HEADER + "s1.6,过去一年,why\nsix,过去,why\n")
    assert problem.startswith("seeds/curated/ends.csv:3: column section_id:")
    assert "'six'" in problem


def test_missing_reason(tmp_path):
    (problem,) = problems(tmp_path, HEADER + "s1.6,过去一年,\n")
    assert problem.startswith("seeds/curated/ends.csv:2: column reason: Field required")


def test_wrong_header(tmp_path):
    (problem,) = problems(tmp_path, "section_id,ends,reason\ns1,x,y\n")
    assert "ends.csv:1: header must be section_id,ends_before,reason" in problem
    assert "missing column(s) ['ends_before']" in problem and "unknown column(s) ['ends']" in problem


def test_wrong_cell_count(tmp_path):
    (problem,) = problems(tmp_path, HEADER + "s1,x\n")
    assert problem == "seeds/curated/ends.csv:2: 2 cells, the header has 3"


def test_bom_and_bad_encoding(tmp_path):
    assert "byte-order mark" in problems(tmp_path, b"\xef\xbb\xbf" + HEADER.encode())[0]
    assert problems(tmp_path, HEADER.encode() + b"s1,\xff,why\n")[0].startswith(
        "seeds/curated/ends.csv:2: not valid UTF-8"
    )


def test_every_problem_is_reported_at_once(tmp_path):
    found = problems(tmp_path, HEADER + "bad,x,y\ns1,,y\ns2,x,\n")
    assert [p.split(":")[1] for p in found] == ["2", "3", "4"]


def test_locate_refuses_missing_and_ambiguous_text():
    problems: list[str] = []
    assert locate("abcabc", "bc", 2, 6, "f:1", "quote", problems) == 4 and problems == []
    assert locate("abcabc", "zz", 0, 6, "f:1", "quote", problems) is None
    assert locate("abcabc", "bc", 0, 6, "f:1", "quote", problems) is None
    assert problems == [
        "f:1: quote 'zz' is not in the text between offsets 0 and 6",
        "f:1: quote 'bc' occurs more than once there; quote more words",
    ]
