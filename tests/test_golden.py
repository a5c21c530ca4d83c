"""Golden extraction files: a short invented article beside the facts an analyst expects from it.

`tests/golden/<lang>/<name>.txt` is an article written for these tests (YAML front matter with
`lang:`, then 4-8 sentences mixing the shapes the rules read); `<name>.json` beside it is the
expected facts, a list of small dicts (see `as_dict`) in the order of the text; the comparison
ignores the order. One test globs the folder.

    KG_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_golden.py

rewrites the .json files from the current output, so a change of the rules shows up in
`git diff tests/golden`. Files listed in XFAIL are never rewritten: their .json was corrected by
hand to what the rules should read, and the reason says what they get wrong today.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from kg.model import Claim, Fact, Investment, Partnership, Role
from kg.pipeline import extract
from kg.read import read_text

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("KG_UPDATE_GOLDEN") == "1"

# file (relative to tests/golden) -> what the current rules get wrong in it
XFAIL: dict[str, str] = {
    "fr/eolien_chili.txt": "'journaliste au Monde' gives the org 'Monde', not Le Monde; no "
    "jobs claim for 'Engie emploiera 1 200 travailleurs' ('emploiera' is not a hiring word)",
}


def number(value: float) -> float | int:
    """An amount as JSON shows it best: 1300000000, not 1300000000.0000002."""
    value = round(value, 2)
    return int(value) if value.is_integer() else value


def as_dict(text: str, fact: Fact) -> dict[str, Any]:
    """The parts of a fact an analyst checks, by label; empty parts left out."""
    ev = fact.evidence
    out: dict[str, Any] = {"kind": fact.kind}
    if isinstance(fact, Role):
        out |= {"person": fact.person.label, "org": fact.org.label, "title": fact.title}
        out["qualifier"] = fact.qualifier
    elif isinstance(fact, Investment):
        out |= {"investor": fact.investor.label, "place": fact.place and fact.place.label}
        if fact.amount:
            out |= {"amount": number(fact.amount.value), "currency": fact.amount.currency}
            out["bound"] = fact.amount.qualifier
        out["equivalents"] = [[number(m.value), m.currency] for m in fact.equivalents]
        out["period"] = fact.period and fact.period.text
    elif isinstance(fact, Partnership):
        out |= {"parties": sorted((fact.a.label, fact.b.label)), "program": fact.program}
    elif isinstance(fact, Claim):
        out |= {"subject": fact.subject.label, "claim": fact.claim, "value": number(fact.value)}
        out |= {"unit": fact.unit, "period": fact.period and fact.period.text}
    out["speaker"] = ev.speaker and ev.speaker.label
    out["low_confidence"] = ev.confidence < 0.5 or None
    out["sentence"] = text[ev.sentence_begin : ev.sentence_end]
    return {key: value for key, value in out.items() if value not in (None, [])}


def canonical(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(facts, key=lambda fact: json.dumps(fact, sort_keys=True, ensure_ascii=False))


def cases() -> list[Any]:
    params = []
    for path in sorted(GOLDEN.glob("*/*.txt")):
        name = path.relative_to(GOLDEN).as_posix()
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL[name])] if name in XFAIL else []
        params.append(pytest.param(path, id=name, marks=marks))
    return params


def test_golden_folder() -> None:
    """Three articles per language, each with its expected facts, and no stale entries."""
    names = {path.relative_to(GOLDEN).as_posix() for path in GOLDEN.glob("*/*.txt")}
    for lang in ("en", "es", "fr"):
        assert len([name for name in names if name.startswith(f"{lang}/")]) >= 3, lang
    assert set(XFAIL) <= names, set(XFAIL) - names


@pytest.mark.parametrize("path", cases())
def test_golden(path: Path) -> None:
    article = read_text(path.read_text(encoding="utf-8"), path=str(path))
    assert article.lang == path.parent.name, "front matter 'lang:' must match the folder"
    found = sorted(
        extract(article).facts, key=lambda f: (f.evidence.sentence_begin, f.evidence.begin)
    )
    facts = [as_dict(article.text, fact) for fact in found]
    expected_path = path.with_suffix(".json")
    name = path.relative_to(GOLDEN).as_posix()
    if UPDATE and name not in XFAIL:
        expected_path.write_text(
            json.dumps(facts, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        return
    assert expected_path.exists(), f"no {expected_path.name}: run with KG_UPDATE_GOLDEN=1"
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert canonical(facts) == canonical(expected)
