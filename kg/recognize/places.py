"""Place names from data packages, taken only where the text cues a place.

`kg/ontology/places.tsv` (tools/build_places.py: ISO 3166-2 subdivisions and GeoNames cities)
gives thousands of bare names ("Altamira", "Mendoza") that are also surnames, companies and
words. An unknown capitalized name is read as one of them only beside a cue: after a place
word of `lang/<lang>/place_cues.txt` ("en", "in", "à", "gobernador de", "ville de"), before a
known place after a comma ("Altamira, Tamaulipas"), or after another place in a list
("Monterrey, Saltillo y Altamira"). Where several places share the name, the one in the
country the text names wins (the country of the place after the comma, else the one the
article names most), else one three times as large as the others, else none.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache

from kg.gazetteer import Entry
from kg.gazetteer import default as default_gazetteer
from kg.model import Mention
from kg.recognize.org_bodies import portfolio_words
from kg.text import fold, lang_lines, lang_table

ARTICLE = r"(?:(?:el|la|los|las|the|le|les|l[’'])\s*)?"
# "Altamira, Tamaulipas", "Taubaté, au Brésil", "Camaçari (Bahia)"
# "León, en el estado de Guanajuato", "León, dans l'État de Guanajuato", "León, in the state of"
AFTER_PLACE = re.compile(
    r"\s*(?:,|\()\s*(?:(?:in|en|au|aux|à|dans)\s+(?:(?:the|el|la|l[’'])\s*)?"
    r"(?:l[’']État\s+de\s+)?)?"
)
IN_LIST = re.compile(r"\s*(?:,|\by\b|\be\b|\band\b|\bet\b|,\s*(?:y|and|et))\s*\Z")


@cache
def _index() -> dict[str, tuple[Entry, ...]]:
    index: dict[str, list[Entry]] = {}
    for name, entry in default_gazetteer().cued_names():
        index.setdefault(fold(name), []).append(entry)
    return {name: tuple(entries) for name, entries in index.items()}


@cache
def _cue(lang: str) -> re.Pattern[str]:
    cues = sorted(lang_lines(lang, "place_cues"), key=len, reverse=True)
    body = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    return re.compile(rf"(?<![\w’'])(?:{body})\s+{ARTICLE}\Z", re.IGNORECASE)


def _country(m: Mention) -> str | None:
    entry = default_gazetteer().get(m.key) if m.key else None
    if entry is None:
        return None
    return entry.key if entry.type == "Country" else entry.country


def add_cued_places(
    text: str, lang: str, sentences: list, by_sentence: list[list[Mention]]
) -> list[list[Mention]]:
    """The mentions of each sentence, with the unknown names that a cue makes places."""
    index = _index()
    countries = Counter(
        c for ms in by_sentence for m in ms if m.kind == "place" and (c := _country(m))
    )
    out = []
    for sentence, mentions in zip(sentences, by_sentence, strict=True):
        mentions = _town_tails(text, _foreign_towns(text, _rejoined(text, mentions, index)))
        mentions = _cued_pairs(text, lang, sentence.begin, mentions)
        if not any(m.kind in ("name", "person") or (m.kind == "org" and m.key) for m in mentions):
            out.append(mentions)
            continue
        mentions = _portfolio_of_place(mentions, index, countries)
        for i, m in enumerate(mentions):
            if _place_not_company(text, lang, sentence.begin, m, index):
                entry = _choose(index[fold(m.text)], None, countries)  # "gobernador de Santander"
                if entry is not None:
                    mentions[i] = Mention(
                        "place", m.begin, m.end, m.text, entry.label, entry.type, key=entry.key
                    )
                continue
            dateline = _dateline_name(text, sentence.begin, m)
            entries = index.get(fold(m.text)) if m.kind == "name" or dateline else None
            contracted = False
            if m.kind == "name" and not entries:  # "des Cayes", "du Havre": Les Cayes, Le Havre
                entries = index.get(_uncontracted(text, sentence.begin, m))
                contracted = bool(entries)
            if dateline and entries:  # "ROSARIO.- ...": a dateline names a place
                entry = _choose(entries, None, countries)
                if entry is not None:
                    mentions[i] = Mention(
                        "place", m.begin, m.end, m.text, entry.label, entry.type, key=entry.key
                    )
                continue
            if m.kind == "name" and not entries:
                mentions[i] = _town(text, lang, sentence.begin, mentions, i)
                continue
            if not entries:
                continue
            after = _place_after(text, mentions, i)
            if (
                after is None
                and not contracted
                and not _cued(text, lang, sentence.begin, mentions, i)
            ):
                continue
            entry = _choose(entries, _country(after) if after else None, countries)
            if entry is not None:
                mentions[i] = replace(
                    m, kind="place", label=entry.label, type=entry.type, key=entry.key
                )
        out.append(mentions)
    return out


# the last "de" of a name: "Desarrollo Productivo de Santa Fe"
LAST_OF = re.compile(r".*\s(?:de la|de l[’']|del|de|du|d[’']|of)\s*", re.DOTALL)


def _portfolio_of_place(mentions: list[Mention], index: dict, countries: Counter) -> list[Mention]:
    """'ministro de Desarrollo Productivo de Santa Fe': an unknown name that opens on a
    ministry's portfolio word and ends on 'de' and a namesake place is the portfolio, then
    the place (whose government it is)."""
    out = []
    for m in mentions:  # "ministre de l'Éducation de l'Amapá" too
        of = LAST_OF.match(m.text) if m.kind in ("name", "org") and not m.key else None
        entries = index.get(fold(m.text[of.end() :])) if of and m.kind == "name" else None
        if of and not entries:  # "ministra de Economía de Perú": a country's portfolio
            country = default_gazetteer().match(m.text[of.end() :])
            entries = (country,) if country is not None and country.type == "Country" else None
        words = fold(m.text).split()
        if not of or not entries or words[0] not in portfolio_words():
            out.append(m)
            continue
        entry = _choose(entries, None, countries)
        if entry is None or entry.type not in ("State", "City", "Country"):
            out.append(m)
            continue
        head = re.sub(r"\s(?:de la|de l[’']|del|de|du|d[’']|of)$", "", m.text[: of.end()].rstrip())
        name = m.text[of.end() :]
        out.append(replace(m, end=m.begin + len(head), text=head, label=head))
        out.append(
            Mention("place", m.end - len(name), m.end, name, entry.label, entry.type, key=entry.key)
        )
    return out


def _place_not_company(text: str, lang: str, begin: int, m: Mention, index: dict) -> bool:
    """'el gobernador de Santander', 'the department of Santander': a company's name (or a
    person's: 'el intendente de Marcos Juárez') that is also a place's, after a cue of two
    words or more (a post or a division: not a bare preposition like 'en', where a company
    may stand), is the place."""
    known_org = m.kind == "org" and bool(m.key)
    person = m.kind == "person" and not m.key  # "el intendente de Marcos Juárez": no one's name
    if not (known_org or person) or fold(m.text) not in index:
        return False
    cue = _cue(lang).search(text, max(begin, m.begin - 40), m.begin)
    return cue is not None and len(cue.group().split()) >= 2


def _rejoined(text: str, mentions: list[Mention], index: dict) -> list[Mention]:
    """'gobernador de Alto Paraná': an unknown word right before a known place ('Paraná')
    that makes with it a name of the data package is one name with it, for the cue to read."""
    out = list(mentions)
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        surface = text[a.begin : b.end]
        if (
            (
                a.kind == "name"
                and b.kind == "place"
                or a.kind == "place"  # "Bahía Blanca": not Bahia and a person "Blanca"
                and b.kind in ("person", "name")
                and " " not in b.text
            )
            and text[a.end : b.begin] == " "
            and fold(surface) in index
        ):
            out[i : i + 2] = [Mention("name", a.begin, b.end, surface, label=surface)]
        i += 1
    return out


def _foreign_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    """'San José Chiapa, Puebla', 'San José, Puebla': a known city (with the unknown name right
    after it) before a state of another country after a comma is a town of that state, not
    the city the gazetteer knows by the name."""
    out = list(mentions)
    for i, m in enumerate(out):
        if m.kind != "place" or m.type != "City" or not m.key or _country(m) is None:
            continue
        last = i
        if i + 1 < len(out) and out[i + 1].kind == "name" and text[m.end : out[i + 1].begin] == " ":
            last = i + 1
        after = _place_after(text, out, last)
        if after is None or after.type != "State" or _country(after) in (None, _country(m)):
            continue
        surface = text[m.begin : out[last].end]
        town = Mention("place", m.begin, out[last].end, surface, label=surface, type="City")
        out[i : last + 1] = [town]
    return out


TOWN_OF = re.compile(r" (?:de los|de las|de la|del|de) ")


def _town_tails(text: str, mentions: list[Mention]) -> list[Mention]:
    """'San Francisco de los Romo', 'San Juan del Río': a known city's name, a 'de' and an
    unknown capitalized name right after it are one town's name, not the city's."""
    out = list(mentions)
    i = 0
    while i + 1 < len(out):
        m, tail = out[i], out[i + 1]
        if (
            m.kind == "place"
            and m.type == "City"
            and tail.kind == "name"
            and not tail.key
            and len(tail.text.split()) <= 2
            and TOWN_OF.fullmatch(text, m.end, tail.begin)
        ):
            surface = text[m.begin : tail.end]
            out[i : i + 2] = [Mention("place", m.begin, tail.end, surface, surface, "City")]
        i += 1
    return out


OF_SITE = re.compile(r"(?<!\w)(?:de|of|du|d[’'])\s+\Z", re.IGNORECASE)


# a cue that names a local unit: "distrito de", "municipio de", "commune de", "district of"
UNIT_CUE = re.compile(r"(?:de|of)\s+\Z", re.IGNORECASE)


def _cued_pairs(text: str, lang: str, begin: int, mentions: list[Mention]) -> list[Mention]:
    """'el distrito de Cerro Colorado': an unknown word and a known place right after it,
    both after a cue of a local unit ending in 'de', are one town's name, not a name and
    that place ("Colorado")."""
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        m, place = out[i], out[i + 1]
        if m.kind != "name" or m.key or place.kind != "place" or text[m.end : place.begin] != " ":
            continue
        cue = _cue(lang).search(text, max(begin, m.begin - 40), m.begin)
        if cue is None or not UNIT_CUE.search(cue.group().rstrip() + " "):
            continue
        surface = text[m.begin : place.end]
        out[i : i + 2] = [Mention("place", m.begin, place.end, surface, surface, "City")]
    return out


def _town(text: str, lang: str, begin: int, mentions: list[Mention], i: int) -> Mention:
    """'la refinería de Tula, Hidalgo', 'en Cajeme, Sonora': an unknown name after a place
    cue (or "de"), before a known state after a comma, is a town of that state."""
    m = mentions[i]
    after = _place_after(text, mentions, i)
    if after is None or after.type != "State" or len(m.text.split()) > 4:
        return m
    if not (
        _cue(lang).search(text, max(begin, m.begin - 40), m.begin)
        or OF_SITE.search(text, max(begin, m.begin - 6), m.begin)
    ):
        return m
    return replace(m, kind="place", type="City", label=m.text)


def _place_after(text: str, mentions: list[Mention], i: int) -> Mention | None:
    """'Altamira, Tamaulipas', 'Altamira (Tamaulipas)': the known place that follows."""
    m = mentions[i]
    for nxt in mentions[i + 1 :]:
        if nxt.begin < m.end:
            continue
        if not AFTER_PLACE.fullmatch(text, m.end, nxt.begin):
            return None
        if nxt.kind == "place" and nxt.key and nxt.type in ("State", "Country"):
            return nxt
        states = [e for e in _index().get(fold(nxt.text), ()) if e.type == "State"]
        if nxt.kind == "name" and len({e.country for e in states}) == 1:
            # "Altamira, Pará": a state from the data package, itself cued by the city
            return replace(nxt, kind="place", type="State", key=states[0].key)
        return None
    return None


# after a dateline's place: "ROSARIO.-", "Rosario.–", "MENDOZA (Argentina).-", "LIMA —"
DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{2,30}\)\s*)?(?:\.\s*)?[-–—]")


def _dateline_name(text: str, begin: int, m: Mention) -> bool:
    """An unknown name (or a word in capitals read as an acronym) that opens a sentence or a
    line and a dateline's dash follows: the place the article is written from."""
    if m.key or m.kind not in ("name", "org") or (m.kind == "org" and not m.text.isupper()):
        return False
    starts = m.begin == begin or text[max(0, m.begin - 1) : m.begin] == "\n"
    return starts and DATELINE_AFTER.match(text, m.end) is not None


