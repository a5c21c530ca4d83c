"""Which state or city a post is held in, when the title does not say.

A governor governs a state and a mayor a city: "el gobernador X" in an article datelined from
a state names that state, not the country. The jurisdiction is the one state (or city) the
sentence names (or the one its cities lie in, kg/ontology/places.tsv), else the one the
article names most, counting its cities as their states where the names alone do not decide;
with none, there is none, and a role
without an organization is better left out than attached to a guess. "Secretario de Economía
del Estado", "secretaria de Turismo de Guerrero": a portfolio of a state's government is a
post of that state, not of the federal ministry.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from urllib.parse import urlparse

from kg.extract.base import Context
from kg.gazetteer import default as default_gazetteer
from kg.model import Entity, Mention
from kg.text import lang_table

# the category of a post -> the place types it can govern, in order of preference
JURISDICTIONS = {"governor": ("State",), "mayor": ("City", "State")}
# "del Estado", "estatal", "provincial", "de l'État", "of the State", "del departamento", a
# "diputada local" (a state congress's): the state (or province, or department) the article
# is about
SCOPE = (
    r"(?:\s+del\s+(?:gobierno\s+del\s+)?[Ee]stado\b|\s+(?:estatal|provincial)\b"
    r"|(?<=diputad[oa])\s+local\b|(?<=diputad[oa]s)\s+locales\b"
    r"|\s+provinciale\b|\s+de\s+l[’']État\b"
    r"|\s+du\s+gouvernement\s+de\s+l[’']État\b|\s+(?:of|for)\s+the\s+[Ss]tate\b"
    r"|\s+de\s+la\s+(?:provincia|province)\b|\s+of\s+the\s+province\b"
    r"|\s+del\s+departamento\b|\s+departamental\b|\s+du\s+département\b"  # a department's
    r"|\s+départementale?\b|\s+of\s+the\s+department\b)"
)
STATE_SCOPE = re.compile(r"(?:\s+(?:y|e|et|and)\s+[A-ZÁÉÍÓÚÑ][\w-]+)*" + SCOPE)
INSIDE_SCOPE = re.compile(SCOPE)


def _places(mentions: list[Mention], types: tuple[str, ...]) -> list[Mention]:
    return [m for m in mentions if m.kind in ("place", "demonym") and m.key and m.type in types]


def place_entity(ctx: Context, m: Mention) -> Entity | None:
    """The place a place name or a demonym ('neuquino', 'québécois') names."""
    if m.kind == "place":
        return ctx.entity(m)
    return ctx.resolution.known_entity(m.key)


def jurisdiction(ctx: Context, category: str) -> Entity | None:
    """The state a governor governs, the city (or department) a mayor runs: the one of the
    sentence, else the one the article names most (first named on a tie), else None."""
    for type_ in JURISDICTIONS.get(category, ()):
        found = article_place(ctx, (type_,), sentence_only=True)
        if found:
            return found
    for type_ in JURISDICTIONS.get(category, ()):
        found = article_place(ctx, (type_,))
        if found:
            return found
    return None


def article_place(
    ctx: Context, types: tuple[str, ...], *, sentence_only: bool = False
) -> Entity | None:
    """The one place of these types the sentence names (`sentence_only`), or the one the
    article names most. A state a text names only by its cities ("en Goiânia", "Anápolis")
    counts where the names of states do not decide: the sentence's cities' one state, or
    the article's, each city a mention of its state."""
    if sentence_only:
        here = _places(ctx.mentions, types)
        keys = {m.key for m in here}
        if len(keys) > 1:  # "la desarrolladora tapatía": a demonym says where from, a name where
            here = [m for m in here if m.kind == "place"]
            keys = {m.key for m in here}
        if len(keys) == 1:
            return place_entity(ctx, here[0])
        if keys or "State" not in types:
            return None
        states = {_state_of(m) for m in ctx.mentions if m.kind == "place"} - {None}
        return ctx.resolution.known_entity(states.pop()) if len(states) == 1 else None
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for sentence in ctx.doc.mentions:
        for m in _places(sentence, types):
            counts[m.key] += 1
            first.setdefault(m.key, m)
    at: dict[str, int] = {key: m.begin for key, m in first.items()}
    found = _most(counts, at)
    if found is not None or "State" not in types:
        return place_entity(ctx, first[found]) if found is not None else None
    for sentence in ctx.doc.mentions:
        for m in sentence:
            state = _state_of(m) if m.kind == "place" else None
            if state is not None:
                counts[state] += 1
                at.setdefault(state, m.begin)
    found = _most(counts, at)
    if found is None:
        return None
    return place_entity(ctx, first[found]) if found in first else ctx.resolution.known_entity(found)


def _most(counts: Counter[str], at: dict[str, int]) -> str | None:
    """The key named most (first named on a tie), unless two are named once each."""
    if not counts:
        return None
    ranked = sorted(counts, key=lambda k: (-counts[k], at[k]))
    if len(ranked) > 1 and counts[ranked[0]] == counts[ranked[1]] == 1:
        return None  # two states named once each: no telling which one
    return ranked[0]


def _state_of(m: Mention) -> str | None:
    """The State a city mention lies in (kg/ontology/places.tsv), if known."""
    if m.type != "City" or not m.key:
        return None
    entry = default_gazetteer().get(m.key)
    return entry.state if entry is not None else None


def state_scope(ctx: Context, begin: int, end: int) -> int | None:
    """Where a state scope ('del Estado', 'estatal') ends, inside the post's complements
    (`begin` to `end`) or right after them ('de Economía y Trabajo del Estado')."""
    if INSIDE_SCOPE.search(ctx.text, begin, end):
        return end
    m = STATE_SCOPE.match(ctx.text, end, ctx.sentence.end)
    return m.end() if m else None


@cache
def _domains() -> dict[str, str]:
    return {row[0]: row[1] for row in lang_table("xx", "country_domains") if len(row) > 1}


def home_country(ctx: Context) -> Entity | None:
    """The country of the site the article comes from (its URL's country-code domain), when
    the article names that country too: whose minister an unqualified 'ministro de Economía'
    is, in a local paper."""
    url = ctx.article.meta.url
    if not url:
        return None
    host = urlparse(url).hostname or ""
    key = _domains().get(host.rsplit(".", 1)[-1])
    if key is None or default_gazetteer().get(key) is None:
        return None
    gazetteer = default_gazetteer()
    for sentence in ctx.doc.mentions:
        for m in sentence:
            if m.kind not in ("place", "demonym") or not m.key:
                continue
            entry = gazetteer.get(m.key)
            if m.key == key or entry is not None and entry.country == key:
                return ctx.resolution.known_entity(key)
    return None


def context_country(ctx: Context) -> Entity | None:
    """The country a post with no country stated belongs to: the site's, else the article's."""
    return home_country(ctx) or ctx.doc.main_country
