"""Canonical facts: what several articles state alike, whatever their language or wording.

Per-article statements that state the same thing share one canonical fact:

| kind        | the same thing                                    | its value                |
|-------------|---------------------------------------------------|--------------------------|
| role        | person + organization                             | the post, in English     |
| investment  | investor + country + currency + amount (rounded)  | the amount               |
| partnership | the two partners                                  | —                        |
| claim       | subject + kind                                    | the value                |

An investment's place is rolled up to its country, so "5 billion dollars in Querétaro" and "$5
billion in Mexico" are one investment. Values compare within a tolerance (`SAME`) and within
one unit (a currency, or the thing counted), so rounding ("2,5 milliards" / "2,45 milliards")
and restating in another currency are never a conflict. Titles compare by their post in
English from the per-language lexicon (présidente = President), qualifiers aside.

Everything here is pure: the keys are computed per article, at the RDF boundary.
"""

from __future__ import annotations

import hashlib
import math
from decimal import ROUND_HALF_UP, Decimal

from kg.gazetteer import default as default_gazetteer
from kg.model import Claim, Entity, Investment, Partnership, Role
from kg.recognize.names import lexicon, tokenize
from kg.recognize.titles import find_titles
from kg.text import fold

SAME = 0.05  # relative difference under which two figures are the same figure, rounded


def country_key(place: Entity | None) -> str:
    """The gazetteer country a place is in (the place itself when it is a country or unknown)."""
    if place is None:
        return ""
    entry = default_gazetteer().get(place.key)
    if entry is not None and entry.country:
        return entry.country
    return place.key


def rounded(value: float, digits: int = 2) -> str:
    """A figure to `digits` significant digits, half up, as text: 2450000000 -> '2.5E+9'."""
    if value == 0:
        return "0"
    exponent = math.floor(math.log10(abs(value)))
    quantum = Decimal(1).scaleb(exponent - digits + 1)
    return f"{Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP).normalize():E}"


def title_key(title: str, lang: str) -> str:
    """The post a title names, in English: 'directrice générale d'AWS' -> 'director general'.

    Several posts ('Chairman and CEO') give their keys joined by ' & ', in text order; a title
    outside the lexicon gives its folded words.
    """
    keys = lexicon(lang)["title_keys"]
    found = find_titles(title, tokenize(title), lang)
    names = []
    for mention in found:
        for part in _parts(mention.text):
            part = part.casefold().replace("’", "'")
            if mention.qualifier == "former" and part not in keys:
                part = part.removeprefix("ex-").removeprefix("ex")  # "expresidente"
            key = keys.get(part)
            if key and key not in names:
                names.append(key)
    if any(m.qualifier == "former" for m in found):
        names = [f"former {n}" for n in names]
    return " & ".join(names) if names else fold(title)


def _parts(text: str) -> list[str]:
    for conj in (" and ", " y ", " et ", " & ", " e "):
        if conj in text.casefold():
            i = text.casefold().index(conj)
            return [*_parts(text[:i]), *_parts(text[i + len(conj) :])]
    return [text.strip()]


def canonical_key(fact: Role | Investment | Partnership | Claim) -> tuple[str, ...]:
    """What makes two statements state the same fact (see the module's table)."""
    if isinstance(fact, Role):
        return ("role", fact.person.key, fact.org.key)
    if isinstance(fact, Investment):
        amount = (
            (fact.amount.currency, rounded(fact.amount.value))
            if fact.amount
            else ("", "undisclosed")
        )
        return ("investment", fact.investor.key, country_key(fact.place), *amount)
    if isinstance(fact, Partnership):
        a, b = sorted((fact.a.key, fact.b.key))
        return ("partnership", a, b)
    if isinstance(fact, Claim):
        return ("claim", fact.subject.key, fact.claim)
    raise TypeError(f"not a fact: {fact!r}")


def conflict_key(fact: Role | Investment | Partnership | Claim) -> tuple[str, ...] | None:
    """Statements with the same conflict key and different values disagree; None: never."""
    if isinstance(fact, Role):
        return ("role", fact.person.key, fact.org.key)
    if isinstance(fact, Investment):
        if fact.amount is None:
            return None
        return ("investment", fact.investor.key, country_key(fact.place), fact.amount.currency)
    if isinstance(fact, Claim):
        return ("claim", fact.subject.key, fact.claim)
    return None


def comparables(facts, lang: str) -> dict[int, str]:
    """For each fact (by index), the value that conflicting statements differ in.

    A role's value is the set of posts the article gives the person at that organization
    ('ceo & chairman'), so two posts held at once are never in conflict with each other;
    a figure's value is rounded, with its currency for money."""
    posts: dict[tuple[str, str], set[str]] = {}
    for fact in facts:
        if isinstance(fact, Role):
            posts.setdefault((fact.person.key, fact.org.key), set()).add(
                title_key(fact.title, lang)
            )
    out = {}
    for i, fact in enumerate(facts):
        if isinstance(fact, Role):
            out[i] = " & ".join(sorted(posts[(fact.person.key, fact.org.key)]))
        elif isinstance(fact, Investment) and fact.amount:
            out[i] = f"{rounded(fact.amount.value)} {fact.amount.currency}"
        elif isinstance(fact, Claim):
            money = fact.claim == "gdp_contribution" or len(fact.unit) == 3 and fact.unit.isupper()
            out[i] = f"{rounded(fact.value)} {fact.unit}" if money else rounded(fact.value)
    return out


def digest(key: tuple[str, ...]) -> str:
    return hashlib.sha1("\x1f".join(key).encode()).hexdigest()[:16]


def same_figure(a: float, b: float) -> bool:
    """Two figures that differ only by rounding."""
    return abs(a - b) <= SAME * max(abs(a), abs(b))
