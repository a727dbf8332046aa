"""kg_events: one sentence per phenomenon, checked on doc._.kg_events."""
from __future__ import annotations

from datetime import date

import pytest

from kg.analyse import analyse

PUBLISHED = date(2025, 5, 14)


def _text(span):
    return span.text if span is not None else None


def events(nlp, text):
    """Events as plain dicts of surface texts."""
    doc = analyse(nlp, text, PUBLISHED)
    out = []
    for e in doc._.kg_events:
        out.append({
            "type": e["type"], "agent": _text(e["agent"]), "patient": _text(e["patient"]),
            "place": _text(e["place"]), "source": _text(e["source"]), "negated": e["negated"],
            "modality": e["modality"], "date": e["date"].label_ if e.get("date") is not None else None,
            "rule": e["rule"], "patient_kg": dict(e["patient"]._.kg) if e["patient"] is not None else {},
        })
    return out


def pairs(found, event_type=None):
    return sorted((e["agent"], e["patient"]) for e in found if event_type in (None, e["type"]))


def one(nlp, text, event_type):
    found = [e for e in events(nlp, text) if e["type"] == event_type]
    assert len(found) == 1, events(nlp, text)
    return found[0]


# ---- word order -----------------------------------------------------------------------------

def test_vso(ar_nlp):
    e = one(ar_nlp, "زار أردوغان أوكرانيا.", "visit")
    assert (e["agent"], e["patient"], e["negated"], e["modality"]) == ("أردوغان", "أوكرانيا", False, "asserted")
    assert "vso" in e["rule"]


def test_svo_after_inna_with_speaker_as_source(ar_nlp):
    e = one(ar_nlp, "قال زيلينسكي إن بلينكن التقى أردوغان.", "meet")
    assert (e["agent"], e["patient"], e["source"]) == ("بلينكن", "أردوغان", "زيلينسكي")
    assert "svo" in e["rule"]


def test_speaker_is_not_the_agent_of_the_reported_event(ar_nlp):
    found = events(ar_nlp, "قال زيلينسكي إن بلينكن التقى أردوغان.")
    assert all(e["agent"] != "زيلينسكي" for e in found)


@pytest.mark.parametrize("text, agent, patient", [
    ("زارت ألمانيا بولندا.", "ألمانيا", "بولندا"),              # feminine past
    ("الجنود الروس زاروا كورسك.", "الجنود الروس", "كورسك"),    # masculine plural past, SVO
    ("يزور أردوغان برلين.", "أردوغان", "برلين"),              # present
    ("تزور ألمانيا بولندا.", "ألمانيا", "بولندا"),              # feminine present
])
def test_conjugations(ar_nlp, text, agent, patient):
    e = one(ar_nlp, text, "visit")
    assert (e["agent"], e["patient"]) == (agent, patient)


def test_svo_coordinated_subjects(ar_nlp):
    found = events(ar_nlp, "شولتس وأردوغان زارا كييف.")
    assert pairs(found, "visit") == [("أردوغان", "كييف"), ("شولتس", "كييف")]


# ---- nouns and support verbs ----------------------------------------------------------------

def test_verbal_noun_with_support_verb(ar_nlp):
    e = one(ar_nlp, "شنت روسيا هجوما على أوكرانيا.", "attack")
    assert (e["agent"], e["patient"]) == ("روسيا", "أوكرانيا")
    assert "support" in e["rule"]


def test_support_verb_with_demonym_group_agent(ar_nlp):
    e = one(ar_nlp, "شنت القوات الأوكرانية هجوما على كورسك.", "attack")
    assert (e["agent"], e["patient"]) == ("القوات الأوكرانية", "كورسك")


def test_passive_min_qibal(ar_nlp):
    e = one(ar_nlp, "تم احتجاز ثلاثة صحفيين من قبل القوات الروسية.", "arrest")
    assert e["agent"] == "القوات الروسية"
    assert (e["patient_kg"]["value"], e["patient_kg"]["unit"]) == (3, "journalist")
    assert "passive" in e["rule"]


def test_event_noun_with_genitive_agent(ar_nlp):
    e = one(ar_nlp, "بدأ توغل القوات الأوكرانية في كورسك.", "invade")
    assert (e["agent"], e["patient"]) == ("القوات الأوكرانية", "كورسك")


def test_announcer_of_deaths_is_not_the_killer(ar_nlp):
    found = events(ar_nlp, "أعلنت الوزارة مقتل 30 جنديا.")
    assert not any(e["type"] == "kill" and e["agent"] == "الوزارة" for e in found), found


# ---- coordination and reciprocals -----------------------------------------------------------

def test_coordinated_agents_vso(ar_nlp):
    found = events(ar_nlp, "اقترحت واشنطن وكييف هدنة.")
    assert pairs(found, "propose") == [("كييف", "هدنة"), ("واشنطن", "هدنة")]


def test_coordinated_agents_of_visit(ar_nlp):
    found = events(ar_nlp, "زار بلينكن وبوتين بكين.")
    assert pairs(found, "visit") == [("بلينكن", "بكين"), ("بوتين", "بكين")]


def test_resumptive_pronoun_with_coordinated_subject(ar_nlp):
    found = events(ar_nlp, "رفضت موسكو الخطة التي اقترحتها واشنطن وكييف.")
    assert pairs(found, "propose") == [("كييف", "الخطة"), ("واشنطن", "الخطة")]


def test_reciprocal_gives_both_directions(ar_nlp):
    found = events(ar_nlp, "اتهمت روسيا وأوكرانيا بعضهما البعض.")
    assert pairs(found, "accuse") == [("أوكرانيا", "روسيا"), ("روسيا", "أوكرانيا")]
    assert all("reciprocal" in e["rule"] for e in found)


# ---- attribution ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "قال الكرملين إن روسيا استعادت كورسك.",
    "أعلن الكرملين أن روسيا استعادت كورسك.",
    "أفاد الكرملين بأن روسيا استعادت كورسك.",
    "استعادت روسيا كورسك وفقا للكرملين.",
    "استعادت روسيا كورسك بحسب الكرملين.",
])
def test_source(ar_nlp, text):
    e = one(ar_nlp, text, "recapture")
    assert (e["agent"], e["patient"]) == ("روسيا", "كورسك")
    assert e["source"] in ("الكرملين", "لكرملين")  # للكرملين is cut ل + لكرملين
    assert not e["negated"] and e["modality"] == "asserted"


def test_no_source_without_attribution(ar_nlp):
    assert one(ar_nlp, "استعادت روسيا كورسك.", "recapture")["source"] is None


def test_pronoun_on_inna_is_the_speaker(ar_nlp):
    e = one(ar_nlp, "قالت روسيا إنها أسقطت 40 طائرة مسيرة.", "intercept")
    assert (e["agent"], e["source"]) == ("روسيا", "روسيا")


def test_masculine_pronoun_on_inna_is_the_speaker(ar_nlp):
    e = one(ar_nlp, "قال زيلينسكي إنه التقى بلينكن.", "meet")
    assert (e["agent"], e["patient"], e["source"]) == ("زيلينسكي", "بلينكن", "زيلينسكي")


# ---- negation -------------------------------------------------------------------------------

def test_lam_negates(ar_nlp):
    e = one(ar_nlp, "لم يزر أردوغان كييف.", "visit")
    assert (e["agent"], e["patient"], e["negated"]) == ("أردوغان", "كييف", True)


def test_denial_negates_with_denier_as_source(ar_nlp):
    e = one(ar_nlp, "نفى الكرملين أن بوتين التقى زيلينسكي.", "meet")
    assert (e["agent"], e["patient"], e["source"], e["negated"]) == ("بوتين", "زيلينسكي", "الكرملين", True)


