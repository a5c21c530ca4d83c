"""Exports at scale: the N-Quads export streams through sorted runs, the HTML cut is read
without building the whole graph, and both give exactly what the whole-in-memory way gives."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import SEEDS

from kg import dump as dump_module
from kg.graph import project, project_cut
from kg.html import cut, write_html
from kg.ingest import ingest
from kg.store import Store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("seeds") / "kg-data"
    with Store.open(folder) as opened:
        assert ingest([str(SEEDS)], opened).added == 5
    return folder


def in_memory_sort(folder: Path) -> bytes:
    """What the export gave before it streamed: the whole dump, its lines sorted."""
    data = ox.Store.read_only(str(folder)).dump(format=ox.RdfFormat.N_QUADS)
    return b"".join(line + b"\n" for line in sorted(data.split(b"\n")) if line)


@pytest.mark.parametrize("run_bytes", [64 << 20, 100_000, 4096, 1])
def test_nquads_export_merged_from_runs_equals_one_sort(seeds, monkeypatch, run_bytes):
    monkeypatch.setattr(dump_module, "SORT_RUN", run_bytes)  # one run, a few, one per line
    out = io.BytesIO()
    with Store.open(seeds, read_only=True) as opened:
        count = opened.export_nquads(out)
    expected = in_memory_sort(seeds)
    assert out.getvalue() == expected
    assert count == expected.count(b"\n") > 1000


def test_nquads_export_leaves_no_temporary_files(seeds, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the runs go
    monkeypatch.setattr(dump_module, "SORT_RUN", 4096)
    with Store.open(seeds, read_only=True) as opened:
        opened.export_nquads(io.BytesIO())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("max_nodes", [1, 3, 6, 8, 12, 20, 25, 1000])
def test_html_cut_read_in_outline_equals_the_cut_of_the_whole_graph(seeds, max_nodes):
    with Store.open(seeds, read_only=True) as opened:
        whole = project(opened)
        fast = project_cut(opened, max_nodes=max_nodes)
    graph, notice = cut(whole, max_nodes)
    fast_graph, fast_notice = cut(fast, max_nodes)
    assert list(fast_graph.nodes(data=True)) == list(graph.nodes(data=True))
    assert list(fast_graph.edges(keys=True, data=True)) == list(graph.edges(keys=True, data=True))
    assert fast_notice == notice
    shown = {data["fact"] for *_, data in graph.edges(data=True)}
    assert {f: fast.facts[f] for f in shown} == {f: whole.facts[f] for f in shown}
    pages = []
    for projection in (whole, fast):
        out = io.BytesIO()
        write_html(projection, out, max_nodes=max_nodes)
        pages.append(out.getvalue())
    assert pages[0] == pages[1]


def test_html_cut_with_as_of_equals_the_cut_of_the_whole_graph(seeds):
    with Store.open(seeds, read_only=True) as opened:
        whole = project(opened, as_of="2025-01-31")
        fast = project_cut(opened, max_nodes=5, as_of="2025-01-31")
    graph, notice = cut(whole, 5)
    assert list(cut(fast, 5)[0].edges(keys=True, data=True)) == list(
        graph.edges(keys=True, data=True)
    )
    assert cut(fast, 5)[1] == notice


def test_html_cut_is_the_same_bytes_whatever_the_hash_seed(seeds):
    """A cut keeping few of many nodes used to come out in set order, which varies by run."""
    script = (
        "import sys, hashlib, io; from kg.store import Store; from kg.graph import project;"
        "from kg.html import write_html; out = io.BytesIO();"
        "write_html(project(Store.open(sys.argv[1], read_only=True)), out, max_nodes=6);"
        "print(hashlib.sha256(out.getvalue()).hexdigest())"
    )
    digests = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", script, str(seeds)],
            capture_output=True, text=True, env=env, cwd=ROOT, check=True,
        )  # fmt: skip
        digests.add(run.stdout.strip())
    assert len(digests) == 1


def test_trig_streamed_graph_by_graph_equals_one_serialization(seeds):
    from kg.export import RDF_FORMATS, _with_prefixes, dataset, export

    with Store.open(seeds, read_only=True) as opened:
        out = io.BytesIO()
        assert export(opened, out, format="trig").endswith(" quads")
        whole = _with_prefixes(dataset(opened), RDF_FORMATS["trig"])
    assert out.getvalue() == whole
    assert out.getvalue().split(b"\n")[0].startswith(b"@prefix ")
