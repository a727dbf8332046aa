"""`kg_quantities`: counted things, "ما يقرب من 200 سفينة", "63 من الطائرات", "€23 billion".

A quantity is an optional approximation word, a number (digits in any script, or number words with
scales: ثلاثة آلاف, مئتين, 23 مليار), and a unit from `units.tsv`, possibly after "من" ("63 of the
drones"). Vague counts (عشرات, dozens) are approximate. Each span's `._.kg` holds value, unit,
approx and qualifier; spans without a known unit are kept with unit "" (a number, not a count).

Number words add up ("two hundred and fifty", "three thousand five hundred"). Where modifiers stand
before the noun (English, `modifiers_before_head` in morphology.toml), up to three of them may stand
between the number and the unit: "159 Ukrainian drones", "100 more shadow-fleet tankers".
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lang.fold import fold, strip_article
from .resources import Resources, resources

_NUMBER = re.compile(r"^\d{1,3}(?:[,،٬]\d{3})+(?:\.\d+)?$|^\d+(?:[.٫]\d+)?$")
_CURRENCY = {"€": "euro", "$": "dollar", "£": "pound"}


@Language.factory("kg_quantities", default_config={"kb_files": []})
def make_quantity_tagger(nlp: Language, name: str, *, kb_files: list[str]):
    return QuantityTagger(resources(nlp.lang, tuple(kb_files)))


MAX_MODIFIERS = 3  # words between a number and its unit: "159 Ukrainian drones"
_ADDS = ("unit", "tens", "hundred")  # number-word kinds that add to what precedes them


class QuantityTagger:
    def __init__(self, res: Resources):
        self.lex = res.lexicon
        self.demonyms = res.demonyms
        self.people_unit = res.lexicon.affixes.get("syntax", {}).get("people_unit", "")
        syntax = res.lexicon.affixes.get("syntax", {})
        self.left = bool(syntax.get("modifiers_before_head", False))
        self.and_words = frozenset(syntax.get("number_conjunctions", []))  # "two hundred and fifty"
        self.plural_forms = frozenset(strip_article(w) for w in res.lexicon.unit_plurals)

    def __call__(self, doc: Doc) -> Doc:
        # time expressions come first: "الاثنين" is Monday there, not "two"
        dated = {i for span in doc.spans.get("kg_dates", []) for i in range(span.start, span.end)}
        words = [t.norm_ if t.i not in dated else "\u0000" for t in doc]
        bare = [strip_article(w) for w in words]
        spans, i = [], 0
        while i < len(doc):
            found = self._quantity(words, bare, i)
            if found:
                end, info = found
                span = Span(doc, i, end, label=info["unit"] or "number")
                span._.kg = info
                spans.append(span)
                i = end
            else:
                i += 1
        doc.spans["kg_quantities"] = spans
        return doc

    def _quantity(self, words, bare, start: int):
        dual = self._dual(words, bare, start)
        if dual is not None:
            return start + 1, {"value": 2.0, "unit": dual, "approx": False, "qualifier": None, "unit_start": start,
                               "unit_end": start + 1}
        i, qualifier = start, None
        size, meanings = self.lex.approx.longest(words, i)
        if size:
            qualifier, i = meanings[0], i + size
        currency = _CURRENCY.get(words[i]) if i < len(words) else None
        if currency:
            i += 1
        number = self._number(words, i)
        if number is None:
            return None
        value, vague, i = number
        unit, unit_start, end = self._unit(words, bare, i)
        unit = currency or unit
        if not unit and currency is None and qualifier is None and not vague and i - start == 1 and not _NUMBER.match(words[start]):
            return None  # a lone number word without a unit is rarely a count ("one of")
        stop = end if unit and not currency else i
        size, meanings = self.lex.approx_after.longest(words, stop) if unit else (0, [])
        if size:  # "88 شخصا على الأقل": a hedge after the counted noun
            qualifier, stop = qualifier or meanings[0], stop + size
        info = {"value": value, "unit": unit, "approx": bool(vague) or qualifier is not None,
                "qualifier": qualifier or ("approx" if vague else None), "unit_start": unit_start, "unit_end": end,
                "vague": bool(vague) and i - start <= 1}  # "عشرات", "dozens": no count (not "عشرات الآلاف")
        return stop, info

    def _dual(self, words, bare, i: int) -> str | None:
        """The unit of a dual counted noun ("شخصان", "مسيرتين", "سفينتين"): two of it; None for anything else."""
        noun = self.lex.affixes.get("noun", {})
        word = bare[i]
        if word != words[i]:
            return None  # "المسؤولان": the two named before, not a count
        if word in self.plural_forms:
            return None  # "مصابين": a listed plural
        feminine = fold(noun.get("feminine", ""), self.lex.language)
        construct = fold(self.lex.affixes.get("clitics", {}).get("teh_marbuta_construct", ""), self.lex.language)
        for ending in noun.get("dual", []):
            if not word.endswith(ending) or len(word) - len(ending) < 3:
                continue
            stem = word[:-len(ending)]
            for candidate in (stem, stem[:-len(construct)] + feminine if construct and stem.endswith(construct) else ""):
                units = self.lex.units.get((candidate,)) if candidate else None
                if units:
                    return units[0]
        return None

    def _number(self, words, i):
        """(value, vague, next index) for digits or number words with scales, else None."""
        if i >= len(words):
            return None
        value, vague = None, False
        if _NUMBER.match(words[i]):
            value = float(re.sub(r"[,،٬]", "", words[i]).replace("٫", "."))
            i += 1
        else:
            size, entries = self.lex.numbers.longest(words, i)
            if not size:
                size, entries = self.lex.numbers.longest([strip_article(w) for w in words], i)
            if not size:
                return None
            number, kind = entries[0]
            value, vague, i = number, kind == "vague", i + size
            if kind in _ADDS:
                return self._compound(words, i, value, kind)
        # scales multiply: "23 مليار", "ثلاثة آلاف", "1.5 million"
        while i < len(words):
            size, entries = self.lex.numbers.longest(words, i)
            if size and entries[0][1] in ("scale", "vague") and entries[0][0] >= 1000:
                value, i = value * entries[0][0], i + size
            else:
                break
        return value, vague, i

    def _compound(self, words, i: int, value: float, kind: str):
        """Number words that add up: "two hundred and fifty", "three thousand five hundred", "ثلاثة آلاف"."""
        total, current, last = 0.0, value, kind
        while i < len(words):
            k = i + 1 if words[i] in self.and_words and last in ("hundred", "scale") else i
            size, entries = self.lex.numbers.longest(words, k)
            if not size:
                break
            number, kind = entries[0]
            if kind in ("scale", "vague") and number >= 1000 and k == i:
                total, current, last = total + (current or 1) * number, 0.0, "scale"
            elif kind == "hundred" and last in ("unit", "scale") and number == 100 and current < 10 and k == i and current:
                current, last = current * 100, "hundred"  # "five hundred" when only "hundred" is listed
            elif kind in ("unit", "tens") and (last in ("hundred", "scale") or last == "tens" and kind == "unit" and number < 10):
                current, last = current + number, kind
            elif kind == "hundred" and last == "scale":
                current, last = current + number, kind
            else:
                break
            i = k + size
        return total + current, False, i

    def _unit(self, words, bare, i):
        for skip in (0, 1, 2):  # "63 من الطائرات", "dozens of", "12 of the"
            j = i + skip
            if skip and not (j - 1 < len(words) and self.lex.function_words.get((words[j - 1],)) in (["prep"], ["det"])):
                break
            found = self._unit_at(words, bare, j)
            if found:
                return found
            size = self.demonyms.longest(bare, j)[0] if not self.left else 0
            if size and self.people_unit:  # "71 فلسطينيا": counted people of a nationality
                return self.people_unit, j, j + size
            if self.left:  # "159 Ukrainian drones", "100 more shadow-fleet tankers"
                k = j
                while k < len(words) and k - j < MAX_MODIFIERS and self._modifier(words, bare, k):
                    k += self.demonyms.longest(bare, k)[0] or 1
                    found = self._unit_at(words, bare, k)
                    if found:
                        return found
                size = self.demonyms.longest(bare, j)[0]
                if size and self.people_unit and words[j + size - 1].endswith("s"):
                    return self.people_unit, j, j + size  # "at least 20 Palestinians": a nationality as a plural noun
        return "", i, i

    def _unit_at(self, words, bare, j):
        for table_words in (words, bare):
            size, units = self.lex.units.longest(table_words, j)
            if size:
                if self.left and j + size < len(words):  # "several civilian aircraft": the last noun counts
                    head = self._unit_at(words, bare, j + size)
                    if head:
                        return head[0], j, head[2]
                return units[0], j, j + size
        return None

    def _modifier(self, words, bare, k: int) -> bool:
        """A word that may stand between a number and its unit: a demonym or a content word that no table
        knows as a function, date, number, hedge, trigger or negation word."""
        if self.demonyms.longest(bare, k)[0]:
            return True
        word = words[k]
        if not word.replace("-", "").isalpha():
            return False
        for table_ in (self.lex.function_words, self.lex.numbers, self.lex.approx, self.lex.senses,
                       self.lex.negation, self.lex.modality, self.lex.dates):
            if table_.longest(words, k)[0]:
                return False
        return True
