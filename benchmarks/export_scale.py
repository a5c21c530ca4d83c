"""Export time and memory on a store of ~6M quads, against Oxigraph's own dump of it.

    .venv/bin/python benchmarks/export_scale.py [--articles 10000] [--store /tmp/kg-export-scale]
        [--formats nq,html] [--baseline DIR]

The store is built once from benchmarks/ingest_scale.py's generated articles (invented
templates, four paragraphs each, ~640 quads an article) and kept in `--store` for later runs:
articles are extracted in a process pool, their graphs and the entity descriptions (computed
once from every article's statements, as kg.describe defines them) are bulk-loaded. That makes
the same dataset `kg ingest` would, without waiting for the per-article write path.

Then, each in a fresh process measured by /usr/bin/time -v (wall time and peak resident
memory), it runs:

- pyoxigraph's own `Store.dump` of the store to a file: the floor every export is compared to;
- `kg export --format F --output FILE` for each format in `--formats`;
- with `--baseline DIR` (a checkout, e.g. `git archive HEAD | tar -x -C DIR`), the same
  `kg export` from that code, and whether its bytes equal this tree's.

Machines here are shared and noisy: the figures to compare are the ratios, printed first.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import ingest_scale as scale  # noqa: E402

DUMP = """
import sys, pyoxigraph as ox
store = ox.Store.read_only(sys.argv[1])
store.dump(sys.argv[2], format=ox.RdfFormat.N_QUADS)
"""


def _extract(path: str) -> tuple[bytes, bytes]:
    """One article's graph and what it says about its entities, as N-Quads bytes."""
    import pyoxigraph as ox

    from kg import describe, rdf
    from kg.pipeline import extract
    from kg.read import read_paths

    (article,) = list(read_paths([path]))
    quads = rdf.article_quads(extract(article))
    said = [ox.Quad(e, p, o, rdf.ENTITY_GRAPH) for e, p, o in describe.statements(quads)]
    return (ox.serialize(quads, format=ox.RdfFormat.N_QUADS),
            ox.serialize(said, format=ox.RdfFormat.N_QUADS))  # fmt: skip


def build(store_dir: Path, articles: int) -> None:
    """Generate, extract and bulk-load `articles` articles into a new store at `store_dir`."""
    from collections import defaultdict

    import pyoxigraph as ox

    from kg import describe

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "articles")
        folder.mkdir()
        scale.generate(folder, articles)
        dump = Path(tmp, "all.nq")
        said: set[bytes] = set()
        start = time.perf_counter()
        with open(dump, "wb") as out, ProcessPoolExecutor(os.cpu_count()) as pool:
            paths = sorted(str(p) for p in folder.iterdir())
            for i, (graph, statements) in enumerate(pool.map(_extract, paths, chunksize=20)):
                out.write(graph)
                said.update(statements.splitlines())
                if (i + 1) % 1000 == 0:
                    print(f"  {i + 1} articles extracted", file=sys.stderr)
            by_entity: dict = defaultdict(set)
            for q in ox.parse(b"\n".join(sorted(said)) + b"\n", format=ox.RdfFormat.N_QUADS):
                by_entity[q.subject].add((q.predicate, q.object))
            descriptions = [
                q for node in sorted(by_entity, key=str)
                for q in describe.description(node, by_entity[node])
            ]  # fmt: skip
            out.write(ox.serialize(descriptions, format=ox.RdfFormat.N_QUADS))
        store = ox.Store(str(store_dir))
        store.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
        store.flush()
        store.optimize()
        print(f"  built {len(store)} quads in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        del store


def timed(cmd: list[str], cwd: Path = ROOT) -> tuple[float, float]:
    """Wall seconds and peak resident MiB of `cmd` run in `cwd`, from /usr/bin/time -v."""
    run = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, text=True, cwd=cwd)
    if run.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{run.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", run.stderr)
    assert wall is not None
    hours, minutes, seconds = int(wall[1] or 0), int(wall[2]), float(wall[3])
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr)
    assert rss is not None
    return hours * 3600 + minutes * 60 + seconds, int(rss[1]) / 1024


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--store", type=Path, default=Path("/tmp/kg-export-scale"))
    ap.add_argument("--formats", default="nq,html")
    ap.add_argument("--baseline", type=Path, help="a checkout to compare time and bytes with")
    ap.add_argument("--out", type=Path, default=None, help="folder for the exports (kept)")
    args = ap.parse_args()

    if not args.store.exists():
        print(f"building {args.store} from {args.articles} articles ...", file=sys.stderr)
        build(args.store, args.articles)
    out = args.out or Path(tempfile.mkdtemp(prefix="kg-export-"))
    out.mkdir(parents=True, exist_ok=True)
    python = sys.executable

    floor_file = out / "dump.nq"
    floor_s, floor_mib = timed([python, "-c", DUMP, str(args.store), str(floor_file)])
    with open(floor_file, "rb") as dumped:
        quads = sum(1 for _ in dumped)
    floor_file.unlink()
    rows = [("oxigraph Store.dump (floor)", floor_s, floor_mib, "")]
    for fmt in args.formats.split(","):
        target = out / f"kg.{fmt}"
        cmd = [python, "-m", "kg", "export", "--store", str(args.store), "--format", fmt,
               "--output", str(target)]  # fmt: skip
        seconds, mib = timed(cmd)
        same = ""
        if args.baseline is not None:
            base = out / f"base.{fmt}"
            # `python -m kg` imports kg from the folder it runs in, so run it in the baseline's
            base_s, base_mib = timed([*cmd[:-1], str(base)], cwd=args.baseline)
            rows.append((f"baseline kg export --format {fmt}", base_s, base_mib, ""))
            same = "same bytes as baseline" if digest(base) == digest(target) else "DIFFERENT"
            base.unlink()
        rows.append((f"kg export --format {fmt}", seconds, mib, same))
        if fmt != "html":
            target.unlink()

    print(f"store {args.store}: {quads} quads")
    for name, seconds, mib, note in rows:
        ratio = seconds / floor_s
        print(f"{name:38} {ratio:6.2f} x dump  {seconds:7.1f} s  peak RSS {mib:7.0f} MiB  {note}")


if __name__ == "__main__":
    main()
