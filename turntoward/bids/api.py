"""Bid endpoints: log a bid, list, read, change the answer, delete."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.responses import Status
from pydantic import Field

from turntoward.bids import selectors, services
from turntoward.bids.models import Direction, Response
from turntoward.safety.services import with_help

router = Router(tags=["bids"])


class BidIn(Schema):
    direction: Direction
    description: str = Field(max_length=2000)
    response: Response
    shared: bool = False
    occurred_at: datetime | None = None


class BidPatch(Schema):
    response: Response | None = None
    shared: bool | None = None


@router.post("/bids", response={201: dict[str, Any]})
def bid_create(request: HttpRequest, payload: BidIn) -> Status[Any]:
    """Log a bid made or received and how it was met."""
    user = request.auth  # type: ignore[attr-defined]
    result = services.bid_create(
        user=user,
        direction=payload.direction.value,
        description=payload.description,
        response=payload.response.value,
        shared=payload.shared,
        occurred_at=payload.occurred_at,
    )
    body = selectors.bid_to_dict(result.bid, viewer=user)
    return Status(201, with_help(body, result.help))


@router.get("/bids", response=list[dict[str, Any]])
def bid_list(
    request: HttpRequest,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 200,
) -> list[dict[str, Any]]:
    """List the caller's bids and the partner's shared ones, newest first."""
    user = request.auth  # type: ignore[attr-defined]
    qs = selectors.bids_visible(user=user)
    if since is not None:
        qs = qs.filter(occurred_at__gte=since)
    if until is not None:
        qs = qs.filter(occurred_at__lt=until)
    return [
        selectors.bid_to_dict(b, viewer=user) for b in qs[: max(1, min(limit, 1000))]
    ]


@router.get("/bids/{bid_id}", response=dict[str, Any])
def bid_detail(request: HttpRequest, bid_id: int) -> dict[str, Any]:
    """Return one bid the caller may read."""
    user = request.auth  # type: ignore[attr-defined]
    return selectors.bid_to_dict(selectors.bid_get(user=user, pk=bid_id), viewer=user)


@router.patch("/bids/{bid_id}", response=dict[str, Any])
def bid_update(request: HttpRequest, bid_id: int, payload: BidPatch) -> dict[str, Any]:
    """Change how one of the caller's own bids was met, or whether it is shared."""
    user = request.auth  # type: ignore[attr-defined]
    bid = services.bid_update(
        user=user,
        bid=selectors.bid_get_own(user=user, pk=bid_id),
        response=payload.response.value if payload.response else None,
        shared=payload.shared,
    )
    return selectors.bid_to_dict(bid, viewer=user)


@router.delete("/bids/{bid_id}", response={204: None})
def bid_delete(request: HttpRequest, bid_id: int) -> Status[None]:
    """Delete one of the caller's own bids."""
    user = request.auth  # type: ignore[attr-defined]
    services.bid_delete(user=user, bid=selectors.bid_get_own(user=user, pk=bid_id))
    return Status(204, None)
