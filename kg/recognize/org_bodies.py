"""Public bodies' names the recognizer read as several mentions: "la Secretaría de Turismo del
Estado de Guerrero", "la Région Guadeloupe", "Ministry of Mines and Energy", "l'université de Lyon".

A government body followed by a state named as one ("Estado de", "Province of"), or an office
named as such before a state's plain name, is that state's body (`join_state_bodies`); a council
word of `region_bodies.txt` before a state is the region's council (`join_region_bodies`); a
body's name that lists its portfolios goes on over the list, whose items are words of the
gazetteer's ministry portfolios (`join_portfolios`, `portfolio_words`); a lower-case head word
of `place_heads.txt` before "de" and a place makes one institution with it (`join_lower_heads`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.gazetteer import default as default_gazetteer
from kg.model import Mention
from kg.recognize.names import org_word_type
from kg.text import fold, lang_lines

STATE_OF = re.compile(r"\s+(?:del|de la|de l[’']|de|du|of the|of)\s+")


def join_state_bodies(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """'la Secretaría de Turismo del Estado de Guerrero': a government body followed by a state
    named as one ("Estado de", "Province of") is that state's body, one name (not the federal
    body the gazetteer knows by the first words); so is an office named as such before a
    state's plain name ("la Secretaría de Salud de Sonora"). A post written like its office
    ("la secretaria de Economía de Jalisco, Ana Paz") stays the title's body and the state,
    which the role rules read as the state's office."""
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
            and (_names_a_state(b.text) or _office(a.text, lang))
        ):
            surface = text[a.begin : b.end]
            out[i : i + 2] = [Mention("org", a.begin, b.end, surface, label=surface, type=a.type)]
        else:
            i += 1
    return out


@cache
def _region_bodies(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lang_lines(lang, "region_bodies"))


@cache
def _branch_words() -> frozenset[str]:
    return frozenset(fold(w) for w in lang_lines("xx", "branch_words"))


def join_branches(text: str, mentions: list[Mention]) -> list[Mention]:
    """'el SENA Regional Caldas': a known organization, then a name that a branch word of
    `xx/branch_words.txt` opens, is that organization's branch there, read as the
    organization (the branch's words stay in its mention)."""
    out = sorted(mentions, key=lambda m: (m.begin, -m.end))
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        first = b.text.split()[0] if b.text.split() else ""
        if (
            a.kind == "org"
            and a.key
            and b.kind in ("name", "org")
            and not b.key
            and " " in b.text
            and fold(first) in _branch_words()
            and text[a.end : b.begin] == " "
        ):
            out[i : i + 2] = [replace(a, end=b.end, text=text[a.begin : b.end])]
        i += 1
    return out


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


def _office(surface: str, lang: str) -> bool:
    """'Secretaría de Salud', 'le ministère de la Santé': an office word heads the name (not
    "secretaria", the post, nor a bare portfolio the gazetteer knows)."""
    return org_word_type(surface.split()[:1], lang) is not None


def _names_a_state(surface: str) -> bool:
    return surface[:1].isupper() and fold(surface).startswith(_state_cues())


LIST_GAP = re.compile(r"(?:,\s*|,?\s+and\s+)\Z")
# "Ciencia, Tecnología e Innovación": Spanish and French close a list with "y", "e", "et"
LAST_ITEM_GAP = re.compile(r"\s+(?:y|e|et)\s+\Z")
E_GAP = re.compile(r"\s+e\s+\Z")
AND_FIELD = re.compile(r"\s+(?:y|e|et|and)\s+([A-ZÀ-Þ][\w-]+)")


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
            listed = (
                LIST_GAP.fullmatch(gap)
                or E_GAP.fullmatch(gap)  # "Comercio e Industria": "y" joins a run, "e" does not
                or (
                    last > i
                    and LAST_ITEM_GAP.fullmatch(gap)
                    and "," in text[a.end : out[last].begin]
                )
                or (  # "Secretaría de Economía y Turismo de Sonora": a state's two portfolios
                    LAST_ITEM_GAP.fullmatch(gap)
                    and last + 2 < len(out)
                    and out[last + 2].kind == "place"
                    and out[last + 2].type == "State"
                    and bool(STATE_OF.fullmatch(text, b.end, out[last + 2].begin))
                )
            )
            if (
                b.kind in ("org", "name")
                and not b.key
                and listed
                and _portfolio_of_state(b.text, portfolio)
            ):
                last += 1  # "... and Energy of Quebec": the last portfolio, and the state's
                break
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
        elif (
            nxt is not None
            and a.type != "GovernmentOrganization"
            and nxt.kind == "place"
            and nxt.type in ("State", "City")
            and STATE_OF.fullmatch(text, out[last].end, nxt.begin)
        ):
            last += 1  # "Cámara de Comercio e Industria de Arequipa": a chamber's own city
        end = out[last].end
        tail = AND_FIELD.match(text, end)
        if tail and fold(tail.group(1)) in portfolio and "," in text[a.end : end]:
            # "de Ciencia, Tecnología y Innovación": the last field, cut from the run at "y"
            end = tail.end()
            while last + 1 < len(out) and out[last + 1].begin < end:
                last += 1
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


STATE_TAIL = re.compile(r"(?P<field>.+?)\s+(?:of the|of|de la|del|de|du)\s+(?P<state>.+)\Z")


def _portfolio_of_state(surface: str, portfolio: frozenset[str]) -> bool:
    """'Energy of Quebec': portfolio words, then a state the gazetteer knows."""
    m = STATE_TAIL.match(surface)
    if m is None or not all(w in portfolio for w in fold(m.group("field")).split()):
        return False
    entry = default_gazetteer().match(m.group("state"))
    return entry is not None and entry.type == "State"


LOWER_HEAD_BEFORE = re.compile(
    r"(?<![\w-])([a-zà-öø-ÿ]+)\s+(?:de la|de las|de los|de l[’']|del|de|des|du|d[’']|of the|of)"
    r"\s*\Z"
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
