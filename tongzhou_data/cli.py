"""The `tongzhou-data` command (also `python -m tongzhou_data`): a summary of every shipped table."""

from __future__ import annotations

import argparse
import sys

from . import __version__, datasets, load


def summary() -> str:
    """One block per table: its rows, its columns, and the first row's values."""
    blocks = []
    for name in datasets():
        table = load(name)
        first = table.slice(0, 1).to_pylist()[0] if table.num_rows else {}
        lines = [f"{name}: {table.num_rows} rows x {table.num_columns} columns"]
        for field in table.schema:
            sample = str(first.get(field.name, ""))
            sample = sample if len(sample) <= 40 else sample[:39] + "…"
            lines.append(f"  {field.name:<22} {field.type!s:<8} {sample}")
        blocks.append("\n".join(lines))
    return f"tongzhou-data {__version__}\n\n" + "\n\n".join(blocks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tongzhou-data", description=__doc__)
    parser.add_argument("--version", action="version", version=f"tongzhou-data {__version__}")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("summary", help="rows, columns and a sample of every table (the default)")
    args = parser.parse_args(argv)
    if args.command in (None, "summary"):
        print(summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
