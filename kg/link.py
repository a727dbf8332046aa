"""Stage 4, link: every mention becomes an Entity with a stable IRI.

- A KB mention gets the KB entry's IRI. When the name is a metonym (the city موسكو, the seat of a
  government) and the role is an actor's (agent, source, the accused), the government's country is
  meant, so the role links there; as a place or a visited or attacked target it stays the city.
- A name the KB lacks gets an IRI minted from its type and normalised name, the same in every article,
  so later merging can join it.
- An unnamed group qualified by a country ("القوات الأوكرانية") is shared across articles
  ("forces of Ukraine"); any other group or topic ("local volunteers", "the ceasefire") belongs to its
  article and gets an article-scoped IRI.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Mapping

from .iri import minted_entity_iri, node_iri
from .kb import KBEntry, KnowledgeBase
from .lang import settings
from .lang.fold import fold
from .model import Entity, Event, Extraction, Mention

PLACE_PATIENT_TYPES = frozenset({"visit", "attack", "invade", "seize", "recapture", "deploy"})
ROLES = ("agent", "patient", "place", "source")
THING_TYPES = frozenset({"Topic", "Object"})  # a ship, a document: named again by a definite noun alone


@dataclass(frozen=True)
class Linked:
    extraction: Extraction
    entities: Mapping[str, Entity]  # iri -> entity
    mention_iris: Mapping[Mention, str]  # each mention's default entity
    event_roles: tuple[Mapping[str, str], ...]  # per event, role -> entity iri


def wants_actor(role: str, event_type: str, rule: str = "") -> bool:
    """Whether a role names an actor (a capital then stands for its government) or a place."""
    if role == "place":
        return False
    if role == "patient" and event_type in PLACE_PATIENT_TYPES and not rule.endswith("accused-act"):
        return False  # "attacked Kyiv" is the city; "accused each other of attacks" are the governments
    return True


@dataclass
class Linker:
    kb: KnowledgeBase
    extraction: Extraction
    entities: dict[str, Entity] = field(default_factory=dict)
    seen: dict[str, set] = field(default_factory=dict)
    _things: list[Mention] | None = None

    @property
    def language(self) -> str:
        return self.extraction.article.language

    def link(self) -> Linked:
        mention_iris = {m: self.entity_for(m) for m in self.extraction.mentions}
        linked_events = []
        for event in self.extraction.events:
            linked_events.append((event, MappingProxyType({
                role: self.entity_for(getattr(event, role), role, event.event_type, event.evidence.rule)
                for role in ROLES if getattr(event, role) is not None})))
        kept = one_line_per_event(linked_events)
        entities = {iri: self._finish(entity) for iri, entity in self.entities.items()}
        extraction = replace(self.extraction, events=tuple(e for e, _ in kept))
        return Linked(extraction, MappingProxyType(entities), MappingProxyType(mention_iris), tuple(r for _, r in kept))

    def entity_for(self, mention: Mention, role: str | None = None, event_type: str = "", rule: str = "") -> str:
        entry = self.kb.get(mention.kb_id) if mention.kb_id else None
        if entry is not None:
            if role and entry.metonym_of and wants_actor(role, event_type, rule):
                entry = self.kb.get(entry.metonym_of) or entry
            return self._remember(self._from_kb(entry), mention)
        country = self.kb.country(mention.country) if mention.country else None
        if country is not None and mention.rule == "demonym" and mention.entity_type == "Country":
            return self._remember(self._from_kb(country), mention)  # "غارات إسرائيلية": Israel's
        if mention.country:
            # "القوات الأوكرانية", "السفارة الأمريكية": one node per country and kind, in every article
            country_name = country.label if country else mention.country
            head = mention.english or fold(mention.name, self.language)
            label = f"{mention.english} of {country_name}" if mention.english else mention.name
            iri = str(minted_entity_iri(mention.entity_type, f"{mention.country} {head}"))
            labels = {"en": label} if mention.english else {self.language: label}
            entity = Entity(iri, mention.entity_type, label, MappingProxyType(labels), country=f"country/{mention.country}")
            return self._remember(entity, mention)
        antecedent = self._antecedent(mention)
        if antecedent is not None:
            iri = self.entity_for(antecedent)
            return self._remember(self.entities[iri], mention)
        if mention.rule in ("group", "quantity", "title-alone", "complement") or mention.entity_type in ("Group", "Object", "Topic"):
            doc = self.extraction.article.doc
            iri = str(node_iri(doc, mention.entity_type.lower(), fold(mention.name, self.language)))
            labels = {self.language: mention.name}
            if mention.english:
                labels.setdefault("en", mention.english)
            counted = frozenset({(mention.span.text, self.language)}) if mention.rule == "quantity" else frozenset()
            entity = Entity(iri, mention.entity_type, mention.name, MappingProxyType(labels), counted)
            return self._remember(entity, mention)
        iri = str(minted_entity_iri(mention.entity_type, fold(mention.name, self.language)))
        entity = Entity(iri, mention.entity_type, mention.name, MappingProxyType({self.language: mention.name}))
        return self._remember(entity, mention)

    def _antecedent(self, mention: Mention) -> Mention | None:
        """The thing a definite noun alone names again: the nearest unnamed thing before it, in this article,
        whose phrase has that noun as its head ('سفينة الشحن "إترنيتي سي"' ... "السفينة")."""
        syntax = settings(self.language).get("syntax", {})
        article, position = syntax.get("anaphor_article", ""), syntax.get("phrase_head", "first")
        name = fold(mention.name, self.language)
        if mention.entity_type not in THING_TYPES or mention.kb_id or mention.country or not article \
                or not name.startswith(article) or len(name[len(article):].split()) != 1:
            return None
        head = name[len(article):].strip()
        before = sorted((m for m in self._local_things() if m.span.start < mention.span.start),
                        key=lambda m: m.span.start, reverse=True)
        for candidate in before:
            words = [w.removeprefix(article) for w in fold(candidate.name, self.language).split()]
            if len(words) > 1 and head in (words[:1] if position == "first" else words):
                return candidate
        return None

    def _local_things(self) -> list[Mention]:
        """Every unnamed thing the article's mentions and event roles hold, and every facility it names ("حقل كورمور
        الغازي" ... "الحقل")."""
        if self._things is None:
            found = list(self.extraction.mentions) + [getattr(e, role) for e in self.extraction.events for role in ROLES]
            self._things = [m for m in found if m is not None and (
                m.entity_type in THING_TYPES and not m.kb_id and not m.country or m.entity_type == "Facility")]
        return self._things

    def _from_kb(self, entry: KBEntry) -> Entity:
        labels = {lang: name for lang, name in (("en", entry.name_en), ("ar", entry.name_ar)) if name}
        alt = frozenset({(a, "en") for a in entry.aliases_en} | {(a, "ar") for a in entry.aliases_ar})
        return Entity(entry.entity_iri, entry.type, entry.label, MappingProxyType(labels), alt, kb_id=entry.id,
                      wikidata=entry.wikidata or None, geonames=entry.geonames or None,
                      country=f"country/{entry.country}" if entry.country and entry.type != "Country" else None)

    def _remember(self, entity: Entity, mention: Mention) -> str:
        self.entities.setdefault(entity.iri, entity)
        self.seen.setdefault(entity.iri, set()).add((mention.name, self.language))
        self.seen[entity.iri].update((form, self.language) for form in mention.forms)
        if mention.rule == "quantity":  # "three more Iranian men": the counted phrase as the text has it
            self.seen[entity.iri].add((mention.span.text, self.language))
        return entity.iri

    def _finish(self, entity: Entity) -> Entity:
        """Add the forms seen in this article to the entity's alternative labels."""
        canonical = set(entity.labels.items())
        seen = {(text, lang) for text, lang in self.seen.get(entity.iri, ()) if (lang, text) not in canonical}
        return Entity(entity.iri, entity.entity_type, entity.label, entity.labels, entity.alt_labels | seen,
                      entity.kb_id, entity.wikidata, entity.geonames, entity.country)


def one_line_per_event(events: list[tuple[Event, Mapping]]) -> list[tuple[Event, Mapping]]:
    """An article that tells one event twice gives one event (the annotation conventions, rule 5):
    the same type, agent, patient and polarity are one event, kept at its first, fullest telling;
    a telling without a patient is dropped when another telling of that type and agent has one."""
    def key(item):
        event, roles = item
        return (event.event_type, roles.get("agent"), roles.get("patient"), event.negated, event.modality)

    def fullness(item):
        event, roles = item
        return len(roles) + bool(event.date) + bool(event.quantity)

    best: dict = {}
    for index, item in enumerate(events):
        k = key(item)
        if k not in best or fullness(item) > fullness(events[best[k]]):
            best[k] = index
    with_patient = {(k[0], k[1], k[3], k[4]) for k in best if k[2] is not None}
    keep = sorted(i for k, i in best.items() if k[2] is not None or (k[0], k[1], k[3], k[4]) not in with_patient)
    return [events[i] for i in keep]


def link(extraction: Extraction, kb: KnowledgeBase) -> Linked:
    return Linker(kb, extraction).link()