def test_affirmative_is_not_negated(ar_nlp):
    assert one(ar_nlp, "زار أردوغان كييف.", "visit")["negated"] is False


# ---- modality -------------------------------------------------------------------------------

def _not_asserted(found, event_type):
    return not any(e["type"] == event_type and e["modality"] == "asserted" and not e["negated"] for e in found)


def test_future_prefix(ar_nlp):
    e = one(ar_nlp, "سيزور أردوغان كييف.", "visit")
    assert (e["agent"], e["modality"]) == ("أردوغان", "future")


def test_scheduled(ar_nlp):
    e = one(ar_nlp, "من المقرر أن يزور أردوغان كييف.", "visit")
    assert e["modality"] == "future"


def test_future_carries_to_conjoined_future_verb(ar_nlp):
    found = events(ar_nlp, "سيزور أردوغان كييف وسيلتقي زيلينسكي.")
    assert {(e["type"], e["agent"], e["modality"]) for e in found} == {
        ("visit", "أردوغان", "future"), ("meet", "أردوغان", "future")}


@pytest.mark.parametrize("text, event_type", [
    ("يعتزم أردوغان زيارة كييف.", "visit"),
    ("تحاول روسيا الاستيلاء على خاركيف.", "seize"),
    ("رفض الكرملين أي محادثات مع كييف.", "negotiate"),
])
def test_planned_attempted_hypothetical_not_asserted(ar_nlp, text, event_type):
    assert _not_asserted(events(ar_nlp, text), event_type)


def test_planned(ar_nlp):
    e = one(ar_nlp, "تعتزم روسيا مهاجمة كييف.", "attack")
    assert (e["agent"], e["patient"], e["modality"]) == ("روسيا", "كييف", "planned")


def test_attempted(ar_nlp):
    e = one(ar_nlp, "يحاول الجيش الروسي مهاجمة خاركيف.", "attack")
    assert (e["agent"], e["modality"]) == ("الجيش الروسي", "attempted")


def test_hypothetical_condition(ar_nlp):
    e = one(ar_nlp, "إذا هاجمت روسيا بولندا فإن الناتو سيرد.", "attack")
    assert (e["agent"], e["patient"], e["modality"]) == ("روسيا", "بولندا", "hypothetical")


def test_lan_is_future(ar_nlp):
    e = one(ar_nlp, "قال بوتين إن روسيا لن تهاجم بولندا.", "attack")
    assert e["modality"] == "future"


# ---- subjects shared and counted patients ---------------------------------------------------

def test_subject_carries_to_conjoined_verb(ar_nlp):
    found = events(ar_nlp, "زار أردوغان كييف والتقى زيلينسكي.")
    assert {(e["type"], e["agent"], e["patient"]) for e in found} == {
        ("visit", "أردوغان", "كييف"), ("meet", "أردوغان", "زيلينسكي")}


def test_counted_patient(ar_nlp):
    e = one(ar_nlp, "دمرت أوكرانيا 63 طائرة مسيرة.", "intercept")
    assert e["agent"] == "أوكرانيا"
    assert e["patient"] == "63 طائرة مسيرة"
    assert (e["patient_kg"]["value"], e["patient_kg"]["unit"]) == (63, "drone")


def test_counted_patient_not_kept_for_visit(ar_nlp):
    # a visit is not "with a count"
    assert not any(e["patient_kg"].get("unit") for e in events(ar_nlp, "زار أردوغان 3 مدن."))


def test_place_after_fi(ar_nlp):
    e = one(ar_nlp, "التقى بوتين أردوغان في بكين.", "meet")
    assert (e["agent"], e["patient"], e["place"]) == ("بوتين", "أردوغان", "بكين")


def test_no_agent_no_event(ar_nlp):
    assert events(ar_nlp, "زاروا برلين.") == []


def test_arrived_in_is_a_visit(ar_nlp):
    e = one(ar_nlp, "وصل بلينكن إلى كييف.", "visit")
    assert (e["agent"], e["patient"]) == ("بلينكن", "كييف")


def test_headed_to_is_a_visit(ar_nlp):
    e = one(ar_nlp, "توجه بلينكن إلى كييف.", "visit")
    assert (e["agent"], e["patient"]) == ("بلينكن", "كييف")


# ---- both sides, victims, agreement, denials --------------------------------------------------

def test_clash_between_two_sides_is_two_fight_lines(ar_nlp):
    found = events(ar_nlp, "اندلعت يوم الثلاثاء اشتباكات بين قوات الدعم السريع والجيش السوداني.")
    assert pairs(found, "fight") == [("الجيش السوداني", "قوات الدعم السريع"), ("قوات الدعم السريع", "الجيش السوداني")]
    assert all("between" in e["rule"] for e in found if e["type"] == "fight")


def test_talks_between_two_sides_is_one_line(ar_nlp):
    found = [e for e in events(ar_nlp, "أجريت محادثات بين إيران والولايات المتحدة في مسقط.") if e["type"] == "negotiate"]
    assert len(found) == 1 and {found[0]["agent"], found[0]["patient"]} == {"إيران", "الولايات المتحدة"}


def test_broke_out_gives_no_agent_from_its_subject(ar_nlp):
    # اندلعت is intransitive: the person before it did not start the clashes
    assert not any(e["type"] == "fight" for e in events(ar_nlp, "أصدر الدبيبة قرارا قبل أن تندلع مواجهات في المدينة."))


def test_people_killed_by_nobody_named(ar_nlp):
    # victims before the verb, and no side the article tells of attacking: the deaths alone
    e = one(ar_nlp, "قالت الوزارة إن أكثر من 350 شخصا قد قتلوا منذ يوم الأحد.", "kill")
    assert (e["agent"], e["patient"]) == (None, "أكثر من 350 شخصا")
    # "قتل 12 شخصا" may be active with a subject dropped: no line without its killer
    assert not any(e["type"] == "kill" for e in events(ar_nlp, "قتل 12 شخصا في المواجهات بين الجيش السوداني وقوات الدعم السريع."))


def test_victims_take_the_one_side_the_article_tells_of_attacking(ar_nlp):
    found = events(ar_nlp, "استشهد 20 فلسطينيا على الأقل صباح اليوم في مدينة خان يونس. وقالت مصادر طبية إن الطائرات "
                           "الإسرائيلية قصفت المستشفى.")
    assert [e["agent"] for e in found if e["type"] == "kill"] == ["الإسرائيلية"]


def test_the_wounded_counted_apart_are_a_line_of_their_own(ar_nlp):
    found = events(ar_nlp, "وقالت الوزارة إن غارة إسرائيلية أسفرت عن مقتل خمسة أشخاص وإصابة 28 آخرين.")
    assert sorted(e["patient"] for e in found if e["type"] == "kill") == ["28 آخرين", "خمسة أشخاص"]


def test_a_named_killer_is_still_required_for_a_named_victim(ar_nlp):
    # "الككلي قتل" may be active or passive: nothing is said rather than a guess
    assert not any(e["type"] == "kill" for e in events(ar_nlp, "وكان عبد الغني الككلي قد قتل مساء الاثنين."))


def test_feminine_verb_does_not_take_masculine_plural_people_as_subject(ar_nlp):
    found = events(ar_nlp, "وقالت الأمم المتحدة إن ثمانية مدنيين قتلوا، وطالبت جميع الأطراف بحماية المدنيين.")
    demands = [e for e in found if e["type"] == "demand"]
    assert [e["agent"] for e in demands] == ["الأمم المتحدة"], found


