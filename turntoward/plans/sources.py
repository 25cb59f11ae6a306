"""The few reads plans borrows from other apps, behind small adapters.

Each adapter looks its function up by name and treats a missing app, module or
function as "no data", so a plan still renders while a neighbour is being
built or is switched off. Nothing here writes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from turntoward.accounts.models import User


def _find(module: str, name: str) -> Callable[..., Any] | None:
    try:
        found = importlib.import_module(module)
    except ImportError:
        return None
    func = getattr(found, name, None)
    return func if callable(func) else None


def latest_results(*, user: User) -> dict[str, Any]:
    """Return instrument id → the user's latest stored result, or {}."""
    func = _find("turntoward.assessments.selectors", "latest_results")
    if func is None:
        return {}
    return dict(func(user=user) or {})


def partner_shared_results(*, user: User) -> dict[str, Any]:
    """Return the linked partner's latest results that they chose to share."""
    partner = user.partner if user.partner_id else None
    if partner is None or partner.partner_id != user.pk:
        return {}
    return {
        key: result
        for key, result in latest_results(user=partner).items()
        if getattr(result, "shared", False)
    }


def result_history(*, user: User) -> list[Any]:
    """Return the user's own stored results, oldest first, or []."""
    for name in ("results_for", "result_history", "results_history"):
        func = _find("turntoward.assessments.selectors", name)
        if func is None:
            continue
        try:
            rows = list(func(user=user))
        except TypeError:
            continue
        return sorted(rows, key=lambda r: getattr(r, "created_at", datetime.min))
    return list(latest_results(user=user).values())


def turn_toward_rate(
    *, user: User, direction: str, since: datetime, until: datetime | None
) -> Any:
    """Return the bids app's turn-toward rate for a window, or None."""
    func = _find("turntoward.bids.selectors", "turn_toward_rate")
    if func is None:
        return None
    return func(user=user, direction=direction, since=since, until=until)


def connection_series(
    *, user: User, since: date, until: date | None = None
) -> list[Any]:
    """Return the user's own (day, felt connection) pairs from check-ins, or []."""
    func = _find("turntoward.checkins.selectors", "connection_series")
    if func is None:
        return []
    return list(func(user=user, since=since, until=until) or [])


def abuse_screen_positive(*, user: User) -> bool:
    """Return whether the partner-abuse screen found fear or violence."""
    func = _find("turntoward.safety.selectors", "abuse_screen_positive")
    return bool(func(user=user)) if func is not None else False


def abuse_screen_needed(*, user: User) -> bool:
    """Return whether the private partner check is still to be answered."""
    func = _find("turntoward.safety.selectors", "abuse_screen_needed")
    return bool(func(user=user)) if func is not None else False


def couples_features_allowed(*, user: User) -> bool:
    """Return whether couples features (sharing, answering) may be used now.

    The safety app asks its private partner check first; without that app,
    nothing is held back.
    """
    func = _find("turntoward.safety.selectors", "couples_features_allowed")
    return bool(func(user=user)) if func is not None else True


def journal_entries(*, user: User) -> list[Any]:
    """Return the user's own journal entries (newest first), or []."""
    for name in ("journal_entries_own", "entries_for"):
        func = _find("turntoward.journal.selectors", name)
        if func is None:
            continue
        try:
            return list(func(user=user))
        except TypeError:
            continue
    return []


def journal_entry_text(entry: Any) -> str:
    """Return the readable text of a journal entry, whatever its field is called."""
    for name in ("text", "body", "content"):
        value = getattr(entry, name, None)
        if isinstance(value, str):
            return value
    return ""
