"""Everything a person owns, as JSON and as a readable HTML page, in one ZIP."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

from django.template.loader import render_to_string
from django.utils import timezone

from turntoward.accounts.models import User
from turntoward.core.registry import register_user_data, user_data_parts

EXPORT_FORMAT = "turntoward-export"
EXPORT_VERSION = 1


def _account_part(user: User) -> dict[str, Any]:
    return {
        "email": user.email,
        "role": user.role,
        "country": user.country,
        "joined": user.date_joined.isoformat(),
        "privacy_notice_read": (
            user.privacy_accepted_at.isoformat() if user.privacy_accepted_at else None
        ),
        "linked_with_partner": user.partner_id is not None,
    }


def register() -> None:
    """Offer the account's own fields to the export."""
    register_user_data("account", title="Your account", export=_account_part)


def user_export_data(*, user: User) -> dict[str, Any]:
    """Return everything `user` owns, part by part, as plain JSON-ready data."""
    data: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": timezone.now().isoformat(),
    }
    for part in user_data_parts():
        data[part.name] = part.export(user)
    return data


def export_filename() -> str:
    """Return a plain file name that says nothing about what the app is."""
    return f"export-{timezone.now():%Y-%m-%d}.zip"


def user_export_zip(*, user: User) -> bytes:
    """Return a ZIP with `export.json` and a readable `export.html`."""
    data = user_export_data(user=user)
    titles = {part.name: part.title for part in user_data_parts()}
    sections = [
        {"title": titles.get(name, name), "body": json.dumps(value, indent=2)}
        for name, value in data.items()
        if name in titles
    ]
    html = render_to_string(
        "accounts/export.html",
        {"sections": sections, "exported_at": data["exported_at"]},
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("export.json", json.dumps(data, indent=2, ensure_ascii=False))
        archive.writestr("export.html", html)
    return buffer.getvalue()
