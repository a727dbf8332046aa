"""kg_times on English: markers before the weekday or month, month-day order, May and March."""
from __future__ import annotations

from datetime import date

import pytest

from kg.analyse import analyse, build_pipeline

PUBLISHED = date(2025, 5, 21)  # a Wednesday


@pytest.fixture(scope="module")
def en_nlp():
    return build_pipeline("en")


def dates(nlp, text, published=PUBLISHED):
    doc = analyse(nlp, text, published)
    return [(s.text, s._.kg["value"]) for s in doc.spans["kg_dates"]]


def test_on_weekday(en_nlp):
    assert dates(en_nlp, "Putin visited Kursk on Tuesday.") == [("on Tuesday", "2025-05-20")]


def test_last_weekday(en_nlp):
    assert dates(en_nlp, "Putin visited Kursk last Wednesday.") == [("last Wednesday", "2025-05-14")]


def test_next_weekday(en_nlp):
    assert dates(en_nlp, "Talks resume next Monday.") == [("next Monday", "2025-05-26")]


def test_last_month_name(en_nlp):
    assert dates(en_nlp, "Ukraine entered Kursk last August.") == [("last August", "2024-08")]


def test_last_month_name_of_the_publication_month(en_nlp):
    assert dates(en_nlp, "The deal was signed last May.") == [("last May", "2024-05")]


def test_last_week_is_relative(en_nlp):
    assert dates(en_nlp, "He spoke last week.") == [("last week", "2025-05")]


def test_month_day(en_nlp):
    assert dates(en_nlp, "Gerasimov spoke on April 26.") == [("on April 26", "2025-04-26")]


def test_month_day_comma_year(en_nlp):
    assert dates(en_nlp, "It happened on May 20, 2025.") == [("on May 20, 2025", "2025-05-20")]


def test_day_month_year(en_nlp):
    assert dates(en_nlp, "It happened on 20 May 2025.") == [("on 20 May 2025", "2025-05-20")]


def test_month_day_is_not_a_quantity(en_nlp):
    doc = analyse(en_nlp, "Strikes began on March 15.", PUBLISHED)
    assert [s.text for s in doc.spans["kg_quantities"]] == []


@pytest.mark.parametrize("phrase", ["earlier this week", "earlier this month"])
def test_earlier_this(en_nlp, phrase):
    assert dates(en_nlp, f"The army said {phrase} that it had struck the airport.") == [(phrase, "2025-05")]


def test_modal_may_is_no_month(en_nlp):
    assert dates(en_nlp, "Russia may respond to the sanctions.") == []


def test_sentence_initial_may_without_context_is_no_month(en_nlp):
    assert dates(en_nlp, "May the talks succeed.") == []


def test_verb_march_is_no_month(en_nlp):
    assert dates(en_nlp, "Protesters march through the city.") == []


@pytest.mark.parametrize("text, value", [
    ("Fighting resumed in March.", "2025-03"),
    ("Gaza has been blockaded since March 2.", "2025-03-02"),
    ("The offensive began in early March.", "2025-03"),
    ("Talks began in May 2023.", "2023-05"),
])
def test_may_and_march_with_context_are_months(en_nlp, text, value):
    assert [v for _, v in dates(en_nlp, text)] == [value]


def test_dateline_is_left_unresolved(en_nlp):
    found = dates(en_nlp, "MOSCOW, May 21 (Meridian Wire) - Putin visited Kursk on Tuesday.")
    assert found == [("May 21", ""), ("on Tuesday", "2025-05-20")]
