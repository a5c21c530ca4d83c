"""Where a run of capitalized words holds two names or more: "Industria Elisa Fazio", "Ana Ruiz
of Brightwave", "Ricardo Pérez y Antonio López".

Read by `kg.recognize.name_runs`, before each part is typed. A given name after a word that is
not one starts a new name; a world region and "of" are a unit's area and its organization; after
a person's name English "of" starts the person's organization; a second organization word after
a connector starts a second organization; "y", "and", "et" join two names when a person's name, a
second body, two companies, or a body ending in a place and a single name stand on either side
of it, and stay inside one name otherwise ("Ciencia y Tecnología", "Fundación Juan y María").
In a headline written in title case a run is also cut at its common words (`_split_headline`).
"""

from __future__ import annotations

import re
from functools import cache

from kg.gazetteer import default as default_gazetteer
from kg.model import PLACE_TYPES
from kg.recognize.name_types import (
    COMMON_NOUN_ENDINGS,
    _company_word_type,
    _person_name,
    government_head,
)
from kg.recognize.names import (
    CONNECTORS,
    HEAD_ARTICLES,
    ORG_ONLY_CONNECTORS,
    Token,
    _legal_forms,
    company_words,
    is_eponym_head,
    is_given_name,
    is_legal_form,
    org_word_type,
    region_words,
)
from kg.text import fold


def _split_headline(
    text: str, tokens: list[Token], run: list[int], lex: dict, lower_elsewhere: frozenset[str]
) -> list[list[int]]:
    """'Brazilian Miner Vale Signs Green Steel Deal': a headline capitalizes every word, so a
    run there is cut at its common words (a demonym, a company noun before a name, a word the
    article writes in lower case elsewhere), unless the article writes the whole run so elsewhere
    ("Nexo Energy" in the body too). From the word before a connector on, the run is a head
    and its complement and stays whole ("Bank of America", "Ministry of Mines and Energy")."""
    if _written_elsewhere(text, tokens, run):
        return [run]
    # "Norvald Capital Names New CEO": the longest first words the article writes as a name
    # elsewhere are that name, and the rest is read on its own
    for cut in range(len(run) - 1, 0, -1):
        if tokens[run[cut]].text.casefold() in CONNECTORS:
            continue
        if _written_elsewhere(text, tokens, run[:cut]):
            rest = run[cut:]
            # the words right after it that the article never writes as a name nor knows
            # are the headline's verb and its object ("Names New", "Opens Snack Plant")
            while rest and not _name_like(text, tokens, rest[0]):
                rest = rest[1:]
            rest_parts = _split_headline(text, tokens, rest, lex, lower_elsewhere) if rest else []
            return [run[:cut], *rest_parts]
    gazetteer = default_gazetteer()
    linked = next(
        (n - 1 for n, i in enumerate(run) if tokens[i].text.casefold() in CONNECTORS), len(run)
    )
    parts: list[list[int]] = [[]]
    for n, i in enumerate(run):
        word = tokens[i].text
        describes = n + 1 < linked and (  # "Miner Vale", not "Acme Bank"
            word.casefold() in lex["descriptors"] or word.casefold() in lex["title_modifiers"]
        )
        common = n < linked and (
            describes or gazetteer.demonym(word) is not None or fold(word) in lower_elsewhere
        )
        if common:
            parts.append([])
        else:
            parts[-1].append(i)
    return [part for part in parts if part]


def _name_like(text: str, tokens: list[Token], i: int) -> bool:
    """A headline's word that may be a name: written so elsewhere in the article, known to the
    gazetteer, or an acronym."""
    word = tokens[i].text
    return (
        word.isupper()
        or default_gazetteer().match(word) is not None
        or _written_elsewhere(text, tokens, [i])
    )


