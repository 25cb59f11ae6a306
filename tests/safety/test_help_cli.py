"""`turntoward help`: text and JSON output, fallbacks and exit codes."""

from __future__ import annotations

import json
from typing import Any

import pytest

from turntoward import cli as top
from turntoward.safety.cli import main


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert main([*args, "--json"]) == 0
    out: dict[str, Any] = json.loads(capsys.readouterr().out)
    return out


def test_json_output_shape_for_one_reason(capsys: pytest.CaptureFixture[str]) -> None:
    report = _json(capsys, "--country", "US", "--reason", "abuse")
    assert set(report) == {
        "country",
        "reason",
        "note",
        "abuse",
        "emergency",
        "directory",
    }
    assert report["country"] == {"code": "US", "name": "United States", "known": True}
    assert report["reason"] == "abuse"
    assert report["note"] is None
    hotline = report["abuse"][0]
    assert hotline["phone"] == "1-800-799-7233"
    assert hotline["sms"] == "Text START to 88788"
    assert hotline["sms_to"] == "88788"
    assert hotline["source"].startswith("https://")
    assert hotline["verified"] == "2026-11-27"
    assert [e["phone"] for e in report["emergency"]] == ["911"]
    assert report["directory"][0]["url"] == "https://findahelpline.com"


def test_json_output_shape_for_all(capsys: pytest.CaptureFixture[str]) -> None:
    report = _json(capsys, "--country", "gb")
    assert report["reason"] == "all"
    assert set(report) >= {"crisis", "abuse", "emergency", "directory"}
    assert report["crisis"][0]["phone"] == "116 123"
    assert report["abuse"][0]["phone"] == "0808 2000 247"


def test_unknown_country_falls_back_with_a_note(
    capsys: pytest.CaptureFixture[str],
) -> None:
    report = _json(capsys, "--country", "XX", "--reason", "crisis")
    assert report["country"] == {"code": "XX", "name": None, "known": False}
    assert report["crisis"] == [] and report["emergency"] == []
    assert report["directory"][0]["url"] == "https://findahelpline.com"
    assert "emergency number" in report["note"]


def test_no_country_falls_back(capsys: pytest.CaptureFixture[str]) -> None:
    report = _json(capsys)
    assert report["country"]["known"] is False
    assert report["directory"]


def test_known_country_without_a_line_for_the_reason_gets_a_note(
    capsys: pytest.CaptureFixture[str],
) -> None:
    report = _json(capsys, "--country", "CA", "--reason", "abuse")
    assert report["abuse"] == []
    assert report["emergency"][0]["phone"] == "911"
    assert report["note"]


def test_text_output_is_calm_and_lists_lines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--country", "US", "--reason", "crisis"]) == 0
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    assert "alone" in first and len(first) < 90
    assert "988 Suicide & Crisis Lifeline" in out
    assert "Call 988" in out and "Text 988" in out
    assert "Call 911" in out
    assert "https://findahelpline.com" in out
    assert "National Domestic Violence Hotline" not in out
    for word in ("diagnos", "disorder", "you have depression"):
        assert word not in out.lower()


def test_text_output_for_unknown_country(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--country", "ZZ"]) == 0
    out = capsys.readouterr().out
    assert "We have not checked help lines for this country yet" in out
    assert "https://findahelpline.com" in out


@pytest.mark.parametrize("code", ["U1", "USA", "1", "u-s"])
def test_malformed_code_is_an_error(
    capsys: pytest.CaptureFixture[str], code: str
) -> None:
    assert main(["--country", code]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "two-letter country code" in captured.err


def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--reason", "sad"]) == 2
    assert main(["--nope"]) == 2
    capsys.readouterr()


def test_help_flag_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "--country" in capsys.readouterr().out


def test_list_countries(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {"code": "NZ", "name": "New Zealand"} in listed
    assert main(["--list"]) == 0
    assert "GB  United Kingdom" in capsys.readouterr().out


def test_every_country_renders(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list", "--json"]) == 0
    codes = [item["code"] for item in json.loads(capsys.readouterr().out)]
    for code in codes:
        assert main(["--country", code]) == 0
        assert "findahelpline.com" in capsys.readouterr().out
        report = _json(capsys, "--country", code)
        assert report["country"]["known"] is True


def test_top_level_command_dispatches_here(capsys: pytest.CaptureFixture[str]) -> None:
    assert top.main(["help", "--country", "AU", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["crisis"][0]["phone"] == "13 11 14"
    assert top.main(["help", "--country", "A"]) == 2
