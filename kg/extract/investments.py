"""Investments: an organization invests an amount in a place over a period.

An amount is an investment when an investment word stands just before it ("invest $1.3
billion", "una inversión de 5,000 millones", "investira 2 milliards") or right after it ("a US $5
billion investment"), with no other amount between. The investor is the organization the
sentence names as the one investing: "from/by/de X" after the word, "X's investment", else the
nearest one before it, else the company the article is about when the sentence says "the
company". The place is the first one after the amount, else the nearest before it, else the
country the article is about. Amounts that restate it in another currency ("800mn euros
(US$865mn)", "(unos 4.400 millones de dólares o unos 4.100 millones de euros)") are kept as
equivalents of one investment. Several amount-investor-place triples in one sentence make
several investments.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.base import Context
from kg.extract.lexicon import pattern
from kg.model import Investment, Mention, Money, Period

BEFORE_WINDOW = 70
AFTER_WINDOW = 6  # "US $5 billion investment", "2,5 milliards de dollars d'investissements"
GOVERNMENT = re.compile(
    r"\b(?:the (?:federal |national )?government|el gobierno(?: federal| nacional)?"
    r"|le gouvernement(?: fédéral| national)?|du gouvernement(?: fédéral| national)?"
    r"|del gobierno(?: federal| nacional)?)\b",
    re.IGNORECASE,
)
EQUIVALENT_GAP = re.compile(
    r"\s*(?:\(|,|—|–|-)?\s*(?:or|o|ou|y|and|soit|i\.e\.|about|around|some|roughly|unos|unas"
    r"|aproximadamente|alrededor de|environ|près de|quelque|equivalent to|equivalente a)?\s*"
    r"(?:about|around|some|unos|unas|environ)?\s*$",
    re.IGNORECASE,
)
FROM_INVESTOR = re.compile(
    r"(?:^|\s)(?:from|by|de la empresa|de parte de|por parte de|par"
    r"|de la part d[eu']|de la part de la)"
    r"\s*$",
    re.IGNORECASE,
)
OF_INVESTOR = re.compile(r"\s*(?:of|de|del|de la|d[’'])\s*", re.IGNORECASE)
GDP_CONTEXT = 60
THE_COMPANY = (
    r"\b(the company|la empresa|la compañía|l[’']entreprise|la société|la firma|the firm)\b"
)


def _investment_word_near(ctx: Context, money: Mention, previous_end: int) -> re.Match | None:
    text = ctx.text
    start = max(ctx.sentence.begin, money.begin - BEFORE_WINDOW, previous_end)
    before = list(pattern(ctx.lang, "investment_words", "verb").finditer(text, start, money.begin))
    before += list(pattern(ctx.lang, "investment_words", "noun").finditer(text, start, money.begin))
    if before:
        return max(before, key=lambda m: m.start())
    after = pattern(ctx.lang, "investment_words", "noun").search(
        text, money.end, min(ctx.sentence.end, money.end + AFTER_WINDOW + 20)
    )
    return after if after and after.start() - money.end <= AFTER_WINDOW else None


def _gdp_amount(ctx: Context, money: Mention) -> bool:
    """An amount said of the GDP: 'add $10 billion to the GDP', or a GDP word near it with no
    investment word."""
    gdp = pattern(ctx.lang, "claim_words", "gdp")
    if gdp_follows(ctx, money):
        return True
    window = ctx.text[max(ctx.sentence.begin, money.begin - GDP_CONTEXT) : money.end + GDP_CONTEXT]
    return bool(gdp.search(window)) and not _investment_word_near(ctx, money, 0)


def gdp_follows(ctx: Context, money: Mention) -> bool:
    """'$10 billion to Mexico's GDP', '1.000 millones al PIB', 'au PIB national'."""
    after = ctx.text[money.end : min(ctx.sentence.end, money.end + 45)]
    m = pattern(ctx.lang, "claim_words", "gdp").search(after)
    return bool(m) and bool(re.match(r"\s*(?:to|for|al|a|au|à|pour)\b", after, re.I))


def _equivalents(ctx: Context, moneys: list[Mention]) -> list[list[Mention]]:
    """Group amounts that restate the previous one in another currency."""
    groups: list[list[Mention]] = []
    for money in moneys:
        if groups:
            last = groups[-1][-1]
            gap = ctx.gap(last, money)
            inside_parens = "(" in ctx.gap(groups[-1][0], money) and ")" not in gap
            currencies = {m.unit for m in groups[-1]}
            if money.unit not in currencies and (EQUIVALENT_GAP.fullmatch(gap) or inside_parens):
                groups[-1].append(money)
                continue
        groups.append([money])
    return groups