def test_denial_with_a_parenthetical_statement_still_negates(ar_nlp):
    e = one(ar_nlp, "ونفى الجيش الإسرائيلي، في بيان، أن تكون قواته أطلقت النار على مدنيين.", "attack")
    assert e["negated"] and e["source"] == "الجيش الإسرائيلي"
    assert e["agent"] == "الجيش الإسرائيلي"  # "its forces", said by the army, are the army's


def test_unnamed_actor_is_also_named_with_its_place(ar_nlp):
    doc = analyse(ar_nlp, "أمرت محكمة في إسطنبول يوم الأحد بحبس إمام أوغلو.", PUBLISHED)
    order = next(e for e in doc._.kg_events if e["type"] == "order")
    assert order["agent"].text == "محكمة" and order["agent"]._.kg["forms"] == ["محكمة في إسطنبول"]


def test_long_phrase_also_goes_by_its_core(ar_nlp):
    doc = analyse(ar_nlp, "أبدت القاهرة استعدادها لاستقبال الجرحى عبر معبر رفح.", PUBLISHED)
    offer = next(e for e in doc._.kg_events if e["type"] == "propose")
    assert "استقبال الجرحى" in offer["patient"]._.kg["forms"]


def test_a_trigger_right_after_a_verb_is_its_object_noun(ar_nlp):
    # طلب is "request" here, not "he requested"
    assert not any(e["type"] == "demand" for e in events(ar_nlp, "رفضت المحكمة طلب النيابة حبسه."))


def test_an_event_noun_that_may_happen_is_hypothetical(ar_nlp):
    found = events(ar_nlp, 'وقال ترامب إن هجوما إسرائيليا على إيران "قد يحدث".')
    assert all(e["modality"] == "hypothetical" for e in found if e["type"] == "attack")


def test_genitive_actor_alone_is_not_enough(ar_nlp):
    # "دعوة الشرع": who invited whom is open without a patient
    assert not any(e["type"] == "demand" for e in events(ar_nlp, "تظاهر أنصار الفصائل احتجاجا على دعوة الشرع."))


def test_threat_target_is_inside_the_threatened_act(ar_nlp):
    e = one(ar_nlp, "وهددت طهران بتقليص تعاونها مع الوكالة الدولية للطاقة الذرية.", "threaten")
    assert (e["agent"], e["patient"]) == ("طهران", "الوكالة الدولية للطاقة الذرية") and "target" in e["rule"]


def test_threat_with_a_direct_object_keeps_it(ar_nlp):
    e = one(ar_nlp, "هدد ترامب إيران بعمل عسكري.", "threaten")
    assert (e["agent"], e["patient"]) == ("ترامب", "إيران")


def test_addressee_of_a_demand_is_the_direct_object_group(ar_nlp):
    e = one(ar_nlp, "لكن الشيخ حكمت الهجري رفض الاتفاق ودعا مقاتليه إلى مواصلة القتال.", "demand")
    assert e["agent"] == "الشيخ حكمت الهجري" and e["patient"] == "مقاتلي"  # مقاتلين in construct


def test_group_noun_keeps_its_written_form_with_the_pronoun(ar_nlp):
    doc = analyse(ar_nlp, "اتهم أوزيل الحكومة بتنفيذ انقلاب، وطالب أنصاره بمواصلة التظاهر.", PUBLISHED)
    demand = next(e for e in doc._.kg_events if e["type"] == "demand")
    assert demand["patient"].text == "أنصار" and "أنصاره" in demand["patient"]._.kg["forms"]


def test_killed_by_the_bullets_of_names_the_killer(ar_nlp):
    found = [e for e in events(ar_nlp, "استشهد عشرة مواطنين وأصيب 35 آخرون بجروح برصاص قوات الاحتلال الإسرائيلي.") if e["type"] == "kill"]
    # the wounded, counted apart from the dead, are a line of their own, by the same shooter
    assert sorted((e["agent"], e["patient"]) for e in found) == [("قوات الاحتلال الإسرائيلي", "35 آخرون"),
                                                                 ("قوات الاحتلال الإسرائيلي", "عشرة مواطنين")]


def test_wounding_alone_is_a_kill_line(ar_nlp):
    found = [e for e in events(ar_nlp, "أصاب الجيش الإسرائيلي خمسة فلسطينيين في نابلس.") if e["type"] == "kill"]
    assert [e["agent"] for e in found] == ["الجيش الإسرائيلي"]


def test_person_after_a_title_with_an_organisation_is_the_head(ar_nlp):
    e = one(ar_nlp, "منذ اغتيال إسرائيل الأمين العام لـ«حزب الله» السيد حسن نصر الله.", "kill")
    assert (e["agent"], e["patient"]) == ("إسرائيل", "حسن نصر الله")


def test_weapon_is_no_attack_target(ar_nlp):
    found = events(ar_nlp, "وقال الحزب إن مقاتليه استهدفوا بصواريخ «فادي 4» مقر الموساد.")
    assert not any(e["type"] == "attack" and e["patient"] and "صواريخ" in e["patient"] for e in found)


def test_a_hit_thing_is_no_wounding(ar_nlp):
    assert not any(e["type"] == "kill" for e in events(ar_nlp, "وقال الجيش إن صاروخا أطلقه الحوثيون أصاب السفينة."))


def test_conjoined_verb_with_its_own_subject_and_object(ar_nlp):
    found = events(ar_nlp, "وشنت إسرائيل مئات الغارات على أراضيها، وقصفت الولايات المتحدة منشآت فوردو النووية.")
    assert ("الولايات المتحدة", "فوردو") in pairs(found, "attack")  # the site named in "منشآت فوردو النووية"


def test_victims_among_civilians_are_no_two_sides(ar_nlp):
    assert not any("between" in e["rule"] for e in events(ar_nlp, "أوقعت الضربات قتلى وجرحى بين المدنيين والعسكريين."))


def test_unnamed_sites_in_named_towns_are_the_towns(ar_nlp):
    found = events(ar_nlp, "قال العراق إن ضربات أمريكية استهدفت مناطق في مدينة الموصل.")
    assert [e["patient"] for e in found if e["type"] == "attack"] == ["الموصل"]


def test_possessed_event_noun_after_an_announcement(ar_nlp):
    e = one(ar_nlp, "وكانت قوات الدعم السريع قد أعلنت، الأحد، سيطرتها الكاملة على الفاشر.", "seize")
    assert (e["agent"], e["patient"]) == ("قوات الدعم السريع", "الفاشر") and "possessor" in e["rule"]


def test_subject_after_a_title_with_its_complement(ar_nlp):
    e = one(ar_nlp, "دعا المبعوث الأممي إلى ليبيا عبد الله باتيلي السلطات الليبية إلى تشكيل آلية موحدة.", "demand")
    assert (e["agent"], e["patient"]) == ("عبد الله باتيلي", "السلطات الليبية")


def test_attending_a_summit_with_the_place_before_the_subject(ar_nlp):
    found = events(ar_nlp, "وشارك في القمة صاحب السمو الملكي الأمير محمد بن سلمان، وفخامة الرئيس رجب طيب أردوغان.")
    assert pairs(found, "visit") == [("الأمير محمد بن سلمان", "القمة"), ("رجب طيب أردوغان", "القمة")]


def test_backed_by_is_support(ar_nlp):
    e = one(ar_nlp, "ونفى الحوثيون المدعومون من إيران ذلك.", "support")
    assert (e["agent"], e["patient"]) == ("إيران", "الحوثيون")


