"""Plain words about the recent past: the weekly summary and "harder lately".

Both are rules anyone can check by hand, and both say which numbers they used.
Nothing here is a diagnosis; it is a nudge to look, talk and choose a step.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from django.urls import NoReverseMatch, reverse

from turntoward.checkins.moods import BY_WORD, group_heading
from turntoward.insights.feelings import MIN_DAYS, Narrowing
from turntoward.insights.feelings import WINDOW as RANGE_WINDOW
from turntoward.insights.selectors import (
    DROP,
    LOW_RATE,
    MIN_BIDS,
    MIN_CHECKINS,
    WINDOW,
    History,
    average_connection,
    checkin_count,
    sign_label,
    total_rates,
)

STEP_TITLES: dict[str, str] = {
    "communicate_gently": "Say how it has felt, gently and without blame",
    "set_expectations": "Say what you need, so it doesn't have to be guessed",
    "be_present": "Set aside phone-free time to really listen",
    "express_emotions": "Share one real feeling a day, however small",
}
STEPS_FOR_ROLE: dict[str, tuple[str, ...]] = {
    "neglecting": ("be_present", "express_emotions"),
}
DEFAULT_STEPS = ("communicate_gently", "set_expectations")


def _fmt(value: float) -> str:
    return f"{value:.1f}"


def _pct(value: float) -> str:
    return f"{round(value * 100)}%"


def _plan_url() -> str:
    try:
        return reverse("plans:plan")
    except NoReverseMatch:
        return "/plan/"


@dataclass(frozen=True)
class Signal:
    """Whether things seem harder lately, the facts behind it, and steps to try."""

    active: bool
    reasons: list[str]
    steps: list[dict[str, str]] = field(default_factory=list)
    recent: float | None = None
    previous: float | None = None
    rate: float | None = None


def _steps(user: Any) -> list[dict[str, str]]:
    ids = STEPS_FOR_ROLE.get(getattr(user, "role", ""), DEFAULT_STEPS)
    base = _plan_url()
    return [
        {"id": step, "title": STEP_TITLES[step], "url": f"{base}#step-{step}"}
        for step in ids
    ]


def harder_lately(*, history: History, today: date, user: Any) -> Signal:
    """Say whether connection fell a point or more over 14 days while few bids met."""
    recent = history.window(today - timedelta(days=WINDOW - 1), today)
    before = history.window(
        today - timedelta(days=2 * WINDOW - 1), today - timedelta(days=WINDOW)
    )
    if checkin_count(recent) < MIN_CHECKINS or checkin_count(before) < MIN_CHECKINS:
        return Signal(
            active=False,
            reasons=[
                f"To compare, we need at least {MIN_CHECKINS} check-ins in each of "
                f"the last two fortnights. There aren't that many yet, and that's fine."
            ],
        )
    now_avg = average_connection(recent) or 0.0
    then_avg = average_connection(before) or 0.0
    rates = total_rates(recent)
    reasons = [_connection_reason(now_avg, then_avg)]
    rate = rates.rate if rates.total >= MIN_BIDS else None
    if rate is None:
        reasons.append(
            f"Fewer than {MIN_BIDS} bids were logged in the last {WINDOW} days, "
            "so we can't say how they're being met."
        )
    else:
        reasons.append(
            f"Of the {rates.total} bids you logged in the last {WINDOW} days, "
            f"{rates.toward} were met with a turn toward ({_pct(rate)})."
        )
    active = then_avg - now_avg >= DROP and rate is not None and rate < LOW_RATE
    return Signal(
        active=active,
        reasons=reasons,
        steps=_steps(user) if active else [],
        recent=now_avg,
        previous=then_avg,
        rate=rate,
    )


def _connection_reason(now_avg: float, then_avg: float) -> str:
    change = now_avg - then_avg
    if abs(change) < 0.05:
        trend = "about the same as"
    elif change < 0:
        trend = f"down {_fmt(-change)} from"
    else:
        trend = f"up {_fmt(change)} from"
    return (
        f"Your felt connection averaged {_fmt(now_avg)} out of 5 over the last "
        f"{WINDOW} days, {trend} {_fmt(then_avg)} in the {WINDOW} days before."
    )


def weekly_summary(*, history: History, today: date) -> list[str]:
    """Return a few plain sentences about the last 7 days."""
    week = history.window(today - timedelta(days=6), today)
    before = history.window(today - timedelta(days=13), today - timedelta(days=7))
    lines = [_checkins_line(week, before)]
    moods = Counter(d.mood for d in week if d.mood in BY_WORD)
    if moods:
        word, times = moods.most_common(1)[0]
        groups = Counter(BY_WORD[m].group for m in moods.elements())
        area = group_heading(groups.most_common(1)[0][0]).lower()
        lines.append(
            f"The word you picked most was “{word}”"
            f"{f' ({times} times)' if times > 1 else ''}; most days felt {area}."
        )
    lines.extend(_bids_lines(week))
    partner = [
        v for d, v in history.partner.items() if today - timedelta(days=6) <= d <= today
    ]
    if partner:
        lines.append(
            f"Your partner shared {len(partner)} check-in"
            f"{'s' if len(partner) != 1 else ''}, with an average connection of "
            f"{_fmt(sum(partner) / len(partner))}."
        )
    signs = Counter(s for d in week for s in d.signs)
    if signs:
        named = ", ".join(sign_label(s) for s, _ in signs.most_common(3))
        lines.append(
            f"Your notes touched on {named}. It can help to say that out loud."
        )
    return lines


def _checkins_line(week: list[Any], before: list[Any]) -> str:
    count = checkin_count(week)
    if not count:
        return (
            "No check-ins this week. That's all right; they're here when you want them."
        )
    avg = average_connection(week) or 0.0
    text = (
        f"You checked in on {count} of the last 7 days. Your felt connection "
        f"averaged {_fmt(avg)} out of 5"
    )
    prev = average_connection(before)
    if prev is None:
        return text + "."
    change = avg - prev
    if abs(change) < 0.05:
        return text + ", about the same as the week before."
    word = "up" if change > 0 else "down"
    return text + f", {word} from {_fmt(prev)} the week before."


def _bids_lines(week: list[Any]) -> list[str]:
    made, received = total_rates(week, "made"), total_rates(week, "received")
    if not made.total and not received.total:
        return ["No bids logged this week."]
    lines = []
    if made.total and made.rate is not None:
        lines.append(
            f"Of the {made.total} bids you made, {made.toward} were met with a turn "
            f"toward ({_pct(made.rate)})."
        )
    if received.total and received.rate is not None:
        lines.append(
            f"Of the {received.total} bids your partner made that you logged, you "
            f"turned toward {received.toward} ({_pct(received.rate)})."
        )
    return lines


@dataclass(frozen=True)
class Note:
    """A few plain sentences under a chart, and where to go from there."""

    lines: list[str]
    links: list[dict[str, str]] = field(default_factory=list)
    highlight: bool = False


def _journal_url() -> str:
    try:
        return reverse("journal:write")
    except NoReverseMatch:
        return "/journal/write/"


def range_note(compared: Narrowing) -> Note:
    """Say how the last fortnight's range compares, gently, with the numbers used."""
    recent, before = compared.recent, compared.before
    links = [
        {
            "title": "Feel your feelings again, a step at a time",
            "url": f"{_plan_url()}#step-reconnect_emotions",
        },
        {"title": "Write in your journal", "url": _journal_url()},
    ]
    if not compared.comparable:
        return Note(
            lines=[
                f"To compare, we need feelings named on at least {MIN_DAYS} days in "
                f"each of the last two fortnights. There aren't that many yet, and "
                "that's fine."
            ],
            links=links,
        )
    numbers = (
        f"In the last {RANGE_WINDOW} days you named {_feelings(recent.range)} "
        f"(on {_days(recent.days)}); in the {RANGE_WINDOW} days before, "
        f"{_feelings(before.range)} (on {_days(before.days)})."
    )
    if compared.narrower:
        return Note(
            lines=[
                numbers,
                "When feelings go unanswered for a long time, they can grow quieter, "
                "as if turned down so they hurt less. A narrower range can be one "
                "sign of that numbing, or simply of a quieter fortnight. Either way "
                "it isn't a failing: feelings usually come back when they are "
                "noticed and named.",
            ],
            links=links,
            highlight=True,
        )
    return Note(
        lines=[
            numbers,
            "If your words ever shrink to a few, like “fine” or “tired”, it can mean "
            "feelings are being turned down so they hurt less. Naming them, a little "
            "at a time, helps them come back.",
        ],
        links=links,
    )


def _feelings(n: int) -> str:
    return f"{n} different feeling{'s' if n != 1 else ''}"


def _days(n: int) -> str:
    return f"{n} day{'s' if n != 1 else ''}"
