"""The check-in page for Alice, Bob (her partner), Carol and nobody."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import time_machine
from django.test import Client

from turntoward.accounts.models import User
from turntoward.checkins.models import CheckIn
from turntoward.checkins.services import REFLECTION, checkin_save

pytestmark = pytest.mark.django_db

URL = "/checkin/"
FORM = {"mood": "lonely", "connection": "2", "note": "quiet evening"}


def post(client: Client, **kw: str) -> object:
    return client.post(URL, {**FORM, **kw}, follow=True)


def test_form_groups_the_moods_and_labels_every_field(web_alice: Client) -> None:
    html = web_alice.get(URL).content.decode()
    for heading in ["Lively and pleasant", "Calm and pleasant", "Low and hard"]:
        assert heading in html
    assert html.count('type="radio" name="mood"') >= 60
    assert "How was your day?" in html
    assert 'name="connection"' in html


def test_saving_twice_the_same_day_edits_the_checkin(web_alice: Client) -> None:
    post(web_alice)
    page = post(web_alice, mood="hopeful", connection="4")
    assert CheckIn.objects.count() == 1
    assert CheckIn.objects.get().mood == "hopeful"
    assert "Save changes" in page.content.decode()  # type: ignore[attr-defined]


def test_today_follows_the_browsers_time_zone_cookie(alice: User) -> None:
    with time_machine.travel(datetime(2027, 5, 2, 2, 0, tzinfo=UTC), tick=False):
        client = Client()
        client.force_login(alice)
        client.cookies["tz"] = "America%2FNew_York"
        post(client)
    assert CheckIn.objects.get().date == date(2027, 5, 1)


def test_invalid_input_shows_errors_and_saves_nothing(web_alice: Client) -> None:
    page = post(web_alice, connection="7", mood="meh")
    html = page.content.decode()  # type: ignore[attr-defined]
    assert "Please choose a number from 1 to 5." in html
    assert "Please pick a feeling word from the list." in html
    assert 'role="alert"' in html
    assert not CheckIn.objects.exists()


def test_crisis_note_opens_the_help_panel(web_alice: Client) -> None:
    page = post(web_alice, note="I don't want to be alive anymore")
    html = page.content.decode()  # type: ignore[attr-defined]
    assert 'id="help-panel"' in html and 'role="alert"' in html
    assert "Get help now" in html


def test_crisis_note_opens_help_even_when_the_form_is_incomplete(
    web_alice: Client,
) -> None:
    page = web_alice.post(URL, {"note": "I want to kill myself"})
    assert 'id="help-panel"' in page.content.decode()
    assert not CheckIn.objects.exists()


def test_self_invalidating_note_shows_a_reflection(web_alice: Client) -> None:
    page = post(web_alice, note="I felt ignored, but I'm probably overreacting.")
    assert REFLECTION.split(",")[0] in page.content.decode()  # type: ignore[attr-defined]


def test_chosen_emotions_are_kept(web_alice: Client, alice: User) -> None:
    post(web_alice)
    checkin = CheckIn.objects.get()
    web_alice.post(f"{URL}{checkin.pk}/emotions/", {"emotions": ["sadness", "caring"]})
    checkin.refresh_from_db()
    assert checkin.emotions == ["sadness", "caring"]


def test_partner_sees_shared_checkins_only_and_cannot_change_them(
    alice: User, bob: User, web_bob: Client, web_carol: Client
) -> None:
    today = date.today()
    shared = checkin_save(
        user=alice,
        mood="close",
        connection=5,
        note="shared day",
        shared=True,
        today=today,
    ).checkin
    private = checkin_save(
        user=alice,
        mood="sad",
        connection=1,
        note="my own",
        today=today,
        day=date(2020, 1, 1),
    ).checkin
    page = web_bob.get(URL).content.decode()
    assert "your partner (shared)" in page and "close" in page
    assert "my own" not in page
    assert web_bob.get(f"{URL}{shared.pk}/").status_code == 200
    assert web_bob.get(f"{URL}{private.pk}/").status_code == 404
    assert web_carol.get(f"{URL}{shared.pk}/").status_code == 404
    assert "your partner (shared)" not in web_carol.get(URL).content.decode()
    web_bob.post(f"{URL}{shared.pk}/emotions/", {"emotions": ["joy"]})
    shared.refresh_from_db()
    assert shared.emotions == []


def test_nobody_is_sent_to_log_in(anon: Client) -> None:
    for path in [URL, f"{URL}1/"]:
        response = anon.get(path)
        assert (
            response.status_code == 302 and "/accounts/login/" in response["Location"]
        )
    assert anon.post(URL, FORM).status_code == 302
    assert not CheckIn.objects.exists()


def test_page_has_no_inline_script_or_style(web_alice: Client) -> None:
    html = web_alice.get(URL).content.decode()
    assert "<script>" not in html and "style=" not in html and "<style" not in html
