"""Export time for every format, and the HTML explorer's open time, on a ~2,000-node graph.

    .venv/bin/python benchmarks/export_graph.py [--articles 900] [--keep DIR]

Builds a store from generated articles (benchmarks/ingest_scale.py's invented templates, with
a larger pool of made-up people so the graph reaches about 2,000 nodes), then times:

- each export format, as a ratio against writing N-Quads (the store's own dump);
- opening the HTML explorer in headless Chromium until the graph has drawn its first frame
  (the page sets `window.kgReady`), as a ratio against opening an empty HTML page in the
  same browser. Needs Debian's chromium and the test extra (Playwright); skipped without.

Machines here are shared and noisy: figures are the best of --runs runs, and the ratios are
what to compare across machines.
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import ingest_scale as scale  # noqa: E402

# Invented people: 30 given names x 30 family names.
_GIVEN = (
    "Laura Miguel Sofía Jean Claire Diego Ana Pierre Lucía Tomás Elena Marc Inés Paul "
    "Julia Hugo Marta Louis Rosa Andrés Camille Pablo Irene Luc Nadia Omar Celia Rémi "
    "Alba Simón"
)
_FAMILY = (
    "Ortega Duval Ramírez Lefèvre Navarro Moreau Castillo Bernard Serrano Girard Molina "
    "Fournier Delgado Mercier Vidal Blanchard Cabrera Rousseau Herrera Garnier Pacheco "
    "Lemaire Salinas Chevalier Fuentes Perrin Aguilar Marchand Robles Dumont"
)
GIVEN, FAMILY = _GIVEN.split(), _FAMILY.split()


def generate(folder: Path, count: int) -> None:
    """One dated paragraph an article, with more names than ingest_scale's, for more nodes."""
    scale.generate(folder, count, 11, given=GIVEN, family=FAMILY, paragraphs=1, dated=True)


# A function, not an expression: Playwright polls an expression with eval(), which the page's
# Content Security Policy (rightly) forbids.
READY = "() => window.kgReady === true"


def best(action, runs: int) -> float:
    fastest = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        action()
        fastest = min(fastest, time.perf_counter() - start)
    return fastest


def open_times(page_file: Path, empty: Path, runs: int) -> tuple[float, float] | None:
    """Seconds to open the explorer until its first frame, and an empty page, in Chromium."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if chromium is None:
        return None
    with sync_playwright() as driver:
        browser = driver.chromium.launch(
            executable_path=chromium,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 1400, "height": 900})

        def explorer() -> None:
            page.goto(page_file.as_uri())
            page.wait_for_function(READY, timeout=120_000)

        def blank() -> None:
            page.goto(empty.as_uri())
            page.wait_for_function("() => document.readyState === 'complete'")

        times = best(explorer, runs), best(blank, runs)
        browser.close()
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=900)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", metavar="DIR", help="Write the exports here and keep them.")
    args = ap.parse_args()

    from kg.export import FORMATS, export
    from kg.graph import project
    from kg.ingest import ingest
    from kg.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "articles")
        folder.mkdir()
        generate(folder, args.articles)
        store = Store.open(Path(tmp, "store"))
        start = time.perf_counter()
        report = ingest([str(folder)], store, progress=None)
        ingest_s = time.perf_counter() - start
        projection = project(store)
        nodes, edges = projection.graph.number_of_nodes(), projection.graph.number_of_edges()
        print(f"store          {report.summary()} in {ingest_s:.1f} s")
        print(f"graph          {nodes} nodes, {edges} edges ({len(projection.facts)} facts)")
        out_dir = Path(args.keep or tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        seconds, sizes = {}, {}
        for name in FORMATS:

            def run(name: str = name) -> None:
                buffer = io.BytesIO()
                export(store, buffer, format=name)
                sizes[name] = len(buffer.getvalue())
                (out_dir / f"graph.{name}").write_bytes(buffer.getvalue())

            seconds[name] = best(run, args.runs)
        base = seconds["nq"]
        for name in FORMATS:
            print(
                f"export {name:8s}{seconds[name]:6.2f} s = {seconds[name] / base:5.1f} x nq"
                f"   {sizes[name] / 2**20:6.1f} MiB"
            )
        store.close()
        empty = Path(tmp, "empty.html")
        empty.write_text("<!DOCTYPE html><title>empty</title>", encoding="utf-8")
        opened = open_times(out_dir / "graph.html", empty, args.runs)
        if opened is None:
            print("html open      skipped: needs Debian's chromium and Playwright (.[test])")
        else:
            page_s, empty_s = opened
            print(
                f"html open      {page_s:.2f} s to first frame = {page_s / empty_s:.0f} x an "
                f"empty page ({empty_s * 1000:.0f} ms)"
            )


if __name__ == "__main__":
    main()