def _written_elsewhere(text: str, tokens: list[Token], run: list[int]) -> bool:
    """The run's words, capitalized (connectors in any case; "NEXO ENERGY" as "Nexo Energy"),
    outside its sentence."""
    words = [tokens[i].text for i in run]
    body = r"\s+".join(
        f"(?i:{re.escape(w)})"
        if w.casefold() in CONNECTORS
        else f"{re.escape(w[0])}(?i:{re.escape(w[1:])})"
        for w in words
    )
    pattern = re.compile(rf"(?<![\w-]){body}(?![\w-])")
    begin, end = tokens[0].begin, tokens[-1].end
    return bool(pattern.search(text, 0, begin) or pattern.search(text, end))


def _split_before_given_name(tokens: list[Token], run: list[int]) -> list[list[int]]:
    """'Industria Elisa Fazio', 'Tec de Monterrey Beatriz Palacios': a given name after a word
    that is not one starts a new name."""
    parts = [[run[0]]]
    for prev, i in zip(run, run[1:], strict=False):
        word, before = tokens[i].text, tokens[prev].text
        if (
            is_given_name(word)
            and i != run[-1]  # "Cao Jibin": a family name first, not two names
            and tokens[i].capitalized
            and not is_given_name(before, strict=False)  # "Luz Elena", "Norma Rocío"
            and before.casefold() not in CONNECTORS
            and not is_eponym_head(before)  # "Fundación Carlos Slim"
            and fold(before) not in _saint_words()  # "Grupo San Francisco de Asís"
        ):
            parts.append([i])
        else:
            parts[-1].append(i)
    return parts


def _split_at_and(text: str, tokens: list[Token], run: list[int], lang: str) -> list[list[int]]:
    """'Ricardo Pérez y Antonio López': a person's name after "y" or "the" starts a second
    name, unless an organization's words make the run one name ("Fundación Juan y María")."""
    words = [tokens[i].text for i in run]
    cuts = [n for n, w in enumerate(words) if w.casefold() in ORG_ONLY_CONNECTORS]
    for cut in cuts:
        if _second_body(words, cut, lang) or _two_companies(words, cut, lang):
            left, right = run[:cut], run[cut + 1 :]
            while right and tokens[right[0]].text.casefold() in CONNECTORS | HEAD_ARTICLES:
                right = right[1:]
            return [p for p in (left, *_split_at_and(text, tokens, right, lang)) if p]
    for cut in cuts:
        if _place_and_name(text, tokens, run, cut, lang):
            return [run[:cut], run[cut + 1 :]]
    if (
        cuts
        and len(run) - cuts[0] == 2
        and cuts[0] >= 2
        and org_word_type(words[: cuts[0]], lang) in PUBLIC_BODIES  # "Grupo X y Asociados": one
        and not is_given_name(words[-1], strict=False)
        and fold(words[-1]) not in company_words(lang) | company_words("en")  # "y Asociados"
        and default_gazetteer().match(words[-1]) is None  # "de Bogotá y Cundinamarca"
        and _single_name_after_and(text, tokens, run[: cuts[0]], run[-1])
    ):  # "Universidad Norvald y Vextra": a school's name, then a second name of one word
        return [run[: cuts[0]], run[-1:]]
    if not cuts or org_word_type(words, lang) or _company_word_type(words, lang):
        return [run]
    if government_head(text, tokens[run[0]].begin, lang) is not None:
        return [run]
    cut = cuts[0]
    left, right = run[:cut], run[cut + 1 :]
    if len(right) == 1 and len(left) >= 1 and _single_name_after_and(text, tokens, left, right[0]):
        return [left, right]  # "La Mesa y Victoria", "Zorbel y Nexta": two names
    if len(right) < 2 or not _person_name([tokens[i].text for i in right]):
        return [run]  # "Minas y Energía": the run's rules cut it at the connector
    while left and tokens[left[-1]].text.casefold() in CONNECTORS:
        left = left[:-1]
    return [p for p in (left, *_split_at_and(text, tokens, right, lang)) if p]


