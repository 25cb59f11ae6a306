"""The private partner question before couples features, and what a 'yes' changes."""

from __future__ import annotations

import html

import pytest
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory

from tests.conftest import make_user
from turntoward.accounts.models import User
from turntoward.safety import selectors, services
from turntoward.safety.decorators import require_abuse_screen
from turntoward.safety.models import AbuseScreen

pytestmark = pytest.mark.django_db

NO = {"afraid": "no", "hurt": "no", "controlled": "no"}
PARTNER = "/accounts/partner/"


def _text(res: HttpResponse) -> str:
    return html.unescape(res.content.decode())


def _answer(user: User, *, yes: bool) -> AbuseScreen:
    return services.abuse_screen_answer(
        user=user, afraid=yes, hurt=False, controlled=False
    )


def test_partner_page_asks_the_private_question_first(web_carol: Client) -> None:
    res = web_carol.get(PARTNER)
    assert res.status_code == 302
    assert res.url == "/help/check/?next=%2Faccounts%2Fpartner%2F"
    page = _text(web_carol.get(res.url))
    assert "Do you ever feel afraid of your partner?" in page
    assert "hurt you, or threatened" in page
    assert "money, your phone" in page
    assert "Your partner is never told" in page


def test_invite_posts_are_held_until_answered(web_carol: Client) -> None:
    res = web_carol.post(PARTNER, {"action": "invite"})
    assert res.status_code == 302 and res.url.startswith("/help/check/")
    assert res.context is None  # no code was made


def test_answering_no_goes_back_to_the_partner_page(
    web_carol: Client, carol: User
) -> None:
    res = web_carol.post("/help/check/", {**NO, "next": PARTNER})
    assert res.url == PARTNER
    assert not selectors.abuse_screen_needed(user=carol)
    assert not selectors.abuse_screen_positive(user=carol)
    assert selectors.couples_features_allowed(user=carol)
    page = _text(web_carol.get(PARTNER))
    assert "Make an invite code" in page


def test_every_question_must_be_answered(web_carol: Client, carol: User) -> None:
    res = web_carol.post("/help/check/", {"afraid": "no", "hurt": "no"})
    assert res.status_code == 200
    assert selectors.abuse_screen_needed(user=carol)


@pytest.mark.parametrize("question", ["afraid", "hurt", "controlled"])
@pytest.mark.parametrize("answer", ["yes", "unsure"])
def test_any_answer_but_no_keeps_couples_features_out_of_the_way(
    web_carol: Client, carol: User, question: str, answer: str
) -> None:
    res = web_carol.post("/help/check/", {**NO, question: answer, "next": PARTNER})
    assert res.url.startswith("/help/check/answer/")
    assert selectors.abuse_screen_positive(user=carol)
    assert not selectors.couples_features_allowed(user=carol)
    gate = web_carol.get(PARTNER)
    assert gate.status_code == 302 and gate.url.startswith("/help/check/answer/")


def test_after_a_yes_the_page_says_why_and_shows_abuse_help(
    web_carol: Client, carol: User
) -> None:
    _answer(carol, yes=True)
    page = _text(web_carol.get("/help/check/answer/"))
    assert "couples exercises can be unsafe" in page
    assert "0808 2000 247" in page  # Carol lives in the UK
    assert "Steps that can keep you safer" in page
    assert "/help/plan/" in page
    assert "I understand, show me partner features" in page


def test_the_person_may_still_choose_couples_features(
    web_carol: Client, carol: User
) -> None:
    _answer(carol, yes=True)
    res = web_carol.post("/help/check/go-on/", {"next": PARTNER})
    assert res.url == PARTNER
    assert selectors.abuse_screen_positive(user=carol)
    assert selectors.couples_features_allowed(user=carol)
    assert "Make an invite code" in _text(web_carol.get(PARTNER))


def test_answering_again_asks_the_choice_again(carol: User) -> None:
    _answer(carol, yes=True)
    services.abuse_screen_insist(user=carol)
    _answer(carol, yes=True)
    assert not selectors.couples_features_allowed(user=carol)
    _answer(carol, yes=False)
    assert selectors.couples_features_allowed(user=carol)


