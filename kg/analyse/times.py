"""`kg_times`: time expressions, resolved against the publication date at the precision the text gives.

Set `doc._.published` (a datetime.date) before the pipeline runs; without it, expressions are still
found but left unresolved (value ""), so nothing is dated by guesswork.

Resolution (the annotation conventions): a weekday is the latest such day on or before publication
(strictly before with "الماضي"/"last"); "last week" and "this week" have month precision; "overnight"
and "last night" are the publication date; "August last" is the latest August before the month of
publication; "last month"/"last year" are the month/year before.

English puts the marker first ("last Tuesday", "last August", "next week") and the day after the month
("May 20", "May 20, 2025", also "20 May 2025"); "May" and "March" are months only when capitalised and
next to a day, a year or a context word ("in", "since", "last", "early" ...: dates.tsv), never the modal
or the verb. A dateline ("MOSCOW, May 21 (Agency) -") is found but left unresolved: it dates the article,
not an event. These follow the `[syntax]` settings `modifiers_before_head`, `day_after_month` and
`datelines` of morphology.toml.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lang.fold import strip_article
from .resources import Resources, resources

_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_DAY = re.compile(r"^([12]?\d|3[01])$")


@Language.factory("kg_times", default_config={"kb_files": []})
def make_time_tagger(nlp: Language, name: str, *, kb_files: list[str]):
    return TimeTagger(resources(nlp.lang, tuple(kb_files)))


_CONTEXT = ("year_word", "day_word", "past_marker", "future_marker", "month_context")
_DATELINE_AFTER = ("(", "-", "–", "—", "/")


class TimeTagger:
    def __init__(self, res: Resources):
        self.lex = res.lexicon
        syntax = res.lexicon.affixes.get("syntax", {})
        self.marker_first = bool(syntax.get("modifiers_before_head", False))
        self.day_after_month = bool(syntax.get("day_after_month", False))
        self.datelines = bool(syntax.get("datelines", False))

    def __call__(self, doc: Doc) -> Doc:
        words = [t.norm_ for t in doc]
        bare = [strip_article(w) for w in words]
        spans, i = [], 0
        while i < len(doc):
            found = self._expression(doc, words, bare, i)
            if found:
                end, kind, value = found
                if self.datelines and kind == "month" and self._dateline(doc, i, end):
                    kind, value = "dateline", ""  # the date of writing: no event's date
                span = Span(doc, i, end, label=value)
                span._.kg = {"kind": kind, "value": value}
                spans.append(span)
                i = end
            else:
                i += 1
        doc.spans["kg_dates"] = spans
        return doc

    def _entry(self, words, bare, i):
        size, values = self.lex.dates.longest(words, i)
        if not size:
            size, values = self.lex.dates.longest(bare, i)
        return size, values

    def _expression(self, doc: Doc, words, bare, i: int):
        published = doc._.published
        size, values = self._entry(words, bare, i)
        kinds = dict(values)
        first = i
        if size and self.marker_first and ("past_marker" in kinds or "future_marker" in kinds):
            # "last Tuesday", "last August", "next month" (the relative phrases are longer entries)
            nsize, nvalues = self._entry(words, bare, i + size)
            nkinds = dict(nvalues)
            future = "future_marker" in kinds and "past_marker" not in kinds
            if nsize and "weekday" in nkinds:
                end = i + size + nsize
                return end, "weekday", _weekday(published, int(nkinds["weekday"]), strict=True, future=future)
            if nsize and "month" in nkinds and self._is_month(doc, words, bare, i + size, nkinds, i + size):
                end = i + size + nsize
                return end, "month", _month(published, None, int(nkinds["month"]), None, strict=not future, future=future)
            return None
        if size and "day_word" in kinds:  # يوم/مساء + weekday, or "on" + weekday, "on May 20", "on 20 May"
            nsize, nvalues = self._entry(words, bare, i + size)
            if nsize and "weekday" in dict(nvalues):
                size, kinds, i = nsize, dict(nvalues), i + size
            elif self.day_after_month and nsize and "month" in dict(nvalues):
                i += size
            elif not (i + size < len(doc) and _DAY.match(words[i + size])):
                return None
            elif self.day_after_month:
                i += size
        if size and "weekday" in kinds:
            end = i + size
            past = self._past_marker(words, bare, end)
            end += past
            upcoming = 0 if past else self._marker(words, bare, end, "future_marker")
            if upcoming:  # "الأحد المقبل": the next one, after publication
                return end + upcoming, "weekday", _next_weekday(published, int(kinds["weekday"]))
            return end, "weekday", _weekday(published, int(kinds["weekday"]), strict=bool(past))
        if size and "relative" in kinds:
            end = i + size
            rel = kinds["relative"]
            if rel == "overnight":  # "overnight into Wednesday": that Wednesday
                nxt = self._weekday_after(words, bare, end)
                if nxt:
                    return nxt[0], "relative", _weekday(published, nxt[1], strict=False)
            return end, "relative", _relative(published, rel)
        # day month year | month year | month الماضي | month day(, year)
        j, day = i, None
        if _DAY.match(words[i]) and i + 1 < len(doc):
            day, j = int(words[i]), i + 1
        msize, mvalues = self._entry(words, bare, j)
        if msize and "month" in dict(mvalues) and self._is_month(doc, words, bare, j, dict(mvalues), first, day is not None):
            month = int(dict(mvalues)["month"])
            end = j + msize
            end += self._alternative_month(words, bare, end)
            if day is None and self.day_after_month and end < len(doc) and _DAY.match(words[end]) and not (
                    end + 1 < len(doc) and words[end + 1] in (":", ".") and end + 2 < len(doc) and words[end + 2].isdigit()):
                day, end = int(words[end]), end + 1  # "May 20"
                if end + 1 < len(doc) and words[end] == "," and _YEAR.match(words[end + 1]):
                    end += 1  # "May 20, 2025"
            year = None
            if end < len(doc) and _YEAR.match(words[end]):
                year, end = int(words[end]), end + 1
            past = self._past_marker(words, bare, end) if year is None else 0
            end += past
            return end, "month", _month(published, day, month, year, strict=bool(past))
        if size and "year_word" in kinds and i + size < len(doc) and _YEAR.match(words[i + size]):
            return i + size + 1, "year", words[i + size]
        return None

    def _is_month(self, doc: Doc, words, bare, j: int, kinds: dict, first: int, day: bool = False) -> bool:
        """"may" and "march" are months only capitalised, with a day or a year, or after a context word."""
        if "ambiguous_month" not in kinds:
            return True
        if not doc[j].text[:1].isupper():
            return False
        end = j + 1
        if day or end < len(words) and (_DAY.match(words[end]) or _YEAR.match(words[end])):
            return True
        if first < j:
            return True  # "last March", "on May 20"
        for size in range(1, 4):
            k = j - size
            if k >= 0:
                ksize, values = self._entry(words, bare, k)
                if ksize == size and any(kind in _CONTEXT for kind, _ in values):
                    return True
        return False

    def _dateline(self, doc: Doc, start: int, end: int) -> bool:
        """"MOSCOW, May 21 (Meridian Wire) -": capitals and a comma before, a bracket or dash after."""
        sent = doc[start].sent
        before = [t for t in doc[sent.start:start] if not t.is_space]
        if not before or before[-1].text != "," or not all(t.is_upper or not t.is_alpha for t in before[:-1]):
            return False
        return end < len(doc) and doc[end].text in _DATELINE_AFTER

    def _past_marker(self, words, bare, i) -> int:
        return self._marker(words, bare, i, "past_marker")

    def _marker(self, words, bare, i, kind: str) -> int:
        if i >= len(words):
            return 0
        size, values = self._entry(words, bare, i)
        return size if size and kind in dict(values) else 0

    def _weekday_after(self, words, bare, i):
        for j in range(i, min(i + 3, len(words))):
            size, values = self._entry(words, bare, j)
            if size and "weekday" in dict(values):
                return j + size, int(dict(values)["weekday"])
        return None

    def _alternative_month(self, words, bare, i) -> int:
        """"مايو/أيار": the second calendar's name after a slash or in brackets."""
        if i < len(words) and words[i] in ("/", "(", "،"):
            size, values = self._entry(words, bare, i + 1)
            if size and "month" in dict(values):
                return 1 + size + (1 if i + 1 + size < len(words) and words[i + 1 + size] == ")" else 0)
        return 0


