"""kg.link: mentions -> entity IRIs (KB or minted), metonym capitals, one line per event per article."""
from __future__ import annotations

from datetime import date

import pytest

from kg.analyse import analyse
from kg.extract import extract
from kg.iri import ENTITY, minted_entity_iri
from kg.kb import load_kb
from kg.link import Linked, link
from kg.model import Article
from kg.normalise import normalise

PUBLISHED = date(2025, 5, 14)
ID = str(ENTITY)


@pytest.fixture(scope="module")
def kb():
    return load_kb(())


@pytest.fixture
def linked(ar_nlp, kb):
    def run(text: str, doc_id: str = "link-test") -> Linked:
        article = Article(doc_id, text, "ar", PUBLISHED)
        clean = normalise(text)
        return link(extract(article, clean, analyse(ar_nlp, clean.text, PUBLISHED)), kb)
    return run


def roles(result: Linked, event_type: str) -> list[dict]:
    return [dict(r) for e, r in zip(result.extraction.events, result.event_roles) if e.event_type == event_type]


def test_metonym_capital_as_agent_is_the_country(linked):
    (r,) = roles(linked("هاجمت موسكو كييف."), "attack")
    assert r["agent"] == ID + "country/ru"


def test_metonym_capital_as_attack_target_stays_the_city(linked):
    (r,) = roles(linked("هاجمت موسكو كييف."), "attack")
    assert r["patient"] == ID + "city/703448"


def test_metonym_capital_as_visit_patient_is_the_city(linked):
    (r,) = roles(linked("زار أردوغان موسكو."), "visit")
    assert r["patient"] == ID + "city/524901"
    assert r["agent"] == ID + "person/recep-tayyip-erdogan"


def test_metonym_capital_as_accused_is_the_country(linked):
    (r,) = roles(linked("اتهمت موسكو واشنطن بدعم كييف."), "accuse")
    assert (r["agent"], r["patient"]) == (ID + "country/ru", ID + "country/us")


def test_metonym_capital_as_source_is_the_country(linked):
    (r,) = roles(linked("قالت موسكو إن روسيا استعادت كورسك."), "recapture")
    assert r["source"] == ID + "country/ru"


def test_mention_default_entity_is_the_city(linked):
    result = linked("هاجمت موسكو كييف.")
    by_name = {m.name: iri for m, iri in result.mention_iris.items()}
    assert by_name["موسكو"] == ID + "city/524901"


def test_kb_iri_and_labels(linked):
    result = linked("زار أردوغان كييف.")
    entity = result.entities[ID + "city/703448"]
    assert entity.kb_id == "city/703448" and entity.labels["en"] == "Kyiv"
    assert entity.country == "country/UA"


def test_unknown_titled_name_gets_a_minted_iri(linked):
    result = linked("زار أردوغان مدينة زرقانوفكا.")
    (r,) = roles(result, "visit")
    assert r["patient"] == str(minted_entity_iri("City", "زرقانوفكا"))
    assert result.entities[r["patient"]].kb_id is None


def test_minted_iri_is_the_same_in_every_article(linked):
    a = roles(linked("زار أردوغان مدينة زرقانوفكا.", "a1"), "visit")[0]["patient"]
    b = roles(linked("قصفت روسيا مدينة زرقانوفكا.", "a2"), "attack")[0]["patient"]
    assert a == b


def test_demonym_group_is_shared_across_articles(linked):
    a = roles(linked("شنت القوات الأوكرانية هجوما على كورسك.", "a1"), "attack")[0]["agent"]
    b = roles(linked("قصفت القوات الأوكرانية مدينة زرقانوفكا.", "a2"), "attack")[0]["agent"]
    assert a == b


def test_counted_group_belongs_to_its_article(linked):
    a = roles(linked("دمرت أوكرانيا 63 طائرة مسيرة.", "a1"), "intercept")[0]["patient"]
    b = roles(linked("دمرت أوكرانيا 63 طائرة مسيرة.", "a2"), "intercept")[0]["patient"]
    assert a != b
    assert "/a1/" in a and "/a2/" in b


def test_the_same_event_told_twice_is_one_line(linked):
    result = linked("زار أردوغان كييف. وقد زار أردوغان كييف يوم الثلاثاء.")
    visits = [e for e in result.extraction.events if e.event_type == "visit"]
    assert len(visits) == 1
    assert visits[0].date == "2025-05-13"  # the fuller telling is kept


def test_different_patients_are_different_lines(linked):
    result = linked("زار أردوغان كييف. وزار أردوغان موسكو.")
    assert len(roles(result, "visit")) == 2


def test_negated_and_asserted_tellings_stay_apart(linked):
    result = linked("زار أردوغان كييف. لم يزر أردوغان كييف.")
    visits = [e for e in result.extraction.events if e.event_type == "visit"]
    assert sorted(e.negated for e in visits) == [False, True]


def test_same_event_through_name_variants_is_one_line(linked):
    # بشار الأسد and, once named, الأسد are one person: one meet line
    result = linked("التقى بشار الأسد بوتين. والتقى الأسد بوتين أمس.")
    assert len(roles(result, "meet")) == 1


def test_unnamed_actor_keeps_its_located_form_as_an_alternative_label(linked):
    result = linked("أمرت محكمة في إسطنبول يوم الأحد بحبس إمام أوغلو.")
    (r,) = roles(result, "order")
    court = result.entities[r["agent"]]
    assert ("محكمة في إسطنبول", "ar") in court.alt_labels


def test_kb_entity_gets_no_located_form(linked):
    result = linked("التقى أردوغان في كييف زيلينسكي.")
    assert roles(result, "meet")
    assert not any("في" in text for e in result.entities.values() if e.kb_id for text, _ in e.alt_labels)


def test_a_definite_noun_alone_names_the_thing_named_before(linked):
    result = linked('أعلنت الجماعة أنها أغرقت سفينة الشحن "النجم الأزرق" في البحر الأحمر. وقال الحوثيون إن قواتهم استهدفت السفينة.')
    patients = {r["patient"] for r in roles(result, "attack")}
    assert len(patients) == 1


def test_a_definite_noun_with_no_phrase_before_it_stays_its_own(linked):
    result = linked("وقال الحوثيون إن قواتهم استهدفت السفينة.")
    (r,) = roles(result, "attack")
    assert result.entities[r["patient"]].label == "السفينة"


def test_a_facility_named_before_is_named_again_by_its_title_alone(linked):
    result = linked("استهدفت طائرة مسيرة مجهولة حقل كورمور الغازي في السليمانية. وزار قوباد طالباني الحقل صباح اليوم.")
    (visit,) = roles(result, "visit")
    assert result.entities[visit["patient"]].label == "حقل كورمور الغازي"
