"""The files of a package folder against what vouches for them: the descriptor's sizes and sha256 hashes,
pip's record of an installed wheel, and the `documents` row's hash of the working text."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

from ..digests import record_digest, sha256_hex
from ..package_format import package_file, text_file
from .paths import UnsafePath, read_resource
from .problems import Problems, excerpt, shown_name


def check_files(folder: Path, resources: Sequence[Mapping[str, Any]], problems: Problems) -> None:
    """Every resource's file exists in `folder` with the size and sha256 the descriptor gives; a path that
    does not name a regular file inside the folder is a problem, and that file is never opened."""
    seen: set[str] = set()
    once = []
    for resource in resources:
        if resource["path"] not in seen:  # listed twice: a problem of the descriptor's, and read once
            seen.add(resource["path"])
            once.append(resource)
    with ThreadPoolExecutor(READERS) as pool:  # reading and hashing release the GIL: two files at a time
        for found in pool.map(partial(_file_problems, folder), once):
            problems.extend(found)
            problems.notices.extend(found.notices)


READERS = 2  # files read and hashed at a time


def _file_problems(folder: Path, resource: Mapping[str, Any]) -> Problems:
    """What one resource's file shows against the descriptor's size and hash (`check_files`)."""
    problems = Problems()
    data = read_file(folder, resource["path"], f"resource {excerpt(resource['name'])}", problems)
    if data is not None:
        _check_integrity(resource["path"], data, resource, problems)
    return problems


def read_file(folder: Path, relative: str, what: str, problems: Problems) -> bytes | None:
    """The bytes of a file the package names, or None with a problem (missing, or not safe to open)."""
    try:
        return read_resource(folder, relative)
    except FileNotFoundError:
        problems.add("missing-file", f"{shown_name(relative)}: missing ({what})")
    except UnsafePath as error:
        problems.add("path", f"{error} ({what}); it was not opened")
    except OSError as error:
        problems.add("missing-file", f"{shown_name(relative)}: cannot be read ({what}: {error.strerror})")
    return None


def check_unlisted(folder: Path, resources: Sequence[Mapping[str, Any]], problems: Problems) -> None:
    """Files in `folder` that the descriptor does not list: named like a table or a working text, a
    problem (a table can hide there from every check); anything else, a notice."""
    listed = {str(r["path"]) for r in resources} | {"datapackage.json"}
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if entry.name in listed:
            continue
        if package_file(entry.name):
            message = (
                f"{shown_name(entry.name)}: in the folder but not listed in datapackage.json; remove it or list it"
            )
            problems.add("unlisted-file", message)
        else:
            problems.notice("unlisted-file", f"{shown_name(entry.name)}: in the folder but not part of the package")


def _check_integrity(relative: str, data: bytes, resource: Mapping[str, Any], problems: Problems) -> None:
    size, digest = resource.get("bytes"), str(resource.get("hash", ""))
    if not isinstance(size, int) or not digest.startswith("sha256:"):
        problems.add("integrity", f"datapackage.json: resource {resource['name']!r} gives no bytes and sha256 hash")
    elif len(data) != size:
        problems.add("bytes", f"{relative}: {len(data)} bytes, the descriptor says {size} (modified or truncated)")
    elif sha256_hex(data) != digest.removeprefix("sha256:"):
        problems.add("hash", f"{relative}: sha256 does not match the descriptor (the file was modified)")


class Texts:
    """Each document's working text by document_id, checked at once against its row's hash and length (a
    text that cannot be read is left out, with a problem), then read again when a row asks for it: one
    text is held at a time, as the rows of a table come a document after another."""

    def __init__(self, folder: Path, documents: Sequence[Mapping[str, Any]], problems: Problems) -> None:
        self.folder = folder
        self.readable: dict[str, str] = {}
        for document in documents:
            name = text_file(str(document.get("document_id")), len(documents))
            if _read_text(folder, name, document, problems) is not None:
                self.readable[str(document.get("document_id"))] = name
        self._held: tuple[str, str] | None = None

    def get(self, document_id: str) -> str | None:
        """The text of `document_id`, or None where it is no readable document's."""
        if self._held is not None and self._held[0] == document_id:
            return self._held[1]
        name = self.readable.get(document_id)
        if name is None:
            return None
        text = read_resource(self.folder, name).decode("utf-8")
        self._held = (document_id, text)
        return text


def _read_text(folder: Path, name: str, document: Mapping[str, Any], problems: Problems) -> str | None:
    data = read_file(folder, name, "the working text every offset points into", problems)
    if data is None:
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.add("encoding", f"{name}: not UTF-8 ({error.reason})")
        return None
    if document.get("text_sha256") and sha256_hex(data) != document["text_sha256"]:
        problems.add("hash", f"{name}: sha256 differs from documents.text_sha256 (the text was modified)")
    if document.get("char_count") is not None and len(text) != document["char_count"]:
        message = f"{name}: {len(text)} characters, documents.char_count says {document['char_count']}"
        problems.add("length", message, "documents", None, "char_count")
    return text


def check_record(folder: Path, record: Sequence[tuple[str, str, int]], problems: Problems) -> None:
    """The files of `folder` against an installer's record: (file name, digest, size).

    The descriptor is the root of trust of a bare folder; for an installed wheel, pip's RECORD also
    covers the descriptor itself, so a change anywhere in it is caught.
    """
    for name, digest, size in record:
        path = folder / name
        data = path.read_bytes() if path.is_file() else None
        if data is None or len(data) != size or record_digest(data) != digest:
            problems.add(
                "installed-record", f"{name}: differs from the file the installer wrote (pip's RECORD); it was modified"
            )


def installed_record(folder: Path) -> list[tuple[str, str, int]]:
    """pip's record of the data files in `folder`, when `folder` is where a wheel installed them; else []."""
    from importlib import metadata

    try:
        files = metadata.distribution("tongzhou-data").files or []
    except metadata.PackageNotFoundError:
        return []
    data = [f for f in files if f.parts[:2] == ("tongzhou_data", "datasets") and f.hash and f.hash.mode == "sha256"]
    here = folder.resolve()
    return [
        (f.name, f.hash.value, f.size or 0)
        for f in data
        if f.hash is not None and Path(str(f.locate())).resolve().parent == here
    ]
