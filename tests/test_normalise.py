"""kg.normalise: cleaner text for spaCy, with offsets that lead back to the exact original characters."""
from __future__ import annotations

import unicodedata

import pytest

from kg.normalise import normalise

FOLD = str.maketrans({"ک": "ك", "ی": "ي"})


def check_offsets(n) -> None:
    """Every clean character comes from the original character its offset points at."""
    assert len(n.offsets) == len(n.text) + 1
    assert n.offsets[-1] == len(n.original)
    assert list(n.offsets[:-1]) == sorted(n.offsets[:-1])
    for i, ch in enumerate(n.text):
        source = n.original[n.offsets[i]]
        expanded = unicodedata.normalize("NFKC", source).translate(FOLD)
        assert ch == source or ch in expanded or (source, ch) in {("\u00a0", " ")}, (i, ch, source)


def span_of(n, word: str) -> str:
    """The original text behind the first occurrence of `word` in the clean text."""
    start = n.text.index(word)
    a, b = n.original_span(start, start + len(word))
    return n.original[a:b]


def test_mojibake_run_removed():
    original = "بي بي سي â€™ Ã Â  أعلن وزير النقل افتتاح خط القطار الجديد."
    n = normalise(original)
    assert n.text == "بي بي سي أعلن وزير النقل افتتاح خط القطار الجديد."
    for mark in "âÃÂ€™":
        assert mark not in n.text
    assert span_of(n, "أعلن وزير النقل") == "أعلن وزير النقل"
    assert span_of(n, "سي") == "سي"
    check_offsets(n)


def test_mojibake_at_the_start_and_end():
    n = normalise("Â Â زار الوزير حلب â €")
    assert n.text == "زار الوزير حلب "
    assert span_of(n, "حلب") == "حلب"
    check_offsets(n)


def test_text_without_debris_is_unchanged():
    original = "زار وزير الخارجية مدينة حلب يوم السبت، والتقى بمحافظها."
    n = normalise(original)
    assert n.text == original
    assert n.offsets == tuple(range(len(original) + 1))


def test_diacritics_and_tatweel_removed_offsets_map_back():
    original = "قالَ الوزيرُ إنّ الحكومـــة ستبني مدرسةً جديدةً في مدينةِ حمص."
    n = normalise(original)
    assert n.text == "قال الوزير إن الحكومة ستبني مدرسة جديدة في مدينة حمص."
    assert span_of(n, "الوزير") == "الوزيرُ"[:-1]  # the span ends at the last letter; the trailing mark is outside
    assert span_of(n, "الحكومة") == "الحكومـــة"
    assert span_of(n, "مدرسة جديدة") == "مدرسةً جديدة"
    assert span_of(n, "حمص") == "حمص"
    check_offsets(n)


def test_persian_letters_folded_offsets_map_back():
    original = "وزیر کشاورزی به شهر کرمان رفت"
    n = normalise(original)
    assert n.text == "وزير كشاورزي به شهر كرمان رفت"
    assert "ک" not in n.text and "ی" not in n.text
    assert span_of(n, "كرمان") == "کرمان"
    assert span_of(n, "وزير") == "وزیر"
    assert len(n.text) == len(original)
    check_offsets(n)


def test_presentation_forms_expanded_offsets_map_back():
    # ﻻ (U+FEFB) is one glyph for two letters; ﺑ ﻮ ﺗ ﻴ ﻦ are contextual forms of ب و ت ي ن
    original = "زار ﺑﻮﺗﻴﻦ مدينة ﻻ تنام"
    n = normalise(original)
    assert n.text == "زار بوتين مدينة لا تنام"
    assert span_of(n, "بوتين") == "ﺑﻮﺗﻴﻦ"
    assert span_of(n, "لا") == "ﻻ"
    # a span that ends inside the ligature still maps to the whole original glyph
    start = n.text.index("لا")
    assert n.original_span(start, start + 1) == (original.index("ﻻ"), original.index("ﻻ") + 1)
    assert span_of(n, "تنام") == "تنام"
    check_offsets(n)


def test_presentation_forms_of_persian_letters_are_folded_too():
    # ﮐ (U+FB90) is a form of Persian keheh ک, ﯾ (U+FBFE) of Farsi yeh ی: both fold like the plain letters
    original = "ﮐرمان و ﯾزد"
    n = normalise(original)
    assert n.text == "كرمان و يزد"
    assert span_of(n, "كرمان") == "ﮐرمان"
    check_offsets(n)


def test_presentation_form_diacritics_dropped():
    # U+FE77 is the presentation form of fatha, U+FE7D of shadda (medial); they go like the plain marks
    original = "وزيرﹷ الصحةﹽ"
    n = normalise(original)
    assert "\u064e" not in n.text and "\u0651" not in n.text
    assert "وزير" in n.text and "الصحة" in n.text
    check_offsets(n)


def test_invisible_marks_removed():
    original = "\ufeffزار\u200f الوزير\u200b حمص\u202a"
    n = normalise(original)
    assert n.text == "زار الوزير حمص"
    assert span_of(n, "حمص") == "حمص"
    check_offsets(n)


def test_mixed_everything_maps_back():
    original = "سي إن إن â € Â Â زارَ وزیرُ الخارجيـــة ﻣﺪﻳﻨﺔ کرمان"
    n = normalise(original)
    assert n.text == "سي إن إن زار وزير الخارجية مدينة كرمان"
    for clean, raw in [("زار", "زار"), ("وزير", "وزیر"), ("الخارجية", "الخارجيـــة"), ("مدينة", "ﻣﺪﻳﻨﺔ"),
                       ("كرمان", "کرمان")]:
        assert span_of(n, clean) == raw
    check_offsets(n)


@pytest.mark.parametrize("original", [
    "The ticket costs €23 and the minister paid it.",
    "Prices rose to € 23 per kilo.",
    "Tickets: €23, €5 and €100.",
])
def test_lone_euro_sign_kept(original):
    n = normalise(original)
    assert n.text == original
    assert n.text.count("€") == original.count("€")


def test_empty_span_maps_to_a_point():
    n = normalise("قالَ الوزير")
    assert n.original_span(3, 3) == (4, 4)
    assert n.original_span(len(n.text), len(n.text)) == (len(n.original), len(n.original))
