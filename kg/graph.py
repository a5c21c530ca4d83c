"""The knowledge graph as a networkx graph: entities for nodes, canonical facts for edges.

A projection of `kg.answers.canonical_facts` for graph tools (Gephi, Cytoscape, Graphviz,
notebooks). Every canonical fact becomes one edge per pair of its parties, pointing the way a
reader says it:

- role: person -> organization, labelled with the title(s);
- investment: investor -> each place, labelled with the amount(s);
- partnership: first partner -> second partner (by label; the fact has no direction),
  labelled with the program, if any;
- quantity claim: subject -> a node of type `Claim` that stands for the figure
  ("jobs: 7,000 jobs"), since a claim has one party. A fact of another kind with a single
  party (an investment with no place) gets such a value node too, typed after its kind.

Node attributes: label, type (schema.org class, or Claim), aliases (joined with "; "),
wikidata (when known). Edge attributes: id, kind, label, support (articles), first_seen,
last_seen (publication dates, when known), files and publishers (joined with "; "), fact
(the canonical fact's IRI). Every value is a string or an int, as GraphML requires.

    >>> from kg.store import Store
    >>> projection = project(Store.memory())
    >>> projection.graph.number_of_nodes(), projection.facts
    (0, {})
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg import answers, rdf
from kg.answers import CanonicalFact, Party, canonical_facts
from kg.errors import KgError, StoreError
from kg.store import Store

SOURCE_ROLES = ("person", "investor", "subject")  # the party an edge starts from
GENERIC_TYPES = {"Organization", "Place", "Thing"}


@dataclass
class Projection:
    """The graph, the canonical facts behind its edges, and what was asked for."""

    graph: nx.MultiDiGraph
    facts: dict[str, CanonicalFact]  # canonical fact IRI -> the fact with its statements
    centre: str | None = None  # the entity an ego graph is centred on
    notes: list[str] = field(default_factory=list)
    notice: str = ""  # set by `project_cut` when facts were left out to fit


def project(
    store: Store,
    *,
    entity: str | None = None,
    depth: int = 1,
    as_of: str | None = None,
) -> Projection:
    """The canonical facts of `store` as a graph; an ego graph of `depth` around `entity`.

    `entity` is a name or alias (matched as `kg lookup` does) or an entity IRI; `as_of`
    keeps the facts stated in articles published on or before that date (YYYY-MM-DD).
    """
    centre = resolve(store, entity) if entity else None
    facts = canonical_facts(store, as_of=as_of)
    described = _descriptions(store)
    graph = _graph(facts, described)
    if centre is not None:
        if centre not in graph:
            graph.add_node(centre, **described.get(centre, {"label": centre, "type": "Thing"}))
        around = nx.ego_graph(graph.to_undirected(as_view=True), centre, radius=depth)
        graph = _sorted(graph.subgraph(around.nodes))
    else:
        graph = _sorted(graph)
    kept = {data["fact"] for _, _, data in graph.edges(data=True)}
    return Projection(graph, {f.id: f for f in facts if f.id in kept}, centre)


def project_cut(store: Store, *, max_nodes: int, as_of: str | None = None) -> Projection:
    """`project(store, as_of=as_of)` cut as kg.html.cut cuts it, without building it whole.

    When the graph has more than `max_nodes` nodes, only the best supported facts whose nodes
    fit are kept (a fact whose nodes are already in always fits); the ranking and the fit are
    worked out from a light read of every statement (its fact, kind, article and parties), and
    only the kept facts are read in full, with their evidence. `notice` then says what was
    left out. A graph that fits is `project(store, as_of=as_of)` itself.
    """
    outlines = _outlines(store, as_of)
    ranked = sorted(outlines.values(), key=lambda f: (-f.support, f.kind, f.label, f.id))
    ends = {f.id: {n for pair in _pairs(f.id, f.parties) for n, _ in pair} for f in ranked}
    everything = set().union(*ends.values())
    if len(everything) <= max_nodes:
        return project(store, as_of=as_of)
    nodes: set[str] = set()
    chosen = []
    for fact in ranked:
        if len(nodes | ends[fact.id]) > max_nodes:
            continue
        nodes |= ends[fact.id]
        chosen.append(fact)
    wanted = {iri for fact in chosen for iri in fact.statements}
    grouped: dict[str, list[answers.Statement]] = defaultdict(list)
    for statement in answers._statements(store, wanted, as_of):
        grouped[statement.canonical].append(statement)
    facts = [
        CanonicalFact(iri, group[0].kind, answers._parties(group), tuple(group))
        for iri, group in grouped.items()
    ]
    graph = _sorted(_graph(facts, _descriptions(store)))
    notice = (
        f"This graph has {len(everything):,} nodes and {len(outlines):,} "
        f"facts, more than the {max_nodes:,} nodes the explorer draws: it shows the "
        f"{len(chosen):,} best supported facts ({graph.number_of_nodes():,} nodes) and leaves "
        f"out {len(outlines) - len(chosen):,} facts. Export with --entity NAME, "
        "--as-of DATE, or in another format to see the rest."
    )
    return Projection(graph, {f.id: f for f in facts}, notice=notice)


@dataclass
class _Outline:
    """What ranking a canonical fact for a cut needs: its kind, parties and articles."""

    id: str
    kind: str = ""
    first: tuple = ()  # the sort key of its first statement, which gives the fact its kind
    sources: set[str] = field(default_factory=set)
    statements: set[str] = field(default_factory=set)
    said: list[tuple[tuple, list[Party]]] = field(default_factory=list)  # per statement
    parties: tuple[Party, ...] = ()

    @property
    def support(self) -> int:
        return len(self.sources)

    @property
    def label(self) -> str:
        names = " – ".join(p.label for p in self.parties)
        return f"{self.kind}: {names}"


_LIGHT = answers._PREFIXES + (
    "SELECT ?statement ?type ?canonical ?source WHERE { "
    "?statement kg:canonical ?canonical ; rdf:type ?type ; prov:wasDerivedFrom ?source ; "
    "kg:evidence ?ev . ?ev kg:confidence ?confidence ; kg:sentence ?evidence ; "
    "nif:beginIndex ?begin ; nif:endIndex ?end . FILTER(?confidence >= 0.5) }"
)  # kg.answers' "core" read, without the evidence itself


def _outlines(store: Store, as_of: str | None) -> dict[str, _Outline]:
    """Every canonical fact with at least one party (those become edges), in outline, with
    the same statements, kinds and parties as kg.answers.canonical_facts gives them."""
    labels = {e.value: label.value for e, label in _rows(store, answers.READS["labels"])}
    files: dict[str, set[str]] = defaultdict(set)
    dates: dict[str, str | None] = {}
    for source, file, date, _ in _rows(store, answers.READS["articles"]):
        files[source.value].add(file.value)
        dates[source.value] = date.value if date is not None else None
    parties: dict[str, list[tuple[str, str]]] = defaultdict(list)
    roles = answers._PARTS
    for statement, p, party in _rows(store, answers.READS["parties"] % ""):
        parties[statement.value].append((roles[p.value], party.value))
    outlines: dict[str, _Outline] = {}
    for statement, type_, canonical_term, source_term in _rows(store, _LIGHT):
        iri, source = statement.value, source_term.value
        date = dates.get(source)
        if as_of and (date is None or date > as_of):
            continue
        kind = answers._KINDS[type_.value]
        key = (date or "", min(files[source]) if source in files else "", kind, iri)
        canonical = canonical_term.value
        outline = outlines.setdefault(canonical, _Outline(canonical))
        found = [Party(role, party, labels.get(party, party)) for role, party in parties[iri]]
        outline.said.append((key, sorted(dict.fromkeys(found), key=lambda p: (p.role, p.iri))))
        outline.sources.add(source)
        outline.statements.add(iri)
    for outline in outlines.values():
        seen: dict[tuple[str, str], Party] = {}
        said = sorted(outline.said, key=lambda item: item[0])
        for _, found in said:
            for party in found:
                seen.setdefault((party.role, party.iri), party)
        outline.kind = said[0][0][2]
        order = answers._ORDER
        outline.parties = tuple(
            sorted(seen.values(), key=lambda p: (order.get(p.role, 9), p.label))
        )
        outline.said = []
    return {iri: o for iri, o in outlines.items() if o.parties}


def _rows(store: Store, sparql: str) -> Any:
    """The solutions of a SELECT over the union of all graphs, as tuples of terms (None when
    unbound): the outline reads hundreds of thousands of rows, too many to make dicts of."""
    try:
        yield from store.endpoint.query(sparql, union=True)
    except (OSError, RuntimeError) as error:
        raise StoreError(f"cannot read store {store.location}: {error}") from None


def resolve(store: Store, name: str) -> str:
    """The IRI of the entity `name` stands for: an IRI as given, or the best fuzzy match."""
    from kg.lookup import find  # lookup loads rapidfuzz; only --entity pays for it

    if name.startswith(rdf.ID):
        return name
    matches = find(store, name)
    if not matches:
        hint = "check the spelling or run `kg lookup`"
        raise KgError(f"no entity in the store matches '{name}'; {hint}")
    return matches[0].iri


def edge_label(fact: CanonicalFact) -> str:
    """What an edge shows: the title, amount, program or figure, as the articles state it."""
    if fact.kind == "partnership":
        return " / ".join(dict.fromkeys(s.detail for s in fact.statements if s.detail))
    return " / ".join(fact.values)


def _ends(fact: CanonicalFact) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """(source, target) pairs of (IRI, label) for a fact; a lone party links to a value."""
    pairs = _pairs(fact.id, fact.parties)
    if pairs and pairs[0][1][0] == fact.id:
        return [(source, (fact.id, _value_label(fact))) for source, _ in pairs]
    return pairs


def _pairs(fact_id: str, found: tuple[Party, ...]) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """`_ends` from a fact's id and parties alone; a value node's label is left empty."""
    parties = [(p.iri, p.label) for p in found]
    sources = [(p.iri, p.label) for p in found if p.role in SOURCE_ROLES]
    if not sources:
        sources = parties[:1]
    targets = [p for p in dict.fromkeys(parties) if p not in sources]
    if not targets:
        return [(source, (fact_id, "")) for source in sources]
    return [(s, t) for s in sources for t in targets]


def _graph(facts: list[CanonicalFact], described: dict) -> nx.MultiDiGraph:
    """The facts' edges and the nodes they join (unsorted)."""
    graph = nx.MultiDiGraph()
    for fact in sorted(facts, key=lambda f: f.id):
        for source, target in _ends(fact):
            for iri, label in (source, target):
                if iri not in graph:
                    graph.add_node(iri, **described.get(iri, {"label": label, "type": "Thing"}))
        _add_edges(graph, fact, described)
    return graph


