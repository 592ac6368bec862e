"""Which government delivered a report: its name as the report writes it (安徽省, 南京市, 北京市通州区), its
level, and an id that is the same for the same government in every year.

The name is read from the congress the report was delivered to (在安徽省第十四届人民代表大会第一次会议上),
else from the title (2023年西藏自治区《政府工作报告》), else from the official portal a copy names as its
source (henan.gov.cn: a province's, `provinces.csv`); the notice's issuer completes it (通州区 →
北京市通州区 when the notice is issued by 北京市通州区人民政府). A province-level government is `province` and
has its ISO 3166-2 code (CN-AH); a name ending in 区, 县 or 旗 is a `county`; any other is a `prefecture`,
whose id, like a county's, is `g-` and the first 10 hex digits of the sha256 of its name.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache

from .documents import YAML_TITLE, DocumentMeta, read_meta
from .vocabulary import rows

CONGRESS = re.compile(r"^(?:.*?在)?(.+?)第[一二三四五六七八九十]+届人民代表大会")
TITLE = re.compile(r"^(?:[0-9]{4}年)?(.+?[省市区县州盟旗])(?:人民)?(?:政府)?《?政府工作报告")
SOURCE = re.compile(r"\A---\n(?:.*\n)*?source:\s*https?://(?:www\.)?([^/\s]+)")
MARKUP = re.compile(r"[*\s]")


@dataclass(frozen=True)
class Government:
    """A government as the report names it, its level and its stable id."""

    name: str
    level: str  # province | prefecture | county
    government_id: str


@cache
def provinces() -> dict[str, str]:
    """The province-level governments by name: their ISO 3166-2 codes."""
    return {row["name"]: row["iso"] for row in rows("provinces")}


@cache
def portals() -> dict[str, str]:
    """The province-level governments by the domain of their official portal."""
    return {domain: row["name"] for row in rows("provinces") for domain in row["domains"].split("|")}


def government(text: str, meta: DocumentMeta | None = None) -> Government | None:
    """The government that delivered the report `text` (whose `meta`, when the caller has read it); None
    when the report does not say."""
    meta, header = meta or read_meta(text), YAML_TITLE.match(text[:2000])
    meeting = MARKUP.sub("", meta.meeting or "")
    titles = [MARKUP.sub("", t) for t in (meta.title, header.group(1) if header else None) if t]
    found = CONGRESS.match(meeting) or next(filter(None, (CONGRESS.match(t) or TITLE.match(t) for t in titles)), None)
    name = found.group(1) if found else None
    if name is None and (source := SOURCE.match(text[:2000])):
        name = portals().get(source.group(1))
    if name is None:
        return None
    issuer = (meta.issuer or "").removesuffix("人民政府")
    return governed(issuer if issuer.endswith(name) and issuer != name else name)


def governed(name: str) -> Government:
    """The level and id of the government called `name`."""
    if (iso := provinces().get(name)) is not None:
        return Government(name, "province", iso)
    level = "county" if name.endswith(("区", "县", "旗")) else "prefecture"
    return Government(name, level, "g-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:10])