def test_clash_sides_in_quotes(ar_nlp):
    found = events(ar_nlp, 'وتدور اشتباكات متقطعة بين "قسد" وفصائل "الجيش الوطني السوري".')
    assert pairs(found, "fight") == [("الجيش الوطني السوري", "قسد"), ("قسد", "الجيش الوطني السوري")]


def test_about_a_number_is_no_direction(ar_nlp):
    e = one(ar_nlp, "وقال الجيش إن إيران أطلقت نحو مئة صاروخ على دفعتين باتجاه إسرائيل.", "attack")
    assert (e["agent"], e["patient"]) == ("إيران", "إسرائيل")


def test_quoted_name_after_a_common_noun_is_a_form(ar_nlp):
    doc = analyse(ar_nlp, 'استهدف الحوثيون المدمرة "يو إس إس كارني" في خليج عدن.', PUBLISHED)
    attack = next(e for e in doc._.kg_events if e["type"] == "attack")
    assert "يو إس إس كارني" in attack["patient"]._.kg["forms"]


def test_subject_before_a_relative_clause_set_off_by_commas(ar_nlp):
    e = one(ar_nlp, 'وكانت الولايات المتحدة، التي تنشر نحو ألفي جندي في سوريا، قد دعمت "قسد" في حربها.', "support")
    assert (e["agent"], e["patient"]) == ("الولايات المتحدة", "قسد")


def test_but_he_continues_the_speaker_as_his_own_act(ar_nlp):
    e = one(ar_nlp, "وقال ترامب إن الضربات كانت ناجحة، لكنه حث إيران على إبرام اتفاق.", "demand")
    assert (e["agent"], e["patient"], e["source"]) == ("ترامب", "إيران", None)


def test_waves_are_no_target_and_a_weapon_count_is_no_patient(ar_nlp):
    assert not any(e["type"] == "attack" for e in events(ar_nlp, "أطلقت إيران نحو مئة صاروخ على دفعتين."))


def test_pronoun_patient_is_not_guessed(ar_nlp):
    assert not any(e["type"] == "seize" for e in events(ar_nlp, "بعد أن سيطر عليهما المسلحون لساعات."))


def test_form_one_participle_after_a_speaker(ar_nlp):
    found = events(ar_nlp, "وقال آبي أحمد إن السد لا يضر أحدا، داعيا مصر والسودان إلى التعاون.")
    assert pairs(found, "demand") == [("آبي أحمد", "السودان"), ("آبي أحمد", "مصر")]


def test_signing_with_a_long_subject_and_an_accusative_object(ar_nlp):
    found = events(ar_nlp, "ووقع الرئيس السوري أحمد الشرع وقائد قسد مظلوم عبدي اتفاقا يقضي بدمج المؤسسات.")
    assert sorted(e["agent"] for e in found if e["type"] == "agree") == ["أحمد الشرع", "مظلوم عبدي"]


def test_control_after_a_verb_is_its_complement(ar_nlp):
    found = events(ar_nlp, "وقالت وزارة الدفاع السورية إن قواتها استعادت السيطرة على مدينة جبلة.")
    assert [e["patient"] for e in found if e["type"] == "recapture"] == ["جبلة"]
    assert not any(e["type"] == "seize" for e in found)


def test_a_conjoined_demand_takes_the_nearest_speaker(ar_nlp):
    text = "وأعربت فرنسا عن أسفها، بينما قال المفوض السامي فولكر تورك إن المحاكمة شابتها انتهاكات، وطالب السلطات التونسية بالإفراج عن المعتقلين."
    assert [e["agent"] for e in events(ar_nlp, text) if e["type"] == "demand"] == ["فولكر تورك"]


def test_unowned_drones_strike_a_named_facility(ar_nlp):
    e = one(ar_nlp, "قالت الحكومة إن طائرات مسيرة مفخخة قد ضربت حقل سرسنك النفطي في محافظة دهوك.", "attack")
    assert e["agent"] is None and e["patient"] == "حقل سرسنك النفطي"


def test_war_between_two_sides(ar_nlp):
    found = events(ar_nlp, "وتخوض البلاد منذ أبريل 2023 حربا بين الجيش وقوات الدعم السريع.")
    assert pairs(found, "fight") == [("الجيش", "قوات الدعم السريع"), ("قوات الدعم السريع", "الجيش")]


def test_execution_carried_out_against_people(ar_nlp):
    e = one(ar_nlp, "نفذت السلطات الإيرانية، صباح أمس الأربعاء، حكم الإعدام بحق ثلاثة رجال في سجن أورمية.", "kill")
    assert (e["agent"], e["patient"]) == ("السلطات الإيرانية", "ثلاثة رجال")


def test_led_by_does_not_break_the_two_sides(ar_nlp):
    found = events(ar_nlp, "ويشهد السودان منذ 2023 حربا بين الجيش بقيادة عبد الفتاح البرهان وقوات الدعم السريع.")
    assert pairs(found, "fight") == [("الجيش", "قوات الدعم السريع"), ("قوات الدعم السريع", "الجيش")]


def test_speakers_own_participle_act_has_no_source(ar_nlp):
    e = one(ar_nlp, "وقال آبي أحمد إن السد لا يضر أحدا، داعيا مصر إلى التعاون.", "demand")
    assert (e["agent"], e["source"]) == ("آبي أحمد", None)


def test_place_inside_what_is_demanded_is_not_the_demands(ar_nlp):
    e = one(ar_nlp, "طالب غوتيريش بوقف فوري لإطلاق النار في غزة.", "demand")
    assert e["place"] is None


def test_underwent_an_attack_by_a_weapon_of_a_named_owner(ar_nlp):
    e = one(ar_nlp, "وتعرض القصر الجمهوري بعد ساعات من استعادته لهجوم بطائرة مسيرة تابعة للدعم السريع.", "attack")
    assert (e["agent"], e["patient"], e["modality"]) == ("لدعم السريع", "القصر الجمهوري", "asserted")


def test_underwent_an_attack_by_nobody_named(ar_nlp):
    e = one(ar_nlp, "و كان حقل خورمالة قد تعرض لهجوم بطائرة مسيرة يوم الاثنين.", "attack")
    assert e["agent"] is None and e["patient"] == "حقل خورمالة"


def test_she_offers_is_still_an_offer(ar_nlp):
    assert not any(e["type"] == "attack" for e in events(ar_nlp, "تعرض الحكومة مقترحا جديدا على المعارضة."))


def test_an_unnamed_body_is_no_agent(ar_nlp):
    # "المجلس" (the council) of what? A line with it as actor is more often wrong than right
    assert not any(e["agent"] == "المجلس" for e in events(ar_nlp, "وكان المجلس قد كلف الجيش اللبناني بوضع خطة."))


def test_both_sides_are_the_pair_named_before(ar_nlp):
    text = ("عقد وزير الخارجية الأميركي ماركو روبيو ونظيره الروسي سيرغي لافروف يوم الثلاثاء محادثات في الرياض. "
            "وقال روبيو إن الجانبين اتفقا على تعيين فرق رفيعة المستوى.")
    assert sorted(e["agent"] for e in events(ar_nlp, text) if e["type"] == "agree") == ["سيرغي لافروف", "ماركو روبيو"]


def test_both_sides_without_a_pair_are_not_guessed(ar_nlp):
    # no pair named before: the agent stays the words of the text, not two actors picked at random
    assert [e["agent"] for e in events(ar_nlp, "وقال روبيو إن الجانبين اتفقا على تعيين فرق.") if e["type"] == "agree"] == ["الجانبين"]


def test_a_fighting_verb_needs_its_opponent(ar_nlp):
    assert not any(e["type"] == "fight" for e in events(ar_nlp, "وقال الجيش إن قواته صدت بنجاح."))
    found = events(ar_nlp, "قاتلت القوات الأوكرانية الجيش الروسي في كورسك.")
    assert any(e["type"] == "fight" and e["patient"] for e in found)


