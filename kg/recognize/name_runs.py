"""Runs of capitalized words: the names in a sentence that no gazetteer knows.

Order matters and is the design: known names from the gazetteer first (longest match), then
titles and posts from the per-language lexicon (so "President Claudia Sheinbaum" splits into a
title and a name), then runs of capitalized words joined by name connectors ("Secretaría de
Economía", "Ignacio de la Vega") over the tokens those left (`kg.recognize.mentions` runs them
in that order). A run is cut where it holds two names (`kg.recognize.name_splits`), then typed
by its words (`kg.recognize.name_types`): an organization word (University, Secretaría,
Conseil...) makes an organization, a known given name a person; a run with neither stays
untyped ("") and the fact rules decide from its place in the sentence.
"""

from __future__ import annotations

import re
from functools import cache

from kg.gazetteer import default as default_gazetteer
from kg.model import Mention
from kg.recognize.name_splits import (
    _split_at_and,
    _split_before_given_name,
    _split_headline,
    _split_org_chain,
    _split_person_of,
    _split_region_of,
)
from kg.recognize.name_types import _elided, _run_mention
from kg.recognize.names import (
    CONNECTORS,
    FIELD_CONNECTORS,
    HEAD_ARTICLES,
    HEAD_CONNECTORS,
    Token,
    is_given_name,
    is_title_case,
    lexicon,
    no_full_stop,
    org_word_type,
)
from kg.text import fold, lang_table

# "7-Eleven", "1-800-Flowers": digits joined by a hyphen to a capitalized word start a name
# ("5G", "300MW", "3M" do not: units and codes; a known company is the gazetteer's)
DIGIT_NAME = re.compile(r"\d+(?:-\d+)*-[A-Z][a-z]")
# "Commission for Educational and Cultural Exchange": an English capitalized adjective right
# after a head connector wants its noun, so "and" and the words after it stay in the name
ADJECTIVE_ENDINGS = ("al", "ic", "ical", "ive", "ary")
# "Shanghai-based", "New Brunswick-based", "state-owned": a place's words made a modifier
PLACE_MODIFIERS = ("-based", "-owned")


