"""A trained spaCy English pipeline under kg's components (kg/analyse/trained.py; off by default).

No model is downloaded: a session fixture trains a tiny pipeline (ner + parser on a blank "en") from
the annotated sentences below, with a fixed seed, and writes it to a temporary folder. The names in
them (Zorvan Pell, Quibbex, ...) are in no KB, so only the trained NER can find them.
"""
from __future__ import annotations

import random
from datetime import date

import pytest
import spacy
from click.testing import CliRunner
from spacy.tokens import Doc, Span
from spacy.training import Example

from kg.analyse import build_pipeline, trained
from kg.analyse.resources import resources
from kg.errors import DataError
from kg.ingest import Processor
from kg.read import make_article

# word:head:dependency[:entity] per token; heads are token indices in the sentence (ClearNLP labels, as
# spaCy's English pipelines use). The text is the words joined by spaces, no space before "." or ",".
SENTENCES = [
    "Zorvan:1:compound:PERSON Pell:2:nsubj:PERSON visited:2:ROOT Quibbex:2:dobj:GPE on:2:prep Tuesday:4:pobj:DATE .:2:punct",
    "Quibbex:2:nsubjpass:GPE was:2:auxpass attacked:2:ROOT by:2:agent Marlo:5:compound:PERSON Venn:3:pobj:PERSON .:2:punct",
    "Quibbex:2:nsubjpass:GPE got:2:auxpass attacked:2:ROOT by:2:agent Marlo:5:compound:PERSON Venn:3:pobj:PERSON "
    "on:2:prep Monday:6:pobj:DATE .:2:punct",
    "Tessa:1:compound:PERSON Brandt:2:nsubj:PERSON met:2:ROOT Marlo:4:compound:PERSON Venn:2:dobj:PERSON "
    "in:2:prep Dravnor:5:pobj:GPE .:2:punct",
    "Tessa:1:compound:PERSON Brandt:2:nsubj:PERSON visited:2:ROOT Dravnor:2:dobj:GPE .:2:punct",
    "The:2:det Keltra:2:compound:ORG Union:3:nsubj:ORG sanctioned:3:ROOT Ossany:3:dobj:GPE on:3:prep Friday:5:pobj:DATE .:3:punct",
    "Ossany:2:nsubjpass:GPE was:2:auxpass sanctioned:2:ROOT by:2:agent the:6:det Keltra:6:compound:ORG Union:3:pobj:ORG .:2:punct",
    "Zorvan:1:compound:PERSON Pell:2:nsubj:PERSON met:2:ROOT Tessa:4:compound:PERSON Brandt:2:dobj:PERSON .:2:punct",
    "Marlo:1:compound:PERSON Venn:2:nsubj:PERSON arrived:2:ROOT in:2:prep Brimwick:3:pobj:GPE on:2:prep Sunday:5:pobj:DATE .:2:punct",
    "Ossanian:1:amod:NORP troops:2:nsubj attacked:2:ROOT Quibbex:2:dobj:GPE .:2:punct",
    "Zorvan:1:compound:PERSON Pell:2:nsubj:PERSON said:2:ROOT Tessa:4:compound:PERSON Brandt:5:nsubj:PERSON visited:2:ccomp "
    "Brimwick:5:dobj:GPE .:2:punct",
    "Marlo:1:compound:PERSON Venn:2:nsubj:PERSON visited:2:ROOT the:5:det Fenwick:5:compound:FAC Bridge:2:dobj:FAC .:2:punct",
    "Yara:1:compound:PERSON Ossel:2:nsubj:PERSON visited:2:ROOT Quibbex:2:dobj:GPE .:2:punct",
    "The:1:det army:2:nsubj attacked:2:ROOT Dravnor:2:dobj:GPE on:2:prep Tuesday:4:pobj:DATE .:2:punct",
]
ITERATIONS = 30
PUBLISHED = "2025-05-21"  # a Wednesday: "on Tuesday" is 2025-05-20


