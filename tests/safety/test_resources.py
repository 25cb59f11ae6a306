"""Help-line data: every entry is sourced and dated, and lines come out in order."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from turntoward.safety import resources as res
from turntoward.safety.resources import (
    CountryCodeError,
    ResourceDataError,
    load_resources,
    normalize_country,
    resources_for,
)

DATA = res.default_resources()
RAW: dict[str, Any] = json.loads(res.DATA_PATH.read_text(encoding="utf-8"))


def _write(tmp_path: Path, raw: object) -> Path:
    path = tmp_path / "resources.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def _minimal() -> dict[str, Any]:
    return {
        "fallback": copy.deepcopy(RAW["fallback"]),
        "countries": {"US": copy.deepcopy(RAW["countries"]["US"])},
    }


# --- the bundled file -------------------------------------------------------


def test_bundled_file_loads_and_validates() -> None:
    assert load_resources(res.DATA_PATH).countries.keys() == DATA.countries.keys()


def test_every_entry_has_a_source_url_and_a_verified_date() -> None:
    entries = [line for c in DATA.countries.values() for line in c.lines]
    entries.append(DATA.fallback)
    assert len(entries) > 40
    for entry in entries:
        assert entry.source.startswith(("https://", "http://")), entry.name
        assert isinstance(entry.verified, dt.date), entry.name
        assert entry.verified <= dt.date.today(), entry.name


def test_every_line_can_be_reached_somehow() -> None:
    for country in DATA.countries.values():
        for line in country.lines:
            assert line.phone or line.sms or line.url, (country.code, line.name)
            if line.phone:
                assert line.tel and line.tel.lstrip("+").isdigit()
            if line.sms:
                assert line.sms_to and line.sms_to.isdigit()


@pytest.mark.parametrize(
    ("code", "kind", "phone"),
    [
        ("US", "crisis", "988"),
        ("US", "abuse", "1-800-799-7233"),
        ("GB", "crisis", "116 123"),
        ("GB", "abuse", "0808 2000 247"),
        ("IE", "crisis", "116 123"),
        ("CA", "crisis", "988"),
        ("AU", "crisis", "13 11 14"),
        ("AU", "abuse", "1800 737 732"),
        ("NZ", "crisis", "1737"),
    ],
)
def test_required_numbers_are_present(code: str, kind: str, phone: str) -> None:
    country = DATA.countries[code]
    assert phone in [line.phone for line in country.of_kind(kind)]


def test_us_lines_can_be_texted() -> None:
    us = DATA.countries["US"]
    lifeline = us.of_kind("crisis")[0]
    assert (lifeline.sms, lifeline.sms_to) == ("Text 988", "988")
    hotline = us.of_kind("abuse")[0]
    assert (hotline.sms, hotline.sms_to) == ("Text START to 88788", "88788")
    assert hotline.tel == "+18007997233"


def test_at_least_a_dozen_more_countries_have_help_lines() -> None:
    with_lines = {
        code
        for code, c in DATA.countries.items()
        if c.of_kind("crisis") or c.of_kind("abuse")
    }
    required = {"US", "GB", "IE", "CA", "AU", "NZ"}
    assert required <= with_lines
    assert len(with_lines - required) >= 12


def test_country_names_are_present_and_sorted() -> None:
    pairs = res.countries()
    assert ("GB", "United Kingdom") in pairs
    assert ("US", "United States") in pairs
    names = [name for _, name in pairs]
    assert names == sorted(names)
    assert all(len(code) == 2 and code.isupper() for code, _ in pairs)


# --- choosing lines ---------------------------------------------------------


def test_country_lines_come_first_then_emergency_then_directory() -> None:
    found = resources_for("GB", "abuse")
    assert [r.kind for r in found] == ["abuse", "emergency", "directory"]
    assert found[0].phone == "0808 2000 247"
    assert found[1].phone == "999"
    assert found[-1].url == "https://findahelpline.com"


def test_crisis_and_abuse_lists_differ() -> None:
    crisis = resources_for("AU", "crisis")
    abuse = resources_for("AU", "abuse")
    assert crisis[0].name == "Lifeline"
    assert abuse[0].name == "1800RESPECT"
    assert crisis[1].phone == abuse[1].phone == "000"


def test_codes_are_case_insensitive_and_uk_is_an_alias() -> None:
    assert resources_for(" us ", "crisis") == resources_for("US", "crisis")
    assert resources_for("uk", "crisis") == resources_for("GB", "crisis")


@pytest.mark.parametrize("country", [None, "XX", "ZZ", "", "U1", "USA"])
def test_unknown_or_missing_country_falls_back_to_the_directory(
    country: str | None,
) -> None:
    found = resources_for(country, "crisis")
    assert len(found) == 1
    assert found[0].kind == "directory"
    assert found[0].url == "https://findahelpline.com"
    assert found[0].note and "emergency number" in found[0].note


def test_country_without_a_line_for_the_reason_still_gets_emergency() -> None:
    found = resources_for("CA", "abuse")
    assert [r.kind for r in found] == ["emergency", "directory"]
    assert found[0].phone == "911"
    assert found[-1].note is not None


def test_emergency_only_country_gets_emergency_and_directory() -> None:
    found = resources_for("PT", "crisis")
    assert [(r.kind, r.phone) for r in found][0] == ("emergency", "112")
    assert found[-1].kind == "directory"


def test_all_for_lists_every_kind_in_order() -> None:
    kinds = [r.kind for r in DATA.all_for("us")]
    assert kinds == ["crisis", "abuse", "emergency", "directory"]
    assert [r.kind for r in DATA.all_for(None)] == ["directory"]


def test_every_country_ends_with_the_directory() -> None:
    for code in DATA.countries:
        for reason in ("crisis", "abuse"):
            found = resources_for(code, reason)
            assert found[-1].kind == "directory", (code, reason)
            kinds = [r.kind for r in found]
            assert kinds == sorted(kinds, key=[reason, "emergency", "directory"].index)


def test_bad_reason_is_rejected() -> None:
    with pytest.raises(ValueError, match="crisis"):
        resources_for("US", "sad")


def test_public_dict_has_exactly_the_api_shape() -> None:
    resource = resources_for("US", "abuse")[0]
    assert resource.to_public_dict() == {
        "name": "National Domestic Violence Hotline",
        "phone": "1-800-799-7233",
        "sms": "Text START to 88788",
        "url": "https://www.thehotline.org",
    }
    full = resource.to_dict()
    assert {"tel", "sms_to", "hours", "source", "verified", "kind"} <= full.keys()


def test_public_help_object() -> None:
    help_obj = res.public_help("NZ", "crisis")
    assert help_obj["reason"] == "crisis"
    resources = help_obj["resources"]
    assert isinstance(resources, list)
    assert resources[0] == {
        "name": "1737 Need to talk?",
        "phone": "1737",
        "sms": "Text 1737",
        "url": None,
    }
    assert all(set(r) == {"name", "phone", "sms", "url"} for r in resources)


def test_resources_are_frozen() -> None:
    resource = resources_for("US", "crisis")[0]
    with pytest.raises(AttributeError):
        resource.phone = "000"  # type: ignore[misc]


def test_normalize_country() -> None:
    assert normalize_country("de") == "DE"
    assert normalize_country("Uk") == "GB"
    for bad in ["", "U", "USA", "1A", "u s"]:
        with pytest.raises(CountryCodeError):
            normalize_country(bad)


# --- the validator ----------------------------------------------------------


@pytest.mark.parametrize("field", ["source", "verified"])
def test_validator_fails_on_a_line_without_source_or_date(
    tmp_path: Path, field: str
) -> None:
    raw = _minimal()
    del raw["countries"]["US"]["lines"][0][field]
    with pytest.raises(ResourceDataError, match=f"country 'US'.*'{field}' is missing"):
        load_resources(_write(tmp_path, raw))


@pytest.mark.parametrize("field", ["source", "verified"])
def test_validator_fails_on_a_null_source_or_date(tmp_path: Path, field: str) -> None:
    raw = _minimal()
    raw["countries"]["US"]["lines"][1][field] = None
    with pytest.raises(ResourceDataError, match=f"line 2 .*'{field}'"):
        load_resources(_write(tmp_path, raw))


def test_validator_fails_on_a_fallback_without_source(tmp_path: Path) -> None:
    raw = _minimal()
    del raw["fallback"]["source"]
    with pytest.raises(ResourceDataError, match="fallback: field 'source' is missing"):
        load_resources(_write(tmp_path, raw))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "sadness"}, "'kind' must be crisis, abuse or emergency"),
        ({"verified": "27/11/2026"}, "'verified' must be an ISO date"),
        ({"verified": "2999-01-01"}, "'verified' is in the future"),
        ({"source": "samaritans"}, "'source' must be an http"),
        ({"source": ""}, "'source' must be a non-empty string"),
        ({"tel": "call 988"}, "'tel' must be digits"),
        ({"tel": None}, "'phone' and 'tel' go together"),
        ({"sms_to": None}, "'sms' and 'sms_to' go together"),
        (
            {"phone": None, "tel": None, "sms": None, "sms_to": None, "url": None},
            "at least one of phone, sms or url",
        ),
        ({"colour": "blue"}, "unknown field 'colour'"),
    ],
)
def test_validator_rejects_bad_lines(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    raw = _minimal()
    raw["countries"]["US"]["lines"][0].update(change)
    with pytest.raises(ResourceDataError, match=message) as caught:
        load_resources(_write(tmp_path, raw))
    assert "country 'US', line 1 ('988 Suicide & Crisis Lifeline')" in str(caught.value)


def test_validator_rejects_bad_countries(tmp_path: Path) -> None:
    raw = _minimal()
    raw["countries"]["usa"] = raw["countries"].pop("US")
    with pytest.raises(ResourceDataError, match="country 'usa'"):
        load_resources(_write(tmp_path, raw))
    raw = _minimal()
    raw["countries"]["US"]["lines"] = []
    with pytest.raises(ResourceDataError, match="'lines' must be a non-empty list"):
        load_resources(_write(tmp_path, raw))
    raw = _minimal()
    del raw["countries"]["US"]["name"]
    with pytest.raises(ResourceDataError, match="field 'name' is missing"):
        load_resources(_write(tmp_path, raw))


def test_validator_rejects_unknown_top_level_keys_and_bad_json(tmp_path: Path) -> None:
    raw = _minimal()
    raw["extra"] = {}
    with pytest.raises(ResourceDataError, match="unknown field 'extra'"):
        load_resources(_write(tmp_path, raw))
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ResourceDataError, match="not valid JSON"):
        load_resources(path)
    with pytest.raises(ResourceDataError, match="not found"):
        load_resources(tmp_path / "missing.json")


def test_loaded_temp_file_drives_the_same_api(tmp_path: Path) -> None:
    data = load_resources(_write(tmp_path, _minimal()))
    assert [r.kind for r in data.resources_for("US", "crisis")] == [
        "crisis",
        "emergency",
        "directory",
    ]
    assert data.resources_for("GB", "crisis")[0].kind == "directory"
