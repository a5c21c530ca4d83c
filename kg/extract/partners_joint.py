"""Where the coordinated subjects of a joint action end: the verbs `find_joint` reads.

Three shapes of verb, each preceded by the subjects it makes partners. A joint verb of the
word list ("firmaron", "ont signé", "teamed up"). A verb that makes something with a
partnership noun for its object, a few words after it ("renewed their alliance", "alcanzaron
un acuerdo", "ont noué un partenariat", "ont créé un laboratoire commun"). And an adverb that
says the subjects act together ("will jointly develop", "trabajarán de manera conjunta",
"vont financer conjointement"). Every such verb of the sentence is a candidate, in order.

A subject may be a government named by its demonym ("le gouvernement haïtien", "el gobierno
chileno"): `governed_demonym` reads it as the country; or a city for its government ("la
ville de Paris"). And a participle of association is a partnership word after a copula only
("RATP Dev est déjà associé à CCR").
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.base import Context
from kg.extract.lexicon import pattern
from kg.gazetteer import default as default_gazetteer
from kg.model import Entity, Mention
from kg.recognize.names import lexicon
from kg.text import fold, lang_lines

# between a "makes" verb and its partnership noun: a determiner and a few describing words
OBJECT_GAP = re.compile(r"\s+(?:[a-záéíóúñàâçèêëîïôûüœ’'-]+\s+){0,3}", re.IGNORECASE)
# "le gouvernement haïtien", "el gobierno federal chileno", "the Haitian government"
GOVERNMENT_BEFORE = re.compile(
    r"(?:government|gobierno|gouvernement)(?:\s+(?:federal|central|national|nacional))?\s+$",
    re.IGNORECASE,
)
GOVERNMENT_AFTER = re.compile(r"\s+(?:government|authorities)\b", re.IGNORECASE)


@cache
def _objects(lang: str) -> re.Pattern[str]:
    """The words that, after a "makes" verb, say what it makes is a partnership."""
    words = [
        pattern(lang, "partnership_words", role).pattern
        for role in ("trigger", "group", "shared", "creation", "noun")
    ]
    return re.compile("|".join(words), re.IGNORECASE)


def joint_verbs(ctx: Context) -> list[tuple[int, int]]:
    """The spans of the sentence's verbs whose coordinated subjects are partners."""
    text, s = ctx.text, ctx.sentence
    spans = [
        v.span()
        for v in pattern(ctx.lang, "partnership_words", "joint").finditer(text, s.begin, s.end)
    ]
    spans += [
        v.span()
        for v in pattern(ctx.lang, "partnership_words", "together").finditer(text, s.begin, s.end)
        if not NOUN_BEFORE.search(text, max(s.begin, v.start() - 12), v.start())
    ]
    for noun in pattern(ctx.lang, "partnership_words", "trigger").finditer(text, s.begin, s.end):
        own = POSSESSIVE.search(text, max(s.begin, noun.start() - 30), noun.start())
        withs = pattern(ctx.lang, "partnership_words", "with")
        if own and not withs.match(text, noun.end() + 1):  # "Harvard and MIT's partnership"
            spans.append((own.start(), noun.end()))
    objects = _objects(ctx.lang)
    for verb in pattern(ctx.lang, "partnership_words", "makes").finditer(text, s.begin, s.end):
        gap = OBJECT_GAP.match(text, verb.end(), s.end)
        if gap is None:
            continue
        start = verb.end()
        # the object noun is one of the next four words, none of them a name
        for noun in objects.finditer(text, start, min(s.end, gap.end() + 40)):
            if OBJECT_GAP.fullmatch(text, start, noun.start()) or noun.start() == start:
                spans.append(verb.span())
            break
    return sorted(set(spans))


@cache
def first_person(lang: str) -> re.Pattern[str]:
    """'we', 'our', 'firmamos', 'nous': the speaker's words, never a party's name."""
    words = [pattern(lang, "partnership_words", role).pattern for role in ("we", "our")]
    return re.compile("|".join(words), re.IGNORECASE)


# "l'ensemble du marché": a determiner makes the adverb a noun; "qui ensemble représentent",
# "which together account for": a relative adds up what they are, not what they do jointly
NOUN_BEFORE = re.compile(
    r"(?<!\w)(?:l[’']|un|une|el|le|les|des|d[’']|cet|the|a|an|this|su|son|leur|its|which|that"
    r"|qui|que|quienes)\s*$",
    re.IGNORECASE,
)


# "Harvard and MIT's partnership", "their new alliance": the owners of the noun, jointly
POSSESSIVE = re.compile(r"[’']s\s+(?:[a-z-]+\s+)?\Z")


