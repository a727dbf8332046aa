"""Name keys for matching entities across spellings and scripts.

- `folded(name)`: kg's look-up folding (hamza seats, ى/ي, ة/ه, tatweel, diacritics, case) with the
  Arabic article ال dropped from each word;
- `skeleton(name)`: a Latin consonant skeleton from the table in kg/lang/ar/transliteration.tsv, the
  same for Arabic and Latin script (long vowels dropped, g/j, sh/ch, v/f, p/b folded, doubled letters
  collapsed): كورشاتوف, كورتشاتوف and Kurchatov all give `krStf`.

>>> skeleton("كورشاتوف") == skeleton("كورتشاتوف") == skeleton("Kurchatov")
True
>>> skeleton("بيلغورود") == skeleton("بلجورود") == skeleton("Belgorod")
True
>>> skeleton("خينشتاين") == skeleton("خينشتيين")
True
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from ..lang import table
from ..lang.fold import fold, strip_article

_ARABIC = re.compile("[\u0600-\u06ff]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def script(name: str) -> str:
    return "ar" if _ARABIC.search(name) else "latin"


@lru_cache(maxsize=1)
def _rules() -> dict[str, tuple[list[tuple[str, str]], dict[str, str]]]:
    """Per script: (multi-letter or word-final rules, longest first; single-letter map)."""
    rules: dict[str, tuple[list, dict]] = {"ar": ([], {}), "latin": ([], {})}
    for row in table("ar", "transliteration"):
        kind = row["script"]
        if kind not in rules:
            continue
        source, target = row["from"], row["to"]
        if len(source) == 1:
            rules[kind][1][source] = target
        else:
            rules[kind][0].append((source, target))
    for kind in rules:
        rules[kind][0].sort(key=lambda r: -len(r[0].rstrip("$")))
    return rules


def _word_skeleton(word: str, kind: str) -> str:
    multi, single = _rules()[kind]
    out, i = [], 0
    while i < len(word):
        for source, target in multi:
            final = source.endswith("$")
            key = source.rstrip("$")
            if word.startswith(key, i) and (not final or i + len(key) == len(word)):
                out.append(target)
                i += len(key)
                break
        else:
            ch = word[i]
            out.append(single.get(ch, ch if ch.isascii() and ch.isalpha() else ""))
            i += 1
    joined = "".join(out)
    return re.sub(r"(.)\1+", r"\1", joined)  # doubled letters (shadda, "ll") count once


def words(name: str) -> list[str]:
    """Folded words; in Arabic without the article ال (but ألكسندر keeps its alef-lam)."""
    kind = script(name)
    raw = _WORD.findall(unicodedata.normalize("NFC", name))
    if kind == "ar":
        return [fold(strip_article(w), "ar") for w in raw]
    return [fold(w, "en") for w in raw]


@lru_cache(maxsize=65536)
def folded(name: str) -> str:
    return " ".join(words(name))


@lru_cache(maxsize=65536)
def word_skeletons(name: str) -> tuple[str, ...]:
    kind = script(name)
    return tuple(s for s in (_word_skeleton(w, kind) for w in words(name)) if s)


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    return "".join(word_skeletons(name))


def ratio(a: str, b: str) -> float:
    return fuzz.ratio(a, b) / 100.0


def _same_word(skel_a: str, skel_b: str, word_a: str, word_b: str, same_script: bool) -> bool:
    if skel_a == skel_b:
        return True
    if same_script:
        return ratio(skel_a, skel_b) >= 0.8 and ratio(word_a, word_b) >= 0.8
    return min(len(skel_a), len(skel_b)) >= 4 and ratio(skel_a, skel_b) >= 0.85


def name_similarity(a: str, b: str) -> tuple[float, str]:
    """(score 0..1, method) for two names of one type; 0 when they should not be taken as one name.

    Same script: folded forms equal (1.0, "folded"), skeletons equal ("skeleton"), or both folded form
    and skeleton close ("fuzzy"). Across scripts only the skeleton speaks ("transliteration").
    Multi-word names must agree word by word, so two people who share a family name but not a given
    name stay apart ("Ahmed Khalil" / "Mahmoud Khalil").
    """
    fa, fb = folded(a), folded(b)
    if not fa or not fb:
        return 0.0, ""
    same_script = script(a) == script(b)
    if same_script and fa == fb:
        return 1.0, "folded"
    wa, wb = word_skeletons(a), word_skeletons(b)
    if len(wa) != len(wb) or not wa:
        return 0.0, ""
    sa, sb = "".join(wa), "".join(wb)
    if len(sa) < 3 or len(sb) < 3:
        return 0.0, ""  # too short to say anything
    if not all(_same_word(x, y, fx, fy, same_script)
               for x, y, fx, fy in zip(wa, wb, words(a), words(b))):
        return 0.0, ""
    method = "skeleton" if same_script else "transliteration"
    if sa == sb:
        # one skeleton but different spellings: Arabic spells vowels loosely, Latin script does not
        if same_script and ratio(fa, fb) < (0.6 if script(a) == "ar" else 0.85):
            return 0.0, ""
        return (0.95 if same_script else 0.9), method
    skel = ratio(sa, sb)
    if same_script:
        text = ratio(fa, fb)
        if skel >= 0.85 and text >= 0.8 and len(sa) >= 5:
            return round(min(skel, text) * 0.9, 3), "fuzzy"
        return 0.0, ""
    if skel >= 0.9 and len(sa) >= 5:
        return round(skel * 0.85, 3), "transliteration-fuzzy"
    return 0.0, ""
