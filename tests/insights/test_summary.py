"""The weekly summary and the "harder lately" signal: plain rules, reasons shown."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from turntoward.accounts.models import Role, User
from turntoward.bids.selectors import RateCounts
from turntoward.insights.selectors import Day, History
from turntoward.insights.summary import harder_lately, weekly_summary

TODAY = date(2027, 6, 15)


def history(
    recent: int | None,
    before: int | None,
    *,
    toward: int = 0,
    away: int = 0,
    days: int = 14,
    partner: dict[date, int] | None = None,
    mood: str = "tired",
    signs: tuple[str, ...] = (),
) -> History:
    """Build 28 days: `days` check-ins in each fortnight, bids on the last day."""
    found: dict[date, Day] = {}
    for offset in range(28):
        day = TODAY - timedelta(days=offset)
        value = recent if offset < 14 else before
        has = value is not None and offset % 14 < days
        bids = {}
        if offset == 0 and toward + away:
            bids = {"made": RateCounts(toward=toward, away=away)}
        if has or bids:
            found[day] = Day(
                day=day,
                connection=value if has else None,
                mood=mood if has else None,
                signs=signs if has else (),
                bids=bids,
            )
    return History(
        since=TODAY - timedelta(days=89),
        until=TODAY,
        days=found,
        partner=partner or {},
        journal_signs={},
    )


class Someone:
    role = Role.NEGLECTED


def test_signal_fires_when_connection_drops_a_point_and_few_bids_are_met() -> None:
    signal = harder_lately(
        history=history(2, 4, toward=1, away=4), today=TODAY, user=Someone()
    )
    assert signal.active
    assert (
        "2.0 out of 5" in signal.reasons[0] and "down 2.0 from 4.0" in signal.reasons[0]
    )
    assert "1 were met with a turn toward (20%)" in signal.reasons[1]
    assert [s["id"] for s in signal.steps] == ["communicate_gently", "set_expectations"]
    assert all(s["url"].startswith("/plan/#step-") for s in signal.steps)


def test_signal_stays_quiet_when_most_bids_are_still_met() -> None:
    signal = harder_lately(
        history=history(2, 4, toward=4, away=1), today=TODAY, user=Someone()
    )
    assert not signal.active and not signal.steps
    assert "(80%)" in signal.reasons[1]


def test_signal_stays_quiet_for_a_drop_under_one_point() -> None:
    signal = harder_lately(
        history=history(3, 3, toward=0, away=5), today=TODAY, user=Someone()
    )
    assert not signal.active
    assert "about the same as" in signal.reasons[0]


def test_signal_exactly_one_point_down_at_just_under_half_fires() -> None:
    signal = harder_lately(
        history=history(3, 4, toward=2, away=3), today=TODAY, user=Someone()
    )
    assert signal.active


def test_signal_needs_enough_check_ins_and_bids_to_say_anything() -> None:
    thin = harder_lately(
        history=history(1, 5, days=2, away=5), today=TODAY, user=Someone()
    )
    assert not thin.active and "at least 3 check-ins" in thin.reasons[0]
    no_bids = harder_lately(history=history(1, 5), today=TODAY, user=Someone())
    assert not no_bids.active and "Fewer than 3 bids" in no_bids.reasons[1]


def test_signal_offers_presence_steps_to_someone_who_may_be_hard_to_reach() -> None:
    class Reacher:
        role = Role.NEGLECTING

    signal = harder_lately(history=history(1, 4, away=5), today=TODAY, user=Reacher())
    assert [s["id"] for s in signal.steps] == ["be_present", "express_emotions"]


def test_weekly_summary_in_plain_words() -> None:
    shared = {TODAY: 4, TODAY - timedelta(days=1): 5, TODAY - timedelta(days=9): 1}
    lines = weekly_summary(
        history=history(
            2, 4, toward=3, away=1, partner=shared, signs=("lonely_together",)
        ),
        today=TODAY,
    )
    text = " ".join(lines)
    assert "You checked in on 7 of the last 7 days" in text
    assert "averaged 2.0 out of 5, about the same as the week before" in text
    assert "“tired” (7 times)" in text and "low and hard" in text
    assert "Of the 4 bids you made, 3 were met with a turn toward (75%)" in text
    assert "Your partner shared 2 check-ins, with an average connection of 4.5" in text
    assert "feeling alone together" in text


def test_weekly_summary_compares_with_the_week_before() -> None:
    found = history(2, None)
    for offset in range(7, 14):
        day = TODAY - timedelta(days=offset)
        found.days[day] = Day(day=day, connection=4, mood="close")
    text = " ".join(weekly_summary(history=found, today=TODAY))
    assert "averaged 2.0 out of 5, down from 4.0 the week before" in text


def test_weekly_summary_of_a_quiet_week_carries_no_guilt() -> None:
    lines = weekly_summary(history=history(None, None), today=TODAY)
    assert lines[0].startswith("No check-ins this week. That's all right")
    assert "No bids logged this week." in lines
    assert not any(
        "streak" in line.lower() or "missed" in line.lower() for line in lines
    )


@pytest.mark.django_db
def test_signal_from_real_records_across_a_time_zone(alice: User) -> None:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    import time_machine

    from turntoward.bids.models import Bid
    from turntoward.checkins.models import CheckIn
    from turntoward.insights.selectors import load_history

    tokyo = ZoneInfo("Asia/Tokyo")
    with time_machine.travel(datetime(2027, 6, 15, 1, 0, tzinfo=UTC), tick=False):
        for offset in range(28):
            day = TODAY - timedelta(days=offset)
            CheckIn.objects.create(
                owner=alice, date=day, mood="sad", connection=1 if offset < 14 else 4
            )
        for n in range(4):
            # 16:00 UTC on 14 June is 01:00 on 15 June in Tokyo: inside the window.
            Bid.objects.create(
                owner=alice,
                direction="made",
                description="x",
                response="away" if n else "toward",
                occurred_at=datetime(2027, 6, 14, 16, 0, tzinfo=UTC),
            )
        loaded = load_history(
            user=alice, since=TODAY - timedelta(days=89), until=TODAY, tz=tokyo
        )
        signal = harder_lately(history=loaded, today=TODAY, user=alice)
    assert signal.active and signal.rate == pytest.approx(0.25)
    assert loaded.days[TODAY].bids["made"].total == 4