def governed_demonym(ctx: Context, m: Mention) -> bool:
    """'le gouvernement haïtien': a demonym right after a government word names the country."""
    if m.kind != "demonym":
        return False
    before = ctx.text[max(ctx.sentence.begin, m.begin - 40) : m.begin]
    return bool(GOVERNMENT_BEFORE.search(before) or GOVERNMENT_AFTER.match(ctx.text, m.end))


def party_entity(ctx: Context, m: Mention) -> Entity | None:
    """The entity a party mention stands for: the country of a governed demonym, the leader
    of "a Harvard-led consortium"."""
    if m.kind == "demonym":
        return ctx.country_of(m)
    led = LED.fullmatch(m.text)
    if led:
        return named_apart(ctx, led.group(1), ctx.resolution.key_of(m))
    return ctx.entity(m, "Organization")


# "a Harvard-led consortium", "the UNESCO-backed program": the name before the suffix leads
LED = re.compile(r"(.+?)-(?:led|backed|sponsored|funded|owned)", re.IGNORECASE)
PLACES = frozenset({"State", "City", "Place"})  # countries sign agreements


def named_apart(ctx: Context, part: str, own: str | None) -> Entity | None:
    """The organization the article names by this form elsewhere, else the known one."""
    keys = [
        c.key
        for c in ctx.resolution.clusters.values()
        if part in c.forms and c.key != own and c.count and c.type not in PLACES
    ]
    if len(keys) == 1:
        return ctx.resolution.known_entity(keys[0])
    entry = default_gazetteer().match(part)
    if keys or entry is None or entry.type in PLACES or entry.key == own:
        return None
    return ctx.resolution.known_entity(entry.key)


def subject_begin(ctx: Context, m: Mention) -> int:
    """Where a subject's words begin: at 'gouvernement' for 'le gouvernement haïtien'."""
    if m.kind == "demonym":
        lead = GOVERNMENT_BEFORE.search(ctx.text, max(ctx.sentence.begin, m.begin - 40), m.begin)
        if lead:
            return lead.start()
    return m.begin


# "RATP Dev est déjà associé à CCR": a participle of association is a partnership word only
# after a copula, or opening the sentence ("Associé à X, Acme réalisera": the main clause's
# subject is the party), not "les coûts associés à"
COPULA_BEFORE = re.compile(
    r"(?<!\w)(?:est|sont|était|étaient|sera|seront|été|is|are|was|were|está|están|estaba|estará"
    r"|estarán|es|son|será|serán)\s+(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)
OWN_WITH = re.compile(r"(?:à|au|aux|con)$", re.IGNORECASE)
SENTENCE_OPENS = re.compile(r"[\s\"«“]*")


def associated(ctx: Context) -> list[tuple[re.Match[str], re.Match[str]]]:
    """The participles of association after a copula, each with its own "with" word."""
    text, s = ctx.text, ctx.sentence
    out = []
    for word in pattern(ctx.lang, "partnership_words", "associated").finditer(text, s.begin, s.end):
        if COPULA_BEFORE.search(
            text, max(s.begin, word.start() - 30), word.start()
        ) or SENTENCE_OPENS.fullmatch(text, s.begin, word.start()):
            with_m = OWN_WITH.search(text, word.start(), word.end())
            if with_m:
                out.append((word, with_m))
    return out


CITY_GOVERNS = re.compile(
    r"(?<!\w)(?:city|municipality|ville|mairie|municipalité|ciudad|alcaldía|municipio"
    r"|municipalidad|ayuntamiento|intendencia)\s+(?:of|de|del|du|de\s+la)\s*$",
    re.IGNORECASE,
)
LOCATIVE = re.compile(
    r"(?<!\w)(?:in|at|en|dans|à|a|au|near|cerca\s+de|près\s+de)\s+(?:the\s+|la\s+|le\s+|l[’'])?$",
    re.IGNORECASE,
)


def city_governed(ctx: Context, m: Mention) -> bool:
    """'la ville de Paris et Suez', 'la alcaldía de Medellín': the city stands for its
    government, unless it is where something happens ("dans la ville de Paris")."""
    city = CITY_GOVERNS.search(ctx.text, max(0, m.begin - 30), m.begin)
    return bool(city) and not LOCATIVE.search(ctx.text, max(0, city.start() - 12), city.start())


# a place named for its government: "the Government of Nuevo León", "the State of Jalisco"
GOVERNS = re.compile(
    r"(?<!\w)(?:(?:the\s+)?(?:government|governor|state)\s+of(?:\s+the)?"
    r"|(?:gobierno|gobernador|gobernadora|estado)(?:\s+(?:estatal|federal|municipal))?\s+de(?:l)?"
    r"|(?:gouvernement|gouverneur|gouverneure)\s+(?:de\s+la|de\s+l[’']|du|de)"
    r"(?:\s*(?:état|l[’']état|estado)\s+(?:de|du|de\s+l[’']))?"
    r"|(?:l[’'])?état\s+(?:de|du))\s*$",
    re.IGNORECASE,
)
GOVERNS_ITSELF = re.compile(r"(?:state|estado|état|government|gobierno|gouvernement)\s", re.I)
PLACE_GOVERNMENT_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:state\s+|provincial\s+|city\s+|federal\s+)?government\b"
    r"|\s+(?:governor|mayor)\s+[A-ZÀ-Þ]",  # "Jalisco Governor Ana Ruiz signed"
    re.IGNORECASE,
)


