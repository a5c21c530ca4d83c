"""Rows out: one shared set of formats for every command that prints rows.

Rows are plain dicts of column -> value. `table` is aligned plain text for reading (IRIs
shortened with the usual prefixes, long cells cut); `csv` and `tsv` carry full values;
`json` is a list of objects, except for query results, which print as W3C SPARQL 1.1 Query
Results JSON so other SPARQL tools can read them.

    >>> print(format_rows(["name", "n"], [{"name": "AWS", "n": 3}], "table"))
    name  n
    ----  -
    AWS   3
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pyoxigraph import BlankNode, Literal, NamedNode

from kg import rdf
from kg.errors import UsageError
from kg.query import QueryResult

FORMATS = ("table", "json", "csv", "tsv")
MAX_CELL = 60  # table cells longer than this are cut; csv and json keep everything
MAX_IRI = 30  # IRIs are cut shorter: article IRIs end in a 64-digit hash
XSD_STRING = rdf.XSD.string.value
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


def format_result(result: QueryResult, fmt: str) -> str:
    """A query result: SPARQL JSON for json, rows otherwise; graphs as sorted N-Triples."""
    check_format(fmt)
    if result.triples is not None:
        return "\n".join(f"{t} ." for t in result.triples)
    if result.boolean is not None:
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean})
        return "true" if result.boolean else "false"
    if fmt == "json":
        return json.dumps(sparql_json(result), ensure_ascii=False, indent=2)
    return format_rows(result.variables, result.rows, fmt)


def sparql_json(result: QueryResult) -> dict[str, Any]:
    """W3C SPARQL 1.1 Query Results JSON of a SELECT result."""
    return {
        "head": {"vars": list(result.variables)},
        "results": {"bindings": [{v: _binding(t) for v, t in row.items()} for row in result.rows]},
    }


def _binding(term: Any) -> dict[str, str]:
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
    return {"type": "triple", "value": str(term)}


def _json_value(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | list | dict):
        return value
    return plain(value)
