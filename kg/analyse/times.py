"""`kg_times`: time expressions, resolved against the publication date at the precision the text gives.

Set `doc._.published` (a datetime.date) before the pipeline runs; without it, expressions are still
found but left unresolved (value ""), so nothing is dated by guesswork.

Resolution (the annotation conventions): a weekday is the latest such day on or before publication
(strictly before with "الماضي"/"last"); "last week" and "this week" have month precision; "overnight"
and "last night" are the publication date; "August last" is the latest August before the month of
publication; "last month"/"last year" are the month/year before.
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


class TimeTagger:
    def __init__(self, res: Resources):
        self.lex = res.lexicon

    def __call__(self, doc: Doc) -> Doc:
        words = [t.norm_ for t in doc]
        bare = [strip_article(w) for w in words]
        spans, i = [], 0
        while i < len(doc):
            found = self._expression(doc, words, bare, i)
            if found:
                end, kind, value = found
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
        if size and "day_word" in kinds:  # يوم/مساء + weekday, or "on" + weekday
            nsize, nvalues = self._entry(words, bare, i + size)
            if nsize and "weekday" in dict(nvalues):
                size, kinds, i = nsize, dict(nvalues), i + size
            elif not (i + size < len(doc) and _DAY.match(words[i + size])):
                return None
        if size and "weekday" in kinds:
            end = i + size
            past = self._past_marker(words, bare, end)
            end += past
            return end, "weekday", _weekday(published, int(kinds["weekday"]), strict=bool(past))
        if size and "relative" in kinds:
            end = i + size
            rel = kinds["relative"]
            if rel == "overnight":  # "overnight into Wednesday": that Wednesday
                nxt = self._weekday_after(words, bare, end)
                if nxt:
                    return nxt[0], "relative", _weekday(published, nxt[1], strict=False)
            return end, "relative", _relative(published, rel)
        # day month year | month year | month الماضي
        j, day = i, None
        if _DAY.match(words[i]) and i + 1 < len(doc):
            day, j = int(words[i]), i + 1
        msize, mvalues = self._entry(words, bare, j)
        if msize and "month" in dict(mvalues):
            month = int(dict(mvalues)["month"])
            end = j + msize
            end += self._alternative_month(words, bare, end)
            year = None
            if end < len(doc) and _YEAR.match(words[end]):
                year, end = int(words[end]), end + 1
            past = self._past_marker(words, bare, end) if year is None else 0
            end += past
            return end, "month", _month(published, day, month, year, strict=bool(past))
        if size and "year_word" in kinds and i + size < len(doc) and _YEAR.match(words[i + size]):
            return i + size + 1, "year", words[i + size]
        return None

    def _past_marker(self, words, bare, i) -> int:
        size, values = self._entry(words, bare, i)
        return size if size and "past_marker" in dict(values) else 0

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


def _weekday(published: date | None, weekday: int, strict: bool) -> str:
    if published is None:
        return ""
    back = (published.weekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return (published - timedelta(days=back)).isoformat()


def _relative(published: date | None, rel: str) -> str:
    if published is None:
        return ""
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


def _month(published: date | None, day: int | None, month: int, year: int | None, strict: bool) -> str:
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
