"""Reads for plans. Each takes the requesting user and shows only what they may see."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from django.db.models import Count, QuerySet
from django.utils import timezone

from turntoward.accounts.models import User
from turntoward.accounts.privacy import get_visible_or_404, owned_by, visible_to
from turntoward.core.models import OwnedModel
from turntoward.plans import content, sources
from turntoward.plans import models as m
from turntoward.plans.kinds import KINDS, ItemKind


def items_visible(*, user: User, kind: ItemKind) -> QuerySet[Any]:
    """Return the user's own items of a kind and the partner's shared ones."""
    return visible_to(kind.model._default_manager.all(), viewer=user)


def item_visible(*, user: User, kind: ItemKind, pk: Any) -> Any:
    """Return one item the user may read, or raise 404."""
    return get_visible_or_404(kind.model._default_manager.all(), viewer=user, pk=pk)


def item_dict(item: OwnedModel, *, viewer: User, kind: ItemKind) -> dict[str, Any]:
    """Return an item as JSON-ready data, hiding owner-only fields from the partner."""
    mine = item.owner_id == viewer.pk  # type: ignore[attr-defined]
    data: dict[str, Any] = {"id": item.pk, "kind": kind.slug, "mine": mine}
    for spec in kind.fields:
        if mine or not spec.owner_only:
            data[spec.name] = getattr(item, spec.name)
    for name, _ in kind.choices:
        data[name] = getattr(item, name)
    data.update(
        shared=item.shared,
        created_at=item.created_at.isoformat(),
        updated_at=item.updated_at.isoformat(),
    )
    if isinstance(item, m.NeedRequest):
        data["responses"] = [
            {"answer": r.answer, "reason": r.reason, "at": r.created_at.isoformat()}
            for r in item.responses.all()
        ]
    if isinstance(item, m.LoveAction) and mine:
        data["times_done"] = m.LoveActionDone.objects.filter(
            owner=viewer, action=item
        ).count()
    return data


def split_mine(user: User, rows: Any) -> tuple[list[Any], list[Any]]:
    """Split readable rows into (the user's own, the partner's shared)."""
    mine: list[Any] = []
    theirs: list[Any] = []
    for row in rows:
        (mine if row.owner_id == user.pk else theirs).append(row)
    return mine, theirs


# --- needs ----------------------------------------------------------------------


def needs_for(*, user: User) -> QuerySet[m.NeedRequest]:
    """Return readable requests with their answers, newest first."""
    return items_visible(user=user, kind=KINDS["needs"]).prefetch_related("responses")


@dataclass
class Review:
    """A week's look back at requests: asked, answered, what happened."""

    start: date
    end: date
    asked: list[m.NeedRequest]
    answered: list[m.NeedRequest]
    partner_asked: list[m.NeedRequest]


def needs_review(*, user: User, weeks_ago: int = 0) -> Review:
    """Return what was asked and answered in one week (0 = the last seven days)."""
    weeks_ago = max(0, min(int(weeks_ago), 520))
    end = timezone.now() - timedelta(weeks=weeks_ago)
    start = end - timedelta(days=7)
    rows = list(needs_for(user=user))
    mine, theirs = split_mine(user, rows)

    def answered_in(req: m.NeedRequest) -> bool:
        return any(start <= r.created_at < end for r in req.responses.all())

    return Review(
        start=start.date(),
        end=end.date(),
        asked=[r for r in mine if start <= r.created_at < end],
        answered=[r for r in mine if answered_in(r)],
        partner_asked=[
            r for r in theirs if start <= r.created_at < end or answered_in(r)
        ],
    )


# --- self-compassion kit --------------------------------------------------------


def _daily(user: User, items: tuple[Any, ...], salt: str, day: date) -> Any:
    """Pick one item per day, shuffled per user, never repeating within len(items)."""
    order = list(range(len(items)))
    random.Random(f"{salt}:{user.pk}").shuffle(order)  # noqa: S311 - not security
    return items[order[day.toordinal() % len(items)]]


def affirmation_of_the_day(*, user: User, day: date | None = None) -> str:
    """Return today's affirmation for this user (no repeat within 30 days)."""
    return str(
        _daily(user, content.AFFIRMATIONS, "affirm", day or timezone.localdate())
    )


