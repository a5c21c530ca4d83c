"""Costs against store size: put and remove of real articles, look-ups and stats, 1M to 10M quads.

    .venv/bin/python benchmarks/scale.py [--cache /tmp/kg-scale] [--sizes 1,10] [--real 100]

Stores of about 1M and 10M quads are built once from generated articles (the templates of
benchmarks/ingest_scale.py, with a wide pool of made-up people so most of them are rare) into
`--cache` and reused by later runs; building writes the extracted quads with pyoxigraph's
`bulk_extend` and the entity descriptions computed once from scratch, so it takes minutes,
not hours. Each measurement works on a copy of the cached store.

Printed first, as ratios (the machine is shared and noisy): the put and remove cost of the
same real articles (../shared/corpus train and dev, each made distinct) at the big store over
the small one (goal: within 1.5x), then, per size, look-up p50 / p95 of the library call
(`lookup` + canonical facts) for a rare, a typical, the most-stated and the most-mentioned
entity, `kg lookup NAME` and `kg stats` whole-command wall times and peak RSS
(/usr/bin/time -v), against `python -c "import kg.cli"` in the same run.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
QUADS_PER_ARTICLE = 640  # about what one generated article of 4 paragraphs gives
SYLLABLES = ["ba", "ce", "di", "fo", "gu", "la", "me", "ni", "ro", "sa", "te", "vi", "za", "lo"]


def names(count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = set()
    while len(out) < count:
        word = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 3)))
        out.add(word.capitalize())
    return sorted(out)


def _extract_quads(path: str) -> list:
    from kg import rdf
    from kg.pipeline import extract
    from kg.read import read_paths

    (article,) = list(read_paths([path]))
    return [(q.subject, q.predicate, q.object, q.graph_name)
            for q in rdf.article_quads(extract(article))]  # fmt: skip


def build(folder: Path, quads: int) -> None:
    """A store of about `quads` quads from generated articles, descriptions from scratch."""
    import pyoxigraph as ox

    from kg import describe
    from kg.store import Store

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from ingest_scale import generate

    count = quads // QUADS_PER_ARTICLE
    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp)
        generate(texts, count, seed=11, given=names(200, 1), family=names(200, 2))
        paths = sorted(str(p) for p in texts.iterdir())
        store = ox.Store(str(folder))
        with multiprocessing.Pool(2) as pool:
            batch = []
            for done, rows in enumerate(pool.imap(_extract_quads, paths, chunksize=16), 1):
                batch.extend(ox.Quad(*row) for row in rows)
                if len(batch) > 200_000 or done == len(paths):
                    store.bulk_extend(batch)
                    batch = []
                    print(f"  built {done}/{len(paths)} articles", file=sys.stderr)
    store.flush()
    del store  # releases the lock
    wrapped = Store.open(folder)
    rows = wrapped.select("SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e kg:canonicalLabel ?l } }")
    entities = {r["e"] for r in rows}
    wrapped.endpoint.store.bulk_extend(
        describe.describe(wrapped.select, entities, exclude=set(), extra=set())
    )
    wrapped.close()


def clone(small: Path, folder: Path, copies: int) -> None:
    """A store `copies` times the size of `small`: each article graph again under a new
    content hash, path and fact IRIs (the same entities, so they are named `copies` times as
    often), and the same entity descriptions, which is what a recomputation would give.
    Done on N-Quads text (Oxigraph dumps and bulk-loads it), which is fast at any size."""
    import hashlib
    import re

    import pyoxigraph as ox

    from kg.rdf import ENTITY_GRAPH, ID

    source = ox.Store.read_only(str(small))
    lines = source.dump(format=ox.RdfFormat.N_QUADS).splitlines(keepends=True)
    del source
    entity = str(ENTITY_GRAPH).encode() + b" ."
    described = b"".join(line for line in lines if line.rstrip().endswith(entity))
    # the article graphs and their count records (kg.aggregates), renamed together below
    articles = b"".join(line for line in lines if not line.rstrip().endswith(entity))
    del lines
    store = ox.Store(str(folder))
    store.bulk_load(described, format=ox.RdfFormat.N_QUADS)
    sha = re.compile(rb"[0-9a-f]{64}")
    fact = re.compile(re.escape(ID.encode()) + rb"fact/[0-9a-f]+")
    for copy in range(copies):
        text = articles
        if copy:
            tag = f"c{copy}".encode()
            renamed = lambda m, t=tag: hashlib.sha256(m.group(0) + t).hexdigest().encode()  # noqa: E731
            text = sha.sub(renamed, text)
            text = fact.sub(lambda m, t=tag: m.group(0) + t, text)
            text = text.replace(b'.txt"', b"-" + tag + b'.txt"')
        store.bulk_load(text, format=ox.RdfFormat.N_QUADS)
        print(f"  cloned {copy + 1}/{copies}", file=sys.stderr)
    store.flush()


def count_records(folder: Path) -> None:
    """The count record of every article graph (kg.aggregates), as put would have written."""
    import pyoxigraph as ox

    from kg import aggregates
    from kg.rdf import KG

    store = ox.Store(str(folder))
    store.remove_graph(aggregates.COUNTS_GRAPH) if store.contains_named_graph(
        aggregates.COUNTS_GRAPH) else None  # fmt: skip
    graphs = {q.graph_name for q in store.quads_for_pattern(None, KG.sha256, None, None)}
    records = []
    for graph in sorted(graphs, key=str):
        records.extend(aggregates.record(graph, store.quads_for_pattern(None, None, None, graph)))
    store.bulk_extend(records)
    store.flush()


def cached(cache: Path, millions: int) -> Path:
    """The store of about `millions` M quads: 1M built from articles, larger ones cloned."""
    folder = cache / f"{millions}m"
    if not (folder / "DONE").exists():
        shutil.rmtree(folder, ignore_errors=True)
        print(f"building the {millions}M-quad store in {folder} (once)", file=sys.stderr)
        if millions == 1:
            build(folder, 1_000_000)
            count_records(folder)
        else:
            clone(cached(cache, 1), folder, millions)
        (folder / "DONE").write_text("built\n")
    return folder


def real_articles(count: int) -> list:
    """Real texts from ../shared/corpus (train, dev), cycled, each copy made distinct."""
    from dataclasses import replace

    from kg.pipeline import extract
    from kg.read import read_paths

    base = list(read_paths([str(SHARED / "train"), str(SHARED / "dev")]))
    out = []
    for i in range(count):
        article = base[i % len(base)]
        text = article.text + f"\n\n(copy {i})\n"
        import hashlib

        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        out.append(extract(replace(article, id=digest, text=text, path=f"/real/{i}.txt")))
    return out


def entities_to_ask(store) -> dict[str, str]:
    """A rare, a typical, the most-stated and the most-mentioned entity: name to ask by."""
    stated = store.select(
        """SELECT ?e (COUNT(DISTINCT ?s) AS ?n) WHERE { VALUES ?p { org:member org:organization
             kg:investor kg:place kg:partner kg:about } ?s ?p ?e } GROUP BY ?e""",
        union=True,
    )
    mentioned = store.select(
        "SELECT ?e (COUNT(?g) AS ?n) WHERE { GRAPH ?g { ?e kg:canonicalLabel ?l } } GROUP BY ?e"
    )
    by_stated = sorted((int(r["n"].value), r["e"].value) for r in stated)
    by_mentioned = sorted((int(r["n"].value), r["e"].value) for r in mentioned)
    labels = {r["e"].value: r["l"].value for r in store.select(
        "SELECT ?e ?l WHERE { GRAPH <https://w3id.org/kg-news/graph/entities> "
        "{ ?e rdfs:label ?l } }")}  # fmt: skip
    picks = {
        "rare": by_stated[0][1],
        "typical": by_stated[len(by_stated) // 2][1],
        "most-stated": by_stated[-1][1],
        "most-mentioned": by_mentioned[-1][1],
    }
    counts = dict((e, n) for n, e in by_stated)
    return {k: (labels[e], counts.get(e, 0)) for k, e in picks.items()}


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def command(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of a whole command, from /usr/bin/time -v."""
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-v", *args], capture_output=True, text=True)
    wall = time.perf_counter() - start
    assert done.returncode == 0, done.stderr[-2000:]
    rss = next(int(line.split()[-1]) for line in done.stderr.splitlines()
               if "Maximum resident" in line)  # fmt: skip
    return wall, rss / 1024


