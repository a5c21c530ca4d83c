"""A catalogue of misuse on the read side: SPARQL (updates, SERVICE, FROM, huge results,
--param injection), export write failures, and --as-of on every command.

Each case runs the real CLI (typer's runner, or a real process where the case ends the
process or needs its real stdout) against one store that holds the seed articles, and asserts
the message, the exit status, and that the store still holds every one of its quads.
SERVICE cases point at a real HTTP server on 127.0.0.1 that counts the requests it gets.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import SEEDS
from typer.main import get_command
from typer.testing import CliRunner

from kg import rdf
from kg.cli import app
from kg.errors import UsageError
from kg.export import export
from kg.ingest import ingest
from kg.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT, inspect_query
from kg.store import Store

runner = CliRunner()
ENTITIES = str(rdf.ENTITY_GRAPH)[1:-1]
CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"
COUNT = "SELECT (COUNT(*) AS ?n) {dataset} WHERE {{ {pattern} }}"


# --- fixtures ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    """A closed on-disk store with the seed articles."""
    folder = tmp_path_factory.mktemp("faults-query") / "kg-data"
    with Store.open(folder) as opened:
        assert ingest([str(SEEDS)], opened).added == 5
    return folder


@pytest.fixture(scope="module")
def seed_quads(seeds) -> set[bytes]:
    return quads(seeds)


@pytest.fixture(scope="module")
def facts(seeds) -> dict[str, object]:
    """What the cases compare with: graph names and quad counts, read with the library."""
    with Store.open(seeds, read_only=True) as opened:
        rows = opened.select(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
        )
    sizes = {row["g"].value: int(row["n"].value) for row in rows}
    articles = sorted(g for g in sizes if g != ENTITIES)
    return {"sizes": sizes, "articles": articles, "total": sum(sizes.values())}


class Counter(BaseHTTPRequestHandler):
    """A SPARQL endpoint stand-in: counts requests, answers one row (?x = "remote")."""

    hits = 0
    body = json.dumps(
        {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal",
                                                                   "value": "remote"}}]}}
    ).encode()  # fmt: skip

    def answer(self) -> None:
        type(self).hits += 1
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    do_GET = do_POST = answer

    def log_message(self, *args: object) -> None:  # keep pytest's output clean
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Counter)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def quads(store: Path) -> set[bytes]:
    out = io.BytesIO()
    with Store.open(store, read_only=True) as opened:
        opened.export_nquads(out)
    return set(out.getvalue().splitlines())


def kg(*args: str):
    return runner.invoke(app, list(args))


def kg_process(*args: str, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], stdout=stdout, stderr=subprocess.PIPE, text=True,
        timeout=120,
    )  # fmt: skip


@contextlib.contextmanager
def tmpfs(folder: Path, options: str):
    """A tmpfs mounted on `folder` (root only); the test is skipped if it cannot be mounted."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True,
        text=True,
    )  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs ({mounted.stderr.strip() or 'not root'})")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


# --- SPARQL misuse: one table ----------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """`kg query FILE` with FILE holding `query`; `{port}` is the counting server's port."""

    id: str
    query: str
    args: tuple[str, ...] = ()
    code: int = 1
    stderr: str | re.Pattern = ""  # exact, or a pattern the whole of it matches
    stdout: object = None  # a function of (stdout, facts) that must hold
    hits: int = 0  # requests the server must get
    process: bool = False  # run as a real process (the case ends it, or times it)
    seconds: float | None = None  # a real process must finish within this


def update(form: str) -> str:
    return (
        f"Error: kg query only reads: {{file}} is a SPARQL update ({form}), not a query; "
        "nothing was changed\n"
    )


REFUSED = (
    "Error: {file} calls a remote SPARQL endpoint with SERVICE, which would send a request from "
    "this machine; pass --allow-service to run it anyway\n"
)


def limited(n: str, what: str = "rows") -> str:
    return (
        f"Error: {{file}} gives more than {n} {what} (--limit); add LIMIT to the query or "
        "pass a larger --limit (0 for none)\n"
    )


def timed_out(seconds: str) -> str:
    return (
        f"Error: {{file}} took longer than {seconds} s and was stopped (--timeout); narrow "
        "it (LIMIT, more specific patterns) or pass a larger --timeout (0 for none)\n"
    )


