"""Reading a trained spaCy pipeline's annotations: its named entities and its dependency parse.

Off by default. A user who has a trained English pipeline installed (`en_core_web_sm`, or a folder a
`spacy train` wrote) enables it with `kg ingest --spacy-model NAME_OR_PATH` or `$KG_SPACY_MODEL_EN`;
`build_pipeline` then adds kg's components after the trained ones, and they read what those left:

- `ner_mentions`: `doc.ents` as kg mentions (rule `ner`), typed by `lang/<language>/ner_labels.tsv`
  and by the KB when it knows the name; `join` adds them to kg's own candidates (KB names and titled
  names win over an overlapping NER name, an NER name wins over an unnamed group);
- `dependency_roles`: who acts and what is acted on for a trigger, from the labels in the
  `[dependencies]` table of `lang/<language>/morphology.toml`; `kg_events` tries the mention holding
  those tokens before its own word-order rules.

On a doc without NER or parse annotations every function here returns nothing, so a blank pipeline
behaves exactly as before. Nothing is ever downloaded: a missing pipeline is a `DataError`.
"""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..errors import DataError
from ..lang import LANG_DIR, settings, table
from ..lang.fold import strip_article
from .resources import Resources

NO_MODEL_FIX = "install it with pip, or drop --spacy-model / unset KG_SPACY_MODEL_EN"


# ---- loading ----------------------------------------------------------------------------

def check_available(name: str) -> None:
    """Fail early, before any article is read, if `name` is neither an installed package nor a folder."""
    if not (spacy.util.is_package(name) or Path(name).exists()):
        raise DataError(f"spaCy pipeline '{name}' not found: it is neither an installed package nor a folder ({NO_MODEL_FIX})")


def load(name: str, language: str) -> Language:
    """`spacy.load(name)`, with kg's error for a missing or unreadable pipeline or one of another language."""
    check_available(name)
    try:
        nlp = spacy.load(name)
    except (OSError, ValueError, KeyError) as exc:
        raise DataError(f"spaCy pipeline '{name}' cannot be loaded: {exc} ({NO_MODEL_FIX})") from None
    if nlp.lang != language:
        raise DataError(f"spaCy pipeline '{name}' is a '{nlp.lang}' pipeline; kg uses it for '{language}' articles "
                        f"(give an English pipeline, or drop --spacy-model)")
    return nlp


def fingerprint(name: str) -> bytes:
    """What identifies a pipeline for re-ingesting: its name, and its meta.json or package version."""
    meta = Path(name) / "meta.json"
    if meta.is_file():
        return name.encode() + meta.read_bytes()
    return f"{name}=={spacy.util.get_package_version(name) or ''}".encode()


def sets_sentences(nlp: Language) -> bool:
    """Whether a component of `nlp` (a parser, a senter) already sets sentence boundaries."""
    return any("token.is_sent_start" in nlp.get_pipe_meta(name).assigns for name in nlp.pipe_names)


# ---- named entities ---------------------------------------------------------------------

def ner_mentions(doc: Doc, res: Resources, candidates: Sequence[Span] = ()) -> list[Span]:
    """The trained NER's entities whose label `ner_labels.tsv` maps, as kg mentions (rule `ner`).

    Those that kg's own `candidates` override are left out (KB > title > NER > groups): an NER name that
    overlaps a KB, titled or demonym candidate, or lies inside a longer group ("Ukrainian" in "Ukrainian
    forces" is the group's qualifier). This is decided before any `_.kg` is set: spaCy keys a span's
    extension values by its character offsets, so an NER span over a KB name would overwrite its rule.
    """
    if not doc.ents or not (LANG_DIR / res.language / "ner_labels.tsv").exists():
        return []
    labels = {row["label"]: row for row in table(res.language, "ner_labels")}
    groups = [s for s in candidates if s._.kg.get("rule") == "group"]
    named = [s for s in candidates if s._.kg.get("rule") != "group"]
    found = []
    for ent in doc.ents:
        row = labels.get(ent.label_)
        if row is None or any(_overlap(ent, s) for s in named) or any(
                g.start <= ent.start and ent.end <= g.end and len(g) > len(ent) for g in groups):
            continue
        entity_type, kb_id, country, english = row["type"], "", "", ""
        kb_types = row.alternatives("kb_types")
        entry = next((e for e in res.kb.lookup(ent.text, res.language) if e.type in kb_types), None)
        if entry is not None:
            entity_type, kb_id = entry.type, entry.id  # "Ukraine" tagged GPE is the KB's country
        if row["demonym"] == "yes":
            words = [strip_article(t.norm_ or t.lower_) for t in ent]
            size, isos = res.demonyms.longest(words, 0)
            if size == len(words):
                country, english = isos[0], "people"
        span = Span(doc, ent.start, ent.end, label=entity_type, kb_id=kb_id)
        span._.kg = {"rule": "ner", "english": english, "country": country}
        found.append(span)
    return found


