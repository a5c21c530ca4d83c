"""Per-entity records kept by put and remove equal a recomputation from scratch.

`kg.describe.update` works an entity's description out from its stored one and the statements
that appear or disappear for good; these tests run random sequences of puts, edits, shared
texts and removes on real stores and check, after every step, that the entities graph equals
`kg.describe.describe` over every article graph and the entities graph of a fresh store given
the surviving articles, and that `stats` equals the counts taken from the quads.
"""

from __future__ import annotations

import random
import re

import pytest
from conftest import make_article
from pyoxigraph import DefaultGraph

from kg import describe, rdf
from kg.aggregates import COUNTS_GRAPH
from kg.model import Entity, Extraction
from kg.rdf import ENTITY_GRAPH, KG
from kg.store import FACT_KINDS, Store

# Spellings of the same entities that compete for the label (accents, case), types, Wikidata
# ids and surface forms, so that winners come and go as articles do.
VARIANTS = {
    "city-queretaro": [
        ("Queretaro", "City", None, ("Queretaro",)),
        ("Querétaro", "City", "Q2", ("Querétaro", "Qro.")),
        ("QUERETARO", "State", "Q1", ("QUERETARO",)),
        ("queretaro", "City", None, ("queretaro", "Querétaro")),
    ],
    "corporation-acme": [
        ("Acme", "Corporation", "Q42", ("Acme", "ACME")),
        ("Acmé", "Organization", None, ("Acmé",)),
        ("ACME", "Corporation", "Q40", ("ACME", "Acme Inc.")),
    ],
    "person-ana-lopez": [
        ("Ana Lopez", "Person", None, ("Ana Lopez", "Lopez")),
        ("Ana López", "Person", None, ("López",)),
    ],
    "program-skills": [("Skills", "Program", None, ("Skills",))],
}
LANGS = ("en", "es", "fr")


def extraction(rnd: random.Random, path: str, serial: int) -> Extraction:
    """An article naming a random choice of entity variants in a random language."""
    chosen = []
    for key, variants in sorted(VARIANTS.items()):
        if rnd.random() < 0.7:
            label, type_, wikidata, forms = rnd.choice(variants)
            chosen.append(Entity(key, label, type_, wikidata, forms))
    text = f"Article {serial} about {', '.join(e.label for e in chosen) or 'nothing'}."
    article = make_article(text, path, rnd.choice(LANGS))
    return Extraction(article, tuple(sorted(chosen, key=lambda e: e.key)), ())


def entity_graph(store: Store) -> list[str]:
    rows = store.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {ENTITY_GRAPH} {{ ?s ?p ?o }} }}")
    return sorted(f"{r['s']} {r['p']} {r['o']}" for r in rows)


def recomputed(store: Store) -> list[str]:
    """Every description worked out again from all the article graphs."""
    rows = store.select("SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e kg:canonicalLabel ?l } }")
    quads = describe.describe(
        store.select, {r["e"] for r in rows}, exclude={ENTITY_GRAPH}, extra=set()
    )
    return sorted(f"{q.subject} {q.predicate} {q.object}" for q in quads)


