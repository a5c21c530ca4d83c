"""The store: one named graph per article plus the entities graph, in Oxigraph.

Every write is one SPARQL update request, which Oxigraph applies atomically: an article's
graph, the graphs it replaces and the entity descriptions it changes move together or not at
all. All reads and writes go through SPARQL on an `Endpoint`, so a remote SPARQL 1.1 server
can later stand in for the embedded store by implementing that small interface.

An article graph is named by the article's content hash, so the same text read from two files
is one graph with two `kg:sourcePath` values (a "source" is one such graph and path pair). The
path is the source's identity, as `kg.read` gives it (a resolved absolute path, `FILE:LINE`,
a stdin name or `<stdin:HASH>`): a put replaces what was read from the same path, a remove takes
exactly the sources a target names.
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
import heapq
import os
import re
import stat
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import pyoxigraph as ox
from pyoxigraph import Literal, NamedNode, Quad, Variable

from kg import aggregates, describe, rdf
from kg.errors import KgError, StoreError
from kg.model import Extraction
from kg.rdf import BASE, ENTITY_GRAPH, KG
from kg.read import STDIN, file_name

DEFAULT_PATH = "kg-data"
FACT_KINDS = {  # class of a fact node -> the kind name stats and the queries use
    "Membership": "roles",
    "Investment": "investments",
    "Partnership": "partnerships",
    "QuantityClaim": "claims",
}
_JSONL_LINE = re.compile(r"^(.*\.jsonl):\d+$", re.IGNORECASE)
_FAMILIES = ("id2str", "gspo", "dspo")  # column families every Oxigraph store has
# The write journal: the article graphs a batch is adding, listed in the same transaction that
# adds them and cleared by the one that completes the batch (see kg.write, Store.recover).
PENDING = NamedNode(BASE + "graph/pending")


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
        matched = self._named(target)
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

    def _named(self, target: str) -> list[tuple[NamedNode, str]]:
        """The sources `target` names: as a path first, else as a bare file name."""
        sources = self._sources()
        if not target.startswith("<"):
            spellings = {target, os.path.abspath(target), os.path.realpath(target)}
            for whole in (False, True):
                found = [s for s in sources if not spellings.isdisjoint(_spellings(s[1], whole))]
                if found:
                    return found
        if "/" in target or os.sep in target:
            return []
        named = [s for s in sources if target in (s[1], file_name(s[1]))]
        files = sorted({STDIN if p.startswith("<") else _whole(p) for _, p in named})
        if len(files) > 1:
            shown = ", ".join(files[:3]) + (", ..." if len(files) > 3 else "")
            raise KgError(
                f"{target} names articles read from {len(files)} files ({shown}); "
                "give the path of the one to remove"
            )
        return named

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

        Streams at any size: the store is dumped to a temporary file, cut into sorted runs of
        SORT_RUN bytes and merged (an external merge sort), so memory stays flat. The lines
        come out in byte order, exactly as sorting them all in memory would give them.

        >>> import io
        >>> buffer = io.BytesIO()
        >>> Store.memory().export_nquads(buffer)
        0
        """
        with tempfile.TemporaryDirectory(prefix="kg-export-") as folder:
            dump = os.path.join(folder, "dump.nq")
            try:
                if hasattr(self.endpoint, "dump_nquads_file"):
                    self.endpoint.dump_nquads_file(dump)
                else:
                    with open(dump, "wb") as stream:
                        stream.write(self.endpoint.dump_nquads())
                runs, lines = _sorted_runs(dump, folder)
            except OSError as error:
                raise StoreError(f"cannot read store {self.location}: {error}") from None
            if not runs:  # the whole dump fitted in one run
                return _write_lines(out, lines)
            return _merge_runs(runs, out)


class _Closed:
    def __getattr__(self, name: str) -> Any:
        raise StoreError("the store is closed")


# --- helpers -------------------------------------------------------------------------------


def _as_stored(quads: Iterable[Quad]) -> set[Quad]:
    """Quads as Oxigraph will give them back (it stores xsd:nonNegativeInteger as
    xsd:integer, for one), so they compare equal to what a read returns."""
    scratch = ox.Store()
    scratch.extend(quads)
    return set(scratch)


SORT_RUN = 64 << 20  # bytes of N-Quads sorted in memory at once (~100 MiB resident)


def _sorted_runs(dump: str, folder: str) -> tuple[list[str], list[bytes]]:
    """Cut the N-Quads file `dump` into sorted run files in `folder`, then remove it; a dump
    that fits in one run comes back as its sorted lines instead (and no run file)."""
    runs: list[str] = []
    with open(dump, "rb") as source:
        while lines := source.readlines(SORT_RUN):
            if not lines[-1].endswith(b"\n"):
                lines[-1] += b"\n"
            lines.sort()
            if not runs and not source.peek(1):
                return [], lines
            runs.append(os.path.join(folder, f"run-{len(runs)}.nq"))
            with open(runs[-1], "wb") as run:
                run.writelines(lines)
            del lines
    os.unlink(dump)
    return runs, []


def _merge_runs(runs: list[str], out: BinaryIO) -> int:
    """Merge sorted runs into `out`, a batch of lines per write; returns the line count."""
    count = 0
    with contextlib.ExitStack() as stack:
        files = [stack.enter_context(open(run, "rb", buffering=1 << 20)) for run in runs]
        batch: list[bytes] = []
        for line in heapq.merge(*files):
            batch.append(line)
            if len(batch) == 4096:
                out.write(b"".join(batch))
                count += len(batch)
                batch.clear()
        out.write(b"".join(batch))
    return count + len(batch)


def _write_lines(out: BinaryIO, lines: list[bytes]) -> int:
    for start in range(0, len(lines), 4096):
        out.write(b"".join(lines[start : start + 4096]))
    return len(lines)


def _join(ops: list[str]) -> str:
    return " ;\n".join(op for op in ops if op)


def _block(quads: Iterable[Quad]) -> str:
    """Quads as SPARQL `GRAPH <g> { s p o . }` blocks: N-Triples terms are valid SPARQL."""
    by_graph: dict[str, list[str]] = defaultdict(list)
    for q in quads:
        by_graph[str(q.graph_name)].append(f"{q.subject} {q.predicate} {q.object} .")
    return "\n".join(f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items())


def _whole(path: str) -> str:
    """The file of a source path: 'x.jsonl:3' -> 'x.jsonl'; other paths are their own file."""
    match = _JSONL_LINE.match(path)
    return match.group(1) if match else path


def _spellings(path: str, whole: bool) -> set[str]:
    """A stored source path (or, with `whole`, its file) as given and made absolute: stores
    written by library callers may hold relative paths."""
    path = _whole(path) if whole else path
    if path.startswith("<"):
        return {path}
    return {path, os.path.abspath(path)}


def _relative_spellings(path: str) -> set[str]:
    """The relative spellings of an absolute source path from the current folder: stores
    written before sources were resolved hold paths as given (`seeds/a.txt`), and re-reading
    such a file must replace that source, not add a second one beside it."""
    if path.startswith("<") or not os.path.isabs(path):
        return set()
    try:
        relative = os.path.relpath(path)
    except (OSError, ValueError):  # no current folder (deleted), or another drive
        return set()
    return {relative, os.path.join(".", relative)}


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
