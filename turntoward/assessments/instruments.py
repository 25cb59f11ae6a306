"""Assessment instruments: load the data files, validate them, score answers.

Pure Python, no Django: the web app, the API and the `turntoward assess`
command all score through `score()` here, so a result means the same
everywhere.

Each instrument is one JSON file in `instruments/`. Scoring rules:

- Every response option has an integer value; the values run 0, 1, … k with
  no gaps, so a reverse-keyed answer is simply `k - value`.
- `total` is the sum of the keyed item values (PHQ-9 0–27, GAD-7 0–21), or
  `None` when the file says `"total": "none"` (a profile such as
  `love_styles`, where adding the parts up would mean nothing).
- A subscale score is the keyed sum as a percentage of its highest possible
  sum, rounded half up to a whole number (0–100). Percentages let subscales
  with three and four items sit side by side on one chart.
- Bands are closed ranges (`min` ≤ score ≤ `max`) that cover every possible
  score exactly once; this is checked when the file is loaded.
- `interpretation` is the total band's text, then each subscale band's text
  (empty for unremarkable bands), then the instrument's `note`.
- `safety_items` name items where any answer above 0 sets `Result.safety`,
  whatever the total (PHQ-9 item 9).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "ROLES",
    "STEP_IDS",
    "AnswerError",
    "AnswerOutOfRangeError",
    "AssessmentError",
    "Band",
    "Instrument",
    "InstrumentSchemaError",
    "InvalidAnswerError",
    "Item",
    "Option",
    "Result",
    "Subscale",
    "UnknownInstrumentError",
    "UnknownItemError",
    "WrongAnswerCountError",
    "check_partial_answers",
    "get_instrument",
    "list_instruments",
    "load_instrument_file",
    "load_instruments",
    "score",
]

INSTRUMENTS_DIR = Path(__file__).with_name("instruments")

# The framework's ids (shared/docs/framework.md §3–§6); a data file that points
# anywhere else is a typo that would send people to a page that doesn't exist.
ROLES = frozenset({"neglected", "neglecting", "both", "unsure"})
STEP_IDS = frozenset(
    {
        "acknowledge",
        "communicate_gently",
        "love_languages",
        "set_expectations",
        "professional_help",
        "validate_feelings",
        "self_compassion",
        "reconnect_emotions",
        "boundaries",
        "decide",
        "express_emotions",
        "be_present",
        "practice_empathy",
        "seek_guidance",
    }
)
SUBSCALE_MAX = 100


class AssessmentError(ValueError):
    """Base class for every error this module raises."""


class InstrumentSchemaError(AssessmentError):
    """An instrument data file does not match the schema."""

    def __init__(self, source: str, field_path: str, problem: str) -> None:
        self.source = source
        self.field_path = field_path
        self.problem = problem
        super().__init__(f"{source}: {field_path}: {problem}")


class UnknownInstrumentError(AssessmentError, LookupError):
    """No instrument has this id."""

    def __init__(self, instrument_id: str, known: Iterable[str]) -> None:
        self.instrument_id = instrument_id
        super().__init__(
            f"unknown instrument {instrument_id!r}; known: {', '.join(sorted(known))}"
        )


class AnswerError(AssessmentError):
    """The answers cannot be scored."""


class WrongAnswerCountError(AnswerError):
    """Too few or too many answers, or some items left unanswered."""


class InvalidAnswerError(AnswerError):
    """An answer is not a whole number."""


class AnswerOutOfRangeError(InvalidAnswerError):
    """An answer is a whole number outside the instrument's option values."""


class UnknownItemError(AnswerError):
    """Answers name an item id the instrument does not have."""


@dataclass(frozen=True)
class Option:
    """One response option: the number scored and the words shown."""

    value: int
    label: str


@dataclass(frozen=True)
class Band:
    """A score range with what it often means and the steps that fit."""

    id: str
    min: int
    max: int
    label: str
    interpretation: str
    next_steps: tuple[str, ...] = ()

    def contains(self, value: int) -> bool:
        """Return whether the score falls inside this band."""
        return self.min <= value <= self.max


