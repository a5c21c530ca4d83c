"""Names the gazetteer knows, and demonyms, found in a sentence's tokens.

Longest form first. An acronym the gazetteer only knows in capitals must be written so
("Un accord" is not the UN); a place inside an unknown organization's name ("Université de
Montréal") or right after a given name ("Ricardo Lima") is not taken as a place.
"""

from __future__ import annotations

import re
from functools import cache

from kg.gazetteer import Entry, Gazetteer
from kg.gazetteer import default as default_gazetteer
from kg.model import ORG_TYPES, PLACE_TYPES, Mention
from kg.recognize.names import (
    CONNECTORS,
    Token,
    is_given_name,
    is_title_case,
    legal_forms,
    lexicon,
    org_word_type,
)
from kg.text import fold, lang_lines, lang_table, strip_accents


@cache
def _gazetteer_index(gazetteer: Gazetteer) -> tuple[dict[str, Entry], int, dict[str, set[str]]]:
    """Folded form -> entry, the longest form in words, and for keys that only acronyms
    spell (UN, SE, IA) the exact spellings a text must use."""
    index: dict[str, Entry] = {}
    spellings: dict[str, set[str]] = {}
    plain: set[str] = set()
    for form, entry in gazetteer.names():
        key = fold(form)
        if key and gazetteer.match(form) is entry:
            index.setdefault(key, entry)
            if _is_acronym(form):
                spellings.setdefault(key, set()).add(form)
            else:
                plain.add(key)
    acronyms = {k: v for k, v in spellings.items() if k not in plain}
    longest = max((len(k.split()) for k in index), default=1)
    return index, longest, acronyms


@cache
def _prefixes(gazetteer: Gazetteer) -> frozenset[str]:
    """Every word prefix of a folded form ("nuevo", "nuevo leon"): a key that is none of
    them can grow into no name, so the scan stops there."""
    out = set()
    for key in _gazetteer_index(gazetteer)[0]:
        words = key.split()
        out.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    return frozenset(out)


def _is_acronym(form: str) -> bool:
    return form.isupper() and len(form) <= 6 and " " not in form


def find_known(
    text: str,
    tokens: list[Token | None],
    gazetteer: Gazetteer | None = None,
    *,
    lang: str | None = None,
) -> list[tuple[int, int, Mention]]:
    """Gazetteer names in the tokens, longest first: (first token, last token + 1, mention).

    A None token is already taken (part of an amount) and breaks every name. `lang`, the
    text's language, tells its verbs ("Vextra Chile invertirá": a company's branch)."""
    gazetteer = gazetteer or default_gazetteer()
    index, longest, acronyms = _gazetteer_index(gazetteer)
    prefixes = _prefixes(gazetteer)
    found = []
    folded = [fold(t.text) if t is not None else None for t in tokens]
    i = 0
    while i < len(tokens):
        hit = None
        inside = 0  # tokens of a place that belongs to an unknown organization's name
        key = ""
        for n in range(1, min(longest + 2, len(tokens) - i) + 1):
            word = folded[i + n - 1]
            if word is None:
                break
            if word:
                key = f"{key} {word}" if key else word
                if key not in prefixes:
                    break
            entry = index.get(key)
            if entry is None:
                continue
            surface = text[tokens[i].begin : tokens[i + n - 1].end]
            if not any(c.isupper() for c in surface):
                continue
            if key in acronyms and len(key) <= 3 and surface not in acronyms[key]:
                continue  # "Un accord" is not the UN, "se" is not the SE
            if n == 1 and _legal_form_after_name(text, tokens, i, key):
                continue  # "Vextra SE", "Brisco SA": the company's legal form, no acronym
            if surface.startswith("secretaria ") and n > 1:
                continue  # "la secretaria de Energía" is the post; the office is Secretaría
            if _inside_unknown_org(text, tokens, i, entry, found[-1][1] if found else 0):
                inside = n
                continue
            if _portfolio_of_unknown(text, tokens, i, entry, found[-1][1] if found else 0):
                inside = n
                continue
            if _inside_compound_given_name(text, tokens, i, i + n, entry):
                continue
            if n == 1 and (
                _after_given_name(text, tokens, i, entry)
                or _before_family_name(text, tokens, i, entry)
            ):
                continue
            if _after_name_word(text, tokens, i, entry, found[-1][1] if found else 0, i + n, lang):
                inside = n
                continue
            if n == 1 and _title_not_name(text, tokens, i, lang):
                continue
            hit = (n, entry, surface)
        if hit:
            n, entry, surface = hit
            begin, end = tokens[i].begin, tokens[i + n - 1].end
            if surface.count("(") > surface.count(")") and text[end : end + 1] == ")":
                end += 1  # a known "Name (ACR)" form takes its closing bracket too
                surface = text[begin:end]
            first = i
            if _after_direction(text, tokens, i, entry, found[-1][1] if found else 0):
                first, begin = i - 1, tokens[i - 1].begin  # "Northeast Brazil": still Brazil
                surface = text[begin:end]
            found.append((first, i + n, _entry_mention(entry, begin, end, surface)))
            i += n
        else:  # "Comisión de Energía de Baja California": not "California" alone either
            i += max(1, inside)
    return found


