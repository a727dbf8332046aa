#!/usr/bin/env python3
"""Check the dev set: gold lines parse, keys are right, docs have articles,
evidence is verbatim, types are scored ones, dates are YYYY(-MM(-DD)).

Usage: python dev/validate.py [DEV_DIR]   (default: the folder of this script)
Standard library only. Exit status 1 when a problem is found.
"""
import json, re, sys
from collections import Counter
from pathlib import Path

KEYS = ["doc", "type", "agent", "patient", "place", "date", "quantity", "source", "negated", "evidence"]
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CLITICS = ("و", "ب", "ل", "ف")


def load_types(dev: Path) -> set:
    for tsv in (dev.parent / "../shared/eval/event-types.tsv", dev.parent.parent / "shared/eval/event-types.tsv",
                Path("/work/shared/eval/event-types.tsv")):
        if tsv.exists():
            rows = tsv.read_text(encoding="utf-8").splitlines()[1:]
            return {r.split("\t")[0] for r in rows if r.strip()}
    sys.exit("event-types.tsv not found")


def main() -> int:
    dev = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    types = load_types(dev)
    arts, gold = dev / "articles", dev / "gold"
    problems, per_type, per_doc, warnings = [], Counter(), Counter(), []
    for meta in sorted(arts.glob("*.json")):
        m = json.loads(meta.read_text(encoding="utf-8"))
        if m.get("doc") != meta.stem:
            problems.append(f"{meta.name}: doc id {m.get('doc')!r} != file name")
        if not DATE.match(str(m.get("published", ""))) or len(str(m.get("published"))) != 10:
            problems.append(f"{meta.name}: bad published date {m.get('published')!r}")
        if not (arts / (meta.stem + ".txt")).exists():
            problems.append(f"{meta.name}: no .txt")
    for gf in sorted(gold.glob("*.jsonl")):
        art = arts / (gf.stem + ".txt")
        if not art.exists():
            problems.append(f"{gf.name}: no article {art.name}")
            continue
        if not (arts / (gf.stem + ".json")).exists():
            problems.append(f"{gf.name}: no metadata {gf.stem}.json")
        text = art.read_text(encoding="utf-8")
        for n, line in enumerate(gf.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{gf.name}:{n}"
            try:
                e = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{where}: not JSON ({exc})")
                continue
            if list(e) != KEYS:
                problems.append(f"{where}: keys {list(e)} != {KEYS}")
            if e.get("doc") != gf.stem:
                problems.append(f"{where}: doc {e.get('doc')!r} != {gf.stem!r}")
            if e.get("type") not in types:
                problems.append(f"{where}: unknown type {e.get('type')!r}")
            ev = e.get("evidence") or ""
            if not ev or ev not in text:
                problems.append(f"{where}: evidence not verbatim in article: {ev[:60]!r}")
            d = e.get("date")
            if d is not None and not DATE.match(str(d)):
                problems.append(f"{where}: bad date {d!r}")
            q = e.get("quantity")
            if q is not None and not (isinstance(q, dict) and set(q) == {"value", "unit", "approx"}
                                      and isinstance(q["value"], (int, float)) and isinstance(q["approx"], bool)):
                problems.append(f"{where}: bad quantity {q!r}")
            if not isinstance(e.get("negated"), bool):
                problems.append(f"{where}: negated must be true/false")
            for role in ("agent", "patient", "place", "source"):
                v = e.get(role)
                if v is None:
                    continue
                if not (isinstance(v, list) and v and all(isinstance(x, str) and x for x in v)):
                    problems.append(f"{where}: {role} must be null or a non-empty list of names")
                    continue
                if re.search("[\u0600-\u06ff]", v[0]):
                    warnings.append(f"{where}: {role} has no English head: {v[0]!r}")
                for name in v[1:]:
                    if re.search("[\u0600-\u06ff]", name) and name not in text and not (
                            name.startswith("ال") and "ل" + name[1:] in text):
                        warnings.append(f"{where}: {role} form {name!r} not found in the article")
            if e.get("agent") is None and e.get("patient") is None:
                warnings.append(f"{where}: both agent and patient are null")
            per_type[e.get("type")] += 1
            per_doc[gf.stem] += 1
    for w in warnings:
        print("warning:", w)
    for p in problems:
        print("PROBLEM:", p)
    print(f"{sum(per_doc.values())} events in {len(per_doc)} gold docs; {len(list(arts.glob('*.txt')))} articles")
    for t in sorted(types):
        print(f"  {t:10s} {per_type.get(t, 0)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
