"""Check-in reads. Each takes the requesting user and goes through the privacy rules."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from django.db.models import QuerySet

from turntoward.accounts.privacy import (
    get_owned_or_404,
    get_visible_or_404,
    owned_by,
    shared_by_partner,
    visible_to,
)
from turntoward.checkins.models import CheckIn

if TYPE_CHECKING:
    from turntoward.accounts.models import User


def checkins_visible(*, user: Any) -> QuerySet[CheckIn]:
    """Return the user's own check-ins and the partner's shared ones, newest first."""
    return visible_to(CheckIn.objects.all(), viewer=user).order_by("-date", "owner_id")


def checkins_own(*, user: Any) -> QuerySet[CheckIn]:
    """Return the user's own check-ins, newest first."""
    return owned_by(CheckIn.objects.all(), viewer=user).order_by("-date")


def checkins_partner_shared(*, user: Any) -> QuerySet[CheckIn]:
    """Return the check-ins the partner chose to share, newest first."""
    return shared_by_partner(CheckIn.objects.all(), viewer=user).order_by("-date")


def checkin_for_day(*, user: Any, day: date) -> CheckIn | None:
    """Return the user's own check-in for `day`, if there is one."""
    return owned_by(CheckIn.objects.all(), viewer=user).filter(date=day).first()


def checkin_get(*, user: Any, pk: Any) -> CheckIn:
    """Return one check-in the user may read, or raise Http404."""
    return get_visible_or_404(CheckIn.objects.all(), viewer=user, pk=pk)


def checkin_get_own(*, user: Any, pk: Any) -> CheckIn:
    """Return one of the user's own check-ins, or raise Http404."""
    return get_owned_or_404(CheckIn.objects.all(), viewer=user, pk=pk)


def _between(
    qs: QuerySet[CheckIn], since: date, until: date | None
) -> QuerySet[CheckIn]:
    qs = qs.filter(date__gte=since)
    return qs.filter(date__lte=until) if until is not None else qs


def connection_series(
    *, user: Any, since: date, until: date | None = None
) -> list[tuple[date, int]]:
    """Return the user's own (day, connection) values from `since`, oldest first."""
    qs = _between(owned_by(CheckIn.objects.all(), viewer=user), since, until)
    return list(qs.order_by("date").values_list("date", "connection"))


def partner_connection_series(
    *, user: Any, since: date, until: date | None = None
) -> list[tuple[date, int]]:
    """Return the partner's shared (day, connection) values from `since`."""
    qs = _between(shared_by_partner(CheckIn.objects.all(), viewer=user), since, until)
    return list(qs.order_by("date").values_list("date", "connection"))


def checkins_between(
    *, user: Any, since: date, until: date | None = None
) -> QuerySet[CheckIn]:
    """Return the user's own check-ins from `since` (to `until`), oldest first."""
    qs = owned_by(CheckIn.objects.all(), viewer=user)
    return _between(qs, since, until).order_by("date")


def checkin_to_dict(checkin: CheckIn, *, viewer: Any) -> dict[str, Any]:
    """Return a check-in as plain data, marked as the viewer's own or the partner's.

    What the engine read in the note (signs, suggested emotions) is for the
    writer alone; a partner sees what was shared, not our reading of it.
    """
    mood = checkin.mood_info
    mine = checkin.owner_id == getattr(viewer, "pk", None)
    return {
        "id": checkin.pk,
        "date": checkin.date.isoformat(),
        "mood": checkin.mood,
        "energy": mood.energy if mood else None,
        "pleasantness": mood.pleasantness if mood else None,
        "connection": checkin.connection,
        "note": checkin.note,
        "emotions": list(checkin.emotions),
        "suggested_emotions": list(checkin.suggested_emotions) if mine else [],
        "signs": list(checkin.signs) if mine else [],
        "shared": checkin.shared,
        "mine": mine,
        "updated_at": checkin.updated_at.isoformat(),
    }


def checkins_export(user: User) -> list[dict[str, Any]]:
    """Return every check-in the user owns, for their export."""
    return [checkin_to_dict(c, viewer=user) for c in checkins_own(user=user)]
