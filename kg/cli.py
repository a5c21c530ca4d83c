"""The `kg` command: a thin client of the library.

Every command takes `--store DIR` (or env KG_STORE; default ./kg-data). Commands that only
read never create a store. Errors the library raises on purpose (KgError) are caught in one
place and printed as `Error: <message>` on stderr with exit status 1, without a traceback.
Results go to stdout; summaries, rejected files and progress go to stderr.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from typer.core import TyperGroup

from kg import answers, present
from kg.answers import CanonicalFact
from kg.errors import InputError, KgError, UsageError
from kg.lookup import Lookup
from kg.lookup import lookup as find_entity
from kg.model import LANGS, Article
from kg.output import check_date, check_format, format_rows, write_result
from kg.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT, QueryTimeout, stream_query
from kg.read import SUFFIXES
from kg.store import DEFAULT_PATH, Store


class _Group(TyperGroup):
    """Catches KgError once for every command: `Error: ...` on stderr, exit 1."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as error:
            typer.echo(f"Error: {error}", err=True)
            raise typer.Exit(1) from None


app = typer.Typer(
    cls=_Group,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Build a knowledge graph from news articles (en, es, fr) and query it.",
)

StoreDir = Annotated[
    str,
    typer.Option("--store", envvar="KG_STORE", metavar="DIR", help="Store folder."),
]
Format = Annotated[
    str, typer.Option("--format", "-f", metavar="FORMAT", help="table, json, csv or tsv.")
]


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(metavar="PATH", help="Files or folders to read; - for stdin.")
    ],
    store: StoreDir = DEFAULT_PATH,
    lang: Annotated[
        str | None,
        typer.Option("--lang", metavar="LANG", help="Language of every article: en, es or fr."),
    ] = None,
    name: Annotated[
        str | None,
        typer.Option(
            "--name", metavar="NAME", help="Source name of the article read from stdin (-)."
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            metavar="N",
            min=1,
            help="Processes extracting articles (default: one per core); the store is the same.",
        ),
    ] = None,
) -> None:
    """Read articles, extract their facts and store them (one graph per article).

    Rejected files are listed on stderr as `<path>: <reason>`; the others are still stored,
    and the exit status is 1 when any file was rejected.
    """
    from kg import ingest as ingesting  # only ingest pays for loading the extraction rules
    from kg.parallel import default_workers

    if lang is not None and lang not in LANGS:
        raise UsageError(f"unknown language '{lang}'; kg reads {', '.join(LANGS)}")
    check_stdin(paths, name)
    bar = None if quiet else ProgressBar(count_files(paths), sys.stderr)
    with Store.open(store) as opened:
        report = ingesting.ingest(
            paths, opened, lang=lang, name=name, progress=bar, workers=workers or default_workers()
        )
    if bar is not None:
        bar.close()
    for error in report.rejected:
        typer.echo(f"{one_line(error.path)}: {error.reason}", err=True)
    typer.echo(f"{report.summary()} -> {store}", err=True)
    if report.rejected:
        raise typer.Exit(1)


@app.command()
def query(
    file: Annotated[
        str, typer.Argument(metavar="FILE", help="A SPARQL file, e.g. queries/roles.rq.")
    ],
    store: StoreDir = DEFAULT_PATH,
    format: Format = "table",
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", metavar="NAME=VALUE", help="Binds ?NAME; <...> for an IRI."),
    ] = None,
    limit: Annotated[
        int,
        typer.Option("--limit", metavar="N", min=0, help="Error after N rows; 0: no limit."),
    ] = DEFAULT_LIMIT,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout", metavar="SECONDS", min=0, help="Error after SECONDS; 0: no timeout."
        ),
    ] = DEFAULT_TIMEOUT,
    allow_service: Annotated[
        bool,
        typer.Option("--allow-service", help="Let SERVICE send requests to remote endpoints."),
    ] = False,
) -> None:
    """Run a SPARQL query over all graphs (or its FROM dataset); rows print as they come.

    json is W3C SPARQL 1.1 Query Results JSON. Updates are refused, and so is SERVICE
    without --allow-service. At the --limit or --timeout the rows so far are printed, then the
    error. A query stuck in the engine at the timeout ends the process: the engine cannot be
    stopped otherwise.
    """
    check_format(format)
    params = {}
    for item in param or []:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise UsageError(f"bad --param '{item}'; write NAME=VALUE")
        params[name] = value
    options = {"limit": limit, "timeout": timeout, "allow_service": allow_service}
    with Store.open(store, read_only=True) as opened:
        try:
            with stream_query(opened, file, params=params, **options) as result:
                _write_out(lambda: write_result(result, format, sys.stdout))
        except QueryTimeout as error:
            if error.running:  # still inside the engine, which cannot be cancelled: end here
                _exit_now(f"Error: {error}")
            raise


