"""Organization names that the text defines with an acronym: "Nombre Largo (NL)".

Capitalization alone cuts names with lowercase words ("Agence nationale de la transformation
numérique (ANTN)", "Centro nacional de metrología (CENAM)") to their first word or their
complement. An acronym in brackets right after the name gives its boundary: the name is the
shortest run of words before the bracket whose initials, connectors aside, spell the
acronym. Each word gives the first one to three of its letters; connectors (de, la, of) may
give none.
"""

from __future__ import annotations

import re

from kg.model import Mention
from kg.recognize.names import CONNECTORS, Token, lexicon, org_word_type
from kg.text import fold, strip_accents

ACRONYM = re.compile(
    r"\(\s*([A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑ&.\-]{1,11}(?:\s[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑ&.\-]{1,6})?)\s*\)"
)  # "(CENAM)", "(Senati)", "(EDF SEI)": a second part after a space
# words that may join a name without giving a letter to its acronym
SKIP = CONNECTORS | frozenset(
    {"et", "e", "and", "y", "pour", "para", "for", "à", "en", "a", "le", "les", "el"}
)


def _letters(acronym: str) -> str:
    """The capitals of an acronym: 'UATx' -> 'UAT', 'S.A.' -> 'SA', 'EDF SEI' -> 'EDFSEI';
    of one written as a word (four letters or more, as Spanish and French papers write them:
    'Senati', 'Indotel'), all its letters."""
    capitals = "".join(c for c in acronym if c.isupper())
    if len(capitals) == 1 and len(acronym) >= 4 and acronym[1:].isalpha():
        return acronym.upper()
    return capitals


def find_defined(text: str, tokens: list[Token], lang: str) -> list[tuple[int, int, Mention]]:
    """Names defined by a bracketed acronym after them: (first token, last token + 1, mention).

    Only names of three words or more, so that a pair of capitalized words ("Juan Pérez
    (JP)") is left to the other recognizers, and only with an organization word in them or an
    acronym opening them ("EDF Systèmes énergétiques insulaires"), whose type they take."""
    if not tokens:
        return []
    found = []
    stop_at = min(len(text), tokens[-1].end + 3)  # the closing bracket after the last token
    for m in ACRONYM.finditer(text, tokens[0].begin, stop_at):
        letters = _letters(m.group(1))
        if len(letters) < 2:
            continue
        end = _last_token_before(tokens, m.start())
        if end is None or text[tokens[end].end : m.start()].strip():
            continue
        first = _match_initials(tokens, end, letters)
        if first is None or end - first + 1 < 3:
            continue
        words = [t.text for t in tokens[first : end + 1]]
        if _holds_person(words, lang):
            continue
        kind = org_word_type(words, lang)
        if not kind and len(words[0]) >= 2 and words[0].isupper():
            kind = "Organization"  # "EDF Systèmes énergétiques insulaires (EDF SEI)"
        if not kind or not tokens[first].capitalized:
            continue
        begin, stop = tokens[first].begin, tokens[end].end
        surface = text[begin:stop]
        found.append(
            (first, end + 1, Mention("org", begin, stop, surface, label=surface, type=kind))
        )
    return found


def _holds_person(words: list[str], lang: str) -> bool:
    """An honorific among the words ("the Ministry, Ms Ana Paz, and the Director of the ..."):
    a person named inside, so no one organization's name."""
    honorifics = lexicon(lang)["honorifics"]
    return any(fold(w.rstrip(".")) in honorifics for w in words)


def _last_token_before(tokens: list[Token], offset: int) -> int | None:
    last = None
    for i, token in enumerate(tokens):
        if token.end <= offset:
            last = i
        else:
            break
    return last


def _match_initials(tokens: list[Token], end: int, letters: str) -> int | None:
    """The first token of the shortest run ending at `end` that spells `letters`: each word
    gives the first one to three of its letters ("CENAM": CEntro NAcional de Metrología),
    connectors may give none, and so may one lower-case word ("Cirad": Centre de coopération
    Internationale en Recherche Agronomique pour le Développement)."""
    want = strip_accents(letters).casefold()
    for first in range(end - 1, max(-1, end - 12), -1):
        words = [strip_accents(t.text).casefold().strip("’'") for t in tokens[first : end + 1]]
        if words[0] in SKIP or not tokens[first].text[:1].isupper():
            continue  # a name starts with a capital: "coopération internationale ..." is inside one
        lower = [not t.text[:1].isupper() for t in tokens[first : end + 1]]
        if _spells(words, want, lower):
            return first
    return None


