"""Logging bids: clear refusals, help for words about danger, owner-only changes."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from turntoward.accounts.models import User
from turntoward.bids.models import Bid
from turntoward.bids.services import bid_create, bid_delete, bid_update
from turntoward.core.errors import ServiceError

pytestmark = pytest.mark.django_db


def create(user: User, **kw: object) -> object:
    args: dict[str, object] = {
        "direction": "made",
        "description": "showed her a funny video",
        "response": "toward",
    }
    args.update(kw)
    return bid_create(user=user, **args)  # type: ignore[arg-type]


def test_a_bid_is_logged_private_and_now_by_default(alice: User) -> None:
    bid = create(alice).bid  # type: ignore[attr-defined]
    assert bid.shared is False
    assert timezone.now() - bid.occurred_at < timedelta(seconds=5)


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"description": "   "}, "description"),
        ({"description": ""}, "description"),
        ({"description": "x" * 281}, "description"),
        ({"direction": "sideways"}, "direction"),
        ({"response": "maybe"}, "response"),
        ({"occurred_at": timezone.now() + timedelta(hours=2)}, "occurred_at"),
        ({"occurred_at": datetime(2026, 1, 1, 12, 0)}, "occurred_at"),
    ],
)
def test_bad_bids_are_refused_and_nothing_saved(
    alice: User, kw: dict[str, object], field: str
) -> None:
    with pytest.raises(ServiceError) as caught:
        create(alice, **kw)
    assert caught.value.field == field
    assert not Bid.objects.exists()


def test_words_about_danger_in_a_bid_bring_help(alice: User) -> None:
    result = create(
        alice,
        description="he said he would hurt me if I told anyone",
        response="against",
    )
    assert result.help is not None  # type: ignore[attr-defined]


def test_only_the_owner_can_change_or_delete(alice: User, bob: User) -> None:
    bid = create(alice, shared=True).bid  # type: ignore[attr-defined]
    with pytest.raises(ServiceError):
        bid_update(user=bob, bid=bid, response="away")
    with pytest.raises(ServiceError):
        bid_delete(user=bob, bid=bid)
    bid_update(user=alice, bid=bid, response="away", shared=False)
    bid.refresh_from_db()
    assert (bid.response, bid.shared) == ("away", False)
    bid_delete(user=alice, bid=bid)
    assert not Bid.objects.exists()
