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
several investments. The shapes without an amount after an investment word (what a place
receives, what a project costs, an undisclosed amount) are in `kg.extract.investments_other`;
the words that link an investment word, its investor and its place to the amount are read by
`kg.extract.investment_links`, and governments as investors by `kg.extract.investment_government`.
A place that receives, attracts or tallies investment ("Colombia recibió inversiones por") is
no investor: its amount is a total.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg.extract.base import GOVERNMENT_CATEGORIES, Context
from kg.extract.investment_government import (
    GOVERNMENT,
    GOVERNMENT_ONLY,
    clause_stop,
    government_after,
    government_of,
    in_government,
)
from kg.extract.investment_links import (
    AGENT,
    PARTICIPLE_BY,
    announced,
    carried,
    changed_noun,
    demonym_place,
    leads,
    linked,
    main_region,
    named_after,
    place_before,
    qualifies,
    receiver,
    reporter,
    revised,
)
from kg.extract.investors import (
    COMPANY_TYPES,
    article_company,
    in_relative_aside,
    may_invest,
    outside_asides,
    placed,
    pronoun_subject,
)
from kg.extract.lexicon import pattern, words_by_role
from kg.gazetteer import default as default_gazetteer
from kg.model import Entity, Investment, Mention, Money, Period

BEFORE_WINDOW = 90  # "financements de l’Agence française de développement (AFD) à hauteur de"
AFTER_WINDOW = 6  # "US $5 billion investment", "2,5 milliards de dollars d'investissements"
EQUIVALENT_GAP = re.compile(
    r"\s*(?:\(|,|—|–|-)?\s*(?:or|o|ou|y|and|soit|i\.e\.|about|around|some|roughly|unos|unas"
    r"|aproximadamente|alrededor de|environ|près de|quelque|equivalent to|equivalente a"
    r"|es decir,?|that is,?|c['’]est-à-dire)?\s*"
    r"(?:about|around|some|unos|unas|environ)?\s*$",
    re.IGNORECASE,
)
FROM_INVESTOR = re.compile(
    r"(?:^|\s)(?:from|by|de la empresa|de parte de|por parte de|par"
    r"|de la part d[eu']|de la part de la)"
    r"\s*$",
    re.IGNORECASE,
)
# "l'investissement de Mercado Libre", "la inversión total de Ternium"
OF_INVESTOR = re.compile(
    r"\s*(?:(?:total|totale|global|globale|initial|initiale|inicial|new|nueva|nouvel)\s+)?"
    r"(?:of|de|del|de la|de l[’']|d[’'])\s*",
    re.IGNORECASE,
)
GDP_CONTEXT = 60
ARTICLE = r"(?:the|its|la|el|le|l['’]|su|sa|son)"


@cache
def _the_company(lang: str) -> re.Pattern[str]:
    """'the company', 'the US tech giant', 'la empresa estadounidense', 'le géant américain':
    a definite description of a company, one or two words on either side allowed."""
    nouns = pattern(lang, "investment_words", "company").pattern
    return re.compile(rf"\b{ARTICLE}[^\S\r\n]*(?:[\w-]+[^\S\r\n]+){{0,2}}?(?:{nouns})", re.I)


