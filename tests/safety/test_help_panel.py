"""The help panel, the 7-day "Get help now" link, and the person's own records."""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.test import Client, RequestFactory

from tests.conftest import PASSWORD, ApiClient
from turntoward.accounts.models import User
from turntoward.core.models import OwnedModel
from turntoward.safety import models, services
from turntoward.safety.models import SafetyEvent

pytestmark = pytest.mark.django_db

MONDAY = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
PANEL = 'id="help-panel"'
LINK = "Get help now"


def _log_in(user: User) -> Client:
    client = Client()
    res = client.post(
        "/accounts/login/", {"username": user.email, "password": PASSWORD}
    )
    assert res.status_code == 302, "log-in failed"
    return client


def _page(client: Client, path: str = "/") -> str:
    res = client.get(path)
    assert res.status_code == 200
    return html.unescape(res.content.decode())


def test_panel_opens_once_on_the_next_page_after_a_trigger(
    web_alice: Client, alice: User
) -> None:
    assert PANEL not in _page(web_alice)
    services.safety_trigger(user=alice, reason="crisis", source="journal")
    session = web_alice.session
    session[services.SESSION_KEY] = "crisis"  # what flash_help(request, help) does
    session.save()
    first = _page(web_alice)
    assert PANEL in first
    assert "You don't have to carry this alone" in first
    assert "Call 988" in first
    assert PANEL not in _page(web_alice)  # shown once, not on every page
    assert LINK in _page(web_alice)  # but help stays one tap away


def test_abuse_panel_speaks_of_safety_and_shows_abuse_lines(
    web_alice: Client, alice: User
) -> None:
    session = web_alice.session
    session[services.SESSION_KEY] = "abuse"
    session.save()
    page = _page(web_alice)
    assert "You deserve to feel safe" in page
    assert "1-800-799-7233" in page
    assert "your partner won't be" in page


def test_help_link_survives_log_out_and_log_in_for_seven_days(alice: User) -> None:
    with time_machine.travel(MONDAY, tick=False):
        client = _log_in(alice)
        assert LINK not in _page(client)
        services.safety_trigger(user=alice, reason="crisis", source="checkin")
        assert LINK in _page(client)
        client.post("/accounts/logout/")
    with time_machine.travel(MONDAY + timedelta(days=6, hours=23), tick=False):
        assert LINK in _page(_log_in(alice))
    with time_machine.travel(MONDAY + timedelta(days=7, minutes=1), tick=False):
        assert LINK not in _page(_log_in(alice))


def test_a_new_trigger_starts_the_seven_days_again(alice: User) -> None:
    with time_machine.travel(MONDAY, tick=False):
        services.safety_trigger(user=alice, reason="crisis", source="journal")
    with time_machine.travel(MONDAY + timedelta(days=5), tick=False):
        services.safety_trigger(user=alice, reason="abuse", source="checkin")
    with time_machine.travel(MONDAY + timedelta(days=10), tick=False):
        assert LINK in _page(_log_in(alice))


def test_help_link_is_not_shown_to_the_partner(web_bob: Client, alice: User) -> None:
    services.safety_trigger(user=alice, reason="crisis", source="journal")
    assert LINK not in _page(web_bob)


def test_safety_check_text_records_an_event_and_returns_help(alice: User) -> None:
    found = services.safety_check_text(
        user=alice, text="I want to kill myself", source="journal"
    )
    assert found is not None and found.reason == "crisis"
    assert SafetyEvent.objects.filter(owner=alice, source="journal").count() == 1
    calm = services.safety_check_text(
        user=alice, text="We had a nice walk today.", source="journal"
    )
    assert calm is None
    assert SafetyEvent.objects.filter(owner=alice).count() == 1


def test_the_words_that_triggered_help_are_not_kept(alice: User) -> None:
    services.safety_check_text(
        user=alice, text="I want to kill myself tonight", source="journal"
    )
    event = SafetyEvent.objects.get(owner=alice)
    stored = " ".join(str(getattr(event, f.attname)) for f in event._meta.fields)
    assert "kill" not in stored and "tonight" not in stored


def test_unknown_reason_is_refused(alice: User) -> None:
    with pytest.raises(ValueError):
        services.safety_trigger(user=alice, reason="sad", source="journal")


# --- the API -----------------------------------------------------------------


def test_with_help_adds_the_help_object_only_when_needed(alice: User) -> None:
    assert services.with_help({"id": 1}, None) == {"id": 1}
    found = services.help_for(user=alice, reason="abuse")
    body = services.with_help({"id": 1}, found)
    assert body["id"] == 1
    assert body["help"]["reason"] == "abuse"
    first = body["help"]["resources"][0]
    assert set(first) == {"name", "phone", "sms", "url"}
    assert first["phone"] == "1-800-799-7233"


