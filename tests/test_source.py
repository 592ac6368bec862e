"""The source report is the published one, byte for byte, and the working text differs only by bookmarks."""

from __future__ import annotations

import hashlib
import re

import pytest
from conftest import ROOT, SHARED_SOURCE
from hypothesis import given
from hypothesis import strategies as st

from tongzhou_data.extract.text import BOOKMARK, body_start, lines, working_text

# Recorded by hand with `sha256sum ../shared/seeds/000_045d13b3e487b0b7.txt` when the seed was copied.
SOURCE_SHA256 = "e1854741aa798433c67d6264cfac92accecea07d8e4d457588bf380928fd4791"


def test_source_hash_is_the_recorded_one():
    data = (ROOT / "seeds/000_045d13b3e487b0b7.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SOURCE_SHA256
    assert (ROOT / "seeds/SHA256SUMS").read_text().split()[0] == SOURCE_SHA256


@pytest.mark.skipif(not SHARED_SOURCE.exists(), reason="no ../shared beside this checkout")
def test_source_is_byte_identical_to_shared():
    assert (ROOT / "seeds/000_045d13b3e487b0b7.txt").read_bytes() == SHARED_SOURCE.read_bytes()


def test_working_text_removes_exactly_the_60_bookmarks(source_text, text):
    markers = re.findall(r"\[bookmark: [^\]]*\]", source_text)
    assert len(markers) == 60
    assert "[bookmark" not in text
    assert len(text) == len(source_text) - sum(len(m) for m in markers)
    assert working_text(source_text) == text


def test_shipped_text_is_the_working_text(source_text, text):
    assert text == re.sub(r"\[bookmark: [^\]]*\]", "", source_text)


@given(
    st.lists(
        st.tuples(
            st.text(alphabet=st.characters(blacklist_characters="["), max_size=30),
            st.text(alphabet=st.characters(blacklist_characters="]"), max_size=20),
        )
    )
)
def test_working_text_drops_markers_and_keeps_everything_else(pieces):
    plain = "".join(p for p, _ in pieces)
    marked = "".join(p + f"[bookmark: {name}]" for p, name in pieces)
    assert working_text(marked) == plain
    assert working_text(plain) == plain


@given(st.text())
def test_lines_keep_offsets(sample):
    for line in lines(sample):
        assert "\n" not in line.text(sample)
        assert line.end == len(sample) or sample[line.end] == "\n"


def test_body_starts_at_the_salutation(text):
    assert text[body_start(text) :].startswith("各位代表：\n现在，我代表通州区人民政府")
    with pytest.raises(ValueError, match="salutation"):
        body_start("no salutation here")


def test_bookmark_pattern_is_only_the_marker():
    assert BOOKMARK.sub("", "a[bookmark: OLE_LINK1]b[not a bookmark]") == "ab[not a bookmark]"