def _investment_word_near(ctx: Context, money: Mention, previous_end: int) -> re.Match | None:
    """The investment word of an amount: before it ("invest $1.3 billion", "una inversión de"),
    after it ("a $250 million infrastructure investment"), or a facility the amount is the
    cost of ("a $2 billion desalination plant", "une usine de 147 millions de dollars")."""
    text = ctx.text
    start = max(ctx.sentence.begin, money.begin - BEFORE_WINDOW, previous_end)
    spend = words_by_role(ctx.lang, "investment_words").get("spend", frozenset())
    before = [  # "spent the last decade expanding in Peru, where its revenue reached $200 million"
        m
        for m in pattern(ctx.lang, "investment_words", "verb").finditer(text, start, money.begin)
        if " ".join(m.group(0).casefold().split()) not in spend or leads(ctx, m.end(), money.begin)
    ]
    before += [
        m
        for m in pattern(ctx.lang, "investment_words", "noun").finditer(text, start, money.begin)
        if leads(ctx, m.end(), money.begin)
    ]
    before = [m for m in before if not _in_name(ctx, m)]  # "el Régimen de ... Inversiones"
    if before:
        return max(before, key=lambda m: m.start())
    stop = min(ctx.sentence.end, money.end + AFTER_WINDOW + 40)
    after = pattern(ctx.lang, "investment_words", "noun").search(text, money.end, stop)
    if after and qualifies(ctx, money.end, after.start()):
        return after
    verb = pattern(ctx.lang, "investment_words", "verb").match(text, money.end + 1, stop)
    if verb and text[money.end : verb.start()].isspace() and named_after(ctx, verb):
        return verb  # "Más de 1,000 millones de dólares invertirá Kia en ...": amount first
    passive = pattern(ctx.lang, "investment_words", "passive").match(text, money.end + 1, stop)
    if (
        passive
        and text[money.end : passive.start()].isspace()
        and named_after(ctx, passive, by=True)
    ):
        return passive  # "300 millones serán invertidos por Acme", "will be invested by Acme"
    announce = announced(ctx, money, start)
    if announce:
        return announce
    return _facility(ctx, money, start) or _acquired(ctx, money, previous_end)


ACQUIRE_WINDOW = 150  # "va acquérir 30 magasins «cash and carry» de l'enseigne X au Brésil pour"
PRICE_GAP = re.compile(r"[^\S\r\n]*(?:[^\W\d_]+[^\S\r\n]+){0,2}?")  # "for about", "pour environ"


def _acquired(ctx: Context, money: Mention, previous_end: int) -> re.Match | None:
    """'Acme will buy 30 stores in Brazil for about €420 million', 'avec l'acquisition de trois
    parcs au montant de': a verb or noun of buying, then in its clause the price after a price
    word; the price is what the subject spends."""
    text = ctx.text
    start = max(ctx.sentence.begin, previous_end, money.begin - ACQUIRE_WINDOW)
    links = [
        m
        for m in pattern(ctx.lang, "investment_words", "price_link").finditer(
            text, start, money.begin
        )
        if PRICE_GAP.fullmatch(text, m.end(), money.begin)
    ]
    if not links:
        return None
    link = links[0]
    buys = [
        m
        for m in pattern(ctx.lang, "investment_words", "acquire").finditer(
            text, start, link.start()
        )
        if not re.search(r"[;:.!?]", text[m.end() : link.start()])
    ]
    return buys[-1] if buys else None


def _acquires(ctx: Context, trigger: re.Match) -> bool:
    """The investment word is one of buying: what follows it is bought, not the buyer."""
    return bool(pattern(ctx.lang, "investment_words", "acquire").fullmatch(trigger.group(0)))


def _in_name(ctx: Context, word: re.Match) -> bool:
    """An investment word inside a name ("Fondo de Inversiones Acme"): no word of the text."""
    return any(
        m.begin <= word.start() and word.end() <= m.end and m.kind in ("org", "name", "program")
        for m in ctx.names()
    )


def _facility(ctx: Context, money: Mention, start: int) -> re.Match | None:
    """'the $4.4 billion Nueva Centinela project', 'a new factory worth $5 billion'."""
    text = ctx.text
    words = _facility_words(ctx.lang)
    stop = min(ctx.sentence.end, money.end + 60)
    after = words.search(text, money.end, stop)
    if after and qualifies(ctx, money.end, after.start()):
        return after
    for m in words.finditer(text, start, money.begin):
        if FACILITY_LINK.fullmatch(text, m.end(), money.begin):
            return m
    return None


