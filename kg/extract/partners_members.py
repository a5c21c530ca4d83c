"""Partnerships told as a list of members after a colon: "The consortium's members: A; B; C".

A group noun or a word for members or partners before a colon ("The consortium's members:", "Le
consortium réunit trois entreprises :", "Los socios del proyecto:") opens a list of its members
after it (not a verb that gathers alone: "The plan includes two plants: A and B"). Items are
split at semicolons when the list has any ("A, which leads the project; Peru's B; and the
Chilean group C"), else read as one list of coordinated parties; a country's possessive before
an item only says where it is from. Each member is a partner of the lead: the one an item says
leads ("which leads", "qui pilote", "que lidera"), else the first listed; the other members are
not told to be partners of each other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg.extract.base import Context
from kg.extract.lexicon import pattern
from kg.extract.partners import is_party, listed
from kg.extract.partners_subjects import junk, pair_of
from kg.model import Mention, Partnership

ITEM_WORDS = 6  # the words that may describe a member before its name ("the state operator")
DESCRIBED = re.compile(
    r"\s*(?:and|y|e|et)?\s*(?:(?:the|el|la|los|las|le|les|l[’'])\s*)?"
    r"(?:[\w’'-]+\s+){0,6}?",
    re.IGNORECASE,
)
HEAD_ROLES = ("group", "member", "partner")


@cache
def _heads(lang: str) -> re.Pattern[str]:
    words = [pattern(lang, "partnership_words", role).pattern for role in HEAD_ROLES]
    return re.compile("|".join(words), re.IGNORECASE)


def find_members_listed(ctx: Context) -> Iterator[Partnership]:
    """'The consortium's members: A, which leads the project; B; and C': each member with the
    lead."""
    text, s = ctx.text, ctx.sentence
    colon = text.find(":", s.begin, s.end)
    if colon < 0 or not _heads(ctx.lang).search(text, s.begin, colon):
        return
    end = s.end
    if ";" in text[colon:end]:
        members = _items(ctx, colon + 1, end)
    else:
        members = _described_apart(
            ctx, [m for m in listed(ctx, colon + 1, end) if not junk(ctx, m)]
        )
        if members and not DESCRIBED.fullmatch(ctx.gap(colon + 1, members[0])):
            return
    if len(members) < 2:
        return
    lead = next((m for m in members if _leads(ctx, m, members)), members[0])
    a = ctx.entity(lead, "Organization")
    for m in members:
        b = ctx.entity(m, "Organization")
        if m is lead or a is None or b is None:
            continue
        fact = pair_of(
            ctx,
            a,
            b,
            min(lead.begin, m.begin),
            max(lead.end, m.end),
            "partnerships.members_listed",
            0.7,
        )
        if fact:
            yield fact


JOINED = re.compile(r"[,;&(]|(?<!\w)(?:and|y|e|et)(?!\w)", re.IGNORECASE)


def _described_apart(ctx: Context, members: list[Mention]) -> list[Mention]:
    """'le groupe de BTP péruvien Constructora Chimú': a name joined to the next by no comma or
    conjunction describes it, it is no member."""
    return [
        m
        for m, nxt in zip(members, [*members[1:], None], strict=False)
        if nxt is None or JOINED.search(ctx.gap(m, nxt))
    ]


def _items(ctx: Context, begin: int, end: int) -> list[Mention]:
    """The first party of each item between semicolons, named in its first words."""
    out = []
    pos = begin
    for piece in re.finditer(r"[^;]+", ctx.text[begin:end]):
        start, stop = begin + piece.start(), begin + piece.end()
        pos = start
        for m in ctx.names():
            if not (start <= m.begin < stop):
                continue
            if m.kind == "place" and ctx.text.startswith(("’s", "'s"), m.end):
                pos = m.end + 2  # "Peru's Andina Link": where it is from
                continue
            described = DESCRIBED.fullmatch(ctx.gap(pos, m))
            if m.kind in ("org", "name") and is_party(ctx, m) and not junk(ctx, m) and described:
                out.append(m)
            break
    return out


def _leads(ctx: Context, m: Mention, members: list[Mention]) -> bool:
    """'A, which leads the project', 'A, qui pilote le projet', 'A, que lidera el consorcio'."""
    after = [n for n in members if n.begin > m.begin]
    stop = after[0].begin if after else ctx.sentence.end
    return bool(pattern(ctx.lang, "partnership_words", "leads").search(ctx.text, m.end, stop))
