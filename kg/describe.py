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
from kg.rdf import ENTITY_GRAPH, KG, OWL, RDF, SCHEMA, WD

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
    candidates = before ^ after
    if not candidates:
        return set()
    values = " ".join(f"({e} {p} {o})" for e, p, o in sorted(candidates, key=str))
    rows = select(
        f"""SELECT DISTINCT ?e WHERE {{
              VALUES (?e ?p ?o) {{ {values} }}
              FILTER NOT EXISTS {{ GRAPH ?g {{ ?e ?p ?o }} FILTER(?g NOT IN ({_skip(exclude)})) }}
            }}"""
    )
    return {row["e"] for row in rows}


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
