"""The tables as a Hugging Face dataset folder: the Parquet files, the working text, and a `README.md`
dataset card whose YAML header the `datasets` library and the Hub read.

The header has one config per table (its Parquet file as the `train` split, since the tables are not a
sample to split), each column's feature typed from its Table Schema, the license, the languages (the
data is Chinese; names, schemas and descriptions are also in English), task and size categories. The
prose is `docs/dataset-card.md`, which the wheel carries as `tongzhou_data/dataset-card.md`. Tasks: the
tables answer questions about the report (table-question-answering), and every row is a span of the
working text with its label, usable to train or test extractors (token-classification).

Nothing here imports a third-party library: the YAML is written with JSON-quoted scalars, which YAML
reads as they are.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path
    from typing import Any

FEATURE_TYPES = {"string": "string", "integer": "int64", "number": "float64", "date": "date32", "boolean": "bool"}
TASK_CATEGORIES = ("table-question-answering", "token-classification")
TAGS = ("government", "china", "beijing", "tongzhou", "public-policy", "frictionless")
# The Hub's size categories by number of rows, smallest first: (upper bound, name).
SIZES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"))
CARD = "dataset-card.md"


def _q(value: Any) -> str:
    """A YAML scalar: JSON's double-quoted form (valid YAML), or a bare number."""
    import json

    return json.dumps(value, ensure_ascii=False)


def size_category(rows: int) -> str:
    """The Hub's size category for a table of `rows` rows."""
    return next((name for bound, name in SIZES if rows < bound), "n>1M")


def config_yaml(name: str, schema: Mapping[str, Any], rows: int, size: int) -> tuple[list[str], list[str]]:
    """One table's `configs` entry and its `dataset_info` entry (`rows` rows of `size` bytes in Arrow), as
    YAML lines; `datasets` checks the row count when it loads the split."""
    config = [f"- config_name: {_q(name)}", "  data_files:", "  - split: train", f"    path: {_q(name + '.parquet')}"]
    info = [f"- config_name: {_q(name)}", "  features:"]
    for field in schema["fields"]:
        info += [f"  - name: {_q(field['name'])}", f"    dtype: {_q(FEATURE_TYPES[field.get('type', 'string')])}"]
    info += ["  splits:", "  - name: train", f"    num_bytes: {size}", f"    num_examples: {rows}"]
    return config, info


def card_header(descriptor: Mapping[str, Any], schemas: Mapping[str, Any], sizes: Mapping[str, tuple[int, int]]) -> str:
    """The dataset card's YAML header, between `---` lines; `sizes` gives each table's rows and Arrow bytes."""
    lines = [
        "---",
        f"pretty_name: {_q(descriptor['title'])}",
        f"license: {_q(descriptor['licenses'][0]['name'].lower())}",
        "language:",
        *(f"- {_q(code)}" for code in ("zh", "en")),
        "task_categories:",
        *(f"- {_q(task)}" for task in TASK_CATEGORIES),
        "size_categories:",
        f"- {_q(size_category(max(rows for rows, _ in sizes.values())))}",
        "tags:",
        *(f"- {_q(tag)}" for tag in TAGS),
    ]
    configs, infos = ["configs:"], ["dataset_info:"]
    for name, schema in schemas.items():
        config, info = config_yaml(name, schema, *sizes[name])
        configs += config
        infos += info
    return "\n".join([*lines, *configs, *infos, "---"]) + "\n"


def loading_section(descriptor: Mapping[str, Any], rows: Mapping[str, int]) -> str:
    """How to load each table with `datasets`, and what each holds."""
    by_name = {r["name"]: r for r in descriptor["resources"]}
    lines = [
        "## Loading with `datasets`",
        "",
        "One configuration per table, each a single `train` split (the whole table):",
        "",
        "| config | rows | what |",
        "| --- | --- | --- |",
        *(f"| `{n}` | {count} | {by_name[n].get('description', '')} |" for n, count in rows.items()),
        "",
        "```python",
        "from datasets import load_dataset",
        "",
        'targets = load_dataset("path/to/this/folder", "targets", split="train")',
        "```",
        "",
        "Offsets (`char_start`, `char_end` and the like) index the working text, `text.txt`, beside the",
        "tables: `text[row['char_start']:row['char_end']]` is the text the row came from.",
        "",
    ]
    return "\n".join(lines)


def card_prose() -> str:
    """The dataset card's prose: shipped in the wheel, or `docs/dataset-card.md` in a checkout."""
    from importlib import resources
    from pathlib import Path

    packaged = resources.files("tongzhou_data") / CARD
    path = Path(str(packaged)) if packaged.is_file() else Path(__file__).resolve().parents[2] / "docs" / CARD
    if not path.is_file():
        raise ValueError(f"{path}: the dataset card is missing from this installation; reinstall tongzhou-data")
    return path.read_text(encoding="utf-8")


def card(descriptor: Mapping[str, Any], schemas: Mapping[str, Any], sizes: Mapping[str, tuple[int, int]]) -> str:
    """The whole `README.md`: YAML header, the dataset card's prose, then how to load each table."""
    header = card_header(descriptor, schemas, sizes)
    rows = {name: count for name, (count, _) in sizes.items()}
    return header + "\n" + card_prose().rstrip("\n") + "\n\n" + loading_section(descriptor, rows)


def readme_bytes() -> bytes:
    """The installed package's dataset card, `README.md`."""
    import json

    import pyarrow.parquet as pq

    from .. import datasets
    from .._paths import data_dir

    descriptor = json.loads((data_dir() / "datapackage.json").read_text(encoding="utf-8"))
    by_name = {r["name"]: r for r in descriptor["resources"]}
    schemas: dict[str, Any] = {name: by_name[name]["schema"] for name in datasets()}
    tables = {name: pq.read_table(data_dir() / f"{name}.parquet") for name in datasets()}
    sizes: dict[str, tuple[int, int]] = {name: (table.num_rows, table.nbytes) for name, table in tables.items()}
    return card(descriptor, schemas, sizes).encode("utf-8")


def export_files() -> dict[str, Path | Any]:
    """What `tongzhou-data export --format huggingface` writes: Parquet files and text copied, the card made."""
    from .. import datasets
    from .._paths import data_dir

    files: dict[str, Any] = {f"{name}.parquet": data_dir() / f"{name}.parquet" for name in datasets()}
    return {**files, "text.txt": data_dir() / "text.txt", "README.md": readme_bytes}
