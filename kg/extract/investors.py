"""Who invests: which names may be an investor, and the company an article is about.

A name is no investor when it is a unit ("300 MW", "megavatios (MW)"), a currency code
("USD $3 mil millones"), a pronoun, a sentence's first word that the article never names again,
a place the text introduces as one ("en el municipio de Güémez", "in the city of X", "en el
sector X", "dans le quartier X"), a place
of the dateline ("VALPARAISO, Chile - "), or a project ("the Norvald Project", "el proyecto
Ormeda"). Names inside an aside between commas
("Nissan, l'autre partenaire de l'alliance Renault-Nissan, investira") are not the subject.

The article's company is the organization it names most, its headline counting double, among
the names that may be investors: the one "the company", "le groupe" or a bare "an investment
of" speaks of.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from kg.extract.base import Context
from kg.extract.lexicon import pattern, words_by_role
from kg.model import ORG_TYPES, Entity, Mention
from kg.text import fold, lang_lines, lang_table

_UNIT_BEFORE = re.compile(r"\d[\d.,]*[^\S\r\n]*-?[^\S\r\n]*$")  # "300 MW", "376 MWac"
# "in November 2021 Acme", "en 2019 Acme": a year after a function word, a month or a name
# dates the name; after a function word, a short acronym is still a unit ("de 2020 MW")
_UNIT_SHAPE = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z]{1,5}")
_YEAR_BEFORE = re.compile(r"(?<![\w’'])(?P<word>[^\W\d_]+)[^\S\r\n]+(?:19|20)\d\d[^\S\r\n]+$")
_QUANTITY_PAREN = re.compile(r"\d[\d.,]*[^\S\r\n]+[^\W\d]+[^\S\r\n]*\($")  # "300 megavatios (MW)"
# Words that open an aside: after a name any of them ("Nissan, l'autre partenaire de ..., "),
# elsewhere the relative and participle ones only (", facing pressure from ..., ").
_OPENERS = {
    "en": r"a|an|the|one|its",
    "es": r"el|la|los|las|un|una|uno|su|sus",
    "fr": r"le|la|les|l['’]|un|une|sa|son|ses",
}
# relative pronouns, then the participles that open an aside the same way
_RELATIVE_WORDS = {
    "en": r"which|who|whose",
    "es": r"que|quien|quienes|cuy[oa]s?",
    "fr": r"qui|dont|lequel|laquelle",
}
_RELATIVES = {
    "en": _RELATIVE_WORDS["en"] + r"|that|\w+ing|\w+-based|\w+-owned|based|owned|headquartered",
    "es": _RELATIVE_WORDS["es"] + r"|con sede|originari[oa]s?",
    "fr": _RELATIVE_WORDS["fr"] + r"|basée?s?|originaires?",
}
_OF = re.compile(r"\b(?:of|de|del|du|des)\s+$", re.I)  # "the president of Ecuador"
_ROMAN = re.compile(r"\s(?:I{1,3}|IV|VI{0,3}|IX|X)$")
_ARTICLES = frozenset(
    {"the", "a", "an", "el", "la", "los", "las", "le", "les", "l", "un", "una", "une"}
)
COMPANY_TYPES = ORG_TYPES - {"GovernmentOrganization", "NewsMediaOrganization"}


@cache
def _currency_codes(lang: str) -> frozenset[str]:
    return frozenset(row[0] for row in lang_table(lang, "currencies") if row[0].isupper())


@cache
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lang_lines(lang, "stopwords"))


@cache
def _aside(lang: str) -> re.Pattern[str]:
    """', which produces ... ,' / ', l'autre partenaire de ... ,': an aside between commas."""
    openers, relatives = _OPENERS.get(lang, _OPENERS["en"]), _RELATIVES.get(lang, _RELATIVES["en"])
    body = r"(?:[^,;]|(?<=\d),(?=\d))*"  # "2,000" is no comma of the aside
    # after a name, also a lower-case word that is no function word: ", spécialiste de ...,"
    lower = r"(?P<word>(?-i:[a-záéíóúñàâçèêëîïôûü][\w’'-]*))"
    # ", together with its partner X,", ", junto con ...,": a companion, not the subject
    beside = pattern(lang, "partnership_words", "beside").pattern
    return re.compile(
        rf",[^\S\r\n]*(?:(?P<relative>{relatives})|(?P<beside>{beside})|(?:{openers})|{lower})"
        rf"\b{body},",
        re.I,
    )


