"""The body or unit a post is of, and whose unit it is.

A body named in lower case after the title ("président du directoire", "président de
l'université de Guyane", "presidente del consejo regional de Lima"): a post of that body, not
of the State; with its place after it, an organization of its own, named from the text with the
head word capitalized as a name is written (`lang/*/title_body_words`). A unit ("director de
Asuntos Públicos de Acme", "Vice President of Sales", `lang/*/post_units`): a word of the post,
and the company named after it, or inside its name, is the organization.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.base import Context
from kg.extract.title_portfolio import is_portfolio_word
from kg.gazetteer import default as default_gazetteer
from kg.model import ORG_TYPES, PLACE_TYPES, Entity, Mention
from kg.recognize.names import is_given_name, lexicon, org_word_type
from kg.resolve import Cluster
from kg.text import fold, lang_lines, lang_table, normalize_space, slug

if TYPE_CHECKING:
    from kg.extract.title_phrases import Phrase

# "del área de", "de la universidad de": a lower-case unit noun between a title and a name
UNIT_GAP = re.compile(
    r"\s*(?:de la|del|de|du|of the|of|at the|in the)\s+([a-záéíóúñçèêë]+)"
    r"(?:\s+(?:de la|del|de|du|des|of))?\s+$"
)


# between a body's lower-case words and its place: a connector
CONNECTOR = re.compile(r"\s*(?:de la|de l[’']|del|de|du|des|d[’']|of the|of)\s*", re.IGNORECASE)


LOWER_HEAD = re.compile(r"\s+\S+(?:\s+(?:la|las|los|the))?\s+(?:l[’'])?([\w-]+)")


def lower_body(ctx: Context, phrase: Phrase, lower: re.Match[str], after: Mention | None) -> None:
    """'président du directoire', 'presidente de la universidad de Sonora': a lower-case body
    (`lang/*/title_body_words`) the post is of, named in full when a place follows it."""
    head = LOWER_HEAD.match(lower.group())
    if not head or fold(head.group(1)) not in _body_words(ctx.lang):
        return
    phrase.body = True
    begin = lower.start() + head.start(1)
    if (
        after is not None
        and after.kind == "place"
        and CONNECTOR.fullmatch(ctx.text[lower.end() : after.begin])
        and org_word_type([head.group(1)], ctx.lang)
    ):
        phrase.body_name = (begin, after.end)


def body_before(ctx: Context, phrase: Phrase, place: Mention) -> bool:
    """'rector de la universidad de Sonora': a body's lower-case noun, then its place."""
    gap = UNIT_GAP.fullmatch(ctx.gap(phrase.end, place))
    if not gap or fold(gap.group(1)) not in _body_words(ctx.lang):
        return False
    if org_word_type([gap.group(1)], ctx.lang) is None:
        return False
    phrase.body, phrase.body_name = True, (phrase.end + gap.start(1), place.end)
    return True


@cache
def _body_words(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lang_lines(lang, "title_body_words"))


def body_entity(ctx: Context, begin: int, end: int) -> Entity | None:
    """The organization the words `ctx.text[begin:end]` name, made known to the article."""
    text = normalize_space(ctx.text[begin:end])
    type_ = org_word_type(text.split()[:1], ctx.lang)
    if not text or type_ is None:
        return None
    label = text[0].upper() + text[1:]
    key = slug(label)
    cluster = ctx.resolution.clusters.get(key)
    if cluster is None:
        cluster = Cluster(key, label, type_, forms={text}, first=begin)
        ctx.resolution.clusters[key] = cluster
    if cluster.type in ("Person", "Place", "Country", "State", "City"):
        return None
    ctx.resolution.used.add(key)
    return cluster.entity()


COMPLEMENT = re.compile(
    r"(?:\s*\([^()]{1,12}\))?\s*(?:of the|of|for the|for|at the|at|in|from"
    r"|de la|de las|de los|del|de l[’']|de|d[’']|du|des|para la|para el|para|pour la|pour le"
    r"|pour l[’']|pour|en el|en la|en los|en las|en|dans la|dans le|dans l[’']|à la|à l[’']|au"
    r"|aux|à|chez|in the|to|ante|auprès de|auprès du"
    r"|[’']s)\s*$",
    re.IGNORECASE,
)