FACILITY_LINK = re.compile(
    # what the facility is of, in one or two lower-case words: "una red de fibra óptica de"
    r"(?:[^\S\r\n]+(?:de|d['’]|of)[^\S\r\n]*(?-i:[a-záéíóúñàâçèêëîïôûü-]+"
    r"(?:[^\S\r\n]+[a-záéíóúñàâçèêëîïôûü-]+)?)(?=[^\S\r\n]+(?:de|d['’]|of)\b))?"
    r"[^\S\r\n]*(?:de|of|worth|valued at|d['’]un montant de|por valor de|valorada en)?"
    r"[^\S\r\n]*",
    re.IGNORECASE,
)


@cache
def _facility_words(lang: str) -> re.Pattern[str]:
    body = "|".join(
        pattern(lang, "investment_words", role).pattern for role in ("facility", "project_name")
    )
    return re.compile(body, re.IGNORECASE)


# after an amount, a relative clause whose subject is the company: ", que le groupe réalise",
# ", which the company will make", ", que la empresa realizará"
_RELATIVE_AFTER = re.compile(r"[^\S\r\n]*,?[^\S\r\n]*(?:que|qu['’]|which|that)[^\S\r\n]*", re.I)


def _made_by_the_company(ctx: Context, money: Mention) -> int | None:
    """Where "the company" stands in a relative clause right after the amount that says it
    makes the investment ("représentent un investissement de 140 millions de dollars, que le
    groupe réalise avec ..."), else None."""
    link = _RELATIVE_AFTER.match(ctx.text, money.end, ctx.sentence.end)
    if not link:
        return None
    company = _the_company(ctx.lang).match(ctx.text, link.end(), ctx.sentence.end)
    return company.start() if company else None


def _first_person(ctx: Context, trigger: re.Match) -> bool:
    """'we will invest', 'invertiremos', 'nous investissons': the speaker's organization."""
    start = max(ctx.sentence.begin, trigger.start() - 30)
    we = pattern(ctx.lang, "investment_words", "we")
    return bool(we.search(ctx.text, start, trigger.end()))


def _speaker_org(ctx: Context, money: Mention) -> Entity | None:
    """Who says 'we': the organization named after the quote ('says X, CEO of Acme'), the
    country when a minister says it, else the article's company."""
    quote = max(ctx.text.rfind(q, money.end, ctx.sentence.end) for q in '”»"')
    if quote < 0:
        return article_company(ctx)
    after = [m for m in _candidates(ctx) if m.begin >= quote and ctx.is_org(m)]
    if after:
        return ctx.entity(after[-1], "Organization")
    titles = [t for t in ctx.of("title") if t.begin >= quote]
    if any(t.label in GOVERNMENT_CATEGORIES for t in titles):
        return ctx.doc.main_country
    return article_company(ctx)


def _company_before(ctx: Context, offset: int, back: int = 2) -> Entity | None:
    """The company 'the company' speaks of, from the nearest sentence (this one before
    `offset`, else one of the `back` before it) that names a company: the article's company
    when that sentence names it, else the nearest one before `offset` here, or the subject (the
    first company) of a sentence before; else the article's company."""
    company = article_company(ctx)
    for index in range(ctx.index, max(-1, ctx.index - back - 1), -1):
        here = Context(ctx.doc, index)
        names = [
            m
            for m in _candidates(here)
            if here.type_of(m) in COMPANY_TYPES and (index < ctx.index or m.end <= offset)
        ]
        if company and any(here.resolution.key_of(m) == company.key for m in names):
            return company
        if names:
            return here.entity(names[-1] if index == ctx.index else names[0], "Organization")
    return company


def _recent(ctx: Context, back: int = 2) -> bool:
    """The article's company is named in this sentence or in one of the `back` before it."""
    company = article_company(ctx)
    if company is None:
        return False
    for index in range(max(0, ctx.index - back), ctx.index + 1):
        if any(ctx.resolution.key_of(m) == company.key for m in ctx.doc.mentions[index]):
            return True
    return False


