"""What each put and remove changes besides the article graphs: descriptions and counts.

Two kinds of record are kept so that answers never scan every article:

- the entity descriptions in `rdf.ENTITY_GRAPH`, updated by `kg.describe.update` from the
  statements that appear or disappear for good;
- one count record per article graph in `COUNTS_GRAPH`: how many quads the graph holds and how
  many facts of each kind, written with the graph and dropped with it, so `Store.stats` sums a
  few thousand small records instead of counting millions of quads. A record belongs to one
  article graph only, so writing many articles in one transaction needs no shared counter.

`update` is the one call put and remove make; the `Change` it returns says what to delete
and what to insert, as a SPARQL fragment or as quads.

    >>> from kg.rdf import article_iri
    >>> from pyoxigraph import Quad
    >>> graph = article_iri("ab" * 32)
    >>> [q.object.value for q in record(graph, [Quad(graph, KG.fileName, Literal("a"), graph)])]
    ['0', '0', '0', '0', '1']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode, Quad

from kg import describe
from kg.rdf import BASE, KG, PROV, RDF, XSD

COUNTS_GRAPH = NamedNode(BASE + "graph/counts")
KINDS = {  # local name of a fact's class -> its count predicate, in the order stats gives them
    "Membership": ("roles", KG.roleCount),
    "Investment": ("investments", KG.investmentCount),
    "Partnership": ("partnerships", KG.partnershipCount),
    "QuantityClaim": ("claims", KG.claimCount),
}
COUNTS = {predicate: name for name, predicate in KINDS.values()} | {KG.quadCount: "quads"}


@dataclass
class Change:
    """What one put or remove does to the descriptions and the counts."""

    entities: set[NamedNode] = field(default_factory=set)  # descriptions to delete
    graphs: set[NamedNode] = field(default_factory=set)  # count records to delete
    insert: list[Quad] = field(default_factory=list)  # new descriptions and count records

    def delete_request(self) -> str:
        """A SPARQL update deleting the old descriptions and records ('' when none)."""
        ops = [describe.delete_request(self.entities)]
        if self.graphs:
            values = " ".join(str(g) for g in sorted(self.graphs, key=str))
            ops.append(
                f"DELETE {{ GRAPH {COUNTS_GRAPH} {{ ?g ?p ?o }} }} "
                f"WHERE {{ VALUES ?g {{ {values} }} GRAPH {COUNTS_GRAPH} {{ ?g ?p ?o }} }}"
            )
        return " ;\n".join(op for op in ops if op)


def update(
    select: describe.Select,
    *,
    before: set[describe.Statement],
    after: set[describe.Statement],
    rewritten: set[NamedNode],
    written: dict[NamedNode, Iterable[Quad]],
    detached: list[Quad],
) -> Change:
    """The change when the graphs `rewritten` (which say `before` of their entities) are
    dropped, the graphs `written` are stored whole (saying `after`), and the `detached`
    quads are taken out of graphs that stay."""
    entities, descriptions = describe.update(select, before, after, rewritten)
    change = Change(entities, set(rewritten) | set(written), list(descriptions))
    for graph, quads in sorted(written.items(), key=lambda item: str(item[0])):
        change.insert.extend(record(graph, quads))
    shrunk: dict[NamedNode, int] = {}
    for quad in detached:
        shrunk[quad.graph_name] = shrunk.get(quad.graph_name, 0) + 1
    for graph, count in sorted(shrunk.items(), key=lambda item: str(item[0])):
        old = stored(select, graph)
        if old:  # a graph written before counts were kept has none: stats then recounts
            change.graphs.add(graph)
            change.insert.extend(_quads(graph, {**old, "quads": old["quads"] - count}))
    return change


def record(graph: NamedNode, quads: Iterable[Quad]) -> list[Quad]:
    """The count record of one article graph holding `quads` (as stored, no duplicates)."""
    quads = list(quads)
    derived = {q.subject for q in quads if q.predicate == PROV.wasDerivedFrom and q.object == graph}
    counts = {name: 0 for name, _ in KINDS.values()} | {"quads": len(quads)}
    for q in quads:
        if q.predicate == RDF.type and q.subject in derived:
            kind = KINDS.get(re.split(r"[#/]", q.object.value)[-1])
            if kind:
                counts[kind[0]] += 1
    return _quads(graph, counts)


def stored(select: describe.Select, graph: NamedNode) -> dict[str, int]:
    """The count record of one graph ({} when it has none)."""
    rows = select(f"SELECT ?g ?p ?n WHERE {{ GRAPH {COUNTS_GRAPH} {{ ?g ?p ?n }} }}", g=graph)
    return {COUNTS[r["p"]]: int(r["n"].value) for r in rows if r["p"] in COUNTS}


def totals(select: describe.Select) -> tuple[int, dict[str, int]]:
    """How many graphs have a count record, and the sums of their counts."""
    rows = select(
        f"""SELECT ?p (SUM(?n) AS ?total) (COUNT(?g) AS ?graphs) WHERE {{
              GRAPH {COUNTS_GRAPH} {{ ?g ?p ?n }} }} GROUP BY ?p"""
    )
    sums = {COUNTS[r["p"]]: int(r["total"].value) for r in rows if r["p"] in COUNTS}
    graphs = max((int(r["graphs"].value) for r in rows), default=0)
    return graphs, sums


def _quads(graph: NamedNode, counts: dict[str, int]) -> list[Quad]:
    predicates = {name: predicate for predicate, name in COUNTS.items()}
    return sorted(
        (
            Quad(graph, predicates[name], Literal(str(n), datatype=XSD.integer), COUNTS_GRAPH)
            for name, n in counts.items()
        ),
        key=str,
    )
