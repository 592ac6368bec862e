"""Validate the published package as CI and portals would: frictionless over the descriptor, then the
cross-table checks (keys, foreign keys, offsets into the working text) that portals do not make.

    python validation/validate.py [DATASETS_DIR]

Exits 0 when everything is valid, 1 otherwise, printing one line per problem.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import frictionless
import pyarrow.parquet as pq

from tongzhou_data.checks import rules as checks


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "datasets"
    descriptor_path = folder / "datapackage.json"
    report = frictionless.validate(str(descriptor_path))
    problems = [" ".join(str(x) for x in row) for row in report.flatten(["taskName", "rowNumber", "fieldName", "note"])]
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    schemas = {r["name"]: r["schema"] for r in descriptor["resources"] if r["format"] == "csv"}
    text = (folder / "text.txt").read_text(encoding="utf-8")
    tables = {name: pq.read_table(folder / f"{name}.parquet").to_pylist() for name in schemas}
    problems += checks.check_all(tables, schemas, text)
    for name in schemas:
        print(f"{name}: {len(tables[name])} rows")
    verdict = "valid" if report.valid else "INVALID"
    print(f"frictionless: {verdict}; problems in all: {len(problems)}")
    for problem in problems:
        print(f"  {problem}")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
