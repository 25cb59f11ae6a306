"""Turn the insight data into SVG charts, each with rows for its table alternative."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils.safestring import SafeString

from turntoward.bids.selectors import LATER_DIVORCED, STAYED_TOGETHER
from turntoward.core.charts import Series, bar_chart, line_chart
from turntoward.insights.feelings import TONES, Span, narrowing, span
from turntoward.insights.selectors import (
    History,
    mood_averages,
    mood_groups,
    range_by_week,
    rate_trend,
    sign_label,
    signs_by_week,
)
from turntoward.insights.summary import Note, range_note

SHORT_GROUPS = {
    "bright": "Lively, good",
    "calm": "Calm, good",
    "mixed": "In between",
    "tense": "Stirred, hard",
    "low": "Low, hard",
}


@dataclass
class Chart:
    """One chart: its SVG, a sentence saying what it shows, and a table."""

    key: str
    heading: str
    svg: SafeString | None
    summary: str
    columns: list[str]
    rows: list[list[Any]]
    note: Note | None = None
    empty: str = "Nothing to draw yet. Check-ins and bids you log will show here."


def _day(value: date) -> str:
    """Return "Mon 3 Jun 2027" (formatted here: the template's date filter is slow)."""
    return f"{value:%a} {value.day} {value:%b %Y}"


def _pct(value: float | None) -> str:
    return "no bids" if value is None else f"{round(value * 100)}%"


def connection_chart(history: History, *, partner_linked: bool) -> Chart:
    mine = sorted((d.day, d.connection) for d in history.days.values() if d.connection)
    theirs = sorted(history.partner.items())
    series = [Series("You", [(d, float(v)) for d, v in mine])]
    if partner_linked:
        series.append(
            Series("Your partner (shared)", [(d, float(v)) for d, v in theirs])
        )
    series = [s for s in series if s.points]
    summary = (
        f"{len(mine)} of your check-ins"
        + (f" and {len(theirs)} your partner shared" if partner_linked else "")
        + ", on a scale from 1 (far apart) to 5 (very close)."
    )
    svg = None
    if series:
        svg = line_chart(
            series,
            title="Felt connection over time",
            description=summary,
            y_min=1,
            y_max=5,
            y_ticks=[1, 2, 3, 4, 5],
        )
    days = sorted(set(dict(mine)) | set(dict(theirs)))
    mine_by_day, theirs_by_day = dict(mine), dict(theirs)
    rows = [[_day(d), mine_by_day.get(d, "–"), theirs_by_day.get(d, "–")] for d in days]
    columns = ["Day", "You", "Your partner (shared)"]
    if not partner_linked:
        rows = [row[:2] for row in rows]
        columns = columns[:2]
    return Chart("connection", "Felt connection", svg, summary, columns, rows)


def mood_chart(history: History) -> Chart:
    groups = mood_groups(history)
    total = sum(n for _, _, n, _ in groups)
    averages = mood_averages(history)
    summary = (
        f"{total} check-ins, by how lively and how pleasant the word you picked was."
    )
    if averages:
        summary += (
            f" On average, energy {averages[0]:+.1f} and pleasantness "
            f"{averages[1]:+.1f}, each on a scale from −2 to +2."
        )
    svg = None
    if total:
        svg = bar_chart(
            [(SHORT_GROUPS[key], float(n)) for key, _, n, _ in groups],
            title="Moods by energy and pleasantness",
            description=summary,
            y_max=float(max(n for _, _, n, _ in groups)),
        )
    rows = [
        [heading, n, ", ".join(f"{w} ({c})" for w, c in words) or "–"]
        for _, heading, n, words in groups
    ]
    return Chart("moods", "Moods", svg, summary, ["Area", "Check-ins", "Words"], rows)


def rate_chart(history: History) -> Chart:
    trend = rate_trend(history)
    made = [(end, None if r is None else r * 100) for end, r, _ in trend]
    received = [(end, None if r is None else r * 100) for end, _, r in trend]
    summary = (
        "Each point is one week: the share of bids met with a turn toward. "
        f"Research lines for comparison: {round(STAYED_TOGETHER * 100)}% and "
        f"{round(LATER_DIVORCED * 100)}%."
    )
    svg = None
    if any(v is not None for _, v in made + received):
        svg = line_chart(
            [Series("Bids you made", made), Series("Bids you received", received)],
            title="Turn-toward rate by week",
            description=summary,
            y_min=0,
            y_max=100,
            y_ticks=[0, LATER_DIVORCED * 100, 50, STAYED_TOGETHER * 100, 100],
            y_format="{:.0f}%",
        )
    rows = [[_day(end), _pct(m), _pct(r)] for end, m, r in trend]
    columns = ["Week ending", "Bids you made", "Bids you received"]
    return Chart("rates", "Turn-toward rate", svg, summary, columns, rows)


def signs_chart(history: History) -> Chart:
    signs, weekly = signs_by_week(history)
    total = sum(sum(counts.values()) for _, counts in weekly)
    if signs:
        named = ", ".join(sign_label(s) for s in signs)
        summary = f"Signs noticed {total} times in your own words: {named}."
    else:
        summary = "No signs of neglect were noticed in your notes over this time."
    svg = None
    if signs:
        svg = line_chart(
            [
                Series(sign_label(s), [(end, float(c.get(s, 0))) for end, c in weekly])
                for s in signs
            ],
            title="Signs noticed, by week",
            description=summary,
            y_min=0,
            y_max=float(max(max(c.values(), default=0) for _, c in weekly) or 1),
        )
    rows = [[_day(end), *[c.get(s, 0) for s in signs]] for end, c in weekly]
    columns = ["Week ending", *[sign_label(s) for s in signs]]
    return Chart("signs", "Signs noticed", svg, summary, columns, rows)


def _range_points(
    weekly: list[Span], value: Callable[[Span], int]
) -> list[tuple[date, float | None]]:
    """Return (week's last day, value); a gap for weeks with nothing named."""
    return [(w.end, float(value(w)) if w.days else None) for w in weekly]


def range_chart(history: History, *, today: date) -> Chart:
    """Different feelings named each week, and how many were pleasant or hard."""
    weekly = range_by_week(history.feelings, history.since, history.until)
    whole = span(history.feelings, history.since, history.until)
    if whole.range:
        pleasant, hard, between = (whole.distinct(t) for t in TONES)
        summary = (
            f"Over these {(history.until - history.since).days + 1} days you named "
            f"{whole.range} different feeling{'s' if whole.range != 1 else ''}: "
            f"{pleasant} pleasant, {hard} hard and "
            f"{between} in between. Each point is one week; weeks with more "
            "check-ins and entries usually hold more words."
        )
    else:
        summary = "No feelings named over this time yet."
    svg = None
    if whole.range:
        top = max(w.range for w in weekly)
        svg = line_chart(
            [
                Series("Different feelings", _range_points(weekly, lambda w: w.range)),
                Series(
                    "Pleasant ones",
                    _range_points(weekly, lambda w: w.distinct("pleasant")),
                ),
                Series(
                    "Hard ones", _range_points(weekly, lambda w: w.distinct("hard"))
                ),
            ],
            title="Emotional range by week",
            description=summary,
            y_min=0,
            y_max=float(top),
            y_ticks=sorted({0, top // 2, top}),
        )
    rows = [
        [
            _day(w.end),
            *([w.range, *(w.distinct(t) for t in TONES)] if w.days else ["–"] * 4),
            ", ".join(f"{word} ({n})" for word, n in w.words()) or "–",
        ]
        for w in weekly
    ]
    columns = [
        "Week ending",
        "Different feelings",
        "Pleasant",
        "Hard",
        "In between",
        "Words (times named)",
    ]
    return Chart(
        "range",
        "Emotional range",
        svg,
        summary,
        columns,
        rows,
        note=range_note(narrowing(history.feelings, today)),
        empty="Nothing to draw yet. Feelings you name in check-ins and the journal "
        "will show here.",
    )
