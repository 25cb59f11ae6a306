"""Put the help panel and the "Get help now" link on every page that needs them."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from turntoward.safety.resources import resources_for
from turntoward.safety.selectors import help_link_active
from turntoward.safety.services import SESSION_KEY


def safety(request: HttpRequest) -> dict[str, Any]:
    """Return `help_panel` (to open now) and `help_link` (keep the header link)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"help_link": False}
    context: dict[str, Any] = {}
    reason = (
        request.session.pop(SESSION_KEY, None) if hasattr(request, "session") else None
    )
    if reason:
        country = getattr(user, "country", None) or None
        lines = [line.to_dict() for line in resources_for(country, reason)]
        context["help_panel"] = {"reason": reason, "resources": lines}
    context["help_link"] = bool(reason) or help_link_active(user=user)
    return context
