"""The small frozen records that pipeline stages hand to each other.

Nothing here knows about spaCy or RDF: an Article comes out of `kg.read`, Mentions and Events come
out of `kg.extract`, Entities come out of `kg.link`, and `kg.rdf` turns them all into quads.
Offsets are always character offsets into the ORIGINAL article text, end exclusive.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Mapping

EVENT_TYPES = (
    "visit", "meet", "talk", "negotiate", "propose", "demand", "agree", "reject", "accuse",
    "threaten", "sanction", "support", "fight", "attack", "intercept", "invade", "seize",
    "recapture", "kill", "arrest", "order", "deploy", "aid", "protest",
)
SYMMETRIC_TYPES = frozenset({"talk", "meet", "negotiate"})
MODALITIES = ("asserted", "future", "planned", "hypothetical", "attempted")
ENTITY_TYPES = (
    "Person", "Organization", "Government", "Military", "ArmedGroup", "Media", "Country", "Region",
    "City", "Facility", "Place", "Group", "Object", "Topic",
)


def frozen_mapping(data: Mapping | None = None) -> Mapping:
    return MappingProxyType(dict(data or {}))


@dataclass(frozen=True)
class Article:
    doc: str
    text: str
    language: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    origin: str = ""  # the file (and line) it was read from, for messages
    metadata: Mapping = field(default_factory=frozen_mapping)

    @property
    def content_hash(self) -> str:
        """Changes when the text or any metadata changes: the key for idempotent re-ingest."""
        payload = json.dumps(
            [self.text, self.language, str(self.published), self.title, self.url, self.outlet,
             sorted(self.metadata.items())], ensure_ascii=False, default=str)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A name or noun phrase in the text that refers to an entity."""

    span: Span
    entity_type: str
    kb_id: str | None  # knowledge-base id when the matcher knew it
    name: str  # the normalised surface name, without clitics
    rule: str
    sentence: int
    country: str | None = None  # ISO2 for demonym groups ("القوات الأوكرانية")
    english: str | None = None  # an English head for unnamed groups ("forces")
    forms: tuple[str, ...] = ()  # other names of an unnamed filler: "محكمة في إسطنبول", "استقبال الجرحى"


@dataclass(frozen=True)
class Entity:
    iri: str
    entity_type: str
    label: str  # canonical label, English when known
    labels: Mapping = field(default_factory=frozen_mapping)  # language -> canonical name
    alt_labels: frozenset = frozenset()  # (text, language) pairs: variants and forms seen
    kb_id: str | None = None
    wikidata: str | None = None
    geonames: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str
    approximate: bool = False
    qualifier: str | None = None  # approx, over, under, upto


@dataclass(frozen=True)
class Evidence:
    span: Span  # the smallest stretch of text that carries the event
    sentence: Span
    sentence_index: int
    rule: str
    lexicon_entry: str
    trigger: str


@dataclass(frozen=True)
class Event:
    event_type: str
    evidence: Evidence
    agent: Mention | None = None
    patient: Mention | None = None
    place: Mention | None = None
    source: Mention | None = None
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    quantity: Quantity | None = None
    negated: bool = False
    modality: str = "asserted"

    @property
    def key(self) -> str:
        """Identifies the event within its article, stable across re-ingests of the same text."""
        parts = [self.event_type, str(self.evidence.span.start), str(self.evidence.span.end)]
        for role in (self.agent, self.patient):
            parts.append(f"{role.span.start}" if role else "-")
        return "-".join(parts)


@dataclass(frozen=True)
class Dropped:
    """A trigger that gave no event, and why (shown by `kg explain`)."""

    trigger: Span
    sentence: int
    event_type: str
    reason: str
    lexicon_entry: str


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article, before linking."""

    article: Article
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...]
    sentences: tuple[Span, ...]
    warnings: tuple[str, ...] = ()
    dropped: tuple[Dropped, ...] = ()
