"""The bids page for Alice, Bob (her partner), Carol and nobody."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import time_machine
from django.test import Client

from turntoward.accounts.models import User
from turntoward.bids.models import Bid
from turntoward.bids.services import bid_create

pytestmark = pytest.mark.django_db

URL = "/bids/"
FORM = {
    "direction": "made",
    "description": "sent him a song I liked",
    "response": "away",
}


def test_logging_a_bid_shows_it_and_its_rate(web_alice: Client) -> None:
    page = web_alice.post(URL, FORM, follow=True).content.decode()
    assert "sent him a song I liked" in page
    assert "turned away" in page
    assert "0%" in page
    assert Bid.objects.count() == 1


def test_page_puts_rates_beside_the_research_and_calls_it_a_correlation(
    web_alice: Client,
) -> None:
    page = web_alice.get(URL).content.decode()
    assert "86%" in page and "33%" in page
    assert "correlation" in page and "not a verdict" in page
    assert "Last 7 days" in page and "Last 30 days" in page and "Last 90 days" in page
    assert "no bids yet" in page


def test_empty_bid_shows_an_error_and_saves_nothing(web_alice: Client) -> None:
    page = web_alice.post(URL, {**FORM, "description": "  "}).content.decode()
    assert "A few words about the bid" in page and 'role="alert"' in page
    assert not Bid.objects.exists()


def test_a_time_in_the_form_is_read_in_the_browsers_zone(alice: User) -> None:
    with time_machine.travel(datetime(2027, 6, 15, 12, 0, tzinfo=UTC), tick=False):
        client = Client()
        client.force_login(alice)
        client.cookies["tz"] = "Asia%2FTokyo"
        client.post(URL, {**FORM, "occurred_at": "2027-06-15T08:30"})
    assert Bid.objects.get().occurred_at == datetime(2027, 6, 14, 23, 30, tzinfo=UTC)


def test_a_future_time_is_refused(web_alice: Client) -> None:
    page = web_alice.post(URL, {**FORM, "occurred_at": "2999-06-15T08:30"})
    assert "time still to come" in page.content.decode()
    assert not Bid.objects.exists()


def test_partner_sees_shared_bids_read_only_and_strangers_nothing(
    alice: User, bob: User, web_bob: Client, web_carol: Client
) -> None:
    shared = bid_create(
        user=alice,
        direction="made",
        description="hugged him at the door",
        response="toward",
        shared=True,
    ).bid
    private = bid_create(
        user=alice, direction="made", description="a private one", response="away"
    ).bid
    page = web_bob.get(URL).content.decode()
    assert "hugged him at the door" in page and "a private one" not in page
    assert web_bob.get(f"{URL}{shared.pk}/").status_code == 200
    assert web_bob.get(f"{URL}{private.pk}/").status_code == 404
    assert web_carol.get(f"{URL}{shared.pk}/").status_code == 404
    assert "hugged him" not in web_carol.get(URL).content.decode()
    assert web_bob.post(f"{URL}{shared.pk}/delete/").status_code == 404
    assert Bid.objects.count() == 2


def test_owner_deletes_a_bid(web_alice: Client, alice: User) -> None:
    bid = bid_create(
        user=alice, direction="made", description="x", response="toward"
    ).bid
    web_alice.post(f"{URL}{bid.pk}/delete/")
    assert not Bid.objects.exists()


def test_nobody_is_sent_to_log_in(anon: Client) -> None:
    for path in [URL, f"{URL}1/"]:
        assert anon.get(path).status_code == 302
    assert anon.post(URL, FORM).status_code == 302
    assert not Bid.objects.exists()
