"""Assessments in the browser: a neglect check shared and acknowledged; PHQ-9 help."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.browser.flows import go, log_in
from tests.conftest import link, make_user
from turntoward.accounts.models import Role
from turntoward.safety.models import SafetyEvent
from turntoward.safety.services import abuse_screen_answer

pytestmark = pytest.mark.django_db(transaction=True)

NEGLECT_QUESTIONS = 17


def answer_one_per_page(page: Page, first: int, last: int, label: str) -> None:
    """Answer questions `first`..`last` with the same option, one page each."""
    for number in range(first, last + 1):
        expect(
            page.get_by_text(f"Question {number} of {NEGLECT_QUESTIONS}")
        ).to_be_visible()
        page.get_by_label(label, exact=True).check()
        page.get_by_role("button", name="Next").click()


def test_neglect_check_is_taken_shared_and_acknowledged(new_page: Any) -> None:
    alice = make_user("alice@example.com")
    bob = make_user("bob@example.com", role=Role.NEGLECTING)
    link(alice, bob)
    for person in (alice, bob):  # the private partner check, done beforehand
        abuse_screen_answer(user=person, afraid=False, hurt=False, controlled=False)
    ana, ben = new_page(), new_page()

    log_in(ana, "alice@example.com")
    go(ana, "Assessments")
    ana.get_by_role("link", name="Feeling alone together").click()
    ana.get_by_label("One question per page").check()
    ana.get_by_role("button", name="Start").click()
    answer_one_per_page(ana, 1, 3, "Often")
    ana.get_by_role("button", name="Pause and come back later").click()
    expect(ana.get_by_role("status")).to_contain_text("Your answers are saved")
    ana.get_by_role("link", name="Resume Feeling alone together").click()
    expect(ana.get_by_text(f"Question 4 of {NEGLECT_QUESTIONS}")).to_be_visible()
    # The rest on one page: answers given so far are already filled in.
    ana.get_by_role("link", name="Show all questions on one page").click()
    expect(ana.get_by_text(f"3 of {NEGLECT_QUESTIONS} answered")).to_be_visible()
    questions = ana.get_by_role("group")
    expect(questions.nth(2).get_by_label("Often", exact=True)).to_be_checked()
    for index in range(3, NEGLECT_QUESTIONS):
        questions.nth(index).get_by_label("Often", exact=True).check()
    ana.get_by_role("button", name="See my result").click()

    expect(ana.get_by_role("heading", level=1)).to_have_text(
        "Your result: Feeling alone together"
    )
    expect(ana.get_by_role("main")).to_contain_text("not a diagnosis")
    ana.get_by_role("button", name="Share with my partner").click()
    expect(ana.get_by_role("status")).to_contain_text("Shared with your partner")

    log_in(ben, "bob@example.com")
    go(ben, "Assessments")
    shared = ben.get_by_role("region", name="Shared with you by your partner")
    shared.get_by_role("link", name="Feeling alone together").click()
    expect(ben.get_by_role("heading", level=1)).to_contain_text("Your partner's result")
    ben.get_by_label("Add a few words (optional)").fill("I want to hear more.")
    ben.get_by_role("button", name="I see this too").click()
    expect(ben.get_by_role("status")).to_contain_text("Your partner will see")

    ana.reload()
    answer = ana.get_by_role("region", name="Your partner's answer")
    expect(answer).to_contain_text("I see this too")
    expect(answer).to_contain_text("I want to hear more.")


def test_phq9_item_9_opens_the_help_panel(page: Page) -> None:
    make_user("cleo@example.com")
    log_in(page, "cleo@example.com")
    page.goto("/assessments/phq9/")
    page.get_by_label("All on one page").check()
    page.get_by_role("button", name="Start").click()
    questions = page.get_by_role("group")
    expect(questions).to_have_count(9)
    for index in range(8):
        questions.nth(index).get_by_label("Not at all").check()
    page.get_by_role("group", name=re.compile("better off dead")).get_by_label(
        "Several days"
    ).check()
    page.get_by_role("button", name="See my result").click()

    panel = page.get_by_role("alert")
    expect(panel).to_contain_text("You don't have to carry this alone")
    expect(panel.get_by_role("listitem").first).to_be_visible()
    expect(page.get_by_role("main")).to_contain_text("Minimal")
    assert SafetyEvent.objects.filter(source="phq9").count() == 1