def _aggregate(ctx: Context, trigger: re.Match, money: Mention) -> bool:
    """A country's or a sector's total: 'foreign investment', 'contratos de inversión'."""
    start = max(ctx.sentence.begin, min(trigger.start(), money.begin) - 30)
    # after the amount, up to the clause's end ("$5 billion in total", "36 mil millones de
    # inversión extranjera"): ", que se suman a los 1.500 millones" adds another amount, it
    # does not make this one a total
    end = min(ctx.sentence.end, max(trigger.end(), money.end) + 60)
    comma = ctx.text.find(",", money.end, end)
    stop = comma if comma >= 0 else end
    verb = pattern(ctx.lang, "investment_words", "verb").fullmatch(trigger.group(0))
    return any(
        # "Acme investira au total 400 millions": the verb's subject spends that in all
        not (verb and m.start() >= trigger.end() and m.end() <= money.begin)
        or ctx.text[trigger.end() : m.start()].strip()
        for m in pattern(ctx.lang, "investment_words", "aggregate").finditer(ctx.text, start, stop)
    )


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


def _candidates(ctx: Context) -> list[Mention]:
    """The names of the sentence that may be an investor: organizations and countries (once
    a sentence: a line of many amounts asks for them at each)."""
    return ctx.memo("investment candidates", lambda: _find_candidates(ctx))


def _find_candidates(ctx: Context) -> list[Mention]:
    names = [
        m for m in ctx.names() if ctx.is_org(m) or _is_country(ctx, m) or _state_itself(ctx, m)
    ]
    return [m for m in names if ctx.type_of(m) != "NewsMediaOrganization" and may_invest(ctx, m)]


STATE_ITSELF = re.compile(r"(?:the\s+)?(?:state|estado|état)\s", re.IGNORECASE)


def _state_itself(ctx: Context, m: Mention) -> bool:
    """'The state of Nuevo León will invest': a state named with its own word."""
    return m.kind == "place" and ctx.type_of(m) == "State" and bool(STATE_ITSELF.match(m.text))


def _investor(
    ctx: Context, trigger: re.Match, money: Mention, floor: int, last: Mention | None = None
) -> Mention | None:
    names = _candidates(ctx)
    # "la inversión de 300 millones de dólares de Acme", "... que realizará Acme": the
    # investor told right after the amount (`last`, the last of its equivalents)
    end = (last or money).end
    after = [m for m in names if m.begin >= end and ctx.is_org(m)]
    if after and linked(ctx, end, after[0].begin):
        return after[0]
    # "... invertirá Kia": the subject right after a verb that follows the amount
    if trigger.start() >= money.end:
        for m in names:
            if m.begin > trigger.end() and AGENT.fullmatch(ctx.text, trigger.end(), m.begin):
                return m
    # "investment ... from Amazon Web Services", "l'investissement de Mercado Libre"; "the
    # project, with an investment of ..., will be developed by Acme" when no subject precedes:
    # "Acme will invest $5m in a plant operated by Brisco" is Acme's
    subject = any(
        floor <= m.end <= trigger.start() and ctx.is_org(m) and not reporter(ctx, m, trigger)
        for m in outside_asides(ctx, names, trigger.start())
    )
    for m in names:
        if m.begin >= trigger.end() and ctx.is_org(m) and not _acquires(ctx, trigger):
            gap = ctx.gap(trigger.end(), m)
            agent = PARTICIPLE_BY.search(gap[-80:])  # it ends the gap: no need to scan it all
            if agent and (subject or agent.group("word").casefold().startswith("financ")):
                continue
            by = len(gap) <= 80 and (FROM_INVESTOR.search(gap) or agent)
            if by or OF_INVESTOR.fullmatch(gap):
                return m
    # "... de la part du gouvernement national": the country is the investor
    if government_after(ctx, (last or money).end):
        return None
    # the subject: the nearest organization before the investment word, outside asides
    names = [
        m for m in outside_asides(ctx, names, trigger.start()) if not reporter(ctx, m, trigger)
    ]
    before = [m for m in names if floor <= m.end <= trigger.start() and ctx.is_org(m)]
    if before:
        companies = [m for m in before if ctx.type_of(m) != "GovernmentOrganization"]
        return (companies or before)[-1]
    before = [m for m in names if floor <= m.end <= trigger.start()]
    if before:
        return before[-1]
    after = [m for m in names if m.begin >= money.end and ctx.is_org(m)]
    gap = ctx.gap(money.end, after[0]) if after else ""
    if after and "," not in gap and re.search(r"(?:\b(?:from|de|by|par)|\bd['’])\s*$", gap):
        return after[0]  # "... en la planta de Acme"; not past a clause (", a obtenu une note de")
    # "Con una inversión de 50 millones, Acme abrió ...": the subject after the amount
    opener = ctx.text[ctx.sentence.begin : trigger.start()]
    if after and WITH.fullmatch(opener) and LEAD.fullmatch(ctx.gap(money.end, after[0])):
        return after[0]
    return None


