"""A problem found by a check, and the collector that every check adds to (frictionless-style: one check
per rule, typed results, nothing raised and caught). Every code is one of the closed catalogue `CODES`,
each with its meaning; `row` is always the 1-based number of a data row in its table (the header not
counted), and `line` the line of a CSV file where that row starts. Notices (a stray file beside a
package) are kept apart: they are said, and do not make a package invalid."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, get_args

Code = Literal[
    "descriptor", "pattern-untrusted", "path", "missing-file", "unlisted-file", "integrity", "bytes", "hash",
    "installed-record", "encoding", "bom", "csv", "header", "row-length", "required", "type", "enum", "pattern",
    "minimum", "maximum", "minLength", "maxLength", "parquet", "parquet-columns", "parquet-rows", "length",
    "primary-key", "unique", "foreign-key", "span", "span-text", "span-inside", "order",
]  # fmt: skip
CODES: dict[Code, str] = {
    "descriptor": "the descriptor lacks a resource, names one twice or one not of this package, or a key names nothing",
    "pattern-untrusted": "a field's pattern is not one of the package's own, so it is not run",
    "path": "a resource path that is not a regular file directly inside the folder; it is never opened",
    "missing-file": "a file the descriptor or a documents row names is not in the folder, or cannot be read",
    "unlisted-file": "a file the descriptor does not list (a notice unless named like a table or text)",
    "integrity": "a resource gives no bytes and sha256 hash",
    "bytes": "a file's size is not the one the descriptor gives",
    "hash": "a file's sha256 is not the one the descriptor (or documents.text_sha256) gives",
    "installed-record": "an installed file differs from pip's record of the wheel",
    "encoding": "a file is not UTF-8",
    "bom": "a CSV starts with a byte-order mark",
    "csv": "a CSV file cannot be read as CSV",
    "header": "a CSV's header is not its schema's fields",
    "row-length": "a CSV row has another count of cells than the header",
    "required": "a required cell is empty",
    "type": "a cell is not of its field's type",
    "enum": "a cell is not one of its field's values",
    "pattern": "a cell does not match its field's pattern",
    "minimum": "a cell is below its field's minimum",
    "maximum": "a cell is above its field's maximum",
    "minLength": "a cell is shorter than its field allows",
    "maxLength": "a cell is longer than its field allows",
    "parquet": "a Parquet file cannot be read",
    "parquet-columns": "a Parquet file's columns are not its schema's",
    "parquet-rows": "a Parquet file's rows are not its CSV twin's",
    "length": "a working text's length is not documents.char_count",
    "primary-key": "a primary key is given twice",
    "unique": "a unique field holds a value twice",
    "foreign-key": "a foreign key's values are not in the table it references",
    "span": "offsets that are not a span inside the working text",
    "span-text": "the text between offsets is not the row's verbatim column",
    "span-inside": "a span that is not inside its enclosing span",
    "order": "two ordered columns out of order (value not below value_max, a period ending before it starts)",
}  # fmt: skip

LONGEST = 400  # characters of one problem line: a stranger's file must not fill a terminal or a log


@dataclass(frozen=True)
class Problem:
    """What is wrong (`code`, one of `CODES`, stable for programs; `message`, one line for people) and
    where: the table, the data row (1-based), the field, and the CSV line where the row starts."""

    code: Code
    message: str
    table: str | None = None
    row: int | None = None
    field: str | None = None
    line: int | None = None

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"problem code {self.code!r} is not in the catalogue (checks/problems.py CODES)")

    def __str__(self) -> str:
        return self.message


class Problems(list[Problem]):
    """The problems found so far, in the order found; `notices` beside them."""

    def __init__(self, found: Iterable[Problem] = ()) -> None:
        super().__init__(found)
        self.notices: list[Problem] = []

    def add(
        self,
        code: Code,
        message: str,
        table: str | None = None,
        row: int | None = None,
        field: str | None = None,
        line: int | None = None,
    ) -> None:
        self.append(Problem(code, one_line(message), table, row, field, line))

    def notice(self, code: Code, message: str) -> None:
        """Something worth saying that does not make the package invalid."""
        self.notices.append(Problem(code, one_line(message)))

    def messages(self) -> list[str]:
        """Each distinct message once, in order."""
        return list(dict.fromkeys(p.message for p in self))


def one_line(message: str, limit: int = LONGEST) -> str:
    """`message` on one line, cut to `limit` characters, with control and format characters (a terminal's
    escape sequences, a right-to-left override) written as escapes, so that no file can rewrite a terminal."""
    flat = " ".join(message.split())
    flat = flat if len(flat) <= limit else flat[: limit - 1] + "…"
    return "".join(c if unicodedata.category(c) not in ("Cc", "Cf") else ascii(c)[1:-1] for c in flat)


def shown_name(name: str) -> str:
    """A file name as a message shows it: as it is, or quoted where spaces or invisible characters would
    make it read as another."""
    return name if name == name.strip() and name.isprintable() else repr(name)


def excerpt(text: str, limit: int = 40) -> str:
    """A cell as a problem line shows it: quoted, and cut to `limit` characters with its length said."""
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit]!r}… ({len(text):,} characters)"


def excerpt_of(text: str, start: int, end: int, limit: int = 40) -> str:
    """`excerpt(text[start:end])`, without copying more of a long text than it shows."""
    if end - start <= limit:
        return repr(text[start:end])
    return f"{text[start : start + limit]!r}… ({end - start:,} characters)"


def counted(count: int, noun: str) -> str:
    """'1 row', '2 rows', '1 problem'."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


assert set(get_args(Code)) == set(CODES), "every code has its meaning, and only these"
