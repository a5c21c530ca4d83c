"""The catalogue of bad input for `kg ingest` and `kg remove`: one table, one row per case.

Each case lays out files in its own folder, runs the real CLI against a copy of a store that
holds the seeds, and asserts the exit status, the exact lines on stderr and that every quad the
store held before is still there. Cases that could block or crash a process (pipes, devices,
kill -9, a full disk, several processes at once) run `python -m kg` as a real process with a
timeout. The texts are invented for these tests.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from kg.cli import app
from kg.ingest import ingest
from kg.segment import MAX_SENTENCE, split
from kg.store import Store

GOOD = (
    "The town council said on Monday that the new library would open in May. "
    "It will have a reading room for children and a small garden.\n"
)
OTHER = (
    "The harbour board said on Friday that the old ferry would run again in June. "
    "It will stop at the north pier and at the beach twice a day.\n"
)
FRENCH = (
    "Le conseil municipal a annoncé lundi que la bibliothèque ouvrira en mai. "
    "Elle aura une salle de lecture pour les enfants et un petit jardin.\n"
)
SUMMARY = r"re:ingested \d+ articles? \({}\), \d+ facts, {} rejected{} -> .*"
KG = [sys.executable, "-m", "kg"]


def summary(added: int = 0, replaced: int = 0, unchanged: int = 0, rejected: int = 0,
            removed: str = "") -> str:  # fmt: skip
    """The pattern of ingest's last line of stderr."""
    counts = f"{added} added, {replaced} replaced, {unchanged} unchanged"
    return SUMMARY.format(counts, rejected, removed)


def jsonl(*records: object) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# --- what a case lays out ------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    """A symbolic link to `target` (relative to the link's folder, as written)."""

    target: str


FIFO, SOCKET = object(), object()  # a named pipe, a Unix socket file


@dataclass
class Case:
    """One row of the catalogue. Strings in `args`, `lines` and `before` may use {dir} (the
    case's folder) and {store}; a line starting with 're:' is a regular expression."""

    id: str
    args: Sequence[str]
    status: int
    lines: Sequence[str]
    files: dict[str, object] = field(default_factory=dict)
    before: Sequence[tuple[Sequence[str], str | None]] = ()  # runs that must succeed first
    edit: dict[str, object] = field(default_factory=dict)  # written after `before`
    stdin: str | bytes | None = None
    cwd: bool = False  # run inside the case's folder (relative spellings)
    process: bool = False  # a real process with a timeout, not typer's runner
    store: str = "{store}"  # where --store points
    check: Callable[[Path, Path], None] | None = None  # more assertions (folder, store)
    needs: Callable[[], str | None] | None = None  # a reason to skip, when the machine lacks it
    make: Callable[[Path], Callable[[], None]] | None = None  # more layout; returns its undo
    budget: float | None = None  # seconds the run may take at most (generous: shared machines)


def lay_out(folder: Path, files: dict[str, object]) -> None:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_symlink() or path.is_file():
            path.unlink()
        if isinstance(content, Link):
            os.symlink(content.target, path)
        elif content is FIFO:
            os.mkfifo(path)
        elif content is SOCKET:
            with socket.socket(socket.AF_UNIX) as sock:
                sock.bind(str(path))
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(str(content), encoding="utf-8")


# --- running the CLI -----------------------------------------------------------------------


@dataclass
class Run:
    status: int
    stderr: str


def run_kg(args: Sequence[str], *, stdin: str | bytes | None = None, cwd: Path | None = None,
           process: bool = False, timeout: float = 300) -> Run:  # fmt: skip
    if process:
        data = stdin.encode() if isinstance(stdin, str) else stdin
        env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        done = subprocess.run(
            [*KG, *args], input=data if data is not None else b"", capture_output=True,
            cwd=cwd, env=env, timeout=timeout,
        )  # fmt: skip
        return Run(done.returncode, done.stderr.decode("utf-8", "backslashreplace"))
    with contextlib.chdir(cwd or Path.cwd()):
        result = CliRunner().invoke(app, list(args), input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stderr)


def quads(store: Path) -> set[bytes]:
    out = io.BytesIO()
    with Store.open(store, read_only=True) as opened:
        opened.export_nquads(out)
    return set(out.getvalue().splitlines())


def stats(store: Path) -> dict:
    with Store.open(store, read_only=True) as opened:
        return opened.stats()


@pytest.fixture(scope="session")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[bytes]]:
    """A closed store holding the seeds (copied for each case) and its quads."""
    folder = tmp_path_factory.mktemp("seeded") / "kg-data"
    with Store.open(folder) as opened:
        assert ingest([str(SEEDS)], opened).added == 5
    return folder, quads(folder)


def fill(template: str, folder: Path, store: Path) -> str:
    return template.format(dir=folder, store=store)


