"""Two people sign up, link, unlink; quick exit; export; delete; accessibility."""

from __future__ import annotations

import json
import zipfile
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import axe_violations
from tests.browser.flows import (
    PASSWORD,
    answer_partner_question,
    go,
    log_in,
    sign_up_and_onboard,
)
from turntoward.accounts.models import User

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_people_link_by_code_and_one_unlinks(new_page: Any) -> None:
    ana, ben = new_page(), new_page()
    sign_up_and_onboard(ana, "ana@example.com")
    sign_up_and_onboard(ben, "ben@example.com", role="I'm not sure yet")

    go(ana, "Partner")
    answer_partner_question(ana)
    ana.get_by_role("button", name="Make an invite code").click()
    code = ana.locator("#invite-code").inner_text()

    go(ben, "Partner")
    answer_partner_question(ben)
    ben.get_by_label("Invite code from your partner").fill("WRONG-CODE1")
    ben.get_by_role("button", name="Link with my partner").click()
    expect(ben.get_by_role("alert")).to_contain_text("didn't work")
    ben.get_by_label("Invite code from your partner").fill(code)
    ben.get_by_role("button", name="Link with my partner").click()
    expect(ben.get_by_role("status")).to_contain_text("You're linked")

    ana.reload()
    expect(ana.get_by_text("You are linked with")).to_contain_text("ben@example.com")
    ana.get_by_role("button", name="End the link").click()
    expect(ana.get_by_role("status")).to_contain_text("The link is ended")
    ben.reload()
    expect(ben.get_by_role("button", name="Make an invite code")).to_be_visible()
    assert User.objects.get(email="ben@example.com").partner is None


def test_quick_exit_by_button_leaves_and_logs_out(
    page: Page, live_server: Any, settings: Any
) -> None:
    settings.QUICK_EXIT_URL = f"{live_server.url}/healthz"
    sign_up_and_onboard(page, "cleo@example.com")
    page.get_by_role("button", name="Quick exit").click()
    page.wait_for_url("**/healthz")
    page.goto("/")
    expect(page).to_have_url(f"{live_server.url}/accounts/login/?next=/")


def test_quick_exit_by_pressing_escape_twice(
    page: Page, live_server: Any, settings: Any
) -> None:
    settings.QUICK_EXIT_URL = f"{live_server.url}/healthz"
    page.goto("/accounts/login/")
    page.get_by_label("Email").focus()
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url("**/healthz")
    # location.replace leaves no way back to the page that was open.
    page.go_back()
    assert "/accounts/login/" not in page.url


def test_quick_exit_button_is_reachable_by_keyboard(
    page: Page, live_server: Any, settings: Any
) -> None:
    settings.QUICK_EXIT_URL = f"{live_server.url}/healthz"
    page.goto("/accounts/login/")
    reached = []
    for _ in range(6):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.textContent.trim()"))
        if reached[-1] == "Quick exit":
            break
    assert reached[0] == "Skip to content"
    assert reached[-1] == "Quick exit" and len(reached) <= 3
    page.keyboard.press("Enter")
    page.wait_for_url("**/healthz")


def test_export_downloads_and_delete_removes_everything(
    page: Page, tmp_path: Any
) -> None:
    sign_up_and_onboard(page, "dee@example.com")
    go(page, "Settings")
    with page.expect_download() as info:
        page.get_by_role("link", name="Download my data").click()
    path = tmp_path / "export.zip"
    info.value.save_as(path)
    data = json.loads(zipfile.ZipFile(path).read("export.json"))
    assert data["account"]["email"] == "dee@example.com"

    page.get_by_role("link", name="Delete my account").click()
    page.get_by_label("Your password, to confirm").fill(PASSWORD)
    page.get_by_label("I understand").check()
    page.get_by_role("button", name="Delete everything").click()
    expect(page.get_by_role("status")).to_contain_text("erased")
    assert not User.objects.filter(email="dee@example.com").exists()
    log_in(page, "dee@example.com")
    expect(page.get_by_role("alert")).to_contain_text("don't match")


@pytest.mark.parametrize("path", ["/accounts/signup/", "/accounts/login/", "/"])
def test_no_serious_accessibility_violations(new_page: Any, path: str) -> None:
    page = new_page(bypass_csp=True)  # axe is injected as an inline script
    if path == "/":
        sign_up_and_onboard(page, "axe@example.com")
    page.goto(path)
    violations = axe_violations(page)
    assert violations == [], [(v["id"], v["help"]) for v in violations]
