"""Posts shared out over a list: "los secretarios de Hacienda, X; de Economía, Y, y de
Comunicaciones, Z", "ses homologues de l'Éducation, X, et de la Santé, Y".

A plural title of `lang/<lang>/plural_titles.txt`, then two or more "of PORTFOLIO, PERSON"
items joined by commas, semicolons and conjunctions: each person holds the singular title of
their own portfolio. The organization is the ministry the portfolio names in the country the
post is of (the article's, unless the text says otherwise), else that country: a post of a
government with no ministry known is still that government's. A portfolio that is a place
("sus pares de Francia, X") ends the list. Governors and mayors are listed by their states or
cities instead ("los gobernadores de Sonora, X, y de Chihuahua, Y"): each holds the post of
the place of their item, and an item that is no state or city ends the list.

The other way round, people first: "X y Y, directivos de Acme", "X and Y, executives of Acme",
"X et Y, dirigeants d'Acme": two or more people joined by commas and a conjunction, then a
plural of `lang/<lang>/title_plurals.txt` and the one organization it is of; each person holds
the singular.

Shared out in order: "los alcaldes de A y B, X y Y, respectivamente", "X and Y, CEOs of A and B,
respectively": as many people as organizations (or places, for a mayor or governor), the word
for "respectively" of `lang/<lang>/role_lists.txt` after them; the n-th person holds the post
at the n-th.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from kg.extract.base import Context
from kg.extract.jurisdiction import JURISDICTIONS, context_country
from kg.extract.lexicon import pattern
from kg.gazetteer import default as default_gazetteer
from kg.model import Entity, Mention, Role
from kg.recognize.names import lexicon
from kg.text import lang_table

OF = r"(?:de\s+la|de\s+l[’']|del|de|des|du|d[’']|of\s+the|of|for)"
FIRST = re.compile(rf"\s+(?P<of>{OF})\s*", re.IGNORECASE)
NEXT = re.compile(rf"\s*[,;]?\s*(?:(?:y|e|and|et)\s+)?(?P<of>{OF})\s*", re.IGNORECASE)
# a portfolio: capitalized words, with connectors ("Comunicaciones y Transportes")
PORTFOLIO = re.compile(
    r"[A-ZÀ-Þ][\w’'-]*(?:\s+(?:y|e|and|et|de|del|de la|des|du|of|&|,)?\s*[A-ZÀ-Þ][\w’'-]*){0,5}"
)
APPOSITION = re.compile(r"\s*,\s*")


@cache
def _plural_table(lang: str, name: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """A plural -> singular title file as a whole-word regex of the plurals and the table."""
    rows = lang_table(lang, name)
    table = {row[0].casefold(): row[1] for row in rows if len(row) > 1}
    body = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE), table


def _plurals(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    return _plural_table(lang, "plural_titles")


def find_listed_posts(ctx: Context) -> Iterator[Role]:
    words, singular = _plurals(ctx.lang)
    text, s = ctx.text, ctx.sentence
    for plural in words.finditer(text, s.begin, s.end):
        title = singular[plural.group().casefold()]
        pos, sep = plural.end(), FIRST
        country = context_country(ctx)
        # "los gobernadores de Sonora, X, y de Chihuahua, Y": each item a state (or city)
        governs = lexicon(ctx.lang)["titles"].get(title.casefold()) in JURISDICTIONS
        items: list[Role] = []
        while True:
            of = sep.match(text, pos, s.end)
            portfolio = PORTFOLIO.match(text, of.end(), s.end) if of else None
            if portfolio is None:
                break
            place = _jurisdiction(ctx, portfolio) if governs else None
            if governs and place is None:
                break
            if not governs and any(
                m.kind in ("place", "person") and portfolio.start() <= m.begin < portfolio.end()
                for m in ctx.mentions
            ):
                break  # "sus pares de Francia, X": a country, not a portfolio
            field = portfolio.group().rstrip(" ,")
            after = APPOSITION.match(text, portfolio.end(), s.end)
            person = next(
                (m for m in ctx.names() if after and m.begin == after.end() and m.kind == "person"),
                None,
            )
            if person is None:
                break
            who = ctx.entity(person, "Person")
            org = ctx.entity(place) if place else _ministry(ctx, country, field)
            if who is not None and org is not None:
                evidence = ctx.evidence(plural.start(), person.end, "roles.listed_posts")
                title_of = _title(title, of.group("of"), field)
                items.append(Role(person=who, org=org, title=title_of, evidence=evidence))
            pos, sep = person.end, NEXT
        if len(items) >= 2:  # a list: one person alone after a plural is some other shape
            yield from items
    yield from _shared_post(ctx)
    yield from _respective_posts(ctx)


def _jurisdiction(ctx: Context, span: re.Match[str]) -> Mention | None:
    """The state or city a listed governor's or mayor's item names, and nothing else."""
    return next(
        (
            m
            for m in ctx.mentions
            if m.kind == "place"
            and m.type in ("State", "City")
            and (m.begin, m.end) == (span.start(), span.end())
        ),
        None,
    )


PEOPLE_JOIN = re.compile(r"\s*,\s*|\s+(?:y|e|and|et)\s+|\s*,\s*(?:y|e|and|et)\s+", re.IGNORECASE)
SHARED_GAP = re.compile(r"\s*,\s*(?:(?:the|los|las|les)\s+)?$", re.IGNORECASE)
SHARED_OF = re.compile(
    r"\s*(?:de la|del|de|du|des|d[’']|of the|of|at the|at|en|chez)\s*$", re.IGNORECASE
)
# after the organization: another one joined to it ("de Acme y Bimbo") shares the post out
# over two organizations, which this shape does not read
ANOTHER = re.compile(r"\s*(?:,|y|e|and|et|&)\s*[A-ZÀ-Þ]")


def _shared(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    return _plural_table(lang, "title_plurals")


def _shared_post(ctx: Context) -> Iterator[Role]:
    """'X y Y, directivos de Acme': each person before the plural holds its singular."""
    words, singular = _shared(ctx.lang)
    text, s = ctx.text, ctx.sentence
    names = ctx.names()
    for plural in words.finditer(text, s.begin, s.end):
        # two or more people, the last after a conjunction, all of them people
        people = _people_before(ctx, names, plural.start(), _is_person(ctx))
        if not people:
            continue
        org = next((m for m in names if m.begin >= plural.end()), None)
        if (
            org is None
            or not SHARED_OF.fullmatch(ctx.gap(plural.end(), org))
            or not ctx.is_org(org)
            or ANOTHER.match(text, org.end, s.end)
        ):
            continue
        where = ctx.entity(org, "Organization")
        if where is None:
            continue
        title = f"{singular[plural.group().casefold()]}{ctx.gap(plural.end(), org)}{org.text}"
        for m in people:
            who = ctx.entity(m, "Person")
            if who is not None and who.key != where.key:
                evidence = ctx.evidence(people[0].begin, org.end, "roles.shared_post")
                yield Role(person=who, org=where, title=title, evidence=evidence)


def _title(title: str, of: str, field: str) -> str:
    """'secretario' 'de' 'Economía' -> 'secretario de Economía'; "de l'" joins its word."""
    of = re.sub(r"\s+", " ", of)
    return f"{title} {of}{field}" if of.endswith(("'", "’")) else f"{title} {of} {field}"


def _ministry(ctx: Context, country: Entity | None, field: str) -> Entity | None:
    if country is None:
        return None
    entry = default_gazetteer().ministry(country.key, field)
    return ctx.resolution.known_entity(entry.key) if entry else country


def _run(ctx: Context, names: list[Mention], start: int, ok: Callable[[Mention], bool]) -> list:
    """The names from `names[start]` on joined by commas and a last conjunction, all `ok`;
    none unless two or more."""
    run: list[Mention] = []
    for m in names[start:]:
        if run and not PEOPLE_JOIN.fullmatch(ctx.gap(run[-1], m)) or not ok(m):
            break
        run.append(m)
    if len(run) < 2 or not LAST_JOIN.search(ctx.gap(run[-2], run[-1])):
        return []
    return run


LAST_JOIN = re.compile(r"\b(?:y|e|and|et)\s*$", re.IGNORECASE)
COMMA = re.compile(r"\s*,\s*")


def _respective_posts(ctx: Context) -> Iterator[Role]:
    """'los alcaldes de A y B, X y Y, respectivamente': the n-th person, the n-th post."""
    words, singular = _shared(ctx.lang)
    respectively = pattern(ctx.lang, "role_lists", "respectively")
    text, s = ctx.text, ctx.sentence
    if not respectively.search(text, s.begin, s.end):
        return
    names = ctx.names()
    person = _is_person(ctx)

    def holder(m: Mention) -> bool:  # an organization, or the place a mayor governs
        return not person(m) and (m.kind == "place" and bool(m.key) or ctx.is_org(m))

    for plural in words.finditer(text, s.begin, s.end):
        after = next((i for i, m in enumerate(names) if m.begin >= plural.end()), None)
        if after is None or not SHARED_OF.fullmatch(ctx.gap(plural.end(), names[after])):
            continue
        holders = _run(ctx, names, after, holder)
        if not holders:
            continue
        # the people after the holders ("de A y B, X y Y") or before the plural ("X y Y, ...")
        people = _run(ctx, names, after + len(holders), person)
        if people and COMMA.fullmatch(ctx.gap(holders[-1], people[0])):
            last = people[-1]
        else:
            people = _people_before(ctx, names, plural.start(), person)
            last = holders[-1]
        if len(people) != len(holders):
            continue
        comma = COMMA.match(text, last.end)
        word = respectively.match(text, comma.end()) if comma else None
        if word is None:
            continue
        title = singular[plural.group().casefold()]
        evidence = ctx.evidence(
            min(people[0].begin, plural.start()), word.end(), "roles.respective_posts"
        )
        for who_m, where_m in zip(people, holders, strict=True):
            who = ctx.entity(who_m, "Person")
            where = ctx.entity(where_m, None if where_m.kind == "place" else "Organization")
            if who is not None and where is not None and who.key != where.key:
                of = ctx.gap(plural.end(), holders[0])
                yield Role(
                    person=who, org=where, title=f"{title}{of}{where_m.text}", evidence=evidence
                )


def _is_person(ctx: Context) -> Callable[[Mention], bool]:
    return lambda m: m.kind == "person" or ctx.type_of(m) == "Person"


def _people_before(
    ctx: Context, names: list[Mention], end: int, person: Callable[[Mention], bool]
) -> list[Mention]:
    """The list of people that ends just before `end` with a comma ("X y Y, directores")."""
    before = [i for i, m in enumerate(names) if m.end <= end]
    if not before or not SHARED_GAP.fullmatch(ctx.gap(names[before[-1]], end)):
        return []
    start = before[-1]
    while start > 0 and PEOPLE_JOIN.fullmatch(ctx.gap(names[start - 1], names[start])):
        start -= 1
    people = _run(ctx, names, start, person)
    return people if people and people[-1] is names[before[-1]] else []
