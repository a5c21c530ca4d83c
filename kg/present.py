"""Rows for the provenance-aware commands: lookup by canonical fact, why, conflicts, timeline.

The library answers (kg.answers) become plain dict rows here, one shape per command, so the
CLI prints them in any format of kg.output and scripts get the same fields as JSON.

    >>> from kg.store import Store
    >>> conflict_rows(answers.conflicts(Store.memory()))
    []
"""

from __future__ import annotations

from typing import Any

from kg import answers
from kg.answers import CanonicalFact, Conflict, Statement
from kg.output import format_rows

STATEMENT_COLUMNS = ("id", "kind", "parties", "stated", "file", "date", "publisher", "speaker",
                     "evidence")  # fmt: skip
CONFLICT_COLUMNS = ("subject", "kind", "value", "unit", "file", "date", "speaker", "evidence")
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
