"""The plan changes with the role, the latest results and the partner check."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.conftest import ApiClient, make_user
from tests.plans.conftest import screened
from turntoward.accounts.models import Role, User
from turntoward.accounts.services import user_update_profile
from turntoward.assessments.instruments import get_instrument
from turntoward.assessments.services import result_submit
from turntoward.plans import content
from turntoward.plans.plan import plan_for
from turntoward.plans.services.plan import plan_step_update

pytestmark = pytest.mark.django_db


def take_neglect_check(user: User, high: set[str]) -> None:
    """Answer the neglect check so only the signs in `high` come out high."""
    answers = {}
    for item in get_instrument("neglect_check").items:
        on = item.subscale in high
        answers[item.id] = (0 if on else 4) if item.reverse else (4 if on else 0)
    result_submit(user=user, instrument_id="neglect_check", answers=answers)


def take_phq9(user: User, total: int) -> None:
    answers = [min(3, max(0, total - 3 * i)) for i in range(8)] + [0]
    result_submit(user=user, instrument_id="phq9", answers=answers)


def ids(user: User) -> list[str]:
    return [e.id for e in plan_for(user=user).steps]


@pytest.mark.parametrize("role", ["neglected", "neglecting", "both", "unsure"])
def test_each_role_gets_its_own_steps_in_order(role: str) -> None:
    user = make_user(f"{role}@example.com", role=role)
    assert ids(user) == list(content.ROLE_STEPS[role])


def test_neglecting_partner_gets_change_steps_not_healing_ones(alice: User) -> None:
    user_update_profile(user=alice, role=Role.NEGLECTING)
    steps = ids(alice)
    assert {"practice_empathy", "express_emotions", "be_present"} <= set(steps)
    assert "decide" not in steps and "validate_feelings" not in steps


def test_changing_role_changes_the_plan(alice: User) -> None:
    before = ids(alice)
    user_update_profile(user=alice, role=Role.BOTH)
    assert ids(alice) != before
    assert "practice_empathy" in ids(alice)


def test_walking_on_eggshells_brings_gentle_talk_and_boundaries_forward(
    alice: User,
) -> None:
    base = ids(alice)
    take_neglect_check(alice, {"walking_on_eggshells"})
    plan = plan_for(user=alice)
    steps = [e.id for e in plan.steps]
    assert steps[:2] == ["communicate_gently", "boundaries"]
    assert steps.index("boundaries") < base.index("boundaries")
    assert plan.based_on


def test_low_results_leave_the_role_order_alone(alice: User) -> None:
    take_neglect_check(alice, set())
    assert ids(alice) == list(content.ROLE_STEPS["neglected"])


def test_moderate_phq9_brings_professional_help_forward(alice: User) -> None:
    take_phq9(alice, 11)
    steps = ids(alice)
    assert "professional_help" in steps[:2]


def test_mild_phq9_does_not_push_professional_help(alice: User) -> None:
    take_phq9(alice, 6)
    assert ids(alice).index("professional_help") > 2


def test_moderate_phq9_brings_guidance_forward_for_the_neglecting_role(
    alice: User,
) -> None:
    user_update_profile(user=alice, role=Role.NEGLECTING)
    take_phq9(alice, 12)
    assert ids(alice)[0] == "seek_guidance"


def test_positive_partner_check_swaps_couples_steps_for_safety(alice: User) -> None:
    screened(alice, positive=True)
    plan = plan_for(user=alice)
    steps = [e.id for e in plan.steps]
    assert plan.safety_mode
    assert steps[:2] == ["safety_help", "safety_plan"]
    assert not set(steps) & content.UNSAFE_WHEN_AFRAID
    assert "professional_help" in steps
    assert plan.steps[0].url == "/help/"


def test_positive_check_for_neglecting_role_keeps_self_care(alice: User) -> None:
    user_update_profile(user=alice, role=Role.NEGLECTING)
    screened(alice, positive=True)
    steps = ids(alice)
    assert steps[:2] == ["safety_help", "safety_plan"]
    assert {"seek_guidance", "self_compassion"} <= set(steps)
    assert "practice_empathy" not in steps


def test_negative_partner_check_keeps_the_couples_steps(alice: User) -> None:
    screened(alice)
    assert ids(alice) == list(content.ROLE_STEPS["neglected"])


def test_plan_page_shows_the_safety_note(web_alice: Client, alice: User) -> None:
    screened(alice, positive=True)
    page = web_alice.get("/plan/").content.decode()
    assert "Your safety comes first" in page
    assert "Talk to someone who knows about this" in page
    assert "Say it gently" not in page


def test_a_partners_results_never_change_my_plan(alice: User, bob: User) -> None:
    before = ids(alice)
    take_phq9(bob, 20)
    screened(bob, positive=True)
    assert ids(alice) == before


def test_skip_and_bring_back_a_step_is_stored(alice: User) -> None:
    plan_step_update(user=alice, step="boundaries", skipped=True)
    plan = plan_for(user=alice)
    assert "boundaries" not in [e.id for e in plan.steps]
    assert [e.id for e in plan.skipped] == ["boundaries"]
    plan_step_update(user=alice, step="boundaries", skipped=False)
    assert "boundaries" in ids(alice)


def test_moving_a_step_keeps_the_new_order(alice: User) -> None:
    plan_step_update(user=alice, step="validate_feelings", move="up")
    assert ids(alice)[:2] == ["validate_feelings", "acknowledge"]
    plan_step_update(user=alice, step="validate_feelings", move="down")
    assert ids(alice)[:2] == ["acknowledge", "validate_feelings"]


def test_web_buttons_skip_move_and_reset(web_alice: Client, alice: User) -> None:
    web_alice.post("/plan/steps/decide/", {"action": "skip"})
    web_alice.post("/plan/steps/boundaries/", {"action": "up"})
    assert "decide" not in ids(alice)
    web_alice.post("/plan/reset/")
    assert ids(alice) == list(content.ROLE_STEPS["neglected"])


def test_a_step_for_another_role_is_a_clear_error(
    api_alice: ApiClient, web_alice: Client, alice: User
) -> None:
    response = api_alice.patch("/plans/plan/steps/practice_empathy", {"skipped": True})
    assert response.status_code == 422
    assert "isn't part of your plan" in response.json()["detail"][0]["msg"]
    page = web_alice.post(
        "/plan/steps/practice_empathy/", {"action": "skip"}, follow=True
    ).content.decode()
    assert "isn&#x27;t part of your plan" in page
    assert not plan_for(user=alice).skipped


def test_unknown_step_and_bad_move_are_refused(api_alice: ApiClient) -> None:
    assert (
        api_alice.patch("/plans/plan/steps/fly", {"skipped": True}).status_code == 422
    )
    assert (
        api_alice.patch("/plans/plan/steps/decide", {"move": "left"}).status_code == 422
    )


def test_progress_is_counts_never_streaks(web_alice: Client, alice: User) -> None:
    for _ in range(2):
        web_alice.post("/plan/coach/empathy/", {"reply": "Tell me more"})
    user_update_profile(user=alice, role=Role.BOTH)
    page = web_alice.get("/plan/").content.decode()
    assert "2 replies practised" in page
    assert "streak" not in page.lower()


def test_first_and_last_steps_offer_only_the_moves_that_make_sense(
    alice: User,
) -> None:
    screened(alice, positive=True)
    steps = plan_for(user=alice).steps
    assert not steps[0].can_move_up and not steps[0].can_move_down
    assert not steps[2].can_move_up and steps[2].can_move_down
    assert steps[-1].can_move_up and not steps[-1].can_move_down