def reference(nlp, line: str) -> Doc:
    """The gold Doc of one annotated line."""
    cells = [token.split(":") for token in line.split()]
    words = [c[0] for c in cells]
    heads = [int(c[1]) for c in cells]
    assert [c[2] for c in cells].count("ROOT") == 1 and all(h == i for i, h in enumerate(heads) if cells[i][2] == "ROOT"), line
    spaces = [nxt not in (".", ",") for nxt in words[1:]] + [False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=[c[2] for c in cells])
    labels = [c[3] if len(c) > 3 else "" for c in cells]
    ents, i = [], 0
    while i < len(labels):
        j = i + 1
        while labels[i] and j < len(labels) and labels[j] == labels[i]:
            j += 1
        if labels[i]:
            ents.append(Span(doc, i, j, label=labels[i]))
        i = j
    doc.ents = ents
    return doc


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> str:
    """The folder of a tiny English pipeline (ner, parser) trained here on SENTENCES until it fits them."""
    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("en")
    nlp.add_pipe("ner")
    nlp.add_pipe("parser", config={"min_action_freq": 1})  # keep every label, however rare
    examples = []
    for line in SENTENCES:
        gold = reference(nlp, line)
        predicted = nlp.make_doc(gold.text)
        assert [t.text for t in predicted] == [t.text for t in gold], gold.text
        examples.append(Example(predicted, gold))
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(0)
    for _ in range(ITERATIONS):
        rng.shuffle(examples)
        for batch in spacy.util.minibatch(examples, 4):
            nlp.update(batch, sgd=optimizer, drop=0.1)
    for line in SENTENCES:  # it learned what it was taught: a failure below is kg's, not the model's
        gold, doc = reference(nlp, line), nlp(reference(nlp, line).text)
        assert [(t.head.i, t.dep_) for t in doc] == [(t.head.i, t.dep_) for t in gold], gold.text
        assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in gold.ents], gold.text
    path = tmp_path_factory.mktemp("tiny-model") / "en_tiny"
    nlp.to_disk(path)
    return str(path)


@pytest.fixture(scope="module")
def with_model(tiny_model) -> Processor:
    return Processor(models={"en": tiny_model})


@pytest.fixture(scope="module")
def without_model() -> Processor:
    return Processor()


def linked(processor: Processor, text: str):
    return processor.linked(make_article(text, {"language": "en", "published": PUBLISHED}, default_doc="t", origin="<test>"))


def mentions(processor: Processor, text: str) -> list[tuple[str, str, str, str | None]]:
    return [(m.span.text, m.entity_type, m.rule, m.kb_id) for m in linked(processor, text).extraction.mentions]


def events(processor: Processor, text: str) -> list[tuple]:
    return [(e.event_type, e.agent and e.agent.name, e.patient and e.patient.name, e.date, e.evidence.rule)
            for e in linked(processor, text).extraction.events]


# ---- the pipeline ---------------------------------------------------------------------------

def rules(nlp) -> tuple[str, str, str]:
    """The tokenizer's prefix, suffix and infix patterns."""
    tokenizer = nlp.tokenizer
    return tuple(f.__self__.pattern for f in (tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer))


def test_kg_components_come_after_the_trained_ones(tiny_model, with_model):
    nlp = with_model.pipeline("en")
    # the parser sets sentence boundaries, so kg_sentences is not added
    assert nlp.pipe_names == ["ner", "parser", "kg_clitics", "kg_entities", "kg_times", "kg_quantities", "kg_events"]
    assert rules(nlp) == rules(spacy.load(tiny_model))  # its own tokenizer, untouched


def test_a_blank_base_still_gets_kg_tokenizer_and_sentences():
    nlp = build_pipeline("en", base=spacy.blank("en"))
    assert nlp.pipe_names == ["kg_clitics", "kg_sentences", "kg_entities", "kg_times", "kg_quantities", "kg_events"]
    assert rules(nlp) == rules(build_pipeline("en")) != rules(spacy.blank("en"))


def test_the_model_changes_the_fingerprint(tiny_model, with_model, without_model):
    """Re-ingesting with a model switched on re-extracts instead of reporting 'unchanged'."""
    assert with_model.fingerprint != without_model.fingerprint
    assert Processor(models={"en": tiny_model}).fingerprint == with_model.fingerprint


# ---- names the trained NER knows --------------------------------------------------------------

SENTENCE = "Zorvan Pell visited Quibbex on Tuesday."