PUBLIC_BODIES = frozenset({"EducationalOrganization", "GovernmentOrganization"})


def _two_companies(words: list[str], cut: int, lang: str) -> bool:
    """'Zorbel Corp y Nexta SA', 'Zorbel Energía y Nexta Solar': "y" after a legal form (or
    between a public body and a name closed by one or by a trade word), or between two names
    that each end in a company's trade word, joins two organizations ("Grupo Zorbel y
    Asociados", "Ciencia y Tecnología" stay one name)."""
    left, right = words[:cut], words[cut + 1 :]
    if not left or not right or not right[0][:1].isupper() or right[0].casefold() in CONNECTORS:
        return False
    if len(left) >= 2 and fold(left[-1]) in _legal_forms():
        return True
    if len(left) >= 4 and is_legal_form(" ".join(left[-3:])):
        return True  # "Zorbel S.A. de C.V. y Nexta S.A. de C.V.": a legal form closes the first
    if (  # "Universidad de Lima y Zorbel Corp": a public body, then a company by its legal form
        len(right) >= 2
        and fold(right[-1]) in _legal_forms()
        and org_word_type(left, lang) in PUBLIC_BODIES
    ):
        return True
    trades = company_words(lang) | company_words("en")
    if (  # "Universidad de Tarvelia y Ormeda Logística": a public body, then a trade's company
        2 <= len(right) <= 3
        and fold(right[-1]) in trades
        and org_word_type(left, lang) in PUBLIC_BODIES
        and not org_word_type(right, lang)
    ):
        return True
    return (
        len(left) == 2
        and len(right) == 2
        and fold(left[1]) in trades
        and fold(right[1]) in trades
        and not org_word_type(left + right, lang)
    )


def _second_body(words: list[str], cut: int, lang: str) -> bool:
    """'Vextra y la Cámara de Comercio', 'la Universidad de Lima y la Fundación Ulmar': an
    organization's head word after "y" (and an article) opens a second organization, when an
    article comes first or no head word comes before ("Ciencia y Tecnología" stays one)."""
    k = cut + 1
    article = k < len(words) and words[k].casefold() in HEAD_ARTICLES
    k += article
    if k >= len(words) or words[cut].casefold() == "the" or not words[k][:1].isupper():
        return False
    if not org_word_type([words[k]], lang):
        return False
    return article or not org_word_type(words[:cut], lang)


def _common_noun(text: str, word: str) -> bool:
    """'Tecnología', 'Transportes': a word with a common noun's ending, or one the article also
    writes in lower case, is a portfolio's word rather than a name of its own."""
    if word.isupper():
        return False
    if word.casefold().endswith(COMMON_NOUN_ENDINGS):
        return True
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


def _place_and_name(
    text: str, tokens: list[Token], run: list[int], cut: int, lang: str
) -> bool:
    """'Gobierno de Jalisco y Vextra', 'Gobierno de Jalisco y Vextra Renovables': a body's
    name that ends in a known place, then "y" and one capitalized word that is no place nor
    common noun (or a company's name ending in its trade word), names two bodies ("Cámara de
    Comercio de Bogotá y Cundinamarca", "Secretaría de Ciencia y Tecnología" stay one)."""
    if cut > len(run) - 2 or cut < 2 or tokens[run[cut]].text.casefold() == "the":
        return False
    right = [tokens[i].text for i in run[cut + 1 :]]
    trades = company_words(lang) | company_words("en")
    if len(right) > 3 or len(right) > 1 and fold(right[-1]) not in trades:
        return False  # after "y", one word, or a company's name ending in its trade word
    gazetteer = default_gazetteer()
    last = tokens[run[-1]].text
    entry = gazetteer.match(last)
    if entry is not None and entry.type in PLACE_TYPES:
        return False
    words = [tokens[i].text for i in run[:cut]]
    place = any(
        words[k - 1].casefold() in CONNECTORS
        and (e := gazetteer.match(" ".join(words[k:]))) is not None
        and e.type in PLACE_TYPES
        for k in range(1, len(words))
    )
    return place and _single_name_after_and(text, tokens, run[:cut], run[cut + 1])


