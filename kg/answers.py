"""Provenance-aware answers: canonical facts with their support, conflicts, timelines.

Built on a few indexed reads of every statement with its parties and provenance (the same
rows `queries/statements.rq` gives SPARQL clients), and the
links kg.rdf writes from each statement to its canonical fact and conflict group. Nothing is
materialized: support is counted from the article graphs present, so adding or removing an
article changes every answer at once, and `as_of` answers from the articles published on or
before a date (articles with no known date are left out of an `as_of` answer, since nothing
says they were out by then).

    >>> from kg.store import Store
    >>> canonical_facts(Store.memory())
    []
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from pyoxigraph import NamedNode

from kg.canonical import same_figure
from kg.rdf import ID


@dataclass(frozen=True)
class Party:
    role: str  # person, organization, investor, place, partner, subject
    iri: str
    label: str


@dataclass(frozen=True)
class Statement:
    """One article's statement of a fact, with where it was read."""

    iri: str
    canonical: str
    group: str | None
    kind: str
    parties: tuple[Party, ...]
    detail: str | None  # title, program or claim kind
    comparable: str | None
    amount: float | None
    currency: str | None
    value: float | None
    unit: str | None
    period: str | None
    source: str
    file: str
    date: str | None
    publisher: str | None
    evidence: str
    speaker: str | None
    speaker_iri: str | None
    publisher_iri: str | None  # None when the article names a publisher the store has no entity for
    begin: int  # the evidence span (nif:beginIndex, nif:endIndex) in the article's text
    end: int

    @property
    def stated(self) -> str:
        """The value as a reader would say it: a title, an amount, a figure."""
        if self.kind == "investment":
            return (
                f"{_number(self.amount)} {self.currency}"
                if self.amount is not None
                else "undisclosed"
            )
        if self.kind == "claim" and self.value is not None:
            return f"{_number(self.value)} {self.unit or ''}".strip()
        return self.detail or ""


@dataclass(frozen=True)
class CanonicalFact:
    """What one or more statements state alike, with its support."""

    id: str
    kind: str
    parties: tuple[Party, ...]
    statements: tuple[Statement, ...]

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({s.source for s in self.statements}))

    @property
    def support(self) -> int:
        return len(self.articles)

    @property
    def files(self) -> tuple[str, ...]:
        return tuple(sorted({s.file for s in self.statements}))

    @property
    def publishers(self) -> tuple[str, ...]:
        return tuple(sorted({s.publisher for s in self.statements if s.publisher}))

    @property
    def first_seen(self) -> str | None:
        dates = sorted(s.date for s in self.statements if s.date)
        return dates[0] if dates else None

    @property
    def last_seen(self) -> str | None:
        dates = sorted(s.date for s in self.statements if s.date)
        return dates[-1] if dates else None

    @property
    def values(self) -> tuple[str, ...]:
        """The distinct values stated, as stated (titles, amounts, figures)."""
        return tuple(dict.fromkeys(s.stated for s in self.statements if s.stated))

    @property
    def label(self) -> str:
        names = " – ".join(p.label for p in self.parties)
        return f"{self.kind}: {names}"


@dataclass(frozen=True)
class Conflict:
    """Statements about one subject and kind that disagree, side by side."""

    group: str
    kind: str
    subject: str  # the label of what the values are about
    values: tuple[tuple[str, tuple[Statement, ...]], ...]  # (value, its statements)
    about: tuple[Party, ...] = ()  # the parties `subject` names
    claim: str | None = None  # the claim kind, for a claim


def statements(store, *, entity: str | None = None, as_of: str | None = None) -> list[Statement]:
    """Every statement (about `entity`, an IRI, if given), as of a date if given, in order.

    Read with a few simple scans (kg.answers.READS) joined here rather than one query with a
    dozen OPTIONALs: on 900 articles that one query took 11.5 s, these take under 2 s.
    `queries/statements.rq` gives the same rows to SPARQL clients.
    """
    only = None
    if entity:
        rows = store.select(READS["about"], union=True, party=NamedNode(entity))
        only = {row["statement"].value for row in rows}
    return _statements(store, only, as_of)


