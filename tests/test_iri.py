"""kg.iri: slugs and minted IRIs."""
from __future__ import annotations

import re

import pytest
from rdflib import URIRef

from kg.iri import (ARTICLE, ENTITY, EVENT, GRAPH, article_graph, article_iri, entity_iri, event_iri,
                    minted_entity_iri, node_iri, slug)

# Characters RFC 3987 does not allow raw in an IRI (plus the ones we treat as separators).
IRI_UNSAFE = re.compile(r'[\s<>"{}|\\^`\x00-\x1f\x7f]')


@pytest.mark.parametrize("text, expected", [
    ("Vladimir Putin", "vladimir-putin"),
    ("  Vladimir \t Putin \n", "vladimir-putin"),
    ("U.S. Army!", "u-s-army"),
    ("Al-Qaeda's \"core\"", "al-qaeda-s-core"),
    ("a<b>c{d}e|f^g`h\\i", "a-b-c-d-e-f-g-h-i"),
    ("50% off & more #1", "50-off-more-1"),
    ("فلاديمير بوتين", "فلاديمير-بوتين"),
    ("وزارة الخارجية، القاهرة؟", "وزارة-الخارجية-القاهرة"),
    ("الرئيسُ السيسي", "الرئيس-السيسي"),  # diacritics (Mn) dropped
    ("ﻻ", "لا"),  # presentation forms folded by NFKC
    ("São Paulo", "são-paulo"),
    ("x\u200by", "xy"),  # zero-width space (Cf) dropped
])
def test_slug(text, expected):
    assert slug(text) == expected


@pytest.mark.parametrize("text", ["🙂 smile", "a→b", "©2024", "x\x01y", "tab\x7fdel"])
def test_slug_percent_encodes_what_is_not_a_letter_or_digit(text):
    out = slug(text)
    assert "%" in out
    assert not IRI_UNSAFE.search(out)
    assert re.fullmatch(r"[\w%-]+", out), out


def test_slug_percent_encoding_is_utf8():
    assert slug("🙂") == "%F0%9F%99%82"


@pytest.mark.parametrize("text", ["", " ", "---", "!!!", "«»", "\u064e\u0651", "\u200b"])
def test_slug_never_empty(text):
    out = slug(text)
    assert out == "_"


@pytest.mark.parametrize("text", [
    "Vladimir Putin", "فلاديمير بوتين", "a<b>\"c\" {d}", "The U.N. (Geneva)", "100% «حقيقي»", "C:\\path\\x", "🙂",
])
def test_slug_is_iri_safe(text):
    out = slug(text)
    assert out
    assert not IRI_UNSAFE.search(out)
    assert "/" not in out and "#" not in out and "?" not in out
    assert not out.startswith("-") and not out.endswith("-")
    assert "--" not in out


def test_slug_is_idempotent():
    for text in ["Vladimir Putin", "وزير الخارجية", "U.S. Army!", "Al-Qaeda's"]:
        assert slug(slug(text)) == slug(text)


def test_minted_iri_stable_for_same_name_and_type():
    a = minted_entity_iri("Group", "local volunteers")
    assert a == URIRef(ENTITY + "group/local-volunteers")
    assert minted_entity_iri("Group", "Local  Volunteers") == a
    assert minted_entity_iri("group", "local volunteers") == a
    assert minted_entity_iri("Group", "local volunteers") == a


def test_minted_iri_arabic_stable_and_unicode():
    a = minted_entity_iri("Person", "وزير الصحة")
    assert a == URIRef(ENTITY + "person/وزير-الصحة")
    assert minted_entity_iri("Person", "وزيرُ الصحة") == a  # a diacritic does not make a new entity
    assert not IRI_UNSAFE.search(str(a))


def test_minted_iri_differs_by_type_and_name():
    assert minted_entity_iri("Group", "volunteers") != minted_entity_iri("Organization", "volunteers")
    assert minted_entity_iri("City", "Homs") != minted_entity_iri("City", "Hama")


def test_entity_iri_from_kb_id():
    assert entity_iri("person/vladimir-putin") == URIRef(ENTITY + "person/vladimir-putin")
    assert entity_iri("city/Kursk") == URIRef(ENTITY + "city/kursk")
    assert entity_iri("country") == URIRef(ENTITY + "country")


def test_article_and_event_iris():
    assert article_iri("seed") == URIRef(ARTICLE + "seed")
    assert article_graph("seed") == URIRef(GRAPH + "article/seed")
    assert event_iri("seed", "visit-10-14-0-20") == URIRef(EVENT + "seed/visit-10-14-0-20")
    assert node_iri("seed", "mention", "0-5") == URIRef(ARTICLE + "seed/mention/0-5")
    assert article_iri("my doc/2024") == URIRef(ARTICLE + "my-doc-2024")  # a slash cannot add a path level
