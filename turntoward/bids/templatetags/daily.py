"""Small display helpers for the daily loop's pages."""

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def percent(value: float | None) -> str:
    """Return 0.857 as "86%", and None as "no bids yet"."""
    if value is None:
        return "no bids yet"
    return f"{round(value * 100)}%"
