"""Roles: a person holds a post at an organization.

A title phrase is a title from the lexicon with what the sentence puts around it: before it, a
qualifier (former, entrante, ancien), an organization or country ("AWS Vice President",
"Mexico's Economy Minister", "Mexican President") or a portfolio ("Economy Minister"); after
it, complements ("of the Council", "de AWS para México", "mexicain à l'Économie"). A person
next to the phrase holds it: after the name ("X, directrice générale de Y", "X director general
de Y", "X is an intern reporter at Y", "X, who is ...") or before it ("la présidente X",
"Chairman and CEO X", "the coordinator of Y, X"). The organization is the first one the phrase
names; a government post with none names the country (or its ministry for the portfolio); a
company post with none falls back to the one company of the sentence, then of the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from kg.extract.base import GOVERNMENT_CATEGORIES, Context
from kg.gazetteer import default as default_gazetteer
from kg.model import Entity, Mention, Role
from kg.recognize.names import lexicon
from kg.text import fold

COMPLEMENT = re.compile(
    r"(?:\s*\([^()]{1,12}\))?\s*(?:of the|of|for the|for|at the|at|in|from"
    r"|de la|de las|de los|del|de l[’']|de|d[’']|du|des|para la|para el|para|pour la|pour le"
    r"|pour l[’']|pour|en|à la|à l[’']|au|aux|à|chez|in the|to|ante|auprès de|auprès du"
    r"|[’']s)\s*$",
    re.IGNORECASE,
)
LOWER_COMPLEMENT = re.compile(
    r"\s+(?:of|for|de|del|de la|des|du|para|pour|en)\s+"
    r"(?:[a-záéíóúñçàèêëîïôûü][\w\-’']*\s?){1,4}?(?=\s*[,;.)]|\s*$|\s+(?:de|of|en|at|para|pour)\s)",
)
PAREN_AFTER = re.compile(r"\s*\([^()]{1,12}\)")
BEFORE_NAME = re.compile(r"\s*,?\s*$")
AFTER_NAME = re.compile(
    r"\s*(?:,\s*|\s)(?:(?:who is|who was|quien es|quien fue|qui est|qui était|que es|is|was|es"
    r"|fue|est|était|as|como|comme|en tant que)\s+)?(?:(?:the|a|an|el|la|le|l[’']|un|una|une)\s+)?"
    r"(?:(?:the company[’']s|the firm[’']s|its|their|su|sus|sa|son|ses|leur)\s+)?$"
    r"|\s*$",
    re.IGNORECASE,
)
POSSESSIVE = re.compile(r"\s*(?:[’']s)?\s*$")
# "Su presidente", "its chief executive", "the company's CEO": a post at the company spoken of
COMPANY_POSSESSIVE = re.compile(
    r"(?:\b(?:its|their|su|sus|sa|son|ses|leur)|\b(?:company|firm|group|empresa|groupe)[’']s)\s+$",
    re.IGNORECASE,
)
QUALIFIER_AFTER = re.compile(r"\s+([\w-]+)")
DETERMINERS = frozenset({"the", "el", "la", "le", "l", "los", "las", "les"})


@dataclass
class Phrase:
    """A title with what surrounds it in the sentence."""

    title: Mention
    begin: int  # of the text kept as the title (qualifier and portfolio included)
    end: int
    category: str
    qualifier: str | None
    org: Mention | None = None  # first organization the phrase names
    place: Mention | None = None  # first place or demonym the phrase names
    portfolio: str | None = None
    ministry: str | None = None  # gazetteer key of the ministry the portfolio names
    outer: int = 0  # where the phrase starts with its pre-modifiers (orgs, countries)


def title_phrases(ctx: Context) -> list[Phrase]:
    ms = [m for m in ctx.mentions if m.kind in ("title", "demonym") or m.kind in _NAMES]
    phrases = []
    for i, m in enumerate(ms):
        if m.kind == "title":
            phrases.append(_phrase(ctx, ms, i))
    return phrases


_NAMES = frozenset({"person", "org", "place", "program", "name"})


def _portfolio(ctx: Context, m: Mention) -> str | None:
    if m.kind != "name":
        return None
    country = ctx.doc.main_country
    gazetteer = default_gazetteer()
    word = fold(m.text)
    if country and gazetteer.ministry(country.key, word):
        return word
    return word if is_portfolio_word(word) else None


def is_portfolio_word(word: str) -> bool:
    """A word some ministry of the gazetteer has as its portfolio (economy, economía, TIC)."""
    return word in _portfolio_words()


@cache
def _portfolio_words() -> frozenset[str]:
    return frozenset(fold(p) for e in default_gazetteer().entries() for p in e.portfolio)


def _phrase(ctx: Context, ms: list[Mention], i: int) -> Phrase:
    title = ms[i]
    phrase = Phrase(title, title.begin, title.end, title.label, title.qualifier, outer=title.begin)
    # before: portfolio ("Economy Minister"), then org / country / demonym, possessive allowed
    j = i - 1
    while j >= 0:
        prev = ms[j]
        gap = ctx.gap(prev, phrase.outer)
        if prev.kind == "name" and not gap.strip() and not phrase.portfolio:
            word = _portfolio(ctx, prev)
            if word:
                phrase.portfolio = word
                phrase.begin = phrase.outer = prev.begin
                j -= 1
                continue
        if POSSESSIVE.fullmatch(gap) and prev.kind in ("org", "place", "demonym", "name"):
            if prev.kind == "place" or prev.kind == "demonym":
                phrase.place = phrase.place or prev
            elif ctx.is_org(prev) and prev.kind != "name" or prev.kind == "name" and "’" in gap:
                phrase.org = phrase.org or prev
            else:
                break
            phrase.outer = prev.begin
            j -= 1
            continue
        break
    if COMPANY_POSSESSIVE.search(
        ctx.text, max(ctx.sentence.begin, phrase.outer - 20), phrase.outer
    ):
        phrase.category = "corporate"
    if not phrase.qualifier:
        before = re.search(r"(\S+)\s+$", ctx.text[ctx.sentence.begin : phrase.outer])
        quals = lexicon(ctx.lang)["qualifiers"]
        if before and before.group(1).casefold() in quals:
            phrase.qualifier = quals[before.group(1).casefold()]
            phrase.begin = phrase.outer = ctx.sentence.begin + before.start(1)
    # after: complements, each a connector then a name, a demonym or a few lower-case words
    after = QUALIFIER_AFTER.match(ctx.text, phrase.end, ctx.sentence.end)
    quals = lexicon(ctx.lang)["qualifiers"]
    if after and after.group(1).casefold() in quals and not after.group(1)[0].isupper():
        phrase.qualifier = phrase.qualifier or quals[after.group(1).casefold()]
        phrase.end = after.end()
    k = i + 1
    while True:
        if not phrase.ministry and _ministry_after(ctx, phrase):
            while k < len(ms) and ms[k].begin < phrase.end:
                k += 1
            continue
        paren = PAREN_AFTER.match(ctx.text, phrase.end, ctx.sentence.end)
        if paren:  # "directrice générale d'Amazon Web Services (AWS) pour l'Amérique latine"
            phrase.end = paren.end()
            while k < len(ms) and ms[k].begin < phrase.end:
                k += 1
            continue
        if k < len(ms) and ms[k].kind == "demonym" and not ctx.gap(phrase.end, ms[k]).strip():
            phrase.place = phrase.place or ms[k]
            phrase.end = ms[k].end
            k += 1
            continue
        if (
            k < len(ms)
            and ms[k].kind in _NAMES
            and COMPLEMENT.fullmatch(ctx.gap(phrase.end, ms[k]))
        ):
            m = ms[k]
            if ctx.is_person(m) and m.kind == "person":
                break
            word = _portfolio(ctx, m) if m.kind == "name" else None
            if word:
                phrase.portfolio = phrase.portfolio or word
            elif m.kind == "place":
                phrase.place = phrase.place or m
            elif ctx.is_org(m) or m.kind == "program":
                phrase.org = phrase.org or m
            phrase.end = m.end
            k += 1
            continue
        lower = LOWER_COMPLEMENT.match(ctx.text, phrase.end, ctx.sentence.end)
        if lower and not (k < len(ms) and ms[k].begin < lower.end()):
            phrase.end = lower.end()
            continue
        break
    return phrase


PORTFOLIO_AFTER = re.compile(
    r"\s*(?:of the|of|for|de la|de las|de los|del|de|des|du|d[’']|à la|à l[’']|au|aux|à)\s+"
    r"((?:[\w’'-]+\s*){1,5})",
    re.IGNORECASE,
)


def _ministry_after(ctx: Context, phrase: Phrase) -> bool:
    """'ministre des Affaires étrangères', 'ministre des TIC', 'secretary of economy': the
    words after a minister's title that name a portfolio of the country's government."""
    if phrase.category != "minister":
        return False
    m = PORTFOLIO_AFTER.match(ctx.text, phrase.end, ctx.sentence.end)
    if not m:
        return False
    country = ctx.country_of(phrase.place) if phrase.place else ctx.doc.main_country
    if country is None:
        return False
    words = list(re.finditer(r"[\w’'-]+", m.group(1)))
    for n in range(len(words), 0, -1):
        end = m.start(1) + words[n - 1].end()
        entry = default_gazetteer().ministry(country.key, ctx.text[m.start(1) : end])
        if entry:
            phrase.ministry = entry.key
            phrase.portfolio = phrase.portfolio or ctx.text[m.start(1) : end]
            phrase.end = end
            return True
    return False


def _person_after(ctx: Context, phrase: Phrase) -> Mention | None:
    for m in ctx.names():
        if m.begin >= phrase.end:
            if BEFORE_NAME.fullmatch(ctx.gap(phrase.end, m)) and _can_be_person(ctx, m):
                return m
            return None
    return None


def _person_before(ctx: Context, phrase: Phrase) -> Mention | None:
    before = [m for m in ctx.names() if m.end <= phrase.outer]
    if before and _can_be_person(ctx, before[-1]):
        m = before[-1]
        if AFTER_NAME.fullmatch(ctx.gap(m, phrase.outer)):
            return m
    return None


def _can_be_person(ctx: Context, m: Mention) -> bool:
    if not ctx.is_person(m):
        return False
    return m.kind == "person" or len(m.text.split()) >= 2 or ctx.type_of(m) == "Person"


def _organization(ctx: Context, phrase: Phrase, person: Mention) -> Entity | None:
    if phrase.org:
        return ctx.entity(phrase.org, "Organization")
    government = phrase.category in GOVERNMENT_CATEGORIES
    country = ctx.country_of(phrase.place) if phrase.place else None
    if phrase.place and phrase.category in ("governor", "mayor"):
        return ctx.entity(phrase.place) or country
    if phrase.ministry:
        return ctx.resolution.known_entity(phrase.ministry)
    if government or phrase.portfolio:
        country = country or ctx.doc.main_country
        if country and phrase.portfolio:
            ministry = default_gazetteer().ministry(country.key, phrase.portfolio)
            if ministry:
                return ctx.resolution.known_entity(ministry.key)
        if phrase.place and not country:
            return ctx.entity(phrase.place)
        return country
    if phrase.place and phrase.category == "diplomat":
        return None
    orgs = [m for m in ctx.names() if m.kind == "org" and ctx.is_org(m) and m is not person]
    companies = {ctx.entity(m).key: m for m in orgs if ctx.type_of(m) != "GovernmentOrganization"}
    if len(companies) == 1:
        return ctx.entity(next(iter(companies.values())))
    return ctx.doc.main_org


def _balanced(title: str) -> str:
    """Cut a title before an unclosed bracket: 'directrice générale d'AWS (AWS' → '... d'AWS'."""
    if title.count("(") > title.count(")"):
        title = title[: title.rindex("(")].rstrip()
    return title


CONJUNCTION = re.compile(r"\s+(?:and|y|et|e|&)\s+|\s*/\s*", re.IGNORECASE)


def _titles(ctx: Context, phrase: Phrase) -> list[str]:
    """One title per coordinated post: 'president and general director of GM México' holds
    'president' and 'general director of GM México'."""
    cuts = list(CONJUNCTION.finditer(ctx.text, phrase.title.begin, phrase.title.end))
    if not cuts:
        return [ctx.text[phrase.begin : phrase.end]]
    starts = [phrase.begin, *(c.end() for c in cuts)]
    ends = [*(c.start() for c in cuts), phrase.end]
    return [ctx.text[b:e] for b, e in zip(starts, ends, strict=True)]


def find_roles(ctx: Context) -> Iterator[Role]:
    used: set[int] = set()
    for phrase in title_phrases(ctx):
        person = _person_before(ctx, phrase)
        rule = "roles.title_after_name"
        if person is None or person.begin in used:
            person = _person_after(ctx, phrase)
            rule = "roles.title_before_name"
        if person is None or person.begin in used:
            continue
        org = _organization(ctx, phrase, person)
        if org is None:
            continue
        who = ctx.entity(person, "Person")
        if who is None or who.key == org.key:
            continue
        used.add(person.begin)
        begin, end = min(person.begin, phrase.outer), max(person.end, phrase.end)
        confidence = 0.85 if phrase.org or phrase.place or phrase.portfolio else 0.7
        for title in _titles(ctx, phrase):
            yield Role(
                person=who,
                org=org,
                title=_balanced(title.strip(" ,")),
                qualifier=phrase.qualifier,
                evidence=ctx.evidence(begin, end, rule, confidence=confidence),
            )
