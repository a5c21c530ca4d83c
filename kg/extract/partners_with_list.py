"""The partner list after a "with" word: where it ends, and what else it may be.

The partners run from "with" to the end of the clause: a stop, a purpose ("to", "para", "pour"),
a relative clause that opens on a preposition or a possessive ("under which", "mediante el
cual", ", whose students"). When the words before a colon name no organization, the parties are
the ones listed after it ("with three universities: A, B and C"); a noun's agreements listed one
by one ("two agreements: one with X, and another with Y") each bring their partner. Not a list
of partners: a backer ("con el apoyo de la Fundación X"), officials standing beside one another
("junto al director de Zorbel"), a name right after a program noun ("le projet Amazonia"). A
verb that forms a partnership ("a créé avec X une coentreprise") needs its noun after the
partners; the members of a consortium ("un consortium avec à sa tête ACS et FCC") are partners
of each other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import combinations

from kg.extract.base import Context
from kg.extract.lexicon import pattern
from kg.extract.partners import clause_end, listed
from kg.extract.partners_joint import party_entity
from kg.extract.partners_mentions import DETERMINERS, _partner_mentions
from kg.extract.partners_subjects import pair_of
from kg.model import Mention, Partnership

CLAUSE_END = re.compile(
    r"[.;:!?]|,\s*(?:to|in order to|which|who|para|que|qui|pour|afin de|lo que|with the aim)\b"
    r"|\s(?:to|para|pour|afin de)\s+\w+(?:e|er|ir|ar|re)?\b",
    re.IGNORECASE,
)


@cache
def clause_ends(lang: str) -> re.Pattern[str]:
    """`CLAUSE_END`, and a relative clause that opens on a preposition or a possessive ("under
    which the company will train", "mediante el cual", "par lequel", ", whose students"): what
    follows tells what the partners will do, it names no other partner."""
    relative = pattern(lang, "partnership_words", "relative").pattern
    return re.compile(rf"{CLAUSE_END.pattern}|[\s,]\s*{relative}", re.IGNORECASE)


def _officials_beside(ctx: Context, with_m: re.Match[str]) -> bool:
    """'The announcement was made by X's director alongside the Zorbel mayor Ana Ruiz', 'junto al
    director de Zorbel': officials standing beside one another at an event, the first one after
    the word named by a title, with no agreement told in the sentence."""
    words = ctx.lang, "partnership_words"
    s = ctx.sentence
    beside = pattern(*words, "beside").finditer(ctx.text, s.begin, s.end)
    if not any(b.start() <= with_m.start() and with_m.end() <= b.end() for b in beside):
        return False
    told = [
        w
        for role in ("trigger", "joint")
        for w in pattern(*words, role).finditer(ctx.text, s.begin, s.end)
        if not pattern(*words, "beside").fullmatch(w.group())
    ]
    after = [m for m in ctx.mentions if m.begin >= with_m.end() and m.kind != "date"][:2]
    if told or not after or not DETERMINERS.fullmatch(ctx.gap(with_m.end(), after[0])):
        return False
    if after[0].kind == "title":  # "junto al director de Zorbel", "aux côtés du maire"
        return True
    # "alongside Zorbel's vice president", "alongside the Zorbel mayor Ana Ruiz"
    return (
        len(after) == 2
        and after[1].kind == "title"
        and bool(OFFICIAL_AFTER.fullmatch(ctx.text, after[0].end, after[1].begin))
    )


OFFICIAL_AFTER = re.compile(r"(?:[’']s)?\s*")  # between a party and its official's title


def _names_noun(ctx: Context, noun: re.Match[str], m: Mention) -> bool:
    """'le projet Amazonia', 'the Sembrar program': a name right after a program noun (not
    a partnership noun: "la collaboration d'AWS") is the program's."""
    words = ctx.lang, "partnership_words"
    if not pattern(*words, "noun").fullmatch(noun.group()):
        return False
    if pattern(*words, "trigger").fullmatch(noun.group()) or m.kind not in ("name", "program"):
        return False
    return not ctx.text[noun.end() : m.begin].strip()


# between a partnership noun and the first of its items: a colon or a comma
ITEM_LEAD = re.compile(r"\s*[:,]\s*")
SPACE = re.compile(r"\s+")


def _first_item(ctx: Context, begin: int, end: int) -> bool:
    """'signed two agreements: one with X', 'deux accords, l'un avec X': the noun's
    agreements listed one by one, each with its partner."""
    lead = ITEM_LEAD.match(ctx.text, begin, end)
    first = pattern(ctx.lang, "partnership_words", "first_item")
    return lead is not None and bool(first.fullmatch(ctx.text[lead.end() : end].strip()))


# before an item of the same noun told after the first partners: "..., y otro con Y"
JOINED = re.compile(r"(?:,\s*)?(?<!\w)(?:and|y|e|et)\s+$", re.IGNORECASE)


def _next_items(ctx: Context, begin: int, *, joined: bool = False) -> list[Mention]:
    """The partners of the items after the first ("and another with Y", "y otro con Y",
    "et l'autre avec Y"), each up to the end of its clause; with `joined`, only the items a
    conjunction opens ("un convenio con X ..., y otro con Y")."""
    words = ctx.lang, "partnership_words"
    withs = pattern(*words, "with")
    out: list[Mention] = []
    for item in pattern(*words, "next_item").finditer(ctx.text, begin, ctx.sentence.end):
        if joined and not JOINED.search(ctx.text, max(begin, item.start() - 6), item.start()):
            continue
        space = SPACE.match(ctx.text, item.end())
        with_m = withs.match(ctx.text, space.end()) if space else None
        if with_m is None:
            continue
        end = clause_end(ctx, clause_ends(ctx.lang), with_m.end())
        out += _partner_mentions(ctx, with_m.end(), end, programs=False, listing=True)[:1]
    return out


# before the colon that opens a partner list: a count and what they are ("three
# universities", "varias instituciones", "plusieurs partenaires")
COLON_LEAD = re.compile(r"\s*(?:[\w’'-]+\s+){0,5}?[\w’'-]+\s*$", re.IGNORECASE)


def _colon_list(ctx: Context, begin: int, colon: int) -> list[Mention]:
    """'signed agreements with three universities: A, B and C': the parties after the colon
    when the words before it name no organization."""
    if ctx.text[colon : colon + 1] != ":" or not COLON_LEAD.fullmatch(ctx.text, begin, colon):
        return []
    if any(begin <= m.begin < colon and m.kind == "org" for m in ctx.mentions):
        return []
    start = colon + 1
    parties = listed(ctx, start, clause_end(ctx, CLAUSE_END, start), strict=True)
    if len(parties) < 2 or not DETERMINERS.fullmatch(ctx.gap(start, parties[0])):
        return []  # "with the government: the deal covers Chile and Peru"
    return parties


class _SupportOf(dict):
    """Per language: "with" words' objects that name a backer ("the support of")."""

    def __missing__(self, lang: str) -> re.Pattern[str]:
        words = pattern(lang, "partnership_words", "support").pattern
        self[lang] = re.compile(
            rf"\s*(?:(?:the|its|el|la|su|le|l[’']|son|sa)\s*)?(?:[\w-]+\s+)?{words}", re.I
        )
        return self[lang]


SUPPORT_OF = _SupportOf()


class _NounAfter(dict):
    """Per language: the partnership and group nouns, as one pattern."""

    def __missing__(self, lang: str) -> re.Pattern[str]:
        words = [
            p.pattern
            for p in (
                pattern(lang, "partnership_words", "trigger"),
                pattern(lang, "partnership_words", "group"),
            )
        ]
        self[lang] = re.compile("|".join(words), re.IGNORECASE)
        return self[lang]


NOUN_AFTER = _NounAfter()


def _members(ctx: Context, partners: list[Mention], begin: int, seen: set) -> Iterator[Partnership]:
    """'un consortium avec à sa tête ACS et FCC': the members of a consortium are partners."""
    entities = [party_entity(ctx, m) for m in partners]
    for (ma, a), (mb, b) in combinations(zip(partners, entities, strict=True), 2):
        if a is None or b is None:
            continue
        key = tuple(sorted((a.key, b.key)))
        if key not in seen:
            seen.add(key)
            fact = pair_of(ctx, a, b, begin, max(ma.end, mb.end), "partnerships.with", 0.75)
            if fact:
                yield fact
