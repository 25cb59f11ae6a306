"""Every plan page opens for its owner, and each tool does its job through the web."""

from __future__ import annotations

import pytest
from django.test import Client

from turntoward.accounts.models import User
from turntoward.plans import models as m
from turntoward.safety.models import SafetyEvent

pytestmark = pytest.mark.django_db

PAGES = [
    "/plan/",
    "/plan/coach/message/",
    "/plan/coach/empathy/",
    "/plan/coach/empathy/late_again/",
    "/plan/needs/",
    "/plan/needs/review/",
    "/plan/love/",
    "/plan/kit/",
    "/plan/boundaries/",
    "/plan/presence/",
    "/plan/decide/",
    "/plan/help/",
    "/plan/items/needs/add/",
]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_opens_for_a_linked_user(
    web_alice: Client, couple: dict[str, User], path: str
) -> None:
    assert web_alice.get(path).status_code == 200


@pytest.mark.parametrize("path", ["/plan/", "/plan/kit/", "/plan/decide/"])
def test_pages_need_a_login(anon: Client, path: str) -> None:
    response = anon.get(path)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_plan_is_in_the_main_navigation(web_alice: Client) -> None:
    assert 'href="/plan/"' in web_alice.get("/").content.decode()


def test_message_coach_offers_a_gentler_version(web_alice: Client) -> None:
    page = web_alice.post(
        "/plan/coach/message/", {"text": "You never listen to me, you always ignore me"}
    ).content.decode()
    assert "A gentler version" in page
    assert 'data-copy="#gentler"' in page
    assert "turn a wish into an accusation" in page


def test_message_coach_says_so_when_a_message_is_already_kind(
    web_alice: Client,
) -> None:
    page = web_alice.post(
        "/plan/coach/message/", {"text": "I miss you. Could we have dinner, just us?"}
    ).content.decode()
    assert "This sounds kind and clear" in page


def test_message_coach_refuses_empty_and_oversized_text(web_alice: Client) -> None:
    assert (
        "This field is required"
        in web_alice.post("/plan/coach/message/", {"text": "   "}).content.decode()
    )
    page = web_alice.post("/plan/coach/message/", {"text": "a" * 2001}).content.decode()
    assert "at most 2000 characters" in page


def test_crisis_in_the_message_coach_opens_the_help_panel(
    web_alice: Client, alice: User
) -> None:
    page = web_alice.post(
        "/plan/coach/message/", {"text": "I want to kill myself"}
    ).content.decode()
    assert 'id="help-panel"' in page
    assert SafetyEvent.objects.filter(owner=alice, source="message_coach").exists()


def test_empathy_coach_offers_a_validating_reply(web_alice: Client) -> None:
    page = web_alice.post(
        "/plan/coach/empathy/",
        {
            "context": "I felt hurt when you forgot our dinner",
            "reply": "You're overreacting, it's not a big deal",
        },
    ).content.decode()
    assert "may brush the feeling aside" in page
    assert 'data-copy="#validating"' in page


def test_practice_scenario_checks_the_answer(web_alice: Client) -> None:
    page = web_alice.post(
        "/plan/coach/empathy/late_again/", {"reply": "Calm down, it's not a big deal"}
    ).content.decode()
    assert "may brush the feeling aside" in page
    assert web_alice.get("/plan/coach/empathy/nope/").status_code == 404


def test_using_a_coach_counts_as_progress_on_the_plan(
    web_alice: Client, alice: User
) -> None:
    web_alice.post("/plan/coach/message/", {"text": "You never call me"})
    assert m.PlanStep.objects.get(owner=alice, step="communicate_gently").uses == 1
    assert "1 message checked" in web_alice.get("/plan/").content.decode()


def test_kit_answers_self_invalidation_with_validation(web_alice: Client) -> None:
    page = web_alice.post(
        "/plan/kit/", {"text": "I'm probably too sensitive, it's silly of me"}
    ).content.decode()
    assert "A kinder answer" in page
