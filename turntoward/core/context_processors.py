"""Values every template needs: the app's name and the quick-exit target."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from turntoward.core.registry import nav_items


def site(request: HttpRequest) -> dict[str, Any]:
    """Return names and links the base template uses."""
    return {
        "site_name": "TurnToward",
        "quick_exit_url": settings.QUICK_EXIT_URL,
        "nav_items": nav_items(),
    }
