"""kg.lang.morphology and the accusative in kg.lang.lexicon: citation forms -> surface forms."""
from __future__ import annotations

import pytest

from kg.lang import settings
from kg.lang.lexicon import accusative, load_lexicon
from kg.lang.morphology import arabic_participles, arabic_verb_forms, english_verb_forms

AR = dict(settings("ar", "morphology"))


# ---- Arabic verbs ---------------------------------------------------------------------------

def test_sound_verb_third_person_past():
    forms = arabic_verb_forms("قصف", "يقصف", AR)
    for form in ("قصف", "قصفت", "قصفا", "قصفتا", "قصفوا"):
        assert forms[form] == "past", form


def test_sound_verb_third_person_present():
    forms = arabic_verb_forms("قصف", "يقصف", AR)
    for form in ("يقصف", "تقصف", "يقصفون", "يقصفان", "تقصفان"):
        assert forms[form] == "present", form


def test_sound_verb_first_person_for_quotes():
    forms = arabic_verb_forms("قصف", "يقصف", AR)
    assert forms["قصفنا"] == "past"
    assert forms["نقصف"] == "present"


def test_hollow_verb_third_person():
    forms = arabic_verb_forms("زار", "يزور", AR)
    assert {f: forms[f] for f in ("زار", "زارت", "زاروا")} == dict.fromkeys(("زار", "زارت", "زاروا"), "past")
    assert {f: forms[f] for f in ("يزور", "تزور", "يزورون")} == dict.fromkeys(("يزور", "تزور", "يزورون"), "present")


def test_hollow_verb_short_stems_come_from_the_lexicon_extra_column():
    # the generator cannot shorten the stem (زرنا, jussive لم يزر); triggers.tsv lists those forms
    lexicon = load_lexicon("ar")
    for form in ("يزر", "زرنا"):
        senses = lexicon.senses.get((form,))
        assert any(s.event_type == "visit" for s in senses), form


def test_defective_verb_with_alif_maqsura():
    forms = arabic_verb_forms("التقى", "يلتقي", AR)
    for form in ("التقى", "التقت", "التقوا", "التقيا"):
        assert forms[form] == "past", form
    for form in ("يلتقي", "تلتقي", "يلتقون"):  # the final ي drops before ون
        assert forms[form] == "present", form
    assert "يلتقيون" not in forms
    assert "التقىت" not in forms


def test_defective_verb_with_alif():
    forms = arabic_verb_forms("دعا", "يدعو", AR)
    for form in ("دعا", "دعت", "دعوا"):
        assert forms[form] == "past", form
    for form in ("يدعو", "تدعو", "يدعون"):
        assert forms[form] == "present", form
    assert "يدعوون" not in forms


def test_participles_of_derived_verbs():
    assert set(arabic_participles("اتهم", "يتهم", AR)) >= {"متهما", "متهمين", "متهمة"}
    assert arabic_verb_forms("طالب", "يطالب", AR)["مطالبا"] == "participle"


def test_no_participles_for_form_one_or_defective_verbs():
    assert arabic_participles("زار", "يزور", AR) == {}  # form I: زائر is a noun
    assert arabic_participles("اعتدى", "يعتدي", AR) == {}  # defective present


# ---- English verbs --------------------------------------------------------------------------

@pytest.mark.parametrize("base, past, third, ing", [
    ("visit", "visited", "visits", "visiting"),
    ("seize", "seized", "seizes", "seizing"),
    ("carry", "carried", "carries", "carrying"),
    ("reach", "reached", "reaches", "reaching"),
    ("deploy", "deployed", "deploys", "deploying"),
])
def test_english_regular_verbs(base, past, third, ing):
    forms = english_verb_forms(base)
    assert forms[past] == "past"
    assert forms[third] == "present" and forms[ing] == "present" and forms[base] == "present"


def test_english_irregular_past_and_participle():
    forms = english_verb_forms("take", "took", "taken")
    assert forms["took"] == "past" and forms["taken"] == "participle"
    assert "taked" not in forms


def test_english_irregular_alternatives():
    forms = english_verb_forms("shoot", "shot", "shot")
    assert forms["shot"] == "past"
    forms = english_verb_forms("speak", "spoke", "spoken|spoke")
    assert forms["spoken"] == "participle"


def test_english_consonant_doubling():
    forms = english_verb_forms("ban")
    assert forms.get("banned") == "past" and forms.get("banning") == "present"


# ---- the accusative of nouns ----------------------------------------------------------------

@pytest.mark.parametrize("noun, expected", [
    ("هجوم", "هجوما"),
    ("اتصال هاتفي", "اتصالا هاتفيا"),
    ("قتيل", "قتيلا"),
])
def test_accusative_adds_alif(noun, expected):
    assert accusative(noun, AR) == expected


@pytest.mark.parametrize("noun", ["غارة", "مساعدات", "مستشفى", "الهجوم", "مقاتلين"])
def test_accusative_leaves_words_without_written_alif(noun):
    assert accusative(noun, AR) is None


def test_accusative_needs_the_affix_table():
    assert accusative("هجوم", {}) is None


def test_accusative_of_a_trigger_noun_is_in_the_lexicon():
    senses = load_lexicon("ar").senses.get(("هجوما",))
    assert any(s.event_type == "attack" and s.pos == "noun" for s in senses)


def test_sound_plural_group_heads_also_match_in_construct():
    lex = load_lexicon("ar")
    for construct_form in ("مقاتلي", "مؤيدو"):
        assert lex.groups.longest(list(lex.key(construct_form)), 0)[0] == 1, construct_form
