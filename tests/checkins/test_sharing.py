"""Sharing is a couples feature: it needs a partner and the private partner check."""

from __future__ import annotations

from datetime import date

import pytest
from django.test import Client

from tests.conftest import ApiClient, link, make_user
from turntoward.accounts import services as accounts
from turntoward.accounts.models import User
from turntoward.bids.models import Bid
from turntoward.bids.services import bid_create, bid_update
from turntoward.checkins.models import CheckIn
from turntoward.checkins.services import checkin_save
from turntoward.core.errors import ServiceError
from turntoward.safety.services import abuse_screen_answer

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair() -> tuple[User, User]:
    """Dana and Eli, linked, neither past the partner check."""
    dana, eli = make_user("dana@example.com"), make_user("eli@example.com")
    link(dana, eli)
    dana.refresh_from_db()
    return dana, eli


def test_sharing_waits_for_the_partner_check(pair: tuple[User, User]) -> None:
    dana, _ = pair
    with pytest.raises(ServiceError) as caught:
        checkin_save(
            user=dana, mood="close", connection=4, shared=True, today=date.today()
        )
    assert caught.value.code == "couples_gate"
    with pytest.raises(ServiceError):
        bid_create(
            user=dana,
            direction="made",
            description="a hug",
            response="toward",
            shared=True,
        )
    assert not CheckIn.objects.exists() and not Bid.objects.exists()


def test_private_records_need_no_check(pair: tuple[User, User]) -> None:
    dana, _ = pair
    checkin_save(user=dana, mood="close", connection=4, today=date.today())
    bid_create(user=dana, direction="made", description="a hug", response="toward")
    assert CheckIn.objects.count() == 1 and Bid.objects.count() == 1


def test_after_a_yes_sharing_waits_until_the_person_chooses_to_go_on(
    pair: tuple[User, User],
) -> None:
    dana, _ = pair
    abuse_screen_answer(user=dana, afraid=True, hurt=False, controlled=False)
    with pytest.raises(ServiceError) as caught:
        checkin_save(
            user=dana, mood="close", connection=4, shared=True, today=date.today()
        )
    assert caught.value.code == "couples_gate"


def test_making_something_private_again_never_waits(alice: User, bob: User) -> None:
    bid = bid_create(
        user=alice,
        direction="made",
        description="a hug",
        response="toward",
        shared=True,
    ).bid
    from turntoward.safety.models import AbuseScreen

    AbuseScreen.objects.filter(owner=alice).delete()
    bid_update(user=alice, bid=bid, shared=False)
    bid.refresh_from_db()
    assert bid.shared is False


def test_api_answers_409_with_the_way_to_the_check(pair: tuple[User, User]) -> None:
    dana, _ = pair
    api = ApiClient(accounts.api_token_create(user=dana))
    response = api.post("/checkins", {"mood": "close", "connection": 4, "shared": True})
    assert response.status_code == 409
    assert "/api/v1/safety/check" in response.json()["detail"][0]["msg"]
    assert not CheckIn.objects.exists()


def test_pages_offer_the_check_instead_of_the_share_box(
    pair: tuple[User, User],
) -> None:
    dana, _ = pair
    client = Client()
    client.force_login(dana)
    for url in ["/checkin/", "/bids/"]:
        html = client.get(url).content.decode()
        assert "one short private question" in html
        assert 'name="shared"' not in html
    page = client.post(
        "/bids/",
        {"direction": "made", "description": "x", "response": "toward", "shared": "on"},
    )
    assert (
        "Before sharing, please answer one short private question"
        in page.content.decode()
    )
    assert not Bid.objects.exists()


def test_pages_offer_the_share_box_once_checked(web_alice: Client, bob: User) -> None:
    for url in ["/checkin/", "/bids/"]:
        assert 'name="shared"' in web_alice.get(url).content.decode()


def test_no_share_box_without_a_partner(web_carol: Client) -> None:
    for url in ["/checkin/", "/bids/"]:
        html = web_carol.get(url).content.decode()
        assert 'name="shared"' not in html and "private question" not in html
