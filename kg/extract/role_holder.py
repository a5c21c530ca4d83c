"""Who holds the post a title phrase names: the person right after it or right before it.

After the phrase ("la présidente X", "Chairman and CEO X", "the coordinator of Y, X"): at most
a comma, an article and an honorific between ("La Rectora del centro, doctora Ana Ruiz"), or the
present of 'to be' ("the CEO of Acme is Ana Ruiz"), or a demonym set before the name ("..., el
italiano Riccardo Bellandi"); not a name that opens the next clause after a post inside an
opening phrase ("Tras reunirse con el director de Cemex, Ana Paz dijo"). Before the phrase ("X,
directrice générale de Y", "X director general de Y", "X, who is also ...", "X, recently
appointed CEO of Y", "X became CEO"), or before a relative clause that stands between them ("X,
who previously led Cemex's business, will become CEO of Y") or whose verb takes the post after
"as" ("Y, who is moving to Dublin as group COO"); not capitalized words of the post ("State
Sustainable Development Secretary X"), nor a bare title after a comma and an article that is the
next clause's subject. A post joined to the next one by a conjunction ("presidente de Cemex y
directora de Bimbo, Ana Ruiz") is held by the next one's person; "X joins Acme as CFO" gives the
person and the company.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.base import Context
from kg.extract.lexicon import pattern
from kg.extract.role_people import ARTICLE_START, can_be_person
from kg.extract.title_phrases import Phrase
from kg.gazetteer import default as default_gazetteer
from kg.model import Mention
from kg.recognize.names import is_given_name
from kg.text import fold, lang_lines


@cache
def _before_name(lang: str) -> re.Pattern[str]:
    """Between a post and the name after it: a comma, an article and an honorific at most
    ("La Rectora del centro, doctora Ana Ruiz", "le recteur, le professeur Paul Roy"), or the
    present of 'to be' ("the CEO of Acme is Ana Ruiz": who holds it now)."""
    words = sorted(lang_lines(lang, "honorifics"), key=len, reverse=True)
    body = "|".join(re.escape(w) for w in words) or "(?!x)x"
    return re.compile(
        rf"(?:\s*,?\s*(?:(?:the|el|la|le)\s+|l[’']\s*)?|\s+(?:is|es|est)\s+)(?:(?:{body})\.?\s+)?$",
        re.IGNORECASE,
    )


# a day the appointment was made on, between its verb and the post: "este martes", "ayer",
# "on Monday", "lundi", "hier" (lang/*/weekdays.txt)
WHEN = (
    r"(?:(?:este|el\s+pasado|el|on|last|this|ce)\s+)?(?:"
    + "|".join(re.escape(w) for lang in ("en", "es", "fr") for w in lang_lines(lang, "weekdays"))
    + ")"
)
AFTER_NAME = re.compile(
    # after a comma, a bracket or a dash ("X —directora de Acme— dijo")
    r"\s*(?:,\s*|\(\s*|[—–]\s*|\s)"
    # "Doe, an engineer, is the company's CTO": an aside saying what the person is
    r"(?:(?:an?|un|una|une)\s+[^\W\d_][\w-]*\s*,\s*(?=(?:is|es|est)\s))?"
    # "X, currently its CFO,", "X, hasta ahora director de Y", "X, actuellement PDG de Y"
    r"(?:(?:currently|now|until now|actualmente|hasta ahora|actuellement|jusqu[’']ici)\s+)?"
    r"(?:(?:who|quien|qui|que)\s+(?:(?:also|además|también|aussi|également)\s+)?"
    # "X, who is also CEO of Y", "X, quien también es", "X, qui est également"
    r"(?:is|was|es|fue|est|était|remains|sigue siendo|reste|demeure)"
    r"(?:\s+(?:also|además|también|aussi|également))?\s+"
    # "X est, depuis mars, directrice", "X es, desde enero, gerente": since when, set off
    r"|(?:is|es|est)\s*,\s*(?:since|desde|depuis)\s+[^,;.]{1,25},\s*"
    r"|(?:is|was|es|fue|est|était|as|como|comme|en tant que|has been|had been|will be|a été"
    r"|avait été|sera|ha sido|había sido|será|sería|au poste de|in the post of|en el cargo de"
    r"|en su calidad de|en calidad de|en sa qualité de|en qualité de|in (?:his|her) capacity as"
    # "X ocupará el cargo de director", "X occupera le poste de PDG"
    r"|ocupa el cargo de|ocupará el cargo de|occupe le poste de|occupera le poste de"
    r"|holds the post of|will hold the post of"
    # "X, quien funge como director", "X, who serves as CEO", "X, qui occupe le poste de"
    r"|(?:who|quien|qui)\s+(?:serves as|served as|funge como|fungía como|se desempeña como"
    r"|se desempeñaba como|occupe le poste de|occupait le poste de|occupe les fonctions de))"
    r"\s+)?"
    # "X became CEO", "X took over as CEO", "X asume como CEO", "X devient PDG"
    r"(?:(?:(?:who|quien|qui)\s+)?(?:became|becomes|will become|would become|is to become"
    r"|is set to become|has become|took over as"
    r"|takes over as|will take over as"
    r"|assumed as|assumes as|assumed the post of|assumes the post of|stepped in as|steps in as"
    r"|asumió como|asume como|asumirá como|asumió el cargo de|asume el cargo de|se convirtió en"
    r"|se convierte en|se convertirá en|pasa a ser|pasará a ser"
    r"|assume les fonctions de|a pris les fonctions de|prend les fonctions de|devient"
    r"|est devenue?|deviendra"
    # "X juramentó como ministro", "X was sworn in as", "X a prêté serment comme"
    r"|juramentó como|juró como|prestó juramento como|(?:was|is|will be)\s+sworn in as"
    r"|sworn in as|a prêté serment (?:comme|en tant que)"
    # "X juró este martes como", "X took office on Monday as": when, then the post
    rf"|(?:juró|juramentó|asumió|asume|asumirá|took office|was sworn in|a pris ses fonctions)"
    rf"\s+{WHEN}\s+(?:como|as|comme))\s+)?"
    # "X, recently appointed CEO", "X, nombrada directora", "X, nommé président"
    r"(?:(?:(?:recently|newly|just|recién|recientemente|récemment)\s+)?(?:named|appointed"
    r"|elected|promoted to|nombrad[oa]|designad[oa]|elegid[oa]|electa|electo|ascendid[oa] a"
    r"|nommée?|désignée?|élue?|promue?(?: au poste de)?"
    # "X fue ratificada como ministra", "X was confirmed as", "X a été reconduite comme"
    r"|ratificad[oa]|confirmad[oa]|reelegid[oa]|ratified|confirmed|re-?elected|reappointed"
    r"|confirmée?|reconduite?|réélue?)"
    rf"(?:\s+{WHEN})?"  # "X a été nommée lundi ministre", "X fue designada ayer como"
    r"(?:\s+(?:as|como|comme))?\s+)?"
    r"(?:(?:the|a|an|el|la|le|l[’']|un|una|une)\s+)?"
    r"(?:(?:new|nuevo|nueva|nouveau|nouvelle)\s+)?"
    r"(?:(?:the company[’']s|the firm[’']s|its|their|su|sus|sa|son|ses|leur)\s+)?$"
    r"|\s*$",
    re.IGNORECASE,
)


def _person_after(ctx: Context, phrase: Phrase) -> Mention | None:
    for m in ctx.names():
        if m.begin >= phrase.end:
            gap = ctx.gap(phrase.end, _demonym_before(ctx, m) or m)
            if (
                _before_name(ctx.lang).fullmatch(gap)
                and can_be_person(ctx, m)
                and not _main_subject(ctx, phrase, m, gap)
            ):
                return m
            return None
    return None


def _demonym_before(ctx: Context, m: Mention) -> int | None:
    """'..., el italiano Riccardo Bellandi': where the demonym set before a name begins."""
    for d in ctx.mentions:
        if d.kind == "demonym" and d.end < m.begin and ctx.gap(d.end, m) == " ":
            return d.begin
    word = DEMONYM_WORD.search(ctx.text, max(ctx.sentence.begin, m.begin - 30), m.begin)
    if word and default_gazetteer().demonym(word.group(1)) is not None:
        return word.start(1)  # "l'Italien Marco Ormeda": a demonym the text capitalizes
    return None


DEMONYM_WORD = re.compile(r"[’'\s]([^\W\d_][^\W\d_-]+)\s\Z")


CLAUSE_START = re.compile(r"[,;:«»“”\"—–(]")
CLAUSE_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _main_subject(ctx: Context, phrase: Phrase, m: Mention, gap: str) -> bool:
    """'Tras reunirse con el director de Cemex, Ana Paz dijo ...': a post inside an opening
    phrase, then a comma and a name that a verb of saying follows with no comma: the name is
    the next clause's subject, someone else (`_subject` reads the shape with the name first)."""
    if gap.strip() != ",":
        return False
    after = re.compile(r"\s+").match(ctx.text, m.end, ctx.sentence.end)
    verb = pattern(ctx.lang, "speech_words", "verb")
    if after is None or not verb.match(ctx.text, after.end(), ctx.sentence.end):
        return False
    start = ctx.sentence.begin
    for mark in CLAUSE_START.finditer(ctx.text, ctx.sentence.begin, phrase.outer):
        start = mark.end()
    words = CLAUSE_WORD.findall(ctx.text[start : phrase.outer])
    return any(fold(w) not in ARTICLE_START for w in words)


