"""The real CLI, through typer's runner and as a real process, against real stores."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EN_TEXT, QUERIES, ROOT, SEEDS, make_article
from typer.main import get_command
from typer.testing import CliRunner

from kg import rdf
from kg.cli import ProgressBar, app
from kg.model import Entity, Extraction
from kg.store import Store

runner = CliRunner()
ROLES = str(QUERIES / "roles.rq")

GOOD_EN = (
    "Harbour city opens a new library\n\n"
    "The city council said on Monday that the new library would open in the spring. "
    "It will have a reading room for children and a small garden.\n"
)
GOOD_ES = (
    "---\ntitle: Nueva biblioteca\ndate: 2024-03-01\n---\n"
    "El ayuntamiento anunció el lunes que la nueva biblioteca abrirá en primavera. "
    "Tendrá una sala de lectura para los niños y un pequeño jardín.\n"
)
GERMAN = (
    "Der Stadtrat hat am Montag gesagt, dass die neue Bibliothek im Frühling "
    "eröffnet wird. Sie wird einen Lesesaal für die Kinder und einen kleinen Garten haben.\n"
)


def kg(*args: str, input: str | None = None, env: dict | None = None):
    return runner.invoke(app, list(args), input=input, env=env)


def export_lines(store: Path) -> list[str]:
    result = kg("export", "--store", str(store))
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


# --- ingest ----------------------------------------------------------------------------------


def test_ingest_seeds_then_again_unchanged(tmp_path):
    store = str(tmp_path / "kg-data")
    first = kg("ingest", str(SEEDS), "--store", store)
    assert first.exit_code == 0, first.stderr
    assert first.stdout == ""
    assert first.stderr.startswith("ingested 5 articles (5 added, 0 replaced, 0 unchanged), ")
    again = kg("ingest", str(SEEDS), "--store", store, "--quiet")
    assert again.exit_code == 0
    assert "(0 added, 0 replaced, 5 unchanged)" in again.stderr


def test_bad_files_are_listed_and_the_rest_is_stored(tmp_path, disk_store):
    before = [line for line in export_lines(disk_store) if str(rdf.ENTITY_GRAPH) not in line]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text(GOOD_EN, encoding="utf-8")
    (folder / "b_good.md").write_text(GOOD_ES, encoding="utf-8")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (folder / "latin1.txt").write_bytes("Le café de la mairie est fermé.".encode("latin-1"))
    (folder / "broken.md").write_text("---\ntitle: [unclosed\n---\nSome text here.\n")
    (folder / "german.txt").write_text(GERMAN, encoding="utf-8")
    result = kg("ingest", str(folder), "--store", str(disk_store))
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    errors = dict(line.split(": ", 1) for line in result.stderr.splitlines()[:-1])
    assert sorted(Path(p).name for p in errors) == [
        "binary.txt",
        "broken.md",
        "empty.txt",
        "german.txt",
        "latin1.txt",
    ]
    reasons = {Path(p).name: reason for p, reason in errors.items()}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["binary.txt"] == "binary file, not text"
    assert reasons["latin1.txt"].startswith("not valid UTF-8")
    assert "front matter" in reasons["broken.md"]
    assert "language not recognized" in reasons["german.txt"]
    assert result.stderr.splitlines()[-1].startswith("ingested 2 articles (2 added")
    after = export_lines(disk_store)
    assert set(before) <= set(after)
    stats = json.loads(kg("stats", "--store", str(disk_store), "-f", "json").stdout)
    assert stats["articles"] == 4


def test_ingest_missing_path_and_bad_language(tmp_path):
    store = str(tmp_path / "s")
    result = kg("ingest", str(tmp_path / "nothing.txt"), "--store", store)
    assert result.exit_code == 1
    assert f"{tmp_path / 'nothing.txt'}: no such file or directory" in result.stderr
    result = kg("ingest", str(SEEDS), "--store", store, "--lang", "de")
    assert result.exit_code == 1
    assert result.stderr == "Error: unknown language 'de'; kg reads en, es, fr\n"


def test_ingest_stdin_with_forced_language(tmp_path):
    store = str(tmp_path / "s")
    result = kg("ingest", "-", "--store", store, "--lang", "en", input=GOOD_EN)
    assert result.exit_code == 0, result.stderr
    stats = json.loads(kg("stats", "--store", store, "--format", "json").stdout)
    assert stats["articles"] == 1 and stats["languages"] == {"en": 1}


def test_store_from_environment(tmp_path):
    env = {"KG_STORE": str(tmp_path / "env-store")}
    assert kg("ingest", str(SEEDS / "000_6939d0f79c6f80c2.txt"), env=env).exit_code == 0
    assert (tmp_path / "env-store").is_dir()
    result = kg("stats", "--format", "json", env=env)
    assert json.loads(result.stdout)["articles"] == 1


# --- query -----------------------------------------------------------------------------------


def test_query_json_is_sparql_results_json(disk_store):
    result = kg("query", ROLES, "--store", str(disk_store), "--format", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["head"]["vars"] == [
        "person",
        "personLabel",
        "role",
        "org",
        "orgLabel",
        "source",
        "file",
        "evidence",
    ]
    first = doc["results"]["bindings"][0]
    assert first["person"] == {"type": "uri", "value": rdf.ID + "entity/person-maria-lopez"}
    assert first["role"] == {"type": "literal", "value": "chief executive", "xml:lang": "en"}
    assert first["file"] == {"type": "literal", "value": "acme.txt"}
    money = kg("query", str(QUERIES / "investments.rq"), "--store", str(disk_store), "-f", "json")
    amount = json.loads(money.stdout)["results"]["bindings"][0]["amount"]
    assert amount == {"type": "literal", "value": "2500000000", "datatype": rdf.XSD.decimal.value}
    undisclosed = json.loads(money.stdout)["results"]["bindings"][2]
    assert "amount" not in undisclosed and undisclosed["placeLabel"]["value"] == "Nuevo León"


def test_query_table_csv_tsv(disk_store):
    table = kg("query", ROLES, "--store", str(disk_store))
    lines = table.stdout.splitlines()
    assert lines[0].split() == [
        "person",
        "personLabel",
        "role",
        "org",
        "orgLabel",
        "source",
        "file",
        "evidence",
    ]
    assert set(lines[1]) == {"-", " "}
    assert lines[2].startswith("id:entity/person-maria-lopez  Maria Lopez  chief executive")
    assert len(lines) == 4
    rows = list(
        csv.reader(io.StringIO(kg("query", ROLES, "--store", str(disk_store), "-f", "csv").stdout))
    )
    assert rows[0][:3] == ["person", "personLabel", "role"]
    assert rows[1][6:] == [
        "acme.txt",
        '"This region is ready," said Maria Lopez, chief executive of Acme Cloud.',
    ]
    tsv = kg("query", ROLES, "--store", str(disk_store), "-f", "tsv").stdout.splitlines()
    assert [line.split("\t")[1] for line in tsv] == ["personLabel", "Maria Lopez", "Juan Pérez"]


def test_query_params(disk_store):
    result = kg("query", ROLES, "--store", str(disk_store), "-f", "csv", "--param", "file=nota.txt")
    assert result.exit_code == 0, result.stderr
    assert [row[1] for row in csv.reader(io.StringIO(result.stdout))] == [
        "personLabel",
        "Juan Pérez",
    ]
    bad = kg("query", ROLES, "--store", str(disk_store), "--param", "file")
    assert (bad.exit_code, bad.stderr) == (1, "Error: bad --param 'file'; write NAME=VALUE\n")


def test_query_errors(tmp_path, disk_store):
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x }\n")
    result = kg("query", str(bad), "--store", str(disk_store))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {bad}: malformed SPARQL: error at ")
    assert "Traceback" not in result.stderr
    missing = kg("query", str(tmp_path / "none.rq"), "--store", str(disk_store))
    assert missing.stderr == f"Error: no query file {tmp_path / 'none.rq'}\n"
    fmt = kg("query", ROLES, "--store", str(disk_store), "--format", "xml")
    assert (fmt.exit_code, fmt.stderr) == (
        1,
        "Error: unknown format 'xml'; use one of: table, json, csv, tsv\n",
    )


@pytest.mark.parametrize(
    "args",
    [["query", ROLES], ["lookup", "Acme"], ["stats"], ["export"], ["remove", "acme.txt"]],
    ids=["query", "lookup", "stats", "export", "remove"],
)
def test_missing_store_is_an_error_and_is_not_created(tmp_path, args):
    folder = tmp_path / "nowhere"
    result = kg(*args, "--store", str(folder))
    assert result.exit_code == 1
    assert result.stderr == f"Error: no store at {folder}; run `kg ingest` first or pass --store\n"
    assert not folder.exists()


# --- lookup, stats, remove, export -----------------------------------------------------------


def test_lookup_table(disk_store):
    result = kg("lookup", "acme cloud", "--store", str(disk_store))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"Acme Cloud  <{rdf.ID}entity/corporation-acme-cloud>"
    assert lines[1:4] == ["types     Corporation", "aliases   la empresa (es)", "wikidata  Q424242"]
    assert lines[5].endswith(" facts")
    assert lines[6].split() == [
        "id", "kind", "parties", "values", "support", "publishers", "first_seen", "last_seen"
    ]  # fmt: skip
    assert any("2,500,000,000 USD" in line for line in lines)
    assert any("acme.txt  2024-05-02" in line for line in lines)


def test_lookup_json_and_other_matches(disk_store):
    result = kg("lookup", "Juan Perez", "--store", str(disk_store), "--format", "json")
    found = json.loads(result.stdout)
    assert found["entity"]["label"] == "Juan Pérez"
    assert found["entity"]["types"] == ["Person"]
    [fact] = found["facts"]
    assert fact["kind"] == "role" and [v["text"] for v in fact["values"]] == ["director general"]
    assert "Acme Cloud" in [p["label"] for p in fact["parties"]]
    assert fact["support"] == 1 and fact["sources"][0]["file"] == "nota.txt"
    bank = Entity("corporation-acme-bank", "Acme Bank", "Corporation", None, ("Acme Bank",))
    with Store.open(disk_store) as opened:
        article = make_article("Acme Bank opened a branch.\n", "bank.txt", "en")
        opened.put(Extraction(article, (bank,), ()))
    several = json.loads(kg("lookup", "acme", "--store", str(disk_store), "-f", "json").stdout)
    assert several["entity"]["label"] == "Acme Bank"  # equal scores: the shorter name first
    assert [m["label"] for m in several["others"]] == ["Acme Cloud"]
    table = kg("lookup", "acme", "--store", str(disk_store)).stdout
    assert table.splitlines()[-2:] == [
        "other matches:",
        f"  Acme Cloud (90) <{rdf.ID}entity/corporation-acme-cloud>",
    ]


def test_lookup_errors(disk_store):
    result = kg("lookup", "Zyxwvut Qqq", "--store", str(disk_store))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no entity in the store matches 'Zyxwvut Qqq'")
    fmt = kg("lookup", "Acme", "--store", str(disk_store), "--format", "tsv")
    assert fmt.stderr == "Error: unknown format 'tsv'; use one of: table, json, csv\n"


def test_stats_formats(disk_store):
    table = kg("stats", "--store", str(disk_store)).stdout.splitlines()
    assert table[0].split() == ["what", "name", "count"]
    assert table[2].split() == ["articles", "2"]
    assert ["facts", "roles", "2"] in [line.split() for line in table]
    rows = list(
        csv.DictReader(io.StringIO(kg("stats", "--store", str(disk_store), "-f", "csv").stdout))
    )
    assert {"what": "entities", "name": "Person", "count": "2"} in rows
    assert json.loads(kg("stats", "--store", str(disk_store), "-f", "json").stdout)["sources"] == 2


def test_remove(disk_store):
    result = kg("remove", "nota.txt", "--store", str(disk_store))
    assert (result.exit_code, result.stderr) == (0, "removed 1 article read from nota.txt\n")
    stats = json.loads(kg("stats", "--store", str(disk_store), "-f", "json").stdout)
    assert stats["articles"] == 1 and "Person" in stats["entities"]
    again = kg("remove", "nota.txt", "--store", str(disk_store))
    assert again.exit_code == 1
    assert again.stderr.startswith("Error: no article in the store was read from nota.txt")


def test_export_stdout_and_file_are_identical_and_sorted(tmp_path, disk_store):
    lines = export_lines(disk_store)
    assert lines == sorted(lines) and all(line.endswith(" .") for line in lines)
    out = tmp_path / "out.nq"
    result = kg("export", "--store", str(disk_store), "--output", str(out), "--format", "nq")
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text(encoding="utf-8").splitlines() == lines
    bad = kg("export", "--store", str(disk_store), "--format", "xml")
    assert bad.stderr.startswith("Error: unknown format 'xml'; use one of: nq, trig, ttl, ")


def test_remove_then_reingest_restores_the_export(tmp_path):
    store = str(tmp_path / "s")
    assert kg("ingest", str(SEEDS), "--store", store).exit_code == 0
    before = export_lines(Path(store))
    assert kg("remove", "002_d4d5385577ecf824.txt", "--store", store).exit_code == 0
    assert export_lines(Path(store)) != before
    assert kg("ingest", str(SEEDS), "--store", store).exit_code == 0
    assert export_lines(Path(store)) == before


# --- the command as a whole ------------------------------------------------------------------


def test_every_command_is_documented_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = get_command(app).commands
    assert sorted(commands) == [
        "conflicts", "export", "ingest", "lookup", "query", "remove", "serve", "stats", "timeline",
        "why",
    ]  # fmt: skip
    for name in commands:
        assert f"kg {name}" in readme, f"`kg {name}` is not in README.md"


def test_readme_starts_with_make_demo_and_make_test():
    lines = [line for line in (ROOT / "README.md").read_text().splitlines() if line.strip()]
    commands = [line for line in lines[:8] if line.strip().startswith("make ")]
    assert [c.strip() for c in commands[:2]] == ["make demo", "make test"]


def test_real_process(tmp_path):
    store = str(tmp_path / "s")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    run = [sys.executable, "-m", "kg"]
    done = subprocess.run(
        [*run, "ingest", str(SEEDS), "--store", store], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("ingested 5 articles")
    query = subprocess.run(
        [*run, "query", ROLES, "--store", store, "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert query.returncode == 0 and "results" in json.loads(query.stdout)
    failed = subprocess.run(
        [*run, "stats", "--store", str(tmp_path / "none")], capture_output=True, text=True, env=env
    )
    assert failed.returncode == 1 and failed.stdout == ""
    assert failed.stderr.startswith("Error: no store at") and "Traceback" not in failed.stderr


SCORER = ROOT.parent / "shared" / "eval" / "score.py"


@pytest.mark.skipif(not SCORER.exists(), reason="../shared is not beside the project")
def test_the_scorer_reads_our_answers(tmp_path):
    store = str(tmp_path / "s")
    assert kg("ingest", str(SEEDS), "--store", store).exit_code == 0
    done = subprocess.run(
        [sys.executable, str(SCORER), str(SCORER.parent.parent / "gold" / "seeds"),
         "--store", store, "--kg", f"{sys.executable} -m kg", "--queries", str(QUERIES), "--json"],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert set(json.loads(done.stdout)) >= {"roles", "investments", "partnerships", "claims"}


def test_progress_bar_draws_and_clears():
    stream = io.StringIO()
    bar = ProgressBar(4, stream, force=True, delay=0)
    bar(object())  # type: ignore[arg-type]
    bar.close()
    text = stream.getvalue()
    assert text.startswith("\r[#######") and "1/4 articles, 0 rejected" in text
    assert text.endswith("\r")


def test_progress_bar_is_silent_off_a_terminal():
    stream = io.StringIO()
    bar = ProgressBar(4, stream, delay=0)
    bar(object())  # type: ignore[arg-type]
    bar.close()
    assert stream.getvalue() == ""


def test_texts_are_not_from_the_corpus():
    corpus = ROOT.parent / "shared" / "corpus"
    if not corpus.exists():
        pytest.skip("no corpus beside the project")
    for path in corpus.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            for mine in (GOOD_EN, GOOD_ES, GERMAN, EN_TEXT):
                assert mine.splitlines()[-1][:60] not in text
