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

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from kg.model import Article, Extraction
from kg.pipeline import extract

Item = TypeVar("Item")


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


def extract_all(
    items: Iterable[Item], *, workers: int = 1, window: int | None = None
) -> Iterator[tuple[Item, Extraction | Exception | None]]:
    """(item, its extraction or error) for each item, in order; non-articles pass with None.

    With `workers` > 1 the articles are extracted in that many processes; anything else in
    `items` (rejected files, markers) passes through in its place without being sent anywhere.
    """
    if workers <= 1:
        for item in items:
            yield item, safe_extract(item) if isinstance(item, Article) else None
        return
    window = window or workers * 8
    # fork where the platform has it: the workers share the language data already loaded
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    context = multiprocessing.get_context(method)
    pending: deque[tuple[Item, Future | None]] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for item in items:
            future = pool.submit(safe_extract, item) if isinstance(item, Article) else None
            pending.append((item, future))
            while len(pending) > window:
                yield _done(pending.popleft())
        while pending:
            yield _done(pending.popleft())


def _done(entry: tuple[Item, Future | None]) -> tuple[Item, Extraction | Exception | None]:
    item, future = entry
    if future is None:
        return item, None
    try:
        return item, future.result()
    except Exception as error:  # noqa: BLE001 - a worker that died takes its article with it
        return item, error
