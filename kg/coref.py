"""Which organization an article is about, and what its definite descriptions point back to.

Salience: every name mention of an organization scores one point, more in the headline and the
lede, in a sentence's subject position or after a descriptor ("le groupe français X"); a
definite description ("la empresa", "the company", "le groupe") adds a point to the
organization it points back to. Unknown acronyms nobody defined and capitalized words the text
also writes in lower case count little, units after a number ("300 MW") not at all.

Anaphora: a definite description that names no one ("la empresa invertirá", "the company
said", "le groupe a décidé") becomes an organization mention of the organization it points
back to, so every fact rule reads it like the name: the nearest of the last sentences that
names an organization decides, for the article's main organization when it is named there,
else for the one named last.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from kg.gazetteer import default as default_gazetteer
from kg.model import Mention, Sentence
from kg.recognize.names import is_given_name, lexicon
from kg.text import fold, lang_table

if TYPE_CHECKING:
    from kg.resolve import Cluster, Resolution

COMPANY_TYPES = frozenset({"Corporation", "Organization", ""})
NOT_MAIN_TYPES = frozenset({"Person", "GovernmentOrganization", "NewsMediaOrganization", "Program"})
WINDOW = 3  # sentences back in which a description looks for the organization it names
ENTITY_KINDS = frozenset({"person", "org", "place", "program", "name"})


@cache
def _words(lang: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {
        "determiner": set(),
        "noun": set(),
        "generic": set(),
        "before_place": set(),
        "event": set(),
    }
    for row in lang_table(lang, "anaphora"):
        if len(row) >= 2 and row[1] in out:
            out[row[1]].add(row[0].casefold())
    return {role: frozenset(words) for role, words in out.items()}


@cache
def _noun_types(lang: str) -> dict[str, str]:
    """Description nouns that name a kind of organization other than a company ('la
    universidad', 'the university'): noun -> the type of organization it points back to."""
    return {
        row[0].casefold(): row[2]
        for row in lang_table(lang, "anaphora")
        if len(row) >= 3 and row[1] == "noun" and row[2]
    }


def _types_of(text: str, begin: int, end: int, lang: str) -> frozenset[str]:
    """The organization types a description at `begin:end` may point back to."""
    span = " ".join(text[begin:end].split()).casefold()
    for noun, kind in _noun_types(lang).items():
        if span.endswith(noun):
            return frozenset({kind})
    return COMPANY_TYPES


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
        r"(?!\s+(?:(?-i:[A-ZÀ-Þ])|de\b|del\b|of\b|du\b|des\b|d['’]|que\b|qui\b|that\b|which\b))",
        re.IGNORECASE,
    )


NEXT_WORDS = re.compile(r"\s+([a-zß-ÿ][\w-]*)(?:\s+([a-zß-ÿ][\w-]*))?\s+(?=[A-ZÀ-Þ])")


def descriptions(text: str, sentence: Sentence, lang: str) -> list[tuple[int, int]]:
    """Spans of the anaphoric definite descriptions of one sentence: not those that open a
    name after an adjective or two ('le groupe français X', 'la minera canadiense X')."""
    pat, lex = description_pattern(lang), lexicon(lang)
    out = []
    for m in pat.finditer(text, sentence.begin, sentence.end):
        after = NEXT_WORDS.match(text, m.end(), sentence.end)
        if after and all(
            w
            and w.islower()
            and fold(w) not in lex["stopwords"] | lex["verbs"]
            and fold(w) not in lex["subject_verbs"]
            for w in (after.group(1), after.group(2) or after.group(1))
        ):
            continue
        out.append((m.start(), m.end()))
    return out


@cache
def _project_words() -> frozenset[str]:
    """One-word project nouns of `investment_words.txt` ("project", "proyecto", "projet"),
    in the three languages: the last word of a project's name, not a company's."""
    return frozenset(
        fold(row[0])
        for lang in ("en", "es", "fr")
        for row in lang_table(lang, "investment_words")
        if row[1:2] == ("project_name",) and " " not in row[0]
    )