AsOf = Annotated[
    str | None,
    typer.Option("--as-of", metavar="DATE", help="Only sources published on or before DATE."),
]
Name = Annotated[str, typer.Argument(metavar="NAME", help="A name or alias, in any language.")]
AnswerFormat = Annotated[
    str, typer.Option("--format", "-f", metavar="FORMAT", help="table, json or csv.")
]
ANSWER_FORMATS = ("table", "json", "csv")


@app.command()
def lookup(
    name: Name,
    store: StoreDir = DEFAULT_PATH,
    format: AnswerFormat = "table",
    as_of: AsOf = None,
) -> None:
    """Show the entity that best matches NAME and its facts, grouped by canonical fact."""
    check_format(format, ANSWER_FORMATS)
    as_of = check_date(as_of)
    with Store.open(store, read_only=True) as opened:
        found = find_entity(opened, name)
        facts = answers.canonical_facts(opened, entity=found.entity.iri, as_of=as_of)
    if format == "json":
        doc = found.as_dict()
        doc["facts"] = [present.fact_dict(f) for f in facts]
        _print(json.dumps(doc, ensure_ascii=False, indent=2))
    elif format == "csv":
        _print(present.fact_csv([present.fact_dict(f) for f in facts]))
    else:
        _print(render_lookup(found, facts))


@app.command()
def why(
    fact: Annotated[str, typer.Argument(metavar="FACT", help="A fact id from `kg lookup`.")],
    store: StoreDir = DEFAULT_PATH,
    format: AnswerFormat = "table",
    as_of: AsOf = None,
) -> None:
    """Print every sentence that supports one canonical fact, with its source."""
    check_format(format, ANSWER_FORMATS)
    as_of = check_date(as_of)
    with Store.open(store, read_only=True) as opened:
        found = answers.why(opened, fact, as_of=as_of)
    if found is None:
        raise KgError(
            f"no fact '{fact}' in the store; take an id from `kg lookup NAME --format json`"
        )
    if format == "json":
        _print(json.dumps(present.fact_dict(found), ensure_ascii=False, indent=2))
        return
    if format == "csv":
        _print(present.fact_csv([present.fact_dict(found)]))
    else:
        _print(present.why_text(found))


@app.command()
def conflicts(
    name: Annotated[
        str | None, typer.Argument(metavar="[NAME]", help="Only conflicts about this entity.")
    ] = None,
    store: StoreDir = DEFAULT_PATH,
    format: AnswerFormat = "table",
    as_of: AsOf = None,
) -> None:
    """Show where sources disagree: each value side by side with its sources and evidence."""
    check_format(format, ANSWER_FORMATS)
    as_of = check_date(as_of)
    with Store.open(store, read_only=True) as opened:
        entity = find_entity(opened, name).entity.iri if name else None
        found = answers.conflicts(opened, entity=entity, as_of=as_of)
    if format == "json":
        doc = [present.conflict_dict(c) for c in found]
        _print(json.dumps(doc, ensure_ascii=False, indent=2))
    elif format == "csv":
        _print(present.conflict_csv([present.conflict_dict(c) for c in found]))
    else:
        _print(present.conflict_table(found))


@app.command()
def timeline(
    name: Name,
    store: StoreDir = DEFAULT_PATH,
    format: AnswerFormat = "table",
    as_of: AsOf = None,
) -> None:
    """Facts about an entity in order of publication (undated sources last)."""
    check_format(format, ANSWER_FORMATS)
    as_of = check_date(as_of)
    with Store.open(store, read_only=True) as opened:
        iri = find_entity(opened, name).entity.iri
        found = answers.timeline(opened, iri, as_of=as_of)
    if format == "json":
        doc = present.timeline_dicts(found)
        _print(json.dumps(doc, ensure_ascii=False, indent=2))
    elif format == "csv":
        _print(present.timeline_csv(present.timeline_dicts(found)))
    else:
        _print(format_rows(present.TIMELINE_COLUMNS, present.timeline_rows(found, iri), format))


