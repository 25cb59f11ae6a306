"""The journal's writes: limits, what the engine noticed, feelings, sharing."""

from __future__ import annotations

from typing import Any

import pytest

from tests.journal.conftest import reading, write
from turntoward.accounts import services as account_services
from turntoward.accounts.models import User
from turntoward.core.errors import ServiceError
from turntoward.journal import services
from turntoward.journal.models import JournalEntry
from turntoward.journal.prompts import PROMPTS
from turntoward.journal.reflections import reflect
from turntoward.safety.models import SafetyEvent


def test_entry_keeps_text_title_and_prompt(alice: User) -> None:
    entry = write(alice, "We walked by the river.", title="Sunday", prompt="unsaid")
    entry = JournalEntry.objects.get(pk=entry.pk)
    assert (entry.text, entry.title, entry.prompt) == (
        "We walked by the river.",
        "Sunday",
        "unsaid",
    )
    assert entry.shared is False and entry.edited_at is None


def test_entry_over_100000_characters_is_refused_and_nothing_saved(
    alice: User,
) -> None:
    with pytest.raises(ServiceError) as info:
        write(alice, "a" * 100_001)
    assert info.value.field == "text"
    assert "100,000" in info.value.message
    assert not JournalEntry.objects.exists()


def test_entry_of_exactly_100000_characters_is_kept(alice: User) -> None:
    entry = write(alice, "b" * 100_000)
    assert len(JournalEntry.objects.get(pk=entry.pk).text) == 100_000


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_empty_entry_is_refused(alice: User, text: str) -> None:
    with pytest.raises(ServiceError):
        write(alice, text)
    assert not JournalEntry.objects.exists()


def test_overlong_title_is_refused(alice: User) -> None:
    with pytest.raises(ServiceError) as info:
        write(alice, "fine", title="t" * 201)
    assert info.value.field == "title"


def test_engine_reads_entry_and_keeps_only_labels(alice: User) -> None:
    saved = services.journal_entry_create(
        user=alice,
        text="I feel so alone even when we're together. Maybe I'm too sensitive.",
    )
    entry = JournalEntry.objects.get(pk=saved.entry.pk)
    assert entry.signs == ["lonely_together"]
    assert entry.self_invalidation is True
    assert saved.help is None


def test_self_invalidation_is_met_with_validation() -> None:
    found = reflect(signs=[], self_invalidation=True, emotions=[])
    assert found.validation and "makes sense" in found.validation


def test_each_sign_gets_a_warm_sentence() -> None:
    from turntoward.language import SIGN_IDS

    found = reflect(signs=SIGN_IDS, self_invalidation=False, emotions=[])
    assert [s["id"] for s in found.signs] == list(SIGN_IDS)
    assert all(s["text"].startswith("It sounds like") for s in found.signs)
    assert "alone even when you're together" in found.signs[0]["text"]


def test_crisis_entry_returns_help_and_records_a_private_event(alice: User) -> None:
    saved = services.journal_entry_create(
        user=alice, text="Some nights I want to kill myself."
    )
    assert saved.help is not None and saved.help.reason == "crisis"
    assert SafetyEvent.objects.filter(owner=alice, source="journal").count() == 1
    assert saved.entry.recognised_emotions == []


def test_abuse_entry_returns_help(alice: User) -> None:
    saved = services.journal_entry_create(
        user=alice, text="He hit me and I am scared of him."
    )
    assert saved.help is not None and saved.help.reason == "abuse"


def test_suggested_emotions_come_from_the_engine_without_neutral(
    alice: User,
) -> None:
    emotions = ("neutral", "disappointment", "sadness", "grief", "fear", "joy", "love")
    entry = write(alice, analysis=reading(emotions=emotions))
    assert entry.recognised_emotions == [
        "disappointment",
        "sadness",
        "grief",
        "fear",
        "joy",
    ]
    found = reflect(
        signs=[], self_invalidation=False, emotions=entry.recognised_emotions
    )
    assert found.suggested == ["disappointment", "sadness", "grief"]
    assert found.question == (
        "It sounds like there may be disappointment, sadness and grief here. "
        "Does that fit?"
    )


def test_without_emotions_the_question_is_left_open(alice: User) -> None:
    entry = write(alice, analysis=reading(emotions=()))
    found = reflect(signs=[], self_invalidation=False, emotions=entry.emotions)
    assert found.suggested == [] and "What do you feel" in found.question


def test_owner_accepting_suggested_emotions_keeps_them(alice: User) -> None:
    entry = write(alice, analysis=reading(emotions=("sadness", "disappointment")))
    services.journal_entry_choose_emotions(
        user=alice, entry=entry, emotions=["sadness", "disappointment"]
    )
    entry.refresh_from_db()
    assert entry.chosen_emotions == ["disappointment", "sadness"]
    assert entry.emotions_chosen


