"""Where and whose a title phrase's post is, told after the title: its site ("directora de la
planta San Isidro", "directeur de l'usine d'Orvanne": the owner after "de"), its regional
scope ("vicepresidente para América Latina", "para Centroamérica y el Caribe": a company's
post, not a government's), a company's unit in a country ("president of the new Mexican
unit": the company's), the adjectives and charged fields of a portfolio ("au Développement
économique durable", "chargé du Numérique") and the board a post sits on. Helpers of
`kg.extract.title_phrases`, which builds the phrase.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.base import Context
from kg.extract.lexicon import pattern
from kg.extract.title_body import COMPLEMENT
from kg.gazetteer import default as default_gazetteer
from kg.model import Mention
from kg.recognize.names import lexicon
from kg.text import lang_lines, lang_table

if TYPE_CHECKING:
    from kg.extract.title_phrases import Phrase

VICE = re.compile(r"deputy|vice|acting|assistant|associate")
SCOPE_BEFORE = re.compile(r"\s*(?:for|para|pour)\b", re.IGNORECASE)


def site_after(ctx: Context, m: Mention) -> int | None:
    """Where a site or area noun after an unknown name ends ('San Isidro plant', 'Andean
    region', `lang/*/post_sites`): the name is the site's, not an organization's."""
    if m.kind not in ("name", "place"):
        return None
    site = sites(ctx.lang).match(ctx.text, m.end, ctx.sentence.end)
    return site.end() if site else None


@cache
def sites(lang: str) -> re.Pattern[str]:
    words = sorted(lang_lines(lang, "post_sites"), key=len, reverse=True)
    body = "|".join(re.escape(w) for w in words) or "(?!x)x"
    return re.compile(rf" (?-i:{body})(?![\w-])")


@cache
def described_complement(lang: str) -> re.Pattern[str]:
    """' of the miner ', ' du groupe ': a complement whose description noun (`lang/*/anaphora`,
    `lang/*/org_descriptors`) stands before the organization's own name ('chief executive of
    the miner Vextra Gold')."""
    nouns = sorted(
        {row[0] for row in lang_table(lang, "anaphora") if row[1:2] == ("noun",)}
        | set(lang_lines(lang, "org_descriptors")),
        key=len,
        reverse=True,
    )
    body = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns) or "(?!x)x"
    return re.compile(
        rf"\s*(?:of\s+the|of|de\s+la|de\s+l[’']|del|du|de|des)\s*(?-i:{body})"
        r"(?:\s+(?-i:[a-zà-ÿ]+))?\s+",
        re.IGNORECASE,
    )


@cache
def site_before(lang: str) -> re.Pattern[str]:
    """' de la zone ', ' del bureau de ': a site or area noun of `lang/<lang>/post_sites` that
    names, where the noun comes first (Spanish, French), the site of the name after it."""
    if lang == "en":
        return re.compile(r"(?!x)x")
    words = sorted(lang_lines(lang, "post_sites"), key=len, reverse=True)
    body = "|".join(re.escape(w) for w in words) or "(?!x)x"
    return re.compile(
        rf"\s+(?:de\s+la|de\s+l[’']|del|du|de|des)\s*(?-i:{body})\s+(?:(?:de|du|d[’'])\s*)?",
        re.IGNORECASE,
    )


SITE_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z]+)\s+\Z")


def site_noun_before(ctx: Context, at: int) -> int | None:
    """English puts the site noun before the title ('the Monterrey plant director', "Inacap's
    campus director"): where a noun of `lang/en/post_sites` right before `at` begins."""
    if ctx.lang != "en":
        return None
    word = SITE_WORD_BEFORE.search(ctx.text, max(ctx.sentence.begin, at - 20), at)
    if word is None or sites(ctx.lang).fullmatch(" " + word.group(1)) is None:
        return None
    return word.start(1)


ADJECTIVE = re.compile(r"\s+[a-zàâçéèêëîïôûùáíóúñ]{4,}(?=\s)")


# the government whose portfolio it is, between the portfolio and its state: "du
# gouvernement du Jalisco", "of the Government of Jalisco", "del Gobierno del Estado de"
GOVERNMENT_OF = re.compile(
    r"\s+(?:of\s+the|del|du|de\s+l[’'])\s+(?:gouvernement|gobierno|government)"
    r"(?:\s+(?:del|de\s+l[’']|of\s+the)\s+(?:estado|état|state))?(?=\s)",
    re.IGNORECASE,
)


