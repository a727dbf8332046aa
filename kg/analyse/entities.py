"""`kg_entities`: find the names and noun phrases that events can be about.

Three kinds of mention, in `doc.spans["kg_mentions"]` (label = entity type, kb_id = KB id if known):
- KB names, longest match first over folded, clitic-free norms (`kb`);
- names the KB does not know, introduced by a title or a place word (`الرئيس X`, `مدينة X`) (`title`);
- unnamed groups and topics from `groups.tsv`, with what qualifies them: a demonym (`القوات الأوكرانية`),
  a country in the genitive (`قوات أوكرانيا`), or a few following words (`قادة البلدية`) (`group`).
Named mentions also go to `doc.ents`, so displaCy and other spaCy tools see them.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..lang.fold import strip_article
from .resources import Resources, resources

MAX_NAME_WORDS = 3
_NAMED_BY_TITLE = {"Person", "City", "Region", "Facility", "Media", "Place"}
_INSTITUTION_TYPES = {"Government", "Organization", "Military", "Media", "ArmedGroup"}
MAX_GROUP_TAIL = 2
_PLACE_TYPES = {"City", "Region", "Country", "Facility", "Place"}


@Language.factory("kg_entities", default_config={"kb_files": []})
def make_entity_matcher(nlp: Language, name: str, *, kb_files: list[str]):
    return EntityMatcher(resources(nlp.lang, tuple(kb_files)))


class EntityMatcher:
    def __init__(self, res: Resources):
        self.res = res
        self.lex = res.lexicon
        nisba = res.lexicon.affixes.get("noun", {}).get("nisba", [])
        self.plural_nisba = tuple(e for e in nisba if len(e) >= 3 and e[-1] in "نن")

    def __call__(self, doc: Doc) -> Doc:
        words = [t.norm_ for t in doc]
        bare = [strip_article(w) for w in words]
        spans: list[Span] = []
        for i in range(len(doc)):
            spans += self._at(doc, words, bare, i)
        chosen = self._one_sense_per_discourse(sorted(filter_spans(spans), key=lambda s: s.start), words, bare)
        doc.spans["kg_mentions"] = chosen
        doc.ents = [s for s in chosen if s._.kg.get("rule") in ("kb", "title")]
        return doc

    def _one_sense_per_discourse(self, spans: list[Span], words, bare) -> list[Span]:
        """A one-word KB name that is also a common word (ترأس/Truss, الأسد "the lion") counts only
        after a title or once the article has named the same entity in full."""
        named: set[str] = set()
        kept = []
        for span in spans:
            if span.kb_id_ and len(span) == 1 and span.label_ not in _PLACE_TYPES and self._common(words[span.start]):
                titled = span.start > 0 and (self.lex.titles.longest(bare, span.start - 1)[0] or
                                             self.res.demonyms.longest(bare, span.start - 1)[0])
                if not titled and span.kb_id_ not in named:
                    continue
            if span.kb_id_:
                named.add(span.kb_id_)
            kept.append(span)
        return kept

    def _common(self, word: str) -> bool:
        return word in self.lex.words or strip_article(word) in self.lex.words or word in self.lex.common_words

    def _at(self, doc: Doc, words: list[str], bare: list[str], i: int) -> list[Span]:
        found = []
        size, ids = self.res.names.longest(words, i)
        if size:
            entry = self.res.kb.entries[ids[0]]
            found.append(self._span(doc, i, i + size, entry.type, "kb", kb_id=entry.id))
        size, types = self.lex.titles.longest(words, i) if not size else (0, [])
        if not size:
            size, types = self.lex.titles.longest(bare, i)
        if size and types[0] == "Capital":
            found += self._capital(doc, words, bare, i, i + size)
        elif size:
            found += self._titled(doc, words, bare, i + size, types[0])
        size, groups = self.lex.groups.longest(bare, i)
        if size and not self._trigger_noun(words, bare, i):
            found += self._group(doc, words, bare, i, i + size, *groups[0])
        dsize, isos = self.res.demonyms.longest(bare, i)
        if dsize and not found and not self._title_length(words, bare, i) and not (
                i > 0 and self.lex.groups.longest(bare, i - 1)[0]):  # "الرئيس الأمريكي": part of the title
            # a demonym standing alone: "غارات إسرائيلية" (Israel's), "آلاف الإسرائيليين" (Israelis)
            people = any(words[i + dsize - 1].endswith(e) for e in self.plural_nisba)
            found.append(self._span(doc, i, i + dsize, "Group" if people else "Country", "demonym", country=isos[0],
                                    english="people" if people else ""))
        return found

    def _capital(self, doc: Doc, words, bare, start: int, j: int) -> list[Span]:
        """"العاصمة العمانية" is Muscat: a capital with a nationality or a country and no name."""
        dsize, isos = self.res.demonyms.longest(bare, j)
        iso = isos[0] if dsize else None
        if not dsize:
            ksize, ids = self.res.names.longest(words, j)
            entry = self.res.kb.entries.get(ids[0]) if ksize else None
            if entry is not None and entry.type == "Country":
                dsize, iso = ksize, entry.country or entry.id.split("/")[-1]
        if iso is None:
            return self._titled(doc, words, bare, j, "City")
        if self.res.names.longest(words, j + dsize)[0]:
            return []  # "العاصمة الأوكرانية كييف": the name that follows is the mention
        capital = self.res.capitals.get(iso)
        if capital is None:
            return []
        return [self._span(doc, start, j + dsize, "City", "capital", kb_id=capital)]

    def _trigger_noun(self, words, bare, i: int) -> bool:
        """Event nouns (عقوبات, محادثات) are triggers, not groups, even when groups.tsv lists them."""
        for table_words in (words, bare):
            size, senses = self.lex.senses.longest(table_words, i)
            if size and any(s.kind == "trigger" and s.pos == "noun" for s in senses):
                return True
        return False

    def _titled(self, doc: Doc, words, bare, j: int, entity_type: str) -> list[Span]:
        """A name the KB lacks after a title: skip demonyms and known names, take unknown words.

        A facility word (محطة, مطار) makes one mention with the name and its complement:
        محطة كورسك للطاقة النووية is a Facility, not the region Kursk.
        """
        start = j
        dsize, _ = self.res.demonyms.longest(bare, j)
        j += dsize
        ksize, ids = self.res.names.longest(words, j) if j < len(doc) else (0, [])
        if ksize and entity_type == "Person" and self.res.kb.entries[ids[0]].type != "Person":
            # "زعيم حزب الشعب الجمهوري أوزغور أوزيل": the organisation is part of the title
            end = j + ksize
            while end < len(doc) and end - (j + ksize) < MAX_NAME_WORDS and self._unknown_word(doc[end]):
                end += 1
            if end > j + ksize:
                return [self._span(doc, j + ksize, end, "Person", "title")]
        if ksize and entity_type != "Facility":
            entry = self.res.kb.entries.get(ids[0])
            if dsize == 0 and entry is not None and entry.type == "Country" and entity_type in _INSTITUTION_TYPES:
                # "حكومة السودان", "سفارة الولايات المتحدة": an institution of that country
                return [self._span(doc, start - self._title_length(words, bare, start), j + ksize, entity_type,
                                   "title", country=entry.country or entry.id.split("/")[-1])]
            return []  # a KB name follows; the KB match is the mention
        if entity_type in _INSTITUTION_TYPES and not dsize:
            # "وزارة الصحة اللبنانية": up to two words, then the demonym
            k = j
            while k < len(doc) and k - j < 2 and self._content_word(doc[k], words, k):
                k += 1
                dsize, _ = self.res.demonyms.longest(bare, k)
                if dsize:
                    start, j = k, k + dsize
                    break
        if dsize and entity_type in _INSTITUTION_TYPES and not (j < len(doc) and self._unknown_word(doc[j])):
            # "السفارة الأمريكية", "النظام الإيراني", "الحكومة السودانية"
            iso = self.res.demonyms.longest(bare, j - dsize)[1][0]
            first = self._title_start(words, bare, start)
            return [self._span(doc, first, j, entity_type, "title", country=iso)]
        if entity_type in _INSTITUTION_TYPES and not dsize and words[start - 1].startswith("ال") \
                and self._title_length(words, bare, start) and not (j < len(doc) and self._content_word(doc[j], words, j)):
            # "الجيش", "الحكومة" alone: this article's army or government, whose country it does not say
            return [self._span(doc, start - self._title_length(words, bare, start), start, entity_type, "title-alone")]
        end = j + ksize
        if entity_type not in _NAMED_BY_TITLE:
            return []  # "قوات X" with an unknown X is too often no name at all
        while end < len(doc) and end - j < MAX_NAME_WORDS and self._unknown_word(doc[end]):
            end += 1
        if end == j:
            return []
        if entity_type == "Facility":
            title_start = start - self._title_length(words, bare, start)
            end = self._complement(doc, words, end)
            return [self._span(doc, title_start, end, entity_type, "title")]
        return [self._span(doc, j, end, entity_type, "title")]

    def _title_start(self, words, bare, end: int) -> int:
        """Where the title that ends at or before `end` begins (walking back over words of it)."""
        i = end
        while i > 0 and not self._title_length(words, bare, i):
            i -= 1
        return i - self._title_length(words, bare, i) if i > 0 else end

    def _title_length(self, words, bare, end: int) -> int:
        for size in range(1, 4):
            if end - size >= 0 and (self.lex.titles.longest(words, end - size)[0] == size
                                    or self.lex.titles.longest(bare, end - size)[0] == size):
                return size
        return 0

    def _complement(self, doc: Doc, words, end: int) -> int:
        """Extend a facility name over "ل + noun (+ adjective)": للطاقة النووية."""
        if end + 1 < len(doc) and words[end] in ("ل", "for", "of"):
            stop = end + 1
            while stop < len(doc) and stop - end <= 2 and self._content_word(doc[stop], words, stop):
                stop += 1
            if stop > end + 1:
                return stop
        return end

    def _group(self, doc: Doc, words, bare, start: int, head_end: int, english: str, entity_type: str) -> list[Span]:
        end, country = head_end, ""
        dsize, isos = self.res.demonyms.longest(bare, end)
        if dsize:
            country, end = isos[0], end + dsize
        else:
            ksize, ids = self.res.names.longest(words, end)
            entries = self.res.entries(ids)
            if ksize and entries and entries[0].type == "Country":
                country, end = entries[0].country or entries[0].id.split("/")[-1], end + ksize
            else:
                while end < len(doc) and end - head_end < MAX_GROUP_TAIL and self._content_word(doc[end], words, end):
                    end += 1
                dsize, isos = self.res.demonyms.longest(bare, end)
                if dsize:
                    country, end = isos[0], end + dsize
        return [self._span(doc, start, end, entity_type, "group", english=english, country=country)]

    def _unknown_word(self, token) -> bool:
        return (token.is_alpha and token.norm_ not in self.res.vocabulary
                and strip_article(token.norm_) not in self.res.vocabulary and len(token.text) > 1)

    def _content_word(self, token, words, i) -> bool:
        """A word that can continue a noun phrase: not a function word, trigger, number or name."""
        if not token.is_alpha or len(token.text) < 2:
            return False
        for table in (self.lex.function_words, self.lex.senses, self.lex.dates, self.lex.numbers,
                      self.lex.negation, self.lex.modality, self.lex.approx, self.lex.titles):
            if table.longest(words, i)[0]:
                return False
        return not self.res.names.longest(words, i)[0] and not self.lex.groups.longest([strip_article(w) for w in words[i:i + 3]], 0)[0]

    @staticmethod
    def _span(doc: Doc, start: int, end: int, entity_type: str, rule: str, kb_id: str = "",
              english: str = "", country: str = "") -> Span:
        span = Span(doc, start, end, label=entity_type, kb_id=kb_id)
        span._.kg = {"rule": rule, "english": english, "country": country}
        return span
