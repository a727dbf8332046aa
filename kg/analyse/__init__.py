"""Stage 3, analyse: a spaCy pipeline of kg's own registered components.

    kg_clitics     split clitics off Arabic words; set every token's folded norm
    kg_sentences   sentence boundaries (Arabic punctuation, line breaks)
    kg_entities    KB names, titled names, unnamed groups    -> doc.spans["kg_mentions"], doc.ents
    kg_times       time expressions resolved against doc._.published -> doc.spans["kg_dates"]
    kg_quantities  counted things                            -> doc.spans["kg_quantities"]
    kg_events      triggers and their roles                  -> doc._.kg_events

On a trained pipeline (`build_pipeline(..., base=spacy.load(NAME))`, off by default; see `trained.py`)
kg_entities also takes the trained NER's names and kg_events the parse's subjects and objects.

Each is a `@Language.factory`, so it can be added by name to any pipeline:

    >>> import spacy, kg.analyse
    >>> nlp = spacy.blank("ar")
    >>> _ = nlp.add_pipe("kg_sentences")
    >>> [s.text for s in nlp("جملة أولى. جملة ثانية").sents]
    ['جملة أولى.', 'جملة ثانية']
"""
from __future__ import annotations

from datetime import date

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import clitics, entities, events, quantities, sentences, times, trained  # noqa: F401  (register factories)
from .tokenizer import customise_tokenizer

COMPONENTS = ("kg_clitics", "kg_sentences", "kg_entities", "kg_times", "kg_quantities", "kg_events")

if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)
if not Doc.has_extension("kg_events"):
    Doc.set_extension("kg_events", default=[])
if not Doc.has_extension("kg_dropped"):
    Doc.set_extension("kg_dropped", default=[])  # triggers that gave no event, with the reason
if not Span.has_extension("kg"):
    Span.set_extension("kg", default={})


def build_pipeline(language: str, kb_files: tuple[str, ...] = (), base: Language | None = None) -> Language:
    """kg's pipeline for `language` ('ar' or 'en'), on a blank spaCy pipeline or on `base`.

    A trained `base` (`spacy.load(...)`, see `trained.py`) keeps its own tokenizer and components; kg's
    come after them, and kg_sentences only if no parser or senter sets sentence boundaries already.
    """
    nlp = base if base is not None else spacy.blank(language)
    trained_base = any(n not in COMPONENTS for n in nlp.pipe_names)
    if not trained_base:
        customise_tokenizer(nlp)  # a trained pipeline's tokenizer is part of what it learned: left as it is
    config = {"kb_files": list(kb_files)}
    for name in COMPONENTS:
        if name in nlp.pipe_names or name == "kg_sentences" and trained.sets_sentences(nlp):
            continue
        nlp.add_pipe(name, config=config if name != "kg_sentences" else {}, last=True)
    return nlp


def analyse(nlp: Language, text: str, published: date | None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.published = published
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc
