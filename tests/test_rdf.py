"""kg.rdf.build_graph on a small article: event nodes, direct predicates, evidence offsets, typed dates."""
from __future__ import annotations

from datetime import date

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.analyse import analyse
from kg.extract import extract
from kg.iri import ENTITY
from kg.kb import load_kb
from kg.link import link
from kg.model import Article
from kg.namespace import KG, OA
from kg.normalise import normalise
from kg.rdf import build_graph, date_literal

PUBLISHED = date(2025, 5, 14)
ERDOGAN = URIRef(str(ENTITY) + "person/recep-tayyip-erdogan")
PUTIN = URIRef(str(ENTITY) + "person/vladimir-putin")
KYIV = URIRef(str(ENTITY) + "city/703448")
# diacritics and a tatweel: the normalised text is shorter, so offsets must be mapped back
ARTICLE = ("زارَ أردوغانُ كييف الشهر الماضي.\n"
           "لم يزر بوتين كييف العام الماضي.\n"
           "سيزور أردوغان كييــف يوم الثلاثاء.\n"
           "دمرت أوكرانيا 63 طائرة مسيرة أمس.")


@pytest.fixture(scope="module")
def built(ar_nlp):
    article = Article("rdf-test", ARTICLE, "ar", PUBLISHED)
    clean = normalise(ARTICLE)
    linked = link(extract(article, clean, analyse(ar_nlp, clean.text, PUBLISHED)), load_kb(()))
    return linked, build_graph(linked)


def events_of(graph, cls):
    return sorted(set(graph.subjects(RDF.type, cls)))


def test_one_event_node_per_event_with_its_class(built):
    linked, graph = built
    nodes = events_of(graph, KG.Event)
    assert len(nodes) == len(linked.extraction.events) == 4
    classes = sorted(str(c).split("#")[1] for n in nodes for c in graph.objects(n, RDF.type) if c != KG.Event)
    assert classes == ["Intercept", "Visit", "Visit", "Visit"]


def test_event_roles_point_at_entities(built):
    _, graph = built
    agents = {a for n in events_of(graph, KG.Visit) for a in graph.objects(n, KG.agent)}
    assert agents == {ERDOGAN, PUTIN}
    patients = {p for n in events_of(graph, KG.Visit) for p in graph.objects(n, KG.patient)}
    assert patients == {KYIV}


def test_direct_predicate_only_for_asserted_non_negated(built):
    _, graph = built
    assert (ERDOGAN, KG.visited, KYIV) in graph  # the asserted visit
    assert (PUTIN, KG.visited, KYIV) not in graph  # negated
    assert len(list(graph.triples((None, KG.visited, None)))) == 1  # the future visit adds none


def test_negated_and_modality_recorded(built):
    _, graph = built
    flags = sorted((graph.value(n, KG.negated).toPython(), str(graph.value(n, KG.modality)).split("#")[1])
                   for n in events_of(graph, KG.Visit))
    assert flags == [(False, "Asserted"), (False, "Future"), (True, "Asserted")]


def test_evidence_offsets_slice_the_original_text(built):
    _, graph = built
    evidence = list(graph.subjects(RDF.type, KG.Evidence))
    assert len(evidence) >= 8  # events and mentions
    for node in evidence:
        start = graph.value(node, OA.start).toPython()
        end = graph.value(node, OA.end).toPython()
        assert str(graph.value(node, OA.exact)) == ARTICLE[start:end], node


def test_evidence_keeps_the_diacritics_of_the_original(built):
    _, graph = built
    exact = {str(graph.value(n, OA.exact)) for n in graph.subjects(RDF.type, KG.Evidence)}
    assert "زارَ أردوغانُ كييف" in exact
    assert "كييــف" in exact


@pytest.mark.parametrize("value, datatype", [
    ("2025-04", XSD.gYearMonth), ("2024", XSD.gYear), ("2025-05-13", XSD.date)])
def test_event_dates_typed_by_precision(built, value, datatype):
    _, graph = built
    dates = {graph.value(n, KG.date) for n in events_of(graph, KG.Event)}
    assert Literal(value, datatype=datatype) in dates


def test_date_literal():
    assert date_literal("2025-05-20").datatype == XSD.date
    assert date_literal("2025-05").datatype == XSD.gYearMonth
    assert date_literal("2025").datatype == XSD.gYear


def test_quantity_node(built):
    _, graph = built
    (node,) = events_of(graph, KG.Intercept)
    q = graph.value(node, KG.quantity)
    assert graph.value(q, KG.value) == Literal("63", datatype=XSD.decimal)
    assert str(graph.value(q, KG.unit)) == "drone"
    assert graph.value(q, KG.approximate).toPython() is False


def test_article_node(built):
    _, graph = built
    article = next(graph.subjects(KG.docId, Literal("rdf-test")))
    assert graph.value(article, URIRef("https://schema.org/datePublished")) == Literal("2025-05-14", datatype=XSD.date)
    assert all(graph.value(n, KG.article) == article for n in events_of(graph, KG.Event))
