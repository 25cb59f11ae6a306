"""Journal endpoints under /api/v1/journal: same privacy rules as the pages.

The owner reads and writes their entries and gets the engine's reflections;
the linked partner may read entries shared with them, nothing else; everyone
else is told "not found".
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.responses import Status
from pydantic import Field

from turntoward.journal import selectors, services
from turntoward.journal.models import JournalEntry
from turntoward.journal.reflections import reflect
from turntoward.safety.services import Help, with_help

router = Router(tags=["journal"])
MAX_LIMIT = 500


class EntryIn(Schema):
    text: str
    title: str = ""
    shared: bool = False


class EntryPatch(Schema):
    text: str | None = None
    title: str | None = None
    shared: bool | None = None
    emotions: list[str] | None = Field(
        default=None, description="The feelings that fit, as emotion labels."
    )


def entry_body(
    entry: JournalEntry, *, viewer: Any, help: Help | None = None
) -> dict[str, Any]:
    """Return an entry as JSON; reflections only for its owner."""
    mine = entry.owner_id == viewer.pk
    body: dict[str, Any] = {
        "id": entry.pk,
        "mine": mine,
        "title": entry.title,
        "text": entry.text,
        "shared": entry.shared,
        "created_at": entry.created_at.isoformat(),
        "edited_at": entry.edited_at.isoformat() if entry.edited_at else None,
    }
    if mine:
        body["reflections"] = reflect(
            signs=entry.signs,
            self_invalidation=entry.self_invalidation,
            emotions=entry.recognised_emotions,
            chosen=entry.chosen_emotions,
        ).to_dict()
    return with_help(body, help)


@router.post("/journal", response={201: dict[str, Any]})
def create(request: HttpRequest, payload: EntryIn) -> Status[Any]:
    """Write an entry; the answer carries reflections, and help when needed."""
    user = request.auth  # type: ignore[attr-defined]
    saved = services.journal_entry_create(
        user=user, text=payload.text, title=payload.title, shared=payload.shared
    )
    return Status(201, entry_body(saved.entry, viewer=user, help=saved.help))


@router.get("/journal", response=list[dict[str, Any]])
def entries(
    request: HttpRequest,
    q: str | None = None,
    since: datetime | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """List own and partner-shared entries, newest first; `q` searches your own."""
    user = request.auth  # type: ignore[attr-defined]
    limit, offset = min(max(limit, 1), MAX_LIMIT), max(offset, 0)
    if q:
        found = selectors.journal_search(user=user, query=q, limit=offset + limit)
        rows: Any = found[offset:]
    else:
        rows = selectors.journal_entries_visible(user=user)
        if since is not None:
            rows = rows.filter(created_at__gte=since)
        rows = rows[offset : offset + limit]
    return [entry_body(entry, viewer=user) for entry in rows]


@router.get("/journal/{entry_id}", response=dict[str, Any])
def entry(request: HttpRequest, entry_id: int) -> dict[str, Any]:
    """Return one entry the caller may read."""
    user = request.auth  # type: ignore[attr-defined]
    found = selectors.journal_entry_visible(user=user, pk=entry_id)
    return entry_body(found, viewer=user)


@router.patch("/journal/{entry_id}", response=dict[str, Any])
def update(request: HttpRequest, entry_id: int, payload: EntryPatch) -> dict[str, Any]:
    """Change the caller's own entry: words, title, sharing or chosen feelings."""
    user = request.auth  # type: ignore[attr-defined]
    found = selectors.journal_entry_owned(user=user, pk=entry_id)
    saved = services.journal_entry_update(
        user=user,
        entry=found,
        text=payload.text,
        title=payload.title,
        shared=payload.shared,
        emotions=payload.emotions,
    )
    return entry_body(saved.entry, viewer=user, help=saved.help)


@router.delete("/journal/{entry_id}", response={204: None})
def delete(request: HttpRequest, entry_id: int) -> Status[None]:
    """Delete the caller's own entry."""
    user = request.auth  # type: ignore[attr-defined]
    found = selectors.journal_entry_owned(user=user, pk=entry_id)
    services.journal_entry_delete(user=user, entry=found)
    return Status(204, None)
