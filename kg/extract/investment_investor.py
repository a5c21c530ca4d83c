"""Who invests an amount: the organization the sentence names as investing it, else the company
a description or the text around points to.

Read by `kg.extract.investments`. The named investor is told right after the amount ("de Acme",
"que realizará Acme"), after the investment word ("from/by/de X", "l'investissement de X"), or
is the nearest organization before the word, outside asides (`_investor`); the candidates are the
sentence's organizations and countries that may invest (`kg.extract.investors`). With none
named: "the company" and what a relative clause after the amount says the company makes point
to the company of the nearest sentence that names one (`_company_before`), "we" to the
organization of the speaker (`_speaker_org`), and "and Toyota $500 million" to the organization
whose verb the sentence leaves out (`_elided_investor`). A verb of spending tells an investment
only when a company does it (`_spend_by_other`).
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.base import GOVERNMENT_CATEGORIES, Context
from kg.extract.investment_amounts import _acquires
from kg.extract.investment_government import government_after
from kg.extract.investment_links import AGENT, PARTICIPLE_BY, linked, reporter
from kg.extract.investors import (
    COMPANY_TYPES,
    article_company,
    dateline_end,
    may_invest,
    outside_asides,
)
from kg.extract.lexicon import pattern, words_by_role
from kg.model import Entity, Mention

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


ARTICLE = r"(?:the|its|la|el|le|l['’]|su|sa|son)"


@cache
def _the_company(lang: str) -> re.Pattern[str]:
    """'the company', 'the US tech giant', 'la empresa estadounidense', 'le géant américain':
    a definite description of a company, one or two words on either side allowed."""
    nouns = pattern(lang, "investment_words", "company").pattern
    return re.compile(rf"\b{ARTICLE}[^\S\r\n]*(?:[\w-]+[^\S\r\n]+){{0,2}}?(?:{nouns})", re.I)


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
        # a company before a school or a public body: "Acme firmó un convenio con la
        # Universidad X ..., con una inversión de": the company spends
        companies = [m for m in before if ctx.type_of(m) not in NOT_SPENDERS]
        return (companies or before)[-1]
    before = [m for m in names if floor <= m.end <= trigger.start()]
    if before:
        return before[-1]
    after = [m for m in names if m.begin >= money.end and ctx.is_org(m)]
    gap = ctx.gap(money.end, after[0]) if after else ""
    if after and "," not in gap and re.search(r"(?:\b(?:from|de|by|par)|\bd['’])\s*$", gap):
        return after[0]  # "... en la planta de Acme"; not past a clause (", a obtenu une note de")
    # "Con una inversión de 50 millones, Acme abrió ...": the subject after the amount
    opener = ctx.text[dateline_end(ctx.text, ctx.sentence.begin, trigger.start()) : trigger.start()]
    if after and WITH.fullmatch(opener) and LEAD.fullmatch(ctx.gap(money.end, after[0])):
        return after[0]
    return None


NOT_SPENDERS = frozenset({"GovernmentOrganization", "EducationalOrganization"})
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
# investissement de", "Montant du contrat : ..."; nothing named before the word
TOLD_BEFORE = re.compile(
    r"[\s“\"«]*(?:(?:se trata de|it is|this is|c[’']est|il s[’']agit d[’'])\s*)?"
    r"(?:(?:the|this|that|its|la|el|esta|este|dicha|dicho|su|l[’']|le|cette|cet|ce|son|sa"
    r"|an?|una?|une)\s*)?(?:(?:total|new|nueva|nuevo|nouvelle|nouvel)\s+)?",
    re.IGNORECASE,
)


def _is_country(ctx: Context, m: Mention) -> bool:
    return m.kind == "place" and ctx.type_of(m) == "Country"


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
