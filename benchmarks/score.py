"""Score every corpus in one table: seeds, train, dev and validation against ../shared/gold.

    .venv/bin/python benchmarks/score.py                   # the four sets
    .venv/bin/python benchmarks/score.py --sets train dev  # some of them
    .venv/bin/python benchmarks/score.py --details train   # and the misses of train
    .venv/bin/python benchmarks/score.py --counts          # and tp/fp/fn by kind and language
    .venv/bin/python benchmarks/score.py --sets probes --details probes  # the invented set
    .venv/bin/python benchmarks/score.py --sets train --layouts wrap crlf title  # re-laid out

Each set is ingested into a fresh temporary store with the `kg` beside this interpreter, then
scored with ../shared/eval/score.py (the same scorer the evaluation uses). `--details` prints
missed and wrong rows, and is refused for the validation set: its rows are never read while
working on rules, only its scores. `probes` to `probes8`
(benchmarks/probes*) are sets of invented articles with gold, written without reading the
rules: material for error analysis on text no rule was tuned on, readable in full.
`--layouts` also scores each set laid out otherwise, as other pages and archives give the same
news (rows "train~wrap" ...): `wrap`, every paragraph hard-wrapped at 72 columns; `crlf`,
Windows line ends; `title`, the headline (a first line with no full stop) in title case. A
reader that holds its figures there does not depend on how a page was laid out.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
KG = str(Path(sys.executable).with_name("kg"))
BENCH = ROOT / "benchmarks"
SETS = ("seeds", "train", "dev", "validation", "probes", "probes2", "probes3", "probes4", "probes5",
        "probes6", "probes7", "probes8")
DEFAULT_SETS = SETS[:4]
KINDS = ("roles", "investments", "partnerships", "claims")


def corpus(name: str) -> Path:
    if name.startswith("probes"):
        return BENCH / name / "corpus"
    return SHARED / "seeds" if name == "seeds" else SHARED / "corpus" / name


def gold(name: str) -> Path:
    return BENCH / name / "gold" if name.startswith("probes") else SHARED / "gold" / name


SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by",
                         "with", "de", "la", "el", "y", "en", "del", "los", "las", "et", "le",
                         "les", "du", "des", "à", "au"})


def _wrap(body: str) -> str:
    lines = []
    for line in body.split("\n"):
        lines.extend(textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False)
                     if len(line) > 80 else [line])
    return "\n".join(lines)


def _title(body: str) -> str:
    first, _, rest = body.lstrip("\n").partition("\n")
    if len(first) > 150 or first.rstrip().endswith("."):
        return body
    words = first.split(" ")
    titled = " ".join(w if n and w.lower() in SMALL_WORDS else w[:1].upper() + w[1:]
                      for n, w in enumerate(words))
    return body[: len(body) - len(body.lstrip("\n"))] + titled + "\n" + rest


LAYOUTS = {"wrap": _wrap, "crlf": lambda body: body.replace("\n", "\r\n"), "title": _title}


def laid_out(source: Path, target: Path, layout: str) -> Path:
    """Copies of the articles of `source` in `target`, each body laid out by `layout` (front
    matter as it was)."""
    target.mkdir(parents=True)
    for path in sorted(source.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        head = ""
        if raw.startswith("---\n"):
            end = raw.index("\n---\n", 4) + 5
            head, raw = raw[:end], raw[end:]
        (target / path.name).write_text(head + LAYOUTS[layout](raw), encoding="utf-8",
                                        newline="")
    return target


def score(name: str, store: Path, source: Path | None = None) -> dict:
    """Ingest one set (from `source` when given) into `store`; the scorer's JSON result."""
    ingest = subprocess.run([KG, "ingest", str(source or corpus(name)), "--store", str(store),
                             "--quiet"], check=False, capture_output=True, text=True)
    if not store.exists():
        sys.exit(f"score: kg ingest of {name} failed: {ingest.stderr.strip()[-800:]}")
    out = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(gold(name)),
         "--store", str(store), "--kg", KG, "--queries", str(ROOT / "queries"), "--json"],
        check=False, capture_output=True, text=True)
    if out.returncode:
        sys.exit(f"score: scoring {name} failed: {out.stderr.strip()[-800:]}")
    return json.loads(out.stdout)


