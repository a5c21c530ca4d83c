"""Resolve an article's name mentions to canonical entities.

Within an article: a name and the acronym defined after it (`Amazon Web Services (AWS)`) are
one entity; a short mention (`Bellizia`, `Altagracia Gómez`) joins the one full name whose
words contain it, and stays apart when two full names would fit (two people who share a
surname are never merged). Across articles: the entity key is the gazetteer key when the
gazetteer knows the name, else a slug of the folded name, so `Querétaro` and `Queretaro`,
written in two articles, are one entity.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache
from urllib.parse import urlparse

from kg.coref import main_org_key
from kg.gazetteer import default as default_gazetteer
from kg.model import ORG_TYPES, Article, Entity, Mention, Sentence
from kg.recognize.mentions import ENTITY_KINDS, acronym_after
from kg.recognize.names import CONNECTORS, HEAD_ARTICLES, lexicon, org_word_type, region_words
from kg.text import fold, lang_lines, lang_table, normalize_space, slug

KIND_OF_TYPE = {"Person": "person", "Program": "program"}


@dataclass
class Cluster:
    key: str
    label: str
    type: str
    wikidata: str | None = None
    forms: set[str] = field(default_factory=set)
    count: int = 0
    first: int = 0
    known: bool = False

    def entity(self) -> Entity:
        return Entity(
            key=self.key,
            label=self.label,
            type=self.type or "Organization",
            wikidata=self.wikidata,
            aliases=tuple(sorted(self.forms)),
        )


class Resolution:
    """The article's clusters of mentions; extractors ask it for the entity of a mention."""

    def __init__(self, article: Article):
        self.article = article
        self.clusters: dict[str, Cluster] = {}
        self.by_span: dict[tuple[int, int], str] = {}
        self.used: set[str] = set()
        self.memo: dict = {}  # per-article results of later stages (kg.coref's salience)

    def key_of(self, mention: Mention) -> str | None:
        return self.by_span.get((mention.begin, mention.end))

    def cluster(self, mention: Mention) -> Cluster | None:
        key = self.key_of(mention)
        return self.clusters.get(key) if key else None

    def entity(self, mention: Mention, as_type: str | None = None) -> Entity | None:
        """The entity a mention names; `as_type` settles an untyped name's type."""
        cluster = self.cluster(mention)
        if cluster is None:
            return None
        if as_type and not cluster.type:
            cluster.type = as_type
        self.used.add(cluster.key)
        return cluster.entity()

    def type_of(self, mention: Mention) -> str:
        cluster = self.cluster(mention)
        return cluster.type if cluster else ""

    def known_entity(self, key: str) -> Entity:
        """A gazetteer entity the text implies without naming (a ministry from a title)."""
        if key not in self.clusters:
            entry = default_gazetteer().get(key)
            if entry is None:
                raise KeyError(key)
            self.clusters[key] = Cluster(
                key, entry.label, entry.type, entry.wikidata, known=True, first=1 << 30
            )
        self.used.add(key)
        return self.clusters[key].entity()

    def main(self, types: frozenset[str] | set[str]) -> Entity | None:
        """The most mentioned entity of these types in the article (first mention breaks ties)."""
        candidates = [c for c in self.clusters.values() if c.type in types and c.count]
        if not candidates:
            return None
        best = max(candidates, key=lambda c: (c.count, -c.first))
        self.used.add(best.key)
        return best.entity()

    def entities(self) -> tuple[Entity, ...]:
        """Entities to describe: every typed one mentioned, and every untyped one a fact used."""
        out = [
            c.entity() for c in self.clusters.values() if (c.count and c.type) or c.key in self.used
        ]
        return tuple(sorted(out, key=lambda e: e.key))

    def finalize(self, entity: Entity) -> Entity:
        """The entity as it stands after every fact rule ran (types settled late)."""
        cluster = self.clusters.get(entity.key)
        return cluster.entity() if cluster else entity


