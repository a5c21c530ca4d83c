"""Provenance-aware answers on the seed articles: the real CLI on a real on-disk store."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
QUERIES = ROOT / "queries"
AWS = "<https://w3id.org/kg-news/id/entity/amazon-web-services>"


def kg(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> str:
    store = str(tmp_path_factory.mktemp("answers") / "store")
    assert kg("ingest", str(SEEDS), "--store", store, "--quiet").exit_code == 0
    return store


def conflicts_json(store: str, *args: str) -> list[dict]:
    result = kg("conflicts", *args, "--store", store, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def by_subject(found: list[dict], subject: str) -> dict[str, list[str]]:
    [conflict] = [c for c in found if c["subject"] == subject]
    return {v["value"]: v["sources"] for v in conflict["values"]}


def test_conflicts_on_the_seeds(seeds):
    found = conflicts_json(seeds)
    assert all(set(c) == {"subject", "kind", "values"} for c in found)
    assert all(
        set(v) == {"value", "unit", "sources", "evidence"} for c in found for v in c["values"]
    )
    gdp = by_subject(found, "Amazon Web Services (gdp_contribution)")
    assert gdp["10,000,000 USD"] == ["000_6939d0f79c6f80c2.txt"]
    assert gdp["10,000,000,000 USD"] == ["001_2ff99fac38295898.txt", "002_d4d5385577ecf824.txt"]
    trainees = by_subject(found, "Amazon Web Services (trainees)")
    assert trainees["200,000 people"] == ["002_d4d5385577ecf824.txt"]
    assert "000_6939d0f79c6f80c2.txt" in trainees["400,000 people"]
    assert trainees["450,000 people"] == ["003_cd11b95f53c7de30.txt"]
    titles = by_subject(found, "Paula Bellizia at Amazon Web Services")
    assert sorted(files for [files] in titles.values()) == [
        "000_6939d0f79c6f80c2.txt",
        "001_2ff99fac38295898.txt",
        "002_d4d5385577ecf824.txt",
    ]
    # two figures of one article about two things are no conflict (Microsoft's reach)
    assert not [c for c in found if c["subject"].startswith("Microsoft")]


def test_conflict_evidence_is_verbatim_and_formats_agree(seeds):
    found = conflicts_json(seeds)
    for conflict in found:
        for value in conflict["values"]:
            texts = [(SEEDS / f).read_text(encoding="utf-8") for f in value["sources"]]
            assert all(any(e in t for t in texts) for e in value["evidence"])
    table = kg("conflicts", "--store", seeds).stdout
    assert "Paula Bellizia at Amazon Web Services" in table and "10,000,000 USD" in table
    rows = list(csv.DictReader(io.StringIO(kg("conflicts", "--store", seeds, "-f", "csv").stdout)))
    assert {r["subject"] for r in rows} == {c["subject"] for c in found}
    about = conflicts_json(seeds, "Bellizia")
    assert [c["subject"] for c in about] == ["Paula Bellizia at Amazon Web Services"]


def aws_investment(store: str) -> dict:
    result = kg("lookup", "Amazon Web Services", "--store", store, "--format", "json")
    assert result.exit_code == 0, result.output
    [fact] = [
        f
        for f in json.loads(result.stdout)["facts"]
        if f["kind"] == "investment" and f["values"] == ["5,000,000,000 USD"]
    ]
    return fact


def test_one_canonical_investment_follows_its_sources(seeds, tmp_path):
    store = str(tmp_path / "store")
    shutil.copytree(seeds, store)
    fact = aws_investment(store)
    assert fact["support"] == 3
    assert fact["files"] == [
        "001_2ff99fac38295898.txt",
        "002_d4d5385577ecf824.txt",
        "003_cd11b95f53c7de30.txt",
    ]
    assert kg("remove", "003_cd11b95f53c7de30.txt", "--store", store).exit_code == 0
    assert aws_investment(store)["support"] == 2
    seed = str(SEEDS / "003_cd11b95f53c7de30.txt")
    assert kg("ingest", seed, "--store", store, "--quiet").exit_code == 0
    assert aws_investment(store) == fact


def test_why_prints_every_supporting_sentence(seeds):
    fact = aws_investment(seeds)
    result = kg("why", fact["id"], "--store", seeds)
    assert result.exit_code == 0, result.output
    assert "support   3 article(s)" in result.stdout
    doc = json.loads(kg("why", fact["id"], "--store", seeds, "--format", "json").stdout)
    assert doc["support"] == 3 and len(doc["statements"]) >= 3
    for statement in doc["statements"]:
        assert statement["evidence"] in (SEEDS / statement["file"]).read_text(encoding="utf-8")
    rows = list(
        csv.DictReader(io.StringIO(kg("why", fact["id"], "--store", seeds, "-f", "csv").stdout))
    )
    assert len(rows) == len(doc["statements"])
    missing = kg("why", "0000000000000000", "--store", seeds)
    assert missing.exit_code == 1 and missing.stderr.startswith("Error: no fact '0000000000000000'")


def test_speakers_are_named(seeds):
    found = conflicts_json(seeds)
    trainees = [c for c in found if c["subject"] == "Amazon Web Services (trainees)"][0]
    doc = json.loads(kg("lookup", "Marcelo Ebrard", "--store", seeds, "-f", "json").stdout)
    assert doc["entity"]["label"] == "Marcelo Ebrard"
    lookup = json.loads(kg("lookup", "Amazon Web Services", "--store", seeds, "-f", "json").stdout)
    statements = [s for f in lookup["facts"] for s in f["statements"]]
    said = {s["stated"]: s["speaker"] for s in statements if s["file"].startswith("002")}
    assert said["200,000 people"] == "Marcelo Ebrard"
    assert trainees["values"]


def test_timeline_orders_by_date_and_as_of_filters(seeds):
    rows = json.loads(kg("timeline", "Paula Bellizia", "--store", seeds, "-f", "json").stdout)
    dates = [r["date"] for r in rows]
    assert dates == sorted(d for d in dates if d) + [None] * dates.count(None)
    assert "2025-01-14" in dates and None in dates
    before = kg(
        "timeline", "Paula Bellizia", "--store", seeds, "--as-of", "2024-12-31", "-f", "json"
    )
    assert json.loads(before.stdout) == []
    on = json.loads(
        kg(
            "timeline", "Paula Bellizia", "--store", seeds, "--as-of", "2025-01-14", "-f", "json"
        ).stdout
    )
    assert on and all(r["date"] == "2025-01-14" for r in on)
    assert conflicts_json(seeds, "--as-of", "2024-12-31") == []
    bad = kg("conflicts", "--store", seeds, "--as-of", "14/01/2025")
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: --as-of takes a date")


def test_lookup_groups_statements_by_canonical_fact(seeds):
    table = kg("lookup", "Paula Bellizia", "--store", seeds).stdout
    assert "1 fact" in table and "sources" in table
    doc = json.loads(kg("lookup", "Paula Bellizia", "--store", seeds, "-f", "json").stdout)
    [fact] = doc["facts"]
    assert fact["kind"] == "role" and fact["support"] == 3 and len(fact["values"]) == 3
    assert fact["publishers"] == ["Forbes Mexico"] and fact["first_seen"] == "2025-01-14"
    rows = list(
        csv.DictReader(io.StringIO(kg("lookup", "Bellizia", "--store", seeds, "-f", "csv").stdout))
    )
    assert len(rows) == 3 and {r["id"] for r in rows} == {fact["id"]}


def query(store: str, name: str, *params: str) -> list[dict[str, str]]:
    args = ["query", str(QUERIES / f"{name}.rq"), "--store", store, "--format", "json"]
    for param in params:
        args += ["--param", param]
    result = kg(*args)
    assert result.exit_code == 0, result.output
    bindings = json.loads(result.stdout)["results"]["bindings"]
    return [{k: v["value"] for k, v in b.items()} for b in bindings]


def test_named_queries_agree_with_the_cli(seeds):
    fact = aws_investment(seeds)
    support = {r["canonical"]: r for r in query(seeds, "support")}
    assert support[fact["iri"]]["support"] == "3"
    entity = query(seeds, "entity", f"entity={AWS}")
    assert {r["canonical"]: r["support"] for r in entity}[fact["iri"]] == "3"
    groups = {r["group"] for r in query(seeds, "conflicts")}
    assert len(groups) == len(conflicts_json(seeds))
    timeline = query(
        seeds, "timeline", "entity=<https://w3id.org/kg-news/id/entity/paula-bellizia>"
    )
    assert [r.get("date") for r in timeline][:2] == ["2025-01-14", "2025-01-14"]
