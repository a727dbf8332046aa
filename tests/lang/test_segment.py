"""kg.lang.segment: Arabic clitic segmentation, alone with a small vocabulary and inside the pipeline."""
from __future__ import annotations

import pytest

from kg.analyse import analyse
from kg.lang import settings
from kg.lang.segment import Segmenter

AFFIXES = dict(settings("ar", "morphology"))
# folded forms (hamza seats folded to ا, ة to ه)
VOCAB = frozenset({"قال", "اوكرانيا", "ان", "بوتين", "وصل", "يزور", "وتين", "عقوبات", "هدنه"})


@pytest.fixture(scope="module")
def seg() -> Segmenter:
    return Segmenter(VOCAB, AFFIXES, verbs_only=frozenset({"وتين", "يزور"}))


# ---- the segmenter alone --------------------------------------------------------------------

@pytest.mark.parametrize("word, pieces", [
    ("وقال", [("و", "و"), ("قال", "قال")]),                       # conjunction و
    ("فقال", [("ف", "ف"), ("قال", "قال")]),                       # conjunction ف
    ("بعقوبات", [("ب", "ب"), ("عقوبات", "عقوبات")]),              # preposition ب
    ("لأوكرانيا", [("ل", "ل"), ("أوكرانيا", "اوكرانيا")]),         # preposition ل, hamza folded in the norm
    ("كهدنة", [("ك", "ك"), ("هدنة", "هدنه")]),                    # preposition ك
    ("وبعقوبات", [("و", "و"), ("ب", "ب"), ("عقوبات", "عقوبات")]),  # conjunction + preposition
])
def test_proclitics_are_split(seg, word, pieces):
    assert seg.split(word) == pieces


def test_lil_restores_the_article_in_the_norm(seg):
    # للمحطة = ل + المحطة: the orth keeps the letters as written, the norm gets its ال back
    assert seg.split("للمحطة") == [("ل", "ل"), ("لمحطة", "المحطه")]


def test_unknown_definite_noun_after_preposition_is_still_split(seg):
    # ال + three letters or more is a word even when the vocabulary does not know it
    assert seg.split("بالمدينة") == [("ب", "ب"), ("المدينة", "المدينه")]


@pytest.mark.parametrize("word, pieces", [
    ("إنها", [("إن", "ان"), ("ها", "ها")]),
    ("أنهم", [("أن", "ان"), ("هم", "هم")]),
])
def test_pronoun_suffix_on_complementizer(seg, word, pieces):
    assert seg.split(word) == pieces


def test_conjunction_and_future_prefix(seg):
    assert seg.split("وسيزور") == [("و", "و"), ("س", "س"), ("يزور", "يزور")]


def test_lam_before_present_verb_is_split(seg):
    # ل goes before present verbs (ليزور "in order to visit"), unlike ب and ك
    assert seg.split("ليزور") == [("ل", "ل"), ("يزور", "يزور")]


def test_known_word_is_never_cut(seg):
    assert seg.split("بوتين") is None  # known as a whole
    assert seg.split("وصل") is None  # a verb beginning with و is not و + صل


def test_preposition_not_cut_before_a_verb_only_remainder():
    # without بوتين in the vocabulary, ب + وتين would be ب + a verb: not allowed
    seg = Segmenter(frozenset({"وتين"}), AFFIXES, verbs_only=frozenset({"وتين"}))
    assert seg.split("بوتين") is None


def test_unknown_word_is_left_whole(seg):
    assert seg.split("وزرقانوفكا") is None
    assert seg.segments("زرقانوفكا") == [("زرقانوفكا", "زرقانوفكا")]


def test_stem_of_one_letter_is_not_split(seg):
    assert seg.split("وه") is None


# ---- through the real pipeline --------------------------------------------------------------

def _tokens(nlp, text):
    doc = analyse(nlp, text, None)
    return doc, [(t.text, t.norm_) for t in doc]


def test_pipeline_splits_conjunction_off_a_kb_name(ar_nlp):
    _, tokens = _tokens(ar_nlp, "والكرملين يرفض الهدنة")
    assert tokens[:2] == [("و", "و"), ("الكرملين", "الكرملين")]


def test_pipeline_lil_norm(ar_nlp):
    _, tokens = _tokens(ar_nlp, "محطة دوبرافكا للطاقة النووية")
    assert ("لطاقة", "الطاقه") in tokens and ("ل", "ل") in tokens