def own_affirmation_of_the_day(*, user: User, day: date | None = None) -> str | None:
    """Return one of the user's own affirmations, taking turns day by day."""
    own = list(owned_by(m.Affirmation.objects.all(), viewer=user))
    if not own:
        return None
    today = day or timezone.localdate()
    return str(own[today.toordinal() % len(own)].text)


def prompt_of_the_day(*, user: User, day: date | None = None) -> content.Prompt:
    """Return today's small step for showing up."""
    found: content.Prompt = _daily(
        user, content.PROMPTS, "prompt", day or timezone.localdate()
    )
    return found


def presence_logs(*, user: User) -> QuerySet[m.PresenceLog]:
    """Return the user's own presence log (never anyone else's)."""
    return m.PresenceLog.objects.filter(owner=user).select_related("commitment")


def boundary_records(*, user: User) -> QuerySet[m.BoundaryRecord]:
    """Return the user's own boundary records (never anyone else's)."""
    return m.BoundaryRecord.objects.filter(owner=user).select_related("boundary")


# --- love-style bridging --------------------------------------------------------


def top_styles(result: Any, count: int = 2) -> list[str]:
    """Return a love_styles result's highest styles (ties by our order)."""
    scores = dict(getattr(result, "subscales", {}) or {})
    ranked = sorted(
        (s for s in content.LOVE_IDEAS if s in scores),
        key=lambda s: (-int(scores[s]), list(content.LOVE_IDEAS).index(s)),
    )
    return ranked[:count]


@dataclass
class Bridge:
    """Ideas each way, from the love-style results each person may see."""

    my_styles: list[str] = field(default_factory=list)
    partner_styles: list[str] = field(default_factory=list)
    for_partner: list[tuple[str, str]] = field(default_factory=list)
    for_me: list[tuple[str, str]] = field(default_factory=list)
    partner_linked: bool = False
    check_first: bool = False


def love_bridge(*, user: User) -> Bridge:
    """Return ideas: what I could do for my partner, and what I could ask for."""
    bridge = Bridge(partner_linked=user.partner_id is not None)
    mine = sources.latest_results(user=user).get("love_styles")
    theirs = None
    if bridge.partner_linked:
        # Reading the partner's results is a couples exercise: it waits for the
        # private partner check, like the side-by-side view does.
        bridge.check_first = not sources.couples_features_allowed(user=user)
        if not bridge.check_first:
            theirs = sources.partner_shared_results(user=user).get("love_styles")
    if mine is not None:
        bridge.my_styles = top_styles(mine)
        bridge.for_me = [
            (s, i) for s in bridge.my_styles for i in content.LOVE_IDEAS[s]
        ]
    if theirs is not None:
        bridge.partner_styles = top_styles(theirs)
        bridge.for_partner = [
            (s, i) for s in bridge.partner_styles for i in content.LOVE_IDEAS[s]
        ]
    return bridge


def love_actions(*, user: User) -> list[tuple[m.LoveAction, int]]:
    """Return readable love actions; the user's own carry how often they were done."""
    rows = items_visible(user=user, kind=KINDS["love-actions"])
    done = dict(
        m.LoveActionDone.objects.filter(owner=user)
        .values_list("action_id")
        .annotate(n=Count("pk"))
    )
    return [(row, done.get(row.pk, 0)) for row in rows]


# --- professional help ----------------------------------------------------------

MODERATE_UP = {"moderate", "moderately_severe", "severe"}


def help_reasons(*, user: User) -> list[str]:
    """Return plain reasons from the user's own results to consider a therapist."""
    reasons = []
    results = sources.latest_results(user=user)
    names = {"phq9": "mood (PHQ-9)", "gad7": "worry (GAD-7)"}
    for key, name in names.items():
        result = results.get(key)
        band = getattr(
            getattr(result, "band", None), "id", getattr(result, "band", None)
        )
        if band in MODERATE_UP:
            reasons.append(
                f"Your latest {name} questionnaire came out at "
                f"{str(band).replace('_', ' ')}. That is not a diagnosis, and it "
                "is a good reason to talk to a professional."
            )
    return reasons