def assert_lines(stderr: str, expected: Sequence[str], folder: Path, store: Path) -> None:
    got = stderr.splitlines()
    assert "Traceback" not in stderr, stderr
    assert len(got) == len(expected), stderr
    for line, pattern in zip(got, expected, strict=True):
        pattern = fill(pattern, folder, store)
        if pattern.startswith("re:"):
            assert re.fullmatch(pattern[3:], line), (line, pattern)
        else:
            assert line == pattern


# --- extra checks --------------------------------------------------------------------------


def articles(count: int) -> Callable[[Path, Path], None]:
    """The store holds the seeds and `count` more articles."""

    def check(folder: Path, store: Path) -> None:
        assert stats(store)["articles"] == 5 + count

    return check


def sources(count: int, articles: int) -> Callable[[Path, Path], None]:
    def check(folder: Path, store: Path) -> None:
        found = stats(store)
        assert (found["sources"], found["articles"]) == (5 + count, 5 + articles)

    return check


def untouched(name: str, listing: Sequence[str]) -> Callable[[Path, Path], None]:
    """The folder `name` holds exactly `listing`, as laid out: kg wrote nothing there."""

    def check(folder: Path, store: Path) -> None:
        target = folder / name
        assert sorted(p.name for p in target.iterdir()) == sorted(listing)

    return check


def long_line(folder: Path, store: Path) -> None:
    text = (folder / "long.txt").read_text(encoding="utf-8")
    assert max(s.end - s.begin for s in split(text, "en")) <= MAX_SENTENCE
    assert stats(store)["articles"] == 6


def quotes_stay_linear(folder: Path, store: Path) -> None:
    """A stray opening quote must not make segmentation re-count the line at each stop."""
    text = "“" + "Word word here. " * 40_000  # 640 KB, 40,000 full stops, one line
    started = time.monotonic()
    pieces = split(text, "en")
    assert time.monotonic() - started < 30
    assert max(len(p.text) for p in pieces) <= MAX_SENTENCE


def sources_of(store: Path) -> set[str]:
    with Store.open(store, read_only=True) as opened:
        rows = opened.select("SELECT ?p WHERE { GRAPH ?g { ?g kg:sourcePath ?p } }")
    return {r["p"].value for r in rows}


def only_lines(*numbers: int) -> Callable[[Path, Path], None]:
    def check(folder: Path, store: Path) -> None:
        feed = os.path.realpath(folder / "feed.jsonl")
        lines = {p for p in sources_of(store) if p.startswith(feed)}
        assert lines == {f"{feed}:{n}" for n in numbers}

    return check


def same_export_from_any_spelling(folder: Path, store: Path) -> None:
    """Relative and absolute spellings of the same inputs give byte-identical exports."""
    exports = []
    for name, path in (("rel", "in"), ("abs", str(folder / "in"))):
        fresh = folder / f"fresh-{name}"
        assert run_kg(["ingest", path, "--store", str(fresh)], cwd=folder).status == 0
        out = io.BytesIO()
        with Store.open(fresh, read_only=True) as opened:
            opened.export_nquads(out)
        exports.append(out.getvalue())
    assert exports[0] == exports[1] and exports[0]


def deep_folders(folder: Path) -> Callable[[], None]:
    """1,200 nested folders (deeper than Python's recursion limit), an article at the bottom.

    Returns how to remove them: shutil.rmtree (and so pytest's clean-up) recurses per level.
    """
    chain = [folder / "in"]
    chain[0].mkdir()
    for _ in range(1_200):
        chain.append(chain[-1] / "d")
        chain[-1].mkdir()
    (chain[-1] / "deep.txt").write_text(GOOD, encoding="utf-8")

    def undo() -> None:
        (chain[-1] / "deep.txt").unlink()
        for path in reversed(chain):
            path.rmdir()

    return undo


def tmpfs_reason() -> str | None:
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        return "mounting a tmpfs needs root on Linux"
    if shutil.which("mount") is None:
        return "no mount command"
    return None


# --- the catalogue -------------------------------------------------------------------------

