"""The partners named in a stretch of a sentence: which of its names are parties.

Between two offsets (after a "with" word, before a partnership word) every organization or
program named is a party; an untyped name only as the first one, as an item of the list that
runs from the start ("con la empresa alemana DEA y Cosapi": joined by a comma or a conjunction,
a few describing words before it) or as the article's company; never a news outlet, a
complement ("avec les universités de la Caraïbe") or a program's name ("junto a la UNAM, el
programa Talento Joven"). A place or a demonym stands for its government ("the Government of
Nuevo León", "avec le gouvernement haïtien"); with no organization, a country named first ("con
Chile", not "con empresas de China") or the company after its possessive ("with Saudi Arabia's
Ma'aden"), else a partner named by its official ("avec Ana Ruiz, ministre de l'Économie du
Chili"). A name the recognizer cut at its lower-case words is read as the short name in
parentheses that closes it ("Service national d'apprentissage industriel (Senai)"), else as
none. In a title-case headline a capitalized run names nothing.
"""

from __future__ import annotations

import re

from kg.extract.base import Context
from kg.extract.lexicon import pattern
from kg.extract.partners_joint import governed_demonym, is_governed
from kg.extract.partners_subjects import is_country, junk, possessed
from kg.model import Mention
from kg.recognize.names import lexicon
from kg.text import fold

TITLE_APPOSITION = re.compile(r",\s+(?:the\s+|el\s+|la\s+|le\s+|l[’'])?[a-záéíóúñàâçèêëîïôûü]")
OF_BEFORE = re.compile(
    r"(?:\bof|\bde|\bdel|\bdes|\bdu|d[’'])\s*(?:the\s+|la\s+|l[’']|los\s+|les\s+)?$",
    re.IGNORECASE,
)
DETERMINERS = re.compile(r"\s*(?:(?:the|el|la|los|las|le|les|l[’'])\s*)?", re.IGNORECASE)


def _partner_mentions(
    ctx: Context,
    begin: int,
    end: int,
    *,
    programs: bool = True,
    listing: bool = False,
    main: bool = False,
) -> list[Mention]:
    """Organizations named between two offsets; an untyped name counts only as the first, or
    with `listing` as an item of the list that runs from `begin` ("con la empresa alemana DEA
    y Cosapi"), or with `main` as the article's company ("Le dirigeant, qui préside le
    directoire de Vendane, a signé")."""
    out = []
    for m in ctx.names():
        if not (begin <= m.begin and m.end <= end):
            continue
        if ctx.type_of(m) == "NewsMediaOrganization" or junk(ctx, m):
            continue
        named = m.kind == "program" and programs or m.kind == "org" and ctx.is_org(m)
        near = not out and len(ctx.gap(begin, m).split()) <= 3
        start = out[-1].end if out else begin
        listed = listing and ctx.is_org(m) and _listed(ctx, start, m, bool(out))
        if m.kind == "name" and OF_BEFORE.search(ctx.gap(start, m)):
            listed = False  # "avec les universités de la Caraïbe": a complement, not a party
        if m.kind == "name" and _program_named(ctx, ctx.gap(start, m)):
            listed = False  # "junto a la UNAM, el programa Talento Joven": the program's name
        # in a headline a capitalized run says nothing, unless it is the article's company
        untyped = m.kind == "name" and ctx.is_org(m) and (not _headline(ctx) or _is_main(ctx, m))
        if named or untyped and (near or listed or main and _is_main(ctx, m)):
            out.append(m)
    governed = [m for m in ctx.of("place") if begin <= m.begin < end and is_governed(ctx, m)]
    governed += [  # "avec le gouvernement haïtien": the country
        m for m in ctx.of("demonym") if begin <= m.begin < end and governed_demonym(ctx, m)
    ]
    if governed:
        out = sorted([*out, *governed], key=lambda m: m.begin)
    if not out:
        places = [m for m in ctx.of("place") if begin <= m.begin < end]
        out = places[:1] if places and ctx.type_of(places[0]) == "Country" else []
        if out and not DETERMINERS.fullmatch(ctx.gap(begin, out[0])):
            out = []  # "con empresas de China": companies of the country, not the country
        owned = possessed(ctx, out[0], end) if out else None
        out = [owned] if owned else out
    if not out:
        out = _represented_by(ctx, begin, end)
    return [c for c in (_uncut(ctx, m) for m in out) if c is not None]


