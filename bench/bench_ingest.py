#!/usr/bin/env python3
"""How fast and how big is `kg ingest`, next to the floor set by its two main dependencies?

Generates N Arabic articles (default 200) from a few template paragraphs, varying the names, places,
numbers and days, and measures in ONE process:

  (a) kg        the full ingest (read -> normalise -> analyse -> extract -> link -> RDF -> Oxigraph)
                into a fresh temporary store: articles/s, triples/s, words/s;
  (b) spaCy     bare `spacy.blank("ar")` tokenisation of the same texts: words/s;
  (c) Oxigraph  `Store.bulk_extend` of exactly the quads kg stored, into a fresh store, and
                `Store.bulk_load` of the same quads as N-Quads: quads/s.

The kg figure is cold, as a user runs it: it includes building the spaCy pipeline and loading the KB.

Memory: Python peak per phase (tracemalloc, second pass, so that tracing does not slow the timed
pass) and the growth of the process's peak RSS (resource.getrusage ru_maxrss) during the timed pass;
RSS is a process-wide high-water mark, so a phase only shows growth beyond earlier phases' peaks.

Usage: python bench/bench_ingest.py [--n 200] [--seed 0] [--no-trace] [--keep DIR]
This is a script, not a test: pytest does not collect it.
"""
from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import resource
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

LEADERS = [("فلاديمير بوتين", "بوتين"), ("دونالد ترامب", "ترامب"), ("فولوديمير زيلينسكي", "زيلينسكي"),
           ("رجب طيب أردوغان", "أردوغان"), ("إيمانويل ماكرون", "ماكرون"), ("محمد بن سلمان", "بن سلمان")]
PLACES = ["كورسك", "بيلغورود", "خاركيف", "دمشق", "بغداد", "الدوحة", "أنقرة", "غزة", "الخرطوم", "طرابلس"]
COUNTRIES = ["روسيا", "أوكرانيا", "تركيا", "فرنسا", "قطر", "مصر", "إيران", "السعودية"]
SOURCES = ["الكرملين", "وكالة ريا نوفوستي", "وزارة الدفاع الروسية", "البيت الأبيض", "وكالة الأنباء الرسمية"]
DAYS = ["يوم الاثنين", "يوم الثلاثاء", "يوم الأربعاء", "يوم الخميس", "يوم الجمعة", "الشهر الماضي", "الأسبوع الماضي"]
UNITS = ["طائرة مسيرة", "سفينة", "جندي", "صاروخ"]

TEMPLATES = [
    "زار الرئيس {leader} مدينة {place} {day} لأول مرة منذ بدء المعارك، وقال {source} إن {short} التقى مع "
    "المسؤولين المحليين وزار مستشفى المدينة.",
    "وقالت {country} إنها دمرت {n} {unit} أطلقتها {country2} على أراضيها الليلة الماضية، بينما اتهمت "
    "{country2} {country} بشن هجمات على منشآت الطاقة.",
    "تحدث {leader} مع الرئيس {leader2} {day}، ورفض مرة أخرى الالتزام بوقف إطلاق النار لمدة {days} يومًا "
    "اقترحته {country}، وفقًا لما نقلته {source}.",
    "أعلن الاتحاد الأوروبي {day} عن عقوبات جديدة ضد ما يقرب من {n} سفينة تنقل النفط من {country2}، "
    "وقال {short} إن بلاده لن تقبل هذه العقوبات.",
    "استعادت القوات {adjective} السيطرة على بلدة قرب {place} بعد معارك عنيفة استمرت {days} يومًا، "
    "وأفادت {source} أن {n} من المقاتلين قتلوا في الاشتباكات.",
]
ADJECTIVES = ["الروسية", "الأوكرانية", "التركية", "السورية", "السودانية"]


def make_articles(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    articles = []
    for i in range(n):
        paragraphs = []
        for template in rng.sample(TEMPLATES, k=3):
            (leader, short), (leader2, _) = rng.sample(LEADERS, k=2)
            country, country2 = rng.sample(COUNTRIES, k=2)
            paragraphs.append(template.format(
                leader=leader, short=short, leader2=leader2, place=rng.choice(PLACES), day=rng.choice(DAYS),
                source=rng.choice(SOURCES), country=country, country2=country2, n=rng.randint(3, 400),
                unit=rng.choice(UNITS), days=rng.choice([7, 15, 30, 60]), adjective=rng.choice(ADJECTIVES)))
        articles.append({"doc": f"bench-{i:05d}", "language": "ar", "published": f"2025-05-{1 + i % 28:02d}",
                         "outlet": "bench", "text": "\n".join(paragraphs)})
    return articles


def maxrss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB on Linux


class Phase:
    """Times a block and records how much the process's peak RSS grew during it."""

    def __enter__(self):
        gc.collect()
        self.rss0 = maxrss_mb()
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.t0
        self.rss_growth = maxrss_mb() - self.rss0


def traced_peak_mb(fn) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


# ---------------------------------------------------------------- the three workloads

def run_kg(jsonl: Path, store_dir: Path) -> dict:
    from kg.ingest import Ingester, summarise
    from kg.store import Store

    with Store(store_dir) as store:
        outcomes = Ingester(store).run([str(jsonl)])
    counts = summarise(outcomes)
    if counts["failed"]:
        failures = [o.message for o in outcomes if o.status == "failed"][:3]
        raise SystemExit(f"kg failed on {counts['failed']} articles: {failures}")
    return {"articles": counts["stored"], "triples": sum(o.triples for o in outcomes)}


def run_spacy(texts: list[str]) -> int:
    import spacy

    nlp = spacy.blank("ar")
    return sum(sum(1 for t in doc if not (t.is_space or t.is_punct)) for doc in nlp.pipe(texts))


def article_quads(store_dir: Path) -> list:
    """The quads kg wrote for the articles (the ontology graph it also keeps is left out)."""
    import pyoxigraph as ox

    from kg.store import ONTOLOGY_GRAPH

    store = ox.Store.read_only(str(store_dir))
    try:
        return [q for q in store if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == ONTOLOGY_GRAPH)]
    finally:
        del store
        gc.collect()