def _statements(store, only: set[str] | None, as_of: str | None) -> list[Statement]:
    """The statements given by IRI (all of them for None), built from the reads."""
    if only is not None and not only:
        return []
    core = _scan(store, "core", only)
    parties: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in _scan(store, "parties", only):
        parties[row["statement"].value].append((_PARTS[row["p"].value], row["party"].value))
    attributes: dict[str, dict[str, Any]] = defaultdict(dict)
    for row in _scan(store, "attributes", only):
        attributes[row["statement"].value][row["p"].value.rsplit("#", 1)[-1]] = row["o"]
    for row in _scan(store, "money", only):
        attributes[row["statement"].value].update(amount=row["amount"], currency=row["currency"])
    article_rows = _articles(store, None if only is None else {r["source"].value for r in core})
    labels = _labels(store, None if only is None else _named(core, parties, article_rows))
    articles: dict[str, dict[str, Any]] = {}
    for row in article_rows:
        article = articles.setdefault(row["source"].value, {"files": set()})
        article["files"].add(row["file"].value)
        article["date"] = _text(row.get("date"))
        pub = row.get("publisher")
        article["publisher"] = labels.get(pub.value, pub.value) if pub is not None else None
        article["publisher_iri"] = pub.value if isinstance(pub, NamedNode) else None
    out = []
    for row in core:
        iri = row["statement"].value
        source = row["source"].value
        article = articles.get(
            source, {"files": {""}, "date": None, "publisher": None, "publisher_iri": None}
        )
        date = article["date"]
        if as_of and (date is None or date > as_of):
            continue
        found = [Party(role, party, labels.get(party, party)) for role, party in parties[iri]]
        attrs = attributes[iri]
        claim_kind = attrs.get("claimKind")
        detail = attrs.get("title") or attrs.get("program")
        speaker = row.get("speaker")
        out.append(
            Statement(
                iri=iri,
                canonical=row["canonical"].value,
                group=_text(attrs.get("conflictGroup")),
                kind=_KINDS[row["type"].value],
                parties=tuple(sorted(dict.fromkeys(found), key=lambda p: (p.role, p.iri))),
                detail=_text(detail)
                or (claim_kind.value.rsplit("#", 1)[-1] if claim_kind else None),
                comparable=_text(attrs.get("comparable")),
                amount=_float(attrs.get("amount")),
                currency=_text(attrs.get("currency")),
                value=_float(attrs.get("value")),
                unit=_text(attrs.get("unit")),
                period=_text(attrs.get("period")),
                source=source,
                file=min(article["files"]),
                date=date,
                publisher=article["publisher"],
                evidence=row["evidence"].value,
                speaker=labels.get(speaker.value) if speaker is not None else None,
                speaker_iri=speaker.value if speaker is not None else None,
                publisher_iri=article["publisher_iri"],
                begin=int(row["begin"].value),
                end=int(row["end"].value),
            )
        )
    return sorted(out, key=lambda s: (s.date or "", s.file, s.kind, s.iri))


