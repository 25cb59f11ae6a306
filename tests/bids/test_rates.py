"""Turn-toward rates: counted per direction by the person's local day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from turntoward.accounts.models import User
from turntoward.bids.models import Bid
from turntoward.bids.selectors import (
    daily_responses,
    rates_by_direction,
    rates_for_periods,
    turn_toward_rate,
)

pytestmark = pytest.mark.django_db

NOW = datetime(2027, 6, 15, 12, 0, tzinfo=UTC)
PARIS = ZoneInfo("Europe/Paris")  # UTC+2 in June
LA = ZoneInfo("America/Los_Angeles")  # UTC-7 in June


@pytest.fixture(autouse=True)
def _clock() -> object:
    with time_machine.travel(NOW, tick=False):
        yield


def log(user: User, when: datetime, response: str, direction: str = "made") -> Bid:
    return Bid.objects.create(
        owner=user,
        direction=direction,
        description="a small reach",
        response=response,
        occurred_at=when,
    )


def test_rate_is_toward_over_all_bids(alice: User) -> None:
    for response in ["toward", "toward", "toward", "away", "against"]:
        log(alice, NOW - timedelta(hours=1), response)
    counts = turn_toward_rate(
        user=alice, direction="made", since=date(2027, 6, 15), until=date(2027, 6, 15)
    )
    assert (counts.toward, counts.away, counts.against) == (3, 1, 1)
    assert counts.rate == pytest.approx(0.6)


def test_no_bids_means_no_rate_rather_than_zero(alice: User) -> None:
    counts = turn_toward_rate(user=alice, direction="received", since=date(2027, 6, 1))
    assert counts.total == 0 and counts.rate is None


def test_directions_are_counted_apart(alice: User) -> None:
    log(alice, NOW, "toward", "made")
    log(alice, NOW, "away", "received")
    rates = rates_by_direction(
        user=alice, since=date(2027, 6, 15), until=date(2027, 6, 15)
    )
    assert rates["made"].rate == 1.0 and rates["received"].rate == 0.0


def test_a_bid_just_before_local_midnight_counts_for_that_day(alice: User) -> None:
    # 23:59 on 14 June and 00:00 on 15 June in Paris.
    log(alice, datetime(2027, 6, 14, 21, 59, tzinfo=UTC), "away")
    log(alice, datetime(2027, 6, 14, 22, 0, tzinfo=UTC), "toward")
    june_14 = turn_toward_rate(
        user=alice,
        direction="made",
        since=date(2027, 6, 14),
        until=date(2027, 6, 14),
        tz=PARIS,
    )
    june_15 = turn_toward_rate(
        user=alice,
        direction="made",
        since=date(2027, 6, 15),
        until=date(2027, 6, 15),
        tz=PARIS,
    )
    assert (june_14.away, june_14.toward) == (1, 0)
    assert (june_15.away, june_15.toward) == (0, 1)


def test_the_same_bids_fall_on_different_days_in_different_zones(alice: User) -> None:
    # 03:00 UTC on 15 June is 05:00 on the 15th in Paris, 20:00 on the 14th in LA.
    log(alice, datetime(2027, 6, 15, 3, 0, tzinfo=UTC), "toward")
    day = date(2027, 6, 15)
    assert (
        turn_toward_rate(
            user=alice, direction="made", since=day, until=day, tz=PARIS
        ).total
        == 1
    )
    assert (
        turn_toward_rate(
            user=alice, direction="made", since=day, until=day, tz=LA
        ).total
        == 0
    )
    assert (
        turn_toward_rate(user=alice, direction="made", since=day, until=day).total == 1
    )
    by_day = daily_responses(user=alice, since=date(2027, 6, 14), until=day, tz=LA)
    assert list(by_day) == [date(2027, 6, 14)]


def test_last_seven_days_are_seven_local_days_including_today(alice: User) -> None:
    # Noon UTC on 15 June: in LA it is 05:00 on the 15th, so 7 days = 9th … 15th.
    log(alice, datetime(2027, 6, 9, 7, 0, tzinfo=UTC), "toward")  # 9 Jun 00:00 LA
    log(alice, datetime(2027, 6, 9, 6, 59, tzinfo=UTC), "away")  # 8 Jun 23:59 LA
    (seven, rates), *_ = rates_for_periods(user=alice, today=date(2027, 6, 15), tz=LA)
    assert seven == 7
    assert (rates["made"].toward, rates["made"].away) == (1, 0)


def test_rates_across_a_daylight_saving_change(alice: User) -> None:
    # Paris moved clocks forward at 01:00 UTC on 28 March 2027; that day has 23 hours.
    log(alice, datetime(2027, 3, 27, 23, 30, tzinfo=UTC), "toward")  # 00:30 CET on 28th
    log(alice, datetime(2027, 3, 28, 21, 59, tzinfo=UTC), "away")  # 23:59 CEST on 28th
    log(alice, datetime(2027, 3, 28, 22, 0, tzinfo=UTC), "against")  # 00:00 on 29th
    day = date(2027, 3, 28)
    counts = turn_toward_rate(
        user=alice, direction="made", since=day, until=day, tz=PARIS
    )
    assert (counts.toward, counts.away, counts.against) == (1, 1, 0)


def test_rates_count_only_the_persons_own_log(alice: User, bob: User) -> None:
    log(alice, NOW, "toward")
    shared = log(bob, NOW, "against")
    shared.shared = True
    shared.save()
    counts = turn_toward_rate(user=alice, direction="made", since=date(2027, 6, 15))
    assert (counts.toward, counts.against) == (1, 0)


def test_unknown_direction_is_a_programming_error(alice: User) -> None:
    with pytest.raises(ValueError):
        turn_toward_rate(user=alice, direction="sideways", since=date(2027, 6, 1))


def test_datetimes_are_exact_bounds(alice: User) -> None:
    log(alice, NOW - timedelta(minutes=1), "toward")
    log(alice, NOW, "away")
    counts = turn_toward_rate(
        user=alice, direction="made", since=NOW - timedelta(hours=1), until=NOW
    )
    assert (counts.toward, counts.away) == (1, 0)