def test_relative_clause_after_a_prepositional_name_is_not_about_that_name(ar_nlp):
    found = events(ar_nlp, "اعتمد الاتحاد الأوروبي الحزمة السابعة عشرة من العقوبات على روسيا، والتي تستهدف قرابة 190 سفينة.")
    assert not any(e["type"] == "attack" and e["agent"] == "روسيا" for e in found)


def test_a_short_quotation_inside_an_ordered_act(ar_nlp):
    e = one(ar_nlp, 'وكان الرئيس الأمريكي دونالد ترامب قد أمر يوم السبت بشن ضربات "حاسمة وقوية" ضد الحوثيين.', "order")
    assert e["patient"].startswith('شن ضربات "حاسمة وقوية"')


def test_both_sides_as_an_object_are_a_group(ar_nlp):
    e = one(ar_nlp, "طالب الأمين العام للأمم المتحدة أنطونيو غوتيريش الطرفين بوقف كل الأنشطة العسكرية.", "demand")
    assert (e["agent"], e["patient"]) == ("أنطونيو غوتيريش", "الطرفين")


# ---- objects and owners (session 2026-12-08) --------------------------------------------------

def test_indefinite_accusative_noun_is_an_object(ar_nlp):
    e = one(ar_nlp, "قالت الوزارة إن غارة إسرائيلية استهدفت منزلا في مدينة غزة.", "attack")
    assert (e["agent"], e["patient"]) == ("إسرائيلية", "منزلا")


def test_support_verb_after_its_noun_leaves_the_target_after_its_subject(ar_nlp):
    e = one(ar_nlp, "أدان الوزير الهجوم الذي شنه الجيش الإسرائيلي فجر الجمعة على منشآت نووية إيرانية.", "attack")
    assert (e["agent"], e["patient"]) == ("الجيش الإسرائيلي", "منشآت نووية إيرانية")


def test_a_verbs_own_verbal_noun_is_no_object(ar_nlp):
    e = one(ar_nlp, "أعلن لافروف أن موسكو ترفض رفضا قاطعا نشر قوات أجنبية.", "reject")
    assert e["agent"] == "موسكو" and "رفض" not in e["patient"]


def test_the_object_of_attending_is_not_an_absolute_object(ar_nlp):
    # "القمة" is what they attended, not how: the two who attended did not meet each other by it
    found = events(ar_nlp, "حضر القمة الرئيس المصري عبد الفتاح السيسي وأمير قطر الشيخ تميم بن حمد آل ثاني.")
    assert not pairs(found, "meet")


def test_repelling_an_attack_is_fighting_the_attacker(ar_nlp):
    e = one(ar_nlp, "قال الجيش إن قواته صدت هجوما جديدا للدعم السريع.", "fight")
    assert e["patient"] == "لدعم السريع"


def test_a_vague_part_of_a_group_is_the_object(ar_nlp):
    e = one(ar_nlp, "اعتقلت قوات الاحتلال عددا من المواطنين في جنين.", "arrest")
    assert (e["agent"], e["patient"]) == ("قوات الاحتلال", "عددا من المواطنين")
    e = one(ar_nlp, "كانت القوات تعتقل عددا من الجنود والمدنيين.", "arrest")
    assert e["patient"] == "عددا من الجنود والمدنيين"


@pytest.mark.parametrize("text, agent", [
    ("اعتقلت قوات الاحتلال عددا من المواطنين خلال اقتحامها بلدات في جنين.", "قوات الاحتلال"),  # time word: the subject
    ("دعمت الولايات المتحدة قسد في قتالها ضد تنظيم الدولة.", "قسد"),  # else the nearest that agrees
])
def test_possessive_pronoun_on_an_event_noun(ar_nlp, text, agent):
    event_type = "attack" if "اقتحام" in text else "fight"
    e = one(ar_nlp, text, event_type)
    assert e["agent"] == agent and "possessor" in e["rule"]


def test_a_passive_support_makes_the_pronoun_the_target(ar_nlp):
    found = events(ar_nlp, "زار البرهان مواقع تم استهدافها بالطائرات المسيرة.")
    assert not [e for e in found if e["type"] == "attack" and e["agent"] == "البرهان"]


def test_the_person_after_a_bodys_title_and_its_complement(ar_nlp):
    found = events(ar_nlp, "ردا على اغتيال إسرائيل الأمين العام لحزب الله حسن نصر الله ورئيس المكتب السياسي لحركة حماس إسماعيل هنية.")
    assert pairs(found, "kill") == [("إسرائيل", "إسماعيل هنية"), ("إسرائيل", "حسن نصر الله")]


def test_coordinated_adjectives_stay_in_the_phrase(ar_nlp):
    e = one(ar_nlp, "شنت إسرائيل غارات على منشآت نووية وعسكرية إيرانية.", "attack")
    assert e["patient"] == "منشآت نووية وعسكرية إيرانية"


def test_a_loanword_that_looks_like_bi_plus_article(ar_nlp):
    e = one(ar_nlp, "قالت القيادة المركزية إن قواتها أسقطت صاروخا باليستيا مضادا للسفن.", "intercept")
    assert e["patient"] == "صاروخا باليستيا مضادا للسفن"


# ---- attacks told through their weapons, operations and counts -------------------------------

def test_an_attack_noun_as_subject_takes_a_military_speakers_side(ar_nlp):
    e = one(ar_nlp, "وادعى جيش الاحتلال أن الغارة استهدفت عنصرا في قوة الرضوان.", "attack")
    assert (e["agent"], e["patient"]) == ("جيش الاحتلال", "عنصرا")
    assert "event-subject" in e["rule"]


def test_a_named_operation_as_subject(ar_nlp):
    e = one(ar_nlp, 'قال الحرس الثوري الإيراني في بيان إن عملية "الوعد الصادق 3" استهدفت عشرات المواقع العسكرية الإسرائيلية.',
            "attack")
    assert e["agent"] == "الحرس الثوري الإيراني" and e["patient"].startswith("عشرات المواقع")


def test_an_attack_noun_as_subject_with_no_side_named_gives_no_line(ar_nlp):
    # a health ministry tells of strikes; it did not strike
    assert not [e for e in events(ar_nlp, "قالت وزارة الصحة إن الغارة استهدفت منزلا.") if e["type"] == "attack"]


def test_own_air_defences_are_the_speakers(ar_nlp):
    e = one(ar_nlp, "وقال الجيش الإسرائيلي إن دفاعاته الجوية اعترضت صاروخا أطلق من اليمن.", "intercept")
    assert e["agent"] == "الجيش الإسرائيلي"


def test_most_of_them_is_part_of_what_was_named_before(ar_nlp):
    doc = analyse(ar_nlp, "وأعلن الجيش أن إيران أطلقت نحو مئة صاروخ، وأن دفاعاته الجوية، بمساعدة القوات الأمريكية، اعترضت معظمها.",
                  PUBLISHED)
    e = next(e for e in doc._.kg_events if e["type"] == "intercept")
    assert (e["agent"].text, e["patient"].text, e["part"]) == ("الجيش", "نحو مئة صاروخ", True)


def test_a_hedge_after_the_counted_noun_and_a_named_shooter(ar_nlp):
    e = one(ar_nlp, "وقالت الوزارة إن 88 شخصا على الأقل قد قتلوا بنيران إسرائيلية.", "kill")
    assert (e["agent"], e["patient"]) == ("إسرائيلية", "88 شخصا على الأقل")
    assert e["patient_kg"]["value"] == 88 and e["patient_kg"]["qualifier"] == "atleast"