def test_an_agent_only_the_trained_ner_knows(with_model):
    assert ("Zorvan Pell", "Person", "ner", None) in mentions(with_model, SENTENCE)
    assert ("Quibbex", "City", "ner", None) in mentions(with_model, SENTENCE)  # a GPE the KB lacks is a city
    (event,) = events(with_model, SENTENCE)
    assert event[:4] == ("visit", "Zorvan Pell", "Quibbex", "2025-05-20")
    assert event[4] == "en/verb-dep+dep"  # subject and object from the parse


def test_without_the_model_there_is_no_such_person(without_model):
    assert not [m for m in mentions(without_model, SENTENCE) if m[0] == "Zorvan Pell"]
    assert events(without_model, SENTENCE) == []


def test_kb_names_win_over_the_ner(with_model):
    found = mentions(with_model, "Vladimir Putin visited Kursk on Tuesday.")
    assert ("Vladimir Putin", "Person", "kb", "person/vladimir-putin") in found
    assert [m for m in found if m[0] == "Kursk"][0][2:] == ("kb", "region/kursk-oblast")
    assert events(with_model, "Vladimir Putin visited Kursk on Tuesday.")[0][:3] == ("visit", "Vladimir Putin", "Kursk")


# ---- roles from the parse ---------------------------------------------------------------------

def test_a_passive_by_the_parse(with_model, without_model):
    """"got attacked" is no passive to kg's rules (its auxiliaries are forms of "be"); the parse says it is."""
    text = "Quibbex got attacked by Marlo Venn on Monday."
    (event,) = events(with_model, text)
    assert event[:4] == ("attack", "Marlo Venn", "Quibbex", "2025-05-19")
    assert "dep" in event[4]
    assert events(without_model, text) == []


def test_a_passive_with_an_organisation(with_model):
    (event,) = events(with_model, "Ossany was sanctioned by the Keltra Union.")
    assert event[:3] == ("sanction", "Keltra Union", "Ossany")
    assert event[4] == "en/verb-dep+passive-subject"


def test_the_object_of_a_frame_preposition(with_model):
    (event,) = events(with_model, "Marlo Venn arrived in Brimwick on Sunday.")  # arrive: patient after in|at
    assert event[:4] == ("visit", "Marlo Venn", "Brimwick", "2025-05-18")


def test_a_reported_event_keeps_its_source(with_model):
    (event,) = linked(with_model, "Zorvan Pell said Tessa Brandt visited Brimwick.").extraction.events
    assert (event.event_type, event.agent.name, event.patient.name, event.source.name) == (
        "visit", "Tessa Brandt", "Brimwick", "Zorvan Pell")


# ---- the functions on hand-made docs (no model) ----------------------------------------------------

def test_ner_labels_map_to_kg_types():
    res = resources("en")
    doc = spacy.blank("en")("Ukraine and Ukrainians met Zorvan Pell at the Fenwick Bridge near the Oska Hills on Tuesday")
    doc.ents = [Span(doc, 0, 1, "GPE"), Span(doc, 2, 3, "NORP"), Span(doc, 4, 6, "PERSON"), Span(doc, 8, 10, "FAC"),
                Span(doc, 12, 14, "LOC"), Span(doc, 15, 16, "DATE")]
    found = [(s.text, s.label_, s.kb_id_, s._.kg["country"], s._.kg["rule"]) for s in trained.ner_mentions(doc, res)]
    assert found == [
        ("Ukraine", "Country", "country/UA", "", "ner"),  # the KB says it is a country
        ("Ukrainians", "Group", "", "UA", "ner"),  # demonym-like: the country from the demonyms table
        ("Zorvan Pell", "Person", "", "", "ner"),
        ("Fenwick Bridge", "Facility", "", "", "ner"),
        ("Oska Hills", "Place", "", "", "ner"),
    ]  # DATE is left to kg_times


def test_no_ner_no_parse_nothing():
    doc = spacy.blank("en")("Zorvan Pell visited Quibbex.")
    assert trained.ner_mentions(doc, resources("en")) == []
    assert trained.dependency_roles(doc, 2, 3) is None


def parsed(words: str, heads: list[int], deps: str) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words.split(), heads=heads, deps=deps.split())


