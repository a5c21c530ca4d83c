"""The HTML explorer: one self-contained page that shows the graph and the evidence behind it.

The page is kg/static/explorer.html with its CSS, its script and the vendored Cytoscape.js
(kg/static/cytoscape.min.js, MIT, from the `cytoscape` npm package: `npm pack cytoscape@3.34.4`)
inlined, and the data embedded as JSON. It works offline from a file:// URL: a Content
Security Policy of `default-src 'none'` forbids the page any request, so nothing it shows can
have come from the network. Positions are computed here (kg.layout), so the browser only draws.

Graphs of more than MAX_NODES nodes are cut to the best supported facts that fit, and the page
says how many facts and entities were left out.

    >>> import io
    >>> from kg.graph import project
    >>> from kg.store import Store
    >>> out = io.BytesIO()
    >>> write_html(project(Store.memory()), out)
    '0 nodes, 0 edges'
    >>> out.getvalue().startswith(b"<!DOCTYPE html>")
    True
"""

from __future__ import annotations

import html
import json
import re
from importlib import resources
from typing import Any, BinaryIO

import networkx as nx

from kg.answers import CanonicalFact
from kg.graph import Projection, _sorted
from kg.layout import layout

MAX_NODES = 2000
PALETTE = {  # node colours by type; the explorer's legend and the GEXF and DOT exports share them
    "Person": "#e45756",
    "Corporation": "#4c78a8",
    "Organization": "#72b7b2",
    "GovernmentOrganization": "#54a24b",
    "EducationalOrganization": "#b279a2",
    "NewsMediaOrganization": "#9d755d",
    "Program": "#ff9da6",
    "Place": "#eeca3b",
    "Country": "#f58518",
    "State": "#eeca3b",
    "City": "#f2cf5b",
    "Claim": "#bab0ac",
    "Investment": "#88d27a",
}
KIND_COLOURS = {"role": "#e45756", "investment": "#54a24b", "partnership": "#4c78a8",
                "claim": "#9d9d9d"}  # fmt: skip


def colour(kind: str) -> str:
    """The colour of an entity type (#rrggbb); grey for types without one."""
    return PALETTE.get(kind, "#cccccc")


def write_html(
    projection: Projection, out: BinaryIO, *, title: str = "kg explorer", max_nodes: int = MAX_NODES
) -> str:
    """Write the explorer page for `projection`; returns what it shows ('26 nodes, 22 edges')."""
    graph, notice = cut(projection, max_nodes)
    page = render(page_data(projection, graph, notice, title), title)
    out.write(page.encode("utf-8"))
    return f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"


def cut(projection: Projection, max_nodes: int = MAX_NODES) -> tuple[nx.MultiDiGraph, str]:
    """The graph, or when it has more than `max_nodes` nodes the best supported facts whose
    nodes fit (a fact whose nodes are already in always fits), and a notice saying so.

    The kept graph has its nodes in IRI order and its edges in key order, as every projection
    has (a projection kg.graph.project_cut already cut comes back as it is)."""
    graph = projection.graph
    if projection.notice:
        return graph, projection.notice
    if graph.number_of_nodes() <= max_nodes:
        return graph, ""
    edges_of: dict[str, list] = {}
    for u, v, key, data in graph.edges(keys=True, data=True):
        edges_of.setdefault(data["fact"], []).append((u, v, key))
    ranked = sorted(projection.facts.values(), key=lambda f: (-f.support, f.kind, f.label, f.id))
    nodes: set[str] = set()
    edges = []
    for fact in ranked:
        ends = {n for u, v, _ in edges_of.get(fact.id, []) for n in (u, v)}
        if len(nodes | ends) > max_nodes:
            continue
        nodes |= ends
        edges += edges_of.get(fact.id, [])
    kept = _sorted(graph.edge_subgraph(edges))
    shown = {data["fact"] for *_, data in kept.edges(data=True)}
    notice = (
        f"This graph has {graph.number_of_nodes():,} nodes and {len(projection.facts):,} "
        f"facts, more than the {max_nodes:,} nodes the explorer draws: it shows the "
        f"{len(shown):,} best supported facts ({kept.number_of_nodes():,} nodes) and leaves "
        f"out {len(projection.facts) - len(shown):,} facts. Export with --entity NAME, "
        "--as-of DATE, or in another format to see the rest."
    )
    return kept, notice


def page_data(
    projection: Projection, graph: nx.MultiDiGraph, notice: str, title: str
) -> dict[str, Any]:
    """What the page's script reads: nodes with positions, edges, and facts with evidence."""
    positions = layout(graph)
    ids = {node: f"n{i}" for i, node in enumerate(graph.nodes)}
    nodes = []
    for node, data in graph.nodes(data=True):
        x, y = positions[node]
        nodes.append({"id": ids[node], "iri": node, "x": x, "y": y, "degree": graph.degree(node),
                      **data})  # fmt: skip
    facts: dict[str, int] = {}
    fact_list: list[dict[str, Any]] = []
    edges = []
    for u, v, key, data in graph.edges(keys=True, data=True):
        if data["fact"] not in facts:
            facts[data["fact"]] = len(fact_list)
            fact_list.append(_fact(projection.facts[data["fact"]]))
        edges.append({"id": "e" + key, "source": ids[u], "target": ids[v], "kind": data["kind"],
                      "label": data["label"], "support": data["support"],
                      "fact": facts[data["fact"]]})  # fmt: skip
    return {
        "title": title,
        "notice": notice,
        "centre": ids.get(projection.centre or ""),
        "palette": PALETTE,
        "kinds": KIND_COLOURS,
        "nodes": nodes,
        "edges": edges,
        "facts": fact_list,
    }


def _fact(fact: CanonicalFact) -> dict[str, Any]:
    return {
        "iri": fact.id,
        "kind": fact.kind,
        "parties": [{"role": p.role, "label": p.label} for p in fact.parties],
        "values": list(fact.values),
        "support": fact.support,
        "first": fact.first_seen,
        "last": fact.last_seen,
        "statements": [
            {
                "file": s.file,
                "date": s.date,
                "publisher": s.publisher,
                "evidence": s.evidence,
                "speaker": s.speaker,
                "stated": s.stated,
                "period": s.period,
            }  # fmt: skip
            for s in fact.statements
        ],
    }


def render(data: dict[str, Any], title: str) -> str:
    """The page: the template with its style, scripts and data inlined."""
    static = resources.files("kg") / "static"
    parts = {
        "/*KG:STYLE*/": (static / "explorer.css").read_text(encoding="utf-8"),
        "/*KG:CYTOSCAPE*/": (static / "cytoscape.min.js").read_text(encoding="utf-8"),
        "/*KG:SCRIPT*/": (static / "explorer.js").read_text(encoding="utf-8"),
        "/*KG:DATA*/": embed_json(data),
        "<!--KG:TITLE-->": html.escape(title),
    }
    for marker in ("/*KG:CYTOSCAPE*/", "/*KG:SCRIPT*/"):
        if "</script" in parts[marker].lower():
            raise ValueError(f"{marker} cannot be inlined: it contains '</script'")
    template = (static / "explorer.html").read_text(encoding="utf-8")
    pattern = "|".join(re.escape(marker) for marker in parts)
    return re.sub(pattern, lambda match: parts[match.group(0)], template)  # one pass


def embed_json(data: Any) -> str:
    """JSON that is safe inside a <script> element: no '<', '>' or '&' can end it early.

    >>> embed_json({"a": "</script><b>"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escape)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