def _legal_form_after_name(text: str, tokens: list[Token | None], i: int, key: str) -> bool:
    """'Vextra SE', 'Norvald AG': a known acronym that is also a legal form
    (`lang/xx/legal_suffixes.txt`), written in capitals right after a capitalized word that is
    no known name's, closes that company's name."""
    prev = tokens[i - 1] if i >= 1 else None
    token = tokens[i]
    return (
        prev is not None
        and token is not None
        and token.text.isupper()
        and key in legal_forms()
        and prev.capitalized
        and not prev.text.isupper()
        and text[prev.end : token.begin] == " "
    )


def _inside_unknown_org(
    text: str, tokens: list[Token | None], i: int, entry: Entry, known_end: int = 0
) -> bool:
    """'Université de Montréal', 'Universidad Autónoma de Tlaxcala', 'Asociación Clúster
    Automotriz del Estado de Jalisco': a place after a connector, in a run of capitalized words
    that starts with an organization word, belongs to the organization's name, not to the
    places of the sentence. Tokens of a known name (before `known_end`) stop the walk."""
    if entry.type not in PLACE_TYPES:
        return False
    k = _word_before_connectors(tokens, i, known_end)
    if k is None:
        return False
    for _ in range(6):  # the organization word, a few capitalized words and connectors before
        word = tokens[k].text
        if word[:1].isupper() and any(org_word_type([word], lang) for lang in ("en", "es", "fr")):
            return True
        k -= 1
        if k < known_end or tokens[k] is None:
            return False
        gap = text[tokens[k].end : tokens[k + 1].begin]
        if gap != " " and not (gap == "" and tokens[k].text.endswith(("’", "'"))):
            return False  # "Université d'État d'Haïti": an elided "d'" joins without a space
        if not tokens[k].capitalized and tokens[k].text.casefold() not in CONNECTORS:
            return False
    return False


def _word_before_connectors(tokens: list[Token | None], i: int, known_end: int) -> int | None:
    """The capitalized word before token `i` over one or more connectors ("Universidad de
    Tlaxcala": 'Universidad' for 'Tlaxcala'), or None when there is none."""
    k = i - 1
    while k >= known_end and tokens[k] is not None and tokens[k].text.casefold() in CONNECTORS:
        k -= 1
    if k == i - 1 or k < known_end or tokens[k] is None or not tokens[k].capitalized:
        return None
    return k


def _portfolio_of_unknown(
    text: str, tokens: list[Token | None], i: int, entry: Entry, known_end: int = 0
) -> bool:
    """'el Ministerio de Economía', 'the Ministry of Hacienda': a known body's short name
    ("Economía" is the Mexican Secretaría's) right after a ministry's head word and "de" is
    the portfolio of a ministry the gazetteer does not know by that name, not that body."""
    if entry.type != "GovernmentOrganization":
        return False
    k = _word_before_connectors(tokens, i, known_end)
    if k is None:
        return False
    if any(text[tokens[j].end : tokens[j + 1].begin] not in (" ", "") for j in range(k, i)):
        return False
    word = strip_accents(tokens[k].text).casefold()
    return any(word in lexicon(lang)["portfolio_heads"] for lang in ("en", "es", "fr"))


# "Northeast Brazil", "Greater Buenos Aires": `lang/<lang>/directions.txt`, in any language
DIRECTIONS = frozenset(
    fold(w) for lang in ("en", "es", "fr") for w in lang_lines(lang, "directions")
)


