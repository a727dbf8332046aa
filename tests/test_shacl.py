"""The graph kg builds for the seed article conforms to ontology/shapes.ttl."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

KG = "https://w3id.org/kg/ont#"


@pytest.fixture(scope="module")
def seed_graph(seed_store) -> Graph:
    """Every quad of the seed store (article graph and ontology graph), merged into one rdflib Graph."""
    import gc

    from kg.store import Store

    store = Store(seed_store, read_only=True)
    try:
        data = store.ox.dump(format=ox.RdfFormat.N_QUADS)
    finally:
        store.close()
        gc.collect()
    dataset = Dataset()
    dataset.parse(data=data.decode("utf-8"), format="nquads")
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):  # merge the named graphs
        graph.add((s, p, o))
    return graph


def validate(graph: Graph, shapes) -> tuple[bool, str]:
    from pyshacl import validate as shacl_validate

    conforms, _, text = shacl_validate(graph, shacl_graph=str(shapes), shacl_graph_format="turtle",
                                       inference="none")
    return conforms, text


def test_seed_graph_conforms(seed_graph, repo_root):
    assert len(seed_graph) > 100
    assert set(seed_graph.subjects(RDF.type, URIRef(KG + "Event"))), "the seed graph has no events to validate"
    conforms, text = validate(seed_graph, repo_root / "ontology" / "shapes.ttl")
    print(text)
    assert conforms, text


def test_validation_is_not_vacuous(seed_graph, repo_root):
    """Dropping every event's evidence must break the shapes: the seed's events really are checked."""
    broken = Graph()
    broken += seed_graph
    events = set(broken.subjects(RDF.type, URIRef(KG + "Event")))
    for event in events:
        broken.remove((event, URIRef(KG + "evidence"), None))
    conforms, text = validate(broken, repo_root / "ontology" / "shapes.ttl")
    assert not conforms
    assert "evidence" in text
