"""Minting IRIs. Every IRI built from text goes through `slug`, so escaping lives in one place.

>>> slug("Vladimir Putin")
'vladimir-putin'
>>> slug("فلاديمير بوتين")
'فلاديمير-بوتين'
>>> entity_iri("person/vladimir-putin")
rdflib.term.URIRef('https://w3id.org/kg/id/person/vladimir-putin')
>>> minted_entity_iri("Group", "local volunteers")
rdflib.term.URIRef('https://w3id.org/kg/id/group/local-volunteers')
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

BASE = "https://w3id.org/kg/"
ENTITY = BASE + "id/"
ARTICLE = BASE + "article/"
EVENT = BASE + "event/"
GRAPH = BASE + "graph/"

_SEPARATORS = re.compile(r"[\s_\-–—/\\.,;:!?؟،؛'\"“”«»()\[\]{}<>|#%&+=*^`~@$]+", re.UNICODE)


def slug(text: str) -> str:
    """A lower-case, hyphen-joined, IRI-safe key for `text`; keeps Arabic letters (IRIs are Unicode)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = "".join(ch for ch in folded if unicodedata.category(ch) not in ("Mn", "Cf"))
    words = [w for w in _SEPARATORS.split(folded) if w]
    return "".join(ch if ch.isalnum() or ch == "-" else quote(ch, safe="") for ch in "-".join(words)) or "_"


def _kb_path(kb_id: str) -> str:
    kind, _, key = kb_id.partition("/")
    return f"{slug(kind)}/{slug(key) if key else ''}".rstrip("/")


def entity_iri(kb_id: str) -> URIRef:
    """The IRI of a knowledge-base entity from its `kind/key` id."""
    return URIRef(ENTITY + _kb_path(kb_id))


def minted_entity_iri(entity_type: str, name: str) -> URIRef:
    """The IRI of an entity not in the KB: its type and normalised name decide it."""
    return URIRef(f"{ENTITY}{slug(entity_type)}/{slug(name)}")


def article_iri(doc: str) -> URIRef:
    return URIRef(ARTICLE + slug(doc))


def article_graph(doc: str) -> URIRef:
    return URIRef(GRAPH + "article/" + slug(doc))


def event_iri(doc: str, key: str) -> URIRef:
    return URIRef(f"{EVENT}{slug(doc)}/{slug(key)}")


def node_iri(doc: str, kind: str, key: str) -> URIRef:
    """IRIs for the parts of one article's graph (evidence, mentions, quantities)."""
    return URIRef(f"{ARTICLE}{slug(doc)}/{slug(kind)}/{slug(key)}")