def test_dependency_roles_active_and_passive():
    doc = parsed("Pell visited Quibbex", [1, 1, 1], "nsubj ROOT dobj")
    assert [t.text if t is not None else None for t in trained.dependency_roles(doc, 1, 2)[:2]] == ["Pell", "Quibbex"]
    doc = parsed("Quibbex was attacked by Venn", [2, 2, 2, 2, 3], "nsubjpass auxpass ROOT agent pobj")
    roles = trained.dependency_roles(doc, 2, 3)
    assert (roles.subject.text, roles.object.text, roles.passive) == ("Venn", "Quibbex", True)
    # Universal Dependencies labels: the "by" phrase is an oblique with "by" as its case marker
    doc = parsed("Quibbex was attacked by Venn", [2, 2, 2, 4, 2], "nsubj:pass aux:pass ROOT case obl")
    roles = trained.dependency_roles(doc, 2, 3)
    assert (roles.subject.text, roles.object.text) == ("Venn", "Quibbex")


def test_dependency_roles_follow_the_trigger_frame():
    doc = parsed("Pell met with Venn", [1, 1, 1, 2], "nsubj ROOT prep pobj")
    assert trained.dependency_roles(doc, 1, 2, ("obj", "with")).object.text == "Venn"
    assert trained.dependency_roles(doc, 1, 2, ("obj",)).object is None  # "with" is not in this frame
    doc = parsed("Pell arrived Tuesday", [1, 1, 1], "nsubj ROOT dobj")
    assert trained.dependency_roles(doc, 1, 2, ("in", "at")).object is None  # no direct object in the frame


# ---- configuration and errors -----------------------------------------------------------------

def test_a_missing_model_is_a_data_error(tmp_path):
    missing = str(tmp_path / "no-such-pipeline")
    with pytest.raises(DataError, match="no-such-pipeline") as raised:
        Processor(models={"en": missing})
    assert "pip" in str(raised.value) and "--spacy-model" in str(raised.value)
    assert raised.value.exit_code == 3


def test_a_folder_that_is_no_pipeline_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match="cannot be loaded"):
        Processor(models={"en": str(tmp_path)}).pipeline("en")


def test_a_pipeline_of_another_language_is_a_data_error(tmp_path):
    spacy.blank("de").to_disk(tmp_path / "de")
    with pytest.raises(DataError, match="'de' pipeline"):
        Processor(models={"en": str(tmp_path / "de")}).pipeline("en")


def test_cli_option_and_environment_variable(tmp_path, tiny_model):
    from kg.cli import main

    article = tmp_path / "zorvan.txt"
    article.write_text(SENTENCE + "\n", encoding="utf-8")
    (tmp_path / "zorvan.json").write_text('{"language": "en", "published": "%s"}' % PUBLISHED, encoding="utf-8")
    runner = CliRunner()
    shown = runner.invoke(main, ["explain", str(article), "--spacy-model", tiny_model])
    assert shown.exit_code == 0, shown.output
    assert "'Zorvan Pell'" in shown.output and "visit" in shown.output
    shown = runner.invoke(main, ["explain", str(article)], env={"KG_SPACY_MODEL_EN": tiny_model})
    assert "'Zorvan Pell'" in shown.output
    plain = runner.invoke(main, ["explain", str(article)], env={"KG_SPACY_MODEL_EN": ""})
    assert plain.exit_code == 0 and "'Zorvan Pell'" not in plain.output  # off by default
    missing = str(tmp_path / "nowhere")
    failed = runner.invoke(main, ["ingest", str(article), "--store", str(tmp_path / "store"), "--spacy-model", missing])
    assert failed.exit_code == 3
    assert "nowhere" in failed.output and "pip" in failed.output
    assert not (tmp_path / "store").exists()  # checked before the store is opened


def test_ingest_with_the_model(tmp_path, tiny_model):
    from kg.cli import main

    article = tmp_path / "zorvan.txt"
    article.write_text(SENTENCE + "\n", encoding="utf-8")
    (tmp_path / "zorvan.json").write_text('{"language": "en", "published": "%s"}' % PUBLISHED, encoding="utf-8")
    store = str(tmp_path / "store")
    runner = CliRunner()
    stored = runner.invoke(main, ["ingest", str(article), "--store", store, "--spacy-model", tiny_model])
    assert stored.exit_code == 0, stored.output
    assert "1 events" in stored.output
    answer = runner.invoke(main, ["query", "who-visited-what", "--store", store, "--format", "csv"])
    assert "Zorvan Pell" in answer.output and "Quibbex" in answer.output
    again = runner.invoke(main, ["ingest", str(article), "--store", store])  # without it: another extractor
    assert "0 events" in again.output
