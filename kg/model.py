"""The values that flow through the pipeline: articles, sentences, mentions, entities, facts.

Every stage takes and returns these frozen, hashable values; only `kg.rdf` turns them into
RDF terms. Offsets are always character offsets into `Article.text`, so
`article.text[evidence.begin:evidence.end]` is exactly the quoted span.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LANGS = ("en", "es", "fr")

CLAIM_KINDS: tuple[str, ...] = ("jobs", "trainees", "gdp_contribution", "people_reached", "other")

# schema.org class local names an entity may take; the first word is the broad kind.
ENTITY_TYPES = (
    "Person",
    "Organization",
    "Corporation",
    "GovernmentOrganization",
    "EducationalOrganization",
    "NewsMediaOrganization",
    "Place",
    "Country",
    "State",
    "City",
    "Program",
)
ORG_TYPES = frozenset(
    {
        "Organization",
        "Corporation",
        "GovernmentOrganization",
        "EducationalOrganization",
        "NewsMediaOrganization",
    }
)
PLACE_TYPES = frozenset({"Place", "Country", "State", "City"})


@dataclass(frozen=True)
class Meta:
    """What an article says about itself; every field is optional."""

    url: str | None = None
    title: str | None = None
    date: str | None = None  # ISO 8601 date, YYYY-MM-DD
    author: str | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class Article:
    """One decoded article.

    `text` is the decoded source (for .txt/.md the whole file, front matter included, so offsets
    point into the file as a user sees it; for .html the extracted text; for .jsonl the `text`
    field). The body to analyse is `text[body_start:]`. `id` is the SHA-256 of `text`, so the
    same content always has the same identity, wherever it was read from.
    """

    id: str
    path: str  # where it was read from: a file path, "<stdin>", or "file.jsonl:LINE"
    file: str  # base name of the source file
    text: str
    lang: str
    meta: Meta = field(default_factory=Meta)
    body_start: int = 0

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: `text == article.text[begin:end]`."""

    begin: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A recognized span: an entity name, an amount, a title, a date.

    `kind` is one of: person, org, place, program, money, quantity, title, date, period.
    `label` is the normalized name (for entities) or normalized text; `type` the schema.org
    class local name for entities; `value` a number for money and quantities; `unit` the
    ISO 4217 code for money or the counted thing for quantities; `key` a gazetteer id when
    the gazetteer knows the name.
    """

    kind: str
    begin: int
    end: int
    text: str
    label: str = ""
    type: str = ""
    value: float | None = None
    unit: str | None = None
    key: str | None = None
    qualifier: str | None = None  # "up to", "more than", "about", ... as stated


@dataclass(frozen=True)
class Entity:
    """A canonical entity: one real thing, the same key in every article that names it."""

    key: str  # stable IRI-safe id: a gazetteer id or a slug of type and folded name
    label: str
    type: str
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()  # surface forms seen, sorted


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence, the exact span, the rule that read it."""

    sentence_begin: int
    sentence_end: int
    begin: int
    end: int
    rule: str  # e.g. "roles.title_after_name"
    version: int = 1
    confidence: float = 0.8
    speaker: Entity | None = None  # who the text says stated the fact


@dataclass(frozen=True)
class Money:
    value: float
    currency: str  # ISO 4217
    text: str = ""  # as stated
    qualifier: str | None = None


@dataclass(frozen=True)
class Period:
    text: str  # as stated: "over the next 15 years"
    duration: str | None = None  # ISO 8601 duration: "P15Y"
    end: str | None = None  # a year or date the period ends by: "2030"


@dataclass(frozen=True)
class Role:
    person: Entity
    org: Entity
    title: str
    evidence: Evidence
    qualifier: str | None = None  # former, incoming, interim, ...

    kind = "role"


@dataclass(frozen=True)
class Investment:
    investor: Entity
    place: Entity | None
    amount: Money | None  # None when the text does not disclose it
    evidence: Evidence
    equivalents: tuple[Money, ...] = ()  # the same amount stated in other currencies
    period: Period | None = None

    kind = "investment"


@dataclass(frozen=True)
class Partnership:
    a: Entity
    b: Entity
    evidence: Evidence
    program: str | None = None

    kind = "partnership"


@dataclass(frozen=True)
class Claim:
    subject: Entity
    claim: str  # one of CLAIM_KINDS
    value: float
    unit: str
    evidence: Evidence
    period: Period | None = None
    qualifier: str | None = None

    kind = "claim"


Fact = Role | Investment | Partnership | Claim


@dataclass(frozen=True)
class Extraction:
    """Everything read from one article: its canonical entities and facts, sorted."""

    article: Article
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    mentions: tuple[tuple[Entity, int, int], ...] = ()  # (entity, begin, end) of each mention
