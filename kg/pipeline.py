"""One article in, its extraction out: segment, recognize, resolve, extract.

Pure and per-article: no store, no network, no global state beyond language data loaded once,
so it can run in worker processes. Resolution within the article runs before the fact rules
(they need to know that "Bellizia" is Paula Bellizia, a person); cross-article merging is by
entity key, in the store.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from kg.extract import RULES, Context, Document
from kg.extract.speech import speaker
from kg.model import Article, Extraction, Fact, Investment
from kg.rdf import fact_key
from kg.recognize.mentions import recognize
from kg.resolve import main_country, main_org, resolve, with_final_entities
from kg.segment import segment
from kg.text import lang_lines


def extract(article: Article) -> Extraction:
    """Everything kg reads from one article: canonical entities and facts with evidence."""
    sentences = segment(article)
    mentions = recognize(article, sentences)
    resolution = resolve(article, mentions)
    doc = Document(article, sentences, mentions, resolution)
    doc.main_country = main_country(resolution, mentions)
    doc.main_org = main_org(resolution)
    doc.furniture = furniture(article, sentences)

    facts: list[Fact] = []
    for index in range(len(sentences)):
        ctx = Context(doc, index)
        found: list[Fact] = []
        for _name, (_version, rule) in sorted(RULES.items()):
            found.extend(rule(ctx))
        if found:
            who = speaker(ctx, found)
            if who:
                found = [replace(f, evidence=replace(f.evidence, speaker=who)) for f in found]
        facts.extend(found)
    facts = [with_final_entities(resolution, f) for f in _drop_undisclosed_repeats(facts)]
    facts = sorted(set(facts), key=lambda f: (f.evidence.begin, f.evidence.end, repr(fact_key(f))))
    return Extraction(article=article, entities=resolution.entities(), facts=tuple(facts))


def _drop_undisclosed_repeats(facts: list[Fact]) -> list[Fact]:
    """An investment with no amount is dropped when the article states one by the same investor:
    the amount-less sentence most likely speaks of the same investment."""
    disclosed = {f.investor.key for f in facts if isinstance(f, Investment) and f.amount}
    return [
        f
        for f in facts
        if not (isinstance(f, Investment) and f.amount is None and f.investor.key in disclosed)
    ]


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
