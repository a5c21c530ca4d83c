"""Posts shared out over a list: "los secretarios de Hacienda, X; de Economía, Y, y de
Comunicaciones, Z", "ses homologues de l'Éducation, X, et de la Santé, Y".

A plural title of `lang/<lang>/plural_titles.txt`, then two or more "of PORTFOLIO, PERSON"
items joined by commas, semicolons and conjunctions: each person holds the singular title of
their own portfolio. The organization is the ministry the portfolio names in the country the
post is of (the article's, unless the text says otherwise), else that country: a post of a
government with no ministry known is still that government's. A portfolio that is a place
("sus pares de Francia, X") ends the list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg.extract.base import Context
from kg.extract.jurisdiction import context_country
from kg.gazetteer import default as default_gazetteer
from kg.model import Entity, Role
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
def _plurals(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    rows = lang_table(lang, "plural_titles")
    table = {row[0].casefold(): row[1] for row in rows if len(row) > 1}
    body = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE), table


def find_listed_posts(ctx: Context) -> Iterator[Role]:
    words, singular = _plurals(ctx.lang)
    text, s = ctx.text, ctx.sentence
    for plural in words.finditer(text, s.begin, s.end):
        title = singular[plural.group().casefold()]
        pos, sep = plural.end(), FIRST
        country = context_country(ctx)
        items: list[Role] = []
        while True:
            of = sep.match(text, pos, s.end)
            portfolio = PORTFOLIO.match(text, of.end(), s.end) if of else None
            if portfolio is None:
                break
            if any(
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
            org = _ministry(ctx, country, field)
            if who is not None and org is not None:
                evidence = ctx.evidence(plural.start(), person.end, "roles.listed_posts")
                title_of = _title(title, of.group("of"), field)
                items.append(Role(person=who, org=org, title=title_of, evidence=evidence))
            pos, sep = person.end, NEXT
        if len(items) >= 2:  # a list: one person alone after a plural is some other shape
            yield from items


def _title(title: str, of: str, field: str) -> str:
    """'secretario' 'de' 'Economía' -> 'secretario de Economía'; "de l'" joins its word."""
    of = re.sub(r"\s+", " ", of)
    return f"{title} {of}{field}" if of.endswith(("'", "’")) else f"{title} {of} {field}"


def _ministry(ctx: Context, country: Entity | None, field: str) -> Entity | None:
    if country is None:
        return None
    entry = default_gazetteer().ministry(country.key, field)
    return ctx.resolution.known_entity(entry.key) if entry else country
