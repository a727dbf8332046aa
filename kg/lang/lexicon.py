"""A language's tables compiled into look-up structures the spaCy components share.

Each table maps folded word sequences to values; `PhraseTable.longest` finds the longest entry that
starts at a token, which is how every multi-word expression (وقف إطلاق النار, according to) is found.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Callable, Generic, Iterable, Sequence, TypeVar

from . import LANG_DIR, Row, settings, table
from .fold import fold, fold_phrase, strip_article
from .morphology import arabic_verb_forms, english_verb_forms

V = TypeVar("V")


class PhraseTable(Generic[V]):
    def __init__(self) -> None:
        self.entries: dict[tuple[str, ...], list[V]] = {}
        self.longest_key = 0

    def add(self, key: tuple[str, ...], value: V) -> None:
        if not key:
            return
        values = self.entries.setdefault(key, [])
        if value not in values:
            values.append(value)
        self.longest_key = max(self.longest_key, len(key))

    def longest(self, words: Sequence[str], start: int) -> tuple[int, list[V]]:
        """(length, values) of the longest entry starting at `start`, or (0, [])."""
        for size in range(min(self.longest_key, len(words) - start), 0, -1):
            values = self.entries.get(tuple(words[start:start + size]))
            if values:
                return size, values
        return 0, []

    def get(self, key: tuple[str, ...]) -> list[V]:
        return self.entries.get(key, [])

    def words(self) -> Iterable[str]:
        return (w for key in self.entries for w in key)

    def __contains__(self, key: tuple[str, ...]) -> bool:
        return key in self.entries


@dataclass(frozen=True)
class Sense:
    """One reading of a word or phrase that a rule can act on."""

    kind: str  # trigger, light, say, claim, deny, per
    where: str  # the lexicon row, "ar/triggers.tsv:12"
    lemma: str
    event_type: str = ""
    pos: str = "verb"  # verb or noun
    tense: str = ""  # past, present, participle, noun
    patient: tuple[str, ...] = ()  # 'obj' and folded prepositions
    note: str = ""
    requires: tuple[tuple[str, ...], ...] = ()  # "only with X|Y": one of these must stand nearby


@dataclass
class Lexicon:
    language: str
    senses: PhraseTable[Sense] = field(default_factory=PhraseTable)
    function_words: PhraseTable[str] = field(default_factory=PhraseTable)
    negation: PhraseTable[str] = field(default_factory=PhraseTable)
    modality: PhraseTable[str] = field(default_factory=PhraseTable)
    dates: PhraseTable[tuple[str, str]] = field(default_factory=PhraseTable)  # (kind, value)
    numbers: PhraseTable[tuple[float, str]] = field(default_factory=PhraseTable)  # (value, kind)
    approx: PhraseTable[str] = field(default_factory=PhraseTable)  # hedges before a number
    approx_after: PhraseTable[str] = field(default_factory=PhraseTable)  # hedges after the counted noun
    unit_plurals: frozenset[str] = frozenset()  # folded one-word plural forms of units.tsv ("مصابين" is no dual)
    units: PhraseTable[str] = field(default_factory=PhraseTable)
    titles: PhraseTable[str] = field(default_factory=PhraseTable)
    groups: PhraseTable[tuple[str, str]] = field(default_factory=PhraseTable)  # (english, type)
    given_names: PhraseTable[str] = field(default_factory=PhraseTable)  # first names that are also words
    common_words: frozenset[str] = frozenset()  # never names, whatever a gazetteer says
    words: frozenset[str] = frozenset()  # a general word list (words.tsv), for clitic segmentation
    verbs_only: frozenset[str] = frozenset()  # words.tsv forms known only as verbs
    feminine_only: frozenset[str] = frozenset()  # folded words.tsv forms only ever spelt with a final ة (مكتبة)
    nouns: frozenset[str] = frozenset()  # words.tsv forms known as (common) nouns
    adjectives: frozenset[str] = frozenset()  # words.tsv forms known as adjectives
    affixes: dict = field(default_factory=dict)

    def add_cut_forms(self, cut: Callable[[str], tuple[str, ...] | None]) -> None:
        """Let every phrase of the tables also match as the segmenter cuts its words ("المشتبه بهم" as
        المشتبه + ب + هم): `cut` gives a word's pieces, or None for a word left whole."""
        for table in (getattr(self, f.name) for f in fields(self)):
            if not isinstance(table, PhraseTable):
                continue
            for key, values in list(table.entries.items()):
                pieces = tuple(piece for word in key for piece in (cut(word) or (word,)))
                if pieces != key:
                    for value in values:
                        table.add(pieces, value)

    def clitic_on_article(self, word: str) -> bool:
        """A folded word that is a preposition written on a definite noun ("بالسعي", "للمشاركة"): it opens
        a new phrase, and no name word starts that way."""
        clitics = self.affixes.get("clitics", {})
        article, lil = clitics.get("article", ""), clitics.get("lil", "")
        if any(w in self.words or w in self.common_words for w in (word, self.accusative_stem(word)) if w):
            return False  # a word of its own that only looks so ("باليستيا": ballistic)
        return bool(article) and (any(word.startswith(fold(p, self.language) + article) for p in clitics.get("prepositions", []))
                                  or bool(lil) and word.startswith(fold(lil, self.language)))

    def is_noun(self, word: str) -> bool:
        """A folded word the word list knows as a noun, in the indefinite accusative too (منزلا, موقعا)."""
        return word in self.nouns or self.accusative_stem(word) in self.nouns

    def is_word(self, word: str) -> bool:
        """A folded word the word list knows, or the indefinite accusative of a noun it knows."""
        return word in self.words or self.accusative_stem(word) in self.nouns

    def is_adjective(self, word: str) -> bool:
        """A folded word the word list knows as an adjective, definite ("الثانية") or in the indefinite accusative
        ("قاطعا") too."""
        return word in self.adjectives or self.accusative_stem(word) in self.adjectives or strip_article(word) in self.adjectives

    def accusative_stem(self, word: str) -> str:
        """هجوما -> هجوم: a word written with the indefinite accusative's alif, without it ("" if none)."""
        alif = self.affixes.get("noun", {}).get("accusative", "")
        return word[:-len(alif)] if alif and word.endswith(alif) and len(word) > len(alif) + 2 else ""

    def key(self, text: str) -> tuple[str, ...]:
        return fold_phrase(text, self.language)

    def keys(self, text: str) -> set[tuple[str, ...]]:
        """The folded phrase, and the same without definite articles (looked up in either form)."""
        key = self.key(text)
        return {key, tuple(strip_article(w) for w in key)}

    def vocabulary(self) -> set[str]:
        """Every folded word the tables know: clitic splitting only cuts off a prefix to reach one."""
        words: set[str] = set()
        for part in (self.senses, self.function_words, self.negation, self.modality, self.dates,
                     self.numbers, self.approx, self.approx_after, self.units, self.titles, self.groups):
            words.update(part.words())
        return words