def _company_like(cluster: Cluster, text: str, lang: str, begins: list[int]) -> float:
    """How much a cluster's mentions count as an organization's (0 when it is none)."""
    if cluster.type in NOT_MAIN_TYPES or cluster.type not in COMPANY_TYPES | {
        "EducationalOrganization"
    }:
        return 0.0
    if begins and all(_dateline_source(text, b) for b in begins):
        return 0.0  # "Lima, 3 mar (Prensa Latina) -": the agency that wrote the story
    after_number = [b for b in begins if re.search(r"\d\s*$", text[max(0, b - 3) : b])]
    if begins and 2 * len(after_number) >= len(begins):
        return 0.0  # "300 MW", "5 USD": a unit
    label = cluster.label
    words = label.split()
    if cluster.known:
        return 1.0
    if label.isupper() and any(c.isdigit() for c in label):
        return 0.0  # "CO2", "H2": a formula or a model number, no organization
    if words and {fold(words[0]), fold(words[-1])} & _event_words():
        return 0.0  # "the Investment Summit", "la Feria de ...": an event
    if len(words) == 1 and label.isupper() and fold(label) in _verbs(lang):
        return 0.0  # a verb of a headline in capitals
    if words and {fold(words[0]), fold(words[-1])} & _project_words():
        return 0.0  # "the Andes Project", "el Proyecto Rincón": what a company builds
    if label.isupper() and len(label) <= 5 and len(cluster.forms) == 1:
        return 0.4  # an acronym the text never spells out
    lex = lexicon(lang)
    if len(words) == 1 and (fold(label) in lex["org_words"] or fold(label) in lex["company_words"]):
        return 0.0  # "Groupe", "Energy": the word that makes a name a company's, alone
    if cluster.type:
        return 1.0
    generic = {fold(w) for w in _words(lang)["generic"]}
    if len(words) == 1:
        folded = fold(label)
        if folded in lex["stopwords"] or folded in lex["not_names"] or folded in generic:
            return 0.0
        if _lower_elsewhere(label, text):
            return 0.0  # "Estado", "Palacio": a common noun the text also writes in lower case
        return 0.9
    if is_given_name(words[0]):
        return 0.0  # a person the name rules left untyped
    content = [w for w in words if fold(w) not in lex["stopwords"]]
    if all(_lower_elsewhere(w, text) for w in content):
        return 0.3  # "Grandes Inversiones", "Investment Summit": a capitalized phrase
    return 0.9


# a wire dateline up to its source's bracket: "Lima, 3 mar (", "MEXICO CITY, March 3 ("
DATELINE = re.compile(
    r"[A-ZÀ-Þ][^\n,()]{1,40},\s*(?:\d{1,2}\s+[^\W\d]{3,10}\.?|[^\W\d]{3,10}\.?\s+\d{1,2})"
    r"(?:,?\s+\d{4})?\s*\(\s*$"
)


def _dateline_source(text: str, begin: int) -> bool:
    """A name in the bracket of a wire dateline at a line's start is the agency's byline."""
    line = text[text.rfind("\n", 0, begin) + 1 : begin]
    return bool(DATELINE.fullmatch(line.lstrip(" *-–—")))


@cache
def _event_words() -> frozenset[str]:
    """Heads of events' names in the three languages: an English 'Summit' heads a name in a
    Spanish article as well."""
    return frozenset(fold(w) for lang in ("en", "es", "fr") for w in _words(lang)["event"])


@cache
def _verbs(lang: str) -> frozenset[str]:
    lex = lexicon(lang)
    return frozenset(fold(w) for w in lex["verbs"] | lex["subject_verbs"])


@lru_cache(maxsize=4)  # the article being read, not every article ever read
def _lower_words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[\w-]+", text) if w.islower())


def _lower_elsewhere(word: str, text: str) -> bool:
    return word.casefold() in _lower_words(text)


