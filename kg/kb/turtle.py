"""Users' KB files in Turtle: any subject typed with a kg: entity class becomes an entry.

    <https://example.org/id/ann> a kg:Person ;
        rdfs:label "Ann Example"@en, "آن إكزامبل"@ar ;
        skos:altLabel "إكزامبل"@ar ;
        kg:wikidata "Q123" .

The subject IRI is kept as the entity's IRI, so the user's identifiers flow into the graph.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS, SKOS

from ..errors import DataError
from ..iri import slug
from ..namespace import ENTITY_CLASS, KG
from . import KBEntry

_CLASS_NAME = {v: k for k, v in ENTITY_CLASS.items()}


def entries_from_turtle(path: Path) -> list[KBEntry]:
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many parser exception types
        raise DataError(f"{path}: not valid Turtle: {exc}") from None
    entries = []
    for subject, cls in graph.subject_objects(RDF.type):
        entity_type = _CLASS_NAME.get(cls)
        if entity_type is None:
            continue
        names = {"ar": [], "en": []}
        for predicate in (RDFS.label, SKOS.prefLabel, SKOS.altLabel):
            for label in graph.objects(subject, predicate):
                if isinstance(label, Literal) and (label.language or "en")[:2] in names:
                    names[(label.language or "en")[:2]].append(str(label))
        if not names["ar"] and not names["en"]:
            raise DataError(f"{path}: {subject} has no rdfs:label; give it one in ar or en")
        first = {lang: (values[0] if values else "") for lang, values in names.items()}
        entries.append(KBEntry(
            id=f"user/{slug(str(subject))}", type=entity_type, name_en=first["en"], name_ar=first["ar"],
            aliases_en=tuple(names["en"][1:]), aliases_ar=tuple(names["ar"][1:]),
            country=str(graph.value(subject, KG.country) or "").rsplit("/", 1)[-1][:2].upper(),
            wikidata=str(graph.value(subject, KG.wikidata) or ""), geonames=str(graph.value(subject, KG.geonames) or ""),
            origin=str(path), iri=str(subject), id_source=f"user file {path.name}",
        ))
    return entries