def _verb_forms(language: str, row: Row, affixes: dict) -> dict[str, str]:
    if language == "ar":
        forms = arabic_verb_forms(row["past"], row["present"], affixes)
    else:
        forms = english_verb_forms(row["base"], row["past"], row["participle"])
    for extra in row.alternatives("extra"):
        if ":" in extra:  # "داعيا:participle": a form the affix tables cannot make, with its tense
            extra, tense = extra.split(":", 1)
            forms[extra] = tense
            continue
        forms.setdefault(extra, "past" if language == "en" or not extra[:1] in "يتن" else "present")
    return forms


_ONLY_WITH = re.compile(r"only with ([^;:(]+)")


def requirements(note: str, language: str) -> tuple[tuple[str, ...], ...]:
    """The words a note's "only with X|Y" names, folded.

    >>> requirements("only with قوات|جنود as object; ambiguous: published", "ar")
    (('قوات',), ('جنود',))
    """
    match = _ONLY_WITH.search(note)
    if not match:
        return ()
    words = match.group(1).split(" as ")[0]
    if language == "ar":  # the list ends where the note's English or symbols start ("إلى + place")
        words = re.match(r"[\u0600-\u06ff |]*", words).group(0)
    return tuple(fold_phrase(w, language) for w in words.split("|") if w.strip())


