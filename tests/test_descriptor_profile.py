"""The descriptor as a data portal reads it: complete package metadata, valid by frictionless and by the
JSON Schema profiles frictionless ships, checked with `jsonschema` and no network.

frictionless 5.21 ships its Data Package, Data Resource and Table Schema profiles as JSON Schemas in
code (`Package.metadata_ensure_profile()` and the like); the official v2 profile is a URL it would fetch.
What that profile adds for the fields below (contributors and keywords not empty, roles a list, created
an RFC 3339 date-time, homepage and paths URLs) is checked here by hand.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import urlparse

import pytest
from conftest import DATASETS, ROOT

CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]{3,}")
# Fields the descriptor cannot carry truthfully yet, with why; the dataset card says the same.
NOT_YET = {
    "homepage": "the project has no public home on the web yet",
    "sources[0].path": "the official page of the notice was not found in any stored copy of the web",
}


def _validator(profile):
    jsonschema = pytest.importorskip("jsonschema")
    cls = jsonschema.validators.validator_for(profile)
    cls.check_schema(profile)
    return cls(profile)


def _errors(profile, instance):
    return [f"{list(e.absolute_path)}: {e.message}" for e in _validator(profile).iter_errors(instance)]


@pytest.fixture(scope="module")
def profiles():
    frictionless = pytest.importorskip("frictionless")
    return {
        "package": frictionless.Package.metadata_ensure_profile(),
        "resource": frictionless.Resource.metadata_ensure_profile(),
        "schema": frictionless.Schema.metadata_ensure_profile(),
    }


def test_the_descriptor_validates_against_the_profiles_frictionless_ships(descriptor, profiles):
    assert _errors(profiles["package"], descriptor) == []
    for resource in descriptor["resources"]:
        assert _errors(profiles["resource"], resource) == [], resource["name"]
        if "schema" in resource:
            assert _errors(profiles["schema"], resource["schema"]) == [], resource["name"]


def test_the_profiles_catch_a_broken_descriptor(descriptor, profiles):
    broken = {**descriptor, "contributors": "tongzhou-data contributors", "keywords": "Tongzhou"}
    assert len(_errors(profiles["package"], broken)) == 2
    assert _errors(profiles["package"], {k: v for k, v in descriptor.items() if k != "resources"})


def test_frictionless_finds_no_metadata_error_and_reads_the_new_fields(descriptor):
    frictionless = pytest.importorskip("frictionless")
    assert list(frictionless.Package.metadata_validate(descriptor)) == []
    package = frictionless.Package(DATASETS / "datapackage.json")
    assert package.created == "2026-11-26T20:04:45Z"
    assert [c["title"] for c in package.contributors] == ["tongzhou-data contributors"]


def test_contributors_have_roles(descriptor):
    assert descriptor["contributors"], "at least one contributor"
    for contributor in descriptor["contributors"]:
        assert contributor["title"].strip()
        roles = contributor["roles"]  # Data Package v2: a list (v1 had one `role` string)
        assert isinstance(roles, list) and roles and all(isinstance(r, str) and r for r in roles)
    assert {"creator", "dataCurator"} <= set(descriptor["contributors"][0]["roles"])


def test_created_is_a_fixed_rfc3339_datetime(descriptor):
    created = descriptor["created"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})", created)
    moment = dt.datetime.fromisoformat(created.replace("Z", "+00:00"))
    assert moment.tzinfo is not None and moment.date() == dt.date(2026, 11, 26)
    base = json.loads((ROOT / "schema/datapackage.base.json").read_text(encoding="utf-8"))
    assert base["created"] == created, "written once, in schema/datapackage.base.json: no build time"


def test_titles_and_keywords_are_in_chinese_and_english(descriptor):
    assert CJK.search(descriptor["title"]) and LATIN.search(descriptor["title"])
    keywords = descriptor["keywords"]
    assert len(keywords) == len(set(keywords))
    chinese = [k for k in keywords if CJK.search(k)]
    english = [k for k in keywords if not CJK.search(k) and LATIN.search(k)]
    assert len(chinese) >= 5 and len(english) >= 5 and len(chinese) + len(english) == len(keywords)
    assert {"北京城市副中心", "政府工作报告", "government work report"} <= set(keywords)


def _is_web_url(value) -> bool:
    parts = urlparse(value) if isinstance(value, str) else None
    return bool(parts and parts.scheme in ("http", "https") and parts.netloc and " " not in value)


def test_links_are_urls_and_missing_ones_are_said_in_the_card(descriptor):
    found = {"homepage": descriptor.get("homepage"), "sources[0].path": descriptor["sources"][0].get("path")}
    card = (ROOT / "docs/dataset-card.md").read_text(encoding="utf-8")
    for field, value in found.items():
        if value is None:
            assert field in NOT_YET, f"{field} is missing"
            assert f"`{field.split('.')[-1]}`" in card, f"the dataset card says why {field} is missing"
        else:
            assert _is_web_url(value), f"{field}: {value!r}"
    assert all(_is_web_url(license_["path"]) for license_ in descriptor["licenses"])
    assert not _is_web_url("www.bjtzh.gov.cn") and _is_web_url("https://www.bjtzh.gov.cn/")


def test_the_source_names_the_seed_notice(descriptor):
    seed = (ROOT / "seeds/000_045d13b3e487b0b7.txt").read_text(encoding="utf-8")
    heading = "".join(seed.split("各街道办事处")[0].split())  # the notice's title, over three lines
    assert heading == "北京市通州区人民政府关于印发郑皓同志在区七届人大七次会议上作的《政府工作报告》的通知"
    assert descriptor["sources"][0]["title"].startswith(heading)
    assert "2026年2月27日" in seed and "2026年2月27日" in descriptor["sources"][0]["title"]
