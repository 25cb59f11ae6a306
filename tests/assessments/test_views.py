"""Assessment pages, tried by Alice, Bob (her partner), Carol and nobody."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from turntoward.accounts.models import User
from turntoward.assessments import services
from turntoward.assessments.models import (
    Acknowledgement,
    AssessmentResponse,
    AssessmentResult,
)
from turntoward.safety.models import AbuseScreen, SafetyEvent

pytestmark = pytest.mark.django_db

NEGLECT = [3] * 17


def submit(user: User, instrument: str, answers: Any) -> AssessmentResult:
    result, _ = services.result_submit(
        user=user, instrument_id=instrument, answers=answers
    )
    return result


def shared(user: User, instrument: str, answers: Any) -> AssessmentResult:
    return services.result_share(
        user=user, result=submit(user, instrument, answers), shared=True
    )


def start(client: Client, instrument: str, mode: str = "one") -> AssessmentResponse:
    res = client.post(f"/assessments/{instrument}/start/", {"mode": mode})
    assert res.status_code == 302
    return AssessmentResponse.objects.latest("pk")


def answer(client: Client, response: AssessmentResponse, item: str, value: int) -> Any:
    return client.post(
        f"/assessments/answers/{response.pk}/",
        {"item": item, "action": "next", item: str(value)},
    )


# --- nobody ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/assessments/",
        "/assessments/phq9/",
        "/assessments/phq9/history/",
        "/assessments/results/1/",
        "/assessments/answers/1/",
        "/assessments/love-styles/together/",
    ],
)
def test_nobody_is_sent_to_log_in(anon: Client, path: str) -> None:
    res = anon.get(path)
    assert res.status_code == 302 and res["Location"].startswith("/accounts/login/")


# --- the list and the intro page ----------------------------------------------------


def test_list_shows_every_instrument_with_who_it_is_for(web_alice: Client) -> None:
    page = web_alice.get("/assessments/").content.decode()
    for title in ("Feeling alone together", "PHQ-9", "GAD-7", "Ways I feel loved"):
        assert title in page
    assert "people who think they may be hard to reach" in page.lower()


def test_availability_check_is_reachable_by_every_role(web_alice: Client) -> None:
    # Alice's role is "neglected"; the check is written for the other side.
    res = web_alice.get("/assessments/availability_check/")
    assert res.status_code == 200
    assert "people who think they may be hard to reach" in res.content.decode().lower()


def test_unknown_instrument_is_not_found(web_alice: Client) -> None:
    assert web_alice.get("/assessments/nope/").status_code == 404
    assert web_alice.post("/assessments/nope/start/").status_code == 404
    assert web_alice.get("/assessments/nope/history/").status_code == 404


def test_screener_pages_carry_the_credit_and_not_a_diagnosis(
    web_alice: Client,
) -> None:
    page = web_alice.get("/assessments/phq9/").content.decode()
    assert "Spitzer" in page and "not a diagnosis" in page


# --- taking one question per page ---------------------------------------------------


def test_one_question_per_page_shows_progress_and_saves_as_you_go(
    web_alice: Client, alice: User
) -> None:
    response = start(web_alice, "gad7")
    page = web_alice.get(f"/assessments/answers/{response.pk}/").content.decode()
    assert "Question 1 of 7" in page and 'name="gad7_1"' in page
    res = answer(web_alice, response, "gad7_1", 2)
    assert res["Location"].endswith("?q=2")
    page = web_alice.get(res["Location"]).content.decode()
    assert "Question 2 of 7" in page
    response.refresh_from_db()
    assert response.answers == {"gad7_1": 2}


def test_pause_keeps_answers_and_resume_continues_where_you_left_off(
    web_alice: Client,
) -> None:
    response = start(web_alice, "gad7")
    answer(web_alice, response, "gad7_1", 1)
    res = web_alice.post(
        f"/assessments/answers/{response.pk}/",
        {"item": "gad7_2", "action": "pause", "gad7_2": "3"},
    )
    assert res["Location"] == "/assessments/"
    page = web_alice.get("/assessments/").content.decode()
    assert "2 of 7 answered" in page and "Resume GAD-7" in page
    again = start(web_alice, "gad7")
    assert again.pk == response.pk
    page = web_alice.get(f"/assessments/answers/{response.pk}/").content.decode()
    assert "Question 3 of 7" in page


def test_pause_without_an_answer_is_fine(web_alice: Client) -> None:
    response = start(web_alice, "gad7")
    res = web_alice.post(
        f"/assessments/answers/{response.pk}/", {"item": "gad7_1", "action": "pause"}
    )
    assert res.status_code == 302


def test_next_without_an_answer_asks_again_and_saves_nothing(
    web_alice: Client,
) -> None:
    response = start(web_alice, "gad7")
    res = web_alice.post(
        f"/assessments/answers/{response.pk}/", {"item": "gad7_1", "action": "next"}
    )
    assert res.status_code == 200
    assert "Please choose one of the answers" in res.content.decode()
    response.refresh_from_db()
    assert response.answers == {}


def test_a_tampered_answer_value_is_refused(web_alice: Client) -> None:
    response = start(web_alice, "gad7")
    res = answer(web_alice, response, "gad7_1", 7)
    assert res.status_code == 200
    assert "Please choose one of the answers" in res.content.decode()
    response.refresh_from_db()
    assert response.answers == {}


def test_last_answer_finishes_and_shows_the_result(web_alice: Client) -> None:
    response = start(web_alice, "gad7")
    for n in range(1, 7):
        answer(web_alice, response, f"gad7_{n}", 2)
    res = answer(web_alice, response, "gad7_7", 2)
    result = AssessmentResult.objects.get()
    assert res["Location"] == f"/assessments/results/{result.pk}/"
    page = web_alice.get(res["Location"]).content.decode()
    assert "14</strong> of 21" in page and "Moderate" in page
    assert "not a diagnosis" in page and "Spitzer" in page
    assert "stays private to you" in page


def test_result_next_steps_link_to_the_plan_steps(
    alice: User, web_alice: Client
) -> None:
    result = submit(alice, "neglect_check", NEGLECT)
    page = web_alice.get(f"/assessments/results/{result.pk}/").content.decode()
    assert "Steps that may help" in page
    assert 'href="/plan/#step-acknowledge"' in page
    assert "Talk about it gently" in page


def test_finished_response_cannot_be_answered_again(web_alice: Client) -> None:
    response = start(web_alice, "gad7", mode="all")
    data = {f"gad7_{n}": "1" for n in range(1, 8)}
    web_alice.post(f"/assessments/answers/{response.pk}/all/", {**data})
    res = web_alice.post(
        f"/assessments/answers/{response.pk}/all/", {**data, "gad7_1": "3"}
    )
    assert res.status_code == 302
    assert AssessmentResult.objects.count() == 1
    assert AssessmentResult.objects.get().answers[0] == 1


# --- all on one page --------------------------------------------------------------


def test_all_on_one_page_counts_answers_and_can_pause(web_alice: Client) -> None:
    response = start(web_alice, "gad7", mode="all")
    page = web_alice.get(f"/assessments/answers/{response.pk}/all/").content.decode()
    assert "0 of 7 answered" in page
    web_alice.post(
        f"/assessments/answers/{response.pk}/all/",
        {"action": "pause", "gad7_1": "1", "gad7_4": "2"},
    )
    page = web_alice.get(f"/assessments/answers/{response.pk}/all/").content.decode()
    assert "2 of 7 answered" in page


def test_all_on_one_page_needs_every_answer_to_finish(web_alice: Client) -> None:
    response = start(web_alice, "gad7", mode="all")
    res = web_alice.post(
        f"/assessments/answers/{response.pk}/all/",
        {"action": "finish", "gad7_1": "1"},
    )
    assert res.status_code == 200
    assert not AssessmentResult.objects.exists()


def test_someone_elses_response_is_not_found(
    web_alice: Client, web_bob: Client, web_carol: Client
) -> None:
    response = start(web_alice, "gad7")
    for client in (web_bob, web_carol):
        assert client.get(f"/assessments/answers/{response.pk}/").status_code == 404
        res = client.post(
            f"/assessments/answers/{response.pk}/all/", {"action": "pause"}
        )
        assert res.status_code == 404


# --- the safety rule ----------------------------------------------------------------


def test_phq9_item_9_opens_the_help_panel_on_the_result_page(
    web_alice: Client, alice: User
) -> None:
    response = start(web_alice, "phq9", mode="all")
    data = {f"phq9_{n}": "0" for n in range(1, 9)}
    res = web_alice.post(
        f"/assessments/answers/{response.pk}/all/",
        {**data, "phq9_9": "1", "action": "finish"},
    )
    page = web_alice.get(res["Location"]).content.decode()
    assert 'role="alert"' in page and 'id="help-panel"' in page
    assert "988" in page  # Alice lives in the US
    assert "1</strong> of 27" in page and "Minimal" in page
    event = SafetyEvent.objects.get()
    assert (event.owner, event.reason, event.source) == (alice, "crisis", "phq9")


def test_phq9_item_9_one_question_per_page_records_one_event(
    web_alice: Client,
) -> None:
    response = start(web_alice, "phq9")
    for n in range(1, 9):
        answer(web_alice, response, f"phq9_{n}", 0)
    res = answer(web_alice, response, "phq9_9", 3)
    page = web_alice.get(res["Location"]).content.decode()
    assert 'id="help-panel"' in page
    assert SafetyEvent.objects.count() == 1


def test_phq9_without_item_9_shows_no_help_panel(web_alice: Client) -> None:
    response = start(web_alice, "phq9", mode="all")
    data = {f"phq9_{n}": "3" for n in range(1, 9)}
    res = web_alice.post(
        f"/assessments/answers/{response.pk}/all/",
        {**data, "phq9_9": "0", "action": "finish"},
    )
    page = web_alice.get(res["Location"]).content.decode()
    assert 'id="help-panel"' not in page
    assert not SafetyEvent.objects.exists()


# --- results: owner, partner, stranger ------------------------------------------------


def test_owner_sees_their_result_partner_and_stranger_do_not(
    alice: User, web_alice: Client, web_bob: Client, web_carol: Client
) -> None:
    result = submit(alice, "neglect_check", NEGLECT)
    url = f"/assessments/results/{result.pk}/"
    assert web_alice.get(url).status_code == 200
    assert web_bob.get(url).status_code == 404
    assert web_carol.get(url).status_code == 404


def test_partner_sees_a_shared_result_read_only(
    alice: User, web_bob: Client, web_carol: Client
) -> None:
    result = shared(alice, "neglect_check", NEGLECT)
    url = f"/assessments/results/{result.pk}/"
    page = web_bob.get(url).content.decode()
    assert "Your partner's result" in page
    assert "Stop sharing" not in page and "Share with my partner" not in page
    assert "I see this too" in page
    assert web_carol.get(url).status_code == 404
    listing = web_bob.get("/assessments/").content.decode()
    assert "Shared with you by your partner" in listing and url in listing


def test_share_and_unshare_from_the_result_page(
    alice: User, bob: User, web_alice: Client, web_bob: Client
) -> None:
    result = submit(alice, "neglect_check", NEGLECT)
    url = f"/assessments/results/{result.pk}/"
    assert "Share with my partner" in web_alice.get(url).content.decode()
    web_alice.post(f"{url}share/", {"shared": "1"})
    assert web_bob.get(url).status_code == 200
    web_alice.post(f"{url}share/", {"shared": "0"})
    assert web_bob.get(url).status_code == 404


def test_sharing_sends_an_unscreened_person_to_the_private_check_first(
    alice: User, bob: User, web_alice: Client
) -> None:
    result = submit(alice, "neglect_check", NEGLECT)
    AbuseScreen.objects.filter(owner=alice).delete()
    url = f"/assessments/results/{result.pk}/"
    res = web_alice.post(f"{url}share/", {"shared": "1"})
    assert res["Location"].startswith("/help/check/?next=")
    result.refresh_from_db()
    assert result.shared is False


def test_acknowledging_sends_an_unscreened_partner_to_the_check_first(
    alice: User, bob: User, web_bob: Client
) -> None:
    result = shared(alice, "neglect_check", NEGLECT)
    AbuseScreen.objects.filter(owner=bob).delete()
    url = f"/assessments/results/{result.pk}/acknowledge/"
    res = web_bob.post(url, {"response": "see_it_too"})
    assert res["Location"].startswith("/help/check/?next=")
    assert not Acknowledgement.objects.exists()


def test_partner_and_stranger_cannot_share_someone_elses_result(
    alice: User, web_bob: Client, web_carol: Client
) -> None:
    result = submit(alice, "neglect_check", NEGLECT)
    for client in (web_bob, web_carol):
        res = client.post(f"/assessments/results/{result.pk}/share/", {"shared": "1"})
        assert res.status_code == 404
    result.refresh_from_db()
    assert result.shared is False


def test_phq9_cannot_be_shared_from_the_page(
    alice: User, bob: User, web_alice: Client, web_bob: Client
) -> None:
    result = submit(alice, "phq9", [2] * 8 + [0])
    url = f"/assessments/results/{result.pk}/"
    assert "Share with my partner" not in web_alice.get(url).content.decode()
    res = web_alice.post(f"{url}share/", {"shared": "1"}, follow=True)
    assert "stays private" in res.content.decode()
    assert web_bob.get(url).status_code == 404


def test_partner_page_never_shows_item_answers(alice: User, web_bob: Client) -> None:
    result = shared(alice, "neglect_check", NEGLECT)
    page = web_bob.get(f"/assessments/results/{result.pk}/").content.decode()
    assert "I feel lonely even when" not in page  # item text, so no item answers


# --- acknowledgement ------------------------------------------------------------------


def test_partner_acknowledges_and_sharer_sees_it(
    alice: User, web_alice: Client, web_bob: Client
) -> None:
    result = shared(alice, "neglect_check", NEGLECT)
    url = f"/assessments/results/{result.pk}/"
    res = web_bob.post(
        f"{url}acknowledge/",
        {"response": "want_to_understand", "note": "Can we talk tonight?"},
        follow=True,
    )
    assert "Your partner will see your answer" in res.content.decode()
    assert "You answered" in res.content.decode()
    page = web_alice.get(url).content.decode()
    assert "I didn&#x27;t realise — I want to understand" in page
    assert "Can we talk tonight?" in page


def test_stranger_and_owner_cannot_acknowledge(
    alice: User, bob: User, web_alice: Client, web_carol: Client
) -> None:
    result = shared(alice, "neglect_check", NEGLECT)
    url = f"/assessments/results/{result.pk}/acknowledge/"
    assert web_carol.post(url, {"response": "see_it_too"}).status_code == 404
    res = web_alice.post(url, {"response": "see_it_too"}, follow=True)
    assert "for your partner to answer" in res.content.decode()
    assert not Acknowledgement.objects.exists()


# --- history and comparison ---------------------------------------------------


def test_history_has_a_chart_and_a_table(alice: User, web_alice: Client) -> None:
    submit(alice, "neglect_check", [0] * 17)
    submit(alice, "neglect_check", NEGLECT)
    page = web_alice.get("/assessments/neglect_check/history/").content.decode()
    assert page.count('<svg class="chart"') == 5  # one per sign
    assert "<title>Lonely together over time</title>" in page
    assert "<table>" in page and "Lonely together" in page
    assert page.count("/assessments/results/") >= 2


def test_history_of_a_screener_charts_the_total(alice: User, web_alice: Client) -> None:
    submit(alice, "phq9", [1] * 9)
    page = web_alice.get("/assessments/phq9/history/").content.decode()
    assert "total over time" in page and "9 (Mild)" in page


def test_history_shows_only_ones_own(alice: User, web_bob: Client) -> None:
    shared(alice, "neglect_check", NEGLECT)
    page = web_bob.get("/assessments/neglect_check/history/").content.decode()
    assert "haven't taken this one yet" in page


def test_love_styles_side_by_side_only_when_both_shared(
    alice: User, bob: User, web_alice: Client, web_carol: Client
) -> None:
    shared(alice, "love_styles", [4, 4, 4] + [1] * 12)
    url = "/assessments/love-styles/together/"
    assert web_alice.get(url).status_code == 404
    shared(bob, "love_styles", [1] * 12 + [4, 4, 4])
    page = web_alice.get(url).content.decode()
    assert "Ideas for meeting your partner" in page and "Physical touch" in page
    assert "hug" in page
    assert web_carol.get(url).status_code == 404
    AbuseScreen.objects.filter(owner=alice).delete()  # a couples exercise: gated
    assert web_alice.get(url)["Location"].startswith("/help/check/")
    mine = AssessmentResult.objects.filter(owner=alice).get()
    result_page = web_alice.get(f"/assessments/results/{mine.pk}/").content.decode()
    assert url in result_page
