"""Stage 9, export: what is in the store, as files other tools open.

- `events`: JSON lines in the format of ../shared/eval/README.md, one asserted event mention a line,
  built by querying the store (so any store can be scored), with its canonical event ("event") and
  that event's article count ("articles") next to the mention;
- `gexf` / `graphml`: canonical entities are nodes (one per real entity after merging: label, type,
  external ids, every member's names); canonical events are edges from agent to patient, one per
  (agent, patient, type), weighted by the number of articles reporting it;
- `ttl`, `trig`, `nq`, `jsonld`: the RDF itself (`ttl` merges all graphs, the others keep them).
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import IO

import networkx as nx
import pyoxigraph as ox

from .namespace import KG
from .store import ONTOLOGY_GRAPH, Store

RDF_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS,
               "nt": ox.RdfFormat.N_TRIPLES}
FORMATS = ("events", "gexf", "graphml", "ttl", "trig", "nq", "jsonld")

EVENTS_QUERY = """
PREFIX kg: <https://w3id.org/kg/ont#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?event ?doc ?type ?agent ?patient ?place ?source ?date ?value ?unit ?approx ?negated ?exact ?rule ?lexicon ?start
       ?canonical ?articles
WHERE {
  ?event a kg:Event ; a ?class ; kg:article ?article ; kg:negated ?negated ; kg:modality kg:Asserted ;
         kg:evidence ?evidence .
  ?class kg:eventType ?type .
  ?article kg:docId ?doc .
  ?evidence oa:exact ?exact ; oa:start ?start ; kg:rule ?rule .
  OPTIONAL { ?evidence kg:lexiconEntry ?lexicon }
  OPTIONAL { ?event kg:agent ?agent }
  OPTIONAL { ?event kg:patient ?patient }
  OPTIONAL { ?event kg:place ?place }
  OPTIONAL { ?event kg:source ?source }
  OPTIONAL { ?event kg:date ?date }
  OPTIONAL { ?event kg:quantity ?q . ?q kg:value ?value ; kg:unit ?unit ; kg:approximate ?approx }
  OPTIONAL { ?event kg:canonicalEvent ?canonical . OPTIONAL { ?canonical kg:articleCount ?articles } }
}
ORDER BY ?doc ?start ?type
"""

LABELS_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX kg: <https://w3id.org/kg/ont#>
SELECT DISTINCT ?entity ?label ?kind WHERE {
  { ?entity rdfs:label ?label . BIND("label" AS ?kind) }
  UNION
  { ?entity skos:altLabel ?label . BIND("alt" AS ?kind) }
  FILTER EXISTS { ?entity a ?type . FILTER(STRSTARTS(STR(?type), STR(kg:))) }
}
"""

ENTITIES_QUERY = """
PREFIX kg: <https://w3id.org/kg/ont#>
SELECT ?entity ?type ?wikidata ?geonames ?kbId WHERE {
  ?entity a ?type .
  FILTER(STRSTARTS(STR(?type), STR(kg:)))
  FILTER NOT EXISTS { ?entity a kg:Event }
  FILTER(?type NOT IN (kg:Event, kg:Mention, kg:Evidence, kg:Quantity, kg:Merge, kg:CanonicalEvent, kg:Modality))
  OPTIONAL { ?entity kg:wikidata ?wikidata }
  OPTIONAL { ?entity kg:geonames ?geonames }
  OPTIONAL { ?entity kg:kbId ?kbId }
}
"""


class Labels:
    """Every entity's names: the English label first when there is one."""

    def __init__(self, store: Store):
        self.labels: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for row in store.ox.query(LABELS_QUERY, use_default_graph_as_union=True):
            literal = row["label"]
            self.labels[row["entity"].value].append((row["kind"].value, literal.language or "", literal.value))

    def label(self, iri: str) -> str:
        names = self.labels.get(iri, [])
        for kind, lang, value in names:
            if kind == "label" and lang == "en":
                return value
        for kind, _, value in names:
            if kind == "label":
                return value
        return names[0][2] if names else iri.rsplit("/", 1)[-1]

    def all(self, iri: str) -> list[str]:
        primary = self.label(iri)
        seen, out = {primary}, []
        for _, _, value in sorted(self.labels.get(iri, []), key=lambda n: (n[0] != "label", n[1] != "ar")):
            if value not in seen:
                seen.add(value)
                out.append(value)
        return out

    def entity(self, term) -> dict | None:
        if term is None:
            return None
        iri = term.value
        return {"id": iri, "label": self.label(iri), "labels": self.all(iri)}


def event_records(store: Store) -> list[dict]:
    labels = Labels(store)
    records = []
    for row in store.ox.query(EVENTS_QUERY, use_default_graph_as_union=True):
        value = row["value"]
        quantity = None
        if value is not None:
            number = float(value.value)
            quantity = {"value": int(number) if number.is_integer() else number, "unit": row["unit"].value,
                        "approx": row["approx"].value == "true"}
        records.append({
            "doc": row["doc"].value, "type": row["type"].value,
            "agent": labels.entity(row["agent"]), "patient": labels.entity(row["patient"]),
            "place": labels.entity(row["place"]), "date": row["date"].value if row["date"] else None,
            "quantity": quantity, "source": labels.entity(row["source"]),
            "negated": row["negated"].value == "true", "evidence": row["exact"].value,
            "mention": row["event"].value,
            "event": row["canonical"].value if row["canonical"] else row["event"].value,
            "articles": int(row["articles"].value) if row["articles"] else 1,
            "rule": row["rule"].value,
            "lexicon": row["lexicon"].value if row["lexicon"] else None,
        })
    return records


def write_events(store: Store, out: IO[str]) -> int:
    records = event_records(store)
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(records)


