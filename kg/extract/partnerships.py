"""Partnerships: an organization, or one of its programs, works with others.

Two shapes. A partnership word with its partners after a "with" word ("partnering with Viasat",
"alianzas con el Conalep y el TecNM", "la collaboration d'AWS avec ... le Conalep et le TecNM"):
the first party is the organization between the word and "with", else the nearest one before the
word, else the company the article is about; every organization listed after "with" up to the
end of the clause (or of a relative one: "under which", "mediante el cual") is a partner (or,
when the words before a colon name none, the ones listed after it: "with three universities: A,
B and C"); coordinated subjects that end at the first party ("HEC Montréal et l'ESSEC ont signé
une entente avec X") are each a party. And coordinated subjects of a joint verb ("AWS y la
Secretaría de Economía firmaron un convenio", "UNAM, Huawei y la SRE se comprometen"): every
pair of them is a partnership.

When the word is told by a speaker ("El titular de la Sedecyt, X, informó que la firma
suscribió un convenio con"), the company described after the verb of saying is the first party:
the speaker's own company, else the article's, never a ministry that reports it.

Around them: a clause that opens the sentence ("En alianza con Telmex, la UNAM ...", "En
partenariat avec Orange, la ville de Bogota lance"), an unknown name just before the verb
("Ormeda suscribió un convenio con"), a place for its government ("the Government of Nuevo
León"), a partner named by its official, the members of a consortium, and a verb that forms a
partnership with a noun after it ("a créé avec X une coentreprise"), a partner's name cut at its
lower-case words (read as the short name in parentheses that closes it, else as none).
`partners.py` reads parties listed after a word ("between", "formed by", "of", "an initiative
by", shares, officials who sign together); `partners_subjects.py` the coordinated subjects of
joint verbs; `partners_told.py` the sentences that point back, a party chosen "as its partner"
or said to be one, compounds ("l'alliance Renault-Nissan"); `partners_joint.py` the verbs of
coordinated subjects, the participles of association ("est associé à"), governments named by a
demonym or a city; `partners_hosted.py` a party that hosts another's students under an
agreement; `partners_first.py` the company's own words ("we") and training verbs;
`partners_members.py` member lists after a colon. `find_partnerships` runs them all, one fact
per pair and sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import combinations, product

from kg.extract.base import Context
from kg.extract.lexicon import pattern, words_by_role
from kg.extract.partners import (
    clause_end,
    find_between,
    find_linked,
    find_made_by,
    find_of_pair,
    find_represented,
    find_shares,
    listed,
)
from kg.extract.partners_first import find_first_person, find_formed_with, find_trained
from kg.extract.partners_hosted import find_hosted
from kg.extract.partners_joint import (
    associated,
    governed_demonym,
    is_governed,
    parent_of_subject,
    party_entity,
)
from kg.extract.partners_members import find_members_listed
from kg.extract.partners_subjects import (
    body_begin,
    country_subject,
    find_joint,
    is_country,
    joint_subjects,
    junk,
    pair_of,
    possessed,
    where_from,
)
from kg.extract.partners_told import (
    find_after_front,
    find_both_named,
    find_chosen_as,
    find_compound,
    find_gathered,
    find_members,
    find_partner_of,
    find_partners_are,
)
from kg.gazetteer import default as default_gazetteer
from kg.model import Entity, Mention, Partnership
from kg.recognize.names import lexicon
from kg.text import fold, lang_lines

CLAUSE_END = re.compile(
    r"[.;:!?]|,\s*(?:to|in order to|which|who|para|que|qui|pour|afin de|lo que|with the aim)\b"
    r"|\s(?:to|para|pour|afin de)\s+\w+(?:e|er|ir|ar|re)?\b",
    re.IGNORECASE,
)


@cache
def clause_ends(lang: str) -> re.Pattern[str]:
    """`CLAUSE_END`, and a relative clause that opens on a preposition or a possessive ("under
    which the company will train", "mediante el cual", "par lequel", ", whose students"): what
    follows tells what the partners will do, it names no other partner."""
    relative = pattern(lang, "partnership_words", "relative").pattern
    return re.compile(rf"{CLAUSE_END.pattern}|[\s,]\s*{relative}", re.IGNORECASE)


# "de acuerdo con", "in agreement with", "d'accord avec": according to, not a partnership
NOT_PARTNERSHIP = re.compile(r"(?:de|in|d[’'])\s*$", re.IGNORECASE)
AGREEMENT = re.compile(r"acuerdo|agreement|accord|conformidad", re.IGNORECASE)
SIGNED = re.compile(
    r"\s*(?:(?:was|has been|had been|were|have been|a été|avait été|ont été|fue|ha sido|había sido"
    r"|fueron|se)\s+)?(?:signed|concluded|reached|signé|conclu|firmado|suscrito|firmó|alcanzado)\s*",
    re.IGNORECASE,
)

LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|y\b|e\b|et\b|&)", re.IGNORECASE)
TITLE_APPOSITION = re.compile(r",\s+(?:the\s+|el\s+|la\s+|le\s+|l[’'])?[a-záéíóúñàâçèêëîïôûü]")
OF_BEFORE = re.compile(
    r"(?:\bof|\bde|\bdel|\bdes|\bdu|d[’'])\s*(?:the\s+|la\s+|l[’']|los\s+|les\s+)?$",
    re.IGNORECASE,
)
ARTICLES = frozenset({"the", "el", "la", "los", "las", "le", "les", "l"})
QUOTED = re.compile(r"[“«\"][^”»\"]{1,80}[”»\"]")
DETERMINERS = re.compile(r"\s*(?:(?:the|el|la|los|las|le|les|l[’'])\s*)?", re.IGNORECASE)
NEAR_WORDS = 12  # a first party farther before its partnership word is another clause's

# "convenio de colaboración con", "memorandum of understanding with", "accord de coopération
# de défense avec": the noun's own complement between it and its "with"
COMPLEMENT = re.compile(
    r"\s*(?:de|of|du|des|d[’'])\s*(?:[a-záéíóúñàâçèêëîïôûü’'-]+\s+){0,3}"
    r"[a-záéíóúñàâçèêëîïôûü-]+\s*",
)


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


def _lead(ctx: Context, gap: str) -> bool:
    """What may open a subject before its name: an article, a company noun ('le groupe'), a
    demonym ('la colombiana ETB', 'la empresa alemana Siemens')."""
    words = [w for w in re.split(r"[\s’']+", gap.casefold()) if w and w not in ARTICLES]
    descriptors = lexicon(ctx.lang)["descriptors"]
    gazetteer = default_gazetteer()
    return len(words) <= 2 and all(w in descriptors or gazetteer.demonym(w) for w in words)


def _headline(ctx: Context) -> bool:
    """A title-case sentence ("ITESM Launches New Approach in Alliance with Local Firms"),
    where a capitalized run says nothing of a name."""
    words = [w for w in ctx.sentence.text.split() if w[:1].isalpha()]
    return len(words) >= 5 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _is_main(ctx: Context, m: Mention) -> bool:
    main = ctx.doc.main_org
    return main is not None and ctx.resolution.key_of(m) == main.key


def find_with(ctx: Context) -> Iterator[Partnership]:
    text, s = ctx.text, ctx.sentence
    triggers = sorted(
        [
            *pattern(ctx.lang, "partnership_words", "trigger").finditer(text, s.begin, s.end),
            *pattern(ctx.lang, "partnership_words", "forms").finditer(text, s.begin, s.end),
            *pattern(ctx.lang, "partnership_words", "noun").finditer(text, s.begin, s.end),
            *(word for word, _ in associated(ctx)),
        ],
        key=lambda m: m.start(),
    )
    own_withs = {word.span(): with_m for word, with_m in associated(ctx)}
    forms = pattern(ctx.lang, "partnership_words", "forms")
    withs = pattern(ctx.lang, "partnership_words", "with")
    seen: set[tuple[str, str]] = set()
    body = body_begin(ctx)  # the names of a dateline are not parties
    for trigger in triggers:
        if AGREEMENT.fullmatch(trigger.group()) and NOT_PARTNERSHIP.search(
            text, max(s.begin, trigger.start() - 4), trigger.start()
        ):
            continue
        # "work with", "de la mano de", "in partnership with": the trigger holds its "with"
        own = withs.search(trigger.group())
        items = False  # the noun's agreements listed one by one
        if trigger.span() in own_withs:  # "est associé à"
            with_m = own_withs[trigger.span()]
        elif own and own.end() == len(trigger.group()):
            with_m = withs.search(text, trigger.start() + own.start(), trigger.end())
        else:
            with_m = withs.search(text, trigger.end(), min(s.end, trigger.end() + 60))
            if with_m is None:
                continue
            items = _first_item(ctx, trigger.end(), with_m.start())
            if not items and not _links(ctx, trigger.end(), with_m.start()):
                continue
        # the partners run from "with" to the end of the clause
        clause = clause_end(ctx, clause_ends(ctx.lang), with_m.end())
        # a clause that opens the sentence: nothing named before the word
        fronted = not any(
            body <= m.begin and m.end <= trigger.start() and not junk(ctx, m) for m in ctx.names()
        )
        end = _main_clause(ctx, with_m.end(), clause, fronted)
        if forms.fullmatch(trigger.group()):
            # "a créé avec Sumitomo une coentreprise": the verb forms a partnership only when
            # a partnership noun follows its partners
            noun = NOUN_AFTER[ctx.lang].search(text, with_m.end(), end)
            if noun is None:
                continue
            end = noun.start()
        if SUPPORT_OF[ctx.lang].match(text, with_m.end(), end):
            continue  # "con el apoyo de la Fundación X": a backer, not a partner
        partners = _partner_mentions(ctx, with_m.end(), end, programs=False, listing=True)
        partners = _colon_list(ctx, with_m.end(), clause) or partners
        if items:  # "two agreements: one with X, and another with Y"
            partners = [*partners, *_next_items(ctx, end)]
        if not partners or _officials_beside(ctx, with_m):
            continue
        quoted = [q.span() for q in QUOTED.finditer(text, trigger.end(), with_m.start())]
        inner = [  # a name in quotes is the agreement's, not a party
            m
            for m in _partner_mentions(ctx, trigger.end(), with_m.start())
            if not any(b <= m.begin < e for b, e in quoted)
            and ctx.gap(trigger.end(), m).strip() != "("  # "protocoles d'accord (MoU)"
        ]
        before = [
            m
            for m in _partner_mentions(ctx, body, trigger.start(), main=True)
            if (len(ctx.gap(m, trigger.start()).split()) <= NEAR_WORDS or _is_main(ctx, m))
            and not parent_of_subject(ctx, m)
        ]
        if all(is_country(ctx, m) and not is_governed(ctx, m) for m in before):
            # "Chile firmó un acuerdo con X": a country that opens the sentence and signs
            before = country_subject(ctx, body, trigger.start())
        subject = _subject_before(ctx, trigger.start())
        subject = None if subject is not None and parent_of_subject(ctx, subject) else subject
        if subject and (not before or before[-1].end < subject.begin):
            before.append(subject)
        after = _subject_after(ctx, end)
        reported = _reported_clause(ctx, body, trigger.start())
        if reported is not None and _described(ctx, reported.end(), trigger.start()):
            # "the minister said that the firm signed": the company described signs, the
            # speaker's body only if it is a company
            said = _company_before(ctx, before, reported.start())
            before = [m for m in before if m.begin >= reported.end()] or said
            after = None
        else:
            reported = None
        if inner and _names_noun(ctx, trigger, inner[0]):
            inner = []  # "le projet Amazonia avec X": the project's name, not a party
        if inner:
            first, first_entity = inner[0], party_entity(ctx, inner[0])
        elif before:
            first, first_entity = before[-1], party_entity(ctx, before[-1])
        elif after:  # "Under an agreement signed with Pemex, Shell will explore ..."
            first, first_entity = after, ctx.entity(after, "Organization")
        elif reported is not None:  # "informó que la firma suscribió": the article's company
            first, first_entity = None, ctx.doc.main_org
        elif any(
            body <= m.begin
            and m.end <= trigger.start()
            and ctx.is_org(m)
            and not junk(ctx, m)
            and not parent_of_subject(ctx, m)
            for m in ctx.names()
        ):
            continue  # others named before the word: the article's company is not the party
        else:
            first, first_entity = None, ctx.doc.main_org
            signed = SIGNED.fullmatch(ctx.text, trigger.end(), with_m.start())
            listed = first_entity is not None and first_entity.key in {
                ctx.resolution.key_of(p) for p in partners
            }
            if signed and (first_entity is None or listed):
                # "an agreement was signed with Huawei", told by the government of the country
                first_entity = ctx.doc.main_country
            elif listed or first_entity is None:
                if pattern(ctx.lang, "partnership_words", "group").fullmatch(trigger.group()):
                    yield from _members(ctx, partners, trigger.start(), seen)
                continue  # the article's company is one of the partners: who joins them is unsaid
        if first_entity is None:
            continue
        firsts = [(first, first_entity)]
        if first is not None and not inner and before and first is before[-1]:
            firsts = _with_coordinated(ctx, first, first_entity, partners, body)
        for (mention, entity), partner in product(firsts, partners):
            other = party_entity(ctx, partner)
            if other is None:
                continue
            key = tuple(sorted((entity.key, other.key)))
            if key in seen:
                continue
            seen.add(key)
            begin = min(mention.begin if mention else trigger.start(), trigger.start())
            fact = pair_of(ctx, entity, other, begin, partner.end, "partnerships.with", 0.8)
            if fact:
                yield fact


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


def _officials_beside(ctx: Context, with_m: re.Match[str]) -> bool:
    """'The announcement was made by X's director alongside the Zorbel mayor Ana Ruiz', 'junto al
    director de Zorbel': officials standing beside one another at an event, the first one after
    the word named by a title, with no agreement told in the sentence."""
    words = ctx.lang, "partnership_words"
    s = ctx.sentence
    beside = pattern(*words, "beside").finditer(ctx.text, s.begin, s.end)
    if not any(b.start() <= with_m.start() and with_m.end() <= b.end() for b in beside):
        return False
    told = [
        w
        for role in ("trigger", "joint")
        for w in pattern(*words, role).finditer(ctx.text, s.begin, s.end)
        if not pattern(*words, "beside").fullmatch(w.group())
    ]
    after = [m for m in ctx.mentions if m.begin >= with_m.end() and m.kind != "date"][:2]
    if told or not after or not DETERMINERS.fullmatch(ctx.gap(with_m.end(), after[0])):
        return False
    if after[0].kind == "title":  # "junto al director de Zorbel", "aux côtés du maire"
        return True
    # "alongside Zorbel's vice president", "alongside the Zorbel mayor Ana Ruiz"
    return (
        len(after) == 2
        and after[1].kind == "title"
        and bool(OFFICIAL_AFTER.fullmatch(ctx.text, after[0].end, after[1].begin))
    )


OFFICIAL_AFTER = re.compile(r"(?:[’']s)?\s*")  # between a party and its official's title


def _names_noun(ctx: Context, noun: re.Match[str], m: Mention) -> bool:
    """'le projet Amazonia', 'the Sembrar program': a name right after a program noun (not
    a partnership noun: "la collaboration d'AWS") is the program's."""
    words = ctx.lang, "partnership_words"
    if not pattern(*words, "noun").fullmatch(noun.group()):
        return False
    if pattern(*words, "trigger").fullmatch(noun.group()) or m.kind not in ("name", "program"):
        return False
    return not ctx.text[noun.end() : m.begin].strip()


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


# between a partnership noun and the first of its items: a colon or a comma
ITEM_LEAD = re.compile(r"\s*[:,]\s*")
SPACE = re.compile(r"\s+")


def _first_item(ctx: Context, begin: int, end: int) -> bool:
    """'signed two agreements: one with X', 'deux accords, l'un avec X': the noun's
    agreements listed one by one, each with its partner."""
    lead = ITEM_LEAD.match(ctx.text, begin, end)
    first = pattern(ctx.lang, "partnership_words", "first_item")
    return lead is not None and bool(first.fullmatch(ctx.text[lead.end() : end].strip()))


def _next_items(ctx: Context, begin: int) -> list[Mention]:
    """The partners of the items after the first ("and another with Y", "y otro con Y",
    "et l'autre avec Y"), each up to the end of its clause."""
    words = ctx.lang, "partnership_words"
    withs = pattern(*words, "with")
    out: list[Mention] = []
    for item in pattern(*words, "next_item").finditer(ctx.text, begin, ctx.sentence.end):
        space = SPACE.match(ctx.text, item.end())
        with_m = withs.match(ctx.text, space.end()) if space else None
        if with_m is None:
            continue
        end = clause_end(ctx, clause_ends(ctx.lang), with_m.end())
        out += _partner_mentions(ctx, with_m.end(), end, programs=False, listing=True)[:1]
    return out


# before the colon that opens a partner list: a count and what they are ("three
# universities", "varias instituciones", "plusieurs partenaires")
COLON_LEAD = re.compile(r"\s*(?:[\w’'-]+\s+){0,5}?[\w’'-]+\s*$", re.IGNORECASE)


def _colon_list(ctx: Context, begin: int, colon: int) -> list[Mention]:
    """'signed agreements with three universities: A, B and C': the parties after the colon
    when the words before it name no organization."""
    if ctx.text[colon : colon + 1] != ":" or not COLON_LEAD.fullmatch(ctx.text, begin, colon):
        return []
    if any(begin <= m.begin < colon and m.kind == "org" for m in ctx.mentions):
        return []
    start = colon + 1
    parties = listed(ctx, start, clause_end(ctx, CLAUSE_END, start), strict=True)
    if len(parties) < 2 or not DETERMINERS.fullmatch(ctx.gap(start, parties[0])):
        return []  # "with the government: the deal covers Chile and Peru"
    return parties


class _SupportOf(dict):
    """Per language: "with" words' objects that name a backer ("the support of")."""

    def __missing__(self, lang: str) -> re.Pattern[str]:
        words = pattern(lang, "partnership_words", "support").pattern
        self[lang] = re.compile(
            rf"\s*(?:(?:the|its|el|la|su|le|l[’']|son|sa)\s*)?(?:[\w-]+\s+)?{words}", re.I
        )
        return self[lang]


SUPPORT_OF = _SupportOf()


class _NounAfter(dict):
    """Per language: the partnership and group nouns, as one pattern."""

    def __missing__(self, lang: str) -> re.Pattern[str]:
        words = [
            p.pattern
            for p in (
                pattern(lang, "partnership_words", "trigger"),
                pattern(lang, "partnership_words", "group"),
            )
        ]
        self[lang] = re.compile("|".join(words), re.IGNORECASE)
        return self[lang]


NOUN_AFTER = _NounAfter()


def _members(ctx: Context, partners: list[Mention], begin: int, seen: set) -> Iterator[Partnership]:
    """'un consortium avec à sa tête ACS et FCC': the members of a consortium are partners."""
    entities = [party_entity(ctx, m) for m in partners]
    for (ma, a), (mb, b) in combinations(zip(partners, entities, strict=True), 2):
        if a is None or b is None:
            continue
        key = tuple(sorted((a.key, b.key)))
        if key not in seen:
            seen.add(key)
            fact = pair_of(ctx, a, b, begin, max(ma.end, mb.end), "partnerships.with", 0.75)
            if fact:
                yield fact


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


# "collabore depuis 2020 avec", "trabaja desde hace años con", "has worked for years with":
# how long the partnership has run, between the word and its "with"
SINCE = re.compile(
    r"\s*(?:(?:already|déjà|ya|also|también|aussi|également)\s+)?"
    r"(?:since|for|desde|durante|depuis|pendant)\s+"
    r"(?:(?:hace|plus de|más de|more than|over|the past|the last|several|plusieurs|varios|varias"
    r"|many|muchos|de nombreuses|\d+|\w+)\s+){0,2}"
    r"(?:\d{4}|years?|months?|decades?|años|meses|décadas|ans|années|mois|décennies)\s*",
    re.IGNORECASE,
)


@cache
def _day(lang: str) -> re.Pattern[str]:
    """' el martes ', ' on Tuesday ', ' ce lundi 3 mars ', ' el pasado jueves ': a day."""
    days = "|".join(re.escape(w) for w in lang_lines(lang, "weekdays")) or "(?!x)x"
    return re.compile(
        r"\s*(?:(?:on|this|last|el|este|pasado|el\s+pasado|le|ce)\s+)?"
        rf"(?:{days})(?:\s+\d{{1,2}}(?:\s+(?:de\s+)?[a-zéû]+)?)?\s*",
        re.IGNORECASE,
    )


def _links(ctx: Context, begin: int, end: int) -> bool:
    """Between a partnership word and its "with": nothing, one word ("partnership agreement
    with"), or the first party ("la collaboration d'AWS avec") — not a verb phrase."""
    gap = QUOTED.sub(" ", ctx.text[begin:end])  # 'un convenio de “Talento Digital” con'
    if not gap.strip() or SIGNED.fullmatch(gap):
        return True
    if "," in gap or ";" in gap:
        return False
    if len(gap.split()) == 1 or COMPLEMENT.fullmatch(gap) or SINCE.fullmatch(gap):
        return True
    if _day(ctx.lang).fullmatch(gap):
        return True  # "firmó el martes con", "signed on Tuesday with": when, not a verb phrase
    inner = [m for m in ctx.names() if begin <= m.begin and m.end <= end]
    if inner:
        rest = ctx.text[begin : inner[0].begin] + ctx.text[inner[-1].end : end]
        return len(rest.split()) <= 3
    return False


LISTED = re.compile(
    r"^\W*(?:the|these|those|its|las|los|estas|estos|sus|les|ces|leurs)\s+"
    r"(?:companies|firms|partners|institutions|empresas|compañías|firmas|socios|instituciones"
    r"|entreprises|sociétés|partenaires)\s+"
    r"(?:include|included|are|were|incluyen|son|fueron|comprennent|sont|incluent)\b",
    re.IGNORECASE,
)
UNNAMED = re.compile(
    r"\s*(?:(?:some|about|more than|over|más de|unas|unos|plus de|environ)\s+)?"
    r"(?:\d+|[a-záéíóúñ]+)"
    r"\s+(?:[a-záéíóúñ-]+\s+){0,2}(?:companies|firms|partners|institutions|empresas|compañías"
    r"|firmas|socios|instituciones|entreprises|sociétés|partenaires)\b",
    re.IGNORECASE,
)


def find_listed(ctx: Context) -> Iterator[Partnership]:
    """'X has joined forces with 15 companies. The companies include IBM, HP and T-Systems.':
    a partner list that a sentence gives for the unnamed partners of the one before."""
    if ctx.index == 0 or not LISTED.match(ctx.sentence.text):
        return
    before = Context(ctx.doc, ctx.index - 1)
    text, s = before.text, before.sentence
    withs = pattern(ctx.lang, "partnership_words", "with")
    triggers = [
        *pattern(ctx.lang, "partnership_words", "trigger").finditer(text, s.begin, s.end),
        *pattern(ctx.lang, "partnership_words", "joint").finditer(text, s.begin, s.end),
    ]
    for trigger in sorted(triggers, key=lambda m: m.start()):
        with_m = withs.search(text, trigger.start(), min(s.end, trigger.end() + 60))
        if with_m is None or not UNNAMED.match(text, with_m.end(), s.end):
            continue
        first = [m for m in _partner_mentions(before, s.begin, trigger.start())]
        first_entity = before.entity(first[-1], "Organization") if first else ctx.doc.main_org
        if first_entity is None:
            return
        for partner in _partner_mentions(ctx, ctx.sentence.begin, ctx.sentence.end):
            fact = pair_of(
                ctx,
                first_entity,
                ctx.entity(partner, "Organization"),
                ctx.sentence.begin,
                partner.end,
                "partnerships.listed",
                0.7,
            )
            if fact:
                yield fact
        return


# roles whose words tell no partnership by themselves: "with", a sentence adverb, "said"
ASIDE_ROLES = frozenset(
    {
        "with",
        "opener",
        "reports",
        "hosts",
        "visitors",
        "framework",
        "relative",
        "first_item",
        "next_item",
        "we",
        "our",
        "trains",
        "leads",
        "venture",
        "realizes",
    }
)


@cache
def _any_word(lang: str) -> re.Pattern[str]:
    """Every partnership word but the "with" words and the asides, as one pattern: a sentence
    without any is skipped by every rule that reads the sentence alone."""
    roles = words_by_role(lang, "partnership_words")
    words = sorted(
        {w for role, ws in roles.items() if role not in ASIDE_ROLES for w in ws}, key=len
    )
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in reversed(words))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def find_partnerships(ctx: Context) -> Iterator[Partnership]:
    seen: set[tuple[str, str]] = set()
    found: tuple[Partnership, ...] = (*find_listed(ctx), *find_both_named(ctx))
    found = (*found, *find_first_person(ctx), *find_trained(ctx), *find_formed_with(ctx))
    if _any_word(ctx.lang).search(ctx.text, ctx.sentence.begin, ctx.sentence.end):
        found = (*find_joint(ctx), *find_with(ctx), *found)
        found = (*found, *find_between(ctx), *find_made_by(ctx), *find_represented(ctx))
        found = (*found, *find_gathered(ctx), *find_partner_of(ctx), *find_shares(ctx))
        found = (*found, *find_after_front(ctx), *find_of_pair(ctx), *find_chosen_as(ctx))
        found = (*found, *find_partners_are(ctx), *find_compound(ctx), *find_linked(ctx))
        found = (*found, *find_members(ctx), *find_hosted(ctx), *find_members_listed(ctx))
    for fact in found:
        key = tuple(sorted((fact.a.key, fact.b.key)))
        if key not in seen:
            seen.add(key)
            yield fact
