"""Help lines per country: load, validate and pick them for a crisis or abuse.

The data lives in ``resources.json`` next to this module. Every line carries the
published page it was checked against and the date it was checked; the loader
refuses the whole file if any entry lacks them, so an unchecked number can never
reach a person who needs help. This module is plain Python (no Django) so the
CLI, the web app and the tests can all use it.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, Literal, TypeAlias, cast

Kind: TypeAlias = Literal["crisis", "abuse", "emergency", "directory"]
Reason: TypeAlias = Literal["crisis", "abuse"]

DATA_PATH: Final = Path(__file__).with_name("resources.json")
REASONS: Final[tuple[Reason, ...]] = ("crisis", "abuse")
LINE_KINDS: Final = frozenset({"crisis", "abuse", "emergency"})

# Common names people type that are not the ISO 3166-1 alpha-2 code.
ALIASES: Final[Mapping[str, str]] = {"UK": "GB"}

_CODE_RE: Final = re.compile(r"^[A-Z]{2}$")
_TEL_RE: Final = re.compile(r"^\+?[0-9]{2,15}$")
_URL_RE: Final = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
_DATE_RE: Final = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")

_TOP_KEYS: Final = frozenset({"fallback", "countries"})
_COUNTRY_KEYS: Final = frozenset({"name", "lines"})
_LINE_KEYS: Final = frozenset(
    {
        "name",
        "kind",
        "phone",
        "tel",
        "sms",
        "sms_to",
        "url",
        "hours",
        "source",
        "verified",
    }
)
_FALLBACK_KEYS: Final = frozenset({"name", "url", "source", "verified"})

UNKNOWN_COUNTRY_NOTE: Final = (
    "We have not checked help lines for this country yet. The directory below "
    "lists free, confidential lines around the world. If you are in danger right "
    "now, call your local emergency number."
)
NO_LINES_NOTE: Final = (
    "We have not checked a line for this in your country yet. The directory below "
    "lists free, confidential lines around the world."
)


class ResourceDataError(ValueError):
    """The help-line data is malformed; the message names the entry and field."""


class CountryCodeError(ValueError):
    """A country code that is not two letters."""


@dataclass(frozen=True)
class Resource:
    """One way to reach help: a line, an emergency number or the directory."""

    name: str
    kind: Kind
    phone: str | None
    tel: str | None
    sms: str | None
    sms_to: str | None
    url: str | None
    hours: str | None
    source: str
    verified: dt.date
    note: str | None = None

    def to_public_dict(self) -> dict[str, str | None]:
        """Return the shape the API sends: name, phone, sms and url only."""
        return {
            "name": self.name,
            "phone": self.phone,
            "sms": self.sms,
            "url": self.url,
        }

    def to_dict(self) -> dict[str, str | None]:
        """Return every field, for the CLI and for building call/text links."""
        return {
            "name": self.name,
            "kind": self.kind,
            "phone": self.phone,
            "tel": self.tel,
            "sms": self.sms,
            "sms_to": self.sms_to,
            "url": self.url,
            "hours": self.hours,
            "source": self.source,
            "verified": self.verified.isoformat(),
            "note": self.note,
        }


@dataclass(frozen=True)
class Country:
    """A country's checked lines, in the order they should be shown."""

    code: str
    name: str
    lines: tuple[Resource, ...]

    def of_kind(self, kind: str) -> list[Resource]:
        """Return this country's lines of one kind, in file order."""
        return [line for line in self.lines if line.kind == kind]


