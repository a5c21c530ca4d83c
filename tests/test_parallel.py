"""Both cores and the bulk write path: the same store whatever the workers and the batches,
and each article whole or absent after a crash (real `kg ingest` processes killed with -9)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import SEEDS, en_extraction, es_extraction, nquads
from typer.testing import CliRunner

from kg.cli import app
from kg.parallel import extract_all, safe_prepare
from kg.read import read_text
from kg.store import PENDING, Store
from kg.write import Batch

ROOT = Path(__file__).resolve().parent.parent


def corpus(folder: Path, copies: int = 4) -> Path:
    """The seeds, each copied `copies` times (every copy distinct), one duplicate of another
    copy's text under a second name, and a JSON Lines file of three records."""
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(copies):
        for seed in seeds:
            text = seed.read_text(encoding="utf-8")
            (folder / f"{i}-{seed.name}").write_text(f"{text}\n\nCopy {i}.\n", encoding="utf-8")
    (folder / "dup.txt").write_text((folder / f"0-{seeds[0].name}").read_text(encoding="utf-8"))
    lines = [seed.read_text(encoding="utf-8") for seed in seeds[1:4]]
    records = "\n".join(json.dumps({"text": text}, ensure_ascii=False) for text in lines)
    (folder / "feed.jsonl").write_text(records + "\n", encoding="utf-8")
    return folder


def export(store: Path) -> bytes:
    result = CliRunner().invoke(app, ["export", "--format", "nq", "--store", str(store)])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def kg(*args: str, **kw) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, env=env, check=False, **kw
    )