def unit_like(text: str, m: Mention, floor: int = 0, lang: str = "en") -> bool:
    """'300 MW', '376 MWac', '300 megavatios (MW)': a unit after a number, no name. `floor`
    is where the sentence starts ("en 2019.Ford vient": a year ends the sentence before). A
    year after a function word, a month or a name ("in November 2021 Acme") dates the name."""
    if m.key:  # a name the gazetteer knows ("BYD") is no unit
        return False
    before = text[max(floor, m.begin - 40) : m.begin]
    year = _YEAR_BEFORE.search(before)
    if year and (
        year.group("word")[0].isupper()
        or fold(year.group("word")) in _months(lang)
        or fold(year.group("word")) in _stopwords(lang)
        and not _UNIT_SHAPE.fullmatch(m.text)
    ):
        return False
    return bool(_UNIT_BEFORE.search(before) or _QUANTITY_PAREN.search(before))


@cache
def _months(lang: str) -> frozenset[str]:
    return frozenset(fold(cell) for row in lang_table(lang, "months") for cell in row[1:])


@cache
def _ending(lang: str, role: str) -> re.Pattern[str]:
    """The words of one role of `investment_words.txt`, ending where the text does."""
    return re.compile(rf"(?:{pattern(lang, 'investment_words', role).pattern})\s*$", re.I)


def placed(ctx: Context, m: Mention) -> bool:
    """'en el municipio de Güémez', 'in the city of Eldorado do Sul', 'Located in X'."""
    before = ctx.text[max(ctx.sentence.begin, m.begin - 40) : m.begin]
    return bool(_ending(ctx.lang, "locative").search(before))


def _project(ctx: Context, m: Mention) -> bool:
    """'the Norvald Project', 'its H2 Vestrel project', 'el proyecto Ormeda'."""
    before = ctx.text[max(ctx.sentence.begin, m.begin - 20) : m.begin]
    after = ctx.text[m.end : min(ctx.sentence.end, m.end + 25)]
    if _ending(ctx.lang, "project_name").search(m.text) or _ending(ctx.lang, "project_name").search(
        before
    ):
        return True
    if _ROMAN.search(m.text) or m.text.endswith("-based"):  # "Dulces Nombres II", "X-based"
        return True
    words = pattern(ctx.lang, "investment_words", "project_name")
    return bool(re.match(rf"(?:[^\S\r\n]+[A-ZÀ-Þ][\w-]*)?[^\S\r\n]+(?:{words.pattern})", after))


def _describes_company(ctx: Context, m: Mention) -> bool:
    """'the US tech giant': a country's name used as an adjective before a company noun."""
    nouns = pattern(ctx.lang, "investment_words", "company").pattern
    after = ctx.text[m.end : min(ctx.sentence.end, m.end + 30)]
    return bool(re.match(rf"(?:[^\S\r\n]+[a-z][\w-]*){{0,2}}?[^\S\r\n]+(?:{nouns})", after))


_INDEFINITE = re.compile(r"(?<!\w)(?:an?|una?|une)\s+\Z", re.IGNORECASE)
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w’'])([a-záéíóúñàâçèêëîïôûü]{3,})\s+\Z")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-záéíóúñàâçèêëîïôûü]{3,}")


def _generic_noun(ctx: Context, m: Mention) -> bool:
    """A capitalized company noun, singular or plural ("Automakers", "Mineras"): the
    `company` words of `investment_words.txt`, which name a kind of company."""
    if m.key or " " in m.text.strip():
        return False
    word = fold(m.text)
    nouns = words_by_role(ctx.lang, "investment_words").get("company", frozenset())
    return word in nouns or word.endswith("s") and word[:-1] in nouns


def _modifier(ctx: Context, m: Mention) -> bool:
    """An unknown acronym between two lower-case words ("solar PV capacity", "new EV
    battery plant"): it qualifies the noun after it, like an adjective."""
    if m.key or not m.text.isupper() or len(m.text) > 5:
        return False
    before = _LOWER_WORD_BEFORE.search(ctx.text, max(ctx.sentence.begin, m.begin - 20), m.begin)
    if before is None or before.group(1) in _ARTICLES | _stopwords(ctx.lang):
        return False
    return bool(_LOWER_WORD_AFTER.match(ctx.text, m.end, ctx.sentence.end))


