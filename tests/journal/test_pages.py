"""Journal pages: write with a prompt, read reflections, name feelings, share."""

from __future__ import annotations

from typing import Any

from django.test import Client

from tests.journal.conftest import reading, write
from turntoward.accounts.models import User
from turntoward.journal.models import JournalEntry
from turntoward.journal.prompts import PROMPTS


def test_journal_is_in_the_main_navigation(web_alice: Client) -> None:
    page = web_alice.get("/journal/").content.decode()
    assert 'href="/journal/" aria-current="page">Journal</a>' in page


def test_write_page_shows_one_prompt_and_offers_another(web_alice: Client) -> None:
    page = web_alice.get("/journal/write/?prompt=0").content.decode()
    assert PROMPTS[0].text.replace('"', "&quot;") in page
    assert PROMPTS[1].text.replace('"', "&quot;") not in page
    assert '<a href="?prompt=1">Show another prompt</a>' in page
    last = web_alice.get(f"/journal/write/?prompt={len(PROMPTS) - 1}")
    assert '<a href="?prompt=0">' in last.content.decode()


def test_writing_an_entry_shows_reflections(web_alice: Client, alice: User) -> None:
    response = web_alice.post(
        "/journal/write/",
        {
            "title": "Tuesday",
            "text": "I feel alone even when we're together. Maybe I'm too sensitive.",
            "prompt": "unsaid",
        },
        follow=True,
    )
    entry = JournalEntry.objects.get(owner=alice)
    assert response.redirect_chain[-1][0] == f"/journal/{entry.pk}/"
    page = response.content.decode()
    assert "alone even when you&#x27;re together" in page
    assert "What you feel makes sense" in page
    assert entry.prompt == "unsaid" and entry.shared is False


def test_partner_share_box_shows_only_when_linked(
    web_alice: Client, bob: User, web_carol: Client
) -> None:
    assert "Share this entry" in web_alice.get("/journal/write/").content.decode()
    assert "Share this entry" not in web_carol.get("/journal/write/").content.decode()


def test_overlong_entry_gets_a_clear_error_and_nothing_is_saved(
    web_alice: Client,
) -> None:
    response = web_alice.post("/journal/write/", {"text": "x" * 100_001})
    assert response.status_code == 200
    assert "up to 100,000 characters" in response.content.decode()
    assert not JournalEntry.objects.exists()


def test_crisis_phrase_opens_the_help_panel_on_the_entry_page(
    web_alice: Client,
) -> None:
    response = web_alice.post(
        "/journal/write/", {"text": "I want to kill myself."}, follow=True
    )
    page = response.content.decode()
    assert 'id="help-panel" role="alert"' in page
    assert "Get help now" in page


def test_emotion_suggestions_can_be_accepted(web_alice: Client, alice: User) -> None:
    entry = write(alice, analysis=reading(emotions=("disappointment", "sadness")))
    page = web_alice.get(f"/journal/{entry.pk}/").content.decode()
    assert "there may be disappointment and sadness here. Does that fit?" in page
    assert 'value="disappointment" id="id_emotions_9" checked' in page
    assert 'value="joy" id="id_emotions_17">' in page
    web_alice.post(
        f"/journal/{entry.pk}/emotions/",
        {"emotions": ["disappointment", "sadness"]},
    )
    entry.refresh_from_db()
    assert entry.chosen_emotions == ["disappointment", "sadness"]
    page = web_alice.get(f"/journal/{entry.pk}/").content.decode()
    assert "these fit: <strong>disappointment, sadness</strong>" in page


def test_emotion_suggestions_can_be_corrected(web_alice: Client, alice: User) -> None:
    entry = write(alice, analysis=reading(emotions=("joy",)))
    web_alice.post(f"/journal/{entry.pk}/emotions/", {"emotions": ["grief"]})
    entry.refresh_from_db()
    assert entry.emotions == ["grief"]


def test_entry_without_emotions_still_offers_the_vocabulary(
    web_alice: Client, alice: User
) -> None:
    entry = write(alice, analysis=reading())
    page = web_alice.get(f"/journal/{entry.pk}/").content.decode()
    assert "What do you feel as you read this back?" in page
    assert 'value="loneliness"' not in page and 'value="grief"' in page


def test_share_toggle_shares_and_unshares(
    web_alice: Client, alice: User, bob: User
) -> None:
    entry = write(alice)
    response = web_alice.post(f"/journal/{entry.pk}/share/", {"shared": "1"})
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.shared
    page = web_alice.get(f"/journal/{entry.pk}/").content.decode()
    assert "Make private again" in page
    web_alice.post(f"/journal/{entry.pk}/share/", {"shared": "0"})
    entry.refresh_from_db()
    assert not entry.shared


def test_edit_changes_the_words(web_alice: Client, alice: User) -> None:
    entry = write(alice, "old words")
    page = web_alice.get(f"/journal/{entry.pk}/edit/").content.decode()
    assert "old words" in page
    web_alice.post(f"/journal/{entry.pk}/edit/", {"title": "", "text": "new words"})
    entry.refresh_from_db()
    assert entry.text == "new words" and entry.edited_at is not None


def test_delete_asks_first_then_deletes(web_alice: Client, alice: User) -> None:
    entry = write(alice)
    assert (
        "Delete this entry?"
        in web_alice.get(f"/journal/{entry.pk}/delete/").content.decode()
    )
    assert JournalEntry.objects.filter(pk=entry.pk).exists()
    response = web_alice.post(f"/journal/{entry.pk}/delete/")
    assert response.status_code == 302
    assert not JournalEntry.objects.filter(pk=entry.pk).exists()


def test_list_marks_own_and_partner_shared_entries(
    web_alice: Client, web_bob: Client, alice: User, bob: User
) -> None:
    write(alice, "alice private", title="Only mine")
    write(alice, "alice shared", title="A shared", shared=True)
    write(bob, "bob shared", title="B shared", shared=True)
    page = web_alice.get("/journal/").content.decode()
    assert "Only mine" in page and "A shared" in page and "B shared" in page
    assert "Shared by your partner" in page and "Shared with your partner" in page
    bob_page = web_bob.get("/journal/").content.decode()
    assert "A shared" in bob_page and "Only mine" not in bob_page


def test_search_finds_own_entries_only(
    web_alice: Client, alice: User, bob: User
) -> None:
    write(alice, "We baked bread together and laughed.", title="Bread")
    write(alice, "Nothing much.", title="Plain")
    write(bob, "I bought bread.", title="Bob bread", shared=True)
    page = web_alice.get("/journal/search/", {"q": "BREAD"}).content.decode()
    assert "Bread" in page and "We baked bread" in page
    assert "Plain" not in page and "Bob bread" not in page


def test_export_holds_decrypted_entries(web_alice: Client, alice: User) -> None:
    from turntoward.accounts.export import user_export_data

    write(alice, "marker words for export", title="Kept")
    data: Any = user_export_data(user=alice)
    found = data["journal"]
    assert found[0]["text"] == "marker words for export"
    assert found[0]["title"] == "Kept"
