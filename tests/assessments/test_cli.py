"""`turntoward assess`: listing, scripted scoring, the interactive flow, bad input."""

from __future__ import annotations

import io
import json
import sys

import pytest

from turntoward import cli as top
from turntoward.assessments.cli import DIRECTORY_URL, main

PHQ9_SAFE = "1,1,1,1,1,1,1,1,0"
PHQ9_ITEM9 = "0,0,0,0,0,0,0,0,1"


def run(
    capsys: pytest.CaptureFixture[str], *argv: str, stdin: str | None = None
) -> tuple[int, str, str]:
    """Run the command and return (status, stdout, stderr)."""
    code = main(list(argv), stdin=io.StringIO(stdin) if stdin is not None else None)
    out, err = capsys.readouterr()
    return code, out, err


def test_list_shows_every_instrument(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--list")
    assert code == 0
    for instrument_id in (
        "neglect_check",
        "availability_check",
        "impact_check",
        "phq9",
        "gad7",
        "love_styles",
    ):
        assert instrument_id in out
    assert "(9 questions)" in out


def test_the_top_level_command_dispatches_assess(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert top.main(["assess", "--list"]) == 0
    assert "phq9" in capsys.readouterr().out


def test_json_result_has_the_documented_shape(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "gad7", "--answers", "3,3,3,3,1,0,0", "--json")
    assert code == 0
    assert err == ""
    data = json.loads(out)
    assert data == {
        "instrument": "gad7",
        "version": "1.0",
        "total": 13,
        "band": "moderate",
        "subscales": {},
        "safety": False,
        "interpretation": data["interpretation"],
        "next_steps": ["professional_help", "self_compassion"],
    }
    assert "not a diagnosis" in data["interpretation"]


def test_json_for_a_profile_has_null_total_and_band(
    capsys: pytest.CaptureFixture[str],
) -> None:
    answers = ",".join(["4"] * 15)
    code, out, _ = run(capsys, "love_styles", "--answers", answers, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["total"] is None
    assert data["band"] is None
    assert data["subscales"] == {
        "words": 67,
        "acts_of_service": 67,
        "gifts": 67,
        "quality_time": 67,
        "physical_touch": 67,
    }


def test_json_subscales_for_neglect_check(capsys: pytest.CaptureFixture[str]) -> None:
    answers = ",".join(["0"] * 17)
    code, out, _ = run(capsys, "neglect_check", "--answers", answers, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["total"] == 20
    assert data["band"] == "sometimes"
    assert data["subscales"]["lonely_together"] == 25


def test_answers_without_json_print_a_readable_result(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "phq9", "--answers", "3,3,3,3,0,0,0,0,0")
    assert code == 0
    assert "Total: 12 of 27 (Moderate)" in out
    assert "Talk with a professional" in out


# --- the item-9 safety rule ---------------------------------------------------


def test_item_9_in_json_mode_keeps_stdout_pure_json_and_helps_on_stderr(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "phq9", "--answers", PHQ9_ITEM9, "--json")
    assert code == 0
    data = json.loads(out)  # nothing else on stdout
    assert data["safety"] is True
    assert data["band"] == "minimal"
    assert "hurting yourself" in err
    assert DIRECTORY_URL in err


def test_item_9_help_lines_follow_the_country(
    capsys: pytest.CaptureFixture[str],
) -> None:
    pytest.importorskip("turntoward.safety.resources")
    _, _, err_gb = run(
        capsys, "phq9", "--answers", PHQ9_ITEM9, "--json", "--country", "GB"
    )
    _, _, err_none = run(capsys, "phq9", "--answers", PHQ9_ITEM9, "--json")
    assert err_gb != err_none
    assert DIRECTORY_URL in err_gb


def test_item_9_falls_back_to_the_directory_without_the_safety_module(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # None in sys.modules makes the import fail, as if the module were absent.
    monkeypatch.setitem(sys.modules, "turntoward.safety.resources", None)
    code, out, err = run(capsys, "phq9", "--answers", PHQ9_ITEM9, "--json")
    assert code == 0
    assert json.loads(out)["safety"] is True
    assert f"Find a helpline in your country: {DIRECTORY_URL}" in err


def test_item_9_without_json_prints_help_on_stdout(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "phq9", "--answers", PHQ9_ITEM9)
    assert code == 0
    assert "hurting yourself" in out
    assert DIRECTORY_URL in out
    assert err == ""


def test_no_help_message_when_item_9_is_zero(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "phq9", "--answers", PHQ9_SAFE, "--json")
    assert code == 0
    assert json.loads(out)["safety"] is False
    assert err == ""


# --- bad input ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["phq9", "--answers", "1,2,3"], "9 questions; got 3 answers"),
        (["phq9", "--answers", "0,0,0,0,0,0,0,0,4"], "must be from 0 to 3"),
        (["phq9", "--answers", "0,0,0,0,0,0,0,0,-1"], "not a whole number"),
        (["phq9", "--answers", "0,0,0,0,0,0,0,zero,0"], "answer 8 ('zero')"),
        (["phq9", "--answers", ""], "answer 1 ('')"),
        (["phq9", "--answers", "1.5,0,0,0,0,0,0,0,0"], "not a whole number"),
        (["bdi", "--answers", "0"], "unknown instrument 'bdi'"),
        (["bdi"], "unknown instrument 'bdi'"),
        ([], "name an instrument"),
        (["phq9", "--json"], "--json needs --answers"),
    ],
)
def test_bad_input_exits_2_with_a_clear_message(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.startswith("turntoward assess: ")
    assert message in err


def test_unknown_option_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "phq9", "--shout")
    assert code == 2
    assert "unrecognized arguments" in err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "--answers" in out


# --- interactive --------------------------------------------------------------


def test_interactive_asks_one_question_at_a_time_and_scores(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "gad7", stdin="3\n3\n3\n3\n1\n0\n0\n")
    assert code == 0
    assert "1 of 7" in out and "3 of 7" in out and "7 of 7" in out
    assert "  0  Not at all" in out
    assert "Feeling nervous, anxious or on edge" in out
    assert "Total: 13 of 21 (Moderate)" in out
    assert "Developed by Drs. Robert L. Spitzer" in out


def test_interactive_asks_again_after_bad_input(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "gad7", stdin="7\nyes\n\n1\n0\n0\n0\n0\n0\n0\n")
    assert code == 0
    assert out.count("Please type a number from 0 to 3, or q to stop.") == 3
    assert "Total: 1 of 21 (Minimal)" in out


@pytest.mark.parametrize("stdin", ["1\n2\nq\n", "1\n2\n", "1\nQ\n"])
def test_interactive_q_or_end_of_input_stops_without_a_result(
    capsys: pytest.CaptureFixture[str], stdin: str
) -> None:
    code, out, _ = run(capsys, "phq9", stdin=stdin)
    assert code == 1
    assert "Stopped. Nothing was saved." in out
    assert "your result" not in out


def test_interactive_item_9_shows_help_at_once_on_stdout(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "phq9", stdin="0\n0\n0\n0\n0\n0\n0\n0\n2\n")
    assert code == 0
    assert "9 of 9" in out
    flat = " ".join(out.split())  # the message is wrapped to the terminal
    assert flat.index("Thank you for being honest") < flat.index("your result")
    assert DIRECTORY_URL in out
    assert err == ""


def test_interactive_without_item_9_shows_no_help(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "phq9", stdin="1\n1\n1\n1\n1\n1\n1\n1\n0\n")
    assert code == 0
    assert DIRECTORY_URL not in out
