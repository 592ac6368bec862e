"""One table's CSV and Parquet files written a batch of rows at a time, as `extract` hands over each report's
rows: memory holds the rows not yet in a Parquet row group, as Arrow columns, never the whole table. The
files are those `files.write_package` writes for the same rows (the CSV byte for byte; the Parquet in row
groups of ROW_GROUP rows)."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..package_format import arrow_schema
from .files import arrow_columns, columns_of, csv_text, csv_writer, integrity_entry

ROW_GROUP = 131_072  # rows a Parquet row group holds (DuckDB and Spark read groups of 100,000 and more well)


@dataclass(frozen=True)
class Encoded:
    """Rows of one table as its two files hold them: canonical CSV lines (UTF-8, as written) and an Arrow
    table. A worker makes them, so that the process writing the files only appends (and pickles no row
    dicts, and no text it would encode again)."""

    csv: bytes
    arrow: Any
    rows: int


def encoded(rows: Sequence[Mapping[str, Any]], fields: Sequence[str], schema: Any) -> Encoded:
    """`rows` encoded for the files of a table of `fields` and Arrow `schema`."""
    columns = columns_of(rows, fields)
    return Encoded(csv_text(columns, fields).encode("utf-8"), arrow_columns(columns, schema), len(rows))


class TableStream:
    """`NAME.csv` and `NAME.parquet` in a folder, open for appending rows; `close` ends both files."""

    def __init__(self, folder: Path, name: str, schema: Mapping[str, Any]) -> None:
        import pyarrow.parquet as pq

        self.fields = [f["name"] for f in schema["fields"]]
        self.schema = arrow_schema(schema)
        self.rows = 0
        self._csv = (folder / f"{name}.csv").open("wb")
        self._digest, self._bytes = hashlib.sha256(), 0  # of the CSV, as its bytes are written
        header = io.StringIO()
        csv_writer(header).writerow(self.fields)
        self._write_csv(header.getvalue().encode("utf-8"))
        self._parquet = pq.ParquetWriter(folder / f"{name}.parquet", self.schema, compression="zstd")
        self._pending: list[Any] = []  # Arrow tables not yet written
        self._pending_rows = 0

    def add_encoded(self, rows: Encoded) -> None:
        """Append rows encoded (`encoded`) for this table's fields and schema to both files (to the
        Parquet once a row group's worth is pending)."""
        if not rows.rows:
            return
        self._write_csv(rows.csv)
        self._pending.append(rows.arrow)
        self._pending_rows += rows.rows
        self.rows += rows.rows
        if self._pending_rows >= ROW_GROUP:
            self._flush()

    def _write_csv(self, data: bytes) -> None:
        self._digest.update(data)
        self._bytes += len(data)
        self._csv.write(data)

    def csv_integrity(self) -> dict[str, Any]:
        """The CSV file's `bytes` and sha256 `hash`, of the bytes written to it."""
        return integrity_entry(self._bytes, self._digest.hexdigest())

    def _flush(self) -> None:
        import pyarrow as pa

        if self._pending or not self.rows:  # an empty table is one empty row group, as write_table writes it
            table = pa.concat_tables(self._pending) if self._pending else self.schema.empty_table()
            self._parquet.write_table(table, row_group_size=ROW_GROUP)
        self._pending, self._pending_rows = [], 0

    def close(self) -> None:
        """Write what is pending and close both files."""
        self._flush()
        self._parquet.close()
        self._csv.close()
