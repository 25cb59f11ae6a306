"""Discreet mode (plain names, icon, titles) and the PIN lock after inactivity."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from tests.conftest import PASSWORD, ApiClient
from turntoward.accounts.export import export_filename
from turntoward.accounts.models import User
from turntoward.safety import selectors, services
from turntoward.safety.models import SafetySettings

pytestmark = pytest.mark.django_db

# Close to the real clock: the test clients' sessions were made just now.
NOON = datetime.now(tz=UTC).replace(microsecond=0)
TITLE = re.compile(r"<title>(.*?)</title>", re.DOTALL)


def _pages(patterns: list[object] | None = None, prefix: str = "") -> list[str]:
    """Return every page path without parameters (not the API)."""
    found: list[str] = []
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        route = str(entry.pattern)  # type: ignore[attr-defined]
        if "<" in route or route.startswith("api/"):
            continue
        if isinstance(entry, URLResolver):
            found += _pages(entry.url_patterns, prefix + route)
        elif isinstance(entry, URLPattern):
            found.append("/" + prefix + route)
    return found


def _title(client: Client, path: str) -> str | None:
    res = client.get(path, follow=True)
    if not res.get("Content-Type", "").startswith("text/html"):
        return None
    match = TITLE.search(res.content.decode())
    return html.unescape(match.group(1)).strip() if match else None


def _discreet(user: User) -> None:
    services.safety_settings_update(user=user, discreet=True)


def test_discreet_mode_makes_every_page_title_plain(
    web_alice: Client, alice: User
) -> None:
    paths = _pages()
    assert {"/", "/help/", "/accounts/settings/", "/help/plan/"} <= set(paths)
    before = {path: _title(web_alice, path) for path in paths}
    assert any("TurnToward" in (title or "") for title in before.values())
    _discreet(alice)
    for path in paths:
        title = _title(web_alice, path)
        assert title in {None, "Notes"}, (path, title)


def test_discreet_mode_changes_brand_and_icon(web_alice: Client, alice: User) -> None:
    _discreet(alice)
    page = web_alice.get("/").content.decode()
    assert '<a class="brand" href="/">Notes</a>' in page
    assert "plain-icon.svg" in page
    assert "TurnToward" not in page.split("<main")[0]  # nothing in the head or header
    icon = web_alice.get("/static/turntoward/safety/plain-icon.svg")
    assert b"<svg" in b"".join(icon.streaming_content)
    icon.close()


def test_without_discreet_mode_the_name_and_icon_are_ours(web_alice: Client) -> None:
    page = web_alice.get("/").content.decode()
    assert '<a class="brand" href="/">TurnToward</a>' in page
    assert "turntoward/icon.svg" in page


def test_discreet_mode_is_set_on_the_settings_page(
    web_alice: Client, alice: User
) -> None:
    web_alice.post("/help/settings/", {"form": "discreet", "discreet": "on"})
    assert selectors.discreet_mode_on(user=alice)
    assert _title(web_alice, "/help/settings/") == "Notes"
    web_alice.post("/help/settings/", {"form": "discreet"})
    assert not selectors.discreet_mode_on(user=alice)
    assert "TurnToward" in (_title(web_alice, "/help/settings/") or "")


def test_the_log_in_page_stays_plain_in_that_browser_after_log_out(
    web_alice: Client, alice: User
) -> None:
    _discreet(alice)
    web_alice.get("/")
    web_alice.post("/accounts/logout/")
    assert _title(web_alice, "/accounts/login/") == "Notes"
    page = web_alice.get("/accounts/login/").content.decode()
    assert "plain-icon.svg" in page
    assert "TurnToward" not in page.split("<main")[0]
    assert _title(Client(), "/accounts/login/") != "Notes"  # another browser


def test_turning_discreet_mode_off_forgets_it_in_the_browser(
    web_alice: Client, alice: User
) -> None:
    _discreet(alice)
    web_alice.get("/")
    services.safety_settings_update(user=alice, discreet=False)
    web_alice.get("/")
    web_alice.post("/accounts/logout/")
    assert _title(web_alice, "/accounts/login/") != "Notes"


def test_the_site_name_for_emails_follows_discreet_mode(alice: User) -> None:
    assert selectors.site_name_for(user=alice) == "TurnToward"
    _discreet(alice)
    assert selectors.site_name_for(user=alice) == "Notes"
    assert selectors.site_name_for(user=None) == "TurnToward"


def test_export_file_name_is_always_plain(web_alice: Client, alice: User) -> None:
    assert re.fullmatch(r"export-\d{4}-\d{2}-\d{2}\.zip", export_filename())
    _discreet(alice)
    res = web_alice.get("/accounts/export/")
    disposition = res["Content-Disposition"]
    assert "turntoward" not in disposition.lower()
    assert re.search(r'filename="export-\d{4}-\d{2}-\d{2}\.zip"', disposition)


def test_a_partners_discreet_mode_changes_nothing_for_me(
    web_bob: Client, alice: User
) -> None:
    _discreet(alice)
    assert "TurnToward" in (_title(web_bob, "/") or "")


# --- the PIN lock ---------------------------------------------------------------


def _with_pin(client: Client, minutes: int = 10) -> None:
    res = client.post(
        "/help/settings/", {"form": "pin", "pin": "2468", "lock_minutes": minutes}
    )
    assert res.status_code == 302


def test_the_pin_is_stored_hashed(web_alice: Client, alice: User) -> None:
    _with_pin(web_alice)
    row = SafetySettings.objects.get(owner=alice)
    assert row.pin_set and "2468" not in row.pin_hash
    assert services.safety_pin_check(user=alice, pin="2468")
    assert not services.safety_pin_check(user=alice, pin="1357")


@pytest.mark.parametrize("pin", ["12", "abcd", "123456789", ""])
def test_a_pin_must_be_4_to_8_digits(web_alice: Client, alice: User, pin: str) -> None:
    res = web_alice.post(
        "/help/settings/", {"form": "pin", "pin": pin, "lock_minutes": 10}
    )
    assert res.status_code == 200
    assert not selectors.safety_settings_for(user=alice).pin_set


def test_after_inactivity_the_next_page_asks_for_the_pin(
    web_alice: Client, alice: User
) -> None:
    with time_machine.travel(NOON, tick=False):
        _with_pin(web_alice, minutes=5)
        assert web_alice.get("/").status_code == 200
    with time_machine.travel(NOON + timedelta(minutes=4), tick=False):
        assert web_alice.get("/").status_code == 200  # still in use
    with time_machine.travel(NOON + timedelta(minutes=8, seconds=30), tick=False):
        assert web_alice.get("/help/").status_code == 200  # 4.5 minutes since
    with time_machine.travel(NOON + timedelta(minutes=15), tick=False):
        res = web_alice.get("/journal/")
        assert res.status_code == 302
        assert res.url == "/help/unlock/?next=%2Fjournal%2F"
        assert web_alice.get("/help/").url.startswith("/help/unlock/")
        assert web_alice.get("/accounts/settings/").url.startswith("/help/unlock/")
        page = web_alice.get(res.url)
        assert page.status_code == 200 and b"Enter your PIN" in page.content
        wrong = web_alice.post(res.url, {"pin": "1111", "next": "/journal/"})
        assert b"isn&#x27;t right" in wrong.content
        right = web_alice.post(res.url, {"pin": "2468", "next": "/help/"})
        assert right.url == "/help/"
        assert web_alice.get("/help/").status_code == 200


def test_the_lock_page_shows_nothing_of_the_person(
    web_alice: Client, alice: User
) -> None:
    services.safety_trigger(user=alice, reason="crisis", source="journal")
    with time_machine.travel(NOON, tick=False):
        _with_pin(web_alice)
    with time_machine.travel(NOON + timedelta(hours=1), tick=False):
        page = web_alice.get("/help/unlock/?next=/", follow=True)
        text = page.content.decode()
        assert "Enter your PIN" in text
        assert "Get help now" not in text
        assert 'aria-label="Main"' not in text
        assert "alice@example.com" not in text


def test_five_wrong_pins_log_out(web_alice: Client, alice: User) -> None:
    with time_machine.travel(NOON, tick=False):
        _with_pin(web_alice)
    with time_machine.travel(NOON + timedelta(hours=1), tick=False):
        web_alice.get("/")
        for _ in range(5):
            res = web_alice.post("/help/unlock/", {"pin": "0000"})
        assert res.url == "/accounts/login/"
        assert web_alice.get("/").url.startswith("/accounts/login/")


def test_logging_in_again_starts_unlocked(web_alice: Client, alice: User) -> None:
    with time_machine.travel(NOON, tick=False):
        _with_pin(web_alice)
    with time_machine.travel(NOON + timedelta(hours=1), tick=False):
        web_alice.post("/accounts/logout/")
        web_alice.post(
            "/accounts/login/", {"username": alice.email, "password": PASSWORD}
        )
        assert web_alice.get("/").status_code == 200


def test_quick_exit_works_while_locked(web_alice: Client) -> None:
    with time_machine.travel(NOON, tick=False):
        _with_pin(web_alice)
    with time_machine.travel(NOON + timedelta(hours=1), tick=False):
        assert web_alice.post("/accounts/quick-exit/").status_code == 204
        assert web_alice.get("/").url.startswith("/accounts/login/")


def test_turning_the_pin_off_stops_the_lock(web_alice: Client, alice: User) -> None:
    with time_machine.travel(NOON, tick=False):
        _with_pin(web_alice)
        web_alice.post("/help/settings/", {"form": "pin_clear"})
    with time_machine.travel(NOON + timedelta(hours=1), tick=False):
        assert web_alice.get("/").status_code == 200


def test_the_api_is_not_locked(api_alice: ApiClient, web_alice: Client) -> None:
    with time_machine.travel(NOON, tick=False):
        _with_pin(web_alice)
    with time_machine.travel(NOON + timedelta(hours=1), tick=False):
        assert api_alice.get("/me").status_code == 200


def test_what_was_being_written_when_the_lock_came_on_is_not_lost(
    web_alice: Client, alice: User
) -> None:
    with time_machine.travel(NOON, tick=False):
        _with_pin(web_alice)
        web_alice.get("/help/plan/")
    with time_machine.travel(NOON + timedelta(minutes=40), tick=False):
        sent = web_alice.post("/help/plan/", {"what_helps": "Walking with Maeve"})
        assert sent.url == "/help/unlock/?next=%2Fhelp%2Fplan%2F"
        assert selectors.safety_plan_for(user=alice) is None
        stored = str(dict(web_alice.session))
        assert "Maeve" not in stored  # kept encrypted meanwhile
        res = web_alice.post(sent.url, {"pin": "2468", "next": "/help/plan/"})
        page = html.unescape(res.content.decode())
        assert res.status_code == 200 and "send it now?" in page
        assert 'value="Walking with Maeve"' in page
        assert 'action="/help/plan/"' in page
        web_alice.post("/help/plan/", {"what_helps": "Walking with Maeve"})
        plan = selectors.safety_plan_for(user=alice)
        assert plan is not None and plan.what_helps == "Walking with Maeve"
