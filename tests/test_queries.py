"""The contract queries on hand-made extractions: exact rows and columns, evidence, params."""

from __future__ import annotations

import pytest
from conftest import EN_TEXT, ES_TEXT, QUERIES, en_extraction, nquads
from pyoxigraph import Literal, NamedNode

from kg import rdf
from kg.errors import QueryError
from kg.query import run_query
from kg.store import Store

E = rdf.ID + "entity/"
EN_SOURCE = rdf.article_iri(en_extraction().article.id).value
S_ROLE = '"This region is ready," said Maria Lopez, chief executive of Acme Cloud.'
S_INVEST = (
    "Acme Cloud will invest $2.5 billion (43 billion pesos) in Jalisco over the next five years."
)
S_PARTNER = (
    "The company will work with the University of Guadalajara on its Skills Forward program."
)
S_CLAIMS = "The project will create 3,000 jobs and train 10,000 students."
S_ES = (
    "La empresa invertirá en Nuevo León sin precisar el monto, dijo Juan Pérez, director "
    "general de Acme Cloud."
)

COLUMNS = {
    "roles": "person personLabel role org orgLabel source file evidence",
    "investments": "investor investorLabel place placeLabel amount currency period source file "
    "evidence",
    "partnerships": "a aLabel b bLabel program source file evidence",
    "claims": "subject subjectLabel kind value unit source file evidence",
}


def rows(store: Store, name: str, **params: str) -> list[tuple]:
    result = run_query(store, QUERIES / f"{name}.rq", params=params)
    assert result.variables == tuple(COLUMNS[name].split())
    return [
        tuple(row[v].value if v in row else None for v in result.variables if v != "source")
        for row in result.rows
    ]


def test_roles(store):
    assert rows(store, "roles") == [
        (E + "person-maria-lopez", "Maria Lopez", "chief executive", E + "corporation-acme-cloud",
         "Acme Cloud", "acme.txt", S_ROLE),
        (E + "person-juan-perez", "Juan Pérez", "director general", E + "corporation-acme-cloud",
         "Acme Cloud", "nota.txt", S_ES),
    ]  # fmt: skip


def test_investments_give_one_row_per_amount_and_keep_undisclosed_ones(store):
    acme, jalisco, nl = E + "corporation-acme-cloud", E + "state-jalisco", E + "state-nuevo-leon"
    period, en = "over the next five years", ("acme.txt", S_INVEST)
    assert rows(store, "investments") == [
        (acme, "Acme Cloud", jalisco, "Jalisco", "2500000000", "USD", period, *en),
        (acme, "Acme Cloud", jalisco, "Jalisco", "43000000000", "MXN", period, *en),
        (acme, "Acme Cloud", nl, "Nuevo León", None, None, None, "nota.txt", S_ES),
    ]  # fmt: skip


def test_partnerships_come_once_and_leave_out_low_confidence(store):
    assert rows(store, "partnerships") == [
        (E + "corporation-acme-cloud", "Acme Cloud", E + "university-of-guadalajara",
         "University of Guadalajara", "Skills Forward", "acme.txt", S_PARTNER),
    ]  # fmt: skip
    # The low-confidence partnership is stored, only the contract query leaves it out.
    assert store.stats()["facts"]["partnerships"] == 2


def test_claims(store):
    acme = E + "corporation-acme-cloud"
    assert rows(store, "claims") == [
        (acme, "Acme Cloud", rdf.KG.jobs.value, "3000", "jobs", "acme.txt", S_CLAIMS),
        (acme, "Acme Cloud", rdf.KG.trainees.value, "10000", "students", "acme.txt", S_CLAIMS),
    ]


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_every_evidence_is_a_sentence_of_its_article(store, name):
    texts = {"acme.txt": EN_TEXT, "nota.txt": ES_TEXT}
    result = run_query(store, QUERIES / f"{name}.rq")
    assert result.rows
    for row in result.rows:
        assert row["evidence"].value in texts[row["file"].value]
        assert row["source"].value.startswith(rdf.ID + "article/")


def test_title_keeps_its_language(store):
    result = run_query(store, QUERIES / "roles.rq")
    assert [row["role"].language for row in result.rows] == ["en", "es"]


def test_same_article_from_two_files_gives_a_row_per_file():
    store = Store.memory()
    store.put(en_extraction("a/acme.txt"))
    store.put(en_extraction("b/copy.txt"))
    assert [r[5] for r in rows(store, "roles")] == ["acme.txt", "copy.txt"]


def test_params_are_bound_not_pasted(store):
    assert [r[5] for r in rows(store, "roles", file="nota.txt")] == ["nota.txt"]
    assert rows(store, "claims", subject=f"<{E}corporation-acme-cloud>")
    before = nquads(store)
    evil = 'x" } ; DROP ALL ; INSERT DATA { <a:b> <a:c> "d" } #'
    assert rows(store, "roles", file=evil) == []
    assert rows(store, "roles", file="nota.txt' || true || '") == []
    assert nquads(store) == before


def test_bad_parameters(store):
    with pytest.raises(QueryError, match="has no variable \\?nothing"):
        run_query(store, QUERIES / "roles.rq", params={"nothing": "x"})
    with pytest.raises(QueryError, match="bad parameter name"):
        run_query(store, QUERIES / "roles.rq", params={"a b": "x"})
    with pytest.raises(QueryError, match="bad IRI"):
        run_query(store, QUERIES / "roles.rq", params={"person": "<not an iri>"})


def test_malformed_query_names_the_file(store, tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x ?y }\n")
    with pytest.raises(QueryError, match=r"bad\.rq: malformed SPARQL: error at \d+:\d+"):
        run_query(store, bad)


def test_missing_query_file(store, tmp_path):
    with pytest.raises(QueryError, match="no query file .*nothing.rq"):
        run_query(store, tmp_path / "nothing.rq")


def test_query_text_ask_and_construct(store):
    assert run_query(store, "ASK { ?f a kg:Investment }").boolean is True
    result = run_query(store, "CONSTRUCT { ?s a schema:State } WHERE { ?s a schema:State }")
    assert [t.subject.value for t in result.triples] == [
        E + "state-jalisco",
        E + "state-nuevo-leon",
    ]


def test_bare_query_name_finds_the_repository_query(store):
    assert run_query(store, "roles").variables == tuple(COLUMNS["roles"].split())


def test_union_default_graph_sees_labels_and_facts_together(store):
    result = run_query(
        store,
        "SELECT ?label WHERE { ?f kg:investor ?e . ?e rdfs:label ?label } ORDER BY ?label",
    )
    assert [row["label"] for row in result.rows] == [Literal("Acme Cloud")] * 2


def test_lookup_query_lists_every_fact_of_an_entity(store):
    result = run_query(
        store, QUERIES / "lookup.rq", params={"entity": f"<{E}corporation-acme-cloud>"}
    )
    kinds = sorted((row["kind"].value, row["as"].value) for row in result.rows)
    assert kinds == [
        ("claim", "subject"),
        ("claim", "subject"),
        ("investment", "investor"),
        ("investment", "investor"),
        ("partnership", "partner"),
        ("role", "organization"),
        ("role", "organization"),
    ]
    assert all(row["entity"] == NamedNode(E + "corporation-acme-cloud") for row in result.rows)
