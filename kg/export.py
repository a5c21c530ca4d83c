"""Exports: the store in every standard RDF format, and as a graph for graph tools.

RDF formats are lossless; graph formats are a networkx projection of the canonical facts
(see kg.graph); the HTML explorer is one self-contained page (see kg.html).

| format | what | |
|---|---|---|
| nq, trig, jsonld | the dataset: one named graph per article plus the entities graph | lossless |
| ttl | the union of all graphs as one graph (Turtle has no named graphs) | lossless as a graph |
| graphml, gexf, cyjs, dot | entities and canonical facts (gexf: with dates) | projection |
| html | the projection in a browser, with the evidence behind every edge | projection |

`entity` (with `depth`) and `as_of` narrow any format: graph formats to the ego graph or the
facts known by that date; RDF formats to the article graphs that state those facts (or the
articles published by that date) and the descriptions of the entities they mention. Output is
sorted: the same store always gives the same bytes.

    >>> import io
    >>> from kg.store import Store
    >>> out = io.BytesIO()
    >>> export(Store.memory(), out, format="trig")
    '0 quads'
    >>> guess_format("graph.GraphML")
    'graphml'

`export_file` writes a file atomically: into a temporary file beside it, renamed over it only
when complete, so a failed export (a full disk, a read-only folder) leaves no partial file and
any earlier file in its place unchanged; the failure is a KgError naming the file.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import networkx as nx
import pyoxigraph as ox

from kg import rdf
from kg.errors import KgError, UsageError
from kg.graph import Projection, project, project_cut
from kg.output import check_date
from kg.store import Store

RDF_FORMATS = {
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "ttl": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
}
GRAPH_FORMATS = ("graphml", "gexf", "dot", "cyjs", "html")
FORMATS = (*RDF_FORMATS, *GRAPH_FORMATS)
EXTENSIONS = {
    ".nq": "nq", ".nquads": "nq", ".trig": "trig", ".ttl": "ttl", ".jsonld": "jsonld",
    ".graphml": "graphml", ".gexf": "gexf", ".dot": "dot", ".gv": "dot", ".cyjs": "cyjs",
    ".html": "html", ".htm": "html",
}  # fmt: skip


def guess_format(output: str | Path | None, format: str | None = None) -> str:
    """The format asked for, else the one the output file's extension names, else nq."""
    if format:
        if format not in FORMATS:
            raise UsageError(f"unknown format '{format}'; use one of: {', '.join(FORMATS)}")
        return format
    suffix = Path(output).suffix.lower() if output else ""
    if suffix and suffix not in EXTENSIONS:
        raise UsageError(
            f"cannot tell the format of '{output}' from its extension; pass --format "
            f"({', '.join(FORMATS)})"
        )
    return EXTENSIONS.get(suffix, "nq")


def export(
    store: Store,
    out: BinaryIO,
    *,
    format: str = "nq",
    entity: str | None = None,
    depth: int = 1,
    as_of: str | None = None,
    title: str | None = None,
) -> str:
    """Write `store` to `out` in `format`; returns what was written ('1650 quads').

    `entity` is a name (matched as `kg lookup` does) or an IRI; `as_of` a YYYY-MM-DD date.
    `title` names the HTML page (default: the store, the entity and the date).
    """
    guess_format(None, format)
    as_of = check_date(as_of)
    if depth < 0:
        raise UsageError(f"bad depth {depth}; give 0 or more")
    if format in RDF_FORMATS:
        return write_rdf(store, out, format=format, entity=entity, depth=depth, as_of=as_of)
    if format == "html":
        from kg.html import MAX_NODES, write_html  # reads the vendored JavaScript only when needed

        if entity is None:  # a large graph is cut to its best facts without being built whole
            projection = project_cut(store, max_nodes=MAX_NODES, as_of=as_of)
        else:
            projection = project(store, entity=entity, depth=depth, as_of=as_of)
        return write_html(projection, out, title=title or _title(store, projection, as_of))
    projection = project(store, entity=entity, depth=depth, as_of=as_of)
    return GRAPH_WRITERS[format](projection, out)


