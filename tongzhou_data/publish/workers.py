"""Worker processes that end with their parent, however it ends.

A plain `ProcessPoolExecutor` outlives a parent killed with SIGTERM (its workers wait on their pipes
forever, reparented to init) and, on Ctrl-C, prints a traceback from every worker. Here each worker
ignores SIGINT (the parent decides), takes SIGTERM's default (so the parent can stop it at once), and
ends with its parent: on Linux the kernel kills it when the parent dies (even by SIGKILL); elsewhere
a thread that watches the parent ends it within half a second of its next chance to run. When the
parent leaves the pool by an exception (KeyboardInterrupt, SystemExit from a signal handler), the pool
cancels what is queued and terminates the workers instead of waiting for them. A pool stopped so leaves
its manager thread and wake-up pipe broken, so that the interpreter's exit hook of `concurrent.futures`
can hang or print a traceback: a process that stopped a pool ends with `leave(status)`, which skips it.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

WATCH_SECONDS = 0.5
_stopped: list[bool] = []  # whether this process stopped a pool (and must leave by `leave`)
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


@contextlib.contextmanager
def pool(jobs: int) -> Iterator[ProcessPoolExecutor]:
    """A pool of `jobs` worker processes, stopped at once if the block is left by an exception."""
    executor = ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(os.getpid(),))
    try:
        yield executor
    except BaseException:
        stop(executor)
        raise
    executor.shutdown(wait=True)


def stop(executor: ProcessPoolExecutor) -> None:
    """Cancel every queued job and terminate the workers now, waiting for none of them to finish."""
    _stopped.append(True)
    terminate = getattr(executor, "terminate_workers", None)  # Python 3.14 and newer
    if terminate is not None:
        terminate()
        return
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=5)


def _start_worker(parent: int) -> None:
    """In each worker: leave SIGINT to the parent, take SIGTERM's default, and end with the parent (its
    pid passed in, not read here: a parent killed before this runs has already left it to another)."""
    _collect_less()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    if os.getppid() != parent:  # the parent died before the kernel was asked to end this worker with it
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="watch-parent", daemon=True).start()


GC_FIRST = 10_000  # allocations between collections of the youngest generation (Python's default: 700)


def _collect_less() -> None:
    """Spare a worker's cyclic garbage collector the objects it starts with (modules, compiled patterns,
    vocabularies, inherited from its parent or imported: `gc.freeze`), which every full collection would
    walk again, and let it run less often: a worker allocates millions of short-lived objects per batch and
    holds a batch's rows, so that the collector cost it 2 to 5% of its time (`validation/bench.py`)."""
    gc.freeze()
    gc.set_threshold(GC_FIRST, 10, 10)


def _die_with_parent() -> None:
    """On Linux, ask the kernel to kill this worker when its parent dies (PR_SET_PDEATHSIG): at once, even
    in the middle of a long regular-expression match that holds the GIL from the watching thread."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _watch_parent(parent: int) -> None:
    """End this worker once its parent process is gone (it is then another process's child)."""
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(1)


def stopped() -> bool:
    """Whether this process stopped a pool of workers."""
    return bool(_stopped)


def leave(status: int) -> None:
    """End this process now with `status`, output flushed, skipping the exit hooks a stopped pool breaks."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(status)