def count_is(key: str):
    """stdout (csv) is one count, equal to facts-derived `key`."""

    def check(stdout: str, facts: dict) -> None:
        sizes, articles = facts["sizes"], facts["articles"]
        expected = {
            "total": facts["total"],
            "entities": sizes[ENTITIES],
            "article0": sizes[articles[0]],
            "two": sizes[articles[0]] + sizes[articles[1]],
            "zero": 0,
        }[key]
        assert stdout == f"n\n{expected}\n"

    return check


def csv_rows(expected: list[list[str]]):
    def check(stdout: str, facts: dict) -> None:
        assert list(csv.reader(io.StringIO(stdout))) == expected

    return check


def lines(count: int):
    def check(stdout: str, facts: dict) -> None:
        assert stdout.count("\n") == count

    return check


def lines_total(stdout: str, facts: dict) -> None:
    assert stdout.count("\n") == 1 + facts["total"]


def json_bindings(count: int):
    def check(stdout: str, facts: dict) -> None:
        assert len(json.loads(stdout)["results"]["bindings"]) == count

    return check


def graphs_listed(stdout: str, facts: dict) -> None:
    assert stdout == f"g\n{facts['articles'][0]}\n"


FOOLED = "SELECT ?n WHERE {{ BIND(1 AS ?n) FILTER({test}) }}"
URL = "http://127.0.0.1:{port}/sparql"

