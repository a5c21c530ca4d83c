"""Posts of a state's (or city's) government: which state a title phrase's post belongs to.

"secretario de Turismo de Guerrero", "secretario de Economía del Estado", "the state's economy
secretary", "le ministre de l'Économie du gouvernement" in a sentence about one state, a
federal body's generic name then a state ("titular de la Secretaría de Economía de Sonora"),
and "secretario de Economía" in a sentence whose places are one state's only: each sets
`Phrase.state`, which `kg.extract.roles` takes before any other organization.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.base import Context
from kg.extract.jurisdiction import (
    INSIDE_SCOPE,
    article_place,
    context_country,
    jurisdiction,
    place_entity,
    state_scope,
)
from kg.gazetteer import default as default_gazetteer
from kg.model import Entity, Mention
from kg.text import fold, lang_lines

if TYPE_CHECKING:
    from kg.extract.title_phrases import Phrase

REGION_AFTER = re.compile(r"\s+region\b", re.IGNORECASE)  # "the Cajamarca region"
SCOPE_WORDS = frozenset({"estado", "state", "etat", "municipio", "gobierno", "gouvernement"})


def state_post(ctx: Context, phrase: Phrase) -> None:
    """'secretario de Turismo de Guerrero', 'secretario de Economía del Estado': a portfolio
    of a state's (or city's) government is a post of that state."""
    scoped = False
    if phrase.org is not None and fold(phrase.org.text) in SCOPE_WORDS:
        phrase.org = None  # "del Estado": a pointer to the state, not an organization
        scoped = True
    if _government_tail(ctx, phrase) or _named_secretariat(ctx, phrase):
        return
    if phrase.leader is not None:  # "Her Economy Secretary", after the governor: the state's
        phrase.org, phrase.ministry = None, None
        phrase.state, phrase.state_post = jurisdiction(ctx, phrase.leader), True
        return
    if _state_office(ctx, phrase):
        return
    if _city_post(ctx, phrase):
        return
    if phrase.category == "head_of_state" and INSIDE_SCOPE.search(
        ctx.text, phrase.title.end, phrase.end
    ):  # "el mandatario estatal": the state's head, not the country's
        phrase.state, phrase.state_post = _state_spoken_of(ctx), True
        return
    if (
        phrase.category == "head_of_state"
        and phrase.place is not None
        and phrase.place.kind == "place"
        and phrase.place.type == "State"
        and phrase.place.begin >= phrase.title.end
        and (
            fold(phrase.place.text).startswith("region ")
            or REGION_AFTER.match(ctx.text, phrase.place.end) is not None
        )
    ):  # "la présidente de la région de Cajamarca": the region's head, not the country's
        phrase.state = ctx.entity(phrase.place)
        return
    if phrase.category not in ("minister", "government") and not phrase.portfolio:
        if phrase.category == "mayor":
            return  # "el alcalde provincial de Chincha": the kind of municipality, its city's
        if (
            (phrase.org is not None and phrase.org.kind == "name" or phrase.org is None)
            and phrase.place is None
            and state_scope(ctx, phrase.title.end, phrase.end) is not None
        ):  # "coordinadora de Proyectos Estratégicos de la administración estatal": a unit's
            # words, not an organization: the post is the state's
            phrase.org, scoped = None, True
        if scoped:  # "la secretaria general de Gobierno": a post of the state spoken of
            phrase.state, phrase.state_post = _state_spoken_of(ctx), True
        return
    if phrase.place is not None and phrase.place.type in ("State", "City"):
        if phrase.place.kind == "place" or phrase.place.type == "State":
            # "la ministre québécoise des Relations internationales": Quebec's, not Canada's
            phrase.state = place_entity(ctx, phrase.place)
        return
    scope = state_scope(ctx, phrase.title.end, phrase.end)
    if scope is not None:
        phrase.end = scope
    before = STATE_BEFORE.search(ctx.text, max(ctx.sentence.begin, phrase.outer - 50), phrase.outer)
    if before:  # "the state's economy secretary", "State Sustainable Development Secretary"
        if before.group("words"):  # the words of the post between "State" and its title
            phrase.begin = min(phrase.begin, before.start("words"))
        phrase.outer = before.start()
        scoped = True
    government = GOVERNMENT_AFTER.search(ctx.text, phrase.title.end, phrase.end)
    government = government or GOVERNMENT_AFTER.match(ctx.text, phrase.end, ctx.sentence.end)
    if government and phrase.place is None and _state_sentence(ctx):
        # "ministre de l'Économie du gouvernement ... à Nuevo León": the state's government
        phrase.end = max(phrase.end, government.end())
        scoped = True
    said = scope is not None or scoped  # the text says the post is a state's
    if scope is None and not scoped and _state_ceremony(ctx, phrase):
        # "En Sonora abrirán tres plantas, dijo X, secretario de Economía": a portfolio with
        # no country, in a sentence about one state's places only, is that state's
        scoped = True
    if scope is not None or scoped:
        phrase.state, phrase.state_post = _state_spoken_of(ctx), said
    elif _local_portfolio(ctx, phrase):
        # "el alcalde X y la secretaria de Desarrollo Económico, Y" where the country's
        # government has no such ministry: a post of the city whose mayor the sentence names
        # ... or of the state whose governor this sentence or the one before names ("el
        # gobernador X destacó ... El secretario de Desarrollo Económico, Y, señaló")
        mayor = any(m.kind == "title" and m.label == "mayor" for m in ctx.mentions)
        near = [*ctx.mentions, *(ctx.doc.mentions[ctx.index - 1] if ctx.index else ())]
        governor = any(m.kind == "title" and m.label == "governor" for m in near)
        if mayor:
            phrase.state = jurisdiction(ctx, "mayor")
        elif governor:
            phrase.state = jurisdiction(ctx, "governor")


# a city's government: "secretario de Desarrollo Económico municipal", "del municipio", "the
# city's Economic Development Secretary", "la secrétaire municipale au Développement"
CITY_SCOPE = re.compile(
    r"\b(?:municipal|municipale|del\s+municipio|de\s+la\s+alcald[ií]a|del\s+ayuntamiento"
    r"|de\s+la\s+mairie|de\s+la\s+municipalidad)\b",
    re.IGNORECASE,
)
CITY_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:[Cc]ity|[Mm]unicipality|[Tt]own)[’']s\s+(?P<words>(?:[A-Z][\w-]*\s+){0,3})$"
)


# a unit's name that ends in the government it belongs to: "Desarrollo Económico del Gobierno
# de Jalisco", "Desarrollo Económico del Ayuntamiento", "Développement économique de la mairie"
GOVERNMENT_TAIL = re.compile(
    r"\s+(?:del|de\s+la|de\s+l[’']|du|of\s+the)\s+(?P<body>gobierno|ayuntamiento|municipio"
    r"|municipalidad|alcald[ií]a|gobernaci[oó]n|government|municipality|city\s+council"
    r"|gouvernement|mairie|municipalit[ée])"
    r"(?:\s+(?:de\s+la|de\s+l[’']|del|de|du|of)\s+(?P<place>.+))?$",
    re.IGNORECASE,
)
CITY_BODIES = frozenset(
    {"ayuntamiento", "municipio", "municipalidad", "alcaldia", "municipality", "city council",
     "mairie", "municipalite"}
)


def _government_tail(ctx: Context, phrase: Phrase) -> bool:
    """'secretario de Desarrollo Económico del Gobierno de Jalisco', 'director de Desarrollo
    Económico del Ayuntamiento': a unit of a state's or a city's government, whose name the
    recognizer ran into the government's: the post is of the state or city it names, else of
    the one the sentence (or the article) names, by the kind of government."""
    org = phrase.org
    if org is None or org.key or org.kind not in ("org", "name"):
        return False
    tail = GOVERNMENT_TAIL.search(org.text)
    if tail is None or not tail.start():
        return False
    body = fold(tail.group("body"))
    city = body in CITY_BODIES
    types = ("City",) if city else ("State",)
    state = None
    if tail.group("place"):
        entry = default_gazetteer().match(tail.group("place"))
        if entry is None or entry.type not in ("City", "State"):
            return False  # "del Gobierno de Canadá": a federal unit, another rule's
        state = ctx.resolution.known_entity(entry.key)
    phrase.org = None
    phrase.state = state or article_place(ctx, types, sentence_only=True) or article_place(
        ctx, types
    )
    phrase.state_post = True
    return True


# the head words of a secretariat or ministry named after the portfolio of its head's title
SECRETARIAT_HEADS = ("secretaria", "ministerio", "ministere", "ministry", "secretariat")
PLACE_TAIL = re.compile(r"\s+(?:de\s+la|de\s+l[’']|del|de|du|d[’']|of)\s+(?P<place>.+)$", re.I)


# a person's possessive right before a cabinet title: "Her Economy Secretary", "su secretario
# de Economía", "son ministre de l'Économie"
PERSON_POSSESSIVE = re.compile(r"(?<!\w)(?:her|his|su|sa|son)\s+$", re.IGNORECASE)


def leader_possessive(ctx: Context, phrase: Phrase) -> str | None:
    """'Governor X said ... Her Economy Secretary, Y': a cabinet title a person's possessive
    opens, after a governor or mayor named in this sentence or the one before, is a post of
    that leader's state or city: the leader's category, else None."""
    if phrase.title.label != "minister":
        return None
    start = max(ctx.sentence.begin, phrase.outer - 8)
    if not PERSON_POSSESSIVE.search(ctx.text, start, phrase.outer):
        return None
    here = [m for m in ctx.mentions if m.end <= phrase.outer]
    before = list(ctx.doc.mentions[ctx.index - 1]) if ctx.index else []
    for m in reversed([*before, *here]):
        if m.kind == "title" and m.label in ("governor", "mayor"):
            return m.label
    return None


def _named_secretariat(ctx: Context, phrase: Phrase) -> bool:
    """'la secretaria de Educación, X' in an article that names the 'Secretaría de Educación
    de Guanajuato': a minister's title whose portfolio names one state's or city's
    secretariat of the article is the post of that secretariat."""
    if phrase.category != "minister" or phrase.org is not None or phrase.place is not None:
        return False
    rest = fold(ctx.text[phrase.title.end : phrase.end])
    if not rest.startswith(("de ", "del ", "of ", "du ", "des ", "a ", "au ", "aux ")):
        return False
    gazetteer = default_gazetteer()
    found: dict[str, Mention] = {}
    for sentence in ctx.doc.mentions:
        for m in sentence:
            if m.kind != "org":
                continue
            name = fold(m.text)
            head = next((h for h in SECRETARIAT_HEADS if name.startswith(h + " ")), None)
            if head is None or not name[len(head) :].startswith(" " + rest):
                continue
            tail = PLACE_TAIL.fullmatch(m.text[len(head) + len(rest) + 1 :])
            entry = gazetteer.match(tail.group("place")) if tail else None
            if entry is not None and entry.type in ("State", "City"):
                entity = ctx.entity(m, "Organization")
                if entity is not None:
                    found.setdefault(entity.key, m)
    if len(found) != 1:
        return False
    phrase.state = ctx.entity(next(iter(found.values())), "Organization")
    phrase.state_post = True
    return True


def _city_post(ctx: Context, phrase: Phrase) -> bool:
    """A cabinet post a city scope marks ("secretario de Turismo municipal", "the city's
    Economic Development Secretary") is the post of the city the sentence (else the article)
    names; with no city named, none: not the state's, not the country's."""
    if phrase.category not in ("minister", "government") and not phrase.portfolio:
        return False
    inside = CITY_SCOPE.search(ctx.text, phrase.title.begin, phrase.end)
    after = CITY_SCOPE.match(ctx.text, phrase.end + 1, ctx.sentence.end) if not inside else None
    before = CITY_BEFORE.search(ctx.text, max(ctx.sentence.begin, phrase.outer - 60), phrase.outer)
    if not (inside or after or before):
        return False
    if after:
        phrase.end = after.end()
    if before:  # "the city's Economic Development Secretary": its words are the post's
        phrase.begin = min(phrase.begin, before.start("words"))
        phrase.outer = before.start()
    phrase.state = article_place(ctx, ("City",), sentence_only=True) or article_place(
        ctx, ("City",)
    )
    phrase.state_post = True
    return True


def _state_spoken_of(ctx: Context) -> Entity | None:
    """The one state the sentence names, else the one the article names most."""
    return article_place(ctx, ("State",), sentence_only=True) or article_place(ctx, ("State",))


STATE_BEFORE = re.compile(
    r"\b(?:(?:the\s+)?[Ss]tate[’']s\s+|(?<![\w-])State\s+(?P<words>(?:[A-Z][\w-]*\s+){0,3}))$"
)
GOVERNMENT_AFTER = re.compile(
    r"\s+(?:du|del|of the)\s+(?:gouvernement|gobierno|government)\b(?!\s*(?:de|del|of|du|d[’']"
    r"|fédéral|federal|national|nacional|[A-ZÁÉÍÓÚÑ]))"
)


@cache
def _state_cabinet(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lang_lines(lang, "title_state_cabinet"))


NATIONAL = re.compile(
    r"\s*\b(?:federal|nacional|national|fédéral|fédérale|del país|du pays|of the country)\b", re.I
)


def _cabinet_portfolio(ctx: Context, phrase: Phrase) -> bool:
    """A state-cabinet title ('secretario') with a portfolio, no place, no body and nothing
    national in its phrase."""
    if phrase.category != "minister" or not phrase.portfolio or phrase.place or phrase.org:
        return False
    if fold(phrase.title.text) not in _state_cabinet(ctx.lang):
        return False
    return not (
        NATIONAL.search(ctx.text, phrase.outer, phrase.end)
        or NATIONAL.match(ctx.text, phrase.end, ctx.sentence.end)
    )


def _state_ceremony(ctx: Context, phrase: Phrase) -> bool:
    """A minister's portfolio with no country, no body and nothing national in its phrase, in a
    sentence whose places are all states and cities, with no country among them."""
    if not _cabinet_portfolio(ctx, phrase):
        return False
    places = [m for m in ctx.mentions if m.kind in ("place", "demonym") and m.key]
    return bool(places) and all(m.kind == "place" and m.type in ("State", "City") for m in places)


def _local_portfolio(ctx: Context, phrase: Phrase) -> bool:
    """A state-cabinet title ('secretario de Desarrollo Económico') with a portfolio the
    article's country has no ministry of, and nothing national in its phrase."""
    if not _cabinet_portfolio(ctx, phrase):
        return False
    country = context_country(ctx)
    gazetteer = default_gazetteer()
    if country is None or not gazetteer.lists_ministries(country.key):
        return False  # a country whose ministries the gazetteer does not list: no telling
    return not gazetteer.has_portfolio(country.key, phrase.portfolio)


def _state_sentence(ctx: Context) -> bool:
    """The sentence names one state and no country: the government it speaks of is a state's."""
    places = [m for m in ctx.mentions if m.kind in ("place", "demonym") and m.key]
    states = {m.key for m in places if m.type == "State"}
    return len(states) == 1 and not any(m.type == "Country" for m in places)


# between a state body's name (and its acronym) and the state: "(Sedeco) de", "del estado de"
OF_STATE = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:de|del|of)\s+(?:(?:el|the)\s+)?(?:estado de\s+)?"
)
IN_STATE = re.compile(r"\s+(?:en|in|à|au|dans)\s+(?:(?:el|la|le|l[’']|the)\s*)?(?:estado de\s+)?")


def _state_office(ctx: Context, phrase: Phrase) -> bool:
    """'titular de la Secretaría de Economía de Sonora': a federal body's generic name, then a
    state, names the state's own office; the post is the state's."""
    org, place = phrase.org, phrase.place
    if org is None or place is None or place.kind != "place" or place.type not in ("State",):
        return False
    if place.begin < org.end:
        return False
    if not org.key:  # "Secretaría de Desarrollo Económico (Sedeco) de Jalisco": the state's own
        if ctx.type_of(org) != "GovernmentOrganization" or not OF_STATE.fullmatch(
            ctx.gap(org, place)
        ):
            return False
        phrase.org = None
        phrase.state = ctx.entity(place)
        return True
    if IN_STATE.fullmatch(ctx.gap(org, place)):
        return False  # "delegado de la Secretaría de Bienestar en Sonora": the body's, there
    entry = default_gazetteer().get(org.key)
    if entry is None or entry.type != "GovernmentOrganization" or entry.country is None:
        return False
    phrase.org = None
    phrase.state = ctx.entity(place)
    return True