def find_runs(
    text: str,
    tokens: list[Token],
    taken: list[bool],
    lang: str,
    sentence_begin: int,
    capitalized_elsewhere: frozenset[str] = frozenset(),
    titled: frozenset[int] = frozenset(),
    lower_elsewhere: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Runs of capitalized words not already taken by a known name or a title (`titled`:
    where the words that end right before a title end, as in "Acme CEO Jane Doe").

    In a headline written in title case ("Odata Invests $217M In Chile") a capitalized
    function word or fact verb ends a name instead of joining it, and a run is cut at its
    common words (`_split_headline`; `lower_elsewhere`: the folded words the article writes
    in lower case)."""
    lex = lexicon(lang)
    title_case = is_title_case(tokens, text)
    runs: list[list[int]] = []
    current: list[int] = []
    pending: list[int] = []
    for i, token in enumerate(tokens):
        word = token.text.casefold()
        if taken[i]:
            _close(runs, current)
            current, pending = [], []
            continue
        headline_word = title_case and (
            word in lex["stopwords"] or word in lex["subject_verbs"] or word in lex["verbs"]
        )
        if (
            (token.capitalized or DIGIT_NAME.match(token.text))
            and (
                fold(token.text) not in lex["not_names"]
                or _name_before_name(tokens, i)
                or _given_name_month(tokens, i, lang)
            )
            and not word.endswith(PLACE_MODIFIERS)  # "Shanghai-based Daimay": no name
            and not _honorific_dot(text, tokens, i, lex)
            and not (_elided(token) and not _joined_to_name(tokens, i))
            and not headline_word
        ):
            if current and pending:
                current.extend(pending)
            elif current and text[tokens[current[-1]].end : token.begin].strip() not in (
                "",
                "&",  # "Quilmard & Sons": an ampersand joins the words of one name
            ):
                _close(runs, current)  # punctuation between two capitalized words
                current = []
            current.append(i)
            pending = []
        elif current and not pending and _code_in_name(text, tokens, current[-1], i, lang):
            current.append(i)  # "Grupo 4S", "Route 66 Partners": a code inside a name
        elif current and (
            (word in CONNECTORS and len(pending) < 2)
            or (
                word in HEAD_CONNECTORS
                and not pending
                and any(_institution(tokens[k], lang) for k in current)
            )
            or (
                word == "and"
                and not pending
                and current[-1] > 0
                and tokens[current[-1]].text.endswith(ADJECTIVE_ENDINGS)
                and tokens[current[-1] - 1].text.casefold() in HEAD_CONNECTORS
            )
            or (
                word in FIELD_CONNECTORS
                and not pending
                and any(_institution(tokens[k], lang) for k in current)
                and not _place_after(tokens, i)
            )
            or (
                word in HEAD_ARTICLES
                and len(pending) == 1
                and tokens[pending[0]].text.casefold() in HEAD_CONNECTORS
            )
        ):
            if text[tokens[(pending or current)[-1]].end : token.begin].strip():
                _close(runs, current)
                current, pending = [], []
            else:
                pending.append(i)
        else:
            if (
                current
                and not pending
                and word.endswith(PLACE_MODIFIERS)
                and token.capitalized
                and text[tokens[current[-1]].end : token.begin] == " "
            ):
                current = []  # "a New Brunswick-based firm": the words of a place, no name
            _close(runs, current)
            current, pending = [], []
    _close(runs, current)
    # a headline in title case: English writes them so, Spanish and French now and then
    # (those with no full stop only: "Firmaron Banco Azteca, Grupo Salinas y Veltrano." lists)
    headline = is_headline(tokens, lex) and (lang == "en" or no_full_stop(text, tokens))
    if title_case and (headline or _all_caps(tokens)):
        runs = [p for run in runs for p in _split_headline(text, tokens, run, lex, lower_elsewhere)]

    runs = [_without_opening_verb(tokens, run, lex, lang) for run in runs]
    mentions = []
    parts = (
        piece
        for run in runs
        for part in _split_before_given_name(tokens, run)
        for region in _split_region_of(tokens, part)
        for person in _split_person_of(tokens, region, lang)
        for chain in _split_org_chain(tokens, person, lang)
        for piece in _split_at_and(text, tokens, chain, lang)
    )
    for run in parts:
        mention = _run_mention(
            text, [tokens[i] for i in run], lang, sentence_begin, capitalized_elsewhere, titled
        )
        if mention:
            mentions.append(mention)
    return mentions


def _without_opening_verb(tokens: list[Token], run: list[int], lex: dict, lang: str) -> list[int]:
    """'Anuncia Tlajomulco parque logístico', 'Firman Gobierno de Yucatán y Acme': Spanish
    headlines and bulletins open on the verb, before its capitalized subject; a verb of
    `subject_verbs.txt` that opens the sentence is not the name's first word."""
    if (
        lang == "es"
        and len(run) > 1
        and run[0] == 0
        and tokens[0].text.casefold() in lex["subject_verbs"]
        and tokens[1].capitalized
    ):
        return run[1:]
    return run


CODE = re.compile(r"(?=[A-Z]*\d)[\dA-Z]{1,4}(?:\.\d{1,2})?\Z")


def _code_in_name(text: str, tokens: list[Token], last: int, i: int, lang: str) -> bool:
    """'Grupo 4S', 'Route 66 Partners': a short code of digits (and capitals) right after a
    capitalized word continues its name when an organization word comes before it or a
    capitalized word after it ("Telcel 5G network", "Mayo 2024": no name goes on)."""
    token = tokens[i]
    if not CODE.match(token.text) or text[tokens[last].end : token.begin] != " ":
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    followed = (
        nxt is not None
        and text[token.end : nxt.begin] == " "
        and nxt.capitalized
        and nxt.text.casefold() not in CONNECTORS
    )
    verb = (  # "Norvald 360 will invest": a subject's code before its verb (no year)
        nxt is not None
        and text[token.end : nxt.begin] == " "
        and nxt.text.casefold() in lexicon(lang)["subject_verbs"]
        and not re.fullmatch(r"(?:19|20)\d\d", token.text)
        and fold(tokens[last].text) not in _month_names()
    )
    return followed or verb or org_word_type([tokens[last].text], lang) is not None


@cache
def _month_names() -> frozenset[str]:
    """Folded month names and abbreviations of the three languages ("Mayo 15 firmaron")."""
    return frozenset(
        fold(cell)
        for code in ("en", "es", "fr")
        for row in lang_table(code, "months")
        for cell in row[1:]
    )


def _institution(token: Token, lang: str) -> bool:
    """'Centre', 'Agencia', 'Fonds': a capitalized head word of a public or civic body (not
    a company's trade word, whose "for" is the sentence's: "Acme Energy for Chile"); a run
    with one goes on over "for", "para", "pour" and a capitalized complement."""
    kind = org_word_type([token.text], lang)
    return token.capitalized and kind is not None and kind != "Corporation"


def _place_after(tokens: list[Token], i: int) -> bool:
    """'Embajada de México en Chile', 'Oficina en Nuevo León': a place the gazetteer knows
    in the one to three words after token `i` (the run's "en" is then the sentence's)."""
    gazetteer = default_gazetteer()
    words = [t.text for t in tokens[i + 1 : i + 4]]
    return any(gazetteer.match(" ".join(words[:k])) is not None for k in range(1, len(words) + 1))


def _name_before_name(tokens: list[Token], i: int) -> bool:
    """'Julio José Prado', 'Abril María Ruiz': a given name that is also a month or a
    not-name starts a person's name when a sure given name follows it."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        after is not None
        and after.begin == tokens[i].end + 1
        and after.capitalized
        and is_given_name(tokens[i].text, strict=False)
        and is_given_name(after.text)
        and not _capitalized_month(tokens[i].text)
    )


def _given_name_month(tokens: list[Token], i: int, lang: str) -> bool:
    """'el ministro Julio Prado': Spanish and French write months in lower case, so a month
    that is also a given name, capitalized inside a sentence and before a capitalized word,
    starts a person's name; so it does at the sentence's start ("Julio Paz dijo")."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        lang in ("es", "fr")
        and after is not None
        and after.begin == tokens[i].end + 1
        and after.capitalized
        and tokens[i].text[:1].isupper()
        and is_given_name(tokens[i].text, strict=False)
    )


