"""Each tool end to end through the pages: needs, love styles, the kit,
boundaries, presence and the decision worksheet."""

from __future__ import annotations

import html
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from tests.plans.conftest import screened
from turntoward.accounts.models import User
from turntoward.assessments.services import result_share, result_submit
from turntoward.bids.services import bid_create
from turntoward.checkins.moods import MOODS
from turntoward.checkins.services import checkin_save
from turntoward.plans import content
from turntoward.plans import models as m
from turntoward.plans.selectors import affirmation_of_the_day, prompt_of_the_day
from turntoward.plans.services import items
from turntoward.plans.worksheet import worksheet_for
from turntoward.safety.models import SafetyEvent

pytestmark = pytest.mark.django_db


def text_of(response: Any) -> str:
    """Return the page as a person reads it (entities such as &#x27; decoded)."""
    return html.unescape(response.content.decode())


# --- content -----------------------------------------------------------------


def test_our_own_words_come_in_the_promised_amounts() -> None:
    assert len(set(content.STARTERS)) >= 8
    assert len({s.id for s in content.SCENARIOS}) >= 8
    assert len(set(content.AFFIRMATIONS)) >= 40
    assert len({p.text for p in content.PROMPTS}) >= 20
    assert len(content.QUESTIONS) >= 5
    assert all(len(ideas) >= 3 for ideas in content.LOVE_IDEAS.values())


def test_affirmation_never_repeats_within_thirty_days(alice: User, carol: User) -> None:
    today = timezone.localdate()
    for start in (0, 25, 40):
        days = [today + timedelta(days=start + n) for n in range(30)]
        seen = [affirmation_of_the_day(user=alice, day=d) for d in days]
        assert len(set(seen)) == 30
    assert affirmation_of_the_day(user=alice, day=today) == affirmation_of_the_day(
        user=alice, day=today
    )
    order = [
        affirmation_of_the_day(user=alice, day=today + timedelta(n)) for n in range(9)
    ]
    other = [
        affirmation_of_the_day(user=carol, day=today + timedelta(n)) for n in range(9)
    ]
    assert order != other
    assert prompt_of_the_day(user=alice, day=today) in content.PROMPTS


# --- needs board ---------------------------------------------------------------


def test_needs_board_works_alone_as_a_list(web_carol: Client, carol: User) -> None:
    response = web_carol.post(
        "/plan/items/needs/add/",
        {"needs-text": "more verbal reassurance", "needs-example": "say you're proud"},
        follow=True,
    )
    page = text_of(response)
    assert "I need more verbal reassurance" in page
    assert "Share with my partner" not in page
    assert m.NeedRequest.objects.get(owner=carol).shared is False


@pytest.mark.parametrize(
    "data, message",
    [
        ({"needs-text": "  "}, "This field is required"),
        ({"needs-text": "x" * 301}, "at most 300 characters"),
    ],
)
def test_bad_needs_show_a_clear_error_and_save_nothing(
    web_alice: Client, data: dict[str, str], message: str
) -> None:
    response = web_alice.post("/plan/items/needs/add/", data)
    assert message in text_of(response)
    assert not m.NeedRequest.objects.exists()


def test_abuse_in_a_request_opens_the_help_panel(
    web_alice: Client, alice: User
) -> None:
    page = text_of(
        web_alice.post(
            "/plan/items/needs/add/",
            {"needs-text": "to not be hit when he is angry, I am scared of him"},
            follow=True,
        )
    )
    assert 'id="help-panel"' in page and "You deserve to feel safe" in page
    assert SafetyEvent.objects.filter(owner=alice, reason="abuse").exists()


def test_sharing_before_the_private_check_goes_to_the_check(
    web_alice: Client, alice: User, bob: User
) -> None:
    need, _ = items.item_create(user=alice, kind="needs", data={"text": "a walk"})
    response = web_alice.post(f"/plan/items/needs/{need.pk}/share/", {"shared": "1"})
    assert response.status_code == 302 and "/help/check/" in response["Location"]
    need.refresh_from_db()
    assert need.shared is False


def test_paused_sharing_after_a_yes_is_explained(alice: User, bob: User) -> None:
    from turntoward.core.errors import ServiceError

    screened(alice, positive=True)
    with pytest.raises(ServiceError) as caught:
        items.item_create(user=alice, kind="needs", data={"text": "x"}, shared=True)
    assert caught.value.code == "sharing_paused"


