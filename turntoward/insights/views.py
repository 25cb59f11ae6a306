"""The insights dashboard: charts with tables, a weekly summary and a signal."""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from turntoward.core.localtime import request_timezone, today_in
from turntoward.insights import charts
from turntoward.insights.selectors import DEFAULT_DAYS, PERIODS, load_history
from turntoward.insights.summary import harder_lately, weekly_summary


def _days(raw: str | None) -> int:
    try:
        days = int(raw or DEFAULT_DAYS)
    except ValueError:
        return DEFAULT_DAYS
    return days if days in PERIODS else DEFAULT_DAYS


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    """Show the last 90 days (or 30 or 365) of the person's daily loop."""
    user = request.user
    tz = request_timezone(request)
    today = today_in(tz)
    days = _days(request.GET.get("days"))
    history = load_history(
        user=user, since=today - timedelta(days=days - 1), until=today, tz=tz
    )
    linked = getattr(user, "partner_id", None) is not None
    context = {
        "days": days,
        "periods": PERIODS,
        "since": history.since,
        "today": today,
        "summary": weekly_summary(history=history, today=today),
        "signal": harder_lately(history=history, today=today, user=user),
        "charts": [
            charts.connection_chart(history, partner_linked=linked),
            charts.mood_chart(history),
            charts.rate_chart(history),
            charts.signs_chart(history),
            charts.range_chart(history, today=today),
        ],
    }
    return render(request, "insights/dashboard.html", context)