def export_file(store: Store, path: str | Path, **options: Any) -> str:
    """Write `export(store, ..., **options)` to the file `path`, atomically.

    The export goes to a hidden temporary file in the same folder, flushed to disk, then
    renamed over `path`; on any failure the temporary file is removed and `path` is left as it
    was. A path that is not a regular file (/dev/stdout, a pipe, /dev/full) is written
    directly. Returns what was written ('1650 quads').

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> export_file(Store.memory(), folder / "kg.trig", format="trig")
    '0 quads'
    >>> sorted(p.name for p in folder.iterdir())
    ['kg.trig']
    """
    path = Path(path)
    if path.is_dir():
        raise KgError(f"cannot write {path}: it is a folder; give a file name with --output")
    if path.exists() and not path.is_file():
        try:
            with open(path, "wb") as out:
                return export(store, out, **options)
        except OSError as error:
            raise _write_error(path, error) from None
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    try:
        with open(partial, "xb") as out:
            written = export(store, out, **options)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except OSError as error:
        raise _write_error(path, error) from None
    finally:
        with contextlib.suppress(OSError):  # gone once renamed; never made on a read-only disk
            partial.unlink(missing_ok=True)
    return written


def _write_error(path: Path, error: OSError) -> KgError:
    reason = error.strerror or str(error)
    return KgError(f"cannot write {path}: {reason}")


# --- RDF ---------------------------------------------------------------------------------------


def write_rdf(
    store: Store,
    out: BinaryIO,
    *,
    format: str = "nq",
    entity: str | None = None,
    depth: int = 1,
    as_of: str | None = None,
) -> str:
    """The dataset (or the part of it `entity` and `as_of` select) in an RDF format, sorted."""
    if format == "nq" and entity is None and as_of is None:
        return f"{store.export_nquads(out)} quads"
    if format == "trig" and entity is None and as_of is None and _named_only(store):
        return f"{_stream_trig(store, out)} quads"
    quads = dataset(store, entity=entity, depth=depth, as_of=as_of)
    items: list = quads
    if format == "ttl":
        items = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=_key)
    if format in ("ttl", "trig"):
        data = _with_prefixes(items, RDF_FORMATS[format])
    else:
        data = ox.serialize(items, format=RDF_FORMATS[format])
    if format == "nq":
        data = b"".join(line + b"\n" for line in sorted(data.split(b"\n")) if line)
    count, unit = len(items), ("triples" if format == "ttl" else "quads")
    out.write(data)
    return f"{count} {unit}"


def dataset(
    store: Store, *, entity: str | None = None, depth: int = 1, as_of: str | None = None
) -> list[ox.Quad]:
    """The store's quads, sorted; with `entity` or `as_of`, only the selected articles'
    graphs and the entity descriptions those graphs mention.

    >>> dataset(Store.memory(), as_of="2024-12-31")
    []
    """
    buffer = io.BytesIO()
    store.export_nquads(buffer)
    quads = list(ox.parse(buffer.getvalue(), format=ox.RdfFormat.N_QUADS))
    if entity is None and as_of is None:
        return sorted(quads, key=_key)
    keep = _articles(store, quads, entity=entity, depth=depth, as_of=as_of)
    kept = [q for q in quads if q.graph_name in keep]
    mentioned = {t for q in kept for t in (q.subject, q.object) if isinstance(t, ox.NamedNode)}
    kept += [q for q in quads if q.graph_name == rdf.ENTITY_GRAPH and q.subject in mentioned]
    return sorted(kept, key=_key)


def _articles(
    store: Store, quads: list[ox.Quad], *, entity: str | None, depth: int, as_of: str | None
) -> set[ox.NamedNode]:
    """The article graphs an `entity` ego graph's facts come from, or published by `as_of`."""
    if entity is not None:
        facts = project(store, entity=entity, depth=depth, as_of=as_of).facts.values()
        return {ox.NamedNode(s.source) for f in facts for s in f.statements}
    published = rdf.SCHEMA.datePublished
    return {
        q.graph_name
        for q in quads
        if q.predicate == published and q.subject == q.graph_name and q.object.value <= as_of
    }


