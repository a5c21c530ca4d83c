"""Partnerships told in the first person, or with no subject: the article's company is the party.

In an interview or a company's own words the company says "we": "With the University of Lima we
are preparing a course", "Además, con el INFOP vamos a formar", "Avec un partenaire local, la
forestière X, ..." name a partner of the company the article is about. So does a training verb
whose "with" names the body that trains with it, when no party is named before the verb or the
subject is "we" ("Nous formerons 180 charpentiers avec l'Université X", "140 jeunes seront
formés avec l'INFP"); a party named before the verb is the one that trains ("Acme will train 200
welders with X"). Words inside quotation marks are another speaker's, and a question is the
interviewer's: neither is read. And a venture or investment that a relative clause's subject
makes "with" a party ("una sociedad que la aceitera formó con X", "un investissement que le
groupe réalise avec X"): its subject, or the article's company it describes, is the party.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg.extract.base import Context
from kg.extract.investors import dateline_end
from kg.extract.lexicon import pattern
from kg.extract.partners import CLAUSE_END, clause_end, is_party, listed
from kg.extract.partners_subjects import junk, pair_of
from kg.model import Mention, Partnership

# what may open a sentence before its first words: a dash of dialogue, a sentence adverb
LEAD = re.compile(r"[\s—–-]*")
ARTICLE = re.compile(r"\s*(?:(?:the|el|la|los|las|le|les|l[’'])\s*)?", re.IGNORECASE)
VERB_WORDS = 8  # between a training verb and its "with": what is trained ("180 charpentiers")
TRAINED_GAP = re.compile(r"\s+(?:[\w’'.-]+\s+){0,8}?", re.IGNORECASE)
POSSESSIVE = re.compile(r"[’']s\b")
PARENS = re.compile(r"\s*\([^()]{1,40}\)")


def _quoted(ctx: Context, pos: int) -> bool:
    """Whether `pos` is inside quotation marks opened in its sentence, or closed after it."""
    s = ctx.sentence
    before = ctx.text[s.begin : pos]
    opened = sum(before.count(q) for q in "«“") - sum(before.count(q) for q in "»”")
    return opened > 0 or before.count('"') % 2 == 1 or _closed_after(ctx.text[pos : s.end])


def _closed_after(rest: str) -> bool:
    """A closing quote after the position with no opening one before it: a quote that began
    in an earlier sentence."""
    close = min((i for i in (rest.find(q) for q in "»”") if i >= 0), default=-1)
    if close < 0:
        return False
    return not any(0 <= rest.find(q) < close for q in "«“")


@cache
def _opening(lang: str) -> re.Pattern[str]:
    """A sentence's opening: dialogue dashes, then sentence adverbs and their commas."""
    opener = pattern(lang, "partnership_words", "opener").pattern
    return re.compile(rf"{LEAD.pattern}(?:(?:and|y|et|{opener})\s*,?\s*)*", re.IGNORECASE)


def find_first_person(ctx: Context) -> Iterator[Partnership]:
    """'With the University of Lima we are preparing a course', 'Además, con el INFOP vamos a
    formar', 'Avec un partenaire local, la forestière X': the partners of the company that
    speaks."""
    main, s, text = ctx.doc.main_org, ctx.sentence, ctx.text
    if main is None or text[s.begin : s.end].rstrip().endswith("?"):
        return
    words = ctx.lang, "partnership_words"
    opening = _opening(ctx.lang).match(text, s.begin, s.end)
    with_m = pattern(*words, "with").match(text, opening.end()) if opening else None
    if with_m is None or _quoted(ctx, with_m.start()):
        return
    end = clause_end(ctx, CLAUSE_END, with_m.end())
    partners = _partner_named(ctx, with_m.end(), end)
    if not partners:
        return
    last = PARENS.match(text, partners[-1].end)  # "con el Instituto X (INFOP) vamos"
    rest = text[last.end() if last else partners[-1].end : s.end]
    we = pattern(*words, "we").match(rest.lstrip(" ,"))
    described = PARTNER_NOUN[ctx.lang].match(text, with_m.end())
    if we is None and described is None:
        return
    for m in partners:
        yield from _with_main(ctx, m, with_m.start(), "partnerships.first_person")