def _uncut(ctx: Context, m: Mention) -> Mention | None:
    """A name the recognizer cut at its lower-case words: 'Service national d'apprentissage
    industriel (Senai)' is read as the acronym that closes it; 'l'Institut technologique de
    Celaya', with none, is no party (a head noun alone names none)."""
    if m.kind not in ("org", "name") or " " in m.text.strip():
        return m
    closing = CLOSED_BY.match(ctx.text, m.end)
    if closing is not None:
        short = [n for n in ctx.names() if n.begin == closing.start(1) and n.kind != "place"]
        if short:
            return short[0]
    lex = lexicon(ctx.lang)
    head = fold(m.text) in lex["org_words"] or fold(m.text) in lex["eponym_heads"]
    return None if head and CUT_AFTER.match(ctx.text, m.end) else m


# the rest of a cut name, then the short name in parentheses that closes it
CLOSED_BY = re.compile(
    r"(?:\s+(?:[a-záéíóúñàâçèêëîïôûü’'-]+|d[’'][a-záéíóúñàâçèêëîïôûü-]+)){1,6}\s*"
    r"\(([A-ZÀ-Þ][\w.&-]{1,11})\)"
)
# after a head noun cut from its name: a lower-case adjective ("technologique", "national")
CUT_AFTER = re.compile(r"\s+[a-záéíóúñàâçèêëîïôûü]{4,}\b(?!\s*(?:,|$))")


def _program_named(ctx: Context, gap: str) -> bool:
    """A gap that ends in a program noun that is no partnership word ("el programa", "the
    project"): the name after it is the program's."""
    words = gap.split()
    if not words:
        return False
    last = words[-1]
    noun = pattern(ctx.lang, "partnership_words", "noun")
    return bool(noun.fullmatch(last)) and not pattern(
        ctx.lang, "partnership_words", "trigger"
    ).fullmatch(last)


def _represented_by(ctx: Context, begin: int, end: int) -> list[Mention]:
    """'avec Ana Ruiz, ministre de l'Économie du Chili': a partner named by its official, the
    country or organization of the title that follows the name."""
    names = [m for m in ctx.mentions if begin <= m.begin and m.end <= end]
    if not names or names[0].kind != "person":
        return []
    if not DETERMINERS.fullmatch(ctx.gap(begin, names[0])):
        return []
    person = names[0]
    if not TITLE_APPOSITION.match(ctx.text, person.end):
        return []
    for m in names[1:]:
        if m.kind == "person":
            return []
        if (ctx.is_org(m) and m.kind == "org" or is_country(ctx, m)) and OF_BEFORE.search(
            ctx.text, max(person.end, m.begin - 12), m.begin
        ):
            return [m]
    return []


# what may stand before a listed partner: a conjunction, an article, a few lower-case words
# that describe it ("la empresa alemana", "le fabricant de textile", "the Chinese consortium")
ITEM_GAP = re.compile(
    r"\s*\)?\s*(?:,|;|and|y|e|et|&|as well as|así como|ainsi que|,\s*(?:and|y|et))?\s*"
    r"(?:(?:the|el|la|los|las|le|les|l[’']|its|su|sus|ses|leur|a|an|un|una|une|de|of|du|des"
    r"|d[’']|à)\s*)*"
    r"(?:[a-záéíóúñàâçèêëîïôûü-]+\s+){0,3}",
    re.IGNORECASE,
)


def _listed(ctx: Context, begin: int, m: Mention, after: bool = False) -> bool:
    """An item of the list; after the first, a comma or conjunction joins it ("with Petrobras
    in the Santos basin": a place of the action, not a partner)."""
    gap = ctx.gap(begin, m)
    return bool(ITEM_GAP.fullmatch(gap)) and not (after and not JOINED.search(gap))


JOINED = re.compile(r"[,;&]|(?<!\w)(?:and|y|e|et|as well as|así como|ainsi que)(?!\w)", re.I)


def _headline(ctx: Context) -> bool:
    """A title-case sentence ("ITESM Launches New Approach in Alliance with Local Firms"),
    where a capitalized run says nothing of a name."""
    words = [w for w in ctx.sentence.text.split() if w[:1].isalpha()]
    return len(words) >= 5 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _is_main(ctx: Context, m: Mention) -> bool:
    main = ctx.doc.main_org
    return main is not None and ctx.resolution.key_of(m) == main.key
