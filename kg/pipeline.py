"""One article in, its extraction out: segment, recognize, resolve, extract.

Pure and per-article: no store, no network, no global state beyond language data loaded once,
so it can run in worker processes. Resolution within the article runs before the fact rules
(they need to know that "Bellizia" is Paula Bellizia, a person); cross-article merging is by
entity key, in the store.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.coref import with_descriptions
from kg.extract import RULES, Context, Document
from kg.extract.speech import speaker
from kg.gazetteer import default as default_gazetteer
from kg.model import Article, Extraction, Fact, Investment, Mention, Role
from kg.rdf import fact_key
from kg.recognize.amounts import local_sign
from kg.recognize.mentions import recognize
from kg.resolve import destination, main_country, main_org, resolve, with_final_entities
from kg.segment import segment, unwrap
from kg.text import fold, lang_lines, lang_table


def extract(article: Article) -> Extraction:
    """Everything kg reads from one article: canonical entities and facts with evidence."""
    source = article  # a hard-wrapped text is read unwrapped, at the same offsets
    article = replace(article, text=unwrap(article.text, article.lang, article.body_start))
    sentences = segment(article)
    mentions = recognize(article, sentences)
    resolution = resolve(article, mentions)
    doc = Document(article, sentences, mentions, resolution)
    doc.main_country = main_country(resolution, mentions, article.text, article.meta.url or "")
    doc.destination = (
        destination(resolution, mentions, article.text, doc.main_country) or doc.main_country
    )
    doc.main_org = main_org(resolution, sentences, mentions)
    doc.mentions = with_descriptions(  # "la empresa", "le groupe": the organization meant
        resolution, sentences, mentions, doc.main_org.key if doc.main_org else None
    )
    if doc.main_country:
        doc.mentions = _local_pesos(doc.mentions, doc.main_country.key, article.lang)
    if article.lang == "fr":
        doc.mentions = _canadian_dollars(doc.mentions, article.text)
    doc.furniture = furniture(article, sentences)

    by_sentence: list[list[Fact]] = [[] for _ in sentences]
    for name, (_version, rule) in RULES.items():
        for index in range(len(sentences)):
            by_sentence[index].extend(rule(Context(doc, index)))
        if name == "roles":  # the role rule types names: the article's company may show now
            doc.main_org = doc.main_org or main_org(resolution, sentences, mentions)
    facts: list[Fact] = []
    for index, found in enumerate(by_sentence):
        if found:
            who = speaker(Context(doc, index), found)
            if who:
                found = [replace(f, evidence=replace(f.evidence, speaker=who)) for f in found]
        facts.extend(found)
    facts = _drop_bare_posts(_drop_coarser_repeats(_drop_undisclosed_repeats(facts)))
    facts = [with_final_entities(resolution, f) for f in facts]
    facts = sorted(set(facts), key=lambda f: (f.evidence.begin, f.evidence.end, repr(fact_key(f))))
    return Extraction(article=source, entities=resolution.entities(), facts=tuple(facts))


@cache
def _pesos() -> dict[str, str]:
    return {row[0]: row[1] for row in lang_table("xx", "pesos")}


def _local_pesos(mentions: list[list[Mention]], country: str, lang: str) -> list[list[Mention]]:
    """A bare 'pesos' amount is in the peso of the country the article is about, and so is a
    bare '$' amount in Spanish or French about a peso country other than Mexico."""
    code = _pesos().get(country, "MXN")
    if code == "MXN":
        return mentions
    return [
        [
            replace(m, unit=code)
            if m.kind == "money"
            and m.unit == "MXN"
            and "peso" in m.text.casefold()
            and "mex" not in m.text.casefold()
            or m.unit == "USD"
            and local_sign(m, lang)
            else m
            for m in sentence
        ]
        for sentence in mentions
    ]


# a French amount with the dollar sign after it ("14 M$", "36 millions $"), not said to be the
# US dollar ("M$ US", "$ américains")
TRAILING_DOLLAR = re.compile(r"\d[^$]*\$\Z")
US_AFTER = re.compile(r"[^\S\r\n]*(?:US|É\.-U\.|USD|américains?)\b")


def _canadian_dollars(mentions: list[list[Mention]], text: str) -> list[list[Mention]]:
    """In French copy that names Canada, Quebec or one of their places or people ("le
    québécois Acme"), "14 M$" is written the Canadian way: Canadian dollars."""
    gazetteer = default_gazetteer()
    canadian = any(
        m.key
        and m.kind in ("place", "demonym")
        and (m.key == "canada" or (e := gazetteer.get(m.key)) is not None and e.country == "canada")
        for sentence in mentions
        for m in sentence
    )
    if not canadian:
        return mentions
    return [
        [
            replace(m, unit="CAD")
            if m.kind == "money"
            and m.unit == "USD"
            and TRAILING_DOLLAR.search(m.text)
            and not US_AFTER.match(text, m.end)
            else m
            for m in sentence
        ]
        for sentence in mentions
    ]


def _drop_undisclosed_repeats(facts: list[Fact]) -> list[Fact]:
    """An investment with no amount is dropped when the article states one by the same investor:
    the amount-less sentence most likely speaks of the same investment."""
    disclosed = {f.investor.key for f in facts if isinstance(f, Investment) and f.amount}
    return [
        f
        for f in facts
        if not (isinstance(f, Investment) and f.amount is None and f.investor.key in disclosed)
    ]


def _drop_coarser_repeats(facts: list[Fact]) -> list[Fact]:
    """One investment told twice (the headline and the body), once with its country and once
    with a city or state of that country: the finer place stands, the coarser repeat goes."""
    gazetteer = default_gazetteer()

    def amount(f: Investment) -> tuple | None:
        return (f.investor.key, f.amount.value, f.amount.currency) if f.amount else None

    finer: dict[tuple, set[str]] = {}  # (investor, value, currency) -> countries of finer places
    for f in facts:
        if isinstance(f, Investment) and f.place and amount(f):
            entry = gazetteer.get(f.place.key)
            if entry is not None and entry.type in ("State", "City") and entry.country:
                finer.setdefault(amount(f), set()).add(entry.country)
    return [
        f
        for f in facts
        if not (
            isinstance(f, Investment)
            and f.place
            and amount(f) in finer
            and f.place.key in finer[amount(f)]
        )
    ]


def _drop_bare_posts(facts: list[Fact]) -> list[Fact]:
    """'la subsecretaria de Promoción de Inversiones, X' (the state's), then 'la subsecretaria
    X informó': the bare title told again of the same person is the same post, not one of the
    country (or the article's state or city) the second sentence falls back to."""
    told: dict[str, list[Role]] = {}
    for f in facts:
        if isinstance(f, Role) and f.org.type != "Country":
            told.setdefault(f.person.key, []).append(f)

    def repeat(f: Role) -> bool:
        head = fold(f.title)
        return any(
            g.org.key != f.org.key and fold(g.title).startswith(head + " ")
            for g in told.get(f.person.key, ())
        )

    fallback = ("Country", "State", "City")  # "el alcalde X" after "el alcalde de Durán, X"
    return [f for f in facts if not (isinstance(f, Role) and f.org.type in fallback and repeat(f))]


@cache
def _furniture_prefixes(lang: str) -> tuple[str, ...]:
    return tuple(p.casefold() for p in lang_lines(lang, "furniture"))


def furniture(article: Article, sentences) -> set[int]:
    """Indexes of sentences that are page chrome: 'Also read:' lines, related posts, notices."""
    prefixes = _furniture_prefixes(article.lang)
    out = set()
    for i, sentence in enumerate(sentences):
        line_start = article.text.rfind("\n", 0, sentence.begin) + 1
        line = article.text[line_start : sentence.end].lstrip(" •*-–—").casefold()
        if line.startswith(prefixes):
            out.add(i)
    return out
