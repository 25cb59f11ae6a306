"""The journal's reads. Each takes the requesting user and shows only what they may.

Entries are encrypted, so the database cannot search or excerpt them: search
decrypts the user's own entries in Python, a few columns at a time.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from turntoward.accounts.models import User
from turntoward.accounts.privacy import (
    get_owned_or_404,
    get_visible_or_404,
    owned_by,
    visible_to,
)
from turntoward.journal.models import JournalEntry

SEARCH_LIMIT = 100


def journal_entries_visible(*, user: Any) -> QuerySet[JournalEntry]:
    """Return the user's own entries and those their partner shared, newest first."""
    return visible_to(JournalEntry.objects.all(), viewer=user)


def journal_entries_own(*, user: Any) -> QuerySet[JournalEntry]:
    """Return only the user's own entries, newest first."""
    return owned_by(JournalEntry.objects.all(), viewer=user)


def journal_entry_visible(*, user: Any, pk: Any) -> JournalEntry:
    """Return one entry the user may read (own, or shared by the partner) or 404."""
    return get_visible_or_404(JournalEntry.objects.all(), viewer=user, pk=pk)


def journal_entry_owned(*, user: Any, pk: Any) -> JournalEntry:
    """Return one of the user's own entries or 404, even for the partner."""
    return get_owned_or_404(JournalEntry.objects.all(), viewer=user, pk=pk)


def _needle(query: str) -> str:
    return " ".join(query.split()).casefold()


def journal_search(
    *, user: Any, query: str, limit: int = SEARCH_LIMIT
) -> list[JournalEntry]:
    """Return the user's own entries whose title or text contains `query`.

    Only their own: a partner's shared entries are theirs to search. Matching
    ignores case and runs of spaces; newest first, at most `limit` entries.
    """
    needle = _needle(query)
    if not needle:
        return []
    rows = journal_entries_own(user=user).only(
        "id", "owner", "shared", "title", "text", "created_at"
    )
    found: list[JournalEntry] = []
    for entry in rows.iterator(chunk_size=500):
        haystack = f"{entry.title}\n{' '.join(entry.text.split())}".casefold()
        if needle in haystack:
            found.append(entry)
            if len(found) >= limit:
                break
    return found


def excerpt(text: str, query: str = "", width: int = 160) -> str:
    """Return a short piece of `text`, around the first match of `query` if any."""
    flat = " ".join(text.split())
    needle = _needle(query)
    at = flat.casefold().find(needle) if needle else -1
    start = max(0, at - width // 3) if at >= 0 else 0
    piece = flat[start : start + width]
    return ("…" if start else "") + piece + ("…" if start + width < len(flat) else "")


def _start(since: date | datetime) -> datetime:
    day = since.date() if isinstance(since, datetime) else since
    return timezone.make_aware(datetime.combine(day, datetime.min.time()))


def _days(since: date | datetime) -> list[date]:
    first = _start(since).date()
    today = timezone.localdate()
    return [first + timedelta(days=n) for n in range((today - first).days + 1)]


@dataclass
class SignsDay:
    """Signs noticed in one day's entries: how many in all and of each kind."""

    day: date
    entries: int = 0
    count: int = 0
    signs: dict[str, int] = field(default_factory=dict)


def signs_series(*, user: User, since: date | datetime) -> list[SignsDay]:
    """Return per-day counts of signs noticed in the user's own entries.

    One item per day from `since` to today (the site's time zone), days
    without entries included with zeros, oldest first. Reads only the stored
    labels: nothing is decrypted.
    """
    days = {day: SignsDay(day=day) for day in _days(since)}
    rows = journal_entries_own(user=user).filter(created_at__gte=_start(since))
    for created, signs in rows.values_list("created_at", "signs"):
        item = days.get(timezone.localtime(created).date())
        if item is None:
            continue
        item.entries += 1
        for sign in signs or []:
            item.count += 1
            item.signs[sign] = item.signs.get(sign, 0) + 1
    return list(days.values())


@dataclass
class EmotionsDay:
    """Emotions in one day's entries: the owner's choice where made, else ours."""

    day: date
    entries: int = 0
    emotions: dict[str, int] = field(default_factory=dict)

    @property
    def range(self) -> int:
        """Return how many different emotions were named that day."""
        return len(self.emotions)


def emotions_series(*, user: User, since: date | datetime) -> list[EmotionsDay]:
    """Return per-day emotions chosen (or, if not yet chosen, recognised).

    One item per day from `since` to today, empty days included, oldest first;
    for charts of emotional range. Nothing is decrypted.
    """
    days = {day: EmotionsDay(day=day) for day in _days(since)}
    rows = journal_entries_own(user=user).filter(created_at__gte=_start(since))
    values = rows.values_list("created_at", "chosen_emotions", "recognised_emotions")
    for created, chosen, recognised in values:
        item = days.get(timezone.localtime(created).date())
        if item is None:
            continue
        item.entries += 1
        counts = Counter(item.emotions)
        counts.update(chosen if chosen is not None else recognised or [])
        item.emotions = dict(counts)
    return list(days.values())


def journal_export(user: User) -> list[dict[str, Any]]:
    """Return the user's own entries, decrypted, for their own export."""
    return [
        {
            "created_at": entry.created_at.isoformat(),
            "edited_at": entry.edited_at.isoformat() if entry.edited_at else None,
            "title": entry.title,
            "text": entry.text,
            "shared": entry.shared,
            "prompt": entry.prompt,
            "signs": entry.signs,
            "self_invalidation": entry.self_invalidation,
            "recognised_emotions": entry.recognised_emotions,
            "chosen_emotions": entry.chosen_emotions,
        }
        for entry in journal_entries_own(user=user).iterator(chunk_size=500)
    ]
