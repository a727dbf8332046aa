"""Folding words for look-up, the same way for text, KB names and lexicon entries.

>>> fold("أوكرانيا", "ar"), fold("إطلاق", "ar"), fold("الطاقة", "ar")
('اوكرانيا', 'اطلاق', 'الطاقه')
>>> fold("Putin’s", "en")
"putin's"
>>> fold("١٥٩", "ar")
'159'
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import settings

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")


@lru_cache(maxsize=None)
def _table(language: str) -> dict:
    conf = settings(language, "orthography")
    return str.maketrans({**conf.get("fold", {}), **conf.get("digits", {})})


@lru_cache(maxsize=None)
def _strips_marks(language: str) -> bool:
    return bool(settings(language, "orthography").get("strip_latin_marks", False))


def fold(word: str, language: str) -> str:
    word = _MARKS.sub("", unicodedata.normalize("NFC", word)).translate(_table(language))
    if _strips_marks(language) and not word.isascii():
        # "Erdoğan", "Rafaḩ", "António": the letters without their accents, as most English copy writes them
        word = unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFKD", word)
                                                     if not unicodedata.combining(c)))
    return word.casefold() if language != "ar" else word.casefold() if word.isascii() else word


def fold_phrase(phrase: str, language: str) -> tuple[str, ...]:
    """A phrase as a tuple of folded words (whitespace-split)."""
    return tuple(fold(w, language) for w in phrase.split())


def strip_article(word: str) -> str:
    """الكرملين -> كرملين, for look-ups that must not care about the Arabic definite article."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word
