# Check-in notes move to encryption at rest (next migration changes the field).
# Notes written before that were stored as plain text: encrypt them here, while
# the historical model still reads the column as plain text. A note that is
# already a Fernet token is left alone, so running this twice is harmless.
from __future__ import annotations

from typing import Any

from django.db import migrations

FERNET_PREFIX = "gAAAAA"


def encrypt_existing_notes(apps: Any, schema_editor: Any) -> None:
    from turntoward.core.crypto import encrypt

    CheckIn = apps.get_model("checkins", "CheckIn")
    rows = CheckIn.objects.exclude(note="").values_list("pk", "note")
    for pk, note in rows.iterator():
        if not note.startswith(FERNET_PREFIX):
            CheckIn.objects.filter(pk=pk).update(note=encrypt(note))


class Migration(migrations.Migration):
    dependencies = [("checkins", "0001_checkin_one_per_day")]

    operations = [
        migrations.RunPython(encrypt_existing_notes, migrations.RunPython.noop),
    ]
