"""The canonical layer in the store, kept up to date incrementally.

Graphs (article graphs are never touched):
- `<graph/canonical>`: `member owl:sameAs representative` for every merged entity; one
  kg:CanonicalEvent per real event (agent, patient, place, date, every kg:reportedDate, kg:articleCount,
  kg:outletCount, kg:firstReported, kg:negated, kg:modality); `mention kg:canonicalEvent canonical`.
- `<graph/merges>`: one kg:Merge per merged entity or event mention: kg:mergedFrom, kg:mergedInto,
  kg:method, kg:score, rdfs:comment (the evidence), with an id `kg merges` shows and `kg unmerge` takes.
- `<graph/unmerged>`: `a owl:differentFrom b` left by `kg unmerge`, honoured by every later merge.

`Merger.update(entity_seeds, mention_seeds)` recomputes only what the seeds touch: the entity regions
match-connected to the seed entities (with their current clusters), then the event blocks of the seed
mentions, of the mentions whose entities changed cluster, and of the canonical events they were in.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib.namespace import OWL, RDF, RDFS, XSD

from ..iri import BASE
from ..namespace import KG, MODALITY
from .entities import EntityMatcher, cluster, region
from .events import block_key, canonical_iri, cluster_block
from .snapshot import CANONICAL_GRAPH, MERGES_GRAPH, VETOES_GRAPH, N, Snapshot, doc_parts_in_store

MERGE = BASE + "merge/"


def merge_id(kind: str, member: str) -> str:
    return hashlib.sha1(f"{kind}|{member}".encode()).hexdigest()[:12]


def _lit(value, datatype) -> ox.Literal:
    return ox.Literal(str(value), datatype=N(datatype))


@dataclass
class Summary:
    entity_region: int = 0
    entities_changed: int = 0
    blocks: int = 0
    canonical_removed: int = 0
    canonical_written: int = 0

    def __str__(self) -> str:
        return (f"{self.entities_changed} entities re-clustered (of {self.entity_region} looked at), "
                f"{self.blocks} event blocks, {self.canonical_written} canonical events written, "
                f"{self.canonical_removed} replaced")


class Merger:
    def __init__(self, store):
        self.store = store
        self.ox = store.ox

    # ---- entry points --------------------------------------------------------------------------
    def capture(self, docs) -> tuple[set[str], set[str]]:
        """The entities and mentions of the stored versions of `docs`: call before replacing or removing them."""
        return doc_parts_in_store(self.store, docs)

    def after_write(self, docs, before: tuple[set[str], set[str]] = (set(), set())) -> Summary:
        """Update the canonical layer for articles just written (and the versions they replaced)."""
        entities, mentions = doc_parts_in_store(self.store, docs)
        return self.update(entities | before[0], mentions | before[1])

    def remove(self, doc: str) -> bool:
        """Drop an article and everything the canonical layer held because of it."""
        before = self.capture([doc])
        found = self.store.remove(doc)
        if found:
            self.update(*before)
        return found

    def rebuild(self) -> Summary:
        snap = Snapshot(self.store)
        stale_e = set(snap.rep) | {r for r in snap.rep.values()}
        return self.update(set(snap.entities) | stale_e, set(snap.mentions) | set(snap.link), snap)

    # ---- the incremental update ----------------------------------------------------------------
    def update(self, entity_seeds, mention_seeds, snap: Snapshot | None = None) -> Summary:
        snap = snap or Snapshot(self.store)
        summary = Summary()
        matcher = EntityMatcher(snap)
        area = region(matcher, entity_seeds)
        new_rep, joined = cluster(matcher, area)
        old_rep = {i: snap.rep.get(i, i) for i in area}
        changed = {i for i in area if old_rep[i] != new_rep.get(i, i) or i not in snap.entities}
        summary.entity_region, summary.entities_changed = len(area), len(changed)

        def rep(iri: str) -> str:
            return new_rep.get(iri, iri) if iri in area else snap.rep.get(iri, iri)

        self._write_entities(snap, area, new_rep, joined)

        seeds = set(mention_seeds)
        for iri in changed:
            seeds |= snap.entity_mentions.get(iri, set())
        touched_old = {snap.link[m] for m in seeds if m in snap.link}
        for canon in touched_old:
            seeds |= snap.canon_members.get(canon, set())
        keys = {block_key(snap.mentions[m], rep) for m in seeds if m in snap.mentions}
        blocks: dict[tuple, list] = defaultdict(list)
        for mention in snap.mentions.values() if keys else ():
            key = block_key(mention, rep)
            if key in keys:
                blocks[key].append(mention)
        members = {m.iri for block in blocks.values() for m in block}
        old_canon = touched_old | {snap.link[m] for m in members if m in snap.link}
        for canon in old_canon:
            members |= snap.canon_members.get(canon, set())
        summary.blocks = len(blocks)
        self._remove_events(snap, old_canon, members | seeds)
        quads = []
        for key, mentions in sorted(blocks.items(), key=lambda kv: str(kv[0])):
            for c in cluster_block(sorted(mentions, key=lambda m: m.iri), rep, snap.vetoes):
                quads += self._canonical_quads(snap, key, c, rep)
                summary.canonical_written += 1
        summary.canonical_removed = len(old_canon)
        self._prune_vetoes(snap, entity_seeds, mention_seeds)
        if quads:
            self.ox.extend(quads)
        return summary

    # ---- writing -------------------------------------------------------------------------------
    def _remove_subjects(self, subjects, graph: str) -> None:
        g = N(graph)
        doomed = [q for s in subjects for q in self.ox.quads_for_pattern(N(s), None, None, g)]
        for quad in doomed:
            self.ox.remove(quad)

    def _write_entities(self, snap: Snapshot, area, new_rep, joined) -> None:
        self._remove_subjects(area, CANONICAL_GRAPH)
        self._remove_subjects([MERGE + merge_id("entity", i) for i in area], MERGES_GRAPH)
        canonical, merges, quads = N(CANONICAL_GRAPH), N(MERGES_GRAPH), []
        for member, head in sorted(new_rep.items()):
            if member == head:
                continue
            quads.append(ox.Quad(N(member), N(OWL.sameAs), N(head), canonical))
            edge = joined[member]
            node = N(MERGE + merge_id("entity", member))
            quads += [ox.Quad(node, N(RDF.type), N(KG.Merge), merges),
                      ox.Quad(node, N(KG.mergedFrom), N(member), merges),
                      ox.Quad(node, N(KG.mergedInto), N(head), merges),
                      ox.Quad(node, N(KG.method), ox.Literal(f"entity:{edge.method}"), merges),
                      ox.Quad(node, N(KG.score), _lit(edge.score, XSD.decimal), merges),
                      ox.Quad(node, N(RDFS.comment), ox.Literal(edge.detail), merges)]
        if quads:
            self.ox.extend(quads)

    def _remove_events(self, snap: Snapshot, canons, mentions) -> None:
        self._remove_subjects(canons, CANONICAL_GRAPH)
        self._remove_subjects(mentions, CANONICAL_GRAPH)
        self._remove_subjects([MERGE + merge_id("event", m) for m in mentions], MERGES_GRAPH)

    def _canonical_quads(self, snap: Snapshot, key, c, rep) -> list[ox.Quad]:
        event_type, negated, modality, agent, patient = key
        first = min(m.iri for m in c.members)
        node = N(canonical_iri(first))
        g, merges = N(CANONICAL_GRAPH), N(MERGES_GRAPH)
        quads = [ox.Quad(node, N(RDF.type), N(KG.CanonicalEvent), g),
                 ox.Quad(node, N(KG.negated), _lit(str(negated).lower(), XSD.boolean), g)]
        if modality and modality in MODALITY:
            quads.append(ox.Quad(node, N(KG.modality), N(MODALITY[modality]), g))
        if agent:
            quads.append(ox.Quad(node, N(KG.agent), N(agent), g))
        if patient:
            quads.append(ox.Quad(node, N(KG.patient), N(patient), g))
        if len(c.places) == 1:
            quads.append(ox.Quad(node, N(KG.place), N(next(iter(c.places))), g))
        sources = {rep(m.roles["source"]) for m in c.members if "source" in m.roles}
        for source in sorted(sources):
            quads.append(ox.Quad(node, N(KG.source), N(source), g))
        datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}
        if c.anchor:
            quads.append(ox.Quad(node, N(KG.date), _lit(c.anchor, datatype[len(c.anchor)]), g))
        for value in sorted(c.dates):
            quads.append(ox.Quad(node, N(KG.reportedDate), _lit(value, datatype.get(len(value), XSD.string)), g))
        articles = {m.article for m in c.members}
        infos = [snap.articles[a] for a in articles if a in snap.articles]
        outlets = {i.publisher for i in infos if i.publisher}
        published = sorted(i.published for i in infos if i.published)
        quads.append(ox.Quad(node, N(KG.articleCount), _lit(len(articles), XSD.integer), g))
        if outlets:
            quads.append(ox.Quad(node, N(KG.outletCount), _lit(len(outlets), XSD.integer), g))
        if published:
            quads.append(ox.Quad(node, N(KG.firstReported), _lit(published[0], XSD.date), g))
        for m in c.members:
            quads.append(ox.Quad(N(m.iri), N(KG.canonicalEvent), node, g))
            if m.iri in c.joined:
                method, score = c.joined[m.iri]
                merge = N(MERGE + merge_id("event", m.iri))
                doc = snap.articles[m.article].doc if m.article in snap.articles else m.article
                quads += [ox.Quad(merge, N(RDF.type), N(KG.Merge), merges),
                          ox.Quad(merge, N(KG.mergedFrom), N(m.iri), merges),
                          ox.Quad(merge, N(KG.mergedInto), node, merges),
                          ox.Quad(merge, N(KG.method), ox.Literal(f"event:{method}"), merges),
                          ox.Quad(merge, N(KG.score), _lit(score, XSD.decimal), merges),
                          ox.Quad(merge, N(RDFS.comment), ox.Literal(
                              f"{event_type} in {doc} dated {m.date or 'nothing'}; the event's dates: "
                              f"{', '.join(sorted(c.dates)) or 'none'}"), merges)]
        return quads

    def _prune_vetoes(self, snap: Snapshot, entity_seeds, mention_seeds) -> None:
        """Vetoes about entities or mentions that no longer exist go with them."""
        gone = {i for i in entity_seeds if i not in snap.entities} | {m for m in mention_seeds if m not in snap.mentions}
        g = N(VETOES_GRAPH)
        doomed = [q for i in gone for q in (*self.ox.quads_for_pattern(N(i), None, None, g),
                                            *self.ox.quads_for_pattern(None, None, N(i), g))]
        for quad in doomed:
            self.ox.remove(quad)

    # ---- merges: list, explain, undo -----------------------------------------------------------
    def merges(self) -> list[dict]:
        g = N(MERGES_GRAPH)
        out = []
        for quad in self.ox.quads_for_pattern(None, N(RDF.type), N(KG.Merge), g):
            out.append(self.merge(quad.subject.value.rsplit("/", 1)[-1]))
        return sorted((m for m in out if m), key=lambda m: (m["method"], m["into"], m["from"]))

    def merge(self, ident: str) -> dict | None:
        node, g = N(MERGE + ident.rsplit("/", 1)[-1]), N(MERGES_GRAPH)
        values = defaultdict(list)
        for quad in self.ox.quads_for_pattern(node, None, None, g):
            values[quad.predicate.value].append(quad.object.value)
        if not values:
            return None
        return {"id": node.value.rsplit("/", 1)[-1], "iri": node.value,
                "from": values[str(KG.mergedFrom)][0], "into": values[str(KG.mergedInto)][0],
                "method": values[str(KG.method)][0] if values[str(KG.method)] else "",
                "score": float(values[str(KG.score)][0]) if values[str(KG.score)] else None,
                "detail": values[str(RDFS.comment)][0] if values[str(RDFS.comment)] else ""}

    def unmerge(self, ident: str) -> dict | None:
        """Undo one merge: the merged-away entity or mention leaves its cluster, for good."""
        record = self.merge(ident)
        if record is None:
            return None
        snap = Snapshot(self.store)
        member = record["from"]
        if record["method"].startswith("entity:"):
            others = snap.old_cluster(member) - {member}
            entity_seeds, mention_seeds = {member} | others, set()
        else:
            others = snap.canon_members.get(record["into"], set()) - {member}
            entity_seeds, mention_seeds = set(), {member} | others
        g = N(VETOES_GRAPH)
        self.ox.extend([ox.Quad(N(min(member, o)), N(OWL.differentFrom), N(max(member, o)), g) for o in sorted(others)])
        self.update(entity_seeds, mention_seeds)
        return record
