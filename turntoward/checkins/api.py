"""Check-in endpoints: save today's check-in, list, read one, and the vocabulary."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.responses import Status
from pydantic import Field

from turntoward.checkins import selectors, services
from turntoward.checkins.models import NOTE_MAX
from turntoward.checkins.moods import MOODS, group_heading
from turntoward.core.localtime import parse_timezone, today_in
from turntoward.safety.services import with_help

router = Router(tags=["checkins"])


class CheckInIn(Schema):
    date: dt.date | None = None
    mood: str = Field(max_length=64)
    connection: int
    note: str = Field(default="", max_length=NOTE_MAX)
    shared: bool = False
    emotions: list[str] | None = Field(default=None, max_length=28)


class EmotionsIn(Schema):
    emotions: list[str] = Field(max_length=28)


class MoodOut(Schema):
    word: str
    energy: int
    pleasantness: int
    group: str


@router.get("/checkins/moods", response=list[MoodOut])
def moods(request: HttpRequest) -> list[dict[str, Any]]:
    """List the feeling words with their energy and pleasantness (-2 … 2)."""
    return [{**m.to_dict(), "group": group_heading(m.group)} for m in MOODS]


@router.post("/checkins", response={200: dict[str, Any], 201: dict[str, Any]})
def checkin_save(
    request: HttpRequest, payload: CheckInIn, tz: str | None = None
) -> Status[Any]:
    """Save today's check-in (a second one the same day edits the first)."""
    user = request.auth  # type: ignore[attr-defined]
    result = services.checkin_save(
        user=user,
        today=today_in(parse_timezone(tz)),
        day=payload.date,
        mood=payload.mood,
        connection=payload.connection,
        note=payload.note,
        shared=payload.shared,
        emotions=payload.emotions,
    )
    body = selectors.checkin_to_dict(result.checkin, viewer=user)
    body["reflection"] = result.reflection
    return Status(201 if result.created else 200, with_help(body, result.help))


@router.get("/checkins", response=list[dict[str, Any]])
def checkin_list(
    request: HttpRequest, since: dt.date | None = None, until: dt.date | None = None
) -> list[dict[str, Any]]:
    """List the caller's check-ins and the partner's shared ones, newest first."""
    user = request.auth  # type: ignore[attr-defined]
    qs = selectors.checkins_visible(user=user)
    if since is not None:
        qs = qs.filter(date__gte=since)
    if until is not None:
        qs = qs.filter(date__lte=until)
    return [selectors.checkin_to_dict(c, viewer=user) for c in qs[:1000]]


@router.get("/checkins/{checkin_id}", response=dict[str, Any])
def checkin_detail(request: HttpRequest, checkin_id: int) -> dict[str, Any]:
    """Return one check-in the caller may read."""
    user = request.auth  # type: ignore[attr-defined]
    return selectors.checkin_to_dict(
        selectors.checkin_get(user=user, pk=checkin_id), viewer=user
    )


@router.put("/checkins/{checkin_id}/emotions", response=dict[str, Any])
def checkin_emotions(
    request: HttpRequest, checkin_id: int, payload: EmotionsIn
) -> dict[str, Any]:
    """Replace the emotions the caller chose for one of their own check-ins."""
    user = request.auth  # type: ignore[attr-defined]
    checkin = selectors.checkin_get_own(user=user, pk=checkin_id)
    services.checkin_set_emotions(user=user, checkin=checkin, emotions=payload.emotions)
    return selectors.checkin_to_dict(checkin, viewer=user)


@router.delete("/checkins/{checkin_id}", response={204: None})
def checkin_delete(request: HttpRequest, checkin_id: int) -> Status[None]:
    """Delete one of the caller's own check-ins."""
    user = request.auth  # type: ignore[attr-defined]
    checkin = selectors.checkin_get_own(user=user, pk=checkin_id)
    services.checkin_delete(user=user, checkin=checkin)
    return Status(204, None)
