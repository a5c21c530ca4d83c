"""Investments read by other shapes than an amount after an investment word.

What a place receives of the investment of the company an article is about ("el aeropuerto de
Tijuana recibirá 9,833 millones de pesos"), what a project costs ("la obra insumirá 850
millones de dólares") and an investment whose amount the text does not give ("Magna will
invest in a new plant in Querétaro").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.base import Context
from kg.extract.investment_amounts import (
    _aggregate,
    _equivalents,
    _gdp_amount,
    _investment_word_near,
    money_of,
)
from kg.extract.investment_investor import _candidates
from kg.extract.investment_links import main_region
from kg.extract.investments import _period
from kg.extract.investors import article_company, may_invest
from kg.extract.lexicon import pattern, words_by_role
from kg.model import ORG_TYPES, Entity, Investment, Mention

RECEIVE_GAP = re.compile(
    r"[^\S\r\n]*(?:(?:con|with|de|d['’]|un total de|a total of|more than|más de|plus de"
    r"|una inversión|an investment|un investissement|investments|inversiones)"
    r"[^\S\r\n]*)*",
    re.IGNORECASE,
)


def find_received(ctx: Context) -> Iterator[Investment]:
    """'el aeropuerto de Tijuana recibirá 9,833 millones de pesos', 'Guanajuato recibirá 2,861
    millones, Hermosillo 1,052 millones': what each place receives of the investment of the
    company the article is about (named at least once)."""
    company = None
    floor, listing = ctx.sentence.begin, False
    groups = _equivalents(ctx, ctx.of("money"))
    skip = 0
    for n, group in enumerate(groups):
        if skip:
            skip -= 1
            continue
        money = group[0]
        if _gdp_amount(ctx, money) or any(ctx.type_of(m) in ORG_TYPES for m in _candidates(ctx)):
            return  # an organization named here is the investor the amount rule reads
        verbs = [
            v
            for v in pattern(ctx.lang, "investment_words", "receive").finditer(
                ctx.text, floor, money.begin
            )
            if RECEIVE_GAP.fullmatch(ctx.text, v.end(), money.begin)
        ]
        places = [  # a city or a state receives; a country receiving is its total
            m
            for m in ctx.of("place")
            if floor <= m.begin < money.begin and ctx.type_of(m) in ("City", "State", "Place")
        ]
        if verbs and _aggregate(ctx, verbs[-1], group[-1]):
            return  # "Colombia recibirá 1.300 millones de dólares de inversión extranjera"
        if verbs:
            places = [m for m in places if m.end <= verbs[-1].start()]
            start = verbs[-1].start()
        elif listing and places and not ctx.gap(places[-1], money).strip():
            start = places[-1].begin  # "..., Hermosillo 1,052 millones"
        else:
            floor, listing = group[-1].end, False
            continue
        if _other_source(ctx, group[-1]):
            floor, listing = group[-1].end, False
            continue  # "Tlaxcala recibirá 500 millones del programa federal": not the company's
        company = company or article_company(ctx, least=1)
        if company is None or not places:
            return
        pairs = _respectively(ctx, places, groups[n:]) if verbs else []
        if pairs is None:  # "X, Y y Z recibirán 300 y 200 millones": which is whose is unsaid
            return
        if pairs:  # "La Paz, Los Mochis y Manzanillo recibirán 1,074, 586 y 484 millones, resp."
            for place, each in pairs:
                yield _received(ctx, company, place, each, min(start, pairs[0][0].begin))
            skip = len(pairs) - 1
            floor, listing = pairs[-1][1][-1].end, False
            continue
        amounts = [money_of(m) for m in group]
        yield Investment(
            investor=company,
            place=ctx.entity(places[-1]),
            amount=amounts[0],
            equivalents=tuple(amounts[1:]),
            period=_period(ctx),
            evidence=ctx.evidence(
                min(start, places[-1].begin), group[-1].end, "investments.received", confidence=0.6
            ),
        )
        floor, listing = group[-1].end, True


LIST_GAP = re.compile(r"[^\S\r\n]*,?[^\S\r\n]*(?:(?:y|e|and|et)[^\S\r\n]+)?", re.I)


def _respectively(
    ctx: Context, places: list[Mention], groups: list[list[Mention]]
) -> list[tuple[Mention, list[Mention]]] | None:
    """A list of places and a list of as many amounts after them ("Tijuana y Mexicali recibirán
    300 y 200 millones, respectivamente"): each place with its amount, in order. Lists that do
    not pair give None: no amount of them is told of one place."""
    run = [groups[0]]
    for group in groups[1:]:
        if not LIST_GAP.fullmatch(ctx.text, run[-1][-1].end, group[0].begin):
            break
        run.append(group)
    if len(run) < 2:
        return []
    listed = [places[-1]]
    for m in reversed(places[:-1]):
        if not LIST_GAP.fullmatch(ctx.text, m.end, listed[0].begin):
            break
        listed.insert(0, m)
    return list(zip(listed, run, strict=True)) if len(listed) == len(run) else None


def _received(
    ctx: Context, company: Entity, place: Mention, group: list[Mention], start: int
) -> Investment:
    amounts = [money_of(m) for m in group]
    return Investment(
        investor=company,
        place=ctx.entity(place),
        amount=amounts[0],
        equivalents=tuple(amounts[1:]),
        period=_period(ctx),
        evidence=ctx.evidence(start, group[-1].end, "investments.received", confidence=0.6),
    )


SOURCE = re.compile(r"[^\S\r\n]*(?:de|del|de la|from|by|par|du|de la part d[eu'’])\b", re.I)


def _other_source(ctx: Context, money: Mention) -> bool:
    """What a place receives from another than the article's company: an amount followed by
    its source ("del programa federal", "from the roads fund") or by a public word of
    `investment_words.txt` ("en participaciones federales") within its clause."""
    if SOURCE.match(ctx.text, money.end, ctx.sentence.end):
        return True
    stop = min(ctx.sentence.end, money.end + 50)
    comma = ctx.text.find(",", money.end, stop)
    public = pattern(ctx.lang, "investment_words", "public")
    return bool(public.search(ctx.text, money.end, comma if comma >= 0 else stop))


def _titled(ctx: Context, m: Mention) -> bool:
    """'The Secretary of Foreign Affairs': the portfolio of a title, a government body."""
    return any(
        t.end <= m.begin and re.fullmatch(r"\s*(?:of|de|del|du|des|for)?\s*", ctx.gap(t, m))
        for t in ctx.of("title")
    )


def find_cost(ctx: Context) -> Iterator[Investment]:
    """'La obra insumirá unos 850 millones de dólares', 'the project will cost $2 billion':
    what a project costs, in an article about the company that builds it."""
    s, text = ctx.sentence, ctx.text
    project = pattern(ctx.lang, "investment_words", "project").search(text, s.begin, s.end)
    if project is None or ctx.doc.main_org is None:
        return
    cost = pattern(ctx.lang, "investment_words", "cost").search(text, project.end(), s.end)
    moneys = [m for m in ctx.of("money") if cost and m.begin >= cost.end()]
    if cost is None or not moneys or len(text[project.end() : cost.start()].split()) > 4:
        return
    if _investment_word_near(ctx, moneys[0], s.begin):
        return  # the amount rule reads it
    group = _equivalents(ctx, moneys)[0]
    places = [m for m in ctx.of("place") if ctx.type_of(m) != "Place"]
    if not places and ctx.index:  # the project's place, named in the sentence before
        before = Context(ctx.doc, ctx.index - 1)
        places = [m for m in before.of("place") if before.type_of(m) != "Place"]
    amounts = [money_of(m) for m in group]
    yield Investment(
        investor=ctx.doc.main_org,
        place=ctx.entity(places[0]) if places else main_region(ctx) or ctx.doc.destination,
        amount=amounts[0],
        equivalents=tuple(amounts[1:]),
        period=_period(ctx),
        evidence=ctx.evidence(project.start(), group[-1].end, "investments.cost", confidence=0.6),
    )


def find_undisclosed(ctx: Context) -> Iterator[Investment]:
    """'Magna will invest in a new plant in Querétaro', 'X va construire une nouvelle usine
    dans l'État de Querétaro': an investment with no amount stated."""
    if ctx.of("money"):
        return
    s = ctx.sentence
    contribute = words_by_role(ctx.lang, "investment_words").get("contribute", frozenset())
    verb = next(  # "contribute to the competitiveness of": help, no investment
        (
            v
            for v in pattern(ctx.lang, "investment_words", "verb").finditer(
                ctx.text, s.begin, s.end
            )
            if " ".join(v.group(0).casefold().split()) not in contribute
        ),
        None,
    )
    if verb is None:
        for build in pattern(ctx.lang, "investment_words", "build").finditer(
            ctx.text, s.begin, s.end
        ):
            facility = pattern(ctx.lang, "investment_words", "facility").search(
                ctx.text, build.end(), min(s.end, build.end() + 40)
            )
            if facility:
                verb = build
                break
    if verb is None:
        return
    orgs = [
        m
        for m in ctx.names()
        if ctx.is_org(m) and m.end <= verb.start() and may_invest(ctx, m) and not _titled(ctx, m)
    ]
    orgs = [
        m for m in orgs if ctx.type_of(m) not in ("NewsMediaOrganization", "GovernmentOrganization")
    ]
    places = [m for m in ctx.of("place") if m.begin >= verb.end()]
    if not orgs or not places:
        return
    investor = ctx.entity(orgs[-1], "Organization")
    place = ctx.entity(places[0])
    yield Investment(
        investor=investor,
        place=place,
        amount=None,
        period=_period(ctx),
        evidence=ctx.evidence(
            orgs[-1].begin, places[0].end, "investments.undisclosed", confidence=0.6
        ),
    )
