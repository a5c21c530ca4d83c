"""Titles and posts in a sentence, from the per-language lexicon (`kg/lang/<lang>/titles.txt`).

Longest match wins; a qualifier just before ("former", "entrante") or an "ex" prefix
("expresidente") is kept on the mention; coordinated heads ("Chairman and CEO", "vicepresidente
corporativo y director") become one title, which the role rule splits again into posts.
"""

from __future__ import annotations

import re
from functools import cache

from kg.model import Mention
from kg.recognize.names import Token, is_given_name, lexicon, tokenize
from kg.text import lang_lines


def find_titles(
    text: str, tokens: list[Token], lang: str, taken: list[bool] | None = None
) -> list[Mention]:
    """Titles and posts from the lexicon; longest match, coordinated heads merged. A title
    never runs over `taken` tokens (a known name): "presidente del Consejo Coordinador
    Empresarial" is the post "presidente" of the council, not "presidente del consejo".

    `label` is the category (corporate, minister, head_of_state...); `qualifier` a role
    qualifier stated just before (former, incoming...).
    """
    lex = lexicon(lang)
    titles, longest = lex["titles"], lex["title_len"]
    starts = _first_words(lang)
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        hit = None
        first_word = tokens[i].text.casefold().replace("’", "'") in starts
        for n in range(min(longest, len(tokens) - i) if first_word else 0, 0, -1):
            phrase = _phrase(text, tokens[i : i + n]).casefold()
            if taken is not None and any(taken[i : i + n]):
                continue
            if n > 1 and _runs_into_name(tokens, i, n):
                continue
            if phrase in titles:
                hit = (n, titles[phrase])
                break
        chief = _chief_officer(tokens, i)
        if chief and taken is not None and any(taken[i : i + chief[0]]):
            chief = None
        if chief and (not hit or chief[0] > hit[0]):
            hit = chief
        if not hit:
            word = tokens[i].text.casefold()
            stem = word[3:] if word.startswith("ex-") else word[2:] if word.startswith("ex") else ""
            if stem in titles:  # "expresidente", "ex-ministra": a former post
                t = tokens[i]
                found.append(
                    Mention("title", t.begin, t.end, t.text, label=titles[stem], qualifier="former")
                )
            i += 1
            continue
        n, category = hit
        if _surname_part(tokens, i, n, lang):
            i += n
            continue
        first = i
        while (
            category in ("corporate", "generic")  # "Finance Minister": a portfolio, kept apart
            and first > 0
            and tokens[first - 1].text.casefold() in lex["title_modifiers"]
            and text[tokens[first - 1].end : tokens[first].begin] == " "
        ):  # "Regional Sales Director", "global head": words of the post before its head
            first -= 1
        begin, end = tokens[first].begin, tokens[i + n - 1].end
        qualifier = None
        prev = tokens[first - 1].text.casefold() if first else ""
        if prev in lex["qualifiers"]:
            qualifier = lex["qualifiers"][prev]
        elif text[max(0, begin - 3) : begin].casefold().endswith(("ex-", "ex ")):
            qualifier = "former"
        found.append(
            Mention("title", begin, end, text[begin:end], label=category, qualifier=qualifier)
        )
        i += n
    return _merge_coordinated(text, found)


def _runs_into_name(tokens: list[Token], i: int, n: int) -> bool:
    """'presidente del Consejo Nacional Agropecuario': a lower-case title whose last word,
    capitalized, runs on into a capitalized word is cut before that name."""
    last = i + n - 1
    return (
        not tokens[i].capitalized
        and tokens[last].capitalized
        and last + 1 < len(tokens)
        and tokens[last + 1].capitalized
        and tokens[last].end + 1 == tokens[last + 1].begin
        and not is_given_name(tokens[last + 1].text, strict=False)  # "jefa de Gobierno Ana"
    )


def _surname_part(tokens: list[Token], i: int, n: int, lang: str) -> bool:
    """'Bruno Le Maire': a capitalized one-word title after a capitalized name particle that
    follows a capitalized word is the end of a surname (`lang/*/title_name_particles`)."""
    if n != 1 or i < 2 or not tokens[i].capitalized:
        return False
    particle, given = tokens[i - 1], tokens[i - 2]
    return (
        particle.capitalized
        and given.capitalized
        and particle.text.casefold() in _particles(lang)
        and particle.end + 1 == tokens[i].begin
        and given.end + 1 == particle.begin
    )


@cache
def _particles(lang: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in lang_lines(lang, "title_name_particles"))


def _chief_officer(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """'Chief Human Resources Officer', 'chief sustainability officer': a C-level post the
    lexicon does not list word for word."""
    if tokens[i].text.casefold() != "chief":
        return None
    for n in range(3, 6):
        if i + n > len(tokens):
            break
        words = tokens[i : i + n]
        if words[-1].text.casefold() == "officer" and all(
            t.text.isalpha() and t.capitalized == tokens[i].capitalized for t in words
        ):
            return n, "corporate"
    return None


def _merge_coordinated(text: str, titles: list[Mention]) -> list[Mention]:
    """'Chairman and CEO', 'presidente y director general': one title of two heads."""
    merged: list[Mention] = []
    for title in titles:
        if merged:
            last = merged[-1]
            gap = text[last.end : title.begin]
            if re.fullmatch(r"\s*(?:[a-záéíóúñçèêë-]{3,}\s+)?(?:and|y|et|e|&|/)\s*", gap):
                labels = (last.label, title.label)
                # "président et chef de la direction": one corporate post makes both so
                label = "corporate" if "corporate" in labels else labels[labels[0] == "generic"]
                merged[-1] = Mention(
                    "title",
                    last.begin,
                    title.end,
                    text[last.begin : title.end],
                    label=label,
                    qualifier=last.qualifier,
                )
                continue
        merged.append(title)
    return merged


@cache
def _first_words(lang: str) -> frozenset[str]:
    """The first token of every title of the lexicon: where a title can start."""
    return frozenset(
        tokens[0].text.casefold().replace("’", "'")
        for title in lexicon(lang)["titles"]
        if (tokens := tokenize(title))
    )


def _phrase(text: str, tokens: list[Token]) -> str:
    """The tokens as the lexicon writes them: one space between words, none after an
    elided article ("secrétaire d'État")."""
    out = ""
    for t in tokens:
        word = t.text.replace("’", "'")
        out += word if not out or out.endswith("'") else " " + word
    return out
