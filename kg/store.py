"""The store: one named graph per article plus the entities graph, in Oxigraph.

Every write is one SPARQL update request, which Oxigraph applies atomically: an article's
graph, the graphs it replaces and the entity descriptions it changes move together or not at
all. All reads and writes go through SPARQL on an `Endpoint` (`kg.endpoint`), so a remote
SPARQL 1.1 server can later stand in for the embedded store by implementing that small interface.

An article graph is named by the article's content hash, so the same text read from two files
is one graph with two `kg:sourcePath` values (a "source" is one such graph and path pair). The
path is the source's identity, as `kg.read` gives it (a resolved absolute path, `FILE:LINE`,
a stdin name or `<stdin:HASH>`): a put replaces what was read from the same path, a remove takes
exactly the sources a target names (`kg.sources`).
Entity descriptions in `rdf.ENTITY_GRAPH` are always recomputed from the article graphs, never
edited in place, so they cannot drift from what the articles say.

    >>> from kg.model import Article, Extraction
    >>> store = Store.memory()
    >>> article = Article(id="ab" * 32, path="a.txt", file="a.txt", text="Hello.", lang="en")
    >>> store.put(Extraction(article, (), ()))
    'added'
    >>> store.put(Extraction(article, (), ()))
    'unchanged'
    >>> store.stats()["articles"]
    1
"""

from __future__ import annotations

import contextlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox
from pyoxigraph import Literal, NamedNode, Quad, Variable

from kg import aggregates, describe, rdf
from kg.dump import write_sorted
from kg.endpoint import Embedded, Endpoint, _Closed, open_folder
from kg.errors import KgError, StoreError
from kg.model import Extraction
from kg.rdf import BASE, ENTITY_GRAPH, KG
from kg.read import file_name
from kg.sources import _relative_spellings, named_by

DEFAULT_PATH = "kg-data"
FACT_KINDS = {  # class of a fact node -> the kind name stats and the queries use
    "Membership": "roles",
    "Investment": "investments",
    "Partnership": "partnerships",
    "QuantityClaim": "claims",
}
# The write journal: the article graphs a batch is adding, listed in the same transaction that
# adds them and cleared by the one that completes the batch (see kg.write, Store.recover).
PENDING = NamedNode(BASE + "graph/pending")


@dataclass
class Plan:
    """What putting one article changes (`Store.plan`): its outcome, its graph as it will be
    stored (`new`), the stored graphs it drops or rewrites, the source quads it detaches from
    graphs that other files keep, and the path spellings it claims. `in_place`: the graph is
    already stored (the same text read from another file) and is rewritten."""

    outcome: str
    graph: NamedNode
    new: set[Quad]
    rewritten: set[NamedNode]
    detached: list[Quad]
    paths: set[str]
    in_place: bool = False

    @property
    def graphs(self) -> set[NamedNode]:
        """Every graph this plan reads or writes."""
        return {self.graph, *self.rewritten, *(q.graph_name for q in self.detached)}


