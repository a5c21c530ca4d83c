"""Which organization an article is about, and what its definite descriptions point back to.

Salience: every name mention of an organization scores one point, more in the headline and the
lede, in a sentence's subject position or after a descriptor ("le groupe français X"); a
definite description ("la empresa", "the company", "le groupe") adds a point to the
organization it points back to. Unknown acronyms nobody defined and capitalized words the text
also writes in lower case count little, units after a number ("300 MW") not at all.

Anaphora: a definite description that names no one ("la empresa invertirá", "the company
said", "le groupe a décidé") becomes an organization mention of the organization it points
back to, so every fact rule reads it like the name: the article's main organization when it
was named in the last sentences, else the one named most recently.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.model import Mention, Sentence
from kg.recognize.names import is_given_name, lexicon
from kg.text import fold, lang_table

if TYPE_CHECKING:
    from kg.resolve import Cluster, Resolution

COMPANY_TYPES = frozenset({"Corporation", "Organization", ""})
NOT_MAIN_TYPES = frozenset(
    {"Person", "GovernmentOrganization", "NewsMediaOrganization", "Program"}
)
WINDOW = 3  # sentences back in which a description looks for the organization it names
ENTITY_KINDS = frozenset({"person", "org", "place", "program", "name"})


@cache
def _words(lang: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {"determiner": set(), "noun": set()}
    for row in lang_table(lang, "anaphora"):
        if len(row) >= 2 and row[1] in out:
            out[row[1]].add(row[0].casefold())
    return {role: frozenset(words) for role, words in out.items()}


@cache
def description_pattern(lang: str) -> re.Pattern[str]:
    """'la empresa', 'the company', "l'entreprise": a determiner, then a company noun, and
    after it neither a name ('la empresa Ternium') nor a complement ('the company of')."""
    words = _words(lang)
    if not words["determiner"] or not words["noun"]:
        return re.compile(r"(?!x)x")

    def alt(ws: frozenset[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))

    dets, nouns = alt(words["determiner"]), alt(words["noun"])
    return re.compile(
        rf"(?<![\w-])(?:{dets})(?:(?<=['’])|\s+)({nouns})(?![\w-])"
        r"(?!\s+(?:[A-ZÀ-Þ]|de\b|del\b|of\b|du\b|des\b|d['’]|que\b|qui\b|that\b|which\b))",
        re.IGNORECASE,
    )


def descriptions(text: str, sentence: Sentence, lang: str) -> list[tuple[int, int]]:
    """Spans of the anaphoric definite descriptions of one sentence."""
    pat = description_pattern(lang)
    return [(m.start(), m.end()) for m in pat.finditer(text, sentence.begin, sentence.end)]


def _company_like(cluster: Cluster, text: str, lang: str, begins: list[int]) -> float:
    """How much a cluster's mentions count as an organization's (0 when it is none)."""
    if cluster.type in NOT_MAIN_TYPES or cluster.type not in COMPANY_TYPES | {
        "EducationalOrganization"
    }:
        return 0.0
    if begins and all(re.search(r"\d\s*$", text[max(0, b - 3) : b]) for b in begins):
        return 0.0  # "300 MW", "5 USD": a unit
    label = cluster.label
    words = label.split()
    if cluster.known:
        return 1.0
    if label.isupper() and len(label) <= 5 and len(cluster.forms) == 1:
        return 0.4  # an acronym the text never spells out
    if cluster.type:
        return 1.0
    lex = lexicon(lang)
    if len(words) == 1:
        folded = fold(label)
        if folded in lex["stopwords"] or folded in lex["not_names"]:
            return 0.0
        if re.search(rf"(?<![\w-]){re.escape(label.casefold())}(?![\w-])", text):
            return 0.0  # "Estado", "État": a common noun the text also writes in lower case
        return 0.8
    if is_given_name(words[0]):
        return 0.0  # a person the name rules left untyped
    return 0.6


def _subject(text: str, sentence: Sentence, begin: int) -> bool:
    lead = text[sentence.begin : begin]
    return len(lead) < 40 and not re.search(r"[,;:]\s*\S", lead)


def _descriptor_before(text: str, begin: int, lang: str) -> bool:
    lead = text[max(0, begin - 40) : begin].split()
    nouns = lexicon(lang)["descriptors"] | _words(lang)["noun"]
    return any(fold(w).strip(",") in {fold(n) for n in nouns} for w in lead[-3:])


def salience(
    resolution: Resolution, sentences: list[Sentence], mentions: list[list[Mention]]
) -> dict[str, float]:
    """Each candidate organization's salience in the article (see the module docstring)."""
    text, lang = resolution.article.text, resolution.article.lang
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for index, sentence in enumerate(mentions):
        for m in sentence:
            key = resolution.key_of(m) if m.kind in ENTITY_KINDS else None
            if key:
                spans.setdefault(key, []).append((index, m.begin, m.end))
    weights = {
        key: _company_like(resolution.clusters[key], text, lang, [b for _, b, _ in found])
        for key, found in spans.items()
        if key in resolution.clusters
    }
    score: dict[str, float] = {}
    for key, found in spans.items():
        weight = weights.get(key, 0.0)
        if not weight:
            continue
        total = 0.0
        for index, begin, _end in found:
            point = 1.0
            if index == 0:
                point += 2.0  # the headline
            elif index <= 2:
                point += 0.5  # the lede
            if _subject(text, sentences[index], begin):
                point += 0.5
            if _descriptor_before(text, begin, lang):
                point += 0.5
            total += point
        score[key] = total * weight
    for index, sentence in enumerate(sentences):
        for begin, _end in descriptions(text, sentence, lang):
            key = _recent(resolution, mentions, index, begin, set(score))
            if key:
                score[key] += 1.0
    return score


