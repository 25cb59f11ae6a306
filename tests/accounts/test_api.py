"""The account API, tried by Alice, Bob, Carol and nobody."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.conftest import PASSWORD, ApiClient
from tests.support.models import Note
from turntoward.accounts.models import User

pytestmark = pytest.mark.django_db


def test_signup_answers_the_same_for_new_and_taken_email(alice: User) -> None:
    anon = ApiClient(None)
    new = anon.post("/auth/signup", {"email": "dana@example.com", "password": PASSWORD})
    taken = anon.post(
        "/auth/signup", {"email": "alice@example.com", "password": PASSWORD}
    )
    assert new.status_code == taken.status_code == 201
    assert new.json() == taken.json()


def test_token_then_me(alice: User) -> None:
    anon = ApiClient(None)
    res = anon.post("/auth/token", {"email": "Alice@example.com", "password": PASSWORD})
    assert res.status_code == 200
    me = ApiClient(res.json()["token"]).get("/me")
    assert me.json() == {
        "email": "alice@example.com",
        "role": "neglected",
        "country": "US",
        "partner_linked": False,
    }


def test_wrong_password_and_unknown_email_get_the_same_answer(alice: User) -> None:
    anon = ApiClient(None)
    wrong = anon.post("/auth/token", {"email": "alice@example.com", "password": "nope"})
    unknown = anon.post("/auth/token", {"email": "zed@example.com", "password": "nope"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


def test_repeated_failed_logins_are_throttled(alice: User) -> None:
    anon = ApiClient(None)
    for _ in range(5):
        anon.post("/auth/token", {"email": "alice@example.com", "password": "nope"})
    res = anon.post("/auth/token", {"email": "alice@example.com", "password": PASSWORD})
    assert res.status_code == 429


def test_malformed_json_is_a_422_with_field_errors(api_alice: ApiClient) -> None:
    res = api_alice.client.post(
        "/api/v1/auth/signup", data="{not json", content_type="application/json"
    )
    assert res.status_code == 422
    res = api_alice.post("/auth/signup", {"email": "x@example.com"})
    assert res.status_code == 422
    assert any("password" in e["loc"] for e in res.json()["detail"])
    res = api_alice.patch("/me", {"role": "villain"})
    assert res.status_code == 422


def test_nobody_logged_in_gets_401_everywhere(api_anon: ApiClient) -> None:
    for method, path in [
        ("get", "/me"),
        ("patch", "/me"),
        ("delete", "/me"),
        ("post", "/partner/invite"),
        ("post", "/partner/accept"),
        ("delete", "/partner"),
        ("get", "/export"),
    ]:
        assert getattr(api_anon, method)(path).status_code == 401, path
    assert ApiClient("made-up").get("/me").status_code == 401


def test_patch_me_changes_role_and_country(api_carol: ApiClient) -> None:
    res = api_carol.patch("/me", {"role": "unsure", "country": "nz"})
    assert res.status_code == 200
    assert (res.json()["role"], res.json()["country"]) == ("unsure", "NZ")


def test_invite_accept_and_unlink_through_the_api(
    api_carol: ApiClient, carol: User
) -> None:
    dana = User.objects.create_user(email="dana@example.com", password=PASSWORD)
    from turntoward.accounts.services import api_token_create

    api_dana = ApiClient(api_token_create(user=dana))
    gated = api_carol.post("/partner/invite")
    assert gated.status_code == 409
    assert "/api/v1/safety/check" in gated.json()["detail"][0]["msg"]
    no = {"afraid": False, "hurt": False, "controlled": False}
    for person in (api_carol, api_dana):
        assert person.post("/safety/check", no).status_code == 200
    invite = api_carol.post("/partner/invite")
    assert invite.status_code == 201
    assert set(invite.json()) == {"code", "expires"}
    accepted = api_dana.post("/partner/accept", {"code": invite.json()["code"]})
    assert accepted.json()["partner_linked"] is True
    again = api_dana.post("/partner/accept", {"code": invite.json()["code"]})
    assert again.status_code == 422  # used codes read as unknown ones
    assert api_carol.delete("/partner").status_code == 204
    assert api_dana.get("/me").json()["partner_linked"] is False
    assert api_carol.delete("/partner").status_code == 409


def test_linking_waits_for_the_private_partner_check(api_carol: ApiClient) -> None:
    res = api_carol.post("/partner/accept", {"code": "AAAAA-BBBBB"})
    assert res.status_code == 409
    yes = {"afraid": True, "hurt": False, "controlled": False}
    assert "help" in api_carol.post("/safety/check", yes).json()
    res = api_carol.post("/partner/invite")
    assert res.status_code == 409 and "go-on" in res.json()["detail"][0]["msg"]
    api_carol.post("/safety/check/go-on")
    assert api_carol.post("/partner/invite").status_code == 201


def test_unknown_code_is_a_clear_422(api_carol: ApiClient) -> None:
    api_carol.post(
        "/safety/check", {"afraid": False, "hurt": False, "controlled": False}
    )
    res = api_carol.post("/partner/accept", {"code": "AAAAA-BBBBB"})
    assert res.status_code == 422
    assert "didn't work" in res.json()["detail"][0]["msg"]


def test_export_holds_only_the_callers_own_data(
    api_alice: ApiClient, api_bob: ApiClient, api_carol: ApiClient, alice: User
) -> None:
    data = api_alice.get("/export").json()
    assert data["format"] == "turntoward-export"
    assert data["account"]["email"] == "alice@example.com"
    for other in (api_bob, api_carol):
        text = other.get("/export").content.decode()
        assert "alice@example.com" not in text


def test_delete_me_needs_the_password(
    api_alice: ApiClient, alice: User, bob: User
) -> None:
    Note.objects.create(owner=alice, text="x")
    assert api_alice.delete("/me", {"password": "wrong"}).status_code == 422
    assert api_alice.delete("/me", {"password": PASSWORD}).status_code == 204
    assert not User.objects.filter(pk=alice.pk).exists()
    assert not Note.objects.exists()
    bob.refresh_from_db()
    assert bob.partner is None


def test_openapi_document_is_served(client: Client) -> None:
    res = client.get("/api/v1/openapi.json")
    assert res.status_code == 200
    assert "/api/v1/partner/invite" in res.json()["paths"]
