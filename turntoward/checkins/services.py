"""Check-in writes: save today's check-in (or edit it), read by the language engine."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from turntoward.checkins.models import EMOTIONS, NOTE_MAX, CheckIn
from turntoward.checkins.moods import get_mood
from turntoward.checkins.sharing import check_can_share
from turntoward.core.errors import ServiceError
from turntoward.safety.services import Help, safety_check_text

if TYPE_CHECKING:
    from turntoward.accounts.models import User

log = logging.getLogger(__name__)

SUGGESTIONS_MAX = 3
SOURCE = "checkin"

# Said after a note that argues with its own feeling. Our own words.
REFLECTION = (
    "What you felt today counts, even if part of you says it shouldn't. "
    "You don't have to earn a feeling or prove it is big enough to matter."
)


@dataclass(frozen=True)
class CheckInResult:
    """What saving a check-in did, and what to show the person now."""

    checkin: CheckIn
    created: bool
    help: Help | None
    reflection: str | None


def _analyze(text: str) -> Any:
    """Read a note; emotions are a bonus, so a failing emotion model is not fatal."""
    from turntoward.language import analyze

    try:
        return analyze(text, kind="journal")
    except Exception:  # noqa: BLE001 - safety flags must still come through
        log.warning("emotion model failed; reading the note without it")
        return analyze(text, kind="journal", emotions=False)


def _clean_inputs(
    *, mood: str, connection: Any, note: str, day: date, today: date
) -> str:
    if day > today:
        raise ServiceError(
            "A check-in can't be for a day that hasn't come yet.", field="date"
        )
    found = get_mood(mood or "")
    if found is None:
        raise ServiceError("Please pick a feeling word from the list.", field="mood")
    if isinstance(connection, bool) or connection not in range(1, 6):
        raise ServiceError(
            "Connection is a number from 1 (far apart) to 5 (very close).",
            field="connection",
        )
    if len(note) > NOTE_MAX:
        raise ServiceError(
            f"Please keep the note under {NOTE_MAX:,} characters.", field="note"
        )
    return found.word


def _clean_emotions(emotions: list[str] | None) -> list[str] | None:
    if emotions is None:
        return None
    chosen = [e.strip().lower() for e in emotions]
    unknown = sorted({e for e in chosen if e not in EMOTIONS})
    if unknown:
        raise ServiceError(
            f"These aren't emotions we know: {', '.join(unknown)}.", field="emotions"
        )
    return list(dict.fromkeys(chosen))


def _suggestions(analysis: Any) -> list[str]:
    found = [e for e in getattr(analysis, "emotions", ()) if e in EMOTIONS]
    return [e for e in found if e != "neutral"][:SUGGESTIONS_MAX]


def checkin_save(
    *,
    user: User,
    mood: str,
    connection: int,
    note: str = "",
    shared: bool = False,
    today: date,
    day: date | None = None,
    emotions: list[str] | None = None,
) -> CheckInResult:
    """Save the check-in for `day` (default: the person's today), editing today's.

    A second check-in for the same day edits the first. Days before today can
    be filled in once but not changed later; future days are refused.
    """
    day = day or today
    note = (note or "").strip()
    word = _clean_inputs(
        mood=mood, connection=connection, note=note, day=day, today=today
    )
    chosen = _clean_emotions(emotions)
    existing = CheckIn.objects.filter(owner=user, date=day).first()
    if existing is not None and day != today:
        raise ServiceError(
            "A check-in can be changed only on its own day.", field="date"
        )
    check_can_share(user, shared=shared, was_shared=bool(existing and existing.shared))
    analysis = _analyze(note) if note else None
    checkin = existing or CheckIn(owner=user, date=day)
    checkin.mood, checkin.connection, checkin.note = word, connection, note
    checkin.shared = bool(shared)
    if existing is None or note != existing.note:
        checkin.suggested_emotions = _suggestions(analysis) if analysis else []
        checkin.signs = list(analysis.signs) if analysis else []
    if chosen is not None:
        checkin.emotions = chosen
    try:
        checkin.full_clean()
        with transaction.atomic():
            checkin.save()
    except (ValidationError, IntegrityError) as exc:
        raise ServiceError(_first_message(exc), field="checkin") from exc
    help = None
    if analysis is not None:
        help = safety_check_text(user=user, text=note, source=SOURCE, analysis=analysis)
    reflection = (
        REFLECTION if analysis is not None and analysis.self_invalidation else None
    )
    return CheckInResult(
        checkin=checkin, created=existing is None, help=help, reflection=reflection
    )


def checkin_set_emotions(
    *, user: User, checkin: CheckIn, emotions: list[str]
) -> CheckIn:
    """Replace the emotions the person chose for one of their own check-ins."""
    if checkin.owner_id != user.pk:
        raise ServiceError("That check-in isn't yours.", field="emotions")
    chosen = _clean_emotions(emotions) or []
    with transaction.atomic():
        checkin.emotions = chosen
        checkin.save(update_fields=["emotions", "updated_at"])
    return checkin


def checkin_delete(*, user: User, checkin: CheckIn) -> None:
    """Delete one of the person's own check-ins."""
    if checkin.owner_id != user.pk:
        raise ServiceError("That check-in isn't yours.")
    with transaction.atomic():
        checkin.delete()


def _first_message(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return exc.messages[0] if exc.messages else "Please check the check-in."
    return "There is already a check-in for that day."
