"""The shell every page shares: health, headers, cookies."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_healthz_answers_when_the_database_does(client: Client) -> None:
    res = client.get("/healthz")
    assert res.status_code == 200 and res.json() == {"status": "ok"}


def test_pages_send_a_csp_without_inline_script(client: Client) -> None:
    csp = client.get("/accounts/login/")["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp


def test_pages_load_nothing_from_other_sites(client: Client) -> None:
    html = client.get("/accounts/signup/").content.decode()
    assert "http://" not in html.replace("http://testserver", "")
    assert "https://" not in html.replace("https://www.wikipedia.org/", "")


def test_every_page_has_a_quick_exit_button(client: Client, web_alice: Client) -> None:
    for c, url in [
        (client, "/accounts/login/"),
        (web_alice, "/"),
        (web_alice, "/accounts/settings/"),
    ]:
        html = c.get(url).content.decode()
        assert 'id="quick-exit"' in html and "quick-exit.js" in html, url


def test_session_cookie_is_httponly_and_samesite(client: Client, alice: object) -> None:
    from tests.conftest import PASSWORD

    res = client.post(
        "/accounts/login/", {"username": "alice@example.com", "password": PASSWORD}
    )
    cookie = res.cookies["sessionid"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"


def test_forms_carry_csrf_tokens(client: Client) -> None:
    enforcing = Client(enforce_csrf_checks=True)
    res = enforcing.post(
        "/accounts/signup/", {"email": "x@example.com", "password": "y"}
    )
    assert res.status_code == 403