def _add_edges(graph: nx.MultiDiGraph, fact: CanonicalFact, described: dict) -> None:
    ends = _ends(fact)
    short = fact.id.rsplit("/", 1)[-1]
    for i, ((source, _), (target, label)) in enumerate(ends):
        if target == fact.id:
            graph.nodes[target].update(type=fact.kind.title(), label=label)
        key = short if len(ends) == 1 else f"{short}-{i + 1}"
        data: dict[str, Any] = {
            "id": key,
            "kind": fact.kind,
            "label": edge_label(fact),
            "support": fact.support,
            "first_seen": fact.first_seen,
            "last_seen": fact.last_seen,
            "files": "; ".join(fact.files),
            "publishers": "; ".join(fact.publishers),
            "fact": fact.id,
        }
        graph.add_edge(source, target, key=key, **{k: v for k, v in data.items() if v is not None})


def _value_label(fact: CanonicalFact) -> str:
    detail = fact.statements[0].detail if fact.kind == "claim" else fact.kind
    values = " / ".join(fact.values)
    return f"{detail}: {values}" if values else str(detail)


def _sorted(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with nodes and edges in a fixed order, so every writer's output is stable."""
    out = nx.MultiDiGraph()
    out.add_nodes_from(sorted(graph.nodes(data=True), key=lambda item: item[0]))
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (e[2], e[0], e[1]))
    out.add_edges_from(edges)
    return out


