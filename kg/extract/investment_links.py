"""The words around an investment's amount: what links an investment word, its investor and
its place to the amount.

Read by the investment rule (`kg.extract.investments`, `investment_amounts`,
`investment_investor`): whether an investment noun leads to the amount after it
("una inversión superior a los"), a word after the amount qualifies it ("a $250 million
infrastructure investment"), the investor is told after the amount ("de Acme", "que realizará
Acme", "invertidos por Acme"), a verb announces it ("anunció N para su planta"), a project
carries it ("la planta contempla una inversión de"), a name only reports it ("según X"), and,
when the sentence names no place, the region the article is about.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from kg.extract.base import Context
from kg.extract.investors import DATELINE
from kg.extract.lexicon import pattern, words_by_role
from kg.gazetteer import default as default_gazetteer
from kg.model import Entity, Mention

PLACE_TYPES = ("City", "State", "Country")


def announced(ctx: Context, money: Mention, start: int) -> re.Match | None:
    """'Acme anunció 300 millones de dólares para su planta', 'announced $300 million for':
    an announcing verb right before the amount, and what the amount is for right after it."""
    text = ctx.text
    found = [
        m
        for m in pattern(ctx.lang, "investment_words", "announce").finditer(
            text, start, money.begin
        )
        if AMOUNT_LEAD.fullmatch(text, m.end(), money.begin)
    ]
    purpose = pattern(ctx.lang, "investment_words", "purpose")
    after = re.match(rf"[^\S\r\n]*(?:{purpose.pattern})", text[money.end : ctx.sentence.end], re.I)
    return found[-1] if found and after else None


# between an announcing verb and its amount: "anunció más de", "announced about", "unveiled a"
AMOUNT_LEAD = re.compile(
    r"[^\S\r\n]*(?:(?:an?|new)[^\S\r\n]+)*"
    r"(?:(?:más de|unos|unas|cerca de|alrededor de|more than|over|about|around|some"
    r"|plus de|environ|près de)[^\S\r\n]+)?",
    re.IGNORECASE,
)


AFTER_GAP = re.compile(r"[^\S\r\n]*(?:[\w’'-]+[^\S\r\n]*){0,3}")  # no punctuation, 3 words


WORD = re.compile(r"[^\W\d_]+")


def leads(ctx: Context, end: int, begin: int, also: str = "") -> bool:
    """An investment noun leads to the amount after it when the words between are names,
    figures or words that qualify it or link it to its amount ("una inversión superior a los",
    "investment equivalent to", "l'investissement du gouvernement national sera de"): other
    words ("la inversión en el sector creció hasta ...") tell of something else."""
    allowed = _lead_words(ctx.lang) | words_by_role(ctx.lang, "investment_words").get(
        also, frozenset()
    )
    names = [(m.begin, m.end) for m in ctx.names() if end <= m.begin and m.end <= begin]
    return all(
        w.group(0)[0].isupper()
        or w.group(0).casefold() in allowed
        or any(b <= w.start() < e for b, e in names)
        for w in WORD.finditer(ctx.text, end, begin)
    )


@cache
def _lead_words(lang: str) -> frozenset[str]:
    """amount_lead words, and the words of the facilities and projects an investment is in
    ("la inversión en su planta de Celaya asciende a", "l'investissement dans son usine")."""
    roles = words_by_role(lang, "investment_words")
    words = set(roles.get("amount_lead", frozenset()))
    for role in ("facility", "project", "project_name"):
        words.update(w.casefold() for phrase in roles.get(role, ()) for w in phrase.split())
    return frozenset(words)


def qualifies(ctx: Context, end: int, word: int) -> bool:
    """An investment word a few words after an amount names what the amount is ("$250
    million infrastructure investment"), unless a conjunction or an article between opens
    another phrase ("80 millones de utilidad y una inversión de ...")."""
    if not AFTER_GAP.fullmatch(ctx.text, end, word):
        return False
    return not pattern(ctx.lang, "investment_words", "phrase_break").search(ctx.text, end, word)


SPACES = re.compile(r"\s+")


def named_after(ctx: Context, verb: re.Match, by: bool = False) -> bool:
    """An organization right after the verb: its subject, told after it; with `by`, after an
    agent's preposition ("invertidos por Acme", "invested by Acme", "investis par Acme")."""
    gap = AGENT if by else SPACES
    return any(
        m.begin > verb.end() and gap.fullmatch(ctx.text, verb.end(), m.begin) and ctx.is_org(m)
        for m in ctx.names()
    )


CARRIED_GAP = re.compile(
    r"[^\S\r\n]*(?:(?:an?|una?|une)[^\S\r\n]+)?(?:(?:total|totale)[^\S\r\n]+)?", re.IGNORECASE
)  # "is the result of a total investment of"


def carried(ctx: Context, trigger: re.Match) -> bool:
    """'El proyecto contempla una inversión de', 'the work will require an investment of',
    'une unité ... correspondant à un investissement de': an investment noun right after a verb
    by which a project, a plant or a work has it, told of within a few words before."""
    text, begin = ctx.text, ctx.sentence.begin
    start = max(begin, trigger.start() - 120)
    carry = [
        m
        for m in pattern(ctx.lang, "investment_words", "carry").finditer(
            text, start, trigger.start()
        )
        if CARRIED_GAP.fullmatch(text, m.end(), trigger.start())
    ]
    if not carry or pattern(ctx.lang, "investment_words", "verb").fullmatch(trigger.group(0)):
        return False
    things = "|".join(
        pattern(ctx.lang, "investment_words", role).pattern
        for role in ("project", "facility", "project_name")
    )
    before = text[max(begin, carry[-1].start() - 80) : carry[-1].start()]
    return bool(re.search(things, before, re.IGNORECASE))


def place_before(ctx: Context) -> Entity | None:
    """The first city, state or country of the sentence before, past its dateline, other
    than an owner's."""
    if not ctx.index:
        return None
    before = Context(ctx.doc, ctx.index - 1)
    dateline = DATELINE.match(ctx.text, before.sentence.begin, before.sentence.end)
    places = [m for m in before.of("place") if before.type_of(m) in PLACE_TYPES]
    # past the dateline, a place other than an owner's ("Taiwan's Chen Hsing Group")
    places = [
        m
        for m in places
        if not (dateline and m.end <= dateline.end())
        and not re.match(r"['’]s\b", ctx.text[m.end : m.end + 3])
    ]
    return before.entity(places[0]) if places else None


SPEECH_GAP = re.compile(r"[^\S\r\n,]*(?:[\w’'-]+[^\S\r\n]+){0,2}?")  # "también informó"


def reporter(ctx: Context, m: Mention, trigger: re.Match) -> bool:
    """Who tells of the investment, not who makes it: the source of 'según X', 'according to
    X', 'selon X', and a government body that says or stresses an investment told as a noun
    ('la Secretaría informó que la inversión de ...', 'ProColombia destacó la inversión de')."""
    text = ctx.text
    source = pattern(ctx.lang, "speech_words", "source")
    before = text[max(ctx.sentence.begin, m.begin - 30) : m.begin]
    if re.search(
        rf"(?:{source.pattern})\s*(?:(?:the|el|la|los|las|le|les|l['’])\s*)?$", before, re.I
    ):
        return True
    if ctx.type_of(m) != "GovernmentOrganization" or m.end > trigger.start():
        return False
    if pattern(ctx.lang, "investment_words", "verb").fullmatch(trigger.group(0)):
        return False  # "el Ministerio informó que invertirá": its own investment
    said = pattern(ctx.lang, "speech_words", "verb").search(text, m.end, trigger.start())
    return bool(said) and bool(SPEECH_GAP.fullmatch(text, m.end, said.start()))


def receiver(ctx: Context, m: Mention, trigger: re.Match) -> bool:
    """Who gets the investment, not who makes it: the subject of a verb by which a place or a
    body draws others' investment ("Colombia recibió inversiones por", "Sonora atrajo", "a
    attiré"); for a country, a state or a government body also of a verb that only tallies it
    ("México cerró el año con inversiones por", "ProColombia suma inversiones por") and of an
    investment noun alone ("Costa Rica, destino de inversión, con 3.000 millones")."""
    if m.end > trigger.start():
        return False
    text = ctx.text
    for role in ("attract", "receive"):
        if pattern(ctx.lang, "investment_words", role).search(text, m.end, trigger.start()):
            return True
    public = m.kind == "place" or ctx.type_of(m) == "GovernmentOrganization"
    if not public:
        return False
    if pattern(ctx.lang, "investment_words", "tally").search(text, m.end, trigger.start()):
        return True
    verb = pattern(ctx.lang, "investment_words", "verb")
    return m.kind == "place" and not verb.fullmatch(trigger.group(0))


# between a verb after the amount and its subject: "invertirá Kia", "invertidos por Kia"
AGENT = re.compile(r"\s+|[^\S\r\n]*(?:by|por|par|por parte de|de la part de)[^\S\r\n]+", re.I)


def linked(ctx: Context, end: int, begin: int) -> bool:
    """Only an investor link ("de", "por parte de", "que realizará", "from") between an amount
    and the name after it."""
    gap = ctx.text[end:begin]
    link = pattern(ctx.lang, "investment_words", "investor_link")
    company = pattern(ctx.lang, "investment_words", "company")
    # "que realizará la firma (estadounidense) Vextra": the kind of company, then its name
    kind = rf"(?:[^\S\r\n]+(?:the|la|el|le|l[’'])[^\S\r\n]*(?:{company.pattern})(?:\s+[^\W\d_]+)?)?"
    return bool(
        re.fullmatch(rf"[^\S\r\n]*(?:{link.pattern}){kind}[^\S\r\n]*", gap, re.IGNORECASE)
    )


REGION_LEAST = 3  # named at least this often, and more than any other of its country


def main_region(ctx: Context) -> Entity | None:
    """The state or city of the article's destination country that the article names most, when
    it names it at least `REGION_LEAST` times and more often than any other: an article about
    one region places there an investment whose sentence names no place (regional news give the
    city or the state, not the country)."""
    country = ctx.doc.destination
    if country is None:
        return None
    gazetteer = default_gazetteer()
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, Mention]] = {}
    for index, mentions in enumerate(ctx.doc.mentions):
        for m in mentions:
            entry = gazetteer.get(m.key) if m.kind == "place" and m.key else None
            if entry is None or entry.type not in ("State", "City") or entry.country != country.key:
                continue
            counts[m.key] += 1
            first.setdefault(m.key, (index, m))
    ranked = counts.most_common(2)
    if (
        not ranked
        or ranked[0][1] < REGION_LEAST
        or len(ranked) > 1
        and ranked[1][1] == ranked[0][1]
    ):
        return None
    index, m = first[ranked[0][0]]
    return Context(ctx.doc, index).entity(m)


