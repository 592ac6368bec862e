"""The report's own metadata, read from its notice and title block.

The notice names the issuer on its first line and closes with a dated line (the publication date);
the title block gives the title, the delivery date and meeting (——2026年1月6日在…会议上) and the
speaker (…区长  郑  皓).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .text import body_start

TITLE = re.compile(r"《([^》]+)》")
DATE_LINE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", re.MULTILINE)
DELIVERY = re.compile(r"——(\d{4})年(\d{1,2})月(\d{1,2})日在(.+?)上\n", re.DOTALL)
SPEAKER = re.compile(r"^(\S*?)(区长|市长|县长|主席)\s+(.+?)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class DocumentMeta:
    """What the text itself says about the report."""

    title: str
    issuer: str
    speaker: str
    speaker_role: str
    meeting: str
    delivered_on: dt.date
    published_on: dt.date


def _need(match: re.Match[str] | None, what: str) -> re.Match[str]:
    if match is None:
        raise ValueError(f"the report's {what} was not found in its notice or title block")
    return match


def document_meta(text: str) -> DocumentMeta:
    """Read title, issuer, speaker, meeting and both dates from the text before the body."""
    head = text[: body_start(text)]
    issuer = head.strip().split("\n", 1)[0].strip()
    title = _need(TITLE.search(head), "title 《…》").group(1)
    delivery = _need(DELIVERY.search(head), "delivery line ——YYYY年M月D日在…上")
    published = _need(DATE_LINE.search(head, 0, delivery.start()), "notice date line")
    speaker = _need(SPEAKER.search(head, delivery.end()), "speaker line")
    return DocumentMeta(
        title=title,
        issuer=issuer,
        speaker=re.sub(r"\s+", "", speaker.group(3)),
        speaker_role=speaker.group(1) + speaker.group(2),
        meeting=re.sub(r"\s+", "", delivery.group(4)),
        delivered_on=dt.date(*(int(delivery.group(i)) for i in (1, 2, 3))),
        published_on=dt.date(*(int(published.group(i)) for i in (1, 2, 3))),
    )
