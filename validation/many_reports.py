"""Packages of many reports, for measuring and testing the explorer.

    python validation/many_reports.py OUT [--copies 50] [--from DIR]      this report, N times
    python validation/many_reports.py OUT --extract [--copies 50]         the corpus through `extract`

`many_reports`: this package's tables copied N times with document_ids r01..rNN (rows whose answers the
tests know); tables with a document_id column get one copy per report, the shared catalogues
(indicators, indicator_summary, project_summary) are kept once; each copy's text is `text-<id>.txt`.
`extracted_reports`: N reports of the corpus (its twelve files in turn, ids r01..rNN) written by
`tongzhou-data extract`, as a user's package of other reports would be.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def copy_table(source: Path, name: str, ids: list[str]) -> object:
    """Table `name` of `source` with one copy per document id (or as it is, without a document_id)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(source / f"{name}.parquet")
    if "document_id" not in table.column_names:
        return table
    index = table.column_names.index("document_id")
    copies = [table.set_column(index, "document_id", pa.array([i] * table.num_rows, pa.string())) for i in ids]
    return pa.concat_tables(copies)


def many_reports(out: Path, copies: int = 50, source: Path = ROOT / "datasets") -> Path:
    """Write a package of `copies` reports into `out` (made if missing); return its descriptor's path."""
    import pyarrow.parquet as pq

    from tongzhou_data.package_format import text_file
    from tongzhou_data.publish import arrow_schema, integrity
    from tongzhou_data.publish.files import text_resource

    descriptor = json.loads((source / "datapackage.json").read_text(encoding="utf-8"))
    ids = [f"r{n:02d}" for n in range(1, copies + 1)]
    out.mkdir(parents=True, exist_ok=True)
    resources = []
    for resource in descriptor["resources"]:
        if resource["format"] != "parquet":
            continue
        name = resource["name"].removesuffix("-parquet")
        table = copy_table(source, name, ids).cast(arrow_schema(resource["schema"]))  # not-null flags too
        pq.write_table(table, out / resource["path"])
        resources.append({**resource, **integrity(out / resource["path"])})
    text = (source / "text.txt").read_bytes()
    for i in ids:
        (out / text_file(i, len(ids))).write_bytes(text)
        resources.append(text_resource(out, i, len(ids)))
    descriptor = {**descriptor, "name": f"many-reports-{copies}", "resources": resources}
    path = out / "datapackage.json"
    path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def extracted_reports(out: Path, count: int = 50, corpus: Path = ROOT / "tests/fixtures/corpus") -> Path:
    """Write the package of `count` corpus reports (ids r01..rNN) that `extract` makes into `out`."""
    import shutil
    import tempfile

    from tongzhou_data.publish import reports_package as rp

    files = sorted(corpus.glob("*-20*.md"))
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        inputs = []
        for n in range(count):
            inputs.append(Path(folder) / f"r{n + 1:02d}.md")
            shutil.copyfile(files[n % len(files)], inputs[-1])
        rp.write_reports(out, rp.read_each(rp.sources(inputs), rp.Years(), os.cpu_count() or 1))
    return out / "datapackage.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--from", dest="source", type=Path, default=ROOT / "datasets")
    parser.add_argument("--extract", action="store_true", help="the corpus through extract, not this report")
    args = parser.parse_args()
    made = (
        extracted_reports(args.out, args.copies) if args.extract else many_reports(args.out, args.copies, args.source)
    )
    print(f"wrote {made}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
