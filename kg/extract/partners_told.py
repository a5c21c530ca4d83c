"""Partnerships told by pointing back at a partnership or company the article named before.

Three shapes. An anaphoric partnership noun that gathers parties ("Cette initiative regroupe
également X, Y et Z", "The alliance also includes X and Y", "El consorcio reúne a X y Y"): each
listed party is a partner of the article's company. A party said to be a partner ("Petrobras
est partenaire du projet", "Telmex will also be a partner", "X es socio de la iniciativa"): a
partner of the article's company. And the coordinated subjects after a clause that names the
partnership ("Con este convenio, AWS y la SE impulsarán", "Through this partnership, X and Y
will"): partners of each other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.base import Context
from kg.extract.lexicon import pattern
from kg.extract.partners import all_pairs, is_party, listed
from kg.model import Mention, Partnership

# "this initiative", "the consortium", "cette initiative, annoncée mardi,": a sentence that
# opens on a partnership or program noun that points back
ANAPHOR = re.compile(
    r"\W*(?:this|that|the|these|esta|este|estos|estas|dicho|dicha|el|la|cette|ce|cet|ces|le|la"
    r"|l[’'])\s*",
    re.IGNORECASE,
)
ASIDE = re.compile(r"\s*(?:,[^,]{1,40},)?\s*(?:(?:also|también|además|également|aussi)\s+)?")
COPULA = re.compile(
    r"\s*,?\s*(?:is|are|will be|was|has been|es|son|será|serán|fue|est|sont|sera|seront|a été)"
    r"\s+(?:(?:also|también|además|également|aussi|the other|l[’']autre|otro|otra)\s+)*"
    r"(?:(?:a|an|un|une|el|le|la|l[’'])\s+)?$",
    re.IGNORECASE,
)


def find_gathered(ctx: Context) -> Iterator[Partnership]:
    """'Cette initiative regroupe également Colfondos et Porvenir': the parties an anaphoric
    partnership noun gathers are partners of the article's company."""
    main = ctx.doc.main_org
    text, s = ctx.text, ctx.sentence
    if main is None:
        return
    lead = ANAPHOR.match(text, s.begin, s.end)
    if lead is None:
        return
    noun = pattern(ctx.lang, "partnership_words", "noun").match(text, lead.end(), s.end)
    noun = noun or pattern(ctx.lang, "partnership_words", "group").match(text, lead.end(), s.end)
    if noun is None:
        return
    aside = ASIDE.match(text, noun.end(), s.end)
    verb = pattern(ctx.lang, "partnership_words", "gathers").match(text, aside.end(), s.end)
    if verb is None:
        return
    end = re.compile(r"[.;:!?]|,\s*(?:qui|que|which|who|lo que|para|pour|to)\b").search(
        text, verb.end(), s.end
    )
    members = listed(ctx, verb.end(), end.start() if end else s.end)
    also = ALSO.search(text, noun.end(), verb.end() + 12)
    if also is None and len(members) >= 2:
        # "The alliance brings together A, B and C": its members are partners of each other
        yield from all_pairs(ctx, members, noun.start(), "partnerships.gathered")
        return
    for m in members:  # "... also gathers A and B": they join the article's company
        yield from _with_main(ctx, m, noun.start(), "partnerships.gathered")


ALSO = re.compile(r"(?<!\w)(?:also|también|además|également|aussi)(?!\w)", re.IGNORECASE)


def find_partner_of(ctx: Context) -> Iterator[Partnership]:
    """'Le groupe brésilien Petrobras est partenaire du projet': a party said to be a partner
    is a partner of the article's company."""
    main = ctx.doc.main_org
    if main is None:
        return
    text, s = ctx.text, ctx.sentence
    for word in pattern(ctx.lang, "partnership_words", "partner").finditer(text, s.begin, s.end):
        names = [m for m in ctx.mentions if m.end <= word.start()]
        if not names:
            continue
        subject = names[-1]
        if not COPULA.fullmatch(text, subject.end, word.start()):
            continue
        if not (is_party(ctx, subject) or _governed_country(ctx, subject)):
            continue
        yield from _with_main(ctx, subject, subject.begin, "partnerships.partner_of")


def _governed_country(ctx: Context, m: Mention) -> bool:
    return m.kind == "place" and ctx.type_of(m) == "Country"


def _with_main(ctx: Context, m: Mention, begin: int, rule: str) -> Iterator[Partnership]:
    main = ctx.doc.main_org
    entity = ctx.entity(m, "Organization")
    if main is None or entity is None or entity.key == main.key:
        return
    evidence = ctx.evidence(begin, m.end, rule, confidence=0.7)
    programs = ctx.of("program")
    program = programs[0].label if programs else None
    yield Partnership(a=main, b=entity, program=program, evidence=evidence)


# "Con este convenio,", "Through this partnership,", "Grâce à cet accord,": a sentence that
# opens on the partnership the article told before
FRONT = re.compile(
    r"\W*(?:con|mediante|a través de|gracias a|por medio de|tras|with|through|under|thanks to"
    r"|after|grâce à|avec|par|dans le cadre de|au travers de|à travers)\s+"
    r"(?:this|that|the|these|este|esta|estos|estas|dicho|dicha|el|la|los|las|ce|cet|cette|ces"
    r"|le|la|les|l[’'])\s*",
    re.IGNORECASE,
)


