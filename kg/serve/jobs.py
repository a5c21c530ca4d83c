"""What a worker process does for one request: a SPARQL query or a provenance answer.

Each job reads the store and gives back a Reply (status, media type, body bytes), already
serialized, so the server only copies bytes. SPARQL goes through `kg.query.stream_query`, the
same guard, dataset rules (the union of all graphs unless FROM / FROM NAMED) and row cap as
`kg query`; rows are written as W3C SPARQL Results JSON and, for the other result formats,
handed to pyoxigraph's serializers (read back from that JSON), so XML, CSV and TSV follow the
W3C specifications exactly. CONSTRUCT and DESCRIBE triples come sorted, as `kg query` gives
them, each once (the union of the article graphs can give one triple several times).

The answers are those of `kg lookup`, `why`, `conflicts`, `timeline` and `stats` with
`--format json`, built by the same functions, and `/` is `kg export --format html`.

    >>> from kg.store import Store
    >>> reply = sparql(Store.memory(), "ASK { }", accept="text/csv", limit=10)
    >>> reply.status, reply.media_type, reply.body
    (200, 'text/csv', b'true')
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from kg import answers, present, rdf
from kg.errors import KgError, QueryError, UsageError
from kg.lookup import lookup as find_entity
from kg.output import binding, check_date
from kg.query import QueryLimit, stream_query
from kg.store import Store

XSD_STRING = rdf.XSD.string.value
# media type -> format, the server's preference first (also what `*/*` gets)
RESULT_TYPES: dict[str, ox.QueryResultsFormat | None] = {
    "application/sparql-results+json": None,  # written here, row by row
    "application/json": None,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}


@dataclass(frozen=True)
class Reply:
    """An HTTP answer as bytes: what a worker sends back to the server."""

    status: int
    media_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def error(status: int, code: str, message: str, **headers: str) -> Reply:
    """The JSON body every error has: `{"error": code, "message": message}`."""
    body = json.dumps({"error": code, "message": message}, ensure_ascii=False).encode()
    return Reply(status, "application/json", body, dict(headers))


def document(doc: Any) -> Reply:
    """A JSON answer, laid out as the CLI prints it."""
    return Reply(200, "application/json", json.dumps(doc, ensure_ascii=False, indent=2).encode())


# --- content negotiation -------------------------------------------------------------------


def negotiate(accept: str, offers: list[str]) -> str | None:
    """The offer the Accept header ranks best (ties: the offer listed first), None if none.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", list(RESULT_TYPES))
    'application/sparql-results+xml'
    >>> negotiate("", ["text/turtle"]), negotiate("image/png", ["text/turtle"])
    ('text/turtle', None)
    """
    ranges = []
    for part in (accept or "*/*").split(","):
        media, *params = (p.strip() for p in part.split(";"))
        if not media:
            continue
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((media.lower(), q))
    best, best_q = None, 0.0
    for offer in offers:
        kind = offer.split("/")[0]
        # the most specific range that matches decides the offer's quality
        matched = [
            (3 if media == offer else 2 if media == f"{kind}/*" else 1, q)
            for media, q in ranges
            if media in (offer, f"{kind}/*", "*/*")
        ]
        q = max(matched)[1] if matched else 0.0
        if q > best_q:
            best, best_q = offer, q
    return best


# --- SPARQL --------------------------------------------------------------------------------


def sparql(store: Store, query: str, *, accept: str, limit: int | None) -> Reply:
    """Run one SPARQL query and serialize its result as the Accept header asks.

    An update or SERVICE is a 403, malformed SPARQL a 400, more than `limit` rows a 422.
    The timeout is the server's business: it stops the whole worker at the deadline.
    """
    try:
        # A line break makes it query text for kg.query.load_query: a client's query is
        # never taken for the name of a file on this machine (`roles`, `/etc/passwd`).
        with stream_query(store, query + "\n", limit=limit, timeout=None) as stream:
            if stream.graph:
                chosen = negotiate(accept, list(GRAPH_TYPES))
                if chosen is None:
                    return _not_acceptable(accept, GRAPH_TYPES, "CONSTRUCT and DESCRIBE")
                triples = sorted(set(stream), key=str)  # a triple in two graphs is one
                body = ox.serialize(triples, format=GRAPH_TYPES[chosen], prefixes=_prefixes())
                return Reply(200, chosen, body or b"")
            chosen = negotiate(accept, list(RESULT_TYPES))
            if chosen is None:
                return _not_acceptable(accept, RESULT_TYPES, "SELECT and ASK")
            if stream.boolean is not None:
                doc = {"head": {}, "boolean": stream.boolean}
            else:
                variables = list(stream.variables)
                rows = [{v: binding(t) for v, t in row.items()} for row in stream]
                doc = {"head": {"vars": variables}, "results": {"bindings": rows}}
    except QueryLimit as limited:
        return error(422, "row_limit", str(limited).replace("(--limit)", "(kg serve --limit)"))
    except QueryError as failed:
        return error(400, "bad_query", str(failed))
    text = json.dumps(doc, ensure_ascii=False).encode()
    results_format = RESULT_TYPES[chosen]
    if results_format is None:
        return Reply(200, chosen, text)
    parsed = ox.parse_query_results(text, format=ox.QueryResultsFormat.JSON)
    return Reply(200, chosen, parsed.serialize(format=results_format) or b"")


def _prefixes() -> dict[str, str]:
    return {name: iri for name, iri in rdf.PREFIXES.items() if name}


def _not_acceptable(accept: str, offers: dict[str, Any], forms: str) -> Reply:
    return error(
        406,
        "not_acceptable",
        f"cannot give {forms} results as '{accept}'; accept one of: {', '.join(offers)}",
    )


# --- the provenance answers ----------------------------------------------------------------


def answer(store: Store, name: str, args: dict[str, str | None]) -> Reply:
    """One of lookup, why, conflicts, timeline, stats, explorer: the CLI's JSON (or page)."""
    try:
        as_of = check_date(args.get("as_of"), "as_of")
        if name == "stats":
            return document(store.stats())
        if name == "explorer":
            return _explorer(store, args.get("entity"), as_of)
        if name == "why":
            if not args.get("fact"):
                return error(400, "bad_request", "/why needs a fact: /why/ID or /why?fact=IRI")
            found = answers.why(store, args["fact"] or "", as_of=as_of)
            if found is None:
                return error(404, "not_found", f"no fact '{args['fact']}' in the store; take "
                             "an id from /lookup?name=NAME")  # fmt: skip
            return document(present.fact_dict(found))
        entity_name = args.get("name")
        if name == "conflicts":
            entity = find_entity(store, entity_name).entity.iri if entity_name else None
            found = answers.conflicts(store, entity=entity, as_of=as_of)
            return document([present.conflict_dict(c) for c in found])
        if not entity_name:
            return error(400, "bad_request", f"/{name} needs a name: /{name}?name=NAME")
        matched = find_entity(store, entity_name)
        if name == "timeline":
            found = answers.timeline(store, matched.entity.iri, as_of=as_of)
            return document(present.timeline_dicts(found))
        facts = answers.canonical_facts(store, entity=matched.entity.iri, as_of=as_of)
        doc = matched.as_dict()
        doc["facts"] = [present.fact_dict(f) for f in facts]
        return document(doc)
    except UsageError as bad:
        return error(400, "bad_request", str(bad))
    except QueryError as failed:
        return error(400, "bad_request", str(failed))
    except KgError as missing:  # no entity matches the name
        return error(404, "not_found", str(missing))


def _explorer(store: Store, entity: str | None, as_of: str | None) -> Reply:
    from kg.export import export  # the layout and the vendored script only when asked

    out = io.BytesIO()
    export(store, out, format="html", entity=entity or None, as_of=as_of)
    return Reply(200, "text/html; charset=utf-8", out.getvalue())
