"""Partnerships: an organization, or one of its programs, works with others.

Two shapes. A partnership word with its partners after a "with" word ("partnering with Viasat",
"alianzas con el Conalep y el TecNM", "la collaboration d'AWS avec ... le Conalep et le TecNM"):
the first party is the organization between the word and "with", else the nearest one before
the word, else the company the article is about; every organization listed after "with" up to
the end of the clause is a partner. And coordinated subjects of a joint verb ("AWS y la
Secretaría de Economía firmaron un convenio", "UNAM, Huawei y la SRE se comprometen"): every
pair of them is a partnership.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

from kg.extract.base import Context
from kg.extract.lexicon import pattern
from kg.model import Entity, Mention, Partnership
from kg.recognize.names import lexicon

CLAUSE_END = re.compile(
    r"[.;:!?]|,\s*(?:to|in order to|which|who|para|que|qui|pour|afin de|lo que|with the aim)\b"
    r"|\s(?:to|para|pour|afin de)\s+\w+(?:e|er|ir|ar|re)?\b",
    re.IGNORECASE,
)
NOT_PARTNERSHIP = re.compile(r"(?:de|in)\s+$", re.IGNORECASE)  # "de acuerdo con", "in agreement"
LIST_GAP = re.compile(
    r"^\s*\)?\s*(?:,|and|y|e|et|as well as|así como|ainsi que|&|along with|,\s*and|,\s*y|,\s*et"
    r"|through|via|a través de|por medio de|par l[’']intermédiaire de|à travers)?\s*"
    r"(?:the|el|la|los|las|le|les|l[’']|its|su|sus|ses|leur)?\s*"
    r"(?:company|firm|group|empresa|compañía|firma|société|entreprise|groupe)?\s*$",
    re.IGNORECASE,
)
THROUGH = re.compile(
    r"\s*(?:through|via|a través de|por medio de|par l[’']intermédiaire de|à travers)\s*",
    re.IGNORECASE,
)
SIGNED = re.compile(
    r"\s*(?:(?:was|has been|had been|were|have been|a été|avait été|ont été|fue|ha sido|había sido"
    r"|fueron|se)\s+)?(?:signed|concluded|reached|signé|conclu|firmado|suscrito|firmó|alcanzado)\s*",
    re.IGNORECASE,
)


def _partner_mentions(
    ctx: Context, begin: int, end: int, *, programs: bool = True
) -> list[Mention]:
    """Organizations named between two offsets; an untyped name counts only as the first."""
    out = []
    for m in ctx.names():
        if not (begin <= m.begin and m.end <= end):
            continue
        if ctx.type_of(m) == "NewsMediaOrganization":
            continue
        named = m.kind == "program" and programs or m.kind == "org" and ctx.is_org(m)
        near = not out and len(ctx.gap(begin, m).split()) <= 3
        if named or m.kind == "name" and ctx.is_org(m) and near:
            out.append(m)
    if not out:
        out = [m for m in ctx.of("place") if begin <= m.begin < end and ctx.type_of(m) == "Country"]
        out = out[:1]
    return out


def _program(ctx: Context) -> str | None:
    programs = ctx.of("program")
    return programs[0].label if programs else None


def _pair(ctx: Context, a: Entity, b: Entity, begin: int, end: int, rule: str, conf: float):
    if a.key == b.key:
        return None
    return Partnership(
        a=a, b=b, program=_program(ctx), evidence=ctx.evidence(begin, end, rule, confidence=conf)
    )


def find_with(ctx: Context) -> Iterator[Partnership]:
    text, s = ctx.text, ctx.sentence
    triggers = list(
        pattern(ctx.lang, "partnership_words", "trigger").finditer(text, s.begin, s.end)
    )
    withs = pattern(ctx.lang, "partnership_words", "with")
    seen: set[tuple[str, str]] = set()
    for trigger in triggers:
        if NOT_PARTNERSHIP.search(text, max(s.begin, trigger.start() - 4), trigger.start()):
            continue
        # "work with", "de la mano de", "in partnership with": the trigger holds its "with"
        own = withs.search(trigger.group())
        if own and own.end() == len(trigger.group()):
            with_m = withs.search(text, trigger.start() + own.start(), trigger.end())
        else:
            with_m = withs.search(text, trigger.end(), min(s.end, trigger.end() + 60))
            if with_m is None or not _links(ctx, trigger.end(), with_m.start()):
                continue
        # the partners run from "with" to the end of the clause
        end_m = CLAUSE_END.search(text, with_m.end(), s.end)
        end = _main_clause(ctx, with_m.end(), end_m.start() if end_m else s.end)
        partners = _partner_mentions(ctx, with_m.end(), end, programs=False)
        if not partners:
            continue
        inner = _partner_mentions(ctx, trigger.end(), with_m.start())
        before = [m for m in _partner_mentions(ctx, s.begin, trigger.start())]
        after = _subject_after(ctx, end)
        if inner:
            first, first_entity = inner[0], ctx.entity(inner[0], "Organization")
        elif before:
            first, first_entity = before[-1], ctx.entity(before[-1], "Organization")
        elif after:  # "Under an agreement signed with Pemex, Shell will explore ..."
            first, first_entity = after, ctx.entity(after, "Organization")
        else:
            first, first_entity = None, ctx.doc.main_org
            signed = ctx.text[trigger.end() : with_m.start()].strip()
            if signed and (
                first_entity is None
                or first_entity.key in {ctx.resolution.key_of(p) for p in partners}
            ):
                # "an agreement was signed with Huawei", told by the government of the country
                first_entity = ctx.doc.main_country
        if first_entity is None:
            continue
        for partner in partners:
            other = ctx.entity(partner, "Organization")
            key = tuple(sorted((first_entity.key, other.key)))
            if key in seen:
                continue
            seen.add(key)
            begin = min(first.begin if first else trigger.start(), trigger.start())
            fact = _pair(ctx, first_entity, other, begin, partner.end, "partnerships.with", 0.8)
            if fact:
                yield fact


def _main_clause(ctx: Context, begin: int, end: int) -> int:
    """Where a fronted partner list ends: at the comma before an organization that a verb
    follows ("Under an agreement signed with Pemex, Shell will explore")."""
    verbs = lexicon(ctx.lang)["subject_verbs"]
    for m in ctx.names():
        if begin < m.begin < end and ctx.gap(begin, m).rstrip().endswith(","):
            nxt = re.match(r"\s+([\w’'-]+)", ctx.text[m.end : m.end + 30])
            if nxt and nxt.group(1).casefold() in verbs:
                return ctx.text.rindex(",", begin, m.begin)
    return end


def _subject_after(ctx: Context, clause_end: int) -> Mention | None:
    """The organization that opens the main clause after a fronted partnership clause."""
    rest = ctx.text[clause_end : ctx.sentence.end]
    if not rest.startswith(","):
        return None
    for m in ctx.names():
        if m.begin >= clause_end:
            if ctx.is_org(m) and not ctx.gap(clause_end, m).strip(" ,"):
                return m
            return None
    return None


def _links(ctx: Context, begin: int, end: int) -> bool:
    """Between a partnership word and its "with": nothing, one word ("partnership agreement
    with"), or the first party ("la collaboration d'AWS avec") — not a verb phrase."""
    gap = ctx.text[begin:end]
    if not gap.strip() or SIGNED.fullmatch(gap):
        return True
    if "," in gap or ";" in gap:
        return False
    if len(gap.split()) == 1:
        return True
    inner = [m for m in ctx.names() if begin <= m.begin and m.end <= end]
    if inner:
        rest = ctx.text[begin : inner[0].begin] + ctx.text[inner[-1].end : end]
        return len(rest.split()) <= 3
    return False


def find_joint(ctx: Context) -> Iterator[Partnership]:
    text, s = ctx.text, ctx.sentence
    verb = pattern(ctx.lang, "partnership_words", "joint").search(text, s.begin, s.end)
    if verb is None:
        return
    subjects: list[Mention] = []
    for m in reversed([m for m in ctx.names() if m.end <= verb.start()]):
        if subjects and ctx.resolution.key_of(m) == ctx.resolution.key_of(subjects[-1]):
            subjects[-1] = m  # "Amazon Web Services (AWS)": one subject
            continue
        if subjects and THROUGH.fullmatch(ctx.gap(m, subjects[-1])):
            subjects[-1] = m  # "Cisco a través de Cisco Networking Academy": the org signs
            continue
        gap = ctx.gap(m, subjects[-1] if subjects else verb.start())
        if not (ctx.is_org(m) or m.kind == "program" or _country(ctx, m)):
            break
        if subjects and not LIST_GAP.match(gap):
            break
        if not subjects and gap.strip(" ,") and len(gap.split()) > 2:
            break
        subjects.append(m)
    subjects.reverse()
    if len(subjects) < 2:
        return
    entities = [ctx.entity(m, "Organization") for m in subjects]
    for (_ma, a), (_mb, b) in combinations(zip(subjects, entities, strict=True), 2):
        fact = _pair(ctx, a, b, subjects[0].begin, verb.end(), "partnerships.joint", 0.8)
        if fact:
            yield fact


def _country(ctx: Context, m: Mention) -> bool:
    return m.kind == "place" and ctx.type_of(m) == "Country"


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
            fact = _pair(
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


def find_partnerships(ctx: Context) -> Iterator[Partnership]:
    seen: set[tuple[str, str]] = set()
    for fact in (*find_joint(ctx), *find_with(ctx), *find_listed(ctx)):
        key = tuple(sorted((fact.a.key, fact.b.key)))
        if key not in seen:
            seen.add(key)
            yield fact