def counted(store: Store) -> dict:
    """What `stats` reports, counted from the quads one by one."""
    named = [q for q in store.endpoint.store
             if not isinstance(q.graph_name, DefaultGraph) and q.graph_name != COUNTS_GRAPH]
    articles = {q.graph_name for q in named if q.subject == q.graph_name and
                q.predicate == rdf.RDF.type and q.object == rdf.SCHEMA.NewsArticle}  # fmt: skip
    languages: dict[str, int] = {}
    for q in named:
        if q.subject == q.graph_name and q.predicate == rdf.SCHEMA.inLanguage:
            languages[q.object.value] = languages.get(q.object.value, 0) + 1
    entities: dict[str, int] = {}
    for q in named:
        if q.graph_name == ENTITY_GRAPH and q.predicate == rdf.RDF.type:
            name = re.split(r"[#/]", q.object.value)[-1]
            entities[name] = entities.get(name, 0) + 1
    facts: dict[str, int] = {}
    derived = {(q.subject, q.graph_name) for q in named if q.predicate == rdf.PROV.wasDerivedFrom
               and q.object == q.graph_name}  # fmt: skip
    for q in named:
        if q.predicate == rdf.RDF.type and (q.subject, q.graph_name) in derived:
            kind = FACT_KINDS.get(re.split(r"[#/]", q.object.value)[-1])
            if kind:
                facts[kind] = facts.get(kind, 0) + 1
    return {
        "articles": len(articles),
        "sources": sum(1 for q in named if q.predicate == KG.sourcePath),
        "quads": len(named),
        "languages": dict(sorted(languages.items())),
        "entities": dict(sorted(entities.items())),
        "facts": dict(sorted(facts.items())),
    }


def check(store: Store, alive: dict[str, Extraction]) -> None:
    assert entity_graph(store) == recomputed(store)
    fresh = Store.memory()
    for path in sorted(alive):
        fresh.put(alive[path])
    assert entity_graph(store) == entity_graph(fresh)
    assert store.stats() == counted(store)
    records = store.select(
        f"SELECT DISTINCT ?g WHERE {{ GRAPH {COUNTS_GRAPH} {{ ?g ?p ?n }} }}"
    )
    assert {r["g"] for r in records} == {rdf.article_iri(e.article.id) for e in alive.values()}


@pytest.mark.parametrize("seed", range(4))
def test_random_puts_and_removes_match_a_recomputation(seed, tmp_path):
    rnd = random.Random(seed)
    store = Store.open(tmp_path / "kg-data")
    alive: dict[str, Extraction] = {}
    for step in range(30):
        action = rnd.random()
        if alive and action < 0.25:
            path = rnd.choice(sorted(alive))
            store.remove(path)
            del alive[path]
        elif alive and action < 0.4:  # the same text read from another file: one graph
            other = alive[rnd.choice(sorted(alive))]
            path = f"/news/copy{step}.txt"
            article = make_article(other.article.text, path, other.article.lang)
            alive[path] = Extraction(article, other.entities, other.facts)
            store.put(alive[path])
        else:  # a new file, or an edit of a stored one
            path = rnd.choice([f"/news/{n}.txt" for n in range(8)])
            alive[path] = extraction(rnd, path, step)
            store.put(alive[path])
        check(store, alive)
    for path in sorted(alive):
        store.remove(path)
    assert entity_graph(store) == []
    assert store.stats() == counted(store)


def test_a_winning_label_that_goes_away_is_recomputed():
    store = Store.memory()
    plain = Entity("city-queretaro", "Queretaro", "City", None, ("Queretaro",))
    accented = Entity("city-queretaro", "Querétaro", "City", "Q1", ("Querétaro",))
    first = make_article("Queretaro grows.", "/a.txt", "en")
    second = make_article("Querétaro crece.", "/b.txt", "es")
    store.put(Extraction(first, (plain,), ()))
    store.put(Extraction(second, (accented,), ()))
    assert any('"Querétaro"' in line and "label" in line for line in entity_graph(store))
    store.remove("/b.txt")
    assert entity_graph(store) == recomputed(store)
    assert any('"Queretaro"' in line and "label" in line for line in entity_graph(store))
    assert not any("sameAs" in line for line in entity_graph(store))


def test_stats_of_a_store_without_count_records_are_counted(tmp_path):
    """Article graphs written before count records were kept: stats counts quad by quad."""
    store = Store.open(tmp_path / "kg-data")
    rnd = random.Random(1)
    for n in range(4):
        store.put(extraction(rnd, f"/news/{n}.txt", n))
    expected = store.stats()
    store.update(f"DROP GRAPH {COUNTS_GRAPH}")
    assert store.stats() == expected == counted(store)