# "presidente de la empresa", "CEO of the company", "directeur du groupe": the company the
# article spoke of just before
@cache
def company_reference(lang: str) -> re.Pattern[str]:
    """'de la empresa', 'of the company', 'du fonds', 'de esa cementera': a complement that
    points back to a company with one of the description nouns of `lang/*/anaphora` (not those
    of a school or another kind of body)."""
    nouns = sorted(
        (row[0] for row in lang_table(lang, "anaphora") if row[1:2] == ("noun",) and not row[2:3]),
        key=len,
        reverse=True,
    )
    body = "|".join(re.escape(n) for n in nouns) or "(?!x)x"
    return re.compile(
        r"\s*\b(?:(?:de|of|d[’'])\s+(?:(?:la|the|esa|esta|dicha|cette|l[’']|this)\s*)?"
        rf"|(?:del|du)\s+)(?:{body})(?![\w-])",
        re.IGNORECASE,
    )


def unit_gap(ctx: Context, gap: str) -> bool:
    """'du département Trois Océans', 'del área de Ventas': a unit noun before its name."""
    m = UNIT_GAP.fullmatch(gap)
    return bool(m) and org_word_type([m.group(1)], ctx.lang) is not None


INNER_CONNECTOR = re.compile(r"\s(?:de la|de los|de las|del|de|of the|of|du|des|d[’'])\s*")


def department(ctx: Context, phrase: Phrase, ms: list[Mention], k: int) -> bool:
    """'director de Asuntos Gubernamentales de Vestrel Foods', 'Directeur du département Trois
    Océans à l'AFD', 'Presidente de Área de Hilton': an untyped name after the title is a unit
    of the post when a company follows it, or ends it; the company is the organization."""
    m = ms[k]
    after = ms[k + 1] if k + 1 < len(ms) else None
    if _unit_of_known(ctx, m, after):
        return True
    if m.kind != "name" or m.key or ctx.type_of(m):
        return False
    j = k + 1  # "des Ventes et du Marketing de Danone": units joined, then whose
    while (
        j + 1 < len(ms)
        and COORDINATED_UNIT.fullmatch(ctx.gap(ms[j - 1], ms[j]))
        and ms[j].kind == "name"
        and not ms[j].key
        and not ctx.type_of(ms[j])
    ):
        j += 1
    after = ms[j] if j < len(ms) else None
    if (
        after is not None
        and COMPLEMENT.fullmatch(ctx.gap(ms[j - 1], after))
        and (
            after.kind == "org"
            or after.kind == "name"
            and ctx.type_of(after) != "Person"
            and not is_given_name(after.text.split()[0], strict=False)
        )
    ):
        return True  # the loop takes the company next
    if company_reference(ctx.lang).match(ctx.text, m.end):  # "director de Ventas de esa firma"
        return True
    for cut in INNER_CONNECTOR.finditer(m.text):
        tail = m.text[cut.end() :]
        entity = known_company(ctx, tail)
        if entity is not None:
            phrase.company = entity
            return True
    entity = unit_company(ctx, m)
    if entity is not None:
        phrase.company = entity
        return True
    return False


COORDINATED_UNIT = re.compile(
    r"\s+(?:et|y|e|and|&)\s+(?:(?:de la|de l[’']|du|des|de|del|of the|of)\s*)?", re.IGNORECASE
)


def _unit_of_known(ctx: Context, m: Mention, after: Mention | None) -> bool:
    """'VP of Infrastructure Services at AWS': a name no gazetteer knows, typed an
    organization by its head word only, then 'at'/'de' a known organization: the unit, then
    whose it is."""
    return (
        m.kind in ("name", "org")
        and not m.key
        and ctx.type_of(m) not in ("Person", *PLACE_TYPES)
        and after is not None
        and after.kind == "org"
        and bool(after.key)
        and bool(UNIT_AT.fullmatch(ctx.gap(m, after)))
    )


UNIT_AT = re.compile(r"\s+(?:at|at the|de|del|de la|d[’']|du|chez|en)\s*", re.IGNORECASE)


