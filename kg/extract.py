"""From an analysed Doc to the records later stages use, with offsets into the ORIGINAL text.

spaCy saw the normalised text; `NormalisedText.original_span` maps every span back, so evidence and
mentions quote the article exactly as it was published.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan

from .model import Article, Dropped, Event, Evidence, Extraction, Mention, Quantity, Span
from .normalise import NormalisedText


class Extractor:
    def __init__(self, article: Article, clean: NormalisedText, doc: Doc):
        self.article, self.clean, self.doc = article, clean, doc
        self.sentence_of = {}
        self.sentences = []
        for index, sent in enumerate(doc.sents):
            self.sentences.append(self.span(sent.start_char, sent.end_char))
            for token in sent:
                self.sentence_of[token.i] = index
        self.mentions: dict[tuple[int, int], Mention] = {}

    def span(self, start_char: int, end_char: int) -> Span:
        start, end = self.clean.original_span(start_char, end_char)
        return Span(start, end, self.article.text[start:end])

    def mention(self, span: SpacySpan | None) -> Mention | None:
        if span is None:
            return None
        key = (span.start, span.end)
        if key not in self.mentions:
            info = span._.kg or {}
            unit = info.get("unit")
            if unit is not None:  # a counted set standing as a role: "200 سفينة"
                text_span = self.span(span.start_char, span.end_char)
                self.mentions[key] = Mention(
                    span=text_span, entity_type="Group", kb_id=None, name=_unit_words(span), rule="quantity",
                    sentence=self.sentence_of.get(span.start, 0), english=unit, forms=tuple(info.get("forms") or ()))
            else:
                self.mentions[key] = Mention(
                    span=self.span(span.start_char, span.end_char), entity_type=span.label_,
                    kb_id=span.kb_id_ or None, name=surface(span), rule=info.get("rule", ""),
                    sentence=self.sentence_of.get(span.start, 0), country=info.get("country") or None,
                    english=info.get("english") or None, forms=tuple(info.get("forms") or ()))
        return self.mentions[key]

    def event(self, frame: dict) -> Event | None:
        trigger_start, trigger_end = frame["trigger"]
        sentence = self.doc[trigger_start].sent
        # the evidence stays inside the trigger's sentence, even when an actor was carried over
        roles = [r for r in (frame["agent"], frame["patient"]) if r is not None and sentence.start <= r.start < sentence.end]
        first = min([trigger_start, *(r.start for r in roles)])
        last = max([trigger_end, *(r.end for r in roles)])
        doc = self.doc
        sentence_index = self.sentence_of.get(trigger_start, 0)
        evidence = Evidence(
            span=self.span(doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)),
            sentence=self.sentences[sentence_index], sentence_index=sentence_index, rule=frame["rule"],
            lexicon_entry=frame["lexicon"], trigger=doc[trigger_start:trigger_end].text)
        patient = frame["patient"]
        quantity = None
        counted = patient if patient is not None and (patient._.kg or {}).get("unit") is not None else frame.get("count")
        if counted is not None and not frame.get("part") and not counted._.kg.get("vague"):
            # ("most of them", "dozens of sites": no count; the weapons an attack was made with count it)
            info = counted._.kg
            quantity = Quantity(value=info["value"], unit=info["unit"], approximate=info["approx"],
                                qualifier=info["qualifier"])
        date = frame.get("date")
        return Event(
            event_type=frame["type"], evidence=evidence, agent=self.mention(frame["agent"]),
            patient=self.mention(patient), place=self.mention(frame["place"]), source=self.mention(frame["source"]),
            date=date.label_ or None if date is not None else None, quantity=quantity,
            negated=frame["negated"], modality=frame["modality"])


def surface(span: SpacySpan) -> str:
    """A mention as a name: للحكومة was cut ل + لحكومة; the name is الحكومة, as its norm says."""
    first = span[0]
    text = span.text
    if first.norm_.startswith("ال") and first.text.startswith("ل") and not first.text.startswith("ال"):
        text = "ا" + text
    return text


def _unit_words(span: SpacySpan) -> str:
    """The counted noun of a quantity span, without the number and approximation words."""
    start = span._.kg.get("unit_start") or span.start
    end = min(span._.kg.get("unit_end") or span.end, span.end)
    return span.doc[start:end].text if start < end else span.text


def extract(article: Article, clean: NormalisedText, doc: Doc) -> Extraction:
    extractor = Extractor(article, clean, doc)
    events = []
    seen = set()
    for frame in doc._.kg_events:
        event = extractor.event(frame)
        if event is not None and event.key not in seen:
            seen.add(event.key)
            events.append(event)
    for span in doc.spans.get("kg_mentions", []):
        extractor.mention(span)
    warnings = () if article.published else (
        f"{article.origin or article.doc}: no publication date; relative dates are left unresolved",)
    dropped = tuple(
        Dropped(extractor.span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)), extractor.sentence_of.get(a, 0),
                item["type"], item["reason"], item["lexicon"])
        for item in doc._.kg_dropped for a, b in [item["trigger"]])
    return Extraction(article, tuple(extractor.mentions.values()), tuple(events), tuple(extractor.sentences),
                      warnings, dropped)
