"""Entity clusters: which entity IRIs name one real entity.

KB links come first: every article already gives a KB entity its KB IRI, and two KB entities are never
merged. A minted entity (a name the KB lacks) joins another entity of the SAME type when their names
match (kg.merge.names: folded form, consonant skeleton, fuzzy ratio, transliteration across scripts),
their countries do not differ, and, for matches that rest on less than identical folded names of people
or on short or cross-script names of two minted entities, their articles share some other entity
(context). A city and a region are different types and never merge.

Clustering is deterministic: candidate pairs are taken best score first (then by IRI) and two clusters
are joined only when every pair across them matches (complete linkage), holds at most one KB entity and
no `kg unmerge` veto. The result depends only on the set of entities in a match-connected region, so
recomputing the regions an article touches gives the same clusters as a full rebuild.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import fuzz, process

from .names import name_similarity, script, skeleton
from .snapshot import EntityInfo, Snapshot

MAX_NAMES = 24
CANDIDATE_CUTOFF = 70


@dataclass(frozen=True)
class Edge:
    score: float
    method: str
    a: str
    b: str
    detail: str


class EntityMatcher:
    def __init__(self, snapshot: Snapshot):
        self.snap = snapshot
        self.index: dict[str, tuple[list[str], list[str]]] = {}  # type -> (skeletons, iris)
        for info in snapshot.entities.values():
            skeletons, iris = self.index.setdefault(info.entity_type, ([], []))
            for name in self._names(info):
                key = skeleton(name)
                if key:
                    skeletons.append(key)
                    iris.append(info.iri)
        self._edges: dict[tuple[str, str], Edge | None] = {}

    @staticmethod
    def _names(info: EntityInfo) -> list[str]:
        return sorted(info.names)[:MAX_NAMES]

    def candidates(self, iri: str) -> set[str]:
        info = self.snap.entities.get(iri)
        if info is None:
            return set()
        skeletons, iris = self.index.get(info.entity_type, ([], []))
        out = set()
        for name in self._names(info):
            key = skeleton(name)
            if not key:
                continue
            for _, _, pos in process.extract(key, skeletons, scorer=fuzz.ratio, score_cutoff=CANDIDATE_CUTOFF,
                                             limit=None):
                out.add(iris[pos])
        out.discard(iri)
        return {c for c in out if self.edge(iri, c) is not None}

    def edge(self, a: str, b: str) -> Edge | None:
        key = (a, b) if a < b else (b, a)
        if key not in self._edges:
            self._edges[key] = self._match(*key)
        return self._edges[key]

    def _match(self, a: str, b: str) -> Edge | None:
        x, y = self.snap.entities.get(a), self.snap.entities.get(b)
        if x is None or y is None or x.entity_type != y.entity_type or (x.kb and y.kb):
            return None
        if x.country and y.country and x.country != y.country:
            return None
        best = (0.0, "", "")
        for p in self._names(x):
            for q in self._names(y):
                score, method = name_similarity(p, q)
                if score > best[0] or (score == best[0] and score and f"{p}|{q}" < best[2]):
                    best = (score, method, f"{p}|{q}")
        score, method, pair = best
        if not score:
            return None
        p, q = pair.split("|", 1)
        shared = self.snap.context(a) & self.snap.context(b)
        cross = script(p) != script(q)
        short = min(len(skeleton(p)), len(skeleton(q))) < 5
        needs_context = ((x.entity_type == "Person" and method != "folded")
                         or (cross and not (x.kb or y.kb) and (short or method != "transliteration"))
                         or (short and method != "folded"))
        if needs_context and not shared:
            return None
        detail = f"{p} ~ {q} [{skeleton(p)} / {skeleton(q)}]"
        if shared:
            detail += f"; {len(shared)} shared co-mentioned entities"
        return Edge(score, method, a, b, detail)


def region(matcher: EntityMatcher, seeds) -> set[str]:
    """The seeds, their current clusters and everything match-connected to them."""
    snap = matcher.snap
    out: set[str] = set()
    frontier = list(seeds)
    while frontier:
        iri = frontier.pop()
        if iri in out:
            continue
        out.add(iri)
        frontier.extend(snap.old_cluster(iri) - out)
        frontier.extend(matcher.candidates(iri) - out)
    return out


def cluster(matcher: EntityMatcher, iris) -> tuple[dict[str, str], dict[str, Edge]]:
    """({member: representative}, {member: the edge it joined by}) for the existing entities in `iris`."""
    snap = matcher.snap
    nodes = sorted(i for i in iris if i in snap.entities)
    edges = [e for a, b in combinations(nodes, 2) if (e := matcher.edge(a, b)) is not None]
    edges.sort(key=lambda e: (-e.score, e.a, e.b))
    members = {n: {n} for n in nodes}
    root = {n: n for n in nodes}

    def allowed(left: set[str], right: set[str]) -> bool:
        if sum(snap.entities[i].kb for i in left | right) > 1:
            return False
        for i in left:
            if snap.vetoes.get(i, set()) & right:
                return False
            for j in right:
                if matcher.edge(i, j) is None:
                    return False
        return True

    for edge in edges:
        ra, rb = root[edge.a], root[edge.b]
        if ra == rb or not allowed(members[ra], members[rb]):
            continue
        merged = members[ra] | members.pop(rb)
        members[ra] = merged
        for m in merged:
            root[m] = ra
    rep: dict[str, str] = {}
    joined: dict[str, Edge] = {}
    for group in members.values():
        head = min(group, key=lambda i: (not snap.entities[i].kb, i))
        for m in group:
            rep[m] = head
            if m != head:
                joined[m] = max((matcher.edge(m, o) for o in group if o != m),
                                key=lambda e: (e.score, e.b if e.a == m else e.a))
    return rep, joined
