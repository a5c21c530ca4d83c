"""Partnerships told as a list of parties after a word: "between X and Y", "signed by X, Y and Z".

Shapes beside the ones of `partnerships.py`; in each, every pair of the listed parties is a
partnership. A partnership noun and "between" ("the joint venture between YPF and Petronas",
"l'accord de coopération entre le Brésil et la France"). A partnership noun whose parties follow
a participle and "by" ("a consortium formed by Iberdrola and Acciona", "une coentreprise créée
par Airbus et Embraer", "el programa impulsado por Cisco y el Conalep"), or a participle of
joint making with or without a noun ("co-organisé par X et Y", "piloté conjointement par X et
Y"). A partnership noun whose verb of linking names them ("l'accord liant X à Y", "the agreement
linking X and Y"). A partnership noun whose complement names them ("el convenio de la UNAM y el
IPN"). Parties listed with their shares of one venture ("Airbus (45 %), Safran (40 %) et Embraer
(15 %)"): each a partner of the lead, the one with the largest share. Officials who sign
together for their organizations ("El rector de la UNAM, X, y el presidente de Telmex, Y,
firmaron").

A listed party is an organization, a country, or an untyped name in the list (not after
"between", where untyped names proved too often something else, unless they are just two joined
by a conjunction: "the alliance between Rio Tinto and First Quantum"); a long name the
recognizer cut short ("la Conférence des présidents d'université (CPU)") is read as the acronym
in parentheses that closes it. A listed party may carry an aside between commas before the next
("A, which holds 70%, and B", "A, mandataire, le belge B").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import combinations, pairwise

from kg.extract.base import Context
from kg.extract.lexicon import pattern
from kg.extract.partners_joint import described_item, first_person, is_governed, unnamed
from kg.gazetteer import default as default_gazetteer
from kg.model import Entity, Mention, Partnership
from kg.recognize.names import lexicon
from kg.recognize.org_bodies import portfolio_words
from kg.text import fold

LOWER = r"[a-záéíóúñàâçèêëîïôûüœ’'-]+"
# before the first party: an article or a few lower-case words ("les présidents de la")
LEAD = re.compile(
    rf"\s*(?:(?:the|el|la|los|las|le|les|l[’']|de|of|du|des|d[’']|a|an|un|una|une)\s*"
    rf"|{LOWER}\s+){{0,6}}",
    re.IGNORECASE,
)
# between two parties: a conjunction or comma, articles, a few describing words
ITEM = re.compile(
    rf"\s*\)?\s*(?:,|;|and|y|e|et|&|as well as|así como|ainsi que)?\s*(?:and|y|e|et)?\s*"
    rf"(?:(?:the|el|la|los|las|le|les|l[’']|its|su|sus|ses|leur|de|of|du|des|d[’']|à|par|por"
    rf"|by)\s*)*(?:{LOWER}\s+){{0,3}}",
    re.IGNORECASE,
)
# between two parties with nothing but conjunctions, articles and "of" words
TIGHT = re.compile(
    r"\s*\)?\s*(?:,|;|and|y|e|et|&)?\s*(?:and|y|e|et)?\s*"
    r"(?:(?:the|el|la|los|las|le|les|l[’']|de|of|du|des|d[’']|del)\s*)*",
    re.IGNORECASE,
)
CONJUNCTION = re.compile(
    r"(?<!\w)(?:and|y|e|et|&|as well as|así como|ainsi que)(?!\w)", re.IGNORECASE
)
# a gap that turns from the list to examples or parts of a party: "notamment nos filiales"
NOT_ITEM = re.compile(
    r"(?<!\w)(?:notamment|including|such as|in particular|en particulier|en particular|especially"
    r"|como|tels? que|telles? que|tales como|entre ellos|entre otros|filiales?|subsidiar\w*"
    r"|filial(?:es)?|divisi\w+|unit|unité|unidad)(?!\w)",
    re.IGNORECASE,
)
# "entre ellas el Conalep", "entre autres": among, not between
AMONG = re.compile(
    r"\s+(?:ellos|ellas|otros|otras|otro|los que|las que|autres|eux|elles|lesquels|lesquelles"
    r"|others|them)\b",
    re.IGNORECASE,
)
ALIAS = re.compile(r"\s*\([A-ZÀ-Þ][\w.&-]{1,14}\)")
# a percentage or a share after a party: "Vinci Airports (40%)", "DCNS (41 %)"
SHARE = re.compile(r"\s*\(\s*\d[\d.,\s]*%[^()]*\)")
# what may stand between a partnership noun and its "between": its complement, "signed",
# a date ("conclue ce lundi 23 mars,")
NOUN_GAP_WORDS = 8
CLAUSE_END = re.compile(
    r"[.;:!?]|,\s*(?:which|who|que|qui|lo que|to|para|pour|afin de|en|in|dans)\b"
    r"|\s(?:to|para|pour|afin de|in order to)\s+\w+",
    re.IGNORECASE,
)
MADE_BY = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?:by|por|par)\b", re.IGNORECASE)
PARENS = re.compile(r"\(([^()]{1,60})\)")
# an aside between commas after a listed party, before the next one: a relative clause ("A,
# which holds 70%, and B", "A, qui en détient 70 %, et B") or a short apposition ("A,
# mandataire, le belge B", "A, its partner, and B")
ITEM_ASIDE = re.compile(
    rf",\s*(?:(?:which|who|que|quien|qui)\s(?:[^,;.:()]|(?<=\d)[,.](?=\d)){{1,60}}?"
    rf"|(?:{LOWER}\s*){{1,3}}),(?=\s*(?:and|y|e|et)\s|\s*(?:the|el|la|los|las|le|les|l[’'])\s*)",
    re.IGNORECASE,
)


def _junk(ctx: Context, m: Mention) -> bool:
    if len(re.sub(r"\W", "", m.text)) < 2 or unnamed(ctx, m):  # "L'" cut from "L'Unesco"
        return True
    if first_person(ctx.lang).fullmatch(m.text):  # "Our", "Firmamos": the speaker
        return True
    return m.kind == "name" and fold(m.text) in lexicon(ctx.lang)["stopwords"]


def is_party(ctx: Context, m: Mention, *, strict: bool = False) -> bool:
    """An organization, a country, or (unless `strict`) an untyped name that is not a function
    word."""
    if m.kind == "place":  # a country, or a place named for its government
        return ctx.type_of(m) == "Country" or is_governed(ctx, m)
    if ctx.type_of(m) == "NewsMediaOrganization" or _junk(ctx, m):
        return False
    return ctx.is_org(m) and (m.kind == "org" or not strict)


def _acronym_closing(ctx: Context, m: Mention, parties: list[Mention]) -> Mention | None:
    """'Conférence des présidents d'université (CPU)': the acronym in parentheses that closes a
    name cut short at its lower-case words, read for the cut name."""
    rest = ctx.text[m.end : ctx.sentence.end]
    words = re.match(rf"((?:\s+(?:{LOWER}|[A-ZÀ-Þ][\w’'-]*)){{1,8}}?)\s*\(", rest)
    if not words:
        return None
    start = m.end + words.end()
    for other in parties:
        if other.begin == start and _acronym(other.text) and other.kind in ("org", "name"):
            close = ctx.text[other.end : other.end + 1]
            if close == ")" and not any(
                p.begin > m.end and p.end < start and p.kind in ("person", "place", "org")
                for p in ctx.mentions
            ):
                return other
    return None


def _acronym(text: str) -> bool:
    """'CPU', 'CNPq', 'ICETEX': two capitals or more and no spaces."""
    return " " not in text and sum(c.isupper() for c in text) >= 2 and text[:1].isupper()


def listed(
    ctx: Context, begin: int, end: int, *, strict: bool = False, officials: bool = False
) -> list[Mention]:
    """The parties listed from `begin`, before `end`: "X, Y and Z", "de la X et de la Y"; with
    `officials`, parties named by their officials ("le recteur de X, Jean Dupont, et la
    présidente de Y")."""
    names = [m for m in ctx.mentions if m.kind in ("org", "name", "place") and begin <= m.begin]
    names = [m for m in names if m.end <= end]
    out: list[Mention] = []
    pos = begin
    skip_to = -1
    closed = False
    for m in names:
        if m.begin < skip_to:
            continue
        closing = _acronym_closing(ctx, m, names)
        if out and ctx.resolution.key_of(closing or m) == ctx.resolution.key_of(out[-1]):
            pos = m.end  # "Amazon Web Services (AWS)": one party
            continue
        if m.kind == "place" and ctx.text.startswith(("’s", "'s"), m.end):
            continue  # "Mexico's Liverpool": the country only says where
        gap = SHARE.sub(" ", ctx.gap(pos, m.begin))
        if officials and out:
            gap = _without_people(ctx, pos, m.begin)
        if closed or not (ITEM if out else LEAD).fullmatch(gap) or NOT_ITEM.search(gap):
            break
        if m.kind == "place" and out and not TIGHT.fullmatch(gap) and not is_governed(ctx, m):
            break  # "the World Bank, trains teachers in Peru": where, not another party
        loose = not strict
        if closing is not None:  # a party if the cut name or its acronym is one
            loose = loose or is_party(ctx, m, strict=True)
            m = closing
            skip_to = m.end
        if not is_party(ctx, m, strict=not loose):
            if m.kind == "place":
                break
            continue
        closed = bool(out) and bool(CONJUNCTION.search(gap))  # "X, Y and Z": the list ends
        out.append(m)
        pos = m.end
        after = SHARE.match(ctx.text, pos) or ALIAS.match(ctx.text, pos)
        if after:  # "Vinci Airports (40%)", "la Conférence des présidents d'université (CPU)"
            pos = skip_to = after.end()
        aside = _item_aside(ctx, pos, end)
        if aside:  # "A, which holds 70%, and B", "A, mandataire, le belge B": the gap is ", and"
            pos = skip_to = aside.end() - 1
    return out


def _item_aside(ctx: Context, pos: int, end: int | None = None) -> re.Match[str] | None:
    """The aside between commas at `pos` after a listed party (see ITEM_ASIDE), unless it
    turns to examples or parts of the party ("A, notamment ses filiales, et B")."""
    aside = ITEM_ASIDE.match(ctx.text, pos, ctx.sentence.end if end is None else end)
    return None if aside is None or NOT_ITEM.search(aside.group()) else aside


def _without_people(ctx: Context, begin: int, end: int) -> str:
    """The text between two parties without the names of their officials: ", Jean Dupont, et
    la présidente du" reads ", et la présidente du"."""
    out, pos = [], begin
    for m in ctx.mentions:
        if m.kind == "person" and begin <= m.begin and m.end <= end:
            out.append(ctx.text[pos : m.begin])
            pos = m.end
    out.append(ctx.text[pos:end])
    return re.sub(r",\s*,", ",", "".join(out))


def _program(ctx: Context) -> str | None:
    programs = ctx.of("program")
    return programs[0].label if programs else None


def all_pairs(ctx: Context, parties: list[Mention], begin: int, rule: str) -> Iterator[Partnership]:
    """Every pair of the parties (each entity once) is a partnership."""
    entities: list[tuple[Mention, Entity]] = []
    skip = -1
    for i, m in enumerate(parties):
        if i == skip:
            continue
        entity = ctx.entity(m, "Organization")
        nxt = parties[i + 1] if i + 1 < len(parties) else None
        ministry = _ministry_of(ctx, m, nxt) if nxt is not None else None
        if ministry is not None:  # "el ministro de Minas de Colombia": one party, the ministry
            entity, skip = ministry, i + 1
        if entity and all(entity.key != e.key for _, e in entities):
            entities.append((m, entity))
    for (_ma, a), (mb, b) in combinations(entities, 2):
        evidence = ctx.evidence(begin, max(mb.end, _ma.end), rule, confidence=0.75)
        yield Partnership(a=a, b=b, program=_program(ctx), evidence=evidence)


PORTFOLIO_OF = re.compile(r"\s*(?:de|del|de la|of|du|de l[’'])\s*", re.IGNORECASE)


def _ministry_of(ctx: Context, portfolio: Mention, country: Mention) -> Entity | None:
    """'Minas de Colombia', 'Economy of Peru': a portfolio the recognizer left as a bare name,
    then the country it is of, name that country's ministry (kg/ontology/gazetteer.tsv)."""
    if portfolio.kind != "name" or country.kind != "place" or not country.key:
        return None
    if fold(portfolio.text) not in portfolio_words() or ctx.type_of(country) != "Country":
        return None
    if not PORTFOLIO_OF.fullmatch(ctx.gap(portfolio, country)):
        return None
    entry = default_gazetteer().ministry(country.key, portfolio.text)
    return ctx.resolution.known_entity(entry.key) if entry is not None else None


def _clause_end(ctx: Context, begin: int) -> int:
    return clause_end(ctx, CLAUSE_END, begin)


def clause_end(ctx: Context, ends: re.Pattern[str], begin: int) -> int:
    """Where the clause from `begin` ends: at the first match of `ends` outside a name
    ("l'Institut de recherche pour le développement": the "pour" is the name's)."""
    names = [(m.begin, m.end) for m in ctx.mentions if m.end > begin]
    pos = begin
    while end := ends.search(ctx.text, pos, ctx.sentence.end):
        inside = next((e for b, e in names if b <= end.start() < e), None)
        aside = _item_aside(ctx, end.start()) if inside is None else None
        if aside and any(e == end.start() for _, e in names):
            inside = aside.end()  # "A, qui en détient 70 %, et B": the list goes on after it
        if inside is None:
            return end.start()
        pos = inside
    return ctx.sentence.end


def find_between(ctx: Context) -> Iterator[Partnership]:
    """'the alliance between Rio Tinto and First Quantum', 'l'accord entre le Brésil et la
    France': the parties after "between" that a partnership noun governs."""
    text, s = ctx.text, ctx.sentence
    betweens = list(
        pattern(ctx.lang, "partnership_words", "between").finditer(text, s.begin, s.end)
    )
    if not betweens:
        return
    nouns = list(pattern(ctx.lang, "partnership_words", "trigger").finditer(text, s.begin, s.end))
    for between in betweens:
        noun = next(
            (
                n
                for n in reversed(nouns)
                if n.end() <= between.start()
                and len(text[n.end() : between.start()].split()) <= NOUN_GAP_WORDS
                and not any(
                    n.end() <= m.begin and m.end <= between.start()
                    for m in ctx.mentions
                    if m.kind in ("org", "name", "person", "place")
                )
            ),
            None,
        )
        if noun is None or AMONG.match(text, between.end()):
            continue
        # untyped names are left out here: after "between" they are too often something else
        parties = listed(ctx, between.end(), _clause_end(ctx, between.end()), strict=True)
        if len(parties) < 2 and _close_to(ctx, text[noun.end() : between.start()]):
            parties = _tight_pair(ctx, between.end())
        if len(parties) >= 2:
            yield from all_pairs(ctx, parties, noun.start(), "partnerships.between")


def find_linked(ctx: Context) -> Iterator[Partnership]:
    """'the agreement linking Harvard and MIT', 'la convention qui lie X à Y', 'el convenio
    que une a X con Y': the parties a partnership noun's verb of linking joins."""
    text, s = ctx.text, ctx.sentence
    links = list(pattern(ctx.lang, "partnership_words", "links").finditer(text, s.begin, s.end))
    if not links:
        return
    nouns = [
        *pattern(ctx.lang, "partnership_words", "trigger").finditer(text, s.begin, s.end),
        *pattern(ctx.lang, "partnership_words", "group").finditer(text, s.begin, s.end),
    ]
    for link in links:
        if not any(LINK_GAP.fullmatch(text, n.end(), link.start()) for n in nouns):
            continue
        end = _clause_end(ctx, link.end())
        parties = listed(ctx, link.end(), end, strict=True)
        lead = ctx.gap(link.end(), parties[0].begin) if parties else ""
        adverb = pattern(ctx.lang, "partnership_words", "opener").match(lead.lstrip())
        lead = lead.lstrip()[adverb.end() :] if adverb else lead  # "lie désormais X à Y"
        if parties and not WITH_LEAD.fullmatch(lead):
            continue  # "links trade in Chile and Peru": what it links is not named
        if len(parties) == 1:  # "X with Y", "X con Y": the second after its "with"
            with_m = pattern(ctx.lang, "partnership_words", "with").match(text, parties[0].end + 1)
            if with_m is not None and text[parties[0].end : with_m.start()].isspace():
                parties += listed(ctx, with_m.end(), end, strict=True)
        if len(parties) >= 2:
            yield from all_pairs(ctx, parties, link.start(), "partnerships.linked")


# between a partnership noun and its verb of linking: a relative word, a complement
LINK_GAP = re.compile(
    rf"\s*(?:,\s*)?(?:(?:which|that|que|qui)\s+)?(?:(?:{LOWER}\s+){{0,3}}(?:which|that|que|qui)\s+)?"
    rf"(?:{LOWER}\s+)?",  # "the agreement now links", "l'accord commercial lie"
    re.IGNORECASE,
)


SIGNED_WORDS = 3  # "l'accord, signé mardi entre", "el convenio, firmado el martes entre"


def _close_to(ctx: Context, gap: str) -> bool:
    """Whether the words between a partnership noun and its "between" leave it the noun's: at
    most one word, or a participle of making ("signé", "firmado") and a date after it."""
    words = gap.replace(",", " ").split()
    if len(words) <= 1:
        return True
    made = pattern(ctx.lang, "partnership_words", "made")
    return len(words) <= SIGNED_WORDS and bool(made.fullmatch(words[0]))


def _tight_pair(ctx: Context, begin: int) -> list[Mention]:
    """'the alliance between Rio Tinto and First Quantum': two names right after "between",
    joined by a conjunction alone (or one that describes the second: "et la compagnie
    nationale"), read as parties though the recognizer left them untyped; a
    name after a comma is the next clause's ("between A and B, Chile became")."""
    names = [m for m in ctx.mentions if m.begin >= begin and m.kind != "date"][:3]
    if len(names) < 2 or not WITH_LEAD.fullmatch(ctx.gap(begin, names[0].begin)):
        return []
    pair = names[:2]
    gap = ctx.gap(pair[0], pair[1].begin)
    if not (TIGHT.fullmatch(gap) and CONJUNCTION.search(gap) or described_item(ctx, gap)):
        return []  # "entre X et la compagnie nationale Y": the second one described
    if "," in gap:
        return []
    third = ctx.gap(pair[1], names[2].begin) if len(names) > 2 else ""
    if ITEM.fullmatch(third) and CONJUNCTION.search(third):
        return []  # "between A and B and C": a longer list, not two parties
    if not all(m.kind in ("org", "name") and is_party(ctx, m) for m in pair):
        return []
    return pair


# between the noun and the "of" of its parties: nothing, or its own complement ("de
# colaboración", "of understanding")
COMPLEMENT = re.compile(
    rf"\s*(?:(?:of|de|del|du|des|d[’'])\s*{LOWER}(?:\s+{LOWER})?)?\s*", re.IGNORECASE
)
OF_WORD = re.compile(r"(?<!\w)(?:of|de|del|du|des|d[’']|by|por|par)", re.IGNORECASE)


def find_of_pair(ctx: Context) -> Iterator[Partnership]:
    """'el convenio de colaboración de la UNAM y el IPN', 'the agreement of Pemex and
    Petrobras': a partnership noun whose complement lists two parties or more."""
    text, s = ctx.text, ctx.sentence
    nouns = [
        *pattern(ctx.lang, "partnership_words", "trigger").finditer(text, s.begin, s.end),
        *pattern(ctx.lang, "partnership_words", "noun").finditer(text, s.begin, s.end),
    ]
    for noun in nouns:
        title = TITLED.match(text, noun.end())  # "l'unité mixte « X », du CNRS et de"
        after = title.end() if title else noun.end()
        names = [m for m in ctx.mentions if m.begin >= after and m.kind != "date"]
        if not names:
            continue
        gap = text[after : names[0].begin]
        of = list(OF_WORD.finditer(gap))
        if not of or not LEAD.fullmatch(gap[of[-1].end() :]):
            continue
        shared = pattern(ctx.lang, "partnership_words", "shared").match(gap.lstrip())
        own = gap.lstrip()[shared.end() :] if shared else gap  # "une initiative conjointe de"
        if not COMPLEMENT.fullmatch(own[: len(own) - len(gap) + of[-1].start()]):
            continue  # "convenios con empresas de China": not the agreement's own parties
        if pattern(ctx.lang, "partnership_words", "with").search(gap):
            continue  # "un accord de coopération avec A et B": its parties are one side
        start = after + of[-1].end()
        parties = listed(ctx, start, _clause_end(ctx, start), strict=True)
        if len(parties) < 2 or not CONJUNCTION.search(text[parties[0].end : parties[-1].begin]):
            continue
        if all(TIGHT.fullmatch(ctx.gap(a, b)) for a, b in pairwise(parties)):
            yield from all_pairs(ctx, parties, noun.start(), "partnerships.of_pair")


# the quoted title of a partnership noun, and the comma after it
TITLED = re.compile(r"\s*[«“\"][^»”\"]{1,80}[»”\"]\s*,?")


def find_made_by(ctx: Context) -> Iterator[Partnership]:
    """'a consortium formed by X and Y', 'une convention signée par la CPU, la CDEFI et le
    CRUCH': the parties after a participle and "by" that a partnership noun before governs;
    after a participle of joint making ("co-organized by") whatever comes before."""
    text, s = ctx.text, ctx.sentence
    made_words = list(pattern(ctx.lang, "partnership_words", "made").finditer(text, s.begin, s.end))
    # "co-organized by", "cofondé par", "piloté conjointement par": the words say the parties
    # act jointly
    jointly = _co_made(ctx.lang)
    made_words += list(jointly.finditer(text, s.begin, s.end))
    if not made_words:
        return
    nouns = [
        *pattern(ctx.lang, "partnership_words", "trigger").finditer(text, s.begin, s.end),
        *pattern(ctx.lang, "partnership_words", "noun").finditer(text, s.begin, s.end),
    ]
    for made in sorted(made_words, key=lambda m: m.start()):
        if not jointly.fullmatch(made.group()) and not any(
            n.end() <= made.start() and len(text[n.end() : made.start()].split()) <= 20
            for n in nouns
        ):
            continue
        last = made.group().split()[-1].casefold()
        by = None if last in BARE_MADE else MADE_BY.match(text, made.end(), s.end)
        if by is None and last not in BARE_MADE:
            continue
        start = by.end() if by else made.end()
        parties = listed(ctx, start, _clause_end(ctx, start), officials=True)
        if len(parties) >= 2:
            yield from all_pairs(ctx, parties, made.start(), "partnerships.made_by")
        elif parties:
            yield from _made_with(ctx, parties[0], made.start())


@cache
def _co_made(lang: str) -> re.Pattern[str]:
    """The participles of joint making, and an adverb of acting together right before "by"
    ("jointly by", "conjointement par", "de manera conjunta por")."""
    words = (pattern(lang, "partnership_words", role).pattern for role in ("co_made", "together"))
    co_made, together = words
    return re.compile(rf"{co_made}|{together}\s+(?:by|por|par)(?!\w)", re.IGNORECASE)


# after the one party of a participle: "developed by Microsoft with Intel and Cisco"
WITH_LEAD = re.compile(r"\s*(?:(?:the|el|la|los|las|le|les|l[’'])\s*)?", re.IGNORECASE)


COMMA_GAP = re.compile(r"\s*,?\s*")


def _made_with(ctx: Context, first: Mention, begin: int) -> Iterator[Partnership]:
    """'The program, developed by Microsoft with Intel and Cisco': the party after the
    participle works with each party after its "with"."""
    lead = COMMA_GAP.match(ctx.text, first.end)
    with_m = pattern(ctx.lang, "partnership_words", "with").match(ctx.text, lead.end())
    if with_m is None:
        return
    names = [m for m in ctx.mentions if m.begin >= with_m.end() and m.kind != "date"]
    if not names or not WITH_LEAD.fullmatch(ctx.gap(with_m.end(), names[0].begin)):
        return
    for party in listed(ctx, with_m.end(), _clause_end(ctx, with_m.end())):
        yield from all_pairs(ctx, [first, party], begin, "partnerships.made_by")


# last words of the "made" entries whose parties follow at once: "made up of", "conformado
# por", "composé de", "regroupant"
BARE_MADE = frozenset(
    {"of", "by", "por", "par", "de", "comprising", "regroupant", "réunissant", "associant"}
)


# what may stand between the mentions of a list of signatories: punctuation, conjunctions,
# articles, prepositions ("el rector de la UNAM, Juan Pérez, y el presidente de Telmex")
SIGNATORY_GAP = re.compile(
    r"(?:[\s,;()]|(?<!\w)(?:and|y|e|et|&|the|el|la|los|las|le|les|l[’']|de|del|du|des|d[’']"
    r"|of|its|su|sus|son|sa|ses|leur)(?!\w))*",
    re.IGNORECASE,
)
TITLE_OF = re.compile(r"\s*(?:de|del|du|des|d[’']|of)?\s*(?:the|la|las|los|el|le|les|l[’'])?\s*")


def find_represented(ctx: Context) -> Iterator[Partnership]:
    """'El rector de la UNAM, Juan Pérez, y el presidente de Telmex, Luis Gómez, firmaron un
    convenio': officials who sign together for their organizations make them partners."""
    text, s = ctx.text, ctx.sentence
    verb = pattern(ctx.lang, "partnership_words", "joint").search(text, s.begin, s.end)
    if verb is None:
        return
    kinds = ("person", "title", "org", "name", "place")
    before = [m for m in ctx.mentions if m.kind in kinds and m.end <= verb.start()]
    chain: list[Mention] = []
    pos = verb.start()
    for m in reversed(before):
        gap = ctx.gap(m, pos)
        if chain and not SIGNATORY_GAP.fullmatch(gap):
            break
        if not chain and (len(gap.split()) > 2 or ";" in gap):
            break
        chain.append(m)
        pos = m.begin
    chain.reverse()
    span = text[chain[0].begin : verb.start()] if chain else ""
    if not CONJUNCTION.search(span) or not any(m.kind == "title" for m in chain):
        return
    parties = []
    for i, m in enumerate(chain):
        prev = chain[i - 1] if i else None
        nxt = chain[i + 1] if i + 1 < len(chain) else None
        titled = (
            prev is not None and prev.kind == "title" and TITLE_OF.fullmatch(ctx.gap(prev, m))
        ) or (nxt is not None and nxt.kind == "title" and not ctx.gap(m, nxt).strip())
        if not titled:
            continue
        if m.kind == "place" and ctx.type_of(m) not in ("Country", "State", "City"):
            continue
        if m.kind != "place" and not is_party(ctx, m):
            continue
        parties.append(m)
    if len(parties) >= 2:
        yield from all_pairs(ctx, parties, chain[0].begin, "partnerships.represented")


def find_shares(ctx: Context) -> Iterator[Partnership]:
    """'Aéroports de Paris (45 %), Vinci Airports (40 %) et Astaldi (15 %)': parties listed
    with their shares of one venture are partners."""
    text, s = ctx.text, ctx.sentence
    if "%" not in s.text:
        return
    if not any(  # one venture, not market shares: a consortium or partnership word says so
        pattern(ctx.lang, "partnership_words", role).search(text, s.begin, s.end)
        for role in ("group", "trigger")
    ):
        return
    # "in which we hold 51%": the speaker's company leads, unnamed here; only shares in
    # parentheses then
    spoken = pattern(ctx.lang, "partnership_words", "we_hold").search(text, s.begin, s.end)
    holds = None if spoken else _holds(ctx.lang)

    def share_end(m: Mention) -> int | None:
        found = SHARE.match(text, m.end, s.end) or holds and holds.match(text, m.end, s.end)
        return found.end() if found else None

    shared = [
        m
        for m in ctx.mentions
        if m.kind in ("org", "name") and is_party(ctx, m) and share_end(m) is not None
    ]
    owners = _owners(ctx)  # "détenue à 60 % par X et à 40 % par Y"
    if len(owners) >= 2 and len(shared) < 2:
        lead = max(owners, key=lambda pair: (pair[0], -pair[1].begin))[1]
        for _, m in owners:
            if m is not lead:
                yield from all_pairs(ctx, [lead, m], owners[0][1].begin, "partnerships.shares")
        return
    if len(shared) < 2:
        return
    groups: list[list[Mention]] = [[shared[0]]]
    for m in shared[1:]:
        gap = text[share_end(groups[-1][-1]) : m.begin]
        if (ITEM.fullmatch(gap) or SHARE_GAP.fullmatch(gap)) and not NOT_ITEM.search(gap):
            groups[-1].append(m)
        else:
            groups.append([m])
    for group in groups:
        if len(group) >= 2:  # each with the lead, the largest share (the first of equals)
            lead = max(group, key=lambda m: (_share(ctx, m), -m.begin))
            for m in group:
                if m is not lead:
                    yield from all_pairs(ctx, [lead, m], group[0].begin, "partnerships.shares")


# a share told before its owner: "à 60 % par", "60% owned by", "40% by the group", "en un 40 %
# por"
SHARE_BEFORE = re.compile(
    r"(?P<share>\d[\d.,]*)\s*(?:%|percent|por\s+ciento)\s+(?:owned\s+)?(?:by|par|por)\s+"
    r"(?:(?:the|el|la|los|las|le|les|l[’'])\s*)?(?:[a-záéíóúñàâçèêëîïôûü-]+\s+){0,4}\Z",
    re.IGNORECASE,
)


def _owners(ctx: Context) -> list[tuple[float, Mention]]:
    """The parties of the sentence each told right after its share, with the share."""
    out = []
    for m in ctx.mentions:
        if m.kind not in ("org", "name") or not is_party(ctx, m):
            continue
        share = SHARE_BEFORE.search(ctx.text, max(ctx.sentence.begin, m.begin - 60), m.begin)
        if share:
            out.append((float(share.group("share").replace(",", ".")), m))
    return out


# between two shares: a comma or conjunction and what the next party is, capitals allowed
# ("le groupe de BTP péruvien")
SHARE_GAP = re.compile(
    r"\s*(?:,|;|and|y|e|et|&)\s*(?:(?:and|y|e|et)\s+)?(?:[^\W\d_][\w’'-]*\s*){0,6}",
    re.IGNORECASE,
)


@cache
def _holds(lang: str) -> re.Pattern[str]:
    """' holds 80%', ' the remaining 20%', ' détient 30 %', ' con el 40 %': a party's share
    told by a verb of holding or as the rest (`partnership_words`, roles holds and rest)."""
    verbs = pattern(lang, "partnership_words", "holds").pattern
    rest = pattern(lang, "partnership_words", "rest").pattern
    return re.compile(
        rf"\s+(?:(?:{verbs})\s+)?(?:(?:the|el|la|le|l[’'])\s*)?(?:(?:{rest})\s+)?"
        r"\d[\d.,]*\s*(?:%|percent|por\s+ciento)",
        re.IGNORECASE,
    )


def _share(ctx: Context, m: Mention) -> float:
    """The percentage in parentheses after a party: 45 for 'Vinci Airports (45 %)'."""
    share = SHARE.match(ctx.text, m.end) or _holds(ctx.lang).match(ctx.text, m.end)
    number = re.search(r"\d+(?:[.,]\d+)?", share.group()) if share else None
    return float(number.group().replace(",", ".")) if number else 0.0
