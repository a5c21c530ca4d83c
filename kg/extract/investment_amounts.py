"""Which amounts are investments: the investment word of each amount, and the amounts that
restate it or are no investment.

Read by `kg.extract.investments` and `kg.extract.investments_other`. An amount's investment
word stands before it ("invest $1.3 billion", "una inversión de"), after it ("a $250 million
infrastructure investment"), or is a facility the amount is the cost of ("a $2 billion
desalination plant") or a purchase it is the price of ("will buy 30 stores in Brazil for about
€420 million"); a word inside a name ("Fondo de Inversiones Acme") is none. Amounts that
restate the one before in another currency are grouped as its equivalents. A country's or a
sector's total ("foreign investment") and an amount said of the GDP are no investment.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.base import Context
from kg.extract.investment_links import announced, leads, named_after, qualifies
from kg.extract.lexicon import pattern, words_by_role
from kg.model import Mention, Money

BEFORE_WINDOW = 90  # "financements de l’Agence française de développement (AFD) à hauteur de"
AFTER_WINDOW = 6  # "US $5 billion investment", "2,5 milliards de dollars d'investissements"
EQUIVALENT_GAP = re.compile(
    r"\s*(?:\(|,|—|–|-)?\s*(?:or|o|ou|y|and|soit|i\.e\.|about|around|some|roughly|unos|unas"
    r"|aproximadamente|alrededor de|environ|près de|quelque|equivalent to|equivalente a"
    r"|es decir,?|that is,?|c['’]est-à-dire)?\s*"
    r"(?:about|around|some|unos|unas|environ)?\s*$",
    re.IGNORECASE,
)


GDP_CONTEXT = 60


def money_of(m: Mention) -> Money:
    """The amount a money mention states, its words as one line ("dos\r\n millones" read
    across a wrap is "dos millones")."""
    return Money(m.value, m.unit, " ".join(m.text.split()), m.qualifier)


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
        if not re.search(r"[;:.!?]", _without_names(ctx, m.end(), link.start()))
    ]
    return buys[-1] if buys else None


def _without_names(ctx: Context, begin: int, end: int) -> str:
    """The text between two offsets with the names in it blanked out: the full stop of
    'Brisco Inc.' is the name's, not a clause's end."""
    chars = list(ctx.text[begin:end])
    for m in ctx.names():
        for i in range(max(m.begin, begin), min(m.end, end)):
            chars[i - begin] = " "
    return "".join(chars)


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
