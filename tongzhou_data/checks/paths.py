"""The files a package folder may be read from: a descriptor's paths are a stranger's input, so each is
resolved and must name a regular file inside the folder before anything opens it (frictionless calls
this a safe path). Absolute paths, `..`, sub-folders, symlinks leading out, devices and FIFOs are refused
with a reason, and nothing is read from them.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import BinaryIO

from .problems import shown_name


class UnsafePath(ValueError):
    """A path a package may not read: the message says why, for a problem line."""


def resource_path(folder: Path, relative: object) -> Path:
    """The file `relative` names in `folder`, resolved; UnsafePath unless it is a regular file directly
    inside the folder (FileNotFoundError when there is none)."""
    if not isinstance(relative, str) or relative.strip() in ("", ".") or "\x00" in relative:
        raise UnsafePath(f"{relative!r} is not a file name")
    shown = shown_name(relative)
    windows = PureWindowsPath(relative)
    if PurePosixPath(relative).is_absolute() or windows.is_absolute() or windows.drive:
        raise UnsafePath(f"{shown}: an absolute path; a resource path names a file in the package's folder")
    if ".." in PurePosixPath(relative.replace("\\", "/")).parts:
        raise UnsafePath(f"{shown}: climbs out of the package's folder (..)")
    if "/" in relative or "\\" in relative:
        raise UnsafePath(f"{shown}: names a sub-folder; a resource path names a file in the package's folder")
    root = folder.resolve()
    try:
        path = (folder / relative).resolve()
    except (RuntimeError, OSError):  # a link that leads to itself (Python 3.13 and newer: OSError, ELOOP)
        raise UnsafePath(f"{shown}: a link that leads round in a loop") from None
    if path.parent != root:
        raise UnsafePath(f"{shown}: a link leading out of the package's folder")
    mode = path.stat().st_mode  # FileNotFoundError for a missing file (or a dangling link)
    if not stat.S_ISREG(mode):
        raise UnsafePath(f"{shown}: not a regular file ({_kind(mode)})")
    return path


def read_resource(folder: Path, relative: object) -> bytes:
    """The bytes of the file `relative` names in `folder`, checked as `open_resource` does."""
    with open_resource(folder, relative) as handle:
        return handle.read()


def open_resource(folder: Path, relative: object) -> BinaryIO:
    """The file `relative` names in `folder`, open for reading, checked as `resource_path` does and again on
    the open file (so a file swapped for a FIFO or a link in between is not read either)."""
    path = resource_path(folder, relative)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise UnsafePath(f"{shown_name(str(relative))}: cannot be opened ({error.strerror})") from None
    handle = os.fdopen(descriptor, "rb")
    if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
        handle.close()
        raise UnsafePath(f"{shown_name(str(relative))}: not a regular file")
    return handle


def _kind(mode: int) -> str:
    kinds = {stat.S_ISDIR: "a folder", stat.S_ISFIFO: "a FIFO", stat.S_ISCHR: "a device", stat.S_ISBLK: "a device",
             stat.S_ISSOCK: "a socket"}  # fmt: skip
    return next((name for test, name in kinds.items() if test(mode)), "not a file")
