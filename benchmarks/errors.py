"""The misses and wrong rows of a corpus, grouped by cause class (for error analysis).

    .venv/bin/python benchmarks/errors.py            # train
    .venv/bin/python benchmarks/errors.py dev -v     # dev, with every row under its class

Each missed gold row and each wrong predicted row is put in one class by comparing it with
the other rows of its file: a missed role whose person kg found with another organization is
`wrong organization`, one whose person kg never recognized is `person not recognized`, a missed
investment whose investor and place kg found with another amount is `amount`, and so on. The
classes are a first sort for reading, not a verdict. The validation set is refused: only its
scores are ever read.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from score import KG, KINDS, SHARED, corpus, gold

ROOT = Path(__file__).resolve().parent.parent


def load_scorer():
    spec = importlib.util.spec_from_file_location("scorer", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predictions(scorer, store: Path) -> dict[str, list[dict]]:
    return scorer.run_queries(KG, str(store), str(ROOT / "queries"))


def entity_forms(store: Path) -> dict[str, set[str]]:
    """File name -> the folded forms of every entity kg recognized in that article."""
    query = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
SELECT ?file ?form WHERE { GRAPH ?g { ?a kg:fileName ?file . ?e kg:mentionedAs ?form } }"""
    out = subprocess.run([KG, "query", query, "--store", str(store), "--format", "json"],
                         check=True, capture_output=True, text=True)
    forms: dict[str, set[str]] = defaultdict(set)
    for row in json.loads(out.stdout)["results"]["bindings"]:
        forms[row["file"]["value"]].add(row["form"]["value"])
    return forms


class Classifier:
    def __init__(self, scorer, golds: list[dict], preds: dict[str, list[dict]],
                 forms: dict[str, set[str]]):
        self.s = scorer
        self.names = scorer.Names(golds)
        self.golds = {g["file"]: g for g in golds}
        self.forms = forms
        self.rows: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for kind in KINDS:
            for row in preds[kind]:
                self.rows[kind, Path(str(row.get("file", ""))).name].append(row)

    def same(self, predicted, gold) -> bool:
        return self.names.same(predicted, gold)

    def recognized(self, file: str, gold_name) -> bool:
        return any(self.same(form, gold_name) for form in self.forms.get(file, ()))

    def missed(self, kind: str, miss: dict) -> str:
        file, rows = miss["file"], self.rows[kind, miss["file"]]
        if kind == "roles":
            mine = [r for r in rows if self.same(r.get("person"), miss["person"])]
            if mine:
                if miss.get("org") is not None and not any(
                        self.same(r.get("org"), miss["org"]) for r in mine):
                    return "wrong organization"
                return "title"
            if not self.recognized(file, miss["person"]):
                return "person not recognized"
            if miss.get("org") is not None and not self.recognized(file, miss["org"]):
                return "organization not recognized"
            return "no role read (trigger or attachment)"
        if kind == "investments":
            investors = [miss["investor"], *miss.get("investor_alternatives", [])]
            mine = [r for r in rows if self.same(r.get("investor"), investors)]
            if mine:
                if not any(self.same(r.get("place"), miss["place"]) for r in mine):
                    return "place"
                if miss.get("amount") is not None and not any(
                        self.s.close(r.get("amount"), miss["amount"]) for r in mine):
                    return "amount"
                return "currency"
            if miss.get("amount") is not None and any(
                    self.s.close(r.get("amount"), miss["amount"]) for r in rows):
                return "wrong investor"
            if not self.recognized(file, investors):
                return "investor not recognized"
            return "no investment read (trigger)"
        if kind == "partnerships":
            sides = [[miss["a"], *miss.get("a_alternatives", [])],
                     [miss["b"], *miss.get("b_alternatives", [])]]
            if any(self.same(r.get(x), side) for r in rows for x in ("a", "b") for side in sides):
                return "one partner wrong"
            if not all(self.recognized(file, side) for side in sides):
                return "partner not recognized"
            return "no partnership read (trigger)"
        same_kind = [r for r in rows
                     if self.s.fold(self.s.local_name(r.get("kind"))).replace(" ", "_")
                     == miss["kind"]]
        if same_kind:
            return "value"
        if any(self.s.close(r.get("value"), miss["value"]) for r in rows):
            return "kind"
        return "no claim read (trigger)"

    def wrong(self, kind: str, row: dict) -> str:
        gold = self.golds.get(row["file"], {})
        facts = gold.get(kind, [])
        if kind == "roles":
            mine = [g for g in facts if self.same(row.get("person"), g["person"])]
            if not mine:
                people = [e["name"] for e in gold.get("entities", []) if e.get("type") == "Person"]
                return "not a fact of the gold" if self.same(row.get("person"), people) else (
                    "not a person of the gold (name)")
            if not any(g.get("org") is None or self.same(row.get("org"), g["org"]) for g in mine):
                return "wrong organization"
            return "title"
        if kind == "investments":
            mine = [g for g in facts if self.same(
                row.get("investor"), [g["investor"], *g.get("investor_alternatives", [])])]
            if not mine:
                if any(self.s.close(row.get("amount"), g.get("amount")) for g in facts):
                    return "wrong investor"
                return "not an investment of the gold"
            if not any(self.same(row.get("place"), g["place"]) for g in mine):
                return "place"
            return "amount or currency"
        if kind == "partnerships":
            if any(self.same(row.get(x), [g[y], *g.get(y + "_alternatives", [])])
                   for g in facts for x in ("a", "b") for y in ("a", "b")):
                return "one partner wrong"
            return "not a partnership of the gold"
        if any(self.s.close(row.get("value"), g["value"]) for g in facts):
            return "kind"
        return "value or not a claim of the gold"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", nargs="?", default="train",
                        choices=["seeds", "train", "dev",
                                 *(f"probes{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8))])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the rows too")
    args = parser.parse_args()
    scorer = load_scorer()
    golds = [json.loads(p.read_text(encoding="utf-8"))
             for p in sorted(gold(args.set).glob("*.json"))]
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        subprocess.run([KG, "ingest", str(corpus(args.set)), "--store", str(store), "--quiet"],
                       check=False, capture_output=True)
        preds = predictions(scorer, store)
        forms = entity_forms(store)
    result = scorer.score(golds, preds)
    classify = Classifier(scorer, golds, preds, forms)
    for kind in KINDS:
        groups: dict[str, list[dict]] = defaultdict(list)
        for miss in result[kind]["missed"]:
            groups["missed: " + classify.missed(kind, miss)].append(miss)
        for row in result[kind]["wrong"]:
            groups["wrong:  " + classify.wrong(kind, row)].append(row)
        r = result[kind]
        print(f"== {kind}: {r['fn']} missed, {r['fp']} wrong (F1 {r['f1']:.3f})")
        for cause, count in Counter({k: len(v) for k, v in groups.items()}).most_common():
            print(f"  {count:>4}  {cause}")
            if args.verbose:
                for row in groups[cause]:
                    print("          " + json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