def test_a_dual_is_a_count_of_two_killed_by_a_nations_drone(ar_nlp):
    e = one(ar_nlp, "استشهد شخصان أمس في غارة نفذتها مسيرة إسرائيلية في قضاء صور.", "kill")
    assert e["patient"] == "شخصان" and e["patient_kg"]["value"] == 2 and e["agent"] == "مسيرة إسرائيلية"


def test_a_vague_count_is_the_group_it_counts(ar_nlp):
    # (kg.extract gives a vague count no quantity: "dozens" is no number)
    e = one(ar_nlp, "قالت إسرائيل إن قواتها اعتقلت عشرات المدنيين.", "arrest")
    assert e["patient"] == "عشرات المدنيين" and e["patient_kg"]["vague"] is True
    e = one(ar_nlp, "قال الحرس الثوري إن عملية «الوعد الصادق» استهدفت عشرات المواقع العسكرية الإسرائيلية.", "attack")
    assert e["patient"] == "عشرات المواقع العسكرية الإسرائيلية"


def test_including_names_the_subject(ar_nlp):
    found = events(ar_nlp, "وكانت منظمات إنسانية دولية، من بينها أطباء بلا حدود وأوكسفام، قد طالبت بوقف فوري لإطلاق النار.")
    assert {e["agent"] for e in found if e["type"] == "demand"} >= {"أطباء بلا حدود"}


@pytest.mark.parametrize("text, event_type, agent, patient", [
    # an attack noun right after the verb is its subject (VSO); the target follows it
    ("إذ استهدفت غارة إسرائيلية بعد ظهر أمس الأحد مبنى سكنيا في حارة حريك.", "attack", "إسرائيلية", "مبنى سكنيا"),
    ("قتلت غارات إسرائيلية ما لا يقل عن 71 فلسطينيا في أنحاء القطاع.", "kill", "إسرائيلية", "ما لا يقل عن 71 فلسطينيا"),
    # a verb right after an indefinite attack noun is a clause about it
    ("قصفت إسرائيل رفح. واستشهد خمسة نازحين في قصف استهدف خيمة في خان يونس.", "attack", "إسرائيل", "خيمة"),
    # a phrase between commas after the subject renames it
    ("اتهم حزب الشعب الجمهوري، أكبر أحزاب المعارضة، الحكومة بالتضييق.", "accuse", "حزب الشعب الجمهوري", "الحكومة"),
    ("تعرض شاب لضرب مبرح على أيدي مستوطنين.", "attack", "مستوطنين", "شاب"),
    ("قالت وزارة الدفاع التركية إن قواتها حيدت 12 عنصرا من الحزب.", "kill", "وزارة الدفاع التركية", "12 عنصرا"),
])
def test_subjects_objects_and_renamings(ar_nlp, text, event_type, agent, patient):
    found = [e for e in events(ar_nlp, text) if e["type"] == event_type and e["patient"] == patient]
    assert [e["agent"] for e in found] == [agent], events(ar_nlp, text)


def test_an_accusative_attack_noun_after_the_verb_is_its_object(ar_nlp):
    e = one(ar_nlp, "قال الجيش إن قواته صدت هجوما جديدا للدعم السريع على المدينة.", "fight")
    assert e["agent"] == "الجيش"


@pytest.mark.parametrize("text, event_type", [
    ("أصدرت محكمة إيرانية حكما بالإعدام بحق رجل أدين بالتجسس.", "kill"),  # a sentence, no killing yet
    ("قال ترمب خلال حديثه إلى الصحفيين إن المحادثات جيدة.", "talk"),  # talking to reporters is no call
    ("التقى الأمير خالد بن سلمان وزير الحرب الأمريكي بيت هيغسيث.", "fight"),  # a title, no war
    ("وفي حربها ضد الإرهاب، حققت الحكومة الصومالية تقدما.", "fight"),  # a war on a thing
])
def test_no_event_of_that_type(ar_nlp, text, event_type):
    assert not [e for e in events(ar_nlp, text) if e["type"] == event_type and e["modality"] == "asserted"]


def test_under_which_is_no_patient(ar_nlp):
    found = events(ar_nlp, "وتوصلت واشنطن والحوثيون إلى اتفاق يلتزم بموجبه الطرفان بوقف الهجمات.")
    assert not [e for e in found if e["patient"] and "موجب" in e["patient"]]


def test_an_unnamed_filler_is_also_labelled_with_its_whole_phrase(ar_nlp):
    e = one(ar_nlp, "اتهمت الوزارة فصائل تابعة لحكومة دمشق بمحاولة التقدم.", "accuse")
    forms = e["patient_kg"].get("forms", [])
    assert "فصائل تابعة لحكومة دمشق" in forms and e["patient"] != "فصائل تابعة لحكومة دمشق"
    e = one(ar_nlp, "أعلن الجيش أنه قتل أكثر من 40 من عناصر حركة الشباب.", "kill")
    assert "أكثر من 40 من عناصر حركة الشباب" in e["patient_kg"]["forms"]


def test_the_outskirts_of_towns_are_those_towns(ar_nlp):
    found = events(ar_nlp, "شن الطيران الحربي الإسرائيلي غارات على أطراف بلدتي الجرمق والمحمودية.")
    assert sorted(e["patient"] for e in found if e["type"] == "attack") == ["الجرمق", "المحمودية"]


def test_a_kinship_title_keeps_the_coordination(ar_nlp):
    found = events(ar_nlp, "ستيف ويتكوف وصهر الرئيس الأميركي جاريد كوشنر وصلا صباح اليوم إلى شرم الشيخ.")
    assert pairs(found, "visit") == [("جاريد كوشنر", "شرم الشيخ"), ("ستيف ويتكوف", "شرم الشيخ")]


@pytest.mark.parametrize("text, agent", [
    ("وقالت البعثة إن ثمانية مدنيين قتلوا خلال الاشتباكات، داعية جميع الأطراف إلى الالتزام بالهدنة.", None),
    ("أعلنت السفيرة الأميركية لدى الأمم المتحدة دوروثي شيا دعم بلادها لإسرائيل، متهمة موظفين في الأونروا بالإرهاب.",
     "دوروثي شيا"),
])
def test_a_feminine_participle_agrees_with_its_subject(ar_nlp, text, agent):
    found = [e["agent"] for e in events(ar_nlp, text) if e["type"] in ("demand", "accuse")]
    assert found == ([agent] if agent else []) or agent is None and "مدنيين" not in found


def test_the_person_a_long_title_names_is_the_object(ar_nlp):
    e = one(ar_nlp, "رفض عبد الفتاح البرهان المقترح، متهما كبير مستشاري الرئيس الأمريكي للشؤون الأفريقية مسعد بولس بالانحياز.",
            "accuse")
    assert (e["agent"], e["patient"]) == ("عبد الفتاح البرهان", "مسعد بولس")


def test_an_object_does_not_run_into_the_next_clause(ar_nlp):
    found = events(ar_nlp, "ولم يحضر الرئيس السوري أحمد الشرع، وترأس وزير الخارجية أسعد الشيباني وفد بلاده.")
    assert not [e for e in found if e["patient"] == "أسعد الشيباني"]


def test_a_statement_adverbial_ends_no_clause(ar_nlp):
    e = one(ar_nlp, "واتهمت وزارة الخارجية السودانية، في بيان، دولة الإمارات العربية المتحدة بتزويد الميليشيا بالسلاح.", "accuse")
    assert e["patient"] == "الإمارات العربية المتحدة"


