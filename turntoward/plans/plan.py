"""Build a person's plan: their role's steps, ordered by their latest results.

Pure reads; the only writes (skip, reorder, counting a tool's use) live in
`services/plan.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.urls import NoReverseMatch, reverse

from turntoward.accounts.models import User
from turntoward.assessments.instruments import AssessmentError, get_instrument
from turntoward.plans import content, sources
from turntoward.plans.content import StepInfo
from turntoward.plans.models import PlanStep

# PHQ-9 and GAD-7 count double: a moderate or higher band should put talking to
# a professional near the top, whatever else the results suggest.
SCREENERS = frozenset({"phq9", "gad7"})


@dataclass
class PlanEntry:
    """One step as the person sees it."""

    info: StepInfo
    url: str
    progress: list[str] = field(default_factory=list)
    because: list[str] = field(default_factory=list)
    skipped: bool = False
    can_move_up: bool = False
    can_move_down: bool = False

    @property
    def id(self) -> str:
        return self.info.id


@dataclass
class Plan:
    """The ordered steps for one person, plus the ones they set aside."""

    role: str
    steps: list[PlanEntry]
    skipped: list[PlanEntry]
    safety_mode: bool
    based_on: list[str]

    def step_ids(self) -> list[str]:
        return [e.id for e in self.steps] + [e.id for e in self.skipped]


def role_of(user: User) -> str:
    """Return the user's role, or 'unsure' when none is chosen yet."""
    return user.role if user.role in content.ROLE_STEPS else "unsure"


def tool_url(info: StepInfo) -> str:
    """Return the link to a step's tool."""
    if ":" not in info.tool:
        return info.tool
    try:
        return reverse(info.tool)
    except NoReverseMatch:
        return "/"


def _band_index(bands: Any, value: Any) -> tuple[int, tuple[str, ...]]:
    """Return (index, next steps) of the band `value` names or falls in."""
    wanted = getattr(value, "id", value)
    for index, band in enumerate(bands):
        if band.id == wanted or (isinstance(value, int) and band.contains(value)):
            return index, band.next_steps
    return 0, ()


def _for_role(step: str, role: str) -> str:
    if role == "neglecting" and step == "professional_help":
        return "seek_guidance"
    if role != "neglecting" and step == "seek_guidance":
        return "professional_help"
    return step


def recommendations(
    results: Mapping[str, Any], role: str
) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Return step → weight and step → instrument titles, from latest results."""
    weights: dict[str, int] = {}
    because: dict[str, list[str]] = {}

    def add(step: str, weight: int, title: str) -> None:
        step = _for_role(step, role)
        if weight <= 0:
            return
        weights[step] = weights.get(step, 0) + weight
        if title not in because.setdefault(step, []):
            because[step].append(title)

    for instrument_id, result in results.items():
        try:
            instrument = get_instrument(instrument_id)
        except (AssessmentError, LookupError):
            continue
        band = getattr(result, "band", None)
        if band is not None and instrument.bands:
            index, steps = _band_index(instrument.bands, band)
            factor = 2 if instrument_id in SCREENERS else 1
            for step in steps:
                add(step, index * factor, instrument.title)
        for sub_id, value in dict(getattr(result, "subscales", {}) or {}).items():
            try:
                subscale = instrument.subscale(sub_id)
            except LookupError:
                continue
            index, steps = _band_index(subscale.bands, int(value))
            for step in steps:
                add(step, index, instrument.title)
    return weights, because


def ordered_steps(
    *, role: str, results: Mapping[str, Any], safety_mode: bool
) -> tuple[list[str], dict[str, list[str]]]:
    """Return the step ids in their suggested order and why some came forward."""
    base = list(content.ROLE_STEPS[role])
    if safety_mode:
        kept = [s for s in base if s not in content.UNSAFE_WHEN_AFRAID]
        base = kept + [s for s in content.SAFETY_EXTRAS if s not in kept]
    weights, because = recommendations(results, role)
    position = {step: index for index, step in enumerate(base)}
    order = sorted(base, key=lambda s: (-weights.get(s, 0), position[s]))
    if safety_mode:
        order = [*content.SAFETY_STEPS, *order]
    return order, {s: because[s] for s in order if s in because}


def plan_for(*, user: User) -> Plan:
    """Return the user's plan: suggested order, their own changes on top."""
    from turntoward.plans.progress import step_progress

    role = role_of(user)
    results = sources.latest_results(user=user)
    safety_mode = sources.abuse_screen_positive(user=user)
    order, because = ordered_steps(role=role, results=results, safety_mode=safety_mode)
    choices = {row.step: row for row in PlanStep.objects.filter(owner=user)}
    pinned = [s for s in order if s in content.SAFETY_STEPS]
    rest = [s for s in order if s not in content.SAFETY_STEPS]
    suggested = {step: index for index, step in enumerate(rest)}

    def key(step: str) -> tuple[int, int]:
        row = choices.get(step)
        if row is not None and row.position is not None:
            return (row.position, suggested[step])
        return (10_000 + suggested[step], 0)

    progress = step_progress(user=user)
    entries = [
        PlanEntry(
            info=content.STEPS[step],
            url=tool_url(content.STEPS[step]),
            progress=progress.get(step, []),
            because=because.get(step, []),
            skipped=bool(choices.get(step) and choices[step].skipped),
        )
        for step in [*pinned, *sorted(rest, key=key)]
    ]
    movable = [e for e in entries if not e.skipped and e.id not in pinned]
    for index, entry in enumerate(movable):
        entry.can_move_up = index > 0
        entry.can_move_down = index < len(movable) - 1
    titles = sorted({t for titles in because.values() for t in titles})
    return Plan(
        role=role,
        steps=[e for e in entries if not e.skipped],
        skipped=[e for e in entries if e.skipped],
        safety_mode=safety_mode,
        based_on=titles,
    )
