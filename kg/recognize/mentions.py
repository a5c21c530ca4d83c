"""All mentions of one article, sentence by sentence: names, titles, money, quantities, periods."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Article, Mention, Sentence
from kg.recognize.acronyms import add_defined
from kg.recognize.amounts import find_money, find_periods, find_quantities
from kg.recognize.known import find_demonyms, find_known, foreign_bodies
from kg.recognize.name_runs import find_runs
from kg.recognize.names import (
    CONNECTORS,
    Token,
    is_given_name,
    legal_forms,
    lexicon,
    org_word_type,
    tokenize,
)
from kg.recognize.org_bodies import (
    join_branches,
    join_lower_heads,
    join_portfolios,
    join_region_bodies,
    join_state_bodies,
    portfolio_words,
)
from kg.recognize.org_joins import join_legal_forms, join_prefixed, join_trade_of_place
from kg.recognize.org_tails import extend_orgs, join_portfolio_tail, join_trade_heads
from kg.recognize.places import add_cued_places, find_dateline, join_state_words
from kg.recognize.tickers import listed_companies
from kg.recognize.titles import find_titles
from kg.text import fold, strip_accents

ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-ZÁÉÍÓÚÑ][\wÁÉÍÓÚÑ&.\-]{1,11})\s*\)")
ENTITY_KINDS = frozenset({"person", "org", "place", "program", "name"})


def word_cases(
    article: Article, tokens: list[list[Token]]
) -> tuple[frozenset[str], frozenset[str]]:
    """Folded words written capitalized somewhere other than at a sentence's start, and
    folded words the article writes in lower case ("miner", "steel": in a title-case
    headline, their capitalized forms are common words, not names); one pass over the
    tokens of every sentence."""
    capitalized, lower = set(), set()
    for sentence in tokens:
        for n, token in enumerate(sentence):
            if n and token.capitalized:
                capitalized.add(fold(token.text))
            if token.text[:1].islower():
                lower.add(fold(token.text))
    return frozenset(capitalized), frozenset(lower)


def recognize(article: Article, sentences: list[Sentence]) -> list[list[Mention]]:
    """For each sentence, its mentions sorted by position (entity names never overlap)."""
    tokens = [tokenize(article.text, s.begin, s.end) for s in sentences]
    elsewhere, lower = word_cases(article, tokens)
    found = [
        recognize_sentence(article, s, elsewhere, lower, tokens=t)
        for s, t in zip(sentences, tokens, strict=True)
    ]
    text = article.text
    found = [[m for m in ms if not _common_words_name(text, m, lower)] for ms in found]
    found = listed_companies(text, found)  # "Antofagasta (LON: ANTO)": the miner, not the city
    found = add_cued_places(article.text, article.lang, sentences, found)
    # "la Gobernación del Atlántico": a state the cue made a place is its body's, one name
    return [join_state_bodies(text, ms, article.lang) for ms in found]


ARTICLE_BEFORE = re.compile(r"(?<!\w)(?:the|el|la|los|las|le|les|l[’'])\s*\Z", re.IGNORECASE)


def _common_words_name(text: str, mention: Mention, lower: frozenset[str]) -> bool:
    """'la Inteligencia Artificial': an untyped name of two words or more after an article,
    each of which the article also writes in lower case, is a common noun capitalized for
    emphasis ("directora de Nuevos Mercados": a unit's name after "de" stays)."""
    if mention.kind != "name" or not ARTICLE_BEFORE.search(
        text, max(0, mention.begin - 6), mention.begin
    ):
        return False
    words = [fold(t.text) for t in tokenize(mention.text) if t.text.casefold() not in CONNECTORS]
    return len(words) >= 2 and all(w in lower for w in words)


def recognize_sentence(
    article: Article,
    sentence: Sentence,
    capitalized_elsewhere: frozenset[str] = frozenset(),
    lower_elsewhere: frozenset[str] = frozenset(),
    tokens: list[Token] | None = None,
) -> list[Mention]:
    text, lang = article.text, article.lang
    if tokens is None:
        tokens = tokenize(text, sentence.begin, sentence.end)
    taken = [False] * len(tokens)
    mentions: list[Mention] = list(find_money(text, lang, sentence.begin, sentence.end))
    for i, t in enumerate(tokens):  # "US $5 billion": "US" is part of the amount, not a country
        if any(m.begin <= t.begin < m.end for m in mentions):
            taken[i] = True
    for first, last, mention in find_known(
        text, [t if not taken[i] else None for i, t in enumerate(tokens)], lang=lang
    ):
        mentions.append(mention)
        for i in range(first, last):
            taken[i] = True
    state, body = find_dateline(text, lang, sentence.begin, sentence.end)  # "Hermosillo, Son.-"
    span = [i for i, t in enumerate(tokens) if state and state.begin <= t.begin < state.end]
    if state and not any(taken[i] for i in span):
        mentions.append(state)
        for i in span:
            taken[i] = True
    add_defined(text, tokens, taken, mentions, lang)  # "Nombre Largo de algo (NLA)"
    demonyms = find_demonyms(tokens)
    _add_governments(text, tokens, taken, mentions, demonyms, lang)  # "the Chilean government"
    for title in find_titles(text, tokens, lang, taken):
        if not any(taken[i] for i, t in enumerate(tokens) if title.begin <= t.begin < title.end):
            mentions.append(title)
            for i, t in enumerate(tokens):
                if title.begin <= t.begin < title.end:
                    taken[i] = True
    at = {t.begin: i for i, t in enumerate(tokens)}
    for d in demonyms:  # a lower-case demonym ("el gobierno chileno")
        i = at[d.begin]
        if not taken[i] and not tokens[i].capitalized:
            taken[i] = True
            mentions.append(d)
    for d in demonyms:  # "Mexican President": a capitalized demonym before a title
        i = at[d.begin]
        if not taken[i] and _title_follows(mentions, tokens[i].end, text):
            taken[i] = True
            mentions.append(d)
    for d in demonyms:  # "its Chilean mines": a country's capitalized demonym before a noun
        i = at[d.begin]
        if not taken[i] and d.type == "Country" and _adjective_demonym(text, tokens, i):
            taken[i] = True
            mentions.append(d)
    title_begins = {  # "Vextra chief executive Ana Ruiz": a company's post, in any case
        m.begin
        for m in mentions
        if m.kind == "title" and (m.text[:1].isupper() or m.label == "corporate")
    }
    # "Acme CEO Jane Doe": where a word right before a capitalized title ends ("Energy
    # Minister": a portfolio, no name)
    titled = frozenset(
        t.end
        for t in tokens
        if t.end + 1 in title_begins
        and fold(t.text) not in portfolio_words()
        and not org_word_type([t.text], lang)
    )
    mentions.extend(
        find_runs(text, tokens, taken, lang, body, capitalized_elsewhere, titled, lower_elsewhere)
    )
    mentions = _surname_not_company(text, mentions)  # "Lucía Ferrer Bosch": not Bosch
    mentions = _unknown_given_name(text, mentions, lang)  # "Carline Joseph Désir"
    mentions = _portfolio_not_name(text, mentions)  # "Energy Minister": no company
    mentions = extend_orgs(text, mentions, lang, sentence.end)  # "Agence nationale de ..."
    mentions = join_trade_heads(text, mentions, lang)  # "Compagnie minière Belcastel"
    mentions = join_trade_of_place(text, mentions, lang)  # "Aguas de Manizales"
    mentions = join_prefixed(text, mentions, lang)  # "Caribbean Development Bank"
    mentions = join_legal_forms(text, mentions)  # "Antofagasta plc"
    mentions = join_state_words(text, mentions)  # "la provincia de Córdoba", "l'État de Bahia"
    mentions = join_lower_heads(text, mentions, lang)  # "l'université de Lyon"
    mentions = join_state_bodies(text, mentions, lang)  # "Secretaría de Salud de Sonora"
    mentions = join_region_bodies(text, mentions, lang)  # "la Région Guadeloupe"
    mentions = join_branches(text, mentions)  # "el SENA Regional Caldas"
    mentions = join_portfolios(text, mentions)  # "Ministry of Mines and Energy"
    mentions = join_portfolio_tail(text, mentions, lang)  # "... supérieur et de la Recherche"
    mentions = join_state_bodies(text, mentions, lang)  # "..., de l'Innovation ... du Québec"
    mentions = foreign_bodies(text, mentions)  # "the Ministry of Education of Peru"
    mentions = _possessors(text, mentions)  # "Acme Cloud's chief executive"
    mentions = _abbreviation_dots(text, mentions)  # "Acme Corp. and Brisco Inc. signed"
    for quantity in find_quantities(text, lang, sentence.begin, sentence.end):
        if not _inside_name(quantity, mentions):
            mentions.append(quantity)
    mentions.extend(find_periods(text, lang, sentence.begin, sentence.end))
    return sorted(mentions, key=lambda m: (m.begin, -m.end, m.kind))


# the full stop of an abbreviated legal form inside a sentence: a comma, a bracket or a
# lower-case word comes next ("Acme Corp., Brisco", "Acme Corp. and Brisco")
ABBREVIATION_DOT = re.compile(r"\.(?=\s*[,;)]|\s+[^\W\d_A-ZÀ-Þ])")


def _abbreviation_dots(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Acme Corp. and Brisco': the dot of 'Corp.' is the name's, so the text between two
    names is ' and ' (the name's text and label stay without it, as a sentence's last word
    'Acme Corp.' is written)."""
    out = []
    for m in mentions:
        words = m.text.split()
        if (
            m.kind in ("org", "name")
            and len(words) > 1
            and not m.text.endswith(".")
            and fold(words[-1]) in legal_forms()
            and ABBREVIATION_DOT.match(text, m.end)
        ):
            m = replace(m, end=m.end + 1)
        out.append(m)
    return out


# "de Industria", "of Mines": a complement's word, not a given name
COMPLEMENT_BEFORE = re.compile(r"(?<!\w)(?:de|del|of|du|des|d[’'])\s*\Z", re.IGNORECASE)


def _adjective_demonym(text: str, tokens: list[Token], i: int) -> bool:
    """A capitalized demonym right before a lower-case noun, not after a capital ("South
    American", "Caribe Colombiano") nor an indefinite article ("a Brazilian rice company": where
    the company is from)."""
    t, prev = tokens[i], tokens[i - 1] if i else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if prev is not None and (
        prev.text.casefold() in ("a", "an") or prev.capitalized and prev.end + 1 == t.begin
    ):
        return False
    return nxt is not None and text[t.end : nxt.begin] == " " and nxt.text[:1].islower()


def _unknown_given_name(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """'Carline Joseph Désir': one unknown capitalized word right before a person's name,
    with nothing between, is a given name the data lacks: one person."""
    out = sorted(mentions, key=lambda m: (m.begin, -m.end))
    for i in range(len(out) - 2, -1, -1):
        name, person = out[i], out[i + 1]
        if (
            name.kind == "name"
            and not name.key
            and not name.type
            and person.kind == "person"
            and " " not in name.text
            and not name.text.isupper()
            and name.text[:1].isupper()
            and text[name.end : person.begin] == " "
            and not org_word_type([name.text], lang)
            and fold(name.text) not in portfolio_words()  # "ministra de Industria Ana Paz"
            and not COMPLEMENT_BEFORE.search(text, max(0, name.begin - 6), name.begin)
        ):
            surface = text[name.begin : person.end]
            out[i : i + 2] = [replace(person, begin=name.begin, text=surface, label=surface)]
    return out


def _surname_not_company(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Lucía Ferrer Bosch, directora de ...': a known company's one-word name glued to a
    person's name (a given name first) and ending it is a surname, not the company."""
    out = sorted(mentions, key=lambda m: (m.begin, -m.end))
    for i in range(len(out) - 1, 0, -1):
        name, org = out[i - 1], out[i]
        if (
            name.kind in ("name", "person")
            and org.kind == "org"
            and org.key
            and " " not in org.text
            and not org.text.isupper()
            and text[name.end : org.begin] == " "
            and is_given_name(name.text.split()[0])
            and not NAME_GOES_ON.match(text, org.end)
        ):
            surface = text[name.begin : org.end]
            out[i - 1 : i + 1] = [replace(name, end=org.end, text=surface, label=surface)]
    return out


def _portfolio_not_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Energy Minister X', 'Mines and Energy Minister X': capitalized portfolio words right
    before a minister's or a government title are the post's portfolio (the title's phrase
    reads them), never a company's name: 'Energy' there is an untyped name."""
    portfolio = portfolio_words()
    untyped: set[int] = set()
    out = sorted(mentions, key=lambda m: (m.begin, -m.end))
    for i, title in enumerate(out):
        if title.kind != "title" or title.label not in ("minister", "government"):
            continue
        target = title.begin
        for j in range(i - 1, -1, -1):
            m = out[j]
            words = fold(m.text).split()
            if (
                m.kind not in ("name", "org")
                or m.key
                or not all(w in portfolio for w in words)
                or not PORTFOLIO_GAP.fullmatch(text, m.end, target)
            ):
                break
            untyped.add(id(m))
            target = m.begin
    return [replace(m, kind="name", type="") if id(m) in untyped else m for m in out]


PORTFOLIO_GAP = re.compile(r"\s+|\s*(?:,|&|and|y|e|et)\s+", re.IGNORECASE)
NAME_GOES_ON = re.compile(r"\s+[A-ZÀ-Þ]|[’']s\b|-\w")


def _add_governments(
    text: str,
    tokens: list[Token],
    taken: list[bool],
    mentions: list[Mention],
    demonyms: list[Mention],
    lang: str,
) -> None:
    """'the Chilean government', 'el gobierno chileno', 'le gouvernement sénégalais': a
    country's demonym beside a government word (either order) names the country, as "the
    government of Chile" does. In place: the mention is added and its tokens taken."""
    words = lexicon(lang)["government_words"]
    by_begin = {d.begin: d for d in demonyms if d.type == "Country"}
    for i, token in enumerate(tokens):
        if taken[i] or token.begin not in by_begin:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(tokens) or taken[j]:
                continue
            first, last = tokens[min(i, j)], tokens[max(i, j)]
            if text[first.end : last.begin] != " ":
                continue
            if strip_accents(tokens[j].text).casefold() not in words:
                continue
            d = by_begin[token.begin]
            surface = text[first.begin : last.end]
            mentions.append(
                Mention(
                    "place", first.begin, last.end, surface, label=d.label, type=d.type, key=d.key
                )
            )
            taken[i] = taken[j] = True
            break


POSSESSIVE = re.compile(r"[’']s\s+(?:(?:new|former|interim|acting|current)\s+)?\Z")


def _possessors(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Acme Cloud's chief executive', 'Acme Cloud CEO Jane Doe': an unknown name whose post
    the company title after it names is a company."""
    titles = {m.begin: m for m in mentions if m.kind == "title"}
    out = []
    for m in mentions:
        if m.kind == "name":
            for begin, title in titles.items():
                gap = text[m.end : begin]
                if title.label != "corporate":
                    continue  # "Lula's chief of staff": a person's post is not a company's
                if begin >= m.end and (
                    POSSESSIVE.match(gap) or gap == " " and _named_after(mentions, title)
                ):
                    m = replace(m, kind="org", type="Corporation")
                    break
        out.append(m)
    return out


def _named_after(mentions: list[Mention], title: Mention) -> bool:
    """A person's name right after the title ("Acme Cloud CEO Jane Doe")."""
    return any(p.kind == "person" and 0 < p.begin - title.end <= 1 for p in mentions)


def _title_follows(mentions: list[Mention], end: int, text: str) -> bool:
    """A title right after, or after one portfolio word ("Colombian Trade Minister", "the
    Mexican economy minister")."""
    return any(
        m.kind == "title"
        and m.begin >= end  # a title before the demonym is not after it
        and re.fullmatch(r"\s*(?:[\w-]+\s+)?", text[end : m.begin])
        for m in mentions
    )


def _inside_name(mention: Mention, mentions: list[Mention]) -> bool:
    return any(
        m.kind in ENTITY_KINDS and m.begin <= mention.begin and mention.end <= m.end
        for m in mentions
    )


def acronym_after(text: str, mention: Mention) -> tuple[int, int, str] | None:
    """'Amazon Web Services (AWS)': the acronym defined right after a name, with its span."""
    m = ACRONYM_AFTER.match(text, mention.end)
    if not m:
        return None
    acronym = m.group(1)
    if not (
        acronym.isupper()
        or sum(c.isupper() for c in acronym) >= 2
        or _syllabic(acronym, mention.text)
    ):
        return None
    return m.start(1), m.end(1), acronym


def _syllabic(acronym: str, name: str) -> bool:
    """'Asociación Guatemalteca de Exportadores (Agexport)', 'Colegio Nacional de Educación
    Profesional Técnica (Conalep)': an acronym written as a word, made of the first letters of
    the name's words, is theirs when its letters come in the name's order from its first."""
    letters, words = fold(acronym), fold(name).split()
    if len(letters) < 4 or len(words) < 3 or not letters.isalpha() or letters[0] != words[0][0]:
        return False
    rest = iter("".join(words))
    return all(c in rest for c in letters)
