"""Issue 4, merging across articles and languages: entity clusters, canonical events, merge records.

- `kg.merge.names`: name keys (folding, the Arabic/Latin consonant skeleton of kg/lang/ar/transliteration.tsv);
- `kg.merge.entities`: which entity IRIs are one real entity;
- `kg.merge.events`: which event mentions are one real event;
- `kg.merge.snapshot`: what merging reads from the store;
- `kg.merge.layer`: the canonical layer's graphs, incremental updates, `kg merges` and `kg unmerge`.
"""
from __future__ import annotations

from .layer import Merger, Summary
from .snapshot import CANONICAL_GRAPH, MERGES_GRAPH, VETOES_GRAPH

__all__ = ["Merger", "Summary", "CANONICAL_GRAPH", "MERGES_GRAPH", "VETOES_GRAPH"]
