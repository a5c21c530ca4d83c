"""Ingest speed and memory on a folder of thousands of generated articles.

    .venv/bin/python benchmarks/ingest_scale.py [--articles 2000]

Machines here are shared and noisy, so figures are ratios against baselines run in the same
process: the ingest time against extraction alone (what the store adds), and the resident
memory after all articles against the memory after the first tenth (flat means ~1.0). It
also times `kg ingest seeds/` as a whole command against `python -c "import kg.cli"` (the
start-up floor), both in fresh processes.

The articles are generated from invented sentence templates in three languages, with names
drawn from the gazetteer and made-up people, so no third-party text is involved.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TEMPLATES = {
    "en": [
        "{org} will invest ${amount} million in {place} over the next {years} years.",
        "{person}, chief executive of {org}, said the plant will create {jobs} jobs.",
        "The company signed an agreement with {org2} to train {trainees} people.",
        "{place} Governor {person2} welcomed the investment on {weekday}.",
        "According to {person}, the project will add ${gdp} million to the GDP.",
    ],
    "es": [
        "{org} invertirá {amount} millones de dólares en {place} en los próximos {years} años.",
        "{person}, director general de {org}, dijo que la planta creará {jobs} empleos.",
        "La empresa firmó un convenio con {org2} para capacitar a {trainees} personas.",
        "El gobernador de {place} {person2} celebró la inversión.",
        "Según {person}, el proyecto aportará {gdp} millones de dólares al PIB.",
    ],
    "fr": [
        "{org} investira {amount} millions de dollars à {place} sur les {years} prochaines années.",
        "{person}, directeur général de {org}, a déclaré que l'usine créera {jobs} emplois.",
        "L'entreprise a signé un accord avec {org2} pour former {trainees} personnes.",
        "Le gouverneur de {place}, {person2}, a salué l'investissement.",
        "Selon {person}, le projet apportera {gdp} millions de dollars au PIB.",
    ],
}
GIVEN = ["Laura", "Miguel", "Sofía", "Jean", "Claire", "Diego", "Ana", "Pierre", "Lucía", "Tomás"]
FAMILY = ["Ortega", "Duval", "Ramírez", "Lefèvre", "Navarro", "Moreau", "Castillo", "Bernard"]


def generate(
    folder: Path,
    count: int,
    seed: int = 7,
    *,
    given: list[str] = GIVEN,
    family: list[str] = FAMILY,
    paragraphs: int = 4,
    dated: bool = False,
) -> None:
    """`count` articles in three languages from the templates, each paragraph with a role,
    an investment, a partnership, a governor and claims, about gazetteer organizations and
    places; `dated` gives each a publication date in 2024."""
    from kg.gazetteer import default

    entries = default().entries()
    orgs = [e.label for e in entries if e.type == "Corporation"]
    places = [e.label for e in entries if e.type in ("State", "City")]
    rnd = random.Random(seed)
    for i in range(count):
        lang = ("en", "es", "fr")[i % 3]
        values = {
            "org": rnd.choice(orgs),
            "org2": rnd.choice(orgs),
            "place": rnd.choice(places),
            "person": f"{rnd.choice(given)} {rnd.choice(family)}",
            "person2": f"{rnd.choice(given)} {rnd.choice(family)}",
            "amount": rnd.randint(50, 900),
            "years": rnd.randint(2, 9),
            "jobs": f"{rnd.randint(1, 9)},{rnd.randint(100, 999)}"
            if lang == "en"
            else rnd.randint(100, 999),
            "trainees": rnd.randint(100, 999),
            "gdp": rnd.randint(10, 99),
            "weekday": "Monday",
        }
        body = "\n\n".join(
            " ".join(t.format(**values) for t in TEMPLATES[lang]) for _ in range(paragraphs)
        )
        date = f"date: 2024-{1 + i % 12:02d}-{1 + i % 28:02d}\n" if dated else ""
        text = f"---\nlang: {lang}\n{date}---\nArticle {i}\n\n{body}\n"
        (folder / f"a{i:05d}.txt").write_text(text, encoding="utf-8")


def rss_mib() -> float:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    args = ap.parse_args()

    from kg.ingest import ingest
    from kg.pipeline import extract
    from kg.read import read_paths
    from kg.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "articles")
        folder.mkdir()
        generate(folder, args.articles)

        start = time.perf_counter()
        facts = sum(len(extract(a).facts) for a in read_paths([str(folder)]))
        extract_s = time.perf_counter() - start

        samples: dict[int, float] = {}
        seen = 0

        def progress(_item) -> None:
            nonlocal seen
            seen += 1
            if seen in (args.articles // 10, args.articles // 2, args.articles):
                samples[seen] = rss_mib()

        store = Store.open(Path(tmp, "store"))
        start = time.perf_counter()
        report = ingest([str(folder)], store, progress=progress)
        ingest_s = time.perf_counter() - start
        store.close()

        seeds = [sys.executable, "-m", "kg", "ingest", str(ROOT / "seeds"), "--quiet"]
        floor = [sys.executable, "-c", "import kg.cli"]
        seeds_s = _best(seeds + ["--store", str(Path(tmp, "seeds"))])
        floor_s = _best(floor)

    first, last = samples[min(samples)], samples[max(samples)]
    per_article = extract_s / args.articles * 1000
    rss = " / ".join(f"{samples[k]:.0f}" for k in sorted(samples))
    print(f"articles                 {args.articles} ({facts} facts, {report.summary()})")
    print(f"extract only             {extract_s:.2f} s ({per_article:.2f} ms/article)")
    print(f"ingest (extract + store) {ingest_s:.2f} s = {ingest_s / extract_s:.2f} x extract only")
    print(f"RSS after 10% / 50% / 100%  {rss} MiB; 100%/10% = {last / first:.2f}")
    print(
        f"kg ingest seeds/ (5)     {seeds_s:.2f} s wall = {seeds_s / floor_s:.2f} x start-up "
        f"({floor_s:.2f} s)"
    )


def _best(cmd: list[str], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
        best = min(best, time.perf_counter() - start)
    return best


if __name__ == "__main__":
    main()
