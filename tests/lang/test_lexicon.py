"""kg.lang.lexicon and the data files of kg/lang/<language>/: they parse, they cover every event type,
and the "only with" notes turn into look-up requirements."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.errors import DataError
from kg.lang import LANG_DIR, read_tsv, settings, table
from kg.lang.lexicon import Sense, load_lexicon, requirements
from kg.model import EVENT_TYPES

EVENT_TYPES_TSV = Path("/work/shared/eval/event-types.tsv")
ARABIC_WORD = re.compile("^[\u0621-\u064a]+$")


def _data_files(language: str, suffix: str) -> list[str]:
    return sorted(p.stem for p in (LANG_DIR / language).glob(f"*{suffix}"))


@pytest.mark.parametrize("name", _data_files("ar", ".tsv"))
def test_every_arabic_table_parses(name):
    rows = table("ar", name)
    assert rows, f"ar/{name}.tsv has no rows"
    for row in rows:
        assert row.where.startswith(f"ar/{name}.tsv:")
        assert any(row.cells.values()), row.where


@pytest.mark.parametrize("name", _data_files("ar", ".toml"))
def test_every_arabic_toml_parses(name):
    assert settings("ar", name)


def test_arabic_lexicon_loads_every_part():
    lex = load_lexicon("ar")
    for part in ("senses", "function_words", "negation", "modality", "dates", "numbers", "approx",
                 "units", "titles", "groups"):
        assert getattr(lex, part).entries, part
    assert lex.words and lex.common_words


def test_english_lexicon_loads_if_present():
    try:
        lex = load_lexicon("en")
        for name in _data_files("en", ".tsv"):
            assert table("en", name), name
    except DataError as exc:
        pytest.skip(f"English lexicon incomplete: {exc}")
    assert lex.senses.get(("visited",))


def test_a_row_remembers_its_file_and_line():
    senses = load_lexicon("ar").senses.get(("زار",))
    visit = next(s for s in senses if s.event_type == "visit")
    assert re.fullmatch(r"ar/triggers\.tsv:\d+", visit.where)
    line = int(visit.where.split(":")[1])
    text = (LANG_DIR / "ar" / "triggers.tsv").read_text(encoding="utf-8").splitlines()[line - 1]
    assert text.split("\t")[1] == "زار"


def test_read_tsv_rejects_extra_cells(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("form\tkind\nزار\tverb\textra\n", encoding="utf-8")
    with pytest.raises(DataError, match="bad.tsv:2"):
        read_tsv(path)


def test_read_tsv_skips_comments_and_pads_short_rows(tmp_path):
    path = tmp_path / "ok.tsv"
    path.write_text("# comment\nform\tkind\tnote\n\nزار\tverb\n", encoding="utf-8")
    (row,) = read_tsv(path)
    assert row["form"] == "زار" and row["note"] == "" and row.where == "ok.tsv:4"


# ---- event-type coverage --------------------------------------------------------------------

def _eval_types() -> list[str]:
    if not EVENT_TYPES_TSV.exists():
        pytest.skip(f"{EVENT_TYPES_TSV} absent")
    rows = read_tsv(EVENT_TYPES_TSV)
    return [row["type"] for row in rows]


def test_eval_event_types_are_the_models():
    types = _eval_types()
    assert len(types) == 24
    assert sorted(types) == sorted(EVENT_TYPES)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_triggers_cover_all_event_types(language):
    types = set(_eval_types())
    try:
        rows = table(language, "triggers")
    except DataError as exc:
        pytest.skip(str(exc))
    assert {row["type"] for row in rows} >= types
    assert {row["type"] for row in rows} <= set(EVENT_TYPES), "a trigger row has an unknown type"


def test_every_event_type_has_a_verb_and_a_noun_sense_in_arabic():
    lex = load_lexicon("ar")
    by_type: dict[str, set[str]] = {}
    for senses in lex.senses.entries.values():
        for sense in senses:
            if sense.kind == "trigger":
                by_type.setdefault(sense.event_type, set()).add(sense.pos)
    assert set(by_type) == set(EVENT_TYPES)
    missing = {t: pos for t, pos in by_type.items() if pos != {"verb", "noun"}}
    assert not missing, missing


# ---- requirements() -------------------------------------------------------------------------

def test_requirements_alternatives_are_folded():
    assert requirements("only with قوات|جنود as object; ambiguous: published", "ar") == (("قوات",), ("جنود",))


def test_requirements_stop_at_semicolon_and_bracket():
    assert requirements("only with سيطرة|قبضة; ambiguous: rules", "ar") == (("سيطره",), ("قبضه",))
    assert requirements("only with ضيفا (حل ضيفا على)", "ar") == (("ضيفا",),)


def test_requirements_keep_multiword_phrases():
    assert requirements("only with في السجن|بالسجن", "ar") == (("في", "السجن"), ("بالسجن",))


def test_requirements_absent():
    assert requirements("ambiguous: noun طالب = student", "ar") == ()
    assert requirements("", "ar") == ()


def test_requirements_reach_the_senses():
    senses = load_lexicon("ar").senses.get(("جمد",))
    sanction = next(s for s in senses if s.event_type == "sanction")
    assert ("اصول",) in sanction.requires


def test_every_arabic_requirement_is_made_of_arabic_words():
    bad = []
    for name in ("triggers", "light_verbs", "attribution"):
        for row in table("ar", name):
            for need in requirements(row["note"], "ar"):
                if not all(ARABIC_WORD.match(w) for w in need):
                    bad.append((row.where, need))
    assert not bad, bad


def test_sense_is_hashable_and_frozen():
    sense = Sense("trigger", "ar/triggers.tsv:1", "زار", "visit")
    with pytest.raises(Exception):
        sense.lemma = "x"  # type: ignore[misc]
    assert hash(sense) == hash(Sense("trigger", "ar/triggers.tsv:1", "زار", "visit"))
