"""Who sees which entry: Alice writes, Bob (her partner) reads only what she
shared, Carol (a stranger) and nobody-logged-in see nothing; on every page and
endpoint."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tests.conftest import ApiClient
from tests.journal.conftest import write
from turntoward.accounts.models import User
from turntoward.journal.models import JournalEntry


@pytest.fixture
def entries(alice: User, bob: User, carol: User) -> dict[str, JournalEntry]:
    return {
        "private": write(alice, "alice private words", title="Private one"),
        "shared": write(alice, "alice shared words", title="Shared one", shared=True),
    }


# --- pages ---------------------------------------------------------------


def test_owner_reads_both_entries_with_reflections(
    web_alice: Client, entries: dict[str, JournalEntry]
) -> None:
    for entry in entries.values():
        page = web_alice.get(f"/journal/{entry.pk}/").content.decode()
        assert entry.text in page and "Reading it back" in page


def test_partner_reads_the_shared_entry_read_only(
    web_bob: Client, entries: dict[str, JournalEntry]
) -> None:
    page = web_bob.get(f"/journal/{entries['shared'].pk}/").content.decode()
    assert "alice shared words" in page
    assert "Shared by your partner" in page
    assert "Reading it back" not in page and "Feelings" not in page
    assert "/edit/" not in page and "/delete/" not in page


@pytest.mark.parametrize("who", ["web_bob", "web_carol"])
def test_partner_and_stranger_get_404_for_a_private_entry(
    request: Any, who: str, entries: dict[str, JournalEntry]
) -> None:
    client: Client = request.getfixturevalue(who)
    assert client.get(f"/journal/{entries['private'].pk}/").status_code == 404


def test_stranger_gets_404_for_a_shared_entry(
    web_carol: Client, entries: dict[str, JournalEntry]
) -> None:
    assert web_carol.get(f"/journal/{entries['shared'].pk}/").status_code == 404


@pytest.mark.parametrize("who", ["web_bob", "web_carol"])
@pytest.mark.parametrize("which", ["private", "shared"])
@pytest.mark.parametrize(
    ("method", "suffix", "data"),
    [
        ("get", "edit/", None),
        ("post", "edit/", {"text": "changed"}),
        ("post", "emotions/", {"emotions": ["joy"]}),
        ("post", "share/", {"shared": "0"}),
        ("get", "delete/", None),
        ("post", "delete/", {}),
    ],
)
def test_only_the_owner_may_change_an_entry(
    request: Any,
    who: str,
    which: str,
    method: str,
    suffix: str,
    data: Any,
    entries: dict[str, JournalEntry],
) -> None:
    client: Client = request.getfixturevalue(who)
    entry = entries[which]
    response = getattr(client, method)(f"/journal/{entry.pk}/{suffix}", data or {})
    assert response.status_code == 404
    after = JournalEntry.objects.get(pk=entry.pk)
    assert (after.text, after.shared, after.chosen_emotions) == (
        entry.text,
        entry.shared,
        None,
    )


def test_list_and_search_hide_what_a_viewer_may_not_see(
    web_bob: Client, web_carol: Client, entries: dict[str, JournalEntry]
) -> None:
    bob_list = web_bob.get("/journal/").content.decode()
    assert "Shared one" in bob_list and "Private one" not in bob_list
    carol_list = web_carol.get("/journal/").content.decode()
    assert "Shared one" not in carol_list and "Private one" not in carol_list
    for client in (web_bob, web_carol):
        found = client.get("/journal/search/", {"q": "words"}).content.decode()
        assert "Nothing found" in found
        assert "alice shared words" not in found and "Shared one" not in found


@pytest.mark.parametrize(
    "path", ["/journal/", "/journal/write/", "/journal/search/", "/journal/1/"]
)
def test_nobody_logged_in_is_sent_to_log_in(anon: Client, path: str) -> None:
    response = anon.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


# --- API -----------------------------------------------------------------


def test_api_owner_reads_both_with_reflections(
    api_alice: ApiClient, entries: dict[str, JournalEntry]
) -> None:
    listed = api_alice.get("/journal").json()
    assert {e["id"] for e in listed} == {e.pk for e in entries.values()}
    assert all(e["mine"] and "reflections" in e for e in listed)
    for entry in entries.values():
        body = api_alice.get(f"/journal/{entry.pk}").json()
        assert body["text"] == entry.text and "reflections" in body


def test_api_partner_sees_only_the_shared_entry_without_reflections(
    api_bob: ApiClient, entries: dict[str, JournalEntry]
) -> None:
    listed = api_bob.get("/journal").json()
    assert [e["id"] for e in listed] == [entries["shared"].pk]
    body = api_bob.get(f"/journal/{entries['shared'].pk}").json()
    assert body["text"] == "alice shared words" and body["mine"] is False
    assert "reflections" not in body
    assert api_bob.get(f"/journal/{entries['private'].pk}").status_code == 404


def test_api_stranger_sees_nothing(
    api_carol: ApiClient, entries: dict[str, JournalEntry]
) -> None:
    assert api_carol.get("/journal").json() == []
    assert api_carol.get("/journal", {"q": "alice"}).json() == []
    for entry in entries.values():
        assert api_carol.get(f"/journal/{entry.pk}").status_code == 404


@pytest.mark.parametrize("who", ["api_bob", "api_carol"])
@pytest.mark.parametrize("which", ["private", "shared"])
def test_api_only_the_owner_may_change_or_delete(
    request: Any, who: str, which: str, entries: dict[str, JournalEntry]
) -> None:
    client: ApiClient = request.getfixturevalue(who)
    entry = entries[which]
    assert client.patch(f"/journal/{entry.pk}", {"text": "x"}).status_code == 404
    assert client.patch(f"/journal/{entry.pk}", {"shared": False}).status_code == 404
    assert client.delete(f"/journal/{entry.pk}").status_code == 404
    after = JournalEntry.objects.get(pk=entry.pk)
    assert (after.text, after.shared) == (entry.text, entry.shared)


def test_api_without_a_token_is_refused(
    api_anon: ApiClient, entries: dict[str, JournalEntry]
) -> None:
    assert api_anon.get("/journal").status_code == 401
    assert api_anon.post("/journal", {"text": "hi"}).status_code == 401
    pk = entries["shared"].pk
    assert api_anon.get(f"/journal/{pk}").status_code == 401
    assert api_anon.delete(f"/journal/{pk}").status_code == 401


def test_unlinking_hides_entries_that_were_shared(
    api_bob: ApiClient, alice: User, entries: dict[str, JournalEntry]
) -> None:
    from turntoward.accounts import services

    services.partner_unlink(user=alice)
    assert api_bob.get(f"/journal/{entries['shared'].pk}").status_code == 404
