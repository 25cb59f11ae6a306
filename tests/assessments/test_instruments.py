"""The instrument data files: what ships, published wording, schema checks."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import pytest

from turntoward.assessments.instruments import (
    INSTRUMENTS_DIR,
    ROLES,
    STEP_IDS,
    Instrument,
    InstrumentSchemaError,
    UnknownInstrumentError,
    get_instrument,
    list_instruments,
    load_instrument_file,
)

OWN = ["neglect_check", "availability_check", "impact_check", "love_styles"]
SIGNS = [
    "lonely_together",
    "unmet_needs",
    "lack_of_affection",
    "walking_on_eggshells",
    "partner_unavailable",
]
PHQ_STEM = (
    "Over the last 2 weeks, how often have you been bothered by any of the "
    "following problems?"
)
PHQ_CREDIT = (
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and "
    "colleagues, with an educational grant from Pfizer Inc. No permission required "
    "to reproduce, translate, display or distribute."
)


def all_text(inst: Instrument, *, items: bool = True) -> list[str]:
    """Return every piece of text a person could read in an instrument."""
    bands = [*inst.bands, *(b for s in inst.subscales for b in s.bands)]
    texts = [inst.title, inst.intro, inst.stem, inst.note]
    texts += [s.title for s in inst.subscales]
    texts += [t for b in bands for t in (b.label, b.interpretation)]
    if items:
        texts += [i.text for i in inst.items] + [o.label for o in inst.options]
    return texts


def test_every_instrument_from_the_issue_ships_with_its_item_count() -> None:
    counts = {i.id: len(i.items) for i in list_instruments()}
    assert counts == {
        "availability_check": 15,
        "gad7": 7,
        "impact_check": 12,
        "love_styles": 15,
        "neglect_check": 17,
        "phq9": 9,
    }


def test_neglect_check_has_one_subscale_per_sign_with_three_or_four_items() -> None:
    inst = get_instrument("neglect_check")
    assert [s.id for s in inst.subscales] == SIGNS
    for sign in SIGNS:
        assert 3 <= sum(i.subscale == sign for i in inst.items) <= 4
    assert inst.has_total


def test_subscales_of_the_other_own_instruments() -> None:
    assert [s.id for s in get_instrument("availability_check").subscales] == [
        "deep_talk",
        "presence",
        "affection",
        "responding_to_feelings",
        "showing_interest",
    ]
    assert [s.id for s in get_instrument("impact_check").subscales] == [
        "low_self_esteem",
        "resentment",
        "emotional_detachment",
    ]
    assert [s.id for s in get_instrument("love_styles").subscales] == [
        "words",
        "acts_of_service",
        "gifts",
        "quality_time",
        "physical_touch",
    ]


def test_availability_check_is_for_the_neglecting_and_both_roles() -> None:
    assert set(get_instrument("availability_check").audience) == {"neglecting", "both"}
    for inst in list_instruments():
        assert set(inst.audience) <= ROLES


@pytest.mark.parametrize("instrument_id", OWN)
def test_own_instruments_include_reverse_keyed_items(instrument_id: str) -> None:
    assert any(i.reverse for i in get_instrument(instrument_id).items)


@pytest.mark.parametrize("instrument_id", ["phq9", "gad7"])
def test_published_screeners_have_no_reverse_items_or_subscales(
    instrument_id: str,
) -> None:
    inst = get_instrument(instrument_id)
    assert not any(i.reverse for i in inst.items)
    assert inst.subscales == ()
    assert not inst.shareable


def test_only_the_issues_instruments_are_shareable_with_a_partner() -> None:
    shareable = {i.id for i in list_instruments() if i.shareable}
    assert shareable == {"neglect_check", "availability_check", "love_styles"}


def test_phq9_uses_the_published_stem_options_items_and_credit() -> None:
    inst = get_instrument("phq9")
    assert inst.stem == PHQ_STEM
    assert inst.credit == PHQ_CREDIT
    assert [(o.value, o.label) for o in inst.options] == [
        (0, "Not at all"),
        (1, "Several days"),
        (2, "More than half the days"),
        (3, "Nearly every day"),
    ]
    texts = [i.text for i in inst.items]
    assert texts[0] == "Little interest or pleasure in doing things"
    assert texts[1] == "Feeling down, depressed, or hopeless"
    assert texts[5] == (
        "Feeling bad about yourself \u2014 or that you are a failure or have let "
        "yourself or your family down"
    )
    assert texts[6] == (
        "Trouble concentrating on things, such as reading the newspaper or "
        "watching television"
    )
    assert texts[8] == (
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    )


def test_gad7_uses_the_published_stem_items_and_credit() -> None:
    inst = get_instrument("gad7")
    # The GAD-7 form's stem has no "any of", unlike the PHQ-9's.
    assert inst.stem == (
        "Over the last 2 weeks, how often have you been bothered by the following "
        "problems?"
    )
    assert inst.credit == PHQ_CREDIT
    assert [o.label for o in inst.options] == [
        o.label for o in get_instrument("phq9").options
    ]
    texts = [i.text for i in inst.items]
    assert texts[0] == "Feeling nervous, anxious or on edge"
    assert texts[1] == "Not being able to stop or control worrying"
    assert texts[3] == "Trouble relaxing"
    assert texts[6] == "Feeling afraid as if something awful might happen"


def test_phq9_and_gad7_bands_match_the_published_cut_points() -> None:
    phq9 = get_instrument("phq9").bands
    assert [(b.id, b.min, b.max) for b in phq9] == [
        ("minimal", 0, 4),
        ("mild", 5, 9),
        ("moderate", 10, 14),
        ("moderately_severe", 15, 19),
        ("severe", 20, 27),
    ]
    gad7 = get_instrument("gad7").bands
    assert [(b.id, b.min, b.max) for b in gad7] == [
        ("minimal", 0, 4),
        ("mild", 5, 9),
        ("moderate", 10, 14),
        ("severe", 15, 21),
    ]


def test_phq9_item_9_is_the_only_safety_item() -> None:
    assert get_instrument("phq9").safety_items == ("phq9_9",)
    others = [i for i in list_instruments() if i.id != "phq9"]
    assert all(i.safety_items == () for i in others)


def test_screeners_point_to_professional_help_from_moderate_up() -> None:
    for instrument_id in ("phq9", "gad7"):
        for band in get_instrument(instrument_id).bands:
            high = band.min >= 10
            assert ("professional_help" in band.next_steps) is high, band


def test_high_walking_on_eggshells_points_to_gentle_talk_and_boundaries() -> None:
    sub = get_instrument("neglect_check").subscale("walking_on_eggshells")
    high = next(b for b in sub.bands if b.id == "high")
    assert {"communicate_gently", "boundaries"} <= set(high.next_steps)


def test_every_next_step_is_a_framework_step_id() -> None:
    for inst in list_instruments():
        bands = [*inst.bands, *(b for s in inst.subscales for b in s.bands)]
        for band in bands:
            assert set(band.next_steps) <= STEP_IDS


DIAGNOSTIC = re.compile(
    r"you (have|suffer from|are suffering from) (depression|anxiety|a disorder)"
    r"|you are (depressed|codependent|a narcissist|neglectful|abusive)"
    r"|your partner is (a narcissist|abusive|neglectful)"
    r"|narcissis|codependen|\bdisorder\b|\bdiagnosed\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("instrument_id", [*OWN, "phq9", "gad7"])
def test_no_text_makes_a_diagnostic_claim(instrument_id: str) -> None:
    inst = get_instrument(instrument_id)
    # Published items are left out: they are checked word for word above.
    own_items = instrument_id in OWN
    for text in all_text(inst, items=own_items):
        assert not DIAGNOSTIC.search(text), text


def test_love_styles_avoids_the_trademarked_name() -> None:
    for inst in list_instruments():
        for text in all_text(inst):
            assert "love language" not in text.lower(), text


def test_interpretations_of_total_bands_are_never_empty() -> None:
    for inst in list_instruments():
        assert all(b.interpretation.strip() for b in inst.bands)


def test_unknown_instrument_is_a_clear_lookup_error() -> None:
    with pytest.raises(UnknownInstrumentError, match="'nope'.*known: ") as info:
        get_instrument("nope")
    assert isinstance(info.value, LookupError)


def test_instruments_are_immutable() -> None:
    inst = get_instrument("phq9")
    with pytest.raises(dataclasses.FrozenInstanceError):
        inst.version = "2"  # type: ignore[misc]


# --- schema failures on a broken copy of a real file -------------------------


def broken_copy(tmp_path: Path, change: Any, name: str = "neglect_check") -> Path:
    data = json.loads((INSTRUMENTS_DIR / f"{name}.json").read_text("utf-8"))
    change(data)
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data), "utf-8")
    return path


def _set(path: list[Any], value: Any) -> Any:
    def change(data: Any) -> None:
        for key in path[:-1]:
            data = data[key]
        data[path[-1]] = value

    return change


def _drop(key: str) -> Any:
    return lambda data: data.pop(key)


SCHEMA_CASES = [
    (_drop("title"), "$.title", "is required"),
    (_set(["version"], 3), "$.version", "non-empty string"),
    (_set(["surprise"], 1), "$.surprise", "not a known field"),
    (_set(["audience", 0], "villain"), "$.audience[0]", "not a role"),
    (_set(["options", 1, "value"], 5), "$.options[1].value", "must be 1"),
    (_set(["items", 2, "subscale"], "nope"), "$.items[2].subscale", "not a subscale"),
    (_set(["items", 2, "reverse"], "yes"), "$.items[2].reverse", "true or false"),
    (_set(["items", 1, "id"], "lonely_together_1"), "$.items", "unique"),
    (_set(["bands", 1, "min"], 18), "$.bands[1]", "without gaps"),
    (_set(["bands", 3, "max"], 70), "$.bands[3].max", "must be 68"),
    (_set(["bands", 0, "next_steps"], ["hug_it_out"]), "$.bands[0].next_steps[0]",
     "not a step id"),
    (_set(["subscales", 0, "bands", 0, "max"], 40), "$.subscales[0].bands[1]",
     "without gaps"),
    (_set(["scoring", "subscales"], "mean"), "$.scoring.subscales", "percent"),
    (_set(["safety_items"], ["missing_item"]), "$.safety_items[0]", "not an item"),
    (_set(["id"], "other_check"), "$.id", "match the file name"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "field", "problem"), SCHEMA_CASES)
def test_a_broken_data_file_is_refused_naming_the_file_and_field(
    tmp_path: Path, change: Any, field: str, problem: str
) -> None:
    path = broken_copy(tmp_path, change)
    with pytest.raises(InstrumentSchemaError) as info:
        load_instrument_file(path)
    assert info.value.source == "neglect_check.json"
    assert info.value.field_path == field
    assert problem in info.value.problem
    assert str(info.value).startswith(f"neglect_check.json: {field}: ")


def test_a_data_file_that_is_not_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "gad7.json"
    path.write_text("{not json", "utf-8")
    with pytest.raises(InstrumentSchemaError, match=r"^gad7\.json: \$: cannot read"):
        load_instrument_file(path)


def test_the_shipped_files_all_pass_the_schema() -> None:
    for path in sorted(INSTRUMENTS_DIR.glob("*.json")):
        assert load_instrument_file(path).id == path.stem