def find_after_front(ctx: Context) -> Iterator[Partnership]:
    """'Con este convenio, AWS y la SE impulsarán el talento digital': the coordinated
    subjects after a clause that names the partnership are its partners."""
    text, s = ctx.text, ctx.sentence
    front = FRONT.match(text, s.begin, s.end)
    if front is None:
        return
    noun = None
    for role in ("trigger", "group", "noun"):
        noun = noun or pattern(ctx.lang, "partnership_words", role).match(text, front.end(), s.end)
    if noun is None:
        return
    comma = re.compile(r"[^,.;]{0,40},").match(text, noun.end(), s.end)
    if comma is None:
        return
    parties = listed(ctx, comma.end(), s.end, strict=True)
    if len(parties) < 2 or not re.search(
        r"(?<!\w)(?:and|y|e|et|&)(?!\w)", text[parties[0].end : parties[-1].begin]
    ):
        return
    entities = []
    for m in parties:
        entity = ctx.entity(m, "Organization")
        if entity and all(entity.key != e.key for e in entities):
            entities.append(entity)
    programs = ctx.of("program")
    program = programs[0].label if programs else None
    rule = "partnerships.after_front"
    for i, a in enumerate(entities):
        for b in entities[i + 1 :]:
            evidence = ctx.evidence(s.begin, parties[-1].end, rule, confidence=0.7)
            yield Partnership(a=a, b=b, program=program, evidence=evidence)


# "Airbus chose Safran as its partner", "Thales a choisi Airbus comme partenaire", "Bimbo
# eligió a la UNAM como socio": a party chosen as the subject's partner
AS_PARTNER = re.compile(
    r"\s+(?:as|como|comme)\s+(?:(?:its|his|her|their|a|an|su|sus|un|una|son|sa|ses|leur)\s+)?"
    r"(?:[a-záéíóúñàâçèêëîïôûü-]+\s+)?$",
    re.IGNORECASE,
)
VERB_GAP = re.compile(
    r"\s+(?:[a-záéíóúñàâçèêëîïôûü’'-]+\s+){1,3}(?:a\s+|al\s+)?(?:the\s+|la\s+|el\s+|le\s+|l[’'])?"
)


def find_chosen_as(ctx: Context) -> Iterator[Partnership]:
    """'Airbus chose Safran as its partner': the subject and the party it chose."""
    text, s = ctx.text, ctx.sentence
    for word in pattern(ctx.lang, "partnership_words", "partner").finditer(text, s.begin, s.end):
        names = [m for m in ctx.mentions if m.end <= word.start() and m.kind in NAMED]
        if len(names) < 2:
            continue
        chosen, subject = names[-1], names[-2]
        if not AS_PARTNER.fullmatch(text, chosen.end, word.start()):
            continue
        if not VERB_GAP.fullmatch(text, subject.end, chosen.begin):
            continue
        if not (is_party(ctx, chosen) and is_party(ctx, subject)):
            continue
        a, b = ctx.entity(subject, "Organization"), ctx.entity(chosen, "Organization")
        if a is None or b is None or a.key == b.key:
            continue
        evidence = ctx.evidence(subject.begin, word.end(), "partnerships.chosen_as", confidence=0.7)
        programs = ctx.of("program")
        yield Partnership(
            a=a, b=b, program=programs[0].label if programs else None, evidence=evidence
        )


NAMED = frozenset({"org", "name", "place", "person", "program"})


# "Partners include A, B and C", "Its partners are ...", "Sus aliados son ...", "Les
# partenaires du programme sont ...": the list names the partners of the article's company
PARTNERS_ARE = re.compile(
    r"\W*(?:(?:the|its|their|our|los|las|sus|nuestros|les|ses|leurs|nos)\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(?:partners|socios|aliados|partenaires)\b[^.;:]{0,50}?\s+"
    r"(?:include|included|are|were|incluyen|son|fueron|sont|comprennent|incluent)\s+",
    re.IGNORECASE,
)


def find_partners_are(ctx: Context) -> Iterator[Partnership]:
    """'Its partners in the program are Intel, HP and Dell': each listed party is a partner
    of the organization whose partners they are (named before "'s partners"), else of the
    article's company."""
    text, s = ctx.text, ctx.sentence
    head = PARTNERS_ARE.match(text, s.begin, s.end)
    if head is None:
        return
    owner = [m for m in ctx.names() if m.end <= head.end() and is_party(ctx, m)]
    end = re.compile(r"[.;:!?]|,\s*(?:qui|que|which|who|para|pour|to)\b").search(
        text, head.end(), s.end
    )
    members = listed(ctx, head.end(), end.start() if end else s.end)
    if owner:
        first = ctx.entity(owner[-1], "Organization")
        for m in members:
            other = ctx.entity(m, "Organization")
            if first is not None and other is not None and first.key != other.key:
                evidence = ctx.evidence(s.begin, m.end, "partnerships.partners_are", confidence=0.7)
                yield Partnership(a=first, b=other, evidence=evidence)
        return
    for m in members:
        yield from _with_main(ctx, m, s.begin, "partnerships.partners_are")