@app.command()
def stats(store: StoreDir = DEFAULT_PATH, format: Format = "table") -> None:
    """Count articles, quads, languages, entities by type and facts by kind."""
    check_format(format)
    with Store.open(store, read_only=True) as opened:
        counts = opened.stats()
    if format == "json":
        _print(json.dumps(counts, ensure_ascii=False, indent=2))
        return
    rows = [{"what": key, "count": counts[key]} for key in ("articles", "sources", "quads")]
    for group in ("languages", "entities", "facts"):
        rows.extend({"what": group, "name": k, "count": n} for k, n in counts[group].items())
    _print(format_rows(["what", "name", "count"], rows, format))


@app.command()
def remove(
    file: Annotated[
        str,
        typer.Argument(
            metavar="FILE", help="A path (any spelling), FILE.jsonl:LINE, or a bare file name."
        ),
    ],
    store: StoreDir = DEFAULT_PATH,
) -> None:
    """Remove the articles read from FILE, and entities no other article mentions."""
    with Store.open(store, create=False) as opened:
        count = opened.remove(file)
    typer.echo(f"removed {count} article{'s' if count != 1 else ''} read from {file}", err=True)


@app.command()
def export(
    store: StoreDir = DEFAULT_PATH,
    format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="nq, trig, ttl, jsonld (RDF); graphml, gexf, dot, cyjs, html (graph). "
            "Default: from --output's extension, else nq.",
        ),
    ] = None,
    entity: Annotated[
        str | None,
        typer.Option("--entity", "-e", metavar="NAME", help="Only the graph around NAME."),
    ] = None,
    depth: Annotated[
        int, typer.Option("--depth", "-d", metavar="N", help="Hops from --entity.", min=0)
    ] = 1,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", metavar="DATE", help="Only articles published by DATE."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write here, not stdout.")
    ] = None,
) -> None:
    """Write the store as RDF, as a graph for graph tools, or as an HTML explorer.

    Output is sorted: the same store always gives the same bytes.
    """
    from kg.export import export as write_export
    from kg.export import export_file, guess_format

    as_of = check_date(as_of)
    chosen = guess_format(output, format)
    options = {"format": chosen, "entity": entity, "depth": depth, "as_of": as_of}
    with Store.open(store, read_only=True) as opened:
        if output is None:
            _write_out(lambda: write_export(opened, sys.stdout.buffer, **options))
            return
        written = export_file(opened, output, **options)
    typer.echo(f"wrote {written} to {output} ({chosen})", err=True)


