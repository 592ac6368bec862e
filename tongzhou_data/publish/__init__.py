"""Writing the published files: canonical CSV, Parquet, the Data Package descriptor, the data dictionary."""

from ..package_format import FORMATS, arrow_schema, csv_cell
from .files import (
    csv_bytes,
    descriptor,
    integrity,
    json_bytes,
    write_package,
    write_parquet,
)

__all__ = [
    "FORMATS",
    "arrow_schema",
    "csv_bytes",
    "csv_cell",
    "descriptor",
    "integrity",
    "json_bytes",
    "write_package",
    "write_parquet",
]
