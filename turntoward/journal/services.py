"""The journal's writes: create, edit, share, choose emotions, delete.

Every entry is read by the language engine as it is written; what the engine
noticed is kept as labels on the entry and any crisis or abuse goes to the
safety layer, which decides whether to show help.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from turntoward.accounts.models import User
from turntoward.core.errors import ServiceError
from turntoward.core.feelings import EMOTION_LABELS
from turntoward.journal.models import JournalEntry
from turntoward.journal.prompts import PROMPT_IDS
from turntoward.journal.reflections import recognised
from turntoward.language import Analysis, analyze
from turntoward.safety.services import Help, safety_check_text

logger = logging.getLogger(__name__)

MAX_TEXT = 100_000
MAX_TITLE = 200
SOURCE = "journal"


@dataclass(frozen=True)
class Saved:
    """An entry just written, and the help to show if the words called for it."""

    entry: JournalEntry
    help: Help | None


def _emotion_model_errors() -> tuple[type[Exception], ...]:
    try:
        from turntoward.language.emotions import EmotionModelError
    except ImportError:  # the emotion model isn't part of this install
        return ()
    return (EmotionModelError,)


def read_entry(text: str, *, engine: Callable[..., Analysis] = analyze) -> Analysis:
    """Return what the language engine notices in a journal entry.

    A broken emotion model must not lose someone's entry or skip the safety
    check: it is logged loudly and the entry is read without emotions.
    """
    try:
        return engine(text, kind="journal")
    except _emotion_model_errors() as exc:
        logger.error("Journal entry read without emotions: %s", exc)
        return engine(text, kind="journal", emotions=False)


def _clean_text(text: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise ServiceError("Write a few words first.", field="text")
    if len(text) > MAX_TEXT:
        raise ServiceError(
            f"An entry can be up to {MAX_TEXT:,} characters; this one has "
            f"{len(text):,}. Try splitting it into two entries.",
            field="text",
        )
    return text


def _clean_title(title: str) -> str:
    title = (title or "").strip()
    if len(title) > MAX_TITLE:
        raise ServiceError(
            f"A title can be up to {MAX_TITLE} characters.", field="title"
        )
    return title


def _clean_emotions(emotions: Iterable[str]) -> list[str]:
    if isinstance(emotions, str):
        emotions = [emotions]
    chosen = set(emotions)
    unknown = sorted(str(label) for label in chosen - set(EMOTION_LABELS))
    if unknown:
        raise ServiceError(
            f"We don't know the feeling {unknown[0]!r}.", field="emotions"
        )
    return [label for label in EMOTION_LABELS if label in chosen]


def _check_can_share(user: User, shared: bool | None) -> None:
    # Sharing while unlinked would quietly show the entry to a future partner.
    if shared and user.partner_id is None:
        raise ServiceError(
            "Link with your partner first; until then your journal stays yours.",
            field="shared",
        )


def _apply_analysis(entry: JournalEntry, analysis: Analysis) -> None:
    entry.signs = list(analysis.signs)
    entry.self_invalidation = bool(analysis.self_invalidation)
    # Guessing feelings back at someone in crisis would be out of place; the
    # help panel speaks first and they can still name their feelings.
    danger = analysis.crisis or analysis.abuse
    entry.recognised_emotions = [] if danger else recognised(analysis.emotions)


def _check_safety(user: User, text: str, analysis: Analysis) -> Help | None:
    return safety_check_text(
        user=user, text=text, source=SOURCE, kind="journal", analysis=analysis
    )


def journal_entry_create(
    *,
    user: User,
    text: str,
    title: str = "",
    shared: bool = False,
    prompt: str = "",
    analysis: Analysis | None = None,
) -> Saved:
    """Write a new entry, read it with the engine, and return any help to show."""
    text = _clean_text(text)
    title = _clean_title(title)
    _check_can_share(user, shared)
    if analysis is None:
        analysis = read_entry(text)
    entry = JournalEntry(
        owner=user,
        text=text,
        title=title,
        shared=bool(shared),
        prompt=prompt if prompt in PROMPT_IDS else "",
    )
    _apply_analysis(entry, analysis)
    entry.full_clean()
    with transaction.atomic():
        entry.save()
        help = _check_safety(user, text, analysis)
    return Saved(entry=entry, help=help)


def _owned(user: User, entry: JournalEntry) -> None:
    if entry.owner_id != user.pk:
        # Callers fetch through the privacy selectors; this is a second lock.
        raise ServiceError("Only the person who wrote an entry can change it.")


def journal_entry_update(
    *,
    user: User,
    entry: JournalEntry,
    text: str | None = None,
    title: str | None = None,
    shared: bool | None = None,
    emotions: Iterable[str] | None = None,
    analysis: Analysis | None = None,
) -> Saved:
    """Change an entry's words, title, sharing or chosen feelings.

    New words are read again by the engine; the owner's chosen feelings stay
    theirs until they change them.
    """
    _owned(user, entry)
    text = None if text is None else _clean_text(text)
    title = None if title is None else _clean_title(title)
    chosen = None if emotions is None else _clean_emotions(emotions)
    _check_can_share(user, shared)
    help = None
    with transaction.atomic():
        if title is not None:
            entry.title = title
        if shared is not None:
            entry.shared = bool(shared)
        if chosen is not None:
            entry.chosen_emotions = chosen
        if text is not None and text != entry.text:
            if analysis is None:
                analysis = read_entry(text)
            entry.text = text
            entry.edited_at = timezone.now()
            _apply_analysis(entry, analysis)
            help = _check_safety(user, text, analysis)
        entry.full_clean()
        entry.save()
    return Saved(entry=entry, help=help)


def journal_entry_share(*, user: User, entry: JournalEntry, shared: bool) -> None:
    """Share one entry with the linked partner, or make it private again."""
    _owned(user, entry)
    _check_can_share(user, shared)
    with transaction.atomic():
        JournalEntry.objects.filter(pk=entry.pk).update(shared=bool(shared))
    entry.shared = bool(shared)


def journal_entry_choose_emotions(
    *, user: User, entry: JournalEntry, emotions: Iterable[str]
) -> JournalEntry:
    """Store the emotions the owner says fit; their choice wins over the engine's."""
    _owned(user, entry)
    chosen = _clean_emotions(emotions)
    with transaction.atomic():
        entry.chosen_emotions = chosen
        entry.save(update_fields=["chosen_emotions", "updated_at"])
    return entry


def journal_entry_delete(*, user: User, entry: JournalEntry) -> None:
    """Delete one of the user's own entries for good."""
    _owned(user, entry)
    with transaction.atomic():
        entry.delete()
