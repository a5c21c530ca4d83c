"""The curated gazetteer: known organizations, places and programs, and their names in en/es/fr.

The gazetteer names entities; it never states facts. It is how the pipeline turns the many
surface forms of one thing ("Economy Ministry", "Secretaría de Economía", "ministère de
l'Économie", "SE") into one canonical entity with a stable key and, where known, a Wikidata id.
The data lives in `kg/ontology/gazetteer.tsv` (its header comment explains the columns); this module
loads and validates it once and answers look-ups by name, demonym and ministry portfolio.

Names are compared folded (`kg.text.fold`: no accents, case or punctuation), so the file lists
each spelling once. A name that two entries share is ambiguous: `match` returns None for it
rather than guess, and `candidates` gives the resolver every entry so it can decide from context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from kg.model import ENTITY_TYPES
from kg.resources import package_path
from kg.text import fold

DEFAULT_PATH = package_path("ontology", "gazetteer.tsv")
# states and cities generated from data packages (tools/build_places.py)
PLACES_PATH = package_path("ontology", "places.tsv")

# A gazetteer lists organizations, places and programs, never people.
TYPES = frozenset(ENTITY_TYPES) - {"Person"}
COLUMNS = ("key", "type", "wikidata", "label", "aliases", "demonyms", "country", "portfolio")

_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_QID = re.compile(r"Q[1-9][0-9]*\Z")
_SEPARATOR = "|"

# Folded leading articles a look-up may carry ("the Conalep", "la Secretaría", "l'Économie").
ARTICLES = frozenset({"the", "el", "la", "los", "las", "le", "les", "l"})
# Folded words a title puts before its portfolio ("Minister of the Economy", "secrétaire à
# l'Économie", "Secretario de Relaciones Exteriores"); `ministry` drops them.
_PORTFOLIO_LEAD = ARTICLES | {"of", "for", "de", "del", "des", "du", "d", "a", "au", "aux"}


@dataclass(frozen=True)
class Entry:
    """One gazetteer row: a known entity and every name it goes by.

    `country` is the key of the Country entry the entity belongs to (places inside a country,
    national institutions); `portfolio` holds, for ministries only, the words a title may use
    for the ministry's field ("economy", "économie", "relaciones exteriores").
    """

    key: str
    type: str
    wikidata: str | None
    label: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    country: str | None = None
    portfolio: tuple[str, ...] = ()
    # names that are this place only beside a place cue ("en Altamira", "Altamira, Tamaulipas"),
    # from places.tsv; `names` leaves them out, `cued_names` gives them
    cued: tuple[str, ...] = ()
    population: int = 0
    # names never trusted alone, not even beside a cue: a bare name that is a common word or
    # a given name ("Pará", "Magdalena"), whose place only its typed forms name
    silent: tuple[str, ...] = ()
    # a city's State (its key), from places.tsv: where a governor of the city's news governs
    state: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The label then the aliases, as written in the file (cued and silent names aside)."""
        names = (self.label, *self.aliases)
        aside = (*self.cued, *self.silent)
        return tuple(n for n in names if n not in aside) if aside else names


