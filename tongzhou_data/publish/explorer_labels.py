"""The explorer's words in Chinese and English, in one place so that switching language changes every
label the page shows.

A column is labelled with its bilingual title in the Table Schema ("单位 / Unit"), which declares it once;
`explorer_assets/labels.json` holds only the page's own words: its interface, the few labels of the details
that are not columns (period, section, id), the names of coded values and the charts' words.
"""

from __future__ import annotations

import json
from pathlib import Path

from .. import schemas

WORDS = json.loads((Path(__file__).resolve().parent / "explorer_assets/labels.json").read_text(encoding="utf-8"))
VALUES: dict[str, dict[str, list[str]]] = WORDS["values"]
CHART: dict[str, list[str]] = WORDS["chart"]
# The tables whose columns the details show; a column in more than one takes the first one's title.
SHOWN = ("targets", "projects", "terms", "term_mentions")


def title(table: str, column: str) -> tuple[str, str]:
    """A column's title in Chinese and English, from its schema: ("单位", "Unit")."""
    chinese, _, english = schemas.column(table, column)["title"].partition(" / ")
    return chinese, english or chinese


def column_titles() -> dict[str, tuple[str, str]]:
    """Every column of the tables the page shows, with its title in each language."""
    titles: dict[str, tuple[str, str]] = {}
    for table in SHOWN:
        for field in schemas.load(table)["fields"]:
            titles.setdefault(field["name"], title(table, field["name"]))
    return titles


def period(start: int, end: int) -> str:
    """A period as the page names it: `2025`, or `2021–2025`."""
    return str(start) if start == end else f"{start}–{end}"


def catalogue() -> dict[str, dict[str, object]]:
    """Every label by language, as the page's script reads them: {'zh': {...}, 'en': {...}}."""
    fields = {**column_titles(), **WORDS["fields"]}
    out: dict[str, dict[str, object]] = {}
    for index, lang in enumerate(("zh", "en")):
        out[lang] = {
            "ui": {key: pair[index] for key, pair in WORDS["ui"].items()},
            "fields": {key: pair[index] for key, pair in fields.items()},
            "values": {f: {k: pair[index] for k, pair in v.items()} for f, v in VALUES.items()},
        }
    return out
