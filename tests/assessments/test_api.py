"""The assessment API, tried by Alice, Bob (her partner), Carol and nobody."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import ApiClient
from turntoward.accounts.models import User
from turntoward.assessments import services
from turntoward.assessments.instruments import score
from turntoward.assessments.models import Acknowledgement, AssessmentResult
from turntoward.safety.models import AbuseScreen, SafetyEvent

pytestmark = pytest.mark.django_db

NEGLECT = [3] * 17


def submit(user: User, instrument: str, answers: Any) -> AssessmentResult:
    result, _ = services.result_submit(
        user=user, instrument_id=instrument, answers=answers
    )
    return result


def shared(user: User, instrument: str, answers: Any) -> AssessmentResult:
    return services.result_share(
        user=user, result=submit(user, instrument, answers), shared=True
    )


# --- nobody ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/assessments/instruments"),
        ("get", "/assessments/instruments/phq9"),
        ("post", "/assessments/instruments/phq9/results"),
        ("get", "/assessments/results"),
        ("get", "/assessments/shared"),
        ("get", "/assessments/results/1"),
        ("post", "/assessments/results/1/share"),
        ("post", "/assessments/results/1/acknowledge"),
    ],
)
def test_nobody_gets_401(api_anon: ApiClient, method: str, path: str) -> None:
    assert getattr(api_anon, method)(path).status_code == 401


# --- instruments ----------------------------------------------------------------------


def test_list_instruments(api_carol: ApiClient) -> None:
    res = api_carol.get("/assessments/instruments")
    assert res.status_code == 200
    found = {i["id"]: i for i in res.json()}
    assert set(found) == {
        "availability_check",
        "gad7",
        "impact_check",
        "love_styles",
        "neglect_check",
        "phq9",
    }
    assert found["phq9"]["shareable"] is False
    assert found["availability_check"]["audience"] == ["neglecting", "both"]


def test_one_instrument_has_items_and_options(api_alice: ApiClient) -> None:
    body = api_alice.get("/assessments/instruments/phq9").json()
    assert len(body["items"]) == 9 and body["items"][8]["id"] == "phq9_9"
    assert [o["value"] for o in body["options"]] == [0, 1, 2, 3]
    assert body["max_total"] == 27 and "Spitzer" in body["credit"]


def test_unknown_instrument_is_404(api_alice: ApiClient) -> None:
    assert api_alice.get("/assessments/instruments/nope").status_code == 404
    res = api_alice.post("/assessments/instruments/nope/results", {"answers": [0]})
    assert res.status_code == 404
    assert not AssessmentResult.objects.exists()


# --- submitting ---------------------------------------------------------------


def test_submit_a_list_returns_the_scored_result(api_alice: ApiClient) -> None:
    res = api_alice.post(
        "/assessments/instruments/gad7/results", {"answers": [1, 1, 1, 1, 1, 0, 0]}
    )
    assert res.status_code == 201
    body = res.json()
    assert (body["total"], body["band"], body["band_label"]) == (5, "mild", "Mild")
    assert body["owner"] == "you" and body["shared"] is False
    assert body["answers"]["gad7_1"] == 1 and body["safety"] is False
    assert "help" not in body
    assert AssessmentResult.objects.get().pk == body["id"]


def test_submit_an_object_keyed_by_item_id(api_alice: ApiClient) -> None:
    inst = api_alice.get("/assessments/instruments/neglect_check").json()
    answers = {item["id"]: 4 for item in inst["items"]}
    res = api_alice.post(
        "/assessments/instruments/neglect_check/results", {"answers": answers}
    )
    assert res.status_code == 201
    expected = score("neglect_check", [4] * len(inst["items"]))
    assert res.json()["subscales"] == expected.subscales


@pytest.mark.parametrize(
    ("payload", "says"),
    [
        ({"answers": [0] * 6}, "7 questions; got 6"),
        ({"answers": [0] * 8}, "got 8"),
        ({"answers": [0] * 6 + [4]}, "from 0 to 3"),
        ({"answers": [0] * 6 + ["x"]}, "whole number"),
        ({"answers": [0] * 6 + ["1"]}, "whole number"),
        ({"answers": [0] * 6 + [1.0]}, "whole number"),
        ({"answers": [0] * 6 + [None]}, "whole number"),
        ({"answers": "0,0,0,0,0,0,0"}, "list of numbers"),
        ({"answers": {"gad7_1": 0, "phq9_9": 3}}, "no item 'phq9_9'"),
        ({"answers": {"gad7_1": 0}}, "needs an answer"),
    ],
)
def test_bad_answers_get_422_and_nothing_is_saved(
    api_alice: ApiClient, payload: dict[str, Any], says: str
) -> None:
    res = api_alice.post("/assessments/instruments/gad7/results", payload)
    assert res.status_code == 422
    detail = res.json()["detail"]
    assert detail[0]["loc"] == ["body", "answers"] and says in detail[0]["msg"]
    assert not AssessmentResult.objects.exists()


def test_missing_answers_or_bad_json_get_422(api_alice: ApiClient) -> None:
    assert api_alice.post("/assessments/instruments/gad7/results", {}).status_code == (
        422
    )
    res = api_alice.client.post(
        "/api/v1/assessments/instruments/gad7/results",
        data="{not json",
        content_type="application/json",
        headers=api_alice.headers,
    )
    assert res.status_code == 422
    assert not AssessmentResult.objects.exists()


# --- the safety rule -----------------------------------------------------------------


def test_phq9_item_9_above_zero_adds_help_whatever_the_total(
    api_alice: ApiClient, alice: User
) -> None:
    res = api_alice.post(
        "/assessments/instruments/phq9/results", {"answers": [0] * 8 + [1]}
    )
    assert res.status_code == 201
    body = res.json()
    assert body["total"] == 1 and body["band"] == "minimal"
    assert body["safety"] is True and "professional_help" in body["next_steps"]
    assert body["help"]["reason"] == "crisis"
    assert any(line.get("phone") == "988" for line in body["help"]["resources"])
    event = SafetyEvent.objects.get()
    assert (event.owner, event.reason, event.source) == (alice, "crisis", "phq9")


def test_phq9_item_9_keyed_by_id_adds_help_too(api_alice: ApiClient) -> None:
    answers = {f"phq9_{n}": 0 for n in range(1, 9)} | {"phq9_9": 3}
    body = api_alice.post(
        "/assessments/instruments/phq9/results", {"answers": answers}
    ).json()
    assert "help" in body


def test_phq9_high_total_without_item_9_adds_no_help(api_alice: ApiClient) -> None:
    body = api_alice.post(
        "/assessments/instruments/phq9/results", {"answers": [3] * 8 + [0]}
    ).json()
    assert body["band"] == "severe" and "help" not in body
    assert not SafetyEvent.objects.exists()


# --- reading results ------------------------------------------------------------


def test_results_lists_only_ones_own(
    alice: User, bob: User, api_alice: ApiClient, api_bob: ApiClient
) -> None:
    mine = submit(alice, "gad7", [0] * 7)
    shared(bob, "neglect_check", NEGLECT)
    assert [r["id"] for r in api_alice.get("/assessments/results").json()] == [mine.pk]
    assert api_alice.get("/assessments/results?instrument=phq9").json() == []


def test_each_person_reads_a_result_as_allowed(
    alice: User,
    api_alice: ApiClient,
    api_bob: ApiClient,
    api_carol: ApiClient,
) -> None:
    private = submit(alice, "neglect_check", NEGLECT)
    open_ = shared(alice, "neglect_check", NEGLECT)
    assert api_alice.get(f"/assessments/results/{private.pk}").status_code == 200
    assert api_bob.get(f"/assessments/results/{private.pk}").status_code == 404
    assert api_carol.get(f"/assessments/results/{private.pk}").status_code == 404
    body = api_bob.get(f"/assessments/results/{open_.pk}").json()
    assert body["owner"] == "partner" and "answers" not in body
    assert "safety" not in body
    assert api_carol.get(f"/assessments/results/{open_.pk}").status_code == 404
    assert [r["id"] for r in api_bob.get("/assessments/shared").json()] == [open_.pk]
    assert api_carol.get("/assessments/shared").json() == []


def test_unknown_result_is_404(api_alice: ApiClient) -> None:
    assert api_alice.get("/assessments/results/99999").status_code == 404


# --- sharing ------------------------------------------------------------------------


def test_owner_shares_and_unshares(
    alice: User, api_alice: ApiClient, api_bob: ApiClient
) -> None:
    result = submit(alice, "love_styles", [2] * 15)
    url = f"/assessments/results/{result.pk}"
    res = api_alice.post(f"{url}/share", {"shared": True})
    assert res.status_code == 200 and res.json()["shared"] is True
    assert api_bob.get(url).status_code == 200
    assert api_alice.post(f"{url}/share", {"shared": False}).json()["shared"] is False
    assert api_bob.get(url).status_code == 404


def test_partner_and_stranger_cannot_share(
    alice: User, api_bob: ApiClient, api_carol: ApiClient
) -> None:
    result = submit(alice, "neglect_check", NEGLECT)
    for client in (api_bob, api_carol):
        res = client.post(f"/assessments/results/{result.pk}/share", {"shared": True})
        assert res.status_code == 404
    result.refresh_from_db()
    assert result.shared is False


@pytest.mark.parametrize("instrument", ["phq9", "gad7"])
def test_screener_answers_are_never_visible_to_the_partner_even_if_sharing_is_tried(
    alice: User, api_alice: ApiClient, api_bob: ApiClient, instrument: str
) -> None:
    count = 9 if instrument == "phq9" else 7
    body = api_alice.post(
        f"/assessments/instruments/{instrument}/results", {"answers": [2] * count}
    ).json()
    res = api_alice.post(f"/assessments/results/{body['id']}/share", {"shared": True})
    assert res.status_code == 422
    assert res.json()["detail"][0]["loc"] == ["body", "shared"]
    assert "stays private" in res.json()["detail"][0]["msg"]
    assert api_bob.get(f"/assessments/results/{body['id']}").status_code == 404
    assert api_bob.get("/assessments/shared").json() == []


def test_sharing_without_a_partner_is_a_conflict(
    carol: User, api_carol: ApiClient
) -> None:
    result = submit(carol, "neglect_check", NEGLECT)
    res = api_carol.post(f"/assessments/results/{result.pk}/share", {"shared": True})
    assert res.status_code == 409
    assert "Link with your partner" in res.json()["detail"][0]["msg"]


def test_sharing_before_the_private_check_is_refused(
    alice: User, bob: User, api_alice: ApiClient
) -> None:
    result = submit(alice, "neglect_check", NEGLECT)
    AbuseScreen.objects.filter(owner=alice).delete()
    res = api_alice.post(f"/assessments/results/{result.pk}/share", {"shared": True})
    assert res.status_code == 409  # as for linking: the partner check comes first
    assert "/api/v1/safety/check" in res.json()["detail"][0]["msg"]
    result.refresh_from_db()
    assert result.shared is False


def test_share_needs_a_true_or_false(alice: User, api_alice: ApiClient) -> None:
    result = submit(alice, "neglect_check", NEGLECT)
    res = api_alice.post(f"/assessments/results/{result.pk}/share", {"shared": "maybe"})
    assert res.status_code == 422


# --- acknowledgement -----------------------------------------------------------------


def test_partner_acknowledges_and_sharer_sees_it(
    alice: User, api_alice: ApiClient, api_bob: ApiClient
) -> None:
    result = shared(alice, "neglect_check", NEGLECT)
    res = api_bob.post(
        f"/assessments/results/{result.pk}/acknowledge",
        {"response": "see_it_too", "note": "Me too."},
    )
    assert res.status_code == 200
    assert res.json()["label"] == "I see this too" and "help" not in res.json()
    acks = api_alice.get(f"/assessments/results/{result.pk}").json()["acknowledgements"]
    assert [(a["response"], a["note"]) for a in acks] == [("see_it_too", "Me too.")]


def test_owner_stranger_and_bad_answers_cannot_acknowledge(
    alice: User, api_alice: ApiClient, api_bob: ApiClient, api_carol: ApiClient
) -> None:
    result = shared(alice, "neglect_check", NEGLECT)
    url = f"/assessments/results/{result.pk}/acknowledge"
    assert api_carol.post(url, {"response": "see_it_too"}).status_code == 404
    assert api_alice.post(url, {"response": "see_it_too"}).status_code == 422
    assert api_bob.post(url, {"response": "sure"}).status_code == 422
    assert api_bob.post(url, {"note": "no answer"}).status_code == 422
    assert not Acknowledgement.objects.exists()


def test_only_neglect_check_takes_an_acknowledgement(
    alice: User, api_bob: ApiClient
) -> None:
    result = shared(alice, "love_styles", [2] * 15)
    res = api_bob.post(
        f"/assessments/results/{result.pk}/acknowledge", {"response": "see_it_too"}
    )
    assert res.status_code == 422
    assert not Acknowledgement.objects.exists()


def test_crisis_words_in_the_acknowledgement_note_add_help(
    alice: User, api_bob: ApiClient
) -> None:
    result = shared(alice, "neglect_check", NEGLECT)
    res = api_bob.post(
        f"/assessments/results/{result.pk}/acknowledge",
        {"response": "see_it_too", "note": "I want to kill myself."},
    )
    assert res.status_code == 200 and res.json()["help"]["reason"] == "crisis"
