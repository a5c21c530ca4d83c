"""Machine output is typed: every answer command's JSON and CSV, parsed and checked field by field.

The seeds go into a real on-disk store; the real CLI prints each answer as JSON and CSV. The
checks follow the README's "Machine output" section: numbers are JSON numbers, dates ISO
strings, entities `{"iri", "label"}`, every source one object, and a CSV header the
flattened JSON fields, as the README lists them.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
README = (ROOT / "README.md").read_text(encoding="utf-8")
ID = "https://w3id.org/kg-news/id/"
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ROLES = {"person", "organization", "investor", "place", "partner", "subject"}
KINDS = {"role", "investment", "partnership", "claim"}

ENTITY = ["iri", "label"]
PARTY = ["role", "iri", "label"]
VALUE = ["text", "number", "currency", "unit", "period"]
SOURCE = ["statement", "article", "file", "date", "publisher", "speaker", "sentence", "begin",
          "end", "value"]  # fmt: skip
FACT = ["id", "iri", "kind", "claim", "parties", "values", "support", "articles", "files",
        "publishers", "first_seen", "last_seen", "sources"]  # fmt: skip

SOURCE_COLUMNS = (
    "source.statement,source.article,source.file,source.date,source.publisher.iri,"
    "source.publisher.label,source.speaker.iri,source.speaker.label,source.sentence,"
    "source.begin,source.end,source.value.text,source.value.number,source.value.currency,"
    "source.value.unit,source.value.period"
)
HEADERS = {  # as the README documents them
    "lookup": "id,iri,kind,claim,parties.role,parties.iri,parties.label,values.text,"
    "values.number,values.currency,values.unit,values.period,support,articles,files,"
    "publishers.iri,publishers.label,first_seen,last_seen," + SOURCE_COLUMNS,
    "conflicts": "group,kind,claim,parties.role,parties.iri,parties.label,value.text,"
    "value.number,value.currency,value.unit,value.period,support," + SOURCE_COLUMNS,
    "timeline": "date,kind,fact,claim,parties.role,parties.iri,parties.label," + SOURCE_COLUMNS,
    "stats": "what,name,count",
}
HEADERS["why"] = HEADERS["lookup"]


def kg(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    folder = str(tmp_path_factory.mktemp("typed") / "store")
    kg("ingest", str(SEEDS), "--store", folder, "--quiet")
    return folder


def as_json(store: str, *args: str):
    return json.loads(kg(*args, "--store", store, "--format", "json"))


def as_csv(store: str, *args: str) -> tuple[list[str], list[dict[str, str]]]:
    text = kg(*args, "--store", store, "--format", "csv")
    reader = csv.DictReader(io.StringIO(text))
    return list(reader.fieldnames or []), list(reader)


# --- the shared shapes ---------------------------------------------------------------------


def is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_date(value, *, nullable: bool = True) -> None:
    assert (value is None and nullable) or (isinstance(value, str) and DATE.match(value)), value


def check_iri(value, kind: str) -> None:
    assert isinstance(value, str) and value.startswith(ID + kind + "/"), value


def check_entity(entity, *, keys=ENTITY, iri_known: bool = True) -> None:
    assert isinstance(entity, dict) and list(entity) == keys, entity
    assert isinstance(entity["label"], str) and entity["label"]
    if iri_known or entity["iri"] is not None:
        check_iri(entity["iri"], "entity")


def check_party(party) -> None:
    check_entity(party, keys=PARTY)
    assert party["role"] in ROLES


def check_value(value, kind: str) -> None:
    assert list(value) == VALUE
    assert value["text"] is None or isinstance(value["text"], str) and value["text"]
    assert value["number"] is None or is_number(value["number"])
    assert value["period"] is None or isinstance(value["period"], str)
    if kind == "investment":
        assert value["unit"] is None
        if value["number"] is not None:
            assert re.fullmatch(r"[A-Z]{3}", value["currency"])
            assert value["text"] == f"{value['number']:,} {value['currency']}"
    elif kind == "claim":
        assert is_number(value["number"])
        # a contribution to GDP is money: a currency and no unit; other claims count a unit
        assert (value["currency"] is None) != (value["unit"] is None)
        measure = value["currency"] or value["unit"]
        assert isinstance(measure, str) and measure
        assert value["currency"] is None or re.fullmatch(r"[A-Z]{3}", value["currency"])
        assert value["text"] == f"{value['number']:,} {measure}"
    else:
        assert (value["number"], value["currency"], value["unit"]) == (None, None, None)
        assert kind == "partnership" or value["text"]


def check_source(source, kind: str) -> None:
    """One statement of one article: where it was read, in full, and what it states."""
    assert list(source) == SOURCE
    check_iri(source["statement"], "fact")
    check_iri(source["article"], "article")
    check_date(source["date"])
    if source["publisher"] is not None:
        check_entity(source["publisher"], iri_known=False)
    if source["speaker"] is not None:
        check_entity(source["speaker"])
    text = (SEEDS / source["file"]).read_text(encoding="utf-8")
    assert isinstance(source["sentence"], str) and source["sentence"] in text
    begin, end = source["begin"], source["end"]
    assert type(begin) is int and type(end) is int and 0 <= begin < end <= len(text)
    assert text[begin:end] in source["sentence"]
    check_value(source["value"], kind)


def check_fact(fact) -> None:
    assert list(fact) == FACT
    assert fact["kind"] in KINDS and fact["iri"] == ID + "canonical/" + fact["id"]
    assert (fact["claim"] is None) == (fact["kind"] != "claim")
    for party in fact["parties"]:
        check_party(party)
    for value in fact["values"]:
        check_value(value, fact["kind"])
    sources = fact["sources"]
    assert type(fact["support"]) is int and fact["support"] == len({s["article"] for s in sources})
    assert fact["articles"] == sorted({s["article"] for s in sources})
    assert fact["files"] == sorted({s["file"] for s in sources})
    for publisher in fact["publishers"]:
        check_entity(publisher, iri_known=False)
    dates = sorted(s["date"] for s in sources if s["date"])
    check_date(fact["first_seen"])
    check_date(fact["last_seen"])
    assert (fact["first_seen"], fact["last_seen"]) == (
        (dates[0], dates[-1]) if dates else (None,) * 2
    )
    for source in sources:
        check_source(source, fact["kind"])
    assert all(s["value"] in fact["values"] for s in sources if s["value"]["text"])


# --- CSV: one row per source, the JSON fields flattened ------------------------------------


def flatten(doc, prefix: str = "") -> dict[str, str]:
    """JSON as the README says CSV flattens it: `outer.inner`, lists joined with ' | '.

    Nulls and empty lists give no columns here (a null object's fields are unknown from the data).
    """
    out: dict[str, str] = {}
    for key, value in doc.items():
        name = prefix + key
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        elif isinstance(value, list) and not value:
            continue  # nothing to see: empty cells
        elif isinstance(value, list) and all(isinstance(v, dict) for v in value):
            parts = [flatten(v) for v in value]
            for column in dict.fromkeys(c for p in parts for c in p):
                out[f"{name}.{column}"] = " | ".join(p.get(column, "") for p in parts)
        elif isinstance(value, list):
            out[name] = " | ".join("" if v is None else str(v) for v in value)
        elif value is not None:
            out[name] = str(value)
    return out


def check_csv(header: list[str], rows: list[dict[str, str]], expected: list[dict], name: str):
    """The header is the documented one; each row holds the flattened JSON of its source."""
    assert ",".join(header) == HEADERS[name]
    assert f"{HEADERS[name]}\n" in README, f"README does not list the {name} CSV columns"
    assert len(rows) == len(expected)
    seen: set[str] = set()
    for row, doc in zip(rows, expected, strict=True):
        flat = flatten(doc)
        seen |= set(flat)
        assert {k: v for k, v in row.items() if k in flat} == flat
        assert all(not v.replace("|", "").strip() for k, v in row.items() if k not in flat)
    assert seen <= set(header)


def source_rows(outer: dict) -> list[dict]:
    """What the CSV rows of `outer`'s sources flatten: its other fields, then `source`."""
    around = {k: v for k, v in outer.items() if k != "sources"}
    return [{**around, "source": source} for source in outer["sources"]]


# --- every command ----------------------------------------------------------------------------


def test_lookup_json_and_csv_are_typed(store):
    doc = as_json(store, "lookup", "AWS")
    assert list(doc) == ["entity", "score", "others", "facts"]
    card = doc["entity"]
    check_entity({k: card[k] for k in ENTITY})
    assert all(isinstance(t, str) for t in card["types"]) and card["label"] == "Amazon Web Services"
    assert all(list(a) == ["form", "lang"] for a in card["aliases"])
    assert is_number(doc["score"])
    for other in doc["others"]:
        check_entity({k: other[k] for k in ENTITY})
        assert is_number(other["score"])
    assert len(doc["facts"]) > 5 and {f["kind"] for f in doc["facts"]} == KINDS
    for fact in doc["facts"]:
        check_fact(fact)
    money = [[(v["number"], v["currency"]) for v in f["values"]] for f in doc["facts"]]
    assert [(5_000_000_000, "USD")] in money
    header, rows = as_csv(store, "lookup", "AWS")
    expected = [r for f in doc["facts"] for r in source_rows(f)]
    check_csv(header, rows, expected, "lookup")


def test_why_json_and_csv_are_typed(store):
    facts = as_json(store, "lookup", "AWS")["facts"]
    for fact in facts:
        doc = as_json(store, "why", fact["id"])
        check_fact(doc)
        assert doc == fact
    fact = max(facts, key=lambda f: len(f["sources"]))
    header, rows = as_csv(store, "why", fact["id"])
    check_csv(header, rows, source_rows(fact), "why")


def test_conflicts_json_and_csv_are_typed(store):
    found = as_json(store, "conflicts")
    assert {c["kind"] for c in found} == {"role", "claim"}
    for conflict in found:
        assert list(conflict) == ["group", "kind", "claim", "parties", "values"]
        check_iri(conflict["group"], "group")
        assert (conflict["claim"] is None) == (conflict["kind"] != "claim")
        for party in conflict["parties"]:
            check_party(party)
        assert len(conflict["values"]) >= 2
        for value in conflict["values"]:
            assert list(value) == ["value", "support", "sources"]
            check_value(value["value"], conflict["kind"])
            assert value["support"] == len({s["article"] for s in value["sources"]})
            for source in value["sources"]:
                check_source(source, conflict["kind"])
    [gdp] = [c for c in found if c["claim"] == "gdp_contribution"]
    assert [p["label"] for p in gdp["parties"]] == ["Amazon Web Services"]
    numbers = {v["value"]["number"]: v["value"]["currency"] for v in gdp["values"]}
    assert numbers == {10_000_000_000: "USD", 10_000_000: "USD"}
    [role] = [c for c in found if c["kind"] == "role"]
    assert [(p["role"], p["label"]) for p in role["parties"]] == [
        ("person", "Paula Bellizia"),
        ("organization", "Amazon Web Services"),
    ]
    header, rows = as_csv(store, "conflicts")
    expected = [
        {**{k: v for k, v in c.items() if k != "values"}, **r}
        for c in found
        for value in c["values"]
        for r in source_rows(value)
    ]
    check_csv(header, rows, expected, "conflicts")


def test_timeline_json_and_csv_are_typed(store):
    entries = as_json(store, "timeline", "AWS")
    assert entries
    for entry in entries:
        assert list(entry) == ["date", "kind", "fact", "claim", "parties", "source"]
        check_date(entry["date"])
        assert entry["kind"] in KINDS and re.fullmatch(r"[0-9a-f]{16}", entry["fact"])
        assert (entry["claim"] is None) == (entry["kind"] != "claim")
        for party in entry["parties"]:
            check_party(party)
        check_source(entry["source"], entry["kind"])
        assert entry["date"] == entry["source"]["date"]
    dated = [e["date"] for e in entries if e["date"]]
    assert dated == sorted(dated) and entries[-1]["date"] is None
    header, rows = as_csv(store, "timeline", "AWS")
    check_csv(header, rows, entries, "timeline")


def test_stats_json_and_csv_are_typed(store):
    counts = as_json(store, "stats")
    assert list(counts) == ["articles", "sources", "quads", "languages", "entities", "facts"]
    assert counts["articles"] == 5 and all(
        type(counts[k]) is int for k in ("articles", "sources", "quads")
    )
    for group in ("languages", "entities", "facts"):
        assert all(isinstance(k, str) and type(n) is int for k, n in counts[group].items())
    assert set(counts["languages"]) == {"en", "es", "fr"}
    header, rows = as_csv(store, "stats")
    assert ",".join(header) == HEADERS["stats"] and f"{HEADERS['stats']}\n" in README
    rebuilt: dict = {}
    for row in rows:
        if row["name"]:
            rebuilt.setdefault(row["what"], {})[row["name"]] = int(row["count"])
        else:
            rebuilt[row["what"]] = int(row["count"])
    assert rebuilt == counts
