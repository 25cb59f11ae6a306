"""Steps a person takes, shared by the browser tests."""

from __future__ import annotations

from playwright.sync_api import Page, expect

PASSWORD = "a quiet harbour 42"


def sign_up_and_onboard(
    page: Page, email: str, *, role: str = "We both feel it", country: str = "US"
) -> None:
    """Create an account through the pages and finish onboarding."""
    page.goto("/accounts/signup/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("status")).to_contain_text("Log in")
    log_in(page, email)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Before we start: your privacy"
    )
    page.get_by_role("button", name="continue").click()
    page.get_by_label(role).check()
    page.get_by_label("Where do you live?").select_option(country)
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome back")


def log_in(page: Page, email: str, password: str = PASSWORD) -> None:
    """Log in through the log-in page."""
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def go(page: Page, name: str) -> None:
    """Follow a link in the main navigation."""
    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name=name, exact=True
    ).click()


def answer_partner_question(page: Page, answer: str = "No") -> None:
    """Answer the private partner question (shown before linking) the same for all."""
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "A private question first"
    )
    groups = page.get_by_role("group")
    for index in range(groups.count()):
        groups.nth(index).get_by_label(answer, exact=True).check()
    page.get_by_role("button", name="Continue").click()