def test_insisting_before_answering_is_refused(web_carol: Client, carol: User) -> None:
    res = web_carol.post("/help/check/go-on/")
    assert res.url == "/help/check/"
    assert selectors.abuse_screen_needed(user=carol)


def test_only_the_outcome_is_kept_not_each_answer(carol: User) -> None:
    screen = services.abuse_screen_answer(
        user=carol, afraid=False, hurt=True, controlled=False
    )
    fields = {f.name for f in AbuseScreen._meta.fields}
    assert fields == {"id", "owner", "answered_at", "positive", "couples_anyway"}
    assert screen.positive


def test_answers_can_be_deleted_and_the_question_comes_back(
    web_carol: Client, carol: User
) -> None:
    _answer(carol, yes=False)
    web_carol.post("/help/check/delete/")
    assert selectors.abuse_screen_needed(user=carol)
    assert web_carol.get(PARTNER).status_code == 302


def test_an_unsafe_next_is_ignored(web_carol: Client) -> None:
    res = web_carol.post("/help/check/", {**NO, "next": "https://evil.example/"})
    assert res.url == PARTNER


def test_a_linked_person_can_always_end_the_link(web_bob: Client, bob: User) -> None:
    # Bob was linked without the question (as before it existed): never held up.
    page = _text(web_bob.get(PARTNER))
    assert "End the link" in page
    web_bob.post(PARTNER, {"action": "unlink"})
    bob.refresh_from_db()
    assert bob.partner is None


def test_linking_through_the_pages_needs_both_to_answer(db: None) -> None:
    ann, ben = make_user("ann@example.com"), make_user("ben@example.com")
    web_ann, web_ben = Client(), Client()
    web_ann.force_login(ann)
    web_ben.force_login(ben)
    web_ann.post("/help/check/", NO)
    code = web_ann.post(PARTNER, {"action": "invite"}).context["code"]
    held = web_ben.post(PARTNER, {"action": "accept", "code": code})
    assert held.status_code == 302
    ben.refresh_from_db()
    assert ben.partner is None
    web_ben.post("/help/check/", NO)
    web_ben.post(PARTNER, {"action": "accept", "code": code})
    ben.refresh_from_db()
    assert ben.partner == ann


# --- the decorator other apps use --------------------------------------------


@require_abuse_screen
def _share(request: HttpRequest) -> HttpResponse:
    return HttpResponse("shared")


def _request(user: User, method: str = "get", **extra: str) -> HttpRequest:
    request = getattr(RequestFactory(), method)("/journal/3/share/", **extra)
    request.user = user
    return request


def test_decorator_sends_an_unscreened_person_to_the_question(carol: User) -> None:
    res = _share(_request(carol))
    assert res.status_code == 302
    assert res["Location"] == "/help/check/?next=%2Fjournal%2F3%2Fshare%2F"


def test_decorator_on_a_post_returns_to_the_page_the_form_was_on(
    carol: User,
) -> None:
    res = _share(_request(carol, "post", HTTP_REFERER="http://testserver/journal/3/"))
    assert res["Location"] == "/help/check/?next=%2Fjournal%2F3%2F"
    res = _share(_request(carol, "post", HTTP_REFERER="https://evil.example/x"))
    assert res["Location"] == "/help/check/?next=%2F"


def test_decorator_after_a_yes_shows_the_answer_page(carol: User) -> None:
    _answer(carol, yes=True)
    res = _share(_request(carol))
    assert res["Location"].startswith("/help/check/answer/?next=")
    services.abuse_screen_insist(user=carol)
    assert _share(_request(carol)).content == b"shared"


def test_decorator_lets_a_no_through(carol: User) -> None:
    _answer(carol, yes=False)
    assert _share(_request(carol)).content == b"shared"


def test_the_partners_answer_says_nothing_about_mine(alice: User, bob: User) -> None:
    _answer(alice, yes=True)
    assert selectors.abuse_screen_needed(user=bob)
    assert not selectors.abuse_screen_positive(user=bob)
    assert not selectors.couples_features_allowed(user=bob)