# "SAINT-DOMINGUE — ", "VALPARAISO, Chile - ", "ROSARIO.– ": where the article was written,
# not a place of the project
DATELINE = re.compile(
    r"[\s*]*[A-ZÁÉÍÓÚÑÀÂÇÈÊÎÔÛ][A-ZÁÉÍÓÚÑÀÂÇÈÊÎÔÛ .'’-]+(?:,[^—–\n]{1,30}?)?(?:\s+|\.)[—–-]\s"
)
# a press release's: "Reynosa, Tamaulipas, 27 de enero de 2026.- ", "Hermosillo, Son.- ",
# "Lima, 3 de marzo — ": capitalized places, maybe a date, then a stop and a dash
_PLACE = r"[A-ZÀ-Þ][\w’'.-]*(?:\s+(?:de|del|la|las|los|el|[A-ZÀ-Þ][\w’'.-]*)){0,4}"
_DATE = (
    r"(?:(?:a\s+)?\d{1,2}(?:\s+de)?\s+[^\W\d_]{3,12}\.?(?:(?:\s+de)?\s+\d{4})?"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)"  # "March 3, 2026"
)
PRESS_DATELINE = re.compile(
    rf"[\s*]*{_PLACE}(?:,\s*{_PLACE}){{0,2}}(?:,?\s*{_DATE})?\s*\.?\s*[—–-]{{1,2}}\s*"
)


def dateline_end(text: str, begin: int, end: int) -> int:
    """Where a sentence that opens with a dateline (either kind) has its own words begin:
    `begin` when it has none."""
    found = [d.end() for d in (DATELINE.match(text, begin, end),
                               PRESS_DATELINE.match(text, begin, end)) if d]
    return max(found, default=begin)


def may_invest(ctx: Context, m: Mention) -> bool:
    """Whether a name may be the investor (see the module's docstring)."""
    text = ctx.text
    dateline = dateline_end(text, ctx.sentence.begin, ctx.sentence.end)
    if m.end <= dateline and m.kind == "place":
        return False  # "VALPARAISO, Chile - The consortium will invest": where it was written
    if unit_like(text, m, ctx.sentence.begin, ctx.lang) or m.text in _currency_codes(ctx.lang):
        return False
    if pattern(ctx.lang, "investment_words", "aggregate").fullmatch(m.text):
        return False  # "IED", "FDI": foreign investment, nobody's
    if ctx.type_of(m) in ("State", "City") and placed(ctx, m):
        return False  # "levantará en Durán una planta": where, not who
    if ctx.type_of(m) == "Country":  # "Colombia invertirá", not "the project in Chile"
        return not (
            placed(ctx, m)
            or _OF.search(text, max(0, m.begin - 6), m.begin)
            or _describes_company(ctx, m)
        )
    first = fold(m.text).split()[0] if m.text.split() else ""
    if fold(m.text) in _stopwords(ctx.lang) or first in _stopwords(ctx.lang) - _ARTICLES:
        return False  # "We", "Con Acme": a pronoun, a name run that starts with a preposition
    if not m.key and _INDEFINITE.search(ctx.text, max(ctx.sentence.begin, m.begin - 6), m.begin):
        return False  # "ejecutará un Contact Center": a thing, the company is its subject
    if _generic_noun(ctx, m):
        return False  # "Automakers pour money into Mexico": a kind of company, not one
    if _modifier(ctx, m):
        return False  # "300 MW of solar PV capacity": an acronym of a technology, no company
    if ctx.type_of(m) == "Organization":  # an acronym or a weak guess: "H2 Vestrel project"
        return not (_project(ctx, m) or not m.key and placed(ctx, m))  # "en Durán": where
    if not m.key and _ending(ctx.lang, "project_name").search(m.text):
        return False  # "The company's Andes Project": a project, whatever typed it
    if ctx.type_of(m):
        return True
    if _joined_to_place(ctx, m):
        return False  # "in Puerto Plata and Samaná": one more place
    at_start = not text[ctx.sentence.begin : m.begin].strip(" “\"«‘'(¿¡•-–—*")
    if at_start and " " not in m.text and _participle(ctx, m):
        return False
    return not (placed(ctx, m) or _project(ctx, m))


def _joined_to_place(ctx: Context, m: Mention) -> bool:
    """A name nobody types joined by a conjunction to the place right before it ("in Tarvelia
    and Quilmard", "en Tarvelia y Quilmard"): a place the recognizer did not know."""
    joins = pattern(ctx.lang, "investment_words", "coordinator").pattern
    return any(
        p.end <= m.begin
        and re.fullmatch(rf",?[^\S\r\n]*(?:{joins})[^\S\r\n]+", ctx.text[p.end : m.begin], re.I)
        for p in ctx.of("place")
    )


_NOUN_ENDINGS = ("tion", "ción", "sion", "sión", "ment", "miento", "ance", "ancia")


def _participle(ctx: Context, m: Mention) -> bool:
    """A sentence's first word that opens a phrase, no name: 'Located in', 'Construction is'."""
    after = ctx.text[m.end : m.end + 30]
    first = re.match(r"\s*([\w’']+)", after)
    if first and re.fullmatch(
        pattern(ctx.lang, "investment_words", "locative").pattern, first.group(1), re.I
    ):
        return True
    return m.text.casefold().endswith(_NOUN_ENDINGS)


