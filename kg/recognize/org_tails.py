"""The lower-case rest of an organization's name: "Agence nationale de la sécurité numérique".

Spanish and French write many public bodies with one capital ("la Comisión nacional de
energía", "l'Agence française de développement"), so a run of capitalized words stops at the
head word. After an organization's head word the name goes on over adjectives of institutions
(`org_adjectives.txt`) and demonyms ("française"), then over one complement of lower-case words
("de développement", "de la transformation numérique") when the complement ends the clause (a
comma, a bracket, the sentence's end): a complement followed by more words may be the
sentence's, not the name's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.gazetteer import default as default_gazetteer
from kg.model import Mention
from kg.recognize.names import company_words, lexicon, org_word_type
from kg.text import fold, lang_lines

WORD = re.compile(r"\s+([a-zà-öø-ÿ][\w-]*)")
COMPLEMENT = re.compile(
    r"\s+(?:de la|de las|de los|del|de l[’']|des|du|de|d[’']|pour la|pour le|pour l[’']|pour"
    r"|para la|para el|para|of the|of|for)\s*"
    r"((?:[a-zà-öø-ÿ][\w’'-]*)(?:\s+(?:(?:et|y|e|and|de|des|du|de la|del|of"
    r"|pour l[ea]|pour les|para el|para la|para los|para las|for the)\s+)?"
    r"[a-zà-öø-ÿ][\w’'-]*){0,3})(?=\s*[,.;:()«»\"“”]|\s*$|(?P<place>"
    + r"\s+(?:de la|de l[’']|del|du|de|d[’'])\s*[A-ZÀ-Þ]))"
)
PURPOSE = re.compile(
    r"(?<!\w)(?:pour l[ea]|pour les|para el|para la|para los|para las|for the)(?!\w)"
)
# "... de santé de Martinique": a place (or unknown name) after the tail ends the name
OF_PLACE = re.compile(r"\s+(?:de la|de l[’']|del|du|de|d[’'])\s*")
OF_CAPITAL = re.compile(r"\s+(?:de la|de l[’']|del|du|de|d[’'])\s*[A-ZÀ-Þ]")


@cache
def _adjectives(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lang_lines(lang, "org_adjectives"))


@cache
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lang_lines(lang, "stopwords"))


def extend_orgs(text: str, mentions: list[Mention], lang: str, end: int) -> list[Mention]:
    """The mentions with each unknown organization's lower-case tail joined to it; demonyms
    inside a tail become part of the name."""
    out = list(mentions)
    for m in mentions:
        if m.kind != "org" or m.key or not org_word_type(m.text.split()[-1:], lang):
            continue
        if len(m.text.split()) > 1 and not org_word_type(m.text.split()[:1], lang):
            continue  # "Acme Motors designó": a trade word ending a name takes no tail
        stop, before_place = _tail(text, m.end, lang, end)
        if stop == m.end:
            continue
        if before_place:  # the place or name after the tail, when it ends the clause
            of = OF_PLACE.match(text, stop)
            nxt = [o for o in out if of and o.begin == of.end() and o.kind in ("place", "name")]
            # after adjectives only ("Alliance française de Lima") the place is the name's
            # wherever the clause goes; after a complement it may be the sentence's
            adjectives_only = not COMPLEMENT.match(text, _adjectives_end(text, m.end, lang), end)
            if nxt and (
                adjectives_only
                or re.match(r"\s*(?:[,.;:()«»\"“”]|$)", text[nxt[0].end : end])
                or _goes_on(text, nxt[0].end, lang, end)
            ):
                stop = nxt[0].end
            elif adjectives_only:
                before_place = False
            else:
                continue
        inside = [o for o in out if o is not m and m.end <= o.begin < stop]
        if before_place:
            for o in [o for o in inside if o.end == stop]:
                out.remove(o)
                inside.remove(o)
        if any(o.kind != "demonym" for o in inside):
            continue
        for o in inside:
            out.remove(o)
        surface = text[m.begin : stop]
        out[out.index(m)] = replace(m, end=stop, text=surface, label=surface)
    return out


def join_trade_heads(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """'Compagnie minière Belcastel', 'Société pétrolière Tarvel': a company's head word, its
    lower-case trade or institution adjectives, then the name right after them make one
    company's name."""
    out = list(mentions)
    trades = company_words(lang)
    for m in mentions:
        if m not in out or m.kind != "org" or m.key:
            continue
        head, *rest = m.text.split()
        if org_word_type([head], lang) not in ("Corporation", "Organization"):
            continue
        if any(not _trade_adjective(w, lang, trades) for w in rest):
            continue
        pos = m.end
        while (word := WORD.match(text, pos)) and _trade_adjective(word.group(1), lang, trades):
            pos = word.end()
        after = [o for o in out if o.kind in ("name", "org") and o.begin == pos + 1]
        if not (rest or pos > m.end) or not after or text[pos] != " " or after[0].key:
            continue
        surface = text[m.begin : after[0].end]
        out.remove(after[0])
        out[out.index(m)] = replace(m, end=after[0].end, text=surface, label=surface)
    return out


