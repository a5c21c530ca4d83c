"""Partnerships: an organization, or one of its programs, works with others.

Two shapes. A partnership word with its partners after a "with" word ("partnering with Viasat",
"alianzas con el Conalep y el TecNM", "la collaboration d'AWS avec ... le Conalep et le TecNM"):
the first party is the organization between the word and "with", else the nearest one before the
word, else the company the article is about; every organization listed after "with" up to the
end of the clause (or of a relative one: "under which", "mediante el cual") is a partner (or,
when the words before a colon name none, the ones listed after it: "with three universities: A,
B and C"); coordinated subjects that end at the first party ("HEC Montréal et l'ESSEC ont signé
une entente avec X") are each a party. And coordinated subjects of a joint verb ("AWS y la
Secretaría de Economía firmaron un convenio", "UNAM, Huawei y la SRE se comprometen"): every
pair of them is a partnership.

When the word is told by a speaker ("El titular de la Sedecyt, X, informó que la firma
suscribió un convenio con"), the company described after the verb of saying is the first party:
the speaker's own company, else the article's, never a ministry that reports it.

Around them: a clause that opens the sentence ("En alianza con Telmex, la UNAM ...", "En
partenariat avec Orange, la ville de Bogota lance"), an unknown name just before the verb
("Ormeda suscribió un convenio con"), a place for its government ("the Government of Nuevo
León"), a partner named by its official, the members of a consortium, and a verb that forms a
partnership with a noun after it ("a créé avec X une coentreprise"), a partner's name cut at its
lower-case words (read as the short name in parentheses that closes it, else as none).
`partners_with.py` reads the first shape (its partner list in `partners_with_list.py`, its
first party in `partners_with_first.py`, the parties a stretch names in `partners_mentions.py`);
`partners.py` reads parties listed after a word ("between", "formed by", "of", "an initiative
by", shares, officials who sign together); `partners_subjects.py` the coordinated subjects of
joint verbs; `partners_told.py` the sentences that point back, a party chosen "as its partner"
or said to be one, compounds ("l'alliance Renault-Nissan"); `partners_joint.py` the verbs of
coordinated subjects, the participles of association ("est associé à"), governments named by a
demonym or a city; `partners_hosted.py` a party that hosts another's students under an
agreement; `partners_first.py` the company's own words ("we") and training verbs;
`partners_members.py` member lists after a colon. This module reads a list that a sentence
gives for the unnamed partners of the one before ("X has joined forces with 15 companies. The
companies include IBM, HP and T-Systems."). `find_partnerships` runs them all, one fact per
pair and sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg.extract.base import Context
from kg.extract.lexicon import pattern, words_by_role
from kg.extract.partners import (
    find_between,
    find_linked,
    find_made_by,
    find_of_pair,
    find_represented,
    find_shares,
)
from kg.extract.partners_first import find_first_person, find_formed_with, find_trained
from kg.extract.partners_fronted import find_fronted_with
from kg.extract.partners_hosted import find_hosted
from kg.extract.partners_members import find_members_listed
from kg.extract.partners_mentions import _partner_mentions
from kg.extract.partners_subjects import find_joint, pair_of
from kg.extract.partners_told import (
    find_after_front,
    find_both_named,
    find_chosen_as,
    find_compound,
    find_gathered,
    find_members,
    find_partner_of,
    find_partners_are,
)
from kg.extract.partners_with import find_with
from kg.model import Partnership

LISTED = re.compile(
    r"^\W*(?:the|these|those|its|las|los|estas|estos|sus|les|ces|leurs)\s+"
    r"(?:companies|firms|partners|institutions|empresas|compañías|firmas|socios|instituciones"
    r"|entreprises|sociétés|partenaires)\s+"
    r"(?:include|included|are|were|incluyen|son|fueron|comprennent|sont|incluent)\b",
    re.IGNORECASE,
)
UNNAMED = re.compile(
    r"\s*(?:(?:some|about|more than|over|más de|unas|unos|plus de|environ)\s+)?"
    r"(?:\d+|[a-záéíóúñ]+)"
    r"\s+(?:[a-záéíóúñ-]+\s+){0,2}(?:companies|firms|partners|institutions|empresas|compañías"
    r"|firmas|socios|instituciones|entreprises|sociétés|partenaires)\b",
    re.IGNORECASE,
)


def find_listed(ctx: Context) -> Iterator[Partnership]:
    """'X has joined forces with 15 companies. The companies include IBM, HP and T-Systems.':
    a partner list that a sentence gives for the unnamed partners of the one before."""
    if ctx.index == 0 or not LISTED.match(ctx.sentence.text):
        return
    before = Context(ctx.doc, ctx.index - 1)
    text, s = before.text, before.sentence
    withs = pattern(ctx.lang, "partnership_words", "with")
    triggers = [
        *pattern(ctx.lang, "partnership_words", "trigger").finditer(text, s.begin, s.end),
        *pattern(ctx.lang, "partnership_words", "joint").finditer(text, s.begin, s.end),
    ]
    for trigger in sorted(triggers, key=lambda m: m.start()):
        with_m = withs.search(text, trigger.start(), min(s.end, trigger.end() + 60))
        if with_m is None or not UNNAMED.match(text, with_m.end(), s.end):
            continue
        first = [m for m in _partner_mentions(before, s.begin, trigger.start())]
        first_entity = before.entity(first[-1], "Organization") if first else ctx.doc.main_org
        if first_entity is None:
            return
        for partner in _partner_mentions(ctx, ctx.sentence.begin, ctx.sentence.end):
            fact = pair_of(
                ctx,
                first_entity,
                ctx.entity(partner, "Organization"),
                ctx.sentence.begin,
                partner.end,
                "partnerships.listed",
                0.7,
            )
            if fact:
                yield fact
        return


# roles whose words tell no partnership by themselves: "with", a sentence adverb, "said"
ASIDE_ROLES = frozenset(
    {
        "with",
        "opener",
        "reports",
        "hosts",
        "visitors",
        "framework",
        "relative",
        "first_item",
        "next_item",
        "we",
        "our",
        "trains",
        "leads",
        "venture",
        "realizes",
    }
)


@cache
def _any_word(lang: str) -> re.Pattern[str]:
    """Every partnership word but the "with" words and the asides, as one pattern: a sentence
    without any is skipped by every rule that reads the sentence alone."""
    roles = words_by_role(lang, "partnership_words")
    words = sorted(
        {w for role, ws in roles.items() if role not in ASIDE_ROLES for w in ws}, key=len
    )
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in reversed(words))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def find_partnerships(ctx: Context) -> Iterator[Partnership]:
    seen: set[tuple[str, str]] = set()
    found: tuple[Partnership, ...] = (*find_listed(ctx), *find_both_named(ctx))
    found = (*found, *find_first_person(ctx), *find_trained(ctx), *find_formed_with(ctx))
    if _any_word(ctx.lang).search(ctx.text, ctx.sentence.begin, ctx.sentence.end):
        found = (*find_joint(ctx), *find_with(ctx), *found)
        found = (*found, *find_between(ctx), *find_made_by(ctx), *find_represented(ctx))
        found = (*found, *find_gathered(ctx), *find_partner_of(ctx), *find_shares(ctx))
        found = (*found, *find_after_front(ctx), *find_of_pair(ctx), *find_chosen_as(ctx))
        found = (*found, *find_partners_are(ctx), *find_compound(ctx), *find_linked(ctx))
        found = (*found, *find_members(ctx), *find_hosted(ctx), *find_members_listed(ctx))
        found = (*found, *find_fronted_with(ctx))
    for fact in found:
        key = tuple(sorted((fact.a.key, fact.b.key)))
        if key not in seen:
            seen.add(key)
            yield fact
