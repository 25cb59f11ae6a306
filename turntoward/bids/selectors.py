"""Bid reads: the person's log, the partner's shared bids, and turn-toward rates.

Rates count only the person's own log and go by their local day: "the last 7
days" means seven calendar days where they live, today included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from django.db.models import Count, QuerySet

from turntoward.accounts.privacy import (
    get_owned_or_404,
    get_visible_or_404,
    owned_by,
    shared_by_partner,
    visible_to,
)
from turntoward.bids.models import Bid, Direction, Response
from turntoward.core.localtime import day_bounds, day_start, local_date

if TYPE_CHECKING:
    from turntoward.accounts.models import User

PERIODS: tuple[int, ...] = (7, 30, 90)
# Gottman's newlywed study: how often partners turned toward each other's bids.
STAYED_TOGETHER = 0.86
LATER_DIVORCED = 0.33


@dataclass(frozen=True)
class RateCounts:
    """How bids were met over a period, and the share turned toward."""

    toward: int = 0
    away: int = 0
    against: int = 0

    @property
    def total(self) -> int:
        return self.toward + self.away + self.against

    @property
    def rate(self) -> float | None:
        """Return toward ÷ all bids, or None when there were none."""
        return self.toward / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        rate = self.rate
        return {
            "toward": self.toward,
            "away": self.away,
            "against": self.against,
            "total": self.total,
            "rate": None if rate is None else round(rate, 4),
        }


def _bounds(
    since: date | datetime, until: date | datetime | None, tz: tzinfo
) -> tuple[datetime, datetime | None]:
    """Return [start, end) moments; dates are whole local days, until included."""
    start = since if isinstance(since, datetime) else day_start(since, tz)
    if until is None:
        return start, None
    if isinstance(until, datetime):
        return start, until
    return start, day_bounds(until, until, tz)[1]


def _own_between(
    user: Any, since: date | datetime, until: date | datetime | None, tz: tzinfo
) -> QuerySet[Bid]:
    start, end = _bounds(since, until, tz)
    qs = owned_by(Bid.objects.all(), viewer=user).filter(occurred_at__gte=start)
    return qs.filter(occurred_at__lt=end) if end is not None else qs


def turn_toward_rate(
    *,
    user: Any,
    direction: str,
    since: date | datetime,
    until: date | datetime | None = None,
    tz: tzinfo = UTC,
) -> RateCounts:
    """Return how the user's own bids in `direction` were met from since to until.

    Dates are the user's local days (in `tz`), `until` included; datetimes are
    exact moments, `until` excluded.
    """
    if direction not in Direction.values:
        raise ValueError(f"unknown direction {direction!r}")
    rows = (
        _own_between(user, since, until, tz)
        .filter(direction=direction)
        .values("response")
        .annotate(n=Count("pk"))
        .order_by()
    )
    found = {row["response"]: row["n"] for row in rows}
    return RateCounts(**{r: found.get(r, 0) for r in Response.values})


def rates_by_direction(
    *,
    user: Any,
    since: date | datetime,
    until: date | datetime | None = None,
    tz: tzinfo = UTC,
) -> dict[str, RateCounts]:
    """Return turn_toward_rate for each direction, in one query."""
    rows = (
        _own_between(user, since, until, tz)
        .values("direction", "response")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts: dict[str, dict[str, int]] = {d: {} for d in Direction.values}
    for row in rows:
        counts[row["direction"]][row["response"]] = row["n"]
    return {
        d: RateCounts(**{r: counts[d].get(r, 0) for r in Response.values})
        for d in Direction.values
    }


def rates_for_periods(
    *, user: Any, today: date, tz: tzinfo, periods: tuple[int, ...] = PERIODS
) -> list[tuple[int, dict[str, RateCounts]]]:
    """Return (days, rates by direction) for the last N local days, today included."""
    return [
        (
            days,
            rates_by_direction(
                user=user, since=today - timedelta(days=days - 1), until=today, tz=tz
            ),
        )
        for days in periods
    ]


def daily_responses(
    *, user: Any, since: date, until: date, tz: tzinfo
) -> dict[date, dict[str, RateCounts]]:
    """Return the user's own bids counted by local day and direction."""
    rows = _own_between(user, since, until, tz).values_list(
        "occurred_at", "direction", "response"
    )
    tallies: dict[date, dict[str, dict[str, int]]] = {}
    for when, direction, response in rows:
        day = tallies.setdefault(local_date(when, tz), {})
        per = day.setdefault(direction, {})
        per[response] = per.get(response, 0) + 1
    return {
        day: {d: RateCounts(**per) for d, per in by_dir.items()}
        for day, by_dir in tallies.items()
    }


def bids_visible(*, user: Any) -> QuerySet[Bid]:
    """Return the user's own bids and the partner's shared ones, newest first."""
    return visible_to(Bid.objects.all(), viewer=user).order_by("-occurred_at", "-pk")


def bids_own(*, user: Any) -> QuerySet[Bid]:
    """Return the user's own bids, newest first."""
    return owned_by(Bid.objects.all(), viewer=user).order_by("-occurred_at", "-pk")


def bids_partner_shared(*, user: Any) -> QuerySet[Bid]:
    """Return the bids the partner chose to share, newest first."""
    qs = shared_by_partner(Bid.objects.all(), viewer=user)
    return qs.order_by("-occurred_at", "-pk")


def bid_get(*, user: Any, pk: Any) -> Bid:
    """Return one bid the user may read, or raise Http404."""
    return get_visible_or_404(Bid.objects.all(), viewer=user, pk=pk)


def bid_get_own(*, user: Any, pk: Any) -> Bid:
    """Return one of the user's own bids, or raise Http404."""
    return get_owned_or_404(Bid.objects.all(), viewer=user, pk=pk)


def bid_to_dict(bid: Bid, *, viewer: Any) -> dict[str, Any]:
    """Return a bid as plain data, marked as the viewer's own or the partner's."""
    return {
        "id": bid.pk,
        "direction": bid.direction,
        "description": bid.description,
        "response": bid.response,
        "occurred_at": bid.occurred_at.isoformat(),
        "shared": bid.shared,
        "mine": bid.owner_id == getattr(viewer, "pk", None),
    }


def bids_export(user: User) -> list[dict[str, Any]]:
    """Return every bid the user owns, for their export."""
    return [bid_to_dict(b, viewer=user) for b in bids_own(user=user)]
