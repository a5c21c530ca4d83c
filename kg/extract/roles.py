"""Roles: a person holds a post at an organization.

`kg.extract.title_phrases` reads each title with what surrounds it. A person next to the phrase
holds it (`kg.extract.role_holder`): after the name ("X, directrice générale de Y", "X director
general de Y", "X, who is also ...", "X, recently appointed CEO of Y") or before it ("la
présidente X", "Chairman and CEO X", "the coordinator of Y, X", "the Vice President of the
Nation and Minister of Finance, X": both posts); "X, CEO of A and president of B" gives X both
posts; "named X, former Y, as Z" gives X the post after the aside; "... will be succeeded by Z"
gives Z the post too. The organization (`kg.extract.role_org`): the state or city a governor,
mayor or state secretary serves (`kg.extract.jurisdiction`); the first organization the phrase
names (a generic ministry name of another country's government names that country's); the
country (or its ministry) of a government post, the site's country before the article's; the
sending country of a diplomat, or the country that names them; for "su presidente", "de la
empresa", the organization named last; for another company post, the one company of the
sentence or the company named just before. With none of these, no role: none is better than a
guess. Coordinated posts ("president and general director of GM México") are one role each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.base import Context
from kg.extract.role_holder import (
    COMMA_ARTICLE,
    RELATIVE_OPEN,
    _coordinated_person,
    _joined,
    _person_after,
    _person_before,
    _person_before_relative,
)
from kg.extract.role_org import _organization
from kg.extract.role_people import (
    next_holder,
    previous_holder,
    successor_before,
    unqualified,
)
from kg.extract.title_phrases import Phrase, is_portfolio_word, title_phrases
from kg.model import Entity, Mention, Role
from kg.text import normalize_space

__all__ = ["find_roles", "is_portfolio_word"]


def _balanced(title: str) -> str:
    """Cut a title before an unclosed bracket: 'directrice générale d'AWS (AWS' → '... d'AWS';
    a title across a wrapped line is written on one."""
    if title.count("(") > title.count(")"):
        title = title[: title.rindex("(")].rstrip()
    return normalize_space(title)


CONJUNCTION = re.compile(r"\s+(?:and|y|et|e|&)\s+|\s*/\s*", re.IGNORECASE)


def _titles(ctx: Context, phrase: Phrase) -> list[str]:
    """One title per coordinated post: 'president and general director of GM México' holds
    'president' and 'general director of GM México'."""
    cuts = list(CONJUNCTION.finditer(ctx.text, phrase.title.begin, phrase.title.end))
    if not cuts:
        return [ctx.text[phrase.begin : phrase.end]]
    starts = [phrase.begin, *(c.end() for c in cuts)]
    ends = [*(c.start() for c in cuts), phrase.end]
    return [ctx.text[b:e] for b, e in zip(starts, ends, strict=True)]


def find_roles(ctx: Context) -> Iterator[Role]:
    used: set[int] = set()
    held: dict[int, Entity] = {}  # the organization of each person's first post here
    last: tuple[int, Mention] | None = None  # where the last post after a name ended, whose
    phrases = title_phrases(ctx)
    for n, phrase in enumerate(phrases):
        person = _person_before(ctx, phrase)
        rule = "roles.title_after_name"
        if person is not None and COMMA_ARTICLE.fullmatch(ctx.gap(person, phrase.outer)):
            # "Según Radio Sur, el rector de la UNAM, Ana Paz, dijo": the title with its article
            # stands before the name it is set off with
            after = _person_after(ctx, phrase)
            if after is not None and ctx.gap(phrase.end, after).strip() == ",":
                person = None
        second = last and (
            SECOND_POST.fullmatch(ctx.text, last[0], phrase.outer)
            or NEW_POST.fullmatch(ctx.text, last[0], phrase.outer)
        )
        if second and (person is None or person.begin in used):
            # "X, CEO of A and president of B": a second post of the same person
            person, rule = last[1], "roles.second_post"
            used.discard(person.begin)
        if (
            person is not None
            and person.begin in used
            and RELATIVE_OPEN.match(ctx.gap(person, phrase.outer))
        ):  # "succeeding founder Y, who becomes chair": the relative tells Y's new post
            used.discard(person.begin)
        if person is None:  # "Y, who is moving to Dublin as group COO": Y's next post
            person = _person_before_relative(ctx, phrase)
            if person is not None:
                used.discard(person.begin)
        if person is None or person.begin in used:
            person = _person_after(ctx, phrase)
            rule = "roles.title_before_name"
        joined = None
        if person is None or person.begin in used:
            person, joined = _joined(ctx, phrase)
            rule = "roles.joins"
        shared = False
        if person is None or person.begin in used:
            # "the Vice President of the Nation and Minister of Finance, X": the next post's
            # person holds this one too, and stays free for that post
            person = _coordinated_person(ctx, phrase, phrases[n + 1 : n + 2])
            rule, shared = "roles.title_before_name", True
        if person is None or person.begin in used:
            continue
        org = ctx.entity(joined, "Organization") if joined else _organization(ctx, phrase, person)
        if (
            phrase.category == "head_of_state"
            and not (phrase.place or phrase.org or phrase.portfolio)
            and person.begin in held
        ):  # "Notre fondateur, X, qui reste président": the president of X's company
            org = held[person.begin]
        if org is None:
            if rule == "roles.title_before_name":
                used.add(person.begin)  # "la gobernadora X, el presidente de Y": X is taken
            continue
        who = ctx.entity(person, "Person")
        if who is None or who.key == org.key:
            continue
        if not shared:
            used.add(person.begin)
        if org.type not in ("Country", "State", "City"):
            held.setdefault(person.begin, org)
        last = (phrase.end, person) if rule != "roles.title_before_name" else None
        begin, end = min(person.begin, phrase.outer), max(person.end, phrase.end)
        confidence = 0.85 if phrase.org or phrase.place or phrase.portfolio else 0.7
        successor = next_holder(ctx, end)
        if successor is None and rule == "roles.title_after_name":
            successor = successor_before(ctx, person)  # "Z will succeed X as CEO of Y"
            begin = min(begin, successor.begin) if successor is not None else begin
        predecessor = previous_holder(ctx, end) if successor is None else None
        for title in _titles(ctx, phrase):
            yield Role(
                person=who,
                org=org,
                title=_balanced(title.strip(" ,")),
                qualifier=phrase.qualifier,
                evidence=ctx.evidence(begin, end, rule, confidence=confidence),
            )
            if successor is not None:  # held with any post the apposition gave them
                new = ctx.entity(successor, "Person")
                if new is not None and new.key != who.key:
                    yield Role(
                        person=new,
                        org=org,
                        title=unqualified(ctx, _balanced(title.strip(" ,"))),
                        qualifier="incoming",
                        evidence=ctx.evidence(
                            begin, successor.end, "roles.successor", confidence=confidence
                        ),
                    )
            if predecessor is not None:  # "X takes over as CEO, succeeding Y": Y held it
                old = ctx.entity(predecessor, "Person")
                if old is not None and old.key != who.key:
                    yield Role(
                        person=old,
                        org=org,
                        title=unqualified(ctx, _balanced(title.strip(" ,"))),
                        qualifier="former",
                        evidence=ctx.evidence(
                            begin, predecessor.end, "roles.predecessor", confidence=confidence
                        ),
                    )
        if successor is not None:
            used.add(successor.begin)


# between two posts of one person: "and", "y también", "et également"
SECOND_POST = re.compile(
    r"\s*,?\s*(?:and|y|e|et)\s+(?:(?:also|además|también|également|aussi)\s+)?"
    r"(?:(?:the|el|la|le|l[’'])\s*)?",
    re.IGNORECASE,
)


# "named X, former foreign minister, as economy minister": the post after the aside
NEW_POST = re.compile(
    r"\s*,\s*(?:as|como|comme|en tant que|au poste de|en el cargo de|in the post of)\s+"
    r"(?:(?:the|el|la|le|l[’'])\s*)?(?:(?:new|nuevo|nueva|nouveau|nouvelle)\s+)?"
    r"(?:(?:its|their|su|sus|sa|son|leur)\s+)?",
    re.IGNORECASE,
)
