"""The check-in API under the privacy rules: Alice, Bob (her partner), Carol, nobody."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import time_machine

from tests.conftest import ApiClient
from turntoward.accounts.models import User
from turntoward.checkins.models import CheckIn

pytestmark = pytest.mark.django_db

NOON = datetime(2027, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _clock() -> object:
    with time_machine.travel(NOON, tick=False):
        yield


def body(**kw: object) -> dict[str, object]:
    data: dict[str, object] = {"mood": "hopeful", "connection": 3, "note": "ok day"}
    data.update(kw)
    return data


def test_post_creates_then_edits_todays_checkin(api_alice: ApiClient) -> None:
    first = api_alice.post("/checkins", body())
    assert first.status_code == 201
    assert first.json()["date"] == "2027-03-10"
    again = api_alice.post("/checkins", body(connection=5))
    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    assert CheckIn.objects.get().connection == 5


def test_tz_param_decides_which_day_today_is(api_alice: ApiClient) -> None:
    with time_machine.travel(datetime(2027, 3, 10, 23, 0, tzinfo=UTC), tick=False):
        made = api_alice.post("/checkins?tz=Asia/Tokyo", body())
    assert made.json()["date"] == "2027-03-11"


def test_a_date_tomorrow_is_refused_unless_it_is_already_tomorrow_there(
    api_alice: ApiClient,
) -> None:
    assert api_alice.post("/checkins", body(date="2027-03-11")).status_code == 422
    assert (
        api_alice.post(
            "/checkins?tz=Pacific/Kiritimati", body(date="2027-03-11")
        ).status_code
        == 201
    )


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"connection": 0}, "connection"),
        ({"connection": 9}, "connection"),
        ({"mood": "meh"}, "mood"),
        ({"date": "2027-03-12"}, "date"),
        ({"emotions": ["smugness"]}, "emotions"),
    ],
)
def test_bad_input_is_422_with_the_field_and_nothing_saved(
    api_alice: ApiClient, changes: dict[str, object], field: str
) -> None:
    response = api_alice.post("/checkins", body(**changes))
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", field]
    assert not CheckIn.objects.exists()


def test_missing_fields_and_unknown_tz_are_422(api_alice: ApiClient) -> None:
    assert api_alice.post("/checkins", {"mood": "sad"}).status_code == 422
    assert api_alice.post("/checkins?tz=Nowhere/Land", body()).status_code == 422
    assert not CheckIn.objects.exists()


def test_crisis_note_carries_the_help_object(api_alice: ApiClient) -> None:
    response = api_alice.post(
        "/checkins", body(note="I don't want to be alive anymore")
    )
    assert response.status_code == 201
    help = response.json()["help"]
    assert help["reason"] == "crisis"
    assert help["resources"] and {"name", "phone"} <= set(help["resources"][0])


def test_ordinary_note_has_no_help_object(api_alice: ApiClient) -> None:
    assert "help" not in api_alice.post("/checkins", body()).json()


def test_self_invalidation_comes_back_with_a_reflection(api_alice: ApiClient) -> None:
    note = "I miss him, but I'm probably just being too sensitive."
    assert api_alice.post("/checkins", body(note=note)).json()["reflection"]


def test_moods_list_words_with_energy_and_pleasantness(api_alice: ApiClient) -> None:
    moods = api_alice.get("/checkins/moods").json()
    assert len(moods) >= 60
    assert {"word", "energy", "pleasantness"} <= set(moods[0])


def test_partner_sees_only_shared_checkins_and_strangers_none(
    api_alice: ApiClient, api_bob: ApiClient, api_carol: ApiClient, bob: User
) -> None:
    private = api_alice.post("/checkins", body(note="just for me")).json()
    with time_machine.travel(datetime(2027, 3, 11, 12, tzinfo=UTC), tick=False):
        shared = api_alice.post("/checkins", body(shared=True)).json()
        assert [c["id"] for c in api_alice.get("/checkins").json()] == [
            shared["id"],
            private["id"],
        ]
        listed = api_bob.get("/checkins").json()
        assert [c["id"] for c in listed] == [shared["id"]]
        assert listed[0]["mine"] is False
        assert api_carol.get("/checkins").json() == []
        assert api_bob.get(f"/checkins/{shared['id']}").status_code == 200
        for client, pk in [(api_bob, private["id"]), (api_carol, shared["id"])]:
            assert client.get(f"/checkins/{pk}").status_code == 404
        # Reading a shared check-in never lets the partner change or delete it.
        assert api_bob.delete(f"/checkins/{shared['id']}").status_code == 404
        put = api_bob.client.put(
            f"/api/v1/checkins/{shared['id']}/emotions",
            data={"emotions": ["joy"]},
            content_type="application/json",
            headers=api_bob.headers,
        )
        assert put.status_code == 404
    assert CheckIn.objects.count() == 2


def test_nobody_gets_401_everywhere(api_anon: ApiClient, alice: User) -> None:
    for path in ["/checkins", "/checkins/moods", "/checkins/1"]:
        assert api_anon.get(path).status_code == 401
    assert api_anon.post("/checkins", body()).status_code == 401


def test_owner_can_name_emotions_and_delete(api_alice: ApiClient) -> None:
    made = api_alice.post("/checkins", body()).json()
    put = api_alice.client.put(
        f"/api/v1/checkins/{made['id']}/emotions",
        data={"emotions": ["Gratitude", "joy"]},
        content_type="application/json",
        headers=api_alice.headers,
    )
    assert put.json()["emotions"] == ["gratitude", "joy"]
    assert api_alice.delete(f"/checkins/{made['id']}").status_code == 204
    assert not CheckIn.objects.exists()


def test_checkins_are_in_the_account_export(api_alice: ApiClient) -> None:
    api_alice.post("/checkins", body(note="export me"))
    assert api_alice.get("/export").json()["checkins"][0]["note"] == "export me"


def test_partner_sees_the_shared_note_but_not_the_engines_reading_of_it(
    api_alice: ApiClient, api_bob: ApiClient
) -> None:
    note = "I feel so alone even when we're in the same room."
    made = api_alice.post("/checkins", body(note=note, shared=True)).json()
    assert "lonely_together" in made["signs"]
    seen = api_bob.get(f"/checkins/{made['id']}").json()
    assert seen["note"] == note
    assert seen["signs"] == [] and seen["suggested_emotions"] == []