def test_workers_give_byte_identical_stores(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in")
    outputs = {}
    for workers in ("1", "2"):
        store = tmp_path / f"store{workers}"
        result = CliRunner().invoke(
            app, ["ingest", str(folder), "--store", str(store), "--workers", workers, "--quiet"]
        )
        assert result.exit_code == 0, result.output
        assert "ingested 24 articles (24 added, 0 replaced, 0 unchanged)" in result.stderr
        outputs[workers] = export(store)
    assert outputs["1"] == outputs["2"]
    assert outputs["1"].count(b"/ontology#sourcePath>") == 24


def test_workers_keep_order_and_report_failures() -> None:
    items = [read_text(f"Acme Cloud said that it would open office {i}.", path=f"{i}.txt")
             for i in range(6)]
    one = list(extract_all(items, workers=1, task=safe_prepare))
    two = list(extract_all(items, workers=2, task=safe_prepare, window=2))
    assert [item.path for item, _ in two] == [f"{i}.txt" for i in range(6)]
    assert [result for _, result in one] == [result for _, result in two]
    broken = replace(items[0], text=None)  # extraction raises on it, in the worker
    (_, result), = extract_all([broken], workers=2, task=safe_prepare)
    assert isinstance(result, Exception)


def test_batches_equal_one_put_at_a_time() -> None:
    """Adds, an edit that replaces, the same text under two names, unchanged re-puts: the
    batch planner must flush where an article depends on one it has not written yet."""
    en, es = en_extraction(), es_extraction()
    edited = replace(es, article=replace(es.article, path=en.article.path, file="acme.txt"))
    copy = replace(en, article=replace(en.article, path="b/copy.txt", file="copy.txt"))
    steps = [en, es, copy, en, edited, copy, en]
    sequential = Store.memory()
    outcomes = [sequential.put(step) for step in steps]
    for size in (1, 2, 3, 100):
        batched = Store.memory()
        with Batch(batched, articles=size) as batch:
            assert [batch.put(step) for step in steps] == outcomes
        assert nquads(batched) == nquads(sequential)
    assert outcomes == ["added", "added", "added", "unchanged", "replaced", "unchanged", "replaced"]


DYING = textwrap.dedent(
    """
    import os, signal, sys
    import kg.write
    from kg.ingest import ingest
    from kg.store import Embedded, Store

    class Dying(Embedded):
        '''Killed (-9) right after the second batch's article graphs are added.'''
        extends = 0
        def bulk_extend(self, quads):
            super().bulk_extend(quads)
            Dying.extends += 1
            if Dying.extends == 2:
                os.kill(os.getpid(), signal.SIGKILL)

    kg.write.Batch.ARTICLES = 4
    store = Store.open(sys.argv[2])
    store.endpoint = Dying(store.endpoint.store)
    ingest([sys.argv[1]], store)
    """
)


def article_graphs(path: Path) -> dict[str, set[str]]:
    """Each article graph of the store at `path`, as its N-Quads lines, less the lines that
    name its sources (a text read from two files has both once both are stored)."""
    found: dict[str, set[str]] = {}
    for line in export(path).decode().splitlines():
        graph = line.rsplit(" ", 2)[-2]
        if "/id/article/" in graph:
            lines = found.setdefault(graph, set())
            if "/ontology#sourcePath>" not in line and "/ontology#fileName>" not in line:
                lines.add(line)
    return found


def test_killed_between_the_two_transactions_of_a_batch(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in", copies=2)
    reference = tmp_path / "reference"
    assert kg("ingest", str(folder), "--store", str(reference), "--workers", "1").returncode == 0
    whole = article_graphs(reference)

    store = tmp_path / "store"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    died = subprocess.run([sys.executable, "-c", DYING, str(folder), str(store)], env=env,
                          capture_output=True, check=False)
    assert died.returncode == -signal.SIGKILL, died.stderr.decode()
    raw = ox.Store.read_only(str(store))
    assert len(list(raw.quads_for_pattern(None, None, None, PENDING))) == 4  # the second batch
    del raw

    with Store.open(store):  # opening it for writing finishes the crash's business
        pass
    found = article_graphs(store)
    assert len(found) == 4  # the first batch, whole; the second, absent
    assert all(found[graph] == whole[graph] for graph in found)
    assert PENDING.value not in export(store).decode()

    assert kg("ingest", str(folder), "--store", str(store)).returncode == 0
    assert export(store) == export(reference)


SMALL_BATCHES = "import kg.write; kg.write.Batch.ARTICLES = 3; from kg.cli import app; app()"


def test_kill_9_at_any_moment_leaves_articles_whole_or_absent(tmp_path: Path) -> None:
    """The real CLI (batches of 3 articles, so a kill lands inside a run of batches), killed
    at several moments: what is stored is whole, and re-running completes the store."""
    folder = corpus(tmp_path / "in", copies=3)
    reference = tmp_path / "reference"
    assert kg("ingest", str(folder), "--store", str(reference)).returncode == 0
    whole = article_graphs(reference)
    expected = export(reference)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    seen = set()
    for delay in (2.0, 3.5, 5.0):
        store = tmp_path / f"store-{delay}"
        command = [sys.executable, "-c", SMALL_BATCHES, "ingest", str(folder), "--store",
                   str(store), "--quiet", "--workers", "1"]
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        if not store.exists():
            continue
        with Store.open(store):
            pass
        found = article_graphs(store)
        seen.add(len(found))
        assert all(found[graph] == whole[graph] for graph in found)
        assert kg("ingest", str(folder), "--store", str(store)).returncode == 0
        assert export(store) == expected
    assert seen  # at least one kill found a store to check


@pytest.mark.parametrize("workers", ["0", "x"])
def test_workers_must_be_a_positive_number(tmp_path: Path, workers: str) -> None:
    result = CliRunner().invoke(
        app, ["ingest", str(SEEDS), "--store", str(tmp_path / "s"), "--workers", workers]
    )
    assert result.exit_code == 2
    assert not (tmp_path / "s").exists()


def test_workers_end_with_a_killed_ingest(tmp_path: Path) -> None:
    """`kg ingest --workers 2` killed with SIGKILL leaves no worker process behind."""
    folder = corpus(tmp_path / "in", copies=60)
    store = tmp_path / "kg-data"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writer = subprocess.Popen(
        [sys.executable, "-m", "kg", "ingest", str(folder), "--store", str(store), "--quiet",
         "--workers", "2"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip

    def workers() -> list[str]:
        found = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit() and entry.name != str(writer.pid):
                try:
                    line = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
                except OSError:
                    continue
                if str(store) in line:
                    found.append(entry.name)
        return found

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(workers()) < 2 and writer.poll() is None:
        time.sleep(0.1)
    assert writer.poll() is None, "the ingest ended before its workers were seen"
    assert len(workers()) == 2
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and workers():
        time.sleep(0.1)
    assert workers() == []