def _after_place_word(text: str, begin: int, lang: str) -> bool:
    """'... su planta en Palmar de Varela': an untyped name after 'en', 'in', 'à' is a place."""
    before = text[max(0, begin - 8) : begin].split()
    return bool(before) and before[-1].casefold() in _words(lang)["before_place"]


def _subject(text: str, sentence: Sentence, begin: int) -> bool:
    lead = text[sentence.begin : begin]
    return len(lead) < 40 and not re.search(r"[,;:]\s*\S", lead)


@cache
def _company_nouns(lang: str) -> frozenset[str]:
    nouns = _words(lang)["noun"] - set(_noun_types(lang))
    return frozenset(fold(n) for n in lexicon(lang)["descriptors"] | nouns)


def _descriptor_before(text: str, begin: int, lang: str) -> bool:
    lead = text[max(0, begin - 40) : begin].split()
    nouns = _company_nouns(lang)
    return any(fold(w).strip(",") in nouns for w in lead[-3:])


def salience(
    resolution: Resolution, sentences: list[Sentence], mentions: list[list[Mention]]
) -> dict[str, float]:
    """Each candidate organization's salience in the article (see the module docstring)."""
    return _candidates(resolution, sentences, mentions)[0]


def _candidates(
    resolution: Resolution, sentences: list[Sentence], mentions: list[list[Mention]]
) -> tuple[dict[str, float], set[str]]:
    """Salience by key, and the keys sure to be companies: typed or known ones, and names
    the text once puts after a company noun ('la minera X'); only these are antecedents."""
    stamp = (id(mentions), tuple((c.key, c.type, c.count) for c in resolution.clusters.values()))
    if resolution.memo.get("salience", (None,))[0] == stamp:
        return resolution.memo["salience"][1]
    found = _score(resolution, sentences, mentions)
    resolution.memo["salience"] = (stamp, found)
    return found


def _score(
    resolution: Resolution, sentences: list[Sentence], mentions: list[list[Mention]]
) -> tuple[dict[str, float], set[str]]:
    text, lang = resolution.article.text, resolution.article.lang
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for index, sentence in enumerate(mentions):
        for m in sentence:
            key = resolution.key_of(m) if m.kind in ENTITY_KINDS else None
            if key and not (m.kind == "name" and _after_place_word(text, m.begin, lang)):
                spans.setdefault(key, []).append((index, m.begin, m.end))
    weights = {
        key: _company_like(resolution.clusters[key], text, lang, [b for _, b, _ in found])
        for key, found in spans.items()
        if key in resolution.clusters
    }
    score: dict[str, float] = {}
    sure: set[str] = set()
    for key, found in spans.items():
        weight = weights.get(key, 0.0)
        if not weight:
            continue
        cluster = resolution.clusters[key]
        if (
            cluster.known
            or cluster.type in ("Corporation", "Organization")
            or any(_descriptor_before(text, begin, lang) for _, begin, _ in found)
            or any(index == 0 for index, _, _ in found)  # named in the headline
        ):
            sure.add(key)
        elif not cluster.type:
            weight = min(weight, 0.5)  # an untyped name: a place or person as often as not
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
        for begin, end in descriptions(text, sentence, lang):
            key = _recent(
                resolution, mentions, index, begin, sure, types=_types_of(text, begin, end, lang)
            )
            if key:
                score[key] += 1.0
    return score, sure


MODIFIED_AFTER = re.compile(r"[^\S\r\n]+[a-záéíóúñàâçèêëîïôûü]{3,}")
LOWER_BEFORE = re.compile(
    r"(?<![\w’'])[a-z0-9áéíóúñàâçèêëîïôûü][\w-]*[^\S\r\n]+(?:d[’']|de[^\S\r\n]+)?\Z"
)


def _modifier_acronym(text: str, m: Mention) -> bool:
    """An unknown acronym between a lower-case word (and maybe "de") and a lower-case word ("a
    15-year ICMS tax incentive", "une exonération d'ICMS sur 15 ans"): it qualifies the noun,
    it names nobody."""
    if m.key or m.kind not in ("org", "name") or not m.text.isupper() or len(m.text) > 5:
        return False
    before = LOWER_BEFORE.search(text, max(0, m.begin - 20), m.begin)
    return before is not None and MODIFIED_AFTER.match(text, m.end) is not None