class Gazetteer:
    """Look-ups over a set of entries, by key, name, demonym and ministry portfolio.

    Build one with `Gazetteer.load()` (or `default()` for the shared, cached instance); the
    constructor also takes entries directly, which is how tests make small stand-in gazetteers.
    """

    def __init__(self, entries: Iterable[Entry]):
        self._entries = tuple(entries)
        self._by_key = {entry.key: entry for entry in self._entries}
        self._by_name: dict[str, tuple[Entry, ...]] = _index(
            (name, entry) for entry in self._entries for name in entry.names
        )
        self._by_demonym: dict[str, tuple[Entry, ...]] = _index(
            (word, entry) for entry in self._entries for word in entry.demonyms
        )
        self._by_portfolio: dict[tuple[str, str], tuple[Entry, ...]] = {}
        for entry in self._entries:
            if entry.country is None:
                continue
            for word in entry.portfolio:
                slot = (entry.country, fold(word))
                found = self._by_portfolio.get(slot, ())
                if entry not in found:
                    self._by_portfolio[slot] = (*found, entry)
        self._portfolio_countries = frozenset(country for country, _ in self._by_portfolio)

    def cued_names(self) -> Iterator[tuple[str, Entry]]:
        """Every (bare place name, entry) that needs a place cue to be trusted; several
        entries may share a name (the recognizer chooses by the article's country)."""
        for entry in self._entries:
            for name in entry.cued:
                if name not in entry.silent:
                    yield name, entry

    @classmethod
    def load(cls, path: Path | None = None, places: Path | None = None) -> Gazetteer:
        """Read and validate a gazetteer file (by default `ontology/gazetteer.tsv`).

        Raises ValueError naming the file and line of the first problem: a wrong number of
        columns, a malformed key or Q-id, an unknown type, a duplicate key, an empty name, a
        portfolio without a country, or a country column that names no Country entry.
        """
        path = DEFAULT_PATH if path is None else path
        entries = _parse(path)
        return cls(_with_places(entries, places) if places else entries)

    def get(self, key: str) -> Entry | None:
        return self._by_key.get(key)

    def candidates(self, name: str) -> tuple[Entry, ...]:
        """Every entry that goes by `name` (folded), trying again without a leading article.

        More than one entry means the name is ambiguous; a resolver that knows the context
        (the country an article is about, say) can choose among them.
        """
        folded = fold(name)
        found = self._by_name.get(folded)
        if found is None:
            head, _, rest = folded.partition(" ")
            if head in ARTICLES and rest:
                found = self._by_name.get(rest)
        return found or ()

    def match(self, name: str) -> Entry | None:
        """The one entry named `name`, or None when the name is unknown or ambiguous.

        >>> default().match("ministère de l'Économie").key
        'secretaria-de-economia'
        """
        found = self.candidates(name)
        return found[0] if len(found) == 1 else None

    def demonym(self, word: str) -> Entry | None:
        """The place an adjective of origin refers to ('mexicaine' -> Mexico), if unambiguous."""
        found = self._by_demonym.get(fold(word), ())
        return found[0] if len(found) == 1 else None

    def ministry(self, country_key: str, portfolio_word: str) -> Entry | None:
        """The ministry of a country that a title's portfolio names, if exactly one does.

        `portfolio_word` is the field as a title states it, with or without its leading
        preposition and article: ('mexico', "de l'Économie") and ('mexico', 'economy') both
        give the Secretaría de Economía.
        """
        found = self._ministries(country_key, portfolio_word)
        return found[0] if len(found) == 1 else None

    def has_portfolio(self, country_key: str, portfolio_word: str) -> bool:
        """Whether any ministry of the country goes by this portfolio (see `ministry`)."""
        return bool(self._ministries(country_key, portfolio_word))

    def _ministries(self, country_key: str, portfolio_word: str) -> tuple[Entry, ...]:
        words = fold(portfolio_word).split()
        while words and words[0] in _PORTFOLIO_LEAD:
            words = words[1:]
        return self._by_portfolio.get((country_key, " ".join(words)), ())

    def lists_ministries(self, country_key: str) -> bool:
        """Whether the gazetteer knows any ministry of the country by its portfolio."""
        return country_key in self._portfolio_countries

    def names(self, *, demonyms: bool = False) -> Iterator[tuple[str, Entry]]:
        """Every (surface form, entry) pair, as written in the file, for building a text matcher.

        Forms come in file order (label first); ambiguous forms appear once per entry, so a
        matcher should check `candidates` before it trusts one. Demonyms are left out unless
        asked for: they are adjectives ("German" is also a first name), not names.
        """
        for entry in self._entries:
            for name in entry.names:
                yield name, entry
            if demonyms:
                for word in entry.demonyms:
                    yield word, entry

    def entries(self) -> tuple[Entry, ...]:
        return self._entries

    def __len__(self) -> int:
        return len(self._entries)


@cache
def default() -> Gazetteer:
    """The project's gazetteer with the generated places, loaded once per process."""
    return Gazetteer.load(places=PLACES_PATH)