def accusative(phrase: str, affixes: dict) -> str | None:
    """The indefinite accusative of a noun phrase, as news writes it: هجوم -> هجوما, اتصال هاتفي ->
    اتصالا هاتفيا. Words ending in ة, ات, ا, ى or ء take no written alif and stay as they are.

    >>> accusative("اتصال هاتفي", {"noun": {"accusative": "ا"}}), accusative("غارة", {"noun": {"accusative": "ا"}})
    ('اتصالا هاتفيا', None)
    """
    alif = affixes.get("noun", {}).get("accusative", "")
    if not alif:
        return None
    words = phrase.split()
    changed = [w + alif if not (w.endswith(("ة", "ات", "ا", "ى", "ء", "ون", "ين")) or w.startswith("ال")) else w for w in words]
    return " ".join(changed) if changed != words else None


def duals(phrase: str, affixes: dict) -> list[str]:
    """The dual of a one-word singular noun, as news writes it: غارة -> غارتين, غارتان; هجوم -> هجومين, هجومان.
    Plurals (ending in ات) and phrases have none.

    >>> duals("غارة", {"noun": {"dual": ["ان", "ين"], "feminine": "ة"}, "clitics": {"teh_marbuta_construct": "ت"}})
    ['غارتان', 'غارتين']
    """
    noun = affixes.get("noun", {})
    endings = noun.get("dual", [])
    feminine = noun.get("feminine", "")
    construct = affixes.get("clitics", {}).get("teh_marbuta_construct", "")
    if not endings or " " in phrase or phrase.endswith("ات") or len(phrase) < 3:
        return []
    stem = phrase[:-len(feminine)] + construct if feminine and construct and phrase.endswith(feminine) else phrase
    return [stem + ending for ending in endings]


def construct(phrase: str, affixes: dict) -> str | None:
    """A sound masculine plural in construct, before a genitive or a pronoun: مقاتلين -> مقاتلي.

    >>> construct("مقاتلين", {"noun": {"construct": {"ين": "ي"}}}), construct("قوات", {"noun": {"construct": {"ين": "ي"}}})
    ('مقاتلي', None)
    """
    endings = affixes.get("noun", {}).get("construct", {})
    words = phrase.split()
    if not endings or len(words) != 1:
        return None
    for ending, short in endings.items():
        if phrase.endswith(ending) and len(phrase) > len(ending) + 2:
            return phrase[: -len(ending)] + short
    return None


def _add_verb_and_nouns(lexicon: Lexicon, row: Row, kind: str, event_type: str = "") -> None:
    language = lexicon.language
    patient = tuple(fold(p, language) if p != "obj" else p for p in row.alternatives("patient"))
    lemma = row["past"] or row["base"] or (row.alternatives("nouns") or [""])[0]
    needs = requirements(row["note"], language)
    for form, tense in _verb_forms(language, row, lexicon.affixes).items():
        lexicon.senses.add(lexicon.key(form), Sense(kind, row.where, lemma, event_type, "verb", tense, patient, row["note"], needs))
    for noun in row.alternatives("nouns"):
        sense = Sense(kind, row.where, lemma, event_type, "noun", "noun", patient, row["note"], needs)
        for form in (noun, accusative(noun, lexicon.affixes), *duals(noun, lexicon.affixes)):
            if form:
                lexicon.senses.add(lexicon.key(form), sense)