def _single_name_after_and(text: str, tokens: list[Token], left: list[int], right: int) -> bool:
    """'Iusacell y Nextel', 'La Mesa y Victoria': one capitalized word after "y" or "&" is a
    second name of its own, unless it or the word before "y" is a common noun ("Ciencia y
    Tecnología"), or the left part ends in a connector."""
    word, before = tokens[right].text, tokens[left[-1]].text
    if before.casefold() in CONNECTORS or word.casefold() in CONNECTORS:
        return False
    if len(word) < 2 or word.isdigit() or not word[:1].isupper():
        return False
    return not _common_noun(text, word) and not _common_noun(text, before)


@cache
def _saint_words() -> frozenset[str]:
    """'San', 'Santa', 'São', 'Saint': folded words that open place names before a given
    name (San Francisco, Santa Rosa, São Paulo) and are no given names themselves."""
    words = set()
    for form, entry in default_gazetteer().names():
        parts = fold(form).split()
        if len(parts) > 1 and entry.type in PLACE_TYPES and is_given_name(parts[1], strict=False):
            words.add(parts[0])
    return frozenset(w for w in words if not is_given_name(w, strict=False))


def _split_region_of(tokens: list[Token], run: list[int]) -> list[list[int]]:
    """'la zone Amériques d'Aqualis': a world region (`lang/*/regions`), then "of" and a name,
    is a unit's area and its organization, two names."""
    words = [fold(tokens[i].text) for i in run]
    for cut in range(len(words)):
        connector = tokens[run[cut]].text.casefold() in CONNECTORS
        if cut and connector and " ".join(words[:cut]) in region_words():
            right = run[cut + 1 :]
            while right and tokens[right[0]].text.casefold() in CONNECTORS:
                right = right[1:]
            return [p for p in (run[:cut], right) if p]
    return [run]


def _split_person_of(tokens: list[Token], run: list[int], lang: str) -> list[list[int]]:
    """'Ana Ruiz of Brightwave': English writes no "of" inside a person's name, so after a
    given name and a family name (no organization word) "of" starts the person's
    organization ("University of Lima", "Bank of America" keep theirs); nor inside a
    company's after its legal form ("Acme S.A. of Pelotas": the place it is from)."""
    words = [tokens[i].text for i in run]
    cuts = [n for n, w in enumerate(words) if w.casefold() == "of"]
    if cuts and cuts[0] >= 2 and fold(words[cuts[0] - 1]) in _legal_forms():
        # "Cerealista Pampa Sul S.A. of Pelotas": a legal form closes the company's name
        return [p for p in (run[: cuts[0]], run[cuts[0] + 1 :]) if p]
    if not cuts or cuts[0] < 2 or not is_given_name(words[0]):
        return [run]
    cut = cuts[0]
    if org_word_type(words[:cut], lang) or len(run) == cut + 1:
        return [run]
    right = run[cut + 1 :]
    while right and tokens[right[0]].text.casefold() in CONNECTORS:
        right = right[1:]
    return [p for p in (run[:cut], right) if p]


def _split_org_chain(tokens: list[Token], run: list[int], lang: str) -> list[list[int]]:
    """'Unidad de Desarrollo Productivo de la Secretaría de Economía', 'Division of the School
    of Engineering': a second organization word after a connector starts a second name."""
    heads = [
        n
        for n, i in enumerate(run)
        if org_word_type([tokens[i].text], lang) and tokens[i].capitalized
    ]
    for n in heads[1:]:
        k = n
        while k > 0 and tokens[run[k - 1]].text.casefold() in CONNECTORS:
            k -= 1
        if k < n and k > 0:
            return [run[:k], *_split_org_chain(tokens, run[n:], lang)]
    return [run]
