"""The message coach and the empathy coach, typed into as a person would."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations
from tests.browser.flows import go, log_in
from tests.conftest import make_user

pytestmark = pytest.mark.django_db(transaction=True)


def test_harsh_message_gets_a_gentler_version_to_edit_and_copy(new_page: Any) -> None:
    page = new_page(bypass_csp=True)  # axe is injected as an inline script
    make_user("ana@example.com")
    log_in(page, "ana@example.com")
    go(page, "My plan")
    expect(page.get_by_role("heading", level=1)).to_have_text("My plan")
    assert axe_violations(page) == []
    page.get_by_role("link", name="Open the message coach").click()
    page.get_by_label("What you want to say to your partner").fill(
        "You never listen to me and you always ignore my feelings."
    )
    page.get_by_role("button", name="Check my message").click()
    expect(
        page.get_by_role("heading", name="Some words may sound like blame")
    ).to_be_visible()
    gentler = page.get_by_label("You can edit it here, then check it again or copy it.")
    expect(gentler).not_to_have_value("")
    assert "never" not in gentler.input_value().lower()
    gentler.fill("I've been feeling unheard lately. Could we talk tonight?")
    page.get_by_role("button", name="Check this version").click()
    expect(
        page.get_by_role("heading", name="This sounds kind and clear")
    ).to_be_visible()
    expect(page.get_by_role("button", name="Copy")).to_be_visible()
    assert axe_violations(page) == []


def test_dismissive_reply_gets_a_validating_one(new_page: Any) -> None:
    page = new_page(bypass_csp=True)  # axe is injected as an inline script
    make_user("ben@example.com", role="neglecting")
    log_in(page, "ben@example.com")
    page.goto("/plan/coach/empathy/")
    page.get_by_label("What your partner said").fill(
        "I felt so alone at your parents' place yesterday."
    )
    page.get_by_label("Your reply").fill("You're overreacting, it wasn't a big deal.")
    page.get_by_role("button", name="Check my reply").click()
    expect(
        page.get_by_role("heading", name="This reply may brush the feeling aside")
    ).to_be_visible()
    validating = page.get_by_label("You can edit it, then copy it.")
    expect(validating).to_contain_text("alone")
    assert axe_violations(page) == []