def measure(folder: Path, real: list, work: Path) -> dict:
    from kg import answers
    from kg.lookup import lookup
    from kg.store import Store

    copy = work / folder.name
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("DONE"))
    out: dict = {}
    with Store.open(copy) as store:
        out["quads"] = store.stats()["quads"]
        start = time.perf_counter()
        for extraction in real:
            store.put(extraction)
        out["put"] = (time.perf_counter() - start) / len(real)
        start = time.perf_counter()
        for extraction in real:
            store.remove(extraction.article.path)
        out["remove"] = (time.perf_counter() - start) / len(real)
        picks = entities_to_ask(store)
        out["lookups"] = {}
        for kind, (name, stated) in picks.items():

            def ask(name=name):
                found = lookup(store, name)
                answers.canonical_facts(store, entity=found.entity.iri)

            ask()
            times = sorted(timed(ask, 9))
            out["lookups"][kind] = (name, stated, times[len(times) // 2],
                                    times[min(len(times) - 1, int(len(times) * 0.95))])  # fmt: skip
    kg = [sys.executable, "-m", "kg"]
    floor = command([sys.executable, "-c", "import kg.cli"])
    out["floor"] = floor
    out["kg lookup"] = {k: command([*kg, "lookup", name, "--store", str(copy)])
                        for k, (name, _, _, _) in out["lookups"].items()}  # fmt: skip
    out["kg stats"] = command([*kg, "stats", "--store", str(copy)])
    shutil.rmtree(copy, ignore_errors=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "kg-scale")
    ap.add_argument("--sizes", default="1,10", help="store sizes in millions of quads")
    ap.add_argument("--real", type=int, default=100, help="real articles to put and remove")
    args = ap.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    folders = [cached(args.cache, m) for m in sizes]
    real = real_articles(args.real)
    results = {}
    with tempfile.TemporaryDirectory(dir=args.cache) as work:
        for millions, folder in zip(sizes, folders, strict=True):
            results[millions] = measure(folder, real, Path(work))
    small, big = results[sizes[0]], results[sizes[-1]]
    print(f"put of {args.real} real articles, {sizes[-1]}M over {sizes[0]}M quads: "
          f"{big['put'] / small['put']:.2f}x (goal <= 1.5x)")  # fmt: skip
    print(f"remove of the same, {sizes[-1]}M over {sizes[0]}M quads: "
          f"{big['remove'] / small['remove']:.2f}x (goal <= 1.5x)")  # fmt: skip
    for millions in sizes:
        r = results[millions]
        floor = r["floor"][0]
        print(f"\n{millions}M target: {r['quads']:,} quads; put {r['put'] * 1000:.1f} ms, "
              f"remove {r['remove'] * 1000:.1f} ms an article")  # fmt: skip
        for kind, (name, stated, p50, p95) in r["lookups"].items():
            wall, rss = r["kg lookup"][kind]
            print(f"  {kind:15} {name!r} ({stated} statements): library p50 {p50 * 1000:.1f} ms, "
                  f"p95 {p95 * 1000:.1f} ms; kg lookup {wall:.2f} s ({wall / floor:.1f}x "
                  f"import kg.cli), {rss:.0f} MiB peak")  # fmt: skip
        wall, rss = r["kg stats"]
        print(f"  kg stats {wall:.2f} s ({wall / floor:.1f}x import kg.cli), {rss:.0f} MiB peak; "
              f"import kg.cli {floor:.2f} s")  # fmt: skip


if __name__ == "__main__":
    main()