def test_a_quoted_object_ends_at_its_quote(ar_nlp):
    e = one(ar_nlp, 'نفت الوزارة ذلك، واتهمت الحكومة "جهات خارجية" بنشر مقاطع مفبركة "لإثارة الفتنة".', "accuse")
    assert e["patient"] == "جهات خارجية"


def test_accused_of_being_behind_attacks(ar_nlp):
    found = events(ar_nlp, "اتهمت الحكومة العراقية حزب العمال الكردستاني بالوقوف وراء الهجمات على المنشآت.")
    assert pairs(found, "accuse") == [("الحكومة العراقية", "حزب العمال الكردستاني")]
    assert [e["source"] for e in found if e["type"] == "attack"] == ["الحكومة العراقية"]


def test_announcing_a_deal_with_a_partner_gives_both_sides(ar_nlp):
    found = events(ar_nlp, "أعلن وزير الدفاع السوري مرهف أبو قصرة، الثلاثاء، التوصل إلى اتفاق لوقف شامل لإطلاق النار مع قوات سوريا الديمقراطية.")
    assert pairs(found, "agree") == [("قوات سوريا الديمقراطية", "اتفاق لوقف شامل لإطلاق النار"),
                                      ("مرهف أبو قصرة", "اتفاق لوقف شامل لإطلاق النار")]


def test_a_mediator_announcing_a_deal_between_two_sides(ar_nlp):
    found = events(ar_nlp, "وكانت سلطنة عمان قد أعلنت التوصل إلى اتفاق لوقف إطلاق النار بين الولايات المتحدة والحوثيين.")
    assert sorted(a for a, _ in pairs(found, "agree")) == ["الحوثيين", "الولايات المتحدة"]


def test_announcing_deaths_is_no_killing(ar_nlp):
    assert not [e for e in events(ar_nlp, "وأعلنت وزارة الصحة مقتل 20 شخصا.") if e["type"] == "kill"]


def test_clashes_that_broke_out_between_two_sides(ar_nlp):
    found = events(ar_nlp, 'وكانت اشتباكات قد اندلعت مساء الاثنين بين قوات الأمن الداخلي السورية وعناصر "قسد".')
    assert len(pairs(found, "fight")) == 2


def test_a_participle_after_a_reported_clause_is_the_speakers(ar_nlp):
    e = one(ar_nlp, 'وقال وزير الداخلية علي يرلي قايا إن 123 من عناصر الشرطة أصيبوا، متهما "منظمات متطرفة" بالتحريض.', "accuse")
    assert e["agent"] == "علي يرلي قايا"


def test_a_quoted_verb_after_that_he(ar_nlp):
    e = one(ar_nlp, 'وأعلن الجيش الإسرائيلي في بيان أنه "قضى" على رئيس أركان حزب الله هيثم علي الطبطبائي.', "kill")
    assert (e["agent"], e["patient"]) == ("الجيش الإسرائيلي", "هيثم علي الطبطبائي")


@pytest.mark.parametrize("text, patient", [
    ('وقال وزير الدفاع يسرائيل كاتس إن إسرائيل ستواصل عملياتها، مهددا بأن "كل من يرفع يده على إسرائيل ستقطع يده".',
     "كل من يرفع يده على إسرائيل"),
    ('وقال الرئيس التركي رجب طيب أردوغان إن المسار مستمر، محذرا من أن الدولة "لن تتردد" إذا حاول أي طرف تخريب العملية.',
     "أي طرف"),
])
def test_a_threat_at_whoever_its_clause_names(ar_nlp, text, patient):
    e = one(ar_nlp, text, "threaten")
    assert e["patient"] == patient


def test_a_threat_at_all_measures_is_no_whoever(ar_nlp):
    found = events(ar_nlp, "وقالت الوزارة إن الخطاب حذر إثيوبيا من أن مصر ستتخذ كل التدابير إذا تعرض أمنها للضرر.")
    assert not [e for e in found if e["type"] == "threaten" and e["patient"] and e["patient"].startswith("كل")]


def test_a_relayed_speaker_is_the_one_after_from(ar_nlp):
    e = one(ar_nlp, 'ونقلت هيئة البث الإسرائيلية عن وزير الدفاع يسرائيل كاتس قوله إن العملية ناجحة، مهددا بأن "كل من يرفع يده على إسرائيل ستقطع يده".',
            "threaten")
    assert e["agent"] == "يسرائيل كاتس"


def test_not_recognising_is_rejecting(ar_nlp):
    found = events(ar_nlp, "وأعلنت روسيا والصين أنهما لا تعترفان بإعادة فرض العقوبات.")
    assert sorted(a for a, _ in pairs(found, "reject")) == ["الصين", "روسيا"]


def test_a_possessive_on_a_noun_ending_in_hamza(ar_nlp):
    e = one(ar_nlp, "وقال ترامب خلال لقائه نتنياهو في البيت الأبيض إن الاتفاق قريب.", "meet")
    assert (e["agent"], e["patient"]) == ("ترامب", "نتنياهو")


def test_a_postponed_visit_is_no_visit(ar_nlp):
    found = events(ar_nlp, "وأعلن الرئيس الأوكراني فولوديمير زيلينسكي إرجاء زيارته إلى السعودية.")
    assert not [e for e in found if e["type"] == "visit" and e["modality"] == "asserted"]


def test_a_title_standing_alone_is_the_object(ar_nlp):
    e = one(ar_nlp, "وقالت مصادر طبية إن الطائرات الإسرائيلية قصفت المستشفى.", "attack")
    assert e["patient"] == "المستشفى"


def test_dual_event_nouns(ar_nlp):
    e = one(ar_nlp, "استشهد 20 فلسطينيا في غارتين متتاليتين شنهما جيش الاحتلال الإسرائيلي على مجمع ناصر الطبي.", "kill")
    assert e["agent"] == "جيش الاحتلال الإسرائيلي"


def test_a_support_verbs_own_object_beats_a_target_far_after_it(ar_nlp):
    # the ship sunk is the object; "على الملاحة" further on belongs to another phrase
    e = one(ar_nlp, 'أعلنت الجماعة أنها قامت بإغراق سفينة الشحن "النجم الأزرق" في البحر الأحمر، في أول هجمات من نوعها على الملاحة.',
            "attack")
    assert e["patient"] == 'سفينة الشحن "النجم الأزرق"'


def test_a_pronoun_on_the_subject_noun_is_no_pronoun_subject(ar_nlp):
    e = one(ar_nlp, "وقال الحوثيون إن قواتهم استهدفت السفينة.", "attack")
    assert (e["agent"], e["patient"]) == ("الحوثيون", "السفينة")


def test_the_weapon_an_attack_is_made_with_is_no_part_of_its_target(ar_nlp):
    e = one(ar_nlp, "وقال الجيش إن قواته استهدفت السفينة بزوارق مسيرة.", "attack")
    assert e["patient"] == "السفينة"


def test_the_weapon_between_the_subject_and_the_object_is_passed(ar_nlp):
    e = one(ar_nlp, "واستهدفت طائرة مسيرة إسرائيلية بصاروخ مركبة متوقفة قرب مدخل المخيم.", "attack")
    assert e["patient"] == "مركبة متوقفة"


def test_a_form_after_a_plain_verb_is_its_object_noun(ar_nlp):
    # حظر is a verb and a verbal noun; right after انتهكت it is the ban, which nobody imposed here
    found = events(ar_nlp, 'وقال المتحدث إن الشركة انتهكت "حظر دخول الموانئ".')
    assert not [e for e in found if e["type"] == "sanction"]


