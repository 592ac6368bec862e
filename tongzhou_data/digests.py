"""The digests the package writes and checks: sha256 as hex (descriptor, SHA256SUMS, documents) and as a
wheel's RECORD writes it."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path


def sha256_hex(data: bytes) -> str:
    """The sha256 of `data` as lowercase hex."""
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path, chunk: int = 2**20) -> str:
    """The sha256 of a file's bytes as lowercase hex, read a chunk at a time (a table file of a corpus
    package runs to hundreds of megabytes)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def record_digest(data: bytes) -> str:
    """A file's digest as a wheel's RECORD writes it: urlsafe base64 of the sha256, unpadded."""
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
