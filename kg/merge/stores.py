"""`kg merge-store A B --into C`: one store from several, as if everything had been ingested into it.

Article graphs are copied as they are (an article both stores hold in different versions keeps the
newest, by its ingest stamp), `kg unmerge` vetoes are copied too, and the target's canonical layer is
then updated incrementally for the copied articles: the same update an ingest runs.
"""
from __future__ import annotations

import gc
from pathlib import Path

import pyoxigraph as ox

from ..store import Store
from .layer import Merger
from .snapshot import VETOES_GRAPH, N, is_article_graph


def merge_stores(sources: list[str], target: str) -> str:
    copied = skipped = 0
    with Store(target) as into:
        merger = Merger(into)
        for source in sources:
            if Path(source).resolve() == Path(into.path).resolve():
                continue
            reader = Store(source, read_only=True)
            try:
                docs, quads = [], []
                for doc in reader.docs():
                    versions = sorted(reader.article_graphs(doc), key=lambda v: v[2])
                    if not versions:
                        continue
                    name, digest, stamp = versions[-1]
                    mine = into.article_graphs(doc)
                    if any(h == digest for _, h, _ in mine) or any(s > stamp for _, _, s in mine):
                        skipped += 1
                        continue
                    docs.append(doc)
                    quads += list(reader.ox.quads_for_pattern(None, None, None, N(name)))
                vetoes = list(reader.ox.quads_for_pattern(None, None, None, N(VETOES_GRAPH)))
            finally:
                reader.close()
                gc.collect()
            before = merger.capture(docs)
            new_graphs = {q.graph_name.value for q in quads if is_article_graph(q.graph_name)}
            into.ox.extend(quads + vetoes)
            for doc in docs:  # the copied version replaces any older one
                for name, _, _ in into.article_graphs(doc):
                    if name not in new_graphs:
                        into.ox.remove_graph(ox.NamedNode(name))
            merger.after_write(docs, before)
            copied += len(docs)
    return f"{copied} articles merged into {target}, {skipped} already there"