@pytest.mark.parametrize("text, comp, pron", [
    ("قالت روسيا إنها أسقطت الطائرة", "إن", "ها"),
    ("قال زيلينسكي إنه التقى بلينكن", "إن", "ه"),
    ("أكدت الحكومة أنهم غادروا", "أن", "هم"),
])
def test_pipeline_keeps_the_pronoun_on_the_complementizer(ar_nlp, text, comp, pron):
    """إنها is either cut into إن + ها or kept whole as a complementizer-with-pronoun function word;
    the pronoun is never lost (it is the subject of the reported clause)."""
    from kg.analyse.resources import resources

    _, tokens = _tokens(ar_nlp, text)
    kinds = resources("ar").lexicon.function_words
    split = any(tokens[i][0] == comp and tokens[i + 1][0] == pron for i in range(len(tokens) - 1))
    whole = any(t == comp + pron and kinds.get((n,)) == ["comp+pron"] for t, n in tokens)
    assert split or whole, tokens


@pytest.mark.parametrize("name", ["بوتين", "بلينكن", "بكين"])
def test_pipeline_keeps_kb_names_whole(ar_nlp, name):
    doc, tokens = _tokens(ar_nlp, f"زار {name} المدينة")
    assert (name, name) in tokens
    assert any(m.text == name and m.kb_id_ for m in doc.spans["kg_mentions"])


def test_pipeline_cuts_clitic_but_not_name(ar_nlp):
    _, tokens = _tokens(ar_nlp, "ولبوتين رأي آخر")
    assert tokens[:3] == [("و", "و"), ("ل", "ل"), ("بوتين", "بوتين")]


def test_pipeline_finds_paris(ar_nlp):
    doc, _ = _tokens(ar_nlp, "زار أردوغان باريس")
    assert any(m.text == "باريس" and m.kb_id_ == "city/2988507" for m in doc.spans["kg_mentions"])


def test_split_tokens_map_back_to_the_original_text(ar_nlp):
    text = "وقال الكرملين إنها خطة لأوكرانيا وللطاقة"
    doc = analyse(ar_nlp, text, None)
    assert doc.text == text
    assert len(doc) > len(text.split())  # something was split
    for token in doc:
        assert text[token.idx:token.idx + len(token.text)] == token.text
    # the KB mention after a clitic starts after the clitic, on the original text
    mention = next(m for m in doc.spans["kg_mentions"] if m.kb_id_ == "country/UA")
    assert text[mention.start_char:mention.end_char] == "أوكرانيا"


def test_future_prefix_only_on_a_present_verb():
    from kg.analyse.resources import resources
    seg = resources("ar").segmenter
    assert seg.split("سرسنك") is None  # a name, not س + رسن + ك
    assert [norm for _, norm in seg.split("سيزور")] == ["س", "يزور"]


def test_lil_is_the_preposition_and_the_article():
    from kg.analyse.resources import resources
    seg = resources("ar").segmenter
    assert [norm for _, norm in seg.split("للدعم")] == ["ل", "الدعم"]  # though لدعم is a word too
    assert [norm for _, norm in seg.split("للبنان")] == ["ل", "لبنان"]  # a place that starts with ل


def test_a_third_person_pronoun_on_a_preposition_is_two_words():
    from kg.analyse.resources import resources
    seg = resources("ar").segmenter
    assert [norm for _, norm in seg.split("بها")] == ["ب", "ها"]  # though the dictionary lists a verb بها
    assert [norm for _, norm in seg.split("وبهم")] == ["و", "ب", "هم"]
    assert seg.split("ولي") is None  # ولي العهد: first-person forms stay whole


def test_the_closed_tables_cut_a_dictionary_word_that_holds_one_of_their_nouns():
    from kg.analyse.resources import resources
    seg = resources("ar").segmenter
    assert [norm for _, norm in seg.split("لقواته")] == ["ل", "قوات", "ه"]


def test_a_final_h_is_a_pronoun_where_the_word_list_only_knows_a_final_ta_marbuta():
    from kg.analyse.resources import resources
    seg = resources("ar").segmenter
    assert [norm for _, norm in seg.split("مكتبه")] == ["مكتب", "ه"]  # his office, not مكتبة (library)
    assert seg.split("مكتبة") is None


def test_a_clitic_on_the_first_word_of_a_two_word_name_is_cut_when_the_name_goes_on():
    from kg.analyse.resources import resources
    seg = resources("ar").segmenter
    assert [norm for _, norm in seg.split_before("برام", "الله")] == ["ب", "رام"]
    assert seg.split_before("برام", "كثيرة") is None  # برام ("pots") stays a word
