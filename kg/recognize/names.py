"""Find names in a sentence: gazetteer names, titles, demonyms, and runs of capitalized words.

Order matters and is the design: known names from the gazetteer first (longest match), then
titles and posts from the per-language lexicon (so "President Claudia Sheinbaum" splits into a
title and a name), then runs of capitalized words joined by name connectors ("Secretaría de
Economía", "Ignacio de la Vega"). A run is typed by its words: an organization word
(University, Secretaría, Conseil...) makes an organization, a known given name a person; a run
with neither stays untyped ("") and the fact rules decide from its place in the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.gazetteer import default as default_gazetteer
from kg.model import Mention
from kg.text import fold, lang_lines, lang_table, strip_accents

TOKEN = re.compile(
    r"(?:[dlnsjmtcDLNSJMTC]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)[’'](?=\w)"
    r"|(?:[^\W\d_]{1,3}\.){2,}"  # U.S., S.A., p.m.
    r"|\w+(?:[-&]\w+|[’'](?!s\b)\w+|[.,]\d+)*"
)
CONNECTORS = frozenset(
    [
        "de",
        "del",
        "la",
        "las",
        "los",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "van",
        "von",
        "der",
        "den",
        "du",
        "des",
        "of",
        "the",
        "d’",
        "d'",
        "l’",
        "l'",
        "&",
        "y",
    ]
)
# Connectors that may only join words when an organization word is in the run.
ORG_ONLY_CONNECTORS = frozenset({"y", "&", "the"})


@dataclass(frozen=True)
class Token:
    begin: int
    end: int
    text: str

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, begin: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, begin, end)]


@cache
def _given_names() -> tuple[frozenset[str], frozenset[str]]:
    sure = frozenset(fold(n) for n in lang_lines("xx", "given_names"))
    ambiguous = frozenset(fold(n) for n in lang_lines("xx", "given_names_ambiguous"))
    return sure - ambiguous, ambiguous


def _fact_verbs(lang: str) -> frozenset[str]:
    """Every word of the verbs the fact rules look for (invests, signs, trains...)."""
    words = set()
    for name in ("investment_words", "partnership_words", "speech_words", "claim_words"):
        for row in lang_table(lang, name):
            if len(row) > 1 and row[1] in ("verb", "joint", "train", "hire", "reach", "build"):
                words.update(w.casefold() for w in row[0].split())
    return frozenset(words)


def _subject_verbs(lang: str) -> frozenset[str]:
    """Words that, right after a sentence's first word, show that word is the subject: the
    auxiliaries of `subject_verbs.txt` and the first words of every fact verb."""
    words = {w.casefold() for w in lang_lines(lang, "subject_verbs")}
    for name in ("investment_words", "partnership_words", "speech_words", "claim_words"):
        for row in lang_table(lang, name):
            if len(row) > 1 and row[1] in ("verb", "trigger", "joint", "train", "hire", "reach"):
                words.add(row[0].split()[0].casefold())
    return frozenset(words)


@cache
def lexicon(lang: str) -> dict[str, dict]:
    titles = {row[0].casefold(): row[1] for row in lang_table(lang, "titles")}
    title_keys = {row[0].casefold(): row[-1] for row in lang_table(lang, "titles")}
    quals = {row[0].casefold(): row[1] for row in lang_table(lang, "role_qualifiers")}
    org_words = {strip_accents(row[0]).casefold(): row[1] for row in lang_table(lang, "org_words")}
    not_names = frozenset(fold(w) for w in lang_lines(lang, "not_names"))
    stopwords = frozenset(fold(w) for w in lang_lines(lang, "stopwords"))
    return {
        "titles": titles,
        "title_keys": title_keys,
        "title_len": max((len(tokenize(t)) for t in titles), default=1),
        "qualifiers": quals,
        "org_words": org_words,
        "company_words": frozenset(fold(w) for w in lang_lines(lang, "company_words")),
        "not_names": not_names,
        "stopwords": stopwords,
        "subject_verbs": _subject_verbs(lang),
        "verbs": _fact_verbs(lang),
        "descriptors": frozenset(w.casefold() for w in lang_lines(lang, "org_descriptors")),
        "title_modifiers": frozenset(w.casefold() for w in lang_lines(lang, "title_modifiers")),
        "title_modifiers_after": frozenset(
            w.casefold() for w in lang_lines(lang, "title_modifiers_after")
        ),
    }


def is_given_name(word: str, *, strict: bool = True) -> bool:
    sure, ambiguous = _given_names()
    folded = fold(word)
    return folded in sure or (not strict and folded in ambiguous)


def org_word_type(words: list[str], lang: str) -> str | None:
    """The organization type named by a word of the run, in any of the three languages."""
    for code in (lang, *(c for c in ("en", "es", "fr") if c != lang)):
        table = lexicon(code)["org_words"]
        for word in words:
            key = strip_accents(word).casefold().rstrip(".")
            if key in table and not (code != lang and len(key) <= 3):
                # accents matter for one pair: secretaría (office) vs secretaria (post)
                if key == "secretaria" and "í" not in word.casefold():
                    continue
                return table[key]
    return None


def find_runs(
    text: str,
    tokens: list[Token],
    taken: list[bool],
    lang: str,
    sentence_begin: int,
    capitalized_elsewhere: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Runs of capitalized words not already taken by a known name or a title.

    In a headline written in title case ("Odata Invests $217M In Chile") a capitalized
    function word or fact verb ends a name instead of joining it."""
    lex = lexicon(lang)
    title_case = _title_case(tokens)
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
            token.capitalized
            and fold(token.text) not in lex["not_names"]
            and not word.endswith(("-based", "-owned"))  # "Shanghai-based Daimay": no name
            and not (_elided(token) and not _joined_to_name(tokens, i))
            and not headline_word
        ):
            if current and pending:
                current.extend(pending)
            elif current and text[tokens[current[-1]].end : token.begin].strip():
                _close(runs, current)  # punctuation between two capitalized words
                current = []
            current.append(i)
            pending = []
        elif current and word in CONNECTORS and len(pending) < 2:
            if text[tokens[(pending or current)[-1]].end : token.begin].strip():
                _close(runs, current)
                current, pending = [], []
            else:
                pending.append(i)
        else:
            _close(runs, current)
            current, pending = [], []
    _close(runs, current)

    mentions = []
    parts = (
        piece
        for run in runs
        for part in _split_before_given_name(tokens, run)
        for piece in _split_org_chain(tokens, part, lang)
    )
    for run in parts:
        mention = _run_mention(
            text, [tokens[i] for i in run], lang, sentence_begin, capitalized_elsewhere
        )
        if mention:
            mentions.append(mention)
    return mentions