def resolve(article: Article, mentions: list[list[Mention]]) -> Resolution:
    resolution = Resolution(article)
    names = [m for sentence in mentions for m in sentence if m.kind in ENTITY_KINDS]
    acronyms: dict[str, str] = {}
    text = article.text

    def add(mention: Mention, key: str, label: str, type_: str, **kw) -> None:
        label = normalize_space(label)  # a name across a wrapped line: "Maryse\nBossière"
        cluster = resolution.clusters.get(key)
        if cluster is None:
            cluster = Cluster(key, label, type_, first=mention.begin, **kw)
            resolution.clusters[key] = cluster
        elif not cluster.type and type_:
            cluster.type = type_
        if cluster.label.isupper() and not label.isupper() and fold(label) == fold(cluster.label):
            cluster.label = label  # "VEXTRA" in a headline in capitals, "Vextra" in the body
        cluster.forms.add(normalize_space(mention.text))
        cluster.count += 1
        resolution.by_span[(mention.begin, mention.end)] = key

    # 1. known names, and acronyms defined after any name
    named = [m for s in mentions for m in s if m.kind in ENTITY_KINDS | {"demonym"}]
    local = _local_bodies(named)
    for span, key in _unknown_ministries(named).items():  # "el Ministerio de Economía"
        entry = default_gazetteer().get(key)
        m = next(n for n in names if (n.begin, n.end) == span)
        add(m, key, entry.label, entry.type, wikidata=entry.wikidata, known=True)
    # "la Empresa de los Ferrocarriles del Estado (EFE)": an acronym the article defines for
    # another name is that name's here, not the known body the acronym also names
    definitions = [(m, d) for m in names if (d := acronym_after(text, m))]
    redefined = {d[2] for m, d in definitions if not m.key and m.kind in ("org", "name")}
    for m in names:
        if resolution.key_of(m):
            continue
        if m.key and m.text in redefined:
            continue
        if m.key in local and local[m.key] is None:
            add(m, slug(m.text), normalize_space(m.text), "GovernmentOrganization")
        elif m.key:
            entry = default_gazetteer().get(local.get(m.key) or m.key)
            add(m, entry.key, entry.label, entry.type, wikidata=entry.wikidata, known=True)
    for m, defined in definitions:
        if m.kind == "place" and fold(defined[2])[:1] != fold(m.label)[:1]:
            continue  # "Caisse de dépôt et placement du Québec (CDPQ)": the org's, cut short
        acronyms.setdefault(defined[2], m.key or slug(m.label))
    # 2. full names (several words), then short mentions that fit exactly one of them
    persons = [m for m in names if m.kind == "person" and len(m.label.split()) >= 2]
    for m in persons:
        if not m.key:
            add(m, slug(m.label), m.label, "Person")
    full = {
        key: set(fold(c.label).split())
        for key, c in resolution.clusters.items()
        if c.type == "Person"
    }
    for m in names:
        if resolution.key_of(m):
            continue
        words = set(fold(m.label).split())
        if m.text in acronyms and acronyms[m.text] in resolution.clusters:
            add(m, acronyms[m.text], "", "")
            continue
        if m.kind in ("person", "name") and words and not words <= _particles():
            fits = [key for key, full_words in full.items() if words < full_words]
            if len(fits) == 1:
                add(m, fits[0], "", "Person")
                continue
        type_ = m.type or ""
        key = slug(m.label)
        if (
            key in resolution.clusters
            and resolution.clusters[key].type
            and type_
            and ((resolution.clusters[key].type == "Person") != (type_ == "Person"))
        ):
            key = f"{key}-{KIND_OF_TYPE.get(type_, 'org')}"
        add(m, key, m.label, type_)
    _merge_short_org_names(resolution)
    _merge_bare_heads(resolution)
    return resolution


@cache
def _particles() -> frozenset[str]:
    """Folded articles and name particles of the three languages ("la", "del", "von"): the
    "La" of "de la Fuente" is no short form of that person's name."""
    words = {fold(w) for w in CONNECTORS | HEAD_ARTICLES}
    for lang in ("en", "es", "fr"):
        words |= lexicon(lang)["stopwords"]
    return frozenset(words)