def _after_direction(
    text: str, tokens: list[Token | None], i: int, entry: Entry, known_end: int = 0
) -> bool:
    """'Northeast Brazil', 'Northern Mexico', 'Greater Buenos Aires': a capitalized direction
    word right before a known place is a part of that place, not a company's name."""
    prev = tokens[i - 1] if i - 1 >= known_end else None
    return (
        entry.type in PLACE_TYPES
        and prev is not None
        and prev.capitalized
        and fold(prev.text) in DIRECTIONS
        and text[prev.end : tokens[i].begin] == " "
    )


SENTENCE_START = (".", "!", "?", ":", ";", "“", '"', "«", "(", "¿", "¡")


def _after_name_word(
    text: str,
    tokens: list[Token | None],
    i: int,
    entry: Entry,
    known_end: int = 0,
    end: int | None = None,
    lang: str | None = None,
) -> bool:
    """'Air France', 'Servytur Acapulco': a known place right after a capitalized word that
    cannot stand alone as a name of its own is the end of a company's name. Not after a known
    name ("Conalep Jalisco": the school and the state), a function word ("En México"), a title,
    a demonym, a given name or a word that opens place names ("North", "Nueva", "San"). After
    a sentence's first word only when a verb follows the place: "Vextra Chile invertirá" (the
    subject is the company's branch), not "Actualmente Baja California"."""
    prev = tokens[i - 1] if i - 1 >= known_end and i >= 1 else None
    if entry.type not in PLACE_TYPES or prev is None or not prev.capitalized:
        return False
    if fold(prev.text) in DIRECTIONS:
        return False  # "Northern Mexico": a region of the place
    first = i == 1 or text[max(0, prev.begin - 4) : prev.begin].rstrip().endswith(SENTENCE_START)
    if first and not (
        _verb_after(text, tokens, end, lang) or _company_apposition(text, tokens, end, lang)
    ):
        return False  # "… del país. Actualmente Baja California": a sentence's first word
    if text[prev.end : tokens[i].begin] != " " or not prev.text.replace("-", "").isalpha():
        return False  # "H2 Vestrel": a project's code, not a company
    if is_title_case([t for t in tokens if t is not None]):
        return False  # a headline capitalizes every word
    word = fold(prev.text)
    return not (
        word in _common_words()
        or is_given_name(prev.text, strict=False)
        or default_gazetteer().demonym(prev.text) is not None
        or prev.text.endswith(("’", "'"))
    )


APPOSITION = re.compile(
    r",\s+(?:(?:a|an|the|un|una|une|el|la|le|l[’'])\s*)?([^\W\d_]+)(?:\s+([^\W\d_]+))?"
)


def _company_apposition(
    text: str, tokens: list[Token | None], end: int | None, lang: str | None
) -> bool:
    """'Vextra Chile, filial de Vextra, ...', 'Ormeda Peru, a unit of ...': a company noun
    (`lang/<lang>/org_descriptors.txt`) in an apposition right after the place."""
    last = tokens[end - 1] if end is not None and end >= 1 else None
    if lang is None or last is None:
        return False
    after = APPOSITION.match(text, last.end, last.end + 60)
    if not after or not after.group(1).islower():
        return False
    nouns = lexicon(lang)["descriptors"]  # the noun first, or after one modifier
    return after.group(1) in nouns or (after.group(2) or "") in nouns


def _verb_after(text: str, tokens: list[Token | None], end: int | None, lang: str | None) -> bool:
    """A verb of the text's language (`lang/<lang>/subject_verbs.txt`: "invertirá", "will",
    "a signé") right after the token before `end`."""
    nxt = tokens[end] if end is not None and end < len(tokens) else None
    if lang is None or nxt is None or text[tokens[end - 1].end : nxt.begin] != " ":
        return False
    return nxt.text.casefold() in _verbs(lang)


@cache
def _verbs(lang: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in lang_lines(lang, "subject_verbs"))


@cache
def _common_words() -> frozenset[str]:
    """Folded words that, capitalized before a place, do not make a company's name: function
    words, not-names, titles and organization words of the three languages, and the first
    words of longer place names."""
    words = set(CONNECTORS)
    for lang in ("en", "es", "fr"):
        lex = lexicon(lang)
        words |= lex["stopwords"] | lex["not_names"]
        words |= {w for w, t in lex["org_words"].items() if t != "Corporation"}  # "Grupo México"
        words |= {fold(t) for t in lex["titles"] if " " not in t}
        words |= {fold(cell) for row in lang_table(lang, "months") for cell in row[1:]}
    for form, entry in default_gazetteer().names():
        parts = fold(form).split()
        if len(parts) > 1 and entry.type in PLACE_TYPES:
            words.add(parts[0])
    return frozenset(words)


