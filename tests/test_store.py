"""kg.store: Oxigraph on disk, one named graph per article version, on hand-built graphs."""
from __future__ import annotations

import hashlib

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.errors import StoreError
from kg.iri import article_iri, minted_entity_iri
from kg.namespace import KG, PROV, SCHEMA
from kg.store import ONTOLOGY_FILE, ONTOLOGY_GRAPH, ArticleGraph, Store, to_ox


def make_graph(doc: str, text: str, place: str = "Aswan") -> ArticleGraph:
    """An article graph shaped like kg.rdf's: article node with doc id and content hash, plus a few facts."""
    content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    g = Graph()
    a = article_iri(doc)
    minister = minted_entity_iri("Person", "health minister")
    city = minted_entity_iri("City", place)
    g.add((a, RDF.type, SCHEMA.NewsArticle))
    g.add((a, KG.docId, Literal(doc)))
    g.add((a, KG.contentHash, Literal(content_hash)))
    g.add((a, SCHEMA.text, Literal(text, lang="ar")))
    g.add((minister, RDF.type, KG.Person))
    g.add((minister, RDFS.label, Literal("وزير الصحة", lang="ar")))
    g.add((city, RDF.type, KG.City))
    g.add((city, RDFS.label, Literal(place, lang="en")))
    g.add((minister, KG.visited, city))
    return ArticleGraph(doc, content_hash, g)


def graph_quads(store: Store, name: str) -> list:
    return list(store.ox.quads_for_pattern(None, None, None, ox.NamedNode(name)))


def ontology_quads(store: Store) -> int:
    return len(graph_quads(store, ONTOLOGY_GRAPH))


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "store")
    yield s
    if hasattr(s, "ox"):
        s.close()


def test_new_store_holds_only_the_ontology(store):
    ontology = Graph().parse(ONTOLOGY_FILE, format="turtle")
    assert ontology_quads(store) == len(ontology) + 1  # + the content-hash marker
    assert store.count() == ontology_quads(store)
    assert store.docs() == []


def test_write_a_batch(store):
    before = store.count()
    graphs = [make_graph("a", "زار الوزير أسوان"), make_graph("b", "زار الوزير الأقصر", "Luxor"),
              make_graph("c", "زار الوزير قنا", "Qena")]
    written = store.write(graphs)
    assert written == sum(len(g.graph) + 1 for g in graphs)  # + one ingested-at stamp each
    assert store.docs() == ["a", "b", "c"]
    for g in graphs:
        assert len(graph_quads(store, g.name)) == len(g.graph) + 1
        assert store.stored_hash(g.doc) == g.content_hash
    # the entities shared between articles are separate quads in separate graphs
    assert store.count() == before + written


def test_write_stamps_each_version(store):
    g = make_graph("a", "زار الوزير أسوان")
    store.write([g])
    [(name, content_hash, stamp)] = store.article_graphs("a")
    assert name == g.name and content_hash == g.content_hash
    assert stamp[:2] == "20" and "T" in stamp


def test_persistence_across_close_and_reopen(tmp_path):
    path = tmp_path / "store"
    g = make_graph("a", "زار الوزير أسوان")
    with Store(path) as s:
        s.write([g])
        count = s.count()
    with Store(path) as s:
        assert s.count() == count
        assert s.docs() == ["a"]
        assert s.stored_hash("a") == g.content_hash
        assert len(graph_quads(s, g.name)) == len(g.graph) + 1
    ro = Store(path, read_only=True)
    try:
        assert ro.count() == count
        assert ro.docs() == ["a"]
    finally:
        ro.close()


