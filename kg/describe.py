"""Canonical entity descriptions, derived from what the article graphs say about each entity.

An article graph says of each entity it mentions: its types, its canonical label, the forms it
was mentioned as (language-tagged) and its Wikidata id. The description in the entities graph
is a function of the *set* of those statements over all article graphs, never of their number
or order, so it can always be recomputed and two stores with the same articles agree.

That set semantics also makes updates cheap: adding or dropping an article changes an entity's
description only if the article says something no other article says. Checking that is one
index look-up per statement, so an entity named in thousands of articles (a country, a big
company) is recomputed only when a statement about it appears or disappears for good.

    >>> from kg.rdf import KG, RDF, SCHEMA, entity_iri
    >>> from pyoxigraph import Literal
    >>> node = entity_iri("city-queretaro")
    >>> said = {(RDF.type, SCHEMA.City), (KG.canonicalLabel, Literal("Queretaro")),
    ...         (KG.canonicalLabel, Literal("Querétaro"))}
    >>> [q.object.value for q in description(node, said) if q.predicate.value.endswith("label")]
    ['Querétaro']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from pyoxigraph import Literal, NamedNode, Quad

from kg import rdf
from kg.model import Entity
from kg.rdf import ENTITY_GRAPH, KG, OWL, RDF, RDFS, SCHEMA, SKOS, WD

DESCRIBING = (RDF.type, KG.canonicalLabel, KG.mentionedAs, OWL.sameAs)
Statement = tuple[NamedNode, NamedNode, Any]  # (entity, predicate, object)
Select = Callable[..., list[dict[str, Any]]]


def statements(quads: Iterable[Quad]) -> set[Statement]:
    """What these article quads say about the entities they mention."""
    quads = list(quads)
    entities = {q.subject for q in quads if q.predicate == KG.canonicalLabel}
    return {
        (q.subject, q.predicate, q.object)
        for q in quads
        if q.subject in entities and q.predicate in DESCRIBING
    }


def statements_in(select: Select, graphs: Iterable[NamedNode]) -> set[Statement]:
    """What the given stored article graphs say about their entities."""
    found: set[Statement] = set()
    predicates = " ".join(str(p) for p in DESCRIBING)
    for graph in graphs:
        rows = select(
            f"""SELECT ?g ?e ?p ?o WHERE {{ VALUES ?p {{ {predicates} }}
                  GRAPH ?g {{ ?e kg:canonicalLabel ?label ; ?p ?o }} }}""",
            g=graph,
        )
        found.update((row["e"], row["p"], row["o"]) for row in rows)
    return found


def changed(
    select: Select, before: set[Statement], after: set[Statement], exclude: set[NamedNode]
) -> set[NamedNode]:
    """Entities whose description changes when graphs saying `before` are replaced by one
    saying `after`: a statement in either that no other graph (outside `exclude`) makes."""
    return {entity for entity, _, _ in unique(select, before ^ after, exclude)}


def unique(select: Select, candidates: set[Statement], exclude: set[NamedNode]) -> set[Statement]:
    """The `candidates` no article graph outside `exclude` states: one index look-up each
    (EXISTS stops at the first graph found), whatever the number of graphs that state it."""
    if not candidates:
        return set()
    values = " ".join(f"({e} {p} {o})" for e, p, o in sorted(candidates, key=str))
    rows = select(
        f"""SELECT ?e ?p ?o WHERE {{
              VALUES (?e ?p ?o) {{ {values} }}
              FILTER NOT EXISTS {{ GRAPH ?g {{ ?e ?p ?o }} FILTER(?g NOT IN ({_skip(exclude)})) }}
            }}"""
    )
    return {(row["e"], row["p"], row["o"]) for row in rows}


def update(
    select: Select, before: set[Statement], after: set[Statement], exclude: set[NamedNode]
) -> tuple[set[NamedNode], list[Quad]]:
    """The entities whose description changes when the article graphs `exclude` (which say
    `before`) give way to one saying `after`, and their new descriptions.

    Costs what changed, not what is stored: only statements that appear or disappear for good
    (see `unique`) touch an entity, and its new description is worked out from its stored one
    and those statements. The stored description keeps all that matters for that (every type
    and language-tagged form, and the winners among labels and Wikidata ids) except when a
    winner goes away or a new label wins (the forms equal to the old label were left out of
    it): only then is the entity recomputed from every article graph that names it.
    Always equal to `describe` from scratch (tests/test_aggregates.py).
    """
    found = unique(select, before ^ after, exclude)
    if not found:
        return set(), []
    added: dict[NamedNode, set] = defaultdict(set)
    gone: dict[NamedNode, set] = defaultdict(set)
    for entity, predicate, value in found:
        (added if (entity, predicate, value) in after else gone)[entity].add((predicate, value))
    affected = set(added) | set(gone)
    stored = _stored(select, affected)
    out: list[Quad] = []
    slow: set[NamedNode] = set()
    for node in sorted(affected, key=str):
        quick = _quick(node, stored.get(node), added[node], gone[node])
        if quick is None:
            slow.add(node)
        else:
            out.extend(quick)
    out.extend(describe(select, slow, exclude=exclude, extra=after))
    return affected, sorted(out, key=str)


def _stored(select: Select, entities: set[NamedNode]) -> dict[NamedNode, set]:
    """The stored descriptions of `entities`, as the (predicate, object) set they stand for."""
    said: dict[NamedNode, set] = defaultdict(set)
    values = " ".join(str(e) for e in sorted(entities, key=str))
    rows = select(
        f"""SELECT ?e ?p ?o WHERE {{ VALUES ?e {{ {values} }}
              GRAPH {ENTITY_GRAPH} {{ ?e ?p ?o }} }}"""
    )
    for row in rows:
        predicate, value = row["p"], row["o"]
        if predicate == RDFS.label:
            said[row["e"]].add((KG.canonicalLabel, value))
        elif predicate == SKOS.altLabel:
            said[row["e"]].add((KG.mentionedAs, value))
        else:  # rdf:type, owl:sameAs: as the articles state them
            said[row["e"]].add((predicate, value))
    return said


def _quick(node: NamedNode, stored: set | None, added: set, gone: set) -> list[Quad] | None:
    """The new description from the stored one, or None when it needs every article graph."""
    if not stored:
        return None
    winners = {(p, o) for p, o in stored if p in (KG.canonicalLabel, OWL.sameAs)}
    if winners & gone:
        return None
    said = (stored - gone) | added
    quads = description(node, said)
    label = next(o for p, o in stored if p == KG.canonicalLabel)
    if not quads or not any(q.predicate == RDFS.label and q.object == label for q in quads):
        return None
    return quads


def describe(
    select: Select, entities: set[NamedNode], *, exclude: set[NamedNode], extra: set[Statement]
) -> list[Quad]:
    """Descriptions of `entities` from every article graph but `exclude`, plus `extra`."""
    if not entities:
        return []
    said: dict[NamedNode, set] = defaultdict(set)
    values = " ".join(str(e) for e in sorted(entities, key=str))
    rows = select(
        f"""SELECT DISTINCT ?e ?p ?o WHERE {{
              VALUES ?e {{ {values} }}
              VALUES ?p {{ {" ".join(str(p) for p in DESCRIBING)} }}
              GRAPH ?g {{ ?e ?p ?o }}
              FILTER(?g NOT IN ({_skip(exclude)}))
            }}"""
    )
    for row in rows:
        said[row["e"]].add((row["p"], row["o"]))
    for entity, predicate, value in extra:
        if entity in entities:
            said[entity].add((predicate, value))
    out: list[Quad] = []
    for node in sorted(said, key=str):
        out.extend(description(node, said[node]))
    return out


def delete_request(entities: set[NamedNode]) -> str:
    """A SPARQL update removing the descriptions of `entities` ('' when there are none)."""
    if not entities:
        return ""
    values = " ".join(str(e) for e in sorted(entities, key=str))
    return (
        f"DELETE {{ GRAPH {ENTITY_GRAPH} {{ ?e ?p ?o }} }} "
        f"WHERE {{ VALUES ?e {{ {values} }} GRAPH {ENTITY_GRAPH} {{ ?e ?p ?o }} }}"
    )


def description(node: NamedNode, said: set[tuple[NamedNode, Any]]) -> list[Quad]:
    """One entity's description from the set of (predicate, object) articles state about it.

    Articles that resolve to the same entity key differ at most in case, accents and
    punctuation of the label; the label kept is the one with the most accented letters, then
    mixed case, then the first in code-point order. No label or no type: no description.
    """
    labels, types, wikidata = set(), set(), set()
    forms: dict[str, set[str]] = defaultdict(set)
    for predicate, value in said:
        if predicate == KG.canonicalLabel:
            labels.add(value.value)
        elif predicate == RDF.type and (name := _type_name(value)):
            types.add(name)
        elif predicate == OWL.sameAs and value.value.startswith(WD.prefix):
            wikidata.add(value.value[len(WD.prefix) :])
        elif predicate == KG.mentionedAs and isinstance(value, Literal) and value.language:
            forms[value.language].add(value.value)
    if not labels or not types:
        return []
    label = min(labels, key=lambda text: (-_accented(text), _case(text), text))
    key = node.value[len(rdf.ID + "entity/") :]
    entity = Entity(key, label, min(types), min(wikidata) if wikidata else None)
    return rdf.entity_quads(entity, dict(forms), types)


def _skip(exclude: set[NamedNode]) -> str:
    return ", ".join(str(g) for g in sorted(exclude | {ENTITY_GRAPH}, key=str))


def _accented(text: str) -> int:
    return sum(not c.isascii() and c.isalpha() for c in text)


def _case(text: str) -> int:
    return 0 if not (text.isupper() or text.islower()) else 1 if text.isupper() else 2


def _type_name(node: Any) -> str | None:
    if node == KG.Program:
        return "Program"
    if isinstance(node, NamedNode) and node.value.startswith(SCHEMA.prefix):
        return node.value[len(SCHEMA.prefix) :]
    return None
