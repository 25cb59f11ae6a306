"""Put the help panel, the "Get help now" link and discreet names on every page.

Runs after core's `site` processor, so its `site_name` wins in discreet mode.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.templatetags.static import static

from turntoward.safety.resources import resources_for
from turntoward.safety.selectors import (
    DISCREET_NAME,
    help_link_active,
    safety_settings_for,
)
from turntoward.safety.services import SESSION_KEY

ICON = "turntoward/icon.svg"
PLAIN_ICON = "turntoward/safety/plain-icon.svg"


def _plain(site_name_plain: bool) -> dict[str, Any]:
    if site_name_plain:
        return {
            "site_name": DISCREET_NAME,
            "discreet": True,
            "site_icon": static(PLAIN_ICON),
        }
    return {"discreet": False, "site_icon": static(ICON)}


def safety(request: HttpRequest) -> dict[str, Any]:
    """Return `help_panel` (to open now), `help_link`, and discreet names and icon."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"help_link": False, **_plain(getattr(request, "safety_plain", False))}
    settings = getattr(request, "safety_settings", None)
    if settings is None:
        settings = safety_settings_for(user=user)
    context: dict[str, Any] = _plain(settings.discreet)
    if getattr(request, "safety_locked", False):
        # The lock page shows nothing of the person's own: no panel, no link.
        context["help_link"] = False
        return context
    reason = (
        request.session.pop(SESSION_KEY, None) if hasattr(request, "session") else None
    )
    reason, _, source = (reason or "").partition(":")
    if reason:
        country = getattr(user, "country", None) or None
        lines = [line.to_dict() for line in resources_for(country, reason)]
        context["help_panel"] = {
            "reason": reason,
            "source": source,
            "resources": lines,
        }
    context["help_link"] = bool(reason) or help_link_active(user=user)
    return context
