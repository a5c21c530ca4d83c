"""The first party of a partnership word with its "with": who works with the partners.

Before the word: an unknown name just before its verb ("Ormeda suscribió un convenio con"),
and the coordinated subjects that end at the first party, each a party ("HEC Montréal et
l'ESSEC ont signé une entente avec X"). After a clause that opens the sentence, the
organization that opens the main clause ("Under an agreement signed with Pemex, Shell will
explore", "En alianza con Telmex, la UNAM conectó"), or a place for its government ("la ville
de Bogota", "the Government of Jalisco"); the partner list ends at the comma before it. When
the word is told by a speaker ("El titular de la Sedecyt, X, informó que la firma suscribió un
convenio con"), the company described after the verb of saying is the first party: the
speaker's own company, else the article's, never a ministry that reports it.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.base import Context
from kg.extract.lexicon import pattern
from kg.extract.partners_joint import is_governed, party_entity
from kg.extract.partners_mentions import _headline
from kg.extract.partners_subjects import joint_subjects, junk, where_from
from kg.gazetteer import default as default_gazetteer
from kg.model import Entity, Mention
from kg.recognize.names import lexicon

LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|y\b|e\b|et\b|&)", re.IGNORECASE)
ARTICLES = frozenset({"the", "el", "la", "los", "las", "le", "les", "l"})


def _lead(ctx: Context, gap: str) -> bool:
    """What may open a subject before its name: an article, a company noun ('le groupe'), a
    demonym ('la colombiana ETB', 'la empresa alemana Siemens')."""
    words = [w for w in re.split(r"[\s’']+", gap.casefold()) if w and w not in ARTICLES]
    descriptors = lexicon(ctx.lang)["descriptors"]
    gazetteer = default_gazetteer()
    return len(words) <= 2 and all(w in descriptors or gazetteer.demonym(w) for w in words)


@cache
def _reports(lang: str) -> re.Pattern[str]:
    """A verb of saying and the conjunction that opens what is said ("informó que", "said
    that", "a indiqué que", "said the company")."""
    words = pattern(lang, "partnership_words", "reports").pattern
    return re.compile(
        rf"{words}\s*(?:,\s*)?(?:that\s+|que\s+|qu[’']\s*|(?=(?:the|its)\s))", re.IGNORECASE
    )


def _reported_clause(ctx: Context, begin: int, end: int) -> re.Match[str] | None:
    """The last verb of saying before a partnership word, whose clause holds the word: the
    names before it are the speaker's, not the parties."""
    found = list(_reports(ctx.lang).finditer(ctx.text, begin, end))
    if not found or ";" in ctx.text[found[-1].end() : end]:
        return None
    return found[-1]


# "la firma suscribió", "the company signed", "le groupe a signé": a description of the
# article's company that opens what is said, then its verb
DESCRIBED_SUBJECT = re.compile(
    r"\s*(?:the|el|la|le|l[’'])\s*([\w-]+)\s+(?:[a-záéíóúñàâçèêëîïôûü’'-]+\s+){0,6}",
    re.IGNORECASE,
)


def _company_before(ctx: Context, before: list[Mention], end: int) -> list[Mention]:
    """The company nearest before a verb of saying, the one "the firm" after it may mean (a
    ministry or a university is not: "the firm" is then the article's company)."""
    companies = [m for m in before if m.end <= end and ctx.type_of(m) == "Corporation"]
    return companies[-1:]


def _described(ctx: Context, begin: int, end: int) -> bool:
    """'que la firma suscribió un convenio': the subject of what is said is a description of
    the article's company."""
    said = DESCRIBED_SUBJECT.fullmatch(ctx.text, begin, end)
    return said is not None and said.group(1).casefold() in lexicon(ctx.lang)["descriptors"]


def _with_coordinated(
    ctx: Context, first: Mention, entity: Entity, partners: list[Mention], body: int
) -> list[tuple[Mention, Entity]]:
    """'HEC Montréal et l'ESSEC ont signé une entente avec X': each coordinated subject that
    ends at the first party is a party with each partner."""
    out = []
    subjects = joint_subjects(ctx, first.end)
    for m in subjects[:-1] if not where_from(ctx, subjects) else ():
        if m.begin < body:
            continue  # the source in a dateline
        other = party_entity(ctx, m)
        if other is not None and all(m.begin != p.begin for p in partners):
            out.append((m, other))
    return [*out, (first, entity)]


def _subject_before(ctx: Context, begin: int) -> Mention | None:
    """'Ormeda suscribió un convenio con': an untyped name just before the word (three
    lower-case words between at most: its verb) is the party that signs."""
    names = [m for m in ctx.names() if m.end <= begin]
    if not names or names[-1].kind != "name" or junk(ctx, names[-1]) or _headline(ctx):
        return None
    m = names[-1]
    gap = ctx.gap(m, begin)
    if ctx.is_org(m) and re.fullmatch(r"\s+(?:[a-záéíóúñàâçèêëîïôûü’'-]+\s+){0,3}", gap):
        return m
    return None


def _main_clause(ctx: Context, begin: int, end: int, fronted: bool = False) -> int:
    """Where a fronted partner list ends: at the comma before an organization that a verb
    follows ("Under an agreement signed with Pemex, Shell will explore"); in a clause that
    opens the sentence ("En alianza con Telmex, la UNAM conectó"), at the comma before the
    organization that opens the main clause."""
    verbs = lexicon(ctx.lang)["subject_verbs"]
    for m in ctx.names():
        if begin < m.begin < end and "," in ctx.gap(begin, m):
            comma = ctx.text.rindex(",", begin, m.begin)
            if not _lead(ctx, ctx.text[comma + 1 : m.begin]):
                continue
            nxt = re.match(r"\s+([\w’'-]+)", ctx.text[m.end : m.end + 30])
            if nxt and nxt.group(1).casefold() in verbs:
                return comma
            if fronted and ctx.is_org(m) and not LIST_GOES_ON.match(ctx.text, m.end):
                return comma
    for m in ctx.of("place") if fronted else ():  # "En partenariat avec X, la ville de Bogota"
        if begin < m.begin < end and "," in ctx.gap(begin, m):
            comma = ctx.text.rindex(",", begin, m.begin)
            if CITY_LEAD.fullmatch(ctx.text, comma, m.begin) and is_governed(ctx, m):
                return comma
    return end


def _subject_after(ctx: Context, clause_end: int) -> Mention | None:
    """The organization that opens the main clause after a fronted partnership clause."""
    rest = ctx.text[clause_end : ctx.sentence.end]
    if not rest.startswith(","):
        return None
    for m in ctx.names():
        if m.begin >= clause_end:
            if junk(ctx, m):
                continue  # "Government" before "of Jalisco": the place below
            if ctx.is_org(m) and _lead(ctx, ctx.gap(clause_end, m).strip(" ,")):
                return m
            break
    # "the Government of Jalisco", "la ville de Bogota": the place stands for its government
    places = [m for m in ctx.of("place") if m.begin >= clause_end]
    if places and CITY_LEAD.fullmatch(ctx.gap(clause_end, places[0])):
        return places[0] if is_governed(ctx, places[0]) else None
    return None


# before a governed place that opens the main clause: "la ville de", "the Government of"
CITY_LEAD = re.compile(
    r"[\s,]*(?:(?:the|el|la|le|l[’'])\s*)?(?:city|municipality|government|state|ville|mairie"
    r"|municipalité|gouvernement|ciudad|alcaldía|municipio|municipalidad|ayuntamiento|gobierno"
    r"|intendencia)\s+(?:of|de|del|du|de\s+la)(?:\s+the)?\s*",
    re.IGNORECASE,
)
