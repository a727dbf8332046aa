"""`kg_entities`: find the names and noun phrases that events can be about.

Three kinds of mention, in `doc.spans["kg_mentions"]` (label = entity type, kb_id = KB id if known):
- KB names, longest match first over folded, clitic-free norms (`kb`);
- names the KB does not know, introduced by a title or a place word (`الرئيس X`, `مدينة X`) (`title`);
- unnamed groups and topics from `groups.tsv`, with what qualifies them: a demonym (`القوات الأوكرانية`),
  a country in the genitive (`قوات أوكرانيا`), or a few following words (`قادة البلدية`) (`group`).
Named mentions also go to `doc.ents`, so displaCy and other spaCy tools see them. On a trained pipeline
(off by default) the trained NER's names join them (`ner`; see trained.py): KB > title > NER > groups.

Languages whose modifiers stand before the head and whose names are capitalised (English: the `[syntax]`
settings `modifiers_before_head` and `names_capitalised` in morphology.toml) are read the other way round:
- a KB match needs a capital letter ("who" is not WHO), and hyphenated names match as tokenized (al - Sharaa);
- a name the KB lacks is a run of capitalised words after a title ("Foreign Minister X Y"), in apposition
  ("X Y, the foreign minister,"), or before a postposed place or organisation word of `postposed.tsv`
  ("Zamzam camp", "Port Sudan airport", "Tasnim news agency") (`title`);
- a group head and an institution take the demonym or possessive country before them ("Ukrainian forces",
  "Russia's forces", "the Israeli government", "Russia's defence ministry") (`group`, `title`);
- a country or demonym that only qualifies a title before a name ("Russian President Vladimir Putin",
  "Syria's interim President Ahmed al-Sharaa") or a possessive before another name ("Russia's Kursk region")
  is not a mention of its own.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..lang import LANG_DIR, table
from ..lang.fold import fold, fold_phrase, strip_article
from ..lang.lexicon import PhraseTable
from . import trained
from .resources import Resources, resources

MAX_NAME_WORDS = 3
_NAMED_BY_TITLE = {"Person", "City", "Region", "Facility", "Media", "Place"}
_INSTITUTION_TYPES = {"Government", "Organization", "Military", "Media", "ArmedGroup"}
MAX_GROUP_TAIL = 2
_PLACE_TYPES = {"City", "Region", "Country", "Facility", "Place"}
MAX_RUN = 4  # capitalised words in a name the KB lacks
STRAY_TOWN_POPULATION = 100_000  # below it, a town named by a common word needs a title or its country in the text
MAX_ADJECTIVES = 2  # lower-case words between a qualifier and its title ("Syria's interim president")
_QUALIFIER_TYPES = {"Country", "Organization", "Government", "City", "Region"}


@Language.factory("kg_entities", default_config={"kb_files": []})
def make_entity_matcher(nlp: Language, name: str, *, kb_files: list[str]):
    return EntityMatcher(resources(nlp.lang, tuple(kb_files)), nlp.tokenizer)


class EntityMatcher:
    def __init__(self, res: Resources, tokenizer=None):
        self.res = res
        self.lex = res.lexicon
        self.closed_words = frozenset(res.lexicon.vocabulary() | res.lexicon.common_words) - set(res.names.words())
        self.complement_preps = frozenset(fold(w, res.language) for w in res.lexicon.affixes.get("roles", {}).get("complement", []))
        self.place_preps = frozenset(fold(w, res.language) for w in res.lexicon.affixes.get("roles", {}).get("place", []))
        self.location_words = frozenset(fold(w, res.language) for w in res.lexicon.affixes.get("roles", {}).get("location", []))
        self.genitive_preps = frozenset(fold(w, res.language) for w in res.lexicon.affixes.get("roles", {}).get("genitive", []))
        nisba = res.lexicon.affixes.get("noun", {}).get("nisba", [])
        self.plural_nisba = tuple(e for e in nisba if len(e) >= 3 and e[-1] in "نن")
        syntax = res.lexicon.affixes.get("syntax", {})
        self.left = bool(syntax.get("modifiers_before_head", False))
        self.cased = bool(syntax.get("names_capitalised", False))
        self.people_units = frozenset(syntax.get("people_units", []))
        self.possessive = frozenset(fold(p, res.language) for p in syntax.get("possessive", []))
        self.particles = frozenset(fold(p, res.language) for p in syntax.get("name_particles", []))
        self.names = _tokenized_names(res.names, tokenizer, res.language) if self.cased and tokenizer else res.names
        self.postposed: PhraseTable[str] = PhraseTable()
        if (LANG_DIR / res.language / "postposed.tsv").exists():
            for row in table(res.language, "postposed"):
                for form in row.alternatives("form"):
                    self.postposed.add(self.lex.key(form), row["type"])
        self.table_words = frozenset(self.lex.vocabulary())
        self._other_name_words: frozenset[str] | None = None
        self.group_anaphors = frozenset(fold(w, res.language) for w in syntax.get("group_anaphors", []))

    def __call__(self, doc: Doc) -> Doc:
        words = [t.norm_ for t in doc]
        self._doc, self._words = doc, words
        bare = [strip_article(w) for w in words]
        spans: list[Span] = []
        for i in range(len(doc)):
            spans += self._at(doc, words, bare, i)
        if self.cased:
            spans += self._postposed_names(doc, words, bare) + self._appositions(doc, words, bare)
        spans = trained.join(spans, trained.ner_mentions(doc, self.res, spans))  # a trained NER's, if any (off by default)
        chosen = self._one_sense_per_discourse(sorted(filter_spans(spans), key=lambda s: s.start), words, bare)
        chosen = self._placed_towns(doc, words, bare, chosen)
        chosen = self._bodies_named_before(doc, words, bare, chosen)
        if self.cased:
            chosen = self._merge_persons(doc, words, self._drop_qualifiers(doc, words, bare, chosen))
            chosen = sorted(chosen + self._surnames(doc, words, bare, chosen), key=lambda s: s.start)
        if self.group_anaphors:
            chosen = sorted(chosen + self._group_anaphors(doc, words, chosen), key=lambda s: s.start)
        doc.spans["kg_mentions"] = chosen
        doc.ents = [s for s in chosen if s._.kg.get("rule") in ("kb", "title", "ner")]
        return doc

    def _one_sense_per_discourse(self, spans: list[Span], words, bare) -> list[Span]:
        """A one-word KB name that is also a common word (ترأس/Truss, الأسد "the lion") counts only
        after a title or once the article has named the same entity in full."""
        named: set[str] = set()
        kept = []
        countries = self._countries_named(spans)
        for span in spans:
            if self._stray_town(span, words, bare, countries):
                continue
            if span.kb_id_ and len(span) == 1 and span.label_ not in _PLACE_TYPES and self._common(words[span.start], span.label_):
                titled = span.start > 0 and (self.lex.titles.longest(bare, span.start - 1)[0] or
                                             self.res.demonyms.longest(bare, span.start - 1)[0])
                if not titled and span.kb_id_ not in named:
                    continue
            if span.kb_id_:
                named.add(span.kb_id_)
            kept.append(span)
        return kept

    def _bodies_named_before(self, doc: Doc, words, bare, spans: list[Span]) -> list[Span]:
        """"الميليشيا", "الحركة", "الجماعة", "the militia": a body called only by its kind is the one armed group or
        organisation the article names that goes by that word ("ميليشيا الدعم السريع", "حركة حماس", "جماعة الحوثي",
        in the text or in its KB names); when the article names none, or two, it stays unnamed."""
        named: dict[str, set[str]] = {}
        for span in spans:
            entry = self.res.kb.entries.get(span.kb_id_) if span.kb_id_ else None
            if span.label_ in _INSTITUTION_TYPES and len(span) > 1 and (entry is None or entry.type not in ("ArmedGroup", "Organization")):
                named.setdefault(bare[span.start], set()).add(span.text)  # "حركة الجهاد", "وكالة ميزان": another of that kind
            if entry is None or entry.type not in ("ArmedGroup", "Organization"):
                continue  # (not "الحكومة", "الجيش": those are most often the article's own country's, named or not)
            for k in range(span.start, span.end):  # the words the text itself calls it by
                named.setdefault(bare[k], set()).add(entry.id)
            for name in entry.names(self.res.language):  # and the words of its other names
                for word in fold_phrase(name, self.res.language):
                    named.setdefault(strip_article(word), set()).add(entry.id)
        out = []
        for span in spans:
            ids = named.get(bare[span.end - 1], set()) if span._.kg.get("rule") == "title-alone" and len(span) == 1 else set()
            entry = self.res.kb.entries.get(next(iter(ids))) if len(ids) == 1 else None
            if entry is not None:
                linked = self._span(doc, span.start, span.end, entry.type, "kb", kb_id=entry.id)
                linked._.kg = {**linked._.kg, "rule": "kind"}  # (named by its kind; the KB entry the article named)
                span = linked
            out.append(span)
        return out

    def _guarded_town(self, words, bare, i: int):
        ids = self.res.guarded_names.longest(words, i)[1] or self.res.guarded_names.longest(bare, i)[1]
        return self.res.kb.entries.get(ids[0]) if ids else None

    def _placed_towns(self, doc: Doc, words, bare, spans: list[Span]) -> list[Span]:
        """"في جنين", "إلى صور": a town name that looks like a word (جنين "fetus") is the town after a
        place preposition, in an article set in the town's country."""
        countries = self._countries_named(spans)
        covered = {i for s in spans for i in range(s.start, s.end)}
        added = []
        for i in range(1, len(doc)):
            if i in covered or words[i - 1] not in self.location_words:
                continue
            town = self._guarded_town(words, bare, i)
            if town is not None and (town.country or "").upper() in countries:
                added.append(self._span(doc, i, i + 1, town.type, "kb", kb_id=town.id))
        return sorted(spans + added, key=lambda s: s.start) if added else spans

    def _countries_named(self, spans: list[Span]) -> set[str]:
        """The countries an article names, by name or demonym ("إسرائيلية"): the setting that makes a
        small town's name a place rather than a word."""
        out = set()
        for span in spans:
            entry = self.res.kb.entries.get(span.kb_id_) if span.kb_id_ and span.label_ != "City" else None
            if entry is not None and entry.country:  # a country's own code, or where a person or body is from
                out.add(entry.country.upper())
            if span._.kg.get("country"):
                out.add(span._.kg["country"].upper())
        return out

    def _stray_town(self, span: Span, words, bare, countries: set[str]) -> bool:
        """A small foreign town whose name is a common word ("القصر" the palace is El Kseur in Algeria,
        "معسكر" a camp is Mascara) is the word, unless a title names it a place ("مدينة القصر") or the
        article is set in the town's country."""
        if len(span) != 1 or not span.kb_id_ or span.label_ != "City":
            return False
        entry = self.res.kb.entries.get(span.kb_id_)
        if entry is None or entry.population >= STRAY_TOWN_POPULATION or (entry.country or "").upper() in countries:
            return False
        if not (words[span.start] in self.lex.nouns or bare[span.start] in self.lex.nouns):
            return False
        return not (span.start > 0 and self.lex.titles.longest(bare, span.start - 1)[0])

    def _common(self, word: str, entity_type: str = "Person") -> bool:
        # a verb (ترأس read as Truss), a common noun (الأسد "the lion") or a closed-class word;
        # an adjective that happens to equal a surname (ماكرون) does not count. A movement or party
        # named by a noun (حماس "zeal") is that noun far less often than a surname (سلام "peace") or an
        # outlet (العربية "Arab", الجزيرة "the island") is.
        noun = word in self.lex.nouns or strip_article(word) in self.lex.nouns
        return (word in self.lex.verbs_only or word in self.closed_words
                or noun and entity_type in ("Person", "Media"))

    def _at(self, doc: Doc, words: list[str], bare: list[str], i: int) -> list[Span]:
        found = []
        size, ids = self._kb_name(doc, words, i)
        if size:
            entry = self.res.kb.entries[ids[0]]
            found.append(self._span(doc, i, i + size, entry.type, "kb", kb_id=entry.id))
        size, types = self.lex.titles.longest(words, i) if not size else (0, [])
        if not size and not (self.cased and found):
            size, types = self.lex.titles.longest(bare, i)
        if size and self.cased and types[0] != "Person" and types[0] in _NAMED_BY_TITLE and doc[i].text[:1].isupper() \
                and not doc[i].is_sent_start:
            size = 0  # "City Hall", "Port Sudan": a capitalised place word is part of a name
        if size and self.left and types[0] != "Person" and self._hyphen_after(doc, words, i + size):
            size = 0  # "army-backed government": the word only qualifies what follows
        if size and types[0] == "Capital":
            found += self._capital(doc, words, bare, i, i + size)
        elif size:
            if self.left:
                found += self._titled_left(doc, words, bare, i, i + size, types[0])
            else:
                found += self._titled(doc, words, bare, i + size, types[0])
        size, groups = self.lex.groups.longest(bare, i)
        if size and self.left and self._hyphen_after(doc, words, i + size):
            size = 0  # "army-held areas": the group word only qualifies what follows
        if size and not self._trigger_noun(words, bare, i, size):
            group = self._group_left if self.left else self._group
            found += group(doc, words, bare, i, i + size, *groups[0])
        dsize, isos = self.res.demonyms.longest(bare, i)
        if dsize and self.cased and not doc[i].text[:1].isupper():
            dsize = 0  # "us" is not the US
        if dsize and self.lex.function_words.longest(words, i)[0] >= dsize:
            dsize = 0  # "بأن" (that) folds like "ألبان" (Albanians) once the article is off: the particle wins
        usize, units = self.lex.units.longest(bare, i) if not found and not self.left else (0, [])
        if usize and self.res.demonyms.longest(bare, i + usize)[0] and not self.lex.groups.longest(bare, i)[0] \
                and not self._trigger_noun(words, bare, i) and units[0] not in self.people_units:
            # ("غارات إسرائيلية" are Israel's strikes, an event; "ناشطين إسرائيليين" are people)
            # "مسيرة إسرائيلية", "سفينة روسية": a counted thing of a nation is that nation's, and no count
            d2, isos2 = self.res.demonyms.longest(bare, i + usize)
            found.append(self._span(doc, i, i + usize + d2, "Object", "group", english=units[0], country=isos2[0]))
            return found
        if dsize and not found and not self._title_length(words, bare, i) and not (
                i > 0 and not self.left and self.lex.groups.longest(bare, i - 1)[0]) and not (
                self.left and self._before_title(words, bare, i + dsize)):  # "الرئيس الأمريكي": part of the title
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

    # ---- names in languages that capitalise them and put modifiers first (English) ----

    def _kb_name(self, doc: Doc, words, i: int) -> tuple[int, list[str]]:
        size, ids = self.names.longest(words, i)
        if size and self.cased and not self._cased_name(doc, words, i, size):
            return 0, []
        if size == 1 and self.cased and i + 1 < len(doc) and doc[i].whitespace_ and self._name_word(doc, words, words, i + 1) \
                and not self.names.longest(words, i + 1)[0] and not self.postposed.longest(words, i + 1)[0]:
            entries = self.res.entries(ids)
            if entries and entries[0].origin.startswith("kb/places.tsv"):
                return 0, []  # "Meridian Wire", "Suez Canal": a gazetteer word inside a longer name
        return size, ids

    def _cased_name(self, doc: Doc, words, i: int, size: int) -> bool:
        """A name has a capital letter; a one-word name that is also a word of the tables (who, us)
        is written in capitals or capitalised inside the sentence."""
        tokens = doc[i:i + size]
        if not any(ch.isupper() for t in tokens for ch in t.text):
            return False
        if size == 1 and (words[i] in self.table_words or self.lex.function_words.get((words[i],))):
            text = doc[i].text
            return text.isupper() and len(text) > 1 or (text[:1].isupper() and not doc[i].is_sent_start)
        return True

    def _is_possessive(self, words, i: int) -> bool:
        return 0 <= i < len(words) and words[i] in self.possessive

    def _name_word(self, doc: Doc, words, bare, i: int) -> bool:
        """A capitalised word that can be part of a name: not a function, date or number word, not a
        demonym, and, at the start of a sentence, no word the tables know ("The", "Drones")."""
        token = doc[i]
        text = token.text
        if not text[:1].isupper() or not any(ch.isalpha() for ch in text) or len(text) < 2 and not text.isupper():
            return False
        for part in (self.lex.function_words, self.lex.dates, self.lex.numbers, self.lex.approx, self.lex.negation,
                     self.lex.modality):
            if part.get((words[i],)):
                return False
        if self.res.demonyms.longest(bare, i)[0] and not self.names.longest(words, i)[0]:
            return False
        if token.is_sent_start and words[i] in self.table_words and not self.names.longest(words, i)[0]:
            return False
        return "Person" not in self.lex.titles.get((words[i],))  # "President", "General" begin a title

    def _name_run(self, doc: Doc, words, bare, j: int, limit: int = MAX_RUN) -> int:
        """The end of the run of capitalised words from j ("Ahmed al - Sharaa", "Kursk II"), or j."""
        end, k, count = j, j, 0
        stop = doc[j].sent.end if j < len(doc) else j
        while k < stop and count < limit:
            if self._name_word(doc, words, bare, k):
                k += 1
                count += 1
                end = k
            elif words[k] in self.particles and k + 1 < stop and (words[k + 1] == "-" or self._name_word(doc, words, bare, k + 1)):
                k += 1  # al-, bin
            elif words[k] == "-" and k > j and not doc[k - 1].whitespace_ and k + 1 < stop and not doc[k].whitespace_:
                k += 1
            else:
                break
        return end

    def _name_start(self, doc: Doc, words, bare, end: int, limit: int = MAX_RUN) -> int:
        """The start of the run of capitalised words that ends at `end` (walking left), or `end`."""
        start, k, count = end, end - 1, 0
        sent_start = doc[end - 1].sent.start if end > 0 else 0
        while k >= sent_start and count < limit:
            if self._name_word(doc, words, bare, k):
                start, count = k, count + 1
                k -= 1
            elif words[k] == "-" and k - 1 > sent_start and start == k + 1 and words[k - 1] in self.particles:
                k -= 2  # "Bab al-Mandab"
                if k >= sent_start and self._name_word(doc, words, bare, k):
                    start = k + 1
                else:
                    break
            else:
                break
        while start < end and not self._name_word(doc, words, bare, start):
            start += 1
        return start

    def _country_before(self, doc: Doc, words, bare, end: int) -> tuple[int, str]:
        """(start, ISO2) of a demonym ("Ukrainian", "North Korean") or a possessive or bare country name
        ("Russia's", "US") ending at `end`, after an optional determiner; (end, "") if there is none."""
        for size in range(1, 4):
            k = end - size
            if k >= 0 and self.res.demonyms.longest(bare, k)[0] == size and doc[k].text[:1].isupper():
                return k, self.res.demonyms.longest(bare, k)[1][0]
        name_end = end - 1 if self._is_possessive(words, end - 1) else end
        for size in range(1, 5):
            k = name_end - size
            if k < 0:
                break
            ksize, ids = self._kb_name(doc, words, k)
            entries = self.res.entries(ids)
            if ksize == size and entries and entries[0].type == "Country":
                return k, entries[0].country or entries[0].id.split("/")[-1]
        return end, ""

    def _before_title(self, words, bare, k: int) -> bool:
        """A title follows, after a possessive and up to two lower-case words: the qualifier is part of it."""
        k += 1 if self._is_possessive(words, k) else 0
        for _ in range(MAX_ADJECTIVES + 1):
            if k >= len(words):
                return False
            if self.lex.titles.longest(words, k)[0] or self.lex.titles.longest(bare, k)[0]:
                return True
            if self.lex.function_words.get((words[k],)) or not words[k].isalpha():
                return False
            k += 1
        return False

    def _titled_left(self, doc: Doc, words, bare, start: int, j: int, entity_type: str) -> list[Span]:
        """English titles: "President X Y", "the region's governor, X Y", "the Israeli government",
        "Russia's defence ministry", "the government of Sudan", "the port of Hodeidah"."""
        if entity_type in _INSTITUTION_TYPES:
            first, iso = self._country_before(doc, words, bare, start)
            if not iso and j + 1 < len(doc) and words[j] in self.genitive_preps:
                ksize, ids = self._kb_name(doc, words, j + 1)
                entries = self.res.entries(ids)
                if ksize and entries and entries[0].type == "Country":
                    iso = entries[0].country or entries[0].id.split("/")[-1]
                    return [self._span(doc, start, j + 1 + ksize, entity_type, "title", country=iso)]
            if iso:
                if first > 0 and self.lex.function_words.get((words[first - 1],)) == ["det"]:
                    first -= 1
                return [self._span(doc, first, j, entity_type, "title", country=iso)]
        if entity_type not in _NAMED_BY_TITLE or j >= len(doc):
            return []
        if entity_type == "Person" and words[j] == "," and j + 1 < len(doc) and self._name_run(doc, words, bare, j + 1) >= j + 3:
            j += 1  # "the region's acting governor, Alexander Khinshtein"
        if entity_type != "Person" and words[j] in self.genitive_preps and j + 1 < len(doc):
            j += 1  # "the city of Kurchatov" when the title is listed without "of"
        end = self._name_run(doc, words, bare, j)
        ksize, ids = self._kb_name(doc, words, j)
        if ksize and ksize >= end - j:
            if entity_type == "Facility":  # "the port of Hodeidah": the facility, not the city
                return [self._span(doc, start, j + ksize, entity_type, "title")]
            return []  # a KB name follows; the KB match is the mention
        if end == j:
            return []
        if entity_type == "Facility":
            return [self._span(doc, start, end, entity_type, "title")]
        return [self._span(doc, j, end, entity_type, "title", kb_id=self._person_id(words, end) if entity_type == "Person" else "")]

    def _person_id(self, words, end: int) -> str:
        """The KB person a name ends with: "Abbas Araqchi" is the KB's Abbas Araghchi (alias Araqchi)."""
        for size in (2, 1):
            if end - size >= 0 and self.names.longest(words, end - size)[0] == size:
                entries = self.res.entries(self.names.longest(words, end - size)[1])
                if entries and entries[0].type == "Person":
                    return entries[0].id
        return ""

    def _group_left(self, doc: Doc, words, bare, start: int, head_end: int, english: str, entity_type: str) -> list[Span]:
        """"Ukrainian forces", "North Korean soldiers", "Russia's forces", "US troops", "forces of Russia"."""
        first, country = self._country_before(doc, words, bare, start)
        end = head_end
        if self._kb_name(doc, words, first)[0] == end - first:
            return []  # "Ukrainian forces" is a KB alias of the Armed Forces of Ukraine
        if not country and end + 1 < len(doc) and words[end] in self.genitive_preps:
            ksize, ids = self._kb_name(doc, words, end + 1)
            entries = self.res.entries(ids)
            if ksize and entries and entries[0].type == "Country":
                country, end = entries[0].country or entries[0].id.split("/")[-1], end + 1 + ksize
        return [self._span(doc, first, end, entity_type, "group", english=english, country=country)]

    def _postposed_names(self, doc: Doc, words, bare) -> list[Span]:
        """"Zamzam camp", "Port Sudan airport", "the Kursk II nuclear power plant", "Martyrs' Square",
        "the Tasnim news agency": capitalised words before a word of postposed.tsv."""
        found = []
        for i in range(1, len(doc)):
            size, types = self.postposed.longest(words, i)
            if not size:
                continue
            end = i - 1 if words[i - 1] == "'" else i  # "Martyrs' Square"
            start = self._name_start(doc, words, bare, end)
            if start == end:
                continue
            if i + size + 1 < len(doc) and words[i + size] in self.genitive_preps and self._name_word(doc, words, bare, i + size + 1):
                continue  # "the Red Sea port of Hodeidah": the title comes first
            if start < end and self._is_possessive(words, start - 1):
                continue  # "Russia's Kursk region" is found by the KB; "Sudan's army" is a group
            ksize, ids = self._kb_name(doc, words, start)
            entries = self.res.entries(ids)
            entity_type = types[0]
            if ksize and start + ksize >= i + size:
                continue  # "European Union", "Rapid Support Forces": a KB name that ends with the word
            if ksize == end - start and entries and entity_type in ("Region", "City") and entries[0].type in _PLACE_TYPES:
                continue  # "Donetsk province": the KB's Donetsk
            if ksize == end - start and entries and entries[0].type not in _PLACE_TYPES:
                continue  # "Hamas movement", "Putin administration": the KB entry is meant
            found.append(self._span(doc, start, i + size, entity_type, "title"))
        return found

    def _appositions(self, doc: Doc, words, bare) -> list[Span]:
        """"Alexander Khinshtein, the region's acting governor,": a name, a comma, and a person's title."""
        found = []
        for i in range(len(doc)):
            if i > 0 and self._name_word(doc, words, bare, i - 1):
                continue
            end = self._name_run(doc, words, bare, i)
            if end == i or end >= len(doc) or words[end] != ",":
                continue
            if end - i == 1 and doc[i].is_sent_start and not self.names.longest(words, i)[0]:
                continue
            if end - i >= 2 and i >= 2 and words[i - 1] == "," and any(  # "the head of the IT department, Musab Msallam,"
                    "Person" in self.lex.titles.longest(words, b)[1] for b in range(max(doc[i].sent.start, i - 10), i - 1)
                    if b == doc[i].sent.start or words[b - 1] in ("the", ",")):
                found.append(self._span(doc, i, end, "Person", "title", kb_id=self._person_id(words, end)))
                continue
            k = end + 1
            if k < len(doc) and self.lex.function_words.get((words[k],)) == ["det"]:
                k += 1
            first, _ = self._country_before(doc, words, bare, k)
            while k + 1 < len(doc) and self._is_possessive(words, k + 1):
                k += 2  # "the region's"
            for _ in range(MAX_ADJECTIVES + 1):
                if k >= len(doc):
                    break
                size, types = self.lex.titles.longest(words, k)
                if size and "Person" in types:
                    ksize, ids = self._kb_name(doc, words, i)
                    if ksize != end - i:
                        found.append(self._span(doc, i, end, "Person", "title", kb_id=self._person_id(words, end)))
                    break
                if self.res.demonyms.longest(bare, k)[0] or words[k].isalpha() and not self.lex.function_words.get((words[k],)):
                    k += 1
                else:
                    break
        return found

    def _drop_qualifiers(self, doc: Doc, words, bare, spans: list[Span]) -> list[Span]:
        """"Russian President Vladimir Putin", "Syria's interim President Ahmed al-Sharaa", "US President
        Donald Trump": the country qualifies the title of the person named after it, as "الرئيس الروسي" does
        in Arabic. "Russia's Kursk region", "Tripoli's Martyrs' Square": a possessive before another name."""
        starts = {s.start: s for s in spans}
        dropped = set()
        for span in spans:
            if span.label_ not in _QUALIFIER_TYPES or span._.kg.get("rule") not in ("kb", "demonym"):
                continue
            k = span.end
            if self._is_possessive(words, k):
                nxt = starts.get(k + 1)
                if nxt is not None and nxt.label_ != "Country" and nxt._.kg.get("rule") in ("kb", "title") and (
                        nxt.label_ != "Person" or span.label_ == "Country"):
                    dropped.add(span.start)
                    continue
            if not self._before_title(words, bare, k):
                continue
            k += 1 if self._is_possessive(words, k) else 0
            for _ in range(MAX_ADJECTIVES + 1):
                size = max(self.lex.titles.longest(words, k)[0], self.lex.titles.longest(bare, k)[0])
                if size:
                    break
                k += 1
            k += size
            if k < len(doc) and words[k] == ",":
                k += 1
            person = starts.get(k)
            if person is not None and person.label_ == "Person":
                dropped.add(span.start)
        return [s for s in spans if s.start not in dropped]

    def _merge_persons(self, doc: Doc, words, spans: list[Span]) -> list[Span]:
        """"Abbas Araqchi": two KB persons side by side are one name; the last decides who."""
        merged: list[Span] = []
        for span in spans:
            prev = merged[-1] if merged else None
            if (prev is not None and prev.end == span.start and prev.label_ == "Person" == span.label_
                    and prev._.kg.get("rule") == "kb" and span._.kg.get("rule") in ("kb", "title")
                    and not doc[prev.end - 1].whitespace_ == "" and doc[prev.end - 1].is_alpha):
                merged[-1] = self._span(doc, prev.start, span.end, "Person", span._.kg.get("rule"),
                                        kb_id=span.kb_id_ or prev.kb_id_)
                continue
            merged.append(span)
        return merged

    @staticmethod
    def _hyphen_after(doc: Doc, words, end: int) -> bool:
        return 0 < end and end + 1 < len(doc) and words[end] == "-" and not doc[end - 1].whitespace_

    def _surnames(self, doc: Doc, words, bare, spans: list[Span]) -> list[Span]:
        """"Home Secretary Yvette Cooper ... Cooper said": a person the KB lacks, once named in full, is
        named again by the last word of the name alone (names_capitalised languages)."""
        persons: dict[str, Span] = {}
        for span in spans:
            if span.label_ == "Person" and len(span) >= 2 and span._.kg.get("rule") in ("kb", "title"):
                persons.setdefault(words[span.end - 1], span)
        if not persons:
            return []
        if self._other_name_words is None:  # "Houthi" is also a word of "Houthi movement": no surname
            self._other_name_words = frozenset(w for key, ids in self.names.entries.items() for w in key
                                               if any(e.type not in _PLACE_TYPES | {"Person"} for e in self.res.entries(ids)))
        covered = {i for span in spans for i in range(span.start, span.end)}
        found = []
        for i in range(len(doc)):
            full = persons.get(words[i])
            if full is None or i in covered or i in range(full.start, full.end) or not self._name_word(doc, words, bare, i) \
                    or self.names.longest(words, i)[0] or self.res.demonyms.longest(bare, i)[0] or words[i] in self._other_name_words:
                continue
            nxt = i + 1 < len(doc) and doc[i + 1]
            if nxt and nxt.is_alpha and nxt.text.islower() and not self.lex.function_words.get((words[i + 1],)) \
                    and not self.lex.senses.longest(words, i + 1)[0] or i > 0 and self.lex.function_words.get((words[i - 1],)) == ["det"]:
                continue  # "a Houthi missile", "Houthi targets": a word before a noun, no person
            if i + 1 < len(doc) and self._name_word(doc, words, bare, i + 1) \
                    or i > 0 and not doc[i].is_sent_start and self._name_word(doc, words, bare, i - 1):
                continue  # part of a longer name
            found.append(self._span(doc, i, i + 1, "Person", full._.kg.get("rule"), kb_id=full.kb_id_))
        return found

    def _group_anaphors(self, doc: Doc, words, spans: list[Span]) -> list[Span]:
        """"Hamas said ... The group denied": "the group" names again the armed group named last, in this sentence
        or the two before; none named there, no guess."""
        covered = {i for span in spans for i in range(span.start, span.end)}
        named = [s for s in spans if s.label_ in ANAPHOR_TYPES and s.kb_id_ and s._.kg.get("rule") in ("kb", "title")]
        sents = list(doc.sents)
        found = []
        for i in range(1, len(doc)):
            if words[i] not in self.group_anaphors or i in covered or self.lex.function_words.get((words[i - 1],)) != ["det"] \
                    or words[i - 1] != "the" or i + 1 < len(doc) and (words[i + 1] in self.possessive or doc[i + 1].is_alpha
                                                                    and doc[i + 1].is_lower and not self.lex.function_words.get((words[i + 1],))
                                                                    and not self.lex.senses.longest(words, i + 1)[0]):
                continue  # "the group's prime minister" is someone else; "the group stage" is a noun phrase of its own
            sent = next(k for k, s in enumerate(sents) if s.start <= i < s.end)
            window = sents[max(0, sent - 2)].start
            antecedent = next((s for s in reversed(named) if window <= s.start and s.end <= i - 1), None)
            if antecedent is not None:
                found.append(self._span(doc, i - 1, i + 1, antecedent.label_, antecedent._.kg.get("rule"), kb_id=antecedent.kb_id_,
                                        english=antecedent._.kg.get("english", ""), country=antecedent._.kg.get("country", "")))
        return found

    def _trigger_noun(self, words, bare, i: int, group_size: int = 1) -> bool:
        """Event nouns (عقوبات, محادثات) are triggers, not groups, even when groups.tsv lists them; a longer group
        whose event noun only qualifies its head ("aid agencies", "aid workers") is the group."""
        for table_words in (words, bare):
            size, senses = self.lex.senses.longest(table_words, i)
            if size and size >= group_size and any(s.kind == "trigger" and s.pos == "noun" for s in senses):
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
            if dsize == 0 and entry is not None and entry.type == "Country" and entity_type in _INSTITUTION_TYPES \
                    and words[start - 1] == bare[start - 1]:  # (construct: "حكومة الإمارات", not "الحكومة الإمارات")
                # "حكومة السودان", "سفارة الولايات المتحدة": an institution of that country
                return [self._span(doc, start - self._title_length(words, bare, start), j + ksize, entity_type,
                                   "title", country=entry.country or entry.id.split("/")[-1])]
            if dsize == 0 and entity_type in _INSTITUTION_TYPES and words[start - 1] != bare[start - 1] \
                    and self._title_length(words, bare, start) == 1:
                # "اتهمت الحكومة الإمارات": a definite title is no construct; it stands alone, the name is the next role
                return [self._span(doc, start - 1, start, entity_type, "title-alone")]
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
        title_start = start - self._title_length(words, bare, start)
        definite = words[start - 1] != bare[start - 1] or title_start > 0 and self.lex.function_words.get(
            (words[title_start - 1],)) == ["det"]  # "الجيش", "the court"
        located = j + 1 < len(doc) and words[j] in self.place_preps and self.res.names.longest(words, j + 1)[0]
        definite = definite or bool(located)  # "محكمة في إسطنبول": a court, placed
        if entity_type in _INSTITUTION_TYPES and not dsize and definite \
                and self._title_length(words, bare, start) and not (j < len(doc) and self._content_word(doc[j], words, j)):
            # "الجيش", "الحكومة" alone: this article's army or government, whose country it does not say
            return [self._span(doc, start - self._title_length(words, bare, start), start, entity_type, "title-alone")]
        if entity_type in _INSTITUTION_TYPES and not dsize and not self.left and j + 1 < len(doc) and words[j] != bare[j] \
                and self._content_word(doc[j], words, j) and not self._content_word(doc[j + 1], words, j + 1) \
                and not self.res.demonyms.longest(bare, j + 1)[0]:
            # "وزارة الدفاع", "وزارة الداخلية": a ministry named by its portfolio, the article's own country's
            return [self._span(doc, start - self._title_length(words, bare, start), j + 1, entity_type, "title-alone")]
        end = j + ksize
        if entity_type not in _NAMED_BY_TITLE:
            return []  # "قوات X" with an unknown X is too often no name at all
        town = self._guarded_town(words, bare, j) if entity_type in ("City", "Region") and j < len(doc) else None
        if town is not None:  # "مخيم جنين", "مدينة صور": the title says the word is the town
            return [self._span(doc, j, j + 1, town.type, "kb", kb_id=town.id)]
        named = self._facility_word if entity_type == "Facility" else (
            lambda k: self._unknown_word(doc[k]) or doc[k - 1].whitespace_ and (
                entity_type == "Person" and self._name_only_word(words, bare, k)
                or entity_type == "City" and k == j and self._place_noun(doc, words, bare, k)))
        after_given = False
        while end < len(doc) and end - j < MAX_NAME_WORDS:
            given = self._given_name(doc, words, end) if entity_type == "Person" and doc[end - 1].whitespace_ else 0
            if given and not self.names.longest(words, end)[0]:
                end += given  # "علي يرلي قايا", "عبد الله باتيلي": a first name that is also a word
                after_given = True
            elif named(end) or after_given and words[end] != bare[end] and self._content_word(doc[end], words, end) \
                    and not self.res.demonyms.longest(bare, end)[0]:
                end += 1  # ("جمال الحسيني": after a first name, a family name written with the article)
                after_given = False
            else:
                break
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
        if end + 1 < len(doc) and words[end] in self.complement_preps:
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
                conjuncts = 0
                while end < len(doc) and end - head_end - conjuncts < MAX_GROUP_TAIL and self._content_word(doc[end], words, end):
                    end += 1
                    if self._adjective_conjunct(doc, words, bare, end):
                        end, conjuncts = end + 2, conjuncts + 2  # "منشآت نووية وعسكرية": and a second adjective
                dsize, isos = self.res.demonyms.longest(bare, end)
                if dsize:
                    country, end = isos[0], end + dsize
        return [self._span(doc, start, end, entity_type, "group", english=english, country=country)]

    def _adjective_conjunct(self, doc: Doc, words, bare, conj: int) -> bool:
        """"و" + an adjective as definite or indefinite as the word before it ("نووية وعسكرية")."""
        k = conj + 1
        return k < len(doc) and self.lex.function_words.get((words[conj],)) == ["conj"] and self.lex.is_adjective(words[k]) \
            and self._content_word(doc[k], words, k) and (words[k] != bare[k]) == (words[conj - 1] != bare[conj - 1])

    def _unknown_word(self, token) -> bool:
        return (token.is_alpha and token.norm_ not in self.res.vocabulary
                and strip_article(token.norm_) not in self.res.vocabulary and len(token.text) > 1
                and not self.lex.clitic_on_article(token.norm_))

    def _given_name(self, doc: Doc, words, i: int) -> int:
        """How many tokens a given name from given_names.tsv spans at i, written as listed: "علي" the name, not "على"
        the preposition that folds like it."""
        size, forms = self.lex.given_names.longest(words, i)
        if not size:
            return 0
        written = " ".join(_unmarked(t.text) for t in doc[i:i + size])
        return size if any(written == _unmarked(form) for form in forms) else 0

    def _name_only_word(self, words, bare, i: int) -> bool:
        """A word of some KB name that is no ordinary word ("برونو", "Carlos"), when it is no name of its own here: after a title
        it may begin or continue a name the KB lacks ("وزير الداخلية الفرنسي برونو روتايو")."""
        return words[i] in self.res.name_only_words and not self.names.longest(words, i)[0] \
            and not self.res.demonyms.longest(bare, i)[0]

    def _place_noun(self, doc: Doc, words, bare, i: int) -> bool:
        """After a town title, a plain noun names the town ("مخيم زمزم", "قرية الفندق", "مخيم الشاطئ"); an
        adjective ("مدينة ساحلية") or a group noun ("مخيم النازحين") describes it."""
        word = bare[i]
        return word in self.lex.nouns and word not in self.lex.adjectives and self._content_word(doc[i], words, i) \
            and not self.res.demonyms.longest(bare, i)[0]

    def _facility_word(self, i: int) -> bool:
        """Hospitals and complexes are named with ordinary words ("مجمع ناصر الطبي", "مستشفى الشفاء"):
        after a facility title any word that is no function word, date or number continues the name."""
        token = self._doc[i]
        if not token.is_alpha or len(token.text) < 2:
            return False
        words = self._words
        return not any(known.longest(words, i)[0] for known in (self.lex.function_words, self.lex.dates, self.lex.numbers,
                                                                   self.lex.negation, self.lex.modality, self.lex.titles))

    def _content_word(self, token, words, i) -> bool:
        """A word that can continue a noun phrase: not a function word, trigger, number or name."""
        if not token.is_alpha or len(token.text) < 2:
            return False
        for known in (self.lex.function_words, self.lex.senses, self.lex.dates, self.lex.numbers,
                      self.lex.negation, self.lex.modality, self.lex.approx, self.lex.titles):
            if known.longest(words, i)[0]:
                return False
        return not self.res.names.longest(words, i)[0] and not self.lex.groups.longest([strip_article(w) for w in words[i:i + 3]], 0)[0]

    @staticmethod
    def _span(doc: Doc, start: int, end: int, entity_type: str, rule: str, kb_id: str = "",
              english: str = "", country: str = "") -> Span:
        span = Span(doc, start, end, label=entity_type, kb_id=kb_id)
        span._.kg = {"rule": rule, "english": english, "country": country}
        return span


ANAPHOR_TYPES = frozenset({"ArmedGroup"})  # what "the group" may name again (not the UN or the EU named in between)


def _tokenized_names(names: PhraseTable[str], tokenizer, language: str) -> PhraseTable[str]:
    """The KB names, plus each name with punctuation inside a word cut as the tokenizer cuts running
    text: "al-Sharaa" is the tokens al - Sharaa, "Xi'an" is Xi 'an."""
    table_: PhraseTable[str] = PhraseTable()
    for key, ids in names.entries.items():
        for entry_id in ids:
            table_.add(key, entry_id)
        if any(not ch.isalnum() and not ch.isspace() for w in key for ch in w):
            split = tuple(fold(t.text, language) for t in tokenizer(" ".join(key)) if not t.is_space)
            if split != key:
                for entry_id in ids:
                    table_.add(split, entry_id)
    return table_


_MARKS = str.maketrans("", "", "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640")


def _unmarked(text: str) -> str:
    """The written letters without diacritics and tatweel, but with ى and ي, ة and ه kept apart."""
    return text.translate(_MARKS)
