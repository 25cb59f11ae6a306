"""Insight endpoints: turn-toward rates per direction, emotional range by week."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.http import HttpRequest
from ninja import Router

from turntoward.bids.selectors import rates_by_direction
from turntoward.core.errors import ServiceError
from turntoward.core.localtime import parse_timezone, today_in
from turntoward.insights.feelings import TONES, WINDOW, narrowing, span
from turntoward.insights.selectors import feelings_by_day, range_by_week

router = Router(tags=["insights"])

MAX_DAYS = 3660


@router.get("/insights/bids", response=dict[str, Any])
def bid_rates(request: HttpRequest, days: int = 30, tz: str | None = None) -> Any:
    """Return toward/away/against counts and the rate for each direction.

    `days` counts local days back from today, today included; `tz` names the
    caller's time zone (default UTC).
    """
    zone, since, today = _period(days, tz)
    rates = rates_by_direction(
        user=request.auth,  # type: ignore[attr-defined]
        since=since,
        until=today,
        tz=zone,
    )
    return {
        "days": days,
        "since": since.isoformat(),
        "until": today.isoformat(),
        "tz": str(zone),
        **{direction: counts.to_dict() for direction, counts in rates.items()},
    }


@router.get("/insights/emotions", response=dict[str, Any])
def emotional_range(request: HttpRequest, days: int = 90, tz: str | None = None) -> Any:
    """Return the different feelings the caller named, in all and week by week.

    Only the caller's own check-ins and journal entries count, never a
    partner's. Weeks are 7 days ending today (the first may be shorter); a
    week with nothing named has `range: null`. `recent` compares the last 14
    days with the 14 before, as the dashboard's note does.
    """
    zone, since, today = _period(days, tz)
    feelings = feelings_by_day(
        user=request.auth,  # type: ignore[attr-defined]
        since=min(since, today - timedelta(days=2 * WINDOW - 1)),  # for `recent`
        until=today,
    )
    shown = {day: named for day, named in feelings.items() if day >= since}
    whole = span(shown, since, today)
    return {
        "days": days,
        "since": since.isoformat(),
        "until": today.isoformat(),
        "tz": str(zone),
        "range": whole.range,
        **{tone: whole.distinct(tone) for tone in TONES},
        "feelings": whole.to_dict()["feelings"],
        "weeks": [week.to_dict() for week in range_by_week(shown, since, today)],
        "recent": narrowing(feelings, today).to_dict(),
    }


def _period(days: int, tz: str | None) -> tuple[Any, date, date]:
    """Return (zone, first day, today) for `days` local days ending today."""
    if not 1 <= days <= MAX_DAYS:
        raise ServiceError(f"days must be from 1 to {MAX_DAYS}.", field="days")
    zone = parse_timezone(tz)
    today = today_in(zone)
    return zone, today - timedelta(days=days - 1), today
