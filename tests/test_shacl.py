"""Every output satisfies ontology/shapes.ttl, and the vocabulary declares every kg: term."""

from __future__ import annotations

import re
from dataclasses import replace

import pyshacl
import pytest
import rdflib
from conftest import ROOT, SEEDS, en_extraction, es_extraction, nquads

from kg import rdf
from kg.model import CLAIM_KINDS
from kg.store import Store

SHAPES = ROOT / "ontology" / "shapes.ttl"
VOCABULARY = ROOT / "ontology" / "kg.ttl"


def union(data: bytes) -> rdflib.Graph:
    """The N-Quads export read with rdflib, all graphs merged, as the queries see them."""
    dataset = rdflib.Dataset()
    dataset.parse(data=data, format="nquads")
    graph = rdflib.Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def validate(data: bytes) -> tuple[bool, str]:
    conforms, _, report = pyshacl.validate(
        union(data), shacl_graph=str(SHAPES), shacl_graph_format="turtle", inference="none"
    )
    return conforms, report


def test_hand_made_extractions_with_every_fact_kind_conform(store):
    conforms, report = validate(nquads(store))
    assert conforms, report


def test_seed_articles_conform(tmp_path):
    from kg.ingest import ingest

    with Store.open(tmp_path / "kg-data") as opened:
        report = ingest([str(SEEDS)], opened)
        assert report.added == 5
        conforms, text = validate(nquads(opened))
    assert conforms, text


@pytest.mark.parametrize(
    "break_it, message",
    [
        (lambda x: replace(x, facts=(replace(x.facts[0], person=x.facts[0].org),)), "Person"),
        (
            lambda x: replace(
                x, facts=(replace(x.facts[0], evidence=replace(x.facts[0].evidence, begin=1)),)
            ),
            "LessThanOrEquals",
        ),
        (
            lambda x: replace(
                x,
                facts=(replace(x.facts[1], amount=replace(x.facts[1].amount, currency="dollars")),),
            ),
            "currency",
        ),
        (lambda x: replace(x, entities=x.entities[1:]), "label"),
    ],
    ids=[
        "role-member-not-a-person",
        "span-outside-sentence",
        "currency-code",
        "undescribed-entity",
    ],
)
def test_shapes_catch_broken_output(break_it, message):
    store = Store.memory()
    store.put(break_it(en_extraction()))
    conforms, report = validate(nquads(store))
    assert not conforms
    assert message in report


def test_shapes_catch_a_quote_that_is_not_the_text_at_its_offsets(store):
    data = nquads(store)
    tampered = data.replace(b'#anchorOf> "invest $2.5 billion"', b'#anchorOf> "invest $9 billion"')
    assert tampered != data
    conforms, report = validate(tampered)
    assert not conforms
    assert "not the article text at its offsets" in report


def test_vocabulary_declares_every_kg_term_rdf_uses():
    vocabulary = rdflib.Graph().parse(VOCABULARY)
    used = set(re.findall(r"\bKG\.([A-Za-z_]\w*)", (ROOT / "kg" / "rdf.py").read_text()))
    used = (used - {"prefix"}) | set(CLAIM_KINDS)
    label, comment = rdflib.RDFS.label, rdflib.RDFS.comment
    for name in sorted(used):
        term = rdflib.URIRef(rdf.KG.prefix + name)
        assert (term, rdflib.RDF.type, None) in vocabulary, f"kg:{name} is not declared"
        assert (term, label, None) in vocabulary, f"kg:{name} has no rdfs:label"
        assert (term, comment, None) in vocabulary, f"kg:{name} has no rdfs:comment"


def test_spanish_article_alone_conforms():
    store = Store.memory()
    store.put(es_extraction())
    conforms, report = validate(nquads(store))
    assert conforms, report
