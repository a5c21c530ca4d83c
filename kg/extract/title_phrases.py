"""Title phrases: a title of the lexicon with what the sentence puts around it.

Before the title: words of the post ("global", "Regional Sales"), a qualifier (former,
entrante, ancien), an organization or country ("AWS Vice President", "Mexico's Economy
Minister", "Mexican President"), a portfolio ("Economy Minister", "Deputy Energy Minister").
After it: words of the post ("gobernador constitucional", "directeur adjoint"), qualifiers
("par intérim"), then complements ("of the Council", "de AWS para México", "mexicain à
l'Économie", "del área de Ventas de X", "of Acme's board of directors", "chargé du
Numérique"). A phrase records the first organization, place and portfolio it names (the
ministry a portfolio names: `kg.extract.title_portfolio`), the state whose government a
portfolio belongs to ("secretario de Turismo de Guerrero", "del Estado":
`kg.extract.title_state`), a unit's company ("Área de Hilton"), and whether it points back to a
company ("de la empresa", "su presidente"). `kg.extract.roles` chooses the organization.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from kg.extract.base import COMPANY_LIKE, Context
from kg.extract.jurisdiction import (
    JURISDICTIONS,
)
from kg.extract.title_body import (
    COMPLEMENT,
    COORDINATED_UNIT,
    body_before,
    company_reference,
    department,
    field_of_unit,
    lower_body,
    post_unit,
    post_units,
    unit_before_person,
    unit_gap,
)
from kg.extract.title_portfolio import (
    is_portfolio_word,
    ministry_after,
    more_fields,
    whole_ministry,
)
from kg.extract.title_scope import (
    OWNER_AFTER_SITE,
    SCOPE_BEFORE,
    UNIT_OF,
    VICE,
    adjective_gap,
    board_after,
    charged_gap,
    company_unit,
    described_complement,
    more_scope,
    scope,
    site_after,
    site_before,
    site_noun_before,
    unit_words,
)
from kg.extract.title_state import leader_possessive, state_post
from kg.gazetteer import default as default_gazetteer
from kg.model import Entity, Mention
from kg.recognize.names import is_given_name, lexicon, region_words
from kg.text import fold, lang_table

LOWER_COMPLEMENT = re.compile(
    r"\s+(?:of|for|de|del|de la|des|du|au|aux|à|para|pour|en)\s+"
    # lower-case words, not an elided article before a name ("des opérations d'Ormeda")
    r"(?:(?![dl][’'][A-ZÀ-Þ])[a-záéíóúñçàèêëîïôûü][\w\-’']*\s?){1,4}?"
    r"(?=\s*[,;.)]|\s*$|\s+(?:de|of|en|at|in|for|para|pour|et|y|and|chez|à|au|con)\s|\s+d[’'])",
)
PAREN_AFTER = re.compile(r"\s*\([^()]{1,12}\)")
POSSESSIVE = re.compile(r"\s*(?:[’']s)?\s*$")
# a relative of possession between an organization and a post: "X, whose CEO", "X, dont le PDG",
# "la Asociación X (Axp), cuyo presidente"
WHOSE = re.compile(
    r"\s*\)?\s*,\s*(?:whose|cuy[oa]s?|dont\s+(?:le|la|les|l[’'])|dont\s+l[’'])\s*", re.IGNORECASE
)
S_POSSESSIVE = re.compile(r"[’']\s+")  # "Siemens' head": the apostrophe alone after an s
# "Su presidente", "its chief executive", "the company's CEO": a post at the company spoken of
COMPANY_POSSESSIVE = re.compile(
    r"(?:\b(?:its|their|su|sus|sa|son|ses|leur)|\b(?:company|firm|group|empresa|groupe)[’']s)\s+$",
    re.IGNORECASE,
)
QUALIFIER_AFTER = re.compile(r"\s+([\w-]+)")
QUALIFIER_AFTER_2 = re.compile(r"\s+([\w-]+\s+[\w-]+)")
MODIFIER_JOINED = re.compile(r"\s+(?:et|y|e|and)\s+([\w-]+)", re.IGNORECASE)
DETERMINERS = frozenset({"the", "el", "la", "le", "l", "los", "las", "les"})


@dataclass
class Phrase:
    """A title with what surrounds it in the sentence."""

    title: Mention
    begin: int  # of the text kept as the title (qualifier and portfolio included)
    end: int
    category: str
    qualifier: str | None
    org: Mention | None = None  # first organization the phrase names
    place: Mention | None = None  # first place or demonym the phrase names
    portfolio: str | None = None
    ministry: str | None = None  # gazetteer key of the ministry the portfolio names
    outer: int = 0  # where the phrase starts with its pre-modifiers (orgs, countries)
    state: Entity | None = None  # the state or city whose government the post belongs to
    state_post: bool = False  # the text says the post is a state's, found or not
    anaphora: bool = False  # "de la empresa", "of the company": the company spoken of
    company: Entity | None = None  # the company a unit's name ends with ("Área de Hilton")
    possessive: bool = False  # "su presidente", "its CEO", "son recteur"
    body: bool = False  # a complement names a body or unit ("du directoire", "de Ventas")
    body_name: tuple[int, int] | None = None  # "de l'université de Guyane": the body's name
    leader: str | None = None  # "Her Economy Secretary" after a governor: "governor"


def title_phrases(ctx: Context) -> list[Phrase]:
    ms = [m for m in ctx.mentions if m.kind in ("title", "demonym") or m.kind in _NAMES]
    phrases = []
    for i, m in enumerate(ms):
        if m.kind == "title":
            phrase = _phrase(ctx, ms, i)
            more_fields(ctx, phrase, ms)
            whole_ministry(ctx, phrase)
            phrases.append(phrase)
    # "Deputy Economy Minister": a title another phrase took in is no phrase of its own
    return [
        p
        for p in phrases
        if not any(o is not p and o.begin <= p.title.begin < o.end for o in phrases)
    ]


_NAMES = frozenset({"person", "org", "place", "program", "name"})


@cache
def _led_by(lang: str) -> re.Pattern[str]:
    """', led by its', ' es encabezada por el', ', dirigée par sa': between an organization and
    the title of the person who heads it (`lang/<lang>/role_verbs.txt`: a participle of kind
    by, or one of kind verb before a possessive: "dirigida por el economista X" is a director)."""
    rows = lang_table(lang, "role_verbs")

    def alt(kind: str) -> str:
        words = sorted((r[1] for r in rows if r[0] == kind), key=len)[::-1]
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"

    return re.compile(
        r"\s*,?\s*(?:(?:is|was|será|es|está|est|sera)\s+)?"
        rf"(?:(?:{alt('by')})\s+(?:(?:its|their|the|su|sus|el|la|sa|son|ses|le|l[’'])\s*)?"
        rf"|(?:{alt('verb')})\s+(?:its|their|su|sus|sa|son|ses)\s+)",
        re.IGNORECASE,
    )


HOST_AFTER = re.compile(
    r"\s+(?:en|in|to|à|au|aux|ante|auprès\s+d[eu’'])\s*(?:(?:la|el|le|les|l[’']|the)\s+)?",
    re.IGNORECASE,
)
LOWER_WORD = re.compile(r"\s+([a-zà-ÿ][a-zà-ÿ-]+)")


def _company_before(ctx: Context, m: Mention, phrase: Phrase, gap: str) -> bool:
    """'Rio Tinto Chief Executive', 'Suzano CEO': an untyped name right before a company post
    names the company (a person's name would be typed by its given name); before a post that
    could be a country's ('GyP President'), only a name the article types as a company, a
    school or a public body ('Stellan President', after 'the Stellan Institute')."""
    if gap.strip() or not ctx.is_org(m) or is_given_name(m.text.split()[0], strict=False):
        return False
    if phrase.category == "corporate":
        return True
    bodies = COMPANY_LIKE | {"EducationalOrganization", "GovernmentOrganization"}
    return phrase.category in ("head_of_state", "generic") and ctx.type_of(m) in bodies


def _portfolio(ctx: Context, m: Mention) -> str | None:
    if m.kind != "name" and not (m.kind == "org" and not m.key and " " not in m.text):
        return None
    country = ctx.doc.main_country
    gazetteer = default_gazetteer()
    word = fold(m.text)
    if country and gazetteer.ministry(country.key, word):
        return word
    return word if is_portfolio_word(word) else None


def _phrase(ctx: Context, ms: list[Mention], i: int) -> Phrase:
    title = ms[i]
    phrase = Phrase(title, title.begin, title.end, title.label, title.qualifier, outer=title.begin)
    _lower_portfolio(ctx, phrase)
    _chief_compound(ctx, phrase)
    # before: portfolio ("Economy Minister"), then org / country / demonym, possessive allowed
    site = site_noun_before(ctx, phrase.outer)
    if site is not None:  # "Inacap's Antofagasta campus director X": a word of the post
        phrase.begin = phrase.outer = site
        phrase.body = True
    j = i - 1
    while j >= 0:
        prev = ms[j]
        gap = ctx.gap(prev, phrase.outer)
        if (
            (prev.kind == "name" or prev.kind == "org" and not prev.key and " " not in prev.text)
            and not gap.strip()
            and not phrase.portfolio
        ):  # "Energy Minister": a portfolio word, even one that reads as an org word
            word = _portfolio(ctx, prev)
            if word:
                phrase.portfolio = word
                phrase.begin = phrase.outer = prev.begin
                j -= 1
                continue
        if (
            prev.kind == "title"
            and phrase.portfolio
            and not gap.strip()
            and VICE.fullmatch(prev.text.casefold())
        ):  # "Deputy Economy Minister", "Vice Trade Minister"
            phrase.begin = phrase.outer = prev.begin
            j -= 1
            continue
        if (
            POSSESSIVE.fullmatch(gap)
            or prev.text.endswith("s")
            and S_POSSESSIVE.fullmatch(gap)
            and prev.kind == "org"
        ) and prev.kind in ("org", "place", "demonym", "name"):
            if prev.kind == "place" or prev.kind == "demonym":
                phrase.place = phrase.place or prev
            elif (
                ctx.is_org(prev)
                and prev.kind != "name"
                or prev.kind == "name"
                and ("’" in gap or "'" in gap or _company_before(ctx, prev, phrase, gap))
            ):
                phrase.org = phrase.org or prev
            else:
                break
            phrase.outer = prev.begin
            j -= 1
            continue
        if (
            prev.kind in ("org", "name")
            and not phrase.org
            and ctx.is_org(prev)
            and ctx.type_of(prev) != "Person"
            and not is_given_name(prev.text.split()[0], strict=False)
            and _led_by(ctx.lang).fullmatch(gap)
        ):  # "Acme, led by its chief executive X", "Acme, dirigida por su gerente, X"
            phrase.org = prev
            break
        if (
            WHOSE.fullmatch(gap)
            and not phrase.org
            and (ctx.is_org(prev) or prev.kind == "name" and not ctx.is_person(prev))
        ):  # "Aguas del Elqui, dont le directeur général, X", "Acme, cuyo presidente, X"
            phrase.org = prev
        break
    phrase.leader = leader_possessive(ctx, phrase)
    if (
        phrase.category not in JURISDICTIONS
        and phrase.category != "diplomat"
        and not phrase.leader
        and COMPANY_POSSESSIVE.search(
            ctx.text, max(ctx.sentence.begin, phrase.outer - 20), phrase.outer
        )
    ):  # "its mayor" is still a city's mayor, "its ambassador" a country's
        phrase.category, phrase.possessive = "corporate", True
    lex = lexicon(ctx.lang)
    while True:  # "global CEO", "senior vice president": words of the post before its title
        before = re.search(r"([\w-]+)\s+$", ctx.text[ctx.sentence.begin : phrase.outer])
        if not (before and before.group(1).casefold() in lex["title_modifiers"]):
            break
        phrase.begin = phrase.outer = ctx.sentence.begin + before.start(1)
    before = re.search(r"(\S+)\s+$", ctx.text[ctx.sentence.begin : phrase.outer])
    quals = lex["qualifiers"]
    if before and before.group(1).casefold() in quals:  # "former", "newly-named"
        phrase.outer = ctx.sentence.begin + before.start(1)
        if not phrase.qualifier:  # a qualifier the title mention lacked joins the title
            phrase.qualifier = quals[before.group(1).casefold()]
            phrase.begin = phrase.outer
    # after: words of the post ("gobernador constitucional", "directeur adjoint"), then
    # complements, each a connector then a name, a demonym or a few lower-case words
    modified = False
    while True:
        after = QUALIFIER_AFTER.match(ctx.text, phrase.end, ctx.sentence.end)
        if modified and not (after and after.group(1).casefold() in lex["title_modifiers_after"]):
            after = MODIFIER_JOINED.match(ctx.text, phrase.end, ctx.sentence.end)
        if not (after and after.group(1).casefold() in lex["title_modifiers_after"]):
            break  # "directeur administratif et financier": a second word joined to the first
        phrase.end, modified = after.end(), True
    charged = CHARGED_FIELD.match(ctx.text, phrase.end, ctx.sentence.end)
    if charged and phrase.category != "minister":  # "vice-président chargé des finances de"
        phrase.end = charged.end()
    after = QUALIFIER_AFTER.match(ctx.text, phrase.end, ctx.sentence.end)
    quals = lexicon(ctx.lang)["qualifiers"]
    two = QUALIFIER_AFTER_2.match(ctx.text, phrase.end, ctx.sentence.end)
    if two and " ".join(two.group(1).casefold().split()) in quals:  # "par intérim"
        phrase.qualifier = phrase.qualifier or quals[" ".join(two.group(1).casefold().split())]
        phrase.end = two.end()
    elif after and after.group(1).casefold() in quals and not after.group(1)[0].isupper():
        phrase.qualifier = phrase.qualifier or quals[after.group(1).casefold()]
        phrase.end = after.end()
    unit = JURISDICTION_UNIT.match(ctx.text, phrase.end, ctx.sentence.end)
    if unit and phrase.category in JURISDICTIONS:  # "el alcalde del municipio X": which one
        phrase.end = unit.end()  # the sentence or the article says (kg.extract.jurisdiction)
    k = i + 1
    while k < len(ms) and ms[k].begin < phrase.end:  # taken in by the post's own words
        k += 1
    unit_end = -1  # where the last unit of the post ("de Ventas") ends
    while True:
        more = PORTFOLIO_MORE.match(ctx.text, phrase.end, ctx.sentence.end)
        if (
            more
            and any(  # "ministre de l'Économie, et de Claire Morel, ...": the next person
                n.kind == "person" or ctx.type_of(n) == "Person"
                for n in ms[k:]
                if n.begin < more.end()
            )
        ):
            more = None
        if phrase.portfolio and phrase.category == "minister" and more:
            # "ministro de Minas y Energía", "ministre des Mines et de l'Énergie"
            phrase.portfolio += more.group()
            phrase.end = more.end()
            while k < len(ms) and ms[k].begin < phrase.end:
                k += 1
            continue
        if not phrase.ministry and ministry_after(ctx, phrase):
            while k < len(ms) and ms[k].begin < phrase.end:
                k += 1
            continue
        paren = PAREN_AFTER.match(ctx.text, phrase.end, ctx.sentence.end)
        if paren:  # "directrice générale d'Amazon Web Services (AWS) pour l'Amérique latine"
            phrase.end = paren.end()
            while k < len(ms) and ms[k].begin < phrase.end:
                k += 1
            continue
        if k < len(ms) and ms[k].kind == "demonym" and not ctx.gap(phrase.end, ms[k]).strip():
            phrase.place = phrase.place or ms[k]
            phrase.end = ms[k].end
            k += 1
            continue
        gap = ctx.gap(phrase.end, ms[k]) if k < len(ms) else ""
        owner = bool(OWNER_AFTER_SITE.search(gap))
        if (
            k < len(ms)
            and (ms[k].kind in ("name", "place") or ms[k].kind == "org" and owner)
            and site_before(ctx.lang).fullmatch(gap)
        ):  # "directrice de la zone Amériques", "directora de la planta San Isidro": its site
            phrase.body = True
            if (
                owner and ms[k].kind in ("org", "name") and ctx.type_of(ms[k]) != "Person"
            ):  # "directora de la planta de Vextra", "directeur de l'usine d'Orvanne": whose
                phrase.org = phrase.org or ms[k]
            phrase.end = ms[k].end
            k += 1
            continue
        if (
            k < len(ms)
            and ms[k].kind in _NAMES
            and (
                COMPLEMENT.fullmatch(ctx.gap(phrase.end, ms[k]))
                or ms[k].kind == "org"
                and described_complement(ctx.lang).fullmatch(ctx.gap(phrase.end, ms[k]))
                or unit_gap(ctx, ctx.gap(phrase.end, ms[k]))
                or phrase.portfolio
                and adjective_gap(ctx.gap(phrase.end, ms[k]))
                or charged_gap(ctx, phrase, ctx.gap(phrase.end, ms[k]))
                or unit_end == phrase.end
                and COORDINATED_UNIT.fullmatch(ctx.gap(phrase.end, ms[k]))
            )
        ):
            m = ms[k]
            if ctx.is_person(m) and m.kind == "person":
                break
            site = site_after(ctx, m)
            if site is not None:  # "of the San Isidro plant", "for the Andean region"
                if SCOPE_BEFORE.match(ctx.gap(phrase.end, m)):
                    scope(phrase)
                phrase.body = True
                phrase.end = site
                k += 1
                continue
            if charged_gap(ctx, phrase, ctx.gap(phrase.end, m)) and m.kind == "name":
                # "ministre délégué chargé du Numérique": the field the post is for
                phrase.portfolio = m.text
                phrase.end = m.end
                k += 1
                continue
            word = _portfolio(ctx, m) if m.kind == "name" else None
            if word and phrase.category in ("corporate", "generic") and post_unit(ctx, m):
                word = None  # "directora de Finanzas": a company's unit, not a ministry's field
            if unit_end == phrase.end and field_of_unit(ctx, m):
                unit_end = m.end  # "de la Comisión de Economía de la Cámara": the unit's field
            elif word:
                phrase.portfolio = phrase.portfolio or word
            elif not phrase.org and department(ctx, phrase, ms, k):
                unit_end = m.end  # "director de Asuntos Públicos de Google": a unit
                phrase.body = True
            elif post_unit(ctx, m) or unit_before_person(ctx, ms, k):
                unit_end = m.end  # "Vice President of Sales": the post's own unit
                phrase.body = True
                while tail := LOWER_WORD.match(ctx.text, unit_end, ctx.sentence.end):
                    if fold(tail.group(1)) not in post_units(ctx.lang):
                        break
                    unit_end = tail.end()  # "des Opérations internationales": its words too
                m = replace(m, end=unit_end)
            elif m.kind == "place" and not phrase.org and body_before(ctx, phrase, m):
                phrase.place = phrase.place or m  # "de la universidad de Sonora": the body's
            elif m.kind == "place" and SCOPE_BEFORE.match(ctx.gap(phrase.end, m)):
                scope(phrase)  # "vicepresidente para América Latina": where, not whose
                k = more_scope(ctx, ms, k)  # "para Centroamérica y el Caribe"
                m = ms[k]
            elif m.kind == "place":
                phrase.place = phrase.place or m
            elif (
                phrase.category == "minister"
                and m.kind == "name"
                and not ctx.type_of(m)
                and not phrase.portfolio
            ):  # "ministre des Relations extérieures": a portfolio the gazetteer lacks
                phrase.portfolio = m.text
            elif ctx.is_org(m) or m.kind == "program":
                phrase.org = phrase.org or m
            phrase.end = m.end
            k += 1
            body = board_after(ctx, phrase.end) if phrase.org is m else None
            if body:  # "chair of Acme's board of directors": the board is the post's
                phrase.end = body
                while k < len(ms) and ms[k].begin < phrase.end:
                    k += 1
            continue
        if (
            k < len(ms)
            and (
                ms[k].kind == "place"
                and ms[k].type not in ("State", "City")
                or ms[k].kind == "name"
                and fold(ms[k].text) in region_words()
            )
            and phrase.category in ("corporate", "generic")
            and phrase.org is None
            and ctx.gap(phrase.end, ms[k]) == " "
            and COMPLEMENT.fullmatch(ctx.gap(ms[k], ms[k + 1]) if k + 1 < len(ms) else "-")
        ):  # "directeur Amérique latine / Amériques de Renault": the region it covers, then whose
            scope(phrase)
            phrase.end = ms[k].end
            k += 1
            continue
        if (
            k < len(ms)
            and phrase.org is ms[k - 1]
            and ms[k].kind == "place"
            and ms[k].type in ("Country", "State", "City")
            and ctx.gap(phrase.end, ms[k]) == " "
        ):  # "Mitsubishi México", "la Canacintra Reynosa": the body's branch or chapter there
            phrase.end = ms[k].end
            k += 1
            continue
        if (
            k < len(ms)
            and phrase.category == "diplomat"
            and phrase.place is not None
            and ms[k].kind == "place"
            and HOST_AFTER.fullmatch(ctx.gap(phrase.end, ms[k]))
        ):  # "embajador de Italia en la Argentina": where the post is held, after whose
            phrase.end = ms[k].end
            k += 1
            continue
        if (
            k < len(ms)
            and phrase.place is ms[k - 1]
            and ms[k].kind == "place"
            and PLACE_APPOSITION.fullmatch(ctx.gap(phrase.end, ms[k]))
            and _lies_in(ms[k - 1], ms[k])
        ):  # "la alcaldesa de Zapopan, Jalisco, X": the city's state, set off after it
            phrase.end = ms[k].end
            k += 1
            continue
        unit = UNIT_OF.match(ctx.text, phrase.end, ctx.sentence.end)
        if unit and not phrase.org and unit_words(ctx, unit.group().replace("-", " ")):
            while k < len(ms) and ms[k].begin < unit.end():  # "of the new Mexican unit"
                k += 1
            company_unit(ctx, phrase, ms, k, unit.end())
            phrase.end = unit.end()
            continue
        lower = LOWER_COMPLEMENT.match(ctx.text, phrase.end, ctx.sentence.end)
        inside = k  # "de la filiale mexicaine de Veolia": a demonym in the lower-case words
        while lower and inside < len(ms) and ms[inside].begin < lower.end():
            if ms[inside].kind != "demonym":
                break
            inside += 1
        if lower and not (inside < len(ms) and ms[inside].begin < lower.end()):
            k = inside
            if SCOPE_BEFORE.match(lower.group()):
                scope(phrase)  # "presidente para la región andina"
            elif not phrase.org and unit_words(ctx, lower.group()):
                company_unit(ctx, phrase, ms, k, lower.end())
            elif not phrase.org:
                lower_body(ctx, phrase, lower, ms[k] if k < len(ms) else None)
            phrase.end = lower.end()
            continue
        break
    _close(ctx, phrase)
    if (
        company_reference(ctx.lang).search(ctx.text, phrase.title.end, phrase.end)
        and not phrase.org
    ):
        phrase.category, phrase.anaphora = "corporate", True
    state_post(ctx, phrase)
    return phrase


# "du Commerce extérieur, Ana Paz": a lower-case adjective that ends a minister's portfolio,
# then the name set off after it (a verb there would have no capitalized word after its comma)
# "chargée des finances", "encargado de operaciones", "in charge of sales": the field of the
# post in lower-case words, then a comma or the connector of whose post it is
CHARGED_FIELD = re.compile(
    r"\s+(?:chargée?s?|en charge|encargad[oa]s?|a cargo|in charge)\s+"
    r"(?:de la|de l[’']|des|du|de|d[’']|del|of the|of)\s*"
    r"(?:[a-zàâçéèêëîïôûùáíóúñ][\w’'-]*(?:\s+et\s+|\s+y\s+|\s+and\s+|\s+)?){1,4}?"
    r"(?=\s*[,;.)]|\s*$|\s+(?:de|del|du|des|of|at|chez|en|à|au)\s|\s+d[’'])"
)
TRAILING_ADJECTIVE = re.compile(r"\s+[a-zàâçéèêëîïôûùáíóúñ]{4,}(?=\s*,\s*[A-ZÀ-Þ])")


# "de Zapopan, Jalisco": a comma, or "au"/"en"/"in" after it ("de Curitiba, au Paraná")
PLACE_APPOSITION = re.compile(r"\s*,\s*(?:(?:au|en|in)\s+)?")


def _lies_in(place: Mention, wider: Mention) -> bool:
    """Whether the place lies in the wider one: a city in its State or country, a State in
    its country (kg/ontology/places.tsv)."""
    gazetteer = default_gazetteer()
    inner = gazetteer.get(place.key) if place.key else None
    return inner is not None and wider.key is not None and wider.key in (inner.state, inner.country)


def _close(ctx: Context, phrase: Phrase) -> None:
    """End the phrase where the name it stops inside ends, and take in the lower-case
    adjective that ends a minister's portfolio before the holder's name."""
    for m in ctx.mentions:
        if m.kind == "name" and m.begin < phrase.end < m.end and m.begin >= phrase.title.end:
            phrase.end = m.end
    if phrase.category == "minister" and phrase.portfolio:
        after = TRAILING_ADJECTIVE.match(ctx.text, phrase.end, ctx.sentence.end)
        if after:
            phrase.end = after.end()


# "del municipio", "of the city", "de la commune": the kind of place a mayor or governor runs
JURISDICTION_UNIT = re.compile(
    r"\s+(?:del|de la|de l[’']|du|of the)\s*(?:municipio|estado|ciudad|entidad|municipality"
    r"|city|state|town|commune|ville|municipalité|état|province|provincia|departamento"
    r"|département)\b(?!\s+(?:de|del|of|du|d[’'])\b)"
)


# a second field of a minister's portfolio, joined to the first
# (", Industry, Trade and Services", ", Comercio Exterior, Inversiones y Pesca": commas, then
# the conjunction before the last field)
_FIELD = r"(?:(?:de\s+)?(?:la|l[’']|las|los|les)\s*|des\s+|du\s+|del\s+|de\s+)?[A-ZÀ-Þ][\w-]+"
PORTFOLIO_MORE = re.compile(
    rf"(?:\s*,\s*{_FIELD}(?:\s+[A-ZÀ-Þ][\w-]+)?)*\s*,?\s+(?:y|e|et|and)\s+{_FIELD}"
    r"(?:\s+[A-ZÀ-Þ][\w-]+)?"  # "y Desarrollo Económico": the last field of two words too
)
PORTFOLIO_BEFORE = re.compile(r"\b([a-záéíóúñçèê]+)\s+$")


def _lower_portfolio(ctx: Context, phrase: Phrase) -> None:
    """'Sonora's economy secretary', 'the Mexican trade minister': a lower-case portfolio word
    right before a minister's title."""
    if phrase.category != "minister":
        return
    for _ in range(3):  # "economic development secretary": a few words
        m = PORTFOLIO_BEFORE.search(
            ctx.text, max(ctx.sentence.begin, phrase.outer - 30), phrase.outer
        )
        if not (m and is_portfolio_word(fold(m.group(1)))):
            return
        words = fold(m.group(1)) + (" " + phrase.portfolio if phrase.portfolio else "")
        phrase.portfolio = words
        phrase.begin = phrase.outer = m.start(1)


# "Chief Commercial and Operations Officer": a C-level post of coordinated capitalized words
CHIEF_COMPOUND = re.compile(r"(?:\s*(?:,|and\b|&|[A-Z][\w-]*)){1,7}?\s+Officer\b")


def _chief_compound(ctx: Context, phrase: Phrase) -> None:
    if phrase.title.text != "Chief":
        return
    m = CHIEF_COMPOUND.match(ctx.text, phrase.end, ctx.sentence.end)
    if m:
        phrase.end = m.end()
        phrase.category = "corporate"
