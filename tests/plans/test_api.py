"""The plans API: every tool through the API, under the privacy rules."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import ApiClient
from turntoward.accounts.models import User
from turntoward.plans import models as m

pytestmark = pytest.mark.django_db


def test_plan_lists_steps_for_the_callers_role(api_alice: ApiClient) -> None:
    body = api_alice.get("/plans/plan").json()
    assert body["role"] == "neglected"
    assert body["steps"][0]["id"] == "acknowledge"
    assert body["steps"][0]["tool"]["url"].startswith("/")


def test_anonymous_caller_gets_401_everywhere(api_anon: ApiClient) -> None:
    assert api_anon.get("/plans/plan").status_code == 401
    assert api_anon.post("/plans/coach/message", {"text": "hi"}).status_code == 401
    assert api_anon.get("/plans/items/needs").status_code == 401


def test_message_coach_returns_findings_and_a_gentler_version(
    api_alice: ApiClient,
) -> None:
    body = api_alice.post(
        "/plans/coach/message", {"text": "You never care about my feelings"}
    ).json()
    assert body["flagged"] is True
    assert body["findings"][0]["why"]
    assert body["suggestion"]
    assert "help" not in body


def test_empathy_coach_returns_a_validating_reply(api_alice: ApiClient) -> None:
    body = api_alice.post(
        "/plans/coach/empathy",
        {"context": "I felt alone at the party", "reply": "You're overreacting"},
    ).json()
    assert body["flagged"] is True
    assert body["suggestion"]


def test_coach_refuses_empty_and_oversized_text(api_alice: ApiClient) -> None:
    empty = api_alice.post("/plans/coach/message", {"text": "  "})
    assert empty.status_code == 422
    assert empty.json()["detail"][0]["loc"] == ["body", "text"]
    huge = api_alice.post("/plans/coach/empathy", {"reply": "x" * 2001})
    assert huge.status_code == 422
    assert "too long" in huge.json()["detail"][0]["msg"]


def test_crisis_text_adds_help_to_the_answer(api_alice: ApiClient) -> None:
    body = api_alice.post(
        "/plans/coach/message", {"text": "I don't want to be alive anymore"}
    ).json()
    assert body["help"]["reason"] == "crisis"
    assert body["help"]["resources"]


def test_starters_and_scenarios_are_ours_and_plentiful(api_alice: ApiClient) -> None:
    assert len(api_alice.get("/plans/coach/starters").json()) >= 8
    scenarios = api_alice.get("/plans/coach/scenarios").json()
    assert len(scenarios) >= 8
    answer = api_alice.post(
        f"/plans/coach/scenarios/{scenarios[0]['id']}", {"reply": "Calm down"}
    )
    assert answer.status_code == 200
    assert (
        api_alice.post("/plans/coach/scenarios/nope", {"reply": "x"}).status_code == 404
    )


def test_item_create_edit_share_delete(api_alice: ApiClient, couple: Any) -> None:
    made = api_alice.post("/plans/items/needs", {"text": "a hug when I get home"})
    assert made.status_code == 201
    need = made.json()
    assert need["shared"] is False
    changed = api_alice.patch(
        f"/plans/items/needs/{need['id']}", {"example": "after work", "shared": True}
    ).json()
    assert changed["shared"] is True and changed["example"] == "after work"
    assert api_alice.delete(f"/plans/items/needs/{need['id']}").status_code == 204
    assert not m.NeedRequest.objects.exists()


def test_sharing_waits_for_the_private_partner_check(
    api_alice: ApiClient, bob: User
) -> None:
    response = api_alice.post("/plans/items/needs", {"text": "a walk", "shared": True})
    assert response.status_code == 422
    assert "private check" in response.json()["detail"][0]["msg"]
    assert not m.NeedRequest.objects.exists()


def test_sharing_without_a_partner_is_refused(api_carol: ApiClient) -> None:
    response = api_carol.post("/plans/items/needs", {"text": "a walk", "shared": True})
    assert response.status_code == 409
    assert not m.NeedRequest.objects.exists()


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"text": ""},
        {"text": "x" * 301},
        {"text": "ok", "colour": "red"},
        {"text": 5},
        {"text": "ok", "shared": "yes"},
    ],
)
def test_bad_items_are_refused_and_nothing_is_saved(
    api_alice: ApiClient, payload: dict[str, Any]
) -> None:
    assert api_alice.post("/plans/items/needs", payload).status_code == 422
    assert not m.NeedRequest.objects.exists()


def test_unknown_kind_is_not_found(api_alice: ApiClient) -> None:
    assert api_alice.get("/plans/items/secrets").status_code == 404


def test_love_action_choice_is_checked(api_alice: ApiClient) -> None:
    bad = api_alice.post("/plans/items/love-actions", {"style": "money", "text": "x"})
    assert bad.status_code == 422
    good = api_alice.post(
        "/plans/items/love-actions", {"style": "gifts", "text": "tea"}
    )
    assert good.status_code == 201
    done = api_alice.post(f"/plans/love/actions/{good.json()['id']}/done")
    assert done.status_code == 201
    assert api_alice.get("/plans/items/love-actions").json()[0]["times_done"] == 1


def test_boundary_records_and_presence_log(api_alice: ApiClient) -> None:
    boundary = api_alice.post(
        "/plans/items/boundaries",
        {"when_text": "my feelings are laughed off", "will_text": "take a pause"},
    ).json()
    record = api_alice.post(
        f"/plans/items/boundaries/{boundary['id']}/records", {"held": "partly"}
    )
    assert record.status_code == 201
    assert api_alice.get("/plans/boundaries/records").json()[0]["held"] == "partly"
    bad = api_alice.post(
        f"/plans/items/boundaries/{boundary['id']}/records", {"held": "maybe"}
    )
    assert bad.status_code == 422
    prompt = api_alice.get("/plans/presence").json()["prompt"]["id"]
    assert api_alice.post("/plans/presence/log", {"prompt": prompt}).status_code == 201
    assert api_alice.post("/plans/presence/log", {}).status_code == 422
    assert len(api_alice.get("/plans/presence").json()["log"]) == 1


def test_kit_check_and_affirmation(api_alice: ApiClient) -> None:
    assert api_alice.get("/plans/kit").json()["affirmation"]
    body = api_alice.post(
        "/plans/kit/check", {"text": "I'm too sensitive, it's silly of me"}
    ).json()
    assert body["flagged"] is True
    assert body["extra"]


def test_decision_worksheet_saves_answers(api_alice: ApiClient) -> None:
    body = api_alice.post("/plans/decide", {"answers": {"hope": "More talks"}}).json()
    answers = {q["id"]: q["answer"] for q in body["questions"]}
    assert answers["hope"] == "More talks"
    bad = api_alice.post("/plans/decide", {"answers": {"verdict": "leave"}})
    assert bad.status_code == 422


def test_professional_help_lists_kinds_and_triggers(api_alice: ApiClient) -> None:
    body = api_alice.get("/plans/help").json()
    assert len(body["kinds"]) >= 4
    assert body["when"]