def join(candidates: list[Span], ner: list[Span]) -> list[Span]:
    """kg's candidate mentions plus the NER's names (from `ner_mentions(doc, res, candidates)`): a group
    that overlaps an NER name gives way to it."""
    if not ner:
        return candidates
    return [s for s in candidates if s._.kg.get("rule") != "group" or not any(_overlap(s, n) for n in ner)] + ner


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


# ---- dependencies -----------------------------------------------------------------------

class Roles(NamedTuple):
    """A trigger's arguments in a dependency parse, as roles rather than grammatical functions."""

    subject: Token | None  # who acts: the subject, or in a passive the object of "by"
    object: Token | None  # what is acted on: the direct object, the object of a frame preposition, or a passive's subject
    passive: bool


def dependency_roles(doc: Doc, trigger_start: int, trigger_end: int, frame: tuple[str, ...] = ("obj",)) -> Roles | None:
    """Who acts and what is acted on for the trigger at [trigger_start, trigger_end), read from the
    parse (None when the doc has none). `frame` is the trigger's patient column: `obj` lets a direct
    object count, prepositions let their object count ("met with X", "arrived in X")."""
    if not doc.has_annotation("DEP"):
        return None
    labels = settings(doc.lang_).get("dependencies", {})
    label = {key: frozenset(values) for key, values in labels.items()}
    empty: frozenset[str] = frozenset()
    head = doc[trigger_start:trigger_end].root
    children = list(head.children)
    passive = any(c.dep_ in label.get("passive_subject", empty) or c.dep_ in label.get("passive_marker", empty)
                  for c in children)
    preps = {p for p in frame if p != "obj"}
    subject = obj = None
    for child in children:
        dep = child.dep_
        if dep in label.get("subject", empty) and subject is None and not passive:
            subject = child
        elif dep in label.get("passive_subject", empty) and obj is None:
            obj = child
        elif dep in label.get("agent", empty) and subject is None:
            # ClearNLP: "by" is the agent and its object acts; UD (obl:agent): the noun itself, with "by" as its case
            subject = _object_of(child, label.get("preposition_object", empty)) or (child if _case(child, label) else None)
        elif dep in label.get("oblique", empty) and passive and subject is None \
                and _case(child, label) & label.get("agent_case", empty):
            subject = child  # UD: "by X" in a passive
        elif dep in label.get("object", empty) and obj is None and not passive and ("obj" in frame or not frame):
            obj = child
        elif dep in label.get("preposition", empty) and obj is None and not passive and child.lower_ in preps:
            obj = _object_of(child, label.get("preposition_object", empty))
        elif dep in label.get("oblique", empty) and obj is None and not passive and _case(child, label) & preps:
            obj = child  # UD: "met with X"
    return Roles(subject, obj, passive)


def _object_of(preposition: Token, labels: frozenset[str]) -> Token | None:
    return next((c for c in preposition.children if c.dep_ in labels), None)


def _case(token: Token, label: dict) -> frozenset[str]:
    return frozenset(c.lower_ for c in token.children if c.dep_ in label.get("case", frozenset()))