def _named_only(store: Store) -> bool:
    """Is every quad in a named graph (as kg writes them), and is there any?"""
    rows = store.select("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1")
    return not rows and bool(store.select("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1"))


def _stream_trig(store: Store, out: BinaryIO) -> int:
    """The whole store in TriG, streamed graph by graph in sorted order, each graph's quads
    sorted: the same bytes as serializing `dataset(store)` at once, in flat memory."""
    graphs = store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    names = sorted((row["g"] for row in graphs), key=str)
    count = 0

    def quads():
        nonlocal count
        for graph in names:
            rows = store.endpoint.query(
                "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }",
                substitutions={ox.Variable("g"): graph},
                union=False,
            )
            triples = sorted(((str(s), str(p), str(o)), s, p, o) for _, s, p, o in rows)
            count += len(triples)
            for _, s, p, o in triples:
                yield ox.Quad(s, p, o, graph)

    head = _SortedPrefixes(out)
    ox.serialize(quads(), head, format=ox.RdfFormat.TRIG, prefixes=rdf.PREFIXES)
    head.close()
    return count


class _SortedPrefixes(io.RawIOBase):
    """A writer that sorts the `@prefix` lines a serializer starts with, then passes through."""

    def __init__(self, out: BinaryIO):
        self.out, self.head, self.done = out, b"", False

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        data = bytes(data)
        if self.done:
            self.out.write(data)
            return len(data)
        self.head += data
        lines = self.head.split(b"\n")
        if any(not line.startswith(b"@prefix ") for line in lines[:-1]):
            self._flush_head()
        return len(data)

    def _flush_head(self) -> None:
        lines = self.head.split(b"\n")
        prefixes = [line for line in lines if line.startswith(b"@prefix ")]
        rest = [line for line in lines if not line.startswith(b"@prefix ")]
        self.out.write(b"\n".join(sorted(prefixes) + rest))
        self.head, self.done = b"", True

    def close(self) -> None:
        if not self.done:
            self._flush_head()
        super().close()


def _with_prefixes(items: list, format: ox.RdfFormat) -> bytes:
    """Turtle or TriG with the project's prefixes, declared in a fixed (sorted) order."""
    body = ox.serialize(items, format=format, prefixes=rdf.PREFIXES).decode("utf-8")
    lines = body.split("\n")
    head = [line for line in lines if line.startswith("@prefix ")]
    rest = [line for line in lines if not line.startswith("@prefix ")]
    return "\n".join(sorted(head) + rest).encode("utf-8")


def _key(item: ox.Quad | ox.Triple) -> tuple[str, ...]:
    graph = str(item.graph_name) if isinstance(item, ox.Quad) else ""
    return (graph, str(item.subject), str(item.predicate), str(item.object))


# --- graph formats -----------------------------------------------------------------------------


def write_graphml(projection: Projection, out: BinaryIO) -> str:
    """GraphML (with its XML declaration), as networkx writes it; Gephi and yEd read it."""
    nx.write_graphml(projection.graph, out, encoding="utf-8", prettyprint=True)
    return _counted(projection.graph)


def write_gexf(projection: Projection, out: BinaryIO) -> str:
    """GEXF 1.2 in dynamic mode: nodes and edges carry the publication dates in which they
    were first and last seen as start and end, so Gephi's timeline plays them; positions and
    colours from kg.layout and the explorer's palette."""
    from kg.html import colour
    from kg.layout import layout

    graph = projection.graph.copy()
    positions = layout(graph)
    for node, data in graph.nodes(data=True):
        dates = [d for *_, e in graph.edges(node, data=True) for d in _seen(e)]
        dates += [d for *_, e in graph.in_edges(node, data=True) for d in _seen(e)]
        if dates:
            data.update(start=min(dates), end=max(dates))
        x, y = positions[node]
        red, green, blue = (int(colour(data["type"])[i : i + 2], 16) for i in (1, 3, 5))
        data["viz"] = {"position": {"x": x, "y": -y, "z": 0.0},
                       "color": {"r": red, "g": green, "b": blue, "a": 1.0}}  # fmt: skip
    for *_, data in graph.edges(data=True):
        data["weight"] = data["support"]
        if "first_seen" in data:
            data.update(start=data["first_seen"], end=data["last_seen"])
    graph.graph["name"] = "kg"
    buffer = io.BytesIO()
    nx.write_gexf(graph, buffer, encoding="utf-8", prettyprint=True)
    # networkx stamps today's date; the newest publication date keeps the output stable
    dates = [d for *_, e in graph.edges(data=True) for d in _seen(e)]
    stamp = f'lastmodifieddate="{max(dates)}"' if dates else ""
    out.write(re.sub(rb'lastmodifieddate="[^"]*"', stamp.encode(), buffer.getvalue(), count=1))
    return _counted(graph)


