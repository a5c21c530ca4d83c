"""The bulk write path: many articles per transaction, written as terms, each whole or absent.

`Batch.put` plans each article as `Store.put` would (against the store as it is, see
`Store.plan`) and keeps the plan; `flush` writes all the kept plans at once:

1. the operations that finish the batch are worked out first, while the store does not hold
   the new graphs yet (dropped and detached graphs, and the entity descriptions they all
   change, worked out once for the batch instead of once per article);
2. one transaction lists the batch's new article graphs in the write journal
   (`store.PENDING`), then Oxigraph's bulk loader adds them as pyoxigraph terms, with no
   SPARQL text (`bulk_extend`: near `bulk_load`'s speed, not atomic);
3. one SPARQL update drops what the batch replaces, rewrites the changed descriptions (and
   any graph that was already stored, rewritten in place) and clears the journal.

A process killed after 2 began and before 3 was applied leaves the journal behind: the next
`Store.open` for writing drops the graphs it lists, whole or partly written
(`Store.recover`), so the store is exactly as before the batch, and each article is whole or
absent whatever the moment of the crash.

The result is the one sequential `put`s give, byte for byte: entity descriptions are a
function of the set of statements the article graphs make (kg.describe), so working them out
once for many articles gives what one article at a time gives; and an article whose plan would
read what the batch has not written yet (the same path, the same graph, or a graph the batch
detaches from) flushes the batch before it is planned.

    >>> from kg.model import Article, Extraction
    >>> from kg.store import Store
    >>> store = Store.memory()
    >>> with Batch(store) as batch:
    ...     [batch.put(Extraction(Article(id=c * 64, path=f"{c}.txt", file=f"{c}.txt",
    ...                                   text=c, lang="en"), (), ())) for c in "ab"]
    ['added', 'added']
    >>> store.stats()["articles"]
    2
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from pyoxigraph import Quad

from kg.model import Extraction
from kg.rdf import KG
from kg.store import PENDING, Plan, Store, _join


class Batch:
    """Puts articles many at a time (see the module); use it as a context manager, or call
    `flush` before reading the store: planned articles are not in it until then."""

    ARTICLES = 250  # articles per transaction
    QUADS = 150_000  # or quads (memory and transaction size)
    SECONDS = 2.0  # or the age of the oldest planned article: a slow run still shows progress

    def __init__(self, store: Store, *, articles: int | None = None, quads: int | None = None):
        self.store = store
        self.articles = articles or self.ARTICLES
        self.quads = quads or self.QUADS
        self.started = 0.0
        self.plans: list[Plan] = []
        self.paths: set[str] = set()
        self.graphs: set = set()
        self.size = 0

    def __enter__(self) -> Batch:
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        if kind is None:
            self.flush()

    def put(self, extraction: Extraction, quads: Iterable[Quad] | None = None) -> str:
        """Plan one article ('added', 'replaced' or 'unchanged', as `Store.put` says); it is
        written with the batch. `quads`: its quads when already built (`rdf.article_quads`)."""
        quads = None if quads is None else list(quads)
        plan = self.store.plan(extraction, quads)
        if not plan.paths.isdisjoint(self.paths) or not plan.graphs.isdisjoint(self.graphs):
            self.flush()  # it depends on what the batch has not written yet
            plan = self.store.plan(extraction, quads)
        if plan.outcome == "unchanged":
            return plan.outcome
        if not self.plans:
            self.started = time.monotonic()
        self.plans.append(plan)
        self.paths |= plan.paths
        self.graphs |= plan.graphs
        self.size += len(plan.new)
        if (
            len(self.plans) >= self.articles
            or self.size >= self.quads
            or time.monotonic() - self.started >= self.SECONDS
        ):
            self.flush()
        return plan.outcome

    def flush(self) -> None:
        """Write every planned article (see the module for the two transactions)."""
        if not self.plans:
            return
        plans, self.plans = self.plans, []
        self.paths, self.graphs, self.size = set(), set(), 0
        fresh = [p for p in plans if not p.in_place]
        inline = [p for p in plans if p.in_place]
        ops = self.store.write_ops(plans, inline=inline)  # before the new graphs are stored
        if fresh:
            self.store.extend([Quad(PENDING, KG.writes, p.graph, PENDING) for p in fresh])
            self.store.extend([q for p in fresh for q in p.new], bulk=True)
            ops.append(f"DROP SILENT GRAPH {PENDING}")
        self.store.update(_join(ops))
