"""The RDF boundary: an article's extraction becomes quads in one named graph per article.

Vocabulary (see ontology/kg.ttl): schema.org for articles, entities and money, W3C ORG for
roles, PROV-O for derivation, NIF for evidence spans, and the project's own `kg:` terms for
investments, partnerships and quantity claims. No blank nodes: every node has an IRI derived
from content, so the same input always gives the same quads.

    >>> from kg.read import read_text
    >>> from kg.pipeline import extract
    >>> quads = article_quads(extract(read_text("Microsoft invests $1 billion in Mexico.")))
    >>> any(q.predicate == SCHEMA.NewsArticle or q.object == SCHEMA.NewsArticle for q in quads)
    True
"""

from __future__ import annotations

import hashlib
from decimal import Decimal

from pyoxigraph import Literal, NamedNode, Quad

from kg.canonical import canonical_key, comparables, conflict_key, digest, title_key
from kg.model import (
    Claim,
    Entity,
    Evidence,
    Extraction,
    Investment,
    Money,
    Partnership,
    Period,
    Role,
)
from kg.text import slug

BASE = "https://w3id.org/kg-news/"
ID = BASE + "id/"
ENTITY_GRAPH = NamedNode(BASE + "graph/entities")


class Namespace:
    """Attribute access to IRIs under one prefix: `SCHEMA.Person`."""

    def __init__(self, prefix: str):
        self.prefix = prefix

    def __getattr__(self, name: str) -> NamedNode:
        return NamedNode(self.prefix + name)

    def __getitem__(self, name: str) -> NamedNode:
        return NamedNode(self.prefix + name)


KG = Namespace(BASE + "ontology#")
SCHEMA = Namespace("http://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES = {
    "kg": KG.prefix,
    "schema": SCHEMA.prefix,
    "org": ORG.prefix,
    "prov": PROV.prefix,
    "nif": NIF.prefix,
    "rdf": RDF.prefix,
    "rdfs": RDFS.prefix,
    "skos": SKOS.prefix,
    "owl": OWL.prefix,
    "xsd": XSD.prefix,
    "wd": WD.prefix,
}
A = RDF.type


def article_iri(article_id: str) -> NamedNode:
    return NamedNode(f"{ID}article/{article_id}")


def entity_iri(key: str) -> NamedNode:
    return NamedNode(f"{ID}entity/{key}")


def rule_iri(rule: str, version: int) -> NamedNode:
    return NamedNode(f"{ID}rule/{rule}/v{version}")


def type_iri(type_: str) -> NamedNode:
    """schema.org classes, except Program, which schema.org lacks and kg: defines."""
    return KG.Program if type_ == "Program" else SCHEMA[type_]


def decimal(value: float) -> Literal:
    """A plain xsd:decimal without exponent or trailing zeros: 5000000000, 1.3, 58.9."""
    text = format(Decimal(repr(float(value))).normalize(), "f")
    return Literal(text, datatype=XSD.decimal)


def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:16]


def article_quads(extraction: Extraction) -> list[Quad]:
    """Every quad of one article's named graph, sorted."""
    article = extraction.article
    graph = article_iri(article.id)
    lang = article.lang
    triples: list[tuple[NamedNode, NamedNode, NamedNode | Literal]] = []
    add = triples.append

    add((graph, A, SCHEMA.NewsArticle))
    add((graph, SCHEMA.inLanguage, Literal(lang)))
    add((graph, KG.fileName, Literal(article.file)))
    add((graph, KG.sourcePath, Literal(article.path)))
    add((graph, KG.sha256, Literal(article.id)))
    add((graph, NIF.isString, Literal(article.text)))
    add((graph, KG.bodyBegin, Literal(str(article.body_start), datatype=XSD.integer)))
    meta = article.meta
    if meta.date:
        add((graph, SCHEMA.datePublished, Literal(meta.date, datatype=XSD.date)))
    if meta.url:
        add((graph, SCHEMA.url, Literal(meta.url)))
    if meta.title:
        add((graph, SCHEMA.headline, Literal(meta.title, language=lang)))
    by_label = {e.label: e for e in extraction.entities}
    if meta.author:
        author = by_label.get(meta.author)
        add((graph, SCHEMA.author, entity_iri(author.key) if author else Literal(meta.author)))
    if meta.publisher:
        publisher = by_label.get(meta.publisher)
        add(
            (
                graph,
                SCHEMA.publisher,
                entity_iri(publisher.key) if publisher else Literal(meta.publisher),
            )
        )

    for entity in extraction.entities:
        node = entity_iri(entity.key)
        add((graph, SCHEMA.mentions, node))
        add((node, A, type_iri(entity.type)))
        add((node, KG.canonicalLabel, Literal(entity.label)))
        for form in entity.aliases:
            add((node, KG.mentionedAs, Literal(form, language=lang)))
        if entity.wikidata:
            add((node, OWL.sameAs, WD[entity.wikidata]))

    values = comparables(extraction.facts, lang)
    for i, fact in enumerate(extraction.facts):
        triples.extend(fact_triples(fact, graph, article.id, lang, article.text))
        triples.extend(canonical_triples(fact, article.id, values.get(i), lang))

    return sorted({Quad(s, p, o, graph) for s, p, o in triples}, key=str)


