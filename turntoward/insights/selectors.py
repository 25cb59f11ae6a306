"""Insight reads: what the person's own check-ins and bids say over a period.

Everything is computed from one small load per period (the person's own
check-ins, the partner's shared ones, the person's own bids and the labels on
their own journal entries), so the page costs the same whether there are one or
five years of history behind it.
"""

from __future__ import annotations

import importlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta, tzinfo
from statistics import mean
from typing import Any

from turntoward.bids.selectors import RateCounts, daily_responses
from turntoward.checkins.moods import BY_WORD, GROUPS
from turntoward.checkins.selectors import (
    checkins_between,
    partner_connection_series,
)
from turntoward.insights.feelings import Span, named_on_day, span

PERIODS: tuple[int, ...] = (30, 90, 365)
DEFAULT_DAYS = 90
WINDOW = 14  # days compared by the "harder lately" signal
DROP = 1.0  # points of average connection
LOW_RATE = 0.5
MIN_CHECKINS = 3  # per window, before an average means anything
MIN_BIDS = 3

SIGN_LABELS: dict[str, str] = {
    "lonely_together": "feeling alone together",
    "unmet_needs": "needs going unmet",
    "lack_of_affection": "little warmth or touch",
    "walking_on_eggshells": "walking on eggshells",
    "partner_unavailable": "a partner who feels out of reach",
}


@dataclass(frozen=True)
class Day:
    """One of the person's own days: check-in values and bids, if any."""

    day: date
    connection: int | None = None
    mood: str | None = None
    signs: tuple[str, ...] = ()
    emotions: tuple[str, ...] = ()
    bids: dict[str, RateCounts] = field(default_factory=dict)


@dataclass
class History:
    """The person's days from `since` to `until`, and the partner's shared values."""

    since: date
    until: date
    days: dict[date, Day]
    partner: dict[date, int]
    journal_signs: dict[date, dict[str, int]]
    feelings: dict[date, Counter[str]] = field(default_factory=dict)

    def window(self, first: date, last: date) -> list[Day]:
        """Return the known days from first to last, both included."""
        return [d for k, d in sorted(self.days.items()) if first <= k <= last]


def load_history(*, user: Any, since: date, until: date, tz: tzinfo) -> History:
    """Load the person's own days and the partner's shared connection values."""
    checkins = {
        c.date: c
        for c in checkins_between(user=user, since=since, until=until).only(
            "date", "connection", "mood", "signs", "emotions"
        )
    }
    bids = daily_responses(user=user, since=since, until=until, tz=tz)
    days = {}
    for day in sorted(set(checkins) | set(bids)):
        c = checkins.get(day)
        days[day] = Day(
            day=day,
            connection=c.connection if c else None,
            mood=c.mood if c else None,
            signs=tuple(c.signs) if c else (),
            emotions=tuple(c.emotions or ()) if c else (),
            bids=bids.get(day, {}),
        )
    partner = dict(partner_connection_series(user=user, since=since, until=until))
    checkin_feelings = [(d.day, d.mood, d.emotions) for d in days.values()]
    return History(
        since=since,
        until=until,
        days=days,
        partner=partner,
        journal_signs=_journal_signs(user=user, since=since, until=until),
        feelings=_feelings(
            checkin_feelings, _journal_emotions(user=user, since=since, until=until)
        ),
    )


def feelings_by_day(*, user: Any, since: date, until: date) -> dict[date, Counter[str]]:
    """Return the feeling words the person named each day, from since to until.

    Their own check-ins (mood word and chosen emotions) and their own journal
    entries (chosen emotions, else recognised ones); never a partner's.
    """
    rows = checkins_between(user=user, since=since, until=until).values_list(
        "date", "mood", "emotions"
    )
    return _feelings(
        [(day, mood, tuple(emotions or ())) for day, mood, emotions in rows],
        _journal_emotions(user=user, since=since, until=until),
    )


def _feelings(
    checkins: list[tuple[date, str | None, tuple[str, ...]]],
    journal: dict[date, dict[str, int]],
) -> dict[date, Counter[str]]:
    found: dict[date, Counter[str]] = {}
    for day, mood, emotions in checkins:
        named = named_on_day(mood=mood, emotions=emotions)
        if named:
            found.setdefault(day, Counter()).update(named)
    for day, labels in journal.items():
        named = named_on_day(emotions=Counter(labels).elements())
        if named:
            found.setdefault(day, Counter()).update(named)
    return found


