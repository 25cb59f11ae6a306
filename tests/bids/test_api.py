"""The bid API under the privacy rules: Alice, Bob (her partner), Carol, nobody."""

from __future__ import annotations

import pytest

from tests.conftest import ApiClient
from turntoward.accounts.models import User
from turntoward.bids.models import Bid

pytestmark = pytest.mark.django_db


def body(**kw: object) -> dict[str, object]:
    data: dict[str, object] = {
        "direction": "received",
        "description": "asked how my call went",
        "response": "toward",
    }
    data.update(kw)
    return data


def test_post_logs_a_bid(api_alice: ApiClient, alice: User) -> None:
    response = api_alice.post("/bids", body())
    assert response.status_code == 201
    made = response.json()
    assert (made["direction"], made["response"], made["shared"]) == (
        "received",
        "toward",
        False,
    )
    assert "help" not in made
    assert Bid.objects.get().owner == alice


@pytest.mark.parametrize(
    "changes",
    [
        {"description": ""},
        {"description": "   "},
        {"description": "y" * 300},
        {"direction": "up"},
        {"response": "sideways"},
        {"occurred_at": "2999-01-01T00:00:00Z"},
    ],
)
def test_bad_bids_are_422_and_nothing_saved(
    api_alice: ApiClient, changes: dict[str, object]
) -> None:
    response = api_alice.post("/bids", body(**changes))
    assert response.status_code == 422
    assert response.json()["detail"]
    assert not Bid.objects.exists()


def test_abuse_in_a_bid_carries_the_help_object(api_alice: ApiClient) -> None:
    response = api_alice.post(
        "/bids", body(description="he said he would hurt me if I told anyone")
    )
    assert response.json()["help"]["reason"] == "abuse"


def test_partner_reads_shared_bids_only_and_cannot_change_them(
    api_alice: ApiClient, api_bob: ApiClient, api_carol: ApiClient
) -> None:
    private = api_alice.post("/bids", body(description="private")).json()
    shared = api_alice.post("/bids", body(description="shared", shared=True)).json()
    assert {b["id"] for b in api_alice.get("/bids").json()} == {
        private["id"],
        shared["id"],
    }
    assert [b["id"] for b in api_bob.get("/bids").json()] == [shared["id"]]
    assert api_carol.get("/bids").json() == []
    assert api_bob.get(f"/bids/{shared['id']}").json()["mine"] is False
    assert api_bob.get(f"/bids/{private['id']}").status_code == 404
    assert api_carol.get(f"/bids/{shared['id']}").status_code == 404
    assert (
        api_bob.patch(f"/bids/{shared['id']}", {"response": "away"}).status_code == 404
    )
    assert api_bob.delete(f"/bids/{shared['id']}").status_code == 404
    assert Bid.objects.get(pk=shared["id"]).response == "toward"


def test_owner_changes_the_answer_and_deletes(api_alice: ApiClient) -> None:
    made = api_alice.post("/bids", body()).json()
    changed = api_alice.patch(f"/bids/{made['id']}", {"response": "against"})
    assert changed.json()["response"] == "against"
    assert api_alice.patch(f"/bids/{made['id']}", {"response": "x"}).status_code == 422
    assert api_alice.delete(f"/bids/{made['id']}").status_code == 204
    assert not Bid.objects.exists()


def test_works_alone_without_a_partner(api_carol: ApiClient) -> None:
    assert api_carol.post("/bids", body()).status_code == 201
    assert len(api_carol.get("/bids").json()) == 1
    assert api_carol.get("/insights/bids").json()["received"]["total"] == 1


def test_sharing_while_unlinked_is_refused_so_no_future_partner_sees_it(
    api_carol: ApiClient,
) -> None:
    response = api_carol.post("/bids", body(shared=True))
    assert response.status_code == 409
    assert response.json()["detail"][0]["loc"] == ["body", "shared"]
    assert not Bid.objects.exists()


def test_nobody_gets_401(api_anon: ApiClient, alice: User) -> None:
    assert api_anon.get("/bids").status_code == 401
    assert api_anon.get("/bids/1").status_code == 401
    assert api_anon.post("/bids", body()).status_code == 401


def test_bids_are_in_the_account_export(api_alice: ApiClient) -> None:
    api_alice.post("/bids", body(description="export me"))
    assert api_alice.get("/export").json()["bids"][0]["description"] == "export me"