CONTRACTED = re.compile(r"(?<!\w)(des|aux|du|au)\s+\Z", re.IGNORECASE)


def _uncontracted(text: str, begin: int, m: Mention) -> str:
    """'des Cayes' -> 'les cayes', 'du Havre' -> 'le havre': a French contraction of "de"
    and the article that opens a place's name; '' when none stands before the name."""
    found = CONTRACTED.search(text, max(begin, m.begin - 5), m.begin)
    if found is None:
        return ""
    article = "les" if found.group(1).casefold() in ("des", "aux") else "le"
    return fold(f"{article} {m.text}")


def _cued(text: str, lang: str, begin: int, mentions: list[Mention], i: int) -> bool:
    m = mentions[i]
    if _cue(lang).search(text, max(begin, m.begin - 40), m.begin):
        return True
    before = [p for p in mentions[:i] if p.end <= m.begin and p.kind != "title"]
    return bool(
        before and before[-1].kind == "place" and IN_LIST.match(text, before[-1].end, m.begin)
    )


def _choose(entries: tuple[Entry, ...], near: str | None, countries: Counter) -> Entry | None:
    if near:
        entries = tuple(e for e in entries if e.country == near)
    elif len({e.country for e in entries}) > 1:
        named = [e for e in entries if countries[e.country]]
        if named:
            top = max(countries[e.country] for e in named)
            entries = tuple(e for e in named if countries[e.country] == top)
    if not entries:
        return None
    if len({e.country for e in entries}) == 1:  # one country: its state, else its largest city
        return min(entries, key=lambda e: (e.type != "State", -e.population, e.key))
    ranked = sorted(entries, key=lambda e: (-e.population, e.key))
    return ranked[0] if ranked[0].population >= 3 * ranked[1].population else None