@dataclass(frozen=True)
class ResourceData:
    """All countries plus the worldwide directory used as the last resort."""

    countries: Mapping[str, Country]
    fallback: Resource

    def country(self, code: str | None) -> Country | None:
        """Return the country for a code, or None if unknown or malformed."""
        if code is None:
            return None
        try:
            normalized = normalize_country(code)
        except CountryCodeError:
            return None
        return self.countries.get(normalized)

    def directory(self, note: str | None = None) -> Resource:
        """Return the worldwide directory, optionally with a note attached."""
        if note is None:
            return self.fallback
        return replace(self.fallback, note=note)

    def resources_for(self, country: str | None, reason: str) -> list[Resource]:
        """Return the lines for a reason: country lines, emergency, then directory.

        An unknown, missing or malformed country never raises: help must always
        be shown, so it falls back to the directory with a note.
        """
        checked = _check_reason(reason)
        found = self.country(country)
        if found is None:
            return [self.directory(UNKNOWN_COUNTRY_NOTE)]
        lines = found.of_kind(checked)
        note = None if lines else NO_LINES_NOTE
        return [*lines, *found.of_kind("emergency"), self.directory(note)]

    def all_for(self, country: str | None) -> list[Resource]:
        """Return every line for a country: crisis, abuse, emergency, directory."""
        found = self.country(country)
        if found is None:
            return [self.directory(UNKNOWN_COUNTRY_NOTE)]
        ordered = [
            line
            for kind in ("crisis", "abuse", "emergency")
            for line in found.of_kind(kind)
        ]
        return [*ordered, self.directory()]

    def country_names(self) -> list[tuple[str, str]]:
        """Return (code, name) for every country with data, sorted by name."""
        return sorted(
            ((c.code, c.name) for c in self.countries.values()), key=lambda p: p[1]
        )


def normalize_country(code: str) -> str:
    """Return the upper-case ISO code for user input, or raise CountryCodeError."""
    cleaned = code.strip().upper()
    cleaned = ALIASES.get(cleaned, cleaned)
    if not _CODE_RE.match(cleaned):
        raise CountryCodeError(
            f"{code!r} is not a two-letter country code (for example US, GB or DE)"
        )
    return cleaned


def _check_reason(reason: str) -> Reason:
    if reason not in REASONS:
        raise ValueError(f"reason must be 'crisis' or 'abuse', not {reason!r}")
    return reason


# --- loading and validation -------------------------------------------------


def load_resources(path: Path | str = DATA_PATH) -> ResourceData:
    """Read and validate a resources file; raise ResourceDataError if it is bad."""
    source = Path(path)
    try:
        raw = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ResourceDataError(f"{source}: file not found") from exc
    except json.JSONDecodeError as exc:
        raise ResourceDataError(f"{source}: not valid JSON ({exc})") from exc
    return parse_resources(raw, where=source.name)


def parse_resources(raw: object, where: str = "resources") -> ResourceData:
    """Validate already-decoded JSON and build the ResourceData."""
    top = _object(raw, where)
    _exact_keys(top, _TOP_KEYS, where)
    fallback = _parse_fallback(top["fallback"], f"{where}: fallback")
    countries_raw = _object(top["countries"], f"{where}: countries")
    if not countries_raw:
        raise ResourceDataError(f"{where}: countries is empty")
    countries: dict[str, Country] = {}
    for code, body in countries_raw.items():
        label = f"{where}: country {code!r}"
        if not _CODE_RE.match(code):
            raise ResourceDataError(f"{label}: key must be an upper-case ISO code")
        countries[code] = _parse_country(code, body, label)
    return ResourceData(countries=MappingProxyType(countries), fallback=fallback)


def _parse_country(code: str, body: object, label: str) -> Country:
    obj = _object(body, label)
    _exact_keys(obj, _COUNTRY_KEYS, label)
    name = _text(obj, "name", label)
    lines_raw = obj["lines"]
    if not isinstance(lines_raw, list) or not lines_raw:
        raise ResourceDataError(f"{label}: field 'lines' must be a non-empty list")
    lines = tuple(
        _parse_line(item, f"{label}, line {index + 1}")
        for index, item in enumerate(lines_raw)
    )
    return Country(code=code, name=name, lines=lines)


def _parse_line(item: object, label: str) -> Resource:
    obj = _object(item, label)
    if isinstance(obj.get("name"), str):
        label = f"{label} ({obj['name']!r})"
    _exact_keys(obj, _LINE_KEYS, label)
    kind = _text(obj, "kind", label)
    if kind not in LINE_KINDS:
        raise ResourceDataError(
            f"{label}: field 'kind' must be crisis, abuse or emergency, not {kind!r}"
        )
    phone = _optional_text(obj, "phone", label)
    tel = _optional_text(obj, "tel", label)
    sms = _optional_text(obj, "sms", label)
    sms_to = _optional_text(obj, "sms_to", label)
    url = _optional_text(obj, "url", label)
    if (phone is None) != (tel is None):
        raise ResourceDataError(f"{label}: fields 'phone' and 'tel' go together")
    if (sms is None) != (sms_to is None):
        raise ResourceDataError(f"{label}: fields 'sms' and 'sms_to' go together")
    for key, value in (("tel", tel), ("sms_to", sms_to)):
        if value is not None and not _TEL_RE.match(value):
            raise ResourceDataError(
                f"{label}: field {key!r} must be digits, not {value!r}"
            )
    if url is not None:
        _check_url(url, "url", label)
    if phone is None and sms is None and url is None:
        raise ResourceDataError(f"{label}: needs at least one of phone, sms or url")
    return Resource(
        name=_text(obj, "name", label),
        kind=cast(Kind, kind),
        phone=phone,
        tel=tel,
        sms=sms,
        sms_to=sms_to,
        url=url,
        hours=_optional_text(obj, "hours", label),
        source=_source(obj, label),
        verified=_verified(obj, label),
    )