def fact_iri(fact, article_id: str) -> NamedNode:
    ev = fact.evidence
    return NamedNode(f"{ID}fact/{_hash(article_id, fact.kind, fact_key(fact), ev.begin, ev.end)}")


def fact_key(fact) -> tuple:
    """What the fact states, without its evidence: two facts with the same key say the same."""
    if isinstance(fact, Role):
        return ("role", fact.person.key, fact.org.key, fact.title, fact.qualifier)
    if isinstance(fact, Investment):
        place = fact.place.key if fact.place else None
        amount = (fact.amount.value, fact.amount.currency) if fact.amount else None
        return ("investment", fact.investor.key, place, amount)
    if isinstance(fact, Partnership):
        a, b = sorted((fact.a.key, fact.b.key))
        return ("partnership", a, b, fact.program)
    if isinstance(fact, Claim):
        return ("claim", fact.subject.key, fact.claim, fact.value, fact.unit)
    raise TypeError(f"not a fact: {fact!r}")


def fact_triples(fact, graph: NamedNode, article_id: str, lang: str, text: str) -> list:
    node = fact_iri(fact, article_id)
    out: list = [(node, PROV.wasDerivedFrom, graph)]
    add = out.append
    if isinstance(fact, Role):
        role = NamedNode(f"{ID}role/{slug(fact.title)}")
        add((node, A, ORG.Membership))
        add((node, ORG.member, entity_iri(fact.person.key)))
        add((node, ORG.organization, entity_iri(fact.org.key)))
        add((node, ORG.role, role))
        add((node, KG.title, Literal(fact.title, language=lang)))
        add((role, A, ORG.Role))
        add((role, RDFS.label, Literal(fact.title, language=lang)))
        if fact.qualifier:
            add((node, KG.qualifier, Literal(fact.qualifier)))
    elif isinstance(fact, Investment):
        add((node, A, KG.Investment))
        add((node, KG.investor, entity_iri(fact.investor.key)))
        if fact.place:
            add((node, KG.place, entity_iri(fact.place.key)))
        if fact.amount:
            out.extend(
                money_triples(node, KG.amount, NamedNode(f"{node.value}/amount"), fact.amount)
            )
        for i, money in enumerate(fact.equivalents, 1):
            out.extend(
                money_triples(
                    node, KG.equivalentAmount, NamedNode(f"{node.value}/amount{i}"), money
                )
            )
        if fact.period:
            out.extend(period_triples(node, fact.period))
    elif isinstance(fact, Partnership):
        add((node, A, KG.Partnership))
        add((node, KG.partner, entity_iri(fact.a.key)))
        add((node, KG.partner, entity_iri(fact.b.key)))
        if fact.program:
            add((node, KG.program, Literal(fact.program, language=lang)))
    elif isinstance(fact, Claim):
        add((node, A, KG.QuantityClaim))
        add((node, KG.about, entity_iri(fact.subject.key)))
        add((node, KG.claimKind, KG[fact.claim]))
        add((node, KG.value, decimal(fact.value)))
        add((node, KG.unit, Literal(fact.unit)))
        if fact.qualifier:
            add((node, KG.qualifier, Literal(fact.qualifier)))
        if fact.period:
            out.extend(period_triples(node, fact.period))
    out.extend(evidence_triples(node, graph, fact.evidence, text))
    return out