def _partner_named(ctx: Context, begin: int, end: int, *, described: bool = False) -> list[Mention]:
    """The organizations listed right after a "with" word, or the one named in apposition to
    "a partner" ("avec un partenaire local, la forestière X")."""
    partner = PARTNER_NOUN[ctx.lang].match(ctx.text, begin)
    if partner:
        after = [m for m in ctx.names() if m.begin >= partner.end()]
        if after and DESCRIBED.fullmatch(ctx.gap(partner.end(), after[0])):
            return [after[0]] if is_party(ctx, after[0]) and not junk(ctx, after[0]) else []
        return []
    parties = [m for m in listed(ctx, begin, end) if not junk(ctx, m)]
    lead = DESCRIBED if described else ARTICLE  # "con la naviera paraguaya X"
    if not parties or not lead.fullmatch(ctx.gap(begin, parties[0])):
        return []
    return parties


# "with a local partner, ", "con un socio local, ", "avec un partenaire local, "
class _PartnerNoun(dict):
    def __missing__(self, lang: str) -> re.Pattern[str]:
        noun = pattern(lang, "partnership_words", "partner").pattern
        self[lang] = re.compile(
            rf"\s*(?:a|an|un|una|une)\s+(?:[a-záéíóúñàâçèêëîïôûü-]+\s+)?{noun}"
            rf"(?:\s+[a-záéíóúñàâçèêëîïôûü-]+)?\s*,",
            re.IGNORECASE,
        )
        return self[lang]


PARTNER_NOUN = _PartnerNoun()
# between "a partner," and its name: an article and a word or two that say what it is
DESCRIBED = re.compile(
    r"\s*(?:(?:the|el|la|le|l[’'])\s*)?(?:[a-záéíóúñàâçèêëîïôûü-]+\s+){0,3}", re.IGNORECASE
)


def find_trained(ctx: Context) -> Iterator[Partnership]:
    """'Nous formerons 180 charpentiers avec l'Université X', '140 jeunes seront formés avec
    l'INFP', 'Acme will train 200 welders with X': who trains with whom."""
    s, text = ctx.sentence, ctx.text
    words = ctx.lang, "partnership_words"
    for verb in pattern(*words, "trains").finditer(text, s.begin, s.end):
        if _quoted(ctx, verb.start()):
            continue
        withs = pattern(*words, "with")
        with_m = next(
            (
                w
                for w in withs.finditer(text, verb.end(), s.end)
                if TRAINED_GAP.fullmatch(text, verb.end(), w.start()) or w.start() == verb.end() + 1
            ),
            None,
        )
        if with_m is None or any(
            verb.end() <= m.begin < with_m.start() for m in ctx.names() if not junk(ctx, m)
        ):
            continue
        if CLAUSE_END.search(text, verb.end(), with_m.start()):
            continue
        end = clause_end(ctx, CLAUSE_END, with_m.end())
        partners = _partner_named(ctx, with_m.end(), end)
        partners = [m for m in partners if not POSSESSIVE.match(text, m.end)]
        first = _trainer(ctx, verb.start())
        for m in partners:
            if first is None:
                yield from _with_main(ctx, m, verb.start(), "partnerships.trained")
            else:
                a, b = ctx.entity(first, "Organization"), ctx.entity(m, "Organization")
                if a is not None and b is not None:
                    fact = pair_of(ctx, a, b, first.begin, m.end, "partnerships.trained", 0.7)
                    if fact:
                        yield fact


