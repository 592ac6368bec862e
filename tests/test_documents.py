"""The documents row: values typed by hand from the notice and title block."""

from __future__ import annotations

import datetime as dt
import hashlib
from hashlib import sha256

import pytest
from conftest import ROOT

from tongzhou_data.extract.governments import government


def test_document_row(rows, text):
    (doc,) = rows["documents"]
    assert doc["document_id"] == "tongzhou-gwr-2026"
    assert doc["title"] == "政府工作报告"
    assert doc["issuer"] == "北京市通州区人民政府"
    assert doc["speaker"] == "郑皓"
    assert doc["speaker_role"] == "通州区人民政府区长"
    assert doc["meeting"] == "通州区第七届人民代表大会第七次会议"
    assert doc["delivered_on"] == dt.date(2026, 1, 6)  # ——2026年1月6日在通州区第七届人民代表大会
    assert doc["published_on"] == dt.date(2026, 2, 27)  # the notice's date line 2026年2月27日
    assert (doc["government"], doc["government_level"], doc["year"]) == ("北京市通州区", "county", 2026)
    assert doc["source_sha256"] == hashlib.sha256((ROOT / doc["source_file"]).read_bytes()).hexdigest()
    assert doc["text_sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert doc["char_count"] == len(text) == 18065


# text before the body, then the government read from it: (name, level, id), or None
GOVERNMENTS = [
    ("——2023年1月12日在南京市第十六届人民代表大会第二次会议上\n\n", ("南京市", "prefecture", "g-93413130d8")),
    ("---\ntitle: 2023年西藏自治区《政府工作报告》\n---\n\n", ("西藏自治区", "province", "CN-XZ")),  # its title
    ("---\nsource: https://www.henan.gov.cn/2023/01-29/2680023.html\ntitle: 政府工作报告\n---\n\n",
     ("河南省", "province", "CN-HA")),  # only the portal it was taken from says
    ("北京市通州区人民政府\n\n《政府工作报告》\n\n——2026年1月6日在通州区第七届人民代表大会第七次会议上\n\n",
     ("北京市通州区", "county", "g-77a1bbfb7e")),  # the notice's issuer completes the name
    ("---\ntitle: 2017年政府工作报告\n---\n\n——2017年1月16日在市十六届人大一次会议上\n\n", None),
]  # fmt: skip


@pytest.mark.parametrize(("head", "expected"), GOVERNMENTS)
def test_the_government_is_read_from_the_congress_title_portal_or_notice(head, expected):
    found = government(head + "各位代表：\n\n正文。\n")
    assert (found and (found.name, found.level, found.government_id)) == expected
    if expected:  # an id is the same for the same name in every year, and a sha256 of it below provinces
        assert expected[2].startswith("CN-") or expected[2] == "g-" + sha256(expected[0].encode()).hexdigest()[:10]
