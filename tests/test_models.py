"""One definition per table: the registry and its models generate what the repository commits (the Table
Schemas, the loader's table names), and every table has a builder."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT
from pydantic import ValidationError

import tongzhou_data as td
from tongzhou_data import _tables
from tongzhou_data.build.assemble import BUILDERS
from tongzhou_data.build.run import names_module
from tongzhou_data.models import Section
from tongzhou_data.tables import REGISTRY, TABLES, table_schema


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_the_committed_schema_is_the_generated_one(table):
    committed = (ROOT / f"schema/{table.name}.schema.json").read_text(encoding="utf-8")
    assert committed == json.dumps(table_schema(table), ensure_ascii=False, indent=2) + "\n", "run the build"


def test_the_generated_names_module_is_committed_and_in_step():
    assert (ROOT / "tongzhou_data/_tables.py").read_text(encoding="utf-8") == names_module(), "run the build"
    assert _tables.NAMES == tuple(REGISTRY) == tuple(td.datasets())


def test_every_table_has_a_builder_and_every_builder_a_table():
    assert list(BUILDERS) == list(REGISTRY)


def test_a_field_s_constraints_come_from_its_model():
    fields = {f["name"]: f for f in table_schema(REGISTRY["sections"])["fields"]}
    assert fields["section_id"]["constraints"] == {  # unique per document: the key is (document_id, section_id)
        "required": True,
        "pattern": r"^s[0-9]+(\.[0-9]+){0,2}$",
    }
    assert fields["parent_id"]["constraints"] == {"pattern": r"^s[0-9]+(\.[0-9]+){0,1}$"}  # optional: not required
    assert fields["level"]["constraints"] == {"required": True, "enum": [1, 2, 3]}
    assert fields["level"]["type"] == "integer" and fields["title"]["type"] == "string"
    assert "constraints" not in fields["label"]


def test_models_reject_unknown_columns_and_are_frozen():
    row = dict(section_id="s1", document_id="d", level=1, title="t", title_en="T", char_start=0, char_end=1)
    section = Section(**row)
    with pytest.raises(ValidationError):
        Section(**row, extra_column=1)
    with pytest.raises(ValidationError):
        section.level = 2  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Section(**{**row, "level": 4})
