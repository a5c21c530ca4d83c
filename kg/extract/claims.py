"""Quantity claims: jobs, trainees, GDP contribution, people reached, with their period.

A counted noun says what a number counts: jobs words make a jobs claim; people words make a
trainees claim when the sentence speaks of training, and a people-reached claim when it speaks
of reaching or connecting; companies supported make an `other` claim. An amount of money next
to a GDP word is a GDP contribution. The claim is about the investor of the sentence's
investment, else the organization that is the sentence's subject, else the company the
article is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from kg.extract.base import Context
from kg.extract.investment_amounts import gdp_follows
from kg.extract.lexicon import pattern, role_of, words_by_role
from kg.extract.roles import is_portfolio_word
from kg.model import Claim, Entity, Mention, Period
from kg.recognize.numbers import find_numbers
from kg.text import fold

LOOKAHEAD = 48
NEAR = 60  # how far a training or hiring word may stand from the number it speaks of
GDP_WINDOW = 70
GDP_SHARE_BEFORE = 40  # "contribute about" ... "0.4%"
GDP_SHARE_AFTER = 40  # "0.4%" ... "of Peru's gross domestic product"


# phrases of training and reach with function words ("a course for", "des cours à", "signed
# up"): roles of their own, so that the name recognizer, which reads the words of the fact
# verbs, never takes "for" or "à" for a verb
_PHRASES = {"train": "course", "reach": "served"}


@cache
def _words(lang: str, role: str) -> re.Pattern[str]:
    """The words of a role and of its phrases with function words, as one pattern."""
    by_role = words_by_role(lang, "claim_words")
    words = sorted(by_role.get(role, set()) | by_role.get(_PHRASES[role], set()), key=len)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in reversed(words))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _counted(ctx: Context, q: Mention) -> str | None:
    """What a quantity counts, from its unit or the words right after it."""
    if q.unit == "percent":
        return None
    role = role_of(ctx.lang, "claim_words", q.unit or "") if q.unit else None
    if role:
        return role
    start = q.end - len(q.unit) if q.unit and q.text.endswith(q.unit) else q.end
    tail = ctx.text[start : min(ctx.sentence.end, start + LOOKAHEAD)]  # "800 fuentes de trabajo"
    tail = re.split(r"[,.;:()]", tail, maxsplit=1)[0]
    for role in ("jobs", "people", "orgs"):
        m = pattern(ctx.lang, "claim_words", role).search(tail)
        if m and len(tail[: m.start()].split()) <= 4:
            return role
    if q.unit and _trained_directly(ctx, q):
        return "people"  # "will train 1,400 cashiers", "formará a 300 instaladores"
    return None


def _trained_directly(ctx: Context, q: Mention) -> bool:
    """A training verb right before the number ('train', 'formar a', 'former'): what it
    counts are people, whatever their trade, unless a counted thing ('300 hours')."""
    unit = q.unit.casefold()
    if not unit.endswith(("s", "x")) or role_of(ctx.lang, "claim_words", unit) == "thing":
        return False
    before = ctx.text[max(ctx.sentence.begin, q.begin - 40) : q.begin]
    verbs = list(_words(ctx.lang, "train").finditer(before))
    return bool(verbs) and bool(TRAINED_LINK.fullmatch(before, verbs[-1].end()))


# between a training verb and its number: "train up to", "formar a", "former plus de",
# "a course for", "formerons aussi"
TRAINED_LINK = re.compile(
    r"\s+(?:(?:a|à|to|for|para|pour|also|también|además|aussi|up to|hasta|about|around|some"
    r"|more than|over|nearly|cerca de|más de"
    r"|unos|unas|alrededor de|près de|plus de|environ|quelque|jusqu'à)\s+)*",
    re.IGNORECASE,
)


def _after_with(ctx: Context, withs: re.Pattern[str], m: Mention) -> bool:
    """'... with Telefónica': the name follows a "with" word in its own phrase (no comma
    between: "with Telefónica, the University ..." leaves the university the subject)."""
    window = ctx.text[max(ctx.sentence.begin, m.begin - 24) : m.begin]
    found = list(withs.finditer(window))
    return bool(found) and not re.search(r"[,;:()]", window[found[-1].end() :])


def _subject(ctx: Context, before: int) -> Entity | None:
    """What a figure is about: the organization the sentence starts from ("Kia signed an
    agreement with Siemens to train 5,000 people" is about Kia), never a partner named after
    a "with" word; a name of unknown type only when no known organization fits."""
    withs = pattern(ctx.lang, "partnership_words", "with")
    orgs = [
        m
        for m in ctx.names()
        if m.end <= before
        and ctx.is_org(m)
        and ctx.type_of(m) not in ("GovernmentOrganization", "NewsMediaOrganization")
        and not _after_with(ctx, withs, m)
    ]
    typed = [m for m in orgs if m.kind != "name"]
    if typed:
        return ctx.entity(typed[0], "Organization")
    # a name of unknown type only as the sentence's subject: "L'usine de Renault créera ..."
    opening = [m for m in orgs if len(ctx.text[ctx.sentence.begin : m.begin].split()) <= 3]
    if opening and not is_portfolio_word(fold(opening[0].text)):
        return ctx.entity(opening[0], "Organization")
    return ctx.doc.main_org


def _period(ctx: Context, near: Mention) -> Period | None:
    periods = sorted(ctx.of("period"), key=lambda p: abs(p.begin - near.end))
    if not periods:
        return None
    p = periods[0]
    return Period(text=p.text, duration=p.label or None, end=str(int(p.value)) if p.value else None)


def _unit(ctx: Context, kind: str, q: Mention, period: Period | None) -> str:
    base = {"jobs": "jobs", "trainees": "people", "people_reached": "people"}.get(
        kind, q.unit or ""
    )
    if period and period.duration == "P1Y" and kind == "jobs":
        return "jobs per year"
    return base


_ELIDED = "\x00elided"  # label of a figure whose noun is the figure's before it
_CONJUNCTION = re.compile(
    r"\s(?:and|y|e|et|plus|as well as|además de|en plus de)\s+(?:(?:up to|hasta|jusqu'à)\s+)?"
)
_PREPOSITION = re.compile(
    r"(?:in|by|over|during|within|before|until|en|para|durante|dentro|antes|hasta|dans|d'ici|"
    r"pour|sur|avant|pendant|lors|jusqu)\b",
    re.IGNORECASE,
)


def _with_elided(ctx: Context) -> list[Mention]:
    """The sentence's quantities, each followed by the bare figures that count the same thing
    with the noun left out: "to train 700 nurses this year and 2,000 by 2030" (a conjunction
    within the clause, then a number with a preposition, a mark or nothing after it)."""
    out: list[Mention] = []
    quantities = list(ctx.of("quantity"))
    for index, q in enumerate(quantities):
        out.append(q)
        if q.unit == "percent":
            continue
        stop = quantities[index + 1].begin if index + 1 < len(quantities) else ctx.sentence.end
        clause = re.split(r"[.;:()]", ctx.text[q.end : min(stop, q.end + 60)], maxsplit=1)[0]
        numbers = []
        for link in _CONJUNCTION.finditer(clause):
            at = q.end + link.end()
            numbers = [n for n in find_numbers(ctx.text, ctx.lang, at, stop)[:1] if n.begin == at]
            if numbers:
                break
        if not numbers or numbers[0].percent:
            continue
        number = numbers[0]
        if number.digits and not number.scaled and 1900 <= number.value <= 2100:
            continue  # "in 2022 and 2023": years, not figures
        after = ctx.text[number.end : min(stop, number.end + 16)].lstrip()
        if after and after[0].isalpha() and not _PREPOSITION.match(after):
            continue
        out.append(
            replace(
                q,
                begin=number.begin,
                end=number.end,
                value=number.value,
                text=ctx.text[number.begin : number.end],
                label=_ELIDED,
                unit=q.unit,
                qualifier=None,
            )
        )
    return out


def _clause_words(
    ctx: Context, q: Mention, train: re.Match[str], hire: re.Match[str]
) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """A training word and a hiring word both near a number: the one in the number's own
    clause speaks of it ("will employ 300 workers, and 140 technicians will be trained")."""
    text, s = ctx.text, ctx.sentence
    before = re.split(r"[,;:()]", text[max(s.begin, q.begin - NEAR) : q.begin])[-1]
    after = re.split(r"[,;:()]", text[q.end : min(s.end, q.end + NEAR)], maxsplit=1)[0]
    clause = before + " " + after
    trains = _words(ctx.lang, "train").search(clause)
    hires = pattern(ctx.lang, "claim_words", "hire").search(clause)
    if trains and not hires:
        return train, None
    if hires and not trains:
        return None, hire
    return train, hire


# a bare figure of an answer: "unos 900.", "Environ 250 à terme, et 400 pendant le chantier."
_BARE_AFTER = re.compile(
    r"\s*(?:[,.;:!?)\u2014-]|$|(?:à|a|al|at|on|in|by|en|pour|para|durante|during|pendant)\b)",
    re.IGNORECASE,
)


def _asked(ctx: Context) -> str | None:
    """The kind of claim the sentence before asks for, when it is a question of how many
    ("How many jobs?", "¿Cuántos empleos?", "Combien d'emplois ?"): the bare figures of the
    answer count what it asks about."""
    if ctx.index == 0:
        return None
    before = ctx.doc.sentences[ctx.index - 1]
    question = ctx.text[before.begin : before.end].strip()
    if not question.endswith("?") or len(question.split()) > 8:
        return None
    if not pattern(ctx.lang, "claim_words", "how_many").search(question):
        return None
    if pattern(ctx.lang, "claim_words", "jobs").search(question):
        return "jobs"
    if pattern(ctx.lang, "claim_words", "people").search(question):
        if _words(ctx.lang, "train").search(question):
            return "trainees"
        if pattern(ctx.lang, "claim_words", "hire").search(question):
            return "jobs"
    return None


def _answers(ctx: Context) -> Iterator[tuple[str, Mention]]:
    """The bare figures of an answer to a how-many question, as quantities of its kind."""
    kind = _asked(ctx)
    if kind is None:
        return
    s = ctx.sentence
    taken = [(m.begin, m.end) for m in ctx.mentions if m.kind in ("quantity", "money", "date")]
    for number in find_numbers(ctx.text, ctx.lang, s.begin, s.end):
        if number.percent or number.currency or any(b <= number.begin < e for b, e in taken):
            continue
        if number.digits and not number.scaled and 1900 <= number.value <= 2100:
            continue
        if not _BARE_AFTER.match(ctx.text, number.end, s.end):
            continue
        yield (
            kind,
            Mention(
                kind="quantity",
                text=ctx.text[number.begin : number.end],
                begin=number.begin,
                end=number.end,
                value=number.value,
            ),
        )


def _learners(ctx: Context, q: Mention) -> bool:
    """People counted by a noun that says they are trained: apprentices, interns, scholarships."""
    learners = words_by_role(ctx.lang, "claim_words").get("learner", frozenset())
    return bool(q.unit) and q.unit.casefold() in learners


def _gdp_shares(ctx: Context) -> Iterator[Mention]:
    """Percentages of GDP a project is said to add: "would contribute 0.4% of the country's
    GDP", "aportará 1,2 % al PIB", "contribuer à hauteur de 0,3 % au PIB". A contribution word
    before the figure and a GDP word right after it; a share of GDP without one (growth, a
    deficit, a sector's weight) is no claim."""
    text, s = ctx.text, ctx.sentence
    gdp = pattern(ctx.lang, "claim_words", "gdp")
    adds = pattern(ctx.lang, "claim_words", "contribute")
    for q in ctx.of("quantity"):
        if q.unit != "percent":
            continue
        after = re.split(r"[,;:()]", text[q.end : min(s.end, q.end + GDP_SHARE_AFTER)], maxsplit=1)
        before = text[max(s.begin, q.begin - GDP_SHARE_BEFORE) : q.begin]
        if not gdp.search(after[0]):
            if _gdp_lifted(ctx, q):
                yield q
            continue
        found = list(adds.finditer(before))
        if found and not re.search(r"[;:()]", before[found[-1].end() :]):
            yield q


# between the GDP word a project lifts and the share: "the state's GDP by 1.2%"
_LIFTED_BY = re.compile(
    r"[^,;:()]{0,30}?\s(?:by|en|de|d'|of)\s*(?:(?:about|around|some|unos|unas|cerca de|environ"
    r"|près de|up to|hasta|jusqu'à)\s+)?\Z",
    re.IGNORECASE,
)


def _gdp_lifted(ctx: Context, q: Mention) -> bool:
    """A share after the GDP word a contribution verb lifts: "would lift the state's gross
    domestic product by 1.2%", "elevará el PIB estatal en 1,2 %", "augmentera le PIB de
    l'État de 1,2 %"."""
    text, s = ctx.text, ctx.sentence
    window = text[max(s.begin, q.begin - GDP_WINDOW) : q.begin]
    gdps = list(pattern(ctx.lang, "claim_words", "gdp").finditer(window))
    if not gdps or not _LIFTED_BY.match(window, gdps[-1].end()):
        return False
    lift = window[max(0, gdps[-1].start() - 24) : gdps[-1].start()]
    return bool(pattern(ctx.lang, "claim_words", "contribute").search(lift))


RATIO = re.compile(
    r"(?<!\w)(?:por\s+cada|for\s+(?:each|every)|pour\s+chaque)\s+[^,.;]{0,40}\Z", re.IGNORECASE
)


def find_claims(ctx: Context) -> Iterator[Claim]:
    text, s = ctx.text, ctx.sentence
    reach = _words(ctx.lang, "reach").search(text, s.begin, s.end)
    previous: tuple[str | None, Mention | None] = (None, None)
    for q in _with_elided(ctx):
        if RATIO.search(text, max(s.begin, q.begin - 60), q.begin):
            continue  # "por cada empleo directo creará tres indirectos": a ratio, no count
        counted = _counted(ctx, q)
        if q.label == _ELIDED:
            counted = previous[0]
        elif previous[0] == "jobs" and re.search(r"(?<!\w)(?:in)?direct", q.text, re.IGNORECASE):
            counted = "jobs"  # "2.000 empleos directos y 6.000 indirectos", "5,000 indirect ones"
        previous = (counted, q)
        near = text[max(s.begin, q.begin - NEAR) : min(s.end, q.end + NEAR)]
        train = _words(ctx.lang, "train").search(near)
        hire = pattern(ctx.lang, "claim_words", "hire").search(near)
        if train and hire:
            train, hire = _clause_words(ctx, q, train, hire)
        if counted == "jobs" or counted == "people" and hire:
            kind = "jobs"
        elif counted == "people" and (train or _learners(ctx, q)):
            kind = "trainees"
        elif counted == "people" and reach:
            kind = "people_reached"
        elif counted == "orgs" and (
            reach or re.search(r"\bsupport|apoy|soutien|accompagn", text[s.begin : s.end], re.I)
        ):
            kind = "other"
        else:
            continue
        subject = _subject(ctx, q.begin)
        if subject is None:
            continue
        period = _period(ctx, q)
        yield Claim(
            subject=subject,
            claim=kind,
            value=q.value,
            unit=_unit(ctx, kind, q, period) if kind != "other" else (q.unit or "items"),
            period=period,
            qualifier=q.qualifier,
            evidence=ctx.evidence(q.begin, q.end, f"claims.{kind}", confidence=0.8),
        )
    for kind, answer in _answers(ctx):
        subject = _subject(ctx, answer.begin)
        if subject is not None:
            period = _period(ctx, answer)
            yield Claim(
                subject=subject,
                claim=kind,
                value=answer.value,
                unit=_unit(ctx, kind, answer, period),
                period=period,
                qualifier=None,
                evidence=ctx.evidence(answer.begin, answer.end, f"claims.{kind}", confidence=0.6),
            )
    for share in _gdp_shares(ctx):
        subject = _subject(ctx, share.begin)
        if subject is not None:
            yield Claim(
                subject=subject,
                claim="gdp_contribution",
                value=share.value,
                unit="percent",
                period=_period(ctx, share),
                qualifier=share.qualifier,
                evidence=ctx.evidence(
                    share.begin, share.end, "claims.gdp_contribution", confidence=0.7
                ),
            )
    gdp = pattern(ctx.lang, "claim_words", "gdp")
    for money in ctx.of("money"):
        window_begin = max(s.begin, money.begin - GDP_WINDOW)
        window = text[window_begin : min(s.end, money.end + GDP_WINDOW)]
        if not gdp.search(window):
            continue
        investment_before = pattern(ctx.lang, "investment_words", "noun").search(
            text, max(s.begin, money.begin - 25), money.begin
        ) or pattern(ctx.lang, "investment_words", "verb").search(
            text, max(s.begin, money.begin - 25), money.begin
        )
        if investment_before and not gdp_follows(ctx, money):
            continue
        subject = _subject(ctx, money.begin)
        if subject is None:
            continue
        yield Claim(
            subject=subject,
            claim="gdp_contribution",
            value=money.value,
            unit=money.unit,
            period=_period(ctx, money),
            qualifier=money.qualifier,
            evidence=ctx.evidence(
                money.begin, money.end, "claims.gdp_contribution", confidence=0.8
            ),
        )
