"""GET /api/v1/insights/bids: counts and rates per direction, own log only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from tests.conftest import ApiClient
from turntoward.accounts.models import User
from turntoward.bids.models import Bid

pytestmark = pytest.mark.django_db

NOW = datetime(2027, 6, 15, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _clock() -> object:
    with time_machine.travel(NOW, tick=False):
        yield


def log(user: User, when: datetime, response: str, direction: str = "made") -> None:
    Bid.objects.create(
        owner=user,
        direction=direction,
        description="a reach",
        response=response,
        occurred_at=when,
        shared=True,
    )


def test_counts_and_rate_for_each_direction(api_alice: ApiClient, alice: User) -> None:
    for response in ["toward", "toward", "away", "against"]:
        log(alice, NOW - timedelta(days=2), response)
    log(alice, NOW - timedelta(days=3), "toward", "received")
    log(alice, NOW - timedelta(days=40), "away")  # outside 30 days
    data = api_alice.get("/insights/bids", {"days": 30}).json()
    assert data["made"] == {
        "toward": 2,
        "away": 1,
        "against": 1,
        "total": 4,
        "rate": 0.5,
    }
    assert data["received"]["rate"] == 1.0
    assert data["days"] == 30 and data["until"] == "2027-06-15"
    assert data["since"] == "2027-05-17"


def test_default_is_thirty_days_and_empty_means_no_rate(api_carol: ApiClient) -> None:
    data = api_carol.get("/insights/bids").json()
    assert data["days"] == 30
    assert data["made"]["rate"] is None and data["received"]["total"] == 0


def test_days_are_counted_in_the_callers_time_zone(
    api_alice: ApiClient, alice: User
) -> None:
    # 8 June 23:30 in LA (06:30 UTC on 9 June). With days=7 in LA the window starts
    # on 9 June local, so it is outside; in UTC the window starts 9 June 00:00 UTC,
    # so it is inside.
    log(alice, datetime(2027, 6, 9, 6, 30, tzinfo=UTC), "toward")
    la = api_alice.get("/insights/bids", {"days": 7, "tz": "America/Los_Angeles"})
    utc = api_alice.get("/insights/bids", {"days": 7})
    assert la.json()["made"]["total"] == 0
    assert utc.json()["made"]["total"] == 1


@pytest.mark.parametrize(
    "query", [{"days": 0}, {"days": 99999}, {"days": "x"}, {"tz": "Nope/Nope"}]
)
def test_bad_queries_are_422(api_alice: ApiClient, query: dict[str, object]) -> None:
    assert api_alice.get("/insights/bids", query).status_code == 422


def test_each_person_counts_only_their_own_bids(
    api_alice: ApiClient, api_bob: ApiClient, api_carol: ApiClient, alice: User
) -> None:
    log(alice, NOW, "toward")  # shared, but a partner's bids are not theirs to count
    assert api_alice.get("/insights/bids").json()["made"]["total"] == 1
    assert api_bob.get("/insights/bids").json()["made"]["total"] == 0
    assert api_carol.get("/insights/bids").json()["made"]["total"] == 0


def test_nobody_gets_401(api_anon: ApiClient) -> None:
    assert api_anon.get("/insights/bids").status_code == 401