CASES = [
    # updates: refused before they reach the store, whatever their form
    Case("insert-data", 'INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> "c" } }',
         stderr=update("INSERT")),
    Case("delete-where", "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }", stderr=update("DELETE")),
    Case("drop-all-lowercase", "drop all", stderr=update("DROP")),
    Case("clear-after-prefix", "PREFIX ex: <urn:ex:>\nCLEAR GRAPH ex:g", stderr=update("CLEAR")),
    Case("with-modify", f"WITH <{ENTITIES}> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}",
         stderr=update("WITH")),
    Case("load-makes-no-request", f"LOAD <{URL}> INTO GRAPH <urn:g>", stderr=update("LOAD")),
    Case("copy-move-add", "COPY DEFAULT TO <urn:g> ; MOVE <urn:a> TO <urn:b>",
         stderr=update("COPY")),
    # SERVICE: refused unless --allow-service, however it is written, with no request made
    Case("service", f"SELECT * WHERE {{ SERVICE <{URL}> {{ ?x ?y ?z }} }}", stderr=REFUSED),
    Case("service-silent", f"SELECT * WHERE {{ SERVICE SILENT <{URL}> {{ ?x ?y ?z }} }}",
         stderr=REFUSED),
    Case("service-lowercase-after-comment",
         f"# the word in a comment: SERVICE\nselect * where {{ service <{URL}> {{ ?x ?y ?z }} }}",
         stderr=REFUSED),
    Case("service-glued-to-tokens",
         f"SELECT * WHERE {{ ?s ?p 3SERVICESILENT<{URL}>{{?x ?y ?z}} }}", stderr=REFUSED),
    Case("service-in-subquery-optional",
         f"SELECT * WHERE {{ {{ SELECT ?x WHERE {{ OPTIONAL {{ SERVICE <{URL}> {{ ?x ?y ?z }} }} "
         "} } }", stderr=REFUSED),
    Case("service-endpoint-from-param", "SELECT * WHERE { SERVICE ?endpoint { ?x ?y ?z } }",
         args=("--param", f"endpoint=<{URL}>"), stderr=REFUSED),
    Case("service-allowed", f"SELECT ?x WHERE {{ SERVICE <{URL}> {{ ?x ?y ?z }} }}",
         args=("--allow-service",), code=0, stdout=csv_rows([["x"], ["remote"]]), hits=1),
    # ... and the word elsewhere is not SERVICE: these run, with no request
    Case("service-in-strings-iris-comments",
         FOOLED.format(test=f'"SERVICE <{URL}> {{}}" != """SERVICE\n{{}}""" && '
                            f"<{URL}#SERVICE> != <urn:x> # SERVICE <{URL}> {{ }}\n"),
         code=0, stdout=csv_rows([["n"], ["1"]])),
    Case("service-as-variable-and-prefixed-name",
         "PREFIX service: <urn:service:>\nSELECT ?n WHERE { BIND(service:SERVICE AS ?service) "
         "BIND(1 AS ?n) FILTER(?service = service:SERVICE) }",
         code=0, stdout=csv_rows([["n"], ["1"]])),
    # FROM and FROM NAMED are honoured; without them the default graph is the union
    Case("no-dataset-is-the-union", COUNT.format(dataset="", pattern="?s ?p ?o"), code=0,
         stdout=count_is("total")),
    Case("from-entities-graph", COUNT.format(dataset=f"FROM <{ENTITIES}>", pattern="?s ?p ?o"),
         code=0, stdout=count_is("entities")),
    Case("from-one-article", COUNT.format(dataset="FROM <{article0}>", pattern="?s ?p ?o"),
         code=0, stdout=count_is("article0")),
    Case("from-two-articles-lowercase",
         COUNT.format(dataset="from <{article0}> from <{article1}>", pattern="?s ?p ?o"), code=0,
         stdout=count_is("two")),
    Case("from-unknown-graph", COUNT.format(dataset="FROM <urn:nothing>", pattern="?s ?p ?o"),
         code=0, stdout=count_is("zero")),
    Case("from-remote-iri-makes-no-request",
         COUNT.format(dataset=f"FROM <{URL}> FROM NAMED <{URL}>", pattern="?s ?p ?o"), code=0,
         stdout=count_is("zero")),
    Case("from-named-alone-empties-the-default",
         COUNT.format(dataset="FROM NAMED <{article0}>", pattern="?s ?p ?o"), code=0,
         stdout=count_is("zero")),
    Case("from-named-limits-graph",
         "SELECT DISTINCT ?g FROM NAMED <{article0}> WHERE { GRAPH ?g { ?s ?p ?o } }", code=0,
         stdout=graphs_listed),
    # huge results: rows stream, and the limit stops them with an error after the first ones
    Case("cross-join-default-limit", "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f }",
         stderr=limited(f"{DEFAULT_LIMIT:,}"), stdout=lines(DEFAULT_LIMIT + 1)),
    Case("cross-join-limit-table", CROSS, args=("--limit", "7", "--format", "table"),
         stderr=limited("7"), stdout=lines(2 + 7)),
    Case("cross-join-limit-json-stays-json", CROSS, args=("--limit", "5", "--format", "json"),
         stderr=limited("5"), stdout=json_bindings(5)),
    Case("construct-cross-join", "CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }",
         args=("--limit", "50"), stderr=limited("50", "triples"), stdout=lines(50)),
    Case("describe-everything", "DESCRIBE ?s WHERE { ?s ?p ?o }", args=("--limit", "100"),
         stderr=limited("100", "triples"), stdout=lines(100)),
    Case("limit-zero-is-no-limit", "SELECT ?a WHERE { ?a ?b ?c }", code=0,
         args=("--limit", "0", "--format", "tsv"), stdout=lines_total),
    Case("sorting-cross-join-times-out",
         "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY STR(?f) LIMIT 1",
         args=("--timeout", "1"), stderr=timed_out("1"), stdout=lines(0), process=True,
         seconds=20),
    Case("filtered-triple-join-times-out",
         "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
         'FILTER(STR(?c) = CONCAT(STR(?f), STR(?i), "never")) }',
         args=("--timeout", "1.5"), stderr=timed_out("1.5"), stdout=lines(1), process=True,
         seconds=20),
    # --param values are bound, never pasted: no injection, bad names and IRIs are refused
    Case("param-value-injection", "roles",
         args=("--param", 'file=x" } ; DROP ALL ; INSERT DATA { <a:b> <a:c> "d" } #'), code=0,
         stdout=lines(1)),
    Case("param-iri-injection", "SELECT ?e WHERE { ?e ?p ?o }",
         args=("--param", f"e=<urn:x> }} SERVICE <{URL}> {{ ?s ?p ?o>"),
         stderr=re.compile(r"Error: bad IRI <urn:x> } SERVICE .*\n")),
    Case("param-name-injection", "roles", args=("--param", f"file}} SERVICE <{URL}> {{#=1"),
         stderr=f"Error: bad parameter name 'file}} SERVICE <{URL}> {{#': use letters, digits "
                "and _\n"),
    Case("param-unknown-variable", "roles", args=("--param", "nothing=1"),
         stderr="Error: {file}: the query has no variable ?nothing to bind\n"),
    # not SPARQL at all
    Case("empty-file", "", stderr=re.compile(r"Error: \S+: malformed SPARQL: error at 1:1: .*\n")),
]  # fmt: skip


