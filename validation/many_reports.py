"""A package of many reports, for measuring the explorer until `tongzhou-data extract` writes real ones:
this package's tables copied N times with document_ids r01..rNN, each copy's text as texts/<id>.txt.

    python validation/many_reports.py OUT [--copies 50] [--from DIR]

Tables with a document_id column get one copy per report; the shared catalogues (indicators,
indicator_summary, project_summary) are kept once. The descriptor lists the tables as Parquet and one
text resource per document (`text-<id>` → `texts/<id>.txt`), with sizes and hashes. Row ids repeat across
documents, as they may in a package of several reports (they are unique within one).
"""

from __future__ import annotations

import argparse
import json
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

    from tongzhou_data.publish import integrity
    from tongzhou_data.publish.files import TEXT_RESOURCE

    descriptor = json.loads((source / "datapackage.json").read_text(encoding="utf-8"))
    ids = [f"r{n:02d}" for n in range(1, copies + 1)]
    (out / "texts").mkdir(parents=True, exist_ok=True)
    resources = []
    for resource in descriptor["resources"]:
        if resource["format"] != "parquet":
            continue
        name = resource["name"].removesuffix("-parquet")
        pq.write_table(copy_table(source, name, ids), out / resource["path"])
        resources.append({**resource, **integrity(out / resource["path"])})
    text = (source / "text.txt").read_bytes()
    for i in ids:
        (out / "texts" / f"{i}.txt").write_bytes(text)
        path = f"texts/{i}.txt"
        resources.append({**TEXT_RESOURCE, "name": f"text-{i}", "path": path, **integrity(out / path)})
    descriptor = {**descriptor, "name": f"many-reports-{copies}", "resources": resources}
    path = out / "datapackage.json"
    path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--from", dest="source", type=Path, default=ROOT / "datasets")
    args = parser.parse_args()
    print(f"wrote {many_reports(args.out, args.copies, args.source)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