def test_a_pronoun_on_a_preposition_lets_the_subject_after_it_be_found(ar_nlp):
    e = one(ar_nlp, "وقال الجيش إن الحوثيين ينقلون الأسلحة التي يزودهم بها النظام الإيراني.", "support")
    assert (e["agent"], e["patient"]) == ("النظام الإيراني", "الحوثيين")


def test_table_phrases_meet_the_text_as_it_is_cut(ar_nlp):
    # "المشتبه بهم" in groups.tsv meets المشتبه + ب + هم in the text
    e = one(ar_nlp, "وأعلن الجيش اللبناني أنه أوقف عددا من المشتبه بهم في عملية الإطلاق.", "arrest")
    assert e["patient"].endswith("المشتبه بهم")


def test_weapons_counted_in_an_attack_are_its_quantity(ar_nlp):
    doc = analyse(ar_nlp, "وأطلق الحوثيون صاروخين على إسرائيل.", PUBLISHED)
    (event,) = [e for e in doc._.kg_events if e["type"] == "attack"]
    assert event["count"]._.kg["value"] == 2 and event["count"]._.kg["unit"] == "missile"


def test_responding_with_an_act_is_the_act(ar_nlp):
    e = one(ar_nlp, "وقد رد الحوثيون بإطلاق صاروخين باليستيين نحو إسرائيل.", "attack")
    assert (e["agent"], e["patient"]) == ("الحوثيون", "إسرائيل")


@pytest.mark.parametrize("text", [
    "وسلمت الحركة ردها على مقترح المبعوث الأمريكي ستيف ويتكوف.",
    "وطرد الرئيس البعثة الدبلوماسية من بلاده، ردا على اعتراض الأسطول.",
])
def test_a_reply_is_no_support_verb(ar_nlp, text):
    assert not [e for e in events(ar_nlp, text) if e["type"] in ("propose", "intercept")]


def test_discussing_a_topic_names_no_partner(ar_nlp):
    found = events(ar_nlp, "والتقى روبيو ولي العهد السعودي وبحثا الجهود السعودية.")
    assert not [e for e in found if e["type"] == "talk"]


def test_an_adverb_between_verb_and_object(ar_nlp):
    e = one(ar_nlp, "وقالت الجماعة إن قواتها استهدفت كذلك سفينة تجارية في خليج عدن.", "attack")
    assert e["patient"].startswith("سفينة تجارية")


def test_a_military_spokesman_on_behalf_of_a_group_is_no_person_named_basim(ar_nlp):
    doc = analyse(ar_nlp, "وقال المتحدث العسكري باسم الجماعة يحيى سريع إن القوات استهدفت السفينة.", PUBLISHED)
    assert "باسم" not in [m.text for m in doc.spans["kg_mentions"]]


def test_a_delegation_is_told_with_whom_it_comes_from(ar_nlp):
    e = one(ar_nlp, "وكان رئيس الوزراء محمد مصطفى قد استقبل أمس في مكتبه برام الله وفدا من الاتحاد الأوروبي.", "meet")
    assert (e["agent"], e["patient"]) == ("محمد مصطفى", "وفدا من الاتحاد الأوروبي")


def test_the_leader_of_a_delegation_meets_for_it(ar_nlp):
    e = one(ar_nlp, "واستقبل الرئيس عبد الفتاح السيسي وفدا سعوديا برئاسة وزير الخارجية الأمير فيصل بن فرحان.", "meet")
    assert (e["agent"], e["patient"]) == ("عبد الفتاح السيسي", "فيصل بن فرحان")


def test_a_delegation_named_by_its_group_is_the_subject(ar_nlp):
    e = one(ar_nlp, "والتقى وفد حماس، برئاسة رئيس الحركة في غزة خليل الحية، مساء الثلاثاء مسؤولين مصريين.", "meet")
    assert e["agent"] == "وفد حماس" and e["patient"].startswith("مسؤولين")


def test_the_person_a_pronoun_on_a_demand_verb_points_to_is_addressed(ar_nlp):
    found = events(ar_nlp, 'وأجرى عباس عراقجي اتصالا هاتفيا مع رافائيل غروسي يوم الأربعاء، طالبه خلاله بالحفاظ على "الحياد".')
    assert pairs(found, "demand") == [("عباس عراقجي", "رافائيل غروسي")]


def test_sites_named_in_construct_are_each_a_target(ar_nlp):
    found = events(ar_nlp, "وقصفت الولايات المتحدة منشآت فوردو ونطنز وأصفهان الإيرانية في 22 يونيو.")
    assert sorted(p for _, p in pairs(found, "attack")) == ["أصفهان", "فوردو", "نطنز"]


def test_a_part_of_senior_ones_is_the_whole_partitive(ar_nlp):
    e = one(ar_nlp, "وكانت إسرائيل قد قتلت عددا من كبار القادة العسكريين.", "kill")
    assert e["patient"] == "عددا من كبار القادة"


def test_a_count_of_operations_between_the_verb_and_its_noun(ar_nlp):
    e = one(ar_nlp, "وكان الرئيس السوري أحمد الشرع قد قال إن إسرائيل نفذت نحو 400 عملية توغل في أراضيها.", "invade")
    assert e["agent"] == "إسرائيل"


def test_a_persons_own_territory_is_his_countrys(ar_nlp):
    doc = analyse(ar_nlp, "وكان الرئيس السوري أحمد الشرع قد قال إن إسرائيل نفذت نحو 400 عملية توغل في أراضيها.", PUBLISHED)
    (event,) = [e for e in doc._.kg_events if e["type"] == "invade"]
    assert event["patient"].kb_id_ == "country/SY"


def test_a_verb_joined_to_one_whose_subject_is_an_attack_shares_it(ar_nlp):
    found = events(ar_nlp, "وأعلنت وزارة الصحة في صنعاء أن الغارات قتلت شخصين وأصابت 48 آخرين.")
    assert not [e for e in found if e["type"] == "kill" and e["agent"] == "وزارة الصحة"]


def test_a_body_inside_a_persons_titles_is_no_subject(ar_nlp):
    e = one(ar_nlp, "وصل السيد رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول ركن عبد الفتاح "
                    "عبد الرحمن البرهان ظهر اليوم إلى مدينة الأبيض.", "visit")
    assert e["agent"] == "عبد الفتاح عبد الرحمن البرهان"


def test_the_forces_a_spokesman_speaks_of_are_his_bodys(ar_nlp):
    e = one(ar_nlp, "وقال المتحدث العسكري باسم أنصار الله يحيى سريع إن قواتهم استهدفت السفينة.", "attack")
    assert (e["agent"], e["source"]) == ("أنصار الله", "يحيى سريع")


def test_we_in_a_quote_is_the_speaker(ar_nlp):
    e = one(ar_nlp, 'وقال المتحدث باسم الحكومة خالد الإعيسر: "الدعم كان مباشرا"، مضيفا: "نحمّل أبوظبي المسؤولية الكاملة".',
            "accuse")
    assert (e["agent"], e["patient"]) == ("خالد الإعيسر", "أبوظبي")


def test_both_sides_past_an_auxiliary(ar_nlp):
    found = events(ar_nlp, "وتبادلت روسيا وأوكرانيا الأسرى يوم الجمعة. وكان الطرفان قد اتفقا على عمليات التبادل هذه.")
    assert sorted(a for a, _ in pairs(found, "agree")) == ["أوكرانيا", "روسيا"]


def test_a_title_standing_alone_before_a_date_is_the_object(ar_nlp):
    e = one(ar_nlp, "وزار نائب رئيس حكومة الإقليم قوباد طالباني الحقل صباح اليوم.", "visit")
    assert e["patient"] == "الحقل"
