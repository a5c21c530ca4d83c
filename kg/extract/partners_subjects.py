"""Partnerships told by coordinated subjects: "AWS y la Secretaría de Economía firmaron".

The subjects just before a joint verb ("firmaron", "ont signé", "will collaborate") are read
back from the verb, nearest first: each joined to the next by a comma or a conjunction, an
organization, a program, a country or a governed place ("the Government of Nuevo León"), a
place right after an organization naming its branch ("Conalep Jalisco", "l'Institut français
d'Haïti"), the words of a name that an acronym in parentheses closes read as one subject.
Every pair of them is a partnership, unless the places among them only say where an unnamed
subject is from ("des chercheurs du Chili et du Pérou"). Also here: the helpers the other
partnership modules share (a function word taken for a name, the fact for a pair), and the
subject of `find_with` when it is a country that opens the sentence ("Chile firmó un acuerdo
con X", "Entonces México firmó") and signs, not another clause's subject ("Chile aprobó la ley, y
la empresa firmó"), read after a wire dateline ("Lima, 3 mar (Agencia X)") whose names are not
parties; and the partner a country's possessive names ("with Saudi Arabia's Ma'aden").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import combinations

from kg.extract.base import NAME_KINDS, Context
from kg.extract.lexicon import pattern
from kg.extract.partners import listed
from kg.extract.partners_joint import (
    PLACE_GOVERNMENT_AFTER,
    described_item,
    first_person,
    governed_demonym,
    is_governed,
    joint_verbs,
    party_entity,
    subject_begin,
    unnamed,
)
from kg.model import Entity, Mention, Partnership
from kg.recognize.names import lexicon
from kg.text import fold

LIST_GAP = re.compile(
    r"^\s*\)?\s*(?:,|and|y|e|et|as well as|así como|ainsi que|&|along with|,\s*and|,\s*y|,\s*et"
    r"|,\s*(?:along with|together with|junto a|junto con|así como|ainsi que|aux côtés de)"
    # "des représentants de l'Université de Lyon et de l'Université du Chili"
    r"|,?\s*(?:and|y|e|et)\s+(?:of|de|del|du|des|d[’'])"
    r"|through|via|a través de|por medio de|par l[’']intermédiaire de|à travers)?\s*"
    r"(?:the|el|la|los|las|le|les|l[’']|its|su|sus|ses|leur)?\s*"
    r"(?:company|firm|group|empresa|compañía|firma|société|entreprise|groupe)?\s*"
    # "Autoridades del TecNM y representantes de Bosch firmaron": the people of each party
    r"(?:(?:representatives|officials|executives|representantes|autoridades|directivos"
    r"|funcionarios|représentants|responsables|dirigeants|government|gobierno|gouvernement)"
    r"\s+(?:of\s+the|of|del|de\s+la|de|du|des|de\s+l[’'])\s*)?$",
    re.IGNORECASE,
)
# an apposition between the last subject and its verb, lower-case words only
ASIDE = re.compile(  # "X y el IPN, dos instituciones públicas, firmaron", "a 4,100-member co-op"
    r"\s*,\s*(?:[a-z0-9áéíóúñàâçèêëîïôûüœ’'-]+(?:[,.]\d{3})*(?:-[a-z]+)?\s+){1,5}"
    r"[a-záéíóúñàâçèêëîïôûüœ-]+\s*,\s*"
)
# an apposition that ends in the place it is of, right before the verb: ", principale
# université agronomique du Pérou, ont signé", ", the largest bank in Chile, signed"
PLACED_ASIDE = re.compile(
    r"\s*,\s*(?:[a-záéíóúñàâçèêëîïôûüœ’'-]+\s+){1,5}"
    r"(?:de|du|del|of|in|en|d[’'])\s*(?:(?:la|las|los|el|le|les|the)\s+|l[’'])?"
    r"[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+)?\s*,\s*\Z"
)
THROUGH = re.compile(
    r"\s*(?:through|via|a través de|por medio de|par l[’']intermédiaire de|à travers)\s*",
    re.IGNORECASE,
)
GOVERNMENT = re.compile(
    r"government|gobierno|gouvernement|state|estado|état|governor|gobernador|gouverneur",
    re.IGNORECASE,
)
GOVERNED = re.compile(r"\s+(?:of|de|del|du|de l[’'])\s*(?:the\s+)?[A-ZÀ-Þ]")
STATE_OWNED = re.compile(r"(?<!\w)(?:d[’']|de|del|du)\s*$", re.IGNORECASE)
RELATIVE = re.compile(r"\s*,\s*(?:which|who|that|que|quien|qui|dont|la cual|el cual)\b", re.I)


def junk(ctx: Context, m: Mention) -> bool:
    """'In', 'Los': a function word the name recognizer took for a name; 'Government',
    'État' before the place they govern."""
    if len(re.sub(r"\W", "", m.text)) < 2:  # "L'" cut from "L'Unesco"
        return True
    if unnamed(ctx, m):
        return True
    if m.kind != "name":
        return False
    if GOVERNMENT.fullmatch(m.text) and STATE_OWNED.search(ctx.text, max(0, m.begin - 12), m.begin):
        return True  # "la société d'État Codelco", "una empresa del Estado": owned, not a party
    if first_person(ctx.lang).fullmatch(m.text):
        return True  # "Our", "Firmamos", "Nous" opening a sentence: the speaker, not a name
    return fold(m.text) in lexicon(ctx.lang)["stopwords"] or bool(
        GOVERNMENT.fullmatch(m.text) and GOVERNED.match(ctx.text, m.end)
    )


def program_of(ctx: Context) -> str | None:
    programs = ctx.of("program")
    return programs[0].label if programs else None


def pair_of(ctx: Context, a: Entity, b: Entity, begin: int, end: int, rule: str, conf: float):
    if a.key == b.key:
        return None
    return Partnership(
        a=a, b=b, program=program_of(ctx), evidence=ctx.evidence(begin, end, rule, confidence=conf)
    )


def find_joint(ctx: Context) -> Iterator[Partnership]:
    for verb_begin, verb_end in joint_verbs(ctx):
        subjects = joint_subjects(ctx, verb_begin) or _inverted_subjects(ctx, verb_begin, verb_end)
        if len(subjects) < 2 or where_from(ctx, subjects):
            continue
        entities = [party_entity(ctx, m) for m in subjects]
        for a, b in combinations([e for e in entities if e is not None], 2):
            begin, end = min(subjects[0].begin, verb_begin), max(subjects[-1].end, verb_end)
            fact = pair_of(ctx, a, b, begin, end, "partnerships.joint", 0.8)
            if fact:
                yield fact


# between the last of a verb's subjects after it and the partnership noun: "Firman A y B
# (un) convenio", "Signan A y B memorando de entendimiento"
INVERTED_NOUN = re.compile(r"\s*(?:(?:el|la|los|las|un|una|unos|unas|su|sus|nuevo|nueva)\s+)*")


def _inverted_subjects(ctx: Context, verb_begin: int, verb_end: int) -> list[Mention]:
    """'Firman Gobierno de Yucatán y Acme memorando': Spanish headlines and bulletins open on
    the verb; its coordinated subjects follow it, then the partnership noun."""
    if ctx.lang != "es" or ctx.text[body_begin(ctx) : verb_begin].strip(" “\"«¿¡*-–—"):
        return []
    names = [m for m in ctx.mentions if m.begin >= verb_end and m.kind != "date"]
    if not names or not INVERTED_NOUN.fullmatch(ctx.gap(verb_end, names[0].begin)):
        return []
    parties = listed(ctx, verb_end, ctx.sentence.end, strict=False)
    if len(parties) != 2:  # a headline's longer list of acronyms is told again in the body
        return []
    after = INVERTED_NOUN.match(ctx.text, parties[-1].end)
    nouns = [pattern(ctx.lang, "partnership_words", r) for r in ("trigger", "noun")]
    return parties if any(n.match(ctx.text, after.end()) for n in nouns) else []


# "Researchers in Chile and Peru collaborate": the places say where the subject is from
PLACE_OF = re.compile(
    r"(?<!\w)(?:in|from|of|at|en|de|del|desde|du|des|d[’']|à|au|aux|dans)\s*"
    r"(?:(?:the|el|la|los|las|le|les|l[’'])\s*)?$",
    re.IGNORECASE,
)


def where_from(ctx: Context, subjects: list[Mention]) -> bool:
    """Coordinated places after a preposition ("Des chercheurs du Chili et du Pérou"): the
    complement of an unnamed subject, not parties."""
    places = [m for m in subjects if m.kind == "place" and not is_governed(ctx, m)]
    begin = subject_begin(ctx, subjects[0])
    return bool(places) and bool(PLACE_OF.search(ctx.text, max(0, begin - 12), begin))


# "Conalep Jalisco", "l'Institut français d'Haïti", "Alliance française de Lima": a place
# right after an organization names its branch
BRANCH_GAP = re.compile(
    r"\s*(?:(?:de|d[’']|du|del|of|in|en|au)\s*(?:la\s+|l[’'])?)?", re.IGNORECASE
)


def joint_subjects(ctx: Context, verb_begin: int) -> list[Mention]:
    """The coordinated subjects just before a joint verb ("AWS y la Secretaría de Economía
    firmaron"), nearest last; a place right after an organization is part of its name
    ("Conalep Jalisco y Grupo Bimbo")."""
    subjects: list[Mention] = []
    placed = PLACED_ASIDE.search(ctx.text, ctx.sentence.begin, verb_begin)
    if placed is not None:  # "..., principale université agronomique du Pérou, ont signé"
        verb_begin = placed.start()
    mentions = [
        m
        for m in ctx.mentions
        if m.end <= verb_begin and (m.kind in NAME_KINDS or governed_demonym(ctx, m))
    ]
    left = verb_begin  # where the gap to the next subject ends
    tail = -1  # the end of a place that names the branch of the organization before it
    for i in range(len(mentions) - 1, -1, -1):
        m = mentions[i]
        if m.end > left:
            continue  # inside the name of the subject after it
        prev = mentions[i - 1] if i else None
        if (
            m.kind == "place"
            and prev is not None
            and prev.kind == "org"
            and BRANCH_GAP.fullmatch(ctx.gap(prev, m))
            and not is_governed(ctx, m)
        ):
            tail = m.end  # "Conalep Jalisco": the place names the organization's branch
            continue
        key = ctx.resolution.key_of(m)
        if subjects and key and key == ctx.resolution.key_of(subjects[-1]):
            subjects[-1], left = m, m.begin  # "Amazon Web Services (AWS)": one subject
            continue
        if subjects and m.kind in ("org", "name") and _alias_after(ctx, m, subjects[-1], left):
            subjects[-1], left = m, m.begin  # "Colegio ... de Jalisco (Conalep Jalisco)"
            continue
        gap = ctx.text[max(m.end, tail) : left]
        tail = -1
        if m.kind == "place" and subjects and gap in ("’s ", "'s "):
            left = m.begin  # "Cemex and Brazil's Vale": the country says whose, not who
            continue
        if subjects and (THROUGH.fullmatch(gap) or RELATIVE.match(gap)):
            subjects[-1], left = m, m.begin  # "Cisco a través de Cisco Networking Academy"
            continue
        governed = PLACE_GOVERNMENT_AFTER.match(gap) if m.kind == "place" else None
        gap = gap[governed.end() :] if governed else gap  # "Bolivia's government and CBC"
        if junk(ctx, m):
            continue
        if not (
            ctx.is_org(m)
            or m.kind == "program"
            or is_country(ctx, m)
            or is_governed(ctx, m)
            or governed_demonym(ctx, m)
        ):
            break
        if m.kind == "demonym":
            after = PLACE_GOVERNMENT_AFTER.match(gap)
            gap = gap[after.end() :] if after else gap
        if subjects and not (
            LIST_GAP.match(gap) or described_item(ctx, gap) or counterpart_gap(ctx.lang).match(gap)
        ):
            break
        if not subjects and RELATIVE.match(gap):
            gap = gap[gap.rfind(",") :]  # "CBC, which includes CATL, signed"
        elif not subjects and (aside := ASIDE.match(gap)):
            # "X y el IPN, dos instituciones públicas, firmaron": what they are ("have formed")
            gap = gap[aside.end() :]
        elif not subjects and _unnamed_last(ctx, gap):
            gap = ""  # "X, Y and the departmental government signed": X and Y are named
        if not subjects and gap.strip(" ,") and len(gap.split()) > 2:
            break
        subjects.append(m)
        left = subject_begin(ctx, m)
        named = _named_before_acronym(ctx, m)
        if named is not None:
            left = named  # the words of the name the acronym closes are not other subjects
    subjects.reverse()
    return subjects


# the last coordinated subject unnamed: a conjunction, an article and lower-case words
UNNAMED_LAST = re.compile(
    r"\s*\)?\s*,?\s*(?:and|y|e|et)\s+(?:the|el|la|los|las|le|les|l[’'])\s*"
    r"((?:[a-záéíóúñàâçèêëîïôûüœ-]+\s+){1,3})",
    re.IGNORECASE,
)


def _unnamed_last(ctx: Context, gap: str) -> bool:
    """' and the departmental government ': a subject told by its kind closes the list; the
    named subjects before it are still coordinated."""
    last = UNNAMED_LAST.fullmatch(gap)
    stopwords = lexicon(ctx.lang)["stopwords"]
    return last is not None and not any(fold(w) in stopwords for w in last.group(1).split())


def _alias_after(ctx: Context, m: Mention, after: Mention, left: int) -> bool:
    """'el Colegio de Educación Profesional Técnica de Jalisco (Conalep Jalisco)': a name in
    parentheses right after another is its short name, one subject with it, though the
    article resolves them apart."""
    return bool(
        PARENS_OPEN.fullmatch(ctx.text, m.end, left)
        and after.begin == left
        and PARENS_CLOSE.match(ctx.text, after.end)
        and ctx.is_org(after)
    )


PARENS_OPEN = re.compile(r"\s*\(\s*")
PARENS_CLOSE = re.compile(r"\s*\)")


# "the French National Centre for Scientific Research (CNRS)": the capitalized words and their
# connectors before an acronym in parentheses are its name, which the recognizer may cut
NAME_BEFORE_ACRONYM = re.compile(
    r"[A-ZÀ-Þ][\w’'.-]*(?:\s+(?:(?:for|of|and|on|de|del|des|du|de\s+la|pour|para|y|et|e|en|sur)"
    r"\s+)?(?:[A-ZÀ-Þ][\w’'.-]*|d[’'][A-ZÀ-Þ][\w’'-]*))*\s*\($"
)


def _named_before_acronym(ctx: Context, m: Mention) -> int | None:
    """Where the name begins that an acronym in parentheses closes ("... Research (CNRS)")."""
    if not (ctx.text[m.end : m.end + 1] == ")" and ACRONYM.fullmatch(m.text)):
        return None
    before = ctx.text[max(ctx.sentence.begin, m.begin - 120) : m.begin]
    name = NAME_BEFORE_ACRONYM.search(before)
    return m.begin - len(before) + name.start() if name else None


ACRONYM = re.compile(r"[A-ZÀ-Þ][\w&.-]{1,11}")


@cache
def counterpart_gap(lang: str) -> re.Pattern[str]:
    """' and its Chilean counterpart, ', ' et son homologue ', ' y su socio, la ': a party
    named as the other's counterpart or partner is coordinated with it."""
    nouns = pattern(lang, "partnership_words", "counterpart").pattern
    return re.compile(
        rf"\s*,?\s*(?:and|y|e|et)\s+(?:its|their|su|sus|son|sa|ses|leur)\s+(?:[\w-]+\s+)?{nouns}"
        rf"(?:\s+[\w-]+)?\s*,?\s*(?:(?:the|el|la|le|l[’'])\s*)?$",
        re.IGNORECASE,
    )




def is_country(ctx: Context, m: Mention) -> bool:
    return m.kind == "place" and ctx.type_of(m) == "Country"


# a wire dateline that opens the first sentence: "Lima, 3 mar (Agencia X)", "LIMA (AFP) -"
DATELINE = re.compile(
    r"\W*[^\W\d_][\w.’'-]*(?:\s+[^\W\d_][\w.’'-]*){0,3},\s*\d{1,2}\s+[^\W\d_]{3,12}\.?"
    r"(?:\s+\d{4})?\s*"
    r"\([^()]{2,40}\)\s*[-–—]?\s*"
    r"|\W*[A-ZÀ-Þ][A-ZÀ-Þ .’'-]{2,30}\s*\([^()]{2,40}\)\s*[-–—]\s*"
)


def body_begin(ctx: Context) -> int:
    """Where the sentence's own words begin, after a wire dateline."""
    s = ctx.sentence
    dateline = DATELINE.match(ctx.text, s.begin, s.end)
    return dateline.end() if dateline else s.begin


def country_subject(ctx: Context, body: int, begin: int) -> list[Mention]:
    """The country that opens the sentence, a few words before the partnership word, after
    a sentence adverb at most ("Entonces México firmó", "Ensuite, le Brésil a signé")."""
    first = next((m for m in ctx.mentions if m.begin >= body), None)
    if first is None or not is_country(ctx, first) or first.end > begin:
        return []
    if not _opens(ctx, ctx.gap(body, first)) or ctx.text.startswith(("’s", "'s"), first.end):
        return []
    gap = ctx.gap(first, begin)
    if ";" in gap or NEW_CLAUSE.search(gap) or _reported(ctx.lang).search(gap):
        return []  # "Chile aprobó la ley, y la empresa firmó": another subject signs
    return [first] if len(gap.split()) <= SUBJECT_WORDS else []


def possessed(ctx: Context, country: Mention, end: int) -> Mention | None:
    """'with Saudi Arabia's Ma'aden': the name right after a country's possessive is the
    partner, even untyped or in a headline; the country only says where it is from."""
    if not ctx.text.startswith(("’s", "'s"), country.end):
        return None
    after = next((m for m in ctx.mentions if m.begin > country.end), None)
    if after is None or after.end > end or after.kind not in ("org", "name"):
        return None  # "Brazil's President Lula": the country, by its official
    if ctx.gap(country, after).strip() not in ("’s", "'s") or junk(ctx, after):
        return None
    return after if ctx.is_org(after) and ctx.type_of(after) != "NewsMediaOrganization" else None


def _opens(ctx: Context, gap: str) -> bool:
    """What may stand before a country that opens its clause: an article, after a sentence
    adverb of the word list ("Entonces", "Then,", "Ensuite, le")."""
    opener = pattern(ctx.lang, "partnership_words", "opener").match(gap.lstrip())
    rest = gap.lstrip()[opener.end() :].lstrip(" ,") if opener else gap
    return bool(LIST_START.fullmatch(rest))


@cache
def _reported(lang: str) -> re.Pattern[str]:
    """'Brazil said the company signed': a verb of saying, then the subject of what is said."""
    words = pattern(lang, "partnership_words", "reports").pattern
    return re.compile(rf"{words}\s+(?:{DETERMINER})(?:\s|(?<=['’]))", re.IGNORECASE)


DETERMINER = (
    r"the|el|la|los|las|le|les|l['’]|this|these|este|esta|estos|estas|ce|cet|cette|ces|its|their"
    r"|su|sus|son|sa|ses|leur|leurs"
)
# a new clause with its own subject: "Chile aprobó la ley, y la empresa firmó", "Chile approved
# the law while the company signed", "le Brésil a annoncé que l'entreprise a signé"
NEW_CLAUSE = re.compile(
    r"(?:,\s*(?:and|but|y|pero|e|et|mais)\s)"
    r"|(?:(?<!\w)(?:and|but|y|pero|et|mais|while|whereas|mientras|mientras\s+que|tandis\s+qu"
    rf"|alors\s+qu|pendant\s+qu|that|que|qu)['’\s]\s*(?:{DETERMINER})(?:\s|(?<=['’])))",
    re.IGNORECASE,
)
LIST_START = re.compile(r"\s*(?:(?:the|el|la|los|las|le|les|l[’'])\s*)?", re.IGNORECASE)
SUBJECT_WORDS = 12  # a subject farther before its partnership word is another clause's
