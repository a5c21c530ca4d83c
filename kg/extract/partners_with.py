"""Partnerships told with a "with" word: "partnering with Viasat", "alianzas con el Conalep
y el TecNM", "la collaboration d'AWS avec ... le Conalep et le TecNM".

A partnership word (a noun, a verb, a verb that forms one with a noun after it, a participle
of association: "est associé à") and a "with" word after it, or inside it ("work with", "de la
mano de", "in partnership with"). Between the two: nothing, one word ("partnership agreement
with"), the noun's complement ("convenio de colaboración con"), how long it has run ("depuis
2020"), a day ("firmó el martes con"), a participle of signing or the first party ("la
collaboration d'AWS avec"), not a verb phrase; "de acuerdo con", "in agreement with" is
"according to". The first party is the organization between the word and "with" (not a name in
quotes, the agreement's), else the nearest one before the word, else the one after a fronted
clause, else the company the article is about (unless others are named before the word, or the
company is one of the partners: then who joins them is unsaid; "an agreement was signed with
Huawei" is the article country's). The partners after "with" come from
`partners_with_list.py`, the first party's shapes from `partners_with_first.py`, the names of a
stretch from `partners_mentions.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import product

from kg.extract.base import Context
from kg.extract.lexicon import pattern
from kg.extract.partners import clause_end
from kg.extract.partners_fronted import subject_before
from kg.extract.partners_joint import associated, is_governed, parent_of_subject, party_entity
from kg.extract.partners_mentions import _is_main, _partner_mentions
from kg.extract.partners_subjects import body_begin, country_subject, is_country, junk, pair_of
from kg.extract.partners_with_first import (
    _company_before,
    _described,
    _main_clause,
    _reported_clause,
    _subject_after,
    _subject_before,
    _with_coordinated,
)
from kg.extract.partners_with_list import (
    NOUN_AFTER,
    SUPPORT_OF,
    _colon_list,
    _first_item,
    _members,
    _names_noun,
    _next_items,
    _officials_beside,
    clause_ends,
)
from kg.model import Entity, Mention, Partnership
from kg.text import lang_lines

# "de acuerdo con", "in agreement with", "d'accord avec": according to, not a partnership
NOT_PARTNERSHIP = re.compile(r"(?:de|in|d[’'])\s*$", re.IGNORECASE)
AGREEMENT = re.compile(r"acuerdo|agreement|accord|conformidad", re.IGNORECASE)
SIGNED = re.compile(
    r"\s*(?:(?:was|has been|had been|were|have been|a été|avait été|ont été|fue|ha sido|había sido"
    r"|fueron|se)\s+)?(?:signed|concluded|reached|signé|conclu|firmado|suscrito|firmó|alcanzado)\s*",
    re.IGNORECASE,
)
# where or when a signing took place, after its participle: a few words, no clause
SIGNED_WHERE = re.compile(
    r"(?:at|in|on|during|en|durante|el|ayer|hoy|à|au|lors\s+d[eu]|hier|lundi|mardi|mercredi"
    r"|jeudi|vendredi|yesterday|today)\b(?:\s+[\w’'-]+){0,4}\s*",
    re.IGNORECASE,
)
QUOTED = re.compile(r"[“«\"][^”»\"]{1,80}[”»\"]")
NEAR_WORDS = 12  # a first party farther before its partnership word is another clause's

# "convenio de colaboración con", "memorandum of understanding with", "accord de coopération
# de défense avec": the noun's own complement between it and its "with"
COMPLEMENT = re.compile(
    r"\s*(?:de|of|du|des|d[’'])\s*(?:[a-záéíóúñàâçèêëîïôûü’'-]+\s+){0,3}"
    r"[a-záéíóúñàâçèêëîïôûü-]+\s*",
)


def find_with(ctx: Context) -> Iterator[Partnership]:
    text, s = ctx.text, ctx.sentence
    triggers = sorted(
        [
            *pattern(ctx.lang, "partnership_words", "trigger").finditer(text, s.begin, s.end),
            *pattern(ctx.lang, "partnership_words", "forms").finditer(text, s.begin, s.end),
            *pattern(ctx.lang, "partnership_words", "noun").finditer(text, s.begin, s.end),
            *(word for word, _ in associated(ctx)),
        ],
        key=lambda m: m.start(),
    )
    own_withs = {word.span(): with_m for word, with_m in associated(ctx)}
    forms = pattern(ctx.lang, "partnership_words", "forms")
    withs = pattern(ctx.lang, "partnership_words", "with")
    seen: set[tuple[str, str]] = set()
    previous: tuple[Mention | None, Entity, int] | None = None  # the last first party, its end
    body = body_begin(ctx)  # the names of a dateline are not parties
    for trigger in triggers:
        if AGREEMENT.fullmatch(trigger.group()) and NOT_PARTNERSHIP.search(
            text, max(s.begin, trigger.start() - 4), trigger.start()
        ):
            continue
        # "work with", "de la mano de", "in partnership with": the trigger holds its "with"
        own = withs.search(trigger.group())
        items = False  # the noun's agreements listed one by one
        if trigger.span() in own_withs:  # "est associé à"
            with_m = own_withs[trigger.span()]
        elif own and own.end() == len(trigger.group()):
            with_m = withs.search(text, trigger.start() + own.start(), trigger.end())
        else:
            with_m = withs.search(text, trigger.end(), min(s.end, trigger.end() + 60))
            if with_m is None:
                continue
            items = _first_item(ctx, trigger.end(), with_m.start())
            if not items and not _links(ctx, trigger.end(), with_m.start()):
                continue
        # the partners run from "with" to the end of the clause
        clause = clause_end(ctx, clause_ends(ctx.lang), with_m.end())
        # a clause that opens the sentence: nothing named before the word
        fronted = not any(
            body <= m.begin and m.end <= trigger.start() and not junk(ctx, m) for m in ctx.names()
        )
        end = _main_clause(ctx, with_m.end(), clause, fronted)
        if forms.fullmatch(trigger.group()):
            # "a créé avec Sumitomo une coentreprise": the verb forms a partnership only when
            # a partnership noun follows its partners
            noun = NOUN_AFTER[ctx.lang].search(text, with_m.end(), end)
            if noun is None:
                continue
            end = noun.start()
        if SUPPORT_OF[ctx.lang].match(text, with_m.end(), end):
            continue  # "con el apoyo de la Fundación X": a backer, not a partner
        partners = _partner_mentions(ctx, with_m.end(), end, programs=False, listing=True)
        partners = _colon_list(ctx, with_m.end(), clause) or partners
        if items:  # "two agreements: one with X, and another with Y"
            partners = [*partners, *_next_items(ctx, end)]
        elif partners:  # "un convenio con X para ..., y otro con Y": one more of the noun
            partners = [*partners, *_next_items(ctx, end, joined=True)]
        if not partners or _officials_beside(ctx, with_m):
            continue
        quoted = [q.span() for q in QUOTED.finditer(text, trigger.end(), with_m.start())]
        inner = [  # a name in quotes is the agreement's, not a party
            m
            for m in _partner_mentions(ctx, trigger.end(), with_m.start())
            if not any(b <= m.begin < e for b, e in quoted)
            and ctx.gap(trigger.end(), m).strip() != "("  # "protocoles d'accord (MoU)"
        ]
        before = [
            m
            for m in _partner_mentions(ctx, body, trigger.start(), main=True)
            if (len(ctx.gap(m, trigger.start()).split()) <= NEAR_WORDS or _is_main(ctx, m))
            and not parent_of_subject(ctx, m)
        ]
        if all(is_country(ctx, m) and not is_governed(ctx, m) for m in before):
            # "Chile firmó un acuerdo con X": a country that opens the sentence and signs
            before = country_subject(ctx, body, trigger.start())
        subject = _subject_before(ctx, trigger.start())
        subject = None if subject is not None and parent_of_subject(ctx, subject) else subject
        if subject and (not before or before[-1].end < subject.begin):
            before.append(subject)
        after = _subject_after(ctx, end)
        reported = _reported_clause(ctx, body, trigger.start())
        if reported is not None and _described(ctx, reported.end(), trigger.start()):
            # "the minister said that the firm signed": the company described signs, the
            # speaker's body only if it is a company
            said = _company_before(ctx, before, reported.start())
            before = [m for m in before if m.begin >= reported.end()] or said
            after = None
        else:
            reported = None
        if inner and _names_noun(ctx, trigger, inner[0]):
            inner = []  # "le projet Amazonia avec X": the project's name, not a party
        if previous is not None and not inner and _coordinated_noun(ctx, previous[2], trigger):
            # "signed an agreement with X to ..., and a research agreement with Y": the same
            # subject's second agreement, not one of X's
            first, first_entity = previous[0], previous[1]
        elif inner:
            first, first_entity = inner[0], party_entity(ctx, inner[0])
        elif before:
            first, first_entity = before[-1], party_entity(ctx, before[-1])
        elif after:  # "Under an agreement signed with Pemex, Shell will explore ..."
            first, first_entity = after, ctx.entity(after, "Organization")
        elif reported is not None:  # "informó que la firma suscribió": the article's company
            first, first_entity = None, ctx.doc.main_org
        elif PRONOUN.match(text, body) and (told := subject_before(ctx, main=False)) is not None:
            # "Elle a signé un protocole avec X": the one the sentence before opens on
            first, first_entity = None, told
        elif any(
            body <= m.begin
            and m.end <= trigger.start()
            and ctx.is_org(m)
            and not junk(ctx, m)
            and not parent_of_subject(ctx, m)
            for m in ctx.names()
        ):
            continue  # others named before the word: the article's company is not the party
        else:
            first, first_entity = None, ctx.doc.main_org
            signed = SIGNED.fullmatch(ctx.text, trigger.end(), with_m.start())
            listed = first_entity is not None and first_entity.key in {
                ctx.resolution.key_of(p) for p in partners
            }
            if signed and (first_entity is None or listed):
                # "an agreement was signed with Huawei", told by the government of the country
                first_entity = ctx.doc.main_country
            elif listed or first_entity is None:
                if pattern(ctx.lang, "partnership_words", "group").fullmatch(trigger.group()):
                    yield from _members(ctx, partners, trigger.start(), seen)
                continue  # the article's company is one of the partners: who joins them is unsaid
        if first_entity is None:
            continue
        firsts = [(first, first_entity)]
        if first is not None and not inner and before and first is before[-1]:
            firsts = _with_coordinated(ctx, first, first_entity, partners, body)
        for (mention, entity), partner in product(firsts, partners):
            other = party_entity(ctx, partner)
            if other is None:
                continue
            key = tuple(sorted((entity.key, other.key)))
            if key in seen:
                continue
            seen.add(key)
            begin = min(mention.begin if mention else trigger.start(), trigger.start())
            fact = pair_of(ctx, entity, other, begin, partner.end, "partnerships.with", 0.8)
            if fact:
                yield fact
        previous = (first, first_entity, max(p.end for p in partners))


# a subject pronoun that opens the sentence: the organization the sentence before is about
PRONOUN = re.compile(r"[\s“\"«]*(?:it|she|he|they|elle|il|ils|elles|ella|él|ellos)\s", re.I)
# before a second partnership noun coordinated with the first one's clause: ", and a research
# agreement", ", y un convenio", ", et une convention"
COORDINATED_NOUN = re.compile(
    r",?\s*(?<!\w)(?:and|y|e|et)\s+(?:(?:a|an|un|una|une|another|otro|otra)\s+)?"
    r"(?:[a-záéíóúñàâçèêëîïôûü-]+\s+){0,2}$",
    re.IGNORECASE,
)
COORDINATED_WORDS = 30  # at most, from the first partners to the second noun


def _coordinated_noun(ctx: Context, begin: int, trigger: re.Match[str]) -> bool:
    """A partnership noun that a conjunction coordinates with the clause of the one before,
    with no organization named between: the same first party signs it."""
    stretch = ctx.text[begin : trigger.start()]
    if len(stretch.split()) > COORDINATED_WORDS or not COORDINATED_NOUN.search(stretch):
        return False
    return not any(
        begin <= m.begin < trigger.start() and m.kind in ("org", "name") for m in ctx.mentions
    )


# "collabore depuis 2020 avec", "trabaja desde hace años con", "has worked for years with":
# how long the partnership has run, between the word and its "with"
SINCE = re.compile(
    r"\s*(?:(?:already|déjà|ya|also|también|aussi|également)\s+)?"
    r"(?:since|for|desde|durante|depuis|pendant)\s+"
    r"(?:(?:hace|plus de|más de|more than|over|the past|the last|several|plusieurs|varios|varias"
    r"|many|muchos|de nombreuses|\d+|\w+)\s+){0,2}"
    r"(?:\d{4}|years?|months?|decades?|años|meses|décadas|ans|années|mois|décennies)\s*",
    re.IGNORECASE,
)


@cache
def _day(lang: str) -> re.Pattern[str]:
    """' el martes ', ' on Tuesday ', ' ce lundi 3 mars ', ' el pasado jueves ': a day."""
    days = "|".join(re.escape(w) for w in lang_lines(lang, "weekdays")) or "(?!x)x"
    return re.compile(
        r"\s*(?:(?:on|this|last|el|este|pasado|el\s+pasado|le|ce)\s+)?"
        rf"(?:{days})(?:\s+\d{{1,2}}(?:\s+(?:de\s+)?[a-zéû]+)?)?\s*",
        re.IGNORECASE,
    )


def _links(ctx: Context, begin: int, end: int) -> bool:
    """Between a partnership word and its "with": nothing, one word ("partnership agreement
    with"), or the first party ("la collaboration d'AWS avec") — not a verb phrase."""
    gap = QUOTED.sub(" ", ctx.text[begin:end])  # 'un convenio de “Talento Digital” con'
    if not gap.strip() or SIGNED.fullmatch(gap):
        return True
    if "," in gap or ";" in gap:
        return False
    signed = SIGNED.match(gap)
    if signed and SIGNED_WHERE.fullmatch(gap, signed.end()):
        return True  # "an agreement signed at the same event with", "firmado ayer en Lima con"
    if len(gap.split()) == 1 or COMPLEMENT.fullmatch(gap) or SINCE.fullmatch(gap):
        return True
    if _day(ctx.lang).fullmatch(gap):
        return True  # "firmó el martes con", "signed on Tuesday with": when, not a verb phrase
    inner = [m for m in ctx.names() if begin <= m.begin and m.end <= end]
    if inner:
        rest = ctx.text[begin : inner[0].begin] + ctx.text[inner[-1].end : end]
        return len(rest.split()) <= 3
    return False
