"""A minister's portfolio after the title: which ministry of the country's government it names.

"ministre des Affaires étrangères", "ministre des TIC", "secretary of economy": the longest run
of words after the title that a ministry of the gazetteer has as its portfolio, in the country
the post is of; a longer portfolio ("de Economía del Conocimiento", "of economic development")
names another body, and keeps no ministry.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.base import Context
from kg.extract.jurisdiction import context_country
from kg.gazetteer import default as default_gazetteer
from kg.text import fold

if TYPE_CHECKING:
    from kg.extract.title_phrases import Phrase


def is_portfolio_word(word: str) -> bool:
    """A word some ministry of the gazetteer has as its portfolio (economy, economía, TIC)."""
    return word in _portfolio_words()


@cache
def _portfolio_words() -> frozenset[str]:
    return frozenset(fold(p) for e in default_gazetteer().entries() for p in e.portfolio)


PORTFOLIO_AFTER = re.compile(
    r"\s*(?:of the|of|for|de la|de las|de los|del|de|des|du|d[’']|à la|à l[’']|au|aux|à)\s+"
    r"((?:[\w’'-]+\s*){1,5})",
    re.IGNORECASE,
)


def ministry_after(ctx: Context, phrase: Phrase) -> bool:
    """'ministre des Affaires étrangères', 'ministre des TIC', 'secretary of economy': the
    words after a minister's title that name a portfolio of the country's government."""
    if phrase.category != "minister":
        return False
    m = PORTFOLIO_AFTER.match(ctx.text, phrase.end, ctx.sentence.end)
    if not m:
        return False
    country = ctx.country_of(phrase.place) if phrase.place else context_country(ctx)
    if country is None:
        return False
    words = list(re.finditer(r"[\w’'-]+", m.group(1)))
    for n in range(len(words), 0, -1):
        end = m.start(1) + words[n - 1].end()
        entry = default_gazetteer().ministry(country.key, ctx.text[m.start(1) : end])
        if entry:
            more = LOWER_WORD.match(ctx.text, end, ctx.sentence.end)
            if more and is_portfolio_word(fold(more.group(1))):
                # "secretary of economic development": a longer portfolio, another body
                phrase.portfolio = ctx.text[m.start(1) : more.end()]
                phrase.end = more.end()
                return True
            longer = CONTINUED.match(ctx.text, end, ctx.sentence.end)
            if longer and any(  # "de Colombia", "de Guerrero": where, not another body
                n.kind in ("place", "demonym") and end < n.begin < longer.end()
                for n in ctx.mentions
            ):
                longer = None
            if longer:  # "secretario de Economía del Conocimiento": another body
                phrase.portfolio = ctx.text[m.start(1) : longer.end()]
                phrase.end = longer.end()
                return True
            inside = [n for n in ctx.mentions if n.kind == "name" and n.begin < end < n.end]
            if inside:  # "secretario de Comercio Exterior": a longer name, another body
                phrase.portfolio = ctx.text[m.start(1) : inside[0].end]
                phrase.end = inside[0].end
                return True
            phrase.ministry = entry.key
            phrase.portfolio = phrase.portfolio or ctx.text[m.start(1) : end]
            phrase.end = end
            return True
    return False


LOWER_WORD = re.compile(r"\s+([a-zàâçéèêëîïôûùáíóúñ][\w-]*)")
# a capitalized word after a portfolio, joined by a connector, names a longer body
CONTINUED = re.compile(
    r"\s+(?:del|de la|de los|de|des|du|d[’'])\s*(?:[A-ZÁÉÍÓÚÑ][\w-]+)(?:\s+[A-ZÁÉÍÓÚÑ][\w-]+)*"
)
