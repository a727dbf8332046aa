"""Canonical events: event mentions in different articles that report one real event.

Mentions are compatible when they share type, polarity (negated or not), modality, and agent and
patient after entity merging (either way round for talk, meet and negotiate); these form a block.
Within a block, mentions are gathered by date: the same day, or a window suited to the type (attacks
±1 day, visits ±2, sanctions and talks ±3, fights the same month), never across places that differ.
Two dates that each have two or more articles behind them stay two events even inside the window.
Month- or year-precise mentions join a cluster within that month or year; undated mentions join the
best-attested compatible cluster. A negated mention is never in a canonical event with an asserted one.

Everything here is a function of the block's mentions, so recomputing the blocks an article touches
gives the same canonical events as a full rebuild.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from ..iri import EVENT
from ..model import SYMMETRIC_TYPES
from .snapshot import MentionInfo

WINDOW_DAYS = {
    "attack": 1, "intercept": 1, "kill": 1, "seize": 1, "recapture": 1, "invade": 1, "arrest": 1,
    "visit": 2, "meet": 2, "deploy": 2, "aid": 2, "protest": 2,
    "sanction": 3, "talk": 3, "negotiate": 3, "propose": 3, "demand": 3, "agree": 3, "reject": 3,
    "accuse": 3, "threaten": 3, "support": 3, "order": 3,
}
SAME_MONTH = frozenset({"fight"})


def block_key(mention: MentionInfo, rep) -> tuple:
    agent = rep(mention.roles["agent"]) if "agent" in mention.roles else ""
    patient = rep(mention.roles["patient"]) if "patient" in mention.roles else ""
    if mention.event_type in SYMMETRIC_TYPES and patient and (not agent or patient < agent):
        agent, patient = patient, agent
    return (mention.event_type, mention.negated, mention.modality, agent, patient)


def canonical_iri(first_mention: str) -> str:
    return f"{EVENT}canonical/{hashlib.sha1(first_mention.encode()).hexdigest()[:20]}"


def _day(value: str | None) -> date | None:
    if value and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _precision(value: str | None) -> int:
    return {10: 0, 7: 1, 4: 2}.get(len(value or ""), 3)


@dataclass
class Cluster:
    members: list[MentionInfo] = field(default_factory=list)
    joined: dict[str, tuple[str, float]] = field(default_factory=dict)  # mention -> (method, score)
    days: list[date] = field(default_factory=list)
    dates: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)

    def add(self, mention: MentionInfo, place: str | None, how: tuple[str, float] | None) -> None:
        self.members.append(mention)
        if how:
            self.joined[mention.iri] = how
        if _day(mention.date):
            self.days.append(_day(mention.date))
        if mention.date:
            self.dates.add(mention.date)
        if place:
            self.places.add(place)
        self.articles.add(mention.article)

    @property
    def anchor(self) -> str:
        return min(self.dates, key=lambda d: (_precision(d), d)) if self.dates else ""


def cluster_block(mentions: list[MentionInfo], rep, vetoes) -> list[Cluster]:
    event_type = mentions[0].event_type
    window = WINDOW_DAYS.get(event_type, 1)
    support = Counter()
    for value, article in {(m.date, m.article) for m in mentions if m.date}:
        support[value] += 1
    order = sorted(mentions, key=lambda m: (_precision(m.date), -support[m.date], m.date or "", m.iri))
    clusters: list[Cluster] = []
    for mention in order:
        place = rep(mention.roles["place"]) if "place" in mention.roles else None
        best, best_key = None, None
        for index, c in enumerate(clusters):
            if place and c.places and place not in c.places:
                continue
            if any(mention.iri in vetoes.get(m.iri, ()) for m in c.members):
                continue
            fit = _date_fit(mention, c, event_type, window, support)
            if fit is None:
                continue
            key = (fit[1], -len(c.articles), c.anchor, index)
            if best_key is None or key < best_key:
                best, best_key = (c, fit), key
        if best is None:
            c = Cluster()
            c.add(mention, place, None)
            clusters.append(c)
        else:
            c, (method, distance, score) = best
            c.add(mention, place, (method, score))
    return clusters


def _date_fit(mention: MentionInfo, c: Cluster, event_type: str, window: int, support) -> tuple | None:
    """(method, distance, score) when `mention` may join `c` as far as dates go, else None."""
    value = mention.date
    if not value:
        return ("undated", 0, 0.8)
    day = _day(value)
    if day is not None:
        if not c.dates:
            return None  # an undated cluster exists only when no dated one does
        if any(_precision(d) > 0 and not value.startswith(d) for d in c.dates):
            return None
        if not c.days:
            return ("within-" + ("month" if any(len(d) == 7 for d in c.dates) else "year"), 0, 0.85)
        if event_type in SAME_MONTH:
            if all(d.year == day.year and d.month == day.month for d in c.days):
                distance = min(abs((d - day).days) for d in c.days)
                return ("same-day" if distance == 0 else "same-month", distance, 1.0 if distance == 0 else 0.85)
            return None
        distance = max(abs((d - day).days) for d in c.days)
        if distance > window:
            return None
        if distance and support[value] >= 2 and any(support[d.isoformat()] >= 2 for d in c.days if d != day):
            return None  # two well-attested dates: two events
        if distance == 0:
            return ("same-day", 0, 1.0)
        return (f"date-window-{window}d", distance, round(1 - distance / (window + 1), 3))
    # month or year precision
    if any(not d.startswith(value) and not value.startswith(d) for d in c.dates):
        return None
    return ("within-" + ("month" if len(value) == 7 else "year"), 0, 0.85)