def _weekday(published: date | None, weekday: int, strict: bool, future: bool = False) -> str:
    if published is None:
        return ""
    if future:  # "next Tuesday": the first such day after publication
        ahead = (weekday - published.weekday()) % 7 or 7
        return (published + timedelta(days=ahead)).isoformat()
    back = (published.weekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return (published - timedelta(days=back)).isoformat()


def _next_weekday(published: date | None, weekday: int) -> str:
    if published is None:
        return ""
    ahead = (weekday - published.weekday()) % 7 or 7
    return (published + timedelta(days=ahead)).isoformat()


def _relative(published: date | None, rel: str) -> str:
    if published is None:
        return ""
    if rel == "tomorrow":
        return (published + timedelta(days=1)).isoformat()
    if rel in ("today", "last_night", "overnight", "tonight"):
        return published.isoformat()
    if rel == "yesterday":
        return (published - timedelta(days=1)).isoformat()
    if rel == "day_before_yesterday":
        return (published - timedelta(days=2)).isoformat()
    if rel == "last_week":
        return (published - timedelta(days=7)).isoformat()[:7]
    if rel in ("this_week", "this_month", "earlier_this_week"):
        return published.isoformat()[:7]
    if rel == "last_month":
        first = published.replace(day=1) - timedelta(days=1)
        return first.isoformat()[:7]
    if rel == "this_year":
        return str(published.year)
    if rel == "last_year":
        return str(published.year - 1)
    return ""


def _month(published: date | None, day: int | None, month: int, year: int | None, strict: bool,
           future: bool = False) -> str:
    if year is None and future:
        if published is None:
            return ""
        year = published.year + (1 if month <= published.month else 0)
    if year is None:
        if published is None:
            return ""
        year = published.year
        if (month, day or 1) > (published.month, published.day) or (strict and month >= published.month):
            year -= 1
    if day:
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}"
