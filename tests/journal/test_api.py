"""The journal API: write, read, edit, share, name feelings, delete, get help."""

from __future__ import annotations

from tests.conftest import ApiClient
from tests.journal.conftest import reading, write
from turntoward.accounts.models import User
from turntoward.journal.models import JournalEntry


def test_post_writes_an_entry_and_answers_with_reflections(
    api_alice: ApiClient,
) -> None:
    response = api_alice.post(
        "/journal",
        {"text": "I feel alone even when we're together. Maybe I'm too sensitive."},
    )
    assert response.status_code == 201
    body = response.json()
    assert body["mine"] is True and body["shared"] is False
    reflections = body["reflections"]
    assert [s["id"] for s in reflections["signs"]] == ["lonely_together"]
    assert "makes sense" in reflections["self_invalidation"]
    assert set(reflections["emotions"]) == {"suggested", "question", "chosen"}
    assert "help" not in body
    assert JournalEntry.objects.get(pk=body["id"]).text.startswith("I feel alone")


def test_post_with_a_crisis_phrase_carries_help(api_alice: ApiClient) -> None:
    body = api_alice.post("/journal", {"text": "I want to kill myself."}).json()
    assert body["help"]["reason"] == "crisis"
    assert body["help"]["resources"] and "name" in body["help"]["resources"][0]


def test_patch_with_an_abuse_phrase_carries_help(
    api_alice: ApiClient, alice: User
) -> None:
    entry = write(alice)
    body = api_alice.patch(
        f"/journal/{entry.pk}", {"text": "He hit me and I am scared of him."}
    ).json()
    assert body["help"]["reason"] == "abuse"


def test_post_over_100000_characters_is_a_clear_422(api_alice: ApiClient) -> None:
    response = api_alice.post("/journal", {"text": "x" * 100_001})
    assert response.status_code == 422
    detail = response.json()["detail"][0]
    assert detail["loc"] == ["body", "text"] and "100,000" in detail["msg"]
    assert not JournalEntry.objects.exists()


def test_post_without_text_is_422(api_alice: ApiClient) -> None:
    assert api_alice.post("/journal", {}).status_code == 422
    assert api_alice.post("/journal", {"text": "  "}).status_code == 422
    assert not JournalEntry.objects.exists()


def test_sharing_without_a_partner_is_422(api_carol: ApiClient) -> None:
    response = api_carol.post("/journal", {"text": "hi", "shared": True})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "shared"]


def test_patch_shares_and_unshares(
    api_alice: ApiClient, api_bob: ApiClient, alice: User
) -> None:
    entry = write(alice)
    assert api_alice.patch(f"/journal/{entry.pk}", {"shared": True}).json()["shared"]
    assert api_bob.get(f"/journal/{entry.pk}").status_code == 200
    api_alice.patch(f"/journal/{entry.pk}", {"shared": False})
    assert api_bob.get(f"/journal/{entry.pk}").status_code == 404


def test_patch_emotions_accepts_or_corrects_the_suggestion(
    api_alice: ApiClient, alice: User
) -> None:
    entry = write(alice, analysis=reading(emotions=("sadness", "fear")))
    body = api_alice.get(f"/journal/{entry.pk}").json()
    suggested = body["reflections"]["emotions"]["suggested"]
    assert [s["label"] for s in suggested] == ["sadness", "fear"]
    assert body["reflections"]["emotions"]["chosen"] is None
    body = api_alice.patch(f"/journal/{entry.pk}", {"emotions": ["grief"]}).json()
    assert body["reflections"]["emotions"]["chosen"] == ["grief"]
    response = api_alice.patch(f"/journal/{entry.pk}", {"emotions": ["nope"]})
    assert response.status_code == 422
    entry.refresh_from_db()
    assert entry.chosen_emotions == ["grief"]


def test_patch_text_marks_the_entry_edited(api_alice: ApiClient, alice: User) -> None:
    entry = write(alice, "first")
    body = api_alice.patch(f"/journal/{entry.pk}", {"text": "second"}).json()
    assert body["text"] == "second" and body["edited_at"] is not None


def test_delete_removes_the_entry(api_alice: ApiClient, alice: User) -> None:
    entry = write(alice)
    assert api_alice.delete(f"/journal/{entry.pk}").status_code == 204
    assert api_alice.get(f"/journal/{entry.pk}").status_code == 404


def test_list_is_newest_first_and_pages(api_alice: ApiClient, alice: User) -> None:
    ids = [write(alice, f"entry {n}").pk for n in range(5)]
    listed = api_alice.get("/journal", {"limit": 2, "offset": 1}).json()
    assert [e["id"] for e in listed] == [ids[3], ids[2]]


def test_list_with_q_searches_own_entries(api_alice: ApiClient, alice: User) -> None:
    write(alice, "A long walk by the sea")
    write(alice, "Dinner with friends")
    listed = api_alice.get("/journal", {"q": "SEA"}).json()
    assert [e["text"] for e in listed] == ["A long walk by the sea"]


def test_unknown_entry_is_404(api_alice: ApiClient) -> None:
    assert api_alice.get("/journal/999999").status_code == 404


def test_list_since_leaves_out_older_entries(api_alice: ApiClient, alice: User) -> None:
    from datetime import timedelta

    import time_machine
    from django.utils import timezone

    with time_machine.travel(timezone.now() - timedelta(days=3), tick=False):
        write(alice, "old")
    write(alice, "new")
    since = (timezone.now() - timedelta(days=1)).isoformat()
    listed = api_alice.get("/journal", {"since": since}).json()
    assert [e["text"] for e in listed] == ["new"]
