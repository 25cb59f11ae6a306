"""Bid writes: log a bid and how it was met, change the answer, delete."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from turntoward.bids.models import DESCRIPTION_MAX, Bid, Direction, Response
from turntoward.checkins.sharing import check_can_share
from turntoward.core.errors import ServiceError
from turntoward.safety.services import Help, safety_check_text

if TYPE_CHECKING:
    from turntoward.accounts.models import User

# Phones and servers disagree by a little; more than this is a future time.
CLOCK_SLACK = timedelta(minutes=5)
SOURCE = "bid"


@dataclass(frozen=True)
class BidResult:
    """The saved bid and any help to show for what was written."""

    bid: Bid
    help: Help | None


def _clean(
    *, direction: str, description: str, response: str, occurred_at: datetime
) -> str:
    if direction not in Direction.values:
        raise ServiceError(
            "Say whether you made this bid or received it.", field="direction"
        )
    if response not in Response.values:
        raise ServiceError(
            "Choose how it was met: toward, away or against.", field="response"
        )
    description = (description or "").strip()
    if not description:
        raise ServiceError(
            "A few words about the bid, please (e.g. “showed her a funny video”).",
            field="description",
        )
    if len(description) > DESCRIPTION_MAX:
        raise ServiceError(
            f"Please keep it under {DESCRIPTION_MAX} characters.", field="description"
        )
    if timezone.is_naive(occurred_at):
        raise ServiceError(
            "Please give the time with its time zone.", field="occurred_at"
        )
    if occurred_at > timezone.now() + CLOCK_SLACK:
        raise ServiceError(
            "A bid can't be logged for a time still to come.", field="occurred_at"
        )
    return description


def bid_create(
    *,
    user: User,
    direction: str,
    description: str,
    response: str,
    shared: bool = False,
    occurred_at: datetime | None = None,
) -> BidResult:
    """Log a bid the person made or received and how it was met."""
    occurred_at = occurred_at or timezone.now()
    text = _clean(
        direction=direction,
        description=description,
        response=response,
        occurred_at=occurred_at,
    )
    check_can_share(user, shared=shared)
    bid = Bid(
        owner=user,
        direction=direction,
        description=text,
        response=response,
        occurred_at=occurred_at,
        shared=bool(shared),
    )
    try:
        bid.full_clean()
    except ValidationError as exc:
        raise ServiceError(exc.messages[0], field="bid") from exc
    with transaction.atomic():
        bid.save()
    help = safety_check_text(user=user, text=text, source=SOURCE, kind="journal")
    return BidResult(bid=bid, help=help)


def bid_update(
    *, user: User, bid: Bid, response: str | None = None, shared: bool | None = None
) -> Bid:
    """Change how one of the person's own bids was met, or whether it is shared."""
    if bid.owner_id != user.pk:
        raise ServiceError("That bid isn't yours.")
    if response is not None and response not in Response.values:
        raise ServiceError(
            "Choose how it was met: toward, away or against.", field="response"
        )
    check_can_share(user, shared=bool(shared), was_shared=bid.shared)
    with transaction.atomic():
        if response is not None:
            bid.response = response
        if shared is not None:
            bid.shared = shared
        bid.save(update_fields=["response", "shared", "updated_at"])
    return bid


def bid_delete(*, user: User, bid: Bid) -> None:
    """Delete one of the person's own bids."""
    if bid.owner_id != user.pk:
        raise ServiceError("That bid isn't yours.")
    with transaction.atomic():
        bid.delete()
