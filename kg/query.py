"""Run SPARQL against the store: named query files, bound parameters, rows as they come.

Queries see every graph at once (the default graph is the union of all graphs), so a query
joins facts in article graphs with labels in the entities graph without `GRAPH` clauses. A
query that names its own dataset with `FROM` or `FROM NAMED` gets exactly that dataset, as
SPARQL says (`FROM NAMED` alone leaves the default graph empty). Parameters are bound with
pyoxigraph substitutions, never pasted into the query text, so a value cannot change what the
query does.

kg only reads and never reaches out: a SPARQL update is refused before it gets to the store,
and so is `SERVICE` (it would send a request from the user's machine to the endpoint it
names) unless `allow_service`. Both are found by reading the query's tokens, so the words in a
string, an IRI, a comment or a variable name do not count.

Every query is bounded: after `limit` rows the next one raises QueryLimit, and waiting longer
than `timeout` seconds for the engine raises QueryTimeout. pyoxigraph cannot cancel a query,
and a query that sorts or groups computes everything before its first row, so the query runs
in a worker thread (pyoxigraph releases the GIL while it evaluates) and the reader stops
waiting at the deadline. The worker stops at its next row; one stuck inside the engine keeps
running until the process exits, which is what `kg query` does at once (QueryTimeout.running).

    >>> from kg.store import Store
    >>> result = run_query(Store.memory(), "SELECT ?x WHERE { }", params={"x": "hello"})
    >>> result.variables, [row["x"].value for row in result.rows]
    (('x',), ['hello'])
"""

from __future__ import annotations

import queue
import re
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from pyoxigraph import Literal, NamedNode, Variable

from kg.errors import QueryError
from kg.resources import package_path
from kg.store import Store

QUERY_DIR = package_path("queries")
DEFAULT_LIMIT = 100_000  # rows; `kg query --limit`
DEFAULT_TIMEOUT = 60.0  # seconds waiting for the engine; `kg query --timeout`
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_BATCH = 256  # rows the worker hands over at once
_QUEUED = 8  # batches waiting for the reader at most: memory stays bounded

Term = NamedNode | Literal | ox.BlankNode | ox.Triple


class QueryLimit(QueryError):
    """The query gives more rows than its limit."""


class QueryTimeout(QueryError):
    """The engine took longer than the timeout; `running` if it is still busy in its thread."""

    def __init__(self, message: str, *, running: bool):
        super().__init__(message)
        self.running = running


@dataclass(frozen=True)
class QueryResult:
    """What a query returned: rows for SELECT, `boolean` for ASK, `triples` for CONSTRUCT.

    Each row maps a variable name to its RDF term; unbound variables are left out.
    """

    variables: tuple[str, ...] = ()
    rows: tuple[dict[str, Term], ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] | None = None


