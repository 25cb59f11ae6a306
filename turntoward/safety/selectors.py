"""The safety layer's reads. Each takes the requesting user and shows only their own.

Nothing here ever reads another person's records: a partner's safety events,
partner-check answers, safety plan and settings do not exist as far as any
page, API call, export or count is concerned.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from turntoward.accounts.models import User
from turntoward.safety.models import (
    PLAN_FIELDS,
    AbuseScreen,
    SafetyEvent,
    SafetyPlan,
    SafetySettings,
)

HELP_LINK_DAYS = 7
SITE_NAME = "TurnToward"
DISCREET_NAME = "Notes"


def safety_events_for(*, user: User) -> QuerySet[SafetyEvent]:
    """Return the user's own safety events, newest first (never anyone else's)."""
    return SafetyEvent.objects.filter(owner=user)


def help_link_active(*, user: User) -> bool:
    """Return whether "Get help now" stays in the header (7 days after a trigger)."""
    since = timezone.now() - timedelta(days=HELP_LINK_DAYS)
    return SafetyEvent.objects.filter(owner=user, created_at__gte=since).exists()


# --- the partner check (abuse screen) ---------------------------------------


def abuse_screen_for(*, user: User) -> AbuseScreen | None:
    """Return the user's own answered partner check, or None."""
    return AbuseScreen.objects.filter(owner=user).first()


def abuse_screen_needed(*, user: User) -> bool:
    """Return whether the user has not yet answered the partner check."""
    return not AbuseScreen.objects.filter(owner=user).exists()


def abuse_screen_positive(*, user: User) -> bool:
    """Return whether the user's answers spoke of fear, harm, threats or control."""
    return AbuseScreen.objects.filter(owner=user, positive=True).exists()


def couples_features_allowed(*, user: User) -> bool:
    """Return whether couples features may be offered to the user now.

    Only after the partner check, and after a 'yes' only if the person chose
    to go on all the same.
    """
    screen = abuse_screen_for(user=user)
    return screen is not None and (not screen.positive or screen.couples_anyway)


def couples_gate_reason(user: User) -> str | None:
    """Return why couples features can't start yet (for the API), or None."""
    if couples_features_allowed(user=user):
        return None
    if abuse_screen_needed(user=user):
        return (
            "Before linking or sharing, please answer the short private partner "
            "check: POST /api/v1/safety/check."
        )
    return (
        "Your answers to the partner check suggest couples features may not be "
        "safe right now. If you still want them: POST /api/v1/safety/check/go-on."
    )


# --- discreet mode and the PIN lock ----------------------------------------


def safety_settings_for(*, user: User) -> SafetySettings:
    """Return the user's safety settings (defaults, unsaved, when none are stored)."""
    found = SafetySettings.objects.filter(owner=user).first()
    return found if found is not None else SafetySettings(owner=user)


def discreet_mode_on(*, user: User) -> bool:
    """Return whether the user asked for neutral names and icons."""
    return SafetySettings.objects.filter(owner=user, discreet=True).exists()


def site_name_for(*, user: User | None) -> str:
    """Return the name to show this person (and to use in their emails)."""
    if user is not None and user.is_authenticated and discreet_mode_on(user=user):
        return DISCREET_NAME
    return SITE_NAME


# --- the safety plan --------------------------------------------------------


def safety_plan_for(*, user: User) -> SafetyPlan | None:
    """Return the user's own safety plan, or None."""
    return SafetyPlan.objects.filter(owner=user).first()


# --- export (the user's own, never a partner's) -----------------------------


def safety_export(user: User) -> list[dict[str, Any]]:
    """Return the user's safety events for their own export."""
    return [
        {"reason": e.reason, "source": e.source, "at": e.created_at.isoformat()}
        for e in safety_events_for(user=user)
    ]


def safety_private_export(user: User) -> dict[str, Any]:
    """Return the user's partner check, settings and safety plan for their export."""
    screen = abuse_screen_for(user=user)
    settings = safety_settings_for(user=user)
    plan = safety_plan_for(user=user)
    return {
        "partner_check": None
        if screen is None
        else {
            "answered_at": screen.answered_at.isoformat(),
            "any_yes": screen.positive,
            "chose_couples_features_anyway": screen.couples_anyway,
        },
        "discreet_mode": settings.discreet,
        "pin_lock": settings.pin_set,
        "lock_after_minutes": settings.lock_minutes if settings.pin_set else None,
        "safety_plan": None
        if plan is None
        else {name: getattr(plan, name) for name in PLAN_FIELDS},
    }
