#!/usr/bin/env python3
"""Build corpus/rNN.txt and gold/rNN.json from the article definitions in src/art_*.py.

Evidence is given as a fragment; it is expanded to the whole sentence that contains it
(within its paragraph) and checked to be an exact substring of the body.
After writing, a self-check turns every required gold row into a prediction and scores it
with shared/eval/score.py: it must give P = R = 1 on all four kinds.
"""
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORE = Path('/work/shared/eval/score.py')
MIN_WORDS, MAX_WORDS, N_ARTICLES = 220, 420, 24
ARTS = []


def A(id, lang, date, url, text, ents, roles=(), inv=(), parts=(), claims=(), notes=""):
    ARTS.append(dict(id=id, lang=lang, date=date, url=url, text=text.strip("\n"), ents=ents,
                     roles=roles, inv=inv, parts=parts, claims=claims, notes=notes))


def R(person, role, org, frag, opt=False):
    return dict(person=person, role=role, org=org, _frag=frag, optional=opt)


def I(investor, place, amount, currency, period, purpose, frag, opt=False, alts=None):
    d = dict(investor=investor, place=place, amount=amount, currency=currency, period=period,
             purpose=purpose, _frag=frag, optional=opt)
    if alts:
        d["investor_alternatives"] = alts
    return d


def P(a, b, program, frag, opt=False, a_alt=None, b_alt=None):
    d = dict(a=a, b=b, program=program, _frag=frag, optional=opt)
    if a_alt:
        d["a_alternatives"] = a_alt
    if b_alt:
        d["b_alternatives"] = b_alt
    return d


def C(subject, kind, value, unit, frag, opt=False, note=None):
    d = dict(subject=subject, kind=kind, value=value, unit=unit, _frag=frag, optional=opt)
    if note:
        d["note"] = note
    return d


SENT_END = re.compile(r"(?<=[.!?])[»”\"]?\s+(?=[«“\"¿¡A-ZÁÉÍÓÚÑÀÂÇÈÊÎÔ0-9])")


def sentence(body_paras, frag, where):
    for para in body_paras:
        pos = para.find(frag)
        if pos < 0:
            continue
        starts = [0] + [m.end() for m in SENT_END.finditer(para)]
        ends = [m.start() + (1 if para[m.start()] in ".!?" else 0) for m in SENT_END.finditer(para)]
        # sentence boundaries: start = last start <= pos, end = first boundary >= pos+len(frag)
        s = max(x for x in starts if x <= pos)
        e_candidates = [m.end() for m in SENT_END.finditer(para) if m.start() >= pos + len(frag) - 1]
        if e_candidates:
            m_end = min(e_candidates)
            sent = para[s:m_end].rstrip()
        else:
            sent = para[s:].rstrip()
        assert frag in sent, (where, frag)
        return sent
    sys.exit(f"{where}: evidence fragment not found: {frag!r}")


