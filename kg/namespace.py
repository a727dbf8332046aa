"""RDF vocabularies. Code names kg: terms only through `KG`, so a misspelt term raises at import or use.

>>> KG.visited
rdflib.term.URIRef('https://w3id.org/kg/ont#visited')
>>> KG.vistied
Traceback (most recent call last):
...
AttributeError: term 'vistied' not in namespace 'https://w3id.org/kg/ont#'
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace, OWL, PROV, RDF, RDFS, SKOS, XSD

SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")
GEONAMES = Namespace("https://sws.geonames.org/")


class KG(DefinedNamespace):
    """Terms of ontology/kg.ttl; tests check that both lists agree."""

    _NS = Namespace("https://w3id.org/kg/ont#")
    _fail = True

    # classes
    Event: URIRef; CanonicalEvent: URIRef
    Visit: URIRef; Meet: URIRef; Talk: URIRef; Negotiate: URIRef; Propose: URIRef; Demand: URIRef
    Agree: URIRef; Reject: URIRef; Accuse: URIRef; Threaten: URIRef; Sanction: URIRef; Support: URIRef
    Fight: URIRef; Attack: URIRef; Intercept: URIRef; Invade: URIRef; Seize: URIRef; Recapture: URIRef
    Kill: URIRef; Arrest: URIRef; Order: URIRef; Deploy: URIRef; Aid: URIRef; Protest: URIRef
    Entity: URIRef; Actor: URIRef; Person: URIRef; Organization: URIRef; Government: URIRef
    Military: URIRef; ArmedGroup: URIRef; Media: URIRef; Place: URIRef; Country: URIRef; Region: URIRef
    City: URIRef; Facility: URIRef; Group: URIRef; Topic: URIRef
    Evidence: URIRef; Mention: URIRef; Quantity: URIRef; Modality: URIRef; Merge: URIRef
    # modality individuals
    Asserted: URIRef; Future: URIRef; Planned: URIRef; Hypothetical: URIRef; Attempted: URIRef
    # object properties
    agent: URIRef; patient: URIRef; place: URIRef; source: URIRef; quantity: URIRef; evidence: URIRef
    article: URIRef; refersTo: URIRef; modality: URIRef; canonicalEvent: URIRef; country: URIRef
    metonymOf: URIRef; mergedInto: URIRef; mergedFrom: URIRef; directPredicate: URIRef; directRelation: URIRef
    # direct predicates, agent -> patient, asserted and not negated
    visited: URIRef; met: URIRef; talkedWith: URIRef; negotiatedWith: URIRef; proposed: URIRef
    demanded: URIRef; agreedTo: URIRef; rejected: URIRef; accused: URIRef; threatened: URIRef
    sanctioned: URIRef; supported: URIRef; fought: URIRef; attacked: URIRef; intercepted: URIRef
    invaded: URIRef; seized: URIRef; recaptured: URIRef; killed: URIRef; arrested: URIRef
    ordered: URIRef; deployed: URIRef; aided: URIRef; protestedAgainst: URIRef
    # datatype and annotation properties
    date: URIRef; reportedDate: URIRef; negated: URIRef; value: URIRef; unit: URIRef; approximate: URIRef
    qualifier: URIRef; sentence: URIRef; sentenceIndex: URIRef; rule: URIRef; lexiconEntry: URIRef
    trigger: URIRef; docId: URIRef; contentHash: URIRef; metadata: URIRef; kbId: URIRef; wikidata: URIRef
    geonames: URIRef; population: URIRef; articleCount: URIRef; outletCount: URIRef; firstReported: URIRef
    method: URIRef; score: URIRef; eventType: URIRef; ploverCode: URIRef; cameoCode: URIRef


EVENT_CLASS = {t: getattr(KG, t.capitalize()) for t in (
    "visit", "meet", "talk", "negotiate", "propose", "demand", "agree", "reject", "accuse", "threaten",
    "sanction", "support", "fight", "attack", "intercept", "invade", "seize", "recapture", "kill",
    "arrest", "order", "deploy", "aid", "protest")}
DIRECT_PREDICATE = {
    "visit": KG.visited, "meet": KG.met, "talk": KG.talkedWith, "negotiate": KG.negotiatedWith,
    "propose": KG.proposed, "demand": KG.demanded, "agree": KG.agreedTo, "reject": KG.rejected,
    "accuse": KG.accused, "threaten": KG.threatened, "sanction": KG.sanctioned, "support": KG.supported,
    "fight": KG.fought, "attack": KG.attacked, "intercept": KG.intercepted, "invade": KG.invaded,
    "seize": KG.seized, "recapture": KG.recaptured, "kill": KG.killed, "arrest": KG.arrested,
    "order": KG.ordered, "deploy": KG.deployed, "aid": KG.aided, "protest": KG.protestedAgainst,
}
MODALITY = {"asserted": KG.Asserted, "future": KG.Future, "planned": KG.Planned,
            "hypothetical": KG.Hypothetical, "attempted": KG.Attempted}
ENTITY_CLASS = {name: getattr(KG, name) for name in (
    "Person", "Organization", "Government", "Military", "ArmedGroup", "Media", "Country", "Region",
    "City", "Facility", "Place", "Group", "Topic")}

PREFIXES = {"kg": KG._NS, "schema": SCHEMA, "sem": SEM, "oa": OA, "prov": PROV, "skos": SKOS,
            "rdfs": RDFS, "rdf": RDF, "owl": OWL, "xsd": XSD, "wd": WD}