# "will be developed by", "será desarrollado por", "sera réalisé par": a participle and its agent
PARTICIPLE_BY = re.compile(
    r"\b(?P<word>[^\W\d_]+(?:ed|en|ado|ada|ados|adas|ido|ida|idos|idas|é|ée|és|ées|i|is|it))"
    r"[^\S\r\n]+(?:by|por|par)[^\S\r\n]*$",
    re.IGNORECASE,
)


# "in its Peruvian operations", "en el mercado chileno", "sur le marché brésilien": a locative,
# then a few lower-case words, then the demonym
DEMONYM_SITE = re.compile(
    r"[^\S\r\n]*(?:in|into|at|en|a|al|dans|sur|au|aux)[^\S\r\n]+"
    r"(?:[a-záéíóúñàâçèêëîïôûü’'-]+[^\S\r\n]+){1,3}",
    re.IGNORECASE,
)


def demonym_place(ctx: Context, money: Mention, until: int) -> Mention | None:
    """The country of a demonym after the amount, when the sentence names no place there:
    'will invest $300m in its Peruvian operations' is in Peru. A demonym before a name says
    where a company is from ('en la firma chilena Acme'), and is no place."""
    found = [m for m in ctx.of("demonym") if money.end <= m.begin < until and m.key]
    if not found or ctx.type_of(found[0]) != "Country":
        return None
    m = found[0]
    if not DEMONYM_SITE.fullmatch(ctx.text, money.end, m.begin):
        return None
    if any(m.end <= n.begin <= m.end + 40 for n in ctx.names()):
        return None
    return m


