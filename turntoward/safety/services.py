"""The safety layer's writes: notice crisis or abuse, record it privately, offer help.

Every feature that takes free text or screener answers calls `safety_check_text`
or `safety_trigger`. The result goes into the page (the help panel) or the API
response (`"help": {...}`); the partner is never told.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.hashers import check_password, make_password
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from turntoward.accounts.models import User
from turntoward.core.errors import ServiceError
from turntoward.safety.models import (
    PLAN_FIELDS,
    AbuseScreen,
    Reason,
    SafetyEvent,
    SafetyPlan,
    SafetySettings,
)
from turntoward.safety.resources import resources_for

SESSION_KEY = "turntoward_help_panel"
PIN_RE = re.compile(r"^[0-9]{4,8}$")
PLAN_MAX_CHARS = 5000


@dataclass(frozen=True)
class Help:
    """Help to show now: why, and the lines for the person's country."""

    reason: str
    resources: list[dict[str, Any]]
    # Where it came from ("phq9", "journal", ...): lets the panel word itself
    # for answers rather than writing. Never sent in the API's help object.
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"reason": self.reason, "resources": self.resources}


def help_for(*, user: User | None, reason: str, source: str = "") -> Help:
    """Return the help object for `reason`, with the user's country's lines first."""
    country = getattr(user, "country", None) or None
    lines = [line.to_public_dict() for line in resources_for(country, reason)]
    return Help(reason=reason, resources=lines, source=source)


def safety_trigger(*, user: User, reason: str, source: str) -> Help:
    """Record a private safety event and return the help to show."""
    if reason not in Reason.values:
        raise ValueError(f"unknown safety reason {reason!r}")
    with transaction.atomic():
        SafetyEvent.objects.create(owner=user, reason=reason, source=source[:32])
    return help_for(user=user, reason=reason, source=source)


def reason_from_analysis(analysis: Any) -> str | None:
    """Return 'crisis' or 'abuse' when an analysis calls for help (crisis first)."""
    if getattr(analysis, "crisis", False):
        return Reason.CRISIS
    if getattr(analysis, "abuse", False):
        return Reason.ABUSE
    return None


def safety_check_text(
    *,
    user: User,
    text: str,
    source: str,
    kind: str = "journal",
    analysis: Any = None,
) -> Help | None:
    """Read `text` for crisis or abuse; if found, record it and return help."""
    if analysis is None:
        from turntoward.language import analyze

        analysis = analyze(text, kind=kind, emotions=False)
    reason = reason_from_analysis(analysis)
    if reason is None:
        return None
    return safety_trigger(user=user, reason=reason, source=source)


def flash_help(request: HttpRequest, help: Help | None) -> None:
    """Ask the next page to open the help panel (survives a redirect)."""
    if help is not None:
        request.session[SESSION_KEY] = f"{help.reason}:{help.source}"


def with_help(body: dict[str, Any], help: Help | None) -> dict[str, Any]:
    """Return an API body with the `help` object added when help is needed."""
    if help is not None:
        body = {**body, "help": help.to_dict()}
    return body


def safety_event_delete(*, user: User, pk: int) -> bool:
    """Delete one of the user's own safety events; return whether one was found."""
    deleted, _ = SafetyEvent.objects.filter(owner=user, pk=pk).delete()
    return deleted > 0


def safety_events_clear(*, user: User) -> int:
    """Delete all of the user's safety events; return how many."""
    deleted, _ = SafetyEvent.objects.filter(owner=user).delete()
    return deleted


# --- the partner check (abuse screen) ---------------------------------------


def abuse_screen_answer(
    *, user: User, afraid: bool, hurt: bool, controlled: bool
) -> AbuseScreen:
    """Store the outcome of the partner check (not the answers one by one).

    Answering again replaces the earlier outcome; after a 'yes' the earlier
    choice to go on with couples features is asked again.
    """
    positive = afraid or hurt or controlled
    with transaction.atomic():
        screen, _ = AbuseScreen.objects.update_or_create(
            owner=user,
            defaults={
                "positive": positive,
                "answered_at": timezone.now(),
                "couples_anyway": False,
            },
        )
    return screen


def abuse_screen_insist(*, user: User) -> AbuseScreen:
    """Record that the person wants couples features despite a 'yes'."""
    screen = AbuseScreen.objects.filter(owner=user).first()
    if screen is None:
        raise ServiceError("Please answer the private check first.")
    if not screen.couples_anyway:
        screen.couples_anyway = True
        screen.save(update_fields=["couples_anyway"])
    return screen


def abuse_screen_delete(*, user: User) -> bool:
    """Forget the person's partner check; it is asked again before couples features."""
    deleted, _ = AbuseScreen.objects.filter(owner=user).delete()
    return deleted > 0


# --- discreet mode and the PIN lock ----------------------------------------


def _settings_row(user: User) -> SafetySettings:
    row, _ = SafetySettings.objects.select_for_update().get_or_create(owner=user)
    return row


def safety_settings_update(
    *, user: User, discreet: bool, lock_minutes: int | None = None
) -> SafetySettings:
    """Turn discreet mode on or off and choose when the PIN lock starts."""
    with transaction.atomic():
        row = _settings_row(user)
        row.discreet = discreet
        if lock_minutes is not None:
            row.lock_minutes = lock_minutes
        row.full_clean()
        row.save()
    return row


def safety_pin_set(*, user: User, pin: str, lock_minutes: int) -> SafetySettings:
    """Store a new PIN (hashed) and the minutes of inactivity before it is asked."""
    pin = pin.strip()
    if not PIN_RE.match(pin):
        raise ServiceError("Please choose 4 to 8 digits.", field="pin")
    with transaction.atomic():
        row = _settings_row(user)
        row.pin_hash = make_password(pin)
        row.lock_minutes = lock_minutes
        row.full_clean()
        row.save()
    return row


def safety_pin_clear(*, user: User) -> None:
    """Stop asking for a PIN."""
    SafetySettings.objects.filter(owner=user).update(pin_hash="")


def safety_pin_check(*, user: User, pin: str) -> bool:
    """Return whether `pin` is the user's PIN (False when none is set)."""
    row = SafetySettings.objects.filter(owner=user).first()
    if row is None or not row.pin_hash:
        return False
    return check_password(pin.strip(), row.pin_hash)


# --- the safety plan --------------------------------------------------------


def safety_plan_save(*, user: User, **fields: str) -> SafetyPlan:
    """Save the person's own safety plan (stored encrypted)."""
    unknown = set(fields) - set(PLAN_FIELDS)
    if unknown:
        raise ValueError(f"unknown safety plan fields: {sorted(unknown)}")
    with transaction.atomic():
        plan, _ = SafetyPlan.objects.select_for_update().get_or_create(owner=user)
        for name, value in fields.items():
            if len(value) > PLAN_MAX_CHARS:
                raise ServiceError("That is a little long to keep here.", field=name)
            setattr(plan, name, value.strip())
        plan.save()
    return plan


def safety_plan_delete(*, user: User) -> bool:
    """Delete the person's safety plan."""
    deleted, _ = SafetyPlan.objects.filter(owner=user).delete()
    return deleted > 0
