"""Reported speech: who the text says stated what a sentence claims.

"según X", "selon X", "according to X" name the source after the phrase; a speech verb names
its speaker right after it ("said Bellizia") or before it ("Bellizia also said", "X a
souligné"); a quotation and the speaker after it stay in one sentence (see kg.segment).
"""

from __future__ import annotations

from kg.extract.base import Context
from kg.extract.lexicon import pattern
from kg.model import Entity, Fact, Mention, Role

AFTER_WORDS = 3
DETERMINERS = frozenset(
    ["the", "a", "an", "el", "la", "los", "las", "un", "una", "le", "les", "l'", "l’", "une"]
)


def speaker(ctx: Context, facts: list[Fact] = ()) -> Entity | None:
    """The entity the sentence attributes its statement to, if any.

    A name inside a role's span ("X, directrice générale d'AWS, a souligné") stands for the
    role's person: the organization there is an apposition, not the speaker."""
    text, s = ctx.text, ctx.sentence
    names = [m for m in ctx.names() if ctx.is_person(m) or ctx.is_org(m)]
    if not names:
        return None
    source = pattern(ctx.lang, "speech_words", "source").search(text, s.begin, s.end)
    if source:
        m = _right_after(ctx, names, source.end(), orgs=True) or _person_soon_after(
            ctx, names, source.end()
        )
        if m:
            return _entity(ctx, m)
    for verb in pattern(ctx.lang, "speech_words", "verb").finditer(text, s.begin, s.end):
        # "said Bellizia": a person right after the verb; an organization there is what was
        # said ("X said Volkswagen would invest"), not who said it
        m = _right_after(ctx, names, verb.end(), orgs=False)
        if m:
            return _entity(ctx, m)
        before = [
            m
            for m in names
            if m.end <= verb.start()
            and (
                _typed(ctx, m)
                or ctx.is_org(m)
                and m.kind == "org"
                or not ctx.gap(m, verb.start()).strip()  # "Orange a annoncé"
            )
        ]
        if before:
            nearest = before[-1]
            for fact in facts:
                if (
                    isinstance(fact, Role)
                    and fact.evidence.begin <= nearest.begin < fact.evidence.end
                ):
                    return fact.person
            return _entity(ctx, nearest)
    return None


def _typed(ctx: Context, m: Mention) -> bool:
    return m.kind == "person" or ctx.type_of(m) == "Person"


def _right_after(ctx: Context, names: list[Mention], end: int, *, orgs: bool) -> Mention | None:
    titles = [m for m in ctx.of("title") if m.begin >= end]
    for m in names:
        if m.begin >= end:
            gap = ctx.gap(end, m)
            for title in titles:  # "dijo el presidente de Cemex, X": the title is no gap
                if title.end <= m.begin:
                    gap = gap.replace(title.text, "")
            words = [w for w in gap.strip(" ,").split() if w.casefold() not in DETERMINERS]
            # "según la empresa X" may name it a few words on; "said Bellizia" right after,
            # never "said during Sheinbaum's press conference"
            near = len(words) <= AFTER_WORDS if orgs else not words
            if near and (_typed(ctx, m) or orgs and m.kind == "org"):
                return m
            return None
    return None


def _person_soon_after(ctx: Context, names: list[Mention], end: int) -> Mention | None:
    """'Selon le ministre de l'Économie, Marcelo Ebrard, ...': a person after the source's
    title, within the clause."""
    for m in names:
        if m.begin >= end:
            gap = ctx.gap(end, m)
            if len(gap) > 60 or any(c in gap for c in ".;:"):
                return None
            if _typed(ctx, m):
                return m
    return None


def _entity(ctx: Context, m: Mention) -> Entity | None:
    return ctx.entity(m, "Person" if ctx.is_person(m) and _typed(ctx, m) else None)