def adjective_gap(gap: str) -> bool:
    """'au Développement économique du Jalisco', 'de Desarrollo Económico Sustentable': one or
    two lower-case adjectives of the portfolio ('économique durable'), then a connector; or
    the government whose portfolio it is, then a connector ('au Développement économique du
    gouvernement du Jalisco', 'of Economic Development of the Government of Jalisco')."""
    m = ADJECTIVE.match(gap)
    if m and not COMPLEMENT.fullmatch(gap[m.end() :]):
        m = ADJECTIVE.match(gap, m.end()) or m
    rest = gap[m.end() :] if m else gap
    government = GOVERNMENT_OF.match(rest)
    if government:
        return bool(COMPLEMENT.fullmatch(rest[government.end() :]))
    return bool(m) and bool(COMPLEMENT.fullmatch(rest))


@cache
def bodies(lang: str) -> re.Pattern[str]:
    words = sorted(lang_lines(lang, "title_bodies"), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!x)x"
    return re.compile(rf"[’']s\s+(?:{body})(?![\w-])", re.IGNORECASE)


def board_after(ctx: Context, end: int) -> int | None:
    """Where "'s board of directors" after an organization ends (`lang/*/title_bodies`)."""
    m = bodies(ctx.lang).match(ctx.text, end, ctx.sentence.end)
    return m.end() if m else None


def charged_gap(ctx: Context, phrase: Phrase, gap: str) -> bool:
    """' chargé de l'', ' in charge of ': a minister's field follows (`lang/*/title_fields`)."""
    if phrase.category != "minister":
        return False
    m = pattern(ctx.lang, "title_fields", "charged").match(gap.strip())
    return bool(m) and m.start() == 0 and bool(COMPLEMENT.fullmatch(gap.strip()[m.end() :]))


OWNER_AFTER_SITE = re.compile(r"(?:\bde|\bdu|\bd[’'])\s*$", re.IGNORECASE)
APPOSITION = re.compile(r"\s*,\s*")
# English capitalizes the demonym of a company's unit: "of the new Mexican unit"
UNIT_OF = re.compile(r"\s+of\s+(?:the|its)\s+(?:[a-z]+\s+)?[A-Z][a-z]+\s+[a-z]+\b")


def unit_words(ctx: Context, words: str) -> bool:
    """'of the new Mexican unit', 'de la nueva filial mexicana': lower-case words with a
    company's noun (`org_descriptors`: unit, subsidiary, filial, filiale) and a demonym."""
    lex = lexicon(ctx.lang)
    folded = [w.casefold().strip("’'") for w in words.split()]
    gazetteer = default_gazetteer()
    return any(w in lex["descriptors"] for w in folded) and any(
        gazetteer.demonym(w) for w in folded
    )


def company_unit(ctx: Context, phrase: Phrase, ms: list[Mention], k: int, end: int) -> None:
    """A post of a company's unit in a country is a company post, not the country's: the
    unit named in apposition after it ('president of the new Mexican unit, Acme de México'),
    else the company spoken of."""
    phrase.category, phrase.place = "corporate", None
    if (
        k < len(ms)
        and ms[k].kind in ("org", "name")
        and ctx.type_of(ms[k]) != "Person"
        and APPOSITION.fullmatch(ctx.gap(end, ms[k]))
    ):
        phrase.org = ms[k]
    else:
        phrase.anaphora = True


SCOPE_AND = re.compile(
    r"\s*,?\s+(?:y|e|et|and)\s+(?:(?:the|el|la|los|las|le|les|l[’'])\s*)?", re.IGNORECASE
)


def more_scope(ctx: Context, ms: list[Mention], k: int) -> int:
    """'para Centroamérica y el Caribe', 'pour l'Amérique centrale et les Caraïbes': the
    places a scope joins to its first one, the index of the last."""
    while (
        k + 1 < len(ms)
        and ms[k + 1].kind == "place"
        and SCOPE_AND.fullmatch(ctx.gap(ms[k], ms[k + 1].begin))
    ):
        k += 1
    return k


def scope(phrase: Phrase) -> None:
    """A post 'for' a region is a company's regional post, not a government's."""
    if phrase.category in ("head_of_state", "generic", "corporate"):
        phrase.category = "corporate"
        phrase.portfolio = None  # "vicepresidenta de Inversiones para México": a unit