def test_request_is_shared_answered_and_looked_back_on(
    web_alice: Client, web_bob: Client, couple: dict[str, User]
) -> None:
    web_alice.post(
        "/plan/items/needs/add/",
        {"needs-text": "a phone-free hour together", "needs-shared": "on"},
    )
    need = m.NeedRequest.objects.get()
    assert need.shared
    board = text_of(web_bob.get("/plan/needs/"))
    assert "needs a phone-free hour together" in board
    web_bob.post(
        f"/plan/needs/{need.pk}/respond/", {"answer": "change", "reason": "Sundays?"}
    )
    mine = text_of(web_alice.get("/plan/needs/"))
    assert "Can we change it a little?" in mine and "Sundays?" in mine
    web_alice.post(
        f"/plan/items/needs/{need.pk}/edit/",
        {
            "needs-text": need.text,
            "needs-what_happened": "We tried it on Sunday",
            "needs-shared": "on",
        },
    )
    review = text_of(web_alice.get("/plan/needs/review/"))
    assert "We tried it on Sunday" in review and "Sundays?" in review
    assert "We tried it" not in text_of(web_bob.get("/plan/needs/"))
    assert "Nothing shared" not in text_of(web_bob.get("/plan/needs/review/"))


def test_change_without_a_reason_is_refused(
    web_bob: Client, couple: dict[str, User]
) -> None:
    need, _ = items.item_create(
        user=couple["alice"], kind="needs", data={"text": "a hug"}, shared=True
    )
    page = text_of(
        web_bob.post(
            f"/plan/needs/{need.pk}/respond/", {"answer": "change"}, follow=True
        )
    )
    assert "Please write something for your reason" in page
    assert not m.NeedResponse.objects.exists()


# --- love styles -----------------------------------------------------------------


def love_result(user: User, high: str, shared: bool = True) -> None:
    from turntoward.assessments.instruments import get_instrument

    answers = {}
    for item in get_instrument("love_styles").items:
        on = item.subscale == high
        answers[item.id] = (0 if on else 4) if item.reverse else (4 if on else 0)
    row, _ = result_submit(user=user, instrument_id="love_styles", answers=answers)
    if shared:
        result_share(user=user, result=row, shared=True)


def test_love_bridge_offers_ideas_each_way(
    web_alice: Client, couple: dict[str, User]
) -> None:
    love_result(couple["alice"], "words")
    love_result(couple["bob"], "quality_time")
    page = text_of(web_alice.get("/plan/love/"))
    assert "Your partner feels most loved through time together" in page
    assert content.LOVE_IDEAS["quality_time"][0] in page
    assert "You feel most loved through kind words" in page
    web_alice.post(
        "/plan/love/ideas/",
        {"style": "quality_time", "text": content.LOVE_IDEAS["quality_time"][0]},
    )
    web_alice.post(
        "/plan/love/ideas/",
        {"as": "need", "style": "words", "text": content.LOVE_IDEAS["words"][0]},
    )
    action = m.LoveAction.objects.get(owner=couple["alice"])
    assert action.style == "quality_time"
    assert m.NeedRequest.objects.get(owner=couple["alice"]).text.startswith("I'd love")
    web_alice.post(f"/plan/love/{action.pk}/done/")
    assert "done 1 time" in text_of(web_alice.get("/plan/love/"))


def test_unshared_love_styles_stay_out_of_the_partners_ideas(
    web_bob: Client, couple: dict[str, User]
) -> None:
    love_result(couple["alice"], "gifts", shared=False)
    page = text_of(web_bob.get("/plan/love/"))
    assert "Your partner feels most loved" not in page
    assert "When your partner shares their love-style results" in page


# --- kit, boundaries, presence ----------------------------------------------------


def test_kit_shows_todays_affirmation_and_the_users_own(
    web_alice: Client, alice: User
) -> None:
    web_alice.post(
        "/plan/items/affirmations/add/", {"affirmations-text": "I am enough"}
    )
    page = text_of(web_alice.get("/plan/kit/"))
    assert affirmation_of_the_day(user=alice) in page
    assert "in your own words: I am enough" in page


def test_crisis_in_the_kit_opens_help(web_alice: Client) -> None:
    page = text_of(web_alice.post("/plan/kit/", {"text": "I want to end my life"}))
    assert 'id="help-panel"' in page


