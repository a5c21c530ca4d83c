"""Rows for the provenance-aware commands: lookup by canonical fact, why, conflicts, timeline.

The library answers (kg.answers) become plain dicts here. Tables are for people: values as
a reader says them ("10,000,000,000 USD"), long cells cut. JSON and CSV are for scripts and
share a few typed shapes, defined once below (ENTITY, PARTY, VALUE, SOURCE) and reused by
every command: numbers are JSON numbers with their currency or unit apart, dates ISO
strings, entities `{"iri", "label"}`, and every supporting statement one SOURCE object.
A command's CSV has one row per source, its columns the JSON fields flattened (`columns`).

    >>> from kg import answers
    >>> from kg.store import Store
    >>> conflict_rows(answers.conflicts(Store.memory()))
    []
    >>> columns(VALUE, "value.")
    ['value.text', 'value.number', 'value.currency', 'value.unit', 'value.period']
"""

from __future__ import annotations

import re
from typing import Any

from kg.answers import CanonicalFact, Conflict, Party, Statement
from kg.output import format_rows

TIMELINE_COLUMNS = ("date", "kind", "parties", "stated", "file", "speaker", "evidence")
MAX_STATEMENTS = 20  # per canonical fact in a table; json and csv give them all


def fact_id(fact: CanonicalFact | Statement) -> str:
    """The short id of a canonical fact: the hash at the end of its IRI."""
    iri = fact.id if isinstance(fact, CanonicalFact) else fact.canonical
    return iri.rsplit("/", 1)[-1]


def parties(items, *, skip: str | None = None) -> str:
    return "; ".join(f"{p.label} ({p.role})" for p in items if p.iri != skip)


def fact_rows(facts: list[CanonicalFact], *, entity: str | None = None) -> list[dict[str, Any]]:
    """One row per canonical fact (the table's summary lines)."""
    return [
        {
            "id": fact_id(f),
            "kind": f.kind,
            "parties": parties(f.parties, skip=entity),
            "values": " | ".join(f.values),
            "support": f.support,
            "publishers": ", ".join(f.publishers),
            "first_seen": f.first_seen,
            "last_seen": f.last_seen,
            "files": " ".join(f.files),
        }
        for f in facts
    ]


def statement_rows(
    facts: list[CanonicalFact], *, entity: str | None = None, cap: int | None = None
) -> list[dict[str, Any]]:
    """One row per supporting statement, with its canonical fact's id and kind."""
    rows = []
    for f in facts:
        shown = f.statements if cap is None else f.statements[:cap]
        for s in shown:
            rows.append(
                {
                    "id": fact_id(f),
                    "kind": f.kind,
                    "parties": parties(f.parties, skip=entity),
                    "stated": s.stated,
                    "file": s.file,
                    "date": s.date,
                    "publisher": s.publisher,
                    "speaker": s.speaker,
                    "evidence": s.evidence,
                }  # fmt: skip
            )
        if cap is not None and len(f.statements) > cap:
            rows.append({"id": fact_id(f), "evidence": f"... {len(f.statements) - cap} more "
                         f"(kg why {fact_id(f)})"})  # fmt: skip
    return rows


def conflict_rows(conflicts: list[Conflict]) -> list[dict[str, Any]]:
    """One row per (conflict, value, source file), with that file's sentences and speakers."""
    rows = []
    for conflict in conflicts:
        for value, statements in conflict.values:
            unit = statements[0].currency if conflict.kind == "investment" else statements[0].unit
            for file in sorted({s.file for s in statements}):
                mine = [s for s in statements if s.file == file]
                rows.append(
                    {
                        "subject": conflict.subject,
                        "kind": conflict.kind,
                        "value": value,
                        "unit": unit,
                        "file": file,
                        "date": mine[0].date,
                        "speaker": "; ".join(dict.fromkeys(s.speaker for s in mine if s.speaker)),
                        "evidence": " | ".join(dict.fromkeys(s.evidence for s in mine)),
                    }  # fmt: skip
                )
    return rows


def conflict_table(conflicts: list[Conflict]) -> str:
    """Conflicts for reading: a subject and kind once, then each value once with its sources.

    >>> print(conflict_table([]))
    no conflicts
    """
    if not conflicts:
        return "no conflicts"
    shown: list[dict[str, Any]] = []
    previous: dict[str, Any] = {}
    for row in conflict_rows(conflicts):
        blank = []
        if (previous.get("subject"), previous.get("kind")) == (row["subject"], row["kind"]):
            blank = ["subject", "kind"] + (["value"] if previous["value"] == row["value"] else [])
        shown.append({**row, **dict.fromkeys(blank, "")})
        previous = row
    columns = ("subject", "kind", "value", "file", "date", "speaker", "evidence")
    return format_rows(columns, shown, "table")


def why_text(fact: CanonicalFact) -> str:
    """A canonical fact, then every supporting sentence in full with its source and speaker."""
    lines = [
        f"{fact.kind}: {parties(fact.parties)}",
        f"id        {fact_id(fact)}",
        f"values    {' | '.join(fact.values) or '-'}",
        f"support   {fact.support} article(s); publishers {', '.join(fact.publishers) or '-'}; "
        f"first {fact.first_seen or '-'}, last {fact.last_seen or '-'}",
    ]
    for s in fact.statements:
        source = [s.file, s.date or "undated", s.publisher or ""]
        source.append(f"said by {s.speaker}" if s.speaker else "")
        lines += [
            "",
            "  ".join(part for part in source if part),
            f"  stated    {s.stated or '-'}",
            f"  sentence  {s.evidence}",
        ]
    return "\n".join(lines)


def timeline_rows(found: list[Statement], entity: str) -> list[dict[str, Any]]:
    """Timeline rows for the table: the other parties, the value as stated, the source."""
    return [
        {
            "date": s.date,
            "kind": s.kind,
            "parties": parties(s.parties, skip=entity),
            "stated": s.stated,
            "file": s.file,
            "speaker": s.speaker,
            "evidence": s.evidence,
        }  # fmt: skip
        for s in found
    ]


# --- typed shapes for JSON and CSV --------------------------------------------------------
# A shape lists an object's fields in order; (name, shape) is a nested object, or a list of
# such objects. `columns` flattens a shape into CSV column names, `cells` a document into a row.

Shape = tuple[Any, ...]
ENTITY: Shape = ("iri", "label")
PARTY: Shape = ("role", "iri", "label")
VALUE: Shape = ("text", "number", "currency", "unit", "period")
SOURCE: Shape = ("statement", "article", "file", "date", ("publisher", ENTITY),
                 ("speaker", ENTITY), "sentence", "begin", "end", ("value", VALUE))  # fmt: skip
FACT: Shape = ("id", "iri", "kind", "claim", ("parties", PARTY), ("values", VALUE), "support",
               "articles", "files", ("publishers", ENTITY), "first_seen", "last_seen")  # fmt: skip
CONFLICT: Shape = ("group", "kind", "claim", ("parties", PARTY))
CONFLICT_VALUE: Shape = (("value", VALUE), "support")
ENTRY: Shape = ("date", "kind", "fact", "claim", ("parties", PARTY), ("source", SOURCE))
SEP = " | "  # joins the items of a list in one CSV cell


def columns(shape: Shape, prefix: str = "") -> list[str]:
    """CSV column names of a shape: nested fields as `outer.inner`."""
    out = []
    for field in shape:
        if isinstance(field, tuple):
            out += columns(field[1], f"{prefix}{field[0]}.")
        else:
            out.append(prefix + field)
    return out


def cells(doc: dict[str, Any] | list | None, shape: Shape, prefix: str = "") -> dict[str, str]:
    """A document's CSV cells: a list's items joined with SEP, nothing as ''.

    >>> cells({"iri": None, "label": "Forbes"}, ENTITY, "publisher.")
    {'publisher.iri': '', 'publisher.label': 'Forbes'}
    """
    items = doc if isinstance(doc, list) else [doc]
    out = {}
    for field in shape:
        if isinstance(field, tuple):
            name, inner = field
            parts = [cells(item.get(name) if item else None, inner) for item in items]
            for column in columns(inner):
                out[f"{prefix}{name}.{column}"] = SEP.join(p[column] for p in parts)
        else:
            values = [item.get(field) if item else None for item in items]
            out[prefix + field] = SEP.join(_cell(v) for v in values)
    return out


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return SEP.join(_cell(v) for v in value)
    return str(value)


def entity_ref(iri: str | None, label: str | None) -> dict[str, Any] | None:
    """An entity as `{"iri", "label"}`; None when there is none (iri None: no entity known)."""
    if iri is None and label is None:
        return None
    return {"iri": iri, "label": label if label is not None else iri}