@cache
def _capitalized_month(word: str) -> bool:
    """English writes its months capitalized: "In June Maria Lopez said" starts with the month."""
    return fold(word) in {fold(cell) for row in lang_table("en", "months") for cell in row[1:]}


def is_headline(tokens: list[Token], lex: dict) -> bool:
    """A title-case sentence whose only lower-case words are function words ("Acme Opens
    Plant in Lima"), as a headline is, not a sentence that lists many names. (A possessive's
    "s" is no word, nor is the scale a number carries: "US$1.2bn".)"""
    return all(
        t.text.casefold() in lex["stopwords"] or t.text.casefold() in CONNECTORS
        for n, t in enumerate(tokens)
        if t.text[:1].islower()
        and len(t.text) > 1
        and not (n and tokens[n - 1].end == t.begin and tokens[n - 1].text[-1:].isdigit())
    )


def _all_caps(tokens: list[Token]) -> bool:
    """'INVERTIRÁ OTROS 2.715 MILLONES EN EL PAÍS': a line in capitals, in any language."""
    words = [t for t in tokens if t.text[:1].isalpha() and len(t.text) > 1]
    return len(words) >= 3 and sum(t.text.isupper() for t in words) >= 0.8 * len(words)


def _joined_to_name(tokens: list[Token], i: int) -> bool:
    """L'Oréal: an elided article is part of a name only when a capital follows it."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is None or after.begin != tokens[i].end or not after.capitalized:
        return False
    if len(after.text) > 1 and after.text.isupper():
        return False  # "L'AFD", "L'OMVS": an acronym never takes the article in
    # "L'Université de Lyon", "L'Agence": an article before an organization word stays out
    return not any(org_word_type([after.text], code) for code in ("en", "es", "fr"))


def _honorific_dot(text: str, tokens: list, i: int, lex: dict) -> bool:
    """'Ing. Luis Paz', 'Mtra. Ana Ruiz': an honorific with its full stop, before a
    capitalized word, is not a name's first word (the name after it is a person's)."""
    return (
        fold(tokens[i].text) in lex["honorifics"]
        and text.startswith(".", tokens[i].end)
        and i + 1 < len(tokens)
        and tokens[i + 1].capitalized
    )


def _close(runs: list[list[int]], current: list[int]) -> None:
    if current:
        runs.append(list(current))
