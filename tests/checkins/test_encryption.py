"""Check-in notes are encrypted at rest, and older plain notes get encrypted."""

from __future__ import annotations

import importlib
from datetime import date

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from turntoward.accounts.models import User
from turntoward.checkins.models import CheckIn
from turntoward.checkins.services import checkin_save

pytestmark = pytest.mark.django_db

MARKER = "zebra-lantern-4417"
TODAY = date(2026, 3, 10)


def _raw_notes() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT note FROM checkins_checkin")
        return [row[0] for row in cursor.fetchall()]


def test_check_in_notes_are_not_stored_in_plaintext(alice: User) -> None:
    checkin_save(
        user=alice, mood="tired", connection=3, today=TODAY, note=f"A {MARKER} day."
    )
    (raw,) = _raw_notes()
    assert MARKER not in raw and raw.startswith("gAAAA")
    assert CheckIn.objects.get().note == f"A {MARKER} day."


def test_migration_encrypts_notes_written_before_and_skips_tokens(
    alice: User,
) -> None:
    checkin_save(
        user=alice, mood="tired", connection=3, today=TODAY, note="already locked"
    )
    (token,) = _raw_notes()
    # The models as that data migration sees them: notes still plain text.
    state = MigrationLoader(connection).project_state(
        ("checkins", "0002_encrypt_existing_checkin_notes")
    )
    PlainCheckIn = state.apps.get_model("checkins", "CheckIn")
    PlainCheckIn.objects.create(
        owner_id=alice.pk, date="2026-01-02", mood="calm", connection=4,
        note=f"old {MARKER}",
    )  # fmt: skip
    migration = importlib.import_module(
        "turntoward.checkins.migrations.0002_encrypt_existing_checkin_notes"
    )
    migration.encrypt_existing_notes(state.apps, None)
    raw = _raw_notes()
    assert token in raw  # an already encrypted note is left alone
    assert all(MARKER not in note and note.startswith("gAAAA") for note in raw)
    notes = sorted(c.note for c in CheckIn.objects.all())
    assert notes == ["already locked", f"old {MARKER}"]