WITH = re.compile(
    r"[\s“\"«]*(?:with|con|avec)\s+(?:(?:an?|una?|une|this|esta|cette|cet)\s+)?"
    r"(?:(?:total|monto|montant)\s+(?:de\s+|d[’'])?)?",
    re.IGNORECASE,
)
# "Con una inversión de X, la firma Acme ...": a comma, then the subject's article and nouns
LEAD = re.compile(
    r"\s*,\s*(?:(?:the|el|la|le|l[’'])\s*)?(?:[a-záéíóúñàâçèêëîïôûü-]+\s+){0,2}", re.IGNORECASE
)
# a sentence that opens on the investment itself, told of in the sentence before: "La
# inversión, de ...", "Se trata de una inversión de", "The $90 million plant", "Cet
# investissement de"; nothing named before the word
TOLD_BEFORE = re.compile(
    r"[\s“\"«]*(?:(?:se trata de|it is|this is|c[’']est|il s[’']agit d[’'])\s*)?"
    r"(?:the|this|that|its|la|el|esta|este|dicha|dicho|su|l[’']|le|cette|cet|ce|son|sa"
    r"|an?|una?|une)\s*(?:(?:total|new|nueva|nuevo|nouvelle|nouvel)\s+)?",
    re.IGNORECASE,
)


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
        return _finest(ctx, after)
    demonym = demonym_place(ctx, money, until)
    if demonym is not None:
        return demonym
    start = investor.end if investor else ctx.sentence.begin
    between = outside_asides(
        ctx, [m for m in places if start <= m.begin < money.begin], money.begin, investor
    )
    if between:  # "en Saltillo, Coahuila, con una inversión de": the finest of its chain
        chain = [between[-1]]
        for m in reversed(between[:-1]):
            gap = ctx.gap(m, chain[0])
            if len(gap) > 30 or not CHAIN.fullmatch(gap) or any(c in gap for c in ".;"):
                break
            chain.insert(0, m)
        return min(chain, key=lambda m: RANK.get(ctx.type_of(m), 3))
    # "In Nuevo León, Acme will invest ...": a place the sentence opens with
    earlier = [m for m in places if ctx.sentence.begin <= m.begin < start and placed(ctx, m)]
    return earlier[-1] if earlier else None


RANK = {"City": 0, "State": 1, "Country": 2}
CHAIN = re.compile(r"[^\S\r\n]*[,(]?[^\S\r\n]*(?:[\w’'-]+[^\S\r\n]+){0,4}?", re.IGNORECASE)


def _place_in_name(ctx: Context, investor: Mention | None) -> Entity | None:
    """'Waldorf Astoria Cancún', 'Grupo Carso Jalisco': the city or state a business's
    name ends with is where it is, when the sentence names no place."""
    if investor is None or investor.key:
        return None
    words = investor.text.split()
    gazetteer = default_gazetteer()
    for n in (3, 2, 1):
        if len(words) > n:
            entry = gazetteer.match(" ".join(words[-n:]))
            if entry is not None and entry.type in ("City", "State"):
                return ctx.resolution.known_entity(entry.key)
    return None


