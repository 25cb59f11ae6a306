"""Template helpers for the plan pages."""

from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.filter
def get_item(mapping: Any, key: Any) -> Any:
    """Return mapping[key], or the key itself when it is missing."""
    return mapping.get(key, key) if hasattr(mapping, "get") else key
