"""`kg explain`: what the extractor saw in each sentence, and which rule and lexicon row fired.

This is how a user or a developer debugs a missed or a wrong event without reading code.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, Mapping

from .errors import InputError
from .ingest import Processor
from .read import read_file


def explain_file(path: Path, kb_files: tuple[str, ...] = (), models: Mapping[str, str] | None = None) -> Iterator[str]:
    processor = Processor(kb_files, models)
    for article in read_file(path):
        if isinstance(article, InputError):
            raise article
        linked = processor.linked(article)
        extraction = linked.extraction
        yield f"# {article.doc} ({article.language}, published {article.published or 'unknown'})"
        for warning in extraction.warnings:
            yield f"note: {warning}"
        for index, sentence in enumerate(extraction.sentences):
            if not sentence.text.strip():
                continue
            yield f"\n[{index}] {sentence.text.strip()}"
            for mention in extraction.mentions:
                if mention.sentence == index:
                    iri = linked.mention_iris[mention]
                    yield f"    mention  {mention.span.text!r:32} {mention.entity_type:12} {mention.rule:8} {iri}"
            for dropped in extraction.dropped:
                if dropped.sentence == index:
                    yield f"    no event {dropped.event_type} from {dropped.trigger.text!r}: {dropped.reason} ({dropped.lexicon_entry})"
            for event, roles in zip(extraction.events, linked.event_roles):
                if event.evidence.sentence_index != index:
                    continue
                flags = [f for f, on in (("NEGATED", event.negated), (event.modality.upper(), event.modality != "asserted")) if on]
                yield (f"    EVENT    {event.event_type} {' '.join(flags)}\n"
                       f"             agent={_name(event.agent)} patient={_name(event.patient)} place={_name(event.place)}"
                       f" source={_name(event.source)} date={event.date} quantity={event.quantity and (event.quantity.value, event.quantity.unit)}\n"
                       f"             rule={event.evidence.rule} lexicon={event.evidence.lexicon_entry}\n"
                       f"             evidence={event.evidence.span.text!r}")


def _name(mention) -> str:
    return repr(mention.span.text) if mention is not None else "-"