def number(value: float | None) -> int | float | None:
    """A figure as a JSON number: an int when it is whole."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def value_dict(s: Statement, text: str | None = None) -> dict[str, Any]:
    """What a statement states, typed: a title or program as text, a figure as a number."""
    figure = s.amount if s.kind == "investment" else s.value if s.kind == "claim" else None
    currency = s.currency if s.kind == "investment" else None
    unit = s.unit if s.kind == "claim" else None
    if s.kind == "claim" and s.detail == "gdp_contribution" and _CURRENCY.fullmatch(unit or ""):
        currency, unit = unit, None  # a contribution to GDP is money: its unit is a currency
    return {
        "text": text if text is not None else s.stated or None,
        "number": number(figure),
        "currency": currency,
        "unit": unit,
        "period": s.period,
    }


_CURRENCY = re.compile(r"[A-Z]{3}")


def source_dict(s: Statement) -> dict[str, Any]:
    """One statement where it was read: article, file, date, publisher, speaker, sentence, span."""
    return {
        "statement": s.iri,
        "article": s.source,
        "file": s.file,
        "date": s.date,
        "publisher": entity_ref(s.publisher_iri, s.publisher),
        "speaker": entity_ref(s.speaker_iri, s.speaker),
        "sentence": s.evidence,
        "begin": s.begin,
        "end": s.end,
        "value": value_dict(s),
    }


def party_dict(p: Party) -> dict[str, Any]:
    return {"role": p.role, "iri": p.iri, "label": p.label}


def claim_kind(s: Statement) -> str | None:
    return s.detail if s.kind == "claim" else None


def fact_dict(fact: CanonicalFact) -> dict[str, Any]:
    """A canonical fact with its support and every source, for JSON (`kg why`, `kg lookup`)."""
    values = []  # distinct, in the order stated; a partnership without a program has none
    for s in fact.statements:
        value = value_dict(s)
        if value not in values and (value["text"] or value["number"] is not None):
            values.append(value)
    publishers = {(s.publisher_iri, s.publisher) for s in fact.statements if s.publisher}
    return {
        "id": fact_id(fact),
        "iri": fact.id,
        "kind": fact.kind,
        "claim": claim_kind(fact.statements[0]) if fact.statements else None,
        "parties": [party_dict(p) for p in fact.parties],
        "values": values,
        "support": fact.support,
        "articles": list(fact.articles),
        "files": list(fact.files),
        "publishers": [
            entity_ref(iri, label)
            for iri, label in sorted(publishers, key=lambda p: (p[1], p[0] or ""))
        ],
        "first_seen": fact.first_seen,
        "last_seen": fact.last_seen,
        "sources": [source_dict(s) for s in fact.statements],
    }


def fact_csv(facts: list[dict[str, Any]]) -> str:
    """Facts as JSON gives them, one CSV row per source: the fact's fields, then `source.*`."""
    header = columns(FACT) + columns(SOURCE, "source.")
    rows = [
        {**cells(fact, FACT), **cells(source, SOURCE, "source.")}
        for fact in facts
        for source in fact["sources"]
    ]
    return format_rows(header, rows, "csv")


def conflict_dict(conflict: Conflict) -> dict[str, Any]:
    """A conflict for JSON: what it is about, then each value with its support and sources."""
    return {
        "group": conflict.group,
        "kind": conflict.kind,
        "claim": conflict.claim,
        "parties": [party_dict(p) for p in conflict.about],
        "values": [
            {
                "value": value_dict(statements[0], text=said),
                "support": len({s.source for s in statements}),
                "sources": [source_dict(s) for s in statements],
            }
            for said, statements in conflict.values
        ],
    }


def conflict_csv(conflicts: list[dict[str, Any]]) -> str:
    """Conflicts as JSON gives them, one CSV row per conflict, value and source."""
    header = columns(CONFLICT) + columns(CONFLICT_VALUE) + columns(SOURCE, "source.")
    rows = [
        {**cells(c, CONFLICT), **cells(v, CONFLICT_VALUE), **cells(s, SOURCE, "source.")}
        for c in conflicts
        for v in c["values"]
        for s in v["sources"]
    ]
    return format_rows(header, rows, "csv")


def timeline_dicts(statements: list[Statement]) -> list[dict[str, Any]]:
    """Timeline entries for JSON: one per statement, its source's date first."""
    return [
        {
            "date": s.date,
            "kind": s.kind,
            "fact": fact_id(s),
            "claim": claim_kind(s),
            "parties": [party_dict(p) for p in s.parties],
            "source": source_dict(s),
        }
        for s in statements
    ]


def timeline_csv(entries: list[dict[str, Any]]) -> str:
    return format_rows(columns(ENTRY), [cells(e, ENTRY) for e in entries], "csv")
