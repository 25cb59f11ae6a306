"""Emotional range: different feelings named per week, on the dashboard and API.

The numbers are worked out by hand from a small history. The clock stands on
Tuesday 15 June 2027, so with days=14 the weeks are 2–8 and 9–15 June.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.test import Client

from tests.conftest import ApiClient
from turntoward.accounts.models import User
from turntoward.checkins.models import CheckIn
from turntoward.insights.feelings import feeling_word, narrowing, tone
from turntoward.journal.models import JournalEntry

pytestmark = pytest.mark.django_db

NOW = datetime(2027, 6, 15, 12, 0, tzinfo=UTC)
URL = "/insights/emotions"


@pytest.fixture(autouse=True)
def _clock() -> object:
    with time_machine.travel(NOW, tick=False):
        yield


def checkin(
    user: User,
    day: int | date,
    mood: str,
    emotions: tuple[str, ...] = (),
    shared: bool = False,
) -> None:
    """Check in on a day in June 2027 (or on a date)."""
    CheckIn.objects.create(
        owner=user,
        date=day if isinstance(day, date) else date(2027, 6, day),
        mood=mood,
        connection=3,
        emotions=list(emotions),
        shared=shared,
    )


def entry(
    user: User,
    day: int,
    recognised: list[str],
    chosen: list[str] | None = None,
    shared: bool = False,
) -> None:
    made = JournalEntry.objects.create(
        owner=user,
        text="words",
        recognised_emotions=recognised,
        chosen_emotions=chosen,
        shared=shared,
    )
    written = datetime(2027, 6, day, 20, 0, tzinfo=UTC)
    JournalEntry.objects.filter(pk=made.pk).update(created_at=written)


@pytest.fixture
def history(alice: User) -> None:
    checkin(alice, 15, "sad", ("sadness", "grief"))  # sad twice, grief
    checkin(alice, 14, "grateful")
    entry(alice, 13, ["gratitude", "joy"])  # grateful, joyful: not chosen yet
    entry(alice, 12, ["anger"], chosen=["sadness"])  # her choice wins: sad
    entry(alice, 11, ["neutral"])  # names no feeling
    checkin(alice, 5, "okay")  # the week before: one feeling, in between
    checkin(alice, 1, "furious")  # before the 14 days asked for


def test_each_week_counts_the_different_feelings_named_and_their_tone(
    api_alice: ApiClient, history: None
) -> None:
    data = api_alice.get(URL, {"days": 14}).json()
    assert (data["since"], data["until"]) == ("2027-06-02", "2027-06-15")
    before, last = data["weeks"]
    assert (before["start"], before["end"]) == ("2027-06-02", "2027-06-08")
    assert before["range"] == 1 and before["in_between"] == 1
    assert last["range"] == 4 and last["days"] == 4
    assert (last["pleasant"], last["hard"], last["in_between"]) == (2, 2, 0)
    assert last["feelings"] == [
        {"word": "sad", "times": 3, "tone": "hard"},
        {"word": "grateful", "times": 2, "tone": "pleasant"},
        {"word": "grief", "times": 1, "tone": "hard"},
        {"word": "joyful", "times": 1, "tone": "pleasant"},
    ]
    assert data["range"] == 5 and data["in_between"] == 1
    assert "furious" not in str(data) and "angry" not in str(data)


def test_a_week_with_nothing_named_is_a_gap_not_a_zero(api_alice: ApiClient) -> None:
    data = api_alice.get(URL, {"days": 7}).json()
    assert data["range"] == 0 and data["feelings"] == []
    assert [w["range"] for w in data["weeks"]] == [None]


def test_the_dashboard_draws_the_range_with_a_table_and_a_gentle_note(
    web_alice: Client, history: None
) -> None:
    html = web_alice.get("/insights/", {"days": 30}).content.decode()
    assert "<title>Emotional range by week</title>" in html
    assert "Emotional range as a table" in html
    assert "you named 6 different feelings: 2 pleasant, 3 hard and 1 in between" in (
        html
    )
    assert "sad (3), grateful (2), grief (1), joyful (1)" in html
    assert 'href="/plan/#step-reconnect_emotions"' in html
    assert 'href="/journal/write/"' in html


def _named(days: range, words: list[str]) -> dict[date, Counter[str]]:
    """Spread words over days, a few a day, each named once."""
    out: dict[date, Counter[str]] = {}
    for i, word in enumerate(words):
        day = date(2027, 6, 15) - timedelta(days=days[i % len(days)])
        out.setdefault(day, Counter())[word] += 1
    return out


BEFORE = ["sad", "lonely", "hopeful", "grateful", "angry", "relieved"]


@pytest.mark.parametrize(
    ("recent", "narrower"),
    [(["tired", "okay", "numb", "sad"], True), (BEFORE[:5], False)],
)
def test_a_third_fewer_feelings_than_the_fortnight_before_reads_as_narrower(
    recent: list[str], narrower: bool
) -> None:
    feelings = {**_named(range(14, 18), BEFORE), **_named(range(0, 4), recent)}
    found = narrowing(feelings, date(2027, 6, 15))
    assert (found.before.range, found.recent.range) == (6, len(recent))
    assert found.comparable and found.narrower is narrower


def test_too_few_days_are_not_compared() -> None:
    feelings = {**_named(range(14, 18), BEFORE), **_named(range(0, 3), ["okay"])}
    found = narrowing(feelings, date(2027, 6, 15))
    assert not found.comparable and not found.narrower


def test_a_narrower_range_is_named_gently_with_the_numbers_and_next_steps(
    web_alice: Client, alice: User
) -> None:
    for offset, mood in enumerate(BEFORE):  # 20 to 25 May
        checkin(alice, date(2027, 5, 20 + offset), mood)
    for day in (12, 13, 14, 15):
        checkin(alice, day, "tired")
    html = web_alice.get("/insights/").content.decode()
    assert (
        "In the last 14 days you named 1 different feeling (on 4 days); in the 14 "
        "days before, 6 different feelings (on 6 days)." in html
    )
    assert "A narrower range can be one sign of that numbing, or simply" in html
    assert 'href="/plan/#step-reconnect_emotions"' in html


def test_labels_that_mean_a_mood_word_count_as_it_and_neutral_counts_not() -> None:
    assert feeling_word("gratitude") == feeling_word("grateful") == "grateful"
    assert feeling_word("desire") == "longing" and tone("longing") == "pleasant"
    assert feeling_word("neutral") is None and feeling_word("made up") is None
    assert (tone("lonely"), tone("okay"), tone("grief")) == (
        "hard",
        "in_between",
        "hard",
    )


def test_only_own_words_count_even_what_the_partner_shared(
    api_alice: ApiClient,
    api_bob: ApiClient,
    web_bob: Client,
    alice: User,
    bob: User,
    history: None,
) -> None:
    checkin(bob, 15, "lonely", ("grief",), shared=True)
    entry(bob, 14, ["remorse"], shared=True)
    CheckIn.objects.filter(owner=alice).update(shared=True)
    JournalEntry.objects.filter(owner=alice).update(shared=True)
    mine = api_alice.get(URL, {"days": 14}).json()
    assert mine["range"] == 5 and "lonely" not in str(mine)
    theirs = api_bob.get(URL, {"days": 14}).json()
    words = {f["word"] for f in theirs["feelings"]}
    assert words == {"lonely", "grief", "guilty"}
    page = web_bob.get("/insights/").content.decode()
    assert "joyful" not in page and "grateful" not in page


def test_carol_sees_only_her_empty_range(api_carol: ApiClient, history: None) -> None:
    data = api_carol.get(URL).json()
    assert data["range"] == 0 and data["days"] == 90


def test_nobody_gets_401_or_the_log_in_page(
    api_anon: ApiClient, anon: Client, history: None
) -> None:
    assert api_anon.get(URL).status_code == 401
    response = anon.get("/insights/")
    assert response.status_code == 302 and "login" in response["Location"]


@pytest.mark.parametrize("query", [{"days": 0}, {"days": 4000}, {"tz": "Nope/Nope"}])
def test_bad_queries_are_422(api_alice: ApiClient, query: dict[str, object]) -> None:
    assert api_alice.get(URL, query).status_code == 422
