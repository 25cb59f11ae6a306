"""The daily loop in a real browser: a check-in that needs help, a bid logged."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations
from tests.browser.flows import go, log_in
from tests.conftest import make_user
from turntoward.bids.models import Bid
from turntoward.checkins.models import CheckIn

pytestmark = pytest.mark.django_db(transaction=True)


def test_checkin_with_a_crisis_phrase_opens_the_help_panel(new_page: Any) -> None:
    make_user("dana@example.com")
    page = new_page(bypass_csp=True)  # axe is injected as an inline script
    log_in(page, "dana@example.com")
    go(page, "Check-in")
    page.get_by_role("group", name="Low and hard").get_by_label("lonely").check()
    page.get_by_label("1 · far apart").check()
    page.get_by_label("How was your day?").fill("I don't want to be alive anymore")
    page.get_by_role("button", name="Save check-in").click()

    panel = page.locator("#help-panel")
    expect(panel).to_have_attribute("role", "alert")
    expect(panel).to_contain_text("You don't have to carry this alone")
    expect(panel.get_by_role("listitem").first).to_be_visible()
    expect(panel).to_be_focused()
    expect(page.get_by_role("link", name="Get help now")).to_be_visible()
    assert CheckIn.objects.get().mood == "lonely"
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"]) for v in violations]


def test_a_bid_is_logged_and_answered(new_page: Any) -> None:
    make_user("eli@example.com")
    page = new_page(bypass_csp=True)  # axe is injected as an inline script
    log_in(page, "eli@example.com")
    go(page, "Bids")
    page.get_by_label("My partner did: a bid I received").check()
    page.get_by_label("What was the bid?").fill("asked me to look at a sunset photo")
    page.get_by_label("Turned toward", exact=False).check()
    page.get_by_role("button", name="Log this bid").click()

    expect(page.get_by_role("status")).to_contain_text("Logged")
    recent = page.get_by_role("region", name="Your recent bids")
    expect(recent).to_contain_text("asked me to look at a sunset photo")
    expect(recent).to_contain_text("turned toward")
    rates = page.get_by_role("table").first
    expect(rates.get_by_role("row", name="Last 7 days")).to_contain_text("100%")
    assert Bid.objects.get().response == "toward"
    assert axe_violations(page) == []

    go(page, "Insights")
    expect(page.get_by_role("img", name="Turn-toward rate by week")).to_be_visible()
    page.get_by_text("Turn-toward rate as a table").click()
    trend = page.get_by_role("region", name="Turn-toward rate")
    expect(trend.get_by_role("table")).to_contain_text("100%")
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"]) for v in violations]