def write_cyjs(projection: Projection, out: BinaryIO) -> str:
    """Cytoscape.js JSON: {"elements": {"nodes": [...], "edges": [...]}} with positions,
    which Cytoscape desktop imports as is and cytoscape.js takes as `elements`."""
    from kg.layout import layout

    graph = projection.graph
    positions = layout(graph)
    nodes = [
        {"data": {"id": node, **data}, "position": dict(zip("xy", positions[node], strict=True))}
        for node, data in graph.nodes(data=True)
    ]
    edges = [{"data": {**data, "source": u, "target": v}} for u, v, data in graph.edges(data=True)]
    document = {"data": {"name": "kg"}, "elements": {"nodes": nodes, "edges": edges}}
    out.write(json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8"))
    out.write(b"\n")
    return _counted(graph)


def write_dot(projection: Projection, out: BinaryIO) -> str:
    """Graphviz DOT, meant for ego graphs (`--entity`): render with `dot -Tsvg` or `sfdp`."""
    from kg.html import colour

    lines = [
        "digraph kg {",
        '  graph [overlap=false, splines=true, fontname="Helvetica"];',
        '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11];',
        '  edge [fontname="Helvetica", fontsize=9];',
    ]
    for node, data in projection.graph.nodes(data=True):
        attributes = {"label": data["label"], "tooltip": node, "fillcolor": colour(data["type"]),
                      **{k: v for k, v in data.items() if k != "label"}}  # fmt: skip
        if node == projection.centre:
            attributes["penwidth"] = 3
        lines.append(f"  {_quote(node)} [{_attributes(attributes)}];")
    for u, v, data in projection.graph.edges(data=True):
        shown = f"{data['kind']}: {data['label']}" if data["label"] else data["kind"]
        attributes = {**data, "label": shown, "penwidth": min(1 + data["support"] / 2, 5)}
        lines.append(f"  {_quote(u)} -> {_quote(v)} [{_attributes(attributes)}];")
    lines.append("}")
    out.write(("\n".join(lines) + "\n").encode("utf-8"))
    return _counted(projection.graph)


def _quote(value: object) -> str:
    """A DOT double-quoted string: backslashes and quotes escaped, newlines as \\n."""
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return '"' + text.replace("\r", "").replace("\n", "\\n") + '"'


def _attributes(attributes: dict[str, object]) -> str:
    return ", ".join(f"{key}={_quote(value)}" for key, value in attributes.items())


def _title(store: Store, projection: Projection, as_of: str | None) -> str:
    """'kg: kg-data, around Amazon Web Services, as of 2025-01-31'."""
    parts = [f"kg: {Path(store.location).name}"]
    if projection.centre is not None:
        label = projection.graph.nodes[projection.centre].get("label", projection.centre)
        parts.append(f"around {label}")
    if as_of:
        parts.append(f"as of {as_of}")
    return ", ".join(parts)


def _seen(edge: dict) -> list[str]:
    return [edge[k] for k in ("first_seen", "last_seen") if k in edge]


def _counted(graph: nx.MultiDiGraph) -> str:
    return f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"


GRAPH_WRITERS: dict[str, Callable[[Projection, BinaryIO], str]] = {
    "graphml": write_graphml,
    "gexf": write_gexf,
    "cyjs": write_cyjs,
    "dot": write_dot,
}