@lru_cache(maxsize=None)
def load_lexicon(language: str) -> Lexicon:
    lexicon = Lexicon(language, affixes=dict(settings(language, "morphology")))
    for row in table(language, "triggers"):
        _add_verb_and_nouns(lexicon, row, "trigger", row["type"])
    for row in table(language, "light_verbs"):
        _add_verb_and_nouns(lexicon, row, "light")
    for row in table(language, "attribution"):
        _add_verb_and_nouns(lexicon, row, row["kind"])
    for row in table(language, "function_words"):
        for form in row.alternatives("form"):
            lexicon.function_words.add(lexicon.key(form), row["kind"])
    for row in table(language, "negation"):
        for form in row.alternatives("form"):
            lexicon.negation.add(lexicon.key(form), row["scope"])
    for row in table(language, "modality"):
        for form in row.alternatives("form"):
            lexicon.modality.add(lexicon.key(form), row["kind"])
    for row in table(language, "dates"):
        for form in row.alternatives("form"):
            lexicon.dates.add(lexicon.key(form), (row["kind"], row["value"]))
    for row in table(language, "numbers"):
        for form in row.alternatives("form"):
            lexicon.numbers.add(lexicon.key(form), (float(row["value"]), row["kind"]))
    for row in table(language, "approx"):
        for form in row.alternatives("form"):
            (lexicon.approx_after if row["position"] == "after" else lexicon.approx).add(lexicon.key(form), row["meaning"])
    for row in table(language, "units"):
        plurals = set(lexicon.unit_plurals)
        plurals.update(w for form in row.alternatives("plurals") for w in lexicon.key(form) if len(lexicon.key(form)) == 1)
        lexicon.unit_plurals = frozenset(plurals)
        for form in [*row.alternatives("singular"), *row.alternatives("plurals")]:
            for variant in (form, accusative(form, lexicon.affixes), construct(form, lexicon.affixes)):  # "12 شخصا", "70 من مقاتلي"
                for key in lexicon.keys(variant) if variant else ():
                    lexicon.units.add(key, row["unit"])
    for row in table(language, "titles"):
        for form in row.alternatives("form"):
            for key in lexicon.keys(form):
                lexicon.titles.add(key, row["type"])
    for row in table(language, "groups"):
        for form in row.alternatives("head"):
            for variant in (form, accusative(form, lexicon.affixes), construct(form, lexicon.affixes)):
                for key in lexicon.keys(variant) if variant else ():
                    lexicon.groups.add(key, (row["en"], row["type"] or "Group"))
    if (LANG_DIR / language / "given_names.tsv").exists():
        for row in table(language, "given_names"):
            lexicon.given_names.add(lexicon.key(row["form"]), row["form"])
    if (LANG_DIR / language / "words.tsv").exists():
        rows = table(language, "words")
        lexicon.words = frozenset(fold(row["form"], language) for row in rows)
        lexicon.verbs_only = frozenset(fold(row["form"], language) for row in rows if row["kind"] == "verb")
        feminine = lexicon.affixes.get("noun", {}).get("feminine", "")
        if feminine:  # "مكتبه" is مكتب + ه: folding makes it look like مكتبة, which the text did not write
            spelt = [(row["form"].endswith(feminine), fold(row["form"], language)) for row in rows]
            lexicon.feminine_only = frozenset({f for ends, f in spelt if ends} - {f for ends, f in spelt if not ends})
        lexicon.nouns = frozenset(fold(row["form"], language) for row in rows if "noun" in row["kind"].split("|"))
        lexicon.adjectives = frozenset(fold(row["form"], language) for row in rows if "adj" in row["kind"].split("|"))
    if (LANG_DIR / language / "common_words.tsv").exists():
        lexicon.common_words = frozenset(fold(f, language) for row in table(language, "common_words")
                                         for f in row.alternatives("form"))
    return lexicon