def _finest(ctx: Context, places: list[Mention]) -> Mention:
    """The finest of the places the text chains after the amount: 'en Monterrey, Nuevo León'
    and 'en Nuevo León, en el municipio de Apodaca' both give the city."""
    chain = [places[0]]
    for m in places[1:]:
        gap = ctx.gap(chain[-1], m)
        if len(gap) > 30 or not CHAIN.fullmatch(gap) or any(c in gap for c in ".;"):
            break
        if _elsewhere(ctx, chain, m):
            break  # "... au Pérou, a-t-il annoncé à Montréal"
        if pattern(ctx.lang, "investment_words", "route").search(gap):
            break  # "dans le sud du Pérou, entre Arequipa et Puno": the ends of a road
        chain.append(m)
    return min(chain, key=lambda m: RANK.get(ctx.type_of(m), 3))


def _elsewhere(ctx: Context, chain: list[Mention], m: Mention) -> bool:
    """A place of another country than the places of the chain: no finer place of it."""
    country = ctx.country_of(m)
    countries = {c.key for c in map(ctx.country_of, chain) if c is not None}
    return country is not None and bool(countries) and country.key not in countries


def _clause_end(ctx: Context, start: int, until: int, investor: Mention | None = None) -> int:
    """Where the amount's clause ends: at a semicolon, or where another organization comes
    ("... US$750 millones en la producción ..., sumado a la instalación de Audi en San José")."""
    stop = ctx.text.find(";", start, until)
    until = stop if stop >= 0 else until
    others = [
        m
        for m in _candidates(ctx)
        if start <= m.begin < until and ctx.is_org(m) and (investor is None or m != investor)
    ]
    return others[0].begin if others else until


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
    last_investor: Mention | None = None
    new_figure: re.Match | None = None
    for n, group in enumerate(groups):
        money = group[0]
        trigger = new_figure or _investment_word_near(ctx, money, floor)
        new_figure = None
        if n + 1 < len(groups) and revised(ctx, group[-1], groups[n + 1][0]):
            # "whose investment rose from $2bn to $2.4bn": the new figure is the investment
            new_figure = trigger or changed_noun(
                ctx, money, max(ctx.sentence.begin, money.begin - BEFORE_WINDOW, floor)
            )
            if new_figure:
                continue
        elided = trigger is None and last_trigger and _elided_investor(ctx, floor, money)
        if elided:  # "Nissan will invest $1 billion in Puebla and Toyota $500 million in ..."
            trigger = last_trigger
            investor_m = elided
        if trigger is None or _gdp_amount(ctx, money) or _aggregate(ctx, trigger, group[-1]):
            if not in_relative_aside(ctx, money.begin, group[-1].end):
                floor = group[-1].end  # "Acme, que registró ventas por N, invertirá": no floor
            continue
        last_trigger, prior = trigger, False
        if not elided:
            investor_m = _investor(ctx, trigger, money, floor, group[-1])
            if investor_m is not None and receiver(ctx, investor_m, trigger):
                floor = group[-1].end  # "Colombia recibió inversiones por ...": a total
                continue
        if _spend_by_other(ctx, trigger, investor_m):
            floor = group[-1].end  # "Mexico spent $2 billion on imports": no company's investment
            continue
        if investor_m is not None and (
            GOVERNMENT_ONLY.fullmatch(investor_m.text) or in_government(ctx, investor_m)
        ):
            investor_m = None  # "el Gobierno federal": the country, below
        if investor_m is None and last_investor and _same_subject(ctx, last_investor, trigger):
            # "Acme, which has invested $5bn since 2010, announced a new $1bn investment"
            investor_m = last_investor
        government = GOVERNMENT.search(
            ctx.text, max(floor, trigger.start() - 40), clause_stop(ctx, group[-1].end, 40)
        )
        if investor_m is None and government:
            investor = government_of(ctx, government)  # "l'investissement du gouvernement"
        elif investor_m is None and (
            the_company := _the_company(ctx.lang).search(ctx.text[ctx.sentence.begin : money.begin])
        ):
            investor = _company_before(ctx, ctx.sentence.begin + the_company.start())
        elif investor_m is None and (
            (maker := _made_by_the_company(ctx, group[-1])) is not None
            or pronoun_subject(ctx, trigger)
        ):
            # "un investissement de 140 millions, que le groupe réalise": the company's, in
            # the project's place told before; "Il investira ...": the article's company
            if maker is not None:
                investor, prior = _company_before(ctx, maker), True
            else:  # the nearest company before is too often a partner of a list
                investor = article_company(ctx)
        elif (
            investor_m is None
            and ctx.index
            and not any(m.begin < group[-1].end for m in _candidates(ctx))
            and TOLD_BEFORE.fullmatch(
                ctx.text, ctx.sentence.begin, min(trigger.start(), money.begin)
            )
        ):
            investor = article_company(ctx) or _company_before(ctx, ctx.sentence.begin, back=1)
            prior = True  # the investment of the sentence before, and its place
        elif investor_m is None and (prior := carried(ctx, trigger)):
            # "la planta, que contempla una inversión de ...": the company of the project
            investor = _company_before(ctx, trigger.start()) or ctx.doc.main_org
        elif investor_m is None and _first_person(ctx, trigger):
            investor = _speaker_org(ctx, money)  # "“We will invest ...,” says X, CEO of Acme"
        else:  # an amount nobody is said to invest stays out (the article's company was tried
            # here: 8 more right on train, 1 more wrong on validation and none right there)
            investor = ctx.entity(investor_m, "Organization") if investor_m else None
        if investor is None:
            floor = group[-1].end
            continue
        last_investor = investor_m or last_investor
        until = groups[n + 1][0].begin if n + 1 < len(groups) else ctx.sentence.end
        until = _clause_end(ctx, group[-1].end, until, investor_m)
        place_m = _place(ctx, group[-1], investor_m, until)
        place = ctx.entity(place_m, "Place") if place_m else None
        if place_m is not None and place_m.kind == "demonym":
            place = ctx.country_of(place_m)  # "en el mercado chileno": Chile
        if place is None and prior:
            place = place_before(ctx)  # the project's place, named in the sentence before
        if place is None and investor_m is None and investor.type in ("State", "City"):
            place = investor  # "el gobierno estatal invertirá ...": in the state itself
        place = place or _place_in_name(ctx, investor_m) or main_region(ctx) or ctx.doc.destination
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


