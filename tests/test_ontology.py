"""Checks for the kg ontology (ontology/kg.ttl), its SHACL shapes and the SPARQL queries."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD
from rdflib.paths import AlternativePath
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology"
KG_TTL = ONTOLOGY / "kg.ttl"
SHAPES_TTL = ONTOLOGY / "shapes.ttl"
QUERIES = sorted((ONTOLOGY / "queries").glob("*.rq"))
EVENT_TYPES_TSV = ROOT / ".." / "shared" / "eval" / "event-types.tsv"

KG = Namespace("https://w3id.org/kg/ont#")
KGSH = Namespace("https://w3id.org/kg/shapes#")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SH = Namespace("http://www.w3.org/ns/shacl#")

# The exact list of kg: terms; the code's DefinedNamespace must carry the same list.
EVENT_CLASSES = (
    "Visit Meet Talk Negotiate Propose Demand Agree Reject Accuse Threaten Sanction Support "
    "Fight Attack Intercept Invade Seize Recapture Kill Arrest Order Deploy Aid Protest"
).split()
DIRECT_PREDICATES = (
    "visited met talkedWith negotiatedWith proposed demanded agreedTo rejected accused "
    "threatened sanctioned supported fought attacked intercepted invaded seized recaptured "
    "killed arrested ordered deployed aided protestedAgainst"
).split()
ENTITY_CLASSES = (
    "Entity Actor Person Organization Government Military ArmedGroup Media Place Country "
    "Region City Facility Group Topic"
).split()
CLASSES = (
    ["Event", "CanonicalEvent"]
    + EVENT_CLASSES
    + ENTITY_CLASSES
    + ["Evidence", "Mention", "Quantity", "Modality", "Merge"]
)
MODALITIES = "Asserted Future Planned Hypothetical Attempted".split()
OBJECT_PROPERTIES = (
    "agent patient place source quantity evidence article refersTo modality canonicalEvent "
    "country metonymOf mergedInto mergedFrom directRelation"
).split() + DIRECT_PREDICATES
ANNOTATION_PROPERTIES = "directPredicate eventType ploverCode cameoCode".split()
DATATYPE_PROPERTIES = (
    "date reportedDate negated value unit approximate qualifier sentence sentenceIndex rule "
    "lexiconEntry trigger docId contentHash metadata kbId wikidata geonames population "
    "articleCount outletCount firstReported method score"
).split()
KG_TERMS = CLASSES + MODALITIES + OBJECT_PROPERTIES + DATATYPE_PROPERTIES + ANNOTATION_PROPERTIES

DECLARATION_TYPES = {
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    OWL.NamedIndividual,
}


@pytest.fixture(scope="module")
def ont() -> Graph:
    return Graph().parse(KG_TTL, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_TTL, format="turtle")


def declared_terms(g: Graph) -> set[URIRef]:
    return {
        s
        for t in DECLARATION_TYPES
        for s in g.subjects(RDF.type, t)
        if isinstance(s, URIRef) and str(s).startswith(str(KG))
    }


def kg_iris(nodes) -> set[URIRef]:
    return {n for n in nodes if isinstance(n, URIRef) and str(n).startswith(str(KG))}


# ---------------------------------------------------------------- ontology


def test_ontology_header(ont):
    onts = list(ont.subjects(RDF.type, OWL.Ontology))
    assert onts == [URIRef("https://w3id.org/kg/ont")]
    o = onts[0]
    assert ont.value(o, OWL.versionInfo) is not None
    assert ont.value(o, RDFS.label) is not None
    assert ont.value(o, RDFS.comment) is not None


def test_exact_term_list(ont):
    assert len(KG_TERMS) == len(set(KG_TERMS))
    expected = {KG[t] for t in KG_TERMS}
    declared = declared_terms(ont)
    assert declared - expected == set(), "declared but not in the term list"
    assert expected - declared == set(), "in the term list but not declared"


def test_term_kinds(ont):
    for name in CLASSES:
        assert (KG[name], RDF.type, OWL.Class) in ont, name
    for name in OBJECT_PROPERTIES:
        assert (KG[name], RDF.type, OWL.ObjectProperty) in ont, name
    for name in DATATYPE_PROPERTIES:
        assert (KG[name], RDF.type, OWL.DatatypeProperty) in ont, name
    for name in ANNOTATION_PROPERTIES:
        assert (KG[name], RDF.type, OWL.AnnotationProperty) in ont, name
    for name in MODALITIES:
        assert (KG[name], RDF.type, KG.Modality) in ont, name


def test_no_undeclared_kg_terms_in_ontology(ont):
    used = kg_iris(n for triple in ont for n in triple)
    assert used - declared_terms(ont) == set()


def test_every_term_has_label_and_comment(ont):
    for term in declared_terms(ont):
        labels = list(ont.objects(term, RDFS.label))
        assert any(isinstance(l, Literal) and l.language == "en" for l in labels), term
        assert any(isinstance(c, Literal) and str(c).strip() for c in ont.objects(term, RDFS.comment)), term


def test_key_axioms(ont):
    sub = lambda a, b: (a, RDFS.subClassOf, b) in ont  # noqa: E731
    assert sub(KG.Event, SEM.Event) and sub(KG.CanonicalEvent, SEM.Event)
    assert sub(KG.Actor, KG.Entity) and sub(KG.Actor, SEM.Actor)
    assert sub(KG.Person, SCHEMA.Person) and sub(KG.Organization, SCHEMA.Organization)
    assert sub(KG.Country, KG.Place) and sub(KG.Country, KG.Actor)
    assert sub(KG.Evidence, OA.TextPositionSelector) and sub(KG.Evidence, OA.TextQuoteSelector)
    for c in ("Government", "Military", "ArmedGroup", "Media"):
        assert sub(KG[c], KG.Organization), c
    for c in ("Region", "City", "Facility"):
        assert sub(KG[c], KG.Place), c
    assert (KG.agent, RDFS.subPropertyOf, SEM.hasActor) in ont
    assert (KG.place, RDFS.subPropertyOf, SEM.hasPlace) in ont
    assert (KG.date, RDFS.subPropertyOf, SEM.hasTimeStamp) in ont
    assert (KG.article, RDFS.subPropertyOf, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")) in ont
    for p in DIRECT_PREDICATES:
        assert (KG[p], RDFS.subPropertyOf, KG.directRelation) in ont, p


def test_event_classes(ont):
    for name, pred in zip(EVENT_CLASSES, DIRECT_PREDICATES):
        c = KG[name]
        assert (c, RDFS.subClassOf, KG.Event) in ont, name
        assert ont.value(c, KG.directPredicate) == KG[pred], name
        assert ont.value(c, KG.eventType) is not None, name
        assert ont.value(c, KG.ploverCode) is not None, name
    keys = [str(o) for o in ont.objects(None, KG.eventType)]
    assert len(keys) == len(set(keys)) == len(EVENT_CLASSES)


def test_event_classes_match_tsv(ont):
    if not EVENT_TYPES_TSV.exists():
        pytest.skip(f"{EVENT_TYPES_TSV} not available")
    with EVENT_TYPES_TSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    by_key = {str(k): c for c, k in ont.subject_objects(KG.eventType)}
    assert sorted(by_key) == sorted(r["type"] for r in rows)
    assert len(rows) == len(EVENT_CLASSES)
    for r in rows:
        c = by_key[r["type"]]
        assert (c, RDFS.subClassOf, KG.Event) in ont
        assert str(ont.value(c, KG.ploverCode)) == r["plover"].strip()
        cameo = r["cameo"].strip()
        if cameo == "-":
            assert ont.value(c, KG.cameoCode) is None, r["type"]
        else:
            assert str(ont.value(c, KG.cameoCode)) == cameo, r["type"]


# ---------------------------------------------------------------- shapes


def test_shapes_use_only_declared_terms(ont, shapes):
    used = kg_iris(n for triple in shapes for n in triple)
    assert used, "shapes should use kg: terms"
    assert used - declared_terms(ont) == set()


def test_event_shape_targets_every_event_class(ont, shapes):
    targets = set(shapes.objects(KGSH.EventShape, SH.targetClass))
    event_classes = set(ont.subjects(RDFS.subClassOf, KG.Event))
    assert event_classes | {KG.Event} == targets


# ---------------------------------------------------------------- queries

PREFIX_DECL = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.I | re.M)


def strip_query(text: str) -> str:
    """Drop IRIs, string literals and comments, leaving only the query syntax."""
    text = re.sub(r"<[^<>\s]*>", " ", text)
    text = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', text)
    text = re.sub(r"'(?:[^'\\\n]|\\.)*'", "''", text)
    return re.sub(r"#[^\n]*", " ", text)


def walk(node, seen=None):
    """Yield every value in a SPARQL algebra tree."""
    if seen is None:
        seen = set()
    if id(node) in seen:
        return
    seen.add(id(node))
    yield node
    if isinstance(node, (CompValue, dict)):
        for v in node.values():
            yield from walk(v, seen)
    elif isinstance(node, (list, tuple, set)):
        for v in node:
            yield from walk(v, seen)
    elif isinstance(node, AlternativePath):
        for v in node.args:
            yield from walk(v, seen)


def test_expected_queries_exist():
    names = {q.name for q in QUERIES}
    assert {
        "who-visited-what.rq",
        "events-with-sources.rq",
        "events-by-type.rq",
        "top-actors.rq",
        "event-articles.rq",
        "contested.rq",
        "entity-labels.rq",
    } <= names


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_query(path, ont):
    text = path.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    assert first.startswith("#") and len(first.strip("# ")) > 10, "needs a leading one-sentence comment"
    declared = {m.group(1) or "" for m in PREFIX_DECL.finditer(text)}
    body = strip_query(text)
    used = set(re.findall(r"(?<![\w?$:])([A-Za-z][\w.-]*):(?=[A-Za-z_])", body))
    assert used <= declared, f"undeclared prefixes {used - declared}"
    assert "|" not in body.replace("||", ""), "no | property paths"
    assert "GRAPH" not in body.upper().split(), "queries run on the union default graph"
    q = prepareQuery(text)  # no initNs: the file must declare its own prefixes
    nodes = list(walk(q.algebra))
    assert not any(isinstance(n, AlternativePath) for n in nodes)
    terms = kg_iris(nodes)
    assert terms - declared_terms(ont) == set()


# ---------------------------------------------------------------- SHACL on sample data

ID = Namespace("https://w3id.org/kg/id/")
ART = Namespace("https://w3id.org/kg/article/")
EV = Namespace("https://w3id.org/kg/event/")


def sample_graph() -> Graph:
    g = Graph()
    art = ART["a1"]
    g.add((art, RDF.type, SCHEMA.NewsArticle))
    g.add((art, KG.docId, Literal("a1")))
    g.add((art, KG.contentHash, Literal("sha256:00ff")))
    g.add((art, SCHEMA.inLanguage, Literal("ar")))
    g.add((art, SCHEMA.datePublished, Literal("2025-03-12", datatype=XSD.date)))
    g.add((art, SCHEMA.publisher, ID["aljazeera"]))
    g.add((ID["aljazeera"], RDF.type, KG.Media))
    g.add((ID["aljazeera"], RDFS.label, Literal("Al Jazeera", lang="en")))

    putin, kursk = ID["putin"], ID["kursk"]
    g.add((putin, RDF.type, KG.Person))
    g.add((putin, RDFS.label, Literal("Vladimir Putin", lang="en")))
    g.add((putin, RDFS.label, Literal("فلاديمير بوتين", lang="ar")))
    g.add((putin, SKOS.altLabel, Literal("بوتين", lang="ar")))
    g.add((kursk, RDF.type, KG.Region))
    g.add((kursk, RDFS.label, Literal("كورسك", lang="ar")))

    ev, evid = EV["e1"], BNode()
    g.add((ev, RDF.type, KG.Visit))
    g.add((ev, KG.article, art))
    g.add((ev, KG.agent, putin))
    g.add((ev, KG.place, kursk))
    g.add((ev, KG.date, Literal("2025-03-12", datatype=XSD.date)))
    g.add((ev, KG.negated, Literal(False)))
    g.add((ev, KG.modality, KG.Asserted))
    g.add((ev, KG.evidence, evid))
    g.add((evid, RDF.type, KG.Evidence))
    g.add((evid, OA.start, Literal(0, datatype=XSD.nonNegativeInteger)))
    g.add((evid, OA.end, Literal(15, datatype=XSD.nonNegativeInteger)))
    g.add((evid, OA.exact, Literal("زار بوتين كورسك")))
    g.add((evid, KG.sentence, Literal("زار بوتين كورسك.")))
    g.add((evid, KG.sentenceIndex, Literal(0, datatype=XSD.nonNegativeInteger)))
    g.add((evid, KG.rule, Literal("ar.visit.v-subj-obj")))
    g.add((evid, KG.lexiconEntry, Literal("ar/triggers.tsv:12 زار")))
    g.add((evid, KG.trigger, Literal("زار")))
    g.add((putin, KG.visited, kursk))
    return g


def validate(data: Graph) -> tuple[bool, str]:
    from pyshacl import validate as shacl_validate

    conforms, _, text = shacl_validate(
        data, shacl_graph=str(SHAPES_TTL), shacl_graph_format="turtle", inference="none"
    )
    return conforms, text


def test_sample_conforms():
    conforms, text = validate(sample_graph())
    assert conforms, text


def test_broken_sample_does_not_conform():
    g = sample_graph()
    ev = EV["e1"]
    g.remove((ev, KG.evidence, None))
    g.set((ev, KG.negated, Literal("false")))
    conforms, text = validate(g)
    assert not conforms
    assert "evidence" in text and "negated" in text


@pytest.mark.parametrize(
    "breakage",
    [
        lambda g: g.remove((ID["putin"], RDFS.label, None)),
        lambda g: g.add((EV["e1"], KG.modality, KG.Planned)),
        lambda g: g.set((EV["e1"], KG.date, Literal("12 March 2025"))),
        lambda g: g.remove((ART["a1"], KG.docId, None)),
        lambda g: g.add((EV["e1"], KG.agent, ID["kursk"])),
    ],
    ids=["entity-without-label", "two-modalities", "string-date", "article-without-docid", "two-agents"],
)
def test_other_breakages_detected(breakage):
    g = sample_graph()
    breakage(g)
    conforms, _ = validate(g)
    assert not conforms


def test_evidence_offsets_checked():
    g = sample_graph()
    evid = g.value(EV["e1"], KG.evidence)
    g.set((evid, OA.end, Literal(0, datatype=XSD.nonNegativeInteger)))
    assert not validate(g)[0]


def test_queries_run_on_sample():
    g = Graph()
    g.parse(KG_TTL, format="turtle")
    g += sample_graph()
    for path in QUERIES:
        list(g.query(path.read_text(encoding="utf-8")))
    rows = list(g.query((ONTOLOGY / "queries" / "who-visited-what.rq").read_text(encoding="utf-8")))
    assert len(rows) == 1
    row = rows[0]
    assert row.agent == ID["putin"] and str(row.agentLabel) == "Vladimir Putin"
    assert row.place == ID["kursk"] and str(row.placeLabel) == "كورسك"
    assert row.date == Literal("2025-03-12", datatype=XSD.date)
    rows = list(g.query((ONTOLOGY / "queries" / "events-with-sources.rq").read_text(encoding="utf-8")))
    assert [(str(r.type), str(r.docId)) for r in rows] == [("visit", "a1")]


def test_contested_and_canonical_queries():
    g = Graph()
    g.parse(KG_TTL, format="turtle")
    g += sample_graph()
    art2, ev2, ce = ART["a2"], EV["e2"], EV["c1"]
    g.add((art2, RDF.type, SCHEMA.NewsArticle))
    g.add((art2, KG.docId, Literal("a2")))
    g.add((art2, SCHEMA.publisher, ID["tass"]))
    g.add((ID["tass"], RDFS.label, Literal("TASS", lang="en")))
    g.add((ID["kremlin"], RDFS.label, Literal("Kremlin", lang="en")))
    g.add((ev2, RDF.type, KG.Visit))
    g.add((ev2, KG.article, art2))
    g.add((ev2, KG.agent, ID["putin"]))
    g.add((ev2, KG.source, ID["kremlin"]))
    g.add((ev2, KG.negated, Literal(True)))
    g.add((ev2, KG.modality, KG.Asserted))
    g.add((ce, RDF.type, KG.CanonicalEvent))
    g.add((ce, KG.agent, ID["putin"]))
    g.add((ce, KG.articleCount, Literal(2)))
    g.add((ce, KG.outletCount, Literal(2)))
    g.add((ce, KG.firstReported, Literal("2025-03-12", datatype=XSD.date)))
    for e in (EV["e1"], ev2):
        g.add((e, KG.canonicalEvent, ce))

    rows = list(g.query((ONTOLOGY / "queries" / "contested.rq").read_text(encoding="utf-8")))
    assert len(rows) == 1
    r = rows[0]
    assert r.canonicalEvent == ce and str(r.eventType) == "visit"
    assert str(r.affirmingSources) == "Al Jazeera" and str(r.affirmingDocs) == "a1"
    assert str(r.denyingSources) == "Kremlin" and str(r.denyingDocs) == "a2"

    rows = list(g.query((ONTOLOGY / "queries" / "event-articles.rq").read_text(encoding="utf-8")))
    assert len(rows) == 1
    r = rows[0]
    assert str(r.eventType) == "visit" and str(r.agentLabel) == "Vladimir Putin"
    assert int(r.articleCount) == 2 and int(r.outletCount) == 2


def test_code_namespace_agrees():
    """kg/namespace.py's DefinedNamespace and kg.ttl declare the same terms."""
    try:
        from kg.namespace import KG as CODE_KG
    except ImportError as exc:  # the package may not be importable in every checkout
        pytest.skip(f"kg.namespace not importable: {exc}")
    names = {
        n
        for klass in CODE_KG.__mro__
        for n in getattr(klass, "__annotations__", {})
        if not n.startswith("_")
    }
    assert names == set(KG_TERMS)