def known_company(ctx: Context, name: str) -> Entity | None:
    """The organization a name stands for elsewhere in the article or in the gazetteer."""
    if not name[:1].isupper():
        return None
    cluster = ctx.resolution.clusters.get(slug(name))
    if cluster is not None and cluster.type not in ("Person", *PLACE_TYPES):
        ctx.resolution.used.add(cluster.key)
        return cluster.entity()
    entry = default_gazetteer().match(name)
    if entry is not None and entry.type in ORG_TYPES:
        return ctx.resolution.known_entity(entry.key)
    words = fold(name).split()  # "Vestrel Foods" for the article's "Vestrel Foods Holdings"
    longer = [
        c
        for c in ctx.resolution.clusters.values()
        if c.count and c.type in ORG_TYPES and fold(c.label).split()[: len(words)] == words
    ]
    if len(longer) == 1:
        ctx.resolution.used.add(longer[0].key)
        return longer[0].entity()
    return None


def field_of_unit(ctx: Context, m: Mention) -> bool:
    """'Comisión de Economía': a one-word portfolio right after a unit's head names the
    unit's field, not the ministry the gazetteer files under that word."""
    return m.kind in ("org", "name") and " " not in m.text and is_portfolio_word(fold(m.text))


def post_unit(ctx: Context, m: Mention) -> bool:
    """'of Sales', 'of Marketing and Operations': a capitalized unit made of words of posts;
    'of Human Resources' too, though 'Resources' may end a company's name."""
    if m.kind not in ("name", "org") or m.key or (m.kind == "name" and ctx.type_of(m)):
        return False
    words = [fold(w) for w in re.findall(r"[\w-]+", m.text) if w.casefold() not in UNIT_JOINS]
    units = lexicon(ctx.lang)["title_modifiers"] | post_units(ctx.lang)
    return bool(words) and all(w in units for w in words)


UNIT_JOINS = frozenset({"and", "&", "y", "e", "et", "de", "des", "du", "of", "la", "le", "los"})


@cache
def post_units(lang: str) -> frozenset[str]:
    """Folded words of a company's units ('Finanzas', 'Operations'): lang/*/post_units.txt."""
    return frozenset(fold(w) for w in lang_lines(lang, "post_units"))


def unit_before_person(ctx: Context, ms: list[Mention], k: int) -> bool:
    """'Global Head of Procurement Jane Doe': an untyped capitalized word between a title and
    the name it stands before is the post's unit; the company is named elsewhere."""
    m = ms[k]
    if m.kind != "name" or m.key or ctx.type_of(m) or len(m.text.split()) > 2:
        return False
    after = ms[k + 1] if k + 1 < len(ms) else None
    return (
        after is not None
        and after.kind == "person"
        and ctx.gap(m, after) == " "
        and not any(is_given_name(w, strict=False) for w in m.text.split())
    )


# "Operaciones de Ormeda", "Relations publiques d'Acme": a unit, a connector, then whose
UNIT_OF = re.compile(
    r"(?P<unit>.+?)\s+(?:de la|de los|de las|del|de|of the|of|du|des|d[’'])\s*"
    r"(?P<whose>[A-ZÀ-Þ0-9][^\s]*(?:\s+\S+){0,3})$"
)


def unit_company(ctx: Context, m: Mention) -> Entity | None:
    """'director de Operaciones de Ormeda' read as one name: the words before the connector are
    all words of a company's units, so the name after it is the company.
    A place or a person's name after it is no company, and gives none."""
    found = UNIT_OF.fullmatch(m.text)
    if found is None:
        return None
    words = [fold(w) for w in re.findall(r"[\w-]+", found["unit"])]
    words = [w for w in words if w not in UNIT_JOINS]
    units = lexicon(ctx.lang)["title_modifiers"] | post_units(ctx.lang)
    if not words or not all(w in units for w in words):
        return None
    whose = found["whose"]
    if is_given_name(whose.split()[0], strict=False) or slug(whose) in ctx.resolution.clusters:
        return None  # a person's name; or a name the article already resolved some other way
    entry = default_gazetteer().match(whose)
    if entry is not None:
        return ctx.resolution.known_entity(entry.key) if entry.type in ORG_TYPES else None
    begin = m.begin + found.start("whose")
    cluster = Cluster(slug(whose), whose, "", forms={whose}, first=begin)
    ctx.resolution.clusters[cluster.key] = cluster
    ctx.resolution.used.add(cluster.key)
    return cluster.entity()