def test_api_help_lines_need_no_login_and_have_the_public_shape(
    api_anon: ApiClient,
) -> None:
    res = api_anon.get("/help", {"country": "GB", "reason": "abuse"})
    assert res.status_code == 200
    body = res.json()
    assert body["reason"] == "abuse"
    assert all(set(r) == {"name", "phone", "sms", "url"} for r in body["resources"])
    assert body["resources"][0]["phone"] == "0808 2000 247"


def test_api_help_falls_back_for_an_unknown_country_or_reason(
    api_anon: ApiClient,
) -> None:
    body = api_anon.get("/help", {"country": "ZZ", "reason": "nonsense"}).json()
    assert body["reason"] == "crisis"
    assert body["resources"] and body["resources"][-1]["url"]


def test_api_events_are_visible_only_to_their_owner(
    alice: User,
    api_alice: ApiClient,
    api_bob: ApiClient,
    api_carol: ApiClient,
    api_anon: ApiClient,
) -> None:
    services.safety_trigger(user=alice, reason="crisis", source="journal")
    mine = api_alice.get("/safety/events").json()
    assert [(e["reason"], e["source"]) for e in mine] == [("crisis", "journal")]
    assert api_bob.get("/safety/events").json() == []
    assert api_carol.get("/safety/events").json() == []
    assert api_anon.get("/safety/events").status_code == 401


def test_api_delete_removes_own_event_and_404s_for_anyone_else(
    alice: User, api_alice: ApiClient, api_bob: ApiClient, api_carol: ApiClient
) -> None:
    services.safety_trigger(user=alice, reason="crisis", source="journal")
    event = SafetyEvent.objects.get(owner=alice)
    assert api_bob.delete(f"/safety/events/{event.pk}").status_code == 404
    assert api_carol.delete(f"/safety/events/{event.pk}").status_code == 404
    assert SafetyEvent.objects.filter(pk=event.pk).exists()
    assert api_alice.delete(f"/safety/events/{event.pk}").status_code == 204
    assert not SafetyEvent.objects.filter(pk=event.pk).exists()
    assert api_alice.delete(f"/safety/events/{event.pk}").status_code == 404


# --- the help page -------------------------------------------------------------


def test_help_page_lists_own_records_only(
    web_alice: Client, web_bob: Client, alice: User
) -> None:
    services.safety_trigger(user=alice, reason="abuse", source="checkin")
    assert "(checkin)" in _page(web_alice, "/help/")
    assert "(checkin)" not in _page(web_bob, "/help/")


def test_help_page_is_open_to_everyone(anon: Client) -> None:
    page = _page(anon, "/help/?country=AU")
    assert "13 11 14" in page and "1800 737 732" in page
    assert "private safety records" not in page


def test_records_can_be_deleted_one_by_one_or_all(
    web_alice: Client, alice: User
) -> None:
    for source in ("journal", "checkin", "phq9"):
        services.safety_trigger(user=alice, reason="crisis", source=source)
    first = SafetyEvent.objects.filter(owner=alice).first()
    assert first is not None
    web_alice.post(f"/help/records/{first.pk}/delete/")
    assert SafetyEvent.objects.filter(owner=alice).count() == 2
    web_alice.post("/help/records/delete/")
    assert not SafetyEvent.objects.filter(owner=alice).exists()
    assert LINK not in _page(web_alice)


def test_the_partner_cannot_delete_my_records(web_bob: Client, alice: User) -> None:
    services.safety_trigger(user=alice, reason="crisis", source="journal")
    event = SafetyEvent.objects.get(owner=alice)
    web_bob.post(f"/help/records/{event.pk}/delete/")
    web_bob.post("/help/records/delete/")
    assert SafetyEvent.objects.filter(pk=event.pk).exists()


def test_deleting_the_account_deletes_the_records(alice: User) -> None:
    services.safety_trigger(user=alice, reason="crisis", source="journal")
    alice.delete()
    assert not SafetyEvent.objects.exists()


def test_flash_help_asks_the_next_page_to_open_the_panel(
    web_alice: Client, alice: User
) -> None:
    request = RequestFactory().get("/")
    request.session = web_alice.session
    services.flash_help(request, None)
    assert services.SESSION_KEY not in request.session
    services.flash_help(request, services.help_for(user=alice, reason="abuse"))
    assert request.session[services.SESSION_KEY].startswith("abuse")


def test_no_safety_record_can_ever_be_shared() -> None:
    for model in (
        models.SafetyEvent,
        models.AbuseScreen,
        models.SafetySettings,
        models.SafetyPlan,
    ):
        assert not issubclass(model, OwnedModel), model
        assert "shared" not in {f.name for f in model._meta.get_fields()}, model


def test_panel_after_screener_answers_speaks_of_answers_not_writing(
    web_alice: Client, alice: User
) -> None:
    help = services.safety_trigger(user=alice, reason="crisis", source="phq9")
    session = web_alice.session
    session[services.SESSION_KEY] = f"{help.reason}:{help.source}"
    session.save()
    page = web_alice.get("/").content.decode()
    assert "Thank you for answering honestly" in page
    assert "What you wrote" not in page
    assert "source" not in help.to_dict()