@app.command()
def serve(
    store: StoreDir = DEFAULT_PATH,
    host: Annotated[
        str, typer.Option("--host", metavar="HOST", help="Address to listen on.")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", metavar="PORT", min=0, help="Port; 0 takes a free one.")
    ] = 7878,
    timeout: Annotated[
        float,
        typer.Option("--timeout", metavar="SECONDS", min=0, help="Stop a query after SECONDS."),
    ] = 30.0,
    limit: Annotated[
        int, typer.Option("--limit", metavar="N", min=0, help="Refuse results over N rows.")
    ] = 100_000,
    workers: Annotated[
        int, typer.Option("--workers", metavar="N", min=1, help="Queries evaluated at once.")
    ] = 2,
    memory: Annotated[
        int, typer.Option("--memory", metavar="MIB", min=0, help="Memory cap per worker.")
    ] = 2048,
    max_request: Annotated[
        int, typer.Option("--max-request", metavar="BYTES", min=1, help="Largest request body.")
    ] = 1 << 20,
    cors: Annotated[
        str | None,
        typer.Option("--cors", metavar="ORIGIN", help="Let pages from ORIGIN call the server."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No request log.")] = False,
) -> None:
    """Serve the store read-only: SPARQL 1.1 Protocol at /sparql, the JSON answers, the explorer.

    /lookup?name=, /why/FACT, /conflicts?name=, /timeline?name= and /stats give the JSON of
    --format json; / is the HTML explorer. Updates and SERVICE are refused; 0 turns the
    timeout, limit or memory cap off.
    """
    from kg.serve import serve as serving  # only serve pays for loading the web stack

    serving(store, host=host, port=port, timeout=timeout, limit=limit, workers=workers,
            memory=memory, max_request=max_request, cors=cors, quiet=quiet)  # fmt: skip


# --- helpers -------------------------------------------------------------------------------


def _print(text: str) -> None:
    if text:
        typer.echo(text)


def _write_out(write: Any) -> Any:
    """Run `write` (which writes to stdout) and flush; a failed write is a KgError.

    A reader that went away (`kg query ... | head`) ends the command quietly with status 1,
    as Python advises for SIGPIPE; a full disk or another failure says so.
    """
    try:
        done = write()
        sys.stdout.flush()
        return done
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(1) from None
    except OSError as error:
        _silence_stdout()
        raise KgError(f"cannot write to standard output: {error.strerror or error}") from None


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush does not fail again."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (typer's test runner)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def _exit_now(message: str) -> None:
    """Print `message` on stderr and end the process at once, worker threads and all."""
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
    typer.echo(message, err=True)
    sys.stderr.flush()
    os._exit(1)


def render_lookup(found: Lookup, facts: list[CanonicalFact]) -> str:
    """A lookup for reading: the entity, its canonical facts with their support and sources,
    then the sentences behind each (at most present.MAX_STATEMENTS each), the other matches."""
    card = found.entity
    aliases = ", ".join(f"{form} ({lang})" if lang else form for form, lang in card.aliases)
    lines = [
        f"{card.label}  <{card.iri}>",
        f"types     {', '.join(card.types) or '-'}",
        f"aliases   {aliases or '-'}",
        f"wikidata  {card.wikidata or '-'}",
        "",
        f"{len(facts)} fact{'s' if len(facts) != 1 else ''}",
    ]
    if facts:
        columns = ("id", "kind", "parties", "values", "support", "publishers", "first_seen",
                   "last_seen")  # fmt: skip
        lines.append(format_rows(columns, present.fact_rows(facts, entity=card.iri), "table"))
        lines += ["", "sources"]
        rows = present.statement_rows(facts, entity=card.iri, cap=present.MAX_STATEMENTS)
        columns = ("id", "file", "date", "speaker", "stated", "evidence")
        lines.append(format_rows(columns, rows, "table"))
    if found.others:
        lines += ["", "other matches:"]
        lines += [f"  {m.label} ({m.score:g}) <{m.iri}>" for m in found.others]
    return "\n".join(lines)


def one_line(path: str) -> str:
    """A path with its control characters escaped ('a\\nb.txt'): one rejection, one line."""
    if path.isprintable():
        return path
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in path)


def check_stdin(paths: list[str], name: str | None) -> None:
    """Stdin is read once, and only it takes --name (a file's name is its path)."""
    if paths.count("-") > 1:
        raise UsageError("- (stdin) is given more than once; it can be read only once")
    if name is None:
        return
    if "-" not in paths:
        raise UsageError("--name names the article read from stdin; give - among the paths")
    if not name.strip() or name.startswith("<") or name != name.strip():
        raise UsageError(f"bad --name '{name}'; give a name such as 2025-01-14-acme.txt")


def count_files(paths: list[str]) -> int:
    """About how many files `kg.read` will open, for the progress bar (folders walked with a
    stack of their own, so no depth exhausts Python's; hidden entries and links skipped)."""
    total = 0
    for given in paths:
        if not os.path.isdir(given):
            total += 1
            continue
        folders = [given]
        while folders:
            with contextlib.suppress(OSError), os.scandir(folders.pop()) as listing:
                for entry in listing:
                    if entry.name.startswith(".") or entry.is_symlink():
                        continue
                    if entry.is_dir():
                        folders.append(entry.path)
                    elif Path(entry.name).suffix.lower() in SUFFIXES:
                        total += 1
    return total


class ProgressBar:
    """A one-line progress bar on a terminal; silent when the stream is not a terminal.

    It appears only after half a second, so small runs never show it.
    """

    def __init__(self, total: int, stream: TextIO, *, force: bool = False, delay: float = 0.5):
        self.total = total
        self.stream = stream
        self.enabled = force or (hasattr(stream, "isatty") and stream.isatty())
        self.start = time.monotonic()
        self.delay = delay
        self.done = 0
        self.rejected = 0
        self.shown = False
        self.last = 0.0

    def __call__(self, item: Article | InputError) -> None:
        self.done += 1
        self.rejected += isinstance(item, InputError)
        now = time.monotonic()
        if self.enabled and now - self.start >= self.delay and now - self.last >= 0.1:
            self.last = now
            self.shown = True
            self.stream.write("\r" + self.line())
            self.stream.flush()

    def line(self) -> str:
        count = f"{self.done}/{self.total}" if self.done <= self.total else str(self.done)
        share = min(1.0, self.done / self.total) if self.total else 1.0
        filled = int(share * 30)
        bar = "#" * filled + "." * (30 - filled)
        return f"[{bar}] {count} articles, {self.rejected} rejected"

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * len(self.line()) + "\r")
            self.stream.flush()
