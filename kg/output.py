"""Rows out: one shared set of formats for every command that prints rows.

Rows are plain dicts of column -> value. `table` is aligned plain text for reading (IRIs
shortened with the usual prefixes, long cells cut); `csv` and `tsv` carry full values;
`json` is a list of objects, except for query results, which print as W3C SPARQL 1.1 Query
Results JSON so other SPARQL tools can read them, written row by row as the query gives them
(`write_result`). `check_format` and `check_date` are the option checks every command shares.

    >>> print(format_rows(["name", "n"], [{"name": "AWS", "n": 3}], "table"))
    name  n
    ----  -
    AWS   3
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

from pyoxigraph import BlankNode, Literal, NamedNode

from kg import rdf
from kg.errors import UsageError
from kg.query import QueryStream

FORMATS = ("table", "json", "csv", "tsv")
MAX_CELL = 60  # table cells longer than this are cut; csv and json keep everything
MAX_IRI = 30  # IRIs are cut shorter: article IRIs end in a 64-digit hash
XSD_STRING = rdf.XSD.string.value
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DISPLAY_PREFIXES = sorted(
    [(iri, name) for name, iri in rdf.PREFIXES.items()] + [(rdf.ID, "id")],
    key=lambda item: -len(item[0]),
)


def check_format(fmt: str, allowed: Sequence[str] = FORMATS) -> str:
    """`fmt` if allowed, else a UsageError listing the formats."""
    if fmt not in allowed:
        raise UsageError(f"unknown format '{fmt}'; use one of: {', '.join(allowed)}")
    return fmt


def plain(value: Any) -> str:
    """A cell's full text: an IRI, a literal's lexical form, a number, '' for nothing."""
    if value is None:
        return ""
    if isinstance(value, NamedNode | Literal):
        return value.value
    if isinstance(value, BlankNode):
        return f"_:{value.value}"
    return str(value)


def short(value: Any) -> str:
    """A cell for reading: IRIs as prefixed names, long text cut with an ellipsis."""
    text, limit = plain(value), MAX_CELL
    if isinstance(value, NamedNode):
        limit = MAX_IRI
        for iri, name in _DISPLAY_PREFIXES:
            if text.startswith(iri):
                text = f"{name}:{text[len(iri) :]}"
                break
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_rows(columns: Sequence[str], rows: Iterable[Mapping[str, Any]], fmt: str) -> str:
    """Rows in `fmt` (table, json, csv, tsv), ending without a newline."""
    check_format(fmt)
    rows = list(rows)
    if fmt == "json":
        return json.dumps(
            [{c: _json_value(row.get(c)) for c in columns} for row in rows],
            ensure_ascii=False,
            indent=2,
        )
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        if fmt == "csv":
            writer = csv.writer(buffer, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows([plain(row.get(c)) for c in columns] for row in rows)
        else:
            buffer.write("\t".join(columns) + "\n")
            for row in rows:
                cells = [" ".join(plain(row.get(c)).split()) for c in columns]
                buffer.write("\t".join(cells) + "\n")
        return buffer.getvalue().rstrip("\n")
    cells = [[short(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    lines = [columns, ["-" * w for w in widths], *cells]
    return "\n".join(
        "  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip() for line in lines
    )


def check_date(value: str | None, option: str = "--as-of") -> str | None:
    """A date written YYYY-MM-DD (and a real day), or None; anything else is a UsageError.

    The one check of every command and library call that takes `--as-of`.

    >>> check_date("2025-01-31"), check_date(None)
    ('2025-01-31', None)
    >>> check_date("31/01/2025")
    Traceback (most recent call last):
    ...
    kg.errors.UsageError: --as-of takes a date as YYYY-MM-DD, not '31/01/2025'
    """
    if value is None:
        return None
    try:
        if not _DATE.fullmatch(value):
            raise ValueError(value)
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(f"{option} takes a date as YYYY-MM-DD, not '{value}'") from None


def write_result(result: QueryStream, fmt: str, out: TextIO) -> int:
    """Write a running query's result to `out` in `fmt`; returns the rows (or triples) written.

    json (W3C SPARQL 1.1 Query Results JSON), csv and tsv rows are written as they come; a
    table needs every row for its widths, and CONSTRUCT triples are sorted, so those two are
    kept until the end (the query's row limit bounds them). When the query stops with an error
    (its limit or timeout), what came before is written, a json document is closed, and the
    error is raised.
    """
    check_format(fmt)
    if result.boolean is not None:
        if fmt == "json":
            out.write(json.dumps({"head": {}, "boolean": result.boolean}) + "\n")
        else:
            out.write("true\n" if result.boolean else "false\n")
        return 1
    if result.graph:
        triples: list = []
        try:
            triples.extend(result)
        finally:
            out.writelines(f"{t} .\n" for t in sorted(triples, key=str))
        return len(triples)
    columns = result.variables
    if fmt == "table":
        rows: list = []
        try:
            rows.extend(result)
        finally:
            out.write(format_rows(columns, rows, "table") + "\n")
        return len(rows)
    if fmt == "json":
        return _write_sparql_json(result, out)
    count = 0
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in result:
            writer.writerow([plain(row.get(c)) for c in columns])
            count += 1
        return count
    out.write("\t".join(columns) + "\n")
    for row in result:
        out.write("\t".join(" ".join(plain(row.get(c)).split()) for c in columns) + "\n")
        count += 1
    return count


def _write_sparql_json(result: QueryStream, out: TextIO) -> int:
    """SPARQL JSON with each binding written as it comes, laid out as json.dumps(indent=2)."""
    head = {"head": {"vars": list(result.variables)}}
    # the layout around one binding; the sentinel is the last 0 (variable names come before)
    opening, _, closing = json.dumps({**head, "results": {"bindings": [0]}}, indent=2).rpartition(
        "0"
    )
    count = 0
    try:
        for row in result:
            encoded = json.dumps({v: binding(t) for v, t in row.items()}, ensure_ascii=False,
                                 indent=2)  # fmt: skip
            out.write((opening.rstrip(" ") if count == 0 else ",\n") + _indent(encoded, 6))
            count += 1
    finally:
        if count:
            out.write(closing + "\n")
        else:
            out.write(json.dumps({**head, "results": {"bindings": []}}, indent=2) + "\n")
    return count


def _indent(text: str, width: int) -> str:
    pad = " " * width
    return "\n".join(pad + line for line in text.split("\n"))


def binding(term: Any) -> dict[str, Any]:
    """A term as SPARQL Results JSON (RDF 1.2 triple terms nest their three terms)."""
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    parts = {"subject": term.subject, "predicate": term.predicate, "object": term.object}
    return {"type": "triple", "value": {k: binding(v) for k, v in parts.items()}}


def _json_value(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | list | dict):
        return value
    return plain(value)
