"""The safety layer's reads. Each takes the requesting user and shows only their own."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from turntoward.accounts.models import User
from turntoward.safety.models import SafetyEvent

HELP_LINK_DAYS = 7


def safety_events_for(*, user: User) -> QuerySet[SafetyEvent]:
    """Return the user's own safety events, newest first (never anyone else's)."""
    return SafetyEvent.objects.filter(owner=user)


def help_link_active(*, user: User) -> bool:
    """Return whether "Get help now" stays in the header (7 days after a trigger)."""
    since = timezone.now() - timedelta(days=HELP_LINK_DAYS)
    return SafetyEvent.objects.filter(owner=user, created_at__gte=since).exists()


def safety_export(user: User) -> list[dict[str, Any]]:
    """Return the user's safety events for their own export."""
    return [
        {"reason": e.reason, "source": e.source, "at": e.created_at.isoformat()}
        for e in safety_events_for(user=user)
    ]
