"""Words beside a name that say it is an organization's: "la empresa Zorbel", "Brisco, the
Swiss-based maker of valves, ...", "Norvald, con sede en Monterrey, ..."."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.gazetteer import default as default_gazetteer

if TYPE_CHECKING:
    from kg.recognize.names import Token


def described(text: str, first: Token, lex: dict) -> bool:
    """'le groupe Carrefour', 'telecoms firm Viasat', 'la empresa Huawei': a company noun
    right before the name, or before a demonym before it ('la minera canadiense Solaris')."""
    before = re.search(
        r"([\w-]+)\s+(?:([\w-]+)\s+)?$", text[max(0, first.begin - 40) : first.begin]
    )
    if before is None:
        return False
    noun, last = before.group(1).casefold(), before.group(2)
    if last is None:
        return noun in lex["descriptors"]
    if last.casefold() in lex["descriptors"]:
        return True
    return noun in lex["descriptors"] and last.islower() and bool(default_gazetteer().demonym(last))


def described_after(text: str, last: Token, lex: dict) -> bool:
    """'Agroamerica, a major food corporation, ...': an apposition with a company noun.

    Also an apposition whose company noun has a complement ("Zorbel, empresa de origen
    alemán, ...", "Brisco, the Swiss-based maker of valves, ..."): the noun then comes first
    (after an article and at most one modifier) and "of"/"de" follows it."""
    after = re.match(
        r",\s+(?:a|an|the|un|una|une|el|la|le)\s+((?:[\w-]+\s+){0,3}?)([\w-]+)\s*,",
        text[last.end : last.end + 80],
    )
    if after and (after.group(1) + after.group(2)).islower():
        return after.group(2) in lex["descriptors"]
    if last.text.casefold().endswith(("ly", "mente", "ment")):
        return False  # "Finalmente, la empresa de ...": an adverb, no name
    if SEATED.match(text, last.end, last.end + 40):
        return True  # "Norvald, con sede en Monterrey, ...": only a body has a seat
    after = APPOSITION_OF.match(text, last.end, last.end + 80)
    if not after or after.group(1) and not _modifier(after.group(1)):
        return False  # "Additionally, the company Yura Corporation,": a name, no apposition
    return after.group(2) in lex["descriptors"]


SEATED = re.compile(
    r",\s+(?:con sede (?:en|central en)|headquartered in|based in|basée? à|dont le siège est)"
    r"\s+[A-ZÀ-Þ]"
)
APPOSITION_OF = re.compile(
    r",\s+(?:(?:a|an|the|un|una|une|el|la|le|l[’'])\s*)?([\w-]+\s+)?([^\W\d_]+)\s+"
    r"(?:of|de|del|du|des|d[’'])\s*[^,.;:]{1,50},"
)


def _modifier(word: str) -> bool:
    """'major', 'Swiss-based', 'canadiense': a word that may stand before a company noun."""
    word = word.strip()
    return word.islower() or word.endswith(("-based", "-owned"))
