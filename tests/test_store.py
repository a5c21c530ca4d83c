"""The store: put / replace / unchanged / remove, atomic writes, entity descriptions, export."""

from __future__ import annotations

import doctest
import importlib
from dataclasses import replace

import pytest
from conftest import (
    ACME,
    EN_TEXT,
    SEEDS,
    en_extraction,
    es_extraction,
    make_article,
    nquads,
)
from pyoxigraph import Literal

from kg import rdf
from kg.errors import KgError, StoreError
from kg.model import Extraction
from kg.store import Store


def entity_description(store: Store, key: str) -> set[tuple[str, str]]:
    rows = store.select(
        f"SELECT ?e ?p ?o WHERE {{ GRAPH {rdf.ENTITY_GRAPH} {{ ?e ?p ?o }} }}",
        e=rdf.entity_iri(key),
    )
    return {(r["p"].value.rsplit("/", 1)[-1], str(r["o"])) for r in rows}


def graphs(store: Store) -> set[str]:
    rows = store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    return {r["g"].value for r in rows}


@pytest.mark.parametrize("name", ["store", "describe", "query", "output", "lookup", "ingest"])
def test_doc_examples_run(name):
    module = importlib.import_module(f"kg.{name}")
    failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert tried > 0 and failures == 0


def test_put_adds_then_leaves_unchanged():
    store = Store.memory()
    assert store.put(en_extraction()) == "added"
    before = nquads(store)
    assert store.put(en_extraction()) == "unchanged"
    assert nquads(store) == before
    assert store.stats()["articles"] == 1


def test_edited_file_replaces_its_own_graph():
    store = Store.memory()
    store.put(en_extraction())
    store.put(es_extraction())
    old_graph = rdf.article_iri(en_extraction().article.id).value
    edited = en_extraction()
    text = EN_TEXT.replace("3,000 jobs", "4,000 jobs")
    article = make_article(text, edited.article.path, "en", edited.article.meta)
    assert store.put(Extraction(article, edited.entities, ())) == "replaced"
    assert old_graph not in graphs(store)
    assert rdf.article_iri(article.id).value in graphs(store)
    assert store.stats()["articles"] == 2
    # Only the Spanish article's facts remain, and entities only the edited one named are gone.
    assert store.stats()["facts"] == {"investments": 1, "roles": 1}


def test_same_file_with_new_facts_is_replaced():
    store = Store.memory()
    first = en_extraction()
    store.put(replace(first, facts=first.facts[:1]))
    assert store.put(first) == "replaced"
    assert store.stats()["facts"]["claims"] == 2


def test_same_text_from_two_files_is_one_graph_with_two_sources():
    store = Store.memory()
    assert store.put(en_extraction("a/acme.txt")) == "added"
    assert store.put(en_extraction("b/copy.txt")) == "added"
    assert store.put(en_extraction("b/copy.txt")) == "unchanged"
    stats = store.stats()
    assert (stats["articles"], stats["sources"]) == (1, 2)
    assert store.remove("a/acme.txt") == 1
    files = store.select("SELECT ?file WHERE { GRAPH ?g { ?g kg:fileName ?file } }")
    assert [r["file"].value for r in files] == ["copy.txt"]
    assert store.stats()["facts"]["claims"] == 2
    store.remove("copy.txt")
    assert store.stats()["articles"] == 0
    assert nquads(store) == b""


def test_failed_write_leaves_store_untouched():
    store = Store.memory()
    store.put(en_extraction())
    before = nquads(store)
    edited = en_extraction()
    article = make_article(EN_TEXT + "More.\n", edited.article.path, "en")
    outcome, request = store.put_request(Extraction(article, edited.entities, edited.facts))
    assert outcome == "replaced" and "DROP SILENT GRAPH" in request
    # The same request with one more operation that fails at the end: nothing is applied.
    with pytest.raises(StoreError, match="already exists"):
        store.update(request + f" ;\nCREATE GRAPH {rdf.ENTITY_GRAPH}")
    assert nquads(store) == before


def test_read_only_store_refuses_writes_and_keeps_content(tmp_path):
    folder = tmp_path / "kg-data"
    with Store.open(folder) as writable:
        writable.put(en_extraction())
    with Store.open(folder, read_only=True) as reader:
        before = nquads(reader)
        with pytest.raises(StoreError, match="cannot write"):
            reader.put(es_extraction())
        assert nquads(reader) == before


def test_entity_descriptions_follow_the_articles(store):
    acme = entity_description(store, ACME.key)
    assert ("rdf-schema#label", '"Acme Cloud"') in acme
    assert ("core#altLabel", '"la empresa"@es') in acme
    assert ("owl#sameAs", "<http://www.wikidata.org/entity/Q424242>") in acme
    assert ("22-rdf-syntax-ns#type", "<http://schema.org/Corporation>") in acme
    # Removing the Spanish article takes its forms away from Acme, and its person entirely.
    store.remove("nota.txt")
    acme = entity_description(store, ACME.key)
    assert ("core#altLabel", '"la empresa"@es') not in acme
    assert ("rdf-schema#label", '"Acme Cloud"') in acme
    assert entity_description(store, "person-juan-perez") == set()
    assert entity_description(store, "state-nuevo-leon") == set()