# "a" is an English article but a Spanish preposition: "Toma protesta X a nuevo secretario" gives
# the post to someone else
SPANISH_A = re.compile(r"\s+a\s")


def _person_before(ctx: Context, phrase: Phrase) -> Mention | None:
    before = [m for m in ctx.names() if m.end <= phrase.outer]
    if before and can_be_person(ctx, before[-1]):
        m = before[-1]
        gap = ctx.gap(m, phrase.outer)
        if (
            AFTER_NAME.fullmatch(gap)
            and not (ctx.lang == "es" and SPANISH_A.match(gap))  # "toma protesta X a nuevo ..."
            and not _subject(ctx, gap, phrase)
            and not _premodifier(ctx, m, gap)
        ):
            return m
    # "X, who previously led Cemex's business, will become CEO of Y": the person before the
    # relative clause that stands between them
    aside = RELATIVE_ASIDE.search(ctx.text, ctx.sentence.begin, phrase.outer)
    if aside is None or not AFTER_NAME.fullmatch(ctx.text, aside.end(), phrase.outer):
        return None
    people = [m for m in ctx.names() if m.end == aside.start() and can_be_person(ctx, m)]
    return people[0] if people else None


def _person_before_relative(ctx: Context, phrase: Phrase) -> Mention | None:
    """'Y, who is moving to Dublin as group COO', 'X, qui rejoint le siège comme directeur
    adjoint': the person before a relative clause whose verb takes the post after 'as'."""
    clause = RELATIVE_AS.search(ctx.text, ctx.sentence.begin, phrase.outer)
    if clause is None:
        return None
    people = [m for m in ctx.names() if m.end == clause.start() and can_be_person(ctx, m)]
    return people[0] if people and ctx.type_of(people[0]) == "Person" else None


