"""The safety API: the partner question and the safety plan, each only the caller's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import ApiClient
from turntoward.accounts.models import User
from turntoward.safety import selectors

pytestmark = pytest.mark.django_db

NO = {"afraid": False, "hurt": False, "controlled": False}


def _put(api: ApiClient, path: str, data: dict[str, str]) -> Any:
    return api.client.put(
        f"/api/v1{path}", data, content_type="application/json", headers=api.headers
    )


def test_the_partner_question_through_the_api(
    api_carol: ApiClient, carol: User
) -> None:
    assert api_carol.get("/safety/check").json() == {
        "needed": True,
        "any_yes": False,
        "couples_features_allowed": False,
    }
    body = api_carol.post("/safety/check", NO).json()
    assert body == {"needed": False, "any_yes": False, "couples_features_allowed": True}


def test_a_yes_through_the_api_brings_abuse_lines(
    api_carol: ApiClient, carol: User
) -> None:
    body = api_carol.post("/safety/check", {**NO, "controlled": True}).json()
    assert body["any_yes"] and not body["couples_features_allowed"]
    assert body["help"]["reason"] == "abuse"
    assert body["help"]["resources"][0]["phone"] == "0808 2000 247"
    went_on = api_carol.post("/safety/check/go-on").json()
    assert went_on["couples_features_allowed"]
    assert api_carol.delete("/safety/check").status_code == 204
    assert selectors.abuse_screen_needed(user=carol)


def test_going_on_before_answering_is_a_422(api_carol: ApiClient) -> None:
    assert api_carol.post("/safety/check/go-on").status_code == 422


def test_a_partial_answer_is_a_422(api_carol: ApiClient) -> None:
    assert api_carol.post("/safety/check", {"afraid": False}).status_code == 422


def test_the_safety_plan_through_the_api(api_alice: ApiClient) -> None:
    empty = api_alice.get("/safety/plan").json()
    assert empty["what_helps"] == "" and empty["updated_at"] is None
    saved = _put(api_alice, "/safety/plan", {"what_helps": "the canal"})
    assert saved.status_code == 200 and saved.json()["what_helps"] == "the canal"
    assert api_alice.get("/safety/plan").json()["what_helps"] == "the canal"
    assert api_alice.delete("/safety/plan").status_code == 204
    assert api_alice.get("/safety/plan").json()["what_helps"] == ""


def test_the_api_shows_only_the_callers_own(
    api_alice: ApiClient, api_bob: ApiClient, api_anon: ApiClient
) -> None:
    api_alice.post("/safety/check", {**NO, "afraid": True})
    _put(api_alice, "/safety/plan", {"people_and_places": "Maeve"})
    assert api_bob.get("/safety/check").json()["needed"] is True
    assert api_bob.get("/safety/plan").json()["people_and_places"] == ""
    api_bob.delete("/safety/plan")
    assert api_alice.get("/safety/plan").json()["people_and_places"] == "Maeve"
    for path in ("/safety/check", "/safety/plan", "/safety/events"):
        assert api_anon.get(path).status_code == 401
