#!/usr/bin/env python3
"""Build ``kg/lang/ar/words.tsv``, a general list of ordinary Arabic words.

Why this script exists
----------------------
The Arabic analyser splits a proclitic (و ف ب ل ك) off a token only when what
remains is a word it knows, so that names are not cut (بوتين must not become
ب + وتين).  Its own lexicons and the KB names are far too few for that: it
could not split بزيادة (ب + زيادة) or لإطاحة (ل + إطاحة).  This list gives it a
broad vocabulary of ordinary words, written without clitics and diacritics.

The words come from **arramooz** (the dictionary that ships with the
lemmatiser ``qalsadi``, via the ``arramooz-pysqlite`` package) and the verb
conjugator **libqutrub** (a dependency of qalsadi).  qalsadi weighs 46 MB and
is slow, so it is a *build-time* tool only: kg never imports it, it is not a
dependency in pyproject.toml, and the derived TSV is committed instead.

What it reads
-------------
``arramooz/data/arabicdictionary.sqlite``:

* table ``nouns`` (~30k rows: nouns, verbal nouns/masdars, participles and
  other adjectives, broken plurals as rows of their own).  Per row we take
  ``unvocalized``; the ``broken_plural`` field (``;``-separated, vocalized,
  ``+ات`` meaning "also a sound feminine plural"); the ``feminin`` field when it
  is a single word; and the flags ``feminable`` (+ة), ``feminin_plural`` (+ات,
  with ة → ات) and ``masculin_plural`` (+ون and +ين).  Rows whose category is a
  proper name (اسم علم، علم مكان، علم طائفة) are skipped.
* table ``verbs`` (~14k rows, vocalized past 3ms with ``future_type`` and
  ``transitive``).  libqutrub conjugates each into past 3ms (زار), past 3fs
  (زارت), present 3ms (يزور) and present 3fs (تزور).

``arramooz/data/wordfreq.sqlite`` (~38k lemmas with corpus frequencies and a
part of speech): every lemma except ``noun_prop`` (proper names) is added,
which brings frequent words the dictionary lacks (بلدية، مجموعة، عسكري).
Nisba adjectives (ending in ي) also get their regular forms ية، يات، يون، يين.
Verbs found only there get past 3ms and 3fs (their future vowel is not known,
so no present forms).

Rules
-----
Every form is folded to its unvocalized spelling: NFKC, diacritics
(U+064B-U+065F, U+0670) and tatweel removed, ٱ → ا.  Hamza forms and ى are
kept (kg folds them itself when it loads the file).  A leading article ال is
removed from plural fields.  Forms with anything but Arabic letters, or shorter
than 3 letters, are dropped.  The definite forms are not listed: kg strips ال
itself.  One line per form; ``kind`` lists every part of speech that produced
the form, ``|``-separated, from ``noun adj verb adv particle``.  Lines are
sorted by code point, so the output is deterministic for given package versions.

Usage::

    pip install qalsadi==0.5.1        # build-time only
    python scripts/build_arabic_words.py             # writes kg/lang/ar/words.tsv
    python scripts/build_arabic_words.py --out FILE  # writes FILE instead
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from importlib.metadata import version as pkg_version
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "kg" / "lang" / "ar" / "words.tsv"

KINDS = ("noun", "adj", "verb", "adv", "particle")
MIN_LETTERS = 3

DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
ARABIC_WORD = re.compile("^[\u0621-\u063a\u0641-\u064a]+$")
SEPARATORS = re.compile(r"[;؛,،\s]+")

# nouns.category values that name proper nouns (not ordinary words)
PROPER_CATEGORIES = {"اسم علم", "علم مكان", "علم طائفة"}
# nouns.category values that are adjectives (everything else is a noun, masdars included)
ADJ_CATEGORIES = {"فاعل", "مفعول", "صفة مشبهة", "صيغة", "منسوب", "صفة", "اسم تفضيل"}
# wordfreq.word_type -> kind (noun_prop and abbrev are skipped)
WORDFREQ_KINDS = {
    "noun": "noun", "noun_quant": "noun",
    "adj": "adj", "adj_comp": "adj", "adj_num": "adj",
    "verb": "verb", "verb_pseudo": "particle",
    "adv": "adv", "adv_interrog": "adv", "adv_rel": "adv",
}
WORDFREQ_SKIP = {"noun_prop", "abbrev"}


def unvocalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").strip()
    return DIACRITICS.sub("", text).replace("ٱ", "ا")


def ok(form: str) -> bool:
    return bool(ARABIC_WORD.match(form)) and len(form) >= MIN_LETTERS


def data_dir() -> Path:
    try:
        import arramooz  # noqa: F401  (installed with qalsadi)
    except ImportError:
        sys.exit("arramooz is not installed: pip install qalsadi==0.5.1 (build-time only)")
    return Path(arramooz.__file__).resolve().parent / "data"


def fem_plural(form: str) -> str:
    """Sound feminine plural: مفاوضة → مفاوضات, طائرة → طائرات, اجتماع → اجتماعات."""
    return form[:-1] + "ات" if form.endswith("ة") else form + "ات"


def plural_field(value: str) -> tuple[list[str], bool]:
    """The words of a vocalized broken_plural field, and whether it says "+ات"."""
    words, sound_fem = [], False
    for token in SEPARATORS.split(unvocalize(value)):
        if not token:
            continue
        if token.startswith("+"):
            sound_fem |= token == "+ات"
            continue
        if token.startswith("ال") and len(token) > 2 + MIN_LETTERS - 1:
            token = token[2:]  # التوالي: the article, not part of the word
        words.append(token)
    return words, sound_fem


def nouns(db: sqlite3.Connection, add) -> None:
    rows = db.execute("select unvocalized, category, feminin, broken_plural, feminable, "
                      "feminin_plural, masculin_plural, mankous from nouns")
    for unvoc, category, feminin, broken, feminable, fem_pl, masc_pl, mankous in rows:
        category = (category or "").strip()
        if category in PROPER_CATEGORIES:
            continue
        kind = "adj" if category in ADJ_CATEGORIES else "noun"
        base = unvocalize(unvoc)
        add(base, kind)
        plurals, sound_fem = plural_field(broken or "")
        for plural in plurals:
            add(plural, kind)
        fem = unvocalize(feminin or "")
        if fem and not SEPARATORS.search(fem) and fem != "مؤنث":
            add(fem, kind)
        if feminable and not base.endswith(("ة", "ى", "ا", "ء")):
            add(base + "ة", kind)
            add(base + "ات", kind)  # قائدة → قائدات
        if (fem_pl or sound_fem) and not base.endswith(("ى", "ا", "ء")):
            add(fem_plural(base), kind)
        if masc_pl and not mankous and not base.endswith(("ة", "ى", "ا", "ء")):
            add(base + "ون", kind)
            add(base + "ين", kind)


def verbs(db: sqlite3.Connection, add) -> set[str]:
    import libqutrub.classverb as classverb
    import libqutrub.verb_const as vconst
    wanted = ((vconst.TensePast, vconst.PronounHuwa), (vconst.TensePast, vconst.PronounHya),
              (vconst.TenseFuture, vconst.PronounHuwa), (vconst.TenseFuture, vconst.PronounHya))
    seen = set()
    for vocalized, unvoc, future_type, transitive in db.execute(
            "select vocalized, unvocalized, future_type, transitive from verbs"):
        seen.add(unvocalize(unvoc))
        add(unvocalize(unvoc), "verb")
        try:
            verb = classverb.VerbClass(vocalized, bool(transitive), future_type)
            forms = [verb.conjugate_tense_pronoun(tense, pronoun) for tense, pronoun in wanted]
        except Exception:  # libqutrub rejects a few malformed entries; the past 3ms is kept
            continue
        for form in forms:
            add(unvocalize(form), "verb")
    return seen


def past_3fs(form: str) -> str | None:
    """Past 3fs of a verb known only from wordfreq (no conjugator data): sound stems only."""
    if form.endswith(("ى", "ا")):  # defective: دعا → دعت, can't tell safely
        return None
    return form + "ت"


def wordfreq(db: sqlite3.Connection, add, known_verbs: set[str]) -> None:
    for unvoc, word_type in db.execute("select unvocalized, word_type from wordfreq"):
        if word_type in WORDFREQ_SKIP:
            continue
        kind = WORDFREQ_KINDS.get(word_type, "particle")
        form = unvocalize(unvoc)
        add(form, kind)
        if kind == "adj" and form.endswith("ي"):  # nisba: عسكري → عسكرية، عسكريات، عسكريون، عسكريين
            for suffix in ("ة", "ات", "ون", "ين"):
                add(form + suffix, kind)
        if kind == "verb" and form not in known_verbs:
            fem = past_3fs(form)
            if fem:
                add(fem, kind)


def build() -> dict[str, set[str]]:
    words: dict[str, set[str]] = defaultdict(set)

    def add(form: str, kind: str) -> None:
        if ok(form):
            words[form].add(kind)

    data = data_dir()
    dictionary = sqlite3.connect(data / "arabicdictionary.sqlite")
    nouns(dictionary, add)
    known_verbs = verbs(dictionary, add)
    wordfreq(sqlite3.connect(data / "wordfreq.sqlite"), add, known_verbs)
    return words


def render(words: dict[str, set[str]]) -> str:
    versions = ", ".join(f"{p} {pkg_version(p)}" for p in ("qalsadi", "arramooz-pysqlite", "libqutrub"))
    lines = [
        f"# Generated by scripts/build_arabic_words.py from {versions}. Do not edit: change the script and re-run.",
        "# Ordinary Arabic words without clitics or diacritics, for clitic segmentation. kind: noun adj verb adv particle.",
        "form\tkind",
    ]
    for form in sorted(words):
        kinds = "|".join(k for k in KINDS if k in words[form])
        lines.append(f"{form}\t{kinds}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output TSV (default: %(default)s)")
    args = parser.parse_args(argv)
    words = build()
    text = render(words)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    size = len(text.encode("utf-8"))
    counts = {k: sum(1 for kinds in words.values() if k in kinds) for k in KINDS}
    print(f"{args.out}: {len(words)} forms, {size / 1e6:.2f} MB; by kind: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
