"""Insight endpoints: turn-toward counts and rates per direction."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.http import HttpRequest
from ninja import Router

from turntoward.bids.selectors import rates_by_direction
from turntoward.checkins.localtime import parse_timezone, today_in
from turntoward.core.errors import ServiceError

router = Router(tags=["insights"])

MAX_DAYS = 3660


@router.get("/insights/bids", response=dict[str, Any])
def bid_rates(request: HttpRequest, days: int = 30, tz: str | None = None) -> Any:
    """Return toward/away/against counts and the rate for each direction.

    `days` counts local days back from today, today included; `tz` names the
    caller's time zone (default UTC).
    """
    if not 1 <= days <= MAX_DAYS:
        raise ServiceError(f"days must be from 1 to {MAX_DAYS}.", field="days")
    zone = parse_timezone(tz)
    today = today_in(zone)
    since = today - timedelta(days=days - 1)
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
