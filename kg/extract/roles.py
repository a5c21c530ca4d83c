"""Roles: a person holds a post at an organization.

`kg.extract.title_phrases` reads each title with what surrounds it. A person next to the phrase
holds it: after the name ("X, directrice générale de Y", "X director general de Y", "X, who is
also ...", "X, recently appointed CEO of Y") or before it ("la présidente X", "Chairman and CEO
X", "the coordinator of Y, X", "the Vice President of the Nation and Minister of Finance, X":
both posts); "named X, former Y, as Z" gives X the post after the aside; "... will be succeeded
by Z" gives Z the post too. The organization: the state or city a governor, mayor or state
secretary serves (`kg.extract.jurisdiction`); the first organization the phrase names (a
generic ministry name of another country's government names that country's); the country (or
its ministry) of a government post, the site's country before the article's; the sending
country of a diplomat, or the country that names them; for "su presidente", "de la empresa",
the organization named last; for another company post, the one company of the sentence or the
company named just before. With none of these, no role: none is better than a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg.extract.base import COMPANY_LIKE, GOVERNMENT_CATEGORIES, Context
from kg.extract.jurisdiction import JURISDICTIONS, context_country, jurisdiction, place_entity
from kg.extract.lexicon import pattern
from kg.extract.role_people import (
    ARTICLE_START,
    can_be_person,
    next_holder,
    previous_holder,
    successor_before,
    unqualified,
)
from kg.extract.title_body import body_entity, company_reference
from kg.extract.title_phrases import Phrase, is_portfolio_word, title_phrases
from kg.gazetteer import default as default_gazetteer
from kg.model import ORG_TYPES, Entity, Mention, Role
from kg.recognize.names import is_given_name, lexicon, org_word_type
from kg.text import fold, lang_lines, normalize_space

__all__ = ["find_roles", "is_portfolio_word"]


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
    r"(?:(?:(?:who|quien|qui)\s+)?(?:became|becomes|will become|has become|took over as"
    r"|takes over as|will take over as"
    r"|assumed as|assumes as|assumed the post of|assumes the post of|stepped in as|steps in as"
    r"|asumió como|asume como|asumirá como|asumió el cargo de|asume el cargo de|se convirtió en"
    r"|se convierte en|se convertirá en|pasa a ser|pasará a ser"
    r"|assume les fonctions de|a pris les fonctions de|prend les fonctions de|devient"
    r"|est devenue?|deviendra)\s+)?"
    # "X, recently appointed CEO", "X, nombrada directora", "X, nommé président"
    r"(?:(?:(?:recently|newly|just|recién|recientemente|récemment)\s+)?(?:named|appointed"
    r"|elected|nombrad[oa]|designad[oa]|elegid[oa]|electa|electo|nommée?|désignée?|élue?)"
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


# a capitalized word for the country itself, not an organization's name
THE_STATE = re.compile(
    r"(?:la\s+|the\s+|el\s+)?(?:République|República|Republic|Nación|Nation)", re.I
)


def _organization(ctx: Context, phrase: Phrase, person: Mention) -> Entity | None:
    if phrase.state:
        return phrase.state
    if phrase.company and not phrase.org:
        return phrase.company
    if phrase.body_name and not phrase.org:  # "président de l'université de Guyane"
        return body_entity(ctx, *phrase.body_name)
    if phrase.body and not phrase.org and phrase.category == "head_of_state":
        return None  # "presidenta de la Comisión de Economía": a body's, not the country's
    if phrase.org and THE_STATE.fullmatch(phrase.org.text):
        return context_country(ctx)  # "président de la République", "presidente de la Nación"
    if phrase.org and not phrase.org.key and _generic_body(ctx.lang, phrase.org.text):
        phrase.begin = min(phrase.begin, phrase.org.begin)  # the body is a word of the post
        return context_country(ctx)  # "Central Bank Governor X": the article's country's
    if phrase.org and not phrase.org.key and _bare_head(ctx, phrase.org):
        return None  # "président de la Conférence des recteurs ...": a name cut short
    if phrase.org and not _foreign_ministry(ctx, phrase):
        return ctx.entity(phrase.org, "Organization")
    if _outsider(ctx.lang, phrase.title.text):
        return None  # "Ana Paz, analista, dijo que Cemex ...": not Cemex's analyst
    government = phrase.category in GOVERNMENT_CATEGORIES
    country = ctx.country_of(phrase.place) if phrase.place else None
    if phrase.category in JURISDICTIONS:
        if phrase.place and phrase.place.type in JURISDICTIONS[phrase.category]:
            return place_entity(ctx, phrase.place)  # "el gobernador neuquino": the state's
        if phrase.place:
            return ctx.entity(phrase.place) or country
        return jurisdiction(ctx, phrase.category)
    if (
        phrase.place
        and phrase.place.begin < phrase.title.begin
        and _key(ctx, phrase)
        in (
            "vice president",
            "president",
        )
    ):
        return country  # "US vice president X": a post of the country that premodifies it
    if phrase.ministry:
        return ctx.resolution.known_entity(phrase.ministry)
    if phrase.category == "diplomat":
        return _sender(ctx, phrase) or _appointing_country(ctx, person)
    if government or phrase.portfolio:
        country = country or context_country(ctx)
        if country and phrase.portfolio:
            ministry = default_gazetteer().ministry(country.key, phrase.portfolio)
            if ministry:
                return ctx.resolution.known_entity(ministry.key)
        if phrase.place and not country:
            return ctx.entity(phrase.place)
        return country
    appointer = _appointer(ctx, person)
    if appointer is not None and not phrase.org and phrase.category in ("corporate", "generic"):
        return appointer
    orgs = [m for m in ctx.names() if m.kind == "org" and ctx.is_org(m) and m is not person]
    companies = {ctx.entity(m).key: m for m in orgs if ctx.type_of(m) not in NOT_COMPANIES}
    if phrase.possessive:  # "la Universidad X, representada por su rector Y"
        near = [m for m in orgs if ctx.type_of(m) != "NewsMediaOrganization"]
        before = [m for m in near if m.end <= phrase.outer]
        if before:
            return ctx.entity(before[-1], "Organization")
        end = max(phrase.end, person.end)
        after = [m for m in near if SUBJECT_AFTER.fullmatch(ctx.text, end, m.begin)]
        if after:  # "Comme l'a dit X, son directeur, l'AFD est ...": the clause's subject
            return ctx.entity(after[0], "Organization")
        topic = _topic(ctx, phrase)
        if topic is not None:  # "Its CFO, X, said ...": the company the article is about
            return topic
    if phrase.anaphora or phrase.possessive:  # the one spoken of last, however far back
        types = ORG_TYPES - {"NewsMediaOrganization"} if phrase.possessive else COMPANY_LIKE
        whole = ctx.index + 1
        found = _by_noun(ctx, phrase) if phrase.anaphora else None
        if phrase.possessive and phrase.title.label == "academic":  # "su rector": a school's
            found = _antecedent(ctx, phrase.outer, back=2, types=SCHOOLS)
        found = (
            found
            or _antecedent(ctx, phrase.outer, back=whole, types=types)
            or _antecedent(ctx, phrase.outer, untyped=True, back=whole)
        )
        if found is None and phrase.anaphora and len(companies) == 1:
            # "El presidente de la compañía, X, dijo que Bimbo ...": the one named after
            return ctx.entity(next(iter(companies.values())), "Organization")
        return found
    if _key(ctx, phrase) in SCHOOL_HEADS:  # "el rector de la institución": the school
        # named last; another organization of the sentence would be a guess
        return _antecedent(ctx, phrase.outer, back=ctx.index + 1, types=SCHOOLS)
    if len(companies) == 1:
        return ctx.entity(next(iter(companies.values())))
    # "Chairman and CEO X" with no company in the sentence: the company named just before, if
    # any; the article's most mentioned company would be a guess, and none is better than one
    if phrase.category == "generic":
        return _antecedent(ctx, phrase.outer)
    if phrase.category == "corporate":
        return _antecedent(ctx, phrase.outer, back=ctx.index + 1)
    return None


# between a possessive post's apposition and the subject of its clause: "..., son directeur, l'AFD"
SUBJECT_AFTER = re.compile(r"[\s,]*(?:(?:the|la|el|le|les|los|las|l[’'])\s*)?")


def _topic(ctx: Context, phrase: Phrase) -> Entity | None:
    """'The company, controlled by the fund X, posted ... Its chief financial officer, Y,
    said': with no organization before it in its sentence, a possessive post points back to
    the company the article is about when one of the two sentences before names it (by name
    or description) and the organizations named after it there are asides between commas (an
    owner, a client), not the last thing said."""
    main = ctx.doc.main_org
    if main is None:
        return None
    since: list[tuple[int, Mention]] = []
    for index in range(ctx.index, max(-1, ctx.index - 3), -1):
        for m in reversed(ctx.doc.mentions[index]):
            if m.kind not in ("org", "name") or (index == ctx.index and m.end > phrase.outer):
                continue
            if ctx.resolution.key_of(m) == main.key:
                return main if all(_aside(ctx, i, o) for i, o in since) else None
            if m.kind == "org":
                since.append((index, m))
    return None


def _aside(ctx: Context, index: int, m: Mention) -> bool:
    """A name inside a comma-delimited aside of its sentence ('The company, controlled by X,
    posted ...')."""
    sentence = ctx.doc.sentences[index]
    return "," in ctx.text[sentence.begin : m.begin] and "," in ctx.text[m.end : sentence.end]


def _bare_head(ctx: Context, org: Mention) -> bool:
    """'Conférence', 'Universidad': an organization's head word alone, lower-case words of
    its name after it, is the start of a name the recognizer cut, not the organization."""
    return (
        " " not in org.text
        and not org.text.isupper()
        and org_word_type([org.text], ctx.lang) is not None
        and bool(LOWER_AFTER.match(ctx.text, org.end, ctx.sentence.end))
    )


LOWER_AFTER = re.compile(r"\s+(?:de|des|del|du|d[’']|of)\s*[a-záéíóúñçàèêëîïôûü]")


@cache
def _outsider(lang: str, title: str) -> bool:
    """An analyst's or economist's post: held only where its own phrase says."""
    return title.casefold() in {w.casefold() for w in lang_lines(lang, "title_outsiders")}


@cache
def _generic_body(lang: str, name: str) -> bool:
    """'Central Bank', 'Banco Central': a state body's name with no country in it."""
    return fold(name) in {fold(w) for w in lang_lines(lang, "title_generic_bodies")}


# "Nestlé named X as its CFO", "Renault a nommé X directeur financier", "Bimbo nombró a X"
APPOINTED_BY = re.compile(
    r"\s+(?:has |have |had )?(?:named|appointed|hired|promoted|tapped|picked|chose"
    r"|(?:a |ha |había )?(?:nommée?|nommé|désignée?|nombrado|designado|elegido)"
    r"|nomme|désigne|nombró|designó|eligió|nombra|designa|contrató|ficha|fichó)\s+(?:a\s+)?$",
    re.IGNORECASE,
)


def _appointer(ctx: Context, person: Mention) -> Entity | None:
    """The company that, the sentence says, named the person to the post."""
    before = [m for m in ctx.names() if m.end <= person.begin]
    if not before:
        return None
    m = before[-1]
    if not APPOINTED_BY.fullmatch(ctx.gap(m, person)) or not ctx.is_org(m):
        return None
    if m.kind == "name" and (m.key or any(is_given_name(w, strict=False) for w in m.text.split())):
        return None
    if ctx.type_of(m) in NOT_COMPANIES:
        return None
    return ctx.entity(m, "Organization")


def _appointing_country(ctx: Context, person: Mention) -> Entity | None:
    """'Mexico named X as ambassador to the US', 'México designó a X como embajador': the
    country that names a diplomat sends them."""
    before = [m for m in ctx.names() if m.end <= person.begin]
    if not before or before[-1].kind != "place" or before[-1].type != "Country":
        return None
    if not APPOINTED_BY.fullmatch(ctx.gap(before[-1], person)):
        return None
    return ctx.country_of(before[-1])


NOT_COMPANIES = frozenset({"GovernmentOrganization", "NewsMediaOrganization"})
COMPANY = frozenset({"Corporation"})
SCHOOLS = frozenset({"EducationalOrganization"})
SCHOOL_HEADS = frozenset({"rector", "vice rector", "dean"})  # posts held only at a school


def _antecedent(
    ctx: Context,
    before: int,
    *,
    untyped: bool = False,
    back: int = 3,
    types: frozenset[str] = COMPANY,
) -> Entity | None:
    """The company (or organization of `types`) last named before `before`, in this sentence
    or the `back` - 1 before it; with `untyped`, an untyped name that could be one."""
    for index in range(ctx.index, max(-1, ctx.index - back), -1):
        found = [
            m
            for m in ctx.doc.mentions[index]
            if (index < ctx.index or m.end <= before) and _company_like(ctx, m, untyped, types)
        ]
        if found:
            return ctx.entity(found[-1] if index == ctx.index else found[0], "Corporation")
    return None


def _by_noun(ctx: Context, phrase: Phrase) -> Entity | None:
    """'la présidente du fonds', 'el director de la minera': of the organizations named
    before, the last whose name has the description's noun in it ('Fonds Laurier', 'Minera
    Tolosa', 'Acme Fund')."""
    reference = company_reference(ctx.lang).search(ctx.text, phrase.title.end, phrase.end)
    if reference is None:
        return None
    noun = fold(reference.group().split()[-1])
    for index in range(ctx.index, -1, -1):
        found = [
            m
            for m in ctx.doc.mentions[index]
            if m.kind == "org"
            and (index < ctx.index or m.end <= phrase.outer)
            and noun in fold(m.text).split()
        ]
        if found:
            return ctx.entity(found[-1], "Organization")
    return None


def _company_like(ctx: Context, m: Mention, untyped: bool, types: frozenset[str]) -> bool:
    """A company, or (`untyped`) a name that could be one (no given name in it)."""
    type_ = ctx.resolution.type_of(m)
    if m.kind == "org":
        return type_ in types
    return (
        untyped
        and m.kind == "name"
        and type_ == ""
        and not any(is_given_name(w, strict=False) for w in m.text.split())
    )


HOST_BEFORE = re.compile(
    r"(?:\bto|\bin|\ben|\bà|\bau|\baux|\bante|\bauprès d[eu’'])\s*(?:the\s+)?$"
)


def _sender(ctx: Context, phrase: Phrase) -> Entity | None:
    """An ambassador or consul serves the country that sends them: the one before the title
    ("US Ambassador", "l'ambassadeur français") or after 'de'/'of' ("embajador de Francia");
    a country after 'to', 'en', 'à' is the host, and with no sender named there is none."""
    if phrase.place is None:
        return None
    before = ctx.text[max(ctx.sentence.begin, phrase.place.begin - 12) : phrase.place.begin]
    if phrase.place.begin > phrase.title.begin and HOST_BEFORE.search(before):
        return None
    return ctx.country_of(phrase.place)


def _key(ctx: Context, phrase: Phrase) -> str:
    return lexicon(ctx.lang)["title_keys"].get(phrase.title.text.casefold(), "")


def _foreign_ministry(ctx: Context, phrase: Phrase) -> bool:
    """'ministro de Economía', 'ministro de la Presidencia' in an article about Panama: a
    generic name the gazetteer gives one country's body (no country word in it, not an
    acronym) names, in another country, that country's body. Clears `phrase.org` (keeping the
    portfolio) when so."""
    org = phrase.org
    gazetteer = default_gazetteer()
    entry = gazetteer.get(org.key) if org and org.key else None
    if entry is None or entry.country is None or entry.type != "GovernmentOrganization":
        return False
    home = gazetteer.get(entry.country)
    words = set(fold(org.text).split())
    if org.text.isupper() or home is None:
        return False
    if words & {w for name in (*home.names, *home.demonyms) for w in fold(name).split()}:
        return False
    country = ctx.country_of(phrase.place) if phrase.place else context_country(ctx)
    if country is None or country.key == entry.country:
        return False
    phrase.org = None
    # "ministro de Economía": its field; "du ministère des Affaires étrangères": the body's
    # name, a post of that country's government either way
    phrase.portfolio = phrase.portfolio or org.text
    return True


def _balanced(title: str) -> str:
    """Cut a title before an unclosed bracket: 'directrice générale d'AWS (AWS' → '... d'AWS';
    a title across a wrapped line is written on one."""
    if title.count("(") > title.count(")"):
        title = title[: title.rindex("(")].rstrip()
    return normalize_space(title)


CONJUNCTION = re.compile(r"\s+(?:and|y|et|e|&)\s+|\s*/\s*", re.IGNORECASE)


def _titles(ctx: Context, phrase: Phrase) -> list[str]:
    """One title per coordinated post: 'president and general director of GM México' holds
    'president' and 'general director of GM México'."""
    cuts = list(CONJUNCTION.finditer(ctx.text, phrase.title.begin, phrase.title.end))
    if not cuts:
        return [ctx.text[phrase.begin : phrase.end]]
    starts = [phrase.begin, *(c.end() for c in cuts)]
    ends = [*(c.start() for c in cuts), phrase.end]
    return [ctx.text[b:e] for b, e in zip(starts, ends, strict=True)]


def find_roles(ctx: Context) -> Iterator[Role]:
    used: set[int] = set()
    held: dict[int, Entity] = {}  # the organization of each person's first post here
    last: tuple[int, Mention] | None = None  # where the last post after a name ended, whose
    phrases = title_phrases(ctx)
    for n, phrase in enumerate(phrases):
        person = _person_before(ctx, phrase)
        rule = "roles.title_after_name"
        if person is not None and COMMA_ARTICLE.fullmatch(ctx.gap(person, phrase.outer)):
            # "Según Radio Sur, el rector de la UNAM, Ana Paz, dijo": the title with its article
            # stands before the name it is set off with
            after = _person_after(ctx, phrase)
            if after is not None and ctx.gap(phrase.end, after).strip() == ",":
                person = None
        second = last and (
            SECOND_POST.fullmatch(ctx.text, last[0], phrase.outer)
            or NEW_POST.fullmatch(ctx.text, last[0], phrase.outer)
        )
        if second and (person is None or person.begin in used):
            # "X, CEO of A and president of B": a second post of the same person
            person, rule = last[1], "roles.second_post"
            used.discard(person.begin)
        if (
            person is not None
            and person.begin in used
            and RELATIVE_OPEN.match(ctx.gap(person, phrase.outer))
        ):  # "succeeding founder Y, who becomes chair": the relative tells Y's new post
            used.discard(person.begin)
        if person is None:  # "Y, who is moving to Dublin as group COO": Y's next post
            person = _person_before_relative(ctx, phrase)
            if person is not None:
                used.discard(person.begin)
        if person is None or person.begin in used:
            person = _person_after(ctx, phrase)
            rule = "roles.title_before_name"
        joined = None
        if person is None or person.begin in used:
            person, joined = _joined(ctx, phrase)
            rule = "roles.joins"
        shared = False
        if person is None or person.begin in used:
            # "the Vice President of the Nation and Minister of Finance, X": the next post's
            # person holds this one too, and stays free for that post
            person = _coordinated_person(ctx, phrase, phrases[n + 1 : n + 2])
            rule, shared = "roles.title_before_name", True
        if person is None or person.begin in used:
            continue
        org = ctx.entity(joined, "Organization") if joined else _organization(ctx, phrase, person)
        if (
            phrase.category == "head_of_state"
            and not (phrase.place or phrase.org or phrase.portfolio)
            and person.begin in held
        ):  # "Notre fondateur, X, qui reste président": the president of X's company
            org = held[person.begin]
        if org is None:
            if rule == "roles.title_before_name":
                used.add(person.begin)  # "la gobernadora X, el presidente de Y": X is taken
            continue
        who = ctx.entity(person, "Person")
        if who is None or who.key == org.key:
            continue
        if not shared:
            used.add(person.begin)
        if org.type not in ("Country", "State", "City"):
            held.setdefault(person.begin, org)
        last = (phrase.end, person) if rule != "roles.title_before_name" else None
        begin, end = min(person.begin, phrase.outer), max(person.end, phrase.end)
        confidence = 0.85 if phrase.org or phrase.place or phrase.portfolio else 0.7
        successor = next_holder(ctx, end)
        if successor is None and rule == "roles.title_after_name":
            successor = successor_before(ctx, person)  # "Z will succeed X as CEO of Y"
            begin = min(begin, successor.begin) if successor is not None else begin
        predecessor = previous_holder(ctx, end) if successor is None else None
        for title in _titles(ctx, phrase):
            yield Role(
                person=who,
                org=org,
                title=_balanced(title.strip(" ,")),
                qualifier=phrase.qualifier,
                evidence=ctx.evidence(begin, end, rule, confidence=confidence),
            )
            if successor is not None:  # held with any post the apposition gave them
                new = ctx.entity(successor, "Person")
                if new is not None and new.key != who.key:
                    yield Role(
                        person=new,
                        org=org,
                        title=unqualified(ctx, _balanced(title.strip(" ,"))),
                        qualifier="incoming",
                        evidence=ctx.evidence(
                            begin, successor.end, "roles.successor", confidence=confidence
                        ),
                    )
            if predecessor is not None:  # "X takes over as CEO, succeeding Y": Y held it
                old = ctx.entity(predecessor, "Person")
                if old is not None and old.key != who.key:
                    yield Role(
                        person=old,
                        org=org,
                        title=unqualified(ctx, _balanced(title.strip(" ,"))),
                        qualifier="former",
                        evidence=ctx.evidence(
                            begin, predecessor.end, "roles.predecessor", confidence=confidence
                        ),
                    )
        if successor is not None:
            used.add(successor.begin)


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


# between two posts of one person: "and", "y también", "et également"
SECOND_POST = re.compile(
    r"\s*,?\s*(?:and|y|e|et)\s+(?:(?:also|además|también|également|aussi)\s+)?"
    r"(?:(?:the|el|la|le|l[’'])\s*)?",
    re.IGNORECASE,
)


# "named X, former foreign minister, as economy minister": the post after the aside
NEW_POST = re.compile(
    r"\s*,\s*(?:as|como|comme|en tant que|au poste de|en el cargo de|in the post of)\s+"
    r"(?:(?:the|el|la|le|l[’'])\s*)?(?:(?:new|nuevo|nueva|nouveau|nouvelle)\s+)?"
    r"(?:(?:its|their|su|sus|sa|son|leur)\s+)?",
    re.IGNORECASE,
)
