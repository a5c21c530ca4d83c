"""What every fact rule sees: one sentence, its mentions, and the article around it.

Rules are functions `rule(ctx: Context) -> Iterable[Fact]`, registered under a versioned name
(`roles.title_after_name` v1) in `kg.extract.RULES`; a new version of a rule is a new function
beside the old one, never an edit in place, so evidence keeps saying which rule read a fact.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kg.gazetteer import default as default_gazetteer
from kg.model import (
    ORG_TYPES,
    Article,
    Entity,
    Evidence,
    Fact,
    Mention,
    Sentence,
)
from kg.resolve import Resolution

NAME_KINDS = frozenset({"person", "org", "place", "program", "name"})
GOVERNMENT_CATEGORIES = frozenset(
    {"head_of_state", "minister", "government", "governor", "mayor", "diplomat"}
)
COMPANY_LIKE = frozenset({"Corporation", "Organization"})  # what "the company", "le fonds" name


@dataclass
class Document:
    """The article-wide view shared by the rules of every sentence."""

    article: Article
    sentences: list[Sentence]
    mentions: list[list[Mention]]
    resolution: Resolution
    main_org: Entity | None = None
    main_country: Entity | None = None
    destination: Entity | None = None  # where the article's places "in ..." are (resolve.py)
    furniture: set[int] = field(default_factory=set)  # sentence indexes that are page chrome


@dataclass
class Context:
    doc: Document
    index: int
    # what a rule computes once per sentence (`memo`): one Context serves one rule on one
    # sentence, so nothing in it outlives the facts it was computed for
    cache: dict = field(default_factory=dict, compare=False, repr=False)

    def memo(self, key: str, compute):
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]

    @property
    def article(self) -> Article:
        return self.doc.article

    @property
    def text(self) -> str:
        return self.doc.article.text

    @property
    def lang(self) -> str:
        return self.doc.article.lang

    @property
    def sentence(self) -> Sentence:
        return self.doc.sentences[self.index]

    @property
    def mentions(self) -> list[Mention]:
        return self.doc.mentions[self.index]

    @property
    def resolution(self) -> Resolution:
        return self.doc.resolution

    def names(self) -> list[Mention]:
        return [m for m in self.mentions if m.kind in NAME_KINDS]

    def of(self, *kinds: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind in kinds]

    def gap(self, left: Mention | int, right: Mention | int) -> str:
        begin = left if isinstance(left, int) else left.end
        end = right if isinstance(right, int) else right.begin
        return self.text[begin:end] if begin <= end else ""

    # typing ---------------------------------------------------------------------------
    def type_of(self, m: Mention) -> str:
        return self.resolution.type_of(m) or m.type

    def is_person(self, m: Mention) -> bool:
        return m.kind in ("person", "name") and self.type_of(m) in ("Person", "")

    def is_org(self, m: Mention) -> bool:
        return m.kind in ("org", "name") and self.type_of(m) in ORG_TYPES | {""}

    def entity(self, m: Mention, as_type: str | None = None) -> Entity | None:
        return self.resolution.entity(m, as_type)

    def country_of(self, m: Mention) -> Entity | None:
        """The country a place or demonym mention is in (the place itself for a country)."""
        if not m.key:
            return None
        entry = default_gazetteer().get(m.key)
        if entry is None:
            return None
        if entry.type == "Country":
            return self.resolution.known_entity(entry.key)
        if entry.country:
            return self.resolution.known_entity(entry.country)
        return None

    # facts ----------------------------------------------------------------------------
    def evidence(
        self,
        begin: int,
        end: int,
        rule: str,
        *,
        version: int = 1,
        confidence: float = 0.8,
        speaker: Entity | None = None,
    ) -> Evidence:
        s = self.sentence
        begin, end = max(begin, s.begin), min(end, s.end)
        if self.index in self.doc.furniture:
            confidence = min(confidence, 0.3)
        return Evidence(s.begin, s.end, begin, end, rule, version, confidence, speaker)


Rule = Callable[[Context], Iterable[Fact]]
