"""Rows for the provenance-aware commands: lookup by canonical fact, why, conflicts, timeline.

The library answers (kg.answers) become plain dict rows here, one shape per command, so the
CLI prints them in any format of kg.output and scripts get the same fields as JSON.

    >>> from kg.store import Store
    >>> conflict_rows(Store.memory())
    []
"""

from __future__ import annotations

from typing import Any

from kg import answers
from kg.answers import CanonicalFact, Statement

FACT_COLUMNS = ("id", "kind", "parties", "values", "support", "publishers", "first_seen",
                "last_seen", "files")  # fmt: skip
STATEMENT_COLUMNS = ("id", "kind", "parties", "stated", "file", "date", "speaker", "evidence")
CONFLICT_COLUMNS = ("subject", "kind", "value", "unit", "sources", "evidence")
TIMELINE_COLUMNS = ("date", "kind", "parties", "stated", "file", "speaker", "evidence")
MAX_STATEMENTS = 20  # per canonical fact in a table; json and csv give them all


def fact_id(fact: CanonicalFact | Statement) -> str:
    """The short id of a canonical fact: the hash at the end of its IRI."""
    iri = fact.id if isinstance(fact, CanonicalFact) else fact.canonical
    return iri.rsplit("/", 1)[-1]


def parties(items, *, skip: str | None = None) -> str:
    return "; ".join(f"{p.label} ({p.role})" for p in items if p.iri != skip)


def fact_dict(fact: CanonicalFact) -> dict[str, Any]:
    """A canonical fact with its support and statements, for JSON."""
    return {
        "id": fact_id(fact),
        "iri": fact.id,
        "kind": fact.kind,
        "parties": [{"role": p.role, "iri": p.iri, "label": p.label} for p in fact.parties],
        "values": list(fact.values),
        "support": fact.support,
        "articles": list(fact.articles),
        "files": list(fact.files),
        "publishers": list(fact.publishers),
        "first_seen": fact.first_seen,
        "last_seen": fact.last_seen,
        "statements": [statement_dict(s) for s in fact.statements],
    }


def statement_dict(s: Statement) -> dict[str, Any]:
    return {"file": s.file, "date": s.date, "publisher": s.publisher, "speaker": s.speaker,
            "stated": s.stated, "evidence": s.evidence}  # fmt: skip


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
                    "speaker": s.speaker,
                    "evidence": s.evidence,
                }  # fmt: skip
            )
        if cap is not None and len(f.statements) > cap:
            rows.append({"id": fact_id(f), "evidence": f"... {len(f.statements) - cap} more "
                         f"(kg why {fact_id(f)})"})  # fmt: skip
    return rows


def conflict_rows(store, *, entity: str | None = None, as_of: str | None = None) -> list[dict]:
    """One row per (conflict, value, source file), with that file's sentences."""
    rows = []
    for conflict in answers.conflicts(store, entity=entity, as_of=as_of):
        for value, statements in conflict.values:
            unit = statements[0].currency if conflict.kind == "investment" else statements[0].unit
            for file in sorted({s.file for s in statements}):
                sentences = dict.fromkeys(s.evidence for s in statements if s.file == file)
                rows.append(
                    {
                        "subject": conflict.subject,
                        "kind": conflict.kind,
                        "value": value,
                        "unit": unit,
                        "sources": file,
                        "evidence": " | ".join(sentences),
                    }  # fmt: skip
                )
    return rows


def timeline_rows(store, entity: str, *, as_of: str | None = None) -> list[dict[str, Any]]:
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
        for s in answers.timeline(store, entity, as_of=as_of)
    ]
