"""One definition per table: the Table Schemas declare every column, the models are made from them and
lose nothing, the registry names the same tables, and what the build generates (the loader's table names)
is committed."""

from __future__ import annotations

import types
import typing

import pytest
from conftest import ROOT
from pydantic import ValidationError

import tongzhou_data as td
from tongzhou_data import _paths, _tables, models, schemas
from tongzhou_data.build.assemble import BUILDERS
from tongzhou_data.build.models_source import annotation, models_module
from tongzhou_data.build.run import names_module
from tongzhou_data.models import Section
from tongzhou_data.tables import REGISTRY, TABLES, table_schema


def field_of(name: str, info: typing.Any) -> dict[str, typing.Any]:
    """The Table Schema field a model field stands for (the English half of the title aside): the inverse of
    how `build/models_source.py` writes one, written independently of it."""
    annotation, optional, enum = info.annotation, False, None
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        optional = type(None) in typing.get_args(annotation)
        (annotation,) = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) is typing.Literal:
        enum = list(typing.get_args(annotation))
        annotation = type(enum[0])
    kind = next(k for k, t in schemas.FIELD_TYPES.items() if t.python is annotation)
    field = {"name": name, "type": kind, "title": info.title, "description": info.description}
    field |= {"format": "default"} if kind == "date" else {}
    constraints = {"required": True} if not optional else {}
    constraints |= info.json_schema_extra or {}
    for meta in info.metadata:
        constraints |= {"pattern": meta.pattern} if getattr(meta, "pattern", None) else {}
        constraints |= {"minimum": meta.ge} if getattr(meta, "ge", None) is not None else {}
    constraints |= {"enum": enum} if enum is not None else {}
    return field | ({"constraints": constraints} if constraints else {})


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_every_model_field_is_its_schema_field(table):
    schema = table_schema(table)
    made = [field_of(name, info) for name, info in table.model.model_fields.items()]
    declared = [{**f, "title": f["title"].split(" / ")[0]} for f in schema["fields"]]
    assert made == declared
    assert table.model.__doc__ == schema["description"]


def test_the_schema_files_and_the_registry_name_the_same_tables():
    files = sorted(p.name.removesuffix(".schema.json") for p in (ROOT / "schema").glob("*.schema.json"))
    assert files == sorted(REGISTRY)
    assert _paths.schema_file("targets") == ROOT / "schema/targets.schema.json"  # a checkout reads its schema/


def test_each_model_is_named_as_the_module_names_it():
    for name in REGISTRY:
        model = models.model(name)
        assert getattr(models, model.__name__) is model is REGISTRY[name].model


def test_the_shared_vocabularies_and_patterns_are_the_schemas():
    assert typing.get_args(models.Category) == tuple(schemas.column("projects", "category")["constraints"]["enum"])
    assert typing.get_args(models.Measure) == tuple(schemas.column("indicators", "measure")["constraints"]["enum"])
    document_id = schemas.column("targets", "document_id")["constraints"]["pattern"]
    assert document_id == models.DOCUMENT_ID
    assert models.PERIOD_SLOTS == ("achieved_2021_2025", "achieved_2025", "target_2026", "target_2026_2030")


def test_a_constraint_a_model_cannot_make_is_refused():
    with pytest.raises(ValueError, match="maximum"):
        annotation({"name": "x", "type": "integer", "constraints": {"maximum": 3}})


def test_the_generated_names_module_is_committed_and_in_step():
    assert (ROOT / "tongzhou_data/_tables.py").read_text(encoding="utf-8") == names_module(), "run the build"
    assert _tables.NAMES == tuple(t.name for t in TABLES) == tuple(td.datasets())  # what this package holds
    assert tuple(REGISTRY) == _tables.PACKAGE_NAMES  # and what a package of many reports may hold too


def test_the_generated_models_are_committed_and_in_step():
    assert (ROOT / "tongzhou_data/_models.py").read_text(encoding="utf-8") == models_module(), "run the build"


def test_every_table_has_a_builder_and_every_builder_a_table():
    assert list(BUILDERS) == [t.name for t in TABLES]  # attainment needs two reports: extract makes it


def test_a_model_s_constraints_come_from_its_schema():
    row = dict(section_id="s1", document_id="d", level=1, title="t", title_en="T", char_start=0, char_end=1)
    assert Section(**{**row, "parent_id": None, "label": None}) == Section(**row)  # optional: empty by default
    for broken in ({"section_id": "x1"}, {"parent_id": "s1.2.3"}, {"char_start": -1}, {"level": 4}):
        with pytest.raises(ValidationError):
            Section(**{**row, **broken})
    with pytest.raises(ValidationError):
        Section(**{k: v for k, v in row.items() if k != "title"})  # required


def test_models_reject_unknown_columns_and_are_frozen():
    row = dict(section_id="s1", document_id="d", level=1, title="t", title_en="T", char_start=0, char_end=1)
    section = Section(**row)
    with pytest.raises(ValidationError):
        Section(**row, extra_column=1)
    with pytest.raises(ValidationError):
        section.level = 2  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Section(**{**row, "level": 4})


def test_a_rows_dict_is_its_model_dump():
    """`table_rows.row_dict`, which `extract` uses for its millions of rows, gives what `model_dump` gives:
    the same fields in the same order, each value of the same type, for every table of a parsed report and
    every row of this package."""
    from tongzhou_data.table_rows import report_tables, row_dict

    path = ROOT / "tests/fixtures/corpus/hebei-2025.md"
    made = report_tables("hebei-2025", path.read_text(encoding="utf-8"), path.read_bytes(), path.name)
    records = [r for rows in made.tables.values() for r in rows]
    records += [r for table in TABLES for r in td.records(table.name)]
    assert len({type(r) for r in records}) >= 10
    for record in records:
        mine, theirs = row_dict(record), record.model_dump()
        assert list(mine.items()) == list(theirs.items()), record
        assert [type(v) for v in mine.values()] == [type(v) for v in theirs.values()], record


CORPUS_REPORTS = sorted(p for p in (ROOT / "tests/fixtures/corpus").glob("*.md") if p.name != "README.md")


@pytest.mark.parametrize("path", CORPUS_REPORTS, ids=lambda p: p.stem)
def test_rows_made_unchecked_are_the_rows_made_checked(path):
    """`extract` makes its rows without validating each model (`table_rows.made_by`) and checks them encoded:
    on every report of the test corpus, the rows so made are the validated ones, field for field and type
    for type, with the same rows left out and set aside."""
    from tongzhou_data.table_rows import report_tables, row_dict

    text, data = path.read_text(encoding="utf-8"), path.read_bytes()
    checked, unchecked = (report_tables(path.stem, text, data, path.name, checked=c) for c in (True, False))
    assert (unchecked.left_out, unchecked.set_aside) == (checked.left_out, checked.set_aside)
    assert checked.tables.keys() == unchecked.tables.keys()
    for name, rows in checked.tables.items():
        for mine, theirs in zip(map(row_dict, unchecked.tables[name]), map(row_dict, rows), strict=True):
            assert list(mine.items()) == list(theirs.items()), name
            assert [type(v) for v in mine.values()] == [type(v) for v in theirs.values()], name