def _recent(
    resolution: Resolution,
    mentions: list[list[Mention]],
    index: int,
    begin: int,
    allowed: set[str],
    prefer: str | None = None,
    types: frozenset[str] = COMPANY_TYPES,
    noun: str = "",
) -> str | None:
    """The organization a description at `begin` of sentence `index` points back to: the
    nearest sentence (within WINDOW) that names one decides; in it, the article's main
    organization when it is there, else the one named last. A company description points back
    to the companies sure to be ones (`allowed`); one of another kind ('la universidad') to any
    organization of its `types`. Before all that, one named in the window with the
    description's `noun` in its name ('the fund': 'Acme Fund'; 'la minera': 'Minera Acme')."""
    if noun:
        for i in range(index, max(-1, index - WINDOW - 1), -1):
            for m in reversed(mentions[i]):
                key = resolution.key_of(m) if m.kind in ENTITY_KINDS else None
                if (
                    key
                    and (i < index or m.begin < begin)
                    and (
                        resolution.clusters[key].type in types
                        or (m.kind == "name" and resolution.clusters[key].type == "")
                    )
                    and (
                        noun in fold(resolution.clusters[key].label).split()
                        or _described_by(resolution.article.text, m, noun)
                    )
                ):
                    return key
    seen: list[str] = []
    for i in range(index, max(-1, index - WINDOW - 1), -1):
        if seen:
            break  # the nearest sentence that names one decides
        for m in reversed(mentions[i]):
            if i == index and m.begin >= begin:
                continue
            if _modifier_acronym(resolution.article.text, m):
                continue  # "a 15-year ICMS tax incentive": a tax, no organization
            key = resolution.key_of(m) if m.kind in ENTITY_KINDS else None
            if (
                key
                and resolution.clusters[key].type in types
                and (key in allowed or types != COMPANY_TYPES)
            ):
                seen.append(key)
    if prefer and prefer in seen:
        return prefer
    return seen[0] if seen else None


def _described_by(text: str, m: Mention, noun: str) -> bool:
    """'la coopérative argentine Agricultores Unidos': the description's noun stands right
    before the name (an adjective or two between), describing it."""
    words = text[max(0, m.begin - 40) : m.begin].split()[-2:]
    if words and words[-1].islower() and fold(words[-1]) == noun:
        return True  # "the Canadian miner X"
    return (  # "la coopérative argentine X", "la minera canadiense X"
        len(words) == 2
        and words[0].islower()
        and fold(words[0]) == noun
        and default_gazetteer().demonym(words[1]) is not None
    )


def main_org_key(
    resolution: Resolution, sentences: list[Sentence], mentions: list[list[Mention]]
) -> str | None:
    score, sure = _candidates(resolution, sentences, mentions)
    score = {key: value for key, value in score.items() if key in sure}
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
    allowed = _candidates(resolution, sentences, mentions)[1] | ({main} if main else set())
    out = []
    for index, sentence in enumerate(sentences):
        found = list(mentions[index])
        for begin, end in descriptions(text, sentence, lang):
            if any(m.kind in ENTITY_KINDS and m.begin < end and begin < m.end for m in found):
                continue
            if any(m.kind in ("org", "name") and m.end <= begin for m in mentions[index]):
                continue  # an organization named earlier in the sentence may be the one meant
            key = _recent(
                resolution,
                mentions,
                index,
                begin,
                allowed,
                prefer=main,
                types=_types_of(text, begin, end, lang),
                noun=fold(re.split(r"[\s'’]", text[begin:end])[-1]),
            )
            types = _types_of(text, begin, end, lang)
            if (
                key is None
                and main
                and resolution.clusters[main].type in types
                and not text[sentence.begin : begin].strip(" \t\n\"“«")
            ):
                key = main  # "The company ..." opening a sentence, none named lately: the topic
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
