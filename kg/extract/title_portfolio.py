"""A minister's portfolio after the title: which ministry of the country's government it names.

"ministre des Affaires étrangères", "ministre des TIC", "secretary of economy": the longest run
of words after the title that a ministry of the gazetteer has as its portfolio, in the country
the post is of; a longer portfolio ("de Economía del Conocimiento", "of economic development")
names another body, and keeps no ministry. A post of several fields ("ministre des Travaux
publics, Transports et Communications") takes the names of the fields after the first
(`more_fields`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.base import Context
from kg.extract.jurisdiction import context_country
from kg.gazetteer import default as default_gazetteer
from kg.recognize.name_types import COMMON_NOUN_ENDINGS
from kg.text import fold

if TYPE_CHECKING:
    from kg.extract.title_phrases import Phrase
    from kg.model import Mention


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


# between a minister's fields: "des Travaux publics, Transports et Communications", "du
# Commerce extérieur et de l'Investissement étranger"
FIELD_JOIN = re.compile(
    r"\s*,\s*|\s+(?:et|y|e|and)\s+(?:(?:de la|de l[’']|des|du|del|de|of)\s*)?", re.IGNORECASE
)
FIELD_TAIL = re.compile(r"\s+[a-zà-ÿ][a-zà-ÿ-]+(?=\s*[,.;]|\s+(?:et|y|e|and)\s)")


def more_fields(ctx: Context, phrase: Phrase, ms: list[Mention]) -> None:
    """A minister's post of several fields: the names of the fields after the first, each a
    portfolio word (with one lower-case adjective), are the post's, not organizations."""
    if phrase.category != "minister" or not phrase.portfolio or phrase.org:
        return
    extended = False
    while True:
        tail = FIELD_TAIL.match(ctx.text, phrase.end)
        end = tail.end() if tail else phrase.end
        join = FIELD_JOIN.match(ctx.text, end)
        after = [m for m in ms if join and m.begin == join.end()]
        if not after or after[0].kind != "name" or not _field_word(after[0].text):
            if extended and tail:  # "... et de l'Investissement étranger, X"
                phrase.end = tail.end()
            return
        phrase.end, extended = after[0].end, True


# the head word a ministry's name opens with, before the fields of its minister's title
MINISTRY_HEADS = {"en": "Ministry", "es": "Ministerio", "fr": "Ministère"}


def whole_ministry(ctx: Context, phrase: Phrase) -> None:
    """'ministre de l'Économie, de l'Innovation et de l'Énergie': a post of several fields is
    the ministry that all of them name, whatever its country ("Ministère de l'Économie, de
    l'Innovation et de l'Énergie", Québec's), not the one its first field names."""
    fields = ctx.text[phrase.title.end : phrase.end]
    if phrase.category != "minister" or not FIELD_JOIN.search(fields):
        return
    entry = default_gazetteer().match(MINISTRY_HEADS.get(ctx.lang, "Ministry") + fields)
    if entry is None or entry.type != "GovernmentOrganization":
        return
    country = context_country(ctx)
    # another country's ministry only when no country's portfolios reach it (a province's
    # ministry the gazetteer knows by name): "Ciencia, Tecnología e Innovación" is many
    # countries' portfolio, read for the post's own country
    if entry.portfolio and (country is None or entry.country != country.key):
        return
    phrase.ministry = entry.key


def _field_word(surface: str) -> bool:
    """A ministry's field: a portfolio word of the gazetteer, or one common noun ('Formation',
    'Planificación') after a field already read."""
    word = fold(surface)
    return is_portfolio_word(word) or (
        " " not in surface and surface.casefold().endswith(COMMON_NOUN_ENDINGS)
    )