TITLE_AND = frozenset({"and", "y", "e", "et"})
TITLE_AND_GAP = re.compile(r"\s+(?:and|&|y|e|et)\s+")
TITLE_OF = frozenset({"of", "for", "at", "de", "del", "para", "pour", "chez"})
TITLE_ARTICLES = frozenset({"the", "its", "el", "la", "su", "le", "l", "son", "sa"})


@cache
def _title_words(lang: str) -> frozenset[str]:
    """Folded last words of the language's titles ("vp", "president", "director")."""
    return frozenset(fold(t).split()[-1] for t in lexicon(lang)["titles"] if fold(t))


POSSESSOR_BEFORE = re.compile(r"(?:\w[’']s|\b(?:its|their|our))\s+\Z", re.IGNORECASE)


def _title_not_name(text: str, tokens: list[Token | None], i: int, lang: str | None) -> bool:
    """'SVP and GM of Acme', 'the GM of Acme': a known acronym that is also one of the
    language's titles ("GM": general manager) is the post, not the company, after another
    title and "and", or after an article (or a comma) and before "of", "de", "para" and a
    capitalized name."""
    token = tokens[i]
    if (
        lang is None
        or not token.text.isupper()
        or token.text.casefold() not in lexicon(lang)["titles"]
    ):
        return False
    if POSSESSOR_BEFORE.search(text, max(0, token.begin - 8), token.begin):
        return True  # "Andina Link's GM", "its GM": a possessor's post
    prev = tokens[i - 1] if i >= 1 else None
    if prev is not None and prev.text.casefold() in TITLE_AND and i >= 2:
        prev = tokens[i - 2]  # "SVP and GM"; "VP & GM" has no "&" token
    joined = prev is not None and TITLE_AND_GAP.fullmatch(text, prev.end, token.begin)
    if joined and fold(prev.text) in _title_words(lang):
        return True
    prev = tokens[i - 1] if i >= 1 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if nxt is None or after is None or nxt.text.casefold() not in TITLE_OF:
        return False
    if not after.capitalized:
        return False
    gap = text[max(0, token.begin - 3) : token.begin]
    return gap.rstrip().endswith(",") or (prev is not None and fold(prev.text) in TITLE_ARTICLES)


def _after_given_name(text: str, tokens: list[Token | None], i: int, entry: Entry) -> bool:
    """'Ricardo Lima': a one-word place right after a given name is a family name."""
    prev = tokens[i - 1] if i else None
    return (
        entry.type in PLACE_TYPES
        and prev is not None
        and prev.capitalized
        and is_given_name(prev.text)
        and text[prev.end : tokens[i].begin] == " "
    )


def _inside_compound_given_name(
    text: str, tokens: list[Token | None], i: int, end: int, entry: Entry
) -> bool:
    """'María de los Ángeles Pérez', 'María de la Paz Gómez': a place after a given name and
    "de", "de la", "de los", "del", and before a family name, is part of the person's name."""
    if entry.type not in PLACE_TYPES or end >= len(tokens) or tokens[end] is None:
        return False
    k = i - 1
    while (
        k >= 0
        and tokens[k] is not None
        and fold(tokens[k].text) in ("de", "del", "la", "los", "las")
    ):
        k -= 1
    if k == i - 1 or k < 0 or tokens[k] is None or fold(tokens[k + 1].text) not in ("de", "del"):
        return False
    nxt, given = tokens[end], tokens[k]
    spaced = all(
        tokens[j] is not None and text[tokens[j].end : tokens[j + 1].begin] == " "
        for j in range(k, end)
    )
    return (
        spaced
        and is_given_name(given.text)
        and nxt.capitalized
        and nxt.text.casefold() not in CONNECTORS
    )