def _descriptions(store: Store) -> dict[str, dict[str, str]]:
    """Node attributes of every entity in the entities graph: label, type, aliases, wikidata."""
    rows = store.select(f"SELECT ?e ?p ?o WHERE {{ GRAPH {rdf.ENTITY_GRAPH} {{ ?e ?p ?o }} }}")
    labels: dict[str, str] = {}
    types: dict[str, set[str]] = defaultdict(set)
    aliases: dict[str, set[str]] = defaultdict(set)
    wikidata: dict[str, str] = {}
    for row in rows:
        iri, predicate, value = row["e"].value, row["p"], row["o"].value
        if predicate == rdf.RDFS.label:
            labels[iri] = value
        elif predicate == rdf.A:
            types[iri].add(value.rsplit("/", 1)[-1].rsplit("#", 1)[-1])
        elif predicate == rdf.SKOS.altLabel:
            aliases[iri].add(value)
        elif predicate == rdf.OWL.sameAs and value.startswith(rdf.WD.prefix):
            wikidata[iri] = value[len(rdf.WD.prefix) :]
    out = {}
    for iri, label in labels.items():
        kinds = sorted(types[iri] - GENERIC_TYPES) or sorted(types[iri]) or ["Thing"]
        attributes = {"label": label, "type": kinds[0]}
        others = sorted(aliases[iri] - {label})
        if others:
            attributes["aliases"] = "; ".join(others)
        if iri in wikidata:
            attributes["wikidata"] = wikidata[iri]
        out[iri] = attributes
    return out
