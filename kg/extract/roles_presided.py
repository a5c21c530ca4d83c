"""Posts told by a participle: "el Comité Cívico X, presidido por Y", "la coopérative,
présidée par Y", "the committee, chaired by Y", "Acme, founded by Y", "Grupo X is chaired by
Y": the person after the participle holds the post it names at the organization before it. A
board before it ("el directorio, presidido por Y", "the board, chaired by Y") is the board of
the company spoken of: Y holds "presidente del directorio", "chair of the board" there.

The post's words come from `lang/<lang>/role_verbs.txt`, a man's or a woman's form; a given
name ending in "a" ("María", "Ana") or a woman's honorific before the name takes the woman's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg.extract.base import COMPANY_LIKE, Context
from kg.extract.lexicon import pattern
from kg.extract.role_org import _antecedent
from kg.extract.role_people import SUCCEEDS, can_be_person
from kg.model import Mention, Role
from kg.recognize.names import lexicon
from kg.text import fold, lang_table


@cache
def _table(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict, dict]:
    rows = lang_table(lang, "role_verbs")
    verbs = {_key(r[1]): (r[2], r[3]) for r in rows if r[0] == "verb"}
    boards = {_key(r[1]): r[2] for r in rows if r[0] == "board"}
    if not verbs:
        return None, None, {}, {}

    def alt(words) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])

    verb = re.compile(
        rf"(?<![\w-])(?:{alt(r[1] for r in rows if r[0] == 'verb')})\s+"
        r"(?:(?:the|el|la|le|l[’'])\s*)?",
        re.IGNORECASE,
    )
    board = (
        re.compile(
            rf"(?<![\w-])(?:(?:the|el|la|le|l[’'])\s*)?"
            rf"(?P<board>{alt(r[1] for r in rows if r[0] == 'board')})(?={GAP.pattern}\Z)",
            re.IGNORECASE,
        )
        if boards
        else None
    )
    return verb, board, verbs, boards


# after a company's noun, up to the participle: "una empresa guatemalteca fundada por X"
NOUN_TO_VERB = re.compile(r"(?:\s+(?-i:[a-zà-ÿ]+)){0,2}\s*,?\s*")


def _company_noun(ctx: Context, window: str) -> re.Match[str] | None:
    """The company noun (`lang/*/investment_words` role company: "empresa", "the firm",
    "le groupe") that ends `window` but for an adjective or two."""
    nouns = list(pattern(ctx.lang, "investment_words", "company").finditer(window))
    if nouns and NOUN_TO_VERB.fullmatch(window, nouns[-1].end()):
        return nouns[-1]
    return None


# between the organization (or board) and the participle: an adjective or two, a comma
GAP = re.compile(r"(?:\s+(?-i:[a-zà-ÿ]+)){0,2}\s*,\s*")
# "Grupo X is chaired by Y", "la cooperativa es presidida por Y", "le groupe est présidé par"
AUXILIARY = re.compile(
    r"\s+(?:is|was|will\s+be|has\s+been|is\s+now|es|fue|está|estará|será|ha\s+sido|est"
    r"|sera|a\s+été|était)\s+",
    re.IGNORECASE,
)


def _key(phrase: str) -> str:
    return fold(re.sub(r"\s+", " ", phrase))


WOMAN = re.compile(r"(?:Mme|Madame|Sra\.?|Señora|Mrs\.?|Ms\.?)\s+\Z")


def _feminine(ctx: Context, person: Mention) -> bool:
    if WOMAN.search(ctx.text, max(0, person.begin - 10), person.begin):
        return True
    first = fold(person.text.split()[0])
    return ctx.lang in ("es", "fr") and first.endswith("a")


def find_presided(ctx: Context) -> Iterator[Role]:
    verb_at, board_at, verbs, boards = _table(ctx.lang)
    if verb_at is None:
        return
    names = ctx.names()
    for verb in verb_at.finditer(ctx.text, ctx.sentence.begin, ctx.sentence.end):
        person = next((m for m in names if m.begin == verb.end()), None)
        if person is None or not can_be_person(ctx, person) or ctx.type_of(person) != "Person":
            continue
        man, woman = verbs[_key(re.sub(r"(?:the|el|la|le|l[’'])\s*$", "", verb.group()))]
        title = woman if _feminine(ctx, person) else man
        holder = [
            m
            for m in names
            if m.end <= verb.start()
            and (
                GAP.fullmatch(ctx.text, m.end, verb.start())
                or AUXILIARY.fullmatch(ctx.text, m.end, verb.start())
            )
        ]
        window = ctx.text[ctx.sentence.begin : verb.start()]
        if holder and board_at and board_at.search(holder[-1].text + ",") is not None:
            holder = []  # "The Board, chaired by X": the board of the company spoken of
        board = board_at.search(window) if board_at and not holder else None
        if holder and ctx.is_org(holder[-1]):
            org, begin = ctx.entity(holder[-1], "Organization"), holder[-1].begin
        elif board is not None:  # "el directorio, presidido por X": the company's board
            title = f"{title} {boards[_key(board.group('board'))]}"
            org = (
                _antecedent(
                    ctx, ctx.sentence.begin + board.start(), back=ctx.index + 1, types=COMPANY_LIKE
                )
                or ctx.doc.main_org
            )
            begin = ctx.sentence.begin + board.start()
        elif company := _company_noun(ctx, window):
            # "Es una empresa guatemalteca fundada por X": the company the article is about
            org = ctx.doc.main_org
            begin = ctx.sentence.begin + company.start()
        else:
            continue
        who = ctx.entity(person, "Person")
        if org is None or who is None or who.key == org.key:
            continue
        yield Role(
            person=who,
            org=org,
            title=title,
            qualifier=None,
            evidence=ctx.evidence(begin, person.end, "roles.presided", confidence=0.8),
        )


@cache
def _active(lang: str) -> tuple[re.Pattern[str] | None, dict[str, tuple[str, str]]]:
    rows = [r for r in lang_table(lang, "role_verbs") if r[0] == "active"]
    if not rows:
        return None, {}
    body = "|".join(
        re.sub(r"\\s\+de$", r"\\s+d(?:e|u|es|[’'])", re.escape(r[1]).replace(r"\ ", r"\s+"))
        for r in sorted(rows, key=lambda r: -len(r[1]))
    )  # "à la tête de", "à la tête d'Acme", "à la tête du groupe Acme"
    # "le groupe", "la empresa": a company noun before the name
    nouns = "|".join(re.escape(w) for w in sorted(lexicon(lang)["descriptors"], key=len)[::-1])
    shape = re.compile(
        r"\s*,?\s*(?:(?:who|quien|qui)\s+(?:(?:also|también|aussi)\s+)?)?"
        rf"(?P<verb>{body})(?:\s+(?:depuis|desde|since)\s+(?:[\w’']+\s+){{0,3}}?)?"
        r"\s*(?:(?:the|el|la|le|l[’'])\s*)?"  # "dirige depuis 2024 Acme"
        rf"(?:(?:{nouns})\s+)?\Z",
        re.IGNORECASE,
    )
    return shape, {_key(re.sub(r" de$", "", r[1])): (r[2], r[3]) for r in rows}


def find_heads(ctx: Context) -> Iterator[Role]:
    """'X, who heads Acme's Mexican unit', 'X, quien dirige Acme', 'X, à la tête d'Acme
    depuis 2019': the person before a verb of heading holds the post it names at the
    organization right after it."""
    shape, posts = _active(ctx.lang)
    if shape is None:
        return
    names = ctx.names()
    for n, (person, org) in enumerate(zip(names, names[1:], strict=False)):
        if not can_be_person(ctx, person) or ctx.type_of(person) != "Person":
            continue
        if org.kind not in ("org", "name") or not ctx.is_org(org) or ctx.is_person(org):
            continue
        told = shape.fullmatch(ctx.text, person.end, org.begin)
        if told is None:
            continue
        if n and SUCCEEDS.fullmatch(ctx.text, names[n - 1].end, person.begin):
            # "X succède à Y à la tête de Z": the post is X's, Y held it before
            person = names[n - 1]
            if not can_be_person(ctx, person) or ctx.type_of(person) != "Person":
                continue
        elif SUCCEEDS.search(ctx.text, max(ctx.sentence.begin, person.begin - 40), person.begin):
            continue
        man, woman = posts[_key(re.sub(r"\s+d(?:e|u|es|[’'])$", "", told.group("verb")))]
        who, entity = ctx.entity(person, "Person"), ctx.entity(org, "Organization")
        if who is None or entity is None or who.key == entity.key:
            continue
        yield Role(
            person=who,
            org=entity,
            title=woman if _feminine(ctx, person) else man,
            qualifier=None,
            evidence=ctx.evidence(person.begin, org.end, "roles.heads", confidence=0.75),
        )