@cache
def _state_words() -> tuple[str, ...]:
    """'state of', 'provincia de', 'état du': `lang/<lang>/state_words.txt` of the three
    languages (texts quote each other's), longest first."""
    words = {fold(w) for lang in ("en", "es", "fr") for w in lang_lines(lang, "state_words")}
    return tuple(sorted(words, key=len, reverse=True))


@cache
def _state_word_before() -> re.Pattern[str]:
    words = {w for lang in ("en", "es", "fr") for w in lang_lines(lang, "state_words")}
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])
    return re.compile(rf"(?<!\w)(?:{body})\s+\Z", re.IGNORECASE)


def _state_named(name: str) -> Entry | None:
    """The one first-level division the gazetteer knows by a typed form of `name`
    ("Provincia de Buenos Aires", "Estado de México"), else None."""
    gazetteer = default_gazetteer()
    found = {}
    for word in _state_words():
        entry = gazetteer.match(f"{word} {name}")
        if entry is not None and entry.type == "State":
            found[entry.key] = entry
    return found.popitem()[1] if len(found) == 1 else None


def join_state_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """'the state of Pará', 'la provincia de Córdoba', "l'État de Bahia": a division's word
    and connector before a place or an unknown name make one place, that division: the state
    the gazetteer knows by the name, else by a typed form of it ("the province of Buenos
    Aires" is the province, not the city). A capitalized division word ("État") read as a
    name of its own goes into the place."""
    out = sorted(mentions, key=lambda m: (m.begin, -m.end))
    for m in list(out):
        if m.kind not in ("place", "name", "person") or m not in out:
            continue
        cue = _state_word_before().search(text, max(0, m.begin - 20), m.begin)
        if cue is None:
            continue
        entry = default_gazetteer().get(m.key) if m.kind == "place" and m.key else None
        if entry is None or entry.type != "State":
            entry = _state_named(m.text)
        if entry is None:
            continue
        inside = [o for o in out if o is not m and cue.start() <= o.begin < m.begin]
        if any(o.kind != "name" or o.end > m.begin for o in inside):
            continue
        straddling = [o for o in out if o.kind == "org" and o.begin < cue.start() < o.end]
        if straddling and not inside:
            # "Colegio de Educación Técnica del Estado de Puebla": the state ends the name
            org = straddling[0]
            surface = text[org.begin : m.end]
            out[out.index(org)] = replace(org, end=m.end, text=surface, label=surface)
            out.remove(m)
            continue
        for o in inside:
            out.remove(o)
        surface = text[cue.start() : m.end]
        place = Mention(
            "place", cue.start(), m.end, surface, label=entry.label, type="State", key=entry.key
        )
        out[out.index(m)] = place
    return out


