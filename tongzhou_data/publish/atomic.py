"""Writing a folder whole or not at all: the build, `extract` and `export` write into a staging folder
beside their target, check it, and only then move it in, the descriptor last, with SIGINT and SIGTERM
held until the move is done. An interruption at any moment before leaves the target as it was; after, the
new files whole. A lock beside the target keeps two writers apart.

The move is one rename where the target does not exist yet, else one rename per file (all on one file
system, each atomic): only a SIGKILL or a power cut inside those few milliseconds can leave a mix, and
then the descriptor's hashes tell (`tongzhou-data validate` names every file that differs).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Callable, Collection, Iterator
from pathlib import Path
from typing import Any

from ..package_format import package_file

DESCRIPTOR = "datapackage.json"


class OutputError(ValueError):
    """The target cannot be written as asked: the message says why and what to do, in one line."""


@contextlib.contextmanager
def handling(handler: Callable[[int, Any], None]) -> Iterator[None]:
    """`handler` takes SIGINT and SIGTERM while the block runs; the handlers before are put back after.
    Only the main thread can set handlers; elsewhere this changes nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    wanted = [s for s in (signal.SIGINT, getattr(signal, "SIGTERM", None)) if s is not None]
    previous = {s: signal.signal(s, handler) for s in wanted}
    try:
        yield
    finally:
        for signum, before in previous.items():
            signal.signal(signum, before if before is not None else signal.SIG_DFL)


@contextlib.contextmanager
def deferred_signals() -> Iterator[None]:
    """Hold SIGINT and SIGTERM while the block runs, then deliver the first that came (to the handlers
    that were set before)."""
    caught: list[int] = []
    try:
        with handling(lambda number, frame: caught.append(number)):
            yield
    finally:
        if caught:
            signal.raise_signal(caught[0])


@contextlib.contextmanager
def exclusive(out: Path, what: str = "build") -> Iterator[None]:
    """Hold a lock beside `out` (where its staging folder goes) while writing it, so that two writers at
    once fail with one clear line."""
    lock = _staging_parent(out) / f".{out.name}.lock"
    with lock.open("a+b") as handle:
        try:
            if os.name == "nt":
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            message = f"{out}: another {what} is writing it now; try again when that one has finished"
            raise OutputError(message) from None
        try:
            yield
        finally:
            lock.unlink(missing_ok=True)  # while still held, so no other writer can have it


@contextlib.contextmanager
def staging(out: Path) -> Iterator[Path]:
    """A new folder on the file system of `out` to write into, removed afterwards whatever happens (a signal
    included: one that arrives as the folder is made is delivered once the `finally` that removes it is in
    force). It stands beside `out`, or inside it where `out` is the root of a mount (a volume)."""
    made: Path | None = None
    try:
        with deferred_signals():
            made = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=_staging_parent(out)))
        yield made
    finally:
        if made is not None:
            shutil.rmtree(made, ignore_errors=True)


def _staging_parent(out: Path) -> Path:
    """Where to stage `out`: beside it, on the same file system, so that the move into place is a rename;
    inside it where it is a mount point or a link to another file system (a folder it holds is then its
    own, and left out of the move)."""
    real = out.resolve()
    if real.is_dir() and real.stat().st_dev != real.parent.stat().st_dev:
        return real
    return real.parent


def stale_files(out: Path, names: Collection[str], force: bool) -> list[str]:
    """What writing a package of `names` into `out` removes: the files the package already there lists
    and the new one does not. OutputError when `out` is not a folder, when it holds files of these names
    and not `force`, or when it holds files named like a package's that no descriptor lists (they would
    hide in the new package; nothing is deleted that no package listed)."""
    if not out.exists():
        return []
    if not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder")
    present = {entry.name for entry in os.scandir(out)}
    clashes = [name for name in names if name in present]
    if clashes and not force:
        shown = ", ".join(clashes[:12]) + (f" and {len(clashes) - 12} more" if len(clashes) > 12 else "")
        raise OutputError(f"{out}: already holds {shown}; pass --force to overwrite them")
    if DESCRIPTOR not in names:
        return []
    listed = listed_files(out) & present
    foreign = sorted(n for n in present - listed - set(names) if package_file(n))
    if foreign:
        shown = ", ".join(foreign[:5])
        raise OutputError(f"{out}: holds {shown}, which no package there lists; move them away or choose another --to")
    return sorted(listed - set(names))


def listed_files(out: Path) -> set[str]:
    """The plain file names the descriptor in `out` lists as resources, where it can be read (else none);
    only names of a package's files, so that a stranger's descriptor cannot name anything else to remove."""
    from ..checks.paths import read_resource  # a regular file inside `out`: never a FIFO or a link out

    try:
        descriptor = json.loads(read_resource(out, DESCRIPTOR))
        resources = descriptor["resources"]
        paths = {r["path"] for r in resources if isinstance(r, dict) and isinstance(r.get("path"), str)}
    except (OSError, ValueError, RecursionError, TypeError, KeyError):  # UnsafePath is a ValueError
        return set()
    return {p for p in paths if package_file(p) and Path(p).name == p}


def commit(made: Path, out: Path, stale: Collection[str] = ()) -> None:
    """Move every file of `made` into `out` (the descriptor last) and remove the `stale` files of the
    package that was there, with SIGINT and SIGTERM held until done."""
    with deferred_signals():
        if not out.exists():
            made.chmod(0o755)  # mkdtemp makes it private; the published folder must not be
            made.rename(out)
            return
        names = sorted((p.name for p in made.iterdir()), key=lambda name: (name == DESCRIPTOR, name))
        out = out.resolve()
        for name in names:
            os.replace(made / name, out / name)
        for name in stale:
            if (out / name).is_symlink() or (out / name).is_file():
                (out / name).unlink()


def replace_file(target: Path, data: bytes) -> None:
    """Write one file whole: into a new file beside `target`, then renamed over it (signals held)."""
    handle, name = tempfile.mkstemp(prefix=f".{target.name}-", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(name, 0o644)
        with deferred_signals():
            os.replace(name, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(name)
