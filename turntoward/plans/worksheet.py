"""The decision worksheet: the user's own history, laid out plainly. No verdict.

Only ever built for its owner; there is no way to share it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from statistics import mean
from typing import Any

from django.utils import timezone

from turntoward.accounts.models import User
from turntoward.plans import content, sources
from turntoward.plans import models as m

WINDOW = timedelta(days=28)


@dataclass
class Trend:
    """A measure in the first weeks after asking and in the latest weeks."""

    label: str
    before: float | None
    recent: float | None
    unit: str = ""


@dataclass
class Worksheet:
    since: date | None
    asked: list[m.NeedRequest]
    answered: int
    accepted: int
    trends: list[Trend] = field(default_factory=list)
    questions: list[tuple[content.Question, str]] = field(default_factory=list)


def _value(point: Any) -> float | None:
    """Read a number from a series point, whatever shape the check-ins app uses."""
    if isinstance(point, dict):
        raw = point.get("value", point.get("connection"))
    elif isinstance(point, tuple | list):
        raw = point[1] if len(point) > 1 else None
    else:
        raw = getattr(point, "value", getattr(point, "connection", None))
    return float(raw) if isinstance(raw, int | float) else None


def _average(points: list[Any]) -> float | None:
    values = [v for v in (_value(p) for p in points) if v is not None]
    return round(mean(values), 1) if values else None


def _rate(found: Any) -> float | None:
    raw = found.get("rate") if isinstance(found, dict) else getattr(found, "rate", None)
    if not isinstance(raw, int | float):
        return None
    return round(raw * 100 if raw <= 1 else raw)


def worksheet_for(*, user: User) -> Worksheet:
    """Return what the user asked for, how it was answered and how things moved."""
    asked = list(
        m.NeedRequest.objects.filter(owner=user)
        .prefetch_related("responses")
        .order_by("created_at", "pk")
    )
    answered = [r for r in asked if r.responses.all()]
    accepted = [
        r for r in answered if any(x.answer != "not_now" for x in r.responses.all())
    ]
    now = timezone.now()
    start: datetime = asked[0].created_at if asked else now - 2 * WINDOW
    sheet = Worksheet(
        since=asked[0].created_at.date() if asked else None,
        asked=asked,
        answered=len(answered),
        accepted=len(accepted),
    )
    early_end = min(start + WINDOW, now)
    recent_start = max(now - WINDOW, start)
    sheet.trends.append(
        Trend(
            "Felt connection (1 to 5)",
            _average(
                sources.connection_series(
                    user=user, since=start.date(), until=early_end.date()
                )
            ),
            _average(sources.connection_series(user=user, since=recent_start.date())),
        )
    )
    for direction, label in (
        ("made", "Your bids that were turned toward"),
        ("received", "Your partner's bids you turned toward"),
    ):
        sheet.trends.append(
            Trend(
                label,
                _rate(
                    sources.turn_toward_rate(
                        user=user, direction=direction, since=start, until=early_end
                    )
                ),
                _rate(
                    sources.turn_toward_rate(
                        user=user, direction=direction, since=recent_start, until=None
                    )
                ),
                unit="%",
            )
        )
    answers = dict(
        m.DecisionAnswer.objects.filter(owner=user).values_list("question", "answer")
    )
    sheet.questions = [(q, answers.get(q.id, "")) for q in content.QUESTIONS]
    return sheet
