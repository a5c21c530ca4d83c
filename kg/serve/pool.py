"""A small pool of worker processes that evaluate queries, each stoppable at its deadline.

pyoxigraph cannot cancel a query, and a query that sorts or groups a cross join computes
(and holds in memory) everything before its first row. A thread stopped waiting for such a
query keeps burning a core and memory until it ends, which may be never; a Rust panic (such as
pyoxigraph 0.5.13's on ORDER BY over columns mixing kinds of values) aborts the whole process.
So the server never evaluates anything itself: each job goes to one of `size` worker processes
(each with the store opened read-only), and at the deadline the server kills that worker with
SIGKILL and starts a fresh one. Whatever a query does, it costs at most one worker for
`timeout` seconds, within `memory` bytes of address space; the server and the other workers go
on. A worker that dies (an abort, out of memory) is reported and replaced the same way.

Requests wait for a free worker at most `timeout` seconds, and at most `backlog` wait at
once; beyond that they get 503 at once. A worker also ends by itself when the server process
is gone, so a killed server leaves no worker behind.

A read-only store sees the data as of its opening; before each job a worker compares the
store folder's files (names, sizes, times) with what it opened, and opens the store again when
a `kg ingest` or `kg remove` has written meanwhile (each article whole or absent, as always).
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import resource
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from typing import Any

from kg.serve.jobs import Reply, answer, error, sparql

START_TIMEOUT = 60.0  # seconds a fresh worker may take to import kg and open the store
_CONTEXT = multiprocessing.get_context("spawn")  # never fork a process that runs threads


class Worker:
    """One worker process and the pipe to it."""

    def __init__(self, location: str, memory: int | None):
        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(
            target=work, args=(child, location, memory, os.getpid()), daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False
        self.failed = False

    def call(self, job: tuple[str, Any], timeout: float | None) -> Reply | None:
        """Send a job and wait for its Reply; None when the deadline passed first.

        Raises EOFError when the worker died (its own fault, never the server's).
        """
        if not self.ready:
            if not self.conn.poll(START_TIMEOUT):
                raise EOFError("the worker did not start")
            started = self.conn.recv()
            if isinstance(started, Reply):  # it could not open the store, and ended
                self.failed = True
                return started
            self.ready = True
        self.conn.send(job)
        if not self.conn.poll(timeout):
            return None
        return self.conn.recv()

    def kill(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class Pool:
    """Worker processes behind an asyncio interface: `await pool.run(job)` gives a Reply."""

    def __init__(
        self,
        location: str,
        *,
        size: int = 2,
        timeout: float | None = 30.0,
        limit: int | None = 100_000,
        memory: int | None = None,
        backlog: int = 32,
    ):
        self.location = location
        self.size = size
        self.timeout = timeout or None
        self.limit = limit or None
        self.memory = memory or None
        self.backlog = backlog
        self.waiting = 0
        self.stopping = False
        self.workers: list[Worker] = []
        self._idle: asyncio.Queue[Worker] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._threads = ThreadPoolExecutor(max_workers=size, thread_name_prefix="kg-serve")

    def start(self) -> None:
        """Start the workers (call from the event loop that will use the pool)."""
        self._loop = asyncio.get_running_loop()
        self._idle = asyncio.Queue()
        for _ in range(self.size):
            worker = Worker(self.location, self.memory)
            self.workers.append(worker)
            self._idle.put_nowait(worker)

    def stop(self) -> None:
        self.stopping = True
        for worker in self.workers:
            worker.kill()
        self.workers = []
        self._threads.shutdown(wait=False, cancel_futures=True)

    async def sparql(self, query: str, accept: str) -> Reply:
        return await self.run(("sparql", {"query": query, "accept": accept, "limit": self.limit}))

    async def answer(self, what: str, args: dict[str, str | None]) -> Reply:
        return await self.run(("answer", {"name": what, "args": args}))

    async def run(self, job: tuple[str, Any]) -> Reply:
        assert self._idle is not None and self._loop is not None, "Pool.start() first"
        if self.waiting >= self.backlog:
            return _busy(f"{self.waiting} requests are already waiting")
        self.waiting += 1
        try:
            worker = await asyncio.wait_for(self._idle.get(), self.timeout)
        except TimeoutError:
            return _busy(f"no worker was free within {self.timeout:g} s")
        finally:
            self.waiting -= 1
        # The thread returns the worker (or its replacement) to the pool itself, so a client
        # that goes away mid-query never puts a busy worker back.
        future = self._loop.run_in_executor(self._threads, self._call, worker, job)
        return await asyncio.shield(future)

    def _call(self, worker: Worker, job: tuple[str, Any]) -> Reply:
        started = time.monotonic()
        try:
            reply = worker.call(job, self.timeout)
        except (EOFError, OSError):
            code = self._replace(worker)
            return error(
                500,
                "engine_crash",
                f"the query engine stopped while answering (worker exit status {code}): it ran "
                "out of memory (kg serve --memory) or hit an engine bug, such as pyoxigraph's "
                "on ORDER BY over values of mixed kinds; the server goes on",
            )
        if reply is None:
            self._replace(worker)
            spent = time.monotonic() - started
            return error(
                504,
                "timeout",
                f"the query took longer than {self.timeout:g} s and was stopped after "
                f"{spent:.1f} s (kg serve --timeout); narrow it (LIMIT, more specific patterns)",
            )
        if worker.failed:
            self._replace(worker)
        else:
            self._give_back(worker)
        return reply

    def _replace(self, worker: Worker) -> int | None:
        """Kill `worker` and put a fresh one in its place; returns the old one's exit status."""
        worker.kill()
        if not self.stopping:
            fresh = Worker(self.location, self.memory)
            self.workers = [fresh if w is worker else w for w in self.workers]
            self._give_back(fresh)
        return worker.process.exitcode

    def _give_back(self, worker: Worker) -> None:
        assert self._loop is not None and self._idle is not None
        with contextlib.suppress(RuntimeError):  # the loop closed: the server is stopping
            self._loop.call_soon_threadsafe(self._idle.put_nowait, worker)


def _busy(why: str) -> Reply:
    return error(503, "busy", f"the server is busy ({why}); retry shortly", **{"Retry-After": "1"})


# --- inside a worker process ---------------------------------------------------------------


def work(conn: Connection, location: str, memory: int | None, server: int) -> None:
    """A worker's life: open the store read-only, then answer jobs until the pipe closes."""
    from kg.errors import KgError
    from kg.store import Store

    if memory:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    threading.Thread(target=_watch, args=(server,), daemon=True).start()
    try:
        store, seen = Store.open(location, read_only=True), _signature(location)
    except KgError as failed:
        conn.send(error(500, "store", str(failed)))
        return
    conn.send("ready")
    while True:
        try:
            kind, job = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        now = _signature(location)
        if now != seen:  # a `kg ingest` or `kg remove` wrote since: read what it wrote
            with contextlib.suppress(KgError):  # mid-write: keep the last snapshot for now
                fresh = Store.open(location, read_only=True)
                store.close()
                store, seen = fresh, now
        try:
            if kind == "sparql":
                reply = sparql(store, job["query"], accept=job["accept"], limit=job["limit"])
            else:
                reply = answer(store, job["name"], job["args"])
        except MemoryError:
            reply = error(500, "memory", "the answer needs more memory than kg serve --memory")
        except Exception as failed:  # never a traceback to the client; one line to the log
            print(f"kg serve worker: {type(failed).__name__}: {failed}", file=sys.stderr)
            reply = error(500, "internal", f"{type(failed).__name__}: {failed}")
        conn.send(reply)


def _signature(location: str) -> tuple:
    """What the store's files look like: a read-only store sees the data as of its opening,
    so a worker opens it again when a writer has changed them."""
    with contextlib.suppress(OSError), os.scandir(location) as entries:
        return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in entries))
    return ()


def _watch(server: int) -> None:
    """End this worker when the server that started it is gone (even mid-query)."""
    while os.getppid() == server:
        time.sleep(1.0)
    os._exit(0)
