"""Checks on the committed, generated word list kg/lang/ar/words.tsv.

These read the TSV only. The reproducibility test re-runs scripts/build_arabic_words.py and is
skipped when its build-time packages (qalsadi, which brings arramooz and libqutrub) are missing.
"""

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
WORDS = REPO / "kg" / "lang" / "ar" / "words.tsv"
SCRIPT = REPO / "scripts" / "build_arabic_words.py"

KINDS = {"noun", "adj", "verb", "adv", "particle"}
ARABIC_WORD = re.compile("^[\u0621-\u063a\u0641-\u064a]+$")  # letters only: no diacritics, tatweel, Latin
FORBIDDEN = re.compile("[\u064b-\u065f\u0670\u0640]")  # diacritics, superscript alef, tatweel

# Words the clitic splitter needs (بزيادة, لإطاحة, وحدات, بالبلدية...).
REQUIRED = ["زيادة", "إطاحة", "وحدات", "قادة", "بلدية", "سفينة", "سفن", "طائرة", "طائرات",
            "هجوم", "هجمات", "مفاوضات", "تحرك", "عدد"]


def _lines():
    text = WORDS.read_text(encoding="utf-8")
    assert text.endswith("\n"), "words.tsv must end with a newline"
    lines = [line for line in text.split("\n")[:-1] if not line.startswith("#")]
    return lines[0], lines[1:]


@pytest.fixture(scope="module")
def rows():
    header, body = _lines()
    assert header == "form\tkind"
    out = []
    for n, line in enumerate(body, start=1):
        cells = line.split("\t")
        assert len(cells) == 2, f"row {n}: {line!r}"
        out.append(cells)
    return out


def test_header():
    header, _ = _lines()
    assert header.split("\t") == ["form", "kind"]


def test_forms_are_bare_arabic_words(rows):
    for form, kind in rows:
        assert not FORBIDDEN.search(form), form
        assert ARABIC_WORD.match(form), form
        assert len(form) >= 3, form
        assert kind and set(kind.split("|")) <= KINDS, (form, kind)


def test_no_duplicates_and_sorted(rows):
    forms = [form for form, _ in rows]
    assert len(forms) == len(set(forms))
    assert forms == sorted(forms)


def test_required_words_present(rows):
    forms = {form for form, _ in rows}
    missing = [w for w in REQUIRED if w not in forms]
    assert not missing, missing


def test_size_is_reasonable(rows):
    assert 50_000 < len(rows) < 250_000
    assert WORDS.stat().st_size < 3_000_000


@pytest.mark.skipif(not (importlib.util.find_spec("arramooz") and importlib.util.find_spec("libqutrub")),
                    reason="build-time packages missing (pip install qalsadi==0.5.1)")
def test_reproducible(tmp_path):
    out = tmp_path / "words.tsv"
    subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == WORDS.read_bytes(), "words.tsv is stale: re-run scripts/build_arabic_words.py"
