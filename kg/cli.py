"""The `kg` command: a thin client of the library.

Every command takes `--store DIR` (or env KG_STORE; default ./kg-data). Commands that only
read never create a store. Errors the library raises on purpose (KgError) are caught in one
place and printed as `Error: <message>` on stderr with exit status 1, without a traceback.
Results go to stdout; summaries, rejected files and progress go to stderr.
"""

from __future__ import annotations

import datetime as dt
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
from kg.output import check_format, format_result, format_rows
from kg.query import run_query
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
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read articles, extract their facts and store them (one graph per article).

    Rejected files are listed on stderr as `<path>: <reason>`; the others are still stored,
    and the exit status is 1 when any file was rejected.
    """
    from kg import ingest as ingesting  # only ingest pays for loading the extraction rules

    if lang is not None and lang not in LANGS:
        raise UsageError(f"unknown language '{lang}'; kg reads {', '.join(LANGS)}")
    bar = None if quiet else ProgressBar(count_files(paths), sys.stderr)
    with Store.open(store) as opened:
        report = ingesting.ingest(paths, opened, lang=lang, progress=bar)
    if bar is not None:
        bar.close()
    for error in report.rejected:
        typer.echo(f"{error.path}: {error.reason}", err=True)
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
) -> None:
    """Run a SPARQL query over all graphs; json is W3C SPARQL 1.1 Query Results JSON."""
    check_format(format)
    params = {}
    for item in param or []:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise UsageError(f"bad --param '{item}'; write NAME=VALUE")
        params[name] = value
    with Store.open(store, read_only=True) as opened:
        result = run_query(opened, file, params=params)
    _print(format_result(result, format))


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
    iri = found.entity.iri
    if format == "json":
        doc = found.as_dict()
        doc["facts"] = [present.fact_dict(f) for f in facts]
        _print(json.dumps(doc, ensure_ascii=False, indent=2))
    elif format == "csv":
        rows = present.statement_rows(facts, entity=iri)
        _print(format_rows(present.STATEMENT_COLUMNS, rows, "csv"))
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
        rows = present.statement_rows([found])
        _print(format_rows(present.STATEMENT_COLUMNS, rows, "csv"))
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
        _print(json.dumps([c.as_dict() for c in found], ensure_ascii=False, indent=2))
    elif format == "csv":
        _print(format_rows(present.CONFLICT_COLUMNS, present.conflict_rows(found), "csv"))
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
        rows = present.timeline_rows(opened, iri, as_of=as_of)
    _print(format_rows(present.TIMELINE_COLUMNS, rows, format))


def check_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) or None; anything else is a usage error."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(f"--as-of takes a date as YYYY-MM-DD, not '{value}'") from None


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
        str, typer.Argument(metavar="FILE", help="A path as ingested, or a bare file name.")
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
    from kg.export import guess_format

    chosen = guess_format(output, format)
    options = {"format": chosen, "entity": entity, "depth": depth, "as_of": as_of}
    with Store.open(store, read_only=True) as opened:
        if output is None:
            write_export(opened, sys.stdout.buffer, **options)
            sys.stdout.buffer.flush()
            return
        partial = output.with_name(f".{output.name}.partial")
        try:
            with open(partial, "wb") as out:
                written = write_export(opened, out, **options)
            os.replace(partial, output)
        except OSError as error:
            raise KgError(f"cannot write {output}: {error.strerror or error}") from None
        finally:
            partial.unlink(missing_ok=True)
    typer.echo(f"wrote {written} to {output} ({chosen})", err=True)


# --- helpers -------------------------------------------------------------------------------


def _print(text: str) -> None:
    if text:
        typer.echo(text)


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


def count_files(paths: list[str]) -> int:
    """How many files `kg.read` will open (folders walked, hidden entries skipped)."""
    total = 0
    for given in paths:
        if os.path.isdir(given):
            for _root, dirs, files in os.walk(given):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                total += sum(
                    not f.startswith(".") and Path(f).suffix.lower() in SUFFIXES for f in files
                )
        else:
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
