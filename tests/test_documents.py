"""The documents row: values typed by hand from the notice and title block."""

from __future__ import annotations

import datetime as dt
import hashlib

from conftest import ROOT


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
    assert doc["source_sha256"] == hashlib.sha256((ROOT / doc["source_file"]).read_bytes()).hexdigest()
    assert doc["text_sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert doc["char_count"] == len(text) == 18065
