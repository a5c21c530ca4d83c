"""Extraction across worker processes, results back in input order, memory bounded.

Extraction is pure and per article (`kg.pipeline.extract`), so articles can be extracted in a
pool of processes while one writer stores the results in the order they were read: the store
sees exactly the sequence a single process would give it, so the output is byte-identical
whatever the number of workers. At most `window` articles are in flight, so a fast reader
never runs ahead of a slow writer by more than that (back-pressure: memory stays flat).

    >>> from kg.read import read_text
    >>> texts = ["The council said that it would open the new library.",
    ...          "The minister said that the bridge would open in the spring."]
    >>> items = [read_text(t, path=f"{i}.txt") for i, t in enumerate(texts)]
    >>> [type(out).__name__ for _, out in extract_all(items, workers=1)]
    ['Extraction', 'Extraction']
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

from pyoxigraph import Quad

from kg.model import Article, Extraction
from kg.pipeline import extract
from kg.rdf import article_quads

Item = TypeVar("Item")
Prepared = tuple[Extraction, list[Quad]]


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def safe_extract(article: Article) -> Extraction | Exception:
    """The extraction of one article, or the error it raised (one bad article must not stop a
    run, and an exception crossing a process boundary should be a value)."""
    try:
        return extract(article)
    except Exception as error:  # noqa: BLE001 - reported per article by the caller
        return error


def safe_prepare(article: Article) -> Prepared | Exception:
    """The extraction of one article and its quads (`rdf.article_quads`), or the error: the
    quads are built where the article was extracted, so the writer only writes them."""
    try:
        extraction = extract(article)
        return extraction, article_quads(extraction)
    except Exception as error:  # noqa: BLE001 - reported per article by the caller
        return error


def extract_all(
    items: Iterable[Item],
    *,
    workers: int = 1,
    window: int | None = None,
    task: Callable[[Article], Any] = safe_extract,
) -> Iterator[tuple[Item, Any]]:
    """(item, `task(item)`) for each item, in order; non-articles pass with None.

    `task` is `safe_extract` (the extraction or its error) or `safe_prepare` (the extraction
    and its quads, or the error). With `workers` > 1 the articles go to that many processes;
    anything else in `items` (rejected files, markers) passes through in its place without
    being sent anywhere.
    """
    if workers <= 1:
        for item in items:
            yield item, task(item) if isinstance(item, Article) else None
        return
    window = window or workers * 32  # enough to keep the workers busy while a batch is written
    # fork where the platform has it: the workers share the language data already loaded
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    context = multiprocessing.get_context(method)
    pending: deque[tuple[Item, Future | None]] = deque()
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_die_with_parent,
        initargs=(os.getpid(),),
    )
    try:
        for item in items:
            future = pool.submit(task, item) if isinstance(item, Article) else None
            pending.append((item, future))
            while len(pending) > window:
                yield _done(pending.popleft())
        while pending:
            yield _done(pending.popleft())
    finally:  # also when the caller stops early (an error, ^C): drop what is still queued
        pool.shutdown(wait=True, cancel_futures=True)


def _die_with_parent(parent: int) -> None:
    """Ask Linux to end this worker when the process that made it dies: a `kg ingest` killed
    with SIGKILL must not leave workers behind that hold its pipes and memory."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the pool's own shutdown has to do
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


_PR_SET_PDEATHSIG = 1


def _done(entry: tuple[Item, Future | None]) -> tuple[Item, Any]:
    item, future = entry
    if future is None:
        return item, None
    try:
        return item, future.result()
    except Exception as error:  # noqa: BLE001 - a worker that died takes its article with it
        return item, error
