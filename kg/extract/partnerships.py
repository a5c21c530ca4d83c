"""Partnerships: an organization, or one of its programs, works with others.

Two shapes. A partnership word with its partners after a "with" word ("partnering with Viasat",
"alianzas con el Conalep y el TecNM", "la collaboration d'AWS avec ... le Conalep et le TecNM"):
the first party is the organization between the word and "with", else the nearest one before
the word, else the company the article is about; every organization listed after "with" up to
the end of the clause is a partner. And coordinated subjects of a joint verb ("AWS y la
Secretaría de Economía firmaron un convenio", "UNAM, Huawei y la SRE se comprometen"): every
pair of them is a partnership.

Around them: a clause that opens the sentence ("En alianza con Telmex, la UNAM ..."), an
unknown name just before the verb ("Inacap suscribió un convenio con"), a place for its
government ("the Government of Nuevo León"), a partner named by its official, the members of a
consortium, and a verb that forms a partnership with a noun after it ("a créé avec X une
coentreprise"). `partners.py` reads parties listed after a word ("between", "formed by", "of",
shares, officials who sign together); `partners_told.py` the sentences that point back and a
party chosen "as its partner"; `partners_joint.py` the verbs of coordinated subjects, the
participles of association ("est associé à"), governments named by a demonym or a city.
`find_partnerships` runs them all, one fact per pair and sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import combinations

from kg.extract.base import NAME_KINDS, Context
from kg.extract.lexicon import pattern, words_by_role
from kg.extract.partners import (
    find_between,
    find_made_by,
    find_of_pair,
    find_represented,
    find_shares,
)
from kg.extract.partners_joint import (
    PLACE_GOVERNMENT_AFTER,
    associated,
    governed_demonym,
    is_governed,
    joint_verbs,
    parent_of_subject,
    party_entity,
    subject_begin,
)
from kg.extract.partners_told import (
    find_after_front,
    find_chosen_as,
    find_gathered,
    find_partner_of,
    find_partners_are,
)
from kg.gazetteer import default as default_gazetteer
from kg.model import Entity, Mention, Partnership
from kg.recognize.names import lexicon
from kg.text import fold

CLAUSE_END = re.compile(
    r"[.;:!?]|,\s*(?:to|in order to|which|who|para|que|qui|pour|afin de|lo que|with the aim)\b"
    r"|\s(?:to|para|pour|afin de)\s+\w+(?:e|er|ir|ar|re)?\b",
    re.IGNORECASE,
)
# "de acuerdo con", "in agreement with", "d'accord avec": according to, not a partnership
NOT_PARTNERSHIP = re.compile(r"(?:de|in|d[’'])\s*$", re.IGNORECASE)
AGREEMENT = re.compile(r"acuerdo|agreement|accord|conformidad", re.IGNORECASE)
LIST_GAP = re.compile(
    r"^\s*\)?\s*(?:,|and|y|e|et|as well as|así como|ainsi que|&|along with|,\s*and|,\s*y|,\s*et"
    r"|through|via|a través de|por medio de|par l[’']intermédiaire de|à travers)?\s*"
    r"(?:the|el|la|los|las|le|les|l[’']|its|su|sus|ses|leur)?\s*"
    r"(?:company|firm|group|empresa|compañía|firma|société|entreprise|groupe)?\s*"
    # "Autoridades del TecNM y representantes de Bosch firmaron": the people of each party
    r"(?:(?:representatives|officials|executives|representantes|autoridades|directivos"
    r"|funcionarios|représentants|responsables|dirigeants|government|gobierno|gouvernement)"
    r"\s+(?:of\s+the|of|del|de\s+la|de|du|des|de\s+l[’'])\s*)?$",
    re.IGNORECASE,
)
THROUGH = re.compile(
    r"\s*(?:through|via|a través de|por medio de|par l[’']intermédiaire de|à travers)\s*",
    re.IGNORECASE,
)
SIGNED = re.compile(
    r"\s*(?:(?:was|has been|had been|were|have been|a été|avait été|ont été|fue|ha sido|había sido"
    r"|fueron|se)\s+)?(?:signed|concluded|reached|signé|conclu|firmado|suscrito|firmó|alcanzado)\s*",
    re.IGNORECASE,
)

GOVERNMENT = re.compile(
    r"government|gobierno|gouvernement|state|estado|état|governor|gobernador|gouverneur",
    re.IGNORECASE,
)
GOVERNED = re.compile(r"\s+(?:of|de|del|du|de l[’'])\s*(?:the\s+)?[A-ZÀ-Þ]")
RELATIVE = re.compile(r"\s*,\s*(?:which|who|that|que|quien|qui|dont|la cual|el cual)\b", re.I)
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
    ctx: Context, begin: int, end: int, *, programs: bool = True, listing: bool = False
) -> list[Mention]:
    """Organizations named between two offsets; an untyped name counts only as the first, or
    with `listing` as an item of the list that runs from `begin` ("con la empresa alemana DEA
    y Cosapi")."""
    out = []
    for m in ctx.names():
        if not (begin <= m.begin and m.end <= end):
            continue
        if ctx.type_of(m) == "NewsMediaOrganization" or _junk(ctx, m):
            continue
        named = m.kind == "program" and programs or m.kind == "org" and ctx.is_org(m)
        near = not out and len(ctx.gap(begin, m).split()) <= 3
        listed = (
            listing and ctx.is_org(m) and _listed(ctx, out[-1].end if out else begin, m, bool(out))
        )
        untyped = m.kind == "name" and ctx.is_org(m) and not _headline(ctx)
        if named or untyped and (near or listed):
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
    if not out:
        out = _represented_by(ctx, begin, end)
    return out


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
        if (ctx.is_org(m) and m.kind == "org" or _country(ctx, m)) and OF_BEFORE.search(
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


def _junk(ctx: Context, m: Mention) -> bool:
    """'In', 'Los': a function word the name recognizer took for a name; 'Government',
    'État' before the place they govern."""
    if m.kind != "name":
        return False
    return fold(m.text) in lexicon(ctx.lang)["stopwords"] or bool(
        GOVERNMENT.fullmatch(m.text) and GOVERNED.match(ctx.text, m.end)
    )


def _program(ctx: Context) -> str | None:
    programs = ctx.of("program")
    return programs[0].label if programs else None


def _pair(ctx: Context, a: Entity, b: Entity, begin: int, end: int, rule: str, conf: float):
    if a.key == b.key:
        return None
    return Partnership(
        a=a, b=b, program=_program(ctx), evidence=ctx.evidence(begin, end, rule, confidence=conf)
    )


def find_with(ctx: Context) -> Iterator[Partnership]:
    text, s = ctx.text, ctx.sentence
    triggers = sorted(
        [
            *pattern(ctx.lang, "partnership_words", "trigger").finditer(text, s.begin, s.end),
            *pattern(ctx.lang, "partnership_words", "forms").finditer(text, s.begin, s.end),
            *(word for word, _ in associated(ctx)),
        ],
        key=lambda m: m.start(),
    )
    own_withs = {word.span(): with_m for word, with_m in associated(ctx)}
    forms = pattern(ctx.lang, "partnership_words", "forms")
    withs = pattern(ctx.lang, "partnership_words", "with")
    seen: set[tuple[str, str]] = set()
    for trigger in triggers:
        if AGREEMENT.fullmatch(trigger.group()) and NOT_PARTNERSHIP.search(
            text, max(s.begin, trigger.start() - 4), trigger.start()
        ):
            continue
        # "work with", "de la mano de", "in partnership with": the trigger holds its "with"
        own = withs.search(trigger.group())
        if trigger.span() in own_withs:  # "est associé à"
            with_m = own_withs[trigger.span()]
        elif own and own.end() == len(trigger.group()):
            with_m = withs.search(text, trigger.start() + own.start(), trigger.end())
        else:
            with_m = withs.search(text, trigger.end(), min(s.end, trigger.end() + 60))
            if with_m is None or not _links(ctx, trigger.end(), with_m.start()):
                continue
        # the partners run from "with" to the end of the clause
        end_m = CLAUSE_END.search(text, with_m.end(), s.end)
        # a clause that opens the sentence: nothing named before the word
        fronted = not any(m.end <= trigger.start() and not _junk(ctx, m) for m in ctx.names())
        end = _main_clause(ctx, with_m.end(), end_m.start() if end_m else s.end, fronted)
        if forms.fullmatch(trigger.group()):
            # "a créé avec Sumitomo une coentreprise": the verb forms a partnership only when
            # a partnership noun follows its partners
            noun = NOUN_AFTER[ctx.lang].search(text, with_m.end(), end)
            if noun is None:
                continue
            end = noun.start()
        partners = _partner_mentions(ctx, with_m.end(), end, programs=False, listing=True)
        if not partners:
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
            for m in _partner_mentions(ctx, s.begin, trigger.start())
            if (len(ctx.gap(m, trigger.start()).split()) <= NEAR_WORDS or _is_main(ctx, m))
            and not parent_of_subject(ctx, m)
        ]
        subject = _subject_before(ctx, trigger.start())
        subject = None if subject is not None and parent_of_subject(ctx, subject) else subject
        if subject and (not before or before[-1].end < subject.begin):
            before.append(subject)
        after = _subject_after(ctx, end)
        if inner:
            first, first_entity = inner[0], ctx.entity(inner[0], "Organization")
        elif before:
            first, first_entity = before[-1], ctx.entity(before[-1], "Organization")
        elif after:  # "Under an agreement signed with Pemex, Shell will explore ..."
            first, first_entity = after, ctx.entity(after, "Organization")
        elif any(
            m.end <= trigger.start()
            and ctx.is_org(m)
            and not _junk(ctx, m)
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
        for partner in partners:
            other = party_entity(ctx, partner)
            if other is None:
                continue
            key = tuple(sorted((first_entity.key, other.key)))
            if key in seen:
                continue
            seen.add(key)
            begin = min(first.begin if first else trigger.start(), trigger.start())
            fact = _pair(ctx, first_entity, other, begin, partner.end, "partnerships.with", 0.8)
            if fact:
                yield fact


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
            fact = _pair(ctx, a, b, begin, max(ma.end, mb.end), "partnerships.with", 0.75)
            if fact:
                yield fact


def _subject_before(ctx: Context, begin: int) -> Mention | None:
    """'Inacap suscribió un convenio con': an untyped name just before the word (three
    lower-case words between at most: its verb) is the party that signs."""
    names = [m for m in ctx.names() if m.end <= begin]
    if not names or names[-1].kind != "name" or _junk(ctx, names[-1]) or _headline(ctx):
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
    return end


def _subject_after(ctx: Context, clause_end: int) -> Mention | None:
    """The organization that opens the main clause after a fronted partnership clause."""
    rest = ctx.text[clause_end : ctx.sentence.end]
    if not rest.startswith(","):
        return None
    for m in ctx.names():
        if m.begin >= clause_end:
            if ctx.is_org(m) and _lead(ctx, ctx.gap(clause_end, m).strip(" ,")):
                return m
            return None
    return None


def _links(ctx: Context, begin: int, end: int) -> bool:
    """Between a partnership word and its "with": nothing, one word ("partnership agreement
    with"), or the first party ("la collaboration d'AWS avec") — not a verb phrase."""
    gap = QUOTED.sub(" ", ctx.text[begin:end])  # 'un convenio de “Talento Digital” con'
    if not gap.strip() or SIGNED.fullmatch(gap):
        return True
    if "," in gap or ";" in gap:
        return False
    if len(gap.split()) == 1 or COMPLEMENT.fullmatch(gap):
        return True
    inner = [m for m in ctx.names() if begin <= m.begin and m.end <= end]
    if inner:
        rest = ctx.text[begin : inner[0].begin] + ctx.text[inner[-1].end : end]
        return len(rest.split()) <= 3
    return False


def find_joint(ctx: Context) -> Iterator[Partnership]:
    for verb_begin, verb_end in joint_verbs(ctx):
        subjects = _joint_subjects(ctx, verb_begin)
        if len(subjects) < 2:
            continue
        entities = [party_entity(ctx, m) for m in subjects]
        for a, b in combinations([e for e in entities if e is not None], 2):
            fact = _pair(ctx, a, b, subjects[0].begin, verb_end, "partnerships.joint", 0.8)
            if fact:
                yield fact


def _joint_subjects(ctx: Context, verb_begin: int) -> list[Mention]:
    """The coordinated subjects just before a joint verb ("AWS y la Secretaría de Economía
    firmaron"), nearest last; a place right after an organization is part of its name
    ("Conalep Jalisco y Grupo Bimbo")."""
    subjects: list[Mention] = []
    mentions = [
        m
        for m in ctx.mentions
        if m.end <= verb_begin and (m.kind in NAME_KINDS or governed_demonym(ctx, m))
    ]
    left = verb_begin  # where the gap to the next subject ends
    tail = -1  # the end of a place that names the branch of the organization before it
    for i in range(len(mentions) - 1, -1, -1):
        m = mentions[i]
        prev = mentions[i - 1] if i else None
        if (
            m.kind == "place"
            and prev is not None
            and prev.kind == "org"
            and not ctx.gap(prev, m).strip()
            and not is_governed(ctx, m)
        ):
            tail = m.end  # "Conalep Jalisco": the place names the organization's branch
            continue
        key = ctx.resolution.key_of(m)
        if subjects and key and key == ctx.resolution.key_of(subjects[-1]):
            subjects[-1], left = m, m.begin  # "Amazon Web Services (AWS)": one subject
            continue
        gap = ctx.text[max(m.end, tail) : left]
        tail = -1
        if subjects and (THROUGH.fullmatch(gap) or RELATIVE.match(gap)):
            subjects[-1], left = m, m.begin  # "Cisco a través de Cisco Networking Academy"
            continue
        governed = PLACE_GOVERNMENT_AFTER.match(gap) if m.kind == "place" else None
        gap = gap[governed.end() :] if governed else gap  # "Bolivia's government and CBC"
        if _junk(ctx, m):
            continue
        if not (
            ctx.is_org(m)
            or m.kind == "program"
            or _country(ctx, m)
            or is_governed(ctx, m)
            or governed_demonym(ctx, m)
        ):
            break
        if m.kind == "demonym":
            after = PLACE_GOVERNMENT_AFTER.match(gap)
            gap = gap[after.end() :] if after else gap
        if subjects and not (LIST_GAP.match(gap) or _described_item(ctx, gap)):
            break
        if not subjects and RELATIVE.match(gap):
            gap = gap[gap.rfind(",") :]  # "CBC, which includes CATL, signed"
        if not subjects and gap.strip(" ,") and len(gap.split()) > 2:
            break
        subjects.append(m)
        left = subject_begin(ctx, m)
    subjects.reverse()
    return subjects


def _described_item(ctx: Context, gap: str) -> bool:
    """' and Chinese consortium ', ' y la empresa alemana ': a conjunction, then words that
    describe the next party (company nouns, demonyms)."""
    head = re.match(r"\s*,?\s*(?:and|y|e|et|&)\s+(?:(?:the|el|la|los|las|le|les|l[’'])\s*)?", gap)
    if head is None:
        return False
    words = gap[head.end() :].split()
    gazetteer = default_gazetteer()
    group = pattern(ctx.lang, "partnership_words", "group")
    descriptors = lexicon(ctx.lang)["descriptors"]
    return 0 < len(words) <= 2 and all(
        w.casefold() in descriptors or gazetteer.demonym(w) or group.fullmatch(w) for w in words
    )


def _country(ctx: Context, m: Mention) -> bool:
    return m.kind == "place" and ctx.type_of(m) == "Country"


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
            fact = _pair(
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


@cache
def _any_word(lang: str) -> re.Pattern[str]:
    """Every partnership word but the "with" words, as one pattern: a sentence without any
    is skipped by every rule that reads the sentence alone."""
    roles = words_by_role(lang, "partnership_words")
    words = sorted({w for role, ws in roles.items() if role != "with" for w in ws}, key=len)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in reversed(words))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def find_partnerships(ctx: Context) -> Iterator[Partnership]:
    seen: set[tuple[str, str]] = set()
    found: tuple[Partnership, ...] = tuple(find_listed(ctx))
    if _any_word(ctx.lang).search(ctx.text, ctx.sentence.begin, ctx.sentence.end):
        found = (*find_joint(ctx), *find_with(ctx), *found)
        found = (*found, *find_between(ctx), *find_made_by(ctx), *find_represented(ctx))
        found = (*found, *find_gathered(ctx), *find_partner_of(ctx), *find_shares(ctx))
        found = (*found, *find_after_front(ctx), *find_of_pair(ctx), *find_chosen_as(ctx))
        found = (*found, *find_partners_are(ctx))
    for fact in found:
        key = tuple(sorted((fact.a.key, fact.b.key)))
        if key not in seen:
            seen.add(key)
            yield fact
