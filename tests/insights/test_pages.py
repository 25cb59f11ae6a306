"""The insights dashboard for Alice, Bob (her partner), Carol and nobody."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.test import Client

from turntoward.accounts.models import User
from turntoward.bids.services import bid_create
from turntoward.checkins.models import CheckIn

pytestmark = pytest.mark.django_db

URL = "/insights/"


def fill(user: User, *, shared: bool, connection: int, mood: str = "close") -> None:
    today = date.today()
    for offset in range(20):
        CheckIn.objects.create(
            owner=user,
            date=today - timedelta(days=offset),
            mood=mood,
            connection=connection,
            shared=shared,
            signs=["lonely_together"] if offset % 3 == 0 else [],
        )


def test_dashboard_shows_each_chart_with_a_table_alternative(
    web_alice: Client, alice: User
) -> None:
    fill(alice, shared=False, connection=3)
    bid_create(user=alice, direction="made", description="a joke", response="toward")
    html = web_alice.get(URL).content.decode()
    assert html.count('role="img"') == 5
    assert html.count('<details class="table-alt">') == 5
    for title in ["Felt connection over time", "Moods by energy and pleasantness"]:
        assert f"<title>{title}</title>" in html
    assert "Turn-toward rate by week" in html and "Signs noticed, by week" in html
    assert "feeling alone together" in html
    assert "This week in plain words" in html
    assert 'aria-current="page">Last 90 days' in html


def test_other_periods_can_be_chosen_and_odd_ones_fall_back(web_alice: Client) -> None:
    assert (
        'aria-current="page">Last 30 days'
        in web_alice.get(URL, {"days": 30}).content.decode()
    )
    assert (
        'aria-current="page">Last 90 days'
        in web_alice.get(URL, {"days": "7; drop"}).content.decode()
    )


def test_an_empty_history_is_explained_not_drawn(web_carol: Client) -> None:
    html = web_carol.get(URL).content.decode()
    assert 'role="img"' not in html
    assert "Nothing to draw yet" in html
    assert "that many yet" in html


def test_partner_line_shows_only_what_the_partner_shared(
    alice: User, bob: User, web_alice: Client, web_bob: Client, web_carol: Client
) -> None:
    fill(alice, shared=True, connection=4)
    fill(bob, shared=False, connection=1, mood="numb")
    alice_page = web_alice.get(URL).content.decode()
    assert "0 your partner shared" in alice_page
    assert "numb" not in alice_page
    bob_page = web_bob.get(URL).content.decode()
    assert "20 your partner shared" in bob_page
    assert "Your partner (shared)" in bob_page
    carol_page = web_carol.get(URL).content.decode()
    assert (
        "0 of your check-ins" in carol_page
        and "Your partner (shared)" not in carol_page
    )


def test_harder_lately_links_to_the_plan_steps(web_alice: Client, alice: User) -> None:
    today = date.today()
    for offset in range(28):
        CheckIn.objects.create(
            owner=alice,
            date=today - timedelta(days=offset),
            mood="lonely",
            connection=1 if offset < 14 else 4,
        )
    for _ in range(4):
        bid_create(
            user=alice,
            direction="made",
            description="asked about her day",
            response="away",
        )
    html = web_alice.get(URL).content.decode()
    assert "Things seem harder lately" in html
    assert 'href="/plan/#step-communicate_gently"' in html
    assert "down 3.0 from 4.0" in html


def test_nobody_is_sent_to_log_in(anon: Client) -> None:
    response = anon.get(URL)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