def _journal_signs(
    *, user: Any, since: date, until: date
) -> dict[date, dict[str, int]]:
    """Return signs from the journal, if the journal offers them (it may not yet)."""
    return _journal_series("signs_series", "signs", user=user, since=since, until=until)


def _journal_emotions(
    *, user: Any, since: date, until: date
) -> dict[date, dict[str, int]]:
    """Return the journal's emotions per day (chosen, else recognised), if offered."""
    return _journal_series(
        "emotions_series", "emotions", user=user, since=since, until=until
    )


def _journal_series(
    name: str, attribute: str, *, user: Any, since: date, until: date
) -> dict[date, dict[str, int]]:
    """Return {day: {label: count}} from one of the journal's per-day series."""
    try:
        module = importlib.import_module("turntoward.journal.selectors")
    except ImportError:
        return {}
    series = getattr(module, name, None)
    if series is None:
        return {}
    found: dict[date, dict[str, int]] = {}
    for item in series(user=user, since=since):
        day = getattr(item, "day", None)
        counts = getattr(item, attribute, None)
        if not isinstance(day, date) or not since <= day <= until:
            continue
        if isinstance(counts, dict) and counts:
            found[day] = {str(k): int(v) for k, v in counts.items()}
    return found


# --- sums over a run of days ---------------------------------------------------


def total_rates(days: list[Day], direction: str | None = None) -> RateCounts:
    """Return bids summed over days, for one direction or both."""
    toward = away = against = 0
    for d in days:
        for key, counts in d.bids.items():
            if direction is None or key == direction:
                toward += counts.toward
                away += counts.away
                against += counts.against
    return RateCounts(toward=toward, away=away, against=against)


def average_connection(days: list[Day]) -> float | None:
    """Return the mean connection of the days with a check-in, or None."""
    values = [d.connection for d in days if d.connection is not None]
    return mean(values) if values else None


def checkin_count(days: list[Day]) -> int:
    return sum(d.connection is not None for d in days)


# --- charts' data --------------------------------------------------------------


def weeks(since: date, until: date) -> list[tuple[date, date]]:
    """Return 7-day spans ending on `until`, oldest first, the first one clipped."""
    spans = []
    end = until
    while end >= since:
        start = max(since, end - timedelta(days=6))
        spans.append((start, end))
        end = start - timedelta(days=1)
    return spans[::-1]


def rate_trend(history: History) -> list[tuple[date, float | None, float | None]]:
    """Return (week's last day, made rate, received rate) for each week."""
    out = []
    for start, end in weeks(history.since, history.until):
        days = history.window(start, end)
        out.append(
            (end, total_rates(days, "made").rate, total_rates(days, "received").rate)
        )
    return out


def mood_groups(history: History) -> list[tuple[str, str, int, list[tuple[str, int]]]]:
    """Return (key, heading, check-ins, [(word, times)]) for each mood group."""
    words = Counter(d.mood for d in history.days.values() if d.mood in BY_WORD)
    out = []
    for key, heading, _ in GROUPS:
        mine = [(w, n) for w, n in words.most_common() if BY_WORD[w].group == key]
        out.append((key, heading, sum(n for _, n in mine), mine))
    return out


def mood_averages(history: History) -> tuple[float, float] | None:
    """Return the average (energy, pleasantness) of the moods named, or None."""
    moods = [BY_WORD[d.mood] for d in history.days.values() if d.mood in BY_WORD]
    if not moods:
        return None
    return mean(m.energy for m in moods), mean(m.pleasantness for m in moods)


def signs_by_week(
    history: History,
) -> tuple[list[str], list[tuple[date, dict[str, int]]]]:
    """Return the signs seen and, per week, how often each was noticed."""
    rows = []
    seen: Counter[str] = Counter()
    for start, end in weeks(history.since, history.until):
        counts: Counter[str] = Counter()
        for d in history.window(start, end):
            counts.update(d.signs)
        for day, signs in history.journal_signs.items():
            if start <= day <= end:
                counts.update(signs)
        seen.update(counts)
        rows.append((end, dict(counts)))
    ordered = [s for s in SIGN_LABELS if seen[s]] + sorted(
        s for s in seen if s not in SIGN_LABELS
    )
    return ordered, rows


def range_by_week(
    feelings: dict[date, Counter[str]], since: date, until: date
) -> list[Span]:
    """Return the feelings named in each week (as `weeks`), oldest first."""
    return [span(feelings, start, end) for start, end in weeks(since, until)]


def sign_label(sign: str) -> str:
    return SIGN_LABELS.get(sign, sign.replace("_", " "))
