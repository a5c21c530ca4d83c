"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint and the provenance answers over HTTP.

Starlette under uvicorn, one server process; queries run in a pool of worker processes
(kg.serve.pool) so that a timeout can stop any query and a crash in the engine costs one
worker, never the server. The server talks to the store only through kg's Store class, opened
read-only in each worker (several readers may share a store), so another kind of store can
stand in later.

    serve("kg-data", port=7878)   # blocks until Ctrl-C; prints the address on stderr
"""

from __future__ import annotations

import asyncio
import os
import socket
import sys

from kg.errors import UsageError
from kg.serve.app import DEFAULT_MAX_REQUEST, create_app
from kg.serve.pool import Pool
from kg.store import Store

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30.0  # seconds a query may run; `kg serve --timeout`
DEFAULT_LIMIT = 100_000  # rows (or triples) a query may give; `kg serve --limit`
DEFAULT_WORKERS = 2  # worker processes, i.e. queries evaluated at once
DEFAULT_MEMORY = 2048  # MiB of address space per worker


def serve(
    location: str,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    timeout: float = DEFAULT_TIMEOUT,
    limit: int = DEFAULT_LIMIT,
    workers: int = DEFAULT_WORKERS,
    memory: int = DEFAULT_MEMORY,
    max_request: int = DEFAULT_MAX_REQUEST,
    cors: str | None = None,
    quiet: bool = False,
) -> None:
    """Serve the store at `location` until interrupted; `port` 0 takes a free port.

    The store is checked first (a missing store is a StoreError, as for `kg query`), the
    socket is bound before anything prints, and the address goes to stderr as
    `kg serve: http://HOST:PORT/sparql (store ...)`. `memory` is MiB per worker (0: no cap).
    """
    import uvicorn

    if workers < 1:
        raise UsageError(f"bad --workers {workers}; give 1 or more")
    Store.open(location, read_only=True).close()
    try:
        listening = socket.create_server((host, port), family=_family(host))
    except OSError as failed:
        why = os.strerror(failed.errno) if failed.errno else str(failed)
        raise UsageError(f"cannot listen on {host}:{port}: {why}") from None
    # uvicorn writes a response's head and body apart: without TCP_NODELAY (inherited by every
    # accepted connection) Nagle holds the body for the client's delayed ACK, ~40 ms a request
    listening.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    bound_host, bound_port = listening.getsockname()[:2]
    pool = Pool(
        location, size=workers, timeout=timeout, limit=limit,
        memory=memory * (1 << 20) if memory else None,
    )  # fmt: skip
    app = create_app(pool, max_request=max_request, cors=cors)
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    print(
        f"kg serve: http://{shown}:{bound_port}/sparql (store {location}, read-only, "
        f"{workers} workers, timeout {timeout:g} s, limit {limit:,} rows)",
        file=sys.stderr,
        flush=True,
    )
    config = uvicorn.Config(
        app,
        log_level="warning" if quiet else "info",
        access_log=not quiet,
        lifespan="on",
        # h11 refuses a request head over 16 KiB with a bare 400 of its own; let a head up to
        # the request cap through so the app answers an over-long URL with its 413 JSON
        http="h11",
        h11_max_incomplete_event_size=max_request + 65_536,
    )
    server = uvicorn.Server(config)
    asyncio.run(server.serve(sockets=[listening]))


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET
