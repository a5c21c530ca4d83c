"""The lower-case rest of an organization's name: "Agence nationale de la sécurité numérique".

Spanish and French write many public bodies with one capital ("la Comisión nacional de
energía", "l'Agence française de développement"), so a run of capitalized words stops at the
head word. After an organization's head word the name goes on over adjectives of institutions
(`org_adjectives.txt`) and demonyms ("française"), then over one complement of lower-case words
("de développement", "de la transformation numérique") when the complement ends the clause (a
comma, a bracket, the sentence's end): a complement followed by more words may be the
sentence's, not the name's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.gazetteer import default as default_gazetteer
from kg.model import Mention
from kg.recognize.names import org_word_type
from kg.text import fold, lang_lines

WORD = re.compile(r"\s+([a-zà-öø-ÿ][\w-]*)")
COMPLEMENT = re.compile(
    r"\s+(?:de la|de las|de los|del|de l[’']|des|du|de|d[’']|pour la|pour le|pour l[’']|pour"
    r"|para la|para el|para|of the|of|for)\s*"
    r"((?:[a-zà-öø-ÿ][\w’'-]*)(?:\s+(?:(?:et|y|e|and|de|des|du|de la|del|of)\s+)?"
    r"[a-zà-öø-ÿ][\w-]*){0,3})(?=\s*[,.;:()«»\"“”]|\s*$)"
)


@cache
def _adjectives(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lang_lines(lang, "org_adjectives"))


@cache
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lang_lines(lang, "stopwords"))


def extend_orgs(text: str, mentions: list[Mention], lang: str, end: int) -> list[Mention]:
    """The mentions with each unknown organization's lower-case tail joined to it; demonyms
    inside a tail become part of the name."""
    out = list(mentions)
    for m in mentions:
        if m.kind != "org" or m.key or not org_word_type(m.text.split()[-1:], lang):
            continue
        stop = _tail(text, m.end, lang, end)
        if stop == m.end:
            continue
        inside = [o for o in out if o is not m and m.end <= o.begin < stop]
        if any(o.kind != "demonym" for o in inside):
            continue
        for o in inside:
            out.remove(o)
        surface = text[m.begin : stop]
        out[out.index(m)] = replace(m, end=stop, text=surface, label=surface)
    return out


def _tail(text: str, begin: int, lang: str, end: int) -> int:
    """Where the lower-case rest of a name starting at `begin` ends (`begin` if none)."""
    pos = begin
    while True:
        word = WORD.match(text, pos, end)
        if not word or not _adjective(word.group(1), lang):
            break
        pos = word.end()
    complement = COMPLEMENT.match(text, pos, end)
    if complement:
        words = fold(complement.group(1)).split()
        stop = _stopwords(lang) - {"de", "des", "du", "del", "la", "et", "y", "e", "of", "and"}
        if words and not any(w in stop for w in words) and words[-1] not in _stopwords(lang):
            pos = complement.end()
    return pos


def _adjective(word: str, lang: str) -> bool:
    return fold(word) in _adjectives(lang) or default_gazetteer().demonym(word) is not None
