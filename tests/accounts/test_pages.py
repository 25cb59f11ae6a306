"""Account pages as a person meets them."""

from __future__ import annotations

import html
import io
import json
import zipfile

import pytest
from django.test import Client

from tests.conftest import PASSWORD
from turntoward.accounts.models import User
from turntoward.safety.services import abuse_screen_answer

pytestmark = pytest.mark.django_db


def test_signup_page_says_the_same_for_new_and_taken_email(
    anon: Client, alice: User
) -> None:
    new = anon.post(
        "/accounts/signup/",
        {"email": "dana@example.com", "password": PASSWORD},
        follow=True,
    )
    taken = anon.post(
        "/accounts/signup/",
        {"email": "alice@example.com", "password": PASSWORD},
        follow=True,
    )
    assert new.redirect_chain == taken.redirect_chain == [("/accounts/login/", 302)]
    assert [str(m) for m in new.context["messages"]] == [
        str(m) for m in taken.context["messages"]
    ]


def test_wrong_password_gives_one_message_without_hint(
    anon: Client, alice: User
) -> None:
    wrong = anon.post(
        "/accounts/login/", {"username": "alice@example.com", "password": "x"}
    )
    unknown = anon.post(
        "/accounts/login/", {"username": "nobody@example.com", "password": "x"}
    )
    assert wrong.status_code == unknown.status_code == 200
    assert (
        wrong.context["form"].non_field_errors()
        == unknown.context["form"].non_field_errors()
    )
    assert "don't match" in html.unescape(wrong.content.decode())


def test_login_is_locked_after_repeated_failures(anon: Client, alice: User) -> None:
    for _ in range(5):
        anon.post(
            "/accounts/login/", {"username": "alice@example.com", "password": "x"}
        )
    res = anon.post(
        "/accounts/login/", {"username": "alice@example.com", "password": PASSWORD}
    )
    assert res.status_code == 429
    assert "_auth_user_id" not in anon.session


def test_new_user_sees_privacy_notice_before_any_question(anon: Client) -> None:
    User.objects.create_user(email="dana@example.com", password=PASSWORD)
    res = anon.post(
        "/accounts/login/",
        {"username": "dana@example.com", "password": PASSWORD},
        follow=True,
    )
    assert res.redirect_chain[-1][0] == "/accounts/welcome/privacy/"
    assert anon.get("/accounts/welcome/about-you/").url == "/accounts/welcome/privacy/"
    anon.post("/accounts/welcome/privacy/")
    assert anon.get("/").url == "/accounts/welcome/about-you/"
    res = anon.post("/accounts/welcome/about-you/", {"role": "unsure", "country": "IE"})
    assert res.url == "/"
    assert anon.get("/").status_code == 200


def test_pages_need_login(anon: Client) -> None:
    for url in [
        "/",
        "/accounts/settings/",
        "/accounts/partner/",
        "/accounts/export/",
        "/accounts/delete/",
    ]:
        res = anon.get(url)
        assert res.status_code == 302 and res.url.startswith("/accounts/login/"), url


def test_settings_change_role_and_password(web_carol: Client, carol: User) -> None:
    web_carol.post(
        "/accounts/settings/", {"form": "profile", "role": "both", "country": "AU"}
    )
    carol.refresh_from_db()
    assert (carol.role, carol.country) == ("both", "AU")
    res = web_carol.post(
        "/accounts/settings/",
        {"form": "password", "old_password": "bad", "new_password": "a new calm sea 9"},
    )
    assert "not right" in html.unescape(res.content.decode())
    web_carol.post(
        "/accounts/settings/",
        {
            "form": "password",
            "old_password": PASSWORD,
            "new_password": "a new calm sea 9",
        },
    )
    carol.refresh_from_db()
    assert carol.check_password("a new calm sea 9")
    assert web_carol.get("/").status_code == 200  # still logged in


def test_partner_page_links_with_a_code_and_unlinks(
    web_carol: Client, carol: User
) -> None:
    dana = User.objects.create_user(email="dana@example.com", password=PASSWORD)
    for person in (carol, dana):  # the private partner question comes first
        abuse_screen_answer(user=person, afraid=False, hurt=False, controlled=False)
    res = web_carol.post("/accounts/partner/", {"action": "invite"})
    code = res.context["code"]
    web_dana = Client()
    web_dana.force_login(dana)
    web_dana.post("/accounts/welcome/privacy/")
    web_dana.post("/accounts/welcome/about-you/", {"role": "neglecting", "country": ""})
    res = web_dana.post("/accounts/partner/", {"action": "accept", "code": "nope"})
    assert "didn't work" in html.unescape(res.content.decode())
    web_dana.post("/accounts/partner/", {"action": "accept", "code": code})
    carol.refresh_from_db()
    assert carol.partner == dana
    web_carol.post("/accounts/partner/", {"action": "unlink"})
    dana.refresh_from_db()
    assert dana.partner is None


def test_export_downloads_a_zip_with_json_and_html(web_alice: Client) -> None:
    res = web_alice.get("/accounts/export/")
    assert res["Content-Type"] == "application/zip"
    assert "turntoward" not in res["Content-Disposition"].lower()
    archive = zipfile.ZipFile(io.BytesIO(res.content))
    assert set(archive.namelist()) == {"export.json", "export.html"}
    data = json.loads(archive.read("export.json"))
    assert data["account"]["email"] == "alice@example.com"
    assert "alice@example.com" in archive.read("export.html").decode()


def test_delete_page_needs_password_and_confirmation(
    web_carol: Client, carol: User
) -> None:
    res = web_carol.post("/accounts/delete/", {"password": PASSWORD})
    assert User.objects.filter(pk=carol.pk).exists()
    res = web_carol.post("/accounts/delete/", {"password": "nope", "confirm": "on"})
    assert User.objects.filter(pk=carol.pk).exists()
    res = web_carol.post("/accounts/delete/", {"password": PASSWORD, "confirm": "on"})
    assert res.url == "/accounts/login/"
    assert not User.objects.filter(pk=carol.pk).exists()


def test_quick_exit_endpoint_ends_the_session(web_carol: Client) -> None:
    assert web_carol.post("/accounts/quick-exit/").status_code == 204
    assert web_carol.get("/").status_code == 302
