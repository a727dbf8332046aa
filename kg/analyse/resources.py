"""What the components of one language share: its lexicon, the KB, and tables derived from both.

Built once per (language, KB files) and cached, so adding five components costs one load.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..kb import KBEntry, KnowledgeBase, load_kb
from ..lang.fold import fold_phrase, strip_article
from ..lang.lexicon import Lexicon, PhraseTable, load_lexicon
from ..lang.segment import Segmenter


@dataclass(frozen=True)
class Resources:
    language: str
    lexicon: Lexicon
    kb: KnowledgeBase
    names: PhraseTable[str]  # KB name, segmented and folded like running text -> entry ids
    demonyms: PhraseTable[str]  # folded adjective, article stripped per word -> ISO2
    vocabulary: frozenset[str]  # every folded word a table, the word list or the KB knows
    segmenter: Segmenter | None  # clitic segmentation, for languages that have clitics
    capitals: dict[str, str]  # ISO2 -> the KB id of its capital (a city that is a metonym of it)
    # town names too short or too word-like to stand alone (جنين "fetus", صور "pictures"): matched only
    # where the text says it is a place (see EntityMatcher._guarded_towns)
    guarded_names: PhraseTable[str] = PhraseTable()
    # words of KB names that no lexicon knows as a word (برونو, كارلوس: a town's, a person's): after a person's
    # title they can be part of another person's name
    name_only_words: frozenset[str] = frozenset()

    def entries(self, ids: list[str]) -> list[KBEntry]:
        return [self.kb.entries[i] for i in ids if i in self.kb.entries]


@lru_cache(maxsize=4)
def resources(language: str, kb_files: tuple[str, ...] = ()) -> Resources:
    lexicon = load_lexicon(language)
    kb = load_kb(kb_files)
    words = lexicon.vocabulary() | lexicon.common_words | lexicon.words
    # what a gazetteer name must not be: our lexicons' words (قالت, إن), not every dictionary word
    # (أنقرة is one too: "to save him")
    closed_words = lexicon.vocabulary() | lexicon.common_words
    demonyms: PhraseTable[str] = PhraseTable()
    for (lang, key), iso in kb.demonyms.items():
        if lang == language:
            demonyms.add(tuple(strip_article(w) for w in key), iso)
    name_words = {w for key in kb.names(language) for w in key}
    vocabulary = set(words) | {w for w in demonyms.words()}
    segmenter = probe = gazetteer_probe = None
    if lexicon.affixes.get("clitics", {}).get("prefixes"):
        # A KB word that is a clitic plus a definite noun (للطاقة in "الوكالة الدولية للطاقة الذرية")
        # is left out: text and names are both segmented, so they still meet.
        verbs_only = lexicon.verbs_only - lexicon.vocabulary()
        probe = Segmenter(frozenset(vocabulary), lexicon.affixes, verbs_only)
        single_names = {key[0] for key in kb.names(language) if len(key) == 1}
        vocabulary |= {w for w in name_words if not _clitic_before_article(probe, w)
                       and not (w not in single_names and _clitic_before_noun(probe, w, lexicon))}
        # place names that begin with ل themselves (لبنان، ليبيا، لندن): never ل + ال + the rest
        lam = lexicon.affixes.get("clitics", {}).get("lil", "")[:1]  # the letter لل begins with
        lam_places = frozenset(w for e in kb.entries.values() if lam and e.type in ("Country", "City", "Region")
                               for name in e.names(language) for w in fold_phrase(name, language) if w.startswith(lam))
        segmenter = Segmenter(frozenset(vocabulary), lexicon.affixes, verbs_only, lam_places,
                              closed=frozenset(closed_words), protected=frozenset(name_words),
                              feminine_only=lexicon.feminine_only - closed_words - name_words,
                              name_pairs=frozenset(key[:2] for key in kb.names(language) if len(key) > 1))
        lexicon.add_cut_forms(segmenter.pieces)
        # a gazetteer name that is a clitic plus a closed-class word ("وأن" = and + that) is no name;
        # against the big word list every name would look cut (باريس = ب + اريس)
        gazetteer_probe = Segmenter(frozenset(lexicon.vocabulary() | lexicon.common_words), lexicon.affixes)
    else:
        vocabulary |= name_words
    names: PhraseTable[str] = PhraseTable()
    guarded: PhraseTable[str] = PhraseTable()
    for key in kb.names(language):
        for entry in kb.lookup(key, language):
            if _usable_name(entry, key, closed_words, language, gazetteer_probe):
                names.add(_segmented(key, segmenter), entry.id)
            elif _guarded_name(entry, key, language):
                guarded.add(_segmented(key, segmenter), entry.id)
    capitals: dict[str, str] = {}
    for entry in sorted(kb.entries.values(), key=lambda e: -e.population):
        if entry.type == "City" and entry.metonym_of.startswith("country/"):
            capitals.setdefault(entry.metonym_of.split("/", 1)[1], entry.id)
    name_only_words = frozenset(w for w in name_words if w not in closed_words and w not in lexicon.words)
    return Resources(language, lexicon, kb, names, demonyms, frozenset(vocabulary), segmenter, capitals, guarded,
                     name_only_words)


def _clitic_before_article(probe: Segmenter, word: str) -> bool:
    """للطاقة = ل + الطاقة: such a word in a KB name is cut like running text, not kept whole.
    Any other name word (بوتين, لبنان) is kept whole, whatever the word list says."""
    pieces = probe.split(word)
    return bool(pieces) and any(norm.startswith("ال") for _, norm in pieces[1:])


def _clitic_before_noun(probe: Segmenter, word: str, lexicon: Lexicon) -> bool:
    """لحركة = ل + حركة, وتشغيل = و + تشغيل inside an organisation's name ("المكتب السياسي لحركة حماس"): a
    clitic on a long ordinary noun, never a name of its own, is cut like running text too."""
    pieces = probe.split(word)
    if not pieces or word in lexicon.words:
        return False
    stem = pieces[-1][1]
    return len(pieces) == 2 and len(stem) >= 4 and stem in lexicon.nouns


def _segmented(key: tuple[str, ...], segmenter: Segmenter | None) -> tuple[str, ...]:
    if segmenter is None:
        return key
    return tuple(norm for word in key for _, norm in segmenter.segments(word))


# GeoNames' alternate names include common words ("قالت", "إن" name towns somewhere) and
# transliterations of small towns. A gazetteer name must not be a word our lexicons know, and only
# cities big enough to make the news keep their secondary names.
MIN_ALIAS_POPULATION = 100_000
MIN_NAME_LETTERS = 3
SHORT_NAME_LETTERS = 5  # a one-word name shorter than this is too often a common word...
SHORT_NAME_POPULATION = 200_000  # ...unless the city is big enough to be news


def _usable_name(entry: KBEntry, key: tuple[str, ...], lexicon_words: set[str], language: str,
                 probe: Segmenter | None = None) -> bool:
    if not entry.origin.startswith("kb/places.tsv"):
        return True  # curated and country names are trusted
    if len(key) == 1 and probe is not None and probe.split(key[0]):
        return False  # "وأن" is "and that", not the Turkish city Van
    if len(key) == 1 and (key[0] in lexicon_words or strip_article(key[0]) in lexicon_words or len(key[0]) < MIN_NAME_LETTERS):
        return False
    if len(key) == 1 and len(key[0]) < SHORT_NAME_LETTERS and entry.population < SHORT_NAME_POPULATION:
        return False
    primary = entry.name_ar if language == "ar" else entry.name_en
    return key == fold_phrase(primary, language) or entry.population >= MIN_ALIAS_POPULATION


def _guarded_name(entry: KBEntry, key: tuple[str, ...], language: str) -> bool:
    """A town's own name that `_usable_name` refused only for looking like a word: usable with a cue."""
    if not entry.origin.startswith("kb/places.tsv") or entry.type != "City" or len(key) != 1:
        return False
    if len(key[0]) < MIN_NAME_LETTERS:
        return False  # (a clitic-looking name, جبلة = جبل + ه, is fine here: a cue must stand before it)
    primary = entry.name_ar if language == "ar" else entry.name_en
    return strip_article(key[0]) == strip_article(fold_phrase(primary, language)[0]) if primary else False
