"""The lower-case rest of an organization's name: "Agence nationale de la sécurité numérique".

Spanish and French write many public bodies with one capital ("la Comisión nacional de
energía", "l'Agence française de développement"), so a run of capitalized words stops at the
head word. After an organization's head word the name goes on over adjectives of institutions
(`org_adjectives.txt`) and demonyms ("française"), then over one complement of lower-case words
("de développement", "de la transformation numérique") when the complement ends the clause (a
comma, a bracket, the sentence's end): a complement followed by more words may be the
sentence's, not the name's.

The same lower-case words join a company's head word to the name after them ("Compagnie
minière Belcastel", `join_trade_heads`), and carry an unknown ministry's name over its
portfolio's adjectives and a second portfolio ("ministère de l'Enseignement supérieur et de la
Recherche", `join_portfolio_tail`). Names joined from mentions side by side are in
`kg.recognize.org_joins` (companies, known names, legal forms) and `kg.recognize.org_bodies`
(public bodies).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.gazetteer import default as default_gazetteer
from kg.model import Mention
from kg.recognize.names import company_words, lexicon, org_word_type
from kg.text import fold, lang_lines

WORD = re.compile(r"\s+([a-zà-öø-ÿ][\w-]*)")
COMPLEMENT = re.compile(
    r"\s+(?:de la|de las|de los|del|de l[’']|des|du|de|d[’']|pour la|pour le|pour l[’']|pour"
    r"|para la|para el|para|of the|of|for)\s*"
    r"((?:[a-zà-öø-ÿ][\w’'-]*)(?:\s+(?:(?:et|y|e|and|de|des|du|de la|del|of"
    r"|pour l[ea]|pour les|para el|para la|para los|para las|for the)\s+)?"
    r"[a-zà-öø-ÿ][\w’'-]*){0,3})(?=\s*[,.;:()«»\"“”]|\s*$|(?P<place>"
    + r"\s+(?:de la|de l[’']|del|du|de|d[’'])\s*[A-ZÀ-Þ]))"
)
PURPOSE = re.compile(
    r"(?<!\w)(?:pour l[ea]|pour les|para el|para la|para los|para las|for the)(?!\w)"
)
# "... de santé de Martinique": a place (or unknown name) after the tail ends the name
OF_PLACE = re.compile(r"\s+(?:de la|de l[’']|del|du|de|d[’'])\s*")
OF_CAPITAL = re.compile(r"\s+(?:de la|de l[’']|del|du|de|d[’'])\s*[A-ZÀ-Þ]")


@cache
def _adjectives(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lang_lines(lang, "org_adjectives"))


@cache
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lang_lines(lang, "stopwords"))


def extend_orgs(text: str, mentions: list[Mention], lang: str, end: int) -> list[Mention]:
    """The mentions with each unknown organization's lower-case tail joined to it; demonyms
    inside a tail become part of the name."""
    out = list(mentions)
    for m in mentions:
        if m.kind != "org" or m.key or not org_word_type(m.text.split()[-1:], lang):
            continue
        if len(m.text.split()) > 1 and not org_word_type(m.text.split()[:1], lang):
            continue  # "Acme Motors designó": a trade word ending a name takes no tail
        stop, before_place = _tail(text, m.end, lang, end)
        if stop == m.end:
            continue
        if before_place:  # the place or name after the tail, when it ends the clause
            of = OF_PLACE.match(text, stop)
            nxt = [o for o in out if of and o.begin == of.end() and o.kind in ("place", "name")]
            # after adjectives only ("Alliance française de Lima") the place is the name's
            # wherever the clause goes; after a complement it may be the sentence's
            adjectives_only = not COMPLEMENT.match(text, _adjectives_end(text, m.end, lang), end)
            if nxt and (
                adjectives_only
                or re.match(r"\s*(?:[,.;:()«»\"“”]|$)", text[nxt[0].end : end])
                or _goes_on(text, nxt[0].end, lang, end)
            ):
                stop = nxt[0].end
            elif adjectives_only:
                before_place = False
            else:
                continue
        inside = [o for o in out if o is not m and m.end <= o.begin < stop]
        if before_place:
            for o in [o for o in inside if o.end == stop]:
                out.remove(o)
                inside.remove(o)
        if any(o.kind != "demonym" for o in inside):
            continue
        for o in inside:
            out.remove(o)
        surface = text[m.begin : stop]
        out[out.index(m)] = replace(m, end=stop, text=surface, label=surface)
    return out


def join_trade_heads(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """'Compagnie minière Belcastel', 'Société pétrolière Tarvel': a company's head word, its
    lower-case trade or institution adjectives, then the name right after them make one
    company's name."""
    out = list(mentions)
    trades = company_words(lang)
    for m in mentions:
        if m not in out or m.kind != "org" or m.key:
            continue
        head, *rest = m.text.split()
        if org_word_type([head], lang) not in ("Corporation", "Organization"):
            continue
        if any(not _trade_adjective(w, lang, trades) for w in rest):
            continue
        pos = m.end
        while (word := WORD.match(text, pos)) and _trade_adjective(word.group(1), lang, trades):
            pos = word.end()
        after = [o for o in out if o.kind in ("name", "org") and o.begin == pos + 1]
        if not (rest or pos > m.end) or not after or text[pos] != " " or after[0].key:
            continue
        surface = text[m.begin : after[0].end]
        out.remove(after[0])
        out[out.index(m)] = replace(m, end=after[0].end, text=surface, label=surface)
    return out


