"""kg_times: relative and absolute time expressions, resolved against the publication date.

Publication dates used here: Wednesday 14 May 2025 unless a test says otherwise.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.analyse import analyse

WEDNESDAY = date(2025, 5, 14)
assert WEDNESDAY.weekday() == 2


def dates(nlp, text, published=WEDNESDAY):
    doc = analyse(nlp, text, published)
    return [(span.text, span.label_) for span in doc.spans["kg_dates"]]


def test_weekday_with_yawm(ar_nlp):
    assert dates(ar_nlp, "التقى بوتين أردوغان يوم الثلاثاء.") == [("يوم الثلاثاء", "2025-05-13")]


def test_bare_weekday_is_the_latest_such_day(ar_nlp):
    assert dates(ar_nlp, "قصفت روسيا خاركيف السبت.") == [("السبت", "2025-05-10")]


def test_same_weekday_without_past_marker_is_publication_day(ar_nlp):
    assert dates(ar_nlp, "التقى بوتين أردوغان الأربعاء.") == [("الأربعاء", "2025-05-14")]


def test_weekday_last(ar_nlp):
    assert dates(ar_nlp, "التقى بوتين أردوغان الثلاثاء الماضي.") == [("الثلاثاء الماضي", "2025-05-13")]


def test_same_weekday_last_is_a_week_before(ar_nlp):
    assert dates(ar_nlp, "التقى بوتين أردوغان يوم الأربعاء الماضي.") == [("يوم الأربعاء الماضي", "2025-05-07")]


def test_yesterday(ar_nlp):
    assert dates(ar_nlp, "زار أردوغان كييف أمس.") == [("أمس", "2025-05-13")]


def test_yesterday_across_a_month(ar_nlp):
    assert dates(ar_nlp, "زار أردوغان كييف أمس.", date(2025, 3, 1)) == [("أمس", "2025-02-28")]


def test_last_night_is_publication_day(ar_nlp):
    assert dates(ar_nlp, "هاجمت روسيا خاركيف الليلة الماضية.") == [("الليلة الماضية", "2025-05-14")]


def test_overnight_is_publication_day(ar_nlp):
    assert dates(ar_nlp, "هاجمت روسيا خاركيف بين عشية وضحاها.") == [("بين عشية وضحاها", "2025-05-14")]


def test_last_week_has_month_precision(ar_nlp):
    assert dates(ar_nlp, "التقى بوتين أردوغان الأسبوع الماضي.") == [("الأسبوع الماضي", "2025-05")]


def test_last_week_early_in_the_month_is_the_previous_month(ar_nlp):
    assert dates(ar_nlp, "التقى بوتين أردوغان الأسبوع الماضي.", date(2025, 6, 3)) == [("الأسبوع الماضي", "2025-05")]


def test_last_month(ar_nlp):
    assert dates(ar_nlp, "التقى بوتين أردوغان الشهر الماضي.") == [("الشهر الماضي", "2025-04")]


def test_last_month_in_january_is_december_of_the_year_before(ar_nlp):
    assert dates(ar_nlp, "التقى بوتين أردوغان الشهر الماضي.", date(2025, 1, 20)) == [("الشهر الماضي", "2024-12")]


def test_last_year(ar_nlp):
    assert dates(ar_nlp, "التقى بوتين أردوغان العام الماضي.") == [("العام الماضي", "2024")]


def test_month_last_before_publication_month_is_the_year_before(ar_nlp):
    assert dates(ar_nlp, "زار أردوغان كييف في أغسطس الماضي.") == [("أغسطس الماضي", "2024-08")]


def test_month_last_after_it_in_the_same_year(ar_nlp):
    assert dates(ar_nlp, "زار أردوغان كييف في أغسطس الماضي.", date(2025, 9, 10)) == [("أغسطس الماضي", "2025-08")]


def test_month_last_in_that_same_month_is_the_year_before(ar_nlp):
    assert dates(ar_nlp, "زار أردوغان كييف في أغسطس الماضي.", date(2025, 8, 20)) == [("أغسطس الماضي", "2024-08")]


def test_day_month_without_year_later_than_publication_is_last_year(ar_nlp):
    assert dates(ar_nlp, "زار أردوغان كييف في 3 آب.") == [("3 آب", "2024-08-03")]


def test_full_date(ar_nlp):
    assert dates(ar_nlp, "زار أردوغان كييف في 12 مايو 2025.") == [("12 مايو 2025", "2025-05-12")]


def test_full_date_with_levantine_month(ar_nlp):
    assert dates(ar_nlp, "زار أردوغان كييف في 2 تشرين الأول 2024.") == [("2 تشرين الأول 2024", "2024-10-02")]


def test_both_month_names_with_slash(ar_nlp):
    assert dates(ar_nlp, "زار أردوغان كييف في مايو/أيار 2025.") == [("مايو/أيار 2025", "2025-05")]


def test_both_month_names_with_brackets(ar_nlp):
    assert dates(ar_nlp, "زار أردوغان كييف في أيار (مايو) 2024.") == [("أيار (مايو) 2024", "2024-05")]


def test_year_word(ar_nlp):
    assert dates(ar_nlp, "زار أردوغان كييف عام 2022.") == [("عام 2022", "2022")]


def test_impossible_day_falls_back_to_month(ar_nlp):
    assert dates(ar_nlp, "زار أردوغان كييف في 31 فبراير 2025.") == [("31 فبراير 2025", "2025-02")]


@pytest.mark.parametrize("text, span", [
    ("التقى بوتين أردوغان يوم الثلاثاء.", "يوم الثلاثاء"),
    ("التقى بوتين أردوغان أمس.", "أمس"),
    ("التقى بوتين أردوغان الشهر الماضي.", "الشهر الماضي"),
    ("زار أردوغان كييف في أغسطس الماضي.", "أغسطس الماضي"),
])
def test_without_publication_date_span_found_but_unresolved(ar_nlp, text, span):
    assert dates(ar_nlp, text, None) == [(span, "")]


def test_without_publication_date_absolute_date_still_resolves(ar_nlp):
    assert dates(ar_nlp, "زار أردوغان كييف في 12 مايو 2025.", None) == [("12 مايو 2025", "2025-05-12")]


def test_date_attaches_to_the_event(ar_nlp):
    doc = analyse(ar_nlp, "التقى بوتين أردوغان يوم الثلاثاء.", WEDNESDAY)
    (event,) = doc._.kg_events
    assert event["date"] is not None and event["date"].label_ == "2025-05-13"


def test_day_word_alone_is_no_date(ar_nlp):
    assert dates(ar_nlp, "قال إن هذا يوم حزين.") == []


def test_evening_of_weekday(ar_nlp):
    assert dates(ar_nlp, "هاجمت روسيا خاركيف مساء الثلاثاء.") == [("مساء الثلاثاء", "2025-05-13")]


def test_day_before_yesterday(ar_nlp):
    assert dates(ar_nlp, "هاجمت روسيا خاركيف أول أمس.") == [("أول أمس", "2025-05-12")]


def test_next_weekday_is_after_publication(ar_nlp):
    assert dates(ar_nlp, "سيزور أردوغان كييف الأحد المقبل.") == [("الأحد المقبل", "2025-05-18")]


def test_tomorrow(ar_nlp):
    assert dates(ar_nlp, "سيزور أردوغان كييف غدا.") == [("غدا", "2025-05-15")]
