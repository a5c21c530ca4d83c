"""The SPARQL endpoints a store runs on, and the folders on disk that hold one.

`kg.store` reads and writes only through an `Endpoint`: today the embedded Oxigraph store
(`Embedded`), later a remote SPARQL 1.1 server implementing the same small interface.
`open_folder` opens the Oxigraph store in a folder; a folder is taken for one only when it
holds one (`_is_store`), so a folder of other files is never written into.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox
from pyoxigraph import Quad, Variable

from kg import rdf
from kg.errors import StoreError

_FAMILIES = ("id2str", "gspo", "dspo")  # column families every Oxigraph store has


class Endpoint(Protocol):
    """What the store needs from a SPARQL service: query, update, extend, dump.

    `update` applies one SPARQL update request atomically (all of it or none of it); `extend`
    adds quads given as terms, also atomically, with no SPARQL text in between (a remote
    server does it as one Graph Store Protocol POST of N-Quads); `bulk_extend` adds quads as
    fast as the endpoint can, with no promise of atomicity (a crash may leave some of them:
    kg.write makes that safe with its journal).
    """

    def query(
        self, sparql: str, *, substitutions: Mapping[Variable, Any] | None = None, union: bool
    ) -> Any: ...

    def update(self, sparql: str) -> None: ...

    def extend(self, quads: list[Quad]) -> None: ...

    def bulk_extend(self, quads: list[Quad]) -> None: ...

    def dump_nquads(self) -> bytes: ...


class Embedded:
    """An Endpoint over an embedded pyoxigraph store (on disk or in memory).

    Oxigraph keeps written data in memory until it is flushed to disk; without a flush now and
    then, ingesting thousands of articles grows the process by ~0.5 MiB an article. Flushing
    every FLUSH_EVERY updates keeps memory flat (measured in benchmarks/ingest_scale.py).
    """

    FLUSH_EVERY = 100
    FLUSH_QUADS = 100_000  # quads added by `extend` between flushes

    def __init__(self, store: ox.Store):
        self.store = store
        self.updates = 0
        self.extended = 0

    def query(
        self, sparql: str, *, substitutions: Mapping[Variable, Any] | None = None, union: bool
    ) -> Any:
        return self.store.query(
            sparql,
            substitutions=dict(substitutions or {}),
            use_default_graph_as_union=union,
            prefixes=rdf.PREFIXES,
        )

    def update(self, sparql: str) -> None:
        self.store.update(sparql, prefixes=rdf.PREFIXES)
        self.updates += 1
        if self.updates % self.FLUSH_EVERY == 0:
            self.store.flush()

    def extend(self, quads: list[Quad]) -> None:
        self.store.extend(quads)
        self.extended += len(quads)
        if self.extended >= self.FLUSH_QUADS:
            self.extended = 0
            self.store.flush()

    def bulk_extend(self, quads: list[Quad]) -> None:
        """Oxigraph's bulk loader: sorted files written beside the store and ingested, ~3x
        faster than `extend` and near `bulk_load`, but not one transaction."""
        self.store.bulk_extend(quads)

    def dump_nquads(self) -> bytes:
        return self.store.dump(format=ox.RdfFormat.N_QUADS)

    def dump_nquads_file(self, path: str) -> None:
        """Dump to a file, streamed by Oxigraph itself: no copy of the store in memory."""
        self.store.dump(path, format=ox.RdfFormat.N_QUADS)


class _Closed:
    """The endpoint of a closed store (`Store.close`): any use of it is a StoreError."""

    def __getattr__(self, name: str) -> Any:
        raise StoreError("the store is closed")


def open_folder(folder: Path, *, create: bool, read_only: bool) -> ox.Store:
    """The Oxigraph store in `folder`, read-only or for writing (see `Store.open`): created
    only when `create` and not read-only, never taken over from something else in the folder.
    Every refusal is a StoreError that says what to pass instead."""
    exists = _is_store(folder)
    if not exists and folder.is_file():
        raise StoreError(f"{folder} is a file, not a kg store; pass a folder to --store")
    if not exists and folder.is_dir() and any(folder.iterdir()):
        writing = create and not read_only
        wanted = "a new or empty folder" if writing else "the folder of a store"
        raise StoreError(
            f"{folder} exists and is not a kg store (it holds other files, left untouched); "
            f"pass {wanted} to --store"
        )
    if not exists and (read_only or not create):
        raise StoreError(f"no store at {folder}; run `kg ingest` first or pass --store")
    if not exists and os.path.lexists(folder) and not folder.exists():
        raise StoreError(f"{folder} is a broken link, not a kg store; pass another --store")
    blocking = next((p for p in folder.parents if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        raise StoreError(f"cannot create store {folder}: {blocking} is a file, not a folder")
    try:
        if read_only:
            store = ox.Store.read_only(str(folder))
        else:
            folder.parent.mkdir(parents=True, exist_ok=True)
            store = ox.Store(str(folder))
    except OSError as error:
        if "lock" in str(error).lower():
            raise StoreError(
                f"store {folder} is in use by another kg process; wait for it to finish"
            ) from None
        raise StoreError(f"cannot open store {folder}: {error.strerror or error}") from None
    except RuntimeError as error:  # RocksDB refuses the files: damaged, or another version
        raise StoreError(f"cannot open store {folder}: {error}") from None
    return store


def _is_store(folder: Path) -> bool:
    """Does `folder` hold an Oxigraph store? RocksDB's CURRENT names a manifest that exists,
    and its options list Oxigraph's column families. Only regular files are read, so a
    folder that merely has a file named CURRENT is never taken for a store."""

    def head(path: Path, size: int) -> bytes:
        try:
            if not stat.S_ISREG(path.stat().st_mode):
                return b""
            with open(path, "rb") as stream:
                return stream.read(size)
        except OSError:
            return b""

    current = head(folder / "CURRENT", 64)
    manifest = re.fullmatch(rb"(MANIFEST-\d+)\n", current)
    if manifest is None or not (folder / manifest.group(1).decode()).is_file():
        return False
    options = sorted(folder.glob("OPTIONS-*"))
    return bool(options) and all(
        f'[CFOptions "{family}"]'.encode() in head(options[-1], 1 << 20) for family in _FAMILIES
    )
