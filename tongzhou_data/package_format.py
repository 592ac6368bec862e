"""The package format, shared by what writes packages (`publish`) and what checks them (`checks`), so that
neither imports the other: the file names of tables and working texts, the working text's resource, a
value's canonical CSV text, and the Arrow type of each Table Schema field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from ._tables import PACKAGE_NAMES as NAMES
from .schemas import FIELD_TYPES

FORMATS = ("csv", "parquet")

TEXT_RESOURCE = {
    "name": "text",
    "type": "text",
    "title": "工作文本（报告原文去除书签标记）",
    "description": "The working text: the source report with its bookmark markers removed, nothing else changed. "
    "Every offset in every table is a 0-based, end-exclusive count of Unicode code points into it.",
    "path": "text.txt",
    "format": "txt",
    "mediatype": "text/plain",
    "encoding": "utf-8",
}


def text_file(document_id: str, documents: int) -> str:
    """The file of a document's working text: `text.txt` in a package of one document, `text-ID.txt` in a
    package of several (one per `documents` row)."""
    return TEXT_RESOURCE["path"] if documents == 1 else f"text-{document_id}.txt"


def package_file(name: str) -> bool:
    """Whether a file name is one a package of this kind uses for a table (NAME.csv, NAME.parquet) or a
    working text (text.txt, text-ID.txt): such a file beside a package that does not list it is a problem."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        return False
    if suffix in FORMATS:
        return stem in NAMES
    return suffix == "txt" and (stem == "text" or stem.startswith("text-"))


def csv_cell(value: Any) -> str:
    """One value as its canonical CSV text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, (dt.date, int, str)):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    raise TypeError(f"cannot write {type(value).__name__} {value!r} to CSV")


def number_text(value: float) -> str:
    """A float as plain decimal text that reads back as a float: always a point and a digit after it
    (`2.0`, not `2`), so that pandas, polars and DuckDB infer a float column, never an exponent: the
    shortest text that reads back as the float (its repr), written out in full where that has an exponent."""
    text = repr(value)
    if "e" not in text and "n" not in text:  # no exponent, and no inf or nan: already so (2.0, 0.1, -0.0)
        return text
    text = format(Decimal(text), "f")
    whole, _, fraction = text.partition(".")
    return f"{whole}.{fraction.rstrip('0') or '0'}"


def arrow_schema(schema: Mapping[str, Any]) -> Any:
    """The pyarrow schema of a Table Schema: same names and order, typed, nullable unless required."""
    import pyarrow as pa

    return pa.schema(
        [
            pa.field(
                f["name"], getattr(pa, FIELD_TYPES[f["type"]].arrow)(), not (f.get("constraints") or {}).get("required")
            )
            for f in schema["fields"]
        ]
    )