def is_governed(ctx: Context, m: Mention) -> bool:
    """'the Government of Nuevo León', 'le gouverneur de l'État de Bahia': the place stands for
    its government."""
    if GOVERNS.search(ctx.text, max(0, m.begin - 40), m.begin) or GOVERNS_ITSELF.match(m.text):
        return True  # "the Government of Nuevo León", "the State of Jalisco"
    if PLACE_GOVERNMENT_AFTER.match(ctx.text, m.end):
        return True
    return city_governed(ctx, m)


PARENT = re.compile(
    r"(?:filiale|subsidiary|filial|subsidiaria|unit|unidad)\s+(?:du|de|of|del|de la)\s+"
    r"(?:(?:the|el|la|le|l[’'])\s*)?(?:(?:groupe|group|grupo|company|empresa|société)\s+)?\Z",
    re.IGNORECASE,
)


def parent_of_subject(ctx: Context, m: Mention) -> bool:
    """'La filiale du groupe RATP a signé': the parent named in the subject's description is
    not the party; the subsidiary (the article's company) is."""
    return bool(PARENT.search(ctx.text, max(ctx.sentence.begin, m.begin - 40), m.begin))


# "une université de Barranquilla", "a local university": an indefinite article before a
# lower-case noun says which kind of body, not which one
INDEFINITE = re.compile(
    r"(?<!\w)(?:a|an|another|one|un|una|une|otra|otro|unos|unas|des|autre|une\s+autre)\s+\Z",
    re.IGNORECASE,
)


def unnamed(ctx: Context, m: Mention) -> bool:
    """'une université de Barranquilla': a body the recognizer read from a lower-case noun
    after an indefinite article, which names none."""
    if m.kind not in ("org", "name") or not m.text[:1].islower():
        return False
    return bool(INDEFINITE.search(ctx.text, max(0, m.begin - 12), m.begin))


@cache
def _party_adjectives(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lang_lines(lang, "party_adjectives"))


def described_item(ctx: Context, gap: str) -> bool:
    """' and Chinese consortium ', ' y la empresa alemana ', ' y la empresa estatal ', ' and
    state-owned ': a conjunction, then words that describe the next party: a company noun, a
    demonym or a word of ownership (lang/*/party_adjectives.txt), and lower-case adjectives
    beside it (no function word, which would open a complement: "y la filial de")."""
    head = re.match(
        r"\s*\)?\s*,?\s*(?:and|y|e|et|&)\s+(?:(?:the|el|la|los|las|le|les|l[’'])\s*)?", gap
    )
    if head is None:
        return False
    words = gap[head.end() :].split()
    gazetteer = default_gazetteer()
    group = pattern(ctx.lang, "partnership_words", "group")
    lex = lexicon(ctx.lang)
    described = [
        w
        for w in words
        if w.casefold() in lex["descriptors"]
        or gazetteer.demonym(w)
        or group.fullmatch(w)
        or fold(w) in _party_adjectives(ctx.lang)
    ]
    adjectives = [
        w for w in words if w.isalpha() and w.islower() and fold(w) not in lex["stopwords"]
    ]
    # "la banque publique colombienne de développement territorial": a complement of common
    # nouns inside the description, when a function word does not end it ("y la filial de")
    inner = [w for w in words[1:-1] if fold(w) in INNER_OF]
    return (
        0 < len(words) <= DESCRIBED_WORDS
        and bool(described)
        and fold(words[-1]) not in lex["stopwords"]
        and all(w in described or w in adjectives or w in inner for w in words)
    )


DESCRIBED_WORDS = 6  # "la empresa estatal", "the Colombian public development bank"
INNER_OF = frozenset({"de", "of", "du", "del"})