def _local_bodies(names: list[Mention]) -> dict[str, str | None]:
    """Known ministries named generically ("the Ministry of Education", "ministère de
    l'Économie") in an article that names neither their country nor a place in it: key ->
    the ministry of the same portfolio of the country the article names most, or None when
    no country leads or the gazetteer has no such ministry (the body stays a name of its
    own). The gazetteer files a generic name under one country's ministry; an article about
    Peru means Peru's. An article that names no country keeps the gazetteer's."""
    gazetteer = default_gazetteer()
    counts: Counter[str] = Counter()
    generic: dict[str, Mention] = {}
    for m in names:
        entry = gazetteer.get(m.key) if m.key else None
        if entry is None:
            continue
        if entry.type == "Country":
            counts[entry.key] += 1
        elif entry.type == "GovernmentOrganization" and entry.country and _generic(m, entry):
            generic.setdefault(entry.key, m)
        elif entry.country:
            counts[entry.country] += 1
    if not generic or not counts:
        return {}
    ranked = counts.most_common(2)
    leader = ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None
    out: dict[str, str | None] = {}
    for key in generic:
        entry = gazetteer.get(key)
        if entry.country in counts:
            continue  # the article names the ministry's country: the gazetteer's may be right
        found = (
            {gazetteer.ministry(leader, w) for w in entry.portfolio} - {None} if leader else set()
        )
        out[key] = found.pop().key if len(found) == 1 else None
    return out


def _unknown_ministries(names: list[Mention]) -> dict[tuple[int, int], str]:
    """Unknown ministries ("el Ministerio de Economía", "the Ministry of Mining") in an
    article that names one country only: span -> the gazetteer's ministry of that country
    for the portfolio the name states, when exactly one fits. A national body named only
    generically ("the Central Bank", "el Banco Central": a portfolio of the gazetteer's) is
    the one of the country the article names most."""
    gazetteer = default_gazetteer()
    countries = set()
    for m in names:
        entry = gazetteer.get(m.key) if m.key else None
        if entry is not None and entry.type == "Country":
            countries.add(entry.key)
        elif entry is not None and entry.country:
            countries.add(entry.country)
    out = {}
    leader = _leading_country(names)
    for m in names:  # "the Central Bank": the whole name is a national body's generic name
        words = m.text.split()
        if m.key or m.kind != "org" or len(words) < 2 or leader is None:
            continue
        if fold(words[0]) in _portfolio_heads() or not org_word_type(words, "en"):
            continue
        entry = gazetteer.ministry(leader, m.text)
        if entry is not None and fold(m.text) in {fold(p) for p in entry.portfolio}:
            out[(m.begin, m.end)] = entry.key
    if len(countries) != 1:
        return out
    (country,) = countries
    for m in names:
        words = m.text.split()
        if m.key or m.kind != "org" or len(words) < 2 or fold(words[0]) not in _portfolio_heads():
            continue
        entry = gazetteer.ministry(country, " ".join(words[1:]))
        if entry is not None:
            out[(m.begin, m.end)] = entry.key
    return out


def _leading_country(names: list[Mention]) -> str | None:
    """The country the article names most (its places and bodies counting for it), when one
    leads; None on a tie or when it names none."""
    gazetteer = default_gazetteer()
    counts: Counter[str] = Counter()
    for m in names:
        entry = gazetteer.get(m.key) if m.key else None
        if entry is not None and entry.type == "Country":
            counts[entry.key] += 1
        elif entry is not None and entry.country:
            counts[entry.country] += 1
    ranked = counts.most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _generic(mention: Mention, entry) -> bool:
    """A ministry's name that says nothing of its country: a portfolio head word in it,
    neither the country's name nor its demonym."""
    words = fold(mention.text).split()
    if not any(w in _portfolio_heads() for w in words):
        return False
    country = default_gazetteer().get(entry.country)
    marks = {fold(n) for n in (*country.names, *country.demonyms)}
    text = f" {' '.join(words)} "
    return not any(f" {mark} " in text for mark in marks)


@cache
def _portfolio_heads() -> frozenset[str]:
    """Folded head words of ministries ("ministry", "secretaria", "ministere")."""
    return frozenset(
        fold(w) for lang in ("en", "es", "fr") for w in lexicon(lang)["portfolio_heads"]
    )


def _merge(resolution: Resolution, source: str, target: str) -> None:
    src, dst = resolution.clusters.pop(source), resolution.clusters[target]
    dst.forms |= src.forms
    dst.count += src.count
    dst.first = min(dst.first, src.first)
    if not dst.type:
        dst.type = src.type
    for span, key in resolution.by_span.items():
        if key == source:
            resolution.by_span[span] = target


