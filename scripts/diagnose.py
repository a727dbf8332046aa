#!/usr/bin/env python3
"""Why each gold event of a set was missed: no trigger, a trigger that was dropped, or wrong roles.

    python scripts/diagnose.py blind3 [--lang ar|en] [--show lexical|dropped|roles|modality] [--summary]

For every missed gold event the script finds the sentence holding its evidence and looks at what kg
did there:

- `roles`: kg produced an event of that type in the sentence, with another agent or patient;
- `modality`: kg found it but stored it as future, planned, hypothetical or attempted (not exported);
- `dropped`: a trigger of that type fired and was dropped (the reason is printed);
- `other-type`: kg found an event of another type in the evidence;
- `lexical`: nothing of that type in the sentence: no trigger, or the trigger was not recognised.

Spurious events are listed by rule, to see which rules cost precision. The scorer is the shared one.
"""
from __future__ import annotations

import argparse
import os
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from evaluate import KG, ROOT as _ROOT, SETS, select  # noqa: E402

os.chdir(_ROOT)
sys.path.insert(0, str(_ROOT))

SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", choices=sorted(SETS))
    parser.add_argument("--lang", choices=["ar", "en"])
    parser.add_argument("--show", action="append", default=[], help="list the misses of this kind")
    parser.add_argument("--spurious", action="store_true", help="list spurious events with their rule")
    args = parser.parse_args(argv)

    from kg.ingest import Processor
    from kg.read import read_file

    score = load_scorer()
    articles, gold_dir = SETS[args.set]
    files = select(articles, args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        store, events = Path(tmp) / "store", Path(tmp) / "events.jsonl"
        subprocess.run([*KG, "ingest", "-q", "--store", str(store), *map(str, files)], check=False)
        subprocess.run([*KG, "export", "--store", str(store), "--format", "events", "-o", str(events)],
                       check=True, capture_output=True)
        preds = score.load_jsonl(events)
    gold = [g for f in files for g in score.load_jsonl(gold_dir / f"{f.stem}.jsonl")] if gold_dir.is_dir() else []
    processor = Processor()
    kinds = Counter()
    by_type = defaultdict(Counter)
    listed = defaultdict(list)
    spurious_rules = Counter()
    for path in files:
        article = next(iter(read_file(path)))
        linked = processor.linked(article)
        extraction = linked.extraction
        doc_gold = [g for g in gold if g["doc"] == article.doc]
        doc_pred = [p for p in preds if p["doc"] == article.doc]
        pairs = score.align(doc_pred, doc_gold)
        hit_g = {j for i, j in pairs if score.triple_match(doc_pred[i], doc_gold[j])}
        hit_p = {i for i, j in pairs if score.triple_match(doc_pred[i], doc_gold[j])}
        for i, p in enumerate(doc_pred):
            if i not in hit_p:
                spurious_rules[(p.get("type"), p.get("rule") or "?")] += 1
                if args.spurious:
                    print(f"SPURIOUS {score.brief(p)}  [{p.get('rule')}]")

        def sentence_of(evidence: str) -> int | None:
            at = article.text.find(evidence)
            if at < 0:
                return None
            for index, s in enumerate(extraction.sentences):
                if s.start <= at < s.end:
                    return index
            return None

        for j, g in enumerate(doc_gold):
            if j in hit_g:
                continue
            index = sentence_of(g.get("evidence") or "")
            same = [e for e in extraction.events if e.evidence.sentence_index == index and e.event_type == g["type"]]
            drops = [d for d in extraction.dropped if d.sentence == index and d.event_type == g["type"]]
            others = [e for e in extraction.events if e.evidence.sentence_index == index and e.event_type != g["type"]
                      and e.evidence.span.text and g.get("evidence", "").find(e.evidence.trigger) >= 0]
            if any(e.modality == "asserted" for e in same):
                kind = "roles"
                why = "; ".join(f"{e.evidence.rule}: {_n(e.agent)} -> {_n(e.patient)}" for e in same)
            elif same:
                kind, why = "modality", ", ".join(e.modality for e in same)
            elif drops:
                kind, why = "dropped", "; ".join(f"{d.trigger.text}: {d.reason}" for d in drops)
            elif others:
                kind, why = "other-type", ", ".join(f"{e.event_type} ({e.evidence.trigger})" for e in others)
            else:
                kind, why = "lexical", ""
            kinds[kind] += 1
            by_type[g["type"]][kind] += 1
            listed[kind].append(f"[{article.doc}] {g['type']}({_g(g.get('agent'))} -> {_g(g.get('patient'))})"
                                f"\n      evidence: {g.get('evidence', '')[:140]}\n      kg: {why}")
    total = sum(kinds.values())
    print(f"missed {total}: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    for t, c in sorted(by_type.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {t:10} " + ", ".join(f"{k} {v}" for k, v in c.most_common()))
    print("spurious by rule: " + ", ".join(f"{t}/{r} {n}" for (t, r), n in spurious_rules.most_common(12)))
    for kind in args.show:
        print(f"\n== {kind}")
        for line in listed[kind]:
            print(line)
    return 0


def _n(mention) -> str:
    return mention.span.text if mention is not None else "-"


def _g(value) -> str:
    if not value:
        return "-"
    return " / ".join(value[:2]) if isinstance(value, list) else str(value)


if __name__ == "__main__":
    sys.exit(main())
