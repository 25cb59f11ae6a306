"""Stored assessments: services and selectors, tried by Alice, Bob and Carol."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, transaction
from django.http import Http404

from tests.conftest import link, make_user
from turntoward.accounts import services as account_services
from turntoward.accounts.export import user_export_data
from turntoward.accounts.models import User
from turntoward.assessments import selectors, services
from turntoward.assessments.apps import check_instruments
from turntoward.assessments.instruments import (
    INSTRUMENTS_DIR,
    get_instrument,
    list_instruments,
)
from turntoward.assessments.models import (
    SHAREABLE,
    Acknowledgement,
    AssessmentResponse,
    AssessmentResult,
)
from turntoward.core.errors import ServiceError
from turntoward.core.registry import nav_items
from turntoward.safety.models import AbuseScreen, SafetyEvent

pytestmark = pytest.mark.django_db

NEGLECT = [3] * 17
PHQ9_ITEM9 = [0, 0, 0, 0, 0, 0, 0, 0, 1]


def submit(user: User, instrument: str, answers: Any) -> AssessmentResult:
    result, _ = services.result_submit(
        user=user, instrument_id=instrument, answers=answers
    )
    return result


# --- storing a result -----------------------------------------------------------


def test_submit_stores_the_engines_scores_and_version(alice: User) -> None:
    result = submit(alice, "phq9", [1, 1, 1, 1, 1, 0, 0, 0, 0])
    assert (result.total, result.band) == (5, "mild")
    assert result.instrument_version == get_instrument("phq9").version
    assert result.answers == [1, 1, 1, 1, 1, 0, 0, 0, 0]
    assert result.shared is False and result.safety is False
    assert "self_compassion" in result.next_steps


def test_submit_accepts_answers_keyed_by_item_id(alice: User) -> None:
    inst = get_instrument("gad7")
    result = submit(alice, "gad7", {item.id: 2 for item in inst.items})
    assert (result.total, result.band) == (14, "moderate")


def test_profile_instrument_has_no_total_or_band(alice: User) -> None:
    result = submit(alice, "love_styles", [4] * 15)
    assert result.total is None and result.band == ""
    assert set(result.subscales) == {
        "words",
        "acts_of_service",
        "gifts",
        "quality_time",
        "physical_touch",
    }


@pytest.mark.parametrize(
    ("instrument", "answers", "says"),
    [
        ("phq9", [0] * 8, "9 questions; got 8"),
        ("phq9", [0] * 10, "got 10"),
        ("phq9", [0] * 8 + [4], "from 0 to 3"),
        ("phq9", [0] * 8 + [-1], "from 0 to 3"),
        ("phq9", [0] * 8 + ["2"], "whole number"),
        ("phq9", [0] * 8 + [True], "whole number"),
        ("phq9", [0] * 8 + [1.5], "whole number"),
        ("phq9", "000000000", "list of numbers"),
        ("phq9", None, "list of numbers"),
        ("gad7", {"gad7_1": 0, "nope": 1}, "no item 'nope'"),
        ("gad7", {"gad7_1": 0}, "needs an answer to gad7_2"),
        ("nothing", [0], "no assessment called 'nothing'"),
    ],
)
def test_bad_answers_are_refused_and_nothing_is_saved(
    alice: User, instrument: str, answers: Any, says: str
) -> None:
    with pytest.raises(ServiceError) as info:
        submit(alice, instrument, answers)
    assert says in info.value.message
    assert AssessmentResult.objects.count() == 0
    assert SafetyEvent.objects.count() == 0


# --- the safety rule ------------------------------------------------------------


@pytest.mark.parametrize("value", [1, 2, 3])
def test_any_answer_above_zero_on_phq9_item_9_records_a_private_event(
    alice: User, bob: User, value: int
) -> None:
    result, help = services.result_submit(
        user=alice, instrument_id="phq9", answers=[0] * 8 + [value]
    )
    assert help is not None and help.reason == "crisis" and help.resources
    assert result.safety is True and result.total == value
    assert "professional_help" in result.next_steps
    event = SafetyEvent.objects.get()
    assert (event.owner, event.reason, event.source) == (alice, "crisis", "phq9")


def test_phq9_item_9_at_zero_triggers_nothing(alice: User) -> None:
    result, help = services.result_submit(
        user=alice, instrument_id="phq9", answers=[3] * 8 + [0]
    )
    assert help is None and result.safety is False
    assert not SafetyEvent.objects.exists()


def test_item_9_saved_while_paused_triggers_at_once_and_only_once(
    alice: User,
) -> None:
    response = services.response_start(user=alice, instrument_id="phq9")
    response, help = services.response_save_answers(
        user=alice, response=response, answers={"phq9_9": 2}
    )
    assert help is not None
    assert SafetyEvent.objects.count() == 1
    rest = {f"phq9_{n}": 0 for n in range(1, 9)}
    response, again = services.response_save_answers(
        user=alice, response=response, answers=rest
    )
    assert again is None
    result, shown = services.response_finish(user=alice, response=response)
    assert shown is not None and result.safety is True
    assert SafetyEvent.objects.count() == 1


# --- pause, resume, finish --------------------------------------------------------


def test_answers_are_kept_between_visits_and_finish_into_a_result(
    alice: User,
) -> None:
    response = services.response_start(user=alice, instrument_id="gad7")
    services.response_save_answers(
        user=alice, response=response, answers={"gad7_2": 1, "gad7_1": 2}
    )
    resumed = services.response_start(user=alice, instrument_id="gad7")
    assert resumed.pk == response.pk
    assert list(resumed.answers.items()) == [("gad7_1", 2), ("gad7_2", 1)]
    rest = {f"gad7_{n}": 0 for n in range(3, 8)}
    services.response_save_answers(user=alice, response=resumed, answers=rest)
    result, help = services.response_finish(user=alice, response=resumed)
    assert (result.total, help) == (3, None)
    resumed.refresh_from_db()
    assert resumed.is_finished and resumed.result == result


def test_finishing_with_questions_unanswered_is_refused(alice: User) -> None:
    response = services.response_start(user=alice, instrument_id="gad7")
    services.response_save_answers(user=alice, response=response, answers={"gad7_1": 1})
    with pytest.raises(ServiceError, match="needs an answer to gad7_2"):
        services.response_finish(user=alice, response=response)
    assert not AssessmentResult.objects.exists()
    response.refresh_from_db()
    assert not response.is_finished


def test_resubmitting_a_finished_response_is_refused_and_changes_nothing(
    alice: User,
) -> None:
    response = services.response_start(user=alice, instrument_id="gad7")
    services.response_save_answers(
        user=alice, response=response, answers={f"gad7_{n}": 1 for n in range(1, 8)}
    )
    services.response_finish(user=alice, response=response)
    with pytest.raises(ServiceError, match="already turned into a result") as info:
        services.response_finish(user=alice, response=response)
    assert info.value.code == "finished"
    with pytest.raises(ServiceError, match="already turned into a result"):
        services.response_save_answers(
            user=alice, response=response, answers={"gad7_1": 3}
        )
    assert AssessmentResult.objects.count() == 1
    response.refresh_from_db()
    assert response.answers["gad7_1"] == 1


def test_saving_a_tampered_item_or_value_is_refused(alice: User) -> None:
    response = services.response_start(user=alice, instrument_id="gad7")
    for bad in ({"phq9_1": 1}, {"gad7_1": 9}, {"gad7_1": "1"}):
        with pytest.raises(ServiceError):
            services.response_save_answers(user=alice, response=response, answers=bad)
    response.refresh_from_db()
    assert response.answers == {}


def test_restart_throws_away_unfinished_answers(alice: User) -> None:
    first = services.response_start(user=alice, instrument_id="gad7")
    services.response_save_answers(user=alice, response=first, answers={"gad7_1": 3})
    fresh = services.response_restart(user=alice, instrument_id="gad7")
    assert fresh.pk != first.pk and fresh.answers == {}
    assert AssessmentResponse.objects.filter(owner=alice).count() == 1


def test_only_one_unfinished_response_per_instrument(alice: User) -> None:
    services.response_start(user=alice, instrument_id="gad7")
    with pytest.raises(IntegrityError), transaction.atomic():
        AssessmentResponse.objects.create(
            owner=alice, instrument_id="gad7", instrument_version="1.0"
        )


# --- sharing ----------------------------------------------------------------------


def test_shareable_list_matches_the_data_files() -> None:
    assert set(SHAREABLE) == {i.id for i in list_instruments() if i.shareable}
    assert set(SHAREABLE) == {"neglect_check", "availability_check", "love_styles"}


def test_partner_sees_only_what_was_shared(alice: User, bob: User) -> None:
    kept = submit(alice, "neglect_check", NEGLECT)
    shown = submit(alice, "neglect_check", NEGLECT)
    services.result_share(user=alice, result=shown, shared=True)
    assert list(selectors.shared_with_me(viewer=bob)) == [shown]
    assert selectors.result_visible(viewer=bob, pk=shown.pk) == shown
    with pytest.raises(Http404):
        selectors.result_visible(viewer=bob, pk=kept.pk)
    with pytest.raises(Http404):
        selectors.result_owned(viewer=bob, pk=shown.pk)


def test_stranger_never_sees_a_shared_result(
    alice: User, bob: User, carol: User
) -> None:
    shown = submit(alice, "neglect_check", NEGLECT)
    services.result_share(user=alice, result=shown, shared=True)
    with pytest.raises(Http404):
        selectors.result_visible(viewer=carol, pk=shown.pk)
    assert not selectors.shared_with_me(viewer=carol).exists()


@pytest.mark.parametrize("instrument", ["phq9", "gad7", "impact_check"])
def test_private_instruments_can_never_be_shared(
    alice: User, bob: User, instrument: str
) -> None:
    inst = get_instrument(instrument)
    result = submit(alice, instrument, [1] * len(inst.items))
    with pytest.raises(ServiceError, match="stays private") as info:
        services.result_share(user=alice, result=result, shared=True)
    assert info.value.code == "not_shareable"
    result.refresh_from_db()
    assert result.shared is False
    assert not selectors.shared_with_me(viewer=bob).exists()


def test_database_refuses_a_shared_phq9_row_too(alice: User) -> None:
    result = submit(alice, "phq9", [1] * 9)
    with pytest.raises(IntegrityError), transaction.atomic():
        AssessmentResult.objects.filter(pk=result.pk).update(shared=True)


def test_phq9_answers_never_reach_the_partner_even_if_the_flag_is_forced(
    alice: User, bob: User
) -> None:
    result = submit(alice, "neglect_check", NEGLECT)
    AssessmentResult.objects.filter(pk=result.pk).update(shared=True)
    data = selectors.result_data(result, viewer=bob)
    assert "answers" not in data and "safety" not in data
    assert "answers" in selectors.result_data(result, viewer=alice)


def test_sharing_needs_a_linked_partner(carol: User) -> None:
    result = submit(carol, "love_styles", [2] * 15)
    with pytest.raises(ServiceError, match="Link with your partner") as info:
        services.result_share(user=carol, result=result, shared=True)
    assert info.value.code == "not_linked"


def test_unlinking_makes_shared_results_private_again(alice: User, bob: User) -> None:
    result = submit(alice, "neglect_check", NEGLECT)
    services.result_share(user=alice, result=result, shared=True)
    account_services.partner_unlink(user=alice)
    result.refresh_from_db()
    assert result.shared is False


def test_unsharing_hides_it_from_the_partner_again(alice: User, bob: User) -> None:
    result = submit(alice, "availability_check", [2] * 15)
    services.result_share(user=alice, result=result, shared=True)
    services.result_share(user=alice, result=result, shared=False)
    with pytest.raises(Http404):
        selectors.result_visible(viewer=bob, pk=result.pk)


# --- acknowledgement ----------------------------------------------------------------


def shared_neglect(owner: User) -> AssessmentResult:
    result = submit(owner, "neglect_check", NEGLECT)
    return services.result_share(user=owner, result=result, shared=True)


def test_partner_acknowledges_and_the_sharer_sees_it(alice: User, bob: User) -> None:
    result = shared_neglect(alice)
    ack, help = services.acknowledgement_save(
        user=bob, result=result, response="see_it_too", note="I feel it too."
    )
    assert help is None
    assert selectors.acknowledgements_for(viewer=alice, result=result) == [ack]
    again, _ = services.acknowledgement_save(
        user=bob, result=result, response="want_to_understand"
    )
    assert again.pk == ack.pk and again.note == ""
    assert Acknowledgement.objects.count() == 1


def test_sharer_cannot_acknowledge_their_own_result(alice: User, bob: User) -> None:
    result = shared_neglect(alice)
    with pytest.raises(ServiceError, match="for your partner"):
        services.acknowledgement_save(user=alice, result=result, response="see_it_too")


def test_stranger_cannot_acknowledge(alice: User, bob: User, carol: User) -> None:
    result = shared_neglect(alice)
    with pytest.raises(ServiceError):
        services.acknowledgement_save(user=carol, result=result, response="see_it_too")
    assert not Acknowledgement.objects.exists()


def test_only_a_shared_neglect_check_can_be_acknowledged(
    alice: User, bob: User
) -> None:
    love = submit(alice, "love_styles", [2] * 15)
    services.result_share(user=alice, result=love, shared=True)
    private = submit(alice, "neglect_check", NEGLECT)
    for result in (love, private):
        with pytest.raises(ServiceError, match="Only a shared"):
            services.acknowledgement_save(
                user=bob, result=result, response="see_it_too"
            )
    assert not Acknowledgement.objects.exists()


def test_unknown_acknowledgement_answer_is_refused(alice: User, bob: User) -> None:
    result = shared_neglect(alice)
    with pytest.raises(ServiceError, match="Choose"):
        services.acknowledgement_save(user=bob, result=result, response="whatever")


def test_a_crisis_in_the_acknowledgement_note_offers_help(
    alice: User, bob: User
) -> None:
    result = shared_neglect(alice)
    _, help = services.acknowledgement_save(
        user=bob,
        result=result,
        response="see_it_too",
        note="Honestly I want to kill myself most days.",
    )
    assert help is not None and help.reason == "crisis"
    assert SafetyEvent.objects.get().owner == bob


# --- history, latest, comparison -----------------------------------------------------


def test_history_is_oldest_first_and_only_ones_own(alice: User, bob: User) -> None:
    first = submit(alice, "gad7", [0] * 7)
    second = submit(alice, "gad7", [3] * 7)
    submit(bob, "gad7", [1] * 7)
    assert selectors.result_history(user=alice, instrument_id="gad7") == [
        first,
        second,
    ]


def test_latest_results_gives_the_newest_per_instrument(alice: User, bob: User) -> None:
    submit(alice, "gad7", [0] * 7)
    newest = submit(alice, "gad7", [3] * 7)
    love = submit(alice, "love_styles", [2] * 15)
    submit(bob, "phq9", [0] * 9)
    assert selectors.latest_results(user=alice) == {"gad7": newest, "love_styles": love}
    assert selectors.latest_results(user=bob).keys() == {"phq9"}


def test_love_styles_comparison_needs_both_to_share(alice: User, bob: User) -> None:
    mine = submit(alice, "love_styles", [4, 4, 4] + [0] * 12)
    theirs = submit(bob, "love_styles", [0] * 12 + [4, 4, 4])
    services.result_share(user=alice, result=mine, shared=True)
    assert selectors.love_styles_comparison(viewer=alice) is None
    assert selectors.love_styles_comparison(viewer=bob) is None
    services.result_share(user=bob, result=theirs, shared=True)
    comparison = selectors.love_styles_comparison(viewer=alice)
    assert comparison is not None
    assert comparison["my_top"][0] == "Kind words"
    assert comparison["their_top"][0] == "Physical touch"
    assert comparison["for_partner"][0]["ideas"]


def test_top_ways_keeps_ties() -> None:
    ways = {"a": 90, "b": 75, "c": 75, "d": 10}
    assert selectors.top_ways(ways) == ["a", "b", "c"]


# --- app wiring ----------------------------------------------------------------------


def test_export_holds_results_answers_and_acknowledgements(
    alice: User, bob: User
) -> None:
    result = shared_neglect(alice)
    services.acknowledgement_save(user=bob, result=result, response="see_it_too")
    services.response_start(user=alice, instrument_id="gad7")
    mine = user_export_data(user=alice)["assessments"]
    assert mine["results"][0]["answers"] == NEGLECT
    assert mine["in_progress"] == [{"instrument": "gad7", "answers": {}}]
    assert user_export_data(user=bob)["assessments"]["acknowledgements_written"]


def test_assessments_are_in_the_main_navigation() -> None:
    assert any(
        (n.url_name, n.label, n.order) == ("assessments:list", "Assessments", 30)
        for n in nav_items()
    )


def test_a_broken_data_file_stops_start_up_naming_file_and_field(
    tmp_path: Path,
) -> None:
    text = (INSTRUMENTS_DIR / "gad7.json").read_text(encoding="utf-8")
    (tmp_path / "gad7.json").write_text(text.replace('"scoring"', '"scorring"', 1))
    with pytest.raises(ImproperlyConfigured, match=r"gad7\.json.*\$\.scoring"):
        check_instruments(tmp_path)
    check_instruments()  # the shipped files load


def test_list_puts_the_instruments_written_for_ones_role_first(
    alice: User, bob: User
) -> None:
    alices = [c["instrument"].id for c in selectors.instruments_for(user=alice)]
    bobs = [c["instrument"].id for c in selectors.instruments_for(user=bob)]
    assert alices[:2] == ["neglect_check", "impact_check"]
    assert bobs[0] == "availability_check"
    assert set(alices) == set(bobs) and len(alices) == 6


def test_resuming_after_the_questions_changed_drops_retired_answers(
    alice: User,
) -> None:
    response = services.response_start(user=alice, instrument_id="gad7")
    AssessmentResponse.objects.filter(pk=response.pk).update(
        instrument_version="0.9", answers={"gad7_1": 2, "gad7_old": 1}
    )
    resumed = services.response_start(user=alice, instrument_id="gad7")
    assert resumed.pk == response.pk
    assert resumed.answers == {"gad7_1": 2}
    assert resumed.instrument_version == get_instrument("gad7").version


# --- the private partner check comes first ----------------------------------------


@pytest.fixture
def unscreened_pair(db: Any) -> tuple[User, User]:
    dana, eli = make_user("dana@example.com"), make_user("eli@example.com")
    link(dana, eli)
    return dana, eli


def test_sharing_waits_for_the_private_partner_check(
    unscreened_pair: tuple[User, User],
) -> None:
    dana, eli = unscreened_pair
    result = submit(dana, "neglect_check", NEGLECT)
    with pytest.raises(ServiceError, match="partner check") as info:
        services.result_share(user=dana, result=result, shared=True)
    assert info.value.code == "couples_gate"
    result.refresh_from_db()
    assert result.shared is False


def test_unsharing_is_never_held_up_by_the_check(alice: User, bob: User) -> None:
    result = shared_neglect(alice)
    AbuseScreen.objects.filter(owner=alice).delete()
    services.result_share(user=alice, result=result, shared=False)
    result.refresh_from_db()
    assert result.shared is False


def test_acknowledging_waits_for_the_check_too(alice: User, bob: User) -> None:
    result = shared_neglect(alice)
    AbuseScreen.objects.filter(owner=bob).delete()
    with pytest.raises(ServiceError, match="partner check"):
        services.acknowledgement_save(user=bob, result=result, response="see_it_too")
    assert not Acknowledgement.objects.exists()
