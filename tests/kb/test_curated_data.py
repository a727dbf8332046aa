"""Checks on the hand-curated KB files (kg/kb/data/people.tsv, organizations.tsv, regions.tsv).

They read the TSV files and the bundled KB only.
"""

import re

import pytest

from kb_tables import FORBIDDEN_AR, read_table

from kg.kb import load_kb
from kg.model import ENTITY_TYPES

CURATED = ("people.tsv", "organizations.tsv", "regions.tsv")


@pytest.fixture(scope="module")
def curated():
    return {name: read_table(name) for name in CURATED}


def test_shape_ids_and_types(curated):
    ids = [r["id"] for rows in curated.values() for r in rows]
    assert len(ids) == len(set(ids)), [i for i in set(ids) if ids.count(i) > 1]
    for name, rows in curated.items():
        for r in rows:
            assert re.fullmatch(r"[a-z]+/[a-z0-9-]+", r["id"]), r["id"]
            assert r["type"] in ENTITY_TYPES, (r["id"], r["type"])
            assert r["name_en"] and r["name_ar"], r["id"]
            assert not r["country"] or re.fullmatch(r"[A-Z]{2}", r["country"]), (r["id"], r["country"])
            assert not r["wikidata"] or (re.fullmatch(r"Q\d+", r["wikidata"]) and r["id_source"]), r["id"]
            for cell in ("name_ar", "aliases_ar"):
                assert not FORBIDDEN_AR.search(r[cell]), (r["id"], r[cell])
            for cell in ("aliases_en", "aliases_ar"):
                assert all(a.strip() == a and a for a in r[cell].split("|")) if r[cell] else True, (r["id"], cell)
    people = {r["type"] for r in curated["people.tsv"]}
    assert people == {"Person"}


def test_metonyms_point_at_known_entries(curated):
    kb = load_kb()
    for rows in curated.values():
        for r in rows:
            if r["metonym_of"]:
                assert kb.get(r["metonym_of"]) is not None, (r["id"], r["metonym_of"])


def test_no_name_is_shared_by_two_curated_entries():
    """A curated name that fits two curated entries would link one of them silently to the other."""
    kb = load_kb()
    shared = []
    for (language, key), ids in kb._names.items():
        curated_ids = [i for i in ids if kb.entries[i].origin.split(":")[0] in {f"kb/{c}" for c in CURATED}]
        if len(curated_ids) > 1:
            shared.append((language, " ".join(key), curated_ids))
    assert not shared, shared


@pytest.mark.parametrize("language,name,entry_id", [
    ("ar", "المرصد السوري لحقوق الإنسان", "org/sohr"),
    ("en", "Syrian Observatory for Human Rights", "org/sohr"),
    ("ar", "جهاز دعم الاستقرار", "org/ssa-libya"),
    ("ar", "جهاز الردع", "org/radaa"),
    ("ar", "قوة الردع الخاصة", "org/radaa"),
    ("ar", "اللواء 444", "org/brigade-444"),
    ("ar", "الهلال الأحمر الفلسطيني", "org/palestine-red-crescent"),
    ("en", "Palestinian Red Crescent", "org/palestine-red-crescent"),
    ("en", "UKMTO", "org/ukmto"),
    ("ar", "مكتب مراقبة الأصول الأجنبية", "org/ofac"),
    ("ar", "كتائب سيد الشهداء", "org/kataib-sayyid-al-shuhada"),
    ("en", "Sinwar", "person/yahya-sinwar"),
    ("ar", "إيفي ديفرين", "person/effie-defrin"),
    ("ar", "وكالة الأنباء الألمانية", "media/dpa"),
    ("ar", "الضاحية الجنوبية", "region/dahiyeh"),
    ("ar", "البحر الأحمر", "region/red-sea"),
    ("ar", "قصر بعبدا", "facility/baabda-palace"),
])
def test_known_names(language, name, entry_id):
    found = [e.id for e in load_kb().lookup(name, language)]
    assert found and found[0] == entry_id, (name, found)


@pytest.mark.parametrize("language,name", [
    ("ar", "الجليل"),  # part of the personal name عبد الجليل, not Galilee
    ("ar", "الهجري"),  # the Hijri calendar, not Hikmat al-Hijri
    ("ar", "تقدم"),  # "progress", not the Taqaddum coalition
    ("ar", "أمان"),  # "safety", not Israeli military intelligence
    ("ar", "والا"),  # folded "وإلا" (otherwise), not the Walla news site
    ("ar", "عون"),  # "help", not Michel or Joseph Aoun
    ("en", "Sumud"),  # the 2025 Gaza flotilla shares the word
])
def test_common_words_are_not_curated_names(language, name):
    curated = [e.id for e in load_kb().lookup(name, language)
               if e.origin.split(":")[0] in {f"kb/{c}" for c in CURATED}]
    assert not curated, (name, curated)


def test_facility_metonym_stands_for_its_institution():
    kb = load_kb()
    assert kb.get("facility/baabda-palace").metonym_of == "org/lebanese-presidency"
    assert kb.get("facility/ain-el-tineh").metonym_of == "person/nabih-berri"
