"""Stage 6, store: an embedded, persistent Oxigraph store with one named graph per article.

Writes go straight through pyoxigraph in batches (`Store.extend` is one transaction), because adding
triple by triple through rdflib is several times slower. Reads go through rdflib (oxrdflib) or
pyoxigraph, both answered by Oxigraph itself, with the union of all graphs as the default graph.

An article's graph is named `<graph/article/DOC/HASH>`: a changed article is written under its new
name in one transaction and the old version is dropped right after, so readers never see a half-written
article. If the process dies between the two steps, both versions exist until the next open, which
keeps the newest (`repair`).
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD

from .errors import StoreError
from .iri import GRAPH, article_graph, article_iri
from .namespace import KG, PROV

ONTOLOGY_FILE = Path(__file__).resolve().parent / "ontology" / "kg.ttl"
ONTOLOGY_GRAPH = GRAPH + "ontology"
_INGESTED = PROV.generatedAtTime


def default_store_path() -> Path:
    """$KG_STORE, else $XDG_DATA_HOME/kg/store, else ~/.local/share/kg/store."""
    if os.environ.get("KG_STORE"):
        return Path(os.environ["KG_STORE"])
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "kg" / "store"


def to_ox(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))
    raise TypeError(f"not an RDF term: {term!r}")


@dataclass(frozen=True)
class ArticleGraph:
    """One article's triples, ready to store."""

    doc: str
    content_hash: str
    graph: Graph

    @property
    def name(self) -> str:
        return f"{article_graph(self.doc)}/{self.content_hash[:16]}"


class Store:
    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        self.path = Path(path) if path else default_store_path()
        try:
            if read_only:
                if not (self.path / "CURRENT").exists():
                    raise StoreError(f"no kg store at {self.path}; run `kg ingest ... --store {self.path}` first")
                self.ox = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.ox = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc} "
                             "(is another kg process writing to it? use --store to pick another)") from None
        self.read_only = read_only
        if not read_only:
            self.ensure_ontology()
            self.repair()

    # ---- lifecycle ----------------------------------------------------------------------------
    def close(self) -> None:
        if not self.read_only:
            self.ox.flush()
        del self.ox

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- articles ------------------------------------------------------------------------------
    def article_graphs(self, doc: str) -> list[tuple[str, str, str]]:
        """(graph name, content hash, ingested-at) for every stored version of `doc`."""
        out = []
        node = to_ox(article_iri(doc))
        for quad in self.ox.quads_for_pattern(node, to_ox(KG.contentHash), None, None):
            stamp = next(self.ox.quads_for_pattern(node, to_ox(_INGESTED), None, quad.graph_name), None)
            out.append((quad.graph_name.value, quad.object.value, stamp.object.value if stamp else ""))
        return out

    def stored_hash(self, doc: str) -> str | None:
        versions = self.article_graphs(doc)
        return versions[0][1] if len(versions) == 1 else None

    def write(self, articles: Iterable[ArticleGraph]) -> int:
        """Store a batch of articles in one transaction, then drop their older versions."""
        articles = list(articles)
        stamp = Literal(datetime.now(timezone.utc).isoformat(timespec="microseconds"), datatype=XSD.dateTime)
        quads = []
        for article in articles:
            graph_name = ox.NamedNode(article.name)
            for s, p, o in article.graph:
                quads.append(ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph_name))
            quads.append(ox.Quad(to_ox(article_iri(article.doc)), to_ox(_INGESTED), to_ox(stamp), graph_name))
        old_stamps = [q for a in articles for q in self.ox.quads_for_pattern(
            to_ox(article_iri(a.doc)), to_ox(_INGESTED), None, ox.NamedNode(a.name))]
        try:
            self.ox.extend(quads)
        except OSError as exc:
            raise StoreError(f"writing {len(articles)} articles to {self.path} failed: {exc}") from None
        for article in articles:
            for name, _, _ in self.article_graphs(article.doc):
                if name != article.name:
                    self.ox.remove_graph(ox.NamedNode(name))
        for quad in old_stamps:  # the same version written again keeps one stamp, the new one (repair orders by it)
            self.ox.remove(quad)
        return len(quads)

    def remove(self, doc: str) -> bool:
        versions = self.article_graphs(doc)
        for name, _, _ in versions:
            self.ox.remove_graph(ox.NamedNode(name))
        return bool(versions)

    def repair(self) -> list[str]:
        """Keep only the newest version of any article an interrupted replace left twice."""
        docs = {}
        for quad in self.ox.quads_for_pattern(None, to_ox(KG.docId), None, None):
            docs.setdefault(quad.object.value, set()).add(quad.graph_name.value)
        repaired = []
        for doc, graphs in docs.items():
            if len(graphs) > 1:
                versions = sorted(self.article_graphs(doc), key=lambda v: v[2])
                for name, _, _ in versions[:-1]:
                    self.ox.remove_graph(ox.NamedNode(name))
                repaired.append(doc)
        return repaired

    def docs(self) -> list[str]:
        return sorted({q.object.value for q in self.ox.quads_for_pattern(None, to_ox(KG.docId), None, None)})

    # ---- ontology ------------------------------------------------------------------------------
    def ensure_ontology(self) -> None:
        """The ontology sits in its own graph so queries can read event-type keys and labels."""
        data = ONTOLOGY_FILE.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        graph = ox.NamedNode(ONTOLOGY_GRAPH)
        marker = ox.Quad(graph, to_ox(KG.contentHash), ox.Literal(digest), graph)
        if marker in self.ox:
            return
        self.ox.remove_graph(graph)
        self.ox.load(data, format=ox.RdfFormat.TURTLE, to_graph=graph)
        self.ox.add(marker)

    # ---- reading -------------------------------------------------------------------------------
    def dataset(self) -> Dataset:
        """An rdflib view of the store; its queries run inside Oxigraph over the union of graphs."""
        from oxrdflib import OxigraphStore

        dataset = Dataset(store=OxigraphStore(store=self.ox))
        dataset.default_union = True
        return dataset

    def query(self, query: str, bindings: dict | None = None):
        """An rdflib Result for `query` over the union of graphs, with `bindings` bound, never pasted, in.

        Oxigraph substitutes only variables of the SELECT projection (SEP-0007) and refuses the others;
        a query binding any other variable (say a label it filters on) is evaluated by rdflib's engine
        over the same store instead, which pre-binds any variable.
        """
        dataset = self.dataset()
        try:
            return dataset.query(query, initBindings=bindings or {})
        except RuntimeError as exc:
            if not bindings or "SELECT projection" not in str(exc):
                raise
        from rdflib.plugins.sparql import prepareQuery
        from rdflib.plugins.sparql.evaluate import evalQuery
        from rdflib.plugins.sparql.processor import SPARQLResult

        prepared = prepareQuery(query, initNs=dict(dataset.namespaces()))
        return SPARQLResult(evalQuery(dataset, prepared, bindings))

    def select(self, query: str, bindings: dict | None = None) -> Iterator[dict]:
        """Rows of a SELECT as {variable: rdflib term}, with values bound, never pasted, into the query."""
        result = self.query(query, bindings)
        names = [str(v) for v in result.vars]
        for row in result:
            yield {name: row[i] for i, name in enumerate(names)}

    def count(self) -> int:
        return len(self.ox)