def test_boundary_planned_and_recorded_privately(
    web_alice: Client, web_bob: Client, alice: User, bob: User
) -> None:
    web_alice.post(
        "/plan/items/boundaries/add/",
        {
            "boundaries-when_text": "my feelings are laughed off",
            "boundaries-will_text": "calmly end the talk and try again later",
        },
    )
    boundary = m.Boundary.objects.get()
    web_alice.post(
        f"/plan/boundaries/{boundary.pk}/record/", {"held": "held", "note": "It helped"}
    )
    web_alice.post(f"/plan/boundaries/{boundary.pk}/record/", {"held": "sometimes"})
    assert m.BoundaryRecord.objects.count() == 1
    page = text_of(web_alice.get("/plan/boundaries/"))
    assert "It helped" in page and "It held" in page
    assert (
        web_bob.post(
            f"/plan/boundaries/{boundary.pk}/record/", {"held": "held"}
        ).status_code
        == 404
    )
    assert "It helped" not in text_of(web_bob.get("/plan/boundaries/"))


def test_presence_step_and_commitment_are_logged(
    web_alice: Client, alice: User
) -> None:
    prompt = prompt_of_the_day(user=alice)
    page = text_of(web_alice.get("/plan/presence/"))
    assert prompt.text in page
    web_alice.post("/plan/presence/log/", {"prompt": prompt.id, "note": "She smiled"})
    web_alice.post("/plan/items/commitments/add/", {"commitments-text": "walk Sundays"})
    commitment = m.PresenceCommitment.objects.get()
    web_alice.post("/plan/presence/log/", {"commitment": commitment.pk})
    assert m.PresenceLog.objects.filter(owner=alice).count() == 2
    assert "She smiled" in text_of(web_alice.get("/plan/presence/"))
    web_alice.post("/plan/presence/log/", {"prompt": "nope"})
    assert m.PresenceLog.objects.count() == 2


# --- decision worksheet -----------------------------------------------------------


def test_worksheet_lays_out_requests_and_how_things_moved(
    alice: User, bob: User
) -> None:
    screened(alice, bob)
    need, _ = items.item_create(
        user=alice, kind="needs", data={"text": "talks"}, shared=True
    )
    began = timezone.now() - timedelta(days=50)
    m.NeedRequest.objects.filter(pk=need.pk).update(created_at=began)
    today = timezone.localdate()
    mood = MOODS[0].word
    for n, value in ((48, 2), (45, 2), (5, 4), (2, 4)):
        checkin_save(
            user=alice,
            mood=mood,
            connection=value,
            today=today,
            day=today - timedelta(days=n),
        )
    for n, response in ((47, "away"), (46, "against"), (4, "toward"), (3, "toward")):
        bid_create(
            user=alice,
            direction="made",
            description="look at this",
            response=response,
            occurred_at=timezone.now() - timedelta(days=n),
        )
    sheet = worksheet_for(user=alice)
    trends = {t.label: (t.before, t.recent) for t in sheet.trends}
    assert trends["Felt connection (1 to 5)"] == (2.0, 4.0)
    assert trends["Your bids that were turned toward"] == (0, 100)
    assert sheet.answered == 0 and len(sheet.asked) == 1


def test_worksheet_page_saves_answers_and_refuses_oversized(
    web_alice: Client, alice: User
) -> None:
    web_alice.post("/plan/decide/", {"hope": "More honest talks"})
    assert m.DecisionAnswer.objects.get(owner=alice).answer == "More honest talks"
    page = text_of(web_alice.post("/plan/decide/", {"hope": "x" * 4001}))
    assert "at most 4000 characters" in page
    assert m.DecisionAnswer.objects.get(owner=alice).answer == "More honest talks"
    assert "no verdict" in text_of(web_alice.get("/plan/decide/"))


def test_partner_ideas_wait_for_the_private_check(
    web_alice: Client, alice: User, bob: User
) -> None:
    screened(bob)
    love_result(bob, "gifts")
    page = text_of(web_alice.get("/plan/love/"))
    assert "Your partner feels most loved" not in page
    assert "Take the private check" in page
    screened(alice)
    assert "Your partner feels most loved" in text_of(web_alice.get("/plan/love/"))
