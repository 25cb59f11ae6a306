"""Saving check-ins: one per person per local day, editable that day, clear refusals."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from turntoward.accounts.models import User
from turntoward.checkins.models import CheckIn
from turntoward.checkins.moods import GROUPS, MOODS
from turntoward.checkins.services import REFLECTION, checkin_save
from turntoward.core.errors import ServiceError
from turntoward.core.localtime import parse_timezone, today_in
from turntoward.safety.models import SafetyEvent

pytestmark = pytest.mark.django_db

TODAY = date(2026, 3, 10)


def save(user: User, **kw: object) -> object:
    args: dict[str, object] = {"mood": "content", "connection": 4, "today": TODAY}
    args.update(kw)
    return checkin_save(user=user, **args)  # type: ignore[arg-type]


def test_vocabulary_has_sixty_plus_words_across_every_group() -> None:
    assert len(MOODS) >= 60
    assert len({m.word for m in MOODS}) == len(MOODS)
    for key, _, _ in GROUPS:
        assert sum(m.group == key for m in MOODS) >= 5
    for mood in MOODS:
        assert -2 <= mood.energy <= 2 and -2 <= mood.pleasantness <= 2


def test_second_checkin_the_same_day_edits_the_first(alice: User) -> None:
    first = save(alice, mood="tired", connection=2)
    second = save(alice, mood="hopeful", connection=4, note="better evening")
    assert first.created and not second.created  # type: ignore[attr-defined]
    assert CheckIn.objects.filter(owner=alice).count() == 1
    stored = CheckIn.objects.get(owner=alice)
    assert (stored.mood, stored.connection, stored.note) == (
        "hopeful",
        4,
        "better evening",
    )


def test_a_past_day_can_be_filled_in_once_but_not_changed(alice: User) -> None:
    save(alice, day=date(2026, 3, 8))
    with pytest.raises(ServiceError) as caught:
        save(alice, day=date(2026, 3, 8), connection=1)
    assert caught.value.field == "date"
    assert CheckIn.objects.get(owner=alice).connection == 4


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"connection": 0}, "connection"),
        ({"connection": 6}, "connection"),
        ({"connection": True}, "connection"),
        ({"mood": "fine-ish"}, "mood"),
        ({"mood": ""}, "mood"),
        ({"day": date(2026, 3, 11)}, "date"),
        ({"note": "x" * 5001}, "note"),
        ({"emotions": ["sadness", "grumpiness"]}, "emotions"),
    ],
)
def test_bad_input_is_refused_and_nothing_saved(
    alice: User, kw: dict[str, object], field: str
) -> None:
    with pytest.raises(ServiceError) as caught:
        save(alice, **kw)
    assert caught.value.field == field
    assert not CheckIn.objects.exists()


def test_mood_words_are_matched_whatever_the_case(alice: User) -> None:
    save(alice, mood="  Cared For ")
    assert CheckIn.objects.get().mood == "cared for"


def test_crisis_note_returns_help_and_records_a_private_event(alice: User) -> None:
    result = save(alice, note="I don't want to be alive anymore")
    assert result.help is not None and result.help.reason == "crisis"  # type: ignore[attr-defined]
    assert SafetyEvent.objects.filter(owner=alice, source="checkin").count() == 1


def test_ordinary_note_needs_no_help(alice: User) -> None:
    result = save(alice, note="We cooked dinner together and laughed a lot.")
    assert result.help is None and result.reflection is None  # type: ignore[attr-defined]
    assert not SafetyEvent.objects.exists()


def test_self_invalidating_note_gets_a_validating_reflection(alice: User) -> None:
    result = save(
        alice, note="He never asked about my day, but I'm probably overreacting."
    )
    assert result.reflection == REFLECTION  # type: ignore[attr-defined]


def test_signs_in_the_note_are_kept_for_insights(alice: User) -> None:
    save(alice, note="I feel so alone even when we're in the same room.")
    assert "lonely_together" in CheckIn.objects.get().signs


def test_the_persons_chosen_emotions_win_over_suggestions(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    from turntoward.checkins import services
    from turntoward.language import Analysis

    monkeypatch.setattr(
        services,
        "_analyze",
        lambda text: Analysis(emotions=("neutral", "sadness", "grief")),
    )
    save(alice, note="a long quiet day")
    stored = CheckIn.objects.get()
    assert stored.suggested_emotions == ["sadness", "grief"]
    assert stored.emotions == []
    save(alice, note="a long quiet day", emotions=["relief"])
    stored.refresh_from_db()
    assert stored.emotions == ["relief"]
    assert stored.suggested_emotions == ["sadness", "grief"]


def test_a_failing_emotion_model_still_lets_safety_through(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    from turntoward.language import engine

    def broken(docs: object) -> None:
        raise RuntimeError("model missing")

    monkeypatch.setitem(engine.BATCH_STAGES, "emotions", broken)
    result = save(alice, note="I don't want to be alive anymore")
    assert result.help is not None  # type: ignore[attr-defined]


def test_today_is_the_persons_local_day() -> None:
    # 23:30 UTC on 9 March is already 10 March in Auckland and still 9 March in LA.
    with time_machine.travel(datetime(2026, 3, 9, 23, 30, tzinfo=UTC), tick=False):
        assert today_in(ZoneInfo("Pacific/Auckland")) == date(2026, 3, 10)
        assert today_in(ZoneInfo("America/Los_Angeles")) == date(2026, 3, 9)
        assert today_in(parse_timezone(None)) == date(2026, 3, 9)


@pytest.mark.parametrize("name", ["Mars/Olympus", "../etc/passwd", "x" * 80])
def test_unknown_time_zones_are_refused(name: str) -> None:
    with pytest.raises(ServiceError) as caught:
        parse_timezone(name)
    assert caught.value.field == "tz"
