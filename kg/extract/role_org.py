"""The organization of a post, once its holder is known.

In order: the state or city a governor, mayor or state secretary serves (`Phrase.state`,
`kg.extract.jurisdiction`); the company or lower-case body the phrase names ("président de
l'université de Guyane"); the first organization the phrase names ("président de la
République": the country; "Central Bank Governor X": the article's country's; a generic
ministry name of another country's government names that country's; a head word cut from its
name, none); the country (or its ministry) of a government post, the site's country before the
article's; the sending country of a diplomat ("embajador de Francia", not the host "en Chile"),
or the country that names them; the company that names the person ("Nestlé named X as its
CFO"); for "su presidente", "de la empresa", the organization named last (the one whose name
holds the description's noun: "la présidente du fonds"; for a possessive post with none before
it, the clause's subject or the company the article is about); a school for a rector; for
another company post, the one company of the sentence or the company named just before. An
analyst's or economist's post is held only where its own phrase says. With none of these, none:
none is better than a guess.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.base import COMPANY_LIKE, GOVERNMENT_CATEGORIES, Context
from kg.extract.jurisdiction import JURISDICTIONS, context_country, jurisdiction, place_entity
from kg.extract.lexicon import pattern
from kg.extract.title_body import body_entity, company_reference, post_unit
from kg.extract.title_phrases import Phrase
from kg.gazetteer import default as default_gazetteer
from kg.model import ORG_TYPES, Entity, Mention
from kg.recognize.names import is_given_name, lexicon, org_word_type
from kg.text import fold, lang_lines

# a capitalized word for the country itself, not an organization's name
THE_STATE = re.compile(
    r"(?:la\s+|the\s+|el\s+)?(?:République|República|Republic|Nación|Nation)", re.I
)


def _organization(ctx: Context, phrase: Phrase, person: Mention) -> Entity | None:
    if phrase.state:
        return phrase.state
    if phrase.state_post:
        return None  # "el ministro de Economía provincial" of no province named: not the nation's
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
        return (
            _sender(ctx, phrase)
            or _appointing_country(ctx, person)
            or _represented_country(ctx, phrase)
        )
    if phrase.category == "head_of_state" and not (phrase.place or phrase.portfolio):
        appointer = _appointer(ctx, person)  # "Acme has named X as president of its unit"
        if appointer is not None and ctx.resolution.type_of(person) == "Person":
            return appointer
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
    orgs = [
        m
        for m in ctx.names()
        if m.kind == "org" and ctx.is_org(m) and m is not person and not post_unit(ctx, m)
    ]  # "Vice President of Human Resources": the post's unit is no company
    companies = {ctx.entity(m).key: m for m in orgs if ctx.type_of(m) not in NOT_COMPANIES}
    if phrase.possessive:  # "la Universidad X, representada por su rector Y"
        near = [m for m in orgs if ctx.type_of(m) != "NewsMediaOrganization"]
        before = [m for m in near if m.end <= phrase.outer]
        subject = _speaking_subject(ctx, phrase)
        if subject is not None:  # "Acme invertirá ..., según explicó su gerente general, X"
            return ctx.entity(subject, "Organization")
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


# what may stand before the subject that opens a sentence: a dateline's dash, an article and
# a company noun or two ("La empresa Acme", "Le groupe français Acme")
OPENING = re.compile(
    r"[\s\W]*(?:(?:The|El|La|Los|Las|Le|Les|L[’'])\s*)?(?:[a-zà-ÿ][\w-]*\s+){0,3}"
)


def _speaking_subject(ctx: Context, phrase: Phrase) -> Mention | None:
    """'Acme will invest ... in the Ormeda park, said its CEO, X': a possessive post right
    after the verb of saying that closes the sentence is the post of the organization the
    sentence opens on (its subject), not of the last one named."""
    before = [m for m in ctx.names() if m.kind in ("org", "name") and m.end <= phrase.outer]
    if not before:
        return None
    verb = pattern(ctx.lang, "speech_words", "verb")
    said = re.compile(
        rf"[,;]\s*(?:(?:según|selon|as)\s+)?{verb.pattern}\s+(?:(?:its|their|su|sus|son|sa|ses"
        r"|leur|leurs)\s+)?$",
        re.IGNORECASE,
    )
    if not said.search(ctx.text, ctx.sentence.begin, phrase.outer):
        return None
    first = before[0]
    if not OPENING.fullmatch(ctx.text, ctx.sentence.begin, first.begin) or not ctx.is_org(first):
        return None
    if ctx.type_of(first) in ("NewsMediaOrganization", "Person"):
        return None
    return first


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


# "En representación de la India, asistió el embajador X", "on behalf of France": the country
# the diplomat stands for
REPRESENTING = re.compile(
    r"(?:en\s+representación\s+de|on\s+behalf\s+of|representing|au\s+nom\s+de"
    r"|au\s+nom\s+du|en\s+nombre\s+de|representando\s+a)\s*"
    r"(?:(?:the|la|el|le|les|l[’'])\s*)?\Z",
    re.IGNORECASE,
)


def _represented_country(ctx: Context, phrase: Phrase) -> Entity | None:
    """The country a phrase before the diplomat's title says they represent."""
    for m in ctx.mentions:
        if m.end > phrase.outer:
            break
        if m.kind == "place" and m.type == "Country" and REPRESENTING.search(
            ctx.text, max(ctx.sentence.begin, m.begin - 30), m.begin
        ):
            return ctx.country_of(m)
    return None


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
    if phrase.place.kind == "place" and phrase.place.type == "State":
        return ctx.entity(phrase.place)  # "la déléguée générale du Québec": a province's own
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