def _before_family_name(text: str, tokens: list[Token | None], i: int, entry: Entry) -> bool:
    """'Santiago Bausili', 'Florencia Ruiz': a one-word place that is also a given name,
    right before a capitalized word, starts a person's name."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        entry.type in PLACE_TYPES
        and nxt is not None
        and nxt.capitalized
        and nxt.text.casefold() not in CONNECTORS
        and is_given_name(tokens[i].text, strict=False)
        and text[tokens[i].end : nxt.begin] == " "
    )


def _entry_mention(entry: Entry, begin: int, end: int, surface: str) -> Mention:
    if entry.type in ORG_TYPES:
        kind = "org"
    elif entry.type in PLACE_TYPES:
        kind = "place"
    else:
        kind = "program"
    return Mention(kind, begin, end, surface, label=entry.label, type=entry.type, key=entry.key)


def find_demonyms(tokens: list[Token], gazetteer: Gazetteer | None = None) -> list[Mention]:
    gazetteer = gazetteer or default_gazetteer()
    out = []
    for token in tokens:
        entry = gazetteer.demonym(token.text)
        if entry:
            out.append(
                Mention(
                    "demonym",
                    token.begin,
                    token.end,
                    token.text,
                    label=entry.label,
                    type=entry.type,
                    key=entry.key,
                )
            )
    return out


OF_COUNTRY = re.compile(r"\s+(?:of the|of|de la|del|de|du|d[’'])\s*\Z")
COUNTRY_OWNER = re.compile(r"\s*[’']s\s+\Z")


def foreign_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each known government body that the text places in another country
    made that country's: "the Ministry of Education of Peru", "the Peruvian Ministry of
    Education", "el Ministerio de Educación peruano" are Peru's ministry, not the Mexican one
    the gazetteer knows by the generic name. The gazetteer's ministry of that country for the
    same portfolio when it has exactly one, else an unknown government body named as written."""
    gazetteer = default_gazetteer()
    out = sorted(mentions, key=lambda m: (m.begin, -m.end))
    i = 0
    while i < len(out):
        m = out[i]
        entry = gazetteer.get(m.key) if m.kind == "org" and m.key else None
        if entry is None or entry.type != "GovernmentOrganization" or not entry.country:
            i += 1
            continue
        span = _country_beside(text, out, i, entry.country)
        if span is None:
            i += 1
            continue
        first, last, begin, end, country = span
        surface = text[begin:end]
        found = {gazetteer.ministry(country, w) for w in entry.portfolio} - {None}
        if len(found) == 1:
            (own,) = found
            new = Mention("org", begin, end, surface, label=own.label, type=own.type, key=own.key)
        else:
            new = Mention("org", begin, end, surface, label=surface, type=entry.type)
        out[first : last + 1] = [new]
        i = first + 1
    return out


WORD_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+) \Z")
WORD_AFTER = re.compile(r" ([^\W\d_]+)(?![\w-])")


def _country_beside(
    text: str, mentions: list[Mention], i: int, own: str
) -> tuple[int, int, int, int, str] | None:
    """(first mention, last mention, begin, end, country key) of another country's name or
    demonym written right beside the body `mentions[i]`: after "of"/"de", or as its adjective
    (before it, or after it in lower case as Spanish and French write it)."""
    m = mentions[i]
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    prev = mentions[i - 1] if i else None
    gazetteer = default_gazetteer()

    def country(n: Mention | None) -> bool:
        return n is not None and n.kind == "place" and n.type == "Country" and n.key != own

    def demonym(word: str) -> str | None:
        entry = gazetteer.demonym(word)
        return entry.key if entry and entry.type == "Country" and entry.key != own else None

    if country(nxt) and OF_COUNTRY.match(text[m.end : nxt.begin]):
        return i, i + 1, m.begin, nxt.end, nxt.key
    if country(prev) and COUNTRY_OWNER.match(text[prev.end : m.begin]):
        return i - 1, i, prev.begin, m.end, prev.key  # "Peru's Ministry of Education"
    after = WORD_AFTER.match(text, m.end)
    if after and after.group(1).islower() and demonym(after.group(1)):
        last = i + 1 if nxt is not None and nxt.begin == after.start(1) else i
        return i, last, m.begin, after.end(1), demonym(after.group(1))  # "... peruano"
    before = WORD_BEFORE.search(text, max(0, m.begin - 30), m.begin)
    if before and demonym(before.group(1)) and not (prev and prev.end > before.start(1)):
        return i, i, before.start(1), m.end, demonym(before.group(1))  # "the Peruvian ..."
    return None
