"""Facts of the seed article, asked with SPARQL through Store.select and bound values."""
from __future__ import annotations

from rdflib import Literal, URIRef

PREFIXES = """PREFIX kg: <https://w3id.org/kg/ont#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
PUTIN = URIRef("https://w3id.org/kg/id/person/vladimir-putin")


def test_putin_visited_kursk(seed_reader):
    """?label is bound but not projected: the binding must still restrict the answer."""
    query = PREFIXES + """SELECT ?putin ?kursk ?kurskLabel WHERE {
  ?putin rdfs:label ?label ; kg:visited ?kursk .
  ?kursk rdfs:label ?kurskLabel .
}"""
    rows = list(seed_reader.select(query, {"label": Literal("Vladimir Putin", lang="en")}))
    assert rows, "no ?putin kg:visited ?kursk for the label 'Vladimir Putin'@en"
    assert {row["putin"] for row in rows} == {PUTIN}
    assert any("Kursk" in str(row["kurskLabel"]) or "كورسك" in str(row["kurskLabel"]) for row in rows), rows


def test_binding_restricts(seed_reader):
    query = PREFIXES + "SELECT ?who ?where WHERE { ?who rdfs:label ?label ; kg:visited ?where }"
    assert list(seed_reader.select(query, {"label": Literal("Nobody at all", lang="en")})) == []
    # a plain literal is not the language-tagged label
    assert list(seed_reader.select(query, {"label": Literal("Vladimir Putin")})) == []


def test_binding_a_projected_variable(seed_reader):
    query = PREFIXES + "SELECT ?who ?where WHERE { ?who kg:visited ?where }"
    rows = list(seed_reader.select(query, {"who": PUTIN}))
    assert rows and all(row["who"] == PUTIN for row in rows)
