"""Privacy for every tool: Alice owns, Bob (partner) reads what is shared, Carol
and nobody see nothing. Logs and the worksheet are never anyone else's."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tests.conftest import ApiClient
from turntoward.accounts.export import user_export_data
from turntoward.accounts.models import User
from turntoward.accounts.services import partner_unlink
from turntoward.plans import models as m
from turntoward.plans.services import items, records

pytestmark = pytest.mark.django_db

SAMPLES: dict[str, dict[str, str]] = {
    "needs": {"text": "a hug when I get home", "what_happened": "we hugged"},
    "love-actions": {"style": "gifts", "text": "bring tea"},
    "affirmations": {"text": "I matter"},
    "self-care": {"text": "a walk", "when": "Fridays"},
    "people": {"name": "Dana", "how": "listens", "contact": "555"},
    "boundaries": {"when_text": "I'm shouted at", "will_text": "leave the room"},
    "commitments": {"text": "no phones at breakfast"},
}


@pytest.fixture
def made(everyone: dict[str, User]) -> dict[str, dict[str, Any]]:
    alice = everyone["alice"]
    out = {}
    for kind, data in SAMPLES.items():
        private, _ = items.item_create(user=alice, kind=kind, data=data)
        shared, _ = items.item_create(user=alice, kind=kind, data=data, shared=True)
        out[kind] = {"private": private.pk, "shared": shared.pk}
    return out


@pytest.mark.parametrize("kind", SAMPLES)
def test_owner_sees_and_changes_both(
    api_alice: ApiClient, made: dict[str, Any], kind: str
) -> None:
    assert len(api_alice.get(f"/plans/items/{kind}").json()) == 2
    for pk in made[kind].values():
        assert api_alice.get(f"/plans/items/{kind}/{pk}").status_code == 200
    pk = made[kind]["private"]
    assert api_alice.patch(f"/plans/items/{kind}/{pk}", {}).status_code == 200


@pytest.mark.parametrize("kind", SAMPLES)
def test_partner_reads_only_shared_items_and_cannot_change_them(
    api_bob: ApiClient, web_bob: Client, made: dict[str, Any], kind: str
) -> None:
    listed = api_bob.get(f"/plans/items/{kind}").json()
    assert [row["id"] for row in listed] == [made[kind]["shared"]]
    assert listed[0]["mine"] is False
    assert "what_happened" not in listed[0]
    assert (
        api_bob.get(f"/plans/items/{kind}/{made[kind]['private']}").status_code == 404
    )
    for pk in made[kind].values():
        assert (
            api_bob.patch(f"/plans/items/{kind}/{pk}", {"shared": False}).status_code
            == 404
        )
        assert api_bob.delete(f"/plans/items/{kind}/{pk}").status_code == 404
        assert web_bob.get(f"/plan/items/{kind}/{pk}/edit/").status_code == 404
        assert web_bob.post(f"/plan/items/{kind}/{pk}/delete/").status_code == 404


@pytest.mark.parametrize("kind", SAMPLES)
def test_stranger_and_nobody_see_nothing(
    api_carol: ApiClient,
    web_carol: Client,
    api_anon: ApiClient,
    anon: Client,
    made: dict[str, Any],
    kind: str,
) -> None:
    assert api_carol.get(f"/plans/items/{kind}").json() == []
    for pk in made[kind].values():
        assert api_carol.get(f"/plans/items/{kind}/{pk}").status_code == 404
        assert api_carol.delete(f"/plans/items/{kind}/{pk}").status_code == 404
        assert web_carol.get(f"/plan/items/{kind}/{pk}/edit/").status_code == 404
        assert api_anon.get(f"/plans/items/{kind}/{pk}").status_code == 401
        assert anon.get(f"/plan/items/{kind}/{pk}/edit/").status_code == 302


def test_shared_items_show_on_the_partners_pages_only(
    web_bob: Client, web_carol: Client, made: dict[str, Any]
) -> None:
    assert "no phones at breakfast" in web_bob.get("/plan/presence/").content.decode()
    assert "a hug when I get home" in web_bob.get("/plan/needs/").content.decode()
    assert (
        "no phones at breakfast"
        not in web_carol.get("/plan/presence/").content.decode()
    )
    assert "a hug when" not in web_carol.get("/plan/needs/").content.decode()


def test_partner_answers_a_shared_request(
    api_bob: ApiClient, api_alice: ApiClient, made: dict[str, Any]
) -> None:
    pk = made["needs"]["shared"]
    response = api_bob.post(
        f"/plans/needs/{pk}/responses", {"answer": "change", "reason": "on weekends?"}
    )
    assert response.status_code == 201
    mine = api_alice.get(f"/plans/items/needs/{pk}").json()
    assert mine["responses"][0]["reason"] == "on weekends?"


def test_answering_an_unshared_request_is_not_found(
    api_bob: ApiClient,
    api_carol: ApiClient,
    api_alice: ApiClient,
    web_bob: Client,
    made: dict[str, Any],
) -> None:
    private, shared = made["needs"]["private"], made["needs"]["shared"]
    answer = {"answer": "accept", "reason": ""}
    assert api_bob.post(f"/plans/needs/{private}/responses", answer).status_code == 404
    assert web_bob.post(f"/plan/needs/{private}/respond/", answer).status_code == 404
    assert api_carol.post(f"/plans/needs/{shared}/responses", answer).status_code == 404
    assert api_alice.post(f"/plans/needs/{shared}/responses", answer).status_code == 404
    assert not m.NeedResponse.objects.exists()


@pytest.mark.parametrize(
    "answer",
    [
        {"answer": "maybe"},
        {"answer": "change", "reason": " "},
        {"answer": "not_now", "reason": "x" * 2001},
    ],
)
def test_bad_answers_are_refused_and_nothing_saved(
    api_bob: ApiClient, made: dict[str, Any], answer: dict[str, str]
) -> None:
    pk = made["needs"]["shared"]
    assert api_bob.post(f"/plans/needs/{pk}/responses", answer).status_code == 422
    assert not m.NeedResponse.objects.exists()


def test_partner_must_take_the_private_check_before_answering(
    alice: User, bob: User, api_bob: ApiClient
) -> None:
    from tests.plans.conftest import screened

    screened(alice)
    need, _ = items.item_create(
        user=alice, kind="needs", data={"text": "a walk"}, shared=True
    )
    response = api_bob.post(f"/plans/needs/{need.pk}/responses", {"answer": "accept"})
    assert response.status_code == 422
    assert not m.NeedResponse.objects.exists()


def test_logs_stay_with_their_owner(
    api_alice: ApiClient, api_bob: ApiClient, made: dict[str, Any], alice: User
) -> None:
    boundary = made["boundaries"]["shared"]
    records.boundary_record_create(
        user=alice, boundary=boundary, held="held", note="ok"
    )
    records.presence_log_create(user=alice, commitment=made["commitments"]["shared"])
    assert len(api_alice.get("/plans/boundaries/records").json()) == 1
    assert api_bob.get("/plans/boundaries/records").json() == []
    assert api_bob.get("/plans/presence").json()["log"] == []
    assert (
        api_bob.post(
            f"/plans/items/boundaries/{boundary}/records", {"held": "held"}
        ).status_code
        == 404
    )
    assert (
        api_bob.post(
            "/plans/presence/log", {"commitment": made["commitments"]["shared"]}
        ).status_code
        == 404
    )
    assert (
        api_bob.post(
            f"/plans/love/actions/{made['love-actions']['shared']}/done"
        ).status_code
        == 404
    )


def test_decision_worksheet_is_never_shared(
    api_alice: ApiClient, api_bob: ApiClient, web_bob: Client, made: dict[str, Any]
) -> None:
    api_alice.post("/plans/decide", {"answers": {"hope": "Alice's private hope"}})
    assert not hasattr(m.DecisionAnswer, "shared")
    assert "Alice's private hope" not in str(api_bob.get("/plans/decide").json())
    assert "private hope" not in web_bob.get("/plan/decide/").content.decode()
    assert "a hug when I get home" not in str(api_bob.get("/plans/decide").json())


def test_unlinking_makes_shared_items_private_again(
    api_bob: ApiClient, alice: User, made: dict[str, Any]
) -> None:
    partner_unlink(user=alice)
    assert api_bob.get("/plans/items/needs").json() == []


def test_export_holds_only_the_users_own_plan_data(
    alice: User, bob: User, made: dict[str, Any]
) -> None:
    records.need_respond(user=bob, pk=made["needs"]["shared"], answer="accept")
    mine = user_export_data(user=alice)["plans"]
    assert len(mine["needs"]) == 2 and mine["needs"][0]["what_happened"] == "we hugged"
    assert len(mine["people"]) == 2
    theirs = user_export_data(user=bob)["plans"]
    assert theirs["needs"] == [] and len(theirs["answers_i_gave"]) == 1
