"""Run SPARQL against the store: named query files, bound parameters, plain results.

Queries see every graph at once (the default graph is the union of all graphs), so a query
joins facts in article graphs with labels in the entities graph without `GRAPH` clauses.
Parameters are bound with pyoxigraph substitutions, never pasted into the query text, so a
value cannot change what the query does.

    >>> from kg.store import Store
    >>> result = run_query(Store.memory(), "SELECT ?x WHERE { }", params={"x": "hello"})
    >>> result.variables, [row["x"].value for row in result.rows]
    (('x',), ['hello'])
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from pyoxigraph import Literal, NamedNode, Variable

from kg.errors import QueryError
from kg.resources import package_path
from kg.store import Store

QUERY_DIR = package_path("queries")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

Term = NamedNode | Literal | ox.BlankNode | ox.Triple


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


def run_query(
    store: Store, text_or_path: str | Path, *, params: Mapping[str, str] | None = None
) -> QueryResult:
    """Run a SPARQL query (text or file) with `params` bound to its variables.

    Each parameter `name=value` binds `?name` (which the query must use and select) to
    `term(value)`. Malformed SPARQL, a missing file or an unknown parameter is a QueryError
    naming the file.

    >>> run_query(Store.memory(), "ASK { ?s ?p ?o }").boolean
    False
    """
    text, name = load_query(text_or_path)
    substitutions: dict[Variable, Any] = {}
    for key, value in (params or {}).items():
        if not _NAME.fullmatch(key):
            raise QueryError(f"bad parameter name '{key}': use letters, digits and _")
        if not re.search(rf"[?$]{key}\b", text):
            raise QueryError(f"{name}: the query has no variable ?{key} to bind")
        substitutions[Variable(key)] = term(value)
    try:
        result = store.endpoint.query(text, substitutions=substitutions, union=True)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(boolean=bool(result))
        if isinstance(result, ox.QueryTriples):
            return QueryResult(triples=tuple(sorted(result, key=str)))
        variables = tuple(v.value for v in result.variables)
        rows = tuple({v: s[v] for v in variables if s[v] is not None} for s in result)
    except SyntaxError as error:
        raise QueryError(f"{name}: malformed SPARQL: {error}") from None
    except (OSError, RuntimeError, ValueError) as error:
        raise QueryError(f"{name}: {error}") from None
    return QueryResult(variables=variables, rows=rows)