def table(results: dict[str, dict]) -> str:
    head = f"{'set':<11}{'P':>6}{'R':>6}{'F1':>6}{'tp':>5}{'fp':>5}{'fn':>5}  " + "".join(
        f"{k[:7]:>8}" for k in KINDS) + "   by language (F1 over all kinds)"
    lines = [head]
    for name, result in results.items():
        m = result["micro"]
        langs: dict[str, list[int]] = {}
        for kind in KINDS:
            for lang, v in result[kind]["by_lang"].items():
                acc = langs.setdefault(lang, [0, 0, 0])
                acc[0] += v["tp"]; acc[1] += v["fp"]; acc[2] += v["fn"]  # noqa: E702
        by_lang = " ".join(f"{lang}:{2 * tp / (2 * tp + fp + fn):.2f}" if tp + fp + fn else
                           f"{lang}:-" for lang, (tp, fp, fn) in sorted(langs.items()))
        lines.append(f"{name:<11}{m['precision']:>6.3f}{m['recall']:>6.3f}{m['f1']:>6.3f}"
                     f"{m['tp']:>5}{m['fp']:>5}{m['fn']:>5}  "
                     + "".join(f"{result[k]['f1']:>8.3f}" for k in KINDS) + f"   {by_lang}")
    return "\n".join(lines)


def counts(name: str, result: dict) -> str:
    """tp / fp / fn of each kind, in all and by language: scores only, for any set."""
    lines = []
    for kind in KINDS:
        r = result[kind]
        by_lang = "  ".join(f"{lang} {v['tp']}/{v['fp']}/{v['fn']}"
                            for lang, v in sorted(r["by_lang"].items()))
        lines.append(f"{name:<11}{kind:<13}{r['tp']:>4}/{r['fp']}/{r['fn']:<6} {by_lang}")
    return "\n".join(lines)


def details(name: str, result: dict) -> str:
    lines = []
    for kind in KINDS:
        for row in result[kind]["missed"]:
            lines.append(f"{name} {kind} missed {json.dumps(row, ensure_ascii=False)}")
        for row in result[kind]["wrong"]:
            lines.append(f"{name} {kind} wrong  {json.dumps(row, ensure_ascii=False)}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", choices=SETS, default=list(DEFAULT_SETS),
                        help="default: the four sets of ../shared; 'probes' and 'probes2' are the "
                        "invented held-out sets in benchmarks/probes to probes8")
    parser.add_argument("--details", nargs="*", choices=[s for s in SETS if s != "validation"],
                        default=[], help="print the missed and wrong rows of these sets")
    parser.add_argument("--counts", action="store_true",
                        help="print tp/fp/fn by kind and language of every set")
    parser.add_argument("--layouts", nargs="*", choices=sorted(LAYOUTS), default=[],
                        help="also score each set laid out so (rows 'SET~LAYOUT')")
    args = parser.parse_args()
    if not (SHARED / "gold").is_dir():
        sys.exit(f"score: no gold folder at {SHARED / 'gold'} (../shared beside the project)")
    results = {}
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for name in dict.fromkeys([*args.sets, *args.details]):
            results[name] = score(name, Path(tmp) / name)
        for layout in args.layouts:
            for name in args.sets:
                row = f"{name}~{layout}"
                source = laid_out(corpus(name), Path(tmp) / f"{row}-corpus", layout)
                results[row] = score(name, Path(tmp) / row, source)
    shown = [*args.sets, *(f"{n}~{layout}" for layout in args.layouts for n in args.sets)]
    print(table({k: results[k] for k in shown}))
    if args.counts:
        print("set        kind         tp/fp/fn   by language")
        for name in args.sets:
            print(counts(name, results[name]))
    for name in args.details:
        print(details(name, results[name]))
    print(f"({time.perf_counter() - start:.1f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
