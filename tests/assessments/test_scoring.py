"""Scoring against hand-computed answers, band edges, the item-9 rule, bad input."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from turntoward.assessments.instruments import (
    AnswerOutOfRangeError,
    InvalidAnswerError,
    UnknownInstrumentError,
    UnknownItemError,
    WrongAnswerCountError,
    get_instrument,
    score,
)


def answers_summing_to(total: int, count: int, *, last: int = 0) -> list[int]:
    """Return `count` answers (0–3) adding up to `total`, with the last one fixed."""
    values = []
    left = total - last
    for _ in range(count - 1):
        values.append(min(3, left))
        left -= values[-1]
    assert left == 0, "total too high for the answers available"
    return [*values, last]


# --- neglect_check ------------------------------------------------------------


def test_neglect_check_all_never_still_counts_the_reverse_keyed_items() -> None:
    # Five reverse-keyed items (one per sign): "never" on each counts as 4.
    result = score("neglect_check", [0] * 17)
    assert result.total == 20
    assert result.band is not None and result.band.id == "sometimes"
    assert result.subscales == {
        "lonely_together": 25,  # 4 of 16
        "unmet_needs": 25,  # 4 of 16
        "lack_of_affection": 33,  # 4 of 12 = 33.3
        "walking_on_eggshells": 33,
        "partner_unavailable": 33,
    }


def test_neglect_check_mixed_answers_hand_computed() -> None:
    answers = [
        *[4, 3, 1, 4],  # lonely_together, item 3 reversed -> 4+3+3+4 = 14 of 16
        *[2, 2, 2, 2],  # unmet_needs -> 8 of 16
        *[0, 4, 0],  # lack_of_affection, item 2 reversed -> 0 of 12
        *[4, 4, 0],  # walking_on_eggshells, item 3 reversed -> 12 of 12
        *[1, 1, 3],  # partner_unavailable, item 3 reversed -> 3 of 12
    ]
    result = score("neglect_check", answers)
    assert result.total == 37
    assert result.band is not None and result.band.id == "often"
    assert result.subscales == {
        "lonely_together": 88,  # 87.5 rounds half up
        "unmet_needs": 50,
        "lack_of_affection": 0,
        "walking_on_eggshells": 100,
        "partner_unavailable": 25,
    }
    assert {k: b.id for k, b in result.subscale_bands.items()} == {
        "lonely_together": "high",
        "unmet_needs": "some",
        "lack_of_affection": "low",
        "walking_on_eggshells": "high",
        "partner_unavailable": "low",
    }
    assert result.next_steps == (
        "validate_feelings",
        "acknowledge",
        "communicate_gently",
        "set_expectations",
        "boundaries",
    )
    assert result.interpretation.startswith(result.band.interpretation)
    assert "hold back what you feel" in result.interpretation
    assert result.safety is False
    assert result.version == get_instrument("neglect_check").version


def test_answers_keyed_by_item_id_score_the_same_as_a_list() -> None:
    inst = get_instrument("neglect_check")
    answers = [(n * 7) % 5 for n in range(17)]
    by_id = {item.id: value for item, value in zip(inst.items, answers, strict=True)}
    assert score(inst, dict(reversed(by_id.items()))) == score(inst, answers)


def test_neglect_check_band_edges() -> None:
    inst = get_instrument("neglect_check")
    reverse = [i.reverse for i in inst.items]

    def band_at(total: int) -> str | None:
        # Spend the points item by item; a reverse-keyed answer a scores 4 - a.
        answers, left = [], total
        for rev in reverse:
            points = min(4, left)
            answers.append(4 - points if rev else points)
            left -= points
        result = score(inst, answers)
        assert result.total == total
        return result.band.id if result.band else None

    assert [band_at(t) for t in (0, 16, 17, 33, 34, 50, 51)] == [
        "rarely",
        "rarely",
        "sometimes",
        "sometimes",
        "often",
        "often",
        "very_often",
    ]
    assert score(inst, [0 if r else 4 for r in reverse]).total == 68


# --- availability_check and impact_check --------------------------------------


def test_availability_check_all_almost_always_hand_computed() -> None:
    # 15 x 4 = 60, less the five reverse-keyed items now scoring 0.
    result = score("availability_check", [4] * 15)
    assert result.total == 40
    assert result.band is not None and result.band.id == "mostly_available"
    assert set(result.subscales.values()) == {67}  # 8 of 12 = 66.7


def test_availability_check_all_never_points_to_small_steps() -> None:
    result = score("availability_check", [0] * 15)
    assert result.total == 20
    assert result.band is not None and result.band.id == "less_available"
    assert set(result.subscales.values()) == {33}
    assert {"express_emotions", "be_present", "practice_empathy"} <= set(
        result.next_steps
    )


def test_impact_check_hand_computed() -> None:
    middle = score("impact_check", [2] * 12)
    assert middle.total == 24  # reversing 2 on a 0-4 scale gives 2
    assert middle.band is not None and middle.band.id == "heavy"
    assert middle.subscales == {
        "low_self_esteem": 50,
        "resentment": 50,
        "emotional_detachment": 50,
    }
    top = score("impact_check", [4] * 12)
    assert top.total == 36  # three reverse-keyed items score 0
    assert top.band is not None and top.band.id == "very_heavy"
    assert set(top.subscales.values()) == {75}  # 12 of 16
    assert "professional_help" in top.next_steps


# --- love_styles --------------------------------------------------------------


def test_love_styles_is_a_profile_without_total_or_band() -> None:
    answers = [
        *[4, 4, 0],  # words: third reversed -> 12 of 12
        *[0, 0, 4],  # acts_of_service -> 0
        *[2, 2, 2],  # gifts -> 6 of 12
        *[3, 3, 1],  # quality_time -> 9 of 12
        *[1, 1, 3],  # physical_touch -> 3 of 12
    ]
    result = score("love_styles", answers)
    assert result.total is None
    assert result.band is None
    assert result.subscales == {
        "words": 100,
        "acts_of_service": 0,
        "gifts": 50,
        "quality_time": 75,
        "physical_touch": 25,
    }
    assert "Kind and appreciative words" in result.interpretation
    assert "full attention" in result.interpretation
    assert result.next_steps == ("love_languages", "set_expectations")


# --- PHQ-9 and GAD-7 ----------------------------------------------------------

PHQ9_EDGES = [
    (0, "minimal"),
    (4, "minimal"),
    (5, "mild"),
    (9, "mild"),
    (10, "moderate"),
    (14, "moderate"),
    (15, "moderately_severe"),
    (19, "moderately_severe"),
    (20, "severe"),
    (24, "severe"),
]


@pytest.mark.parametrize(("total", "band"), PHQ9_EDGES)
def test_phq9_band_edges(total: int, band: str) -> None:
    result = score("phq9", answers_summing_to(total, 9))
    assert result.total == total
    assert result.band is not None and result.band.id == band
    assert result.safety is False
    assert result.subscales == {}
    assert ("professional_help" in result.next_steps) is (total >= 10)


def test_phq9_top_score_is_severe_and_flags_safety() -> None:
    result = score("phq9", [3] * 9)
    assert result.total == 27
    assert result.band is not None and result.band.id == "severe"
    assert result.safety is True


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "severe"),
        (21, "severe"),
    ],
)
def test_gad7_band_edges(total: int, band: str) -> None:
    answers = answers_summing_to(total, 7, last=min(3, total))
    result = score("gad7", answers)
    assert result.total == total
    assert result.band is not None and result.band.id == band
    assert result.safety is False
    assert ("professional_help" in result.next_steps) is (total >= 10)


@pytest.mark.parametrize("item9", [1, 2, 3])
def test_any_answer_above_zero_on_phq9_item_9_sets_safety_whatever_the_total(
    item9: int,
) -> None:
    result = score("phq9", [0] * 8 + [item9])
    assert result.total == item9
    assert result.band is not None and result.band.id == "minimal"
    assert result.safety is True
    assert result.next_steps[0] == "professional_help"


def test_phq9_high_total_without_item_9_is_not_a_safety_result() -> None:
    result = score("phq9", [3] * 8 + [0])
    assert result.total == 24
    assert result.safety is False


def test_item_9_rule_also_applies_to_answers_keyed_by_id() -> None:
    answers = {f"phq9_{n}": 0 for n in range(1, 10)} | {"phq9_9": 1}
    assert score("phq9", answers).safety is True


# --- the public result --------------------------------------------------------


def test_public_dict_has_the_cli_shape_and_no_item_answers() -> None:
    result = score("phq9", [1, 2, 0, 0, 0, 0, 0, 0, 0])
    data = result.to_public_dict()
    assert set(data) == {
        "instrument",
        "version",
        "total",
        "band",
        "subscales",
        "safety",
        "interpretation",
        "next_steps",
    }
    assert data["band"] == "minimal"
    assert result.answers == (1, 2, 0, 0, 0, 0, 0, 0, 0)


def test_screener_interpretation_says_it_is_not_a_diagnosis() -> None:
    for instrument_id in ("phq9", "gad7"):
        inst = get_instrument(instrument_id)
        text = score(inst, [3] * len(inst.items)).interpretation
        assert "not a diagnosis" in text
        assert "professional" in text


# --- bad input ----------------------------------------------------------------


@pytest.mark.parametrize("answers", [[0] * 8, [0] * 10, []])
def test_wrong_answer_count_is_refused(answers: Sequence[int]) -> None:
    with pytest.raises(WrongAnswerCountError, match="9 questions"):
        score("phq9", answers)


@pytest.mark.parametrize("bad", [-1, 4, 99])
def test_out_of_range_answer_is_refused(bad: int) -> None:
    with pytest.raises(AnswerOutOfRangeError, match="from 0 to 3"):
        score("gad7", [0, 0, bad, 0, 0, 0, 0])


@pytest.mark.parametrize("bad", [1.0, "1", True, None])
def test_non_integer_answer_is_refused(bad: object) -> None:
    with pytest.raises(InvalidAnswerError, match="whole number"):
        score("gad7", [0, 0, 0, 0, 0, 0, bad])  # type: ignore[list-item]


def test_a_string_of_answers_is_refused() -> None:
    with pytest.raises(InvalidAnswerError):
        score("gad7", "0000000")  # type: ignore[arg-type]


def test_missing_item_ids_are_refused() -> None:
    answers = {f"gad7_{n}": 0 for n in range(1, 7)}
    with pytest.raises(WrongAnswerCountError, match="gad7_7"):
        score("gad7", answers)


def test_tampered_item_ids_are_refused() -> None:
    answers = {f"gad7_{n}": 0 for n in range(1, 8)} | {"phq9_9": 0}
    with pytest.raises(UnknownItemError, match="phq9_9"):
        score("gad7", answers)


def test_unknown_instrument_id_is_refused() -> None:
    with pytest.raises(UnknownInstrumentError):
        score("bdi", [0])
