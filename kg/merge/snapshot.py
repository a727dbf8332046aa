"""What merging reads from the store: entities and event mentions of the article graphs, and the current
canonical layer (entity clusters, mention -> canonical event links, vetoes left by `kg unmerge`).

Article graphs are read through pyoxigraph pattern scans (no SPARQL), so a snapshot of a store of a few
thousand articles takes well under a second.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ..iri import ARTICLE, GRAPH
from ..namespace import ENTITY_CLASS, EVENT_CLASS, KG, SCHEMA

CANONICAL_GRAPH = GRAPH + "canonical"
MERGES_GRAPH = GRAPH + "merges"
VETOES_GRAPH = GRAPH + "unmerged"
ARTICLE_GRAPHS = GRAPH + "article/"

MERGED_TYPES = frozenset(ENTITY_CLASS) - {"Media"}  # outlets are counted, never merged
_CLASS_TYPE = {str(cls): name for name, cls in ENTITY_CLASS.items() if name in MERGED_TYPES}
_EVENT_TYPE = {str(cls): key for key, cls in EVENT_CLASS.items()}


def N(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


@dataclass
class EntityInfo:
    iri: str
    entity_type: str
    names: set[str] = field(default_factory=set)
    kb: bool = False
    country: str | None = None
    docs: set[str] = field(default_factory=set)  # article IRIs
    english: str | None = None


@dataclass
class MentionInfo:
    iri: str
    event_type: str
    article: str
    roles: dict[str, str]
    date: str | None
    negated: bool
    modality: str


@dataclass
class ArticleInfo:
    iri: str
    doc: str
    published: str | None
    publisher: str | None


def is_article_graph(name) -> bool:
    return isinstance(name, ox.NamedNode) and name.value.startswith(ARTICLE_GRAPHS)


class Snapshot:
    def __init__(self, store):
        self.ox = store.ox
        self.entities: dict[str, EntityInfo] = {}
        self.mentions: dict[str, MentionInfo] = {}
        self.articles: dict[str, ArticleInfo] = {}
        self.graph_article: dict[str, str] = {}
        self.doc_entities: dict[str, set[str]] = defaultdict(set)  # article IRI -> entity IRIs
        self.entity_mentions: dict[str, set[str]] = defaultdict(set)
        self._load_articles()
        self._load_entities()
        self._load_mentions()
        self._load_canonical()

    # ---- article graphs ------------------------------------------------------------------------
    def _load_articles(self) -> None:
        for quad in self.ox.quads_for_pattern(None, N(KG.docId), None, None):
            if not is_article_graph(quad.graph_name):
                continue
            iri, graph = quad.subject.value, quad.graph_name
            published = next(self.ox.quads_for_pattern(quad.subject, N(SCHEMA.datePublished), None, graph), None)
            publisher = next(self.ox.quads_for_pattern(quad.subject, N(SCHEMA.publisher), None, graph), None)
            self.articles[iri] = ArticleInfo(iri, quad.object.value, published.object.value if published else None,
                                             publisher.object.value if publisher else None)
            self.graph_article[graph.value] = iri

    def _load_entities(self) -> None:
        for cls, entity_type in _CLASS_TYPE.items():
            for quad in self.ox.quads_for_pattern(None, N(RDF.type), N(cls), None):
                article = self.graph_article.get(quad.graph_name.value) if is_article_graph(quad.graph_name) else None
                iri = quad.subject.value
                if article is None or iri.startswith(ARTICLE) or not isinstance(quad.subject, ox.NamedNode):
                    continue
                info = self.entities.get(iri)
                if info is None:
                    info = self.entities[iri] = EntityInfo(iri, entity_type)
                elif entity_type < info.entity_type:
                    info.entity_type = entity_type  # one type per IRI; the KB's is the same everywhere
                info.docs.add(article)
                self.doc_entities[article].add(iri)
        for iri, info in self.entities.items():
            node = N(iri)
            for predicate in (RDFS.label, SKOS.altLabel):
                for quad in self.ox.quads_for_pattern(node, N(predicate), None, None):
                    if is_article_graph(quad.graph_name):
                        info.names.add(quad.object.value)
                        if predicate == RDFS.label and quad.object.language == "en":
                            info.english = quad.object.value
            info.kb = next(self.ox.quads_for_pattern(node, N(KG.kbId), None, None), None) is not None
            country = next(self.ox.quads_for_pattern(node, N(KG.country), None, None), None)
            info.country = country.object.value if country else None

    def _load_mentions(self) -> None:
        roles = {str(getattr(KG, r)): r for r in ("agent", "patient", "place", "source")}
        for quad in self.ox.quads_for_pattern(None, N(RDF.type), N(KG.Event), None):
            if not is_article_graph(quad.graph_name):
                continue
            iri, event_type, article, date, negated, modality, found = quad.subject.value, None, None, None, False, "", {}
            for q in self.ox.quads_for_pattern(quad.subject, None, None, quad.graph_name):
                p = q.predicate.value
                if p == str(RDF.type):
                    event_type = _EVENT_TYPE.get(q.object.value, event_type)
                elif p in roles:
                    found[roles[p]] = q.object.value
                elif p == str(KG.article):
                    article = q.object.value
                elif p == str(KG.date):
                    date = q.object.value
                elif p == str(KG.negated):
                    negated = q.object.value == "true"
                elif p == str(KG.modality):
                    modality = q.object.value.rsplit("#", 1)[-1].lower()
            if event_type is None or article is None:
                continue
            self.mentions[iri] = MentionInfo(iri, event_type, article, found, date, negated, modality)
            for entity in found.values():
                self.entity_mentions[entity].add(iri)

    # ---- the canonical layer -------------------------------------------------------------------
    def _load_canonical(self) -> None:
        canonical = N(CANONICAL_GRAPH)
        self.rep: dict[str, str] = {}
        for quad in self.ox.quads_for_pattern(None, N(OWL.sameAs), None, canonical):
            self.rep[quad.subject.value] = quad.object.value
        self.cluster_members: dict[str, set[str]] = defaultdict(set)
        for member, rep in self.rep.items():
            self.cluster_members[rep].add(member)
            self.cluster_members[rep].add(rep)
        self.link: dict[str, str] = {}
        self.canon_members: dict[str, set[str]] = defaultdict(set)
        for quad in self.ox.quads_for_pattern(None, N(KG.canonicalEvent), None, canonical):
            self.link[quad.subject.value] = quad.object.value
            self.canon_members[quad.object.value].add(quad.subject.value)
        self.vetoes: dict[str, set[str]] = defaultdict(set)
        for quad in self.ox.quads_for_pattern(None, N(OWL.differentFrom), None, N(VETOES_GRAPH)):
            self.vetoes[quad.subject.value].add(quad.object.value)
            self.vetoes[quad.object.value].add(quad.subject.value)

    def old_cluster(self, iri: str) -> set[str]:
        rep = self.rep.get(iri, iri)
        return set(self.cluster_members.get(rep, ())) | {iri}

    def context(self, iri: str) -> set[str]:
        """The entities the articles mentioning `iri` also mention."""
        info = self.entities.get(iri)
        out: set[str] = set()
        for article in info.docs if info else ():
            out |= self.doc_entities.get(article, set())
        out.discard(iri)
        return out

    def doc_parts(self, article_iris) -> tuple[set[str], set[str]]:
        """(entities, mentions) of the given articles as stored now."""
        articles = set(article_iris)
        entities = {e for a in articles for e in self.doc_entities.get(a, ())}
        mentions = {m.iri for m in self.mentions.values() if m.article in articles}
        return entities, mentions


def doc_parts_in_store(store, docs) -> tuple[set[str], set[str]]:
    """(entity IRIs, mention IRIs) of the stored versions of `docs`, read before they are replaced or removed."""
    entities, mentions = set(), set()
    for doc in docs:
        for name, _, _ in store.article_graphs(doc):
            graph = N(name)
            for cls in _CLASS_TYPE:
                for quad in store.ox.quads_for_pattern(None, N(RDF.type), N(cls), graph):
                    if not quad.subject.value.startswith(ARTICLE):
                        entities.add(quad.subject.value)
            for quad in store.ox.quads_for_pattern(None, N(RDF.type), N(KG.Event), graph):
                mentions.add(quad.subject.value)
    return entities, mentions