def changed_noun(ctx: Context, money: Mention, start: int) -> re.Match | None:
    """The investment noun of a changed figure: 'la inversión de Acme pasó de', 'its
    investment in Chile went from' (names and change verbs between)."""
    nouns = [
        m
        for m in pattern(ctx.lang, "investment_words", "noun").finditer(
            ctx.text, start, money.begin
        )
        if leads(ctx, m.end(), money.begin, also="change")
    ]
    return nouns[-1] if nouns else None


REVISED_TO = re.compile(r"[^\S\r\n]*(?:to|a|à|hasta)[^\S\r\n]+", re.IGNORECASE)


def revised(ctx: Context, old: Mention, new: Mention) -> bool:
    """'passed from US$2,000 to US$2,400 million', 'aumentó de 300 a 450 millones', 'est passé
    de 2 à 3 milliards': a change verb (`change` in investment_words.txt), then the old
    figure after from/de and the new one after to/a/à; the new one is the investment."""
    if not REVISED_TO.fullmatch(ctx.text, old.end, new.begin):
        return False
    change = pattern(ctx.lang, "investment_words", "change").pattern
    before = ctx.text[max(ctx.sentence.begin, old.begin - 60) : old.begin]
    return bool(
        re.search(
            rf"(?:{change})[^\S\r\n]+(?:[\w’'-]+[^\S\r\n]+){{0,5}}?(?:from|de|desde)"
            r"[^\S\r\n]+(?:(?:the|an?|its|los|las|unos|les|l['’])[^\S\r\n]*)?"
            r"(?:(?:initial|original|previous|inicial|iniciales|initial|initiaux|initiale)"
            r"[^\S\r\n]+)?$",
            before,
            re.IGNORECASE,
        )
    )
