"""Arabic clitic segmentation, checked against what we know, shared by the spaCy component and the
KB (so KB names are cut exactly like running text).

والكرملين -> و + الكرملين, لأوكرانيا -> ل + أوكرانيا, للطاقة -> ل + لطاقة (norm الطاقة),
إنها -> إن + ها; بوتين stays whole because وتين is no word we know while بوتين is a name we know.

>>> seg = Segmenter(frozenset({"قال", "اوكرانيا", "بوتين", "ان"}), {"clitics": {
...     "prefixes": ["و", "ف"], "prepositions": ["ب", "ل", "ك"], "future": ["س"],
...     "suffix_pronouns": ["ها", "ه"]}})
>>> seg.split("وقال"), seg.split("لأوكرانيا"), seg.split("بوتين")
([('و', 'و'), ('قال', 'قال')], [('ل', 'ل'), ('أوكرانيا', 'اوكرانيا')], None)
>>> seg.split("للطاقة"), seg.split("إنها")
([('ل', 'ل'), ('لطاقة', 'الطاقه')], [('إن', 'ان'), ('ها', 'ها')])
"""
from __future__ import annotations

from typing import Mapping

from .fold import fold

MIN_DEFINITE_LENGTH = 5  # ال + three letters: an unknown definite noun is still a word


class Segmenter:
    def __init__(self, vocabulary: frozenset[str], affixes: Mapping, verbs_only: frozenset[str] = frozenset(),
                 names: frozenset[str] = frozenset()):
        clitics = affixes.get("clitics", {})
        self.conjunctions = tuple(clitics.get("prefixes", []))
        self.prepositions = tuple(clitics.get("prepositions", []))
        self.future = tuple(clitics.get("future", []))
        # the future prefix goes only on a present verb, whose first letter is a person prefix (سيزور, ستبحث)
        present = affixes.get("present", {})
        self.present_prefixes = tuple(fold(p, "ar") for p in present.get("prefixes_3rd", []) + present.get("prefixes_1st", []))
        self.suffixes = sorted(clitics.get("suffix_pronouns", []), key=len, reverse=True)
        self.vocabulary = vocabulary
        # ب and ك go before nouns, ل before nouns and present verbs: a remainder known only as a
        # verb does not follow them (بوتين is not ب + وتين read as a verb form)
        self.verbs_only = verbs_only
        self.names = names  # KB name words: للبنان is ل + لبنان, never ل + البنان
        self.cache: dict[str, list[tuple[str, str]] | None] = {}

    def known(self, word: str) -> bool:
        return fold(word, "ar") in self.vocabulary

    def split(self, word: str) -> list[tuple[str, str]] | None:
        """[(orth, norm), ...] for a word with clitics, or None when it stays whole."""
        if word not in self.cache:
            self.cache[word] = None if self.known(word) else self._split(word)
        return self.cache[word]

    def segments(self, word: str) -> list[tuple[str, str]]:
        return self.split(word) or [(word, fold(word, "ar"))]

    def _split(self, word: str) -> list[tuple[str, str]] | None:
        # a clitic before a whole known word (و + اتهم) beats a pronoun after one (وات + هم)
        for allow_suffix in (False, True):
            for prefix_len in range(0, min(3, len(word) - 2) + 1):
                head, rest = word[:prefix_len], word[prefix_len:]
                pieces = self._prefix_pieces(head)
                if pieces is None:
                    continue
                # لل + noun is ل + ال + noun: "للدعم" is ل + الدعم even though لدعم (ل + دعم) is a word we know;
                # only a name that itself starts with ل stays (للبنان)
                restore = head.endswith("ل") and rest.startswith("ل") and (
                    not self.known(rest) or fold(rest, "ar") not in self.names and self.known(rest[1:]))
                core = self._core(rest, restore_article=restore, allow_suffix=allow_suffix)
                if core is None or (not pieces and len(core) == 1):
                    continue
                if pieces and pieces[-1][0] in self.future and self.present_prefixes and core[0][1][:1] not in self.present_prefixes:
                    continue  # "سرسنك" is no س + رسن + ك: a name, not "will halter you"
                if pieces and pieces[-1][0] in self.prepositions and core[0][1] in self.verbs_only:
                    if pieces[-1][0] != "ل" or core[0][1][:1] not in "يتنا":
                        continue
                return [*pieces, *core]
        return None

    def _prefix_pieces(self, head: str) -> list[tuple[str, str]] | None:
        """و, ف, ب, ل, ك, وب, فل, وس ... as separate pieces, or None if `head` is no clitic chain."""
        pieces, rest = [], head
        if rest[:1] and rest[:1] in self.conjunctions:
            pieces.append((rest[0], rest[0]))
            rest = rest[1:]
        if rest[:1] and (rest[:1] in self.prepositions or rest[:1] in self.future):
            pieces.append((rest[0], rest[0]))
            rest = rest[1:]
        return pieces if not rest else None

    def _core(self, rest: str, restore_article: bool, allow_suffix: bool = True) -> list[tuple[str, str]] | None:
        """The remainder as one known word, or a known word plus a pronoun suffix."""
        norm = fold("ا" + rest if restore_article else rest, "ar")
        if len(rest) >= 2 and (norm in self.vocabulary or (norm.startswith("ال") and len(norm) >= MIN_DEFINITE_LENGTH)):
            return [(rest, norm)]
        for suffix in self.suffixes if allow_suffix else ():
            stem = rest[: -len(suffix)]
            if rest.endswith(suffix) and len(stem) >= 2 and not (suffix == "ه" and rest.endswith("ة")):
                stem_norm = fold("ا" + stem if restore_article else stem, "ar")
                if stem_norm in self.vocabulary:
                    return [(stem, stem_norm), (suffix, suffix)]
        return None
