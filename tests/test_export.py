"""Exports: RDF round trips, graph formats read back by their own tools, the real CLI."""

from __future__ import annotations

import doctest
import importlib
import io
import json
import shutil
import subprocess
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from conftest import SEEDS
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg import rdf
from kg.cli import app
from kg.export import FORMATS, export
from kg.graph import project
from kg.html import cut, embed_json, write_html
from kg.ingest import ingest
from kg.store import Store

runner = CliRunner()
RDFLIB_FORMATS = {"nq": "nquads", "trig": "trig", "jsonld": "json-ld"}
ACME = f"{rdf.ID}entity/corporation-acme-cloud"


def kg(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    """A closed on-disk store with the seed articles."""
    folder = tmp_path_factory.mktemp("seeds") / "kg-data"
    with Store.open(folder) as opened:
        assert ingest([str(SEEDS)], opened).added == 5
    return folder


def exported(store: Path, *args: str) -> bytes:
    with Store.open(store, read_only=True) as opened:
        out = io.BytesIO()
        fmt, *rest = args
        options = dict(zip(rest[::2], rest[1::2], strict=True))
        export(opened, out, format=fmt, **options)
    return out.getvalue()


def graphs(data: bytes, fmt: str) -> dict[str, rdflib.Graph]:
    """The named graphs of a dataset, parsed by rdflib (not by the library that wrote it)."""
    dataset = rdflib.Dataset()
    with warnings.catch_warnings():  # rdflib 7's TriG parser uses its own deprecated class
        warnings.filterwarnings("ignore", "ConjunctiveGraph is deprecated", DeprecationWarning)
        dataset.parse(data=data, format=RDFLIB_FORMATS[fmt])
    return {str(g.identifier): g for g in dataset.graphs() if len(g)}


# --- RDF ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["trig", "jsonld", "nq"])
def test_rdf_dataset_round_trip_is_isomorphic_graph_by_graph(seeds, fmt):
    reference = graphs(exported(seeds, "nq"), "nq")
    assert len(reference) == 7  # five articles, the entities graph and the counts graph
    again = graphs(exported(seeds, fmt), fmt)
    assert sorted(again) == sorted(reference)
    for name, graph in reference.items():
        assert isomorphic(again[name], graph), name


def test_turtle_flattens_the_dataset_into_one_isomorphic_graph(seeds):
    union = rdflib.Graph()
    for graph in graphs(exported(seeds, "nq"), "nq").values():
        for triple in graph:
            union.add(triple)
    turtle = rdflib.Graph().parse(data=exported(seeds, "ttl"), format="turtle")
    assert len(turtle) == len(union) > 1000
    assert isomorphic(turtle, union)


def test_as_of_keeps_the_articles_published_by_then(disk_store):
    kept = graphs(exported(disk_store, "trig", "as_of", "2024-06-01"), "trig")
    article = [name for name in kept if "/article/" in name]
    assert len(article) == 1 and rdf.ENTITY_GRAPH.value in kept  # the Spanish one has no date
    described = {str(s) for s in kept[rdf.ENTITY_GRAPH.value].subjects()}
    assert f"{rdf.ID}entity/person-maria-lopez" in described
    assert f"{rdf.ID}entity/person-juan-perez" not in described  # only in the Spanish article
    assert graphs(exported(disk_store, "trig", "as_of", "2024-01-01"), "trig") == {}


def test_entity_keeps_the_articles_of_its_ego_graph(seeds):
    whole = graphs(exported(seeds, "nq"), "nq")
    around = graphs(exported(seeds, "nq", "entity", "Viasat"), "nq")
    assert 2 <= len(around) < len(whole)
    assert len(around[rdf.ENTITY_GRAPH.value]) < len(whole[rdf.ENTITY_GRAPH.value])


# --- graph formats -----------------------------------------------------------------------------


def test_projection_of_the_hand_made_store(store):
    projection = project(store)
    graph = projection.graph
    kinds = sorted(data["kind"] for *_, data in graph.edges(data=True))
    # the low-confidence partnership stays out; the two claims become value nodes
    assert kinds == ["claim", "claim", "investment", "investment", "partnership", "role", "role"]
    role = next(d for u, v, d in graph.edges(data=True) if d["kind"] == "role" and "lopez" in u)
    assert role["label"] == "chief executive" and role["support"] == 1
    assert role["first_seen"] == role["last_seen"] == "2024-05-02" and role["files"] == "acme.txt"
    assert graph.nodes[ACME] == {
        "label": "Acme Cloud",
        "type": "Corporation",
        "aliases": "la empresa",
        "wikidata": "Q424242",
    }
    claims = [n for n, d in graph.nodes(data=True) if d["type"] == "Claim"]
    assert sorted(graph.nodes[n]["label"] for n in claims) == [
        "jobs: 3,000 jobs",
        "trainees: 10,000 students",
    ]
    undated = next(d for *_, d in graph.edges(data=True) if d["files"] == "nota.txt")
    assert "first_seen" not in undated


def test_graphml_starts_with_a_declaration_and_reads_back(seeds):
    data = exported(seeds, "graphml")
    assert data.startswith(b"<?xml version=")
    graph = nx.read_graphml(io.BytesIO(data))
    with Store.open(seeds, read_only=True) as opened:
        projection = project(opened).graph
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (
        projection.number_of_nodes(),
        projection.number_of_edges(),
    )
    assert graph.number_of_edges() > 15
    node = graph.nodes[f"{rdf.ID}entity/amazon-web-services"]
    assert node["label"] == "Amazon Web Services" and node["wikidata"] == "Q456157"
    assert {d["kind"] for *_, d in graph.edges(data=True)} == {
        "role",
        "investment",
        "partnership",
        "claim",
    }


def test_gexf_reads_back_and_is_dynamic(seeds):
    data = exported(seeds, "gexf")
    graph = nx.read_gexf(io.BytesIO(data))
    projection = nx.read_graphml(io.BytesIO(exported(seeds, "graphml")))
    assert graph.number_of_nodes() == projection.number_of_nodes()
    assert graph.number_of_edges() == projection.number_of_edges()
    root = ET.fromstring(data)
    ns = {"g": root.tag[1:].split("}")[0]}
    element = root.find("g:graph", ns)
    assert element.get("mode") == "dynamic" and element.get("timeformat") == "date"
    starts = [e.get("start") for e in root.findall(".//g:edge", ns)]
    assert "2025-01-14" in starts and set(starts) <= {"2025-01-14", None}  # undated articles
    assert all(e.get("end") is not None for e in root.findall(".//g:edge[@start]", ns))
    assert root.find("g:meta", ns).get("lastmodifieddate") == "2025-01-14"  # not today
    viz = "{http://www.gexf.net/1.2draft/viz}position"
    assert all(n.find(viz) is not None for n in root.findall(".//g:node", ns))


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz `dot` not installed (make test)")
def test_dot_of_an_ego_graph_parses_with_graphviz(seeds):
    data = exported(seeds, "dot", "entity", "AWS", "depth", 1)
    parsed = subprocess.run(["dot", "-Tjson"], input=data, capture_output=True, check=True)
    drawn = json.loads(parsed.stdout)
    with Store.open(seeds, read_only=True) as opened:
        ego = project(opened, entity="AWS").graph
    assert len(drawn["objects"]) == ego.number_of_nodes() > 5
    assert len(drawn["edges"]) == ego.number_of_edges()
    centre = next(o for o in drawn["objects"] if o["label"] == "Amazon Web Services")
    assert centre["penwidth"] == "3"


def test_dot_quotes_what_it_writes(store):
    from kg.export import _quote

    assert _quote('a "b" \\ c\nd') == '"a \\"b\\" \\\\ c\\nd"'


def test_cytoscape_json_has_elements_with_positions(seeds):
    document = json.loads(exported(seeds, "cyjs"))
    nodes, edges = document["elements"]["nodes"], document["elements"]["edges"]
    ids = {n["data"]["id"] for n in nodes}
    assert len(ids) == len(nodes) > 10
    assert all(set(n["position"]) == {"x", "y"} for n in nodes)
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
    assert {"kind", "label", "support", "fact", "id"} <= set(edges[0]["data"])


def test_ego_graph_is_smaller_and_depth_widens_it(seeds):
    with Store.open(seeds, read_only=True) as opened:
        whole = project(opened).graph
        alone = project(opened, entity="Paula Bellizia", depth=0)
        near = project(opened, entity="Paula Bellizia", depth=1).graph
        far = project(opened, entity="Paula Bellizia", depth=2).graph
    assert list(alone.graph.nodes) == [alone.centre] == [f"{rdf.ID}entity/paula-bellizia"]
    assert 2 == near.number_of_nodes() < far.number_of_nodes() < whole.number_of_nodes()


def test_as_of_keeps_the_facts_known_by_then(disk_store):
    with Store.open(disk_store, read_only=True) as opened:
        everything = project(opened)
        before = project(opened, as_of="2024-05-01")
        after = project(opened, as_of="2024-05-02")
    assert before.graph.number_of_edges() == 0
    assert 0 < after.graph.number_of_edges() < everything.graph.number_of_edges()
    assert all(d["first_seen"] <= "2024-05-02" for *_, d in after.graph.edges(data=True))


def test_html_is_cut_to_the_best_supported_facts_with_a_notice(seeds):
    with Store.open(seeds, read_only=True) as opened:
        projection = project(opened)
    graph, notice = cut(projection, max_nodes=6)
    assert graph.number_of_nodes() <= 6 and graph.number_of_edges() > 0
    supports = sorted(f.support for f in projection.facts.values())
    assert min(d["support"] for *_, d in graph.edges(data=True)) >= supports[len(supports) // 2]
    assert "leaves out" in notice and "the 6 nodes the explorer draws" in notice
    out = io.BytesIO()
    write_html(projection, out, max_nodes=6)
    assert b"leaves out" in out.getvalue()
    assert cut(projection)[1] == ""


def test_html_is_one_file_whose_data_cannot_end_its_script(seeds):
    page = exported(seeds, "html").decode("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "default-src 'none'" in page
    assert "<title>kg: kg-data</title>" in page
    assert page.count("</script") == 3  # the data, Cytoscape.js and the explorer
    assert "<script src" not in page and "<link" not in page and "<img" not in page
    assert "</" not in embed_json({"evidence": "a </script> b"})
    assert json.loads(embed_json({"s": "</script> & <!-- \u2028"})) == {
        "s": "</script> & <!-- \u2028"
    }


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_byte_identical_across_fresh_stores(seeds, tmp_path, fmt):
    other = tmp_path / "kg-data"  # the same folder name: the HTML title names it
    with Store.open(other) as opened:
        ingest([str(SEEDS)], opened)
    assert exported(seeds, fmt) == exported(other, fmt)


@pytest.mark.parametrize("name", ["export", "graph", "html", "layout"])
def test_doc_examples_run(name):
    module = importlib.import_module(f"kg.{name}")
    failures, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert tried > 0 and failures == 0


# --- the CLI -----------------------------------------------------------------------------------


def test_cli_guesses_the_format_from_the_output_file(seeds, tmp_path):
    out = tmp_path / "graph.graphml"
    result = kg("export", "--store", str(seeds), "--output", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("wrote ") and result.stderr.endswith(f"{out} (graphml)\n")
    assert out.read_bytes().startswith(b"<?xml")
    assert [p.name for p in tmp_path.iterdir()] == ["graph.graphml"]  # no partial file left
    explicit = tmp_path / "data.out"
    assert kg("export", "--store", str(seeds), "-o", str(explicit), "-f", "trig").exit_code == 0
    assert explicit.read_bytes().startswith(b"@prefix")


def test_cli_ego_graph_and_as_of_to_stdout(seeds):
    result = kg("export", "--store", str(seeds), "-f", "cyjs", "--entity", "viasat")
    assert result.exit_code == 0, result.stderr
    nodes = json.loads(result.stdout)["elements"]["nodes"]
    assert "Viasat" in {n["data"]["label"] for n in nodes}
    empty = kg("export", "--store", str(seeds), "-f", "cyjs", "--as-of", "2020-01-01")
    assert json.loads(empty.stdout)["elements"] == {"nodes": [], "edges": []}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "xml"], "Error: unknown format 'xml'; use one of: nq, trig, ttl, jsonld, "
                        "graphml, gexf, dot, cyjs, html\n"),
        (["-o", "graph.xlsx"], "Error: cannot tell the format of 'graph.xlsx' from its "
                               "extension; pass --format (nq, trig, ttl, jsonld, graphml, gexf, "
                               "dot, cyjs, html)\n"),
        (["--as-of", "May 2024"], "Error: --as-of takes a date as YYYY-MM-DD, not 'May 2024'\n"),
        (["--entity", "Zyxwvut Qqq"], "Error: no entity in the store matches 'Zyxwvut Qqq'; "
                                      "check the spelling or run `kg lookup`\n"),
    ],
    ids=["format", "extension", "date", "entity"],
)  # fmt: skip
def test_cli_errors(seeds, tmp_path, args, message):
    result = runner.invoke(app, ["export", "--store", str(seeds), *args])
    assert (result.exit_code, result.stderr) == (1, message)
    assert not (tmp_path / "graph.xlsx").exists()
