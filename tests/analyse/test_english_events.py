"""kg_events on English news: one sentence per phenomenon, checked on doc._.kg_events."""
from __future__ import annotations

from datetime import date

import pytest

from kg.analyse import analyse, build_pipeline

PUBLISHED = date(2025, 5, 20)


@pytest.fixture(scope="module")
def en_nlp():
    return build_pipeline("en")


def _text(span):
    return span.text if span is not None else None


def events(nlp, text):
    doc = analyse(nlp, text, PUBLISHED)
    return [{"type": e["type"], "agent": _text(e["agent"]), "patient": _text(e["patient"]),
             "source": _text(e["source"]), "negated": e["negated"], "modality": e["modality"], "rule": e["rule"]}
            for e in doc._.kg_events]


def triples(nlp, text, event_type=None):
    return sorted((e["type"], e["agent"], e["patient"]) for e in events(nlp, text)
                  if event_type in (None, e["type"]) and e["modality"] == "asserted")


# ---- passives ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,patient", [
    ("A police officer was shot dead on Friday.", "police officer"),
    ("In a separate investigation, three more Iranian men were arrested in London.", "three more Iranian men"),
    ("Abdulghani al-Kikli, the head of the Stability Support Apparatus, one of the most powerful militias, "
     "was killed at a base.", "Abdulghani al-Kikli"),
    ("Imamoglu, Erdogan's main political rival, was detained on March 19.", "Imamoglu"),
])
def test_passive_without_agent_keeps_the_victim_or_detainee(en_nlp, text, patient):
    found = [e for e in events(en_nlp, text) if e["type"] in ("kill", "arrest")]
    assert [(e["agent"], e["patient"]) for e in found] == [(None, patient)]


def test_passive_without_agent_only_for_victims_and_detainees(en_nlp):
    assert triples(en_nlp, "The airport was attacked on Sunday.") == []