def _title_case(tokens: list[Token]) -> bool:
    """Most words capitalized, as English headlines often are."""
    words = [t for t in tokens if t.text[:1].isalpha()]
    return len(words) >= 5 and sum(t.capitalized for t in words) >= 0.7 * len(words)


def _described(text: str, first: Token, lex: dict) -> bool:
    """'le groupe Carrefour', 'telecoms firm Viasat', 'la empresa Huawei': a company noun
    right before the name."""
    before = re.search(r"([\w-]+)\s+$", text[max(0, first.begin - 30) : first.begin])
    return bool(before) and before.group(1).casefold() in lex["descriptors"]


def _described_after(text: str, last: Token, lex: dict) -> bool:
    """'Agroamerica, a major food corporation, ...': an apposition with a company noun."""
    after = re.match(
        r",\s+(?:a|an|the|un|una|une|el|la|le)\s+((?:[\w-]+\s+){0,3}?)([\w-]+)\s*,",
        text[last.end : last.end + 80],
    )
    if not after or not (after.group(1) + after.group(2)).islower():
        return False  # "Additionally, the company Yura Corporation,": a name, no apposition
    return after.group(2) in lex["descriptors"]


def _joined_to_name(tokens: list[Token], i: int) -> bool:
    """L'Oréal: an elided article is part of a name only when a capital follows it."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is None or after.begin != tokens[i].end or not after.capitalized:
        return False
    # "L'Université de Lyon", "L'Agence": an article before an organization word stays out
    return not any(org_word_type([after.text], code) for code in ("en", "es", "fr"))


def _elided(token: Token) -> bool:
    """L’, D’, Qu’: an elided article or preposition, capitalized at a sentence's start."""
    return token.text.endswith(("’", "'"))


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
        ):
            parts.append([i])
        else:
            parts[-1].append(i)
    return parts


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


