#!/usr/bin/env python3
"""Score kg's extraction on a set of articles with gold: ingest into a fresh store, export, score.

    python scripts/evaluate.py dev            # the dev set (dev/articles, dev/gold)
    python scripts/evaluate.py dev --lang ar  # only Arabic documents
    python scripts/evaluate.py blind          # dev/blind: written blind; its errors were studied once
    python scripts/evaluate.py blind2         # dev/blind2: written blind; measured, then its errors studied
    python scripts/evaluate.py blind3         # dev/blind3: written blind; measured, then its errors studied
    python scripts/evaluate.py blind4         # dev/blind4: written blind, only ever measured
    python scripts/evaluate.py blind5         # dev/blind5: written blind, in real outlets' styles, only ever measured
    python scripts/evaluate.py blind6         # dev/blind6: written blind in real outlets' styles; measured, then studied
    python scripts/evaluate.py blind7         # dev/blind7: the same, a later batch of other stories
    python scripts/evaluate.py seed           # the shared seed (../shared/eval)

Uses the same commands a user runs (`kg ingest`, `kg export --format events`) and the shared scorer.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
# this checkout's kg, whichever one is installed: `python -m kg` from the repository root
KG = [sys.executable, "-m", "kg"]
SETS = {"dev": (ROOT / "dev" / "articles", ROOT / "dev" / "gold"),
        # written by a teammate who never saw the extractor's code or output: not tuned on
        "blind": (ROOT / "dev" / "blind" / "articles", ROOT / "dev" / "blind" / "gold"),
        "blind2": (ROOT / "dev" / "blind2" / "articles", ROOT / "dev" / "blind2" / "gold"),
        "blind3": (ROOT / "dev" / "blind3" / "articles", ROOT / "dev" / "blind3" / "gold"),
        "blind4": (ROOT / "dev" / "blind4" / "articles", ROOT / "dev" / "blind4" / "gold"),
        "blind5": (ROOT / "dev" / "blind5" / "articles", ROOT / "dev" / "blind5" / "gold"),
        "blind6": (ROOT / "dev" / "blind6" / "articles", ROOT / "dev" / "blind6" / "gold"),
        "blind7": (ROOT / "dev" / "blind7" / "articles", ROOT / "dev" / "blind7" / "gold"),
        "seed": (SHARED / "articles", SHARED / "gold")}


def select(articles: Path, lang: str | None) -> list[Path]:
    """The articles of a set, or only those in one language (the language is the id's first part
    after an optional set or cluster prefix: `ar-...`, `cluster-en-...`, `blind4-ar-...`)."""
    files = sorted(articles.glob("*.txt"))
    if not lang:
        return files
    return [f for f in files if lang in f.stem.split("-")[:2]]


def main(argv=None) -> int:
    os.chdir(ROOT)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", choices=sorted(SETS))
    parser.add_argument("--lang", choices=["ar", "en"], help="only documents whose id starts with this language")
    parser.add_argument("--verbose", action="store_true", help="list missed and spurious events")
    args = parser.parse_args(argv)
    articles, gold = SETS[args.set]
    files = select(articles, args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        store, events = Path(tmp) / "store", Path(tmp) / "events.jsonl"
        subprocess.run([*KG, "ingest", "-q", "--store", str(store), *map(str, files)], check=False)
        subprocess.run([*KG, "export", "--store", str(store), "--format", "events", "-o", str(events)], check=True)
        docs = ",".join(f.stem for f in files)
        command = [sys.executable, str(SHARED / "score.py"), "--gold", str(gold), "--pred", str(events), "--docs", docs]
        return subprocess.run(command + (["--verbose"] if args.verbose else [])).returncode


if __name__ == "__main__":
    sys.exit(main())