RELATIVE_AS = re.compile(
    r",\s*(?:who|quien|qui)\s(?:[^\W\d_][\w’'-]*\s+){1,8}?(?:as|como|comme|en tant que)\s+"
    r"(?:(?:the|a|an|el|la|un|una|le|un|une|l[’'])\s*)?\Z",
    re.IGNORECASE,
)


RELATIVE_OPEN = re.compile(r"\s*,\s*(?:who|quien|qui)\s", re.IGNORECASE)
# ", el ", ", the ": after a comma, an article may open an apposition or the next clause's subject
COMMA_ARTICLE = re.compile(
    r"\s*,\s*(?:the|el|la|le|l[’']|its|their|su|sus|sa|son|ses|leur)\s*$", re.IGNORECASE
)
# what closes an apposition or carries it on: a comma, a stop, a bracket, a conjunction, a
# connector of a complement ("de la start-up X"), the sentence's end
CLOSED = re.compile(
    r"\s*(?:[,;.:)\]»”\"—–-]|(?:and|y|e|et|who|quien|qui|de|del|du|des|d[’']|of|at|for|para"
    r"|pour|chez|en|in|à|au|aux)(?![\w-])|$)",
    re.IGNORECASE,
)


def _premodifier(ctx: Context, m: Mention, gap: str) -> bool:
    """'State Sustainable Development Secretary X': capitalized words right before a title,
    with no given name among them, are words of the post, not its holder."""
    return (
        not gap.strip()
        and m.kind == "name"
        and ctx.type_of(m) != "Person"
        and not any(is_given_name(w, strict=False) for w in m.text.split())
    )


