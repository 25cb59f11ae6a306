"""A journal entry written, reflected on, shared and read by the partner; help."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations
from tests.browser.flows import go, log_in
from tests.conftest import link, make_user

pytestmark = pytest.mark.django_db(transaction=True)


def test_entry_is_met_with_validation_shared_and_read_by_the_partner(
    new_page: Any,
) -> None:
    link(make_user("ana@example.com"), make_user("ben@example.com"))
    ana, ben = new_page(), new_page()
    log_in(ana, "ana@example.com")
    go(ana, "Journal")
    ana.get_by_role("link", name="Write an entry").click()
    expect(ana.locator("#prompt-text")).not_to_be_empty()
    ana.get_by_label("Title (optional)").fill("After dinner")
    ana.get_by_label("Your entry").fill(
        "He looked at his phone all evening. Maybe I'm just too sensitive."
    )
    ana.get_by_role("button", name="Save entry").click()
    expect(ana.get_by_role("heading", level=1)).to_have_text("After dinner")
    expect(ana.locator("#validation")).to_contain_text("What you feel makes sense")
    ana.get_by_role("button", name="Share with my partner").click()
    expect(ana.get_by_role("status")).to_contain_text("Shared with your partner")

    log_in(ben, "ben@example.com")
    go(ben, "Journal")
    entry = ben.get_by_role("listitem").filter(has_text="After dinner")
    expect(entry).to_contain_text("Shared by your partner")
    entry.get_by_role("link", name="After dinner").click()
    expect(ben.get_by_text("Maybe I'm just too sensitive.")).to_be_visible()
    expect(ben.get_by_role("button", name="Keep these feelings")).to_have_count(0)


def test_crisis_phrase_in_an_entry_opens_the_help_panel(new_page: Any) -> None:
    make_user("cy@example.com")
    page = new_page()
    log_in(page, "cy@example.com")
    page.goto("/journal/write/")
    page.get_by_label("Your entry").fill("I can't go on. I want to kill myself.")
    page.get_by_role("button", name="Save entry").click()
    panel = page.get_by_role("alert")
    expect(panel).to_contain_text("You don't have to carry this alone")
    expect(panel).to_be_focused()
    expect(page.get_by_role("link", name="Get help now")).to_be_visible()


def test_journal_pages_have_no_serious_accessibility_violations(
    new_page: Any,
) -> None:
    make_user("axe@example.com")
    page = new_page(bypass_csp=True)  # axe is injected as an inline script
    log_in(page, "axe@example.com")
    page.goto("/journal/write/")
    assert axe_violations(page) == []
    page.get_by_label("Your entry").fill("We talk only about chores lately.")
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_role("heading", name="Feelings")).to_be_visible()
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"]) for v in violations]
