"""Counts a user asks for first: articles, entities, events, triples per type."""
from __future__ import annotations

from .store import ONTOLOGY_GRAPH, Store

COUNTS = """
PREFIX kg: <https://w3id.org/kg/ont#>
PREFIX schema: <https://schema.org/>
SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
  { ?x a schema:NewsArticle . BIND("articles" AS ?what) }
  UNION { ?x a kg:Event . BIND("event mentions" AS ?what) }
  UNION { ?x a kg:Event ; kg:modality kg:Asserted ; kg:negated false . BIND("asserted events" AS ?what) }
  UNION { ?x a kg:Mention . BIND("entity mentions" AS ?what) }
  UNION { ?e a kg:Event ; kg:agent|kg:patient|kg:place|kg:source ?x . BIND("entities in events" AS ?what) }
}
GROUP BY ?what ORDER BY ?what
"""

BY_TYPE = f"""
PREFIX kg: <https://w3id.org/kg/ont#>
SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE {{
  GRAPH ?g {{ ?s a ?type }} FILTER(STRSTARTS(STR(?type), STR(kg:)) && ?g != <{ONTOLOGY_GRAPH}>)
}}
GROUP BY ?type ORDER BY DESC(?n)
"""


def stats_lines(store: Store) -> list[str]:
    lines = [f"store    {store.path}"]
    counts = dict.fromkeys(("articles", "asserted events", "entities in events", "entity mentions", "event mentions"), "0")
    for row in store.ox.query(COUNTS, use_default_graph_as_union=True):  # no row for a count of 0
        counts[row["what"].value] = row["n"].value
    lines += [f"{what:20s} {n}" for what, n in counts.items()]
    graphs = [g for g in store.ox.named_graphs() if g.value != ONTOLOGY_GRAPH]
    triples = sum(1 for g in graphs for _ in store.ox.quads_for_pattern(None, None, None, g))
    lines.append(f"{'triples':20s} {triples}")
    lines.append("instances per type:")
    for row in store.ox.query(BY_TYPE, use_default_graph_as_union=True):
        lines.append(f"  {row['type'].value.rsplit('#', 1)[-1]:18s} {row['n'].value}")
    return lines
