"""The private partner question before linking, and discreet mode's plain titles."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations
from tests.browser.flows import answer_partner_question, go, sign_up_and_onboard

pytestmark = pytest.mark.django_db(transaction=True)


def test_partner_link_waits_for_the_private_question(new_page: Any) -> None:
    page = new_page(bypass_csp=True)  # axe is injected as an inline script
    sign_up_and_onboard(page, "fern@example.com", country="GB")
    go(page, "Partner")
    expect(
        page.get_by_role("group", name="Do you ever feel afraid of your partner?")
    ).to_be_visible()
    assert axe_violations(page) == []
    answer_partner_question(page, "Sometimes, or I'm not sure")

    expect(page.get_by_role("heading", level=1)).to_have_text("Your safety comes first")
    expect(page.get_by_text("couples exercises can be unsafe")).to_be_visible()
    lines = page.get_by_role("region", name="People who can help, in confidence")
    expect(lines.get_by_role("link", name="Call 0808 2000 247")).to_be_visible()

    go(page, "Partner")  # still out of the way
    expect(page.get_by_role("heading", level=1)).to_have_text("Your safety comes first")
    page.get_by_role("button", name="I understand, show me partner features").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Partner link")
    expect(page.get_by_role("button", name="Make an invite code")).to_be_visible()


def test_discreet_mode_changes_the_visible_title(new_page: Any) -> None:
    page = new_page(bypass_csp=True)  # axe is injected as an inline script
    sign_up_and_onboard(page, "gus@example.com")
    expect(page).to_have_title("Home · TurnToward")
    page.get_by_role("contentinfo").get_by_role("link", name="Help lines").click()
    page.get_by_role("link", name="Privacy and safety settings").click()
    assert axe_violations(page) == []
    page.get_by_label("Use plain names").check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_contain_text("Saved")
    expect(page).to_have_title("Notes")
    go(page, "Home")
    expect(page).to_have_title("Notes")
    expect(page.get_by_role("banner").get_by_role("link", name="Notes")).to_be_visible()
    icon = page.locator("link[rel=icon]").get_attribute("href") or ""
    assert icon.endswith("plain-icon.svg")
    page.goto("/help/plan/")
    expect(page).to_have_title("Notes")
