"""Safety endpoints: help lines, and the caller's own private safety records."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import Http404, HttpRequest
from ninja import Router, Schema
from ninja.responses import Status

from turntoward.safety import selectors, services
from turntoward.safety.resources import public_help

router = Router(tags=["safety"])


class EventOut(Schema):
    id: int
    reason: str
    source: str
    created_at: datetime


@router.get("/help", auth=None)
def help_lines(
    request: HttpRequest, country: str | None = None, reason: str = "crisis"
) -> dict[str, Any]:
    """Return help lines for a country (no login needed)."""
    if reason not in {"crisis", "abuse"}:
        reason = "crisis"
    return dict(public_help(country, reason))


@router.get("/safety/events", response=list[EventOut])
def events(request: HttpRequest) -> Any:
    """List the caller's own safety records."""
    return selectors.safety_events_for(user=request.auth)  # type: ignore[attr-defined]


@router.delete("/safety/events/{event_id}", response={204: None})
def event_delete(request: HttpRequest, event_id: int) -> Status[None]:
    """Delete one of the caller's own safety records."""
    if not services.safety_event_delete(user=request.auth, pk=event_id):  # type: ignore[attr-defined]
        raise Http404
    return Status(204, None)