def _spells(words: list[str], want: str, lower: list[bool], skips: int = 1) -> bool:
    if not words:
        return not want
    word, rest = words[0], words[1:]
    if word in SKIP and _spells(rest, want, lower[1:], skips):
        return True
    if lower[0] and skips and _spells(rest, want, lower[1:], skips - 1):
        return True
    if not word[:1].isalpha():
        return False
    return any(
        want.startswith(word[:n]) and _spells(rest, want[n:], lower[1:], skips)
        for n in range(1, min(3, len(word)) + 1)
    )


# "(Concanaco Servytur)": a short name in brackets, one to three capitalized words
BRACKETED = re.compile(r"\(\s*[A-ZÁÉÍÓÚÑ][\w&.\-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w&.\-]*){0,2}\s*\)")
# words that join the parts of a name that lists its fields ("Comercio, Servicios y Turismo")
JOINERS = frozenset({"y", "e", "et", "and", "&"})


def find_closed(text: str, tokens: list[Token], lang: str) -> list[tuple[int, int, Mention]]:
    """Names that list their fields and that a name in brackets closes: "la Confederación de
    Cámaras Nacionales de Comercio, Servicios y Turismo (Concanaco Servytur)", whatever the
    bracket spells. Capitalization alone cuts such a name at its comma; the bracket says the
    list is the name's. The name starts at an organization word and holds only capitalized
    words, connectors, commas and "y"; a second organization word after a comma makes it a
    list of organizations, not one name."""
    if not tokens:
        return []
    found = []
    stop_at = min(len(text), tokens[-1].end + 3)
    for m in BRACKETED.finditer(text, tokens[0].begin, stop_at):
        end = _last_token_before(tokens, m.start())
        if end is None or text[tokens[end].end : m.start()].strip():
            continue
        first = _closed_start(text, tokens, end, lang)
        if first is None:
            continue
        words = [t.text for t in tokens[first : end + 1]]
        if _holds_person(words, lang):
            continue
        begin, stop = tokens[first].begin, tokens[end].end
        surface = text[begin:stop]
        kind = org_word_type(words[:1], lang) or "Organization"
        found.append(
            (first, end + 1, Mention("org", begin, stop, surface, label=surface, type=kind))
        )
    return found


def _closed_start(text: str, tokens: list[Token], end: int, lang: str) -> int | None:
    """The first token of a listing name that ends at `end` (see `find_closed`), or None."""
    heads: list[int] = []
    commas = 0
    k = end
    while k >= 0 and end - k < 16:
        word = tokens[k].text
        if not (word[:1].isupper() or word.casefold() in CONNECTORS | JOINERS):
            break
        if word[:1].isupper() and org_word_type([word], lang):
            heads.append(k)
        gap = text[tokens[k - 1].end : tokens[k].begin].strip() if k else ""
        if gap == "," and heads:
            break  # the part with the organization word is the name's start
        if gap not in ("", ","):
            break
        commas += gap == ","
        k -= 1
    if not commas or not heads:
        return None  # no comma inside: the other recognizers find the name whole
    return heads[-1]


def add_defined(
    text: str, tokens: list[Token], taken: list[bool], mentions: list[Mention], lang: str
) -> None:
    """Add the names acronyms define (see `find_defined`) to a sentence's mentions, in place.

    A known name inside the defined one ("Paris" in "Aéroports de Paris (ADP)") gives way to
    it; a known name as long or longer wins."""
    for first, last, mention in [
        *find_defined(text, tokens, lang),
        *find_closed(text, tokens, lang),
    ]:
        inside = [m for m in mentions if m.begin < mention.end and mention.begin < m.end]
        if any(m.begin <= mention.begin and mention.end <= m.end for m in inside):
            continue  # the gazetteer knows it whole (or more)
        if any(m.begin < mention.begin or m.end > mention.end for m in inside):
            continue  # a known name straddles the boundary
        for m in inside:
            mentions.remove(m)
        mentions.append(mention)
        for i in range(first, last):
            taken[i] = True