class Store:
    """The knowledge graph: article graphs and canonical entity descriptions."""

    def __init__(self, endpoint: Endpoint, *, location: str = "<memory>"):
        self.endpoint = endpoint
        self.location = location

    @classmethod
    def memory(cls) -> Store:
        """A throw-away in-memory store (tests, one-off scripts)."""
        return cls(Embedded(ox.Store()))

    @classmethod
    def open(
        cls, path: str | Path = DEFAULT_PATH, *, create: bool = True, read_only: bool = False
    ) -> Store:
        """Open the on-disk store at `path`, creating it only when `create` (and not read-only).

        A read-only store takes no lock, so several readers may share it; it must not be
        written meanwhile. A folder that exists but holds something else is never taken over.

        >>> import tempfile, os
        >>> folder = os.path.join(tempfile.mkdtemp(), "kg-data")
        >>> Store.open(folder, read_only=True)
        Traceback (most recent call last):
        ...
        kg.errors.StoreError: no store at ...; run `kg ingest` first or pass --store
        >>> Store.open(folder).stats()["articles"]
        0
        """
        folder = Path(path)
        store = open_folder(folder, create=create, read_only=read_only)
        opened = cls(Embedded(store), location=str(folder))
        if not read_only:
            opened.recover()  # a batch a killed process left half-written
        return opened

    def close(self) -> None:
        """Release the store (and its lock); the object is unusable afterwards."""
        store = getattr(self.endpoint, "store", None)
        if store is not None and hasattr(store, "flush"):
            with contextlib.suppress(OSError, RuntimeError):  # read-only: nothing to flush
                store.flush()
        self.endpoint = _Closed()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing -----------------------------------------------------------------------------

    def put(self, extraction: Extraction) -> str:
        """Store one article: 'added', 'replaced' (its file held other content) or 'unchanged'.

        The article's graph replaces any older graph read from the same path, and every entity
        the old or new graphs mention gets its description recomputed, all in one update.
        Content already stored from the same path with the same facts is left alone.
        """
        outcome, request = self.put_request(extraction)
        if request:
            self.update(request)
        return outcome

    def put_request(self, extraction: Extraction) -> tuple[str, str]:
        """What `put` would do: its outcome and the one SPARQL update it would run ('' if none)."""
        plan = self.plan(extraction)
        if plan.outcome == "unchanged":
            return "unchanged", ""
        return plan.outcome, _join(self.write_ops([plan], inline=[plan]))

    def plan(self, extraction: Extraction, quads: Iterable[Quad] | None = None) -> Plan:
        """What putting one article changes, worked out against the store as it is now.

        `quads` are the article's quads when already built (`rdf.article_quads`, e.g. in a
        worker process). Nothing is written: `write_ops` turns plans into updates.
        """
        article = extraction.article
        graph = rdf.article_iri(article.id)
        built = rdf.article_quads(extraction) if quads is None else quads
        spellings = {article.path, *_relative_spellings(article.path)}
        sources = [s for path in sorted(spellings) for s in self._sources(path=path)]
        existing = self._graph_quads(graph)
        if existing:
            # The same text read from other files: those files stay sources of the graph.
            new = _as_stored(built)
            others = {p for _, p in self._sources(graph=graph)} - spellings
            kept = {q for q in existing if q.predicate in (KG.sourcePath, KG.fileName)}
            new |= {q for q in kept if q.predicate == KG.fileName or q.object.value in others}
            if new == existing:
                return Plan("unchanged", graph, set(), set(), [], spellings, in_place=True)
        else:  # a new graph: Oxigraph normalises literals as it writes them
            new = set(built)
        dropped: set[NamedNode] = set()
        detached: list[Quad] = []
        replaced: dict[NamedNode, list[str]] = defaultdict(list)
        for old, path in sources:
            if old != graph:
                replaced[old].append(path)
        for old, paths in sorted(replaced.items(), key=lambda item: str(item[0])):
            self._detach(old, paths, dropped, detached)
        rewritten = dropped | ({graph} if existing else set())
        outcome = "replaced" if sources else "added"
        return Plan(outcome, graph, new, rewritten, detached, spellings, in_place=bool(existing))

    def write_ops(self, plans: list[Plan], *, inline: list[Plan]) -> list[str]:
        """The SPARQL operations that apply `plans` (planned against the store as it is now,
        on distinct paths and graphs): graphs dropped, sources detached, the descriptions of
        the entities they change, and the quads of the `inline` plans (the others' quads are
        written apart, see `kg.write`). Must be worked out before any of it is written."""
        rewritten = set().union(*(p.rewritten for p in plans))
        detached = [q for p in plans for q in p.detached]
        new = set().union(*(p.new for p in plans))
        before = describe.statements_in(self.select, rewritten)
        after = describe.statements(new)
        change = aggregates.update(
            self.select, before=before, after=after, rewritten=rewritten,
            written={p.graph: p.new for p in plans}, detached=detached,
        )  # fmt: skip
        ops = [f"DROP SILENT GRAPH {g}" for g in sorted(rewritten, key=str)]
        if detached:
            ops.append(f"DELETE DATA {{ {_block(detached)} }}")
        ops.append(change.delete_request())
        inserted = sorted({q for p in inline for q in p.new}, key=str) + change.insert
        if inserted:
            ops.append(f"INSERT DATA {{ {_block(inserted)} }}")
        return ops

    def remove(self, target: str) -> int:
        """Drop the articles read from `target`; returns how many sources were removed.

        `target` is a path (as ingested or any spelling of it: relative, absolute, through a
        link), `FILE.jsonl:LINE` for one record, or a bare file name when it names one file
        only (a JSON Lines file names all its lines; `<stdin>` every article read from stdin
        without --name). Entities no remaining article mentions lose their description; the
        others are recomputed.

        >>> Store.memory().remove("missing.txt")
        Traceback (most recent call last):
        ...
        kg.errors.KgError: no article in the store was read from missing.txt; ...
        """
        matched = named_by(target, self._sources())
        if not matched:
            raise KgError(
                f"no article in the store was read from {target}; "
                "give the path as ingested or the bare file name (see `kg export`)"
            )
        self.update(self._remove_request(matched))
        return len(matched)

    def remove_lines(self, path: str, keep: Iterable[int]) -> int:
        """Drop the articles of JSON Lines file `path` whose line is not in `keep`: re-reading
        a file that lost lines must not leave them in the store. Returns how many."""
        keep = set(keep)
        rows = self.select(
            "SELECT ?g ?path ?file WHERE {"
            " GRAPH ?g { ?g kg:fileName ?file ; kg:sourcePath ?path } }",
            file=Literal(file_name(path)),
        )
        gone = []
        for row in rows:
            stored = row["path"].value
            whole, _, line = stored.rpartition(":")
            if whole == path and line.isdigit() and int(line) not in keep:
                gone.append((row["g"], stored))
        if gone:
            self.update(self._remove_request(sorted(gone, key=lambda s: (str(s[0]), s[1]))))
        return len(gone)

    def _remove_request(self, matched: list[tuple[NamedNode, str]]) -> str:
        """The one update that takes the `matched` sources out of the store."""
        by_graph: dict[NamedNode, list[str]] = defaultdict(list)
        for graph, path in matched:
            by_graph[graph].append(path)
        dropped: set[NamedNode] = set()
        detached: list[Quad] = []
        for graph, paths in sorted(by_graph.items(), key=lambda item: str(item[0])):
            self._detach(graph, paths, dropped, detached)
        before = describe.statements_in(self.select, dropped)
        change = aggregates.update(
            self.select, before=before, after=set(), rewritten=dropped, written={},
            detached=detached,
        )  # fmt: skip
        ops = [f"DROP SILENT GRAPH {g}" for g in sorted(dropped, key=str)]
        if detached:
            ops.append(f"DELETE DATA {{ {_block(detached)} }}")
        ops.append(change.delete_request())
        if change.insert:
            ops.append(f"INSERT DATA {{ {_block(change.insert)} }}")
        return _join(ops)

    def _detach(
        self, graph: NamedNode, paths: list[str], dropped: set[NamedNode], detached: list[Quad]
    ) -> None:
        """Plan taking `paths` away from `graph`: drop it when no other source keeps it."""
        remaining = {p for g, p in self._sources(graph=graph)} - set(paths)
        if not remaining:
            dropped.add(graph)
            return
        kept_files = {file_name(p) for p in remaining}
        for path in paths:
            detached.append(Quad(graph, KG.sourcePath, Literal(path), graph))
            if file_name(path) not in kept_files:
                detached.append(Quad(graph, KG.fileName, Literal(file_name(path)), graph))

    def update(self, request: str) -> None:
        """Run one SPARQL update request: all of it is applied, or none of it."""
        try:
            self.endpoint.update(request)
        except (OSError, RuntimeError, SyntaxError) as error:
            hint = ""
            if "No space left" in str(error):
                hint = "; the disk is full: articles stored so far are kept, free space and rerun"
            raise StoreError(f"cannot write to store {self.location}: {error}{hint}") from None

    def extend(self, quads: list[Quad], *, bulk: bool = False) -> None:
        """Add `quads` in one transaction: all of them are added, or none. With `bulk`, as
        fast as the endpoint can and not atomically: a crash may leave some of them."""
        try:
            (self.endpoint.bulk_extend if bulk else self.endpoint.extend)(quads)
        except (OSError, RuntimeError) as error:
            hint = ""
            if "No space left" in str(error):
                hint = "; the disk is full: articles stored so far are kept, free space and rerun"
            raise StoreError(f"cannot write to store {self.location}: {error}{hint}") from None

    def recover(self) -> int:
        """Finish what a write stopped half-way left (see `kg.write`): the article graphs a
        batch added before the process died are dropped, so the store is as before the batch.
        Returns how many graphs were dropped. Run whenever a store is opened for writing."""
        rows = self.select(f"SELECT ?p ?o WHERE {{ GRAPH {PENDING} {{ ?s ?p ?o }} }}")
        if not rows:
            return 0
        graphs = sorted({row["o"] for row in rows if row["p"] == KG.writes}, key=str)
        ops = [f"DROP SILENT GRAPH {g}" for g in graphs] + [f"DROP SILENT GRAPH {PENDING}"]
        self.update(_join(ops))
        return len(graphs)

    # --- reading -----------------------------------------------------------------------------

    def select(self, sparql: str, *, union: bool = False, **bound: Any) -> list[dict[str, Any]]:
        """Rows of a SELECT as dicts of bound terms; `bound` binds variables by name.

        For the store's own reads (prefixes kg:, schema:, rdfs:... are predeclared); user
        queries go through `kg.query.run_query`, which reads files and checks parameters.

        >>> Store.memory().select("SELECT ?x WHERE { }", x=Literal("a"))
        [{'x': <Literal value=a datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>}]
        """
        subs = {Variable(name): value for name, value in bound.items()}
        try:
            solutions = self.endpoint.query(sparql, substitutions=subs, union=union)
            names = [v.value for v in solutions.variables]
            return [{n: s[n] for n in names if s[n] is not None} for s in solutions]
        except (OSError, RuntimeError) as error:
            raise StoreError(f"cannot read store {self.location}: {error}") from None

    def _sources(
        self, *, graph: NamedNode | None = None, path: str | None = None
    ) -> list[tuple[NamedNode, str]]:
        """(article graph, source path) pairs, optionally for one graph or one path."""
        bound: dict[str, Any] = {}
        if graph is not None:
            bound["g"] = graph
        if path is not None:
            bound["path"] = Literal(path)
        sparql = "SELECT ?g ?path WHERE { GRAPH ?g { ?g kg:sourcePath ?path } }"
        rows = self.select(sparql, **bound)
        return sorted(((r["g"], r["path"].value) for r in rows), key=lambda s: (str(s[0]), s[1]))

    def _graph_quads(self, graph: NamedNode) -> set[Quad]:
        rows = self.select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", g=graph)
        return {Quad(r["s"], r["p"], r["o"], graph) for r in rows}

    def stats(self) -> dict[str, Any]:
        """Counts: articles, sources, quads, languages, entities by type, facts by kind.

        Quads and facts are summed from the count records put and remove keep per article
        graph (kg.aggregates), the rest read by index; only a store with article graphs
        written before those records were kept is counted quad by quad.
        """

        def count(sparql: str) -> int:
            rows = self.select(sparql)
            return int(rows[0]["n"].value) if rows else 0

        def grouped(sparql: str) -> dict[str, int]:
            out: dict[str, int] = {}
            for row in self.select(sparql):
                key = row["key"].value
                key = re.split(r"[#/]", key)[-1] if isinstance(row["key"], NamedNode) else key
                out[key] = out.get(key, 0) + int(row["n"].value)
            return dict(sorted(out.items()))

        articles = count(
            "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a schema:NewsArticle } }"
        )
        recorded, sums = aggregates.totals(self.select)
        if recorded == articles:
            described = count(
                f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {ENTITY_GRAPH} {{ ?s ?p ?o }} }}"
            )
            quads = sums.get("quads", 0) + described
            facts = {local: sums.get(name, 0) for local, (name, _) in aggregates.KINDS.items()}
        else:  # some article graphs have no count record: count them all
            quads = count(
                f"""SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
                      FILTER(?g != {aggregates.COUNTS_GRAPH}) }}"""
            )
            facts = grouped(
                """SELECT ?key (COUNT(?f) AS ?n) WHERE {
                     GRAPH ?g { ?f prov:wasDerivedFrom ?g ; a ?key } } GROUP BY ?key"""
            )
        facts = dict(sorted((k, n) for k, n in facts.items() if n))
        return {
            "articles": articles,
            "sources": count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g kg:sourcePath ?p } }"),
            "quads": quads,
            "languages": grouped(
                """SELECT ?key (COUNT(DISTINCT ?g) AS ?n) WHERE {
                     GRAPH ?g { ?g schema:inLanguage ?key } } GROUP BY ?key"""
            ),
            "entities": grouped(
                f"""SELECT ?key (COUNT(DISTINCT ?e) AS ?n) WHERE {{
                      GRAPH {ENTITY_GRAPH} {{ ?e a ?key }} }} GROUP BY ?key"""
            ),
            "facts": {FACT_KINDS[k]: n for k, n in facts.items() if k in FACT_KINDS},
        }

    # --- export ------------------------------------------------------------------------------

    def export_nquads(self, out: BinaryIO) -> int:
        """Write the whole store as N-Quads, lines sorted: the same input, the same bytes.

        Streams at any size through an external merge sort (`kg.dump`), so memory stays flat;
        the lines come out in byte order, exactly as sorting them all in memory would give them.

        >>> import io
        >>> buffer = io.BytesIO()
        >>> Store.memory().export_nquads(buffer)
        0
        """
        return write_sorted(self.endpoint, out, location=self.location)


# --- helpers -------------------------------------------------------------------------------


def _as_stored(quads: Iterable[Quad]) -> set[Quad]:
    """Quads as Oxigraph will give them back (it stores xsd:nonNegativeInteger as
    xsd:integer, for one), so they compare equal to what a read returns."""
    scratch = ox.Store()
    scratch.extend(quads)
    return set(scratch)


def _join(ops: list[str]) -> str:
    return " ;\n".join(op for op in ops if op)


def _block(quads: Iterable[Quad]) -> str:
    """Quads as SPARQL `GRAPH <g> { s p o . }` blocks: N-Triples terms are valid SPARQL."""
    by_graph: dict[str, list[str]] = defaultdict(list)
    for q in quads:
        by_graph[str(q.graph_name)].append(f"{q.subject} {q.predicate} {q.object} .")
    return "\n".join(f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items())
