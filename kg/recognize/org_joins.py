"""Organization names the recognizer read as two mentions side by side: "Aguas de Manizales",
"Siemens Energy", "Antofagasta plc".

A trade word alone, then "de" and a place, is one company ("Cementos de Honduras",
`join_trade_of_place`). A known name opens an unknown organization's name: a place before an
English organization name ("Caribbean Development Bank"), a known company before the trade
words of a business of its own ("Enel Green Power"), an organization's head word beside a known
company ("la Fundación Telefónica") or a national body before a state of its country ("Conalep
Querétaro", `join_prefixed`). A legal form after a place or a name makes a company's name
("Monterrey SA", `join_legal_forms`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.gazetteer import default as default_gazetteer
from kg.model import Mention
from kg.recognize.names import company_words, is_legal_form, legal_after_comma, org_word_type
from kg.recognize.org_bodies import portfolio_words
from kg.text import fold

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
        if (
            text[a.end : b.begin] in (" ", ", ")
            and a.kind == "org"
            and a.key
            and is_legal_form(b.text)
        ):
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
            if all(o.kind in ("org", "name") and is_legal_form(o.text) for o in inside):
                surface = text[m.begin : end]
                if m.kind == "org" and m.key:
                    m = replace(m, end=end, text=surface)
                elif m.kind == "org":
                    m = replace(m, end=end, text=surface, label=surface, type="Corporation")
                else:
                    m = Mention("org", m.begin, end, surface, label=surface, type="Corporation")
                skip_until = end
        comma = legal_after_comma(text, m.end)
        if m.kind in ("name", "org") and comma and skip_until < m.end:
            # "Quilmard Solar 2, S.R.L.": the legal form after a comma is the company's; the
            # name keeps its words without it (as the text names it elsewhere)
            inside = [o for o in out if o is not m and m.end <= o.begin < comma.end("form")]
            if all(o.kind in ("org", "name") and is_legal_form(o.text) for o in inside):
                end = comma.end("number")  # "Montecristi 2, S.R.L.": the number is the name's
                if m.kind == "name" or not m.key:
                    surface = text[m.begin : end]
                    m = Mention("org", m.begin, end, surface, label=surface, type="Corporation")
                skip_until = comma.end("form")
        if m.kind in ("name", "org") and not m.key and "." in m.text and is_legal_form(m.text):
            continue  # "S.A. de C.V." left alone: the form of a name not found, no name itself
        result.append(m)
    return result


def _legal_word(surface: str) -> bool:
    """A legal form written in capitals, or one of the forms written in lower case too; not a
    two-letter one in title case ("Se", "Sa": the pronoun and article of a title-case headline,
    where the forms are written "SE", "SA")."""
    if not is_legal_form(surface):
        return False
    if len(surface) == 2 and surface[0].isupper() and surface[1].islower():
        return False
    return surface[:1].isupper() or fold(surface) in LOWER_LEGAL