def test_replace_with_new_hash_keeps_one_version(store):
    old = make_graph("a", "زار الوزير أسوان", "Aswan")
    store.write([old, make_graph("b", "زار الوزير الأقصر", "Luxor")])
    count_before = store.count()
    new = make_graph("a", "زار الوزير الإسكندرية", "Alexandria")
    assert new.name != old.name
    store.write([new])
    versions = store.article_graphs("a")
    assert [v[1] for v in versions] == [new.content_hash]
    assert store.stored_hash("a") == new.content_hash
    assert graph_quads(store, old.name) == []
    assert not any(q.graph_name.value == old.name for q in store.ox)
    # the old facts are gone from the union; the new ones are there
    old_city, new_city = minted_entity_iri("City", "Aswan"), minted_entity_iri("City", "Alexandria")
    assert not list(store.ox.quads_for_pattern(to_ox(old_city), None, None, None))
    assert list(store.ox.quads_for_pattern(to_ox(new_city), None, None, None))
    # the other article is untouched, and the size changed by exactly the difference
    assert store.stored_hash("b") is not None
    assert store.count() == count_before


def test_rewrite_same_version_is_idempotent(store):
    g = make_graph("a", "زار الوزير أسوان")
    store.write([g])
    [(_, _, first_stamp)] = store.article_graphs("a")
    count = store.count()
    store.write([g])
    versions = store.article_graphs("a")
    assert len(versions) == 1
    assert versions[0][2] >= first_stamp
    # one stamp per version: the rewrite replaced it rather than adding a second
    stamps = list(store.ox.quads_for_pattern(to_ox(article_iri("a")), to_ox(PROV.generatedAtTime), None, None))
    assert [q.object.value for q in stamps] == [versions[0][2]]
    assert store.count() == count


def test_remove(store):
    store.write([make_graph("a", "زار الوزير أسوان"), make_graph("b", "زار الوزير الأقصر", "Luxor")])
    only_b = ontology_quads(store) + len(make_graph("b", "زار الوزير الأقصر", "Luxor").graph) + 1
    assert store.remove("a") is True
    assert store.docs() == ["b"]
    assert store.article_graphs("a") == []
    assert store.count() == only_b
    assert store.remove("a") is False
    assert store.remove("never-stored") is False


def _write_version(store: Store, g: ArticleGraph, stamp: str) -> None:
    """Write one version with pyoxigraph directly, as a replace that died before dropping the old one leaves it."""
    name = ox.NamedNode(g.name)
    quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in g.graph]
    quads.append(ox.Quad(to_ox(article_iri(g.doc)), to_ox(PROV.generatedAtTime),
                         to_ox(Literal(stamp, datatype=XSD.dateTime)), name))
    store.ox.extend(quads)


def test_repair_keeps_the_newest_after_an_interrupted_replace(tmp_path):
    path = tmp_path / "store"
    older = make_graph("a", "زار الوزير أسوان", "Aswan")
    newer = make_graph("a", "زار الوزير الإسكندرية", "Alexandria")
    other = make_graph("b", "زار الوزير الأقصر", "Luxor")
    with Store(path) as s:
        # written newest first, so that "newest" cannot mean "last inserted"
        _write_version(s, newer, "2025-05-21T10:00:00.000002+00:00")
        _write_version(s, older, "2025-05-21T10:00:00.000001+00:00")
        _write_version(s, other, "2025-05-20T08:00:00.000000+00:00")
        assert len(s.article_graphs("a")) == 2
        assert s.stored_hash("a") is None  # two versions: not "unchanged" for either
    with Store(path) as s:  # opening for writing repairs
        assert [v[1] for v in s.article_graphs("a")] == [newer.content_hash]
        assert graph_quads(s, older.name) == []
        assert len(graph_quads(s, newer.name)) == len(newer.graph) + 1
        assert s.stored_hash("b") == other.content_hash
        assert s.repair() == []  # nothing left to repair


def test_repair_reports_what_it_fixed(store):
    older = make_graph("a", "زار الوزير أسوان")
    newer = make_graph("a", "زار الوزير أسوان مرة ثانية")
    _write_version(store, older, "2024-01-01T00:00:00.000000+00:00")
    _write_version(store, newer, "2024-06-01T00:00:00.000000+00:00")
    assert store.repair() == ["a"]
    assert store.stored_hash("a") == newer.content_hash


def test_read_only_open_of_missing_store(tmp_path):
    path = tmp_path / "no" / "store"
    with pytest.raises(StoreError) as info:
        Store(path, read_only=True)
    assert str(path) in str(info.value)
    assert not path.exists()  # a read-only open creates nothing


