"""Partnerships told as an exchange: "A will host students from B under the agreement".

An organization that hosts the students, researchers or teachers of another ("L'Université de
Lyon accueillera des étudiants de l'Université du Chili", "the University of Toronto will host
ten students from the University of Chile") is its partner when the sentence says the hosting
is part of a partnership ("dans le cadre de l'accord", "under the agreement", "en el marco del
convenio"); without that frame a visit is only a visit. The host is the organization right
before the verb, the other the one right after the visitors' "of" or "from".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg.extract.base import Context
from kg.extract.lexicon import pattern
from kg.extract.partners import all_pairs, is_party
from kg.model import Partnership

# between the host and its verb: an auxiliary or an adverb ("will", "a déjà")
HOST_GAP = re.compile(r"\s*(?:[a-záéíóúñàâçèêëîïôûü’'-]+\s+){0,2}", re.IGNORECASE)
# between the visitors' noun and the other party: "from the", "de l'", "del"
VISITORS_OF = re.compile(
    r"\s+(?:of|from|de|del|du|des|d[’'])\s*(?:(?:the|la|el|le|l[’'])\s*)?", re.IGNORECASE
)
VISITOR_WORDS = 4  # "des", "ten", "chaque année dix": the words before the visitors' noun


@cache
def _visitors(lang: str) -> re.Pattern[str]:
    """After a hosting verb: a few words, then the visitors' noun."""
    noun = pattern(lang, "partnership_words", "visitors").pattern
    return re.compile(rf"\s+(?:[\w’'-]+\s+){{0,{VISITOR_WORDS}}}?{noun}", re.IGNORECASE)


@cache
def _framed(lang: str) -> re.Pattern[str]:
    """'dans le cadre de l'accord', 'under the agreement': the hosting is the partnership's."""
    # a partnership noun, not a program one: "under the program" may be a funder's scheme
    frame, trigger = (
        pattern(lang, "partnership_words", w).pattern for w in ("framework", "trigger")
    )
    return re.compile(
        rf"{frame}\s*(?:(?:the|this|that|its|their|la|le|l[’']|el|este|esta|su|cet|cette|ce|du"
        rf"|del|son|sa|leur)\s*)?{trigger}",
        re.IGNORECASE,
    )


def find_hosted(ctx: Context) -> Iterator[Partnership]:
    """'A will host students from B under the agreement': the host and the guests' body."""
    text, s = ctx.text, ctx.sentence
    if not _framed(ctx.lang).search(text, s.begin, s.end):
        return
    for verb in pattern(ctx.lang, "partnership_words", "hosts").finditer(text, s.begin, s.end):
        before = [m for m in ctx.names() if m.end <= verb.start()]
        if not before or not HOST_GAP.fullmatch(text, before[-1].end, verb.start()):
            continue
        host = before[-1]
        visitors = _visitors(ctx.lang).match(text, verb.end(), s.end)
        of = VISITORS_OF.match(text, visitors.end(), s.end) if visitors else None
        if of is None:
            continue
        guest = next((m for m in ctx.names() if m.begin >= of.end()), None)
        if guest is None or guest.begin != of.end():
            continue
        if guest.kind == "place":
            continue  # "students from Chile": where they come from, not a party
        if is_party(ctx, host, strict=True) and is_party(ctx, guest, strict=True):
            yield from all_pairs(ctx, [host, guest], host.begin, "partnerships.hosted")
