"""Whether a person may share a daily-loop record with their partner right now.

Sharing is a couples feature: it needs a linked partner (sharing while alone
would quietly show the record to whoever links later) and waits for the safety
layer's private partner check. Making something private again never waits.
"""

from __future__ import annotations

from typing import Any

from turntoward.core.errors import ServiceError
from turntoward.safety.selectors import couples_features_allowed, couples_gate_reason

NOT_LINKED = "Link with your partner first; until then this stays yours."
# The API's reason names an endpoint; a page says it in words and links the check.
WEB_GATE = "Before sharing, please answer one short private question first."


def add_form_error(form: Any, exc: ServiceError) -> None:
    """Put a service's refusal on a form, in words a page should use.

    Sharing refusals go on the whole form: the share box may not be on the page.
    """
    if exc.code in {"couples_gate", "not_linked"}:
        form.add_error(None, WEB_GATE if exc.code == "couples_gate" else exc.message)
        return
    form.add_error(exc.field if exc.field in form.fields else None, exc.message)


def check_can_share(user: Any, *, shared: bool, was_shared: bool = False) -> None:
    """Raise ServiceError if `user` may not newly share a record."""
    if not shared or was_shared:
        return
    if getattr(user, "partner_id", None) is None:
        raise ServiceError(NOT_LINKED, field="shared", code="not_linked")
    reason = couples_gate_reason(user)
    if reason is not None:
        raise ServiceError(reason, field="shared", code="couples_gate")


def sharing_state(user: Any) -> str | None:
    """Return "ok", "check" (partner check first) or None (no partner linked)."""
    if getattr(user, "partner_id", None) is None:
        return None
    return "ok" if couples_features_allowed(user=user) else "check"
