"""Provenance-aware answers on the seed articles: the real CLI on a real on-disk store."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from conftest import ACME, LOPEZ, evidence, make_article
from typer.testing import CliRunner

from kg.cli import app
from kg.model import Extraction, Meta, Role
from kg.store import Store

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


def subject(conflict: dict) -> str:
    """A conflict's subject as the table names it: its parties, and a claim's kind."""
    labels = [p["label"] for p in conflict["parties"]]
    return f"{labels[0]} ({conflict['claim']})" if conflict["claim"] else " at ".join(labels)


def files(value: dict) -> list[str]:
    return sorted({s["file"] for s in value["sources"]})


def by_subject(found: list[dict], wanted: str) -> dict[str, list[str]]:
    [conflict] = [c for c in found if subject(c) == wanted]
    return {v["value"]["text"]: files(v) for v in conflict["values"]}


def test_conflicts_on_the_seeds(seeds):
    found = conflicts_json(seeds)
    assert all(set(c) == {"group", "kind", "claim", "parties", "values"} for c in found)
    assert all(set(v) == {"value", "support", "sources"} for c in found for v in c["values"])
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
    assert not [c for c in found if subject(c).startswith("Microsoft")]


def test_conflict_evidence_is_verbatim_and_formats_agree(seeds):
    found = conflicts_json(seeds)
    for conflict in found:
        for value in conflict["values"]:
            for source in value["sources"]:
                assert source["sentence"] in (SEEDS / source["file"]).read_text(encoding="utf-8")
    table = kg("conflicts", "--store", seeds).stdout
    assert "Paula Bellizia at Amazon Web Services" in table and "10,000,000 USD" in table
    rows = list(csv.DictReader(io.StringIO(kg("conflicts", "--store", seeds, "-f", "csv").stdout)))
    assert {r["group"] for r in rows} == {c["group"] for c in found}
    about = conflicts_json(seeds, "Bellizia")
    assert [subject(c) for c in about] == ["Paula Bellizia at Amazon Web Services"]


def aws_investment(store: str) -> dict:
    result = kg("lookup", "Amazon Web Services", "--store", store, "--format", "json")
    assert result.exit_code == 0, result.output
    [fact] = [
        f
        for f in json.loads(result.stdout)["facts"]
        if f["kind"] == "investment"
        and [(v["number"], v["currency"]) for v in f["values"]] == [(5000000000, "USD")]
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
    assert doc["support"] == 3 and len(doc["sources"]) >= 3
    for source in doc["sources"]:
        assert source["sentence"] in (SEEDS / source["file"]).read_text(encoding="utf-8")
    rows = list(
        csv.DictReader(io.StringIO(kg("why", fact["id"], "--store", seeds, "-f", "csv").stdout))
    )
    assert len(rows) == len(doc["sources"])
    missing = kg("why", "0000000000000000", "--store", seeds)
    assert missing.exit_code == 1 and missing.stderr.startswith("Error: no fact '0000000000000000'")


def test_speakers_are_named(seeds):
    found = conflicts_json(seeds)
    trainees = [c for c in found if subject(c) == "Amazon Web Services (trainees)"][0]
    doc = json.loads(kg("lookup", "Marcelo Ebrard", "--store", seeds, "-f", "json").stdout)
    assert doc["entity"]["label"] == "Marcelo Ebrard"
    lookup = json.loads(kg("lookup", "Amazon Web Services", "--store", seeds, "-f", "json").stdout)
    sources = [s for f in lookup["facts"] for s in f["sources"]]
    said = {
        s["value"]["text"]: (s["speaker"] or {}).get("label")
        for s in sources
        if s["file"].startswith("002")
    }
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
    assert fact["publishers"] == [{"iri": None, "label": "Forbes Mexico"}]
    assert fact["first_seen"] == "2025-01-14"
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


# --- every command in every format, --as-of on each ------------------------------------------


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_why_table_prints_each_sentence_verbatim_with_its_source(seeds):
    fact = aws_investment(seeds)
    table = kg("why", fact["id"], "--store", seeds).stdout
    lines = table.splitlines()
    assert lines[0] == (
        "investment: Amazon Web Services (investor); Mexico (place); Querétaro (place)"
    )
    assert lines[1] == f"id        {fact['id']}"
    for source in fact["sources"]:
        assert f"  sentence  {source['sentence']}" in lines
        assert source["sentence"] in (SEEDS / source["file"]).read_text(encoding="utf-8")
    assert "002_d4d5385577ecf824.txt  2025-01-14  said by Marcelo Ebrard" in lines
    assert "001_2ff99fac38295898.txt  undated  said by Amazon Web Services" in lines
    by_iri = kg("why", fact["iri"], "--store", seeds, "-f", "json")
    assert json.loads(by_iri.stdout)["id"] == fact["id"]
    rows = csv_rows(kg("why", fact["id"], "--store", seeds, "-f", "csv").stdout)
    assert list(rows[0])[:4] == ["id", "iri", "kind", "claim"]
    assert {r["source.value.text"] for r in rows} == {"5,000,000,000 USD"}
    assert {(r["source.value.number"], r["source.value.currency"]) for r in rows} == {
        ("5000000000", "USD")
    }


def test_why_as_of(seeds):
    fact = aws_investment(seeds)
    on = json.loads(
        kg("why", fact["id"], "--store", seeds, "--as-of", "2025-01-14", "-f", "json").stdout
    )
    assert on["support"] == 1 and on["files"] == ["002_d4d5385577ecf824.txt"]
    before = kg("why", fact["id"], "--store", seeds, "--as-of", "2025-01-13")
    assert before.exit_code == 1 and before.stderr.startswith(f"Error: no fact '{fact['id']}'")
    bad = kg("why", "not an id>", "--store", seeds)
    assert bad.exit_code == 1 and "Traceback" not in bad.stderr


def test_conflicts_table_shows_each_subject_once_and_csv_names_speakers(seeds):
    lines = kg("conflicts", "--store", seeds).stdout.splitlines()
    assert lines[0].split() == ["subject", "kind", "value", "file", "date", "speaker", "evidence"]
    subjects = [line.split("  ")[0] for line in lines[2:] if not line.startswith(" ")]
    assert subjects == sorted(set(subjects)) and len(subjects) == len(conflicts_json(seeds))
    rows = csv_rows(kg("conflicts", "--store", seeds, "-f", "csv").stdout)
    [ebrard] = [r for r in rows if r["value.text"] == "200,000 people"]
    assert ebrard["source.speaker.label"] == "Marcelo Ebrard"
    assert ebrard["source.file"] == "002_d4d5385577ecf824.txt"
    assert ebrard["source.sentence"] in (SEEDS / ebrard["source.file"]).read_text(encoding="utf-8")
    bellizia = [r for r in rows if r["parties.label"] == "Paula Bellizia | Amazon Web Services"]
    assert len(bellizia) == 3 and len({r["source.file"] for r in bellizia}) == 3
    none = kg("conflicts", "Microsoft", "--store", seeds)
    assert (none.exit_code, none.stdout) == (0, "no conflicts\n")
    assert conflicts_json(seeds, "Microsoft") == []
    on = conflicts_json(seeds, "--as-of", "2025-01-14")
    gdp = [c for c in on if subject(c) == "Amazon Web Services (gdp_contribution)"]
    assert [sorted(files(v) for v in c["values"]) for c in gdp] == [
        [["000_6939d0f79c6f80c2.txt"], ["002_d4d5385577ecf824.txt"]]
    ]


def test_timeline_table_and_csv(seeds):
    lines = kg("timeline", "Bellizia", "--store", seeds).stdout.splitlines()
    assert lines[0].split() == [
        "date", "kind", "parties", "stated", "file", "speaker", "evidence"
    ]  # fmt: skip
    assert lines[2].startswith("2025-01-14  role  Amazon Web Services (organization)")
    assert lines[-1].startswith(" " * 12 + "role")  # the undated article comes last
    rows = csv_rows(kg("timeline", "Bellizia", "--store", seeds, "-f", "csv").stdout)
    assert [r["source.file"] for r in rows] == [
        "000_6939d0f79c6f80c2.txt",
        "002_d4d5385577ecf824.txt",
        "001_2ff99fac38295898.txt",
    ]


def test_lookup_as_of(seeds):
    before = json.loads(
        kg("lookup", "AWS", "--store", seeds, "--as-of", "2024-12-31", "-f", "json").stdout
    )
    assert before["entity"]["label"] == "Amazon Web Services" and before["facts"] == []
    assert "0 facts" in kg("lookup", "AWS", "--store", seeds, "--as-of", "2024-12-31").stdout
    on = json.loads(
        kg("lookup", "AWS", "--store", seeds, "--as-of", "2025-01-14", "-f", "json").stdout
    )
    found = {s["file"] for f in on["facts"] for s in f["sources"]}
    assert found == {"000_6939d0f79c6f80c2.txt", "002_d4d5385577ecf824.txt"}
    every = json.loads(kg("lookup", "AWS", "--store", seeds, "-f", "json").stdout)
    assert len(every["facts"]) > len(on["facts"])
    bad = kg("lookup", "AWS", "--store", seeds, "--as-of", "2025-02-30")
    assert bad.stderr == "Error: --as-of takes a date as YYYY-MM-DD, not '2025-02-30'\n"


def test_support_and_entity_queries_agree_with_lookup_on_every_fact(seeds):
    facts = json.loads(kg("lookup", "AWS", "--store", seeds, "-f", "json").stdout)["facts"]
    support = {r["canonical"]: r for r in query(seeds, "support")}
    entity = {r["canonical"]: r for r in query(seeds, "entity", f"entity={AWS}")}
    assert set(entity) == {f["iri"] for f in facts}
    for fact in facts:
        for row in (support[fact["iri"]], entity[fact["iri"]]):
            assert int(row["support"]) == fact["support"]
            assert sorted(row["files"].split()) == fact["files"]  # GROUP_CONCAT has no order
            assert row.get("firstSeen") == fact["first_seen"]
            assert row.get("lastSeen") == fact["last_seen"]
        assert int(support[fact["iri"]]["publishers"]) == len(fact["publishers"])


def test_conflicts_query_binds_one_group(seeds):
    rows = query(seeds, "conflicts")
    [group] = {r["group"] for r in rows if r["comparable"] == "vice president"}
    one = query(seeds, "conflicts", f"group=<{group}>")
    assert sorted(r["file"] for r in one) == [
        "000_6939d0f79c6f80c2.txt",
        "001_2ff99fac38295898.txt",
        "002_d4d5385577ecf824.txt",
    ]


# --- an entity with many statements --------------------------------------------------------


@pytest.fixture
def busy(tmp_path) -> str:
    """23 articles, one a day, each stating that Maria Lopez heads Acme Cloud."""
    folder = tmp_path / "busy"
    with Store.open(folder) as opened:
        for day in range(1, 24):
            said = f"Maria Lopez, chief executive of Acme Cloud, opened office number {day}."
            text = f"Acme Cloud grows\n\n{said}\n"
            meta = Meta(date=f"2024-05-{day:02d}", title="Acme Cloud grows")
            article = make_article(text, f"day{day:02d}.txt", "en", meta)
            ev = evidence(text, said, "Maria Lopez, chief executive of Acme Cloud", "roles.test")
            role = Role(LOPEZ, ACME, "chief executive", ev)
            opened.put(Extraction(article, (ACME, LOPEZ), (role,)))
    return str(folder)


def test_lookup_caps_the_sentences_per_fact_in_a_table(busy):
    [fact] = json.loads(kg("lookup", "Maria Lopez", "--store", busy, "-f", "json").stdout)["facts"]
    assert fact["support"] == 23 and len(fact["sources"]) == 23
    assert (fact["first_seen"], fact["last_seen"]) == ("2024-05-01", "2024-05-23")
    lines = kg("lookup", "Maria Lopez", "--store", busy).stdout.splitlines()
    sources = lines[lines.index("sources") + 3 :]
    assert len(sources) == 21 and sources[-1].endswith(f"... 3 more (kg why {fact['id']})")
    assert len(csv_rows(kg("lookup", "Maria Lopez", "--store", busy, "-f", "csv").stdout)) == 23
    why = kg("why", fact["id"], "--store", busy).stdout.splitlines()
    assert sum(line.startswith("  sentence  ") for line in why) == 23
    rows = json.loads(kg("timeline", "Maria Lopez", "--store", busy, "-f", "json").stdout)
    assert [r["source"]["file"] for r in rows] == [f"day{day:02d}.txt" for day in range(1, 24)]
    on = kg("why", fact["id"], "--store", busy, "--as-of", "2024-05-10", "-f", "json").stdout
    assert json.loads(on)["support"] == 10
