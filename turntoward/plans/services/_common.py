"""Checks every plans service shares: clean text, size limits, the safety check."""

from __future__ import annotations

from typing import Any

from turntoward.accounts.models import User
from turntoward.core.errors import ServiceError
from turntoward.plans import sources
from turntoward.safety.services import Help, safety_check_text

SHORT_MAX = 300
NOTE_MAX = 2000
COACH_MAX = 2000


def clean_text(
    value: Any, *, field: str, label: str, limit: int, required: bool = True
) -> str:
    """Return `value` stripped, or raise a clear error when empty or too long."""
    text = value.strip() if isinstance(value, str) else ""
    if value is not None and not isinstance(value, str):
        raise ServiceError(f"{label} must be text.", field=field)
    if required and not text:
        raise ServiceError(f"Please write something for {label.lower()}.", field=field)
    if len(text) > limit:
        raise ServiceError(
            f"{label} is too long: please keep it under {limit} characters "
            f"(it has {len(text)}).",
            field=field,
        )
    return text


def check_safety(
    *, user: User, texts: list[str], source: str, kind: str = "journal"
) -> Help | None:
    """Read what the user wrote for crisis or abuse; return help if it is needed."""
    joined = "\n".join(t for t in texts if t)
    if not joined.strip():
        return None
    return safety_check_text(user=user, text=joined, source=source, kind=kind)


SCREEN_FIRST = (
    "Before sharing with your partner or answering their requests, please take "
    "the short private check on the Help page. Only you will see it."
)
SHARING_PAUSED = (
    "After what you told us in the private check, sharing with your partner is "
    "paused, to keep you safe. You can review that choice on the Help page."
)


def require_couples(user: User, *, field: str = "shared") -> None:
    """Refuse couples actions while unlinked or before the private partner check."""
    if user.partner_id is None:
        raise ServiceError(
            "You're not linked with a partner, so there's no one to share with.",
            field=field,
            code="not_linked",
        )
    if not sources.couples_features_allowed(user=user):
        if sources.abuse_screen_needed(user=user):
            raise ServiceError(SCREEN_FIRST, field=field, code="screen_needed")
        raise ServiceError(SHARING_PAUSED, field=field, code="sharing_paused")