_KG = "https://w3id.org/kg-news/ontology#"
_ORG = "http://www.w3.org/ns/org#"
_KINDS = {
    _ORG + "Membership": "role",
    _KG + "Investment": "investment",
    _KG + "Partnership": "partnership",
    _KG + "QuantityClaim": "claim",
}
_PARTS = {
    _ORG + "member": "person",
    _ORG + "organization": "organization",
    _KG + "investor": "investor",
    _KG + "place": "place",
    _KG + "partner": "partner",
    _KG + "about": "subject",
}
_PREFIXES = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <http://schema.org/>
"""
_PARTIES = " ".join(f"<{p}>" for p in _PARTS)
READS = {
    "about": _PREFIXES + f"SELECT DISTINCT ?statement ?party WHERE {{ VALUES ?p {{ {_PARTIES} }} "
    "?statement ?p ?party . ?statement kg:canonical ?c }",
    "core": _PREFIXES + "SELECT ?statement ?type ?canonical ?source ?evidence ?begin ?end "
    "?speaker WHERE { "
    "%s ?statement kg:canonical ?canonical ; rdf:type ?type ; prov:wasDerivedFrom ?source ; "
    "kg:evidence ?ev . ?ev kg:confidence ?confidence ; kg:sentence ?evidence ; "
    "nif:beginIndex ?begin ; nif:endIndex ?end . "
    "FILTER(?confidence >= 0.5) OPTIONAL { ?ev kg:speaker ?speaker } }",
    "parties": _PREFIXES + f"SELECT ?statement ?p ?party WHERE {{ %s VALUES ?p {{ {_PARTIES} }} "
    "?statement ?p ?party . ?statement kg:canonical ?c }",
    "attributes": _PREFIXES + "SELECT ?statement ?p ?o WHERE { %s VALUES ?p { kg:conflictGroup "
    "kg:comparable kg:title kg:program kg:claimKind kg:value kg:unit kg:period } "
    "?statement ?p ?o }",
    "money": _PREFIXES + "SELECT ?statement ?amount ?currency WHERE { %s "
    "?statement kg:amount ?m . ?m schema:value ?amount ; schema:currency ?currency }",
    "articles": _PREFIXES + "SELECT ?source ?file ?date ?publisher WHERE { "
    "?source a schema:NewsArticle ; kg:fileName ?file . "
    "OPTIONAL { ?source schema:datePublished ?date } "
    "OPTIONAL { ?source schema:publisher ?publisher } }",
    "labels": _PREFIXES
    + "SELECT ?e ?label WHERE { GRAPH <https://w3id.org/kg-news/graph/entities> "
    "{ ?e rdfs:label ?label } }",
}
READS["supporting"] = (
    _PREFIXES + "SELECT ?statement ?canonical WHERE { ?statement kg:canonical ?canonical }"
)
# The same reads for statements given by IRI. A VALUES list of predicates joined with a VALUES
# list of statements is planned as a hash join over every triple with those predicates (6 s for
# one entity in a 3,000-article store); a FILTER on the predicate of each given statement's
# triples is an index look-up per statement (15 ms).
_GIVEN = {
    "parties": _PREFIXES + "SELECT ?statement ?p ?party WHERE { %s ?statement ?p ?party . "
    f"FILTER(?p IN ({', '.join(_PARTIES.split())})) }}",
    "attributes": _PREFIXES + "SELECT ?statement ?p ?o WHERE { %s ?statement ?p ?o . "
    "FILTER(?p IN (kg:conflictGroup, kg:comparable, kg:title, kg:program, kg:claimKind, "
    "kg:value, kg:unit, kg:period)) }",
    "articles": READS["articles"].replace("WHERE { ", "WHERE { %s ", 1),
    "labels": READS["labels"].replace("WHERE { ", "WHERE { %s ", 1),
}
CANONICAL = ID + "canonical/"  # what kg.rdf.canonical_iri names
_CHUNK = 400


def _scan(store, name: str, only: set[str] | None) -> list[dict[str, Any]]:
    """Rows of one read, for every statement or (in chunks) only the given ones."""
    if only is None:
        return store.select(READS[name] % "", union=True)
    read = _GIVEN.get(name, READS[name])
    rows: list[dict[str, Any]] = []
    ordered = sorted(only)
    for start in range(0, len(ordered), _CHUNK):
        values = " ".join(f"<{iri}>" for iri in ordered[start : start + _CHUNK])
        rows.extend(store.select(read % f"VALUES ?statement {{ {values} }}", union=True))
    return rows


def _named(core: list[dict], parties: dict[str, list[tuple[str, str]]], articles: list[dict]):
    """The entities whose labels the given statements need: parties, speakers, publishers."""
    named = {party for found in parties.values() for _, party in found}
    named |= {row["speaker"].value for row in core if "speaker" in row}
    return named | {row["publisher"].value for row in articles
                    if isinstance(row.get("publisher"), NamedNode)}  # fmt: skip


def _labels(store, entities: set[str] | None) -> dict[str, str]:
    """Labels from the entities graph: of every entity (None), or of the given ones by index."""
    if entities is None:
        return {row["e"].value: row["label"].value for row in store.select(READS["labels"])}
    found: dict[str, str] = {}
    ordered = sorted(entities)
    for start in range(0, len(ordered), _CHUNK):
        values = " ".join(f"<{iri}>" for iri in ordered[start : start + _CHUNK])
        for row in store.select(_GIVEN["labels"] % f"VALUES ?e {{ {values} }}"):
            found[row["e"].value] = row["label"].value
    return found


def _articles(store, sources: set[str] | None) -> list[dict[str, Any]]:
    """Rows of the articles (file, date, publisher): of every article (None), or the given
    ones by index, so a look-up costs what its statements name, not the store's size."""
    if sources is None:
        return store.select(READS["articles"], union=True)
    rows: list[dict[str, Any]] = []
    ordered = sorted(sources)
    for start in range(0, len(ordered), _CHUNK):
        values = " ".join(f"<{iri}>" for iri in ordered[start : start + _CHUNK])
        rows.extend(store.select(_GIVEN["articles"] % f"VALUES ?source {{ {values} }}", union=True))
    return rows


def canonical_facts(
    store, *, entity: str | None = None, as_of: str | None = None
) -> list[CanonicalFact]:
    """Statements grouped by canonical fact, best supported first."""
    grouped: dict[str, list[Statement]] = defaultdict(list)
    for statement in statements(store, entity=entity, as_of=as_of):
        grouped[statement.canonical].append(statement)
    facts = [
        CanonicalFact(iri, group[0].kind, _parties(group), tuple(group))
        for iri, group in grouped.items()
    ]
    return sorted(facts, key=lambda f: (-f.support, f.kind, f.label, f.id))