def _trade_adjective(word: str, lang: str, trades: frozenset[str]) -> bool:
    return word[:1].islower() and (fold(word) in trades or _adjective(word, lang))


def _tail(text: str, begin: int, lang: str, end: int) -> tuple[int, bool]:
    """Where the lower-case rest of a name starting at `begin` ends (`begin` if none), and
    whether "de" and a capitalized word follow it."""
    pos = _adjectives_end(text, begin, lang, end)
    complement = COMPLEMENT.match(text, pos, end)
    if complement:
        # "de recherche pour le développement": a purpose inside the complement is the name's
        words = fold(PURPOSE.sub(" ", complement.group(1))).split()
        keep = {"de", "des", "du", "del", "la", "et", "y", "e", "of", "and", "d", "l"}
        stop = _stopwords(lang) - keep
        if words and not any(w in stop for w in words) and words[-1] not in _stopwords(lang):
            return complement.end(), complement.group("place") is not None
    open_end = _open_complement(text, pos, lang, end)
    if open_end is not None:
        return open_end, False
    if pos > begin and OF_CAPITAL.match(text, pos, end):
        return pos, True  # "Alliance française de Lima", "Université catholique de Louvain"
    return pos, False


LEAD = re.compile(COMPLEMENT.pattern.split("((?:")[0])
LOWER_WORD = re.compile(
    r"\s*(?:(?:et|y|e|and|de la|de l[’']|des|du|del|de|d[’']|of)\s+)?([a-zà-öø-ÿ][\w’'-]*)"
)
# what may follow a name's complement that the clause goes on after: "et Orange", "y el
# Instituto", "à Toulouse", "en Lima" (a verb is checked against the language's lexicon)
GOES_ON = re.compile(
    r"\s+(?:(?:et|y|e|and)\s+(?:(?:avec|con|with|le|la|les|l[’']|el|los|las|the)\s*)?[A-ZÀ-Þ]"
    r"|(?:et|y|and)\s+(?:le|la|les|l[’']|el|los|las|the)\s*(?P<noun>[a-zà-öø-ÿ]+)(?![\w’'-])"
    r"|(?:à|en|in|au|aux|dans)\s+[A-ZÀ-Þ]|\(|(?P<word>[a-zà-öø-ÿ]+)(?![\w’'-]))"
)


