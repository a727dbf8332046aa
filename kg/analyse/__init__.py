"""Stage 3, analyse: a spaCy pipeline of kg's own registered components.

    kg_clitics     split clitics off Arabic words; set every token's folded norm
    kg_sentences   sentence boundaries (Arabic punctuation, line breaks)
    kg_entities    KB names, titled names, unnamed groups    -> doc.spans["kg_mentions"], doc.ents
    kg_times       time expressions resolved against doc._.published -> doc.spans["kg_dates"]
    kg_quantities  counted things                            -> doc.spans["kg_quantities"]
    kg_events      triggers and their roles                  -> doc._.kg_events

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

from . import clitics, entities, events, quantities, sentences, times  # noqa: F401  (register factories)
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
    """kg's pipeline for `language` ('ar' or 'en'), on a blank spaCy pipeline or on `base`."""
    nlp = base if base is not None else spacy.blank(language)
    customise_tokenizer(nlp)
    config = {"kb_files": list(kb_files)}
    for name in COMPONENTS:
        if name in nlp.pipe_names:
            continue
        nlp.add_pipe(name, config=config if name != "kg_sentences" else {})
    return nlp


def analyse(nlp: Language, text: str, published: date | None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.published = published
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc
