"""The ASGI application: the SPARQL 1.1 Protocol at /sparql, the JSON answers, the explorer.

- `GET /sparql?query=...`, `POST /sparql` (a form with `query=...`, or a body of type
  `application/sparql-query`): a query, its results as the Accept header asks.
- `GET /sparql` without a query: the SPARQL 1.1 Service Description (Turtle, or as asked).
- `GET /lookup?name=`, `/why/{fact}` (or `/why?fact=IRI`), `/conflicts?name=`,
  `/timeline?name=`, `/stats`: the JSON of `kg lookup` ... `--format json`;
  `as_of=YYYY-MM-DD` is `--as-of`.
- `GET /`: the HTML explorer of the store (`entity=`, `as_of=` narrow it).

Read-only: an update (the `update` parameter, `application/sparql-update`, or update text as
a query) is a 403; so is SERVICE. What a query asks for is read by `kg.query.inspect_query`,
the same reading `kg query` refuses them by. Every error is a JSON body
`{"error": code, "message": text}`, never a traceback.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qs

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from kg.query import inspect_query
from kg.serve.jobs import GRAPH_TYPES, Reply, error, negotiate
from kg.serve.pool import Pool

DEFAULT_MAX_REQUEST = 1 << 20  # bytes of query text or form body; `kg serve --max-request`
SD = "http://www.w3.org/ns/sparql-service-description#"
FORM = "application/x-www-form-urlencoded"


class TooLarge(Exception):
    """The request body, or the URL's query string, is larger than the server takes."""


def create_app(pool: Pool, *, max_request: int = DEFAULT_MAX_REQUEST, cors: str | None = None):
    """The Starlette application over `pool` (started and stopped with the app)."""

    async def sparql(request: Request) -> Response:
        try:
            params = await _parameters(request, max_request)
        except TooLarge:
            return respond(error(413, "too_large", f"the query is larger than {max_request:,} "
                                 "bytes (kg serve --max-request)"))  # fmt: skip
        except ValueError as bad:
            return respond(error(400, "bad_request", str(bad)))
        if "update" in params:
            return respond(_read_only("SPARQL updates are refused"))
        queries = params.get("query", [])
        if not queries:
            if request.method == "GET":
                return describe_service(request)
            return respond(error(400, "bad_request", "no query: send query=... (form) or a "
                                 "body of type application/sparql-query"))  # fmt: skip
        if len(queries) > 1:
            return respond(error(400, "bad_request", "give one query parameter, not several"))
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            return respond(error(400, "bad_request", "default-graph-uri and named-graph-uri are "
                                 "not supported; name the graphs in the query with FROM and "
                                 "FROM NAMED"))  # fmt: skip
        shape = inspect_query(queries[0])
        if shape.update:
            return respond(_read_only(f"this is a SPARQL update ({shape.form}), which is refused"))
        if shape.service:
            return respond(error(403, "service", "SERVICE is refused: this server makes no "
                                 "request to other endpoints"))  # fmt: skip
        return respond(await pool.sparql(queries[0], request.headers.get("accept", "")))

    async def answer(request: Request) -> Response:
        name = request.url.path.strip("/").split("/")[0] or "explorer"
        args: dict[str, str | None] = {k: request.query_params.get(k) for k in ("name", "as_of")}
        if name == "why":  # /why/ID, or /why?fact=IRI for a full IRI
            args["fact"] = request.path_params.get("fact") or request.query_params.get("fact")
        if name == "explorer":
            args["entity"] = request.query_params.get("entity")
        return respond(await pool.answer(name, args))

    async def http_error(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 500)
        if status == 404:
            pages = "/sparql, /lookup, /why/FACT, /conflicts, /timeline, /stats, /"
            return respond(error(404, "not_found", f"no page {request.url.path}; see {pages}"))
        if status == 405:
            return respond(error(405, "method", f"{request.method} is not allowed on "
                                 f"{request.url.path}"))  # fmt: skip
        detail = getattr(exc, "detail", "") or "the server could not answer"
        return respond(error(status, "error" if status < 500 else "internal", str(detail)))

    async def internal(request: Request, exc: Exception) -> Response:
        return respond(error(500, "internal", f"{type(exc).__name__}: {exc}"))

    middleware = []
    if cors:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=[cors],
                allow_methods=["GET", "POST"],
                allow_headers=["Accept", "Content-Type"],
            )
        )
    routes = [
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/lookup", answer),
        Route("/why/{fact}", answer),
        Route("/why", answer),
        Route("/conflicts", answer),
        Route("/timeline", answer),
        Route("/stats", answer),
        Route("/", answer),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        pool.start()
        try:
            yield
        finally:
            pool.stop()

    return Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={HTTPException: http_error, Exception: internal},
        lifespan=lifespan,
    )


def respond(reply: Reply) -> Response:
    return Response(reply.body, status_code=reply.status, media_type=reply.media_type,
                    headers=reply.headers)  # fmt: skip


def _read_only(what: str) -> Reply:
    return error(403, "read_only", f"kg serve is read-only: {what}; nothing was changed")


async def _parameters(request: Request, cap: int) -> dict[str, list[str]]:
    """The protocol's parameters: from the URL, plus a form body or a query body (POST).

    The URL's query string and the body are each capped at `cap` bytes (TooLarge)."""
    if len(request.url.query) > cap:
        raise TooLarge
    params = parse_qs(request.url.query, keep_blank_values=True)
    if request.method != "POST":
        return params
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await _body(request, cap)
    if media == FORM:
        form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        for key, values in form.items():
            params.setdefault(key, []).extend(values)
    elif media == "application/sparql-query":
        params.setdefault("query", []).append(_text(body))
    elif media == "application/sparql-update":
        params.setdefault("update", []).append("")  # never read: refused as an update
    else:
        raise ValueError(f"cannot read a POST body of type '{media or 'none'}'; send "
                         f"{FORM} or application/sparql-query")  # fmt: skip
    return params


async def _body(request: Request, cap: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise TooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > cap:
            raise TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("the query is not UTF-8 text") from None


def describe_service(request: Request) -> Response:
    """The SPARQL 1.1 Service Description of this endpoint, in Turtle (or as asked)."""
    chosen = negotiate(request.headers.get("accept", ""), list(GRAPH_TYPES))
    if chosen is None:
        return respond(error(406, "not_acceptable", "the service description is RDF; accept "
                             f"one of: {', '.join(GRAPH_TYPES)}"))  # fmt: skip
    endpoint = ox.NamedNode(str(request.url.replace(query="")))
    service = ox.BlankNode("service")
    dataset, graph = ox.BlankNode("dataset"), ox.BlankNode("default")

    def sd(name: str) -> ox.NamedNode:
        return ox.NamedNode(SD + name)

    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    w3 = "http://www.w3.org/ns/formats/"
    formats = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
               "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"]  # fmt: skip
    triples = [
        ox.Triple(service, rdf_type, sd("Service")),
        ox.Triple(service, sd("endpoint"), endpoint),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, rdf_type, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), graph),
        ox.Triple(graph, rdf_type, sd("Graph")),
    ]
    triples += [ox.Triple(service, sd("resultFormat"), ox.NamedNode(w3 + f)) for f in formats]
    body = ox.serialize(triples, format=GRAPH_TYPES[chosen], prefixes={"sd": SD})
    return Response(body, media_type=chosen)