@cache
def _dateline(lang: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The dateline shape of `lang/<lang>/state_abbreviations.txt` and abbreviation -> key."""
    rows = [row for row in lang_table(lang, "state_abbreviations") if len(row) > 1]
    if not rows:
        return None
    table = {_undotted(row[0]): row[1] for row in rows}
    # the dots are optional: "N.L.-", "NL.-" and "NL -" are one abbreviation
    abbreviations = "|".join(
        re.escape(a.rstrip(".")).replace(r"\.", r"\.?") + r"\.?"
        for a in sorted((row[0] for row in rows), key=len, reverse=True)
    )
    city = r"[^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*){0,4}?"
    pattern = re.compile(rf"[\s*•]*{city},\s*(?P<abbr>{abbreviations})(?!\w)\s*[-–—]+\s*")
    return pattern, table


def _undotted(abbreviation: str) -> str:
    return abbreviation.replace(".", "")


def find_dateline(text: str, lang: str, begin: int, end: int) -> tuple[Mention | None, int]:
    """'Hermosillo, Son.-', 'Monterrey, N.L. —': a city, a comma, a Mexican state's
    abbreviation and a dash at a sentence's start or a line's. The state's mention (None when
    there is none) and where the sentence's own words begin (after a dateline that opens it)."""
    found = _dateline(lang)
    if not found:
        return None, begin
    starts = [begin, *(begin + m.end() for m in re.finditer(r"\n", text[begin:end]))]
    match = next((m for m in (found[0].match(text, s, end) for s in starts) if m), None)
    if match is None:
        return None, begin
    entry = default_gazetteer().get(found[1][_undotted(match.group("abbr"))])
    if entry is None:
        return None, begin
    a, b = match.span("abbr")
    place = Mention("place", a, b, text[a:b], label=entry.label, type=entry.type, key=entry.key)
    return place, match.end() if match.start() == begin else begin