def _subject(ctx: Context, gap: str, phrase: Phrase) -> bool:
    """'..., y de Salud, Ana Paz, el mandatario añadió': a bare title after a comma and an article,
    with a verb and no comma after it, is the subject of the next clause, someone else."""
    return (
        bool(COMMA_ARTICLE.fullmatch(gap))
        and phrase.end == phrase.title.end
        and phrase.end < ctx.sentence.end
        and not CLOSED.match(ctx.text, phrase.end, ctx.sentence.end)
    )


# ", who previously led Acme," / ", quien dirigía Acme," / ", qui dirigeait Acme,": no stop
RELATIVE_ASIDE = re.compile(
    r",\s*(?:who|quien|quienes|qui)\s[^,;.:()“”\"«»]{3,90},(?=[^,]*\Z)", re.IGNORECASE
)


COORDINATED = re.compile(r"\s+(?:and|y|e|et)\s+", re.IGNORECASE)  # no article: one person


def _coordinated_person(ctx: Context, phrase: Phrase, following: list[Phrase]) -> Mention | None:
    """The person named after the next post, when this post is joined to it by a conjunction
    ("presidente de Cemex y directora de Bimbo, Ana Ruiz")."""
    if not following or not COORDINATED.fullmatch(ctx.gap(phrase.end, following[0].outer)):
        return None
    return _person_after(ctx, following[0])


def _joined(ctx: Context, phrase: Phrase) -> tuple[Mention | None, Mention | None]:
    """'X joins Acme as CFO', 'X se incorpora a Acme como directora', 'X rejoint Acme en
    tant que PDG': the person, and the company the post is at (when the title names none)."""
    before = [m for m in ctx.names() if m.end <= phrase.outer or m.end <= phrase.begin]
    if len(before) < 2 or phrase.org is not None:
        return None, None
    person, org = before[-2], before[-1]
    joins = pattern(ctx.lang, "join_words", "joins")
    verb = joins.fullmatch(ctx.gap(person, org).strip())
    as_ = pattern(ctx.lang, "join_words", "as").match(ctx.gap(org, phrase.begin).strip())
    if verb is None or as_ is None or not ctx.is_org(org) or not can_be_person(ctx, person):
        return None, None
    rest = ctx.gap(org, phrase.begin).strip()[as_.end() :]
    if not JOIN_ARTICLE.fullmatch(rest):
        return None, None
    return person, org


JOIN_ARTICLE = re.compile(
    r"\s*(?:(?:the|its|a|an|el|la|su|le|l[’']|sa|son|un|una|une)\s*)?"
    r"(?:(?:new|nuevo|nueva|nouveau|nouvelle)\s+)?",
    re.IGNORECASE,
)