def _body_of(words: list[str]) -> bool:
    """'Universities', 'Foundation': the words after a known name make a body of its own."""
    return len(words) == 1 and org_word_type(words, "en") not in (None, "Corporation")


def _country_unit(words: list[str]) -> bool:
    """'Colombia', 'México', 'Americas': the words after a company's name that make its unit
    in a country or a region, an organization of its own ('Vercors Mobilité México')."""
    name = " ".join(words)
    if not name:
        return False
    gazetteer = default_gazetteer()
    if any(e.type == "Country" for e in gazetteer.candidates(name)):
        return True
    return fold(name) in region_words()


@cache
def _group_words() -> frozenset[str]:
    """Folded company head words written before a name ("grupo", "groupe", "corporación"):
    the organization words of the three languages that make a company."""
    return frozenset(
        fold(word)
        for lang in ("en", "es", "fr")
        for word, kind in lexicon(lang)["org_words"].items()
        if kind == "Corporation"
    )


def _group_word(word: str) -> bool:
    return fold(word) in _group_words()


def _initials(label: str) -> str:
    return "".join(w[0] for w in label.split() if w[:1].isupper())


@cache
def _body_heads() -> frozenset[str]:
    return frozenset(fold(w) for w in lang_lines("xx", "body_heads"))


def _merge_bare_heads(resolution: Resolution) -> None:
    """'la Gobernación de Nariño ... la Gobernación', 'la Région Guadeloupe ... la Région': a
    government's head word alone (`lang/xx/body_heads`) is the one body of the article whose
    name it opens, not a namesake the gazetteer knows (Mexico's Secretaría de Gobernación)."""
    for short in list(resolution.clusters.values()):
        forms = {fold(f) for f in short.forms}
        if not forms or not forms <= _body_heads():
            continue
        fits = [
            c
            for c in resolution.clusters.values()
            if c is not short
            and c.type in ORG_TYPES
            and any(fold(f).split()[0] in forms and " " in f for f in c.forms)
        ]
        if len(fits) == 1 and short.key in resolution.clusters:
            _merge(resolution, short.key, fits[0].key)


def _joint_name(rest: list[str], long: Cluster, clusters: list[Cluster]) -> bool:
    """The words a longer name adds after a shorter one ("Misti" of "Eauvance Misti") end the
    name of another organization of the article ("Grupo Constructor Misti"): the longer one is
    the two's joint venture, not the shorter one's full name."""
    if not rest:
        return False
    for other in clusters:
        words = fold(other.label).split()
        if other is not long and len(words) > len(rest) and words[-len(rest) :] == rest:
            return True
    return False


def _merge_short_org_names(resolution: Resolution) -> None:
    """Within one article, 'BTW' for 'Blue Tech Wave' (initials), 'Amazon' for 'Amazon Web
    Services' (first words) and 'Lumiar' for 'Grupo Lumiar' (a company head word before it)
    name the one longer organization that fits, never one of two."""

    def orgs() -> list[Cluster]:
        return [c for c in resolution.clusters.values() if c.type in ORG_TYPES or c.type == ""]

    for short in sorted(orgs(), key=lambda c: c.key):
        if short.key not in resolution.clusters or short.type == "Person":
            continue
        words = fold(short.label).split()
        fits = []
        for long in orgs():
            if long is short or long.type == "Person":
                continue
            long_words = fold(long.label).split()
            if short.label.isupper() and 2 <= len(short.label) <= 6 and not short.known:
                if _initials(long.label) == short.label:
                    fits.append(long)
            elif len(words) < len(long_words) and long_words[: len(words)] == words:
                if short.known and _body_of(long.label.split()[len(words) :]):
                    continue  # "Santander" is not its "Santander Universities"
                if _country_unit(long.label.split()[len(words) :]):
                    continue  # "Hydrelis Colombia" is the subsidiary, not "Hydrelis"
                if _joint_name(long_words[len(words) :], long, orgs()):
                    continue  # "Eauvance Misti", of Eauvance and Grupo Misti: their venture
                fits.append(long)
            elif long_words[1:] == words and not short.known and _group_word(long_words[0]):
                fits.append(long)  # "Lumiar" for "Grupo Lumiar", "Vantor" for "Groupe Vantor"
        if len(fits) == 1:
            _merge(resolution, short.key, fits[0].key)