def company_words(lang: str) -> frozenset[str]:
    """Folded trade words of company names (`lang/<lang>/company_words.txt`)."""
    return lexicon(lang)["company_words"]


def _company_word_type(words: list[str], lang: str) -> str | None:
    """'Nubia Energía', 'Brightline Robotics': a trade word after a name's first word makes
    it a company (the text's language, or English, which company names borrow)."""
    if any(w.casefold() in CONNECTORS for w in words):
        return None  # "Minas y Energía", "Ciencia y Tecnología": a ministry's portfolio
    trades = company_words(lang) | company_words("en")
    return "Corporation" if any(fold(w) in trades for w in words[1:]) else None


def _close(runs: list[list[int]], current: list[int]) -> None:
    if current:
        runs.append(list(current))


def _run_mention(
    text: str,
    run: list[Token],
    lang: str,
    sentence_begin: int,
    capitalized_elsewhere: frozenset[str],
) -> Mention | None:
    lex = lexicon(lang)
    words = [t.text for t in run]
    # A sentence's first word is capitalized anyway: keep it only when it is a name.
    first = run[0]
    at_start = not text[sentence_begin : first.begin].strip(" “\"«‘'(¿¡•-–—*")
    if at_start and len(run) == 1 or at_start and fold(words[0]) in lex["stopwords"]:
        head = fold(words[0])
        after = re.match(r"\s+([\w’'-]+)", text[run[-1].end : run[-1].end + 40])
        followed_by_verb = bool(after) and after.group(1).casefold() in lex["subject_verbs"]
        coordinated = re.match(
            r"\s+(?:and|y|e|et|&)\s+(?:(?:the|el|la|le|l[’'])\s*)?[A-ZÀ-Þ]",
            text[run[-1].end : run[-1].end + 30],
        )  # "Orange et Ericsson ont signé"
        known = (
            is_given_name(words[0])
            or head in capitalized_elsewhere
            or words[0].isupper()
            or (len(run) == 1 and (followed_by_verb or bool(coordinated)))
            or _described(text, first, lex)
            or _described_after(text, run[-1], lex)
        )
        if head in lex["stopwords"] or not known:
            run, words = run[1:], words[1:]
            while run and run[0].text.casefold() in CONNECTORS:
                run, words = run[1:], words[1:]
    if not run:
        return None
    org_type = org_word_type(words, lang) or _company_word_type(words, lang)
    # a connector like "y" or "the" joins words only inside an organization's name
    if not org_type and any(w.casefold() in ORG_ONLY_CONNECTORS for w in words):
        cut = next(i for i, w in enumerate(words) if w.casefold() in ORG_ONLY_CONNECTORS)
        run, words = run[:cut], words[:cut]
        while run and run[-1].text.casefold() in CONNECTORS:
            run, words = run[:-1], words[:-1]
        if not run:
            return None
    if len(run) == 1 and (len(words[0]) < 2 or words[0].isdigit()):
        return None
    if len(run) == 1 and default_gazetteer().demonym(words[0]):
        return None  # "Mexican corporations": an adjective, not a name
    begin, end = run[0].begin, run[-1].end
    surface = text[begin:end]
    if org_type:
        return Mention("org", begin, end, surface, label=surface, type=org_type)
    if _described(text, run[0], lex) and not is_given_name(words[0]):
        return Mention("org", begin, end, surface, label=surface, type="Corporation")
    if is_given_name(words[0]) and all(
        w[:1].isupper() or w.casefold() in CONNECTORS for w in words
    ):
        return Mention("person", begin, end, surface, label=surface, type="Person")
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        return Mention("org", begin, end, surface, label=surface, type="Organization")
    return Mention("name", begin, end, surface, label=surface, type="")