def _recent(
    resolution: Resolution,
    mentions: list[list[Mention]],
    index: int,
    begin: int,
    allowed: set[str],
    prefer: str | None = None,
) -> str | None:
    """The organization a description at `begin` of sentence `index` points back to."""
    seen: list[str] = []
    for i in range(index, max(-1, index - WINDOW - 1), -1):
        for m in reversed(mentions[i]):
            if i == index and m.begin >= begin:
                continue
            key = resolution.key_of(m) if m.kind in ENTITY_KINDS else None
            if key and key in allowed and resolution.clusters[key].type in COMPANY_TYPES:
                seen.append(key)
    if prefer and prefer in seen:
        return prefer
    return seen[0] if seen else None


def main_org_key(
    resolution: Resolution, sentences: list[Sentence], mentions: list[list[Mention]]
) -> str | None:
    score = salience(resolution, sentences, mentions)
    if not score:
        return None
    best = max(score, key=lambda k: (score[k], -resolution.clusters[k].first))
    return best if score[best] >= 1.0 else None


def with_descriptions(
    resolution: Resolution,
    sentences: list[Sentence],
    mentions: list[list[Mention]],
    main: str | None,
) -> list[list[Mention]]:
    """The mentions with each anaphoric description added as a mention of its organization."""
    text, lang = resolution.article.text, resolution.article.lang
    allowed = set(salience(resolution, sentences, mentions))
    out = []
    for index, sentence in enumerate(sentences):
        found = list(mentions[index])
        for begin, end in descriptions(text, sentence, lang):
            if any(m.kind in ENTITY_KINDS and m.begin < end and begin < m.end for m in found):
                continue
            key = _recent(resolution, mentions, index, begin, allowed, prefer=main)
            if key is None:
                continue
            cluster = resolution.clusters[key]
            mention = Mention(
                "org", begin, end, text[begin:end], cluster.label, cluster.type, key=None
            )
            resolution.by_span[(begin, end)] = key
            found.append(mention)
        out.append(sorted(found, key=lambda m: (m.begin, -m.end, m.kind)))
    return out
