"""Emotion suggestions in a real browser: offered gently, corrected, and kept.

A journal entry and a check-in that clearly say how someone feels are met with
the feelings the model recognised, as ticked boxes the person can keep or
change. What they choose is stored and shown, and it wins over our guess.
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.flows import go, log_in
from tests.conftest import make_user
from turntoward.checkins.models import CheckIn
from turntoward.core.feelings import feeling_word
from turntoward.journal.models import JournalEntry

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _emotion_model() -> None:
    """Load the emotion model once, or skip if its artifact isn't built here."""
    from turntoward.language.emotions import EmotionModelError, get_model

    try:
        get_model()
    except EmotionModelError as exc:
        pytest.skip(f"the emotion model is missing: {exc}")


def test_journal_suggests_gratitude_and_keeps_the_writers_own_choice(
    new_page: Any,
) -> None:
    make_user("gia@example.com")
    page = new_page()
    log_in(page, "gia@example.com")
    go(page, "Journal")
    page.get_by_role("link", name="Write an entry").click()
    page.get_by_label("Your entry").fill(
        "Thank you so much, I'm really grateful for your help today"
    )
    page.get_by_role("button", name="Save entry").click()

    feelings = page.get_by_role("region", name="Feelings", exact=True)
    expect(feelings).to_contain_text("gratitude")
    expect(feelings).to_contain_text("Does that fit?")
    suggested = feelings.get_by_role("checkbox", name="gratitude", exact=True)
    expect(suggested).to_be_checked()  # offered, not yet kept
    assert JournalEntry.objects.get().chosen_emotions is None

    feelings.get_by_text("More feelings").click()
    feelings.get_by_role("checkbox", name="relief", exact=True).check()
    feelings.get_by_role("button", name="Keep these feelings").click()

    expect(page.get_by_role("status")).to_contain_text("Your words are the ones")
    feelings = page.get_by_role("region", name="Feelings", exact=True)
    expect(feelings).to_contain_text("these fit: gratitude, relief")
    expect(feelings.get_by_role("checkbox", name="relief", exact=True)).to_be_checked()
    entry = JournalEntry.objects.get()
    assert entry.chosen_emotions == ["gratitude", "relief"]
    assert entry.emotions == ["gratitude", "relief"]  # her choice wins


def test_checkin_suggests_sadness_and_the_persons_correction_wins(
    new_page: Any,
) -> None:
    make_user("sol@example.com")
    page = new_page()
    log_in(page, "sol@example.com")
    go(page, "Check-in")
    page.get_by_role("group", name="Low and hard").get_by_label("lonely").check()
    page.get_by_label("2", exact=True).check()
    page.get_by_label("How was your day?").fill(
        "I feel so sad and lonely tonight, I miss how we used to be"
    )
    page.get_by_role("button", name="Save check-in").click()

    feelings = page.get_by_role("region", name="Feelings in more words")
    expect(feelings).to_contain_text("these might fit")
    expect(feelings).to_contain_text("sadness")
    sadness = feelings.get_by_role("checkbox", name="sadness", exact=True)
    expect(sadness).to_be_checked()
    suggested = CheckIn.objects.get().suggested_emotions
    assert "sadness" in suggested
    assert CheckIn.objects.get().emotions == []  # a guess is not a choice

    for label in suggested:  # keep sadness, drop the rest, add longing
        if label != "sadness":
            word = feeling_word(label)
            feelings.get_by_role("checkbox", name=word, exact=True).uncheck()
    feelings.get_by_role("checkbox", name="longing", exact=True).check()
    feelings.get_by_role("button", name="Keep these feelings").click()

    expect(page.get_by_role("status")).to_contain_text("Kept.")
    feelings = page.get_by_role("region", name="Feelings in more words")
    expect(feelings).to_contain_text("You named: longing, sadness.")
    checkin = CheckIn.objects.get()
    assert checkin.emotions == ["desire", "sadness"]
    assert "sadness" in checkin.suggested_emotions  # ours kept apart
