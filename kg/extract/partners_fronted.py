"""Partnerships told with the partner fronted: "Con la ESPOL suscribió un convenio de
investigación", "With the University of Tarvelia it signed a research agreement", "Avec
l'Université de Tarvelia, Acme a conclu un accord".

A sentence (after its dateline) that opens on a "with" word and the parties it lists, whose
clause then holds a partnership noun or a verb of joint action within a few words: the parties
are partners of the clause's subject. The subject is the organization named right after the
list (", Acme firmó"); with none ("suscribió", "it signed", "elle a conclu"), the one the
sentence before opens on, else the company the article is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.base import Context
from kg.extract.lexicon import pattern
from kg.extract.partners import LEAD, clause_end, is_party, listed
from kg.extract.partners_subjects import body_begin, junk, pair_of
from kg.model import Entity, Mention, Partnership

OPEN_WITH = re.compile(r"[\s“\"«]*(?:con|with|avec|junto\s+(?:a|con))\s+", re.IGNORECASE)
# between the last party and the subject, or the verb: a comma, an article, a few words
SUBJECT_GAP = re.compile(
    r"\s*,?\s*(?:(?:the|el|la|los|las|le|les|l[’'])\s*)?(?:[a-záéíóúñàâçèêëîïôûü-]+\s+){0,2}",
    re.IGNORECASE,
)
NOUN_WORDS = 12  # at most, from the parties to the partnership noun or verb
CLAUSE_STOP = re.compile(r"[.;:]")


def find_fronted_with(ctx: Context) -> Iterator[Partnership]:
    text, s = ctx.text, ctx.sentence
    opened = OPEN_WITH.match(text, body_begin(ctx), s.end)
    if opened is None:
        return
    names = [m for m in ctx.mentions if m.begin >= opened.end() and m.kind != "date"]
    if not names or not LEAD.fullmatch(ctx.gap(opened.end(), names[0].begin)):
        return
    end = clause_end(ctx, CLAUSE_STOP, opened.end())
    parties = [m for m in listed(ctx, opened.end(), end) if not junk(ctx, m)]
    if not parties:
        return
    after = parties[-1].end
    if not _told(ctx, after, end):
        return
    subject = _subject_after(ctx, after, end)
    entity = ctx.entity(subject, "Organization") if subject else subject_before(ctx)
    if entity is None:
        return
    for party in parties:
        other = ctx.entity(party, "Organization")
        if other is not None:
            fact = pair_of(ctx, entity, other, s.begin, party.end, "partnerships.fronted", 0.7)
            if fact:
                yield fact


def _told(ctx: Context, begin: int, end: int) -> bool:
    """A partnership noun or a verb of joint action within a few words after the parties."""
    roles = ("trigger", "noun", "joint", "forms")
    for role in roles:
        word = pattern(ctx.lang, "partnership_words", role).search(ctx.text, begin, end)
        if word and len(ctx.text[begin : word.start()].split()) <= NOUN_WORDS:
            return True
    return False


def _subject_after(ctx: Context, begin: int, end: int) -> Mention | None:
    """The organization named right after the parties (", Acme firmó"), or None."""
    after = [m for m in ctx.mentions if begin <= m.begin < end and m.kind in ("org", "name")]
    if after and SUBJECT_GAP.fullmatch(ctx.gap(begin, after[0].begin)):
        first = after[0]
        if is_party(ctx, first) and not junk(ctx, first):
            return first
    return None


def subject_before(ctx: Context, *, main: bool = True) -> Entity | None:
    """The organization the sentence before opens on, else (with `main`) the article's
    company."""
    if ctx.index:
        before = Context(ctx.doc, ctx.index - 1)
        start = body_begin(before)
        names = [
            m
            for m in before.mentions
            if m.begin >= start and m.kind in ("org", "name") and not junk(before, m)
        ]
        if names and is_party(before, names[0], strict=True):
            return before.entity(names[0], "Organization")
    return ctx.doc.main_org if main else None
