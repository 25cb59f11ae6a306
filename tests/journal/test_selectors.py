"""The journal's reads: search, and the per-day series insights draw on."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import time_machine
from django.utils import timezone

from tests.journal.conftest import reading, write
from turntoward.accounts.models import User
from turntoward.journal import selectors, services
from turntoward.journal.models import JournalEntry


def test_search_ignores_case_and_spacing(alice: User) -> None:
    hit = write(alice, "We sat in the\n   garden  together", title="Evening")
    write(alice, "Work was long.")
    assert selectors.journal_search(user=alice, query="GARDEN together") == [hit]
    assert selectors.journal_search(user=alice, query="evening") == [hit]
    assert selectors.journal_search(user=alice, query="   ") == []


def test_search_never_finds_someone_elses_entries(
    alice: User, bob: User, carol: User
) -> None:
    write(bob, "bob's shared garden", shared=True)
    write(carol, "carol's garden")
    assert selectors.journal_search(user=alice, query="garden") == []


def test_search_is_quick_over_three_thousand_entries(alice: User) -> None:
    JournalEntry.objects.bulk_create(
        JournalEntry(owner=alice, text=f"An ordinary day number {n}. " * 20)
        for n in range(3000)
    )
    write(alice, "The day the heron came back.")
    started = time.perf_counter()
    found = selectors.journal_search(user=alice, query="heron")
    elapsed = time.perf_counter() - started
    assert [e.text for e in found] == ["The day the heron came back."]
    assert elapsed < 2.0, f"search took {elapsed:.2f}s"


def test_excerpt_shows_the_words_around_the_match() -> None:
    text = "word " * 100 + "the heron came back " + "word " * 100
    piece = selectors.excerpt(text, "heron", width=60)
    assert "heron came back" in piece and piece.startswith("…")
    assert selectors.excerpt("short", "") == "short"


def _write_on(user: User, when: Any, **found: Any) -> JournalEntry:
    with time_machine.travel(when, tick=False):
        return write(user, analysis=reading(**found))


def test_signs_series_counts_signs_per_day_with_empty_days(
    alice: User, bob: User
) -> None:
    now = timezone.now().replace(hour=12)
    two_days_ago = now - timedelta(days=2)
    _write_on(alice, two_days_ago, signs=("lonely_together", "unmet_needs"))
    _write_on(alice, two_days_ago, signs=("lonely_together",))
    _write_on(alice, now)
    _write_on(bob, now, signs=("unmet_needs",))  # Bob's count only for Bob
    _write_on(alice, now - timedelta(days=10), signs=("unmet_needs",))
    series = selectors.signs_series(user=alice, since=two_days_ago.date())
    assert [d.day for d in series] == [
        (two_days_ago + timedelta(days=n)).date() for n in range(3)
    ]
    assert [(d.entries, d.count) for d in series] == [(2, 3), (0, 0), (1, 0)]
    assert series[0].signs == {"lonely_together": 2, "unmet_needs": 1}


def test_emotions_series_prefers_the_owners_choice(alice: User) -> None:
    now = timezone.now().replace(hour=12)
    yesterday = now - timedelta(days=1)
    corrected = _write_on(alice, yesterday, emotions=("joy",))
    services.journal_entry_choose_emotions(
        user=alice, entry=corrected, emotions=["sadness", "grief"]
    )
    _write_on(alice, yesterday, emotions=("sadness", "fear"))
    _write_on(alice, now, emotions=())
    series = selectors.emotions_series(user=alice, since=yesterday)
    assert series[0].emotions == {"sadness": 2, "grief": 1, "fear": 1}
    assert series[0].range == 3 and series[0].entries == 2
    assert (series[1].entries, series[1].emotions) == (1, {})


def test_series_read_no_encrypted_column(
    alice: User, django_assert_num_queries: Any
) -> None:
    write(alice, analysis=reading(signs=("unmet_needs",)))
    with django_assert_num_queries(1) as captured:
        selectors.signs_series(user=alice, since=timezone.localdate())
    sql = captured.captured_queries[0]["sql"]
    assert '"text"' not in sql and '"title"' not in sql