def _with_places(entries: list[Entry], path: Path) -> list[Entry]:
    """The curated entries, with the places of `path` (see its header): a row whose key is a
    curated entry's adds its cued name and typed forms to it; other rows are new entries."""
    by_key = {entry.key: i for i, entry in enumerate(entries)}
    out = list(entries)
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if (
            len(cells) != 7
            or not _KEY.match(cells[0])
            or cells[1] not in ("State", "City")
            or not (cells[2] or cells[0] in by_key)
            or (cells[6] and not _KEY.match(cells[6]))
        ):
            raise ValueError(
                f"{path}:{lineno}: expected key, State|City, name, typed, country, population,"
                " state (a name but for a curated key)"
            )
        key, type_, name, typed, country, population, state = cells
        silent = name.startswith("!")  # "!Miranda": the label, matched by no one alone
        name = name[1:] if silent else name
        if key in by_key:
            old = out[by_key[key]]
            out[by_key[key]] = replace(
                old,
                aliases=(*old.aliases, *_split(typed)),
                cued=old.cued if silent or not name else (*old.cued, name),
                state=state or old.state,
            )
            continue
        by_key[key] = len(out)
        out.append(
            Entry(
                key=key,
                type=type_,
                wikidata=None,
                label=name,
                aliases=_split(typed),
                country=country or None,
                cued=(name,),
                population=int(population),
                silent=(name,) if silent else (),
                state=state or None,
            )
        )
    return out


def _index(pairs: Iterable[tuple[str, Entry]]) -> dict[str, tuple[Entry, ...]]:
    """Folded name -> the entries that use it, each entry once, in file order."""
    index: dict[str, list[Entry]] = {}
    for name, entry in pairs:
        found = index.setdefault(fold(name), [])
        if not found or found[-1] is not entry:
            found.append(entry)
    return {name: tuple(found) for name, found in index.items()}


def _parse(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    lines: dict[str, int] = {}  # key -> line number, for messages

    def fail(lineno: int, message: str) -> ValueError:
        return ValueError(f"{path}:{lineno}: {message}")

    text = path.read_text(encoding="utf-8")
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) > len(COLUMNS):
            raise fail(lineno, f"expected {len(COLUMNS)} tab-separated columns, found {len(cells)}")
        cells += [""] * (len(COLUMNS) - len(cells))
        key, type_, wikidata, label, aliases, demonyms, country, portfolio = cells
        if not _KEY.match(key):
            raise fail(lineno, f"key {key!r} is not a slug of lowercase ASCII words joined by '-'")
        if key in lines:
            raise fail(lineno, f"duplicate key {key!r} (first on line {lines[key]})")
        if type_ not in TYPES:
            raise fail(lineno, f"unknown type {type_!r} for {key!r}; one of {sorted(TYPES)}")
        if wikidata and not _QID.match(wikidata):
            raise fail(lineno, f"wikidata id {wikidata!r} for {key!r} is not of the form Q123")
        if not label:
            raise fail(lineno, f"empty label for {key!r}")
        if portfolio and not country:
            raise fail(lineno, f"{key!r} has a portfolio but no country to look it up by")
        try:
            names = (label, *_split(aliases))
            cued = tuple(n[1:-1] for n in names if n.startswith("[") and n.endswith("]"))
            if cued and type_ not in ("State", "City"):
                raise ValueError("only a state or a city has a [cued] name")
            label, *others = (
                n[1:-1] if n.startswith("[") and n.endswith("]") else n for n in names
            )
            entry = Entry(
                key=key,
                type=type_,
                wikidata=wikidata or None,
                label=label,
                aliases=tuple(others),
                demonyms=_split(demonyms),
                country=country or None,
                portfolio=_split(portfolio),
                cued=cued,
            )
        except ValueError as error:
            raise fail(lineno, f"{key!r}: {error}") from None
        lines[key] = lineno
        entries.append(entry)

    types = {entry.key: entry.type for entry in entries}
    for entry in entries:
        if entry.country is not None and types.get(entry.country) != "Country":
            raise fail(
                lines[entry.key],
                f"{entry.key!r} names country {entry.country!r}, which is not a Country entry",
            )
    return entries


def _split(cell: str) -> tuple[str, ...]:
    """The ' | '-separated names of a list column; an empty name is a typo, not a name."""
    if not cell:
        return ()
    names = tuple(name.strip() for name in cell.split(_SEPARATOR))
    if not all(names):
        raise ValueError(f"empty name in {cell!r}")
    return names
