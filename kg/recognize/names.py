"""The words names are made of: tokens, name connectors, given names, and the per-language
lexicon of titles, organization words, company words and the other words names are read by.

`lexicon(lang)` gathers the word lists of `kg/lang/<lang>/` that the recognizers and the fact
rules read, loaded once. Connectors join capitalized words into one name ("Secretaría de
Economía", "Ignacio de la Vega"); an organization word (University, Secretaría, Conseil...)
types a name as an organization (`org_word_type`), a known given name as a person's
(`is_given_name`). The runs of capitalized words no gazetteer knows are found in
`kg.recognize.name_runs`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.text import fold, lang_lines, lang_table, strip_accents

TOKEN = re.compile(
    r"(?:[dlnsjmtcDLNSJMTC]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)[’'](?=\w)"
    r"|(?:[^\W\d_]{1,3}\.){2,}"  # U.S., S.A., p.m.
    r"|\w+(?:[-&]\w+|[’'](?!s\b)\w+|[.,]\d+)*"
)


def _connector_words(*roles: str) -> frozenset[str]:
    """Words of `lang/<lang>/connectors.txt` (the three languages and xx) with these roles."""
    return frozenset(
        row[0]
        for code in ("xx", "en", "es", "fr")
        for row in lang_table(code, "connectors")
        if len(row) > 1 and row[1] in roles
    )


# Words that join capitalized words into one name ("Secretaría de Economía", "Ignacio de la
# Vega"), in any of the languages: the articles quote each other's names.
CONNECTORS = _connector_words("name", "org")
# Connectors that may only join words when an organization word is in the run.
ORG_ONLY_CONNECTORS = _connector_words("org")
# "Centre for Scientific Research", "Agencia para el Desarrollo": a purpose that joins a
# capitalized complement only right after an institution's head word
HEAD_CONNECTORS = _connector_words("head")
HEAD_ARTICLES = _connector_words("article")
# "Centro de Investigación en Materiales Avanzados": a field after an institution's head word
FIELD_CONNECTORS = _connector_words("field")


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
    roles = ("verb", "joint", "train", "hire", "reach", "build")
    for name in ("investment_words", "partnership_words", "speech_words", "claim_words"):
        for row in lang_table(lang, name):
            if len(row) > 1 and row[1] in roles:
                words.update(w.casefold() for w in row[0].split())
            elif len(row) > 1 and row[1] == "makes" and " " not in row[0]:
                words.add(row[0].casefold())  # "créent", "crean": a verb of making, alone
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


def _honorifics(lang: str) -> frozenset[str]:
    """Folded honorifics (Mr, Sra., Mme, doctora): `lang/<lang>/honorifics.txt`."""
    return frozenset(fold(w) for w in lang_lines(lang, "honorifics"))


HONORIFIC_BEFORE = re.compile(r"(?<![\w.])([^\W\d_]{1,9})\.?\s+\Z")


def after_honorific(text: str, begin: int, lang: str) -> bool:
    """'M. Volcy', 'Mme Bossière', 'la Sra. Pérez': an honorific right before `begin`."""
    before = HONORIFIC_BEFORE.search(text, max(0, begin - 12), begin)
    return bool(before) and fold(before.group(1)) in lexicon(lang)["honorifics"]


@cache
def lexicon(lang: str) -> dict[str, dict]:
    titles = {row[0].casefold(): row[1] for row in lang_table(lang, "titles")}
    title_keys = {row[0].casefold(): row[-1] for row in lang_table(lang, "titles")}
    quals = {row[0].casefold(): row[1] for row in lang_table(lang, "role_qualifiers")}
    org_words = {
        strip_accents(row[0]).casefold(): row[1]
        for row in lang_table(lang, "org_words")
        if row[1:2] != ("",)
    }
    eponym_heads = frozenset(
        strip_accents(row[0]).casefold()
        for row in lang_table(lang, "org_words")
        if row[2:3] == ("eponym",)
    )
    not_names = frozenset(fold(w) for w in lang_lines(lang, "not_names"))
    stopwords = frozenset(fold(w) for w in lang_lines(lang, "stopwords"))
    return {
        "titles": titles,
        "title_keys": title_keys,
        "title_len": max((len(tokenize(t)) for t in titles), default=1),
        "qualifiers": quals,
        "org_words": org_words,
        "eponym_heads": eponym_heads,
        "portfolio_heads": frozenset(
            strip_accents(row[0]).casefold()
            for row in lang_table(lang, "org_words")
            if row[2:3] == ("portfolio",)
        ),
        "government_words": frozenset(
            strip_accents(row[0]).casefold()
            for row in lang_table(lang, "org_words")
            if row[2:3] == ("government",)
        ),
        "company_words": frozenset(fold(w) for w in lang_lines(lang, "company_words")),
        "staff_nouns": frozenset(lang_lines(lang, "staff_nouns")),
        "not_names": not_names,
        "honorifics": _honorifics(lang),
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
    if len(word) > 1 and word.isupper():
        return False  # "UTE", "ANA": an acronym, not a given name
    sure, ambiguous = _given_names()
    folded = fold(word)
    if folded in sure or (not strict and folded in ambiguous):
        return True
    # "Marie-Claire", "José-Luis": a compound given name, each part a sure given name
    parts = word.split("-")
    return len(parts) > 1 and all(p[:1].isupper() and fold(p) in sure for p in parts)


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


def is_eponym_head(word: str) -> bool:
    """'Universidad', 'Fondation', 'Hospital': an organization word whose name is often a
    person's (Universidad Francisco Marroquín), in any of the three languages."""
    key = strip_accents(word).casefold()
    return word[:1].isupper() and any(key in lexicon(c)["eponym_heads"] for c in ("en", "es", "fr"))