def canonical_iri(key: tuple[str, ...]) -> NamedNode:
    return NamedNode(f"{ID}canonical/{digest(key)}")


def group_iri(key: tuple[str, ...]) -> NamedNode:
    return NamedNode(f"{ID}group/{digest(key)}")


def canonical_triples(fact, article_id: str, value: str | None, lang: str) -> list:
    """Links a statement to its canonical fact and its conflict group, with the value the
    statements of one group compare (see kg.canonical). The canonical node's type and kind
    are said in every article graph that supports it, so adding or dropping an article graph
    is all it takes to keep the support current."""
    node = fact_iri(fact, article_id)
    canonical = canonical_iri(canonical_key(fact))
    out = [
        (node, KG.canonical, canonical),
        (canonical, A, KG.CanonicalFact),
        (canonical, KG.factKind, Literal(fact.kind)),
    ]
    group = conflict_key(fact)
    if group is not None:
        out.append((node, KG.conflictGroup, group_iri(group)))
    if value is not None:
        out.append((node, KG.comparable, Literal(value)))
    if isinstance(fact, Role):
        out.append((node, KG.titleKey, Literal(title_key(fact.title, lang))))
    return out


def money_triples(node: NamedNode, predicate: NamedNode, amount: NamedNode, money: Money) -> list:
    out = [
        (node, predicate, amount),
        (amount, A, SCHEMA.MonetaryAmount),
        (amount, SCHEMA.value, decimal(money.value)),
        (amount, SCHEMA.currency, Literal(money.currency)),
    ]
    if money.text:
        out.append((amount, KG.statedAs, Literal(money.text)))
    if money.qualifier:
        out.append((amount, KG.qualifier, Literal(money.qualifier)))
    return out


def period_triples(node: NamedNode, period: Period) -> list:
    out = [(node, KG.period, Literal(period.text))]
    if period.duration:
        out.append((node, KG.duration, Literal(period.duration, datatype=XSD.duration)))
    if period.end:
        out.append((node, KG.periodEnd, Literal(period.end, datatype=XSD.gYear)))
    return out


def evidence_triples(node: NamedNode, graph: NamedNode, ev: Evidence, text: str) -> list:
    evidence = NamedNode(f"{node.value}/evidence")
    out = [
        (node, KG.evidence, evidence),
        (evidence, A, KG.Evidence),
        (evidence, NIF.referenceContext, graph),
        (evidence, NIF.beginIndex, Literal(str(ev.begin), datatype=XSD.integer)),
        (evidence, NIF.endIndex, Literal(str(ev.end), datatype=XSD.integer)),
        (evidence, NIF.anchorOf, Literal(text[ev.begin : ev.end])),
        (evidence, KG.sentence, Literal(text[ev.sentence_begin : ev.sentence_end])),
        (
            evidence,
            KG.sentenceBegin,
            Literal(str(ev.sentence_begin), datatype=XSD.integer),
        ),
        (evidence, KG.sentenceEnd, Literal(str(ev.sentence_end), datatype=XSD.integer)),
        (evidence, PROV.wasGeneratedBy, rule_iri(ev.rule, ev.version)),
        (evidence, KG.confidence, decimal(ev.confidence)),
    ]
    if ev.speaker:
        out.append((evidence, KG.speaker, entity_iri(ev.speaker.key)))
    return out


def entity_quads(entity: Entity, forms: dict[str, set[str]], types: set[str]) -> list[Quad]:
    """The canonical description of one entity in the entities graph.

    `forms` maps language -> surface forms seen in articles; `types` the schema.org classes
    articles gave it. The gazetteer's label, type and Wikidata id win where it knows the entity.
    """
    node = entity_iri(entity.key)
    g = ENTITY_GRAPH
    quads = [Quad(node, RDFS.label, Literal(entity.label), g)]
    for type_ in sorted(types | {entity.type}):
        quads.append(Quad(node, A, type_iri(type_), g))
    for lang in sorted(forms):
        for form in sorted(forms[lang]):
            if form != entity.label:
                quads.append(Quad(node, SKOS.altLabel, Literal(form, language=lang), g))
    for alias in entity.aliases:
        if alias != entity.label:
            quads.append(Quad(node, SKOS.altLabel, Literal(alias), g))
    if entity.wikidata:
        quads.append(Quad(node, OWL.sameAs, WD[entity.wikidata], g))
    return sorted(set(quads), key=str)
