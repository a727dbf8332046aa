"""Arabic clitic segmentation, checked against what we know, shared by the spaCy component and the
KB (so KB names are cut exactly like running text).

والكرملين -> و + الكرملين, لأوكرانيا -> ل + أوكرانيا, للطاقة -> ل + لطاقة (norm الطاقة),
إنها -> إن + ها; بوتين stays whole because وتين is no word we know while بوتين is a name we know.

>>> seg = Segmenter(frozenset({"قال", "اوكرانيا", "بوتين", "ان"}), {"clitics": {
...     "prefixes": ["و", "ف"], "prepositions": ["ب", "ل", "ك"], "future": ["س"],
...     "suffix_pronouns": ["ها", "ه"], "preposition_pronouns": ["ها"]}})
>>> seg.split("وقال"), seg.split("لأوكرانيا"), seg.split("بوتين")
([('و', 'و'), ('قال', 'قال')], [('ل', 'ل'), ('أوكرانيا', 'اوكرانيا')], None)
>>> seg.split("للطاقة"), seg.split("إنها"), seg.split("وبها")
([('ل', 'ل'), ('لطاقة', 'الطاقه')], [('إن', 'ان'), ('ها', 'ها')], [('و', 'و'), ('ب', 'ب'), ('ها', 'ها')])
"""
from __future__ import annotations

from typing import Mapping

from .fold import fold

MIN_DEFINITE_LENGTH = 5  # ال + three letters: an unknown definite noun is still a word


class Segmenter:
    def __init__(self, vocabulary: frozenset[str], affixes: Mapping, verbs_only: frozenset[str] = frozenset(),
                 names: frozenset[str] = frozenset(), closed: frozenset[str] = frozenset(),
                 protected: frozenset[str] = frozenset(), feminine_only: frozenset[str] = frozenset(),
                 name_pairs: frozenset[tuple[str, str]] = frozenset()):
        clitics = affixes.get("clitics", {})
        self.conjunctions = tuple(clitics.get("prefixes", []))
        self.prepositions = tuple(clitics.get("prepositions", []))
        self.future = tuple(clitics.get("future", []))
        # the future prefix goes only on a present verb, whose first letter is a person prefix (سيزور, ستبحث)
        present = affixes.get("present", {})
        self.present_prefixes = tuple(fold(p, "ar") for p in present.get("prefixes_3rd", []) + present.get("prefixes_1st", []))
        self.suffixes = sorted(clitics.get("suffix_pronouns", []), key=len, reverse=True)
        self.preposition_pronouns = frozenset(clitics.get("preposition_pronouns", []))
        self.vocabulary = vocabulary
        # ب and ك go before nouns, ل before nouns and present verbs: a remainder known only as a
        # verb does not follow them (بوتين is not ب + وتين read as a verb form)
        self.verbs_only = verbs_only
        self.feminine_only = feminine_only
        self.name_pairs = name_pairs  # the first two words of KB names of two words or more: ("رام", "الله")
        self.feminine = affixes.get("noun", {}).get("feminine", "") or "\0"
        self.names = names  # KB name words: للبنان is ل + لبنان, never ل + البنان
        # the words of our own tables (triggers, groups, titles): a dictionary word that is a clitic on one of them
        # is read as the clitic on it ("لقوات" is ل + قوات, though the dictionary lists a rare "لقوات")
        self.closed = closed
        self.protected = protected  # KB name words stay whole
        self.cache: dict[str, list[tuple[str, str]] | None] = {}

    def known(self, word: str) -> bool:
        folded = fold(word, "ar")
        # a word spelt with a final ه that the word list only knows with ة is no word of its own ("مكتبه")
        return folded in self.vocabulary and not (folded in self.feminine_only and not word.endswith(self.feminine))

    def split(self, word: str) -> list[tuple[str, str]] | None:
        """[(orth, norm), ...] for a word with clitics, or None when it stays whole."""
        if word not in self.cache:
            pieces = self._pronoun_on_preposition(word)
            if pieces is not None:
                self.cache[word] = pieces
                return pieces
            pieces = None if self.known(word) else self._split(word)
            head = (pieces[0][1] if pieces else fold(word, "ar"))
            if self.closed and head not in self.closed and head not in self.protected and fold(word, "ar") not in self.protected \
                    and not (pieces and pieces[0][0] in (*self.conjunctions, *self.prepositions, *self.future)):
                cut = self._split(word, whole_known=True)
                core = [n for o, n in cut or [] if o not in (*self.conjunctions, *self.prepositions, *self.future, *self.suffixes)]
                if core and core[0] in self.closed and len(core[0]) >= 4:
                    pieces = cut  # ("لقواته": ل + قوات + ه, not the dictionary's لقوات + ه)
            self.cache[word] = pieces
        return self.cache[word]

    def split_before(self, word: str, following: str) -> list[tuple[str, str]] | None:
        """A word the dictionary keeps whole that is a clitic on the first word of a name the next word goes on:
        "برام الله" is ب + رام الله though برام is a word ("pots")."""
        for size in (1, 2):
            pieces = self._prefix_pieces(word[:size])
            rest = word[size:]
            if pieces and len(rest) >= 2 and (fold(rest, "ar"), fold(following, "ar")) in self.name_pairs:
                return [*pieces, (rest, fold(rest, "ar"))]
        return None

    def pieces(self, word: str) -> tuple[str, ...] | None:
        """The folded pieces of a word the text would cut, for phrase tables written as words ("المشتبه بهم",
        "بدوره" must meet the text's المشتبه + ب + هم, ب + دور + ه); None for a word left whole."""
        pieces = self.split(word)
        return tuple(norm for _, norm in pieces) if pieces else None

    def _pronoun_on_preposition(self, word: str) -> list[tuple[str, str]] | None:
        """"بها", "لهم", "وبه": a preposition holding a pronoun, always two words (the dictionary's rare verb
        بها "was beautiful" is not what the news means)."""
        pieces, rest = [], word
        if rest[:1] in self.conjunctions and len(rest) > 2:
            pieces.append((rest[0], rest[0]))
            rest = rest[1:]
        if rest[:1] not in self.prepositions or rest[1:] not in self.preposition_pronouns:
            return None
        return [*pieces, (rest[0], rest[0]), (rest[1:], rest[1:])]

    def segments(self, word: str) -> list[tuple[str, str]]:
        return self.split(word) or [(word, fold(word, "ar"))]

    def _split(self, word: str, whole_known: bool = False) -> list[tuple[str, str]] | None:
        # a clitic before a whole known word (و + اتهم) beats a pronoun after one (وات + هم)
        for allow_suffix in (False, True):
            for prefix_len in range(1 if whole_known else 0, min(3, len(word) - 2) + 1):
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
        whole = norm in self.vocabulary and not (norm in self.feminine_only and not rest.endswith(self.feminine))
        if len(rest) >= 2 and (whole or (norm.startswith("ال") and len(norm) >= MIN_DEFINITE_LENGTH)):
            return [(rest, norm)]
        for suffix in self.suffixes if allow_suffix else ():
            stem = rest[: -len(suffix)]
            if rest.endswith(suffix) and len(stem) >= 2 and not (suffix == "ه" and rest.endswith("ة")):
                stem_norm = fold("ا" + stem if restore_article else stem, "ar")
                if stem_norm in self.vocabulary:
                    return [(stem, stem_norm), (suffix, suffix)]
        return None