def _spend_by_other(ctx: Context, trigger: re.Match, investor: Mention | None) -> bool:
    """A verb of spending or setting money aside ("spent", "earmarked", "débloque") tells an
    investment only when a company does it (a name nothing types, or "the group"): a country,
    a government or a congress spends a budget, and people spend on goods."""
    spend = words_by_role(ctx.lang, "investment_words").get("spend", frozenset())
    if " ".join(trigger.group(0).casefold().split()) not in spend:
        return False
    if investor is None:  # "the group will spend $40 million": the company it speaks of
        before = ctx.text[ctx.sentence.begin : trigger.start()]
        return not _the_company(ctx.lang).search(before)
    if ctx.type_of(investor) == "":  # "Brisco will spend": people and places are typed
        return not _named_name(ctx, investor)
    return ctx.type_of(investor) not in COMPANY_TYPES


def _named_name(ctx: Context, m: Mention) -> bool:
    """A name nothing types that is one of a company: the article names it again, or it is
    not the sentence's first word ("Tourists spent ..." opens on a plain noun)."""
    cluster = ctx.resolution.cluster(m)
    if cluster is not None and cluster.count > 1:
        return True
    return bool(ctx.text[ctx.sentence.begin : m.begin].strip(" “\"«‘'(¿¡•-–—*"))


def _same_subject(ctx: Context, investor: Mention, trigger: re.Match) -> bool:
    """No other organization, nor a sentence break of a clause (";"), between the investor of
    an earlier amount of the sentence and this amount's investment word."""
    between = [
        m
        for m in _candidates(ctx)
        if investor.end <= m.begin and m.end <= trigger.start() and ctx.is_org(m)
    ]
    return not between and ";" not in ctx.text[investor.end : trigger.start()]


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