def _trainer(ctx: Context, verb: int) -> Mention | None:
    """The party named before a training verb in its clause (None: "we", or no subject)."""
    begin = ctx.sentence.begin
    ends = list(re.finditer(r"[;:]|,\s*(?:and|y|et)\b", ctx.text[begin:verb]))
    if ends:
        begin += ends[-1].end()
    before = [m for m in ctx.names() if begin <= m.begin and m.end <= verb and not junk(ctx, m)]
    parties = [m for m in before if is_party(ctx, m)]
    if not parties and ends and ends[-1].group() != ";" and not ctx.text[begin:verb].strip():
        # "Acme construirá una planta ..., y formará a su personal con X": the verb shares
        # the subject of the clause it is joined to
        start = ctx.sentence.begin
        first = [
            m
            for m in ctx.names()
            if start <= m.begin and m.end <= begin and not junk(ctx, m) and is_party(ctx, m)
        ]
        subject = first[0] if first else None
        # "Morelia, Mich.- La empacadora de aguacate Acme": after the press dateline
        lead = dateline_end(ctx.text, start, ctx.sentence.end)
        if subject is not None and SUBJECT_START.fullmatch(ctx.text, lead, subject.begin):
            return subject
    return parties[-1] if parties else None


# before a sentence's subject, after its dateline: an article and a few lower-case words that
# say what it is ("La empacadora de aguacate Acme")
SUBJECT_START = re.compile(
    r"\W*(?:(?:the|el|la|los|las|le|les|l[’'])\s*)?(?:[a-záéíóúñàâçèêëîïôûü-]+\s+){0,4}",
    re.IGNORECASE,
)


def _with_main(ctx: Context, m: Mention, begin: int, rule: str) -> Iterator[Partnership]:
    main = ctx.doc.main_org
    other = ctx.entity(m, "Organization")
    if main is None or other is None:
        return
    fact = pair_of(ctx, main, other, begin, m.end, rule, 0.65)
    if fact:
        yield fact


def find_formed_with(ctx: Context) -> Iterator[Partnership]:
    """'una sociedad que la aceitera formó con la naviera X', 'un investissement que le groupe
    réalise avec le fonds X', 'a company that Acme set up with X': the subject of a relative
    clause makes the venture or investment named before it with the party after "with"."""
    text, s = ctx.text, ctx.sentence
    words = ctx.lang, "partnership_words"
    for with_m in pattern(*words, "with").finditer(text, s.begin, s.end):
        clause = FORMED[ctx.lang].search(text, max(s.begin, with_m.start() - 80), with_m.start())
        if clause is None or clause.end() != with_m.start() or _quoted(ctx, with_m.start()):
            continue
        antecedent = pattern(*words, "venture").search(
            text, max(s.begin, clause.start() - 60), clause.start()
        )
        if antecedent is None or any(  # the venture's own words, no other clause between
            antecedent.end() <= m.begin < clause.start() for m in ctx.names()
        ):
            continue
        subject = [m for m in ctx.names() if clause.start() <= m.begin < clause.end()]
        if subject and not is_party(ctx, subject[-1]):
            continue
        end = clause_end(ctx, CLAUSE_END, with_m.end())
        for m in _partner_named(ctx, with_m.end(), end, described=True):
            if not subject:  # "que la aceitera formó": the article's company described
                yield from _with_main(ctx, m, clause.start(), "partnerships.formed_with")
                continue
            a, b = ctx.entity(subject[-1], "Organization"), ctx.entity(m, "Organization")
            if a is not None and b is not None:
                fact = pair_of(ctx, a, b, subject[-1].begin, m.end, "partnerships.formed_with", 0.7)
                if fact:
                    yield fact


class _Formed(dict):
    """Per language: a relative pronoun, its subject (a name or a described company), and a
    verb that makes something, right before "with"."""

    def __missing__(self, lang: str) -> re.Pattern[str]:
        verbs = "|".join(
            pattern(lang, "partnership_words", role).pattern for role in ("forms", "realizes")
        )
        self[lang] = re.compile(
            rf"(?:,\s*)?(?<!\w)(?:que|that|which|qu[’'])\s*"
            rf"(?:(?:the|el|la|le|l[’'])\s*)?[\w’'-]+(?:\s+[\w’'-]+){{0,3}}?\s+"
            rf"(?:{verbs})\s+",
            re.IGNORECASE,
        )
        return self[lang]


FORMED = _Formed()