@dataclass(frozen=True)
class Item:
    """One question, the subscale it feeds and whether it is reverse-keyed."""

    id: str
    text: str
    subscale: str | None = None
    reverse: bool = False


@dataclass(frozen=True)
class Subscale:
    """A group of items scored 0–100 with its own bands."""

    id: str
    title: str
    bands: tuple[Band, ...] = ()


@dataclass(frozen=True)
class Instrument:
    """A validated instrument, as read from its data file."""

    id: str
    version: str
    title: str
    intro: str
    stem: str
    note: str
    credit: str
    licence: str
    audience: tuple[str, ...]
    shareable: bool
    options: tuple[Option, ...]
    items: tuple[Item, ...]
    subscales: tuple[Subscale, ...]
    has_total: bool
    bands: tuple[Band, ...]
    safety_items: tuple[str, ...] = ()

    @property
    def max_value(self) -> int:
        """Return the highest option value."""
        return self.options[-1].value

    @property
    def max_total(self) -> int:
        """Return the highest possible total."""
        return self.max_value * len(self.items)

    def item(self, item_id: str) -> Item:
        """Return the item with this id."""
        for item in self.items:
            if item.id == item_id:
                return item
        raise UnknownItemError(f"{self.id} has no item {item_id!r}")

    def subscale(self, subscale_id: str) -> Subscale:
        """Return the subscale with this id."""
        for subscale in self.subscales:
            if subscale.id == subscale_id:
                return subscale
        raise LookupError(f"{self.id} has no subscale {subscale_id!r}")


@dataclass(frozen=True)
class Result:
    """A scored response: what `score()` returns and what gets stored.

    `answers` are the raw values in item order. They are kept for storage but
    left out of `to_public_dict()`, because item answers to the PHQ-9 and
    GAD-7 are never shown to a partner.
    """

    instrument: str
    version: str
    total: int | None
    band: Band | None
    subscales: dict[str, int]
    subscale_bands: dict[str, Band]
    safety: bool
    interpretation: str
    next_steps: tuple[str, ...]
    answers: tuple[int, ...] = field(default=(), repr=False)

    def to_public_dict(self) -> dict[str, Any]:
        """Return the result as JSON-ready data, without item answers."""
        return {
            "instrument": self.instrument,
            "version": self.version,
            "total": self.total,
            "band": self.band.id if self.band else None,
            "subscales": dict(self.subscales),
            "safety": self.safety,
            "interpretation": self.interpretation,
            "next_steps": list(self.next_steps),
        }


# --- schema -----------------------------------------------------------------
#
# Written by hand rather than with a JSON Schema library: the checks that
# matter most (bands cover every score, step ids exist, items point at real
# subscales) are cross-field rules a schema language states badly anyway.