CANONICAL_EVENTS_QUERY = """
PREFIX kg: <https://w3id.org/kg/ont#>
SELECT ?canonical ?type ?agent ?patient ?articles (GROUP_CONCAT(DISTINCT ?doc; separator=" ") AS ?docs)
       (GROUP_CONCAT(DISTINCT ?date; separator=" ") AS ?dates)
WHERE {
  ?canonical a kg:CanonicalEvent ; kg:negated false ; kg:modality kg:Asserted ;
             kg:agent ?agent ; kg:patient ?patient ; kg:articleCount ?articles .
  ?mention kg:canonicalEvent ?canonical ; a ?class ; kg:article ?article .
  ?class kg:eventType ?type . ?article kg:docId ?doc .
  OPTIONAL { ?canonical kg:reportedDate ?date }
}
GROUP BY ?canonical ?type ?agent ?patient ?articles
"""


def representatives(store: Store) -> dict[str, str]:
    """Entity IRI -> the IRI of its cluster's representative (kg.merge), for merged entities only."""
    from .merge import CANONICAL_GRAPH
    from rdflib.namespace import OWL

    return {q.subject.value: q.object.value for q in store.ox.quads_for_pattern(
        None, ox.NamedNode(str(OWL.sameAs)), None, ox.NamedNode(CANONICAL_GRAPH))}


def network(store: Store) -> nx.MultiDiGraph:
    """Canonical entities as nodes (one node per real entity, with every member's names), canonical events
    as agent -> patient edges, one per (agent, patient, type), weighted by the number of articles."""
    labels = Labels(store)
    rep = representatives(store)
    members: dict[str, list[str]] = defaultdict(list)
    for member, head in rep.items():
        members[head].append(member)
    graph = nx.MultiDiGraph()
    for row in store.ox.query(ENTITIES_QUERY, use_default_graph_as_union=True):
        iri = rep.get(row["entity"].value, row["entity"].value)
        attrs = graph.nodes[iri] if iri in graph else {}
        names = labels.all(iri)
        for member in sorted(members.get(iri, ())):
            names += [n for n in [labels.label(member), *labels.all(member)] if n not in names and n != labels.label(iri)]
        attrs.update({"label": labels.label(iri), "type": attrs.get("type") or row["type"].value.rsplit("#", 1)[-1],
                      "names": " | ".join(names)})
        if row["entity"].value == iri:
            for key in ("wikidata", "geonames", "kbId"):
                if row[key] is not None:
                    attrs[key] = row[key].value
        graph.add_node(iri, **attrs)
    edges: dict[tuple[str, str, str], dict] = {}
    for row in store.ox.query(CANONICAL_EVENTS_QUERY, use_default_graph_as_union=True):
        key = (row["agent"].value, row["patient"].value, row["type"].value)
        edge = edges.setdefault(key, {"docs": set(), "dates": set(), "events": 0})
        edge["docs"] |= set(row["docs"].value.split()) if row["docs"] else set()
        edge["dates"] |= set(row["dates"].value.split()) if row["dates"] else set()
        edge["events"] += 1
    if not edges:  # a store without a canonical layer: one edge per mention's (agent, patient, type)
        for record in event_records(store):
            if not (record["agent"] and record["patient"]) or record["negated"]:
                continue
            key = (record["agent"]["id"], record["patient"]["id"], record["type"])
            edge = edges.setdefault(key, {"docs": set(), "dates": set(), "events": 1})
            edge["docs"].add(record["doc"])
            if record["date"]:
                edge["dates"].add(record["date"])
    for (agent, patient, event_type), edge in sorted(edges.items()):
        dates = sorted(edge["dates"])
        graph.add_edge(agent, patient, key=event_type, label=event_type, event_type=event_type,
                       weight=len(edge["docs"]), articles=" ".join(sorted(edge["docs"])),
                       first_date=dates[0] if dates else "", dates=" ".join(dates))
    return graph


def export(store: Store, fmt: str, out_path: str | None, stdout: IO[str]) -> str:
    """Write `fmt` to `out_path` (or stdout); returns a one-line summary."""
    if fmt == "events":
        if out_path:
            with open(out_path, "w", encoding="utf-8") as fh:
                count = write_events(store, fh)
        else:
            count = write_events(store, stdout)
        return f"{count} events"
    if fmt in ("gexf", "graphml"):
        graph = network(store)
        (nx.write_gexf if fmt == "gexf" else nx.write_graphml)(graph, out_path or stdout.buffer)
        return f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
    if fmt == "jsonld":
        data = store.dataset().serialize(format="json-ld", ensure_ascii=False)
        _write_text(data, out_path, stdout)
        return "JSON-LD"
    article_graphs = [g for g in store.ox.named_graphs() if g.value != ONTOLOGY_GRAPH]
    quads = [q for g in article_graphs for q in store.ox.quads_for_pattern(None, None, None, g)]
    if fmt in ("ttl", "nt"):
        data = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), format=RDF_FORMATS[fmt],
                            prefixes={"kg": str(KG._NS)} if fmt == "ttl" else None)
    else:
        data = ox.serialize(quads, format=RDF_FORMATS[fmt], prefixes={"kg": str(KG._NS)} if fmt == "trig" else None)
    if out_path:
        Path(out_path).write_bytes(data)
    else:
        stdout.buffer.write(data) if hasattr(stdout, "buffer") else stdout.write(data.decode("utf-8"))
    return f"{len(quads)} quads"


def _write_text(data: str, out_path: str | None, stdout: IO[str]) -> None:
    if out_path:
        Path(out_path).write_text(data, encoding="utf-8")
    else:
        stdout.write(data)