def test_descriptions_do_not_depend_on_order():
    forward, backward = Store.memory(), Store.memory()
    for extraction in (en_extraction(), es_extraction()):
        forward.put(extraction)
    for extraction in (es_extraction(), en_extraction()):
        backward.put(extraction)
    assert nquads(forward) == nquads(backward)


def test_descriptions_after_remove_equal_a_store_built_without_it():
    grown = Store.memory()
    for extraction in (en_extraction(), es_extraction(), en_extraction("news/copy.txt")):
        grown.put(extraction)
    grown.remove("acme.txt")
    grown.remove("copy.txt")
    fresh = Store.memory()
    fresh.put(es_extraction())
    assert nquads(grown) == nquads(fresh)


def test_label_keeps_accents_whatever_the_order():
    plain, accented = es_extraction(), es_extraction("news/es/otra.txt")
    place = replace(accented.entities[1], label="Nuevo León")
    bare = replace(place, label="Nuevo Leon")
    plain = replace(plain, entities=(plain.entities[0], bare, plain.entities[2]))
    text = plain.article.text + " "
    plain = replace(plain, article=make_article(text, "news/es/plain.txt", "es"))
    for order in ((plain, accented), (accented, plain)):
        store = Store.memory()
        for extraction in order:
            store.put(extraction)
        assert ("rdf-schema#label", '"Nuevo León"') in entity_description(store, place.key)
        assert ("core#altLabel", '"Nuevo Leon"@es') not in entity_description(store, place.key)


def test_remove_then_put_restores_identical_nquads(store):
    before = nquads(store)
    assert store.remove("news/acme.txt") == 1
    assert nquads(store) != before
    store.put(en_extraction())
    assert nquads(store) == before


def test_remove_unknown_file_is_a_clear_error(store):
    before = nquads(store)
    with pytest.raises(KgError, match="no article in the store was read from nothing.txt"):
        store.remove("nothing.txt")
    assert nquads(store) == before


def test_remove_by_path_bare_name_and_jsonl_file():
    store = Store.memory()
    for line in (1, 2):
        article = make_article(f"Line {line} of a feed.\n", f"feeds/day.jsonl:{line}", "en")
        store.put(Extraction(article, (), ()))
    store.put(es_extraction())
    assert store.remove("feeds/day.jsonl") == 2
    assert store.remove("./news/es/nota.txt") == 1
    assert store.stats()["articles"] == 0


def test_export_is_sorted_and_identical_across_fresh_stores(tmp_path):
    from kg.ingest import ingest

    exports = []
    for name in ("one", "two"):
        with Store.open(tmp_path / name) as opened:
            report = ingest([str(SEEDS)], opened)
            assert report.added == 5 and not report.rejected
            exports.append(nquads(opened))
    assert exports[0] == exports[1]
    lines = exports[0].splitlines()
    assert lines == sorted(lines) and len(lines) > 5 * 7


def test_stats_counts_everything(store):
    stats = store.stats()
    assert stats["articles"] == 2 and stats["sources"] == 2
    assert stats["languages"] == {"en": 1, "es": 1}
    assert stats["entities"] == {
        "Corporation": 2,
        "EducationalOrganization": 1,
        "Person": 2,
        "State": 2,
    }
    assert stats["facts"] == {"claims": 2, "investments": 2, "partnerships": 2, "roles": 2}
    lines = nquads(store).splitlines()
    counts = [line for line in lines if line.endswith(b"<https://w3id.org/kg-news/graph/counts> .")]
    assert len(counts) == 2 * 5  # a count record per article graph, which stats leaves out
    assert stats["quads"] == len(lines) - len(counts)


def test_open_never_creates_a_store_for_readers(tmp_path):
    folder = tmp_path / "missing"
    with pytest.raises(StoreError, match="no store at .*missing; run `kg ingest` first"):
        Store.open(folder, read_only=True)
    with pytest.raises(StoreError, match="no store at"):
        Store.open(folder, create=False)
    assert not folder.exists()


def test_open_refuses_a_folder_that_is_not_a_store(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="is not a kg store"):
        Store.open(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_a_second_writer_gets_a_clear_error(tmp_path):
    with (
        Store.open(tmp_path / "s"),
        pytest.raises(StoreError, match="in use by another kg process"),
    ):
        Store.open(tmp_path / "s")


def test_literals_with_quotes_and_newlines_survive(store):
    text = 'He said "yes" {braces} \\ back\nslash.\n'
    article = make_article(text, "odd.txt", "en")
    store.put(Extraction(article, (), ()))
    rows = store.select(
        "SELECT ?g ?text WHERE { GRAPH ?g { ?g nif:isString ?text } }",
        g=rdf.article_iri(article.id),
    )
    assert rows[0]["text"] == Literal(text)
