"""The report's own metadata, read from its notice and title block.

The notice names the issuer on its first line and closes with a dated line (the publication date);
the title block gives the title, the delivery date and meeting (——2026年1月6日在…会议上) and the
speaker (…区长  郑  皓). A copy from a portal may carry the title in a YAML header (`title: …`) and
lack the notice: `read_meta` gives what a report has and None for the rest; `document_meta` requires
all of it, as this package's own report has.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass

from .text import SALUTATION

CN_YEAR_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0", "Ｏ": "0"}
DAY = "[0-9一二三四五六七八九十]{1,3}"

TITLE = re.compile(r"《([^》]+)》")
YAML_TITLE = re.compile(r"\A---\n(?:.*\n)*?title:\s*(.+?)\s*\n(?:.*\n)*?---\n")
DATE_LINE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", re.MULTILINE)
DELIVERY = re.compile(rf"([0-9]{{4}}|[〇○Ｏ零一二三四五六七八九]{{4}})年({DAY})月({DAY})日\s*在(.+?)上", re.DOTALL)
SPEAKER = re.compile(r"^(\S*?)((?:代)?(?:区长|市长|县长|省长|州长|主席))\s+(.+?)\s*$", re.MULTILINE)
CN_NUMBER = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0}


@dataclass(frozen=True)
class DocumentMeta:
    """What the text itself says about the report; None for what it does not say."""

    title: str | None
    issuer: str | None
    speaker: str | None
    speaker_role: str | None
    meeting: str | None
    delivered_on: dt.date | None
    published_on: dt.date | None


def _number(written: str) -> int:
    """A year, month or day as written: 2026, 二〇二六, 一, 十五, 二十三."""
    if written.isdigit():
        return int(written)
    if len(written) == 4:
        return int("".join(CN_YEAR_DIGITS[c] for c in written))
    tens, _, ones = written.rpartition("十")
    if "十" not in written:
        return CN_NUMBER[written]
    return (CN_NUMBER[tens] if tens else 1) * 10 + (CN_NUMBER[ones] if ones else 0)


def read_meta(text: str) -> DocumentMeta:
    """Title, issuer, speaker, meeting and both dates from the text before the body, where it gives them."""
    opening = SALUTATION.search(text)
    head = text[: opening.start()] if opening else text[:3000]
    title = TITLE.search(head) or YAML_TITLE.match(text[:2000])  # a header is short: never scan a whole file
    delivery = DELIVERY.search(head)
    published = DATE_LINE.search(head, 0, delivery.start()) if delivery else None
    speaker = SPEAKER.search(head, delivery.end() if delivery else 0)
    first_line = head.strip().split("\n", 1)[0].strip() if TITLE.search(head) else None
    return DocumentMeta(
        title=title.group(1).strip() if title else None,
        issuer=first_line,
        speaker=re.sub(r"\s+", "", speaker.group(3)) if speaker else None,
        speaker_role=speaker.group(1) + speaker.group(2) if speaker else None,
        meeting=re.sub(r"\s+", "", delivery.group(4)) if delivery else None,
        delivered_on=written_date(*(delivery.group(i) for i in (1, 2, 3))) if delivery else None,
        published_on=written_date(*(published.group(i) for i in (1, 2, 3))) if published else None,
    )


def written_date(year: str, month: str, day: str) -> dt.date | None:
    """A date as written, or None for one no calendar has (2026年2月30日, 一二三日)."""
    try:
        return dt.date(_number(year), _number(month), _number(day))
    except (ValueError, KeyError):
        return None


def document_meta(text: str) -> DocumentMeta:
    """`read_meta`, requiring every field: ValueError naming the first the text does not give."""
    meta = read_meta(text)
    missing = [name for name, value in asdict(meta).items() if value is None]
    if missing:
        raise ValueError(f"the report's {missing[0]} was not found in its notice or title block")
    return meta
