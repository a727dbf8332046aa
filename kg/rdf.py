"""Stage 5, build RDF: one article's records become the triples of its named graph.

The graph holds the article node, every entity the article mentions (type, labels, external ids), every
mention with its evidence span, and every event with its roles, evidence and provenance. Asserted,
non-negated events also get a direct triple (`:Putin kg:visited :Kursk`) so that simple questions need
simple queries.
"""
from __future__ import annotations

import json

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from .iri import article_iri, entity_iri, event_iri, minted_entity_iri, node_iri
from .link import Linked
from .model import Article, Entity, Evidence, Event
from .namespace import DIRECT_PREDICATE, ENTITY_CLASS, EVENT_CLASS, GEONAMES, KG, MODALITY, OA, PREFIXES, SCHEMA, WD


def date_literal(value: str) -> Literal:
    """'2025-05-20' -> xsd:date, '2025-05' -> xsd:gYearMonth, '2025' -> xsd:gYear."""
    datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(value), XSD.string)
    return Literal(value, datatype=datatype)


class GraphBuilder:
    def __init__(self, linked: Linked, ingest_key: str | None = None):
        self.linked = linked
        self.ingest_key = ingest_key or linked.extraction.article.content_hash
        self.article = linked.extraction.article
        self.graph = Graph()
        for prefix, namespace in PREFIXES.items():
            self.graph.bind(prefix, namespace)
        self.article_node = article_iri(self.article.doc)
        self.language = self.article.language

    def add(self, s, p, o) -> None:
        self.graph.add((s, p, o))

    def build(self) -> Graph:
        self.add_article(self.article)
        for entity in self.linked.entities.values():
            self.add_entity(entity)
        for index, (mention, iri) in enumerate(self.linked.mention_iris.items()):
            node = node_iri(self.article.doc, "mention", f"{mention.span.start}-{mention.span.end}")
            self.add(node, RDF.type, KG.Mention)
            self.add(node, KG.refersTo, URIRef(iri))
            self.add(node, KG.article, self.article_node)
            evidence = Evidence(mention.span, self.linked.extraction.sentences[mention.sentence], mention.sentence,
                                mention.rule or "kb", "", "")
            self.add(node, KG.evidence, self.add_evidence(node, evidence))
        for event, roles in zip(self.linked.extraction.events, self.linked.event_roles):
            self.add_event(event, roles)
        return self.graph

    def add_article(self, article: Article) -> None:
        a = self.article_node
        self.add(a, RDF.type, SCHEMA.NewsArticle)
        self.add(a, KG.docId, Literal(article.doc))
        self.add(a, KG.contentHash, Literal(self.ingest_key))
        self.add(a, SCHEMA.inLanguage, Literal(article.language))
        if article.title:
            self.add(a, SCHEMA.headline, Literal(article.title, lang=article.language))
        if article.url:
            self.add(a, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI))
        if article.published:
            self.add(a, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=XSD.date))
        if article.outlet:
            outlet = minted_entity_iri("Media", article.outlet)
            self.add(a, SCHEMA.publisher, outlet)
            self.add(outlet, RDF.type, KG.Media)
            self.add(outlet, RDFS.label, Literal(article.outlet))
        if article.metadata:
            self.add(a, KG.metadata, Literal(json.dumps(dict(article.metadata), ensure_ascii=False, sort_keys=True, default=str)))

    def add_entity(self, entity: Entity) -> None:
        node = URIRef(entity.iri)
        self.add(node, RDF.type, ENTITY_CLASS.get(entity.entity_type, KG.Entity))
        for lang, name in entity.labels.items():
            self.add(node, RDFS.label, Literal(name, lang=lang))
        for text, lang in entity.alt_labels:
            self.add(node, SKOS.altLabel, Literal(text, lang=lang))
        if entity.kb_id:
            self.add(node, KG.kbId, Literal(entity.kb_id))
        if entity.wikidata:
            self.add(node, KG.wikidata, Literal(entity.wikidata))
            self.add(node, OWL.sameAs, WD[entity.wikidata])
        if entity.geonames:
            self.add(node, KG.geonames, Literal(entity.geonames))
            self.add(node, OWL.sameAs, GEONAMES[f"{entity.geonames}/"])
        if entity.country:
            country = entity_iri(entity.country)
            self.add(node, KG.country, country)
            self.add(country, RDF.type, KG.Country)
            self.add(country, RDFS.label, Literal(entity.country.split("/")[-1]))

    def add_evidence(self, owner: URIRef, evidence: Evidence) -> URIRef:
        node = URIRef(f"{owner}/evidence")
        self.add(node, RDF.type, KG.Evidence)
        self.add(node, OA.hasSource, self.article_node)
        self.add(node, OA.start, Literal(evidence.span.start, datatype=XSD.nonNegativeInteger))
        self.add(node, OA.end, Literal(evidence.span.end, datatype=XSD.nonNegativeInteger))
        self.add(node, OA.exact, Literal(evidence.span.text, lang=self.language))
        self.add(node, KG.sentence, Literal(evidence.sentence.text, lang=self.language))
        self.add(node, KG.sentenceIndex, Literal(evidence.sentence_index, datatype=XSD.nonNegativeInteger))
        self.add(node, KG.rule, Literal(evidence.rule))
        if evidence.lexicon_entry:
            self.add(node, KG.lexiconEntry, Literal(evidence.lexicon_entry))
        if evidence.trigger:
            self.add(node, KG.trigger, Literal(evidence.trigger, lang=self.language))
        return node

    def add_event(self, event: Event, roles) -> None:
        node = event_iri(self.article.doc, event.key)
        self.add(node, RDF.type, KG.Event)
        self.add(node, RDF.type, EVENT_CLASS[event.event_type])
        self.add(node, KG.article, self.article_node)
        for role, iri in roles.items():
            self.add(node, getattr(KG, role), URIRef(iri))
        if event.date:
            self.add(node, KG.date, date_literal(event.date))
        if event.quantity:
            q = URIRef(f"{node}/quantity")
            self.add(node, KG.quantity, q)
            self.add(q, RDF.type, KG.Quantity)
            self.add(q, KG.value, Literal(str(_number(event.quantity.value)), datatype=XSD.decimal))
            self.add(q, KG.unit, Literal(event.quantity.unit, datatype=XSD.string))
            self.add(q, KG.approximate, Literal(event.quantity.approximate))
            if event.quantity.qualifier in ("approx", "over", "under", "upto"):
                self.add(q, KG.qualifier, Literal(event.quantity.qualifier))
        self.add(node, KG.negated, Literal(event.negated))
        self.add(node, KG.modality, MODALITY[event.modality])
        self.add(node, KG.evidence, self.add_evidence(node, event.evidence))
        if event.modality == "asserted" and not event.negated and "agent" in roles and "patient" in roles:
            self.add(URIRef(roles["agent"]), DIRECT_PREDICATE[event.event_type], URIRef(roles["patient"]))


def _number(value: float):
    return int(value) if float(value).is_integer() else value


def build_graph(linked: Linked, ingest_key: str | None = None) -> Graph:
    """The article's graph; `ingest_key` (content + extractor hash) defaults to the content hash."""
    return GraphBuilder(linked, ingest_key).build()