def main_country(
    resolution: Resolution, mentions: list[list[Mention]], text: str = "", url: str = ""
) -> Entity | None:
    """The country the article is most about: most mentioned, demonyms included (with the
    `text`, not those that say where a company named after them is from); a country the
    `url`'s path names as a section ("/argentina/", "/republica-dominicana/") counts as one
    mention more."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    gazetteer = default_gazetteer()
    for sentence in mentions:
        for i, m in enumerate(sentence):
            if m.kind == "demonym" and text and (_origin(text, sentence, i) or _nominal(text, m)):
                continue  # "la compañía japonesa Nissan", "la japonesa": where it is from
            if m.kind == "place" and _represented(text, sentence, i):
                continue  # "el cónsul general del Japón en León": the country a diplomat serves
            if m.key and m.type == "Country" and m.kind in ("place", "demonym"):
                # a demonym mostly says where someone is from ("la japonesa", "el cónsul
                # japonés"): half a name's weight, as a state or city of the country has
                counts[m.key] += 1 if m.kind == "place" else 0.5
                first.setdefault(m.key, m.begin)
            elif m.key and m.kind == "place" and m.type in ("State", "City"):
                country = gazetteer.get(m.key).country
                if country:
                    counts[country] += 0.5
                    first.setdefault(country, m.begin)
    # after the names, so that a country's first mention in the text breaks a tie
    for key in _url_countries(url):
        counts[key] += 1
        first.setdefault(key, len(text))
    for key in _currency_countries(mentions):  # "RD$ 1.450 millones", "S/ 900 millones"
        counts[key] += 1
        first.setdefault(key, len(text))
    if not counts:
        return None
    key = max(counts, key=lambda k: (counts[k], -first[k]))
    return resolution.known_entity(key)


@cache
def _currency_country() -> dict[str, str]:
    return {r[0]: r[1] for r in lang_table("xx", "currency_countries") if len(r) > 1}


def _currency_countries(mentions: list[list[Mention]]) -> list[str]:
    """The countries whose own currency the article's amounts are in, each once."""
    table = _currency_country()
    found: list[str] = []
    for sentence in mentions:
        for m in sentence:
            key = table.get(m.unit or "") if m.kind == "money" else None
            if key and key not in found:
                found.append(key)
    return found


def _url_countries(url: str) -> list[str]:
    """The countries the sections of a URL's path name, each once: '/argentina/x-y' gives
    Argentina, '/republica-dominicana/...' the Dominican Republic (the last segment, the
    article's own slug, is left out)."""
    if not url:
        return []
    segments = urlparse(url).path.strip("/").split("/")[:-1]
    gazetteer = default_gazetteer()
    found: list[str] = []
    for segment in segments:
        entry = gazetteer.match(segment.replace("-", " "))
        if entry is not None and entry.type == "Country" and entry.key not in found:
            found.append(entry.key)
    return found


LOCATIVE = re.compile(
    r"(?<!\w)(?:in|en|au|aux|à|dans)\s+(?:(?:the|el|la|le|l[’'])\s*)?\Z", re.IGNORECASE
)


