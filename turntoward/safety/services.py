"""The safety layer's writes: notice crisis or abuse, record it privately, offer help.

Every feature that takes free text or screener answers calls `safety_check_text`
or `safety_trigger`. The result goes into the page (the help panel) or the API
response (`"help": {...}`); the partner is never told.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.http import HttpRequest

from turntoward.accounts.models import User
from turntoward.safety.models import Reason, SafetyEvent
from turntoward.safety.resources import resources_for

SESSION_KEY = "turntoward_help_panel"


@dataclass(frozen=True)
class Help:
    """Help to show now: why, and the lines for the person's country."""

    reason: str
    resources: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {"reason": self.reason, "resources": self.resources}


def help_for(*, user: User | None, reason: str) -> Help:
    """Return the help object for `reason`, with the user's country's lines first."""
    country = getattr(user, "country", None) or None
    lines = [line.to_public_dict() for line in resources_for(country, reason)]
    return Help(reason=reason, resources=lines)


def safety_trigger(*, user: User, reason: str, source: str) -> Help:
    """Record a private safety event and return the help to show."""
    if reason not in Reason.values:
        raise ValueError(f"unknown safety reason {reason!r}")
    with transaction.atomic():
        SafetyEvent.objects.create(owner=user, reason=reason, source=source[:32])
    return help_for(user=user, reason=reason)


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
        request.session[SESSION_KEY] = help.reason


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
