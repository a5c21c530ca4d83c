"""Where the time of one article goes: each pipeline stage against segmentation.

    .venv/bin/python benchmarks/stages.py [--repeat 20]

Runs every stage on the seed articles in one process and prints, for each, the time per
article and its ratio to segmentation (the cheapest stage, the baseline), so that figures
from different, noisy machines compare. Gazetteer loading is timed against reading the
seed files from disk.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from kg.gazetteer import Gazetteer
from kg.pipeline import extract
from kg.rdf import article_quads
from kg.read import read_paths
from kg.recognize.amounts import find_money, find_periods, find_quantities
from kg.recognize.mentions import recognize
from kg.segment import segment

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    articles = [a for a in read_paths([str(SEEDS)]) if hasattr(a, "text")]
    sentences = [segment(a) for a in articles]
    extract(articles[0])  # load language data once

    def amounts() -> None:
        for a in articles:
            for find in (find_money, find_quantities, find_periods):
                find(a.text, a.lang, a.body_start)

    stages = {
        "read": lambda: list(read_paths([str(SEEDS)])),
        "segment": lambda: [segment(a) for a in articles],
        "amounts": amounts,
        "recognize": lambda: [recognize(a, s) for a, s in zip(articles, sentences, strict=True)],
        "extract (all stages)": lambda: [extract(a) for a in articles],
        "to RDF": lambda: [article_quads(extract(a)) for a in articles],
    }
    n = len(articles)
    base = best(stages["segment"], args.repeat) / n
    print(f"{'stage':<22}{'ms/article':>12}{'x segment':>12}")
    for name, fn in stages.items():
        t = best(fn, args.repeat) / n
        print(f"{name:<22}{t * 1000:>12.3f}{t / base:>12.1f}")
    load = best(Gazetteer.load, 5)
    files = best(lambda: [p.read_bytes() for p in SEEDS.iterdir()], 5)
    print(f"gazetteer load {load * 1000:.1f} ms = {load / files:.0f} x reading the 5 seed files")


if __name__ == "__main__":
    main()
