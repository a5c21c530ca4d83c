"""Find an entity by name and gather everything the store says about it.

Names are matched fuzzily (rapidfuzz) against every label and alias in the entities graph, in
all languages, after folding case, accents and punctuation, so "queretaro" finds Querétaro and
"AWS" finds Amazon Web Services through its alias. The entity's facts are not read here:
`kg lookup` groups them by canonical fact with kg.answers (`queries/lookup.rq` still lists them
one per statement for SPARQL clients).

    >>> from kg.store import Store
    >>> lookup(Store.memory(), "Paula Bellizia")
    Traceback (most recent call last):
    ...
    kg.errors.KgError: no entity in the store matches 'Paula Bellizia'; ...
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from kg import rdf
from kg.errors import KgError
from kg.store import Store
from kg.text import fold

CUTOFF = 75.0  # weakest rapidfuzz WRatio score still shown as a match


@dataclass(frozen=True)
class Match:
    """An entity whose label or alias is close to the name asked for."""

    iri: str
    label: str
    matched: str  # the label or alias that matched
    score: float


@dataclass(frozen=True)
class Card:
    """What the entities graph says about one entity: label, types, aliases, Wikidata id."""

    iri: str
    label: str
    types: tuple[str, ...]
    aliases: tuple[tuple[str, str], ...]  # (form, language or "")
    wikidata: str | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "iri": self.iri,
            "label": self.label,
            "types": list(self.types),
            "aliases": [{"form": form, "lang": lang or None} for form, lang in self.aliases],
            "wikidata": self.wikidata,
        }


@dataclass(frozen=True)
class Lookup:
    """The best match described in full, and the other close matches."""

    entity: Card
    score: float
    others: tuple[Match, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity.as_dict(),
            "score": self.score,
            "others": [m.__dict__ for m in self.others],
        }


def find(store: Store, name: str, *, limit: int = 6, cutoff: float = CUTOFF) -> list[Match]:
    """Entities whose label or alias is close to `name`, best first, one match per entity.

    An exact match after folding always ranks first; ties go to the shorter label, then IRI.
    """
    names = store.select(
        f"""SELECT ?e ?label ?name WHERE {{ GRAPH {rdf.ENTITY_GRAPH} {{
              ?e rdfs:label ?label ; rdfs:label|skos:altLabel ?name }} }}"""
    )
    wanted = fold(name)
    if not wanted or not names:
        return []
    choices = [fold(row["name"].value) for row in names]
    found = process.extract(wanted, choices, scorer=fuzz.WRatio, limit=None, score_cutoff=cutoff)
    best: dict[str, Match] = {}
    for _, score, index in found:
        row = names[index]
        score = 101.0 if choices[index] == wanted else round(float(score), 1)
        match = Match(row["e"].value, row["label"].value, row["name"].value, score)
        if match.iri not in best or _rank(match) < _rank(best[match.iri]):
            best[match.iri] = match
    return sorted(best.values(), key=_rank)[:limit]


def _rank(match: Match) -> tuple:
    return (-match.score, len(match.label), match.iri, match.matched)


def describe(store: Store, iri: str) -> Card:
    """One entity's card: label, types, aliases and Wikidata id."""
    rows = store.select(
        f"""SELECT ?e ?p ?o WHERE {{ GRAPH {rdf.ENTITY_GRAPH} {{ ?e ?p ?o }} }}""",
        e=rdf.NamedNode(iri),
    )
    label, types, aliases, wikidata = "", [], [], None
    for row in rows:
        predicate, value = row["p"], row["o"]
        if predicate == rdf.RDFS.label:
            label = value.value
        elif predicate == rdf.A:
            types.append(value.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1])
        elif predicate == rdf.SKOS.altLabel:
            aliases.append((value.value, value.language or ""))
        elif predicate == rdf.OWL.sameAs and value.value.startswith(rdf.WD.prefix):
            wikidata = value.value[len(rdf.WD.prefix) :]
    return Card(iri, label, tuple(sorted(types)), tuple(sorted(aliases)), wikidata)


def lookup(store: Store, name: str, *, cutoff: float = CUTOFF) -> Lookup:
    """The entity that best matches `name`, described, with the other matches above `cutoff`.

    Raises KgError when nothing in the store is close enough.
    """
    matches = find(store, name, cutoff=cutoff)
    if not matches:
        raise KgError(
            f"no entity in the store matches '{name}'; check the spelling or run `kg stats`"
        )
    top = matches[0]
    return Lookup(describe(store, top.iri), min(top.score, 100.0), tuple(matches[1:]))
