"""Governments as investors: "el gobierno federal", "the state government", "le gouvernement
national", and which country or state each is.

Read by `kg.extract.investments` and `kg.extract.investment_investor`: a government told
right after the amount ("150 mil millones de pesos del gobierno federal") is its investor, one
in another clause is not; "el gobierno de Nuevo León" is the state, "el gobierno estatal" the
state its sentence names (or the only one the article names), "le gouvernement national" the
article's country.
"""

from __future__ import annotations

import re

from kg.extract.base import Context
from kg.model import Entity, Mention

GOVERNMENT = re.compile(
    r"\b(?:the (?:federal |national |state |provincial )?government"
    r"|(?:el|del) gobierno(?: federal| nacional| estatal| del estado| provincial)?"
    r"|(?:le|du) gouvernement(?: fédéral| national| provincial| de l['’](?:É|E)tat)?)(?!\w)",
    re.IGNORECASE,
)
GOVERNMENT_LINK = re.compile(
    r"[^;.,]{0,40}?(?:\b(?:by|from|of|de|par|por|por parte|de la part|financed by|financiad[oa]s?"
    r" por|financée?s? par)\s*)$",
    re.IGNORECASE,
)


def clause_stop(ctx: Context, end: int, width: int) -> int:
    """`width` characters after `end`, or less where the clause ends at a semicolon."""
    stop = min(ctx.sentence.end, end + width)
    semicolon = ctx.text.find(";", end, stop)
    return semicolon if semicolon >= 0 else stop


def government_after(ctx: Context, end: int) -> bool:
    """The government told as the investor right after the amount: "150 mil millones de pesos
    del gobierno federal", "... de la part du gouvernement national"; not one that opens another
    clause ("...; el gobierno estatal otorgará incentivos")."""
    found = GOVERNMENT.search(ctx.text, end, clause_stop(ctx, end, 60))
    if found is None:
        return False
    gap = ctx.text[end : found.start()]
    starts_linked = re.match(r"(?:del|du)\b", found.group(0), re.IGNORECASE)
    return bool(starts_linked and not re.search(r"[;.,]", gap) or GOVERNMENT_LINK.fullmatch(gap))


# "el Gobierno federal", "the Federal Government": the government of the article's country
GOVERNMENT_ONLY = re.compile(
    r"(?:(?:the|el|le)\s+)?(?:(?:federal|national)\s+)?(?:government|gobierno|gouvernement)"
    r"(?:\s+(?:federal|nacional|national|fédéral))?",
    re.IGNORECASE,
)


def in_government(ctx: Context, m: Mention) -> bool:
    """A name inside the words for a government ("le gouvernement de l'État"): no investor."""
    start = max(ctx.sentence.begin, m.begin - 30)
    return any(
        g.start() <= m.begin and m.end <= g.end()
        for g in GOVERNMENT.finditer(ctx.text, start, min(ctx.sentence.end, m.end + 30))
    )


STATE_GOVERNMENT = re.compile(
    r"\b(?:estatal|state|del estado|de l['’](?:é|e)tat|provincial|municipal)\b", re.IGNORECASE
)


def government_of(ctx: Context, found: re.Match) -> Entity | None:
    """The government that invests: 'el gobierno de Nuevo León' is the state, 'el gobierno
    estatal' the state the sentence names, 'le gouvernement national' the article's country."""
    places = [m for m in ctx.of("place") if ctx.type_of(m) in ("State", "City")]
    named = [
        m
        for m in places
        if re.fullmatch(r"\s*(?:de|of|del|du|de la)\s+", ctx.text[found.end() : m.begin])
    ]
    if named:
        return ctx.entity(named[0])
    window = ctx.text[max(ctx.sentence.begin, found.start() - 12) : found.end() + 20]
    if STATE_GOVERNMENT.search(window):
        return ctx.entity(places[0]) if places else _only_state(ctx)
    return ctx.doc.main_country


def _only_state(ctx: Context) -> Entity | None:
    """The one state the article names up to this sentence, if it names only one: the state
    'el gobierno estatal' speaks of when its sentence names none."""
    found: dict[str, tuple[int, Mention]] = {}
    for index in range(ctx.index + 1):
        here = Context(ctx.doc, index)
        for m in here.of("place"):
            if here.type_of(m) == "State" and m.key:
                found.setdefault(m.key, (index, m))
    if len(found) != 1:
        return None
    index, m = next(iter(found.values()))
    return Context(ctx.doc, index).entity(m)