def destination(
    resolution: Resolution, mentions: list[list[Mention]], text: str, main: Entity | None = None
) -> Entity | None:
    """Where the article says things happen: the country its places "in ..." belong to most
    often, a state or city counting for its country. An investment whose
    sentence names no place is most likely there; None when no place follows "in"."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    gazetteer = default_gazetteer()
    for sentence in mentions:
        for m in sentence:
            if (
                m.kind != "place"
                or not m.key
                or not LOCATIVE.search(text, max(0, m.begin - 12), m.begin)
                or _seat().search(text, max(0, m.begin - 40), m.begin)
            ):
                continue  # "con sede en Texas": where the company is, not where things happen
            entry = gazetteer.get(m.key)
            if entry is None or entry.type not in ("Country", "State", "City"):
                continue  # "the largest in Latin America": a region is scope, not a site
            key = entry.country if entry.type != "Country" else entry.key
            if key:
                counts[key] += 1
                first.setdefault(key, m.begin)
    if not counts:
        return None
    main_key = main.key if main else None  # on a tie, the country the article is most about
    key = max(counts, key=lambda k: (counts[k], k == main_key, -first[k]))
    return resolution.known_entity(key)


@cache
def _seat() -> re.Pattern[str]:
    """A head-office phrase (`lang/<lang>/seat_words.txt`, any language) and a locative, right
    before a place: "headquartered in", "con sede en", "basée à"."""
    words = sorted(
        {w for lang in ("en", "es", "fr") for w in lang_lines(lang, "seat_words")},
        key=len,
        reverse=True,
    )
    phrases = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(
        rf"(?<!\w)(?:{phrases})\s+(?:in|en|au|aux|à|dans)\s+(?:(?:the|el|la|le|l[’'])\s*)?\Z",
        re.IGNORECASE,
    )


ORIGIN_GAP = re.compile(r"[^\S\r\n]*(?:[a-zà-ÿ’'-]+[^\S\r\n]+){0,2}")


# a singular article right before a demonym used as a noun: "la japonesa ampliará", "le
# québécois investira" (the company or person from there, told before)
NOMINAL_BEFORE = re.compile(r"(?<!\w)(?:el|la|le|l[’'])[^\S\r\n]*\Z", re.IGNORECASE)
# between a diplomat's title and the country they represent: "del", "of", "du"
DIPLOMAT_GAP = re.compile(
    r"[^\S\r\n]*(?:general[^\S\r\n]+)?(?:de|del|de la|of|du|de l[’']|d[’'])?[^\S\r\n]*"
    r"(?:the[^\S\r\n]+)?",
    re.IGNORECASE,
)


def _nominal(text: str, m: Mention) -> bool:
    """A Spanish or French demonym as a noun after a singular article ("la japonesa ampliará
    su planta"): the company from there, not the country the article is about."""
    return bool(NOMINAL_BEFORE.search(text, max(0, m.begin - 4), m.begin)) and (
        m.end >= len(text) or not text[m.end : m.end + 2].strip()[:1].isupper()
    )


def _represented(text: str, sentence: list[Mention], i: int) -> bool:
    """A country right after a diplomat's title ("el cónsul general del Japón", "the
    ambassador of France"): the country the diplomat represents abroad."""
    before = [n for n in sentence[:i] if n.end <= sentence[i].begin]
    return bool(
        before
        and before[-1].kind == "title"
        and before[-1].label == "diplomat"
        and DIPLOMAT_GAP.fullmatch(text, before[-1].end, sentence[i].begin)
    )


def _origin(text: str, sentence: list[Mention], i: int) -> bool:
    """A demonym that describes the organization named right after it ("the Japanese
    automaker Nissan", "le constructeur français Renault"): the company's origin, not a
    country the article is about."""
    m = sentence[i]
    later = [n for n in sentence[i + 1 :] if n.begin >= m.end and n.kind in ("org", "name")]
    if not later or later[0].begin - m.end > 40:
        return False
    nxt = later[0]
    between = [n for n in sentence[i + 1 :] if m.end <= n.begin < nxt.begin]
    return not between and bool(ORIGIN_GAP.fullmatch(text, m.end, nxt.begin))


def main_org(
    resolution: Resolution,
    sentences: list[Sentence] | None = None,
    mentions: list[list[Mention]] | None = None,
) -> Entity | None:
    """The company or organization the article is most about (not a government body): the
    most salient one (`kg.coref.salience`) when the sentences are given, else the most
    mentioned typed one."""
    if sentences is None or mentions is None:
        return resolution.main(ORG_TYPES - {"GovernmentOrganization", "NewsMediaOrganization"})
    key = main_org_key(resolution, sentences, mentions)
    if key is None:
        return None
    cluster = resolution.clusters[key]
    resolution.used.add(key)
    return cluster.entity()


def with_final_entities(resolution: Resolution, fact):
    """The fact with every entity in it as settled after all rules ran."""
    changes = {}
    for name in ("person", "org", "investor", "place", "a", "b", "subject"):
        value = getattr(fact, name, None)
        if isinstance(value, Entity):
            changes[name] = resolution.finalize(value)
    ev = fact.evidence
    if ev.speaker:
        changes["evidence"] = replace(ev, speaker=resolution.finalize(ev.speaker))
    return replace(fact, **changes) if changes else fact