def test_read_only_store_does_not_write(tmp_path):
    path = tmp_path / "store"
    Store(path).close()
    ro = Store(path, read_only=True)
    try:
        with pytest.raises(Exception):
            ro.write([make_graph("a", "زار الوزير أسوان")])
    finally:
        ro.close()
    with Store(path) as s:
        assert s.docs() == []


PREFIXES = """PREFIX kg: <https://w3id.org/kg/ont#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def test_select_with_bindings(store):
    store.write([make_graph("a", "زار الوزير أسوان", "Aswan"), make_graph("b", "زار الوزير الأقصر", "Luxor")])
    query = PREFIXES + "SELECT ?city ?label WHERE { ?city a kg:City ; rdfs:label ?label }"
    assert {str(r["label"]) for r in store.select(query)} == {"Aswan", "Luxor"}
    rows = list(store.select(query, {"label": Literal("Luxor", lang="en")}))
    assert [r["city"] for r in rows] == [minted_entity_iri("City", "Luxor")]
    assert rows[0]["label"] == Literal("Luxor", lang="en")
    rows = list(store.select(PREFIXES + "SELECT ?city ?label WHERE { ?city rdfs:label ?label }",
                             {"city": URIRef(minted_entity_iri("City", "Aswan"))}))
    assert [str(r["label"]) for r in rows] == ["Aswan"]


def test_select_binding_a_variable_outside_the_projection(store):
    store.write([make_graph("a", "زار الوزير أسوان", "Aswan"), make_graph("b", "زار الوزير الأقصر", "Luxor")])
    query = PREFIXES + "SELECT ?city WHERE { ?city a kg:City ; rdfs:label ?label }"
    rows = list(store.select(query, {"label": Literal("Aswan", lang="en")}))
    assert [r["city"] for r in rows] == [minted_entity_iri("City", "Aswan")]


def test_select_bindings_are_values_not_query_text(store):
    store.write([make_graph("a", "زار الوزير أسوان", "Aswan")])
    query = PREFIXES + "SELECT ?city ?label WHERE { ?city a kg:City ; rdfs:label ?label }"
    # pasted into the query, this would match every label; bound, it is just a string nobody has
    hostile = Literal('Aswan"@en } UNION { ?city rdfs:label ?label } #', lang="en")
    assert list(store.select(query, {"label": hostile})) == []
    assert list(store.select(query, {"label": Literal("Aswan")})) == []  # no language tag: a different literal


def test_ontology_loaded_once(tmp_path):
    path = tmp_path / "store"
    sentinel = ox.Quad(ox.NamedNode("urn:test:sentinel"), ox.NamedNode("urn:test:p"), ox.Literal("x"),
                       ox.NamedNode(ONTOLOGY_GRAPH))
    with Store(path) as s:
        count = ontology_quads(s)
        s.ox.add(sentinel)  # would vanish if the ontology graph were dropped and loaded again
        s.ensure_ontology()
        assert sentinel in s.ox
    with Store(path) as s:
        assert sentinel in s.ox
        assert ontology_quads(s) == count + 1
    ro = Store(path, read_only=True)
    try:
        assert sentinel in ro.ox
    finally:
        ro.close()


def test_ontology_reloaded_when_the_file_changes(tmp_path):
    path = tmp_path / "store"
    with Store(path) as s:
        count = ontology_quads(s)
        graph = ox.NamedNode(ONTOLOGY_GRAPH)
        [marker] = list(s.ox.quads_for_pattern(graph, to_ox(KG.contentHash), None, graph))
        s.ox.remove(marker)
        s.ox.add(ox.Quad(graph, to_ox(KG.contentHash), ox.Literal("an older digest"), graph))
        s.ox.add(ox.Quad(ox.NamedNode("urn:test:stale"), ox.NamedNode("urn:test:p"), ox.Literal("x"), graph))
    with Store(path) as s:
        assert ontology_quads(s) == count
        assert marker in s.ox
        assert not list(s.ox.quads_for_pattern(ox.NamedNode("urn:test:stale"), None, None, None))