def run_bulk_extend(quads: list, store_dir: Path) -> int:
    import pyoxigraph as ox

    store = ox.Store(str(store_dir))
    store.bulk_extend(quads)
    store.flush()
    count = len(store)
    del store
    return count


def run_bulk_load(nquads: bytes, store_dir: Path) -> int:
    import pyoxigraph as ox

    store = ox.Store(str(store_dir))
    store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    store.flush()
    count = len(store)
    del store
    return count


# ---------------------------------------------------------------- main

def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="number of articles (default 200)")
    parser.add_argument("--seed", type=int, default=0, help="random seed for the generated articles")
    parser.add_argument("--no-trace", action="store_true", help="skip the tracemalloc pass (faster)")
    parser.add_argument("--keep", type=Path, default=None, help="keep the generated articles and stores here")
    args = parser.parse_args(argv)

    import pyoxigraph as ox
    import spacy

    work = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        articles = make_articles(args.n, args.seed)
        texts = [a["text"] for a in articles]
        jsonl = work / "articles.jsonl"
        jsonl.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
        chars = sum(len(t) for t in texts)

        # (b) first: the smallest footprint, so RSS growth of the later phases is not hidden by it
        with Phase() as spacy_phase:
            words = run_spacy(texts)
        with Phase() as kg_phase:
            kg_counts = run_kg(jsonl, work / "kg-store")
        quads = article_quads(work / "kg-store")
        nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
        with Phase() as extend_phase:
            extended = run_bulk_extend(quads, work / "ox-extend")
        with Phase() as load_phase:
            loaded = run_bulk_load(nquads, work / "ox-load")
        assert extended == loaded == len(quads), (extended, loaded, len(quads))

        peaks = {}
        if not args.no_trace:
            peaks["spacy"] = traced_peak_mb(lambda: run_spacy(texts))
            peaks["kg"] = traced_peak_mb(lambda: run_kg(jsonl, work / "kg-store-traced"))
            peaks["extend"] = traced_peak_mb(lambda: run_bulk_extend(quads, work / "ox-extend-traced"))
            peaks["load"] = traced_peak_mb(lambda: run_bulk_load(nquads, work / "ox-load-traced"))

        kg_s = kg_phase.seconds
        rows = [
            ("kg ingest (full)", f"{kg_counts['articles']} art / {kg_counts['triples']} tr / {words} w", kg_s,
             f"{kg_counts['articles'] / kg_s:,.1f} art/s  {kg_counts['triples'] / kg_s:,.0f} tr/s  "
             f"{words / kg_s:,.0f} w/s", peaks.get("kg"), kg_phase.rss_growth),
            ("spacy.blank('ar') tokenise", f"{words} words", spacy_phase.seconds,
             f"{words / spacy_phase.seconds:,.0f} w/s", peaks.get("spacy"), spacy_phase.rss_growth),
            ("oxigraph bulk_extend", f"{len(quads)} quads", extend_phase.seconds,
             f"{len(quads) / extend_phase.seconds:,.0f} q/s", peaks.get("extend"), extend_phase.rss_growth),
            ("oxigraph bulk_load (nq)", f"{len(quads)} quads", load_phase.seconds,
             f"{len(quads) / load_phase.seconds:,.0f} q/s", peaks.get("load"), load_phase.rss_growth),
        ]
        print(f"kg ingest benchmark: {args.n} generated Arabic articles, {chars:,} chars, {words:,} words "
              f"(seed {args.seed})")
        print(f"python {platform.python_version()}, spaCy {spacy.__version__}, pyoxigraph {ox.__version__}, "
              f"{platform.machine()} {platform.system()}")
        print()
        header = ("phase", "items", "seconds", "throughput", "py peak MB", "RSS growth MB")
        table = [header] + [(name, items, f"{sec:.3f}", rate, "-" if peak is None else f"{peak:.1f}", f"{rss:.1f}")
                            for name, items, sec, rate, peak, rss in rows]
        widths = [max(len(r[i]) for r in table) for i in range(len(header))]
        for i, row in enumerate(table):
            print("  ".join(c.ljust(w) if j in (0, 1, 3) else c.rjust(w) for j, (c, w) in enumerate(zip(row, widths))))
            if i == 0:
                print("  ".join("-" * w for w in widths))
        print()
        print("ratios (kg / baseline):")
        print(f"  words/s   kg / spacy.blank tokeniser  = {words / kg_s / (words / spacy_phase.seconds):.4f}"
              f"   (kg is {kg_s / spacy_phase.seconds:,.0f}x slower)")
        for name, phase in (("bulk_extend", extend_phase), ("bulk_load", load_phase)):
            ratio = (len(quads) / kg_s) / (len(quads) / phase.seconds)
            print(f"  quads/s   kg / oxigraph {name:11s}   = {ratio:.4f}   (kg is {kg_s / phase.seconds:,.0f}x slower)")
        if peaks:
            print(f"  py peak   kg / spacy.blank            = {peaks['kg'] / peaks['spacy']:.1f}x")
            print("  (tracemalloc sees Python allocations only: Oxigraph's RocksDB memory shows in RSS growth)")
        print(f"  process peak RSS: {maxrss_mb():.0f} MB")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
