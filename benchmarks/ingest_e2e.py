"""End-to-end ingest speed on real-shaped articles: against spaCy's NER and Oxigraph's bulk load.

    .venv/bin/python benchmarks/ingest_e2e.py [--articles 1000 10000] [--baseline REV]
                                              [--generated] [--workers N]

The machines here are shared and noisy, so every figure is printed as a ratio against a
baseline run in the same command, ratios first:

- `kg ingest FOLDER` as a whole command (a fresh process, start-up included, default workers:
  one per core) against spaCy `fr_core_news_sm` NER alone (`nlp.pipe`, every other pipe
  excluded) over the same texts, in this process: how many times spaCy's articles/s kg does.
  The issue's goal is 25x.
- the write path (`kg.write.Batch` putting the already extracted articles, quads built, into
  a fresh on-disk store) against pyoxigraph `bulk_load` of the same quads (the store's own
  N-Quads) into another fresh store. Goal: at most 1.5x.
- `--workers 1` against the default, and `--baseline REV` (a git revision exported with
  `git archive`, run the same way) against the working tree.

The articles are the real texts of ../shared (seeds, dev and train) cycled to the count asked
for, each copy made distinct by a line of its own, so every copy is a new article; with
`--generated` they are benchmarks/ingest_scale.py's generated articles (28 facts each) instead.
spaCy and its model are in the `bench` extra (`pip install -e '.[bench]'`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


def texts() -> list[tuple[str, str]]:
    """(suffix, text) of every real article: seeds, dev and train."""
    folders = [SHARED / "seeds", SHARED / "corpus" / "dev", SHARED / "corpus" / "train"]
    found = [
        p
        for folder in folders
        if folder.is_dir()
        for p in sorted(folder.iterdir())
        if p.suffix in (".txt", ".md")
    ]
    if not found:
        sys.exit(f"ingest_e2e: no articles under {SHARED}")
    return [(p.suffix, p.read_text(encoding="utf-8")) for p in found]


def build(folder: Path, count: int, generated: bool) -> None:
    folder.mkdir(parents=True)
    if generated:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from ingest_scale import generate

        generate(folder, count)
        return
    source = texts()
    for i in range(count):
        suffix, text = source[i % len(source)]
        (folder / f"{i:06d}{suffix}").write_text(f"{text}\n\nCopy {i}.\n", encoding="utf-8")


def ingest_command(folder: Path, store: Path, pythonpath: Path | None, *extra: str) -> float:
    """Seconds of one `kg ingest FOLDER` in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(pythonpath or ROOT)}
    command = [sys.executable, "-m", "kg", "ingest", str(folder), "--store", str(store), "--quiet"]
    start = time.perf_counter()
    done = subprocess.run([*command, *extra], check=False, capture_output=True, env=env)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):  # 1: some file rejected, the rest stored
        sys.exit(f"ingest_e2e: kg ingest failed: {done.stderr.decode()[-2000:]}")
    return elapsed


def spacy_seconds(folder: Path) -> float:
    """Seconds spaCy fr_core_news_sm takes to run its NER over every article's text."""
    import spacy

    nlp = spacy.load("fr_core_news_sm")
    keep = {"ner"} | set(getattr(nlp.get_pipe("ner"), "listening_components", []) or [])
    nlp = spacy.load("fr_core_news_sm", exclude=[n for n in nlp.pipe_names if n not in keep])
    nlp.max_length = 10_000_000
    bodies = [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())]
    start = time.perf_counter()
    entities = sum(len(doc.ents) for doc in nlp.pipe(bodies, batch_size=64))
    elapsed = time.perf_counter() - start
    assert entities > 0, "spaCy found no entity: the NER pipe is not running"
    return elapsed


def write_path(folder: Path, tmp: Path, workers: int) -> tuple[float, float, int]:
    """(seconds of the write path, seconds of bulk_load of the same quads, quads)."""
    import pyoxigraph as ox

    from kg.parallel import extract_all, safe_prepare
    from kg.read import read_sources
    from kg.store import Store
    from kg.write import Batch

    prepared = [
        result
        for item, result in extract_all(read_sources([str(folder)]), workers=workers,
                                        task=safe_prepare)
        if isinstance(result, tuple)
    ]
    store = Store.open(tmp / "write")
    start = time.perf_counter()
    with Batch(store) as batch:
        for extraction, quads in prepared:
            batch.put(extraction, quads)
    store.close()
    written = time.perf_counter() - start
    dump = tmp / "write.nq"
    with Store.open(tmp / "write", read_only=True) as reading, open(dump, "wb") as out:
        count = reading.export_nquads(out)
    loaded = ox.Store(str(tmp / "bulk"))
    start = time.perf_counter()
    loaded.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    loaded.flush()
    bulk = time.perf_counter() - start
    del loaded
    return written, bulk, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000])
    parser.add_argument("--baseline", help="a git revision to run beside the working tree")
    parser.add_argument("--generated", action="store_true", help="generated articles instead")
    parser.add_argument("--workers", type=int, default=None, help="kg ingest --workers")
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy baseline")
    args = parser.parse_args()
    from kg.parallel import default_workers

    workers = args.workers or default_workers()
    lines = []
    for count in args.articles:
        with tempfile.TemporaryDirectory(prefix="kg-e2e-") as tmp:
            tmp = Path(tmp)
            build(tmp / "articles", count, args.generated)
            base = None
            if args.baseline:
                base = tmp / "baseline"
                base.mkdir()
                archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline],
                                         check=True, capture_output=True).stdout
                subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
            kg_s = ingest_command(tmp / "articles", tmp / "s1", None, "--workers", str(workers))
            one_s = ingest_command(tmp / "articles", tmp / "s2", None, "--workers", "1")
            base_s = ingest_command(tmp / "articles", tmp / "s3", base) if base else None
            spacy_s = None if args.no_spacy else spacy_seconds(tmp / "articles")
            written, bulk, quads = write_path(tmp / "articles", tmp, workers)
            shutil.rmtree(tmp / "s1", ignore_errors=True)
        rate = count / kg_s
        head = f"{count} {'generated' if args.generated else 'real-shaped'} articles"
        ratios = [f"{head}, {quads} quads:"]
        if spacy_s:
            ratios.append(f"  kg ingest / spaCy NER speed    {spacy_s / kg_s:6.2f}x  (goal >= 25x)")
        ratios.append(f"  write path / bulk_load time    {written / bulk:6.2f}x  (goal <= 1.5x)")
        ratios.append(f"  --workers {workers} / --workers 1 speed {one_s / kg_s:6.2f}x")
        if base_s:
            ratios.append(f"  working tree / {args.baseline} speed  {base_s / kg_s:6.2f}x")
        ratios.append(f"  kg ingest {rate:.1f} articles/s ({kg_s:.1f} s); --workers 1 "
                      f"{count / one_s:.1f}/s"
                      + (f"; spaCy NER {count / spacy_s:.1f}/s" if spacy_s else "")
                      + (f"; baseline {count / base_s:.1f}/s" if base_s else ""))
        ratios.append(f"  write path {written:.2f} s, bulk_load {bulk:.2f} s "
                      f"({quads / written:,.0f} vs {quads / bulk:,.0f} quads/s)")
        print("\n".join(ratios), flush=True)
        lines.extend(ratios)


if __name__ == "__main__":
    main()
