"""schema-check: each kind of change is classified by the Data Package Version rules."""

from __future__ import annotations

import copy

import pytest
from conftest import ROOT

from tongzhou_data.checks.schema_changes import bump, check, compare, load_schemas

RELEASED = load_schemas(ROOT / "schema/released")
CHANGELOG = "## 0.1.0\n\n## 0.1.1\n\n## 0.2.0\n\n## 1.0.0\n\n## 1.3.0\n\n## 2.0.0\n"


def changed(edit):
    current = copy.deepcopy(RELEASED)
    edit(current)
    return current


def field(schemas, table, name):
    return next(f for f in schemas[table]["fields"] if f["name"] == name)


def remove_field(s):
    s["targets"]["fields"] = [f for f in s["targets"]["fields"] if f["name"] != "indicator"]


def rename_field(s):
    field(s, "targets", "indicator")["name"] = "indicator_name"


def retype_field(s):
    field(s, "targets", "period_start")["type"] = "string"


def tighten(s):
    field(s, "targets", "unit").setdefault("constraints", {})["required"] = True


def narrow_enum(s):
    field(s, "targets", "qualifier")["constraints"]["enum"].remove("nearly")


def describe(s):
    field(s, "targets", "indicator")["description"] = "A better description."


def widen_enum(s):
    field(s, "projects", "status")["constraints"]["enum"].append("cancelled")


@pytest.mark.parametrize(
    ("edit", "level", "words"),
    [
        (remove_field, "major", "field 'indicator' removed or renamed"),
        (rename_field, "major", "field 'indicator_name' added or renamed"),
        (retype_field, "major", "field 'period_start': type 'integer' -> 'string'"),
        (tighten, "major", "field 'unit': required added (tightened)"),
        (narrow_enum, "major", "enum narrowed"),
        (widen_enum, "minor", "enum widened"),
        (describe, "patch", "field 'indicator': description changed"),
    ],
)
def test_changes_are_classified(edit, level, words):
    changes = compare(RELEASED, changed(edit))
    assert changes and changes[0].level == level
    assert any(words in str(c) for c in changes), [str(c) for c in changes]


@pytest.mark.parametrize("edit", [remove_field, rename_field, retype_field, tighten])
def test_breaking_changes_fail_without_a_major_bump(edit):
    _, problems = check(RELEASED, changed(edit), "0.1.0", "0.1.1", CHANGELOG)
    assert any("MAJOR level" in p for p in problems)  # before 1.0, 0.1.0 -> 0.1.1 is a minor step
    _, problems = check(RELEASED, changed(edit), "1.2.0", "1.3.0", CHANGELOG)
    assert any("MAJOR level" in p for p in problems)
    for released, version in (("0.1.0", "0.2.0"), ("1.2.0", "2.0.0")):
        _, problems = check(RELEASED, changed(edit), released, version, CHANGELOG)
        assert problems == [], (released, version)


def test_a_description_change_passes_without_a_bump():
    changes, problems = check(RELEASED, changed(describe), "0.1.0", "0.1.0", CHANGELOG)
    assert [c.level for c in changes] == ["patch"] and problems == []


def test_no_changelog_entry_fails():
    _, problems = check(RELEASED, RELEASED, "0.1.0", "0.2.0", "## 0.1.0\n")
    assert problems == ["CHANGELOG.md has no entry '## 0.2.0'"]


def test_a_new_table_is_minor_and_a_removed_one_major():
    grown = changed(lambda s: s.update(extra=copy.deepcopy(s["terms"])))
    assert [c.level for c in compare(RELEASED, grown)] == ["minor"]
    shrunk = changed(lambda s: s.pop("terms"))
    assert [c.level for c in compare(RELEASED, shrunk)] == ["major"]


def test_bump():
    """From 1.0 on, as written; before it one place to the right (SemVer's initial development)."""
    assert [bump("1.2.3", v) for v in ("1.2.3", "1.2.4", "1.3.0", "2.0.0", "1.2.2")] == [
        "none", "patch", "minor", "major", "backwards"]  # fmt: skip
    assert [bump("0.1.0", v) for v in ("0.1.0", "0.1.1", "0.2.0", "1.0.0", "0.0.9")] == [
        "none", "minor", "major", "major", "backwards"]  # fmt: skip


def reorder_enum(s):
    field(s, "targets", "kind")["constraints"]["enum"].reverse()


def add_max_length(s):
    field(s, "targets", "indicator")["constraints"]["maxLength"] = 40


def add_unique_keys(s):
    s["targets"]["uniqueKeys"] = [["quote", "number_text"]]


def change_missing_values(s):
    s["targets"]["missingValues"] = ["", "NA"]


def null_constraints(s):
    field(s, "targets", "unit")["constraints"] = None


def add_decimal_char(s):
    field(s, "targets", "value")["decimalChar"] = ","


def test_enum_order_is_no_change():
    assert compare(RELEASED, changed(reorder_enum)) == []


@pytest.mark.parametrize("edit", [add_max_length, add_unique_keys, change_missing_values, add_decimal_char])
def test_other_contract_changes_are_major(edit):
    changes = compare(RELEASED, changed(edit))
    assert changes and changes[0].level == "major", [str(c) for c in changes]


def test_null_constraints_are_no_constraints():
    assert compare(RELEASED, changed(null_constraints)) == []
