"""Shared test data: hand-made articles and extractions with every fact kind, and stores.

The texts are written for these tests (never copied from a corpus). Facts are built by hand
with kg.model values, so store and query tests do not depend on the extractors.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kg.model import (
    Article,
    Claim,
    Entity,
    Evidence,
    Extraction,
    Investment,
    Meta,
    Money,
    Partnership,
    Period,
    Role,
)
from kg.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
QUERIES = ROOT / "queries"

EN_TEXT = (
    "Acme Cloud to open a region in Jalisco\n\n"
    "Acme Cloud will invest $2.5 billion (43 billion pesos) in Jalisco over the next five "
    'years. "This region is ready," said Maria Lopez, chief executive of Acme Cloud. '
    "The company will work with the University of Guadalajara on its Skills Forward "
    "program. The project will create 3,000 jobs and train 10,000 students. "
    "Share this story with Orbit Social.\n"
)
ES_TEXT = (
    "Acme Cloud abrirá oficinas en Monterrey. La empresa invertirá en Nuevo León sin "
    "precisar el monto, dijo Juan Pérez, director general de Acme Cloud.\n"
)

ACME = Entity("corporation-acme-cloud", "Acme Cloud", "Corporation", "Q424242", ("Acme Cloud",))
LOPEZ = Entity("person-maria-lopez", "Maria Lopez", "Person", None, ("Maria Lopez",))
PEREZ = Entity("person-juan-perez", "Juan Pérez", "Person", None, ("Juan Pérez",))
JALISCO = Entity("state-jalisco", "Jalisco", "State", "Q13160", ("Jalisco",))
NUEVO_LEON = Entity("state-nuevo-leon", "Nuevo León", "State", None, ("Nuevo León",))
UDG = Entity(
    "university-of-guadalajara",
    "University of Guadalajara",
    "EducationalOrganization",
    None,
    ("University of Guadalajara",),
)
ORBIT = Entity("corporation-orbit-social", "Orbit Social", "Corporation", None, ("Orbit Social",))


def make_article(text: str, path: str, lang: str, meta: Meta | None = None) -> Article:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(digest, path, Path(path).name, text, lang, meta or Meta())


def evidence(text: str, sentence: str, phrase: str, rule: str, confidence: float = 0.9) -> Evidence:
    """Evidence for `phrase` inside `sentence`, both located in `text`."""
    start = text.index(sentence)
    begin = text.index(phrase, start)
    return Evidence(start, start + len(sentence), begin, begin + len(phrase), rule, 1, confidence)


def en_extraction(path: str = "news/acme.txt") -> Extraction:
    """An English article with a role, an investment with an equivalent amount and a period,
    a partnership under a program, two claims, and a low-confidence partnership."""
    text = EN_TEXT
    article = make_article(text, path, "en", Meta(date="2024-05-02", title="Acme Cloud region"))
    s_invest = (
        "Acme Cloud will invest $2.5 billion (43 billion pesos) in Jalisco over the next five "
        "years."
    )
    s_role = '"This region is ready," said Maria Lopez, chief executive of Acme Cloud.'
    s_partner = (
        "The company will work with the University of Guadalajara on its Skills Forward program."
    )
    s_claims = "The project will create 3,000 jobs and train 10,000 students."
    s_furniture = "Share this story with Orbit Social."
    facts = (
        Role(
            LOPEZ,
            ACME,
            "chief executive",
            evidence(
                text, s_role, "Maria Lopez, chief executive of Acme Cloud", "roles.appositive"
            ),
        ),
        Investment(
            ACME,
            JALISCO,
            Money(2.5e9, "USD", "$2.5 billion"),
            evidence(text, s_invest, "invest $2.5 billion", "investments.verb"),
            equivalents=(Money(43e9, "MXN", "43 billion pesos"),),
            period=Period("over the next five years", "P5Y"),
        ),
        Partnership(
            ACME,
            UDG,
            evidence(
                text, s_partner, "work with the University of Guadalajara", "partnerships.work_with"
            ),
            "Skills Forward",
        ),
        Claim(
            ACME, "jobs", 3000, "jobs", evidence(text, s_claims, "create 3,000 jobs", "claims.jobs")
        ),
        Claim(
            ACME,
            "trainees",
            10000,
            "students",
            evidence(text, s_claims, "train 10,000 students", "claims.trainees"),
        ),
        Partnership(
            ACME, ORBIT, evidence(text, s_furniture, "with Orbit Social", "partnerships.with", 0.2)
        ),
    )
    entities = tuple(sorted((ACME, LOPEZ, JALISCO, UDG, ORBIT), key=lambda e: e.key))
    return Extraction(article, entities, facts)


def es_extraction(path: str = "news/es/nota.txt") -> Extraction:
    """A Spanish article: a role, and an investment whose amount is not disclosed."""
    text = ES_TEXT
    article = make_article(text, path, "es")
    sentence = (
        "La empresa invertirá en Nuevo León sin precisar el monto, dijo Juan Pérez, "
        "director general de Acme Cloud."
    )
    acme = Entity(ACME.key, ACME.label, ACME.type, ACME.wikidata, ("Acme Cloud", "la empresa"))
    facts = (
        Investment(
            acme,
            NUEVO_LEON,
            None,
            evidence(text, sentence, "invertirá en Nuevo León", "investments.verb"),
        ),
        Role(
            PEREZ,
            acme,
            "director general",
            evidence(
                text, sentence, "Juan Pérez, director general de Acme Cloud", "roles.appositive"
            ),
        ),
    )
    return Extraction(article, (acme, NUEVO_LEON, PEREZ), facts)


@pytest.fixture
def store() -> Store:
    """An in-memory store holding the English and the Spanish hand-made articles."""
    memory = Store.memory()
    memory.put(en_extraction())
    memory.put(es_extraction())
    return memory


@pytest.fixture
def disk_store(tmp_path: Path) -> Path:
    """An on-disk store folder with both hand-made articles, closed so the CLI can open it."""
    folder = tmp_path / "kg-data"
    with Store.open(folder) as opened:
        opened.put(en_extraction())
        opened.put(es_extraction())
    return folder


def nquads(store: Store) -> bytes:
    import io

    out = io.BytesIO()
    store.export_nquads(out)
    return out.getvalue()
