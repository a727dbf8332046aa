"""What the components of one language share: its lexicon, the KB, and tables derived from both.

Built once per (language, KB files) and cached, so adding five components costs one load.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..kb import KBEntry, KnowledgeBase, load_kb
from ..lang.fold import fold_phrase
from ..lang.lexicon import Lexicon, PhraseTable, load_lexicon


def strip_article(word: str) -> str:
    """الكرملين -> كرملين, for look-ups that must not care about the definite article."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


@dataclass(frozen=True)
class Resources:
    language: str
    lexicon: Lexicon
    kb: KnowledgeBase
    names: PhraseTable[str]  # folded KB name -> entry ids
    demonyms: PhraseTable[str]  # folded adjective, article stripped per word -> ISO2
    vocabulary: frozenset[str]  # every folded word a table or the KB knows

    def entries(self, ids: list[str]) -> list[KBEntry]:
        return [self.kb.entries[i] for i in ids if i in self.kb.entries]


@lru_cache(maxsize=4)
def resources(language: str, kb_files: tuple[str, ...] = ()) -> Resources:
    lexicon = load_lexicon(language)
    kb = load_kb(kb_files)
    words = lexicon.vocabulary()
    names: PhraseTable[str] = PhraseTable()
    for key in kb.names(language):
        for entry in kb.lookup(key, language):
            if _usable_name(entry, key, words, language):
                names.add(key, entry.id)
    demonyms: PhraseTable[str] = PhraseTable()
    for (lang, key), iso in kb.demonyms.items():
        if lang == language:
            demonyms.add(tuple(strip_article(w) for w in key), iso)
    vocabulary = set(lexicon.vocabulary()) | set(names.words())
    vocabulary |= {strip_article(w) for w in demonyms.words()} | {w for w in demonyms.words()}
    return Resources(language, lexicon, kb, names, demonyms, frozenset(vocabulary))


# GeoNames' alternate names include common words ("قالت", "إن" name towns somewhere) and
# transliterations of small towns. A gazetteer name must not be a word our lexicons know, and only
# cities big enough to make the news keep their secondary names.
MIN_ALIAS_POPULATION = 100_000
MIN_NAME_LETTERS = 3
SHORT_NAME_LETTERS = 5  # a one-word name shorter than this is too often a common word...
SHORT_NAME_POPULATION = 200_000  # ...unless the city is big enough to be news


def _usable_name(entry: KBEntry, key: tuple[str, ...], lexicon_words: set[str], language: str) -> bool:
    if not entry.origin.startswith("kb/places.tsv"):
        return True  # curated and country names are trusted
    if len(key) == 1 and (key[0] in lexicon_words or strip_article(key[0]) in lexicon_words or len(key[0]) < MIN_NAME_LETTERS):
        return False
    if len(key) == 1 and len(key[0]) < SHORT_NAME_LETTERS and entry.population < SHORT_NAME_POPULATION:
        return False
    primary = entry.name_ar if language == "ar" else entry.name_en
    return key == fold_phrase(primary, language) or entry.population >= MIN_ALIAS_POPULATION