def _parse_fallback(item: object, label: str) -> Resource:
    obj = _object(item, label)
    _exact_keys(obj, _FALLBACK_KEYS, label)
    url = _text(obj, "url", label)
    _check_url(url, "url", label)
    return Resource(
        name=_text(obj, "name", label),
        kind="directory",
        phone=None,
        tel=None,
        sms=None,
        sms_to=None,
        url=url,
        hours=None,
        source=_source(obj, label),
        verified=_verified(obj, label),
    )


def _object(value: object, label: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ResourceDataError(f"{label}: must be a JSON object")
    return cast(dict[str, Any], value)


def _exact_keys(obj: Mapping[str, Any], allowed: frozenset[str], label: str) -> None:
    missing = sorted(allowed - obj.keys())
    if missing:
        raise ResourceDataError(f"{label}: field {missing[0]!r} is missing")
    unknown = sorted(obj.keys() - allowed)
    if unknown:
        raise ResourceDataError(f"{label}: unknown field {unknown[0]!r}")


def _text(obj: Mapping[str, Any], key: str, label: str) -> str:
    value = obj[key]
    if not isinstance(value, str) or not value.strip():
        raise ResourceDataError(f"{label}: field {key!r} must be a non-empty string")
    return value


def _optional_text(obj: Mapping[str, Any], key: str, label: str) -> str | None:
    if obj[key] is None:
        return None
    return _text(obj, key, label)


def _check_url(url: str, key: str, label: str) -> None:
    if not _URL_RE.match(url):
        raise ResourceDataError(f"{label}: field {key!r} must be an http(s) URL")


def _source(obj: Mapping[str, Any], label: str) -> str:
    if obj["source"] is None:
        raise ResourceDataError(f"{label}: field 'source' is missing")
    source = _text(obj, "source", label)
    _check_url(source, "source", label)
    return source


def _verified(obj: Mapping[str, Any], label: str) -> dt.date:
    if obj["verified"] is None:
        raise ResourceDataError(f"{label}: field 'verified' is missing")
    text = _text(obj, "verified", label)
    try:
        if not _DATE_RE.match(text):
            raise ValueError(text)
        when = dt.date.fromisoformat(text)
    except ValueError as exc:
        raise ResourceDataError(
            f"{label}: field 'verified' must be an ISO date (YYYY-MM-DD), not {text!r}"
        ) from exc
    if when > dt.date.today() + dt.timedelta(days=1):
        raise ResourceDataError(f"{label}: field 'verified' is in the future ({text})")
    return when


# --- module-level API over the bundled data --------------------------------


@functools.cache
def default_resources() -> ResourceData:
    """Return the bundled data, loaded and validated once per process."""
    return load_resources(DATA_PATH)


def resources_for(country: str | None, reason: str) -> list[Resource]:
    """Return help for a reason ("crisis" or "abuse") in a country, best first."""
    return default_resources().resources_for(country, reason)


def countries() -> list[tuple[str, str]]:
    """Return (code, name) for every country with checked lines, by name."""
    return default_resources().country_names()


def public_help(country: str | None, reason: str) -> dict[str, object]:
    """Return the API's ``help`` object: the reason and the public resources."""
    checked = _check_reason(reason)
    return {
        "reason": checked,
        "resources": [r.to_public_dict() for r in resources_for(country, checked)],
    }


__all__ = [
    "CountryCodeError",
    "Country",
    "Resource",
    "ResourceData",
    "ResourceDataError",
    "countries",
    "default_resources",
    "load_resources",
    "normalize_country",
    "parse_resources",
    "public_help",
    "resources_for",
]
