"""The person's own day: which time zone a request speaks for, and day boundaries.

A check-in belongs to the person's local day and bid rates are counted by local
day, so every read and write takes a time zone. Web pages learn it from the
`tz` cookie (set by checkins.js from the browser) or a `tz` form field; API
callers send `?tz=Area/City`. Without one, days are UTC days.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from urllib.parse import unquote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.http import HttpRequest
from django.utils import timezone

from turntoward.core.errors import ServiceError

COOKIE = "tz"
MAX_NAME = 64


def parse_timezone(name: str | None) -> tzinfo:
    """Return the zone called `name` (IANA, e.g. "Europe/Paris"); UTC if empty.

    Raises ServiceError for a name that is not a known time zone.
    """
    name = (name or "").strip()
    if not name:
        return UTC
    if len(name) > MAX_NAME or name.startswith(("/", ".")) or ".." in name:
        raise ServiceError("That time zone isn't one we know.", field="tz")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ServiceError("That time zone isn't one we know.", field="tz") from None


def request_timezone(request: HttpRequest) -> tzinfo:
    """Return the zone a web request speaks for: form field, query, cookie, or UTC."""
    for name in (
        request.POST.get(COOKIE) if request.method == "POST" else None,
        request.GET.get(COOKIE),
        unquote(request.COOKIES.get(COOKIE, "")),
    ):
        if name:
            try:
                return parse_timezone(name)
            except ServiceError:
                continue
    return UTC


def today_in(tz: tzinfo) -> date:
    """Return today's date where the person is."""
    return timezone.now().astimezone(tz).date()


def day_start(day: date, tz: tzinfo) -> datetime:
    """Return the aware moment the local day `day` begins."""
    return datetime.combine(day, time.min).replace(tzinfo=tz)


def day_bounds(since: date, until: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """Return [start, end) covering the local days since … until, both included."""
    return day_start(since, tz), day_start(until + timedelta(days=1), tz)


def local_date(moment: datetime, tz: tzinfo) -> date:
    """Return the local date of an aware moment."""
    return moment.astimezone(tz).date()
