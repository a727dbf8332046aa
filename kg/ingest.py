"""The whole path for a batch: read -> normalise -> analyse -> extract -> link -> build -> store.

`process` is pure (an Article in, an ArticleGraph out) so it can run in worker processes;
`Ingester.run` owns the store, skips unchanged articles, writes in batches, and turns every failure
into an Outcome naming the file, so one bad article never stops the batch.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Mapping

from spacy.language import Language

from . import __version__
from .analyse import analyse, build_pipeline, trained
from .errors import InputError, KgError
from .extract import extract
from .iri import article_iri
from .kb import load_kb
from .link import Linked, link
from .model import Article
from .normalise import normalise
from .rdf import build_graph
from .read import read_paths
from .store import ArticleGraph, Store

BATCH_SIZE = 50


@dataclass(frozen=True)
class Outcome:
    origin: str
    doc: str
    status: str  # stored, unchanged, failed
    message: str = ""
    events: int = 0
    triples: int = 0
    warnings: tuple[str, ...] = ()


def extractor_fingerprint(kb_files: tuple[str, ...] = (), models: Mapping[str, str] | None = None) -> str:
    """A hash of what decides extraction: kg's version, its language data, its KB, the user's KB, and
    the trained spaCy pipelines in use (if any).

    Stored with each article, so that re-ingesting after a lexicon or KB change re-extracts it,
    while re-ingesting with nothing changed is a no-op.
    """
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    data = sorted([*(package / "lang").rglob("*.tsv"), *(package / "lang").rglob("*.toml"),
                   *(package / "kb" / "data").glob("*.tsv"), *map(Path, kb_files)])
    for path in data:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for language, name in sorted((models or {}).items()):
        digest.update(f"model:{language}:".encode() + trained.fingerprint(name))
    return digest.hexdigest()


class Processor:
    """Articles to graphs, with one spaCy pipeline per language built on first use.

    `models` maps a language to a trained spaCy pipeline the user installed (a package name or a
    folder, e.g. {"en": "en_core_web_sm"}): kg's components then run on top of it and use its NER and
    parse (kg/analyse/trained.py). Off by default; a missing pipeline is a DataError right away.
    """

    def __init__(self, kb_files: tuple[str, ...] = (), models: Mapping[str, str] | None = None):
        self.kb_files = tuple(kb_files)
        self.models = {language: name for language, name in (models or {}).items() if name}
        for name in self.models.values():
            trained.check_available(name)
        self.pipelines: dict[str, Language] = {}
        self.fingerprint = extractor_fingerprint(self.kb_files, self.models)

    def ingest_key(self, article: Article) -> str:
        """Equal only for the same article read by the same extractor."""
        return hashlib.sha256(f"{article.content_hash}:{self.fingerprint}".encode()).hexdigest()

    def pipeline(self, language: str) -> Language:
        if language not in self.pipelines:
            base = trained.load(self.models[language], language) if language in self.models else None
            self.pipelines[language] = build_pipeline(language, self.kb_files, base)
        return self.pipelines[language]

    def linked(self, article: Article) -> Linked:
        clean = normalise(article.text)
        doc = analyse(self.pipeline(article.language), clean.text, article.published)
        return link(extract(article, clean, doc), load_kb(self.kb_files))

    def process(self, article: Article) -> tuple[ArticleGraph, Linked]:
        linked = self.linked(article)
        key = self.ingest_key(article)
        return ArticleGraph(article.doc, key, build_graph(linked, key)), linked


class Ingester:
    def __init__(self, store: Store, kb_files: tuple[str, ...] = (), batch_size: int = BATCH_SIZE,
                 models: Mapping[str, str] | None = None):
        self.store = store
        self.processor = Processor(kb_files, models)
        self.batch_size = batch_size

    def run(self, paths: Iterable[str], on_outcome: Callable[[Outcome], None] = lambda o: None, stdin=None) -> list[Outcome]:
        outcomes: list[Outcome] = []
        batch: list[tuple[ArticleGraph, Outcome]] = []
        seen_docs: dict[str, tuple[str, str]] = {}  # article IRI -> (doc, origin)

        def report(outcome: Outcome) -> None:
            outcomes.append(outcome)
            on_outcome(outcome)

        for item in read_paths(paths, stdin=stdin):
            if isinstance(item, InputError):
                report(Outcome(item.path, "", "failed", str(item)))
                continue
            # keyed by the article IRI: ids that differ only in case or punctuation ("Report", "report") share
            # one IRI, and writing both in one batch would drop both (each replaces the other)
            key = str(article_iri(item.doc))
            if key in seen_docs:
                used_doc, used_by = seen_docs[key]
                same = f"'{item.doc}'" if used_doc == item.doc else f"'{item.doc}' (the same IRI as '{used_doc}')"
                report(Outcome(item.origin, item.doc, "failed",
                               f"{item.origin}: doc id {same} already used by {used_by} in this batch "
                               "(give one of them another \"doc\" in its metadata)"))
                continue
            seen_docs[key] = (item.doc, item.origin)
            if self.store.stored_hash(item.doc) == self.processor.ingest_key(item):
                report(Outcome(item.origin, item.doc, "unchanged"))
                continue
            try:
                graph, linked = self.processor.process(item)
            except KgError:
                raise  # data or store problems concern every article: stop and say so
            except Exception as exc:  # a bug on one article must not sink the batch
                report(Outcome(item.origin, item.doc, "failed", f"{item.origin}: extraction failed: {exc!r}"))
                continue
            outcome = Outcome(item.origin, item.doc, "stored", events=len(linked.extraction.events),
                              triples=len(graph.graph), warnings=linked.extraction.warnings)
            batch.append((graph, outcome))
            if len(batch) >= self.batch_size:
                self._flush(batch, report)
                batch = []
        self._flush(batch, report)
        return outcomes

    def _flush(self, batch: list[tuple[ArticleGraph, Outcome]], report) -> None:
        if not batch:
            return
        from .merge import Merger

        merger = Merger(self.store)
        docs = [graph.doc for graph, _ in batch]
        before = merger.capture(docs)  # the versions being replaced, so the canonical layer can forget them
        self.store.write(graph for graph, _ in batch)
        merger.after_write(docs, before)  # incremental: only the clusters and canonical events these touch
        for _, outcome in batch:
            report(outcome)


def summarise(outcomes: list[Outcome]) -> dict[str, int]:
    counts = {"stored": 0, "unchanged": 0, "failed": 0}
    for outcome in outcomes:
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
    return counts


def iter_failures(outcomes: list[Outcome]) -> Iterator[Outcome]:
    return (o for o in outcomes if o.status == "failed")