def is_title_case(tokens: list[Token], text: str = "") -> bool:
    """Most words capitalized, as English headlines often are. And, in a line of a headline's
    length with no full stop at its end (`text`, the article's, tells), most of the words of
    four letters or more, which leaves out the short function words a title-case headline
    keeps in lower case ("Michelin Annonce la Construction D'une Usine"; not a sentence that
    names several companies)."""
    words = [t for t in tokens if t.text[:1].isalpha()]
    if len(words) >= 5 and sum(t.capitalized for t in words) >= 0.7 * len(words):
        return True
    long = [t for t in words if len(t.text) >= 4]
    return (
        bool(text)
        and len(long) >= 4
        and len(words) <= 22
        and sum(t.capitalized for t in long) >= 0.7 * len(long)
        and no_full_stop(text, tokens)
    )


def no_full_stop(text: str, tokens: list[Token]) -> bool:
    """The sentence of `tokens` ends with no full stop, as a headline does."""
    return bool(tokens) and not (
        text[tokens[-1].end : tokens[-1].end + 3].lstrip(" ”\"»’')").startswith(".")
    )


@cache
def legal_forms() -> frozenset[str]:
    """Folded legal forms of company names (`lang/xx/legal_suffixes.txt`: "sa", "llc", "se")."""
    return frozenset(fold(w) for w in lang_lines("xx", "legal_suffixes"))


_legal_forms = legal_forms


def is_legal_form(surface: str) -> bool:
    """'Corp', 'S.A.B. de C.V.', 'Inc.': only legal-form words."""
    words = fold(re.sub(r"\b(?:de|of)\s+c\.?\s*v\.?", "", surface, flags=re.I)).split()
    return bool(words) and (
        " ".join(words) in legal_forms() or all(w in legal_forms() for w in words)
    )


# ", S.R.L.", ", Inc.", ", S.A. de C.V." written in capitals after a comma (and a number of the
# name before it: "Montecristi 2, S.R.L.")
COMMA_LEGAL = re.compile(
    r"(?P<number>(?:\s\d{1,2})?),\s*"
    r"(?P<form>(?:[A-Z][A-Za-z]{0,4}\.?){1,4}(?:\s+de\s+C\.?\s?V\.?)?)(?![\w&-])"
)


def legal_after_comma(text: str, end: int) -> re.Match[str] | None:
    """The legal form written after a comma right after `end`, if any."""
    found = COMMA_LEGAL.match(text, end)
    return found if found and is_legal_form(found.group("form")) else None


@cache
def region_words() -> frozenset[str]:
    """Folded world regions a company's unit is named after ('Latinoamérica', 'Amériques')."""
    return frozenset(fold(w) for lang in ("en", "es", "fr") for w in lang_lines(lang, "regions"))


@cache
def company_words(lang: str) -> frozenset[str]:
    """Folded trade words of company names (`lang/*/company_words.txt`): the text's language
    first, but any of the three, as names borrow them ("Cortavia Logística" in English news,
    "Atacama Minerals" in Spanish)."""
    return frozenset().union(*(lexicon(code)["company_words"] for code in ("en", "es", "fr")))
