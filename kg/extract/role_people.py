"""Who a role sentence is about: whether a name can be a person's, and who the sentence says
takes the post next ("X, CEO of Y, will be succeeded by Z", "Z sucederá a X como ...",
"Z succède à X au poste de ...")."""

from __future__ import annotations

import re

from kg.extract.base import Context
from kg.model import Mention
from kg.recognize.names import CONNECTORS, is_given_name, lexicon
from kg.text import fold

ARTICLE_START = frozenset({"la", "el", "los", "las", "le", "les", "the", "l"})


def can_be_person(ctx: Context, m: Mention) -> bool:
    """A name that can be a person's: a person, or an untyped name of two or more words that
    no article starts and no connector joins (unless a given name is in it)."""
    if not ctx.is_person(m) or fold(m.text) in ARTICLE_START:
        return False  # "Lima - La ministre": an article is nobody, whatever it resolves to
    if m.kind == "person" or ctx.type_of(m) == "Person":
        return True
    words = fold(m.text).split()
    if len(words) < 2 or words[0] in ARTICLE_START:
        return False  # "La República" is a newspaper, not a person
    # "Nacional de Ciencia": a connector inside, and no given name, makes no person's name
    connected = any(w.casefold() in CONNECTORS for w in m.text.split()[1:-1])
    return not connected or any(is_given_name(w, strict=False) for w in m.text.split())


# "X, CEO of Y, will be succeeded by Z", "sera remplacé par Z", "será sucedido por Z"
SUCCEEDED_BY = re.compile(
    r"\s*,?\s*(?:who\s+)?"
    # "will step down in June and be succeeded by", "dejará el cargo y será reemplazado por"
    r"(?:(?:will step down|steps down|stepped down|dejará el cargo|deja el cargo|dejó el cargo"
    r"|quittera ses fonctions|quitte ses fonctions)(?:\s+[\w-]+){0,3}?\s+(?:and|y|et)\s+)?"
    r"(?:will be|is to be|to be|would be|was|has been|will|is|be|"
    r"será|sera|serait|fue|a été|est|quien será)\s+"
    r"(?:succeeded|replaced|sucedid[oa]|reemplazad[oa]|sustituid[oa]|relevad[oa]|remplacée?"
    r"|succédée?|relayée?)\s+(?:in (?:the|this) post\s+|en el cargo\s+|au poste\s+)?"
    r"(?:by|por|par)\s+(?:(?:the|el|la|le)\s+)?$",
    re.IGNORECASE,
)


# "Z will succeed X as", "Z sucederá a X como", "Z succède à X au poste de", "Z replaces X as",
# "Z takes over from X as"
SUCCEEDS = re.compile(
    r"(?:\s*,[^,;:()]{1,60},)?"  # "X, currently its CFO, will replace Y as CEO"
    r"\s+(?:will succeed|succeeds|succeeded|will replace|replaces|replaced|is replacing"
    r"|takes over from|took over from|will take over from|is taking over from"
    r"|toma el relevo de|tomará el relevo de|tomó el relevo de|prend la relève de"
    r"|prendra la relève de|a pris la relève de"
    r"|sucederá a|sucede a|sucedió a|reemplazará a|reemplaza a|reemplazó a|sustituirá a"
    r"|sustituye a|sustituyó a|relevará a|releva a|relevó a|succède à|succédera à|a succédé à"
    r"|remplace|remplacera|a remplacé)\s+$",
    re.IGNORECASE,
)


def successor_before(ctx: Context, person: Mention) -> Mention | None:
    """The person the sentence says takes over from `person`, named before them."""
    before = [m for m in ctx.names() if m.end <= person.begin]
    for m in reversed(before[-4:]):  # names inside an aside ("hasta ahora director de X")
        if SUCCEEDS.fullmatch(ctx.gap(m, person)):
            if can_be_person(ctx, m) and ctx.type_of(m) == "Person":
                return m
            return None
    return None


def unqualified(ctx: Context, title: str) -> str:
    """The title without the qualifier words of its holder ('director general saliente')."""
    quals = lexicon(ctx.lang)["qualifiers"]
    return " ".join(w for w in title.split() if w.casefold() not in quals)


def next_holder(ctx: Context, end: int) -> Mention | None:
    """The person who, the sentence says, takes the post next."""
    for m in ctx.names():
        if m.begin >= end:
            if SUCCEEDED_BY.fullmatch(ctx.gap(end, m)) and can_be_person(ctx, m):
                return m
            return None
    return None


def previous_holder(ctx: Context, end: int) -> Mention | None:
    """The person who, the sentence says, held the post before: 'X will take over as CEO on
    May 1, succeeding Y', 'nombrada directora, en sustitución de Y', 'en remplacement de Y'."""
    for m in ctx.names():  # names between ("on April 1 in Lima, succeeding Y") are skipped
        if m.begin >= end:
            if m.begin - end > 80:
                return None
            if PRECEDED_BY.fullmatch(ctx.gap(end, m)):
                return m if can_be_person(ctx, m) and ctx.type_of(m) == "Person" else None
    return None


PRECEDED_BY = re.compile(
    r"[^.;:()]{0,40}?,\s*(?:succeeding|replacing|in place of|sucediendo a|reemplazando a"
    r"|en reemplazo de|en sustitución de|en lugar de|succédant à|remplaçant|en remplacement de"
    r"|à la place de)\s+(?:(?:the|el|la|le)\s+)?$",
    re.IGNORECASE,
)
