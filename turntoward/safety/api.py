"""Safety endpoints: help lines, and the caller's own private safety records."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import Http404, HttpRequest
from ninja import Router, Schema
from ninja.responses import Status
from pydantic import Field

from turntoward.accounts.models import User
from turntoward.safety import selectors, services
from turntoward.safety.models import PLAN_FIELDS
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


# --- the partner question, for API clients ------------------------------------


class CheckIn(Schema):
    afraid: bool
    hurt: bool
    controlled: bool


class CheckOut(Schema):
    needed: bool
    any_yes: bool
    couples_features_allowed: bool


def _check(user: User) -> dict[str, Any]:
    return {
        "needed": selectors.abuse_screen_needed(user=user),
        "any_yes": selectors.abuse_screen_positive(user=user),
        "couples_features_allowed": selectors.couples_features_allowed(user=user),
    }


@router.get("/safety/check", response=CheckOut)
def check(request: HttpRequest) -> dict[str, Any]:
    """Return where the caller stands with the private partner question."""
    return _check(request.auth)  # type: ignore[attr-defined]


@router.post("/safety/check")
def check_answer(request: HttpRequest, payload: CheckIn) -> dict[str, Any]:
    """Answer the partner question; after a 'yes' the abuse lines come back."""
    user: User = request.auth  # type: ignore[attr-defined]
    screen = services.abuse_screen_answer(user=user, **payload.model_dump())
    found = services.help_for(user=user, reason="abuse") if screen.positive else None
    return services.with_help(_check(user), found)


@router.post("/safety/check/go-on", response=CheckOut)
def check_go_on(request: HttpRequest) -> dict[str, Any]:
    """Use couples features after a 'yes', by the caller's own choice."""
    user: User = request.auth  # type: ignore[attr-defined]
    services.abuse_screen_insist(user=user)
    return _check(user)


@router.delete("/safety/check", response={204: None})
def check_delete(request: HttpRequest) -> Status[None]:
    """Forget the caller's answer; the question is asked again."""
    services.abuse_screen_delete(user=request.auth)  # type: ignore[attr-defined]
    return Status(204, None)


# --- the safety plan ------------------------------------------------------------


class PlanIn(Schema):
    warning_signs: str = Field(default="", max_length=5000)
    what_helps: str = Field(default="", max_length=5000)
    people_and_places: str = Field(default="", max_length=5000)
    professionals: str = Field(default="", max_length=5000)


class PlanOut(PlanIn):
    updated_at: datetime | None = None


def _plan(user: User) -> dict[str, Any]:
    plan = selectors.safety_plan_for(user=user)
    body: dict[str, Any] = {
        name: getattr(plan, name) if plan else "" for name in PLAN_FIELDS
    }
    body["updated_at"] = plan.updated_at if plan else None
    return body


@router.get("/safety/plan", response=PlanOut)
def plan(request: HttpRequest) -> dict[str, Any]:
    """Return the caller's own safety plan (empty when none is written)."""
    return _plan(request.auth)  # type: ignore[attr-defined]


@router.put("/safety/plan", response=PlanOut)
def plan_save(request: HttpRequest, payload: PlanIn) -> dict[str, Any]:
    """Save the caller's own safety plan (stored encrypted)."""
    user: User = request.auth  # type: ignore[attr-defined]
    services.safety_plan_save(user=user, **payload.model_dump())
    return _plan(user)


@router.delete("/safety/plan", response={204: None})
def plan_delete(request: HttpRequest) -> Status[None]:
    """Delete the caller's own safety plan."""
    services.safety_plan_delete(user=request.auth)  # type: ignore[attr-defined]
    return Status(204, None)