def test_owner_correction_wins_over_the_engine(alice: User) -> None:
    entry = write(alice, analysis=reading(emotions=("joy",)))
    services.journal_entry_choose_emotions(
        user=alice, entry=entry, emotions=["grief", "love"]
    )
    entry.refresh_from_db()
    assert entry.emotions == ["grief", "love"]
    assert entry.recognised_emotions == ["joy"]


def test_owner_can_say_none_of_the_suggestions_fit(alice: User) -> None:
    entry = write(alice, analysis=reading(emotions=("joy",)))
    services.journal_entry_choose_emotions(user=alice, entry=entry, emotions=[])
    entry.refresh_from_db()
    assert entry.chosen_emotions == [] and entry.emotions == []


def test_unknown_emotion_is_refused(alice: User) -> None:
    entry = write(alice)
    with pytest.raises(ServiceError) as info:
        services.journal_entry_choose_emotions(
            user=alice, entry=entry, emotions=["sadness", "hangry"]
        )
    assert info.value.field == "emotions"
    entry.refresh_from_db()
    assert entry.chosen_emotions is None


def test_editing_the_words_reads_them_again_and_keeps_chosen_feelings(
    alice: User,
) -> None:
    entry = write(alice, analysis=reading(emotions=("joy",)))
    services.journal_entry_choose_emotions(user=alice, entry=entry, emotions=["love"])
    saved = services.journal_entry_update(
        user=alice,
        entry=entry,
        text="new words",
        analysis=reading(signs=("unmet_needs",), emotions=("sadness",)),
    )
    entry = JournalEntry.objects.get(pk=saved.entry.pk)
    assert entry.text == "new words" and entry.edited_at is not None
    assert entry.signs == ["unmet_needs"]
    assert entry.recognised_emotions == ["sadness"]
    assert entry.chosen_emotions == ["love"]


def test_failed_edit_changes_nothing(alice: User) -> None:
    entry = write(alice, "before", title="kept")
    with pytest.raises(ServiceError):
        services.journal_entry_update(
            user=alice, entry=entry, title="new", text="x" * 100_001
        )
    entry = JournalEntry.objects.get(pk=entry.pk)
    assert (entry.text, entry.title) == ("before", "kept")


def test_nobody_but_the_owner_can_change_an_entry(alice: User, bob: User) -> None:
    entry = write(alice, shared=True)
    with pytest.raises(ServiceError):
        services.journal_entry_update(user=bob, entry=entry, text="mine now")
    with pytest.raises(ServiceError):
        services.journal_entry_delete(user=bob, entry=entry)
    assert JournalEntry.objects.get(pk=entry.pk).text == "A quiet evening."


def test_sharing_needs_a_partner_link(carol: User) -> None:
    with pytest.raises(ServiceError) as info:
        write(carol, shared=True)
    assert info.value.field == "shared"
    entry = write(carol)
    with pytest.raises(ServiceError):
        services.journal_entry_share(user=carol, entry=entry, shared=True)
    assert JournalEntry.objects.get(pk=entry.pk).shared is False


def test_share_and_unshare_one_entry(alice: User, bob: User) -> None:
    entry, other = write(alice), write(alice)
    services.journal_entry_share(user=alice, entry=entry, shared=True)
    assert JournalEntry.objects.get(pk=entry.pk).shared is True
    assert JournalEntry.objects.get(pk=other.pk).shared is False
    services.journal_entry_share(user=alice, entry=entry, shared=False)
    assert JournalEntry.objects.get(pk=entry.pk).shared is False


def test_unlinking_makes_shared_entries_private(alice: User, bob: User) -> None:
    entry = write(alice, shared=True)
    account_services.partner_unlink(user=alice)
    assert JournalEntry.objects.get(pk=entry.pk).shared is False


def test_deleting_the_account_deletes_its_entries(alice: User) -> None:
    write(alice)
    alice.delete()
    assert not JournalEntry.objects.exists()


def test_at_least_twelve_prompts_from_three_steps() -> None:
    assert len(PROMPTS) >= 12
    assert len({p.id for p in PROMPTS}) == len(PROMPTS)
    assert {p.step for p in PROMPTS} == {
        "reconnect_emotions",
        "validate_feelings",
        "needs",
    }


def test_a_broken_emotion_model_still_reads_the_entry_for_safety() -> None:
    from turntoward.language import analyze
    from turntoward.language.emotions import EmotionModelError

    def engine(text: str, *, kind: str, emotions: bool = True) -> Any:
        if emotions:
            raise EmotionModelError("emotion model file is corrupt")
        return analyze(text, kind=kind, emotions=False)

    found = services.read_entry("I want to kill myself.", engine=engine)
    assert found.crisis and found.emotions == ()
