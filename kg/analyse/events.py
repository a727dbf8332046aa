"""`kg_events`: who did what to whom, where, when, how many, and on whose word.

The component reads one sentence at a time. It finds predicates (event triggers, support verbs,
speech verbs, "according to" phrases) from the lexicon, then fills each trigger's roles from the
mentions, dates and quantities the earlier components found:

- agent: the subject, after the verb (VSO: زار بوتين كورسك) or before it in its clause (SVO: بوتين
  التقى ...); a verb joined by "و" to the previous one shares its subject (وزارت ...); a pronoun on
  a complementizer (إنها) is the speaker;
- patient: a direct object or the object of the trigger's preposition (مع, على, ضد ...), a pronoun on
  the verb points back to the noun phrase before it (اقترحته), and a counted set is a patient with a
  quantity (200 سفينة);
- coordination gives several agents or patients (واشنطن وكييف), a reciprocal patient (بعضهما البعض)
  gives both directions;
- place: "في" + a place; date: the time expression nearest the trigger in its clause, or one that
  opens the sentence;
- source: the speaker of a speech verb whose reported clause holds the event, else an
  "according to" phrase; negation and denial set `negated`; future, planned, attempted and
  hypothetical markers set `modality`.

Results go to `doc._.kg_events` as plain dicts of token indices (`kg.extract` turns them into
`kg.model.Event`), each naming the rule and the lexicon row that produced it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lang.lexicon import Sense
from ..lang.fold import fold, strip_article
from ..model import SYMMETRIC_TYPES
from .resources import Resources, resources
from .trained import dependency_roles

ACTOR_TYPES = frozenset({"Person", "Organization", "Government", "Military", "ArmedGroup", "Media",
                         "Country", "Group"})
# Roles a type can do without: an event with neither agent nor patient is never kept, and these
# types are kept without a patient ("North Korean troops took part in the fighting").
# Types whose patient is a proposal, a deal or a demand's object: a named topic beats a verbal complement.
TOPIC_PATIENT_TYPES = frozenset({"propose", "agree", "reject"})
# Types whose patients are victims: the agent is whoever carried out the attack that caused them.
VICTIM_TYPES = frozenset({"kill"})
ATTACK_TYPES = frozenset({"attack", "fight", "invade"})
# Types whose patient is the subject of the clause they introduce ("demanded that Russia accept").
CLAUSE_ADDRESSEE_TYPES = frozenset({"demand"})
# Types whose patient may be a counted set ("200 سفينة"); a visit or a meeting is not with a count.
COUNTED_PATIENT_TYPES = frozenset({"sanction", "intercept", "kill", "arrest", "attack", "deploy", "aid", "seize", "support", "protest"})
PATIENT_OPTIONAL = frozenset({"fight", "demand"})
QUOTES = frozenset('"«»“”„')
PEOPLE_PATIENT_TYPES = frozenset({"arrest"})  # whose patient must be people
BETWEEN_TYPES = frozenset({"fight", "negotiate", "talk", "meet", "agree"})  # "X بين A و B" names both sides
JOINT_TYPES = frozenset({"agree"})  # "signed a treaty with X": X signed it too
# Types whose patient is the act ordered or offered, not its addressee ("ordered the army to withdraw").
ORDERED_ACT_TYPES = frozenset({"order", "propose"})
# Types a thing (drones, missiles, warships) may be the subject of: it stands for whoever fired it.
OBJECT_AGENT_TYPES = ATTACK_TYPES | VICTIM_TYPES | {"intercept"}
# Speech acts a speaker goes on to do after what they report ("said ... and called on X", "... and accused Y").
SPEAKER_ACT_TYPES = frozenset({"demand", "accuse", "threaten", "propose"})
TARGET_TYPES = frozenset({"threaten"})  # the patient is who the threatened act would hit, not the act
# Types a passive may report without saying who did it ("a police officer was shot dead", "five men were
# arrested"): the victim or detainee is the fact; the agent stays null rather than guessed.
AGENTLESS_PASSIVE_TYPES = frozenset({"kill", "arrest"})
PLACE_TYPES = frozenset({"City", "Region", "Country", "Facility", "Place"})
HOSTILE_TYPES = ATTACK_TYPES | VICTIM_TYPES | frozenset({"sanction", "seize", "arrest"})  # acts a threat may promise
CROWD_TYPES = frozenset({"protest"})  # a count of people can be the actor: "Several hundred people rallied"
TERRITORY_TYPES = frozenset({"recapture"})  # what is retaken is land, never the people driven out of it
# Types whose object, when it is a name we do not know, is a place ("recaptured Moqokori", "visited Nasir").
PLACE_PATIENT_TYPES = frozenset({"seize", "recapture", "visit", "attack", "invade"})
SPEECH_KINDS = frozenset({"say", "claim", "deny"})
# modality.tsv kinds -> the modality an event gets
MODALITY_OF = {"future": "future", "future_prefix": "future", "plan": "planned", "attempt": "attempted",
               "hypothetical": "hypothetical", "hypothetical_clause_initial": "hypothetical", "call": "hypothetical",
               "purpose": "hypothetical", "possible_before_present": "hypothetical", "possible_after_noun": "asserted",
               "infinitive": "hypothetical", "cessation": "hypothetical", "sentence": "planned",
               "hypothetical_modifier": "hypothetical"}
VSO_WINDOW = 7  # tokens a verb's subject may sit after it (titles, adverbs, dates in between)
OBJECT_WINDOW = 5  # words and names an object may stand after its verb (dates and prepositions not counted)
OBJECT_SPAN = 14  # tokens, whatever they are
COMPLEMENT_SPAN = 10  # tokens of an unnamed role filler (quotes and split clitics count)
PHRASE_SPAN = 14  # tokens of the longest form an unnamed filler is labelled with


MEMBER_NOUNS = frozenset({"members", "member", "fighters", "militants"})  # "members of Hamas" are Hamas
HALT_NOUNS = frozenset({"halt", "end", "stop"})  # "a halt to all oil production": the halt is of what follows


@Language.factory("kg_events", default_config={"kb_files": []})
def make_event_matcher(nlp: Language, name: str, *, kb_files: list[str]):
    return EventMatcher(resources(nlp.lang, tuple(kb_files)))


@dataclass
class Predicate:
    """A trigger, support verb, speech verb or 'according to' phrase found in a sentence."""

    start: int
    end: int
    sense: Sense
    agents: list[Span] = field(default_factory=list)
    agent_rule: str = ""
    conjoined: bool = False  # "و" + verb: shares the previous verb's subject
    date: Span | None = None
    scope: tuple[int, int] | None = None  # reported clause of a speech verb
    used: set[int] = field(default_factory=set)  # mention starts taken as its arguments
    support: "Predicate | None" = None  # the support verb of an event noun (شن هجوما)
    possessed: bool = False  # an event noun with a possessive pronoun: "سيطرتها" (its control)
    accusation: list = field(default_factory=list)  # (accuser, accused) pairs of an accuse trigger
    killer: "Span | None" = None  # who caused the deaths or wounds a victim trigger tells of
    subject_event: tuple[int, int] | None = None  # the attack noun that is its subject ("الغارات قتلت")


class EventMatcher:
    def __init__(self, res: Resources):
        self.res = res
        self.lex = res.lexicon
        syntax = res.lexicon.affixes.get("syntax", {})
        self.subject_after_verb = syntax.get("subject_after_verb", True)
        self.passive_auxiliaries = frozenset(syntax.get("passive_auxiliaries", []))
        self.complementizer_optional = syntax.get("complementizer_optional", False)
        self.subject_drop = syntax.get("subject_drop", True)
        self.object_slot_is_noun = syntax.get("object_slot_is_noun", False)
        self.people_units = frozenset(syntax.get("people_units", []))
        self.weapon_units = frozenset(syntax.get("weapon_units", []))
        self.unowned_weapon_attacks = syntax.get("unowned_weapon_attacks", True)
        self.negotiating_groups = frozenset(syntax.get("negotiating_groups", []))
        self.subject_pronouns = frozenset(syntax.get("subject_pronouns", []))
        self.contrast_conjunctions = frozenset(syntax.get("contrast_conjunctions", []))
        self.empty_targets = frozenset(syntax.get("empty_targets", []))
        self.cased = syntax.get("names_capitalised", False)
        self.name_particles = frozenset(fold(p, res.language) for p in syntax.get("name_particles", []))
        self.words: list[str] = []  # the current document's folded words (set per call)
        self.date_tokens: set[int] = set()  # and the tokens of its time expressions
        self.bare: list[str] = []
        self.agreement = {key: [fold(w, res.language) for w in values]
                          for key, values in res.lexicon.affixes.get("agreement", {}).items()}
        roles = res.lexicon.affixes.get("roles", {})
        self.roles = {key: [fold(w, res.language) for w in roles.get(key, [])]
                      for key in ("place", "object", "topic", "complement", "by", "perfect", "predicate", "between", "genitive",
                                                               "purpose", "tie", "suffer", "possessive", "partitive", "temporal", "operation", "vicinity", "deal", "whoever",
                                                               "target", "attackers", "instrument", "characterise", "with")}

    def __call__(self, doc: Doc) -> Doc:
        events: list[dict] = []
        dropped: list[dict] = []
        last_actor: list[Span] = []
        self.words = [t.norm_ for t in doc]  # read once per document, shared by its sentences
        self.bare = [strip_article(w) for w in self.words]
        self.date_tokens = {i for d in doc.spans.get("kg_dates", []) for i in range(d.start, d.end)}
        self.sole_attacker = None
        events, dropped, wanted = self.read_sentences(doc)
        if wanted:
            # an attack or a killing whose author the text leaves to the rest of the article: when the article tells of
            # one side attacking and no other ("قُتل 31 فلسطينيا ..." before the Israeli strikes are named), it is that side
            sides = {}
            for _, agent in self.attackers:
                sides.setdefault(self.side_key(agent), agent)
            if len(sides) == 1:
                self.sole_attacker = next(iter(sides.values()))
                events, dropped, _ = self.read_sentences(doc)
        for frame in events:
            for role in ("agent", "patient", "source"):
                if frame.get(role) is not None:
                    self.add_forms(doc, frame[role])
        doc._.kg_events = events
        doc._.kg_dropped = dropped
        return doc

    def read_sentences(self, doc: Doc) -> tuple[list[dict], list[dict], bool]:
        events: list[dict] = []
        dropped: list[dict] = []
        last_actor: list[Span] = []
        wanted = False
        self.attackers = []  # (sentence number, agent) of the attacks told so far, for "the strike" later on
        for number, sent in enumerate(doc.sents):
            reader = SentenceReader(self, doc, sent, last_actor)
            reader.number = number
            events += reader.read()
            dropped += reader.dropped
            last_actor = reader.last_actor or ([] if reader.unnamed_speaks else last_actor)
            self.attackers += [(number, agent) for agent in reader.attackers]
            wanted = wanted or reader.wanted_attacker
        return events, dropped, wanted

    def side_key(self, agent: Span) -> str:
        """One key per side: a country and its government, army or capital are one side."""
        entry = self.res.kb.entries.get(agent.kb_id_) if agent.kb_id_ else None
        if entry is not None and entry.type == "ArmedGroup":
            return entry.id  # an armed group is its own side, wherever it is
        country = ""
        if entry is not None:
            country = entry.metonym_of.split("/")[-1] if entry.metonym_of.startswith("country/") else (entry.country or "")
        country = country or ((agent._.kg or {}).get("country") or "")
        return country.upper() or agent.kb_id_ or agent.text

    def add_forms(self, doc: Doc, span: Span) -> None:
        """Other forms a reader would name an unnamed role filler by, kept as its alternative labels."""
        info = span._.kg or {}
        if info.get("unit") and "forms" not in info:  # "about 60,000 people in Tawila": the people in Tawila
            counted = info.get("unit_start")
            located = self.located(doc, span) if counted is not None else None
            phrases = self.phrase_forms(doc, span)
            span._.kg = {**info, "forms": ([located[len(doc[span.start:counted].text):].strip()] if located else [])
                         + phrases + [p[len(doc[span.start:counted].text):].strip() for p in phrases if counted]}
            return
        if span.kb_id_ or info.get("rule") in ("kb", "name") or span.label_ in PLACE_TYPES and info.get("rule") != "group" \
                or "forms" in info or info.get("unit"):
            return  # named places need no other forms; unnamed ones ("مناطق واسعة في شمال كردفان") do
        # "sign deportation papers": what an act is done to is also how a reader names it, and so is a topic
        # inside it ("work with Ukraine on a memorandum")
        acted = doc[span.start + 1:span.end].text if info.get("rule") == "act" and len(span) > 1 else None
        topics = [m.text for m in doc.spans.get("kg_mentions", []) if info.get("rule") == "act" and span.start < m.start
                  and m.end <= span.end and m.label_ == "Topic" and (m._.kg or {}).get("rule") == "group"]
        forms = [f for f in (self.located(doc, span), self.core(doc, span), self.with_pronoun(doc, span),
                             *self.quoted_name(doc, span), *self.extended(doc, span), acted, *topics, self.final_name(doc, span),
                             *self.phrase_forms(doc, span))
                 if f and f != span.text]
        span._.kg = {**info, "forms": list(dict.fromkeys(forms))}

    def verb_only(self, j: int) -> bool:
        """A word our lexicons read only as a verb or a speech word ("قصفت", "قال"), not also as a noun ("فرض")."""
        senses = self.lex.senses.longest(self.words, j)[1]
        return bool(senses) and any(s.pos == "verb" or s.kind in SPEECH_KINDS for s in senses) and not any(s.pos == "noun" for s in senses)

    def phrase_forms(self, doc: Doc, span: Span) -> list[str]:
        """The whole noun phrase an unnamed filler heads, as a reader would copy it out ("فصائل تابعة لحكومة دمشق",
        "رجل أدين بالتجسس لصالح جهاز الموساد الإسرائيلي", "عناصر من تنظيم داعش"), and the same cut before each of its
        prepositions: it runs on over adjectives, genitives, prepositional phrases and a coordinated noun of its own
        kind, to a comma, a verb of our lexicons, a clause word or a date."""
        end, cuts, sent_end = span.end, [], doc[span.start].sent.end
        while end < sent_end and end - span.start < PHRASE_SPAN:
            token = doc[end]
            if token.is_punct and token.text not in QUOTES or end in self.date_tokens:
                break
            size, kinds = self.lex.function_words.longest(self.words, end)
            kind = kinds[0] if size else ""
            if kind in ("comp", "comp+pron", "rel", "boundary", "boundary+pron", "aux", "adverb", "agentive") \
                    or self.verb_only(end) \
                    or self.lex.negation.longest(self.words, end)[0] \
                    or any(k not in ("purpose_clitic", "infinitive") for k in self.lex.modality.longest(self.words, end)[1]):
                break  # (the clitic ل of purpose is also "of": "لحكومة دمشق")
            if kind in ("prep", "conj") and end >= span.end:
                cuts.append(end)  # ("حواجز للجيش والأمن الداخلي": and a second noun of the phrase)
            end += max(size, 1)
        while end > span.end and (doc[end - 1].text in QUOTES and doc[end - 1].text not in doc[span.start:end - 1].text
                                  or self.lex.function_words.longest(self.words, end - 1)[0]):
            end -= 1  # no dangling preposition or quote
        forms = [doc[span.start:c].text for c in cuts if span.end < c < end][:3]
        return forms + ([doc[span.start:end].text] if end > span.end else [])

    def final_name(self, doc: Doc, span: Span) -> str | None:
        """"the Cook Islands-flagged Eagle S": the capitalised words a described phrase ends with are its name."""
        if not self.cased or len(span) < 2 or not span[-1].text[:1].isupper() or span[-1].is_sent_start:
            return None
        k = span.end - 1
        while k > span.start and (doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha or doc[k - 1].is_digit):
            k -= 1
        return doc[k:span.end].text if k > span.start and doc[k - 1].is_lower else None

    def extended(self, doc: Doc, span: Span) -> list[str]:
        """"any plan to push Palestinians out of the territory", "a fund for Gaza's reconstruction", "forces
        allied with the government": an unnamed filler with the purpose or tie that follows it, whole and up
        to its first preposition."""
        end = span.end
        # (+ "a peace treaty with Israel", "the 2015 nuclear agreement between Iran and world powers")
        ties = self.roles["tie"] + self.roles["purpose"] + self.roles["with"] + self.roles["between"]
        size = next((len(t.split()) for t in sorted(ties, key=len, reverse=True)
                     if [w.norm_ for w in doc[end:end + len(t.split())]] == t.split()), 0)
        if not size or doc[end].sent.start != span.sent.start:
            return []
        words, sent_end = self.words, doc[span.start].sent.end
        stop, first_prep = end + size, None
        pair = words[end] in self.roles["between"]  # "between Iran and world powers": its "and" joins the two sides
        dated = {i for d in doc.spans.get("kg_dates", []) for i in range(d.start, d.end)}
        while stop < sent_end and stop - end < 10 and not doc[stop].is_punct and stop not in dated \
                and not (stop + 1 in dated and stop > end + size):
            kinds = self.lex.function_words.longest(words, stop)[1]  # ("a peace treaty with Israel in 1994": not the date)
            kind = kinds[0] if kinds else ""
            if kind == "conj" and pair:
                pair = False
            elif kind in ("conj", "comp", "rel", "boundary", "aux") or any(s.pos == "verb" for s in self.lex.senses.longest(words, stop)[1]) \
                    and stop > end + size + 1:
                break
            if kind == "prep" and first_prep is None and stop >= end + size + 1:
                first_prep = stop
            stop += 1
        if stop <= end + size:
            return []
        forms = [doc[span.start:stop].text]
        if first_prep is not None:
            forms.append(doc[span.start:first_prep].text)
        return forms

    def located(self, doc: Doc, span: Span) -> str | None:
        """"محكمة في إسطنبول", "the embassy in Yemen": an unnamed actor with the place the text gives it,
        which also tells such actors apart across articles."""
        end = span.end
        words = [t.norm_ for t in doc[end:end + 3]]
        while end < span.end + 2 and end < len(doc) and doc[end].is_alpha and not self.lex.function_words.longest(words, end - span.end)[0] \
                and doc[end].norm_ not in self.roles["place"] and end + 1 < len(doc) and doc[end + 1].norm_ in self.roles["place"]:
            end += 1  # "مناطق واسعة في شمال كردفان": an adjective before the place
        if end + 1 >= len(doc) or doc[end].sent.start != span.sent.start or doc[end].norm_ not in self.roles["place"]:
            return None
        place = next((m for m in doc.spans.get("kg_mentions", []) if m.start == end + 1), None)
        if place is None and self.cased:  # "people in Tawila": a capitalised name the KB lacks
            stop = end + 1
            while stop < doc[end].sent.end and doc[stop].is_alpha and doc[stop].text[0].isupper() and stop - end <= 3:
                stop += 1
            return doc[span.start:stop].text if stop > end + 1 and not doc[end + 1].is_sent_start else None
        return doc[span.start:place.end].text if place is not None and place.label_ in PLACE_TYPES else None

    @staticmethod
    def quoted_name(doc: Doc, span: Span) -> list[str]:
        """'المدمرة "يو إس إس كارني"', 'the tanker "Eagle S"': a common noun and the name in quotes after it."""
        if span.end + 2 >= len(doc) or doc[span.end].text not in QUOTES:
            return []
        for k in range(span.end + 1, min(len(doc), span.end + 7)):
            if doc[k].text in QUOTES:
                return [doc[span.end + 1:k].text, doc[span.start:k + 1].text] if k > span.end + 1 else []
            if doc[k].is_sent_start:
                break
        return []

    def with_pronoun(self, doc: Doc, span: Span) -> str | None:
        """"أنصاره" as written, when the tokenizer split the pronoun off the group noun."""
        pronouns = self.res.lexicon.affixes.get("clitics", {}).get("suffix_pronouns", [])
        if span.end < len(doc) and not span[-1].whitespace_ and doc[span.end].text in pronouns:
            return doc[span.start:span.end + 1].text
        return None

    def core(self, doc: Doc, span: Span) -> str | None:
        """"استقبال الجرحى" of "استقبال الجرحى عبر معبر رفح": a long phrase up to its first preposition
        or punctuation, at most three words."""
        for j in range(span.start + 1, min(span.end, span.start + 4)):
            size, kinds = self.lex.function_words.longest(self.words, j)
            if doc[j].is_punct or doc[j].text in QUOTES or size and kinds[0] in ("prep", "conj", "rel", "comp"):
                return doc[span.start:j].text
        return doc[span.start:span.start + 3].text if len(span) > 3 else None


class SentenceReader:
    def __init__(self, matcher: EventMatcher, doc: Doc, sent: Span, last_actor: list[Span]):
        self.m, self.lex, self.res = matcher, matcher.lex, matcher.res
        self.doc, self.sent = doc, sent
        self.s, self.e = sent.start, sent.end
        self.words, self.bare = matcher.words, matcher.bare
        self.mentions = [m for m in doc.spans["kg_mentions"] if self.s <= m.start < self.e]
        self.mention_at = {m.start: m for m in self.mentions}
        self.inside = {i: m for m in self.mentions for i in range(m.start, m.end)}
        self.dates = [d for d in doc.spans["kg_dates"] if self.s <= d.start < self.e]
        self.quantities = [q for q in doc.spans["kg_quantities"] if self.s <= q.start < self.e and q._.kg["unit"]]
        self.quantity_at = {q.start: q for q in self.quantities}
        self.in_date = {i for d in self.dates for i in range(d.start, d.end)}
        # a quantity's number words are not triggers; its counted noun may be ("20 غارة")
        self.in_quantity = {i: q for q in self.quantities for i in range(q.start, q._.kg.get("unit_start") or q.end)}
        self.carried = last_actor
        self.last_actor: list[Span] = []
        self.last_actor_spoke = False
        self.unnamed_speaks = False  # a speaker named by a common noun only: the next "He said" is not ours to resolve
        self.function_kind = self._function_kinds()
        self.title_words = self._title_words()
        self.dropped: list[dict] = []
        self._speech: list[Predicate] = []  # speech verbs with a reported clause (assign_speakers)
        self._per_source: list[Span] = []  # an "according to" source for the whole sentence
        self._by_patient: Span | None = None  # "روسيا، بدعم من X": the clause subject a by-noun supports
        self.current_agents: list[Span] = []  # agents of the trigger being read
        self.consumed: set[int] = set()  # attack nouns read as the subject of a verb
        self.attackers: list[Span] = []  # who this sentence says attacked (events kept or not: "الاستهداف الإسرائيلي")
        self.wanted_attacker = False  # an attack's author was looked for in the article and not found yet
        self.number = 0  # the sentence's place in the document

    # ---- word classes -------------------------------------------------------------------
    def fw(self, i: int) -> str:
        """The closed-class kind of token i ('prep', 'adverb', ...), multi-word ones included."""
        return self.function_kind.get(i, "") if self.s <= i < self.e else ""

    def _function_kinds(self) -> dict[int, str]:
        kinds, i = {}, self.s
        while i < self.e:
            size, found = self.lex.function_words.longest(self.words, i)
            if size:
                for j in range(i, i + size):
                    kinds[j] = found[0]
                i += size
            else:
                i += 1
        return kinds

    def is_comp(self, i: int) -> bool:
        """أن, إن, بأن, and the same with a pronoun on them (أنه, إنها)."""
        return self.fw(i) in ("comp", "comp+pron")

    def is_boundary(self, i: int) -> bool:
        return self.fw(i) in ("boundary", "boundary+pron") or self.doc[i].text in (";", "؛", ":", "–", "—", "(", ")")

    def skippable(self, i: int) -> bool:
        """Words that may stand between a verb and its subject: adverbs, titles, demonyms, dates."""
        if i in self.in_date or self.fw(i) in ("adverb", "aux", "quantifier", "det"):
            return True
        return i in self.title_words or self.doc[i].text in ("،", ",")

    def _title_words(self) -> set[int]:
        """Every token of a title or a demonym, multi-word ones whole ("الفريق أول", "كوري شمالي")."""
        covered = set()
        for i in range(self.s, self.e):
            size = max(self.lex.titles.longest(self.words, i)[0], self.lex.titles.longest(self.bare, i)[0],
                       self.res.demonyms.longest(self.bare, i)[0])
            covered.update(range(i, i + size))
        return covered

    def owner(self, mention: Span) -> Span:
        """"مسيرات الدعم السريع", "مسيرات تابعة للدعم السريع": drones act for whoever owns them;
        "Israeli warplanes" carry their owner's country."""
        if mention.label_ != "Object" or mention._.kg.get("country"):
            return mention
        j = mention.end
        if j < self.e and not self.fw(j) and j not in self.inside and j - mention.end < 1:
            j += 1  # "تابعة"
        while j < self.e and self.fw(j) == "prep" and j - mention.end <= 2:
            j += 1
        nxt = self.mention_at.get(j)
        return nxt if nxt is not None and nxt.label_ != "Object" and self.is_actor(nxt) else mention

    def is_actor(self, mention: Span) -> bool:
        """Who can act: people, organisations, countries, groups, and cities that stand for a government."""
        if mention.label_ in ACTOR_TYPES or mention.label_ == "Object" and mention._.kg.get("country"):
            return True
        entry = self.res.kb.get(mention.kb_id_) if mention.kb_id_ else None
        return entry is not None and bool(entry.metonym_of)

    def governed(self, mention: Span, after: int | None = None) -> str:
        """The preposition a mention depends on ('' if none), looking past titles, place words and
        determiners. A preposition before `after` belongs to the trigger ("called on X")."""
        i = mention.start - 1
        while i >= self.s and (self.lex.titles.longest(self.bare, i)[0] or self.res.demonyms.longest(self.bare, i)[0]
                               or self.fw(i) == "det"):
            i -= 1
        if after is not None and i < after:
            return ""
        return self.words[i] if i >= self.s and self.fw(i) == "prep" else ""

    # ---- predicates ---------------------------------------------------------------------
    def predicates(self) -> list[Predicate]:
        found, i = [], self.s
        while i < self.e:
            if i in self.inside or i in self.in_date or i in self.in_quantity:
                i += 1
                continue
            size, senses = self.lex.senses.longest(self.words, i)
            possessed = False
            if not size:
                size, senses = self.lex.senses.longest(self.bare, i)
                senses = [s for s in senses if s.pos == "noun"]  # the article only goes on nouns
            if not size and self.unpossessed(i):
                size, senses = self.lex.senses.longest([self.unpossessed(i)], 0)
                senses = [s for s in senses if s.pos == "noun"]  # "سيطرتها": her control
                possessed = bool(senses)
            if found and found[-1].end == i and found[-1].sense.kind == "trigger" and self.fw(i) == "transparent":
                senses = []  # "استعادت السيطرة على": control is the verb's complement, not a seizing of its own
            elif size == 1 and self.fw(i) and not (possessed and self.fw(i) == "transparent") and not self.result_verb(i, senses):
                senses = []  # قبل "before", عبر "via": the function word reading wins (but "سيطرتها" is her seizing)
            senses = [s for s in senses if self.requirement_met(s, i, i + size)]
            if i > self.s and self.fw(i - 1) in ("det", "prep", "cause") or i > self.s and self.words[i - 1] in ("'s", "’s"):
                senses = [s for s in senses if s.pos == "noun"]  # "the summit's host", "منذ استعادتها": no verbs
            elif (self.modifier_name_before(i) or self.noun_position(i, senses)) and any(s.pos == "noun" for s in senses):
                senses = [s for s in senses if s.pos == "noun"]  # "a US strike on", "all US sanctions on Syria" (not "in Libya said")
            if senses and found and self.cognate(found[-1], i, senses):
                # "ترفض رفضا قاطعا نشر قوات": the verb's own verbal noun (and its adjectives) says how, not what
                end = i + size
                while end < self.e and self.lex.adjectives and self.lex.is_adjective(self.words[end]):
                    end += 1
                found[-1].end = end
                i = end
                continue
            if not senses:
                i += max(size, 1)
                continue
            if found and (found[-1].sense.kind == "light" or not self.m.subject_after_verb and found[-1].sense.pos == "verb"
                          and found[-1].sense.event_type in TOPIC_PATIENT_TYPES and i > found[-1].end) \
                    and all(self.fw(k) in ("det", "quantifier") for k in range(found[-1].end, i)):
                senses = [s for s in senses if s.pos == "noun"] or senses  # "announced sanctions": the noun
            elif i > self.s and self.words[i - 1] in self.m.roles["operation"] and any(s.pos == "noun" for s in senses):
                senses = [s for s in senses if s.pos == "noun"]  # "400 عملية توغل": an operation of incursion
            elif self.m.object_slot_is_noun and self.after_plain_verb(i) and any(s.pos == "noun" for s in senses):
                senses = [s for s in senses if s.pos == "noun"]  # 'انتهكت "حظر دخول الموانئ"': the object of a verb
            elif self.m.object_slot_is_noun and found and found[-1].sense.pos == "verb" and self.object_position(found[-1].end, i) \
                    and not any(s.pos == "verb" and s.tense == "present" for s in senses):
                senses = [s for s in senses if s.pos == "noun"] or senses  # "رفضت (المحكمة) طلب النيابة": the object
            found.append(Predicate(i, i + size, self.choose(senses, i, i + size), possessed=possessed))
            i += size
        return found

    def after_plain_verb(self, i: int) -> bool:
        """Right after a word known only as a verb (an opening quote may stand between): no second finite verb
        follows it without "و", so a form that is both verb and verbal noun is the noun, its object."""
        j = i - 1
        if j >= self.s and self.doc[j].text in QUOTES:
            j -= 1
        return j >= self.s and self.words[j] in self.lex.verbs_only and not self.fw(j)

    def pronoun_agrees(self, pronoun: str, mention: Span) -> bool:
        """Whether a possessive pronoun can stand for the mention: ها not for a human plural ("المواطنين"),
        هم only for one (or for a group or an armed group)."""
        human_plural = self.m.agreement.get("human_plural", [])
        plural = any(mention[-1].norm_.endswith(e) for e in human_plural) and len(mention[-1].norm_) > 4 and not mention.kb_id_
        if pronoun in self.m.agreement.get("plural_pronouns", []):
            return plural or mention.label_ in ("Group", "ArmedGroup")
        return not plural

    def cognate(self, verb: Predicate, i: int, senses: list[Sense]) -> bool:
        """A verbal noun right after its own verb (an absolute object, "رفض رفضا", "هدد تهديدا صريحا"): indefinite
        and accusative, unlike an object that names an event of the same kind ("حضر القمة")."""
        gap = range(verb.end, i)
        return verb.sense.pos == "verb" and verb.sense.kind == "trigger" and all(self.doc[k].text in QUOTES for k in gap) \
            and len(gap) <= 1 and self.words[i] == self.bare[i] and bool(self.lex.accusative_stem(self.words[i])) \
            and any(s.pos == "noun" and s.event_type == verb.sense.event_type for s in senses)

    def result_verb(self, i: int, senses: list[Sense]) -> bool:
        """", killing 12 people": a result word that is itself a killing verb tells the deaths the clause before caused."""
        return self.fw(i) == "result" and self.lex.function_words.longest(self.words, i)[0] == 1 \
            and any(s.pos == "verb" and s.event_type in VICTIM_TYPES for s in senses)  # ("أسفر عن مقتل": the noun tells them)

    def modifier_name_before(self, i: int) -> bool:
        """Subject-first languages: a country name or demonym between an article, quantifier or preposition
        and the word qualifies a noun ("a US strike", "of all US sanctions"); no verb follows its subject there."""
        mention = self.inside.get(i - 1)
        if self.m.subject_after_verb or mention is None or mention.end != i or mention.start - 1 < self.s \
                or not (mention.label_ in ("Country", "Organization", "Government")
                        or mention._.kg.get("rule") == "demonym"):
            return False  # ("the return of U.N. sanctions", "under EU sanctions": an organisation's name qualifies too)
        if mention._.kg.get("rule") != "demonym" and self.words[mention.start - 1] in ("the", "that", "this"):
            return False  # "the United States held talks": a definite name may be the subject
        return self.fw(mention.start - 1) in ("det", "prep", "quantifier")

    def noun_position(self, i: int, senses: list[Sense]) -> bool:
        """Subject-first languages: a form that is both an event noun and a present verb ("strikes", "sanctions")
        is the noun unless a subject can end right before it (a name other than a demonym, a pronoun, a relative
        word), or a modal, "to" or "and" leads to it: "Russian strikes killed", "the first major sanctions against"."""
        if self.m.subject_after_verb or not any(s.pos == "noun" for s in senses) \
                or not any(s.pos == "verb" and s.tense == "present" for s in senses) or self.nonfinite(Predicate(i, i + 1, senses[0])):
            return False  # "-ing" forms: a gerund or participle reads as a verb ("..., meeting leaders of")
        nxt = i + 1
        if nxt + 1 < self.e and self.fw(nxt) == "prep" and nxt + 1 not in self.in_date and any(
                s.pos == "noun" and s.patient[:1] == ("obj",) and self.words[nxt] in s.patient for s in senses):
            return True  # "U.S. strikes on the port killed 74": a preposition of its frame, where the verb takes an object
        j = i - 1
        while j >= self.s and (self.fw(j) in ("adverb", "aux") or self.lex.negation.longest(self.words, j)[0]):
            j -= 1
        if j < self.s:
            return True  # "Sanctions are ...": a capitalised noun opens the sentence
        mention = self.inside.get(j)
        if mention is not None:
            return mention._.kg.get("rule") == "demonym"
        return not (self.fw(j) in ("pron", "rel", "conj", "comp") or self.lex.modality.longest(self.words, j)[0]
                    or self.words[j] in self.m.roles["purpose"])

    def hyphen_modifier(self, j: int) -> bool:
        """Subject-first languages: "Iran-backed", "army-backed", "Saudi-led": a name and a participle joined by a
        hyphen qualify the noun after them; the participle heads no clause."""
        return not self.m.subject_after_verb and self.s < j and j + 1 < self.e and self.doc[j].text == "-" \
            and not self.doc[j - 1].whitespace_ and any(s.pos == "verb" for s in self.lex.senses.longest(self.words, j + 1)[1])

    def unpossessed(self, i: int) -> str:
        """"سيطرتها" -> "سيطرة", "لقائه" -> "لقاء": a noun with a possessive pronoun written on it, the pronoun off
        ("" if none)."""
        clitics = self.lex.affixes.get("clitics", {})
        word = self.words[i]
        for pronoun in sorted(clitics.get("suffix_pronouns", []), key=len, reverse=True):
            stem = word[:-len(pronoun)] if word.endswith(pronoun) else ""
            if len(stem) >= 3:
                construct, feminine = clitics.get("teh_marbuta_construct", ""), self.lex.affixes.get("noun", {}).get("feminine", "")
                if construct and feminine and stem.endswith(construct):
                    stem = fold(stem[:-len(construct)] + feminine, self.res.language)
                seat = self.lex.affixes.get("noun", {}).get("hamza_seat", {})
                for written, bare in seat.items():  # the hamza a suffix moves onto a seat returns to the line
                    if stem.endswith(fold(written, self.res.language)) and not self.lex.senses.longest([stem], 0)[0]:
                        stem = stem[:-len(fold(written, self.res.language))] + fold(bare, self.res.language)
                return stem
        return ""

    def quoted_words(self, j: int, limit: int) -> int:
        """How many tokens a short quotation opening at j spans, closing quote included (0 if none)."""
        for k in range(j + 1, min(limit, j + 6)):
            if self.doc[k].text in QUOTES:
                return k - j + 1
        return 0

    def object_position(self, after_verb: int, i: int) -> bool:
        """Whether word i stands where the verb's object does: right after it, or after its subject
        with no conjunction, complementizer or punctuation between (a new clause would need one)."""
        j = after_verb
        while j < i:
            if j in self.inside:
                j = self.inside[j].end
                continue
            if self.fw(j) == "prep" and j + 1 in self.inside:
                j = self.inside[j + 1].end  # "طلبت من مجلس الأمن يوم الثلاثاء دعم بلادها"
                continue
            if not self.skippable(j) or self.fw(j) == "conj" or self.is_comp(j) or self.doc[j].is_punct:
                return False
            j += 1
        return i - after_verb <= 14  # a titled subject and a place phrase may stand between

    def requirement_met(self, sense: Sense, start: int, end: int) -> bool:
        """A trigger noted "only with X|Y" needs one of X, Y within a few words after it."""
        if not sense.requires:
            return True
        # a VSO subject with its titles may stand between the verb and its object ("وقع الرئيس السوري أحمد
        # الشرع وقائد قسد مظلوم عبدي اتفاقا")
        window = range(max(self.s, start - 3), min(self.e, end + 10))
        alif = self.lex.affixes.get("noun", {}).get("accusative", "")
        for need in sense.requires:
            bare_need = tuple(strip_article(w) for w in need)
            for j in window:
                if j in self.in_date or j in self.in_quantity:
                    continue  # "fired the director on Tuesday": the "on" of a date is no "fired on"
                if tuple(self.bare[j:j + len(need)]) == bare_need or tuple(self.words[j:j + len(need)]) == need:
                    return True
                if len(need) == 1 and alif and self.words[j].endswith(alif) and self.bare[j][:-len(alif)] == bare_need[0]:
                    return True  # "وقع اتفاقا": the accusative of the word the note names
        return False

    def choose(self, senses: list[Sense], start: int, after: int) -> Sense:
        """A word with several readings: speech before a complementizer, a noun after a preposition
        or with the article, else a verb."""
        if any(s.kind in SPEECH_KINDS for s in senses):
            nxt = next((j for j in range(after, min(after + VSO_WINDOW + 2, self.e)) if self.is_comp(j)), None)
            light = next((s for s in senses if s.kind == "light"), None)
            if light is not None and nxt is None and self.event_noun_after(after):
                return light  # "Britain announced sanctions on ...": announcing an act is doing it
            if nxt is not None or not any(s.kind == "trigger" for s in senses):
                return next(s for s in senses if s.kind in SPEECH_KINDS)
        undergo = next((s for s in senses if s.kind == "light" and s.note.startswith("undergo")), None)
        if undergo is not None and self.undergone_noun(after) is not None:
            return undergo  # "تعرض القصر لهجوم": underwent an attack, not "she offers"
        nominal = self.words[start] != self.bare[start] or (start > self.s and self.fw(start - 1) in ("prep", "det"))
        ranked = sorted(senses, key=lambda s: (("trigger", "light", "per").index(s.kind) if s.kind in ("trigger", "light", "per") else 3,
                                               (s.pos == "noun") != nominal))
        return ranked[0]

    def undergone_noun(self, j: int) -> int | None:
        """Where "ل" + an event noun stands within a few words after an undergo verb (its subject between)."""
        complement = self.m.roles["complement"]
        for k in range(j, min(self.e - 1, j + 8)):
            if self.is_comp(k) or self.is_boundary(k):
                return None
            if self.words[k] in complement and any(s.kind == "trigger" and s.pos == "noun" for s in self.lex.senses.longest(self.words, k + 1)[1]):
                return k + 1
        return None

    def act_after(self, j: int) -> bool:
        """An event noun within the noun phrase starting at j, past its determiners and up to two plain words
        ("summary executions", "the killing of")."""
        j = self.past_determiners(j, self.e)
        for k in range(j, min(self.e, j + 3)):
            if any(s.kind == "trigger" and s.pos == "noun" for s in self.lex.senses.longest(self.words, k)[1]):
                return True
            if not self.plain_word(k):
                return False
        return False

    def event_noun_after(self, j: int) -> bool:
        """An event noun right after (a speech verb's) word j, or after its subject and a date: "أعلن وزير الدفاع
        مرهف أبو قصرة، الثلاثاء، التوصل إلى اتفاق" announces the act itself."""
        start = j
        while j < self.e and j - start <= 10 and (self.fw(j) in ("det", "prep") and not self.is_comp(j) or self.subject_after_verb_word(j)):
            j += 1
        return any(s.kind == "trigger" and s.pos == "noun" for s in self.lex.senses.longest(self.words, j)[1])

    def subject_after_verb_word(self, j: int) -> bool:
        """A word of a subject standing after its verb: a name, a title or demonym, a date, a comma."""
        return self.m.subject_after_verb and (j in self.inside or self.skippable(j))

    # ---- arguments ----------------------------------------------------------------------
    def coordinated(self, first: Span) -> list[Span]:
        """[A, B, C] for "A و B و C" (and "A، B و C")."""
        group, j = [first], first.end
        if j < self.e and self.doc[j].text in QUOTES:
            j += 1  # '"قسد" و"الجيش الوطني"': the quote closing a name
        j = self.past_leader(j)
        while j + 1 < self.e and (self.fw(j) == "conj" or self.doc[j].text in ("،", ",")):
            k = j + 1
            if self.fw(k) == "conj" or self.lex.negation.longest(self.words, k)[0] == 1:
                k += 1  # "بوتين ولا ترامب": neither ... nor, still two actors
            if self.doc[j].text in ("،", ",") and self.fw(k) == "conj":
                k += 1
            while k < self.e and k not in self.mention_at and (self.skippable(k) or self.doc[k].text in QUOTES) and k - j <= 4:
                k += 1  # "نتنياهو ووزير الدفاع يسرائيل كاتس": a title before the second name
            nxt = self.mention_at.get(k)
            if nxt is not None and self.doc[j].text == "," and self.fw(j + 1) == "det" and nxt.end < self.e \
                    and nxt.end in self.title_words and nxt.end not in self.inside:
                break  # "Hans Grundberg, the UN special envoy for Yemen,": an apposition, no second actor
            if nxt is not None and first.label_ == "Person" and nxt.label_ == "Country":
                nxt = self.head_of(nxt)  # "Trump, Sisi, Qatar's Emir Sheikh Tamim": the titled person the country owns
            if nxt is None and first.label_ in PLACE_TYPES - {"Country"}:
                nxt = self.unlisted_place(k)  # "موانئ الحديدة ورأس عيسى والصليف": places the KB lacks
            if nxt is None or (nxt.label_ in PLACE_TYPES) != (first.label_ in PLACE_TYPES) and first.label_ != "Country" \
                    and not (nxt.label_ == "Country" and first.label_ in ("Organization", "Government", "Military", "ArmedGroup")):
                break  # (but "the European Union and Britain" are two actors)
            nxt = self.head_of(nxt) if nxt.label_ not in PLACE_TYPES - {"Country"} else nxt  # "وقائد قسد مظلوم عبدي"
            group.append(nxt)
            j = nxt.end
            if j < self.e and self.doc[j].text in QUOTES:
                j += 1
            j = self.past_leader(j)
        return group

    def past_leader(self, j: int) -> int:
        """After "بقيادة عبد الفتاح البرهان" ("led by ..."): where the coordination goes on."""
        if j < self.e and self.fw(j) == "led_by" and j + 1 in self.mention_at:
            return self.mention_at[j + 1].end
        return j

    def unlisted_place(self, k: int) -> Span | None:
        """One to three plain words up to the next "و" or comma, in a list of places."""
        end = k
        while end < self.e and end - k < 3 and self.doc[end].is_alpha and not self.fw(end) \
                and end not in self.inside and end not in self.in_date and not self.lex.senses.longest(self.words, end)[0]:
            end += 1
        if end == k or end < self.e and not (self.fw(end) == "conj" or self.doc[end].is_punct):
            return None
        span = Span(self.doc, k, end, label="Place")
        span._.kg = {"rule": "listed-place", "english": "", "country": ""}
        return span

    def subject_after(self, pred: Predicate, limit: int) -> Span | None:
        j = pred.end
        if j < limit and self.object_pronoun(j):
            j += 1  # اقترحته واشنطن: the pronoun is the object, the subject follows
        title_complement = False  # just passed "للأمم المتحدة" in "الأمين العام للأمم المتحدة أنطونيو غوتيريش"
        while j < limit and j - pred.end <= VSO_WINDOW:
            mention = self.mention_at.get(j)
            if mention is not None:
                nxt = self.mention_at.get(mention.end)
                if self.governed(mention) and (self.after_title(mention) or nxt is not None and nxt.label_ == "Person"):
                    j, title_complement = mention.end, True  # "المبعوث الأممي إلى ليبيا عبد الله باتيلي"
                    continue
                mention = self.titled_person(mention) or self.owner(mention)
                if self.governed(mention) and mention.start == j and not title_complement or not self.is_actor(mention) \
                        or self.accusative_group(mention):
                    return None  # ("يستقبل وفدا سعوديا": an indefinite accusative is the object)
                return self.head_of(mention)
            if self.fw(j) == "prep" and j + 1 < limit and self.object_pronoun(j + 1):
                j += 2  # "يزوده بها النظام": a pronoun object between verb and subject
                continue
            if j == pred.end and self.fw(j) == "prep" and j + 2 < limit and not self.fw(j + 1) and j + 1 not in self.inside \
                    and (self.lex.titles.longest(self.words, j + 2)[1][:1] == ["Person"]
                         or j + 2 in self.mention_at and self.mention_at[j + 2].label_ == "Person"):
                j += 2  # "شارك في القمة الرئيس ...": a short phrase before the subject, when a person's title or name follows
                continue
            governed = self.mention_at.get(j + 1) if self.fw(j) == "prep" else None
            if governed is not None and j > pred.end and (self.mention_at.get(governed.end) is not None
                                                         and self.mention_at[governed.end].label_ == "Person"):
                j += 1  # "المبعوث الأممي إلى ليبيا عبد الله باتيلي": the title's complement, then the name
                continue
            if not self.skippable(j):
                return None
            j += 1
        return None

    def after_title(self, mention: Span) -> bool:
        i = mention.start - 1
        while i >= self.s and (self.fw(i) == "prep" or self.doc[i].text in QUOTES):
            i -= 1  # "الأمين العام لـ«حزب الله»"
        return i >= self.s and bool(self.lex.titles.longest(self.bare, i)[0] or self.lex.titles.longest(self.words, i)[0]
                                    or self.lex.titles.longest(self.bare, max(self.s, i - 1))[0] >= 2)

    def head_of(self, mention: Span) -> Span:
        """"أمير قطر الشيخ تميم": the country qualifies a title; the person after it is meant."""
        j = mention.end + 1  # "met Iran's Supreme Leader Ayatollah Ali Khamenei": the titled person, not the possessor
        if j < self.e and self.words[j - 1] in self.lex.affixes.get("syntax", {}).get("possessive", []) and j in self.title_words:
            while j < self.e and j in self.title_words and j not in self.mention_at:
                j += 1
            if j in self.mention_at and self.mention_at[j].label_ == "Person":
                return self.mention_at[j]
        if not self.m.subject_after_verb and mention.label_ != "Person" and mention.end in self.title_words \
                and self.titled_name_at(mention.end):
            k = mention.end  # "Syrian Democratic Forces commander Mazloum Abdi": the titled person the body names
            while k not in self.mention_at:
                k += 1
            return self.mention_at[k]
        if mention.label_ not in ("Country", "Region", "City", "Organization", "Government", "Military", "ArmedGroup") or not self.after_title(mention):
            return mention
        j = mention.end
        while j < self.e and j - mention.end <= 8:
            nxt = self.mention_at.get(j)
            if nxt is not None and nxt.label_ == "Person":
                return nxt
            if nxt is not None:  # "رئيس مجلس السيادة السوداني قائد الجيش الفريق أول البرهان"
                j = nxt.end
                continue
            if not (self.skippable(j) or self.doc[j].text in QUOTES or self.words[j] in self.m.roles["complement"]
                    or self.words[j] in self.m.roles["place"] and j + 1 in self.mention_at):
                break  # ("رئيس المكتب السياسي لحركة «حماس» إسماعيل هنية", "رئيس المجلس التنفيذي في الحزب علي دعموش")
            j += 1
        return mention

    def topic_in(self, start: int, limit: int) -> Span | None:
        """A named topic (a ceasefire, a deal) further on in the clause, where a verbal complement
        only leads up to it."""
        topic = next((m for m in self.mentions if start <= m.start < limit and m.label_ == "Topic"
                      and m._.kg.get("rule") == "group"), None)
        return (self.compound(topic, start) or topic) if topic is not None else None  # "a 20-point plan"

    def close_before(self, mention: Span, pred: Predicate, words: int = 4, commas: bool = False) -> bool:
        """The noun phrase a pronoun on the verb points back to stands just before it, in its clause (or past a
        comma, for a person addressed: "أجرى اتصالا مع غروسي يوم الأربعاء، طالبه خلاله")."""
        between = range(mention.end, pred.start)
        if any(self.doc[k].text in ("،", ",") and not commas or self.is_comp(k) or self.is_boundary(k) for k in between):
            return False
        return sum(1 for k in between if k not in self.in_date and k not in self.in_quantity
                   and self.fw(k) not in ("rel", "adverb", "aux")) <= words

    def clause_subject_after(self, start: int) -> Span | None:
        j = start
        while j < self.e and (self.skippable(j) or self.fw(j) == "adverb"):
            j += 1
        if not (j < self.e and self.is_comp(j)):
            return None
        for k in range(j + 1, min(self.e, j + 4)):
            mention = self.mention_at.get(k)
            if mention is not None:
                return mention if self.is_actor(mention) else None
        return None

    def modifier_only(self, mention: Span) -> bool:
        """"with Omani mediators": a nationality adjective before a plain noun names no partner."""
        end = mention.end
        return mention._.kg.get("rule") == "demonym" and end < self.e and self.doc[end].is_alpha \
            and not self.fw(end) and end not in self.inside

    def fragment(self, mention: Span) -> bool:
        """"signed a peace treaty", "ordered a halt to all oil production": a one-word topic that is the first noun
        of a compound, or a noun whose complement follows, names no fact of its own."""
        if len(mention) != 1 or mention.label_ != "Topic" or self.m.subject_after_verb:
            return False
        after = mention.end
        return after + 1 < self.e and (self.mention_at.get(after) is not None or self.words[mention.start] in HALT_NOUNS
                                       and self.words[after] == "to" and self.fw(after + 1) in ("det", "quantifier"))

    def whole_topic(self, mention: Span) -> Span:
        """"signed a peace treaty": a one-word topic before another names one thing with it."""
        nxt = self.mention_at.get(mention.end)
        if nxt is None or nxt.label_ != "Topic" or nxt._.kg.get("rule") != "group":
            return mention
        span = Span(self.doc, mention.start, nxt.end, label="Topic")
        span._.kg = dict(nxt._.kg)
        return span

    def cosignatories(self, agents: list[Span], patients: list[Span], limit: int) -> tuple[list[Span], list[Span]]:
        """"Jordan signed a peace treaty with Israel", "Ukraine struck a deal with the United States": the party after
        "with" signed the same thing, one line each, and the deal (not the partner) is what is agreed."""
        topics = [p for p in patients if not self.is_actor(p)]
        partners = [p for p in patients if self.is_actor(p) and self.governed(p) in self.m.roles["with"]]
        if not topics and partners:  # "struck a deal with the United States": the deal named between
            deal = next((m for m in self.mentions if m.label_ == "Topic" and m.end <= partners[0].start
                         and any(a.end <= m.start for a in agents)), None)
            return (agents + partners, [deal]) if deal is not None and agents else (agents, patients)
        if len(topics) != 1 or not agents:
            return agents, patients
        j = topics[0].end
        while j < limit and (j in self.in_date or self.skippable(j)):
            j += 1
        if j + 1 < limit and self.words[j] in self.m.roles["with"]:
            k = self.past_determiners(j + 1, limit)
            partner = self.mention_at.get(k)
            if partner is not None and self.is_actor(partner) and not any(self.same(partner, a) for a in agents):
                return agents + self.coordinated(partner), patients
        return agents, patients

    def demonym_people(self, mention: Span) -> bool:
        """"67,000 Palestinians have been killed", "Sudanese had crossed into Chad": a nationality used as a noun
        names people, not their country."""
        if self.m.subject_after_verb or (mention._.kg or {}).get("rule") != "demonym":
            return False
        text, after = mention.text, mention.end
        return text.endswith("s") and not text.endswith("ss") or after < self.e and self.fw(after) == "aux"

    def named_group(self, span: Span, members: bool = True) -> Span:
        """"Hamas security forces", "members of the Muslim Brotherhood": an unnamed group noun after the named group
        it belongs to, or members of one, stand for that group."""
        info = span._.kg or {}
        if self.m.subject_after_verb or span.label_ != "Group" or info.get("rule") != "group" or info.get("country"):
            return span
        named = ("ArmedGroup", "Organization")
        before = next((m for m in self.mentions if m.end == span.start and m.label_ in named and m.kb_id_
                       and (m._.kg or {}).get("rule") == "kb"), None)
        if before is not None:
            return before
        j = span.end
        if members and span.text.lower() in MEMBER_NOUNS and j < self.e and self.words[j] == "of":
            j = self.past_determiners(j + 1, self.e)
            after = self.mention_at.get(j)
            if after is not None and after.label_ in named and (after._.kg or {}).get("rule") in ("kb", "title"):
                return after
        return span

    def accusative_group(self, mention: Span) -> bool:
        """An unnamed group written in the indefinite accusative ("وفدا", "مسلحين" is no such form): an object."""
        word = self.words[mention.start]
        stem = self.lex.accusative_stem(word)
        return mention.label_ == "Group" and not mention.kb_id_ and word == self.bare[mention.start] and bool(stem) \
            and word not in self.lex.words and self.lex.is_noun(stem)

    def delegation(self, span: Span) -> Span:
        """"وفدا من قيادة حماس برئاسة خليل الحية", "a delegation from the EU": a delegation is told by whom it comes
        from and who leads it, so the phrase runs on over them."""
        info = span._.kg or {}
        if span.label_ != "Group" or info.get("english") not in self.m.negotiating_groups or span.end + 1 >= self.e:
            return span
        k = span.end + (self.words[span.end] in self.m.roles["partitive"])  # "وفد حماس", "وفدا من حماس"
        while k < self.e and k not in self.mention_at and k - span.end <= 3 and (
                k in self.title_words or not self.fw(k) and k not in self.inside and self.lex.is_noun(self.words[k])):
            k += 1  # "من قيادة حماس": the leadership of
        sender = self.mention_at.get(k)
        end = sender.end if sender is not None and (self.is_actor(sender) or sender.label_ == "Group") else span.end
        leader = next((self.mention_at[j] for j in range(end + 1, min(self.e, end + 8)) if j in self.mention_at
                       and self.mention_at[j].label_ == "Person"), None) if end < self.e and self.fw(end) == "led_by" else None
        if leader is not None and not any(self.doc[j].is_punct for j in range(end, leader.start)):
            return leader  # "وفدا سعوديا برئاسة وزير الخارجية فيصل بن فرحان": the one who leads it meets
        if end == span.end:
            return span
        widened = Span(self.doc, span.start, end, label=span.label_)
        widened._.kg = dict(info)
        return widened

    def possessor(self, span: Span) -> Span:
        """"على أراضيها" said by Russia is Russia's territory, and "قواته" in what the army says are the
        army's forces: a place or group noun with a pronoun, inside what a speaker reports, stands for the speaker."""
        end = span.end
        pronouns = self.lex.affixes.get("clitics", {}).get("suffix_pronouns", [])
        attached = len(span) > 1 and span[-1].text in pronouns and not span[-2].whitespace_ \
            and self.fw(span.end - 2) != "prep"  # ("المشتبه بهم": the suspects, not someone's)
        if span.label_ not in ("Place", "Group") or span.kb_id_ or not (attached or end < self.e and self.object_pronoun(end)):
            return span
        speakers, speech = self.source_of(span.start)
        if speech is None or not speakers:
            return span
        speaker = speakers[0]
        entry = self.res.kb.entries.get(speaker.kb_id_) if speaker.label_ == "Person" and speaker.kb_id_ else None
        country = self.res.kb.country(entry.country) if entry is not None and entry.country else None
        if span.label_ == "Place" and country is not None:
            # "نفذت 400 عملية توغل في أراضيها", said by Syria's president: his country's territory
            land = Span(self.doc, span.start, span.end, label="Country", kb_id=country.id)
            land._.kg = {"rule": "possessor", "english": "", "country": entry.country}
            return land
        return self.employer(speaker) or speaker

    def employer(self, person: Span) -> Span | None:
        """"المتحدث العسكري باسم أنصار الله يحيى سريع": the body a person's titles name him for ("قواتهم" in what he
        says are its forces)."""
        if person.label_ != "Person":
            return None
        k = person.start - 1
        while k >= self.s and k in self.title_words and k not in self.inside:
            k -= 1
        body = self.inside.get(k) if k >= self.s else None
        return body if body is not None and body.end == k + 1 and self.is_actor(body) and body.label_ != "Person" \
            and body.start - 1 in self.title_words else None

    def adjacent(self, mention: Span, pred: Predicate) -> bool:
        """A subject right before its verb, with at most auxiliaries, adverbs or a date between
        ("القوات الروسية قد استعادت"); farther back, a subject after the verb wins (VSO)."""
        return all(self.fw(k) in ("aux", "adverb") or k in self.in_date or self.lex.negation.longest(self.words, k)[0]
                   or self.lex.modality.longest(self.words, k)[0] for k in range(mention.end, pred.start))

    def first_conjunct(self, mention: Span, floor: int | None = None) -> Span:
        """"شولتس وأردوغان زارا": from the last subject back to the first of the coordination (not before `floor`)."""
        floor = self.s if floor is None else floor
        listed = False  # "Britain, France, and the United States": commas join a list that ends with "and"
        while True:
            k = mention.start - 1
            while k >= self.s and (self.fw(k) == "det" or k in self.title_words):
                k -= 1  # "Iran and the United States", "نتنياهو ووزير الدفاع يسرائيل كاتس"
                if k - 1 >= self.s and k + 1 in self.title_words and self.words[k] in self.lex.affixes.get("syntax", {}).get(
                        "possessive", []) and k - 1 in self.inside:
                    k = self.inside[k - 1].start - 1  # "Sisi, Qatar's Emir Sheikh Tamim": the country owns the title
                elif k >= self.s and k + 1 in self.title_words and k in self.inside and self.inside[k].end == k + 1 \
                        and self.inside[k].label_ != "Person" and not self.m.subject_after_verb:
                    k = self.inside[k].start - 1  # "Sharaa and SDF commander Mazloum Abdi": the body the title is of
            if not (k - 1 >= self.s and (self.fw(k) == "conj" or listed and self.doc[k].text in (",", "،"))):
                break
            if self.fw(k) == "conj" and not self.m.subject_after_verb and self.doc[k - 1].text == "," and k - 2 >= self.s:
                k -= 1
            listed = not self.m.subject_after_verb and (listed or self.fw(k) == "conj" or self.doc[k].text in (",", "،"))
            previous = self.inside.get(k - 1)
            if previous is None or not self.is_actor(previous) or previous.start < floor:
                break
            mention = previous
        return mention

    def parsed(self, pred: Predicate, role: str) -> Span | None:
        """[trained parser, off by default: kg/analyse/trained.py] The mention (or, for an object, the count)
        holding the parse's "subject" or "object" of `pred`; None without a parse or a mention there."""
        roles = dependency_roles(self.doc, pred.start, pred.end, pred.sense.patient)
        token = getattr(roles, role) if roles is not None else None
        if token is None or not self.s <= token.i < self.e:
            return None
        count = next((q for q in self.quantities if q.start <= token.i < q.end), None) if role == "object" else None
        return count or self.inside.get(token.i)

    def object_pronoun(self, j: int) -> bool:
        return self.doc[j].text in self.lex.affixes.get("clitics", {}).get("suffix_pronouns", []) and not self.doc[j - 1].whitespace_

    def subject_before(self, pred: Predicate, clause_start: int, taken: set[int]) -> Span | None:
        """The nearest free actor before the verb; in English, the clause's first one, since an
        apposition may stand between ("Imamoglu, Erdogan's rival, was detained")."""
        clause_start = self.after_clause_and(pred, clause_start)
        closed = self.closed_relative(self.s, pred.start)
        if closed is not None and clause_start > closed[0]:
            # the clause seemed to start inside the relative clause; the verb's clause started before it
            clause_start = next((j + 1 for j in range(closed[0] - 2, self.s - 1, -1)
                                 if self.fw(j) in ("comp", "comp+pron", "boundary", "boundary+pron", "rel") or self.is_boundary(j)), self.s)
        candidates = [m for m in self.mentions if clause_start <= m.start and m.end <= pred.start
                      and m.start not in taken and self.is_actor(m) and not self.backer_adverb(m)
                      and not (closed and closed[0] < m.start < closed[1])  # "X، التي تنشر ألفي جندي، دعمت"
                      and not self.parenthetical(m, pred.start)  # "دفاعاته، بمساعدة القوات الأمريكية، اعترضت"
                      and (not self.governed(m) or self.adjacent(m, pred) and (self.governed(m) not in self.m.roles["genitive"]
                                                                               or m.label_ != "Person" or self.after_title(m)))
                      # "after Trump toured": a clause (but "the government of Bashar al-Assad killed": not Assad)
                      and not (self.hyphen_modifier(m.end) and m.end + 1 != pred.start)  # "army-backed government": not the army
                      and not self.after_agentive(m)  # "forces backed by U.S. air strikes recaptured": not the U.S.
                      # ("clashes between security forces and gunmen killed": the second side is no subject either)
                      and not (not self.m.subject_after_verb and self.governed(self.first_conjunct(m, clause_start)) in self.m.roles["between"])]
        if not self.m.subject_after_verb:  # "Clashes between A and B ... killed": inside the event noun's phrase, no subject
            head = next((j for j in range(clause_start, pred.start) if any(
                s.kind == "trigger" and s.pos == "noun" for s in self.lex.senses.longest(self.words, j)[1])
                and j not in self.inside and all(self.fw(k) in ("det", "quantifier") or k in self.inside or self.plain_word(k)
                                                 for k in range(clause_start, j))), None)
            if head is not None:  # (its phrase ends at a time: "The summit came days after Trump toured")
                end = next((k for k in range(head, pred.start) if k in self.in_date), pred.start)
                candidates = [m for m in candidates if m.end <= head or m.start >= end]
        possessors = [m for m in candidates if m.end < self.e and self.words[m.end] in ("'s", "’s")]
        candidates = [m for m in candidates if m not in possessors] or (  # "Sudan's RSF": the RSF
            possessors[:1] if not self.m.subject_after_verb and not any(  # "Sudan's army-backed government": Sudan
                self.doc[k].text == "," for p in possessors[:1] for k in range(p.end, pred.start)) else [])  # not "Sudan's war, which ..."
        if not candidates:
            return None
        if not self.m.subject_after_verb and self.adjacent(candidates[-1], pred) and not self.governed(candidates[-1]):
            # "..., and in March the Pentagon sent": the name right before the verb; "its air defence units intercepted":
            head = candidates[-1]  # with the common nouns before its head
            modifier = self.inside.get(head.start - 1)
            if head.label_ == "Group" and modifier is not None and modifier._.kg.get("rule") == "group" and head._.kg.get("rule") == "group" \
                    and modifier.start >= clause_start and modifier[0].is_lower:
                whole = Span(self.doc, modifier.start, head.end, label=head.label_, kb_id=head.kb_id_)
                whole._.kg = dict(head._.kg)
                return whole
            whole = self.compound(head, clause_start)
            return whole if whole is not None and whole.end == head.end and whole[0].is_lower else head
        if self.m.subject_after_verb:
            return candidates[-1]
        first = candidates[0]  # "Kurdish-led authorities in northeast Syria rejected": the group with its modifiers
        whole = self.compound(first, clause_start) if first._.kg.get("rule") == "group" else None
        return whole if whole is not None and whole.end == first.end else first

    def past_apposition(self, j: int, limit: int) -> int:
        """Past ", أكبر أحزاب المعارضة،": a phrase between commas right after a subject renames it."""
        if j >= limit or self.doc[j].text not in (",", "،"):
            return j
        for k in range(j + 1, min(limit, j + 8)):
            if self.doc[k].text in (",", "،"):
                return k + 1 if k > j + 1 else j
            if self.is_comp(k) or self.is_boundary(k) or self.fw(k) in ("rel", "conj") \
                    or any(s.pos == "verb" for s in self.lex.senses.longest(self.words, k)[1]):
                return j
        return j

    def parenthetical(self, mention: Span, before: int) -> bool:
        """A name inside a phrase set off by commas that opens with a preposition (", بمساعدة القوات الأمريكية،",
        ", with US help,"): it says how, it is not the subject."""
        commas = [k for k in range(self.s, before) if self.doc[k].text in (",", "،")]
        opening = [k for k in commas if k < mention.start and k + 1 < self.e and self.fw(k + 1) == "prep"
                   and self.words[k + 1] not in self.m.roles["partitive"]]  # (", من بينها أطباء بلا حدود،": who they are)
        return bool(opening) and not any(opening[-1] < k < mention.start for k in commas) \
            and any(mention.end <= k for k in commas)

    def after_agentive(self, mention: Span) -> bool:
        """Subject-first languages: a name after "by" is the agent of what stands before it, never a later verb's subject."""
        k = mention.start - 1
        while k >= self.s and self.fw(k) == "det":
            k -= 1
        # (after a trigger's participle only: "the government led by Osama Hammad accused" leaves its leader for it)
        return not self.m.subject_after_verb and k - 1 >= self.s and self.fw(k) == "agentive" \
            and any(s.kind == "trigger" for s in self.lex.senses.longest(self.words, k - 1)[1])

    def after_clause_and(self, pred: Predicate, clause_start: int) -> int:
        """Subject-first languages: "killed six people, including two children, and a Russian drone hit ...": after a
        clause with its own verb, ", and" with a noun phrase after it starts a new clause and a new subject."""
        if self.m.subject_after_verb:
            return clause_start
        cut = max((c for c in range(clause_start + 1, pred.start) if self.fw(c) == "conj" and self.doc[c - 1].text == ","
                   and (self.fw(c + 1) in ("det", "quantifier") or c + 1 in self.inside)), default=None)
        if cut is not None and any(s.pos == "verb" for k in range(clause_start, cut) for s in self.lex.senses.longest(self.words, k)[1]):
            return cut + 1
        return clause_start

    def object_after(self, start: int, limit: int, taken: set[int]) -> Span | None:
        """The first noun phrase after `start` not governed by a preposition, or a count; a
        phrase governed by ب after one verbal noun also counts (رفض الالتزام بوقف إطلاق النار)."""
        content_words, free_words, steps, j = 0, 0, 0, start
        phrase_open = False  # a preposition after a plain noun: what follows belongs to that noun
        # the window counts words and names, not dates or prepositions: "اغتيال إسرائيل الأمين العام لحزب الله
        # حسن نصر الله" reaches the person past a title and its complement
        while j < min(limit, start + OBJECT_SPAN) and steps < OBJECT_WINDOW:
            if j in self.quantity_at:
                return self.vague_group(self.quantity_at[j])
            if self.infinitive(j) or not self.m.subject_after_verb and j > start and self.doc[j].text == ",":
                return None  # "vowed to rid Tripoli of gangs": the town is the act's object; "..., the society said"
            if self.fw(j) == "transparent":
                return None  # "استعاد السيطرة على المطار": the control word's own phrase says what
            if self.doc[j].text in (",", "،") and j + 1 < limit and self.fw(j + 1) == "conj":
                return None  # "، وترأس وزير الخارجية ...": a new clause
            if self.fw(j) == "led_by":  # "التقى وفد حماس، برئاسة رئيس الحركة في غزة خليل الحية، مسؤولين": who leads
                leader = next((self.mention_at[k] for k in range(j + 1, min(limit, j + 8)) if k in self.mention_at
                               and self.mention_at[k].label_ == "Person"), None)
                if leader is not None and not any(self.doc[k].text in (",", "،") for k in range(j, leader.start)):
                    j = leader.end
                    continue
            person = self.person_after_title(j, limit) if j in self.title_words and j not in self.inside else None
            if person is not None and person.start not in taken:
                return person  # "كبير مستشاري الرئيس الأمريكي للشؤون الأفريقية مسعد بولس"
            mention = self.mention_at.get(j)
            if mention is not None and mention.start not in taken:
                governed = self.governed(mention, after=start)
                if governed in self.m.roles["instrument"] and self.weapon(mention):
                    mention = None  # "استهدفت السفينة بزوارق مسيرة": what it was hit with is no object
            if mention is not None and mention.start not in taken:
                partitive = self.partitive(mention)
                if partitive is not None and partitive >= start:
                    return self.widened(mention, partitive)  # "اعتقلت عددا من المواطنين": some of them
                if governed in self.m.roles["object"] and content_words <= 1 and j - start < 5:
                    return self.compound(mention, start) or self.head_of(mention)
                if not governed and not phrase_open:
                    return self.compound(mention, start) or self.head_of(mention)
                if not governed:
                    return None  # "ordered the dissolution of several armed units": inside a phrase of the object's
            if j in self.inside:
                steps += j == self.inside[j].start
                j += 1
                continue
            if self.lex.senses.longest(self.words, j)[0] and j > start:
                return None
            # (a word a preposition governs is that phrase's, as in "استقبل في مكتبه برام الله وفدا": no object
            # yet, so what comes after can still be one)
            phrase_open = phrase_open or self.fw(j) == "prep" and free_words > 0
            if not (self.skippable(j) or self.fw(j) == "prep" or self.object_pronoun(j)):
                content_words += 1
                free_words += not (j > start and self.fw(j - 1) == "prep")
                if content_words > 2:
                    return None  # "struck an air base near the airport, the army said": the object was no name
            steps += not (j in self.in_date or self.fw(j) == "prep" or self.doc[j].text in QUOTES)
            j += 1
        return None

    def partitive(self, mention: Span) -> int | None:
        """Where "عددا من", "العشرات من", "dozens of" begins before an unnamed group: a vague part of it."""
        k = mention.start - 1
        if k - 1 > self.s and self.words[k] not in self.m.roles["partitive"] and not self.fw(k) \
                and self.lex.is_adjective(self.words[k]) and self.words[k - 1] in self.m.roles["partitive"]:
            k -= 1  # "عددا من كبار القادة": senior ones
        if k - 1 < self.s or mention.kb_id_ or mention.label_ not in ("Group", "Object") \
                or self.words[k] not in self.m.roles["partitive"] or self.fw(k - 1) != "quantifier":
            return None
        return k - 1

    def vague_group(self, count: Span) -> Span:
        """"عشرات المواقع العسكرية والقواعد الجوية الإسرائيلية": a vague count is the group it counts, whole."""
        if not count._.kg.get("vague"):
            return count
        unit_start = count._.kg.get("unit_start") or count.start
        group = next((m for m in self.mentions if unit_start <= m.start < count.end and m.end >= count.end
                      and m.label_ in ("Group", "Object", "Place") and not m.kb_id_), None)
        if group is None or self.widened_end(group) == count.end:
            return count  # (a span with the count's own bounds would share, and overwrite, its ._.kg)
        return self.widened(group, count.start)

    def widened(self, mention: Span, start: int) -> Span:
        """The phrase from `start` to the mention, and on over other unnamed groups joined to it ("عددا من الجنود
        والمدنيين" is one set of people)."""
        span = Span(self.doc, start, self.widened_end(mention), label=mention.label_, kb_id=mention.kb_id_)
        span._.kg = dict(mention._.kg or {})
        return span

    def widened_end(self, mention: Span) -> int:
        end = mention.end
        while end + 1 < self.e and self.fw(end) == "conj" and (end + 1) in self.mention_at \
                and self.mention_at[end + 1].label_ == mention.label_ and not self.mention_at[end + 1].kb_id_:
            end = self.mention_at[end + 1].end
        return end

    def year(self, j: int) -> bool:
        """"the 2015 nuclear agreement": a year standing as a modifier."""
        return len(self.doc[j].text) == 4 and self.doc[j].is_digit and self.doc[j].text[:2] in ("19", "20")

    def infinitive(self, j: int) -> bool:
        """Subject-first languages: "to" before a plain lower-case word (no determiner, name, number or date) opens
        an infinitive."""
        verb = self.inside.get(j + 1)  # "agreed to swap all wounded prisoners": a topic word can be the verb
        return not self.m.subject_after_verb and self.words[j] in self.m.roles["purpose"][:1] and j + 1 < self.e \
            and self.doc[j + 1].is_alpha and self.doc[j + 1].is_lower and not self.fw(j + 1) \
            and (verb is None or verb.label_ == "Topic" and len(verb) == 1 and j + 2 < self.e and not self.doc[j + 2].is_punct) \
            and j + 1 not in self.in_date and j + 1 not in self.in_quantity

    def counts(self, span: Span) -> list[Span]:
        """"destroyed 266 drones and 45 missiles": counts joined by "and", each its own patient."""
        found = [span]
        while found[-1].end + 1 < self.e and self.fw(found[-1].end) == "conj" and found[-1].end + 1 in self.quantity_at:
            found.append(self.quantity_at[found[-1].end + 1])
        return found

    def compound(self, mention: Span, start: int) -> Span | None:
        """Subject-first languages: the nouns right before an unnamed group are part of it ("B-2 stealth
        bombers", "Houthi-held areas"): the object is the whole noun phrase."""
        if self.m.subject_after_verb or mention._.kg.get("rule") != "group":
            return None
        first = mention.start
        while first - 1 >= start and (any(c.isalpha() for c in self.doc[first - 1].text) or self.year(first - 1)) \
                and not self.fw(first - 1) \
                and first - 1 not in self.inside and first - 1 not in self.in_date and first - 1 not in self.in_quantity \
                and not self.lex.senses.longest(self.words, first - 1)[0]:
            first -= 1
            if first - 2 >= start and first < mention.start and self.words[first - 1] == "and" and self.plain_word(first - 2) \
                    and (first - 3 < start or self.fw(first - 3) in ("det", "prep") or self.doc[first - 3].text in QUOTES):
                first -= 1  # "a full and immediate ceasefire": coordinated adjectives of one noun
        first = self.hyphened_start(first, start)  # "a 20-point plan"
        end = self.modified_head(mention)
        if not mention._.kg.get("country") and end < self.e and self.words[end] in self.m.roles["genitive"] \
                and not self.act_after(end + 1):  # (not "accused fighters of summary executions": what they did)
            phrase = self.complement(first, self.e)  # "leaders of the six Gulf Cooperation Council states"
            end = max(end, phrase.end) if phrase is not None else end
        if first == mention.start and end == mention.end:
            return None
        span = Span(self.doc, first, end, label=mention.label_, kb_id=mention.kb_id_)
        span._.kg = dict(mention._.kg)
        return span

    def modified_head(self, mention: Span) -> int:
        """Where the noun phrase ends when a group word only modifies the nouns after it ("struck military airfields",
        "police stations"): past one or two plain lower-case words that close the phrase; else the mention's end."""
        end = mention.end
        head = self.mention_at.get(end)
        if head is not None and head._.kg.get("rule") == "group" and not head._.kg.get("country") and self.doc[mention.start].is_lower:
            return head.end  # "struck military sites": the group word qualifies the group noun after it
        while end < self.e and end - mention.end < 2 and self.plain_word(end) and not self.words[end].endswith(("ed", "ing")):
            end += 1  # (not a participle after it: "a man suspected of spying")
        closed = end == self.e or self.fw(end) or self.doc[end].is_punct or end in self.in_date
        return end if end > mention.end and closed and not self.fw(end) == "adverb" else mention.end

    def plain_word(self, j: int) -> bool:
        """A lower-case word that none of our tables knows: likely a common noun or adjective."""
        return self.doc[j].is_alpha and self.doc[j].is_lower and not self.fw(j) and j not in self.inside \
            and j not in self.in_date and j not in self.in_quantity and not self.lex.senses.longest(self.words, j)[0] \
            and not self.lex.modality.longest(self.words, j)[0] and not self.lex.negation.longest(self.words, j)[0] \
            and not self.words[j].endswith("ly")

    def after_preposition(self, start: int, limit: int, preps: tuple[str, ...], taken: set[int]) -> Span | None:
        fallback = None
        for j in range(start, limit):
            if self.words[j] in preps and j + 1 < limit:
                if not self.m.subject_after_verb and j > start and (self.doc[j - 1].text == "," or fallback is not None
                                                                     and self.fw(j - 1) == "conj"):
                    # "held talks in Rome, with Oman acting as mediator": an adjunct after a comma, not the frame's;
                    # "ready for a full ceasefire and for direct negotiations": the first of two stands first
                    break
                k = j + 1
                if k in self.in_date:
                    continue  # "on Sunday": a time, not the patient
                if any(q.start <= j < q.end for q in self.quantities) or self.lex.approx.longest(self.words, j)[0] > 1:
                    continue  # "نحو مئة صاروخ": "about" a number, not "towards"; "at least 27 Palestinians": no "at"
                if j > self.s and any(s.kind == "per" for s in self.lex.senses.longest(self.words, j - 1)[1]):
                    continue  # "according to his website": a source, not the patient
                while k < limit and (self.lex.approx.longest(self.words, k)[0] or self.skippable(k) and not (
                                         (self.head_word(k) or self.title_alone(k)) and not self.titled_name_at(k))
                                     or self.doc[k].text in QUOTES and not self.m.subject_after_verb) \
                        and k not in self.quantity_at and k not in self.mention_at and self.doc[k].text not in (",", "،"):
                    k += 1
                possessed = self.possessed_name(k, limit)
                if possessed is not None and possessed.start not in taken:
                    return possessed  # "strikes on Iran's Fordow, Natanz and Isfahan nuclear sites": the sites named
                if k in self.quantity_at:
                    return self.quantity_at[k]
                mention = self.mention_at.get(k)
                if mention is not None and mention.start not in taken:
                    return self.named_possession(mention) or self.head_of(mention)
                nxt = self.mention_at.get(k + 1)
                if k == j + 1 and nxt is not None and nxt.label_ in PLACE_TYPES and nxt._.kg.get("rule") != "demonym":
                    return nxt  # "على موانئ الحديدة": the named place after a common noun (not "مصفاة صينية")
                if fallback is None and (k == j + 1 or not self.m.subject_after_verb and k <= j + 3
                                         and all(self.fw(q) in ("det", "quantifier", "adverb") or self.doc[q].text in QUOTES
                                                 for q in range(j + 1, k))) \
                        and k < limit and not self.fw(k) and self.doc[k].is_alpha and k not in self.inside and k not in self.in_date:
                    # "agreed to stop attacking US ships": the whole act; but a name further on ("على دفعتين
                    # باتجاه إسرائيل") is the likelier patient than a phrase
                    phrase = self.complement(k, self.e)
                    place = self.inside.get(phrase.end - 1) if phrase is not None else None
                    if place is not None and place.label_ in PLACE_TYPES and place.start > k and place.start - 1 in self.title_words \
                            and place.start - k <= 4:
                        return place  # "on the northern town of Jabalia": the named place
                    fallback = phrase
        return fallback

    def adjective_conjunct(self, conj: int, limit: int) -> bool:
        """"نووية وعسكرية": "and" + an adjective as definite or indefinite as the word before, no name or trigger."""
        k = conj + 1
        if not self.m.subject_after_verb or k >= limit or conj - 1 < self.s or k in self.inside or conj - 1 in self.inside \
                or not self.lex.is_adjective(self.words[k]) or self.lex.senses.longest(self.words, k)[0]:
            return False
        return (self.words[k] != self.bare[k]) == (self.words[conj - 1] != self.bare[conj - 1])

    def person_after_title(self, k: int, limit: int) -> Span | None:
        """The person a run of title words names, past the titles' own complements and nationalities ("كبير مستشاري
        الرئيس الأمريكي للشؤون الأفريقية مسعد بولس"), within a few words."""
        start = k
        while k < limit and k - start <= 8:
            mention = self.mention_at.get(k)
            if mention is not None:
                return mention if mention.label_ == "Person" else None
            if not (k in self.title_words or self.fw(k) == "prep" and self.words[k] in self.m.roles["complement"]
                    or k > start and self.fw(k - 1) == "prep" and self.doc[k].is_alpha and not self.fw(k)
                    or k > start and self.lex.is_adjective(self.words[k])):
                return None
            k += 1
        return None

    def titled_person(self, mention: Span) -> Span | None:
        """"رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة الفريق أول ركن عبد الفتاح البرهان": a body named
        inside a person's run of titles is the title's complement; the person the run ends with is meant."""
        if not self.m.subject_after_verb or mention.label_ == "Person" or mention.start - 1 not in self.title_words:
            return None
        k = mention.end
        while k < self.e and k - mention.end <= 12:
            found = self.mention_at.get(k)
            if found is not None:
                if found.label_ == "Person":
                    return found
                k = found.end
            elif k in self.title_words or self.words[k] in self.m.roles["complement"] or self.lex.is_adjective(self.words[k]) \
                    and not self.fw(k):
                k += 1
            else:
                return None
        return None

    def finite_verb(self, j: int) -> bool:
        """A word our lexicons know only as a verb in a finite form (past or present: "killed", "began", "says")."""
        senses = self.lex.senses.longest(self.words, j)[1]
        return bool(senses) and all(s.pos == "verb" and s.tense in ("past", "present") for s in senses) \
            and not self.words[j].endswith("ing") and not self.hyphen_modifier(j - 1)  # ("army-held cities")

    def possessed_name(self, k: int, limit: int) -> Span | None:
        """Subject-first languages: a place or facility named right after a possessor ("Iran's Fordow")."""
        if self.m.subject_after_verb:
            return None
        owner_end = self.inside[k].end if k in self.inside and self.inside[k].start == k else k + 1
        if owner_end + 1 >= limit or self.words[owner_end] not in self.lex.affixes.get("syntax", {}).get("possessive", []) \
                or not self.doc[k].is_title:
            return None
        owned = self.mention_at.get(owner_end + 1)
        return owned if owned is not None and owned.label_ in PLACE_TYPES - {"Country"} else None

    def titled_name_at(self, k: int) -> bool:
        """"from Iranian President Masoud Pezeshkian": a run of title words that ends at a person's name."""
        while k < self.e and k in self.title_words and k not in self.mention_at:
            k += 1
        return k in self.mention_at and self.mention_at[k].label_ == "Person"

    def named_possession(self, mention: Span) -> Span | None:
        """Subject-first languages: "sanctions on Russia's two biggest oil companies, Rosneft and Lukoil": what the
        possessor owns, named in apposition, is the patient."""
        j = mention.end
        if self.m.subject_after_verb or j >= self.e or self.words[j] not in self.lex.affixes.get("syntax", {}).get("possessive", []):
            return None
        k = j + 1
        while k < self.e and k - j <= 6 and self.doc[k].text != "," and not self.fw(k) in ("prep", "conj", "comp", "rel") \
                and not self.is_boundary(k) and not self.doc[k].is_punct:
            k += 1
        named = self.mention_at.get(k + 1) if k < self.e and self.doc[k].text == "," and k > j + 1 else None
        return named if named is not None and named.kb_id_ and named.label_ in ACTOR_TYPES - {"Group"} else None

    def past_determiners(self, j: int, limit: int) -> int:
        """The first word after j's determiners and quantifiers (subject-first languages: "of several armed units")."""
        while not self.m.subject_after_verb and j + 1 < limit and self.fw(j) in ("det", "quantifier"):
            j += 1
        return j

    def past_quantifiers(self, j: int, limit: int) -> int:
        """The first word after j's determiners and quantifiers ("عن جميع الأسرى", "of several armed units")."""
        while j + 1 < limit and (self.fw(j) == "quantifier" or self.fw(j) == "det" and not self.m.subject_after_verb):
            j += 1
        return j

    def complement(self, start: int, limit: int, frame: tuple[str, ...] = ()) -> Span | None:
        """What a preposition introduces when it is no name: "أمر بزيادة عدد وحدات إزالة الأمن",
        "أمر برفع جميع العقوبات المفروضة على سوريا" (one prepositional phrase may follow)."""
        if self.lex.approx.longest(self.words, start)[0]:
            return None  # "أكثر من 70 من مقاتلي الحركة": a count we could not read, not a thing called "more"
        if self.object_pronoun(start):
            return None  # "تسيطر عليها خلال ساعات": a pronoun, whose antecedent this phrase is not
        end, phrases = start, 0
        while end < limit and end - start < COMPLEMENT_SPAN and not self.is_boundary(end) \
                and self.doc[end].text not in ("،", ",", ".", "“", "”", "\"") and end not in self.in_date:
            quoted = self.quoted_words(end + 1, limit) if end > start and end + 1 < limit and self.doc[end + 1].text in QUOTES else 0
            if quoted:  # 'شن ضربات "حاسمة وقوية" ضد الحوثيين': a few quoted words inside the phrase
                end += 1 + quoted
                continue
            if end > start and self.words[end] in self.m.roles["instrument"] and end + 1 < limit \
                    and self.inside.get(end + 1) is not None and self.weapon(self.inside[end + 1]):
                break  # "استهدفت السفينة بزوارق مسيرة": what the target was hit with is no part of it
            if self.fw(end) == "prep" and phrases == 0 and end > start and end + 1 < limit and self.words[end] not in self.m.roles["place"] \
                    and self.words[end] not in frame and (self.m.subject_after_verb or self.words[end] in self.m.roles["genitive"]) \
                    and (self.past_quantifiers(end + 1, limit) in self.mention_at
                         or self.doc[self.past_quantifiers(end + 1, limit)].is_alpha and not self.fw(self.past_quantifiers(end + 1, limit))) \
                    and not self.lex.senses.longest(self.words, end + 1)[0]:  # "accused the CHP of provoking": an act
                phrases += 1
                end = self.past_quantifiers(end + 1, limit)
                continue
            if self.fw(end) == "conj" and self.adjective_conjunct(end, limit):
                end += 2  # "منشآت نووية وعسكرية إيرانية": a second adjective of the same noun
                continue
            if self.fw(end) not in ("", "quantifier"):
                break
            if end > start and not self.m.subject_after_verb and end not in self.inside and (
                    self.finite_verb(end) or self.lex.modality.longest(self.words, end)[0] and self.doc[end].is_lower):
                break  # "strikes on a fuel depot killed 30 people", "bomb Iran if talks fail": the phrase ends at a verb or modal
            if end > start and self.lex.clitic_on_article(self.words[end]) and end not in self.inside:
                break  # "متهما الرئيس حسن شيخ بالسعي": a new prepositional phrase, not more of the name
            mention = self.inside.get(end)
            if mention is not None and mention.label_ in PLACE_TYPES and not phrases and (
                    end == start or self.fw(end - 1)):
                break  # a place after a preposition is where; right after a noun it is part of it ("إعمار غزة")
            end = max(end + 1, mention.end if mention is not None else 0)
            if phrases and mention is not None:
                break  # the prepositional phrase ends with its name
            if not self.m.subject_after_verb and mention is not None and mention._.kg.get("rule") == "group" \
                    and end < limit and self.fw(end) != "prep":
                break  # "strikes on its nuclear sites led Tehran to": the head noun ends the phrase
        if end == start:
            return None
        span = Span(self.doc, start, end, label="Topic")
        span._.kg = {"rule": "complement", "english": "", "country": ""}
        return span

    # ---- reading a sentence -------------------------------------------------------------
    def read(self) -> list[dict]:
        preds = self.predicates()
        if not preds:
            return []
        self.assign_speakers(preds)
        events = []
        previous: Predicate | None = None
        for index, pred in enumerate(preds):
            limit = self.clause_end(preds, index)
            if pred.sense.kind == "trigger":
                events += self.read_trigger(pred, preds, index, previous, limit)
            if pred.sense.pos == "verb" and (pred.sense.kind == "trigger" or pred.sense.kind in SPEECH_KINDS and pred.agents) \
                    or pred.sense.kind == "trigger" and pred.agent_rule == "support" and pred.agents:
                previous = pred  # "أطلقت أوكرانيا توغلا ... حيث استولت": the support verb's subject goes on
        self.attach_dates(preds, events)
        killed = [e["patient"] for e in events if e["type"] in VICTIM_TYPES and not e["predicate"].sense.note.startswith("wound")]
        if killed:
            # "استشهد عشرة وأصيب 35 آخرون": the wounded are a line of their own when the text counts or names them apart
            # from the dead; a wounding that repeats the killing's victims ("قتل وأصيب 12") is the same line
            events = [e for e in events if not e["predicate"].sense.note.startswith("wound")
                      or e["patient"] is not None and not any(k is not None and (k.start == e["patient"].start) for k in killed)]
        return events

    def clause_start(self, preds: list[Predicate], index: int) -> int:
        pred = preds[index]
        start, inserted = self.s, None
        j = pred.start - 1
        while j >= self.s:
            if self.fw(j) in ("comp", "comp+pron", "boundary", "boundary+pron", "rel") or self.is_boundary(j):
                if self.fw(j) == "rel" and not self.m.subject_after_verb and j - 1 > self.s and self.doc[j - 1].text == "," \
                        and any(self.doc[k].text == "," for k in range(j + 1, pred.start)):
                    # "The Houthis, who say they act in solidarity with Gaza, have fired": past the inserted clause
                    inserted = (j - 1, max(k for k in range(j + 1, pred.start) if self.doc[k].text == ","))
                    j -= 2
                    continue
                start = j + 1
                break
            j -= 1
        earlier_verbs = [p for p in preds[:index] if (p.sense.pos == "verb" or p.sense.kind in SPEECH_KINDS)
                         and not self.nonfinite(p) and not self.reduced_passive(p) and not self.hyphen_modifier(p.start - 1)
                         and not (inserted and inserted[0] < p.start < inserted[1])]
        if earlier_verbs:
            start = max(start, earlier_verbs[-1].start)
        return start

    def clause_end(self, preds: list[Predicate], index: int) -> int:
        pred = preds[index]
        nxt = next((p.start for p in preds[index + 1:] if p.sense.pos == "verb" or p.sense.kind in SPEECH_KINDS
                    and not (p.sense.pos == "noun" and p.start - 1 > pred.end and self.fw(p.start - 1) == "prep")), self.e)
        # (", في بيان،", ", in a statement,": a speech noun after a preposition is how it was said, no new clause)
        for j in range(pred.end, nxt):
            if j in self.in_quantity or j in self.in_date:
                continue  # "ما يقرب من 200": the ما of an approximation ends no clause
            if self.is_boundary(j) or self.fw(j) in ("comp", "comp+pron", "rel") or self.words[j] in self.m.subject_pronouns:
                return j
        return nxt

    def nonfinite(self, pred: Predicate) -> bool:
        """English "-ing" forms ("leaders meeting in Baghdad called for ...") head no clause."""
        return not self.m.subject_after_verb and self.doc[pred.end - 1].text.lower().endswith("ing")

    def first_person(self, pred: Predicate) -> bool:
        """A present verb with a first-person prefix ("نحمّل", "أطالب"), told as the same verb's third-person form
        with the prefix changed: its subject is the one speaking."""
        present = self.lex.affixes.get("present", {})
        first, third = present.get("prefixes_1st", []), present.get("prefixes_3rd", [])
        word = self.words[pred.start]
        if pred.sense.tense != "present" or pred.end - pred.start != 1 or not third or word[:1] not in first:
            return False
        return any(s.lemma == pred.sense.lemma for s in self.lex.senses.get((third[0] + word[1:],)))

    def is_conjoined(self, pred: Predicate) -> bool:
        j = pred.start - 1
        while j >= self.s and (self.fw(j) in ("adverb", "aux") or self.lex.modality.longest(self.words, j)[0] == pred.start - j
                               or self.lex.negation.longest(self.words, j)[0] == pred.start - j):
            j -= 1  # "وسيلتقي", "ولم يلتق": the و before the future or negation particle
        return j >= self.s and (self.fw(j) == "conj" or self.words[j] in self.m.contrast_conjunctions)

    def verb_features(self, pred: Predicate) -> tuple[str, str]:
        """(gender, number) that a one-word verb's ending or prefix shows, as far as `agrees` asks: ("f", "sg")
        for طالبت and تطالب (but not تطالبون), ("", "pl") for a plural participle (مطالبين); ("", "") else."""
        table = self.m.agreement
        if not table or pred.sense.pos != "verb" or pred.end - pred.start != 1:
            return "", ""
        word, lemma = self.words[pred.start], fold(pred.sense.lemma, self.res.language)
        for pronoun in sorted(self.lex.affixes.get("clitics", {}).get("suffix_pronouns", []), key=len, reverse=True):
            if pred.sense.tense == "participle":
                break  # (a participle's folded ة looks like the pronoun ه: "داعية")
            if word.endswith(pronoun) and len(word) - len(pronoun) > len(lemma):
                word = word[:-len(pronoun)]  # "اتهمته": the ending before the object pronoun
                break
        if pred.sense.tense == "past" and word.startswith(lemma):
            rest = word[len(lemma):]
            return ("f", "sg") if rest in table.get("past_feminine", []) else ("", "")
        if pred.sense.tense == "participle":
            if any(word.endswith(e) for e in table.get("participle_plural", [])):
                return "", "pl"
            return ("f", "sg") if any(word.endswith(e) for e in table.get("participle_feminine", [])) else ("", "")
        if pred.sense.tense == "present" and len(word) > 3:
            if any(word.endswith(e) for e in table.get("present_plural", [])):
                return "", "pl"
            if word[0] in table.get("present_feminine", []):
                return "f", "sg"
        return "", ""

    def agrees(self, pred: Predicate, agents: list[Span]) -> bool:
        """A feminine singular verb takes no masculine human plural ("مدنيين ... وطالبت"), a feminine participle no
        person either, a plural participle no lone person or place ("طرابلس، مطالبين"). Finite verbs with a person are not checked: machine
        translation often gets a man's verb wrong ("بوتين أمرت"), and it is our input too."""
        gender, number = self.verb_features(pred)
        if gender == "f":
            endings = self.m.agreement.get("human_plural", [])
            if pred.sense.tense == "participle" and any(a.label_ == "Person" and not self.feminine_title_before(a) for a in agents):
                return False  # "داعية", "متهمة": a body or a state speaking, or a woman the title says is one
            return not any(a.label_ == "Group" and not a.kb_id_ and len(a[-1].norm_) > 4
                           and any(a[-1].norm_.endswith(e) for e in endings) for a in agents)
        if number == "pl" and pred.sense.tense == "participle":
            endings = self.m.agreement.get("human_plural", [])
            return len(agents) > 1 or agents[0].label_ == "Group" or any(agents[0][-1].norm_.endswith(e) for e in endings)
        return True

    def feminine_title_before(self, person: Span) -> bool:
        """"السفيرة الأميركية دوروثي شيا": a title written feminine before the name."""
        sent = person.sent
        k = person.start - 1
        endings = self.m.agreement.get("participle_feminine", [])
        while k >= sent.start and person.start - k <= 8 and (
                self.lex.titles.longest(self.m.bare, k)[0] or self.res.demonyms.longest(self.m.bare, k)[0]
                or self.fw(k) == "prep" or k in self.inside):  # "السفيرة الأميركية لدى الأمم المتحدة دوروثي شيا"
            if self.lex.titles.longest(self.m.bare, k)[0] and any(self.m.words[k].endswith(e) for e in endings):
                return True
            k -= 1
        return False

    def find_agents(self, pred: Predicate, preds, index, previous: Predicate | None, limit: int) -> tuple[list[Span], str]:
        clause_start = self.clause_start(preds, index)
        taken = set().union(*(p.used for p in preds[:index] if not self.hyphen_modifier(p.start - 1)
                              and not self.reduced_passive(p))) if index else set()  # ("militias backed by Iran attacked")
        # [trained parser] the mention holding the verb's dependency subject ("by X" in a passive) comes
        # first; without a parse, or with no actor there, the word-order rules below decide
        parsed = self.parsed(pred, "subject") if pred.sense.pos == "verb" else None
        if parsed is not None and self.is_actor(parsed):
            return self.coordinated(parsed), "dep"
        if self.passive(pred):
            agent = self.passive_agent(pred, limit)
            return ([agent], "passive") if agent is not None else ([], "")
        if self.first_person(pred):
            speakers, speech = self.source_of(pred.start)  # '"نحمّل أبوظبي المسؤولية"': we, who speak
            return (speakers, "speaker") if speech is not None and speakers else ([], "")
        after = self.subject_after(pred, limit) if self.m.subject_after_verb or pred.sense.kind in SPEECH_KINDS else None
        before = self.subject_before(pred, clause_start, taken)
        pronoun_subject = self.pronoun_subject(pred)
        if pred.sense.pos == "noun":
            return [], ""
        antecedent = self.relative_antecedent(pred)
        if antecedent is not None and not (pred.end < self.e and self.object_pronoun(pred.end)):
            return [antecedent], "relative"  # "ويتكوف الذي التقى نتنياهو": the antecedent acts
        main = next((p for p in preds[:index] if p.agents and p.sense.pos == "verb"), None)
        nearest = next((p for p in reversed(preds[:index]) if p.agents and p.sense.pos == "verb" and p.sense.kind == "trigger"), None)
        opener = next((p for p in preds[:index] if p.agents and p.sense.kind in SPEECH_KINDS), None)
        if pred.sense.tense == "participle" and self.m.subject_drop:
            # "..., متهما إسرائيل": the subject of the verb before it that agrees with it; a verb inside what a speaker
            # reports is passed over for the speaker ("قال الوزير إن 123 شرطيا أصيبوا، متهما منظمات متطرفة")
            reported = opener is not None and nearest is not None and opener.scope is not None \
                and opener.scope[0] <= nearest.start < opener.scope[1] and opener.start < nearest.start
            candidates = (opener, main) if reported else (nearest, main)
            host = next((p for p in candidates if p is not None and self.agrees(pred, p.agents)), None)
            if host is not None:
                return host.agents, "participle"
        if pred.sense.tense == "participle" and opener is not None and self.m.subject_drop and self.agrees(pred, opener.agents):
            return opener.agents, "participle"  # "وقال آبي أحمد إن ...، داعيا مصر": the speaker goes on
        denier = next((p for p in preds[:index] if p.sense.kind == "deny" and p.agents and p.end == pred.start), None)
        if denier is not None and not self.m.subject_drop:
            return denier.agents, "denier"  # "The RSF denied targeting civilians": the denier did or did not
        lead = next((p for p in preds[:index] if p.sense.kind == "light" and p.sense.pos == "verb" and p.end == pred.start), None)
        if lead is not None and not self.m.subject_drop:  # "The US military began striking Houthi targets"
            subject = lead.agents or [s for s in [self.subject_before(lead, self.clause_start(preds, preds.index(lead)), taken)]
                                      if s is not None]
            if subject:
                return self.coordinated(self.first_conjunct(subject[0])), "light-verb"
        if not self.m.subject_drop and self.nonfinite(pred) and pred.start - 1 >= self.s and self.doc[pred.start - 1].text == "," \
                and not any(self.fw(k) in ("rel", "comp", "comp+pron") for k in range(self.s, pred.start)
                            if not (main is not None and main.sense.kind == "trigger" and k >= main.end)):
            # "leaders had demanded that Russia accept ..., warning that": the clause after a trigger is its own
            subject = main.agents if main is not None else [s for s in [self.subject_before(pred, self.s, taken)] if s is not None]
            if subject and main is None and subject[0].start in self.mention_at:
                subject = self.coordinated(self.first_conjunct(subject[0]))  # "Britain, France and Germany ..., accusing"
            if subject:
                return subject, "participle"  # "..., accusing the army of bombing schools": the main clause's subject
        speaker = next((p for p in preds[:index] if p.sense.kind in SPEECH_KINDS), None)  # the sentence's first speaker
        if speaker is not None and not (speaker.scope and speaker.scope[1] == self.conjunction_before(pred)
                                        and self.speaker_goes_on(pred, speaker.agents)):
            speaker = None
        if speaker is not None:
            return speaker.agents, "speaker"  # "X said ... and called on Y": X calls
        sides = self.both_sides(pred)
        if sides:
            return sides, "both-sides"  # "إن الجانبين اتفقا على تعيين فرق": the two actors named before
        if pronoun_subject:
            return pronoun_subject, "pronoun"  # "قال إنه التقى بلينكن": the pronoun is the subject
        if pred.start - 1 >= self.s and self.fw(pred.start - 1) == "boundary+pron":
            # "لكنه حث إيران": he, the actor of the clause before (in this sentence or the last)
            earlier = next((p.agents for p in reversed(preds[:index]) if p.agents and p.sense.pos == "verb"), None)
            return (earlier or self.carried), "pronoun"
        if self.m.subject_drop and self.bare_pronoun_before(pred):
            return [], ""  # "وهو يطلب": a pronoun we cannot resolve is the subject, not a name further back
        if not self.m.subject_drop and self.carried and pred.start - 1 == self.s and self.fw(self.s) == "pron":
            return self.carried, "carried"  # "He met ...": the actor of the sentence before
        own_subject = after is not None and (self.own_object_after(after.end, limit) or previous is not None and any(
            self.same_side(after, a) for a in previous.agents))  # "بغداد أدانت ...، ودعت الحكومة العراقية": restated
        if previous is not None and previous.agents and previous.sense.kind == "trigger" and self.is_conjoined(pred) \
                and not (before is not None and self.adjacent(before, pred)) and self.agrees(pred, previous.agents) \
                and not own_subject and not self.in_relative(previous):  # "وقصفت الولايات المتحدة منشآت فوردو": a subject and an object of its own
            pred.conjoined = True  # "زار أردوغان كييف والتقى زيلينسكي": one subject, two verbs
            return previous.agents, "conjoined"
        speaker = next((p for p in reversed(preds[:index]) if p.sense.kind in SPEECH_KINDS and p.agents), None)  # the nearest
        if self.m.subject_drop and speaker is not None and self.is_conjoined(pred) and not own_subject \
                and not (before is not None and self.adjacent(before, pred)) and self.agrees(pred, speaker.agents):
            pred.conjoined = True  # "وقالت البعثة إن ...، وطالبت": the speaker goes on to demand
            return speaker.agents, "conjoined"
        if before is not None and not self.agrees(pred, [before]):
            before = None
        if after is not None and not self.agrees(pred, [after]):
            after = None
        if before is not None and (not self.m.subject_after_verb or self.adjacent(before, pred) or after is None):
            return self.coordinated(self.first_conjunct(before, self.after_clause_and(pred, clause_start))), "svo"
        if pred.sense.event_type in CROWD_TYPES and self.counted_people_near(pred):
            return self.counted_people_near(pred), "crowd"  # "Thousands of people rallied in Paris": the crowd protests
        if after is not None:
            return self.coordinated(after), "vso"
        if self.fw(pred.start - 1) == "rel" or (pred.start - 2 >= self.s and self.fw(pred.start - 2) == "rel"
                                               and self.fw(pred.start - 1) in ("aux", "adverb")):
            return [], ""  # inside a relative clause the subject is not the previous verb's
        main_subject = self.subordinate_subject(pred, taken)
        if main_subject is not None:
            return [main_subject], "subordinate"  # "هاجمت الميليشيا ... بعد أن هاجمت": the main subject
        if previous is None and self.carried and self.sentence_initial(pred) and not self.unnamed_subject(pred) \
                and self.agrees(pred, self.carried):
            return self.carried, "carried"  # "ووافقا على هدنة": the actors of the sentence before
        if previous is not None and previous.agents and previous.sense.kind == "trigger" and previous.sense.tense != "participle" \
                and self.agrees(pred, previous.agents):
            # "ورفض", "حيث استولت": no subject of its own, so the previous verb's (pro-drop)
            pred.conjoined = self.is_conjoined(pred)
            if pred.conjoined or self.m.subject_drop:
                return previous.agents, "conjoined" if pred.conjoined else "prodrop"
        return [], ""

    def passive(self, pred: Predicate) -> bool:
        """"was arrested", "were killed": a participle after a form of "be"."""
        if pred.sense.tense not in ("participle", "past") or not self.m.passive_auxiliaries:
            return False  # regular English pasts are participles too ("was detained")
        j = pred.start - 1
        while j >= self.s and (self.fw(j) == "adverb" or self.doc[j].text in QUOTES):
            j -= 1  # 'had been "kidnapped by Israeli forces"': a quote opening before the participle
        if j >= self.s and self.doc[j].text == "," and pred.end < self.e and self.fw(pred.end) == "agentive":
            return True  # "The army, backed by Darfur rebels,": a passive without its auxiliary
        return j >= self.s and self.words[j] in self.m.passive_auxiliaries or self.reduced_passive(pred)

    def reduced_passive(self, pred: Predicate) -> bool:
        """"The army, backed by Darfur rebels, said ...", "forces backed by U.S. air strikes recaptured": a participle
        right after its noun (or a comma) with "by" and its agent after it heads no clause ("retaliated by firing":
        a gerund after "by" is the manner of an active verb)."""
        if self.m.subject_after_verb or pred.sense.tense not in ("participle", "past") or pred.start - 1 < self.s \
                or pred.end + 1 >= self.e or self.fw(pred.end) != "agentive" or self.words[pred.end + 1].endswith("ing"):
            return False
        k = pred.end + 1
        while k < self.e and (self.fw(k) == "det" or self.plain_word(k) or k in self.title_words or self.doc[k].is_title) \
                and k not in self.inside and k - pred.end < 6:
            k += 1
        if k not in self.inside:
            return False  # "spoke by phone": a manner, no agent
        before = pred.start - 1
        return self.doc[before].text == "," or before in self.inside or self.doc[before].is_alpha and not self.fw(before)

    def passive_agent(self, pred: Predicate, limit: int) -> Span | None:
        for j in range(pred.end, min(limit, pred.end + 6)):
            if self.fw(j) == "agentive":
                k = j + 1
                while k < limit and self.fw(k) == "det":
                    k += 1
                if k not in self.mention_at and not self.m.subject_after_verb and k + 1 < limit and self.doc[k].is_lower \
                        and self.doc[k].is_alpha and not self.fw(k) and not self.lex.senses.longest(self.words, k)[0] \
                        and k + 1 in self.mention_at and self.mention_at[k + 1]._.kg.get("rule") == "group":
                    k += 1  # "by unidentified gunmen": an adjective before an unnamed group
                mention = self.mention_at.get(k)
                if mention is not None and not self.m.subject_after_verb and mention.end < limit \
                        and self.words[mention.end] in self.lex.affixes.get("syntax", {}).get("possessive", []):
                    owned = mention.end + 1  # "launched by Sudan's paramilitary Rapid Support Forces": the forces
                    while owned < limit and owned - mention.end < 4 and owned not in self.mention_at \
                            and (owned in self.title_words or self.plain_word(owned)):
                        owned += 1
                    mention = self.mention_at.get(owned, mention)
                return mention if mention is not None and self.is_actor(mention) else None
        return None

    def passive_patient(self, pred: Predicate, clause_start: int) -> Span | None:
        """The grammatical subject of a passive is its patient: "X was arrested"."""
        if not self.m.subject_after_verb:
            subject = self.subject_phrase_before(pred, clause_start)
            if subject is not None:
                return subject
        candidates = [m for m in self.mentions if clause_start <= m.start and m.end <= pred.start and not self.governed(m)]
        if not candidates:
            return None
        return candidates[-1] if self.m.subject_after_verb else candidates[0]

    def subject_phrase_before(self, pred: Predicate, clause_start: int) -> Span | None:
        """Subject-first languages: the noun phrase that ends right before the verb's auxiliaries is its
        subject ("three more Iranian men were arrested", "Imamoglu, Erdogan's rival, was detained"):
        a mention or count ending there, else its last words up to a determiner or number."""
        j = pred.start - 1
        while j >= clause_start and (self.fw(j) in ("aux", "adverb") or self.doc[j].text in self.m.passive_auxiliaries
                                     or self.doc[j].text in QUOTES):
            j -= 1
        if j >= clause_start and self.doc[j].text in (",", "،"):  # an apposition between subject and verb
            k = self.comma_before(j, clause_start)
            if k is None:
                return None
            named = self.mention_at.get(k + 1)
            if named is not None and named.end == j and named.label_ == "Person" and k - 1 not in self.inside:
                return named  # "The head of the bank's IT department, Musab Msallam, was abducted": the name in apposition
            j = k - 1
            earlier = self.comma_before(j + 1, clause_start)
            if earlier is not None and (self.fw(earlier + 1) in ("det", "quantifier") or self.lex.numbers.longest(self.words, earlier + 1)[0]):
                j = earlier - 1  # "X, the head of Y, one of Z, was killed": a second apposition
        if j < clause_start:
            return None
        count = next((q for q in self.quantities if q.end == j + 1 and q.start >= clause_start), None)
        if count is not None:
            return count
        mention = self.inside.get(j)
        if mention is not None and mention.end == j + 1 and mention.start >= clause_start:
            first = mention.start
            if mention._.kg.get("rule") == "group":  # "a 16-year-old boy": its modifiers, hyphenated ones too
                first = self.hyphened_start((self.compound(mention, clause_start) or mention).start, clause_start)
            if first == mention.start:
                return mention
            span = Span(self.doc, first, mention.end, label=mention.label_)
            span._.kg = dict(mention._.kg)
            return span
        start = j + 1
        while start - 1 >= clause_start and j + 1 - start < 3 and self.doc[start - 1].is_alpha and not self.fw(start - 1) \
                and not self.lex.numbers.longest(self.words, start - 1)[0] and not self.lex.senses.longest(self.words, start - 1)[0] \
                and (start - 1 not in self.inside or self.inside[start - 1]._.kg.get("rule") in ("group", "demonym")):
            start -= 1
        start = self.hyphened_start(start, clause_start)
        if start > j:
            return None
        span = Span(self.doc, start, j + 1, label="Group")
        span._.kg = {"rule": "complement", "english": "", "country": ""}
        return span

    def hyphened_start(self, start: int, clause_start: int) -> int:
        """"a 16-year-old boy", "Kurdish-led authorities": where the words of a hyphenated modifier before `start` begin."""
        if start - 3 >= clause_start and self.doc[start - 2].text == "-" and not self.doc[start - 3].whitespace_ \
                and not self.doc[start - 2].whitespace_ and self.doc[start - 1].is_alpha and start - 1 not in self.inside:
            start -= 1  # the participle of "Kurdish-led"
        while start - 2 >= clause_start and self.doc[start - 1].text == "-" and not self.doc[start - 2].whitespace_ \
                and not self.doc[start - 1].whitespace_ and (start - 2 not in self.inside or self.inside[start - 2].end == start - 1):
            start = self.inside[start - 2].start if start - 2 in self.inside else start - 2  # ("Iran-backed militias")
        return start

    def comma_before(self, j: int, clause_start: int) -> int | None:
        k = j - 1
        while k > clause_start and self.doc[k].text not in (",", "،"):
            k -= 1
        return k if k > clause_start else None

    def relative_antecedent(self, pred: Predicate) -> Span | None:
        j = pred.start - 1
        while j >= self.s and self.fw(j) in ("aux", "adverb"):
            j -= 1
        if j < self.s or self.fw(j) != "rel":
            return None
        before = [m for m in self.mentions if m.end <= j and j - m.end <= 3 and self.is_actor(m)
                  and not self.genitive(m)]
        if before and self.governed(before[-1]):
            # "العقوبات على روسيا، والتي تستهدف ...": a name inside a prepositional phrase is rarely what
            # the relative clause is about; the head noun before the phrase is
            return None
        return before[-1] if before else None

    def genitive(self, mention: Span) -> bool:
        """"إعلان بغداد": a name right after a plain noun completes that noun; it is not the head."""
        k = mention.start - 1
        return k >= self.s and self.doc[k].is_alpha and not self.fw(k) and k not in self.inside \
            and k not in self.title_words and not self.lex.senses.longest(self.words, k)[0]

    def subordinate_subject(self, pred: Predicate, taken: set[int]) -> Span | None:
        """"نقلت الميليشيا الحرب ... بعد أن هاجمت": a verb right after preposition + أن, with no
        subject of its own, has the main clause's."""
        j = pred.start - 1
        while j >= self.s and (self.fw(j) in ("adverb", "aux") or j in self.in_date):
            j -= 1
        if not (j - 1 >= self.s and self.fw(j) == "comp" and self.fw(j - 1) == "prep"):
            return None
        if self.subject_after(pred, self.e) is not None:
            return None
        candidates = [m for m in self.mentions if m.end <= j - 1 and m.start not in taken
                      and not self.governed(m) and self.is_actor(m)]
        return candidates[0] if candidates else None  # the main clause's subject comes first

    @staticmethod
    def same(a: Span, b: Span) -> bool:
        return a.start == b.start or bool(a.kb_id_) and a.kb_id_ == b.kb_id_

    def bare_pronoun_before(self, pred: Predicate) -> bool:
        j = pred.start - 1
        while j >= self.s and self.fw(j) in ("aux", "adverb"):
            j -= 1
        # ("قواتهم استهدفت": a pronoun suffix on the subject noun is no pronoun subject)
        return j >= self.s and self.fw(j) == "pron" and self.doc[j].whitespace_ != "" \
            and not (j > 0 and self.doc[j - 1].whitespace_ == "" and self.doc[j - 1].is_alpha and not self.fw(j - 1))

    def unnamed_subject(self, pred: Predicate) -> bool:
        """"اقترح مقطع فيديو ...": a plain noun right after a verb is its subject, though no name."""
        j = pred.end
        if j < self.e and j in self.title_words:
            return True  # "وطالب الأمين العام ...": a titled subject, named or not
        while j < self.e and (self.skippable(j) or self.object_pronoun(j)):
            j += 1
        return j < self.e and j not in self.inside and self.doc[j].is_alpha and not self.fw(j)

    def sentence_initial(self, pred: Predicate) -> bool:
        return all(self.fw(j) in ("conj", "aux", "adverb") or self.doc[j].is_punct for j in range(self.s, pred.start))

    def pronoun_subject(self, pred: Predicate) -> list[Span]:
        """إنها/أنه دمرت, "said it had downed": the pronoun subject of a reported clause is the speaker."""
        j = pred.start - 1
        while j >= self.s and (self.fw(j) in ("aux", "adverb") or self.doc[j].text in QUOTES):
            j -= 1  # (أنه "قضى" على: past a quote)
        if j - 1 >= self.s and self.fw(j - 1) == "comp" and self.doc[j].text in self.m.lex.affixes.get("clitics", {}).get("suffix_pronouns", []):
            return self.speaker_of(j - 1)
        if j >= self.s and self.fw(j) == "comp+pron":
            return self.speaker_of(j)
        if self.m.complementizer_optional and j >= self.s and self.fw(j) == "pron" and (
                self.is_comp(j - 1) or any(p.end <= j and j - p.end <= 4 and all(self.skippable(k) for k in range(p.end, j))
                                           for p in self._speech)):
            # "Ukraine said (that) it downed ...", "the rebels said on Sunday they had attacked ..."
            return self.speaker_of(j - 1) or self.speaker_of(j) or next(
                (p.agents for p in self._speech if p.end <= j and all(self.skippable(k) for k in range(p.end, j))), [])
        return []

    def speaker_of(self, i: int) -> list[Span]:
        for pred in self._speech:
            if pred.scope and pred.scope[0] <= i + 1 <= pred.scope[1]:
                return pred.agents
        return []

    def assign_speakers(self, preds: list[Predicate]) -> None:
        """Speech verbs: who speaks, and which stretch of the sentence they report."""
        self._speech = []
        self._per_source: list[Span] = []
        for index, pred in enumerate(preds):
            if pred.sense.kind == "per":
                mention = next((m for m in self.mentions if m.start >= pred.end and m.start - pred.end <= 3), None)
                if mention is not None:
                    self._per_source = [mention]
                    pred.used.add(mention.start)
                continue
            if pred.sense.kind not in SPEECH_KINDS:
                continue
            limit = self.e
            earlier = next((p for p in reversed(preds[:index]) if p.sense.kind in SPEECH_KINDS and p.agents), None)
            if earlier is not None and pred.sense.pos == "noun" and (earlier.scope is None or earlier.scope[0] > pred.start) \
                    and not any(self.is_comp(k) for k in range(earlier.end, pred.start)):
                continue  # "نفى الجيش، في بيان، أن ...": the statement is how the army denied, not a new speaker
            if earlier is not None and self.is_conjoined(pred) and (not self.m.subject_after_verb or self.subject_after(pred, limit) is None):
                # "ادعى بوتين أن ... وقال إن ...", "Rwanda denied X and said its troops ...": the same speaker
                agents, rule = earlier.agents, "conjoined"
            else:
                agents, rule = self.find_agents(pred, preds, index, None, limit)
            if not agents:
                unnamed = self.unnamed_speaker(pred)
                agents = self.speaker_of(pred.start) or ([] if unnamed else self.carried)
                rule = "carried"
                self.unnamed_speaks = self.unnamed_speaks or unnamed  # "The group denied ... It said": not the actor before
            relayed = self.relayed_from(pred, agents) if pred.sense.note.startswith("relay") else None
            if relayed is not None:  # "نقلت هيئة البث عن وزير الدفاع كاتس قوله إن": Katz speaks, the outlet relays
                agents, rule = [relayed], "relayed"
            pred.agents, pred.agent_rule = agents, rule
            comp = next((j for j in range(pred.end, self.e) if self.is_comp(j) or self.doc[j].text in (":", "“", "\"", "«")), None)
            if comp is None and self.postposed(pred, agents):
                pred.scope = (self.s, pred.start)  # "Y did Z, the Kremlin said."
                self._speech.append(pred)
            elif comp is None and self.m.complementizer_optional and agents and agents[0].end <= pred.start \
                    and not (pred.sense.pos == "noun" and self.fw(pred.start - 1) in ("prep", "agentive", "det")):
                comp = pred.end - 1  # "Ukraine said it downed 63 drones" (not "alarmed by reports of casualties")
            if comp is not None:
                later = next((p.start for p in preds[index + 1:] if p.sense.kind in SPEECH_KINDS and p.start > comp
                              and not (p.sense.pos == "noun" and self.fw(p.start - 1) in ("prep", "agentive", "det"))), self.e)
                # ("said it was alarmed by reports of casualties and called on": a report it mentions, no new speaker)
                later = next((j for j in range(comp + 1, later) if self.fw(j) == "boundary+pron"), later)  # "، لكنه": his own act
                if pred.sense.pos == "verb" and not any(p.sense.kind in SPEECH_KINDS for p in preds[:index]):
                    later = min([later, *(self.conjunction_before(p) for p in preds[index + 1:] if comp < p.start < later
                                          and self.speaker_goes_on(p, agents))])
                pred.scope = (comp, later)
                self._speech.append(pred)
            if agents and not self.last_actor:
                self.last_actor, self.last_actor_spoke = agents, True

    def unnamed_speaker(self, pred: Predicate) -> bool:
        """Subject-first languages: "The group denied ...", "Officials said ...": a speaker the text names only by a
        common noun is not the actor of the sentence before (a pronoun is: "He said", "..., it said")."""
        if self.m.subject_drop:
            return False
        j = pred.start - 1
        while j >= self.s and self.fw(j) in ("adverb", "aux"):
            j -= 1
        k = pred.end
        if j >= self.s and self.fw(j) == "pron" or k < self.e and self.fw(k) == "pron":
            return False
        return j >= self.s and self.doc[j].is_alpha and not self.fw(j) and j not in self.in_date

    def relayed_from(self, pred: Predicate, relays: list[Span]) -> Span | None:
        """The original speaker after "عن" ("from") a few words after a relaying verb and its subject."""
        start = max([pred.end, *(r.end for r in relays if r.start >= pred.end)])
        for j in range(start, min(self.e - 1, start + 3)):
            if self.words[j] in self.m.roles["topic"]:
                k = j + 1
                mention = self.mention_at.get(k)
                while mention is None and k < self.e and k - j <= 4 and k in self.title_words:
                    k += 1
                    mention = self.mention_at.get(k)
                return self.head_of(mention) if mention is not None and self.is_actor(mention) else None
        return None

    def conjunction_before(self, pred: Predicate) -> int:
        j = pred.start - 1
        while j >= self.s and self.fw(j) == "adverb":
            j -= 1
        return j

    def speaker_goes_on(self, pred: Predicate, agents: list[Span]) -> bool:
        """Subject-first languages: "Nausėda said the summit had shown that Moscow was not interested in peace and
        called on the EU to ...": a speech act joined by "and" to the end of a reported clause, with no subject of
        its own, is the speaker's next act; the reported clause ends before the "and"."""
        if self.m.subject_after_verb or not agents or pred.sense.pos != "verb" or pred.sense.kind != "trigger" \
                or pred.sense.event_type not in SPEAKER_ACT_TYPES or pred.sense.tense == "present" and self.nonfinite(pred):
            return False
        j = self.conjunction_before(pred)
        return j > self.s and self.fw(j) == "conj" and self.words[j] == "and"

    def postposed(self, pred: Predicate, agents: list[Span]) -> bool:
        """A speech verb after what it reports: only its speaker, dates and punctuation follow it,
        and a comma stands before it or its speaker."""
        rest = [j for j in range(pred.end, self.e) if not (self.doc[j].is_punct or self.doc[j].is_space or self.skippable(j) or
                any(a.start <= j < a.end for a in agents))]  # (the line break ending a paragraph is no word)
        if rest or pred.start - self.s < 4:
            return False
        first = min([pred.start, *(a.start for a in agents)])
        while first - 1 >= self.s and (self.fw(first - 1) == "det" or first - 1 in self.title_words):
            first -= 1  # ", the Foreign Office said.", ", Interior Minister Ali Yerlikaya said."
        return first - 1 >= self.s and self.doc[first - 1].text in (",", "،")

    def source_of(self, i: int) -> tuple[list[Span], Predicate | None]:
        best = None
        for pred in self._speech:
            if pred.scope and pred.scope[0] <= i < pred.scope[1]:
                best = pred  # the innermost (latest) speech verb wins
        if best is not None:
            return best.agents, best
        return self._per_source, None

    def read_trigger(self, pred: Predicate, preds, index, previous, limit) -> list[dict]:
        sense = pred.sense
        rule = f"{self.res.language}/{sense.pos}"
        if pred.start in self.consumed:
            return []  # an attack noun that is the subject of a verb of its kind: the verb's line tells it
        subject = self.event_subject(pred, preds, index)
        subject_end = pred.end
        if subject is not None:
            # "الغارة استهدفت طواقم الإسعاف": the strike's author did it; the name after the verb is the target
            pred.subject_event = subject
            agents, order = self.event_actor(subject, pred), "event-subject"
            self.consumed.add(subject[0])
            if subject[0] > pred.start:  # "استهدفت غارة إسرائيلية منزلا": the target after the strike and its words
                subject_end = subject[1]
                while subject_end < limit and (self.lex.is_adjective(self.words[subject_end]) or subject_end in self.inside
                                               and self.inside[subject_end]._.kg.get("rule") == "demonym"):
                    subject_end += 1
            if not agents:
                return self.drop(pred, "an attack is the subject and neither the text nor the speaker says whose")
        else:
            agents, order = self.find_agents(pred, preds, index, previous, limit)
        taken = {a.start for a in agents}
        accusation = self.accusation_for(pred, preds, index)
        if accusation:
            return self.accused_act(pred, accusation, limit)
        if sense.event_type in VICTIM_TYPES:
            caused = self.caused_deaths(pred, preds, index, agents, limit)
            if caused:
                return caused
        if sense.note.startswith("passive participle"):
            return self.passive_participle(pred)
        if sense.pos == "noun":
            agents, order, patient_from = self.noun_agents(pred, preds, index, previous, limit)
            if not agents and order != "undergo":
                return self.drop(pred, "event noun without a support verb, 'by' phrase or genitive actor")
            taken = {a.start for a in agents}
            if patient_from == pred.end and pred.end < self.e and self.object_pronoun(pred.end):
                patient_from += 1  # "أعلن قبوله هدنة إنسانية": past the possessive pronoun
            if pred.support is not None and pred.support.start > pred.start:
                # "هجوم شنته قوات الدعم السريع على مخيم زمزم": the target follows the support verb's subject
                limit = max(limit, self.clause_end(preds, preds.index(pred.support)))
        else:
            agents = [self.delegation(a) for a in agents]  # "التقى وفد حماس مسؤولين": the delegation is the subject
            patient_from = max([subject_end, *(a.end for a in agents if a.start > pred.start)])
            if patient_from > pred.end and self.m.subject_after_verb:
                patient_from = self.past_apposition(patient_from, limit)  # "اتهم حزب الشعب، أكبر أحزاب المعارضة، الحكومة"
        if sense.event_type in ATTACK_TYPES and not self.polarity(pred, None)[0]:
            self.attackers += [a for a in agents if self.is_actor(a)]  # (warplanes of a nation: that nation's side)
        if agents and all(a.label_ == "Object" for a in agents) and not (
                sense.event_type in OBJECT_AGENT_TYPES and all(self.weapon(a) for a in agents)):
            return self.drop(pred, "only weapons act, and only in attacks: drones 'heading for Moscow' visit nobody")
        self.current_agents = agents
        pred.agent_rule = order
        if order == "between":  # both sides are named: the symmetric types take one line, the others two
            patients, patient_rule = ([], "") if sense.event_type in SYMMETRIC_TYPES else ([], "reciprocal")
            if sense.event_type == "agree":  # "توقيع وثيقة الشراكة بين البلدين": each side agrees to the document
                between = next((k for k in range(pred.end, limit) if self.words[k] in self.m.roles["between"]), limit)
                deal = self.complement(pred.end, between) if between > pred.end else None
                patients, patient_rule = ([deal], "deal") if deal is not None else ([], "")
        else:
            patients, patient_rule = [], ""
            if order == "vso" and agents and agents[0].start > pred.end + 1 and self.fw(pred.end) == "prep":
                # "شارك في القمة الرئيس ...": the complement stood before the subject
                patients, patient_rule = self.find_patients(pred, pred.end, agents[0].start, taken)
                patients = [self.cut_before(p, agents[0].start) for p in patients]
            if not patients:
                own = limit  # an English event noun takes no object past "and" ("notice of the strike and thanked Tehran")
                if sense.pos == "noun" and not self.m.subject_after_verb:  # unless a preposition repeats ("for X and for Y")
                    own = next((k for k in range(patient_from, limit) if self.fw(k) == "conj" and self.fw(k + 1) != "prep"), limit)
                patients, patient_rule = self.find_patients(pred, patient_from, own, taken)
        pred.agents, pred.agent_rule = agents, order
        if patient_rule != "by-clause-subject":  # that patient is also the clause's own subject
            pred.used |= {p.start for p in patients}
        if agents and (not self.last_actor or self.last_actor_spoke):
            self.last_actor, self.last_actor_spoke = agents, False  # a doer before a speaker for "He met ..."
        if not any(self.is_actor(p) for p in patients) and sense.event_type in CLAUSE_ADDRESSEE_TYPES:
            # (a demand's addressee beats what it asks for: "accused Britain of ... and demanded consular access")
            addressee = self.clause_subject_after(patient_from)
            if addressee is not None:  # "demanded that Russia accept a ceasefire": Russia is asked
                patients, patient_rule = [addressee], "clause-subject"
            elif order == "conjoined" and previous is not None and previous.accusation and not self.m.subject_after_verb:
                # "accused Israel of ... and demanded that it withdraw": the accused is asked
                accused = {id(t): t for _, t in previous.accusation if self.is_actor(t)}
                patients, patient_rule = list(accused.values())[:1], "accused"
        if sense.event_type == "agree" and order != "between":
            agents, patients = self.deal_sides(pred, agents, patients, limit)
        if sense.event_type not in COUNTED_PATIENT_TYPES:
            patients = [p for p in patients if p._.kg.get("unit") is None]
        if sense.event_type in SYMMETRIC_TYPES:
            topics = [p for p in patients if not self.is_actor(p)]
            # one talks with someone: not with a topic, nor with the city the talks were held in
            patients = [p for p in patients if self.is_actor(p) and p.label_ not in PLACE_TYPES - {"Country"}
                        and not self.modifier_only(p)]
            if not patients and not topics and len(agents) > 1 and order != "genitive":
                agents, patients = agents[:1], agents[1:]  # "التقى X وY" with no object: X with Y
        elif patients and patients[0]._.kg.get("rule") == "complement" and sense.event_type in TOPIC_PATIENT_TYPES:
            topic = self.topic_in(patients[0].start, limit)
            if topic is not None:  # "على استعداد للعمل مع أوكرانيا في وقف إطلاق النار": the ceasefire
                patients = [topic]
        if sense.event_type in ORDERED_ACT_TYPES and sense.pos == "verb" and len(patients) == 1:
            act = self.ordered_act(patients[0])
            patients, patient_rule = ([act], "ordered-act") if act is not None else (patients, patient_rule)
        people_patient = sense.event_type in PEOPLE_PATIENT_TYPES | VICTIM_TYPES  # members arrested, killed: people
        patients = [self.delegation(self.named_group(self.possessor(p), members=not people_patient)) for p in patients]
        agents = [self.delegation(self.named_group(self.possessor(a))) for a in agents]
        if sense.event_type in ATTACK_TYPES | VICTIM_TYPES:
            agents = [self.attackers_named(a, pred) for a in agents]  # "أضرم المهاجمون النار": the attackers named before
        if sense.event_type in TARGET_TYPES and not patients and agents:
            warned = self.warned_subject(patient_from, agents)
            patients, patient_rule = ([warned], "warned") if warned is not None else (patients, patient_rule)

        if sense.event_type in ATTACK_TYPES and patients and all(self.weapon(p) for p in patients):
            # "استهدفوا بصواريخ مقر الموساد", "مسيرات أطلقها الحوثيون باتجاه المدمرة": the weapon is how, not whom
            patients, patient_rule = self.target_after(pred, max([pred.end, *(p.end for p in patients), *(a.end for a in agents)]),
                                                       limit, taken | {p.start for p in patients})
        if sense.event_type == "fight" and len(patients) == 1:
            patients = [self.attacker_of(patients[0])]  # "صدت هجوما جديدا للدعم السريع": fought the attackers
        if sense.event_type in ATTACK_TYPES | {"seize", "recapture"} and len(patients) == 1:
            patients = self.vicinity_of(patients[0]) or patients  # "على أطراف بلدتي الجرمق والمحمودية"
        if sense.event_type in TERRITORY_TYPES and patients and not any(p.label_ in PLACE_TYPES for p in patients):
            # "drove Ukrainian troops out of Kursk": the troops are driven out, the territory is what is retaken
            preps = tuple(p for p in sense.patient if p != "obj")
            place = self.after_preposition(patients[-1].end, limit, preps, taken) if preps else None
            patients = [place] if place is not None and place.label_ in PLACE_TYPES else patients
        if sense.event_type in ATTACK_TYPES and len(patients) == 1:
            patients = self.named_sites(patients[0]) or patients
        if order == "genitive" and not any(self.is_actor(p) or p.label_ in PLACE_TYPES for p in patients):
            return self.drop(pred, "a noun with only a genitive actor needs a named patient")
        if any(len(p) == 1 and p[0].text in self.lex.affixes.get("clitics", {}).get("suffix_pronouns", []) for p in patients):
            return self.drop(pred, "the patient is a pronoun we do not resolve")  # "سيطر عليهما المسلحون"
        if sense.event_type in ATTACK_TYPES and patients and all(not p.kb_id_ and (p._.kg or {}).get("rule") in ("complement", "group")
                                                                and p[-1].norm_ in self.m.empty_targets for p in patients):
            return self.drop(pred, "fired into the sea or an open area: no one was struck")
        if sense.event_type in ATTACK_TYPES and sense.pos == "verb" and patients and self.characterised(patients[-1].end):
            return self.drop(pred, "an object called something ('attacked the decision as reckless'): words, not a strike")
        if sense.event_type in CLAUSE_ADDRESSEE_TYPES and sense.pos == "verb" and patients and all(
                p.start - 1 >= self.s and self.words[p.start - 1] in self.m.roles["possessive"] and self.act_after(p.start)
                for p in patients):
            return self.drop(pred, "pressing on with one's own act ('pressed their offensive') asks no one anything")
        if sense.event_type == "support" and patients and all(self.weapon(p) for p in patients):
            return self.drop(pred, "weapons supplied are how one supports, not whom")  # "weapons supplied by the UAE"
        if sense.event_type in PEOPLE_PATIENT_TYPES and patients and not any(
                p.label_ in ("Person", "Group", "ArmedGroup", "Organization") and not self.weapon(p) or self.people(p) for p in patients):
            return self.drop(pred, "one arrests people, not things (قامت بإيقاف العمليات)")
        if sense.event_type in VICTIM_TYPES and sense.note.startswith("wound") and not any(self.people(p) or p.label_ == "Person" for p in patients):
            return self.drop(pred, "a wound verb whose object is no person: it hit a thing")
        if sense.note.startswith("warning") and patient_rule == "prep" and not self.m.subject_after_verb:
            # "warned of famine in parts of Darfur": only a hostile act warned of, or "warned against X", aims at someone
            patients = [p for p in patients if self.governed(p) in sense.patient and self.governed(p) != "of" or any(
                q.sense.event_type in HOSTILE_TYPES for q in preds[index + 1:] if pred.end <= q.start < p.start)]
        if sense.event_type in TARGET_TYPES and not any(self.is_actor(p) or p.label_ in PLACE_TYPES for p in patients):
            target = self.target_in(patients[0].start if patients else patient_from, limit, agents)
            if target is not None and sense.note.startswith("warning") and not any(
                    p.sense.event_type in HOSTILE_TYPES for p in preds[index + 1:] if p.start < target.start):
                target = None  # "warned of famine in parts of Darfur": a warning of no hostile act threatens no one there
            patients, patient_rule = ([target], "target") if target is not None else ([], patient_rule)
            conditioned = self.condition_subject(pred, agents) if not patients and agents else None
            patients, patient_rule = ([conditioned], "condition") if conditioned is not None else (patients, patient_rule)
            whoever = self.whoever(pred, limit) if not patients and agents and self.m.subject_after_verb else None
            patients, patient_rule = ([whoever], "whoever") if whoever is not None else (patients, patient_rule)
        if agents and all(a.label_ == "Organization" and not a.kb_id_ and (a._.kg or {}).get("rule") == "title-alone"
                          and not (a._.kg or {}).get("country") and not self.m.located(self.doc, a) for a in agents):
            # (a body the text places, "محكمة في إسطنبول", is named enough)
            return self.drop(pred, "the actor is a body the text does not name ('المجلس', 'the council')")
        agents = [a for a in agents if not self.demonym_people(a)]
        unowned_weapon = not agents and sense.event_type in ATTACK_TYPES and sense.pos == "verb" and patients \
            and self.m.unowned_weapon_attacks and self.weapon_subject(pred)  # "طائرات مسيرة مفخخة ضربت حقل سرسنك": struck by whom, the text does not say
        undergone_unnamed = not agents and order == "undergo" and sense.event_type in ATTACK_TYPES and patients
        if not agents and not unowned_weapon and not undergone_unnamed and not (
                order == "" and self.passive(pred) and patients and sense.event_type in AGENTLESS_PASSIVE_TYPES
                and patient_rule == "passive-subject"):
            return self.drop(pred, "no agent found")  # an event with no actor is rarely what the text says
        patients = [self.whole_topic(p) if self.fragment(p) else p for p in patients]
        patients = [p for p in patients if not self.fragment(p) and not self.demonym_people(p)
                    and not (len(p) == 1 and self.lex.numbers.longest(self.bare, p.start)[0] and p.start not in self.quantity_at)]
        # ('قتلوا "العشرات"': a bare "dozens" names nobody)
        if sense.event_type in JOINT_TYPES and sense.pos == "verb" and not self.m.subject_after_verb:
            agents, patients = self.cosignatories(agents, patients, limit)
        if not patients and sense.event_type == "attack" and agents and not self.m.subject_after_verb:
            where = self.find_place(pred, limit, taken)
            if where is not None and where.label_ in PLACE_TYPES - {"Facility"}:
                # "carried out hundreds of air strikes in Syria", "resumed its offensive in Gaza": the land struck
                patients, patient_rule = [where], "place"
        if sense.event_type == "fight" and patients and not any(self.is_actor(p) or p.label_ in PLACE_TYPES for p in patients) \
                and patients[0].label_ == "Topic" and (sense.pos == "noun" or patients[0]._.kg.get("rule") == "group"):
            return self.drop(pred, "a war on a thing ('الإرهاب', 'terrorism') is no fight with a side")
        if not patients and sense.event_type == "fight" and sense.pos == "verb" and patient_rule != "reciprocal":
            return self.drop(pred, "a fighting verb with no opponent ('قواته صدت'): who fought whom is the fact")
        if not patients and (sense.event_type not in PATIENT_OPTIONAL or order == "genitive" or sense.pos == "noun"
                             and sense.event_type in CLAUSE_ADDRESSEE_TYPES) and patient_rule != "reciprocal":
            # ("a request by prosecutors" alone: a demand noun needs what or whom it asks)
            # "دعوة الشرع" alone: the genitive may be who calls or who is invited; only a patient settles it
            return self.drop(pred, f"no patient found for agent '{agents[0].text}'")
        patients = [p for p in patients if not any(self.same(p, a) for a in agents)]  # nobody meets himself
        if not patients and sense.event_type not in PATIENT_OPTIONAL and patient_rule != "reciprocal":
            return self.drop(pred, "the only patient found is the agent itself")
        # a place inside what is demanded or agreed ("طالب بوقف إطلاق النار في غزة") is the topic's, not the act's
        topical = [p for p in patients if not self.is_actor(p) and p.label_ not in PLACE_TYPES and len(p) > 1]
        place_limit = min([limit, *(p.start for p in topical)]) if sense.event_type in TOPIC_PATIENT_TYPES | CLAUSE_ADDRESSEE_TYPES | {"order"} else limit
        place = self.find_place(pred, max(place_limit, pred.end), taken | {p.start for p in patients})
        sources, speech = self.source_of(pred.start)
        if order == "participle" and sources and any(self.same_side(a, s) for a in agents for s in sources):
            sources = []  # "وقال X إن ...، داعيا إلى ...": X's own act, told by the article, not a claim of X's
        negated, modality = self.polarity(pred, speech)
        if sense.pos == "noun" and order != "undergo" and pred.start > self.s and self.words[pred.start - 1] in self.purpose_markers():
            modality = "hypothetical"  # "لاستعادة الأراضي": in order to retake, not a retaking
        reciprocal = patient_rule == "reciprocal"
        if sense.event_type == "accuse":
            pred.accusation = [(agent, target) for agent in agents
                               for target in ([a for a in agents if a is not agent] if reciprocal else patients)]
        event_type = sense.event_type
        if event_type == "attack" and order == "participle" and any(p.sense.event_type == "sanction" for p in preds[:index]):
            event_type = "sanction"  # "adopted a package of sanctions against Russia, targeting its banks": sanctioned
        parties = [*agents, *patients]
        delegations = [(x._.kg or {}).get("english") in self.m.negotiating_groups for x in parties]
        if event_type == "meet" and any(delegations) and not any(
                x.label_ in ("Person", "Group") and not d for x, d in zip(parties, delegations)):
            # "Russian and Ukrainian delegations met": a round of talks; a delegation that met a leader or officials
            # met them
            event_type = "negotiate"
        elif event_type == "meet" and parties and not any(x.label_ == "Person" for x in parties) and any(
                s.event_type == "negotiate" for k in range(pred.start, pred.end) for s in self.lex.senses.longest([self.words[k]], 0)[1]):
            event_type = "negotiate"  # "Russia and Ukraine held talks": countries holding talks negotiate (people meet)
        elif pred.support is not None and parties and all(x.label_ == "Person" for x in parties):
            # "Trump and Putin held nearly three hours of talks": people holding talks meet, as the phrase "held talks" says
            phrase = [*self.words[pred.support.start:pred.support.end], *self.words[pred.start:pred.end]]
            event_type = next((s.event_type for s in self.lex.senses.longest(phrase, 0)[1] if s.event_type in SYMMETRIC_TYPES),
                              event_type)
        count = self.weapon_count(pred, limit, patients) if event_type in ATTACK_TYPES else None
        out = []
        for agent in agents or [None]:
            targets = [a for a in agents if a is not agent] if reciprocal else (patients or [None])
            for patient in targets:
                out.append({
                    "type": event_type, "trigger": (pred.start, pred.end), "agent": agent, "part": patient_rule == "part-of-antecedent",
                    "patient": patient, "place": place, "source": sources[0] if sources else None, "count": count,
                    "negated": negated, "modality": modality, "speech": speech, "predicate": pred,
                    "rule": "+".join(filter(None, [f"{rule}-{order or 'noagent'}", patient_rule])),
                    "lexicon": f"{sense.where} {sense.lemma}",
                })
        also = sense.note.split(";")[0].split() if sense.note.startswith("also ") else []
        if len(also) == 2 and also[1] in PATIENT_OPTIONAL and not reciprocal:
            # "fought alongside Russian units": support for them, and a fight with no named enemy
            out += [{**frame, "type": also[1], "patient": None, "rule": frame["rule"] + "+also"}
                    for frame in out if frame["patient"] is (patients[0] if patients else None)]
        return out

    def instrument_end(self, j: int) -> int:
        """Where "ب" + a weapon ("بصاروخ", "بطائرة مسيرة") that begins at j ends, or j if none does."""
        if j + 1 >= self.e or self.words[j] not in self.m.roles["instrument"]:
            return j
        mention = self.mention_at.get(j + 1) or self.quantity_at.get(j + 1)
        if mention is not None:
            return mention.end if self.weapon(mention) else j
        size, units = self.lex.units.longest(self.bare, j + 1)
        return j + 1 + size if size and units[0] in self.m.weapon_units else j

    def weapon_count(self, pred: Predicate, limit: int, patients: list[Span]) -> Span | None:
        """"أطلق الحوثيون صاروخين على إسرائيل", "رد بإطلاق 5 مسيرات": how many weapons an attack was made with, when
        the clause counts them (and they are not its patient)."""
        taken = {p.start for p in patients}
        return next((q for q in self.quantities if pred.end <= q.start < limit and q.start not in taken
                     and not q._.kg.get("vague") and self.weapon(q)), None)

    def event_subject(self, pred: Predicate, preds, index) -> tuple[int, int] | None:
        """(start, end) of an attack noun heading a verb's subject, with only its adjectives, the name of the operation
        or a nationality between: "الغارة الثانية استهدفت", "عملية «الوعد الصادق» استهدفت", "the strike killed"."""
        if pred.sense.pos != "verb" or pred.sense.event_type not in ATTACK_TYPES | VICTIM_TYPES | {"intercept"} \
                or self.passive(pred):
            return None
        after = self.attack_noun_after(pred, preds, index)
        if after is not None:
            return after  # "استهدفت غارة جوية بعد ظهر اليوم مبنى": the strike is the subject (VSO)
        verb = next((p for p in reversed(preds[:index]) if p.sense.pos == "verb" and p.sense.kind == "trigger"), None)
        if verb is not None and verb.subject_event is not None and self.is_conjoined(pred):
            return verb.subject_event  # "الغارات قتلت شخصين وأصابت 48 آخرين": the strikes wounded them too
        noun = next((p for p in reversed(preds[:index]) if p.end <= pred.start), None)
        if noun is not None and noun.sense.pos == "noun" and noun.sense.kind == "trigger" and noun.sense.event_type in ATTACK_TYPES:
            start, end = noun.start, noun.end
        else:  # "عملية «الوعد الصادق 3»": an operation with its name
            k = pred.start - 1
            while k >= self.s and (self.doc[k].text in QUOTES or k in self.in_date or self.fw(k) in ("aux", "adverb")):
                k -= 1
            close = k + 1
            while k >= self.s and self.doc[close].text in QUOTES and self.doc[k].text not in QUOTES and close - k < 7:
                k -= 1  # back over the quoted name to its opening quote
            if not (close < pred.start and self.doc[close - 1].text in QUOTES or self.doc[close].text in QUOTES) \
                    or k - 1 < self.s or self.words[k - 1] not in self.m.roles["operation"]:
                return None
            start, end = k - 1, k
        j = end
        while j < pred.start:
            mention = self.mention_at.get(j)
            if mention is not None and mention._.kg.get("rule") == "demonym":
                j = mention.end
            elif self.doc[j].text in QUOTES:
                j += self.quoted_words(j, pred.start + 1) or 1
            elif self.lex.is_adjective(self.words[j]) or self.fw(j) in ("aux", "adverb") or j in self.in_date:
                j += 1
            else:
                return None
        k = start - 1
        opens = k < self.s or self.is_comp(k) or self.fw(k) in ("conj", "comp+pron") or self.doc[k].text in (",", "،") \
            or not self.m.subject_after_verb and self.fw(k) == "det" and (k - 1 < self.s or self.is_comp(k - 1) or self.fw(k - 1) == "conj")
        # "استشهد نازحون في قصف استهدف خيمة": a verb right after an indefinite noun is a clause about it (its subject)
        relative = self.m.subject_after_verb and self.words[start] == self.bare[start] and self.fw(k) in ("prep", "cause")
        return (start, end) if opens or relative else None

    def attack_noun_after(self, pred: Predicate, preds, index) -> tuple[int, int] | None:
        """Subject-after-verb languages: an attack noun right after the verb (past a date) as its subject."""
        if not self.m.subject_after_verb or index + 1 >= len(preds):
            return None
        noun = preds[index + 1]
        if noun.sense.pos != "noun" or noun.sense.kind != "trigger" or noun.sense.event_type not in ATTACK_TYPES \
                or any(not (k in self.in_date or self.skippable(k)) for k in range(pred.end, noun.start)) \
                or pred.end < self.e and self.object_pronoun(pred.end) \
                or self.words[noun.start] == self.bare[noun.start] and self.lex.accusative_stem(self.words[noun.start]):
            return None  # ("صدت هجوما": an accusative noun is the object)
        clause = self.clause_start(preds, index)
        if any(self.is_actor(m) for m in self.mentions if clause <= m.start and m.end <= pred.start):
            return None  # "قواته صدت الهجوم": the verb has its subject already
        return noun.start, noun.end

    def event_actor(self, noun: tuple[int, int], pred: Predicate, speaker: bool = True) -> list[Span]:
        """Whose attack it was: a nationality or an actor on the noun ("غارة إسرائيلية", "an Israeli strike"); else a
        speaker who is an armed force or a state (it tells of its own strikes: "قال الجيش إن الغارة استهدفت"); else
        the one side this document's recent sentences have told of attacking."""
        start, end = noun
        for j in (start - 1, end):
            mention = self.inside.get(j)
            if mention is not None and (mention._.kg.get("rule") == "demonym" or self.is_named_actor(mention)) \
                    and self.is_actor(mention) and (j == end or not self.m.subject_after_verb):
                return [mention]
        k = end
        stop = pred.start if start < pred.start else self.e
        while k < stop and (self.lex.is_adjective(self.words[k]) or self.doc[k].text in QUOTES):
            k += 1
        mention = self.inside.get(k)
        if mention is not None and mention._.kg.get("rule") == "demonym" and k < stop:
            return [mention]  # "الهجوم الإسرائيلي الغادر"
        if pred.sense.tense == "present":
            return []  # "الغارة تستهدف مساعي الدولة": a present tense tells what a strike means, not who struck
        speakers, speech = self.source_of(pred.start)
        if speaker and speech is not None and speakers and speakers[0].label_ in ("Military", "ArmedGroup", "Country"):
            return speakers[:1]
        recent = [a for number, a in self.m.attackers if self.number - number <= 2] + [a for a in self.attackers if a.start < pred.start]
        sides = {self.m.side_key(a) for a in recent}
        if len(sides) == 1:
            return [self.as_side(recent[-1])]
        if not recent and self.m.sole_attacker is not None:
            return [self.as_side(self.m.sole_attacker)]  # the one side the whole article tells of attacking
        self.wanted_attacker = self.wanted_attacker or not recent
        return []

    def deal_sides(self, pred: Predicate, agents: list[Span], patients: list[Span], limit: int) -> tuple[list[Span], list[Span]]:
        """"أعلن X التوصل إلى اتفاق لوقف إطلاق النار مع Y": the deal the trigger names is what is agreed, and the
        partner after "مع" is a second side agreeing (one line each, convention 4)."""
        deal_words = [tuple(w.split()) for w in self.m.roles["deal"]]
        at = next((k for k in range(pred.start, pred.end) if tuple(self.bare[k:k + 1]) in deal_words or (self.words[k],) in deal_words), None)
        if at is None:
            return agents, patients
        deal = self.complement(at, limit)
        partners = [p for p in patients if self.is_actor(p) and self.governed(p) in [fold(w, self.res.language) for w in ("مع", "with")]]
        if deal is None:
            return agents, patients
        k = deal.end
        if k + 1 < limit and self.words[k] in self.m.roles["between"] and k + 1 in self.mention_at:
            sides = [s for s in self.coordinated(self.mention_at[k + 1]) if self.is_actor(s)]
            if len(sides) > 1:  # "أعلنت عمان التوصل إلى اتفاق ... بين الولايات المتحدة والحوثيين": the two agreed
                deal._.kg = {**deal._.kg, "rule": "act"}
                return sides, [deal]
        deal._.kg = {**deal._.kg, "rule": "act"}
        return agents + [p for p in partners if not any(self.same(p, a) for a in agents)], [deal]

    def caused_deaths(self, pred: Predicate, preds, index, agents: list[Span], limit: int) -> list[dict]:
        """Victims of an attack: "غارات ... ما أسفر عن مقتل ثلاثة" (the attack before caused them),
        "قتل سبعة أشخاص في غارات إسرائيلية", "killed in Israeli strikes" (the attack after caused them).
        The attacker is the agent, the victims the patient, whatever the passive hides."""
        result = self.fw(pred.start) == "result"
        if result:
            agents = []  # "shelled the city, killing 15 civilians": the shelling's subject is the killer, not a victim
        victims = [a for a in agents if not self.is_named_actor(a)]
        if agents and not victims:
            return []
        if not agents and not self.m.subject_after_verb and self.passive(pred):  # "X had been killed in an Israeli strike"
            victim = self.passive_patient(pred, self.clause_start_of(pred))
            victims = (self.coordinated(victim) if victim.start in self.mention_at else [victim]) if victim is not None else []
        j = pred.start - 1
        while j >= self.s and (self.fw(j) in ("prep", "rel") or self.skippable(j)):
            j -= 1
        attacker = None
        if result or j >= self.s and self.fw(j) == "result" or pred.start - 1 >= self.s and self.fw(pred.start - 1) == "result":
            earlier = next((p for p in reversed(preds[:index]) if p.agents and p.sense.event_type in ATTACK_TYPES), None)
            attacker = earlier.agents[0] if earlier is not None else None
            if result and attacker is None:
                return self.drop(pred, "deaths an attack caused, and no attack with an actor before them")
        if attacker is None:
            attacker = self.agentive_after(pred, limit)  # "استشهد عشرة مواطنين برصاص قوات الاحتلال"
        if attacker is None:
            attacker = self.attack_after(pred, preds, index, limit)
        if attacker is None:
            attacker = self.attack_before(pred, preds, index)
        if attacker is None:
            attacker = self.coordinated_victims(pred, preds, index)  # "مقتل خمسة أشخاص وإصابة 28 آخرين": the same killer
        if attacker is None:
            if not self.m.passive_auxiliaries:
                # a language that does not write its passives ("قتل 31 فلسطينيا" is "killed" or "were killed"):
                # victims are mostly annotated with the killer the article names elsewhere: the one side it tells of
                # attacking lately; with none (clashes, an unnamed killer) the deaths alone, when the victims stand
                # before the verb or the verb has no object ("ثمانية مدنيين قتلوا خلال الاشتباكات", "استشهد شاب")
                people = [v for v in victims if self.people(v)] or self.counted_people_near(pred)
                first = bool(people) and people[0].start < pred.start or "obj" not in pred.sense.patient
                if not people or not first or self.object_after(max([pred.end, *(v.end for v in people)]), limit,
                                                                {v.start for v in people}) is not None:
                    return []  # ("عناصرها قتلوا نحو 1500 شخص": the ones before the verb killed those after it)
                clashes = any(p.sense.event_type == "fight" for p in preds)
                recent = None if clashes else next(iter(self.event_actor((pred.start, pred.start), pred, speaker=False)), None)
                return self.victims_of(pred, limit, people, recent)
            # "five people were killed": a written passive; the deaths are the fact, the agent stays empty
            people = [v for v in victims if self.people(v)] or self.counted_people_near(pred)
            if "obj" in pred.sense.patient and not self.passive(pred):
                return []  # "killed more than 400 people": an active verb has a killer the rules did not find
            if not people or self.object_after(max([pred.end, *(v.end for v in people)]), limit, {v.start for v in people}) is not None:
                return []
            patients, rule = people, "victims"
        else:
            counted = self.counted_people_near(pred)
            # a count right at the verb beats a name further back ("استشهد عشرة مواطنين وأصيب 35 آخرون")
            patients = [c for c in counted if c.start >= pred.end] or victims or counted \
                or [p for p in [self.object_after(pred.end, limit, {attacker.start})] if p is not None and not self.weapon(p)]
            rule = "caused-by-attack"
        return self.victims_of(pred, limit, patients, attacker, rule)

    def as_side(self, agent: Span) -> Span:
        """A nation's weapons ("الطائرات الإسرائيلية") stand for the nation: its nationality word, as a country."""
        iso = (agent._.kg or {}).get("country") if agent.label_ == "Object" else None
        if not iso:
            return agent
        k = agent.end
        while k > agent.start and self.res.demonyms.longest(self.m.bare, k - 1)[0]:
            k -= 1
        if k == agent.end:
            return agent
        side = Span(self.doc, k, agent.end, label="Country")
        side._.kg = {"rule": "demonym", "english": "", "country": iso}
        return side

    def attackers_named(self, agent: Span, pred: Predicate) -> Span:
        """"المهاجمون", "the attackers", "the assailants": a group named by what it did is the side that did it, when
        the article tells of one side attacking."""
        if agent.kb_id_ or agent.label_ != "Group" or (agent._.kg or {}).get("english") not in self.m.roles["attackers"]:
            return agent
        side = self.event_actor((agent.start, agent.start), pred, speaker=False)
        return side[0] if side else agent

    def coordinated_victims(self, pred: Predicate, preds, index) -> Span | None:
        """The killer of the deaths this wounding (or killing) is joined to by "و", in the same sentence."""
        j = pred.start - 1
        if j < self.s or self.fw(j) != "conj":
            return None
        earlier = next((p for p in reversed(preds[:index]) if p.sense.event_type in VICTIM_TYPES and p.end <= j), None)
        killer = getattr(earlier, "killer", None) if earlier is not None else None
        return killer

    def victims_of(self, pred: Predicate, limit: int, patients: list[Span], attacker: Span | None, rule: str = "victims") -> list[dict]:
        if not patients:
            return []
        pred.killer = attacker
        negated, modality = self.polarity(pred, None)
        sources, speech = self.source_of(pred.start)
        rule = "caused-by-attack" if attacker is not None and rule == "victims" else rule
        return [{"type": pred.sense.event_type, "trigger": (pred.start, pred.end), "agent": attacker, "patient": patient,
                 "place": self.find_place(pred, limit, {patient.start} | ({attacker.start} if attacker is not None else set())),
                 "source": sources[0] if sources else None, "negated": negated, "modality": modality,
                 "speech": speech, "predicate": pred, "rule": f"{self.res.language}/{rule}",
                 "lexicon": f"{pred.sense.where} {pred.sense.lemma}"} for patient in patients]

    def counted_people_near(self, pred: Predicate) -> list[Span]:
        """A count of people standing as the verb's subject: "أكثر من 350 شخصا قد قتلوا", "قتل 31 فلسطينيا"."""
        j = pred.start - 1
        while j >= self.s and self.fw(j) in ("aux", "adverb"):
            j -= 1
        before = next((q for q in self.quantities if q.end == j + 1), None)
        after = self.quantity_at.get(pred.end)
        return [q for q in (before, after) if q is not None and self.people(q)][:1]

    def attacker_of(self, phrase: Span) -> Span:
        """"هجوما جديدا للدعم السريع", "an RSF assault": an attack named as what is fought stands for its attacker,
        the actor that qualifies it (before or after the noun, past adjectives and a genitive preposition)."""
        if phrase.start in self.mention_at or not any(s.kind == "trigger" and s.pos == "noun" and s.event_type in ATTACK_TYPES
                                                      for s in self.lex.senses.longest(self.words, phrase.start)[1]):
            return phrase
        before = self.inside.get(phrase.start - 1)
        if before is not None and before.end == phrase.start and self.is_actor(before) and not self.m.subject_after_verb:
            return before
        for k in range(phrase.start + 1, min(self.e, phrase.end + 3)):
            mention = self.mention_at.get(k)
            if mention is not None:
                return mention if self.is_actor(mention) else phrase
            if not (self.lex.is_adjective(self.words[k]) or self.fw(k) == "prep" and self.words[k] in self.m.roles["complement"]):
                break
        return phrase

    def vicinity_of(self, patient: Span) -> list[Span]:
        """The places whose outskirts or surroundings a phrase names: "أطراف بلدتي الجرمق والمحمودية", "the outskirts
        of Khan Younis" are those towns."""
        if patient.kb_id_ or self.bare[patient.start] not in [strip_article(w) for w in self.m.roles["vicinity"]]:
            return []
        k = patient.start + 1
        while k < self.e and k - patient.start <= 4 and (k in self.title_words or self.fw(k) in ("det", "prep") and k > patient.start) \
                and k not in self.mention_at:
            k += 1  # "بلدتي", "of the"
        place = self.mention_at.get(k)
        if place is None or place.label_ not in PLACE_TYPES - {"Country"}:
            return []
        return [p for p in self.coordinated(place) if p.label_ in PLACE_TYPES]

    def named_sites(self, patient: Span) -> list[Span]:
        """"استهدفت مناطق في القائم وعكاشات": unnamed sites in named towns are those towns. (In a region,
        "بلدات في جنوب لبنان", the towns stay the target: the region is only where they are.)"""
        if patient.kb_id_ or not (patient.label_ == "Place" or patient.label_ == "Object" and not self.weapon(patient)):
            return []  # "مسلحين في مخيم جنين" are gunmen there, not the camp
        j = patient.end
        if self.m.subject_after_verb and len(patient) == 1 and j in self.mention_at \
                and self.mention_at[j].label_ in ("City", "Facility"):
            j -= 1  # "منشآت فوردو ونطنز وأصفهان": sites named in construct are those named
        elif j + 1 >= self.e or self.words[j] not in self.m.roles["place"]:
            return []
        k = j + 1
        while k < self.e and k in self.title_words and k not in self.mention_at:
            k += 1  # "في مدينة الموصل"
        town = self.mention_at.get(k)
        if town is None or town.label_ not in ("City", "Facility"):
            return []
        return [t for t in self.coordinated(town) if t.label_ in ("City", "Facility")]

    def target_after(self, pred: Predicate, start: int, limit: int, taken: set[int]) -> tuple[list, str]:
        preps = tuple(p for p in pred.sense.patient if p != "obj")
        found = self.after_preposition(start, limit, preps, taken) if preps else None
        if found is None:
            found = self.object_after(start, limit, taken)
        if found is None or self.weapon(found):
            return [], ""
        return (self.coordinated(found) if found.start in self.mention_at else [found]), "target"

    def weapon_subject(self, pred: Predicate) -> bool:
        """A drone or missile stands as the verb's subject, right before it (past adverbs and قد) or right
        after it, and no owner is named for it."""
        j = pred.start - 1
        while j >= self.s and (self.fw(j) in ("aux", "adverb") or j in self.in_date):
            j -= 1
        before = self.inside.get(j) if j >= self.s else None
        candidates = [m for m in (before, self.mention_at.get(pred.end)) if m is not None]
        candidates += [q for q in self.quantities if q.end == j + 1 or q.start == pred.end]
        return any(self.weapon(m) and self.owner(m) is m and not m._.kg.get("country") for m in candidates)

    def weapon(self, span: Span) -> bool:
        """Drones, missiles, shells: what an attack is made with ("مسيرات", "63 طائرة مسيرة")."""
        info = span._.kg or {}
        head = (info.get("unit") or info.get("english") or "").lower()
        if info.get("rule") == "complement" and not self.m.subject_after_verb:
            head = span[-1].norm_  # "fired a ballistic missile at": a phrase the group table lacks, by its head
            return head in self.m.weapon_units or head.endswith("s") and head[:-1] in self.m.weapon_units
        return (span.label_ in ("Object", "Group") or info.get("unit")) and not span.kb_id_ and (
            head in self.m.weapon_units or head.endswith("s") and head[:-1] in self.m.weapon_units)

    def people(self, span: Span) -> bool:
        """A count of people ("31 فلسطينيا", "eight civilians"), or an unnamed group of them ("المدنيين")."""
        info = span._.kg or {}
        if info.get("unit") is not None:
            return info["unit"] in self.m.people_units
        english = (info.get("english") or "").lower()
        return span.label_ == "Group" and not span.kb_id_ and (english in self.m.people_units or english.endswith("s") and english[:-1] in self.m.people_units)

    def agentive_after(self, pred: Predicate, limit: int) -> Span | None:
        """The actor after "by", "at the hands of", "by the bullets of", a few words after the verb."""
        for j in range(pred.end, min(self.e, pred.end + 12)):  # "استشهد X وأصيب Y برصاص Z": Z shot both
            if self.is_comp(j) or self.is_boundary(j):
                return None
            if self.fw(j) == "agentive":
                k = j + 1
                while k < limit and self.fw(k) in ("agentive", "det"):
                    k += 1
                mention = self.mention_at.get(k)
                if mention is not None:
                    mention = self.named_member(self.owner(mention))
                return mention if mention is not None and self.is_actor(mention) else None
        return None

    def attack_after(self, pred: Predicate, preds, index, limit: int) -> Span | None:
        """"في غارات إسرائيلية", "جراء قصف الجيش": the actor of an attack noun after a cause word."""
        for later in preds[index + 1:]:
            if later.start >= self.e or later.sense.event_type not in ATTACK_TYPES:
                continue
            k = later.start - 1
            modifier = None
            if not self.m.subject_after_verb:  # "killed in an Israeli strike on Sanaa": the modifier before the noun acts
                modifier = self.inside.get(k) if k >= self.s and self.modifier_name_before(later.start) \
                    or k in self.inside and self.inside[k]._.kg.get("rule") == "demonym" else None
                k = modifier.start - 1 if modifier is not None else k
                while k >= self.s and self.fw(k) == "det":
                    k -= 1
            subject = later.start == pred.end  # "قتلت غارات إسرائيلية 71 فلسطينيا": the attack killed
            if not (subject or k >= self.s and self.fw(k) in ("cause", "prep")) or later.start - pred.end > 20:
                return None
            if modifier is not None and self.is_actor(modifier):
                return modifier
            after = self.mention_at.get(later.end)
            if after is None:
                after = self.support_after(later, preds, preds.index(later))[1]  # "في هجوم شنته الدعم السريع"
            if later.end < self.e and self.words[later.end] in self.m.roles["between"]:
                return None  # "في المواجهات بين X وY": two sides, no one killer
            if after is None and later.end < self.e and self.fw(later.end) in ("agentive", "prep" if self.m.subject_after_verb else "agentive"):
                after = self.mention_at.get(later.end + 1)  # (English "a strike on Sanaa": Sanaa is hit, not the striker)
            if after is None and self.m.subject_after_verb and later.sense.event_type == "attack":
                # "استشهد نازحون في قصف استهدف خيمة": whose strike, the article has said (one side attacking lately);
                # not for clashes, which have two sides
                after = next(iter(self.event_actor((later.start, later.end), later, speaker=False)), None)
            return after if after is not None and self.is_actor(after) else None
        return None

    def attack_before(self, pred: Predicate, preds, index) -> Span | None:
        """"A US strike on the port killed 74 people": an attack noun heads the subject; its actor
        stands right before it ("US", "Israeli") or right after it."""
        earlier = next((p for p in reversed(preds[:index]) if p.sense.event_type in ATTACK_TYPES
                        and p.sense.pos == "noun"), None)
        if earlier is None or any(self.is_comp(k) or self.is_boundary(k) for k in range(earlier.end, pred.start)):
            return None
        k = earlier.start - 1
        while k >= self.s and self.fw(k) == "det":
            k -= 1
        actor = self.inside.get(k) if k >= self.s else None
        if actor is None:
            actor = self.mention_at.get(earlier.end)
        return actor if actor is not None and self.is_actor(actor) else None

    def is_named_actor(self, mention: Span) -> bool:
        return self.is_actor(mention) and mention._.kg.get("unit") is None and mention.label_ != "Group"

    def accusation_for(self, pred: Predicate, preds, index) -> list[tuple[Span, Span]]:
        """"اتهمت موسكو وكييف بعضهما البعض بإطلاق هجمات ...", "accused X of attacking": the act an
        accusation names, introduced by ب / of, right after the accused."""
        accuse = next((p for p in reversed(preds[:index]) if p.accusation), None)
        if accuse is None:
            return []
        j = pred.start - 1
        while j >= self.s and self.fw(j) == "behind":
            j -= 1  # "بالوقوف وراء الهجمات": accused of the attacks
        if j >= self.s and any(q.start <= j < q.end and q.sense.kind == "light" for q in preds[:index]):
            j = next(q.start for q in preds[:index] if q.start <= j < q.end) - 1  # "بإطلاق هجمات"
        if j < self.s or self.fw(j) not in ("prep", "agentive") or self.words[j] not in self.accusation_preps:
            return []
        between = range(accuse.end, j)
        if any(self.is_comp(k) or self.is_boundary(k) for k in between) or not self.near(accuse.end, j, 3):
            return []
        return accuse.accusation

    @property
    def accusation_preps(self) -> frozenset[str]:
        """The prepositions that introduce what someone is accused of (from the accuse triggers' frames)."""
        return frozenset(p for form, senses in self.lex.senses.entries.items() for sense in senses
                         if sense.event_type == "accuse" for p in sense.patient if p != "obj") | frozenset(self.m.roles["object"])

    def accused_act(self, pred: Predicate, accusation: list[tuple[Span, Span]], limit: int) -> list[dict]:
        """The act itself, one line per accused, sourced to the accuser (annotation convention 3)."""
        out = []
        for accuser, accused in accusation:
            if accused._.kg.get("unit") is not None or not self.is_actor(accused):
                continue
            patients, patient_rule = self.active_patients(pred, pred.end, limit, {accused.start})
            if pred.sense.event_type in ATTACK_TYPES and patients and all(self.weapon(p) for p in patients):
                # "accused Iran of firing missiles at its territory": the missiles are how, the territory whom
                patients, patient_rule = self.target_after(pred, max(p.end for p in patients), limit,
                                                           {accused.start} | {p.start for p in patients})
            if patient_rule == "reciprocal" or (patients and (self.reciprocal_place(patients[0]) or self.own_place(patients[0]))):
                patients = [accuser]  # "على أراضي بعضهما البعض": each other's territory; "its territory": the accuser's
            if not patients and pred.sense.event_type not in PATIENT_OPTIONAL:
                continue
            negated, modality = self.polarity(pred, None)
            for patient in patients or [None]:
                out.append({
                    "type": pred.sense.event_type, "trigger": (pred.start, pred.end), "agent": accused,
                    "patient": patient, "place": None, "source": accuser, "negated": negated, "modality": modality,
                    "speech": None, "predicate": pred, "rule": f"{self.res.language}/accused-act",
                    "lexicon": f"{pred.sense.where} {pred.sense.lemma}",
                })
        return out

    def ordered_act(self, addressee: Span) -> Span | None:
        """Subject-first languages: "ordered the military to respond forcefully against targets in Tehran", "invited
        Trump to hold their next meeting in Moscow": what is ordered or offered is the act, up to eight words to the
        end of its clause. ("ordered more units to be sent": a passive infinitive keeps the object.)"""
        return self.infinitive_act(addressee.end)

    def infinitive_act(self, j: int) -> Span | None:
        """The act after "to" at j ("to withdraw", "to halt their attacks on Israel"), up to eight words to the end of
        its clause; None if no infinitive opens there."""
        if self.m.subject_after_verb or j + 1 >= self.e or self.words[j] not in self.m.roles["purpose"][:1] \
                or self.fw(j + 1) or not self.doc[j + 1].is_alpha:
            return None
        end, words = j + 1, 0
        while end < self.e and words < 8 and end not in self.in_date and not self.is_boundary(end) \
                and self.fw(end) not in ("comp", "comp+pron", "rel", "conj") and self.doc[end].text not in (",", "،", ".", "(", ")"):
            words += self.doc[end].is_alpha
            end += 1
        while end > j + 2 and (self.doc[end - 1].text in QUOTES or self.fw(end - 1) in ("prep", "det")):
            end -= 1
        span = Span(self.doc, j + 1, end, label="Topic")
        span._.kg = {"rule": "act", "english": "", "country": ""}
        return span

    def own_place(self, span: Span) -> bool:
        """"its territory", "their soil": an unnamed place with a possessive pronoun before it."""
        return span.label_ == "Place" and not span.kb_id_ and span.start - 1 >= self.s \
            and self.words[span.start - 1] in self.m.roles["possessive"]

    def reciprocal_place(self, span: Span) -> bool:
        return any(self.fw(k) == "reciprocal" for k in range(span.end, min(span.end + 2, self.e)))

    def near(self, a: int, b: int, words: int = 4) -> bool:
        """At most `words` words from a to b, not counting names, dates and skippable words
        ("فرضت وزارة الخزانة الأميركية يوم الخميس عقوبات": the support verb is near its noun)."""
        count = sum(1 for k in range(a, b) if k not in self.inside and k not in self.in_date and not self.skippable(k))
        return count <= words

    def drop(self, pred: Predicate, reason: str) -> list[dict]:
        """Remember a trigger that gave no event, and why: `kg explain` shows it."""
        self.dropped.append({"type": pred.sense.event_type, "trigger": (pred.start, pred.end), "reason": reason,
                             "lexicon": f"{pred.sense.where} {pred.sense.lemma}"})
        return []

    def undergone(self, pred: Predicate, preds, support: Predicate):
        """"تعرض حقل خورمالة لهجوم بطائرة مسيرة": the undergo verb's subject is the noun's patient; the agent
        is what the text names after the noun (من قبل X, a nationality, the owner of the weapon), else none."""
        undergoer = self.undergoer(support, pred.start)
        if undergoer is None:
            return [], "", pred.end
        self._by_patient = undergoer
        j = pred.end
        while j < self.e and j - pred.end <= 4:
            span = self.mention_at.get(j) or self.quantity_at.get(j)
            if span is not None:
                if self.weapon(span):  # "بطائرة مسيرة تابعة للدعم السريع": the weapon's owner did it
                    owner = self.weapon_owner(span)
                    return ([owner], "undergo", owner.end) if owner is not None else ([], "undergo", span.end)
                mention = self.named_member(span)
                if self.is_actor(mention):
                    return self.coordinated(mention), "undergo", mention.end
                break
            size, units = self.lex.units.longest(self.words, j)
            if size and units[0] in self.m.weapon_units:  # "بطائرة مسيرة تابعة للدعم السريع", no count
                owner = self.weapon_owner(self.doc[j:j + size])
                return ([owner], "undergo", owner.end) if owner is not None else ([], "undergo", j + size)
            if not (self.fw(j) in ("prep", "agentive") or self.skippable(j) or self.lex.is_adjective(self.words[j])):
                break  # (past "مبرح" in "تعرض لضرب مبرح على أيدي مستوطنين")
            j += 1
        return [], "undergo", pred.end

    def weapon_owner(self, weapon: Span) -> Span | None:
        """"مسيرة تابعة للدعم السريع", "مسيرة للدعم السريع": the actor a weapon belongs to, if the text says."""
        k = weapon.end
        if k < self.e and not self.fw(k) and k not in self.inside and self.doc[k].is_alpha:
            k += 1  # "تابعة"
        while k < self.e and (self.fw(k) == "prep" or self.words[k] in self.m.roles["complement"]) and k - weapon.end <= 3:
            k += 1
        owner = self.mention_at.get(k)
        return owner if owner is not None and self.is_actor(owner) and not self.weapon(owner) else None

    def undergoer(self, support: Predicate, noun_start: int) -> Span | None:
        """Who or what underwent it: the first name or noun phrase after the verb (a town, a palace, a
        field), or the one just before it ("و كان حقل خورمالة قد تعرض")."""
        for j in range(support.end, noun_start):
            if j in self.mention_at:
                return self.mention_at[j]
            if self.doc[j].is_alpha and not self.fw(j) and j not in self.title_words and j not in self.in_date:
                end = next((k for k in range(j + 1, noun_start) if self.fw(k) or not self.doc[k].is_alpha or k in self.in_date
                            or k in self.mention_at), noun_start)
                return self.complement(j, end)  # "القصر الجمهوري" (بعد ساعات ...)
        k = support.start - 1
        while k >= self.s and (self.fw(k) in ("aux", "adverb") or k in self.in_date):
            k -= 1
        return self.inside.get(k) if k >= self.s else None

    def support_after(self, pred: Predicate, preds, index) -> tuple[Predicate | None, Span | None]:
        """"هجوم شنته قوات الدعم السريع", "الهجوم الذي شنته": a support verb after the noun, its object
        pronoun standing for the noun; the verb's subject is the noun's agent."""
        later = next((p for p in preds[index + 1:] if p.start - pred.end <= 5), None)
        # between them only the noun's own words: adjectives, a topic ("مقترح الهدنة الإنسانية الذي قدمته"), the weapon
        # it was made with ("القصف بالطائرات المسيرة الذي شنته"), and the relative pronoun
        if later is None or later.sense.kind != "light" or later.end >= self.e or not self.object_pronoun(later.end) \
                or not all(self.fw(k) in ("rel", "prep") or k in self.inside and self.inside[k].label_ in ("Topic", "Object")
                           or k not in self.inside and not self.fw(k) for k in range(pred.end, later.start)) \
                or later.start - pred.end > 3 and not any(self.fw(k) == "rel" for k in range(pred.end, later.start)):
            return None, None
        return later, self.subject_after(later, self.e)

    def noun_agents(self, pred: Predicate, preds, index, previous, limit):
        """Event nouns need an agent: a support verb's subject, "by X", or a genitive actor."""
        sides = self.sides_after(pred)
        if sides:
            return sides, "between", sides[-1].end
        led = next((p for p in preds[:index] if p.end == pred.start and self.hyphen_modifier(p.start - 1)), None)
        if led is not None and (led.start - 2) in self.inside and self.is_actor(self.inside[led.start - 2]):
            return [self.inside[led.start - 2]], "hyphen", pred.end  # "the Hamas-led attack on southern Israel": Hamas
        j = pred.start - 1
        while j >= self.s and (self.skippable(j) or self.fw(j) == "prep" and self.words[j] in self.m.roles["topic"] + self.m.roles["object"]) and pred.start - j <= 3:
            j -= 1
        count = next((q for q in self.quantities if q.start <= j < q.end and q.end == j + 1), None)
        if count is not None:
            j = count.start - 1  # "نفذت نحو 400 عملية توغل": a count of the acts between the verb and its noun
        support = next((p for p in preds[:index] if p.start <= j < p.end and p.sense.kind == "light"), None)
        if support is None:
            support = next((p for p in reversed(preds[:index]) if p.end <= pred.start and self.near(p.end, pred.start)
                            and (p.sense.kind == "light" or p.sense.kind == "say" and self.words[pred.start - 1] in self.m.roles["topic"])
                            and not any(self.is_comp(k) or self.is_boundary(k) for k in range(p.end, pred.start))
                            # "lodged a protest ..., calling the strike an attack": the noun is the other verb's
                            and not any(q.sense.pos == "verb" and p.end <= q.start < pred.start for q in preds[:index])), None)
        if support is None:  # "The UAE has denied arming the RSF": the denier is the noun's actor
            support = next((p for p in preds[:index] if p.sense.kind == "deny" and p.end == pred.start and p.agents
                            and not self.m.subject_drop), None)
        if support is None or not support.sense.note.startswith("undergo"):
            support = next((p for p in reversed(preds[:index]) if p.sense.kind == "light" and p.sense.note.startswith("undergo")
                            and self.undergone_noun(p.end) == pred.start), support)
        if support is not None and support.sense.note.startswith("undergo"):
            return self.undergone(pred, preds, support)
        if support is not None and support.sense.note.startswith(("passive", "intransitive")):
            support = None  # "تم استهدافها", "اندلعت اشتباكات": the noun is the subject; an agent needs "من قبل" or "بين"
        if support is not None and support.sense.note.startswith("responded") and not (
                pred.start - 1 >= self.s and self.words[pred.start - 1] in self.m.roles["object"]):
            support = None  # "رد بإطلاق صواريخ" answers with an act; "ردها على مقترح" is a reply to a proposal
        if support is not None and support.sense.note.startswith("announce") and pred.sense.event_type in VICTIM_TYPES:
            support = None  # "أعلنت وزارة الصحة مقتل 20 شخصا": it tells of deaths it did not cause
        if support is not None and support.sense.kind in ("light", "say", "claim", "deny"):
            agents = support.agents
            if not agents:
                s_index = preds.index(support)
                agents, _ = self.find_agents(support, preds, s_index, preds[s_index - 1] if s_index else None, pred.start)
                agents = [a for a in agents if a.end <= pred.start]
            if support.sense.kind == "say" and support.scope and support.scope[0] < pred.start:
                agents = []
            if agents:
                pred.support = support
                after = max([pred.end, *(a.end for a in agents if a.start > pred.start)])
                return agents, "support", after
        passive = any(p.sense.kind == "light" and p.sense.note.startswith("passive") and 0 <= pred.start - p.end <= 1
                      for p in preds[:index])  # "تم استهدافها": the pronoun is what was targeted
        if (pred.possessed or pred.end < self.e and self.object_pronoun(pred.end) and self.m.subject_drop) and not passive:
            # "أعلنت قوات الدعم السريع سيطرتها على الفاشر", "خلال اقتحامها بلدات": the pronoun is the clause's subject
            # after a time word, else the nearest actor that agrees with it ("دعمت قسد في قتالها")
            owner = next((p for p in reversed(preds[:index]) if p.agents and p.sense.pos == "verb"
                          and not any(self.is_comp(k) or self.is_boundary(k) for k in range(p.end, pred.start))), None)
            if owner is not None:
                pronoun = self.words[pred.end] if not pred.possessed else self.words[pred.start][len(self.unpossessed(pred.start)) - 1:]
                subject = [a for a in owner.agents if self.pronoun_agrees(pronoun, a)]
                nearer = next(([m] for m in reversed(self.mentions) if owner.end <= m.start and m.end <= pred.start
                               and self.is_actor(m) and self.pronoun_agrees(pronoun, m)), [])
                temporal = pred.start - 1 >= self.s and self.words[pred.start - 1] in self.m.roles["temporal"]
                agents = (subject or nearer) if temporal else (nearer or subject)
                if agents:
                    return agents, "possessor", pred.end + (not pred.possessed)
        later, subject = self.support_after(pred, preds, index)
        if subject is not None:
            pred.support = later
            agents = self.coordinated(subject)
            return agents, "support", agents[-1].end
        # "توغل مفاجئ من قبل القوات", "تم اعتقاله على يد": a passive agent after the noun
        for j in range(pred.end, min(pred.end + 4, self.e)):
            size, kinds = self.lex.function_words.longest(self.words, j)
            if size and kinds[0] == "agentive":
                mention = self.mention_at.get(j + size)
                if mention is not None:
                    mention = self.owner(mention)
                if mention is not None and self.is_actor(mention):
                    return self.coordinated(mention), "passive", pred.end
                break
        # "كان الكرملين على استعداد": a subject, a copula, and the noun as predicate
        j = pred.start - 1
        while j >= self.s and (self.fw(j) in ("aux", "adverb") or self.words[j] in self.m.roles["predicate"]):
            j -= 1
        if j < pred.start - 1 and j in self.inside and self.is_actor(self.inside[j]):
            return self.coordinated(self.inside[j]), "copula", pred.end
        if j < pred.start - 1 and j >= self.s and not self.m.subject_after_verb:
            if self.fw(j) == "rel":  # "The RSF, which has been at war with the army"
                antecedent = self.relative_antecedent(Predicate(j + 1, j + 1, pred.sense))
                if antecedent is not None:
                    return [antecedent], "copula", pred.end
            if self.fw(j) == "pron" and self.pronoun_subject(Predicate(j + 1, j + 1, pred.sense)):
                # "said it was ready to help mediate": the speaker
                return self.pronoun_subject(Predicate(j + 1, j + 1, pred.sense)), "copula", pred.end
        # "بدعم من X": the noun is a manner adverbial; X is the agent, the clause subject the patient
        if pred.start - 1 >= self.s and self.words[pred.start - 1] in self.m.roles["object"] and pred.end < self.e \
                and self.words[pred.end] in self.m.roles["by"]:
            mention = self.mention_at.get(pred.end + 1)
            if mention is not None and mention.label_ in ACTOR_TYPES:
                self._by_patient = self.subject_before(pred, self.s, set())
                return self.coordinated(mention), "by", mention.end
        # "a US strike on", "Israeli air strikes on Jabalia": a country or demonym right before the noun acts
        # (not for victims and detainees: "Palestinian deaths", "Iranian arrests")
        before = self.inside.get(pred.start - 1)
        if before is not None and before.end == pred.start and self.modifier_name_before(pred.start) or \
                before is not None and before.end == pred.start and (before._.kg.get("rule") == "demonym" or before.label_ == "Country") \
                and not self.m.subject_after_verb \
                and (before.start == self.s or self.fw(before.start - 1) or self.doc[before.start - 1].is_punct
                     or before.start - 2 in self.in_date and self.words[before.start - 1] in ("'s", "’s")):  # "last weekend's U.S. strikes"
            if pred.sense.event_type not in VICTIM_TYPES | {"arrest"} and self.is_actor(before):
                return self.coordinated(self.first_conjunct(before)), "modifier", pred.end  # "Israeli and U.S. strikes"
        # "Moscow's demand that Kyiv withdraw", "Russia's full-scale invasion of Ukraine": a possessor acts
        owner = self.noun_possessor(pred)
        if owner is not None and pred.sense.event_type not in VICTIM_TYPES | {"arrest"}:
            return self.coordinated(self.first_conjunct(owner)), "possessor", pred.end
        # "زيارة بوتين", "زيارة الرئيس ترمب": a genitive actor right after the noun, or after its title
        k = pred.end
        while k < self.e and k in self.title_words and k not in self.mention_at and k - pred.end < 4:
            k += 1
        mention = self.mention_at.get(k)
        if mention is not None and mention.label_ in ACTOR_TYPES - {"Group"} and (k == pred.end or mention.label_ == "Person"):
            return self.coordinated(mention), "genitive", mention.end
        # "أي هجوم لقواته على مواقع الجيش": the actor after the genitive ل
        if self.m.subject_after_verb and pred.end + 1 < self.e and self.words[pred.end] in self.m.roles["complement"]:
            mention = self.mention_at.get(pred.end + 1)
            if mention is not None and (self.is_actor(mention) or mention.label_ == "Group") and pred.sense.event_type in ATTACK_TYPES:
                owner = self.possessor(mention)
                if self.is_actor(owner) and owner.label_ != "Group" or owner.kb_id_:
                    return [owner], "genitive", mention.end
        return [], "", pred.end

    def noun_possessor(self, pred: Predicate) -> Span | None:
        """Subject-first languages: the named actor whose possessive ('s) stands before an event noun, past its
        adjectives ("Russia's full-scale invasion")."""
        if self.m.subject_after_verb:
            return None
        k = pred.start - 1
        while k > self.s and pred.start - k <= 4 and (self.plain_word(k) or self.doc[k].text == "-" and not self.doc[k].whitespace_):
            k -= 1
        if k - 1 < self.s or self.words[k] not in self.lex.affixes.get("syntax", {}).get("possessive", []):
            return None
        owner = self.inside.get(k - 1)
        return owner if owner is not None and owner.end == k and self.is_actor(owner) and owner.label_ != "Group" \
            and not self.demonym_people(owner) else None

    def cut_before(self, span: Span, end: int) -> Span:
        """A phrase that ran on into the next role ("القمة صاحب السمو ..."), cut where that role starts."""
        k = min(span.end, end)
        while k > span.start + 1 and (k - 1 in self.title_words or self.doc[k - 1].is_punct):
            k -= 1
        if k >= span.end or k <= span.start:
            return span
        cut = Span(self.doc, span.start, k, label=span.label_, kb_id=span.kb_id_)
        cut._.kg = dict(span._.kg or {})
        return cut

    def sides_after(self, pred: Predicate) -> list[Span]:
        """"مواجهات (دارت) بين الجيش والدعم السريع", "talks between Iran and the US": both sides at once.
        Not for victims: "قتلى بين المدنيين" are among the civilians."""
        if pred.sense.event_type not in BETWEEN_TYPES:
            return []
        for j in range(pred.end, min(pred.end + 9, self.e - 1)):
            if j in self.inside or self.is_comp(j) or self.is_boundary(j):
                return []
            if j >= pred.end + 4 and not (j in self.in_date or self.fw(j) in ("aux", "adverb", "prep", "quantifier") or any(
                    s.kind == "light" for s in self.lex.senses.longest(self.words, j)[1]) or self.doc[j].is_alpha
                    and not any(s.kind == "trigger" for s in self.lex.senses.longest(self.words, j)[1])) \
                    and self.words[j] not in self.m.roles["between"]:
                return []  # ("اشتباكات قد اندلعت مساء الاثنين بين", "اشتباكات استمرت لعدة ساعات بين": past words of time)
            if self.words[j] in self.m.roles["between"]:
                k = j + 1 + (j + 1 < self.e and self.doc[j + 1].text in QUOTES)  # 'بين "قسد" و...'
                if k < self.e and self.fw(k) == "both_sides":
                    return self.pair_named_before(k)  # "توقيع وثيقة الشراكة بين البلدين": the two named before
                mention = self.mention_at.get(k)
                if mention is None or not self.is_actor(mention):
                    return []
                sides = [self.named_member(s) for s in self.coordinated(self.named_member(mention))]
                return sides if len(sides) > 1 and all(self.is_actor(s) for s in sides) else []
        return []

    def target_in(self, start: int, limit: int, agents: list[Span]) -> Span | None:
        """Who a threatened act would hit: "هددت طهران بتقليص تعاونها مع الوكالة" threatens the agency,
        "threatened to bomb Iran" Iran. The first actor or place in the act, other than the threatener."""
        found = []
        for j in range(start, min(limit, start + 10)):
            if self.is_comp(j) and j > start + 1 or self.is_boundary(j):
                break
            mention = self.mention_at.get(j)
            if mention is not None and not any(self.same(mention, a) for a in agents) and not self.victims_of_noun(mention) \
                    and (self.is_actor(mention) or mention.label_ in PLACE_TYPES | {"Object"}):
                # "threatened to strike Iranian nuclear sites": the sites, not the nationality that qualifies them
                found.append(self.qualified(mention, limit, "") or self.named_member(mention))
        if not self.m.subject_after_verb:  # "vowed to rid Tripoli of armed gangs": the gangs, not the town they are rid from
            found.sort(key=lambda m: m.label_ in PLACE_TYPES - {"Country"} or not self.is_actor(m))
        return found[0] if found else None

    def victims_of_noun(self, mention: Span) -> bool:
        """"avenge the deaths of civilians": the people after a killing noun and its genitive are its victims."""
        k = mention.start - 1
        while k >= self.s and self.fw(k) in ("det", "quantifier"):
            k -= 1
        return k - 1 >= self.s and self.words[k] in self.m.roles["genitive"] and any(
            s.pos == "noun" and s.event_type in VICTIM_TYPES for s in self.lex.senses.longest(self.words, k - 1)[1])

    def country_of(self, span: Span) -> str:
        entry = self.res.kb.entries.get(span.kb_id_) if span.kb_id_ else None
        if entry is not None:
            if entry.type == "Country":
                return entry.country.upper()
            if entry.metonym_of.startswith("country/"):
                return entry.metonym_of.split("/")[-1].upper()
        return ((span._.kg or {}).get("country") or "").upper() if span.label_ in ("Government", "Country") else ""

    def same_side(self, a: Span, b: Span) -> bool:
        """The same actor named twice: the same KB entry, or a capital and its government."""
        return self.same(a, b) or bool(self.country_of(a)) and self.country_of(a) == self.country_of(b)

    def own_object_after(self, start: int, limit: int) -> bool:
        """Whether a noun phrase after a verb's first noun phrase is its object, so the first one was
        its subject ("وقصفت الولايات المتحدة منشآت فوردو"); a preposition next ("وطالبت جميع الأطراف
        بحماية المدنيين") leaves the first one the object of a carried-over subject."""
        j = start
        while j < limit and (self.skippable(j) or j in self.in_date):
            j += 1
        if j + 1 < limit and self.doc[j].text in QUOTES and self.doc[j + 1].is_alpha and not self.fw(j + 1):
            return True  # 'واتهمت الحكومة "جهات خارجية"': a quoted object
        if j >= limit or self.fw(j) in ("prep", "conj", "comp", "comp+pron", "rel") or self.doc[j].is_punct:
            return False
        return self.object_after(j, limit, set()) is not None

    def both_sides(self, pred: Predicate) -> list[Span]:
        """"الجانبين", "الطرفان" as the verb's subject (right before it, or right after it): the pair of
        actors last named together ("عقد روبيو ونظيره الروسي لافروف محادثات ... اتفق الجانبان"), in this
        sentence or the one before; no pair, no guess."""
        j = pred.start - 1
        while j >= self.s and self.fw(j) in ("aux", "adverb"):
            j -= 1  # "كان الطرفان قد اتفقا", "the two sides had agreed"
        slots = (j, pred.end) if self.m.subject_after_verb else (j,)  # ("said the two leaders had": not the speaker)
        at = next((k for k in slots if self.s <= k < self.e and self.fw(k) == "both_sides"), None)
        return self.pair_named_before(at) if at is not None else []

    def pair_named_before(self, at: int) -> list[Span]:
        """The pair of actors last named together before word `at`, in this sentence or the one before."""
        previous = [s for s in self.doc.sents if s.end <= self.s][-1:]
        begin = previous[0].start if previous else self.s
        for mention in reversed([m for m in self.doc.spans["kg_mentions"] if begin <= m.start and m.end <= at]):
            if not (self.is_actor(mention) and mention.kb_id_):
                continue
            pair = self.pair_from(mention)
            if pair:
                return pair
        return []

    def pair_from(self, first: Span) -> list[Span]:
        """Two actors coordinated from `first` ("X و(نظيره الروسي) Y"), in any sentence."""
        sent = first.sent
        reader = self if sent.start == self.s else SentenceReader(self.m, self.doc, sent, [])
        group = [g for g in reader.coordinated(first) if reader.is_actor(g)]
        if len(group) >= 2 and not self.m.subject_after_verb and not any(reader.fw(k) == "conj" for k in range(group[0].end, group[1].start)):
            return []  # "In Syria, President Ahmed al-Sharaa": a comma joins no pair; "X and Y" does
        return group[:2] if len(group) >= 2 and not reader.same_side(group[0], group[1]) else []

    def closed_relative(self, start: int, end: int) -> tuple[int, int] | None:
        """(rel, comma) of a relative clause set off by commas before a verb: "الولايات المتحدة، التي تنشر
        نحو ألفي جندي في سوريا، قد دعمت": its words are not the verb's subject."""
        for r in range(end - 1, start - 1, -1):
            if self.fw(r) == "rel" and r - 1 >= start and self.doc[r - 1].text in (",", "،"):
                close = next((k for k in range(r + 1, end) if self.doc[k].text in (",", "،")), None)
                # only when nothing but adverbs stands between the closing comma and the verb
                if close is not None and all(self.skippable(k) or self.fw(k) == "aux" for k in range(close + 1, end)):
                    return r, close
                return None
        return None

    def in_relative(self, pred: Predicate) -> bool:
        """A verb inside a relative clause ("الذين قال إنهم قتلوا مدنيين"): its subject goes no further."""
        for j in range(pred.start - 1, self.s - 1, -1):
            if self.fw(j) == "rel":
                return True
            if self.doc[j].is_punct or self.fw(j) in ("conj", "boundary", "boundary+pron"):
                return False
        return False

    def backer_adverb(self, mention: Span) -> bool:
        """"المدعومة أميركيا": the country after a passive participle says who backs, it is no subject."""
        k = mention.start - 1
        return mention.label_ == "Country" and k >= self.s and any(
            s.note.startswith("passive participle") for s in self.lex.senses.longest(self.words, k)[1])

    def passive_participle(self, pred: Predicate) -> list[dict]:
        """"الفصائل المدعومة من إيران", "المؤسسة المدعومة أميركيا": the noun before is the patient, the actor
        after "من" (or the country of the adverb) the agent."""
        j = pred.end
        agent = self.mention_at.get(j + 1) if j + 1 < self.e and self.words[j] in self.m.roles["by"] else self.mention_at.get(j)
        if agent is not None and agent.start == j and agent.label_ != "Country":
            agent = None  # right after the participle only an adverb of nationality ("أميركيا") names the backer
        k = pred.start - 1
        while k >= self.s and (self.doc[k].text in QUOTES or self.fw(k) == "det"):
            k -= 1
        patient = self.inside.get(k)
        if agent is None or patient is None or not self.is_actor(agent) or not self.is_actor(patient):
            return self.drop(pred, "a passive participle needs the noun it describes and who backs it")
        agent, patient = self.named_member(self.owner(agent)), self.named_member(self.owner(patient))
        sources, speech = self.source_of(pred.start)
        negated, modality = self.polarity(pred, speech)
        return [{"type": pred.sense.event_type, "trigger": (pred.start, pred.end), "agent": agent, "patient": patient,
                 "place": None, "source": sources[0] if sources else None, "negated": negated, "modality": modality,
                 "speech": speech, "predicate": pred, "rule": f"{self.res.language}/participle-passive",
                 "lexicon": f"{pred.sense.where} {pred.sense.lemma}"}]
    def warned_subject(self, start: int, agents: list[Span]) -> Span | None:
        """"warned that the Houthis would be hit", "warned that Moscow would face sanctions": the subject of
        a warning's clause who would suffer it (a passive trigger or a verb of suffering after a modal)."""
        subject = self.clause_subject_after(start)
        if subject is None or any(self.same(subject, a) for a in agents):
            return None
        j = subject.end
        if not (j < self.e and self.lex.modality.longest(self.words, j)[0] == 1):
            return None  # "would", "will", "could"
        j += 1
        if j < self.e and self.words[j] in self.m.passive_auxiliaries:
            senses = self.lex.senses.longest(self.words, j + 1)[1] if j + 1 < self.e else []
            return subject if any(s.kind == "trigger" and s.pos == "verb" for s in senses) else None
        return subject if j < self.e and self.words[j] in self.m.roles["suffer"] else None

    def characterised(self, j: int) -> bool:
        """"attacked the plan as reckless", "as an act of aggression": what the object is called follows it (not "as talks
        stalled", a clause of its own)."""
        if j + 1 >= self.e or self.words[j] not in self.m.roles["characterise"]:
            return False
        k = j + 1
        return self.words[k] in ("a", "an") or self.plain_word(k) and (k + 1 >= self.e or self.doc[k + 1].is_punct)

    def condition_subject(self, pred: Predicate, agents: list[Span]) -> Span | None:
        """"warned of consequences if Israel annexed the West Bank": a threat is aimed at whoever its condition is
        about, the subject of the "if" or "unless" clause right after it."""
        for j in range(pred.end, min(self.e - 1, pred.end + 12)):
            if self.is_comp(j) or self.is_boundary(j) and not self.lex.modality.longest(self.words, j)[0]:
                return None
            if self.is_boundary(j):  # "if", "unless": a boundary that is also a hypothetical marker
                k = j + 1
                while k < self.e and self.fw(k) == "det":
                    k += 1
                subject = self.mention_at.get(k)
                return subject if subject is not None and self.is_actor(subject) and not any(
                    self.same_side(subject, a) for a in agents) else None
        return None

    def whoever(self, pred: Predicate, limit: int) -> Span | None:
        """"مهددا بأن كل من يرفع يده على إسرائيل ستقطع يده", "محذرا من أن الدولة ستتدخل إذا حاول أي طرف تخريب العملية":
        a threat aimed at whoever ("كل من", "أي طرف") its clause or its condition names."""
        end = min(self.e, pred.end + 25)
        for j in range(pred.end, end - 1):
            if self.is_boundary(j) and not self.lex.modality.longest(self.words, j)[0] or self.doc[j].text in (".", "؟"):
                return None
            form = next((f.split() for f in self.m.roles["whoever"] if self.words[j:j + len(f.split())] == f.split()), None)
            if form is not None and j + len(form) < end and self.doc[j + len(form)].is_alpha:
                stop = next((k for k in range(j + 1, end) if self.doc[k].text in QUOTES or self.doc[k].is_punct
                             or self.is_comp(k) or self.fw(k) == "boundary" or self.future_verb(k)), end)
                stop = stop if len(form) > 1 else min(stop, j + 2)  # "كل من ...": a clause; "أي طرف": one noun
                if stop > j + 1:
                    span = Span(self.doc, j, stop, label="Group")
                    span._.kg = {"rule": "complement", "english": "", "country": ""}
                    return span
        return None

    def future_verb(self, k: int) -> bool:
        """"ستقطع", "سيدفع": the future prefix on a present verb: the clause's own verb, where its subject ends."""
        future = [fold(f, self.res.language) for f in self.lex.affixes.get("clitics", {}).get("future", [])]
        present = self.lex.affixes.get("present", {})
        prefixes = [fold(p, self.res.language) for p in present.get("prefixes_3rd", []) + present.get("prefixes_1st", [])]
        word = self.words[k]
        if word in future:  # split off by the clitic rules: "س" "تقطع"
            return True
        return any(word.startswith(f + p) and len(word) > len(f) + 3 for f in future for p in prefixes)

    def named_member(self, mention: Span) -> Span:
        """"قوات اللواء 444", "عناصر الدعم السريع", "forces of the RSF": the members stand for the named body."""
        if mention.label_ != "Group" or mention.kb_id_:
            return mention
        j = mention.end + (mention.end < self.e and self.words[mention.end] in self.m.roles["complement"])
        j += j < self.e and self.doc[j].text in QUOTES  # 'فصائل "الجيش الوطني"'
        nxt = self.mention_at.get(j)
        return nxt if nxt is not None and nxt.label_ in ACTOR_TYPES - {"Group"} else mention

    def find_patients(self, pred: Predicate, start: int, limit: int, taken: set[int]) -> tuple[list, str]:
        if self.passive(pred):
            # [trained parser] the passive subject in the parse first, else the rule
            patient = self.parsed(pred, "object") or self.passive_patient(pred, self.clause_start_of(pred))
            return ([patient], "passive-subject") if patient is not None else ([], "")
        return self.active_patients(pred, start, limit, taken)

    def clause_start_of(self, pred: Predicate) -> int:
        for j in range(pred.start - 1, self.s - 1, -1):
            if self.fw(j) in ("comp", "comp+pron", "boundary", "boundary+pron", "rel") or self.is_boundary(j):
                return j + 1
        return self.s

    def object_gap(self, pred: Predicate) -> Span | None:
        """Subject-first languages: "31 companies that Brussels accuses of supplying ...", "the ships which the
        EU sanctioned": a verb with its subject right before it and no object after it, in a relative clause,
        has the antecedent as its object."""
        if self.m.subject_after_verb or pred.sense.pos != "verb" or "obj" not in pred.sense.patient or not self.current_agents:
            return None
        agent = self.current_agents[0]
        j = pred.start - 1
        while j >= self.s and self.fw(j) in ("aux", "adverb"):
            j -= 1
        k = agent.start - 1
        while k >= self.s and self.fw(k) == "det" and self.words[k] != "that":
            k -= 1
        if agent.end != j + 1 or k <= self.s or not (self.fw(k) == "rel" and self.words[k] != "whose" or self.words[k] == "that"):
            return None
        after = pred.end
        while after < self.e:  # past the clause's adverbs and dates: "a plan that Trump unveiled in late September"
            date = next((d for d in self.dates if self.fw(after) == "prep" and 0 < d.start - after <= 2
                         and all(self.plain_word(q) for q in range(after + 1, d.start))), None)
            if date is not None:
                after = date.end
            elif after in self.in_date or self.fw(after) == "adverb":
                after += 1
            else:
                break
        if after < self.e and not (self.doc[after].is_punct or self.fw(after) == "prep"):
            return None  # an object of its own follows ("that Brussels accuses of supplying": none, the antecedent is it)
        if self.doc[k - 1].text == "," and (k - 2 not in self.inside or self.inside[k - 2].end != k - 1 or self.words[k] == "that"):
            # "31 companies, some of them based in China, that ...": past the apposition ("a ceasefire, which": the ceasefire)
            earlier = self.comma_before(k - 1, self.s)
            k = earlier if earlier is not None else k
        elif self.doc[k - 1].text == ",":
            k -= 1
        count = next((q for q in self.quantities if q.end == k), None) if pred.sense.event_type in COUNTED_PATIENT_TYPES else None
        antecedent = count or self.inside.get(k - 1)
        if antecedent is not None and count is None:
            antecedent = self.compound(antecedent, self.s) or antecedent  # "a 20-point plan that Trump unveiled"
        return antecedent if antecedent is not None and antecedent.end == k and antecedent.label_ not in PLACE_TYPES - {"Country"} else None

    def active_patients(self, pred: Predicate, start: int, limit: int, taken: set[int]) -> tuple[list, str]:
        gap = self.object_gap(pred)
        if gap is not None:
            return [gap], "relative-object"
        if self._by_patient is not None and pred.sense.pos == "noun":
            patient, self._by_patient = self._by_patient, None
            return [patient], "by-clause-subject"
        for j in range(start, min(limit, start + 3)):
            if self.fw(j) == "reciprocal":
                return [], "reciprocal"
        # [trained parser] the mention or count holding the dependency object (or the object of a preposition
        # of the trigger's frame, or a passive's subject) comes first; else the rules below
        parsed = self.parsed(pred, "object")
        if parsed is not None and parsed.start not in taken:
            return (self.coordinated(parsed) if parsed.start in self.mention_at else [parsed]), "dep"
        preps = tuple(p for p in pred.sense.patient if p != "obj")
        # "القصف ... الذي شنته الميليشيا على روضة": a support verb's target, when the noun has no object of its own
        target = tuple(self.m.roles["target"]) if pred.sense.pos == "noun" and pred.support is not None \
            and pred.sense.event_type in ATTACK_TYPES else ()
        if "obj" not in pred.sense.patient:
            preps += target
        if "obj" in pred.sense.patient and preps and pred.sense.event_type in CLAUSE_ADDRESSEE_TYPES:
            antecedent = self.pronoun_antecedent(pred, set(), actor=True)  # (the one another event was about too)
            if antecedent is not None:
                return [antecedent], "antecedent"  # "طالبه بالحفاظ على الحياد": he, not what is asked, is the addressee
        if "obj" in pred.sense.patient and preps:
            # "دعا سلام الجيش إلى ...": an actor as direct object is the addressee, before any complement
            found = self.object_after(start, limit, taken)
            inside_phrase = found is not None and any(self.words[k] in preps and k + 1 < found.start and k + 1 not in self.inside
                                                      for k in range(start, found.start))
            if found is not None and found.start in self.mention_at and self.is_actor(found) and not self.governed(found) \
                    and not inside_phrase and self.direct_object(pred, start, limit) is None:
                # ("أمرت محكمة بحبس إمام أوغلو": the name is inside the act, no addressee; not "attacked an Israeli position")
                return self.coordinated(found), "object"
        if pred.sense.event_type in TOPIC_PATIENT_TYPES and not self.m.subject_after_verb and (
                pred.sense.pos == "verb" or self.infinitive(pred.end - 1)):  # (or "ready to help mediate")
            j = start if pred.sense.pos == "verb" else pred.end - 1
            while j < limit and (self.fw(j) == "adverb" or j in self.in_date):
                j += 1
            act = self.infinitive_act(j) if j < limit and self.infinitive(j) else None
            if act is not None:  # "agreed to halt their attacks on Israel": the act agreed to, with its own objects
                return [act], "act"
        if self.fw(start) == "both_sides" and not self.m.subject_after_verb:  # "called on both sides to protect civilians"
            end = start
            while end < limit and self.fw(end) == "both_sides":
                end += 1
            sides = Span(self.doc, start, end, label="Group")
            sides._.kg = {"rule": "complement", "english": "", "country": ""}
            return [sides], "both-sides"
        part = self.partitive_pronoun(pred, start, limit, taken)
        if part is not None:
            return [part], "part-of-antecedent"  # "اعترضت معظمها": most of the missiles named before
        act = self.act_object(pred, start, limit)
        if act is not None:
            return [act], "act-object"  # "rejected calls to step down", "rejected any demand to halt enrichment"
        direct = self.direct_object(pred, start, limit)
        if direct is not None:
            return [direct], "noun-phrase"  # "occupied a UN-patrolled buffer zone", "shot down another US drone"
        if preps and not self.m.subject_after_verb and start == pred.end and self.words[pred.end - 1] in preps:
            # "ready for a full ceasefire and for direct negotiations": the trigger's own preposition comes first
            prep = self.words[pred.end - 1]
            found = self.after_preposition(pred.end - 1, limit, (prep,), taken)
            if found is not None:
                both = self.coordinated(found) if found.start in self.mention_at else [found]
                j = both[-1].end
                if j + 1 < limit and self.fw(j) == "conj" and self.words[j + 1] == prep:  # "... and for direct negotiations"
                    more = self.after_preposition(j + 1, limit, (prep,), taken)
                    both += [more] if more is not None else []
                return both, "prep"
        if preps and not (not self.m.subject_after_verb and pred.sense.patient[0] == "obj" and self.object_follows(start, limit, pred)):
            found = self.after_preposition(start, limit, preps, taken)
            if found is not None:
                return self.coordinated(found) if found.start in self.mention_at else [found], "prep"
        if "obj" in pred.sense.patient or not pred.sense.patient:
            # a pronoun object on the verb points back to the noun phrase before it
            antecedent = self.pronoun_antecedent(pred, taken)
            if antecedent is not None:
                return [antecedent], "antecedent"
            found = self.object_after(start, limit, taken)
            if found is not None:
                return self.coordinated(found) if found.start in self.mention_at else self.counts(found), "object"
            # "استعاد السيطرة على المطار": control is transparent, the patient follows على
            j = start
            while j < limit and j - start < 3 and self.skippable(j):
                j += 1
            if j + 1 < limit and self.fw(j) == "transparent" and self.fw(j + 1) == "prep":
                found = self.after_preposition(j + 1, limit, (self.words[j + 1],), taken)
                if found is not None:
                    return self.coordinated(found) if found.start in self.mention_at else [found], "control"
            # no name: the noun phrase right after the verb ("استهدفت السفينة", "رفض الاتفاق"), not an adjective right
            # after an event noun ("ضرب مبرح");
            # after an event noun the next word is its adjective or genitive, no object
            # unless its actor stands elsewhere (a support verb, "من قبل"): then "إغراق سفينة" sinks the ship
            j = start if pred.sense.pos == "verb" or pred.agent_rule in ("support", "passive", "by") else limit
            while j < limit and (j - start < 3 or j in self.in_date) and (self.skippable(j) and not self.head_word(j)
                                                                         and not self.title_alone(j) or self.object_pronoun(j)
                                                                         or self.m.subject_after_verb and self.doc[j].text in QUOTES
                                                                         or self.instrument_end(j) > j):
                j = max(j + 1, self.instrument_end(j))
                # (past a date of any length: "بعد ظهر أمس الأحد مبنى سكنيا"; past an opening quote; past the weapon:
                # "استهدفت مسيرة بصاروخ مركبة")
            quoted_end = next((k for k in range(j, limit) if self.doc[k].text in QUOTES), limit) \
                if j > start and self.doc[j - 1].text in QUOTES else limit  # 'اتهمت "جهات خارجية" بنشر': up to the quote
            name = self.unknown_name(pred, start, limit)
            if name is not None:
                return [name], "name"  # "recaptured Moqokori", "met Luc Frieden": a name the KB lacks in the object slot
            if not self.m.subject_after_verb and pred.sense.pos == "verb" and j == start and j + 1 < limit \
                    and (self.doc[j].like_num and j not in self.in_date or self.plain_word(j)):
                # "attacked 26 locations", "detained wanted suspects": a count of things no table knows, or a bare
                # plural noun phrase, right after the verb (a demand's bare noun too: "called for restraint")
                phrase = self.complement(j, limit, pred.sense.patient)
                if phrase is not None and phrase[-1].is_alpha and phrase[-1].is_lower \
                        and (len(phrase) > 1 and phrase[-1].text.endswith("s") and not phrase[-1].text.endswith("ss")
                             or pred.sense.event_type in CLAUSE_ADDRESSEE_TYPES) \
                        and all(self.plain_word(k) or k == j and self.doc[k].like_num for k in range(phrase.start, phrase.end)):
                    return [phrase], "noun-phrase"
            if j < limit and self.doc[j].is_alpha and not self.fw(j) and j not in self.inside \
                    and not (pred.sense.pos == "noun" and j == pred.end and self.lex.is_adjective(self.words[j])) \
                    and (self.words[j] != self.bare[j] and (pred.sense.pos == "verb" or self.lex.is_noun(self.bare[j]))
                         or (self.lex.is_word(self.words[j]) if pred.sense.pos == "verb" else self.lex.is_noun(self.words[j]))
                         or not self.m.subject_after_verb and j > start and self.fw(j - 1) in ("det", "quantifier")
                         or not self.m.subject_after_verb and self.own_type_noun(pred, j)) \
                    and self.words[j] not in self.lex.verbs_only:
                phrase = self.complement(j, quoted_end, pred.sense.patient)
                place = self.inside.get(phrase.end - 1) if phrase is not None and not self.m.subject_after_verb else None
                if place is not None and place.label_ in PLACE_TYPES and place.start - 1 in self.title_words:
                    # "captured the eastern Ukrainian city of Pokrovsk and the town of Vovchansk": the named places
                    return [p for p in self.coordinated(place) if p.label_ in PLACE_TYPES], "titled-place"
                if phrase is not None:
                    return [phrase], "noun-phrase"
        found = self.after_preposition(start, limit, target, taken) if target and "obj" in pred.sense.patient else None
        if found is not None:
            return self.coordinated(found) if found.start in self.mention_at else [found], "target"
        return [], ""

    def pronoun_antecedent(self, pred: Predicate, taken: set[int], actor: bool = False) -> Span | None:
        """A pronoun object on the verb points back to the nearest mention before it that is not its agent
        (on a noun it is a possessor, never an object: "خلال اقتحامها", "أعلن قبوله هدنة"); `actor`: the nearest
        actor, for one addressed."""
        if not (pred.end < self.e and self.object_pronoun(pred.end) and pred.sense.pos != "noun"):
            return None
        agents = {a.kb_id_ or a.text for a in self.current_agents}
        return next((m for m in reversed(self.mentions) if m.end <= pred.start and m.start not in taken
                     and (m.kb_id_ or m.text) not in agents and (self.is_actor(m) or not actor)
                     and self.close_before(m, pred, words=6 if actor else 4, commas=actor)), None)

    def partitive_pronoun(self, pred: Predicate, start: int, limit: int, taken: set[int]) -> Span | None:
        """"معظمها", "عددا منها", "most of them": a part of something named before, whose pronoun points back to the
        nearest count or unnamed group this sentence (or the one before) names, of the kind the event takes (weapons are
        intercepted, people killed or arrested)."""
        j = start
        while j < limit and j - start < 2 and self.skippable(j) and self.fw(j) != "quantifier":
            j += 1
        if j + 1 >= limit or self.fw(j) != "quantifier":
            return None
        k = j + 1
        if self.words[k] in self.m.roles["partitive"] and k + 1 < limit:
            k += 1  # "عددا منها", "some of them"
        if not (self.object_pronoun(k) or self.fw(k) == "pron"):
            return None
        previous = [s for s in self.doc.sents if s.end <= self.s][-1:]
        begin = previous[0].start if previous else self.s
        kinds = {"intercept": self.weapon}
        fits = kinds.get(pred.sense.event_type, self.people if pred.sense.event_type in VICTIM_TYPES | PEOPLE_PATIENT_TYPES else None)
        spans = [*self.doc.spans.get("kg_quantities", []), *self.doc.spans.get("kg_mentions", [])]
        candidates = [c for c in spans if begin <= c.start and c.end <= pred.start and c.start not in taken and not c.kb_id_
                      and (c.label_ in ("Group", "Object") or (c._.kg or {}).get("unit")) and (fits is None or fits(c))]
        return max(candidates, key=lambda c: (c.end, -c.start)) if candidates else None

    def unknown_name(self, pred: Predicate, start: int, limit: int) -> Span | None:
        """Subject-first languages that capitalise names: a run of capitalised words right in a verb's object slot,
        none of them a known word, title, nationality or date, and heading its phrase (no plain noun after it:
        "Western targets" is no name) names a place or, two words or more, a person the KB lacks."""
        if self.m.subject_after_verb or not self.m.cased or pred.sense.pos != "verb" or "obj" not in pred.sense.patient:
            return None
        j = start
        while j < limit and self.fw(j) == "det":
            j += 1
        end = j
        while end < limit and end - j < 4 and end not in self.inside and end not in self.title_words and end not in self.in_date \
                and end not in self.in_quantity and not self.fw(end) and (
                    self.doc[end].is_title and self.doc[end].is_alpha or end > j and self.doc[end].text == "-" and not self.doc[end - 1].whitespace_
                    or end > j and self.words[end] in self.m.name_particles):
            end += 1
        while end > j and (self.doc[end - 1].text == "-" or self.words[end - 1] in self.m.name_particles):
            end -= 1
        if end == j or j == self.s or end < limit and (self.plain_word(end) or self.doc[end].text in ("'s", "’s", "-")) \
                or any(self.lex.senses.longest(self.words, k)[0] for k in range(j, end)):
            return None
        words = sum(1 for k in range(j, end) if self.doc[k].is_alpha)
        if pred.sense.event_type in PLACE_PATIENT_TYPES:
            label = "Place"
        elif words >= 2:
            label = "Person"
        else:
            return None
        span = Span(self.doc, j, end, label=label)
        span._.kg = {"rule": "name", "english": "", "country": ""}
        return span

    def act_object(self, pred: Predicate, start: int, limit: int) -> Span | None:
        """Subject-first languages: an event noun as the object of propose, agree or reject is what is
        proposed, accepted or rejected ("rejected calls to step down", "accepted the offer")."""
        if self.m.subject_after_verb or pred.sense.pos != "verb" or pred.sense.event_type not in TOPIC_PATIENT_TYPES \
                or "obj" not in pred.sense.patient:
            return None
        j = start
        while j < limit and j - start < 2 and self.fw(j) in ("det", "quantifier"):
            j += 1
        size, senses = self.lex.senses.longest(self.words, j)
        if j >= limit or j in self.inside or not any(s.kind == "trigger" and s.pos == "noun" for s in senses):
            return None
        phrase = self.complement(j, limit)
        if phrase is not None and size > 1 and phrase.end == j + 1:  # "rejected calls for an immediate ceasefire"
            rest = self.complement(self.past_determiners(j + size, limit), limit) if j + size < limit else None
            phrase = Span(self.doc, j, rest.end if rest is not None else j + size, label="Topic")
            phrase._.kg = {"rule": "complement", "english": "", "country": ""}
        if phrase is not None:
            phrase._.kg = {**phrase._.kg, "rule": "act"}  # the act itself, not a lead-in to a topic (topic_in)
        return phrase

    def head_word(self, j: int) -> bool:
        """Subject-first languages: a title or demonym word after a determiner heads or opens the object's
        noun phrase ("struck the airport", "killed Iranian dissidents"); it is no title to skip."""
        return not self.m.subject_after_verb and j in self.title_words and not self.fw(j) and j not in self.in_date

    def title_alone(self, j: int) -> bool:
        """A definite title word with no name after it heads a verb's object ("قصفت المستشفى", "اقتحمت المخيم")."""
        if j not in self.title_words or self.fw(j) or j in self.in_date or not self.m.subject_after_verb:
            return False
        nxt = j + 1
        return self.words[j] != self.bare[j] and not self.res.demonyms.longest(self.bare, j)[0] \
            and (nxt >= self.e or nxt not in self.title_words and nxt not in self.mention_at and not self.doc[nxt].is_alpha
                 or nxt < self.e and (self.fw(nxt) in ("prep", "conj") or nxt in self.in_date))  # "زار الحقل صباح اليوم"

    def own_type_noun(self, pred: Predicate, j: int) -> bool:
        """A verb's object that names an event of the verb's own type: "sent reinforcements"."""
        return pred.sense.pos == "verb" and any(s.pos == "noun" and s.event_type == pred.sense.event_type
                                                for s in self.lex.senses.longest(self.words, j)[1])

    def object_follows(self, start: int, limit: int, pred: Predicate | None = None) -> bool:
        """Subject-first languages: a noun phrase right after the verb is its direct object, and a
        preposition further on ("struck an air base ... on Sunday") does not introduce the patient.
        A noun of the verb's own type is its object too ("sent reinforcements to the area")."""
        j = start
        while j < limit and (self.fw(j) in ("det", "quantifier", "adverb") or self.lex.approx.longest(self.words, j)[0]):
            j += 1
        own_type = pred is not None and j < limit and self.own_type_noun(pred, j)
        return j < limit and (j in self.mention_at or j in self.quantity_at or any(c.isalpha() for c in self.doc[j].text) and not self.fw(j)
                              and (own_type or not self.lex.senses.longest(self.words, j)[0]) and j not in self.in_date)

    def direct_object(self, pred: Predicate, start: int, limit: int) -> Span | None:
        """Subject-first languages: a name right after the verb that only qualifies the noun after it is no
        patient: the whole noun phrase is ("another US MQ-9 Reaper drone", "a UN-patrolled buffer zone")."""
        if self.m.subject_after_verb or "obj" not in pred.sense.patient:
            return None
        j = start
        while j < limit and self.fw(j) in ("det", "quantifier"):
            j += 1
        first = j
        while j < limit and j - first < 2 and j not in self.mention_at and self.plain_word(j):
            j += 1  # "killed a senior Hamas commander": adjectives before the name
        mention = self.mention_at.get(j)
        if mention is None or j in self.quantity_at:
            return None
        phrase = self.qualified(mention, limit, pred.sense.event_type)
        if phrase is None or first == j:
            return phrase
        span = Span(self.doc, first, phrase.end, label=phrase.label_)
        span._.kg = dict(phrase._.kg)
        return span

    def qualified(self, mention: Span, limit: int, event_type: str) -> Span | None:
        """The noun phrase a name qualifies, from the name to the phrase's head ("Iranian nuclear sites"), or None."""
        if self.m.subject_after_verb or mention.label_ == "Person" or mention.end >= limit \
                or mention._.kg.get("rule") not in ("kb", "demonym", "title"):
            return None
        j, k = mention.start, mention.end
        if self.words[k] in ("'s", "’s", "'"):
            return None  # "paid off Syria's debt": the possessor is meant
        if self.doc[k].text == "-" and k + 1 < limit:
            k += 1  # "UN-patrolled"
        head = self.inside.get(k)
        senses = self.lex.senses.longest(self.words, k)[1]
        if head is not None and head.start == k and head._.kg.get("rule") == "group" and not head._.kg.get("unit"):
            end = head.end  # "hit Hezbollah weapons depots": an unnamed noun after the name, and the nouns after it
            while end < limit and end - head.end < 3 and self.doc[end].is_alpha and self.doc[end].is_lower and not self.fw(end) \
                    and end not in self.inside and end not in self.in_date and not self.lex.senses.longest(self.words, end)[0]:
                end += 1
            tail = Span(self.doc, k, end)
        elif senses and all(s.pos == "noun" and s.kind == "trigger" for s in senses) and k not in self.inside \
                and event_type in TOPIC_PATIENT_TYPES:
            # "dismissed the U.S. proposal" (but "repelled an RSF assault": the RSF was fought)
            tail = self.doc[k:k + self.lex.senses.longest(self.words, k)[0]]
        elif not (any(c.isalpha() for c in self.doc[k].text) and not self.fw(k) and k not in self.inside and k not in self.in_date
                  and not senses and self.words[k] not in self.lex.verbs_only and not self.lex.modality.longest(self.words, k)[0]):
            return None
        else:
            tail = self.complement(k, limit)
        if tail is None:
            return None
        span = Span(self.doc, j, tail.end, label="Topic")
        span._.kg = dict(tail._.kg)
        return span

    def find_place(self, pred: Predicate, limit: int, taken: set[int]) -> Span | None:
        for j in range(pred.end, limit):
            if self.words[j] in self.m.roles["place"] and j + 1 < limit:
                k = j + 1
                while k < limit and self.lex.titles.longest(self.bare, k)[0]:
                    k += self.lex.titles.longest(self.bare, k)[0]
                mention = self.mention_at.get(k)
                if mention is not None and mention.label_ in PLACE_TYPES and mention.start not in taken:
                    return mention
        return None

    def polarity(self, pred: Predicate, speech: Predicate | None) -> tuple[bool, str]:
        """(negated, modality) from the words just before the trigger and from a denying speaker."""
        negated, modality = False, "asserted"
        j = pred.start - 1
        while j >= self.s and pred.start - j <= 3:
            size, scopes = self.lex.negation.longest(self.words, j)
            if size and j + size <= pred.start and scopes[0] == "future":
                modality = "future"  # لن يزور: a future not-doing, no fact either way
                break
            if size and j + size <= pred.start and scopes[0] != "none":
                if scopes[0] != "noun" or pred.sense.pos == "noun":
                    negated = True
                    break
            if not (self.fw(j) in ("adverb", "aux") or size):
                break
            j -= 1
        for back in range(1, 6):
            j = pred.start - back
            if j < self.s or modality != "asserted":
                break
            size, kinds = self.lex.modality.longest(self.words, j)
            if not size or j + size > pred.start or j in self.in_date:
                continue  # ("In May, Oman mediated": the month, not the modal)
            kind = MODALITY_OF.get(kinds[0], "asserted")
            if kinds[0] == "future_prefix" and back != 1:
                kind = "asserted"
            if kinds[0] == "hypothetical_clause_initial" and not (j == self.s or self.fw(j - 1) == "conj"):
                kind = "asserted"
            if kinds[0] == "possible_before_present" and (back != 1 or pred.sense.tense != "present"):
                kind = "asserted"
            if kinds[0] == "hypothetical_modifier" and any(self.fw(k) in ("conj", "comp") or self.doc[k].is_punct
                                                           for k in range(j + size, pred.start)):
                kind = "asserted"  # "any peace talks", "any country that sanctions", but not "denied any involvement and called for"
            if kinds[0] == "infinitive" and (back != 1 or pred.sense.pos != "verb"):
                kind = "asserted"  # "agreed to stop": only the verb right after "to"
            if kinds[0] == "sentence" and pred.sense.event_type not in VICTIM_TYPES:
                kind = "asserted"  # a sentence leaves only the killing unasserted ("حكم بالسجن" is no arrest line of ours)
            if kinds[0] == "cessation" and sum(1 for k in range(j + size, pred.start)
                                               if not (self.fw(k) in ("det", "quantifier") or k in self.inside)) > 1:
                kind = "asserted"  # "stopped their attacks", "the lifting of all US sanctions": what stops is no event
            if kind != "asserted":
                modality = kind
                break
        if pred.sense.pos == "noun" and modality == "asserted":
            for j in range(pred.end, min(pred.end + 7, self.e)):
                if self.is_comp(j) or self.is_boundary(j):
                    break
                size, kinds = self.lex.modality.longest(self.words, j)
                if size and kinds[0] == "possible_after_noun":
                    modality = "hypothetical"  # "هجوم إسرائيلي على إيران قد يحدث": a strike that may come
                    break
        if speech is not None and speech.sense.kind == "deny" or any(
                p.sense.kind == "deny" and p.scope and p.scope[0] <= pred.start < p.scope[1] for p in self._speech):
            negated = True  # a denial covers what it reports, whoever else is quoted inside it
        return negated, modality

    def purpose_markers(self) -> set[str]:
        return {form[0] for form, kinds in self.lex.modality.entries.items() if "purpose_clitic" in kinds and len(form) == 1}

    # ---- time -----------------------------------------------------------------------------
    def attach_dates(self, preds: list[Predicate], events: list[dict]) -> None:
        """Each date goes to the nearest predicate in its clause; one that opens the sentence dates
        every event told directly in it; a verb joined to a dated verb shares its date."""
        # only predicates that told something can own a date: a dropped event noun passes it on
        preds = [p for p in preds if p.agents or p.sense.kind in SPEECH_KINDS] or preds
        for date in self.dates:
            if not date.label_:
                continue
            nearest = self.date_owner(preds, date)
            before_all = date.end <= preds[0].start
            if before_all:
                for pred in preds:
                    if pred.date is None and not (pred.sense.kind == "trigger" and self.source_of(pred.start)[1]):
                        pred.date = date
            elif nearest.date is None:
                nearest.date = date
        for earlier, later in zip(preds, preds[1:]):
            if later.date is None and later.conjoined and earlier.date is not None:
                later.date = earlier.date
        for event in events:
            pred: Predicate = event["predicate"]
            date = pred.date or (pred.support.date if pred.support is not None else None)
            speech = event["speech"]
            if date is None and speech is not None and speech.date is not None and self.perfect(pred):
                date = speech.date  # "claimed last month that it had recaptured": the claim's date
            event["date"] = date
            published = self.doc._.published
            if date is not None and published is not None and self.after(date.label_, published.isoformat()):
                if pred.sense.tense == "past":
                    event["date"] = None  # "اتفقتا على مواصلة المحادثات السبت المقبل": the agreement is done,
                else:                     # the date is the continuation's
                    event["modality"] = "future"  # dated after publication: announced, not happened

    def date_owner(self, preds: list[Predicate], date: Span) -> Predicate:
        """The predicate a time expression belongs to: the one before it in its clause, else the one
        after it in its clause, else the nearest."""
        def same_clause(a: int, b: int) -> bool:
            return not any(self.is_boundary(k) or self.doc[k].text in ("،", ",") or self.is_comp(k)
                           for k in range(min(a, b), max(a, b)))
        before = [p for p in preds if p.end <= date.start and same_clause(p.end, date.start)]
        if before:
            return before[-1]
        after = [p for p in preds if p.start >= date.end and same_clause(date.end, p.start)]
        if after:
            return after[0]
        return min(preds, key=lambda p: abs(p.start - date.start))

    @staticmethod
    def after(value: str, published: str) -> bool:
        """'2025-06-01' is after '2025-05-21'; '2025-05' (that month) is not."""
        return bool(value) and value > published[:len(value)]

    def perfect(self, pred: Predicate) -> bool:
        return any(self.fw(j) == "aux" and self.words[j] in self.m.roles["perfect"] for j in range(max(self.s, pred.start - 2), pred.start))