def outside_asides(
    ctx: Context, names: list[Mention], end: int, after: Mention | None = None
) -> list[Mention]:
    """The names that are not inside an aside between commas ending before `end`: one that
    opens with a relative or a participle, or that follows a name (one of `names`, or
    `after`): after a name the aside may open with an article or with any lower-case word
    but a function word ("Acme, cotée à Paris, investira")."""
    ends = {m.end for m in names}
    asides = [
        (a.start(), a.end())
        for a in _aside(ctx.lang).finditer(ctx.text, ctx.sentence.begin, end)
        if a.start() > ctx.sentence.begin
        and (
            a.group("relative")
            or a.group("beside")
            or a.start() in ends
            and not a.group("word")
            or after
            and a.start() == after.end
            and not _function_word(ctx, a)
        )
    ]
    # ", which handles work for U.S. insurers, utilities and software companies, will
    # invest": a relative clause whose own commas the aside above cannot span, up to the last
    # comma before `end`, when the verb follows that comma
    relative = _RELATIVE_OPEN.get(ctx.lang, _RELATIVE_OPEN["en"])
    opened = relative.search(ctx.text, ctx.sentence.begin, end)
    close = ctx.text.rfind(",", opened.end(), end) if opened else -1
    if (
        opened
        and close > opened.end()
        and ";" not in ctx.text[opened.start() : end]
        and len(ctx.text[close + 1 : end].split()) <= 2  # ", will invest", ", va a invertir"
    ):
        asides.append((opened.start(), close + 1))
    return [m for m in names if not any(b < m.begin and m.end < e for b, e in asides)]


_RELATIVE_OPEN = {
    lang: re.compile(rf",[^\S\r\n]*(?:{words})\b", re.I) for lang, words in _RELATIVE_WORDS.items()
}


def _function_word(ctx: Context, aside: re.Match) -> bool:
    """An aside that opens with a function word ("en", "y", "with"): no aside, a phrase."""
    word = aside.group("word")
    return bool(word) and fold(word) in _stopwords(ctx.lang)


def in_relative_aside(ctx: Context, begin: int, end: int) -> bool:
    """`text[begin:end]` lies inside an aside between commas that opens with a relative or a
    participle (", which recorded sales of $2 billion,", ", que registró ventas por ...,")."""
    return any(
        a.group("relative") and a.start() < begin and end < a.end()
        for a in _aside(ctx.lang).finditer(ctx.text, ctx.sentence.begin, ctx.sentence.end)
    )


_last: list = [None, None]  # (document, its company): rules ask once per sentence


def article_company(ctx: Context, least: int = 2) -> Entity | None:
    """The organization the article names most (its first sentence counts double), among
    the names that may invest; None when it is named fewer than `least` times."""
    doc = ctx.doc
    if _last[0] is not doc:
        _last[:] = [doc, _company(doc)]
    key, count = _last[1]
    if key is None or count < least:
        return None
    doc.resolution.used.add(key)
    return doc.resolution.clusters[key].entity()


def _company(doc) -> tuple[str | None, int]:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for index, mentions in enumerate(doc.mentions):
        here = Context(doc, index)
        for m in mentions:
            if m.kind not in ("org", "name") or not (key := doc.resolution.key_of(m)):
                continue
            cluster = doc.resolution.clusters.get(key)
            if cluster is None or cluster.type not in COMPANY_TYPES:
                continue
            if not may_invest(here, m):
                continue
            counts[key] += 2 if index == 0 else 1
            first.setdefault(key, m.begin)
    if not counts:
        return None, 0
    key = max(counts, key=lambda k: (counts[k], -first[k]))
    return key, counts[key]


@cache
def _pronoun(lang: str) -> re.Pattern[str]:
    words = pattern(lang, "investment_words", "pronoun").pattern
    # the pronoun opens the sentence; at most two lower-case words before the investment word
    return re.compile(
        rf"[\s“\"«—–-]*(?:{words})[^\S\r\n]+(?-i:(?:[a-záéíóúñàâçèêëîïôûü'’]+[^\S\r\n]+){{0,2}})",
        re.IGNORECASE,
    )


def pronoun_subject(ctx: Context, trigger: re.Match) -> bool:
    """'Il investira 420 millions', 'It will also invest', 'Ésta invertirá': a pronoun that
    opens the sentence is the company of the sentences before."""
    return bool(
        ctx.index
        and pattern(ctx.lang, "investment_words", "verb").fullmatch(trigger.group(0))
        and _pronoun(ctx.lang).fullmatch(ctx.text, ctx.sentence.begin, trigger.start())
    )
