"""Journal signs join the chart when the journal offers them; never required."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from turntoward.accounts.models import User
from turntoward.core.localtime import today_in
from turntoward.insights.selectors import load_history, signs_by_week

pytestmark = pytest.mark.django_db


def _history(user: User) -> object:
    from datetime import UTC

    today = today_in(UTC)
    return load_history(
        user=user, since=today - timedelta(days=89), until=today, tz=UTC
    )


def test_signs_from_own_journal_entries_are_counted(alice: User, bob: User) -> None:
    from turntoward.journal.models import JournalEntry

    JournalEntry.objects.create(
        owner=alice, text="private words", signs=["unmet_needs"]
    )
    JournalEntry.objects.create(
        owner=bob, text="his words", signs=["lack_of_affection"], shared=True
    )
    signs, weekly = signs_by_week(_history(alice))  # type: ignore[arg-type]
    assert signs == ["unmet_needs"]
    assert weekly[-1][1] == {"unmet_needs": 1}


def test_without_the_journal_selector_insights_still_work(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    from turntoward.journal import selectors

    monkeypatch.delattr(selectors, "signs_series")
    history = _history(alice)
    assert history.journal_signs == {}  # type: ignore[attr-defined]


def test_journal_signs_outside_the_period_are_left_out(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    from types import SimpleNamespace

    from turntoward.journal import selectors

    old = date(2000, 1, 1)
    monkeypatch.setattr(
        selectors,
        "signs_series",
        lambda *, user, since: [SimpleNamespace(day=old, signs={"unmet_needs": 3})],
    )
    assert _history(alice).journal_signs == {}  # type: ignore[attr-defined]