def _open_complement(text: str, pos: int, lang: str, end: int) -> int | None:
    """Where a lower-case complement ends that a verb, a coordinated name or a place goes on
    after: "Comisión nacional de energía firmó", "Agence de la transformation numérique et
    Orange", "Centre national d'études spatiales à Toulouse" (the longest such, of up to four
    words; None when there is none)."""
    lead = LEAD.match(text, pos, end)
    if not lead:
        return None
    keep = {"de", "des", "du", "del", "la", "et", "y", "e", "of", "and", "d", "l"}
    stop = _stopwords(lang) - keep
    verbs = lexicon(lang)["subject_verbs"] | lexicon(lang)["verbs"]
    best, at = None, lead.end()
    for _ in range(4):
        word = LOWER_WORD.match(text, at, end)
        if not word or fold(word.group(1)) in stop or word.group(1).casefold() in verbs:
            break
        at = word.end()
        if fold(word.group(1)) in _stopwords(lang):
            continue
        if _goes_on(text, at, lang, end):
            best = at
    return best


def _goes_on(text: str, at: int, lang: str, end: int) -> bool:
    """A verb, a coordinated name, a place or a bracket right after `at` (see GOES_ON)."""
    goes = GOES_ON.match(text, at, end)
    if not goes:
        return False
    noun = goes.group("noun")  # "... et l'entreprise Vextra": a second body, named by its noun
    if noun is not None:
        return noun in lexicon(lang)["descriptors"] or org_word_type([noun], lang) is not None
    word = goes.group("word")
    return word is None or word in lexicon(lang)["subject_verbs"] | lexicon(lang)["verbs"]


def _adjectives_end(text: str, begin: int, lang: str, end: int | None = None) -> int:
    """Where the adjectives after a head word end ("Agence nationale", "Escuela agrícola")."""
    end = len(text) if end is None else end
    pos = begin
    while True:
        word = WORD.match(text, pos, end)
        if not word or not _adjective(word.group(1), lang):
            return pos
        pos = word.end()


def _adjective(word: str, lang: str) -> bool:
    return fold(word) in _adjectives(lang) or default_gazetteer().demonym(word) is not None


AND_OF = re.compile(
    r"\s+(?:et|y|and)\s+(?:de la|de las|de los|de l[’']|des|du|del|de|d[’']|of the|of)\s*"
)
COMMA_OF = re.compile(r"\s*,\s*(?:de la|de las|de los|de l[’']|des|du|del|de|d[’'])\s*")


def join_portfolio_tail(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """'ministère de l'Enseignement supérieur et de la Recherche': an unknown ministry's name
    goes on over its portfolio's lower-case adjectives and over "et de" and a second
    capitalized portfolio (not a known name: "... et de Acme" is no portfolio). A known
    ministry with a second portfolio after it ("ministère des Affaires étrangères et du
    Développement") is another country's or another time's body: a name of its own."""
    out = sorted(mentions, key=lambda m: (m.begin, -m.end))
    heads = frozenset(w for code in ("en", "es", "fr") for w in lexicon(code)["portfolio_heads"])
    i = 0
    while i < len(out):
        m = out[i]
        words = m.text.split()
        if (
            m.kind != "org"
            or m.type != "GovernmentOrganization"
            or len(words) < 3
            or fold(words[0]) not in heads
        ):
            i += 1
            continue
        stop = _adjectives_end(text, m.end, lang)
        last = i
        while last + 1 < len(out):  # "..., de l'Innovation et de l'Énergie": each portfolio
            nxt = out[last + 1]
            joined = AND_OF.match(text, stop) or COMMA_OF.match(text, stop)
            if not (
                joined
                and nxt.begin == joined.end()
                and nxt.kind in ("name", "org")
                and not nxt.key
                and nxt.text[:1].isupper()
                and len(nxt.text.split()) <= 3
                and org_word_type(nxt.text.split(), lang) is None
            ):
                break
            last, stop = last + 1, _adjectives_end(text, nxt.end, lang)
            if AND_OF.fullmatch(joined.group()):
                break  # "et de": the last portfolio of the list
        if stop > m.end and (last > i or not m.key):
            # a known ministry with one more portfolio is another body, named as written
            surface = text[m.begin : stop]
            out[i : last + 1] = [replace(m, end=stop, text=surface, label=surface, key=None)]
        elif stop > m.end:  # "ministère de l'Éducation nationale": the known one, whole
            out[i] = replace(m, end=stop, text=text[m.begin : stop])
        i += 1
    return out
