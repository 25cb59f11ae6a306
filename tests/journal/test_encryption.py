"""Journal words are encrypted at rest, survive key rotation; a wrong key stops us."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from django.db import connection

from tests.journal.conftest import write
from turntoward.accounts.models import User
from turntoward.core import crypto
from turntoward.journal.models import JournalEntry

MARKER = "zebra-lantern-7741"


def _raw_columns() -> list[tuple[str, str]]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT title, text FROM journal_journalentry")
        return list(cursor.fetchall())


def test_journal_words_are_not_stored_in_plaintext(alice: User) -> None:
    write(alice, f"Today I felt {MARKER} all day.", title=f"About {MARKER}")
    (title, text) = _raw_columns()[0]
    assert MARKER not in title and MARKER not in text
    assert text.startswith("gAAAA")  # a Fernet token
    entry = JournalEntry.objects.get()
    assert MARKER in entry.text and MARKER in entry.title


@pytest.mark.django_db(transaction=True)
def test_journal_words_are_not_in_the_database_file(
    tmp_path: Path, alice: User
) -> None:
    if connection.vendor != "sqlite":
        pytest.skip("reads an SQLite file's bytes")
    write(alice, f"Today I felt {MARKER} all day.", title=f"About {MARKER}")
    copy = tmp_path / "copy.sqlite3"
    with connection.cursor() as cursor:
        # The test database lives in memory; write it out to a real file.
        cursor.execute("VACUUM INTO %s", [str(copy)])
    raw = copy.read_bytes()
    assert b"journal_journalentry" in raw
    assert MARKER.encode() not in raw
    assert MARKER.encode("utf-16-le") not in raw


def _entries(user: User, count: int) -> dict[int, str]:
    texts = {}
    for n in range(count):
        entry = write(user, f"entry {n} {MARKER}", title=f"t{n}" if n % 2 else "")
        texts[entry.pk] = entry.text
    return texts


def _all_readable(texts: dict[int, str]) -> None:
    crypto.reset_key_cache()
    found = {e.pk: e.text for e in JournalEntry.objects.all()}
    assert found == texts


def test_rotation_keeps_every_entry_readable(alice: User, own_key: Path) -> None:
    texts = _entries(alice, 5)
    old_key = (own_key / crypto.KEY_FILE).read_text()
    old_raw = _raw_columns()
    assert crypto.rotate_keys() == 5 + 2  # texts, plus the titles that are set
    new_key = (own_key / crypto.KEY_FILE).read_text()
    assert new_key != old_key and len(new_key.split()) == 1
    assert not (own_key / (crypto.KEY_FILE + ".rotating")).exists()
    assert all(a != b for a, b in zip(_raw_columns(), old_raw, strict=True))
    _all_readable(texts)
    # The old key alone no longer reads anything.
    (own_key / crypto.KEY_FILE).write_text(old_key)
    crypto.reset_key_cache()
    with pytest.raises(crypto.DecryptionError):
        crypto.verify_can_decrypt()


class Crash(Exception):
    pass


def test_rotation_resumes_after_a_crash_part_way(alice: User, own_key: Path) -> None:
    texts = _entries(alice, 450)  # rotation rewrites in batches of 200

    def crash_after_first_batch(label: str, done: int, total: int) -> None:
        if label == "journal.JournalEntry" and done >= 200:
            raise Crash

    with pytest.raises(Crash):
        crypto.rotate_keys(progress=crash_after_first_batch)
    # Part-way: the key file holds the new key and the old one, so all is readable.
    keys = (own_key / crypto.KEY_FILE).read_text().split()
    assert len(keys) == 2
    assert (own_key / (crypto.KEY_FILE + ".rotating")).exists()
    _all_readable(texts)
    new_key = Fernet(keys[0].encode())
    under_new = sum(1 for token in _tokens() if _opens(new_key, token))
    assert 200 <= under_new < 450 + 225

    assert crypto.rotate_keys() == 450 + 225
    assert (own_key / crypto.KEY_FILE).read_text().split() == [keys[0]]
    _all_readable(texts)
    assert all(_opens(new_key, token) for token in _tokens())


def _tokens() -> list[str]:
    return [value for row in _raw_columns() for value in row if value]


def _opens(key: Fernet, token: str) -> bool:
    try:
        key.decrypt(token.encode())
    except Exception:
        return False
    return True


def test_a_different_key_is_refused_naming_where_the_key_lives(
    alice: User, own_key: Path, monkeypatch: Any
) -> None:
    write(alice, "private words")
    monkeypatch.setenv(crypto.KEY_ENV, Fernet.generate_key().decode())
    crypto.reset_key_cache()
    with pytest.raises(crypto.DecryptionError) as info:
        crypto.verify_can_decrypt()
    message = str(info.value)
    assert crypto.KEY_ENV in message
    assert str(own_key / crypto.KEY_FILE) in message


def test_a_missing_key_file_is_refused(alice: User, own_key: Path) -> None:
    write(alice, "private words")
    shutil.move(own_key / crypto.KEY_FILE, own_key / "moved-away")
    crypto.reset_key_cache()
    with pytest.raises(crypto.DecryptionError) as info:
        crypto.verify_can_decrypt()
    assert str(own_key / crypto.KEY_FILE) in str(info.value)
    assert "missing" in str(info.value)
    # No new key is quietly made in its place.
    assert not (own_key / crypto.KEY_FILE).exists()


def test_a_wrong_key_never_shows_garbage_on_a_page(
    alice: User, web_alice: Any, monkeypatch: Any
) -> None:
    entry = write(alice, "private words")
    monkeypatch.setenv(crypto.KEY_ENV, Fernet.generate_key().decode())
    crypto.reset_key_cache()
    with pytest.raises(crypto.DecryptionError):
        JournalEntry.objects.get(pk=entry.pk)


def test_the_right_key_from_the_environment_is_accepted(
    alice: User, own_key: Path, monkeypatch: Any
) -> None:
    write(alice, "private words")
    monkeypatch.setenv(crypto.KEY_ENV, (own_key / crypto.KEY_FILE).read_text())
    crypto.reset_key_cache()
    crypto.verify_can_decrypt()
    assert JournalEntry.objects.get().text == "private words"


def test_key_file_is_private_to_its_owner(alice: User, own_key: Path) -> None:
    write(alice, "private words")
    assert (own_key / crypto.KEY_FILE).stat().st_mode & 0o777 == 0o600


def test_rotation_with_the_key_in_the_environment_uses_the_first_key(
    alice: User, own_key: Path, monkeypatch: Any
) -> None:
    old = Fernet.generate_key().decode()
    monkeypatch.setenv(crypto.KEY_ENV, old)
    crypto.reset_key_cache()
    texts = _entries(alice, 3)
    with pytest.raises(crypto.ConfigError, match="put.* a new key first"):
        crypto.rotate_keys()
    new = Fernet.generate_key().decode()
    monkeypatch.setenv(crypto.KEY_ENV, f"{new},{old}")
    assert crypto.rotate_keys() == 3 + 1
    monkeypatch.setenv(crypto.KEY_ENV, new)  # the old key is dropped
    _all_readable(texts)
    assert not (own_key / crypto.KEY_FILE).exists()