class _Reader:
    """Read typed fields from parsed JSON, raising errors that name the field."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, path: str, problem: str) -> InstrumentSchemaError:
        return InstrumentSchemaError(self.source, path, problem)

    def obj(
        self, value: Any, path: str, required: set[str], optional: set[str]
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, "must be an object")
        missing = sorted(required - value.keys())
        if missing:
            raise self.fail(f"{path}.{missing[0]}", "is required")
        unknown = sorted(value.keys() - required - optional)
        if unknown:
            raise self.fail(f"{path}.{unknown[0]}", "is not a known field")
        return value

    def text(
        self, data: Mapping[str, Any], key: str, path: str, *, empty: bool = False
    ) -> str:
        value = data.get(key, "")
        if not isinstance(value, str) or (not empty and not value.strip()):
            raise self.fail(f"{path}.{key}", "must be a non-empty string")
        return value

    def ident(self, data: Mapping[str, Any], key: str, path: str) -> str:
        value = self.text(data, key, path)
        if not (
            value.isascii() and value.replace("_", "a").isalnum() and value.islower()
        ):
            raise self.fail(f"{path}.{key}", f"{value!r} must be lower_snake_case")
        return value

    def integer(self, data: Mapping[str, Any], key: str, path: str) -> int:
        value = data.get(key)
        # bool is an int subclass; `true` in a data file is a mistake, not 1.
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(f"{path}.{key}", "must be an integer")
        return value

    def flag(self, data: Mapping[str, Any], key: str, path: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"{path}.{key}", "must be true or false")
        return value

    def array(
        self, data: Mapping[str, Any], key: str, path: str, *, empty: bool = False
    ) -> list[Any]:
        value = data.get(key, [])
        if not isinstance(value, list) or (not empty and not value):
            kind = "a list" if empty else "a non-empty list"
            raise self.fail(f"{path}.{key}", f"must be {kind}")
        return value


_TOP_REQUIRED = {
    "id", "version", "title", "intro", "credit", "licence", "audience",
    "options", "items", "scoring",
}  # fmt: skip
_TOP_OPTIONAL = {"stem", "note", "shareable", "subscales", "bands", "safety_items"}


def _parse_band(r: _Reader, raw: Any, path: str, *, need_text: bool) -> Band:
    data = r.obj(
        raw, path, {"id", "min", "max", "label"}, {"interpretation", "next_steps"}
    )
    steps = r.array(data, "next_steps", path, empty=True)
    for n, step in enumerate(steps):
        if step not in STEP_IDS:
            raise r.fail(f"{path}.next_steps[{n}]", f"{step!r} is not a step id")
    return Band(
        id=r.ident(data, "id", path),
        min=r.integer(data, "min", path),
        max=r.integer(data, "max", path),
        label=r.text(data, "label", path),
        interpretation=r.text(data, "interpretation", path, empty=not need_text),
        next_steps=tuple(steps),
    )


def _parse_bands(
    r: _Reader, raw: list[Any], path: str, top: int, *, need_text: bool
) -> tuple[Band, ...]:
    bands = tuple(
        _parse_band(r, b, f"{path}[{n}]", need_text=need_text)
        for n, b in enumerate(raw)
    )
    expected = 0
    for n, band in enumerate(bands):
        if band.min != expected or band.max < band.min:
            raise r.fail(
                f"{path}[{n}]",
                f"bands must run from 0 to {top} without gaps or overlaps "
                f"(expected min {expected})",
            )
        expected = band.max + 1
    if bands and expected != top + 1:
        raise r.fail(f"{path}[{len(bands) - 1}].max", f"must be {top}")
    if len({b.id for b in bands}) != len(bands):
        raise r.fail(path, "band ids must be unique")
    return bands


def _parse_options(r: _Reader, data: Mapping[str, Any]) -> tuple[Option, ...]:
    options = []
    for n, raw in enumerate(r.array(data, "options", "$")):
        path = f"$.options[{n}]"
        opt = r.obj(raw, path, {"value", "label"}, set())
        value = r.integer(opt, "value", path)
        if value != n:
            raise r.fail(f"{path}.value", f"must be {n}: values run 0, 1, 2, …")
        options.append(Option(value=value, label=r.text(opt, "label", path)))
    if len(options) < 2:
        raise r.fail("$.options", "needs at least two options")
    return tuple(options)


def _parse_subscales(r: _Reader, data: Mapping[str, Any]) -> tuple[Subscale, ...]:
    subscales = []
    for n, raw in enumerate(r.array(data, "subscales", "$", empty=True)):
        path = f"$.subscales[{n}]"
        sub = r.obj(raw, path, {"id", "title"}, {"bands"})
        bands = _parse_bands(
            r,
            r.array(sub, "bands", path, empty=True),
            f"{path}.bands",
            SUBSCALE_MAX,
            need_text=False,
        )
        subscales.append(
            Subscale(
                id=r.ident(sub, "id", path),
                title=r.text(sub, "title", path),
                bands=bands,
            )
        )
    if len({s.id for s in subscales}) != len(subscales):
        raise r.fail("$.subscales", "subscale ids must be unique")
    return tuple(subscales)


def _parse_items(
    r: _Reader, data: Mapping[str, Any], subscales: Sequence[Subscale]
) -> tuple[Item, ...]:
    subscale_ids = {s.id for s in subscales}
    items = []
    for n, raw in enumerate(r.array(data, "items", "$")):
        path = f"$.items[{n}]"
        it = r.obj(raw, path, {"id", "text"}, {"subscale", "reverse"})
        subscale = it.get("subscale")
        if subscale is not None and subscale not in subscale_ids:
            raise r.fail(f"{path}.subscale", f"{subscale!r} is not a subscale id")
        items.append(
            Item(
                id=r.ident(it, "id", path),
                text=r.text(it, "text", path),
                subscale=subscale,
                reverse=r.flag(it, "reverse", path),
            )
        )
    if len({i.id for i in items}) != len(items):
        raise r.fail("$.items", "item ids must be unique")
    used = {i.subscale for i in items}
    for n, sub in enumerate(subscales):
        if sub.id not in used:
            raise r.fail(f"$.subscales[{n}]", f"subscale {sub.id!r} has no items")
    return tuple(items)


def _parse_instrument(raw: Any, source: str) -> Instrument:
    r = _Reader(source)
    data = r.obj(raw, "$", _TOP_REQUIRED, _TOP_OPTIONAL)
    audience = r.array(data, "audience", "$")
    for n, role in enumerate(audience):
        if role not in ROLES:
            raise r.fail(f"$.audience[{n}]", f"{role!r} is not a role")
    scoring = r.obj(data["scoring"], "$.scoring", {"total", "subscales"}, set())
    if scoring["total"] not in ("sum", "none"):
        raise r.fail("$.scoring.total", 'must be "sum" or "none"')
    if scoring["subscales"] != "percent":
        raise r.fail("$.scoring.subscales", 'must be "percent"')
    options = _parse_options(r, data)
    subscales = _parse_subscales(r, data)
    items = _parse_items(r, data, subscales)
    has_total = scoring["total"] == "sum"
    raw_bands = r.array(data, "bands", "$", empty=True)
    if raw_bands and not has_total:
        raise r.fail("$.bands", 'needs "scoring.total": "sum"')
    bands = _parse_bands(
        r, raw_bands, "$.bands", options[-1].value * len(items), need_text=True
    )
    safety = r.array(data, "safety_items", "$", empty=True)
    item_ids = {i.id for i in items}
    for n, item_id in enumerate(safety):
        if item_id not in item_ids:
            raise r.fail(f"$.safety_items[{n}]", f"{item_id!r} is not an item id")
    return Instrument(
        id=r.ident(data, "id", "$"),
        version=r.text(data, "version", "$"),
        title=r.text(data, "title", "$"),
        intro=r.text(data, "intro", "$"),
        stem=r.text(data, "stem", "$", empty=True),
        note=r.text(data, "note", "$", empty=True),
        credit=r.text(data, "credit", "$"),
        licence=r.text(data, "licence", "$"),
        audience=tuple(audience),
        shareable=r.flag(data, "shareable", "$"),
        options=options,
        items=items,
        subscales=subscales,
        has_total=has_total,
        bands=bands,
        safety_items=tuple(safety),
    )


def load_instrument_file(path: Path) -> Instrument:
    """Read one data file and return it validated, or raise InstrumentSchemaError."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InstrumentSchemaError(path.name, "$", f"cannot read JSON: {exc}") from exc
    instrument = _parse_instrument(raw, path.name)
    if instrument.id != path.stem:
        raise InstrumentSchemaError(
            path.name, "$.id", f"{instrument.id!r} must match the file name"
        )
    return instrument


