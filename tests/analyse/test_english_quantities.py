"""kg_quantities on English: modifiers between number and unit, currencies, hedges, number words."""
from __future__ import annotations

from datetime import date

import pytest

from kg.analyse import analyse, build_pipeline


@pytest.fixture(scope="module")
def en_nlp():
    return build_pipeline("en")


def only(nlp, text):
    doc = analyse(nlp, text, date(2025, 5, 21))
    found = [(s.text, s._.kg) for s in doc.spans["kg_quantities"]]
    assert len(found) == 1, found
    text, info = found[0]
    return text, (info["value"], info["unit"], info["approx"])


def test_demonym_between_number_and_unit(en_nlp):
    assert only(en_nlp, "Air defences destroyed 159 Ukrainian drones.") == ("159 Ukrainian drones", (159, "drone", False))


def test_multi_word_unit_with_hedge(en_nlp):
    assert only(en_nlp, "The EU listed nearly 200 shadow fleet tankers.")[1] == (200, "tanker", True)


def test_adjectives_between_number_and_unit(en_nlp):
    assert only(en_nlp, "Britain listed up to 100 more shadow-fleet tankers.")[1] == (100, "tanker", True)


def test_at_most_three_modifiers(en_nlp):
    assert only(en_nlp, "They saw 5 big old rusty grey trucks.")[1] == (5, "", False)


def test_last_noun_is_the_unit(en_nlp):
    assert only(en_nlp, "Strikes destroyed several civilian aircraft.")[1] == (3, "aircraft", True)


def test_function_word_stops_the_modifiers(en_nlp):
    assert only(en_nlp, "Police said 20 in the crowd were hurt.")[1] == (20, "", False)


def test_euro_billions(en_nlp):
    assert only(en_nlp, "The EU pledged €23 billion.") == ("€23 billion", (23e9, "euro", False))


def test_dollar_millions(en_nlp):
    assert only(en_nlp, "Germany gave $1.5 million.")[1] == (1.5e6, "dollar", False)


def test_up_to(en_nlp):
    assert only(en_nlp, "Up to 12,000 troops were deployed.")[1] == (12000, "troop", True)


def test_dozens_of(en_nlp):
    assert only(en_nlp, "Police detained dozens of protesters.")[1] == (10, "protester", True)


def test_more_than(en_nlp):
    assert only(en_nlp, "The strikes killed more than 50 people.")[1] == (50, "person", True)


@pytest.mark.parametrize("words, value", [
    ("two hundred and fifty", 250),
    ("a hundred and twenty", 120),
    ("three thousand five hundred", 3500),
    ("twenty five", 25),
    ("two million", 2_000_000),
])
def test_number_words_add_up(en_nlp, words, value):
    assert only(en_nlp, f"Ukraine said {words} soldiers were captured.")[1][:2] == (value, "soldier")


def test_rounds_of_talks_are_no_shells(en_nlp):
    assert only(en_nlp, "They held 3 rounds of talks.")[1] == (3, "", False)


def test_a_nationality_as_a_plural_noun_counts_people(en_nlp):
    assert only(en_nlp, "Police arrested at least 20 Palestinians in Jenin.")[1] == (20, "person", True)