def fill(text: str, port: int, facts: dict) -> str:
    articles = facts["articles"]
    return (
        text.replace("{port}", str(port))
        .replace("{article0}", articles[0])
        .replace("{article1}", articles[1])
    )


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_query_case(case, seeds, seed_quads, facts, server, tmp_path):
    port = server.server_address[1]
    Counter.hits = 0
    if case.query in ("roles",):
        file = case.query
    else:
        file = str(tmp_path / f"{case.id}.rq")
        Path(file).write_text(fill(case.query, port, facts), encoding="utf-8")
    args = ["query", file, "--store", str(seeds), *(fill(a, port, facts) for a in case.args)]
    if not any(a in ("--format", "-f") for a in case.args):
        args += ["--format", "csv"]
    if case.process:
        started = time.monotonic()
        result = kg_process(*args)
        elapsed = time.monotonic() - started
        code, stdout, stderr = result.returncode, result.stdout, result.stderr
        assert case.seconds is None or elapsed < case.seconds, f"took {elapsed:.1f} s"
    else:
        result = kg(*args)
        code, stdout, stderr = result.exit_code, result.stdout, result.stderr
    expected = None
    if isinstance(case.stderr, str):
        expected = fill(case.stderr, port, facts).replace("{file}", file)
    if expected is not None:
        assert stderr == expected
    else:
        assert case.stderr.fullmatch(stderr), stderr
    assert code == case.code, stderr
    assert "Traceback" not in stderr
    if case.stdout is not None:
        case.stdout(stdout, facts)
    assert Counter.hits == case.hits
    assert quads(seeds) == seed_quads


def test_the_tokens_decide_not_the_words():
    """The reading behind the SERVICE, FROM and update cases, on texts the engine never sees."""
    assert inspect_query("select * { ?s ?p '''FROM\n''' } # DROP").form == "SELECT"
    assert not inspect_query("SELECT * { ?s ?p 'FROM' } # FROM <x>").dataset
    assert inspect_query("SELECT*FROM<urn:g>{?s ?p ?o}").dataset
    assert not inspect_query('ASK { ?s ?p "\\"SERVICE" }').service
    assert inspect_query('ASK { ?s ?p "\\\\" SERVICE <urn:x> {} }').service  # ends at \\"
    assert not inspect_query("ASK { ?s ex:a\\#SERVICE ?o }").service  # escaped #: no comment
    assert inspect_query("PREFIX x: <urn:x> BASE <urn:b> INSERT DATA {}").update
    assert not inspect_query("SELECT ?insert WHERE { }").update


def test_defaults_are_documented_in_help():
    text = kg("query", "--help").stdout
    assert "--limit" in text and "--timeout" in text and "--allow-service" in text
    assert str(DEFAULT_LIMIT) in text and f"{DEFAULT_TIMEOUT:g}" in text


# --- output that cannot be written -----------------------------------------------------------