def load_instruments(directory: Path | None = None) -> dict[str, Instrument]:
    """Load and validate every data file in a directory, keyed by id."""
    directory = INSTRUMENTS_DIR if directory is None else directory
    return {
        path.stem: load_instrument_file(path)
        for path in sorted(directory.glob("*.json"))
    }


@functools.cache
def _registry() -> dict[str, Instrument]:
    return load_instruments()


def list_instruments() -> list[Instrument]:
    """Return every shipped instrument, sorted by id."""
    return [_registry()[key] for key in sorted(_registry())]


def get_instrument(instrument_id: str) -> Instrument:
    """Return the shipped instrument with this id, or raise UnknownInstrumentError."""
    try:
        return _registry()[instrument_id]
    except KeyError:
        raise UnknownInstrumentError(instrument_id, _registry()) from None


# --- scoring ----------------------------------------------------------------


def _check_value(instrument: Instrument, item: Item, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidAnswerError(
            f"answer to {item.id} must be a whole number, not {value!r}"
        )
    if not 0 <= value <= instrument.max_value:
        raise AnswerOutOfRangeError(
            f"answer to {item.id} is {value}; it must be from 0 to "
            f"{instrument.max_value}"
        )
    return value


def check_partial_answers(
    instrument: Instrument, answers: Mapping[str, object]
) -> dict[str, int]:
    """Check answers to some items (saved as one goes); return them in item order."""
    unknown = sorted(set(answers) - {i.id for i in instrument.items})
    if unknown:
        raise UnknownItemError(
            f"{instrument.id} has no item {', '.join(map(repr, unknown))}"
        )
    return {
        item.id: _check_value(instrument, item, answers[item.id])
        for item in instrument.items
        if item.id in answers
    }


def _ordered_answers(
    instrument: Instrument, answers: Sequence[int] | Mapping[str, int]
) -> tuple[int, ...]:
    items = instrument.items
    if isinstance(answers, Mapping):
        unknown = sorted(set(answers) - {i.id for i in items})
        if unknown:
            raise UnknownItemError(
                f"{instrument.id} has no item {', '.join(map(repr, unknown))}"
            )
        missing = [i.id for i in items if i.id not in answers]
        if missing:
            raise WrongAnswerCountError(
                f"{instrument.id} needs an answer to {', '.join(missing)}"
            )
        values: Sequence[object] = [answers[i.id] for i in items]
    else:
        if isinstance(answers, str | bytes):
            raise InvalidAnswerError("answers must be numbers, not a string")
        values = list(answers)
        if len(values) != len(items):
            raise WrongAnswerCountError(
                f"{instrument.id} has {len(items)} questions; got {len(values)} answers"
            )
    return tuple(
        _check_value(instrument, i, v) for i, v in zip(items, values, strict=True)
    )


def _band_for(bands: Sequence[Band], value: int) -> Band | None:
    return next((b for b in bands if b.contains(value)), None)


def _percent(part: int, whole: int) -> int:
    # Round half up: Python's round() sends 12.5 to 12, which would surprise
    # anyone checking a score by hand.
    return (200 * part + whole) // (2 * whole)


def _dedupe(steps: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(steps))


def score(
    instrument: Instrument | str, answers: Sequence[int] | Mapping[str, int]
) -> Result:
    """Score answers (in item order, or keyed by item id) and return the result."""
    if isinstance(instrument, str):
        instrument = get_instrument(instrument)
    raw = _ordered_answers(instrument, answers)
    top = instrument.max_value
    keyed = {
        item.id: top - value if item.reverse else value
        for item, value in zip(instrument.items, raw, strict=True)
    }
    total = sum(keyed.values()) if instrument.has_total else None
    band = _band_for(instrument.bands, total) if total is not None else None
    subscales: dict[str, int] = {}
    subscale_bands: dict[str, Band] = {}
    for sub in instrument.subscales:
        ids = [i.id for i in instrument.items if i.subscale == sub.id]
        subscales[sub.id] = _percent(sum(keyed[i] for i in ids), top * len(ids))
        sub_band = _band_for(sub.bands, subscales[sub.id])
        if sub_band is not None:
            subscale_bands[sub.id] = sub_band
    found = [b for b in (band, *subscale_bands.values()) if b is not None]
    safety = any(
        value > 0
        for item, value in zip(instrument.items, raw, strict=True)
        if item.id in instrument.safety_items
    )
    steps_from_bands = [step for b in found for step in b.next_steps]
    return Result(
        instrument=instrument.id,
        version=instrument.version,
        total=total,
        band=band,
        subscales=subscales,
        subscale_bands=subscale_bands,
        safety=safety,
        interpretation=" ".join(
            text
            for text in (*(b.interpretation for b in found), instrument.note)
            if text
        ),
        # A safety answer always points to professional help, even on a low total.
        next_steps=_dedupe(
            [*(["professional_help"] if safety else []), *steps_from_bands]
        ),
        answers=raw,
    )
