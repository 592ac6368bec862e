"""One source of truth: each pydantic model agrees with its Table Schema field by field."""

from __future__ import annotations

import datetime as dt
import types
import typing

import pytest

from tongzhou_data.models import MODELS

PYTHON_TYPES = {"string": str, "integer": int, "number": float, "date": dt.date, "boolean": bool}


def _unwrap(annotation):
    """(base type, allows None, literal values or None)."""
    args = typing.get_args(annotation)
    optional = False
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        optional = type(None) in args
        (annotation,) = [a for a in args if a is not type(None)]
    if typing.get_origin(annotation) is typing.Literal:
        values = list(typing.get_args(annotation))
        return type(values[0]), optional, values
    return annotation, optional, None


@pytest.mark.parametrize("name", sorted(MODELS))
def test_model_matches_schema(name, schemas):
    schema = schemas[name]
    model = MODELS[name]
    assert list(model.model_fields) == [f["name"] for f in schema["fields"]]
    for field in schema["fields"]:
        info = model.model_fields[field["name"]]
        base, optional, literal = _unwrap(info.annotation)
        constraints = field.get("constraints", {})
        assert base is PYTHON_TYPES[field["type"]], field["name"]
        assert optional is not bool(constraints.get("required")), f"{field['name']}: required vs Optional"
        assert literal == constraints.get("enum"), f"{field['name']}: enum vs Literal"
        pattern = next((m.pattern for m in info.metadata if hasattr(m, "pattern") and m.pattern), None)
        assert pattern == constraints.get("pattern"), f"{field['name']}: pattern"
        lower = next((m.ge for m in info.metadata if hasattr(m, "ge")), None)
        assert lower == constraints.get("minimum"), f"{field['name']}: minimum"


def test_models_reject_unknown_columns_and_are_frozen():
    from pydantic import ValidationError

    from tongzhou_data.models import Section

    row = dict(section_id="s1", document_id="d", level=1, title="t", char_start=0, char_end=1)
    section = Section(**row)
    with pytest.raises(ValidationError):
        Section(**row, extra_column=1)
    with pytest.raises(ValidationError):
        section.level = 2  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Section(**{**row, "level": 4})
