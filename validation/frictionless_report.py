"""Validate the published package as CI and portals would: frictionless over the descriptor, then the
project's own engine (`tongzhou_data.checks`: sizes, hashes, cells, Parquet twins, keys, foreign keys,
ordered columns and offsets into the working text), which portals do not run.

    python validation/frictionless_report.py [DATASETS_DIR]

Exits 0 when everything is valid, 1 otherwise, printing one line per problem.
"""

from __future__ import annotations

import sys
from pathlib import Path

import frictionless

from tongzhou_data.checks.folder import validate_folder


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "datasets"
    report = frictionless.validate(str(folder / "datapackage.json"))
    problems = [" ".join(str(x) for x in row) for row in report.flatten(["taskName", "rowNumber", "fieldName", "note"])]
    counts, found = validate_folder(folder)
    problems += [f"[{p.code}] {p.message}" for p in found]
    for name, count in counts.items():
        print(f"{name}: {count} rows")
    verdict = "valid" if report.valid else "INVALID"
    print(f"frictionless: {verdict}; problems in all: {len(problems)}")
    for problem in problems:
        print(f"  {problem}")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