TRADE_OF = re.compile(r" (?:de la|del|de|d[’'])\s*")


def join_trade_of_place(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """'Aguas de Manizales', 'Cementos de Honduras', 'Électricité d'Haïti': a trade word alone,
    then 'de' and a place, name one company (the place is part of its name)."""
    trades = company_words(lang)
    out = sorted(mentions, key=lambda m: (m.begin, -m.end))
    i = 0
    while i + 1 < len(out):
        m, place = out[i], out[i + 1]
        if (
            m.kind in ("org", "name")
            and not m.key
            and " " not in m.text
            and m.text[:1].isupper()
            and not m.text.isupper()
            and fold(m.text) in trades
            and fold(m.text) not in portfolio_words()  # "ministro de Energía de Chile"
            and place.kind == "place"
            and place.type in ("Country", "State", "City")
            and TRADE_OF.fullmatch(text, m.end, place.begin)
        ):
            surface = text[m.begin : place.end]
            out[i : i + 2] = [
                replace(
                    m, kind="org", end=place.end, text=surface, label=surface, type="Corporation"
                )
            ]
        i += 1
    return out


def _trade_adjective(word: str, lang: str, trades: frozenset[str]) -> bool:
    return word[:1].islower() and (fold(word) in trades or _adjective(word, lang))


def _tail(text: str, begin: int, lang: str, end: int) -> tuple[int, bool]:
    """Where the lower-case rest of a name starting at `begin` ends (`begin` if none), and
    whether "de" and a capitalized word follow it."""
    pos = _adjectives_end(text, begin, lang, end)
    complement = COMPLEMENT.match(text, pos, end)
    if complement:
        # "de recherche pour le développement": a purpose inside the complement is the name's
        words = fold(PURPOSE.sub(" ", complement.group(1))).split()
        keep = {"de", "des", "du", "del", "la", "et", "y", "e", "of", "and", "d", "l"}
        stop = _stopwords(lang) - keep
        if words and not any(w in stop for w in words) and words[-1] not in _stopwords(lang):
            return complement.end(), complement.group("place") is not None
    open_end = _open_complement(text, pos, lang, end)
    if open_end is not None:
        return open_end, False
    if pos > begin and OF_CAPITAL.match(text, pos, end):
        return pos, True  # "Alliance française de Lima", "Université catholique de Louvain"
    return pos, False


LEAD = re.compile(COMPLEMENT.pattern.split("((?:")[0])
LOWER_WORD = re.compile(
    r"\s*(?:(?:et|y|e|and|de la|de l[’']|des|du|del|de|d[’']|of)\s+)?([a-zà-öø-ÿ][\w’'-]*)"
)
# what may follow a name's complement that the clause goes on after: "et Orange", "y el
# Instituto", "à Toulouse", "en Lima" (a verb is checked against the language's lexicon)
GOES_ON = re.compile(
    r"\s+(?:(?:et|y|e|and)\s+(?:(?:avec|con|with|le|la|les|l[’']|el|los|las|the)\s*)?[A-ZÀ-Þ]"
    r"|(?:et|y|and)\s+(?:le|la|les|l[’']|el|los|las|the)\s*(?P<noun>[a-zà-öø-ÿ]+)(?![\w’'-])"
    r"|(?:à|en|in|au|aux|dans)\s+[A-ZÀ-Þ]|\(|(?P<word>[a-zà-öø-ÿ]+)(?![\w’'-]))"
)


def _open_complement(text: str, pos: int, lang: str, end: int) -> int | None:
    """Where a lower-case complement ends that a verb, a coordinated name or a place goes on
    after: "Comisión nacional de energía firmó", "Agence de la transformation numérique et
    Orange", "Centre national d'études spatiales à Toulouse" (the longest such, of up to four
    words; None when there is none)."""
    lead = LEAD.match(text, pos, end)
    if not lead:
        return None
    keep = {"de", "des", "du", "del", "la", "et", "y", "e", "of", "and", "d", "l"}
    stop = _stopwords(lang) - keep
    verbs = lexicon(lang)["subject_verbs"] | lexicon(lang)["verbs"]
    best, at = None, lead.end()
    for _ in range(4):
        word = LOWER_WORD.match(text, at, end)
        if not word or fold(word.group(1)) in stop or word.group(1).casefold() in verbs:
            break
        at = word.end()
        if fold(word.group(1)) in _stopwords(lang):
            continue
        if _goes_on(text, at, lang, end):
            best = at
    return best


def _goes_on(text: str, at: int, lang: str, end: int) -> bool:
    """A verb, a coordinated name, a place or a bracket right after `at` (see GOES_ON)."""
    goes = GOES_ON.match(text, at, end)
    if not goes:
        return False
    noun = goes.group("noun")  # "... et l'entreprise Vextra": a second body, named by its noun
    if noun is not None:
        return noun in lexicon(lang)["descriptors"] or org_word_type([noun], lang) is not None
    word = goes.group("word")
    return word is None or word in lexicon(lang)["subject_verbs"] | lexicon(lang)["verbs"]


def _adjectives_end(text: str, begin: int, lang: str, end: int | None = None) -> int:
    """Where the adjectives after a head word end ("Agence nationale", "Escuela agrícola")."""
    end = len(text) if end is None else end
    pos = begin
    while True:
        word = WORD.match(text, pos, end)
        if not word or not _adjective(word.group(1), lang):
            return pos
        pos = word.end()


def _adjective(word: str, lang: str) -> bool:
    return fold(word) in _adjectives(lang) or default_gazetteer().demonym(word) is not None


def join_prefixed(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """A known name that opens an unknown organization's name: "Caribbean Development Bank"
    (a place before an English organization name), "Siemens Energy", "Enel Green Power" (a
    known company before the trade words of a business of its own)."""
    out = sorted(mentions, key=lambda m: (m.begin, -m.end))
    trades = company_words(lang) | company_words("en")
    en_trades = company_words("en")  # "Atacama Minerals" in a Spanish text too
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        joined = None
        if text[a.end : b.begin] in (" ", ", ") and a.kind == "org" and a.key and _legal(b.text):
            # "Toyota Motor Corp", "Toyota Motor Corporation, Inc.": the known company itself
            surface = text[a.begin : b.end]
            out[i : i + 2] = [replace(a, end=b.end, text=surface)]
            continue
        if text[a.end : b.begin] == " " and a.key and not b.key:
            words = [fold(w) for w in b.text.split()]
            if a.kind == "place" and b.kind == "org" and (lang == "en" or words[-1] in en_trades):
                joined = b.type
            elif a.kind == "place" and b.kind == "name" and words[-1] in en_trades:
                joined = "Corporation"  # "Atacama Minerals", "Coquimbo Resources"
            elif (
                a.kind == "org"
                and a.type == "Corporation"
                and (b.kind == "org" and b.type == "Corporation" or b.kind == "name")
                and words[-1] in trades
            ):
                joined = "Corporation"
        if not joined and text[a.end : b.begin] == " " and _head_and_known(a, b, lang):
            joined = a.type if not a.key else b.type  # "Fundación Telefónica", "BBVA Foundation"
        if not joined and text[a.end : b.begin] == " " and _chapter(a, b):
            joined = a.type  # "Conalep Querétaro": the national body's chapter in a state
        if joined:
            surface = text[a.begin : b.end]
            out[i : i + 2] = [Mention("org", a.begin, b.end, surface, label=surface, type=joined)]
        else:
            i += 1
    return out


def _head_and_known(a: Mention, b: Mention, lang: str) -> bool:
    """'la Fundación Telefónica', 'Santander Universities': an organization's head word alone,
    right before or after a known company, names a body of that company ("la Universidad
    Harvard" is Harvard itself: not joined)."""
    if a.kind != "org" or b.kind != "org" or bool(a.key) == bool(b.key):
        return False
    head, known = (a, b) if b.key else (b, a)
    return (
        " " not in head.text
        and head.type not in ("", "Corporation")
        and org_word_type([head.text], lang) is not None
        and known.type == "Corporation"
    )


def _chapter(a: Mention, b: Mention) -> bool:
    """'Conalep Querétaro', 'Sena Antioquia': a known national public body (a school, an
    agency) right before a state of its own country names the body's chapter there."""
    if a.kind != "org" or not a.key or a.type not in CHAPTER_TYPES:
        return False
    if b.kind != "place" or b.type != "State" or not b.key:
        return False
    gazetteer = default_gazetteer()
    body, state = gazetteer.get(a.key), gazetteer.get(b.key)
    return body is not None and state is not None and body.country == state.country


CHAPTER_TYPES = frozenset({"EducationalOrganization", "GovernmentOrganization"})


@cache
def _legal_forms() -> frozenset[str]:
    return frozenset(fold(w) for w in lang_lines("xx", "legal_suffixes"))


def _legal(surface: str) -> bool:
    """'Corp', 'S.A.B. de C.V.', 'Inc.': only legal-form words."""
    words = fold(re.sub(r"\b(?:de|of)\s+c\.?\s*v\.?", "", surface, flags=re.I)).split()
    return bool(words) and (
        " ".join(words) in _legal_forms() or all(w in _legal_forms() for w in words)
    )


STATE_OF = re.compile(r"\s+(?:del|de la|de l[’']|de|du|of the|of)\s+")


def join_state_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """'la Secretaría de Turismo del Estado de Guerrero': a government body followed by a state
    named as one ("Estado de", "Province of") is that state's body, one name (not the federal
    body the gazetteer knows by the first words). "Secretaría de Economía de Jalisco" stays the
    body and the state, which the role rules read as the state's office."""
    out = sorted(mentions, key=lambda m: (m.begin, -m.end))
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        if (
            a.kind == "org"
            and a.type == "GovernmentOrganization"
            and b.kind == "place"
            and b.type == "State"
            and STATE_OF.fullmatch(text, a.end, b.begin)
            and _names_a_state(b.text)
        ):
            surface = text[a.begin : b.end]
            out[i : i + 2] = [Mention("org", a.begin, b.end, surface, label=surface, type=a.type)]
        else:
            i += 1
    return out


@cache
def _region_bodies(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lang_lines(lang, "region_bodies"))


def join_region_bodies(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """'la Région Guadeloupe': a capitalized council word of `region_bodies.txt` right before a
    state's name (no "de") is the region's council, one government body."""
    out = sorted(mentions, key=lambda m: (m.begin, -m.end))
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        if (
            a.kind in ("name", "org")
            and not a.key
            and a.text[:1].isupper()
            and fold(a.text) in _region_bodies(lang)
            and b.kind == "place"
            and b.type == "State"
            and text[a.end : b.begin] == " "
        ):
            surface = text[a.begin : b.end]
            body = Mention(
                "org", a.begin, b.end, surface, label=surface, type="GovernmentOrganization"
            )
            out[i : i + 2] = [body]
        i += 1
    return out


@cache
def _state_cues() -> tuple[str, ...]:
    """Folded place cues that name a state as such: "estado de", "province of", "région de"."""
    cues = set()
    for lang in ("en", "es", "fr"):
        for cue in lang_lines(lang, "place_cues"):
            words = fold(cue).split()
            if len(words) == 2 and words[1] in ("de", "of"):
                cues.add(" ".join(words) + " ")
    return tuple(sorted(cues))


def _names_a_state(surface: str) -> bool:
    return surface[:1].isupper() and fold(surface).startswith(_state_cues())


LIST_GAP = re.compile(r"(?:,\s*|,?\s+and\s+)\Z")
# "Ciencia, Tecnología e Innovación": Spanish and French close a list with "y", "e", "et"
LAST_ITEM_GAP = re.compile(r"\s+(?:y|e|et)\s+\Z")


@cache
def portfolio_words() -> frozenset[str]:
    """Folded words of the gazetteer's ministry portfolios ("energy", "minas", "travail")."""
    words = set()
    for entry in default_gazetteer().entries():
        for portfolio in entry.portfolio:
            words.update(fold(portfolio).split())
    return frozenset(words - {"de", "la", "l", "au"})


BODY_TYPES = frozenset({"GovernmentOrganization", "Organization", "EducationalOrganization"})


def join_portfolios(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Ministry of Mines and Energy', 'Ministry of Science, Technology and Innovation': a
    government body's name that lists its portfolios goes on over the list, whose items are
    portfolio words ("Ministry of Energy and Acme" stays two names). A known body cut short
    by the list is the gazetteer's only when it knows the whole name; else a name of its own."""
    out = sorted(mentions, key=lambda m: (m.begin, -m.end))
    portfolio = portfolio_words()
    i = 0
    while i + 1 < len(out):
        a = out[i]
        if a.kind != "org" or a.type not in BODY_TYPES:
            i += 1
            continue
        last = i
        while last + 1 < len(out):
            b = out[last + 1]
            words = fold(b.text).split()
            gap = text[out[last].end : b.begin]
            listed = LIST_GAP.fullmatch(gap) or (
                last > i and LAST_ITEM_GAP.fullmatch(gap) and "," in text[a.end : out[last].begin]
            )
            if (
                b.kind not in ("org", "name")
                or b.key
                or not b.text[:1].isupper()
                or not listed
                or not all(w in portfolio for w in words)
            ):
                break
            last += 1
        if last == i:
            i += 1
            continue
        gazetteer = default_gazetteer()
        country = None
        nxt = out[last + 1] if last + 1 < len(out) else None
        if (
            nxt is not None
            and nxt.kind == "place"
            and nxt.type == "Country"
            and STATE_OF.fullmatch(text, out[last].end, nxt.begin)
        ):
            last, country = last + 1, nxt.key  # "... and Mines of Peru": that country's
        end = out[last].end
        surface = text[a.begin : end]
        entry = gazetteer.match(surface)
        if entry is None and country:
            found = {gazetteer.ministry(country, w) for w in fold(surface).split()} - {None}
            entry = found.pop() if len(found) == 1 else None
        if entry is not None:
            new = Mention(
                "org", a.begin, end, surface, label=entry.label, type=entry.type, key=entry.key
            )
        else:
            new = Mention("org", a.begin, end, surface, label=surface, type=a.type)
        out[i : last + 1] = [new]
        i += 1
    return out


LOWER_HEAD_BEFORE = re.compile(
    r"(?<![\w-])([a-zà-öø-ÿ]+)\s+(?:de la|de l[’']|del|de|du|d[’']|of the|of)\s*\Z"
)
# "l'ambassade de France au Chili": where an embassy is, part of its name
SEATED_IN = re.compile(r"\s+(?:au|aux|en|à|in)\s+(?:(?:the|le|la|l[’'])\s*)?\Z")


@cache
def _place_heads(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lang_lines(lang, "place_heads"))


def join_lower_heads(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """'l'université de Lyon', 'la embajada de Francia en Chile': a head word of
    `place_heads.txt`, in lower case before "de" and a place's name, makes one institution
    with it (an embassy's name goes on over where it is: "... au Chili")."""
    out = sorted(mentions, key=lambda m: (m.begin, -m.end))
    i = 0
    while i < len(out):
        m = out[i]
        before = LOWER_HEAD_BEFORE.search(text, max(0, m.begin - 30), m.begin)
        if (
            m.kind not in ("place", "name")
            or not m.text[:1].isupper()
            or before is None
            or fold(before.group(1)) not in _place_heads(lang)
            or any(o.end > before.start(1) and o.begin < m.begin for o in out[:i])
        ):
            i += 1
            continue
        head = before.group(1)
        kind = org_word_type([head], lang) or "Organization"
        last = i
        nxt = out[i + 1] if i + 1 < len(out) else None
        if (
            kind == "GovernmentOrganization"
            and m.kind == "place"
            and nxt is not None
            and nxt.kind == "place"
            and SEATED_IN.fullmatch(text, m.end, nxt.begin)
        ):
            last = i + 1
        begin, end = before.start(1), out[last].end
        surface = text[begin:end]
        label = surface[:1].upper() + surface[1:]  # "l'université de Lyon": Université de Lyon
        out[i : last + 1] = [Mention("org", begin, end, surface, label=label, type=kind)]
        i += 1
    return out


AND_OF = re.compile(
    r"\s+(?:et|y|and)\s+(?:de la|de las|de los|de l[’']|des|du|del|de|d[’']|of the|of)\s*"
)


def join_portfolio_tail(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """'ministère de l'Enseignement supérieur et de la Recherche': an unknown ministry's name
    goes on over its portfolio's lower-case adjectives and over "et de" and a second
    capitalized portfolio (not a known name: "... et de Acme" is no portfolio). A known
    ministry with a second portfolio after it ("ministère des Affaires étrangères et du
    Développement") is another country's or another time's body: a name of its own."""
    out = sorted(mentions, key=lambda m: (m.begin, -m.end))
    heads = frozenset(w for code in ("en", "es", "fr") for w in lexicon(code)["portfolio_heads"])
    i = 0
    while i < len(out):
        m = out[i]
        words = m.text.split()
        if (
            m.kind != "org"
            or m.type != "GovernmentOrganization"
            or len(words) < 3
            or fold(words[0]) not in heads
        ):
            i += 1
            continue
        stop = m.end if m.key else _adjectives_end(text, m.end, lang)
        last = i
        nxt = out[i + 1] if i + 1 < len(out) else None
        joined = AND_OF.match(text, stop)
        if (
            nxt is not None
            and joined
            and nxt.begin == joined.end()
            and nxt.kind in ("name", "org")
            and not nxt.key
            and nxt.text[:1].isupper()
            and len(nxt.text.split()) <= 3
            and org_word_type(nxt.text.split(), lang) is None
        ):
            last, stop = i + 1, _adjectives_end(text, nxt.end, lang)
        if stop > m.end and (last > i or not m.key):
            # a known ministry with one more portfolio is another body, named as written
            surface = text[m.begin : stop]
            out[i : last + 1] = [replace(m, end=stop, text=surface, label=surface, key=None)]
        i += 1
    return out


LEGAL_AFTER = re.compile(r"\s+((?:[A-Za-z]{1,5}\.?){1,4}(?:\s+de\s+C\.?\s?V\.?)?)(?![\w&-])")
# written in lower case, these legal forms still close a name ("Antofagasta plc"); the others
# only in capitals ("se", "co", "sa" are words of the text)
LOWER_LEGAL = frozenset({"plc", "gmbh", "inc", "ltd", "ltda", "llc", "corp"})


def join_legal_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Antofagasta plc', 'Monterrey SA', 'Rosario Ltda.': a legal form right after a known
    place or an untyped name makes the words before it a company's name (a known company keeps
    its identity: "Toyota Inc." is still Toyota). A legal form the recognizer took for a name
    of its own goes into the company's."""
    out = sorted(mentions, key=lambda m: (m.begin, -m.end))
    result: list[Mention] = []
    skip_until = -1
    for m in out:
        if m.begin < skip_until:
            continue
        legal = LEGAL_AFTER.match(text, m.end)
        if m.kind in ("place", "name", "org") and legal and _legal_word(legal.group(1)):
            end = legal.end(1)
            if text[end - 1 : end] == "." and not re.search(r"\.\w*\.\Z", text[m.end : end]):
                # "Brisco Inc." ends a sentence as often as it abbreviates: keep the dot only
                # inside a dotted form ("S.A.")
                end -= 1 if not text[legal.start(1) : end].count(".") > 1 else 0
            inside = [o for o in out if o is not m and m.end <= o.begin < end]
            if all(o.kind in ("org", "name") and _legal(o.text) for o in inside):
                surface = text[m.begin : end]
                if m.kind == "org" and m.key:
                    m = replace(m, end=end, text=surface)
                elif m.kind == "org":
                    m = replace(m, end=end, text=surface, label=surface, type="Corporation")
                else:
                    m = Mention("org", m.begin, end, surface, label=surface, type="Corporation")
                skip_until = end
        result.append(m)
    return result


def _legal_word(surface: str) -> bool:
    """A legal form written in capitals, or one of the forms written in lower case too."""
    if not _legal(surface):
        return False
    return surface[:1].isupper() or fold(surface) in LOWER_LEGAL