def load_query(text_or_path: str | Path) -> tuple[str, str]:
    """(query text, name for messages): from a file, or the text itself when it is a query.

    A string with a brace or a line break is query text; anything else names a file. A bare
    name such as `roles` also finds the bundled `kg/queries/roles.rq`.

    >>> load_query("SELECT * WHERE { ?s ?p ?o }")[1]
    '<query>'
    """
    if isinstance(text_or_path, str) and ("{" in text_or_path or "\n" in text_or_path):
        return text_or_path, "<query>"
    path = Path(text_or_path)
    if not path.is_file() and not path.suffix and (QUERY_DIR / f"{path}.rq").is_file():
        path = QUERY_DIR / f"{path}.rq"
    try:
        return path.read_text(encoding="utf-8"), str(text_or_path)
    except FileNotFoundError:
        raise QueryError(f"no query file {text_or_path}") from None
    except IsADirectoryError:
        raise QueryError(f"{text_or_path} is a folder, not a query file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"cannot read query file {text_or_path}: {error}") from None


def term(value: str) -> NamedNode | Literal:
    """A parameter value as an RDF term: `<IRI>` is an IRI, anything else a plain string.

    >>> term("<http://example.org/a>"), term("Acme")
    (<NamedNode value=http://example.org/a>, <Literal value=Acme datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>)
    """
    if value.startswith("<") and value.endswith(">"):
        try:
            return NamedNode(value[1:-1])
        except ValueError as error:
            raise QueryError(f"bad IRI {value}: {error}") from None
    return Literal(value)


# --- what a query asks for -------------------------------------------------------------------

# The SPARQL tokens that can hold any text: what they say is never a keyword. Everything
# else is split into words (keywords, function names) and single characters. Numbers are
# read exactly, so `3SERVICE` is a number and a word, as the parser reads it.
_OPAQUE = "|".join(
    [
        r"\s+",
        r"#[^\r\n]*",  # comment
        r'"""(?:[^"\\]|\\.|"(?!""))*"""',
        r"'''(?:[^'\\]|\\.|'(?!''))*'''",
        r'"(?:[^"\\\r\n]|\\.)*"',
        r"'(?:[^'\\\r\n]|\\.)*'",
        r"<[^<>\"{}|^`\\\x00-\x20]*>",  # IRI
        r"[?$]\w+",  # variable
        r"_:[\w.\-]*",  # blank node
        r"@[A-Za-z]+(?:-[A-Za-z0-9]+)*",  # language tag
        r"(?:[^\W\d_][\w.\-]*)?:(?:[\w.\-:%]|\\.)*",  # prefixed name
        r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?",  # number
    ]
)
_TOKEN = re.compile(rf"(?P<opaque>{_OPAQUE})|(?P<word>[^\W\d_]\w*)|(?P<other>.)", re.DOTALL)
_PROLOGUE = {"PREFIX", "BASE", "VERSION"}
QUERY_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
UPDATES = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")


@dataclass(frozen=True)
class Shape:
    """What a query text asks for, read from its tokens.

    `form` is its first keyword after the prologue (SELECT, ASK..., or an update's INSERT,
    DROP...), `dataset` whether it has a FROM or FROM NAMED clause, `service` whether it calls
    SERVICE.

    >>> inspect_query("SELECT * FROM <urn:g> WHERE { ?s ?p '#SERVICE' } # SERVICE")
    Shape(form='SELECT', dataset=True, service=False)
    """

    form: str
    dataset: bool
    service: bool

    @property
    def update(self) -> bool:
        return self.form not in QUERY_FORMS and self.form.startswith(UPDATES)


def inspect_query(text: str) -> Shape:
    """The Shape of a SPARQL text (which need not be valid: the engine judges that)."""
    words = [m["word"].upper() for m in _TOKEN.finditer(text) if m["word"]]
    form = next((w for w in words if w not in _PROLOGUE), "")
    # The parser matches keywords without looking at what follows, so `SERVICESILENT` still
    # counts; no other SPARQL keyword contains these letters.
    return Shape(
        form=form,
        dataset=any(w.startswith("FROM") for w in words),
        service=any("SERVICE" in w for w in words),
    )


def check_query(text: str, name: str, *, allow_service: bool = False) -> Shape:
    """The query's Shape, or a QueryError for an update, or a SERVICE not allowed."""
    found = inspect_query(text)
    if found.update:
        raise QueryError(
            f"kg query only reads: {name} is a SPARQL update ({found.form}), not a query; "
            "nothing was changed"
        )
    if found.service and not allow_service:
        raise QueryError(
            f"{name} calls a remote SPARQL endpoint with SERVICE, which would send a request "
            "from this machine; pass --allow-service to run it anyway"
        )
    return found


# --- running ---------------------------------------------------------------------------------


def stream_query(
    store: Store,
    text_or_path: str | Path,
    *,
    params: Mapping[str, str] | None = None,
    limit: int | None = DEFAULT_LIMIT,
    timeout: float | None = DEFAULT_TIMEOUT,
    allow_service: bool = False,
) -> QueryStream:
    """Start a SPARQL query (text or file); its rows come by iterating the QueryStream.

    Each parameter `name=value` binds `?name` (which the query must use and select) to
    `term(value)`. Malformed SPARQL, an update, a SERVICE not allowed, a missing file or an
    unknown parameter is a QueryError naming the file. `limit` and `timeout` of None (or 0)
    mean no bound.

    >>> with stream_query(Store.memory(), "SELECT * { VALUES ?n { 1 2 3 } }", limit=2) as rows:
    ...     [row["n"].value for row in rows]
    Traceback (most recent call last):
    ...
    kg.query.QueryLimit: <query> gives more than 2 rows (--limit); add LIMIT to the query ...
    """
    text, name = load_query(text_or_path)
    found = check_query(text, name, allow_service=allow_service)
    substitutions: dict[Variable, Any] = {}
    for key, value in (params or {}).items():
        if not _NAME.fullmatch(key):
            raise QueryError(f"bad parameter name '{key}': use letters, digits and _")
        if not re.search(rf"[?$]{key}\b", text):
            raise QueryError(f"{name}: the query has no variable ?{key} to bind")
        substitutions[Variable(key)] = term(value)
    return QueryStream(
        store, text, name, substitutions, union=not found.dataset, limit=limit, timeout=timeout
    )


def run_query(
    store: Store,
    text_or_path: str | Path,
    *,
    params: Mapping[str, str] | None = None,
    limit: int | None = DEFAULT_LIMIT,
    timeout: float | None = DEFAULT_TIMEOUT,
    allow_service: bool = False,
) -> QueryResult:
    """Run a SPARQL query (text or file) to the end: stream_query, every row kept.

    CONSTRUCT and DESCRIBE triples come sorted.

    >>> run_query(Store.memory(), "ASK { ?s ?p ?o }").boolean
    False
    """
    options = {"params": params, "limit": limit, "timeout": timeout}
    with stream_query(store, text_or_path, allow_service=allow_service, **options) as stream:
        if stream.boolean is not None:
            return QueryResult(boolean=stream.boolean)
        items = list(stream)
    if stream.graph:
        return QueryResult(triples=tuple(sorted(items, key=str)))
    return QueryResult(variables=stream.variables, rows=tuple(items))


class QueryStream:
    """A running query: `variables` (SELECT), `boolean` (ASK) or `graph` (CONSTRUCT,
    DESCRIBE), then its rows (dicts of variable -> term) or triples by iterating, each once.

    Close it (or use it in a `with`) to stop the worker when not reading to the end.
    """

    def __init__(
        self,
        store: Store,
        text: str,
        name: str,
        substitutions: Mapping[Variable, Any],
        *,
        union: bool,
        limit: int | None,
        timeout: float | None,
    ):
        self.name = name
        self.limit = limit or None
        self.timeout = timeout or None
        self._budget = self.timeout
        self._queue: queue.Queue = queue.Queue(maxsize=_QUEUED)
        self._stop = threading.Event()
        self._worker = threading.Thread(
            target=self._work, args=(store, text, substitutions, union), daemon=True
        )
        self._worker.start()
        self.variables: tuple[str, ...] = ()
        self.boolean: bool | None = None
        self.graph = False
        kind, payload = self._next()
        if kind == "ask":
            self.boolean = payload
        elif kind == "graph":
            self.graph = True
        else:
            self.variables = payload

    def __iter__(self) -> Iterator[Any]:
        count = 0
        while True:
            kind, payload = self._next()
            if kind == "end":
                return
            for item in payload:
                count += 1
                if self.limit is not None and count > self.limit:
                    self.close()
                    raise QueryLimit(
                        f"{self.name} gives more than {self.limit:,} "
                        f"{'triples' if self.graph else 'rows'} (--limit); add LIMIT to the "
                        "query or pass a larger --limit (0 for none)"
                    )
                yield item

    @property
    def running(self) -> bool:
        """Whether the worker is still busy (inside the engine, when stopped)."""
        return self._worker.is_alive()

    def close(self) -> None:
        """Ask the worker to stop at its next row; give it a moment to do so."""
        self._stop.set()
        while True:  # a worker waiting to hand over a batch sees the stop sooner
            try:
                self._queue.get_nowait()
            except queue.Empty:
                break
        self._worker.join(0.2)

    def __enter__(self) -> QueryStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _next(self) -> tuple[str, Any]:
        """The worker's next message, waiting at most what is left of the timeout."""
        started = time.monotonic()
        try:
            kind, payload = self._queue.get(timeout=self._budget)
        except queue.Empty:
            self.close()
            raise QueryTimeout(
                f"{self.name} took longer than {self.timeout:g} s and was stopped (--timeout); "
                "narrow it (LIMIT, more specific patterns) or pass a larger --timeout "
                "(0 for none)",
                running=self.running,
            ) from None
        finally:
            if self._budget is not None:
                self._budget = max(0.0, self._budget - (time.monotonic() - started))
        if kind == "error":
            raise self._error(payload)
        return kind, payload

    def _error(self, error: BaseException) -> BaseException:
        if isinstance(error, SyntaxError):
            return QueryError(f"{self.name}: malformed SPARQL: {error}")
        if isinstance(error, OSError | RuntimeError | ValueError):
            return QueryError(f"{self.name}: {error}")
        return error

    def _work(self, store: Store, text: str, subs: Mapping[Variable, Any], union: bool) -> None:
        """Evaluate in this thread; hand over the head, then batches of rows, then the end."""
        try:
            result = store.endpoint.query(text, substitutions=subs, union=union)
            if isinstance(result, ox.QueryBoolean):
                self._put(("ask", bool(result)))
                return
            if isinstance(result, ox.QueryTriples):
                self._put(("graph", None))
                convert: Any = None
            else:
                variables = tuple(v.value for v in result.variables)
                self._put(("select", variables))

                def convert(solution: ox.QuerySolution) -> dict[str, Term]:
                    return {v: t for v, t in zip(variables, solution, strict=True) if t is not None}

            batch: list[Any] = []
            handed = time.monotonic()
            for item in result:
                if self._stop.is_set():
                    return
                batch.append(item if convert is None else convert(item))
                # full batches, or what there is when the reader waits (at most 100 a second)
                now = time.monotonic()
                if len(batch) >= _BATCH or (now - handed > 0.01 and self._queue.empty()):
                    self._put(("rows", batch))
                    batch, handed = [], now
            if batch:
                self._put(("rows", batch))
            self._put(("end", None))
        except BaseException as error:  # handed to the reader, which raises it
            self._put(("error", error))

    def _put(self, message: tuple[str, Any]) -> None:
        while not self._stop.is_set():
            try:
                self._queue.put(message, timeout=0.1)
                return
            except queue.Full:
                continue