CASES = [
    # encodings and binary content
    Case("encoding/latin-1", ["ingest", "{dir}/latin1.txt"], 1,
         ["{dir}/latin1.txt: not valid UTF-8 (byte 0xe9 at offset 6); re-save the file as UTF-8",
          summary(rejected=1)],
         files={"latin1.txt": "Le café de la mairie est fermé.".encode("latin-1")}),
    Case("encoding/utf-16 with a byte order mark is read", ["ingest", "{dir}/utf16.txt"], 0,
         [summary(added=1)], files={"utf16.txt": b"\xff\xfe" + GOOD.encode("utf-16-le")},
         check=articles(1)),
    Case("encoding/utf-16 cut in the middle of a character", ["ingest", "{dir}/cut.txt"], 1,
         ["re:.*/cut.txt: not valid UTF-16 \\(.+\\)", summary(rejected=1)],
         files={"cut.txt": b"\xff\xfe" + GOOD.encode("utf-16-le") + b"\x00"}),
    Case("encoding/an encoded surrogate is not UTF-8", ["ingest", "{dir}/s.md"], 1,
         ["{dir}/s.md: not valid UTF-8 (byte 0xed at offset 4); re-save the file as UTF-8",
          summary(rejected=1)],
         files={"s.md": b"The \xed\xa0\x80 council said so and the library would open."}),
    Case("binary/an image named .txt", ["ingest", "{dir}/photo.txt"], 1,
         ["{dir}/photo.txt: binary file, not text", summary(rejected=1)],
         files={"photo.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8}),
    Case("binary/a NUL inside text, beside a good file", ["ingest", "{dir}/in"], 1,
         ["{dir}/in/b.txt: binary file, not text", summary(added=1, rejected=1)],
         files={"in/a.txt": GOOD, "in/b.txt": GOOD.replace(" ", "\0", 1)}, check=articles(1)),
    Case("binary/a PDF named .html", ["ingest", "{dir}/page.html"], 1,
         ["{dir}/page.html: binary file, not text", summary(rejected=1)],
         files={"page.html": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(32)) * 64}),
    Case("encoding/a bad line in JSON Lines costs only itself", ["ingest", "{dir}/feed.jsonl"], 1,
         ["re:.*/feed.jsonl:2: not valid UTF-8 \\(byte 0xe9 at offset \\d+\\); re-save .*",
          summary(added=2, rejected=1)],
         files={"feed.jsonl": jsonl({"text": GOOD}).encode() + b'{"text": "caf\xe9"}\n'
                + jsonl({"text": OTHER}).encode()},
         check=articles(2)),
    # sizes and line lengths
    Case("size/empty file", ["ingest", "{dir}/empty.txt"], 1,
         ["{dir}/empty.txt: empty file", summary(rejected=1)], files={"empty.txt": b""}),
    Case("size/over the 10 MiB limit", ["ingest", "{dir}/huge.md"], 1,
         ["{dir}/huge.md: file too large (11.0 MiB, limit 10 MiB)", summary(rejected=1)],
         files={"huge.md": b"x" * (11 * 1024 * 1024)}),
    Case("size/one 250 KB line of names without a full stop", ["ingest", "{dir}/long.txt"], 0,
         [summary(added=1)], budget=60,  # about 6 s; it took minutes when cost was quadratic
         files={"long.txt": " ".join(["Maria Lopez of Acme Cloud said on Monday it will invest "
                                      "$2 million in Jalisco and"] * 3_000)},
         check=long_line),
    Case("size/a stray quote on a long line", ["ingest", "{dir}/quote.txt"], 0,
         [summary(added=1)], files={"quote.txt": "“" + GOOD.strip() + " " + GOOD * 300},
         check=quotes_stay_linear),
    Case("size/a JSON Lines line over the limit is skipped in chunks",
         ["ingest", "{dir}/big.jsonl"], 1,
         ["{dir}/big.jsonl:2: line too large (limit 10 MiB)", summary(added=2, rejected=1)],
         files={"big.jsonl": jsonl({"text": GOOD}) + '{"text": "' + "a" * (11 << 20) + '"}\n'
                + jsonl({"text": OTHER})},
         check=articles(2)),
    # special files and links
    Case("special/a named pipe is refused without opening it", ["ingest", "{dir}/pipe.txt"], 1,
         ["{dir}/pipe.txt: a named pipe (FIFO), not a regular file: not read; "
          "pipe it to `kg ingest -` instead", summary(rejected=1)],
         files={"pipe.txt": FIFO}, process=True),
    Case("special/a pipe inside a folder", ["ingest", "{dir}/in"], 1,
         ["{dir}/in/b.md: a named pipe (FIFO), not a regular file: not read; "
          "pipe it to `kg ingest -` instead", summary(added=1, rejected=1)],
         files={"in/a.txt": GOOD, "in/b.md": FIFO, "in/other": FIFO}, process=True,
         check=articles(1)),
    Case("special/a device", ["ingest", "/dev/zero"], 1,
         ["/dev/zero: a character device, not a regular file: not read", summary(rejected=1)],
         process=True, needs=lambda: None if os.path.exists("/dev/zero") else "no /dev/zero"),
    Case("special/a device behind a link named .txt", ["ingest", "{dir}/in"], 1,
         ["{dir}/in/random.txt: a character device, not a regular file: not read",
          summary(added=1, rejected=1)],
         files={"in/a.txt": GOOD, "in/random.txt": Link("/dev/urandom")}, process=True,
         needs=lambda: None if os.path.exists("/dev/urandom") else "no /dev/urandom"),
    Case("special/a socket", ["ingest", "{dir}/in"], 1,
         ["{dir}/in/s.txt: a socket, not a regular file: not read", summary(rejected=1)],
         files={"in/s.txt": SOCKET}, process=True),
    Case("link/broken, inside a folder", ["ingest", "{dir}/in"], 1,
         ["{dir}/in/gone: broken symbolic link (its target nowhere.txt does not exist)",
          summary(added=1, rejected=1)],
         files={"in/a.txt": GOOD, "in/gone": Link("nowhere.txt")}, check=articles(1)),
    Case("link/broken, named", ["ingest", "{dir}/gone.txt"], 1,
         ["{dir}/gone.txt: broken symbolic link (its target missing/x.txt does not exist)",
          summary(rejected=1)], files={"gone.txt": Link("missing/x.txt")}),
    Case("link/to itself", ["ingest", "{dir}/in"], 1,
         ["{dir}/in/loop.txt: symbolic link loop", summary(rejected=1)],
         files={"in/loop.txt": Link("loop.txt")}),
    Case("link/a folder that links back up", ["ingest", "{dir}/in"], 1,
         ["{dir}/in/sub/back: symbolic link loop (back to {dir}/in)",
          summary(added=2, rejected=1)],
         files={"in/a.txt": GOOD, "in/sub/b.txt": OTHER, "in/sub/back": Link("..")},
         check=articles(2)),
    Case("link/a file and a link to it are one source", ["ingest", "{dir}/in"], 0,
         [summary(added=1, unchanged=1)],
         files={"in/a.txt": GOOD, "in/latest.txt": Link("a.txt")}, check=sources(1, 1)),
    Case("link/a linked folder elsewhere is walked", ["ingest", "{dir}/in"], 0,
         [summary(added=2)],
         files={"in/a.txt": GOOD, "out/b.txt": OTHER, "in/more": Link("../out")},
         check=articles(2)),
    # paths and names
    Case("path/folders nested deeper than the recursion limit", ["ingest", "{dir}/in"], 0,
         [summary(added=1)], make=deep_folders, check=articles(1)),
    Case("path/missing", ["ingest", "{dir}/nothing.txt"], 1,
         ["{dir}/nothing.txt: no such file or directory", summary(rejected=1)]),
    Case("path/three spellings of one file are one source", ["ingest", "./x.txt", "{dir}/x.txt"],
         0, [summary(unchanged=2)], files={"x.txt": GOOD},
         before=[(["ingest", "x.txt"], None)], cwd=True, check=sources(1, 1)),
    Case("path/an edit re-ingested by another spelling replaces", ["ingest", "{dir}/./x.txt"], 0,
         [summary(replaced=1)], files={"x.txt": GOOD}, before=[(["ingest", "x.txt"], None)],
         edit={"x.txt": OTHER}, cwd=True, check=sources(1, 1)),
    Case("path/a name that is not UTF-8", ["ingest", "{dir}/in"], 1,
         ["{dir}/in/caf\\xe9.txt: file name is not valid UTF-8; rename the file",
          summary(added=1, rejected=1)],
         files={"in/a.txt": GOOD, os.fsdecode(b"in/caf\xe9.txt"): OTHER}, check=articles(1)),
    Case("path/a line break in a file name stays on one line", ["ingest", "{dir}/in"], 1,
         ["{dir}/in/a\\nb.txt: empty file", summary(added=1, rejected=1)],
         files={"in/a\nb.txt": "", "in/c.txt": GOOD}, check=articles(1)),
    Case("path/spaces, accents and a colon in names", ["ingest", "{dir}/notes d'été"], 0,
         [summary(added=2)],
         files={"notes d'été/n°1 a:b.txt": GOOD, "notes d'été/ñandú.md": OTHER},
         check=articles(2)),
    Case("path/the same relative and absolute spellings export the same bytes",
         ["ingest", "in"], 0, [summary(added=1)], files={"in/a.txt": GOOD}, cwd=True,
         check=same_export_from_any_spelling),
    Case("stdin/two different articles are two sources", ["ingest", "-"], 0,
         [summary(added=1)], stdin=OTHER, before=[(["ingest", "-"], GOOD)], check=articles(2)),
    Case("stdin/the same article twice is one", ["ingest", "-"], 0, [summary(unchanged=1)],
         stdin=GOOD, before=[(["ingest", "-"], GOOD)], check=articles(1)),
    Case("stdin/--name gives an identity an edit replaces", ["ingest", "-", "--name", "n.txt"], 0,
         [summary(replaced=1)], stdin=OTHER,
         before=[(["ingest", "-", "--name", "n.txt"], GOOD)], check=sources(1, 1)),
    Case("stdin/--name without -", ["ingest", "{dir}/x.txt", "--name", "n.txt"], 1,
         ["Error: --name names the article read from stdin; give - among the paths"],
         files={"x.txt": GOOD}),
    Case("stdin/- twice", ["ingest", "-", "-"], 1,
         ["Error: - (stdin) is given more than once; it can be read only once"], stdin=GOOD),
    Case("stdin/binary", ["ingest", "-"], 1, ["<stdin>: binary file, not text",
         summary(rejected=1)], stdin=b"\x00\x01\x02\x03" * 100),
    Case("remove/an ambiguous bare name is refused", ["remove", "x.txt"], 1,
         ["Error: x.txt names articles read from 2 files ({dir}/a/x.txt, {dir}/b/x.txt); "
          "give the path of the one to remove"],
         files={"a/x.txt": GOOD, "b/x.txt": OTHER},
         before=[(["ingest", "{dir}/a", "{dir}/b"], None)], check=articles(2)),
    Case("remove/by another spelling removes exactly that file", ["remove", "./a/x.txt"], 0,
         ["removed 1 article read from ./a/x.txt"], files={"a/x.txt": GOOD, "b/x.txt": OTHER},
         before=[(["ingest", "{dir}/a", "{dir}/b"], None)], cwd=True, check=articles(1)),
    Case("remove/one line of a JSON Lines file", ["remove", "{dir}/feed.jsonl:2"], 0,
         ["removed 1 article read from {dir}/feed.jsonl:2"],
         files={"feed.jsonl": jsonl({"text": GOOD}, {"text": OTHER})},
         before=[(["ingest", "{dir}/feed.jsonl"], None)], check=only_lines(1)),
    # front matter and JSON Lines types
    Case("date/quoted impossible date in front matter", ["ingest", "{dir}/a.md"], 1,
         ["{dir}/a.md: front matter date '2025-02-30' is not a real date (write YYYY-MM-DD)",
          summary(rejected=1)], files={"a.md": '---\ndate: "2025-02-30"\n---\n' + GOOD}),
    Case("date/unquoted impossible date in front matter", ["ingest", "{dir}/a.md"], 1,
         ["{dir}/a.md: broken front matter: day is out of range for month",
          summary(rejected=1)], files={"a.md": "---\ndate: 2025-02-30\n---\n" + GOOD}),
    Case("date/a list in front matter", ["ingest", "{dir}/a.md"], 1,
         ['{dir}/a.md: front matter date is a list (["2025-01-14", "2025-01-15"]), not a date '
          "(write YYYY-MM-DD)", summary(rejected=1)],
         files={"a.md": "---\ndate: [2025-01-14, 2025-01-15]\n---\n" + GOOD}),
    Case("date/words in front matter", ["ingest", "{dir}/a.md"], 1,
         ["{dir}/a.md: front matter date 'last Tuesday' is not a date (write YYYY-MM-DD)",
          summary(rejected=1)], files={"a.md": "---\ndate: last Tuesday\n---\n" + GOOD}),
    Case("date/JSON Lines: a number, a list, an impossible day", ["ingest", "{dir}/feed.jsonl"],
         1, ['{dir}/feed.jsonl:1: "date" is a number (20250114), not a date (write YYYY-MM-DD)',
             '{dir}/feed.jsonl:2: "date" is a list (["2025-01-14"]), not a date '
             "(write YYYY-MM-DD)",
             "{dir}/feed.jsonl:3: \"date\" '2025-02-30' is not a real date (write YYYY-MM-DD)",
             summary(added=1, rejected=3)],
         files={"feed.jsonl": jsonl({"text": GOOD, "date": 20250114},
                                    {"text": GOOD, "date": ["2025-01-14"]},
                                    {"text": GOOD, "date": "2025-02-30"},
                                    {"text": OTHER, "date": "2025-01-14", "title": None})},
         check=articles(1)),
    Case("date/a year or a month alone is a date, kept without a day", ["ingest", "{dir}"], 0,
         [summary(added=3)],
         files={"a.md": "---\ndate: 2022-02\n---\n" + GOOD,
                "b.md": "---\ndate: 2022\n---\n" + OTHER,
                "feed.jsonl": jsonl({"text": GOOD + " More.", "date": "2021-11"})}),
    Case("frontmatter/not a mapping", ["ingest", "{dir}/a.md"], 1,
         ["{dir}/a.md: front matter is not a mapping of keys to values (got list)",
          summary(rejected=1)], files={"a.md": "---\n- a\n- b\n---\n" + GOOD}),
    Case("frontmatter/nested aliases stay cheap", ["ingest", "{dir}/a.md"], 0,
         [summary(added=1)], budget=30,
         files={"a.md": "---\na: &a [x, x, x, x, x, x, x, x, x]\n"
                + "".join(f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n"
                          for p, n in zip("abcdefg", "bcdefgh", strict=True))
                + "title: [*h, *h, *h, *h, *h, *h, *h, *h, *h]\n---\n" + GOOD},
         check=articles(1)),
    Case("jsonl/lines dropped from the file are removed", ["ingest", "{dir}/feed.jsonl"], 0,
         [summary(unchanged=1, removed=", 2 removed \\(lines no longer in their file\\)")],
         files={"feed.jsonl": jsonl({"text": GOOD}, {"text": OTHER}, {"text": FRENCH})},
         before=[(["ingest", "{dir}/feed.jsonl"], None)],
         edit={"feed.jsonl": jsonl({"text": GOOD})}, check=only_lines(1)),
    Case("jsonl/a line that turned bad keeps its stored article", ["ingest", "{dir}/feed.jsonl"],
         1, ["{dir}/feed.jsonl:2: not valid JSON (Expecting value at column 10)",
             summary(unchanged=1, rejected=1)],
         files={"feed.jsonl": jsonl({"text": GOOD}, {"text": OTHER})},
         before=[(["ingest", "{dir}/feed.jsonl"], None)],
         edit={"feed.jsonl": jsonl({"text": GOOD}) + '{"text": }\n'}, check=only_lines(1, 2)),
    Case("jsonl/arrays nested 100,000 deep", ["ingest", "{dir}/feed.jsonl"], 1,
         ["{dir}/feed.jsonl:1: JSON nested too deeply to read", summary(added=1, rejected=1)],
         files={"feed.jsonl": '{"text": "x", "tags": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
                + jsonl({"text": GOOD})}, check=articles(1)),
    Case("frontmatter/lists nested 5,000 deep", ["ingest", "{dir}/a.md"], 1,
         ["{dir}/a.md: broken front matter: nested too deeply to read", summary(rejected=1)],
         files={"a.md": "---\ntags: " + "[" * 5_000 + "]" * 5_000 + "\n---\n" + GOOD}),
    Case("jsonl/text that is not a string", ["ingest", "{dir}/feed.jsonl"], 1,
         ['{dir}/feed.jsonl:1: missing "text" (a string)', summary(rejected=1)],
         files={"feed.jsonl": jsonl({"text": ["a", "b"]})}),
    # HTML structure
    Case("html/only scripts and styles", ["ingest", "{dir}/a.html"], 1,
         ["{dir}/a.html: no article text found in the HTML", summary(rejected=1)],
         files={"a.html": "<html><head><style>p{}</style><script>var a = 1;</script></head>"
                "<body><script>go()</script></body></html>"}),
    Case("html/divs nested 50,000 deep end in time", ["ingest", "{dir}/deep.html"], 1,
         ["{dir}/deep.html: no article text found in the HTML", summary(rejected=1)], budget=60,
         files={"deep.html": "<html><body>" + "<div>" * 50_000 + f"<p>{GOOD}</p>"
                + "</div>" * 50_000 + "</body></html>"}),
    Case("html/unclosed tags are still read", ["ingest", "{dir}/a.htm"], 0, [summary(added=1)],
         files={"a.htm": "<html><body><article><p>" + GOOD + "<p><b>" + OTHER + "<i>"},
         check=articles(1)),
    Case("html/another declared charset", ["ingest", "{dir}/a.html"], 0, [summary(added=1)],
         files={"a.html": ('<html><head><meta charset="iso-8859-1"></head><body><article><p>'
                           + FRENCH + "</p></article></body></html>").encode("latin-1")},
         check=articles(1)),
    # store paths that are not stores
    Case("store/a folder of the user's own files", ["ingest", "{dir}/x.txt"], 1,
         ["Error: {dir}/mine exists and is not a kg store (it holds other files, left "
          "untouched); pass a new or empty folder to --store"],
         files={"x.txt": GOOD, "mine/notes.txt": "mine", "mine/photo.jpg": b"\xff\xd8"},
         store="{dir}/mine", check=untouched("mine", ["notes.txt", "photo.jpg"])),
    Case("store/a folder that merely looks like a store", ["ingest", "{dir}/x.txt"], 1,
         ["Error: {dir}/mine exists and is not a kg store (it holds other files, left "
          "untouched); pass a new or empty folder to --store"],
         files={"x.txt": GOOD, "mine/CURRENT": "MANIFEST-000001\n", "mine/MANIFEST-000001": "",
                "mine/LOG": "my log"},
         store="{dir}/mine", check=untouched("mine", ["CURRENT", "MANIFEST-000001", "LOG"])),
    Case("store/a file", ["ingest", "{dir}/x.txt"], 1,
         ["Error: {dir}/kg-data is a file, not a kg store; pass a folder to --store"],
         files={"x.txt": GOOD, "kg-data": "not a store"}, store="{dir}/kg-data"),
    Case("store/under a file", ["ingest", "{dir}/x.txt"], 1,
         ["Error: cannot create store {dir}/f/kg-data: {dir}/f is a file, not a folder"],
         files={"x.txt": GOOD, "f": "a file"}, store="{dir}/f/kg-data"),
    Case("store/remove from a folder that is not a store", ["remove", "x.txt"], 1,
         ["Error: {dir}/mine exists and is not a kg store (it holds other files, left "
          "untouched); pass the folder of a store to --store"],
         files={"mine/notes.txt": "mine"}, store="{dir}/mine",
         check=untouched("mine", ["notes.txt"])),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_catalogue(case: Case, seeded: tuple[Path, set[bytes]], tmp_path: Path) -> None:
    if case.needs is not None and (reason := case.needs()):
        pytest.skip(reason)
    template, before = seeded
    store = tmp_path / "kg-data"
    shutil.copytree(template, store)
    folder = tmp_path / "case"
    folder.mkdir()
    lay_out(folder, case.files)
    undo = case.make(folder) if case.make is not None else None
    try:
        cwd = folder if case.cwd else None
        for args, stdin in case.before:
            args = [fill(a, folder, store) for a in args]
            done = run_kg([*args, "--store", str(store)], stdin=stdin, cwd=cwd)
            assert done.status == 0, done.stderr
        lay_out(folder, case.edit)
        args = [fill(a, folder, store) for a in case.args]
        target = fill(case.store, folder, store)
        started = time.monotonic()
        done = run_kg([*args, "--store", target], stdin=case.stdin, cwd=cwd, process=case.process)
        took = time.monotonic() - started
        assert done.status == case.status, done.stderr
        assert case.budget is None or took < case.budget, f"took {took:.1f} s"
        assert_lines(done.stderr, case.lines, folder, store)
        assert before <= quads(store)
        if case.check is not None:
            case.check(folder, store)
    finally:
        if undo is not None:
            undo()


# --- several processes, kill -9, a full disk -----------------------------------------------


def make_articles(folder: Path, count: int) -> Path:
    """`count` articles made from the seeds, each with a line of its own."""
    folder.mkdir(parents=True)
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(count):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (folder / f"{i:03d}.txt").write_text(f"{text}\nReference note {i}.\n", encoding="utf-8")
    return folder


def spawn(*args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen([*KG, *args], stderr=subprocess.PIPE, env=env)


def finish(process: subprocess.Popen[bytes], timeout: float = 600) -> Run:
    _, err = process.communicate(timeout=timeout)
    return Run(process.returncode, err.decode("utf-8", "backslashreplace"))


def copy_seeded(seeded: tuple[Path, set[bytes]], where: Path) -> tuple[Path, set[bytes]]:
    template, before = seeded
    shutil.copytree(template, where)
    return where, before


def test_a_second_writer_is_refused_with_a_reason(seeded, tmp_path):
    store, before = copy_seeded(seeded, tmp_path / "kg-data")
    lay_out(tmp_path, {"x.txt": GOOD})
    with Store.open(store):  # another writer holds the store
        done = run_kg(["ingest", str(tmp_path / "x.txt"), "--store", str(store)], process=True)
    assert done.status == 1
    assert done.stderr == (
        f"Error: store {store} is in use by another kg process; wait for it to finish\n"
    )
    assert quads(store) == before


def test_two_writers_racing_never_break_the_store(seeded, tmp_path):
    store, before = copy_seeded(seeded, tmp_path / "kg-data")
    one, two = make_articles(tmp_path / "one", 15), make_articles(tmp_path / "two", 15)
    runs = [finish(p) for p in [spawn("ingest", str(f), "--store", str(store)) for f in (one, two)]]
    busy = f"Error: store {store} is in use by another kg process; wait for it to finish\n"
    for done in runs:
        assert "Traceback" not in done.stderr
        assert done.status == 0 or done.stderr == busy, done.stderr
    assert any(done.status == 0 for done in runs)
    assert before <= quads(store)
    assert stats(store)["articles"] == 5 + 15 * sum(done.status == 0 for done in runs)


def test_readers_during_a_write_see_whole_articles(seeded, tmp_path):
    store, before = copy_seeded(seeded, tmp_path / "kg-data")
    writer = spawn("ingest", str(make_articles(tmp_path / "in", 30)), "--store", str(store))
    seen = []
    while writer.poll() is None and len(seen) < 20:
        reader = run_kg(["stats", "--store", str(store), "--format", "json"], process=True)
        assert reader.status == 0 or reader.stderr.startswith("Error: "), reader.stderr
        assert "Traceback" not in reader.stderr
        seen.append(reader.status)
    assert finish(writer).status == 0
    assert before <= quads(store)
    assert stats(store)["articles"] == 35


def test_kill_9_during_ingest_leaves_every_article_whole_or_absent(seeded, tmp_path):
    # enough articles that the run cannot end between the first stored ones and the kill,
    # even when a batch of many articles is written at once (a batch is 250 articles or 2 s
    # of them: at 80 articles/s, 200 articles were one batch and the rest, ending in 0.2 s)
    count = 800
    store, before = copy_seeded(seeded, tmp_path / "kg-data")
    folder = make_articles(tmp_path / "in", count)
    writer = spawn("ingest", str(folder), "--store", str(store), "--quiet")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and writer.poll() is None:
        with contextlib.suppress(Exception):
            if stats(store)["articles"] >= 10:
                break
        time.sleep(0.2)
    writer.send_signal(signal.SIGKILL)
    assert finish(writer).status == -signal.SIGKILL  # killed mid-run, not finished
    assert before <= quads(store)
    stored = stats(store)["articles"]
    assert 5 < stored < 5 + count  # some stored, not all: killed mid-run
    # A re-run replaces nothing: every article the killed run stored is already whole.
    done = run_kg(["ingest", str(folder), "--store", str(store), "--quiet"], process=True)
    assert done.status == 0, done.stderr
    unchanged = stored - 5
    assert f"({count - unchanged} added, 0 replaced, {unchanged} unchanged)" in done.stderr
    # And the result is byte for byte what one uninterrupted run gives.
    fresh = tmp_path / "fresh"
    shutil.copytree(seeded[0], fresh)
    with Store.open(fresh) as opened:
        ingest([str(folder)], opened)
    assert quads(store) == quads(fresh)


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 24 MiB tmpfs mounted for the test, unmounted after it."""
    reason = tmpfs_reason()
    if reason:
        pytest.skip(reason)
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(mount)],
                          capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_stops_the_run_with_a_reason_and_keeps_the_store(seeded, tmp_path, small_disk):
    store, before = copy_seeded(seeded, small_disk / "kg-data")
    folder = make_articles(tmp_path / "in", 40)
    free = shutil.disk_usage(small_disk).free
    filler = small_disk / "filler"
    with open(filler, "wb") as out:
        out.truncate(0)
        out.write(b"\0" * max(0, free - 1_500_000))
    done = run_kg(["ingest", str(folder), "--store", str(store)], process=True)
    assert done.status == 1
    assert "Traceback" not in done.stderr
    (line,) = done.stderr.splitlines()
    assert re.fullmatch(
        f"Error: cannot (write to|open) store {re.escape(str(store))}: .*No space left on device.*",
        line,
    ), line
    filler.unlink()
    assert before <= quads(store)
    again = run_kg(["ingest", str(SEEDS), "--store", str(store)], process=True)
    assert again.status == 0 and "(0 added, 0 replaced, 5 unchanged)" in again.stderr


def test_read_only_disk_is_an_error_not_a_traceback(tmp_path):
    reason = tmpfs_reason()
    if reason:
        pytest.skip(reason)
    mount = tmp_path / "ro"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", str(mount)],
                          capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        lay_out(tmp_path, {"x.txt": GOOD})
        run = run_kg(["ingest", str(tmp_path / "x.txt"), "--store", str(mount / "s")])
        assert run.status == 1
        assert re.fullmatch(
            f"Error: cannot open store {re.escape(str(mount / 's'))}: .*Read-only file system\n",
            run.stderr,
        ), run.stderr
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_source_stored_as_given_by_older_kg_is_taken_over(seeded, tmp_path, monkeypatch):
    """Stores written before sources were resolved hold paths as given: re-reading the file
    from the same folder replaces that source instead of adding a second one beside it."""
    from kg.pipeline import extract
    from kg.read import read_text

    store, before = copy_seeded(seeded, tmp_path / "kg-data")
    monkeypatch.chdir(tmp_path)
    lay_out(tmp_path, {"in/x.txt": GOOD})
    with Store.open(store) as opened:
        assert opened.put(extract(read_text(GOOD, path="in/x.txt"))) == "added"
    lay_out(tmp_path, {"in/x.txt": OTHER})
    done = run_kg(["ingest", "in/x.txt", "--store", str(store)])
    assert done.status == 0 and "(0 added, 1 replaced, 0 unchanged)" in done.stderr
    assert {p for p in sources_of(store) if "/seeds/" not in p} == {str(tmp_path / "in/x.txt")}
    assert stats(store)["articles"] == 6
    assert before <= quads(store)