def _investor(ctx: Context, trigger: re.Match, money: Mention, floor: int) -> Mention | None:
    names = [m for m in ctx.names() if ctx.is_org(m) or _is_country(ctx, m)]
    names = [m for m in names if ctx.type_of(m) != "NewsMediaOrganization"]
    # "investment ... from Amazon Web Services", "l'investissement de Mercado Libre"
    for m in names:
        if m.begin >= trigger.end() and ctx.is_org(m):
            gap = ctx.gap(trigger.end(), m)
            if len(gap) <= 80 and FROM_INVESTOR.search(gap) or OF_INVESTOR.fullmatch(gap):
                return m
    # "... de la part du gouvernement national": the country is the investor
    if GOVERNMENT.search(ctx.text, money.end, min(ctx.sentence.end, money.end + 60)):
        return None
    # the subject: the nearest organization before the investment word
    before = [m for m in names if floor <= m.end <= trigger.start() and ctx.is_org(m)]
    if before:
        companies = [m for m in before if ctx.type_of(m) != "GovernmentOrganization"]
        return (companies or before)[-1]
    before = [m for m in names if floor <= m.end <= trigger.start()]
    if before:
        return before[-1]
    after = [m for m in names if m.begin >= money.end and ctx.is_org(m)]
    if after and re.search(r"\b(from|de|by|par)\s*$", ctx.gap(money.end, after[0]).lower()):
        return after[0]
    return None


def _is_country(ctx: Context, m: Mention) -> bool:
    return m.kind == "place" and ctx.type_of(m) == "Country"


def _place(ctx: Context, money: Mention, investor: Mention | None, until: int) -> Mention | None:
    """The first place after the amount, else the nearest before it. A region (North
    America) counts only right after the amount: elsewhere it is background."""
    places = [
        m
        for m in ctx.of("place")
        if (investor is None or m.begin != investor.begin)
        and (
            ctx.type_of(m) != "Place"
            or re.fullmatch(r"\s*(?:in|en|au|aux|à)\s+(?:the\s+)?", ctx.gap(money, m))
        )
    ]
    after = [m for m in places if money.end <= m.begin < until]
    if after:
        return after[0]
    start = investor.end if investor else ctx.sentence.begin
    between = [m for m in places if start <= m.begin < money.begin]
    if between:
        return between[-1]
    return None


def _period(ctx: Context) -> Period | None:
    periods = ctx.of("period")
    for m in periods:
        if m.qualifier == "per":
            continue
        end = str(int(m.value)) if m.value else None
        return Period(text=m.text, duration=m.label or None, end=end)
    return None


def find_investments(ctx: Context) -> Iterator[Investment]:
    moneys = [m for m in ctx.of("money")]
    groups = _equivalents(ctx, moneys)
    floor = ctx.sentence.begin
    last_trigger: re.Match | None = None
    for n, group in enumerate(groups):
        money = group[0]
        trigger = _investment_word_near(ctx, money, floor)
        elided = trigger is None and last_trigger and _elided_investor(ctx, floor, money)
        if elided:  # "Nissan will invest $1 billion in Puebla and Toyota $500 million in ..."
            trigger = last_trigger
            investor_m = elided
        if trigger is None or _gdp_amount(ctx, money):
            floor = group[-1].end
            continue
        last_trigger = trigger
        if not elided:
            investor_m = _investor(ctx, trigger, money, floor)
        if investor_m is None and GOVERNMENT.search(
            ctx.text, max(floor, trigger.start() - 40), group[-1].end + 40
        ):
            investor = ctx.doc.main_country  # "l'investissement du gouvernement national"
        elif investor_m is None and re.search(
            THE_COMPANY,
            ctx.text[ctx.sentence.begin : money.begin],
            re.IGNORECASE,
        ):
            investor = ctx.doc.main_org
        else:
            investor = ctx.entity(investor_m, "Organization") if investor_m else None
        if investor is None:
            floor = group[-1].end
            continue
        until = groups[n + 1][0].begin if n + 1 < len(groups) else ctx.sentence.end
        place_m = _place(ctx, group[-1], investor_m, until)
        place = ctx.entity(place_m) if place_m else ctx.doc.main_country
        amounts = [Money(m.value, m.unit, m.text, m.qualifier) for m in group]
        begin = min(
            x
            for x in (trigger.start(), money.begin, investor_m.begin if investor_m else money.begin)
        )
        end = max(group[-1].end, place_m.end if place_m else 0, trigger.end())
        yield Investment(
            investor=investor,
            place=place,
            amount=amounts[0],
            equivalents=tuple(amounts[1:]),
            period=_period(ctx),
            evidence=ctx.evidence(
                begin, end, "investments.amount", confidence=0.85 if place_m else 0.7
            ),
        )
        floor = group[-1].end


ELIDED = re.compile(r"(?:^|[\s,;])(?:and|y|e|et|while|mientras que|tandis que)\s+$", re.I)


def _elided_investor(ctx: Context, floor: int, money: Mention) -> Mention | None:
    """The organization of 'and Toyota $500 million': a coordinated investor whose verb the
    sentence leaves out, right before the amount."""
    names = [m for m in ctx.names() if floor <= m.begin and m.end <= money.begin]
    if not names or ctx.gap(names[-1], money).strip(" ,"):
        return None
    m = names[-1]
    if ctx.is_org(m) and ELIDED.search(ctx.text[max(floor, m.begin - 16) : m.begin]):
        return m
    return None


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
    amounts = [Money(m.value, m.unit, m.text, m.qualifier) for m in group]
    yield Investment(
        investor=ctx.doc.main_org,
        place=ctx.entity(places[0]) if places else ctx.doc.main_country,
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
    verb = pattern(ctx.lang, "investment_words", "verb").search(ctx.text, s.begin, s.end)
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
    orgs = [m for m in ctx.names() if ctx.is_org(m) and m.end <= verb.start()]
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