def main():
    for f in sorted((ROOT / "src").glob("art_*.py")):
        exec(compile(f.read_text(encoding="utf-8"), str(f), "exec"), globals())
    seen_ids = set()
    ent_owner = {}
    for a in ARTS:
        assert a["id"] not in seen_ids, a["id"]
        seen_ids.add(a["id"])
        lines = a["text"].split("\n")
        headline, body = lines[0], "\n".join(lines[1:]).strip()
        paras = [p for p in body.split("\n\n") if p.strip()]
        words = len(a["text"].split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            sys.exit(f"{a['id']}: {words} words (want {MIN_WORDS}-{MAX_WORDS})")
        a["words"] = words
        if not re.fullmatch(r"r\d\d", a["id"]):
            sys.exit(f"bad id {a['id']}")
        fm = ["---", f"url: {a['url']}", f"lang: {a['lang']}"]
        if a["date"]:
            fm.append(f"date: {a['date']}")
        fm.append("---")
        (ROOT / "corpus" / f"{a['id']}.txt").write_text("\n".join(fm) + "\n" + headline + "\n\n" + body + "\n",
                                                        encoding="utf-8")
        ents = []
        names = set()
        for name, typ, aliases in a["ents"]:
            ents.append(dict(name=name, type=typ, aliases=list(aliases)))
            names.add(name)
            if typ != "Place":
                prev = ent_owner.get(name)
                if prev and prev != a["id"]:
                    print(f"NOTE {a['id']}: entity {name!r} also in {prev}", file=sys.stderr)
                ent_owner[name] = a["id"]

        def need(n, where):
            if n is None:
                return
            for x in (n if isinstance(n, list) else [n]):
                if x not in names:
                    sys.exit(f"{a['id']} {where}: {x!r} not in entities")

        out = {k: [] for k in ("roles", "investments", "partnerships", "claims")}
        for kind, rows, fields in (("roles", a["roles"], ("person", "org")),
                                   ("investments", a["inv"], ("investor", "place", "investor_alternatives")),
                                   ("partnerships", a["parts"], ("a", "b", "a_alternatives", "b_alternatives")),
                                   ("claims", a["claims"], ("subject",))):
            for r in rows:
                r = dict(r)
                for fld in fields:
                    need(r.get(fld), f"{kind}.{fld}")
                frag = r.pop("_frag")
                r["evidence"] = sentence(paras, frag, f"{a['id']} {kind}")
                assert r["evidence"] in body
                if not r["optional"]:
                    del r["optional"]
                out[kind].append(r)
        gold = dict(id=a["id"], file=f"{a['id']}.txt", lang=a["lang"],
                    meta=dict(url=a["url"], date=a["date"]), entities=ents, **out, notes=a["notes"])
        (ROOT / "gold" / f"{a['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                                       encoding="utf-8")
    # summary table
    rows = []
    tot = {}
    for a in ARTS:
        g = json.loads((ROOT / "gold" / f"{a['id']}.json").read_text(encoding="utf-8"))
        cells = []
        for k in ("roles", "investments", "partnerships", "claims"):
            n = len(g[k]); o = sum(1 for x in g[k] if x.get("optional"))
            t = tot.setdefault((a["lang"], k), [0, 0]); t[0] += n; t[1] += o
            cells.append(f"{n} ({o})" if o else f"{n}")
        rows.append((a, cells))
    json.dump({f"{l}|{k}": v for (l, k), v in tot.items()}, open(ROOT / "src" / "counts.json", "w"), indent=1)
    with open(ROOT / "src" / "table.md", "w", encoding="utf-8") as fh:
        for a, cells in rows:
            headline = a["text"].split("\n")[0]
            fh.write(f"| {a['id']} | {a['lang']} | {a['date'] or 'unknown'} | {headline} | " + " | ".join(cells) + " |\n")
    print(len(ARTS), "articles,", "words per article", min(a["words"] for a in ARTS), "-", max(a["words"] for a in ARTS))
    if len(ARTS) != N_ARTICLES:
        sys.exit(f"expected {N_ARTICLES} articles, got {len(ARTS)}")
    self_check()


def first(x):
    return x[0] if isinstance(x, list) else x


def self_check():
    """Every required gold row as a prediction must give P = R = 1 with score.py."""
    preds = {k: [] for k in ("roles", "investments", "partnerships", "claims")}
    for f in sorted((ROOT / "gold").glob("r*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        for r in g["roles"]:
            if not r.get("optional"):
                preds["roles"].append(dict(file=g["file"], person=r["person"], role=first(r["role"]), org=first(r["org"])))
        for r in g["investments"]:
            if not r.get("optional"):
                preds["investments"].append(dict(file=g["file"], investor=r["investor"], place=first(r["place"]),
                                                 amount=r["amount"], currency=r["currency"]))
        for r in g["partnerships"]:
            if not r.get("optional"):
                preds["partnerships"].append(dict(file=g["file"], a=r["a"], b=r["b"]))
        for r in g["claims"]:
            if not r.get("optional"):
                preds["claims"].append(dict(file=g["file"], kind=r["kind"], value=r["value"]))
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(preds, fh, ensure_ascii=False)
    out = subprocess.run([sys.executable, str(SCORE), str(ROOT / "gold"), "--predictions", fh.name, "--json"],
                         capture_output=True, text=True)
    Path(fh.name).unlink()
    if out.returncode != 0:
        sys.exit("self-check: score.py failed: " + out.stderr[-500:])
    res = json.loads(out.stdout)
    bad = []
    for k in ("roles", "investments", "partnerships", "claims"):
        r = res[k]
        print(f"self-check {k:<13} P={r['precision']:.3f} R={r['recall']:.3f} tp={r['tp']} fp={r['fp']} fn={r['fn']}")
        if r["precision"] != 1.0 or r["recall"] != 1.0:
            bad.append(k)
            for m in r["missed"]:
                print("   missed", json.dumps(m, ensure_ascii=False))
            for w in r["wrong"]:
                print("   wrong ", json.dumps(w, ensure_ascii=False))
    if bad:
        sys.exit(f"self-check failed for {bad}")
    print("self-check OK: P = R = 1.000 on all four kinds")


if __name__ == "__main__":
    main()
