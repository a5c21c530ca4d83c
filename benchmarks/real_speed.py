"""End-to-end ingest speed on real-shaped articles, against a baseline revision in the same run.

    .venv/bin/python benchmarks/real_speed.py [--articles 1000] [--baseline 7a1dc84]

The real train, dev and seed texts of ../shared are cycled to `--articles` files, each copy
made distinct by a line of its own (so every copy is a new article), in a temporary folder.
`kg ingest FOLDER` runs as a whole command for the working tree and, with `--baseline REV`,
for that revision of the repository (exported with `git archive` and put first on PYTHONPATH),
alternating so both see the same machine load. Prints articles/s for each and their ratio.
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


def texts() -> list[tuple[str, str]]:
    """(suffix, text) of every real article: seeds, dev and train."""
    folders = [SHARED / "seeds", SHARED / "corpus" / "dev", SHARED / "corpus" / "train"]
    found = [p for folder in folders for p in sorted(folder.iterdir()) if p.suffix in
             (".txt", ".md")]
    if not found:
        sys.exit(f"real_speed: no articles under {SHARED}")
    return [(p.suffix, p.read_text(encoding="utf-8")) for p in found]


def build(folder: Path, count: int) -> None:
    source = texts()
    folder.mkdir(parents=True)
    for i in range(count):
        suffix, text = source[i % len(source)]
        (folder / f"{i:06d}{suffix}").write_text(f"{text}\n\nCopy {i}.\n", encoding="utf-8")


def run(folder: Path, store: Path, pythonpath: Path | None) -> float:
    env = None if pythonpath is None else {**os.environ, "PYTHONPATH": str(pythonpath)}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", "ingest", str(folder), "--store", str(store),
                    "--quiet"], check=False, capture_output=True, env=env)
    elapsed = time.perf_counter() - start
    shutil.rmtree(store, ignore_errors=True)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--baseline", help="a git revision to run beside the working tree")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        build(tmp / "articles", args.articles)
        base = None
        if args.baseline:
            base = tmp / "baseline"
            base.mkdir()
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline],
                                     check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        times: dict[str, list[float]] = {"working tree": []}
        if base:
            times[f"baseline {args.baseline}"] = []
        for _ in range(args.rounds):
            if base:
                times[f"baseline {args.baseline}"].append(run(tmp / "articles", tmp / "s", base))
            times["working tree"].append(run(tmp / "articles", tmp / "s", None))
    best = {name: min(values) for name, values in times.items()}
    for name, seconds in best.items():
        print(f"{name:<24} {args.articles / seconds:7.1f} articles/s ({seconds:.1f} s)")
    if base:
        ratio = best[f"baseline {args.baseline}"] / best["working tree"]
        print(f"working tree / baseline speed: {ratio:.2f}x")


if __name__ == "__main__":
    main()