def test_reader_gone_ends_quietly(seeds, seed_quads):
    """`kg query ... | head -1`: the pipe closes early; no traceback, status 1."""
    query = Path(str(seeds) + "-cross.rq")
    query.write_text(CROSS, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "query", str(query), "--store", str(seeds), "-f", "csv"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout.readline().startswith(b"a,b,c")
    process.stdout.close()
    with process.stderr:
        stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 1
    assert stderr == ""
    assert quads(seeds) == seed_quads


@dataclass(frozen=True)
class Write:
    """`kg export` (or `kg query`) writing where it cannot."""

    id: str
    args: tuple[str, ...]
    stderr: str  # {out} is the output path
    target: str  # readonly | full | devfull | stdout-full | missing | folder | existing-full
    command: str = "export"


WRITES = [
    Write("read-only-folder", ("--output", "{out}"), "Error: cannot write {out}: {readonly}\n",
          "readonly"),
    Write("full-disk-nq", ("--output", "{out}"),
          "Error: cannot write {out}: No space left on device\n", "full"),
    Write("full-disk-html", ("--output", "{out}", "--format", "html"),
          "Error: cannot write {out}: No space left on device\n", "full"),
    Write("full-disk-keeps-the-old-file", ("--output", "{out}"),
          "Error: cannot write {out}: No space left on device\n", "existing-full"),
    Write("dev-full", ("--output", "/dev/full", "--format", "trig"),
          "Error: cannot write /dev/full: No space left on device\n", "devfull"),
    Write("stdout-full", ("--format", "ttl"),
          "Error: cannot write to standard output: No space left on device\n", "stdout-full"),
    Write("query-stdout-full", (), "Error: cannot write to standard output: No space left on "
          "device\n", "stdout-full", command="query"),
    Write("missing-folder", ("--output", "{out}"),
          "Error: cannot write {out}: No such file or directory\n", "missing"),
    Write("output-is-a-folder", ("--output", "{out}"),
          "Error: cannot write {out}: it is a folder; give a file name with --output\n",
          "folder"),
    Write("unknown-entity-leaves-no-file", ("--output", "{out}", "--entity", "Zyxwvut Qqq"),
          "Error: no entity in the store matches 'Zyxwvut Qqq'; check the spelling or run "
          "`kg lookup`\n", "empty"),
]  # fmt: skip


@pytest.mark.parametrize("case", WRITES, ids=[w.id for w in WRITES])
def test_write_failure(case, seeds, seed_quads, tmp_path):
    folder = tmp_path / "out"
    out = folder / "kg.nq"
    readonly = "Read-only file system"
    with contextlib.ExitStack() as stack:
        if case.target == "readonly":
            if os.geteuid() == 0:
                stack.enter_context(tmpfs(folder, "ro,size=1m"))
            else:
                folder.mkdir()
                folder.chmod(0o555)
                stack.callback(folder.chmod, 0o755)
                readonly = "Permission denied"
        elif case.target in ("full", "existing-full"):
            stack.enter_context(tmpfs(folder, "size=64k"))
            if case.target == "existing-full":
                out.write_bytes(b"an earlier export\n")
        elif case.target == "missing":
            out = tmp_path / "no" / "such" / "kg.nq"
        elif case.target == "folder":
            folder.mkdir()
            out = folder
        else:
            folder.mkdir()
        before = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
        args = [a.replace("{out}", str(out)) for a in case.args]
        command = [case.command, "--store", str(seeds), *args]
        if case.command == "query":
            command[1:1] = ["roles"]
        if case.target == "stdout-full":
            with open("/dev/full", "w") as full:
                result = kg_process(*command, stdout=full)
            code, stderr = result.returncode, result.stderr
        else:
            result = kg(*command)
            code, stderr = result.exit_code, result.stderr
        assert stderr == case.stderr.replace("{out}", str(out)).replace("{readonly}", readonly)
        assert code == 1
        if folder.is_dir():  # nothing new, no partial file, an earlier file unchanged
            assert sorted(p.name for p in folder.iterdir()) == before
        if case.target == "existing-full":
            assert out.read_bytes() == b"an earlier export\n"
    assert Path("/dev/full").is_char_device()
    assert quads(seeds) == seed_quads


# --- --as-of: one check, one wording, on every command that takes it ---------------------------

AS_OF_ARGS = {  # what each command needs besides --as-of
    "lookup": ["AWS"],
    "why": ["0123456789abcdef"],
    "conflicts": [],
    "timeline": ["AWS"],
    "export": ["--format", "nq"],
}
BAD_DATES = ["May 2024", "2025-02-30", "20250131", "2025-1-5", "2025-01-31T00:00", "", "2025-13-01"]


def as_of_commands() -> list[str]:
    group = get_command(app)
    return sorted(
        name
        for name, command in group.commands.items()
        if any("--as-of" in getattr(p, "opts", ()) for p in command.params)
    )


def test_every_command_with_as_of_is_in_the_catalogue():
    assert as_of_commands() == sorted(AS_OF_ARGS)


@pytest.mark.parametrize("value", BAD_DATES)
@pytest.mark.parametrize("command", sorted(AS_OF_ARGS))
def test_as_of_is_checked_alike(command, value, seeds, seed_quads):
    result = kg(command, *AS_OF_ARGS[command], "--store", str(seeds), "--as-of", value)
    assert result.stderr == f"Error: --as-of takes a date as YYYY-MM-DD, not '{value}'\n"
    assert (result.exit_code, result.stdout) == (1, "")
    assert quads(seeds) == seed_quads


@pytest.mark.parametrize("command", ["lookup", "conflicts", "timeline", "export"])
def test_a_real_date_is_taken(command, seeds, seed_quads):
    result = kg(command, *AS_OF_ARGS[command], "--store", str(seeds), "--as-of", "2025-01-31")
    assert result.exit_code == 0, result.stderr
    assert quads(seeds) == seed_quads


def test_the_library_checks_as_of_the_same_way():
    with pytest.raises(UsageError) as raised:
        export(Store.memory(), io.BytesIO(), as_of="May 2024")
    assert str(raised.value) == "--as-of takes a date as YYYY-MM-DD, not 'May 2024'"