def why(store, fact_id: str, *, as_of: str | None = None) -> CanonicalFact | None:
    """A canonical fact (its IRI, or the hash at its end) with every supporting statement.

    Reads only that fact's statements, so it costs the same at any store size.
    """
    iri = fact_id if ":" in fact_id else CANONICAL + fact_id
    try:
        node = NamedNode(iri)
    except ValueError:
        return None
    rows = store.select(READS["supporting"], union=True, canonical=node)
    found = _statements(store, {row["statement"].value for row in rows}, as_of)
    if not found:
        return None
    return CanonicalFact(iri, found[0].kind, _parties(found), tuple(found))


def conflicts(store, *, entity: str | None = None, as_of: str | None = None) -> list[Conflict]:
    """Every conflict group where two articles state different values.

    Values are compared as kg.canonical rounds them (and titles by their post in English);
    two figures that differ only by rounding (see kg.canonical.same_figure) are one value.
    Different values inside one article only make a conflict when another article disagrees
    too: one article that gives two posts, or two programs' figures, is not a conflict.
    """
    groups: dict[str, list[Statement]] = defaultdict(list)
    for statement in statements(store, entity=entity, as_of=as_of):
        if statement.group and statement.comparable:
            groups[statement.group].append(statement)
    out = []
    for group, members in groups.items():
        values = _merge_rounding(members)
        if len(values) < 2 or not _across_articles(values):
            continue
        kind = members[0].kind
        claim = members[0].detail if kind == "claim" else None
        about = _about(members)
        out.append(Conflict(group, kind, _subject(members), tuple(values), about, claim))
    return sorted(out, key=lambda c: (c.subject, c.kind, c.group))


def timeline(store, entity: str, *, as_of: str | None = None) -> list[Statement]:
    """Statements about an entity by publication date; undated ones last."""
    found = statements(store, entity=entity, as_of=as_of)
    return sorted(found, key=lambda s: (s.date is None, s.date or "", s.file, s.kind, s.iri))


def _merge_rounding(members: list[Statement]) -> list[tuple[str, tuple[Statement, ...]]]:
    """Statements bucketed by value; figures equal but for rounding share a bucket."""
    buckets: list[list[Statement]] = []
    for statement in sorted(members, key=lambda s: (s.comparable or "", s.file, s.iri)):
        for bucket in buckets:
            if _same(bucket[0], statement):
                bucket.append(statement)
                break
        else:
            buckets.append([statement])
    return [(_said(bucket), tuple(bucket)) for bucket in buckets]


def _said(bucket: list[Statement]) -> str:
    """A bucket's value as stated; for a role, every title used for that post."""
    if bucket[0].kind != "role":
        return bucket[0].stated
    return " / ".join(dict.fromkeys(s.detail or "" for s in bucket))


def _same(a: Statement, b: Statement) -> bool:
    if a.comparable == b.comparable:
        return True
    x = a.amount if a.kind == "investment" else a.value
    y = b.amount if b.kind == "investment" else b.value
    if x is None or y is None or _unit(a) != _unit(b) and a.kind == "investment":
        return False
    return same_figure(x, y)


def _across_articles(values: list[tuple[str, tuple[Statement, ...]]]) -> bool:
    """Two values stated by two different articles, each stating one and not the other."""
    sources = [frozenset(s.source for s in statements) for _, statements in values]
    return any(a - b and b - a for i, a in enumerate(sources) for b in sources[i + 1 :])


def _about(members: list[Statement]) -> tuple[Party, ...]:
    """The parties a conflict group is about: person and organization, investor, subject.

    An investment's places are left out: they differ within a country; the investor says it.
    """
    wanted = {"role": ("person", "organization"), "investment": ("investor",),
              "claim": ("subject",)}[members[0].kind]  # fmt: skip
    found: list[Party] = []
    for part in wanted:
        for party in members[0].parties:
            if party.role == part and party.label not in [p.label for p in found]:
                found.append(party)
    return tuple(found)


def _subject(members: list[Statement]) -> str:
    labels = [party.label for party in _about(members)]
    if members[0].kind == "claim":
        return f"{labels[0]} ({members[0].detail})" if labels else members[0].detail or ""
    return " at ".join(labels) if members[0].kind == "role" else " ".join(labels)


def _parties(group: list[Statement]) -> tuple[Party, ...]:
    seen: dict[tuple[str, str], Party] = {}
    for statement in group:
        for party in statement.parties:
            seen.setdefault((party.role, party.iri), party)
    return tuple(sorted(seen.values(), key=lambda p: (_ORDER.get(p.role, 9), p.label)))


_ORDER = {"person": 0, "investor": 0, "subject": 0, "partner": 1, "organization": 1, "place": 2}


def _unit(statement: Statement) -> str | None:
    return statement.currency if statement.kind == "investment" else statement.unit


def _text(term: Any) -> str | None:
    return term.value if term is not None else None


def _float(term: Any) -> float | None:
    return float(term.value) if term is not None else None


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")
