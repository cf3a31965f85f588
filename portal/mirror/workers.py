"""Processes forked from the bake to render or rewrite pages in parallel.

Pages are independent of each other: each worker, forked from the bake, inherits the
object it works for (what the bake knows so far) and opens its own database
connection; it calls one of that object's methods for each item it is given.
"""

import functools
import gc
import multiprocessing
import multiprocessing.util
import os
import pickle
import signal
from contextlib import contextmanager

from django.db import connections

from .report import BakeError

# The object the methods of a forked worker are called on (set in the parent just
# before forking).
_SUBJECT = None


def usable_jobs(jobs: int | None = None) -> int:
    """How many processes render pages: `jobs`, or one per CPU; but one where
    fork() is missing or the database holds uncommitted work (a forked worker, with
    its own connection, would not see it: inside a transaction, as in tests)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if any(conn.in_atomic_block for conn in connections.all(initialized_only=True)):
        return 1
    if jobs:
        return max(1, jobs)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


class _InThisProcess:
    def __init__(self, subject):
        self.subject = subject

    def imap(self, method, items):
        return (method(self.subject, item) for item in items)

    def imap_unordered(self, method, items, chunksize=1):
        return self.imap(method, items)


class _Forked:
    def __init__(self, pool):
        self.pool = pool

    def imap(self, method, items):
        return self.pool.imap(functools.partial(_call, method), items)

    def imap_unordered(self, method, items, chunksize=1):
        return self.pool.imap_unordered(functools.partial(_call, method), items, chunksize)


@contextmanager
def workers(subject, jobs: int):
    """Something that maps `method(subject, item)` over items: in `jobs` processes
    forked from this one, or in this one when `jobs` is 1."""
    global _SUBJECT
    if jobs <= 1:
        yield _InThisProcess(subject)
        return
    # Each worker opens its own connection: none may be shared across fork().
    connections.close_all()
    _SUBJECT = subject
    # Objects made so far go to the permanent generation: the workers' garbage
    # collections neither scan them nor copy the memory pages they sit in.
    gc.collect()
    gc.freeze()
    pool = multiprocessing.get_context("fork").Pool(jobs, initializer=_worker_start)
    try:
        yield _Forked(pool)
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()
        gc.unfreeze()
        _SUBJECT = None


def _worker_start():
    # The parent coordinates: Ctrl-C reaches it, and it ends the workers with
    # SIGTERM, whatever handlers it has itself (those of `portal db_worker`).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # Rendering makes many short-lived objects; a worker lives for one bake.
    gc.set_threshold(10_000, 20, 20)
    multiprocessing.util.Finalize(None, connections.close_all, exitpriority=10)


def _call(method, item):
    try:
        return method(_SUBJECT, item)
    except Exception as error:
        error.add_note(f"(baking {item})")
        try:
            pickle.loads(pickle.dumps(error))  # it goes back to the parent
        except Exception:
            raise BakeError(f"{item}: {error!r}") from None
        raise
